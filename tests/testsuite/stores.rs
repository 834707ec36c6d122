//! The app-store files: Apple's privacy manifest and App Store label, Google Play's Data
//! safety CSV; from `clause export` and under /api/v1/<policy>/<version>/ in a build.
//!
//! The golden files in tests/fixtures/stores-expected come from the compliance fixture with
//! one category used for tracking (CLAUSE_BLESS=1 rewrites them). The lists of Apple's and
//! Google's constants below are copied from the stores' documentation, not from Clause, so
//! that a typo in Clause's tables fails here.

use crate::common::*;
use std::collections::BTreeSet;
use std::path::Path;

const APPLE_DATA_TYPES: [&str; 35] = [
    "Name",
    "EmailAddress",
    "PhoneNumber",
    "PhysicalAddress",
    "OtherUserContactInfo",
    "Health",
    "Fitness",
    "PaymentInfo",
    "CreditInfo",
    "OtherFinancialInfo",
    "PreciseLocation",
    "CoarseLocation",
    "SensitiveInfo",
    "Contacts",
    "EmailsOrTextMessages",
    "PhotosorVideos",
    "AudioData",
    "GameplayContent",
    "CustomerSupport",
    "OtherUserContent",
    "BrowsingHistory",
    "SearchHistory",
    "UserID",
    "DeviceID",
    "PurchaseHistory",
    "ProductInteraction",
    "AdvertisingData",
    "OtherUsageData",
    "CrashData",
    "PerformanceData",
    "OtherDiagnosticData",
    "EnvironmentScanning",
    "Hands",
    "Head",
    "OtherDataTypes",
];

const APPLE_PURPOSES: [&str; 6] = [
    "ThirdPartyAdvertising",
    "DeveloperAdvertising",
    "Analytics",
    "ProductPersonalization",
    "AppFunctionality",
    "Other",
];

const GOOGLE_TYPES: [(&str, &[&str]); 14] = [
    (
        "PSL_DATA_TYPES_LOCATION",
        &["PSL_APPROX_LOCATION", "PSL_PRECISE_LOCATION"],
    ),
    (
        "PSL_DATA_TYPES_PERSONAL",
        &[
            "PSL_NAME",
            "PSL_EMAIL",
            "PSL_USER_ACCOUNT",
            "PSL_ADDRESS",
            "PSL_PHONE",
            "PSL_RACE_ETHNICITY",
            "PSL_POLITICAL_RELIGIOUS",
            "PSL_SEXUAL_ORIENTATION_GENDER_IDENTITY",
            "PSL_OTHER_PERSONAL",
        ],
    ),
    (
        "PSL_DATA_TYPES_FINANCIAL",
        &[
            "PSL_CREDIT_DEBIT_BANK_ACCOUNT_NUMBER",
            "PSL_PURCHASE_HISTORY",
            "PSL_CREDIT_SCORE",
            "PSL_OTHER",
        ],
    ),
    (
        "PSL_DATA_TYPES_HEALTH_AND_FITNESS",
        &["PSL_HEALTH", "PSL_FITNESS"],
    ),
    (
        "PSL_DATA_TYPES_EMAIL_AND_TEXT",
        &["PSL_EMAILS", "PSL_SMS_CALL_LOG", "PSL_OTHER_MESSAGES"],
    ),
    (
        "PSL_DATA_TYPES_PHOTOS_AND_VIDEOS",
        &["PSL_PHOTOS", "PSL_VIDEOS"],
    ),
    (
        "PSL_DATA_TYPES_AUDIO",
        &["PSL_AUDIO", "PSL_MUSIC", "PSL_OTHER_AUDIO"],
    ),
    ("PSL_DATA_TYPES_FILES_AND_DOCS", &["PSL_FILES_AND_DOCS"]),
    ("PSL_DATA_TYPES_CALENDAR", &["PSL_CALENDAR"]),
    ("PSL_DATA_TYPES_CONTACTS", &["PSL_CONTACTS"]),
    (
        "PSL_DATA_TYPES_APP_ACTIVITY",
        &[
            "PSL_USER_INTERACTION",
            "PSL_IN_APP_SEARCH_HISTORY",
            "PSL_APPS_ON_DEVICE",
            "PSL_USER_GENERATED_CONTENT",
            "PSL_OTHER_APP_ACTIVITY",
        ],
    ),
    (
        "PSL_DATA_TYPES_SEARCH_AND_BROWSING",
        &["PSL_WEB_BROWSING_HISTORY"],
    ),
    (
        "PSL_DATA_TYPES_APP_PERFORMANCE",
        &[
            "PSL_CRASH_LOGS",
            "PSL_PERFORMANCE_DIAGNOSTICS",
            "PSL_OTHER_PERFORMANCE",
        ],
    ),
    ("PSL_DATA_TYPES_IDENTIFIERS", &["PSL_DEVICE_ID"]),
];

const GOOGLE_PURPOSES: [&str; 7] = [
    "PSL_APP_FUNCTIONALITY",
    "PSL_ANALYTICS",
    "PSL_DEVELOPER_COMMUNICATIONS",
    "PSL_FRAUD_PREVENTION_SECURITY",
    "PSL_ADVERTISING",
    "PSL_PERSONALIZATION",
    "PSL_ACCOUNT_MANAGEMENT",
];

/// The compliance fixture, with its usage data also used by the partner to track people.
fn tracking_site() -> SiteTest {
    let site = SiteTest::fixture("compliance");
    let policy = site.root().join("content/app/policy.yaml");
    edit(
        &policy,
        "    linked: false\n    tracking: false\n",
        "    linked: false\n    tracking: true\n",
    );
    // Shared because the partner receives it, as the recipient list says.
    edit(
        &policy,
        "    shared: false\n    sold: false\n    store_types",
        "    sold: false\n    store_types",
    );
    edit(
        &policy,
        "    data: [postcode]\n    country: US\n",
        "    data: [postcode, layers]\n    country: US\n    tracking_domains: [ads.offerly.example, pixel.offerly.example]\n",
    );
    site
}

#[test]
fn export_writes_the_three_files_exactly() {
    let site = tracking_site();
    let out = site.run(&["export", "app", "--out", "store"]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    assert_eq!(
        out.stderr,
        "store/PrivacyInfo.xcprivacy (written)\nstore/app-store-label.json (written)\n\
         store/data-safety.csv (written)\nExported 3 files of `app` (draft).\n"
    );
    let expected = fixture("stores-expected");
    let failures: Vec<String> = [
        "PrivacyInfo.xcprivacy",
        "app-store-label.json",
        "data-safety.csv",
    ]
    .iter()
    .filter_map(|f| {
        golden(
            &expected.join(f),
            &std::fs::read(site.root().join("store").join(f)).unwrap(),
        )
    })
    .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_privacy_manifest_is_a_property_list_of_apples_constants() {
    let site = tracking_site();
    site.run(&["export", "app", "--format", "apple"]).succeeds();
    let value = plist::Value::from_file(site.root().join("PrivacyInfo.xcprivacy")).unwrap();
    let root = value.as_dictionary().unwrap();
    let keys: Vec<&str> = root.keys().map(String::as_str).collect();
    assert_eq!(
        keys,
        [
            "NSPrivacyTracking",
            "NSPrivacyTrackingDomains",
            "NSPrivacyCollectedDataTypes"
        ]
    );
    assert_eq!(root["NSPrivacyTracking"].as_boolean(), Some(true));
    let domains: Vec<&str> = root["NSPrivacyTrackingDomains"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d.as_string().unwrap())
        .collect();
    assert_eq!(domains, ["ads.offerly.example", "pixel.offerly.example"]);
    let mut seen = Vec::new();
    for entry in root["NSPrivacyCollectedDataTypes"].as_array().unwrap() {
        let e = entry.as_dictionary().unwrap();
        let t = e["NSPrivacyCollectedDataType"].as_string().unwrap();
        let t = t.strip_prefix("NSPrivacyCollectedDataType").unwrap();
        assert!(APPLE_DATA_TYPES.contains(&t), "{t}");
        seen.push(t.to_string());
        e["NSPrivacyCollectedDataTypeLinked"].as_boolean().unwrap();
        e["NSPrivacyCollectedDataTypeTracking"]
            .as_boolean()
            .unwrap();
        for p in e["NSPrivacyCollectedDataTypePurposes"].as_array().unwrap() {
            let p = p.as_string().unwrap();
            let p = p.strip_prefix("NSPrivacyCollectedDataTypePurpose").unwrap();
            assert!(APPLE_PURPOSES.contains(&p), "{p}");
        }
    }
    // Account (contact: e-mail and phone), layers (usage), postcode (coarse location).
    assert_eq!(
        seen,
        [
            "EmailAddress",
            "PhoneNumber",
            "CoarseLocation",
            "ProductInteraction"
        ]
    );
    // Only Apple's files, not Google's.
    assert!(!site.root().join("data-safety.csv").exists());
    let label: serde_json::Value =
        serde_json::from_slice(&std::fs::read(site.root().join("app-store-label.json")).unwrap())
            .unwrap();
    let tracked = &label["data_used_to_track_you"][0];
    assert_eq!(tracked["category"], "Usage Data");
    assert_eq!(tracked["types"][0]["type"], "Product Interaction");
    assert_eq!(
        label["data_not_linked_to_you"][0]["types"][0]["categories"][0],
        "layers"
    );
}

#[test]
fn the_data_safety_csv_has_the_play_console_header_and_only_its_ids() {
    let site = tracking_site();
    site.run(&["export", "app", "--format", "google"])
        .succeeds();
    let bytes = std::fs::read(site.root().join("data-safety.csv")).unwrap();
    assert!(bytes.starts_with(
        b"Question ID (machine readable),Response ID (machine readable),Response value,Answer requirement,Human-friendly question label\r\n"
    ));
    let mut reader = csv::Reader::from_reader(&bytes[..]);
    let records: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(records.len(), 782, "the Play Console template's rows");
    let types: BTreeSet<&str> = GOOGLE_TYPES
        .iter()
        .flat_map(|(_, t)| t.iter().copied())
        .collect();
    assert_eq!(types.len(), 38);
    let general = [
        "PSL_DATA_COLLECTION_COLLECTS_PERSONAL_DATA",
        "PSL_DATA_COLLECTION_ENCRYPTED_IN_TRANSIT",
        "PSL_SUPPORTED_ACCOUNT_CREATION_METHODS",
        "PSL_ACM_SPECIFY",
        "PSL_ACCOUNT_DELETION_URL",
        "PSL_SUPPORT_DATA_DELETION_BY_USER",
        "PSL_DATA_DELETION_URL",
        "PSL_DATA_COLLECTION_COMPLIES_FAMILY_POLICY",
        "PSL_INDEPENDENTLY_VALIDATED",
        "PSL_UPI_BADGE_OPT_IN",
        "PSL_HAS_OUTSIDE_APP_ACCOUNTS",
        "PSL_OUTSIDE_APP_ACCOUNT_TYPES",
        "PSL_OUTSIDE_APP_ACCOUNT_TYPE_SPECIFY",
    ];
    let usage = [
        "PSL_DATA_USAGE_COLLECTION_AND_SHARING",
        "PSL_DATA_USAGE_EPHEMERAL",
        "DATA_USAGE_USER_CONTROL",
        "DATA_USAGE_COLLECTION_PURPOSE",
        "DATA_USAGE_SHARING_PURPOSE",
    ];
    let mut answers = std::collections::BTreeMap::new();
    for r in &records {
        let (q, response, value) = (&r[0], &r[1], &r[2]);
        let known_question = general.contains(&q)
            || GOOGLE_TYPES
                .iter()
                .any(|(g, t)| *g == q && t.contains(&response))
            || q.strip_prefix("PSL_DATA_USAGE_RESPONSES:")
                .is_some_and(|rest| {
                    let (t, question) = rest.split_once(':').unwrap();
                    types.contains(t) && usage.contains(&question)
                });
        assert!(known_question, "unknown question {q} / {response}");
        assert!(
            ["", "true", "false"].contains(&value) || value.starts_with("https://"),
            "{value}"
        );
        assert!(
            [
                "REQUIRED",
                "MAYBE_REQUIRED",
                "OPTIONAL",
                "MULTIPLE_CHOICE",
                "SINGLE_CHOICE"
            ]
            .contains(&&r[3])
        );
        if q.ends_with("_PURPOSE") {
            assert!(GOOGLE_PURPOSES.contains(&response), "{response}");
        }
        if !value.is_empty() {
            answers.insert(format!("{q}/{response}"), value.to_string());
        }
    }
    let answer = |k: &str| answers.get(k).map(String::as_str);
    assert_eq!(
        answer("PSL_DATA_TYPES_LOCATION/PSL_APPROX_LOCATION"),
        Some("true")
    );
    assert_eq!(answer("PSL_DATA_TYPES_LOCATION/PSL_PRECISE_LOCATION"), None);
    // The postcode goes to a partner: collected and shared, for advertising, optional.
    let postcode = "PSL_DATA_USAGE_RESPONSES:PSL_APPROX_LOCATION";
    assert_eq!(
        answer(&format!(
            "{postcode}:PSL_DATA_USAGE_COLLECTION_AND_SHARING/PSL_DATA_USAGE_ONLY_SHARED"
        )),
        Some("true")
    );
    assert_eq!(
        answer(&format!(
            "{postcode}:DATA_USAGE_SHARING_PURPOSE/PSL_ADVERTISING"
        )),
        Some("true")
    );
    assert_eq!(
        answer(&format!(
            "{postcode}:DATA_USAGE_USER_CONTROL/PSL_DATA_USAGE_USER_CONTROL_OPTIONAL"
        )),
        Some("true")
    );
    assert_eq!(
        answer(&format!("{postcode}:PSL_DATA_USAGE_EPHEMERAL/")),
        Some("false")
    );
    // The account is required, collected only.
    let email = "PSL_DATA_USAGE_RESPONSES:PSL_EMAIL";
    assert_eq!(
        answer(&format!(
            "{email}:DATA_USAGE_USER_CONTROL/PSL_DATA_USAGE_USER_CONTROL_REQUIRED"
        )),
        Some("true")
    );
    assert_eq!(
        answer(&format!(
            "{email}:PSL_DATA_USAGE_COLLECTION_AND_SHARING/PSL_DATA_USAGE_ONLY_SHARED"
        )),
        None
    );
    assert_eq!(
        answer("PSL_SUPPORT_DATA_DELETION_BY_USER/DATA_DELETION_YES"),
        Some("true")
    );
    assert_eq!(
        answer("PSL_DATA_DELETION_URL/"),
        Some("https://kestrel.example/delete")
    );
}

#[test]
fn export_never_replaces_a_different_file_without_force() {
    let site = tracking_site();
    site.run(&["export", "app"]).succeeds();
    let again = site.run(&["export", "app", "--format", "google"]);
    assert_eq!(
        again.stderr,
        "./data-safety.csv (unchanged)\nExported 1 file of `app` (draft).\n"
    );
    std::fs::write(site.root().join("app-store-label.json"), "{}").unwrap();
    let refused = site.run(&["export", "app"]);
    assert_eq!(refused.code, Some(2));
    assert_eq!(
        refused.stderr,
        "error: ./app-store-label.json exists with other content; pass --force to replace it\n"
    );
    assert_eq!(
        std::fs::read(site.root().join("app-store-label.json")).unwrap(),
        b"{}"
    );
    let forced = site.run(&["export", "app", "--force"]);
    assert!(forced.code == Some(0));
    assert!(forced.stderr.contains("./app-store-label.json (written)"));
    let unknown = site.run(&["export", "app", "--from", "7"]);
    assert_eq!(unknown.code, Some(2));
    assert_eq!(
        unknown.stderr,
        "error: `app` has no version `7`; expected one of: draft\n"
    );
    let nothing = site.run(&["export", "nope"]);
    assert_eq!(
        nothing.stderr,
        "error: no policy `nope`; expected one of: app\n"
    );
}

#[test]
fn every_released_version_has_its_store_files_and_pages_show_the_label() {
    let (_dir, out, _) = build_example();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let index: serde_json::Value =
        serde_json::from_slice(&std::fs::read(out.join("api/v1/index.json")).unwrap()).unwrap();
    let (mut written, mut withheld) = (0, 0);
    for policy in index["policies"].as_array().unwrap() {
        let id = policy["id"].as_str().unwrap();
        for version in policy["versions"].as_array().unwrap() {
            let v = version["id"].as_str().unwrap();
            let folder = out.join(format!("api/v1/{id}/{v}"));
            let exported = tempfile::tempdir().unwrap();
            let run = clause(
                root,
                &[
                    "export",
                    id,
                    "--from",
                    v,
                    "--out",
                    exported.path().to_str().unwrap(),
                ],
            );
            let stores = &version["stores"];
            for (file, key) in [
                ("PrivacyInfo.xcprivacy", "privacy_manifest"),
                ("app-store-label.json", "app_store_label"),
                ("data-safety.csv", "data_safety"),
            ] {
                let listed = stores["withheld"]
                    .as_array()
                    .is_some_and(|w| w.iter().any(|w| w["file"] == file));
                match stores[key].as_str() {
                    // Written: the same bytes `export` writes, at the address the index gives.
                    Some(url) => {
                        assert!(run.status.success(), "{}", stderr(&run));
                        assert!(!listed, "{id} {v} {file}");
                        assert_eq!(
                            std::fs::read(folder.join(file)).unwrap(),
                            std::fs::read(exported.path().join(file)).unwrap(),
                            "{id} {v} {file}"
                        );
                        assert!(url.ends_with(&format!("/api/v1/{id}/{v}/{file}")), "{url}");
                        written += 1;
                    }
                    // Withheld: no file, the index says why, and `export` refuses it too.
                    None => {
                        assert!(listed, "{id} {v} {file}: {stores}");
                        assert!(!folder.join(file).exists(), "{id} {v} {file}");
                        assert_eq!(run.status.code(), Some(1), "{id} {v}");
                        // Other tests build the example site at the same root: a wait
                        // for their lock may come first.
                        let said = stderr(&run);
                        let said = match said.strip_prefix("Waiting for another clause command") {
                            Some(rest) => rest.split_once('\n').map_or("", |(_, r)| r),
                            None => &said,
                        };
                        assert!(said.starts_with("error: cannot export "), "{said}");
                        assert!(said.contains(file), "{id} {v} {file}: {said}");
                        assert!(!exported.path().join(file).exists());
                        withheld += 1;
                    }
                }
            }
        }
    }
    assert_eq!(
        (written, withheld),
        (9, 21),
        "pebble-chat 2, 3 and 4 state every fact; the rest do not"
    );
    // The label, in the reader's language, on the web page and in the in-app view.
    for (path, title, item) in [
        (
            "en/pebble-chat/index.html",
            "Privacy at a glance",
            "Feature usage",
        ),
        (
            "zh-Hant/pebble-chat/index.html",
            "隱私權概覽",
            "功能使用情況",
        ),
        ("app/ar/lumen-notes/index.html", "الخصوصية في لمحة", ""),
    ] {
        let html = page(&out.join(path));
        let heading = Selector::parse(".glance h2").unwrap();
        let h: String = html.select(&heading).next().unwrap().text().collect();
        assert_eq!(h, title, "{path}");
        let groups = Selector::parse(".glance dt").unwrap();
        let names: Vec<String> = html.select(&groups).map(|g| g.text().collect()).collect();
        assert!(names.len() >= 3, "{path}: {names:?}");
        let text: String = html
            .select(&Selector::parse(".glance").unwrap())
            .next()
            .unwrap()
            .text()
            .collect();
        assert!(text.contains(item), "{path}: {text}");
    }
}

/// The site `clause init` writes declares to the stores only what its policy says: an
/// e-mail address (not the phone number and address a `contact` kind would imply) for app
/// functionality (not "Other purposes"), and `check` finds nothing left unstated.
#[test]
fn the_starter_site_declares_only_what_it_states() {
    let dir = tempfile::tempdir().unwrap();
    let init = clause(dir.path(), &["init", "site"]);
    assert!(init.status.success(), "{}", stderr(&init));
    let root = dir.path().join("site");
    let check = clause(&root, &["check"]);
    assert!(check.status.success(), "{}", stderr(&check));
    assert!(
        !String::from_utf8_lossy(&check.stdout).contains("Facts not stated"),
        "{}",
        String::from_utf8_lossy(&check.stdout)
    );
    let out = root.join("out");
    let export = clause(
        &root,
        &["export", "example", "--out", out.to_str().unwrap()],
    );
    assert!(export.status.success(), "{}", stderr(&export));
    let manifest = std::fs::read_to_string(out.join("PrivacyInfo.xcprivacy")).unwrap();
    assert!(
        manifest.contains("NSPrivacyCollectedDataTypeEmailAddress"),
        "{manifest}"
    );
    for over in ["PhoneNumber", "PhysicalAddress", "PurposeOther"] {
        assert!(
            !manifest.contains(&format!("NSPrivacyCollectedDataType{over}")),
            "{over}: {manifest}"
        );
    }
    let csv = std::fs::read_to_string(out.join("data-safety.csv")).unwrap();
    let phone = |l: &&str| l.contains("PSL_PHONE") && l.contains(",true,");
    assert!(!csv.lines().any(|l| phone(&l)), "{csv}");
}

/// Store files cannot say "not stated": a fact left out withholds the files that declare it,
/// with the reason in `export`, `check`, `build` and the index, and the other store's files
/// are still written.
#[test]
fn an_unstated_fact_withholds_only_the_files_that_declare_it() {
    let site = SiteTest::fixture("compliance");
    // Whether account data is processed ephemerally is a question of Google's form only.
    site.edit(
        "content/app/policy.yaml",
        "    linked: true\n    tracking: false\n    ephemeral: false\n",
        "    linked: true\n    tracking: false\n",
    );
    site.run(&["export", "app", "--out", "store"]).fails_with(
        1,
        "error: cannot export data-safety.csv of `app` (draft): data category `account` does not state ephemeral
  --> content/app/policy.yaml:32:9
   |
32 |   - id: account
   |         ^^^^^^^
   = expected: `ephemeral: true|false` on the data category (docs/compliance.md says what each means); or `--format apple`

1 error found
",
    );
    assert!(!site.path("store").exists(), "nothing written on a refusal");
    site.run(&["export", "app", "--out", "store", "--format", "apple"])
        .succeeds();
    assert!(site.path("store/PrivacyInfo.xcprivacy").exists());
    let check = site.run(&["check"]);
    assert!(
        check.stdout.ends_with(
            "Facts not stated (pages say so; no app-store file is written while a fact it declares is unstated):
  app  account: ephemeral
App-store files (/api/v1/<policy>/<version>/; `clause export` writes the draft's):
  app draft  written: PrivacyInfo.xcprivacy, app-store-label.json; withheld until their facts are stated: data-safety.csv
"
        ),
        "{}",
        check.stdout
    );
    crate::versions::release(&site, "1", "2026-01-01", "2026-01-01", "--material");
    let build = site.run(&["build", "--date", "2026-02-01"]);
    assert!(
        build.succeeds().stderr.starts_with(
            "note: app 1 has no data-safety.csv: it does not state every fact they declare; `clause check` lists them\n"
        ),
        "{}",
        build.stderr
    );
    assert!(
        site.path("public/api/v1/app/1/PrivacyInfo.xcprivacy")
            .exists()
    );
    assert!(!site.path("public/api/v1/app/1/data-safety.csv").exists());
    let index: serde_json::Value =
        serde_json::from_str(&site.read("public/api/v1/index.json")).unwrap();
    let stores = &index["policies"][0]["versions"][0]["stores"];
    assert_eq!(stores["data_safety"], serde_json::Value::Null);
    assert!(
        stores["privacy_manifest"]
            .as_str()
            .unwrap()
            .ends_with("/api/v1/app/1/PrivacyInfo.xcprivacy")
    );
    assert_eq!(
        stores["withheld"],
        serde_json::json!([{ "file": "data-safety.csv", "unstated": ["account: ephemeral"] }])
    );
}

/// A waived `category-without-purpose` leaves the category with nothing to declare it
/// for: no store file is made with an empty purpose list.
#[test]
fn a_waived_check_never_yields_store_data_without_purposes() {
    let site = SiteTest::fixture("compliance");
    site.edit("content/app/policy.yaml", "    purposes: [insights]\n", "    purposes: []\n")
        .edit(
            "content/app/policy.yaml",
            "sections:\n",
            "compliance:\n  waive:\n    - check: consistency.category-without-purpose\n      reason: Kept only for a court order.\nsections:\n",
        );
    let out = site.run(&["export", "app", "--out", "store"]);
    assert_eq!(out.code, Some(1), "{}", out.stderr);
    assert!(
        out.stderr.starts_with(
            "error: cannot export PrivacyInfo.xcprivacy, app-store-label.json, data-safety.csv of `app` (draft): data category `layers` does not state purposes\n"
        ),
        "{}",
        out.stderr
    );
    assert!(!site.path("store").exists());
}

/// Store types come from what the items say: an item's `store_type`, else its id; a
/// category whose items do not all say is not guessed from its kind, and `check` names it.
#[test]
fn store_types_come_from_the_items_and_never_from_the_kind_alone() {
    let site = SiteTest::fixture("compliance");
    // A contact category collecting an e-mail address and a handle the stores have no word for.
    site.edit(
        "content/app/policy.yaml",
        "      - id: phone\n        name: Phone number\n",
        "      - id: chat-handle\n        name: Chat handle\n",
    );
    let check = site.run(&["check"]);
    assert!(
        check.stdout.contains(
            "Store data types not stated (list them in `store_types`, or give each item a `store_type` or an id the stores know):
  app  account: items chat-handle name no store type; its kind alone would say email-address, phone-number
"
        ),
        "{}",
        check.stdout
    );
    site.run(&["export", "app", "--out", "store"]).fails_with(
        1,
        "error: cannot export PrivacyInfo.xcprivacy, app-store-label.json, data-safety.csv of `app` (draft): data category `account` does not state store_types
  --> content/app/policy.yaml:32:9
   |
32 |   - id: account
   |         ^^^^^^^
   = expected: `store_types: [...]` (or items whose ids the stores know) on the data category (docs/compliance.md says what each means)

1 error found
",
    );
    // The author says what the handle is.
    site.edit(
        "content/app/policy.yaml",
        "        name: Chat handle\n",
        "        name: Chat handle\n        store_type: other-contact-info\n",
    );
    site.run(&["export", "app", "--out", "store"]).succeeds();
    let manifest = site.read("store/PrivacyInfo.xcprivacy");
    for (constant, declared) in [
        ("EmailAddress", true),
        ("OtherUserContactInfo", true),
        ("PhoneNumber", false),
    ] {
        assert_eq!(
            manifest.contains(&format!(
                "<string>NSPrivacyCollectedDataType{constant}</string>"
            )),
            declared,
            "{constant}: {manifest}"
        );
    }
}
