//! Line simplification (Douglas–Peucker) and tiny-ring detection, on points
//! already in SVG units so tolerances are in on-screen units.

use crate::point::Point;

/// Douglas–Peucker simplification: keeps the first and last point and every
/// point needed so that no dropped point is more than `tolerance` units from
/// the simplified line. Works on open lines and on closed ones (first point
/// equal to the last).
pub fn douglas_peucker(points: &[Point], tolerance: f64) -> Vec<Point> {
    if points.len() <= 2 {
        return points.to_vec();
    }
    let mut keep = vec![false; points.len()];
    keep[0] = true;
    keep[points.len() - 1] = true;
    // An explicit stack instead of recursion: coastlines can have thousands
    // of points and build scripts run unoptimised.
    let mut stack = vec![(0, points.len() - 1)];
    while let Some((first, last)) = stack.pop() {
        let mut farthest = (0.0, first);
        for (i, &p) in points.iter().enumerate().take(last).skip(first + 1) {
            let d = distance_to_segment(p, points[first], points[last]);
            if d > farthest.0 {
                farthest = (d, i);
            }
        }
        let (d, i) = farthest;
        if d > tolerance {
            keep[i] = true;
            stack.push((first, i));
            stack.push((i, last));
        }
    }
    points
        .iter()
        .zip(keep)
        .filter_map(|(&p, k)| k.then_some(p))
        .collect()
}

/// Whether a ring is too small to be worth drawing: both sides of its
/// bounding box are under `min_extent` units. Empty rings are negligible.
pub fn is_negligible(ring: &[Point], min_extent: f64) -> bool {
    let Some(first) = ring.first() else {
        return true;
    };
    let (mut min, mut max) = (*first, *first);
    for p in ring {
        min = Point::new(min.x.min(p.x), min.y.min(p.y));
        max = Point::new(max.x.max(p.x), max.y.max(p.y));
    }
    max.x - min.x < min_extent && max.y - min.y < min_extent
}

/// Twice the signed area of a ring (shoelace formula); the ring may or may
/// not repeat its first point at the end.
pub fn double_area(ring: &[Point]) -> f64 {
    let n = ring.len();
    (0..n)
        .map(|i| {
            let (a, b) = (ring[i], ring[(i + 1) % n]);
            a.x * b.y - b.x * a.y
        })
        .sum()
}

// Distance from p to the segment a–b; for a closed ring's first pass a == b,
// which degrades to the distance between points.
fn distance_to_segment(p: Point, a: Point, b: Point) -> f64 {
    let (dx, dy) = (b.x - a.x, b.y - a.y);
    let len2 = dx * dx + dy * dy;
    if len2 == 0.0 {
        return p.distance(a);
    }
    let t = (((p.x - a.x) * dx + (p.y - a.y) * dy) / len2).clamp(0.0, 1.0);
    p.distance(Point::new(a.x + t * dx, a.y + t * dy))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pts(v: &[(f64, f64)]) -> Vec<Point> {
        v.iter().map(|&(x, y)| Point::new(x, y)).collect()
    }

    #[test]
    fn points_within_tolerance_of_a_straight_line_are_dropped() {
        let line = pts(&[(0.0, 0.0), (1.0, 0.1), (2.0, -0.1), (3.0, 0.0)]);
        assert_eq!(douglas_peucker(&line, 0.5), pts(&[(0.0, 0.0), (3.0, 0.0)]));
    }

    #[test]
    fn a_corner_beyond_tolerance_is_kept() {
        let line = pts(&[(0.0, 0.0), (1.0, 0.1), (2.0, 3.0), (3.0, 0.1), (4.0, 0.0)]);
        // (1, 0.1) is 0.78 from the chord (0,0)–(2,3), inside tolerance 1.
        assert_eq!(
            douglas_peucker(&line, 1.0),
            pts(&[(0.0, 0.0), (2.0, 3.0), (4.0, 0.0)])
        );
    }

    #[test]
    fn a_closed_square_keeps_its_corners() {
        let square = pts(&[
            (0.0, 0.0),
            (5.0, 0.0),
            (10.0, 0.0),
            (10.0, 10.0),
            (0.0, 10.0),
            (0.0, 0.0),
        ]);
        let s = douglas_peucker(&square, 1.0);
        assert_eq!(
            s,
            pts(&[
                (0.0, 0.0),
                (10.0, 0.0),
                (10.0, 10.0),
                (0.0, 10.0),
                (0.0, 0.0)
            ])
        );
    }

    #[test]
    fn a_zero_tolerance_keeps_every_bend() {
        let line = pts(&[(0.0, 0.0), (1.0, 0.01), (2.0, 0.0)]);
        assert_eq!(douglas_peucker(&line, 0.0).len(), 3);
    }

    #[test]
    fn rings_smaller_than_the_minimum_extent_are_negligible() {
        let speck = pts(&[(0.0, 0.0), (1.0, 0.0), (1.0, 1.0)]);
        let sliver = pts(&[(0.0, 0.0), (3.0, 0.0), (3.0, 0.5)]);
        assert!(is_negligible(&speck, 2.0));
        assert!(!is_negligible(&sliver, 2.0));
        assert!(is_negligible(&[], 2.0));
    }

    #[test]
    fn the_shoelace_area_of_a_unit_square_is_one() {
        let square = pts(&[(0.0, 0.0), (1.0, 0.0), (1.0, 1.0), (0.0, 1.0)]);
        assert_eq!(double_area(&square), 2.0);
        let reversed: Vec<_> = square.iter().rev().copied().collect();
        assert_eq!(double_area(&reversed), -2.0);
    }
}
