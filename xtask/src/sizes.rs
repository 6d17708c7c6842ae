//! Transfer sizes of built files: raw, gzip and brotli, as a table.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::Result;

/// The sizes of one file, in bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Sizes {
    /// As stored.
    pub raw: u64,
    /// gzip at its best compression, what most static hosts serve.
    pub gzip: u64,
    /// brotli at quality 11, what CDNs serve to modern browsers.
    pub brotli: u64,
}

impl Sizes {
    /// Measures `bytes`.
    pub fn of(bytes: &[u8]) -> Sizes {
        Sizes {
            raw: bytes.len() as u64,
            gzip: gzip_len(bytes),
            brotli: brotli_len(bytes),
        }
    }

    fn add(self, other: Sizes) -> Sizes {
        Sizes {
            raw: self.raw + other.raw,
            gzip: self.gzip + other.gzip,
            brotli: self.brotli + other.brotli,
        }
    }
}

fn gzip_len(bytes: &[u8]) -> u64 {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    // Writing into a Vec cannot fail.
    encoder.write_all(bytes).expect("in-memory gzip");
    encoder.finish().expect("in-memory gzip").len() as u64
}

fn brotli_len(bytes: &[u8]) -> u64 {
    let params = brotli::enc::BrotliEncoderParams {
        quality: 11,
        lgwin: 22,
        ..Default::default()
    };
    let mut out = Vec::new();
    brotli::BrotliCompress(&mut &bytes[..], &mut out, &params).expect("in-memory brotli");
    out.len() as u64
}

/// A byte count for people: `812 B`, `3.4 KiB`, `1.25 MiB`.
pub fn human(bytes: u64) -> String {
    const KIB: f64 = 1024.0;
    let b = bytes as f64;
    if bytes < 1024 {
        format!("{bytes} B")
    } else if b < KIB * KIB {
        format!("{:.1} KiB", b / KIB)
    } else {
        format!("{:.2} MiB", b / (KIB * KIB))
    }
}

/// Every file under `dir`, sorted, as paths relative to `dir`.
pub fn files(dir: &Path) -> Result<Vec<PathBuf>> {
    fn walk(dir: &Path, base: &Path, out: &mut Vec<PathBuf>) -> Result<()> {
        let entries =
            std::fs::read_dir(dir).map_err(|e| format!("cannot list {}: {e}", dir.display()))?;
        for entry in entries {
            let path = entry
                .map_err(|e| format!("cannot list {}: {e}", dir.display()))?
                .path();
            if path.is_dir() {
                walk(&path, base, out)?;
            } else {
                out.push(path.strip_prefix(base).unwrap_or(&path).to_path_buf());
            }
        }
        Ok(())
    }
    let mut out = Vec::new();
    walk(dir, dir, &mut out)?;
    out.sort();
    Ok(out)
}

/// Measures each of `files` (relative to `dir`).
pub fn measure(dir: &Path, files: &[PathBuf]) -> Result<Vec<(String, Sizes)>> {
    files
        .iter()
        .map(|rel| {
            let path = dir.join(rel);
            let bytes =
                std::fs::read(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
            Ok((rel.to_string_lossy().into_owned(), Sizes::of(&bytes)))
        })
        .collect()
}

/// The size table, one row per file and a total row (when `total` is set).
pub fn table(rows: &[(String, Sizes)], total: bool) -> String {
    let total_sizes = rows
        .iter()
        .fold(Sizes::default(), |acc, (_, s)| acc.add(*s));
    let total_row = (String::from("total"), total_sizes);
    let width = rows
        .iter()
        .chain(std::iter::once(&total_row))
        .map(|(name, _)| name.chars().count())
        .max()
        .unwrap_or(0)
        .max(4);
    let line = |name: &str, raw: &str, gzip: &str, brotli: &str| {
        format!("{name:<width$}  {raw:>10}  {gzip:>10}  {brotli:>10}\n")
    };
    let sizes = |name: &str, s: &Sizes| line(name, &human(s.raw), &human(s.gzip), &human(s.brotli));
    let mut out = line("file", "raw", "gzip", "brotli");
    for (name, s) in rows {
        out.push_str(&sizes(name, s));
    }
    if total {
        out.push_str(&format!("{}\n", "-".repeat(width + 36)));
        out.push_str(&sizes(&total_row.0, &total_row.1));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn human_sizes() {
        assert_eq!(human(0), "0 B");
        assert_eq!(human(1023), "1023 B");
        assert_eq!(human(1024), "1.0 KiB");
        assert_eq!(human(1536), "1.5 KiB");
        assert_eq!(human(1024 * 1024), "1.00 MiB");
        assert_eq!(human(5 * 1024 * 1024 + 256 * 1024), "5.25 MiB");
    }

    #[test]
    fn compression_shrinks_repetitive_text() {
        let text = "summitry ".repeat(1000);
        let s = Sizes::of(text.as_bytes());
        assert_eq!(s.raw, 9000);
        assert!(s.gzip < 200 && s.brotli < 200, "{s:?}");
    }

    #[test]
    fn table_aligns_and_totals() {
        let rows = vec![
            (
                "index.html".to_owned(),
                Sizes {
                    raw: 2048,
                    gzip: 1024,
                    brotli: 512,
                },
            ),
            (
                "app_bg.wasm".to_owned(),
                Sizes {
                    raw: 100,
                    gzip: 90,
                    brotli: 80,
                },
            ),
        ];
        let t = table(&rows, true);
        let lines: Vec<&str> = t.lines().collect();
        assert_eq!(lines.len(), 5);
        assert!(lines[0].starts_with("file "));
        assert_eq!(lines[1], "index.html      2.0 KiB     1.0 KiB       512 B");
        assert!(lines[4].starts_with("total"));
        assert!(
            lines[4].ends_with("2.1 KiB     1.1 KiB       592 B"),
            "{}",
            lines[4]
        );
        assert!(lines.iter().all(|l| l.len() == lines[0].len()), "{t}");
    }
}
