//! Builds the JSON API documents (types in `json`).

use super::Renderer;
use super::json::*;
use crate::content::model::Section;
use crate::i18n::direction;
use crate::i18n::localize::Doc;
use crate::render::markdown::Markdown;
use std::collections::BTreeMap;

impl Renderer<'_> {
    fn absolute(&self, path: &str) -> String {
        format!("{}{}", self.origin(), path)
    }

    fn app_url(&self, locale: &str, policy: &str, file: &str) -> String {
        self.absolute(&format!(
            "{}app/{locale}/{policy}/{file}",
            self.site.config.base_path
        ))
    }

    fn json_url(&self, policy: &str, version: &str, locale: &str) -> String {
        self.absolute(&format!(
            "{}api/v1/{policy}/{version}/{locale}.json",
            self.site.config.base_path
        ))
    }

    fn store_urls(&self, policy: &str, version: &str) -> StoreUrls {
        let url = |file: super::stores::StoreFile| {
            self.absolute(&format!(
                "{}api/v1/{policy}/{version}/{}",
                self.site.config.base_path,
                file.name()
            ))
        };
        use super::stores::StoreFile as F;
        StoreUrls {
            privacy_manifest: url(F::PrivacyManifest),
            app_store_label: url(F::AppStoreLabel),
            data_safety: url(F::DataSafety),
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
        let notice = ApiNotice {
            previous: previous.map(|o| p.versions[o].id.clone()),
            summary: std::iter::once(locale)
                .chain(
                    self.site
                        .config
                        .fallback_chain(locale)
                        .iter()
                        .map(String::as_str),
                )
                .find_map(|l| version.release.summary.get(l).cloned()),
            // The same diff and findings the notice pages use, computed once per build.
            material_rules: {
                let mut rules = Vec::new();
                for f in self.findings_of(policy, v).iter() {
                    if !rules.contains(&f.rule) {
                        rules.push(f.rule);
                    }
                }
                rules
            },
            material_override: version.release.material_override.clone(),
            changes: (*self.diff_of(locale, policy, v)).clone(),
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
            urls: DocumentUrls {
                web: self.absolute(&self.url(locale, &p.id, &format!("{}/", version.id))),
                app: self.app_url(locale, &p.id, &format!("{}.html", version.id)),
                notice: self.absolute(&self.url(
                    locale,
                    &p.id,
                    &format!("changes/{}/", version.id),
                )),
            },
            sections: api_sections(&localized.policy.sections, "", 2, self.md),
            content: localized.policy.clone(),
            notice,
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
                        state: self.version_state(i, n).to_string(),
                        content_hash: self.content_hash(&p.id, &v.id),
                        locales: config
                            .locales
                            .iter()
                            .map(|l| {
                                let path = format!("api/v1/{}/{}/{l}.json", p.id, v.id);
                                let urls = VersionUrls {
                                    web: self.absolute(&self.url(l, &p.id, &format!("{}/", v.id))),
                                    app: self.app_url(l, &p.id, &format!("{}.html", v.id)),
                                    json: self.json_url(&p.id, &v.id, l),
                                    json_sha256: hashes.get(&path).cloned().unwrap_or_default(),
                                    notice: self.absolute(&self.url(
                                        l,
                                        &p.id,
                                        &format!("changes/{}/", v.id),
                                    )),
                                    app_notice: self.app_url(
                                        l,
                                        &p.id,
                                        &format!("changes/{}.html", v.id),
                                    ),
                                };
                                (l.clone(), urls)
                            })
                            .collect(),
                        stores: self.store_urls(&p.id, &v.id),
                    })
                    .collect();
                let in_effect = t.current.map_or(0, |c| c + 1);
                IndexPolicy {
                    id: p.id.clone(),
                    titles: config
                        .locales
                        .iter()
                        .map(|l| {
                            (
                                l.clone(),
                                self.localizations
                                    .get(i, main, l)
                                    .policy
                                    .meta
                                    .title
                                    .to_string(),
                            )
                        })
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
                                web: self.absolute(&self.url(l, &p.id, "")),
                                app: self.app_url(l, &p.id, "index.html"),
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
                base_url: config.base_url.clone(),
                locales: config.locales.clone(),
            },
            date: self.publishing.date.to_string(),
            policies,
        }
    }
}

fn api_sections(sections: &[Section], prefix: &str, level: u8, md: &Markdown) -> Vec<ApiSection> {
    sections
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let number = format!("{prefix}{}", i + 1);
            let body = s.body.as_deref().unwrap_or("");
            ApiSection {
                id: s.id.value.clone(),
                title: s.title.to_string(),
                html: if body.is_empty() {
                    String::new()
                } else {
                    md.block(body, &s.id.value, level)
                },
                text: Markdown::plain(body),
                sections: api_sections(&s.sections, &format!("{number}."), level + 1, md),
                number,
            }
        })
        .collect()
}
