#!/usr/bin/env bash
# What each start-up trick of ./csc still earns (docs/startup.md): one hyperfine series of csc --version and
# of one GET (clients list, against a warm mock server), as ./csc runs them and with one trick taken away
# at a time: no class-data archive; the JVM's default compilers and collector instead of C1 and Serial;
# picocli's own jar (Java 5 class files, which the archive cannot hold) in front of the recompiled classes,
# with an archive trained the same way for that class path.
#
# Usage (from the repository root, after ./mvnw -B -pl cli -am package -DskipTests -Dcsc.dist.skip):
#   cli/bench/tricks.sh [runs, default 15]
# Needs hyperfine, curl and jq. Sends traffic to 127.0.0.1 only and stops by itself.
set -euo pipefail

RUNS="${1:-15}"
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
HERE="$ROOT/mock-server/bench"
PORT="${PORT:-18093}"
CDS=1
# shellcheck source=../../mock-server/bench/lib.sh
source "$HERE/lib.sh"
WORK="$(mktemp -d)"
trap '[ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null; rm -rf "$WORK" "$FIFO"' EXIT
export XDG_CONFIG_HOME="$WORK/config"

CSC="$ROOT/cli/target/csc.jar"
PICOCLI="$(ls "${MAVEN_REPO:-$HOME/.m2/repository}"/info/picocli/picocli/*/picocli-*[0-9].jar | tail -1)"
# The flags ./csc starts every command but mock with.
C1="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
TTY="-Dcsc.stdout.tty=false -Dcsc.stderr.tty=false"
ARCHIVE="-Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off -XX:SharedArchiveFile"
sh "$ROOT/cli/src/build/cds-training.sh" java "$PICOCLI:$CSC" "$WORK/picocli-jar.jsa" "$WORK/training" >/dev/null 2>&1

start_server
CSC_TOKEN=$(curl -fsS -X POST "$BASE/_mock/tokens" -H 'Content-Type: application/json' \
  -d '{"user":"john@example.com"}' | jq -r .access_token)
export CSC_TOKEN
wrk_list 5 "$CSC_TOKEN"
GET="--base-url $BASE clients list --company company123"
MAIN=io.compliancescorecard.cli.Main

hyperfine -N -w 2 -r "$RUNS" --export-json "$WORK/results.json" \
  -n 'version: as ./csc' "java $ARCHIVE=$ROOT/cli/target/csc.jsa $C1 $TTY -cp $CSC $MAIN --version" \
  -n 'version: no archive' "java $C1 $TTY -cp $CSC $MAIN --version" \
  -n 'version: default JIT and GC' "java $ARCHIVE=$ROOT/cli/target/csc.jsa $TTY -cp $CSC $MAIN --version" \
  -n 'GET: as ./csc' "java $ARCHIVE=$ROOT/cli/target/csc.jsa $C1 $TTY -cp $CSC $MAIN $GET" \
  -n 'GET: no archive' "java $C1 $TTY -cp $CSC $MAIN $GET" \
  -n 'GET: default JIT and GC' "java $ARCHIVE=$ROOT/cli/target/csc.jsa $TTY -cp $CSC $MAIN $GET" \
  -n 'GET: picocli from its jar' "java $ARCHIVE=$WORK/picocli-jar.jsa $C1 $TTY -cp $PICOCLI:$CSC $MAIN $GET" \
  >/dev/null

echo "| variant | median | min | user CPU | system CPU |"
echo "|---|---|---|---|---|"
jq -r '.results[] | "| \(.command) | \(.median * 1000 | round) ms | \(.min * 1000 | round) ms | \(.user * 1000 | round) ms | \(.system * 1000 | round) ms |"' \
  "$WORK/results.json"
echo "$(uptime | sed 's/.*load/load/') on $(nproc) cores; $(java -version 2>&1 | head -1)"
