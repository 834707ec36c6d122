//! `clause init`: a new site that builds at once. It never overwrites anything.

use super::{EXIT_OK, usage_error};
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

fn create(path: &Path, text: &str) -> std::io::Result<()> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    crate::output::create_file(path, text.as_bytes())
}
