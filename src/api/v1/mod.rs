//! API v1: `/api/v1/index.json`, one document per version and locale, and the JSON Schemas
//! of both, generated from these types. The policy and its changes have types of their own
//! ([`policy`], [`changes`]), mapped from the model by [`Convert`].
//!
//! These types are the contract of `v1`. Adding an optional field is allowed; removing or
//! renaming a field, or changing its type or meaning, is a new `v2` next to `v1`, never an edit
//! of `v1` (docs/app-integration.md).

pub mod changes;
mod convert;
pub mod policy;

pub use changes::PolicyDiff;
pub use convert::Convert;
pub use policy::{MaterialChange, Policy};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The API version these types describe.
pub const API_VERSION: &str = "v1";

/// `/api/v1/index.json`: every policy, its versions and where to find them.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema, PartialEq)]
pub struct Index {
    /// Always `v1`.
    pub api: String,
    /// The site.
    pub site: SiteInfo,
    /// The build date (`YYYY-MM-DD`) that decided which version is current.
    pub date: String,
    /// Every published policy.
    pub policies: Vec<IndexPolicy>,
}

/// The site as a whole.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema, PartialEq)]
pub struct SiteInfo {
    /// The site title, in the default locale.
    pub title: String,
    /// The title in other locales, where clause.yaml gives one.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub titles: BTreeMap<String, String>,
    /// The absolute URL the site is published at.
    pub base_url: String,
    /// Locales, the default first.
    pub locales: Vec<String>,
}

/// One policy in the index.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema, PartialEq)]
pub struct IndexPolicy {
    /// The policy id.
    pub id: String,
    /// Title per locale, of the version in effect.
    pub titles: BTreeMap<String, String>,
    /// The version in effect on `date` (none before the first takes effect).
    pub current: Option<String>,
    /// Released versions that take effect later, soonest first.
    pub upcoming: Vec<String>,
    /// The latest material version in effect: a user who accepted an older version (or none)
    /// must be asked again. See `clause::consent::decide`.
    pub latest_material: Option<String>,
    /// Where the version in effect is read, per locale.
    pub urls: BTreeMap<String, MainUrls>,
    /// Every released version, oldest effective date first.
    pub versions: Vec<IndexVersion>,
}

/// The addresses of a policy's version in effect.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema, PartialEq)]
pub struct MainUrls {
    /// The web page.
    pub web: String,
    /// The in-app view.
    pub app: String,
}

/// One released version in the index.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema, PartialEq)]
pub struct IndexVersion {
    /// The version id.
    pub id: String,
    /// Release date.
    pub released: String,
    /// Effective date.
    pub effective: String,
    /// Whether the change it brought is material.
    pub material: bool,
    /// `current`, `upcoming` or `archived` on `date`.
    pub state: String,
    /// The sealed content hash from clause.lock (`sha256:…`): it changes only if the
    /// version's files do.
    pub content_hash: String,
    /// Per locale: where to read it, and the SHA-256 of its JSON document.
    pub locales: BTreeMap<String, VersionUrls>,
    /// The app-store files made from this version (docs/compliance.md).
    pub stores: StoreUrls,
    /// Who released and signed off the version, as recorded at release; absent when
    /// nothing was recorded.
    #[serde(default, skip_serializing_if = "SignOff::is_empty")]
    pub sign_off: SignOff,
}

/// Who released a version and who approved it, as `clause release` recorded and sealed it.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema, PartialEq)]
pub struct SignOff {
    /// Who released it (`--by`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub released_by: Option<String>,
    /// Role → who signed it off (`--approved-by`).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub approvals: BTreeMap<String, String>,
    /// Locale → who last confirmed its translation (`clause confirm --by`).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub translations_confirmed_by: BTreeMap<String, String>,
}

impl SignOff {
    /// Whether nothing was recorded.
    pub fn is_empty(&self) -> bool {
        self.released_by.is_none()
            && self.approvals.is_empty()
            && self.translations_confirmed_by.is_empty()
    }

    /// The record of a release.
    pub fn of(release: &crate::content::version::Release) -> SignOff {
        SignOff {
            released_by: release.released_by.clone(),
            approvals: release.approvals.clone(),
            translations_confirmed_by: release.translations_confirmed_by.clone(),
        }
    }
}

/// The app-store files of one version: the same for every locale. A file is only written
/// when the version states every fact it declares (a store file cannot say "not stated");
/// otherwise its address is absent and `withheld` says what is missing.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema, PartialEq)]
pub struct StoreUrls {
    /// Apple's privacy manifest, `PrivacyInfo.xcprivacy`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub privacy_manifest: Option<String>,
    /// The App Store privacy label as JSON.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub app_store_label: Option<String>,
    /// Google Play's Data safety form as the Play Console's CSV.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data_safety: Option<String>,
    /// The files not written, each with the facts the version does not state.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub withheld: Vec<Withheld>,
}

/// A store file that is not written, and why.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema, PartialEq)]
pub struct Withheld {
    /// Its file name, e.g. `data-safety.csv`.
    pub file: String,
    /// The facts it would declare that the version does not state: `<category>: <fact>`
    /// per data category, or `purpose <id>: kind`.
    pub unstated: Vec<String>,
}

/// The addresses of one version in one locale.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema, PartialEq)]
pub struct VersionUrls {
    /// The web page at its permanent address.
    pub web: String,
    /// The in-app view.
    pub app: String,
    /// The JSON document.
    pub json: String,
    /// SHA-256 of the JSON document's bytes, lowercase hex: cache by it.
    pub json_sha256: String,
    /// The change notice (web).
    pub notice: String,
    /// The change notice (in-app view).
    pub app_notice: String,
    /// The PDF record of the version, when the site makes PDFs (`pdf:` in clause.yaml)
    /// and its fonts show the locale.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pdf: Option<String>,
    /// The PDF record of the change notice, likewise.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub notice_pdf: Option<String>,
}

/// `/api/v1/<policy>/<version>/<locale>.json`: one version in one locale, complete.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct VersionDocument {
    /// Always `v1`.
    pub api: String,
    /// The policy id.
    pub policy: String,
    /// The version id.
    pub version: String,
    /// The locale of the text.
    pub locale: String,
    /// `ltr` or `rtl`.
    pub dir: String,
    /// Release date.
    pub released: String,
    /// Effective date.
    pub effective: String,
    /// Whether the change it brought is material.
    pub material: bool,
    /// The sealed content hash from clause.lock.
    pub content_hash: String,
    /// Locales some texts fall back to because they are not translated.
    pub fallback_locales: Vec<String>,
    /// Where to read it.
    pub urls: DocumentUrls,
    /// Every element of the policy model, in this locale (section bodies as Markdown).
    pub content: Policy,
    /// The sections as sanitised HTML and as plain text.
    pub sections: Vec<ApiSection>,
    /// The cookies and similar technologies, resolved for a consent tool or a cookie
    /// banner; absent when the policy lists none. (Added in v1 without a change of version.)
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cookies: Vec<ApiCookie>,
    /// What changed against the previous version.
    pub notice: ApiNotice,
    /// Who released and signed off the version; absent when nothing was recorded.
    #[serde(default, skip_serializing_if = "SignOff::is_empty")]
    pub sign_off: SignOff,
    /// What to send readers of a material release (`change_policy.notify`: email,
    /// in-app); absent otherwise. Also at `notify/<locale>.json` beside this document.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notification: Option<ApiNotification>,
}

/// A cookie or similar technology as a consent tool needs it.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema, PartialEq)]
pub struct ApiCookie {
    /// The policy's id for it.
    pub id: String,
    /// The name it is stored under.
    pub name: String,
    /// `cookie`, `local-storage`, `web-beacon`, `sdk-identifier` or `other`.
    pub kind: String,
    /// Whether the controller itself sets it (no third party named).
    pub first_party: bool,
    /// The third party that sets it: its provider, else its name.
    pub provider: Option<String>,
    /// What it is for, as plain text in the document's locale.
    pub purpose: String,
    /// Whether it lasts only for the session.
    pub session: bool,
    /// How long it lasts in days (months as 30, years as 365), for a lasting one.
    pub days: Option<u32>,
    /// How long it lasts, as the policy writes it.
    pub duration: String,
    /// Whether it is strictly necessary (set without consent); `null` when unstated.
    pub essential: Option<bool>,
}

/// Where one version in one locale is read.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct DocumentUrls {
    /// The web page.
    pub web: String,
    /// The in-app view.
    pub app: String,
    /// The change notice (web).
    pub notice: String,
    /// The PDF record, when the site makes PDFs and its fonts show the locale.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pdf: Option<String>,
}

/// A section, rendered.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct ApiSection {
    /// The section id (the anchor on the web page).
    pub id: String,
    /// Number such as `2.1`.
    pub number: String,
    /// Title.
    pub title: String,
    /// The body as sanitised HTML.
    pub html: String,
    /// The body as plain text.
    pub text: String,
    /// Subsections.
    pub sections: Vec<ApiSection>,
}

/// What to send readers of a material release, in one locale, for the channels the
/// policy names (`change_policy.notify`).
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct ApiNotification {
    /// A ready-to-send e-mail, when the policy names `email`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<ApiEmail>,
    /// An in-app dialog, when the policy names `in-app`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dialog: Option<ApiDialog>,
}

/// An e-mail about a material change.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct ApiEmail {
    /// The subject line.
    pub subject: String,
    /// The body as plain text.
    pub text: String,
    /// The body as a whole HTML document (no scripts, no remote resources).
    pub html: String,
}

/// An in-app dialog about a material change.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct ApiDialog {
    /// Its title.
    pub title: String,
    /// Its text: what changes and when, and the summary.
    pub body: String,
    /// The label of the button that opens the change notice.
    pub review: String,
    /// The in-app change notice the button opens.
    pub review_url: String,
    /// The label of the button that closes the dialog.
    pub later: String,
}

/// The change notice of a version.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct ApiNotice {
    /// The version compared with (none for the first).
    pub previous: Option<String>,
    /// The author's summary in this locale (or its fallback).
    pub summary: Option<String>,
    /// The locale the summary is written in when it is not this document's: a fallback,
    /// to be shown marked as in another language.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary_fallback: Option<String>,
    /// The material-change rules the changes meet.
    pub material_rules: Vec<MaterialChange>,
    /// Why material changes were released as minor, if they were.
    pub material_override: Option<String>,
    /// Why a material change takes effect sooner than the policy's notice period, if it
    /// does.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notice_override: Option<String>,
    /// The structured and text changes, in this locale.
    pub changes: PolicyDiff,
}

/// The JSON Schemas of the index, notification and version documents, as published under
/// `/api/v1/schema/`.
pub fn schemas() -> Vec<(&'static str, String)> {
    let pretty = |s: schemars::Schema| {
        let mut text = serde_json::to_string_pretty(&s).unwrap_or_default();
        text.push('\n');
        text
    };
    vec![
        ("index.json", pretty(schemars::schema_for!(Index))),
        (
            "notification.json",
            pretty(schemars::schema_for!(ApiNotification)),
        ),
        (
            "version.json",
            pretty(schemars::schema_for!(VersionDocument)),
        ),
    ]
}

/// A document as published: pretty JSON with a final newline, keys in a fixed order.
pub fn to_bytes<T: Serialize>(value: &T) -> Vec<u8> {
    let mut text = serde_json::to_string_pretty(value).unwrap_or_default();
    text.push('\n');
    text.into_bytes()
}
