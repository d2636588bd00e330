#!/usr/bin/env bash
# End-to-end test of partnershipd and the partnership CLI, run as a user would run them.
#
#   tests/e2e/cli_e2e_test.sh PARTNERSHIPD PARTNERSHIP
#
# Starts a server on a free loopback port with a fresh database, drives it with the CLI and
# checks exit codes and output. Prints one "ok - ..." / "not ok - ..." line per check and a
# final "N passed, M failed" line; exits non-zero if any check failed. Needs bash and
# coreutils; python3 (free port) and sqlite3 (backup and tamper checks) are used if present.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
SAMPLE="$ROOT/tests/data/edubasealldata_sample.csv"
source "$ROOT/tests/e2e/e2e_harness.sh" "$@"

# Counts the schools in a `schools list --json` document.
count_urns() { grep -c '"urn":' "$1" || true; }

# ---- first start: the coordinator token --------------------------------------------------
start_server "first start"
COORD="$TMP/p.db.coordinator-token"
if [[ -f "$COORD" ]]; then
  pass "server wrote the coordinator token to p.db.coordinator-token"
  MODE=$(stat -c %a "$COORD")
  if [[ "$MODE" == 600 ]]; then pass "coordinator token file has mode 0600"
  else fail "coordinator token file has mode 0600" "mode is $MODE"; fi
else
  fail "server wrote the coordinator token to p.db.coordinator-token" "$(ls -la "$TMP")"
  finish
fi
C=(--token-file "$COORD")

expect 0 "admin whoami with the coordinator token" "$PARTNERSHIP" "${C[@]}" admin whoami
grep -q "role: coordinator" "$OUT" && pass "whoami says coordinator" \
  || fail "whoami says coordinator" "$(cat "$OUT")"

# ---- import -------------------------------------------------------------------------------
expect 0 "schools import of the GIAS sample" "$PARTNERSHIP" "${C[@]}" schools import "$SAMPLE" --la 916
ADDED=$(sed -n 's/^added \([0-9]*\),.*/\1/p' "$OUT")
if [[ -n "$ADDED" && "$ADDED" -gt 0 ]]; then pass "import added $ADDED schools"
else fail "import added schools" "output: $(cat "$OUT")"; ADDED=0; fi

expect 0 "schools list --json" "$PARTNERSHIP" "${C[@]}" schools list --json
cp "$OUT" "$TMP/list1.json"
LISTED=$(count_urns "$TMP/list1.json")
if [[ "$LISTED" -eq "$ADDED" && "$LISTED" -gt 0 ]]; then pass "list shows the $LISTED imported schools"
else fail "list shows the imported schools" "listed $LISTED, added $ADDED"; fi
grep -q '"totalSize": '"$LISTED" "$TMP/list1.json" && pass "list JSON carries totalSize" \
  || fail "list JSON carries totalSize" "$(tail -n 3 "$TMP/list1.json")"

expect 0 "re-import of the same file" "$PARTNERSHIP" "${C[@]}" schools import "$SAMPLE" --la 916
grep -q '^added 0, updated 0, unchanged '"$ADDED"',' "$OUT" && pass "re-import adds and updates nothing" \
  || fail "re-import adds and updates nothing" "output: $(cat "$OUT")"

# A copy with one URN spoiled: the whole file must be refused and nothing change.
BAD="$TMP/edubasealldata_bad.csv"
awk -F'"' 'NR == 3 { sub(/"[0-9]+"/, "\"12X45\"") } { print }' "$SAMPLE" >"$BAD"
expect 3 "import of a CSV with a bad URN exits 3" "$PARTNERSHIP" "${C[@]}" schools import "$BAD" --la 916
run "$PARTNERSHIP" "${C[@]}" schools list --json
if [[ $RC -eq 0 ]] && cmp -s "$OUT" "$TMP/list1.json"; then pass "the refused import changed nothing"
else fail "the refused import changed nothing" "rc $RC; diff: $(diff "$TMP/list1.json" "$OUT" | head -5 | tr '\n' '|')"; fi

expect 2 "a bad --la is a usage error" "$PARTNERSHIP" "${C[@]}" schools import "$SAMPLE" --la Glos

# ---- tokens -------------------------------------------------------------------------------
expect 7 "no token: exit 7" "$PARTNERSHIP" schools list
expect 7 "unknown token: exit 7" env PARTNERSHIP_TOKEN=not-a-real-token "$PARTNERSHIP" schools list

expect 0 "create a board-member token" "$PARTNERSHIP" "${C[@]}" admin token create \
  --role board-member --label "e2e board member" --out "$TMP/board.token"
BOARD_ID=$(awk '$1 == "token" { print $2 }' "$OUT")
[[ "$(stat -c %a "$TMP/board.token" 2>/dev/null)" == 600 ]] && pass "token --out file has mode 0600" \
  || fail "token --out file has mode 0600" "$(ls -la "$TMP/board.token" 2>&1)"
expect 0 "the board-member token reads the register" "$PARTNERSHIP" --token-file "$TMP/board.token" schools list
expect 0 "revoke the board-member token" "$PARTNERSHIP" "${C[@]}" admin token revoke "$BOARD_ID"
expect 7 "revoked token: exit 7" "$PARTNERSHIP" --token-file "$TMP/board.token" schools list

URN_A=$(sed -n 's/^ *"urn": "\([0-9]*\)".*/\1/p' "$TMP/list1.json" | sed -n 1p)
URN_B=$(sed -n 's/^ *"urn": "\([0-9]*\)".*/\1/p' "$TMP/list1.json" | sed -n 2p)
make_school_token() {  # URN FILE
  run "$PARTNERSHIP" "${C[@]}" admin token create --role school --school "$1" --label "e2e school $1"
  if [[ $RC -eq 0 ]]; then
    awk '$1 == "secret" { print $2 }' "$OUT" >"$2"
    pass "create a school token for $1"
  else
    fail "create a school token for $1" "rc $RC: $(cat "$ERR")"
  fi
}
make_school_token "$URN_A" "$TMP/school-a.token"
make_school_token "$URN_B" "$TMP/school-b.token"
A=(--token-file "$TMP/school-a.token")
B=(--token-file "$TMP/school-b.token")

expect 0 "coordinator adds a headteacher to school A ($URN_A)" "$PARTNERSHIP" "${C[@]}" --json \
  people add --role headteacher --school "$URN_A" --given Ada --family Lovelace \
  --email ada@example.sch.uk --trained-on 2026-09-01 --unavailable 2027-01-04,2027-01-05
PERSON=$(grep -o '"id": *"[^"]*"' "$OUT" | head -n 1 | sed 's/.*"\([^"]*\)"$/\1/')
[[ -n "$PERSON" ]] && pass "the new person has id $PERSON" || fail "the new person has an id" "$(cat "$OUT")"
expect 2 "an impossible --trained-on is refused locally" "$PARTNERSHIP" "${C[@]}" \
  people update "$PERSON" --trained-on 2027-02-30
grep -q -- '--trained-on: "2027-02-30" is not a date (YYYY-MM-DD)' "$ERR" \
  && pass "the usage error names the flag" || fail "the usage error names the flag" "$(cat "$ERR")"

expect 6 "school B cannot read school A's person" "$PARTNERSHIP" "${B[@]}" people get "$PERSON"
expect 6 "school B cannot change school A's person" "$PARTNERSHIP" "${B[@]}" people update "$PERSON" --given Eve
expect 6 "school B cannot list school A's people" "$PARTNERSHIP" "${B[@]}" people list --school "$URN_A"
expect 0 "school A reads its own person" "$PARTNERSHIP" "${A[@]}" people get "$PERSON"
expect 0 "school A changes its own person" "$PARTNERSHIP" "${A[@]}" people update "$PERSON" --given Augusta
grep -q "Augusta" "$OUT" && pass "the change is in the answer" || fail "the change is in the answer" "$(cat "$OUT")"
expect 0 "school A lists its own people" "$PARTNERSHIP" "${A[@]}" people list --school "$URN_A"

# ---- the register, changed by hand --------------------------------------------------------
expect 0 "coordinator sets school A's review group" "$PARTNERSHIP" "${C[@]}" schools update "$URN_A" \
  --review-group "E2E Group"
run "$PARTNERSHIP" "${C[@]}" schools list --group "E2E Group" --json
[[ $RC -eq 0 && $(count_urns "$OUT") -eq 1 ]] && pass "list --group finds exactly school A" \
  || fail "list --group finds exactly school A" "rc $RC: $(head -c 300 "$OUT")"
expect 6 "a school token cannot change the register" "$PARTNERSHIP" "${A[@]}" schools update "$URN_A" --trust X
expect 2 "schools update with nothing to change is a usage error" "$PARTNERSHIP" "${C[@]}" schools update "$URN_A"
expect 4 "schools get of an unknown URN: exit 4" "$PARTNERSHIP" "${C[@]}" schools get 999999
expect 0 "admin token list" "$PARTNERSHIP" "${C[@]}" admin token list --include-revoked
expect 0 "admin info --json" "$PARTNERSHIP" "${C[@]}" admin info --json

# ---- membership agreements --------------------------------------------------------------
# School A applies, its governing body approves, its head (person $PERSON) signs; the banding
# gives its contribution; the register shows it; the coordinator suspends, reinstates, renews.
json_field() {  # FIELD FILE: the first string value of "FIELD" in a --json document
  grep -o "\"$1\": *\"[^\"]*\"" "$2" | head -n 1 | sed 's/.*"\([^"]*\)"$/\1/'
}
expect 0 "membership texts list" "$PARTNERSHIP" "${A[@]}" membership texts list
grep -q "Gloucestershire Schools Partnership membership agreement" "$OUT" \
  && pass "version 1 of the agreement text is there" || fail "version 1 of the agreement text is there" "$(cat "$OUT")"
expect 0 "membership texts show 1" "$PARTNERSHIP" "${A[@]}" membership texts show 1
grep -q "3 school leaders" "$OUT" && pass "the text offers a peer review by 3 school leaders" \
  || fail "the text offers a peer review by 3 school leaders" "$(head -c 400 "$OUT")"
expect 2 "a malformed academic year is a usage error" "$PARTNERSHIP" "${A[@]}" membership apply \
  --school "$URN_A" --year 2026-28
grep -q -- '--year: "2026-28" is not an academic year' "$ERR" && pass "the usage error names --year" \
  || fail "the usage error names --year" "$(cat "$ERR")"
expect 6 "school B cannot apply for school A" "$PARTNERSHIP" "${B[@]}" membership apply \
  --school "$URN_A" --year 2026-27
expect 0 "school A applies for 2026-27" "$PARTNERSHIP" "${A[@]}" --json membership apply \
  --school "$URN_A" --year 2026-27 --on 2026-06-01
AGREEMENT=$(json_field id "$OUT")
[[ -n "$AGREEMENT" ]] && pass "the application is agreement $AGREEMENT" \
  || fail "the application has an id" "$(cat "$OUT")"
expect 5 "a second application for the same year: exit 5" "$PARTNERSHIP" "${A[@]}" membership apply \
  --school "$URN_A" --year 2026-27
expect 8 "the head cannot sign before the governing body approves: exit 8" "$PARTNERSHIP" "${A[@]}" \
  membership sign "$AGREEMENT" --head "$PERSON" --date 2026-07-01
expect 6 "school B cannot record school A's approval" "$PARTNERSHIP" "${B[@]}" membership approve \
  "$AGREEMENT" --date 2026-06-20 --minute "FGB item 7"
expect 8 "an approval dated before the application: exit 8" "$PARTNERSHIP" "${A[@]}" membership approve \
  "$AGREEMENT" --date 2026-05-20 --minute "FGB item 7"
expect 0 "school A records its governing body's approval" "$PARTNERSHIP" "${A[@]}" membership approve \
  "$AGREEMENT" --date 2026-06-20 --minute "FGB 2026-06-20 item 7"
expect 0 "school A's head signs" "$PARTNERSHIP" "${A[@]}" --json membership sign "$AGREEMENT" \
  --head "$PERSON" --date 2026-07-01
grep -q '"status": "AGREEMENT_STATUS_ACTIVE"' "$OUT" && pass "the agreement is active" \
  || fail "the agreement is active" "$(head -c 400 "$OUT")"

printf 'min_pupils,max_pupils,annual_amount\n0,199,250\n250,599,500\n600,,1000\n' >"$TMP/gap.csv"
expect 2 "a banding CSV with a gap is refused locally" "$PARTNERSHIP" "${C[@]}" membership banding set \
  --year 2026-27 --file "$TMP/gap.csv" --la-contribution 37500
grep -q "gap.csv row 3, column min_pupils" "$ERR" && pass "the refusal names the row and column" \
  || fail "the refusal names the row and column" "$(cat "$ERR")"
expect 4 "nothing was stored: no banding for 2026-27" "$PARTNERSHIP" "${C[@]}" membership banding show \
  --year 2026-27
printf 'min_pupils,max_pupils,annual_amount\n0,199,250\n200,599,500\n600,,1000\n' >"$TMP/bands.csv"
expect 6 "a school cannot set the banding" "$PARTNERSHIP" "${A[@]}" membership banding set \
  --year 2026-27 --file "$TMP/bands.csv" --la-contribution 37500
expect 0 "the coordinator sets the banding" "$PARTNERSHIP" "${C[@]}" membership banding set \
  --year 2026-27 --file "$TMP/bands.csv" --la-contribution 37,500
expect 0 "membership register --status active --json" "$PARTNERSHIP" "${C[@]}" --json membership register \
  --year 2026-27 --status active
if grep -q "\"schoolUrn\": \"$URN_A\"" "$OUT" && grep -q '"contributionPence"' "$OUT" \
  && grep -q '"laContributionPence": "3750000"' "$OUT"; then
  pass "the register shows school A active with its contribution and the LA's"
else
  fail "the register shows school A active with its contribution and the LA's" "$(head -c 600 "$OUT")"
fi
expect 0 "membership register as a table" "$PARTNERSHIP" "${C[@]}" membership register --year 2026-27
[[ $(grep -c "not-member" "$OUT") -eq $((ADDED - 1)) ]] && pass "every other school is listed as not-member" \
  || fail "every other school is listed as not-member" "$(head -c 600 "$OUT")"
expect 6 "a school token cannot read the register" "$PARTNERSHIP" "${A[@]}" membership register
expect 6 "school A cannot suspend its own agreement" "$PARTNERSHIP" "${A[@]}" membership suspend \
  "$AGREEMENT" --from 2027-01-10 --reason "test"
expect 0 "the coordinator suspends school A" "$PARTNERSHIP" "${C[@]}" membership suspend "$AGREEMENT" \
  --from 2027-01-10 --reason "no reviewer released"
expect 0 "register --status suspended" "$PARTNERSHIP" "${C[@]}" --json membership register \
  --year 2026-27 --status suspended
grep -q "\"schoolUrn\": \"$URN_A\"" "$OUT" && pass "school A shows as suspended" \
  || fail "school A shows as suspended" "$(head -c 400 "$OUT")"
expect 0 "the coordinator reinstates school A" "$PARTNERSHIP" "${C[@]}" membership reinstate \
  "$AGREEMENT" --on 2027-02-01
expect 0 "school A renews for the next year" "$PARTNERSHIP" "${A[@]}" --json membership renew \
  "$AGREEMENT" --on 2027-06-15
if grep -q '"academicYear": "2027-28"' "$OUT" && grep -q '"status": "AGREEMENT_STATUS_ACTIVE"' "$OUT"; then
  pass "the renewal is active for 2027-28"
else
  fail "the renewal is active for 2027-28" "$(head -c 400 "$OUT")"
fi
expect 0 "membership get shows the history" "$PARTNERSHIP" "${A[@]}" membership get "$AGREEMENT"
[[ $(grep -c -E '^20[0-9-]{8} +(apply|approve|sign|suspend|reinstate) ' "$OUT") -eq 5 ]] \
  && pass "the history has the five steps" || fail "the history has the five steps" "$(cat "$OUT")"
expect 0 "audit list for the agreement" "$PARTNERSHIP" "${C[@]}" audit list --record "agreement/$AGREEMENT"
grep -q "agreement.sign" "$OUT" && pass "the signature is in the audit trail" \
  || fail "the signature is in the audit trail" "$(head -c 400 "$OUT")"

# ---- backup and audit ----------------------------------------------------------------------
BACKUP="$TMP/backup.db"
expect 0 "admin backup" "$PARTNERSHIP" "${C[@]}" admin backup "$BACKUP"
if [[ -f "$BACKUP" && ! -e "$BACKUP.tmp" ]]; then pass "backup file in place, no temporary left"
else fail "backup file in place, no temporary left" "$(ls -la "$TMP")"; fi
if command -v sqlite3 >/dev/null 2>&1; then
  run "$PARTNERSHIP" "${C[@]}" schools list --include-closed --json
  ALL=$(count_urns "$OUT")
  IN_BACKUP=$(sqlite3 "$BACKUP" 'select count(*) from schools' 2>&1 || true)
  [[ "$IN_BACKUP" == "$ALL" ]] && pass "the backup holds the $ALL schools" \
    || fail "the backup holds the schools" "sqlite3 says '$IN_BACKUP', the server lists $ALL"
else
  echo "# sqlite3 not installed: skipping the backup contents check"
fi

expect 0 "audit verify on an untouched trail" "$PARTNERSHIP" "${C[@]}" audit verify
expect 0 "audit list" "$PARTNERSHIP" "${C[@]}" audit list --limit 5
expect 0 "coordinator removes the person" "$PARTNERSHIP" "${C[@]}" people remove "$PERSON"
expect 4 "a removed person is not found: exit 4" "$PARTNERSHIP" "${C[@]}" people get "$PERSON"

# ---- stop, tamper, restart -----------------------------------------------------------------
kill -TERM "$SERVER_PID"
if wait "$SERVER_PID"; then STOP_RC=0; else STOP_RC=$?; fi
SERVER_PID=""
[[ $STOP_RC -eq 0 ]] && pass "server exits 0 on SIGTERM" || fail "server exits 0 on SIGTERM" "exit $STOP_RC"
expect 9 "health of a stopped server: exit 9" "$PARTNERSHIP" admin health
grep -q "127.0.0.1:$PORT" "$ERR" && pass "the message names the address" \
  || fail "the message names the address" "$(cat "$ERR")"

if command -v sqlite3 >/dev/null 2>&1; then
  sqlite3 "$DB" "update audit_log set detail='x' where sequence=2"
  start_server "restart"
  expect 10 "audit verify finds the edited entry: exit 10" "$PARTNERSHIP" "${C[@]}" audit verify
  grep -q "entry 2" "$OUT" && pass "the report names entry 2" || fail "the report names entry 2" "$(cat "$OUT")"
else
  echo "# sqlite3 not installed: skipping the tamper check"
fi

finish
