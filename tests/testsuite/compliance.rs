//! `clause check`'s review of a draft: consistency rules and jurisdiction checklists.
//!
//! tests/fixtures/compliance is a policy that meets every item of the four laws with a
//! table, with every condition that switches items on. Each case below breaks it in one
//! place and compares the whole report with tests/fixtures/compliance-expected/<case>.txt
//! (CLAUSE_BLESS=1 rewrites them); each checklist item and consistency rule is named by
//! at least one case.

use crate::common::*;

/// An edit of the fixture's policy.yaml.
enum Edit {
    /// Replace the first occurrence.
    Replace(&'static str, &'static str),
    /// Remove everything from the first marker up to (not including) the second.
    Cut(&'static str, &'static str),
}
use Edit::*;

/// Case name, the checks it must report, and the edits that break them.
const CASES: &[(&str, &[&str], &[Edit])] = &[
    (
        "no-contact",
        &["gdpr.controller", "pipl.handler", "coppa.operator"],
        &[Cut("    email: privacy@", "    dpo:")],
    ),
    (
        // No `contact:` at all is valid; the laws that ask for a way to reach the controller
        // say so.
        "contact-absent",
        &["gdpr.controller", "pipl.handler", "coppa.operator"],
        &[Cut("  contact:\n", "  jurisdictions:")],
    ),
    (
        "no-dpo",
        &["gdpr.dpo"],
        &[Cut("    dpo:", "  jurisdictions:")],
    ),
    (
        "no-legal-basis",
        &["gdpr.purposes"],
        &[Replace("    legal_basis: contract\n", "")],
    ),
    (
        "legitimate-interests-unexplained",
        &["gdpr.legitimate-interests", "pipl.purposes"],
        &[Replace(
            "    description: Counting which map layers people open, to decide what to improve.\n",
            "",
        )],
    ),
    (
        "recipient-without-data",
        &["gdpr.recipients", "coppa.disclosure"],
        &[Replace(
            "    data: [postcode]\n    country: US\n",
            "    country: US\n",
        )],
    ),
    (
        "transfer-without-data",
        &["gdpr.transfers", "pipl.overseas-recipients"],
        &[Replace(
            "      data: [postcode]\n      recipients",
            "      recipients",
        )],
    ),
    (
        "no-retention-rule",
        &[],
        &[Replace(
            "      until: account-deletion\n",
            "      note: For a while.\n",
        )],
    ),
    (
        "rights-missing",
        &["gdpr.rights"],
        &[Cut("  - id: restriction\n", "  - id: objection\n")],
    ),
    (
        "no-withdrawal",
        &["gdpr.withdraw-consent"],
        &[Cut("  - id: withdraw\n", "  - id: complaint\n")],
    ),
    (
        "no-complaint",
        &["gdpr.complaint"],
        &[Cut("  - id: complaint\n", "  - id: automated\n")],
    ),
    (
        "no-automated-decisions",
        &["gdpr.automated-decisions"],
        &[Cut("  - id: automated\n", "  - id: opt-out\n")],
    ),
    (
        "source-undescribed",
        &["gdpr.sources"],
        &[Replace(
            "    description: Bought from an address-data broker when you sign up.\n",
            "",
        )],
    ),
    (
        "purpose-undescribed",
        &["pipl.purposes"],
        &[Replace(
            "    description: Drawing maps and routes on your screen.\n",
            "",
        )],
    ),
    (
        "no-categories",
        &["pipl.categories", "ccpa.categories", "coppa.collection"],
        &[Cut("data_categories:\n", "rights:\n")],
    ),
    (
        "right-without-steps",
        &["pipl.rights"],
        &[Replace(
            "    name: Get a copy\n    url: https://kestrel.example/privacy\n",
            "    name: Get a copy\n",
        )],
    ),
    (
        "transfer-without-recipients",
        &["pipl.overseas-recipients"],
        &[Replace("      recipients: [offers]\n", "")],
    ),
    (
        "no-purpose",
        &[
            "ccpa.purposes",
            "gdpr.purposes",
            "coppa.collection",
            "consistency.category-without-purpose",
        ],
        &[Replace("    purposes: [maps]\n", "    purposes: []\n")],
    ),
    (
        "sale-unstated",
        &["ccpa.sold-or-shared"],
        &[Replace(
            "    shared: false\n    sold: false\n  - id: layers",
            "    shared: false\n  - id: layers",
        )],
    ),
    (
        "no-opt-out-link",
        &["ccpa.opt-out"],
        &[Replace(
            "    url: https://kestrel.example/do-not-sell\n",
            "",
        )],
    ),
    (
        "no-phone",
        &["coppa.operator"],
        &[Replace("    phone: \"+353 91 555 010\"\n", "")],
    ),
    (
        "no-parents-rights",
        &["coppa.parents-rights"],
        &[Replace("    kind: guardian\n", "    kind: other\n")],
    ),
    (
        // Parents' rights stated as what a guardian may do for a tier of minors, not as a
        // right of kind `guardian`, meet the item too.
        "parents-rights-by-tier",
        &[],
        &[
            Replace("    kind: guardian\n", "    kind: other\n"),
            Replace(
                "sections:\n",
                "minors:\n  - id: under-13\n    under_age: 13\n    consent: guardian\n    guardian_rights: [parents]\nsections:\n",
            ),
        ],
    ),
    (
        "permission-without-data",
        &["consistency.permission-without-data"],
        &[Replace(
            "    data: [postcode]\n    permissions",
            "    permissions",
        )],
    ),
    (
        "sensitive-not-marked",
        &["consistency.sensitive-not-marked"],
        &[Replace("    sensitive: true\n", "")],
    ),
    (
        "children-tracking",
        &["consistency.children-tracking"],
        &[
            Replace(
                "  jurisdictions:",
                "  audience:\n    kind: children\n    under_age: 13\n  jurisdictions:",
            ),
            Replace(
                "    linked: false\n    tracking: false\n",
                "    linked: false\n    tracking: true\n",
            ),
        ],
    ),
    (
        "undeclared-sharing",
        &["consistency.undeclared-sharing"],
        &[Replace(
            "    sold: true\n",
            "    sold: true\n    shared: false\n",
        )],
    ),
    (
        "tracking-domains-without-tracking",
        &["consistency.tracking-domains-without-tracking"],
        &[Replace(
            "    contact: privacy@offerly.example\n",
            "    contact: privacy@offerly.example\n    tracking_domains: [ads.offerly.example]\n",
        )],
    ),
    (
        "waiver-accepted",
        &[],
        &[
            Cut("    dpo:", "  jurisdictions:"),
            Replace(
                "sections:\n",
                "compliance:\n  waive:\n    - check: gdpr.dpo\n      reason: Our core activities do not require a DPO.\nsections:\n",
            ),
        ],
    ),
    (
        // Two permissions feed no data; the waiver sets the rule aside for one of them only,
        // and the summary counts it.
        "waiver-per-element",
        &["consistency.permission-without-data"],
        &[
            Replace("    data: [postcode]\n    permissions", "    permissions"),
            Replace(
                "third_parties:\n",
                "  - id: ios-location\n    platform: ios\n    identifier: NSLocationWhenInUseUsageDescription\n    name: Location while in use\n    use: To show what is near you.\n    features: [nearby]\n    optional: true\nthird_parties:\n",
            ),
            Replace(
                "sections:\n",
                "compliance:\n  waive:\n    - check: consistency.permission-without-data\n      element: android-location\n      reason: The Android app asks for it only for an upcoming feature.\nsections:\n",
            ),
        ],
    ),
    (
        "waiver-element-mistyped",
        &[],
        &[
            Replace("    data: [postcode]\n    permissions", "    permissions"),
            Replace(
                "sections:\n",
                "compliance:\n  waive:\n    - check: consistency.permission-without-data\n      element: android-locaton\n      reason: Typo.\n    - check: gdpr.dpo\n      element: dpo\n      reason: A law's item has no element.\n    - check: consistency.children-tracking\n      element: layers\n      reason: The rule finds nothing here.\nsections:\n",
            ),
        ],
    ),
    (
        "waiver-unknown",
        &[],
        &[Replace(
            "sections:\n",
            "compliance:\n  waive:\n    - check: gdpr.dop\n      reason: Typo.\nsections:\n",
        )],
    ),
];

fn apply(text: &str, edit: &Edit) -> String {
    match edit {
        Replace(from, to) => {
            assert!(text.contains(from), "{from:?} is not in the fixture");
            text.replacen(from, to, 1)
        }
        Cut(start, end) => {
            let a = text.find(start).unwrap_or_else(|| panic!("{start:?}"));
            let b = a + text[a..].find(end).unwrap_or_else(|| panic!("{end:?}"));
            format!("{}{}", &text[..a], &text[b..])
        }
    }
}

#[test]
fn a_policy_that_discloses_everything_passes_every_checklist() {
    let site = SiteTest::fixture("compliance");
    let out = site.run(&["check"]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    assert_eq!(
        out.stdout,
        "Jurisdiction checklists:\n  app  GDPR 12/12, PIPL 6/6, CCPA 5/5, COPPA 5/5
App-store files (/api/v1/<policy>/<version>/; `clause export` writes the draft's):
  app draft  written: PrivacyInfo.xcprivacy, app-store-label.json, data-safety.csv
"
    );
    let json = site.run(&["check", "--format", "json"]);
    let doc: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    assert_eq!(
        doc["compliance"]["app"][0],
        serde_json::json!({ "law": "GDPR", "applicable": 12, "met": 12, "waived": [] })
    );
    // The repository's example site passes its own review.
    let example = clause(std::path::Path::new(env!("CARGO_MANIFEST_DIR")), &["check"]);
    assert_eq!(example.status.code(), Some(0), "{}", stderr(&example));
    assert!(String::from_utf8_lossy(&example.stdout).contains(
        "Jurisdiction checklists:\n  lumen-notes  GDPR 11/11, CCPA 4/4\n  pebble-chat  COPPA 5/5, GDPR 11/11, CCPA 4/4, PIPL 6/6\n"
    ));
}

#[test]
fn each_missing_disclosure_and_inconsistency_is_reported_with_its_article() {
    let expected_dir = fixture("compliance-expected");
    let mut failures = Vec::new();
    let mut named = Vec::new();
    for (name, checks, edits) in CASES {
        let site = SiteTest::fixture("compliance");
        let file = site.root().join("content/app/policy.yaml");
        let text = edits
            .iter()
            .fold(std::fs::read_to_string(&file).unwrap(), |t, e| apply(&t, e));
        std::fs::write(&file, text).unwrap();
        let out = site.run(&["check"]);
        let report = format!("{}{}exit: {:?}\n", out.stdout, out.stderr, out.code);
        for check in *checks {
            if !report.contains(&format!("`{check}`")) {
                failures.push(format!("{name}: does not name `{check}`"));
            }
            named.push(*check);
        }
        failures.extend(golden(
            &expected_dir.join(format!("{name}.txt")),
            report.as_bytes(),
        ));
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    // Every item of every table and every consistency rule has a case.
    for law in clause::compliance::laws::all() {
        for item in &law.items {
            let id = law.check_id(item);
            let by_validation = item.id == "retention";
            assert!(
                by_validation || named.contains(&id.as_str()),
                "no case for {id}"
            );
        }
    }
    for rule in clause::compliance::RULES {
        let id = format!("consistency.{rule}");
        assert!(named.contains(&id.as_str()), "no case for {id}");
    }
}
