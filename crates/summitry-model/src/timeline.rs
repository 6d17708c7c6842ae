//! The timeline strip: a linear time scale, ticks, and one mark per event in lanes so marks on
//! the same day do not hide each other.

use summitry_data::{Event, EventKind, Status};
use time::{Date, Month};

use crate::flags::Lang;
use crate::i18n::short_month;

/// Maps days to x coordinates, like d3's `scaleTime`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TimeScale {
    start: Date,
    end: Date,
    x0: f64,
    x1: f64,
}

/// A tick on the axis.
#[derive(Debug, Clone, PartialEq)]
pub struct Tick {
    /// The tick's day (the first of a month or a year).
    pub date: Date,
    /// x in timeline units.
    pub x: f64,
    /// Label: "Jan 2025" at year starts and at the first tick, else "Feb" (in the ticks' language).
    pub label: String,
}

impl TimeScale {
    /// A scale from `start` at `x0` to `end` at `x1`; padded by half a month either side so the
    /// first and last marks are not on the edge.
    pub fn new(start: Date, end: Date, x0: f64, x1: f64) -> Self {
        let pad = time::Duration::days(15);
        let (start, end) = (start - pad, end.max(start) + pad);
        TimeScale { start, end, x0, x1 }
    }

    /// x of a day.
    pub fn x(&self, d: Date) -> f64 {
        let span = (self.end - self.start).whole_days().max(1) as f64;
        self.x0 + (d - self.start).whole_days() as f64 / span * (self.x1 - self.x0)
    }

    /// The day at x (the inverse of [`TimeScale::x`]), clamped to the scale.
    pub fn date_at(&self, x: f64) -> Date {
        let span = (self.end - self.start).whole_days() as f64;
        let t = ((x - self.x0) / (self.x1 - self.x0)).clamp(0.0, 1.0);
        self.start + time::Duration::days((t * span).round() as i64)
    }

    /// Month ticks when the span is under two years, else one tick per year; every `step`-th
    /// month so labels do not collide (at most about `max` ticks). Labels are in `lang`.
    pub fn ticks(&self, max: usize, lang: Lang) -> Vec<Tick> {
        let months = (self.end.year() - self.start.year()) * 12
            + i32::from(u8::from(self.end.month()))
            - i32::from(u8::from(self.start.month()));
        let step = if months > 24 {
            12
        } else {
            [1, 2, 3, 6, 12]
                .into_iter()
                .find(|s| (months / s) as usize <= max.max(1))
                .unwrap_or(12)
        };
        let mut ticks = Vec::new();
        let (mut y, mut m) = (self.start.year(), u8::from(self.start.month()));
        loop {
            // Advance to the first day of the next month, then keep months on the step.
            m += 1;
            if m > 12 {
                m = 1;
                y += 1;
            }
            let d = Date::from_calendar_date(y, Month::try_from(m).expect("1..=12"), 1)
                .expect("first of a month exists");
            if d > self.end {
                break;
            }
            if (i32::from(m) - 1) % step != 0 {
                continue;
            }
            let short = short_month(lang, d);
            let label = if m == 1 || ticks.is_empty() {
                format!("{short} {y}")
            } else {
                short.to_string()
            };
            ticks.push(Tick {
                date: d,
                x: self.x(d),
                label,
            });
        }
        ticks
    }
}

/// The shape that stands for a kind, so kinds differ without colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// Meetings.
    Circle,
    /// Calls.
    Diamond,
    /// Negotiation rounds.
    Square,
    /// Summits.
    Triangle,
}

/// The shape of a kind.
pub fn shape(kind: EventKind) -> Shape {
    match kind {
        EventKind::Meeting => Shape::Circle,
        EventKind::Call => Shape::Diamond,
        EventKind::Talks => Shape::Square,
        EventKind::Summit => Shape::Triangle,
    }
}

/// An SVG path for `shape` of radius `r` centred on (x, y).
pub fn shape_path(shape: Shape, x: f64, y: f64, r: f64) -> String {
    match shape {
        Shape::Circle => format!(
            "M{:.1} {y:.1}a{r:.1} {r:.1} 0 1 0 {:.1} 0a{r:.1} {r:.1} 0 1 0 {:.1} 0Z",
            x - r,
            2.0 * r,
            -2.0 * r
        ),
        Shape::Diamond => format!(
            "M{x:.1} {:.1}L{:.1} {y:.1}L{x:.1} {:.1}L{:.1} {y:.1}Z",
            y - r * 1.2,
            x + r * 1.2,
            y + r * 1.2,
            x - r * 1.2
        ),
        Shape::Square => format!(
            "M{:.1} {:.1}h{:.1}v{:.1}h{:.1}Z",
            x - r * 0.9,
            y - r * 0.9,
            r * 1.8,
            r * 1.8,
            -r * 1.8
        ),
        Shape::Triangle => format!(
            "M{x:.1} {:.1}L{:.1} {:.1}L{:.1} {:.1}Z",
            y - r * 1.2,
            x + r * 1.2,
            y + r * 0.9,
            x - r * 1.2,
            y + r * 0.9
        ),
    }
}

/// An event's mark on the timeline.
#[derive(Debug, Clone, PartialEq)]
pub struct Mark<'a> {
    /// The event.
    pub event: &'a Event,
    /// x in timeline units.
    pub x: f64,
    /// Lane, 0 at the axis, counting upwards.
    pub lane: usize,
    /// Drawn hollow: proposed or scheduled.
    pub hollow: bool,
    /// The mark's outline path.
    pub path: String,
}

/// Marks for `events` (already in time order), in lanes at least `gap` apart.
pub fn marks<'a>(
    events: &[&'a Event],
    scale: &TimeScale,
    gap: f64,
    lane_height: f64,
    base_y: f64,
    r: f64,
) -> Vec<Mark<'a>> {
    let mut lane_end: Vec<f64> = Vec::new();
    events
        .iter()
        .map(|e| {
            let x = scale.x(e.when.date);
            let lane = match lane_end.iter().position(|end| x - end >= gap) {
                Some(l) => l,
                None => {
                    lane_end.push(f64::NEG_INFINITY);
                    lane_end.len() - 1
                }
            };
            lane_end[lane] = x;
            let y = base_y - lane as f64 * lane_height;
            Mark {
                event: e,
                x,
                lane,
                hollow: e.status != Status::Held,
                path: shape_path(shape(e.kind), x, y, r),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::filter::in_time_order;
    use crate::testdata::sample_dataset;
    use summitry_data::Store;
    use time::macros::date;

    #[test]
    fn later_days_lie_further_right() {
        let s = TimeScale::new(date!(2025 - 01 - 01), date!(2025 - 12 - 31), 0.0, 1000.0);
        assert!(s.x(date!(2025 - 07 - 23)) > s.x(date!(2025 - 07 - 22)));
        assert!(s.x(date!(2025 - 01 - 01)) > 0.0, "padded at the start");
        assert!(s.x(date!(2025 - 12 - 31)) < 1000.0, "padded at the end");
    }

    #[test]
    fn date_at_inverts_x() {
        let s = TimeScale::new(date!(2025 - 01 - 01), date!(2025 - 12 - 31), 0.0, 1000.0);
        let d = date!(2025 - 07 - 23);
        assert_eq!(s.date_at(s.x(d)), d);
    }

    #[test]
    fn a_year_gets_monthly_ticks_labelled_with_the_year_in_january() {
        let s = TimeScale::new(date!(2025 - 01 - 10), date!(2025 - 12 - 10), 0.0, 1000.0);
        let t = s.ticks(12, Lang::En);
        assert_eq!(t[0].label, "Jan 2025");
        assert_eq!(t[1].label, "Feb");
        assert!(t.windows(2).all(|w| w[0].x < w[1].x));
    }

    #[test]
    fn a_long_span_thins_ticks_to_fit() {
        let s = TimeScale::new(date!(2024 - 02 - 01), date!(2026 - 01 - 06), 0.0, 1000.0);
        let t = s.ticks(8, Lang::En);
        assert!(t.len() <= 9, "{} ticks", t.len());
        assert!(t.iter().any(|t| t.label == "Jan 2025"));
    }

    #[test]
    fn tick_labels_follow_the_language() {
        let s = TimeScale::new(date!(2025 - 01 - 10), date!(2025 - 12 - 10), 0.0, 1000.0);
        let t = s.ticks(12, Lang::Uk);
        assert_eq!(t[0].label, "січ 2025");
        assert_eq!(t[1].label, "лют");
    }

    #[test]
    fn events_on_the_same_day_go_to_separate_lanes() {
        let mut ds = sample_dataset();
        ds.events[2].when.date = ds.events[1].when.date;
        let ds = Store::from_dataset(ds);
        let evs = in_time_order(&ds);
        let s = TimeScale::new(date!(2025 - 03 - 01), date!(2025 - 03 - 10), 0.0, 1000.0);
        let m = marks(&evs, &s, 16.0, 20.0, 100.0, 6.0);
        assert_eq!(m[0].lane, 0);
        assert_eq!(m[1].lane, 1);
    }

    #[test]
    fn every_kind_has_its_own_shape() {
        let shapes: Vec<Shape> = EventKind::ALL.iter().map(|k| shape(*k)).collect();
        for (i, a) in shapes.iter().enumerate() {
            assert!(!shapes[i + 1..].contains(a));
        }
    }
}
