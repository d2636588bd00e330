#include "partnership/scheduler/validate.h"

#include <map>
#include <set>
#include <string>

#include "absl/strings/str_cat.h"
#include "common/iso_date.h"
#include "common/status_macros.h"
#include "scheduler/model.h"

namespace partnership::scheduler {
namespace {

absl::Status Bad(const std::string& path, const std::string& what) {
  return absl::InvalidArgumentError(absl::StrCat(path, ": ", what));
}

absl::Status CheckDate(const std::string& path, const std::string& date) {
  if (IsIsoDate(date)) return absl::OkStatus();
  return Bad(path, absl::StrCat("\"", date,
                                "\" is not an ISO date (YYYY-MM-DD, a real calendar day)"));
}

absl::Status CheckNonNegative(const std::string& path, double value) {
  if (value >= 0) return absl::OkStatus();
  return Bad(path, absl::StrCat("must not be negative (got ", value, ")"));
}

// Ids, dates and numbers: everything that can be judged field by field.
absl::Status ValidateFields(const Problem& p) {
  std::set<std::string> dates;
  for (size_t i = 0; i < p.dates.size(); ++i) {
    const std::string path = absl::StrCat("dates[", i, "]");
    RETURN_IF_ERROR(CheckDate(path, p.dates[i]));
    if (!dates.insert(p.dates[i]).second) {
      return Bad(path, absl::StrCat("date ", p.dates[i], " is listed twice"));
    }
  }
  const Policy& pol = p.policy;
  if (pol.team_size < 1) {
    return Bad("policy.teamSize", absl::StrCat("must be at least 1 (got ", pol.team_size, ")"));
  }
  if (pol.min_heads_per_team < 0 || pol.min_heads_per_team > pol.team_size) {
    return Bad("policy.minHeadsPerTeam",
               absl::StrCat("must be between 0 and teamSize ", pol.team_size, " (got ",
                            pol.min_heads_per_team, ")"));
  }
  if (pol.repeat_window_cycles < 0) {
    return Bad("policy.repeatWindowCycles", "must not be negative");
  }
  RETURN_IF_ERROR(CheckNonNegative("policy.maxTravelKm", pol.max_travel_km));
  const Weights& w = p.weights;
  RETURN_IF_ERROR(CheckNonNegative("weights.travelPerKm", w.travel_per_km));
  RETURN_IF_ERROR(CheckNonNegative("weights.focusMatch", w.focus_match));
  RETURN_IF_ERROR(CheckNonNegative("weights.fairnessPerDay", w.fairness_per_day));
  RETURN_IF_ERROR(CheckNonNegative("weights.crossGroup", w.cross_group));
  RETURN_IF_ERROR(CheckNonNegative("weights.unreviewed", w.unreviewed));
  RETURN_IF_ERROR(CheckNonNegative("timeLimitSeconds", p.time_limit_seconds));

  std::map<std::string, std::string> school_paths, leader_paths;
  for (size_t i = 0; i < p.schools.size(); ++i) {
    const School& s = p.schools[i];
    const std::string path = absl::StrCat("schools[", i, "]");
    if (s.id.empty()) return Bad(path + ".id", "a school needs an id");
    auto [it, fresh] = school_paths.emplace(s.id, path);
    if (!fresh) {
      return Bad(path + ".id",
                 absl::StrCat("duplicate school id \"", s.id, "\" (also ", it->second, ")"));
    }
    if (s.lat < -90 || s.lat > 90) return Bad(path + ".lat", "must be within [-90, 90]");
    if (s.lon < -180 || s.lon > 180) return Bad(path + ".lon", "must be within [-180, 180]");
    for (size_t k = 0; k < s.host_unavailable_dates.size(); ++k) {
      RETURN_IF_ERROR(CheckDate(absl::StrCat(path, ".hostUnavailableDates[", k, "]"),
                                s.host_unavailable_dates[k]));
    }
    if (s.head_days_max < 0) return Bad(path + ".headDaysMax", "must not be negative");
    if (s.deputy_days_max < 0) return Bad(path + ".deputyDaysMax", "must not be negative");
    for (size_t k = 0; k < s.leaders.size(); ++k) {
      const Leader& l = s.leaders[k];
      const std::string lpath = absl::StrCat(path, ".leaders[", k, "]");
      if (l.id.empty()) return Bad(lpath + ".id", "a leader needs an id");
      auto [lit, lfresh] = leader_paths.emplace(l.id, lpath);
      if (!lfresh) {
        return Bad(lpath + ".id", absl::StrCat("duplicate leader id \"", l.id, "\" (also ",
                                               lit->second, ")"));
      }
      if (l.max_reviews < 0) return Bad(lpath + ".maxReviews", "must not be negative");
      for (size_t d = 0; d < l.unavailable_dates.size(); ++d) {
        RETURN_IF_ERROR(CheckDate(absl::StrCat(lpath, ".unavailableDates[", d, "]"),
                                  l.unavailable_dates[d]));
      }
    }
  }
  auto known_school = [&](const std::string& path, const std::string& id) {
    if (school_paths.count(id)) return absl::OkStatus();
    return Bad(path, absl::StrCat("unknown school \"", id, "\""));
  };
  for (size_t i = 0; i < p.conflicts.size(); ++i) {
    RETURN_IF_ERROR(known_school(absl::StrCat("conflicts[", i, "].a"), p.conflicts[i].a));
    RETURN_IF_ERROR(known_school(absl::StrCat("conflicts[", i, "].b"), p.conflicts[i].b));
  }
  for (size_t i = 0; i < p.history.size(); ++i) {
    const PastReview& h = p.history[i];
    RETURN_IF_ERROR(known_school(absl::StrCat("history[", i, "].reviewer"), h.reviewer));
    RETURN_IF_ERROR(known_school(absl::StrCat("history[", i, "].reviewee"), h.reviewee));
    if (h.cycles_ago < 1) {
      return Bad(absl::StrCat("history[", i, "].cyclesAgo"), "must be at least 1");
    }
  }
  for (size_t i = 0; i < p.locked.size(); ++i) {
    const Lock& lock = p.locked[i];
    const std::string path = absl::StrCat("locked[", i, "]");
    RETURN_IF_ERROR(known_school(path + ".reviewee", lock.reviewee));
    if (!lock.date.empty()) {
      RETURN_IF_ERROR(CheckDate(path + ".date", lock.date));
      if (!dates.count(lock.date)) {
        return Bad(path + ".date", absl::StrCat(lock.date, " is not one of the cycle's dates"));
      }
    }
    for (size_t k = 0; k < lock.leaders.size(); ++k) {
      if (!leader_paths.count(lock.leaders[k])) {
        return Bad(absl::StrCat(path, ".leaders[", k, "]"),
                   absl::StrCat("unknown leader \"", lock.leaders[k], "\""));
      }
    }
  }
  return absl::OkStatus();
}

// Hard constraints a lock breaks on its own or together with the other locks.
absl::Status ValidateLocks(const Problem& p) {
  if (p.locked.empty()) return absl::OkStatus();
  internal::Model m(p);
  const Policy& pol = p.policy;
  std::map<int, size_t> reviewee_lock;
  std::map<int, int> lock_date;                                  // reviewee -> date or -1
  std::map<std::pair<int, int>, size_t> leader_on_date;          // (leader, date) -> lock
  std::map<int, int> leader_reviews;                             // leader -> locks
  std::map<std::pair<int, int>, int> role_days;                  // (school, role) -> days
  std::map<std::pair<int, int>, int> away;                       // (school, date) -> leaders
  std::set<std::pair<int, int>> arcs;                            // (reviewer, reviewee)
  for (size_t i = 0; i < p.locked.size(); ++i) {
    const Lock& lock = p.locked[i];
    const std::string path = absl::StrCat("locked[", i, "]");
    const int b = m.SchoolIndex(lock.reviewee);
    auto [rit, fresh] = reviewee_lock.emplace(b, i);
    if (!fresh) {
      return Bad(path + ".reviewee", absl::StrCat("school ", lock.reviewee,
                                                  " is already locked by locked[", rit->second,
                                                  "]; a school has one review a cycle"));
    }
    if (!m.school(b).receives_review) {
      return Bad(path + ".reviewee",
                 absl::StrCat("school ", lock.reviewee, " has receivesReview false"));
    }
    const int d = lock.date.empty() ? -1 : m.DateIndex(lock.date);
    lock_date[b] = d;
    if (d >= 0 && !m.host_free_on(b, d)) {
      return Bad(path + ".date", absl::StrCat("school ", lock.reviewee,
                                              " cannot host a review on ", lock.date));
    }
    if (static_cast<int>(lock.leaders.size()) > pol.team_size) {
      return Bad(path + ".leaders", absl::StrCat(lock.leaders.size(),
                                                 " leaders locked but teamSize is ",
                                                 pol.team_size));
    }
    int heads = 0;
    std::set<int> schools;
    for (size_t k = 0; k < lock.leaders.size(); ++k) {
      const std::string lpath = absl::StrCat(path, ".leaders[", k, "]");
      const int l = m.LeaderIndex(lock.leaders[k]);
      const int a = m.leader_school(l);
      const std::string& id = lock.leaders[k];
      if (!m.leader(l).trained) return Bad(lpath, absl::StrCat("leader ", id, " is not trained"));
      if (!schools.insert(a).second) {
        return Bad(lpath, absl::StrCat("a second leader from school ", m.school(a).id,
                                       " on one team"));
      }
      const std::string why = m.BlockReason(a, b);
      if (!why.empty()) {
        return Bad(lpath, absl::StrCat("leader ", id, " may not review ", lock.reviewee,
                                       ": ", why));
      }
      heads += m.leader_role(l) == internal::kHead;
      if (d >= 0) {
        if (!m.leader_free_on(l, d)) {
          return Bad(lpath, absl::StrCat("leader ", id, " is unavailable on ", lock.date));
        }
        auto [it, first] = leader_on_date.emplace(std::make_pair(l, d), i);
        if (!first) {
          return Bad(lpath, absl::StrCat("leader ", id, " is also locked on locked[",
                                         it->second, "] on ", lock.date));
        }
        const int n_away = ++away[{a, d}];
        if (pol.leadership_cover &&
            n_away >= static_cast<int>(m.school_leaders(a).size())) {
          return Bad(lpath, absl::StrCat("locks take every leader of school ", m.school(a).id,
                                         " away on ", lock.date,
                                         " and leadershipCover is on"));
        }
      }
      if (++leader_reviews[l] > m.leader(l).max_reviews) {
        return Bad(lpath, absl::StrCat("leader ", id, " is locked on more than maxReviews ",
                                       m.leader(l).max_reviews, " reviews"));
      }
      const int role = m.leader_role(l);
      if (++role_days[{a, role}] > m.RoleCap(a, role)) {
        return Bad(lpath, absl::StrCat("locks give more ",
                                       role == internal::kHead ? "headDaysMax" : "deputyDaysMax",
                                       " (", m.RoleCap(a, role), ") days than school ",
                                       m.school(a).id, " allows"));
      }
      arcs.insert({a, b});
    }
    const int free_slots = pol.team_size - static_cast<int>(lock.leaders.size());
    if (heads + free_slots < std::max(1, pol.min_heads_per_team)) {
      return Bad(path + ".leaders",
                 absl::StrCat("the team can no longer have ", std::max(1, pol.min_heads_per_team),
                              " HEAD(s) (minHeadsPerTeam, and the lead is a HEAD)"));
    }
  }
  for (size_t i = 0; i < p.locked.size(); ++i) {
    const Lock& lock = p.locked[i];
    const int b = m.SchoolIndex(lock.reviewee);
    for (size_t k = 0; k < lock.leaders.size(); ++k) {
      const int l = m.LeaderIndex(lock.leaders[k]);
      const int a = m.leader_school(l);
      const std::string lpath = absl::StrCat("locked[", i, "].leaders[", k, "]");
      if (!pol.allow_reciprocal && arcs.count({b, a})) {
        return Bad(lpath, absl::StrCat("schools ", m.school(a).id, " and ", lock.reviewee,
                                       " would review each other and allowReciprocal is off"));
      }
      auto own = lock_date.find(a);
      if (own != lock_date.end() && own->second >= 0 && own->second == lock_date[b]) {
        return Bad(lpath, absl::StrCat("leader ", lock.leaders[k], " is locked away on ",
                                       lock.date, ", the day their own school is reviewed"));
      }
    }
  }
  return absl::OkStatus();
}

}  // namespace

absl::Status Validate(const Problem& problem) {
  RETURN_IF_ERROR(ValidateFields(problem));
  return ValidateLocks(problem);
}

}  // namespace partnership::scheduler
