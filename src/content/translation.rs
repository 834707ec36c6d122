//! Translation files: `content/<policy>/<locale>.yaml`, one per locale, keyed by the draft's
//! text keys (see [`super::texts`]), and the record of what a reviewer confirmed,
//! `content/<policy>/<locale>.confirmed.json`.

use super::model::Policy;
use super::texts;
use crate::config::Config;
use crate::diagnostics::{Diagnostic, Diagnostics, Pos};
use crate::yaml::{self, Entries};
use serde::{Deserialize, Serialize};
use serde_saphyr::Spanned;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// The end of a confirmation file's name: `zh-Hant.confirmed.json`.
pub const CONFIRMED_SUFFIX: &str = ".confirmed.json";

/// One locale's translation of one policy.
#[derive(Debug, Clone, Default)]
pub struct Translation {
    /// The translation file as shown in diagnostics (`content/<policy>/<locale>.yaml`).
    pub file: String,
    /// Translated texts by key. Keys written without a text (`~` or empty) are absent.
    pub texts: BTreeMap<String, String>,
    /// Where each key is written, stubs included.
    pub keys: BTreeMap<String, Pos>,
    /// What a reviewer last confirmed, if ever.
    pub confirmed: Option<Confirmed>,
    /// Texts the site library's translation gives, by key: those the draft has exactly as
    /// the library writes them and this file does not mention.
    pub served: BTreeMap<String, Served>,
}

/// A text that the library's translation gives a policy.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Served {
    /// The library's translation file (`library/<locale>.yaml`).
    pub file: String,
    /// Where it writes the key.
    pub at: Pos,
    /// The source hash its reviewer confirmed, if ever.
    pub confirmed: Option<String>,
}

/// `<locale>.confirmed.json`: the source text each translated key was confirmed against.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Confirmed {
    /// The locale of the source text (the site's default locale).
    pub source: String,
    /// Key → SHA-256 of the source text, as lowercase hex.
    pub keys: BTreeMap<String, String>,
    /// Who confirmed them last (`clause confirm --by`, else git's user.name), if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub by: Option<String>,
}

/// SHA-256 of a text, as lowercase hex.
pub fn hash(text: &str) -> String {
    crate::output::sha256_hex(text.as_bytes())
}

/// Loads every translation file of a policy folder, keyed by canonical locale.
pub fn load_all(
    dir: &Path,
    folder: &str,
    policy: &Policy,
    config: &Config,
    diagnostics: &mut Diagnostics,
) -> BTreeMap<String, Translation> {
    let known: BTreeSet<String> = texts::list(policy).into_iter().map(|t| t.key).collect();
    load_folder(
        dir,
        folder,
        &known,
        &["policy", "release"],
        config,
        diagnostics,
    )
}

/// Loads every `<locale>.yaml` of `dir` (shown as `folder`) but the files named `own`,
/// with their confirmations, against the `known` keys.
pub fn load_folder(
    dir: &Path,
    folder: &str,
    known: &BTreeSet<String>,
    own: &[&str],
    config: &Config,
    diagnostics: &mut Diagnostics,
) -> BTreeMap<String, Translation> {
    let mut found = BTreeMap::new();
    for name in file_names(dir) {
        let shown = format!("{folder}/{name}");
        let Some(stem) = name.strip_suffix(".yaml") else {
            continue;
        };
        if own.contains(&stem) {
            continue;
        }
        let Some(locale) = translation_locale(stem, &shown, config, diagnostics) else {
            continue;
        };
        if let Some(t) = load_one(dir, &name, &shown, known, diagnostics) {
            found.insert(locale, t);
        }
    }
    for (locale, t) in &mut found {
        let name = format!("{locale}{CONFIRMED_SUFFIX}");
        let path = dir.join(&name);
        if path.is_file() {
            t.confirmed = load_confirmed(&path, &format!("{folder}/{name}"), diagnostics);
        }
    }
    found
}

fn file_names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().map(|t| t.is_file()).unwrap_or(false))
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// The site locale a file stem names, or a diagnostic.
fn translation_locale(
    stem: &str,
    shown: &str,
    config: &Config,
    diagnostics: &mut Diagnostics,
) -> Option<String> {
    let canonical = stem
        .parse::<unic_langid::LanguageIdentifier>()
        .map(|l| l.to_string())
        .ok();
    let others = &config.locales[1..];
    match canonical {
        Some(code) if others.contains(&code) && code == stem => Some(code),
        Some(code) if others.contains(&code) => {
            diagnostics.push(
                Diagnostic::file(shown, "translation file name is not in canonical form")
                    .found(format!("`{stem}.yaml`"))
                    .expected(format!("`{code}.yaml`")),
            );
            None
        }
        Some(code) if code == config.default_locale() => {
            diagnostics.push(
                Diagnostic::file(shown, format!("`{code}` is the default locale"))
                    .expected("the default locale's text in `policy.yaml`; translation files only for the other locales"),
            );
            None
        }
        _ => {
            let expected = if others.is_empty() {
                "no translation files: the site has one locale (add more under `locales` in clause.yaml)".to_string()
            } else {
                let names: Vec<String> = others.iter().map(|l| format!("{l}.yaml")).collect();
                format!(
                    "a translation file for a locale in clause.yaml: {}",
                    names.join(", ")
                )
            };
            diagnostics.push(
                Diagnostic::file(
                    shown,
                    "translation file for a locale the site does not publish",
                )
                .found(format!("`{stem}`"))
                .expected(expected),
            );
            None
        }
    }
}

fn load_one(
    dir: &Path,
    name: &str,
    shown: &str,
    known: &BTreeSet<String>,
    diagnostics: &mut Diagnostics,
) -> Option<Translation> {
    let text = yaml::read_text(&dir.join(name), shown)
        .map_err(|d| diagnostics.push(d))
        .ok()?;
    translation_from_text(shown, &text, known)
        .map_err(|problems| diagnostics.extend(problems))
        .ok()
}

/// Parses the text of one translation file (`shown` names it) against the `known` keys.
pub fn translation_from_text(
    shown: &str,
    text: &str,
    known: &BTreeSet<String>,
) -> Result<Translation, Vec<Diagnostic>> {
    let mut problems = Vec::new();
    // `<locale>.yaml`: right-to-left locales may use (balanced) bidi controls.
    let locale = std::path::Path::new(shown)
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let rtl = crate::i18n::direction(&locale) == "rtl";
    let entries: Entries<Spanned<String>, Spanned<Value>> =
        yaml::parse_in(shown, text, rtl).map_err(|d| vec![d])?;
    let mut t = Translation {
        file: shown.to_string(),
        ..Translation::default()
    };
    for (key, value) in entries.0 {
        let pos = Pos::from_location(&key.referenced);
        if !known.contains(&key.value) {
            problems.push(unknown_key(shown, pos, &key.value, known));
            continue;
        }
        match value.value {
            Value::Text(v) if !v.trim().is_empty() => {
                t.texts.insert(key.value.clone(), v);
            }
            Value::Text(_) => {}
            Value::Structure(found) => {
                let at = Pos::from_location(&value.referenced);
                problems.push(
                    Diagnostic::at(shown, at, format!("the translation of `{}` is not text", key.value))
                        .found(found)
                        .expected("text after the key, or ~ for none yet (keys are flat, e.g. `sections.intro.title: …`)"),
                );
            }
        }
        t.keys.insert(key.value, pos);
    }
    if problems.is_empty() {
        Ok(t)
    } else {
        Err(problems)
    }
}

/// A value in a translation file: text (scalars count as text), or a structure, which is
/// reported with its location instead of failing the whole file.
enum Value {
    Text(String),
    Structure(&'static str),
}

impl<'de> Deserialize<'de> for Value {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visit;
        impl<'de> serde::de::Visitor<'de> for Visit {
            type Value = Value;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("text")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Value, E> {
                crate::render::markdown::nesting_problem(v).map_or_else(
                    || Ok(Value::Text(v.to_string())),
                    |problem| Err(E::custom(problem)),
                )
            }
            fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
                Ok(Value::Text(v.to_string()))
            }
            fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
                Ok(Value::Text(v.to_string()))
            }
            fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
                Ok(Value::Text(v.to_string()))
            }
            fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
                Ok(Value::Text(v.to_string()))
            }
            fn visit_unit<E>(self) -> Result<Value, E> {
                Ok(Value::Text(String::new()))
            }
            fn visit_none<E>(self) -> Result<Value, E> {
                Ok(Value::Text(String::new()))
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<Value, A::Error> {
                while map
                    .next_entry::<serde::de::IgnoredAny, serde::de::IgnoredAny>()?
                    .is_some()
                {}
                Ok(Value::Structure("a mapping"))
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<Value, A::Error> {
                while seq.next_element::<serde::de::IgnoredAny>()?.is_some() {}
                Ok(Value::Structure("a list"))
            }
        }
        deserializer.deserialize_any(Visit)
    }
}

fn unknown_key(shown: &str, pos: Pos, key: &str, known: &BTreeSet<String>) -> Diagnostic {
    let pos = Pos {
        len: key.chars().count(),
        ..pos
    };
    // The library's translations are keyed by the library's texts, a policy's by its draft's.
    let of = if shown.starts_with(&format!("{}/", super::library::LIBRARY_DIR)) {
        "the library"
    } else {
        "the draft"
    };
    let expected = match super::ids::closest(key, known.iter().map(String::as_str)) {
        Some(near) => format!("a text key of {of}; did you mean `{near}`?"),
        None => format!(
            "a text key of {of}, such as `sections.<id>.title` (`clause translate` writes a stub for every key)"
        ),
    };
    Diagnostic::at(
        shown,
        pos,
        format!("translation key matches nothing in {of}"),
    )
    .found(format!("`{key}`"))
    .expected(expected)
}

fn load_confirmed(path: &Path, shown: &str, diagnostics: &mut Diagnostics) -> Option<Confirmed> {
    let expected = "the file as `clause confirm` writes it";
    yaml::read_json(path, shown, "confirmation file", expected, diagnostics)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typo_finds_its_key() {
        let known: BTreeSet<String> = ["sections.intro.title", "sections.intro.body"]
            .map(String::from)
            .into();
        assert_eq!(
            super::super::ids::closest("sections.intro.titel", known.iter().map(String::as_str)),
            Some("sections.intro.title")
        );
        let known = known.iter().map(String::as_str);
        assert_eq!(super::super::ids::closest("purposes.ads.name", known), None);
    }

    #[test]
    fn hash_is_sha256_hex() {
        assert_eq!(
            hash("abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }
}
