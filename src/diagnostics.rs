//! Diagnostics: what went wrong, where, what was found and what was expected.
//!
//! Every error a user can cause becomes a [`Diagnostic`]. A run collects all of them and
//! prints them together, as text with a source snippet or as JSON for CI annotations.

use serde::Serialize;
use std::collections::BTreeMap;
use std::fmt::Write as _;

/// A position in a source file, 1-based; line 0 means "the file as a whole".
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Pos {
    /// Line, from 1.
    pub line: usize,
    /// Column in characters, from 1.
    pub column: usize,
    /// How many characters to underline.
    #[serde(skip)]
    pub len: usize,
}

impl Pos {
    /// A position from serde-saphyr's location type.
    pub fn from_location(loc: &serde_saphyr::Location) -> Pos {
        Pos {
            line: loc.line() as usize,
            column: loc.column() as usize,
            len: loc.span().len() as usize,
        }
    }
}

/// One problem in the input.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    /// The file, relative to the site root, with `/` separators.
    pub file: String,
    /// Where in the file.
    #[serde(flatten)]
    pub pos: Pos,
    /// What is wrong.
    pub message: String,
    /// The offending value, as written.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub found: Option<String>,
    /// What would have been accepted.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expected: Option<String>,
}

impl Diagnostic {
    /// A diagnostic about a whole file (no line).
    pub fn file(file: impl Into<String>, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            file: file.into(),
            pos: Pos::default(),
            message: message.into(),
            found: None,
            expected: None,
        }
    }

    /// A diagnostic at a position.
    pub fn at(file: impl Into<String>, pos: Pos, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            pos,
            ..Diagnostic::file(file, message)
        }
    }

    /// Adds the offending value.
    pub fn found(mut self, found: impl Into<String>) -> Diagnostic {
        self.found = Some(found.into());
        self
    }

    /// Adds what was expected.
    pub fn expected(mut self, expected: impl Into<String>) -> Diagnostic {
        self.expected = Some(expected.into());
        self
    }
}

/// All diagnostics of a run, with the sources they point into.
#[derive(Debug, Default)]
pub struct Diagnostics {
    items: Vec<Diagnostic>,
    sources: BTreeMap<String, String>,
    root: Option<std::path::PathBuf>,
    /// Per draft that includes library elements: where each line of what was parsed was
    /// written.
    origins: BTreeMap<String, std::sync::Arc<crate::content::library::Origins>>,
}

impl Diagnostics {
    /// The folder that diagnostics' file names are relative to: snippets of files whose text
    /// was not added with [`Diagnostics::add_source`] are read from there when printed, so
    /// a build need not keep a copy of every file it read.
    pub fn set_root(&mut self, root: &std::path::Path) {
        self.root = Some(root.to_path_buf());
    }

    /// Moves `other`'s problems and sources into this one.
    pub fn append(&mut self, other: Diagnostics) {
        self.items.extend(other.items);
        self.sources.extend(other.sources);
        self.origins.extend(other.origins);
    }

    /// Points every problem in the file `origins` is of back at where its text was
    /// written, when the problems are listed.
    pub fn follow(&mut self, origins: std::sync::Arc<crate::content::library::Origins>) {
        self.origins.insert(origins.file().to_string(), origins);
    }

    /// Remembers a file's text so that snippets can be shown.
    pub fn add_source(&mut self, file: &str, text: &str) {
        self.sources.insert(file.to_string(), text.to_string());
    }

    /// Records a problem.
    pub fn push(&mut self, diagnostic: Diagnostic) {
        self.items.push(diagnostic);
    }

    /// Records many problems.
    pub fn extend(&mut self, diagnostics: impl IntoIterator<Item = Diagnostic>) {
        self.items.extend(diagnostics);
    }

    /// Whether nothing went wrong.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// How many problems there are.
    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// The problems, where their text was written, in file and position order.
    pub fn sorted(&self) -> Vec<Diagnostic> {
        let mut items: Vec<Diagnostic> = self
            .items
            .iter()
            .map(|d| match self.origins.get(&d.file) {
                Some(origins) => origins.remap(d.clone()),
                None => d.clone(),
            })
            .collect();
        items.sort_by(|a, b| (&a.file, a.pos).cmp(&(&b.file, b.pos)));
        items.dedup();
        items
    }

    /// Human-readable text with source snippets, as printed on stderr.
    pub fn render_text(&self) -> String {
        self.render_text_styled(Styles::plain())
    }

    /// The same text, coloured for a terminal when `colour` is set (`--color`).
    pub fn render_text_in(&self, colour: bool) -> String {
        self.render_text_styled(if colour {
            Styles::terminal()
        } else {
            Styles::plain()
        })
    }

    fn render_text_styled(&self, styles: Styles) -> String {
        let mut out = String::new();
        let sorted = self.sorted();
        for d in &sorted {
            let read = || {
                let root = self.root.as_ref()?;
                std::fs::read_to_string(root.join(&d.file)).ok()
            };
            let source = match self.sources.get(&d.file) {
                Some(text) => Some(std::borrow::Cow::Borrowed(text.as_str())),
                None if d.pos.line > 0 => read().map(std::borrow::Cow::Owned),
                None => None,
            };
            render_one(&mut out, d, source.as_deref(), &styles);
        }
        let n = sorted.len();
        let (on, off) = styles.error;
        let _ = writeln!(out, "{on}{n} {} found{off}", plural(n, "error", "errors"));
        out
    }

    /// GitHub Actions workflow commands, one `::error` line per diagnostic: the runner
    /// shows each as an annotation on its file and line (on the changed lines of a pull
    /// request). `prefix` is the site's folder within the repository (`""` or `site/`),
    /// since annotations name files from the repository's root.
    pub fn render_github(&self) -> String {
        let prefix = std::env::var("CLAUSE_ANNOTATION_PREFIX").unwrap_or_default();
        let mut out = String::new();
        for d in self.sorted() {
            let mut message = d.message.clone();
            if let Some(found) = &d.found {
                let _ = write!(message, "\nfound: {}", clip(found, FOUND_CHARS));
            }
            if let Some(expected) = &d.expected {
                let _ = write!(message, "\nexpected: {expected}");
            }
            let mut place = String::new();
            if !d.file.is_empty() {
                let file = format!("{prefix}{}", d.file);
                let _ = write!(place, " file={}", github_property(&file));
                if d.pos.line > 0 {
                    let _ = write!(place, ",line={},col={}", d.pos.line, d.pos.column);
                }
                place.push(',');
            } else {
                place.push(' ');
            }
            let _ = writeln!(out, "::error{place}title=clause::{}", github_data(&message));
        }
        out
    }

    /// A JSON document for CI: `{"errors": n, "diagnostics": [...]}`.
    pub fn render_json(&self) -> String {
        let sorted = self.sorted();
        let doc = serde_json::json!({ "errors": sorted.len(), "diagnostics": sorted });
        let mut text = serde_json::to_string_pretty(&doc).unwrap_or_default();
        text.push('\n');
        text
    }
}

/// A workflow command's message, escaped as the runner unescapes it.
fn github_data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// A workflow command's property value: its message escapes, and `:` and `,`.
fn github_property(text: &str) -> String {
    github_data(text).replace(':', "%3A").replace(',', "%2C")
}

fn plural<'a>(n: usize, one: &'a str, many: &'a str) -> &'a str {
    if n == 1 { one } else { many }
}

/// Escape sequences that start and end each kind of text: empty strings when plain. The
/// colours are rustc's and cargo's, which readers of these diagnostics already know.
struct Styles {
    error: (String, String),
    message: (String, String),
    gutter: (String, String),
}

impl Styles {
    fn plain() -> Styles {
        let none = || (String::new(), String::new());
        Styles {
            error: none(),
            message: none(),
            gutter: none(),
        }
    }

    fn terminal() -> Styles {
        use anstyle::{AnsiColor, Style};
        let pair = |s: Style| (s.render().to_string(), s.render_reset().to_string());
        Styles {
            error: pair(
                Style::new()
                    .bold()
                    .fg_color(Some(AnsiColor::BrightRed.into())),
            ),
            message: pair(Style::new().bold()),
            gutter: pair(
                Style::new()
                    .bold()
                    .fg_color(Some(AnsiColor::BrightBlue.into())),
            ),
        }
    }
}

fn render_one(out: &mut String, d: &Diagnostic, source: Option<&str>, styles: &Styles) {
    let ((e, e_), (m, m_), (g, g_)) = (&styles.error, &styles.message, &styles.gutter);
    let _ = writeln!(out, "{e}error{e_}{m}: {}{m_}", d.message);
    if d.pos.line == 0 {
        let _ = writeln!(out, "  {g}-->{g_} {}", d.file);
    } else {
        let _ = writeln!(
            out,
            "  {g}-->{g_} {}:{}:{}",
            d.file, d.pos.line, d.pos.column
        );
    }
    let line_text = source.and_then(|s| s.lines().nth(d.pos.line.wrapping_sub(1)));
    let gutter = " ".repeat(d.pos.line.to_string().len());
    if let Some(text) = line_text {
        // A 100 KB line is shown up to a little past the column, never whole.
        let text = clip(&text.replace('\t', " "), d.pos.column + SHOWN_CHARS);
        let pad = " ".repeat(d.pos.column.saturating_sub(1));
        let marks = "^".repeat(underline_len(&text, d.pos).min(SHOWN_CHARS));
        let label = d
            .found
            .as_deref()
            .map(|f| format!(" found {}", clip(f, FOUND_CHARS)))
            .unwrap_or_default();
        let _ = writeln!(out, "{g}{gutter} |{g_}");
        let _ = writeln!(out, "{g}{} |{g_} {}", d.pos.line, text.trim_end());
        let _ = writeln!(out, "{g}{gutter} |{g_} {pad}{e}{marks}{label}{e_}");
    } else if let Some(found) = &d.found {
        let _ = writeln!(out, "{g}{gutter} ={g_} found: {}", clip(found, FOUND_CHARS));
    }
    if let Some(expected) = &d.expected {
        let _ = writeln!(out, "{g}{gutter} ={g_} expected: {expected}");
    }
    out.push('\n');
}

/// How much of a long line a diagnostic shows past the column it points at.
const SHOWN_CHARS: usize = 80;
/// How much of what was found a diagnostic shows (a 100 KB value is not repeated whole).
const FOUND_CHARS: usize = 160;

/// `text` cut to `max` characters, with `…` where it was cut.
fn clip(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some((at, _)) => format!("{}…", &text[..at]),
        None => text.to_string(),
    }
}

/// Underline the reported span, or the rest of the token when the span is empty.
fn underline_len(line: &str, pos: Pos) -> usize {
    let rest: Vec<char> = line.chars().skip(pos.column.saturating_sub(1)).collect();
    let available = rest.len().max(1);
    if pos.len > 0 {
        return pos.len.min(available);
    }
    let token = rest.iter().take_while(|c| !c.is_whitespace()).count();
    token.clamp(1, available)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_snippet_with_found_and_expected() {
        let mut all = Diagnostics::default();
        all.add_source("a.yaml", "one: 1\nkind: delta\n");
        let pos = Pos {
            line: 2,
            column: 7,
            len: 5,
        };
        all.push(
            Diagnostic::at("a.yaml", pos, "unknown kind")
                .found("`delta`")
                .expected("one of `alpha`, `beta`"),
        );
        assert_eq!(
            all.render_text(),
            "error: unknown kind\n  --> a.yaml:2:7\n  |\n2 | kind: delta\n  |       ^^^^^ found `delta`\n  = expected: one of `alpha`, `beta`\n\n1 error found\n"
        );
    }

    #[test]
    fn sorts_by_file_and_position() {
        let mut all = Diagnostics::default();
        all.push(Diagnostic::at(
            "b",
            Pos {
                line: 1,
                column: 1,
                len: 0,
            },
            "x",
        ));
        all.push(Diagnostic::at(
            "a",
            Pos {
                line: 9,
                column: 1,
                len: 0,
            },
            "y",
        ));
        let files: Vec<_> = all.sorted().iter().map(|d| d.file.clone()).collect();
        assert_eq!(files, ["a", "b"]);
    }
}
