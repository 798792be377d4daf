#!/bin/sh
# Makes csc's class-data archive (ARCHIVE ending in .jsa: AppCDS, any JDK) or AOT cache (ending in .aot:
# JDK 24 or newer, JEP 483). One typical command runs against a mock server started in another process,
# so the archive holds what a csc process loads, and not the server's classes.
# Usage: cds-training.sh JAVA CLASSPATH ARCHIVE WORKDIR (CLASSPATH: csc's jars, as the launcher gives them)
set -e
java=$1 classpath=$2 archive=$3 work=$4
main=io.compliancescorecard.cli.Main
# The options of every csc start (see the launchers): an archive serves only a JVM started like this.
jvm_options="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Dcsc.stdout.tty=false -Dcsc.stderr.tty=false"

rm -rf "$work"
mkdir -p "$work"
XDG_CONFIG_HOME="$work/config"
export XDG_CONFIG_HOME

: >"$work/mock.log"
"$java" -cp "$classpath" $main mock --port 0 >"$work/mock.log" 2>&1 &
mock=$!
trap 'kill "$mock" 2>/dev/null || true' EXIT INT TERM

tries=0
until grep -q "ready at" "$work/mock.log"; do
  tries=$((tries + 1))
  if [ "$tries" -gt 120 ] || ! kill -0 "$mock" 2>/dev/null; then
    cat "$work/mock.log" >&2
    echo "cds-training: the mock server did not start" >&2
    exit 1
  fi
  sleep 1
done
url=$(sed -n 's/.*ready at \(http:[^ ]*\).*/\1/p' "$work/mock.log" | head -n 1)

# Stored Auth0 client credentials exercise the most code: token request, API call, output.
CSC_CLIENT_SECRET=mock-secret "$java" -cp "$classpath" $main --base-url "$url" \
    auth login --domain "$url" --client-id mock-client 2>"$work/login.log"
# shellcheck disable=SC2086 # jvm_options holds several options on purpose
case $archive in
  *.aot)
    # Two steps, which JDK 24 and later share: record what the command loads, links and profiles,
    # then write the cache from that record.
    "$java" -XX:AOTMode=record -XX:AOTConfiguration="$work/csc.aotconf" $jvm_options -cp "$classpath" $main \
            clients list --company company123 >"$work/training.out" 2>"$work/training.log"
    "$java" -XX:AOTMode=create -XX:AOTConfiguration="$work/csc.aotconf" -XX:AOTCache="$archive" \
            $jvm_options -cp "$classpath" $main >>"$work/training.log" 2>&1 ;;
  *)
    "$java" -XX:ArchiveClassesAtExit="$archive" $jvm_options -cp "$classpath" $main \
            clients list --company company123 >"$work/training.out" 2>"$work/training.log" ;;
esac
