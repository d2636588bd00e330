#!/usr/bin/env bash
# End-to-end test of the board: partnershipd and the partnership CLI, run as a coordinator
# would run them on the demo county.
#
#   tests/e2e/board_e2e_test.sh PARTNERSHIPD PARTNERSHIP
#
# Starts a server on a free loopback port with a fresh database, seeds the demo county,
# installs the proposal's seats, appoints a shadow board, records election results and
# appointments, checks the refusals and reads the roster as a table and as JSON. Prints one
# "ok - ..." / "not ok - ..." line per check and a final "N passed, M failed" line; exits
# non-zero if any check failed. Needs bash, coreutils and python3 (reading JSON).
set -euo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/e2e_harness.sh" "$@"

# contains FILE TEXT DESCRIPTION: one check that FILE holds TEXT.
contains() {
  if grep -qF -- "$2" "$1"; then pass "$3"; else fail "$3" "no \"$2\" in: $(head -c 600 "$1")"; fi
}

start_server "board"
C=(--token-file "$DB.coordinator-token")

expect 0 "demo seed" "$PARTNERSHIP" "${C[@]}" demo seed

# ---- who is who in the demo county ----------------------------------------------------------
run "$PARTNERSHIP" "${C[@]}" --json membership register --year 2026-27
cp "$OUT" "$TMP/register.json"
run "$PARTNERSHIP" "${C[@]}" --json people list
cp "$OUT" "$TMP/people.json"
# pick PHASE ROLE MEMBER [N]: the id of the Nth (0-based) person of ROLE at a school of PHASE
# that is (MEMBER=1) or is not (MEMBER=0) an active member; PHASE "" for people of no school.
pick() {
  python3 - "$TMP/register.json" "$TMP/people.json" "$@" <<'PY'
import json, sys
register = json.load(open(sys.argv[1]))
people = json.load(open(sys.argv[2]))["people"]
phase, role, member = sys.argv[3], sys.argv[4], sys.argv[5] == "1"
n = int(sys.argv[6]) if len(sys.argv) > 6 else 0
schools = {e["schoolUrn"]: e for e in register.get("entries", [])}
found = []
for p in people:
    if p["role"] != "PERSON_ROLE_" + role:
        continue
    urn = p.get("schoolUrn", "")
    if not phase:
        if not urn:
            found.append(p["id"])
        continue
    e = schools.get(urn)
    if e and e["phase"] == "PHASE_" + phase and (e["status"] == "MEMBERSHIP_STATUS_ACTIVE") == member:
        found.append(p["id"])
print(found[n] if len(found) > n else "")
PY
}
SEC_HEAD=$(pick SECONDARY HEADTEACHER 1)
SEC_GOV=$(pick SECONDARY GOVERNOR 1)
PRI_HEAD=$(pick PRIMARY HEADTEACHER 1)
OUTSIDER=$(pick PRIMARY HEADTEACHER 0)
OFFICER_1=$(pick "" LA_OFFICER 1 0)
OFFICER_2=$(pick "" LA_OFFICER 1 1)
DIOCESAN=$(pick "" DIOCESAN_REPRESENTATIVE 1)
if [[ -n "$SEC_HEAD" && -n "$SEC_GOV" && -n "$PRI_HEAD" && -n "$OUTSIDER" && -n "$OFFICER_1" \
      && -n "$OFFICER_2" && -n "$DIOCESAN" ]]; then
  pass "the demo county has heads, governors, a non-member head, LA officers and a diocesan representative"
else
  fail "the demo county has the people the board needs" \
    "sec head '$SEC_HEAD' gov '$SEC_GOV' pri head '$PRI_HEAD' outsider '$OUTSIDER' LA '$OFFICER_1' '$OFFICER_2' diocese '$DIOCESAN'"
  finish
fi

# ---- the seats ------------------------------------------------------------------------------
expect 0 "board seats install-defaults" "$PARTNERSHIP" "${C[@]}" board seats install-defaults
contains "$ERR" "34 of the proposal's seats created" "the proposal's 34 seats are created"
expect 0 "install-defaults again" "$PARTNERSHIP" "${C[@]}" board seats install-defaults
contains "$ERR" "0 of the proposal's seats created; 34 already present" "running it again creates nothing"
expect 0 "board seats list --body board" "$PARTNERSHIP" "${C[@]}" board seats list --body board
contains "$ERR" "11 seats" "the board has 11 seats"
contains "$OUT" "a HEADTEACHER of a SECONDARY school that is an active member" \
  "the secondary head's seat says who may hold it"
expect 0 "board seats show secondary-head" "$PARTNERSHIP" "${C[@]}" board seats show secondary-head
contains "$OUT" "Filled: elected by gash" "the secondary head is elected by GASH"
expect 0 "board seats update: a 4-year term for the chair" "$PARTNERSHIP" "${C[@]}" \
  board seats update independent-chair --term 4
contains "$OUT" "Term: 4 years" "the chair's term is now 4 years"
expect 3 "an LA seat cannot be elected (exit 3)" "$PARTNERSHIP" "${C[@]}" \
  board seats update la-representative-1 --method elected
contains "$ERR" "does not hold elections" "the refusal says the LA holds no elections"

# ---- the shadow board -----------------------------------------------------------------------
expect 0 "the steering group appoints a shadow secondary head" "$PARTNERSHIP" "${C[@]}" \
  board roster fill shadow-secondary-head --person "$SEC_HEAD" --from 2026-04-01
contains "$OUT" "Basis: shadow by steering-group" "the holding is a shadow appointment"
expect 0 "the steering group appoints a shadow LA representative" "$PARTNERSHIP" "${C[@]}" \
  board roster fill shadow-la-representative-1 --person "$OFFICER_1" --from 2026-04-01
expect 0 "roster show --on 2026-06-01 --body shadow-board" "$PARTNERSHIP" "${C[@]}" \
  board roster show --on 2026-06-01 --body shadow-board
contains "$ERR" "2 filled, 9 vacant" "the shadow board has 2 members in June 2026"

# ---- the elected board takes office ------------------------------------------------------------
# won SEAT PERSON: runs an all-members election for SEAT with PERSON the only candidate
# (elected without a poll), publishes it and prints its id.
won() {
  local title="Election for $1 ($(date +%s%N))"
  "$PARTNERSHIP" "${C[@]}" elections create --title "$title" --method plurality --seats 1 \
    --constituency all-members --seat "$1" >/dev/null 2>&1
  local id
  id=$("$PARTNERSHIP" "${C[@]}" elections list 2>/dev/null | awk -v t="$title" 'index($0, t) {print $1}')
  "$PARTNERSHIP" "${C[@]}" elections open-nominations "$id" >/dev/null 2>&1
  "$PARTNERSHIP" "${C[@]}" elections nominate "$id" --person "$2" >/dev/null 2>&1
  "$PARTNERSHIP" "${C[@]}" elections open-voting "$id" >/dev/null 2>&1
  "$PARTNERSHIP" "${C[@]}" elections publish "$id" >/dev/null 2>&1
  echo "$id"
}
SEC_HEAD_WON=$(won secondary-head "$SEC_HEAD")
expect 8 "a seat cannot be filled from an election the person did not win" "$PARTNERSHIP" "${C[@]}" \
  board roster fill secondary-governor --person "$SEC_GOV" --from 2027-01-01 --election "$SEC_HEAD_WON"
contains "$ERR" "was held for seat secondary-head, not secondary-governor" "the refusal names the election's seat"
expect 3 "an election reference that is not an election id is refused" "$PARTNERSHIP" "${C[@]}" \
  board roster fill secondary-head --person "$SEC_HEAD" --from 2027-01-01 --election E-2026-07
expect 0 "GASH's election result: the secondary head" "$PARTNERSHIP" "${C[@]}" \
  board roster fill secondary-head --person "$SEC_HEAD" --from 2027-01-01 --election "$SEC_HEAD_WON"
contains "$ERR" "the shadow board stands down: 2 shadow holding(s) end on 2026-12-31" \
  "the elected board's first member stands the shadow board down"
expect 0 "GASH's election result: the secondary governor" "$PARTNERSHIP" "${C[@]}" \
  board roster fill secondary-governor --person "$SEC_GOV" --from 2027-01-01 --election "$(won secondary-governor "$SEC_GOV")"
expect 0 "GAPH's election result: the primary head" "$PARTNERSHIP" "${C[@]}" \
  board roster fill primary-head --person "$PRI_HEAD" --from 2027-01-01 --election "$(won primary-head "$PRI_HEAD")"
expect 0 "the LA appoints its first representative" "$PARTNERSHIP" "${C[@]}" \
  board roster fill la-representative-1 --person "$OFFICER_1" --from 2027-01-01
expect 0 "the Diocese appoints its representative" "$PARTNERSHIP" "${C[@]}" \
  board roster fill diocesan-representative --person "$DIOCESAN" --from 2027-01-01 \
  --note "Diocese of Gloucester nomination"

# ---- refusals ---------------------------------------------------------------------------------
expect 8 "a secondary governor cannot take the primary governor's seat (exit 8)" "$PARTNERSHIP" "${C[@]}" \
  board roster fill primary-governor --person "$SEC_GOV" --from 2027-02-01 --election E-2026-10
contains "$ERR" "is SECONDARY, but seat primary-governor is for a GOVERNOR of a PRIMARY school" \
  "the refusal names the phase rule"
expect 8 "the head of a school that has not joined is refused (exit 8)" "$PARTNERSHIP" "${C[@]}" \
  board roster fill primary-partnership-chair-1 --person "$OUTSIDER" --from 2027-01-01
contains "$ERR" "is not an active member on 2027-01-01" "the refusal names the membership rule"
expect 8 "a held seat is refused, naming the holder (exit 8)" "$PARTNERSHIP" "${C[@]}" \
  board roster fill la-representative-1 --person "$OFFICER_2" --from 2027-06-01
contains "$ERR" "is already held by" "the refusal names the current holder"
expect 8 "one person cannot hold both LA seats (exit 8)" "$PARTNERSHIP" "${C[@]}" \
  board roster fill la-representative-2 --person "$OFFICER_1" --from 2027-06-01
expect 3 "an elected seat needs the election (exit 3)" "$PARTNERSHIP" "${C[@]}" \
  board roster fill special-head --person "$PRI_HEAD" --from 2027-01-01
contains "$ERR" "election_reference" "the refusal names election_reference"
expect 2 "an impossible date is refused locally (exit 2)" "$PARTNERSHIP" "${C[@]}" \
  board roster fill la-representative-2 --person "$OFFICER_2" --from 2027-02-30
expect 2 "an end before the start is refused locally (exit 2)" "$PARTNERSHIP" "${C[@]}" \
  board roster fill la-representative-2 --person "$OFFICER_2" --from 2027-03-01 --to 2027-02-01
expect 4 "an unknown seat: exit 4" "$PARTNERSHIP" "${C[@]}" \
  board roster fill no-such-seat --person "$OFFICER_2" --from 2027-03-01

# ---- the roster ---------------------------------------------------------------------------------
expect 0 "roster show --on 2027-03-01 --body board" "$PARTNERSHIP" "${C[@]}" \
  board roster show --on 2027-03-01 --body board
cp "$OUT" "$TMP/roster.txt"
contains "$TMP/roster.txt" "secondary-head" "the table lists the secondary head's seat"
contains "$TMP/roster.txt" "(vacant)" "the table shows vacant seats"
contains "$ERR" "on 2027-03-01: 5 filled, 6 vacant" "5 of the board's 11 seats are filled"
expect 0 "roster show --json" "$PARTNERSHIP" "${C[@]}" --json board roster show --on 2027-03-01
python3 - "$OUT" "$SEC_HEAD" "$SEC_HEAD_WON" <<'PY' && pass "the JSON roster has the secondary head, elected by GASH in election $SEC_HEAD_WON" \
  || fail "the JSON roster has the secondary head" "$(head -c 600 "$OUT")"
import json, sys
roster = json.load(open(sys.argv[1]))
entry = [e for e in roster["entries"] if e["seat"]["key"] == "secondary-head"][0]
h = entry["holding"]
assert h["personId"] == sys.argv[2], h
assert h["basis"] == "HOLDING_BASIS_ELECTED" and h["appointedBy"] == "SEAT_SELECTOR_GASH", h
assert h["electionReference"] == sys.argv[3] and h["toDate"] == "2029-12-31", h
assert roster["filled"] == 5 and len(roster["entries"]) == 34, roster["filled"]
PY
expect 0 "roster show: the shadow board has gone by 2027" "$PARTNERSHIP" "${C[@]}" \
  board roster show --on 2027-03-01 --body shadow-board
contains "$ERR" "0 filled, 11 vacant" "no shadow holder remains in 2027"

run "$PARTNERSHIP" "${C[@]}" --json board roster history --seat secondary-governor
GOV_HOLDING=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["holdings"][0]["id"])' "$OUT")
expect 0 "the secondary governor resigns" "$PARTNERSHIP" "${C[@]}" \
  board roster end "$GOV_HOLDING" --last-day 2027-07-31 --reason "resigned: moved out of county"
contains "$OUT" "Term would have ended: 2029-12-31" "the early end keeps the full term"
expect 0 "roster history --seat secondary-governor" "$PARTNERSHIP" "${C[@]}" \
  board roster history --seat secondary-governor
contains "$OUT" "resigned: moved out of county" "the history keeps the resignation"
expect 0 "roster history --person (the secondary head)" "$PARTNERSHIP" "${C[@]}" \
  board roster history --person "$SEC_HEAD"
contains "$ERR" "2 holdings" "the secondary head's history shows the shadow and the elected seat"
expect 0 "the vacated seat is filled by a by-election" "$PARTNERSHIP" "${C[@]}" \
  board roster fill secondary-governor --person "$SEC_GOV" --from 2027-08-01 --election "$(won secondary-governor "$SEC_GOV")"
expect 0 "board committees" "$PARTNERSHIP" "${C[@]}" board committees --on 2027-03-01
contains "$OUT" "primary-sub-committee" "committees lists the primary sub-committee"

# ---- who may read and change ----------------------------------------------------------------------
run "$PARTNERSHIP" "${C[@]}" admin token create --role board-member --label "e2e board member" \
  --out "$TMP/member.token"
expect 0 "a board member reads the roster" "$PARTNERSHIP" --token-file "$TMP/member.token" \
  board roster show --on 2027-03-01
expect 6 "a board member cannot fill a seat (exit 6)" "$PARTNERSHIP" \
  --token-file "$TMP/member.token" board roster fill la-representative-2 --person "$OFFICER_2" \
  --from 2027-03-01
expect 0 "every change is in the audit trail" "$PARTNERSHIP" "${C[@]}" audit verify

finish
