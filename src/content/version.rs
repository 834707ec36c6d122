//! Released versions: `content/<policy>/versions/<version>/`, each a frozen copy of the draft
//! and its translations with a `release.yaml`. Whether their bytes are still the sealed ones
//! is checked by `versions::lock`.

use super::date::{DATE_RULE, Date};
use super::model::Policy;
use super::translation::{self, Translation};
use super::{ids, parse_policy};
use crate::config::Config;
use crate::diagnostics::{Diagnostic, Diagnostics, Pos};
use crate::yaml;
use serde::{Deserialize, Serialize};
use serde_saphyr::Spanned;
use std::collections::BTreeMap;
use std::path::Path;

/// The folder of a policy's released versions.
pub const VERSIONS_DIR: &str = "versions";
/// The release record inside a version folder.
pub const RELEASE_FILE: &str = "release.yaml";

/// One released version of a policy.
#[derive(Debug)]
pub struct Version {
    /// The version id (its folder name).
    pub id: String,
    /// The version folder, as shown in diagnostics.
    pub folder: String,
    /// When and how it was released.
    pub release: Release,
    /// The frozen policy.
    pub policy: Policy,
    /// The frozen translations, by locale.
    pub translations: BTreeMap<String, Translation>,
}

/// `release.yaml`, validated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Release {
    /// The day it was released.
    pub released: Date,
    /// The day it takes effect.
    pub effective: Date,
    /// Whether the change is material.
    pub material: bool,
    /// What changed, per locale.
    pub summary: BTreeMap<String, String>,
    /// Locales whose translation was not frozen with this version.
    pub skipped_locales: Vec<String>,
    /// Why it was released as minor although the rules found material changes.
    pub material_override: Option<String>,
}

/// `release.yaml` as written by `clause release`.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReleaseFile<D> {
    /// Release date, `YYYY-MM-DD`.
    pub released: D,
    /// Effective date, `YYYY-MM-DD`.
    pub effective: D,
    /// Material or minor.
    pub material: bool,
    /// Locale → summary of the change.
    #[serde(default)]
    pub summary: BTreeMap<String, String>,
    /// Locales released without their translation.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub skipped_locales: Vec<String>,
    /// The recorded reason for releasing material changes as minor.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub material_override: Option<String>,
}

/// Loads every version folder of a policy, sorted by effective date, then release date.
pub fn load_all(
    dir: &Path,
    folder: &str,
    config: &Config,
    diagnostics: &mut Diagnostics,
) -> Vec<Version> {
    let versions_dir = dir.join(VERSIONS_DIR);
    let mut names: Vec<String> = match std::fs::read_dir(&versions_dir) {
        Ok(entries) => entries
            .filter_map(Result::ok)
            .map(|e| e.file_name().to_string_lossy().into_owned())
            // Hidden entries: an interrupted release's staging folder, desktop clutter.
            .filter(|name| !name.starts_with('.'))
            .collect(),
        Err(_) => return Vec::new(),
    };
    names.sort();
    let mut versions: Vec<Version> = names
        .iter()
        .filter_map(|name| {
            let shown = format!("{folder}/{VERSIONS_DIR}/{name}");
            load_one(&versions_dir.join(name), name, &shown, config, diagnostics)
        })
        .collect();
    versions.sort_by(|a, b| {
        let key = |v: &Version| (v.release.effective, v.release.released);
        key(a).cmp(&key(b)).then_with(|| a.id.cmp(&b.id))
    });
    versions
}

fn load_one(
    dir: &Path,
    name: &str,
    shown: &str,
    config: &Config,
    diagnostics: &mut Diagnostics,
) -> Option<Version> {
    if let Some(why) = ids::version_problem(name) {
        diagnostics.push(
            Diagnostic::file(shown, format!("invalid version folder name: {why}"))
                .found(format!("`{name}`"))
                .expected(ids::VERSION_RULE),
        );
        return None;
    }
    let is_real_dir = std::fs::symlink_metadata(dir).is_ok_and(|m| m.is_dir());
    if !is_real_dir {
        diagnostics.push(
            Diagnostic::file(shown, "a version must be a folder")
                .expected("a folder written by `clause release` (links are refused)"),
        );
        return None;
    }
    // A link would let a sealed version read (and show) a file from anywhere.
    let links: Vec<String> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_ok_and(|t| t.is_symlink()))
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    if let Some(link) = links.first() {
        diagnostics.push(
            Diagnostic::file(
                format!("{shown}/{link}"),
                "symbolic link in a version folder",
            )
            .expected("plain files written by `clause release` (links are refused)"),
        );
        return None;
    }
    let release = load_release(dir, shown, config, diagnostics);
    let file = format!("{shown}/{}", super::POLICY_FILE);
    let policy = parse_policy(
        &dir.join(super::POLICY_FILE),
        &file,
        config.default_rtl(),
        diagnostics,
    );
    let (release, policy) = (release?, policy?);
    let translations = translation::load_all(dir, shown, &policy, config, diagnostics);
    Some(Version {
        id: name.to_string(),
        folder: shown.to_string(),
        release,
        policy,
        translations,
    })
}

fn load_release(
    dir: &Path,
    folder: &str,
    config: &Config,
    diagnostics: &mut Diagnostics,
) -> Option<Release> {
    let shown = format!("{folder}/{RELEASE_FILE}");
    let text = yaml::read_text(&dir.join(RELEASE_FILE), &shown)
        .map_err(|d| diagnostics.push(d))
        .ok()?;
    diagnostics.add_source(&shown, &text);
    let raw: ReleaseFile<Spanned<String>> = yaml::parse(&shown, &text)
        .map_err(|d| diagnostics.push(d))
        .ok()?;
    let date = |value: &Spanned<String>, diagnostics: &mut Diagnostics| {
        let parsed = Date::parse(&value.value);
        if parsed.is_none() {
            let pos = Pos::from_location(&value.referenced);
            diagnostics.push(
                Diagnostic::at(&shown, pos, "invalid date")
                    .found(format!("`{}`", value.value))
                    .expected(DATE_RULE),
            );
        }
        parsed
    };
    let released = date(&raw.released, diagnostics);
    let effective = date(&raw.effective, diagnostics);
    let unknown: Vec<&String> = raw
        .summary
        .keys()
        .chain(&raw.skipped_locales)
        .filter(|l| !config.locales.contains(l))
        .collect();
    if let Some(l) = unknown.first() {
        diagnostics.push(
            Diagnostic::file(&shown, format!("`{l}` is not a locale of this site"))
                .expected(format!("one of: {}", config.locales.join(", "))),
        );
        return None;
    }
    Some(Release {
        released: released?,
        effective: effective?,
        material: raw.material,
        summary: raw.summary,
        skipped_locales: raw.skipped_locales,
        material_override: raw.material_override,
    })
}
