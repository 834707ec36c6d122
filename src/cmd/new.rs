//! `clause new <policy>`: a second (or first) policy in an existing site, from the same
//! starter as `clause init`. It never overwrites anything.

use super::{EXIT_CONTENT, EXIT_OK, usage_error};
use crate::content::ids;
use clap::Args;
use std::path::{Path, PathBuf};

/// Options of `new`.
#[derive(Debug, Args)]
pub struct NewArgs {
    /// The new policy's id: its folder under content/ and its part of every URL.
    pub policy: String,
    /// The policy's title (default: Privacy Policy).
    #[arg(long, default_value = "Privacy Policy")]
    pub title: String,
    /// The site root, where clause.yaml is (default: the nearest folder with one).
    #[arg(long, default_value = ".")]
    pub root: PathBuf,
}

pub fn run(args: NewArgs) -> i32 {
    if let Some(why) = id_problem(&args.policy) {
        return usage_error(&format!("`{}` cannot be a policy id: {why}", args.policy));
    }
    if !args.root.join(crate::config::CONFIG_FILE).is_file() {
        return usage_error(&format!(
            "no clause.yaml in {} or any folder above it; `clause init` creates a site, `clause new` adds a policy to one",
            args.root.display()
        ));
    }
    let _lock = match super::lock_site(&args.root) {
        Ok(lock) => lock,
        Err(code) => return code,
    };
    let folder = args.root.join("content").join(&args.policy);
    if folder.exists() {
        return usage_error(&format!(
            "{} already exists; `clause new` never overwrites (choose another id)",
            folder.display()
        ));
    }
    let file = folder.join("policy.yaml");
    let text = super::init::STARTER_POLICY.replacen(
        "title: Privacy Policy",
        &format!("title: {}", yaml_string(&args.title)),
        1,
    );
    let made = place_folder(&args.root, &folder, text.as_bytes());
    if let Err(e) = made {
        return super::fail(
            EXIT_CONTENT,
            &format!("cannot create {}: {e}", file.display()),
        );
    }
    crate::say!(
        "Created {}: a starter policy to fill in (every field is described in Clause's docs/content-format.md).\n\
         Next: preview it with `clause serve`; publish it with `clause release {}`",
        file.display(),
        args.policy
    );
    EXIT_OK
}

/// Where a new policy folder is made before it is moved into content/: beside it in the
/// site root, which nothing reads, so a killed `new` leaves no half policy among the
/// policies. The next `new` removes what a kill left.
const STAGING_PREFIX: &str = ".clause-new-";

/// Makes `folder` with its policy.yaml in one step: written in a staging folder, then
/// renamed into place.
fn place_folder(root: &Path, folder: &Path, policy: &[u8]) -> std::io::Result<()> {
    if let Ok(entries) = std::fs::read_dir(root) {
        for entry in entries.filter_map(Result::ok) {
            if entry
                .file_name()
                .to_string_lossy()
                .starts_with(STAGING_PREFIX)
            {
                let _ = std::fs::remove_dir_all(entry.path());
            }
        }
    }
    std::fs::create_dir_all(root.join(crate::content::CONTENT_DIR))?;
    let staging = tempfile::Builder::new()
        .prefix(STAGING_PREFIX)
        .tempdir_in(root)?;
    crate::output::create_file(&staging.path().join("policy.yaml"), policy)?;
    let staged = staging.keep();
    std::fs::rename(&staged, folder).inspect_err(|_| {
        let _ = std::fs::remove_dir_all(&staged);
    })
}

/// Why `id` cannot name a policy folder, if it cannot.
fn id_problem(id: &str) -> Option<&'static str> {
    if !ids::is_slug(id) {
        Some(ids::SLUG_RULE)
    } else if ids::reserved_on_windows(id) {
        Some(ids::WINDOWS_RULE)
    } else {
        None
    }
}

/// A title as a YAML value: JSON's quoting is valid YAML and keeps `: ` or `#` literal.
fn yaml_string(text: &str) -> String {
    serde_json::to_string(text).unwrap_or_default()
}
