#include "meetings/meeting.h"

#include <cmath>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"

namespace partnership::meetings {
namespace {

// Looks `name` up in `names`, whose index is the enum's number; 0 (unspecified) never matches.
template <typename Enum, size_t N>
std::optional<Enum> FromName(const absl::string_view (&names)[N], absl::string_view name) {
  for (size_t i = 1; i < N; ++i) {
    if (names[i] == name) return static_cast<Enum>(i);
  }
  return std::nullopt;
}

template <typename Enum, size_t N>
absl::string_view ToName(const absl::string_view (&names)[N], Enum v) {
  const size_t i = static_cast<size_t>(v);
  return i < N ? names[i] : "";
}

constexpr absl::string_view kMeetingKinds[] = {"", "AGM", "GENERAL"};
constexpr absl::string_view kMeetingStatuses[] = {"", "SCHEDULED", "OPEN", "CLOSED"};
constexpr absl::string_view kMotionKinds[] = {"", "ORDINARY", "SPECIAL"};
constexpr absl::string_view kBallots[] = {"", "RECORDED", "SECRET"};
constexpr absl::string_view kMotionStatuses[] = {"", "DRAFT", "OPEN", "CLOSED"};
constexpr absl::string_view kChoices[] = {"", "FOR", "AGAINST", "ABSTAIN"};
constexpr absl::string_view kOutcomes[] = {"", "PASSED", "FAILED", "NOT_QUORATE"};
constexpr absl::string_view kProxyKinds[] = {"", "DIRECTED", "DISCRETIONARY"};

}  // namespace

absl::string_view MeetingKindName(MeetingKind v) { return ToName(kMeetingKinds, v); }
absl::string_view MeetingStatusName(MeetingStatus v) { return ToName(kMeetingStatuses, v); }
absl::string_view MotionKindName(MotionKind v) { return ToName(kMotionKinds, v); }
absl::string_view BallotName(Ballot v) { return ToName(kBallots, v); }
absl::string_view MotionStatusName(MotionStatus v) { return ToName(kMotionStatuses, v); }
absl::string_view VoteChoiceName(VoteChoice v) { return ToName(kChoices, v); }
absl::string_view OutcomeName(Outcome v) { return ToName(kOutcomes, v); }
absl::string_view ProxyKindName(ProxyKind v) { return ToName(kProxyKinds, v); }

std::optional<MeetingKind> MeetingKindFromName(absl::string_view n) {
  return FromName<MeetingKind>(kMeetingKinds, n);
}
std::optional<MeetingStatus> MeetingStatusFromName(absl::string_view n) {
  return FromName<MeetingStatus>(kMeetingStatuses, n);
}
std::optional<MotionKind> MotionKindFromName(absl::string_view n) {
  return FromName<MotionKind>(kMotionKinds, n);
}
std::optional<Ballot> BallotFromName(absl::string_view n) { return FromName<Ballot>(kBallots, n); }
std::optional<MotionStatus> MotionStatusFromName(absl::string_view n) {
  return FromName<MotionStatus>(kMotionStatuses, n);
}
std::optional<VoteChoice> VoteChoiceFromName(absl::string_view n) {
  return FromName<VoteChoice>(kChoices, n);
}
std::optional<Outcome> OutcomeFromName(absl::string_view n) {
  return FromName<Outcome>(kOutcomes, n);
}
std::optional<ProxyKind> ProxyKindFromName(absl::string_view n) {
  return FromName<ProxyKind>(kProxyKinds, n);
}

std::string DescribeFraction(const Fraction& f) {
  if (f.denominator <= 0) return "";
  const double percent = 100.0 * f.numerator / f.denominator;
  const double whole = std::round(percent);
  return std::abs(percent - whole) < 1e-9
             ? absl::StrFormat("%d/%d (%d%%)", f.numerator, f.denominator, static_cast<int>(whole))
             : absl::StrFormat("%d/%d (%.1f%%)", f.numerator, f.denominator, percent);
}

}  // namespace partnership::meetings
