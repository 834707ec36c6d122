//! The web site as an output: the chooser, the 404 page, and per locale and policy the main
//! page, the history, and each version's permanent page and change notice.

use super::outputs::{Format, Subject, policy_pages};
use super::{Of, Renderer};
use crate::diagnostics::Diagnostic;
use crate::i18n::localize::Doc;

/// The web pages.
pub(super) struct Web;

const CHOOSER: &str = "index.html";
const NOT_FOUND: &str = "404.html";

impl Format for Web {
    fn plan(&self, r: &Renderer) -> Vec<Subject> {
        let mut pages = vec![Subject::Site(CHOOSER), Subject::Site(NOT_FOUND)];
        pages.extend(policy_pages(r, &[Of::Main, Of::History]));
        pages
    }

    fn path(&self, r: &Renderer, subject: &Subject) -> String {
        let Subject::Policy { locale, policy, of } = subject else {
            return r.site_file(subject);
        };
        let id = &r.site.policies[*policy].id;
        match of {
            Of::Main => format!("{locale}/{id}/index.html"),
            Of::History => format!("{locale}/{id}/history/index.html"),
            Of::Version(v) => format!("{locale}/{id}/{}/index.html", r.version_id(*policy, *v)),
            Of::Notice(v) => format!(
                "{locale}/{id}/changes/{}/index.html",
                r.version_id(*policy, *v)
            ),
            Of::Feed => unreachable!("the feed is among the feeds"),
        }
    }

    fn linked_by_folder(&self) -> bool {
        true
    }

    fn render(&self, r: &Renderer, subject: &Subject, path: &str) -> Result<Vec<u8>, Diagnostic> {
        let default = r.site.config.default_locale();
        match subject {
            Subject::Site(CHOOSER) => r.html("index.html", path, default, false, |ctx| {
                ctx.insert("policies", &r.chooser_links());
            }),
            Subject::Site(_) => r.html("404.html", path, default, false, |_| {}),
            Subject::Policy { locale, policy, of } => match *of {
                Of::Main => {
                    let doc = r.publishing.main_doc(*policy).expect("planned");
                    r.policy_page(locale, *policy, doc, Of::Main, path)
                }
                Of::Version(v) => r.policy_page(locale, *policy, Doc::Version(v), *of, path),
                Of::History => r.history_page(locale, *policy, path),
                Of::Notice(v) => r.notice_page(locale, *policy, v, path),
                Of::Feed => unreachable!("the feed is among the feeds"),
            },
            Subject::Release { .. } => unreachable!("not planned"),
        }
    }

    fn shows_draft(&self, subject: &Subject, p: usize) -> bool {
        *subject == Subject::Site(CHOOSER)
            || matches!(subject, Subject::Policy { policy, of: Of::Main | Of::History, .. } if *policy == p)
    }
}

/// schema.org data of a policy page, for search engines: a `WebPage` in its language,
/// part of the site, with the policy's first key point as its description and its last
/// change as `dateModified`: the author's `updated` date, else the date the version took
/// effect; neither when the page states neither. As a JSON string safe inside `<script>`.
pub(super) fn structured_data(
    view: &super::view::PolicyView,
    canonical: &str,
    locale: &str,
    config: &crate::config::Config,
) -> String {
    let mut page = serde_json::json!({
        "@context": "https://schema.org",
        "@type": "WebPage",
        "name": view.title_text,
        "url": canonical,
        "inLanguage": locale,
        "isPartOf": {
            "@type": "WebSite",
            "name": config.title_in(locale),
            "url": config.base_url,
        },
    });
    if let Some(description) = &view.description {
        page["description"] = description.as_str().into();
    }
    if let Some(date) = view.updated.as_ref().or(view.effective.as_ref()) {
        page["dateModified"] = date.iso.as_str().into();
    }
    script_safe(&page.to_string())
}

/// JSON that cannot end its `<script>` element early or open a comment in it: `<`, `>`
/// and `&` written as JSON escapes, which every JSON reader turns back.
fn script_safe(json: &str) -> String {
    json.replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
}

#[cfg(test)]
mod tests {
    #[test]
    fn structured_data_cannot_close_its_script() {
        let json = super::script_safe(r#"{"name":"</script><!-- & -->"}"#);
        assert_eq!(
            json,
            r#"{"name":"\u003c/script\u003e\u003c!-- \u0026 --\u003e"}"#
        );
        let back: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(back["name"], "</script><!-- & -->");
    }
}
