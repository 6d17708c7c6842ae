//! Claims versus statements: the sides of a claim on one time axis, and readout matrices.

use summitry_data::{Claim, Position, Precision, Statement, Store};
use time::Date;

/// A position's symbol, shown beside its words (`i18n::position`) so a badge never
/// depends on colour alone.
pub fn position_symbol(p: Position) -> &'static str {
    match p {
        Position::Proposes => "➚",
        Position::Supports => "✓",
        Position::Conditions => "⚠",
        Position::Rejects => "✕",
        Position::Downplays => "↓",
        Position::Silent => "∅",
        Position::Reports => "▤",
    }
}

/// How a precision sorts among statements of the same day: what is known to the day comes
/// before what is only bounded, so "25 July" precedes "by 25 July"; a year or month sorts at its
/// start.
fn rank(p: Precision) -> u8 {
    match p {
        Precision::Year => 0,
        Precision::Month => 1,
        Precision::Day => 2,
        Precision::Range => 3,
        Precision::After => 4,
        Precision::By => 5,
    }
}

/// One row of the shared time axis: every statement with the same date and precision.
#[derive(Debug, Clone, PartialEq)]
pub struct Row<'a> {
    /// The row's date.
    pub date: Date,
    /// The row's precision (a "by" row is separate from a day row of the same date).
    pub precision: Precision,
    /// Days since the previous row, when there is one.
    pub days_after_previous: Option<i64>,
    /// Statements per side, in the claim's side order; empty where a side said nothing then.
    pub cells: Vec<Vec<&'a Statement>>,
}

/// A claim laid out on one time axis.
#[derive(Debug, Clone, PartialEq)]
pub struct Alignment<'a> {
    /// The rows, oldest first.
    pub rows: Vec<Row<'a>>,
}

impl<'a> Alignment<'a> {
    /// Lays out `claim`'s statements so that a reply sits below what it answers.
    ///
    /// Month-precision statements sort at the start of their month; statements of equal date and
    /// precision share a row whatever their side.
    pub fn of(ds: &'a Store, claim: &Claim) -> Self {
        let mut all: Vec<(usize, &Statement)> = claim
            .sides
            .iter()
            .enumerate()
            .flat_map(|(i, side)| {
                side.statements
                    .iter()
                    .filter_map(move |id| ds.statement(id).map(|s| (i, s)))
            })
            .collect();
        // Stable: within a side and a row, the editor's order is kept.
        summitry_data::order::sort_by_key(&mut all, |(_, s)| (s.when.date, rank(s.when.precision)));
        let mut rows: Vec<Row> = Vec::new();
        for (side, s) in all {
            let same = rows
                .last()
                .is_some_and(|r| r.date == s.when.date && r.precision == s.when.precision);
            if !same {
                let days = rows.last().map(|r| (s.when.date - r.date).whole_days());
                rows.push(Row {
                    date: s.when.date,
                    precision: s.when.precision,
                    days_after_previous: days,
                    cells: vec![Vec::new(); claim.sides.len()],
                });
            }
            rows.last_mut().expect("a row was just ensured").cells[side].push(s);
        }
        Alignment { rows }
    }

    /// All statements in time order with the index of their side: the narrow-screen stream.
    pub fn stream(&self) -> Vec<(usize, &'a Statement)> {
        self.rows
            .iter()
            .flat_map(|r| {
                r.cells
                    .iter()
                    .enumerate()
                    .flat_map(|(i, c)| c.iter().map(move |s| (i, *s)))
            })
            .collect()
    }
}

/// Consecutive statements by the same speaker, about the same event, from the same source and
/// channel: one card with the quotes listed, instead of a card per quote.
pub fn group_cards<'a>(statements: &[&'a Statement]) -> Vec<Vec<&'a Statement>> {
    let mut groups: Vec<Vec<&'a Statement>> = Vec::new();
    for s in statements {
        let same = |o: &&Statement| {
            o.speaker == s.speaker
                && o.event == s.event
                && o.source == s.source
                && o.channel == s.channel
                && o.when == s.when
        };
        match groups.last_mut() {
            Some(g) if g.last().is_some_and(same) => g.push(s),
            _ => groups.push(vec![s]),
        }
    }
    groups
}

/// For each card of `cards` (in reading order), whether it links its event: only the first card
/// about an event does, so a comparison offers one "On the map" link per event.
pub fn first_about_event(cards: &[Vec<&Statement>]) -> Vec<bool> {
    let mut seen: Vec<&str> = Vec::new();
    cards
        .iter()
        .map(|card| match card.first().and_then(|s| s.event.as_deref()) {
            Some(e) if !seen.contains(&e) => {
                seen.push(e);
                true
            }
            _ => false,
        })
        .collect()
}

/// One topic of a readout matrix.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TopicRow {
    /// Topic id.
    pub topic: String,
    /// Whether each side's readout mentioned it, in the claim's side order.
    pub mentioned: Vec<bool>,
    /// The one side that raised it, when exactly one did.
    pub only: Option<usize>,
}

/// Topics by side for one event's readouts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadoutMatrix {
    /// Per side, whether it published nothing.
    pub silent: Vec<bool>,
    /// Topics mentioned by every speaking side first, then the rest; vocabulary order within.
    pub rows: Vec<TopicRow>,
}

impl ReadoutMatrix {
    /// Builds the matrix from the topics of each side's statements.
    pub fn of(ds: &Store, claim: &Claim) -> Self {
        let side_topics: Vec<Vec<&str>> = claim
            .sides
            .iter()
            .map(|side| {
                side.statements
                    .iter()
                    .filter_map(|id| ds.statement(id))
                    .flat_map(|s| s.topics.iter().map(String::as_str))
                    .collect()
            })
            .collect();
        let silent: Vec<bool> = claim
            .sides
            .iter()
            .map(|s| s.position == Position::Silent)
            .collect();
        let mut rows: Vec<TopicRow> = ds
            .topics()
            .iter()
            .filter_map(|t| {
                let mentioned: Vec<bool> = side_topics
                    .iter()
                    .map(|ts| ts.contains(&t.id.as_str()))
                    .collect();
                let n = mentioned.iter().filter(|m| **m).count();
                (n > 0).then(|| TopicRow {
                    topic: t.id.clone(),
                    only: if n == 1 {
                        mentioned.iter().position(|m| *m)
                    } else {
                        None
                    },
                    mentioned,
                })
            })
            .collect();
        summitry_data::order::sort_by_key(&mut rows, |r| r.only.is_some());
        ReadoutMatrix { silent, rows }
    }

    /// Topics only side `i` raised.
    pub fn only_by(&self, i: usize) -> impl Iterator<Item = &str> {
        self.rows
            .iter()
            .filter(move |r| r.only == Some(i))
            .map(|r| r.topic.as_str())
    }
}

/// The claim to open first: the featured one, else the first.
pub fn featured(ds: &Store) -> Option<&Claim> {
    Claim::opening(ds.claims())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testdata::sample;

    fn ids(cells: &[&Statement]) -> Vec<String> {
        cells.iter().map(|s| s.id.clone()).collect()
    }

    #[test]
    fn statements_are_ordered_by_date_across_sides() {
        let ds = sample();
        let a = Alignment::of(&ds, ds.claim("meeting").unwrap());
        let order: Vec<String> = a.stream().iter().map(|(_, s)| s.id.clone()).collect();
        // Within one day the stream follows the claim's side order.
        assert_eq!(order, ["p0", "z1", "z2", "p1", "p2"]);
    }

    #[test]
    fn a_month_only_statement_sorts_at_the_start_of_its_month() {
        let ds = sample();
        let a = Alignment::of(&ds, ds.claim("meeting").unwrap());
        assert_eq!(a.rows[0].precision, Precision::Month);
        assert_eq!(ids(&a.rows[0].cells[1]), ["p0"]);
    }

    #[test]
    fn equal_dates_share_a_row_side_by_side() {
        let ds = sample();
        let a = Alignment::of(&ds, ds.claim("meeting").unwrap());
        let row = &a.rows[2];
        assert_eq!(ids(&row.cells[0]), ["z2"]);
        assert_eq!(ids(&row.cells[1]), ["p1"]);
    }

    #[test]
    fn a_by_date_gets_its_own_row_after_the_days_of_that_date() {
        let ds = sample();
        let a = Alignment::of(&ds, ds.claim("meeting").unwrap());
        let last = a.rows.last().unwrap();
        assert_eq!(last.precision, Precision::By);
        assert_eq!(ids(&last.cells[1]), ["p2"]);
        assert_eq!(last.days_after_previous, Some(0));
    }

    #[test]
    fn a_reply_knows_how_many_days_later_it_came() {
        let ds = sample();
        let a = Alignment::of(&ds, ds.claim("meeting").unwrap());
        assert_eq!(a.rows[2].days_after_previous, Some(1));
    }

    #[test]
    fn consecutive_quotes_of_one_speaker_about_one_event_share_a_card() {
        let ds = sample();
        let ids = |g: &[&Statement]| g.iter().map(|s| s.id.clone()).collect::<Vec<_>>();
        let [p0, p1, p2, z1] = ["p0", "p1", "p2", "z1"].map(|id| ds.statement(id).unwrap());
        // p1 and p2 are Putin's, about the same event, from one source, but on different terms
        // (a day, then "by" a date): two cards. The same words twice would be one.
        let groups = group_cards(&[p1, p1, p2, z1]);
        assert_eq!(groups.len(), 3);
        assert_eq!(ids(&groups[0]), ["p1", "p1"]);
        assert_eq!(ids(&group_cards(&[p0, z1])[1]), ["z1"]);
    }

    #[test]
    fn only_the_first_card_about_an_event_links_to_it() {
        let ds = sample();
        // z1 is about Istanbul, zc about the call, p1 about no event.
        let [z1, zc, p1] = ["z1", "zc", "p1"].map(|id| ds.statement(id).unwrap());
        let cards = vec![vec![z1], vec![p1], vec![z1], vec![zc], vec![zc]];
        assert_eq!(first_about_event(&cards), [true, false, false, true, false]);
    }

    #[test]
    fn every_position_has_its_own_symbol() {
        let symbols: Vec<_> = Position::ALL.iter().map(|p| position_symbol(*p)).collect();
        for (i, a) in symbols.iter().enumerate() {
            assert!(!symbols[i + 1..].contains(a), "{a} twice");
        }
    }

    #[test]
    fn the_readout_matrix_calls_out_topics_one_side_raised() {
        let ds = sample();
        let m = ReadoutMatrix::of(&ds, ds.claim("readout").unwrap());
        assert_eq!(m.silent, [false, false, true]);
        assert_eq!(m.rows[0].topic, "sanctions", "shared topics come first");
        assert_eq!(m.rows[0].only, None);
        assert_eq!(m.only_by(0).collect::<Vec<_>>(), ["air-defence"]);
        assert_eq!(m.only_by(1).collect::<Vec<_>>(), ["ceasefire"]);
        assert!(
            m.rows.iter().all(|r| !r.mentioned[2]),
            "a silent side mentions nothing"
        );
    }

    #[test]
    fn the_featured_claim_opens_first() {
        let ds = sample();
        assert_eq!(featured(&ds).unwrap().id, "meeting");
    }
}
