#include "client/meeting_arguments.h"

#include <cmath>
#include <cstdio>
#include <numeric>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "client/arguments.h"
#include "client/enum_spelling.h"
#include "client/exit_codes.h"
#include "common/status_macros.h"

namespace partnership::cli {

absl::StatusOr<v1::Fraction> ParseFraction(absl::string_view flag, absl::string_view text) {
  const absl::string_view t = absl::StripAsciiWhitespace(text);
  int numerator = 0, denominator = 0;
  bool ok = false;
  if (absl::EndsWith(t, "%")) {
    ok = absl::SimpleAtoi(t.substr(0, t.size() - 1), &numerator);
    denominator = 100;
  } else {
    std::vector<std::string> parts = absl::StrSplit(t, '/');
    ok = parts.size() == 2 && absl::SimpleAtoi(parts[0], &numerator) &&
         absl::SimpleAtoi(parts[1], &denominator);
  }
  if (!ok || denominator <= 0 || numerator <= 0 || numerator > denominator) {
    return UsageError(absl::StrCat(flag, ": \"", text,
                                   "\" is not a share such as 3/4, 2/3 or 75% (more than 0, at "
                                   "most 1)"));
  }
  const int g = std::gcd(numerator, denominator);
  v1::Fraction f;
  f.set_numerator(numerator / g);
  f.set_denominator(denominator / g);
  return f;
}

absl::Status ParseQuorum(absl::string_view flag, absl::string_view text, v1::Meeting* meeting) {
  const absl::string_view t = absl::StripAsciiWhitespace(text);
  if (!t.empty() && t.find_first_not_of("0123456789") == absl::string_view::npos) {
    ASSIGN_OR_RETURN(int32_t schools, ParsePositiveInt(flag, t));
    meeting->set_quorum_schools(schools);
    return absl::OkStatus();
  }
  auto fraction = ParseFraction(flag, t);
  if (!fraction.ok()) {
    return UsageError(absl::StrCat(flag, ": \"", text,
                                   "\" is neither a number of member schools (e.g. 40) nor a "
                                   "share of the members (e.g. 1/4 or 25%)"));
  }
  *meeting->mutable_quorum_fraction() = *fraction;
  return absl::OkStatus();
}

absl::StatusOr<v1::MeetingKind> ParseMeetingKind(absl::string_view flag, absl::string_view t) {
  return ParseEnumSpelling<v1::MeetingKind>(flag, t, "MEETING_KIND_", v1::MeetingKind_Parse,
                                            "agm or general");
}
absl::StatusOr<v1::MeetingStatus> ParseMeetingStatus(absl::string_view flag, absl::string_view t) {
  return ParseEnumSpelling<v1::MeetingStatus>(flag, t, "MEETING_STATUS_", v1::MeetingStatus_Parse,
                                              "scheduled, open or closed");
}
absl::StatusOr<v1::MotionKind> ParseMotionKind(absl::string_view flag, absl::string_view t) {
  return ParseEnumSpelling<v1::MotionKind>(flag, t, "MOTION_KIND_", v1::MotionKind_Parse,
                                           "ordinary or special");
}
absl::StatusOr<v1::Ballot> ParseBallot(absl::string_view flag, absl::string_view t) {
  return ParseEnumSpelling<v1::Ballot>(flag, t, "BALLOT_", v1::Ballot_Parse, "recorded or secret");
}
absl::StatusOr<v1::VoteChoice> ParseVoteChoice(absl::string_view flag, absl::string_view t) {
  return ParseEnumSpelling<v1::VoteChoice>(flag, t, "VOTE_CHOICE_", v1::VoteChoice_Parse,
                                           "for, against or abstain");
}
absl::StatusOr<v1::ProxyKind> ParseProxyKind(absl::string_view flag, absl::string_view t) {
  return ParseEnumSpelling<v1::ProxyKind>(flag, t, "PROXY_KIND_", v1::ProxyKind_Parse,
                                          "directed or discretionary");
}

absl::StatusOr<v1::ProxyDirection> ParseDirection(absl::string_view flag,
                                                  absl::string_view text) {
  std::vector<std::string> parts = absl::StrSplit(text, absl::MaxSplits('=', 1));
  if (parts.size() != 2) {
    return UsageError(absl::StrCat(flag, ": \"", text,
                                   "\" is not MOTION=CHOICE (e.g. 12=for)"));
  }
  ASSIGN_OR_RETURN(int32_t motion, ParsePositiveInt(flag, parts[0]));
  ASSIGN_OR_RETURN(v1::VoteChoice choice, ParseVoteChoice(flag, parts[1]));
  v1::ProxyDirection d;
  d.set_motion_id(absl::StrCat(motion));
  d.set_choice(choice);
  return d;
}

#define PARTNERSHIP_NAME(Enum, prefix)                                 \
  std::string Name(v1::Enum v) {                                       \
    if (static_cast<int>(v) == 0 || !v1::Enum##_IsValid(v)) return ""; \
    return EnumSpelling(v1::Enum##_Name(v), prefix);                   \
  }
PARTNERSHIP_NAME(MeetingKind, "MEETING_KIND_")
PARTNERSHIP_NAME(MeetingStatus, "MEETING_STATUS_")
PARTNERSHIP_NAME(MotionKind, "MOTION_KIND_")
PARTNERSHIP_NAME(Ballot, "BALLOT_")
PARTNERSHIP_NAME(MotionStatus, "MOTION_STATUS_")
PARTNERSHIP_NAME(VoteChoice, "VOTE_CHOICE_")
PARTNERSHIP_NAME(Outcome, "OUTCOME_")
PARTNERSHIP_NAME(ProxyKind, "PROXY_KIND_")
#undef PARTNERSHIP_NAME

std::string FractionText(const v1::Fraction& f) {
  if (f.denominator() <= 0) return "";
  const double percent = 100.0 * f.numerator() / f.denominator();
  const double whole = std::round(percent);
  char share[32];
  if (std::abs(percent - whole) < 1e-9) {
    std::snprintf(share, sizeof share, "%d%%", static_cast<int>(whole));
  } else {
    std::snprintf(share, sizeof share, "%.1f%%", percent);
  }
  return absl::StrCat(f.numerator(), "/", f.denominator(), " (", share, ")");
}

}  // namespace partnership::cli
