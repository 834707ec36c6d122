//! The app-store files, spelled from [`Labels`]: Apple's privacy manifest
//! (`PrivacyInfo.xcprivacy`), the App Store privacy label as JSON, and Google Play's Data
//! safety form as the Play Console's CSV.

use super::Renderer;
use super::outputs::{Format, Subject};
use crate::diagnostics::Diagnostic;
use crate::labels::{
    APPLE_TYPES, Declared, GOOGLE_PURPOSES, GOOGLE_TYPES, Gap, Labels, Store, apple_purpose,
    google_purpose,
};
use plist::{Dictionary, Value};
use serde::Serialize;

/// The files `/api/v1/<policy>/<version>/` holds for the app stores.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum StoreFile {
    /// Apple's privacy manifest.
    PrivacyManifest,
    /// The App Store privacy label, as JSON.
    AppStoreLabel,
    /// Google Play's Data safety form, as CSV.
    DataSafety,
}

impl StoreFile {
    /// Every store file, in the order they are written.
    pub const ALL: [StoreFile; 3] = [
        StoreFile::PrivacyManifest,
        StoreFile::AppStoreLabel,
        StoreFile::DataSafety,
    ];

    /// The file name.
    pub fn name(self) -> &'static str {
        match self {
            StoreFile::PrivacyManifest => "PrivacyInfo.xcprivacy",
            StoreFile::AppStoreLabel => "app-store-label.json",
            StoreFile::DataSafety => "data-safety.csv",
        }
    }

    /// The store it declares to.
    pub fn store(self) -> Store {
        match self {
            StoreFile::PrivacyManifest | StoreFile::AppStoreLabel => Store::Apple,
            StoreFile::DataSafety => Store::Google,
        }
    }

    /// The file's bytes for `labels`.
    pub fn render(self, labels: &Labels) -> Vec<u8> {
        match self {
            StoreFile::PrivacyManifest => privacy_manifest(labels),
            StoreFile::AppStoreLabel => app_store_label(labels),
            StoreFile::DataSafety => data_safety(labels),
        }
    }
}

/// A store file that is not written, since it cannot say "not stated", and the facts it
/// would declare that the policy does not state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Withheld {
    /// The file.
    pub file: StoreFile,
    /// Per data category or purpose, the unstated facts.
    pub unstated: Vec<Gap>,
}

impl Withheld {
    /// Each unstated fact as `<category>: <fact>`.
    pub fn facts(&self) -> Vec<String> {
        self.unstated
            .iter()
            .flat_map(|g| g.facts.iter().map(move |f| format!("{g}: {f}")))
            .collect()
    }

    /// The unstated facts in one line, by category: `account: linked, tracking; notes: linked`.
    pub fn summary(&self) -> String {
        let each: Vec<String> = self
            .unstated
            .iter()
            .map(|g| format!("{g}: {}", g.facts.join(", ")))
            .collect();
        each.join("; ")
    }
}

/// The store files that cannot be written from `labels`.
pub fn withheld(labels: &Labels) -> Vec<Withheld> {
    StoreFile::ALL
        .into_iter()
        .map(|file| Withheld {
            file,
            unstated: labels.unstated_for(file.store()),
        })
        .filter(|w| !w.unstated.is_empty())
        .collect()
}

/// The store files that can be written from `labels`: those whose store's facts the
/// policy states.
pub fn written(labels: &Labels) -> Vec<StoreFile> {
    let withheld = withheld(labels);
    StoreFile::ALL
        .into_iter()
        .filter(|f| !withheld.iter().any(|w| w.file == *f))
        .collect()
}

/// The store files of every released version.
pub(super) struct Stores;

impl Format for Stores {
    fn plan(&self, r: &Renderer) -> Vec<Subject> {
        let mut files = Vec::new();
        for (policy, p) in r.site.policies.iter().enumerate() {
            for version in 0..p.versions.len() {
                files.extend(StoreFile::ALL.into_iter().map(|f| Subject::Release {
                    policy,
                    version,
                    file: f.name(),
                }));
            }
        }
        files
    }

    /// Only the files whose facts the version states.
    fn writes(&self, r: &Renderer, subject: &Subject) -> bool {
        let (policy, version, file) = release_file(subject);
        r.facts(policy, version).stores.iter().any(|n| n == file)
    }

    fn path(&self, r: &Renderer, subject: &Subject) -> String {
        r.release_file(subject)
    }

    fn render(&self, r: &Renderer, subject: &Subject, _: &str) -> Result<Vec<u8>, Diagnostic> {
        let (policy, version, file) = release_file(subject);
        let text = r.site.policies[policy].versions[version].text();
        let file = StoreFile::ALL.into_iter().find(|f| f.name() == file);
        let labels = crate::labels::Labels::of(&text.policy);
        Ok(file.map(|f| f.render(&labels)).unwrap_or_default())
    }

    fn shows_draft(&self, _: &Subject, _: usize) -> bool {
        false
    }

    fn plan_draft(&self, _: &Renderer, _: usize) -> Vec<Subject> {
        Vec::new()
    }
}

const DATA_TYPE: &str = "NSPrivacyCollectedDataType";

/// `PrivacyInfo.xcprivacy`: tracking, tracking domains and the collected data types.
/// (`NSPrivacyAccessedAPITypes` describes the app's code, not its policy, so it is left to
/// the app's developers; Xcode merges it with this file's keys.)
pub fn privacy_manifest(labels: &Labels) -> Vec<u8> {
    let mut root = Dictionary::new();
    root.insert(
        "NSPrivacyTracking".into(),
        Value::Boolean(labels.tracking()),
    );
    root.insert(
        "NSPrivacyTrackingDomains".into(),
        Value::Array(
            labels
                .tracking_domains
                .iter()
                .map(|d| Value::String(d.clone()))
                .collect(),
        ),
    );
    let types = labels.apple().iter().map(apple_entry).collect();
    root.insert("NSPrivacyCollectedDataTypes".into(), Value::Array(types));
    let mut out = Vec::new();
    Value::Dictionary(root)
        .to_writer_xml(&mut out)
        .expect("writing to memory cannot fail");
    out.push(b'\n');
    out
}

fn apple_entry(d: &Declared) -> Value {
    let mut entry = Dictionary::new();
    entry.insert(
        DATA_TYPE.into(),
        Value::String(format!("{DATA_TYPE}{}", d.constant)),
    );
    entry.insert(format!("{DATA_TYPE}Linked"), Value::Boolean(d.linked));
    entry.insert(format!("{DATA_TYPE}Tracking"), Value::Boolean(d.tracking));
    let purposes = apple_purposes(d)
        .into_iter()
        .map(|(constant, _)| Value::String(format!("{DATA_TYPE}Purpose{constant}")))
        .collect();
    entry.insert(format!("{DATA_TYPE}Purposes"), Value::Array(purposes));
    Value::Dictionary(entry)
}

/// Apple's purposes of a declared type, without repeats, in Apple's order.
fn apple_purposes(d: &Declared) -> Vec<(&'static str, &'static str)> {
    let mut out: Vec<_> = d.purposes.iter().map(|k| apple_purpose(*k)).collect();
    const ORDER: [&str; 6] = [
        "ThirdPartyAdvertising",
        "DeveloperAdvertising",
        "Analytics",
        "ProductPersonalization",
        "AppFunctionality",
        "Other",
    ];
    out.sort_by_key(|(c, _)| ORDER.iter().position(|o| o == c));
    out.dedup();
    out
}

/// The App Store label as Apple shows it: data used to track you, linked to you, and not
/// linked to you, each by Apple's categories.
#[derive(Debug, Serialize)]
struct AppStoreLabel {
    format: &'static str,
    data_not_collected: bool,
    tracking: bool,
    data_used_to_track_you: Vec<LabelCategory>,
    data_linked_to_you: Vec<LabelCategory>,
    data_not_linked_to_you: Vec<LabelCategory>,
}

#[derive(Debug, Serialize)]
struct LabelCategory {
    category: &'static str,
    types: Vec<LabelType>,
}

#[derive(Debug, Serialize)]
struct LabelType {
    #[serde(rename = "type")]
    label: &'static str,
    constant: String,
    purposes: Vec<&'static str>,
    categories: Vec<String>,
}

/// `app-store-label.json`.
pub fn app_store_label(labels: &Labels) -> Vec<u8> {
    let declared = labels.apple();
    let section = |keep: &dyn Fn(&Declared) -> bool| {
        let mut out: Vec<LabelCategory> = Vec::new();
        for d in declared.iter().filter(|d| keep(d)) {
            let apple = APPLE_TYPES
                .iter()
                .find(|t| t.constant == d.constant)
                .expect("declared from the table");
            let entry = LabelType {
                label: apple.label,
                constant: format!("{DATA_TYPE}{}", d.constant),
                purposes: apple_purposes(d)
                    .into_iter()
                    .map(|(_, words)| words)
                    .collect(),
                categories: d.categories.clone(),
            };
            match out.iter_mut().find(|c| c.category == apple.category) {
                Some(c) => c.types.push(entry),
                None => out.push(LabelCategory {
                    category: apple.category,
                    types: vec![entry],
                }),
            }
        }
        out
    };
    let label = AppStoreLabel {
        format: "clause/app-store-label/1",
        data_not_collected: declared.is_empty(),
        tracking: labels.tracking(),
        data_used_to_track_you: section(&|d| d.tracking),
        data_linked_to_you: section(&|d| d.linked),
        data_not_linked_to_you: section(&|d| !d.linked),
    };
    let mut out = serde_json::to_vec_pretty(&label).expect("plain data serializes");
    out.push(b'\n');
    out
}

/// The header of the Play Console's Data safety CSV.
pub const DATA_SAFETY_HEADER: [&str; 5] = [
    "Question ID (machine readable)",
    "Response ID (machine readable)",
    "Response value",
    "Answer requirement",
    "Human-friendly question label",
];

/// `data-safety.csv`: every row of the Play Console's template, answered where the policy
/// says. Questions the policy cannot answer (how accounts are created, badges, the
/// Families policy) are left empty for the developer to fill in.
pub fn data_safety(labels: &Labels) -> Vec<u8> {
    let mut rows = Rows::default();
    let google = labels.google();
    let collects = !google.is_empty();
    rows.add(
        "PSL_DATA_COLLECTION_COLLECTS_PERSONAL_DATA",
        "",
        flag(collects),
        "REQUIRED",
        "Does your app collect or share any of the required user data types?",
    );
    rows.add(
        "PSL_DATA_COLLECTION_ENCRYPTED_IN_TRANSIT",
        "",
        if collects {
            flag(labels.encrypted())
        } else {
            ""
        },
        "MAYBE_REQUIRED",
        "Is all of the user data collected by your app encrypted in transit?",
    );
    for (id, words) in ACCOUNT_METHODS {
        rows.add(
            "PSL_SUPPORTED_ACCOUNT_CREATION_METHODS",
            id,
            "",
            "MULTIPLE_CHOICE",
            &format!("Which of the following methods of account creation does your app support? Select all that apply / {words}"),
        );
    }
    rows.add(
        "PSL_ACM_SPECIFY",
        "",
        "",
        "MAYBE_REQUIRED",
        "Describe the method of account creation that your app supports",
    );
    rows.add(
        "PSL_ACCOUNT_DELETION_URL",
        "",
        labels.account_deletion_url.as_deref().unwrap_or(""),
        "MAYBE_REQUIRED",
        "Add a link that users can use to request that their account and associated data is deleted",
    );
    let deletion = labels.deletable();
    for (id, words, chosen) in [
        ("DATA_DELETION_YES", "Yes", collects && deletion),
        ("DATA_DELETION_NO", "No", collects && !deletion),
        (
            "DATA_DELETION_NO_AUTO_DELETED",
            "No, but user data is automatically deleted within 90 days",
            false,
        ),
    ] {
        rows.add(
            "PSL_SUPPORT_DATA_DELETION_BY_USER",
            id,
            if chosen { "true" } else { "" },
            "SINGLE_CHOICE",
            &format!(
                "Do you provide a way for users to request that their data is deleted? / {words}"
            ),
        );
    }
    rows.add(
        "PSL_DATA_DELETION_URL",
        "",
        labels.deletion_url.as_deref().unwrap_or(""),
        "MAYBE_REQUIRED",
        "Delete data URL",
    );
    for (id, words) in OPTIONAL_QUESTIONS {
        rows.add(id, "", "", "OPTIONAL", words);
    }
    for (id, words) in OUTSIDE_ACCOUNT_TYPES {
        rows.add(
            "PSL_OUTSIDE_APP_ACCOUNT_TYPES",
            id,
            "",
            "MULTIPLE_CHOICE",
            &format!("How are these accounts created? / {words}"),
        );
    }
    rows.add(
        "PSL_OUTSIDE_APP_ACCOUNT_TYPE_SPECIFY",
        "",
        "",
        "MAYBE_REQUIRED",
        "Describe how these accounts are created",
    );
    let find = |response: &str| google.iter().find(|d| d.constant == response);
    for t in GOOGLE_TYPES {
        let chosen = find(t.response).is_some();
        rows.add(
            t.question,
            t.response,
            if chosen { "true" } else { "" },
            "MULTIPLE_CHOICE",
            t.label,
        );
    }
    for t in GOOGLE_TYPES {
        usage_rows(&mut rows, t.response, t.label, find(t.response));
    }
    rows.finish()
}

/// The questions about one data type: collected or shared, ephemeral, optional, and why.
fn usage_rows(rows: &mut Rows, response: &str, label: &str, d: Option<&Declared>) {
    let name = label.rsplit(" / ").next().unwrap_or(label);
    let q = |what: &str| format!("PSL_DATA_USAGE_RESPONSES:{response}:{what}");
    let words = |what: &str| format!("Data usage and handling ({name}) / {what}");
    let yes = |b: bool| if b { "true" } else { "" };
    let sharing = q("PSL_DATA_USAGE_COLLECTION_AND_SHARING");
    let both = "Is this data collected, shared, or both?";
    rows.add(
        &sharing,
        "PSL_DATA_USAGE_ONLY_COLLECTED",
        yes(d.is_some()),
        "MULTIPLE_CHOICE",
        &words(&format!("{both} / Collected")),
    );
    rows.add(
        &sharing,
        "PSL_DATA_USAGE_ONLY_SHARED",
        yes(d.is_some_and(|d| d.shared)),
        "MULTIPLE_CHOICE",
        &words(&format!("{both} / Shared")),
    );
    rows.add(
        &q("PSL_DATA_USAGE_EPHEMERAL"),
        "",
        d.map(|d| flag(d.ephemeral)).unwrap_or(""),
        "MAYBE_REQUIRED",
        &words("Is this data processed ephemerally?"),
    );
    let control = "Is this data required for your app, or can users choose whether it's collected?";
    for (id, answer, required) in [
        (
            "PSL_DATA_USAGE_USER_CONTROL_OPTIONAL",
            "Users can choose whether this data is collected",
            false,
        ),
        (
            "PSL_DATA_USAGE_USER_CONTROL_REQUIRED",
            "Data collection is required (users can't turn off this data collection)",
            true,
        ),
    ] {
        rows.add(
            &q("DATA_USAGE_USER_CONTROL"),
            id,
            yes(d.is_some_and(|d| d.required == required)),
            "SINGLE_CHOICE",
            &words(&format!("{control} / {answer}")),
        );
    }
    let purposes: Vec<&str> = d
        .map(|d| d.purposes.iter().map(|k| google_purpose(*k)).collect())
        .unwrap_or_default();
    for (question, why, applies) in [
        (
            "DATA_USAGE_COLLECTION_PURPOSE",
            "Why is this user data collected? Select all that apply.",
            d.is_some(),
        ),
        (
            "DATA_USAGE_SHARING_PURPOSE",
            "Why is this user data shared? Select all that apply.",
            d.is_some_and(|d| d.shared),
        ),
    ] {
        for (id, purpose) in GOOGLE_PURPOSES {
            rows.add(
                &q(question),
                id,
                yes(applies && purposes.contains(id)),
                "MULTIPLE_CHOICE",
                &words(&format!("{why} / {purpose}")),
            );
        }
    }
}

fn flag(b: bool) -> &'static str {
    if b { "true" } else { "false" }
}

const ACCOUNT_METHODS: [(&str, &str); 6] = [
    ("PSL_ACM_USER_ID_PASSWORD", "Username and password"),
    (
        "PSL_ACM_USER_ID_OTHER_AUTH",
        "Username and other authentication",
    ),
    (
        "PSL_ACM_USER_ID_PASSWORD_OTHER_AUTH",
        "Username, password, and other authentication",
    ),
    ("PSL_ACM_OAUTH", "OAuth"),
    ("PSL_ACM_OTHER", "Other"),
    (
        "PSL_ACM_NONE",
        "My app does not allow users to create an account",
    ),
];

const OPTIONAL_QUESTIONS: [(&str, &str); 4] = [
    (
        "PSL_DATA_COLLECTION_COMPLIES_FAMILY_POLICY",
        "Do you want to let users know about your commitment to the Google Play Families Policy in the Data safety section on your store listing?",
    ),
    (
        "PSL_INDEPENDENTLY_VALIDATED",
        "Has your app successfully completed an independent security review, according to the Mobile Application Security Assessment (MASA) framework?",
    ),
    (
        "PSL_UPI_BADGE_OPT_IN",
        "Do you want to show this badge on your store listing?",
    ),
    (
        "PSL_HAS_OUTSIDE_APP_ACCOUNTS",
        "Can users login to your app with accounts created outside of the app?",
    ),
];

const OUTSIDE_ACCOUNT_TYPES: [(&str, &str); 3] = [
    (
        "PSL_LOGIN_WITH_OUTSIDE_APP_ID",
        "Out of app identification (e.g. SIM binding, service subscription)",
    ),
    (
        "PSL_LOGIN_THROUGH_EMPLOYMENT_OR_ENTERPRISE_ACCOUNT",
        "Through employment, or enterprise accounts",
    ),
    ("PSL_OUTSIDE_APP_ACCOUNT_TYPE_OTHER", "Other"),
];

/// CSV rows under the Play Console's header, quoted as RFC 4180 says, CRLF line ends.
struct Rows(csv::Writer<Vec<u8>>);

impl Default for Rows {
    fn default() -> Rows {
        let mut w = csv::WriterBuilder::new()
            .terminator(csv::Terminator::CRLF)
            .from_writer(Vec::new());
        w.write_record(DATA_SAFETY_HEADER)
            .expect("writing to memory cannot fail");
        Rows(w)
    }
}

impl Rows {
    fn add(&mut self, question: &str, response: &str, value: &str, requirement: &str, label: &str) {
        self.0
            .write_record([question, response, value, requirement, label])
            .expect("writing to memory cannot fail");
    }

    fn finish(self) -> Vec<u8> {
        self.0.into_inner().expect("writing to memory cannot fail")
    }
}

/// The policy, version and file name of a store file (the only subjects [`Stores`] plans).
fn release_file(subject: &Subject) -> (usize, usize, &'static str) {
    match subject {
        Subject::Release {
            policy,
            version,
            file,
        } => (*policy, *version, file),
        _ => unreachable!("not planned"),
    }
}
