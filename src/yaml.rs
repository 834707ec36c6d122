//! Reading YAML files (and the JSON files Clause writes) into typed structs, with errors
//! turned into diagnostics.

use crate::diagnostics::{Diagnostic, Pos};
use serde::de::DeserializeOwned;
use std::path::Path;

/// The largest YAML file Clause reads; larger files are refused before parsing.
pub const MAX_FILE_BYTES: u64 = 8 * 1024 * 1024;

/// Reads a file as UTF-8 text, refusing files over [`MAX_FILE_BYTES`].
pub fn read_text(path: &Path, shown: &str) -> Result<String, Diagnostic> {
    let size = std::fs::metadata(path)
        .map_err(|e| Diagnostic::file(shown, format!("cannot read file: {e}")))?
        .len();
    if size > MAX_FILE_BYTES {
        return Err(Diagnostic::file(shown, "file is too large")
            .found(format!("{size} bytes"))
            .expected(format!("at most {MAX_FILE_BYTES} bytes")));
    }
    let bytes = std::fs::read(path)
        .map_err(|e| Diagnostic::file(shown, format!("cannot read file: {e}")))?;
    String::from_utf8(bytes).map_err(|e| {
        Diagnostic::file(shown, "file is not valid UTF-8")
            .found(format!(
                "an invalid byte at offset {}",
                e.utf8_error().valid_up_to()
            ))
            .expected("UTF-8 text")
    })
}

/// Parses one YAML document of left-to-right text into `T` (see [`parse_in`]).
pub fn parse<T: DeserializeOwned>(shown: &str, text: &str) -> Result<T, Diagnostic> {
    parse_in(shown, text, false)
}

/// Parses one YAML document into `T`. Every string in it is checked first for characters
/// that break the formats Clause writes (see [`text_problem`]); `rtl` says whether the
/// file's text is in a right-to-left locale.
pub fn parse_in<T: DeserializeOwned>(shown: &str, text: &str, rtl: bool) -> Result<T, Diagnostic> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    // Only escapes (`"\x0B"`) and raw bidi or C1 characters can put such a character in a
    // string (YAML itself refuses raw control characters): most files skip the scan.
    if text.contains('\\') || text.chars().any(|c| is_bidi(c) || is_c1(c)) {
        // The visitor has no other way to learn the direction; set and reset on this thread.
        SCAN_RTL.with(|r| r.set(rtl));
        let scanned = serde_saphyr::from_str_with_options::<Scanned>(text, options());
        SCAN_RTL.with(|r| r.set(false));
        scanned.map_err(|e| to_diagnostic(shown, text, &e))?;
    }
    serde_saphyr::from_str_with_options(text, options()).map_err(|e| to_diagnostic(shown, text, &e))
}

fn options() -> serde_saphyr::Options {
    let mut options = serde_saphyr::Options::default();
    // `no` is the Norwegian locale code, not `false`.
    options.strict_booleans = true;
    options.with_snippet = false;
    options
}

/// What is wrong with a piece of text, if anything: a control character other than tab and
/// line breaks (it makes XML ill-formed and hides in titles), or a bidirectional control
/// character in left-to-right text (it can make text read differently from how it is
/// stored), or, in right-to-left text, one that the text does not close again.
pub fn text_problem(text: &str, rtl: bool) -> Option<String> {
    if let Some(c) = text
        .chars()
        .find(|&c| (c.is_control() && !matches!(c, '\t' | '\n' | '\r')) || is_c1(c))
    {
        return Some(format!(
            "control character U+{:04X} in text, expected text without control characters (tab and line breaks are fine)",
            c as u32
        ));
    }
    if !rtl {
        return text.chars().find(|&c| is_bidi(c)).map(|c| format!(
            "bidirectional control character U+{:04X} in left-to-right text, expected plain text (mark a right-to-left passage in Markdown with <span dir=\"rtl\">)",
            c as u32
        ));
    }
    let mut open: Vec<char> = Vec::new();
    for c in text.chars().filter(|&c| is_bidi(c)) {
        let closes = match c {
            '\u{202C}' => open.pop().is_some_and(|o| o < '\u{2066}'),
            '\u{2069}' => open.pop().is_some_and(|o| o >= '\u{2066}'),
            _ => {
                open.push(c);
                true
            }
        };
        if !closes {
            return Some(unbalanced(c));
        }
    }
    open.first().map(|&c| unbalanced(c))
}

fn unbalanced(c: char) -> String {
    format!(
        "unbalanced bidirectional control character U+{:04X}, expected every embedding or override closed by U+202C and every isolate by U+2069 in the same text",
        c as u32
    )
}

/// Embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069).
fn is_bidi(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

fn is_c1(c: char) -> bool {
    matches!(c, '\u{7F}'..='\u{9F}')
}

thread_local! {
    static SCAN_RTL: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Any YAML value, every string of it checked with [`text_problem`]; a problem is an error
/// at that string's location.
struct Scanned;

impl<'de> serde::Deserialize<'de> for Scanned {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(Scan)
    }
}

struct Scan;

impl<'de> serde::de::Visitor<'de> for Scan {
    type Value = Scanned;
    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("any value")
    }
    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Scanned, E> {
        match text_problem(v, SCAN_RTL.with(|r| r.get())) {
            Some(problem) => Err(E::custom(problem)),
            None => Ok(Scanned),
        }
    }
    fn visit_bool<E>(self, _: bool) -> Result<Scanned, E> {
        Ok(Scanned)
    }
    fn visit_i64<E>(self, _: i64) -> Result<Scanned, E> {
        Ok(Scanned)
    }
    fn visit_u64<E>(self, _: u64) -> Result<Scanned, E> {
        Ok(Scanned)
    }
    fn visit_f64<E>(self, _: f64) -> Result<Scanned, E> {
        Ok(Scanned)
    }
    fn visit_unit<E>(self) -> Result<Scanned, E> {
        Ok(Scanned)
    }
    fn visit_none<E>(self) -> Result<Scanned, E> {
        Ok(Scanned)
    }
    fn visit_some<D: serde::Deserializer<'de>>(self, d: D) -> Result<Scanned, D::Error> {
        d.deserialize_any(Scan)
    }
    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Scanned, A::Error> {
        while seq.next_element::<Scanned>()?.is_some() {}
        Ok(Scanned)
    }
    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Scanned, A::Error> {
        while map.next_entry::<Scanned, Scanned>()?.is_some() {}
        Ok(Scanned)
    }
}

fn to_diagnostic(shown: &str, text: &str, error: &serde_saphyr::Error) -> Diagnostic {
    let location = error.location();
    let pos = location
        .as_ref()
        .map(Pos::from_location)
        .unwrap_or_default();
    let (message, expected) = structured(error.without_snippet()).unwrap_or_else(|| {
        let mut message = error.without_snippet().to_string();
        if let Some(at) = message.rfind(" at line ") {
            message.truncate(at);
        }
        split_expected(&message)
    });
    let mut diagnostic = Diagnostic::at(shown, pos, message);
    if let Some(expected) = expected {
        diagnostic = diagnostic.expected(expected);
    }
    match found_text(text, pos) {
        Some(found) if !diagnostic.message.contains('`') => diagnostic.found(format!("`{found}`")),
        _ => diagnostic,
    }
}

/// The parser's structured errors in the words an author can act on: a message and what
/// was expected. `None` for the errors it only has as text (the scanner's, serde's custom
/// ones, ours), which [`split_expected`] reads.
fn structured(error: &serde_saphyr::Error) -> Option<(String, Option<String>)> {
    use serde_saphyr::Error as E;
    use serde_saphyr::budget::BudgetBreach;
    let said = |message: String, expected: &str| Some((message, Some(expected.to_string())));
    match error {
        // An error met while expanding an alias: what matters is the error itself.
        E::AliasError { error, .. } => structured(error.without_snippet()),
        E::DuplicateMappingKey { key, .. } => said(
            key.as_ref().map_or_else(
                || "duplicate key".into(),
                |k| format!("duplicate key `{k}`"),
            ),
            "each key at most once",
        ),
        E::SerdeMissingField { field, .. } => said(
            format!("missing required field `{field}`"),
            &format!("a `{field}:` entry in this mapping"),
        ),
        E::SerdeUnknownVariant {
            variant, expected, ..
        } => said(
            format!("unknown value `{variant}`"),
            &format!("one of {}", expected.join(", ")),
        ),
        E::SerdeUnknownField {
            field, expected, ..
        } => said(
            format!("unknown field `{field}`"),
            &format!("one of {}", expected.join(", ")),
        ),
        E::InvalidBooleanStrict { .. } => said("invalid boolean".into(), "`true` or `false`"),
        E::Eof { .. } => said(
            "the file is empty".into(),
            "a YAML mapping: `key: value` lines",
        ),
        E::MultipleDocuments { .. } => said(
            "more than one YAML document in one file".into(),
            "a single document: no `---` line after the first",
        ),
        E::Unexpected { expected, .. } => match *expected {
            "mapping start" => said(
                "wrong type: expected a mapping".into(),
                "`key: value` lines (or `{ key: value }`)",
            ),
            "sequence start" => said(
                "wrong type: expected a list".into(),
                "`- item` lines (or `[a, b]`)",
            ),
            "string scalar" => said("wrong type".into(), "a text value"),
            _ => None,
        },
        E::Budget {
            breach: BudgetBreach::Depth { .. },
            ..
        } => said(
            "values nested too deeply".into(),
            "at most 64 levels of lists and mappings inside each other (a section inside a section adds two)",
        ),
        E::Budget { .. } => said(
            "the file expands to too much YAML (anchors and aliases)".into(),
            "a file whose aliases (`*name`) expand to fewer than 250,000 values",
        ),
        _ => None,
    }
}

/// Turns a message the parser has only as text ("X, expected Y") into a message and an
/// expectation.
fn split_expected(message: &str) -> (String, Option<String>) {
    // The scanner's own words, turned into what an author can act on.
    let plain: &[(&str, &str, &str)] = &[
        (
            "recursion limit exceeded",
            "values nested too deeply",
            "fewer levels of nesting (lists and mappings inside each other)",
        ),
        (
            "while scanning a plain scalar, found a tab",
            "a tab where YAML allows only spaces",
            "spaces for indentation (YAML forbids tabs there)",
        ),
    ];
    for (starts, said, expected) in plain {
        if message.starts_with(starts) {
            return (said.to_string(), Some(expected.to_string()));
        }
    }
    if let Some(kind) = message
        .strip_prefix("invalid ")
        .filter(|k| k.starts_with('u') || k.starts_with('i'))
    {
        return (
            "invalid number".into(),
            Some(format!("a whole number that fits in {kind}")),
        );
    }
    match message.split_once(", expected ") {
        Some((what, expected)) => (what.to_string(), Some(expected.to_string())),
        None => (message.to_string(), None),
    }
}

/// The characters the error's span covers, if it covers any on one line.
fn found_text(text: &str, pos: Pos) -> Option<String> {
    if pos.line == 0 || pos.len == 0 {
        return None;
    }
    let line = text.lines().nth(pos.line - 1)?;
    let found: String = line.chars().skip(pos.column - 1).take(pos.len).collect();
    let found = found.trim();
    (!found.is_empty()).then(|| found.to_string())
}

/// Reads a JSON file Clause wrote itself (a lock, a confirmation) into `T`. A broken one is a
/// diagnostic naming `what` it is and how it is normally written.
pub fn read_json<T: DeserializeOwned>(
    path: &Path,
    shown: &str,
    what: &str,
    expected: &str,
    diagnostics: &mut crate::diagnostics::Diagnostics,
) -> Option<T> {
    let text = read_text(path, shown)
        .map_err(|d| diagnostics.push(d))
        .ok()?;
    diagnostics.add_source(shown, &text);
    serde_json::from_str(&text)
        .map_err(|e| {
            let pos = Pos {
                line: e.line(),
                column: e.column(),
                len: 0,
            };
            let message = e.to_string();
            let message = message.split(" at line ").next().unwrap_or(&message);
            diagnostics.push(
                Diagnostic::at(shown, pos, format!("invalid {what}: {message}")).expected(expected),
            );
        })
        .ok()
}

/// A YAML mapping kept in written order, with each key's location (`Spanned` keys are not
/// `Ord`, and a `BTreeMap` would lose the order that reports and stubs follow).
#[derive(Debug, Clone)]
pub struct Entries<K, V>(pub Vec<(K, V)>);

impl<K, V> Default for Entries<K, V> {
    fn default() -> Self {
        Entries(Vec::new())
    }
}

impl<'de, K: serde::Deserialize<'de>, V: serde::Deserialize<'de>> serde::Deserialize<'de>
    for Entries<K, V>
{
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visit<K, V>(std::marker::PhantomData<(K, V)>);
        impl<'de, K: serde::Deserialize<'de>, V: serde::Deserialize<'de>> serde::de::Visitor<'de>
            for Visit<K, V>
        {
            type Value = Entries<K, V>;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a mapping")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<Self::Value, A::Error> {
                let mut entries = Vec::new();
                while let Some(pair) = map.next_entry()? {
                    entries.push(pair);
                }
                Ok(Entries(entries))
            }
            fn visit_unit<E: serde::de::Error>(self) -> Result<Self::Value, E> {
                Ok(Entries(Vec::new()))
            }
        }
        deserializer.deserialize_map(Visit(std::marker::PhantomData))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Sample {
        count: u8,
        #[serde(default)]
        on: bool,
    }

    #[test]
    fn wrong_type_names_found_value() {
        let d = parse::<Sample>("s.yaml", "count: three\n").unwrap_err();
        assert_eq!(d.message, "invalid number");
        assert_eq!(
            d.expected.as_deref(),
            Some("a whole number that fits in u8")
        );
        assert_eq!(d.found.as_deref(), Some("`three`"));
        assert_eq!((d.pos.line, d.pos.column), (1, 8));
    }

    #[test]
    fn norwegian_no_is_not_false() {
        let d = parse::<Sample>("s.yaml", "count: 1\non: no\n").unwrap_err();
        assert!(d.message.contains("invalid boolean"), "{}", d.message);
    }

    #[test]
    fn byte_order_mark_is_accepted() {
        assert!(parse::<Sample>("s.yaml", "\u{feff}count: 1\n").is_ok());
    }
}
