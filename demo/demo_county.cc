#include "demo/demo_county.h"

#include <set>
#include <string>
#include <utility>

#include "absl/strings/str_cat.h"
#include "demo/names.h"
#include "demo/places.h"
#include "demo/random.h"
#include "demo/staff.h"
#include "gias/national_grid.h"

namespace partnership::demo {
namespace {

using registry::Phase;
using registry::School;

enum class Faith { kNone, kChurchOfEngland, kCatholic };

// Letters real postcodes use in the inward code (never C, I, K, M, O or V).
constexpr char kInwardLetters[] = "ABDEFGHJLNPQRSTUWXYZ";

// How many schools of each phase a place still has room for.
struct Room {
  int primary = 0;
  int secondary = 0;
  int special = 0;
};

int& RoomFor(Room& room, Phase phase) {
  if (phase == Phase::kSecondary) return room.secondary;
  if (phase == Phase::kSpecial) return room.special;
  return room.primary;
}

// Towns have several primaries or any other school; they get bigger schools and fewer
// church schools than villages.
bool IsTown(const Place& place) {
  return place.primary_slots >= 2 || place.secondary_slots > 0 || place.special_slots > 0;
}

class CountyBuilder {
 public:
  explicit CountyBuilder(uint64_t seed) : random_(seed) {}

  DemoCounty Build() {
    const std::vector<Area>& areas = PartnershipAreas();
    rooms_.resize(areas.size());
    for (size_t a = 0; a < areas.size(); ++a) {
      for (const Place& place : areas[a].places) {
        rooms_[a].push_back(
            Room{place.primary_slots, place.secondary_slots, place.special_slots});
      }
    }
    // Output order: all primaries, then secondaries, then special schools, each in area order.
    for (size_t a = 0; a < areas.size(); ++a) AddPrimaries(a);
    for (size_t a = 0; a < areas.size(); ++a) AddSecondaries(a);
    for (size_t a = 0; a < areas.size(); ++a) AddSpecialSchools(a);
    for (auto& officer : CountyOfficers(random_, emails_)) {
      county_.people.push_back(std::move(officer));
    }
    return std::move(county_);
  }

 private:
  void AddPrimaries(size_t a) {
    const Area& area = PartnershipAreas()[a];
    const int count = area.primaries + random_.Between(-3, 3);
    std::vector<size_t> places;
    for (int i = 0; i < count; ++i) places.push_back(TakePlace(a, Phase::kPrimary));
    // Catholic primaries stand in towns, where their parishes are.
    std::vector<Faith> faiths(places.size(), Faith::kNone);
    std::vector<size_t> town_schools;
    for (size_t i = 0; i < places.size(); ++i) {
      if (IsTown(area.places[places[i]])) town_schools.push_back(i);
    }
    for (int k = 0; k < area.catholic_primaries && !town_schools.empty(); ++k) {
      const size_t pick = random_.Below(town_schools.size());
      faiths[town_schools[pick]] = Faith::kCatholic;
      town_schools.erase(town_schools.begin() + static_cast<std::ptrdiff_t>(pick));
    }
    for (size_t i = 0; i < places.size(); ++i) {
      if (faiths[i] != Faith::kNone) continue;
      // Most village schools in the county are church foundations; fewer in towns.
      const int percent = IsTown(area.places[places[i]]) ? 15 : 38;
      if (random_.Percent(percent)) faiths[i] = Faith::kChurchOfEngland;
    }
    for (size_t i = 0; i < places.size(); ++i) {
      AddSchool(area, area.places[places[i]], Phase::kPrimary, faiths[i]);
    }
  }

  void AddSecondaries(size_t a) {
    const Area& area = PartnershipAreas()[a];
    const int count = area.secondaries + random_.Between(-1, 1);
    for (int i = 0; i < count; ++i) {
      Faith faith = Faith::kNone;
      if (i < area.catholic_secondaries) {
        faith = Faith::kCatholic;
      } else if (i < area.catholic_secondaries + area.church_of_england_secondaries) {
        faith = Faith::kChurchOfEngland;
      }
      AddSchool(area, area.places[TakePlace(a, Phase::kSecondary)], Phase::kSecondary, faith);
    }
  }

  void AddSpecialSchools(size_t a) {
    const Area& area = PartnershipAreas()[a];
    const int count = random_.Between(area.min_special, area.max_special);
    for (int i = 0; i < count; ++i) {
      AddSchool(area, area.places[TakePlace(a, Phase::kSpecial)], Phase::kSpecial,
                Faith::kNone);
    }
  }

  // Picks a place of area `a` with room for a school of `phase`, each free slot equally
  // likely, and uses up the slot. Falls back to the area's first place (its main town) if
  // the table has run out, which the place tables are sized never to do.
  size_t TakePlace(size_t a, Phase phase) {
    std::vector<Room>& rooms = rooms_[a];
    uint64_t free = 0;
    for (Room& room : rooms) free += static_cast<uint64_t>(RoomFor(room, phase));
    if (free == 0) return 0;
    uint64_t slot = random_.Below(free);
    for (size_t p = 0; p < rooms.size(); ++p) {
      const auto here = static_cast<uint64_t>(RoomFor(rooms[p], phase));
      if (slot < here) {
        --RoomFor(rooms[p], phase);
        return p;
      }
      slot -= here;
    }
    return 0;
  }

  void AddSchool(const Area& area, const Place& place, Phase phase, Faith faith) {
    School school;
    school.urn = NewUrn();
    school.la_code = "916";
    school.la_name = "Gloucestershire";
    school.phase = phase;
    school.status = registry::SchoolStatus::kOpen;
    school.town = place.name;
    school.district = area.district;
    school.review_group = phase == Phase::kPrimary     ? area.primary_partnership
                          : phase == Phase::kSecondary ? area.secondary_cluster
                                                       : std::string(kSpecialSchoolsGroup);
    if (faith == Faith::kChurchOfEngland) {
      school.diocese = "Diocese of Gloucester";
      school.religious_character = "Church of England";
    } else if (faith == Faith::kCatholic) {
      school.diocese = "Diocese of Clifton";
      school.religious_character = "Roman Catholic";
    }
    SetPupils(school, place);
    const bool academy = SetEstablishmentType(school, faith);
    if (academy) school.trust = ChooseTrust(area, faith);
    school.name = NewName(school, place, faith, academy);
    SetPosition(school, place);

    std::vector<registry::Person> staff = SchoolStaff(school, random_, emails_);
    school.head_name = absl::StrCat(staff.front().given_name, " ", staff.front().family_name);
    county_.schools.push_back(std::move(school));
    for (auto& person : staff) county_.people.push_back(std::move(person));
  }

  std::string NewUrn() {
    for (;;) {
      std::string urn = absl::StrCat(random_.Between(900000, 999999));
      if (urns_.insert(urn).second) return urn;
    }
  }

  void SetPupils(School& school, const Place& place) {
    switch (school.phase) {
      case Phase::kSecondary:
        school.pupils = random_.Between(550, 1900);
        break;
      case Phase::kSpecial:
        school.pupils = random_.Between(40, 260);
        break;
      default:
        school.pupils = IsTown(place) ? random_.Between(150, 630) : random_.Between(40, 210);
    }
  }

  // Sets establishment_type and its GIAS group; returns whether the school is an academy.
  bool SetEstablishmentType(School& school, Faith faith) {
    if (school.phase == Phase::kSpecial) {
      const bool academy = random_.Percent(40);
      // GIAS files special academies under "Academies", maintained ones under "Special
      // schools".
      school.establishment_type = academy ? "Academy special converter"
                                          : "Community special school";
      school.establishment_type_group = academy ? "Academies" : "Special schools";
      return academy;
    }
    int academy_percent = school.phase == Phase::kSecondary ? 85 : 35;
    if (faith == Faith::kCatholic) academy_percent = 60;  // the diocese converted early
    const bool academy = random_.Percent(academy_percent);
    if (academy) {
      school.establishment_type =
          random_.Percent(20) ? "Academy sponsor led" : "Academy converter";
      school.establishment_type_group = "Academies";
    } else {
      school.establishment_type_group = "Local authority maintained schools";
      if (faith == Faith::kCatholic) {
        school.establishment_type = "Voluntary aided school";
      } else if (faith == Faith::kChurchOfEngland) {
        school.establishment_type =
            random_.Percent(60) ? "Voluntary controlled school" : "Voluntary aided school";
      } else {
        school.establishment_type = "Community school";
      }
    }
    return academy;
  }

  std::string ChooseTrust(const Area& area, Faith faith) {
    if (faith == Faith::kCatholic) return kCatholicTrust;
    if (faith == Faith::kChurchOfEngland && random_.Percent(70)) return kChurchOfEnglandTrust;
    return area.trusts[random_.Below(area.trusts.size())];
  }

  std::string NewName(const School& school, const Place& place, Faith faith, bool academy) {
    const std::vector<std::string>& words = school.phase == Phase::kSecondary
                                                ? SecondaryNameWords()
                                            : school.phase == Phase::kSpecial
                                                ? SpecialNameWords()
                                                : PrimaryNameWords();
    std::string kind;
    switch (school.phase) {
      case Phase::kSecondary:
        kind = faith == Faith::kCatholic         ? "Catholic School"
               : faith == Faith::kChurchOfEngland ? "Church of England Academy"
               : academy                          ? "Academy"
                                                  : "School";
        break;
      case Phase::kSpecial:
        kind = "Park School";
        break;
      default: {
        const char* faith_word = faith == Faith::kCatholic         ? "Catholic "
                                 : faith == Faith::kChurchOfEngland ? "CofE "
                                                                    : "";
        const bool calls_itself_academy = academy && random_.Percent(30);
        kind = absl::StrCat(faith_word, "Primary ",
                            calls_itself_academy ? "Academy" : "School");
      }
    }
    // Walk the word list from a random start so the busiest town still finds a free name.
    const size_t start = random_.Below(words.size());
    for (size_t k = 0; k < words.size(); ++k) {
      std::string name =
          absl::StrCat(place.name, " ", words[(start + k) % words.size()], " ", kind);
      if (names_.insert(name).second) return name;
    }
    for (int n = 2;; ++n) {  // unreachable with the lists as sized; keeps names unique anyway
      std::string name = absl::StrCat(place.name, " ", words[start], " ", kind, " ", n);
      if (names_.insert(name).second) return name;
    }
  }

  void SetPosition(School& school, const Place& place) {
    // Uniform over the disc of radius spread_m, by rejection, in whole metres.
    const int r = place.spread_m;
    int dx = 0, dy = 0;
    do {
      dx = random_.Between(-r, r);
      dy = random_.Between(-r, r);
    } while (static_cast<int64_t>(dx) * dx + static_cast<int64_t>(dy) * dy >
             static_cast<int64_t>(r) * r);
    school.easting = place.easting + dx;
    school.northing = place.northing + dy;
    const gias::LatLon position = gias::GridToWgs84(*school.easting, *school.northing);
    school.latitude = position.latitude;
    school.longitude = position.longitude;
    // One draw per statement: the order in which function arguments are evaluated is
    // unspecified, and the output must not depend on the compiler.
    const int sector = random_.Between(1, 9);
    const char unit_first = kInwardLetters[random_.Below(20)];
    const char unit_second = kInwardLetters[random_.Below(20)];
    school.postcode = absl::StrCat(place.postcode_district, " ", sector,
                                   std::string({unit_first, unit_second}));
  }

  Random random_;
  EmailBook emails_;
  std::set<std::string> urns_;
  std::set<std::string> names_;
  std::vector<std::vector<Room>> rooms_;  // per area, per place
  DemoCounty county_;
};

}  // namespace

DemoCounty GenerateDemoCounty(uint64_t seed) { return CountyBuilder(seed).Build(); }

}  // namespace partnership::demo
