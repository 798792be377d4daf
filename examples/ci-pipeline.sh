#!/usr/bin/env bash
# What a CI job does with the toolkit: start the mock server in the background, wait until it is ready,
# script the API with csc (--output json, --query), check every result, and stop the server whatever
# happens. Any failure ends the job with a message saying which step failed.
#
# Usage: examples/ci-pipeline.sh   (from any directory; needs only a JDK 17+)
set -euo pipefail

root=$(cd -- "$(dirname -- "$0")/.." && pwd -P)
csc="$root/csc"
work=$(mktemp -d)
mock_pid=""
listener_pid=""

fail() {
  echo "ci-pipeline: FAILED: $*" >&2
  exit 1
}

stop() {
  for pid in "$listener_pid" "$mock_pid"; do
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
      kill "$pid" 2>/dev/null || true
      wait "$pid" 2>/dev/null || true
    fi
  done
  rm -rf "$work"
}
trap stop EXIT
trap 'exit 130' INT TERM

# A throwaway profile (csc keeps it in $XDG_CONFIG_HOME/compliance-scorecard, mode 0600).
export XDG_CONFIG_HOME="$work/config"

# expect NAME ACTUAL WANTED: fail unless a step's result is the one wanted.
expect() {
  [ "$2" = "$3" ] || fail "$1: expected '$3', got '$2'"
  echo "ok: $1"
}

# --- Start the mock server on a free port and wait (at most 60 s) for its ready line. ---
# The file exists before the loop reads it: a background job opens its redirection in its own time.
: >"$work/mock.log"
"$csc" mock --port 0 >"$work/mock.log" 2>&1 &
mock_pid=$!
base_url=""
for _ in $(seq 1 120); do
  base_url=$(sed -n 's/.*mock server ready at \(http:[^ ]*\).*/\1/p' "$work/mock.log")
  [ -n "$base_url" ] && break
  kill -0 "$mock_pid" 2>/dev/null || fail "the mock server exited: $(cat "$work/mock.log")"
  sleep 0.5
done
[ -n "$base_url" ] || fail "the mock server was not ready within 60 s: $(cat "$work/mock.log")"
echo "mock server ready at $base_url"

# --- Log in with the mock's client-credentials application (John Doe, msp_admin of company123). ---
printf '%s' mock-secret | "$csc" auth login --base-url "$base_url" --domain "$base_url" \
    --client-id mock-client --client-secret-file - >/dev/null || fail "auth login"
company=$("$csc" auth status --output json --query '.company.id') || fail "auth status"
expect "logged in to company123" "$company" company123

# --- Create a client and a policy, read them back. ---
client=$("$csc" clients create --company company123 --name 'CI Client' --country US \
    --output json --query '.id') || fail "clients create"
"$csc" policies create --company company123 --client "$client" --title 'Backup Policy' \
    --output json >/dev/null || fail "policies create"
status=$("$csc" policies list --company company123 --client "$client" --output json \
    --query '.[] | select(.title == "Backup Policy") | .status') || fail "policies list"
expect "the new policy is a draft" "$status" draft

# --- Errors end with documented exit codes: another tenant's company is 404, exit 5. ---
rc=0
"$csc" clients list --company comp456 --output json >/dev/null 2>"$work/err" || rc=$?
expect "another tenant's company exits 5" "$rc" 5

# --- Chaos: every client read answers 503, so csc gives up after its retries with exit 8. ---
"$csc" api PUT /_mock/chaos --input - --output json <<'JSON' >/dev/null || fail "setting chaos"
[{"path": "/api/v3/companies/company123/clients", "probability": 1.0, "status": 503}]
JSON
rc=0
"$csc" clients list --company company123 --max-retries 1 --output json >/dev/null 2>"$work/err" || rc=$?
expect "a server that always fails exits 8" "$rc" 8
"$csc" api DELETE /_mock/chaos --output json >/dev/null || fail "clearing chaos"

# --- Webhooks: a verifying receiver registered on the mock server gets a triggered event. ---
export CSC_WEBHOOK_SECRET=whsec_ci
"$csc" webhooks listen --register --max-events 1 >"$work/events.jsonl" 2>"$work/listener.log" &
listener_pid=$!
for _ in $(seq 1 120); do
  subscribers=$("$csc" api GET /_mock/webhooks --output json --query '.data | length') || fail "listing subscriptions"
  [ "$subscribers" = 1 ] && break
  kill -0 "$listener_pid" 2>/dev/null || fail "the webhook listener exited: $(cat "$work/listener.log")"
  sleep 0.5
done
expect "the listener subscribed" "$subscribers" 1
"$csc" webhooks trigger policy.published --output json >/dev/null || fail "webhooks trigger"
for _ in $(seq 1 120); do
  kill -0 "$listener_pid" 2>/dev/null || break
  sleep 0.5
done
wait "$listener_pid" || fail "the webhook listener failed: $(cat "$work/listener.log")"
listener_pid=""
event=$(sed -n 's/.*"event" *: *"\([a-z.]*\)".*/\1/p' "$work/events.jsonl")
expect "the receiver verified policy.published" "$event" policy.published

# --- Reset: the data returns to the seed, so the client made above is gone. ---
"$csc" api POST /_mock/reset --output json >/dev/null || fail "reset"
left=$("$csc" clients list --company company123 --output json \
    --query "[.[] | select(.id == \"$client\")] | length") || fail "clients list after reset"
expect "reset removed the new client" "$left" 0

# --- The offline one-liner of the README: an embedded mock server in the csc process. ---
first=$("$csc" --env mock clients list --company company123 --output json --query '.[0].name') \
    || fail "csc --env mock"
expect "the embedded mock lists the seeded clients" "$first" 'Globex Corporation'

echo "ci-pipeline: all checks passed"
