//! The pipeline: load, validate, localize and render a site into memory.

use crate::content::{self, Site};
use crate::diagnostics::Diagnostics;
use crate::i18n::status::{self, Status};
use crate::output::Output;
use crate::{i18n, render};
use std::path::Path;

/// A site rendered in memory, with the state of its translations.
#[derive(Debug)]
pub struct Built {
    /// The loaded site.
    pub site: Site,
    /// Every output file.
    pub output: Output,
    /// Per policy and non-default locale: what is missing or stale.
    pub translations: Vec<Status>,
}

/// Loads the site at `root` and renders it. Every problem found is added to `diagnostics`;
/// the output is returned only when there were none. With `strict` (or `translations.strict`
/// in `clause.yaml`), missing and stale translations are problems too.
pub fn build_site(root: &Path, strict: bool, diagnostics: &mut Diagnostics) -> Option<Built> {
    let site = content::load_site(root, diagnostics)?;
    let translations = status::site_status(&site);
    if strict || site.config.strict_translations {
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
    let localizations = i18n::localize::localize_site(&site);
    let output = render::render_site(&site, &catalog, &localizations, &theme)
        .map_err(|p| diagnostics.extend(p))
        .ok()?;
    Some(Built {
        site,
        output,
        translations,
    })
}
