#include "server/review_convert.h"

#include <google/protobuf/util/time_util.h>

#include "absl/strings/str_cat.h"
#include "partnership/scheduler/json.h"

namespace partnership::server {
namespace {

void SetTime(const std::string& rfc3339, google::protobuf::Timestamp* out) {
  if (!rfc3339.empty()) google::protobuf::util::TimeUtil::FromString(rfc3339, out);
}

v1::ReviewCycleStatus StatusToProto(reviews::CycleStatus s) {
  switch (s) {
    case reviews::CycleStatus::kPlanning: return v1::REVIEW_CYCLE_STATUS_PLANNING;
    case reviews::CycleStatus::kDrafted: return v1::REVIEW_CYCLE_STATUS_DRAFTED;
    case reviews::CycleStatus::kConfirmed: return v1::REVIEW_CYCLE_STATUS_CONFIRMED;
  }
  return v1::REVIEW_CYCLE_STATUS_UNSPECIFIED;
}

void MergePolicy(const v1::ReviewPolicy& in, scheduler::Policy& p) {
  if (in.has_team_size()) p.team_size = in.team_size();
  if (in.has_min_heads_per_team()) p.min_heads_per_team = in.min_heads_per_team();
  if (in.has_allow_reciprocal()) p.allow_reciprocal = in.allow_reciprocal();
  if (in.has_avoid_same_trust()) p.avoid_same_trust = in.avoid_same_trust();
  if (in.has_repeat_window_cycles()) p.repeat_window_cycles = in.repeat_window_cycles();
  if (in.has_leadership_cover()) p.leadership_cover = in.leadership_cover();
  if (in.has_cross_group()) p.cross_group = in.cross_group();
  if (in.has_max_travel_km()) p.max_travel_km = in.max_travel_km();
}

void MergeWeights(const v1::ReviewWeights& in, scheduler::Weights& w) {
  if (in.has_travel_per_km()) w.travel_per_km = in.travel_per_km();
  if (in.has_focus_match()) w.focus_match = in.focus_match();
  if (in.has_fairness_per_day()) w.fairness_per_day = in.fairness_per_day();
  if (in.has_cross_group()) w.cross_group = in.cross_group();
  if (in.has_unreviewed()) w.unreviewed = in.unreviewed();
}

std::string NameOr(const std::map<std::string, std::string>& names, const std::string& key) {
  auto it = names.find(key);
  return it == names.end() ? "" : it->second;
}

}  // namespace

void ToProto(const reviews::ReviewCycle& c, v1::ReviewCycle* out) {
  out->set_name(c.name);
  for (const std::string& d : c.dates) out->add_dates(d);
  v1::ReviewPolicy* p = out->mutable_policy();
  p->set_team_size(c.policy.team_size);
  p->set_min_heads_per_team(c.policy.min_heads_per_team);
  p->set_allow_reciprocal(c.policy.allow_reciprocal);
  p->set_avoid_same_trust(c.policy.avoid_same_trust);
  p->set_repeat_window_cycles(c.policy.repeat_window_cycles);
  p->set_leadership_cover(c.policy.leadership_cover);
  p->set_cross_group(c.policy.cross_group);
  p->set_max_travel_km(c.policy.max_travel_km);
  v1::ReviewWeights* w = out->mutable_weights();
  w->set_travel_per_km(c.weights.travel_per_km);
  w->set_focus_match(c.weights.focus_match);
  w->set_fairness_per_day(c.weights.fairness_per_day);
  w->set_cross_group(c.weights.cross_group);
  w->set_unreviewed(c.weights.unreviewed);
  out->set_status(StatusToProto(c.status));
  SetTime(c.create_time, out->mutable_create_time());
  SetTime(c.update_time, out->mutable_update_time());
}

void ToProto(const reviews::CycleSchedule& in, v1::ReviewSchedule* out) {
  const scheduler::Schedule& s = in.stored.schedule;
  out->set_cycle(in.cycle.name);
  out->set_status(StatusToProto(in.cycle.status));
  out->set_source(in.stored.source);
  out->set_seed(in.stored.seed);
  for (const scheduler::Review& r : s.reviews) {
    v1::ScheduledReview* review = out->add_reviews();
    review->set_reviewee_urn(r.reviewee);
    review->set_reviewee_name(NameOr(in.school_names, r.reviewee));
    review->set_review_group(NameOr(in.school_groups, r.reviewee));
    review->set_date(r.date);
    for (const scheduler::TeamMember& m : r.team) {
      v1::ReviewTeamMember* member = review->add_team();
      member->set_leader_id(m.leader);
      member->set_leader_name(NameOr(in.leader_names, m.leader));
      member->set_school_urn(m.school);
      member->set_school_name(NameOr(in.school_names, m.school));
      member->set_role(scheduler::LeaderRoleName(m.role));
      member->set_lead(m.lead);
    }
  }
  for (const scheduler::Unreviewed& u : s.unreviewed) {
    v1::UnreviewedSchool* school = out->add_unreviewed();
    school->set_urn(u.school);
    school->set_name(NameOr(in.school_names, u.school));
    for (const std::string& reason : u.reasons) school->add_reasons(reason);
  }
  v1::ScheduleCostBreakdown* cost = out->mutable_cost();
  cost->set_total(s.cost.total);
  cost->set_travel_km(s.cost.travel_km);
  cost->set_focus_matches(s.cost.focus_matches);
  cost->set_fairness_days(s.cost.fairness_days);
  cost->set_cross_group_assignments(s.cost.cross_group_assignments);
  cost->set_unreviewed(s.cost.unreviewed);
  out->set_bound(s.bound);
  out->set_optimal(s.optimal);
  out->set_solve_seconds(s.solve_seconds);
  for (const scheduler::DaysLedger& row : in.ledger) {
    v1::DaysLedgerEntry* entry = out->add_ledger();
    entry->set_cycle(in.cycle.name);
    entry->set_school_urn(row.school);
    entry->set_school_name(NameOr(in.school_names, row.school));
    entry->set_head_days_given(row.head_days_given);
    entry->set_deputy_days_given(row.deputy_days_given);
    entry->set_head_days_balance(row.head_days_balance);
    entry->set_deputy_days_balance(row.deputy_days_balance);
  }
  SetTime(in.stored.create_time, out->mutable_create_time());
  out->set_created_by(in.stored.created_by);
  out->set_taking_part(in.taking_part);
  scheduler::Schedule with_ledger = s;
  with_ledger.ledger = in.ledger;
  out->set_schedule_json(scheduler::ScheduleToJson(with_ledger));
}

reviews::ReviewCycle CycleFromProto(const v1::ReviewCycle& in) {
  reviews::ReviewCycle c;
  c.name = in.name();
  c.dates.assign(in.dates().begin(), in.dates().end());
  MergePolicy(in.policy(), c.policy);
  MergeWeights(in.weights(), c.weights);
  return c;
}

absl::Status ApplyCycleUpdate(const v1::UpdateReviewCycleRequest& req,
                              reviews::ReviewCycle& cycle) {
  if (req.update_mask().paths_size() == 0) {
    return absl::InvalidArgumentError("update_mask: name the fields to change (dates, policy, weights)");
  }
  for (const std::string& path : req.update_mask().paths()) {
    if (path == "dates") {
      cycle.dates.assign(req.cycle().dates().begin(), req.cycle().dates().end());
    } else if (path == "policy") {
      MergePolicy(req.cycle().policy(), cycle.policy);
    } else if (path == "weights") {
      MergeWeights(req.cycle().weights(), cycle.weights);
    } else {
      return absl::InvalidArgumentError(
          absl::StrCat("update_mask: \"", path, "\" cannot be changed (dates, policy, weights)"));
    }
  }
  return absl::OkStatus();
}

}  // namespace partnership::server
