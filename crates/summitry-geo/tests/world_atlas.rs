//! Builds the real map from the vendored world-atlas file and checks that
//! the countries Summitry needs are there and the map stays small.

use summitry_geo::{country_paths, CountryPath, Point, Viewport, DEFAULT_TOLERANCE};

const ATLAS: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../vendor/world-atlas/countries-50m.json"
);

/// Raw budget for all path data together; SVG path text gzips about 3×,
/// so this keeps the shipped map near the 25 KB gzip target.
const MAX_RAW_BYTES: usize = 80 * 1024;

fn europe() -> Vec<CountryPath> {
    let json = std::fs::read_to_string(ATLAS).expect("vendor/world-atlas/countries-50m.json");
    country_paths(&json, &Viewport::europe(), DEFAULT_TOLERANCE).expect("valid TopoJSON")
}

/// Reads back the rings of our own path format (`M x y`, `l dx dy …`, `z`).
fn rings(d: &str) -> Vec<Vec<Point>> {
    let mut rings = Vec::new();
    for part in d.split('z').filter(|p| !p.is_empty()) {
        let (start, steps) = part
            .trim_start_matches('M')
            .split_once('l')
            .expect("M … l … z");
        let start = numbers(start);
        let mut p = Point::new(start[0], start[1]);
        let mut ring = vec![p];
        for step in numbers(steps).chunks(2) {
            p = Point::new(p.x + step[0], p.y + step[1]);
            ring.push(p);
        }
        rings.push(ring);
    }
    rings
}

/// Splits `1.5-2 .3.4` into numbers: a new number starts at a space, a
/// minus sign, or a second decimal point.
fn numbers(s: &str) -> Vec<f64> {
    let mut out = Vec::new();
    let mut current = String::new();
    for c in s.chars() {
        let starts_new = c == ' ' || c == '-' || (c == '.' && current.contains('.'));
        if starts_new && !current.is_empty() && current != "-" {
            out.push(current.parse().unwrap());
            current.clear();
        }
        if c != ' ' {
            current.push(c);
        }
    }
    if !current.is_empty() {
        out.push(current.parse().unwrap());
    }
    out
}

/// Even-odd point-in-polygon over all rings of a path.
fn covers(path: &CountryPath, p: Point) -> bool {
    let mut inside = false;
    for ring in rings(&path.d) {
        for i in 0..ring.len() {
            let (a, b) = (ring[i], ring[(i + 1) % ring.len()]);
            if (a.y > p.y) != (b.y > p.y) && p.x < a.x + (p.y - a.y) / (b.y - a.y) * (b.x - a.x) {
                inside = !inside;
            }
        }
    }
    inside
}

fn painted_as(paths: &[CountryPath], lat: f64, lon: f64) -> Vec<&str> {
    let p = Viewport::europe().to_svg(lat, lon);
    paths
        .iter()
        .filter(|c| covers(c, p))
        .map(|c| c.alpha2.as_deref().unwrap_or(c.name.as_str()))
        .collect()
}

fn find<'a>(paths: &'a [CountryPath], alpha2: &str) -> Option<&'a CountryPath> {
    paths.iter().find(|p| p.alpha2.as_deref() == Some(alpha2))
}

#[test]
fn ukraine_france_turkiye_belgium_and_russia_are_on_the_map() {
    let paths = europe();
    for (alpha2, numeric) in [
        ("UA", "804"),
        ("FR", "250"),
        ("TR", "792"),
        ("BE", "056"),
        ("RU", "643"),
    ] {
        let p = find(&paths, alpha2).unwrap_or_else(|| panic!("{alpha2} missing"));
        assert_eq!(p.numeric, numeric);
        assert!(p.d.starts_with('M') && p.d.ends_with('z'), "{alpha2}");
    }
}

#[test]
fn the_caucasus_and_small_states_are_on_the_map_too() {
    let paths = europe();
    for alpha2 in ["GE", "AM", "AZ", "LU", "MT", "CY", "LI", "AD", "SM", "XK"] {
        assert!(find(&paths, alpha2).is_some(), "{alpha2} missing");
    }
}

#[test]
fn far_away_countries_are_left_out() {
    let paths = europe();
    for alpha2 in ["US", "CA", "CN", "AU", "BR"] {
        assert!(
            find(&paths, alpha2).is_none(),
            "{alpha2} should be off the map"
        );
    }
}

#[test]
fn every_country_has_a_known_alpha2_code_except_northern_cyprus() {
    for p in europe() {
        assert!(
            p.alpha2.is_some() || p.name == "N. Cyprus",
            "{} ({}) has no alpha-2",
            p.name,
            p.numeric
        );
    }
}

#[test]
fn belgium_still_looks_like_belgium() {
    let paths = europe();
    let be = find(&paths, "BE").unwrap();
    // One mainland ring, about 45 units across, with enough corners to
    // show its shape.
    let rings = rings(&be.d);
    assert_eq!(rings.len(), 1);
    let xs = rings[0].iter().map(|p| p.x);
    let width = xs.clone().fold(f64::MIN, f64::max) - xs.fold(f64::MAX, f64::min);
    assert!(
        (35.0..70.0).contains(&width),
        "Belgium is {width} units wide"
    );
    assert!(
        rings[0].len() >= 15,
        "Belgium has {} points",
        rings[0].len()
    );
}

#[test]
fn all_paths_together_fit_the_size_budget() {
    let paths = europe();
    let raw: usize = paths.iter().map(|p| p.d.len()).sum();
    println!("{} countries, {raw} bytes of path data", paths.len());
    assert!(
        raw <= MAX_RAW_BYTES,
        "{raw} bytes of path data, budget {MAX_RAW_BYTES}"
    );
}

#[test]
fn capitals_lie_inside_their_own_countries() {
    let paths = europe();
    for (alpha2, lat, lon) in [
        ("BE", 50.8503, 4.3517),
        ("FR", 48.8566, 2.3522),
        ("UA", 50.4501, 30.5234),
        ("RU", 55.7558, 37.6173),
        ("TR", 39.93, 32.86),
        ("GE", 41.72, 44.79),
        ("LU", 49.61, 6.13),
    ] {
        assert_eq!(painted_as(&paths, lat, lon), [alpha2], "{alpha2}");
    }
}

#[test]
fn crimea_is_painted_as_ukraine() {
    // Simferopol.
    assert_eq!(painted_as(&europe(), 44.95, 34.10), ["UA"]);
}

#[test]
fn northern_cyprus_is_painted_as_cyprus() {
    // Kyrenia, on the north coast.
    assert_eq!(painted_as(&europe(), 35.33, 33.32), ["CY"]);
}

#[test]
fn the_sea_is_nobody_s() {
    // Middle of the Black Sea and of the Bay of Biscay.
    assert!(painted_as(&europe(), 43.5, 34.0).is_empty());
    assert!(painted_as(&europe(), 45.5, -5.0).is_empty());
}
