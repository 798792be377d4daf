#!/usr/bin/env bash
# Memory under a long mixed load: wrk sends mixed.lua's mix (lists, validated queries, replayed and new
# idempotent creates, creates padded with 256 KiB, malformed requests, bodies over the limit) in 30 s
# rounds until REQUESTS have been answered or MAX_SECONDS (default 1200) have passed. It prints the
# resident memory (RSS) at rest and after each round, the heap still in use after a full collection then,
# the statuses seen (a 5xx fails the run), and
# whether the server printed a stack trace.
#
# Usage (from the repository root, after ./mvnw -B -pl mock-server -am package -DskipTests):
#   mock-server/bench/mixed-load.sh [requests, default 1000000] [port]
# Needs curl, jq and wrk. Sends traffic to 127.0.0.1 only and stops by itself.
set -euo pipefail

REQUESTS="${1:-1000000}"
PORT="${2:-18091}"
HERE="$(cd "$(dirname "$0")" && pwd)"
SERVER_LOG="$(mktemp)"
export SERVER_LOG
# shellcheck source=lib.sh
source "$HERE/lib.sh"

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"
start_server
token=$(first_authenticated_request)
# Creates go to comp789, which only the super admin may write to, so the listed company123 stays small.
admin=$(curl -fsS -X POST "$BASE/_mock/tokens" -H 'Content-Type: application/json' \
  -d '{"user":"admin@compliancescorecard.com"}' | jq -r .access_token)
sleep 2
echo "memory at rest (RSS): $(rss)"

# The heap still in use after a full collection: what the server keeps, whatever the collector's sizing.
live_heap() {
  jcmd "$SERVER_PID" GC.run >/dev/null
  jcmd "$SERVER_PID" GC.heap_info | awk '/garbage-first heap|def new generation|PSYoungGen/ {
    for (i = 1; i <= NF; i++) if ($i == "used") { v = $(i + 1); sub(/K,?/, "", v); printf "live heap %.0f MiB", v / 1024 } }'
}

total=0
failed=0
round=0
deadline=$((SECONDS + ${MAX_SECONDS:-1200}))
while [ "$total" -lt "$REQUESTS" ] && [ "$SECONDS" -lt "$deadline" ]; do
  round=$((round + 1))
  out=$(TOKEN="$token" ADMIN_TOKEN="$admin" RUN="$round" wrk -t2 -c16 -d30s -s "$HERE/mixed.lua" "$BASE")
  total=$((total + $(awk '/requests in/ {print $1}' <<< "$out")))
  statuses=$(grep '^statuses:' <<< "$out")
  echo "$total requests: RSS $(rss), $(live_heap); $statuses; $(grep 'Requests/sec' <<< "$out" | tr -s ' ')"
  case "$statuses" in *"5xx 0,"*) ;; *) failed=1 ;; esac
done

if grep -q $'^\tat ' "$SERVER_LOG"; then
  echo "the server printed a stack trace:"; grep -m1 -B2 -A8 $'^\tat ' "$SERVER_LOG"; failed=1
else
  echo "server output: $(wc -l < "$SERVER_LOG") lines, no stack trace"
fi
rm -f "$SERVER_LOG"
[ "$total" -ge "$REQUESTS" ] || { echo "only $total requests within MAX_SECONDS" >&2; failed=1; }
exit "$failed"
