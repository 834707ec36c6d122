//! `clause release`: freeze the draft and its translations into a sealed version folder.

use super::lock::{self, Lock, Seal};
use crate::content::date::Date;
use crate::content::ids;
use crate::content::version::{RELEASE_FILE, ReleaseFile, VERSIONS_DIR};
use crate::content::{CONTENT_DIR, LoadedPolicy, POLICY_FILE, Site};
use crate::i18n::status::status;
use std::collections::BTreeMap;
use std::io::Write;
use std::path::Path;

/// What to release.
#[derive(Debug, Clone)]
pub struct Request {
    /// Policy id.
    pub policy: String,
    /// New version id.
    pub version: String,
    /// Release date.
    pub released: Date,
    /// Effective date, if given on the command line (`--effective`); else the draft's
    /// `meta.effective`, else the release date.
    pub effective: Option<Date>,
    /// Material or minor.
    pub material: bool,
    /// Locale → summary.
    pub summary: BTreeMap<String, String>,
    /// Locales released without their translation.
    pub skip: Vec<String>,
    /// With `material: false`: why material changes are released as minor anyway.
    pub material_override: Option<String>,
    /// Why a material change takes effect within the policy's notice period.
    pub notice_override: Option<String>,
    /// Who releases it.
    pub released_by: Option<String>,
    /// Role → who signs it off.
    pub approvals: BTreeMap<String, String>,
}

/// Why a release was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refused {
    /// The request itself is wrong (exit code 2).
    Usage(String),
    /// The content is not ready: translations missing or stale (exit code 1).
    Content(String),
}

/// What a release made.
#[derive(Debug, Clone)]
pub struct Released {
    /// The version folder, relative to the site root.
    pub folder: String,
    /// The seal recorded in `clause.lock`.
    pub seal: Seal,
    /// The day it takes effect.
    pub effective: Date,
}

/// Checks `request` against the site, then writes the version folder and the lock so that
/// a kill at any instant leaves either the old state or one that the next writing command
/// completes or rolls back (`versions::recover`): the frozen folder is first staged under a
/// hidden name (`.<version>.pending`, which loading ignores), then sealed in the lock, and
/// only then renamed into place. A failed lock write removes the staged folder.
pub fn release(site: &Site, mut lock: Lock, request: &Request) -> Result<Released, Refused> {
    let (policy, effective) = check(site, &lock, request)?;
    let versions = format!("{CONTENT_DIR}/{}/{VERSIONS_DIR}", policy.id);
    let folder = format!("{versions}/{}", request.version);
    let cannot =
        |what: &str, e: &dyn std::fmt::Display| Refused::Usage(format!("cannot write {what}: {e}"));
    let pending = site
        .root
        .join(&versions)
        .join(super::recover::pending_name(&request.version));
    freeze(site, policy, request, effective, &pending).map_err(|e| cannot(&folder, &e))?;
    let files = lock::hash_folder(&pending).map_err(Refused::Usage)?;
    let seal = Seal::new(files);
    lock.policies
        .entry(policy.id.clone())
        .or_default()
        .insert(request.version.clone(), seal.clone());
    if let Err(e) = lock::save(&site.root, &lock) {
        let _ = std::fs::remove_dir_all(&pending);
        return Err(cannot(lock::LOCK_FILE, &e));
    }
    crate::output::lock::crash_point("release:sealed");
    std::fs::rename(&pending, site.root.join(&folder)).map_err(|e| {
        cannot(
            &folder,
            &format!("{e} (the version is sealed; the next `clause build` completes it)"),
        )
    })?;
    Ok(Released {
        folder,
        seal,
        effective,
    })
}

fn check<'a>(
    site: &'a Site,
    lock: &Lock,
    r: &Request,
) -> Result<(&'a LoadedPolicy, Date), Refused> {
    let usage = |m: String| Err(Refused::Usage(m));
    let Some(policy) = site.policies.iter().find(|p| p.id == r.policy) else {
        let ids: Vec<&str> = site.policies.iter().map(|p| p.id.as_str()).collect();
        return usage(format!(
            "no policy `{}`; expected one of: {}",
            r.policy,
            ids.join(", ")
        ));
    };
    if let Some(why) = ids::version_problem(&r.version) {
        return usage(format!(
            "invalid version id `{}`: {why}; expected {}",
            r.version,
            ids::VERSION_RULE
        ));
    }
    let sealed = lock
        .policies
        .get(&policy.id)
        .is_some_and(|s| s.contains_key(&r.version));
    let exists = site
        .root
        .join(CONTENT_DIR)
        .join(&policy.id)
        .join(VERSIONS_DIR)
        .join(&r.version)
        .exists();
    if sealed || exists {
        return usage(format!(
            "version `{}` of `{}` already exists; released versions never change (choose a new version id)",
            r.version, policy.id
        ));
    }
    let effective = effective_date(policy, r)?;
    if effective < r.released {
        return usage(format!(
            "the effective date {effective} is before the release date {}; a policy cannot take effect before it is published",
            r.released
        ));
    }
    if r.material {
        notice_kept(policy, r, effective)?;
    }
    approved(&site.config.approvals, r)?;
    let config = &site.config;
    for l in r.summary.keys().chain(&r.skip) {
        if !config.locales.contains(l) {
            return usage(format!(
                "`{l}` is not a locale of this site; expected one of: {}",
                config.locales.join(", ")
            ));
        }
    }
    if r.skip.iter().any(|l| l == config.default_locale()) {
        return usage(format!(
            "the default locale `{}` cannot be skipped: it is the policy itself",
            config.default_locale()
        ));
    }
    if !r.summary.contains_key(config.default_locale()) {
        return usage(format!(
            "a summary in the default locale is required: --summary {}=\"what changed\" (or --summary-file)",
            config.default_locale()
        ));
    }
    translations_ready(site, policy, &r.skip)?;
    if !r.material && r.material_override.is_none() {
        minor_really_minor(policy)?;
    }
    Ok((policy, effective))
}

/// The one effective date of the version: `--effective`, else the draft's `meta.effective`,
/// else the release date. The two may not disagree, and a `meta.effective` left from an
/// earlier version is not taken silently: the page and the JSON would state two dates.
fn effective_date(policy: &LoadedPolicy, r: &Request) -> Result<Date, Refused> {
    let stated = policy.policy.meta.effective.as_ref();
    let draft = stated.and_then(|d| d.value.parsed);
    let at = |d: &serde_saphyr::Spanned<_>| format!("{}:{}", policy.file, d.referenced.line());
    match (r.effective, draft) {
        (Some(given), Some(draft)) if given != draft => Err(Refused::Usage(format!(
            "--effective {given} differs from meta.effective {draft} ({}); a version has one effective date: change one of them, or remove meta.effective",
            stated.map(at).unwrap_or_default()
        ))),
        (Some(given), _) => Ok(given),
        (None, Some(draft)) if draft < r.released => {
            let why = if policy.versions.is_empty() {
                format!(
                    "a policy cannot take effect before it is published. Set it to the day this version takes effect, or give the day it was published with --date {draft}"
                )
            } else {
                "it is left from an earlier version. Set it to the day this version takes effect, or remove it (the version then takes effect on --effective, else the release date)".to_string()
            };
            Err(Refused::Usage(format!(
                "meta.effective {draft} ({}) is before the release date {}: {why}",
                stated.map(at).unwrap_or_default(),
                r.released
            )))
        }
        (None, Some(draft)) => Ok(draft),
        (None, None) => Ok(r.released),
    }
}

/// A material change must be announced `change_policy.notice_days` before it takes
/// effect, unless `--short-notice` records why not. The first version replaces nothing,
/// so it needs no notice.
fn notice_kept(policy: &LoadedPolicy, r: &Request, effective: Date) -> Result<(), Refused> {
    let days = policy
        .policy
        .change_policy
        .as_ref()
        .and_then(|c| c.notice_days);
    let Some(days) = days.filter(|_| !policy.versions.is_empty()) else {
        return Ok(());
    };
    let earliest = r.released.plus_days(i64::from(days));
    if effective >= earliest || r.notice_override.is_some() {
        return Ok(());
    }
    Err(Refused::Content(format!(
        "cannot release `{}` {} taking effect on {effective}: the policy promises {days} days' notice of a material change (change_policy.notice_days in {}), so the earliest effective date is {earliest}\nRelease it with --effective {earliest} or later, or record why the notice is shorter with --short-notice \"reason\"",
        policy.id, r.version, policy.file
    )))
}

/// Refuses a release without the sign-offs `approvals:` in clause.yaml requires of its
/// kind, and sign-offs by roles that clause.yaml does not name (a typo would otherwise
/// stand in the record).
fn approved(rules: &crate::config::Approvals, r: &Request) -> Result<(), Refused> {
    let named: Vec<&String> = rules.roles().collect();
    if let Some(role) = r
        .approvals
        .keys()
        .find(|role| !named.is_empty() && !named.contains(role))
    {
        let mut roles: Vec<&str> = named.iter().map(|r| r.as_str()).collect();
        roles.sort();
        roles.dedup();
        return Err(Refused::Usage(format!(
            "--approved-by {role}=…: `{role}` is not a role of clause.yaml's approvals; expected one of: {}",
            roles.join(", ")
        )));
    }
    let missing: Vec<&str> = rules
        .required(r.material)
        .iter()
        .filter(|role| !r.approvals.contains_key(*role))
        .map(String::as_str)
        .collect();
    if missing.is_empty() {
        return Ok(());
    }
    let kind = if r.material { "material" } else { "minor" };
    Err(Refused::Content(format!(
        "cannot release `{}` {}: a {kind} release needs the sign-off of {} (approvals.{kind} in clause.yaml)\nRecord each with --approved-by ROLE=\"Name\", e.g. --approved-by {}=\"…\"",
        r.policy,
        r.version,
        missing.join(", "),
        missing[0]
    )))
}

/// Refuses `--minor` when the rules find material changes since the latest version.
fn minor_really_minor(policy: &LoadedPolicy) -> Result<(), Refused> {
    let Some(previous) = policy.versions.last() else {
        return Ok(());
    };
    let findings = super::material::between(&previous.text().policy, &policy.policy);
    if findings.is_empty() {
        return Ok(());
    }
    let list: String = findings
        .iter()
        .map(|f| {
            let what = if f.id.is_empty() {
                f.kind.clone()
            } else {
                format!("{} `{}`", f.kind, f.id)
            };
            format!(
                "\n  {}: {what}: {}",
                crate::render::view::code(&f.rule),
                f.detail
            )
        })
        .collect();
    Err(Refused::Content(format!(
        "cannot release `{}` as minor: the rules find material changes since version {}:{list}\nRelease it with --material, or record why it is minor with --override-material \"reason\"",
        policy.id, previous.id
    )))
}

/// Refuses while a locale that is not skipped has missing or stale translations.
fn translations_ready(site: &Site, policy: &LoadedPolicy, skip: &[String]) -> Result<(), Refused> {
    let mut blocking = String::new();
    for locale in site.config.locales[1..]
        .iter()
        .filter(|l| !skip.contains(l))
    {
        let s = status(policy, locale);
        if s.is_complete() {
            continue;
        }
        blocking.push_str(&format!(
            "\n  {locale}: {} missing, {} stale",
            s.missing.len(),
            s.stale.len()
        ));
        for key in s.missing.iter().take(20) {
            blocking.push_str(&format!("\n    missing  {key}"));
        }
        for stale in s.stale.iter().take(20) {
            blocking.push_str(&format!("\n    stale    {} ({})", stale.key, stale.reason));
        }
        let more = s.missing.len().saturating_sub(20) + s.stale.len().saturating_sub(20);
        if more > 0 {
            blocking.push_str(&format!(
                "\n    … and {more} more (`clause check` lists them)"
            ));
        }
    }
    if blocking.is_empty() {
        return Ok(());
    }
    Err(Refused::Content(format!(
        "cannot release `{}`: translations are not ready{blocking}\nTranslate and `clause confirm` them, or leave a locale out with --skip-locale <locale>",
        policy.id
    )))
}

/// Writes the version into a staging folder beside `target`, then renames it to `target`,
/// so an interrupted release leaves no partial folder at `target`.
fn freeze(
    site: &Site,
    policy: &LoadedPolicy,
    r: &Request,
    effective: Date,
    target: &Path,
) -> std::io::Result<()> {
    let draft_dir = site.root.join(CONTENT_DIR).join(&policy.id);
    let versions_dir = draft_dir.join(VERSIONS_DIR);
    std::fs::create_dir_all(&versions_dir)?;
    let staging = tempfile::Builder::new()
        .prefix(&format!(".{}.staging-", r.version))
        .tempdir_in(&versions_dir)?;
    match &policy.resolved {
        // Included library elements are frozen as the text they had at release.
        Some(resolved) => write_synced(&staging.path().join(POLICY_FILE), &resolved.text)?,
        None => {
            std::fs::copy(
                draft_dir.join(POLICY_FILE),
                staging.path().join(POLICY_FILE),
            )?;
        }
    }
    for (locale, t) in policy
        .translations
        .iter()
        .filter(|(l, _)| !r.skip.contains(l))
    {
        let name = format!("{locale}.yaml");
        let shared = library_part(t);
        if shared.is_empty() {
            std::fs::copy(draft_dir.join(&name), staging.path().join(&name))?;
            continue;
        }
        let own = match std::fs::read_to_string(draft_dir.join(&name)) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
            Err(e) => return Err(e),
        };
        write_synced(&staging.path().join(&name), &format!("{own}{shared}"))?;
    }
    let record = ReleaseFile {
        released: r.released.to_string(),
        effective: effective.to_string(),
        material: r.material,
        summary: r.summary.clone(),
        skipped_locales: r.skip.clone(),
        material_override: r.material_override.clone(),
        notice_override: r.notice_override.clone(),
        released_by: r.released_by.clone(),
        approvals: r.approvals.clone(),
        translations_confirmed_by: policy
            .translations
            .iter()
            .filter(|(l, _)| !r.skip.contains(l))
            .filter_map(|(l, t)| Some((l.clone(), t.confirmed.as_ref()?.by.clone()?)))
            .collect(),
    };
    let yaml = serde_saphyr::to_string(&record).map_err(std::io::Error::other)?;
    let mut file = std::fs::File::create(staging.path().join(RELEASE_FILE))?;
    file.write_all(b"# Written by `clause release` and sealed in clause.lock: do not edit.\n")?;
    file.write_all(yaml.as_bytes())?;
    file.sync_all()?;
    let staged = staging.keep();
    crate::output::lock::crash_point("release:frozen");
    std::fs::rename(&staged, target).inspect_err(|_| {
        let _ = std::fs::remove_dir_all(&staged);
    })
}

/// The translations the site library gives a policy, as lines to append to its own
/// translation file: the version then keeps them whatever the library says later.
fn library_part(t: &crate::content::translation::Translation) -> String {
    let mut out = String::new();
    for key in t.served.keys() {
        let Some(text) = t.texts.get(key) else {
            continue;
        };
        if out.is_empty() {
            out.push_str("\n# From the site library's translation, as it was at release.\n");
        }
        // A JSON string is a YAML double-quoted scalar: any text survives as it is.
        let quoted = serde_json::to_string(text).unwrap_or_default();
        out.push_str(&format!("{key}: {quoted}\n"));
    }
    out
}

fn write_synced(path: &Path, text: &str) -> std::io::Result<()> {
    let mut file = std::fs::File::create(path)?;
    file.write_all(text.as_bytes())?;
    file.sync_all()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A release whose lock cannot be written leaves no version folder, not even a hidden
    /// staging one: the archive never holds a version the lock does not seal.
    #[test]
    fn a_failed_lock_write_leaves_no_version_folder() {
        let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/minimal");
        let dir = tempfile::tempdir().unwrap();
        for file in ["clause.yaml", "content/app/policy.yaml"] {
            std::fs::create_dir_all(dir.path().join(file).parent().unwrap()).unwrap();
            std::fs::copy(fixture.join(file), dir.path().join(file)).unwrap();
        }
        // A folder where the lock goes: writing the lock fails after the version is frozen.
        std::fs::create_dir_all(dir.path().join("clause.lock/in-the-way")).unwrap();
        let mut diagnostics = crate::diagnostics::Diagnostics::default();
        let site = crate::content::load_site(dir.path(), &mut diagnostics).unwrap();
        let request = Request {
            policy: "app".into(),
            version: "1".into(),
            released: Date::parse("2025-01-01").unwrap(),
            effective: None,
            material: true,
            summary: [("en".to_string(), "First.".to_string())].into(),
            skip: Vec::new(),
            material_override: None,
            notice_override: None,
            released_by: None,
            approvals: Default::default(),
        };
        let refused = release(&site, Lock::default(), &request).unwrap_err();
        let Refused::Usage(message) = refused else {
            panic!("{refused:?}")
        };
        assert!(
            message.starts_with("cannot write clause.lock: "),
            "{message}"
        );
        let versions = dir.path().join("content/app/versions");
        let left: Vec<_> = std::fs::read_dir(&versions)
            .map(|d| d.map(|e| e.unwrap().file_name()).collect())
            .unwrap_or_default();
        assert!(left.is_empty(), "{left:?}");
    }
}
