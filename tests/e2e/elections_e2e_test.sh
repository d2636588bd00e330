#!/usr/bin/env bash
# End-to-end: a board election run through the CLI as a coordinator and member schools would,
# from nominations to a published result that a recount of the ballot file reproduces.
#
#   tests/e2e/elections_e2e_test.sh PARTNERSHIPD PARTNERSHIP
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/e2e_harness.sh" "$@"
P="$PARTNERSHIP"

start_server "elections"
export PARTNERSHIP_TOKEN_FILE="$DB.coordinator-token"
expect 0 "the demo county is seeded" "$P" demo seed

# The active secondary members (GASH's constituency) and their heads.
"$P" membership register --status active 2>/dev/null | awk '/ secondary /{print $1}' >"$TMP/gash"
mapfile -t GASH <"$TMP/gash"
head_of() { "$P" people list --role headteacher --school "$1" 2>/dev/null | awk 'NR==3{print $1}'; }
deputy_of() { "$P" people list --role deputy-head --school "$1" 2>/dev/null | awk 'NR==3{print $1}'; }
if [[ ${#GASH[@]} -ge 10 ]]; then pass "${#GASH[@]} secondary schools are active members"
else fail "at least 10 secondary schools are active members" "found ${#GASH[@]}"; finish; fi
PRIMARY=$("$P" membership register --status active 2>/dev/null | awk '/ primary / && !found {print $1; found = 1}')

# ---- create and nominate -------------------------------------------------------------------
expect 0 "coordinator creates a two-seat STV election of secondary heads" \
  "$P" elections create --title "GASH heads 2026" --method scottish-stv --seats 2 \
  --constituency secondary --candidate-role headteacher --seat secondary-head
E=$("$P" elections list 2>/dev/null | awk '/GASH heads 2026/{print $1}')
expect 8 "nominating before nominations open is refused" "$P" elections nominate "$E" --person "$(head_of "${GASH[0]}")"
expect 0 "nominations open" "$P" elections open-nominations "$E"
for i in 0 1 2 3; do
  expect 0 "head of ${GASH[$i]} is nominated" "$P" elections nominate "$E" --person "$(head_of "${GASH[$i]}")"
done
expect 8 "a deputy cannot stand for a headteachers' seat" "$P" elections nominate "$E" --person "$(deputy_of "${GASH[5]}")"
if grep -q "is a DEPUTY_HEAD; this election is for a HEADTEACHER" "$ERR"; then pass "the refusal says why"
else fail "the refusal says why" "$(cat "$ERR")"; fi
expect 5 "the same head cannot be nominated twice" "$P" elections nominate "$E" --person "$(head_of "${GASH[0]}")"
SCHOOL1="$TMP/school1.token"
"$P" admin token create --role school --school "${GASH[6]}" --label "GASH school 6" --out "$SCHOOL1" >/dev/null 2>&1
expect 6 "a school cannot nominate another school's head" env PARTNERSHIP_TOKEN_FILE="$SCHOOL1" "$P" elections nominate "$E" --person "$(head_of "${GASH[7]}")"
expect 0 "a school nominates its own head" env PARTNERSHIP_TOKEN_FILE="$SCHOOL1" "$P" elections nominate "$E" --person "$(head_of "${GASH[6]}")"
expect 0 "candidate 5 withdraws" "$P" elections withdraw "$E" --candidate 5
expect 0 "voting opens" "$P" elections open-voting "$E"
run "$P" elections show "$E" --json
if grep -q '"status": "ELECTION_STATUS_VOTING"' "$OUT"; then pass "the election is VOTING"
else fail "the election is VOTING" "$(head -c 300 "$OUT")"; fi
ELECTORATE=$(grep -o '"electorateSize": [0-9]*' "$OUT" | grep -o '[0-9]*$')
if [[ "$ELECTORATE" -ge ${#GASH[@]} ]]; then pass "the electorate ($ELECTORATE) holds every active secondary member"
else fail "the electorate holds every active secondary member" "$ELECTORATE < ${#GASH[@]}"; fi

# ---- voting ----------------------------------------------------------------------------------
RANKINGS=("1,2,3" "2,1" "3,4,1" "4" "1,3" "2,4,3,1" "3,1" "1,4")
VOTERS=$(( ${#GASH[@]} - 3 ))
ok=0
for ((i = 0; i < VOTERS; i++)); do
  tok="$TMP/t$i"
  "$P" admin token create --role school --school "${GASH[$i]}" --label "vote $i" --out "$tok" >/dev/null 2>&1
  if PARTNERSHIP_TOKEN_FILE="$tok" "$P" elections vote "$E" --ranking "${RANKINGS[$((i % 8))]}" \
      >"$TMP/receipt$i" 2>"$ERR"; then ok=$((ok + 1)); else fail "school ${GASH[$i]} votes" "$(cat "$ERR")"; fi
done
if [[ $ok -eq $VOTERS ]]; then pass "$VOTERS member schools vote and each gets a receipt"; fi
expect 5 "a school's second ballot is refused" env PARTNERSHIP_TOKEN_FILE="$TMP/t0" "$P" elections vote "$E" --ranking 2
KEY=0123456789abcdef0123456789abcdef
LAST=${GASH[$VOTERS]}
"$P" admin token create --role school --school "$LAST" --label "retry" --out "$TMP/tl" >/dev/null 2>&1
expect 0 "a ballot with a chosen key is cast" env PARTNERSHIP_TOKEN_FILE="$TMP/tl" "$P" elections vote "$E" --ranking 4,2 --ballot-key $KEY
cp "$OUT" "$TMP/receipt_last"
expect 0 "a retry with the same key is answered, not refused" env PARTNERSHIP_TOKEN_FILE="$TMP/tl" "$P" elections vote "$E" --ranking 4,2 --ballot-key $KEY
if cmp -s "$OUT" "$TMP/receipt_last" && grep -q "already stored" "$ERR"; then pass "the retry gets the first receipt and stores nothing new"
else fail "the retry gets the first receipt" "$(cat "$OUT") vs $(cat "$TMP/receipt_last")"; fi
NEXT=${GASH[$((VOTERS + 1))]}
"$P" admin token create --role school --school "$NEXT" --label "bad ballots" --out "$TMP/tn" >/dev/null 2>&1
expect 3 "a ranking that repeats a candidate is refused" env PARTNERSHIP_TOKEN_FILE="$TMP/tn" "$P" elections vote "$E" --ranking 1,1
expect 3 "an unknown candidate is refused" env PARTNERSHIP_TOKEN_FILE="$TMP/tn" "$P" elections vote "$E" --ranking 9
expect 3 "a withdrawn candidate is refused" env PARTNERSHIP_TOKEN_FILE="$TMP/tn" "$P" elections vote "$E" --ranking 5
expect 2 "a ranking that is not numbers is refused before any call" env PARTNERSHIP_TOKEN_FILE="$TMP/tn" "$P" elections vote "$E" --ranking 1,x
"$P" admin token create --role school --school "$PRIMARY" --label "primary" --out "$TMP/tp" >/dev/null 2>&1
expect 8 "a primary school is not in GASH's electorate" env PARTNERSHIP_TOKEN_FILE="$TMP/tp" "$P" elections vote "$E" --ranking 1
expect 6 "the coordinator cannot vote for a school" "$P" elections vote "$E" --ranking 1 --school "$NEXT"

expect 0 "the coordinator sees the turnout" "$P" elections turnout "$E"
if grep -q "$((VOTERS + 1)) of $ELECTORATE member schools have voted" "$ERR" && grep -q "$NEXT" "$OUT"; then
  pass "turnout names the schools yet to vote"
else fail "turnout names the schools yet to vote" "$(cat "$ERR")"; fi
expect 6 "a school cannot see the turnout" env PARTNERSHIP_TOKEN_FILE="$TMP/tn" "$P" elections turnout "$E"

# ---- close, count, publish, recount -----------------------------------------------------------
expect 8 "counting while voting is open is refused" "$P" elections count "$E"
expect 0 "voting closes" "$P" elections close "$E"
expect 8 "a vote after the close is refused" env PARTNERSHIP_TOKEN_FILE="$TMP/tn" "$P" elections vote "$E" --ranking 1
expect 0 "the count runs" "$P" elections count "$E"
expect 6 "schools cannot read the result before it is published" env PARTNERSHIP_TOKEN_FILE="$TMP/tn" "$P" elections results "$E"
expect 0 "the result is published" "$P" elections publish "$E"
R0=$(cat "$TMP/receipt0")
expect 0 "a school reads the result and finds its ballot by receipt" env PARTNERSHIP_TOKEN_FILE="$TMP/t0" "$P" elections results "$E" --blt "$TMP/published.blt" --receipt "$R0"
if grep -q "Elected, in order" "$OUT" && grep -q "receipt $R0 is ballot" "$ERR" && grep -q "same result" "$ERR"; then
  pass "the result shows every stage and the receipt's ballot"
else fail "the result shows every stage and the receipt's ballot" "$(head -c 300 "$ERR")"; fi
BALLOTS=$(awk 'NR>1 && $1=="0"{exit} NR>1 && $1>0{n++} END{print n}' "$TMP/published.blt")
if [[ "$BALLOTS" -eq $((VOTERS + 1)) ]]; then pass "the ballot file holds one paper per ballot cast ($BALLOTS)"
else fail "the ballot file holds one paper per ballot cast" "$BALLOTS"; fi
if grep -q -F -f "$TMP/gash" "$TMP/published.blt"; then
  fail "the ballot file names no voting school" "$(grep -F -f "$TMP/gash" "$TMP/published.blt" | head -3)"
else pass "the ballot file names no voting school"; fi
run env PARTNERSHIP_TOKEN_FILE="$TMP/t0" "$P" elections results "$E" --json
cp "$OUT" "$TMP/published.json"
expect 0 "anyone recounts the ballot file offline" "$P" count --method scottish-stv --seats 2 --blt "$TMP/published.blt" --json
if cmp -s "$OUT" "$TMP/published.json"; then pass "the offline recount is the published result, byte for byte"
else fail "the offline recount is the published result" "$(diff "$OUT" "$TMP/published.json" | head -5)"; fi

# ---- uncontested ---------------------------------------------------------------------------
expect 0 "a one-seat election is created" "$P" elections create --title "GASH governor 2026" \
  --method plurality --seats 1 --constituency secondary
U=$("$P" elections list 2>/dev/null | awk '/GASH governor 2026/{print $1}')
"$P" elections open-nominations "$U" >/dev/null 2>&1
"$P" elections nominate "$U" --person "$(deputy_of "${GASH[2]}")" >/dev/null 2>&1
expect 0 "with one candidate, opening the vote fills the seat" "$P" elections open-voting "$U" --json
if grep -q '"uncontested": true' "$OUT" && grep -q '"status": "ELECTION_STATUS_COUNTED"' "$OUT"; then
  pass "an uncontested seat is filled without a poll"
else fail "an uncontested seat is filled without a poll" "$(head -c 300 "$OUT")"; fi
expect 0 "the audit trail is intact" "$P" audit verify
finish
