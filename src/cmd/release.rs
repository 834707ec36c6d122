//! `clause release <policy> <version>`: freeze and seal a new version.

use super::{EXIT_CONTENT, EXIT_OK, build_date, parse_date, report, usage_error};
use crate::content::date::Date;
use crate::diagnostics::Diagnostics;
use crate::versions::release::{Refused, Request, release};
use clap::{ArgGroup, Args};
use std::collections::BTreeMap;
use std::path::PathBuf;

/// Options of `release`.
#[derive(Debug, Args)]
#[command(group(ArgGroup::new("kind").required(true).args(["material", "minor"])))]
pub struct ReleaseArgs {
    /// The policy id (its folder under content/).
    pub policy: String,
    /// The new version id, e.g. `3` or `2026.1` (a URL segment: a-z, 0-9, `.`, `-`).
    #[arg(value_name = "VERSION")]
    pub version_id: String,
    /// The release date, YYYY-MM-DD (default: SOURCE_DATE_EPOCH, else today).
    #[arg(long, value_parser = parse_date)]
    pub date: Option<Date>,
    /// The day the version takes effect (default: the draft's meta.effective, else the
    /// release date; the two may not differ).
    #[arg(long, value_parser = parse_date)]
    pub effective: Option<Date>,
    /// Who releases it, recorded and sealed (default: git's user.name, if set).
    #[arg(long, value_name = "NAME")]
    pub by: Option<String>,
    /// A sign-off, recorded and sealed: `--approved-by legal="Ana Ruiz"` (repeatable;
    /// clause.yaml's `approvals:` says which roles a release needs).
    #[arg(long, value_name = "ROLE=NAME")]
    pub approved_by: Vec<String>,
    /// With --material: take effect sooner than change_policy.notice_days allows,
    /// recording this reason.
    #[arg(long, value_name = "REASON", requires = "material")]
    pub short_notice: Option<String>,
    /// The change is material: readers must be told, apps may ask for consent again.
    #[arg(long)]
    pub material: bool,
    /// The change is minor.
    #[arg(long)]
    pub minor: bool,
    /// What changed, per locale: `--summary en="We added sync"` (repeatable).
    #[arg(long, value_name = "LOCALE=TEXT")]
    pub summary: Vec<String>,
    /// A YAML file mapping locales to summaries.
    #[arg(long, value_name = "FILE")]
    pub summary_file: Option<PathBuf>,
    /// With --minor: release although the rules find material changes, recording this reason.
    #[arg(long, value_name = "REASON", requires = "minor")]
    pub override_material: Option<String>,
    /// Release without this locale's translation (repeatable); its pages fall back.
    #[arg(long, value_name = "LOCALE")]
    pub skip_locale: Vec<String>,
    /// The site root, where clause.yaml is.
    #[arg(long, default_value = ".")]
    pub root: PathBuf,
}

pub fn run(args: ReleaseArgs) -> i32 {
    let released = match build_date(args.date) {
        Ok(date) => date,
        Err(message) => return usage_error(&message),
    };
    let summary = match summaries(&args) {
        Ok(s) => s,
        Err(message) => return usage_error(&message),
    };
    let approvals = match super::approvals(&args.approved_by) {
        Ok(a) => a,
        Err(message) => return usage_error(&message),
    };
    let released_by = match super::signer(args.by.as_deref(), &args.root) {
        Ok(name) => name,
        Err(message) => return usage_error(&message),
    };
    // Held until the lock file is written: two releases never read the same old lock.
    let _lock = match super::lock_site(&args.root) {
        Ok(lock) => lock,
        Err(code) => return code,
    };
    let mut diagnostics = Diagnostics::default();
    let loaded = crate::content::load_site(&args.root, &mut diagnostics).and_then(|site| {
        let lock = crate::versions::lock::load(&args.root, &mut diagnostics)?;
        crate::versions::lock::verify(&site, &lock, &mut diagnostics);
        Some((site, lock))
    });
    let Some((site, lock)) = loaded.filter(|_| diagnostics.is_empty()) else {
        report(&diagnostics, super::Format::Text);
        return EXIT_CONTENT;
    };
    let request = Request {
        policy: args.policy.clone(),
        version: args.version_id.clone(),
        released,
        effective: args.effective,
        material: args.material,
        summary,
        skip: args.skip_locale.clone(),
        material_override: args
            .override_material
            .as_ref()
            .map(|r| r.trim().to_string())
            .filter(|r| !r.is_empty()),
        notice_override: args
            .short_notice
            .as_ref()
            .map(|r| r.trim().to_string())
            .filter(|r| !r.is_empty()),
        released_by,
        approvals,
    };
    match release(&site, lock, &request) {
        Ok(done) => {
            crate::say!(
                "Released {} {} ({}), effective {}; sealed {} files of {} in clause.lock ({})",
                request.policy,
                request.version,
                if request.material {
                    "material"
                } else {
                    "minor"
                },
                done.effective,
                done.seal.files.len(),
                done.folder,
                done.seal.hash
            );
            // A name Clause took rather than was given is said, so it can be corrected
            // before the release is committed.
            if let Some(name) = request.released_by.as_ref().filter(|_| args.by.is_none()) {
                crate::say!(
                    "note: recorded as released by {name}, git's user.name in this repository (--by names someone else)"
                );
            }
            EXIT_OK
        }
        Err(Refused::Usage(message)) => usage_error(&message),
        Err(Refused::Content(message)) => super::fail(EXIT_CONTENT, &message),
    }
}

/// `--summary-file`, then `--summary` flags on top.
fn summaries(args: &ReleaseArgs) -> Result<BTreeMap<String, String>, String> {
    let mut out = BTreeMap::new();
    if let Some(file) = &args.summary_file {
        let shown = file.display().to_string();
        let text = crate::yaml::read_text(file, &shown).map_err(|d| d.message)?;
        let map: BTreeMap<String, String> = crate::yaml::parse(&shown, &text)
            .map_err(|d| format!("{shown}:{}:{}: {}", d.pos.line, d.pos.column, d.message))?;
        out.extend(map);
    }
    for flag in &args.summary {
        let (locale, text) = flag.split_once('=').ok_or_else(|| {
            format!("--summary `{flag}`: expected LOCALE=TEXT, e.g. en=\"We added sync\"")
        })?;
        out.insert(locale.trim().to_string(), text.trim().to_string());
    }
    out.retain(|_, text| !text.trim().is_empty());
    for (locale, text) in &out {
        let rtl = crate::i18n::direction(locale) == "rtl";
        if let Some(problem) = crate::yaml::text_problem(text, rtl) {
            let (what, expected) = problem.split_once(", expected ").unwrap_or((&problem, ""));
            return Err(format!(
                "the summary in `{locale}` has a {what}; expected {expected}"
            ));
        }
    }
    Ok(out)
}
