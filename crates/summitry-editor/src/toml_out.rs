//! Writing items as an editor reads them: one `[[table]]` per item, fields in the order of the
//! data files' own comments, a comment line above an item where the editor must act.

use toml::Value;

/// One `[[table]]` item to write.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    /// The table name, e.g. `event`.
    pub table: &'static str,
    /// Comment lines written above the item (without `# `).
    pub comments: Vec<String>,
    /// The fields, in order.
    pub fields: Vec<(&'static str, Value)>,
}

impl Item {
    /// An empty item of `table`.
    pub fn new(table: &'static str) -> Self {
        Self {
            table,
            comments: Vec::new(),
            fields: Vec::new(),
        }
    }

    /// Adds a comment line above the item.
    pub fn comment(mut self, text: impl Into<String>) -> Self {
        self.comments.push(text.into());
        self
    }

    /// Adds a string field.
    pub fn text(mut self, key: &'static str, value: impl Into<String>) -> Self {
        self.fields.push((key, Value::String(value.into())));
        self
    }

    /// Adds a string field when there is a value.
    pub fn maybe(self, key: &'static str, value: Option<impl Into<String>>) -> Self {
        match value {
            Some(v) => self.text(key, v),
            None => self,
        }
    }

    /// Adds a list of strings.
    pub fn list(mut self, key: &'static str, values: &[String]) -> Self {
        let v = values.iter().cloned().map(Value::String).collect();
        self.fields.push((key, Value::Array(v)));
        self
    }

    /// Adds a number.
    pub fn number(mut self, key: &'static str, value: f64) -> Self {
        self.fields.push((key, Value::Float(value)));
        self
    }

    /// Adds a boolean.
    pub fn flag(mut self, key: &'static str, value: bool) -> Self {
        self.fields.push((key, Value::Boolean(value)));
        self
    }

    /// The string value of `key`, if set.
    pub fn get(&self, key: &str) -> Option<&str> {
        self.fields
            .iter()
            .find(|(k, _)| *k == key)
            .and_then(|(_, v)| v.as_str())
    }

    /// Replaces (or adds) the string list `key`.
    pub fn set_list(&mut self, key: &'static str, values: &[String]) {
        let v = Value::Array(values.iter().cloned().map(Value::String).collect());
        match self.fields.iter_mut().find(|(k, _)| *k == key) {
            Some(slot) => slot.1 = v,
            None => self.fields.push((key, v)),
        }
    }

    /// Replaces (or adds) the string `key`.
    pub fn set_text(&mut self, key: &'static str, value: impl Into<String>) {
        let v = Value::String(value.into());
        match self.fields.iter_mut().find(|(k, _)| *k == key) {
            Some(slot) => slot.1 = v,
            None => self.fields.push((key, v)),
        }
    }
}

/// A TOML basic string on one line: quoted, with backslashes, quotes and control characters
/// escaped (also what `cargo xtask gen-data` writes).
pub fn quoted(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// One value as TOML: strings on one line, escaped; floats with a decimal point.
fn value(v: &Value) -> String {
    match v {
        Value::String(s) => quoted(s),
        Value::Float(f) if f.fract() == 0.0 && f.is_finite() => format!("{f:.1}"),
        Value::Array(items) => {
            let inner: Vec<String> = items.iter().map(value).collect();
            format!("[{}]", inner.join(", "))
        }
        other => other.to_string(),
    }
}

/// A data file: the `header` comment block, then every item.
pub fn render(header: &str, items: &[Item]) -> String {
    let mut out = String::new();
    for line in header.lines() {
        if line.is_empty() {
            out.push_str("#\n");
        } else {
            out.push_str(&format!("# {line}\n"));
        }
    }
    for item in items {
        out.push('\n');
        for c in &item.comments {
            out.push_str(&format!("# {c}\n"));
        }
        out.push_str(&format!("[[{}]]\n", item.table));
        for (k, v) in &item.fields {
            out.push_str(&format!("{k} = {}\n", value(v)));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn toml_strings_escape_quotes_backslashes_and_control_characters() {
        assert_eq!(quoted("say \"hi\" \\ ok"), r#""say \"hi\" \\ ok""#);
        assert_eq!(quoted("a\nb\u{1}"), r#""a\nb\u0001""#);
        assert_eq!(quoted("“curly” Türkiye"), "\"“curly” Türkiye\"");
    }

    #[test]
    fn written_items_parse_back_with_the_same_values() {
        let item = Item::new("event")
            .text("id", "a")
            .text("summary", "He said \"yes\"\nthen left\\")
            .list("topics", &["x".into(), "y".into()])
            .number("lat", 50.0)
            .flag("draft", true);
        let text = render("A header\n\nsecond", &[item]);
        let v: toml::Table = toml::from_str(&text).unwrap();
        let e = &v["event"][0];
        assert_eq!(e["summary"].as_str(), Some("He said \"yes\"\nthen left\\"));
        assert_eq!(e["lat"].as_float(), Some(50.0));
        assert_eq!(e["topics"].as_array().unwrap().len(), 2);
        assert!(text.starts_with("# A header\n#\n# second\n"));
    }
}
