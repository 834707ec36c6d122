//! `clause check`: everything `build` does except writing, plus the translation report.

use super::{CommonArgs, EXIT_OK, Format, load_and_render, report};
use crate::diagnostics::Diagnostics;
use crate::i18n::status::Status;

pub fn run(args: CommonArgs) -> i32 {
    let built = match load_and_render(&args) {
        Ok(built) => built,
        Err(code) => return code,
    };
    let (site, output) = (&built.site, &built.output);
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
            s.coverage(),
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
        for key in &s.missing {
            out.push_str(&format!("      missing  {key}\n"));
        }
        for stale in &s.stale {
            let why = match stale.reason {
                "changed" => "source changed since confirmed",
                _ => "never confirmed",
            };
            out.push_str(&format!("      stale    {} ({why})\n", stale.key));
        }
    }
    out
}
