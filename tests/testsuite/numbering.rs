//! Section numbering and cross-references: tests/fixtures/numbering opens with an unnumbered
//! summary, numbers its sections as many Chinese policies do (一、, then （一）), ends with an
//! unnumbered annex and refers to its sections by id; its site numbers in Roman numerals.

use crate::common::*;
use scraper::Selector;

fn built() -> SiteTest {
    built_without("")
}

/// The fixture with `text` taken out of its policy (nothing when empty), built with drafts.
fn built_without(text: &str) -> SiteTest {
    let site = SiteTest::fixture("numbering");
    if !text.is_empty() {
        site.edit("content/app/policy.yaml", text, "");
    }
    site.run(&["build", "--drafts", "--date", "2026-12-02"])
        .succeeds();
    site
}

/// (number, title) of each heading of the policy's sections, in page order.
fn headings(site: &SiteTest, file: &str) -> Vec<(String, String)> {
    let html = page(&site.path(file));
    let heading = Selector::parse("h2[id$='-title'], h3[id$='-title']").unwrap();
    let number = Selector::parse(".number").unwrap();
    html.select(&heading)
        .filter(|h| h.select(&number).next().is_some())
        .map(|h| {
            let n: String = h.select(&number).flat_map(|n| n.text()).collect();
            let all: String = h.text().collect();
            let title = all
                .trim_start_matches(n.as_str())
                .trim()
                .trim_end_matches('#');
            (n, title.trim().to_string())
        })
        .collect()
}

/// The text of each link to `#<id>` in the page's sections.
fn links_to(site: &SiteTest, file: &str, id: &str) -> Vec<String> {
    let html = page(&site.path(file));
    let link = Selector::parse(&format!("main section a[href='#{id}']:not(.anchor)")).unwrap();
    html.select(&link).map(|a| a.text().collect()).collect()
}

#[test]
fn a_preamble_and_an_annex_stand_outside_the_numbering_in_every_locale() {
    let site = built();
    let n = |s: &str, t: &str| (s.to_string(), t.to_string());
    assert_eq!(
        headings(&site, "public/en/app/index.html"),
        [
            n("", "In short"),
            n("一、", "What we keep"),
            n("（一）", "Notes"),
            n("（二）", "Attachments"),
            n("二、", "Contact us"),
            n("", "Annex: words we use"),
        ]
    );
    let zh = headings(&site, "public/zh-Hant/app/index.html");
    assert_eq!(zh[1], n("一、", "我們保存的內容"));
    assert_eq!(zh[5], n("", "附錄：用語"));
    // The table of contents and the in-app view number alike.
    let toc = page(&site.path("public/en/app/index.html"));
    let numbers: Vec<String> = toc
        .select(&Selector::parse(".toc .number").unwrap())
        .map(|e| e.text().collect())
        .collect();
    assert_eq!(numbers, ["", "一、", "（一）", "（二）", "二、", ""]);
    let app = page(&site.path("public/app/zh-Hant/app/index.html"));
    let app_numbers: Vec<String> = app
        .select(&Selector::parse("summary .number").unwrap())
        .map(|e| e.text().collect())
        .collect();
    assert_eq!(app_numbers, ["", "一、", "二、", ""]);
    // Released, the JSON gives the same numbers and says which sections are unnumbered.
    site.release_first("app", &["zh-Hant", "ar"]).succeeds();
    site.run(&["build", "--date", "2026-12-02"]).succeeds();
    let doc: serde_json::Value =
        serde_json::from_str(&site.read("public/api/v1/app/1/en.json")).unwrap();
    let model = &doc["content"]["sections"];
    assert_eq!(model[0]["numbered"], false, "{model}");
    assert_eq!(model[1].get("numbered"), None, "absent when numbered");
    let shown = &doc["sections"];
    assert_eq!(shown[0]["number"], "");
    assert_eq!(shown[1]["number"], "一、");
    assert_eq!(shown[1]["sections"][0]["number"], "（一）");
    assert_eq!(
        shown[1]["sections"][1]["text"],
        "Pictures you attach, until you delete them (see section （一）, “Notes”)."
    );
}

#[test]
fn a_cross_reference_says_the_sections_number_and_title_in_the_readers_language() {
    let site = built();
    assert_eq!(
        links_to(&site, "public/en/app/index.html", "contact"),
        ["section 二, “Contact us”"]
    );
    // Link text the author wrote is kept; only the target is resolved.
    assert_eq!(
        links_to(&site, "public/en/app/index.html", "what-we-keep"),
        ["the part about your data"]
    );
    assert_eq!(
        links_to(&site, "public/zh-Hant/app/index.html", "contact"),
        ["第二節「聯絡我們」"]
    );
    // Arabic has no translation: the English text falls back, the words around the
    // number are Arabic.
    assert_eq!(
        links_to(&site, "public/ar/app/index.html", "contact"),
        ["القسم 二، «Contact us»"]
    );
}

#[test]
fn the_site_numbering_holds_where_the_policy_gives_none() {
    let site = built_without("  numbering: [chinese, parenthesized-chinese]\n");
    let numbers: Vec<String> = headings(&site, "public/en/app/index.html")
        .into_iter()
        .map(|(n, _)| n)
        .collect();
    // Roman at the top; decimal below joins only a decimal parent.
    assert_eq!(numbers, ["", "I", "1", "2", "II", ""]);
    assert_eq!(
        links_to(&site, "public/en/app/index.html", "notes-detail"),
        ["section 1, “Notes”"]
    );
}

/// `meta.contact` is optional as a whole: the contact card then names the controller alone.
#[test]
fn a_policy_may_give_no_contact_details() {
    let site = built_without("  contact:\n    email: privacy@abacus.example\n");
    let html = page(&site.path("public/en/app/index.html"));
    let rows: Vec<String> = html
        .select(&Selector::parse(".contact-card dt").unwrap())
        .map(|e| e.text().collect())
        .collect();
    assert_eq!(rows, ["Data controller"]);
}
