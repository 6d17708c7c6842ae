//! Who the article mentions: names, titles and role words ("the Kremlin", "the French
//! president", "his French counterpart"), matched to the dataset's actors by name or role, or
//! proposed as new actors.

use crate::gazetteer::fold;
use summitry_data::{ActorKind, Dataset};

/// An actor the article mentions: one of the dataset's, or a new one this draft proposes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Who {
    /// Index into the dataset's actors.
    Known(usize),
    /// Index into [`Cast::new_actors`].
    New(usize),
}

/// An actor the dataset does not have yet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewActor {
    /// Proposed id (the surname, or the name, as an id).
    pub id: String,
    /// Name as printed.
    pub name: String,
    /// Person, government, ...
    pub kind: ActorKind,
    /// Title as printed before the name.
    pub role: Option<String>,
    /// ISO country code, from a nationality word.
    pub country: Option<String>,
    /// The sentence it was first named in.
    pub from: String,
}

/// What kind of words a mention is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kind {
    /// A name, possibly with a title; resolved when it matches or can be proposed.
    Name,
    /// he, she.
    Pronoun,
    /// "the message", "the statement": the organisation that reported it.
    Message,
    /// "the French president", "his French counterpart", "the Ukrainian leader".
    Role {
        /// Country code of the nationality word.
        country: String,
        /// The role noun, e.g. `president`.
        noun: String,
    },
    /// A country or capital standing for its government ("Moscow said").
    Country(String),
}

/// A mention in a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    /// Byte offset of its first word.
    pub start: usize,
    /// Byte offset after its last word.
    pub end: usize,
    /// What kind of words.
    pub kind: Kind,
    /// The actor, when the words name one directly.
    pub who: Option<Who>,
}

struct Known {
    display: String,
    kind: ActorKind,
    country: Option<String>,
    role: String,
    name_tokens: Vec<String>,
    surname: Vec<String>,
    all_tokens: Vec<String>,
}

/// The actors of one article: the dataset's and the new ones, and who was mentioned last.
pub struct Cast {
    known: Vec<Known>,
    known_ids: Vec<String>,
    /// Actors this draft proposes.
    pub new_actors: Vec<NewActor>,
    history: Vec<Who>,
    /// The subject of the last sentence that had a person as subject.
    pub last_subject: Option<Who>,
    /// The organisation last named as reporting something ("reported by the Presidential
    /// Office").
    pub last_reporter: Option<Who>,
}

const PARTICLES: [&str; 10] = [
    "von", "van", "der", "den", "de", "da", "al", "bin", "le", "du",
];

/// Words that are never part of a person's name.
const NOT_NAME: &[&str] = &[
    "president",
    "presidential",
    "prime",
    "minister",
    "ministers",
    "chancellor",
    "secretary",
    "envoy",
    "negotiator",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "chief",
    "staff",
    "leader",
    "leaders",
    "foreign",
    "defence",
    "defense",
    "general",
    "commissioner",
    "head",
    "adviser",
    "advisor",
    "deputy",
    "vice",
    "ambassador",
    "king",
    "queen",
    "emir",
    "prince",
    "national",
    "security",
    "council",
    "commission",
    "european",
    "office",
    "union",
    "states",
    "united",
    "federation",
    "coalition",
    "agency",
    "ministry",
    "parliament",
    "committee",
    "press",
    "news",
    "media",
    "the",
    "a",
    "an",
    "and",
    "of",
    "in",
    "on",
    "at",
    "for",
    "with",
    "this",
    "that",
    "it",
    "he",
    "she",
    "they",
    "we",
    "i",
    "but",
    "as",
    "read",
    "also",
    "according",
    "following",
    "despite",
    "though",
    "after",
    "before",
    "earlier",
    "later",
    "ukrainian",
    "russian",
    "french",
    "american",
    "british",
    "turkish",
    "german",
    "nato",
    "eu",
    "un",
    "kremlin",
    "white",
    "house",
    "government",
    "ministry",
    "army",
    "forces",
    "delegation",
    "talks",
    "summit",
    "meeting",
    "war",
    "peace",
    "north",
    "south",
    "east",
    "west",
    "western",
    "eastern",
    "legal",
    "disclaimer",
    "related",
    "posts",
    "share",
    "sign",
    "free",
    "today",
    "source",
    "link",
    "patriot",
    "mirage",
    "crotale",
    "samp",
    "x",
    "daily",
    "newsletter",
    "willing",
    "operation",
    "plan",
    "deal",
    "accord",
    "agreement",
    "home",
    "world",
    "updated",
];

/// Nationality and country words and the country each stands for.
const NATIONS: &[(&str, &str)] = &[
    ("ukrainian", "UA"),
    ("ukraine", "UA"),
    ("kyiv", "UA"),
    ("kiev", "UA"),
    ("russian", "RU"),
    ("russia", "RU"),
    ("moscow", "RU"),
    ("french", "FR"),
    ("france", "FR"),
    ("paris", "FR"),
    ("american", "US"),
    ("us", "US"),
    ("u s", "US"),
    ("usa", "US"),
    ("washington", "US"),
    ("united states", "US"),
    ("british", "GB"),
    ("uk", "GB"),
    ("britain", "GB"),
    ("london", "GB"),
    ("turkish", "TR"),
    ("turkey", "TR"),
    ("turkiye", "TR"),
    ("ankara", "TR"),
    ("german", "DE"),
    ("germany", "DE"),
    ("berlin", "DE"),
    ("polish", "PL"),
    ("poland", "PL"),
    ("italian", "IT"),
    ("italy", "IT"),
    ("spanish", "ES"),
    ("spain", "ES"),
    ("chinese", "CN"),
    ("china", "CN"),
    ("beijing", "CN"),
    ("japanese", "JP"),
    ("japan", "JP"),
    ("indian", "IN"),
    ("india", "IN"),
    ("belarusian", "BY"),
    ("belarus", "BY"),
    ("moldovan", "MD"),
    ("moldova", "MD"),
    ("hungarian", "HU"),
    ("hungary", "HU"),
    ("dutch", "NL"),
    ("belgian", "BE"),
    ("swedish", "SE"),
    ("finnish", "FI"),
    ("norwegian", "NO"),
    ("norway", "NO"),
    ("danish", "DK"),
    ("estonian", "EE"),
    ("latvian", "LV"),
    ("lithuanian", "LT"),
    ("czech", "CZ"),
    ("slovak", "SK"),
    ("romanian", "RO"),
    ("bulgarian", "BG"),
    ("greek", "GR"),
    ("israeli", "IL"),
    ("iranian", "IR"),
    ("saudi", "SA"),
    ("qatari", "QA"),
    ("emirati", "AE"),
    ("canadian", "CA"),
    ("australian", "AU"),
    ("european", "EU"),
    ("eu", "EU"),
];

/// Role nouns a phrase like "the French president" may end in.
const ROLE_NOUNS: &[&str] = &[
    "president",
    "leader",
    "counterpart",
    "colleague",
    "prime minister",
    "premier",
    "chancellor",
    "foreign minister",
    "defence minister",
    "defense minister",
    "envoy",
    "negotiator",
    "side",
    "government",
    "delegation",
    "spokesperson",
    "spokesman",
];

/// The country a nationality or country word stands for.
pub fn nation(word: &str) -> Option<&'static str> {
    let f = fold(word.trim_end_matches("'s").trim_end_matches("\u{2019}s"));
    NATIONS.iter().find(|(w, _)| *w == f).map(|(_, c)| *c)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for i in 1..=a.len() {
        let mut cur = vec![i; b.len() + 1];
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            cur[j] = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
        }
        prev = cur;
    }
    prev[b.len()]
}

/// Same word, forgiving one letter in a long name (Zelensky, Zelenskyy).
fn same_word(a: &str, b: &str) -> bool {
    a == b || (a.len() >= 6 && b.len() >= 6 && edit_distance(a, b) <= 1)
}

/// A word and where it is.
#[derive(Debug, Clone)]
pub struct Word {
    /// The word as printed, without a possessive `'s`.
    pub text: String,
    /// Byte offset.
    pub start: usize,
    /// Byte offset after it.
    pub end: usize,
}

/// The words of `text` with their places; a possessive `'s` is dropped from the word.
pub fn words(text: &str) -> Vec<Word> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (k, &(i, c)) in chars.iter().enumerate() {
        let inner = matches!(c, '\'' | '\u{2019}' | '-' | '.')
            && start.is_some()
            && chars.get(k + 1).is_some_and(|n| n.1.is_alphanumeric());
        if c.is_alphanumeric() || inner {
            start.get_or_insert(i);
        } else if let Some(s) = start.take() {
            out.push((s, i));
        }
    }
    if let Some(s) = start {
        out.push((s, text.len()));
    }
    out.into_iter()
        .map(|(s, e)| {
            let raw = &text[s..e];
            let t = raw
                .strip_suffix("'s")
                .or_else(|| raw.strip_suffix("\u{2019}s"))
                .unwrap_or(raw);
            Word {
                text: t.to_string(),
                start: s,
                end: e,
            }
        })
        .collect()
}

fn capitalised(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// A short mention recognised at a word: the mention, and the index of the word after it.
type Short = Option<(Mention, usize)>;

/// The short mentions, tried in this order at a word before a run of capitalised words is.
const SHORT_MENTIONS: [fn(&[Word], usize) -> Short; 3] = [pronoun, message_reads, role_phrase];

/// he / she
fn pronoun(ws: &[Word], i: usize) -> Short {
    let w = &ws[i];
    let lw = w.text.to_lowercase();
    (lw == "he" || lw == "she").then(|| {
        (
            Mention {
                start: w.start,
                end: w.end,
                kind: Kind::Pronoun,
                who: None,
            },
            i + 1,
        )
    })
}

/// the message / the statement ... reads
fn message_reads(ws: &[Word], i: usize) -> Short {
    let w = &ws[i];
    let found = w.text.to_lowercase() == "the"
        && ws.get(i + 1).is_some_and(|n| {
            [
                "message",
                "statement",
                "readout",
                "release",
                "communique",
                "communiqué",
            ]
            .contains(&n.text.to_lowercase().as_str())
        })
        && ws.get(i + 2).is_some_and(|n| {
            ["reads", "read", "said", "says", "stated", "added"]
                .contains(&n.text.to_lowercase().as_str())
        });
    found.then(|| {
        (
            Mention {
                start: w.start,
                end: ws[i + 1].end,
                kind: Kind::Message,
                who: None,
            },
            i + 2,
        )
    })
}

/// the French president / his French counterpart / the Ukrainian leader
fn role_phrase(ws: &[Word], i: usize) -> Short {
    let w = &ws[i];
    if !["the", "his", "her", "their"].contains(&w.text.to_lowercase().as_str()) {
        return None;
    }
    let country = ws.get(i + 1).and_then(|n| nation(&n.text))?;
    let two = ws
        .get(i + 2..i + 4)
        .map(|p| fold(&format!("{} {}", p[0].text, p[1].text)));
    let one = ws.get(i + 2).map(|p| fold(&p.text));
    let (noun, last) = match (two, one) {
        (Some(t), _) if ROLE_NOUNS.contains(&t.as_str()) => (t, i + 3),
        (_, Some(o)) if ROLE_NOUNS.contains(&o.as_str()) => (o, i + 2),
        _ => return None,
    };
    let kind = Kind::Role {
        country: country.to_string(),
        noun,
    };
    Some((
        Mention {
            start: w.start,
            end: ws[last].end,
            kind,
            who: None,
        },
        last + 1,
    ))
}

/// The last word of the run of capitalised words starting at `ws[i]`, with joiners inside
/// ("President of Ukraine X Y"); punctuation between two words ends it.
fn run_end(text: &str, ws: &[Word], i: usize) -> usize {
    let mut j = i;
    while j + 1 < ws.len() {
        let n = &ws[j + 1];
        let gap = &text[ws[j].end..n.start];
        if gap.contains([
            ',', ';', ':', '(', ')', '[', ']', '\u{2013}', '\u{2014}', '"', '.',
        ]) {
            break;
        }
        let ln = n.text.to_lowercase();
        let joiner = (PARTICLES.contains(&ln.as_str()) || ln == "of" || ln == "and" || ln == "the")
            && ws.get(j + 2).is_some_and(|m| capitalised(&m.text));
        if capitalised(&n.text) || joiner {
            j += 1;
        } else {
            break;
        }
    }
    j
}

/// A new person's role and nationality from the words before the name: a nationality and a
/// lowercase title just before the run ("Ukrainian envoy"), and the run's title words
/// (`title_run`).
fn role_before(
    ws: &[Word],
    i: usize,
    title_run: &[Word],
) -> (Option<String>, Option<&'static str>) {
    // A lowercase title just before the run: "envoy", "negotiator".
    let before = i.checked_sub(1).map(|p| &ws[p]);
    let lower_title = before
        .filter(|b| {
            !capitalised(&b.text) && NOT_NAME.contains(&b.text.as_str()) && b.text.len() > 3
        })
        .map(|b| b.text.clone());
    let nationality = i
        .checked_sub(if lower_title.is_some() { 2 } else { 1 })
        .and_then(|p| nation(&ws[p].text))
        .or_else(|| title_run.iter().find_map(|w| nation(&w.text)));
    let mut role: Vec<String> = Vec::new();
    if let Some(p) = i.checked_sub(if lower_title.is_some() { 2 } else { 1 }) {
        if nation(&ws[p].text).is_some() && capitalised(&ws[p].text) {
            role.push(ws[p].text.clone());
        }
    }
    if let Some(t) = lower_title {
        role.push(t);
    }
    role.extend(title_run.iter().map(|w| w.text.clone()));
    ((!role.is_empty()).then(|| role.join(" ")), nationality)
}

impl Cast {
    /// The cast for an article, knowing the dataset's actors when there is a dataset.
    pub fn new(ds: Option<&Dataset>) -> Self {
        let mut known = Vec::new();
        let mut known_ids = Vec::new();
        for a in ds.map(|d| d.actors.as_slice()).unwrap_or_default() {
            let name_tokens: Vec<String> = fold(&a.name).split(' ').map(str::to_string).collect();
            let surname = match a.kind {
                ActorKind::Person => {
                    let at = name_tokens
                        .iter()
                        .position(|t| PARTICLES.contains(&t.as_str()))
                        .filter(|&i| i > 0)
                        .unwrap_or(name_tokens.len().saturating_sub(1));
                    name_tokens[at..].to_vec()
                }
                _ => Vec::new(),
            };
            let mut all_tokens: Vec<String> = name_tokens
                .iter()
                .chain(
                    a.id.split('-')
                        .map(str::to_string)
                        .collect::<Vec<_>>()
                        .iter(),
                )
                .filter(|t| !["the", "of", "a"].contains(&t.as_str()))
                .cloned()
                .collect();
            all_tokens.dedup();
            known.push(Known {
                display: a.name.clone(),
                kind: a.kind,
                country: a.country.clone(),
                role: fold(a.role.as_deref().unwrap_or_default()),
                name_tokens,
                surname,
                all_tokens,
            });
            known_ids.push(a.id.clone());
        }
        Self {
            known,
            known_ids,
            new_actors: Vec::new(),
            history: Vec::new(),
            last_subject: None,
            last_reporter: None,
        }
    }

    /// The id of an actor.
    pub fn id(&self, who: Who) -> &str {
        match who {
            Who::Known(i) => &self.known_ids[i],
            Who::New(i) => &self.new_actors[i].id,
        }
    }

    /// Whether an actor is a person.
    pub fn is_person(&self, who: Who) -> bool {
        match who {
            Who::Known(i) => self.known[i].kind == ActorKind::Person,
            Who::New(i) => self.new_actors[i].kind == ActorKind::Person,
        }
    }

    fn country(&self, who: Who) -> Option<&str> {
        match who {
            Who::Known(i) => self.known[i].country.as_deref(),
            Who::New(i) => self.new_actors[i].country.as_deref(),
        }
    }

    fn role(&self, who: Who) -> String {
        match who {
            Who::Known(i) => self.known[i].role.clone(),
            Who::New(i) => fold(self.new_actors[i].role.as_deref().unwrap_or_default()),
        }
    }

    /// Notes that `who` was mentioned, for role words and pronouns later on.
    pub fn saw(&mut self, who: Who) {
        self.history.push(who);
    }

    /// The dataset's people the folded words `run` name, each with the index of the last word
    /// of its surname, in run order.
    fn match_people(&self, run: &[String]) -> Vec<(usize, usize)> {
        let mut found: Vec<(usize, usize)> = Vec::new();
        for (i, k) in self.known.iter().enumerate() {
            if k.surname.is_empty() || k.surname.len() > run.len() {
                continue;
            }
            if let Some(at) = run
                .windows(k.surname.len())
                .position(|w| w.iter().zip(&k.surname).all(|(a, b)| same_word(a, b)))
            {
                found.push((i, at + k.surname.len() - 1));
            }
        }
        found.sort_by_key(|f| f.1);
        found
    }

    /// The actor's name.
    pub fn name(&self, who: Who) -> String {
        match who {
            Who::Known(i) => self.known[i].display.clone(),
            Who::New(i) => self.new_actors[i].name.clone(),
        }
    }

    /// The delegation of a country, when the dataset has exactly one.
    pub fn delegation_of(&self, country: &str) -> Option<Who> {
        let all: Vec<usize> = (0..self.known.len())
            .filter(|&i| {
                self.known[i].kind == ActorKind::Delegation
                    && self.known[i].country.as_deref() == Some(country)
            })
            .collect();
        (all.len() == 1).then(|| Who::Known(all[0]))
    }

    /// The dataset actor whose name or id the folded words `run` name.
    fn match_known(&self, run: &[String]) -> Option<usize> {
        // A person: the surname (with its particles) among the words.
        for (i, k) in self.known.iter().enumerate() {
            if k.surname.is_empty() || k.surname.len() > run.len() {
                continue;
            }
            let hit = run
                .windows(k.surname.len())
                .any(|w| w.iter().zip(&k.surname).all(|(a, b)| same_word(a, b)));
            if hit {
                return Some(i);
            }
        }
        // An organisation or group: its distinctive words.
        let words: Vec<&String> = run
            .iter()
            .filter(|t| !["the", "of", "a", "and"].contains(&t.as_str()))
            .collect();
        // A nationality alone ("Russian missiles") names no organisation.
        if words.is_empty() || words.iter().all(|w| nation(w).is_some()) {
            return None;
        }
        let mut best: Option<(usize, f64)> = None;
        for (i, k) in self.known.iter().enumerate() {
            if k.kind == ActorKind::Person {
                continue;
            }
            if !words
                .iter()
                .all(|w| k.all_tokens.iter().any(|t| same_word(t, w)))
            {
                continue;
            }
            let named = k
                .name_tokens
                .iter()
                .filter(|t| !["the", "of", "a"].contains(&t.as_str()))
                .count()
                .max(1);
            let cover = words.len() as f64 / named as f64;
            if cover >= 0.5 && best.is_none_or(|(_, b)| cover > b) {
                best = Some((i, cover));
            }
        }
        best.map(|(i, _)| i)
    }

    /// The actor a role phrase refers back to: the last person (or body) of that country
    /// mentioned, preferring one whose role has the noun.
    pub fn resolve_role(&self, country: &str, noun: &str) -> Option<Who> {
        let body = matches!(noun, "side" | "government" | "delegation");
        let fits = |w: &Who| self.country(*w) == Some(country) && self.is_person(*w) != body;
        let specific = !matches!(noun, "leader" | "counterpart" | "colleague" | "side");
        let recent: Vec<Who> = self.history.iter().rev().copied().filter(fits).collect();
        if let Some(w) = recent
            .iter()
            .find(|w| !specific || self.role(**w).contains(noun))
        {
            return Some(*w);
        }
        if let Some(w) = recent.first() {
            return Some(*w);
        }
        let all: Vec<usize> = (0..self.known.len())
            .filter(|&i| fits(&Who::Known(i)) && (!specific || self.known[i].role.contains(noun)))
            .collect();
        (all.len() == 1).then(|| Who::Known(all[0]))
    }

    /// The government standing for a country ("Moscow said"), when the dataset has exactly one.
    pub fn government_of(&self, country: &str) -> Option<Who> {
        let all: Vec<usize> = (0..self.known.len())
            .filter(|&i| {
                self.known[i].kind == ActorKind::Government
                    && self.known[i].country.as_deref() == Some(country)
            })
            .collect();
        (all.len() == 1).then(|| Who::Known(all[0]))
    }

    /// The mentions in `text` (already blanked inside quotes), in order. New names are added
    /// to the cast, with `sentence` as where they came from.
    pub fn mentions(&mut self, text: &str, sentence: &str) -> Vec<Mention> {
        let ws = words(text);
        let mut out = Vec::new();
        let mut i = 0;
        while i < ws.len() {
            i = match SHORT_MENTIONS
                .iter()
                .find_map(|recognise| recognise(&ws, i))
            {
                Some((m, next)) => {
                    out.push(m);
                    next
                }
                None if !capitalised(&ws[i].text) => i + 1,
                None => {
                    let j = run_end(text, &ws, i);
                    self.run_mentions(&ws, i..j + 1, sentence, &mut out);
                    j + 1
                }
            };
        }
        self.drop_titles(text, &mut out);
        out
    }

    /// The mentions in a run of capitalised words `ws[run]`: known people, a known or
    /// already proposed actor, a new person (added to the cast), or a country standing for its
    /// government.
    fn run_mentions(
        &mut self,
        ws: &[Word],
        run: std::ops::Range<usize>,
        sentence: &str,
        out: &mut Vec<Mention>,
    ) {
        let i = run.start;
        let run = &ws[run];
        let folded: Vec<String> = run.iter().map(|w| fold(&w.text)).collect();
        let start = run[0].start;
        let end = run[run.len() - 1].end;
        let named = |who: Who| Mention {
            start,
            end,
            kind: Kind::Name,
            who: Some(who),
        };
        // Several people in one run ("Zelensky and Russian President Vladimir Putin").
        let people = self.match_people(&folded);
        if !people.is_empty() {
            let mut from = 0;
            for (k, last) in people {
                out.push(Mention {
                    start: run[from].start,
                    end: run[last].end,
                    kind: Kind::Name,
                    who: Some(Who::Known(k)),
                });
                from = (last + 1).min(run.len() - 1);
            }
        } else if let Some(k) = self.match_known(&folded) {
            out.push(named(Who::Known(k)));
        } else if let Some(n) = self.match_new(&folded) {
            out.push(named(Who::New(n)));
        } else if let Some(who) = self.new_person(ws, i, run, &folded, sentence) {
            out.push(named(who));
        } else if run.len() == 1 {
            // A country or capital alone may stand for its government.
            if let Some(c) = nation(&run[0].text).filter(|_| {
                crate::gazetteer::find(&run[0].text).is_some() || !run[0].text.ends_with("ian")
            }) {
                out.push(Mention {
                    start,
                    end,
                    kind: Kind::Country(c.to_string()),
                    who: None,
                });
            }
        }
    }

    /// A new person: two to four name-like words at the end of the run `run` (which starts at
    /// `ws[i]`), with what comes before them as the role. Added to the cast's new actors.
    fn new_person(
        &mut self,
        ws: &[Word],
        i: usize,
        run: &[Word],
        folded: &[String],
        sentence: &str,
    ) -> Option<Who> {
        let name_like = |t: &str| {
            t.chars()
                .all(|c| c.is_alphabetic() || c == '-' || c == '\'' || c == '\u{2019}')
                && !NOT_NAME.contains(&t)
                && nation(t).is_none()
                && crate::calendar::month_named(t).is_none()
                && crate::calendar::weekday_named(t).is_none()
                && crate::gazetteer::find(t).is_none()
        };
        let mut k = folded.len();
        while k > 0
            && (name_like(&folded[k - 1])
                || (PARTICLES.contains(&folded[k - 1].as_str()) && k < folded.len()))
        {
            k -= 1;
        }
        let name_words = folded.len() - k;
        if !(2..=4).contains(&name_words) {
            return None;
        }
        let name: Vec<&str> = run[k..].iter().map(|w| w.text.as_str()).collect();
        let name = name.join(" ");
        let surname_at = run[k..]
            .iter()
            .position(|w| PARTICLES.contains(&fold(&w.text).as_str()))
            .filter(|&p| p > 0)
            .unwrap_or(name_words - 1);
        let surname: Vec<&str> = run[k + surname_at..]
            .iter()
            .map(|w| w.text.as_str())
            .collect();
        let mut id = crate::import::slug(&surname.join(" "), 40);
        if self.known_ids.contains(&id) || self.new_actors.iter().any(|a| a.id == id) {
            id = crate::import::slug(&name, 60);
        }
        let (role, nationality) = role_before(ws, i, &run[..k]);
        self.new_actors.push(NewActor {
            id,
            name,
            kind: ActorKind::Person,
            role,
            country: nationality.map(str::to_string),
            from: sentence.to_string(),
        });
        Some(Who::New(self.new_actors.len() - 1))
    }

    /// "Kremlin spokesperson Dmitry Peskov": an institution named just before a person, with
    /// only title words between (no punctuation, no "and"), is that person's title, not a second
    /// party: the mention is dropped, so the person is the subject.
    fn drop_titles(&self, text: &str, out: &mut Vec<Mention>) {
        let person = |m: &Mention| m.kind == Kind::Name && m.who.is_some_and(|w| self.is_person(w));
        let institution =
            |m: &Mention| m.kind == Kind::Name && m.who.is_some_and(|w| !self.is_person(w));
        let mut i = 0;
        while i + 1 < out.len() {
            let between = &text[out[i].end..out[i + 1].start];
            let title = between.split_whitespace().count() <= 3
                && !between.contains([',', ';', ':', '.', '"'])
                && !between
                    .split_whitespace()
                    .any(|w| w.eq_ignore_ascii_case("and"));
            if title && institution(&out[i]) && person(&out[i + 1]) {
                out.remove(i);
            } else {
                i += 1;
            }
        }
    }

    fn match_new(&self, run: &[String]) -> Option<usize> {
        self.new_actors.iter().position(|a| {
            let tokens: Vec<String> = fold(&a.name).split(' ').map(str::to_string).collect();
            let surname = tokens.last().cloned().unwrap_or_default();
            run.iter().any(|t| same_word(t, &surname))
        })
    }

    /// The actor a mention stands for, resolving pronouns, role words and messages.
    pub fn resolve(&self, m: &Mention) -> Option<Who> {
        match &m.kind {
            Kind::Name => m.who,
            Kind::Pronoun => self.last_subject.filter(|w| self.is_person(*w)),
            Kind::Message => self.last_reporter.or(self.last_subject),
            Kind::Role { country, noun } => self.resolve_role(country, noun),
            Kind::Country(c) => self.government_of(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn real() -> Dataset {
        let data = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data");
        summitry_check::load(&data).unwrap()
    }

    #[test]
    fn a_name_with_a_title_and_another_spelling_matches_the_dataset_actor() {
        let ds = real();
        let mut cast = Cast::new(Some(&ds));
        let m = cast.mentions("Ukrainian President Volodymyr Zelenskyy met him", "");
        assert_eq!(cast.id(m[0].who.unwrap()), "zelensky");
        let m = cast.mentions("the Kremlin said", "");
        assert_eq!(cast.id(m[0].who.unwrap()), "kremlin");
        let m = cast.mentions("reported by the Presidential Office", "");
        assert_eq!(cast.id(m[0].who.unwrap()), "ua-presidential-office");
    }

    #[test]
    fn the_french_president_refers_back_to_the_last_french_president_named() {
        let ds = real();
        let mut cast = Cast::new(Some(&ds));
        for m in cast.mentions("Zelensky met Emmanuel Macron", "") {
            if let Some(w) = m.who {
                cast.saw(w);
            }
        }
        let m = cast.mentions("the French president said", "");
        assert_eq!(
            cast.resolve(&m[0])
                .map(|w| cast.id(w).to_string())
                .as_deref(),
            Some("macron")
        );
    }

    #[test]
    fn a_known_person_named_with_an_institution_is_the_person() {
        let mut ds = real();
        ds.actors.push(summitry_data::Actor {
            id: "peskov".into(),
            name: "Dmitry Peskov".into(),
            kind: summitry_data::ActorKind::Person,
            role: Some("Kremlin spokesperson".into()),
            country: Some("RU".into()),
            side: "russia".into(),
        });
        let mut cast = Cast::new(Some(&ds));
        let m = cast.mentions("Kremlin spokesperson Dmitry Peskov said on Thursday", "");
        let ids: Vec<&str> = m.iter().filter_map(|m| m.who).map(|w| cast.id(w)).collect();
        assert_eq!(ids.first().copied(), Some("peskov"), "{ids:?}");
    }

    #[test]
    fn an_unknown_name_with_a_title_is_proposed_as_a_new_actor() {
        let mut cast = Cast::new(None);
        let m = cast.mentions("Russian envoy Vladimir Medinsky downplayed it", "s");
        let who = m[0].who.unwrap();
        assert_eq!(cast.id(who), "medinsky");
        let a = &cast.new_actors[0];
        assert_eq!(a.name, "Vladimir Medinsky");
        assert_eq!(a.country.as_deref(), Some("RU"));
        assert_eq!(a.role.as_deref(), Some("Russian envoy"));
        // Named again by surname, the same actor.
        let again = cast.mentions("Medinsky added", "");
        assert_eq!(again[0].who, Some(who));
    }
}
