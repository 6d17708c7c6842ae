//! The timeline strip: a linear time scale, ticks, and one mark per event in lanes so marks on
//! the same day do not hide each other; where marks would need more lanes than the strip has,
//! counts per span of time ([`Bin`]) instead, which a reader zooms into ([`strip`]).

use summitry_data::{Event, EventKind, Status};
use time::{Date, Month};

use crate::i18n::short_month;
use crate::lang::Lang;

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

    /// A scale from `start` at `x0` to the end of `end` at `x1`, unpadded: a zoomed timeline,
    /// where the span is exactly what the reader chose.
    pub fn exact(start: Date, end: Date, x0: f64, x1: f64) -> Self {
        let end = end.max(start).next_day().unwrap_or(end);
        TimeScale { start, end, x0, x1 }
    }

    /// The first and last day the scale shows.
    pub fn bounds(&self) -> (Date, Date) {
        (self.start, self.end)
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
        let days = (self.end - self.start).whole_days();
        if days <= DAY_TICKS_UNDER {
            return self.day_ticks(days, max, lang);
        }
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

/// A span of at most this many days (a zoomed timeline) gets ticks on days, not months.
const DAY_TICKS_UNDER: i64 = 62;

impl TimeScale {
    /// Ticks every 1, 2, 7 or 14 days (at most about `max`), labelled "12 Mar" in `lang`.
    fn day_ticks(&self, days: i64, max: usize, lang: Lang) -> Vec<Tick> {
        let step = [1, 2, 7, 14]
            .into_iter()
            .find(|s| (days / s) as usize <= max.max(1))
            .unwrap_or(14);
        (0..=days)
            .step_by(step as usize)
            .map(|n| self.start + time::Duration::days(n))
            .filter(|d| *d <= self.end)
            .map(|d| Tick {
                date: d,
                x: self.x(d),
                label: format!("{} {}", d.day(), short_month(lang, d)),
            })
            .collect()
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
    let d1 = |v| summitry_geo::num::fixed(v, 1);
    match shape {
        Shape::Circle => {
            let (rs, ys) = (d1(r), d1(y));
            format!(
                "M{} {ys}a{rs} {rs} 0 1 0 {} 0a{rs} {rs} 0 1 0 {} 0Z",
                d1(x - r),
                d1(2.0 * r),
                d1(-2.0 * r)
            )
        }
        Shape::Diamond => {
            let (xs, ys) = (d1(x), d1(y));
            format!(
                "M{xs} {}L{} {ys}L{xs} {}L{} {ys}Z",
                d1(y - r * 1.2),
                d1(x + r * 1.2),
                d1(y + r * 1.2),
                d1(x - r * 1.2)
            )
        }
        Shape::Square => format!(
            "M{} {}h{}v{}h{}Z",
            d1(x - r * 0.9),
            d1(y - r * 0.9),
            d1(r * 1.8),
            d1(r * 1.8),
            d1(-r * 1.8)
        ),
        Shape::Triangle => format!(
            "M{} {}L{} {}L{} {}Z",
            d1(x),
            d1(y - r * 1.2),
            d1(x + r * 1.2),
            d1(y + r * 0.9),
            d1(x - r * 1.2),
            d1(y + r * 0.9)
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

/// Counts of the events of one span of time, drawn instead of marks when marks would not fit.
#[derive(Debug, Clone, PartialEq)]
pub struct Bin {
    /// Its first day.
    pub from: Date,
    /// Its last day.
    pub to: Date,
    /// Left edge, in timeline units.
    pub x0: f64,
    /// Right edge, in timeline units.
    pub x1: f64,
    /// Events per kind, in the order of [`EventKind::ALL`].
    pub counts: [usize; 4],
    /// Every event in it.
    pub total: usize,
    /// Its height as a share of the tallest bin's, in (0, 1]: the strip's height bounds it.
    pub height: f64,
}

impl Bin {
    /// Its width, in timeline units.
    pub fn width(&self) -> f64 {
        self.x1 - self.x0
    }
}

/// What the timeline draws for a set of events.
#[derive(Debug, Clone, PartialEq)]
pub enum Strip<'a> {
    /// One mark per event.
    Marks(Vec<Mark<'a>>),
    /// Counts per span of time: marks would have needed more lanes than the strip has.
    Bins(Vec<Bin>),
}

/// A span shorter than this many days always shows marks, however many lanes they need: a
/// reader who zoomed this far wants the events themselves.
pub const MIN_BIN_DAYS: i64 = 14;

/// How many lanes `xs` (in order) need with marks at least `gap` apart; counting stops past `max`.
fn lanes_needed(xs: impl Iterator<Item = f64>, gap: f64, max: usize) -> usize {
    let mut lane_end: Vec<f64> = Vec::new();
    for x in xs {
        match lane_end.iter().position(|end| x - end >= gap) {
            Some(l) => lane_end[l] = x,
            None if lane_end.len() > max => break,
            None => lane_end.push(x),
        }
    }
    lane_end.len()
}

/// Marks for `events` (in time order) when they fit in `max_lanes` lanes `gap` apart (as
/// [`marks`] places them), else `bins` equal spans of the scale with their counts (empty ones
/// left out). The choice depends on the events and the scale only, not on pixels: the strip is
/// laid out in shares of its width, so it reads alike at every width.
pub fn strip<'a>(
    events: &[&'a Event],
    scale: &TimeScale,
    gap: f64,
    max_lanes: usize,
    bins: usize,
) -> Strip<'a> {
    let days = (scale.end - scale.start).whole_days();
    let xs = events.iter().map(|e| scale.x(e.when.date));
    if days <= MIN_BIN_DAYS || lanes_needed(xs, gap, max_lanes) <= max_lanes {
        return Strip::Marks(marks(events, scale, gap, 1.0, 0.0, 7.0));
    }
    let n = bins.max(1);
    let w = (scale.x1 - scale.x0) / n as f64;
    // Bin edges as days, so every event falls in exactly one bin by its date.
    let mut edges: Vec<Date> = (0..n)
        .map(|i| scale.date_at(scale.x0 + i as f64 * w))
        .collect();
    edges.dedup();
    let mut out: Vec<Bin> = edges
        .iter()
        .enumerate()
        .map(|(i, from)| {
            let next = edges.get(i + 1).copied();
            let to = next
                .and_then(|d| d.previous_day())
                .unwrap_or(scale.end)
                .max(*from);
            Bin {
                from: *from,
                to,
                x0: scale.x(*from),
                x1: next.map_or(scale.x1, |d| scale.x(d)),
                counts: [0; 4],
                total: 0,
                height: 0.0,
            }
        })
        .collect();
    for e in events {
        let i = edges
            .partition_point(|d| *d <= e.when.date)
            .saturating_sub(1);
        let k = EventKind::ALL
            .iter()
            .position(|k| *k == e.kind)
            .unwrap_or(0);
        out[i].counts[k] += 1;
        out[i].total += 1;
    }
    out.retain(|b| b.total > 0);
    let tallest = out.iter().map(|b| b.total).max().unwrap_or(1) as f64;
    for b in &mut out {
        b.height = b.total as f64 / tallest;
    }
    Strip::Bins(out)
}

/// A zoomed span moved, keeping its length, so that it holds `day`: where keyboard stepping
/// follows an event out of view. A span that holds `day` already is returned as it is.
pub fn span_around(span: (Date, Date), day: Date) -> (Date, Date) {
    let (from, to) = span;
    let len = to - from;
    if day < from {
        (day, day + len)
    } else if day > to {
        (day - len, day)
    } else {
        span
    }
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

    /// `n` events spread evenly over 2025 (every `365 / n` days), kinds in turn.
    fn many(n: usize) -> Store {
        let mut ds = sample_dataset();
        let model = ds.events[0].clone();
        ds.events = (0..n)
            .map(|i| {
                let mut e = model.clone();
                e.id = format!("e{i}");
                e.kind = EventKind::ALL[i % 4];
                e.when.date = date!(2025 - 01 - 01) + time::Duration::days((i * 365 / n) as i64);
                e
            })
            .collect();
        Store::from_dataset(ds)
    }

    fn year() -> TimeScale {
        TimeScale::new(date!(2025 - 01 - 01), date!(2025 - 12 - 31), 0.0, 100.0)
    }

    #[test]
    fn a_few_events_are_drawn_as_marks() {
        let ds = many(10);
        let evs = in_time_order(&ds);
        match strip(&evs, &year(), 8.0, 4, 24) {
            Strip::Marks(m) => assert_eq!(m.len(), 10),
            Strip::Bins(_) => panic!("ten events fit"),
        }
    }

    #[test]
    fn events_that_would_overlap_are_counted_in_bins_of_bounded_height() {
        let ds = many(10_000);
        let evs = in_time_order(&ds);
        let Strip::Bins(bins) = strip(&evs, &year(), 8.0, 4, 24) else {
            panic!("ten thousand events do not fit in four lanes");
        };
        assert!(bins.len() <= 24, "{} bins", bins.len());
        assert_eq!(bins.iter().map(|b| b.total).sum::<usize>(), 10_000);
        for b in &bins {
            assert_eq!(b.counts.iter().sum::<usize>(), b.total);
            assert!(b.height > 0.0 && b.height <= 1.0);
            assert!(b.from <= b.to && b.x0 < b.x1);
        }
        assert!(bins.iter().any(|b| b.height == 1.0));
        assert!(bins
            .windows(2)
            .all(|w| w[0].to < w[1].from && w[0].x1 <= w[1].x0));
    }

    #[test]
    fn every_event_falls_in_the_bin_whose_days_hold_it() {
        let ds = many(5_000);
        let evs = in_time_order(&ds);
        let Strip::Bins(bins) = strip(&evs, &year(), 8.0, 4, 24) else {
            panic!("bins expected");
        };
        for b in &bins {
            let inside = evs
                .iter()
                .filter(|e| b.from <= e.when.date && e.when.date <= b.to)
                .count();
            assert_eq!(inside, b.total, "{b:?}");
        }
    }

    #[test]
    fn zooming_into_a_bin_eventually_shows_its_events_as_marks() {
        let ds = many(10_000);
        let mut evs = in_time_order(&ds);
        let mut scale = year();
        for _ in 0..4 {
            match strip(&evs, &scale, 8.0, 4, 24) {
                Strip::Marks(m) => {
                    assert_eq!(m.len(), evs.len());
                    assert!(m.iter().all(|m| (0.0..=100.0).contains(&m.x)));
                    return;
                }
                Strip::Bins(bins) => {
                    // The view zooms into the bin and shows the events of its span.
                    let b = &bins[0];
                    scale = TimeScale::exact(b.from, b.to, 0.0, 100.0);
                    evs.retain(|e| b.from <= e.when.date && e.when.date <= b.to);
                    assert_eq!(evs.len(), b.total);
                }
            }
        }
        panic!("four zooms did not reach marks");
    }

    #[test]
    fn a_zoomed_span_of_days_gets_ticks_on_days() {
        let s = TimeScale::exact(date!(2025 - 03 - 01), date!(2025 - 03 - 04), 0.0, 100.0);
        let t = s.ticks(10, Lang::En);
        let labels: Vec<&str> = t.iter().map(|t| t.label.as_str()).collect();
        assert_eq!(labels, ["1 Mar", "2 Mar", "3 Mar", "4 Mar", "5 Mar"]);
        let s = TimeScale::exact(date!(2025 - 03 - 01), date!(2025 - 04 - 15), 0.0, 100.0);
        let t = s.ticks(10, Lang::Fr);
        assert!(t.len() <= 11 && t.len() >= 4, "{t:?}");
        assert!(t.windows(2).all(|w| w[0].x < w[1].x));
    }

    #[test]
    fn an_exact_scale_spans_its_days_without_padding() {
        let s = TimeScale::exact(date!(2025 - 03 - 01), date!(2025 - 03 - 10), 0.0, 100.0);
        assert_eq!(s.x(date!(2025 - 03 - 01)), 0.0);
        assert_eq!(s.x(date!(2025 - 03 - 11)), 100.0);
    }

    #[test]
    fn a_span_moves_to_hold_a_day_and_keeps_its_length() {
        let span = (date!(2025 - 03 - 01), date!(2025 - 03 - 10));
        assert_eq!(span_around(span, date!(2025 - 03 - 05)), span);
        assert_eq!(
            span_around(span, date!(2025 - 03 - 12)),
            (date!(2025 - 03 - 03), date!(2025 - 03 - 12))
        );
        assert_eq!(
            span_around(span, date!(2025 - 02 - 27)),
            (date!(2025 - 02 - 27), date!(2025 - 03 - 08))
        );
    }

    #[test]
    fn every_kind_has_its_own_shape() {
        let shapes: Vec<Shape> = EventKind::ALL.iter().map(|k| shape(*k)).collect();
        for (i, a) in shapes.iter().enumerate() {
            assert!(!shapes[i + 1..].contains(a));
        }
    }
}
