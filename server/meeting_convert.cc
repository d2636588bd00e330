#include "server/meeting_convert.h"

#include <google/protobuf/util/time_util.h>

#include "absl/strings/str_cat.h"
#include "meetings/motion_result.h"

namespace partnership::server {
namespace {

using google::protobuf::Timestamp;

void SetTime(const std::string& rfc3339, Timestamp* out) {
  if (rfc3339.empty()) return;
  google::protobuf::util::TimeUtil::FromString(rfc3339, out);
}

std::string IdText(int64_t id) { return id > 0 ? absl::StrCat(id) : std::string(); }

// The domain enums list the proto's values in the same order, so the numbers match.
template <typename To, typename From>
To Cast(From v) {
  return static_cast<To>(static_cast<int>(v));
}

void ToProto(const meetings::Fraction& in, v1::Fraction* out) {
  out->set_numerator(in.numerator);
  out->set_denominator(in.denominator);
}

meetings::Fraction FromProto(const v1::Fraction& in) {
  return meetings::Fraction{in.numerator(), in.denominator()};
}

void ToProto(const meetings::AttendanceCount& in, v1::AttendanceCount* out) {
  out->set_voting_members(in.voting_members);
  out->set_present(in.present);
  out->set_by_proxy(in.by_proxy);
  out->set_total(in.total());
  out->set_quorum_required(in.quorum_required);
  out->set_quorate(in.quorate());
}

// INVALID_ARGUMENT naming `field` unless 0 <= value <= `last`.
absl::Status CheckEnum(int value, int last, const char* field) {
  if (value < 0 || value > last) {
    return absl::InvalidArgumentError(absl::StrCat(field, ": ", value, " is not a known value"));
  }
  return absl::OkStatus();
}

absl::Status MustBeEmpty(bool set, const char* field) {
  if (set) {
    return absl::InvalidArgumentError(
        absl::StrCat(field, ": is set by the server and must be left empty"));
  }
  return absl::OkStatus();
}

}  // namespace

void ToProto(const meetings::Meeting& in, v1::Meeting* out) {
  out->set_id(IdText(in.id));
  out->set_kind(Cast<v1::MeetingKind>(in.kind));
  out->set_title(in.title);
  out->set_date(in.date);
  out->set_chair_person_id(IdText(in.chair_person_id));
  out->set_chair_name(in.chair_name);
  out->set_quorum_schools(in.quorum.schools);
  if (!in.quorum.fraction.empty()) ToProto(in.quorum.fraction, out->mutable_quorum_fraction());
  ToProto(in.special_threshold, out->mutable_special_threshold());
  out->set_status(Cast<v1::MeetingStatus>(in.status));
  ToProto(in.attendance, out->mutable_attendance());
  SetTime(in.open_time, out->mutable_open_time());
  SetTime(in.close_time, out->mutable_close_time());
  SetTime(in.create_time, out->mutable_create_time());
  out->set_created_by(in.created_by);
}

void ToProto(const meetings::Motion& in, v1::Motion* out) {
  out->set_id(IdText(in.id));
  out->set_meeting_id(IdText(in.meeting_id));
  out->set_number(in.number);
  out->set_text(in.text);
  out->set_kind(Cast<v1::MotionKind>(in.kind));
  out->set_ballot(Cast<v1::Ballot>(in.ballot));
  if (!in.threshold.empty()) ToProto(in.threshold, out->mutable_threshold());
  out->set_status(Cast<v1::MotionStatus>(in.status));
  out->set_rule(meetings::MotionRule(in.kind, in.threshold));
  out->set_abstention_rule(meetings::AbstentionRule());
  out->set_votes_for(in.votes_for);
  out->set_votes_against(in.votes_against);
  out->set_abstentions(in.abstentions);
  out->set_schools_voted(in.schools_voted);
  if (in.result) {
    v1::MotionResult* r = out->mutable_result();
    r->set_votes_for(in.result->votes_for);
    r->set_votes_against(in.result->votes_against);
    r->set_abstentions(in.result->abstentions);
    r->set_votes_cast(in.result->votes_cast());
    ToProto(in.result->attendance, r->mutable_attendance());
    r->set_outcome(Cast<v1::Outcome>(in.result->outcome));
    r->set_explanation(in.result->explanation);
  }
  for (const meetings::RecordedVote& v : in.recorded_votes) {
    v1::RecordedVote* o = out->add_recorded_votes();
    o->set_school_urn(v.school_urn);
    o->set_school_name(v.school_name);
    o->set_choice(Cast<v1::VoteChoice>(v.choice));
    o->set_by_proxy(v.by_proxy);
    o->set_cast_by(v.cast_by);
  }
  SetTime(in.open_time, out->mutable_open_time());
  SetTime(in.close_time, out->mutable_close_time());
  SetTime(in.create_time, out->mutable_create_time());
}

void ToProto(const meetings::Proxy& in, v1::Proxy* out) {
  out->set_meeting_id(IdText(in.meeting_id));
  out->set_school_urn(in.school_urn);
  out->set_school_name(in.school_name);
  out->set_chair(in.held_by_chair());
  out->set_holder_urn(in.holder_urn);
  out->set_holder_name(in.holder_name);
  out->set_kind(Cast<v1::ProxyKind>(in.kind));
  for (const meetings::ProxyDirection& d : in.directions) {
    v1::ProxyDirection* o = out->add_directions();
    o->set_motion_id(IdText(d.motion_id));
    o->set_choice(Cast<v1::VoteChoice>(d.choice));
  }
  out->set_appointed_by(in.appointed_by);
  SetTime(in.time, out->mutable_time());
}

void ToProto(const meetings::VoteReceipt& in, v1::VoteReceipt* out) {
  out->set_motion_id(IdText(in.motion_id));
  out->set_school_urn(in.school_urn);
  out->set_choice(Cast<v1::VoteChoice>(in.choice));
  out->set_by_proxy(in.by_proxy);
  out->set_cast_by(in.cast_by);
  out->set_schools_voted(in.schools_voted);
}

void ToProto(const meetings::Minutes& in, v1::Minutes* out) {
  ToProto(in.meeting, out->mutable_meeting());
  for (const meetings::Attendance& a : in.present) {
    v1::Attendee* o = out->add_present();
    o->set_school_urn(a.school_urn);
    o->set_school_name(a.school_name);
    o->set_registered_by(a.registered_by);
    SetTime(a.time, o->mutable_time());
  }
  for (const meetings::Proxy& p : in.represented) ToProto(p, out->add_represented());
  for (const meetings::Motion& m : in.motions) ToProto(m, out->add_motions());
  out->set_abstention_rule(in.abstention_rule);
}

absl::StatusOr<meetings::NewMeeting> NewMeetingFromProto(const v1::Meeting& in) {
  if (absl::Status s = MustBeEmpty(!in.id().empty(), "meeting.id"); !s.ok()) return s;
  if (absl::Status s = MustBeEmpty(!in.chair_name().empty(), "meeting.chair_name"); !s.ok()) {
    return s;
  }
  if (absl::Status s = MustBeEmpty(in.status() != 0, "meeting.status"); !s.ok()) return s;
  if (absl::Status s = MustBeEmpty(in.has_attendance(), "meeting.attendance"); !s.ok()) return s;
  if (absl::Status s = MustBeEmpty(in.has_open_time() || in.has_close_time() ||
                                       in.has_create_time() || !in.created_by().empty(),
                                   "meeting times and created_by");
      !s.ok()) {
    return s;
  }
  if (absl::Status s = CheckEnum(in.kind(), 2, "meeting.kind"); !s.ok()) return s;
  meetings::NewMeeting m;
  m.kind = Cast<meetings::MeetingKind>(in.kind());
  m.title = in.title();
  m.date = in.date();
  m.chair_person_id = in.chair_person_id();
  m.quorum.schools = in.quorum_schools();
  m.quorum.fraction = FromProto(in.quorum_fraction());
  m.special_threshold = FromProto(in.special_threshold());
  return m;
}

absl::StatusOr<meetings::NewMotion> NewMotionFromProto(const v1::Motion& in) {
  if (absl::Status s = MustBeEmpty(!in.id().empty(), "motion.id"); !s.ok()) return s;
  if (absl::Status s = MustBeEmpty(in.status() != 0, "motion.status"); !s.ok()) return s;
  if (absl::Status s = MustBeEmpty(in.has_result() || in.recorded_votes_size() > 0 ||
                                       in.votes_for() || in.votes_against() ||
                                       in.abstentions() || in.schools_voted(),
                                   "motion result and totals");
      !s.ok()) {
    return s;
  }
  if (absl::Status s = CheckEnum(in.kind(), 2, "motion.kind"); !s.ok()) return s;
  if (absl::Status s = CheckEnum(in.ballot(), 2, "motion.ballot"); !s.ok()) return s;
  meetings::NewMotion m;
  m.meeting_id = in.meeting_id();
  m.text = in.text();
  m.kind = Cast<meetings::MotionKind>(in.kind());
  m.ballot = Cast<meetings::Ballot>(in.ballot());
  m.threshold = FromProto(in.threshold());
  return m;
}

absl::StatusOr<meetings::ProxyAppointment> AppointmentFromProto(const v1::Proxy& in) {
  if (absl::Status s = CheckEnum(in.kind(), 2, "proxy.kind"); !s.ok()) return s;
  meetings::ProxyAppointment a;
  a.meeting_id = in.meeting_id();
  a.school_urn = in.school_urn();
  a.chair = in.chair();
  a.holder_urn = in.holder_urn();
  a.kind = Cast<meetings::ProxyKind>(in.kind());
  for (int i = 0; i < in.directions_size(); ++i) {
    const std::string field = absl::StrCat("proxy.directions[", i, "].choice");
    if (absl::Status s = CheckEnum(in.directions(i).choice(), 3, field.c_str()); !s.ok()) {
      return s;
    }
    a.directions.push_back({in.directions(i).motion_id(),
                            Cast<meetings::VoteChoice>(in.directions(i).choice())});
  }
  return a;
}

absl::StatusOr<meetings::VoteChoice> ChoiceFromProto(int choice, const char* field) {
  if (absl::Status s = CheckEnum(choice, 3, field); !s.ok()) return s;
  return Cast<meetings::VoteChoice>(choice);
}

absl::StatusOr<std::optional<meetings::MeetingStatus>> StatusFromProto(int status,
                                                                       const char* field) {
  if (absl::Status s = CheckEnum(status, 3, field); !s.ok()) return s;
  if (status == 0) return std::optional<meetings::MeetingStatus>();
  return std::optional<meetings::MeetingStatus>(Cast<meetings::MeetingStatus>(status));
}

}  // namespace partnership::server
