# Shared by the benchmarks in this folder (sourced, not run): starting and stopping the standalone jar (or
# another server) on 127.0.0.1:$PORT, the first authenticated request, wrk's figures and the server's
# resident memory. The caller sets HERE (this folder) and PORT; JAR (its archives beside it), CDS,
# JAVA_OPTS, JAVA_HOME and SERVER_LOG (where the server's output goes, default /dev/null) come from the
# environment.

JAR="${JAR:-$(ls "$HERE"/../target/compliance-scorecard-mock-server-*-standalone.jar | head -1)}"
ARCHIVE_DIR="$(dirname "$JAR")"
BASE="http://127.0.0.1:${PORT}"
CLIENTS="$BASE/api/v3/companies/company123/clients"
read -r -a JVM_OPTIONS <<< "${JAVA_OPTS:-}"

has_aot_cache() { [ -f "$ARCHIVE_DIR/mock-server.aot" ] && [ -f "$ARCHIVE_DIR/mock-server.aot.jdk" ]; }

# use_archive KIND: how start_server starts the jar from now on: aot (the AOT cache beside the jar, on the
# JDK 25+ that made it), cds (the class-data archive beside it, on JAVA_HOME's JDK) or none.
use_archive() {
  JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
  JVM=("${JVM_OPTIONS[@]}")
  case "$1" in
    aot)
      JAVA="$(cat "$ARCHIVE_DIR/mock-server.aot.jdk")/bin/java"
      JVM+=("-XX:AOTCache=$ARCHIVE_DIR/mock-server.aot" "-Xlog:aot=off" "-Xlog:cds=off") ;;
    cds) JVM+=("-XX:SharedArchiveFile=$ARCHIVE_DIR/mock-server.jsa" "-Xlog:cds=off") ;;
  esac
}

# CDS=1 starts as ./csc mock does: with the AOT cache when the build made one, else the class-data archive.
if [ "${CDS:-0}" = 1 ] && has_aot_cache; then use_archive aot; elif [ "${CDS:-0}" = 1 ]; then use_archive cds; else use_archive none; fi
SERVER_PID=""
FIFO="$(mktemp -u)"
trap '[ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null; rm -f "$FIFO"' EXIT

now_ms() { date +%s%3N; }

# start_process READY COMMAND...: starts COMMAND and returns once it printed a line containing READY (read
# through a FIFO: a blocking read, no polling).
start_process() {
  local ready="$1" line
  shift
  rm -f "$FIFO" && mkfifo "$FIFO"
  "$@" >"$FIFO" 2>&1 &
  SERVER_PID=$!
  exec 3<"$FIFO"
  while read -r -u 3 line; do
    case "$line" in *"$ready"*) cat <&3 >>"${SERVER_LOG:-/dev/null}" & return 0 ;; esac
  done
  echo "$1 exited before it was ready" >&2
  return 1
}

# Starts the mock server. The general budget is raised so that wrk measures serving, not 429s.
start_server() {
  start_process "ready at" "$JAVA" "${JVM[@]}" -jar "$JAR" --port "$PORT" --rate-limit general=100000000/1h
}

stop_server() {
  kill "$SERVER_PID" 2>/dev/null || true
  wait "$SERVER_PID" 2>/dev/null || true
  SERVER_PID=""
}

# A client-credentials token, then the clients list with it; prints the token.
first_authenticated_request() {
  local token
  token=$(curl -fsS -X POST "$BASE/oauth/token" -H 'Content-Type: application/json' \
    -d '{"grant_type":"client_credentials","client_id":"mock-client","client_secret":"mock-secret"}' \
    | jq -r .access_token)
  curl -fsS -o /dev/null "$CLIENTS" -H "Authorization: Bearer $token"
  echo "$token"
}

# wrk_list SECONDS TOKEN [URL]: wrk -t2 -c16 --latency on the clients list; sets WRK_REQUESTS, WRK_RPS and
# WRK_P99. Any non-2xx answer fails the benchmark.
wrk_list() {
  local out
  out=$(wrk -t2 -c16 -d"$1s" --latency -H "Authorization: Bearer $2" "${3:-$CLIENTS}")
  if grep -q 'Non-2xx' <<< "$out"; then
    echo "non-2xx answers from ${3:-$CLIENTS}:" >&2; echo "$out" >&2; return 1
  fi
  WRK_REQUESTS=$(awk '/requests in/ {print $1}' <<< "$out")
  WRK_RPS=$(awk '/Requests\/sec/ {printf "%.0f", $2}' <<< "$out")
  WRK_P99=$(awk '$1 == "99%" {print $2}' <<< "$out")
}

# CPU time the server has used so far, in ms (user and system, all its threads).
cpu_ms() {
  awk -v hz="$(getconf CLK_TCK)" '{sub(/.*\) /, ""); printf "%d", ($12 + $13) * 1000 / hz}' "/proc/$SERVER_PID/stat"
}

rss() { awk '/VmRSS/ {printf "%.0f MiB", $2/1024}' "/proc/$SERVER_PID/status"; }
