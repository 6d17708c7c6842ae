//! `summitry-build`: finishes a trunk build (a `post_build` hook, see Trunk.toml). It
//!
//! 1. validates the dataset (`SUMMITRY_DATA`, default `data/`) and packs it into a core file and
//!    chunk files under `data/`, named by their content's hash;
//! 2. writes the open data (`data/summitry.json`, `data/summitry-events.csv`,
//!    `data/summitry-statements.csv`);
//! 3. renders the widget's opening view from the same components the live widget runs, moves its
//!    style attributes into a stylesheet, and bundles every stylesheet into one file;
//! 4. writes the page loader (`boot-<hash>.js`) and rewrites index.html: the rendered view, the
//!    JSON-LD (after the view), preloads, and no inline script, so the page runs under a strict
//!    CSP;
//! 5. leaves `.summitry-build` (a list of what it wrote) and `.summitry-embed.html` (the opening
//!    view for script embeds) for `cargo xtask dist`, which writes the single file and the script
//!    embed from them.
//!
//! Usage: `summitry-build [--dist DIR] [--data DIR]`; under trunk the folder comes from
//! `TRUNK_STAGING_DIR`.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use summitry::prerender::{self, extract_styles, minify_css};
use summitry::{footer, Host};
use summitry_check::pack::{content_hash, pack, Policy};
use summitry_check::{export, i18n};
use summitry_data::Dataset;
use summitry_model::flags::{Flags, Lang};

/// Where the rendered view goes in index.html.
const MOUNT: &str = "<div id=\"summitry\"></div>";
/// Separates the two renders that share one extracted stylesheet.
const SPLIT: &str = "<!--summitry-split-->";
/// Where a script embed puts its own folder into the rendered view's links.
pub const BASE_PLACEHOLDER: &str = "__SUMMITRY_BASE__";
/// At most this many events are described in the page's JSON-LD and its no-script list: the
/// page's size must not grow with the dataset, and at scale these two were half of it (100
/// events: 47 KB gzip of a 100 KB page at 10,000 events). About as many as the real dataset has
/// (13), so a page at any size describes about what the real one does. Every event is in the
/// data files.
const DESCRIBED: usize = 15;
/// At most this many comparisons are described there, the featured ones first, then the most
/// recent: at 10,000 generated events the 161 comparisons' quotes were 30 KB gzip of the page.
/// Again about the real dataset's number (7).
const DESCRIBED_CLAIMS: usize = 8;

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("summitry-build: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> Result<(), String> {
    let mut dist: Option<PathBuf> = std::env::var_os("TRUNK_STAGING_DIR").map(PathBuf::from);
    let mut data: PathBuf = std::env::var_os("SUMMITRY_DATA")
        .filter(|d| !d.is_empty())
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("data"));
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--dist" => dist = args.next().map(PathBuf::from),
            "--data" => {
                data = args
                    .next()
                    .map(PathBuf::from)
                    .ok_or("--data needs a folder")?
            }
            other => return Err(format!("unknown argument `{other}`")),
        }
    }
    let dist = dist.ok_or("no --dist folder (trunk sets TRUNK_STAGING_DIR)")?;
    let ds = summitry_check::load(&data)
        .map_err(|report| format!("the dataset in {} has problems:\n{report}", data.display()))?;
    let translated = i18n::editions(&data, &ds)
        .map_err(|report| format!("the translations have problems:\n{report}"))?;
    let mut editions = vec![(Lang::En, ds.clone())];
    for (edition, warnings) in translated {
        let lang = Lang::from_tag(&edition.edition.lang)
            .ok_or_else(|| format!("no interface speaks `{}`", edition.edition.lang))?;
        report_untranslated(lang, &warnings);
        editions.push((lang, edition));
    }
    build(&dist, ds, editions)
}

/// Says which texts a language's pages show in English (at most a screenful, then a count).
fn report_untranslated(lang: Lang, warnings: &[summitry_check::Problem]) {
    const SHOWN: usize = 12;
    if warnings.is_empty() {
        return;
    }
    println!(
        "summitry-build: {} text(s) of the {} pages are shown in English (marked lang=\"en\"):",
        warnings.len(),
        lang.tag()
    );
    for w in warnings.iter().take(SHOWN) {
        println!("  {w}");
    }
    if warnings.len() > SHOWN {
        println!("  ... and {} more", warnings.len() - SHOWN);
    }
}

/// The page of each language: index.html is English.
pub fn page_name(lang: Lang) -> String {
    match lang {
        Lang::En => "index.html".into(),
        other => format!("{}.html", other.tag()),
    }
}

fn write(path: &Path, bytes: impl AsRef<[u8]>) -> Result<(), String> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)
            .map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    }
    std::fs::write(path, bytes).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

fn read(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
}

/// The one file in `dist` whose name starts with `prefix` and ends with `suffix`.
fn find(dist: &Path, prefix: &str, suffix: &str) -> Result<String, String> {
    let entries =
        std::fs::read_dir(dist).map_err(|e| format!("cannot list {}: {e}", dist.display()))?;
    let names: Vec<String> = entries
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(prefix) && n.ends_with(suffix))
        .collect();
    match names.as_slice() {
        [one] => Ok(one.clone()),
        _ => Err(format!(
            "expected one {prefix}*{suffix} in {}, found {names:?}",
            dist.display()
        )),
    }
}

/// What one language's edition of the dataset became: its core file, and its view rendered for
/// the page and for the script embed.
struct Edition {
    lang: Lang,
    core: String,
    chunks: Vec<String>,
    page: String,
    embed: String,
}

/// Packs one language's edition into `data_dir` (core and chunks, named by their content) and
/// renders its opening view, in a thread of its own: the renderer's dataset is one per thread.
fn pack_and_render(data_dir: &Path, lang: Lang, ds: Dataset) -> Result<Edition, String> {
    let packed = pack(&ds, Policy::default());
    let core = format!("core-{}.bin", content_hash(&packed.core));
    write(&data_dir.join(&core), &packed.core)?;
    for (file, bytes) in &packed.chunks {
        write(&data_dir.join(file), bytes)?;
    }
    let (page, embed) = std::thread::scope(|scope| {
        scope
            .spawn(|| -> Result<(String, String), String> {
                prerender::install(&packed.core)?;
                let flags = Flags {
                    lang: Some(lang),
                    ..Flags::default()
                };
                let page = prerender::render(Host {
                    flags: flags.clone(),
                    initial: Default::default(),
                    page: true,
                    downloads: footer::Downloads::default(),
                    outlines: None,
                });
                let embed = prerender::render(Host {
                    flags,
                    initial: Default::default(),
                    page: false,
                    downloads: footer::Downloads::Beside(format!(
                        "{BASE_PLACEHOLDER}{}",
                        footer::DATA_DIR
                    )),
                    outlines: None,
                });
                Ok((page, embed))
            })
            .join()
            .map_err(|_| format!("rendering the {} view panicked", lang.tag()))?
    })?;
    Ok(Edition {
        lang,
        core,
        chunks: packed.chunks.iter().map(|(file, _)| file.clone()).collect(),
        page,
        embed,
    })
}

fn build(dist: &Path, ds: Dataset, editions: Vec<(Lang, Dataset)>) -> Result<(), String> {
    let index_path = dist.join("index.html");
    let index = read(&index_path)?;
    if !index.contains(MOUNT) {
        return Err(format!(
            "{} has no {MOUNT} to render the widget into",
            index_path.display()
        ));
    }
    let data_dir = dist.join("data");
    // 1. The open data: every language in the JSON, the English in the CSV files.
    let localized: Vec<&Dataset> = editions.iter().skip(1).map(|(_, d)| d).collect();
    write(
        &data_dir.join("summitry.json"),
        export::to_json_string_with(&ds, &localized),
    )?;
    write(
        &data_dir.join("summitry-events.csv"),
        export::events_csv(&ds),
    )?;
    write(
        &data_dir.join("summitry-statements.csv"),
        export::statements_csv(&ds),
    )?;

    // 2. Each language's data files and opening view: the page's, and the script embed's (whose
    //    links point at its own folder, filled in by the embed script).
    let mut rendered = Vec::new();
    let mut described_by = Vec::new();
    for (lang, edition) in editions {
        described_by.push(described(&edition));
        rendered.push(pack_and_render(&data_dir, lang, edition)?);
    }
    let joined: Vec<String> = rendered
        .iter()
        .flat_map(|e| [e.page.clone(), e.embed.clone()])
        .collect();
    let (all, extracted) = extract_styles(&joined.join(SPLIT))?;
    let mut views = all.split(SPLIT);

    // 3. One stylesheet: trunk's, in page order, then the map's tints and the extracted styles.
    let (index, sheets) = take_links(&index)?;
    let mut css = String::new();
    for sheet in &sheets {
        css.push_str(&read(&dist.join(sheet))?);
        css.push('\n');
        let _ = std::fs::remove_file(dist.join(sheet));
    }
    css.push_str(&summitry::geo_tint_css());
    css.push_str(&extracted);
    let css = minify_css(&css);
    let css_file = format!("summitry-{}.css", content_hash(css.as_bytes()));
    write(&dist.join(&css_file), &css)?;
    let wasm = find(dist, "summitry-", "_bg.wasm")?;
    let glue = format!("{}.js", wasm.trim_end_matches("_bg.wasm"));

    // 4. A loader and a page per language.
    for (edition, described) in rendered.iter().zip(&described_by) {
        let (page, embed) = (
            views.next().ok_or("the split marker was lost")?,
            views.next().ok_or("the split marker was lost")?,
        );
        // The early answers go to the end of the page, after everything a first paint needs;
        // the script embed's loader does not show them.
        let (page, early) = take_early(page)?;
        let (embed, _) = take_early(embed)?;
        let boot = prerender::strip_js_comments(include_str!("../../web/boot.js"))
            .replace("__GLUE__", &glue)
            .replace("__WASM__", &wasm)
            .replace("__CORE__", &edition.core);
        let boot_file = format!("boot-{}.js", content_hash(boot.as_bytes()));
        write(&dist.join(&boot_file), &boot)?;
        let page_html = page_html(&index, edition.lang, &css_file, &glue, &wasm, &boot_file)
            .replacen(MOUNT, &mount_html(described, &ds, &page, &early), 1);
        write(&dist.join(page_name(edition.lang)), &page_html)?;
        // 5. What `cargo xtask dist` needs for the language's single file and script embed.
        let (list, embed_file) = match edition.lang {
            Lang::En => (
                ".summitry-build".to_string(),
                ".summitry-embed.html".to_string(),
            ),
            other => (
                format!(".summitry-build.{}", other.tag()),
                format!(".summitry-embed.{}.html", other.tag()),
            ),
        };
        let mut manifest = format!(
            "glue {glue}\nwasm {wasm}\ncss {css_file}\nboot {boot_file}\ncore data/{}\n\
             lang {}\npage {}\nembed {embed_file}\n",
            edition.core,
            edition.lang.tag(),
            page_name(edition.lang),
        );
        for file in &edition.chunks {
            manifest.push_str(&format!("chunk data/{file}\n"));
        }
        write(&dist.join(list), manifest)?;
        write(&dist.join(embed_file), &embed)?;
        println!(
            "summitry-build: {} ({}): a {}-byte core; {} styles moved to {css_file}",
            page_name(edition.lang),
            edition.lang.tag(),
            std::fs::metadata(data_dir.join(&edition.core)).map_or(0, |m| m.len()),
            extracted.lines().count()
        );
    }
    Ok(())
}

/// The page's head for `lang`: its language, the stylesheet, the wasm and glue fetched early,
/// and its loader.
fn page_html(index: &str, lang: Lang, css: &str, glue: &str, wasm: &str, boot: &str) -> String {
    // The stylesheet is all the first paint needs. The wasm is fetched at once but at low
    // priority, so on a slow line it does not take the bandwidth the page and its stylesheet need
    // first (the page answers clicks before the wasm: web/boot.js). The core, which grows with
    // the dataset, is fetched by the loader once the page is in.
    let head = format!(
        "<link rel=\"stylesheet\" href=\"./{css}\">\n\
         <link rel=\"modulepreload\" href=\"./{glue}\" fetchpriority=\"low\">\n\
         <link rel=\"preload\" href=\"./{wasm}\" as=\"fetch\" type=\"application/wasm\" crossorigin fetchpriority=\"low\">\n\
         <script type=\"module\" src=\"./{boot}\"></script>\n"
    );
    index
        .replacen(
            "<html lang=\"en\">",
            &format!("<html lang=\"{}\">", lang.tag()),
            1,
        )
        .replacen("</head>", &format!("{head}</head>"), 1)
}

/// The rendered view in its mount, then (for search engines, which read it anywhere in the page,
/// and so that the first paint never waits for them) the no-script text, the early answers and
/// the JSON-LD.
fn mount_html(described: &Dataset, ds: &Dataset, page: &str, early: &str) -> String {
    let json_ld = export::to_json_ld(described)
        .to_string()
        .replace("</", "<\\/");
    let noscript = prerender::noscript(described, ds.events.len(), ds.claims.len());
    format!(
        "<div id=\"summitry\">{page}</div>\n<noscript>{noscript}</noscript>\n{early}\n\
         <script type=\"application/ld+json\">{json_ld}</script>"
    )
}

/// The part of the dataset the page describes in JSON-LD and for readers without JavaScript: the
/// most recent events, the statements of those events, and the featured and most recent
/// comparisons with their statements.
fn described(ds: &Dataset) -> Dataset {
    let mut events = ds.events.clone();
    events.sort_by_key(|e| std::cmp::Reverse(e.when.date));
    events.truncate(DESCRIBED);
    events.sort_by_key(|e| e.when.date);
    let kept = |id: &Option<String>| {
        id.as_deref()
            .is_some_and(|id| events.iter().any(|e| e.id == id))
    };
    // A comparison is as recent as its latest statement.
    let dates: std::collections::HashMap<&str, time::Date> = ds
        .statements
        .iter()
        .map(|s| (s.id.as_str(), s.when.date))
        .collect();
    let latest = |c: &summitry_data::Claim| {
        c.sides
            .iter()
            .flat_map(|s| s.statements.iter())
            .filter_map(|id| dates.get(id.as_str()).copied())
            .max()
    };
    let mut ranked: Vec<&summitry_data::Claim> = ds.claims.iter().collect();
    ranked.sort_by_key(|c| (std::cmp::Reverse(c.featured), std::cmp::Reverse(latest(c))));
    ranked.truncate(DESCRIBED_CLAIMS);
    let claims: Vec<summitry_data::Claim> = ds
        .claims
        .iter()
        .filter(|c| ranked.iter().any(|r| r.id == c.id))
        .cloned()
        .collect();
    let cited: Vec<&str> = claims
        .iter()
        .flat_map(|c| c.sides.iter().flat_map(|s| s.statements.iter()))
        .map(String::as_str)
        .collect();
    let whole = events.len() == ds.events.len();
    let since = events.first().map(|e| e.when.date);
    let statements = ds
        .statements
        .iter()
        .filter(|s| {
            whole
                || kept(&s.event)
                || cited.contains(&s.id.as_str())
                || (s.event.is_none() && since.is_some_and(|d| s.when.date >= d))
        })
        .cloned()
        .collect();
    Dataset {
        events,
        statements,
        claims,
        ..ds.clone()
    }
}

/// Cuts the early answers' template (`<template id="sm-early">`, see `src/map/early_answers.rs`)
/// out of `html`: (the rest, the template).
fn take_early(html: &str) -> Result<(String, String), String> {
    let Some((rest, template)) = summitry_html::cut(html, "template#sm-early")? else {
        return Ok((html.to_string(), String::new()));
    };
    if summitry_html::count(&template, "template template")? > 0 {
        return Err("the early answers' template holds another template".into());
    }
    Ok((rest, template))
}

/// Removes trunk's `<link rel="stylesheet" href="...">` tags (of its own files, not another
/// site's) and what trunk leaves of its own `<link data-trunk ...>` tags; returns the page and
/// the stylesheets' files, in page order.
fn take_links(html: &str) -> Result<(String, Vec<String>), String> {
    let mut files = Vec::new();
    let html = summitry_html::rewrite(
        html,
        vec![summitry_html::element!("link", |el| {
            if el.has_attribute("data-trunk") {
                el.remove();
                return Ok(());
            }
            match summitry_html::attr(el, "href") {
                Some(href) if summitry_html::has_rel(el, "stylesheet") && !href.contains("://") => {
                    files.push(href.trim_start_matches("./").to_string());
                    el.remove();
                }
                _ => {}
            }
            Ok(())
        })],
    )?;
    Ok((html, files))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The real dataset with `copies` more of every event, statement and comparison (new ids,
    /// dates `n` years later, only the originals featured).
    fn grown(copies: usize) -> Dataset {
        let mut ds = summitry_check::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("data"))
            .expect("data/ is valid");
        let (events, statements, claims) =
            (ds.events.clone(), ds.statements.clone(), ds.claims.clone());
        for n in 1..=copies {
            let later = |d: time::Date| d.replace_year(d.year() + n as i32).unwrap_or(d);
            let id = |s: &str| format!("{s}-{n}");
            ds.events.extend(events.iter().map(|e| {
                let mut e = e.clone();
                e.id = id(&e.id);
                e.when.date = later(e.when.date);
                e
            }));
            ds.statements.extend(statements.iter().map(|s| {
                let mut s = s.clone();
                s.id = id(&s.id);
                s.event = s.event.as_deref().map(id);
                s.when.date = later(s.when.date);
                s
            }));
            ds.claims.extend(claims.iter().map(|c| {
                let mut c = c.clone();
                c.id = id(&c.id);
                c.featured = false;
                for side in &mut c.sides {
                    side.statements = side.statements.iter().map(|s| id(s)).collect();
                }
                c
            }));
        }
        ds
    }

    /// The test ids of the map's buttons (at every width) over `store`, as the live widget draws
    /// its opening view.
    fn opening_buttons(store: &summitry_data::Store) -> std::collections::BTreeSet<String> {
        use summitry_model::map::{call_arcs, markers, view_box, viewport};
        let shown = store.events();
        let o = summitry_model::overlay::draw(
            &markers(store, &shown),
            &call_arcs(store, &shown),
            Lang::En,
            summitry_model::i18n::texts(Lang::En),
            &view_box(&viewport(), None),
            None,
        );
        o.buttons.into_iter().map(|b| b.testid).collect()
    }

    /// The page's opening view in English over `core` (installed for this thread).
    fn english_page(core: &[u8]) -> String {
        prerender::install(core).unwrap();
        prerender::render(Host {
            flags: Flags {
                lang: Some(Lang::En),
                ..Flags::default()
            },
            initial: Default::default(),
            page: true,
            ..Default::default()
        })
    }

    #[test]
    fn at_scale_the_page_shows_the_opening_view_the_widget_starts_with() {
        // The store is per thread: render on a thread of its own.
        std::thread::spawn(|| {
            let ds = grown(25);
            assert!(
                ds.events.len() > Policy::default().inline_all,
                "chunks are made"
            );
            let packed = pack(&ds, Policy::default());
            let page = english_page(&packed.core);
            let in_page: std::collections::BTreeSet<String> = page
                .split("data-testid=\"")
                .skip(1)
                .filter_map(|rest| rest.split('"').next())
                .filter(|id| id.starts_with("marker-") || id.starts_with("call-"))
                .map(str::to_string)
                .collect();
            let core = summitry_data::pack::Core::decode(&packed.core).unwrap();
            let live = opening_buttons(&summitry_data::Store::new(core));
            assert_eq!(in_page, live);
            // The whole dataset would draw another map: the test tells them apart.
            assert_ne!(
                live,
                opening_buttons(&summitry_data::Store::from_dataset(ds))
            );
        })
        .join()
        .unwrap();
    }

    #[test]
    fn a_call_line_of_one_call_shows_an_empty_count_as_the_live_widget_does() {
        std::thread::spawn(|| {
            let packed = pack(&grown(0), Policy::default());
            let page = english_page(&packed.core);
            // The stylesheet hides an `:empty` count; a space would be laid out.
            assert!(page.contains("<span class=\"sm-marker__count\"></span>"));
            assert!(!page.contains("<span class=\"sm-marker__count\"> </span>"));
        })
        .join()
        .unwrap();
    }

    #[test]
    fn trunks_stylesheets_are_taken_out_even_with_a_quoted_angle_bracket() {
        // A scan that ends a tag at its first `>` would end this one inside its title, keep the
        // stylesheet in the page and never read its file.
        let (html, files) = take_links(
            "<head><link title=\"a > b\" rel=\"stylesheet\" href=\"./a.css\">\
             <!-- <link rel=\"stylesheet\" href=\"./c.css\"> -->\
             <link rel=\"stylesheet\" href=\"https://cdn.example/b.css\">\
             <link data-trunk rel=\"css\" href=\"style/x.css\" /><link rel=\"icon\" href=\"data:,\" /></head>",
        )
        .unwrap();
        assert_eq!(files, ["a.css"]);
        assert_eq!(
            html,
            "<head><!-- <link rel=\"stylesheet\" href=\"./c.css\"> -->\
             <link rel=\"stylesheet\" href=\"https://cdn.example/b.css\">\
             <link rel=\"icon\" href=\"data:,\" /></head>"
        );
    }

    #[test]
    fn the_early_answers_are_cut_out_whole() {
        let early = "<template id=\"sm-early\"><div data-early=\"e:x\" title=\"</template>\">\
                     <p>x</p></div></template>";
        let (rest, template) = take_early(&format!("<div>{early}</div><p>after</p>")).unwrap();
        assert_eq!(rest, "<div></div><p>after</p>");
        assert_eq!(template, early);
        assert_eq!(
            take_early("<p>none</p>").unwrap(),
            ("<p>none</p>".to_string(), String::new())
        );
        assert!(take_early("<template id=\"sm-early\"><template></template></template>").is_err());
    }

    #[test]
    fn the_map_buttons_offer_their_answers_and_the_page_holds_them() {
        std::thread::spawn(|| {
            let packed = pack(&grown(0), Policy::default());
            let page = english_page(&packed.core);
            let (rest, early) = take_early(&page).unwrap();
            let keys: std::collections::BTreeSet<&str> = rest
                .split("data-early=\"")
                .skip(1)
                .filter_map(|r| r.split('"').next())
                .collect();
            assert!(!keys.is_empty(), "the buttons carry keys");
            for key in keys {
                assert!(
                    early.contains(&format!("<div data-early=\"{key}\">")),
                    "{key} is answered"
                );
            }
            // Each render collects its own answers: none are left over for the next.
            assert_eq!(english_page(&packed.core), page);
        })
        .join()
        .unwrap();
    }

    #[test]
    fn a_small_dataset_is_described_whole() {
        let ds = grown(0);
        let d = described(&ds);
        assert_eq!(d.events.len(), ds.events.len());
        assert_eq!(d.statements.len(), ds.statements.len());
        assert_eq!(d.claims.len(), ds.claims.len());
    }

    #[test]
    fn a_large_dataset_is_described_by_its_recent_events_and_featured_and_recent_comparisons() {
        let ds = grown(4);
        let d = described(&ds);
        assert_eq!(d.events.len(), DESCRIBED);
        assert_eq!(d.claims.len(), DESCRIBED_CLAIMS);
        let newest = ds.events.iter().map(|e| e.when.date).max();
        assert_eq!(d.events.last().map(|e| e.when.date), newest);
        let featured: Vec<&str> = ds
            .claims
            .iter()
            .filter(|c| c.featured)
            .map(|c| c.id.as_str())
            .collect();
        assert!(!featured.is_empty());
        for id in featured {
            assert!(
                d.claims.iter().any(|c| c.id == id),
                "featured {id} is described"
            );
        }
        assert!(
            d.claims.iter().any(|c| c.id.ends_with("-4")),
            "the newest copies are described"
        );
        assert!(
            !d.claims.iter().any(|c| c.id.ends_with("-1")),
            "older ones are not"
        );
        for c in &d.claims {
            for id in c.sides.iter().flat_map(|s| &s.statements) {
                assert!(
                    d.statements.iter().any(|s| &s.id == id),
                    "{} cites {id}, which is described",
                    c.id
                );
            }
        }
        let html = prerender::noscript(&d, ds.events.len(), ds.claims.len());
        assert!(
            html.contains(&format!(
                "{DESCRIBED_CLAIMS} of {} comparisons",
                ds.claims.len()
            )),
            "{html}"
        );
    }
    /// The real dataset in `lang` with a correction on its first event, on the cart remark and
    /// on the featured comparison, rendered (on a thread of its own) with `initial` open.
    fn corrected_page(lang: Lang, initial: summitry_model::route::Route) -> (Dataset, String) {
        let mut ds = grown(0);
        let day = time::macros::date!(2026 - 12 - 01);
        let fix = |text: &str| summitry_data::Correction {
            date: day,
            text: text.into(),
        };
        ds.edition.updated = Some(time::macros::date!(2026 - 12 - 06));
        ds.events[0]
            .corrections
            .push(fix("The date of the call was corrected."));
        let cart = ds
            .statements
            .iter_mut()
            .find(|s| s.quote.contains("cart before the horse"))
            .expect("the cart remark");
        cart.corrections
            .push(fix("The remark was attributed to the Kremlin spokesman."));
        ds.claims[0]
            .corrections
            .push(fix("The title of the comparison was shortened."));
        let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
        let ds = match lang {
            Lang::En => ds,
            other => {
                let t = i18n::load(&data, &ds, other.tag()).unwrap().translation;
                i18n::localize(&ds, &t)
            }
        };
        let core = pack(&ds, Policy::default()).core;
        let html = std::thread::spawn(move || {
            prerender::install(&core).unwrap();
            prerender::render(Host {
                flags: Flags {
                    lang: Some(lang),
                    ..Flags::default()
                },
                initial,
                page: true,
                ..Default::default()
            })
        })
        .join()
        .unwrap();
        (ds, html)
    }

    #[test]
    fn a_correction_shows_on_its_item_and_in_the_footer() {
        let first = grown(0).events[0].id.clone();
        let initial = summitry_model::route::Route {
            event: Some(first.clone()),
            ..Default::default()
        };
        let (_, html) = corrected_page(Lang::En, initial);
        assert!(
            html.contains(&format!("data-testid=\"corrected-{first}\"")),
            "on the event"
        );
        let footer = &html[html
            .find("data-testid=\"corrections\"")
            .expect("the footer lists them")..];
        for text in [
            "The date of the call was corrected.",
            "The remark was attributed to the Kremlin spokesman.",
            "The title of the comparison was shortened.",
        ] {
            assert!(footer.contains(text), "{text} is in the footer");
        }
        assert!(footer.contains("Corrected on") || html.contains("Corrected on"));
        assert!(footer.contains("1 December 2026"));
    }

    #[test]
    fn a_translated_comparison_keeps_the_quote_and_labels_the_editors_translation() {
        let initial = summitry_model::route::Route {
            view: summitry_model::route::View::Compare,
            ..Default::default()
        };
        let (ds, html) = corrected_page(Lang::Uk, initial);
        let cart = ds
            .statements
            .iter()
            .find(|s| s.quote.contains("cart before the horse"))
            .unwrap();
        let card = &html[html
            .find(&format!("data-testid=\"statement-{}\"", cart.id))
            .expect("the cart remark is shown")..];
        let card = &card[..card.find("</li>").unwrap()];
        assert!(
            card.contains("lang=\"en\""),
            "the quote is marked English: {card}"
        );
        assert!(
            card.contains("put the cart before the horse a little bit"),
            "verbatim: {card}"
        );
        assert!(
            card.contains("Переклад редакції"),
            "the translation is labelled: {card}"
        );
        let translation = cart.translation.as_deref().unwrap();
        assert!(card.contains(translation), "beside it: {card}");
        assert!(
            card.contains("Виправлено"),
            "its correction, in Ukrainian: {card}"
        );
        let h1 = &html[html.find("<h1").unwrap()..];
        let h1 = &h1[..h1.find("</h1>").unwrap()];
        assert!(h1.contains("lang=\"uk\"") && h1.ends_with(&ds.name), "{h1}");
    }
}
