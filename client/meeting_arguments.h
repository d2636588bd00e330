// Checks and converts what the user typed for `partnership meetings ...`, before any call is
// made. Every error is a UsageError (exit code 2) naming the flag as typed.
#ifndef PARTNERSHIP_CLIENT_MEETING_ARGUMENTS_H_
#define PARTNERSHIP_CLIENT_MEETING_ARGUMENTS_H_

#include <string>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "partnership/v1/meetings.pb.h"

namespace partnership::cli {

// A share written "3/4", "2/3" or "75%" (reduced: "75%" is 3/4). Must be more than 0 and at
// most 1.
absl::StatusOr<v1::Fraction> ParseFraction(absl::string_view flag, absl::string_view text);

// A quorum: a whole number of member schools ("40"), or a share of the members ("1/4",
// "25%"). Sets exactly one of the meeting's quorum_schools and quorum_fraction.
absl::Status ParseQuorum(absl::string_view flag, absl::string_view text, v1::Meeting* meeting);

// Names as typed, case-insensitive, '-' or '_': agm, general; scheduled, open, closed;
// ordinary, special; recorded, secret; for, against, abstain; directed, discretionary.
absl::StatusOr<v1::MeetingKind> ParseMeetingKind(absl::string_view flag, absl::string_view text);
absl::StatusOr<v1::MeetingStatus> ParseMeetingStatus(absl::string_view flag,
                                                     absl::string_view text);
absl::StatusOr<v1::MotionKind> ParseMotionKind(absl::string_view flag, absl::string_view text);
absl::StatusOr<v1::Ballot> ParseBallot(absl::string_view flag, absl::string_view text);
absl::StatusOr<v1::VoteChoice> ParseVoteChoice(absl::string_view flag, absl::string_view text);
absl::StatusOr<v1::ProxyKind> ParseProxyKind(absl::string_view flag, absl::string_view text);

// A proxy direction "MOTION=CHOICE", e.g. "12=for".
absl::StatusOr<v1::ProxyDirection> ParseDirection(absl::string_view flag,
                                                  absl::string_view text);

// The command-line spelling of each value ("not-quorate"); "" for UNSPECIFIED.
std::string Name(v1::MeetingKind v);
std::string Name(v1::MeetingStatus v);
std::string Name(v1::MotionKind v);
std::string Name(v1::Ballot v);
std::string Name(v1::MotionStatus v);
std::string Name(v1::VoteChoice v);
std::string Name(v1::Outcome v);
std::string Name(v1::ProxyKind v);

// "3/4 (75%)"; "" when unset.
std::string FractionText(const v1::Fraction& f);

}  // namespace partnership::cli

#endif  // PARTNERSHIP_CLIENT_MEETING_ARGUMENTS_H_
