//! UI strings: Fluent messages, built in and overridable by the site.

pub mod format;
pub mod localize;
pub mod po;
pub mod status;
pub mod stub;
pub mod xliff;

use crate::config::Config;
use crate::content::date::Date;
use crate::diagnostics::{Diagnostic, Diagnostics, Pos};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use format::{DateStyle, Formats};
use intl_memoizer::Memoizable;
use intl_memoizer::concurrent::IntlLangMemoizer;
use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;
use unic_langid::LanguageIdentifier;

/// The folder of a site's own UI strings.
pub const LOCALES_DIR: &str = "locales";

macro_rules! builtin {
    ($($code:literal),* $(,)?) => {
        &[$(($code, include_str!(concat!("../../locales/", $code, ".ftl")))),*]
    };
}

/// The built-in translations, compiled into the binary. English comes first: it fills gaps.
pub const BUILTIN: &[(&str, &str)] = builtin![
    "en", "ar", "de", "es", "fr", "ja", "ko", "pt-BR", "zh-Hans", "zh-Hant"
];

/// The locale whose built-in strings fill any gap.
const BASE_LOCALE: &str = "en";

/// The UI strings of one locale.
pub struct Strings {
    bundle: FluentBundle<FluentResource>,
    ui: BTreeMap<String, String>,
    formats: Arc<Formats>,
    builtin: Option<&'static str>,
    name: Option<String>,
}

impl std::fmt::Debug for Strings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Strings")
            .field("messages", &self.ui.len())
            .finish()
    }
}

impl Strings {
    /// A message without arguments; the id itself if the message does not exist.
    pub fn text(&self, id: &str) -> String {
        self.format(id, &[])
    }

    /// A message with numeric or text arguments.
    pub fn format(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            return id.to_string();
        };
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        let mut errors = Vec::new();
        self.bundle
            .format_pattern(pattern, Some(&fluent_args), &mut errors)
            .into_owned()
    }

    /// The name of `locale`'s language in this one (`anglais` for `en` in French), if
    /// known; Clause knows its built-in languages.
    pub fn language_of(&self, locale: &str) -> Option<String> {
        let id = format!("language-of-{locale}");
        self.bundle.has_message(&id).then(|| self.text(&id))
    }

    /// A whole number in the locale's digits (a section number).
    pub fn integer(&self, n: usize) -> String {
        self.formats.integer(n)
    }

    /// A date, written the locale's way (`July 1, 2025`, `2025年7月1日`).
    pub fn date(&self, date: Date) -> String {
        self.formats.date(date, DateStyle::Long)
    }

    /// The built-in translation these strings start from (`zh-Hant` for `zh-TW`), if any
    /// besides English.
    pub fn builtin(&self) -> Option<&'static str> {
        self.builtin
    }

    /// Every message that takes no arguments, for templates (`ui["policy-effective"]`).
    pub fn ui(&self) -> &BTreeMap<String, String> {
        &self.ui
    }
}

/// UI strings for every locale of the site.
#[derive(Debug)]
pub struct Catalog {
    by_locale: BTreeMap<String, Strings>,
}

impl Catalog {
    /// The strings of a configured locale.
    pub fn strings(&self, locale: &str) -> &Strings {
        &self.by_locale[locale]
    }

    /// A locale's name in its own language (`language-name` from its built-in, theme or site
    /// strings), or its code when none of them names it.
    pub fn language_name(&self, locale: &str) -> String {
        self.by_locale
            .get(locale)
            .and_then(|s| s.name.clone())
            .unwrap_or_else(|| locale.to_string())
    }
}

/// Builds the catalog. Each locale's strings are layered, later layers overriding earlier
/// ones message by message: built-in English, the built-in translation nearest the locale,
/// the theme's `themes/<theme>/locales/<locale>.ftl`, then the site's `locales/<locale>.ftl`.
pub fn load(root: &Path, config: &Config, diagnostics: &mut Diagnostics) -> Option<Catalog> {
    let mut by_locale = BTreeMap::new();
    let theme_dir = format!("themes/{}/{LOCALES_DIR}", config.theme);
    for locale in &config.locales {
        let builtin = nearest_builtin(locale);
        let mut layers: Vec<(String, String)> = builtin_layers(builtin);
        for dir in [theme_dir.as_str(), LOCALES_DIR] {
            let shown = format!("{dir}/{locale}.ftl");
            let file = root.join(&shown);
            if file.is_file() {
                match crate::yaml::read_text(&file, &shown) {
                    Ok(text) => layers.push((shown, text)),
                    Err(d) => diagnostics.push(d),
                }
            }
        }
        if let Some(mut strings) = build(locale, layers, diagnostics) {
            strings.builtin = builtin;
            by_locale.insert(locale.clone(), strings);
        }
    }
    diagnostics.is_empty().then_some(Catalog { by_locale })
}

/// The UI strings of `locale` with one site file (`shown`, `text`) over the built-in ones,
/// as [`load`] makes them; the problems found otherwise. (Used by the fuzzer too.)
pub fn strings_from_text(locale: &str, shown: &str, text: &str) -> Result<Strings, Diagnostics> {
    let mut diagnostics = Diagnostics::default();
    let mut layers = builtin_layers(nearest_builtin(locale));
    layers.push((shown.to_string(), text.to_string()));
    match build(locale, layers, &mut diagnostics) {
        Some(strings) if diagnostics.is_empty() => Ok(strings),
        _ => Err(diagnostics),
    }
}

/// The built-in translation for `locale`: the same code, else its nearest parent (`de-AT` →
/// `de`), else the script Chinese of that region is written in, else any built-in of the
/// same language (`pt` → `pt-BR`).
pub fn nearest_builtin(locale: &str) -> Option<&'static str> {
    let find = |code: &str| BUILTIN.iter().map(|(c, _)| *c).find(|c| *c == code);
    let parts: Vec<&str> = locale.split('-').collect();
    let language = parts[0];
    let by_parent = (1..=parts.len())
        .rev()
        .find_map(|n| find(&parts[..n].join("-")));
    let chinese = || match language {
        "zh" if parts.iter().any(|p| matches!(*p, "TW" | "HK" | "MO")) => find("zh-Hant"),
        "zh" => find("zh-Hans"),
        _ => None,
    };
    let same_language = || {
        BUILTIN
            .iter()
            .map(|(c, _)| *c)
            .find(|c| c.split('-').next() == Some(language))
    };
    by_parent
        .filter(|c| *c != "zh")
        .or_else(chinese)
        .or_else(same_language)
        .filter(|c| *c != BASE_LOCALE)
}

fn builtin_layers(builtin: Option<&str>) -> Vec<(String, String)> {
    let mut layers = vec![(
        format!("(built-in) {BASE_LOCALE}.ftl"),
        BUILTIN[0].1.to_string(),
    )];
    if let Some((code, text)) = BUILTIN.iter().find(|(code, _)| Some(*code) == builtin) {
        layers.push((format!("(built-in) {code}.ftl"), text.to_string()));
    }
    layers
}

/// `rtl` for locales whose script is written right to left, else `ltr`.
pub fn direction(locale: &str) -> &'static str {
    let mut parts = locale.split('-');
    let language = parts.next().unwrap_or(locale);
    let script = parts.find(|p| p.len() == 4);
    let rtl_script = matches!(
        script,
        Some("Arab" | "Hebr" | "Thaa" | "Syrc" | "Nkoo" | "Adlm" | "Rohg")
    );
    let latin_script = matches!(script, Some("Latn" | "Cyrl"));
    let rtl_language = matches!(
        language,
        "ar" | "he" | "fa" | "ur" | "ps" | "sd" | "ug" | "yi" | "dv" | "ckb"
    );
    if rtl_script || (rtl_language && !latin_script) {
        "rtl"
    } else {
        "ltr"
    }
}

fn build(
    locale: &str,
    layers: Vec<(String, String)>,
    diagnostics: &mut Diagnostics,
) -> Option<Strings> {
    let langid: LanguageIdentifier = locale.parse().ok()?;
    let mut bundle = FluentBundle::new_concurrent(vec![langid]);
    // Isolation marks would leak into attributes, JSON and plain text; pages set `dir`.
    bundle.set_use_isolating(false);
    let formats = Arc::new(Formats::new(locale));
    bundle.set_formatter(Some(format_value));
    add_functions(&mut bundle, &formats);
    let mut ids = Vec::new();
    // English's own name must not become the name of a locale that has no strings of its own.
    let mut named = locale.split('-').next() == Some(BASE_LOCALE);
    for (i, (shown, text)) in layers.into_iter().enumerate() {
        diagnostics.add_source(&shown, &text);
        let resource = match FluentResource::try_new(text.clone()) {
            Ok(resource) => resource,
            Err((_, errors)) => {
                for e in errors {
                    // Point at the start of the broken message, not where parsing gave up.
                    let start = e.slice.as_ref().map_or(e.pos.start, |s| s.start);
                    let message = format!("Fluent syntax error: {}", e.kind);
                    let expected = "a message such as `policy-effective = Effective date`";
                    diagnostics.push(
                        Diagnostic::at(&shown, position(&text, start), message).expected(expected),
                    );
                }
                return None;
            }
        };
        let new_ids = message_ids(&resource);
        named |= i > 0 && new_ids.iter().any(|id| id == "language-name");
        ids.extend(new_ids);
        bundle.add_resource_overriding(resource);
    }
    let mut strings = Strings {
        bundle,
        ui: BTreeMap::new(),
        formats,
        builtin: None,
        name: None,
    };
    if named {
        strings.name = Some(strings.text("language-name"));
    }
    strings.ui = ids
        .iter()
        .map(|id| (id.clone(), strings.text(id)))
        .collect();
    Some(strings)
}

/// Fluent's `NUMBER` (with its options) and a `DATETIME` that takes a `YYYY-MM-DD` date and
/// an optional `dateStyle` of `long`, `medium` or `short`.
fn add_functions(bundle: &mut FluentBundle<FluentResource>, formats: &Arc<Formats>) {
    let formats = Arc::clone(formats);
    // Both ids are fresh in a new bundle, so adding cannot fail.
    let _ = bundle.add_builtins();
    let _ = bundle.add_function("DATETIME", move |positional, named| {
        let date = match positional.first() {
            Some(FluentValue::String(s)) => Date::parse(s),
            _ => None,
        };
        let style = match named.get("dateStyle") {
            Some(FluentValue::String(s)) => DateStyle::parse(s),
            None => Some(DateStyle::Long),
            _ => None,
        };
        match (date, style) {
            (Some(d), Some(style)) => FluentValue::from(formats.date(d, style)),
            _ => FluentValue::Error,
        }
    });
}

/// Numbers in placeables, written with the locale's digits and separators.
fn format_value(value: &FluentValue, memoizer: &IntlLangMemoizer) -> Option<String> {
    let FluentValue::Number(number) = value else {
        return None;
    };
    memoizer
        .with_try_get::<LocaleFormats, _, _>((), |f| f.0.number(number))
        .ok()
}

/// The number formatter, memoized per bundle by Fluent.
struct LocaleFormats(Formats);

impl Memoizable for LocaleFormats {
    type Args = ();
    type Error = ();
    fn construct(lang: LanguageIdentifier, _: ()) -> Result<Self, ()> {
        Ok(LocaleFormats(Formats::new(&lang.to_string())))
    }
}

fn message_ids(resource: &FluentResource) -> Vec<String> {
    use fluent_syntax::ast::Entry;
    resource
        .entries()
        .filter_map(|e| match e {
            Entry::Message(m) => Some(m.id.name.to_string()),
            _ => None,
        })
        .collect()
}

/// Line and column (1-based, in characters) of a byte offset.
pub fn position(text: &str, offset: usize) -> Pos {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().unwrap_or("").chars().count() + 1;
    Pos {
        line,
        column,
        len: 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_for_regional_and_script_codes() {
        assert_eq!(nearest_builtin("zh-Hant-HK"), Some("zh-Hant"));
        assert_eq!(nearest_builtin("zh-TW"), Some("zh-Hant"));
        assert_eq!(nearest_builtin("zh"), Some("zh-Hans"));
        assert_eq!(nearest_builtin("de-AT"), Some("de"));
        assert_eq!(nearest_builtin("pt"), Some("pt-BR"));
        assert_eq!(nearest_builtin("en-GB"), None);
        assert_eq!(nearest_builtin("nb"), None);
    }

    fn strings(locale: &str) -> Strings {
        let mut diagnostics = Diagnostics::default();
        let builtin = nearest_builtin(locale);
        build(locale, builtin_layers(builtin), &mut diagnostics).expect("built-in strings parse")
    }

    fn days(locale: &str, n: u32) -> String {
        strings(locale).format("duration-day", &[("count", FluentValue::from(n))])
    }

    #[test]
    fn every_builtin_translation_is_complete() {
        let ids = |text: &str| {
            let resource = FluentResource::try_new(text.to_string()).expect("parses");
            let mut ids = message_ids(&resource);
            ids.sort();
            ids
        };
        let english = ids(BUILTIN[0].1);
        for (code, text) in BUILTIN {
            assert_eq!(
                ids(text),
                english,
                "{code}.ftl has other messages than en.ftl"
            );
        }
    }

    #[test]
    fn plurals_follow_each_locale() {
        assert_eq!(days("en", 1), "1 day");
        assert_eq!(days("en", 15), "15 days");
        assert_eq!(days("fr", 0), "0 jour");
        assert_eq!(days("de", 30), "30 Tage");
        assert_eq!(days("zh-Hant", 1), "1 天");
        assert_eq!(days("ja", 15), "15 日");
        let arabic: Vec<String> = [0, 1, 2, 3, 11, 100].map(|n| days("ar", n)).into();
        assert_eq!(
            arabic,
            ["0 يوم", "يوم واحد", "يومان", "3 أيام", "11 يومًا", "100 يوم"]
        );
    }

    #[test]
    fn numbers_and_dates_in_messages_use_cldr() {
        let de = strings("de");
        let date =
            |s: &Strings| s.format("date-long", &[("date", FluentValue::from("2025-07-01"))]);
        assert_eq!(date(&de), "1. Juli 2025");
        assert_eq!(date(&strings("zh-Hant")), "2025年7月1日");
        assert_eq!(date(&strings("en")), "July 1, 2025");
        assert_eq!(date(&strings("ar")), "1 يوليو 2025");
        let big = de.format("duration-day", &[("count", FluentValue::from(1500))]);
        assert_eq!(big, "1.500 Tage");
        let no_marks = |t: &str| {
            !t.chars()
                .any(|c| matches!(c, '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}'))
        };
        assert!(no_marks(&date(&strings("ar"))) && no_marks(&days("ar", 3)));
    }

    #[test]
    fn direction_follows_script() {
        assert_eq!(direction("ar"), "rtl");
        assert_eq!(direction("ar-EG"), "rtl");
        assert_eq!(direction("az-Arab"), "rtl");
        assert_eq!(direction("ku-Latn"), "ltr");
        assert_eq!(direction("no"), "ltr");
    }
}
