//! gettext PO, the other format translation tools read (Poedit, Weblate, Lokalise …): the
//! same units as the XLIFF file ([`super::xliff::units`]), each with its key as `msgctxt`,
//! its source as `msgid` and its translation as `msgstr` (empty when missing); a stale
//! translation is `fuzzy`, with a comment saying why.

use super::xliff::{Unit, at, units, unknown_key};
use crate::content::LoadedPolicy;
use crate::diagnostics::{Diagnostic, Pos};
use std::collections::BTreeMap;

/// The first line of every file Clause writes: a file without it is not replaced.
pub const MARK: &str = "# Written by Clause: clause translate, read back with its import option.";

/// The PO file of `loaded` into `locale`, from `source` (the default locale).
pub fn write(loaded: &LoadedPolicy, locale: &str, source: &str) -> String {
    let mut out = format!(
        "{MARK}\nmsgid \"\"\nmsgstr \"\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n\"Language: {locale}\\n\"\n\"X-Source-Language: {source}\\n\"\n\"X-Clause-Policy: {}\\n\"\n",
        loaded.id
    );
    for Unit {
        key,
        source,
        target,
        stale,
    } in units(loaded, locale)
    {
        out.push('\n');
        if let Some(why) = stale {
            out.push_str(&format!("#. {why}\n#, fuzzy\n"));
        }
        out.push_str(&format!("msgctxt {}\n", quoted(&key)));
        out.push_str(&format!("msgid {}\n", quoted(&source)));
        out.push_str(&format!(
            "msgstr {}\n",
            quoted(target.as_deref().unwrap_or(""))
        ));
    }
    out
}

/// A PO string: one line, or `""` and a line per line of text.
fn quoted(text: &str) -> String {
    let escape = |s: &str| {
        s.replace('\\', "\\\\")
            .replace('"', "\\\"")
            .replace('\t', "\\t")
            .replace('\n', "\\n")
    };
    if !text.contains('\n') {
        return format!("\"{}\"", escape(text));
    }
    let mut out = String::from("\"\"");
    for line in text.split_inclusive('\n') {
        out.push_str(&format!("\n\"{}\"", escape(line)));
    }
    out
}

/// One entry as read: where it starts, its context and its translation.
#[derive(Default)]
struct Entry {
    at: Pos,
    msgctxt: Option<String>,
    msgstr: String,
}

/// The translations of a PO file for `loaded` in `locale`, by key (empty `msgstr` left
/// out), or exact errors.
pub fn read(
    text: &str,
    shown: &str,
    loaded: &LoadedPolicy,
    locale: &str,
) -> Result<BTreeMap<String, String>, Vec<Diagnostic>> {
    let entries = parse(text, shown)?;
    let mut problems = Vec::new();
    let header = entries.iter().find(|e| e.msgctxt.is_none());
    let language = header.and_then(|h| {
        h.msgstr
            .lines()
            .find_map(|l| l.strip_prefix("Language: "))
            .map(str::trim)
    });
    if language != Some(locale) {
        problems.push(
            Diagnostic::at(
                shown,
                header.map_or(at(1, 1), |h| h.at),
                "the file is for another language",
            )
            .found(format!("Language: {}", language.unwrap_or("")))
            .expected(format!("Language: {locale}")),
        );
    }
    let known: Vec<String> = super::xliff::own_texts(loaded, locale)
        .into_iter()
        .map(|s| s.key)
        .collect();
    let mut targets = BTreeMap::new();
    for entry in entries {
        let Some(key) = entry.msgctxt else { continue };
        if !known.contains(&key) {
            problems.push(unknown_key(
                shown, entry.at, &key, &known, loaded, locale, "po",
            ));
            continue;
        }
        if !entry.msgstr.trim().is_empty() {
            targets.insert(key, entry.msgstr);
        }
    }
    if problems.is_empty() {
        Ok(targets)
    } else {
        Err(problems)
    }
}

/// The entries of a PO file; `msgid` is not needed back (the key says which text).
fn parse(text: &str, shown: &str) -> Result<Vec<Entry>, Vec<Diagnostic>> {
    let mut entries: Vec<Entry> = Vec::new();
    let mut field: Option<&str> = None;
    for (n, line) in text.lines().enumerate() {
        let pos = at(n as u32 + 1, 1);
        let line = line.trim_end();
        if line.is_empty() || line.starts_with('#') {
            field = None;
            continue;
        }
        let (name, rest) = match line.split_once(' ') {
            Some((name @ ("msgctxt" | "msgid" | "msgstr"), rest)) => (Some(name), rest),
            _ if line.starts_with('"') => (None, line),
            _ => {
                return Err(vec![
                    Diagnostic::at(shown, pos, "not a line of a PO file")
                        .found(format!("`{line}`"))
                        .expected("msgctxt, msgid, msgstr, a quoted string or a # comment"),
                ]);
            }
        };
        let value = unquote(rest).ok_or_else(|| {
            vec![
                Diagnostic::at(
                    shown,
                    pos,
                    "a string that is not closed or not escaped as PO escapes",
                )
                .found(format!("`{rest}`"))
                .expected("\"text\", with \\\" \\\\ \\n \\t escapes"),
            ]
        })?;
        match name {
            Some(name) => {
                // A new entry starts at its msgctxt, or at a msgid without one.
                let starts = name == "msgctxt" || (name == "msgid" && field != Some("msgctxt"));
                if starts {
                    entries.push(Entry {
                        at: pos,
                        ..Entry::default()
                    });
                }
                field = Some(name);
            }
            None if field.is_none() => {
                return Err(vec![
                    Diagnostic::at(shown, pos, "a string that belongs to nothing")
                        .expected("msgctxt, msgid or msgstr before it"),
                ]);
            }
            None => {}
        }
        let entry = entries.last_mut().expect("an entry was started");
        match field {
            Some("msgctxt") => entry.msgctxt.get_or_insert_default().push_str(&value),
            Some("msgstr") => entry.msgstr.push_str(&value),
            _ => {}
        }
    }
    Ok(entries)
}

/// The text of a quoted PO string, or `None` when it is not one.
fn unquote(s: &str) -> Option<String> {
    let inner = s.strip_prefix('"')?.strip_suffix('"')?;
    let mut out = String::new();
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push(match chars.next()? {
                'n' => '\n',
                't' => '\t',
                '"' => '"',
                '\\' => '\\',
                _ => return None,
            }),
            '"' => return None,
            c => out.push(c),
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::{quoted, unquote};

    #[test]
    fn strings_survive_quoting_with_quotes_tabs_and_paragraphs() {
        let text = "Line \"one\"\twith \\ a slash\n\nLine two";
        let quoted = quoted(text);
        assert_eq!(
            quoted,
            "\"\"\n\"Line \\\"one\\\"\\twith \\\\ a slash\\n\"\n\"\\n\"\n\"Line two\""
        );
        let back: String = quoted.lines().map(|l| unquote(l).unwrap()).collect();
        assert_eq!(back, text);
    }
}
