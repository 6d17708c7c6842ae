//! The map frame: projected coordinates to SVG user units, and placing
//! off-map places on the frame's edge.

use crate::point::{Point, Rect};
use crate::projection::Laea;

/// Width of the default SVG view box, in user units.
pub const VIEW_WIDTH: f64 = 1000.0;
/// Height of the default SVG view box, in user units.
pub const VIEW_HEIGHT: f64 = 760.0;
/// Default inset, in user units, of the edge markers for off-map places.
pub const EDGE_MARGIN: f64 = 24.0;

/// A latitude/longitude box in degrees, used to frame a map.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LatLonBox {
    /// Southern bound, degrees north.
    pub south: f64,
    /// Western bound, degrees east.
    pub west: f64,
    /// Northern bound, degrees north.
    pub north: f64,
    /// Eastern bound, degrees east.
    pub east: f64,
}

/// Europe with Türkiye and the Caucasus: Lisbon and Dublin in the west,
/// Moscow in the north-east, Baku in the east, Istanbul and Ankara in the
/// south-east all fit with room to spare.
pub const EUROPE: LatLonBox = LatLonBox {
    south: 34.0,
    west: -11.0,
    north: 62.0,
    east: 50.0,
};

/// [`Viewport::europe`]'s sine and cosine of the centre's latitude, scale and centre, as
/// [`Viewport::fit`] works them out for [`Laea::default`], [`EUROPE`], [`VIEW_WIDTH`] and
/// [`VIEW_HEIGHT`].
const EUROPE_FIT: (f64, f64, f64, f64, f64) = (
    0.766044443118978,
    0.6427876096865394,
    1154.4323062576873,
    -0.006687425574016886,
    -0.007366025401032261,
);

/// Where a place is drawn: on the map, or pinned to its edge.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Placement {
    /// The place falls inside the view box, at this point.
    Inside(Point),
    /// The place is off the map; draw a marker at `at` on the inset border.
    Edge {
        /// Where the ray from the view centre towards the place meets the
        /// view box inset by the edge margin.
        at: Point,
        /// Screen direction of that ray, degrees clockwise from straight up
        /// (0 = up/north, 90 = right/east, 270 = left/west): an arrow glyph
        /// drawn pointing up can be placed with `rotate(bearing_deg)`.
        bearing_deg: f64,
    },
}

impl Placement {
    /// The point to draw at, whether inside or on the edge.
    pub fn point(&self) -> Point {
        match *self {
            Placement::Inside(p) | Placement::Edge { at: p, .. } => p,
        }
    }
}

/// Maps latitude/longitude through a [`Laea`] projection into a fixed SVG
/// view box `0 0 width height`, `y` pointing down.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Viewport {
    projection: Laea,
    width: f64,
    height: f64,
    // SVG units per unit of projected distance (same on both axes, so shapes
    // and areas are not distorted).
    scale: f64,
    // Projected coordinates that land in the middle of the view box.
    centre_x: f64,
    centre_y: f64,
    edge_margin: f64,
}

impl Viewport {
    /// The Summitry map: default [`Laea`] (50° N 20° E), [`EUROPE`] framed in
    /// a [`VIEW_WIDTH`] × [`VIEW_HEIGHT`] view box.
    ///
    /// Its numbers are those [`Viewport::fit`] works out (a test checks they are the same to the
    /// last bit), kept as constants: the widget then needs no trigonometry at run time, since
    /// its places come already projected from the build (about 5 KB less wasm).
    pub fn europe() -> Self {
        let (sin_lat0, cos_lat0, scale, centre_x, centre_y) = EUROPE_FIT;
        Self {
            projection: Laea::with_sin_cos(
                Laea::DEFAULT_LAT,
                Laea::DEFAULT_LON,
                sin_lat0,
                cos_lat0,
            ),
            width: VIEW_WIDTH,
            height: VIEW_HEIGHT,
            scale,
            centre_x,
            centre_y,
            edge_margin: EDGE_MARGIN,
        }
    }

    /// Frames `area` as large as possible inside a `width` × `height` view
    /// box, centred, without distorting the projection; the axis with spare
    /// room shows a little more than `area`.
    pub fn fit(projection: Laea, area: LatLonBox, width: f64, height: f64) -> Self {
        // Parallels and meridians are curves in LAEA, so the projected
        // extent of the box is found by walking its outline.
        const STEPS: u32 = 64;
        let (mut min_x, mut min_y) = (f64::INFINITY, f64::INFINITY);
        let (mut max_x, mut max_y) = (f64::NEG_INFINITY, f64::NEG_INFINITY);
        for i in 0..=STEPS {
            let t = f64::from(i) / f64::from(STEPS);
            let lon = area.west + (area.east - area.west) * t;
            let lat = area.south + (area.north - area.south) * t;
            for (la, lo) in [
                (area.south, lon),
                (area.north, lon),
                (lat, area.west),
                (lat, area.east),
            ] {
                let (x, y) = projection.project(la, lo);
                min_x = min_x.min(x);
                max_x = max_x.max(x);
                min_y = min_y.min(y);
                max_y = max_y.max(y);
            }
        }
        let scale = (width / (max_x - min_x)).min(height / (max_y - min_y));
        Self {
            projection,
            width,
            height,
            scale,
            centre_x: (min_x + max_x) / 2.0,
            centre_y: (min_y + max_y) / 2.0,
            edge_margin: EDGE_MARGIN,
        }
    }

    /// The same viewport with edge markers inset by `margin` units instead
    /// of [`EDGE_MARGIN`].
    pub fn with_edge_margin(mut self, margin: f64) -> Self {
        self.edge_margin = margin;
        self
    }

    /// The projection in use.
    pub fn projection(&self) -> Laea {
        self.projection
    }

    /// View box width in SVG units.
    pub fn width(&self) -> f64 {
        self.width
    }

    /// View box height in SVG units.
    pub fn height(&self) -> f64 {
        self.height
    }

    /// SVG units per projected unit (one projected unit is one Earth radius
    /// near the centre, about 6371 km).
    pub fn scale(&self) -> f64 {
        self.scale
    }

    /// The value for the SVG `viewBox` attribute, e.g. `"0 0 1000 760"`.
    pub fn view_box(&self) -> String {
        format!("0 0 {} {}", self.width, self.height)
    }

    /// The view box as a rectangle.
    pub fn rect(&self) -> Rect {
        Rect {
            min_x: 0.0,
            min_y: 0.0,
            max_x: self.width,
            max_y: self.height,
        }
    }

    /// Projects (`lat`, `lon`) in degrees to SVG user units. Places off the
    /// map get coordinates outside the view box.
    pub fn to_svg(&self, lat: f64, lon: f64) -> Point {
        let (x, y) = self.projection.project(lat, lon);
        self.projected_to_svg(x, y)
    }

    /// Converts already projected `(x, y)` (north up) to SVG units (y down).
    pub fn projected_to_svg(&self, x: f64, y: f64) -> Point {
        Point::new(
            self.width / 2.0 + (x - self.centre_x) * self.scale,
            self.height / 2.0 - (y - self.centre_y) * self.scale,
        )
    }

    /// The `(lat, lon)` in degrees under an SVG point, if it is on the globe.
    pub fn from_svg(&self, p: Point) -> Option<(f64, f64)> {
        let x = self.centre_x + (p.x - self.width / 2.0) / self.scale;
        let y = self.centre_y - (p.y - self.height / 2.0) / self.scale;
        self.projection.inverse(x, y)
    }

    /// Places (`lat`, `lon`) on the map: [`Placement::Inside`] when it falls
    /// in the view box, otherwise [`Placement::Edge`] on the border inset by
    /// the edge margin, along the line from the view centre towards it.
    ///
    /// Because LAEA keeps directions from its centre, that line follows the
    /// great circle from the middle of Europe towards the place.
    pub fn clip_to_edge(&self, lat: f64, lon: f64) -> Placement {
        let p = self.to_svg(lat, lon);
        if self.rect().contains(p) {
            return Placement::Inside(p);
        }
        let c = self.rect().centre();
        let (dx, dy) = (p.x - c.x, p.y - c.y);
        let half_w = (self.width / 2.0 - self.edge_margin).max(0.0);
        let half_h = (self.height / 2.0 - self.edge_margin).max(0.0);
        // The ray leaves the inset box through whichever side it reaches
        // first; p is outside the full box, so (dx, dy) is never zero.
        let tx = if dx == 0.0 {
            f64::INFINITY
        } else {
            half_w / dx.abs()
        };
        let ty = if dy == 0.0 {
            f64::INFINITY
        } else {
            half_h / dy.abs()
        };
        let t = tx.min(ty);
        Placement::Edge {
            at: Point::new(c.x + dx * t, c.y + dy * t),
            // Screen "up" is -y, so atan2(dx, -dy) is clockwise from up.
            bearing_deg: dx.atan2(-dy).to_degrees().rem_euclid(360.0),
        }
    }
}

impl Default for Viewport {
    /// Same as [`Viewport::europe`].
    fn default() -> Self {
        Self::europe()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn europe_is_the_frame_fit_works_out_to_the_last_bit() {
        let fitted = Viewport::fit(Laea::default(), EUROPE, VIEW_WIDTH, VIEW_HEIGHT);
        assert_eq!(
            Viewport::europe(),
            fitted,
            "update EUROPE_FIT to ({:?}, {:?}, {:?}, {:?}, {:?})",
            fitted.projection.sin_cos_lat0().0,
            fitted.projection.sin_cos_lat0().1,
            fitted.scale,
            fitted.centre_x,
            fitted.centre_y
        );
    }

    const PARIS: (f64, f64) = (48.8566, 2.3522);
    const KYIV: (f64, f64) = (50.4501, 30.5234);
    const ISTANBUL: (f64, f64) = (41.0082, 28.9784);
    const BRUSSELS: (f64, f64) = (50.8503, 4.3517);
    const MOSCOW: (f64, f64) = (55.7558, 37.6173);
    const WASHINGTON: (f64, f64) = (38.9, -77.0);

    fn inside(place: (f64, f64)) -> Point {
        match Viewport::europe().clip_to_edge(place.0, place.1) {
            Placement::Inside(p) => p,
            other => panic!("{place:?} should be on the map, got {other:?}"),
        }
    }

    #[test]
    fn the_european_view_box_is_1000_by_760() {
        let v = Viewport::europe();
        assert_eq!(v.view_box(), "0 0 1000 760");
        assert_eq!((v.width(), v.height()), (1000.0, 760.0));
    }

    #[test]
    fn capitals_from_lisbon_to_baku_are_on_the_map_away_from_the_edges() {
        let v = Viewport::europe();
        let places = [
            ("Lisbon", 38.72, -9.14),
            ("Dublin", 53.35, -6.26),
            ("Helsinki", 60.17, 24.94),
            ("Moscow", MOSCOW.0, MOSCOW.1),
            ("Istanbul", ISTANBUL.0, ISTANBUL.1),
            ("Ankara", 39.93, 32.86),
            ("Nicosia", 35.17, 33.36),
            ("Valletta", 35.9, 14.51),
            ("Tbilisi", 41.72, 44.79),
            ("Yerevan", 40.18, 44.51),
            ("Baku", 40.41, 49.87),
        ];
        let safe = v.rect().outset(-EDGE_MARGIN);
        for (name, lat, lon) in places {
            let p = v.to_svg(lat, lon);
            assert!(safe.contains(p), "{name} at {p:?} is too close to the edge");
        }
    }

    #[test]
    fn paris_lies_west_of_kyiv() {
        assert!(inside(PARIS).x < inside(KYIV).x);
    }

    #[test]
    fn istanbul_lies_south_of_kyiv() {
        // SVG y grows downwards.
        assert!(inside(ISTANBUL).y > inside(KYIV).y);
    }

    #[test]
    fn moscow_lies_north_east_of_kyiv() {
        let (m, k) = (inside(MOSCOW), inside(KYIV));
        assert!(m.x > k.x && m.y < k.y);
    }

    #[test]
    fn brussels_lies_a_little_north_east_of_paris() {
        let (b, p) = (inside(BRUSSELS), inside(PARIS));
        assert!(b.x > p.x && b.y < p.y);
        // About 265 km apart; the map is roughly 4.5 km per unit here.
        let d = b.distance(p);
        assert!((40.0..80.0).contains(&d), "Paris–Brussels is {d} units");
    }

    #[test]
    fn the_map_is_not_mirrored() {
        // Walking west → east through Paris, Kyiv and Baku increases x.
        let baku = inside((40.41, 49.87));
        assert!(inside(PARIS).x < inside(KYIV).x && inside(KYIV).x < baku.x);
    }

    #[test]
    fn washington_is_pinned_to_the_western_edge_pointing_west_north_west() {
        match Viewport::europe().clip_to_edge(WASHINGTON.0, WASHINGTON.1) {
            Placement::Edge { at, bearing_deg } => {
                assert!((at.x - EDGE_MARGIN).abs() < 1e-9, "at {at:?}");
                assert!(at.y > EDGE_MARGIN && at.y < 380.0, "at {at:?}");
                // The great circle to Washington leaves Europe heading
                // west-north-west.
                assert!((270.0..330.0).contains(&bearing_deg), "{bearing_deg}");
            }
            other => panic!("Washington should be off the map, got {other:?}"),
        }
    }

    #[test]
    fn off_map_places_land_on_the_inset_border_in_their_direction() {
        let v = Viewport::europe();
        let inset = v.rect().outset(-EDGE_MARGIN);
        for (name, lat, lon, want_bearing) in [
            ("Beijing", 39.9, 116.4, 0.0..120.0),
            ("Cape Town", -33.9, 18.4, 150.0..210.0),
            ("Qaanaaq, Greenland", 77.5, -69.2, 300.0..360.0),
            ("Sydney, nearly antipodal", -33.9, 151.2, 0.0..360.0),
        ] {
            match v.clip_to_edge(lat, lon) {
                Placement::Edge { at, bearing_deg } => {
                    let on_border = (at.x - inset.min_x).abs() < 1e-9
                        || (at.x - inset.max_x).abs() < 1e-9
                        || (at.y - inset.min_y).abs() < 1e-9
                        || (at.y - inset.max_y).abs() < 1e-9;
                    assert!(on_border && inset.contains(at), "{name}: {at:?}");
                    assert!(want_bearing.contains(&bearing_deg), "{name}: {bearing_deg}");
                }
                other => panic!("{name} should be off the map, got {other:?}"),
            }
        }
    }

    #[test]
    fn svg_points_convert_back_to_the_same_place() {
        let v = Viewport::europe();
        let p = v.to_svg(KYIV.0, KYIV.1);
        let (lat, lon) = v.from_svg(p).unwrap();
        assert!((lat - KYIV.0).abs() < 1e-9 && (lon - KYIV.1).abs() < 1e-9);
    }

    #[test]
    fn a_custom_edge_margin_moves_the_markers() {
        let v = Viewport::europe().with_edge_margin(10.0);
        assert_eq!(v.clip_to_edge(WASHINGTON.0, WASHINGTON.1).point().x, 10.0);
    }
}
