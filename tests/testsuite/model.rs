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

/// Releases the draft as version 1 (English only), so the JSON API has a document.
fn release(site: &SiteTest) {
    site.release_first("kettle", &["zh-Hant", "ar"]).succeeds();
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
            "div" if child.value().classes().any(|c| c == "exceptions") => {
                out.push(format!("list: {}", child.value().id().unwrap_or("")));
            }
            "div" if child.value().classes().any(|c| c == "minors") => {
                out.push(format!("tier: {}", child.value().id().unwrap_or("")));
            }
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
            "p: لم يُترجم بعد: يظهر باللغة الإنجليزية.",
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
    // Android's, with the entry for Android and iOS in a table of its own.
    assert_eq!(
        rows("section#permissions > .block tbody tr"),
        [
            "permission-android-location",
            "permission-android-notifications",
            "permission-precise-location",
            "permission-camera",
        ]
    );
    assert_eq!(
        rows("section#ios .block tbody tr"),
        ["permission-camera", "permission-ios-location"]
    );
    assert_eq!(
        rows("section#sharing .block tbody tr"),
        ["third-party-crash-kit", "third-party-cloud-host"]
    );
}

#[test]
fn the_json_keeps_the_placement_in_the_text_and_the_filter_on_the_block() {
    let site = built();
    release(&site);
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

/// The texts of the elements `css` selects.
fn texts(html: &Html, css: &str) -> Vec<String> {
    html.select(&Selector::parse(css).unwrap())
        .map(|e| e.text().collect::<String>().trim().to_string())
        .collect()
}

#[test]
fn legal_bases_are_listed_with_the_provision_each_cites_in_every_locale() {
    let site = built();
    let en = page(&site.path("public/en/kettle/index.html"));
    let basis = "#purpose-forecast td:last-child";
    assert_eq!(
        texts(&en, basis),
        [
            "Contract (GDPR Art. 6(1)(b)), Contract or human-resources management (PIPL Art. 13(1)(2))"
        ]
    );
    // A purpose that states no basis says nothing, and the column is there for the others.
    assert_eq!(texts(&en, "#purpose-alerts td:last-child"), [""]);
    let zh = page(&site.path("public/zh-Hant/kettle/index.html"));
    assert_eq!(
        texts(&zh, basis),
        ["契約（GDPR第6(1)(b)條）、訂立、履行契約或人力資源管理（PIPL第13(1)(2)條）"]
    );
    let ar = page(&site.path("public/ar/kettle/index.html"));
    assert_eq!(
        texts(&ar, basis),
        ["العقد (GDPR المادة 6(1)(b))، عقد أو إدارة الموارد البشرية (PIPL المادة 13(1)(2))"]
    );
    // A category's own bases, and several sources.
    let row = "#data-crash-reports td";
    assert_eq!(
        texts(&en, row)[2..4],
        [
            "Collected automatically, From you",
            "Consent, Legitimate interests (GDPR Art. 6(1)(f))"
        ]
    );
    // A category that states no basis takes those of its purposes.
    assert_eq!(
        texts(&en, "#data-location td")[3],
        "Contract (GDPR Art. 6(1)(b)), Contract or human-resources management (PIPL Art. 13(1)(2))"
    );
}

#[test]
fn lists_of_cases_are_numbered_lists_and_a_case_may_be_its_basis_alone() {
    let site = built();
    let en = page(&site.path("public/en/kettle/index.html"));
    assert_eq!(
        texts(
            &en,
            "#exceptions-without-consent .exceptions-title, #exceptions-without-consent li"
        ),
        [
            "When we may process your data without your consent",
            "Contract or human-resources management (PIPL Art. 13(1)(2))",
            "To meet a duty that a law or a court order puts on us. (PIPL Art. 13(1)(3))",
            "An emergency: public health, or someone's life, health or property (PIPL Art. 13(1)(4))",
        ]
    );
    assert_eq!(
        reading_order(&en, "no-consent"),
        [
            "p: The law lets us use your data without asking in these cases only:",
            "list: exceptions-without-consent",
            "p: In every other case we ask first.",
        ]
    );
    let zh = page(&site.path("public/zh-Hant/kettle/index.html"));
    assert_eq!(
        texts(
            &zh,
            "#exceptions-deletion .exceptions-title, #exceptions-deletion li"
        ),
        [
            "在下列情形，您可以要求我們刪除您的資料：",
            "我們已不再為收集時的目的需要這些資料；",
            "您撤回了處理所依據的同意；",
            "我們違反法律處理了這些資料。",
        ]
    );
    assert_eq!(
        texts(&zh, "#case-without-consent-emergency"),
        ["緊急情況：突發公共衛生事件，或保護自然人的生命健康與財產安全（PIPL第13(1)(4)條）"]
    );
    // Arabic translates none: the author's words fall back, the basis's own words are Arabic.
    let ar = page(&site.path("public/ar/kettle/index.html"));
    assert_eq!(
        texts(&ar, "#case-without-consent-contract"),
        ["عقد أو إدارة الموارد البشرية (PIPL المادة 13(1)(2))"]
    );
    assert_eq!(
        texts(&ar, "#case-deletion-unlawful"),
        ["we processed it against the law."]
    );
    // Each case of the author's is a text to translate, by its id.
    site.run(&["translate", "kettle", "ar"]).succeeds();
    let stub = site.read("content/kettle/ar.yaml");
    for key in [
        "exceptions.deletion.title: ~",
        "exceptions.deletion.items.unlawful: ~",
        "exceptions.without-consent.items.legal-duty: ~",
        "cookies.crash-id.purpose: ~",
    ] {
        assert!(stub.contains(key), "{key} in {stub}");
    }
    assert!(
        !stub.contains("items.contract"),
        "a case without text has nothing to translate"
    );
}

#[test]
fn cookies_are_a_table_split_by_whether_they_need_consent_and_json_for_consent_tools() {
    let site = built();
    let en = page(&site.path("public/en/kettle/index.html"));
    let rows = |css: &str| -> Vec<Vec<String>> {
        en.select(&Selector::parse(css).unwrap())
            .map(|r| {
                r.select(&Selector::parse("th, td").unwrap())
                    .map(|c| c.text().collect::<String>())
                    .collect()
            })
            .collect()
    };
    let all = rows("section#cookies tbody tr");
    assert_eq!(
        all,
        [
            [
                "kettle_sessionCookie",
                "Us",
                "Keeps you signed in on our web site.",
                "Until you close the browser or app",
                "Yes"
            ],
            [
                "preferredUnitsLocal storage",
                "Us",
                "Remembers whether you prefer °C or °F.",
                "1 year",
                "Yes"
            ],
            [
                "crashkit_install_idSDK identifier",
                "CrashKit Inc.",
                "Tells apart the crash reports of one installation.",
                "90 days",
                "No"
            ],
        ]
    );
    let order = reading_order(&en, "cookies");
    assert_eq!(order[1], "rows: cookie-session cookie-units");
    assert_eq!(order[3], "rows: cookie-crash-id");
    let zh = page(&site.path("public/zh-Hant/kettle/index.html"));
    assert_eq!(texts(&zh, "#cookie-units td")[2], "1 年");
    release(&site);
    site.run(&["build", "--date", "2026-12-02"]).succeeds();
    let doc: serde_json::Value =
        serde_json::from_str(&site.read("public/api/v1/kettle/1/en.json")).unwrap();
    assert_eq!(
        doc["cookies"][2],
        serde_json::json!({
            "id": "crash-id", "name": "crashkit_install_id", "kind": "sdk-identifier",
            "first_party": false, "provider": "CrashKit Inc.",
            "purpose": "Tells apart the crash reports of one installation.", "session": false, "days": 90,
            "duration": "P90D", "essential": false
        })
    );
    assert_eq!(doc["cookies"][0]["session"], true);
    assert_eq!(doc["cookies"][0]["days"], serde_json::Value::Null);
}

/// `clause diff kettle 1 draft --format json` after `edit`: its findings as (rule, detail).
fn findings_after(edit: &[(&str, &str)]) -> Vec<(String, String)> {
    let site = built();
    release(&site);
    for (from, to) in edit {
        site.edit("content/kettle/policy.yaml", from, to);
    }
    // A case, rule or tier taken out takes its translation with it.
    const TRANSLATED: &[(&str, &str)] = &[
        (
            "id: unlawful\n        text",
            "exceptions.deletion.items.unlawful: 我們違反法律處理了這些資料。\n",
        ),
        (
            "id: no-crash-kit\n",
            "minors.under-14.rules.no-crash-kit: 當機報告只保存在我們自己的伺服器，不會傳送給 Crash Kit。\n",
        ),
        ("id: under-18\n", "minors.under-18.name: 青少年\n"),
    ];
    for (taken, line) in TRANSLATED {
        if edit.iter().any(|(from, _)| from.contains(taken)) {
            site.edit("content/kettle/zh-Hant.yaml", line, "");
        }
    }
    let out = site.run(&["diff", "kettle", "1", "draft", "--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&out.succeeds().stdout).unwrap();
    json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["rule"].as_str().unwrap().into(),
                f["detail"].as_str().unwrap().into(),
            )
        })
        .collect()
}

#[test]
fn fewer_deletion_cases_or_more_cases_without_consent_are_material() {
    let pair = |r: &str, d: &str| (r.to_string(), d.to_string());
    assert_eq!(
        findings_after(&[(
            "      - id: unlawful\n        text: we processed it against the law.\n",
            ""
        )]),
        [pair(
            "rights-reduced",
            "fewer cases in which deletion may be asked for"
        )]
    );
    assert_eq!(
        findings_after(&[(
            "      - id: emergency\n        basis: pipl-13-1-4\n",
            "      - id: emergency\n        basis: pipl-13-1-4\n      - id: public\n        basis: pipl-13-1-6\n"
        )]),
        [pair(
            "new-purpose",
            "more cases of processing without consent"
        )]
    );
    // Adding a deletion case promises more: not material.
    assert_eq!(
        findings_after(&[(
            "      - id: unlawful\n",
            "      - id: asked\n        text: you ask us to.\n      - id: unlawful\n"
        )]),
        []
    );
    assert_eq!(
        findings_after(&[(
            "    duration: P90D\n    essential: false",
            "    duration: P2Y\n    essential: false"
        )]),
        [pair("longer-retention", "cookie lasts longer")]
    );
    assert_eq!(
        findings_after(&[("    duration: session\n", "    duration: P30D\n")]),
        [pair("longer-retention", "cookie lasts longer")]
    );
}

#[test]
fn a_permission_may_cover_two_platforms_several_identifiers_or_none() {
    let site = built();
    let en = page(&site.path("public/en/kettle/index.html"));
    let all = "section#all-permissions";
    assert_eq!(
        texts(&en, &format!("{all} caption")),
        [
            "App permissions: Android",
            "App permissions: Android, iOS",
            "App permissions: iOS",
            "App permissions: Mini-program",
        ]
    );
    // One row for both platforms, each identifier in its own code element.
    assert_eq!(
        texts(&en, &format!("{all} #permission-camera code")),
        ["android.permission.CAMERA", "NSCameraUsageDescription"]
    );
    assert_eq!(count(&en, &format!("{all} #permission-camera")), 1);
    assert_eq!(
        texts(&en, &format!("{all} #permission-precise-location code")),
        [
            "android.permission.ACCESS_FINE_LOCATION",
            "android.permission.ACCESS_BACKGROUND_LOCATION"
        ]
    );
    // Named in words only: no system name is made up.
    assert_eq!(texts(&en, &format!("{all} #permission-storage td"))[0], "");
    let zh = page(&site.path("public/zh-Hant/kettle/index.html"));
    assert_eq!(
        texts(&zh, "section#all-permissions caption")[1],
        "應用程式權限: Android、iOS"
    );
    let ar = page(&site.path("public/ar/kettle/index.html"));
    assert_eq!(
        texts(&ar, "section#all-permissions caption")[3],
        "أذونات التطبيق: برنامج مصغّر"
    );
    // In the JSON, v1's fields keep their form: the first platform and identifier, the
    // others beside them, and an identifier the policy does not give is unstated.
    release(&site);
    site.run(&["build", "--date", "2026-12-02"]).succeeds();
    let doc: serde_json::Value =
        serde_json::from_str(&site.read("public/api/v1/kettle/1/en.json")).unwrap();
    let permissions = doc["content"]["permissions"].as_array().unwrap();
    let camera = permissions.iter().find(|p| p["id"] == "camera").unwrap();
    assert_eq!(camera["platform"], "android");
    assert_eq!(camera["platforms"], serde_json::json!(["android", "ios"]));
    assert_eq!(camera["identifier"], "android.permission.CAMERA");
    let storage = permissions.iter().find(|p| p["id"] == "storage").unwrap();
    assert_eq!(storage["identifier"], "");
    assert_eq!(storage["unstated"], serde_json::json!(["identifier"]));
    let location = permissions
        .iter()
        .find(|p| p["id"] == "android-location")
        .unwrap();
    assert_eq!(location.get("platforms"), None);
}

#[test]
fn response_times_in_working_days_or_terms_read_as_the_law_writes_them() {
    let site = built();
    let said = |locale: &str| -> Vec<String> {
        let html = page(&site.path(&format!("public/{locale}/kettle/index.html")));
        let mut all = texts(
            &html,
            "section#your-rights .rights li, section#your-rights p",
        );
        all.retain(|t| !t.is_empty());
        all
    };
    let shown = |locale: &str, wanted: &[&str]| {
        let all = said(locale).join("\n");
        for w in wanted {
            assert!(all.contains(w), "{locale}: {w} in {all}");
        }
    };
    shown(
        "en",
        &[
            "We respond within 15 working days",
            "We respond without undue delay",
            "We reply promptly",
        ],
    );
    shown(
        "zh-Hant",
        &[
            "我們會在15 個工作天內回應",
            "我們會不無故拖延地回應",
            "我們會即時回覆",
        ],
    );
    shown(
        "ar",
        &[
            "نستجيب خلال 15 يوم عمل",
            "نستجيب دون تأخير غير مبرر",
            "نرد على وجه السرعة",
        ],
    );
    // A number of days that becomes a term cannot be shown to be no slower: material.
    release(&site);
    site.edit(
        "content/kettle/policy.yaml",
        "response_time: 15 working days",
        "response_time: as required by law",
    );
    let out = site.run(&["diff", "kettle", "1", "draft"]);
    assert!(
        out.succeeds()
            .stdout
            .contains("Response time: 15 working days → as the law requires"),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout
            .contains("! Rights removed or made harder to use"),
        "{}",
        out.stdout
    );
}

#[test]
fn transfers_may_be_conditional_or_consented_separately_and_an_unstated_safeguard_says_so() {
    let site = built();
    let en = page(&site.path("public/en/kettle/index.html"));
    assert_eq!(
        texts(
            &en,
            "#transfer-support-abroad th, #transfer-support-abroad td"
        )[..2],
        [
            "SingaporeWhen: Only when you ask our support team for help.",
            "We will ask for your consent to this transfer separately",
        ]
    );
    assert_eq!(texts(&en, "#transfer-crash-kit-us td")[0], "Not stated");
    assert_eq!(
        texts(&en, "#storage-eu th"),
        ["IrelandWhen: Only for accounts opened in the European Union."]
    );
    assert_eq!(
        reading_order(&en, "where")[1],
        "list: exceptions-abroad",
        "the exceptions to storing at home, placed in the text"
    );
    let zh = page(&site.path("public/zh-Hant/kettle/index.html"));
    assert_eq!(texts(&zh, "#transfer-crash-kit-us td")[0], "未說明");
    assert_eq!(
        texts(&zh, "#exceptions-abroad .exceptions-title"),
        ["您的個人資料可能儲存於境外的情形"]
    );
    let ar = page(&site.path("public/ar/kettle/index.html"));
    assert_eq!(
        texts(&ar, "#transfer-support-abroad td")[0],
        "سنطلب موافقتك على هذا النقل بشكل منفصل"
    );
    // v1 keeps `safeguard` a value: `not-stated`, and says it is unstated.
    release(&site);
    site.run(&["build", "--date", "2026-12-02"]).succeeds();
    let doc: serde_json::Value =
        serde_json::from_str(&site.read("public/api/v1/kettle/1/en.json")).unwrap();
    let transfers = &doc["content"]["storage"]["transfers"];
    assert_eq!(transfers[1]["safeguard"], "not-stated");
    assert_eq!(transfers[1]["unstated"], serde_json::json!(["safeguard"]));
    assert_eq!(transfers[0].get("unstated"), None);
    assert_eq!(
        transfers[0]["condition"],
        "Only when you ask our support team for help."
    );
}

#[test]
fn more_cases_of_storage_abroad_or_a_wider_condition_are_material() {
    let pair = |r: &str, d: &str| (r.to_string(), d.to_string());
    assert_eq!(
        findings_after(&[(
            "      - id: law\n",
            "      - id: backup\n        text: a backup is kept abroad;\n      - id: law\n"
        )]),
        [pair("new-transfer", "more cases of storage abroad")]
    );
    assert_eq!(
        findings_after(&[(
            "condition: Only when you ask our support team for help.",
            "condition: When you ask our support team for help, or use the app abroad."
        )]),
        [pair("new-transfer", "transfer made in other cases")]
    );
}

#[test]
fn the_contact_card_lists_addresses_by_role_channels_with_hours_and_a_dpo_by_role_alone() {
    let site = built();
    let card = |locale: &str| -> Vec<(String, String)> {
        let html = page(&site.path(&format!("public/{locale}/kettle/index.html")));
        let row = Selector::parse("section#your-rights .contact-card dl > div").unwrap();
        let (dt, dd) = (
            Selector::parse("dt").unwrap(),
            Selector::parse("dd").unwrap(),
        );
        html.select(&row)
            .map(|r| {
                let text = |s: &Selector| r.select(s).flat_map(|e| e.text()).collect::<String>();
                (text(&dt), text(&dd))
            })
            .collect()
    };
    let pair = |a: &str, b: &str| (a.to_string(), b.to_string());
    assert_eq!(
        card("en")[2..],
        [
            pair("Data protection officer", "dpo@kettle.example"),
            pair(
                "Representative in the EU or UK",
                "Kettle EU Representative, 4 Harbour Lane, Dublin, Ireland"
            ),
            pair(
                "Customer service hotline",
                "+886 2 5550 0100 Monday to Friday, 9:00 to 18:00 (UTC+8)"
            ),
            pair("In the app", "Me → Help and feedback"),
        ]
    );
    assert_eq!(
        card("zh-Hant")[4..],
        [
            pair(
                "客服專線",
                "+886 2 5550 0100 週一至週五 9:00 至 18:00（UTC+8）"
            ),
            pair("應用程式內", "我的 → 說明與意見回饋"),
        ]
    );
    assert_eq!(card("ar")[5].0, "داخل التطبيق");
    let en = site.read("public/en/kettle/index.html");
    assert!(
        en.contains(
            r#"<a href="tel:+886255500100" rel="noopener noreferrer">+886 2 5550 0100</a>"#
        )
    );
    // A changed channel is a changed contact: material.
    let found = findings_after(&[("value: +886 2 5550 0100", "value: +886 2 5550 0199")]);
    assert_eq!(
        found,
        [(
            "contact-changed".to_string(),
            "contact details changed".to_string()
        )]
    );
}

/// A tier of minors as the page shows it: its title, then each fact as (label, value), then
/// each rule.
fn tier(html: &Html, id: &str) -> (String, Vec<(String, String)>, Vec<String>) {
    let css = |s: &str| Selector::parse(&format!("#minors-{id} {s}")).unwrap();
    let text = |e: ElementRef| e.text().collect::<String>();
    let title = html.select(&css(".minors-title")).map(text).collect();
    let facts = html
        .select(&css(".minors-facts > div"))
        .map(|d| {
            let part = |s: &str| d.select(&Selector::parse(s).unwrap()).map(text).collect();
            (part("dt"), part("dd li, dd:not(:has(li))"))
        })
        .collect();
    (
        title,
        facts,
        html.select(&css("li[id]")).map(text).collect(),
    )
}

#[test]
fn minors_are_tiers_by_age_with_whose_consent_how_the_rules_and_what_a_guardian_may_do() {
    let site = built();
    let pair = |a: &str, b: &str| (a.to_string(), b.to_string());
    let en = page(&site.path("public/en/kettle/index.html"));
    assert_eq!(
        reading_order(&en, "children"),
        [
            "p: The app is for everyone, and some of its users are young. What we do differs with\ntheir age.",
            "tier: minors-under-14",
            "tier: minors-under-18",
            "p: A tier's rules add to the rest of this policy; they never take anything away.",
        ]
    );
    let (title, facts, rules) = tier(&en, "under-14");
    assert_eq!(title, "Minors under 14");
    assert_eq!(
        facts,
        [
            pair("Whose consent is asked", "A parent's or guardian's"),
            pair(
                "How a guardian's consent is obtained",
                "Before a child under 14 can turn on alerts, a parent confirms by e-mail, replying to a message that names the child's account."
            ),
            pair(
                "Rights a parent or guardian may exercise for them",
                "Get a copy of your dataHave your data deletedReview or stop what we keep about your child"
            ),
        ]
    );
    assert_eq!(
        rules,
        [
            "We never ask for precise location, only the town.",
            "Crash reports are kept on our own servers and are not sent to Crash Kit.",
        ]
    );
    // The author's heading, and only what the tier states.
    assert_eq!(
        tier(&en, "under-18"),
        (
            "Teenagers".to_string(),
            vec![pair(
                "Whose consent is asked",
                "A parent's or guardian's, and their own"
            )],
            vec![]
        )
    );
    let zh = page(&site.path("public/zh-Hant/kettle/index.html"));
    let (title, facts, rules) = tier(&zh, "under-14");
    assert_eq!(title, "未滿14歲的未成年人");
    assert_eq!(facts[0], pair("徵得誰的同意", "監護人的同意"));
    assert_eq!(
        facts[2].1,
        "取得您資料的副本刪除您的資料查看或停止我們保存的您孩子的資料"
    );
    assert_eq!(rules[0], "我們絕不要求精確位置，只要城鎮。");
    assert_eq!(tier(&zh, "under-18").0, "青少年");
    // Arabic translates none of the author's words: they fall back; the built-in ones are Arabic.
    let ar = page(&site.path("public/ar/kettle/index.html"));
    let (title, facts, _) = tier(&ar, "under-14");
    assert_eq!(title, "القاصرون دون 14 عامًا");
    assert_eq!(
        facts[0],
        pair("موافقة من تُطلب", "موافقة أحد الوالدين أو ولي الأمر")
    );
    let app = page(&site.path("public/app/ar/kettle/index.html"));
    assert_eq!(tier(&app, "under-18").1, tier(&ar, "under-18").1);
    // Each text of the author's is translated by its key.
    site.run(&["translate", "kettle", "ar"]).succeeds();
    let stub = site.read("content/kettle/ar.yaml");
    for key in [
        "minors.under-14.consent_method: ~",
        "minors.under-14.rules.no-precise: ~",
        "minors.under-18.name: ~",
    ] {
        assert!(stub.contains(key), "{key} in {stub}");
    }
    release(&site);
    site.run(&["build", "--date", "2026-12-02"]).succeeds();
    let doc: serde_json::Value =
        serde_json::from_str(&site.read("public/api/v1/kettle/1/en.json")).unwrap();
    assert_eq!(
        doc["content"]["minors"][1],
        serde_json::json!({
            "id": "under-18", "under_age": 18, "name": "Teenagers", "consent": "guardian-and-minor"
        })
    );
    assert_eq!(
        doc["content"]["minors"][0]["guardian_rights"],
        serde_json::json!(["access", "deletion", "parents"])
    );
}

#[test]
fn fewer_protections_for_minors_are_material_and_more_are_not() {
    let pair = |r: &str, d: &str| (r.to_string(), d.to_string());
    let reduced = |d: &str| vec![pair("rights-reduced", d)];
    assert_eq!(
        findings_after(&[("under_age: 14", "under_age: 12")]),
        reduced("rules for minors apply to fewer ages")
    );
    assert_eq!(
        findings_after(&[("consent: guardian-and-minor", "consent: minor")]),
        reduced("a guardian's consent no longer asked")
    );
    assert_eq!(
        findings_after(&[("    consent: guardian\n", "")]),
        reduced("no longer says whose consent is asked")
    );
    assert_eq!(
        findings_after(&[(
            "      - id: no-crash-kit\n        text: Crash reports are kept on our own servers and are not sent to Crash Kit.\n",
            ""
        )]),
        reduced("fewer rules protecting minors")
    );
    assert_eq!(
        findings_after(&[("[access, deletion, parents]", "[access, parents]")]),
        reduced("a guardian may exercise fewer rights")
    );
    assert_eq!(
        findings_after(&[(
            "  - id: under-18\n    under_age: 18\n    name: Teenagers\n    consent: guardian-and-minor\n",
            ""
        )]),
        reduced("rules for minors removed")
    );
    // Protecting more, or saying how differently, is not material.
    assert_eq!(findings_after(&[("under_age: 14", "under_age: 16")]), []);
    assert_eq!(
        findings_after(&[("consent: guardian-and-minor", "consent: guardian")]),
        []
    );
    assert_eq!(
        findings_after(&[(
            "a parent confirms by e-mail",
            "a parent confirms in the app"
        )]),
        []
    );
}

#[test]
fn a_tier_that_does_not_say_whose_consent_is_asked_says_so() {
    let site = SiteTest::fixture("model");
    site.edit("content/kettle/policy.yaml", "    consent: guardian\n", "");
    site.run(&["build", "--drafts", "--date", "2026-12-02"])
        .succeeds();
    let en = page(&site.path("public/en/kettle/index.html"));
    let (_, facts, _) = tier(&en, "under-14");
    assert_eq!(
        facts[0],
        (
            "Whose consent is asked".to_string(),
            "Not stated".to_string()
        )
    );
}
