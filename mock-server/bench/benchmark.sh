#!/usr/bin/env bash
# Benchmarks the standalone mock server on loopback:
#   1. time from process start to the first successful authenticated request (5 starts): the script
#      waits for the server's ready line (a blocking read, so no polling competes for the CPU), then
#      asks for a token and lists clients with it,
#   2. memory at rest (RSS),
#   3. throughput and latency of an authenticated GET /api/v3/companies/{id}/clients with 16 connections
#      (wrk, after a warm-up), and RSS after the load.
#
# Usage (from the repository root, after ./mvnw -B -pl mock-server -am package -DskipTests):
#   mock-server/bench/benchmark.sh [seconds] [port]
#   CDS=1 mock-server/bench/benchmark.sh       # as ./csc mock starts: with the AOT cache or class-data archive the build made
#   JAVA_OPTS="-XX:+UseSerialGC" mock-server/bench/benchmark.sh
#   JAR=/path/to/standalone.jar mock-server/bench/benchmark.sh   # another copy of the jar
#   WARMUP=30 (default): seconds of wrk before the measured run, so that C2 has compiled the hot path
# Needs curl, jq and wrk (apt-get install -y wrk jq). Sends traffic to 127.0.0.1 only and stops
# by itself.
set -euo pipefail

DURATION="${1:-10}"
PORT="${2:-18090}"
HERE="$(cd "$(dirname "$0")" && pwd)"
# shellcheck source=lib.sh
source "$HERE/lib.sh"

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"
for run in 1 2 3 4 5; do
  start=$(now_ms)
  start_server
  first_authenticated_request >/dev/null
  echo "start to first authenticated request (run $run): $(( $(now_ms) - start )) ms"
  [ "$run" = 5 ] || stop_server
done

token=$(first_authenticated_request)
sleep 2
echo "memory at rest (RSS): $(rss)"

wrk -t2 -c16 -d"${WARMUP:-30}s" -H "Authorization: Bearer $token" "$CLIENTS" >/dev/null
wrk -t2 -c16 -d"${DURATION}s" --latency -H "Authorization: Bearer $token" "$CLIENTS"
echo "memory after the load (RSS): $(rss)"
