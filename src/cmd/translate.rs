//! `clause translate <policy> <locale>`: stubs for every text the locale's files lack: the
//! policy's own texts in its file, the texts of library elements it includes unchanged in
//! the library's (`library/<locale>.yaml`), so they are translated once for every policy.

use super::{EXIT_OK, LocaleArgs, load_for_locale, usage_error};
use crate::i18n::status::{library_file, translation_file};
use crate::i18n::stub::stubs;

pub fn run(args: LocaleArgs) -> i32 {
    let (site, policy, _lock) = match load_for_locale(&args) {
        Ok(found) => found,
        Err(code) => return code,
    };
    let source = site.config.default_locale();
    let mut said = Vec::new();
    for (shown, shared) in [
        (translation_file(&policy, &args.locale), false),
        (library_file(&args.locale), true),
    ] {
        let path = args.root.join(&shown);
        let existing = if path.exists() {
            match crate::yaml::read_text(&path, &shown) {
                Ok(text) => text,
                Err(d) => return usage_error(&d.message),
            }
        } else {
            String::new()
        };
        let (added, count) = stubs(&policy, &args.locale, source, &existing, shared);
        if count == 0 {
            continue;
        }
        let text = format!("{existing}{added}");
        if let Err(e) = crate::output::write_file(&path, text.as_bytes()) {
            return usage_error(&format!("cannot write {}: {e}", path.display()));
        }
        said.push(format!(
            "{count} {} to {shown}",
            if count == 1 { "stub" } else { "stubs" }
        ));
    }
    if said.is_empty() {
        let shown = translation_file(&policy, &args.locale);
        crate::say!("{shown} already has every key of the draft; nothing to add");
        return EXIT_OK;
    }
    crate::say!(
        "Added {}; replace each ~ with the {} text",
        said.join(" and "),
        args.locale
    );
    EXIT_OK
}
