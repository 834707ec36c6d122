//! `clause build`.

use super::{BuildArgs, EXIT_CONTENT, EXIT_OK, Format, load_and_render, report};
use crate::diagnostics::Diagnostics;
use std::time::Instant;

pub fn run(args: BuildArgs) -> i32 {
    let started = Instant::now();
    let common = &args.common;
    let built = match load_and_render(common) {
        Ok(built) => built,
        Err(code) => return code,
    };
    let (site, output) = (&built.site, &built.output);
    let target = args
        .output
        .clone()
        .unwrap_or_else(|| common.root.join(&site.config.output));
    if let Err(e) = crate::output::write_atomic(output, &target) {
        eprintln!("error: cannot write {}: {e}", target.display());
        return EXIT_CONTENT;
    }
    let millis = started.elapsed().as_millis();
    let summary = format!(
        "Built {} pages ({} files) into {} in {millis} ms",
        output.page_count(),
        output.files.len(),
        target.display()
    );
    match common.format {
        Format::Text => {
            for (p, t) in site.policies.iter().zip(&built.timelines) {
                if !common.drafts && t.main().is_none() {
                    eprintln!(
                        "note: {} has no released version, so nothing of it is published; `clause release` publishes it, --drafts previews it",
                        p.id
                    );
                }
            }
            let drafts = built.translations.iter().filter(|_| common.drafts);
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
