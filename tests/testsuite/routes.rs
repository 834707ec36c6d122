//! Every address Clause writes into its output names a file of that output: links and
//! hreflang alternates in every page, feed entries, the sitemap and every URL of the JSON
//! index, on the example site and on a site under a base path (`/privacy/`).

use crate::common::*;
use std::collections::BTreeSet;
use std::path::Path;

/// The output file an address names, if it is an address of this site.
fn file_of(address: &str, base_url: &str, base_path: &str) -> Option<String> {
    let address = address.split('#').next()?;
    let rest = address
        .strip_prefix(base_url)
        .or_else(|| address.strip_prefix(base_path))?;
    if rest.is_empty() || rest.ends_with('/') {
        Some(format!("{rest}index.html"))
    } else {
        Some(rest.to_string())
    }
}

/// Every address in the output: HTML links (a, link), XML links and locations, JSON strings
/// that look like URLs.
fn addresses(out: &Path) -> Vec<(String, String)> {
    let mut found = Vec::new();
    let links = Selector::parse("a[href], link[href]").unwrap();
    for (path, bytes) in read_tree(out) {
        let file = path.to_string_lossy().into_owned();
        let text = String::from_utf8_lossy(&bytes).into_owned();
        if file.ends_with(".html") {
            let html = Html::parse_document(&text);
            for a in html.select(&links) {
                found.push((file.clone(), a.value().attr("href").unwrap().to_string()));
            }
        } else if file.ends_with(".xml") {
            let xml = roxmltree::Document::parse(&text).unwrap();
            for node in xml.descendants() {
                if let Some(href) = node.attribute("href") {
                    found.push((file.clone(), href.to_string()));
                }
                if node.has_tag_name("loc") {
                    found.push((file.clone(), node.text().unwrap().to_string()));
                }
            }
        } else if file == "api/v1/index.json" {
            let json: serde_json::Value = serde_json::from_str(&text).unwrap();
            collect_urls(&json, &mut |url| {
                found.push((file.clone(), url.to_string()))
            });
        }
    }
    found
}

fn collect_urls(value: &serde_json::Value, add: &mut dyn FnMut(&str)) {
    match value {
        serde_json::Value::String(s) if s.starts_with("http") => add(s),
        serde_json::Value::Array(items) => items.iter().for_each(|v| collect_urls(v, add)),
        serde_json::Value::Object(map) => map.values().for_each(|v| collect_urls(v, add)),
        _ => {}
    }
}

fn assert_every_address_resolves(out: &Path, base_url: &str, base_path: &str) {
    let files: BTreeSet<String> = read_tree(out)
        .keys()
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    let mut checked = 0;
    let mut broken = Vec::new();
    for (file, address) in addresses(out) {
        let Some(target) = file_of(&address, base_url, base_path) else {
            continue;
        };
        checked += 1;
        if !files.contains(&target) {
            broken.push(format!("{file}: {address}"));
        }
    }
    assert!(checked > 500, "only {checked} addresses checked");
    assert!(
        broken.is_empty(),
        "{} broken:\n{}",
        broken.len(),
        broken.join("\n")
    );
}

#[test]
fn every_address_in_the_example_site_names_a_file_of_it() {
    let (_dir, out, _) = build_example();
    assert_every_address_resolves(&out, "https://privacy.example.com/", "/");
}

#[test]
fn every_address_under_a_base_path_names_a_file_of_it() {
    let site = SiteTest::example();
    site.edit(
        "clause.yaml",
        "base_url: https://privacy.example.com/",
        "base_url: https://example.com/privacy/",
    );
    site.run(&["build", "--date", "2026-06-01", "--drafts"])
        .succeeds();
    let public = site.path("public");
    assert_every_address_resolves(&public, "https://example.com/privacy/", "/privacy/");
}
