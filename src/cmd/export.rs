//! `clause export <policy>`: the app-store files of a policy, for an app's repository.

use super::diff::{find_policy, side};
use super::{EXIT_CONTENT, EXIT_OK, Format, report, usage_error};
use crate::diagnostics::Diagnostics;
use crate::labels::Labels;
use crate::render::stores::StoreFile;
use clap::{Args, ValueEnum};
use std::path::PathBuf;

/// Options of `export`.
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// The policy id.
    pub policy: String,
    /// Which store's files: Apple's (PrivacyInfo.xcprivacy, app-store-label.json), Google's
    /// (data-safety.csv), or all three.
    #[arg(long, value_enum, default_value_t = Store::All)]
    pub format: Store,
    /// A released version id, or `draft` for the working draft.
    #[arg(long = "from", default_value = "draft")]
    pub from: String,
    /// The folder to write into (created if missing).
    #[arg(long, default_value = ".")]
    pub out: PathBuf,
    /// Replace files that exist with other content.
    #[arg(long)]
    pub force: bool,
    /// The site root, where clause.yaml is.
    #[arg(long, default_value = ".")]
    pub root: PathBuf,
}

/// The stores `export` writes for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Store {
    /// PrivacyInfo.xcprivacy and app-store-label.json.
    Apple,
    /// data-safety.csv.
    Google,
    /// All three files.
    All,
}

impl Store {
    fn files(self) -> &'static [StoreFile] {
        match self {
            Store::Apple => &[StoreFile::PrivacyManifest, StoreFile::AppStoreLabel],
            Store::Google => &[StoreFile::DataSafety],
            Store::All => &StoreFile::ALL,
        }
    }
}

pub fn run(args: ExportArgs) -> i32 {
    let _lock = match super::lock_site(&args.root) {
        Ok(lock) => lock,
        Err(code) => return code,
    };
    let mut diagnostics = Diagnostics::default();
    let Some(site) = crate::content::load_site(&args.root, &mut diagnostics) else {
        report(&diagnostics, Format::Text);
        return EXIT_CONTENT;
    };
    let p = match find_policy(&site, &args.policy) {
        Ok(p) => p,
        Err(message) => return usage_error(&message),
    };
    let chosen = match side(p, &args.from) {
        Ok(s) => s,
        Err(message) => return usage_error(&message),
    };
    let labels = Labels::of(chosen.policy);
    let files: Vec<(PathBuf, Vec<u8>)> = args
        .format
        .files()
        .iter()
        .map(|f| (args.out.join(f.name()), f.render(&labels)))
        .collect();
    // Check every file before writing any, so a refusal leaves the folder as it was.
    for (path, bytes) in &files {
        if let Ok(old) = std::fs::read(path)
            && old != *bytes
            && !args.force
        {
            return usage_error(&format!(
                "{} exists with other content; pass --force to replace it",
                path.display()
            ));
        }
    }
    if let Err(e) = std::fs::create_dir_all(&args.out) {
        return usage_error(&format!("cannot create {}: {e}", args.out.display()));
    }
    for (path, bytes) in &files {
        let unchanged = std::fs::read(path).is_ok_and(|old| old == *bytes);
        if !unchanged && let Err(e) = crate::output::write_file(path, bytes) {
            return usage_error(&format!("cannot write {}: {e}", path.display()));
        }
        let state = if unchanged { "unchanged" } else { "written" };
        eprintln!("{} ({state})", path.display());
    }
    eprintln!(
        "Exported {} {} of `{}` ({}).",
        files.len(),
        if files.len() == 1 { "file" } else { "files" },
        p.id,
        chosen.id
    );
    EXIT_OK
}
