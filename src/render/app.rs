//! In-app views: one self-contained HTML file per policy text, for mobile WebViews. Inline
//! CSS allowed by its hash, no scripts, no fonts, no requests; links open the web version.

use super::outputs::{Format, Subject, policy_pages};
use super::{Of, Renderer};
use crate::diagnostics::Diagnostic;
use crate::i18n::localize::Doc;
use base64::Engine;
use sha2::Digest;

/// The in-app views.
pub(super) struct App;

impl Format for App {
    fn plan(&self, r: &Renderer) -> Vec<Subject> {
        policy_pages(r, &[Of::Main])
    }

    fn path(&self, r: &Renderer, subject: &Subject) -> String {
        let Subject::Policy { locale, policy, of } = subject else {
            unreachable!("not planned")
        };
        let id = &r.site.policies[*policy].id;
        match of {
            Of::Version(v) => format!("app/{locale}/{id}/{}.html", r.version_id(*policy, *v)),
            Of::Notice(v) => format!(
                "app/{locale}/{id}/changes/{}.html",
                r.version_id(*policy, *v)
            ),
            _ => format!("app/{locale}/{id}/index.html"),
        }
    }

    fn render(&self, r: &Renderer, subject: &Subject, path: &str) -> Result<Vec<u8>, Diagnostic> {
        let Subject::Policy { locale, policy, of } = subject else {
            unreachable!("not planned")
        };
        match *of {
            Of::Version(v) => r.app_view(locale, *policy, Doc::Version(v), false, path),
            Of::Notice(v) => r.app_notice(locale, *policy, v, path),
            _ => {
                let doc = r.publishing.main_doc(*policy).expect("planned");
                r.app_view(locale, *policy, doc, true, path)
            }
        }
    }
}

impl Renderer<'_> {
    /// The in-app stylesheet and its CSP source (`'sha256-…'`), rendered once per page.
    fn app_css(&self) -> Result<(String, String), Diagnostic> {
        let mut css = self.run("app.css", &tera::Context::new())?;
        css.push_str(&self.theme.own_css());
        let hash =
            base64::engine::general_purpose::STANDARD.encode(sha2::Sha256::digest(css.as_bytes()));
        Ok((css, format!("'sha256-{hash}'")))
    }

    /// `/app/<locale>/<policy>/index.html` (`main`: the text in effect) or `<version>.html`.
    pub(super) fn app_view(
        &self,
        locale: &str,
        policy: usize,
        doc: Doc,
        main: bool,
        path: &str,
    ) -> Result<Vec<u8>, Diagnostic> {
        let view = self.view(locale, policy, doc);
        let web_page = match doc {
            Doc::Version(v) if !main => Of::Version(v),
            _ => Of::Main,
        };
        let banner = self.banner(locale, policy, doc, main);
        let upcoming = if main {
            self.upcoming(locale, policy, doc)
        } else {
            Vec::new()
        };
        let (css, css_hash) = self.app_css()?;
        let web = self.absolute_href(&web_page.page(locale, policy));
        let history = self.absolute_href(&Of::History.page(locale, policy));
        self.html("app.html", path, locale, doc == Doc::Draft, |ctx| {
            ctx.insert("policy", &*view);
            ctx.insert("version", &banner);
            ctx.insert("upcoming", &upcoming);
            ctx.insert("css", &css);
            ctx.insert("css_hash", &css_hash);
            ctx.insert("web_url", &web);
            ctx.insert("history_url", &history);
            ctx.insert("origin", self.origin());
        })
    }

    /// `/app/<locale>/<policy>/changes/<version>.html`.
    pub(super) fn app_notice(
        &self,
        locale: &str,
        policy: usize,
        v: usize,
        path: &str,
    ) -> Result<Vec<u8>, Diagnostic> {
        let view = self.notice_view(locale, policy, v);
        let (css, css_hash) = self.app_css()?;
        let web = self.absolute_href(&Of::Notice(v).page(locale, policy));
        let version_web = self.absolute_href(&Of::Version(v).page(locale, policy));
        let title = self.version_title(locale, policy, v);
        self.html("app-notice.html", path, locale, false, |ctx| {
            ctx.insert("notice", &*view);
            ctx.insert("policy_title", &title);
            ctx.insert("css", &css);
            ctx.insert("css_hash", &css_hash);
            ctx.insert("web_url", &web);
            ctx.insert("version_url", &version_web);
        })
    }
}
