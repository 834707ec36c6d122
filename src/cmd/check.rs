//! `clause check`: everything `build` does except writing, plus the translation report.

use super::{CommonArgs, EXIT_CONTENT, EXIT_OK, Format, load_and_render, report};
use crate::compliance::{self, LawResult};
use crate::diagnostics::Diagnostics;
use crate::i18n::status::Status;

pub fn run(args: CommonArgs) -> i32 {
    let output = crate::output::Discard::default();
    let built = match load_and_render(&args, &output) {
        Ok(built) => built,
        Err(code) => return code,
    };
    let site = &built.site;
    let mut problems = Diagnostics::default();
    problems.set_root(&site.root);
    let mut laws = Vec::new();
    let unstated: Vec<(&str, Unstated)> = site
        .policies
        .iter()
        .map(|p| (p.id.as_str(), unstated_facts(&p.policy)))
        .collect();
    for p in &site.policies {
        let review = compliance::review(&p.file, &p.policy);
        problems.extend(review.problems);
        laws.push((p.id.as_str(), review.laws));
    }
    match args.format {
        Format::Text => {
            print!("{}", translation_report(&built.translations));
            print!("{}", compliance_report(&laws));
            print!("{}", unstated_report(&unstated));
            if !problems.is_empty() {
                report(&problems, Format::Text);
                return EXIT_CONTENT;
            }
            eprintln!(
                "No problems found: {}, {}, {} pages",
                count(site.policies.len(), "policy", "policies"),
                count(site.config.locales.len(), "locale", "locales"),
                output.page_count()
            );
        }
        Format::Json => {
            let compliance: serde_json::Map<String, serde_json::Value> = laws
                .iter()
                .map(|(id, r)| (id.to_string(), serde_json::json!(r)))
                .collect();
            let unstated: serde_json::Map<String, serde_json::Value> = unstated
                .iter()
                .map(|(id, facts)| {
                    let facts: Vec<_> = facts
                        .iter()
                        .map(|(c, f)| serde_json::json!({ "data_category": c, "facts": f }))
                        .collect();
                    (id.to_string(), serde_json::json!(facts))
                })
                .collect();
            let json = serde_json::json!({
                "translations": built.translations,
                "compliance": compliance,
                "unstated": unstated,
            });
            println!(
                "{}",
                serde_json::to_string_pretty(&json).unwrap_or_default()
            );
            report(&problems, Format::Json);
            if !problems.is_empty() {
                return EXIT_CONTENT;
            }
        }
    }
    EXIT_OK
}

/// Per data category (by id), the facts it leaves unstated.
pub type Unstated = Vec<(String, Vec<&'static str>)>;

/// Per data category of the draft, the facts the app stores ask about that it does not
/// state (see `labels::CategoryLabel::unstated`).
fn unstated_facts(policy: &crate::content::model::Policy) -> Unstated {
    let categories = crate::labels::Labels::of(policy)
        .categories
        .into_iter()
        .filter(|c| !c.unstated.is_empty())
        .map(|c| (c.id, c.unstated));
    // A purpose without a kind is "Other purposes" to the stores.
    let purposes = policy
        .purposes
        .iter()
        .filter(|p| p.kind.is_none())
        .map(|p| (format!("purpose {}", p.id.value), vec!["kind"]));
    categories.chain(purposes).collect()
}

/// The facts each policy leaves unstated, so that the author decides: pages show them as
/// not stated, and the store files assume the stores' usual answers until they are stated.
pub fn unstated_report(policies: &[(&str, Unstated)]) -> String {
    if policies.iter().all(|(_, facts)| facts.is_empty()) {
        return String::new();
    }
    let mut out = String::from(
        "Facts not stated (pages say so; the app-store files assume the stores' usual answers until you state them):\n",
    );
    for (id, facts) in policies.iter().filter(|(_, f)| !f.is_empty()) {
        for (category, unstated) in facts {
            out.push_str(&format!("  {id}  {category}: {}\n", unstated.join(", ")));
        }
    }
    out
}

/// One line per policy: each law's checklist, items met of those that apply, and waivers.
pub fn compliance_report(laws: &[(&str, Vec<LawResult>)]) -> String {
    if laws.iter().all(|(_, r)| r.is_empty()) {
        return String::new();
    }
    let width = laws.iter().map(|(id, _)| id.len()).max().unwrap_or(0);
    let mut out = String::from("Jurisdiction checklists:\n");
    for (id, results) in laws.iter().filter(|(_, r)| !r.is_empty()) {
        let each: Vec<String> = results
            .iter()
            .map(|r| {
                let mut s = format!("{} {}/{}", r.law, r.met, r.applicable);
                if !r.waived.is_empty() {
                    s.push_str(&format!(
                        " ({} waived: {})",
                        r.waived.len(),
                        r.waived.join(", ")
                    ));
                }
                s
            })
            .collect();
        out.push_str(&format!("  {id:<width$}  {}\n", each.join(", ")));
    }
    out
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
