//! Builds the JSON API documents (types in `json`).

use super::outputs::{Format, Out, Page, Subject, each_policy, policy};
use super::{Of, Renderer};
use crate::api::v1::*;
use crate::content::model::Section;
use crate::content::numbering::Number;
use crate::diagnostics::Diagnostic;
use crate::i18n::direction;
use crate::i18n::localize::Doc;
use crate::render::markdown::{Markdown, SectionRefs};
use crate::render::view::{section_numbers, section_refs};
use std::collections::BTreeMap;

/// The JSON API v1: a document per version and locale, the schemas, and the index.
pub(super) struct Api;

/// Where the index is written: it is made last, from the hashes of the documents.
const INDEX: &str = "api/v1/index.json";

impl Format for Api {
    fn plan(&self, r: &Renderer) -> Vec<Subject> {
        let mut files = Vec::new();
        for (locale, p) in each_policy(r) {
            for v in 0..r.site.policies[p].versions.len() {
                files.push(policy(locale, p, Of::Version(v)));
            }
        }
        files.extend(schemas().into_iter().map(|(name, _)| Subject::Site(name)));
        files
    }

    fn path(&self, r: &Renderer, subject: &Subject) -> String {
        match subject {
            Subject::Policy { locale, policy, of } => {
                let Of::Version(v) = of else {
                    unreachable!("not planned")
                };
                let id = &r.site.policies[*policy].id;
                format!("api/v1/{id}/{}/{locale}.json", r.version_id(*policy, *v))
            }
            Subject::Site(name) => format!("api/v1/schema/{name}"),
            Subject::Release { .. } => unreachable!("not planned"),
        }
    }

    fn render(&self, r: &Renderer, subject: &Subject, _: &str) -> Result<Vec<u8>, Diagnostic> {
        Ok(match subject {
            Subject::Policy {
                locale,
                policy,
                of: Of::Version(v),
            } => to_bytes(&r.version_document(locale, *policy, *v)),
            Subject::Site(name) => schemas()
                .into_iter()
                .find(|(n, _)| n == name)
                .map(|(_, text)| text.into_bytes())
                .unwrap_or_default(),
            _ => unreachable!("not planned"),
        })
    }

    fn finish(
        &self,
        r: &Renderer,
        written: &BTreeMap<String, String>,
    ) -> Vec<Result<(String, Vec<u8>), Diagnostic>> {
        vec![Ok((INDEX.to_string(), to_bytes(&r.index(written))))]
    }

    fn shows_draft(&self, _: &Subject, _: usize) -> bool {
        false
    }

    fn plan_draft(&self, _: &Renderer, _: usize) -> Vec<Subject> {
        Vec::new()
    }
}

impl Renderer<'_> {
    fn store_urls(&self, policy: usize, version: usize) -> StoreUrls {
        let url = |file: super::stores::StoreFile| {
            self.absolute_href(&Page {
                out: Out::Stores,
                subject: Subject::Release {
                    policy,
                    version,
                    file: file.name(),
                },
            })
        };
        use super::stores::StoreFile as F;
        let facts = self.facts(policy, version);
        let url_of = |f: F| facts.stores.iter().any(|n| n == f.name()).then(|| url(f));
        StoreUrls {
            privacy_manifest: url_of(F::PrivacyManifest),
            app_store_label: url_of(F::AppStoreLabel),
            data_safety: url_of(F::DataSafety),
            withheld: facts
                .withheld
                .iter()
                .map(|(file, unstated)| Withheld {
                    file: file.clone(),
                    unstated: unstated.clone(),
                })
                .collect(),
        }
    }

    fn content_hash(&self, policy: &str, version: &str) -> String {
        self.publishing
            .lock
            .policies
            .get(policy)
            .and_then(|v| v.get(version))
            .map(|s| s.hash.clone())
            .unwrap_or_default()
    }

    /// `/api/v1/<policy>/<version>/<locale>.json`.
    pub(super) fn version_document(
        &self,
        locale: &str,
        policy: usize,
        v: usize,
    ) -> VersionDocument {
        let p = &self.site.policies[policy];
        let version = &p.versions[v];
        let localized = self.localizations.get(policy, Doc::Version(v), locale);
        let previous = v.checked_sub(1);
        let chain = self.site.config.fallback_chain(locale);
        let summary = super::notice::summary_in(&version.release, locale, chain);
        let notice = ApiNotice {
            previous: previous.map(|o| p.versions[o].id.clone()),
            summary_fallback: summary.as_ref().and_then(|t| t.fallback.clone()),
            summary: summary.map(|t| t.to_string()),
            // The same diff and findings the notice pages use, computed once per build.
            material_rules: {
                let mut rules = Vec::new();
                for f in self.findings_of(policy, v).iter() {
                    if !rules.contains(&f.rule) {
                        rules.push(f.rule);
                    }
                }
                rules.v1()
            },
            material_override: version.release.material_override.clone(),
            notice_override: version.release.notice_override.clone(),
            changes: self.diff_of(locale, policy, v).diff.v1(),
        };
        let release = &version.release;
        VersionDocument {
            api: API_VERSION.into(),
            policy: p.id.clone(),
            version: version.id.clone(),
            locale: locale.to_string(),
            dir: direction(locale).to_string(),
            released: release.released.to_string(),
            effective: release.effective.to_string(),
            material: release.material,
            content_hash: self.content_hash(&p.id, &version.id),
            fallback_locales: localized.fallbacks.iter().cloned().collect(),
            urls: {
                let all = self.version_urls(locale, policy, v, &BTreeMap::new());
                DocumentUrls {
                    web: all.web,
                    app: all.app,
                    notice: all.notice,
                    pdf: all.pdf,
                }
            },
            sections: {
                let strings = self.catalog.strings(locale);
                let numbering = self.site.config.numbering.as_deref();
                let numbers = section_numbers(&localized.policy, numbering, strings);
                let shown = Shown {
                    md: self.md,
                    refs: &section_refs(&localized.policy, &numbers, strings),
                    numbers: &numbers,
                };
                shown.sections(&localized.policy.sections, 2)
            },
            cookies: cookies(&localized.policy),
            content: localized.policy.v1(),
            notice,
            sign_off: crate::api::v1::SignOff::of(release),
            notification: Some(self.notification(locale, policy, v))
                .filter(|n| n.email.is_some() || n.dialog.is_some()),
        }
    }

    /// Where version `version` of `policy` is, in `locale` (`json_sha256` from `hashes`).
    pub(super) fn version_urls(
        &self,
        locale: &str,
        policy: usize,
        version: usize,
        hashes: &BTreeMap<String, String>,
    ) -> VersionUrls {
        let json = Page::of(Out::Api, locale, policy, Of::Version(version));
        VersionUrls {
            web: self.absolute_href(&Of::Version(version).page(locale, policy)),
            app: self.absolute_href(&Of::Version(version).app(locale, policy)),
            json: self.absolute_href(&json),
            json_sha256: hashes.get(&self.path(&json)).cloned().unwrap_or_default(),
            notice: self.absolute_href(&Of::Notice(version).page(locale, policy)),
            app_notice: self.absolute_href(&Of::Notice(version).app(locale, policy)),
            pdf: self.pdf_href(locale, policy, Of::Version(version), true),
            notice_pdf: self.pdf_href(locale, policy, Of::Notice(version), true),
        }
    }

    /// `/api/v1/index.json`; `hashes` are the SHA-256 of every version document by path.
    pub(super) fn index(&self, hashes: &BTreeMap<String, String>) -> Index {
        let config = &self.site.config;
        let policies = self
            .site
            .policies
            .iter()
            .enumerate()
            .filter(|(_, p)| !p.versions.is_empty())
            .map(|(i, p)| {
                let t = &self.publishing.timelines[i];
                let main = t.main().map(Doc::Version).unwrap_or(Doc::Version(0));
                let versions: Vec<IndexVersion> = p
                    .versions
                    .iter()
                    .enumerate()
                    .map(|(n, v)| IndexVersion {
                        id: v.id.clone(),
                        released: v.release.released.to_string(),
                        effective: v.release.effective.to_string(),
                        material: v.release.material,
                        state: self.version_state(i, n).as_str().to_string(),
                        content_hash: self.content_hash(&p.id, &v.id),
                        locales: config
                            .locales
                            .iter()
                            .map(|l| (l.clone(), self.version_urls(l, i, n, hashes)))
                            .collect(),
                        stores: self.store_urls(i, n),
                        sign_off: crate::api::v1::SignOff::of(&v.release),
                    })
                    .collect();
                let in_effect = t.current.map_or(0, |c| c + 1);
                IndexPolicy {
                    id: p.id.clone(),
                    titles: config
                        .locales
                        .iter()
                        .map(|l| (l.clone(), self.meta_text(i, main, l, "meta.title")))
                        .collect(),
                    current: t.current.map(|c| p.versions[c].id.clone()),
                    upcoming: t
                        .upcoming
                        .iter()
                        .map(|u| p.versions[*u].id.clone())
                        .collect(),
                    latest_material: p.versions[..in_effect]
                        .iter()
                        .rev()
                        .find(|v| v.release.material)
                        .map(|v| v.id.clone()),
                    urls: config
                        .locales
                        .iter()
                        .map(|l| {
                            let urls = MainUrls {
                                web: self.absolute_href(&Of::Main.page(l, i)),
                                app: self.absolute_href(&Of::Main.app(l, i)),
                            };
                            (l.clone(), urls)
                        })
                        .collect(),
                    versions,
                }
            })
            .collect();
        Index {
            api: API_VERSION.into(),
            site: SiteInfo {
                title: config.title.clone(),
                titles: config.titles.clone(),
                base_url: config.base_url.clone(),
                locales: config.locales.clone(),
            },
            date: self.publishing.date.to_string(),
            policies,
        }
    }
}

/// The policy's cookies, resolved: who sets each, and how long it lasts in days.
fn cookies(policy: &crate::content::model::Policy) -> Vec<ApiCookie> {
    use crate::content::model::Lifetime;
    policy
        .cookies
        .iter()
        .map(|c| {
            let third = c.third_party.as_ref().and_then(|r| r.get(policy));
            let life = c.duration.value.parsed;
            ApiCookie {
                id: c.id.value.clone(),
                name: c.name.clone(),
                kind: crate::content::model::code(&c.kind),
                first_party: c.third_party.is_none(),
                provider: third.map(|t| t.provider.clone().unwrap_or_else(|| t.name.clone())),
                purpose: Markdown::plain(&c.purpose),
                session: life == Some(Lifetime::Session),
                days: match life {
                    Some(Lifetime::For(d)) => Some(d.approx_days() as u32),
                    _ => None,
                },
                duration: c.duration.value.text.clone(),
                essential: c.essential,
            }
        })
        .collect()
}

/// What the sections of a version document are rendered with: the pages' numbers and
/// cross-references, in the document's locale.
struct Shown<'a> {
    md: &'a Markdown,
    refs: &'a SectionRefs,
    numbers: &'a BTreeMap<String, Number>,
}

impl Shown<'_> {
    fn sections(&self, sections: &[Section], level: u8) -> Vec<ApiSection> {
        sections
            .iter()
            .map(|s| {
                let body = s.body.as_deref().unwrap_or("");
                ApiSection {
                    id: s.id.value.clone(),
                    title: s.title.to_string(),
                    html: if body.is_empty() {
                        String::new()
                    } else {
                        self.md.block_with(body, &s.id.value, level, self.refs)
                    },
                    text: Markdown::plain_with(body, self.refs),
                    sections: self.sections(&s.sections, level + 1),
                    number: self
                        .numbers
                        .get(&s.id.value)
                        .map(|n| n.label.clone())
                        .unwrap_or_default(),
                }
            })
            .collect()
    }
}
