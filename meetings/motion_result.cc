#include "meetings/motion_result.h"

#include <cstdint>

#include "absl/strings/str_cat.h"

namespace partnership::meetings {
namespace {

constexpr int kMaxDenominator = 1000;
constexpr int kMaxQuorumSchools = 100000;

std::string Plural(int n, absl::string_view one, absl::string_view many) {
  return absl::StrCat(n, " ", n == 1 ? one : many);
}

}  // namespace

int QuorumRequired(const Quorum& quorum, int voting_members) {
  if (quorum.schools > 0) return quorum.schools;
  if (quorum.fraction.denominator <= 0) return 1;
  const int64_t n = static_cast<int64_t>(quorum.fraction.numerator) * voting_members;
  const int64_t d = quorum.fraction.denominator;
  const int64_t needed = (n + d - 1) / d;
  return needed < 1 ? 1 : static_cast<int>(needed);
}

bool ProxyHolderPresent(const Proxy& proxy, const std::set<std::string>& present) {
  return proxy.held_by_chair() || present.count(proxy.holder_urn) > 0;
}

AttendanceCount CountAttendance(const std::set<std::string>& members,
                                const std::vector<std::string>& present,
                                const std::vector<Proxy>& proxies, const Quorum& quorum) {
  AttendanceCount count;
  count.voting_members = static_cast<int>(members.size());
  std::set<std::string> here;
  for (const std::string& urn : present) {
    if (members.count(urn) > 0) here.insert(urn);
  }
  count.present = static_cast<int>(here.size());
  std::set<std::string> represented;
  for (const Proxy& p : proxies) {
    if (members.count(p.school_urn) == 0 || here.count(p.school_urn) > 0) continue;
    if (ProxyHolderPresent(p, here)) represented.insert(p.school_urn);
  }
  count.by_proxy = static_cast<int>(represented.size());
  count.quorum_required = QuorumRequired(quorum, count.voting_members);
  return count;
}

absl::Status CheckQuorum(const Quorum& quorum, absl::string_view field) {
  const bool has_schools = quorum.schools != 0;
  const bool has_fraction = quorum.fraction.numerator != 0 || quorum.fraction.denominator != 0;
  if (has_schools == has_fraction) {
    return absl::InvalidArgumentError(absl::StrCat(
        field, ": give either a number of member schools or a share of the members, not ",
        has_schools ? "both" : "neither"));
  }
  if (has_schools) {
    if (quorum.schools < 0 || quorum.schools > kMaxQuorumSchools) {
      return absl::InvalidArgumentError(absl::StrCat(
          field, ": ", quorum.schools, " is not a number of schools (1 to ", kMaxQuorumSchools,
          ")"));
    }
    return absl::OkStatus();
  }
  const Fraction& f = quorum.fraction;
  if (f.denominator <= 0 || f.denominator > kMaxDenominator || f.numerator <= 0 ||
      f.numerator > f.denominator) {
    return absl::InvalidArgumentError(absl::StrCat(
        field, ": ", f.numerator, "/", f.denominator,
        " is not a share of the members (more than 0, at most 1, denominator at most ",
        kMaxDenominator, ")"));
  }
  return absl::OkStatus();
}

absl::Status CheckSpecialThreshold(const Fraction& f, absl::string_view field) {
  if (f.denominator <= 0 || f.denominator > kMaxDenominator || f.numerator <= 0 ||
      f.numerator > f.denominator || 2 * f.numerator <= f.denominator) {
    return absl::InvalidArgumentError(absl::StrCat(
        field, ": ", f.numerator, "/", f.denominator,
        " is not a special-resolution threshold (more than 1/2, at most 1, denominator at "
        "most ",
        kMaxDenominator, ")"));
  }
  return absl::OkStatus();
}

int VotesForNeeded(const Fraction& threshold, int votes_cast) {
  if (votes_cast <= 0 || threshold.denominator <= 0) return 0;
  const int64_t n = static_cast<int64_t>(threshold.numerator) * votes_cast;
  return static_cast<int>((n + threshold.denominator - 1) / threshold.denominator);
}

std::string AbstentionRule() {
  return "Abstentions are recorded and shown but are not votes cast: they count neither for "
         "nor against the motion.";
}

std::string MotionRule(MotionKind kind, const Fraction& threshold) {
  if (kind == MotionKind::kSpecial) {
    return absl::StrCat("Special resolution: carried if at least ", DescribeFraction(threshold),
                        " of the votes cast are for.");
  }
  return "Ordinary resolution: carried if more votes are cast for than against.";
}

MotionResult Decide(MotionKind kind, const Fraction& threshold, int votes_for,
                    int votes_against, int abstentions, const AttendanceCount& attendance) {
  MotionResult r;
  r.votes_for = votes_for;
  r.votes_against = votes_against;
  r.abstentions = abstentions;
  r.attendance = attendance;
  const int cast = r.votes_cast();
  const std::string tally =
      absl::StrCat(votes_for, " for, ", votes_against, " against (",
                   Plural(cast, "vote", "votes"), " cast), ",
                   Plural(abstentions, "abstention", "abstentions"));
  if (!attendance.quorate()) {
    r.outcome = Outcome::kNotQuorate;
    r.explanation = absl::StrCat(
        "Not quorate: ", Plural(attendance.total(), "member school", "member schools"),
        " present or represented by proxy (", attendance.present, " present, ",
        attendance.by_proxy, " by proxy), ", attendance.quorum_required,
        " required; the motion was not decided. Votes recorded: ", tally, ".");
    return r;
  }
  bool carried = false;
  std::string why;
  if (kind == MotionKind::kSpecial) {
    const int needed = VotesForNeeded(threshold, cast);
    carried = cast > 0 && votes_for >= needed;
    why = cast == 0 ? std::string("no votes were cast")
                    : absl::StrCat(votes_for, " for of ", cast, " cast, at least ", needed,
                                   " needed");
  } else {
    carried = votes_for > votes_against;
    why = cast == 0 ? std::string("no votes were cast")
          : votes_for == votes_against
              ? std::string("votes for and against are equal")
              : absl::StrCat(votes_for, votes_for > votes_against ? " for to " : " for, fewer than ",
                             votes_against, " against");
  }
  r.outcome = carried ? Outcome::kPassed : Outcome::kFailed;
  r.explanation = absl::StrCat(MotionRule(kind, threshold), " ", tally, ": ", why, ", so the "
                               "motion is ", carried ? "carried" : "not carried", ". ",
                               AbstentionRule());
  return r;
}

}  // namespace partnership::meetings
