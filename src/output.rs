//! Writing the built site: all files into a staging folder beside the target, then one swap.
//!
//! A failed or interrupted build therefore never leaves a half-written output folder: readers
//! see the complete old site or the complete new one.

use std::collections::BTreeMap;
use std::io;
use std::path::{Path, PathBuf};

/// A built site in memory: path relative to the output root → bytes.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Output {
    /// The files, sorted by path.
    pub files: BTreeMap<String, Vec<u8>>,
}

impl Output {
    /// Adds or replaces a file.
    pub fn insert(&mut self, path: impl Into<String>, bytes: impl Into<Vec<u8>>) {
        self.files.insert(path.into(), bytes.into());
    }

    /// How many HTML pages there are.
    pub fn page_count(&self) -> usize {
        self.files.keys().filter(|p| p.ends_with(".html")).count()
    }
}

/// SHA-256 of some bytes, as lowercase hex: the form hashes take in clause.lock, the JSON
/// API and confirmation files.
pub fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::Digest;
    sha2::Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Writes one file atomically: a temporary file beside it, then a rename, so an interrupted
/// write never leaves a truncated file (used for translation stubs and confirmations).
pub fn write_file(path: &Path, bytes: &[u8]) -> io::Result<()> {
    use std::io::Write;
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let mut file = tempfile::NamedTempFile::new_in(dir)?;
    // Temporary files are private (0600); the result should look like any other site file.
    let permissions = match std::fs::metadata(path) {
        Ok(m) => m.permissions(),
        Err(_) => std::os::unix::fs::PermissionsExt::from_mode(0o644),
    };
    file.as_file().set_permissions(permissions)?;
    file.write_all(bytes)?;
    file.as_file().sync_all()?;
    file.persist(path).map_err(|e| e.error)?;
    Ok(())
}

/// Writes `output` to `target`, replacing whatever was there, atomically.
pub fn write_atomic(output: &Output, target: &Path) -> io::Result<()> {
    let parent = target
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    std::fs::create_dir_all(parent)?;
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "public".into());
    remove_leftovers(parent, &name);
    let staging = tempfile::Builder::new()
        .prefix(&format!(".{name}.staging-"))
        .tempdir_in(parent)?;
    for (path, bytes) in &output.files {
        let file = staging.path().join(path);
        if let Some(dir) = file.parent() {
            std::fs::create_dir_all(dir)?;
        }
        std::fs::write(&file, bytes)?;
    }
    let staging = staging.keep();
    swap_in(&staging, target)
}

/// Puts `staging` at `target`. With an existing target the two are exchanged in one step,
/// so the target path never goes missing; the old tree is then deleted.
fn swap_in(staging: &Path, target: &Path) -> io::Result<()> {
    if !target.exists() {
        return std::fs::rename(staging, target);
    }
    if !target.is_dir() {
        let _ = std::fs::remove_dir_all(staging);
        return Err(io::Error::other(format!(
            "{} exists and is not a folder",
            target.display()
        )));
    }
    use rustix::fs::{CWD, RenameFlags, renameat_with};
    match renameat_with(CWD, staging, CWD, target, RenameFlags::EXCHANGE) {
        Ok(()) => std::fs::remove_dir_all(staging),
        Err(_) => {
            // File systems without RENAME_EXCHANGE: move the old tree aside first.
            let old = aside_name(target);
            std::fs::rename(target, &old)?;
            std::fs::rename(staging, target)?;
            std::fs::remove_dir_all(old)
        }
    }
}

fn aside_name(target: &Path) -> PathBuf {
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    target.with_file_name(format!(".{name}.staging-old"))
}

/// Deletes staging folders that a killed build left behind.
fn remove_leftovers(parent: &Path, name: &str) {
    let prefix = format!(".{name}.staging-");
    let Ok(entries) = std::fs::read_dir(parent) else {
        return;
    };
    for entry in entries.filter_map(Result::ok) {
        if entry.file_name().to_string_lossy().starts_with(&prefix) {
            let _ = std::fs::remove_dir_all(entry.path());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_old_tree_and_leaves_no_staging() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("public");
        let mut first = Output::default();
        first.insert("old.html", "old");
        write_atomic(&first, &target).unwrap();
        let mut second = Output::default();
        second.insert("a/new.html", "new");
        write_atomic(&second, &target).unwrap();
        assert!(!target.join("old.html").exists());
        assert_eq!(
            std::fs::read_to_string(target.join("a/new.html")).unwrap(),
            "new"
        );
        let names: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, vec![std::ffi::OsString::from("public")]);
    }
}
