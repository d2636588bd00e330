#include "demo/staff.h"

#include <set>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/time/civil_time.h"
#include "demo/names.h"

namespace partnership::demo {
namespace {

using registry::Person;
using registry::PersonRole;
using registry::Phase;
using registry::School;

// A DNS label is at most 63 characters.
constexpr size_t kMaxDomainLabel = 63;

// Training started with the 2024-25 school year; the register must be ready for reviews
// that begin in the 2026-27 year.
constexpr absl::CivilDay kTrainingFirst(2024, 9, 1);
constexpr absl::CivilDay kTrainingLast(2026, 10, 31);
// Reviews of the first full cycle are booked for the summer term of 2027.
constexpr absl::CivilDay kUnavailableFirst(2027, 5, 1);
constexpr absl::CivilDay kUnavailableLast(2027, 6, 30);

const std::string& Pick(const std::vector<std::string>& list, Random& random) {
  return list[random.Below(list.size())];
}

absl::CivilDay DayBetween(absl::CivilDay first, absl::CivilDay last, Random& random) {
  return first + static_cast<absl::civil_diff_t>(random.Below(last - first + 1));
}

std::string IsoDate(absl::CivilDay day) { return absl::FormatCivilTime(day); }

bool IsWeekend(absl::CivilDay day) {
  const absl::Weekday weekday = absl::GetWeekday(day);
  return weekday == absl::Weekday::saturday || weekday == absl::Weekday::sunday;
}

int DeputiesFor(const School& school, Random& random) {
  const int pupils = school.pupils.value_or(0);
  switch (school.phase) {
    case Phase::kSecondary:
      if (pupils < 900) return 2;
      if (pupils < 1400) return random.Between(2, 3);
      return random.Between(3, 4);
    case Phase::kSpecial:
      return random.Between(1, 2);
    default:
      if (pupils < 250) return 1;
      if (pupils >= 400) return 2;
      return random.Between(1, 2);
  }
}

Person NamedPerson(PersonRole role, Random& random) {
  Person person;
  person.role = role;
  person.given_name = Pick(GivenNames(), random);
  person.family_name = Pick(FamilyNames(), random);
  return person;
}

Person Leader(PersonRole role, const School& school, absl::string_view domain,
              Random& random, EmailBook& emails) {
  Person person = NamedPerson(role, random);
  person.school_urn = school.urn;
  const std::string given = EmailWord(person.given_name);
  const std::string family = EmailWord(person.family_name);
  person.email = emails.Claim(absl::StrCat(given.substr(0, 1), ".", family),
                              absl::StrCat(given, ".", family), domain);
  if (random.Percent(85)) {
    person.training_completed_on = IsoDate(DayBetween(kTrainingFirst, kTrainingLast, random));
  }
  if (random.Percent(15)) {
    const int wanted = random.Between(1, 3);
    std::set<absl::CivilDay> days;  // ordered and free of repeats, as the register wants
    while (static_cast<int>(days.size()) < wanted) {
      const absl::CivilDay day = DayBetween(kUnavailableFirst, kUnavailableLast, random);
      if (!IsWeekend(day)) days.insert(day);
    }
    for (absl::CivilDay day : days) person.unavailable_dates.push_back(IsoDate(day));
  }
  return person;
}

Person Governor(const School& school, absl::string_view domain, bool chair, Random& random,
                EmailBook& emails) {
  Person person = NamedPerson(PersonRole::kGovernor, random);
  person.school_urn = school.urn;
  const std::string given = EmailWord(person.given_name);
  const std::string family = EmailWord(person.family_name);
  // Governors get role addresses, so a governor who also works elsewhere is not confused
  // with a member of staff of the same name.
  person.email = emails.Claim(absl::StrCat("governor.", given.substr(0, 1), ".", family),
                              absl::StrCat("governor.", given, ".", family), domain);
  if (chair) person.organisation = "Chair of governors";
  return person;
}

Person Officer(PersonRole role, absl::string_view organisation, absl::string_view domain,
               Random& random, EmailBook& emails) {
  Person person = NamedPerson(role, random);
  person.organisation = std::string(organisation);
  const std::string local =
      absl::StrCat(EmailWord(person.given_name), ".", EmailWord(person.family_name));
  person.email = emails.Claim(local, local, domain);
  return person;
}

}  // namespace

std::string EmailBook::Claim(absl::string_view first_choice, absl::string_view fallback,
                             absl::string_view domain) {
  std::string address = absl::StrCat(first_choice, "@", domain);
  if (used_.insert(address).second) return address;
  address = absl::StrCat(fallback, "@", domain);
  for (int n = 2; !used_.insert(address).second; ++n) {
    address = absl::StrCat(fallback, n, "@", domain);
  }
  return address;
}

std::string EmailWord(absl::string_view text) {
  std::string word;
  for (char c : text) {
    if (absl::ascii_isalnum(static_cast<unsigned char>(c))) {
      word.push_back(absl::ascii_tolower(static_cast<unsigned char>(c)));
    }
  }
  return word;
}

std::string SchoolEmailDomain(const School& school) {
  std::string slug;
  bool pending_hyphen = false;
  for (char c : school.name) {
    const auto u = static_cast<unsigned char>(c);
    if (absl::ascii_isalnum(u)) {
      if (pending_hyphen && !slug.empty()) slug.push_back('-');
      pending_hyphen = false;
      slug.push_back(absl::ascii_tolower(u));
    } else if (c != '\'') {  // "Bishop's" reads as "bishops", not "bishop-s"
      pending_hyphen = true;
    }
  }
  constexpr absl::string_view kSchool = "-school";
  if (absl::EndsWith(slug, kSchool)) slug.resize(slug.size() - kSchool.size());
  if (slug.size() > kMaxDomainLabel) slug.resize(kMaxDomainLabel);
  while (!slug.empty() && slug.back() == '-') slug.pop_back();
  return absl::StrCat(slug, ".gloucs.sch.uk");
}

std::vector<Person> SchoolStaff(const School& school, Random& random, EmailBook& emails) {
  const std::string domain = SchoolEmailDomain(school);
  std::vector<Person> staff;
  staff.push_back(Leader(PersonRole::kHeadteacher, school, domain, random, emails));
  const int deputies = DeputiesFor(school, random);
  for (int i = 0; i < deputies; ++i) {
    staff.push_back(Leader(PersonRole::kDeputyHead, school, domain, random, emails));
  }
  const int governors = random.Between(2, 3);
  for (int i = 0; i < governors; ++i) {
    staff.push_back(Governor(school, domain, /*chair=*/i == 0, random, emails));
  }
  return staff;
}

std::vector<Person> CountyOfficers(Random& random, EmailBook& emails) {
  std::vector<Person> officers;
  for (int i = 0; i < 3; ++i) {
    officers.push_back(Officer(PersonRole::kLaOfficer, "Gloucestershire County Council",
                               "gloucestershire.gov.uk", random, emails));
  }
  officers.push_back(Officer(PersonRole::kDiocesanRepresentative, "Diocese of Gloucester",
                             "glosdioc.org.uk", random, emails));
  officers.push_back(Officer(PersonRole::kDiocesanRepresentative, "Diocese of Clifton",
                             "cliftondiocese.com", random, emails));
  officers.push_back(Officer(PersonRole::kCoordinator, "Gloucestershire Schools Partnership",
                             "gsp.gloucs.sch.uk", random, emails));
  return officers;
}

}  // namespace partnership::demo
