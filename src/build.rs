//! The pipeline: load, validate and render a site into memory.

use crate::content::{self, Site};
use crate::diagnostics::Diagnostics;
use crate::output::Output;
use crate::{i18n, render};
use std::path::Path;

/// Loads the site at `root` and renders it. Every problem found is added to `diagnostics`;
/// the output is returned only when there were none.
pub fn build_site(root: &Path, diagnostics: &mut Diagnostics) -> Option<(Site, Output)> {
    let site = content::load_site(root, diagnostics)?;
    let catalog = i18n::load(root, &site.config, diagnostics)?;
    let theme = render::theme::load(root, &site.config.theme)
        .map_err(|p| diagnostics.extend(p))
        .ok()?;
    let output = render::render_site(&site, &catalog, &theme)
        .map_err(|p| diagnostics.extend(p))
        .ok()?;
    Some((site, output))
}
