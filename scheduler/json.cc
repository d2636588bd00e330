#include "partnership/scheduler/json.h"

#include <limits>

#include "absl/strings/str_cat.h"
#include "common/status_macros.h"
#include "google/protobuf/util/json_util.h"
#include "partnership/scheduler/validate.h"
#include "partnership/v1/schedule.pb.h"

namespace partnership::scheduler {
namespace {

namespace pb = ::partnership::v1;

absl::StatusOr<LeaderRole> RoleFrom(const std::string& path, const std::string& text) {
  if (text == "HEAD") return LeaderRole::kHead;
  if (text == "DEPUTY") return LeaderRole::kDeputy;
  return absl::InvalidArgumentError(
      absl::StrCat(path, ": unknown role \"", text, "\" (expected HEAD or DEPUTY)"));
}

template <typename T>
std::vector<std::string> Strings(const T& repeated) {
  return std::vector<std::string>(repeated.begin(), repeated.end());
}

absl::StatusOr<Problem> FromProto(const pb::ScheduleProblem& in) {
  Problem p;
  p.cycle = in.cycle();
  p.dates = Strings(in.dates());
  const pb::SchedulePolicy& pol = in.policy();
  if (pol.has_team_size()) p.policy.team_size = pol.team_size();
  if (pol.has_min_heads_per_team()) p.policy.min_heads_per_team = pol.min_heads_per_team();
  p.policy.allow_reciprocal = pol.allow_reciprocal();
  if (pol.has_avoid_same_trust()) p.policy.avoid_same_trust = pol.avoid_same_trust();
  if (pol.has_repeat_window_cycles()) p.policy.repeat_window_cycles = pol.repeat_window_cycles();
  if (pol.has_leadership_cover()) p.policy.leadership_cover = pol.leadership_cover();
  p.policy.cross_group = pol.cross_group();
  p.policy.max_travel_km = pol.max_travel_km();
  const pb::ScheduleWeights& w = in.weights();
  if (w.has_travel_per_km()) p.weights.travel_per_km = w.travel_per_km();
  if (w.has_focus_match()) p.weights.focus_match = w.focus_match();
  if (w.has_fairness_per_day()) p.weights.fairness_per_day = w.fairness_per_day();
  if (w.has_cross_group()) p.weights.cross_group = w.cross_group();
  if (w.has_unreviewed()) p.weights.unreviewed = w.unreviewed();
  for (int i = 0; i < in.schools_size(); ++i) {
    const pb::ScheduleSchool& s = in.schools(i);
    School school;
    school.id = s.id();
    school.name = s.name();
    school.phase = s.phase();
    school.group = s.group();
    school.trust = s.trust();
    school.lat = s.lat();
    school.lon = s.lon();
    if (s.has_receives_review()) school.receives_review = s.receives_review();
    school.host_unavailable_dates = Strings(s.host_unavailable_dates());
    school.focus_areas = Strings(s.focus_areas());
    school.strengths = Strings(s.strengths());
    if (s.has_head_days_max()) school.head_days_max = s.head_days_max();
    if (s.has_deputy_days_max()) school.deputy_days_max = s.deputy_days_max();
    school.head_days_balance = s.head_days_balance();
    school.deputy_days_balance = s.deputy_days_balance();
    for (int k = 0; k < s.leaders_size(); ++k) {
      const pb::ScheduleLeader& l = s.leaders(k);
      Leader leader;
      leader.id = l.id();
      ASSIGN_OR_RETURN(leader.role,
                       RoleFrom(absl::StrCat("schools[", i, "].leaders[", k, "].role"), l.role()));
      if (l.has_trained()) leader.trained = l.trained();
      leader.unavailable_dates = Strings(l.unavailable_dates());
      if (l.has_max_reviews()) leader.max_reviews = l.max_reviews();
      school.leaders.push_back(std::move(leader));
    }
    p.schools.push_back(std::move(school));
  }
  for (const auto& c : in.conflicts()) p.conflicts.push_back({c.a(), c.b(), c.reason()});
  for (const auto& h : in.history()) {
    p.history.push_back({h.reviewer(), h.reviewee(), h.cycles_ago()});
  }
  for (const auto& l : in.locked()) {
    p.locked.push_back({l.reviewee(), l.date(), Strings(l.leaders())});
  }
  if (in.has_seed()) p.seed = in.seed();
  if (in.has_time_limit_seconds()) p.time_limit_seconds = in.time_limit_seconds();
  return p;
}

std::string Print(const google::protobuf::Message& message) {
  google::protobuf::util::JsonPrintOptions options;
  options.add_whitespace = true;
  options.always_print_primitive_fields = true;
  options.preserve_proto_field_names = false;
  std::string out;
  // Printing a message we built ourselves cannot fail.
  (void)google::protobuf::util::MessageToJsonString(message, &out, options);
  return out;
}

template <typename M>
absl::Status Parse(absl::string_view text, const char* what, M* out) {
  google::protobuf::util::JsonParseOptions options;
  options.ignore_unknown_fields = true;
  const auto status = google::protobuf::util::JsonStringToMessage(
      google::protobuf::StringPiece(text.data(), text.size()), out, options);
  if (!status.ok()) {
    return absl::InvalidArgumentError(
        absl::StrCat(what, " JSON: ", std::string(status.message())));
  }
  return absl::OkStatus();
}

}  // namespace

absl::StatusOr<Problem> ParseProblemJson(absl::string_view text) {
  pb::ScheduleProblem message;
  RETURN_IF_ERROR(Parse(text, "problem", &message));
  ASSIGN_OR_RETURN(Problem problem, FromProto(message));
  RETURN_IF_ERROR(Validate(problem));
  return problem;
}

std::string ProblemToJson(const Problem& p) {
  pb::ScheduleProblem out;
  out.set_cycle(p.cycle);
  for (const auto& d : p.dates) out.add_dates(d);
  pb::SchedulePolicy* pol = out.mutable_policy();
  pol->set_team_size(p.policy.team_size);
  pol->set_min_heads_per_team(p.policy.min_heads_per_team);
  pol->set_allow_reciprocal(p.policy.allow_reciprocal);
  pol->set_avoid_same_trust(p.policy.avoid_same_trust);
  pol->set_repeat_window_cycles(p.policy.repeat_window_cycles);
  pol->set_leadership_cover(p.policy.leadership_cover);
  pol->set_cross_group(p.policy.cross_group);
  pol->set_max_travel_km(p.policy.max_travel_km);
  pb::ScheduleWeights* w = out.mutable_weights();
  w->set_travel_per_km(p.weights.travel_per_km);
  w->set_focus_match(p.weights.focus_match);
  w->set_fairness_per_day(p.weights.fairness_per_day);
  w->set_cross_group(p.weights.cross_group);
  w->set_unreviewed(p.weights.unreviewed);
  for (const School& s : p.schools) {
    pb::ScheduleSchool* o = out.add_schools();
    o->set_id(s.id);
    o->set_name(s.name);
    o->set_phase(s.phase);
    o->set_group(s.group);
    o->set_trust(s.trust);
    o->set_lat(s.lat);
    o->set_lon(s.lon);
    o->set_receives_review(s.receives_review);
    for (const auto& d : s.host_unavailable_dates) o->add_host_unavailable_dates(d);
    for (const auto& f : s.focus_areas) o->add_focus_areas(f);
    for (const auto& f : s.strengths) o->add_strengths(f);
    o->set_head_days_max(s.head_days_max);
    o->set_deputy_days_max(s.deputy_days_max);
    o->set_head_days_balance(s.head_days_balance);
    o->set_deputy_days_balance(s.deputy_days_balance);
    for (const Leader& l : s.leaders) {
      pb::ScheduleLeader* ol = o->add_leaders();
      ol->set_id(l.id);
      ol->set_role(LeaderRoleName(l.role));
      ol->set_trained(l.trained);
      for (const auto& d : l.unavailable_dates) ol->add_unavailable_dates(d);
      ol->set_max_reviews(l.max_reviews);
    }
  }
  for (const Conflict& c : p.conflicts) {
    pb::ScheduleConflict* o = out.add_conflicts();
    o->set_a(c.a);
    o->set_b(c.b);
    o->set_reason(c.reason);
  }
  for (const PastReview& h : p.history) {
    pb::SchedulePastReview* o = out.add_history();
    o->set_reviewer(h.reviewer);
    o->set_reviewee(h.reviewee);
    o->set_cycles_ago(h.cycles_ago);
  }
  for (const Lock& l : p.locked) {
    pb::ScheduleLock* o = out.add_locked();
    o->set_reviewee(l.reviewee);
    o->set_date(l.date);
    for (const auto& id : l.leaders) o->add_leaders(id);
  }
  out.set_seed(static_cast<uint32_t>(p.seed));
  out.set_time_limit_seconds(p.time_limit_seconds);
  return Print(out);
}

std::string ScheduleToJson(const Schedule& s) {
  pb::Schedule out;
  out.set_cycle(s.cycle);
  for (const Review& r : s.reviews) {
    pb::ScheduleReview* o = out.add_reviews();
    o->set_reviewee(r.reviewee);
    o->set_date(r.date);
    for (const TeamMember& m : r.team) {
      pb::ScheduleTeamMember* om = o->add_team();
      om->set_leader(m.leader);
      om->set_school(m.school);
      om->set_role(LeaderRoleName(m.role));
      om->set_lead(m.lead);
    }
  }
  for (const Unreviewed& u : s.unreviewed) {
    pb::ScheduleUnreviewed* o = out.add_unreviewed();
    o->set_school(u.school);
    for (const auto& r : u.reasons) o->add_reasons(r);
  }
  for (const DaysLedger& l : s.ledger) {
    pb::ScheduleLedgerEntry* o = out.add_ledger();
    o->set_school(l.school);
    o->set_head_days_given(l.head_days_given);
    o->set_deputy_days_given(l.deputy_days_given);
    o->set_head_days_balance(l.head_days_balance);
    o->set_deputy_days_balance(l.deputy_days_balance);
  }
  pb::ScheduleCostBreakdown* c = out.mutable_cost();
  c->set_total(s.cost.total);
  c->set_travel_km(s.cost.travel_km);
  c->set_focus_matches(s.cost.focus_matches);
  c->set_fairness_days(s.cost.fairness_days);
  c->set_cross_group_assignments(s.cost.cross_group_assignments);
  c->set_unreviewed(s.cost.unreviewed);
  out.set_bound(s.bound);
  out.set_optimal(s.optimal);
  out.set_solve_seconds(s.solve_seconds);
  return Print(out);
}

absl::StatusOr<Schedule> ParseScheduleJson(absl::string_view text) {
  pb::Schedule in;
  RETURN_IF_ERROR(Parse(text, "schedule", &in));
  Schedule s;
  s.cycle = in.cycle();
  for (int i = 0; i < in.reviews_size(); ++i) {
    const pb::ScheduleReview& r = in.reviews(i);
    Review review{r.reviewee(), r.date(), {}};
    for (int k = 0; k < r.team_size(); ++k) {
      const pb::ScheduleTeamMember& m = r.team(k);
      ASSIGN_OR_RETURN(LeaderRole role,
                       RoleFrom(absl::StrCat("reviews[", i, "].team[", k, "].role"), m.role()));
      review.team.push_back({m.leader(), m.school(), role, m.lead()});
    }
    s.reviews.push_back(std::move(review));
  }
  for (const auto& u : in.unreviewed()) s.unreviewed.push_back({u.school(), Strings(u.reasons())});
  for (const auto& l : in.ledger()) {
    s.ledger.push_back({l.school(), l.head_days_given(), l.deputy_days_given(),
                        l.head_days_balance(), l.deputy_days_balance()});
  }
  const auto& c = in.cost();
  s.cost = {c.total(), c.travel_km(), c.focus_matches(), c.fairness_days(),
            c.cross_group_assignments(), c.unreviewed()};
  s.bound = in.bound();
  s.optimal = in.optimal();
  s.solve_seconds = in.solve_seconds();
  return s;
}

}  // namespace partnership::scheduler
