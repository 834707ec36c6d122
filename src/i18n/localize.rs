//! Policy text in a locale: the draft with its translation applied, and every gap filled
//! from the locale's fallback chain, marked with the locale it came from.

use crate::config::Config;
use crate::content::model::Policy;
use crate::content::text::Text;
use crate::content::{LoadedPolicy, texts};
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

/// The draft of `loaded` in `locale`.
pub fn localize(loaded: &LoadedPolicy, locale: &str, config: &Config) -> Localized {
    let default = config.default_locale();
    let mut policy = loaded.policy.clone();
    let mut fallbacks = BTreeSet::new();
    let mut fallback_count = 0;
    if locale != default {
        let chain: Vec<&str> = std::iter::once(locale)
            .chain(config.fallback_chain(locale).iter().map(String::as_str))
            .collect();
        texts::visit(&mut policy, &mut |key, _, text| {
            let (from, value) = resolve(loaded, &chain, default, &key);
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
    loaded: &'a LoadedPolicy,
    chain: &[&'a str],
    default: &'a str,
    key: &str,
) -> (&'a str, Option<&'a str>) {
    for &l in chain {
        if l == default {
            return (l, None);
        }
        if let Some(text) = loaded.translations.get(l).and_then(|t| t.texts.get(key)) {
            return (l, Some(text));
        }
    }
    (default, None)
}

/// Every policy in every locale of the site, localized once and shared by all pages.
#[derive(Debug, Default)]
pub struct Localizations {
    by_page: std::collections::BTreeMap<(usize, String), Localized>,
}

impl Localizations {
    /// Policy number `policy` (in site order) in `locale`.
    pub fn get(&self, policy: usize, locale: &str) -> &Localized {
        &self.by_page[&(policy, locale.to_string())]
    }
}

/// Localizes every policy of `site` into every locale.
pub fn localize_site(site: &crate::content::Site) -> Localizations {
    let mut by_page = std::collections::BTreeMap::new();
    for (i, p) in site.policies.iter().enumerate() {
        for locale in &site.config.locales {
            by_page.insert((i, locale.clone()), localize(p, locale, &site.config));
        }
    }
    Localizations { by_page }
}
