#!/usr/bin/env bash
# Benchmarks the standalone mock server on loopback:
#   1. time from process start to the first successful authenticated request (3 starts),
#   2. memory at rest (RSS),
#   3. throughput and latency of an authenticated GET /api/v3/companies/{id}/clients with 16 connections
#      (wrk, after a warm-up), and RSS after the load.
#
# Usage (from the repository root, after ./mvnw -B -pl mock-server -am package -DskipTests):
#   mock-server/bench/benchmark.sh [seconds] [port]
#   CDS=1 mock-server/bench/benchmark.sh       # with an AppCDS archive (made on the first run)
#   JAVA_OPTS="-XX:+UseSerialGC" mock-server/bench/benchmark.sh
#   JAR=/path/to/standalone.jar mock-server/bench/benchmark.sh   # another copy of the jar
#   WARMUP=30 (default): seconds of wrk before the measured run, so that C2 has compiled the hot path
# Needs curl, python3 and wrk (apt-get install -y wrk). Sends traffic to 127.0.0.1 only and stops by itself.
set -euo pipefail

DURATION="${1:-10}"
PORT="${2:-18090}"
HERE="$(cd "$(dirname "$0")" && pwd)"
JAR="${JAR:-$(ls "$HERE"/../target/compliance-scorecard-mock-server-*-standalone.jar | head -1)}"
BASE="http://127.0.0.1:${PORT}"
CLIENTS="$BASE/api/v3/companies/company123/clients"
LOG="$(mktemp)"
read -r -a JVM <<< "${JAVA_OPTS:-}"
PID=""
trap '[ -n "$PID" ] && kill "$PID" 2>/dev/null; rm -f "$LOG"' EXIT

now_ms() { date +%s%3N; }

# Starts the server; the general budget is raised so that wrk measures serving, not 429s.
start_server() {
  java "${JVM[@]}" "$@" -jar "$JAR" --port "$PORT" --rate-limit general=100000000/1h >"$LOG" 2>&1 &
  PID=$!
}

stop_server() {
  kill "$PID" 2>/dev/null || true
  wait "$PID" 2>/dev/null || true
  PID=""
}

# Polls until a client-credentials token works on the clients list; prints the token.
first_authenticated_request() {
  local token
  for _ in $(seq 1 1000); do
    token=$(curl -fsS -X POST "$BASE/oauth/token" -H 'Content-Type: application/json' \
      -d '{"grant_type":"client_credentials","client_id":"mock-client","client_secret":"mock-secret"}' 2>/dev/null \
      | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])' 2>/dev/null) \
      && curl -fsS -o /dev/null "$CLIENTS" -H "Authorization: Bearer $token" && { echo "$token"; return 0; }
    sleep 0.01
  done
  cat "$LOG" >&2
  return 1
}

rss() { awk '/VmRSS/ {printf "%.0f MiB", $2/1024}' "/proc/$PID/status"; }

if [ "${CDS:-0}" = 1 ]; then
  ARCHIVE="$HERE/../target/mock-server.jsa"
  if [ ! -f "$ARCHIVE" ]; then
    start_server -XX:ArchiveClassesAtExit="$ARCHIVE" -Xlog:cds=off -Xlog:cds+dynamic=off
    token=$(first_authenticated_request)
    # A request with parameters loads the request validator's classes into the archive too.
    curl -sS -o /dev/null "$CLIENTS?status=ACTIVE" -H "Authorization: Bearer $token"
    stop_server
  fi
  JVM+=("-XX:SharedArchiveFile=$ARCHIVE" "-Xlog:cds=off")
fi

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"
for run in 1 2 3; do
  start=$(now_ms)
  start_server
  first_authenticated_request >/dev/null
  echo "start to first authenticated request (run $run): $(( $(now_ms) - start )) ms"
  [ "$run" = 3 ] || stop_server
done

token=$(first_authenticated_request)
sleep 2
echo "memory at rest (RSS): $(rss)"

wrk -t2 -c16 -d"${WARMUP:-30}s" -H "Authorization: Bearer $token" "$CLIENTS" >/dev/null
wrk -t2 -c16 -d"${DURATION}s" --latency -H "Authorization: Bearer $token" "$CLIENTS"
echo "memory after the load (RSS): $(rss)"
