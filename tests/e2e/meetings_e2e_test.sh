#!/usr/bin/env bash
# End-to-end test of general meetings (the AGM), run as the coordinator and member schools
# would run one with the partnership CLI.
#
#   tests/e2e/meetings_e2e_test.sh PARTNERSHIPD PARTNERSHIP
#
# Starts partnershipd on a free loopback port with a fresh database, seeds the demo county
# (about 276 active members for 2026-27), issues SCHOOL tokens, and runs an AGM: a special
# motion that passes only because the proxies are counted, one that fails on its threshold
# with a simple majority for it, a second vote refused, then a general meeting whose motion is
# not quorate, and the minutes as text and JSON. Prints "ok - ..." / "not ok - ..." per check
# and "N passed, M failed"; exits non-zero if any check failed. Needs bash, coreutils and
# python3 (reading JSON).
set -euo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/e2e_harness.sh" "$@"

# check DESCRIPTION PATTERN FILE: FILE contains the extended regular expression PATTERN.
check() {
  if grep -Eq -- "$2" "$3"; then pass "$1"; else fail "$1" "no /$2/ in: $(head -c 600 "$3")"; fi
}
# json EXPRESSION FILE: evaluates a python expression over the JSON document `d` in FILE.
json() { python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print($1)" "$2"; }

start_server "meetings"
C=(--token-file "$DB.coordinator-token")

# ---- the county and its member schools ----------------------------------------------------
expect 0 "demo seed" "$PARTNERSHIP" "${C[@]}" demo seed
expect 0 "the register of active members" "$PARTNERSHIP" "${C[@]}" --json membership register \
  --year 2026-27 --status active
mapfile -t MEMBERS < <(json '"\n".join(e["schoolUrn"] for e in d["entries"][:8])' "$OUT")
if [[ ${#MEMBERS[@]} -eq 8 ]]; then pass "eight active members to work with"
else fail "eight active members to work with" "got ${#MEMBERS[@]}"; finish; fi
expect 0 "the register of schools that never joined" "$PARTNERSHIP" "${C[@]}" --json \
  membership register --year 2026-27 --status not-member
OUTSIDER=$(json 'd["entries"][0]["schoolUrn"]' "$OUT")
run "$PARTNERSHIP" "${C[@]}" --json people list
CHAIR=$(json 'd["people"][0]["id"]' "$OUT")

token_for() {  # URN FILE
  run "$PARTNERSHIP" "${C[@]}" admin token create --role school --school "$1" --label "e2e $1"
  if [[ $RC -eq 0 ]]; then awk '$1 == "secret" { print $2 }' "$OUT" >"$2"
  else fail "school token for $1" "$(cat "$ERR")"; fi
}
for i in 0 1 2 3 4 5 6; do token_for "${MEMBERS[$i]}" "$TMP/s$i.token"; done
token_for "$OUTSIDER" "$TMP/outsider.token"
S() { echo "--token-file" "$TMP/s$1.token"; }
S0=($(S 0)); S1=($(S 1)); S2=($(S 2)); S3=($(S 3)); S4=($(S 4)); S5=($(S 5)); S6=($(S 6))
U=("${MEMBERS[@]}")

# ---- the AGM ------------------------------------------------------------------------------
expect 0 "meetings --help" "$PARTNERSHIP" meetings --help
check "help lists the motion and proxy verbs" "motion" "$OUT"
expect 2 "a quorum that is neither a number nor a share: exit 2" "$PARTNERSHIP" "${C[@]}" \
  meetings create --kind agm --title AGM --date 2026-12-10 --chair "$CHAIR" --quorum lots
expect 6 "a school may not schedule a meeting: exit 6" "$PARTNERSHIP" "${S0[@]}" \
  meetings create --kind agm --title AGM --date 2026-12-10 --chair "$CHAIR" --quorum 5
expect 0 "the coordinator schedules the AGM (quorum 5 schools)" "$PARTNERSHIP" "${C[@]}" --json \
  meetings create --kind agm --title "Annual general meeting 2026" --date 2026-12-10 \
  --chair "$CHAIR" --quorum 5
AGM=$(json 'd["id"]' "$OUT")
VOTERS=$(json 'd["attendance"]["votingMembers"]' "$OUT")
[[ "$VOTERS" -gt 200 ]] && pass "the $VOTERS active members on 2026-12-10 are its voters" \
  || fail "the active members are its voters" "votingMembers $VOTERS"

expect 0 "motion 1: a special resolution, recorded vote" "$PARTNERSHIP" "${C[@]}" --json \
  meetings motion add "$AGM" --text "That the membership agreement gains a data-sharing clause" \
  --kind special --ballot recorded
M1=$(json 'd["id"]' "$OUT")
expect 0 "motion 2: a special resolution, secret ballot" "$PARTNERSHIP" "${C[@]}" --json \
  meetings motion add "$AGM" --text "That the annual contribution rises by 10%" \
  --kind special --ballot secret
M2=$(json 'd["id"]' "$OUT")
expect 3 "an ordinary motion with a threshold: exit 3" "$PARTNERSHIP" "${C[@]}" \
  meetings motion add "$AGM" --text "x" --kind ordinary --ballot recorded --threshold 2/3

# Three schools come; two send proxies.
for i in 0 1 2; do
  expect 0 "school ${U[$i]} registers itself present" "$PARTNERSHIP" $(S $i) \
    meetings attend "$AGM" --school "${U[$i]}"
done
expect 5 "registering twice: exit 5" "$PARTNERSHIP" "${S0[@]}" meetings attend "$AGM" --school "${U[0]}"
expect 6 "a school may not register another: exit 6" "$PARTNERSHIP" "${S0[@]}" \
  meetings attend "$AGM" --school "${U[5]}"
expect 8 "a school that never joined may not attend: exit 8" "$PARTNERSHIP" \
  --token-file "$TMP/outsider.token" meetings attend "$AGM" --school "$OUTSIDER"
expect 3 "a school may not appoint itself: exit 3" "$PARTNERSHIP" "${S3[@]}" \
  meetings proxy appoint "$AGM" --school "${U[3]}" --holder "${U[3]}" --kind discretionary
expect 0 "school ${U[3]} gives the chair a discretionary proxy" "$PARTNERSHIP" "${S3[@]}" \
  meetings proxy appoint "$AGM" --school "${U[3]}" --chair --kind discretionary
expect 0 "school ${U[4]} directs school ${U[0]}: FOR motion 1, AGAINST motion 2" \
  "$PARTNERSHIP" "${S4[@]}" meetings proxy appoint "$AGM" --school "${U[4]}" \
  --holder "${U[0]}" --kind directed --direct "$M1=for" --direct "$M2=against"
expect 0 "proxy list" "$PARTNERSHIP" "${C[@]}" meetings proxy list "$AGM"
check "proxy list shows the directions" "motion $M1 for" "$OUT"

expect 0 "the coordinator opens the AGM" "$PARTNERSHIP" "${C[@]}" --json meetings open "$AGM"
[[ "$(json 'd["attendance"]["present"], d["attendance"]["byProxy"], d["attendance"]["quorate"]' "$OUT")" == "3 2 True" ]] \
  && pass "3 present and 2 by proxy make the quorum of 5" \
  || fail "3 present and 2 by proxy make the quorum of 5" "$(cat "$OUT")"
expect 8 "no new proxy once the meeting is open: exit 8" "$PARTNERSHIP" "${S3[@]}" \
  meetings proxy appoint "$AGM" --school "${U[3]}" --holder "${U[1]}" --kind discretionary

# Motion 1: 2 for and 1 against in the room (67%); the chair's proxy and the directed proxy
# make it 4 of 5 (80%), over the 75% a special resolution needs.
expect 8 "a vote before the motion is put: exit 8" "$PARTNERSHIP" "${S0[@]}" \
  meetings motion vote "$M1" --school "${U[0]}" --choice for
expect 0 "motion 1 is put" "$PARTNERSHIP" "${C[@]}" meetings motion open "$M1"
expect 0 "school ${U[0]} votes for" "$PARTNERSHIP" "${S0[@]}" meetings motion vote "$M1" --school "${U[0]}" --choice for
expect 0 "school ${U[1]} votes for" "$PARTNERSHIP" "${S1[@]}" meetings motion vote "$M1" --school "${U[1]}" --choice for
expect 0 "school ${U[2]} votes against" "$PARTNERSHIP" "${S2[@]}" meetings motion vote "$M1" --school "${U[2]}" --choice against
expect 5 "a second vote from school ${U[2]} is refused: exit 5" "$PARTNERSHIP" "${S2[@]}" \
  meetings motion vote "$M1" --school "${U[2]}" --choice for
check "the refusal names the school and the motion" "${U[2]}.*motion $M1" "$ERR"
expect 0 "the coordinator casts the chair's proxy for ${U[3]}" "$PARTNERSHIP" "${C[@]}" \
  meetings motion vote "$M1" --school "${U[3]}" --choice for
check "the chair's vote is by proxy" "by proxy \(the chair\)" "$OUT"
expect 8 "the holder may not cast a directed vote itself: exit 8" "$PARTNERSHIP" "${S0[@]}" \
  meetings motion vote "$M1" --school "${U[4]}" --choice against
expect 6 "a school may not vote for one whose proxy it lacks: exit 6" "$PARTNERSHIP" "${S1[@]}" \
  meetings motion vote "$M1" --school "${U[5]}" --choice for
expect 0 "motion 1 closes" "$PARTNERSHIP" "${C[@]}" --json meetings motion close "$M1"
[[ "$(json 'd["result"]["votesFor"], d["result"]["votesAgainst"], d["result"]["outcome"]' "$OUT")" == "4 1 OUTCOME_PASSED" ]] \
  && pass "motion 1 PASSED 4 to 1 with the proxies counted" \
  || fail "motion 1 PASSED 4 to 1 with the proxies counted" "$(head -c 800 "$OUT")"

# Motion 2: 3 for, 2 against (60%): a majority, but short of 75%.
expect 0 "motion 2 is put" "$PARTNERSHIP" "${C[@]}" meetings motion open "$M2"
expect 0 "${U[0]} for" "$PARTNERSHIP" "${S0[@]}" meetings motion vote "$M2" --school "${U[0]}" --choice for
expect 0 "${U[1]} for" "$PARTNERSHIP" "${S1[@]}" meetings motion vote "$M2" --school "${U[1]}" --choice for
expect 0 "${U[2]} against" "$PARTNERSHIP" "${S2[@]}" meetings motion vote "$M2" --school "${U[2]}" --choice against
expect 0 "the chair's proxy for" "$PARTNERSHIP" "${C[@]}" meetings motion vote "$M2" --school "${U[3]}" --choice for
expect 5 "a retried secret vote is refused too: exit 5" "$PARTNERSHIP" "${S0[@]}" \
  meetings motion vote "$M2" --school "${U[0]}" --choice against
expect 8 "the meeting does not close over an open motion: exit 8" "$PARTNERSHIP" "${C[@]}" meetings close "$AGM"
expect 0 "motion 2 closes" "$PARTNERSHIP" "${C[@]}" meetings motion close "$M2"
check "motion 2 FAILED on the threshold" "Outcome: FAILED" "$OUT"
check "the result says 4 of the 5 votes cast were needed" "3 for of 5 cast, at least 4 needed" "$OUT"
if grep -q "Recorded votes\|in person" "$OUT"; then fail "a secret motion shows no one's vote" "$(cat "$OUT")"
else pass "a secret motion shows no one's vote"; fi
expect 0 "the AGM closes" "$PARTNERSHIP" "${C[@]}" meetings close "$AGM"

# ---- the minutes --------------------------------------------------------------------------
expect 0 "a member school reads the minutes as text" "$PARTNERSHIP" "${S6[@]}" meetings minutes "$AGM"
cp "$OUT" "$TMP/minutes.txt"
check "minutes give the chair" "^Chair: " "$TMP/minutes.txt"
check "minutes give attendance against the quorum" "Quorum required: 5 .*: met" "$TMP/minutes.txt"
check "minutes list the proxies" "by directed proxy: ${U[0]}" "$TMP/minutes.txt"
check "minutes state how abstentions count" "Abstentions are recorded and shown but are not votes cast" "$TMP/minutes.txt"
check "minutes give motion 1's outcome" "Outcome: PASSED" "$TMP/minutes.txt"
check "minutes list motion 1's recorded votes" "by proxy \(${U[0]}\)" "$TMP/minutes.txt"
check "minutes mark motion 2 as a secret ballot" "Secret ballot" "$TMP/minutes.txt"
expect 0 "minutes as JSON" "$PARTNERSHIP" "${C[@]}" --json meetings minutes "$AGM"
[[ "$(json 'len(d["present"]), len(d["represented"]), [m["result"]["outcome"] for m in d["motions"]]' "$OUT")" == "3 2 ['OUTCOME_PASSED', 'OUTCOME_FAILED']" ]] \
  && pass "JSON minutes: 3 present, 2 by proxy, PASSED then FAILED" \
  || fail "JSON minutes: 3 present, 2 by proxy, PASSED then FAILED" "$(head -c 800 "$OUT")"
[[ "$(json 'len(d["motions"][1].get("recordedVotes", []))' "$OUT")" == 0 ]] \
  && pass "JSON minutes keep no votes of the secret motion" \
  || fail "JSON minutes keep no votes of the secret motion" "$(head -c 800 "$OUT")"

# ---- a general meeting that is not quorate ------------------------------------------------
expect 0 "a general meeting with a quorum of a quarter of the members" "$PARTNERSHIP" "${C[@]}" \
  --json meetings create --kind general --title "General meeting" --date 2026-12-10 \
  --chair "$CHAIR" --quorum 25%
GM=$(json 'd["id"]' "$OUT")
expect 0 "an ordinary motion" "$PARTNERSHIP" "${C[@]}" --json meetings motion add "$GM" \
  --text "That the partnership thanks its peer reviewers" --kind ordinary --ballot recorded
M3=$(json 'd["id"]' "$OUT")
expect 0 "the coordinator registers ${U[5]} present" "$PARTNERSHIP" "${C[@]}" meetings attend "$GM" --school "${U[5]}"
expect 0 "${U[6]} registers itself" "$PARTNERSHIP" "${S6[@]}" meetings attend "$GM" --school "${U[6]}"
expect 0 "the general meeting opens" "$PARTNERSHIP" "${C[@]}" meetings open "$GM"
expect 0 "the motion is put" "$PARTNERSHIP" "${C[@]}" meetings motion open "$M3"
check "putting it warns that the meeting is not quorate" "warning: meeting $GM is not quorate" "$ERR"
expect 0 "${U[5]} for (a show of hands taken by the coordinator)" "$PARTNERSHIP" "${C[@]}" \
  meetings motion vote "$M3" --school "${U[5]}" --choice for
expect 0 "${U[6]} abstains" "$PARTNERSHIP" "${S6[@]}" meetings motion vote "$M3" --school "${U[6]}" --choice abstain
expect 0 "the motion closes" "$PARTNERSHIP" "${C[@]}" meetings motion close "$M3"
check "2 schools of the quarter needed: not quorate" "Outcome: NOT-QUORATE" "$OUT"
expect 0 "the general meeting closes" "$PARTNERSHIP" "${C[@]}" meetings close "$GM"
expect 0 "its minutes" "$PARTNERSHIP" "${C[@]}" meetings minutes "$GM"
check "its minutes say the quorum was not met" "Quorum required: [0-9]+ .*: NOT met" "$OUT"
check "its minutes say the motion was not decided" "Not quorate: .*not decided" "$OUT"
expect 0 "meetings list" "$PARTNERSHIP" "${C[@]}" meetings list
check "the list shows both meetings closed" "closed.*General meeting" "$OUT"
expect 0 "the audit trail is intact" "$PARTNERSHIP" "${C[@]}" audit verify

finish
