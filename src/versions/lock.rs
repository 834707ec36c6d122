//! `clause.lock`: the SHA-256 of every file of every released version. A build whose
//! archive differs from it fails and names each changed, added or removed file.

use crate::content::Site;
use crate::content::version::VERSIONS_DIR;
use crate::diagnostics::{Diagnostic, Diagnostics};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::Path;

/// The lock file's name, at the site root.
pub const LOCK_FILE: &str = "clause.lock";

/// The whole lock file.
#[derive(Debug, Default, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Lock {
    /// Policy id → version id → seal.
    pub policies: BTreeMap<String, BTreeMap<String, Seal>>,
}

/// What was sealed for one version.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Seal {
    /// `sha256:` + the hash of the file list (see [`content_hash`]).
    pub hash: String,
    /// File path inside the version folder → SHA-256 of its bytes.
    pub files: BTreeMap<String, String>,
    /// Every re-seal, oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reseals: Vec<Reseal>,
}

/// A recorded re-seal: a deliberate change to a released version.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reseal {
    /// The day it was re-sealed.
    pub date: String,
    /// Why, in the words of whoever did it.
    pub reason: String,
    /// The content hash before.
    pub previous: String,
}

impl Seal {
    /// A seal of `files` as they are now.
    pub fn new(files: BTreeMap<String, String>) -> Seal {
        Seal {
            hash: content_hash(&files),
            files,
            reseals: Vec::new(),
        }
    }
}

/// One hash for a whole version: SHA-256 over `path NUL hash LF` of every file, in path order.
pub fn content_hash(files: &BTreeMap<String, String>) -> String {
    let listing: String = files.iter().map(|(p, h)| format!("{p}\0{h}\n")).collect();
    format!("sha256:{}", crate::content::translation::hash(&listing))
}

/// The hash of every file under `dir`, by path relative to it. Links are refused: a sealed
/// version must not change because something elsewhere did.
pub fn hash_folder(dir: &Path) -> Result<BTreeMap<String, String>, String> {
    let mut files = BTreeMap::new();
    for entry in walkdir::WalkDir::new(dir).sort_by_file_name() {
        let entry = entry.map_err(|e| e.to_string())?;
        let rel = entry.path().strip_prefix(dir).map_err(|e| e.to_string())?;
        let rel = rel.to_string_lossy().replace('\\', "/");
        if entry.path_is_symlink() {
            return Err(format!("`{rel}` is a symbolic link"));
        }
        if entry.file_type().is_file() {
            let bytes = std::fs::read(entry.path()).map_err(|e| format!("`{rel}`: {e}"))?;
            files.insert(rel, crate::output::sha256_hex(&bytes));
        }
    }
    Ok(files)
}

/// Reads `clause.lock` (an absent file is an empty lock).
pub fn load(root: &Path, diagnostics: &mut Diagnostics) -> Option<Lock> {
    let path = root.join(LOCK_FILE);
    if !path.exists() {
        return Some(Lock::default());
    }
    let expected = "the file as `clause release` writes it (restore it from version control)";
    crate::yaml::read_json(&path, LOCK_FILE, "lock file", expected, diagnostics)
}

/// Writes `clause.lock`, atomically.
pub fn save(root: &Path, lock: &Lock) -> std::io::Result<()> {
    let mut json = serde_json::to_string_pretty(lock).unwrap_or_default();
    json.push('\n');
    crate::output::write_file(&root.join(LOCK_FILE), json.as_bytes())
}

/// Compares every version folder of the site with its seal.
pub fn verify(site: &Site, lock: &Lock, diagnostics: &mut Diagnostics) {
    let empty = BTreeMap::new();
    // Hashing every sealed byte is most of the work: all versions at once, on every core,
    // their problems reported in site order.
    let sealed: Vec<(std::path::PathBuf, &str, &Seal)> = site
        .policies
        .iter()
        .flat_map(|p| {
            let seals = lock.policies.get(&p.id).unwrap_or(&empty);
            let dir = site.root.join(crate::content::CONTENT_DIR).join(&p.id);
            p.versions.iter().filter_map(move |v| {
                let seal = seals.get(&v.id)?;
                Some((dir.join(VERSIONS_DIR).join(&v.id), v.folder.as_str(), seal))
            })
        })
        .collect();
    use rayon::prelude::*;
    let found: Vec<Diagnostics> = sealed
        .par_iter()
        .map(|(dir, shown, seal)| {
            let mut found = Diagnostics::default();
            compare(dir, shown, seal, &mut found);
            found
        })
        .collect();
    found.into_iter().for_each(|f| diagnostics.append(f));
    for p in &site.policies {
        let seals = lock.policies.get(&p.id).unwrap_or(&empty);
        let folder = format!("{}/{}", crate::content::CONTENT_DIR, p.id);
        let dir = site.root.join(&folder).join(VERSIONS_DIR);
        for v in p.versions.iter().filter(|v| !seals.contains_key(&v.id)) {
            diagnostics.push(
                Diagnostic::file(
                    &v.folder,
                    format!("version `{}` is not sealed in {LOCK_FILE}", v.id),
                )
                .expected(format!(
                    "versions made by `clause release`, which records them in {LOCK_FILE}"
                )),
            );
        }
        for id in seals
            .keys()
            .filter(|id| !p.versions.iter().any(|v| &v.id == *id))
        {
            let shown = format!("{folder}/{VERSIONS_DIR}/{id}");
            if dir.join(super::recover::pending_name(id)).is_dir() {
                // A release killed after sealing; `check` writes nothing, so it only says so.
                diagnostics.push(
                    Diagnostic::file(
                        shown,
                        format!(
                            "the release of `{}` {id} was interrupted after it was sealed",
                            p.id
                        ),
                    )
                    .expected(
                        "any command that writes (`clause build`, `clause release`) to complete it",
                    ),
                );
            } else if !dir.join(id).exists() {
                diagnostics.push(
                    Diagnostic::file(shown, "a sealed version is missing")
                        .expected(format!("the folder as released; it is recorded in {LOCK_FILE} (restore it from version control)")),
                );
            }
        }
    }
    for id in lock
        .policies
        .keys()
        .filter(|id| !site.policies.iter().any(|p| &p.id == *id))
    {
        diagnostics.push(
            Diagnostic::file(
                format!("{}/{id}", crate::content::CONTENT_DIR),
                "a policy with sealed versions is missing",
            )
            .expected(format!(
                "the policy folder; {LOCK_FILE} records released versions of `{id}`"
            )),
        );
    }
}

fn compare(dir: &Path, shown: &str, seal: &Seal, diagnostics: &mut Diagnostics) {
    let now = match hash_folder(dir) {
        Ok(files) => files,
        Err(e) => {
            diagnostics.push(Diagnostic::file(
                shown,
                format!("cannot read sealed version: {e}"),
            ));
            return;
        }
    };
    let hint = "the sealed bytes: restore the file from version control, or re-seal with `clause reseal <policy> <version> --reason …` for a legal correction";
    for (path, hash) in &now {
        let problem = match seal.files.get(path) {
            Some(sealed) if sealed == hash => continue,
            Some(_) => "archived file changed after release",
            None => "file added to a released version",
        };
        diagnostics.push(Diagnostic::file(format!("{shown}/{path}"), problem).expected(hint));
    }
    for path in seal.files.keys().filter(|p| !now.contains_key(*p)) {
        diagnostics.push(
            Diagnostic::file(
                format!("{shown}/{path}"),
                "archived file removed after release",
            )
            .expected(hint),
        );
    }
}
