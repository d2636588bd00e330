// A review cycle's scheduling problem, as the spec (shared/spec/scheduler.md) defines it.
//
// Plain values: the scheduler owns nothing outside them and reads no files. Every field
// carries the spec's default, so a Problem built in code and one parsed from JSON with the
// field omitted mean the same thing.
#ifndef PARTNERSHIP_SCHEDULER_PROBLEM_H_
#define PARTNERSHIP_SCHEDULER_PROBLEM_H_

#include <cstdint>
#include <string>
#include <vector>

namespace partnership::scheduler {

// A school leader who may serve on review teams.
enum class LeaderRole { kHead, kDeputy };

// "HEAD" or "DEPUTY", as written in problem and schedule files.
const char* LeaderRoleName(LeaderRole role);

// The rules a coordinator sets for the cycle (spec, "policy").
struct Policy {
  int team_size = 3;
  int min_heads_per_team = 1;
  bool allow_reciprocal = false;
  bool avoid_same_trust = true;
  int repeat_window_cycles = 3;
  bool leadership_cover = true;
  bool cross_group = false;
  double max_travel_km = 0;  // 0: no cap.
};

// What each part of the cost is worth (spec, "Cost").
struct Weights {
  double travel_per_km = 1.0;
  double focus_match = 25.0;
  double fairness_per_day = 50.0;
  double cross_group = 200.0;
  double unreviewed = 100000.0;
};

struct Leader {
  std::string id;
  LeaderRole role = LeaderRole::kHead;
  bool trained = true;
  std::vector<std::string> unavailable_dates;
  int max_reviews = 2;
};

// A member school: it may receive a review and gives leader-days to others.
struct School {
  std::string id;
  std::string name;
  std::string phase;
  std::string group;
  std::string trust;  // Empty: not in a trust.
  double lat = 0;
  double lon = 0;
  bool receives_review = true;
  std::vector<std::string> host_unavailable_dates;
  std::vector<std::string> focus_areas;
  std::vector<std::string> strengths;
  int head_days_max = 2;
  int deputy_days_max = 2;
  // Days given beyond 1.5 a year in earlier cycles (negative: owed).
  double head_days_balance = 0;
  double deputy_days_balance = 0;
  std::vector<Leader> leaders;
};

// Schools whose leaders must never review one another (either direction).
struct Conflict {
  std::string a;
  std::string b;
  std::string reason;
};

// A review in an earlier cycle: `reviewer` school's leaders reviewed `reviewee`.
struct PastReview {
  std::string reviewer;
  std::string reviewee;
  int cycles_ago = 1;
};

// Part of a review fixed by the coordinator: the reviewee is reviewed, on `date` if not
// empty, with every leader in `leaders` on its team.
struct Lock {
  std::string reviewee;
  std::string date;
  std::vector<std::string> leaders;
};

struct Problem {
  std::string cycle;
  std::vector<std::string> dates;  // ISO dates on which reviews may take place.
  Policy policy;
  Weights weights;
  std::vector<School> schools;
  std::vector<Conflict> conflicts;
  std::vector<PastReview> history;
  std::vector<Lock> locked;
  uint64_t seed = 1;
  double time_limit_seconds = 30;
};

}  // namespace partnership::scheduler

#endif  // PARTNERSHIP_SCHEDULER_PROBLEM_H_
