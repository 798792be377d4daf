# Shared by the benchmarks in this folder (sourced, not run): starting and stopping the standalone jar on
# 127.0.0.1:$PORT, the first authenticated request, and the server's resident memory. The caller sets HERE
# (this folder) and PORT; JAR, CDS, JAVA_OPTS and SERVER_LOG (where the server's output goes, default
# /dev/null) come from the environment.

JAR="${JAR:-$(ls "$HERE"/../target/compliance-scorecard-mock-server-*-standalone.jar | head -1)}"
BASE="http://127.0.0.1:${PORT}"
CLIENTS="$BASE/api/v3/companies/company123/clients"
read -r -a JVM <<< "${JAVA_OPTS:-}"
if [ "${CDS:-0}" = 1 ]; then
  JVM+=("-XX:SharedArchiveFile=$HERE/../target/mock-server.jsa" "-Xlog:cds=off")
fi
SERVER_PID=""
FIFO="$(mktemp -u)"
trap '[ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null; rm -f "$FIFO"' EXIT

now_ms() { date +%s%3N; }

# Starts the server and returns once it printed its ready line (read through a FIFO: a blocking read,
# no polling). The general budget is raised so that wrk measures serving, not 429s.
start_server() {
  rm -f "$FIFO" && mkfifo "$FIFO"
  java "${JVM[@]}" -jar "$JAR" --port "$PORT" --rate-limit general=100000000/1h >"$FIFO" 2>&1 &
  SERVER_PID=$!
  exec 3<"$FIFO"
  local line
  while read -r -u 3 line; do
    case "$line" in *"ready at"*) cat <&3 >>"${SERVER_LOG:-/dev/null}" & return 0 ;; esac
  done
  echo "the mock server exited before it was ready" >&2
  return 1
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

rss() { awk '/VmRSS/ {printf "%.0f MiB", $2/1024}' "/proc/$SERVER_PID/status"; }

