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
