//! `clause confirm <policy> <locale>`: records that a locale's translations were reviewed
//! against the current source text, so `check` can tell when the source changes later.

use super::{EXIT_OK, LocaleArgs, load_for_locale, usage_error};
use crate::content::translation::CONFIRMED_SUFFIX;
use crate::i18n::status::{confirmation, status};

pub fn run(args: LocaleArgs) -> i32 {
    let (site, policy, _lock) = match load_for_locale(&args) {
        Ok(found) => found,
        Err(code) => return code,
    };
    let confirmed = confirmation(&policy, &args.locale, site.config.default_locale());
    let shown = format!("content/{}/{}{CONFIRMED_SUFFIX}", policy.id, args.locale);
    let mut json = serde_json::to_string_pretty(&confirmed).unwrap_or_default();
    json.push('\n');
    if let Err(e) = crate::output::write_file(&args.root.join(&shown), json.as_bytes()) {
        return usage_error(&format!("cannot write {shown}: {e}"));
    }
    let missing = status(&policy, &args.locale).missing.len();
    eprintln!(
        "Confirmed {} translated {} of {} in {}{}; recorded in {shown}",
        confirmed.keys.len(),
        if confirmed.keys.len() == 1 {
            "text"
        } else {
            "texts"
        },
        policy.id,
        args.locale,
        if missing > 0 {
            format!(" ({missing} still missing)")
        } else {
            String::new()
        }
    );
    EXIT_OK
}
