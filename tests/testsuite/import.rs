//! `clause import`: an existing policy (web page, Markdown, Word, plain text) becomes a
//! policy.yaml that builds, keeps every sentence, and proposes only the facts it found.

use crate::common::*;

/// Copies `tests/fixtures/import/<name>` into the site and imports it with `args`.
fn import(site: &SiteTest, name: &str, args: &[&str]) -> Run {
    std::fs::copy(fixture("import").join(name), site.path(name)).unwrap();
    let mut all = vec!["import", name];
    all.extend(args);
    site.run(&all)
}

/// The facts every English fixture states, as the import report lists them.
const FACTS: &str = "Proposed facts (check each against the source):
  meta.product: Tidewater Journal  (the title: “Tidewater Journal Privacy Policy”)
";

#[test]
fn a_saved_web_page_becomes_a_policy_that_builds_with_every_sentence() {
    let site = SiteTest::empty();
    let run = import(&site, "tidewater.html", &["--policy", "journal"]);
    run.succeeds();
    assert!(
        run.stderr.starts_with(
            "Imported tidewater.html (HTML) into content/journal/policy.yaml: 6 sections\n"
        ),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains(FACTS), "{}", run.stderr);
    assert!(
        run.stderr
            .contains("  meta.effective: 2026-03-01  (block 2: “Effective date: 1 March 2026”)\n"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("  meta.contact.email: privacy@tidewater.example"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("  meta.controller.name: Tidewater Labs Ltd."),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.ends_with(
            "Coverage: 100% (36 of 36 sentences of the source are on the page en/journal/)\n"
        ),
        "{}",
        run.stderr
    );
    let yaml = site.read("content/journal/policy.yaml");
    // Navigation, the cookie banner, the footer and every script stay behind.
    for gone in [
        "Pricing",
        "cookies",
        "All rights reserved",
        "track",
        "analytics",
        "<script",
    ] {
        assert!(!yaml.contains(gone), "{gone} was carried over:\n{yaml}");
    }
    assert!(
        yaml.contains(
            "  effective: 2026-03-01  # proposed from block 2: Effective date: 1 March 2026\n"
        ),
        "{yaml}"
    );
    assert!(
        yaml.contains("\n  - id: who-we-are\n    title: \"Who we are\"\n"),
        "{yaml}"
    );
    assert!(yaml.contains("      - id: how-to-reach-us\n"), "{yaml}");
    assert!(
        yaml.contains("      - **Log entries** you write, with their dates and positions.\n"),
        "{yaml}"
    );
    assert!(
        yaml.contains("      | Crash reports | To fix bugs | 90 days |\n"),
        "{yaml}"
    );
    assert!(
        yaml.contains("[Reefwatch](https://reefwatch.example/privacy)"),
        "{yaml}"
    );
    // A new site was made around it, and it builds.
    assert!(site.read("clause.yaml").contains("locales: [en]"));
    site.run(&["build", "--drafts", "--date", "2026-03-02"])
        .succeeds();
    let page = site.read("public/en/journal/index.html");
    assert!(page.contains("<strong>Log entries</strong>"), "{page}");
    assert!(
        page.contains("<td>Until you close your account</td>"),
        "{page}"
    );
}

#[test]
fn markdown_and_word_give_the_same_sections() {
    let site = SiteTest::empty();
    import(&site, "tidewater.md", &["--policy", "from-md"]).succeeds();
    let run = import(&site, "tidewater.docx", &["--policy", "from-word"]);
    run.succeeds();
    assert!(
        run.stderr
            .contains("(Word) into content/from-word/policy.yaml: 6 sections"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains(FACTS), "{}", run.stderr);
    assert!(run.stderr.contains("Coverage: 100% "), "{}", run.stderr);
    let ids = |file: &str| -> Vec<String> {
        site.read(file)
            .lines()
            .filter_map(|l| l.trim().strip_prefix("- id: ").map(String::from))
            .collect()
    };
    assert_eq!(
        ids("content/from-md/policy.yaml"),
        ids("content/from-word/policy.yaml")
    );
    let word = site.read("content/from-word/policy.yaml");
    assert!(word.contains("      - Crash reports, which never include your entries.\n        - Only crash reports leave the phone.\n"), "{word}");
    assert!(
        word.contains("      - Your *account e-mail*, so you can sign in on a new phone.\n"),
        "{word}"
    );
    site.run(&["check", "--drafts", "--date", "2026-03-02"])
        .succeeds();
}

#[test]
fn plain_text_with_chinese_numbering_keeps_its_numbering() {
    let site = SiteTest::empty();
    let run = import(
        &site,
        "tidewater-zh.txt",
        &["--policy", "journal", "--locale", "zh-Hans"],
    );
    run.succeeds();
    let yaml = site.read("content/journal/policy.yaml");
    assert!(
        yaml.contains(
            "  numbering: [chinese, parenthesized-chinese]  # as the source numbers its sections\n"
        ),
        "{yaml}"
    );
    assert!(yaml.contains("  effective: 2026-03-01"), "{yaml}");
    // Titles without Latin letters get ids from their place.
    assert!(
        yaml.contains("  - id: s-1\n    title: \"我们是谁\"\n"),
        "{yaml}"
    );
    assert!(
        yaml.contains("      - id: s-2-1\n        title: \"日志内容\"\n"),
        "{yaml}"
    );
    assert!(
        yaml.contains("  - id: introduction\n    title: \"引言\"\n    numbered: false\n"),
        "{yaml}"
    );
    assert!(
        run.stderr
            .contains("  meta.product: 潮汐日志  (the title: “潮汐日志隐私政策”)\n"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("  meta.controller.name: 潮汐实验室有限公司"),
        "{}",
        run.stderr
    );
    assert!(!run.stderr.contains("TODO"), "{}", run.stderr);
    assert!(run.stderr.contains("Coverage: 100% "), "{}", run.stderr);
    site.run(&["build", "--drafts", "--date", "2026-03-02"])
        .succeeds();
    let page = site.read("public/zh-Hans/journal/index.html");
    assert!(page.contains("二、"), "the source's numbers are the page's");
}

#[test]
fn an_import_never_overwrites_without_force() {
    let site = SiteTest::empty();
    import(&site, "tidewater.md", &["--policy", "journal"]).succeeds();
    let before = site.read("content/journal/policy.yaml");
    std::fs::write(site.path("content/journal/policy.yaml"), "mine").unwrap();
    import(&site, "tidewater.md", &["--policy", "journal"]).fails_with(
        2,
        "error: ./content/journal/policy.yaml already exists; `clause import` replaces a policy only with --force\n",
    );
    assert_eq!(site.read("content/journal/policy.yaml"), "mine");
    import(&site, "tidewater.md", &["--policy", "journal", "--force"]).succeeds();
    assert_eq!(site.read("content/journal/policy.yaml"), before);
    // Into an existing site, in its default locale only.
    import(&site, "tidewater.html", &["--policy", "web", "--locale", "fr"]).fails_with(
        2,
        "error: `fr` is not this site's default locale (`en`); a policy is imported in the default locale, and a translation of it with --translation-of <policy>\n",
    );
}

#[test]
fn bad_sources_are_refused_with_what_is_wrong() {
    let site = SiteTest::empty();
    let write = |name: &str, bytes: &[u8]| std::fs::write(site.path(name), bytes).unwrap();
    write("empty.txt", b"  \n");
    site.run(&["import", "empty.txt"])
        .fails_with(1, "error: cannot import empty.txt: it is empty\n");
    write("binary.txt", b"abc\xff\xfe\x00");
    site.run(&["import", "binary.txt"]).fails_with(
        1,
        "error: cannot import binary.txt: it is not text: byte 4 is not UTF-8; expected HTML, Markdown or plain text in UTF-8, or a Word document (.docx)\n",
    );
    // Zip files that are not Word documents, or whose document is broken.
    let zipped = |name: &str, part: &str, text: &str| {
        let file = std::fs::File::create(site.path(name)).unwrap();
        let mut zip = zip::ZipWriter::new(file);
        let stored = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Stored);
        zip.start_file(part, stored).unwrap();
        std::io::Write::write_all(&mut zip, text.as_bytes()).unwrap();
        zip.finish().unwrap();
    };
    zipped("photos.docx", "image.txt", "not a document");
    site.run(&["import", "photos.docx"]).fails_with(
        1,
        "error: cannot import photos.docx: it is a zip file without word/document.xml, so not a Word document\n",
    );
    zipped("broken.docx", "word/document.xml", "<w:document><w:body>");
    let run = site.run(&["import", "broken.docx"]);
    assert_eq!(run.code, Some(1));
    assert!(
        run.stderr.starts_with(
            "error: cannot import broken.docx: its word/document.xml is not well-formed XML: "
        ),
        "{}",
        run.stderr
    );
    write("fake.docx", b"this is not a zip");
    let run = site.run(&["import", "fake.docx"]);
    assert_eq!(run.code, Some(1));
    assert!(
        run.stderr.starts_with(
            "error: cannot import fake.docx: it is not a Word document (a DOCX is a zip file: "
        ),
        "{}",
        run.stderr
    );
    let huge = "A sentence that repeats.\n".repeat(400_000);
    write("huge.txt", huge.as_bytes());
    site.run(&["import", "huge.txt"]).fails_with(
        1,
        "error: cannot import huge.txt: it is larger than 8 MiB, the most a policy may have\n",
    );
    write(
        "scripts.html",
        b"<html><body><script>alert(1)</script><noscript>x</noscript></body></html>",
    );
    site.run(&["import", "scripts.html"]).fails_with(
        1,
        "error: cannot import scripts.html: no text found in it as HTML\n",
    );
    import(&site, "tidewater.html", &["--policy", "Bad-Id"]).fails_with(
        2,
        "error: `Bad-Id` cannot be a policy id; expected a lowercase slug: letters a-z, digits and single hyphens, starting with a letter or digit, at most 64 characters, and not a device name on Windows\n",
    );
    assert!(
        !site.path("content").exists(),
        "nothing is written for a refused import"
    );
    assert!(
        !site.path("clause.yaml").exists(),
        "nothing is written for a refused import"
    );
}

#[test]
fn a_sentence_missing_from_the_page_fails_the_import_unless_loss_is_allowed() {
    let site = SiteTest::empty();
    let text = "# Notes Policy\n\n## Logs\n\nWe keep logs. <script>alert(1)</script>We delete them weekly.\n";
    std::fs::write(site.path("notes.md"), text).unwrap();
    let run = site.run(&["import", "notes.md"]);
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    assert!(
        run.stderr.ends_with("Coverage: 66% (2 of 3 sentences of the source are on the page en/notes/)\n  missing: We keep logs. alert(1)We delete them weekly.\n"),
        "{}",
        run.stderr
    );
    let run = site.run(&["import", "notes.md", "--force", "--allow-loss"]);
    run.succeeds();
    site.run(&["build", "--drafts", "--date", "2026-03-02"])
        .succeeds();
    assert!(!site.read("public/en/notes/index.html").contains("alert(1)"));
}

#[test]
fn text_that_looks_like_markup_is_shown_as_written() {
    let site = SiteTest::empty();
    let text =
        "Our Policy\n\n1. Terms & *Data* [x]\nWe keep a_b and 2*3 <b>as is</b>.\n3. not a list\n";
    std::fs::write(site.path("terms.txt"), text).unwrap();
    let run = site.run(&["import", "terms.txt"]);
    run.succeeds();
    assert!(
        run.stderr.ends_with(
            "Coverage: 100% (4 of 4 sentences of the source are on the page en/terms/)\n"
        ),
        "{}",
        run.stderr
    );
    let yaml = site.read("content/terms/policy.yaml");
    // 1 then 3: a gap Clause would not write, so the numbers stay in the titles.
    assert!(
        yaml.contains("    title: \"1. Terms & *Data* [x]\"\n"),
        "{yaml}"
    );
    assert!(
        yaml.contains("  numbering: [none]  # as the source numbers its sections\n"),
        "{yaml}"
    );
    assert!(run.stderr.contains("note: the numbers of level 1 stay in the titles as written (they are not one style Clause writes, counting from 1)\n"), "{}", run.stderr);
    assert!(
        yaml.contains("      We keep a\\_b and 2\\*3 \\<b\\>as is\\</b\\>.\n"),
        "{yaml}"
    );
}

/// An English policy imported from the web page, in a site with French as a second locale.
fn imported_with_french() -> SiteTest {
    let site = SiteTest::empty();
    import(&site, "tidewater.html", &["--policy", "journal"]).succeeds();
    site.edit("clause.yaml", "locales: [en]", "locales: [en, fr]");
    site
}

#[test]
fn a_translation_is_aligned_to_the_policy_by_its_structure() {
    let site = imported_with_french();
    let run = import(
        &site,
        "tidewater-fr.html",
        &["--translation-of", "journal", "--locale", "fr"],
    );
    run.succeeds();
    assert_eq!(
        run.stderr,
        "Aligned tidewater-fr.html (HTML) to `journal` into content/journal/fr.yaml: 13 texts\n\
         Review it, then record the review with `clause confirm journal fr`.\n\
         Coverage: 100% (36 of 36 sentences of the source are on the page fr/journal/)\n"
    );
    let fr = site.read("content/journal/fr.yaml");
    assert!(
        fr.contains("sections.how-to-reach-us.title: \"Nous joindre\"\n"),
        "{fr}"
    );
    assert!(
        fr.contains("  | Rapports de plantage | Corriger les bogues | 90 jours |\n"),
        "{fr}"
    );
    site.run(&["build", "--drafts", "--date", "2026-03-02"])
        .succeeds();
    let page = site.read("public/fr/journal/index.html");
    assert!(page.contains("Nous joindre"), "{page}");
}

#[test]
fn a_translation_whose_structure_differs_is_reported_not_guessed() {
    let site = imported_with_french();
    let run = import(
        &site,
        "tidewater-fr-differs.md",
        &["--translation-of", "journal", "--locale", "fr"],
    );
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    assert!(run.stderr.starts_with(
        "Aligned tidewater-fr-differs.md (Markdown) to `journal` into content/journal/fr.yaml: 8 texts\n\
         differs: section `introduction` (“Introduction”) is 3 paragraphs in the policy and a paragraph in the translation; left untranslated\n\
         differs: section `who-we-are` has 1 subsection in the policy and no subsections in the translation; left untranslated\n\
         differs: section `what-we-keep` (“Ce que nous conservons”) is a paragraph, a list of 3 items, a table of 4 rows in the policy and a paragraph, a list of 2 items in the translation; left untranslated\n\
         differs: section `your-choices` (“Vos choix”) is 2 paragraphs in the policy and a paragraph in the translation; left untranslated\n"
    ), "{}", run.stderr);
    assert!(
        run.stderr.contains("  missing: Les entrées du journal.\n"),
        "{}",
        run.stderr
    );
    let fr = site.read("content/journal/fr.yaml");
    assert!(
        !fr.contains("sections.what-we-keep.body"),
        "a differing body is never guessed:\n{fr}"
    );
    assert!(
        fr.contains("sections.what-we-keep.title: \"Ce que nous conservons\"\n"),
        "{fr}"
    );
    import(&site, "tidewater-fr.html", &["--translation-of", "journal", "--locale", "fr"]).fails_with(
        2,
        "error: ./content/journal/fr.yaml already exists; `clause import` replaces a translation only with --force\n",
    );
    import(
        &site,
        "tidewater-fr.html",
        &["--translation-of", "diary", "--locale", "fr"],
    )
    .fails_with(2, "error: no policy `diary`; expected one of: journal\n");
    // Only a locale of the site, other than the default.
    import(
        &site,
        "tidewater-fr.html",
        &["--translation-of", "journal", "--locale", "de", "--force"],
    )
    .fails_with(
        2,
        "error: a translation needs --locale with one of this site's other locales: fr\n",
    );
}

#[test]
fn permissions_sdk_tables_and_retention_are_proposed_for_review_not_stated() {
    let site = SiteTest::empty();
    let run = import(&site, "tidewater-app.md", &["--policy", "app"]);
    run.succeeds();
    assert!(run.stderr.contains("Proposed as comments at the end of the file, to review and link: 3 permissions, 2 third parties, 1 retention period\n"), "{}", run.stderr);
    assert!(run.stderr.contains("  meta.contact.url: https://tidewater.example/help  (line 24: “To contact us, use the form at https://tidewater.example/help. We answer within…”)\n"), "{}", run.stderr);
    assert!(run.stderr.contains("  meta.contact.address: Tidewater Labs Ltd., 4 Quay Street, Falmouth TR11 3HH, United Kingdom  (line 26: "), "{}", run.stderr);
    // A vendor in the SDK table is not the controller.
    assert!(
        run.stderr
            .contains("Not found in the source, marked TODO to fill in: meta.controller.name\n"),
        "{}",
        run.stderr
    );
    let yaml = site.read("content/app/policy.yaml");
    assert!(yaml.contains("#   - id: ios-location-when-in-use  # from line 8\n#     platform: ios\n#     identifier: NSLocationWhenInUseUsageDescription\n"), "{yaml}");
    assert!(
        yaml.contains("#     use: \"to add a photo of the chart to an entry\"\n"),
        "{yaml}"
    );
    assert!(yaml.contains("#   - id: chartkit-maps  # from line 13\n#     name: \"Chartkit Maps\"\n#     provider: \"Chartkit GmbH\"\n#     purpose: \"Showing charts\"\n#     policy_url: \"https://chartkit.example/privacy\"\n#     kind: sdk\n"), "{yaml}");
    assert!(
        yaml.contains("#   90 days (line 20: We keep crash reports for 90 days."),
        "{yaml}"
    );
    // Nothing of it is stated until the author uncomments it: the policy has no such lists.
    assert!(
        !yaml
            .lines()
            .any(|l| l.starts_with("permissions:") || l.starts_with("third_parties:")),
        "{yaml}"
    );
    // Uncommented, the proposals are YAML the model reads (the links are the author's part).
    let proposed: String = yaml
        .lines()
        .skip_while(|l| !l.starts_with("# permissions:"))
        .take_while(|l| !l.is_empty())
        .map(|l| format!("{}\n", l.strip_prefix("# ").unwrap_or(l)))
        .collect();
    std::fs::write(
        site.path("content/app/policy.yaml"),
        format!("{yaml}\n{proposed}"),
    )
    .unwrap();
    let run = site.run(&["build", "--drafts", "--date", "2026-03-02"]);
    run.succeeds();
}
