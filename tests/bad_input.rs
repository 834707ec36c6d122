//! The bad-input corpus: every case under tests/fixtures/bad/ is the valid site in `_base`
//! with some files replaced or added (`_remove` lists files and folders taken away, `_generated` names a
//! case built here because it cannot be committed: a 100 MB file, symbolic links, a name
//! Windows reserves). `clause
//! check` (or the arguments in `_args`) must print exactly the case's expected.txt, end with
//! the exit code written there, never panic, and finish within the time limit.
//! CLAUSE_BLESS=1 rewrites the expected files after a deliberate change.

#[path = "testsuite/common.rs"]
mod common;

use common::*;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// Files of a case folder that describe the case rather than belong to the site.
const META: [&str; 4] = ["expected.txt", "_remove", "_generated", "_args"];

fn cases() -> Vec<PathBuf> {
    let mut cases: Vec<PathBuf> = std::fs::read_dir(fixture("bad"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| !p.ends_with("_base"))
        .collect();
    cases.sort();
    cases
}

/// The base site with the case's files laid over it.
fn prepare(case: &Path) -> tempfile::TempDir {
    let dir = site(&fixture("bad/_base"));
    for entry in walkdir::WalkDir::new(case).into_iter().map(Result::unwrap) {
        let rel = entry.path().strip_prefix(case).unwrap();
        let name = rel.to_string_lossy();
        if entry.file_type().is_file() && !META.contains(&name.as_ref()) {
            let to = dir.path().join(rel);
            std::fs::create_dir_all(to.parent().unwrap()).unwrap();
            std::fs::copy(entry.path(), to).unwrap();
        }
    }
    if let Ok(list) = std::fs::read_to_string(case.join("_remove")) {
        for path in list.lines().map(|p| dir.path().join(p)) {
            if path.is_dir() {
                std::fs::remove_dir_all(path).unwrap();
            } else {
                std::fs::remove_file(path).unwrap();
            }
        }
    }
    if let Ok(kind) = std::fs::read_to_string(case.join("_generated")) {
        generate(kind.trim(), dir.path());
    }
    dir
}

fn generate(kind: &str, site: &Path) {
    match kind {
        // Over the documented limit (8 MiB); must be refused before it is read.
        "yaml-huge-file" => {
            let file = std::fs::File::create(site.join("content/app/policy.yaml")).unwrap();
            file.set_len(100 * 1024 * 1024).unwrap();
        }
        "policy-folder-symlink-out" => {
            let outside = site.join("../outside-policy");
            std::fs::create_dir_all(&outside).unwrap();
            std::fs::copy(
                site.join("content/app/policy.yaml"),
                outside.join("policy.yaml"),
            )
            .unwrap();
            // Relative, so that the diagnostic (which names the link's target) is the same
            // in every temporary folder.
            let relative = Path::new("../..").join(outside.file_name().unwrap());
            symlink(relative, site.join("content/leak")).unwrap();
        }
        "version-symlink" => {
            let version = site.join("content/app/versions/1");
            std::fs::create_dir_all(&version).unwrap();
            symlink("/etc/hostname", version.join("policy.yaml")).unwrap();
        }
        // Links out of the site anywhere among the sources: refused before anything is read,
        // so not a byte of /etc/passwd reaches a diagnostic, a page or a new file.
        "link-translation-out" => {
            std::fs::remove_file(site.join("content/app/fr.yaml")).unwrap();
            symlink("/etc/passwd", site.join("content/app/fr.yaml")).unwrap();
        }
        "link-policy-file-out" => {
            std::fs::remove_file(site.join("content/app/policy.yaml")).unwrap();
            symlink("/etc/passwd", site.join("content/app/policy.yaml")).unwrap();
        }
        "link-versions-out" => {
            symlink("/tmp", site.join("content/app/versions")).unwrap();
        }
        "link-theme-out" => {
            std::fs::create_dir_all(site.join("themes")).unwrap();
            symlink("/usr/share", site.join("themes/default")).unwrap();
        }
        "link-to-nothing" => {
            symlink("missing.yaml", site.join("content/app/de.yaml")).unwrap();
        }
        // `con` cannot be committed: the package would not unpack on Windows.
        "policy-folder-device-name" => {
            let folder = site.join("content/con");
            std::fs::create_dir_all(&folder).unwrap();
            let base = fixture("bad/_base/content/app/policy.yaml");
            std::fs::copy(base, folder.join("policy.yaml")).unwrap();
        }
        // Nesting that made the HTML sanitiser work for minutes (a 100 KB and a 384 KB body).
        "nesting-quote-bomb" => set_body(site, &format!("{} x", ">".repeat(100_000))),
        "nesting-html-bomb" => set_body(site, &format!("{}x", "<blockquote>".repeat(32_000))),
        "table-too-wide" => {
            let row = |cell: &str| format!("|{}\n", format!("{cell}|").repeat(20_000));
            set_body(site, &format!("{}{}{}", row("a"), row("-"), row("b")));
        }
        other => panic!("unknown generated case {other}"),
    }
}

/// Replaces the base policy's one section body.
fn set_body(site: &Path, body: &str) {
    let path = site.join("content/app/policy.yaml");
    let text = std::fs::read_to_string(&path).unwrap();
    let quoted = serde_json::to_string(body).unwrap();
    std::fs::write(
        &path,
        text.replace("body: Hello.", &format!("body: {quoted}")),
    )
    .unwrap();
}

/// Runs one case: the exact stderr and exit code, no panic, within the time limit.
fn run_case(case: &Path) -> Result<(), String> {
    let dir = prepare(case);
    let args = std::fs::read_to_string(case.join("_args")).unwrap_or("check".into());
    let out = Command::cargo_bin("clause")
        .unwrap()
        .current_dir(dir.path())
        .env_remove("SOURCE_DATE_EPOCH")
        .args(args.split_whitespace())
        .timeout(Duration::from_secs(20))
        .output()
        .unwrap();
    let code = out.status.code();
    let actual = format!("{}exit: {code:?}\n", stderr(&out));
    if actual.contains("panicked") || code.is_none() || code == Some(101) {
        return Err(format!("crashed or timed out\n{actual}"));
    }
    match golden(&case.join("expected.txt"), actual.as_bytes()) {
        Some(difference) => Err(difference),
        None => Ok(()),
    }
}

/// One test per case (`cargo test --test bad_input yaml-tab` runs the ones whose name has
/// `yaml-tab`), and one that the corpus has not lost its cases.
fn main() {
    use libtest_mimic::{Arguments, Trial};
    let cases = cases();
    let count = cases.len();
    let mut trials = vec![Trial::test("the_corpus_has_its_cases", move || {
        if count >= 100 {
            Ok(())
        } else {
            Err(format!("the corpus has {count} cases").into())
        }
    })];
    for case in cases {
        let name = case.file_name().unwrap().to_string_lossy().into_owned();
        trials.push(Trial::test(name, move || {
            run_case(&case).map_err(Into::into)
        }));
    }
    libtest_mimic::run(&Arguments::from_args(), trials).exit();
}

/// A symbolic link, as each system makes one (Windows tells files from folders, and needs
/// developer mode or a privilege).
fn symlink(target: impl AsRef<Path>, link: impl AsRef<Path>) -> std::io::Result<()> {
    #[cfg(unix)]
    return std::os::unix::fs::symlink(target, link);
    #[cfg(windows)]
    return std::os::windows::fs::symlink_file(&target, &link)
        .or_else(|_| std::os::windows::fs::symlink_dir(&target, &link));
}
