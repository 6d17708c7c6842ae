//! The timeline: when events happen (unevenly, in bursts around crises), who takes part, where,
//! and the articles that report them, each published on or after what it reports.

use std::collections::BTreeMap;
use std::ops::Range;

use super::date::Day;
use super::model::{noun, ActorKind, Event, EventKind, Precision, Rank, Source, Status};
use super::rng::Rng;
use super::text::{and_list, capitalise, lower_first, ordinal, slug, Ids};
use super::vocab::{OUTCOMES, OUTLETS, TOPICS};
use super::world::World;

/// The first day events are drawn from.
pub fn span_start() -> Day {
    Day::from_ymd(2020, 1, 1)
}

/// The last day held events are drawn from (articles and planned events may follow it).
pub fn span_end() -> Day {
    Day::from_ymd(2025, 12, 31)
}

/// An event before its text is written.
struct Skeleton {
    day: Day,
    end: Option<Day>,
    kind: EventKind,
    status: Status,
    participants: Vec<usize>,
    place: Option<usize>,
    topics: Vec<usize>,
}

/// A burst of diplomacy: centre, spread in days, weight.
type Crisis = (Day, i32, u32);

/// Generates `n` events and the articles reporting them.
pub fn build(seed: u64, n: usize, w: &World) -> (Vec<Event>, Vec<Source>) {
    let mut rng = Rng::stream(seed, "timeline");
    let (start, end) = (span_start(), span_end());
    let days = (end.0 - start.0 + 1) as usize;
    let crises: Vec<Crisis> = (0..12)
        .map(|_| {
            (
                start.plus(rng.below(days) as i32),
                rng.between(5, 40),
                rng.between(1, 10) as u32,
            )
        })
        .collect();
    // About one event in twelve is announced or proposed for after its article.
    let planned = if n >= 10 { n * 8 / 100 } else { 0 };
    let mut held: Vec<Skeleton> = (0..n - planned)
        .map(|_| {
            let day = draw_day(&mut rng, &crises, start, end);
            let kind = [
                EventKind::Meeting,
                EventKind::Call,
                EventKind::Talks,
                EventKind::Summit,
            ][rng.weighted(&[45, 30, 15, 10])];
            skeleton(&mut rng, w, kind, Status::Held, day)
        })
        .collect();
    // Stable: equal days keep the order they were drawn in.
    held.sort_by_key(|s| s.day);

    let chunks = chunks(&mut rng, &held);
    let mut src_ids = Ids::default();
    let mut sources: Vec<Source> = Vec::with_capacity(chunks.len());
    let mut last_published = start;
    for r in &chunks {
        let reported = held[r.clone()]
            .iter()
            .map(|s| s.end.unwrap_or(s.day))
            .max()
            .unwrap_or(start);
        // Later articles are never published before earlier ones, so a follow-up article can
        // cite an earlier article's events.
        let published = reported.plus(rng.between(0, 2)).max(last_published);
        last_published = published;
        sources.push(source(&mut rng, &mut src_ids, published));
    }

    let mut all: Vec<(Skeleton, Vec<usize>)> = Vec::with_capacity(n);
    let mut held = held.into_iter();
    for (k, r) in chunks.iter().enumerate() {
        for s in held.by_ref().take(r.len()) {
            let mut cited = vec![k];
            if k + 1 < chunks.len() && rng.chance(0.08) {
                cited.push(k + 1);
            }
            all.push((s, cited));
        }
    }
    for _ in 0..planned {
        let k = rng.below(sources.len());
        let day = sources[k].published.plus(rng.between(3, 75));
        let status = if rng.chance(0.6) {
            Status::Scheduled
        } else {
            Status::Proposed
        };
        let kind = [
            EventKind::Meeting,
            EventKind::Summit,
            EventKind::Talks,
            EventKind::Call,
        ][rng.weighted(&[50, 25, 20, 5])];
        all.push((skeleton(&mut rng, w, kind, status, day), vec![k]));
    }
    all.sort_by_key(|(s, _)| s.day);

    let mut writer = Writer {
        rng,
        w,
        ids: Ids::default(),
        rounds: BTreeMap::new(),
    };
    let events: Vec<Event> = all
        .into_iter()
        .enumerate()
        .map(|(i, (s, cited))| writer.event(i, s, cited, &mut sources))
        .collect();
    for (k, s) in sources.iter_mut().enumerate() {
        writer.headline(k, s, &events);
    }
    (events, sources)
}

/// A day in the span: uniform for two events in five, else near a crisis; weekends are quieter.
fn draw_day(rng: &mut Rng, crises: &[Crisis], start: Day, end: Day) -> Day {
    let weights: Vec<u32> = crises.iter().map(|c| c.2).collect();
    loop {
        let day = if rng.chance(0.4) {
            start.plus(rng.below((end.0 - start.0 + 1) as usize) as i32)
        } else {
            let (centre, spread, _) = crises[rng.weighted(&weights)];
            // The sum of three uniforms: a bell around the centre without transcendental maths.
            let bell = rng.unit() + rng.unit() + rng.unit() - 1.5;
            centre.plus((bell * 2.0 * f64::from(spread)).round() as i32)
        };
        if day < start || day > end || (day.weekday() >= 5 && rng.chance(0.6)) {
            continue;
        }
        return day;
    }
}

fn skeleton(rng: &mut Rng, w: &World, kind: EventKind, status: Status, day: Day) -> Skeleton {
    let participants = participants(rng, w, kind);
    let has_place = match (kind, status) {
        (EventKind::Call, _) => false,
        (_, Status::Held) => true,
        (_, Status::Scheduled) => rng.chance(0.85),
        (_, Status::Proposed) => rng.chance(0.5),
    };
    let place = has_place.then(|| venue(rng, w, kind, &participants));
    let multi_day = match kind {
        EventKind::Talks => 0.3,
        EventKind::Summit => 0.4,
        EventKind::Meeting => 0.05,
        EventKind::Call => 0.0,
    };
    let end =
        (status == Status::Held && rng.chance(multi_day)).then(|| day.plus(rng.between(1, 2)));
    let topics = topics(rng, w, kind, &participants);
    Skeleton {
        day,
        end,
        kind,
        status,
        participants,
        place,
        topics,
    }
}

/// How likely an actor of `rank` is chosen for an event of `kind`.
fn rank_weight(kind: EventKind, rank: Rank, actor: ActorKind) -> u32 {
    match (kind, rank) {
        (EventKind::Meeting, Rank::Leader) => 6,
        (EventKind::Meeting, Rank::Minister) => 4,
        (EventKind::Meeting, _) => 1,
        (EventKind::Call, Rank::Leader) => 8,
        (EventKind::Call, Rank::Minister) => 3,
        (EventKind::Call, Rank::Official) => 1,
        (EventKind::Call, Rank::Body) => 0,
        (EventKind::Talks, Rank::Leader) => 1,
        (EventKind::Talks, Rank::Minister) => 3,
        (EventKind::Talks, Rank::Official) => 2,
        (EventKind::Talks, Rank::Body) if actor == ActorKind::Delegation => 12,
        (EventKind::Talks, Rank::Body) => 1,
        (EventKind::Summit, Rank::Leader) => 8,
        (EventKind::Summit, Rank::Minister) => 1,
        (EventKind::Summit, Rank::Official) => 0,
        (EventKind::Summit, Rank::Body) if actor == ActorKind::Group => 4,
        (EventKind::Summit, Rank::Body) => 2,
    }
}

fn pick_actor(
    rng: &mut Rng,
    w: &World,
    side: usize,
    kind: EventKind,
    persons_only: bool,
    taken: &[usize],
) -> Option<usize> {
    let free: Vec<usize> = w.actors_of[side]
        .iter()
        .copied()
        .filter(|a| !taken.contains(a))
        .filter(|&a| !persons_only || w.actors[a].kind == ActorKind::Person)
        .collect();
    if free.is_empty() {
        return None;
    }
    let weights: Vec<u32> = free
        .iter()
        .map(|&a| rank_weight(kind, w.actors[a].rank, w.actors[a].kind))
        .collect();
    if weights.iter().all(|&x| x == 0) {
        return Some(*rng.pick(&free));
    }
    Some(free[rng.weighted(&weights)])
}

/// Two to eight participants from distinct sides (talks may send a delegation and its head).
fn participants(rng: &mut Rng, w: &World, kind: EventKind) -> Vec<usize> {
    let sides = match kind {
        EventKind::Meeting => [2, 3, 4][rng.weighted(&[70, 20, 10])],
        EventKind::Call => [2, 3][rng.weighted(&[85, 15])],
        EventKind::Talks => [2, 3, 4][rng.weighted(&[70, 25, 5])],
        EventKind::Summit => rng.between(4, 8) as usize,
    };
    let mut weights: Vec<u32> = w
        .sides
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let has_person = w.actors_of[i]
                .iter()
                .any(|&a| w.actors[a].kind == ActorKind::Person);
            // Calls are between people.
            if kind == EventKind::Call && !has_person {
                0
            } else {
                s.weight
            }
        })
        .collect();
    let mut chosen: Vec<usize> = Vec::with_capacity(sides);
    // A dataset like this one is about Ukraine: it opens nearly half of the events.
    if rng.chance(0.45) {
        chosen.push(0);
        weights[0] = 0;
    }
    while chosen.len() < sides && weights.iter().any(|&x| x > 0) {
        let i = rng.weighted(&weights);
        weights[i] = 0;
        chosen.push(i);
    }
    let mut out: Vec<usize> = Vec::with_capacity(8);
    for &s in &chosen {
        if let Some(a) = pick_actor(rng, w, s, kind, false, &out) {
            out.push(a);
        }
        let second = match kind {
            EventKind::Talks => 0.5,
            EventKind::Meeting => 0.1,
            _ => 0.0,
        };
        if out.len() < 8 && rng.chance(second) {
            if let Some(a) = pick_actor(rng, w, s, kind, true, &out) {
                out.push(a);
            }
        }
    }
    out.truncate(8);
    out
}

/// Where an event takes place: a participant's capital or town, or a usual venue.
fn venue(rng: &mut Rng, w: &World, kind: EventKind, participants: &[usize]) -> usize {
    let neutral: Vec<usize> = (0..w.places.len())
        .filter(|&i| w.places[i].neutral)
        .collect();
    let talks_abroad = if kind == EventKind::Talks { 0.55 } else { 0.08 };
    if !neutral.is_empty() && rng.chance(talks_abroad) {
        return *rng.pick(&neutral);
    }
    let host = &w.actors[*rng.pick(participants)];
    let r = rng.unit();
    if r < 0.5 {
        if let Some(c) = w.capital[host.side] {
            return c;
        }
    }
    if r < 0.8 {
        if let Some(list) = host.country.as_ref().and_then(|c| w.places_in.get(c)) {
            return *rng.pick(list);
        }
    }
    rng.below(w.places.len())
}

/// One to four topics, more likely the ones this kind of event and these sides discuss.
fn topics(rng: &mut Rng, w: &World, kind: EventKind, participants: &[usize]) -> Vec<usize> {
    let count = [1, 2, 3, 4][rng.weighted(&[30, 35, 25, 10])];
    let by_kind: &[&str] = match kind {
        EventKind::Talks => &[
            "peace-talks",
            "prisoner-exchange",
            "ceasefire",
            "children-return",
            "grain-exports",
        ],
        EventKind::Summit => &[
            "security-guarantees",
            "sanctions",
            "defence-cooperation",
            "eu-accession",
            "nato-membership",
            "reconstruction",
        ],
        EventKind::Call => &["air-defence", "defence-cooperation", "energy", "front-line"],
        EventKind::Meeting => &[],
    };
    let by_side = |side: &str| -> &[&str] {
        match side {
            "eu" => &["eu-accession", "sanctions", "frozen-assets"],
            "nato" => &["nato-membership", "defence-cooperation"],
            "un" => &["humanitarian-aid", "nuclear-safety", "children-return"],
            "turkiye" => &["grain-exports", "prisoner-exchange"],
            "saudi-arabia" | "qatar" => &["prisoner-exchange", "children-return"],
            "us" => &["minerals", "ceasefire"],
            "russia" => &["peace-talks", "prisoner-exchange"],
            _ => &[],
        }
    };
    let mut weights: Vec<u32> = TOPICS
        .iter()
        .map(|t| {
            let mut x = t.4 * if by_kind.contains(&t.0) { 3 } else { 1 };
            for &a in participants {
                if by_side(&w.sides[w.actors[a].side].id).contains(&t.0) {
                    x *= 2;
                }
            }
            x
        })
        .collect();
    let mut out = Vec::with_capacity(count);
    while out.len() < count {
        let i = rng.weighted(&weights);
        weights[i] = 0;
        out.push(i);
    }
    out
}

/// Consecutive held events grouped into articles of 10–30 events; an article never spans more
/// than about three months once it has five events.
fn chunks(rng: &mut Rng, held: &[Skeleton]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < held.len() {
        let target = rng.between(10, 30) as usize;
        let start = i;
        while i < held.len()
            && i - start < target
            && (i - start < 5 || held[i].day.0 - held[start].day.0 <= 90)
        {
            i += 1;
        }
        out.push(start..i);
    }
    out
}

/// A new article published on `published`; its headline comes once its events are written.
fn source(rng: &mut Rng, ids: &mut Ids, published: Day) -> Source {
    let named = !rng.chance(0.04);
    let outlet = if named {
        rng.pick(&OUTLETS).to_string()
    } else {
        "[Outlet not named in the text]".to_string()
    };
    let tail = if named {
        slug(&outlet)
    } else {
        "unnamed".into()
    };
    let id = ids.unique(&format!("src-{published}-{tail}"));
    let published_basis = rng
        .chance(0.3)
        .then(|| format!("Dateline \"{}\" at the top of the text.", published.long()));
    Source {
        file: format!("{id}.txt"),
        id,
        outlet,
        title: String::new(),
        published,
        published_basis,
        url: named.then(String::new),
        paragraphs: Vec::new(),
    }
}

/// What an event's title and summary are made of.
struct Told {
    /// The kind's noun ("meeting").
    noun: &'static str,
    place_name: Option<String>,
    /// " in <place>", or nothing.
    at: String,
    /// The participants' distinct sides, in order, with their labels and mid-sentence names.
    side_ids: Vec<usize>,
    side_labels: Vec<String>,
    side_ofs: Vec<String>,
    /// The first topic's label, lowercased.
    topic: String,
    /// Up to three of the topics as phrases.
    phrases: String,
}

/// Writes events' text and dates, keeping the numbering of rounds of talks.
struct Writer<'a> {
    rng: Rng,
    w: &'a World,
    ids: Ids,
    rounds: BTreeMap<Vec<usize>, u32>,
}

impl Writer<'_> {
    /// Participants as a sentence names them: the first as a subject, the rest mid-sentence.
    fn names(&self, ps: &[usize]) -> String {
        let mut names: Vec<String> = ps
            .iter()
            .take(4)
            .enumerate()
            .map(|(k, &a)| {
                let s = &self.w.actors[a].subject;
                match (k, s.strip_prefix("The ")) {
                    (0, _) | (_, None) => s.clone(),
                    (_, Some(rest)) => format!("the {rest}"),
                }
            })
            .collect();
        if ps.len() > 4 {
            names.truncate(3);
            names.push(format!("{} others", ps.len() - 3));
        }
        and_list(&names)
    }

    /// Participants as a headline names them.
    fn shorts(&self, ps: &[usize]) -> String {
        let mut names: Vec<String> = ps
            .iter()
            .take(3)
            .map(|&a| self.w.actors[a].short.clone())
            .collect();
        if ps.len() > 3 {
            names.truncate(2);
            names.push("others".into());
        }
        and_list(&names)
    }

    /// Distinct sides of the participants, in order.
    fn sides(&self, ps: &[usize]) -> Vec<usize> {
        let mut out: Vec<usize> = Vec::new();
        for &a in ps {
            let s = self.w.actors[a].side;
            if !out.contains(&s) {
                out.push(s);
            }
        }
        out
    }

    fn phrases(&mut self, topics: &[usize]) -> String {
        let list: Vec<&str> = topics
            .iter()
            .take(3)
            .map(|&t| *self.rng.pick(&TOPICS[t].5))
            .collect();
        and_list(&list)
    }

    fn event(
        &mut self,
        index: usize,
        s: Skeleton,
        cited: Vec<usize>,
        sources: &mut [Source],
    ) -> Event {
        let published = sources[cited[0]].published;
        let (date, precision, date_end, date_basis, when) = self.dates(&s, published);
        // The draws keep their order (phrases, title, outcome, place basis): the same seed
        // writes the same files.
        let told = self.told(&s);
        let title = self.title(&s, &told);
        let summary = self.summary(&s, &told);
        let outcome = (s.status == Status::Held && self.rng.chance(0.35)).then(|| {
            let topic_id = TOPICS[s.topics[0]].0;
            match topic_id {
                "prisoner-exchange" => format!(
                    "Agreement on an exchange of {} prisoners from each side.",
                    self.rng
                        .pick(&[84, 95, 103, 150, 175, 205, 246, 390, 1000, 1200])
                ),
                "sanctions" => "A new sanctions package was announced.".to_string(),
                _ => self.rng.pick(&OUTCOMES).to_string(),
            }
        });
        let place_basis = (s.status == Status::Held && s.place.is_some() && self.rng.chance(0.05))
            .then(|| {
                format!(
                    "Implied: the article places the {}{} without naming the venue.",
                    told.noun, told.at
                )
            });
        let tail = match s.place {
            Some(p) => cut(&self.w.places[p].id, 30),
            None => told
                .side_ids
                .iter()
                .take(2)
                .map(|&i| self.w.sides[i].id.as_str())
                .collect::<Vec<_>>()
                .join("-"),
        };
        let id = self
            .ids
            .unique(&format!("{}-{date}-{tail}", s.kind.as_str()));

        let mut paragraph = summary.clone();
        for extra in [Some(when), outcome.clone()].into_iter().flatten() {
            if !extra.is_empty() {
                paragraph.push(' ');
                paragraph.push_str(&extra);
            }
        }
        sources[cited[0]].paragraphs.push(((index, 0), paragraph));
        for &k in &cited[1..] {
            sources[k]
                .paragraphs
                .push(((index, 0), format!("Earlier: {summary}")));
        }
        Event {
            id,
            kind: s.kind,
            status: s.status,
            title,
            summary,
            outcome,
            date,
            precision,
            date_end,
            date_basis,
            day: s.day,
            place: s.place,
            place_basis,
            participants: s.participants,
            topics: s.topics,
            sources: cited,
        }
    }

    /// What an event's title and summary are made of; draws the summary's topic phrases.
    fn told(&mut self, s: &Skeleton) -> Told {
        let place_name = s.place.map(|p| self.w.places[p].name.clone());
        let at = place_name
            .as_ref()
            .map(|p| format!(" in {p}"))
            .unwrap_or_default();
        let side_ids = self.sides(&s.participants);
        let side_labels: Vec<String> = side_ids
            .iter()
            .map(|&i| self.w.sides[i].label.clone())
            .collect();
        let side_ofs: Vec<String> = side_ids
            .iter()
            .map(|&i| self.w.sides[i].of.clone())
            .collect();
        Told {
            noun: noun(s.kind),
            place_name,
            at,
            side_ids,
            side_labels,
            side_ofs,
            topic: lower_first(TOPICS[s.topics[0]].1),
            phrases: self.phrases(&s.topics),
        }
    }

    /// The title; numbers the rounds of talks between the same sides.
    fn title(&mut self, s: &Skeleton, t: &Told) -> String {
        let Told {
            noun,
            at,
            side_labels,
            topic,
            ..
        } = t;
        let (first, rest) = s
            .participants
            .split_first()
            .expect("two or more participants");
        match (s.status, s.kind) {
            (Status::Held, EventKind::Meeting) if s.participants.len() == 2 => format!(
                "{} meets {}{at}",
                self.w.actors[*first].short, self.w.actors[rest[0]].short
            ),
            (Status::Held, EventKind::Meeting) => {
                format!("{} meet{at}", self.shorts(&s.participants))
            }
            (Status::Held, EventKind::Call) if self.rng.chance(0.5) && rest.len() == 1 => format!(
                "{} holds a call with {}",
                self.w.actors[*first].short, self.w.actors[rest[0]].short
            ),
            (Status::Held, EventKind::Call) => {
                let verb = if s.participants.len() == 2 {
                    "speak by phone"
                } else {
                    "hold a call"
                };
                format!("{} {verb}", self.shorts(&s.participants))
            }
            (Status::Held, EventKind::Talks) => {
                let mut key = t.side_ids.clone();
                key.sort_unstable();
                let round = self.rounds.entry(key).or_insert(0);
                *round += 1;
                let round = *round;
                format!(
                    "{} round of {} talks{at}",
                    ordinal(round),
                    side_labels.join("–")
                )
            }
            (Status::Held, EventKind::Summit) => match &t.place_name {
                Some(p) => format!("{p} summit on {topic}"),
                None => format!("Summit on {topic}"),
            },
            (status, kind) => {
                let word = if status == Status::Scheduled {
                    "Upcoming"
                } else {
                    "Proposed"
                };
                match kind {
                    EventKind::Talks => {
                        format!("{word} round of {} talks{at}", side_labels.join("–"))
                    }
                    EventKind::Summit => format!("{word} summit on {topic}{at}"),
                    _ => format!("{word} {noun} of {}{at}", self.shorts(&s.participants)),
                }
            }
        }
    }

    /// The summary, which the article's paragraph on the event opens with.
    fn summary(&self, s: &Skeleton, t: &Told) -> String {
        let Told {
            noun,
            at,
            side_ids,
            side_ofs,
            phrases,
            ..
        } = t;
        let (first, rest) = s
            .participants
            .split_first()
            .expect("two or more participants");
        let names = self.names(&s.participants);
        let first_subject = self.w.actors[*first].subject.clone();
        let others = self.names(rest);
        let others = match others.strip_prefix("The ") {
            Some(r) => format!("the {r}"),
            None => others,
        };
        match (s.status, s.kind) {
            (Status::Held, EventKind::Meeting) => format!("{names} met{at} to discuss {phrases}."),
            (Status::Held, EventKind::Call) => {
                format!("{first_subject} spoke by phone with {others} about {phrases}.")
            }
            (Status::Held, EventKind::Talks) => format!(
                "Delegations of {} held talks{at} on {phrases}.",
                and_list(side_ofs)
            ),
            (Status::Held, EventKind::Summit) => format!(
                "Leaders and representatives of {} sides gathered{at} to discuss {phrases}.",
                side_ids.len()
            ),
            (Status::Scheduled, EventKind::Talks) => format!(
                "A new round of talks between {} is to be held{at} on {phrases}.",
                and_list(side_ofs)
            ),
            (Status::Scheduled, EventKind::Call) => {
                format!("{first_subject} is to speak by phone with {others} about {phrases}.")
            }
            (Status::Scheduled, _) => format!("{names} are to meet{at} to discuss {phrases}."),
            (Status::Proposed, kind) => {
                let what = if kind == EventKind::Talks {
                    "round of talks"
                } else {
                    noun
                };
                format!("{first_subject} proposed a {what} with {others}{at} on {phrases}.")
            }
        }
    }

    /// The date as the article gives it: (date, precision, end, basis, the article's sentence).
    #[allow(clippy::type_complexity)]
    fn dates(
        &mut self,
        s: &Skeleton,
        published: Day,
    ) -> (Day, Precision, Option<Day>, Option<String>, String) {
        let noun = capitalise(&format!("the {}", noun(s.kind)));
        let verb = if s.kind == EventKind::Talks {
            "were"
        } else {
            "was"
        };
        let pl = published.long();
        let day = s.day;
        if s.status == Status::Held {
            if let Some(end) = s.end {
                return (
                    day,
                    Precision::Range,
                    Some(end),
                    Some(format!(
                        "From {} to {}, as reported on {pl}.",
                        day.long(),
                        end.long()
                    )),
                    format!("{noun} ran from {} to {}.", day.long(), end.long()),
                );
            }
            let r = self.rng.unit();
            if r < 0.85 {
                // "On Wednesday" only reads right within the week before the article.
                if published.0 - day.0 <= 6 && self.rng.chance(0.35) {
                    let wd = day.weekday_name();
                    return (
                        day,
                        Precision::Day,
                        None,
                        Some(format!("The article of {pl} says \"on {wd}\".")),
                        format!("{noun} {verb} held on {wd}."),
                    );
                }
                return (
                    day,
                    Precision::Day,
                    None,
                    None,
                    format!("{noun} {verb} held on {}.", day.long()),
                );
            }
            if r < 0.93 {
                let basis = self
                    .rng
                    .chance(0.5)
                    .then(|| format!("\"in {}\", in the article of {pl}", day.month_year()));
                return (
                    day.first_of_month(),
                    Precision::Month,
                    None,
                    basis,
                    format!("{noun} {verb} held in {}.", day.month_year()),
                );
            }
            return (
                published,
                Precision::By,
                None,
                Some(format!(
                    "Reported in the article of {pl} without a date of its own."
                )),
                String::new(),
            );
        }
        let r = self.rng.unit();
        if s.status == Status::Scheduled {
            if r < 0.2 && day.first_of_month() > published {
                return (
                    day.first_of_month(),
                    Precision::Month,
                    None,
                    Some(format!(
                        "Expected in {}, according to the article of {pl}.",
                        day.month_year()
                    )),
                    format!("It is expected in {}.", day.month_year()),
                );
            }
            if r < 0.5 {
                return (
                    published,
                    Precision::After,
                    None,
                    Some(format!("Called \"upcoming\" on {pl}; no date is given.")),
                    "No date has been set.".to_string(),
                );
            }
            return (
                day,
                Precision::Day,
                None,
                Some(format!(
                    "Announced for {} in the article of {pl}.",
                    day.long()
                )),
                format!("It is scheduled for {}.", day.long()),
            );
        }
        if r < 0.55 {
            let by = day.last_of_month();
            let (_, m, _) = by.ymd();
            let month = super::vocab::MONTHS[m as usize - 1];
            return (
                by,
                Precision::By,
                None,
                Some(format!(
                    "Proposed \"by the end of {month}\" in the article of {pl}."
                )),
                format!("It should take place by the end of {}.", by.month_year()),
            );
        }
        if r < 0.75 {
            let end = day.plus(1);
            return (
                day,
                Precision::Range,
                Some(end),
                Some(format!(
                    "Proposed for {} to {} in the article of {pl}.",
                    day.long(),
                    end.long()
                )),
                format!("It is proposed for {} to {}.", day.long(), end.long()),
            );
        }
        (
            published,
            Precision::After,
            None,
            Some(format!("Proposed on {pl} with no date.")),
            "No date has been proposed.".to_string(),
        )
    }

    /// The headline and address of an article, from the first event it reports.
    fn headline(&mut self, k: usize, s: &mut Source, events: &[Event]) {
        // Its own events, not the earlier ones a follow-up article recalls.
        let reported: Vec<usize> = s
            .paragraphs
            .iter()
            .map(|((e, _), _)| *e)
            .filter(|&e| events[e].sources[0] == k)
            .collect();
        let lead = reported
            .iter()
            .map(|&i| &events[i])
            .find(|e| e.status == Status::Held)
            .or_else(|| reported.first().map(|&i| &events[i]));
        let lead_title = lead.map(|e| e.title.clone()).unwrap_or_default();
        let count = reported.len();
        s.title = if self.rng.chance(0.04) {
            format!("[No headline in the text] {lead_title}")
        } else if count <= 1 {
            lead_title
        } else {
            match self.rng.below(3) {
                0 => format!("{lead_title}, and {} other developments", count - 1),
                1 => format!("Diplomatic roundup, {}", s.published.long()),
                _ => format!("What the sides said: {lead_title}"),
            }
        };
        if s.url.is_some() {
            let (y, m, d) = s.published.ymd();
            s.url = Some(format!(
                "https://{}.example/{y}/{m:02}/{d:02}/{}",
                slug(&s.outlet),
                cut(&slug(&s.title), 60)
            ));
        }
    }
}

/// An id cut to at most `max` characters at a hyphen.
fn cut(id: &str, max: usize) -> String {
    if id.len() <= max {
        return id.to_string();
    }
    let mut out = String::new();
    for part in id.split('-') {
        if out.len() + part.len() + usize::from(!out.is_empty()) > max {
            break;
        }
        if !out.is_empty() {
            out.push('-');
        }
        out.push_str(part);
    }
    if out.is_empty() {
        id[..max].to_string()
    } else {
        out
    }
}
