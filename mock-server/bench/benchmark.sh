#!/usr/bin/env bash
# Benchmarks the standalone mock server on loopback: time from process start to the first successful
# authenticated request, throughput and latency of an authenticated
# GET /api/v3/companies/{id}/clients with 16 connections (wrk), and memory at rest.
#
# Usage (from the repository root, after ./mvnw -pl mock-server -am package):
#   mock-server/bench/benchmark.sh [seconds] [port]
# Needs curl, python3 and wrk (apt-get install -y wrk). Sends traffic to 127.0.0.1 only and stops by itself.
set -euo pipefail

DURATION="${1:-10}"
PORT="${2:-18090}"
JAR="$(ls "$(dirname "$0")"/../target/compliance-scorecard-mock-server-*-standalone.jar | head -1)"
BASE="http://127.0.0.1:${PORT}"
LOG="$(mktemp)"

now_ms() { date +%s%3N; }

start=$(now_ms)
# The budget is raised so that wrk measures serving, not 429s; everything else is the default.
java -jar "$JAR" --port "$PORT" --rate-limit general=100000000/1h >"$LOG" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null; rm -f "$LOG"' EXIT

token=""
for _ in $(seq 1 600); do
  token=$(curl -fsS -X POST "$BASE/oauth/token" -H 'Content-Type: application/json' \
    -d '{"grant_type":"client_credentials","client_id":"mock-client","client_secret":"mock-secret"}' 2>/dev/null \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])' 2>/dev/null) && [ -n "$token" ] \
    && curl -fsS -o /dev/null "$BASE/api/v3/companies/company123/clients" -H "Authorization: Bearer $token" && break
  token=""
  sleep 0.02
done
ready=$(now_ms)
[ -n "$token" ] || { echo "server did not answer"; cat "$LOG"; exit 1; }
echo "start to first authenticated request: $((ready - start)) ms"

sleep 2
echo "memory at rest (RSS after start and one request): $(awk '/VmRSS/ {print $2/1024 " MiB"}' /proc/$PID/status)"

# Warm-up (JIT), then the measured run.
wrk -t2 -c16 -d3s -H "Authorization: Bearer $token" "$BASE/api/v3/companies/company123/clients" >/dev/null
wrk -t2 -c16 -d"${DURATION}s" --latency -H "Authorization: Bearer $token" "$BASE/api/v3/companies/company123/clients"

sleep 2
echo "memory after the load (RSS): $(awk '/VmRSS/ {print $2/1024 " MiB"}' /proc/$PID/status)"
