#include "reviews/review_cycles.h"

#include <algorithm>
#include <map>
#include <set>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/time/clock.h"
#include "access/policy.h"
#include "audit/audit_trail.h"
#include "common/iso_date.h"
#include "common/status_macros.h"
#include "partnership/scheduler/check.h"
#include "partnership/scheduler/validate.h"
#include "registry/school.h"
#include "reviews/days_ledger.h"
#include "reviews/problem_builder.h"
#include "storage/person_table.h"
#include "storage/review_cycle_table.h"
#include "storage/school_table.h"

namespace partnership::reviews {
namespace {

using access::AccessRole;

constexpr char kTakingPart[] =
    "schools with a review group that are active members on the cycle's first date";

absl::Status RequireCoordinator(const access::Principal& caller, const char* action) {
  return access::RequireRole(caller, {AccessRole::kCoordinator}, action);
}

absl::Status CheckName(const std::string& name) {
  if (!IsAcademicYear(name)) {
    return absl::InvalidArgumentError(
        absl::StrCat("cycle: \"", name, "\" is not an academic year such as 2026-27"));
  }
  return absl::OkStatus();
}

std::string Now() { return FormatUtc(absl::Now()); }

// Everything the problem is built from, read in one transaction.
absl::StatusOr<ProblemInputs> Gather(storage::Transaction& txn, const std::string& name,
                                     uint64_t seed, double time_limit_seconds) {
  ProblemInputs in;
  ASSIGN_OR_RETURN(in.cycle, storage::ReviewCycleTable(txn).Get(name));
  storage::SchoolQuery open;
  open.status = registry::SchoolStatus::kOpen;
  ASSIGN_OR_RETURN(std::vector<registry::School> schools, storage::SchoolTable(txn).List(open));
  for (registry::School& s : schools) {
    if (!s.review_group.empty()) in.schools.push_back(std::move(s));
  }
  storage::PersonQuery heads, deputies;
  heads.role = registry::PersonRole::kHeadteacher;
  deputies.role = registry::PersonRole::kDeputyHead;
  storage::PersonTable people(txn);
  ASSIGN_OR_RETURN(in.people, people.List(heads));
  ASSIGN_OR_RETURN(std::vector<registry::Person> more, people.List(deputies));
  in.people.insert(in.people.end(), more.begin(), more.end());
  ASSIGN_OR_RETURN(in.conflicts, storage::ConflictTable(txn).List());
  ASSIGN_OR_RETURN(std::vector<storage::PastVisit> past,
                   storage::ReviewScheduleTable(txn).PastVisits(name));
  for (const storage::PastVisit& v : past) {
    in.past_visits.push_back({v.cycle, v.reviewer_school, v.reviewee});
  }
  ASSIGN_OR_RETURN(in.balances, storage::DaysLedgerTable(txn).BalancesBefore(name));
  in.seed = seed == 0 ? 1 : seed;
  in.time_limit_seconds = time_limit_seconds > 0 ? time_limit_seconds : 60;
  return in;
}

void FillNames(const ProblemInputs& in, CycleSchedule& out) {
  for (const registry::School& s : in.schools) {
    out.school_names[s.urn] = s.name;
    out.school_groups[s.urn] = s.review_group;
  }
  for (const registry::Person& p : in.people) {
    out.leader_names[absl::StrCat(p.id)] = absl::StrCat(p.given_name, " ", p.family_name);
  }
  out.taking_part = kTakingPart;
}

// Stores `stored` as the draft of `name` if the cycle is not confirmed, and audits it.
absl::Status StoreDraft(storage::Transaction& txn, const access::Principal& caller,
                        const std::string& name, const storage::StoredSchedule& stored,
                        const std::string& how) {
  storage::ReviewCycleTable cycles(txn);
  ASSIGN_OR_RETURN(ReviewCycle cycle, cycles.Get(name));
  if (cycle.status == CycleStatus::kConfirmed) {
    return absl::FailedPreconditionError(
        absl::StrCat("review cycle ", name, " is confirmed; its schedule can no longer change"));
  }
  RETURN_IF_ERROR(storage::ReviewScheduleTable(txn).Replace(name, stored));
  cycle.status = CycleStatus::kDrafted;
  cycle.update_time = stored.create_time;
  RETURN_IF_ERROR(cycles.Update(cycle));
  const scheduler::Schedule& s = stored.schedule;
  return audit::Record(
      txn, caller, stored.create_time, "reviews.draft", absl::StrCat("cycle/", name),
      absl::StrCat(how, ": ", s.reviews.size(),
                   " reviews, ", s.unreviewed.size(), " unreviewed, cost ", s.cost.total,
                   ", bound ", s.bound));
}

}  // namespace

absl::StatusOr<ProblemInputs> ReviewCycles::ReadInputs(const std::string& name, uint64_t seed,
                                                       double time_limit_seconds) {
  ProblemInputs in;
  RETURN_IF_ERROR(db_.Read([&](storage::Transaction& txn) -> absl::Status {
    ASSIGN_OR_RETURN(in, Gather(txn, name, seed, time_limit_seconds));
    return absl::OkStatus();
  }));
  RETURN_IF_ERROR(KeepMembers(in));
  return in;
}

absl::Status ReviewCycles::KeepMembers(ProblemInputs& in) {
  if (in.cycle.dates.empty()) return absl::OkStatus();
  const std::string& first_date = in.cycle.dates.front();
  ASSIGN_OR_RETURN(std::vector<std::string> members, members_.ActiveMembersOn(first_date));
  if (members.empty()) {
    return absl::FailedPreconditionError(absl::StrCat(
        "no school is an active member on ", first_date,
        ", the cycle's first date: only members are reviewed (partnership membership ...)"));
  }
  std::set<std::string> active(members.begin(), members.end());
  std::vector<registry::School> taking_part;
  for (registry::School& s : in.schools) {
    if (active.count(s.urn)) taking_part.push_back(std::move(s));
  }
  in.schools = std::move(taking_part);
  return absl::OkStatus();
}

absl::StatusOr<ReviewCycle> ReviewCycles::Create(const access::Principal& caller,
                                                 ReviewCycle cycle) {
  RETURN_IF_ERROR(RequireCoordinator(caller, "create review cycles"));
  RETURN_IF_ERROR(NormaliseAndCheckCycle(cycle));
  cycle.status = CycleStatus::kPlanning;
  cycle.create_time = cycle.update_time = Now();
  RETURN_IF_ERROR(db_.Write([&](storage::Transaction& txn) -> absl::Status {
    RETURN_IF_ERROR(storage::ReviewCycleTable(txn).Insert(cycle));
    return audit::Record(txn, caller, cycle.create_time, "reviews.cycle.create",
                         absl::StrCat("cycle/", cycle.name),
                         absl::StrCat("dates ", absl::StrJoin(cycle.dates, ", ")));
  }));
  return cycle;
}

absl::StatusOr<ReviewCycle> ReviewCycles::Get(const access::Principal& caller,
                                              const std::string& name) {
  RETURN_IF_ERROR(access::CanReadSchools(caller));
  RETURN_IF_ERROR(CheckName(name));
  ReviewCycle cycle;
  RETURN_IF_ERROR(db_.Read([&](storage::Transaction& txn) -> absl::Status {
    ASSIGN_OR_RETURN(cycle, storage::ReviewCycleTable(txn).Get(name));
    return absl::OkStatus();
  }));
  return cycle;
}

absl::StatusOr<std::vector<ReviewCycle>> ReviewCycles::List(const access::Principal& caller) {
  RETURN_IF_ERROR(access::CanReadSchools(caller));
  std::vector<ReviewCycle> cycles;
  RETURN_IF_ERROR(db_.Read([&](storage::Transaction& txn) -> absl::Status {
    ASSIGN_OR_RETURN(cycles, storage::ReviewCycleTable(txn).List());
    return absl::OkStatus();
  }));
  return cycles;
}

absl::StatusOr<ReviewCycle> ReviewCycles::Update(const access::Principal& caller,
                                                 ReviewCycle cycle) {
  RETURN_IF_ERROR(RequireCoordinator(caller, "change review cycles"));
  RETURN_IF_ERROR(NormaliseAndCheckCycle(cycle));
  RETURN_IF_ERROR(db_.Write([&](storage::Transaction& txn) -> absl::Status {
    storage::ReviewCycleTable cycles(txn);
    ASSIGN_OR_RETURN(ReviewCycle old, cycles.Get(cycle.name));
    if (old.status == CycleStatus::kConfirmed) {
      return absl::FailedPreconditionError(
          absl::StrCat("review cycle ", cycle.name, " is confirmed and can no longer change"));
    }
    cycle.status = old.status;
    cycle.create_time = old.create_time;
    cycle.update_time = Now();
    RETURN_IF_ERROR(cycles.Update(cycle));
    return audit::Record(txn, caller, cycle.update_time, "reviews.cycle.update",
                         absl::StrCat("cycle/", cycle.name),
                         absl::StrCat("dates ", absl::StrJoin(cycle.dates, ", ")));
  }));
  return cycle;
}

absl::StatusOr<scheduler::Problem> ReviewCycles::BuildProblem(const access::Principal& caller,
                                                              const std::string& name,
                                                              uint64_t seed,
                                                              double time_limit_seconds) {
  RETURN_IF_ERROR(RequireCoordinator(caller, "export scheduling problems"));
  RETURN_IF_ERROR(CheckName(name));
  ASSIGN_OR_RETURN(ProblemInputs in, ReadInputs(name, seed, time_limit_seconds));
  return reviews::BuildProblem(in);
}

absl::StatusOr<CycleSchedule> ReviewCycles::Schedule(
    const access::Principal& caller, const std::string& name, uint64_t seed,
    double time_limit_seconds, std::function<void(const scheduler::SolveProgress&)> on_progress) {
  RETURN_IF_ERROR(RequireCoordinator(caller, "schedule reviews"));
  RETURN_IF_ERROR(CheckName(name));
  ASSIGN_OR_RETURN(ProblemInputs in, ReadInputs(name, seed, time_limit_seconds));
  const scheduler::Problem problem = reviews::BuildProblem(in);
  scheduler::SolveOptions options;
  options.on_progress = std::move(on_progress);
  ASSIGN_OR_RETURN(scheduler::Schedule schedule, scheduler::Solve(problem, options));
  return SaveDraft(caller, name, in, problem, std::move(schedule), "SOLVED", "scheduled");
}

absl::StatusOr<CycleSchedule> ReviewCycles::GetSchedule(const access::Principal& caller,
                                                        const std::string& name) {
  RETURN_IF_ERROR(access::CanReadSchools(caller));
  RETURN_IF_ERROR(CheckName(name));
  CycleSchedule out;
  // Names come from every open school and person, so a past schedule still reads well after
  // memberships change; only a draft's would-be ledger needs the members.
  ProblemInputs in;
  RETURN_IF_ERROR(db_.Read([&](storage::Transaction& txn) -> absl::Status {
    ASSIGN_OR_RETURN(out.stored, storage::ReviewScheduleTable(txn).Get(name));
    ASSIGN_OR_RETURN(in, Gather(txn, name, out.stored.seed, 0));
    out.cycle = in.cycle;
    if (out.cycle.status != CycleStatus::kConfirmed) return absl::OkStatus();
    ASSIGN_OR_RETURN(auto rows, storage::DaysLedgerTable(txn).List(""));
    for (auto& [cycle, row] : rows) {
      if (cycle == name) out.ledger.push_back(row);
    }
    return absl::OkStatus();
  }));
  FillNames(in, out);
  if (out.cycle.status != CycleStatus::kConfirmed) {
    RETURN_IF_ERROR(KeepMembers(in));
    out.ledger = LedgerFor(reviews::BuildProblem(in), out.stored.schedule);
  }
  out.stored.schedule.ledger = out.ledger;
  return out;
}

absl::StatusOr<CycleSchedule> ReviewCycles::ImportSchedule(const access::Principal& caller,
                                                           const std::string& name,
                                                           scheduler::Schedule schedule) {
  RETURN_IF_ERROR(RequireCoordinator(caller, "import schedules"));
  RETURN_IF_ERROR(CheckName(name));
  if (!schedule.cycle.empty() && schedule.cycle != name) {
    return absl::FailedPreconditionError(absl::StrCat(
        "the schedule is for cycle ", schedule.cycle, ", not ", name));
  }
  ASSIGN_OR_RETURN(ProblemInputs in, ReadInputs(name, 1, 0));
  const scheduler::Problem problem = reviews::BuildProblem(in);
  std::vector<std::string> violations = scheduler::CheckSchedule(problem, schedule);
  if (!violations.empty()) {
    const size_t shown = std::min<size_t>(violations.size(), 10);
    return absl::InvalidArgumentError(absl::StrCat(
        "schedule: ", violations.size(), " hard constraint(s) broken against the register now: ",
        absl::StrJoin(violations.begin(), violations.begin() + shown, "; "),
        violations.size() > shown ? "; ..." : ""));
  }
  // The file's cost and bound are not trusted; its reasons for unreviewed schools are kept.
  schedule.cycle = name;
  schedule.cost = scheduler::Cost(problem, schedule);
  std::map<std::string, std::vector<std::string>> reasons;
  for (scheduler::Unreviewed& u : schedule.unreviewed) reasons[u.school] = std::move(u.reasons);
  schedule.unreviewed.clear();
  std::set<std::string> reviewed;
  for (const scheduler::Review& r : schedule.reviews) reviewed.insert(r.reviewee);
  for (const scheduler::School& s : problem.schools) {
    if (!s.receives_review || reviewed.count(s.id)) continue;
    std::vector<std::string>& why = reasons[s.id];
    if (why.empty()) why.push_back("not reviewed in the imported schedule");
    schedule.unreviewed.push_back({s.id, why});
  }
  schedule.bound = 0;
  schedule.optimal = false;
  return SaveDraft(caller, name, in, problem, std::move(schedule), "IMPORTED", "imported");
}

absl::StatusOr<CycleSchedule> ReviewCycles::SaveDraft(
    const access::Principal& caller, const std::string& name, const ProblemInputs& in,
    const scheduler::Problem& problem, scheduler::Schedule schedule, const std::string& source,
    const std::string& how, std::function<absl::Status(storage::Transaction&)> alongside) {
  CycleSchedule out;
  out.stored.schedule = std::move(schedule);
  out.stored.source = source;
  out.stored.seed = problem.seed;
  out.stored.create_time = Now();
  out.stored.created_by = caller.Describe();
  out.ledger = LedgerFor(problem, out.stored.schedule);
  FillNames(in, out);
  RETURN_IF_ERROR(db_.Write([&](storage::Transaction& txn) -> absl::Status {
    RETURN_IF_ERROR(StoreDraft(txn, caller, name, out.stored, how));
    if (alongside) RETURN_IF_ERROR(alongside(txn));
    ASSIGN_OR_RETURN(out.cycle, storage::ReviewCycleTable(txn).Get(name));
    return absl::OkStatus();
  }));
  return out;
}

absl::StatusOr<ReviewCycle> ReviewCycles::Confirm(const access::Principal& caller,
                                                  const std::string& name) {
  RETURN_IF_ERROR(RequireCoordinator(caller, "confirm schedules"));
  RETURN_IF_ERROR(CheckName(name));
  // The schools taking part, read before the write: membership has its own transactions.
  ASSIGN_OR_RETURN(ProblemInputs in, ReadInputs(name, 1, 0));
  ReviewCycle cycle;
  RETURN_IF_ERROR(db_.Write([&](storage::Transaction& txn) -> absl::Status {
    storage::ReviewCycleTable cycles(txn);
    ASSIGN_OR_RETURN(cycle, cycles.Get(name));
    if (cycle.status == CycleStatus::kConfirmed) {
      return absl::FailedPreconditionError(absl::StrCat("review cycle ", name,
                                                        " is confirmed already"));
    }
    auto stored = storage::ReviewScheduleTable(txn).Get(name);
    if (absl::IsNotFound(stored.status())) {
      return absl::FailedPreconditionError(
          absl::StrCat("review cycle ", name, " has no draft schedule to confirm"));
    }
    RETURN_IF_ERROR(stored.status());
    const std::vector<scheduler::DaysLedger> ledger =
        LedgerFor(reviews::BuildProblem(in), stored->schedule);
    RETURN_IF_ERROR(storage::DaysLedgerTable(txn).Write(name, ledger));
    cycle.status = CycleStatus::kConfirmed;
    cycle.update_time = Now();
    RETURN_IF_ERROR(cycles.Update(cycle));
    return audit::Record(txn, caller, cycle.update_time, "reviews.confirm",
                         absl::StrCat("cycle/", name),
                         absl::StrCat(stored->schedule.reviews.size(),
                                      " reviews confirmed; days ledger recorded for ",
                                      ledger.size(), " schools"));
  }));
  return cycle;
}

absl::StatusOr<std::vector<LedgerEntry>> ReviewCycles::Ledger(const access::Principal& caller,
                                                              const std::string& school_urn) {
  RETURN_IF_ERROR(access::CanReadSchools(caller));
  if (!school_urn.empty() && !registry::IsValidUrn(school_urn)) {
    return absl::InvalidArgumentError(
        absl::StrCat("school_urn: \"", school_urn, "\" is not a URN (1 to 8 digits)"));
  }
  std::vector<LedgerEntry> out;
  RETURN_IF_ERROR(db_.Read([&](storage::Transaction& txn) -> absl::Status {
    ASSIGN_OR_RETURN(auto rows, storage::DaysLedgerTable(txn).List(school_urn));
    std::map<std::string, std::string> names;
    ASSIGN_OR_RETURN(std::vector<registry::School> schools,
                     storage::SchoolTable(txn).List(storage::SchoolQuery()));
    for (const registry::School& s : schools) names[s.urn] = s.name;
    for (auto& [cycle, days] : rows) {
      auto name = names.find(days.school);
      out.push_back({cycle, days, name == names.end() ? "" : name->second});
    }
    return absl::OkStatus();
  }));
  return out;
}

}  // namespace partnership::reviews
