// The rules that decide a motion: the quorum a meeting needs, whether an ordinary or a
// special resolution is carried, and how abstentions count. Pure functions: no storage, no
// clock, so every rule is tested on its own (motion_result_test.cc).
#ifndef PARTNERSHIP_MEETINGS_MOTION_RESULT_H_
#define PARTNERSHIP_MEETINGS_MOTION_RESULT_H_

#include <set>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"
#include "meetings/meeting.h"

namespace partnership::meetings {

// The number of member schools that must be present or represented by proxy: `quorum.schools`
// when set, else the share `quorum.fraction` of `voting_members` rounded up (and at least 1).
int QuorumRequired(const Quorum& quorum, int voting_members);

// Who counts towards the quorum: the `members` (active on the meeting date) registered
// `present`, plus each absent member whose proxy is held by the chair (who is always there)
// or by a school that is present. A school counts once, however it is there; schools that are
// not members count for nothing.
AttendanceCount CountAttendance(const std::set<std::string>& members,
                                const std::vector<std::string>& present,
                                const std::vector<Proxy>& proxies, const Quorum& quorum);

// True if `proxy` is exercised: held by the chair, or by a school in `present`.
bool ProxyHolderPresent(const Proxy& proxy, const std::set<std::string>& present);

// INVALID_ARGUMENT naming `field` unless exactly one of a positive number of schools (at
// most 100000) or a share 0 < n/d <= 1 (d at most 1000) is given.
absl::Status CheckQuorum(const Quorum& quorum, absl::string_view field);

// INVALID_ARGUMENT naming `field` unless 1/2 < n/d <= 1 (d at most 1000): a special resolution
// needs more than a simple majority.
absl::Status CheckSpecialThreshold(const Fraction& threshold, absl::string_view field);

// The votes for needed to carry a special resolution with `votes_cast` votes cast: the
// threshold share of them, rounded up (0 when none were cast).
int VotesForNeeded(const Fraction& threshold, int votes_cast);

// How abstentions are treated, in one sentence, for results and minutes: they are recorded
// and shown, but are not votes cast, so they count neither for nor against.
std::string AbstentionRule();

// The rule of a motion of `kind`, in words: "Ordinary resolution: carried if more votes are
// cast for than against." / "Special resolution: carried if at least 3/4 (75%) of the votes
// cast are for."
std::string MotionRule(MotionKind kind, const Fraction& threshold);

// Decides a motion from its totals and the attendance when it closed.
//   NOT_QUORATE when fewer schools were present or represented by proxy than the quorum needs
//     (whatever the votes);
//   ORDINARY: PASSED if votes for > votes against (a tie, or no votes, fails);
//   SPECIAL: PASSED if at least one vote was cast and votes for >= the threshold share of the
//     votes cast (for / (for + against) >= n/d, exactly, in whole numbers);
//   abstentions never change the outcome.
// The explanation states the rule, the numbers and the outcome in words.
MotionResult Decide(MotionKind kind, const Fraction& threshold, int votes_for,
                    int votes_against, int abstentions, const AttendanceCount& attendance);

}  // namespace partnership::meetings

#endif  // PARTNERSHIP_MEETINGS_MOTION_RESULT_H_
