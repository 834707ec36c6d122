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
    let mut policy = policy.clone();
    let mut fallbacks = BTreeSet::new();
    let mut fallback_count = 0;
    if locale != default {
        let chain: Vec<&str> = std::iter::once(locale)
            .chain(config.fallback_chain(locale).iter().map(String::as_str))
            .collect();
        texts::visit(&mut policy, &mut |key, _, text| {
            let (from, value) = resolve(translations, &chain, default, &key);
            if from != locale {
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

/// Every published text of every policy in every locale, localized once and shared.
#[derive(Debug, Default)]
pub struct Localizations {
    by_page: BTreeMap<(usize, Doc, String), Localized>,
}

impl Localizations {
    /// Policy number `policy` (in site order), text `doc`, in `locale`.
    pub fn get(&self, policy: usize, doc: Doc, locale: &str) -> &Localized {
        &self.by_page[&(policy, doc, locale.to_string())]
    }
}

/// Localizes every released version (and, with `drafts`, every draft) into every locale.
pub fn localize_site(site: &crate::content::Site, drafts: bool) -> Localizations {
    let mut by_page = BTreeMap::new();
    let config = &site.config;
    for (i, p) in site.policies.iter().enumerate() {
        let mut docs: Vec<(Doc, &Policy, &BTreeMap<String, Translation>)> = p
            .versions
            .iter()
            .enumerate()
            .map(|(n, v)| (Doc::Version(n), &v.policy, &v.translations))
            .collect();
        if drafts {
            docs.push((Doc::Draft, &p.policy, &p.translations));
        }
        for (doc, policy, translations) in docs {
            for locale in &config.locales {
                let localized = localize(policy, translations, locale, config);
                by_page.insert((i, doc, locale.clone()), localized);
            }
        }
    }
    Localizations { by_page }
}
