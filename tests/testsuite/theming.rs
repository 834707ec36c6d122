//! A site's own theme on top of the default one (tests/fixtures/themed, docs/theming.md):
//! a stylesheet of variables, a logo, a replaced template and UI strings, layered
//! built-in → theme → site.

use crate::common::*;
use base64::Engine;
use sha2::Digest;

fn texts(html: &Html, css: &str) -> Vec<String> {
    html.select(&Selector::parse(css).unwrap())
        .map(|e| e.text().collect::<String>().trim().to_string())
        .collect()
}

fn attrs(html: &Html, css: &str, attr: &str) -> Vec<String> {
    html.select(&Selector::parse(css).unwrap())
        .filter_map(|e| e.value().attr(attr).map(String::from))
        .collect()
}

#[test]
fn a_theme_changes_variables_logo_templates_and_strings() {
    let site = SiteTest::fixture("themed");
    let out = site.run(&["build", "--drafts"]);
    assert!(out.code == Some(0), "{}", out.stderr);
    let public = site.root().join("public");

    let en = page(&public.join("en/app/index.html"));
    // The theme's stylesheet comes after the default one, so its variables win.
    assert_eq!(
        attrs(&en, "link[rel=stylesheet]", "href"),
        ["../../static/clause.css", "../../static/theme.css"]
    );
    assert_eq!(
        std::fs::read(public.join("static/theme.css")).unwrap(),
        std::fs::read(fixture("themed/themes/acme/static/theme.css")).unwrap()
    );
    assert_eq!(
        attrs(&en, ".site-title img.site-logo", "src"),
        ["../../static/logo.svg"]
    );
    assert_eq!(attrs(&en, ".site-title img.site-logo", "alt"), [""]);
    assert!(public.join("static/logo.svg").is_file());
    // Strings: the site's file beats the theme's, which beats the built-in ones.
    assert_eq!(
        texts(&en, ".site-footer"),
        ["Published by Acme Planning Ltd."]
    );
    let ar = page(&public.join("ar/app/index.html"));
    assert_eq!(texts(&ar, ".site-footer"), ["نُشر باستخدام Clause"]);

    // The replaced template, with a string only the theme defines.
    let missing = page(&public.join("404.html"));
    assert_eq!(
        texts(&missing, ".acme-help"),
        ["Looking for our privacy policy? Start from the home page."]
    );

    // In-app views carry the theme's CSS inline, allowed by its hash.
    let app = std::fs::read_to_string(public.join("app/en/app/index.html")).unwrap();
    let doc = Html::parse_document(&app);
    let style = texts(&doc, "head style").concat();
    assert!(style.contains("--accent: #7a1fa2"), "{style}");
    let hash = base64::engine::general_purpose::STANDARD.encode(sha2::Sha256::digest(
        doc.select(&Selector::parse("head style").unwrap())
            .next()
            .unwrap()
            .text()
            .collect::<String>()
            .as_bytes(),
    ));
    let csp = attrs(
        &doc,
        r#"meta[http-equiv="Content-Security-Policy"]"#,
        "content",
    );
    assert!(csp[0].contains(&format!("'sha256-{hash}'")), "{csp:?}");
}

#[test]
fn the_default_theme_has_no_extra_stylesheet_or_logo() {
    let (_dir, out, _) = build_example();
    let en = page(&out.join("en/lumen-notes/index.html"));
    assert_eq!(
        attrs(&en, "link[rel=stylesheet]", "href"),
        ["../../static/clause.css"]
    );
    assert!(attrs(&en, "img.site-logo", "src").is_empty());
    assert_eq!(
        attrs(&en, "link[rel=icon]", "href"),
        ["../../static/favicon.svg"]
    );
}
