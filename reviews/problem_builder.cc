#include "reviews/problem_builder.h"

#include <algorithm>
#include <set>
#include <tuple>

#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"

namespace partnership::reviews {
namespace {

int StartYear(const std::string& academic_year) {
  int year = 0;
  if (academic_year.size() < 4 || !absl::SimpleAtoi(academic_year.substr(0, 4), &year)) return 0;
  return year;
}

}  // namespace

int YearsBetween(const std::string& later, const std::string& earlier) {
  return StartYear(later) - StartYear(earlier);
}

scheduler::Problem BuildProblem(const ProblemInputs& in) {
  scheduler::Problem p;
  p.cycle = in.cycle.name;
  p.dates = in.cycle.dates;
  p.policy = in.cycle.policy;
  p.weights = in.cycle.weights;
  p.seed = in.seed;
  p.time_limit_seconds = in.time_limit_seconds;
  const std::string first_date = in.cycle.dates.empty() ? "" : in.cycle.dates.front();

  // Mean location of each group, for schools GIAS gives no location.
  std::map<std::string, std::pair<double, double>> sums;
  std::map<std::string, int> counts;
  for (const registry::School& s : in.schools) {
    if (!s.latitude || !s.longitude) continue;
    sums[s.review_group].first += *s.latitude;
    sums[s.review_group].second += *s.longitude;
    ++counts[s.review_group];
  }

  std::map<std::string, size_t> index;
  for (const registry::School& s : in.schools) {
    scheduler::School school;
    school.id = s.urn;
    school.name = s.name;
    school.phase = std::string(registry::PhaseName(s.phase));
    school.group = s.review_group;
    school.trust = s.trust;
    if (s.latitude && s.longitude) {
      school.lat = *s.latitude;
      school.lon = *s.longitude;
    } else if (counts[s.review_group] > 0) {
      school.lat = sums[s.review_group].first / counts[s.review_group];
      school.lon = sums[s.review_group].second / counts[s.review_group];
    }
    auto balance = in.balances.find(s.urn);
    if (balance != in.balances.end()) {
      school.head_days_balance = balance->second.head_days_balance;
      school.deputy_days_balance = balance->second.deputy_days_balance;
    }
    index[s.urn] = p.schools.size();
    p.schools.push_back(std::move(school));
  }
  for (const registry::Person& person : in.people) {
    if (!registry::IsLeader(person.role)) continue;
    auto it = index.find(person.school_urn);
    if (it == index.end()) continue;
    scheduler::Leader leader;
    leader.id = absl::StrCat(person.id);
    leader.role = person.role == registry::PersonRole::kHeadteacher
                      ? scheduler::LeaderRole::kHead
                      : scheduler::LeaderRole::kDeputy;
    leader.trained = !person.training_completed_on.empty() &&
                     (first_date.empty() || person.training_completed_on <= first_date);
    for (const std::string& d : person.unavailable_dates) {
      if (std::binary_search(in.cycle.dates.begin(), in.cycle.dates.end(), d)) {
        leader.unavailable_dates.push_back(d);
      }
    }
    p.schools[it->second].leaders.push_back(std::move(leader));
  }
  for (const scheduler::Conflict& c : in.conflicts) {
    if (index.count(c.a) && index.count(c.b)) p.conflicts.push_back(c);
  }
  std::set<std::tuple<std::string, std::string, int>> seen;
  for (const PastVisit& v : in.past_visits) {
    const int ago = YearsBetween(in.cycle.name, v.cycle);
    if (ago <= 0 || !index.count(v.reviewer_school) || !index.count(v.reviewee)) continue;
    if (!seen.insert({v.reviewer_school, v.reviewee, ago}).second) continue;
    p.history.push_back({v.reviewer_school, v.reviewee, ago});
  }
  return p;
}

}  // namespace partnership::reviews
