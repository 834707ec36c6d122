//! Policy families: tests/fixtures/family is a company with two apps whose policies include
//! shared sections, recipients, a transfer, rights and a list of cases from the site library
//! (`library/library.yaml`, translated once in `library/zh-Hant.yaml` and, in part,
//! `library/ar.yaml`). Fern Notes includes them unchanged; Fern Photos overrides a
//! recipient's purpose and a section's body, and places the shared section at another level.

use crate::common::*;
use scraper::{Html, Selector};

fn built() -> SiteTest {
    let site = SiteTest::fixture("family");
    site.run(&["build", "--drafts", "--date", "2026-12-04"])
        .succeeds();
    site
}

fn text(html: &Html, css: &str) -> String {
    let found = html.select(&Selector::parse(css).unwrap()).next();
    let found = found.unwrap_or_else(|| panic!("no {css}"));
    found
        .text()
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn page(site: &SiteTest, rel: &str) -> Html {
    Html::parse_document(&site.read(rel))
}

#[test]
fn an_included_section_is_part_of_each_policy_numbered_and_cross_referenced_in_its_place() {
    let site = built();
    let notes = page(&site, "public/en/notes/index.html");
    // Under Fern Notes' section 2, with its list, its table and its own subsection.
    assert_eq!(
        text(&notes, "#security-title"),
        "2.1 How we keep your data safe #"
    );
    assert_eq!(
        text(&notes, "#breaches-title"),
        "2.1.1 If data is exposed #"
    );
    assert_eq!(count(&notes, "#security > ul > li"), 3);
    assert_eq!(count(&notes, "#security > table tbody tr"), 2);
    assert_eq!(
        text(&notes, "#security > p:last-of-type a"),
        "section 2.1.1, “If data is exposed”"
    );
    // At the top of Fern Photos, where the same reference says another number.
    let photos = page(&site, "public/zh-Hant/photos/index.html");
    assert_eq!(text(&photos, "#security-title"), "1 我們如何保護您的資料 #");
    assert_eq!(
        text(&photos, "#security > p:last-of-type a"),
        "第1.1節「資料外洩時」"
    );
    assert_eq!(
        text(&photos, "#security > table tbody tr"),
        "傳輸中的資料TLS 1.3"
    );
    // Arabic has the library's headings, and the body falls back to English, marked so.
    let ar = page(&site, "public/ar/notes/index.html");
    assert_eq!(text(&ar, "#security-title"), "2.1 كيف نحمي بياناتك #");
    assert_eq!(count(&ar, "#security > div.fallback[lang=en] > ul > li"), 3);
}

#[test]
fn overrides_replace_only_the_fields_they_name_and_are_translated_by_the_policy() {
    let site = built();
    let notes = page(&site, "public/en/notes/index.html");
    let photos = page(&site, "public/en/photos/index.html");
    let (purpose, country) = (
        "#third-party-crash-kit td:nth-of-type(2)",
        "#third-party-crash-kit td:nth-of-type(4)",
    );
    assert_eq!(
        text(&notes, purpose),
        "Collects crash reports, so we can find the screen that failed."
    );
    assert_eq!(
        text(&photos, purpose),
        "Collects crash reports, including which photo filter was open."
    );
    // What it does not override is the library's, in both.
    for html in [&notes, &photos] {
        assert_eq!(text(html, country), "United States");
        assert_eq!(
            text(html, "#third-party-crash-kit th"),
            "CrashKitCrashKit Inc."
        );
    }
    // The override is translated in the policy's file, the rest in the library's.
    let zh = page(&site, "public/zh-Hant/photos/index.html");
    assert_eq!(text(&zh, purpose), "收集當機報告，包括當時開啟的相片濾鏡。");
    assert_eq!(text(&zh, country), "美國");
    assert_eq!(
        text(&zh, "#changes > p"),
        "每個舊版本都保留在網路上。變更生效前，App 會向您顯示一次。"
    );
    assert_eq!(text(&zh, "#changes-title"), "3 本政策變更時 #");
}

#[test]
fn translate_stubs_library_texts_in_the_library_and_confirm_records_them_there() {
    let site = SiteTest::fixture("family");
    let own = site.read("content/photos/zh-Hant.yaml");
    site.run(&["translate", "photos", "ar"]).fails_with(
        0,
        "Added 9 stubs to content/photos/ar.yaml and 8 stubs to library/ar.yaml; replace each ~ with the ar text\n",
    );
    // Photos overrides the crash SDK's purpose: that text is its own, not the library's.
    assert!(
        site.read("content/photos/ar.yaml")
            .contains("\nthird_parties.crash-kit.purpose: ~\n")
    );
    assert!(
        !site
            .read("library/ar.yaml")
            .contains("third_parties.crash-kit.purpose")
    );
    // What photos' run stubbed in the library is not stubbed again for notes, which adds
    // the texts only it includes (the crash SDK's purpose as the library words it, too).
    site.run(&["translate", "notes", "ar"]).fails_with(
        0,
        "Added 11 stubs to content/notes/ar.yaml and 8 stubs to library/ar.yaml; replace each ~ with the ar text\n",
    );
    let library = site.read("library/ar.yaml");
    assert!(library.starts_with("# Arabic: the library's headings only so far"));
    assert!(library.contains(
        "\n# en: Only while crash reporting is on.\nstorage.transfers.us-crash.condition: ~\n"
    ));
    assert!(library.contains("\nthird_parties.crash-kit.purpose: ~\n"));

    site.run(&["confirm", "photos", "zh-Hant"]).fails_with(
        0,
        "Confirmed 11 translated texts of photos in zh-Hant; recorded in content/photos/zh-Hant.confirmed.json and 10 texts of the library in library/zh-Hant.confirmed.json\n",
    );
    site.run(&["confirm", "notes", "zh-Hant"]).fails_with(
        0,
        "Confirmed 0 translated texts of notes in zh-Hant (13 still missing); recorded in content/notes/zh-Hant.confirmed.json and 17 texts of the library in library/zh-Hant.confirmed.json\n",
    );
    let confirmed: serde_json::Value =
        serde_json::from_str(&site.read("library/zh-Hant.confirmed.json")).unwrap();
    assert_eq!(confirmed["keys"].as_object().unwrap().len(), 17);
    let own_confirmed = site.read("content/photos/zh-Hant.confirmed.json");
    assert!(
        !own_confirmed.contains("sections.security.body"),
        "{own_confirmed}"
    );
    assert_eq!(site.read("content/photos/zh-Hant.yaml"), own);
    let check = site.run(&["check", "--date", "2026-12-04"]);
    assert!(
        check
            .stdout
            .contains("  photos zh-Hant  100%  21/21 texts\n"),
        "{}",
        check.stdout
    );

    // A library text that changes is stale in every policy that includes it, at its line
    // in the library's translation.
    site.edit("library/library.yaml", "once a year", "every two years");
    let strict = site.run(&["check", "--strict", "--date", "2026-12-04"]);
    assert_eq!(strict.code, Some(1));
    let stale = "error: stale translation of `sections.security.body`: its source text changed since the translation was confirmed\n  --> library/zh-Hant.yaml:13:1\n   |\n13 | sections.security.body: |\n   | ^^^^^^^^^^^^^^^^^^^^^^\n   = expected: a reviewed translation, then `clause confirm photos zh-Hant`\n";
    assert!(strict.stderr.contains(stale), "{}", strict.stderr);
    // CI reads which file the stale translation is in.
    let json = site.run(&["check", "--format", "json", "--date", "2026-12-04"]);
    let report: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    let photos = report["translations"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["policy"] == "photos" && t["locale"] == "zh-Hant")
        .unwrap();
    let stale = &photos["stale"][0];
    assert_eq!(photos["stale"].as_array().unwrap().len(), 1);
    assert_eq!(
        (&stale["key"], &stale["reason"], &stale["file"]),
        (
            &serde_json::json!("sections.security.body"),
            &serde_json::json!("changed"),
            &serde_json::json!("library/zh-Hant.yaml")
        )
    );
    // The source as it is now; what it was is not known (it was never released).
    assert!(
        stale["now"]
            .as_str()
            .unwrap()
            .starts_with("Everything you sync is encrypted")
    );
    assert_eq!(stale.get("was"), None);
}

#[test]
fn a_release_freezes_the_included_text_and_later_library_edits_are_changes_of_the_draft() {
    let site = built();
    site.run(&["confirm", "photos", "zh-Hant"]).succeeds();
    site.release_first("photos", &["ar"]).succeeds();
    let frozen = site.read("content/photos/versions/1/policy.yaml");
    assert!(!frozen.contains("include:"), "{frozen}");
    assert!(frozen.contains("\n  - id: crash-kit\n    name: CrashKit\n    provider: CrashKit Inc.\n    kind: sdk\n    data: [diagnostics]\n"), "{frozen}");
    assert!(frozen.contains("      - an outside firm tries to break in once a year;\n"));
    let zh = site.read("content/photos/versions/1/zh-Hant.yaml");
    assert!(zh.starts_with(&site.read("content/photos/zh-Hant.yaml")));
    assert!(zh.contains("\n# From the site library's translation, as it was at release.\nrights.access.name: \"取得您的資料副本\"\n"), "{zh}");

    site.edit("library/library.yaml", "once a year", "every two years");
    site.edit(
        "library/library.yaml",
        "response_time: 15 working days",
        "response_time: P30D",
    );
    site.run(&["build", "--drafts", "--date", "2026-12-04"])
        .succeeds();
    // The sealed version says what it said; the draft says what the library says now.
    let v1 = page(&site, "public/en/photos/1/index.html");
    assert!(text(&v1, "#security > ul").contains("once a year"));
    assert_eq!(
        text(
            &page(&site, "public/zh-Hant/photos/1/index.html"),
            "#right-access dt"
        ),
        "取得您的資料副本"
    );
    let draft = page(&site, "public/en/photos/index.html");
    assert!(text(&draft, "#security > ul").contains("every two years"));
    // Apps read the version as the policy's own: the override, and what the library said.
    let doc: serde_json::Value =
        serde_json::from_str(&site.read("public/api/v1/photos/1/zh-Hant.json")).unwrap();
    let crash = &doc["content"]["third_parties"][0];
    assert_eq!(crash["id"], "crash-kit");
    assert_eq!(crash["purpose"], "收集當機報告，包括當時開啟的相片濾鏡。");
    assert_eq!(crash["country"], "美國");
    let diff = site.run(&["diff", "photos", "1", "draft"]);
    diff.succeeds();
    assert!(
        diff.stdout
            .contains("! Rights removed or made harder to use\n"),
        "{}",
        diff.stdout
    );
    assert!(
        diff.stdout
            .contains("      Response time: 15 working days → 30 days\n"),
        "{}",
        diff.stdout
    );
    assert!(
        diff.stdout.contains(
            "    - an outside firm tries to break in [-once a year-]{+every two years+};\n"
        ),
        "{}",
        diff.stdout
    );
}

#[test]
fn a_problem_in_an_included_element_is_shown_where_it_is_written_and_for_which_policy() {
    let site = SiteTest::fixture("family");
    site.edit(
        "content/photos/policy.yaml",
        "  - id: diagnostics\n",
        "  - id: crash-data\n",
    );
    site.run(&["check", "--date", "2026-12-04"]).fails_with(
        1,
        "error: reference to an unknown data category (as included by `content/photos/policy.yaml`)\n  --> library/library.yaml:9:12\n  |\n9 |     data: [diagnostics]\n  |            ^^^^^^^^^^^ found `diagnostics`\n  = expected: one of `account`, `crash-data`\n\n1 error found\n",
    );
}

#[test]
fn a_policy_of_a_site_with_a_library_that_includes_nothing_builds_as_before() {
    let plain = SiteTest::fixture("model");
    plain
        .run(&["build", "--drafts", "--date", "2026-12-02"])
        .succeeds();
    let with_library = SiteTest::fixture("model");
    std::fs::create_dir_all(with_library.path("library")).unwrap();
    std::fs::copy(
        fixture("family").join("library/library.yaml"),
        with_library.path("library/library.yaml"),
    )
    .unwrap();
    with_library
        .run(&["build", "--drafts", "--date", "2026-12-02"])
        .succeeds();
    let strip = |t: std::collections::BTreeMap<std::path::PathBuf, Vec<u8>>| {
        t.into_iter()
            .filter(|(p, _)| !p.ends_with(".clause-manifest.json"))
            .collect::<Vec<_>>()
    };
    assert!(
        strip(read_tree(&plain.path("public"))) == strip(read_tree(&with_library.path("public")))
    );
}
