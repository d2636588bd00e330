#include "partnership/scheduler/check.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"

namespace partnership::scheduler {

const char* LeaderRoleName(LeaderRole role) {
  return role == LeaderRole::kHead ? "HEAD" : "DEPUTY";
}

double HaversineKm(double lat1, double lon1, double lat2, double lon2) {
  constexpr double kRad = 3.14159265358979323846 / 180.0;
  const double dlat = (lat2 - lat1) * kRad, dlon = (lon2 - lon1) * kRad;
  const double a = std::sin(dlat / 2) * std::sin(dlat / 2) +
                   std::cos(lat1 * kRad) * std::cos(lat2 * kRad) * std::sin(dlon / 2) *
                       std::sin(dlon / 2);
  return 2 * 6371.0 * std::asin(std::min(1.0, std::sqrt(a)));
}

namespace {

// Lookups by id, built afresh here so the checker shares nothing with the solver.
struct Index {
  explicit Index(const Problem& p) {
    for (const School& s : p.schools) {
      schools[s.id] = &s;
      for (const Leader& l : s.leaders) {
        leaders[l.id] = &l;
        leader_school[l.id] = &s;
      }
    }
    for (const Conflict& c : p.conflicts) {
      conflicts.insert({c.a, c.b});
      conflicts.insert({c.b, c.a});
    }
    for (const PastReview& h : p.history) {
      auto key = std::make_pair(h.reviewer, h.reviewee);
      auto it = last.find(key);
      if (it == last.end() || h.cycles_ago < it->second) last[key] = h.cycles_ago;
    }
  }
  std::map<std::string, const School*> schools;
  std::map<std::string, const Leader*> leaders;
  std::map<std::string, const School*> leader_school;
  std::set<std::pair<std::string, std::string>> conflicts;
  std::map<std::pair<std::string, std::string>, int> last;
};

bool Contains(const std::vector<std::string>& v, const std::string& x) {
  return std::find(v.begin(), v.end(), x) != v.end();
}

}  // namespace

std::vector<std::string> CheckSchedule(const Problem& p, const Schedule& schedule) {
  const Index ix(p);
  const Policy& pol = p.policy;
  std::vector<std::string> out;
  auto add = [&](int n, const std::string& what) {
    out.push_back(absl::StrCat("constraint ", n, ": ", what));
  };
  std::map<std::string, std::string> review_date;  // reviewee -> date
  std::set<std::pair<std::string, std::string>> arcs;  // reviewer school -> reviewee
  std::map<std::pair<std::string, std::string>, int> leader_date_count;
  std::map<std::string, int> leader_count;
  std::map<std::pair<std::string, LeaderRole>, int> role_days;
  std::map<std::pair<std::string, std::string>, int> away;  // (school, date) -> leaders away
  std::set<std::string> unreviewed_listed;
  for (const Unreviewed& u : schedule.unreviewed) unreviewed_listed.insert(u.school);

  for (const Review& r : schedule.reviews) {
    const std::string where = absl::StrCat("review of ", r.reviewee, " on ", r.date);
    auto sit = ix.schools.find(r.reviewee);
    if (sit == ix.schools.end()) {
      add(1, absl::StrCat(where, ": unknown school"));
      continue;
    }
    const School& b = *sit->second;
    if (!b.receives_review) add(1, absl::StrCat(where, ": the school does not receive reviews"));
    if (!review_date.emplace(r.reviewee, r.date).second) {
      add(1, absl::StrCat(r.reviewee, " is reviewed more than once"));
    }
    if (unreviewed_listed.count(r.reviewee)) {
      add(1, absl::StrCat(r.reviewee, " is reviewed and also listed as unreviewed"));
    }
    if (!Contains(p.dates, r.date)) add(1, absl::StrCat(where, ": not one of the cycle's dates"));
    if (Contains(b.host_unavailable_dates, r.date)) {
      add(1, absl::StrCat(where, ": the school cannot host on that date"));
    }
    if (static_cast<int>(r.team.size()) != pol.team_size) {
      add(1, absl::StrCat(where, ": team of ", r.team.size(), ", teamSize is ", pol.team_size));
    }
    std::set<std::string> team_schools;
    int heads = 0, leads = 0;
    for (const TeamMember& t : r.team) {
      auto lit = ix.leaders.find(t.leader);
      if (lit == ix.leaders.end()) {
        add(2, absl::StrCat(where, ": unknown leader ", t.leader));
        continue;
      }
      const Leader& l = *lit->second;
      const School& a = *ix.leader_school.at(t.leader);
      if (t.school != a.id || t.role != l.role) {
        add(2, absl::StrCat(where, ": leader ", t.leader, " is a ", LeaderRoleName(l.role),
                            " of ", a.id, ", not as written"));
      }
      if (a.id == b.id) add(2, absl::StrCat(where, ": ", t.leader, " reviews their own school"));
      if (!team_schools.insert(a.id).second) {
        add(2, absl::StrCat(where, ": more than one leader from ", a.id));
      }
      heads += l.role == LeaderRole::kHead;
      if (t.lead) {
        ++leads;
        if (l.role != LeaderRole::kHead) {
          add(3, absl::StrCat(where, ": the lead ", t.leader, " is not a HEAD"));
        }
      }
      if (!l.trained) add(4, absl::StrCat(where, ": ", t.leader, " is not trained"));
      if (ix.conflicts.count({a.id, b.id})) {
        add(6, absl::StrCat(where, ": ", a.id, " and ", b.id, " are in conflict"));
      }
      if (pol.avoid_same_trust && !a.trust.empty() && a.trust == b.trust) {
        add(6, absl::StrCat(where, ": ", a.id, " and ", b.id, " share trust ", a.trust));
      }
      auto hit = ix.last.find({a.id, b.id});
      if (hit != ix.last.end() && hit->second <= pol.repeat_window_cycles) {
        add(6, absl::StrCat(where, ": ", a.id, " reviewed ", b.id, " ", hit->second,
                            " cycle(s) ago"));
      }
      if (!pol.cross_group && a.group != b.group) {
        add(7, absl::StrCat(where, ": ", a.id, " is in group ", a.group, ", not ", b.group));
      }
      arcs.insert({a.id, b.id});
      ++leader_count[t.leader];
      ++role_days[{a.id, l.role}];
      if (++leader_date_count[{t.leader, r.date}] == 2) {
        add(9, absl::StrCat(t.leader, " is on two reviews on ", r.date));
      }
      if (Contains(l.unavailable_dates, r.date)) {
        add(9, absl::StrCat(where, ": ", t.leader, " is unavailable that day"));
      }
      ++away[{a.id, r.date}];
      const double km = HaversineKm(a.lat, a.lon, b.lat, b.lon);
      if (pol.max_travel_km > 0 && km > pol.max_travel_km) {
        add(10, absl::StrCat(where, ": ", a.id, " is ", km, " km away"));
      }
    }
    if (heads < pol.min_heads_per_team) {
      add(3, absl::StrCat(where, ": ", heads, " HEAD(s), minHeadsPerTeam is ",
                          pol.min_heads_per_team));
    }
    if (leads != 1) add(3, absl::StrCat(where, ": ", leads, " leads, exactly one is needed"));
  }
  for (const School& s : p.schools) {
    if (s.receives_review && !review_date.count(s.id) && !unreviewed_listed.count(s.id)) {
      add(1, absl::StrCat(s.id, " has no review and is not listed as unreviewed"));
    }
  }
  if (!pol.allow_reciprocal) {
    for (const auto& [a, b] : arcs) {
      if (a < b && arcs.count({b, a})) {
        add(5, absl::StrCat(a, " and ", b, " review each other"));
      }
    }
  }
  for (const auto& [key, days] : role_days) {
    const School& s = *ix.schools.at(key.first);
    const int cap = key.second == LeaderRole::kHead ? s.head_days_max : s.deputy_days_max;
    if (days > cap) {
      add(8, absl::StrCat(s.id, " gives ", days, " ", LeaderRoleName(key.second),
                          " days, its cap is ", cap));
    }
  }
  for (const auto& [id, n] : leader_count) {
    if (n > ix.leaders.at(id)->max_reviews) {
      add(8, absl::StrCat(id, " does ", n, " reviews, maxReviews is ",
                          ix.leaders.at(id)->max_reviews));
    }
  }
  for (const auto& [key, n] : away) {
    const auto& [school, date] = key;
    auto own = review_date.find(school);
    if (own != review_date.end() && own->second == date) {
      add(9, absl::StrCat("leaders of ", school, " are away reviewing on ", date,
                          ", the day their own school is reviewed"));
    }
    const int total = static_cast<int>(ix.schools.at(school)->leaders.size());
    if (pol.leadership_cover && n >= total) {
      add(9, absl::StrCat("no leader of ", school, " is on site on ", date));
    }
  }
  std::map<std::string, const Review*> by_reviewee;
  for (const Review& r : schedule.reviews) by_reviewee.emplace(r.reviewee, &r);
  for (size_t i = 0; i < p.locked.size(); ++i) {
    const Lock& lock = p.locked[i];
    auto it = by_reviewee.find(lock.reviewee);
    if (it == by_reviewee.end()) {
      add(11, absl::StrCat("locked[", i, "]: ", lock.reviewee, " is not reviewed"));
      continue;
    }
    if (!lock.date.empty() && it->second->date != lock.date) {
      add(11, absl::StrCat("locked[", i, "]: ", lock.reviewee, " is reviewed on ",
                           it->second->date, ", not ", lock.date));
    }
    for (const std::string& l : lock.leaders) {
      bool on = false;
      for (const TeamMember& t : it->second->team) on |= t.leader == l;
      if (!on) add(11, absl::StrCat("locked[", i, "]: ", l, " is not on the team"));
    }
  }
  return out;
}

CostBreakdown Cost(const Problem& p, const Schedule& schedule) {
  const Index ix(p);
  const Weights& w = p.weights;
  CostBreakdown c;
  std::set<std::string> reviewed;
  std::map<std::pair<std::string, LeaderRole>, int> given;
  for (const Review& r : schedule.reviews) {
    auto bit = ix.schools.find(r.reviewee);
    if (bit == ix.schools.end()) continue;
    const School& b = *bit->second;
    reviewed.insert(b.id);
    std::set<std::string> team_strengths;
    for (const TeamMember& t : r.team) {
      auto ait = ix.leader_school.find(t.leader);
      if (ait == ix.leader_school.end()) continue;
      const School& a = *ait->second;
      c.travel_km += HaversineKm(a.lat, a.lon, b.lat, b.lon);
      if (a.group != b.group) ++c.cross_group_assignments;
      team_strengths.insert(a.strengths.begin(), a.strengths.end());
      ++given[{a.id, ix.leaders.at(t.leader)->role}];
    }
    std::set<std::string> focus(b.focus_areas.begin(), b.focus_areas.end());
    for (const std::string& f : focus) c.focus_matches += team_strengths.count(f);
  }
  for (const School& s : p.schools) {
    if (s.receives_review && !reviewed.count(s.id)) ++c.unreviewed;
    auto days = [&](LeaderRole role) {
      auto it = given.find({s.id, role});
      return it == given.end() ? 0 : it->second;
    };
    c.fairness_days += std::max(0.0, s.head_days_balance + days(LeaderRole::kHead) - 1.5);
    c.fairness_days += std::max(0.0, s.deputy_days_balance + days(LeaderRole::kDeputy) - 1.5);
  }
  c.total = w.unreviewed * c.unreviewed + w.travel_per_km * c.travel_km +
            w.cross_group * c.cross_group_assignments - w.focus_match * c.focus_matches +
            w.fairness_per_day * c.fairness_days;
  return c;
}

}  // namespace partnership::scheduler
