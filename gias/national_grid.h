// British National Grid (OSGB36 easting/northing) to WGS84 latitude/longitude.
#ifndef PARTNERSHIP_GIAS_NATIONAL_GRID_H_
#define PARTNERSHIP_GIAS_NATIONAL_GRID_H_

namespace partnership::gias {

struct LatLon {
  double latitude = 0;   // degrees north, WGS84
  double longitude = 0;  // degrees east, WGS84 (negative west of Greenwich)
};

// Converts an OSGB36 National Grid position in metres to WGS84: inverse transverse Mercator
// on the Airy 1830 ellipsoid, then the OSGB36 -> WGS84 seven-parameter Helmert transformation.
// Accurate to about 5 metres across Great Britain (the Helmert transformation's own limit).
// Positions outside the grid's range (easting 0..700000, northing 0..1300000) are still
// converted; callers validate ranges.
LatLon GridToWgs84(double easting, double northing);

// The first half of GridToWgs84: inverse transverse Mercator on Airy 1830, giving latitude and
// longitude on the OSGB36 datum (what old OS maps print), not WGS84; up to ~120 m from the
// WGS84 position. Exact to well under a millimetre against the OS guide's worked example.
LatLon GridToOsgb36(double easting, double northing);

// Great-circle (haversine) distance in kilometres, earth radius 6371.0 km.
double HaversineKm(const LatLon& a, const LatLon& b);

}  // namespace partnership::gias

#endif  // PARTNERSHIP_GIAS_NATIONAL_GRID_H_
