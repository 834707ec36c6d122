//! Ids are unique per list, not across lists: in tests/fixtures/shared-ids a purpose, a data
//! category, a feature, a permission and a third party are all `camera`. Every reference
//! must show the name from the list it points into, in every output.

use crate::common::*;
use std::path::Path;

/// The fixture with version 1 released, then version 2 (the feature no longer uses the
/// data category or the permission; the category is now ephemeral and says it is not
/// sold), built on a day when 2 is current.
fn released_twice() -> SiteTest {
    let site = SiteTest::fixture("shared-ids");
    let release = |version: &str, date: &str| {
        let args = [
            "release",
            "snap",
            version,
            "--material",
            "--summary",
            "en=Changed.",
        ];
        site.run(&[&args[..], &["--date", date]].concat())
            .succeeds();
    };
    release("1", "2026-01-01");
    site.edit(
        "content/snap/policy.yaml",
        "    data: [camera]\n    permissions: [camera]",
        "    data: []\n    permissions: []",
    )
    .edit(
        "content/snap/policy.yaml",
        "    retention:\n      until: account-deletion",
        "    ephemeral: true\n    sold: false\n    store_types: [photos, videos]\n    retention:\n      until: account-deletion",
    );
    release("2", "2026-02-01");
    site.run(&["build", "--date", "2026-03-01"]).succeeds();
    site
}

/// The text of every table row of a page that names `row`, cell by cell.
fn row(page: &Path, row: &str) -> Vec<String> {
    let html = crate::common::page(page);
    let rows = Selector::parse("tr").unwrap();
    let cells = Selector::parse("th, td").unwrap();
    html.select(&rows)
        .map(|r| {
            r.select(&cells)
                .map(|c| c.text().collect::<String>().trim().to_string())
                .collect::<Vec<_>>()
        })
        .find(|cells| cells.first().is_some_and(|c| c.starts_with(row)))
        .unwrap_or_else(|| panic!("{}: no row {row}", page.display()))
}

#[test]
fn each_reference_shows_the_name_from_its_own_list() {
    let site = released_twice();
    let public = site.path("public");
    for page in ["en/snap/1/index.html", "app/en/snap/1.html"] {
        let page = public.join(page);
        let has = |cells: &[String], text: &str| cells.iter().any(|c| c.contains(text));
        let feature = row(&page, "Feature — the capture screen");
        assert!(has(&feature, "Category — pictures you take"), "{feature:?}");
        assert!(has(&feature, "Permission — camera access"), "{feature:?}");
        let permission = row(&page, "Permission — camera access");
        assert!(
            has(&permission, "Feature — the capture screen"),
            "{permission:?}"
        );
        let recipient = row(&page, "Recipient — PhotoVault");
        assert!(
            has(&recipient, "Category — pictures you take"),
            "{recipient:?}"
        );
        let category = row(&page, "Category — pictures you take");
        assert!(has(&category, "Purpose — taking pictures"), "{category:?}");
        for cells in [&feature, &permission, &recipient] {
            assert!(!has(cells, "Purpose —"), "{}: {cells:?}", page.display());
        }
    }
}

#[test]
fn notices_name_what_was_removed_from_its_own_list_in_every_output() {
    let site = released_twice();
    let public = site.path("public");
    let lines = [
        "Data used: removed Category — pictures you take",
        "Permissions: removed Permission — camera access",
        // Label facts in words, not as the model's keys (`ephemeral`, `sold`).
        // An unstated fact is "not stated", never the default it used to stand for.
        "Processed only briefly, not kept: not stated → Yes",
        "Data sold: ",
        // App-store data types by their names, not their ids (`photos`).
        "App store data types: added Photos, Videos",
    ];
    for file in ["en/snap/changes/2/index.html", "app/en/snap/changes/2.html"] {
        let text = std::fs::read_to_string(public.join(file)).unwrap();
        for line in lines {
            assert!(text.contains(line), "{file}: {line}");
        }
    }
    let json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(public.join("api/v1/snap/2/en.json")).unwrap())
            .unwrap();
    // JSON says the same with ids, structured: the feature's permission `camera` was removed.
    let elements = json["notice"]["changes"]["elements"].as_array().unwrap();
    let change = elements.iter().find(|e| e["kind"] == "feature").unwrap();
    assert_eq!(change["name"], "Feature — the capture screen");
    assert_eq!(
        change["fields"],
        serde_json::json!([
            {"field": "data", "removed": ["camera"]},
            {"field": "permissions", "removed": ["camera"]}
        ])
    );
    assert_eq!(json["content"]["permissions"][0]["features"][0], "camera");
    let diff = site.run(&["diff", "snap", "1", "2"]);
    for line in lines {
        assert!(
            diff.stdout.contains(line),
            "clause diff: {line}\n{}",
            diff.stdout
        );
    }
}

/// The store files follow references too: the category's purposes come from the purpose
/// `camera` (not the feature or permission of that id), and it counts as shared because the
/// partner `camera` receives the category `camera`.
#[test]
fn store_files_follow_each_reference_into_its_own_list() {
    let site = SiteTest::fixture("shared-ids");
    site.edit(
        "content/snap/policy.yaml",
        "    description: We use what the lens sees",
        "    kind: app-functionality\n    description: We use what the lens sees",
    )
    .edit(
        "content/snap/policy.yaml",
        "kind: processor",
        "kind: partner",
    )
    // Every fact the store files declare, stated: otherwise they are not written.
    .edit(
        "content/snap/policy.yaml",
        "    source: user\n",
        "    source: user\n    required: false\n    linked: true\n    tracking: false\n    ephemeral: false\n    encrypted_in_transit: true\n    deletable: true\n    store_types: [other-user-content]\n",
    );
    site.run(&[
        "release",
        "snap",
        "1",
        "--material",
        "--summary",
        "en=First.",
        "--date",
        "2026-01-01",
    ])
    .succeeds();
    site.run(&["build", "--date", "2026-02-01"]).succeeds();
    let label: serde_json::Value =
        serde_json::from_str(&site.read("public/api/v1/snap/1/app-store-label.json")).unwrap();
    let linked = &label["data_linked_to_you"][0]["types"][0];
    assert_eq!(linked["purposes"], serde_json::json!(["App Functionality"]));
    assert_eq!(linked["categories"], serde_json::json!(["camera"]));
    let csv = site.read("public/api/v1/snap/1/data-safety.csv");
    let answered: Vec<String> = csv
        .lines()
        .filter(|l| l.contains("PSL_USER_GENERATED_CONTENT") && l.contains(",true,"))
        .map(|l| l.split(",true,").next().unwrap().to_string())
        .collect();
    for row in [
        "PSL_DATA_USAGE_RESPONSES:PSL_USER_GENERATED_CONTENT:PSL_DATA_USAGE_COLLECTION_AND_SHARING,PSL_DATA_USAGE_ONLY_SHARED",
        "PSL_DATA_USAGE_RESPONSES:PSL_USER_GENERATED_CONTENT:DATA_USAGE_COLLECTION_PURPOSE,PSL_APP_FUNCTIONALITY",
    ] {
        assert!(answered.iter().any(|a| a == row), "{row}: {answered:#?}");
    }
}

/// A relation written on one side shows on both: the feature lists the permission, the
/// permission does not list the feature, and the permissions table still names it (and
/// the other way round).
#[test]
fn relations_between_features_and_permissions_show_from_both_sides() {
    for (from, to, lonely) in [
        ("    features: [camera]\n", "", "Permission — camera access"),
        (
            "    permissions: [camera]\n",
            "",
            "Feature — the capture screen",
        ),
    ] {
        let site = SiteTest::fixture("shared-ids");
        site.edit("content/snap/policy.yaml", from, to);
        site.run(&["build", "--drafts", "--date", "2026-03-01"])
            .succeeds();
        for file in ["en/snap/index.html", "app/en/snap/index.html"] {
            let page = site.path("public").join(file);
            let permission = row(&page, "Permission — camera access");
            assert!(
                permission
                    .iter()
                    .any(|c| c == "Feature — the capture screen"),
                "{lonely} lists nothing, {file}: {permission:?}"
            );
            let feature = row(&page, "Feature — the capture screen");
            assert!(
                feature.iter().any(|c| c == "Permission — camera access"),
                "{lonely} lists nothing, {file}: {feature:?}"
            );
        }
    }
}
