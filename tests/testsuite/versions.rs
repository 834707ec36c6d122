//! Versions end to end: release, the sealed archive, current and upcoming selection, pages.

use crate::common::*;
use std::path::Path;

/// The fixture with its French translation completed and confirmed.
pub fn ready() -> SiteTest {
    let site = SiteTest::fixture("versions");
    site.edit(
        "content/app/fr.yaml",
        "sections.intro.title:",
        "sections.intro.body: Nous comptons pour vous.\nsections.intro.title:",
    );
    site.run(&["confirm", "app", "fr"]).succeeds();
    site
}

/// Releases `version` of `app`; what it said.
pub fn release(site: &SiteTest, version: &str, date: &str, effective: &str, kind: &str) -> String {
    let summary = format!("en=Summary of {version}");
    let args = [
        "release",
        "app",
        version,
        "--date",
        date,
        "--effective",
        effective,
        kind,
        "--summary",
        &summary,
    ];
    site.run(&args).succeeds().stderr.clone()
}

fn text_of(path: &Path, css: &str) -> Vec<String> {
    page(path)
        .select(&Selector::parse(css).unwrap())
        .map(|e| e.text().collect::<String>().trim().to_string())
        .collect()
}

#[test]
fn release_freezes_the_draft_and_seals_it() {
    let site = ready();
    let said = release(&site, "1.0", "2025-01-10", "2025-02-01", "--material");
    assert!(said.starts_with(
        "Released app 1.0 (material), effective 2025-02-01; sealed 3 files of content/app/versions/1.0 in clause.lock (sha256:"
    ), "{said}");
    let version = site.root().join("content/app/versions/1.0");
    let mut files: Vec<String> = std::fs::read_dir(&version)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    files.sort();
    assert_eq!(files, ["fr.yaml", "policy.yaml", "release.yaml"]);
    for name in ["policy.yaml", "fr.yaml"] {
        assert_eq!(
            std::fs::read(version.join(name)).unwrap(),
            std::fs::read(site.root().join("content/app").join(name)).unwrap(),
            "{name} is frozen byte for byte"
        );
    }
    assert_eq!(
        std::fs::read_to_string(version.join("release.yaml")).unwrap(),
        "# Written by `clause release` and sealed in clause.lock: do not edit.
released: \"2025-01-10\"
effective: \"2025-02-01\"
material: true
summary:
  en: Summary of 1.0
"
    );
    let lock: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(site.root().join("clause.lock")).unwrap())
            .unwrap();
    let seal = &lock["policies"]["app"]["1.0"];
    let files = seal["files"].as_object().unwrap();
    assert_eq!(
        files.keys().collect::<Vec<_>>(),
        ["fr.yaml", "policy.yaml", "release.yaml"]
    );
    assert!(seal["hash"].as_str().unwrap().starts_with("sha256:"));
    assert_eq!(seal["files"]["policy.yaml"].as_str().unwrap().len(), 64);
    // A released version id cannot be used twice.
    let again = site.run(&["release", "app", "1.0", "--minor", "--summary", "en=x"]);
    assert_eq!(again.code, Some(2));
    assert_eq!(
        again.stderr,
        "error: version `1.0` of `app` already exists; released versions never change (choose a new version id)\n"
    );
}

#[test]
fn release_is_refused_while_a_locale_is_missing_or_stale() {
    let site = SiteTest::fixture("versions");
    let out = site.run(&["release", "app", "1", "--minor", "--summary", "en=First"]);
    assert_eq!(out.code, Some(1));
    assert_eq!(
        out.stderr,
        "error: cannot release `app`: translations are not ready
  fr: 1 missing, 6 stale
    missing  sections.intro.body
    stale    meta.title (unconfirmed)
    stale    meta.product (unconfirmed)
    stale    meta.controller.name (unconfirmed)
    stale    purposes.run.name (unconfirmed)
    stale    data_categories.account.name (unconfirmed)
    stale    sections.intro.title (unconfirmed)
Translate and `clause confirm` them, or leave a locale out with --skip-locale <locale>
"
    );
    assert!(!site.root().join("content/app/versions").join("1").exists());
    assert!(!site.root().join("clause.lock").exists());
    // Leaving French out releases without its translation; French pages fall back, marked.
    site.run(&[
        "release",
        "app",
        "1",
        "--minor",
        "--date",
        "2025-01-01",
        "--summary",
        "en=First",
        "--skip-locale",
        "fr",
    ])
    .succeeds();
    let record =
        std::fs::read_to_string(site.root().join("content/app/versions/1/release.yaml")).unwrap();
    assert!(record.ends_with("skipped_locales:\n- fr\n"), "{record}");
    assert!(!site.root().join("content/app/versions/1/fr.yaml").exists());
    site.run(&["build", "--date", "2025-01-02"]).succeeds();
    assert!(
        std::fs::read_to_string(site.root().join("public/fr/app/1/index.html"))
            .unwrap()
            .contains(r#"class="fallback" lang="en""#)
    );
}

#[test]
fn invalid_release_requests_say_why() {
    let site = ready();
    let cases: &[(&[&str], &str)] = &[
        (
            &["release", "app", "../x", "--minor", "--summary", "en=x"],
            "error: invalid version id `../x`: it may contain only a-z, 0-9, `.` and `-`; expected a version id: 1 to 32 characters a-z, 0-9, `.` and `-`, starting and ending with a letter or digit, without `..`, and not history, changes, draft, feed, index, app, api, static or a Windows device name (con, nul, com1 …)\n",
        ),
        (
            &["release", "app", "history", "--minor", "--summary", "en=x"],
            "error: invalid version id `history`: it is reserved for another page of the policy; expected a version id: 1 to 32 characters a-z, 0-9, `.` and `-`, starting and ending with a letter or digit, without `..`, and not history, changes, draft, feed, index, app, api, static or a Windows device name (con, nul, com1 …)\n",
        ),
        (
            &["release", "app", "1..2", "--minor", "--summary", "en=x"],
            "error: invalid version id `1..2`: it must not contain `..`; expected a version id: 1 to 32 characters a-z, 0-9, `.` and `-`, starting and ending with a letter or digit, without `..`, and not history, changes, draft, feed, index, app, api, static or a Windows device name (con, nul, com1 …)\n",
        ),
        (
            &["release", "app", "V2", "--minor", "--summary", "en=x"],
            "error: invalid version id `V2`: it may contain only a-z, 0-9, `.` and `-`; expected a version id: 1 to 32 characters a-z, 0-9, `.` and `-`, starting and ending with a letter or digit, without `..`, and not history, changes, draft, feed, index, app, api, static or a Windows device name (con, nul, com1 …)\n",
        ),
        (
            &["release", "app", "2", "--minor"],
            "error: a summary in the default locale is required: --summary en=\"what changed\" (or --summary-file)\n",
        ),
        (
            &[
                "release",
                "app",
                "2",
                "--minor",
                "--date",
                "2025-03-01",
                "--effective",
                "2025-02-01",
                "--summary",
                "en=x",
            ],
            "error: the effective date 2025-02-01 is before the release date 2025-03-01; a policy cannot take effect before it is published\n",
        ),
        (
            &["release", "nope", "2", "--minor", "--summary", "en=x"],
            "error: no policy `nope`; expected one of: app\n",
        ),
        (
            &["release", "app", "2", "--minor", "--summary", "de=x"],
            "error: `de` is not a locale of this site; expected one of: en, fr\n",
        ),
    ];
    for (args, expected) in cases {
        let out = site.run(args);
        assert_eq!(out.code, Some(2), "{args:?}");
        assert_eq!(&out.stderr, expected, "{args:?}");
    }
    let neither = site.run(&["release", "app", "2", "--summary", "en=x"]);
    assert_eq!(neither.code, Some(2));
    assert!(neither.stderr.contains("--material"), "{}", neither.stderr);
    assert!(!site.root().join("content/app/versions").exists());
}

#[test]
fn changed_added_or_removed_archive_files_fail_the_build() {
    let site = ready();
    release(&site, "1", "2025-01-10", "2025-01-10", "--material");
    let version = site.root().join("content/app/versions/1");
    let policy = version.join("policy.yaml");
    let text = std::fs::read_to_string(&policy).unwrap();
    std::fs::write(&policy, text.replace("P30D", "P10D")).unwrap();
    std::fs::write(version.join("notes.txt"), "added").unwrap();
    std::fs::remove_file(version.join("fr.yaml")).unwrap();
    for command in ["build", "check"] {
        let out = site.run(&[command]);
        assert_eq!(out.code, Some(1), "{command}");
        let hint = "  = expected: the sealed bytes: restore the file from version control, or re-seal with `clause reseal <policy> <version> --reason …` for a legal correction\n";
        assert_eq!(
            out.stderr,
            format!(
                "error: archived file removed after release\n  --> content/app/versions/1/fr.yaml\n{hint}\n\
                 error: file added to a released version\n  --> content/app/versions/1/notes.txt\n{hint}\n\
                 error: archived file changed after release\n  --> content/app/versions/1/policy.yaml\n{hint}\n\
                 3 errors found\n"
            ),
            "{command}"
        );
    }
    assert!(!site.root().join("public").exists());
    // A deliberate correction: re-seal with a reason, recorded in the lock.
    let reason = "Corrected the retention period misprinted at release";
    let said = site
        .run(&[
            "reseal",
            "app",
            "1",
            "--reason",
            reason,
            "--date",
            "2025-03-01",
        ])
        .succeeds()
        .stderr
        .clone();
    assert!(said.starts_with("Re-sealed app 1 (sha256:"), "{said}");
    let lock: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(site.root().join("clause.lock")).unwrap())
            .unwrap();
    let reseal = &lock["policies"]["app"]["1"]["reseals"][0];
    assert_eq!(reseal["reason"], reason);
    assert_eq!(reseal["date"], "2025-03-01");
    assert!(reseal["previous"].as_str().unwrap().starts_with("sha256:"));
    site.run(&["build", "--date", "2025-03-01"]).succeeds();
    let unchanged = site.run(&["reseal", "app", "1", "--reason", "again"]);
    assert_eq!(unchanged.stderr, "app 1 is unchanged; nothing to re-seal\n");
    let unknown = site.run(&["reseal", "app", "7", "--reason", "typo"]);
    assert_eq!(unknown.code, Some(2));
    assert_eq!(
        unknown.stderr,
        "error: `app` has no sealed version `7`; expected a version recorded in clause.lock\n"
    );
    let no_reason = site.run(&["reseal", "app", "1", "--reason", " "]);
    assert_eq!(
        no_reason.stderr,
        "error: --reason must say why the released version changed\n"
    );
}

#[test]
fn unsealed_and_missing_versions_are_errors() {
    let site = ready();
    release(&site, "1", "2025-01-10", "2025-01-10", "--material");
    let versions = site.root().join("content/app/versions");
    std::fs::create_dir(versions.join("2")).unwrap();
    for f in ["policy.yaml", "release.yaml"] {
        std::fs::copy(versions.join("1").join(f), versions.join("2").join(f)).unwrap();
    }
    std::fs::rename(versions.join("1"), site.root().join("moved")).unwrap();
    let out = site.run(&["check"]);
    assert_eq!(
        out.stderr,
        "error: a sealed version is missing
  --> content/app/versions/1
  = expected: the folder as released; it is recorded in clause.lock (restore it from version control)

error: version `2` is not sealed in clause.lock
  --> content/app/versions/2
  = expected: versions made by `clause release`, which records them in clause.lock

2 errors found
"
    );
}

#[test]
fn current_and_upcoming_follow_the_build_date() {
    let site = ready();
    release(&site, "1", "2025-01-01", "2025-01-15", "--material");
    release(&site, "2", "2025-05-01", "2025-06-01", "--minor");
    let main = |date: &str| {
        site.run(&["build", "--date", date]).succeeds();
        let en = site.root().join("public/en/app/index.html");
        (
            text_of(&en, ".version-label"),
            text_of(&en, ".version-state"),
            text_of(&en, ".upcoming-notice"),
        )
    };
    // Before anything takes effect, the main page shows the first version, announced.
    assert_eq!(
        main("2025-01-14"),
        (
            vec!["Version 1 · Material change".to_string()],
            vec!["This version takes effect on January 15, 2025.".to_string()],
            vec![
                "A new version of this policy takes effect on June 1, 2025. Read the new version"
                    .to_string()
            ],
        )
    );
    // The day before version 2 takes effect: 1 is current, 2 upcoming.
    let (label, state, upcoming) = main("2025-05-31");
    assert_eq!(label, ["Version 1 · Material change"]);
    assert_eq!(state, ["This is the version in effect."]);
    assert_eq!(
        upcoming,
        ["A new version of this policy takes effect on June 1, 2025. Read the new version"]
    );
    // On and after its effective date, 2 is current and nothing is upcoming.
    for date in ["2025-06-01", "2026-01-01"] {
        let (label, state, upcoming) = main(date);
        assert_eq!(label, ["Version 2 · Minor change"], "{date}");
        assert_eq!(state, ["This is the version in effect."]);
        assert!(upcoming.is_empty());
    }
    // Version 1 at its permanent address: not current, links to the version in effect.
    let v1 = site.root().join("public/en/app/1/index.html");
    assert_eq!(
        text_of(&v1, ".version-state"),
        ["This version is no longer in effect. Read the version in effect"]
    );
    assert_eq!(
        text_of(&v1, ".policy-dates time"),
        ["January 15, 2025", "January 1, 2025"]
    );
    // The history page lists both, newest first, with their summaries.
    let history = site.root().join("public/en/app/history/index.html");
    assert_eq!(
        text_of(&history, "table.versions tbody th a"),
        ["Version 2", "Version 1"]
    );
    assert_eq!(
        text_of(&history, "table.versions tbody td:nth-child(5)"),
        ["Summary of 2 What changed", "Summary of 1 What changed"]
    );
    assert_eq!(
        text_of(&history, "table.versions .meta"),
        ["In effect", "No longer in effect"]
    );
}

#[test]
fn source_date_epoch_picks_the_build_date() {
    let site = ready();
    release(&site, "1", "2025-01-01", "2025-01-01", "--material");
    release(&site, "2", "2025-01-01", "2025-06-01", "--material");
    // 2025-03-01T00:00:00Z
    let out = Command::cargo_bin("clause")
        .unwrap()
        .current_dir(site.root())
        .env("SOURCE_DATE_EPOCH", "1740787200")
        .args(["build"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let en = site.root().join("public/en/app/index.html");
    assert_eq!(
        text_of(&en, ".version-label"),
        ["Version 1 · Material change"]
    );
    assert_eq!(text_of(&en, ".upcoming-notice").len(), 1);
}

#[test]
fn drafts_are_published_only_when_asked_and_never_indexed() {
    let site = ready();
    let out = site
        .run(&["build", "--date", "2025-01-01"])
        .succeeds()
        .stderr
        .clone();
    assert!(out.starts_with("note: app has no released version, so nothing of it is published; `clause serve` previews it, `clause release` publishes it\n"), "{out}");
    assert!(!site.root().join("public/en/app").exists());
    release(&site, "1", "2025-01-01", "2025-01-01", "--material");
    site.run(&["build", "--drafts", "--date", "2025-01-01"])
        .succeeds();
    let html = std::fs::read_to_string(site.root().join("public/en/app/index.html")).unwrap();
    assert!(html.contains(r#"<meta name="robots" content="noindex">"#));
    assert!(html.contains(r#"<p class="draft-marker">Draft: not yet released</p>"#));
    let history = site.root().join("public/en/app/history/index.html");
    assert_eq!(
        text_of(&history, "table.versions tbody th a"),
        ["Draft", "Version 1"]
    );
    site.run(&["build", "--date", "2025-01-01"]).succeeds();
    let html = std::fs::read_to_string(site.root().join("public/en/app/index.html")).unwrap();
    assert!(!html.contains("noindex") && !html.contains("draft-marker"));
}

#[test]
fn archived_pages_keep_their_bytes_and_builds_are_reproducible() {
    let site = ready();
    release(&site, "1", "2025-01-01", "2025-01-01", "--material");
    release(&site, "2", "2025-02-01", "2025-02-01", "--minor");
    let build = |out: &str, date: &str| {
        site.run(&["build", "--output", out, "--date", date])
            .succeeds();
        read_tree(&site.root().join(out))
    };
    let a = build("a", "2025-02-15");
    assert_eq!(
        a,
        build("b", "2025-02-15"),
        "same input and date, same bytes"
    );
    // A later release and a later date change the main and history pages, not the pages
    // of a version that was already archived.
    release(&site, "3", "2025-03-01", "2025-03-01", "--minor");
    let c = build("c", "2025-04-01");
    let main = Path::new("en/app/index.html");
    assert_ne!(a[main], c[main]);
    for archived in ["en/app/1/index.html", "fr/app/1/index.html"] {
        assert_eq!(a[Path::new(archived)], c[Path::new(archived)], "{archived}");
    }
}

#[cfg(unix)]
#[test]
fn rebuilds_reuse_unchanged_pages_and_redo_everything_that_changed() {
    use std::os::unix::fs::MetadataExt;
    let site = ready();
    release(&site, "1", "2025-01-01", "2025-01-01", "--material");
    release(&site, "2", "2025-02-01", "2025-02-01", "--minor");
    let out = site.root().join("public");
    let build = |date: &str, fresh: bool| {
        let mut args = vec!["build", "--date", date];
        if fresh {
            args.push("--fresh");
        }
        site.run(&args).succeeds();
        read_tree(&out)
    };
    let inode = |page: &str| std::fs::metadata(out.join(page)).unwrap().ino();
    let archived = "en/app/1/index.html";
    let first = build("2025-02-15", false);
    let before = (inode(archived), inode("en/app/index.html"));
    // Unchanged: the same bytes, and the files are the previous build's (not written again).
    assert!(build("2025-02-15", false) == first);
    assert_eq!((inode(archived), inode("en/app/index.html")), before);
    assert!(first.contains_key(Path::new(".clause-manifest.json")));
    let said = site
        .run(&["build", "--date", "2025-02-15"])
        .succeeds()
        .stderr
        .clone();
    let files = first.len() - 1; // the manifest is not counted
    assert!(
        said.contains(&format!("({files} files, {files} unchanged)")),
        "{said}"
    );
    std::fs::write(out.join(archived), "tampered").unwrap();
    assert!(
        build("2025-02-15", false) == first,
        "an edited output file is replaced"
    );
    // A changed UI string and a new release: whatever a reused page would get wrong is
    // rendered again, and reuse gives what a fresh build gives.
    std::fs::create_dir_all(site.root().join("locales")).unwrap();
    std::fs::write(
        site.root().join("locales/en.ftl"),
        "version-state-archived = Superseded by a later version.\n",
    )
    .unwrap();
    release(&site, "3", "2025-03-01", "2025-03-01", "--minor");
    let reused = build("2025-04-01", false);
    assert!(String::from_utf8_lossy(&reused[Path::new(archived)]).contains("Superseded"));
    let version_2 = String::from_utf8_lossy(&reused[Path::new("en/app/2/index.html")]).into_owned();
    assert!(version_2.contains("Superseded"), "2 is archived now");
    let fresh = build("2025-04-01", true);
    let differing: Vec<_> = fresh
        .keys()
        .filter(|p| reused.get(*p) != fresh.get(*p))
        .collect();
    assert!(
        differing.is_empty() && reused.len() == fresh.len(),
        "{differing:?}"
    );
}

/// A released version shows every date a reader of a legal text looks for, on the web page
/// and in the in-app view: effective, released, last updated.
#[test]
fn released_pages_and_in_app_views_show_every_date() {
    let site = ready();
    site.edit(
        "content/app/policy.yaml",
        "    email: privacy@counter.example",
        "    email: privacy@counter.example\n  updated: 2025-01-05",
    );
    release(&site, "1", "2025-01-10", "2025-02-01", "--material");
    site.run(&["build", "--date", "2025-03-01"]).succeeds();
    let dates = text_of(&site.path("public/en/app/1/index.html"), ".policy-dates dt");
    assert_eq!(
        dates,
        [
            "Effective date",
            "Released",
            "Last updated",
            "Version history"
        ]
    );
    let app = text_of(&site.path("public/app/en/app/1.html"), ".dates");
    assert_eq!(
        app,
        [
            "Effective date: February 1, 2025 · Released: January 10, 2025 · Last updated: January 5, 2025"
        ]
    );
}

/// "Privacy at a glance" states only what the policy states: a category that says nothing
/// about tracking is "not stated", never "None"; once it says no, "None" is true.
#[test]
fn the_glance_never_states_a_fact_the_policy_does_not() {
    let site = ready();
    let glance = |site: &SiteTest| {
        site.run(&["build", "--drafts", "--date", "2025-03-01"])
            .succeeds();
        let html = page(&site.path("public/en/app/index.html"));
        html.select(&Selector::parse(".glance-group").unwrap())
            .map(|g| {
                let text = |css: &str| {
                    g.select(&Selector::parse(css).unwrap())
                        .map(|e| e.text().collect::<String>().trim().to_string())
                        .collect::<Vec<_>>()
                        .join(" ")
                };
                format!("{}: {}", text("dt"), text("dd"))
            })
            .collect::<Vec<_>>()
    };
    assert_eq!(
        glance(&site),
        [
            "Not stated whether used to track you: Account",
            "Not stated whether linked to you: Account",
            "Not stated whether shared with other companies: Account",
        ]
    );
    site.edit(
        "content/app/policy.yaml",
        "    source: user",
        "    source: user\n    tracking: false\n    linked: true\n    shared: false",
    );
    assert_eq!(
        glance(&site),
        [
            "Data used to track you: None",
            "Data linked to you: Account",
            "Data shared with other companies: None",
        ]
    );
    // `clause check` lists what is still unstated, for the author to decide.
    let check = site.run(&["check"]);
    assert!(
        check.stdout.contains(
            "  app  account: ephemeral, encrypted_in_transit, required, deletable, store_types\n"
        ),
        "{}",
        check.stdout
    );
}
