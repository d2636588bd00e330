#!/usr/bin/env bash
# End-to-end test of peer-review cycles: partnershipd and the partnership CLI, run as the
# coordinator would run them on the demo county.
#
#   tests/e2e/reviews_e2e_test.sh PARTNERSHIPD PARTNERSHIP
#
# Creates a cycle, changes its rules and weights, checks the refusals, schedules it on the
# server, solves the exported problem offline (the same schedule), confirms it, and checks
# that the next cycle's problem carries each school's balance from the ledger. Prints one
# "ok - ..." / "not ok - ..." line per check and a final "N passed, M failed" line; exits
# non-zero if any check failed. Needs bash, coreutils and python3 (reading JSON).
set -euo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/e2e_harness.sh" "$@"

# json FILE EXPRESSION: prints a Python expression over the JSON document `d` in FILE.
json() {
  python3 -c 'import json, sys; d = json.load(open(sys.argv[1])); print(eval(sys.argv[2]))' "$1" "$2"
}
# check WHAT WANT GOT: one check that two values are equal.
check() {
  if [[ "$2" == "$3" ]]; then pass "$1"; else fail "$1" "expected \"$2\", got \"$3\""; fi
}

start_server "reviews"
P="$PARTNERSHIP"
C=(--token-file "$DB.coordinator-token")
expect 0 "demo seed" "$P" "${C[@]}" demo seed

# ---- a cycle's rules and weights ------------------------------------------------------------
expect 0 "cycle create with the default rules" \
  "$P" "${C[@]}" reviews cycle create --cycle 2026-27 --dates 2027-05-04,2027-05-05,2027-05-06,2027-05-11
run "$P" "${C[@]}" --json reviews cycle show --cycle 2026-27
cp "$OUT" "$TMP/cycle.json"
check "a new cycle puts the days first (fairness 500 a day)" "500" \
  "$(json "$TMP/cycle.json" 'd["weights"]["fairnessPerDay"]')"
check "a new cycle keeps to its groups" "False" "$(json "$TMP/cycle.json" 'd["policy"]["crossGroup"]')"

expect 0 "cycle update: cross-group reviewers within 60 km" \
  "$P" "${C[@]}" reviews cycle update --cycle 2026-27 --cross-group --max-travel-km 60
expect 0 "cycle update: back to closed groups, same trust allowed, focus 30" \
  "$P" "${C[@]}" reviews cycle update --cycle 2026-27 --no-cross-group --allow-same-trust --focus-match 30
run "$P" "${C[@]}" --json reviews cycle show --cycle 2026-27
cp "$OUT" "$TMP/cycle.json"
check "update changed what was given" "False 60 False 30" \
  "$(json "$TMP/cycle.json" '" ".join(str(x) for x in (d["policy"]["crossGroup"], d["policy"]["maxTravelKm"], d["policy"]["avoidSameTrust"], d["weights"]["focusMatch"]))')"
check "update kept what was not given" "3 1 500 3" \
  "$(json "$TMP/cycle.json" '" ".join(str(x) for x in (d["policy"]["teamSize"], d["policy"]["minHeadsPerTeam"], d["weights"]["fairnessPerDay"], d["policy"]["repeatWindowCycles"]))')"
run "$P" "${C[@]}" reviews cycle show --cycle 2026-27
if grep -qF "longest journey     60 km" "$OUT" && grep -qF "fairness 500 per day" "$OUT"; then
  pass "cycle show prints the rules and weights for a person"
else
  fail "cycle show prints the rules and weights for a person" "$(head -c 600 "$OUT")"
fi

expect 2 "update with nothing to change is a usage error" \
  "$P" "${C[@]}" reviews cycle update --cycle 2026-27
expect 2 "a negative weight is refused before any call" \
  "$P" "${C[@]}" reviews cycle update --cycle 2026-27 --travel-per-km -1
expect 3 "a team of 9 is refused by the server" \
  "$P" "${C[@]}" reviews cycle update --cycle 2026-27 --team-size 9
if grep -qF "policy.team_size" "$ERR"; then pass "the refusal names policy.team_size"; else
  fail "the refusal names policy.team_size" "$(cat "$ERR")"; fi
expect 4 "update of a cycle that does not exist" \
  "$P" "${C[@]}" reviews cycle update --cycle 2031-32 --team-size 3
run "$P" "${C[@]}" --json membership register --year 2026-27
SCHOOL=$(json "$OUT" '[e["schoolUrn"] for e in d["entries"] if e["status"] == "MEMBERSHIP_STATUS_ACTIVE"][0]')
"$P" "${C[@]}" admin token create --role school --school "$SCHOOL" --label "e2e school" \
  --out "$TMP/school-token" >/dev/null 2>&1
expect 6 "a school cannot change a cycle's rules" \
  "$P" --token-file "$TMP/school-token" reviews cycle update --cycle 2026-27 --team-size 4
run "$P" "${C[@]}" --json reviews cycle show --cycle 2026-27
check "refused updates changed nothing" "3 30" \
  "$(json "$OUT" '" ".join(str(x) for x in (d["policy"]["teamSize"], d["weights"]["focusMatch"]))')"

# ---- schedule on the server, the same offline ------------------------------------------------
expect 0 "schedule the cycle on the server" "$P" "${C[@]}" reviews schedule --cycle 2026-27
expect 0 "export the problem" "$P" "${C[@]}" reviews export-problem --cycle 2026-27 --out "$TMP/problem.json"
check "the exported problem carries the cycle's weights" "500 30" \
  "$(json "$TMP/problem.json" '" ".join(str(x) for x in (d["weights"]["fairnessPerDay"], d["weights"]["focusMatch"]))')"
expect 0 "solve it offline" "$P" schedule --problem "$TMP/problem.json" --out "$TMP/offline.json"
expect 0 "export the server's draft" \
  "$P" "${C[@]}" reviews export-schedule --cycle 2026-27 --out "$TMP/server.json"
if cmp -s <(grep -v solveSeconds "$TMP/offline.json") <(grep -v solveSeconds "$TMP/server.json"); then
  pass "offline and server schedules are identical"
else
  fail "offline and server schedules are identical" "$(diff <(grep -v solveSeconds "$TMP/offline.json") <(grep -v solveSeconds "$TMP/server.json") | head -5)"
fi

# ---- a leader drops out: repair the draft offline ---------------------------------------------
LEADER=$(json "$TMP/server.json" 'd["reviews"][3]["team"][1]["leader"]')
expect 0 "repair the schedule after leader $LEADER withdraws" \
  "$P" schedule --problem "$TMP/problem.json" --previous "$TMP/server.json" --withdraw "$LEADER" \
  --out "$TMP/repaired.json"
if grep -qF "$LEADER leaves the team" "$OUT"; then pass "the changes name the leader who left"; else
  fail "the changes name the leader who left" "$(head -c 600 "$OUT")"; fi
check "the repaired schedule reviews as many schools" \
  "$(json "$TMP/server.json" 'len(d["reviews"])')" "$(json "$TMP/repaired.json" 'len(d["reviews"])')"
check "the withdrawn leader is on no team" "False" \
  "$(json "$TMP/repaired.json" "any(m['leader'] == '$LEADER' for r in d['reviews'] for m in r['team'])")"
check "most reviews are untouched" "True" \
  "$(python3 - "$TMP/server.json" "$TMP/repaired.json" <<'PY'
import json, sys
key = lambda r: (r["reviewee"], r["date"], tuple(sorted(m["leader"] for m in r["team"])))
a = {key(r) for r in json.load(open(sys.argv[1]))["reviews"]}
b = {key(r) for r in json.load(open(sys.argv[2]))["reviews"]}
print(len(a & b) >= len(a) - 20)
PY
)"
expect 2 "repair with an unknown leader is refused" \
  "$P" schedule --problem "$TMP/problem.json" --previous "$TMP/server.json" --withdraw 99999999 \
  --out "$TMP/never.json"
expect 2 "repair of a file that is not a schedule of the problem is refused" \
  "$P" schedule --problem "$TMP/problem.json" --previous "$TMP/problem.json" --withdraw "$LEADER" \
  --out "$TMP/never.json"
if [[ ! -e "$TMP/never.json" ]]; then pass "refused repairs write nothing"; else
  fail "refused repairs write nothing"; fi
run "$P" "${C[@]}" --json reviews show --cycle 2026-27
check "the server's draft had the leader who withdrew" "True" \
  "$(json "$OUT" "any(m['leaderId'] == '$LEADER' for r in d['reviews'] for m in r['team'])")"
expect 0 "import the repaired schedule as the cycle's draft" \
  "$P" "${C[@]}" reviews import-schedule --cycle 2026-27 "$TMP/repaired.json"
run "$P" "${C[@]}" --json reviews show --cycle 2026-27
check "the draft no longer has the leader who withdrew" "False" \
  "$(json "$OUT" "any(m['leaderId'] == '$LEADER' for r in d['reviews'] for m in r['team'])")"

# ---- another leader drops out: repair the draft on the server --------------------------------
run "$P" "${C[@]}" --json reviews show --cycle 2026-27
LEADER2=$(json "$OUT" 'd["reviews"][10]["team"][2]["leaderId"]')
expect 0 "reviews repair on the server after leader $LEADER2 withdraws" \
  "$P" "${C[@]}" reviews repair --cycle 2026-27 --withdraw "$LEADER2"
# Four tight days: the damaged review is re-staffed, moved, or (if nobody can go) dropped.
if grep -qE "^[0-9]+: " "$OUT"; then pass "the server names the changes, school by school"; else
  fail "the server names the changes, school by school" "$(head -c 600 "$OUT")"; fi
run "$P" "${C[@]}" --json reviews show --cycle 2026-27
check "the server's draft no longer has leader $LEADER2" "False" \
  "$(json "$OUT" "any(m['leaderId'] == '$LEADER2' for r in d['reviews'] for m in r['team'])")"
check "nor the leader repaired away before" "False" \
  "$(json "$OUT" "any(m['leaderId'] == '$LEADER' for r in d['reviews'] for m in r['team'])")"
run "$P" "${C[@]}" --json people get "$LEADER2"
check "the register has leader $LEADER2 away on every date of the cycle" "True" \
  "$(json "$OUT" "set(['2027-05-04', '2027-05-05', '2027-05-06', '2027-05-11']) <= set(d.get('unavailableDates', []))")"
expect 4 "repair without a leader who takes part" \
  "$P" "${C[@]}" reviews repair --cycle 2026-27 --withdraw 99999999
expect 6 "a school cannot repair the draft" \
  "$P" --token-file "$TMP/school-token" reviews repair --cycle 2026-27 --withdraw "$LEADER2"

# ---- confirm, then the ledger carries into the next cycle ------------------------------------
expect 0 "confirm the draft" "$P" "${C[@]}" reviews confirm --cycle 2026-27
expect 8 "a confirmed cycle's rules cannot change" \
  "$P" "${C[@]}" reviews cycle update --cycle 2026-27 --team-size 4
expect 8 "a confirmed schedule cannot be repaired" \
  "$P" "${C[@]}" reviews repair --cycle 2026-27 --withdraw "$LEADER2"
run "$P" "${C[@]}" --json reviews ledger
cp "$OUT" "$TMP/ledger.json"
check "every ledger row names its school" "True" \
  "$(json "$TMP/ledger.json" 'all(e.get("schoolName") for e in d["entries"])')"
check "every ledger row is balance 0 + days given - 1.5" "True" \
  "$(json "$TMP/ledger.json" 'all(abs(e.get("headDaysBalance", 0) - (e.get("headDaysGiven", 0) - 1.5)) < 1e-9 and abs(e.get("deputyDaysBalance", 0) - (e.get("deputyDaysGiven", 0) - 1.5)) < 1e-9 for e in d["entries"])')"
# The schools renew for 2027-28, as members do each year.
run "$P" "${C[@]}" --json membership list --year 2026-27 --status active
RENEWED=0
for id in $(json "$OUT" '" ".join(str(a["id"]) for a in d.get("agreements", []))'); do
  if "$P" "${C[@]}" membership renew "$id" --on 2027-06-01 >/dev/null 2>&1; then
    RENEWED=$((RENEWED + 1))
  fi
done
if [[ $RENEWED -gt 200 ]]; then pass "$RENEWED schools renewed for 2027-28"; else
  fail "schools renewed for 2027-28" "only $RENEWED"; fi
expect 0 "create the next cycle" \
  "$P" "${C[@]}" reviews cycle create --cycle 2027-28 --dates 2028-05-09,2028-05-10,2028-05-11,2028-05-16
expect 0 "export its problem" "$P" "${C[@]}" reviews export-problem --cycle 2027-28 --out "$TMP/next.json"
check "the next problem starts each school from its ledger balance" "True" \
  "$(python3 - "$TMP/ledger.json" "$TMP/next.json" <<'PY'
import json, sys
ledger = {e["schoolUrn"]: e for e in json.load(open(sys.argv[1]))["entries"]}
schools = json.load(open(sys.argv[2]))["schools"]
ok = bool(schools) and all(
    abs(s.get("headDaysBalance", 0) - ledger[s["id"]].get("headDaysBalance", 0)) < 1e-9 and
    abs(s.get("deputyDaysBalance", 0) - ledger[s["id"]].get("deputyDaysBalance", 0)) < 1e-9
    for s in schools if s["id"] in ledger)
print(ok and sum(s["id"] in ledger for s in schools) > 200)
PY
)"
check "the next problem's history holds the confirmed reviews" "True" \
  "$(json "$TMP/next.json" 'len([h for h in d.get("history", []) if h.get("cyclesAgo") == 1]) >= 3 * 200')"

finish
