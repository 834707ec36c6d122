//! The outputs of a build, each one implementation of [`Format`]: it plans its files, names
//! where each is written (its part of the URL contract) and renders each from the resolved
//! site. Adding an output (a PDF, an API v2) is a module with one `impl Format` and a
//! variant of [`Out`] that registers it.

use super::{Of, Renderer};
use crate::diagnostics::Diagnostic;
use std::collections::BTreeMap;

/// One output of the site.
pub(super) trait Format: Sync {
    /// Every file it writes, in a fixed order.
    fn plan(&self, r: &Renderer) -> Vec<Subject>;

    /// Where `subject` is written, relative to the output folder.
    fn path(&self, r: &Renderer, subject: &Subject) -> String;

    /// Whether a link names a page by its folder (`/en/app/`, never `…/index.html`), as web
    /// pages are; other files are linked by their name.
    fn linked_by_folder(&self) -> bool {
        false
    }

    /// Whether a file it planned is written after all: a plan that depends on what a sealed
    /// version states would have to parse every version up front, so such files are
    /// planned as candidates and decided when their policy's pages render.
    fn writes(&self, _r: &Renderer, _subject: &Subject) -> bool {
        true
    }

    /// Renders one of the files it planned.
    /// `path` is where it is written ([`Format::path`]).
    fn render(&self, r: &Renderer, subject: &Subject, path: &str) -> Result<Vec<u8>, Diagnostic>;

    /// Files made after every other, from the SHA-256 of every file written (by path):
    /// the API index lists the hashes of the documents.
    fn finish(
        &self,
        _r: &Renderer,
        _written: &BTreeMap<String, String>,
    ) -> Vec<Result<(String, Vec<u8>), Diagnostic>> {
        Vec::new()
    }

    /// The files of [`Format::plan`] that show the draft of `policy` ([`Format::shows_draft`]).
    fn plan_draft(&self, r: &Renderer, policy: usize) -> Vec<Subject> {
        let planned = self.plan(r).into_iter();
        planned.filter(|s| self.shows_draft(s, policy)).collect()
    }

    /// Whether `subject` shows the draft of policy `policy` or lists the policies: what
    /// `serve` renders again after an edit to one draft.
    fn shows_draft(&self, subject: &Subject, policy: usize) -> bool {
        matches!(subject, Subject::Policy { policy: p, of: Of::Main | Of::History, .. } if *p == policy)
    }
}

/// The registered outputs: the one place that lists them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Out {
    /// The web site: chooser, 404, policy pages, history and change notices.
    Web,
    /// Atom feeds and the sitemap.
    Feeds,
    /// In-app views for WebViews.
    App,
    /// The JSON API v1: version documents, schemas and the index.
    Api,
    /// App-store files of each version.
    Stores,
    /// Notification texts of each material release.
    Notify,
    /// PDF records of each released version and change notice.
    Pdf,
}

impl Out {
    /// Every output, in the order their files are planned.
    pub const ALL: [Out; 7] = [
        Out::Web,
        Out::Feeds,
        Out::App,
        Out::Api,
        Out::Stores,
        Out::Notify,
        Out::Pdf,
    ];

    pub(super) fn format(self) -> &'static dyn Format {
        match self {
            Out::Web => &super::web::Web,
            Out::Feeds => &super::changes::Feeds,
            Out::App => &super::app::App,
            Out::Api => &super::api::Api,
            Out::Stores => &super::stores::Stores,
            Out::Notify => &super::notify::Notify,
            Out::Pdf => &super::pdf::Pdf,
        }
    }
}

/// What a file is about.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Subject {
    /// A file of the whole site, by the name its output gives it.
    Site(&'static str),
    /// Page `of` of policy `policy` in `locale`.
    Policy {
        locale: String,
        policy: usize,
        of: Of,
    },
    /// A file of one released version that is the same in every locale, by name.
    Release {
        policy: usize,
        version: usize,
        file: &'static str,
    },
}

/// One file to render: the build plan's unit, and what a link names.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Page {
    /// The output it belongs to.
    pub out: Out,
    /// What it shows.
    pub subject: Subject,
}

impl Page {
    /// Page `of` of `policy` in `locale`, in output `out`.
    pub fn of(out: Out, locale: &str, policy: usize, of: Of) -> Page {
        Page {
            out,
            subject: Subject::Policy {
                locale: locale.to_string(),
                policy,
                of,
            },
        }
    }

    /// For a page of one released version: its locale (if it has one), policy and version.
    pub(super) fn of_version(&self) -> Option<(Option<&str>, usize, usize)> {
        match &self.subject {
            Subject::Policy {
                locale,
                policy,
                of: Of::Version(v) | Of::Notice(v),
            } => Some((Some(locale), *policy, *v)),
            Subject::Release {
                policy, version, ..
            } => Some((None, *policy, *version)),
            _ => None,
        }
    }

    /// The policy and locale a page belongs to (`None` for files of the whole site; no
    /// locale for files of a version that are the same in every locale): pages of one
    /// group share view models and diffs.
    pub(super) fn group(&self) -> Option<(usize, Option<&str>)> {
        match &self.subject {
            Subject::Policy { locale, policy, .. } => Some((*policy, Some(locale))),
            Subject::Release { policy, .. } => Some((*policy, None)),
            Subject::Site(_) => None,
        }
    }
}

impl Of {
    /// This page of `policy` in `locale` on the web (the feed is among the feeds).
    pub fn page(self, locale: &str, policy: usize) -> Page {
        let out = if self == Of::Feed {
            Out::Feeds
        } else {
            Out::Web
        };
        Page::of(out, locale, policy, self)
    }

    /// This text of `policy` in `locale` as an in-app view.
    pub fn app(self, locale: &str, policy: usize) -> Page {
        Page::of(Out::App, locale, policy, self)
    }
}

/// Each locale and policy, in site order: the pages of most outputs are planned from it.
pub(super) fn each_policy<'r>(r: &'r Renderer) -> impl Iterator<Item = (&'r str, usize)> + 'r {
    r.site
        .config
        .locales
        .iter()
        .flat_map(move |l| (0..r.site.policies.len()).map(move |p| (l.as_str(), p)))
}

/// Per locale and policy: `main` when the policy has a text to show (the main page and,
/// where given, the history), then each released version's page and change notice.
pub(super) fn policy_pages(r: &Renderer, main: &[Of]) -> Vec<Subject> {
    let mut pages = Vec::new();
    for (locale, p) in each_policy(r) {
        if r.publishing.main_doc(p).is_some() {
            pages.extend(main.iter().map(|of| policy(locale, p, *of)));
        }
        for v in 0..r.site.policies[p].versions.len() {
            pages.push(policy(locale, p, Of::Version(v)));
            pages.push(policy(locale, p, Of::Notice(v)));
        }
    }
    pages
}

/// Subject `of` of `policy` in `locale`.
pub(super) fn policy(locale: &str, policy: usize, of: Of) -> Subject {
    Subject::Policy {
        locale: locale.to_string(),
        policy,
        of,
    }
}
