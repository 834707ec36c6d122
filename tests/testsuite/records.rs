//! The record legal teams keep: who released and signed off each version, who confirmed
//! each translation, one effective date per version, and the notice period the policy
//! promises, kept.

use crate::common::*;
use crate::versions::ready;

/// The versions fixture, ready to release, promising 30 days' notice of material changes.
fn with_notice_period() -> SiteTest {
    let site = ready();
    site.edit(
        "content/app/policy.yaml",
        "sections:",
        "change_policy:\n  notify: [website]\n  notice_days: 30\nsections:",
    );
    site
}

/// Changes the draft's English text and confirms the French translation again (the
/// change is to a purpose's name, which French keeps as it was).
fn change(site: &SiteTest, from: &str, to: &str) {
    site.edit("content/app/policy.yaml", from, to);
    site.run(&["confirm", "app", "fr"]).succeeds();
}

fn release(site: &SiteTest, extra: &[&str]) -> Run {
    let mut args = vec!["release", "app"];
    args.extend_from_slice(extra);
    args.extend(["--summary", "en=What changed."]);
    site.run(&args)
}

#[test]
fn a_material_release_keeps_the_promised_notice_period() {
    let site = with_notice_period();
    // The first version replaces nothing: no one is owed notice.
    release(&site, &["1", "--material", "--date", "2026-11-01"]).succeeds();
    change(
        &site,
        "name: Running the app",
        "name: Running and improving the app",
    );
    release(&site, &["2", "--material", "--date", "2026-12-01"]).fails_with(
        1,
        "error: cannot release `app` 2 taking effect on 2026-12-01: the policy promises 30 days' notice of a material change (change_policy.notice_days in content/app/policy.yaml), so the earliest effective date is 2026-12-31\nRelease it with --effective 2026-12-31 or later, or record why the notice is shorter with --short-notice \"reason\"\n",
    );
    release(&site, &["2", "--material", "--date", "2026-12-01", "--effective", "2026-12-30"])
        .fails_with(
            1,
            "error: cannot release `app` 2 taking effect on 2026-12-30: the policy promises 30 days' notice of a material change (change_policy.notice_days in content/app/policy.yaml), so the earliest effective date is 2026-12-31\nRelease it with --effective 2026-12-31 or later, or record why the notice is shorter with --short-notice \"reason\"\n",
        );
    assert!(!site.path("content/app/versions/2").exists());
    // A shorter notice is a decision someone records.
    release(
        &site,
        &[
            "2",
            "--material",
            "--date",
            "2026-12-01",
            "--short-notice",
            "A security fix cannot wait.",
        ],
    )
    .succeeds();
    assert!(
        site.read("content/app/versions/2/release.yaml")
            .contains("\nnotice_override: A security fix cannot wait.\n")
    );
    site.run(&["build", "--date", "2026-12-04"]).succeeds();
    let doc: serde_json::Value =
        serde_json::from_str(&site.read("public/api/v1/app/2/en.json")).unwrap();
    assert_eq!(
        doc["notice"]["notice_override"],
        "A security fix cannot wait."
    );
    // Notice enough is accepted without a word, and a minor release needs none.
    change(
        &site,
        "Running and improving the app",
        "Running and improving our app",
    );
    release(&site, &["3", "--minor", "--date", "2026-12-02"]).succeeds();
}

#[test]
fn a_version_has_one_effective_date() {
    let site = ready();
    site.edit(
        "content/app/policy.yaml",
        "meta:\n",
        "meta:\n  effective: 2026-12-20\n",
    );
    release(&site, &["1", "--material", "--date", "2026-12-01", "--effective", "2026-12-21"])
        .fails_with(
            2,
            "error: --effective 2026-12-21 differs from meta.effective 2026-12-20 (content/app/policy.yaml:2); a version has one effective date: change one of them, or remove meta.effective\n",
        );
    // Without the flag, the draft's date is the version's.
    let said = release(&site, &["1", "--material", "--date", "2026-12-01"]);
    assert!(
        said.succeeds()
            .stderr
            .starts_with("Released app 1 (material), effective 2026-12-20;"),
        "{}",
        said.stderr
    );
    assert!(
        site.read("content/app/versions/1/release.yaml")
            .contains("\neffective: \"2026-12-20\"\n")
    );
    // Left unchanged for the next version, it would state a second date: refused.
    change(&site, "Running the app", "Running the app well");
    release(&site, &["2", "--minor", "--date", "2027-01-05"]).fails_with(
        2,
        "error: meta.effective 2026-12-20 (content/app/policy.yaml:2) is before the release date 2027-01-05: it is left from an earlier version. Set it to the day this version takes effect, or remove it (the version then takes effect on --effective, else the release date)\n",
    );
}

#[test]
fn release_records_who_released_and_who_signed_off() {
    let site = ready();
    std::fs::write(
        site.path("clause.yaml"),
        site.read("clause.yaml") + "approvals:\n  material: [legal, dpo]\n",
    )
    .unwrap();
    release(&site, &["1", "--material", "--date", "2026-12-01", "--approved-by", "legal=Ana Ruiz"]).fails_with(
        1,
        "error: cannot release `app` 1: a material release needs the sign-off of dpo (approvals.material in clause.yaml)\nRecord each with --approved-by ROLE=\"Name\", e.g. --approved-by dpo=\"…\"\n",
    );
    release(&site, &["1", "--material", "--date", "2026-12-01", "--approved-by", "dop=Lee Chen"]).fails_with(
        2,
        "error: --approved-by dop=…: `dop` is not a role of clause.yaml's approvals; expected one of: dpo, legal\n",
    );
    release(&site, &["1", "--material", "--approved-by", "Lee Chen"]).fails_with(
        2,
        "error: --approved-by `Lee Chen`: expected ROLE=NAME, e.g. legal=\"Ana Ruiz\"\n",
    );
    release(
        &site,
        &[
            "1",
            "--material",
            "--date",
            "2026-12-01",
            "--by",
            "Rosa Ortiz",
            "--approved-by",
            "legal=Ana Ruiz",
            "--approved-by",
            "dpo=李明",
        ],
    )
    .succeeds();
    assert_eq!(
        site.read("content/app/versions/1/release.yaml"),
        "# Written by `clause release` and sealed in clause.lock: do not edit.\nreleased: \"2026-12-01\"\neffective: \"2026-12-01\"\nmaterial: true\nsummary:\n  en: What changed.\nreleased_by: Rosa Ortiz\napprovals:\n  dpo: 李明\n  legal: Ana Ruiz\n"
    );
    // A minor release needs no sign-off here, and may have one.
    change(&site, "Running the app", "Running the app well");
    release(
        &site,
        &["2", "--minor", "--date", "2026-12-02", "--by", "Rosa Ortiz"],
    )
    .succeeds();
    site.run(&["build", "--date", "2026-12-04"]).succeeds();
    let history = page(&site.path("public/en/app/history/index.html"));
    let sign_off: Vec<String> = history
        .select(&Selector::parse(".sign-off").unwrap())
        .map(|e| e.text().collect())
        .collect();
    assert_eq!(
        sign_off,
        [
            "Released by Rosa Ortiz",
            "Released by Rosa Ortiz",
            "Signed off: dpo (李明), legal (Ana Ruiz)"
        ]
    );
    let french = page(&site.path("public/fr/app/history/index.html"));
    let first = french
        .select(&Selector::parse(".sign-off").unwrap())
        .next()
        .unwrap();
    assert_eq!(first.text().collect::<String>(), "Publiée par Rosa Ortiz");
    let index: serde_json::Value =
        serde_json::from_str(&site.read("public/api/v1/index.json")).unwrap();
    assert_eq!(
        index["policies"][0]["versions"][0]["sign_off"],
        serde_json::json!({"released_by": "Rosa Ortiz", "approvals": {"dpo": "李明", "legal": "Ana Ruiz"}})
    );
    let doc: serde_json::Value =
        serde_json::from_str(&site.read("public/api/v1/app/2/fr.json")).unwrap();
    assert_eq!(
        doc["sign_off"],
        serde_json::json!({"released_by": "Rosa Ortiz"})
    );
}

#[test]
fn who_confirmed_a_translation_is_recorded_and_sealed_with_the_release() {
    let site = SiteTest::fixture("versions");
    site.edit(
        "content/app/fr.yaml",
        "sections.intro.title:",
        "sections.intro.body: Nous comptons pour vous.\nsections.intro.title:",
    );
    site.run(&["confirm", "app", "fr", "--by", "Claire Martin"]).fails_with(
        0,
        "Confirmed 7 translated texts of app in fr by Claire Martin; recorded in content/app/fr.confirmed.json\n",
    );
    let confirmed: serde_json::Value =
        serde_json::from_str(&site.read("content/app/fr.confirmed.json")).unwrap();
    assert_eq!(confirmed["by"], "Claire Martin");
    release(
        &site,
        &[
            "1",
            "--material",
            "--date",
            "2026-12-01",
            "--by",
            "Rosa Ortiz",
        ],
    )
    .succeeds();
    assert!(
        site.read("content/app/versions/1/release.yaml").ends_with(
            "released_by: Rosa Ortiz\ntranslations_confirmed_by:\n  fr: Claire Martin\n"
        )
    );
    site.run(&["build", "--date", "2026-12-04"]).succeeds();
    let doc: serde_json::Value =
        serde_json::from_str(&site.read("public/api/v1/app/1/en.json")).unwrap();
    assert_eq!(
        doc["sign_off"]["translations_confirmed_by"],
        serde_json::json!({"fr": "Claire Martin"})
    );
}

/// Without --by, the name the site's git repository commits under; outside a repository,
/// nobody (the machine's global git name is not a fact about this site).
#[test]
fn the_git_author_signs_by_default_inside_the_sites_repository() {
    let site = ready();
    release(&site, &["1", "--material", "--date", "2026-12-01"]).succeeds();
    assert!(
        !site
            .read("content/app/versions/1/release.yaml")
            .contains("released_by")
    );
    let git = |args: &[&str]| {
        let ok = std::process::Command::new("git")
            .args(args)
            .current_dir(site.root())
            .output()
            .is_ok_and(|o| o.status.success());
        assert!(ok, "git {args:?}");
    };
    git(&["init", "-q"]);
    git(&["config", "user.name", "Rosa Ortiz"]);
    change(&site, "Running the app", "Running the app well");
    let said = release(&site, &["2", "--minor", "--date", "2026-12-02"]);
    assert!(said.succeeds().stderr.ends_with(
        "\nnote: recorded as released by Rosa Ortiz, git's user.name in this repository (--by names someone else)\n"
    ), "{}", said.stderr);
    assert!(
        site.read("content/app/versions/2/release.yaml")
            .contains("\nreleased_by: Rosa Ortiz\n")
    );
}

/// A summary written only in English shows on the French notice marked as English, as the
/// history page marks it: in the web notice, the in-app notice and the JSON.
#[test]
fn a_summary_in_another_language_is_marked_on_every_notice() {
    let site = ready();
    release(&site, &["1", "--material", "--date", "2026-12-01"]).succeeds();
    site.run(&["build", "--date", "2026-12-04"]).succeeds();
    let marked = "<span class=\"fallback\" lang=\"en\" dir=\"ltr\">What changed.</span>";
    for page in [
        "public/fr/app/changes/1/index.html",
        "public/app/fr/app/changes/1.html",
        "public/fr/app/history/index.html",
    ] {
        assert!(site.read(page).contains(marked), "{page}");
    }
    // In its own language it is not marked.
    assert!(
        !site
            .read("public/en/app/changes/1/index.html")
            .contains("class=\"fallback\"")
    );
    let doc: serde_json::Value =
        serde_json::from_str(&site.read("public/api/v1/app/1/fr.json")).unwrap();
    assert_eq!(doc["notice"]["summary"], "What changed.");
    assert_eq!(doc["notice"]["summary_fallback"], "en");
    let en: serde_json::Value =
        serde_json::from_str(&site.read("public/api/v1/app/1/en.json")).unwrap();
    assert_eq!(en["notice"].get("summary_fallback"), None);
}

/// A material release of a policy that promises e-mail and in-app notice gets the texts
/// for both, per locale, as files and in the JSON; a minor release and a policy naming no
/// such channel get none.
#[test]
fn material_releases_come_with_notification_texts_for_the_channels_named() {
    let site = ready();
    site.edit(
        "content/app/policy.yaml",
        "sections:",
        "change_policy:\n  notify: [email, in-app]\nsections:",
    );
    release(&site, &["1", "--material", "--date", "2026-11-01"]).succeeds();
    change(&site, "Running the app", "Running the app well");
    site.run(&[
        "release",
        "app",
        "2",
        "--minor",
        "--date",
        "2026-11-20",
        "--summary",
        "en=Wording.",
    ])
    .succeeds();
    site.run(&["build", "--date", "2026-12-04"]).succeeds();
    let en: serde_json::Value =
        serde_json::from_str(&site.read("public/api/v1/app/1/notify/en.json")).unwrap();
    assert_eq!(
        en["email"]["subject"],
        "Changes to the Privacy Policy of Counter"
    );
    assert_eq!(
        en["email"]["text"],
        "We are changing the Privacy Policy of Counter. The new version takes effect on November 1, 2026.\n\nWhat changes\nWhat changed.\n\nRead what changed\nhttps://v.example/en/app/changes/1/\n\nRead the new version\nhttps://v.example/en/app/1/\n"
    );
    let html = en["email"]["html"].as_str().unwrap();
    assert!(
        html.starts_with("<!DOCTYPE html>\n<html lang=\"en\" dir=\"ltr\">"),
        "{html}"
    );
    assert!(!html.contains("<script") && !html.contains("<img"));
    assert_eq!(
        en["dialog"],
        serde_json::json!({
            "title": "We are updating our Privacy Policy",
            "body": "We are changing the Privacy Policy of Counter. The new version takes effect on November 1, 2026.\n\nWhat changed.",
            "review": "Review the changes",
            "review_url": "https://v.example/app/en/app/changes/1.html",
            "later": "Later",
        })
    );
    // In French, with the English summary marked as English in the HTML.
    let fr: serde_json::Value =
        serde_json::from_str(&site.read("public/api/v1/app/1/notify/fr.json")).unwrap();
    assert_eq!(fr["dialog"]["review"], "Voir les modifications");
    assert!(
        fr["email"]["html"]
            .as_str()
            .unwrap()
            .contains("<span class=\"fallback\" lang=\"en\" dir=\"ltr\">What changed.</span>")
    );
    // The same in the version's document; nothing for the minor release.
    let doc: serde_json::Value =
        serde_json::from_str(&site.read("public/api/v1/app/1/en.json")).unwrap();
    assert_eq!(doc["notification"], en);
    assert!(!site.path("public/api/v1/app/2/notify").exists());
    let minor: serde_json::Value =
        serde_json::from_str(&site.read("public/api/v1/app/2/en.json")).unwrap();
    assert_eq!(minor.get("notification"), None);
}

#[test]
fn a_policy_naming_no_message_channel_gets_no_notification_texts() {
    let site = ready();
    site.edit(
        "content/app/policy.yaml",
        "sections:",
        "change_policy:\n  notify: [website]\nsections:",
    );
    release(&site, &["1", "--material", "--date", "2026-11-01"]).succeeds();
    site.run(&["build", "--date", "2026-12-04"]).succeeds();
    assert!(!site.path("public/api/v1/app/1/notify").exists());
}

/// Every refusal of a badly written record says what is wrong, exactly.
#[test]
fn badly_written_records_are_refused_with_what_is_wrong() {
    let site = ready();
    release(&site, &["1", "--material", "--by", " "])
        .fails_with(2, "error: --by is empty; expected a name\n");
    release(
        &site,
        &[
            "1",
            "--material",
            "--approved-by",
            "legal=A",
            "--approved-by",
            "legal=B",
        ],
    )
    .fails_with(2, "error: --approved-by names the role `legal` twice\n");
    release(&site, &["1", "--material", "--approved-by", "Legal=A"]).fails_with(
        2,
        "error: --approved-by `Legal=A`: the role `Legal` is not a lowercase slug: letters a-z, digits and single hyphens, starting with a letter or digit, at most 64 characters\n",
    );
    // A first version whose meta.effective is before its release.
    site.edit(
        "content/app/policy.yaml",
        "meta:\n",
        "meta:\n  effective: 2026-01-01\n",
    );
    release(&site, &["1", "--material", "--date", "2026-12-01"]).fails_with(
        2,
        "error: meta.effective 2026-01-01 (content/app/policy.yaml:2) is before the release date 2026-12-01: a policy cannot take effect before it is published. Set it to the day this version takes effect, or give the day it was published with --date 2026-01-01\n",
    );
    std::fs::write(
        site.path("clause.yaml"),
        site.read("clause.yaml") + "approvals:\n  material: [legal, Legal]\n",
    )
    .unwrap();
    site.run(&["check"]).fails_with(
        1,
        "error: invalid role in `approvals`\n  --> clause.yaml:5:21\n  |\n5 |   material: [legal, Legal]\n  |                     ^^^^^ found `Legal`\n  = expected: a lowercase slug: letters a-z, digits and single hyphens, starting with a letter or digit, at most 64 characters\n\n1 error found\n",
    );
    assert!(!site.path("content/app/versions").exists());
}
