//! The site configuration, `clause.yaml`.

use crate::diagnostics::{Diagnostic, Diagnostics, Pos};
use crate::yaml;
use serde::Deserialize;
use serde_saphyr::Spanned;
use std::collections::BTreeMap;
use std::path::Path;
use unic_langid::LanguageIdentifier;

/// The file name of the site configuration.
pub const CONFIG_FILE: &str = "clause.yaml";

/// `clause.yaml` as written.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    title: RawTitle,
    base_url: Spanned<String>,
    locales: Vec<Spanned<String>>,
    #[serde(default)]
    theme: Option<Spanned<String>>,
    #[serde(default)]
    output: Option<String>,
    #[serde(default)]
    translations: RawTranslations,
    #[serde(default)]
    numbering: Option<Vec<crate::content::numbering::NumberStyle>>,
    #[serde(default)]
    approvals: RawApprovals,
    #[serde(default)]
    pdf: Option<RawPdf>,
}

/// `pdf:` as written: `true`/`false`, or its settings.
#[derive(Debug, Clone)]
enum RawPdf {
    On(bool),
    Settings(RawPdfSettings),
}

impl<'de> Deserialize<'de> for RawPdf {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Pdf;
        impl<'de> serde::de::Visitor<'de> for Pdf {
            type Value = RawPdf;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("`true`, `false`, or settings (`fonts: […]`, `paper: a4`)")
            }
            fn visit_bool<E: serde::de::Error>(self, v: bool) -> Result<RawPdf, E> {
                Ok(RawPdf::On(v))
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<RawPdf, A::Error> {
                let de = serde::de::value::MapAccessDeserializer::new(map);
                RawPdfSettings::deserialize(de).map(RawPdf::Settings)
            }
        }
        d.deserialize_any(Pdf)
    }
}

/// `pdf: {fonts: […], paper: …}`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPdfSettings {
    #[serde(default)]
    fonts: Vec<Spanned<String>>,
    #[serde(default)]
    paper: Paper,
    #[serde(default)]
    max_pages: Option<Spanned<u32>>,
}

/// The paper size of PDF records.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Paper {
    /// ISO A4, 210 × 297 mm.
    #[default]
    A4,
    /// US Letter, 8.5 × 11 in.
    Letter,
}

impl Paper {
    /// Width and height in PDF points (1/72 in).
    pub fn size(self) -> (f32, f32) {
        match self {
            Paper::A4 => (595.28, 841.89),
            Paper::Letter => (612.0, 792.0),
        }
    }
}

/// `pdf:` in clause.yaml: PDF records of every released version and change notice.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PdfConfig {
    /// Font files, relative to the site root (or absolute), with where each is written;
    /// empty: well-known fonts of the system are looked up (docs/records.md).
    pub fonts: Vec<(String, Pos)>,
    /// The paper size.
    pub paper: Paper,
    /// The most pages a record's text is set on; a longer one gets a record of its cover,
    /// which says so (docs/records.md).
    pub max_pages: usize,
}

/// The most pages of a PDF record unless `pdf.max_pages` says otherwise, and the most it
/// may say: both keep a build's time and memory bounded.
pub const PDF_PAGES: (u32, u32) = (400, 1000);

/// `approvals:` as written, each role with where it is.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawApprovals {
    #[serde(default)]
    material: Vec<Spanned<String>>,
    #[serde(default)]
    minor: Vec<Spanned<String>>,
}

/// `approvals:` in clause.yaml: the roles whose sign-off a release needs, by kind of
/// release. `clause release` refuses a release without them (`--approved-by ROLE=NAME`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Approvals {
    /// Roles that must sign off a material release.
    pub material: Vec<String>,
    /// Roles that must sign off a minor release.
    pub minor: Vec<String>,
}

impl Approvals {
    /// The roles a release of this kind needs.
    pub fn required(&self, material: bool) -> &[String] {
        if material {
            &self.material
        } else {
            &self.minor
        }
    }

    /// Every role named.
    pub fn roles(&self) -> impl Iterator<Item = &String> {
        self.material.iter().chain(&self.minor)
    }
}

/// `title:`: one title, or one per locale (the default locale's required).
#[derive(Debug, Clone)]
enum RawTitle {
    One(String),
    PerLocale(BTreeMap<String, String>),
}

impl<'de> Deserialize<'de> for RawTitle {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Title;
        impl<'de> serde::de::Visitor<'de> for Title {
            type Value = RawTitle;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a title, or a title per locale (`en: …`, `fr: …`)")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<RawTitle, E> {
                Ok(RawTitle::One(v.to_string()))
            }
            // A title such as `2048` is text too.
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<RawTitle, E> {
                Ok(RawTitle::One(v.to_string()))
            }
            fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<RawTitle, E> {
                Ok(RawTitle::One(v.to_string()))
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<RawTitle, A::Error> {
                let de = serde::de::value::MapAccessDeserializer::new(map);
                BTreeMap::deserialize(de).map(RawTitle::PerLocale)
            }
        }
        d.deserialize_any(Title)
    }
}

/// The `translations:` part of `clause.yaml`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTranslations {
    #[serde(default)]
    strict: bool,
    #[serde(default)]
    fallback: yaml::Entries<Spanned<String>, Vec<Spanned<String>>>,
}

/// The validated site configuration.
#[derive(Debug, Clone)]
pub struct Config {
    /// The site's title in the default locale, shown on the chooser page.
    pub title: String,
    /// The title in other locales, where clause.yaml gives one (`title: {en: …, fr: …}`).
    pub titles: BTreeMap<String, String>,
    /// The absolute URL the site is published at, always ending in `/`.
    pub base_url: String,
    /// The path part of `base_url` (`/` or `/privacy/`), prefixed to every link.
    pub base_path: String,
    /// Locales in BCP 47 form; the first is the default.
    pub locales: Vec<String>,
    /// The theme name; `default` is built in.
    pub theme: String,
    /// The output folder, relative to the site root.
    pub output: String,
    /// Whether missing or stale translations are errors (`translations.strict`).
    pub strict_translations: bool,
    /// For every locale, the locales whose text stands in for a missing translation, in
    /// order; always ends with the default locale (empty for the default locale itself).
    /// How sections are numbered, a style per level, unless a policy says otherwise.
    pub numbering: Option<Vec<crate::content::numbering::NumberStyle>>,
    pub fallbacks: BTreeMap<String, Vec<String>>,
    /// The sign-offs releases need (`approvals:`).
    pub approvals: Approvals,
    /// PDF records, when `pdf:` turns them on.
    pub pdf: Option<PdfConfig>,
}

impl Config {
    /// The site's title in `locale`: its own, else its fallback chain's, else the default.
    pub fn title_in(&self, locale: &str) -> &str {
        std::iter::once(locale)
            .chain(self.fallback_chain(locale).iter().map(String::as_str))
            .find_map(|l| self.titles.get(l))
            .map_or(self.title.as_str(), String::as_str)
    }

    /// The default locale: the first one listed.
    pub fn default_locale(&self) -> &str {
        &self.locales[0]
    }

    /// Whether the default locale (the text of policy.yaml) is written right to left.
    pub fn default_rtl(&self) -> bool {
        crate::i18n::direction(self.default_locale()) == "rtl"
    }

    /// The fallback chain of `locale`, without `locale` itself.
    pub fn fallback_chain(&self, locale: &str) -> &[String] {
        self.fallbacks.get(locale).map_or(&[], Vec::as_slice)
    }
}

/// Loads and validates `clause.yaml` in `root`.
pub fn load(root: &Path, diagnostics: &mut Diagnostics) -> Option<Config> {
    let path = root.join(CONFIG_FILE);
    if !path.is_file() {
        let expected = format!(
            "a `{CONFIG_FILE}` in {}; `clause init` creates one",
            root.display()
        );
        diagnostics
            .push(Diagnostic::file(CONFIG_FILE, "no site configuration found").expected(expected));
        return None;
    }
    let text = yaml::read_text(&path, CONFIG_FILE)
        .map_err(|d| diagnostics.push(d))
        .ok()?;
    diagnostics.add_source(CONFIG_FILE, &text);
    let raw: RawConfig = yaml::parse(CONFIG_FILE, &text)
        .map_err(|d| diagnostics.push(d))
        .ok()?;
    validate(raw).map_err(|p| diagnostics.extend(p)).ok()
}

fn validate(raw: RawConfig) -> Result<Config, Vec<Diagnostic>> {
    let mut problems = Vec::new();
    let base_path = base_path(&raw.base_url).unwrap_or_else(|d| {
        problems.push(d);
        "/".into()
    });
    if raw.locales.is_empty() {
        problems.push(
            Diagnostic::file(CONFIG_FILE, "`locales` is empty").expected("at least one locale"),
        );
    }
    let mut locales: Vec<String> = Vec::new();
    for locale in &raw.locales {
        match check_locale(locale) {
            Ok(code) if locales.contains(&code) => problems.push(
                at(locale, format!("locale `{code}` is listed twice")).expected("each locale once"),
            ),
            Ok(code) => locales.push(code),
            Err(d) => problems.push(d),
        }
    }
    let theme = raw
        .theme
        .map(|t| t.value)
        .unwrap_or_else(|| "default".into());
    if !crate::content::ids::is_slug(&theme) {
        problems.push(
            Diagnostic::file(CONFIG_FILE, "invalid theme name")
                .found(format!("`{theme}`"))
                .expected(crate::content::ids::SLUG_RULE),
        );
    }
    let approvals = approvals(&raw.approvals, &mut problems);
    let (title, titles) = titles(raw.title, &locales, &mut problems);
    let fallbacks = if problems.is_empty() {
        fallbacks(&locales, &raw.translations.fallback.0, &mut problems)
    } else {
        BTreeMap::new()
    };
    let pdf = pdf(raw.pdf, &mut problems);
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(Config {
        strict_translations: raw.translations.strict,
        fallbacks,
        numbering: raw.numbering,
        title,
        titles,
        base_url: format!("{}/", raw.base_url.value.trim_end_matches('/')),
        base_path,
        locales,
        theme,
        output: raw.output.unwrap_or_else(|| "public".into()),
        approvals,
        pdf,
    })
}

/// `pdf:` resolved: off unless it is `true` or has settings.
fn pdf(raw: Option<RawPdf>, problems: &mut Vec<Diagnostic>) -> Option<PdfConfig> {
    let settings = match raw? {
        RawPdf::On(false) => return None,
        RawPdf::On(true) => RawPdfSettings::default(),
        RawPdf::Settings(s) => s,
    };
    let fonts = settings.fonts.iter();
    Some(PdfConfig {
        fonts: fonts
            .map(|f| (f.value.clone(), Pos::from_location(&f.referenced)))
            .collect(),
        paper: settings.paper,
        max_pages: max_pages(settings.max_pages.as_ref(), problems),
    })
}

/// `pdf.max_pages`, checked to be 1 to the ceiling of [`PDF_PAGES`].
fn max_pages(raw: Option<&Spanned<u32>>, problems: &mut Vec<Diagnostic>) -> usize {
    let (default, ceiling) = PDF_PAGES;
    let Some(raw) = raw else {
        return default as usize;
    };
    if !(1..=ceiling).contains(&raw.value) {
        problems.push(
            Diagnostic::at(
                CONFIG_FILE,
                Pos::from_location(&raw.referenced),
                "`pdf.max_pages` is out of range",
            )
            .found(raw.value.to_string())
            .expected(format!("a number of pages from 1 to {ceiling}")),
        );
    }
    raw.value.clamp(1, ceiling) as usize
}

/// The roles of `approvals:`, each checked to be a slug where it is written.
fn approvals(raw: &RawApprovals, problems: &mut Vec<Diagnostic>) -> Approvals {
    let mut roles = |list: &[Spanned<String>]| {
        for role in list
            .iter()
            .filter(|r| !crate::content::ids::is_slug(&r.value))
        {
            problems.push(
                at(role, "invalid role in `approvals`").expected(crate::content::ids::SLUG_RULE),
            );
        }
        list.iter().map(|r| r.value.clone()).collect()
    };
    Approvals {
        material: roles(&raw.material),
        minor: roles(&raw.minor),
    }
}

/// The default locale's title and the others', checked against the site's locales.
fn titles(
    raw: RawTitle,
    locales: &[String],
    problems: &mut Vec<Diagnostic>,
) -> (String, BTreeMap<String, String>) {
    let mut titles = match raw {
        RawTitle::One(title) => return (title, BTreeMap::new()),
        RawTitle::PerLocale(map) => map,
    };
    if let Some(l) = titles.keys().find(|l| !locales.contains(l)) {
        problems.push(
            Diagnostic::file(
                CONFIG_FILE,
                format!("`title` names `{l}`, which is not a locale of this site"),
            )
            .expected(format!(
                "titles for the locales listed: {}",
                locales.join(", ")
            )),
        );
    }
    let default = locales.first().and_then(|d| titles.remove(d));
    let Some(title) = default else {
        problems.push(
            Diagnostic::file(CONFIG_FILE, "`title` has no title in the default locale").expected(
                format!(
                    "a title for `{}`, the first of `locales`",
                    locales.first().map_or("", String::as_str)
                ),
            ),
        );
        return (String::new(), BTreeMap::new());
    };
    (title, titles)
}

/// Every locale's fallback chain: the configured one, else its parents that the site
/// publishes (`zh-Hant-HK` → `zh-Hant`); then the default locale.
fn fallbacks(
    locales: &[String],
    configured: &[(Spanned<String>, Vec<Spanned<String>>)],
    problems: &mut Vec<Diagnostic>,
) -> BTreeMap<String, Vec<String>> {
    let default = &locales[0];
    let mut chains: BTreeMap<String, Vec<String>> = locales
        .iter()
        .map(|l| {
            (
                l.clone(),
                parents(l).filter(|p| locales.contains(p)).collect(),
            )
        })
        .collect();
    for (locale, chain) in configured {
        let Some(code) = site_locale(locales, locale, problems) else {
            continue;
        };
        let mut resolved = Vec::new();
        for entry in chain {
            match site_locale(locales, entry, problems) {
                Some(e) if e == code || resolved.contains(&e) => problems.push(
                    at(
                        entry,
                        format!("`{e}` appears twice in the fallback chain of `{code}`"),
                    )
                    .expected("each locale once, and not the locale itself"),
                ),
                Some(e) => resolved.push(e),
                None => {}
            }
        }
        chains.insert(code, resolved);
    }
    for (locale, chain) in &mut chains {
        if locale != default && !chain.contains(default) {
            chain.push(default.clone());
        }
        if locale == default {
            chain.clear();
        }
    }
    chains
}

/// The canonical code of a locale the site publishes, or a problem.
fn site_locale(
    locales: &[String],
    value: &Spanned<String>,
    problems: &mut Vec<Diagnostic>,
) -> Option<String> {
    match check_locale(value) {
        Ok(code) if locales.contains(&code) => Some(code),
        Ok(code) => {
            let expected = format!("one of the site's locales: {}", locales.join(", "));
            problems.push(
                at(value, format!("`{code}` is not a locale of this site")).expected(expected),
            );
            None
        }
        Err(d) => {
            problems.push(d);
            None
        }
    }
}

/// `zh-Hant-HK` → `zh-Hant`, `zh`.
fn parents(locale: &str) -> impl Iterator<Item = String> + '_ {
    let parts: Vec<&str> = locale.split('-').collect();
    (1..parts.len()).rev().map(move |n| parts[..n].join("-"))
}

fn at(value: &Spanned<String>, message: impl Into<String>) -> Diagnostic {
    Diagnostic::at(CONFIG_FILE, Pos::from_location(&value.referenced), message)
        .found(format!("`{}`", value.value))
}

/// Validates a locale code and returns it in canonical form (`zh-hant` → `zh-Hant`).
fn check_locale(locale: &Spanned<String>) -> Result<String, Diagnostic> {
    let expected = "a BCP 47 language tag such as `en`, `zh-Hant` or `pt-BR`";
    let parsed: LanguageIdentifier = locale
        .value
        .parse()
        .map_err(|_| at(locale, "invalid locale").expected(expected))?;
    let code = parsed.to_string();
    if code == "und" || code.contains(['/', '\\', '.']) {
        return Err(at(locale, "invalid locale").expected(expected));
    }
    // Locales are the first folder of every page: they must not take the place of the
    // site's own folders, nor be a name Windows cannot store.
    if ["app", "api", "static"].contains(&code.as_str())
        || crate::content::ids::reserved_on_windows(&code)
    {
        return Err(at(locale, "locale code cannot be a folder name here")
            .found(format!("`{code}`"))
            .expected("a locale other than app, api and static (the site's own folders) and other than a Windows device name (con, prn, aux, nul)"));
    }
    Ok(code)
}

/// What a base URL must be, as diagnostics say it.
const BASE_URL_RULE: &str =
    "an absolute http:// or https:// URL such as `https://privacy.example.com/`";

/// The path part of the base URL, e.g. `https://example.com/privacy` → `/privacy/`.
fn base_path(url: &Spanned<String>) -> Result<String, Diagnostic> {
    path_of(&url.value).ok_or_else(|| at(url, "invalid base_url").expected(BASE_URL_RULE))
}

fn path_of(url: &str) -> Option<String> {
    let value = url.trim();
    let rest = value
        .strip_prefix("https://")
        .or_else(|| value.strip_prefix("http://"))
        .filter(|rest| !rest.is_empty() && !rest.starts_with('/'))?;
    let path = rest.find('/').map(|i| &rest[i..]).unwrap_or("/");
    Some(format!("{}/", path.trim_end_matches('/')))
}

/// A base URL given on the command line (`--base-url`), in place of clause.yaml's: a
/// preview deploy then links, lists in its sitemap and serves its API under its own
/// address rather than production's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BaseUrl {
    url: String,
    path: String,
}

impl BaseUrl {
    /// Checks `url` as clause.yaml's `base_url` is checked.
    pub fn parse(url: &str) -> Result<BaseUrl, String> {
        let path = path_of(url).ok_or_else(|| format!("expected {BASE_URL_RULE}"))?;
        Ok(BaseUrl {
            url: format!("{}/", url.trim().trim_end_matches('/')),
            path,
        })
    }

    /// The path part, `/` or `/privacy/`.
    pub fn path(&self) -> &str {
        &self.path
    }
}

impl Config {
    /// Uses `base` in place of the configured base URL.
    pub fn set_base_url(&mut self, base: &BaseUrl) {
        self.base_url = base.url.clone();
        self.base_path = base.path.clone();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spanned(value: &str) -> Spanned<String> {
        serde_saphyr::from_str(&format!("'{value}'")).unwrap()
    }

    #[test]
    fn base_path_of_root_and_subfolder() {
        assert_eq!(base_path(&spanned("https://x.example")).unwrap(), "/");
        assert_eq!(base_path(&spanned("https://x.example/p/")).unwrap(), "/p/");
        assert!(base_path(&spanned("x.example")).is_err());
    }

    #[test]
    fn a_base_url_from_the_command_line_is_checked_and_normalised() {
        let base = BaseUrl::parse("https://pr-12.preview.example/privacy").unwrap();
        assert_eq!(base.url, "https://pr-12.preview.example/privacy/");
        assert_eq!(base.path, "/privacy/");
        assert_eq!(
            BaseUrl::parse("/privacy/").unwrap_err(),
            "expected an absolute http:// or https:// URL such as `https://privacy.example.com/`"
        );
    }

    #[test]
    fn default_chains_go_through_parents_to_the_default() {
        let locales: Vec<String> = ["en", "zh-Hant", "zh-Hant-HK", "ar"]
            .map(String::from)
            .into();
        let chains = fallbacks(&locales, &[], &mut Vec::new());
        assert_eq!(chains["zh-Hant-HK"], ["zh-Hant", "en"]);
        assert_eq!(chains["ar"], ["en"]);
        assert!(chains["en"].is_empty());
    }

    #[test]
    fn locale_is_canonicalised() {
        assert_eq!(check_locale(&spanned("zh-hant")).unwrap(), "zh-Hant");
        assert!(check_locale(&spanned("../x")).is_err());
    }
}
