//! What apps embed: in-app views and the JSON API of the example site.

use crate::common::*;
use std::path::{Path, PathBuf};

fn example() -> (tempfile::TempDir, PathBuf) {
    let (dir, out, _) = build_example();
    (dir, out)
}

fn files_under(dir: &Path, ext: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = walkdir::WalkDir::new(dir)
        .into_iter()
        .map(Result::unwrap)
        .filter(|e| e.file_type().is_file() && e.path().extension().is_some_and(|x| x == ext))
        .map(|e| e.into_path())
        .collect();
    files.sort();
    files
}

#[test]
fn in_app_views_are_self_contained() {
    let (_dir, out) = example();
    let views = files_under(&out.join("app"), "html");
    assert_eq!(
        views.len(),
        4 * (1 + 6 + 6 + 1 + 4 + 4),
        "main, versions and notices per locale"
    );
    for path in &views {
        let html = std::fs::read_to_string(path).unwrap();
        let doc = Html::parse_document(&html);
        let shown = path.strip_prefix(&out).unwrap().display().to_string();
        assert_eq!(count(&doc, "script"), 0, "{shown}: script");
        // The only link is the empty icon that stops WebViews asking for /favicon.ico.
        assert_eq!(count(&doc, "link"), 1, "{shown}: <link> elements");
        assert_eq!(
            count(&doc, r#"link[rel=icon][href="data:,"]"#),
            1,
            "{shown}: icon"
        );
        assert_eq!(count(&doc, "[src]"), 0, "{shown}: src attribute");
        assert!(
            !html.contains("@import") && !html.contains("url("),
            "{shown}: CSS loads something"
        );
        for a in doc.select(&Selector::parse("a[href]").unwrap()) {
            let href = a.value().attr("href").unwrap();
            let ok = href.starts_with('#')
                || href.starts_with("https://privacy.example.com/")
                || href.starts_with("mailto:")
                || href.starts_with("tel:")
                || href.starts_with("https://");
            assert!(ok, "{shown}: link {href}");
            if href.starts_with("https://") {
                assert_eq!(
                    a.value().attr("rel"),
                    Some("noopener noreferrer"),
                    "{shown}: {href}"
                );
            }
        }
        let csp = doc
            .select(&Selector::parse(r#"meta[http-equiv="Content-Security-Policy"]"#).unwrap())
            .next()
            .and_then(|m| m.value().attr("content"))
            .unwrap_or_else(|| panic!("{shown}: no CSP"));
        assert!(
            csp.starts_with("default-src 'none'; style-src 'sha256-"),
            "{shown}: {csp}"
        );
        assert!(!csp.contains("unsafe"), "{shown}: {csp}");
        // The CSP hash is the hash of the inline style, so the style applies and nothing else.
        let style = doc
            .select(&Selector::parse("style").unwrap())
            .next()
            .unwrap()
            .inner_html();
        use base64::Engine;
        use sha2::Digest;
        let hash = base64::engine::general_purpose::STANDARD
            .encode(sha2::Sha256::digest(style.as_bytes()));
        assert!(
            csp.contains(&format!("'sha256-{hash}'")),
            "{shown}: style hash"
        );
        let fixed_font = style.split("font-size:").skip(1).any(|rest| {
            rest.split([';', '}'])
                .next()
                .unwrap_or("")
                .trim()
                .ends_with("px")
        });
        assert!(!fixed_font, "{shown}: fixed pixel font size");
        let locale = shown.split('/').nth(1).unwrap();
        let dir = if locale == "ar" { "rtl" } else { "ltr" };
        assert_eq!(
            count(&doc, &format!(r#"html[lang="{locale}"][dir="{dir}"]"#)),
            1,
            "{shown}"
        );
    }
    let main = page(&out.join("app/en/lumen-notes/index.html"));
    assert_eq!(
        count(&main, "details > summary"),
        9,
        "top-level sections collapse"
    );
    assert_eq!(count(&main, ".summary li"), 3, "key points on top");
}

#[test]
fn in_app_view_sizes_stay_close_to_their_text() {
    let (_dir, out) = example();
    for name in [
        "app/en/lumen-notes/index.html",
        "app/ar/lumen-notes/index.html",
        "app/zh-Hant/pebble-chat/index.html",
    ] {
        let html = std::fs::read_to_string(out.join(name)).unwrap();
        let doc = Html::parse_document(&html);
        let text: String = doc.root_element().text().collect::<Vec<_>>().join(" ");
        let text_bytes = text.split_whitespace().collect::<Vec<_>>().join(" ").len();
        // Markup and inline CSS: a few kilobytes on top of the text, never a multiple of it.
        eprintln!(
            "{name}: {} bytes for {text_bytes} bytes of text",
            html.len()
        );
        assert!(
            html.len() < text_bytes * 3 + 8_000,
            "{name}: {} bytes for {text_bytes}",
            html.len()
        );
    }
}

fn validator(name: &str) -> jsonschema::Validator {
    let schema: serde_json::Value = serde_json::from_str(
        &clause::api::v1::schemas()
            .into_iter()
            .find(|(n, _)| *n == name)
            .unwrap()
            .1,
    )
    .unwrap();
    jsonschema::validator_for(&schema).expect("a valid JSON Schema")
}

#[test]
fn every_json_document_matches_its_schema() {
    let (_dir, out) = example();
    let index_schema = validator("index.json");
    let version_schema = validator("version.json");
    let notification_schema = validator("notification.json");
    let documents = files_under(&out.join("api/v1"), "json");
    assert_eq!(
        documents.len(),
        1 + 3 + 10 * 4 + 3 + 8 * 4,
        "index, three schemas, 10 versions × 4 locales, an App Store label for each of the three versions that state their facts, notification texts of the 8 material versions (their policies name e-mail or in-app notice) × 4 locales"
    );
    // App Store labels have their own format (tests/testsuite/stores.rs).
    for path in documents.iter().filter(|p| {
        !p.to_string_lossy().contains("/schema/") && !p.ends_with("app-store-label.json")
    }) {
        let value: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
        let schema = if path.ends_with("index.json") {
            &index_schema
        } else if path.parent().is_some_and(|p| p.ends_with("notify")) {
            &notification_schema
        } else {
            &version_schema
        };
        let errors: Vec<String> = schema
            .iter_errors(&value)
            .map(|e| format!("{} at {}", e, e.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{}: {errors:?}", path.display());
    }
    // The published schemas are the generated ones.
    for (name, text) in clause::api::v1::schemas() {
        assert_eq!(
            std::fs::read_to_string(out.join("api/v1/schema").join(name)).unwrap(),
            text
        );
    }
}

#[test]
fn the_schemas_in_the_repository_are_the_generated_ones() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("schema/v1");
    for (name, text) in clause::api::v1::schemas() {
        let path = dir.join(name);
        if std::env::var_os("CLAUSE_BLESS").is_some() {
            std::fs::write(&path, &text).unwrap();
        }
        assert_eq!(
            std::fs::read_to_string(&path).unwrap_or_default(),
            text,
            "{} is stale: a change to the v1 types must stay compatible (docs/app-integration.md); run with CLAUSE_BLESS=1 to update",
            path.display()
        );
    }
}

#[test]
fn the_index_tells_apps_what_to_show_and_when_to_ask_again() {
    let (_dir, out) = example();
    let index: clause::api::v1::Index =
        serde_json::from_str(&std::fs::read_to_string(out.join("api/v1/index.json")).unwrap())
            .unwrap();
    let lumen = &index.policies[0];
    assert_eq!(
        (
            lumen.current.as_deref(),
            lumen.upcoming.clone(),
            lumen.latest_material.as_deref()
        ),
        (
            Some("3"),
            vec!["4".to_string(), "5".to_string(), "6".to_string()],
            Some("3")
        )
    );
    let v3 = &lumen.versions[2].locales["ar"];
    assert_eq!(
        v3.json,
        "https://privacy.example.com/api/v1/lumen-notes/3/ar.json"
    );
    assert_eq!(
        v3.app,
        "https://privacy.example.com/app/ar/lumen-notes/3.html"
    );
    use sha2::Digest;
    let bytes = std::fs::read(out.join("api/v1/lumen-notes/3/ar.json")).unwrap();
    let hash: String = sha2::Sha256::digest(&bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    assert_eq!(v3.json_sha256, hash, "apps can cache by it");
    let lock: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("clause.lock"))
            .unwrap(),
    )
    .unwrap();
    assert_eq!(
        lumen.versions[2].content_hash,
        lock["policies"]["lumen-notes"]["3"]["hash"]
            .as_str()
            .unwrap()
    );
    use clause::consent::{Decision, Reason, decide};
    let ask = Decision::Ask {
        reason: Reason::MaterialChange,
        version: "3".into(),
    };
    assert_eq!(decide(lumen, Some("2")), ask);
    assert_eq!(decide(lumen, Some("3")), Decision::UpToDate);
    let doc: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
    assert_eq!(doc["dir"], "rtl");
    assert_eq!(doc["notice"]["previous"], "2");
    assert_eq!(
        doc["notice"]["material_rules"],
        serde_json::json!(["new-data-kind", "new-purpose"])
    );
    assert_eq!(doc["sections"][0]["id"], "introduction");
    assert!(
        doc["sections"][0]["html"]
            .as_str()
            .unwrap()
            .starts_with("<p>")
    );
}

#[test]
fn json_and_views_are_the_same_bytes_every_build() {
    let (_a, first) = example();
    let (_b, second) = example();
    let tree = |out: &Path| {
        read_tree(out)
            .into_iter()
            .filter(|(p, _)| p.starts_with("api") || p.starts_with("app"))
            .collect::<Vec<_>>()
    };
    assert_eq!(tree(&first), tree(&second));
}
