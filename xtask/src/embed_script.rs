//! The script embed (`<div data-summitry></div><script src=".../summitry-embed.js" defer></script>`),
//! as two classic scripts per language:
//! - `dist/summitry-embed[.lang].js`, the loader a host page loads (`web/embed-loader.js`, a few
//!   kilobytes): it reserves each widget's space and adds the widget's script when a widget
//!   nears the viewport;
//! - `dist/summitry-embed-<hash>.js`, the widget: the glue, the wasm, the dataset's core, the
//!   styles and the opening view inlined, then `web/embed.js`; named by its content, so a CDN
//!   may keep it forever, and the loader (which keeps its name) picks up a new build.
//!
//! Classic scripts, not modules, so a host page can load them from another origin without CORS;
//! with the wasm and the core inlined, the widget needs no further request to start; its chunk
//! and open-data files are fetched from the scripts' own folder.

use std::path::{Path, PathBuf};

use crate::manifest::{js_bytes, js_bytes_decoder, js_string, Manifest};
use crate::Result;

/// What the embed script inlines besides the glue.
#[derive(Debug)]
pub struct Parts<'a> {
    /// The wasm.
    pub wasm: &'a [u8],
    /// The dataset's core file.
    pub core: &'a [u8],
    /// Every stylesheet, for the shadow roots.
    pub css: &'a str,
    /// The opening view rendered by the build.
    pub html: &'a str,
    /// The language of the core and the view.
    pub lang: &'a str,
}

/// Resets everything a shadow host inherits from the host page (text-transform, letter-spacing,
/// font-style, cursor...): host rules on the host element beat `:host`, so the reset sits on our
/// own element inside the shadow root, which only inherits from the host. `all` leaves
/// `direction` alone, so a right-to-left host page would flip the widget: every interface language
/// is left-to-right.
pub const HOST_RESET: &str = ":host{display:block}.sm-root{all:initial;display:block;direction:ltr}.sm-root .sm-app{font-size:16px}";

/// Turns wasm-bindgen's ES-module glue (`--target web`) into the body of a classic script, and
/// wraps it with the inlined parts and `web/embed.js`.
pub fn classic_script(glue: &str, parts: &Parts) -> Result<String> {
    let mut body = String::with_capacity(glue.len() + parts.wasm.len() * 5 / 4 + 256);
    let mut saw_export_list = false;
    for line in glue.lines() {
        let trimmed = line.trim_start();
        if trimmed.starts_with("import ") {
            return Err(format!(
                "the wasm-bindgen glue imports another module (`{trimmed}`); a classic script cannot"
            ));
        }
        if trimmed.starts_with("export {") {
            saw_export_list = true;
            continue;
        }
        let line = line
            .strip_prefix("export ")
            .unwrap_or(line)
            // Only the default path of `__wbg_init` uses it; `initSync` below never does.
            .replace("import.meta.url", "document.baseURI");
        body.push_str(&line);
        body.push('\n');
    }
    if !saw_export_list || !body.contains("function initSync") {
        return Err(
            "this does not look like wasm-bindgen `--target web` glue (no initSync export)".into(),
        );
    }
    // The wasm and the core as a character per byte: UTF-8 takes a byte above 127 to two, which
    // gzip brings to about 1.1 times the bytes' own gzip (base64: 1.33). UTF8 is one such byte,
    // which embed.js checks, to say so when a host serves the script in another encoding.
    Ok(format!(
        "/*! Summitry script embed: mounts the widget in every [data-summitry] element. */\n\
         (function () {{\n\"use strict\";\n{body}\n\
         {}\nconst UTF8 = {};\nconst WASM = {};\nconst CORE = {};\nconst CSS = {};\nconst HTML = {};\nconst HTML_LANG = {};\n\
         {}\n}})();\n",
        js_bytes_decoder("bytes"),
        js_bytes(&[0xe9]),
        js_bytes(parts.wasm),
        js_bytes(parts.core),
        js_string(&format!("{}\n{HOST_RESET}", parts.css)),
        js_string(parts.html),
        js_string(parts.lang),
        include_str!("../../web/embed.js"),
    ))
}

/// About the height of the opening view in px, which the loader keeps free on each empty element
/// until the widget takes it over: measured in Chromium on the English build between 320 and
/// 1600 px wide (1,297 to 1,694 px; `tests/e2e/embed.test.mjs` checks it stays within a fifth of
/// the widget at 375 and 1280 px).
pub const RESERVE: u32 = 1450;

/// What a widget's element says when the widget's script cannot load, in the loader's language.
fn load_note(lang: &str) -> &'static str {
    match lang {
        "uk" => {
            "Не вдалося завантажити інтерактивну графіку. Оновіть сторінку, щоб спробувати ще раз."
        }
        "fr" => "Le graphique interactif n'a pas pu se charger. Rechargez la page pour réessayer.",
        _ => "This interactive graphic could not load. Reload the page to try again.",
    }
}

/// The loader: `web/embed-loader.js` with the widget script's name, the space to reserve and its
/// note in `lang`.
pub fn loader_script(app: &str, lang: &str) -> String {
    format!(
        "/*! Summitry script embed: loads the widget when a [data-summitry] element nears the viewport. */\n\
         (function () {{\n\"use strict\";\nconst APP = {};\nconst RESERVE = {};\nconst NOTE = {};\n{}}})();\n",
        js_string(app),
        RESERVE,
        // ASCII only: a host page that serves the loader in another encoding still reads it.
        js_string(load_note(lang))
            .chars()
            .map(|c| match c {
                c if c.is_ascii() => c.to_string(),
                c => format!("\\u{:04x}", c as u32),
            })
            .collect::<String>(),
        include_str!("../../web/embed-loader.js"),
    )
}

/// The widget script's name: `summitry-embed-` and 16 hex digits of its content's SHA-256.
pub fn app_name(script: &str) -> String {
    format!(
        "summitry-embed-{}.js",
        crate::manifest::content_hash(script.as_bytes())
    )
}

/// The widget script a loader names (`const APP = "..."`).
pub fn app_of(loader: &str) -> Option<String> {
    let rest = loader.split_once("const APP = \"")?.1;
    Some(rest.split_once('"')?.0.to_string())
}

/// Writes the language's loader and widget script from what the build put in `dist`; returns
/// the loader's path.
pub fn write(dist: &Path, m: &Manifest) -> Result<PathBuf> {
    let read = |p: &str| {
        let path = dist.join(p);
        std::fs::read(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))
    };
    let text = |p: &str| String::from_utf8(read(p)?).map_err(|_| format!("{p} is not UTF-8"));
    let glue = text(&m.glue)?;
    let (wasm, core, css, html) = (
        read(&m.wasm)?,
        read(&m.core)?,
        text(&m.css)?,
        text(&m.embed)?,
    );
    let script = classic_script(
        &glue,
        &Parts {
            wasm: &wasm,
            core: &core,
            css: &css,
            html: &html,
            lang: &m.lang,
        },
    )?;
    let app = app_name(&script);
    let write = |name: &str, text: &str| {
        let out = dist.join(name);
        std::fs::write(&out, text).map_err(|e| format!("cannot write {}: {e}", out.display()))?;
        Ok::<_, String>(out)
    };
    write(&app, &script)?;
    write(
        &m.named("summitry-embed", "js"),
        &loader_script(&app, &m.lang),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    const GLUE: &str = "export class Thing {\n}\nfunction initSync(module) {\n  return 1;\n}\nasync function __wbg_init(m) {\n  m = new URL('x_bg.wasm', import.meta.url);\n}\nexport { initSync, __wbg_init as default };\n";

    fn parts() -> Parts<'static> {
        Parts {
            wasm: &[0, 97, 115, 109],
            core: &[1, 2],
            css: ".sm-app{color:red}",
            html: "<div class=\"sm-app\">\"</script>\"</div>",
            lang: "en",
        }
    }

    #[test]
    fn the_module_becomes_a_classic_script_with_everything_inline() {
        let s = classic_script(GLUE, &parts()).unwrap();
        assert!(!s.contains("export "), "{s}");
        assert!(!s.contains("import.meta"), "{s}");
        assert!(s.contains("class Thing"));
        assert!(s.starts_with("/*!") && s.trim_end().ends_with("})();"));
        assert!(s.contains("const WASM = \"\\x00asm\";"), "{s}");
        assert!(s.contains("const CORE = \"\u{1}\u{2}\";"));
        assert!(s.contains("const UTF8 = \"\u{e9}\";"));
        assert!(
            s.contains(r#"const HTML = "<div class=\"sm-app\">\"<\/script>\"<\/div>";"#),
            "{s}"
        );
        assert!(
            s.contains(".sm-root{all:initial"),
            "the host reset is in the CSS"
        );
        assert!(
            s.contains("function mountOne"),
            "web/embed.js follows the glue"
        );
    }

    #[test]
    fn glue_that_imports_modules_is_refused() {
        let glue = format!("import * as snip from './snippets/x.js';\n{GLUE}");
        assert!(classic_script(&glue, &parts())
            .unwrap_err()
            .contains("imports another module"));
    }

    #[test]
    fn the_loader_names_the_widget_script_and_says_why_in_its_language() {
        let script = classic_script(GLUE, &parts()).unwrap();
        let app = app_name(&script);
        assert!(
            app.starts_with("summitry-embed-") && app.ends_with(".js"),
            "{app}"
        );
        assert_eq!(app.len(), "summitry-embed-".len() + 16 + 3);
        let loader = loader_script(&app, "fr");
        assert_eq!(app_of(&loader).as_deref(), Some(app.as_str()));
        assert!(loader.contains("const RESERVE = 1450;"), "{loader}");
        assert!(
            loader.contains("Le graphique interactif n'a pas pu"),
            "{loader}"
        );
        assert!(
            loader_script(&app, "uk").is_ascii(),
            "the loader reads the same in any encoding"
        );
        assert!(
            loader.contains("function load()"),
            "web/embed-loader.js follows"
        );
        assert!(
            !loader.contains("initSync"),
            "the loader carries no widget code"
        );
    }

    #[test]
    fn another_build_gets_another_widget_script_name() {
        let a = classic_script(GLUE, &parts()).unwrap();
        let b = classic_script(
            GLUE,
            &Parts {
                core: &[3],
                ..parts()
            },
        )
        .unwrap();
        assert_ne!(app_name(&a), app_name(&b));
    }

    #[test]
    fn something_else_is_refused() {
        assert!(classic_script("console.log(1)", &parts()).is_err());
    }
}
