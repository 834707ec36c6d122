//! Translation status: per policy and locale, which texts are missing and which are stale
//! (their source text changed after the translation was last confirmed).

use crate::content::texts::{self, SourceText};
use crate::content::translation::{Confirmed, Translation, hash};
use crate::content::{LoadedPolicy, Site};
use crate::diagnostics::{Diagnostic, Pos};
use serde::Serialize;
use std::collections::BTreeMap;

/// The state of one locale's translation of one policy.
#[derive(Debug, Clone, Serialize)]
pub struct Status {
    /// The policy id.
    pub policy: String,
    /// The locale.
    pub locale: String,
    /// The translation file, whether or not it exists yet.
    pub file: String,
    /// How many texts the draft has.
    pub total: usize,
    /// How many of them this locale translates.
    pub translated: usize,
    /// Per cent translated, rounded down (so 100 means complete).
    pub coverage: usize,
    /// Texts without a translation.
    pub missing: Vec<String>,
    /// Translations that need review.
    pub stale: Vec<Stale>,
    #[serde(skip)]
    missing_at: Vec<Option<Pos>>,
    /// Per missing text: whether its translation belongs in the library's file.
    #[serde(skip)]
    missing_shared: Vec<bool>,
    #[serde(skip)]
    draft: String,
}

/// A translation that needs review.
#[derive(Debug, Clone, Serialize)]
pub struct Stale {
    /// The text key.
    pub key: String,
    /// `changed`: the source changed since it was confirmed; `unconfirmed`: never confirmed.
    pub reason: &'static str,
    /// The library's translation file, for a text the library gives (otherwise the
    /// translation is in the policy's own file).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file: Option<String>,
    #[serde(skip)]
    at: Pos,
    /// The source hash the translation was confirmed against, if ever.
    #[serde(skip)]
    pub confirmed: Option<String>,
    /// The source now, for a text whose source changed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub now: Option<String>,
    /// The source it was confirmed against, when a released version still has it
    /// ([`old_sources`]).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub was: Option<String>,
}

/// Fills in `was` of every changed stale text of `statuses`: the source its translation
/// was confirmed against, found by its hash among the texts of the policy's released
/// versions, newest first. A source never released is not known any more.
pub fn old_sources(site: &crate::content::Site, statuses: &mut [Status]) {
    for s in statuses.iter_mut() {
        let Some(loaded) = site.policies.iter().find(|p| p.id == s.policy) else {
            continue;
        };
        let wanted: Vec<&String> = s
            .stale
            .iter()
            .filter_map(|st| st.confirmed.as_ref())
            .collect();
        if wanted.is_empty() {
            continue;
        }
        let mut known: BTreeMap<String, String> = BTreeMap::new();
        for version in loaded.versions.iter().rev() {
            for text in texts::list(&version.text().policy) {
                known.entry(hash(&text.text)).or_insert(text.text);
            }
        }
        for stale in &mut s.stale {
            stale.was = stale.confirmed.as_ref().and_then(|h| known.get(h).cloned());
        }
    }
}

impl Status {
    /// Per cent of texts translated, rounded down (so 100 means complete).
    pub fn coverage(&self) -> usize {
        (self.translated * 100)
            .checked_div(self.total)
            .unwrap_or(100)
    }

    /// Whether nothing is missing or stale.
    pub fn is_complete(&self) -> bool {
        self.missing.is_empty() && self.stale.is_empty()
    }

    /// The problems as errors, for `--strict` and `translations.strict`.
    pub fn errors(&self) -> Vec<Diagnostic> {
        let (policy, locale) = (&self.policy, &self.locale);
        let mut out: Vec<Diagnostic> = self
            .missing
            .iter()
            .zip(self.missing_at.iter().zip(&self.missing_shared))
            .map(|(key, (at, shared))| {
                let pos = at.unwrap_or(Pos {
                    line: 1,
                    column: 1,
                    len: 0,
                });
                Diagnostic::at(
                    &self.draft,
                    pos,
                    format!("`{locale}` has no translation of `{key}`"),
                )
                .expected(format!(
                    "the key in `{}` (`clause translate {policy} {locale}` adds a stub)",
                    if *shared {
                        library_file(locale)
                    } else {
                        self.file.clone()
                    }
                ))
            })
            .collect();
        out.extend(self.stale.iter().map(|s| {
            let why = match s.reason {
                "changed" => "its source text changed since the translation was confirmed",
                _ => "the translation was never confirmed",
            };
            Diagnostic::at(
                s.file.as_deref().unwrap_or(&self.file),
                s.at,
                format!("stale translation of `{}`: {why}", s.key),
            )
            .expected(format!(
                "a reviewed translation, then `clause confirm {policy} {locale}`"
            ))
        }));
        out
    }
}

/// The status of every non-default locale of every policy.
pub fn site_status(site: &Site) -> Vec<Status> {
    let locales = &site.config.locales[1..];
    site.policies
        .iter()
        .flat_map(|p| locales.iter().map(move |l| status(p, l)))
        .collect()
}

/// The status of one locale of one policy.
pub fn status(loaded: &LoadedPolicy, locale: &str) -> Status {
    let empty = Translation::default();
    let t = loaded.translations.get(locale).unwrap_or(&empty);
    let sources = texts::list(&loaded.policy);
    let mut status = Status {
        policy: loaded.id.clone(),
        locale: locale.to_string(),
        file: translation_file(loaded, locale),
        total: sources.len(),
        translated: 0,
        coverage: 100,
        missing: Vec::new(),
        stale: Vec::new(),
        missing_at: Vec::new(),
        missing_shared: Vec::new(),
        draft: loaded.file.clone(),
    };
    for source in &sources {
        if !t.texts.contains_key(&source.key) && texts::is_fixed(&loaded.policy, &source.key) {
            // A name as written is right in every language: not a text to translate.
            status.total -= 1;
            continue;
        }
        if !t.texts.contains_key(&source.key) {
            status.missing.push(source.key.clone());
            status.missing_at.push(source.at);
            status
                .missing_shared
                .push(loaded.library_texts.contains(&source.key));
            continue;
        }
        status.translated += 1;
        let served = t.served.get(&source.key);
        let recorded = match served {
            Some(served) => served.confirmed.as_ref(),
            None => t.confirmed.as_ref().and_then(|c| c.keys.get(&source.key)),
        };
        let reason = match recorded {
            None => "unconfirmed",
            Some(h) if *h != hash(&source.text) => "changed",
            Some(_) => continue,
        };
        let (file, at) = match served {
            Some(served) => (Some(served.file.clone()), served.at),
            None => (None, t.keys.get(&source.key).copied().unwrap_or_default()),
        };
        let changed = reason == "changed";
        status.stale.push(Stale {
            key: source.key.clone(),
            reason,
            file,
            at,
            confirmed: recorded.filter(|_| changed).cloned(),
            now: changed.then(|| source.text.clone()),
            was: None,
        });
    }
    status.coverage = (status.translated * 100)
        .checked_div(status.total)
        .unwrap_or(100);
    status
}

/// `library/<locale>.yaml`: where the translations of library texts belong.
pub fn library_file(locale: &str) -> String {
    format!("{}/{locale}.yaml", crate::content::library::LIBRARY_DIR)
}

/// `content/<policy>/<locale>.yaml`.
pub fn translation_file(loaded: &LoadedPolicy, locale: &str) -> String {
    let folder = loaded.file.rsplit_once('/').map_or("", |(f, _)| f);
    format!("{folder}/{locale}.yaml")
}

/// What `clause confirm` records: the source of every text the locale translates now, in
/// the policy's own file (`from_library: false`) or in the library's (`true`).
pub fn confirmation(
    loaded: &LoadedPolicy,
    locale: &str,
    source_locale: &str,
    from_library: bool,
) -> Confirmed {
    let t = loaded.translations.get(locale);
    let translated = |s: &SourceText| {
        t.is_some_and(|t| {
            t.texts.contains_key(&s.key) && t.served.contains_key(&s.key) == from_library
        })
    };
    Confirmed {
        source: source_locale.to_string(),
        keys: texts::list(&loaded.policy)
            .into_iter()
            .filter(translated)
            .map(|s| (s.key, hash(&s.text)))
            .collect(),
        by: None,
    }
}
