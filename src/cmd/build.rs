//! `clause build`.

use super::{BuildArgs, EXIT_CONTENT, EXIT_OK, EXIT_USAGE, Format, fail, report};
use crate::build::Scope;
use crate::diagnostics::Diagnostics;
use crate::output::Staging;
use crate::output::cache::{self, Cache};
use crate::output::guard;
use crate::output::lock::DirLock;
use std::path::PathBuf;
use std::time::Instant;

/// Where the render cache is, in the site's root, unless `--cache` says otherwise.
pub const DEFAULT_CACHE: &str = ".clause-cache";

pub fn run(args: BuildArgs) -> i32 {
    let started = Instant::now();
    let common = &args.common;
    let _site_lock = match super::lock_site(&common.root) {
        Ok(lock) => lock,
        Err(code) => return code,
    };
    // The cache folder is checked now and made only once the output is known to be safe.
    let cache_dir = match super::cache_folder(common) {
        Ok(found) => found,
        Err(code) => return code,
    };
    let salt = crate::build::parse_salt(&common.root);
    let parsed = cache_dir.as_ref().map(|(dir, _)| Cache::parsed(dir, &salt));
    let loaded = match super::load_checked(common, parsed.as_ref()) {
        Ok(loaded) => loaded,
        Err(code) => return code,
    };
    let site = &loaded.site;
    let shown = args
        .output
        .clone()
        .unwrap_or_else(|| common.root.join(&site.config.output));
    let (target, _output_lock) = match output_folder(&common.root, &shown, args.force) {
        Ok(found) => found,
        Err(code) => return code,
    };
    let cannot_write = |e: std::io::Error| {
        fail(
            EXIT_CONTENT,
            &format!("cannot write {}: {e}", shown.display()),
        )
    };
    if let Some((dir, shown)) = &cache_dir
        && (dir.starts_with(&target) || target.starts_with(dir))
    {
        let why = format!(
            "the cache folder {} and the output folder overlap; give them separate places (--cache, --output)",
            shown.display()
        );
        return fail(EXIT_USAGE, &why);
    }
    let limit = args.cache_limit.unwrap_or(cache::DEFAULT_LIMIT);
    let cache = match cache_dir.map(|(dir, shown)| Cache::open(&dir, &shown, limit)) {
        Some(Err(why)) => return fail(EXIT_USAGE, &why),
        opened => opened.and_then(Result::ok),
    };
    // Pages go straight into a staging folder beside the target, swapped in at the end.
    let staging = match Staging::open(&target, args.fresh, args.force, cache) {
        Ok(staging) => staging,
        Err(e) => return cannot_write(e),
    };
    let mut diagnostics = Diagnostics::default();
    if loaded
        .render(Scope::All, &staging, true, &mut diagnostics)
        .is_none()
    {
        report(&diagnostics, common.format);
        return EXIT_CONTENT;
    }
    if let Some(parsed) = &parsed {
        crate::build::record_parsed(&loaded, parsed);
    }
    let mut timer = crate::build::Timer::from_env();
    let written = match staging.finish() {
        Ok(summary) => summary,
        Err(e) => return cannot_write(e),
    };
    timer.lap("write");
    let cut = loaded
        .pdf
        .as_ref()
        .map(|p| p.cut_notes())
        .unwrap_or_default();
    for warning in written.warnings.iter().chain(&loaded.notes).chain(&cut) {
        eprintln!("warning: {warning}");
    }
    let millis = started.elapsed().as_millis();
    let from_cache = match written.cache {
        Some(usage) if usage.hits > 0 => format!(", {} from the cache", usage.hits),
        _ => String::new(),
    };
    let summary = format!(
        "Built {} pages ({} files, {} unchanged{from_cache}) into {}{} in {millis} ms",
        written.pages,
        written.files,
        written.reused,
        shown.display(),
        match written.kept {
            0 => String::new(),
            n => format!(", keeping {n} files and folders Clause did not write"),
        }
    );
    match common.format {
        Format::Text => {
            for (p, t) in site.policies.iter().zip(&loaded.timelines) {
                if !common.drafts && t.main().is_none() {
                    crate::say!(
                        "note: {} has no released version, so nothing of it is published; `clause serve` previews it, `clause release` publishes it",
                        p.id
                    );
                }
            }
            for (i, (p, t)) in site.policies.iter().zip(&loaded.timelines).enumerate() {
                let Some(main) = t.main() else { continue };
                let facts = crate::render::version_facts(site, i, main);
                if !facts.withheld.is_empty() {
                    let names: Vec<&str> = facts.withheld.iter().map(|w| w.0.as_str()).collect();
                    crate::say!(
                        "note: {} {} has no {}: it does not state every fact they declare; `clause check` lists them",
                        p.id,
                        p.versions[main].id,
                        names.join(", ")
                    );
                }
            }
            let drafts = loaded.translations.iter().filter(|_| common.drafts);
            for s in drafts.filter(|s| !s.is_complete()) {
                crate::say!(
                    "note: {} in {}: {}% translated ({} missing, {} stale); missing texts fall back, `clause check` lists them",
                    s.policy,
                    s.locale,
                    s.coverage,
                    s.missing.len(),
                    s.stale.len()
                );
            }
            crate::say!("{summary}")
        }
        Format::Json => report(&Diagnostics::default(), Format::Json),
        Format::Github => crate::say!("{summary}"),
    }
    EXIT_OK
}

/// The output folder with links resolved, once it is known to be one a build may replace,
/// and a lock on the folder it lies in (so that two builds into one output wait for each
/// other even when they come from different sites).
fn output_folder(
    root: &std::path::Path,
    shown: &std::path::Path,
    force: bool,
) -> Result<(PathBuf, Option<DirLock>), i32> {
    let target = guard::resolve(shown)
        .map_err(|e| fail(EXIT_USAGE, &format!("cannot find {}: {e}", shown.display())))?;
    let name = shown.display().to_string();
    if let Some(why) = guard::refusal(root, &target, &name, force) {
        return Err(fail(EXIT_USAGE, &why));
    }
    let parent = target.parent().unwrap_or(&target).to_path_buf();
    let site = root.canonicalize().unwrap_or_else(|_| root.to_path_buf());
    if parent == site {
        return Ok((target, None));
    }
    std::fs::create_dir_all(&parent)
        .and_then(|()| DirLock::acquire(&parent))
        .map(|lock| (target, Some(lock)))
        .map_err(|e| {
            fail(
                EXIT_CONTENT,
                &format!("cannot write {}: {e}", shown.display()),
            )
        })
}
