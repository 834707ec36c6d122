//! Writing the built site: all files into a staging folder beside the target, then one swap.
//!
//! A failed or interrupted build therefore never leaves a half-written output folder: readers
//! see the complete old site or the complete new one.

pub mod cache;
pub mod guard;
pub mod lock;
pub mod platform;

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
    let file = staged(path, bytes)?;
    file.persist(path).map_err(|e| e.error)?;
    Ok(())
}

/// Creates a new file whole or not at all, and never replaces one: the written temporary
/// file is hard-linked into place, which fails if `path` exists (used by `clause init`).
pub fn create_file(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let file = staged(path, bytes)?;
    std::fs::hard_link(file.path(), path)
}

/// `bytes` in a temporary file beside `path`, synced, with the permissions `path` has (or
/// a site file's); dropped unused, it is deleted.
fn staged(path: &Path, bytes: &[u8]) -> io::Result<tempfile::NamedTempFile> {
    use std::io::Write;
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    // A name that says whose it is: the next writing command removes what a kill left.
    let name = path.file_name().unwrap_or_default().to_string_lossy();
    let mut file = tempfile::Builder::new()
        .prefix(&format!(".{name}{TEMP_MARK}"))
        .tempfile_in(dir)?;
    // Temporary files are private (0600); the result should look like any other site file.
    platform::like_site_file(file.as_file(), path)?;
    file.write_all(bytes)?;
    file.as_file().sync_all()?;
    lock::crash_point(&format!("write:{name}"));
    Ok(file)
}

/// What the temporary files of [`write_file`] have in their names, after `.<file name>`.
pub const TEMP_MARK: &str = ".tmp-";

/// Deletes the temporary files that a killed [`write_file`] left in `dir` (only files
/// named as it names them: `.<name>.tmp-XXXXXX`).
pub fn remove_temp_files(dir: &Path) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.filter_map(Result::ok) {
        let name = entry.file_name().to_string_lossy().into_owned();
        let ours = name.starts_with('.') && name.contains(TEMP_MARK);
        if ours && entry.file_type().is_ok_and(|t| t.is_file()) {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

/// Writes `output` to `target`, replacing whatever was there, atomically.
pub fn write_atomic(output: &Output, target: &Path) -> io::Result<()> {
    let staging = Staging::open(target, false, false, None)?;
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
    /// A render cache folder to read keys from, if any.
    cache: Option<PathBuf>,
}

impl Discard {
    /// A sink that takes, without rendering, every file whose key the render cache in
    /// `cache` holds (a build rendered it from the same inputs without a problem); it
    /// reads the cache and writes nothing.
    pub fn reading(cache: Option<&Path>) -> Discard {
        Discard {
            pages: Default::default(),
            cache: cache.map(Path::to_path_buf),
        }
    }

    /// How many HTML pages were rendered.
    pub fn page_count(&self) -> usize {
        self.pages.load(std::sync::atomic::Ordering::Relaxed)
    }
}

impl Sink for Discard {
    fn reuse(&self, path: &str, key: &str) -> Option<String> {
        let sha256 = cache::known(self.cache.as_deref()?, key)?;
        if path.ends_with(".html") {
            self.pages
                .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        }
        Some(sha256)
    }

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

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Entry {
    sha256: String,
    size: u64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    key: Option<String>,
}

/// Path → inode and modification time (ns) of every file as the build left it. Kept beside
/// the output, not in it (the output must be the same bytes for the same input), in
/// `.<output name>.clause-stamps.json`: a file changed in place since, even to the same
/// size, no longer matches and is not reused. Stale or missing stamps only cost reuse.
type Stamps = BTreeMap<String, (u64, i128)>;

/// A file's inode and modification time in nanoseconds, and its size.
fn stamp(path: &Path) -> Option<((u64, i128), u64)> {
    let m = std::fs::symlink_metadata(path)
        .ok()
        .filter(|m| m.is_file())?;
    Some((platform::identity(&m), m.len()))
}

fn stamps_path(target: &Path) -> PathBuf {
    let name = target.file_name().unwrap_or_default().to_string_lossy();
    target.with_file_name(format!(".{name}.clause-stamps.json"))
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
    stamps: Stamps,
    written: std::sync::Mutex<Manifest>,
    written_stamps: std::sync::Mutex<Stamps>,
    dirs: std::sync::Mutex<std::collections::HashSet<PathBuf>>,
    force: bool,
    /// Reuse nothing of the previous build (its manifest still says which files are ours).
    fresh: bool,
    /// Warnings about old staging folders that could not be deleted.
    leftovers: Vec<String>,
    /// Where files of sealed versions are kept across builds, if anywhere.
    cache: Option<cache::Cache>,
    /// Files taken from the previous build, to hard-link at the end if anything changed.
    pending: std::sync::Mutex<Vec<String>>,
    /// Whether this build wrote any file (rather than taking all from the previous build).
    wrote: std::sync::atomic::AtomicBool,
    /// The first file this build wrote with each SHA-256.
    by_hash: std::sync::Mutex<std::collections::HashMap<String, PathBuf>>,
}

/// What [`Staging::finish`] put in place.
#[derive(Debug, Clone)]
pub struct Summary {
    /// HTML pages.
    pub pages: usize,
    /// All files.
    pub files: usize,
    /// Files taken unchanged from the previous build.
    pub reused: usize,
    /// Files and folders in the output that Clause did not write, kept in place.
    pub kept: usize,
    /// What the build did with the render cache, if it had one.
    pub cache: Option<cache::Usage>,
    /// What went wrong after the new site was in place (an old tree that could not be
    /// deleted), for the command to print.
    pub warnings: Vec<String>,
}

impl Staging {
    /// Starts a staging folder for `target` (deleting any a killed build left behind) and
    /// reads the previous build's manifest and stamps. With `fresh` nothing is reused (the
    /// `cache` is still filled); with `force`, the build may replace files at its paths that
    /// Clause did not write.
    pub fn open(
        target: &Path,
        fresh: bool,
        force: bool,
        cache: Option<cache::Cache>,
    ) -> io::Result<Staging> {
        let parent = target
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        std::fs::create_dir_all(parent)?;
        let name = target
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "public".into());
        restore_aside(target);
        let leftovers = remove_leftovers(parent, &name);
        let dir = tempfile::Builder::new()
            .prefix(&format!(".{name}.staging-"))
            .tempdir_in(parent)?
            .keep();
        // A missing or unreadable manifest means nothing is reused, and no old file is
        // taken for Clause's (so none is deleted, and a clash is refused).
        let previous = std::fs::read(target.join(MANIFEST))
            .ok()
            .and_then(|b| serde_json::from_slice(&b).ok())
            .unwrap_or_default();
        let stamps = std::fs::read(stamps_path(target))
            .ok()
            .and_then(|b| serde_json::from_slice(&b).ok())
            .unwrap_or_default();
        Ok(Staging {
            target: target.to_path_buf(),
            dir,
            previous,
            stamps,
            written_stamps: Default::default(),
            written: Default::default(),
            dirs: Default::default(),
            force,
            fresh,
            leftovers,
            cache,
            pending: Default::default(),
            wrote: Default::default(),
            by_hash: Default::default(),
        })
    }

    /// Writes the manifest, carries over every file of the old tree that Clause did not
    /// write, and swaps the staging folder in for the target.
    pub fn finish(self) -> io::Result<Summary> {
        let written = std::mem::take(&mut *self.written.lock().map_err(poisoned)?);
        if self.unchanged(&written) {
            return self.leave_in_place(&written);
        }
        self.link_pending(&written)?;
        let kept = self.keep_foreign(&written, false)?;
        let reused = written
            .files
            .iter()
            .filter(|_| !self.fresh)
            .filter(|(p, e)| {
                self.previous
                    .files
                    .get(*p)
                    .is_some_and(|o| o.sha256 == e.sha256)
            })
            .count();
        let summary = self.summary(&written, reused, kept);
        let json = serde_json::to_vec(&written).map_err(io::Error::other)?;
        std::fs::write(self.dir.join(MANIFEST), json)?;
        lock::crash_point("build:staged");
        let stamps = std::mem::take(&mut *self.written_stamps.lock().map_err(poisoned)?);
        let stamps = serde_json::to_vec(&stamps).map_err(io::Error::other)?;
        // Outdated stamps while the swap happens would only make the next build reuse less.
        let _ = std::fs::remove_file(stamps_path(&self.target));
        let mut warnings = self.leftovers.clone();
        warnings.extend(swap_in(&self.dir, &self.target)?);
        write_file(&stamps_path(&self.target), &stamps)?;
        Ok(Summary {
            warnings,
            ..summary
        })
    }

    /// Finishes a build that made the very files the output has: nothing is linked, swapped
    /// or deleted. Only the manifest is replaced (atomically) when the keys it records
    /// changed (a new `clause` binary that renders the same bytes).
    fn leave_in_place(self, written: &Manifest) -> io::Result<Summary> {
        let kept = self.keep_foreign(written, true)?;
        if written.files != self.previous.files {
            let json = serde_json::to_vec(written).map_err(io::Error::other)?;
            write_file(&self.target.join(MANIFEST), &json)?;
        }
        Ok(Summary {
            warnings: self.leftovers.clone(),
            ..self.summary(written, written.files.len(), kept)
        })
    }

    fn summary(&self, written: &Manifest, reused: usize, kept: usize) -> Summary {
        Summary {
            pages: written
                .files
                .keys()
                .filter(|p| p.ends_with(".html"))
                .count(),
            files: written.files.len(),
            reused,
            kept,
            cache: self.cache.as_ref().map(cache::Cache::finish),
            warnings: Vec::new(),
        }
    }

    /// Hard-links into the staging folder every file, link and folder of the old tree
    /// that the previous build's manifest does not list (a `.git`, a `CNAME`, a file of the
    /// user's): Clause deletes only what it wrote. Refuses, unless `force`, when this build
    /// writes a path that such a file holds. Returns how many entries were kept.
    /// With `count_only`, nothing is linked: the old tree stays in place.
    fn keep_foreign(&self, written: &Manifest, count_only: bool) -> io::Result<usize> {
        if !self.target.is_dir() {
            return Ok(0);
        }
        let mut kept = 0;
        let mut walk = walkdir::WalkDir::new(&self.target).min_depth(1).into_iter();
        while let Some(entry) = walk.next() {
            let entry = entry.map_err(io::Error::other)?;
            let rel = entry
                .path()
                .strip_prefix(&self.target)
                .map_err(io::Error::other)?;
            let name = rel.to_string_lossy().replace('\\', "/");
            if name == MANIFEST || self.previous.files.contains_key(&name) {
                continue;
            }
            let is_dir = entry.file_type().is_dir();
            let prefix = format!("{name}/");
            let holds = |files: &BTreeMap<String, Entry>| {
                let next = files.range(prefix.clone()..).next();
                next.is_some_and(|(p, _)| p.starts_with(&prefix))
            };
            if is_dir && (holds(&self.previous.files) || holds(&written.files)) {
                // A folder Clause writes into: look at each thing in it.
                continue;
            }
            if !is_dir && (written.files.contains_key(&name) || holds(&written.files)) {
                if self.force {
                    continue;
                }
                return Err(io::Error::other(format!(
                    "`{name}` in the output was not written by Clause, and this build writes that path; move it away, or pass --force to replace it"
                )));
            }
            if !count_only {
                self.copy_entry(entry.path(), &self.dir.join(rel), is_dir)?;
            }
            if is_dir {
                walk.skip_current_dir();
            }
            kept += 1;
        }
        Ok(kept)
    }

    /// Puts `from` at `to` without copying bytes: folders are recreated with their contents
    /// linked, files hard-linked, symbolic links copied as links (never followed).
    fn copy_entry(&self, from: &Path, to: &Path, is_dir: bool) -> io::Result<()> {
        self.make_parent(to)?;
        if !is_dir {
            return link_or_copy(from, to);
        }
        for entry in walkdir::WalkDir::new(from) {
            let entry = entry.map_err(io::Error::other)?;
            let dest = to.join(entry.path().strip_prefix(from).map_err(io::Error::other)?);
            if entry.file_type().is_dir() {
                std::fs::create_dir_all(&dest)?;
            } else {
                link_or_copy(entry.path(), &dest)?;
            }
        }
        Ok(())
    }

    /// Takes the previous build's file at `path` for this build, if it is still the very
    /// file the manifest recorded (same inode, size and modification time). It is
    /// hard-linked into the staging folder only at [`Staging::finish`], and only if the
    /// build changed anything: an unchanged rebuild touches nothing.
    fn link(&self, path: &str, entry: &Entry) -> bool {
        let Some(stamp) = self.still_ours(path, entry) else {
            return false;
        };
        let pending = self.pending.lock().map(|mut p| p.push(path.to_string()));
        pending.is_ok()
            && self
                .written_stamps
                .lock()
                .map(|mut s| s.insert(path.to_string(), stamp))
                .is_ok()
    }

    /// The stamp of the previous build's file at `path` if it is unchanged since.
    fn still_ours(&self, path: &str, entry: &Entry) -> Option<(u64, i128)> {
        let (now, size) = stamp(&self.target.join(path))?;
        let unchanged = !self.fresh && size == entry.size && self.stamps.get(path) == Some(&now);
        unchanged.then_some(now)
    }

    /// Hard-links the files taken from the previous build into the staging folder (each
    /// checked again: one edited during the build fails it rather than being taken).
    fn link_pending(&self, written: &Manifest) -> io::Result<()> {
        use rayon::prelude::*;
        let pending = std::mem::take(&mut *self.pending.lock().map_err(poisoned)?);
        pending.par_iter().try_for_each(|path| {
            let entry = &written.files[path];
            if self.still_ours(path, entry).is_none() {
                return Err(io::Error::other(format!(
                    "`{path}` in the output changed during the build; build again"
                )));
            }
            let new = self.dir.join(path);
            self.make_parent(&new)?;
            std::fs::hard_link(self.target.join(path), new)
        })
    }

    /// Whether this build made exactly the files of the previous one, every one taken
    /// unchanged from it: then the output stays as it is.
    fn unchanged(&self, written: &Manifest) -> bool {
        let same = |(a, x): (&String, &Entry), (b, y): (&String, &Entry)| {
            a == b && x.sha256 == y.sha256 && x.size == y.size
        };
        !self.wrote.load(std::sync::atomic::Ordering::Relaxed)
            && self.target.is_dir()
            && written.files.len() == self.previous.files.len()
            && written
                .files
                .iter()
                .zip(&self.previous.files)
                .all(|(a, b)| same(a, b))
    }

    /// Hard-links a file this build already wrote with the same bytes to `file`: outputs
    /// that repeat across versions (a store file whose labels did not change) take the
    /// disk once.
    fn link_same(&self, sha256: &str, file: &Path) -> bool {
        let same = match self.by_hash.lock() {
            Ok(map) => map.get(sha256).cloned(),
            Err(_) => None,
        };
        same.is_some_and(|same| std::fs::hard_link(same, file).is_ok())
    }

    /// The render cache's file for `key`, put at `path` in the staging folder.
    fn fetch(&self, path: &str, key: &str) -> Option<Entry> {
        let cache = self.cache.as_ref().filter(|_| !self.fresh)?;
        let file = self.dir.join(path);
        self.make_parent(&file).ok()?;
        let (sha256, size) = cache.fetch(key, &file)?;
        Some(Entry {
            sha256,
            size,
            key: Some(key.to_string()),
        })
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
        // Hard links share the inode and time, so the stamp holds after the swap too. (A file
        // taken from the previous build got its stamp in `link`.)
        if let Some((stamp, _)) = stamp(&self.dir.join(&path)) {
            self.written_stamps
                .lock()
                .map_err(poisoned)?
                .insert(path.clone(), stamp);
        }
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
        let previous = self.previous.files.get(path);
        let entry = match previous {
            Some(entry) if entry.key.as_deref() == Some(key) && self.link(path, entry) => {
                entry.clone()
            }
            _ => {
                self.wrote.store(true, std::sync::atomic::Ordering::Relaxed);
                self.fetch(path, key)?
            }
        };
        let sha256 = entry.sha256.clone();
        self.record(path.to_string(), entry).ok()?;
        Some(sha256)
    }

    fn put(&self, path: String, key: Option<String>, bytes: Vec<u8>) -> io::Result<String> {
        let sha256 = sha256_hex(&bytes);
        let old = self.previous.files.get(&path);
        let entry = match old {
            Some(old) if old.sha256 == sha256 && self.link(&path, old) => {
                Entry { key, ..old.clone() }
            }
            _ => {
                let file = self.dir.join(&path);
                self.make_parent(&file)?;
                self.wrote.store(true, std::sync::atomic::Ordering::Relaxed);
                if !self.link_same(&sha256, &file) {
                    std::fs::write(&file, &bytes)?;
                    self.by_hash
                        .lock()
                        .map_err(poisoned)?
                        .entry(sha256.clone())
                        .or_insert(file.clone());
                }
                if let (Some(cache), Some(key)) = (&self.cache, &key) {
                    cache.store(key, &sha256, bytes.len() as u64, &file);
                }
                Entry {
                    sha256: sha256.clone(),
                    size: bytes.len() as u64,
                    key,
                }
            }
        };
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
/// so the target path never goes missing; the old tree is then deleted. The new site is in
/// place once this returns `Ok`: an old tree that cannot be deleted is only a warning.
fn swap_in(staging: &Path, target: &Path) -> io::Result<Vec<String>> {
    if !target.exists() {
        std::fs::rename(staging, target)?;
        return Ok(Vec::new());
    }
    if !target.is_dir() {
        let _ = std::fs::remove_dir_all(staging);
        return Err(io::Error::other(format!(
            "{} exists and is not a folder",
            target.display()
        )));
    }
    let old = if platform::exchange(staging, target) {
        staging.to_path_buf()
    } else {
        // Systems without RENAME_EXCHANGE: move the old tree aside first. A kill between
        // the two renames is undone by the next build (`restore_aside`).
        let old = aside_name(target);
        std::fs::rename(target, &old)?;
        lock::crash_point("build:aside");
        std::fs::rename(staging, target)?;
        old
    };
    lock::crash_point("build:swapped");
    Ok(remove_old(&old).into_iter().collect())
}

/// Deletes an old tree; says what could not be deleted.
fn remove_old(old: &Path) -> Option<String> {
    std::fs::remove_dir_all(old).err().map(|e| {
        format!(
            "the previous build's files could not all be deleted from {}: {e}; the new site is in place, delete that folder by hand",
            old.display()
        )
    })
}

fn aside_name(target: &Path) -> PathBuf {
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    target.with_file_name(format!(".{name}.staging-old"))
}

/// A build killed between moving the old tree aside and moving the new one in left no
/// target: put the old tree back before anything else happens.
fn restore_aside(target: &Path) {
    let old = aside_name(target);
    if old.is_dir() && std::fs::symlink_metadata(target).is_err() {
        let _ = std::fs::rename(&old, target);
    }
}

/// Hard-links `from` to `to`; copies a symbolic link as a link, and a file as bytes where
/// the file system refuses hard links.
fn link_or_copy(from: &Path, to: &Path) -> io::Result<()> {
    let meta = std::fs::symlink_metadata(from)?;
    if meta.file_type().is_symlink() {
        return platform::copy_link(from, to);
    }
    if !meta.is_file() {
        // Sockets, pipes, devices: nothing a web site holds; leave them out.
        return Ok(());
    }
    std::fs::hard_link(from, to).or_else(|_| std::fs::copy(from, to).map(|_| ()))
}

/// Deletes staging folders that a killed build left behind; says which it could not delete.
fn remove_leftovers(parent: &Path, name: &str) -> Vec<String> {
    let prefix = format!(".{name}.staging-");
    let Ok(entries) = std::fs::read_dir(parent) else {
        return Vec::new();
    };
    entries
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().starts_with(&prefix))
        .filter_map(|e| remove_old(&e.path()))
        .collect()
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
        let mut names: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        assert_eq!(names, [".public.clause-stamps.json", "public"]);
    }
}
