//! Points and rectangles in SVG user units (x right, y down).

/// A point in SVG user units: `x` grows to the right, `y` grows downwards.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Point {
    /// Horizontal coordinate, growing to the right.
    pub x: f64,
    /// Vertical coordinate, growing downwards (SVG convention).
    pub y: f64,
}

impl Point {
    /// Creates a point from its SVG coordinates.
    pub const fn new(x: f64, y: f64) -> Self {
        Self { x, y }
    }

    /// Euclidean distance to `other`, in SVG units.
    pub fn distance(self, other: Point) -> f64 {
        (self.x - other.x).hypot(self.y - other.y)
    }
}

/// An axis-aligned rectangle in SVG user units.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rect {
    /// Left edge.
    pub min_x: f64,
    /// Top edge (smallest `y`, since SVG `y` points down).
    pub min_y: f64,
    /// Right edge.
    pub max_x: f64,
    /// Bottom edge.
    pub max_y: f64,
}

impl Rect {
    /// Whether `p` lies inside the rectangle or on its border.
    pub fn contains(&self, p: Point) -> bool {
        (self.min_x..=self.max_x).contains(&p.x) && (self.min_y..=self.max_y).contains(&p.y)
    }

    /// The rectangle grown by `by` units on every side (shrunk if negative).
    pub fn outset(&self, by: f64) -> Rect {
        Rect {
            min_x: self.min_x - by,
            min_y: self.min_y - by,
            max_x: self.max_x + by,
            max_y: self.max_y + by,
        }
    }

    /// The centre of the rectangle.
    pub fn centre(&self) -> Point {
        Point::new(
            (self.min_x + self.max_x) / 2.0,
            (self.min_y + self.max_y) / 2.0,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_three_four_five_triangle_has_hypotenuse_five() {
        assert_eq!(Point::new(1.0, 2.0).distance(Point::new(4.0, 6.0)), 5.0);
    }

    #[test]
    fn a_rectangle_contains_its_border_but_not_beyond_it() {
        let r = Rect {
            min_x: 0.0,
            min_y: 0.0,
            max_x: 10.0,
            max_y: 5.0,
        };
        assert!(r.contains(Point::new(10.0, 5.0)));
        assert!(!r.contains(Point::new(10.1, 5.0)));
        assert!(r.outset(1.0).contains(Point::new(10.5, -0.5)));
        assert_eq!(r.centre(), Point::new(5.0, 2.5));
    }
}
