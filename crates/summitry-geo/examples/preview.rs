//! Writes a preview of the map for eyeballing: every country path, a few
//! capitals, an off-map marker and a call arc.
//!
//! `cargo run -p summitry-geo --example preview [OUT.svg [TOLERANCE]]`
//! (defaults `/tmp/geo-preview.svg` and [`DEFAULT_TOLERANCE`]); also writes the bare path data next to
//! it as `OUT.paths.txt` so its compressed size can be measured.

use summitry_geo::{arc_path, country_paths, Placement, Viewport, DEFAULT_TOLERANCE};

const ATLAS: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../vendor/world-atlas/countries-50m.json"
);

fn main() -> Result<(), String> {
    let out = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "/tmp/geo-preview.svg".to_owned());
    let tolerance = match std::env::args().nth(2) {
        Some(t) => t
            .parse::<f64>()
            .map_err(|e| format!("tolerance {t:?}: {e}"))?,
        None => DEFAULT_TOLERANCE,
    };
    let json = std::fs::read_to_string(ATLAS).map_err(|e| format!("{ATLAS}: {e}"))?;
    let v = Viewport::europe();
    let paths = country_paths(&json, &v, tolerance)?;

    let mut svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"{}\" width=\"{}\" height=\"{}\">\n\
         <rect width=\"100%\" height=\"100%\" fill=\"#dbe9f4\"/>\n",
        v.view_box(),
        v.width(),
        v.height()
    );
    for p in &paths {
        // Tint a few countries to check codes and small shapes at a glance.
        let fill = match p.alpha2.as_deref() {
            Some("UA") => "#f6d44c",
            Some("BE") | Some("LU") | Some("VA") | Some("SM") => "#d9534f",
            Some("TR") | Some("GE") | Some("AM") | Some("AZ") => "#8fbf6a",
            _ => "#f4f1ea",
        };
        svg += &format!(
            "<path fill=\"{fill}\" fill-rule=\"evenodd\" stroke=\"#888\" stroke-width=\"0.5\" d=\"{}\"><title>{} {}</title></path>\n",
            p.d,
            p.name,
            p.alpha2.as_deref().unwrap_or("-")
        );
    }
    let cities = [
        ("Lisbon", 38.72, -9.14),
        ("Dublin", 53.35, -6.26),
        ("Paris", 48.8566, 2.3522),
        ("Brussels", 50.8503, 4.3517),
        ("Kyiv", 50.4501, 30.5234),
        ("Moscow", 55.7558, 37.6173),
        ("Istanbul", 41.0082, 28.9784),
        ("Ankara", 39.93, 32.86),
        ("Tbilisi", 41.72, 44.79),
        ("Baku", 40.41, 49.87),
        ("Washington", 38.9, -77.0),
        ("Beijing", 39.9, 116.4),
    ];
    for (name, lat, lon) in cities {
        match v.clip_to_edge(lat, lon) {
            Placement::Inside(p) => {
                svg += &format!(
                    "<circle cx=\"{:.1}\" cy=\"{:.1}\" r=\"4\" fill=\"#1f4e99\"/>\
                     <text x=\"{:.1}\" y=\"{:.1}\" font-size=\"14\" font-family=\"sans-serif\">{name}</text>\n",
                    p.x,
                    p.y,
                    p.x + 6.0,
                    p.y - 4.0
                );
            }
            Placement::Edge { at, bearing_deg } => {
                svg += &format!(
                    "<g transform=\"translate({:.1} {:.1}) rotate({bearing_deg:.1})\">\
                     <path d=\"M0-14L7 8 0 4-7 8z\" fill=\"#c0392b\"/></g>\
                     <text x=\"{:.1}\" y=\"{:.1}\" font-size=\"14\" font-family=\"sans-serif\">{name}</text>\n",
                    at.x,
                    at.y,
                    at.x + 12.0,
                    at.y + 22.0
                );
            }
        }
    }
    let (paris, kyiv) = (v.to_svg(48.8566, 2.3522), v.to_svg(50.4501, 30.5234));
    svg += &format!(
        "<path d=\"{}\" fill=\"none\" stroke=\"#c0392b\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>\n</svg>\n",
        arc_path(paris, kyiv, 0.2)
    );
    std::fs::write(&out, svg).map_err(|e| format!("{out}: {e}"))?;

    let all: String = paths.iter().map(|p| p.d.as_str()).collect();
    let txt = format!("{out}.paths.txt");
    std::fs::write(&txt, &all).map_err(|e| format!("{txt}: {e}"))?;
    println!(
        "{} countries, {} bytes of path data; wrote {out} and {txt}",
        paths.len(),
        all.len()
    );
    Ok(())
}
