//! The model in the shape real policies take: tests/fixtures/model is a weather app's policy
//! that places blocks inside its sections' text and filters them (core and optional features
//! under their own headings, one platform's permissions, only the SDKs), in English,
//! Traditional Chinese and (partly) Arabic.

use crate::common::*;
use scraper::{ElementRef, Html, Selector};

fn built() -> SiteTest {
    let site = SiteTest::fixture("model");
    site.run(&["build", "--drafts", "--date", "2026-12-02"])
        .succeeds();
    site
}

/// What a section shows, in order: each paragraph's text (`p:` …) and each block (`rows:` the
/// ids of its rows), not those of its subsections.
fn reading_order(html: &Html, section: &str) -> Vec<String> {
    let css = format!("section#{section}");
    let section = html.select(&Selector::parse(&css).unwrap()).next().unwrap();
    let row = Selector::parse("tbody tr[id]").unwrap();
    let mut out = Vec::new();
    for child in section.children().filter_map(ElementRef::wrap) {
        let tag = child.value().name();
        let text = || child.text().collect::<String>().trim().to_string();
        match tag {
            "p" => out.push(format!("p: {}", text())),
            "div" if child.value().classes().any(|c| c == "block") => {
                let ids: Vec<&str> = child.select(&row).filter_map(|r| r.value().id()).collect();
                out.push(format!("rows: {}", ids.join(" ")));
            }
            "div" => {
                // A fallback body is wrapped in a marked `div` per piece.
                for p in child.select(&Selector::parse("p").unwrap()) {
                    out.push(format!("p: {}", p.text().collect::<String>().trim()));
                }
            }
            _ => {}
        }
    }
    out
}

#[test]
fn blocks_stand_where_the_text_places_them_in_every_locale() {
    let site = built();
    let en = page(&site.path("public/en/kettle/index.html"));
    assert_eq!(
        reading_order(&en, "features"),
        [
            "p: Some features are the app itself; others you can turn off.",
            "p: Core features",
            "rows: feature-forecast",
            "p: Features you can turn off",
            "rows: feature-alerts feature-radar",
            "p: Turning a feature off keeps the rest of the app working.",
        ]
    );
    // The data table between two paragraphs, the author's own table after them.
    let data = reading_order(&en, "data");
    assert_eq!(data[1], "rows: data-location data-crash-reports");
    assert_eq!(data.len(), 3, "{data:?}");
    let zh = page(&site.path("public/zh-Hant/kettle/index.html"));
    assert_eq!(
        reading_order(&zh, "features"),
        [
            "p: 有些功能就是應用程式本身；其他功能您可以關閉。",
            "p: 核心功能",
            "rows: feature-forecast",
            "p: 您可以關閉的功能",
            "rows: feature-alerts feature-radar",
            "p: 關閉某項功能不影響應用程式的其他部分。",
        ]
    );
    let ar = page(&site.path("public/ar/kettle/index.html"));
    assert_eq!(
        reading_order(&ar, "features")[2..5],
        [
            "rows: feature-forecast",
            "p: ميزات يمكنك إيقافها",
            "rows: feature-alerts feature-radar",
        ]
    );
    // Untranslated in Arabic, the English body falls back with its note, its blocks still
    // where the English places them.
    assert_eq!(
        reading_order(&ar, "data")[..3],
        [
            "p: لم يُترجم بعد: يظهر باللغة English.",
            "p: We collect as little as a forecast needs. The table below lists all of it.",
            "rows: data-location data-crash-reports",
        ]
    );
    // The in-app view places them alike.
    let app = site.read("public/app/en/kettle/index.html");
    let core = app.find("feature-forecast").unwrap();
    let heading = app.find("Features you can turn off").unwrap();
    let extras = app.find("feature-radar").unwrap();
    assert!(core < heading && heading < extras);
}

#[test]
fn a_filtered_block_shows_only_what_its_filter_keeps() {
    let site = built();
    let en = page(&site.path("public/en/kettle/index.html"));
    let rows = |css: &str| -> Vec<String> {
        en.select(&Selector::parse(css).unwrap())
            .filter_map(|r| r.value().id().map(str::to_string))
            .collect()
    };
    assert_eq!(
        rows("section#permissions > .block tbody tr"),
        [
            "permission-android-location",
            "permission-android-notifications"
        ]
    );
    assert_eq!(
        rows("section#ios .block tbody tr"),
        ["permission-ios-location"]
    );
    assert_eq!(
        rows("section#sharing .block tbody tr"),
        ["third-party-crash-kit", "third-party-cloud-host"]
    );
}

#[test]
fn the_json_keeps_the_placement_in_the_text_and_the_filter_on_the_block() {
    let site = built();
    site.run(&[
        "release",
        "kettle",
        "1",
        "--material",
        "--date",
        "2026-12-01",
        "--summary",
        "en=First.",
        "--skip-locale",
        "zh-Hant",
        "--skip-locale",
        "ar",
    ])
    .succeeds();
    site.run(&["build", "--date", "2026-12-02"]).succeeds();
    let doc: serde_json::Value =
        serde_json::from_str(&site.read("public/api/v1/kettle/1/en.json")).unwrap();
    let features = &doc["content"]["sections"][1];
    assert!(
        features["body"]
            .as_str()
            .unwrap()
            .contains("[](#block:core)")
    );
    assert_eq!(
        features["blocks"],
        serde_json::json!([
            { "block": "features", "id": "core", "required": true },
            { "block": "features", "id": "extras", "required": false },
        ])
    );
    assert_eq!(
        doc["content"]["sections"][0]["blocks"],
        serde_json::json!(["data-table"])
    );
    let shown = &doc["sections"][1];
    assert!(
        !shown["html"].as_str().unwrap().contains("block:"),
        "{shown}"
    );
    assert!(
        !shown["text"].as_str().unwrap().contains("block:"),
        "{shown}"
    );
}
