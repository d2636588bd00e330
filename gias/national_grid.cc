#include "gias/national_grid.h"

#include <cmath>

namespace partnership::gias {
namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr double kDegToRad = kPi / 180.0;
constexpr double kArcSecToRad = kDegToRad / 3600.0;

struct Ellipsoid {
  double a;  // semi-major axis, metres
  double b;  // semi-minor axis, metres
};

constexpr Ellipsoid kAiry1830{6377563.396, 6356256.909};
constexpr Ellipsoid kGrs80{6378137.000, 6356752.3141};

// National Grid projection constants (OS "A guide to coordinate systems in Great Britain").
constexpr double kF0 = 0.9996012717;
constexpr double kLat0 = 49.0 * kDegToRad;
constexpr double kLon0 = -2.0 * kDegToRad;
constexpr double kE0 = 400000.0;
constexpr double kN0 = -100000.0;

struct Cartesian {
  double x, y, z;
};

// Meridional arc from the true origin's latitude to `lat` (OS guide, equation C3).
double MeridionalArc(double lat) {
  const double a = kAiry1830.a, b = kAiry1830.b;
  const double n = (a - b) / (a + b);
  const double n2 = n * n, n3 = n2 * n;
  const double d = lat - kLat0, s = lat + kLat0;
  return b * kF0 *
         ((1 + n + 5.0 / 4 * n2 + 5.0 / 4 * n3) * d -
          (3 * n + 3 * n2 + 21.0 / 8 * n3) * std::sin(d) * std::cos(s) +
          (15.0 / 8 * n2 + 15.0 / 8 * n3) * std::sin(2 * d) * std::cos(2 * s) -
          35.0 / 24 * n3 * std::sin(3 * d) * std::cos(3 * s));
}

Cartesian ToCartesian(double lat, double lon, const Ellipsoid& el) {
  const double e2 = 1 - (el.b * el.b) / (el.a * el.a);
  const double sin_lat = std::sin(lat);
  const double nu = el.a / std::sqrt(1 - e2 * sin_lat * sin_lat);
  // Height is taken as zero: GIAS positions carry none, and a few tens of metres of height
  // moves the result by well under a metre horizontally.
  return {nu * std::cos(lat) * std::cos(lon), nu * std::cos(lat) * std::sin(lon),
          nu * (1 - e2) * sin_lat};
}

LatLon FromCartesian(const Cartesian& c, const Ellipsoid& el) {
  const double e2 = 1 - (el.b * el.b) / (el.a * el.a);
  const double p = std::sqrt(c.x * c.x + c.y * c.y);
  double lat = std::atan2(c.z, p * (1 - e2));
  // Converges to far below a millimetre in three or four rounds; the cap guards the loop.
  for (int i = 0; i < 10; ++i) {
    const double sin_lat = std::sin(lat);
    const double nu = el.a / std::sqrt(1 - e2 * sin_lat * sin_lat);
    const double next = std::atan2(c.z + e2 * nu * sin_lat, p);
    const bool done = std::fabs(next - lat) < 1e-12;  // ~6 micrometres of latitude
    lat = next;
    if (done) break;
  }
  return {lat / kDegToRad, std::atan2(c.y, c.x) / kDegToRad};
}

// OSGB36 -> WGS84. OS publish the WGS84 -> OSGB36 parameters; negating every one of them gives
// the inverse to a few millimetres, far inside the transformation's own 5 m error.
Cartesian HelmertOsgb36ToWgs84(const Cartesian& c) {
  const double tx = 446.448, ty = -125.157, tz = 542.060;
  const double s = -20.4894e-6;
  const double rx = 0.1502 * kArcSecToRad;
  const double ry = 0.2470 * kArcSecToRad;
  const double rz = 0.8421 * kArcSecToRad;
  return {tx + (1 + s) * c.x - rz * c.y + ry * c.z,
          ty + rz * c.x + (1 + s) * c.y - rx * c.z,
          tz - ry * c.x + rx * c.y + (1 + s) * c.z};
}

}  // namespace

LatLon GridToOsgb36(double easting, double northing) {
  const double a = kAiry1830.a, b = kAiry1830.b;
  const double e2 = 1 - (b * b) / (a * a);

  // Latitude of the foot point: iterate until the meridional arc reproduces the northing to
  // 0.01 mm (OS guide, equations C6 and C7).
  double lat = kLat0;
  double m = 0;
  for (int i = 0; i < 100; ++i) {
    lat = (northing - kN0 - m) / (a * kF0) + lat;
    m = MeridionalArc(lat);
    if (std::fabs(northing - kN0 - m) < 0.00001) break;
  }

  const double sin_lat = std::sin(lat), cos_lat = std::cos(lat), tan_lat = std::tan(lat);
  const double t2 = tan_lat * tan_lat, t4 = t2 * t2, t6 = t4 * t2;
  const double nu = a * kF0 / std::sqrt(1 - e2 * sin_lat * sin_lat);
  const double rho = a * kF0 * (1 - e2) / std::pow(1 - e2 * sin_lat * sin_lat, 1.5);
  const double eta2 = nu / rho - 1;
  const double sec_lat = 1 / cos_lat;
  const double nu3 = nu * nu * nu, nu5 = nu3 * nu * nu, nu7 = nu5 * nu * nu;

  const double vii = tan_lat / (2 * rho * nu);
  const double viii = tan_lat / (24 * rho * nu3) * (5 + 3 * t2 + eta2 - 9 * t2 * eta2);
  const double ix = tan_lat / (720 * rho * nu5) * (61 + 90 * t2 + 45 * t4);
  const double x = sec_lat / nu;
  const double xi = sec_lat / (6 * nu3) * (nu / rho + 2 * t2);
  const double xii = sec_lat / (120 * nu5) * (5 + 28 * t2 + 24 * t4);
  const double xiia = sec_lat / (5040 * nu7) * (61 + 662 * t2 + 1320 * t4 + 720 * t6);

  const double de = easting - kE0;
  const double de2 = de * de, de3 = de2 * de, de4 = de3 * de, de5 = de4 * de, de6 = de5 * de,
               de7 = de6 * de;
  const double phi = lat - vii * de2 + viii * de4 - ix * de6;
  const double lambda = kLon0 + x * de - xi * de3 + xii * de5 - xiia * de7;
  return {phi / kDegToRad, lambda / kDegToRad};
}

LatLon GridToWgs84(double easting, double northing) {
  const LatLon osgb = GridToOsgb36(easting, northing);
  const Cartesian c = ToCartesian(osgb.latitude * kDegToRad, osgb.longitude * kDegToRad,
                                  kAiry1830);
  return FromCartesian(HelmertOsgb36ToWgs84(c), kGrs80);
}

double HaversineKm(const LatLon& a, const LatLon& b) {
  constexpr double kEarthRadiusKm = 6371.0;
  const double dlat = (b.latitude - a.latitude) * kDegToRad;
  const double dlon = (b.longitude - a.longitude) * kDegToRad;
  const double h = std::sin(dlat / 2) * std::sin(dlat / 2) +
                   std::cos(a.latitude * kDegToRad) * std::cos(b.latitude * kDegToRad) *
                       std::sin(dlon / 2) * std::sin(dlon / 2);
  // The clamp keeps rounding from pushing h past 1 for antipodal points.
  return 2 * kEarthRadiusKm * std::asin(std::sqrt(std::fmin(1.0, h)));
}

}  // namespace partnership::gias
