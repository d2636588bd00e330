#include "scheduler/model.h"

#include <algorithm>
#include <cmath>
#include <map>

#include "absl/strings/str_cat.h"
#include "partnership/scheduler/check.h"

namespace partnership::scheduler::internal {

Model::Model(const Problem& problem) : problem_(&problem) {
  const int S = static_cast<int>(problem.schools.size());
  const int D = static_cast<int>(problem.dates.size());
  for (int d = 0; d < D; ++d) date_index_.emplace(problem.dates[d], d);
  school_leaders_.resize(S);
  role_leaders_.resize(2 * static_cast<size_t>(S));
  group_.resize(S);
  trust_.resize(S);
  role_capacity_.assign(2 * S, 0);
  focus_.resize(S);
  strengths_.resize(S);
  host_unavailable_.assign(static_cast<size_t>(S) * D, 0);
  // Groups, trusts and tags are numbered in order of first appearance: deterministic.
  std::map<std::string, int> groups, trusts, tags;
  auto tag = [&](const std::string& t) {
    return tags.emplace(t, static_cast<int>(tags.size())).first->second;
  };
  for (int s = 0; s < S; ++s) {
    const School& school = problem.schools[s];
    school_index_.emplace(school.id, s);
    auto [git, gnew] = groups.emplace(school.group, static_cast<int>(group_names_.size()));
    if (gnew) group_names_.push_back(school.group);
    group_[s] = git->second;
    if (gnew) group_members_.emplace_back();
    group_members_[git->second].push_back(s);
    trust_[s] = school.trust.empty()
                    ? -1
                    : trusts.emplace(school.trust, static_cast<int>(trusts.size())).first->second;
    for (const auto& date : school.host_unavailable_dates) {
      auto it = date_index_.find(date);
      if (it != date_index_.end()) host_unavailable_[static_cast<size_t>(s) * D + it->second] = 1;
    }
    for (const auto& f : school.focus_areas) focus_[s].push_back(tag(f));
    for (const auto& f : school.strengths) strengths_[s].push_back(tag(f));
    for (auto* v : {&focus_[s], &strengths_[s]}) {
      std::sort(v->begin(), v->end());
      v->erase(std::unique(v->begin(), v->end()), v->end());
    }
    for (int k = 0; k < static_cast<int>(school.leaders.size()); ++k) {
      const Leader& leader = school.leaders[k];
      const int l = static_cast<int>(leader_school_.size());
      leader_index_.emplace(leader.id, l);
      leader_school_.push_back(s);
      leader_slot_.push_back(k);
      const int role = leader.role == LeaderRole::kHead ? kHead : kDeputy;
      leader_role_.push_back(role);
      leader_trained_.push_back(leader.trained ? 1 : 0);
      leader_max_reviews_.push_back(leader.max_reviews);
      school_leaders_[s].push_back(l);
      if (leader.trained && leader.max_reviews > 0) {
        role_leaders_[2 * static_cast<size_t>(s) + role].push_back(l);
      }
      leader_unavailable_.resize(static_cast<size_t>(l + 1) * D, 0);
      int free_dates = 0;
      for (int d = 0; d < D; ++d) {
        bool away = std::find(leader.unavailable_dates.begin(), leader.unavailable_dates.end(),
                              problem.dates[d]) != leader.unavailable_dates.end();
        leader_unavailable_[static_cast<size_t>(l) * D + d] = away;
        free_dates += !away;
      }
      if (leader.trained) role_capacity_[2 * s + role] += std::min(leader.max_reviews, free_dates);
    }
    role_capacity_[2 * s + kHead] = std::min(role_capacity_[2 * s + kHead], school.head_days_max);
    role_capacity_[2 * s + kDeputy] =
        std::min(role_capacity_[2 * s + kDeputy], school.deputy_days_max);
    for (int r = 0; r < 2; ++r) role_capacity_[2 * s + r] = std::max(0, role_capacity_[2 * s + r]);
  }
  for (const auto& c : problem.conflicts) {
    const int a = SchoolIndex(c.a), b = SchoolIndex(c.b);
    if (a < 0 || b < 0) continue;
    conflicts_.insert(Pair(a, b));
    conflicts_.insert(Pair(b, a));
  }
  for (const auto& h : problem.history) {
    const int a = SchoolIndex(h.reviewer), b = SchoolIndex(h.reviewee);
    if (a < 0 || b < 0) continue;
    auto [it, fresh] = latest_review_.emplace(Pair(a, b), h.cycles_ago);
    if (!fresh) it->second = std::min(it->second, h.cycles_ago);
  }
}

int Model::SchoolIndex(const std::string& id) const {
  auto it = school_index_.find(id);
  return it == school_index_.end() ? -1 : it->second;
}
int Model::LeaderIndex(const std::string& id) const {
  auto it = leader_index_.find(id);
  return it == leader_index_.end() ? -1 : it->second;
}
int Model::DateIndex(const std::string& date) const {
  auto it = date_index_.find(date);
  return it == date_index_.end() ? -1 : it->second;
}

const Leader& Model::leader(int l) const {
  return problem_->schools[leader_school_[l]].leaders[leader_slot_[l]];
}

int Model::RoleCap(int s, int role) const {
  return role == kHead ? school(s).head_days_max : school(s).deputy_days_max;
}
double Model::RoleBalance(int s, int role) const {
  return role == kHead ? school(s).head_days_balance : school(s).deputy_days_balance;
}

double Model::Fairness(int s, int role, int days) const {
  return problem_->weights.fairness_per_day * std::max(0.0, RoleBalance(s, role) + days - 1.5);
}

double Model::Km(int a, int b) const {
  const School& x = school(a);
  const School& y = school(b);
  return HaversineKm(x.lat, x.lon, y.lat, y.lon);
}

std::string Model::BlockReason(int a, int b) const {
  const Policy& policy = problem_->policy;
  if (a == b) return "it is the same school";
  if (conflicts_.contains(Pair(a, b))) return "the two schools are listed as a conflict";
  if (policy.avoid_same_trust && trust_[a] >= 0 && trust_[a] == trust_[b]) {
    return absl::StrCat("both are in trust \"", school(a).trust, "\" and avoidSameTrust is on");
  }
  auto it = latest_review_.find(Pair(a, b));
  if (it != latest_review_.end() && it->second <= policy.repeat_window_cycles) {
    return absl::StrCat(school(a).id, " reviewed ", school(b).id, " ", it->second,
                        " cycle(s) ago, within repeatWindowCycles ",
                        policy.repeat_window_cycles);
  }
  if (!policy.cross_group && group_[a] != group_[b]) {
    return "they are in different groups and crossGroup is off";
  }
  if (policy.max_travel_km > 0 && Km(a, b) > policy.max_travel_km) {
    return absl::StrCat("they are ", static_cast<int>(std::lround(Km(a, b))),
                        " km apart, beyond maxTravelKm ", policy.max_travel_km);
  }
  return "";
}

std::vector<Candidate> Model::CandidatesFor(int b) const {
  std::vector<Candidate> out;
  const Weights& w = problem_->weights;
  std::vector<int> all;
  if (problem_->policy.cross_group) {
    all.resize(num_schools());
    for (int a = 0; a < num_schools(); ++a) all[a] = a;
  }
  for (int a : problem_->policy.cross_group ? all : group_members_[group_[b]]) {
    if (!MayReview(a, b)) continue;
    Candidate c;
    c.school = a;
    c.km = Km(a, b);
    c.cross_group = group_[a] != group_[b];
    c.arc_cost = w.travel_per_km * c.km + (c.cross_group ? w.cross_group : 0);
    c.focus_hits = 0;
    c.focus_mask = 0;
    const auto& f = focus_[b];
    const auto& st = strengths_[a];
    size_t i = 0, j = 0;
    while (i < f.size() && j < st.size()) {
      if (f[i] == st[j]) {
        ++c.focus_hits;
        if (i < 64) c.focus_mask |= uint64_t{1} << i;
        ++i;
        ++j;
      } else if (f[i] < st[j]) {
        ++i;
      } else {
        ++j;
      }
    }
    out.push_back(c);
  }
  return out;
}

}  // namespace partnership::scheduler::internal
