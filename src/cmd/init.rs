//! `clause init`: a new site that builds at once. It never overwrites anything.

use super::{EXIT_OK, usage_error};
use std::path::{Path, PathBuf};

/// The starter policy, also what `clause new` writes.
pub(super) const STARTER_POLICY: &str = include_str!("starter/policy.yaml");

const FILES: &[(&str, &str)] = &[
    ("clause.yaml", include_str!("starter/clause.yaml")),
    ("content/example/policy.yaml", STARTER_POLICY),
];

/// What a build writes is not source: the output and the render cache. Written only where
/// the folder has no .gitignore of its own (a repository keeps its own).
const GITIGNORE: (&str, &str) = (
    ".gitignore",
    "/public/\n/.clause-cache/\n/.public.clause-stamps.json\n",
);

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
    if let Some(outer) = site_around(&dir) {
        return usage_error(&format!(
            "{} is inside the site in {}; `clause new <policy>` adds a policy to it (or choose a folder outside it)",
            dir.display(),
            outer.display()
        ));
    }
    let gitignore = !dir.join(GITIGNORE.0).exists();
    for (path, text) in FILES.iter().chain(gitignore.then_some(&GITIGNORE)) {
        if let Err(e) = create(&dir.join(path), text) {
            return usage_error(&format!("cannot create {}: {e}", dir.join(path).display()));
        }
    }
    let (place, root) = if dir == Path::new(".") {
        ("the current folder".to_string(), String::new())
    } else {
        (
            dir.display().to_string(),
            format!(" --root {}", dir.display()),
        )
    };
    crate::say!(
        "Created a new site in {place}: clause.yaml and content/example/policy.yaml{}.\n\
         Next: preview it with `clause serve{root}`; when the policy is ready, publish it with `clause release` (see `clause release --help`)",
        if gitignore {
            ", with a .gitignore for the output"
        } else {
            ""
        }
    );
    EXIT_OK
}

/// The site a new one would be made inside, if any: a folder above `dir` with a
/// clause.yaml, whose commands would then read the new site's files as its own.
fn site_around(dir: &Path) -> Option<PathBuf> {
    let here = std::env::current_dir().ok()?;
    let parent = here.join(dir).parent()?.to_path_buf();
    let up = super::site_above(&parent)?;
    parent.join(up).canonicalize().ok()
}

fn create(path: &Path, text: &str) -> std::io::Result<()> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    crate::output::create_file(path, text.as_bytes())
}
