//! Content: the policy model, loading it from a site folder, and validating it.

pub mod blocks;
pub mod date;
pub mod duration;
pub mod fields;
pub mod ids;
pub mod library;
pub mod many;
pub mod model;
pub mod numbering;
pub mod permissions;
pub mod refs;
pub mod stated;
pub mod text;
pub mod texts;
pub mod translation;
mod validate;
pub mod version;

use crate::config::{self, Config};
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::yaml;
use model::Policy;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// The folder that holds one sub-folder per policy.
pub const CONTENT_DIR: &str = "content";
/// The draft's file name inside a policy folder.
pub const POLICY_FILE: &str = "policy.yaml";

/// One loaded and validated policy.
#[derive(Debug)]
pub struct LoadedPolicy {
    /// The policy id: its folder name.
    pub id: String,
    /// The draft file, relative to the site root, as shown in diagnostics.
    pub file: String,
    /// The parsed model.
    pub policy: Policy,
    /// Translations by locale (`<locale>.yaml` beside the draft).
    pub translations: BTreeMap<String, translation::Translation>,
    /// Released versions, oldest effective date first (shared with a draft loaded again
    /// by `serve`, see [`reload_draft`]).
    pub versions: Arc<Vec<version::Version>>,
    /// The draft with the library elements it includes written out (`None` when it
    /// includes none): what it is parsed from and what `clause release` freezes.
    pub resolved: Option<Arc<library::Resolved>>,
    /// The keys of the draft's texts that are the library's own (of elements it includes
    /// unchanged): their translations belong in `library/<locale>.yaml`.
    pub library_texts: std::collections::BTreeSet<String>,
}

/// A whole site: configuration and every policy, immutable once loaded (cheap to clone:
/// the policies are shared).
#[derive(Debug, Clone)]
pub struct Site {
    /// The site root folder.
    pub root: PathBuf,
    /// `clause.yaml`.
    pub config: Config,
    /// Policies, sorted by id.
    pub policies: Vec<Arc<LoadedPolicy>>,
    /// The site library (`library/`), if the site has one.
    pub library: Option<Arc<library::Library>>,
    /// Problems found in sealed versions parsed after loading (see
    /// [`load_site_lazily`]): none unless a version folder changed during the build.
    pub late: Arc<std::sync::Mutex<Diagnostics>>,
}

/// Loads `clause.yaml` and every policy under `content/`, reporting every problem found.
pub fn load_site(root: &Path, diagnostics: &mut Diagnostics) -> Option<Site> {
    load_site_lazily(root, None, diagnostics)
}

/// [`load_site`], leaving the sealed versions `lazy` knows to be parsed when first needed
/// (`clause build`; see [`version::Parsed`]).
pub fn load_site_lazily(
    root: &Path,
    lazy: Option<version::Lazy>,
    diagnostics: &mut Diagnostics,
) -> Option<Site> {
    diagnostics.set_root(root);
    // Before any file is read: nothing a link leads to outside the site is ever opened.
    let links = links_out(root);
    if !links.is_empty() {
        diagnostics.extend(links);
        return None;
    }
    let config = config::load(root, diagnostics);
    let rtl = config.as_ref().is_some_and(Config::default_rtl);
    let library = config
        .as_ref()
        .and_then(|c| library::load(root, c, rtl, diagnostics));
    let policies = load_policies(root, rtl, library.as_ref(), diagnostics);
    let config = Arc::new(config?);
    let late: Arc<std::sync::Mutex<Diagnostics>> = Default::default();
    // Policies load in parallel, each with its own diagnostics, merged in policy order.
    use rayon::prelude::*;
    let loaded: Vec<(LoadedPolicy, Diagnostics)> = policies
        .into_par_iter()
        .map(|mut p| {
            let mut found = Diagnostics::default();
            let dir = root.join(CONTENT_DIR).join(&p.id);
            let folder = format!("{CONTENT_DIR}/{}", p.id);
            load_draft_translations(&mut p, root, &config, library.as_ref(), &mut found);
            let lazy = lazy.map(|l| (l, p.id.as_str(), &late));
            let versions = version::load_all(&dir, &folder, &config, lazy, &mut found);
            p.versions = Arc::new(versions);
            (p, found)
        })
        .collect();
    let mut policies = Vec::with_capacity(loaded.len());
    for (p, found) in loaded {
        diagnostics.append(found);
        policies.push(Arc::new(p));
    }
    diagnostics.is_empty().then(|| Site {
        root: root.to_path_buf(),
        config: Arc::unwrap_or_clone(config),
        policies,
        library: library.map(Arc::new),
        late,
    })
}

fn load_policies(
    root: &Path,
    rtl: bool,
    library: Option<&library::Library>,
    diagnostics: &mut Diagnostics,
) -> Vec<LoadedPolicy> {
    let content = root.join(CONTENT_DIR);
    let entries = match std::fs::read_dir(&content) {
        Ok(entries) => entries,
        Err(_) => {
            diagnostics.push(
                Diagnostic::file(CONTENT_DIR, "no content folder found").expected(format!(
                    "a `{CONTENT_DIR}/` folder with one sub-folder per policy"
                )),
            );
            return Vec::new();
        }
    };
    let mut dirs: Vec<(String, PathBuf)> = entries
        .filter_map(Result::ok)
        .filter(|e| {
            e.file_type()
                .map(|t| t.is_dir() || t.is_symlink())
                .unwrap_or(false)
        })
        .map(|e| (e.file_name().to_string_lossy().into_owned(), e.path()))
        .collect();
    dirs.sort();
    if dirs.is_empty() {
        diagnostics.push(
            Diagnostic::file(CONTENT_DIR, "no policies found").expected(format!(
                "at least one folder `{CONTENT_DIR}/<policy>/` with a `{POLICY_FILE}`"
            )),
        );
    }
    use rayon::prelude::*;
    let loaded: Vec<(Option<LoadedPolicy>, Diagnostics)> = dirs
        .par_iter()
        .map(|(name, dir)| {
            let mut found = Diagnostics::default();
            (load_policy(name, dir, rtl, library, &mut found), found)
        })
        .collect();
    let mut policies = Vec::new();
    for (policy, found) in loaded {
        diagnostics.append(found);
        policies.extend(policy);
    }
    policies
}

fn load_policy(
    name: &str,
    dir: &Path,
    rtl: bool,
    library: Option<&library::Library>,
    diagnostics: &mut Diagnostics,
) -> Option<LoadedPolicy> {
    let folder = format!("{CONTENT_DIR}/{name}");
    if !ids::is_slug(name) {
        diagnostics.push(
            Diagnostic::file(&folder, "invalid policy folder name")
                .found(format!("`{name}`"))
                .expected(ids::SLUG_RULE),
        );
        return None;
    }
    if ids::reserved_on_windows(name) {
        diagnostics.push(
            Diagnostic::file(&folder, "policy folder name is a device name on Windows")
                .found(format!("`{name}`"))
                .expected(ids::WINDOWS_RULE),
        );
        return None;
    }
    let file = format!("{folder}/{POLICY_FILE}");
    let path = dir.join(POLICY_FILE);
    if !path.is_file() {
        diagnostics.push(
            Diagnostic::file(&folder, format!("policy folder has no `{POLICY_FILE}`"))
                .expected(format!("a `{POLICY_FILE}` with the policy's draft")),
        );
        return None;
    }
    let text = yaml::read_text(&path, &file)
        .map_err(|d| diagnostics.push(d))
        .ok()?;
    let resolved = library::resolve(&file, &text, library)
        .map_err(|problems| diagnostics.extend(problems))
        .ok()?
        .map(Arc::new);
    if let Some(r) = &resolved {
        diagnostics.follow(Arc::clone(&r.origins));
    }
    let read = resolved.as_ref().map_or(text.as_str(), |r| r.text.as_str());
    let policy = policy_from_text_in(&file, read, rtl)
        .map_err(|problems| diagnostics.extend(problems))
        .ok()?;
    Some(LoadedPolicy {
        id: name.to_string(),
        file,
        policy,
        translations: BTreeMap::new(),
        versions: Default::default(),
        resolved,
        library_texts: Default::default(),
    })
}

/// The draft's translations, and the library's where the draft has its texts.
fn load_draft_translations(
    p: &mut LoadedPolicy,
    root: &Path,
    config: &Config,
    library: Option<&library::Library>,
    diagnostics: &mut Diagnostics,
) {
    let dir = root.join(CONTENT_DIR).join(&p.id);
    let folder = format!("{CONTENT_DIR}/{}", p.id);
    p.translations = translation::load_all(&dir, &folder, &p.policy, config, diagnostics);
    if let Some(library) = library {
        p.library_texts = library.serve(&mut p.translations, &p.policy, &folder);
    }
}

/// `site` with the draft of policy `id` (its `policy.yaml` and translations) read again and
/// its released versions kept as they were loaded: what `serve` does after an edit to one
/// draft. `None` when the draft has problems (they are in `diagnostics`) or the policy is
/// not in the site.
pub fn reload_draft(site: &Site, id: &str, diagnostics: &mut Diagnostics) -> Option<Site> {
    diagnostics.set_root(&site.root);
    let at = site.policies.iter().position(|p| p.id == id)?;
    let dir = site.root.join(CONTENT_DIR).join(id);
    let rtl = site.config.default_rtl();
    let library = site.library.as_deref();
    let mut found = Diagnostics::default();
    let mut p = load_policy(id, &dir, rtl, library, &mut found);
    if let Some(p) = &mut p {
        load_draft_translations(p, &site.root, &site.config, library, &mut found);
        p.versions = Arc::clone(&site.policies[at].versions);
    }
    let empty = found.is_empty();
    diagnostics.append(found);
    let p = p.filter(|_| empty)?;
    let mut next = site.clone();
    next.policies[at] = Arc::new(p);
    Some(next)
}

/// Problems found in the loaded site point back at where their text was written (a draft's
/// includes came from the library), and their snippets are read from the site's files.
pub fn follow(site: &Site, diagnostics: &mut Diagnostics) {
    diagnostics.set_root(&site.root);
    for p in &site.policies {
        if let Some(r) = &p.resolved {
            diagnostics.follow(Arc::clone(&r.origins));
        }
    }
}

/// Reads, parses and validates the `policy.yaml` of a released version (its includes were
/// written out when it was released), whose text is right-to-left if `rtl`.
fn parse_policy(
    path: &Path,
    file: &str,
    rtl: bool,
    diagnostics: &mut Diagnostics,
) -> Option<Policy> {
    let text = yaml::read_text(path, file)
        .map_err(|d| diagnostics.push(d))
        .ok()?;
    policy_from_text_in(file, &text, rtl)
        .map_err(|problems| diagnostics.extend(problems))
        .ok()
}

/// Parses and validates the text of one `policy.yaml`; `file` names it in diagnostics.
pub fn policy_from_text(file: &str, text: &str) -> Result<Policy, Vec<Diagnostic>> {
    policy_from_text_in(file, text, false)
}

/// [`policy_from_text`] for a site whose default locale is right-to-left when `rtl`.
pub fn policy_from_text_in(file: &str, text: &str, rtl: bool) -> Result<Policy, Vec<Diagnostic>> {
    let mut policy: Policy = yaml::parse_in(file, text, rtl).map_err(|d| vec![d])?;
    let mut problems = validate::policy(file, &mut policy);
    problems.extend(validate::section_links(file, text, &policy));
    problems.extend(validate::translate_keys(file, text, &policy));
    problems.extend(blocks::check(file, text, &policy));
    problems.extend(permissions::check(file, text, &policy));
    if problems.is_empty() {
        Ok(policy)
    } else {
        Err(problems)
    }
}

/// The site's own files and the folders Clause reads; a link among them must stay inside.
pub const SOURCES: &[&str] = &[
    config::CONFIG_FILE,
    crate::versions::lock::LOCK_FILE,
    CONTENT_DIR,
    library::LIBRARY_DIR,
    "locales",
    "themes",
];

/// Every symbolic link among the site's sources that leads outside the site (or nowhere),
/// as a diagnostic naming the link; the links are not followed. Folders that cannot be read
/// are passed over here: whatever needs a file in them reports that it cannot read it.
pub fn links_out(root: &Path) -> Vec<Diagnostic> {
    let Ok(real_root) = root.canonicalize() else {
        return Vec::new();
    };
    let mut found = Vec::new();
    for source in SOURCES {
        let walk = walkdir::WalkDir::new(root.join(source)).sort_by_file_name();
        for entry in walk.into_iter().filter_map(Result::ok) {
            if !entry.path_is_symlink() {
                continue;
            }
            let shown = entry
                .path()
                .strip_prefix(root)
                .unwrap_or(entry.path())
                .to_string_lossy()
                .into_owned();
            let problem = match entry.path().canonicalize() {
                Ok(real) if real.starts_with(&real_root) => continue,
                Ok(_) => "symbolic link leads outside the site",
                Err(_) => "symbolic link leads to nothing",
            };
            let target = std::fs::read_link(entry.path()).unwrap_or_default();
            found.push(
                Diagnostic::file(&shown, problem)
                    .found(format!("a link to `{}`", target.display()))
                    .expected(
                        "a file or folder inside the site (Clause never follows a link out of it)",
                    ),
            );
        }
    }
    found
}

/// Whether `path`, with links resolved, stays inside `root`.
pub(crate) fn inside(root: &Path, path: &Path) -> bool {
    match (root.canonicalize(), path.canonicalize()) {
        (Ok(root), Ok(path)) => path.starts_with(root),
        _ => false,
    }
}
