#include "scheduler/capacity_check.h"

#include <algorithm>
#include <set>

#include "absl/strings/str_cat.h"

namespace partnership::scheduler::internal {

CapacityReport CheckCapacity(const Model& m, const std::vector<int>& reviewees,
                             const std::vector<int>& schools,
                             const std::vector<std::vector<Candidate>>& candidates) {
  const Policy& pol = m.problem().policy;
  const int t = pol.team_size;
  const int heads_per_team = std::max(1, pol.min_heads_per_team);  // The lead is a HEAD.
  CapacityReport report;
  auto gives = [&](int a) { return m.RoleCapacity(a, kHead) + m.RoleCapacity(a, kDeputy); };

  // School by school: enough possible reviewers, a head among them, a date to host.
  std::vector<int> possible;
  for (int b : reviewees) {
    std::vector<std::string>& why = report.school_reasons[b];
    int hostable = 0;
    for (int d = 0; d < m.num_dates(); ++d) hostable += m.host_free_on(b, d);
    if (hostable == 0) {
      why.push_back("the school cannot host on any of the cycle's dates: add a date it can host");
    }
    int able = 0, with_head = 0;
    for (const Candidate& c : candidates[b]) {
      able += gives(c.school) > 0;
      with_head += m.RoleCapacity(c.school, kHead) > 0;
    }
    if (able < t) {
      // Count what rules the group's other schools out, so the coordinator knows what to change.
      int conflicts = 0, trust = 0, history = 0, other = 0;
      for (int a : m.group_members(m.group(b))) {
        if (a == b) continue;
        const std::string r = m.BlockReason(a, b);
        if (r.empty()) continue;
        if (r.find("conflict") != std::string::npos) ++conflicts;
        else if (r.find("trust") != std::string::npos) ++trust;
        else if (r.find("cycle(s) ago") != std::string::npos) ++history;
        else ++other;
      }
      why.push_back(absl::StrCat(
          "only ", able, " school(s) may send a trained leader to review it but teams need ",
          t, " from different schools (in its group, ", conflicts, " ruled out by conflicts, ",
          trust, " by a shared trust, ", history, " by reviews within ", pol.repeat_window_cycles,
          " cycle(s), ", other, " by distance or group); allow cross-group reviewers "
          "(crossGroup), shorten repeatWindowCycles, or train more leaders"));
    } else if (with_head < heads_per_team) {
      why.push_back(absl::StrCat("no school that may review it has a trained head with days to "
                                 "give (", heads_per_team, " needed); train a head nearby, "
                                 "raise headDaysMax, or allow cross-group reviewers"));
    }
    if (why.empty()) {
      report.school_reasons.erase(b);
      possible.push_back(b);
    }
  }
  int max_reviews = static_cast<int>(possible.size());
  if (possible.empty()) {
    report.max_reviews = 0;
    return report;
  }
  const std::string group = m.group_name(m.group(possible.front()));
  const int n = static_cast<int>(schools.size());
  std::set<int> targets(possible.begin(), possible.end());

  // Reciprocity: each review needs t arcs into it, one per reviewing school, and a pair of
  // schools can carry only one arc between them.
  if (!pol.allow_reciprocal) {
    std::set<std::pair<int, int>> pairs;
    for (int b : possible) {
      for (const Candidate& c : candidates[b]) {
        if (gives(c.school) > 0) pairs.insert({std::min(b, c.school), std::max(b, c.school)});
      }
    }
    const int limit = static_cast<int>(pairs.size()) / t;
    if (limit < max_reviews) {
      max_reviews = limit;
      report.group_reasons.push_back(absl::StrCat(
          "group ", group, " has ", n, " school(s) and ", pairs.size(),
          " pair(s) of schools that may review one another; without reciprocal pairs each pair "
          "carries one reviewer, so at most ", limit, " of its ", possible.size(),
          " reviews of ", t, " can be staffed (a closed group needs at least ", 2 * t + 1,
          " schools with no pair ruled out); allow reciprocal reviews (allowReciprocal), "
          "allow cross-group reviewers (crossGroup), or merge the group with another"));
    }
  }
  // Heads: every team needs its HEADs.
  // A school sends at most one leader to each review it may join.
  std::map<int, int> may_join;
  for (int b : possible) {
    for (const Candidate& c : candidates[b]) ++may_join[c.school];
  }
  int head_days = 0, days = 0;
  for (int a : schools) {
    head_days += m.RoleCapacity(a, kHead);
    auto it = may_join.find(a);
    days += std::min(gives(a), it == may_join.end() ? 0 : it->second);
  }
  if (head_days / heads_per_team < max_reviews) {
    max_reviews = head_days / heads_per_team;
    report.group_reasons.push_back(absl::StrCat(
        "trained heads in group ", group, " can give ", head_days, " day(s) but ",
        possible.size(), " reviews need ", heads_per_team, " head(s) each; train more heads, "
        "raise headDaysMax, or lower minHeadsPerTeam"));
  }
  if (days / t < max_reviews) {
    max_reviews = days / t;
    report.group_reasons.push_back(absl::StrCat(
        "leaders in group ", group, " can give ", days, " leader-day(s) but ", possible.size(),
        " reviews of ", t, " need ", t * static_cast<int>(possible.size()),
        "; raise headDaysMax/deputyDaysMax or maxReviews, add review dates, or allow "
        "cross-group reviewers (crossGroup)"));
  }
  // Dates: on each date, a school reviewed that day sends nobody, and (leadershipCover)
  // every school keeps a leader at home; each leader goes to one review a day. So the
  // reviews of date d need teamSize leaders (and the heads) from what the schools not
  // reviewed on d can spare, and the schools reviewed are at best those that spare least.
  // Reviews on all dates together are at most the sum over dates.
  if (m.num_dates() > 0) {
    int by_dates = 0;
    for (int d = 0; d < m.num_dates(); ++d) {
      std::vector<int> spare(m.num_schools(), 0), spare_heads(m.num_schools(), 0);
      int total = 0, total_heads = 0;
      for (int a : schools) {
        int role_free[2] = {0, 0};
        for (int role = 0; role < 2; ++role) {
          for (int l : m.role_leaders(a, role)) role_free[role] += m.leader_free_on(l, d);
          role_free[role] = std::min(role_free[role], m.RoleCapacity(a, role));
        }
        const int away = pol.leadership_cover
                             ? std::max(0, static_cast<int>(m.school_leaders(a).size()) - 1)
                             : static_cast<int>(m.school_leaders(a).size());
        spare[a] = std::min(away, role_free[kHead] + role_free[kDeputy]);
        spare_heads[a] = std::min(away, role_free[kHead]);
        total += spare[a];
        total_heads += spare_heads[a];
      }
      std::vector<int> lost, lost_heads;  // What each school that may host on d spares.
      for (int b : possible) {
        if (!m.host_free_on(b, d)) continue;
        lost.push_back(spare[b]);
        lost_heads.push_back(spare_heads[b]);
      }
      std::sort(lost.begin(), lost.end());
      std::sort(lost_heads.begin(), lost_heads.end());
      int r = 0, gone = 0, gone_heads = 0;
      while (r < static_cast<int>(lost.size())) {
        const int next = gone + lost[r], next_heads = gone_heads + lost_heads[r];
        if (t * (r + 1) > total - next || heads_per_team * (r + 1) > total_heads - next_heads) {
          break;
        }
        gone = next;
        gone_heads = next_heads;
        ++r;
      }
      by_dates += r;
    }
    if (by_dates < max_reviews) {
      max_reviews = by_dates;
      report.group_reasons.push_back(absl::StrCat(
          "on the cycle's ", m.num_dates(), " date(s) group ", group, " can staff at most ",
          by_dates, " of its ", possible.size(), " reviews: a school reviewed on a date sends "
          "nobody that day", pol.leadership_cover ? " and every school keeps a leader on site "
          "(leadershipCover)" : "", ", and each leader goes to one review a day; add review "
          "dates, or allow cross-group reviewers (crossGroup)"));
    }
  }
  report.max_reviews = std::max(0, max_reviews);
  return report;
}

}  // namespace partnership::scheduler::internal
