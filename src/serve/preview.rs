//! The preview's state: the last good build in memory, the current error if any, and how one
//! batch of file changes turns into a rebuild and an update for open pages.

use crate::build::{self, Options, Scope};
use crate::content::CONTENT_DIR;
use crate::content::version::VERSIONS_DIR;
use crate::diagnostics::Diagnostics;
use crate::output::Output;
use serde::Serialize;
use std::path::{Path, PathBuf};

/// What open pages are told after a rebuild.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Update {
    /// Counts rebuilds, so clients can tell updates apart.
    pub generation: u64,
    /// URL paths whose bytes changed (`/en/app/`, `/en/app/index.html`, …).
    pub changed: Vec<String>,
    /// The diagnostics, as the terminal shows them, while the content is invalid.
    pub error: Option<String>,
    /// What was rebuilt: `all`, or the id of the one policy whose draft changed.
    pub scope: String,
}

/// The preview's state. Cheap to clone (the output is shared), so a rebuild can work on a
/// copy while requests keep reading the current one.
#[derive(Debug, Clone)]
pub struct Preview {
    root: PathBuf,
    options: Options,
    /// The last good build.
    pub output: std::sync::Arc<Output>,
    /// The current error, if the last rebuild failed.
    pub error: Option<String>,
    /// The base path of the site (`/` or `/privacy/`).
    pub base_path: String,
    generation: u64,
    scope: String,
}

impl Preview {
    /// Builds the site once. A failing first build still gives a preview: empty, with the error.
    pub fn new(root: &Path, options: Options) -> Preview {
        let mut preview = Preview {
            // Watch events carry canonical paths; compare like with like.
            root: root.canonicalize().unwrap_or_else(|_| root.to_path_buf()),
            options,
            output: Default::default(),
            error: None,
            base_path: "/".into(),
            generation: 0,
            scope: String::new(),
        };
        preview.rebuild(&[]);
        preview
    }

    /// Rebuilds after `changed` files (all of them, if empty) and says what changed.
    pub fn rebuild(&mut self, changed: &[PathBuf]) -> Update {
        let scope_policy = self.draft_scope(changed);
        let mut diagnostics = Diagnostics::default();
        let built = match (&scope_policy, self.output.files.is_empty()) {
            (Some(policy), false) => {
                let scope = Scope::Draft {
                    policy,
                    previous: &self.output,
                };
                build::build_scoped(&self.root, self.options, scope, &mut diagnostics)
            }
            _ => build::build_site(&self.root, self.options, &mut diagnostics),
        };
        self.generation += 1;
        self.scope = scope_policy.clone().unwrap_or_else(|| "all".into());
        let Some(built) = built else {
            if diagnostics.is_empty() {
                // A scoped build that could not find its policy: fall back to a full one.
                return self.rebuild(&[]);
            }
            self.error = Some(diagnostics.render_text());
            return self.update(Vec::new());
        };
        self.base_path = built.site.config.base_path.clone();
        let changed = changed_urls(&self.output, &built.output, &self.base_path);
        self.output = std::sync::Arc::new(built.output);
        self.error = None;
        self.update(changed)
    }

    fn update(&self, changed: Vec<String>) -> Update {
        Update {
            generation: self.generation,
            changed,
            error: self.error.clone(),
            scope: self.scope.clone(),
        }
    }

    /// The update a newly connected page needs: the current error, nothing changed.
    pub fn current(&self) -> Update {
        self.update(Vec::new())
    }

    /// The policy whose draft alone the changes touch, if that is all they touch: a
    /// `policy.yaml` or translation beside it, not its released versions.
    fn draft_scope(&self, changed: &[PathBuf]) -> Option<String> {
        if !self.options.drafts || self.error.is_some() {
            return None;
        }
        let content = self.root.join(CONTENT_DIR);
        let mut scope: Option<String> = None;
        for path in changed {
            let rel = path.strip_prefix(&content).ok()?;
            let parts: Vec<&str> = rel.iter().filter_map(|p| p.to_str()).collect();
            let [policy, file] = parts.as_slice() else {
                return None;
            };
            let is_text = file.ends_with(".yaml") && *file != VERSIONS_DIR;
            if !is_text || scope.as_deref().is_some_and(|s| s != *policy) {
                return None;
            }
            scope = Some(policy.to_string());
        }
        scope
    }
}

/// The URL paths of files added, removed or changed between two outputs.
fn changed_urls(old: &Output, new: &Output, base: &str) -> Vec<String> {
    let mut paths: Vec<&String> = new
        .files
        .iter()
        .filter(|(p, b)| old.files.get(*p) != Some(*b))
        .map(|(p, _)| p)
        .chain(old.files.keys().filter(|p| !new.files.contains_key(*p)))
        .collect();
    paths.sort();
    paths.dedup();
    let mut urls = Vec::new();
    for p in paths {
        urls.push(format!("{base}{p}"));
        if let Some(dir) = p.strip_suffix("index.html") {
            urls.push(format!("{base}{dir}"));
        }
    }
    urls
}
