//! End-to-end tests: copy a fixture site to a temp folder, run the real `clause`, check output.

use crate::common::*;
use std::path::{Path, PathBuf};

/// Every fixture under tests/fixtures/errors fails `clause check` with exactly the
/// diagnostics in its expected.txt. Set CLAUSE_BLESS=1 to rewrite them after a deliberate change.
#[test]
fn error_fixtures_print_exact_diagnostics() {
    let mut cases: Vec<PathBuf> = std::fs::read_dir(fixture("errors"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    cases.sort();
    assert!(cases.len() >= 14, "expected the full set of error fixtures");
    for case in cases {
        let dir = site(&case);
        let out = clause(dir.path(), &["check"]);
        let actual = stderr(&out);
        let expected_file = case.join("expected.txt");
        if std::env::var_os("CLAUSE_BLESS").is_some() {
            std::fs::write(&expected_file, &actual).unwrap();
        }
        let expected = std::fs::read_to_string(&expected_file).unwrap_or_default();
        assert_eq!(actual, expected, "diagnostics of {}", case.display());
        assert_eq!(
            out.status.code(),
            Some(1),
            "exit code of {}",
            case.display()
        );
    }
}

#[test]
fn json_diagnostics_for_ci() {
    let dir = site(&fixture("errors/unknown-reference"));
    let out = clause(dir.path(), &["check", "--format", "json"]);
    assert_eq!(out.status.code(), Some(1));
    // One document on stdout, also when the site does not load.
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["errors"], 3);
    let first = &doc["diagnostics"][0];
    assert_eq!(first["file"], "content/app/policy.yaml");
    assert_eq!(
        (first["line"].as_u64(), first["column"].as_u64()),
        (Some(16), Some(21))
    );
    assert_eq!(first["message"], "reference to an unknown purpose");
    assert_eq!(first["found"], "`marketing`");
    assert_eq!(first["expected"], "one of `run`");
}

#[test]
fn example_site_builds_and_shows_its_content() {
    let (_dir, out, said) = build_example();
    let files = example_files(&out);
    assert!(
        said.contains(&format!(
            "Built 186 pages ({files} files, 0 unchanged) into "
        )),
        "{said}"
    );
    // Published in four locales; zh-Hans is deliberately incomplete and falls back to zh-Hant.
    let ar = page(&out.join("ar/lumen-notes/index.html"));
    assert_eq!(count(&ar, "html[lang=ar][dir=rtl]"), 1);
    assert_eq!(count(&ar, ".fallback"), 0);
    let hans = page(&out.join("zh-Hans/lumen-notes/index.html"));
    assert!(count(&hans, "div.fallback[lang=zh-Hant]") > 0);
    assert_eq!(count(&hans, ".fallback[lang=en]"), 0);
    // Versions: 3 is in effect on 2026-06-01, 4, 5 and 6 are upcoming, 1 and 2 are archived.
    let lumen_main = std::fs::read_to_string(out.join("en/lumen-notes/index.html")).unwrap();
    assert!(lumen_main.contains("Version 3 · Material change"));
    assert!(lumen_main.contains("A new version of this policy takes effect on January 1, 2027."));
    let history = page(&out.join("en/lumen-notes/history/index.html"));
    assert_eq!(count(&history, "table.versions tbody tr"), 6);
    assert_eq!(count(&history, "tr.state-archived"), 2);
    let archived = std::fs::read_to_string(out.join("en/lumen-notes/1/index.html")).unwrap();
    assert!(archived.contains("This version is no longer in effect."));
    assert!(out.join("ar/pebble-chat/1/index.html").is_file());
    // Change notices: version 2 removed a recipient, shortened a response time and reworded
    // a section; version 3 added place tags, moved a section and renamed another.
    let v2 = std::fs::read_to_string(out.join("zh-Hant/lumen-notes/changes/2/index.html")).unwrap();
    assert!(
        v2.contains("我們<ins><span class=\"visually-hidden\">新增： </span>盡量少</ins>蒐集"),
        "{v2}"
    );
    let v3 = std::fs::read_to_string(out.join("en/lumen-notes/changes/3/index.html")).unwrap();
    for expected in [
        "(Renamed from “Security”)",
        "(Moved)",
        "<strong>Approximate location</strong>",
    ] {
        assert!(v3.contains(expected), "{expected}");
    }
    // Version 5 rewrites a section of a list into paragraphs and a longer list, and keeps
    // account details three years instead of until the account is deleted.
    let v5 = page(&out.join("en/lumen-notes/changes/5/index.html"));
    let texts = |css: &str| -> Vec<String> {
        v5.select(&Selector::parse(css).unwrap())
            .map(|e| e.text().collect::<String>().trim().to_string())
            .collect()
    };
    assert_eq!(
        texts(".redline > div").len(),
        3,
        "a paragraph added, the list changed, a paragraph added"
    );
    assert_eq!(
        texts(".redline li.added"),
        ["Inserted: An outside firm reviews our systems once a year."]
    );
    assert!(
        texts(".changes li li")
            .contains(&"Kept for: Until you delete your account → 3 years".to_string())
    );
    assert!(out.join("ar/lumen-notes/feed.xml").is_file());
    let lumen = page(&out.join("en/lumen-notes/index.html"));
    assert_eq!(count(&lumen, "table.data-categories tbody tr"), 5);
    assert_eq!(
        count(&lumen, "table.permissions"),
        2,
        "one table per platform"
    );
    assert_eq!(count(&lumen, "#permission-android-camera code"), 1);
    assert_eq!(count(&lumen, ".rights .right"), 6);
    assert_eq!(count(&lumen, ".contact-card"), 1);
    assert_eq!(count(&lumen, "html[lang=en][dir=ltr]"), 1);
    let pebble = std::fs::read_to_string(out.join("en/pebble-chat/index.html")).unwrap();
    assert!(pebble.contains("This service is directed at children under 13."));
    assert!(pebble.contains("Deleted from our servers once delivered"));
    let chooser = page(&out.join("index.html"));
    assert_eq!(count(&chooser, "a[href='/en/lumen-notes/']"), 1);
    assert_eq!(count(&chooser, "a[href='/en/pebble-chat/']"), 1);
    let sitemap = std::fs::read_to_string(out.join("sitemap.xml")).unwrap();
    assert!(sitemap.contains("<loc>https://privacy.example.com/en/pebble-chat/</loc>"));
    assert!(out.join("404.html").is_file() && out.join("static/clause.css").is_file());
}

/// The seed-shaped fixtures lose nothing: every id in the YAML has its element in the HTML.
#[test]
fn seed_shaped_policies_build_without_loss() {
    for (name, locale, policy) in [
        ("seed-en", "en", "general-app"),
        ("seed-zh", "zh-Hant", "kids-chat"),
    ] {
        let dir = site(&fixture(name));
        let run = clause(dir.path(), &["build", "--drafts"]);
        assert!(run.status.success(), "{name}: {}", stderr(&run));
        let yaml_path = dir.path().join(format!("content/{policy}/policy.yaml"));
        let model: clause::content::model::Policy =
            clause::yaml::parse("policy.yaml", &std::fs::read_to_string(yaml_path).unwrap())
                .unwrap();
        let html = page(
            &dir.path()
                .join(format!("public/{locale}/{policy}/index.html")),
        );
        assert_eq!(count(&html, &format!("html[lang={locale}]")), 1);
        let mut expected: Vec<String> = Vec::new();
        expected.extend(
            model
                .data_categories
                .iter()
                .map(|c| format!("#data-{}", c.id.value)),
        );
        expected.extend(
            model
                .permissions
                .iter()
                .map(|p| format!("#permission-{}", p.id.value)),
        );
        expected.extend(
            model
                .third_parties
                .iter()
                .map(|t| format!("#third-party-{}", t.id.value)),
        );
        expected.extend(
            model
                .rights
                .iter()
                .map(|r| format!("#right-{}", r.id.value)),
        );
        expected.extend(
            model
                .purposes
                .iter()
                .map(|p| format!("#purpose-{}", p.id.value)),
        );
        let mut sections = Vec::new();
        collect_sections(&model.sections, &mut sections);
        expected.extend(sections.iter().map(|s| format!("section#{s}")));
        for css in &expected {
            assert_eq!(count(&html, css), 1, "{name}: {css}");
        }
        assert_eq!(
            count(&html, ".toc a"),
            sections.len(),
            "{name}: every section is in the contents"
        );
    }
}

fn collect_sections(sections: &[clause::content::model::Section], into: &mut Vec<String>) {
    for s in sections {
        into.push(s.id.value.clone());
        collect_sections(&s.sections, into);
    }
}

#[test]
fn hostile_markdown_is_sanitised() {
    let dir = site(&fixture("minimal"));
    let policy = dir.path().join("content/app/policy.yaml");
    let text = std::fs::read_to_string(&policy).unwrap().replace(
        "    body: Hello.\n",
        "    body: |\n      <script>alert(1)</script><iframe src=\"https://evil.example\"></iframe>\n\n      [click](javascript:alert(1)) <img src=x onerror=alert(2)> <a href=\"data:text/html,x\">d</a>\n      {{ config }} {% raw %}\n",
    );
    std::fs::write(&policy, text).unwrap();
    let run = clause(dir.path(), &["build", "--drafts"]);
    assert!(run.status.success(), "{}", stderr(&run));
    let html = std::fs::read_to_string(dir.path().join("public/en/app/index.html")).unwrap();
    // The one script is the page's schema.org data, a JSON data block that cannot close early.
    let html = html.replacen("<script type=\"application/ld+json\">", "", 1);
    for bad in ["<script", "<iframe", "javascript:", "onerror", "data:text"] {
        assert!(!html.contains(bad), "{bad} survived");
    }
    assert!(
        html.contains("{{ config }} {% raw %}"),
        "template syntax in content prints literally"
    );
}

#[test]
fn same_input_gives_same_bytes() {
    let dir = site(&fixture("seed-en"));
    let a = dir.path().join("a");
    let b = dir.path().join("b");
    for out in [&a, &b] {
        let run = clause(
            dir.path(),
            &[
                "build",
                "--output",
                out.to_str().unwrap(),
                "--date",
                "2026-01-01",
            ],
        );
        assert!(run.status.success());
    }
    assert_eq!(read_tree(&a), read_tree(&b));
}

#[test]
fn failed_build_keeps_previous_output() {
    let dir = site(&fixture("minimal"));
    assert!(clause(dir.path(), &["build", "--drafts"]).status.success());
    let before = read_tree(&dir.path().join("public"));
    let policy = dir.path().join("content/app/policy.yaml");
    let broken = std::fs::read_to_string(&policy)
        .unwrap()
        .replace("purposes: [run]", "purposes: [nothing]");
    std::fs::write(&policy, broken).unwrap();
    let run = clause(dir.path(), &["build", "--drafts"]);
    assert_eq!(run.status.code(), Some(1));
    assert_eq!(read_tree(&dir.path().join("public")), before);
    let leftovers = staging_folders(dir.path());
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn init_creates_a_site_that_builds_and_never_overwrites() {
    let dir = tempfile::tempdir().unwrap();
    let init = clause(dir.path(), &["init", "new-site"]);
    assert!(init.status.success(), "{}", stderr(&init));
    assert_eq!(
        stderr(&init),
        "Created a new site in new-site: clause.yaml and content/example/policy.yaml, with a .gitignore for the output.\n\
         Next: preview it with `clause serve --root new-site`; when the policy is ready, publish it with `clause release` (see `clause release --help`)\n"
    );
    let root = dir.path().join("new-site");
    assert_eq!(
        std::fs::read_to_string(root.join(".gitignore")).unwrap(),
        "/public/\n/.clause-cache/\n/.public.clause-stamps.json\n"
    );
    // In a folder that is already a repository with its own .gitignore: that one is kept.
    let here = dir.path().join("repo");
    std::fs::create_dir(&here).unwrap();
    std::fs::write(here.join(".gitignore"), "target/\n").unwrap();
    let init = clause(&here, &["init"]);
    assert_eq!(
        stderr(&init),
        "Created a new site in the current folder: clause.yaml and content/example/policy.yaml.\n\
         Next: preview it with `clause serve`; when the policy is ready, publish it with `clause release` (see `clause release --help`)\n"
    );
    assert_eq!(
        std::fs::read_to_string(here.join(".gitignore")).unwrap(),
        "target/\n"
    );
    let build = clause(&root, &["build", "--drafts"]);
    assert!(build.status.success(), "{}", stderr(&build));
    assert!(root.join("public/en/example/index.html").is_file());
    let again = clause(dir.path(), &["init", "new-site"]);
    assert_eq!(again.status.code(), Some(2));
    assert!(
        stderr(&again).contains("already exists; `clause init` never overwrites files"),
        "{}",
        stderr(&again)
    );
}

#[test]
fn usage_errors_exit_with_2() {
    let dir = site(&fixture("minimal"));
    let bad_date = clause(dir.path(), &["build", "--date", "2026-02-30"]);
    assert_eq!(bad_date.status.code(), Some(2));
    assert!(
        stderr(&bad_date).contains("expected a date written YYYY-MM-DD"),
        "{}",
        stderr(&bad_date)
    );
    let epoch = Command::cargo_bin("clause")
        .unwrap()
        .current_dir(dir.path())
        .env("SOURCE_DATE_EPOCH", "soon")
        .arg("check")
        .output()
        .unwrap();
    assert_eq!(epoch.status.code(), Some(2));
    assert_eq!(
        stderr(&epoch),
        "error: SOURCE_DATE_EPOCH is `soon`, expected a number of seconds since 1970-01-01\n"
    );
}

#[test]
fn site_theme_overrides_a_template_and_check_writes_nothing() {
    let dir = site(&fixture("minimal"));
    let templates = dir.path().join("themes/default/templates");
    std::fs::create_dir_all(&templates).unwrap();
    std::fs::write(
        templates.join("404.html"),
        "{% extends \"base.html\" %}{% block main %}<p>Custom lost page</p>{% endblock main %}",
    )
    .unwrap();
    let check = clause(dir.path(), &["check", "--drafts"]);
    assert!(check.status.success());
    assert_eq!(
        stderr(&check),
        "No problems found: 1 policy, 1 locale, 5 pages\n"
    );
    assert!(!dir.path().join("public").exists(), "check writes nothing");
    assert!(clause(dir.path(), &["build", "--drafts"]).status.success());
    let lost = std::fs::read_to_string(dir.path().join("public/404.html")).unwrap();
    assert!(lost.contains("<p>Custom lost page</p>"));
}

#[cfg(unix)]
#[test]
fn policy_folder_linking_out_of_the_site_is_refused() {
    let outside = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(outside.path().join("evil")).unwrap();
    std::fs::copy(
        fixture("minimal/content/app/policy.yaml"),
        outside.path().join("evil/policy.yaml"),
    )
    .unwrap();
    let dir = site(&fixture("minimal"));
    std::os::unix::fs::symlink(outside.path().join("evil"), dir.path().join("content/evil"))
        .unwrap();
    let out = clause(dir.path(), &["check"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stderr(&out),
        format!(
            "error: symbolic link leads outside the site\n  --> content/evil\n  = found: a link to `{}`\n  = expected: a file or folder inside the site (Clause never follows a link out of it)\n\n1 error found\n",
            outside.path().join("evil").display()
        )
    );
}

/// The built-in stylesheet prints without navigation, and no block of it is pasted twice
/// (a mistake that once merged a rule into the print selector list).
#[test]
fn print_stylesheet_hides_navigation() {
    let css = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("themes/default/static/clause.css"),
    )
    .unwrap();
    assert!(css.contains(
        "@media print {\n  .site-header nav, .skip-link, .toc, .anchor, .site-footer { display: none; }"
    ));
    for line in css.lines().filter(|l| l.starts_with("/*")) {
        assert_eq!(css.matches(line).count(), 1, "pasted twice: {line}");
    }
}

/// Built with `--no-default-features`, `serve` is still listed and says how to get it.
#[cfg(not(feature = "serve"))]
#[test]
fn serve_without_its_feature_says_how_to_get_it() {
    SiteTest::example().run(&["serve"]).fails_with(
        2,
        "error: this clause was built without `serve`; install it with the default features \
         (`cargo install clause-ssg`) to preview with live reload\n",
    );
}

/// The example uses the model's newer shapes: lumen-notes 6 shows the web app's cookies in
/// two tables placed in its text (those it needs, and the one set only with consent), in
/// Arabic too; pebble-chat 4 numbers its sections I, II with (1), (2) inside them.
#[test]
fn the_example_shows_cookies_by_need_and_a_numbering_style() {
    let (_dir, out, _) = build_example();
    let v6 = page(&out.join("ar/lumen-notes/6/index.html"));
    assert_eq!(count(&v6, "html[lang=ar][dir=rtl]"), 1);
    let tables = Selector::parse("#cookies table.cookies").unwrap();
    let rows: Vec<Vec<String>> = v6
        .select(&tables)
        .map(|t| {
            let row = Selector::parse("tbody tr").unwrap();
            t.select(&row)
                .map(|r| r.value().id().unwrap_or("").to_string())
                .collect()
        })
        .collect();
    assert_eq!(
        rows,
        [
            vec!["cookie-session", "cookie-offline-notes"],
            vec!["cookie-crash-id"]
        ]
    );
    assert_eq!(count(&v6, "#cookies .fallback"), 0);
    let pebble = page(&out.join("en/pebble-chat/4/index.html"));
    let numbers: Vec<String> = pebble
        .select(&Selector::parse("h2 .number, h3 .number").unwrap())
        .map(|e| e.text().collect())
        .filter(|n: &String| !n.is_empty())
        .take(5)
        .collect();
    assert_eq!(numbers, ["I", "II", "(1)", "(2)", "III"]);
}

/// `clause diff … | head`: a reader that goes away ends the command quietly, as it ends
/// other Unix tools, never with a panic.
#[cfg(unix)]
#[test]
fn a_closed_pipe_ends_a_command_quietly() {
    let site = SiteTest::example();
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("clause"))
        .current_dir(site.root())
        .args(["diff", "lumen-notes", "1", "draft", "--format", "json"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // The reader closes its end before the command writes anything.
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_eq!(stderr, "");
    use std::os::unix::process::ExitStatusExt;
    assert_eq!(out.status.signal(), Some(libc::SIGPIPE), "{:?}", out.status);
}

/// `diff --format` says what it prints, not what `check` prints.
#[test]
fn diff_help_describes_its_own_formats() {
    let dir = tempfile::tempdir().unwrap();
    let help = clause(dir.path(), &["diff", "--help"]);
    let text = String::from_utf8_lossy(&help.stdout);
    assert!(text.contains("How to print the notice"), "{text}");
    assert!(
        text.contains("text: The notice as text for a terminal (coloured on one)"),
        "{text}"
    );
    assert!(
        text.contains("json: The notice, its findings and its changes as one JSON document"),
        "{text}"
    );
    assert!(!text.contains("source snippets"), "{text}");
}
