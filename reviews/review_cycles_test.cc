#include "reviews/review_cycles.h"

#include <algorithm>

#include "reviews/school_conflicts.h"

#include "demo/demo_county.h"
#include "demo/demo_enrolment.h"
#include "membership/agreements.h"
#include "gtest/gtest.h"
#include "partnership/scheduler/check.h"
#include "registry/school_register.h"
#include "storage/testing/scratch_database.h"

namespace partnership::reviews {
namespace {

using access::AccessRole;
using access::Principal;

const Principal kCoordinator{"tok_c", AccessRole::kCoordinator, "", 0};
const Principal kSchool{"tok_s", AccessRole::kSchool, "900115", 0};

ReviewCycle Cycle(const std::string& name, std::vector<std::string> dates) {
  ReviewCycle c;
  c.name = name;
  c.dates = std::move(dates);
  return c;
}

class ReviewCyclesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const demo::DemoCounty county = demo::GenerateDemoCounty(2027);
    ASSERT_TRUE(registry::SchoolRegister(scratch_.db())
                    .LoadCounty(kCoordinator, county.schools, county.people)
                    .ok());
    std::vector<std::string> urns;
    for (const auto& s : county.schools) urns.push_back(s.urn);
    membership::Agreements agreements(scratch_.db());
    registry::PeopleRegister people(scratch_.db());
    auto enrolled = demo::EnrolDemoMembers(kCoordinator, agreements, people, urns, "2026-27");
    ASSERT_TRUE(enrolled.ok()) << enrolled.status();
    members_ = enrolled->members;
  }
  storage::ScratchDatabase scratch_;
  membership::MembershipRegister register_{scratch_.db()};
  ReviewCycles cycles_{scratch_.db(), register_};
  int members_ = 0;
};

TEST_F(ReviewCyclesTest, DemoCountyIsScheduledValidlyAndTheDraftIsStored) {
  ASSERT_TRUE(cycles_.Create(kCoordinator, Cycle("2026-27", {"2027-05-04", "2027-05-05",
                                                              "2027-05-06", "2027-05-11"}))
                  .ok());
  auto drafted = cycles_.Schedule(kCoordinator, "2026-27", 1, 0);
  ASSERT_TRUE(drafted.ok()) << drafted.status();
  EXPECT_EQ(drafted->cycle.status, CycleStatus::kDrafted);
  // Every member is reviewed or explained; schools that did not join are not in it.
  EXPECT_EQ(static_cast<int>(drafted->stored.schedule.reviews.size() +
                             drafted->stored.schedule.unreviewed.size()),
            members_);
  EXPECT_GT(drafted->stored.schedule.reviews.size(), 200u);

  auto problem = cycles_.BuildProblem(kCoordinator, "2026-27", 1, 0);
  ASSERT_TRUE(problem.ok());
  auto stored = cycles_.GetSchedule(kSchool, "2026-27");
  ASSERT_TRUE(stored.ok()) << stored.status();
  EXPECT_TRUE(scheduler::CheckSchedule(*problem, stored->stored.schedule).empty());
  EXPECT_EQ(stored->stored.schedule.reviews.size(), drafted->stored.schedule.reviews.size());
  EXPECT_DOUBLE_EQ(stored->stored.schedule.cost.total, drafted->stored.schedule.cost.total);
}

TEST_F(ReviewCyclesTest, ConfirmedCycleFeedsHistoryAndBalancesIntoTheNext) {
  ASSERT_TRUE(cycles_.Create(kCoordinator, Cycle("2026-27", {"2027-05-04", "2027-05-05",
                                                              "2027-05-06"}))
                  .ok());
  EXPECT_EQ(cycles_.Confirm(kCoordinator, "2026-27").status().code(),
            absl::StatusCode::kFailedPrecondition);  // nothing drafted yet
  ASSERT_TRUE(cycles_.Schedule(kCoordinator, "2026-27", 1, 0).ok());
  ASSERT_TRUE(cycles_.Confirm(kCoordinator, "2026-27").ok());
  EXPECT_EQ(cycles_.Schedule(kCoordinator, "2026-27", 1, 0).status().code(),
            absl::StatusCode::kFailedPrecondition);

  // The members renew for the next year (same text: active at once).
  membership::Agreements agreements(scratch_.db());
  membership::AgreementFilter active;
  active.academic_year = "2026-27";
  active.status = membership::AgreementStatus::kActive;
  active.page_size = 1000;
  auto current = agreements.List(kCoordinator, active);
  ASSERT_TRUE(current.ok()) << current.status();
  ASSERT_EQ(static_cast<int>(current->agreements.size()), members_);
  for (const membership::Agreement& a : current->agreements) {
    ASSERT_TRUE(agreements.Renew(kCoordinator, std::to_string(a.id), "2027-07-01").ok());
  }
  ASSERT_TRUE(cycles_.Create(kCoordinator, Cycle("2027-28", {"2028-05-09", "2028-05-10",
                                                              "2028-05-11"}))
                  .ok());
  auto next = cycles_.BuildProblem(kCoordinator, "2027-28", 1, 0);
  ASSERT_TRUE(next.ok()) << next.status();
  EXPECT_EQ(static_cast<int>(next->schools.size()), members_);
  EXPECT_GT(next->history.size(), 500u);
  for (const auto& h : next->history) EXPECT_EQ(h.cycles_ago, 1);
  auto ledger = cycles_.Ledger(kSchool, "900115");
  ASSERT_TRUE(ledger.ok());
  ASSERT_EQ(ledger->size(), 1u);
  const scheduler::DaysLedger& row = (*ledger)[0].days;
  EXPECT_DOUBLE_EQ(row.head_days_balance, row.head_days_given - 1.5);
}

TEST_F(ReviewCyclesTest, BadCyclesAndStrangersAreRefused) {
  auto bad = cycles_.Create(kCoordinator, Cycle("2026-28", {"2027-05-04"}));
  EXPECT_EQ(bad.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_NE(bad.status().message().find("cycle.name"), std::string::npos);
  bad = cycles_.Create(kCoordinator, Cycle("2026-27", {"2027-05-04", "2027-02-30"}));
  EXPECT_NE(bad.status().message().find("cycle.dates[1]"), std::string::npos);
  EXPECT_EQ(cycles_.Create(kSchool, Cycle("2026-27", {"2027-05-04"})).status().code(),
            absl::StatusCode::kPermissionDenied);
  EXPECT_EQ(cycles_.Schedule(kCoordinator, "2030-31", 1, 0).status().code(),
            absl::StatusCode::kNotFound);
  EXPECT_EQ(SchoolConflicts(scratch_.db()).Add(kCoordinator, {"900115", "900115", "same"}).code(),
            absl::StatusCode::kInvalidArgument);
}

TEST_F(ReviewCyclesTest, ImportedScheduleIsCheckedAgainstTheRegister) {
  ASSERT_TRUE(cycles_.Create(kCoordinator, Cycle("2026-27", {"2027-05-04", "2027-05-05",
                                                              "2027-05-06"}))
                  .ok());
  auto drafted = cycles_.Schedule(kCoordinator, "2026-27", 1, 0);
  ASSERT_TRUE(drafted.ok());
  scheduler::Schedule broken = drafted->stored.schedule;
  ASSERT_FALSE(broken.reviews.empty());
  broken.reviews[0].team[0].leader = broken.reviews[0].team[1].leader;  // same leader twice
  EXPECT_EQ(cycles_.ImportSchedule(kCoordinator, "2026-27", broken).status().code(),
            absl::StatusCode::kInvalidArgument);
  auto reimported = cycles_.ImportSchedule(kCoordinator, "2026-27", drafted->stored.schedule);
  ASSERT_TRUE(reimported.ok()) << reimported.status();
  EXPECT_NEAR(reimported->stored.schedule.cost.total, drafted->stored.schedule.cost.total, 1e-6);
}

TEST_F(ReviewCyclesTest, RepairIsForTheCoordinatorReplansWithoutTheLeaderAndRecordsTheirAbsence) {
  ASSERT_TRUE(cycles_.Create(kCoordinator,
                             Cycle("2026-27", {"2027-03-02", "2027-03-09", "2027-03-16",
                                               "2027-03-23", "2027-04-20", "2027-04-27",
                                               "2027-05-04", "2027-05-11", "2027-05-18"}))
                  .ok());
  std::vector<std::string> changes;
  EXPECT_EQ(cycles_.Repair(kCoordinator, "2026-27", "1", 1, 0, &changes).status().code(),
            absl::StatusCode::kNotFound);  // No draft yet.
  auto drafted = cycles_.Schedule(kCoordinator, "2026-27", 1, 0);
  ASSERT_TRUE(drafted.ok()) << drafted.status();
  const scheduler::Review& damaged = drafted->stored.schedule.reviews[7];
  const std::string leader = damaged.team[1].leader;

  EXPECT_EQ(cycles_.Repair(kSchool, "2026-27", leader, 1, 0, &changes).status().code(),
            absl::StatusCode::kPermissionDenied);
  EXPECT_EQ(cycles_.Repair(kCoordinator, "2026-27", "99999999", 1, 0, &changes).status().code(),
            absl::StatusCode::kNotFound);
  EXPECT_EQ(cycles_.Repair(kCoordinator, "2026-27", "", 1, 0, &changes).status().code(),
            absl::StatusCode::kInvalidArgument);

  auto repaired = cycles_.Repair(kCoordinator, "2026-27", leader, 1, 0, &changes);
  ASSERT_TRUE(repaired.ok()) << repaired.status();
  EXPECT_FALSE(changes.empty());
  auto stored = cycles_.GetSchedule(kCoordinator, "2026-27");
  ASSERT_TRUE(stored.ok()) << stored.status();
  size_t kept = 0;
  for (const scheduler::Review& r : stored->stored.schedule.reviews) {
    for (const scheduler::TeamMember& m : r.team) EXPECT_NE(m.leader, leader) << r.reviewee;
    for (const scheduler::Review& before : drafted->stored.schedule.reviews) {
      kept += before.reviewee == r.reviewee && before.date == r.date;
    }
  }
  // Most reviews keep their date: the repair is local.
  EXPECT_GT(kept, drafted->stored.schedule.reviews.size() - 20);
  auto problem = cycles_.BuildProblem(kCoordinator, "2026-27", 1, 0);
  ASSERT_TRUE(problem.ok());
  EXPECT_TRUE(scheduler::CheckSchedule(*problem, stored->stored.schedule).empty());
  // The register now has the leader away on every date of the cycle, so scheduling again
  // cannot bring them back.
  bool found = false;
  for (const scheduler::School& school : problem->schools) {
    for (const scheduler::Leader& l : school.leaders) {
      if (l.id != leader) continue;
      found = true;
      for (const std::string& date : problem->dates) {
        EXPECT_TRUE(std::count(l.unavailable_dates.begin(), l.unavailable_dates.end(), date))
            << date;
      }
    }
  }
  EXPECT_TRUE(found);

  ASSERT_TRUE(cycles_.Confirm(kCoordinator, "2026-27").ok());
  EXPECT_EQ(cycles_.Repair(kCoordinator, "2026-27", leader, 1, 0, &changes).status().code(),
            absl::StatusCode::kFailedPrecondition);
}

}  // namespace
}  // namespace partnership::reviews
