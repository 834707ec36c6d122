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
    /// The frozen policy and translations, parsed at load or when first needed.
    body: Body,
    /// What pages of other versions and the site's files need of it: read from its record
    /// (see [`Parsed`]), or found from its text when first needed, and kept.
    facts: std::sync::OnceLock<Facts>,
    /// Whether an earlier run recorded it as parsed without problems.
    pub recorded: bool,
}

/// What the pages that list versions need of one sealed version, recorded with it so that
/// they need not parse it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Facts {
    /// The store files its policy states enough for, by name.
    pub stores: Vec<String>,
    /// The store files it does not, each with the facts it leaves unstated.
    pub withheld: Vec<(String, Vec<String>)>,
    /// Its title in each locale of the site, as its pages give it.
    pub titles: BTreeMap<String, String>,
    /// Its product name in each locale of the site.
    pub products: BTreeMap<String, String>,
}

/// The frozen policy of a version and its translations.
#[derive(Debug)]
pub struct Text {
    /// The frozen policy.
    pub policy: Policy,
    /// The frozen translations, by locale.
    pub translations: BTreeMap<String, Translation>,
}

/// A version's text: parsed when loaded, or (when loaded for a build, see [`Lazy`]) only
/// when a page of it is rendered, and then dropped again when its pages are done.
#[derive(Debug)]
struct Body {
    text: std::sync::Mutex<Option<std::sync::Arc<Text>>>,
    /// Where to parse it from, when it was not parsed at load.
    later: Option<Later>,
}

#[derive(Debug)]
struct Later {
    dir: std::path::PathBuf,
    config: std::sync::Arc<Config>,
    /// Problems found when parsed late (none, unless the folder changed since it was
    /// checked): the build reports them and fails.
    problems: std::sync::Arc<std::sync::Mutex<Diagnostics>>,
}

impl Version {
    /// The frozen policy and translations, parsed now if they are not in memory.
    pub fn text(&self) -> std::sync::Arc<Text> {
        let mut held = self.body.text.lock().unwrap_or_else(|e| e.into_inner());
        let text = held.get_or_insert_with(|| std::sync::Arc::new(self.parse_late()));
        std::sync::Arc::clone(text)
    }

    /// Drops the text from memory when it can be parsed again (its pages are done; pages
    /// still rendering keep their own handle).
    pub fn release_text(&self) {
        if self.body.later.is_some() {
            let mut held = self.body.text.lock().unwrap_or_else(|e| e.into_inner());
            *held = None;
        }
    }

    /// Whether its text is in memory.
    pub fn is_parsed(&self) -> bool {
        let held = self.body.text.lock().unwrap_or_else(|e| e.into_inner());
        held.is_some()
    }

    /// Its facts, found by `find` from its text when they are not known yet.
    pub fn facts_or(&self, find: impl FnOnce(&Text) -> Facts) -> &Facts {
        self.facts.get_or_init(|| find(&self.text()))
    }

    /// Its facts, when known (recorded, or found since).
    pub fn known_facts(&self) -> Option<&Facts> {
        self.facts.get()
    }

    fn parse_late(&self) -> Text {
        PARSED_LATE.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let later = self.body.later.as_ref().expect("parsed at load");
        let mut found = Diagnostics::default();
        let parsed = parse_body(&later.dir, &self.folder, &later.config, &mut found);
        if let Ok(mut problems) = later.problems.lock() {
            problems.append(found);
        }
        // A version with problems fails the build with them; its text stands empty
        // meanwhile.
        parsed.unwrap_or_else(|| Text {
            policy: placeholder(),
            translations: BTreeMap::new(),
        })
    }
}

/// How many sealed versions were parsed after loading, in this run (`CLAUSE_TIMINGS`
/// prints it).
pub static PARSED_LATE: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

/// A policy with nothing in it, for a version whose folder failed to parse late.
fn placeholder() -> Policy {
    const EMPTY: &str = include_str!("../cmd/starter/policy.yaml");
    super::policy_from_text("", EMPTY).expect("the starter policy is valid")
}

/// The sealed versions this `clause` has parsed and validated before with the same
/// configuration, recorded as empty files named by a hash of the seal, the binary and the
/// configuration (in the render cache). A version whose seal is recorded is parsed when a
/// page of it is rendered, not at load: its bytes are verified against the seal at load,
/// and the same bytes parsed by the same code parse the same.
#[derive(Debug, Clone)]
pub struct Parsed {
    /// The folder of the records.
    pub dir: std::path::PathBuf,
    /// A hash of the binary and the configuration.
    pub salt: String,
}

impl Parsed {
    fn record(&self, seal: &str) -> std::path::PathBuf {
        let name = crate::output::sha256_hex(format!("{}\n{seal}", self.salt).as_bytes());
        self.dir.join(&name[..2]).join(name)
    }

    /// The facts recorded for the version sealed as `seal`, if it was parsed before.
    pub fn knows(&self, seal: &str) -> Option<Facts> {
        let bytes = std::fs::read(self.record(seal)).ok()?;
        serde_json::from_slice(&bytes).ok()
    }

    /// Records that the version sealed as `seal` parsed without problems, with its facts
    /// (written whole or not at all).
    pub fn add(&self, seal: &str, facts: &Facts) {
        if let Ok(json) = serde_json::to_vec(facts) {
            let _ = crate::output::cache::put(&self.record(seal), &json);
        }
    }
}

/// How versions load for a build: every version's text is left to be parsed when a page of
/// it is rendered (and checked then; problems fail the build), and the facts of those
/// `parsed` knows (by their seal, from `seals`) are read from their records.
#[derive(Debug, Clone, Copy)]
pub struct Lazy<'a> {
    /// What was parsed before, if anything is known.
    pub parsed: Option<&'a Parsed>,
    /// The seals of the site's versions: policy id → version id → hash.
    pub seals: &'a crate::versions::lock::Lock,
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
    /// Why a material change takes effect sooner than the policy's notice period.
    pub notice_override: Option<String>,
    /// Who released it, as they named themselves (`--by`).
    pub released_by: Option<String>,
    /// Sign-offs: role → who signed off (`--approved-by ROLE=NAME`).
    pub approvals: BTreeMap<String, String>,
    /// Locale → who confirmed its translations.
    pub translations_confirmed_by: BTreeMap<String, String>,
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
    /// The recorded reason for a material change taking effect within the notice period.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notice_override: Option<String>,
    /// Who released the version.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub released_by: Option<String>,
    /// Role → who signed the release off.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub approvals: BTreeMap<String, String>,
    /// Locale → who last confirmed its translations, as the confirmation files said.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub translations_confirmed_by: BTreeMap<String, String>,
}

/// Loads every version folder of a policy, sorted by effective date, then release date.
/// With `lazy`, versions are parsed when first needed (problems found then go to `late`).
pub fn load_all(
    dir: &Path,
    folder: &str,
    config: &std::sync::Arc<Config>,
    lazy: Option<(Lazy, &str, &std::sync::Arc<std::sync::Mutex<Diagnostics>>)>,
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
            let later = lazy.map(|(_, _, late)| Later {
                dir: versions_dir.join(name),
                config: std::sync::Arc::clone(config),
                problems: std::sync::Arc::clone(late),
            });
            let facts = lazy.and_then(|(lazy, policy, _)| {
                let seal = lazy.seals.policies.get(policy)?.get(name)?;
                lazy.parsed?.knows(&seal.hash)
            });
            let mut version = load_one(
                &versions_dir.join(name),
                name,
                &shown,
                config,
                later,
                diagnostics,
            )?;
            version.recorded = facts.is_some();
            version.facts = facts.map(std::sync::OnceLock::from).unwrap_or_default();
            Some(version)
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
    later: Option<Later>,
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
    let text = match later {
        None => Some(std::sync::Arc::new(parse_body(
            dir,
            shown,
            config,
            diagnostics,
        )?)),
        Some(_) => None,
    };
    Some(Version {
        id: name.to_string(),
        folder: shown.to_string(),
        release: release?,
        body: Body {
            text: std::sync::Mutex::new(text),
            later,
        },
        facts: Default::default(),
        recorded: false,
    })
}

/// Parses a version's policy and translations.
fn parse_body(
    dir: &Path,
    shown: &str,
    config: &Config,
    diagnostics: &mut Diagnostics,
) -> Option<Text> {
    let file = format!("{shown}/{}", super::POLICY_FILE);
    let policy = parse_policy(
        &dir.join(super::POLICY_FILE),
        &file,
        config.default_rtl(),
        diagnostics,
    )?;
    let translations = translation::load_all(dir, shown, &policy, config, diagnostics);
    Some(Text {
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
        notice_override: raw.notice_override,
        released_by: raw.released_by,
        approvals: raw.approvals,
        translations_confirmed_by: raw.translations_confirmed_by,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const RELEASE: &str = "released: \"2026-01-05\"\neffective: \"2026-02-01\"\nmaterial: true\nsummary:\n  en: First.\n";

    /// A site folder with one policy `app` whose version 1 has `policy` as its text; its
    /// versions loaded for a build (every text left for later).
    fn loaded(policy: &str) -> (tempfile::TempDir, Vec<Version>, Diagnostics, Late) {
        let root = tempfile::tempdir().unwrap();
        let clause = "title: T\nbase_url: https://t.example/\nlocales: [en]\n";
        std::fs::write(root.path().join("clause.yaml"), clause).unwrap();
        let version = root.path().join("content/app/versions/1");
        std::fs::create_dir_all(&version).unwrap();
        std::fs::write(version.join(RELEASE_FILE), RELEASE).unwrap();
        std::fs::write(version.join(super::super::POLICY_FILE), policy).unwrap();
        let mut found = Diagnostics::default();
        let config = std::sync::Arc::new(crate::config::load(root.path(), &mut found).unwrap());
        let parsed = Parsed {
            dir: root.path().join("records"),
            salt: "test".into(),
        };
        let seals = crate::versions::lock::Lock::default();
        let lazy = Lazy {
            parsed: Some(&parsed),
            seals: &seals,
        };
        let late: Late = Default::default();
        let dir = root.path().join("content/app");
        let versions = load_all(
            &dir,
            "content/app",
            &config,
            Some((lazy, "app", &late)),
            &mut found,
        );
        (root, versions, found, late)
    }

    type Late = std::sync::Arc<std::sync::Mutex<Diagnostics>>;

    #[test]
    fn a_build_parses_a_version_when_its_pages_need_it_and_drops_it_after() {
        let starter = include_str!("../cmd/starter/policy.yaml");
        let (_root, versions, found, late) = loaded(starter);
        assert!(found.is_empty(), "{}", found.render_text());
        let version = &versions[0];
        assert!(!version.is_parsed());
        let title = version.text().policy.meta.title.clone();
        assert!(version.is_parsed());
        version.release_text();
        assert!(!version.is_parsed());
        assert_eq!(version.text().policy.meta.title, title);
        assert!(late.lock().unwrap().is_empty());
    }

    #[test]
    fn a_version_found_broken_when_parsed_late_reports_its_problems_for_the_build() {
        let (_root, versions, found, late) = loaded("meta: [not, a, map]\n");
        assert!(found.is_empty(), "found at load: {}", found.render_text());
        // The text stands in as the empty starter while the build fails with the problem.
        assert_eq!(
            versions[0].text().policy.meta.title,
            placeholder().meta.title
        );
        let late = late.lock().unwrap().render_text();
        assert_eq!(
            late,
            "error: wrong type: expected a mapping\n  --> content/app/versions/1/policy.yaml:1:7\n  = found: `[`\n  = expected: `key: value` lines (or `{ key: value }`)\n\n1 error found\n"
        );
    }
}
