#!/usr/bin/env bash
# Measures csc's start-up from the distribution side by side with hyperfine, in one run:
#   a JVM hello world (the java on the PATH, and the distribution's own runtime),
#   csc --version,
#   curl GET /api/v3/companies/company123/clients and the same GET through csc (clients list),
# against one mock server started from the distribution and warmed with a load first. Prints hyperfine's
# table and the ratios the targets are about: csc --version / hello world (target <= 1.5) and csc GET /
# curl GET (target <= 15), by median and by the fastest run.
#
# Usage (after ./mvnw -B package): cli/bench/startup.sh [runs]
#   DIST=/path/to/unpacked/csc-VERSION   another distribution folder (default: the one in cli/target)
# Needs a JDK on the PATH (for the hello world), hyperfine, curl and jq (apt-get install -y hyperfine jq).
# Sends traffic to 127.0.0.1 only and stops by itself.
set -euo pipefail

RUNS="${1:-40}"
HERE="$(cd "$(dirname "$0")" && pwd)"
DIST="${DIST:-$(ls -d "$HERE"/../target/csc-*/ | head -1)}"
DIST="${DIST%/}"
WORK="$(mktemp -d)"
SERVER_PID=""
trap '[ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null; rm -rf "$WORK"' EXIT
export XDG_CONFIG_HOME="$WORK/config"

mkdir -p "$WORK/hello"
cat >"$WORK/hello/Hello.java" <<'JAVA'
public class Hello {
    public static void main(String[] args) {
        System.out.println("hello");
    }
}
JAVA
javac -d "$WORK/hello" "$WORK/hello/Hello.java"

# The mock server on a free port; its ready line read through a FIFO (a blocking read, no polling).
mkfifo "$WORK/mock.out"
"$DIST/bin/csc" mock --port 0 --rate-limit general=100000000/1h >"$WORK/mock.out" 2>&1 &
SERVER_PID=$!
exec 3<"$WORK/mock.out"
BASE=""
while read -r -u 3 line; do
  case "$line" in *"ready at"*) BASE=$(sed 's/.*ready at \(http:[^ ]*\).*/\1/' <<<"$line"); break ;; esac
done
[ -n "$BASE" ] || { echo "startup: the mock server did not start" >&2; exit 1; }
cat <&3 >/dev/null &

CSC_TOKEN=$(curl -fsS -X POST "$BASE/_mock/tokens" -H 'Content-Type: application/json' \
  -d '{"user":"john@example.com"}' | jq -r .access_token)
export CSC_TOKEN
CLIENTS="$BASE/api/v3/companies/company123/clients"
# Warm the server: its JIT compiles the request path before anything is timed.
for _ in $(seq 500); do curl -fsS -o /dev/null -H "Authorization: Bearer $CSC_TOKEN" "$CLIENTS"; done

hyperfine -N -w 5 -r "$RUNS" --export-json "$WORK/results.json" --export-markdown "$WORK/results.md" \
  -n 'java -cp hello Hello (java on the PATH)' "java -cp $WORK/hello Hello" \
  -n 'runtime/bin/java -cp hello Hello (the distribution'"'"'s runtime)' "$DIST/runtime/bin/java -cp $WORK/hello Hello" \
  -n 'csc --version' "$DIST/bin/csc --version" \
  -n 'curl GET clients' "curl -fsS -H 'Authorization: Bearer $CSC_TOKEN' $CLIENTS" \
  -n 'csc clients list (the same GET)' "$DIST/bin/csc --base-url $BASE clients list --company company123" \
  >/dev/null

echo "| command | median | min | mean ± σ | user CPU | system CPU |"
echo "|---|---|---|---|---|---|"
jq -r '.results[] | "| `\(.command)` | \(.median * 1000 | round) ms | \(.min * 1000 | round) ms | \(.mean * 1000 | round) ± \(.stddev * 1000 | round) ms | \(.user * 1000 | round) ms | \(.system * 1000 | round) ms |"' \
  "$WORK/results.json"
jq -r '.results as $r
  | def ratio(a; b; f): ($r[a][f] / $r[b][f] * 100 | round / 100);
  "csc --version / hello world (java on the PATH): \(ratio(2; 0; "median"))x by median, \(ratio(2; 0; "min"))x fastest (target <= 1.5x)",
  "csc --version / hello world (same runtime): \(ratio(2; 1; "median"))x by median, \(ratio(2; 1; "min"))x fastest",
  "csc GET / curl GET: \(ratio(4; 3; "median"))x by median, \(ratio(4; 3; "min"))x fastest (target <= 15x)"' \
  "$WORK/results.json"
echo "$(uptime | sed 's/.*load/load/') on $(nproc) cores; $("$DIST/bin/csc" --version)"
