//! `clause confirm <policy> <locale>`: records that a locale's translations were reviewed
//! against the current source text, so `check` can tell when the source changes later.
//! The translations the site library gives the policy are recorded in the library's own
//! confirmation file, beside the ones other policies confirmed.

use super::{EXIT_OK, LocaleArgs, load_for_locale, usage_error};
use crate::content::library::LIBRARY_DIR;
use crate::content::translation::{CONFIRMED_SUFFIX, Confirmed};
use crate::i18n::status::{confirmation, status};
use clap::Args;

/// Options of `confirm`.
#[derive(Debug, Args)]
pub struct ConfirmArgs {
    /// The policy and locale.
    #[command(flatten)]
    pub locale: LocaleArgs,
    /// Who reviewed the translations, recorded in the confirmation file and sealed with
    /// each release (default: git's user.name, if set).
    #[arg(long, value_name = "NAME")]
    pub by: Option<String>,
}

pub fn run(args: ConfirmArgs) -> i32 {
    let by = match super::signer(args.by.as_deref(), &args.locale.root) {
        Ok(name) => name,
        Err(message) => return usage_error(&message),
    };
    let args = args.locale;
    let (site, policy, _lock) = match load_for_locale(&args) {
        Ok(found) => found,
        Err(code) => return code,
    };
    let source = site.config.default_locale();
    let mut confirmed = confirmation(&policy, &args.locale, source, false);
    confirmed.by = by.clone();
    let shown = format!("content/{}/{}{CONFIRMED_SUFFIX}", policy.id, args.locale);
    if let Err(code) = write(&args, &shown, &confirmed) {
        return code;
    }
    let shared = confirmation(&policy, &args.locale, source, true);
    let mut also = String::new();
    if !shared.keys.is_empty() {
        let shown = format!("{LIBRARY_DIR}/{}{CONFIRMED_SUFFIX}", args.locale);
        // Other policies' confirmations of library texts stay; this one's are added.
        let earlier = site
            .library
            .as_ref()
            .and_then(|l| l.translations.get(&args.locale))
            .and_then(|t| t.confirmed.clone())
            .filter(|c| c.source == source);
        let mut merged = earlier.unwrap_or(Confirmed {
            source: source.to_string(),
            ..Confirmed::default()
        });
        merged.keys.extend(shared.keys.clone());
        merged.by = by.clone();
        if let Err(code) = write(&args, &shown, &merged) {
            return code;
        }
        also = format!(
            " and {} {} of the library in {shown}",
            shared.keys.len(),
            texts(shared.keys.len())
        );
    }
    let missing = status(&policy, &args.locale).missing.len();
    crate::say!(
        "Confirmed {} translated {} of {} in {}{}{}; recorded in {shown}{also}",
        confirmed.keys.len(),
        texts(confirmed.keys.len()),
        policy.id,
        args.locale,
        by.map(|b| format!(" by {b}")).unwrap_or_default(),
        if missing > 0 {
            format!(" ({missing} still missing)")
        } else {
            String::new()
        }
    );
    EXIT_OK
}

fn texts(n: usize) -> &'static str {
    if n == 1 { "text" } else { "texts" }
}

fn write(args: &LocaleArgs, shown: &str, confirmed: &Confirmed) -> Result<(), i32> {
    let mut json = serde_json::to_string_pretty(confirmed).unwrap_or_default();
    json.push('\n');
    crate::output::write_file(&args.root.join(shown), json.as_bytes())
        .map_err(|e| usage_error(&format!("cannot write {shown}: {e}")))
}
