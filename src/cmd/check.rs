//! `clause check`: everything `build` does except writing.

use super::{CommonArgs, EXIT_OK, Format, load_and_render, report};
use crate::diagnostics::Diagnostics;

pub fn run(args: CommonArgs) -> i32 {
    let (site, output) = match load_and_render(&args) {
        Ok(built) => built,
        Err(code) => return code,
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
        Format::Json => report(&Diagnostics::default(), Format::Json),
    }
    EXIT_OK
}
