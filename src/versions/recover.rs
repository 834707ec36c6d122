//! Finishing what a killed command left half done. Every writing command runs this first,
//! under the site's write lock, so no other command can be in the middle of a write.
//!
//! A release stages its folder as `versions/.<version>.pending`, seals it in clause.lock,
//! then renames it into place (`release::release`). A pending folder that the lock seals
//! with the same hashes is renamed into place (the release completes); one the lock does not
//! record is deleted (the release is rolled back, and can simply be run again). Hidden
//! staging folders and temporary files, which only Clause names so, are deleted.

use super::lock;
use crate::content::version::VERSIONS_DIR;
use crate::content::{CONTENT_DIR, inside};
use crate::diagnostics::Diagnostics;
use std::path::Path;

const PENDING: &str = ".pending";

/// The hidden name a release stages `version` under before it is sealed.
pub fn pending_name(version: &str) -> String {
    format!(".{version}{PENDING}")
}

/// Completes or rolls back interrupted releases under `root`; returns a note for each.
/// An error means a pending release disagrees with the lock: a person must look.
pub fn recover(root: &Path) -> Result<Vec<String>, String> {
    crate::output::remove_temp_files(root);
    let mut notes = Vec::new();
    let Ok(entries) = std::fs::read_dir(root.join(CONTENT_DIR)) else {
        return Ok(notes);
    };
    let mut seals: Option<lock::Lock> = None;
    let mut policies: Vec<_> = entries.filter_map(Result::ok).collect();
    policies.sort_by_key(|e| e.file_name());
    for entry in policies {
        let dir = entry.path();
        // Never act on anything a link leads to outside the site.
        if !dir.is_dir() || !inside(root, &dir) {
            continue;
        }
        crate::output::remove_temp_files(&dir);
        let versions = dir.join(VERSIONS_DIR);
        if !versions.is_dir() || !inside(root, &versions) {
            continue;
        }
        let policy = entry.file_name().to_string_lossy().into_owned();
        let mut hidden: Vec<String> = std::fs::read_dir(&versions)
            .map_err(|e| format!("cannot read {}: {e}", versions.display()))?
            .filter_map(Result::ok)
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| n.starts_with('.'))
            .collect();
        hidden.sort();
        for name in hidden {
            let path = versions.join(&name);
            if name.contains(".staging-") && path.is_dir() {
                // A release killed while it copied the draft: nothing was sealed.
                let _ = std::fs::remove_dir_all(&path);
            } else if let Some(version) =
                name.strip_prefix('.').and_then(|n| n.strip_suffix(PENDING))
            {
                if seals.is_none() {
                    seals = Some(load_lock(root)?);
                }
                let sealed = seals
                    .as_ref()
                    .and_then(|l| l.policies.get(&policy)?.get(version));
                notes.push(finish(&versions, &policy, version, sealed)?);
            }
        }
    }
    Ok(notes)
}

/// Completes or rolls back one pending release.
fn finish(
    versions: &Path,
    policy: &str,
    version: &str,
    seal: Option<&lock::Seal>,
) -> Result<String, String> {
    let pending = versions.join(pending_name(version));
    let target = versions.join(version);
    let shown = format!("{CONTENT_DIR}/{policy}/{VERSIONS_DIR}/{version}");
    let shown_pending = format!(
        "{CONTENT_DIR}/{policy}/{VERSIONS_DIR}/{}",
        pending_name(version)
    );
    let Some(seal) = seal else {
        std::fs::remove_dir_all(&pending)
            .map_err(|e| format!("cannot delete {shown_pending}: {e}"))?;
        return Ok(format!(
            "rolled back the release of {policy} {version}: it was interrupted before {} recorded it; release it again",
            lock::LOCK_FILE
        ));
    };
    let files = lock::hash_folder(&pending)?;
    if files != seal.files || target.exists() {
        return Err(format!(
            "an interrupted release of {policy} {version} ({shown_pending}) does not match its seal in {}; restore both from version control",
            lock::LOCK_FILE
        ));
    }
    std::fs::rename(&pending, &target).map_err(|e| format!("cannot write {shown}: {e}"))?;
    Ok(format!(
        "completed the release of {policy} {version}, which was interrupted after it was sealed"
    ))
}

fn load_lock(root: &Path) -> Result<lock::Lock, String> {
    let mut diagnostics = Diagnostics::default();
    lock::load(root, &mut diagnostics).ok_or_else(|| diagnostics.render_text())
}
