//! The size budget: the gzip bytes each shipped form may weigh (`size-budget.toml`), checked on
//! the release build by `cargo xtask test` and printed by `cargo xtask size`.
//!
//! A form's weight is what a reader downloads before the widget answers: for the iframe page,
//! index.html, its loader, the glue, the wasm the opening view needs (with the split's loader), the
//! stylesheet and the dataset's core file (the data chunks, the views' split modules and the
//! open-data downloads come later, when asked for); for the opening wasm, that wasm and the split's
//! loader; for the wasm, all of its code (the opening wasm and every split module); for the script embed, its
//! loader (what every host page pays at load) and the loader with the widget's script (what a
//! reader who nears the widget downloads); for the single file, the one file. Bytes, not
//! timings: a test, not a benchmark.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;

use crate::manifest::Manifest;
use crate::sizes::{human, Sizes};
use crate::{single_file, workspace, Result};

/// The script embed's loader in dist/ (written by `embed_script`).
const EMBED_FILE: &str = "summitry-embed.js";

/// The budget file, at the workspace root.
pub const FILE: &str = "size-budget.toml";

/// One form's limits, in gzip bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Limit {
    /// Over this, the test fails.
    pub max_gzip: u64,
    /// Where the form should get to (the goal); reported, not enforced.
    pub goal_gzip: u64,
}

/// The whole budget: a limit per form, by name (`page`, `wasm`, `opening_wasm`, `embed_loader`,
/// `embed`, `single_file`).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(transparent)]
pub struct Budget(pub BTreeMap<String, Limit>);

/// The forms a budget must cover.
pub const FORMS: [&str; 6] = [
    "page",
    "wasm",
    "opening_wasm",
    "embed_loader",
    "embed",
    "single_file",
];

impl Budget {
    /// Parses `text` (the budget file's contents); every form must be there and nothing else.
    pub fn parse(text: &str) -> Result<Budget> {
        let budget: Budget = toml::from_str(text).map_err(|e| format!("{FILE}: {e}"))?;
        for form in FORMS {
            if !budget.0.contains_key(form) {
                return Err(format!("{FILE}: no [{form}] limit"));
            }
        }
        if let Some(other) = budget.0.keys().find(|k| !FORMS.contains(&k.as_str())) {
            return Err(format!(
                "{FILE}: unknown form [{other}] (the forms are {})",
                FORMS.join(", ")
            ));
        }
        Ok(budget)
    }

    /// Reads the committed budget file.
    pub fn read() -> Result<Budget> {
        let path = workspace::root().join(FILE);
        let text = std::fs::read_to_string(&path)
            .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        Budget::parse(&text)
    }
}

/// What each form of the build in `dist` weighs, gzip bytes, by form name.
pub fn weigh(dist: &Path, built: &Manifest) -> Result<BTreeMap<String, u64>> {
    let gzip = |rel: &str| -> Result<u64> {
        let path = dist.join(rel);
        let bytes =
            std::fs::read(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        Ok(Sizes::of(&bytes).gzip)
    };
    // The split (`cargo xtask dist`): its loader comes with the glue; its modules when a view
    // needs them. An unsplit build has neither.
    let (loaders, modules) = crate::split::files_in(dist)?;
    let opening = gzip(&built.wasm)? + loaders.iter().map(|f| gzip(f)).sum::<Result<u64>>()?;
    let wasm = gzip(&built.wasm)? + modules.iter().map(|f| gzip(f)).sum::<Result<u64>>()?;
    let page = [
        "index.html",
        &built.boot,
        &built.glue,
        &built.css,
        &built.core,
    ]
    .iter()
    .map(|f| gzip(f))
    .sum::<Result<u64>>()?
        + opening;
    let mut out = BTreeMap::from([
        ("page".to_string(), page),
        ("wasm".to_string(), wasm),
        ("opening_wasm".to_string(), opening),
    ]);
    let text = std::fs::read_to_string(dist.join(EMBED_FILE))
        .map_err(|e| format!("cannot read {EMBED_FILE}: {e}"))?;
    let loader = Sizes::of(text.as_bytes()).gzip;
    let app = crate::embed_script::app_of(&text)
        .ok_or_else(|| format!("{EMBED_FILE} names no widget script (const APP)"))?;
    out.insert("embed_loader".into(), loader);
    out.insert("embed".into(), loader + gzip(&app)?);
    if dist.join(single_file::FILE_NAME).is_file() {
        out.insert("single_file".into(), gzip(single_file::FILE_NAME)?);
    }
    Ok(out)
}

/// The table of each form against its limit and goal; `Err` (with the table) when any form is
/// over its limit or a form the budget names was not built.
pub fn check(budget: &Budget, weights: &BTreeMap<String, u64>) -> Result<String> {
    let mut table = format!(
        "{:<12} {:>10} {:>10} {:>10}  {}\n",
        "form", "gzip", "limit", "goal", "verdict"
    );
    let mut over = Vec::new();
    for (form, limit) in &budget.0 {
        let Some(&got) = weights.get(form) else {
            over.push(format!("{form} was not built"));
            continue;
        };
        let verdict = if got > limit.max_gzip {
            over.push(format!(
                "{form} is {} over its limit",
                human(got - limit.max_gzip)
            ));
            "OVER LIMIT".to_string()
        } else if got > limit.goal_gzip {
            format!(
                "within limit; goal missed by {}",
                human(got - limit.goal_gzip)
            )
        } else {
            "goal met".to_string()
        };
        table.push_str(&format!(
            "{form:<12} {:>10} {:>10} {:>10}  {verdict}\n",
            human(got),
            human(limit.max_gzip),
            human(limit.goal_gzip)
        ));
    }
    if over.is_empty() {
        Ok(table)
    } else {
        Err(format!(
            "size budget exceeded ({}):\n{table}(limits in {FILE}; gzip -9 bytes)",
            over.join("; ")
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const BUDGET: &str = "
[page]
max_gzip = 300000
goal_gzip = 122880
[wasm]
max_gzip = 250000
goal_gzip = 102400
[opening_wasm]
max_gzip = 200000
goal_gzip = 102400
[embed_loader]
max_gzip = 8000
goal_gzip = 6144
[embed]
max_gzip = 400000
goal_gzip = 153600
[single_file]
max_gzip = 400000
goal_gzip = 153600
";

    fn weights(page: u64) -> BTreeMap<String, u64> {
        BTreeMap::from([
            ("page".into(), page),
            ("wasm".into(), 200_000),
            ("opening_wasm".into(), 150_000),
            ("embed_loader".into(), 2_000),
            ("embed".into(), 300_000),
            ("single_file".into(), 100_000),
        ])
    }

    #[test]
    fn a_build_within_every_limit_passes_and_says_how_far_each_goal_is() {
        let budget = Budget::parse(BUDGET).unwrap();
        let table = check(&budget, &weights(290_000)).unwrap();
        assert!(table.contains("page"), "{table}");
        assert!(table.contains("goal missed by"), "{table}");
        assert!(table.contains("goal met"), "{table}");
    }

    #[test]
    fn a_form_over_its_limit_fails_with_the_table() {
        let budget = Budget::parse(BUDGET).unwrap();
        let err = check(&budget, &weights(300_001)).unwrap_err();
        assert!(err.contains("page is 1 B over its limit"), "{err}");
        assert!(err.contains("OVER LIMIT"), "{err}");
    }

    #[test]
    fn a_form_that_was_not_built_fails() {
        let budget = Budget::parse(BUDGET).unwrap();
        let mut w = weights(1);
        w.remove("single_file");
        assert!(check(&budget, &w)
            .unwrap_err()
            .contains("single_file was not built"));
    }

    #[test]
    fn a_budget_must_name_every_form_and_only_those() {
        let missing = BUDGET.replace("[embed_loader]", "[embedded]");
        let err = Budget::parse(&missing).unwrap_err();
        assert!(err.contains("no [embed_loader] limit"), "{err}");
        let typo = BUDGET.replace("max_gzip = 300000", "max_gzp = 300000");
        assert!(Budget::parse(&typo).is_err());
    }

    #[test]
    fn the_committed_budget_parses() {
        Budget::read().unwrap();
    }
}
