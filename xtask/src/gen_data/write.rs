//! Writes a generated dataset as the eight TOML files of a data folder and the article texts in
//! `sources/`, through buffered writers; field order follows data/*.toml.

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::Path;

use summitry_editor::toml_out::quoted;

use super::model::{file_id, Dataset, Status};
use super::vocab::TOPICS;

/// What was written: (file count, bytes) for the TOML files and for the article texts.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Written {
    /// TOML files.
    pub toml_files: usize,
    /// Their bytes.
    pub toml_bytes: u64,
    /// Article texts.
    pub articles: usize,
    /// Their bytes.
    pub article_bytes: u64,
}

/// Writes TOML key/value lines.
struct Toml<W: Write> {
    w: W,
    bytes: u64,
}

impl<W: Write> Toml<W> {
    fn raw(&mut self, s: &str) -> io::Result<()> {
        self.bytes += s.len() as u64;
        self.w.write_all(s.as_bytes())
    }

    fn comment(&mut self, text: &str) -> io::Result<()> {
        for line in text.lines() {
            self.raw(if line.is_empty() { "#" } else { "# " })?;
            self.raw(line)?;
            self.raw("\n")?;
        }
        Ok(())
    }

    fn table(&mut self, name: &str) -> io::Result<()> {
        self.raw(&format!("\n[[{name}]]\n"))
    }

    fn str(&mut self, key: &str, value: &str) -> io::Result<()> {
        self.raw(&format!("{key} = {}\n", quoted(value)))
    }

    fn opt(&mut self, key: &str, value: Option<&str>) -> io::Result<()> {
        match value {
            Some(v) => self.str(key, v),
            None => Ok(()),
        }
    }

    fn list<'a>(&mut self, key: &str, values: impl IntoIterator<Item = &'a str>) -> io::Result<()> {
        let items: Vec<String> = values.into_iter().map(quoted).collect();
        self.raw(&format!("{key} = [{}]\n", items.join(", ")))
    }

    fn finish(mut self) -> io::Result<u64> {
        self.w.flush()?;
        Ok(self.bytes)
    }
}

fn create(dir: &Path, name: &str) -> io::Result<Toml<BufWriter<File>>> {
    let file = File::create(dir.join(name))?;
    Ok(Toml {
        w: BufWriter::with_capacity(1 << 16, file),
        bytes: 0,
    })
}

/// What one TOML file holds, written after its banner.
type Body = fn(&mut Toml<BufWriter<File>>, &Dataset) -> io::Result<()>;

/// The TOML files, in the order written, each with what it holds.
const FILES: [(&str, Body); 10] = [
    ("dataset.toml", dataset_file),
    ("sources.toml", sources_file),
    ("actors.toml", actors_file),
    ("places.toml", places_file),
    ("topics.toml", topics_file),
    ("i18n/uk.toml", |t, _| translations_file(t, "uk")),
    ("i18n/fr.toml", |t, _| translations_file(t, "fr")),
    ("events.toml", events_file),
    ("statements.toml", statements_file),
    ("claims.toml", claims_file),
];

/// Writes `ds` into `dir` (which exists), with `banner` as the first comment of every file.
pub fn write(ds: &Dataset, dir: &Path, banner: &str) -> io::Result<Written> {
    let mut written = Written::default();
    std::fs::create_dir_all(dir.join("i18n"))?;
    for (name, body) in FILES {
        let mut t = create(dir, name)?;
        t.comment(banner)?;
        body(&mut t, ds)?;
        written.toml_bytes += t.finish()?;
        written.toml_files += 1;
    }
    let (articles, article_bytes) = write_articles(ds, dir)?;
    written.articles = articles;
    written.article_bytes = article_bytes;
    Ok(written)
}

fn dataset_file<W: Write>(t: &mut Toml<W>, ds: &Dataset) -> io::Result<()> {
    t.str("name", &ds.name)?;
    t.str("description", &ds.description)
}

fn sources_file<W: Write>(t: &mut Toml<W>, ds: &Dataset) -> io::Result<()> {
    t.comment("The generated articles; their texts are in sources/<file>.")?;
    for s in &ds.sources {
        t.table("source")?;
        t.str("id", &s.id)?;
        t.str("outlet", &s.outlet)?;
        t.str("title", &s.title)?;
        t.str("published", &s.published.to_string())?;
        t.opt("published_basis", s.published_basis.as_deref())?;
        t.str("language", "en")?;
        t.str("file", &s.file)?;
        t.opt("url", s.url.as_deref())?;
    }
    Ok(())
}

fn actors_file<W: Write>(t: &mut Toml<W>, ds: &Dataset) -> io::Result<()> {
    for s in &ds.sides {
        t.table("side")?;
        t.str("id", &s.id)?;
        t.str("label", &s.label)?;
        t.opt("country", s.country.as_deref())?;
    }
    for a in &ds.actors {
        t.table("actor")?;
        t.str("id", &a.id)?;
        t.str("name", &a.name)?;
        t.str("kind", &file_id(a.kind))?;
        t.opt("role", a.role.as_deref())?;
        t.opt("country", a.country.as_deref())?;
        t.str("side", &ds.sides[a.side].id)?;
    }
    Ok(())
}

fn places_file<W: Write>(t: &mut Toml<W>, ds: &Dataset) -> io::Result<()> {
    for p in &ds.places {
        t.table("place")?;
        t.str("id", &p.id)?;
        t.str("name", &p.name)?;
        t.str("country", &p.country)?;
        t.raw(&format!("lat = {:.4}\nlon = {:.4}\n", p.lat, p.lon))?;
        if !p.capital_of.is_empty() {
            t.list("capital_of", p.capital_of.iter().map(String::as_str))?;
        }
    }
    Ok(())
}

fn topics_file<W: Write>(t: &mut Toml<W>, _: &Dataset) -> io::Result<()> {
    for (id, label, _, _, _, _) in &TOPICS {
        t.table("topic")?;
        t.str("id", id)?;
        t.str("label", label)?;
    }
    Ok(())
}

/// The topics' labels in the other interface languages; every other text stays English, as
/// the build reports.
fn translations_file<W: Write>(t: &mut Toml<W>, lang: &str) -> io::Result<()> {
    for (id, label, uk, fr, _, _) in &TOPICS {
        if let Some(text) = if lang == "uk" { *uk } else { *fr } {
            t.raw(&format!("\n[topic.{id}.label]\n"))?;
            t.str("en", label)?;
            t.str(lang, text)?;
        }
    }
    Ok(())
}

fn events_file<W: Write>(t: &mut Toml<W>, ds: &Dataset) -> io::Result<()> {
    for e in &ds.events {
        t.table("event")?;
        t.str("id", &e.id)?;
        t.str("kind", e.kind.as_str())?;
        t.str("status", e.status.as_str())?;
        t.str("title", &e.title)?;
        t.str("summary", &e.summary)?;
        t.opt("outcome", e.outcome.as_deref())?;
        t.str("date", &e.date.to_string())?;
        t.str("precision", e.precision.as_str())?;
        t.opt("date_end", e.date_end.map(|d| d.to_string()).as_deref())?;
        t.opt("date_basis", e.date_basis.as_deref())?;
        t.opt("place", e.place.map(|p| ds.places[p].id.as_str()))?;
        t.opt("place_basis", e.place_basis.as_deref())?;
        t.list(
            "participants",
            e.participants.iter().map(|&a| ds.actors[a].id.as_str()),
        )?;
        t.list("topics", e.topics.iter().map(|&i| TOPICS[i].0))?;
        t.list(
            "sources",
            e.sources.iter().map(|&s| ds.sources[s].id.as_str()),
        )?;
    }
    Ok(())
}

fn statements_file<W: Write>(t: &mut Toml<W>, ds: &Dataset) -> io::Result<()> {
    for s in &ds.statements {
        t.table("statement")?;
        t.str("id", &s.id)?;
        t.str("speaker", &ds.actors[s.speaker].id)?;
        t.str("date", &s.date.to_string())?;
        t.str("precision", s.precision.as_str())?;
        t.opt("date_basis", s.date_basis.as_deref())?;
        t.str("channel", s.channel.as_str())?;
        t.str("quote", &s.quote)?;
        if s.paraphrase {
            t.raw("paraphrase = true\n")?;
        }
        t.opt("context", s.context.as_deref())?;
        t.opt("event", s.event.map(|e| ds.events[e].id.as_str()))?;
        t.list("topics", s.topics.iter().map(|&i| TOPICS[i].0))?;
        t.str("source", &ds.sources[s.source].id)?;
    }
    Ok(())
}

fn claims_file<W: Write>(t: &mut Toml<W>, ds: &Dataset) -> io::Result<()> {
    for c in &ds.claims {
        t.table("claim")?;
        t.str("id", &c.id)?;
        t.str("kind", &file_id(c.kind))?;
        if c.featured {
            t.raw("featured = true\n")?;
        }
        if !c.terms.is_empty() {
            t.list("terms", c.terms.iter().map(String::as_str))?;
        }
        t.opt("event", c.event.map(|e| ds.events[e].id.as_str()))?;
        t.str("title", &c.title)?;
        t.str("summary", &c.summary)?;
        for s in &c.sides {
            t.table("claim.side")?;
            t.str("label", &s.label)?;
            t.str("side", &ds.sides[s.side].id)?;
            t.str("position", s.position.as_str())?;
            t.opt("note", s.note.as_deref())?;
            if !s.statements.is_empty() {
                t.list(
                    "statements",
                    s.statements.iter().map(|&i| ds.statements[i].id.as_str()),
                )?;
            }
        }
    }
    Ok(())
}

/// Writes each source's article into `dir/sources/`: (how many, their bytes).
fn write_articles(ds: &Dataset, dir: &Path) -> io::Result<(usize, u64)> {
    let texts = dir.join("sources");
    std::fs::create_dir_all(&texts)?;
    // Articles that announce a planned event say that dates may change.
    let mut planned = vec![false; ds.sources.len()];
    for e in ds.events.iter().filter(|e| e.status != Status::Held) {
        planned[e.sources[0]] = true;
    }
    let (mut count, mut bytes) = (0, 0);
    for (s, &planned) in ds.sources.iter().zip(&planned) {
        let text = article(s, planned);
        bytes += text.len() as u64;
        count += 1;
        std::fs::write(texts.join(&s.file), text)?;
    }
    Ok((count, bytes))
}

/// An article's text: outlet, headline and dateline as printed, then its paragraphs in order.
fn article(s: &super::model::Source, planned: bool) -> String {
    let mut paragraphs: Vec<&((usize, usize), String)> = s.paragraphs.iter().collect();
    paragraphs.sort_by_key(|(key, _)| *key);
    let mut out =
        String::with_capacity(paragraphs.iter().map(|p| p.1.len() + 2).sum::<usize>() + 512);
    if !s.outlet.starts_with('[') {
        out.push_str(&s.outlet);
        out.push('\n');
    }
    if !s.title.starts_with('[') {
        out.push_str(&s.title);
        out.push('\n');
    }
    match &s.published_basis {
        Some(_) => out.push_str(&s.published.long()),
        None => out.push_str(&format!("date {}", s.published)),
    }
    out.push_str("\n\n");
    // Consecutive statements on one event read as one paragraph.
    let mut last_event = None;
    for ((event, _), text) in paragraphs {
        let same = last_event == Some(*event) && *event != usize::MAX;
        if !out.ends_with("\n\n") {
            out.push_str(if same { " " } else { "\n\n" });
        }
        out.push_str(text);
        last_event = Some(*event);
    }
    out.push_str("\n\n");
    if planned {
        out.push_str("Dates of planned meetings may change.\n\n");
    }
    out.push_str(
        "This article was generated by `cargo xtask gen-data` for tests and benchmarks; its \
         outlet, people and events are fictional.\n",
    );
    out
}
