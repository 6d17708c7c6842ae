//! Keeping only what can appear on the map: the hemisphere facing the
//! projection centre, and the part of each ring inside the view box.

use crate::point::{Point, Rect};
use crate::projection::Laea;

/// Points whose angular distance `c` from the projection centre has
/// `cos c` below this (c > 120°) are dropped before projecting.
///
/// Near the antipode LAEA stretches a small area around the rim of its
/// radius-2 disc, so a ring crossing that region would draw chords right
/// across the map. Nothing that far away can be within the view box anyway.
pub const HORIZON_MIN_COS: f64 = -0.5;

/// Whether (`lat`, `lon`) is near enough to the centre of `projection` to be
/// projected without wrap-around artefacts (see [`HORIZON_MIN_COS`]).
pub fn faces_centre(projection: &Laea, lat: f64, lon: f64) -> bool {
    projection.cos_distance(lat, lon) >= HORIZON_MIN_COS
}

/// Whether a ring has any point inside `rect`, or its bounding box overlaps
/// `rect` (a ring can surround the rectangle without a vertex inside it).
pub fn touches(ring: &[Point], rect: &Rect) -> bool {
    let Some(first) = ring.first() else {
        return false;
    };
    let mut b = Rect {
        min_x: first.x,
        min_y: first.y,
        max_x: first.x,
        max_y: first.y,
    };
    for p in ring {
        b.min_x = b.min_x.min(p.x);
        b.min_y = b.min_y.min(p.y);
        b.max_x = b.max_x.max(p.x);
        b.max_y = b.max_y.max(p.y);
    }
    b.min_x <= rect.max_x && b.max_x >= rect.min_x && b.min_y <= rect.max_y && b.max_y >= rect.min_y
}

/// Clips a polygon ring to `rect` (Sutherland–Hodgman). The input may repeat
/// its first point at the end; the output does not. Rings entirely outside
/// come back empty; parts running along the border come back as edges on
/// it, which is why callers clip to a slightly enlarged view box.
pub fn clip_ring(ring: &[Point], rect: &Rect) -> Vec<Point> {
    let mut points: Vec<Point> = ring.to_vec();
    if points.len() > 1 && points.first() == points.last() {
        points.pop();
    }
    // One pass per side: (is p inside this side?, where does a–b cross it?).
    type Side = (fn(Point, &Rect) -> bool, fn(Point, Point, &Rect) -> Point);
    let sides: [Side; 4] = [
        (|p, r| p.x >= r.min_x, |a, b, r| at_x(a, b, r.min_x)),
        (|p, r| p.x <= r.max_x, |a, b, r| at_x(a, b, r.max_x)),
        (|p, r| p.y >= r.min_y, |a, b, r| at_y(a, b, r.min_y)),
        (|p, r| p.y <= r.max_y, |a, b, r| at_y(a, b, r.max_y)),
    ];
    for (inside, crossing) in sides {
        if points.is_empty() {
            break;
        }
        let mut out = Vec::with_capacity(points.len() + 4);
        let mut prev = points[points.len() - 1];
        for &p in &points {
            match (inside(prev, rect), inside(p, rect)) {
                (true, true) => out.push(p),
                (true, false) => out.push(crossing(prev, p, rect)),
                (false, true) => {
                    out.push(crossing(prev, p, rect));
                    out.push(p);
                }
                (false, false) => {}
            }
            prev = p;
        }
        points = out;
    }
    points
}

// Where segment a–b crosses the vertical line x; only called when a and b
// are on opposite sides of it, so a.x != b.x.
fn at_x(a: Point, b: Point, x: f64) -> Point {
    let t = (x - a.x) / (b.x - a.x);
    Point::new(x, a.y + t * (b.y - a.y))
}

// Where segment a–b crosses the horizontal line y.
fn at_y(a: Point, b: Point, y: f64) -> Point {
    let t = (y - a.y) / (b.y - a.y);
    Point::new(a.x + t * (b.x - a.x), y)
}

#[cfg(test)]
mod tests {
    use super::*;

    const BOX: Rect = Rect {
        min_x: 0.0,
        min_y: 0.0,
        max_x: 10.0,
        max_y: 10.0,
    };

    fn pts(v: &[(f64, f64)]) -> Vec<Point> {
        v.iter().map(|&(x, y)| Point::new(x, y)).collect()
    }

    #[test]
    fn a_ring_inside_the_box_is_unchanged_apart_from_the_closing_point() {
        let ring = pts(&[(1.0, 1.0), (5.0, 1.0), (5.0, 5.0), (1.0, 1.0)]);
        assert_eq!(clip_ring(&ring, &BOX), ring[..3].to_vec());
    }

    #[test]
    fn a_ring_outside_the_box_disappears() {
        let ring = pts(&[(20.0, 20.0), (30.0, 20.0), (30.0, 30.0)]);
        assert!(clip_ring(&ring, &BOX).is_empty());
        assert!(!touches(&ring, &BOX));
    }

    #[test]
    fn a_square_straddling_the_right_edge_is_cut_at_the_edge() {
        let ring = pts(&[(5.0, 2.0), (15.0, 2.0), (15.0, 8.0), (5.0, 8.0)]);
        let clipped = clip_ring(&ring, &BOX);
        assert_eq!(clipped.len(), 4);
        assert!(clipped.iter().all(|p| BOX.contains(*p)));
        assert!(clipped.contains(&Point::new(10.0, 2.0)));
        assert!(clipped.contains(&Point::new(10.0, 8.0)));
    }

    #[test]
    fn a_ring_around_the_whole_box_becomes_the_box() {
        let ring = pts(&[(-5.0, -5.0), (15.0, -5.0), (15.0, 15.0), (-5.0, 15.0)]);
        assert!(touches(&ring, &BOX));
        let clipped = clip_ring(&ring, &BOX);
        assert_eq!(clipped.len(), 4);
        for corner in pts(&[(0.0, 0.0), (10.0, 0.0), (10.0, 10.0), (0.0, 10.0)]) {
            assert!(clipped.contains(&corner));
        }
    }

    #[test]
    fn europe_faces_the_centre_and_new_zealand_does_not() {
        let p = Laea::default();
        assert!(faces_centre(&p, 38.9, -77.0));
        assert!(!faces_centre(&p, -41.3, 174.8));
    }
}
