//! `clause check`: everything `build` does except writing, plus the translation report.

use super::{CommonArgs, EXIT_OK, Format, load_and_render, report};
use crate::diagnostics::Diagnostics;
use crate::i18n::status::Status;

pub fn run(args: CommonArgs) -> i32 {
    let output = crate::output::Discard::default();
    let built = match load_and_render(&args, &output) {
        Ok(built) => built,
        Err(code) => return code,
    };
    let site = &built.site;
    match args.format {
        Format::Text => {
            print!("{}", translation_report(&built.translations));
            eprintln!(
                "No problems found: {}, {}, {} pages",
                count(site.policies.len(), "policy", "policies"),
                count(site.config.locales.len(), "locale", "locales"),
                output.page_count()
            );
        }
        Format::Json => {
            let json = serde_json::json!({ "translations": built.translations });
            println!(
                "{}",
                serde_json::to_string_pretty(&json).unwrap_or_default()
            );
            report(&Diagnostics::default(), Format::Json);
        }
    }
    EXIT_OK
}

/// How many keys of one kind the report lists before summing up the rest.
const LISTED: usize = 10;

fn capped(lines: impl Iterator<Item = String>, total: usize, rest_hint: &str) -> String {
    let mut out: String = lines.take(LISTED).map(|l| format!("      {l}\n")).collect();
    if total > LISTED {
        out.push_str(&format!(
            "      … and {} more; {rest_hint}\n",
            total - LISTED
        ));
    }
    out
}

fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// One line per policy and locale, then every missing and stale key of incomplete ones.
pub fn translation_report(statuses: &[Status]) -> String {
    if statuses.is_empty() {
        return String::new();
    }
    let width = statuses
        .iter()
        .map(|s| s.policy.len() + s.locale.len())
        .max()
        .unwrap_or(0);
    let mut out = String::from("Translations:\n");
    for s in statuses {
        let name = format!("{} {}", s.policy, s.locale);
        let mut line = format!(
            "  {name:<w$}  {:>3}%  {}/{} texts",
            s.coverage,
            s.translated,
            s.total,
            w = width + 1
        );
        if !s.missing.is_empty() {
            line.push_str(&format!(", {} missing", s.missing.len()));
        }
        if !s.stale.is_empty() {
            line.push_str(&format!(", {} stale", s.stale.len()));
        }
        out.push_str(&line);
        out.push('\n');
        let missing = s.missing.iter().map(|key| format!("missing  {key}"));
        out.push_str(&capped(
            missing,
            s.missing.len(),
            &format!(
                "`clause translate {} {}` stubs them all",
                s.policy, s.locale
            ),
        ));
        let stale = s.stale.iter().map(|stale| {
            let why = match stale.reason {
                "changed" => "source changed since confirmed",
                _ => "never confirmed",
            };
            format!("stale    {} ({why})", stale.key)
        });
        out.push_str(&capped(
            stale,
            s.stale.len(),
            "`--strict` lists each with its location",
        ));
    }
    out
}
