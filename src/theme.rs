//! Themes: the built-in `default` theme, and a site's own `themes/<name>/` on top of it.

use crate::diagnostics::Diagnostic;
use std::collections::BTreeMap;
use std::path::Path;

/// The folder of a site's themes.
pub const THEMES_DIR: &str = "themes";

macro_rules! builtin {
    ($($name:literal),* $(,)?) => {
        &[$(($name, include_str!(concat!("../themes/default/", $name)))),*]
    };
}

/// The built-in default theme's files, compiled into the binary.
const DEFAULT_FILES: &[(&str, &str)] = builtin![
    "templates/base.html",
    "templates/index.html",
    "templates/policy.html",
    "templates/blocks.html",
    "templates/history.html",
    "templates/app-base.html",
    "templates/app.html",
    "templates/app-notice.html",
    "templates/pdf.html",
    "templates/pdf-cover.html",
    "templates/pdf-notice.html",
    "templates/app.css",
    "templates/notice.html",
    "templates/feed.xml",
    "templates/feed-entry.html",
    "templates/404.html",
    "templates/sitemap.xml",
    "static/clause.css",
    "static/favicon.svg",
];

/// A theme's templates and static files.
#[derive(Debug, Default)]
pub struct Theme {
    /// Template name → source.
    pub templates: BTreeMap<String, String>,
    /// Static file path (relative to the output root) → bytes.
    pub assets: BTreeMap<String, Vec<u8>>,
    /// Template name → the file it came from, as diagnostics show it.
    pub sources: BTreeMap<String, String>,
}

/// The default theme with the site's `themes/<name>/` overriding any file.
pub fn load(root: &Path, name: &str) -> Result<Theme, Vec<Diagnostic>> {
    let mut theme = Theme::default();
    for (path, text) in DEFAULT_FILES {
        theme.add(
            path,
            text.as_bytes().to_vec(),
            format!("{path} (built-in theme)"),
        );
    }
    let dir = root.join(THEMES_DIR).join(name);
    if !dir.is_dir() {
        if name == "default" {
            return Ok(theme);
        }
        return Err(vec![Diagnostic::file("clause.yaml", format!("theme `{name}` not found")).expected(format!(
            "a folder `{THEMES_DIR}/{name}/` with `templates/` and `static/`, or `theme: default`"
        ))]);
    }
    let mut problems = Vec::new();
    for entry in walkdir::WalkDir::new(&dir)
        .sort_by_file_name()
        .into_iter()
        .filter_map(Result::ok)
    {
        if !entry.file_type().is_file() {
            continue;
        }
        let Ok(rel) = entry.path().strip_prefix(&dir) else {
            continue;
        };
        let rel = rel.to_string_lossy().replace('\\', "/");
        match std::fs::read(entry.path()) {
            Ok(bytes) => theme.add(&rel, bytes, format!("{THEMES_DIR}/{name}/{rel}")),
            Err(e) => problems.push(Diagnostic::file(
                format!("{THEMES_DIR}/{name}/{rel}"),
                format!("cannot read file: {e}"),
            )),
        }
    }
    if problems.is_empty() {
        Ok(theme)
    } else {
        Err(problems)
    }
}

/// A theme's stylesheet for its own colours, fonts and spacing: linked after the default
/// stylesheet on web pages, and appended to the in-app views' inline CSS.
pub const THEME_CSS: &str = "static/theme.css";

impl Theme {
    /// The logo, if the theme has one.
    pub fn logo(&self) -> Option<&str> {
        ["static/logo.svg", "static/logo.png"]
            .into_iter()
            .find(|l| self.assets.contains_key(*l))
    }

    /// The theme's own CSS (empty when it has none).
    pub fn own_css(&self) -> String {
        self.assets
            .get(THEME_CSS)
            .map(|b| String::from_utf8_lossy(b).into_owned())
            .unwrap_or_default()
    }

    fn add(&mut self, path: &str, bytes: Vec<u8>, shown: String) {
        if let Some(name) = path.strip_prefix("templates/") {
            self.sources.insert(name.to_string(), shown);
            self.templates.insert(
                name.to_string(),
                String::from_utf8_lossy(&bytes).into_owned(),
            );
        } else if let Some(asset) = path.strip_prefix("static/") {
            self.assets.insert(format!("static/{asset}"), bytes);
        }
    }
}
