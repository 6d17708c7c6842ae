//! The map's visible part and its zoom: the two values the map, its layout and the route share
//! (here, so none of them has to name another's module for them).

use summitry_geo::Point;

/// Map zoom: scale factor and the view-box centre in map units.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Zoom {
    /// Scale, 1 = whole map.
    pub k: f64,
    /// Centre x in map units.
    pub x: f64,
    /// Centre y in map units.
    pub y: f64,
}

/// The visible part of the map.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ViewBox {
    /// Left edge.
    pub x: f64,
    /// Top edge.
    pub y: f64,
    /// Width.
    pub w: f64,
    /// Height.
    pub h: f64,
}

impl ViewBox {
    /// The `viewBox` attribute value.
    pub fn attr(&self) -> String {
        let d1 = |v| summitry_geo::num::fixed(v, 1);
        format!(
            "{} {} {} {}",
            d1(self.x),
            d1(self.y),
            d1(self.w),
            d1(self.h)
        )
    }

    /// Where `p` falls, as percentages of the box's width and height (for HTML overlays).
    pub fn percent(&self, p: Point) -> (f64, f64) {
        (
            (p.x - self.x) / self.w * 100.0,
            (p.y - self.y) / self.h * 100.0,
        )
    }

    /// True when `p` is inside the box.
    pub fn contains(&self, p: Point) -> bool {
        p.x >= self.x && p.x <= self.x + self.w && p.y >= self.y && p.y <= self.y + self.h
    }
}
