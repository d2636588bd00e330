# Shared by the end-to-end scripts: source it with the script's arguments,
#   source "$(dirname "${BASH_SOURCE[0]}")/e2e_harness.sh" "$@"
# which must be the paths of partnershipd and partnership (a usage message and exit 2
# otherwise); it sets PARTNERSHIPD and PARTNERSHIP to them, made absolute. It makes a
# scratch directory ($TMP), picks a free loopback port ($PORT, exported as
# PARTNERSHIP_SERVER), and defines:
#   pass/fail/finish           one "ok - ..." / "not ok - ..." line per check; a summary
#   run CMD...                 exit code in $RC, stdout in $OUT, stderr in $ERR
#   expect CODE WHAT CMD...    one check of an exit code
#   start_server WHAT          starts partnershipd on $DB and waits until it serves
#   stop_server_now            SIGTERM and wait
# The server is stopped and $TMP removed on exit (KEEP_TMP=1 keeps it).

if [[ $# -ne 2 ]]; then
  echo "usage: $0 PARTNERSHIPD PARTNERSHIP" >&2
  exit 2
fi
PARTNERSHIPD=$(realpath "$1")
PARTNERSHIP=$(realpath "$2")

TMP=$(mktemp -d "${TMPDIR:-/tmp}/partnership-e2e.XXXXXX")
SERVER_PID=""
PASSED=0
FAILED=0

stop_server_now() {
  if [[ -n "$SERVER_PID" ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill -TERM "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
  fi
  SERVER_PID=""
}
e2e_cleanup() {
  stop_server_now
  if [[ "${KEEP_TMP:-0}" == 1 ]]; then echo "# kept $TMP" >&2; else rm -rf "$TMP"; fi
}
trap e2e_cleanup EXIT

# The environment of whoever runs the test must not leak into it.
unset PARTNERSHIP_SERVER PARTNERSHIP_TOKEN PARTNERSHIP_TOKEN_FILE

pass() { PASSED=$((PASSED + 1)); echo "ok - $1"; }
fail() {
  FAILED=$((FAILED + 1))
  echo "not ok - $1"
  shift
  local line
  for line in "$@"; do echo "#   $line"; done
}
finish() {
  echo "$PASSED passed, $FAILED failed"
  if [[ $FAILED -gt 0 ]]; then exit 1; fi
  exit 0
}

OUT="$TMP/out"
ERR="$TMP/err"
RC=0
run() {
  if "$@" >"$OUT" 2>"$ERR"; then RC=0; else RC=$?; fi
}
expect() {
  local want=$1 what=$2
  shift 2
  run "$@"
  if [[ $RC -eq $want ]]; then
    pass "$what"
  else
    fail "$what" "expected exit $want, got $RC: $*" "stderr: $(head -c 400 "$ERR")"
  fi
}

free_port() {
  local py
  for py in /usr/bin/python3 python3; do
    if command -v "$py" >/dev/null 2>&1; then
      "$py" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()' && return
    fi
  done
  local port
  for port in $(seq 20000 20999 | shuf); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return; fi
  done
  return 1
}

PORT=$(free_port)
export PARTNERSHIP_SERVER="127.0.0.1:$PORT"
DB="$TMP/p.db"
SERVER_LOG="$TMP/server.log"

start_server() {
  "$PARTNERSHIPD" --listen "127.0.0.1:$PORT" --db "$DB" >>"$SERVER_LOG" 2>&1 &
  SERVER_PID=$!
  if "$PARTNERSHIP" admin health --wait 20 >"$OUT" 2>"$ERR"; then
    pass "$1: server answers SERVING on 127.0.0.1:$PORT"
  else
    fail "$1: server answers SERVING on 127.0.0.1:$PORT" "$(cat "$ERR")" \
      "server log: $(tail -n 20 "$SERVER_LOG" | tr '\n' '|')"
    finish
  fi
}
