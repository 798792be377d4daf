#!/bin/sh
# csc: the Compliance Scorecard command line. Builds the CLI with the Maven wrapper on first use, then
# runs its self-contained jar with the class-data archive made at build time. Works from any directory.
set -e

here=$(CDPATH= cd -- "$(dirname -- "$0")" && pwd -P)
jar="$here/cli/target/csc.jar"
archive="$here/cli/target/csc.jsa"

if [ ! -f "$jar" ]; then
  echo "csc: first run, building the CLI with ./mvnw (this takes a minute or two)..." >&2
  (cd "$here" && ./mvnw -B -q -pl cli -am package -DskipTests -Dcsc.dist.skip) >&2
fi

if [ -n "$JAVA_HOME" ]; then java="$JAVA_HOME/bin/java"; else java=java; fi

# `csc mock` runs the standalone mock server (the same command) with its own class-data archive or AOT
# cache and the JVM's full compilers: a server, it starts in about two thirds of the time and then serves
# at full speed.
mock_jar=
if [ "$1" = mock ]; then
  for mock_jar in "$here"/mock-server/target/compliance-scorecard-mock-server-*-standalone.jar; do :; done
fi
if [ -f "$mock_jar" ]; then
  shift
  archive="$here/mock-server/target/mock-server.jsa"
  # A heap cap keeps the server's RSS under 512 MiB under any load (mock-server/README.md, Memory);
  # CSC_JAVA_OPTS comes after it, so -Xmx there still wins.
  CSC_JAVA_OPTS="-Xmx320m ${CSC_JAVA_OPTS:-}"
  set -- -jar "$mock_jar" "$@"
  # With a JDK 25 on the machine the build also made an AOT cache (classes and the profiles of a warm
  # list), which only the JDK that made it can use: that JDK runs the mock while the cache is current,
  # unless JAVA_HOME names another one.
  aot="$here/mock-server/target/mock-server.aot"
  aot_jdk=; [ -f "$aot.jdk" ] && aot_jdk=$(cat "$aot.jdk")
  if [ -n "$aot_jdk" ] && [ "$aot" -nt "$mock_jar" ] && [ -x "$aot_jdk/bin/java" ] \
            && { [ -z "$JAVA_HOME" ] || [ "$JAVA_HOME" = "$aot_jdk" ]; }; then
    java="$aot_jdk/bin/java"
    archive=
    set -- -XX:AOTCache="$aot" -Xlog:aot=off -Xlog:cds=off "$@"
  fi
else
  # The JDK cannot tell whether stdout and stderr are terminals; the shell can.
  stdout_tty=false; [ -t 1 ] && stdout_tty=true
  stderr_tty=false; [ -t 2 ] && stderr_tty=true
  # Short-lived process: the C1 compiler alone and the serial collector start fastest.
  set -- -XX:TieredStopAtLevel=1 -XX:+UseSerialGC \
        -Dcsc.stdout.tty="$stdout_tty" -Dcsc.stderr.tty="$stderr_tty" -cp "$jar" io.compliancescorecard.cli.Main "$@"
fi
# The archive belongs to the JVM that made it; -Xshare:auto falls back silently on any other.
if [ -n "$archive" ] && [ -f "$archive" ]; then
  set -- -XX:SharedArchiveFile="$archive" -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off "$@"
fi

# shellcheck disable=SC2086 # CSC_JAVA_OPTS holds several options on purpose
exec "$java" $CSC_JAVA_OPTS "$@"
