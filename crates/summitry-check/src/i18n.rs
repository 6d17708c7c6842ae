//! The dataset's texts in other languages: `data/i18n/<lang>.toml`, one table per text.
//!
//! ```toml
//! [event."istanbul-talks-2025-07-23".title]
//! en = "Third round of Russia–Ukraine talks in Istanbul"
//! uk = "Третій раунд російсько-українських переговорів у Стамбулі"
//! ```
//!
//! `en` repeats the English the translation was made from, as a translator's catalogue does: when
//! the English changes, the translation is stale, and the reader gets the current English instead
//! of a translation of words the dataset no longer says. A quote is never replaced: its
//! translation ([`summitry_data::Statement::translation`]) is shown beside it, labelled.

use std::collections::{BTreeMap, HashMap};
use std::path::Path;

use crate::{Problem, Report};
use summitry_data::{correction_field, Correction, Dataset};

/// The languages the build translates the dataset into, besides English.
pub const LANGS: [&str; 2] = ["uk", "fr"];

/// One language's valid translations, by text key (`event.<id>.title`, see [`texts`]).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Translation {
    /// The language's BCP 47 tag.
    pub lang: String,
    /// Translated text by key; stale entries are left out.
    pub texts: BTreeMap<String, String>,
}

/// A translation file read against the dataset: what can be used, and what is missing or stale
/// (each shown in English), for the build to report.
#[derive(Debug, Clone, Default)]
pub struct Checked {
    /// The usable translations.
    pub translation: Translation,
    /// Missing and stale texts, each with file, line, item id and field.
    pub warnings: Vec<Problem>,
}

use summitry_data::text_key as key;

/// Calls `f` with the key of every reader-facing text of `ds` and the text, mutably: the one
/// list of what a translation covers, for checking a file and for applying it. Quotes are
/// listed as `statement.<id>.quote`; [`localize`] never writes over them. Sources are citations
/// (an outlet and a headline as printed) and are not translated.
fn visit(ds: &mut Dataset, f: &mut dyn FnMut(String, &mut String)) {
    let opt = |k: String, t: &mut Option<String>, f: &mut dyn FnMut(String, &mut String)| {
        if let Some(t) = t {
            f(k, t);
        }
    };
    f(key("dataset", "", "name"), &mut ds.name);
    f(key("dataset", "", "description"), &mut ds.description);
    opt(key("dataset", "", "credit"), &mut ds.edition.credit, f);
    for s in &mut ds.sides {
        f(key("side", &s.id, "label"), &mut s.label);
    }
    for a in &mut ds.actors {
        f(key("actor", &a.id, "name"), &mut a.name);
        opt(key("actor", &a.id, "role"), &mut a.role, f);
    }
    for p in &mut ds.places {
        f(key("place", &p.id, "name"), &mut p.name);
    }
    for t in &mut ds.topics {
        f(key("topic", &t.id, "label"), &mut t.label);
    }
    for e in &mut ds.events {
        f(key("event", &e.id, "title"), &mut e.title);
        f(key("event", &e.id, "summary"), &mut e.summary);
        opt(key("event", &e.id, "outcome"), &mut e.outcome, f);
        opt(key("event", &e.id, "date_basis"), &mut e.date_basis, f);
        opt(key("event", &e.id, "place_basis"), &mut e.place_basis, f);
        corrections("event", &e.id, &mut e.corrections, f);
    }
    for s in &mut ds.statements {
        f(key("statement", &s.id, "quote"), &mut s.quote);
        opt(key("statement", &s.id, "date_basis"), &mut s.date_basis, f);
        corrections("statement", &s.id, &mut s.corrections, f);
    }
    for c in &mut ds.claims {
        f(key("claim", &c.id, "title"), &mut c.title);
        f(key("claim", &c.id, "summary"), &mut c.summary);
        for s in &mut c.sides {
            f(
                key("claim", &c.id, &format!("side.{}.label", s.side)),
                &mut s.label,
            );
            opt(
                key("claim", &c.id, &format!("side.{}.note", s.side)),
                &mut s.note,
                f,
            );
        }
        corrections("claim", &c.id, &mut c.corrections, f);
    }
}

/// [`visit`]'s step for an item's corrections, each keyed by its day.
fn corrections(
    kind: &str,
    id: &str,
    list: &mut [Correction],
    f: &mut dyn FnMut(String, &mut String),
) {
    for c in list {
        f(key(kind, id, &correction_field(c.date)), &mut c.text);
    }
}

/// Every reader-facing text of `ds` by key, in dataset order.
pub fn texts(ds: &Dataset) -> Vec<(String, String)> {
    let mut out = Vec::new();
    visit(&mut ds.clone(), &mut |k, t| out.push((k, t.clone())));
    out
}

/// `key`'s item id and field, for a problem's location: `event.x.title` is (`x`, `title`).
fn id_and_field(key: &str) -> (String, String) {
    let mut parts = key.splitn(3, '.');
    let kind = parts.next().unwrap_or_default();
    match (kind, parts.next(), parts.next()) {
        ("dataset", Some(field), _) => (String::new(), field.to_string()),
        (_, Some(id), Some(field)) => (id.to_string(), field.to_string()),
        _ => (String::new(), key.to_string()),
    }
}

/// The line of every table header in `text`, by its dotted path with quotes removed.
fn header_lines(text: &str) -> BTreeMap<String, usize> {
    let mut out = BTreeMap::new();
    for (i, line) in text.lines().enumerate() {
        let t = line.trim();
        if let Some(inner) = t.strip_prefix('[').and_then(|t| t.strip_suffix(']')) {
            let path: String = inner
                .split('.')
                .map(|p| p.trim().trim_matches('"'))
                .collect::<Vec<_>>()
                .join(".");
            out.insert(path, i + 1);
        }
    }
    out
}

/// The `(key, entry)` leaves of a translation file: tables holding an `en` key.
fn leaves(prefix: &str, table: &toml::Table, out: &mut Vec<(String, toml::Table)>) {
    for (name, value) in table {
        let path = if prefix.is_empty() {
            name.clone()
        } else {
            format!("{prefix}.{name}")
        };
        match value {
            toml::Value::Table(t) if t.contains_key("en") => out.push((path, t.clone())),
            toml::Value::Table(t) => leaves(&path, t, out),
            _ => out.push((path, toml::Table::new())),
        }
    }
}

/// Reads `dir/i18n/<lang>.toml` against `ds`. A text with no table is missing; one whose `en` is
/// not the dataset's English is stale: both are warnings, and the text is shown in English. A
/// table for no text of the dataset, or one without its translation, is an error. No file at
/// all is one warning: every text is shown in English.
pub fn load(dir: &Path, ds: &Dataset, lang: &str) -> Result<Checked, Report> {
    let path = dir.join("i18n").join(format!("{lang}.toml"));
    let shown = format!("{}", path.display());
    let problem = |line: Option<usize>, key: &str, message: String| {
        let (id, field) = id_and_field(key);
        Problem {
            file: shown.clone(),
            line,
            id: (!id.is_empty()).then_some(id),
            field: (!field.is_empty()).then_some(field),
            message,
        }
    };
    let mut checked = Checked {
        translation: Translation {
            lang: lang.to_string(),
            texts: BTreeMap::new(),
        },
        warnings: Vec::new(),
    };
    let Ok(text) = std::fs::read_to_string(&path) else {
        checked.warnings.push(Problem {
            file: shown.clone(),
            line: None,
            id: None,
            field: None,
            message: format!("no such file: every text is shown in English on the `{lang}` pages"),
        });
        return Ok(checked);
    };
    let table: toml::Table = toml::from_str(&text).map_err(|e| Report {
        problems: vec![Problem {
            file: shown.clone(),
            line: e.span().map(|s| text[..s.start].matches('\n').count() + 1),
            id: None,
            field: None,
            message: e.message().to_string(),
        }],
    })?;
    let lines = header_lines(&text);
    let english: BTreeMap<String, String> = texts(ds).into_iter().collect();
    let mut entries = Vec::new();
    leaves("", &table, &mut entries);
    let mut errors = Vec::new();
    for (k, entry) in entries {
        let line = lines.get(&k).copied();
        let source = entry.get("en").and_then(toml::Value::as_str);
        let translated = entry.get(lang).and_then(toml::Value::as_str).map(str::trim);
        let unknown: Vec<&String> = entry.keys().filter(|n| *n != "en" && *n != lang).collect();
        match (english.get(&k), source, translated) {
            (None, _, _) => errors.push(problem(line, &k, "no such text in the dataset (a typo in the id or field, or an item that was removed)".into())),
            (_, _, _) if !unknown.is_empty() => errors.push(problem(line, &k, format!("unknown key `{}`: a table holds `en` and `{lang}` only", unknown[0]))),
            (_, None, _) | (_, _, None) | (_, _, Some("")) => errors.push(problem(line, &k, format!("needs both `en` (the English it translates) and `{lang}` (the translation)"))),
            (Some(now), Some(was), Some(_)) if now != was => checked.warnings.push(problem(line, &k, "stale: the English has changed since this was translated; shown in English until `en` and the translation are updated".into())),
            (Some(_), Some(_), Some(t)) => {
                checked.translation.texts.insert(k, t.to_string());
            }
        }
    }
    if !errors.is_empty() {
        errors.sort_by_key(|p| p.line);
        return Err(Report { problems: errors });
    }
    for (k, _) in english {
        if !checked.translation.texts.contains_key(&k) && !lines.contains_key(&k) {
            checked
                .warnings
                .push(problem(None, &k, "no translation: shown in English".into()));
        }
    }
    Ok(checked)
}

/// `ds` in every language of [`LANGS`], each with what its translation lacks (see [`load`]).
pub fn editions(dir: &Path, ds: &Dataset) -> Result<Vec<(Dataset, Vec<Problem>)>, Report> {
    LANGS
        .iter()
        .map(|lang| {
            let checked = load(dir, ds, lang)?;
            Ok((localize(ds, &checked.translation), checked.warnings))
        })
        .collect()
}

/// The English names the translation changed, by id: `en` and `now` hold the same items in the
/// same order, and `id_name` reads an item's id and name.
fn renamed<'a, T>(
    en: &'a [T],
    now: &[T],
    id_name: fn(&T) -> (&String, &String),
) -> HashMap<&'a str, &'a str> {
    en.iter()
        .zip(now)
        .filter(|(en, now)| id_name(en).1 != id_name(now).1)
        .map(|(en, _)| {
            let (id, name) = id_name(en);
            (id.as_str(), name.as_str())
        })
        .collect()
}

/// Gives each event of `out` (the translation of `ds`) the English words its translation
/// replaced (title, summary, place and participants' names), which a search also matches; none
/// where nothing was replaced, so an untranslated dataset carries no second copy of its text.
fn keep_english_words(ds: &Dataset, out: &mut Dataset) {
    let places = renamed(&ds.places, &out.places, |p| (&p.id, &p.name));
    let actors = renamed(&ds.actors, &out.actors, |a| (&a.id, &a.name));
    for (e, en) in out.events.iter_mut().zip(&ds.events) {
        let mut words: Vec<&str> = Vec::new();
        words.extend((e.title != en.title).then_some(en.title.as_str()));
        words.extend((e.summary != en.summary).then_some(en.summary.as_str()));
        words.extend(en.place.as_deref().and_then(|p| places.get(p)).copied());
        words.extend(
            en.participants
                .iter()
                .filter_map(|a| actors.get(a.as_str()))
                .copied(),
        );
        e.search_en = (!words.is_empty()).then(|| words.join("\n"));
    }
}

/// `ds` with its texts in `t`'s language: each translated text replaces the English, but a quote,
/// which gets its translation beside it. Texts the translation lacks stay English and are listed
/// in [`summitry_data::Edition::english`] (so the widget marks them `lang="en"`); each event keeps its
/// English words for search ([`summitry_data::Event::search_en`]).
pub fn localize(ds: &Dataset, t: &Translation) -> Dataset {
    let mut out = ds.clone();
    if t.lang == "en" {
        return out;
    }
    let mut english = Vec::new();
    let mut quotes = BTreeMap::new();
    visit(&mut out, &mut |k, text| match t.texts.get(&k) {
        Some(tr) if k.ends_with(".quote") => {
            quotes.insert(k, tr.clone());
        }
        Some(tr) => *text = tr.clone(),
        None if k.ends_with(".quote") => {}
        None => english.push(k),
    });
    keep_english_words(ds, &mut out);
    for s in &mut out.statements {
        s.translation = quotes.remove(&key("statement", &s.id, "quote"));
    }
    out.edition.lang = t.lang.clone();
    out.edition.english = english;
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn real() -> Dataset {
        crate::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data"))
            .expect("data/ is valid")
    }

    #[test]
    fn every_text_of_the_real_dataset_is_translated_into_every_language() {
        let ds = real();
        for lang in LANGS {
            let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data");
            let checked = load(&dir, &ds, lang).unwrap_or_else(|r| panic!("{r}"));
            let listed: Vec<String> = checked.warnings.iter().map(|p| p.to_string()).collect();
            assert!(listed.is_empty(), "{lang}: {listed:#?}");
        }
    }

    /// The numbers of a text (digits, with thousands separators dropped: "1,200" and "1 200" are
    /// both 1200).
    fn numbers(text: &str) -> Vec<String> {
        let mut out = Vec::new();
        let mut current = String::new();
        let mut chars = text.chars().peekable();
        while let Some(c) = chars.next() {
            let next_is_digit = chars.peek().is_some_and(char::is_ascii_digit);
            if c.is_ascii_digit() {
                current.push(c);
            } else if !current.is_empty()
                && matches!(c, ',' | ' ' | '\u{a0}' | '\u{202f}')
                && next_is_digit
            {
                continue;
            } else if !current.is_empty() {
                out.push(std::mem::take(&mut current));
            }
        }
        out.extend((!current.is_empty()).then_some(current));
        out.sort();
        out
    }

    #[test]
    fn every_translation_keeps_the_numbers_and_dates_of_its_english() {
        let ds = real();
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data");
        let english: BTreeMap<String, String> = texts(&ds).into_iter().collect();
        for lang in LANGS {
            for (key, translated) in load(&dir, &ds, lang).unwrap().translation.texts {
                let en = &english[&key];
                assert_eq!(
                    numbers(translated.as_str()),
                    numbers(en),
                    "{lang} {key}: {translated:?} against {en:?}"
                );
            }
        }
        assert_eq!(
            numbers("at least 1,200 people on 23 July 2025"),
            ["1200", "2025", "23"]
        );
    }

    #[test]
    fn a_translated_dataset_replaces_texts_but_never_a_quote() {
        let ds = real();
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data");
        let uk = localize(&ds, &load(&dir, &ds, "uk").unwrap().translation);
        assert_eq!(uk.edition.lang, "uk");
        assert!(uk.edition.english.is_empty());
        let cart = |d: &Dataset| {
            d.statements
                .iter()
                .find(|s| s.quote.contains("cart before the horse"))
                .cloned()
                .expect("the cart remark is in the dataset")
        };
        assert_eq!(cart(&uk).quote, cart(&ds).quote);
        assert!(cart(&uk).translation.is_some_and(|t| !t.contains("cart")));
        let zelensky = uk.actor("zelensky").unwrap();
        assert_eq!(zelensky.name, "Володимир Зеленський");
        assert_ne!(uk.events[0].title, ds.events[0].title);
        assert!(uk.events[0]
            .search_en
            .as_deref()
            .unwrap()
            .contains(&ds.events[0].title));
    }

    fn write(dir: &Path, name: &str, text: &str) {
        std::fs::create_dir_all(dir.join("i18n")).unwrap();
        std::fs::write(dir.join("i18n").join(name), text).unwrap();
    }

    #[test]
    fn missing_stale_and_extra_texts_are_each_named_with_file_line_id_and_field() {
        let ds = real();
        let dir = std::env::temp_dir().join(format!("summitry-i18n-{}", std::process::id()));
        let title = &ds.events[0].title;
        let id = &ds.events[0].id;
        write(
            &dir,
            "fr.toml",
            &format!("[event.\"{id}\".title]\nen = \"An older title\"\nfr = \"Un titre\"\n"),
        );
        let checked = load(&dir, &ds, "fr").unwrap();
        let stale = &checked.warnings[0];
        assert_eq!(
            (stale.line, stale.id.as_deref(), stale.field.as_deref()),
            (Some(1), Some(id.as_str()), Some("title"))
        );
        assert!(stale.message.starts_with("stale"));
        assert!(checked.warnings[1..]
            .iter()
            .all(|p| p.message.starts_with("no translation")));
        let fr = localize(&ds, &checked.translation);
        assert!(
            fr.events.iter().all(|e| e.search_en.is_none()),
            "nothing translated, so no second copy of the English for search"
        );
        assert_eq!(
            &fr.events[0].title, title,
            "a stale text is shown in English"
        );
        assert_eq!(fr.edition.lang_of("event", id, "title"), "en");
        assert_eq!(fr.edition.lang_of("actor", "zelensky", "role"), "en");

        write(
            &dir,
            "fr.toml",
            "\n[event.no-such-event.title]\nen = \"x\"\nfr = \"y\"\n",
        );
        let report = load(&dir, &ds, "fr").unwrap_err();
        let p = &report.problems[0];
        assert_eq!(
            (p.line, p.id.as_deref(), p.field.as_deref()),
            (Some(2), Some("no-such-event"), Some("title"))
        );
        assert!(p.file.ends_with("fr.toml"));
        let _ = std::fs::remove_dir_all(&dir);
    }
}
