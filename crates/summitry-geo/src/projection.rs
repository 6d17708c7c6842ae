//! Spherical Lambert azimuthal equal-area (LAEA) projection.
//!
//! Formulas follow Snyder, *Map Projections — A Working Manual* (USGS PP 1395),
//! §24, spherical case, with radius 1:
//!
//! ```text
//! cos c = sin φ1 sin φ + cos φ1 cos φ cos(λ − λ0)
//! k'    = √(2 / (1 + cos c))
//! x     = k' cos φ sin(λ − λ0)
//! y     = k' (cos φ1 sin φ − sin φ1 cos φ cos(λ − λ0))
//! ```
//!
//! LAEA keeps areas honest (small countries are not shrunk next to Russia)
//! and keeps great-circle directions from the centre, which is what the
//! off-map arrows in `viewport` rely on.

/// Lambert azimuthal equal-area projection onto the unit sphere's plane.
///
/// Output is `(x, y)` with `x` east and `y` **north** positive; a point at
/// angular distance `c` from the centre lands at radius `2 sin(c / 2)`, so
/// the whole globe fits in a disc of radius 2.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Laea {
    lat0: f64,
    lon0: f64,
    // Cached because every projected point needs them.
    sin_lat0: f64,
    cos_lat0: f64,
}

impl Laea {
    /// Latitude of the default centre, in degrees (central Europe).
    pub const DEFAULT_LAT: f64 = 50.0;
    /// Longitude of the default centre, in degrees (central Europe).
    pub const DEFAULT_LON: f64 = 20.0;

    /// A projection centred on (`lat0`, `lon0`), in degrees.
    pub fn new(lat0: f64, lon0: f64) -> Self {
        let (sin_lat0, cos_lat0) = lat0.to_radians().sin_cos();
        Self {
            lat0,
            lon0,
            sin_lat0,
            cos_lat0,
        }
    }

    /// A projection centred on (`lat0`, `lon0`) with the sine and cosine of `lat0` already
    /// worked out (see `viewport::Viewport::europe`).
    pub(crate) const fn with_sin_cos(lat0: f64, lon0: f64, sin_lat0: f64, cos_lat0: f64) -> Self {
        Self {
            lat0,
            lon0,
            sin_lat0,
            cos_lat0,
        }
    }

    /// The sine and cosine of the centre's latitude.
    pub fn sin_cos_lat0(&self) -> (f64, f64) {
        (self.sin_lat0, self.cos_lat0)
    }

    /// The centre as `(lat, lon)` in degrees.
    pub fn centre(&self) -> (f64, f64) {
        (self.lat0, self.lon0)
    }

    /// Cosine of the angular distance between the centre and (`lat`, `lon`):
    /// 1 at the centre, 0 on the horizon of the facing hemisphere, −1 at the
    /// antipode.
    pub fn cos_distance(&self, lat: f64, lon: f64) -> f64 {
        let (sin_lat, cos_lat) = lat.to_radians().sin_cos();
        let cos_dlon = (lon - self.lon0).to_radians().cos();
        self.sin_lat0 * sin_lat + self.cos_lat0 * cos_lat * cos_dlon
    }

    /// Projects (`lat`, `lon`) in degrees to `(x, y)` on the unit-sphere
    /// plane, `x` east and `y` north.
    ///
    /// The antipode of the centre maps to the whole circle of radius 2; it
    /// is returned as `(0, −2)` so the result is always finite.
    pub fn project(&self, lat: f64, lon: f64) -> (f64, f64) {
        let (sin_lat, cos_lat) = lat.to_radians().sin_cos();
        let (sin_dlon, cos_dlon) = (lon - self.lon0).to_radians().sin_cos();
        let cos_c = self.sin_lat0 * sin_lat + self.cos_lat0 * cos_lat * cos_dlon;
        let denominator = 1.0 + cos_c;
        if denominator <= 1e-12 {
            // Every direction is "towards" the antipode; pick due south.
            return (0.0, -2.0);
        }
        let k = (2.0 / denominator).sqrt();
        (
            k * cos_lat * sin_dlon,
            k * (self.cos_lat0 * sin_lat - self.sin_lat0 * cos_lat * cos_dlon),
        )
    }

    /// Inverse of [`Laea::project`]: `(lat, lon)` in degrees, or `None` when
    /// `(x, y)` lies outside the radius-2 disc that holds the globe.
    /// Longitudes are normalised to `[-180, 180)`.
    pub fn inverse(&self, x: f64, y: f64) -> Option<(f64, f64)> {
        let rho = x.hypot(y);
        if rho > 2.0 + 1e-12 {
            return None;
        }
        if rho < 1e-15 {
            return Some((self.lat0, self.lon0));
        }
        // Snyder (24-16), (20-14), (20-15): c is the angular distance.
        let c = 2.0 * (rho / 2.0).min(1.0).asin();
        let (sin_c, cos_c) = c.sin_cos();
        let lat = (cos_c * self.sin_lat0 + y * sin_c * self.cos_lat0 / rho)
            .clamp(-1.0, 1.0)
            .asin();
        let dlon = (x * sin_c).atan2(rho * self.cos_lat0 * cos_c - y * self.sin_lat0 * sin_c);
        let lon = (self.lon0 + dlon.to_degrees() + 180.0).rem_euclid(360.0) - 180.0;
        Some((lat.to_degrees(), lon))
    }
}

impl Default for Laea {
    /// Centred on 50° N 20° E, the middle of the Summitry map.
    fn default() -> Self {
        Self::new(Self::DEFAULT_LAT, Self::DEFAULT_LON)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const EPS: f64 = 1e-6;

    fn close(a: (f64, f64), b: (f64, f64), eps: f64) -> bool {
        (a.0 - b.0).abs() < eps && (a.1 - b.1).abs() < eps
    }

    /// The point reached by walking `dist_deg` along a great circle from
    /// (`lat`, `lon`) at initial `bearing_deg` (standard spherical
    /// "destination point" formula, independent of the projection code).
    fn destination(lat: f64, lon: f64, bearing_deg: f64, dist_deg: f64) -> (f64, f64) {
        let (p1, l1) = (lat.to_radians(), lon.to_radians());
        let (b, d) = (bearing_deg.to_radians(), dist_deg.to_radians());
        let p2 = (p1.sin() * d.cos() + p1.cos() * d.sin() * b.cos()).asin();
        let l2 = l1 + (b.sin() * d.sin() * p1.cos()).atan2(d.cos() - p1.sin() * p2.sin());
        (p2.to_degrees(), l2.to_degrees())
    }

    #[test]
    fn the_centre_maps_to_the_origin() {
        let p = Laea::default();
        assert!(close(p.project(50.0, 20.0), (0.0, 0.0), 1e-12));
        let q = Laea::new(-33.9, 151.2);
        assert!(close(q.project(-33.9, 151.2), (0.0, 0.0), 1e-12));
    }

    #[test]
    fn north_is_up_and_east_is_right() {
        let p = Laea::default();
        // 10° due north along the central meridian: c = 10°, ρ = 2 sin 5°.
        assert!(close(
            p.project(60.0, 20.0),
            (0.0, 2.0 * 5f64.to_radians().sin()),
            EPS
        ));
        // The North Pole is 40° away: ρ = 2 sin 20° = 0.684040.
        assert!(close(p.project(90.0, 0.0), (0.0, 0.684_040_3), EPS));
        // The equator on the central meridian is 50° south: ρ = 2 sin 25°.
        assert!(close(p.project(0.0, 20.0), (0.0, -0.845_236_5), EPS));
        // Something east of the centre has positive x.
        assert!(p.project(50.0, 30.0).0 > 0.0);
    }

    #[test]
    fn points_at_a_known_distance_lie_at_radius_two_sin_half_distance_in_their_bearing() {
        let p = Laea::default();
        for &dist in &[5.0, 25.0, 60.0, 120.0, 170.0] {
            for &bearing in &[0.0, 45.0, 90.0, 137.0, 180.0, 250.0, 300.0] {
                let (lat, lon) = destination(50.0, 20.0, bearing, dist);
                let (x, y) = p.project(lat, lon);
                let rho = 2.0 * (dist / 2.0f64).to_radians().sin();
                let b = f64::to_radians(bearing);
                assert!(
                    close((x, y), (rho * b.sin(), rho * b.cos()), 1e-9),
                    "dist {dist} bearing {bearing}: got ({x}, {y})"
                );
            }
        }
    }

    #[test]
    fn paris_and_kyiv_match_values_worked_by_hand() {
        // Worked from the module formulas with φ1 = 50°, λ0 = 20°:
        // sin φ1 = 0.766044, cos φ1 = 0.642788.
        //
        // Paris 48.8566° N 2.3522° E: λ − λ0 = −17.6478°,
        // sin φ = 0.753065, cos φ = 0.657946,
        // cos Δλ = 0.952938, sin Δλ = −0.303165,
        // cos c = 0.766044·0.753065 + 0.642788·0.657946·0.952938 = 0.979897,
        // k' = √(2 / 1.979897) = 1.005064,
        // x = 1.005064·0.657946·(−0.303165) = −0.200476,
        // y = 1.005064·(0.642788·0.753065 − 0.766044·0.657946·0.952938) = 0.003784.
        let p = Laea::default();
        assert!(close(
            p.project(48.8566, 2.3522),
            (-0.200_476, 0.003_784),
            2e-6
        ));
        // Kyiv 50.4501° N 30.5234° E: λ − λ0 = 10.5234°,
        // sin φ = 0.771070, cos φ = 0.636750,
        // cos Δλ = 0.983180, sin Δλ = 0.182637,
        // cos c = 0.993085, k' = 1.001733,
        // x = 1.001733·0.636750·0.182637 = 0.116496,
        // y = 1.001733·(0.642788·0.771070 − 0.766044·0.636750·0.983180) = 0.016088.
        assert!(close(
            p.project(50.4501, 30.5234),
            (0.116_496, 0.016_088),
            2e-6
        ));
    }

    #[test]
    fn projecting_then_inverting_returns_the_same_place() {
        let p = Laea::default();
        for &(lat, lon) in &[
            (48.8566, 2.3522),
            (50.4501, 30.5234),
            (41.0082, 28.9784),
            (38.9, -77.0),
            (-33.9, 151.2),
            (89.0, -120.0),
            (-60.0, 10.0),
        ] {
            let (x, y) = p.project(lat, lon);
            let back = p.inverse(x, y).expect("inside the disc");
            assert!(close(back, (lat, lon), 1e-9), "{lat},{lon} -> {back:?}");
        }
    }

    #[test]
    fn the_origin_inverts_to_the_centre_and_beyond_radius_two_is_nowhere() {
        let p = Laea::default();
        assert_eq!(p.inverse(0.0, 0.0), Some((50.0, 20.0)));
        assert_eq!(p.inverse(1.5, 1.5), None);
    }

    #[test]
    fn the_antipode_projects_to_a_finite_point_on_the_rim() {
        let p = Laea::default();
        let (x, y) = p.project(-50.0, -160.0);
        assert!(x.is_finite() && y.is_finite());
        assert!((x.hypot(y) - 2.0).abs() < 1e-6);
        assert!((p.cos_distance(-50.0, -160.0) + 1.0).abs() < 1e-12);
    }
}
