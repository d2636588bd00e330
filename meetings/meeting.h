// General meetings of the partnership (the AGM and any other general meeting), their motions,
// the proxies member schools appoint and the votes that decide the motions. The types only;
// meetings.h, motions.h, proxies.h, voting.h and minutes.h hold the rules.
#ifndef PARTNERSHIP_MEETINGS_MEETING_H_
#define PARTNERSHIP_MEETINGS_MEETING_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"

namespace partnership::meetings {

// Numbered as partnership.v1.MeetingKind.
enum class MeetingKind { kUnspecified = 0, kAgm, kGeneral };
// Numbered as partnership.v1.MeetingStatus. SCHEDULED -> OPEN -> CLOSED, never back.
enum class MeetingStatus { kUnspecified = 0, kScheduled, kOpen, kClosed };
// Numbered as partnership.v1.MotionKind.
enum class MotionKind {
  kUnspecified = 0,
  kOrdinary,  // passes with more votes for than against
  kSpecial,   // passes with votes for at least the threshold share of the votes cast
};
// Numbered as partnership.v1.Ballot.
enum class Ballot {
  kUnspecified = 0,
  kRecorded,  // who voted how is kept and shown in the minutes
  kSecret,    // only who has voted and the totals are kept
};
// Numbered as partnership.v1.MotionStatus. DRAFT -> OPEN -> CLOSED, never back.
enum class MotionStatus { kUnspecified = 0, kDraft, kOpen, kClosed };
// Numbered as partnership.v1.VoteChoice.
enum class VoteChoice { kUnspecified = 0, kFor, kAgainst, kAbstain };
// Numbered as partnership.v1.Outcome.
enum class Outcome { kUnspecified = 0, kPassed, kFailed, kNotQuorate };
// Numbered as partnership.v1.ProxyKind.
enum class ProxyKind {
  kUnspecified = 0,
  kDirected,       // the school says how to vote on each motion; cast as directed at close
  kDiscretionary,  // the holder decides
};

// "AGM", "GENERAL"; "SCHEDULED", ...; "ORDINARY", "SPECIAL"; "RECORDED", "SECRET"; "DRAFT",
// ...; "FOR", "AGAINST", "ABSTAIN"; "PASSED", "FAILED", "NOT_QUORATE"; "DIRECTED",
// "DISCRETIONARY". Used in storage and messages; "" for kUnspecified.
absl::string_view MeetingKindName(MeetingKind v);
absl::string_view MeetingStatusName(MeetingStatus v);
absl::string_view MotionKindName(MotionKind v);
absl::string_view BallotName(Ballot v);
absl::string_view MotionStatusName(MotionStatus v);
absl::string_view VoteChoiceName(VoteChoice v);
absl::string_view OutcomeName(Outcome v);
absl::string_view ProxyKindName(ProxyKind v);
std::optional<MeetingKind> MeetingKindFromName(absl::string_view name);
std::optional<MeetingStatus> MeetingStatusFromName(absl::string_view name);
std::optional<MotionKind> MotionKindFromName(absl::string_view name);
std::optional<Ballot> BallotFromName(absl::string_view name);
std::optional<MotionStatus> MotionStatusFromName(absl::string_view name);
std::optional<VoteChoice> VoteChoiceFromName(absl::string_view name);
std::optional<Outcome> OutcomeFromName(absl::string_view name);
std::optional<ProxyKind> ProxyKindFromName(absl::string_view name);

// A share such as 3/4 or 2/3, kept as two whole numbers so that "two thirds" is exact.
struct Fraction {
  int numerator = 0;
  int denominator = 0;
  bool empty() const { return denominator == 0; }
};
// "3/4 (75%)", "2/3 (66.7%)".
std::string DescribeFraction(const Fraction& f);

// How many member schools make a meeting quorate: a fixed number, or a share of the schools
// that are active members on the meeting's date. Exactly one is set.
struct Quorum {
  int schools = 0;    // > 0: this many
  Fraction fraction;  // else: this share, rounded up
};

// Schools present and represented at a meeting, and whether that makes it quorate.
struct AttendanceCount {
  int voting_members = 0;  // active members on the meeting date
  int present = 0;         // member schools registered present
  int by_proxy = 0;        // absent member schools whose proxy holder is there
  int quorum_required = 0;
  int total() const { return present + by_proxy; }
  bool quorate() const { return total() >= quorum_required; }
};

struct Meeting {
  int64_t id = 0;  // assigned by storage
  MeetingKind kind = MeetingKind::kUnspecified;
  std::string title;
  std::string date;  // ISO; membership is judged on this day
  int64_t chair_person_id = 0;
  std::string chair_name;  // as it was when the meeting was created
  Quorum quorum;
  Fraction special_threshold;  // the default for SPECIAL motions of this meeting
  MeetingStatus status = MeetingStatus::kUnspecified;
  std::string open_time;   // RFC 3339 UTC; empty until opened
  std::string close_time;  // empty until closed
  std::string create_time;
  std::string created_by;
  std::string update_time;

  // Filled in when read, not stored with the meeting.
  AttendanceCount attendance;
};

// A school registered present at a meeting.
struct Attendance {
  int64_t meeting_id = 0;
  std::string school_urn;
  std::string school_name;  // filled in when read
  std::string registered_by;
  std::string time;
};

// The totals of a closed motion, and how they were judged.
struct MotionResult {
  int votes_for = 0;
  int votes_against = 0;
  int abstentions = 0;
  int votes_cast() const { return votes_for + votes_against; }
  AttendanceCount attendance;  // when the motion closed
  Outcome outcome = Outcome::kUnspecified;
  std::string explanation;  // the rule applied, in words, with the numbers
};

// One school's vote on a RECORDED motion, as the minutes show it.
struct RecordedVote {
  std::string school_urn;
  std::string school_name;
  VoteChoice choice = VoteChoice::kUnspecified;
  bool by_proxy = false;
  std::string cast_by;  // "the chair", or the URN of the school that held the proxy
};

struct Motion {
  int64_t id = 0;  // assigned by storage
  int64_t meeting_id = 0;
  int number = 0;  // 1, 2, ... within the meeting, in the order added
  std::string text;
  MotionKind kind = MotionKind::kUnspecified;
  Ballot ballot = Ballot::kUnspecified;
  Fraction threshold;  // SPECIAL only: the meeting's unless set for the motion
  MotionStatus status = MotionStatus::kUnspecified;
  // Kept as votes arrive (for a secret motion, the only record of the choices).
  int votes_for = 0;
  int votes_against = 0;
  int abstentions = 0;
  int schools_voted = 0;         // filled in when read
  std::optional<MotionResult> result;  // set once CLOSED
  std::string open_time;
  std::string close_time;
  std::string create_time;
  std::string update_time;
  std::vector<RecordedVote> recorded_votes;  // RECORDED motions, filled in when read
};

// How an absent school directed its proxy to vote on one motion.
struct ProxyDirection {
  int64_t motion_id = 0;
  VoteChoice choice = VoteChoice::kUnspecified;
};

// A member school's proxy for one meeting: another member school's representative, or the
// chair (holder_urn empty).
struct Proxy {
  int64_t meeting_id = 0;
  std::string school_urn;
  std::string school_name;  // filled in when read
  std::string holder_urn;   // empty: the chair
  std::string holder_name;  // filled in when read
  ProxyKind kind = ProxyKind::kUnspecified;
  std::vector<ProxyDirection> directions;  // DIRECTED only
  std::string appointed_by;
  std::string time;
  bool held_by_chair() const { return holder_urn.empty(); }
};

}  // namespace partnership::meetings

#endif  // PARTNERSHIP_MEETINGS_MEETING_H_
