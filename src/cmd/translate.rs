//! `clause translate <policy> <locale>`: stubs for every text the locale's file lacks.

use super::{EXIT_OK, LocaleArgs, load_for_locale, usage_error};
use crate::i18n::stub::stubs;

pub fn run(args: LocaleArgs) -> i32 {
    let (site, policy, _lock) = match load_for_locale(&args) {
        Ok(found) => found,
        Err(code) => return code,
    };
    let shown = crate::i18n::status::translation_file(&policy, &args.locale);
    let path = args.root.join(&shown);
    let existing = if path.exists() {
        match crate::yaml::read_text(&path, &shown) {
            Ok(text) => text,
            Err(d) => return usage_error(&d.message),
        }
    } else {
        String::new()
    };
    let source = site.config.default_locale();
    let (added, count) = stubs(&policy, &args.locale, source, &existing);
    if count == 0 {
        eprintln!("{shown} already has every key of the draft; nothing to add");
        return EXIT_OK;
    }
    let text = format!("{existing}{added}");
    if let Err(e) = crate::output::write_file(&path, text.as_bytes()) {
        return usage_error(&format!("cannot write {}: {e}", path.display()));
    }
    eprintln!(
        "Added {count} {} to {shown}; replace each ~ with the {} text",
        if count == 1 { "stub" } else { "stubs" },
        args.locale
    );
    EXIT_OK
}
