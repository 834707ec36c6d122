//! One writer at a time: every command that writes holds an exclusive lock on the site's
//! folder (and a build on its output's parent folder too), so two commands never interleave
//! their writes. On Unix the lock is `flock` on the folder itself: no lock file is left
//! behind, and the kernel lets go of it when the process ends, however it ends (Windows
//! locks a `.clause-lock` file in the folder instead).

use std::path::{Path, PathBuf};

/// An exclusive lock on a folder, held until dropped.
#[derive(Debug)]
pub struct DirLock {
    _file: std::fs::File,
    /// The folder locked.
    pub dir: PathBuf,
}

impl DirLock {
    /// Locks `dir`, waiting (and saying so on stderr) while another command holds it. On a
    /// file system without `flock` (some network file systems) it says so and goes on
    /// unlocked: refusing to work there at all would be worse.
    pub fn acquire(dir: &Path) -> std::io::Result<DirLock> {
        let file = lock_file(dir)?;
        match file.try_lock() {
            Ok(()) => {}
            Err(std::fs::TryLockError::WouldBlock) => {
                eprintln!(
                    "Waiting for another clause command to finish writing in {}…",
                    dir.display()
                );
                file.lock()?;
            }
            Err(std::fs::TryLockError::Error(e)) if unsupported(&e) => {
                eprintln!(
                    "warning: {} cannot be locked (its file system has no flock); do not run two clause commands there at once",
                    dir.display()
                );
            }
            Err(std::fs::TryLockError::Error(e)) => return Err(e),
        }
        Ok(DirLock {
            _file: file,
            dir: dir.to_path_buf(),
        })
    }
}

/// What is locked: the folder itself on Unix, where `flock` takes a folder and nothing is
/// left behind.
#[cfg(unix)]
fn lock_file(dir: &Path) -> std::io::Result<std::fs::File> {
    std::fs::File::open(dir)
}

/// Windows locks only files: a `.clause-lock` file in the folder, made once and kept.
#[cfg(not(unix))]
fn lock_file(dir: &Path) -> std::io::Result<std::fs::File> {
    std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(dir.join(".clause-lock"))
}

/// File systems without locks (some network file systems) answer with one of these.
fn unsupported(e: &std::io::Error) -> bool {
    #[cfg(unix)]
    let codes = [libc::ENOLCK, libc::EOPNOTSUPP, libc::EINVAL];
    #[cfg(not(unix))]
    let codes: [i32; 0] = [];
    e.kind() == std::io::ErrorKind::Unsupported
        || e.raw_os_error().is_some_and(|c| codes.contains(&c))
}

/// In debug builds, ends the process at once, as a kill would, when `CLAUSE_CRASH_AT`
/// names this `point`: tests use it to stop a command between any two of its writes.
/// Release builds compile it to nothing.
pub fn crash_point(point: &str) {
    if cfg!(debug_assertions) && std::env::var("CLAUSE_CRASH_AT").is_ok_and(|p| p == point) {
        // No destructor runs, no buffer is flushed: what is on disk is what a kill leaves.
        std::process::abort();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_lock_waits_for_the_first() {
        let dir = tempfile::tempdir().unwrap();
        let first = DirLock::acquire(dir.path()).unwrap();
        let path = dir.path().to_path_buf();
        let (tx, rx) = std::sync::mpsc::channel();
        let waiter = std::thread::spawn(move || {
            let _second = DirLock::acquire(&path).unwrap();
            tx.send(()).unwrap();
        });
        assert!(
            rx.recv_timeout(std::time::Duration::from_millis(200))
                .is_err()
        );
        drop(first);
        rx.recv_timeout(std::time::Duration::from_secs(5)).unwrap();
        waiter.join().unwrap();
    }
}
