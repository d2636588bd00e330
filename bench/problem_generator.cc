#include "bench/problem_generator.h"

#include <algorithm>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"

namespace partnership::bench {
namespace {

using scheduler::Leader;
using scheduler::LeaderRole;
using scheduler::Problem;
using scheduler::School;

class Random {
 public:
  explicit Random(uint64_t seed) : state_(seed * 2654435761ULL + 12345) {}
  uint64_t Next() {
    uint64_t z = (state_ += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }
  int Int(int lo, int hi) { return lo + static_cast<int>(Next() % uint64_t(hi - lo + 1)); }
  double Real(double lo, double hi) { return lo + (hi - lo) * (Next() >> 11) * 0x1.0p-53; }
  bool Chance(double p) { return Real(0, 1) < p; }

 private:
  uint64_t state_;
};

const char* const kTopics[] = {"maths",   "reading", "phonics", "send",     "behaviour",
                               "science", "writing", "pe",      "curriculum", "attendance"};

std::vector<std::string> ReviewDates(int count) {
  // School weekdays from 11 January 2027 (a Monday), skipping weekends.
  std::vector<std::string> out;
  int day = 11, month = 1;
  int weekday = 0;  // 0 = Monday
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  while (static_cast<int>(out.size()) < count) {
    if (weekday < 5) out.push_back(absl::StrFormat("2027-%02d-%02d", month, day));
    weekday = (weekday + 1) % 7;
    if (++day > kDays[month - 1]) {
      day = 1;
      ++month;
    }
  }
  return out;
}

void AddGroup(Problem& p, Random& rnd, const std::string& group, const std::string& phase,
              int size, double lat, double lon, double spread, int* next_id) {
  const bool secondary = phase == "SECONDARY";
  const int first = static_cast<int>(p.schools.size());
  int trust_left = 0;
  std::string trust;
  for (int i = 0; i < size; ++i) {
    School s;
    s.id = absl::StrCat(100000 + (*next_id)++);
    const char* kind = phase == "PRIMARY" ? "Primary" : secondary ? "Academy" : "School";
    s.name = absl::StrCat(group, " ", kind, " ", i + 1);
    s.phase = phase;
    s.group = group;
    if (trust_left == 0 && rnd.Chance(0.08)) {
      trust = absl::StrCat("Trust ", s.id);
      trust_left = rnd.Int(3, 5);
    }
    if (trust_left > 0) {
      s.trust = trust;
      --trust_left;
    }
    s.lat = lat + rnd.Real(-spread, spread);
    s.lon = lon + rnd.Real(-spread, spread) * 1.6;
    for (const std::string& d : p.dates) {
      if (rnd.Chance(0.1)) s.host_unavailable_dates.push_back(d);
    }
    const int n_topics = sizeof(kTopics) / sizeof(kTopics[0]);
    const int f = rnd.Int(0, n_topics - 1);
    s.focus_areas = {kTopics[f], kTopics[(f + rnd.Int(1, 4)) % n_topics]};
    const int g = rnd.Int(0, n_topics - 1);
    s.strengths = {kTopics[g], kTopics[(g + rnd.Int(1, 4)) % n_topics]};
    s.head_days_balance = 0.5 * rnd.Int(-1, 1);
    s.deputy_days_balance = 0.5 * rnd.Int(-1, 1);
    const int deputies = secondary ? rnd.Int(2, 4) : rnd.Int(1, 2);
    for (int k = 0; k <= deputies; ++k) {
      Leader l;
      l.role = k == 0 ? LeaderRole::kHead : LeaderRole::kDeputy;
      l.id = k == 0 ? s.id + "-h" : absl::StrCat(s.id, "-d", k);
      l.trained = k == 0 ? rnd.Chance(0.97) : rnd.Chance(0.85);
      for (const std::string& d : p.dates) {
        if (rnd.Chance(0.15)) l.unavailable_dates.push_back(d);
      }
      s.leaders.push_back(std::move(l));
    }
    p.schools.push_back(std::move(s));
  }
  // Federations, and who reviewed whom in the last cycles.
  for (int i = first; i < first + size; ++i) {
    if (rnd.Chance(0.03) && size > 1) {
      const int j = first + rnd.Int(0, size - 1);
      if (j != i) p.conflicts.push_back({p.schools[i].id, p.schools[j].id, "federated"});
    }
    for (int cycles_ago = 1; cycles_ago <= 4; ++cycles_ago) {
      if (size < 20 && cycles_ago > 1) break;
      for (int k = 0; k < 3; ++k) {
        const int j = first + rnd.Int(0, size - 1);
        if (j != i) p.history.push_back({p.schools[j].id, p.schools[i].id, cycles_ago});
      }
    }
  }
}

Problem Base(int dates, uint64_t seed) {
  Problem p;
  p.cycle = "2026-27";
  p.dates = ReviewDates(dates);
  p.seed = seed;
  p.time_limit_seconds = 60;
  return p;
}

}  // namespace

Problem GenerateCounty(uint64_t seed) {
  Random rnd(seed);
  Problem p = Base(30, seed);
  int next_id = 15000;
  // Each draw is its own statement: the order of a call's arguments is unspecified, and the
  // problem must be the same whichever compiler builds the bench.
  for (int i = 0; i < 7; ++i) {
    const int size = rnd.Int(25, 45);
    const double lat = 51.85 + rnd.Real(-0.35, 0.35);
    const double lon = -2.24 + rnd.Real(-0.5, 0.5);
    AddGroup(p, rnd, absl::StrCat("Primary partnership ", i + 1), "PRIMARY", size, lat, lon,
             0.12, &next_id);
  }
  for (int i = 0; i < 4; ++i) {
    const int size = rnd.Int(6, 15);
    const double lat = 51.85 + rnd.Real(-0.3, 0.3);
    const double lon = -2.24 + rnd.Real(-0.4, 0.4);
    AddGroup(p, rnd, absl::StrCat("Secondary cluster ", i + 1), "SECONDARY", size, lat, lon,
             0.2, &next_id);
  }
  AddGroup(p, rnd, "Special schools", "SPECIAL", 12, 51.85, -2.24, 0.35, &next_id);
  return p;
}

Problem GenerateNational(uint64_t seed, int schools) {
  Random rnd(seed);
  Problem p = Base(30, seed);
  int next_id = 0;
  int g = 0;
  while (static_cast<int>(p.schools.size()) < schools) {
    const int size = std::min(rnd.Int(20, 45), schools - static_cast<int>(p.schools.size()));
    ++g;
    const double lat = rnd.Real(50.6, 54.6);
    const double lon = rnd.Real(-3.2, 0.4);
    AddGroup(p, rnd, absl::StrCat("Group ", g), g % 5 == 0 ? "SECONDARY" : "PRIMARY", size, lat,
             lon, 0.1, &next_id);
  }
  return p;
}

Problem GenerateCrossGroupCounty(uint64_t seed) {
  Problem p = GenerateCounty(seed);
  p.policy.cross_group = true;
  p.policy.max_travel_km = 60;
  return p;
}

}  // namespace partnership::bench
