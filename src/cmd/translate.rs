//! `clause translate <policy> <locale>`: stubs for every text the locale's files lack: the
//! policy's own texts in its file, the texts of library elements it includes unchanged in
//! the library's (`library/<locale>.yaml`), so they are translated once for every policy.

use super::{EXIT_CONTENT, EXIT_OK, LocaleArgs, load_for_locale, report, usage_error};
use crate::i18n::status::{library_file, translation_file};
use crate::i18n::stub::stubs;
use crate::i18n::xliff;
use clap::{Args, ValueEnum};
use std::collections::BTreeMap;
use std::path::PathBuf;

/// Options of `translate`.
#[derive(Debug, Args)]
pub struct TranslateArgs {
    /// The policy and locale.
    #[command(flatten)]
    pub locale: LocaleArgs,
    /// What to write: stubs in the translation files (`yaml`), or one file for a
    /// translation agency: XLIFF 2.0 (`xliff`) or gettext PO (`po`).
    #[arg(long, value_enum, default_value_t = Exchange::Yaml, conflicts_with = "import")]
    pub format: Exchange,
    /// Where the exchange file goes (default: `<policy>.<locale>.xlf` or `.po` in the site root).
    #[arg(long, value_name = "FILE", conflicts_with = "import")]
    pub out: Option<PathBuf>,
    /// Read an XLIFF or PO file back into the translation file (by its extension: `.po`,
    /// else XLIFF).
    #[arg(long, value_name = "FILE")]
    pub import: Option<PathBuf>,
}

/// Formats of `translate`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Exchange {
    /// Stubs appended to the YAML translation files.
    Yaml,
    /// An XLIFF 2.0 file with every text, its translation and its state.
    Xliff,
    /// A gettext PO file with the same (stale translations `fuzzy`).
    Po,
}

pub fn run(args: TranslateArgs) -> i32 {
    let exchange = (args.format, args.out, args.import);
    let args = args.locale;
    let (site, policy, _lock) = match load_for_locale(&args) {
        Ok(found) => found,
        Err(code) => return code,
    };
    let source = site.config.default_locale();
    match exchange {
        (_, _, Some(file)) => return import(&args, &policy, source, &file),
        (Exchange::Yaml, ..) => {}
        (format, out, _) => return export(&args, &policy, source, format, out),
    }
    let mut said = Vec::new();
    let mut any_refreshed = false;
    for (shown, shared) in [
        (translation_file(&policy, &args.locale), false),
        (library_file(&args.locale), true),
    ] {
        let path = args.root.join(&shown);
        let existing = if path.exists() {
            match crate::yaml::read_text(&path, &shown) {
                Ok(text) => text,
                Err(d) => return usage_error(&d.message),
            }
        } else {
            String::new()
        };
        let sources = crate::content::texts::list(&policy.policy);
        let (existing, refreshed) =
            crate::i18n::stub::refresh_comments(&existing, &sources, source);
        let (added, count) = stubs(&policy, &args.locale, source, &existing, shared);
        if count == 0 && refreshed == 0 {
            continue;
        }
        any_refreshed |= refreshed > 0;
        if refreshed > 0 {
            crate::say!(
                "Refreshed {refreshed} source {} in {shown}: the source changed since {} written",
                if refreshed == 1 {
                    "comment"
                } else {
                    "comments"
                },
                if refreshed == 1 {
                    "it was"
                } else {
                    "they were"
                }
            );
        }
        if count == 0 {
            if let Err(e) = crate::output::write_file(&path, existing.as_bytes()) {
                return usage_error(&format!("cannot write {}: {e}", path.display()));
            }
            continue;
        }
        let text = format!("{existing}{added}");
        if let Err(e) = crate::output::write_file(&path, text.as_bytes()) {
            return usage_error(&format!("cannot write {}: {e}", path.display()));
        }
        said.push(format!(
            "{count} {} to {shown}",
            if count == 1 { "stub" } else { "stubs" }
        ));
    }
    if said.is_empty() && !any_refreshed {
        let shown = translation_file(&policy, &args.locale);
        crate::say!("{shown} already has every key of the draft; nothing to add");
        return EXIT_OK;
    }
    if said.is_empty() {
        return EXIT_OK;
    }
    crate::say!(
        "Added {}; replace each ~ with the {} text",
        said.join(" and "),
        args.locale
    );
    EXIT_OK
}

/// Writes the exchange file, replacing only one Clause wrote.
fn export(
    args: &LocaleArgs,
    policy: &crate::content::LoadedPolicy,
    source: &str,
    format: Exchange,
    out: Option<PathBuf>,
) -> i32 {
    let (extension, mark) = match format {
        Exchange::Po => ("po", crate::i18n::po::MARK),
        _ => ("xlf", xliff::MARK),
    };
    let name = format!("{}.{}.{extension}", policy.id, args.locale);
    let path = out.unwrap_or_else(|| args.root.join(name));
    if let Ok(old) = std::fs::read_to_string(&path)
        && !old.lines().take(2).any(|l| l == mark)
    {
        return usage_error(&format!(
            "{} exists and was not written by `clause translate`; choose another --out",
            path.display()
        ));
    }
    let text = match format {
        Exchange::Po => crate::i18n::po::write(policy, &args.locale, source),
        _ => xliff::write(policy, &args.locale, source),
    };
    if let Err(e) = crate::output::write_file(&path, text.as_bytes()) {
        return usage_error(&format!("cannot write {}: {e}", path.display()));
    }
    let units = xliff::units(policy, &args.locale).len();
    crate::say!(
        "Wrote {} ({units} texts of {} for {}); bring it back with `clause translate {} {} --import {}`",
        path.display(),
        policy.id,
        args.locale,
        policy.id,
        args.locale,
        path.display()
    );
    EXIT_OK
}

/// Reads an XLIFF file back: the translation file is written whole from what it had and
/// the file's targets, and left alone when nothing differs.
fn import(
    args: &LocaleArgs,
    policy: &crate::content::LoadedPolicy,
    source: &str,
    file: &std::path::Path,
) -> i32 {
    let shown = file.display().to_string();
    let text = match crate::yaml::read_text(file, &shown) {
        Ok(text) => text,
        Err(d) => return usage_error(&d.message),
    };
    let po = file.extension().is_some_and(|e| e == "po");
    let read = if po {
        crate::i18n::po::read(&text, &shown, policy, &args.locale)
    } else {
        xliff::read(&text, &shown, policy, &args.locale)
    };
    let targets = match read {
        Ok(targets) => targets,
        Err(problems) => {
            let mut diagnostics = crate::diagnostics::Diagnostics::default();
            diagnostics.add_source(&shown, &text);
            diagnostics.extend(problems);
            report(&diagnostics, super::Format::Text);
            return EXIT_CONTENT;
        }
    };
    let texts = policy
        .translations
        .get(&args.locale)
        .map(|t| t.texts.clone())
        .unwrap_or_default();
    let changed: Vec<&String> = targets
        .iter()
        .filter(|(k, v)| texts.get(*k) != Some(*v))
        .map(|(k, _)| k)
        .collect();
    let file_shown = translation_file(policy, &args.locale);
    if changed.is_empty() {
        crate::say!("{shown} changes nothing in {file_shown}");
        return EXIT_OK;
    }
    let count = changed.len();
    let changed: BTreeMap<String, String> = targets
        .into_iter()
        .filter(|(k, v)| texts.get(k) != Some(v))
        .collect();
    let path = args.root.join(&file_shown);
    let existing = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
        Err(e) => return usage_error(&format!("cannot read {file_shown}: {e}")),
    };
    let sources = crate::content::texts::list(&policy.policy);
    let set = crate::i18n::stub::set_values(&existing, &changed, &sources, source);
    let (whole, _) = crate::i18n::stub::refresh_comments(&set, &sources, source);
    if let Err(e) = crate::output::write_file(&path, whole.as_bytes()) {
        return usage_error(&format!("cannot write {file_shown}: {e}"));
    }
    crate::say!(
        "Imported {count} {} from {shown} into {file_shown}; review {}, then `clause confirm {} {}`",
        if count == 1 { "text" } else { "texts" },
        if count == 1 { "it" } else { "them" },
        policy.id,
        args.locale
    );
    EXIT_OK
}
