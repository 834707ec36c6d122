//! What differs between Unix and other systems (Windows): file modes, the atomic swap of
//! two folders, inode stamps, symbolic links and the machine's name. Everything else in
//! the output module is portable; Unix gets the stronger guarantee where one exists.

use std::io;
use std::path::Path;

/// Gives a freshly written file the permissions of the file it replaces, else those of any
/// other site file (0644 on Unix): temporary files start private.
pub fn like_site_file(file: &std::fs::File, replaces: &Path) -> io::Result<()> {
    match std::fs::metadata(replaces) {
        Ok(m) => file.set_permissions(m.permissions()),
        Err(_) => default_permissions(file),
    }
}

/// Gives a new file the permissions of any other site file.
#[cfg(unix)]
pub fn default_permissions(file: &std::fs::File) -> io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    file.set_permissions(std::fs::Permissions::from_mode(0o644))
}

/// Elsewhere a new file already has the ordinary permissions.
#[cfg(not(unix))]
pub fn default_permissions(_file: &std::fs::File) -> io::Result<()> {
    Ok(())
}

/// What identifies one version of a file on disk: its inode and modification time in
/// nanoseconds on Unix; elsewhere the modification time alone (no stable inode number).
pub fn identity(meta: &std::fs::Metadata) -> (u64, i128) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let nanos = i128::from(meta.mtime()) * 1_000_000_000 + i128::from(meta.mtime_nsec());
        (meta.ino(), nanos)
    }
    #[cfg(not(unix))]
    {
        let nanos = meta
            .modified()
            .ok()
            .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
            .map_or(0, |d| d.as_nanos() as i128);
        (0, nanos)
    }
}

/// Swaps two folders in one step where the system can (Linux's RENAME_EXCHANGE); `false`
/// where it cannot, and the caller moves them one after the other.
#[cfg(unix)]
pub fn exchange(a: &Path, b: &Path) -> bool {
    use rustix::fs::{CWD, RenameFlags, renameat_with};
    renameat_with(CWD, a, CWD, b, RenameFlags::EXCHANGE).is_ok()
}

/// No atomic exchange here: the caller moves the folders one after the other.
#[cfg(not(unix))]
pub fn exchange(_a: &Path, _b: &Path) -> bool {
    false
}

/// Copies a symbolic link as a link.
#[cfg(unix)]
pub fn copy_link(from: &Path, to: &Path) -> io::Result<()> {
    std::os::unix::fs::symlink(std::fs::read_link(from)?, to)
}

/// Making links needs a privilege on Windows: copy what the link points at instead.
#[cfg(not(unix))]
pub fn copy_link(from: &Path, to: &Path) -> io::Result<()> {
    std::fs::copy(from, to).map(|_| ())
}

/// This machine's host name, if it has one (for the addresses `serve` prints).
pub fn host_name() -> Option<String> {
    #[cfg(unix)]
    let name = rustix::system::uname()
        .nodename()
        .to_string_lossy()
        .into_owned();
    #[cfg(not(unix))]
    let name = std::env::var("COMPUTERNAME").unwrap_or_default();
    (!name.is_empty() && name != "localhost").then_some(name)
}
