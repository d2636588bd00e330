// The people of the demo county (demo/staff.cc): who each school has, their addresses and
// their dates.
#include "demo/staff.h"

#include <map>
#include <set>
#include <string>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "absl/time/civil_time.h"
#include "common/iso_date.h"
#include "demo/demo_county.h"
#include "gtest/gtest.h"

namespace partnership::demo {
namespace {

using registry::Person;
using registry::PersonRole;
using registry::Phase;
using registry::School;

// Enough seeds to catch a range that only holds for lucky draws, few enough to stay fast.
constexpr uint64_t kSeeds[] = {0, 1, 2, 3, 42, 2027, 987654321, 0xffffffffffffffffULL};

bool IsEmailPart(char c, bool allow_dot, bool allow_hyphen) {
  return absl::ascii_islower(static_cast<unsigned char>(c)) ||
         absl::ascii_isdigit(static_cast<unsigned char>(c)) || (allow_dot && c == '.') ||
         (allow_hyphen && c == '-');
}

// Lower-case ASCII "local@label.label...": a dotted local part without empty pieces, and
// DNS labels of 1-63 letters, digits or inner hyphens, the last one letters only.
bool LooksLikeEmail(const std::string& email) {
  const std::vector<std::string> halves = absl::StrSplit(email, '@');
  if (halves.size() != 2) return false;
  for (absl::string_view piece : absl::StrSplit(halves[0], '.')) {
    if (piece.empty()) return false;
    for (char c : piece) {
      if (!IsEmailPart(c, false, false)) return false;
    }
  }
  const std::vector<std::string> labels = absl::StrSplit(halves[1], '.');
  if (labels.size() < 2) return false;
  for (const std::string& label : labels) {
    if (label.empty() || label.size() > 63 || label.front() == '-' || label.back() == '-') {
      return false;
    }
    for (char c : label) {
      if (!IsEmailPart(c, false, true)) return false;
    }
  }
  for (char c : labels.back()) {
    if (!absl::ascii_islower(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

TEST(StaffTest, SchoolDomainIsTheNameWithoutApostrophesOrTheWordSchool) {
  School school;
  school.name = "Bishop's Cleeve Heron Park School";
  EXPECT_EQ(SchoolEmailDomain(school), "bishops-cleeve-heron-park.gloucs.sch.uk");
  school.name = "Stow-on-the-Wold Oak Tree CofE Primary Academy";
  EXPECT_EQ(SchoolEmailDomain(school),
            "stow-on-the-wold-oak-tree-cofe-primary-academy.gloucs.sch.uk");
}

TEST(StaffTest, SecondPersonWithTheSameInitialGetsTheirFullNameThenANumber) {
  EmailBook book;
  EXPECT_EQ(book.Claim("j.smith", "jane.smith", "a.sch.uk"), "j.smith@a.sch.uk");
  EXPECT_EQ(book.Claim("j.smith", "john.smith", "a.sch.uk"), "john.smith@a.sch.uk");
  EXPECT_EQ(book.Claim("j.smith", "john.smith", "a.sch.uk"), "john.smith2@a.sch.uk");
  EXPECT_EQ(book.Claim("j.smith", "jane.smith", "b.sch.uk"), "j.smith@b.sch.uk");
  EXPECT_EQ(EmailWord("O'Neill"), "oneill");
  EXPECT_EQ(EmailWord("Smith-Jones"), "smithjones");
}

TEST(DemoCountyTest, EverySchoolHasOneHeadDeputiesAndGovernors) {
  for (uint64_t seed : kSeeds) {
    const DemoCounty county = GenerateDemoCounty(seed);
    struct Staff {
      std::vector<const Person*> heads;
      int deputies = 0;
      int governors = 0;
      int chairs = 0;
    };
    std::map<std::string, Staff> staff;
    for (const Person& p : county.people) {
      if (p.school_urn.empty()) continue;
      Staff& s = staff[p.school_urn];
      if (p.role == PersonRole::kHeadteacher) s.heads.push_back(&p);
      if (p.role == PersonRole::kDeputyHead) ++s.deputies;
      if (p.role == PersonRole::kGovernor) ++s.governors;
      if (p.organisation == "Chair of governors") ++s.chairs;
    }
    EXPECT_EQ(staff.size(), county.schools.size()) << "people of a school not in the county";
    for (const School& school : county.schools) {
      const Staff& s = staff[school.urn];
      ASSERT_EQ(s.heads.size(), 1u) << school.name;
      EXPECT_EQ(school.head_name,
                absl::StrCat(s.heads[0]->given_name, " ", s.heads[0]->family_name));
      EXPECT_GE(s.deputies, 1) << school.name;
      EXPECT_LE(s.deputies, 4) << school.name;
      if (school.phase == Phase::kSecondary) {
        EXPECT_GE(s.deputies, 2) << school.name;
      } else {
        EXPECT_LE(s.deputies, 2) << school.name;
      }
      EXPECT_GE(s.governors, 2) << school.name;
      EXPECT_LE(s.governors, 3) << school.name;
      EXPECT_EQ(s.chairs, 1) << school.name;
    }
  }
}

TEST(DemoCountyTest, EmailsAreUniqueLowerCaseAddresses) {
  for (uint64_t seed : kSeeds) {
    std::set<std::string> emails;
    for (const Person& p : GenerateDemoCounty(seed).people) {
      EXPECT_TRUE(LooksLikeEmail(p.email)) << p.email;
      EXPECT_TRUE(emails.insert(p.email).second) << "duplicate " << p.email;
    }
  }
}

TEST(DemoCountyTest, LeadersDatesAreValidSchoolDaysInTheirWindows) {
  for (uint64_t seed : kSeeds) {
    SCOPED_TRACE(absl::StrCat("seed ", seed));
    int leaders = 0, trained = 0, with_absences = 0;
    for (const Person& p : GenerateDemoCounty(seed).people) {
      if (!registry::IsLeader(p.role)) {
        EXPECT_EQ(p.training_completed_on, "") << p.email;
        EXPECT_TRUE(p.unavailable_dates.empty()) << p.email;
        continue;
      }
      ++leaders;
      if (!p.training_completed_on.empty()) {
        ++trained;
        EXPECT_TRUE(IsIsoDate(p.training_completed_on)) << p.training_completed_on;
        EXPECT_GE(p.training_completed_on, "2024-09-01");
        EXPECT_LE(p.training_completed_on, "2026-10-31");
      }
      if (!p.unavailable_dates.empty()) ++with_absences;
      EXPECT_LE(p.unavailable_dates.size(), 3u) << p.email;
      for (size_t i = 0; i < p.unavailable_dates.size(); ++i) {
        const std::string& day = p.unavailable_dates[i];
        EXPECT_TRUE(IsIsoDate(day)) << day;
        EXPECT_GE(day, "2027-05-01");
        EXPECT_LE(day, "2027-06-30");
        absl::CivilDay civil;
        ASSERT_TRUE(absl::ParseCivilTime(day, &civil)) << day;
        const absl::Weekday weekday = absl::GetWeekday(civil);
        EXPECT_NE(weekday, absl::Weekday::saturday) << day << " is not a school day";
        EXPECT_NE(weekday, absl::Weekday::sunday) << day << " is not a school day";
        if (i > 0) {
          EXPECT_LT(p.unavailable_dates[i - 1], day) << p.email << " unsorted";
        }
      }
    }
    const double trained_share = static_cast<double>(trained) / leaders;
    const double absent_share = static_cast<double>(with_absences) / leaders;
    EXPECT_GT(trained_share, 0.78);
    EXPECT_LT(trained_share, 0.92);
    EXPECT_GT(absent_share, 0.09);
    EXPECT_LT(absent_share, 0.21);
  }
}

TEST(DemoCountyTest, CountyOfficersAreThereWithoutASchool) {
  const DemoCounty county = GenerateDemoCounty(5);
  std::map<PersonRole, std::vector<std::string>> organisations;
  for (const Person& p : county.people) {
    EXPECT_EQ(p.id, 0) << p.email;
    EXPECT_EQ(p.school_urn.empty(), !registry::NeedsSchool(p.role)) << p.email;
    if (p.school_urn.empty()) organisations[p.role].push_back(p.organisation);
  }
  using V = std::vector<std::string>;
  EXPECT_EQ(organisations[PersonRole::kLaOfficer],
            V(3, "Gloucestershire County Council"));
  EXPECT_EQ(organisations[PersonRole::kDiocesanRepresentative],
            (V{"Diocese of Gloucester", "Diocese of Clifton"}));
  EXPECT_EQ(organisations[PersonRole::kCoordinator], V{"Gloucestershire Schools Partnership"});
  EXPECT_EQ(organisations.size(), 3u);
}

}  // namespace
}  // namespace partnership::demo
