//! The list view's table: its sort orders, and how many rows a list shown a page at a time
//! shows and its "Show N more" adds (the events table, the places on the map, the network's
//! table of pairs).

use summitry_data::order::sort_by;
use summitry_data::{Event, EventKind, Store};

/// Rows the list shows at first, and how many more each "Show more" adds: few enough that the
/// page stays light at any size of dataset.
pub const PAGE: usize = 50;

/// A column the list sorts by.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum SortKey {
    /// By date (the default).
    #[default]
    Date,
    /// By kind, then date.
    Kind,
    /// By place name, then date; calls and events without a place last.
    Place,
}

/// A sort: the column and its direction.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Sort {
    /// The column.
    pub key: SortKey,
    /// Last first.
    pub descending: bool,
}

impl Sort {
    /// The sort after a reader activates `key`'s header: the same column flips its direction,
    /// another starts ascending.
    pub fn toggled(self, key: SortKey) -> Sort {
        Sort {
            key,
            descending: self.key == key && !self.descending,
        }
    }

    /// The column header's `aria-sort` for `key`.
    pub fn aria(self, key: SortKey) -> &'static str {
        match (self.key == key, self.descending) {
            (false, _) => "none",
            (true, false) => "ascending",
            (true, true) => "descending",
        }
    }
}

/// `events` (in time order) sorted by `sort`; ties keep time order, whatever the direction.
pub fn sorted<'a>(ds: &Store, events: &[&'a Event], sort: Sort) -> Vec<&'a Event> {
    let mut v = events.to_vec();
    let kind_rank = |k: EventKind| EventKind::ALL.iter().position(|x| *x == k);
    let place = |e: &Event| {
        e.place
            .as_deref()
            .and_then(|p| ds.place(p))
            .map(|p| crate::fold::fold_case(&p.name))
    };
    match sort.key {
        SortKey::Date if sort.descending => v.reverse(),
        SortKey::Date => {}
        SortKey::Kind => sort_by(&mut v, |a, b| {
            let o = kind_rank(a.kind).cmp(&kind_rank(b.kind));
            if sort.descending {
                o.reverse()
            } else {
                o
            }
        }),
        SortKey::Place => {
            // Looked up once per event, not once per comparison.
            let mut keyed: Vec<(Option<String>, &'a Event)> =
                v.iter().map(|e| (place(e), *e)).collect();
            sort_by(&mut keyed, |(a, _), (b, _)| match (a, b) {
                (Some(a), Some(b)) if sort.descending => b.cmp(a),
                (Some(a), Some(b)) => a.cmp(b),
                (Some(_), None) => std::cmp::Ordering::Less,
                (None, Some(_)) => std::cmp::Ordering::Greater,
                (None, None) => std::cmp::Ordering::Equal,
            });
            v = keyed.into_iter().map(|(_, e)| e).collect();
        }
    }
    v
}

/// How many of `total` rows a list shown a page at a time shows at `limit`: all of them in
/// `print` (the `static` form), else at most `limit`.
pub fn shown_rows(total: usize, limit: usize, print: bool) -> usize {
    if print {
        total
    } else {
        total.min(limit)
    }
}

/// How many rows its "Show N more" button adds: the next page, or what is left of `total` when
/// that is less; 0 (no button) when every row shows, and always in `print`.
pub fn step(total: usize, limit: usize, print: bool) -> usize {
    if print {
        0
    } else {
        total.saturating_sub(limit).min(PAGE)
    }
}

/// The limit after a press of "Show N more" at `limit`: a page more.
pub fn next_limit(limit: usize) -> usize {
    limit.saturating_add(PAGE)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::filter::in_time_order;
    use crate::testdata::sample;

    fn ids(v: &[&Event]) -> Vec<String> {
        v.iter().map(|e| e.id.clone()).collect()
    }

    #[test]
    fn the_list_is_in_time_order_until_a_reader_sorts_it() {
        let ds = sample();
        let evs = in_time_order(&ds);
        assert_eq!(
            ids(&sorted(&ds, &evs, Sort::default())),
            ["paris", "call", "istanbul"]
        );
        let back = Sort::default().toggled(SortKey::Date);
        assert!(back.descending);
        assert_eq!(ids(&sorted(&ds, &evs, back)), ["istanbul", "call", "paris"]);
    }

    #[test]
    fn sorting_by_kind_follows_the_kinds_order() {
        let ds = sample();
        let evs = in_time_order(&ds);
        let by_kind = Sort::default().toggled(SortKey::Kind);
        // Meeting, call, talks, summit.
        assert_eq!(
            ids(&sorted(&ds, &evs, by_kind)),
            ["paris", "call", "istanbul"]
        );
        let back = by_kind.toggled(SortKey::Kind);
        assert_eq!(ids(&sorted(&ds, &evs, back)), ["istanbul", "call", "paris"]);
    }

    #[test]
    fn sorting_by_place_puts_events_without_one_last_in_either_direction() {
        let ds = sample();
        let evs = in_time_order(&ds);
        let by_place = Sort::default().toggled(SortKey::Place);
        assert_eq!(
            ids(&sorted(&ds, &evs, by_place)),
            ["istanbul", "paris", "call"]
        );
        let back = by_place.toggled(SortKey::Place);
        assert_eq!(ids(&sorted(&ds, &evs, back)), ["paris", "istanbul", "call"]);
    }

    #[test]
    fn only_the_sorted_column_says_its_direction() {
        let s = Sort::default();
        assert_eq!(s.aria(SortKey::Date), "ascending");
        assert_eq!(s.aria(SortKey::Place), "none");
        assert_eq!(s.toggled(SortKey::Date).aria(SortKey::Date), "descending");
    }

    #[test]
    fn a_list_shows_a_page_and_show_more_adds_the_next_or_what_is_left() {
        // 120 rows: 50 shown, "Show 50 more"; then 100, "Show 20 more"; then all, no button.
        assert_eq!(
            (shown_rows(120, PAGE, false), step(120, PAGE, false)),
            (50, 50)
        );
        let limit = next_limit(PAGE);
        assert_eq!(
            (shown_rows(120, limit, false), step(120, limit, false)),
            (100, 20)
        );
        let limit = next_limit(limit);
        assert_eq!(
            (shown_rows(120, limit, false), step(120, limit, false)),
            (120, 0)
        );
        // Fewer rows than a page: all of them, no button.
        assert_eq!((shown_rows(7, PAGE, false), step(7, PAGE, false)), (7, 0));
    }

    #[test]
    fn print_shows_every_row_and_no_button() {
        assert_eq!(
            (shown_rows(120, PAGE, true), step(120, PAGE, true)),
            (120, 0)
        );
        assert_eq!((shown_rows(0, PAGE, true), step(0, PAGE, true)), (0, 0));
    }
}
