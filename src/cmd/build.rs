//! `clause build`.

use super::{BuildArgs, EXIT_CONTENT, EXIT_OK, Format, load_checked, report};
use crate::build::Scope;
use crate::diagnostics::Diagnostics;
use crate::output::Staging;
use std::time::Instant;

pub fn run(args: BuildArgs) -> i32 {
    let started = Instant::now();
    let common = &args.common;
    let loaded = match load_checked(common) {
        Ok(loaded) => loaded,
        Err(code) => return code,
    };
    let site = &loaded.site;
    let target = args
        .output
        .clone()
        .unwrap_or_else(|| common.root.join(&site.config.output));
    let cannot_write = |e: std::io::Error| {
        eprintln!("error: cannot write {}: {e}", target.display());
        EXIT_CONTENT
    };
    // Pages go straight into a staging folder beside the target, swapped in at the end.
    let staging = match Staging::open(&target, args.fresh) {
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
    let millis = started.elapsed().as_millis();
    let summary = format!(
        "Built {} pages ({} files, {} unchanged) into {} in {millis} ms",
        written.pages,
        written.files,
        written.reused,
        target.display()
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
