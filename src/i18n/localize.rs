//! Policy text in a locale: the draft with its translation applied, and every gap filled
//! from the locale's fallback chain, marked with the locale it came from.

use crate::config::Config;
use crate::content::model::Policy;
use crate::content::text::Text;
use crate::content::texts;
use crate::content::translation::Translation;
use std::collections::BTreeMap;
use std::collections::BTreeSet;

/// One policy as a reader of one locale sees it.
#[derive(Debug, Clone)]
pub struct Localized {
    /// The model with every text in the locale, or marked as a fallback.
    pub policy: Policy,
    /// The locales whose text stands in somewhere on the page.
    pub fallbacks: BTreeSet<String>,
    /// How many texts are in another locale.
    pub fallback_count: usize,
}

/// `policy` (a draft or a released version) with its `translations`, in `locale`.
pub fn localize(
    policy: &Policy,
    translations: &BTreeMap<String, Translation>,
    locale: &str,
    config: &Config,
) -> Localized {
    let default = config.default_locale();
    let original = policy;
    let mut policy = policy.clone();
    let mut fallbacks = BTreeSet::new();
    let mut fallback_count = 0;
    if locale != default {
        let chain: Vec<&str> = std::iter::once(locale)
            .chain(config.fallback_chain(locale).iter().map(String::as_str))
            .collect();
        texts::visit(&mut policy, &mut |key, _, text| {
            let (from, value) = resolve(translations, &chain, default, &key);
            if from != locale && !texts::is_fixed(original, &key) {
                fallbacks.insert(from.to_string());
                fallback_count += 1;
                text.fallback = Some(from.to_string());
            }
            if let Some(value) = value {
                let fallback = text.fallback.take();
                *text = Text::new(value);
                text.fallback = fallback;
            }
        });
    }
    Localized {
        policy,
        fallbacks,
        fallback_count,
    }
}

/// A text of a policy to compare: the source and its translations, and the text localized.
pub struct Side<'a> {
    /// The source (a draft or a released version).
    pub source: &'a Policy,
    /// Its translations, by locale.
    pub translations: &'a BTreeMap<String, Translation>,
    /// The source in the reader's locale ([`localize`]).
    pub localized: Policy,
}

/// Two texts of a policy in `locale` made comparable. Where a text comes from one language
/// on one side and from another on the other (a translation added since, a locale left out
/// of a release and shown in the default locale, a name translated once and then not),
/// comparing them would report a change of language as a change of content ("Compte →
/// Account"): both sides take the default locale's text for it, so a notice says what the
/// author changed and nothing else.
pub fn comparable(old: Side, new: Side, locale: &str, config: &Config) -> (Policy, Policy) {
    let default = config.default_locale();
    let chain: Vec<&str> = std::iter::once(locale)
        .chain(config.fallback_chain(locale).iter().map(String::as_str))
        .collect();
    let (mut was, mut is) = (old.localized, new.localized);
    let from = |policy: &mut Policy, translations: &BTreeMap<String, Translation>| {
        let mut out = BTreeMap::new();
        texts::visit(policy, &mut |key, _, _| {
            let lang = resolve(translations, &chain, default, &key).0.to_string();
            out.insert(key, lang);
        });
        out
    };
    let (a, b) = (
        from(&mut was, old.translations),
        from(&mut is, new.translations),
    );
    let mixed: BTreeSet<String> = a
        .iter()
        .filter(|(key, lang)| b.get(*key).is_some_and(|l| l != *lang))
        .map(|(key, _)| key.clone())
        .collect();
    if !mixed.is_empty() {
        in_default(&mut was, old.source, &mixed, default);
        in_default(&mut is, new.source, &mixed, default);
    }
    (was, is)
}

/// The texts of `policy` named in `keys` replaced by their source text, in `default`
/// (a text kept as written in every language is not marked as in another).
fn in_default(policy: &mut Policy, source: &Policy, keys: &BTreeSet<String>, default: &str) {
    let mut own = source.clone();
    let mut texts = BTreeMap::new();
    texts::visit(&mut own, &mut |key, _, text| {
        if keys.contains(&key) {
            texts.insert(key, text.clone());
        }
    });
    texts::visit(policy, &mut |key, _, text| {
        if let Some(own) = texts.remove(&key) {
            let fixed = texts::is_fixed(source, &key);
            *text = own;
            text.fallback = (!fixed).then(|| default.to_string());
        }
    });
}

/// The first locale of `chain` that has `key`, and its text (`None`: the draft's own text).
fn resolve<'a>(
    translations: &'a BTreeMap<String, Translation>,
    chain: &[&'a str],
    default: &'a str,
    key: &str,
) -> (&'a str, Option<&'a str>) {
    for &l in chain {
        if l == default {
            return (l, None);
        }
        if let Some(text) = translations.get(l).and_then(|t| t.texts.get(key)) {
            return (l, Some(text));
        }
    }
    (default, None)
}

/// Which text of a policy: the working draft or a released version (by index).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Doc {
    /// The draft, `policy.yaml`.
    Draft,
    /// A released version, by its index in `LoadedPolicy::versions`.
    Version(usize),
}

/// Every published text of every policy in every locale, localized when first needed and
/// kept while pages that show it render: memory follows the pages in flight, not the number
/// of versions and locales.
#[derive(Debug)]
pub struct Localizations<'a> {
    site: &'a crate::content::Site,
    drafts: bool,
    made: std::sync::Mutex<BTreeMap<(usize, Doc, String), std::sync::Arc<Localized>>>,
}

impl Localizations<'_> {
    /// Policy number `policy` (in site order), text `doc`, in `locale`. Panics for a draft
    /// when drafts are not published (nothing plans such a page).
    pub fn get(&self, policy: usize, doc: Doc, locale: &str) -> std::sync::Arc<Localized> {
        let key = (policy, doc, locale.to_string());
        if let Some(done) = self.made.lock().ok().and_then(|m| m.get(&key).cloned()) {
            return done;
        }
        let localized = self.with_source(policy, doc, |source, translations| {
            localize(source, translations, locale, &self.site.config)
        });
        let localized = std::sync::Arc::new(localized);
        match self.made.lock() {
            Ok(mut made) => std::sync::Arc::clone(made.entry(key).or_insert(localized)),
            Err(_) => localized,
        }
    }

    /// One text of the policy's `meta` in `locale` (`meta.title`, `meta.product`), as
    /// [`Localizations::get`] would give it, without localizing the rest: every page names
    /// the policy in every language.
    pub fn meta_text(&self, policy: usize, doc: Doc, locale: &str, key: &str) -> String {
        self.with_source(policy, doc, |source, translations| {
            meta_text(source, translations, locale, &self.site.config, key)
        })
    }

    /// Drops what was localized for `policy` in `locale` (its pages are done).
    pub fn forget(&self, locale: &str, policy: usize) {
        if let Ok(mut made) = self.made.lock() {
            made.retain(|(p, _, l), _| !(*p == policy && l == locale));
        }
    }

    /// `make` from the source text of `doc` and its translations.
    fn with_source<T>(
        &self,
        policy: usize,
        doc: Doc,
        make: impl FnOnce(&Policy, &BTreeMap<String, Translation>) -> T,
    ) -> T {
        let p = &self.site.policies[policy];
        match doc {
            Doc::Version(n) => {
                let text = p.versions[n].text();
                make(&text.policy, &text.translations)
            }
            Doc::Draft => {
                assert!(
                    self.drafts,
                    "a draft is localized only when drafts are shown"
                );
                make(&p.policy, &p.translations)
            }
        }
    }
}

/// One text of `policy`'s `meta` (`meta.title`, else `meta.product`) in `locale`, as
/// [`localize`] gives it.
pub fn meta_text(
    policy: &Policy,
    translations: &BTreeMap<String, Translation>,
    locale: &str,
    config: &Config,
    key: &str,
) -> String {
    let default = config.default_locale();
    let chain: Vec<&str> = std::iter::once(locale)
        .chain(config.fallback_chain(locale).iter().map(String::as_str))
        .collect();
    let own = match key {
        "meta.title" => &policy.meta.title,
        _ => &policy.meta.product,
    };
    match resolve(translations, &chain, default, key) {
        (_, Some(text)) => text.to_string(),
        (_, None) => own.to_string(),
    }
}

/// Every released version (and, with `drafts`, every draft) of the site, localized into
/// every locale on demand.
pub fn localize_site(site: &crate::content::Site, drafts: bool) -> Localizations<'_> {
    Localizations {
        site,
        drafts,
        made: Default::default(),
    }
}
