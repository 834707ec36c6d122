//! `clause export <policy>`: the app-store files of a policy, for an app's repository.

use super::diff::{find_policy, side};
use super::{EXIT_CONTENT, EXIT_OK, Format, report, usage_error};
use crate::content::model::Policy;
use crate::diagnostics::{Diagnostic, Diagnostics, Pos};
use crate::labels::Gap;
use crate::labels::Labels;
use crate::render::stores::StoreFile;
use crate::render::stores::Withheld;
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

/// The gaps of the withheld files, each once with every fact any file needs, and the
/// files that need them (`PrivacyInfo.xcprivacy, data-safety.csv`).
fn by_gap(withheld: &[Withheld]) -> Vec<(Gap, String)> {
    let mut out: Vec<(Gap, Vec<&str>)> = Vec::new();
    for w in withheld {
        for gap in &w.unstated {
            match out
                .iter_mut()
                .find(|(g, _)| g.purpose == gap.purpose && g.id == gap.id)
            {
                Some((g, files)) => {
                    for fact in &gap.facts {
                        if !g.facts.contains(fact) {
                            g.facts.push(fact);
                        }
                    }
                    files.push(w.file.name());
                }
                None => out.push((gap.clone(), vec![w.file.name()])),
            }
        }
    }
    out.into_iter().map(|(g, f)| (g, f.join(", "))).collect()
}

/// How a fact is stated, for error messages.
fn how_to_state(fact: &str) -> String {
    match fact {
        "store_types" => "`store_types: [...]` (or items whose ids the stores know)".into(),
        "purposes" => "`purposes: [...]`".into(),
        "kind" => "`kind: app-functionality` (or another kind)".into(),
        _ => format!("`{fact}: true|false`"),
    }
}

/// Where the category or purpose of `gap` is written.
fn position(policy: &Policy, gap: &Gap) -> Option<Pos> {
    let id = if gap.purpose {
        policy
            .purposes
            .iter()
            .map(|p| &p.id)
            .find(|id| id.value == gap.id)
    } else {
        policy
            .data_categories
            .iter()
            .map(|c| &c.id)
            .find(|id| id.value == gap.id)
    };
    id.map(|id| Pos::from_location(&id.referenced))
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
    let labels = Labels::of(chosen.policy());
    let withheld: Vec<_> = crate::render::stores::withheld(&labels)
        .into_iter()
        .filter(|w| args.format.files().contains(&w.file))
        .collect();
    if !withheld.is_empty() {
        let file = match p.versions.iter().find(|v| v.id == chosen.id) {
            Some(v) => format!("{}/policy.yaml", v.folder),
            None => p.file.clone(),
        };
        // With one store's facts stated, that store's files can still be exported.
        let writable = crate::render::stores::written(&labels);
        let instead = match (args.format, writable.first().map(|f| f.store())) {
            (Store::All, Some(crate::labels::Store::Apple)) => "; or `--format apple`",
            (Store::All, Some(crate::labels::Store::Google)) => "; or `--format google`",
            _ => "",
        };
        let mut diagnostics = Diagnostics::default();
        crate::content::follow(&site, &mut diagnostics);
        if let Ok(text) = std::fs::read_to_string(args.root.join(&file)) {
            diagnostics.add_source(&file, &text);
        }
        for (gap, files) in by_gap(&withheld) {
            let at = position(chosen.policy(), &gap);
            let what = if gap.purpose {
                "purpose"
            } else {
                "data category"
            };
            let fix: Vec<String> = gap.facts.iter().map(|f| how_to_state(f)).collect();
            let message = format!(
                "cannot export {files} of `{}` ({}): {what} `{}` does not state {}",
                p.id,
                chosen.id,
                gap.id,
                gap.facts.join(", ")
            );
            diagnostics.push(
                match at {
                    Some(pos) => Diagnostic::at(&file, pos, message),
                    None => Diagnostic::file(&file, message),
                }
                .expected(format!(
                    "{} on the {what} (docs/compliance.md says what each means){instead}",
                    fix.join(", ")
                )),
            );
        }
        report(&diagnostics, Format::Text);
        return EXIT_CONTENT;
    }
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
        crate::say!("{} ({state})", path.display());
    }
    crate::say!(
        "Exported {} {} of `{}` ({}).",
        files.len(),
        if files.len() == 1 { "file" } else { "files" },
        p.id,
        chosen.id
    );
    EXIT_OK
}
