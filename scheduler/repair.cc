#include "partnership/scheduler/repair.h"

#include <algorithm>
#include <map>
#include <set>

#include "partnership/scheduler/check.h"

#include "absl/strings/str_cat.h"
#include "absl/strings/match.h"
#include "absl/strings/str_join.h"
#include "partnership/scheduler/validate.h"

namespace partnership::scheduler {
namespace {

// The previous schedule's locks cannot all hold in the repaired problem: a lock the solver
// could not complete (FAILED_PRECONDITION), or locks that break a hard constraint by
// themselves once the leader is gone (for example, the withdrawn leader's colleague locked
// away on a day that school now has nobody else on site).
bool LocksCannotHold(const absl::Status& status) {
  return status.code() == absl::StatusCode::kFailedPrecondition ||
         (status.code() == absl::StatusCode::kInvalidArgument &&
          absl::StartsWith(status.message(), "locked["));
}

}  // namespace

absl::StatusOr<Problem> LockForRepair(const Problem& problem, const Schedule& previous,
                                      const std::string& withdrawn_leader) {
  Problem out = problem;
  bool found = false;
  for (School& school : out.schools) {
    for (auto it = school.leaders.begin(); it != school.leaders.end(); ++it) {
      if (it->id == withdrawn_leader) {
        school.leaders.erase(it);
        found = true;
        break;
      }
    }
    if (found) break;
  }
  if (!found) {
    return absl::NotFoundError(absl::StrCat("no school has leader \"", withdrawn_leader, "\""));
  }
  out.locked.clear();
  for (const Review& review : previous.reviews) {
    Lock lock;
    lock.reviewee = review.reviewee;
    lock.date = review.date;
    for (const TeamMember& member : review.team) {
      if (member.leader != withdrawn_leader) lock.leaders.push_back(member.leader);
    }
    out.locked.push_back(std::move(lock));
  }
  return out;
}

absl::StatusOr<Schedule> RepairSchedule(const Problem& problem, const Schedule& previous,
                                        const std::string& withdrawn_leader,
                                        const SolveOptions& options) {
  absl::StatusOr<Problem> locked = LockForRepair(problem, previous, withdrawn_leader);
  if (!locked.ok()) return locked.status();
  {
    // Errors of the problem itself are the caller's, whatever the locks.
    Problem unlocked = *locked;
    unlocked.locked.clear();
    if (absl::Status valid = Validate(unlocked); !valid.ok()) return valid;
  }
  std::string withdrawn_school;  // Whose school loses a leader.
  for (const School& school : problem.schools) {
    for (const Leader& leader : school.leaders) {
      if (leader.id == withdrawn_leader) withdrawn_school = school.id;
    }
  }
  // Where each reviewee is, to release the locks nearest the damage first.
  std::map<std::string, const School*> schools;
  for (const School& s : problem.schools) schools[s.id] = &s;
  // Reviews the withdrawal touches: those of the withdrawn leader, and those its school's
  // other leaders are away on (with a leader fewer, the school may need one of them home).
  std::vector<size_t> damaged;
  for (size_t i = 0; i < previous.reviews.size(); ++i) {
    for (const TeamMember& m : previous.reviews[i].team) {
      if (m.leader == withdrawn_leader || m.school == withdrawn_school) {
        damaged.push_back(i);
        break;
      }
    }
  }
  auto km_to_damage = [&](size_t i) {
    double best = 1e18;
    const School* a = schools[previous.reviews[i].reviewee];
    for (size_t d : damaged) {
      const School* b = schools[previous.reviews[d].reviewee];
      if (a != nullptr && b != nullptr) {
        best = std::min(best, HaversineKm(a->lat, a->lon, b->lat, b->lon));
      }
    }
    return best;
  };
  std::vector<size_t> order;  // Undamaged reviews, nearest the damage first.
  for (size_t i = 0; i < previous.reviews.size(); ++i) {
    if (std::find(damaged.begin(), damaged.end(), i) == damaged.end()) order.push_back(i);
  }
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t x, size_t y) { return km_to_damage(x) < km_to_damage(y); });

  absl::StatusOr<Schedule> result = Solve(*locked, options);
  if (result.ok() || !LocksCannotHold(result.status())) return result;
  // LockForRepair keeps locks in the order of previous.reviews.
  for (size_t d : damaged) locked->locked[d].date.clear();
  result = Solve(*locked, options);
  for (size_t released = 2; !result.ok() && LocksCannotHold(result.status()); released *= 2) {
    Problem attempt = *locked;
    std::vector<char> drop(previous.reviews.size(), 0);
    for (size_t d : damaged) drop[d] = 1;
    for (size_t k = 0; k < order.size() && k < released; ++k) drop[order[k]] = 1;
    attempt.locked.clear();
    for (size_t i = 0; i < locked->locked.size(); ++i) {
      if (!drop[i]) attempt.locked.push_back(locked->locked[i]);
    }
    result = Solve(attempt, options);
    if (released > previous.reviews.size()) break;
  }
  return result;
}

std::vector<std::string> Diff(const Schedule& before, const Schedule& after) {
  std::map<std::string, const Review*> old_reviews, new_reviews;
  for (const Review& r : before.reviews) old_reviews[r.reviewee] = &r;
  for (const Review& r : after.reviews) new_reviews[r.reviewee] = &r;
  std::set<std::string> schools;
  for (const auto& [id, r] : old_reviews) schools.insert(id);
  for (const auto& [id, r] : new_reviews) schools.insert(id);
  auto lead_of = [](const Review& r) {
    for (const TeamMember& m : r.team) {
      if (m.lead) return m.leader;
    }
    return std::string();
  };
  std::vector<std::string> out;
  for (const std::string& id : schools) {
    auto o = old_reviews.find(id);
    auto n = new_reviews.find(id);
    if (o == old_reviews.end()) {
      out.push_back(absl::StrCat(id, ": now reviewed on ", n->second->date));
      continue;
    }
    if (n == new_reviews.end()) {
      out.push_back(absl::StrCat(id, ": no longer reviewed (was ", o->second->date, ")"));
      continue;
    }
    const Review& a = *o->second;
    const Review& b = *n->second;
    if (a.date != b.date) {
      out.push_back(absl::StrCat(id, ": review moved from ", a.date, " to ", b.date));
    }
    std::set<std::string> was, is;
    for (const TeamMember& m : a.team) was.insert(m.leader);
    for (const TeamMember& m : b.team) is.insert(m.leader);
    for (const std::string& l : was) {
      if (!is.count(l)) out.push_back(absl::StrCat(id, ": ", l, " leaves the team"));
    }
    for (const std::string& l : is) {
      if (!was.count(l)) out.push_back(absl::StrCat(id, ": ", l, " joins the team"));
    }
    if (lead_of(a) != lead_of(b)) {
      out.push_back(absl::StrCat(id, ": lead changes from ", lead_of(a), " to ", lead_of(b)));
    }
  }
  return out;
}

}  // namespace partnership::scheduler
