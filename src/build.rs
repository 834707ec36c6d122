//! The pipeline: load, validate, localize and render a site into memory.

use crate::content::date::Date;
use crate::content::{self, Site};
use crate::diagnostics::Diagnostics;
use crate::i18n::status::{self, Status};
use crate::output::Output;
use crate::{i18n, render, versions};
use std::path::Path;

/// How to build.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    /// The build date: decides which version is current and which are upcoming.
    pub date: Date,
    /// Publish drafts (marked, `noindex`) in place of the current version.
    pub drafts: bool,
    /// Missing and stale translations are errors (also `translations.strict`).
    pub strict: bool,
}

/// A site rendered in memory, with the state of its translations.
#[derive(Debug)]
pub struct Built {
    /// The loaded site.
    pub site: Site,
    /// Every output file.
    pub output: Output,
    /// Per policy and non-default locale: what is missing or stale in the draft.
    pub translations: Vec<Status>,
    /// Per policy: where its versions stand on the build date.
    pub timelines: Vec<versions::Timeline>,
}

/// What a build renders.
#[derive(Debug, Clone, Copy)]
pub enum Scope<'a> {
    /// Everything.
    All,
    /// Only what shows the draft of one policy, merged into a previous complete output of the
    /// same site and options (see `render::render_pages`).
    Draft {
        /// The policy id.
        policy: &'a str,
        /// The last complete output.
        previous: &'a Output,
    },
}

/// Loads the site at `root` and renders it. Every problem found is added to `diagnostics`;
/// the output is returned only when there were none.
pub fn build_site(root: &Path, options: Options, diagnostics: &mut Diagnostics) -> Option<Built> {
    build_scoped(root, options, Scope::All, diagnostics)
}

/// [`build_site`], rendering only what `scope` says. The whole site is still loaded and
/// checked, so an error anywhere is reported.
pub fn build_scoped(
    root: &Path,
    options: Options,
    scope: Scope,
    diagnostics: &mut Diagnostics,
) -> Option<Built> {
    let site = content::load_site(root, diagnostics)?;
    let lock = versions::lock::load(root, diagnostics)?;
    versions::lock::verify(&site, &lock, diagnostics);
    let translations = status::site_status(&site);
    if options.strict || site.config.strict_translations {
        for s in &translations {
            diagnostics.extend(s.errors());
        }
    }
    let catalog = i18n::load(root, &site.config, diagnostics)?;
    let theme = render::theme::load(root, &site.config.theme)
        .map_err(|p| diagnostics.extend(p))
        .ok()?;
    if !diagnostics.is_empty() {
        return None;
    }
    let timelines: Vec<_> = site
        .policies
        .iter()
        .map(|p| versions::timeline(&p.versions, options.date))
        .collect();
    let localizations = i18n::localize::localize_site(&site, options.drafts);
    let publishing = render::Publishing {
        drafts: options.drafts,
        timelines: &timelines,
        date: options.date,
        lock: &lock,
    };
    let (only, previous) = match scope {
        Scope::All => (None, None),
        Scope::Draft { policy, previous } => {
            let index = site.policies.iter().position(|p| p.id == policy)?;
            (Some(index), Some(previous))
        }
    };
    let rendered = render::render_pages(&site, &catalog, &localizations, &publishing, &theme, only)
        .map_err(|p| diagnostics.extend(p))
        .ok()?;
    let output = match previous {
        Some(previous) => {
            let mut merged = previous.clone();
            merged.files.extend(rendered.files);
            merged
        }
        None => rendered,
    };
    Some(Built {
        site,
        output,
        translations,
        timelines,
    })
}
