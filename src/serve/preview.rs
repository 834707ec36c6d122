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

/// The preview's state. Cheap to clone (the output and the loaded site are shared), so a
/// rebuild can work on a copy while requests keep reading the current one.
#[derive(Clone)]
pub struct Preview {
    root: PathBuf,
    options: Options,
    /// The last good full build.
    pub output: std::sync::Arc<Output>,
    /// Draft pages rendered again since, which replace the full build's.
    overlay: std::sync::Arc<Output>,
    /// The site as loaded for the last good build: an edit to one draft reads that draft
    /// again and keeps the rest.
    loaded: Option<std::sync::Arc<build::Loaded>>,
    /// The current error, if the last rebuild failed.
    pub error: Option<String>,
    /// The base path of the site (`/` or `/privacy/`).
    pub base_path: String,
    generation: u64,
    scope: String,
}

impl std::fmt::Debug for Preview {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Preview")
            .field("root", &self.root)
            .field("files", &self.output.files.len())
            .field("overlay", &self.overlay.files.len())
            .field("error", &self.error)
            .field("generation", &self.generation)
            .finish()
    }
}

impl Preview {
    /// Builds the site once. A failing first build still gives a preview: empty, with the error.
    pub fn new(root: &Path, options: Options) -> Preview {
        let mut preview = Preview::empty(root, options);
        preview.rebuild(&[]);
        preview
    }

    /// A preview with nothing built yet (pages say "Building…"), that knows the site's base
    /// path if its clause.yaml can be read.
    pub fn empty(root: &Path, options: Options) -> Preview {
        let mut quiet = Diagnostics::default();
        let base_path = match &options.base_url {
            Some(base) => base.path().to_string(),
            None => crate::config::load(root, &mut quiet)
                .map(|c| c.base_path)
                .unwrap_or_else(|| "/".into()),
        };
        Preview {
            // Watch events carry canonical paths; compare like with like.
            root: root.canonicalize().unwrap_or_else(|_| root.to_path_buf()),
            options,
            output: Default::default(),
            overlay: Default::default(),
            loaded: None,
            error: None,
            base_path,
            generation: 0,
            scope: String::new(),
        }
    }

    /// What the last good build holds, in one line: `serve` prints it after its first
    /// build, as `build` prints its summary.
    pub fn summary(&self) -> Option<String> {
        let loaded = self.loaded.as_ref()?;
        let site = &loaded.site;
        let count =
            |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
        Some(format!(
            "Built {} ({}{}) of {} in {}",
            count(self.output.page_count(), "page", "pages"),
            count(self.output.files.len(), "file", "files"),
            if self.options.drafts {
                ", drafts included"
            } else {
                ""
            },
            count(site.policies.len(), "policy", "policies"),
            count(site.config.locales.len(), "locale", "locales"),
        ))
    }

    /// The file of the current build at `path` (an output key).
    pub fn file(&self, path: &str) -> Option<&Vec<u8>> {
        self.overlay
            .files
            .get(path)
            .or_else(|| self.output.files.get(path))
    }

    /// Every file of the current build: the last full build with the draft pages
    /// rendered since.
    pub fn merged(&self) -> Output {
        let mut all = (*self.output).clone();
        all.files.extend(
            self.overlay
                .files
                .iter()
                .map(|(p, b)| (p.clone(), b.clone())),
        );
        all
    }

    /// Rebuilds after `changed` files (all of them, if empty) and says what changed.
    pub fn rebuild(&mut self, changed: &[PathBuf]) -> Update {
        let scope_policy = self.draft_scope(changed);
        self.generation += 1;
        self.scope = scope_policy.clone().unwrap_or_else(|| "all".into());
        let loaded = self
            .loaded
            .clone()
            .filter(|_| !self.output.files.is_empty());
        if let (Some(policy), Some(loaded)) = (&scope_policy, loaded) {
            if let Some(update) = self.rebuild_draft(policy, &loaded) {
                return update;
            }
            // A draft that is no longer there: build everything.
            self.scope = "all".into();
        }
        self.rebuild_all()
    }

    /// Loads and renders the whole site again.
    fn rebuild_all(&mut self) -> Update {
        let mut diagnostics = Diagnostics::default();
        let built = build::load(&self.root, self.options.clone(), &mut diagnostics).and_then(
            |mut loaded| {
                // PDF records are made by `clause build`: the preview is for reading drafts
                // and stays fast (docs/records.md).
                loaded.pdf = None;
                let output = loaded.render_in_memory(Scope::All, &mut diagnostics)?;
                Some((loaded, output))
            },
        );
        let Some((loaded, output)) = built else {
            self.error = Some(diagnostics.render_text());
            return self.update(Vec::new());
        };
        self.base_path = loaded.site.config.base_path.clone();
        let mut paths = self.changed_paths(&output);
        let gone = self.output.files.keys().chain(self.overlay.files.keys());
        paths.extend(gone.filter(|p| !output.files.contains_key(*p)).cloned());
        self.output = std::sync::Arc::new(output);
        self.overlay = Default::default();
        self.loaded = Some(std::sync::Arc::new(loaded));
        self.error = None;
        let changed = urls(paths, &self.base_path);
        self.update(changed)
    }

    /// Reads the draft of `policy` again and renders only the pages that show it, keeping
    /// everything else from the last build. `None` when the policy is gone.
    fn rebuild_draft(&mut self, policy: &str, loaded: &build::Loaded) -> Option<Update> {
        let mut diagnostics = Diagnostics::default();
        let next = loaded.reload_draft(policy, &mut diagnostics);
        let scope = Scope::Draft { policy };
        let rendered = next.and_then(|n| Some((n.render_in_memory(scope, &mut diagnostics)?, n)));
        let Some((pages, next)) = rendered else {
            if diagnostics.is_empty() {
                return None;
            }
            self.error = Some(diagnostics.render_text());
            return Some(self.update(Vec::new()));
        };
        let paths = self.changed_paths(&pages);
        let mut overlay = (*self.overlay).clone();
        overlay.files.extend(pages.files);
        self.overlay = std::sync::Arc::new(overlay);
        self.loaded = Some(std::sync::Arc::new(next));
        self.error = None;
        Some(self.update(urls(paths, &self.base_path)))
    }

    /// The paths of `new`'s files whose bytes differ from the current build's.
    fn changed_paths(&self, new: &Output) -> Vec<String> {
        new.files
            .iter()
            .filter(|(p, b)| self.file(p) != Some(*b))
            .map(|(p, _)| p.clone())
            .collect()
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

/// The URL paths of changed output files (a page also by its folder).
fn urls(mut paths: Vec<String>, base: &str) -> Vec<String> {
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
