//! Translations end to end: a fixture site in English, Traditional Chinese (CJK), Arabic
//! (right to left) and `no`, built by the real `clause`.

use crate::common::*;
use std::path::Path;

fn built() -> SiteTest {
    let site = SiteTest::fixture("i18n");
    let out = site.run(&["build", "--drafts", "--date", "2025-08-01"]);
    assert!(out.code == Some(0), "{}", out.stderr);
    site
}

fn texts(html: &Html, css: &str) -> Vec<String> {
    html.select(&Selector::parse(css).unwrap())
        .map(|e| e.text().collect::<String>().trim().to_string())
        .collect()
}

fn policy_page(dir: &Path, locale: &str) -> Html {
    page(&dir.join(format!("public/{locale}/app/index.html")))
}

#[test]
fn retention_uses_each_locales_plural_forms() {
    let site = built();
    let kept = |locale| texts(&policy_page(site.root(), locale), "table.retention td");
    assert_eq!(
        kept("en"),
        ["1 day", "2 days", "3 days", "11 days", "100 days"]
    );
    assert_eq!(kept("zh-Hant"), ["1 天", "2 天", "3 天", "11 天", "100 天"]);
    // Arabic: one, two, few, many, other.
    assert_eq!(
        kept("ar"),
        ["يوم واحد", "يومان", "3 أيام", "11 يومًا", "100 يوم"]
    );
    let reply = texts(
        &policy_page(site.root(), "ar"),
        ".contact-card .response-time",
    );
    assert_eq!(reply, ["نرد خلال يومان"]);
}

#[test]
fn dates_are_written_the_locales_way() {
    let site = built();
    let date = |locale| texts(&policy_page(site.root(), locale), ".policy-dates time");
    assert_eq!(date("en"), ["July 1, 2025"]);
    assert_eq!(date("zh-Hant"), ["2025年7月1日"]);
    assert_eq!(date("ar"), ["1 يوليو 2025"]);
    let html = policy_page(site.root(), "ar");
    let iso = html
        .select(&Selector::parse(".policy-dates time").unwrap())
        .map(|t| t.value().attr("datetime").unwrap().to_string())
        .collect::<Vec<_>>();
    assert_eq!(iso, ["2025-07-01"]);
}

#[test]
fn fallback_passages_carry_lang_and_a_visible_note() {
    let site = built();
    let ar = policy_page(site.root(), "ar");
    // The untranslated intro body: marked English, left to right, with a note in Arabic
    // that names English in Arabic.
    let body = Selector::parse("#intro div.fallback[lang=en][dir=ltr]").unwrap();
    let body = ar.select(&body).next().expect("marked fallback body");
    let note = texts(
        &Html::parse_fragment(&body.html()),
        "p.fallback-note[lang=ar][dir=rtl]",
    );
    assert_eq!(note, ["لم يُترجم بعد: يظهر باللغة الإنجليزية."]);
    // Untranslated names are marked inline.
    let names = texts(&ar, "table.retention th span.fallback[lang=en]");
    assert_eq!(names[0], "Login codes");
    assert_eq!(
        texts(&ar, ".fallback-notice"),
        ["6 مقاطع في هذه الصفحة لم تُترجم بعد وتظهر باللغة: الإنجليزية."]
    );
    // A complete translation shows no marks.
    let zh = policy_page(site.root(), "zh-Hant");
    assert_eq!(count(&zh, ".fallback, .fallback-notice"), 0);
}

#[test]
fn pages_set_lang_and_direction() {
    let site = built();
    let html_tag = |locale: &str| {
        let text =
            std::fs::read_to_string(site.root().join(format!("public/{locale}/app/index.html")))
                .unwrap();
        text.lines()
            .find(|l| l.starts_with("<html"))
            .unwrap()
            .to_string()
    };
    assert_eq!(html_tag("ar"), r#"<html lang="ar" dir="rtl">"#);
    assert_eq!(html_tag("zh-Hant"), r#"<html lang="zh-Hant" dir="ltr">"#);
    assert_eq!(html_tag("no"), r#"<html lang="no" dir="ltr">"#);
    // An address reads left to right inside Arabic text, isolated so that its punctuation
    // stays where it belongs.
    let ar = policy_page(site.root(), "ar");
    let email = Selector::parse(r#"a[href="mailto:privacy@tally.example"][dir="ltr"]"#).unwrap();
    assert_eq!(ar.select(&email).count(), 1);
}

#[test]
fn hreflang_alternates_in_pages_and_sitemap() {
    let site = built();
    let zh = policy_page(site.root(), "zh-Hant");
    let links: Vec<(String, String)> = zh
        .select(&Selector::parse(r#"link[rel=alternate]"#).unwrap())
        .map(|l| {
            let attr = |a| l.value().attr(a).unwrap().to_string();
            (attr("hreflang"), attr("href"))
        })
        .collect();
    let url = |l: &str| format!("https://fixture.example/privacy/{l}/app/");
    let expected: Vec<(String, String)> = [
        ("en", url("en")),
        ("zh-Hant", url("zh-Hant")),
        ("ar", url("ar")),
        ("no", url("no")),
        ("x-default", url("en")),
    ]
    .map(|(a, b)| (a.to_string(), b))
    .into();
    assert_eq!(links, expected);
    // Drafts are not in the sitemap (they are `noindex`); the history page is.
    let sitemap = std::fs::read_to_string(site.root().join("public/sitemap.xml")).unwrap();
    assert!(!sitemap.contains("<loc>https://fixture.example/privacy/ar/app/</loc>"));
    let ar_entry = sitemap
        .split("<url>")
        .find(|u| u.contains("<loc>https://fixture.example/privacy/ar/app/history/</loc>"))
        .unwrap();
    for (lang, href) in &expected {
        let line =
            format!(r#"<xhtml:link rel="alternate" hreflang="{lang}" href="{href}history/"/>"#);
        assert!(ar_entry.contains(&line), "sitemap lacks {line}");
    }
}

#[test]
fn switcher_and_chooser_name_languages_in_their_own_words() {
    let site = built();
    let ar = policy_page(site.root(), "ar");
    assert_eq!(
        texts(&ar, "nav.languages a"),
        ["English", "繁體中文", "العربية", "no"]
    );
    assert_eq!(
        texts(&ar, "nav.languages a[aria-current=page]"),
        ["العربية"]
    );
    let chooser = page(&site.root().join("public/index.html"));
    assert_eq!(
        texts(&chooser, ".chooser-languages .language"),
        ["English", "繁體中文", "العربية", "no"]
    );
    // `no` has no built-in translation: English UI strings, draft text, no crash.
    let no = policy_page(site.root(), "no");
    assert_eq!(texts(&no, "#toc-title"), ["Contents"]);
}

#[test]
fn no_bidi_control_characters_anywhere_in_the_output() {
    let site = built();
    for (path, bytes) in read_tree(&site.root().join("public")) {
        let text = String::from_utf8(bytes).unwrap();
        let bad = text.chars().find(|c| {
            matches!(
                c,
                '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}'
            )
        });
        assert_eq!(bad, None, "{}", path.display());
    }
}

#[test]
fn check_reports_missing_and_stale_per_locale() {
    let site = SiteTest::fixture("i18n");
    let confirm = site.run(&["confirm", "app", "zh-Hant"]);
    assert_eq!(
        confirm.stderr,
        "Confirmed 15 translated texts of app in zh-Hant; recorded in content/app/zh-Hant.confirmed.json\n"
    );
    // The source of a confirmed translation changes afterwards.
    edit(
        &site.root().join("content/app/policy.yaml"),
        "title: About",
        "title: About this notice",
    );
    let out = site.run(&["check"]);
    assert!(out.code == Some(0), "{}", out.stderr);
    assert_eq!(
        out.stdout,
        "Translations:
  app zh-Hant  100%  15/15 texts, 1 stale
      stale    sections.intro.title (source changed since confirmed)
  app ar        60%  9/15 texts, 6 missing, 9 stale
      missing  data_categories.one-day.name
      missing  data_categories.two-days.name
      missing  data_categories.three-days.name
      missing  data_categories.eleven-days.name
      missing  data_categories.hundred-days.name
      missing  sections.intro.body
      stale    meta.title (never confirmed)
      stale    meta.product (never confirmed)
      stale    meta.controller.name (never confirmed)
      stale    meta.key_points.short (never confirmed)
      stale    purposes.counting.name (never confirmed)
      stale    sections.intro.title (never confirmed)
      stale    sections.keep.title (never confirmed)
      stale    sections.keep.body (never confirmed)
      stale    sections.contact.title (never confirmed)
  app no         0%  0/13 texts, 13 missing
      missing  meta.title
      missing  meta.key_points.short
      missing  purposes.counting.name
      missing  data_categories.one-day.name
      missing  data_categories.two-days.name
      missing  data_categories.three-days.name
      missing  data_categories.eleven-days.name
      missing  data_categories.hundred-days.name
      missing  sections.intro.title
      missing  sections.intro.body
      … and 3 more; `clause translate app no` stubs them all
Facts not stated (pages say so; no app-store file is written while a fact it declares is unstated):
  app  one-day: linked, tracking, ephemeral, encrypted_in_transit, required, deletable, shared, store_types
  app  two-days: linked, tracking, ephemeral, encrypted_in_transit, required, deletable, shared, store_types
  app  three-days: linked, tracking, ephemeral, encrypted_in_transit, required, deletable, shared, store_types
  app  eleven-days: linked, tracking, ephemeral, encrypted_in_transit, required, deletable, shared, store_types
  app  hundred-days: linked, tracking, ephemeral, encrypted_in_transit, required, deletable, shared, store_types
  app  purpose counting: kind
Store data types not stated (list them in `store_types`, or give each item a `store_type` or an id the stores know):
  app  one-day: it lists no items; its kind alone would say email-address, phone-number
  app  two-days: it lists no items; its kind alone would say other-user-content
  app  three-days: it lists no items; its kind alone would say product-interaction
  app  eleven-days: it lists no items; its kind alone would say device-id
  app  hundred-days: it lists no items; its kind alone would say payment-info, purchase-history
App-store files (/api/v1/<policy>/<version>/; `clause export` writes the draft's):
  app draft  withheld until their facts are stated: PrivacyInfo.xcprivacy, app-store-label.json, data-safety.csv
"
    );
}

#[test]
fn strict_makes_missing_and_stale_errors_with_locations() {
    let site = SiteTest::fixture("i18n");
    site.run(&["confirm", "app", "zh-Hant"]);
    // The source of a confirmed translation changes afterwards.
    edit(
        &site.root().join("content/app/policy.yaml"),
        "title: About",
        "title: About this notice",
    );
    let out = site.run(&["check", "--strict"]);
    assert_eq!(out.code, Some(1));
    let err = out.stderr;
    let stale = "error: stale translation of `sections.intro.title`: its source text changed since the translation was confirmed
  --> content/app/zh-Hant.yaml:11:1
   |
11 | sections.intro.title: 關於本聲明
   | ^^^^^^^^^^^^^^^^^^^^
   = expected: a reviewed translation, then `clause confirm app zh-Hant`
";
    assert!(err.contains(stale), "{err}");
    let missing = "error: `ar` has no translation of `sections.intro.body`
  --> content/app/policy.yaml:51:9
   |
51 |   - id: intro
   |         ^^^^^
   = expected: the key in `content/app/ar.yaml` (`clause translate app ar` adds a stub)
";
    assert!(err.contains(missing), "{err}");
    // The product's and the controller's names are not texts to translate: not missing in
    // `no`, which translates nothing.
    assert!(
        !err.contains("`no` has no translation of `meta.product`"),
        "{err}"
    );
    assert!(err.ends_with("29 errors found\n"), "{err}");
    // The same from clause.yaml, for CI.
    let config = site.root().join("clause.yaml");
    let text = std::fs::read_to_string(&config).unwrap();
    std::fs::write(&config, format!("{text}translations:\n  strict: true\n")).unwrap();
    assert_eq!(site.run(&["build", "--drafts"]).code, Some(1));
    assert!(
        !site.root().join("public").exists(),
        "a strict failure writes nothing"
    );
}

#[test]
fn translate_appends_stubs_and_never_touches_existing_text() {
    let site = SiteTest::fixture("i18n");
    let file = site.root().join("content/app/ar.yaml");
    let before = std::fs::read(&file).unwrap();
    let out = site.run(&["translate", "app", "ar"]);
    assert_eq!(
        out.stderr,
        "Added 5 stubs to content/app/ar.yaml; replace each ~ with the ar text\n"
    );
    let after = std::fs::read(&file).unwrap();
    assert_eq!(
        &after[..before.len()],
        &before[..],
        "existing bytes changed"
    );
    let added = String::from_utf8(after[before.len()..].to_vec()).unwrap();
    assert!(added.starts_with("\n# Added by `clause translate`: replace each ~ with the ar text.\n\n# en: Login codes\ndata_categories.one-day.name: ~\n"), "{added}");
    // `sections.intro.body` is already stubbed with ~, so it is not added twice.
    assert!(!added.contains("sections.intro.body"));
    // Running it again adds nothing and changes nothing.
    let again = site.run(&["translate", "app", "ar"]);
    assert_eq!(
        again.stderr,
        "content/app/ar.yaml already has every key of the draft; nothing to add\n"
    );
    assert_eq!(std::fs::read(&file).unwrap(), after);
    // The stubbed site still builds; stubs count as missing.
    site.run(&["build", "--drafts"]).succeeds();
    // A new locale file starts with a header and carries multi-line sources as comments.
    let out = site.run(&["translate", "app", "no"]);
    assert!(out.code == Some(0), "{}", out.stderr);
    let new = std::fs::read_to_string(site.root().join("content/app/no.yaml")).unwrap();
    assert!(
        new.starts_with("# Translation of the `app` policy into no.\n"),
        "{new}"
    );
    assert!(
        new.contains("# en: We keep **little** and delete it soon.\nmeta.key_points.short: ~\n")
    );
}

#[test]
fn translate_and_confirm_refuse_unknown_policy_and_locale() {
    let site = SiteTest::fixture("i18n");
    let out = site.run(&["translate", "app", "fr"]);
    assert_eq!(out.code, Some(2));
    assert_eq!(
        out.stderr,
        "error: `fr` is not a locale of this site; expected one of: zh-Hant, ar, no\n"
    );
    let out = site.run(&["confirm", "app", "en"]);
    assert_eq!(
        out.stderr,
        "error: `en` is the default locale: its text is policy.yaml itself; expected one of: zh-Hant, ar, no\n"
    );
    let out = site.run(&["confirm", "nope", "ar"]);
    assert_eq!(
        out.stderr,
        "error: no policy `nope`; expected one of: app\n"
    );
}

#[test]
fn theme_and_site_strings_override_the_built_in_ones_in_order() {
    let site = SiteTest::fixture("i18n");
    let write = |path: &str, text: &str| {
        let path = site.root().join(path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    };
    write(
        "themes/default/locales/zh-Hant.ftl",
        "policy-contents = 本頁目錄\npolicy-key-points = 主題重點\n",
    );
    write(
        "locales/zh-Hant.ftl",
        "policy-key-points = 網站重點\ndate-long = { DATETIME($date, dateStyle: \"short\") }\n",
    );
    write("locales/no.ftl", "language-name = Norsk\n");
    let out = site.run(&["build", "--drafts"]);
    assert!(out.code == Some(0), "{}", out.stderr);
    let zh = policy_page(site.root(), "zh-Hant");
    assert_eq!(
        texts(&zh, "#toc-title"),
        ["本頁目錄"],
        "theme overrides built-in"
    );
    assert_eq!(
        texts(&zh, "#key-points-title"),
        ["網站重點"],
        "site overrides theme"
    );
    assert_eq!(texts(&zh, ".policy-dates time"), ["2025/7/1"]);
    assert!(
        !site.root().join("public/locales").exists(),
        "theme strings are not published"
    );
    let chooser = page(&site.root().join("public/index.html"));
    assert_eq!(
        texts(&chooser, ".chooser-languages .language"),
        ["English", "繁體中文", "العربية", "Norsk"]
    );
}

#[test]
fn check_json_reports_translations_on_stdout() {
    let site = SiteTest::fixture("i18n");
    let out = site.run(&["check", "--format", "json"]);
    assert!(out.code == Some(0), "{}", out.stderr);
    // One document, on stdout: the review with its problems (none here).
    assert_eq!(out.stderr, "");
    let json: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(
        (
            json["errors"].as_u64(),
            json["diagnostics"].as_array().map(Vec::len)
        ),
        (Some(0), Some(0))
    );
    let ar = &json["translations"][1];
    assert_eq!(ar["locale"], "ar");
    assert_eq!(ar["file"], "content/app/ar.yaml");
    assert_eq!(
        (
            ar["total"].as_u64(),
            ar["translated"].as_u64(),
            ar["coverage"].as_u64()
        ),
        (Some(15), Some(9), Some(60))
    );
    assert_eq!(ar["missing"][5], "sections.intro.body");
    assert_eq!(
        ar["stale"][0],
        serde_json::json!({"key": "meta.title", "reason": "unconfirmed"})
    );
    // The problems are in the one document on stdout, not in a second one on stderr.
    assert_eq!(out.stderr, "");
}

#[test]
fn translated_text_is_sanitised_and_template_syntax_stays_literal() {
    let site = SiteTest::fixture("i18n");
    let file = site.root().join("content/app/ar.yaml");
    let text = std::fs::read_to_string(&file).unwrap().replace(
        "sections.keep.body: لكل نوع من البيانات مدته الخاصة.",
        "sections.keep.body: \"<script>alert(1)</script><img src=x onerror=alert(2)> {{ page.lang }} {% raw %}\"",
    ).replace("sections.contact.title: التواصل", "sections.contact.title: \"<b onclick=x>التواصل</b>\"");
    std::fs::write(&file, text).unwrap();
    let out = site.run(&["build", "--drafts"]);
    assert!(out.code == Some(0), "{}", out.stderr);
    let html = std::fs::read_to_string(site.root().join("public/ar/app/index.html")).unwrap();
    // The one script is the page's schema.org data, a JSON data block that cannot close early.
    let html = html.replacen("<script type=\"application/ld+json\">", "", 1);
    assert!(!html.contains("<script") && !html.contains("onerror") && !html.contains("<b onclick"));
    assert!(html.contains("{{ page.lang }} {% raw %}"));
    assert!(
        html.contains("&lt;b onclick=x&gt;التواصل&lt;/b&gt;"),
        "titles are text, not HTML"
    );
}

/// Legal roles carry the terms of the law the policy is written for, and the list of laws
/// is shown only when the author asks for it.
#[test]
fn legal_terms_follow_the_law_and_laws_are_listed_only_on_request() {
    let site = SiteTest::fixture("versions");
    site.edit(
        "content/app/policy.yaml",
        "    email: privacy@counter.example",
        "    email: privacy@counter.example\n    dpo: { name: Ada Li }\n  jurisdictions: [pipl]",
    )
    .edit(
        "content/app/policy.yaml",
        "    body: We count things for you.",
        "    body: We count things for you.\n    blocks: [contact]",
    );
    let roles = |site: &SiteTest, locale: &str| {
        site.run(&["build", "--drafts", "--date", "2025-03-01"])
            .succeeds();
        let html = page(&site.path(&format!("public/{locale}/app/index.html")));
        (
            texts(&html, ".contact-card dt"),
            texts(&html, ".jurisdictions li"),
        )
    };
    let (en, laws) = roles(&site, "en");
    assert_eq!(
        en,
        [
            "Personal information handler",
            "Email",
            "Person in charge of personal information protection"
        ]
    );
    assert!(laws.is_empty(), "laws listed unasked: {laws:?}");
    let (fr, _) = roles(&site, "fr");
    assert_eq!(
        fr[0],
        "Responsable du traitement des informations personnelles"
    );
    // A policy for both laws names both terms; the list shows once asked for.
    site.edit(
        "content/app/policy.yaml",
        "jurisdictions: [pipl]",
        "jurisdictions: [gdpr, pipl]\n  show_jurisdictions: true",
    );
    let (en, laws) = roles(&site, "en");
    assert_eq!(en[0], "Data controller / Personal information handler");
    assert_eq!(laws, ["GDPR (European Union)", "PIPL (China)"]);
}

/// A note about text in another language names that language in the reader's: a French
/// page says "anglais", not "English" (the language switcher keeps each language's own
/// name).
#[test]
fn fallback_notes_name_the_language_in_the_readers_language() {
    let site = SiteTest::fixture("versions");
    site.run(&["build", "--drafts", "--date", "2026-12-04"])
        .succeeds();
    let fr = site.read("public/fr/app/index.html");
    assert!(
        fr.contains(
            "Un passage de cette page n&#39;est pas encore traduit et s&#39;affiche en anglais."
        ),
        "{fr}"
    );
    assert!(fr.contains("Pas encore traduit : affiché en anglais."));
    assert!(
        fr.contains(">English</a>"),
        "the switcher names English in English"
    );
}

/// The product's and the controller's names are names: the same in every language unless
/// a translation gives one. Left out, they are not missing, not stubbed and not marked as
/// shown in another language; given, the translation's is shown.
#[test]
fn names_stay_as_written_unless_a_translation_gives_one() {
    let site = SiteTest::fixture("versions");
    site.edit("content/app/fr.yaml", "meta.product: Counter\n", "");
    site.edit(
        "content/app/fr.yaml",
        "meta.controller.name: Counter SARL\n",
        "",
    );
    let check = site.run(&["check"]);
    assert!(!check.stdout.contains("meta.product"), "{}", check.stdout);
    assert!(
        !check.stdout.contains("meta.controller.name"),
        "{}",
        check.stdout
    );
    site.run(&["translate", "app", "fr"]).succeeds();
    assert!(!site.read("content/app/fr.yaml").contains("meta.product"));
    site.run(&["build", "--drafts", "--date", "2026-12-04"])
        .succeeds();
    let fr = page(&site.path("public/fr/app/index.html"));
    assert_eq!(texts(&fr, "p.product"), ["Counter"]);
    assert_eq!(count(&fr, "p.product span.fallback"), 0);
    // A product sold under another name in one market.
    site.edit(
        "content/app/fr.yaml",
        "meta.title:",
        "meta.product: Compteur\nmeta.title:",
    );
    site.run(&["build", "--drafts", "--date", "2026-12-04"])
        .succeeds();
    let fr = page(&site.path("public/fr/app/index.html"));
    assert_eq!(texts(&fr, "p.product"), ["Compteur"]);
}

/// `translate:` in policy.yaml keeps any text as written in every language (`false`), by
/// key or by pattern, or hands a name to translators after all (`true`); a key that names
/// no text is an error at its line.
#[test]
fn translate_false_keeps_a_text_as_written_and_true_hands_a_name_over() {
    let site = SiteTest::fixture("versions");
    site.edit(
        "content/app/fr.yaml",
        "purposes.run.name: Faire fonctionner l'application\n",
        "",
    );
    site.edit("content/app/fr.yaml", "meta.product: Counter\n", "");
    site.edit(
        "content/app/policy.yaml",
        "sections:",
        "translate:\n  purposes.*.name: false\n  meta.product: true\nsections:",
    );
    let check = site.run(&["check"]);
    assert!(
        !check.stdout.contains("purposes.run.name"),
        "{}",
        check.stdout
    );
    assert!(check.stdout.contains("meta.product"), "{}", check.stdout);
    site.run(&["translate", "app", "fr"]).succeeds();
    let fr = site.read("content/app/fr.yaml");
    assert!(!fr.contains("purposes.run.name"), "{fr}");
    assert!(fr.contains("meta.product:"), "{fr}");
    site.run(&[
        "translate",
        "app",
        "fr",
        "--format",
        "xliff",
        "--out",
        "fr.xlf",
    ])
    .succeeds();
    assert!(!site.read("fr.xlf").contains("purposes.run.name"));
    site.run(&["build", "--drafts", "--date", "2026-12-04"])
        .succeeds();

    site.edit(
        "content/app/policy.yaml",
        "  purposes.*.name: false",
        "  purpose.*.name: false",
    );
    let run = site.run(&["check"]);
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    assert!(
        run.stderr.contains(
            "error: `translate` names no text of this policy\n  --> content/app/policy.yaml:"
        ),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("found `purpose.*.name`"),
        "{}",
        run.stderr
    );
}

/// The site title may be given per locale; pages, their structured data and the JSON index
/// use each locale's, and a locale without its own falls back as texts do.
#[test]
fn the_site_title_can_be_translated() {
    let site = SiteTest::fixture("versions");
    let config = site.read("clause.yaml").replace(
        "title: Versions Fixture\n",
        "title:\n  en: Counter Privacy\n  fr: Confidentialité Counter\n",
    );
    std::fs::write(site.path("clause.yaml"), config).unwrap();
    site.run(&["build", "--drafts", "--date", "2026-12-04"])
        .succeeds();
    let fr = site.read("public/fr/app/index.html");
    assert!(
        fr.contains("\"isPartOf\":{\"@type\":\"WebSite\",\"name\":\"Confidentialité Counter\""),
        "{fr}"
    );
    let header = texts(
        &page(&site.path("public/fr/app/index.html")),
        "header.site-header a.site-title",
    );
    assert_eq!(header, ["Confidentialité Counter"]);
    assert!(
        site.read("public/index.html")
            .contains("<h1>Counter Privacy</h1>")
    );
    let index: serde_json::Value =
        serde_json::from_str(&site.read("public/api/v1/index.json")).unwrap();
    assert_eq!(index["site"]["title"], "Counter Privacy");
    assert_eq!(
        index["site"]["titles"],
        serde_json::json!({"fr": "Confidentialité Counter"})
    );
    // The default locale's title is required; only the site's locales may have one.
    let config = site
        .read("clause.yaml")
        .replace("  en: Counter Privacy\n", "  de: Zähler\n");
    std::fs::write(site.path("clause.yaml"), config).unwrap();
    site.run(&["check"]).fails_with(
        1,
        "error: `title` names `de`, which is not a locale of this site\n  --> clause.yaml\n  = expected: titles for the locales listed: en, fr\n\nerror: `title` has no title in the default locale\n  --> clause.yaml\n  = expected: a title for `en`, the first of `locales`\n\n2 errors found\n",
    );
}

/// XLIFF for translation agencies: export, import of the same file changes nothing, a
/// target filled in comes back exactly (Markdown, markup characters, paragraphs), units
/// the draft no longer has are refused at their line, and a file Clause did not write is
/// never replaced.
#[test]
fn xliff_goes_out_to_an_agency_and_comes_back_exactly() {
    let site = SiteTest::fixture("versions");
    site.run(&["translate", "app", "fr", "--format", "xliff"]).fails_with(
        0,
        "Wrote ./app.fr.xlf (7 texts of app for fr); bring it back with `clause translate app fr --import ./app.fr.xlf`\n",
    );
    let xlf = site.read("app.fr.xlf");
    assert!(xlf.contains("<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"en\" trgLang=\"fr\">"));
    assert!(xlf.contains("    <unit id=\"sections.intro.body\">\n      <segment state=\"initial\">\n        <source>We count things for you.</source>\n      </segment>"), "{xlf}");
    assert!(
        xlf.contains(
            "<note category=\"clause\">stale: this translation was never confirmed</note>"
        )
    );
    let before = site.read("content/app/fr.yaml");
    site.run(&["translate", "app", "fr", "--import", "app.fr.xlf"])
        .fails_with(0, "app.fr.xlf changes nothing in content/app/fr.yaml\n");
    assert_eq!(site.read("content/app/fr.yaml"), before);
    // A value spread over lines is replaced whole; the translator's comment stays.
    let fr = before.replace(
        "data_categories.account.name: Compte\n",
        "# Claire: « compte » as in the app.\ndata_categories.account.name: |\n  Compte\n\n",
    );
    std::fs::write(site.path("content/app/fr.yaml"), &fr).unwrap();
    let xlf = xlf.replace(
        "<target>Compte</target>",
        "<target>Compte utilisateur</target>",
    );
    // The agency fills in the missing text: two paragraphs, Markdown and markup characters.
    let translated = "Nous **comptons** pour vous : 3 < 4 & <i>plus</i>.\n\nDeuxième paragraphe.";
    let escaped = translated
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;");
    let xlf = xlf.replace(
        "<source>We count things for you.</source>\n",
        &format!("<source>We count things for you.</source>\n        <target>{escaped}</target>\n"),
    );
    std::fs::write(site.path("app.fr.xlf"), &xlf).unwrap();
    site.run(&["translate", "app", "fr", "--import", "app.fr.xlf"]).fails_with(
        0,
        "Imported 2 texts from app.fr.xlf into content/app/fr.yaml; review them, then `clause confirm app fr`\n",
    );
    let yaml = site.read("content/app/fr.yaml");
    assert!(yaml.contains(
        "# Claire: « compte » as in the app.\ndata_categories.account.name: \"Compte utilisateur\"\n\nsections.intro.title: Introduction\n"
    ), "{yaml}");
    assert!(
        yaml.contains(&format!(
            "# en: We count things for you.\nsections.intro.body: {}\n",
            serde_json::to_string(translated).unwrap()
        )),
        "{yaml}"
    );
    site.run(&["confirm", "app", "fr"]).succeeds();
    site.run(&["translate", "app", "fr", "--format", "xliff"])
        .succeeds();
    let again = site.read("app.fr.xlf");
    assert_eq!(again.matches("state=\"final\"").count(), 7, "{again}");
    assert!(again.contains(&format!("<target>{escaped}</target>")));
    // A unit the draft no longer has, and a file for another language.
    let bad = again
        .replace(
            "<unit id=\"sections.intro.body\">",
            "<unit id=\"sections.intro.bdy\">",
        )
        .replace("trgLang=\"fr\"", "trgLang=\"de\"");
    std::fs::write(site.path("app.fr.xlf"), &bad).unwrap();
    let run = site.run(&["translate", "app", "fr", "--import", "app.fr.xlf"]);
    assert_eq!(run.code, Some(1));
    assert!(
        run.stderr
            .starts_with("error: the file is for another language\n  --> app.fr.xlf:3:1\n"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("error: unit `sections.intro.bdy` is not a text of the draft any more\n"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("= expected: a key of the draft, such as `sections.intro.body`; export again with `clause translate app fr --format xliff`\n"), "{}", run.stderr);
    // A file Clause did not write is never replaced.
    std::fs::write(site.path("mine.xlf"), "<xliff/>\n").unwrap();
    site.run(&[
        "translate",
        "app",
        "fr",
        "--format",
        "xliff",
        "--out",
        "mine.xlf",
    ])
    .fails_with(
        2,
        "error: mine.xlf exists and was not written by `clause translate`; choose another --out\n",
    );
    assert_eq!(site.read("mine.xlf"), "<xliff/>\n");
}

/// When a source changes after its translation was confirmed, the reviewer sees what it
/// was and what it is now (the old text found in the released version it was confirmed
/// against), and `clause translate` brings the `# en:` comments above the keys up to date,
/// touching no translation and no comment of the translator's.
#[test]
fn a_changed_source_shows_was_and_now_and_its_comment_is_refreshed() {
    let site = crate::versions::ready();
    site.release_first("app", &[]).succeeds();
    site.edit(
        "content/app/policy.yaml",
        "name: Running the app",
        "name: Running and improving the app",
    );
    let fr = site.read("content/app/fr.yaml").replace(
        "purposes.run.name:",
        "# A note of the translator.\n# en: Running the app\npurposes.run.name:",
    );
    std::fs::write(site.path("content/app/fr.yaml"), fr).unwrap();
    let check = site.run(&["check"]);
    assert!(check.stdout.contains(
        "      stale    purposes.run.name (source changed since confirmed)\n               was: Running the app\n               now: Running and improving the app\n"
    ), "{}", check.stdout);
    let json = site.run(&["check", "--format", "json"]);
    let doc: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    assert_eq!(
        doc["translations"][0]["stale"][0],
        serde_json::json!({"key": "purposes.run.name", "reason": "changed", "was": "Running the app", "now": "Running and improving the app"})
    );
    site.run(&["translate", "app", "fr"]).fails_with(
        0,
        "Refreshed 1 source comment in content/app/fr.yaml: the source changed since it was written\n",
    );
    assert!(site.read("content/app/fr.yaml").contains(
        "# A note of the translator.\n# en: Running and improving the app\npurposes.run.name: Faire fonctionner l'application\n"
    ));
}

/// The same exchange as gettext PO: stale translations are `fuzzy`, a missing one has an
/// empty msgstr, a target of several paragraphs with quotes comes back exactly, and keys
/// the draft no longer has are refused at their line.
#[test]
fn po_goes_out_and_comes_back_exactly() {
    let site = SiteTest::fixture("i18n");
    site.run(&["translate", "app", "ar", "--format", "po"])
        .succeeds();
    let po = site.read("app.ar.po");
    assert!(po.contains("\"Language: ar\\n\"\n"), "{po}");
    assert!(po.contains("#, fuzzy\nmsgctxt \"meta.title\"\n"), "{po}");
    assert!(po.contains("msgctxt \"sections.intro.body\"\n"));
    let before = site.read("content/app/ar.yaml");
    site.run(&["translate", "app", "ar", "--import", "app.ar.po"])
        .fails_with(0, "app.ar.po changes nothing in content/app/ar.yaml\n");
    assert_eq!(site.read("content/app/ar.yaml"), before);
    // The missing body, translated in two paragraphs with quotation marks.
    let translated = "نحن نعدّ \"الأيام\" من أجلك.\n\nالفقرة الثانية.";
    let entry = "msgctxt \"sections.intro.body\"\n";
    let at = po.find(entry).unwrap();
    let empty = po[at..].find("msgstr \"\"\n").unwrap() + at;
    let filled = format!(
        "{}msgstr \"\"\n\"نحن نعدّ \\\"الأيام\\\" من أجلك.\\n\"\n\"\\n\"\n\"الفقرة الثانية.\"\n{}",
        &po[..empty],
        &po[empty + "msgstr \"\"\n".len()..]
    );
    std::fs::write(site.path("app.ar.po"), &filled).unwrap();
    site.run(&["translate", "app", "ar", "--import", "app.ar.po"]).fails_with(
        0,
        "Imported 1 text from app.ar.po into content/app/ar.yaml; review it, then `clause confirm app ar`\n",
    );
    assert!(site.read("content/app/ar.yaml").contains(&format!(
        "sections.intro.body: {}\n",
        serde_json::to_string(translated).unwrap()
    )));
    site.run(&["check"]).succeeds();
    let gone = filled.replace(
        "msgctxt \"sections.keep.title\"",
        "msgctxt \"sections.kept.title\"",
    );
    std::fs::write(site.path("app.ar.po"), gone).unwrap();
    let run = site.run(&["translate", "app", "ar", "--import", "app.ar.po"]);
    assert_eq!(run.code, Some(1));
    assert!(run.stderr.starts_with("error: unit `sections.kept.title` is not a text of the draft any more\n  --> app.ar.po:"), "{}", run.stderr);
    assert!(
        run.stderr.contains(
            "such as `sections.keep.title`; export again with `clause translate app ar --format po`"
        ),
        "{}",
        run.stderr
    );
}

/// Exchange files that cannot be read back say exactly why, at their line, and nothing is
/// written.
#[test]
fn unreadable_exchange_files_are_refused_at_their_line() {
    let site = SiteTest::fixture("versions");
    let before = site.read("content/app/fr.yaml");
    let import = |name: &str, text: &str| {
        std::fs::write(site.path(name), text).unwrap();
        site.run(&["translate", "app", "fr", "--import", name])
    };
    import("a.xlf", "<xliff version=\"2.0\"\n").fails_with(
        1,
        "error: not well-formed XML\n  --> a.xlf:1:1\n  |\n1 | <xliff version=\"2.0\"\n  | ^^^^^^ found unexpected end of stream\n\n1 error found\n",
    );
    import("b.xlf", "<doc/>\n").fails_with(
        1,
        "error: not an XLIFF 2.0 document\n  --> b.xlf:1:1\n  |\n1 | <doc/>\n  | ^^^^^^ found <doc>\n  = expected: <xliff version=\"2.0\">, as `clause translate --format xliff` writes\n\n1 error found\n",
    );
    import(
        "c.xlf",
        "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"en\" trgLang=\"fr\">\n  <file id=\"other\"/>\n  <file id=\"app\">\n    <unit id=\"meta.title\"><segment><source>P</source><target>Politique <b>x</b></target></segment></unit>\n  </file>\n</xliff>\n",
    )
    .fails_with(
        1,
        "error: the file is for another policy\n  --> c.xlf:2:3\n  |\n2 |   <file id=\"other\"/>\n  |   ^^^^^ found id=\"other\"\n  = expected: id=\"app\"\n\nerror: the target of `meta.title` has inline markup\n  --> c.xlf:4:54\n  |\n4 |     <unit id=\"meta.title\"><segment><source>P</source><target>Politique <b>x</b></target></segment></unit>\n  |                                                      ^^^^^^^^^^^^^^^^^\n  = expected: plain text (Markdown), as the source is\n\n2 errors found\n",
    );
    import(
        "a.po",
        "msgid \"\"\nmsgstr \"\"\n\"Language: fr\\n\"\n\nmsgctxt \"meta.title\"\nmsgid \"P\"\nmsgstr \"Politique\n",
    )
    .fails_with(
        1,
        "error: a string that is not closed or not escaped as PO escapes\n  --> a.po:7:1\n  |\n7 | msgstr \"Politique\n  | ^^^^^^ found `\"Politique`\n  = expected: \"text\", with \\\" \\\\ \\n \\t escapes\n\n1 error found\n",
    );
    import("b.po", "msgid \"\"\nmsgstr \"\"\n\"Language: fr\\n\"\nwhat\n").fails_with(
        1,
        "error: not a line of a PO file\n  --> b.po:4:1\n  |\n4 | what\n  | ^^^^ found `what`\n  = expected: msgctxt, msgid, msgstr, a quoted string or a # comment\n\n1 error found\n",
    );
    import("c.po", "\"stray\"\n").fails_with(
        1,
        "error: a string that belongs to nothing\n  --> c.po:1:1\n  |\n1 | \"stray\"\n  | ^^^^^^^\n  = expected: msgctxt, msgid or msgstr before it\n\n1 error found\n",
    );
    import("d.po", "msgid \"\"\nmsgstr \"\"\n\"Language: de\\n\"\n").fails_with(
        1,
        "error: the file is for another language\n  --> d.po:1:1\n  |\n1 | msgid \"\"\n  | ^^^^^ found Language: de\n  = expected: Language: fr\n\n1 error found\n",
    );
    assert_eq!(site.read("content/app/fr.yaml"), before);
}
