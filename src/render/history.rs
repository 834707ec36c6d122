//! What pages say about versions: the banner on each policy page, the notices of upcoming
//! versions, and the rows of the history page.

use super::view::{DateView, date_view, mark};
use super::{Of, Renderer};
use crate::content::version::Release;
use crate::i18n::localize::Doc;
use crate::versions::State;
use fluent_bundle::FluentValue;
use serde::Serialize;

/// Which version a page shows, and where it stands.
#[derive(Debug, Serialize)]
pub struct Banner {
    /// "Version 2", or none for a draft.
    label: Option<String>,
    /// `draft`, `current`, `upcoming` or `archived`.
    state: State,
    /// One sentence about the state, in the page's language.
    message: String,
    /// Release date, for released versions.
    released: Option<DateView>,
    /// "Material change" or "Minor change".
    change: Option<String>,
    /// A link to the main page, when this page is not it.
    main_url: Option<String>,
    /// The history page.
    history_url: String,
    /// The change notice of this version.
    notice_url: Option<String>,
}

/// A version that takes effect later, announced on the main page.
#[derive(Debug, Serialize)]
pub struct Upcoming {
    /// The announcement, with its date.
    message: String,
    /// The version's page.
    url: String,
    /// When it takes effect.
    effective: DateView,
}

/// One version on the history page, newest first.
#[derive(Debug, Serialize)]
pub struct Row {
    /// "Version 2", or "Draft, not released".
    label: String,
    /// The page of the version.
    url: String,
    /// Its change notice.
    notice_url: Option<String>,
    /// Its PDF record and its notice's, when the site makes them.
    pdf_url: Option<String>,
    notice_pdf_url: Option<String>,
    /// Release date.
    released: Option<DateView>,
    /// Effective date.
    effective: Option<DateView>,
    /// Material or minor, as words.
    change: Option<String>,
    /// Whether the change is material.
    material: bool,
    /// The release summary as HTML, marked when it is in another language.
    summary: Option<String>,
    /// Who released it and who signed it off, as recorded; none when nothing was.
    sign_off: Vec<String>,
    /// `draft`, `current`, `upcoming` or `archived`, and as words.
    state: State,
    /// The state in the page's language.
    state_label: String,
}

impl Renderer<'_> {
    /// The banner of a policy page showing `doc`; `main` when it is the policy's main page.
    pub(super) fn banner(&self, locale: &str, policy: usize, doc: Doc, main: bool) -> Banner {
        let strings = self.catalog.strings(locale);
        let history_url = self.link(locale, policy, Of::History);
        let Doc::Version(v) = doc else {
            return Banner {
                label: None,
                state: State::Draft,
                message: strings.text("policy-draft"),
                released: None,
                change: None,
                main_url: None,
                history_url,
                notice_url: None,
            };
        };
        let version = &self.site.policies[policy].versions[v];
        let state = self.version_state(policy, v);
        let effective = date_view(strings, version.release.effective);
        let message = match state {
            State::Current => strings.text("version-state-current"),
            State::Upcoming => strings.format(
                "version-state-upcoming",
                &[("date", FluentValue::from(effective.text.clone()))],
            ),
            _ => strings.text("version-state-archived"),
        };
        let shows_same = self.publishing.main_doc(policy) == Some(doc);
        Banner {
            label: Some(self.version_label(locale, &version.id)),
            state,
            message,
            released: Some(date_view(strings, version.release.released)),
            change: Some(self.change_label(locale, &version.release)),
            main_url: (!main && !shows_same).then(|| self.link(locale, policy, Of::Main)),
            history_url,
            notice_url: Some(self.link(locale, policy, Of::Notice(v))),
        }
    }

    /// Versions that take effect after the build date, except the one the page shows.
    pub(super) fn upcoming(&self, locale: &str, policy: usize, shown: Doc) -> Vec<Upcoming> {
        let strings = self.catalog.strings(locale);
        let p = &self.site.policies[policy];
        self.publishing.timelines[policy]
            .upcoming
            .iter()
            .filter(|v| Doc::Version(**v) != shown)
            .map(|v| {
                let version = &p.versions[*v];
                let effective = date_view(strings, version.release.effective);
                Upcoming {
                    message: strings.format(
                        "upcoming-notice",
                        &[("date", FluentValue::from(effective.text.clone()))],
                    ),
                    url: self.link(locale, policy, Of::Notice(*v)),
                    effective,
                }
            })
            .collect()
    }

    /// Every version, newest first, and the draft on top when drafts are shown.
    pub(super) fn history_rows(&self, locale: &str, policy: usize) -> Vec<Row> {
        let strings = self.catalog.strings(locale);
        let p = &self.site.policies[policy];
        let mut rows = Vec::new();
        if self.publishing.drafts {
            rows.push(Row {
                label: strings.text("history-draft"),
                url: self.link(locale, policy, Of::Main),
                notice_url: None,
                pdf_url: None,
                notice_pdf_url: None,
                released: None,
                effective: None,
                change: None,
                material: false,
                summary: None,
                sign_off: Vec::new(),
                state: State::Draft,
                state_label: strings.text("policy-draft"),
            });
        }
        for (v, version) in p.versions.iter().enumerate().rev() {
            let state = self.version_state(policy, v);
            let release = &version.release;
            rows.push(Row {
                label: self.version_label(locale, &version.id),
                url: self.link(locale, policy, Of::Version(v)),
                notice_url: Some(self.link(locale, policy, Of::Notice(v))),
                pdf_url: self.pdf_href(locale, policy, Of::Version(v), false),
                notice_pdf_url: self.pdf_href(locale, policy, Of::Notice(v), false),
                released: Some(date_view(strings, release.released)),
                effective: Some(date_view(strings, release.effective)),
                change: Some(self.change_label(locale, release)),
                material: release.material,
                summary: self.summary(locale, release),
                sign_off: sign_off(strings, release),
                state,
                state_label: strings.text(&format!("history-state-{}", state.as_str())),
            });
        }
        rows
    }

    pub(super) fn version_state(&self, policy: usize, version: usize) -> State {
        self.publishing.timelines[policy].state(version)
    }

    pub(super) fn version_label(&self, locale: &str, id: &str) -> String {
        self.catalog
            .strings(locale)
            .format("version-label", &[("version", FluentValue::from(id))])
    }

    pub(super) fn change_label(&self, locale: &str, release: &Release) -> String {
        let id = if release.material {
            "change-material"
        } else {
            "change-minor"
        };
        self.catalog.strings(locale).text(id)
    }

    /// The release summary in `locale`, else from its fallback chain, marked as such.
    fn summary(&self, locale: &str, release: &Release) -> Option<String> {
        let chain = self.site.config.fallback_chain(locale);
        let text = super::notice::summary_in(release, locale, chain)?;
        Some(mark(&text, self.md.inline(&text), "span"))
    }
}

/// "Released by …" and "Signed off: role (name), …" in the page's language, as recorded.
pub(super) fn sign_off(strings: &crate::i18n::Strings, release: &Release) -> Vec<String> {
    let mut lines = Vec::new();
    if let Some(name) = &release.released_by {
        lines.push(strings.format(
            "history-released-by",
            &[("name", FluentValue::from(name.as_str()))],
        ));
    }
    if !release.approvals.is_empty() {
        let list: Vec<String> = release
            .approvals
            .iter()
            .map(|(role, name)| format!("{role} ({name})"))
            .collect();
        lines.push(strings.format(
            "history-signed-off",
            &[("list", FluentValue::from(list.join(", ")))],
        ));
    }
    lines
}
