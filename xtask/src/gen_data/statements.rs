//! Statements: who said what, written into the article that reports it, so every quote and
//! context occurs there word for word.

use super::date::Day;
use super::model::{
    noun, stance_index, ActorKind, Channel, Event, Position, Precision, Source, Statement, Status,
};
use super::rng::Rng;
use super::text::{capitalise, fill, Ids};
use super::vocab::{
    FRAGMENT_CONTEXT, GENERIC_DIRECT, GENERIC_REPORTED, PROPOSITIONS, STANCE_DIRECT,
    STANCE_REPORTED, TOPICS,
};
use super::world::World;

/// What a statement says, and the article's sentence that carries it.
struct Said {
    quote: String,
    paraphrase: bool,
    context: Option<String>,
    sentence: String,
    stance: Option<(usize, Position)>,
    /// The sentence says "on Wednesday", so the date has a basis.
    dated: bool,
}

/// Generates 0–6 statements per event and a few more per article with no event.
pub fn build(seed: u64, w: &World, events: &[Event], sources: &mut [Source]) -> Vec<Statement> {
    let mut m = Maker {
        rng: Rng::stream(seed, "statements"),
        w,
        ids: Ids::default(),
        out: Vec::with_capacity(events.len() * 2),
    };
    for (i, e) in events.iter().enumerate() {
        let count = m.rng.weighted(&[25, 20, 20, 14, 10, 6, 5]);
        for k in 0..count {
            m.for_event(i, e, k, sources);
        }
    }
    for j in 0..sources.len() {
        let count = m.rng.weighted(&[50, 35, 15]);
        for k in 0..count {
            m.standalone(j, k, sources);
        }
    }
    m.out
}

struct Maker<'a> {
    rng: Rng,
    w: &'a World,
    ids: Ids,
    out: Vec<Statement>,
}

impl Maker<'_> {
    fn for_event(&mut self, index: usize, e: &Event, k: usize, sources: &mut [Source]) {
        let weights: Vec<u32> = e
            .participants
            .iter()
            .map(|&a| match self.w.actors[a].kind {
                ActorKind::Person => 4,
                ActorKind::Group => 1,
                _ => 2,
            })
            .collect();
        let speaker = e.participants[self.rng.weighted(&weights)];
        let source = match e.sources.get(1) {
            Some(&later) if self.rng.chance(0.15) => later,
            _ => e.sources[0],
        };
        let published = sources[source].published;
        // A held event's statements come on or after it and never after their article.
        let (lo, hi) = if e.status == Status::Held {
            let lo = e.day.max(e.date);
            (lo, lo.plus(2).min(published))
        } else {
            (published.plus(-4), published)
        };
        let by = self.rng.chance(0.15);
        let date = if by {
            published
        } else {
            lo.plus(self.rng.between(0, (hi.0 - lo.0).max(0)))
        };
        let when = if !by && published.0 - date.0 <= 6 && self.rng.chance(0.25) {
            format!(" on {}", date.weekday_name())
        } else {
            String::new()
        };
        let mut topics = e.topics.clone();
        self.rng.shuffle(&mut topics);
        topics.truncate(self.rng.between(1, 2) as usize);
        let other = e.participants.iter().copied().find(|&a| a != speaker);
        let channel = self.channel(speaker);
        let said = self.say(speaker, &topics, other, noun(e.kind), channel, &when);
        let (precision, date_basis) = if by {
            (
                Precision::By,
                Some(format!(
                    "Reported in the article of {}; the statement's own date is not given.",
                    published.long()
                )),
            )
        } else {
            (Precision::Day, self.basis(&said, &when, published))
        };
        sources[source]
            .paragraphs
            .push(((index, k + 1), said.sentence.clone()));
        self.push(
            speaker,
            date,
            precision,
            date_basis,
            channel,
            said,
            Some(index),
            topics,
            source,
        );
    }

    fn standalone(&mut self, j: usize, k: usize, sources: &mut [Source]) {
        let side_weights: Vec<u32> = self.w.sides.iter().map(|s| s.weight).collect();
        let side = self.rng.weighted(&side_weights);
        let people: Vec<usize> = self.w.actors_of[side].clone();
        let speaker = *self.rng.pick(&people);
        let published = sources[j].published;
        let day = published.plus(-self.rng.between(0, 20));
        let (date, precision, date_basis) = match self.rng.weighted(&[70, 15, 15]) {
            0 => (day, Precision::Day, None),
            1 => (
                published,
                Precision::By,
                Some(format!(
                    "Reported in the article of {}; the statement's own date is not given.",
                    published.long()
                )),
            ),
            _ => (
                day.first_of_month(),
                Precision::Month,
                Some(format!(
                    "\"in {}\", in the article of {}",
                    day.month_year(),
                    published.long()
                )),
            ),
        };
        let weights: Vec<u32> = TOPICS.iter().map(|t| t.4).collect();
        let mut topics = vec![self.rng.weighted(&weights)];
        if self.rng.chance(0.4) {
            let t = self.rng.weighted(&weights);
            if !topics.contains(&t) {
                topics.push(t);
            }
        }
        let channel = self.channel(speaker);
        let said = self.say(speaker, &topics, None, "meeting", channel, "");
        sources[j]
            .paragraphs
            .push(((usize::MAX, k), said.sentence.clone()));
        self.push(
            speaker, date, precision, date_basis, channel, said, None, topics, j,
        );
    }

    fn basis(&self, said: &Said, when: &str, published: Day) -> Option<String> {
        (said.dated && !when.is_empty()).then(|| {
            format!(
                "\"{}\", in the article of {}",
                when.trim(),
                published.long()
            )
        })
    }

    #[allow(clippy::too_many_arguments)]
    fn push(
        &mut self,
        speaker: usize,
        date: Day,
        precision: Precision,
        date_basis: Option<String>,
        channel: Channel,
        said: Said,
        event: Option<usize>,
        topics: Vec<usize>,
        source: usize,
    ) {
        let id = self
            .ids
            .unique(&format!("{}-{date}", self.w.actors[speaker].id));
        self.out.push(Statement {
            id,
            speaker,
            date,
            precision,
            date_basis,
            channel,
            quote: said.quote,
            paraphrase: said.paraphrase,
            context: said.context,
            event,
            topics,
            source,
            stance: said.stance,
        });
    }

    /// One of `templates`.
    fn one(&mut self, templates: &[&'static str]) -> &'static str {
        templates[self.rng.below(templates.len())]
    }

    fn channel(&mut self, speaker: usize) -> Channel {
        let a = &self.w.actors[speaker];
        let state_media = matches!(
            self.w.sides[a.side].id.as_str(),
            "russia" | "belarus" | "china"
        );
        // post_on_x, post, press_conference, statement_to_journalists, state_media,
        // official_readout, statement.
        let mut weights = if a.kind == ActorKind::Person {
            [20, 8, 15, 12, 3, 14, 28]
        } else {
            [10, 6, 5, 2, 3, 40, 34]
        };
        if state_media {
            weights[4] = 25;
        }
        Channel::ALL[self.rng.weighted(&weights)]
    }

    /// Writes what `speaker` says on `topics`, and the article's sentence carrying it.
    fn say(
        &mut self,
        speaker: usize,
        topics: &[usize],
        other: Option<usize>,
        noun: &str,
        channel: Channel,
        when: &str,
    ) -> Said {
        let a = &self.w.actors[speaker];
        let side = &self.w.sides[a.side];
        let subject = match &a.role {
            Some(role) if a.kind == ActorKind::Person && self.rng.chance(0.3) => {
                format!("{}, {role},", a.name)
            }
            _ => a.subject.clone(),
        };
        let np = *self.rng.pick(&TOPICS[topics[0]].5);
        let np2 = match topics.get(1) {
            Some(&t) => *self.rng.pick(&TOPICS[t].5),
            None => *TOPICS[topics[0]]
                .5
                .iter()
                .find(|p| **p != np)
                .unwrap_or(&np),
        };
        let other = match other.map(|o| &self.w.actors[o]) {
            Some(o) => match o.subject.strip_prefix("The ") {
                Some(rest) => format!("the {rest}"),
                None => o.subject.clone(),
            },
            None => "our partners".to_string(),
        };
        let side_of = side.of.clone();
        let side_cap = capitalise(&side.of);
        let props: Vec<usize> = (0..PROPOSITIONS.len())
            .filter(|&p| topics.iter().any(|&t| TOPICS[t].0 == PROPOSITIONS[p].2))
            .collect();
        let values = |np: &str, q: &str| -> Vec<(&'static str, String)> {
            vec![
                ("s", subject.clone()),
                ("side", side_of.clone()),
                ("Side", side_cap.clone()),
                ("np", np.to_string()),
                ("Np", capitalise(np)),
                ("np2", np2.to_string()),
                ("other", other.clone()),
                ("noun", noun.to_string()),
                ("when", when.to_string()),
                ("q", q.to_string()),
            ]
        };
        let render = |template: &str, values: &[(&'static str, String)]| {
            let pairs: Vec<(&str, &str)> = values.iter().map(|(k, v)| (*k, v.as_str())).collect();
            fill(template, &pairs)
        };

        // A stance on a proposition, about half the time the topic has one.
        if !props.is_empty() && self.rng.chance(0.5) {
            let p = *self.rng.pick(&props);
            let stance = self.w.stances[a.side][p];
            let pnp = *self.rng.pick(PROPOSITIONS[p].4);
            if self.rng.chance(0.12) {
                let sentence = render(STANCE_REPORTED[stance_index(stance)], &values(pnp, ""));
                return Said {
                    quote: sentence.clone(),
                    paraphrase: true,
                    context: None,
                    sentence,
                    stance: Some((p, stance)),
                    dated: !when.is_empty(),
                };
            }
            let mut quote = render(
                self.one(&STANCE_DIRECT[stance_index(stance)]),
                &values(pnp, ""),
            );
            if self.rng.chance(0.4) {
                quote.push(' ');
                quote.push_str(&render(self.one(&GENERIC_DIRECT), &values(np, "")));
            }
            let sentence = self.frame(channel, &quote, &values(np, ""));
            return Said {
                quote,
                paraphrase: false,
                context: None,
                sentence,
                stance: Some((p, stance)),
                dated: true,
            };
        }
        let r = self.rng.unit();
        if r < 0.1 {
            // A short fragment, with the article's sentence around it as context.
            let context = render(self.one(&FRAGMENT_CONTEXT), &values(np, np));
            return Said {
                quote: np.to_string(),
                paraphrase: false,
                context: Some(context.clone()),
                sentence: context,
                stance: None,
                dated: false,
            };
        }
        if r < 0.2 {
            let sentence = render(self.one(&GENERIC_REPORTED), &values(np, ""));
            return Said {
                quote: sentence.clone(),
                paraphrase: true,
                context: None,
                sentence,
                stance: None,
                dated: false,
            };
        }
        let mut quote = render(self.one(&GENERIC_DIRECT), &values(np, ""));
        if self.rng.chance(0.35) {
            quote.push(' ');
            quote.push_str(&render(self.one(&GENERIC_DIRECT), &values(np2, "")));
        }
        let sentence = self.frame(channel, &quote, &values(np, ""));
        Said {
            quote,
            paraphrase: false,
            context: None,
            sentence,
            stance: None,
            dated: true,
        }
    }

    /// The article's sentence around a direct quote, by channel; quote marks curly or straight,
    /// as articles differ (the provenance check forgives the difference).
    fn frame(
        &mut self,
        channel: Channel,
        quote: &str,
        values: &[(&'static str, String)],
    ) -> String {
        let template = match channel {
            Channel::PostOnX => "{s} wrote on X{when}: {q}",
            Channel::Post => "{s} wrote in a post{when}: {q}",
            Channel::PressConference => "{s} told a press conference{when}: {q}",
            Channel::StatementToJournalists => "{s} told journalists{when}: {q}",
            Channel::StateMedia => "{s} told state media{when}: {q}",
            Channel::OfficialReadout => "{s} said in a readout{when}: {q}",
            Channel::Statement => "{s} said{when}: {q}",
        };
        let marked = if self.rng.chance(0.5) {
            format!("“{quote}”")
        } else {
            format!("\"{quote}\"")
        };
        let mut pairs: Vec<(&str, &str)> = values
            .iter()
            .filter(|(k, _)| *k != "q")
            .map(|(k, v)| (*k, v.as_str()))
            .collect();
        pairs.push(("q", &marked));
        fill(template, &pairs)
    }
}
