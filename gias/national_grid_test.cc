#include "gias/national_grid.h"

#include <cmath>

#include "gtest/gtest.h"

namespace partnership::gias {
namespace {

double Dms(double degrees, double minutes, double seconds) {
  return degrees + minutes / 60 + seconds / 3600;
}

// Ground distance in metres between two nearby positions (local flat-earth approximation, good
// to a fraction of a millimetre over the few metres these tests compare).
double MetresApart(const LatLon& a, const LatLon& b) {
  constexpr double kMetresPerDegree = 6371000.0 * 3.14159265358979323846 / 180;
  const double north = (a.latitude - b.latitude) * kMetresPerDegree;
  const double east = (a.longitude - b.longitude) * kMetresPerDegree *
                      std::cos(a.latitude * 3.14159265358979323846 / 180);
  return std::hypot(north, east);
}

// OS "A guide to coordinate systems in Great Britain", worked example C.2 (Caister Water Tower).
TEST(NationalGridTest, OsWorkedExampleProjectsToThePublishedOsgb36Position) {
  const LatLon got = GridToOsgb36(651409.903, 313177.270);
  const LatLon published{Dms(52, 39, 27.2531), Dms(1, 43, 4.5177)};
  EXPECT_LT(MetresApart(got, published), 0.01)
      << got.latitude << ", " << got.longitude;
}

// The same point through the published Helmert parameters, as given by Chris Veness's geodesy
// library documentation (52°39′28.7230″N, 001°42′57.7870″E): a wrong sign or unit on any of the
// seven parameters moves this by metres.
TEST(NationalGridTest, OsWorkedExampleReachesWgs84ThroughTheHelmertTransformation) {
  const LatLon got = GridToWgs84(651409.903, 313177.270);
  const LatLon expected{Dms(52, 39, 28.7230), Dms(1, 42, 57.7870)};
  EXPECT_LT(MetresApart(got, expected), 0.05) << got.latitude << ", " << got.longitude;
}

struct Station {
  const char* name;
  double easting, northing;  // OSGB36 National Grid via OSTN02
  double latitude, longitude;  // ETRS89, within a metre of WGS84
};

// OS OSTN02 test stations: grid positions and their surveyed ETRS89 coordinates. The Helmert
// transformation must land within 5 m of the survey, as the header promises.
TEST(NationalGridTest, OsTestStationsConvertWithinFiveMetresOfTheSurvey) {
  const Station stations[] = {
      {"BRIS (Bristol)", 362269.979, 169978.688, 51.42754743361111, -2.544076186111111},
      {"BLAC (Blackpool)", 331534.552, 431920.792, 53.77911025694444, -3.040454906944444},
      {"CARL (Carlisle)", 339921.133, 556034.759, 54.89542340527777, -2.938277414722223},
  };
  for (const Station& s : stations) {
    const LatLon got = GridToWgs84(s.easting, s.northing);
    EXPECT_LT(MetresApart(got, {s.latitude, s.longitude}), 5.0)
        << s.name << ": got " << got.latitude << ", " << got.longitude;
  }
}

TEST(NationalGridTest, WestOfGreenwichGivesNegativeLongitude) {
  // Central Gloucester.
  const LatLon got = GridToWgs84(383000, 218000);
  EXPECT_NEAR(got.latitude, 51.86, 0.02);
  EXPECT_NEAR(got.longitude, -2.25, 0.02);
}

// Worked example from Chris Veness's "Calculate distance, bearing and more between
// Latitude/Longitude points": Cambridge to Paris is 404.3 km on a 6371 km sphere.
TEST(HaversineTest, CambridgeToParisMatchesThePublishedDistance) {
  const LatLon cambridge{52.205, 0.119};
  const LatLon paris{48.857, 2.351};
  EXPECT_NEAR(HaversineKm(cambridge, paris), 404.3, 0.05);
  EXPECT_NEAR(HaversineKm(paris, cambridge), 404.3, 0.05);
}

TEST(HaversineTest, SamePointIsZeroAndAntipodesAreHalfTheCircumference) {
  const LatLon p{51.8642, -2.2382};
  EXPECT_DOUBLE_EQ(HaversineKm(p, p), 0.0);
  const LatLon antipode{-51.8642, 177.7618};
  EXPECT_NEAR(HaversineKm(p, antipode), 3.14159265358979323846 * 6371.0, 1e-6);
}

}  // namespace
}  // namespace partnership::gias
