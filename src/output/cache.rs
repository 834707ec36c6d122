//! The render cache: files of sealed versions by the key of what they were made from, kept
//! across builds in a folder of their own, so that a page of a sealed version is rendered
//! once, not once per build. A CI system saves and restores the folder between runs
//! (docs/performance.md); a clean checkout with a restored cache then renders only what
//! changed.
//!
//! Layout: `v1/keys/<ab>/<key>` holds `<sha256> <size>` of the file made for `key`;
//! `v1/blobs/<ab>/<sha256>` holds its bytes, as a hard link to the output file written
//! whole before (so storing costs no copy, and no second copy on disk). Key files are
//! written to a temporary name and renamed into place, so a kill leaves a whole entry or
//! none, and two builds sharing the folder write the same bytes under the same names. Every
//! blob is hashed again when read: a damaged or edited one (an output file edited in place
//! edits its blob) is dropped and its page rendered. `v1/parsed/` records the sealed
//! versions this binary has parsed (see `content::version::Parsed`).

use super::sha256_hex;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

/// The folder's format; a new layout gets a new folder beside it.
const LAYOUT: &str = "v1";

/// The first line of the tag every cache folder has (the standard of
/// <https://bford.info/cachedir/>: backup tools skip such folders).
const TAG_SIGNATURE: &str = "Signature: 8a477f597d28d172789f06886806bc55";

/// What Clause writes into the tag, after the signature: how it knows the folder is its own.
const TAG_TEXT: &str =
    "# This folder is Clause's render cache (docs/performance.md). Deleting it is safe.\n";

/// Temporary files of a killed build older than this are deleted when the cache is trimmed
/// (younger ones may belong to a build still running).
const STALE_TEMP: std::time::Duration = std::time::Duration::from_secs(3600);

/// The default bound on the size of the cache: 10 GiB.
pub const DEFAULT_LIMIT: u64 = 10 << 30;

/// An open render cache.
#[derive(Debug)]
pub struct Cache {
    dir: PathBuf,
    limit: u64,
    hits: AtomicUsize,
    stored: AtomicUsize,
}

/// What a build did with the cache.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Usage {
    /// Files taken from the cache.
    pub hits: usize,
    /// Files rendered and stored in it.
    pub stored: usize,
    /// Files dropped to keep it under its bound.
    pub evicted: usize,
    /// Its size after the build, in bytes, when it was measured (a build that stored
    /// nothing does not measure it: 0).
    pub bytes: u64,
}

impl Cache {
    /// Opens the cache folder `dir`, creating it if needed, with a size bound of `limit`
    /// bytes. A folder that exists, is not empty, and has no tag written by Clause is
    /// refused: the cache deletes files, and only its own.
    pub fn open(dir: &Path, shown: &Path, limit: u64) -> Result<Cache, String> {
        let ours = Cache::check(dir, shown)?;
        let shown = shown.display();
        let tag = dir.join("CACHEDIR.TAG");
        if !ours {
            let create = || -> io::Result<()> {
                std::fs::create_dir_all(dir)?;
                // Never committed by mistake: git ignores a folder that ignores itself.
                std::fs::write(dir.join(".gitignore"), "*\n")?;
                super::write_file(&tag, format!("{TAG_SIGNATURE}\n{TAG_TEXT}").as_bytes())
            };
            create().map_err(|e| format!("cannot create the cache folder {shown}: {e}"))?;
        }
        Ok(Cache {
            dir: dir.join(LAYOUT),
            limit,
            hits: AtomicUsize::new(0),
            stored: AtomicUsize::new(0),
        })
    }

    /// Whether `dir` (named `shown`) is a cache folder of Clause's (`true`), or a folder
    /// it may make one (`false`: new or empty); an error for any other. Writes nothing.
    pub fn check(dir: &Path, shown: &Path) -> Result<bool, String> {
        let shown = shown.display();
        let tag = std::fs::read_to_string(dir.join("CACHEDIR.TAG"));
        if tag.is_ok_and(|t| t.starts_with(TAG_SIGNATURE) && t.contains(TAG_TEXT)) {
            return Ok(true);
        }
        let empty = match std::fs::read_dir(dir) {
            Ok(mut entries) => entries.next().is_none(),
            Err(e) if e.kind() == io::ErrorKind::NotFound => true,
            Err(e) => return Err(format!("cannot open the cache folder {shown}: {e}")),
        };
        if !empty {
            return Err(format!(
                "{shown} is not a Clause cache folder (it has files and no CACHEDIR.TAG written by Clause); name a new or empty folder with --cache, or pass --no-cache"
            ));
        }
        Ok(false)
    }

    /// The record of sealed versions this binary parsed, in the cache folder `dir`, with
    /// `salt` (a hash of the binary and the configuration).
    pub fn parsed(dir: &Path, salt: &str) -> crate::content::version::Parsed {
        crate::content::version::Parsed {
            dir: dir.join(LAYOUT).join("parsed"),
            salt: salt.to_string(),
        }
    }

    fn key_path(&self, key: &str) -> PathBuf {
        self.dir.join("keys").join(&key[..2]).join(key)
    }

    fn blob_path(&self, sha256: &str) -> PathBuf {
        self.dir.join("blobs").join(&sha256[..2]).join(sha256)
    }

    /// Puts the file made for `key` at `dest` (a hard link to the cached bytes, or a copy)
    /// if the cache has it and its bytes still hash to what was stored; returns its SHA-256
    /// and size. A damaged entry is deleted.
    pub fn fetch(&self, key: &str, dest: &Path) -> Option<(String, u64)> {
        if !is_hash(key) {
            return None;
        }
        let key_file = self.key_path(key);
        let text = std::fs::read_to_string(&key_file).ok()?;
        let (sha256, size) = text.trim_end().split_once(' ')?;
        let size: u64 = size.parse().ok()?;
        if !is_hash(sha256) {
            return None;
        }
        let blob = self.blob_path(sha256);
        let bytes = std::fs::read(&blob).ok()?;
        if bytes.len() as u64 != size || sha256_hex(&bytes) != sha256 {
            let _ = std::fs::remove_file(&blob);
            let _ = std::fs::remove_file(&key_file);
            return None;
        }
        // The modification time of a key file is when a build last used it: trimming drops
        // the entries unused longest.
        let _ = std::fs::File::options()
            .write(true)
            .open(&key_file)
            .and_then(|f| f.set_modified(std::time::SystemTime::now()));
        // A trim of another build may delete the blob between the read and the link.
        if std::fs::hard_link(&blob, dest).is_err() {
            std::fs::write(dest, &bytes).ok()?;
        }
        self.hits.fetch_add(1, Ordering::Relaxed);
        Some((sha256.to_string(), size))
    }

    /// Records `file` (written whole, never to change, `size` bytes with SHA-256 `sha256`)
    /// as the file made for `key`: the blob is a hard link to it, so storing costs no copy.
    /// A cache that cannot take it is skipped: it only costs a later render.
    pub fn store(&self, key: &str, sha256: &str, size: u64, file: &Path) {
        if !is_hash(key) || !is_hash(sha256) {
            return;
        }
        let blob = self.blob_path(sha256);
        let linked = blob
            .parent()
            .map_or(Ok(()), std::fs::create_dir_all)
            .and_then(|()| std::fs::hard_link(file, &blob));
        // An existing blob of that name is kept: if it was damaged, reading it finds so.
        let blob_there = match linked {
            Ok(()) => true,
            Err(e) => e.kind() == io::ErrorKind::AlreadyExists,
        };
        let entry = format!("{sha256} {size}\n");
        if blob_there && put(&self.key_path(key), entry.as_bytes()).is_ok() {
            self.stored.fetch_add(1, Ordering::Relaxed);
        }
    }

    /// Says what this build did with the cache, trimming it first if this build stored
    /// anything (only storing makes it grow).
    pub fn finish(&self) -> Usage {
        if self.stored.load(Ordering::Relaxed) > 0 {
            return self.trim();
        }
        Usage {
            hits: self.hits.load(Ordering::Relaxed),
            ..Usage::default()
        }
    }

    /// Drops the entries unused longest until the cache is within its bound, and the
    /// temporary files killed builds left; says what this build did with the cache.
    pub fn trim(&self) -> Usage {
        let keys = entries(&self.dir.join("keys"));
        let blobs = entries(&self.dir.join("blobs"));
        let mut bytes: u64 = blobs.iter().map(|e| e.size).sum();
        let mut evicted = 0;
        if bytes > self.limit {
            // Oldest use first; a blob goes with the last key that names it.
            let mut keys: Vec<&Found> = keys.iter().collect();
            keys.sort_by_key(|e| (e.modified, e.path.clone()));
            let mut users = std::collections::HashMap::<String, usize>::new();
            let named: Vec<Option<String>> = keys.iter().map(|k| blob_of(&k.path)).collect();
            for sha in named.iter().flatten() {
                *users.entry(sha.clone()).or_default() += 1;
            }
            let size_of: std::collections::HashMap<&str, u64> = blobs
                .iter()
                .filter_map(|b| Some((b.path.file_name()?.to_str()?, b.size)))
                .collect();
            for (key, sha) in keys.iter().zip(&named) {
                if bytes <= self.limit {
                    break;
                }
                let _ = std::fs::remove_file(&key.path);
                evicted += 1;
                let Some(sha) = sha else { continue };
                let left = users.get_mut(sha).map(|n| {
                    *n -= 1;
                    *n
                });
                if left == Some(0) && std::fs::remove_file(self.blob_path(sha)).is_ok() {
                    bytes = bytes.saturating_sub(size_of.get(sha.as_str()).copied().unwrap_or(0));
                }
            }
        }
        Usage {
            hits: self.hits.load(Ordering::Relaxed),
            stored: self.stored.load(Ordering::Relaxed),
            evicted,
            bytes,
        }
    }
}

/// The SHA-256 of the file the cache folder `dir` holds for `key`, if it holds one (read
/// only: nothing is touched, and the blob is not hashed again).
pub fn known(dir: &Path, key: &str) -> Option<String> {
    if !is_hash(key) {
        return None;
    }
    let layout = dir.join(LAYOUT);
    let text = std::fs::read_to_string(layout.join("keys").join(&key[..2]).join(key)).ok()?;
    let sha256 = text.split(' ').next()?;
    let blob = layout.join("blobs").join(sha256.get(..2)?).join(sha256);
    (is_hash(sha256) && blob.is_file()).then(|| sha256.to_string())
}

/// Parses a size bound: bytes, or a number with K, M, G or T (powers of 1,024).
pub fn parse_limit(text: &str) -> Result<u64, String> {
    let text = text.trim();
    let (number, shift) = match text.char_indices().last() {
        Some((at, unit)) if unit.is_ascii_alphabetic() => {
            let shift = match unit.to_ascii_uppercase() {
                'K' => 10,
                'M' => 20,
                'G' => 30,
                'T' => 40,
                _ => return Err("expected a size: bytes, or a number with K, M, G or T".into()),
            };
            (&text[..at], shift)
        }
        _ => (text, 0),
    };
    number
        .parse::<u64>()
        .ok()
        .and_then(|n| n.checked_mul(1 << shift))
        .ok_or_else(|| "expected a size: bytes, or a number with K, M, G or T".into())
}

/// Lowercase hex SHA-256: what keys and blob names are (nothing else is read as one, so a
/// path can never be built from a file's contents).
fn is_hash(text: &str) -> bool {
    text.len() == 64 && text.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}

/// Writes a file of the cache whole or not at all: a temporary file beside it, then a
/// rename. No sync: an entry torn by a power cut fails to read (a key names no blob of its
/// size, a record is not JSON) and only costs a render or a parse.
pub(crate) fn put(path: &Path, bytes: &[u8]) -> io::Result<()> {
    use std::io::Write;
    let dir = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir)?;
    let mut file = tempfile::Builder::new()
        .prefix(&format!(".{}", super::TEMP_MARK))
        .tempfile_in(dir)?;
    super::platform::default_permissions(file.as_file())?;
    file.write_all(bytes)?;
    file.persist(path).map_err(|e| e.error)?;
    Ok(())
}

/// A file of the cache.
struct Found {
    path: PathBuf,
    size: u64,
    modified: std::time::SystemTime,
}

/// The entries under `dir` (two levels: shard, then entry); deletes temporary files older
/// than [`STALE_TEMP`] on the way.
fn entries(dir: &Path) -> Vec<Found> {
    let mut found = Vec::new();
    let shards = std::fs::read_dir(dir).into_iter().flatten().flatten();
    for shard in shards.filter(|s| s.file_type().is_ok_and(|t| t.is_dir())) {
        for entry in std::fs::read_dir(shard.path())
            .into_iter()
            .flatten()
            .flatten()
        {
            let Ok(meta) = entry.metadata() else { continue };
            let modified = meta.modified().unwrap_or(std::time::UNIX_EPOCH);
            let name = entry.file_name().to_string_lossy().into_owned();
            if !is_hash(&name) {
                let old = modified.elapsed().is_ok_and(|age| age > STALE_TEMP);
                if name.starts_with(&format!(".{}", super::TEMP_MARK)) && old {
                    let _ = std::fs::remove_file(entry.path());
                }
                continue;
            }
            found.push(Found {
                path: entry.path(),
                size: meta.len(),
                modified,
            });
        }
    }
    found
}

/// The blob a key file names.
fn blob_of(key_file: &Path) -> Option<String> {
    let text = std::fs::read_to_string(key_file).ok()?;
    let sha = text.split(' ').next()?;
    is_hash(sha).then(|| sha.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    const KEY: &str = "aa00000000000000000000000000000000000000000000000000000000000000";

    #[test]
    fn a_stored_file_is_fetched_and_a_damaged_one_is_dropped() {
        let dir = tempfile::tempdir().unwrap();
        let cache =
            Cache::open(&dir.path().join("cache"), Path::new("cache"), DEFAULT_LIMIT).unwrap();
        let bytes = b"<p>sealed</p>";
        let sha = sha256_hex(bytes);
        std::fs::write(dir.path().join("a.html"), bytes).unwrap();
        cache.store(KEY, &sha, bytes.len() as u64, &dir.path().join("a.html"));
        let got = cache.fetch(KEY, &dir.path().join("b.html"));
        assert_eq!(got, Some((sha.clone(), bytes.len() as u64)));
        assert_eq!(std::fs::read(dir.path().join("b.html")).unwrap(), bytes);
        // Edited in place through the output's hard link: same size, other bytes.
        std::fs::write(dir.path().join("a.html"), b"<p>SEALED</p>").unwrap();
        assert_eq!(cache.fetch(KEY, &dir.path().join("c.html")), None);
        assert!(!dir.path().join("c.html").exists());
        assert!(
            !cache.blob_path(&sha).exists(),
            "the damaged blob is dropped"
        );
    }

    #[test]
    fn trimming_drops_the_entries_unused_longest() {
        let dir = tempfile::tempdir().unwrap();
        let cache = Cache::open(&dir.path().join("cache"), Path::new("cache"), 25).unwrap();
        for (i, text) in ["first file", "second one", "third file"]
            .iter()
            .enumerate()
        {
            let key = format!("{i:064}");
            let out = dir.path().join(format!("{i}.html"));
            let sha = sha256_hex(text.as_bytes());
            std::fs::write(&out, text).unwrap();
            cache.store(&key, &sha, text.len() as u64, &out);
            let when = std::time::UNIX_EPOCH + std::time::Duration::from_secs(1000 + i as u64);
            let f = std::fs::File::options()
                .write(true)
                .open(cache.key_path(&key))
                .unwrap();
            f.set_modified(when).unwrap();
        }
        let usage = cache.trim();
        assert_eq!((usage.evicted, usage.bytes), (1, 20));
        assert!(!cache.key_path(&format!("{:064}", 0)).exists());
        assert!(cache.key_path(&format!("{:064}", 1)).exists());
    }

    #[test]
    fn a_folder_of_other_files_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("notes.txt"), "mine").unwrap();
        let e = Cache::open(dir.path(), dir.path(), DEFAULT_LIMIT).unwrap_err();
        assert!(e.contains("is not a Clause cache folder"), "{e}");
        assert!(!dir.path().join("CACHEDIR.TAG").exists());
    }

    #[test]
    fn sizes_take_units() {
        assert_eq!(parse_limit("512"), Ok(512));
        assert_eq!(parse_limit("2G"), Ok(2 << 30));
        assert_eq!(parse_limit("500m"), Ok(500 << 20));
        assert!(parse_limit("lots").is_err());
    }
}
