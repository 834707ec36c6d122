//! Clause never loses a user's files: the output folder is Clause's alone, files it did not
//! write are kept, writing commands take turns, and a kill at any step of a release leaves
//! the old state or one the next command completes or rolls back.

use crate::common::*;
use std::path::Path;

const DATE: &str = "2026-07-01";
/// The file beside the output where a build keeps its files' inodes and times.
const STAMPS: &str = ".clause-stamps.json";
/// The render cache a build keeps in the site's root (it outlives every build, by design).
const CACHE: &str = ".clause-cache";

fn build(dir: &Path, extra: &[&str]) -> std::process::Output {
    let mut args = vec!["build", "--date", DATE];
    args.extend_from_slice(extra);
    clause(dir, &args)
}

#[test]
fn outputs_that_hold_the_site_or_a_home_are_refused_and_nothing_is_touched() {
    let site = example_site();
    let root = site.path();
    std::fs::create_dir_all(root.join("themes/mine/templates")).unwrap();
    std::fs::write(root.join("themes/mine/templates/page.html"), "x").unwrap();
    let home = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(home.path().join(".ssh")).unwrap();
    std::fs::write(home.path().join(".ssh/id_ed25519"), "secret").unwrap();
    let home_out = home.path().to_str().unwrap().to_string();
    let before = read_tree(root);
    let cases: &[(&str, &str)] = &[
        ("content", "it is or holds the site's `content`"),
        (
            "content/lumen-notes/versions",
            "it is or holds the site's `content`",
        ),
        ("themes", "it is or holds the site's `themes`"),
        (".", "it is the site's root folder"),
        ("..", "it contains the site"),
        (&home_out, "it is or contains a home folder"),
        ("/", "it is the root of the file system"),
    ];
    for (output, why) in cases {
        for force in [false, true] {
            let mut args = vec!["build", "--date", DATE, "--output", output];
            if force {
                args.push("--force");
            }
            let out = Command::cargo_bin("clause")
                .unwrap()
                .current_dir(root)
                .env("HOME", home.path())
                .args(&args)
                .output()
                .unwrap();
            assert_eq!(out.status.code(), Some(2), "{output}: {}", stderr(&out));
            assert_eq!(
                stderr(&out),
                format!(
                    "error: refusing to build into {output}: {why}. A build replaces its whole output folder; choose a folder of its own, such as `public` (the default)\n"
                )
            );
        }
    }
    assert_eq!(read_tree(root), before, "the site changed");
    assert_eq!(
        std::fs::read(home.path().join(".ssh/id_ed25519")).unwrap(),
        b"secret"
    );

    // The same from clause.yaml: `output: ../<site>`.
    let name = root.file_name().unwrap().to_str().unwrap();
    let config = std::fs::read_to_string(root.join("clause.yaml")).unwrap();
    let config: String = config
        .lines()
        .filter(|l| !l.starts_with("output:"))
        .map(|l| format!("{l}\n"))
        .collect();
    std::fs::write(
        root.join("clause.yaml"),
        format!("{config}output: ../{name}\n"),
    )
    .unwrap();
    let out = build(root, &[]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains(": it is the site's root folder."),
        "{}",
        stderr(&out)
    );
    assert!(root.join("content/lumen-notes/policy.yaml").is_file());
}

#[test]
fn a_folder_clause_did_not_build_needs_force_and_keeps_its_files() {
    let site = SiteTest::example();
    std::fs::create_dir_all(site.path("www/.git")).unwrap();
    std::fs::write(site.path("www/.git/HEAD"), "ref: refs/heads/gh-pages\n").unwrap();
    std::fs::write(site.path("www/CNAME"), "privacy.example.com\n").unwrap();
    std::fs::write(site.path("www/404.html"), "mine").unwrap();
    site.run(&["build", "--date", DATE, "--output", "www"]).fails_with(
        2,
        "error: refusing to build into www: it holds files that Clause did not build there (it has no .clause-manifest.json). Choose an empty or new folder, or pass --force to build into it: Clause then replaces only the files it writes and keeps every other file\n",
    );
    assert_eq!(site.read("www/404.html"), "mine");

    let out = site.run(&["build", "--date", DATE, "--output", "www", "--force"]);
    out.succeeds();
    assert!(
        out.stderr
            .contains(", keeping 2 files and folders Clause did not write in "),
        "{}",
        out.stderr
    );
    assert_eq!(site.read("www/.git/HEAD"), "ref: refs/heads/gh-pages\n");
    assert!(site.path("www/CNAME").is_file());
    assert_ne!(site.read("www/404.html"), "mine");
}

#[cfg(unix)]
#[test]
fn files_clause_did_not_write_survive_rebuilds_and_a_clash_is_refused() {
    let site = example_site();
    let root = site.path();
    assert!(build(root, &[]).status.success());
    let public = root.join("public");
    std::fs::write(public.join("CNAME"), "privacy.example.com\n").unwrap();
    std::fs::create_dir_all(public.join(".git/refs")).unwrap();
    std::fs::write(public.join(".git/refs/main"), "abc\n").unwrap();
    std::fs::write(public.join("en/notes.txt"), "mine\n").unwrap();
    std::os::unix::fs::symlink("/etc", public.join("etc-link")).unwrap();
    for extra in [&[][..], &["--fresh"][..]] {
        let out = build(root, extra);
        assert!(out.status.success(), "{}", stderr(&out));
        assert_eq!(
            std::fs::read_to_string(public.join("CNAME")).unwrap(),
            "privacy.example.com\n"
        );
        assert!(public.join(".git/refs/main").is_file());
        assert!(public.join("en/notes.txt").is_file());
        // Kept as a link, never followed or copied.
        assert_eq!(
            std::fs::read_link(public.join("etc-link")).unwrap(),
            Path::new("/etc")
        );
    }

    // A file the previous build did not write, at a path this build writes.
    let manifest = public.join(".clause-manifest.json");
    let text = std::fs::read_to_string(&manifest).unwrap();
    let mut json: serde_json::Value = serde_json::from_str(&text).unwrap();
    json["files"].as_object_mut().unwrap().remove("404.html");
    std::fs::write(&manifest, json.to_string()).unwrap();
    std::fs::write(public.join("404.html"), "hand-made").unwrap();
    let out = build(root, &[]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stderr(&out),
        "error: cannot write ./public: `404.html` in the output was not written by Clause, and this build writes that path; move it away, or pass --force to replace it\n"
    );
    assert_eq!(
        std::fs::read(public.join("404.html")).unwrap(),
        b"hand-made"
    );
    assert!(build(root, &["--force"]).status.success());
    assert_ne!(
        std::fs::read(public.join("404.html")).unwrap(),
        b"hand-made"
    );
}

#[cfg(unix)]
#[test]
fn a_public_link_builds_into_its_target() {
    let site = example_site();
    let root = site.path();
    let web = tempfile::tempdir().unwrap();
    let www = web.path().join("www");
    std::os::unix::fs::symlink(&www, root.join("public")).unwrap();
    for _ in 0..2 {
        let out = build(root, &[]);
        assert!(out.status.success(), "{}", stderr(&out));
        assert!(
            std::fs::symlink_metadata(root.join("public"))
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert!(www.join("en/lumen-notes/index.html").is_file());
    }
    let mut names: Vec<_> = std::fs::read_dir(web.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, [format!(".www{STAMPS}"), "www".to_string()]);
}

#[test]
fn an_output_file_edited_in_place_is_replaced_even_at_the_same_size() {
    let site = example_site();
    let root = site.path();
    assert!(build(root, &[]).status.success());
    // An archived version's page: the kind of file a rebuild reuses without rendering.
    let page = root.join("public/en/lumen-notes/1/index.html");
    let good = std::fs::read(&page).unwrap();
    let mut bad = good.clone();
    bad[..5].copy_from_slice(b"XXXXX");
    {
        use std::io::{Seek, Write};
        let mut file = std::fs::OpenOptions::new().write(true).open(&page).unwrap();
        file.seek(std::io::SeekFrom::Start(0)).unwrap();
        file.write_all(&bad[..5]).unwrap();
    }
    assert_eq!(std::fs::read(&page).unwrap(), bad);
    let out = build(root, &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(std::fs::read(&page).unwrap(), good);
}

/// Runs two commands at once and waits for both.
fn together(dir: &Path, a: &[&str], b: &[&str]) -> [std::process::Output; 2] {
    let spawn = |args: &[&str]| {
        std::process::Command::new(assert_cmd::cargo::cargo_bin("clause"))
            .current_dir(dir)
            .env_remove("SOURCE_DATE_EPOCH")
            .args(args)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap()
    };
    let (first, second) = (spawn(a), spawn(b));
    [
        first.wait_with_output().unwrap(),
        second.wait_with_output().unwrap(),
    ]
}

#[test]
fn two_builds_at_once_take_turns_and_leave_a_whole_site() {
    let site = example_site();
    let root = site.path();
    assert!(build(root, &["--output", "reference"]).status.success());
    let mut expected = read_tree(&root.join("reference"));
    expected.remove(Path::new(".clause-manifest.json"));
    let args = ["build", "--date", DATE, "--fresh"];
    for round in 0..8 {
        for out in together(root, &args, &args) {
            assert!(out.status.success(), "round {round}: {}", stderr(&out));
        }
        let mut actual = read_tree(&root.join("public"));
        actual.remove(Path::new(".clause-manifest.json"));
        assert!(actual == expected, "round {round}: the output differs");
        let leftovers: Vec<_> = std::fs::read_dir(root)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.contains("staging"))
            .collect();
        assert!(leftovers.is_empty(), "{leftovers:?}");
    }
}

fn release_args(policy: &str, version: &str) -> Vec<String> {
    let mut args: Vec<String> = [
        "release",
        policy,
        version,
        "--material",
        "--summary",
        "en=We changed it.",
        "--date",
        DATE,
        "--skip-locale",
        "zh-Hans",
        // The example promises 30 days' notice; these releases take effect at once.
        "--short-notice",
        "A test of crash safety.",
    ]
    .map(String::from)
    .to_vec();
    if policy == "pebble-chat" {
        args.extend(["--skip-locale", "ar"].map(String::from));
    }
    args
}

fn sealed(root: &Path, policy: &str, version: &str) -> bool {
    let lock: serde_json::Value =
        serde_json::from_slice(&std::fs::read(root.join("clause.lock")).unwrap()).unwrap();
    lock["policies"][policy].get(version).is_some()
}

#[test]
fn two_releases_at_once_both_stay_sealed() {
    for round in 0..5 {
        let site = example_site();
        let root = site.path();
        let a = release_args("lumen-notes", "9");
        let b = release_args("pebble-chat", "9");
        let a: Vec<&str> = a.iter().map(String::as_str).collect();
        let b: Vec<&str> = b.iter().map(String::as_str).collect();
        for out in together(root, &a, &b) {
            assert!(out.status.success(), "round {round}: {}", stderr(&out));
        }
        assert!(sealed(root, "lumen-notes", "9"), "round {round}");
        assert!(sealed(root, "pebble-chat", "9"), "round {round}");
        let out = build(root, &[]);
        assert!(out.status.success(), "round {round}: {}", stderr(&out));
    }
}

/// A release killed at each of its steps: the next command completes it (once it is
/// sealed) or rolls it back (before), says which, and leaves nothing hidden behind.
#[test]
fn a_release_killed_at_any_step_is_completed_or_rolled_back() {
    let steps = [
        ("release:frozen", None),
        (
            "write:clause.lock",
            Some(
                "note: rolled back the release of lumen-notes 9: it was interrupted before clause.lock recorded it; release it again\n",
            ),
        ),
        (
            "release:sealed",
            Some(
                "note: completed the release of lumen-notes 9, which was interrupted after it was sealed\n",
            ),
        ),
    ];
    for (step, note) in steps {
        let site = example_site();
        let root = site.path();
        let lock_before = std::fs::read(root.join("clause.lock")).unwrap();
        let args = release_args("lumen-notes", "9");
        let killed = Command::cargo_bin("clause")
            .unwrap()
            .current_dir(root)
            .env("CLAUSE_CRASH_AT", step)
            .args(&args)
            .output()
            .unwrap();
        assert_eq!(killed.status.code(), None, "{step}: not killed");
        let completed = step == "release:sealed";
        assert_eq!(
            std::fs::read(root.join("clause.lock")).unwrap() != lock_before,
            completed,
            "{step}"
        );
        if completed {
            // `check` writes nothing: it says what happened and what finishes it.
            let check = clause(root, &["check", "--date", DATE]);
            assert_eq!(check.status.code(), Some(1));
            assert_eq!(
                stderr(&check),
                "error: the release of `lumen-notes` 9 was interrupted after it was sealed\n  --> content/lumen-notes/versions/9\n  = expected: any command that writes (`clause build`, `clause release`) to complete it\n\n1 error found\n"
            );
        }
        // The site still builds, and the build finishes what the kill left.
        let out = build(root, &[]);
        assert!(out.status.success(), "{step}: {}", stderr(&out));
        let said = stderr(&out);
        match note {
            Some(note) => assert!(said.starts_with(note), "{step}: {said}"),
            None => assert!(!said.contains("the release of"), "{step}: {said}"),
        }
        let versions = root.join("content/lumen-notes/versions");
        let hidden: Vec<_> = std::fs::read_dir(&versions)
            .unwrap()
            .chain(std::fs::read_dir(root).unwrap())
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.starts_with('.') && !n.ends_with(STAMPS) && n != CACHE)
            .collect();
        assert!(hidden.is_empty(), "{step}: {hidden:?}");
        assert_eq!(versions.join("9").is_dir(), completed, "{step}");
        assert_eq!(sealed(root, "lumen-notes", "9"), completed, "{step}");
        // Rolled back: releasing again works. Completed: it is there for good.
        let again = clause(root, &args.iter().map(String::as_str).collect::<Vec<_>>());
        assert_eq!(
            again.status.success(),
            !completed,
            "{step}: {}",
            stderr(&again)
        );
        assert!(sealed(root, "lumen-notes", "9"));
        assert!(build(root, &[]).status.success());
    }
}

/// A build killed just before and just after its swap leaves a whole site, old or new, and
/// the next build cleans up.
#[test]
fn a_build_killed_around_its_swap_leaves_a_whole_site() {
    let site = example_site();
    let root = site.path();
    assert!(build(root, &[]).status.success());
    let old = read_tree(&root.join("public"));
    for step in ["build:staged", "build:swapped"] {
        let killed = Command::cargo_bin("clause")
            .unwrap()
            .current_dir(root)
            .env("CLAUSE_CRASH_AT", step)
            .args(["build", "--date", "2026-01-01", "--fresh"])
            .output()
            .unwrap();
        assert_eq!(killed.status.code(), None, "{step}: not killed");
        let now = read_tree(&root.join("public"));
        assert!(
            (now == old) == (step == "build:staged"),
            "{step}: the output is neither the old site nor the new"
        );
        assert!(build(root, &[]).status.success());
        let left: Vec<_> = std::fs::read_dir(root)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.starts_with('.') && !n.ends_with(STAMPS) && n != CACHE)
            .collect();
        assert!(left.is_empty(), "{step}: {left:?}");
    }
}

/// A build whose old tree cannot be deleted (here a read-only mount inside it, in a mount
/// namespace of the test's own) still puts the new site in place, exits 0 and says what to
/// delete by hand; the next build says it again instead of failing.
#[test]
fn an_old_tree_that_cannot_be_deleted_is_a_warning() {
    let site = example_site();
    let root = site.path();
    // Built on another day first: an unchanged rebuild would leave the tree as it is.
    assert!(
        clause(root, &["build", "--date", "2026-01-01"])
            .status
            .success()
    );
    let stuck = tempfile::tempdir().unwrap();
    std::fs::write(stuck.path().join("held.txt"), "x").unwrap();
    std::fs::create_dir(root.join("public/en/mounted")).unwrap();
    let clause_bin = assert_cmd::cargo::cargo_bin("clause");
    let script = format!(
        "mount --bind '{stuck}' public/en/mounted && mount -o remount,bind,ro public/en/mounted && '{bin}' build --date {DATE} && '{bin}' build --date 2026-01-01",
        stuck = stuck.path().display(),
        bin = clause_bin.display(),
    );
    let out = std::process::Command::new("unshare")
        .args(["--mount", "--propagation", "private", "sh", "-c", &script])
        .current_dir(root)
        .env_remove("SOURCE_DATE_EPOCH")
        .output()
        .unwrap();
    let said = stderr(&out);
    assert!(out.status.success(), "{said}");
    let warnings: Vec<&str> = said
        .lines()
        .filter(|l| l.starts_with("warning: "))
        .collect();
    // The first build's old tree holds the mount; the second build deletes its own old tree
    // but warns again about the first one, which it cannot delete either.
    assert_eq!(warnings.len(), 2, "{said}");
    assert_eq!(warnings[0], warnings[1]);
    for warning in warnings {
        assert!(
            warning
                .starts_with("warning: the previous build's files could not all be deleted from ")
                && warning.ends_with("; the new site is in place, delete that folder by hand"),
            "{warning}"
        );
    }
    // Outside the namespace the mount is gone; the site is the second build's, whole.
    let page = std::fs::read_to_string(root.join("public/en/lumen-notes/index.html")).unwrap();
    assert!(page.contains("lang=\"en\""));
    assert!(
        root.join("public/en/mounted").is_dir(),
        "the user's folder was kept"
    );
}

/// `clause init` killed while writing leaves no half-written file, and a second `init`
/// then makes the whole site (leaving no temporary file behind).
#[test]
fn init_killed_while_writing_leaves_no_partial_file() {
    let dir = tempfile::tempdir().unwrap();
    let killed = Command::cargo_bin("clause")
        .unwrap()
        .current_dir(dir.path())
        .env("CLAUSE_CRASH_AT", "write:clause.yaml")
        .args(["init", "site"])
        .output()
        .unwrap();
    assert_eq!(killed.status.code(), None, "not killed");
    assert!(!dir.path().join("site/clause.yaml").exists());
    let again = clause(dir.path(), &["init", "site"]);
    assert!(again.status.success(), "{}", stderr(&again));
    let files: Vec<String> = walkdir::WalkDir::new(dir.path().join("site"))
        .into_iter()
        .map(Result::unwrap)
        .filter(|e| e.file_type().is_file())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    // clause.yaml, the policy and the .gitignore for the output.
    assert_eq!(files.len(), 3, "{files:?}");
    let out = clause(&dir.path().join("site"), &["build", "--drafts"]);
    assert!(out.status.success(), "{}", stderr(&out));
}

/// A release killed after sealing whose staged folder was then changed by hand: nothing is
/// completed or deleted, and every writing command says what is wrong until a person looks.
#[test]
fn a_pending_release_that_no_longer_matches_its_seal_is_left_for_a_person() {
    let site = SiteTest::example();
    let args = release_args("lumen-notes", "9");
    let killed = Command::cargo_bin("clause")
        .unwrap()
        .current_dir(site.root())
        .env("CLAUSE_CRASH_AT", "release:sealed")
        .args(&args)
        .output()
        .unwrap();
    assert_eq!(killed.status.code(), None, "not killed");
    let pending = site.path("content/lumen-notes/versions/.9.pending");
    std::fs::write(pending.join("policy.yaml"), "changed by hand\n").unwrap();
    site.run(&["build", "--date", DATE]).fails_with(
        1,
        "error: an interrupted release of lumen-notes 9 (content/lumen-notes/versions/.9.pending) does not match its seal in clause.lock; restore both from version control\n",
    );
    assert_eq!(
        site.read("content/lumen-notes/versions/.9.pending/policy.yaml"),
        "changed by hand\n"
    );
    assert!(!site.path("content/lumen-notes/versions/9").exists());
}

/// With `--format json`, a refusal is a diagnostic like any other, so CI reads every
/// problem the same way; its `file` is empty because it is about the command.
#[test]
fn a_refused_output_is_reported_in_the_runs_format() {
    let site = SiteTest::example();
    let run = site.run(&[
        "build", "--format", "json", "--output", "content", "--date", DATE,
    ]);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).expect(&run.stdout);
    assert_eq!(run.code, Some(2));
    assert_eq!(
        json,
        serde_json::json!({
            "errors": 1,
            "diagnostics": [{
                "file": "",
                "line": 0,
                "column": 0,
                "message": "refusing to build into content: it is or holds the site's `content`. A build replaces its whole output folder; choose a folder of its own, such as `public` (the default)"
            }]
        })
    );
    site.run(&["build", "--output", "content", "--date", DATE]).fails_with(
        2,
        "error: refusing to build into content: it is or holds the site's `content`. A build replaces its whole output folder; choose a folder of its own, such as `public` (the default)\n",
    );
}
