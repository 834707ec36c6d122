//! The habits users bring from Zola and Hugo: the site found from a subfolder, `-q` and
//! `-v`, coloured diagnostics, `--base-url`, `clause new`, completions and a man page, and
//! what search engines read on a policy page.

use crate::common::*;

const DATE: &str = "2026-12-04";

#[test]
fn a_command_run_in_a_subfolder_works_on_the_site_above() {
    let site = SiteTest::example();
    let deep = site.path("content/lumen-notes");
    let out = clause(&deep, &["build", "--date", DATE]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    // The output is the site's, named as seen from where the command ran.
    assert!(
        stderr(&out).contains(") into ../../public in "),
        "{}",
        stderr(&out)
    );
    assert!(site.path("public/index.html").is_file());
    assert!(!deep.join("public").exists());
    // --root given is taken as given, never searched from.
    let out = clause(&deep, &["check", "--root", "."]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).starts_with("error: no site configuration found\n"));
}

#[test]
fn outside_any_site_the_error_says_how_to_start_one() {
    let empty = SiteTest::empty();
    empty.run(&["new", "cookies"]).fails_with(
        2,
        "error: no clause.yaml in . or any folder above it; `clause init` creates a site, `clause new` adds a policy to one\n",
    );
}

#[test]
fn quiet_prints_nothing_but_problems_and_verbose_adds_timings() {
    let site = SiteTest::example();
    let run = site.run(&["build", "-q", "--date", DATE]);
    run.succeeds();
    assert_eq!((run.stdout.as_str(), run.stderr.as_str()), ("", ""));
    let run = site.run(&["check", "--quiet", "--date", DATE]);
    run.succeeds();
    assert_eq!((run.stdout.as_str(), run.stderr.as_str()), ("", ""));
    let run = site.run(&["build", "-v", "--date", DATE]);
    run.succeeds();
    for phase in ["load", "render", "write"] {
        let timing = format!("timing: {phase}: ");
        assert!(
            run.stderr.lines().any(|l| l.starts_with(&timing)),
            "{}",
            run.stderr
        );
    }
    site.run(&["build", "-q", "-v"]).fails_with(
        2,
        "error: the argument '--quiet' cannot be used with '--verbose'\n\nUsage: clause build --quiet\n\nFor more information, try '--help'.\n",
    );
}

#[test]
fn diagnostics_are_coloured_when_asked_and_plain_into_a_pipe() {
    let site = SiteTest::fixture("errors/unknown-reference");
    let coloured = site.run(&["check", "--color", "always"]);
    let first: Vec<&str> = coloured.stderr.lines().take(6).collect();
    assert_eq!(
        first,
        [
            "\x1b[1m\x1b[91merror\x1b[0m\x1b[1m: reference to an unknown purpose\x1b[0m",
            "  \x1b[1m\x1b[94m-->\x1b[0m content/app/policy.yaml:16:21",
            "\x1b[1m\x1b[94m   |\x1b[0m",
            "\x1b[1m\x1b[94m16 |\x1b[0m     purposes: [run, marketing]",
            "\x1b[1m\x1b[94m   |\x1b[0m                     \x1b[1m\x1b[91m^^^^^^^^^ found `marketing`\x1b[0m",
            "\x1b[1m\x1b[94m   =\x1b[0m expected: one of `run`",
        ]
    );
    // Into a pipe (as here) `auto` is plain, and so is `never`.
    let plain = site.run(&["check"]);
    assert!(plain.stderr.starts_with(
        "error: reference to an unknown purpose\n  --> content/app/policy.yaml:16:21\n"
    ));
    assert_eq!(
        site.run(&["check", "--color", "never"]).stderr,
        plain.stderr
    );
    // The flag overrides NO_COLOR (no-color.org).
    let out = std::process::Command::new(assert_cmd::cargo::cargo_bin("clause"))
        .current_dir(site.root())
        .env("NO_COLOR", "1")
        .args(["check", "--color", "always"])
        .output()
        .unwrap();
    assert_eq!(stderr(&out), coloured.stderr);
}

#[test]
fn new_adds_a_policy_that_builds_and_never_overwrites() {
    let site = SiteTest::example();
    // What a killed `new` left: its staging folder in the root, never a half policy.
    std::fs::create_dir_all(site.path(".clause-new-a1b2c3")).unwrap();
    std::fs::write(site.path(".clause-new-a1b2c3/policy.yaml"), "meta:\n").unwrap();
    site.run(&["new", "cookies", "--title", "Cookie Policy: what we set"])
        .fails_with(
            0,
            "Created ./content/cookies/policy.yaml: a starter policy to fill in (every field is described in Clause's docs/content-format.md).\nNext: preview it with `clause serve`; publish it with `clause release cookies`\n",
        );
    assert!(
        site.read("content/cookies/policy.yaml")
            .contains("\n  title: \"Cookie Policy: what we set\"\n")
    );
    site.run(&["check", "--date", DATE]).succeeds();
    assert!(
        !site.path(".clause-new-a1b2c3").exists(),
        "the leftover is removed"
    );
    site.run(&["new", "cookies"]).fails_with(
        2,
        "error: ./content/cookies already exists; `clause new` never overwrites (choose another id)\n",
    );
    site.run(&["new", "Cookies"]).fails_with(
        2,
        "error: `Cookies` cannot be a policy id: a lowercase slug: letters a-z, digits and single hyphens, starting with a letter or digit, at most 64 characters\n",
    );
    site.run(&["new", "aux"]).fails_with(
        2,
        "error: `aux` cannot be a policy id: a name that is not a Windows device name (con, prn, aux, nul, com1–com9, lpt1–lpt9)\n",
    );
}

#[test]
fn completions_and_manual_pages_come_from_the_command_line_itself() {
    let site = SiteTest::empty();
    let bash = site.run(&["completions", "bash"]);
    bash.succeeds();
    assert!(bash.stdout.contains("_clause() {"), "{}", bash.stdout);
    assert!(bash.stdout.contains("--base-url"));
    assert!(bash.stdout.contains("complete -F _clause"));
    let zsh = site.run(&["completions", "zsh"]);
    assert!(zsh.stdout.starts_with("#compdef clause\n"));
    let fish = site.run(&["completions", "fish"]);
    assert!(fish.stdout.contains("complete -c clause "));
    let man = site.run(&["man"]);
    man.succeeds();
    assert!(man.stdout.contains("\n.TH clause 1 "), "{}", man.stdout);
    assert!(man.stdout.contains("\n.SH SUBCOMMANDS\n"));
    let build = site.run(&["man", "build"]);
    assert!(build.stdout.contains("\n.TH clause-build 1 "));
    assert!(build.stdout.contains("\\-\\-base\\-url"));
    site.run(&["man", "biuld"]).fails_with(
        2,
        "error: no command `biuld`; expected one of: build, check, init, translate, confirm, release, reseal, diff, serve, export, import, new, completions, man\n",
    );
    site.run(&["completions", "tcsh"]).fails_with(
        2,
        "error: invalid value 'tcsh' for '<SHELL>'\n  [possible values: bash, elvish, fish, powershell, zsh]\n\n  tip: a similar value exists: 'zsh'\n\nFor more information, try '--help'.\n",
    );
}

/// Every file of the output, as text, with the names of those that contain `text`.
fn files_containing(dir: &std::path::Path, text: &str) -> Vec<String> {
    read_tree(dir)
        .into_iter()
        .filter(|(_, bytes)| String::from_utf8_lossy(bytes).contains(text))
        .map(|(path, _)| path.display().to_string())
        .collect()
}

#[test]
fn base_url_makes_a_preview_name_its_own_address_everywhere() {
    let site = SiteTest::example();
    let preview = "https://pr-7.preview.example/p/";
    site.run(&["build", "--base-url", preview, "--date", DATE])
        .succeeds();
    let public = site.path("public");
    assert_eq!(
        files_containing(&public, "privacy.example.com"),
        Vec::<String>::new()
    );
    assert!(
        site.read("public/sitemap.xml")
            .contains("<loc>https://pr-7.preview.example/p/en/lumen-notes/</loc>")
    );
    assert!(site.read("public/en/lumen-notes/index.html").contains(
        "<link rel=\"alternate\" hreflang=\"ar\" href=\"https://pr-7.preview.example/p/ar/lumen-notes/\">"
    ));
    // Links within the site follow the preview's path.
    assert!(site.read("public/404.html").contains("href=\"/p/"));
    // The production build after it reuses nothing of the preview's.
    site.run(&["build", "--date", DATE]).succeeds();
    assert_eq!(
        files_containing(&public, "pr-7.preview.example"),
        Vec::<String>::new()
    );
    site.run(&["build", "--base-url", "preview.example"]).fails_with(
        2,
        "error: invalid value 'preview.example' for '--base-url <URL>': expected an absolute http:// or https:// URL such as `https://privacy.example.com/`\n\nFor more information, try '--help'.\n",
    );
}

/// The `<head>` lines of a page that search engines read.
fn head_for_search(html: &str) -> Vec<&str> {
    html.lines()
        .filter(|l| {
            l.starts_with("<link rel=\"canonical\"")
                || l.starts_with("<meta name=\"description\"")
                || l.starts_with("<script type=\"application/ld+json\">")
        })
        .collect()
}

fn structured_data(html: &str) -> serde_json::Value {
    let line = head_for_search(html)
        .into_iter()
        .find(|l| l.starts_with("<script"))
        .expect("structured data");
    let json = line
        .strip_prefix("<script type=\"application/ld+json\">")
        .and_then(|l| l.strip_suffix("</script>"))
        .unwrap();
    serde_json::from_str(json).unwrap()
}

#[test]
fn policy_pages_tell_search_engines_what_they_are() {
    let (_dir, out, _) = build_example();
    let read = |rel: &str| std::fs::read_to_string(out.join(rel)).unwrap();
    let en = read("en/lumen-notes/index.html");
    assert_eq!(
        head_for_search(&en)[..2],
        [
            "<link rel=\"canonical\" href=\"https://privacy.example.com/en/lumen-notes/\">",
            "<meta name=\"description\" content=\"We never sell your notes or your personal data.\">",
        ]
    );
    assert_eq!(
        structured_data(&en),
        serde_json::json!({
            "@context": "https://schema.org",
            "@type": "WebPage",
            "name": "Privacy Policy",
            "url": "https://privacy.example.com/en/lumen-notes/",
            "inLanguage": "en",
            "description": "We never sell your notes or your personal data.",
            "dateModified": "2026-02-10",
            "isPartOf": {
                "@type": "WebSite",
                "name": "Example Privacy Center",
                "url": "https://privacy.example.com/",
            },
        })
    );
    // In the page's own language and script.
    let ar = structured_data(&read("ar/lumen-notes/index.html"));
    assert_eq!(ar["inLanguage"], "ar");
    assert_eq!(ar["url"], "https://privacy.example.com/ar/lumen-notes/");
    assert!(
        ar["description"]
            .as_str()
            .unwrap()
            .chars()
            .any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)),
        "{ar}"
    );
    // A permanent version page names itself; the chooser names the site; the 404 page
    // has no address of its own and names none.
    assert!(read("en/lumen-notes/1/index.html").contains(
        "<link rel=\"canonical\" href=\"https://privacy.example.com/en/lumen-notes/1/\">"
    ));
    assert!(
        read("index.html")
            .contains("<link rel=\"canonical\" href=\"https://privacy.example.com/\">")
    );
    assert_eq!(head_for_search(&read("404.html")), Vec::<&str>::new());
}

/// A policy that states little: no key points, no dates. Nothing is made up for it.
#[test]
fn a_policy_that_states_little_gets_no_invented_description_or_date() {
    let site = SiteTest::fixture("minimal");
    site.run(&["build", "--drafts", "--date", DATE]).succeeds();
    let html = site.read("public/en/app/index.html");
    assert!(!html.contains("<meta name=\"description\""), "{html}");
    let data = structured_data(&html);
    assert_eq!(data.get("description"), None);
    assert_eq!(data.get("dateModified"), None);
    assert_eq!(data["url"], "https://example.com/en/app/");
}

#[test]
fn a_new_site_built_before_any_release_says_why_it_is_empty() {
    let site = SiteTest::empty();
    site.run(&["init"]).succeeds();
    let run = site.run(&["build", "--date", DATE]);
    run.succeeds();
    assert!(run.stderr.starts_with(
        "note: example has no released version, so nothing of it is published; `clause serve` previews it, `clause release` publishes it\n"
    ), "{}", run.stderr);
    assert!(
        site.read("public/index.html")
            .contains("<p class=\"chooser-empty\">No policy is published here yet.</p>")
    );
}

/// `init` in a folder of a site would make a site whose files the outer one reads as its
/// own: refused, pointing at `new`.
#[test]
fn init_inside_a_site_points_at_new_instead() {
    let site = SiteTest::example();
    let out = clause(&site.path("content"), &["init", "nested"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        format!(
            "error: nested is inside the site in {}; `clause new <policy>` adds a policy to it (or choose a folder outside it)\n",
            site.root().canonicalize().unwrap().display()
        )
    );
    assert!(!site.path("content/nested").exists());
}
