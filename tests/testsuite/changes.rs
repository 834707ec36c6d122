//! Change notices end to end: materiality at release, notice pages, Atom feeds, `clause diff`.

use crate::common::*;

/// The versions fixture, released once, then edited: a new item collected (material), a
/// longer retention (material), and reworded text in English and French.
fn edited() -> SiteTest {
    let site = crate::versions::ready();
    site.run(&[
        "release",
        "app",
        "1",
        "--date",
        "2025-01-01",
        "--material",
        "--summary",
        "en=First version",
    ])
    .succeeds();
    site.edit(
        "content/app/policy.yaml",
        "    kind: contact",
        "    items:\n      - { id: phone, name: Phone number }\n    kind: contact",
    )
    .edit("content/app/policy.yaml", "duration: P30D", "duration: P90D")
    .edit(
        "content/app/policy.yaml",
        "body: We count things for you.",
        "body: We count things for you, and nothing else.",
    )
    .edit(
        "content/app/fr.yaml",
        "sections.intro.body: Nous comptons pour vous.",
        "sections.intro.body: Nous comptons pour vous, et rien d'autre.\ndata_categories.account.items.phone: Numéro de téléphone",
    );
    site.run(&["confirm", "app", "fr"]).succeeds();
    site
}

#[test]
fn a_minor_release_of_material_changes_is_refused_unless_overridden() {
    let site = edited();
    let root = site.root();
    let minor = [
        "release",
        "app",
        "2",
        "--date",
        "2025-03-01",
        "--minor",
        "--summary",
        "en=Small fixes",
    ];
    let out = site.run(&minor);
    assert_eq!(out.code, Some(1));
    assert_eq!(
        out.stderr,
        "error: cannot release `app` as minor: the rules find material changes since version 1:
  new-data-kind: data-category `account`: new items collected
  longer-retention: data-category `account`: kept longer
Release it with --material, or record why it is minor with --override-material \"reason\"
"
    );
    assert!(!root.join("content/app/versions/2").exists());
    let reason = "The phone number was always collected; the old text omitted it";
    site.run(&[&minor[..], &["--override-material", reason]].concat())
        .succeeds();
    let record = std::fs::read_to_string(root.join("content/app/versions/2/release.yaml")).unwrap();
    assert!(
        record.ends_with(&format!("material_override: {reason}\n")),
        "{record}"
    );
    site.run(&["build", "--date", "2025-03-01"]).succeeds();
    let notice = page(&root.join("public/en/app/changes/2/index.html"));
    let note: Vec<String> = notice
        .select(&Selector::parse(".notice-override").unwrap())
        .map(|e| e.text().collect())
        .collect();
    assert_eq!(
        note,
        [format!(
            "Released as a minor change although the rules call it material. The reason given: {reason}"
        )]
    );
}

#[test]
fn clause_diff_prints_the_notice_as_text_and_json() {
    let site = edited();
    let text = site.output(&["diff", "app", "1", "draft"]);
    assert_eq!(
        text,
        "What the draft changes
app: 1 → draft (en)
Material change, if released as it is

! A new kind of data, or sensitive data
! Data kept longer

Compared with Version 1

Data we collect
  ~ Changed: Account
      What exactly: added Phone number
      Kept for: 30 days → 90 days

Introduction (Changed)
    We count things for you{+, and nothing else+}.
"
    );
    let french = site.output(&["diff", "app", "1", "draft", "--locale", "fr"]);
    assert!(french.contains("  ~ Modifié: Compte\n      En détail : ajouté : Numéro de téléphone\n      Durée de conservation : 30 jours → 90 jours\n"), "{french}");
    assert!(
        french.ends_with("    Nous comptons pour vous{+, et rien d'autre+}.\n"),
        "{french}"
    );
    let raw = site.output(&["diff", "app", "1", "draft", "--format", "json"]);
    let expected = fixture("versions-diff.json");
    if std::env::var_os("CLAUSE_BLESS").is_some() {
        std::fs::write(&expected, &raw).unwrap();
    }
    let wanted = std::fs::read_to_string(&expected).unwrap();
    assert_eq!(raw, wanted, "JSON differs from {}", expected.display());
    let json: serde_json::Value = serde_json::from_str(&raw).unwrap();
    assert_eq!(json["material"], true);
    assert_eq!(
        json["findings"],
        serde_json::json!([
            {"rule": "new-data-kind", "kind": "data-category", "id": "account", "detail": "new items collected"},
            {"rule": "longer-retention", "kind": "data-category", "id": "account", "detail": "kept longer"}
        ])
    );
    assert_eq!(
        json["changes"]["elements"][0]["fields"],
        serde_json::json!([
            {"field": "items", "added": ["Phone number"]},
            {"field": "retention.duration", "from": "P30D", "to": "P90D"}
        ])
    );
    assert_eq!(
        json["changes"]["sections"][0]["body"],
        serde_json::json!([
            {"op": "equal", "text": "We count things for you"},
            {"op": "insert", "text": ", and nothing else"},
            {"op": "equal", "text": "."}
        ])
    );
    let locale = site.run(&["diff", "app", "1", "draft", "--locale", "de"]);
    assert_eq!(
        locale.stderr,
        "error: `de` is not a locale of this site; expected one of: en, fr\n"
    );
    let bad = site.run(&["diff", "app", "1", "9"]);
    assert_eq!(
        bad.stderr,
        "error: `app` has no version `9`; expected one of: 1, draft\n"
    );
}

#[test]
fn notice_pages_mark_insertions_and_deletions_accessibly_and_are_linked() {
    let site = edited();
    let root = site.root();
    site.run(&[
        "release",
        "app",
        "2",
        "--date",
        "2025-03-01",
        "--effective",
        "2025-04-01",
        "--material",
        "--summary",
        "en=A phone number, and longer logs",
        "--summary",
        "fr=Un numéro de téléphone",
    ])
    .succeeds();
    site.run(&["build", "--date", "2025-03-15"]).succeeds();
    let fr = std::fs::read_to_string(root.join("public/fr/app/changes/2/index.html")).unwrap();
    // The changed paragraph stays a paragraph, its inserted words marked inside it.
    assert!(fr.contains(r#"<div class="redline-changed"><p>Nous comptons pour vous<ins><span class="visually-hidden">Texte inséré : </span>, et rien d'autre</ins>.</p>"#), "{fr}");
    assert!(fr.contains("<h2 id=\"summary-title\">En bref</h2><p>Un numéro de téléphone</p>"));
    assert!(fr.contains("<li>Un nouveau type de données, ou des données sensibles</li>"));
    // The main page announces the upcoming version and links its notice; history links each.
    let main = std::fs::read_to_string(root.join("public/en/app/index.html")).unwrap();
    assert!(main.contains(r#"A new version of this policy takes effect on April 1, 2025. <a href="/en/app/changes/2/">"#), "{main}");
    let history = std::fs::read_to_string(root.join("public/en/app/history/index.html")).unwrap();
    assert!(
        history.contains(r#"<a class="notice-link" href="/en/app/changes/2/">What changed</a>"#)
    );
    assert!(
        history.contains(r#"<a class="notice-link" href="/en/app/changes/1/">What changed</a>"#)
    );
    let first = std::fs::read_to_string(root.join("public/en/app/changes/1/index.html")).unwrap();
    assert!(first.contains("This is the first published version of this policy."));
}

#[test]
fn atom_feeds_are_valid_with_stable_entry_ids() {
    let site = edited();
    let root = site.root();
    site.run(&[
        "release",
        "app",
        "2",
        "--date",
        "2025-03-01",
        "--material",
        "--summary",
        "en=Phone & logs, kept < 1 year",
    ])
    .succeeds();
    let ids = |out: &str| {
        site.run(&["build", "--output", out, "--date", "2025-03-02"])
            .succeeds();
        let xml = std::fs::read_to_string(root.join(out).join("en/app/feed.xml")).unwrap();
        let doc = roxmltree::Document::parse(&xml).expect("well-formed XML");
        let feed = doc.root_element();
        let atom = "http://www.w3.org/2005/Atom";
        assert_eq!(
            (feed.tag_name().name(), feed.tag_name().namespace()),
            ("feed", Some(atom))
        );
        let child = |n: roxmltree::Node, name: &str| {
            n.children()
                .find(|c| c.tag_name().name() == name)
                .and_then(|c| c.text())
                .map(str::to_string)
        };
        for required in ["id", "title", "updated"] {
            assert!(child(feed, required).is_some(), "feed lacks {required}");
        }
        assert_eq!(child(feed, "updated").unwrap(), "2025-03-01T00:00:00Z");
        let entries: Vec<_> = feed
            .children()
            .filter(|c| c.tag_name().name() == "entry")
            .collect();
        assert_eq!(entries.len(), 2);
        assert_eq!(
            child(entries[0], "summary").unwrap(),
            "Phone & logs, kept < 1 year"
        );
        let link = entries[0]
            .children()
            .find(|c| c.tag_name().name() == "link")
            .unwrap();
        assert_eq!(
            link.attribute("href"),
            Some("https://v.example/en/app/changes/2/")
        );
        entries
            .iter()
            .map(|e| child(*e, "id").unwrap())
            .collect::<Vec<_>>()
    };
    let first = ids("a");
    assert_eq!(
        first,
        [
            "tag:v.example,2025-03-01:app/2/en",
            "tag:v.example,2025-01-01:app/1/en"
        ]
    );
    assert_eq!(first, ids("b"), "entry ids are the same every build");
    let page = std::fs::read_to_string(root.join("a/en/app/index.html")).unwrap();
    assert!(
        page.contains(
            r#"<link rel="alternate" type="application/atom+xml" href="/en/app/feed.xml">"#
        )
    );
}

const REWRITE_V1: &str = "    body: |
      We count the things you ask us to count, and nothing else.

      **Sharing:** we do not share your counts with anyone.

      To delete your counts:

      1. Open the app.
      2. Tap **Settings**.

      | What | Kept for |
      |---|---|
      | Counts | 30 days |";

const REWRITE_V2: &str = "    body: |
      We count the things you ask us to count, and nothing else.

      **Sharing:** we share your counts with our hosting provider only.

      To delete your counts:

      1. Open the app.
      2. Tap **Settings**, then **Delete**.
      3. Confirm with your password.

      | What | Kept for |
      |---|---|
      | Counts | 90 days |";

/// A section of paragraphs, a list and a table, released once and rewritten in parts.
fn rewritten() -> SiteTest {
    let site = crate::versions::ready();
    let release = |version: &str, date: &str| {
        site.run(&["confirm", "app", "fr"]).succeeds();
        site.run(&[
            "release",
            "app",
            version,
            "--date",
            date,
            "--material",
            "--summary",
            "en=Changed",
        ])
        .succeeds();
    };
    site.edit(
        "content/app/policy.yaml",
        "    body: We count things for you.",
        REWRITE_V1,
    )
    .edit(
        "content/app/fr.yaml",
        "sections.intro.body: Nous comptons pour vous.",
        "sections.intro.body: |\n  Nous comptons pour vous.\n\n  Rien d'autre.",
    );
    release("1", "2025-01-01");
    site.edit("content/app/policy.yaml", REWRITE_V1, REWRITE_V2)
        .edit(
            "content/app/fr.yaml",
            "  Rien d'autre.",
            "  Rien d'autre, jamais.",
        );
    release("2", "2025-02-01");
    site.run(&["build", "--date", "2025-03-01"]).succeeds();
    site
}

/// The newest entry's `<content type="html">` of the Atom feed at `file`, parsed as HTML.
fn feed_content(site: &SiteTest, file: &str) -> scraper::Html {
    let xml = site.read(file);
    let doc = roxmltree::Document::parse(&xml).expect("well-formed XML");
    let entry = doc
        .root_element()
        .children()
        .find(|c| c.tag_name().name() == "entry")
        .expect("an entry");
    let content = entry
        .children()
        .find(|c| c.tag_name().name() == "content")
        .expect("the entry carries its notice");
    assert_eq!(content.attribute("type"), Some("html"));
    scraper::Html::parse_fragment(content.text().unwrap_or_default())
}

/// The text of every element `css` selects in `page`.
fn texts_of(page: &scraper::Html, css: &str) -> Vec<String> {
    page.select(&Selector::parse(css).unwrap())
        .map(|e| e.text().collect::<String>().trim().to_string())
        .collect()
}

#[test]
fn a_rewritten_section_keeps_its_paragraphs_lists_and_tables_in_every_output() {
    let site = rewritten();
    for file in [
        "public/en/app/changes/2/index.html",
        "public/app/en/app/changes/2.html",
    ] {
        let html = page(&site.path(file));
        let blocks: Vec<String> = html
            .select(&Selector::parse(".redline > *").unwrap())
            .map(|e| e.value().attr("class").unwrap_or("").to_string())
            .collect();
        assert_eq!(
            blocks,
            [
                "redline-same",
                "redline-changed",
                "redline-same",
                "redline-changed",
                "redline-changed"
            ],
            "{file}"
        );
        // Inline formatting rendered, never shown as Markdown; the list is a list.
        let all = texts_of(&html, ".redline").join("\n");
        assert!(!all.contains("**") && !all.contains("1."), "{file}: {all}");
        assert_eq!(
            texts_of(&html, ".redline-changed p strong"),
            ["Sharing:"],
            "{file}"
        );
        let items = texts_of(&html, ".redline ol > li");
        assert_eq!(items.len(), 3, "{file}: {items:?}");
        assert_eq!(
            texts_of(&html, ".redline ol > li.added ins"),
            ["Inserted: Confirm with your password."],
            "{file}"
        );
        assert_eq!(
            texts_of(&html, ".redline ol > li.changed ins"),
            ["Inserted: , then", "Delete"],
            "{file}"
        );
        assert_eq!(
            texts_of(&html, ".redline table td del"),
            ["Deleted: 30"],
            "{file}"
        );
        assert_eq!(
            texts_of(&html, ".redline table td ins"),
            ["Inserted: 90"],
            "{file}"
        );
    }
    // The in-app notice gives the dates the web page gives: effective and released.
    let app = page(&site.path("public/app/en/app/changes/2.html"));
    assert_eq!(
        texts_of(&app, "header .dates time"),
        ["February 1, 2025", "February 1, 2025"]
    );
    // A feed reader sees the same redline, block by block, with the version's dates.
    let feed = feed_content(&site, "public/en/app/feed.xml");
    assert_eq!(texts_of(&feed, "ol > li").len(), 3);
    assert_eq!(
        texts_of(&feed, "ol > li.added ins"),
        ["Inserted: Confirm with your password."]
    );
    assert_eq!(texts_of(&feed, "table td del"), ["Deleted: 30"]);
    assert_eq!(texts_of(&feed, "p strong"), ["Material change", "Sharing:"]);
    assert_eq!(
        texts_of(&feed, "time"),
        ["February 1, 2025", "February 1, 2025"],
        "effective and released"
    );
    assert!(!feed.html().contains("**"));
    // The terminal keeps the blocks apart too.
    let diff = site.output(&["diff", "app", "1", "2"]);
    assert!(
        diff.contains(
            "    To delete your counts:\n\n    1. Open the app.\n    2. Tap **Settings**{+, then **Delete**+}.\n    {+3. Confirm with your password.+}\n"
        ),
        "{diff}"
    );
}

/// From "until you delete your account" to three years: material (no rule can show it is
/// shorter), and one line in every output, not "none → 3 years" and "… → none".
#[test]
fn a_retention_moving_from_an_event_to_a_period_is_one_material_line() {
    let site = crate::versions::ready();
    site.edit(
        "content/app/policy.yaml",
        "duration: P30D",
        "until: account-deletion",
    );
    crate::versions::release(&site, "1", "2025-01-01", "2025-01-01", "--material");
    site.edit(
        "content/app/policy.yaml",
        "until: account-deletion",
        "duration: P3Y",
    );
    let minor = site.run(&[
        "release",
        "app",
        "2",
        "--date",
        "2025-02-01",
        "--minor",
        "--summary",
        "en=Two",
    ]);
    assert_eq!(minor.code, Some(1));
    assert!(
        minor.stderr.contains(
            "  longer-retention: data-category `account`: kept for a different period, which may be longer\n"
        ),
        "{}",
        minor.stderr
    );
    crate::versions::release(&site, "2", "2025-02-01", "2025-02-01", "--material");
    site.run(&["build", "--date", "2025-03-01"]).succeeds();
    let line = "Kept for: Until you delete your account → 3 years";
    for (file, css) in [
        ("public/en/app/changes/2/index.html", ".changes li li"),
        ("public/app/en/app/changes/2.html", "main li li"),
    ] {
        let details = texts_of(&page(&site.path(file)), css);
        assert_eq!(details, [line], "{file}");
    }
    let feed = feed_content(&site, "public/en/app/feed.xml");
    assert_eq!(texts_of(&feed, "li li"), [line], "feed");
    let french = texts_of(
        &page(&site.path("public/fr/app/changes/2/index.html")),
        ".changes li li",
    );
    assert_eq!(french.len(), 1, "{french:?}");
    assert!(french[0].ends_with("→ 3 ans"), "{french:?}");
    let diff = site.output(&["diff", "app", "1", "2"]);
    assert!(diff.contains(&format!("      {line}\n")), "{diff}");
    assert!(!diff.contains("none"), "{diff}");
}

/// The change-policy block lists every rule in force: the built-in ones apply even where
/// the author listed only some, and an opt-in rule shows once the author adds it.
#[test]
fn the_change_policy_block_lists_every_rule_in_force() {
    let site = SiteTest::example();
    site.edit(
        "content/lumen-notes/policy.yaml",
        "  material: [new-purpose,",
        "  material: [text-changed, new-purpose,",
    );
    site.run(&["build", "--drafts", "--date", "2026-06-01"])
        .succeeds();
    let rules = texts_of(
        &page(&site.path("public/en/lumen-notes/index.html")),
        ".change-policy ul:first-of-type li",
    );
    assert_eq!(
        rules,
        [
            "A new purpose, or a new use of data",
            "A new kind of data, or sensitive data",
            "A new recipient or SDK",
            "A new country that data goes to",
            "Rights removed or made harder to use",
            "A new controller, contact or complaint channel",
            "Data kept longer",
            "The service becomes directed at children",
            "Any change to the text",
        ]
    );
}

/// A new recipient is described as the policy page does, so a reader can judge it.
#[test]
fn a_new_recipient_is_described_not_just_named() {
    let site = crate::versions::ready();
    crate::versions::release(&site, "1", "2025-01-01", "2025-01-01", "--material");
    site.edit(
        "content/app/policy.yaml",
        "sections:",
        "third_parties:\n  - id: host\n    name: CloudBox\n    provider: CloudBox GmbH\n    kind: processor\n    purpose: Stores your account on our behalf.\n    data: [account]\n    country: Germany\n    policy_url: https://cloudbox.example/privacy\nsections:",
    )
    .edit(
        "content/app/fr.yaml",
        "sections.intro.title:",
        "third_parties.host.purpose: Héberge votre compte pour nous.\nthird_parties.host.country: Allemagne\nsections.intro.title:",
    );
    site.run(&["confirm", "app", "fr"]).succeeds();
    crate::versions::release(&site, "2", "2025-02-01", "2025-02-01", "--material");
    site.run(&["build", "--date", "2025-03-01"]).succeeds();
    let details = texts_of(
        &page(&site.path("public/en/app/changes/2/index.html")),
        ".changes li li",
    );
    assert_eq!(
        details,
        [
            "Provider: CloudBox GmbH",
            "Kind: Processor",
            "Why: Stores your account on our behalf.",
            "Data used: Account",
            "Country: Germany",
            "Their privacy policy: https://cloudbox.example/privacy",
        ]
    );
}

/// One item of a category marked sensitive: the page says so beside the item, the notice
/// shows it, and the change is material (new sensitive data) although the category is not.
#[test]
fn an_item_that_becomes_sensitive_is_a_material_change() {
    let site = SiteTest::fixture("numbering");
    site.edit(
        "content/app/policy.yaml",
        "    kind: content\n",
        "    items:\n      - id: text\n        name: What you write\n      - id: location-tag\n        name: The place you tag a note with\n    kind: content\n",
    );
    let release = |version: &str, kind: &str| {
        site.run(&[
            "release",
            "app",
            version,
            kind,
            "--date",
            "2026-11-01",
            "--summary",
            "en=Notes.",
            "--skip-locale",
            "zh-Hant",
            "--skip-locale",
            "ar",
        ])
    };
    release("1", "--material").succeeds();
    site.edit(
        "content/app/policy.yaml",
        "        name: The place you tag a note with\n",
        "        name: The place you tag a note with\n        sensitive: true\n",
    );
    let minor = release("2", "--minor");
    assert_eq!(minor.code, Some(1));
    assert!(
        minor
            .stderr
            .contains("  new-data-kind: data-category `notes`: an item is now sensitive data\n"),
        "{}",
        minor.stderr
    );
    release("2", "--material").succeeds();
    site.run(&["build", "--date", "2026-12-02"]).succeeds();
    let policy = page(&site.path("public/en/app/index.html"));
    assert_eq!(
        texts_of(&policy, ".data-categories td .item-sensitive"),
        ["(Sensitive)"]
    );
    let notice = page(&site.path("public/en/app/changes/2/index.html"));
    assert_eq!(
        texts_of(&notice, ".changes li li"),
        ["What exactly: The place you tag a note with → The place you tag a note with (Sensitive)"]
    );
}

/// A section added shows what it says, and a section removed what it said, block by block,
/// on the notice page, in the in-app notice and in `clause diff`; a paragraph that only
/// places a block is not shown as an empty insertion.
#[test]
fn a_section_added_or_removed_shows_its_text() {
    let site = crate::versions::ready();
    let sharing = "  - id: sharing
    title: Sharing
    body: |
      We share nothing.

      Not even your counts:

      - no advertisers
      - no data brokers
";
    let deleting = "  - id: deleting
    title: Deleting your counts
    body: |
      To delete your counts, write to us.

      [](#block:contact)

      We answer within a week.
    blocks: [contact]
";
    let mut yaml = site.read("content/app/policy.yaml").trim_end().to_string();
    yaml.push('\n');
    yaml.push_str(sharing);
    std::fs::write(site.path("content/app/policy.yaml"), &yaml).unwrap();
    site.release_first("app", &["fr"]).succeeds();
    std::fs::write(
        site.path("content/app/policy.yaml"),
        yaml.replace(sharing, deleting),
    )
    .unwrap();
    site.release_second("app", &["fr"]).succeeds();
    site.run(&["build", "--date", "2026-12-03"]).succeeds();
    for file in [
        "public/en/app/changes/2/index.html",
        "public/app/en/app/changes/2.html",
    ] {
        let html = page(&site.path(file));
        assert_eq!(
            texts_of(&html, ".redline ins.block"),
            [
                "Inserted: To delete your counts, write to us.",
                "Inserted: We answer within a week."
            ],
            "{file}"
        );
        assert_eq!(
            texts_of(&html, ".redline del.block"),
            [
                "Deleted: We share nothing.",
                "Deleted: Not even your counts:",
                "Deleted: \nno advertisers\nno data brokers"
            ],
            "{file}"
        );
    }
    let diff = site.output(&["diff", "app", "1", "2"]);
    assert!(
        diff.contains(
            "{+To delete your counts, write to us.+}\n\n    {+We answer within a week.+}"
        ),
        "{diff}"
    );
    assert!(diff.contains("[-We share nothing.-]"), "{diff}");
}

/// A locale left out of a release shows the default locale's text, and a later release
/// translates it again: its notices report what the author changed, never the change of
/// language ("Compte → Account"), on the page, in `clause diff` and in the JSON API.
#[test]
fn a_notice_in_a_locale_left_out_reports_changes_of_content_not_of_language() {
    let site = crate::versions::ready();
    site.release_first("app", &[]).succeeds();
    let mut yaml = site.read("content/app/policy.yaml").trim_end().to_string();
    yaml.push_str("\n  - id: deleting\n    title: Deleting your counts\n    body: Write to us.\n");
    std::fs::write(site.path("content/app/policy.yaml"), &yaml).unwrap();
    site.release_second("app", &["fr"]).succeeds();
    // Version 3 changes one English name and has French again.
    std::fs::write(
        site.path("content/app/policy.yaml"),
        yaml.replace("name: Running the app", "name: Running Counter"),
    )
    .unwrap();
    let mut fr = site.read("content/app/fr.yaml");
    fr.push_str(
        "sections.deleting.title: Supprimer vos comptes\nsections.deleting.body: Écrivez-nous.\n",
    );
    std::fs::write(site.path("content/app/fr.yaml"), fr).unwrap();
    site.run(&["confirm", "app", "fr"]).succeeds();
    site.run(&[
        "release",
        "app",
        "3",
        "--date",
        "2026-12-03",
        "--minor",
        "--summary",
        "en=Third.",
    ])
    .succeeds();
    site.run(&["build", "--date", "2026-12-04"]).succeeds();

    // Version 2 in French: the section added, nothing else.
    let two = page(&site.path("public/fr/app/changes/2/index.html"));
    assert_eq!(texts_of(&two, ".notice-changes li"), Vec::<String>::new());
    assert_eq!(
        texts_of(&two, ".section-change h3 a"),
        ["Deleting your counts"]
    );
    // Shown in English, and marked so, as the policy page marks it.
    assert_eq!(
        texts_of(&two, r#".section-change h3 a span.fallback[lang="en"]"#),
        ["Deleting your counts"]
    );
    assert_eq!(
        texts_of(&two, r#".redline.fallback[lang="en"][dir="ltr"] ins"#),
        ["Texte inséré : Write to us."]
    );
    // Screen readers say "inserted" in French, the text in English.
    assert_eq!(
        texts_of(
            &two,
            r#".redline.fallback ins > span.visually-hidden[lang="fr"]"#
        ),
        ["Texte inséré :"]
    );
    let diff = site.output(&["diff", "app", "1", "2", "--locale", "fr"]);
    assert!(!diff.contains("Compte") && !diff.contains("SARL"), "{diff}");
    let json: serde_json::Value =
        serde_json::from_str(&site.read("public/api/v1/app/2/fr.json")).unwrap();
    assert_eq!(json["notice"]["changes"]["elements"], serde_json::json!([]));
    // Version 3 in French: the one name the author changed, in the language both texts
    // share, and not the section that only got its translation.
    let three = page(&site.path("public/fr/app/changes/3/index.html"));
    assert_eq!(
        texts_of(&three, ".notice-changes li li"),
        ["Nom : Running the app → Running Counter"]
    );
    assert_eq!(
        texts_of(
            &three,
            r#".notice-changes li > strong > span.fallback[lang="en"]"#
        ),
        ["Running Counter"]
    );
    let app = page(&site.path("public/app/fr/app/changes/2.html"));
    assert_eq!(
        texts_of(&app, r#"h3 span.fallback[lang="en"]"#),
        ["Deleting your counts"]
    );
    assert_eq!(texts_of(&three, ".section-change"), Vec::<String>::new());
}

/// A classification the earlier version did not state reads "not stated" in a notice, as
/// an unstated yes-or-no fact does: "none" would say the purpose has no kind.
#[test]
fn a_kind_stated_for_the_first_time_was_not_stated_before() {
    let site = crate::versions::ready();
    site.release_first("app", &[]).succeeds();
    site.edit(
        "content/app/policy.yaml",
        "    name: Running the app\n",
        "    name: Running the app\n    kind: app-functionality\n",
    );
    site.run(&["confirm", "app", "fr"]).succeeds();
    site.release_second("app", &[]).succeeds();
    let diff = site.output(&["diff", "app", "1", "2"]);
    assert!(
        diff.contains("  ~ Changed: Running the app\n      Kind: not stated → App functionality\n"),
        "{diff}"
    );
}

/// A name the author keeps as written in every language (`translate: false`) is compared
/// in that language when an earlier translation of it is gone, and never marked as shown
/// in another language.
#[test]
fn a_name_kept_as_written_is_never_marked_as_in_another_language() {
    let site = crate::versions::ready();
    site.release_first("app", &[]).succeeds();
    site.edit(
        "content/app/policy.yaml",
        "sections:",
        "translate:\n  purposes.*.name: false\nsections:",
    )
    .edit(
        "content/app/policy.yaml",
        "name: Running the app",
        "name: Running Counter",
    )
    .edit(
        "content/app/fr.yaml",
        "purposes.run.name: Faire fonctionner l'application\n",
        "",
    );
    site.run(&["confirm", "app", "fr"]).succeeds();
    site.release_second("app", &[]).succeeds();
    site.run(&["build", "--date", "2026-12-03"]).succeeds();
    let two = page(&site.path("public/fr/app/changes/2/index.html"));
    assert_eq!(
        texts_of(&two, ".notice-changes li li"),
        ["Nom : Running the app → Running Counter"]
    );
    assert_eq!(
        texts_of(&two, ".notice-changes li > strong"),
        ["Running Counter"]
    );
    assert_eq!(
        texts_of(&two, ".notice-changes .fallback"),
        Vec::<String>::new()
    );
}
