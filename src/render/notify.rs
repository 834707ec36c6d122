//! Notification texts: for each material release, what to send readers through the
//! channels the policy names (`change_policy.notify`): a ready-to-send e-mail (subject,
//! plain text and HTML) and an in-app dialog, per locale, made from the release summary and
//! the change notice. Written to `api/v1/<policy>/<version>/notify/<locale>.json` and
//! carried in the version's JSON document. Nothing is made for a channel the policy does
//! not name, nor for a minor release.

use super::Renderer;
use super::markdown::escape;
use super::outputs::{Format, Subject, each_policy, policy};
use crate::api::v1::{ApiDialog, ApiEmail, ApiNotification, to_bytes};
use crate::content::model::NotifyChannel;
use crate::diagnostics::Diagnostic;
use crate::i18n::localize::Doc;
use fluent_bundle::FluentValue;

/// The notification files.
pub(super) struct Notify;

impl Format for Notify {
    fn plan(&self, r: &Renderer) -> Vec<Subject> {
        let mut files = Vec::new();
        for (locale, p) in each_policy(r) {
            let versions = &r.site.policies[p].versions;
            for v in (0..versions.len()).filter(|v| versions[*v].release.material) {
                files.push(policy(locale, p, super::Of::Notice(v)));
            }
        }
        files
    }

    fn path(&self, r: &Renderer, subject: &Subject) -> String {
        let (locale, policy, v) = planned(subject);
        let id = &r.site.policies[policy].id;
        format!(
            "api/v1/{id}/{}/notify/{locale}.json",
            r.version_id(policy, v)
        )
    }

    /// Only where the version's policy names e-mail or an in-app notice: known once the
    /// version is parsed, when its policy renders.
    fn writes(&self, r: &Renderer, subject: &Subject) -> bool {
        let (_, policy, v) = planned(subject);
        !channels(r, policy, v).is_empty()
    }

    fn render(&self, r: &Renderer, subject: &Subject, _: &str) -> Result<Vec<u8>, Diagnostic> {
        let (locale, policy, v) = planned(subject);
        Ok(to_bytes(&r.notification(locale, policy, v)))
    }

    fn shows_draft(&self, _: &Subject, _: usize) -> bool {
        false
    }

    fn plan_draft(&self, _: &Renderer, _: usize) -> Vec<Subject> {
        Vec::new()
    }
}

/// The locale, policy and version of a file this output planned.
fn planned(subject: &Subject) -> (&str, usize, usize) {
    match subject {
        Subject::Policy {
            locale,
            policy,
            of: super::Of::Notice(v),
        } => (locale, *policy, *v),
        _ => unreachable!("not planned"),
    }
}

/// The channels Clause writes texts for that version `v` of `policy` names.
fn channels(r: &Renderer, policy: usize, v: usize) -> Vec<NotifyChannel> {
    let version = &r.site.policies[policy].versions[v];
    if !version.release.material {
        return Vec::new();
    }
    let text = version.text();
    let named = text.policy.change_policy.as_ref().map(|c| c.notify.clone());
    named
        .unwrap_or_default()
        .into_iter()
        .filter(|c| matches!(c, NotifyChannel::Email | NotifyChannel::InApp))
        .collect()
}

impl Renderer<'_> {
    /// The notification texts of material version `v` of `policy` in `locale`, for the
    /// channels its policy names (an empty notification for a version that names none).
    pub(super) fn notification(&self, locale: &str, policy: usize, v: usize) -> ApiNotification {
        let channels = channels(self, policy, v);
        let strings = self.catalog.strings(locale);
        let view = self.view(locale, policy, Doc::Version(v));
        let notice = self.notice_view(locale, policy, v);
        let urls = self.version_urls(locale, policy, v, &Default::default());
        let date = notice
            .effective
            .as_ref()
            .map(|d| d.text.clone())
            .unwrap_or_default();
        let args = [
            ("title", FluentValue::from(view.title_text.as_str())),
            ("product", FluentValue::from(view.product_text.as_str())),
            ("date", FluentValue::from(date.as_str())),
        ];
        let intro = strings.format("notify-intro", &args);
        let summary = notice.summary_text.clone();
        let email = channels.contains(&NotifyChannel::Email).then(|| {
            let subject = strings.format("notify-subject", &args);
            let letter = Letter {
                strings,
                intro: &intro,
                summary: summary.as_deref(),
                summary_html: notice.summary_html.as_deref(),
                reasons: &notice.reasons,
                notice_url: &urls.notice,
                policy_url: &urls.web,
            };
            ApiEmail {
                text: letter.text(),
                html: letter.html(locale, &subject),
                subject,
            }
        });
        let dialog = channels.contains(&NotifyChannel::InApp).then(|| ApiDialog {
            title: strings.format("notify-dialog-title", &args),
            body: match &summary {
                Some(s) => format!("{intro}\n\n{s}"),
                None => intro.clone(),
            },
            review: strings.text("notify-dialog-review"),
            review_url: urls.app_notice.clone(),
            later: strings.text("notify-dialog-later"),
        });
        ApiNotification { email, dialog }
    }
}

/// The parts of the e-mail, written once as text and once as HTML.
struct Letter<'a> {
    strings: &'a crate::i18n::Strings,
    intro: &'a str,
    summary: Option<&'a str>,
    summary_html: Option<&'a str>,
    reasons: &'a [String],
    notice_url: &'a str,
    policy_url: &'a str,
}

impl Letter<'_> {
    fn text(&self) -> String {
        let s = self.strings;
        let mut out = format!("{}\n", self.intro);
        if let Some(summary) = self.summary {
            out.push_str(&format!("\n{}\n{summary}\n", s.text("notify-summary")));
        }
        if !self.reasons.is_empty() {
            out.push_str(&format!("\n{}\n", s.text("notify-why")));
            for reason in self.reasons {
                out.push_str(&format!("- {reason}\n"));
            }
        }
        // Each link under its label: no punctuation whose spacing differs by language.
        out.push_str(&format!(
            "\n{}\n{}\n\n{}\n{}\n",
            s.text("notify-read-changes"),
            self.notice_url,
            s.text("notify-read-policy"),
            self.policy_url
        ));
        out
    }

    /// A whole HTML document with the reader's `lang` and `dir`, no scripts, no remote
    /// resources: mail clients show it as it is.
    fn html(&self, locale: &str, subject: &str) -> String {
        let s = self.strings;
        let dir = crate::i18n::direction(locale);
        let mut body = format!("<p>{}</p>\n", escape(self.intro));
        if let Some(summary) = self.summary_html {
            body.push_str(&format!(
                "<h2>{}</h2>\n<p>{summary}</p>\n",
                escape(&s.text("notify-summary"))
            ));
        }
        if !self.reasons.is_empty() {
            body.push_str(&format!(
                "<h2>{}</h2>\n<ul>\n",
                escape(&s.text("notify-why"))
            ));
            for reason in self.reasons {
                body.push_str(&format!("<li>{}</li>\n", escape(reason)));
            }
            body.push_str("</ul>\n");
        }
        body.push_str(&format!(
            "<p><a href=\"{}\">{}</a></p>\n<p><a href=\"{}\">{}</a></p>\n",
            escape(self.notice_url),
            escape(&s.text("notify-read-changes")),
            escape(self.policy_url),
            escape(&s.text("notify-read-policy"))
        ));
        format!(
            "<!DOCTYPE html>\n<html lang=\"{locale}\" dir=\"{dir}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n</head>\n<body>\n{body}</body>\n</html>\n",
            escape(subject)
        )
    }
}
