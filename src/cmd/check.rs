//! `clause check`: everything `build` does except writing, plus the translation report.

use super::{CommonArgs, EXIT_CONTENT, EXIT_OK, Format, load_and_render, report};
use crate::compliance::{self, LawResult};
use crate::diagnostics::Diagnostics;
use crate::i18n::status::Status;
use crate::labels::{Labels, TypesFrom};
use crate::render::stores::{self, StoreFile, Withheld};

pub fn run(args: CommonArgs) -> i32 {
    // Only a cache a build made is read: `check` makes none.
    let cache = match super::cache_folder(&args) {
        Ok(found) => found
            .map(|(dir, _)| dir)
            .filter(|dir| dir.join("CACHEDIR.TAG").is_file()),
        Err(code) => return code,
    };
    let output = crate::output::Discard::reading(cache.as_deref());
    let built = match load_and_render(&args, &output, cache.as_deref()) {
        Ok(built) => built,
        Err(code) => return code,
    };
    let site = &built.site;
    let mut problems = Diagnostics::default();
    crate::content::follow(site, &mut problems);
    let mut laws = Vec::new();
    let unstated: Vec<(&str, Unstated)> = site
        .policies
        .iter()
        .map(|p| (p.id.as_str(), unstated_facts(&p.policy)))
        .collect();
    let stores = store_files(&built);
    // What each changed source was when its translation was confirmed, for the reviewer.
    let mut translations = built.translations.clone();
    crate::i18n::status::old_sources(site, &mut translations);
    for p in &site.policies {
        let review = compliance::review(&p.file, &p.policy);
        problems.extend(review.problems);
        laws.push((p.id.as_str(), review.laws));
    }
    match args.format {
        Format::Text | Format::Github => {
            // The review is for reading; `-q` leaves the errors alone.
            if crate::term::verbosity() > crate::term::Verbosity::Quiet {
                print!("{}", translation_report(&translations));
                print!("{}", compliance_report(&laws));
                print!("{}", unstated_report(&unstated));
                print!("{}", store_types_report(site));
                print!("{}", stores_report(&stores));
            }
            if !problems.is_empty() {
                report(&problems, args.format);
                return EXIT_CONTENT;
            }
            let scope = format!(
                "{}, {}, {} pages",
                count(site.policies.len(), "policy", "policies"),
                count(site.config.locales.len(), "locale", "locales"),
                output.page_count()
            );
            // Texts to translate are not errors (they fall back), but they are not "no
            // problems" either.
            let untranslated: usize = built
                .translations
                .iter()
                .map(|t| t.missing.len() + t.stale.len())
                .sum();
            match untranslated {
                0 => crate::say!("No problems found: {scope}"),
                n => crate::say!(
                    "No errors found: {scope}; {} missing or stale (listed above; they show in the fallback language meanwhile)",
                    count(n, "translation text is", "translation texts are")
                ),
            }
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
            let stores: Vec<_> = stores
                .iter()
                .map(|s| {
                    serde_json::json!({
                        "policy": s.policy,
                        "version": s.version,
                        "written": s.written.iter().map(|f| f.name()).collect::<Vec<_>>(),
                        "withheld": s.withheld.iter().map(|w| serde_json::json!({
                            "file": w.file.name(),
                            "unstated": w.facts(),
                        })).collect::<Vec<_>>(),
                    })
                })
                .collect();
            // One document on stdout: the review and its problems together.
            let sorted = problems.sorted();
            let json = serde_json::json!({
                "errors": sorted.len(),
                "diagnostics": sorted,
                "translations": translations,
                "compliance": compliance,
                "unstated": unstated,
                "stores": stores,
            });
            println!(
                "{}",
                serde_json::to_string_pretty(&json).unwrap_or_default()
            );
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
        "Facts not stated (pages say so; no app-store file is written while a fact it declares is unstated):\n",
    );
    for (id, facts) in policies.iter().filter(|(_, f)| !f.is_empty()) {
        for (category, unstated) in facts {
            out.push_str(&format!("  {id}  {category}: {}\n", unstated.join(", ")));
        }
    }
    out
}

/// The app-store files of one policy text: the draft (what the next release would give)
/// or a released version in effect or upcoming.
pub struct StoreFiles {
    /// The policy id.
    pub policy: String,
    /// `draft`, or the version id with its state (`5 (current)`).
    pub version: String,
    /// The files written from it.
    pub written: Vec<StoreFile>,
    /// The files withheld, with why.
    pub withheld: Vec<Withheld>,
}

fn store_files(built: &crate::build::Loaded) -> Vec<StoreFiles> {
    let mut out = Vec::new();
    for (p, timeline) in built.site.policies.iter().zip(&built.timelines) {
        let shown = timeline
            .current
            .into_iter()
            .chain(timeline.upcoming.iter().copied());
        let files = |version: String, labels: Labels| StoreFiles {
            policy: p.id.clone(),
            version,
            written: stores::written(&labels),
            withheld: stores::withheld(&labels),
        };
        for i in shown {
            let v = &p.versions[i];
            let version = format!("{} ({})", v.id, timeline.state(i).as_str());
            out.push(files(version, Labels::of(&v.text().policy)));
        }
        out.push(files("draft".to_string(), Labels::of(&p.policy)));
    }
    out
}

/// Per policy text, which app-store files are written and which are withheld.
pub fn stores_report(files: &[StoreFiles]) -> String {
    if files.is_empty() {
        return String::new();
    }
    let width = files
        .iter()
        .map(|f| f.policy.len() + f.version.len())
        .max()
        .unwrap_or(0);
    let mut out = String::from(
        "App-store files (/api/v1/<policy>/<version>/; `clause export` writes the draft's):\n",
    );
    for f in files {
        let names = |files: &mut dyn Iterator<Item = StoreFile>| {
            files.map(|f| f.name()).collect::<Vec<_>>().join(", ")
        };
        let mut parts = Vec::new();
        if !f.written.is_empty() {
            parts.push(format!(
                "written: {}",
                names(&mut f.written.iter().copied())
            ));
        }
        if !f.withheld.is_empty() {
            parts.push(format!(
                "withheld until their facts are stated: {}",
                names(&mut f.withheld.iter().map(|w| w.file))
            ));
        }
        let name = format!("{} {}", f.policy, f.version);
        out.push_str(&format!(
            "  {name:<w$}  {}\n",
            parts.join("; "),
            w = width + 1
        ));
    }
    out
}

/// Per category whose store types rest on its `kind` alone, what the kind would declare and
/// which items name no type.
pub fn store_types_report(site: &crate::content::Site) -> String {
    let mut lines = Vec::new();
    for p in &site.policies {
        let labels = Labels::of(&p.policy);
        for c in &labels.categories {
            let TypesFrom::Kind { unnamed } = &c.types_from else {
                continue;
            };
            let types: Vec<String> = c.types.iter().map(crate::render::view::code).collect();
            let items = if unnamed.is_empty() {
                "it lists no items".to_string()
            } else {
                format!("items {} name no store type", unnamed.join(", "))
            };
            lines.push(format!(
                "  {}  {}: {items}; its kind alone would say {}\n",
                p.id,
                c.id,
                types.join(", ")
            ));
        }
    }
    if lines.is_empty() {
        return String::new();
    }
    let mut out = String::from(
        "Store data types not stated (list them in `store_types`, or give each item a `store_type` or an id the stores know):\n",
    );
    out.extend(lines);
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
            let mut line = format!("stale    {} ({why})", stale.key);
            if let (Some(was), Some(now)) = (&stale.was, &stale.now) {
                line.push_str(&format!(
                    "\n               was: {}\n               now: {}",
                    one_line(was),
                    one_line(now)
                ));
            }
            line
        });
        out.push_str(&capped(
            stale,
            s.stale.len(),
            "`--strict` lists each with its location",
        ));
    }
    out
}

/// A source text on one line of the report: line breaks shown as ⏎, long texts cut.
fn one_line(text: &str) -> String {
    let flat = text.trim().replace('\n', " ⏎ ");
    match flat.char_indices().nth(100) {
        Some((at, _)) => format!("{}…", &flat[..at]),
        None => flat,
    }
}
