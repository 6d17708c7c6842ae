//! Curved connectors between two map points, for drawing phone calls.
//!
//! A quadratic Bézier that bows towards the top of the map looks like a
//! great-circle route on a north-up map of the northern hemisphere, and is
//! far cheaper than sampling a real great circle.

use crate::point::Point;

/// The Bézier control point for an arc from `a` to `b`.
///
/// It sits on the perpendicular through the chord's midpoint, `bend` ×
/// chord length away from it, on the upper side (smaller SVG `y`) whatever
/// the order of `a` and `b`, so calls A→B and B→A draw the same curve.
/// A vertical chord bows to the left. A negative `bend` bows the other way.
pub fn arc_control(a: Point, b: Point, bend: f64) -> Point {
    let (dx, dy) = (b.x - a.x, b.y - a.y);
    // (dy, -dx) is the chord turned a quarter, with the chord's length, so
    // scaling it by `bend` gives an offset of bend × chord length.
    let (mut nx, mut ny) = (dy, -dx);
    if ny > 0.0 || (ny == 0.0 && nx > 0.0) {
        nx = -nx;
        ny = -ny;
    }
    Point::new((a.x + b.x) / 2.0 + nx * bend, (a.y + b.y) / 2.0 + ny * bend)
}

/// SVG path data `"M x y Q cx cy x y"` for the arc from `a` to `b` (see
/// [`arc_control`]), coordinates rounded to one decimal.
pub fn arc_path(a: Point, b: Point, bend: f64) -> String {
    let c = arc_control(a, b, bend);
    format!(
        "M{} {}Q{} {} {} {}",
        fmt1(a.x),
        fmt1(a.y),
        fmt1(c.x),
        fmt1(c.y),
        fmt1(b.x),
        fmt1(b.y)
    )
}

/// The point halfway along the arc (Bézier parameter 0.5), e.g. for a label
/// or a hover target: the chord midpoint moved half-way to the control point.
pub fn arc_midpoint(a: Point, b: Point, bend: f64) -> Point {
    arc_point(a, b, bend, 0.5)
}

/// The point at Bézier parameter `t` (0 at `a`, 1 at `b`) of the arc: where a
/// button goes when the middle is taken.
pub fn arc_point(a: Point, b: Point, bend: f64, t: f64) -> Point {
    let c = arc_control(a, b, bend);
    let (u, v, w) = ((1.0 - t) * (1.0 - t), 2.0 * t * (1.0 - t), t * t);
    Point::new(u * a.x + v * c.x + w * b.x, u * a.y + v * c.y + w * b.y)
}

// One decimal, without a trailing ".0" or a "-0", to keep path text short.
fn fmt1(v: f64) -> crate::num::Fixed {
    crate::num::short(v, 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    const PARIS: Point = Point::new(300.0, 300.0);
    const KYIV: Point = Point::new(700.0, 280.0);

    #[test]
    fn a_horizontal_call_bows_upwards_by_bend_times_its_length() {
        let c = arc_control(Point::new(100.0, 500.0), Point::new(500.0, 500.0), 0.2);
        assert_eq!(c, Point::new(300.0, 420.0));
    }

    #[test]
    fn the_path_starts_at_the_caller_and_ends_at_the_callee() {
        let d = arc_path(Point::new(100.0, 500.0), Point::new(500.2, 500.0), 0.2);
        assert_eq!(d, "M100 500Q300.1 420 500.2 500");
    }

    #[test]
    fn calls_in_either_direction_bend_the_same_way() {
        assert_eq!(
            arc_control(PARIS, KYIV, 0.15),
            arc_control(KYIV, PARIS, 0.15)
        );
        assert_eq!(
            arc_midpoint(PARIS, KYIV, 0.15),
            arc_midpoint(KYIV, PARIS, 0.15)
        );
    }

    #[test]
    fn every_arc_bends_towards_the_top_of_the_map() {
        for (a, b) in [
            (PARIS, KYIV),
            (Point::new(0.0, 0.0), Point::new(100.0, 100.0)),
            (Point::new(0.0, 100.0), Point::new(100.0, 0.0)),
            (Point::new(50.0, 0.0), Point::new(60.0, 300.0)),
        ] {
            let chord_mid_y = (a.y + b.y) / 2.0;
            assert!(arc_midpoint(a, b, 0.2).y < chord_mid_y, "{a:?} {b:?}");
        }
    }

    #[test]
    fn the_midpoint_is_half_the_bend_away_from_the_chord() {
        let (a, b) = (PARIS, KYIV);
        let chord_mid = Point::new((a.x + b.x) / 2.0, (a.y + b.y) / 2.0);
        let m = arc_midpoint(a, b, 0.2);
        let expected = 0.2 * a.distance(b) / 2.0;
        assert!((m.distance(chord_mid) - expected).abs() < 1e-9);
    }

    #[test]
    fn a_zero_bend_is_a_straight_line() {
        let m = arc_midpoint(PARIS, KYIV, 0.0);
        assert_eq!(m, Point::new(500.0, 290.0));
    }

    #[test]
    fn a_call_to_the_same_point_does_not_produce_nan() {
        let d = arc_path(PARIS, PARIS, 0.3);
        assert_eq!(d, "M300 300Q300 300 300 300");
    }

    #[test]
    fn negative_coordinates_are_written_without_minus_zero() {
        assert_eq!(fmt1(-0.04).to_string(), "0");
        assert_eq!(fmt1(-12.34).to_string(), "-12.3");
        assert_eq!(fmt1(7.96).to_string(), "8");
    }
}
