//! `clause build`.

use super::{BuildArgs, EXIT_CONTENT, EXIT_OK, Format, build_date, report, usage_error};
use crate::diagnostics::Diagnostics;
use std::time::Instant;

pub fn run(args: BuildArgs) -> i32 {
    let started = Instant::now();
    let common = &args.common;
    if let Err(message) = build_date(common.date) {
        return usage_error(&message);
    }
    let mut diagnostics = Diagnostics::default();
    let Some((site, output)) = crate::build::build_site(&common.root, &mut diagnostics) else {
        report(&diagnostics, common.format);
        return EXIT_CONTENT;
    };
    let target = args
        .output
        .clone()
        .unwrap_or_else(|| common.root.join(&site.config.output));
    if let Err(e) = crate::output::write_atomic(&output, &target) {
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
        Format::Text => eprintln!("{summary}"),
        Format::Json => report(&diagnostics, Format::Json),
    }
    EXIT_OK
}
