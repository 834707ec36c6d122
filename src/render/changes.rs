//! Change-notice pages and the Atom feed of releases.

use super::markdown::Markdown;
use super::notice::{NoticeInput, NoticeView, notice};
use super::outputs::{Format, Subject, each_policy, policy};
use super::{Of, Renderer};
use crate::diagnostics::Diagnostic;
use crate::i18n::localize::{Doc, Side, comparable};
use crate::versions::{diff, material};
use serde::Serialize;

/// One entry of the Atom feed.
#[derive(Debug, Serialize)]
struct Entry {
    id: String,
    title: String,
    url: String,
    updated: String,
    summary: String,
    /// The change notice as HTML (the theme's `feed-entry.html`), escaped by the feed.
    content: String,
}

/// The feed itself.
#[derive(Debug, Serialize)]
struct Feed {
    id: String,
    title: String,
    updated: String,
    self_url: String,
    history_url: String,
    author: String,
    entries: Vec<Entry>,
}

/// The Atom feed of each policy in each locale, and the sitemap of the whole site.
pub(super) struct Feeds;

const SITEMAP: &str = "sitemap.xml";

impl Format for Feeds {
    fn plan(&self, r: &Renderer) -> Vec<Subject> {
        let mut pages = vec![Subject::Site(SITEMAP)];
        for (locale, p) in each_policy(r) {
            if !r.site.policies[p].versions.is_empty() {
                pages.push(policy(locale, p, Of::Feed));
            }
        }
        pages
    }

    fn path(&self, r: &Renderer, subject: &Subject) -> String {
        match subject {
            Subject::Policy { locale, policy, .. } => {
                format!("{locale}/{}/feed.xml", r.site.policies[*policy].id)
            }
            _ => r.site_file(subject),
        }
    }

    fn render(&self, r: &Renderer, subject: &Subject, _: &str) -> Result<Vec<u8>, Diagnostic> {
        match subject {
            Subject::Policy { locale, policy, .. } => r.feed(locale, *policy),
            _ => {
                let mut ctx = tera::Context::new();
                ctx.insert("urls", &r.sitemap_urls());
                r.run("sitemap.xml", &ctx).map(String::into_bytes)
            }
        }
    }

    /// Feeds list released versions only; the sitemap names no draft text (no titles), so
    /// an edit to a draft changes neither.
    fn shows_draft(&self, _: &Subject, _: usize) -> bool {
        false
    }
}

impl Renderer<'_> {
    /// The material findings of version `v` against the one before (none for the first).
    pub(super) fn findings_of(
        &self,
        policy: usize,
        v: usize,
    ) -> std::sync::Arc<Vec<material::Finding>> {
        self.findings.get(&(policy, v), || {
            let p = &self.site.policies[policy];
            match v.checked_sub(1) {
                Some(o) => {
                    let (old, new) = (p.versions[o].text(), p.versions[v].text());
                    material::between(&old.policy, &new.policy)
                }
                None => Vec::new(),
            }
        })
    }

    /// Version `v` and the one before in `locale`, made comparable, and the diff between
    /// them (none for the first version).
    pub(super) fn diff_of(
        &self,
        locale: &str,
        policy: usize,
        v: usize,
    ) -> std::sync::Arc<Compared> {
        self.diffs.get(&(policy, v, locale.to_string()), || {
            let Some(o) = v.checked_sub(1) else {
                return Compared::default();
            };
            let p = &self.site.policies[policy];
            let localized = |n: usize| {
                let doc = Doc::Version(n);
                self.localizations.get(policy, doc, locale).policy.clone()
            };
            let (old_text, new_text) = (p.versions[o].text(), p.versions[v].text());
            let was = Side {
                source: &old_text.policy,
                translations: &old_text.translations,
                localized: localized(o),
            };
            let is = Side {
                source: &new_text.policy,
                translations: &new_text.translations,
                localized: localized(v),
            };
            let (old, new) = comparable(was, is, locale, &self.site.config);
            Compared {
                diff: diff::diff(&old, &new),
                pair: Some((old, new)),
            }
        })
    }

    /// The change notice of version `v` of `policy` in `locale`, built once per build.
    pub(super) fn notice_view(
        &self,
        locale: &str,
        policy: usize,
        v: usize,
    ) -> std::sync::Arc<NoticeView> {
        self.notices.get(&(policy, v, locale.to_string()), || {
            self.make_notice(locale, policy, v)
        })
    }

    fn make_notice(&self, locale: &str, policy: usize, v: usize) -> NoticeView {
        let p = &self.site.policies[policy];
        let version = &p.versions[v];
        let previous = v.checked_sub(1);
        let compared = self.diff_of(locale, policy, v);
        let first = self.localizations.get(policy, Doc::Version(v), locale);
        let (old, new) = match &compared.pair {
            Some((old, new)) => (Some(old), new),
            None => (None, &first.policy),
        };
        let diff = &compared.diff;
        let findings = self.findings_of(policy, v);
        let input = NoticeInput {
            old,
            new,
            diff,
            findings: &findings,
            release: Some(&version.release),
            version: &version.id,
            previous: previous.map(|o| p.versions[o].id.as_str()),
            locale,
            chain: self.site.config.fallback_chain(locale),
            numbering: self.site.config.numbering.as_deref(),
        };
        notice(&input, self.catalog.strings(locale), self.md)
    }

    pub(super) fn notice_page(
        &self,
        locale: &str,
        policy: usize,
        v: usize,
        path: &str,
    ) -> Result<Vec<u8>, Diagnostic> {
        let view = self.notice_view(locale, policy, v);
        let translations = self.translations(policy, Doc::Version(v), Of::Notice(v));
        let alternates = self.alternates(&translations);
        let title = self.version_title(locale, policy, v);
        let previous_url = v
            .checked_sub(1)
            .map(|o| self.link(locale, policy, Of::Version(o)));
        self.html("notice.html", path, locale, false, |ctx| {
            ctx.insert("notice", &*view);
            ctx.insert("policy_title", &title);
            ctx.insert("version_url", &self.link(locale, policy, Of::Version(v)));
            ctx.insert("previous_url", &previous_url);
            ctx.insert("history_url", &self.link(locale, policy, Of::History));
            ctx.insert("feed_url", &self.link(locale, policy, Of::Feed));
            ctx.insert("translations", &translations);
            ctx.insert("alternates", &alternates);
        })
    }

    /// `/<locale>/<policy>/feed.xml`: one entry per release, newest first, with ids that
    /// never change (`tag:` URIs from the host, the release date, policy, version, locale).
    pub(super) fn feed(&self, locale: &str, policy: usize) -> Result<Vec<u8>, Diagnostic> {
        let p = &self.site.policies[policy];
        let host = self
            .origin()
            .split("://")
            .nth(1)
            .unwrap_or("localhost")
            .to_string();
        let strings = self.catalog.strings(locale);
        let main = self.publishing.main_doc(policy).unwrap_or(Doc::Version(0));
        let meta = &self.localizations.get(policy, main, locale).policy.meta;
        let absolute = |of: Of| self.absolute_href(&of.page(locale, policy));
        let entries = p
            .versions
            .iter()
            .enumerate()
            .rev()
            .map(|(v, version)| {
                let release = &version.release;
                let change = super::notice::change(strings, release);
                let title = super::notice::title(strings, &version.id);
                let chain = self.site.config.fallback_chain(locale);
                let summary = super::notice::summary_in(release, locale, chain);
                let mut ctx = tera::Context::new();
                ctx.insert("notice", &*self.notice_view(locale, policy, v));
                ctx.insert("ui", strings.ui());
                ctx.insert("url", &absolute(Of::Version(v)));
                let content = self.run("feed-entry.html", &ctx)?;
                Ok(Entry {
                    id: format!(
                        "tag:{host},{}:{}/{}/{locale}",
                        release.released, p.id, version.id
                    ),
                    title: format!("{title}: {change}"),
                    url: absolute(Of::Notice(v)),
                    updated: format!("{}T00:00:00Z", release.released),
                    summary: summary.map(|t| Markdown::plain(&t)).unwrap_or_default(),
                    content,
                })
            })
            .collect::<Result<Vec<Entry>, Diagnostic>>()?;
        let first = p.versions.iter().map(|v| v.release.released).min();
        let latest = p.versions.iter().map(|v| v.release.released).max();
        let feed = Feed {
            id: format!(
                "tag:{host},{}:{}/{locale}",
                first.map(|d| d.to_string()).unwrap_or_default(),
                p.id
            ),
            title: strings.format(
                "feed-title",
                &[(
                    "policy",
                    fluent_bundle::FluentValue::from(format!(
                        "{} · {}",
                        meta.product.as_str(),
                        meta.title.as_str()
                    )),
                )],
            ),
            updated: format!(
                "{}T00:00:00Z",
                latest.map(|d| d.to_string()).unwrap_or_default()
            ),
            self_url: absolute(Of::Feed),
            history_url: absolute(Of::History),
            author: meta.controller.name.to_string(),
            entries,
        };
        let mut ctx = tera::Context::new();
        ctx.insert("feed", &feed);
        ctx.insert("lang", locale);
        self.run("feed.xml", &ctx).map(String::into_bytes)
    }
}

/// Two versions of a policy in one locale, made comparable
/// ([`crate::i18n::localize::comparable`]), and what changed between them.
#[derive(Debug, Default)]
pub(super) struct Compared {
    /// The earlier and the later text; none for a first version.
    pub pair: Option<(crate::content::model::Policy, crate::content::model::Policy)>,
    /// What changed.
    pub diff: diff::PolicyDiff,
}
