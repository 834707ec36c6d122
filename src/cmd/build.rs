//! `clause build`.

use super::{BuildArgs, EXIT_CONTENT, EXIT_OK, EXIT_USAGE, Format, fail, load_checked, report};
use crate::build::Scope;
use crate::diagnostics::Diagnostics;
use crate::output::Staging;
use crate::output::guard;
use crate::output::lock::DirLock;
use std::path::PathBuf;
use std::time::Instant;

pub fn run(args: BuildArgs) -> i32 {
    let started = Instant::now();
    let common = &args.common;
    let _site_lock = match super::lock_site(&common.root) {
        Ok(lock) => lock,
        Err(code) => return code,
    };
    let loaded = match load_checked(common) {
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
    // Pages go straight into a staging folder beside the target, swapped in at the end.
    let staging = match Staging::open(&target, args.fresh, args.force) {
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
    let mut timer = crate::build::Timer::from_env();
    let written = match staging.finish() {
        Ok(summary) => summary,
        Err(e) => return cannot_write(e),
    };
    timer.lap("write");
    for warning in &written.warnings {
        eprintln!("warning: {warning}");
    }
    let millis = started.elapsed().as_millis();
    let summary = format!(
        "Built {} pages ({} files, {} unchanged) into {}{} in {millis} ms",
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
                    eprintln!(
                        "note: {} has no released version, so nothing of it is published; `clause release` publishes it, --drafts previews it",
                        p.id
                    );
                }
            }
            for (p, t) in site.policies.iter().zip(&loaded.timelines) {
                let Some(main) = t.main() else { continue };
                let labels = crate::labels::Labels::of(&p.versions[main].policy);
                let withheld = crate::render::stores::withheld(&labels);
                if !withheld.is_empty() {
                    let names: Vec<&str> = withheld.iter().map(|w| w.file.name()).collect();
                    eprintln!(
                        "note: {} {} has no {}: it does not state every fact they declare; `clause check` lists them",
                        p.id,
                        p.versions[main].id,
                        names.join(", ")
                    );
                }
            }
            let drafts = loaded.translations.iter().filter(|_| common.drafts);
            for s in drafts.filter(|s| !s.is_complete()) {
                eprintln!(
                    "note: {} in {}: {}% translated ({} missing, {} stale); missing texts fall back, `clause check` lists them",
                    s.policy,
                    s.locale,
                    s.coverage,
                    s.missing.len(),
                    s.stale.len()
                );
            }
            eprintln!("{summary}")
        }
        Format::Json => report(&Diagnostics::default(), Format::Json),
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
