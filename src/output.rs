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
    let staging = Staging::open(target, false)?;
    for (path, bytes) in &output.files {
        staging.put(path.clone(), None, bytes.clone())?;
    }
    staging.finish().map(|_| ())
}

/// Where rendered files go: memory ([`Output`], for `serve`), nowhere but counted
/// ([`Discard`], for `check`) or a staging folder swapped in at the end ([`Staging`]).
pub trait Sink: Sync {
    /// Takes the file at `path` from the previous build unchanged, if that build made it from
    /// the same inputs (`key`); returns its SHA-256 then. The default reuses nothing.
    fn reuse(&self, _path: &str, _key: &str) -> Option<String> {
        None
    }

    /// Stores a rendered file, made from the inputs `key` if it has one; returns the
    /// SHA-256 of its bytes.
    fn put(&self, path: String, key: Option<String>, bytes: Vec<u8>) -> io::Result<String>;
}

impl Sink for std::sync::Mutex<Output> {
    fn put(&self, path: String, _key: Option<String>, bytes: Vec<u8>) -> io::Result<String> {
        let hash = sha256_hex(&bytes);
        self.lock()
            .map_err(|_| io::Error::other("poisoned"))?
            .insert(path, bytes);
        Ok(hash)
    }
}

/// Keeps nothing, counts pages: `clause check` renders everything to find template errors
/// without holding the site in memory.
#[derive(Debug, Default)]
pub struct Discard {
    pages: std::sync::atomic::AtomicUsize,
}

impl Discard {
    /// How many HTML pages were rendered.
    pub fn page_count(&self) -> usize {
        self.pages.load(std::sync::atomic::Ordering::Relaxed)
    }
}

impl Sink for Discard {
    fn put(&self, path: String, _key: Option<String>, bytes: Vec<u8>) -> io::Result<String> {
        if path.ends_with(".html") {
            self.pages
                .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        }
        Ok(sha256_hex(&bytes))
    }
}

/// The name of the build manifest in the output folder: every file's SHA-256, size and the
/// key of the inputs it was made from, so the next build can reuse what did not change.
pub const MANIFEST: &str = ".clause-manifest.json";

/// What a build wrote: path → entry.
#[derive(Debug, Default, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Manifest {
    files: BTreeMap<String, Entry>,
}

#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Entry {
    sha256: String,
    size: u64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    key: Option<String>,
}

/// A new output tree being written beside `target`, swapped in by [`Staging::finish`].
/// Files equal to the previous build's are hard links to them, not new copies (files are
/// never changed in place, so the old tree stays intact until the swap); a staging folder
/// that is dropped unfinished (a failed build) is deleted.
#[derive(Debug)]
pub struct Staging {
    target: PathBuf,
    dir: PathBuf,
    previous: Manifest,
    written: std::sync::Mutex<Manifest>,
    dirs: std::sync::Mutex<std::collections::HashSet<PathBuf>>,
}

/// What [`Staging::finish`] put in place.
#[derive(Debug, Clone, Copy)]
pub struct Summary {
    /// HTML pages.
    pub pages: usize,
    /// All files.
    pub files: usize,
    /// Files taken unchanged from the previous build.
    pub reused: usize,
}

impl Staging {
    /// Starts a staging folder for `target` (deleting any a killed build left behind) and
    /// reads the previous build's manifest, if there is one and `fresh` is false.
    pub fn open(target: &Path, fresh: bool) -> io::Result<Staging> {
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
        let dir = tempfile::Builder::new()
            .prefix(&format!(".{name}.staging-"))
            .tempdir_in(parent)?
            .keep();
        // A missing or unreadable manifest only means nothing is reused.
        let previous = std::fs::read(target.join(MANIFEST))
            .ok()
            .filter(|_| !fresh)
            .and_then(|b| serde_json::from_slice(&b).ok())
            .unwrap_or_default();
        Ok(Staging {
            target: target.to_path_buf(),
            dir,
            previous,
            written: Default::default(),
            dirs: Default::default(),
        })
    }

    /// Writes the manifest and swaps the staging folder in for the target.
    pub fn finish(self) -> io::Result<Summary> {
        let written = std::mem::take(&mut *self.written.lock().map_err(poisoned)?);
        let reused = written
            .files
            .iter()
            .filter(|(p, e)| {
                self.previous
                    .files
                    .get(*p)
                    .is_some_and(|o| o.sha256 == e.sha256)
            })
            .count();
        let summary = Summary {
            pages: written
                .files
                .keys()
                .filter(|p| p.ends_with(".html"))
                .count(),
            files: written.files.len(),
            reused,
        };
        let json = serde_json::to_vec(&written).map_err(io::Error::other)?;
        std::fs::write(self.dir.join(MANIFEST), json)?;
        swap_in(&self.dir, &self.target)?;
        Ok(summary)
    }

    /// Hard-links the previous build's file at `path` into the staging folder, if it is
    /// still there with the size the manifest recorded.
    fn link(&self, path: &str, entry: &Entry) -> bool {
        let old = self.target.join(path);
        let new = self.dir.join(path);
        let same_size =
            std::fs::symlink_metadata(&old).is_ok_and(|m| m.is_file() && m.len() == entry.size);
        same_size && self.make_parent(&new).is_ok() && std::fs::hard_link(&old, &new).is_ok()
    }

    fn make_parent(&self, file: &Path) -> io::Result<()> {
        let Some(dir) = file.parent() else {
            return Ok(());
        };
        if self.dirs.lock().map_err(poisoned)?.contains(dir) {
            return Ok(());
        }
        std::fs::create_dir_all(dir)?;
        self.dirs
            .lock()
            .map_err(poisoned)?
            .insert(dir.to_path_buf());
        Ok(())
    }

    fn record(&self, path: String, entry: Entry) -> io::Result<()> {
        self.written
            .lock()
            .map_err(poisoned)?
            .files
            .insert(path, entry);
        Ok(())
    }
}

impl Sink for Staging {
    fn reuse(&self, path: &str, key: &str) -> Option<String> {
        let entry = self.previous.files.get(path)?;
        if entry.key.as_deref() != Some(key) || !self.link(path, entry) {
            return None;
        }
        self.record(path.to_string(), entry.clone()).ok()?;
        Some(entry.sha256.clone())
    }

    fn put(&self, path: String, key: Option<String>, bytes: Vec<u8>) -> io::Result<String> {
        let sha256 = sha256_hex(&bytes);
        let entry = Entry {
            sha256: sha256.clone(),
            size: bytes.len() as u64,
            key,
        };
        let unchanged = self
            .previous
            .files
            .get(&path)
            .is_some_and(|old| old.sha256 == sha256 && self.link(&path, old));
        if !unchanged {
            let file = self.dir.join(&path);
            self.make_parent(&file)?;
            std::fs::write(&file, &bytes)?;
        }
        self.record(path, entry)?;
        Ok(sha256)
    }
}

impl Drop for Staging {
    /// Deletes the staging folder of a failed build (after a swap, nothing is left there).
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

fn poisoned<T>(_: std::sync::PoisonError<T>) -> io::Error {
    io::Error::other("a rendering thread panicked")
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
