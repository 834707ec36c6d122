//! Hostile content never reaches readers: scripts, frames, event handlers, `javascript:` and
//! `data:` URLs, CSS and SVG payloads in every field that reaches a page are removed or
//! escaped in web pages, in-app views, the JSON API (its HTML fields), feeds and the
//! sitemap; template syntax in content prints literally.

use crate::common::*;

/// The hostile fixture, released once (so there are versions, notices and a feed whose
/// summary is hostile too) and built.
fn built() -> SiteTest {
    let site = SiteTest::fixture("hostile");
    let release = site.run(&[
            "release",
            "app",
            "1",
            "--material",
            "--date",
            "2025-01-01",
            "--skip-locale",
            "fr",
            "--summary",
            "en=<script>alert('summary')</script> [s](javascript:alert('summary-md')) <img src=x onerror=alert('summary-img')>",
        ],
    );
    assert!(release.code == Some(0), "{}", release.stderr);
    let build = site.run(&["build", "--date", "2025-06-01"]);
    assert!(build.code == Some(0), "{}", build.stderr);
    site
}

/// What an HTML document or fragment must not contain, as a list of findings.
fn unsafe_parts(html: &Html, origin: &str) -> Vec<String> {
    let mut found = Vec::new();
    let banned = "script, iframe, frame, object, embed, form, input, base, style, svg, math, \
                  link[rel=import], meta[http-equiv]";
    for e in html.select(&Selector::parse(banned).unwrap()) {
        let name = e.value().name();
        // The page's own CSP meta is the one http-equiv allowed.
        let csp = name == "meta" && e.value().attr("http-equiv") == Some("Content-Security-Policy");
        // In-app views carry their own stylesheet in <head>, allowed by hash in their CSP.
        let own_style = name == "style"
            && e.ancestors()
                .any(|a| a.value().as_element().is_some_and(|x| x.name() == "head"));
        // schema.org data: a data block, never run, that must be JSON and nothing else.
        let data_block = name == "script"
            && e.value().attr("type") == Some("application/ld+json")
            && serde_json::from_str::<serde_json::Value>(&e.text().collect::<String>()).is_ok()
            && e.children().count() == 1;
        if !csp && !own_style && !data_block {
            found.push(format!("<{name}> element"));
        }
    }
    for e in html.select(&Selector::parse("*").unwrap()) {
        for (attr, value) in e.value().attrs() {
            let lower = value.trim().to_ascii_lowercase();
            if attr.starts_with("on")
                || attr == "style"
                || attr.contains("href") && lower.starts_with("java")
            {
                found.push(format!("{attr}={value:?} on <{}>", e.value().name()));
            }
            // In-app views' own empty icon (`data:,`) loads nothing; nothing else may be data:.
            let own_icon = e.value().name() == "link" && value == "data:,";
            if matches!(attr, "href" | "src" | "action" | "data" | "xlink:href")
                && !safe_url(&lower)
                && !own_icon
            {
                found.push(format!("{attr}={value:?} on <{}>", e.value().name()));
            }
        }
        if e.value().name() == "a"
            && let Some(href) = e.value().attr("href")
            && href.starts_with("http")
            && !href.starts_with(origin)
        {
            let rel = e.value().attr("rel").unwrap_or("");
            if !(rel.contains("noopener") && rel.contains("noreferrer")) {
                found.push(format!(
                    "external link {href} without rel=\"noopener noreferrer\""
                ));
            }
        }
    }
    found
}

fn safe_url(url: &str) -> bool {
    let scheme = url.split_once(':').map(|(s, _)| s);
    match scheme {
        Some(s) if s.contains('/') || s.contains('?') || s.contains('#') => true,
        Some(s) => matches!(s, "http" | "https" | "mailto" | "tel"),
        None => true,
    }
}

/// Every string under a key named `html` or ending in `_html`.
fn html_fields(value: &serde_json::Value, out: &mut Vec<String>) {
    match value {
        serde_json::Value::Object(map) => {
            for (k, v) in map {
                match v {
                    serde_json::Value::String(s) if k == "html" || k.ends_with("_html") => {
                        out.push(s.clone())
                    }
                    _ => html_fields(v, out),
                }
            }
        }
        serde_json::Value::Array(items) => items.iter().for_each(|v| html_fields(v, out)),
        _ => {}
    }
}

#[test]
fn hostile_content_is_inert_in_every_output() {
    let site = built();
    let out = site.root().join("public");
    let origin = "https://example.com/";
    let mut problems = Vec::new();
    let (mut pages, mut fragments) = (0, 0);
    for (path, bytes) in read_tree(&out) {
        let text = String::from_utf8(bytes).unwrap();
        let name = path.display().to_string();
        let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("");
        match ext {
            "html" => {
                pages += 1;
                for p in unsafe_parts(&Html::parse_document(&text), origin) {
                    problems.push(format!("{name}: {p}"));
                }
            }
            "json" => {
                let doc: serde_json::Value = serde_json::from_str(&text).unwrap();
                let mut fields = Vec::new();
                html_fields(&doc, &mut fields);
                for f in fields {
                    fragments += 1;
                    for p in unsafe_parts(&Html::parse_fragment(&f), origin) {
                        problems.push(format!("{name} (HTML field): {p}"));
                    }
                }
            }
            "xml" => {
                // Feeds and the sitemap carry text, escaped: no markup and no script URLs.
                let parsed = roxmltree::Document::parse(&text).unwrap();
                for node in parsed.descendants().filter(|n| n.is_element()) {
                    let tag = node.tag_name().name();
                    if ["script", "iframe", "img", "svg", "style"].contains(&tag) {
                        problems.push(format!("{name}: <{tag}> element"));
                    }
                    // An entry's content is HTML for feed readers: as safe as a page.
                    if tag == "content" {
                        fragments += 1;
                        let html = Html::parse_fragment(node.text().unwrap_or_default());
                        for p in unsafe_parts(&html, origin) {
                            problems.push(format!("{name} (entry content): {p}"));
                        }
                        continue;
                    }
                    let own = node.attributes().map(|a| a.value()).chain(
                        node.children()
                            .filter_map(|c| c.is_text().then(|| c.text()).flatten()),
                    );
                    if own
                        .into_iter()
                        .any(|t| t.to_ascii_lowercase().contains("javascript:"))
                    {
                        problems.push(format!("{name}: a javascript: URL in <{tag}>"));
                    }
                }
            }
            _ => {}
        }
    }
    assert!(
        pages > 10 && fragments > 1,
        "{pages} pages, {fragments} fragments"
    );
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn web_pages_send_a_strict_csp_and_text_stays_literal() {
    let site = built();
    let page = page(&site.root().join("public/en/app/index.html"));
    let csp = page
        .select(&Selector::parse(r#"meta[http-equiv="Content-Security-Policy"]"#).unwrap())
        .next()
        .and_then(|m| m.value().attr("content").map(str::to_string))
        .unwrap();
    assert!(csp.starts_with("default-src 'none'"), "{csp}");
    assert!(
        !csp.contains("script-src") && !csp.contains("unsafe"),
        "{csp}"
    );
    let text: String = page.root_element().text().collect();
    // Escaped, shown as the words the author typed: nothing was interpreted.
    assert!(
        text.contains("{{ 7*7 }} and {% raw %}literal{% endraw %} stay as written."),
        "{text}"
    );
    assert!(
        text.contains("{{ page.site_title }}"),
        "template syntax printed literally"
    );
    assert!(text.contains("Privacy <script>alert('title')</script> Policy"));
    assert!(!text.contains("49 and"));
}

/// An invalid URL in a field that becomes a link is an error, not a link.
#[test]
fn link_fields_accept_only_web_urls() {
    let site = SiteTest::fixture("hostile");
    let policy = site.root().join("content/app/policy.yaml");
    edit(
        &policy,
        "url: \"https://help.example/?q=\\\"><script>alert('url')</script>\"",
        "url: \"javascript:alert('url')\"",
    );
    let out = site.run(&["check"]);
    assert_eq!(out.code, Some(1));
    assert_eq!(
        out.stderr,
        "error: invalid URL\n  --> content/app/policy.yaml:9:10\n  |\n9 |     url: \"javascript:alert('url')\"\n  |          ^^^^^^^^^^^^^^^^^^^^^^^^^ found `javascript:alert('url')`\n  = expected: an absolute http:// or https:// URL\n\n1 error found\n"
    );
}
