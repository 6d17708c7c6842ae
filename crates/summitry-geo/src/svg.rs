//! Turning world-atlas TopoJSON into compact SVG path data for the map.

use crate::clip::{clip_ring, faces_centre, touches};
use crate::disputed::{apply_transfers, TRANSFERS};
use crate::iso;
use crate::point::Point;
use crate::simplify::{double_area, douglas_peucker, is_negligible};
use crate::topo::{stitch_ring, Topology};
use crate::viewport::Viewport;
use std::collections::HashMap;

/// Simplification tolerance, in SVG units, that keeps the Europe map within
/// its size budget while Belgium, Luxembourg and the Caucasus stay
/// recognisable.
pub const DEFAULT_TOLERANCE: f64 = 0.8;

/// Rings whose bounding box is smaller than this many SVG units on both
/// sides are dropped (islets), except a country's largest ring, so that
/// microstates such as San Marino still get a shape to tint.
pub const MIN_RING_EXTENT: f64 = 1.5;

/// How far outside the view box rings are clipped, in SVG units, so the
/// straight edges that clipping creates never show, even under a stroke.
pub const CLIP_OUTSET: f64 = 8.0;

/// One country's outline, ready for `<path d=…>`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CountryPath {
    /// ISO 3166-1 numeric code as in world-atlas (`"804"`), or empty for the
    /// few shapes without one (Kosovo, N. Cyprus, …).
    pub numeric: String,
    /// ISO 3166-1 alpha-2 code (`"UA"`) when known; Kosovo is `"XK"`.
    pub alpha2: Option<String>,
    /// Natural Earth's short English name (`"Ukraine"`).
    pub name: String,
    /// SVG path data: per ring an absolute `M`, relative `l` segments with
    /// coordinates to one decimal, and `z`. Holes wind opposite to their
    /// exterior; `fill-rule="evenodd"` is the safe choice.
    pub d: String,
}

/// Builds one [`CountryPath`] per country of the world-atlas `topojson`
/// (object `countries`) that shows inside `viewport`, simplified to
/// `tolerance` SVG units (see [`DEFAULT_TOLERANCE`]), in file order.
/// Crimea is drawn as Ukraine and Northern Cyprus as Cyprus (see
/// [`crate::disputed`]). Shapes sharing a numeric code (Australia and its Ashmore Islands) are
/// merged into one entry.
pub fn country_paths(
    topojson: &str,
    viewport: &Viewport,
    tolerance: f64,
) -> Result<Vec<CountryPath>, String> {
    let mut topo = Topology::parse(topojson, "countries")?;
    apply_transfers(&mut topo, TRANSFERS);
    let projection = viewport.projection();
    // Project and simplify each arc once, before stitching rings: a border
    // shared by two countries then stays identical in both, with no slivers
    // or gaps between neighbours.
    let arcs: Vec<Vec<Point>> = topo
        .arcs
        .iter()
        .map(|arc| {
            let projected: Vec<Point> = arc
                .iter()
                .filter(|&&(lon, lat)| faces_centre(&projection, lat, lon))
                .map(|&(lon, lat)| viewport.to_svg(lat, lon))
                .collect();
            douglas_peucker(&projected, tolerance)
        })
        .collect();
    let clip_rect = viewport.rect().outset(CLIP_OUTSET);

    let mut paths: Vec<CountryPath> = Vec::new();
    let mut by_numeric: HashMap<String, usize> = HashMap::new();
    for country in &topo.countries {
        let mut candidates: Vec<Candidate> = Vec::new();
        for polygon in &country.polygons {
            for (i, indices) in polygon.iter().enumerate() {
                let ring = stitch_ring(&arcs, indices);
                if ring.len() < 3 || !touches(&ring, &clip_rect) {
                    continue;
                }
                let tenths = to_tenths(&clip_ring(&ring, &clip_rect));
                if tenths.len() < 3 {
                    continue;
                }
                let points: Vec<Point> = tenths
                    .iter()
                    .map(|&(x, y)| Point::new(x as f64 / 10.0, y as f64 / 10.0))
                    .collect();
                let area = double_area(&points).abs() / 2.0;
                if area == 0.0 {
                    continue;
                }
                candidates.push(Candidate {
                    negligible: i == 0 && is_negligible(&points, MIN_RING_EXTENT),
                    area,
                    tenths,
                });
            }
        }
        let mut rings: Vec<&Candidate> = candidates.iter().filter(|c| !c.negligible).collect();
        if rings.is_empty() {
            // A microstate smaller than the threshold: keep its biggest ring.
            rings.extend(candidates.iter().max_by(|a, b| a.area.total_cmp(&b.area)));
        }
        if rings.is_empty() {
            continue;
        }
        let d = path_data(rings.iter().map(|c| c.tenths.as_slice()));
        let numeric = country.id.clone().unwrap_or_default();
        if let Some(&existing) = by_numeric.get(&numeric) {
            paths[existing].d.push_str(&d);
            continue;
        }
        let alpha2 = iso::alpha2(&numeric)
            .or_else(|| iso::alpha2_for_unnumbered(&country.name))
            .map(str::to_owned);
        if !numeric.is_empty() {
            by_numeric.insert(numeric.clone(), paths.len());
        }
        paths.push(CountryPath {
            numeric,
            alpha2,
            name: country.name.clone(),
            d,
        });
    }
    Ok(paths)
}

/// Writes rings of integer tenths of a unit as compact SVG path data:
/// `M` absolute start, `l` relative steps, `z` per ring, with separators
/// only where the number syntax needs them (`l1.5-2.3.4` is three numbers).
pub fn path_data<'a>(rings: impl IntoIterator<Item = &'a [(i64, i64)]>) -> String {
    let mut out = String::new();
    for ring in rings {
        let Some((&(x0, y0), rest)) = ring.split_first() else {
            continue;
        };
        out.push('M');
        let mut numbers = Numbers::new(&mut out);
        numbers.push(x0);
        numbers.push(y0);
        out.push('l');
        let mut numbers = Numbers::new(&mut out);
        let mut prev = (x0, y0);
        for &(x, y) in rest {
            numbers.push(x - prev.0);
            numbers.push(y - prev.1);
            prev = (x, y);
        }
        out.push('z');
    }
    out
}

struct Candidate {
    // An exterior ring under MIN_RING_EXTENT (holes are never dropped for
    // size, or a neighbour's enclave would be painted over).
    negligible: bool,
    area: f64,
    tenths: Vec<(i64, i64)>,
}

// Rounds to tenths of a unit and removes repeated points, including the
// closing repeat of the first point (`z` closes the ring).
fn to_tenths(ring: &[Point]) -> Vec<(i64, i64)> {
    let mut out: Vec<(i64, i64)> = Vec::with_capacity(ring.len());
    for p in ring {
        let q = ((p.x * 10.0).round() as i64, (p.y * 10.0).round() as i64);
        if out.last() != Some(&q) {
            out.push(q);
        }
    }
    while out.len() > 1 && out.first() == out.last() {
        out.pop();
    }
    out
}

// Appends numbers (given in tenths) to path data after a command letter,
// adding a space only when the next number would otherwise run into the
// previous one.
struct Numbers<'a> {
    out: &'a mut String,
    first: bool,
    prev_has_dot: bool,
}

impl<'a> Numbers<'a> {
    fn new(out: &'a mut String) -> Self {
        Self {
            out,
            first: true,
            prev_has_dot: false,
        }
    }

    fn push(&mut self, tenths: i64) {
        let s = fmt_tenths(tenths);
        let self_delimiting = s.starts_with('-') || (s.starts_with('.') && self.prev_has_dot);
        if !self.first && !self_delimiting {
            self.out.push(' ');
        }
        self.first = false;
        self.prev_has_dot = s.contains('.');
        self.out.push_str(&s);
    }
}

// 15 → "1.5", 10 → "1", 3 → ".3", -3 → "-.3", 0 → "0".
fn fmt_tenths(tenths: i64) -> String {
    let sign = if tenths < 0 { "-" } else { "" };
    let (whole, frac) = (tenths.unsigned_abs() / 10, tenths.unsigned_abs() % 10);
    match (whole, frac) {
        (w, 0) => format!("{sign}{w}"),
        (0, f) => format!("{sign}.{f}"),
        (w, f) => format!("{sign}{w}.{f}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tenths_are_written_as_short_decimals() {
        let cases = [
            (15, "1.5"),
            (10, "1"),
            (3, ".3"),
            (-3, "-.3"),
            (0, "0"),
            (-120, "-12"),
        ];
        for (n, s) in cases {
            assert_eq!(fmt_tenths(n), s);
        }
    }

    #[test]
    fn path_data_uses_an_absolute_move_then_relative_lines() {
        let ring: &[(i64, i64)] = &[(1000, 2005), (1015, 2005), (1015, 1982), (1020, 1986)];
        assert_eq!(path_data([ring]), "M100 200.5l1.5 0 0-2.3.5.4z");
    }

    #[test]
    fn several_rings_each_start_with_their_own_move() {
        let a: &[(i64, i64)] = &[(0, 0), (10, 0), (10, 10)];
        let b: &[(i64, i64)] = &[(50, 50), (60, 50), (60, 60)];
        assert_eq!(path_data([a, b]), "M0 0l1 0 0 1zM5 5l1 0 0 1z");
    }

    #[test]
    fn rounding_removes_repeats_and_the_closing_point() {
        let ring = [
            Point::new(1.0, 1.0),
            Point::new(1.01, 1.02),
            Point::new(2.0, 1.0),
            Point::new(2.0, 2.0),
            Point::new(1.0, 1.0),
        ];
        assert_eq!(to_tenths(&ring), vec![(10, 10), (20, 10), (20, 20)]);
    }

    // A tiny topology in lon/lat with a country around Brussels (inside the
    // map), one around Washington (outside) and a speck of an islet.
    const TOPO: &str = r#"{"type":"Topology","objects":{"countries":{"geometries":[
        {"type":"MultiPolygon","id":"056","properties":{"name":"Belgium"},
         "arcs":[[[0]],[[1]]]},
        {"type":"Polygon","id":"840","properties":{"name":"United States of America"},
         "arcs":[[2]]},
        {"type":"Polygon","properties":{"name":"Kosovo"},"arcs":[[3]]}
    ]}},"arcs":[
        [[3,50],[5,50],[5,51],[3,51],[3,50]],
        [[4,52],[4.001,52],[4.001,52.001],[4,52]],
        [[-78,38],[-76,38],[-76,40],[-78,38]],
        [[20,42],[21.5,42],[21.5,43],[20,43],[20,42]]
    ]}"#;

    #[test]
    fn only_countries_on_the_map_get_paths_with_their_codes() {
        let paths = country_paths(TOPO, &Viewport::europe(), 0.5).unwrap();
        let names: Vec<_> = paths.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["Belgium", "Kosovo"]);
        assert_eq!(paths[0].alpha2.as_deref(), Some("BE"));
        assert_eq!(paths[1].numeric, "");
        assert_eq!(paths[1].alpha2.as_deref(), Some("XK"));
    }

    #[test]
    fn a_speck_of_an_islet_is_dropped_but_the_mainland_kept() {
        let paths = country_paths(TOPO, &Viewport::europe(), 0.5).unwrap();
        let belgium = &paths[0].d;
        assert_eq!(belgium.matches('M').count(), 1, "{belgium}");
        assert!(belgium.ends_with('z'));
    }
}
