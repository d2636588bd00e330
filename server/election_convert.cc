#include "server/election_convert.h"

#include <google/protobuf/util/time_util.h>

#include "absl/strings/str_cat.h"

namespace partnership::server {
namespace {

using google::protobuf::Timestamp;
using google::protobuf::util::TimeUtil;

void SetTime(const std::string& rfc3339, Timestamp* out) {
  if (rfc3339.empty()) return;
  TimeUtil::FromString(rfc3339, out);
}

// The domain enums list the proto's values in the same order, so the numbers match.
template <typename To, typename From>
To Same(From from) {
  return static_cast<To>(static_cast<int>(from));
}

}  // namespace

void ToProto(const elections::BoardElection& in, v1::Election* out) {
  out->set_id(absl::StrCat(in.id));
  out->set_title(in.title);
  out->set_method(Same<v1::CountMethod>(in.method));
  out->set_seats(in.seats);
  out->set_constituency(Same<v1::Constituency>(in.constituency));
  for (const std::string& urn : in.named_schools) out->add_named_schools(urn);
  out->set_candidate_role(in.candidate_role);
  out->set_seat(in.seat);
  out->set_status(Same<v1::ElectionStatus>(in.status));
  for (const elections::Candidate& c : in.candidates) {
    v1::Candidate* k = out->add_candidates();
    k->set_number(c.number);
    k->set_person_id(absl::StrCat(c.person_id));
    k->set_name(c.name);
    k->set_school_urn(c.school_urn);
    k->set_school_name(c.school_name);
    k->set_withdrawn(c.withdrawn);
  }
  out->set_electorate_date(in.electorate_date);
  SetTime(in.voting_closes_at, out->mutable_voting_closes_time());
  if (in.voting_closes_at.empty()) out->clear_voting_closes_time();
  out->set_electorate_size(in.electorate_size);
  out->set_ballots_cast(in.ballots_cast);
  out->set_uncontested(in.uncontested);
  for (int n : in.elected) out->add_elected(n);
  SetTime(in.create_time, out->mutable_create_time());
  SetTime(in.update_time, out->mutable_update_time());
}

void ToProto(const elections::Turnout& in, v1::Turnout* out) {
  out->set_electorate(in.electorate);
  out->set_voted(in.voted);
  for (const elections::NotYetVoted& s : in.not_voted) {
    v1::SchoolYetToVote* row = out->add_not_voted();
    row->set_school_urn(s.school_urn);
    row->set_school_name(s.school_name);
  }
}

void ToProto(const elections::ElectionResult& in, v1::ElectionResult* out) {
  ToProto(in.election, out->mutable_election());
  out->set_result_json(in.result_json);
  out->set_ballot_file(in.ballot_file);
  for (const std::string& r : in.receipts) out->add_receipts(r);
}

absl::StatusOr<elections::NewElection> NewElectionFromProto(const v1::Election& in) {
  if (!v1::CountMethod_IsValid(in.method())) {
    return absl::InvalidArgumentError(absl::StrCat("election.method: ", in.method(),
                                                   " is not a count method"));
  }
  if (!v1::Constituency_IsValid(in.constituency())) {
    return absl::InvalidArgumentError(absl::StrCat("election.constituency: ",
                                                   in.constituency(), " is not a constituency"));
  }
  elections::NewElection spec;
  spec.title = in.title();
  spec.method = Same<elections::CountMethod>(in.method());
  spec.seats = in.seats();
  spec.constituency = Same<elections::Constituency>(in.constituency());
  spec.named_schools.assign(in.named_schools().begin(), in.named_schools().end());
  spec.candidate_role = in.candidate_role();
  spec.seat = in.seat();
  return spec;
}

absl::StatusOr<std::optional<elections::ElectionStatus>> StatusFilterFromProto(
    v1::ElectionStatus status) {
  if (!v1::ElectionStatus_IsValid(status)) {
    return absl::InvalidArgumentError(absl::StrCat("status: ", status, " is not a status"));
  }
  if (status == v1::ELECTION_STATUS_UNSPECIFIED) return std::optional<elections::ElectionStatus>();
  return std::optional<elections::ElectionStatus>(Same<elections::ElectionStatus>(status));
}

absl::StatusOr<std::string> TimeFromProto(const v1::OpenVotingRequest& in) {
  if (!in.has_closes_time()) return std::string();
  const Timestamp& t = in.closes_time();
  if (t.seconds() < TimeUtil::kTimestampMinSeconds ||
      t.seconds() > TimeUtil::kTimestampMaxSeconds || t.nanos() < 0 || t.nanos() > 999999999) {
    return absl::InvalidArgumentError("closes_time: not a valid time");
  }
  return TimeUtil::ToString(in.closes_time());
}

}  // namespace partnership::server
