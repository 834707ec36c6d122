//! Which folders a build may replace. Building swaps the whole output folder, so a folder
//! that holds the site's sources, a home folder, or files of someone else's is refused.

use std::path::{Component, Path, PathBuf};

/// The output folder with every symbolic link resolved, as an absolute path. A `public` that
/// links to a web root therefore builds into that web root, and the staging folder is made
/// beside the real folder so that the final rename stays on one file system.
pub fn resolve(target: &Path) -> std::io::Result<PathBuf> {
    let absolute = if target.is_absolute() {
        target.to_path_buf()
    } else {
        std::env::current_dir()?.join(target)
    };
    let mut out = PathBuf::new();
    for part in absolute.components() {
        match part {
            Component::ParentDir => {
                out.pop();
            }
            Component::CurDir => {}
            other => {
                out.push(other);
                out = follow(out);
            }
        }
    }
    Ok(out)
}

/// `path` with links resolved: what exists is canonicalised; a link to a folder that does
/// not exist yet (a `public` that links to a web root not made yet) is followed by hand.
fn follow(mut path: PathBuf) -> PathBuf {
    for _ in 0..40 {
        if let Ok(real) = path.canonicalize() {
            return real;
        }
        let Ok(link) = std::fs::read_link(&path) else {
            return path;
        };
        let parent = path.parent().map(Path::to_path_buf).unwrap_or_default();
        path = parent.join(link);
        if let (Some(dir), Some(name)) = (path.parent(), path.file_name())
            && let Ok(dir) = dir.canonicalize()
        {
            path = dir.join(name);
        }
    }
    path
}

/// Why the build must not replace `target` (already [`resolve`]d), or `None` when it may.
/// `shown` is how the user wrote it. Folders of the site's sources and home folders are
/// refused always; an existing folder that Clause did not build is refused unless `force`.
pub fn refusal(root: &Path, target: &Path, shown: &str, force: bool) -> Option<String> {
    let root = root.canonicalize().unwrap_or_else(|_| root.to_path_buf());
    let refuse = |why: &str| {
        Some(format!(
            "refusing to build into {shown}: {why}. A build replaces its whole output folder; choose a folder of its own, such as `public` (the default)"
        ))
    };
    if target.parent().is_none() {
        return refuse("it is the root of the file system");
    }
    if root.starts_with(target) {
        return refuse(if root == target {
            "it is the site's root folder"
        } else {
            "it contains the site"
        });
    }
    for source in ["content", "themes", "locales", "clause.yaml", "clause.lock"] {
        let path = root.join(source);
        if target.starts_with(&path) || path.starts_with(target) {
            return refuse(&format!("it is or holds the site's `{source}`"));
        }
    }
    for home in homes() {
        if home.starts_with(target) {
            return refuse("it is or contains a home folder");
        }
    }
    if force || !has_foreign_files(target) {
        return None;
    }
    Some(format!(
        "refusing to build into {shown}: it holds files that Clause did not build there (it has no {}). Choose an empty or new folder, or pass --force to build into it: Clause then replaces only the files it writes and keeps every other file",
        super::MANIFEST
    ))
}

/// Whether `dir` is a non-empty folder without a build manifest.
fn has_foreign_files(dir: &Path) -> bool {
    let Ok(mut entries) = std::fs::read_dir(dir) else {
        return false;
    };
    entries.next().is_some() && !dir.join(super::MANIFEST).is_file()
}

/// The user's home folder, as `HOME` names it, with links resolved.
fn homes() -> Vec<PathBuf> {
    std::env::var_os("HOME")
        .map(PathBuf::from)
        .filter(|h| h.is_absolute())
        .into_iter()
        .map(|h| h.canonicalize().unwrap_or(h))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(unix)]
    #[test]
    fn resolves_links_and_dots() {
        let dir = tempfile::tempdir().unwrap();
        let real = dir.path().canonicalize().unwrap();
        std::fs::create_dir(real.join("www")).unwrap();
        std::os::unix::fs::symlink(real.join("www"), real.join("public")).unwrap();
        assert_eq!(resolve(&real.join("public")).unwrap(), real.join("www"));
        assert_eq!(
            resolve(&real.join("public/../new/./x")).unwrap(),
            real.join("new/x")
        );
    }

    #[test]
    fn sources_and_foreign_folders_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().canonicalize().unwrap();
        std::fs::create_dir_all(root.join("content/app/versions")).unwrap();
        let refused = |t: &str, force| refusal(&root, &resolve(&root.join(t)).unwrap(), t, force);
        assert!(
            refused(".", true)
                .unwrap()
                .contains("the site's root folder")
        );
        assert!(refused("..", true).unwrap().contains("contains the site"));
        assert!(
            refused("content/app/versions", true)
                .unwrap()
                .contains("`content`")
        );
        assert!(refused("themes", true).unwrap().contains("`themes`"));
        assert_eq!(refused("public", false), None);
        std::fs::create_dir(root.join("mine")).unwrap();
        std::fs::write(root.join("mine/notes.txt"), "x").unwrap();
        assert!(refused("mine", false).unwrap().contains("--force"));
        assert_eq!(refused("mine", true), None);
    }
}
