//! Helpers shared by the end-to-end test files.
#![allow(dead_code)]

pub use assert_cmd::Command;
pub use scraper::{Html, Selector};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

pub fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

/// Copies a fixture site into a fresh temp folder.
pub fn site(from: &Path) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for entry in walkdir::WalkDir::new(from).into_iter().map(Result::unwrap) {
        let rel = entry.path().strip_prefix(from).unwrap();
        let to = dir.path().join(rel);
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&to).unwrap();
        } else if rel != Path::new("expected.txt") {
            std::fs::copy(entry.path(), &to).unwrap();
        }
    }
    dir
}

pub fn clause(dir: &Path, args: &[&str]) -> std::process::Output {
    Command::cargo_bin("clause")
        .unwrap()
        .current_dir(dir)
        .env_remove("SOURCE_DATE_EPOCH")
        .args(args)
        .output()
        .unwrap()
}

pub fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

pub fn read_tree(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .map(Result::unwrap)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            (
                e.path().strip_prefix(dir).unwrap().to_path_buf(),
                std::fs::read(e.path()).unwrap(),
            )
        })
        .collect()
}

pub fn page(path: &Path) -> Html {
    Html::parse_document(&std::fs::read_to_string(path).unwrap())
}

pub fn count(html: &Html, css: &str) -> usize {
    html.select(&Selector::parse(css).unwrap()).count()
}

/// The Chromium binary, if it and playwright-core (tests/browser/node_modules) are installed.
/// Where `.ci/run` sets CLAUSE_REQUIRE_BROWSER, missing either fails the test instead.
pub fn browser() -> Option<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let chromium = std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into());
    let ready = Path::new(&chromium).exists()
        && root
            .join("tests/browser/node_modules/playwright-core")
            .exists();
    if !ready {
        assert!(
            std::env::var_os("CLAUSE_REQUIRE_BROWSER").is_none(),
            "CLAUSE_REQUIRE_BROWSER is set but Chromium ({chromium}) or tests/browser/node_modules is missing"
        );
        eprintln!(
            "skipped: needs {chromium} and `npm ci --prefix tests/browser` (.ci/run installs both)"
        );
        return None;
    }
    Some(chromium)
}

/// Runs a browser script from tests/browser with node, failing with its output.
pub fn run_browser_script(script: &str, args: &[&std::ffi::OsStr], chromium: &str) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let node = std::process::Command::new("node")
        .arg(root.join("tests/browser").join(script))
        .args(args)
        .env("CHROMIUM", chromium)
        .output()
        .expect("node runs");
    // What the script measured (shown with --nocapture).
    println!("{}", String::from_utf8_lossy(&node.stdout));
    assert!(
        node.status.success(),
        "{}{}",
        String::from_utf8_lossy(&node.stdout),
        String::from_utf8_lossy(&node.stderr)
    );
}

/// Builds the repository's example site on 2026-06-01 into a fresh temp folder; returns the
/// folder (keep it alive), the output path, and what the build printed.
pub fn build_example() -> (tempfile::TempDir, PathBuf, String) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("public");
    // A cache of its own: the repository's would make this build take pages from it.
    let cache = dir.path().join("cache");
    let run = clause(
        root,
        &[
            "build",
            "--output",
            out.to_str().unwrap(),
            "--cache",
            cache.to_str().unwrap(),
            "--date",
            "2026-06-01",
        ],
    );
    assert!(run.status.success(), "{}", stderr(&run));
    let said = stderr(&run);
    (dir, out, said)
}

/// The names in `dir` that are staging folders of a build (none should outlive one).
pub fn staging_folders(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("staging"))
        .collect()
}

/// Replaces the first `from` in a file with `to`, failing if `from` is not there.
pub fn edit(path: &Path, from: &str, to: &str) {
    let text = std::fs::read_to_string(path).unwrap();
    assert!(text.contains(from), "{} lacks {from:?}", path.display());
    std::fs::write(path, text.replacen(from, to, 1)).unwrap();
}

/// Compares `actual` with the golden file `path` (rewriting it first when CLAUSE_BLESS is
/// set); returns the difference as a message, or `None` when they are equal.
pub fn golden(path: &Path, actual: &[u8]) -> Option<String> {
    if std::env::var_os("CLAUSE_BLESS").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, actual).unwrap();
    }
    let expected = std::fs::read(path).unwrap_or_default();
    (expected != actual).then(|| {
        format!(
            "{}:\n--- expected\n{}--- actual\n{}",
            path.display(),
            String::from_utf8_lossy(&expected),
            String::from_utf8_lossy(actual)
        )
    })
}

/// A copy of the repository's example site (clause.yaml, clause.lock, content/: two policies,
/// four locales, released versions) in a fresh temp folder.
pub fn example_site() -> tempfile::TempDir {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = tempfile::tempdir().unwrap();
    for name in ["clause.yaml", "clause.lock", "content"] {
        copy_tree(&root.join(name), &dir.path().join(name));
    }
    dir
}

/// Copies a file, or a folder with everything in it.
pub fn copy_tree(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from).into_iter().map(Result::unwrap) {
        let rel = entry.path().strip_prefix(from).unwrap();
        let dest = if rel.as_os_str().is_empty() {
            to.to_path_buf()
        } else {
            to.join(rel)
        };
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&dest).unwrap();
        } else {
            std::fs::copy(entry.path(), &dest).unwrap();
        }
    }
}

/// A site under test, as mdBook's `BookTest`: a fixture copied into a temp folder, edited,
/// run through the real `clause` binary, and checked on its files and exact messages.
pub struct SiteTest {
    dir: tempfile::TempDir,
}

impl SiteTest {
    /// A copy of `tests/fixtures/<name>`.
    pub fn fixture(name: &str) -> SiteTest {
        SiteTest {
            dir: site(&fixture(name)),
        }
    }

    /// An empty folder.
    pub fn empty() -> SiteTest {
        SiteTest {
            dir: tempfile::tempdir().unwrap(),
        }
    }

    /// A copy of the repository's example site.
    pub fn example() -> SiteTest {
        SiteTest {
            dir: example_site(),
        }
    }

    /// The site's root folder.
    pub fn root(&self) -> &Path {
        self.dir.path()
    }

    /// A path inside the site.
    pub fn path(&self, rel: &str) -> PathBuf {
        self.dir.path().join(rel)
    }

    /// Replaces the first `from` in the site's file `file` with `to` (`from` must be there).
    pub fn edit(&self, file: &str, from: &str, to: &str) -> &SiteTest {
        edit(&self.path(file), from, to);
        self
    }

    /// Runs `clause` with `args` in the site's root.
    pub fn run(&self, args: &[&str]) -> Run {
        let out = clause(self.root(), args);
        Run {
            code: out.status.code(),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: stderr(&out),
        }
    }

    /// Releases `policy`'s draft as version 1 (material, 2026-12-01, summary "First."),
    /// leaving out the locales in `skip`.
    pub fn release_first(&self, policy: &str, skip: &[&str]) -> Run {
        self.release_first_with(policy, skip, &[])
    }

    /// [`Self::release_first`] with `extra` arguments (sign-offs, say).
    pub fn release_first_with(&self, policy: &str, skip: &[&str], extra: &[&str]) -> Run {
        self.release_material(policy, ["1", "2026-12-01", "en=First."], skip, extra)
    }

    /// Releases `policy`'s draft as version 2 (material, 2026-12-02, summary "Second."),
    /// leaving out the locales in `skip`.
    pub fn release_second(&self, policy: &str, skip: &[&str]) -> Run {
        self.release_material(policy, ["2", "2026-12-02", "en=Second."], skip, &[])
    }

    /// Releases a material version: its id, date and summary, the locales left out and
    /// `extra` arguments.
    fn release_material(
        &self,
        policy: &str,
        [id, date, summary]: [&str; 3],
        skip: &[&str],
        extra: &[&str],
    ) -> Run {
        let mut args = vec![
            "release",
            policy,
            id,
            "--material",
            "--date",
            date,
            "--summary",
            summary,
        ];
        for locale in skip {
            args.extend(["--skip-locale", locale]);
        }
        args.extend(extra);
        self.run(&args)
    }

    /// Runs `clause` with `args`, asserts it succeeded, and gives its standard output.
    pub fn output(&self, args: &[&str]) -> String {
        self.run(args).succeeds().stdout.clone()
    }

    /// The text of an output or site file.
    pub fn read(&self, rel: &str) -> String {
        std::fs::read_to_string(self.path(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
    }
}

/// What one `clause` run did.
pub struct Run {
    /// The exit code (`None` when a signal ended it).
    pub code: Option<i32>,
    /// Standard output.
    pub stdout: String,
    /// Standard error.
    pub stderr: String,
}

impl Run {
    /// Asserts the run succeeded; shows its stderr when it did not.
    pub fn succeeds(&self) -> &Run {
        assert_eq!(self.code, Some(0), "{}", self.stderr);
        self
    }

    /// Asserts the exit code and the whole of stderr.
    pub fn fails_with(&self, code: i32, stderr: &str) -> &Run {
        assert_eq!(self.code, Some(code), "{}", self.stderr);
        assert_eq!(self.stderr, stderr);
        self
    }
}

/// The number of files a build of the example site writes into `out`: 282, and its PDF
/// records, which depend on the fonts of the machine (docs/records.md).
pub fn example_files(out: &Path) -> usize {
    let pdfs = walkdir::WalkDir::new(out.join("pdf"))
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .count();
    282 + pdfs
}
