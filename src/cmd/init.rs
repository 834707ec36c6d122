//! `clause init`: a new site that builds at once. It never overwrites anything.

use super::{EXIT_OK, usage_error};
use std::io::Write;
use std::path::{Path, PathBuf};

const FILES: &[(&str, &str)] = &[
    ("clause.yaml", include_str!("starter/clause.yaml")),
    (
        "content/example/policy.yaml",
        include_str!("starter/policy.yaml"),
    ),
];

pub fn run(dir: PathBuf) -> i32 {
    // What a killed `init` left: its temporary files only (`.<name>.tmp-…`).
    for (path, _) in FILES {
        if let Some(parent) = dir.join(path).parent() {
            crate::output::remove_temp_files(parent);
        }
    }
    if let Some((path, _)) = FILES.iter().find(|(path, _)| dir.join(path).exists()) {
        return usage_error(&format!(
            "{} already exists; `clause init` never overwrites files (choose an empty folder)",
            dir.join(path).display()
        ));
    }
    for (path, text) in FILES {
        if let Err(e) = create(&dir.join(path), text) {
            return usage_error(&format!("cannot create {}: {e}", dir.join(path).display()));
        }
    }
    eprintln!(
        "Created a new site in {}. Next: preview the draft with `clause build --drafts --root {}`, publish it with `clause release`",
        dir.display(),
        dir.display()
    );
    EXIT_OK
}

/// Writes a new file whole or not at all: a temporary file beside it, hard-linked into
/// place (which fails if the file appeared meanwhile, so nothing is ever overwritten).
fn create(path: &Path, text: &str) -> std::io::Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir)?;
    let mut temp = tempfile::Builder::new()
        .prefix(&format!(
            ".{}{}",
            path.file_name().unwrap_or_default().to_string_lossy(),
            crate::output::TEMP_MARK
        ))
        .tempfile_in(dir)?;
    temp.write_all(text.as_bytes())?;
    temp.as_file().sync_all()?;
    crate::output::lock::crash_point("init:written");
    std::fs::set_permissions(
        temp.path(),
        std::os::unix::fs::PermissionsExt::from_mode(0o644),
    )?;
    std::fs::hard_link(temp.path(), path)
}
