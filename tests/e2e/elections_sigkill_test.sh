#!/usr/bin/env bash
# End-to-end: partnershipd is killed with SIGKILL while member schools are voting. After a
# restart every acknowledged ballot is in the count exactly once, nothing else is, and voters
# whose answer was lost retry with the same ballot key without making a second ballot.
#
#   tests/e2e/elections_sigkill_test.sh PARTNERSHIPD PARTNERSHIP
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/e2e_harness.sh" "$@"
P="$PARTNERSHIP"
VOTERS=${VOTERS:-160}

start_server "before the crash"
export PARTNERSHIP_TOKEN_FILE="$DB.coordinator-token"
expect 0 "the demo county is seeded" "$P" demo seed
# (awk stops the lists itself: `| head` would end the pipeline with SIGPIPE under pipefail)
"$P" membership register --status active 2>/dev/null | awk -v n="$VOTERS" 'NR>2 && NR<=n+2{print $1}' >"$TMP/members"
mapfile -t MEMBERS <"$TMP/members"
VOTERS=${#MEMBERS[@]}
"$P" people list --role headteacher 2>/dev/null | awk 'NR>2 && NR<=5{print $1}' >"$TMP/heads"
expect 0 "an election is created" "$P" elections create --title "Crash test" --method scottish-stv \
  --seats 1 --constituency all-members
E=$("$P" elections list 2>/dev/null | awk '/Crash test/{print $1}')
"$P" elections open-nominations "$E" >/dev/null 2>&1
while read -r head; do "$P" elections nominate "$E" --person "$head" >/dev/null 2>&1 || true; done <"$TMP/heads"
expect 0 "voting opens" "$P" elections open-voting "$E"
for ((i = 0; i < VOTERS; i++)); do
  "$P" admin token create --role school --school "${MEMBERS[$i]}" --label "v$i" \
    --out "$TMP/tok$i" >/dev/null 2>&1
done
pass "$VOTERS school tokens issued"

# Each voter: its own ballot key, its receipt in receiptN, its exit code in rcN.
vote() {
  local i=$1
  local key
  key=$(printf '%032x' $((i + 1)))
  if PARTNERSHIP_TOKEN_FILE="$TMP/tok$i" "$P" --timeout 5 elections vote "$E" \
      --ranking "$((i % 3 + 1))" --ballot-key "$key" >"$TMP/receipt$i" 2>"$TMP/err$i"; then
    echo 0 >"$TMP/rc$i"
    : >"$TMP/ack$i"
  else
    echo $? >"$TMP/rc$i"
  fi
}
acknowledged() { compgen -G "$TMP/ack*" | wc -l; }
# The kill comes once a few ballots have been acknowledged, while most voters are still
# being started or waiting for an answer (or after 20 s at the latest).
KILLED=0
for ((i = 0; i < VOTERS; i++)); do
  vote "$i" &
  if ((i % 20 == 19)); then sleep 0.05; fi
  if ((KILLED == 0)) && (($(acknowledged) >= 5)); then kill -KILL "$SERVER_PID"; KILLED=1; fi
done
for ((t = 0; KILLED == 0 && t < 200; t++)); do
  if (($(acknowledged) >= 5)); then break; fi
  sleep 0.1
done
if ((KILLED == 0)); then kill -KILL "$SERVER_PID"; fi
wait "$SERVER_PID" 2>/dev/null || true
SERVER_PID=""
wait 2>/dev/null
ACKED=0
for ((i = 0; i < VOTERS; i++)); do
  if [[ $(cat "$TMP/rc$i") == 0 ]]; then ACKED=$((ACKED + 1)); cat "$TMP/receipt$i"; fi
done | sort >"$TMP/acked"
ACKED=$(wc -l <"$TMP/acked")
LOST=$((VOTERS - ACKED))
if [[ $ACKED -gt 0 && $LOST -gt 0 ]]; then
  pass "the kill landed mid-vote: $ACKED ballots acknowledged, $LOST calls without an answer"
else
  fail "the kill landed mid-vote" "$ACKED acknowledged, $LOST without an answer"
fi

start_server "after SIGKILL"
run "$P" elections show "$E" --json
STORED=$(grep -o '"ballotsCast": [0-9]*' "$OUT" | grep -o '[0-9]*$' || echo 0)
if [[ "$STORED" -ge "$ACKED" ]]; then
  pass "after the restart $STORED ballots are stored (every acknowledged one at least)"
else fail "every acknowledged ballot survives" "stored $STORED < acknowledged $ACKED"; fi

# The voters who got no answer try again with the same key.
RETRIED=0
REPLAYED=0
for ((i = 0; i < VOTERS; i++)); do
  if [[ $(cat "$TMP/rc$i") != 0 ]]; then
    vote "$i"
    if [[ $(cat "$TMP/rc$i") == 0 ]]; then RETRIED=$((RETRIED + 1)); fi
    if grep -q "already stored" "$TMP/err$i"; then REPLAYED=$((REPLAYED + 1)); fi
  fi
done
if [[ $RETRIED -eq $LOST ]]; then
  pass "all $LOST retries succeed ($REPLAYED had been stored before the kill and got their first receipt)"
else fail "all retries succeed" "$RETRIED of $LOST"; fi

"$P" elections close "$E" >/dev/null 2>&1
"$P" elections count "$E" >/dev/null 2>&1
"$P" elections publish "$E" >/dev/null 2>&1
expect 0 "the result is published and recounts" "$P" elections results "$E" --receipts "$TMP/receipts.csv" --blt "$TMP/crash.blt"
tail -n +2 "$TMP/receipts.csv" | cut -d, -f2 | sort >"$TMP/published"
PUBLISHED=$(wc -l <"$TMP/published")
if [[ $PUBLISHED -eq $VOTERS ]]; then pass "one ballot per voting school: $PUBLISHED"
else fail "one ballot per voting school" "$PUBLISHED ballots for $VOTERS schools"; fi
if [[ -z $(uniq -d "$TMP/published") ]]; then pass "no receipt appears twice"
else fail "no receipt appears twice" "$(uniq -d "$TMP/published" | head -3)"; fi
MISSING=$(comm -23 "$TMP/acked" "$TMP/published" | wc -l)
if [[ $MISSING -eq 0 ]]; then pass "every ballot acknowledged before the kill is in the count"
else fail "every acknowledged ballot is in the count" "$MISSING missing"; fi
for ((i = 0; i < VOTERS; i++)); do cat "$TMP/receipt$i"; done | sort >"$TMP/all_receipts"
if cmp -s "$TMP/all_receipts" "$TMP/published"; then pass "nothing else is in the count"
else fail "nothing else is in the count" "$(diff "$TMP/all_receipts" "$TMP/published" | head -3)"; fi
expect 0 "the audit trail is intact after the crash" "$P" audit verify
finish
