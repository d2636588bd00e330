// The map of the fictional county: seven partnership areas laid over real Gloucestershire
// towns and villages, each with the places where the demo may put a school.
//
// Places are real (names, rough National Grid positions, postcode districts); the schools
// put there are not. Each place says how many schools of each phase it can hold, so that a
// village never gets three primaries and secondaries only go to towns.
#ifndef PARTNERSHIP_DEMO_PLACES_H_
#define PARTNERSHIP_DEMO_PLACES_H_

#include <string>
#include <vector>

namespace partnership::demo {

struct Place {
  std::string name;               // town or village, as on the map
  int easting = 0;                // centre, British National Grid metres
  int northing = 0;
  int spread_m = 300;             // schools stand within this many metres of the centre
  std::string postcode_district;  // outward code, "GL7"
  int primary_slots = 1;          // most primaries the place can hold
  int secondary_slots = 0;
  int special_slots = 0;
};

// A primary partnership's catchment, which also feeds one secondary cluster.
struct Area {
  std::string name;                // "Cotswold"
  std::string district;            // the local government district it lies in
  std::string primary_partnership; // review group of its primaries
  std::string secondary_cluster;   // review group of its secondaries (shared with other areas)
  int centre_easting = 0;
  int centre_northing = 0;
  int primaries = 0;            // typical count; the generator varies it by up to 3
  int secondaries = 0;          // typical count; varied by up to 1
  int min_special = 0;          // special schools: between these, inclusive
  int max_special = 0;
  int catholic_primaries = 0;   // exact number of Roman Catholic primaries
  int catholic_secondaries = 0;
  int church_of_england_secondaries = 0;
  std::vector<std::string> trusts;  // local multi-academy trusts that take its academies
  std::vector<Place> places;        // slots exceed the largest count the generator asks for
};

// The seven areas, in a fixed order (the generator walks them in this order).
const std::vector<Area>& PartnershipAreas();

// Review group of every special school in the county.
inline constexpr char kSpecialSchoolsGroup[] = "Special Schools Group";

}  // namespace partnership::demo

#endif  // PARTNERSHIP_DEMO_PLACES_H_
