// Review cycles: dates and rules, the scheduled draft, confirmation into the days ledger.
#ifndef PARTNERSHIP_REVIEWS_REVIEW_CYCLES_H_
#define PARTNERSHIP_REVIEWS_REVIEW_CYCLES_H_

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "access/principal.h"
#include "membership/membership_register.h"
#include "partnership/scheduler/problem.h"
#include "partnership/scheduler/schedule.h"
#include "partnership/scheduler/solver.h"
#include "reviews/problem_builder.h"
#include "reviews/review_cycle.h"
#include "storage/database.h"
#include "storage/review_schedule_table.h"

namespace partnership::reviews {

// A cycle's schedule as stored, with the problem it answers (for names and checking).
struct CycleSchedule {
  ReviewCycle cycle;
  storage::StoredSchedule stored;
  std::vector<scheduler::DaysLedger> ledger;  // what confirming would record
  std::string taking_part;  // how the schools taking part were chosen, in words
  // For people reading the schedule: names by URN and by leader (person) id, groups by URN.
  std::map<std::string, std::string> school_names, school_groups, leader_names;
};

// One school's row of the days ledger in one cycle.
struct LedgerEntry {
  std::string cycle;
  scheduler::DaysLedger days;
  std::string school_name;  // "" if the school has left the register
};

// Thread-safe; does not own `db`. The coordinator changes everything; every other role
// reads cycles, schedules and the ledger (a school sees who reviews it and whom it reviews).
class ReviewCycles {
 public:
  // `members` says which schools take part: the active members on the cycle's first date.
  ReviewCycles(storage::Database& db, membership::MembershipRegister& members)
      : db_(db), members_(members) {}

  // Coordinator only. INVALID_ARGUMENT as NormaliseAndCheckCycle; ALREADY_EXISTS. Audited.
  absl::StatusOr<ReviewCycle> Create(const access::Principal& caller, ReviewCycle cycle);
  absl::StatusOr<ReviewCycle> Get(const access::Principal& caller, const std::string& name);
  absl::StatusOr<std::vector<ReviewCycle>> List(const access::Principal& caller);
  // Replaces dates, policy and weights (the name stays). Coordinator only;
  // FAILED_PRECONDITION once confirmed. A stored draft stays until the next Schedule. Audited.
  absl::StatusOr<ReviewCycle> Update(const access::Principal& caller, ReviewCycle cycle);

  // The scheduling problem for the cycle, built from the register now: the schools taking
  // part (schools with a review group that are active members on the cycle's first date:
  // only members are reviewed and review), their heads and deputies with training and
  // unavailability, conflicts, reviews of earlier confirmed cycles and the ledger balances
  // after the previous cycle. Coordinator only. FAILED_PRECONDITION if no school is an
  // active member on that date (record membership agreements first).
  absl::StatusOr<scheduler::Problem> BuildProblem(const access::Principal& caller,
                                                  const std::string& name, uint64_t seed,
                                                  double time_limit_seconds);

  // Builds the problem, solves it without holding the database (other calls go on), and
  // stores the answer as the cycle's draft, replacing any earlier draft. Coordinator only.
  // FAILED_PRECONDITION if the cycle is confirmed, or if it was confirmed while solving;
  // the scheduler's INVALID_ARGUMENT / FAILED_PRECONDITION for a problem it cannot take.
  // Audited.
  absl::StatusOr<CycleSchedule> Schedule(const access::Principal& caller, const std::string& name,
                                         uint64_t seed, double time_limit_seconds,
                                         std::function<void(const scheduler::SolveProgress&)>
                                             on_progress = nullptr);

  // Re-plans the cycle's draft after leader `leader_id` (a person id) drops out
  // (scheduler::RepairSchedule): every other review stays as it was where it can. The
  // result replaces the draft; `changes` gets one sentence per difference (scheduler::Diff).
  // In the same transaction the leader is recorded in the register as unavailable on every
  // date of the cycle, so a later Schedule does not bring them back (the coordinator lifts
  // that with `people update --unavailable` if they return). Coordinator only. NOT_FOUND if
  // the cycle has no draft or the leader is not among the problem's leaders;
  // FAILED_PRECONDITION once confirmed. Audited.
  absl::StatusOr<CycleSchedule> Repair(const access::Principal& caller, const std::string& name,
                                       const std::string& leader_id, uint64_t seed,
                                       double time_limit_seconds,
                                       std::vector<std::string>* changes);

  // The stored schedule with what confirming it would record. NOT_FOUND if none yet.
  absl::StatusOr<CycleSchedule> GetSchedule(const access::Principal& caller,
                                            const std::string& name);

  // Stores a schedule made elsewhere (a file solved offline) as the draft, after checking it
  // against the problem built now: INVALID_ARGUMENT listing the violated constraints (and
  // nothing stored) if any; FAILED_PRECONDITION if the cycle is confirmed or the file is for
  // another cycle. Its cost and ledger are recomputed here, not trusted. Coordinator only.
  // Audited.
  absl::StatusOr<CycleSchedule> ImportSchedule(const access::Principal& caller,
                                               const std::string& name,
                                               scheduler::Schedule schedule);

  // Makes the draft final: records its days ledger and makes its reviews history for later
  // cycles. Coordinator only. FAILED_PRECONDITION if there is no draft or the cycle is
  // confirmed already. Audited.
  absl::StatusOr<ReviewCycle> Confirm(const access::Principal& caller, const std::string& name);

  // Ledger rows of confirmed cycles, oldest first; one school's if `school_urn` is given.
  absl::StatusOr<std::vector<LedgerEntry>> Ledger(const access::Principal& caller,
                                                  const std::string& school_urn);


 private:
  // The problem's inputs for cycle `name`: the register read in one transaction, narrowed to
  // the active members.
  absl::StatusOr<ProblemInputs> ReadInputs(const std::string& name, uint64_t seed,
                                           double time_limit_seconds);
  // Narrows `in` to the schools that are active members on the cycle's first date.
  // FAILED_PRECONDITION if there are none.
  absl::Status KeepMembers(ProblemInputs& in);

  // Stores `schedule` (from `source`: "SOLVED" or "IMPORTED") as the draft of cycle `name`,
  // with the ledger and names a reader needs; the audit entry starts with `how`
  // ("scheduled", "imported", "repaired after ..."). `alongside`, if set, runs in the same
  // transaction (its error undoes the whole). FAILED_PRECONDITION if the cycle is confirmed.
  absl::StatusOr<CycleSchedule> SaveDraft(
      const access::Principal& caller, const std::string& name, const ProblemInputs& in,
      const scheduler::Problem& problem, scheduler::Schedule schedule, const std::string& source,
      const std::string& how,
      std::function<absl::Status(storage::Transaction&)> alongside = nullptr);

  storage::Database& db_;
  membership::MembershipRegister& members_;
};

}  // namespace partnership::reviews

#endif  // PARTNERSHIP_REVIEWS_REVIEW_CYCLES_H_
