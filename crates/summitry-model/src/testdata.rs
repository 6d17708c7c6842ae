//! A tiny dataset built in code for the model's tests.

use summitry_data::*;
use time::macros::date;
use time::Date;

fn when(date: Date, precision: Precision) -> When {
    When {
        date,
        precision,
        end: None,
    }
}

fn event(
    id: &str,
    kind: EventKind,
    date: Date,
    place: Option<&str>,
    who: &[&str],
    topics: &[&str],
) -> Event {
    Event {
        id: id.into(),
        kind,
        status: Status::Held,
        title: id.into(),
        summary: String::new(),
        outcome: None,
        when: when(date, Precision::Day),
        date_basis: None,
        place: place.map(Into::into),
        place_basis: None,
        participants: who.iter().map(|s| s.to_string()).collect(),
        topics: topics.iter().map(|s| s.to_string()).collect(),
        sources: vec!["s".into()],
        corrections: vec![],
        search_en: None,
    }
}

/// A statement for tests.
pub fn statement(
    id: &str,
    speaker: &str,
    w: When,
    event: Option<&str>,
    topics: &[&str],
) -> Statement {
    Statement {
        id: id.into(),
        speaker: speaker.into(),
        when: w,
        date_basis: None,
        channel: Channel::Statement,
        quote: format!("quote {id}"),
        paraphrase: false,
        context: None,
        event: event.map(Into::into),
        topics: topics.iter().map(|s| s.to_string()).collect(),
        source: "s".into(),
        translation: None,
        corrections: vec![],
    }
}

fn side(label: &str, side: &str, position: Position, statements: &[&str]) -> ClaimSide {
    ClaimSide {
        label: label.into(),
        side: side.into(),
        position,
        statements: statements.iter().map(|s| s.to_string()).collect(),
        note: None,
    }
}

/// The sample as the views hold it.
pub fn sample() -> Store {
    Store::from_dataset(sample_dataset())
}

/// Three events (Paris meeting, a call, Istanbul talks), statements and two claims.
pub fn sample_dataset() -> Dataset {
    Dataset {
        name: "sample".into(),
        description: String::new(),
        edition: Default::default(),
        sides: sides(),
        sources: vec![],
        actors: actors(),
        places: places(),
        topics: topics(),
        events: events(),
        statements: statements(),
        claims: claims(),
    }
}

/// Ukraine, Russia and France.
fn sides() -> Vec<Side> {
    vec![
        Side {
            id: "ukraine".into(),
            label: "Ukraine".into(),
            country: Some("UA".into()),
        },
        Side {
            id: "russia".into(),
            label: "Russia".into(),
            country: Some("RU".into()),
        },
        Side {
            id: "france".into(),
            label: "France".into(),
            country: Some("FR".into()),
        },
    ]
}

/// Each side's leader.
fn actors() -> Vec<Actor> {
    let actor = |id: &str, side: &str, country: &str| Actor {
        id: id.into(),
        name: id.into(),
        kind: ActorKind::Person,
        role: None,
        country: Some(country.into()),
        side: side.into(),
    };
    vec![
        actor("zelensky", "ukraine", "UA"),
        actor("putin", "russia", "RU"),
        actor("macron", "france", "FR"),
    ]
}

/// Kyiv and Paris (capitals) and Istanbul.
fn places() -> Vec<Place> {
    let place = |id: &str, country: &str, lat: f64, lon: f64, capital: bool| Place {
        id: id.into(),
        name: id.into(),
        country: country.into(),
        lat,
        lon,
        capital_of: if capital {
            vec![country.into()]
        } else {
            vec![]
        },
    };
    vec![
        place("kyiv", "UA", 50.45, 30.52, true),
        place("paris", "FR", 48.86, 2.35, true),
        place("istanbul", "TR", 41.01, 28.98, false),
    ]
}

/// Four topics.
fn topics() -> Vec<Topic> {
    let topic = |id: &str| Topic {
        id: id.into(),
        label: id.into(),
    };
    vec![
        topic("air-defence"),
        topic("ceasefire"),
        topic("sanctions"),
        topic("leaders-meeting"),
    ]
}

/// Istanbul talks, the Paris meeting and a call, out of date order.
fn events() -> Vec<Event> {
    vec![
        event(
            "istanbul",
            EventKind::Talks,
            date!(2025 - 03 - 05),
            Some("istanbul"),
            &["zelensky", "putin"],
            &["leaders-meeting"],
        ),
        event(
            "paris",
            EventKind::Meeting,
            date!(2025 - 03 - 02),
            Some("paris"),
            &["zelensky", "macron"],
            &["air-defence"],
        ),
        event(
            "call",
            EventKind::Call,
            date!(2025 - 03 - 03),
            None,
            &["zelensky", "macron"],
            &["air-defence", "ceasefire"],
        ),
    ]
}

/// The leaders' statements: on the meeting (one dated by month, one "by" a day) and on the call.
fn statements() -> Vec<Statement> {
    vec![
        statement(
            "z1",
            "zelensky",
            when(date!(2025 - 03 - 05), Precision::Day),
            Some("istanbul"),
            &["leaders-meeting"],
        ),
        statement(
            "p1",
            "putin",
            when(date!(2025 - 03 - 06), Precision::Day),
            None,
            &["leaders-meeting"],
        ),
        statement(
            "z2",
            "zelensky",
            when(date!(2025 - 03 - 06), Precision::Day),
            None,
            &["leaders-meeting"],
        ),
        statement(
            "p2",
            "putin",
            when(date!(2025 - 03 - 06), Precision::By),
            None,
            &["leaders-meeting"],
        ),
        statement(
            "p0",
            "putin",
            when(date!(2025 - 03 - 01), Precision::Month),
            None,
            &["leaders-meeting"],
        ),
        statement(
            "zc",
            "zelensky",
            when(date!(2025 - 03 - 03), Precision::Day),
            Some("call"),
            &["air-defence", "sanctions"],
        ),
        statement(
            "mc",
            "macron",
            when(date!(2025 - 03 - 03), Precision::Day),
            Some("call"),
            &["ceasefire", "sanctions"],
        ),
    ]
}

/// A proposition with statements on two sides, and a readout of the call with a silent side.
fn claims() -> Vec<Claim> {
    vec![
        Claim {
            id: "meeting".into(),
            kind: ClaimKind::Proposition,
            title: "A meeting".into(),
            summary: String::new(),
            event: None,
            featured: true,
            terms: vec!["meeting".into()],
            sides: vec![
                side("Ukraine", "ukraine", Position::Proposes, &["z1", "z2"]),
                side(
                    "Russia",
                    "russia",
                    Position::Conditions,
                    &["p0", "p1", "p2"],
                ),
            ],
            corrections: vec![],
        },
        Claim {
            id: "readout".into(),
            kind: ClaimKind::Readout,
            title: "Readouts".into(),
            summary: String::new(),
            event: Some("call".into()),
            featured: false,
            terms: Vec::new(),
            sides: vec![
                side("Ukraine", "ukraine", Position::Reports, &["zc"]),
                side("France", "france", Position::Reports, &["mc"]),
                side("Russia", "russia", Position::Silent, &[]),
            ],
            corrections: vec![],
        },
    ]
}

/// `runs` timings of `f`, fastest first: the timing tests (ignored by default) take the fastest or
/// the median.
pub fn timings(runs: usize, mut f: impl FnMut()) -> Vec<std::time::Duration> {
    let mut times: Vec<std::time::Duration> = (0..runs)
        .map(|_| {
            let start = std::time::Instant::now();
            f();
            start.elapsed()
        })
        .collect();
    times.sort_unstable();
    times
}
