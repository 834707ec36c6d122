//! `clause diff <policy> <from> <to>`: the change notice in the terminal.

use super::{EXIT_CONTENT, EXIT_OK, Format, report, usage_error};
use crate::config::Config;
use crate::content::model::Policy;
use crate::content::translation::Translation;
use crate::content::{LoadedPolicy, version::Release};
use crate::diagnostics::Diagnostics;
use crate::i18n::localize::localize;
use crate::render::markdown::Markdown;
use crate::render::notice::{NoticeInput, NoticeView, notice};
use crate::versions::{diff, material};
use clap::Args;
use std::collections::BTreeMap;
use std::io::IsTerminal;
use std::path::PathBuf;

/// Options of `diff`.
#[derive(Debug, Args)]
pub struct DiffArgs {
    /// The policy id.
    pub policy: String,
    /// The earlier version id.
    pub from: String,
    /// The later version id, or `draft` for the working draft.
    pub to: String,
    /// The locale to show the notice in (default: the site's default locale).
    #[arg(long)]
    pub locale: Option<String>,
    /// How to print the notice.
    #[arg(long, value_enum, default_value_t = NoticeFormat::Text)]
    pub format: NoticeFormat,
    /// The site root, where clause.yaml is.
    #[arg(long, default_value = ".")]
    pub root: PathBuf,
}

/// How `diff` prints the notice.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum NoticeFormat {
    /// The notice as text for a terminal (coloured on one).
    Text,
    /// The notice, its findings and its changes as one JSON document.
    Json,
}

/// One side of the comparison: a released version or the draft.
pub(super) struct Side<'a> {
    pub(super) id: String,
    text: SideText<'a>,
    release: Option<&'a Release>,
}

/// The text of a side: the draft's, or a version's (held while the command runs).
enum SideText<'a> {
    Draft(&'a Policy, &'a BTreeMap<String, Translation>),
    Version(std::sync::Arc<crate::content::version::Text>),
}

impl Side<'_> {
    pub(super) fn policy(&self) -> &Policy {
        match &self.text {
            SideText::Draft(policy, _) => policy,
            SideText::Version(text) => &text.policy,
        }
    }

    fn translations(&self) -> &BTreeMap<String, Translation> {
        match &self.text {
            SideText::Draft(_, translations) => translations,
            SideText::Version(text) => &text.translations,
        }
    }

    /// This text, localized into `locale`, ready for [`crate::i18n::localize::comparable`].
    fn to_compare(&self, locale: &str, config: &Config) -> crate::i18n::localize::Side<'_> {
        crate::i18n::localize::Side {
            source: self.policy(),
            translations: self.translations(),
            localized: localize(self.policy(), self.translations(), locale, config).policy,
        }
    }
}

/// The version `id` of `p`, or its draft for `draft`.
pub(super) fn side<'a>(p: &'a LoadedPolicy, id: &str) -> Result<Side<'a>, String> {
    if id == "draft" {
        return Ok(Side {
            id: id.into(),
            text: SideText::Draft(&p.policy, &p.translations),
            release: None,
        });
    }
    let v = p.versions.iter().find(|v| v.id == id).ok_or_else(|| {
        let ids: Vec<&str> = p
            .versions
            .iter()
            .map(|v| v.id.as_str())
            .chain(["draft"])
            .collect();
        format!(
            "`{}` has no version `{id}`; expected one of: {}",
            p.id,
            ids.join(", ")
        )
    })?;
    Ok(Side {
        id: id.into(),
        text: SideText::Version(v.text()),
        release: Some(&v.release),
    })
}

/// The policy `id` of `site`, or the message that lists the ones there are.
pub(super) fn find_policy<'a>(
    site: &'a crate::content::Site,
    id: &str,
) -> Result<&'a LoadedPolicy, String> {
    site.policies
        .iter()
        .find(|p| p.id == id)
        .map(|p| &**p)
        .ok_or_else(|| {
            let ids: Vec<&str> = site.policies.iter().map(|p| p.id.as_str()).collect();
            format!("no policy `{id}`; expected one of: {}", ids.join(", "))
        })
}

pub fn run(args: DiffArgs) -> i32 {
    let mut diagnostics = Diagnostics::default();
    let site = crate::content::load_site(&args.root, &mut diagnostics);
    let catalog = site
        .as_ref()
        .and_then(|s| crate::i18n::load(&args.root, &s.config, &mut diagnostics));
    let (Some(site), Some(catalog)) = (site, catalog) else {
        report(&diagnostics, Format::Text);
        return EXIT_CONTENT;
    };
    let config = &site.config;
    let locale = args
        .locale
        .clone()
        .unwrap_or_else(|| config.default_locale().to_string());
    if !config.locales.contains(&locale) {
        return usage_error(&format!(
            "`{locale}` is not a locale of this site; expected one of: {}",
            config.locales.join(", ")
        ));
    }
    let p = match find_policy(&site, &args.policy) {
        Ok(p) => p,
        Err(message) => return usage_error(&message),
    };
    let (old, new) = match (side(p, &args.from), side(p, &args.to)) {
        (Ok(a), Ok(b)) => (a, b),
        (Err(e), _) | (_, Err(e)) => return usage_error(&e),
    };
    let findings = material::between(old.policy(), new.policy());
    let (old_l, new_l) = crate::i18n::localize::comparable(
        old.to_compare(&locale, config),
        new.to_compare(&locale, config),
        &locale,
        config,
    );
    let shown = diff::diff(&old_l, &new_l);
    let input = NoticeInput {
        old: Some(&old_l),
        new: &new_l,
        diff: &shown,
        findings: &findings,
        release: new.release,
        version: &new.id,
        previous: Some(&old.id),
        locale: &locale,
        chain: config.fallback_chain(&locale),
        numbering: config.numbering.as_deref(),
    };
    let view = notice(&input, catalog.strings(&locale), &Markdown::default());
    match args.format {
        NoticeFormat::Json => {
            let json = serde_json::json!({
                "policy": p.id,
                "from": old.id,
                "to": new.id,
                "locale": locale,
                "material": !findings.is_empty(),
                "findings": findings,
                "changes": shown,
                "notice": view,
            });
            println!(
                "{}",
                serde_json::to_string_pretty(&json).unwrap_or_default()
            );
        }
        NoticeFormat::Text => {
            let colour = std::io::stdout().is_terminal()
                && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
            print!(
                "{}",
                text(
                    &view,
                    &format!("{}: {} → {} ({locale})", p.id, old.id, new.id),
                    colour
                )
            );
        }
    }
    EXIT_OK
}

/// The notice as terminal text. Insertions and deletions are bracketed (`{+…+}`, `[-…-]`)
/// whether or not colour is on, so nothing depends on colour alone.
pub fn text(view: &NoticeView, heading: &str, colour: bool) -> String {
    let paint = |code: &str, s: &str| {
        if colour {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    };
    let mut out = format!("{}\n{heading}\n", paint("1", &view.title));
    if let Some(change) = &view.change {
        out.push_str(&format!("{change}\n"));
    }
    if let Some(summary) = &view.summary_text {
        out.push_str(&format!("\n{summary}\n"));
    }
    if !view.reasons.is_empty() {
        out.push('\n');
        for r in &view.reasons {
            out.push_str(&format!("{} {r}\n", paint("33", "!")));
        }
    }
    if let Some(note) = &view.override_note {
        out.push_str(&format!("{note}\n"));
    }
    out.push_str(&format!("\n{}\n", view.compared));
    if let Some(u) = &view.unchanged {
        out.push_str(&format!("{u}\n"));
    }
    for g in &view.groups {
        out.push_str(&format!("\n{}\n", paint("1", &g.title)));
        for i in &g.items {
            let mark = match i.op {
                "added" => paint("32", "+"),
                "removed" => paint("31", "-"),
                _ => paint("33", "~"),
            };
            match i.name.as_str() {
                "" => out.push_str(&format!("  {mark} {}\n", i.op_label)),
                name => out.push_str(&format!("  {mark} {}: {name}\n", i.op_label)),
            }
            for d in &i.details {
                out.push_str(&format!("      {d}\n"));
            }
        }
    }
    for s in &view.sections {
        out.push_str(&format!(
            "\n{} ({})\n",
            paint("1", &s.title),
            s.labels.join("; ")
        ));
        // Block by block, a blank line between, as the page shows them.
        for (i, block) in s.blocks.iter().enumerate() {
            if i > 0 {
                out.push('\n');
            }
            let text = match block.op {
                "folded" => format!("… {} …", block.text),
                _ => painted_marks(&block.text, &paint),
            };
            for line in text.trim_end().lines() {
                out.push_str(&format!("    {line}\n"));
            }
        }
    }
    out
}

/// `text` with its `{+added+}` and `[-removed-]` runs painted green and red.
fn painted_marks(text: &str, paint: &dyn Fn(&str, &str) -> String) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(at) = rest.find(['{', '[']) {
        let (open, close, colour) = match &rest[at..] {
            r if r.starts_with("{+") => ("{+", "+}", "32"),
            r if r.starts_with("[-") => ("[-", "-]", "31"),
            _ => {
                out.push_str(&rest[..=at]);
                rest = &rest[at + 1..];
                continue;
            }
        };
        let Some(end) = rest[at + open.len()..].find(close) else {
            break;
        };
        let end = at + open.len() + end + close.len();
        out.push_str(&rest[..at]);
        out.push_str(&paint(colour, &rest[at..end]));
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}
