// The problem indexed for search: schools, leaders and dates as small integers, and the
// pair rules (conflicts, trusts, history, groups, travel) answerable in O(1).
//
// Internal to the scheduler. Built only from a problem whose ids are known to be unique
// and whose references resolve (Validate's first pass); it keeps a pointer to `problem`,
// which must outlive it.
#ifndef PARTNERSHIP_SCHEDULER_MODEL_H_
#define PARTNERSHIP_SCHEDULER_MODEL_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "partnership/scheduler/problem.h"

namespace partnership::scheduler::internal {

constexpr int kHead = 0;
constexpr int kDeputy = 1;

// A school that may send a leader to review a given reviewee, and what each leader costs
// in travel and cross-group terms (before fairness and focus).
struct Candidate {
  int school;
  double km;
  bool cross_group;
  double arc_cost;  // travelPerKm * km + (cross_group ? weights.crossGroup : 0).
  int focus_hits;   // |focusAreas(reviewee) ∩ strengths(school)|.
  // Which of the reviewee's focus areas (bit i: focus(reviewee)[i], the first 64) the
  // school is strong in.
  uint64_t focus_mask;
};

// A place on a team before dates and leaders are chosen: school `school` sends a leader
// of `role`.
struct Seat {
  int school;
  int role;
};

class Model {
 public:
  explicit Model(const Problem& problem);

  const Problem& problem() const { return *problem_; }
  int num_schools() const { return static_cast<int>(school_leaders_.size()); }
  int num_leaders() const { return static_cast<int>(leader_school_.size()); }
  int num_dates() const { return static_cast<int>(problem_->dates.size()); }

  int SchoolIndex(const std::string& id) const;  // -1 if unknown.
  int LeaderIndex(const std::string& id) const;  // -1 if unknown.
  int DateIndex(const std::string& date) const;  // -1 if not one of the cycle's dates.

  const School& school(int s) const { return problem_->schools[s]; }
  const Leader& leader(int l) const;
  int leader_school(int l) const { return leader_school_[l]; }
  int leader_role(int l) const { return leader_role_[l]; }
  bool leader_trained(int l) const { return leader_trained_[l] != 0; }
  int leader_max_reviews(int l) const { return leader_max_reviews_[l]; }
  const std::vector<int>& school_leaders(int s) const { return school_leaders_[s]; }
  // The school's trained leaders of `role` who may review at all, in school order.
  const std::vector<int>& role_leaders(int s, int role) const {
    return role_leaders_[2 * static_cast<size_t>(s) + role];
  }
  int group(int s) const { return group_[s]; }
  const std::string& group_name(int g) const { return group_names_[g]; }
  int num_groups() const { return static_cast<int>(group_names_.size()); }
  const std::vector<int>& group_members(int g) const { return group_members_[g]; }
  bool leader_free_on(int l, int d) const { return !leader_unavailable_[l * num_dates() + d]; }
  bool host_free_on(int s, int d) const { return !host_unavailable_[s * num_dates() + d]; }
  // Most reviews the school's leaders of `role` can give, from the caps, training,
  // maxReviews and the dates each leader is free.
  int RoleCapacity(int s, int role) const { return role_capacity_[2 * s + role]; }
  int RoleCap(int s, int role) const;  // headDaysMax or deputyDaysMax.
  double RoleBalance(int s, int role) const;

  // Why leaders of school `a` may not review school `b` under the policy ("" if they may):
  // same school, conflict, same trust, recent history, different group, or too far.
  std::string BlockReason(int a, int b) const;
  bool MayReview(int a, int b) const { return BlockReason(a, b).empty(); }

  double Km(int a, int b) const;
  // The schools that may review `b`, in school order, with their costs.
  std::vector<Candidate> CandidatesFor(int b) const;
  const std::vector<int>& focus(int s) const { return focus_[s]; }
  const std::vector<int>& strengths(int s) const { return strengths_[s]; }

  // Fairness cost of a school-role having given `days` this cycle.
  double Fairness(int s, int role, int days) const;

 private:
  static uint64_t Pair(int a, int b) { return (uint64_t(uint32_t(a)) << 32) | uint32_t(b); }

  const Problem* problem_;
  absl::flat_hash_map<std::string, int> school_index_, leader_index_, date_index_;
  std::vector<std::vector<int>> school_leaders_;
  std::vector<std::vector<int>> role_leaders_;  // 2 * school + role.
  std::vector<int> leader_school_, leader_slot_, leader_role_, leader_max_reviews_;
  std::vector<char> leader_trained_;
  std::vector<char> leader_unavailable_, host_unavailable_;
  std::vector<int> group_, trust_;
  std::vector<std::string> group_names_;
  std::vector<std::vector<int>> group_members_;  // In school order.
  std::vector<int> role_capacity_;
  std::vector<std::vector<int>> focus_, strengths_;
  absl::flat_hash_set<uint64_t> conflicts_;
  absl::flat_hash_map<uint64_t, int> latest_review_;  // (reviewer, reviewee) -> cyclesAgo.
};

}  // namespace partnership::scheduler::internal

#endif  // PARTNERSHIP_SCHEDULER_MODEL_H_
