//! `clause check`: everything `build` does except writing.

use super::{CommonArgs, EXIT_CONTENT, EXIT_OK, Format, build_date, report, usage_error};
use crate::diagnostics::Diagnostics;

pub fn run(args: CommonArgs) -> i32 {
    if let Err(message) = build_date(args.date) {
        return usage_error(&message);
    }
    let mut diagnostics = Diagnostics::default();
    let Some((site, output)) = crate::build::build_site(&args.root, &mut diagnostics) else {
        report(&diagnostics, args.format);
        return EXIT_CONTENT;
    };
    match args.format {
        Format::Text => eprintln!(
            "No problems found: {} {}, {} {}, {} pages",
            site.policies.len(),
            if site.policies.len() == 1 {
                "policy"
            } else {
                "policies"
            },
            site.config.locales.len(),
            if site.config.locales.len() == 1 {
                "locale"
            } else {
                "locales"
            },
            output.page_count()
        ),
        Format::Json => report(&diagnostics, Format::Json),
    }
    EXIT_OK
}
