//! XLIFF 2.0, the exchange format of translation agencies and their tools: one file per
//! policy and locale with every text of the policy's own translation file, its source, its
//! translation if any, and its state (`initial`: missing; `translated`: stale, with a note
//! saying why; `final`: confirmed against the current source). Reading one back gives the
//! targets by key, or exact errors for units the draft no longer has. The site library's
//! texts are translated in the library's own file, and are not in a policy's.

use super::status::status;
use crate::content::LoadedPolicy;
use crate::content::texts::{self, SourceText};
use crate::diagnostics::{Diagnostic, Pos};
use std::collections::BTreeMap;

/// The first line of every file Clause writes: a file without it is not replaced.
/// (An XML comment may not hold `--`, so the options are not named in it.)
pub const MARK: &str =
    "<!-- Written by Clause: clause translate, read back with its import option. -->";

const NAMESPACE: &str = "urn:oasis:names:tc:xliff:document:2.0";

/// The texts of `loaded`'s own translation file into `locale`, in the order of
/// policy.yaml: names only where a translation gives one.
pub fn own_texts(loaded: &LoadedPolicy, locale: &str) -> Vec<SourceText> {
    let t = loaded.translations.get(locale);
    let translated = |key: &str| t.is_some_and(|t| t.texts.contains_key(key));
    let mentioned = |key: &str| t.is_some_and(|t| t.keys.contains_key(key));
    texts::list(&loaded.policy)
        .into_iter()
        .filter(|s| !loaded.library_texts.contains(&s.key) || mentioned(&s.key))
        .filter(|s| !texts::is_fixed(&loaded.policy, &s.key) || translated(&s.key))
        .collect()
}

/// One text as an exchange file carries it.
pub struct Unit {
    /// The translation key.
    pub key: String,
    /// The source text.
    pub source: String,
    /// The translation, if there is one.
    pub target: Option<String>,
    /// Why the translation is stale, if it is.
    pub stale: Option<&'static str>,
}

/// The units of `loaded`'s own translation file into `locale`, in the order of policy.yaml.
pub fn units(loaded: &LoadedPolicy, locale: &str) -> Vec<Unit> {
    let s = status(loaded, locale);
    let t = loaded.translations.get(locale);
    own_texts(loaded, locale)
        .into_iter()
        .map(|text| {
            let stale = s
                .stale
                .iter()
                .find(|st| st.key == text.key)
                .map(|st| match st.reason {
                    "changed" => "stale: the source changed since this translation was confirmed",
                    _ => "stale: this translation was never confirmed",
                });
            Unit {
                target: t.and_then(|t| t.texts.get(&text.key)).cloned(),
                key: text.key,
                source: text.text,
                stale,
            }
        })
        .collect()
}

/// A unit id (`key`) that the draft no longer has, as a diagnostic at `pos` of `shown`.
pub fn unknown_key(
    shown: &str,
    pos: Pos,
    key: &str,
    known: &[String],
    loaded: &LoadedPolicy,
    locale: &str,
    format: &str,
) -> Diagnostic {
    let near = crate::content::ids::closest(key, known.iter().map(String::as_str));
    let again = format!(
        "export again with `clause translate {} {locale} --format {format}`",
        loaded.id
    );
    Diagnostic::at(
        shown,
        pos,
        format!("unit `{key}` is not a text of the draft any more"),
    )
    .found(format!("`{key}`"))
    .expected(match near {
        Some(k) => format!("a key of the draft, such as `{k}`; {again}"),
        None => format!("a key of the draft; {again}"),
    })
}

/// The XLIFF document of `loaded` into `locale`, from `source` (the default locale).
pub fn write(loaded: &LoadedPolicy, locale: &str, source: &str) -> String {
    let mut out = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n{MARK}\n<xliff xmlns=\"{NAMESPACE}\" version=\"2.0\" srcLang=\"{}\" trgLang=\"{}\">\n  <file id=\"{}\">\n",
        attr(source),
        attr(locale),
        attr(&loaded.id)
    );
    for unit in units(loaded, locale) {
        let state = match (&unit.target, unit.stale) {
            (None, _) => "initial",
            (Some(_), Some(_)) => "translated",
            (Some(_), None) => "final",
        };
        out.push_str(&format!("    <unit id=\"{}\">\n", attr(&unit.key)));
        if let Some(why) = unit.stale {
            out.push_str(&format!(
                "      <notes>\n        <note category=\"clause\">{why}</note>\n      </notes>\n"
            ));
        }
        out.push_str(&format!(
            "      <segment state=\"{state}\">\n        <source>{}</source>\n",
            body(&unit.source)
        ));
        if let Some(target) = &unit.target {
            out.push_str(&format!("        <target>{}</target>\n", body(target)));
        }
        out.push_str("      </segment>\n    </unit>\n");
    }
    out.push_str("  </file>\n</xliff>\n");
    out
}

/// The targets of an XLIFF document for `loaded` in `locale`, by key: units without a
/// target (or with an empty one) are left out. `shown` names the file in diagnostics.
pub fn read(
    text: &str,
    shown: &str,
    loaded: &LoadedPolicy,
    locale: &str,
) -> Result<BTreeMap<String, String>, Vec<Diagnostic>> {
    let doc = roxmltree::Document::parse(text).map_err(|e| {
        let pos = e.pos();
        vec![
            Diagnostic::at(shown, at(pos.row, pos.col), "not well-formed XML").found(e.to_string()),
        ]
    })?;
    let here = |node: roxmltree::Node| {
        let p = doc.text_pos_at(node.range().start);
        at(p.row, p.col)
    };
    let root = doc.root_element();
    let mut problems = Vec::new();
    if root.tag_name().name() != "xliff" || root.attribute("version") != Some("2.0") {
        return Err(vec![
            Diagnostic::at(shown, here(root), "not an XLIFF 2.0 document")
                .found(format!("<{}>", root.tag_name().name()))
                .expected("<xliff version=\"2.0\">, as `clause translate --format xliff` writes"),
        ]);
    }
    if root.attribute("trgLang") != Some(locale) {
        problems.push(
            Diagnostic::at(shown, here(root), "the file is for another language")
                .found(format!(
                    "trgLang=\"{}\"",
                    root.attribute("trgLang").unwrap_or("")
                ))
                .expected(format!("trgLang=\"{locale}\"")),
        );
    }
    let known: Vec<String> = own_texts(loaded, locale)
        .into_iter()
        .map(|s| s.key)
        .collect();
    let mut targets = BTreeMap::new();
    for file in root
        .children()
        .filter(|n| n.has_tag_name((NAMESPACE, "file")))
    {
        if file.attribute("id") != Some(loaded.id.as_str()) {
            problems.push(
                Diagnostic::at(shown, here(file), "the file is for another policy")
                    .found(format!("id=\"{}\"", file.attribute("id").unwrap_or("")))
                    .expected(format!("id=\"{}\"", loaded.id)),
            );
            continue;
        }
        for unit in file
            .descendants()
            .filter(|n| n.has_tag_name((NAMESPACE, "unit")))
        {
            let id = unit.attribute("id").unwrap_or("");
            if !known.iter().any(|k| k == id) {
                problems.push(
                    unknown_key(shown, here(unit), id, &known, loaded, locale, "xliff")
                        .found(format!("id=\"{id}\"")),
                );
                continue;
            }
            let target = unit
                .descendants()
                .find(|n| n.has_tag_name((NAMESPACE, "target")));
            let Some(target) = target else { continue };
            if target.children().any(|c| c.is_element()) {
                problems.push(
                    Diagnostic::at(
                        shown,
                        here(target),
                        format!("the target of `{id}` has inline markup"),
                    )
                    .expected("plain text (Markdown), as the source is"),
                );
                continue;
            }
            let value: String = target.children().filter_map(|c| c.text()).collect();
            if !value.trim().is_empty() {
                targets.insert(id.to_string(), value);
            }
        }
    }
    if problems.is_empty() {
        Ok(targets)
    } else {
        Err(problems)
    }
}

pub(super) fn at(line: u32, column: u32) -> Pos {
    Pos {
        line: line as usize,
        column: column as usize,
        len: 0,
    }
}

/// Text content, escaped for XML.
fn body(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// An attribute value, escaped for XML.
fn attr(text: &str) -> String {
    body(text).replace('"', "&quot;")
}
