#!/usr/bin/env bash
# Cold start, side by side with Prism 5 mocking the same spec, as a new user meets both (issue 14):
#   1. ROUNDS times (default 3), in turn for each way of starting the mock (MOCKS, below) and for Prism:
#      start it, time until the first answer (the mock: its ready line, a client-credentials token, then
#      the clients list with it; Prism: its listening line, then the clients list), then at once 5 s of
#      wrk -t2 -c16 --latency on GET /api/v3/companies/company123/clients, with no warm-up; with the CPU
#      time each server used until its first answer and during those 5 s (on a shared machine, requests
#      per CPU second compare better than requests per second);
#   2. the mock as ./csc mock starts it, after a warm-up (WARMUP seconds, default 30): 10 s of the same
#      wrk, for p99;
#   3. the same server's resident memory (RSS) once it has answered REQUESTS (default 1,000,000) requests.
# MOCKS is "aot cds" when the build made an AOT cache (JDK 25+, as ./csc mock then starts), else "cds"
# (the class-data archive on JAVA_HOME's JDK); "none" starts without either. Every start has -Xmx320m as
# ./csc mock's (JAVA_OPTS replaces it) and the general rate limit raised; Prism has none.
#
# Usage (from the repository root, after ./mvnw -B -pl mock-server -am package -DskipTests):
#   mock-server/bench/cold-start.sh [port]
#   PRISM=0 mock-server/bench/cold-start.sh         # the mock only
#   MOCKS="cds none" ROUNDS=5 mock-server/bench/cold-start.sh
# Prism is installed with npm into PRISM_HOME (default a folder under TMPDIR) on first use and run from
# there, so npx's own start does not count against it; without npx it is skipped with a message.
# Needs curl, jq and wrk. Sends traffic to 127.0.0.1 only and stops by itself.
set -euo pipefail

PORT="${1:-18092}"
HERE="$(cd "$(dirname "$0")" && pwd)"
SPEC="$HERE/../../openapi/compliance-scorecard.yaml"
JAVA_OPTS="${JAVA_OPTS--Xmx320m}"
# shellcheck source=lib.sh
source "$HERE/lib.sh"

PRISM_BIN=""
if [ "${PRISM:-1}" = 0 ]; then
  echo "Prism: skipped (PRISM=0)"
elif ! command -v npx >/dev/null; then
  echo "Prism: skipped, npx is not installed (Node.js; PRISM=0 silences this)"
else
  PRISM_HOME="${PRISM_HOME:-${TMPDIR:-/tmp}/csc-bench-prism}"
  PRISM_BIN="$PRISM_HOME/node_modules/.bin/prism"
  [ -x "$PRISM_BIN" ] || npm install --prefix "$PRISM_HOME" --no-audit --no-fund --silent @stoplight/prism-cli@5
  echo "Prism: $("$PRISM_BIN" --version)"
fi

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"

# report NAME WHAT CPU_BEFORE: one line of a round, from $first and wrk's figures.
report() {
  printf '  %-12s %-26s %5d ms (CPU %5d ms) | first 5 s: %6d req/s, p99 %9s, CPU %5d ms\n' "$1:" "$2" \
    "$first" "$3" "$WRK_RPS" "$WRK_P99" "$(( $(cpu_ms) - $3 ))"
}

# The mock's ways to start, side by side: as ./csc mock does (the AOT cache when the build made one) and
# with the class-data archive on JAVA_HOME's JDK; MOCKS="cds none" (say) chooses others.
if [ -z "${MOCKS:-}" ]; then
  if has_aot_cache; then MOCKS="aot cds"; else MOCKS="cds"; fi
fi
for kind in $MOCKS; do
  use_archive "$kind"
  echo "mock $kind: $("$JAVA" -version 2>&1 | head -1), options ${JVM[*]}"
done

for round in $(seq "${ROUNDS:-3}"); do
  echo "round $round"
  for kind in $MOCKS; do
    use_archive "$kind"
    start=$(now_ms)
    start_server
    token=$(first_authenticated_request)
    first=$(( $(now_ms) - start ))
    cpu=$(cpu_ms)
    wrk_list 5 "$token"
    report "mock ($kind)" "first authenticated answer" "$cpu"
    stop_server
  done
  if [ -n "$PRISM_BIN" ]; then
    start=$(now_ms)
    start_process "Prism is listening" "$PRISM_BIN" mock -h 127.0.0.1 -p "$PORT" "$SPEC"
    curl -fsS -o /dev/null "$CLIENTS" -H "Authorization: Bearer prism"
    first=$(( $(now_ms) - start ))
    cpu=$(cpu_ms)
    wrk_list 5 prism
    report Prism "first answer" "$cpu"
    stop_server
  fi
done

use_archive "${MOCKS%% *}"
start_server
token=$(first_authenticated_request)
wrk_list "${WARMUP:-30}" "$token"
total=$WRK_REQUESTS
wrk_list 10 "$token"
echo "mock (${MOCKS%% *}) after a ${WARMUP:-30} s warm-up: $WRK_RPS req/s, p99 $WRK_P99"
total=$(( total + WRK_REQUESTS ))
while [ "$total" -lt "${REQUESTS:-1000000}" ]; do
  wrk_list 20 "$token"
  total=$(( total + WRK_REQUESTS ))
done
echo "mock (${MOCKS%% *}) RSS after $total requests: $(rss)"
