//! The policy as API v1 publishes it (`content` of a version document): its own types,
//! mapped from the model ([`crate::content::model`]), so the model can change without
//! changing v1. They serialise, and describe themselves in the JSON Schema, exactly as the
//! model did when v1 was published (`schema/v1/` holds that schema, and a test compares).
//! Each conversion takes the model value apart field by field, so a field added to the model
//! does not compile here until it is mapped into v1 (an optional v1 field) or dropped on
//! purpose (`field: _`).

use super::convert::Convert;
use crate::content::many::OneOrMany;
use crate::content::model;
use schemars::JsonSchema;
use serde::Serialize;

/// A whole policy: the working draft in `content/<policy>/policy.yaml`.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Policy {
    /// Title, product, controller, contact, audience, jurisdictions, key points.
    pub meta: Meta,
    /// Why data is processed; referenced by data categories and third parties.
    #[serde(default)]
    pub purposes: Vec<Purpose>,
    /// What is collected.
    #[serde(default)]
    pub data_categories: Vec<DataCategory>,
    /// Product features and the data and permissions each uses.
    #[serde(default)]
    pub features: Vec<Feature>,
    /// Platform permissions the apps request.
    #[serde(default)]
    pub permissions: Vec<Permission>,
    /// SDKs, processors, partners, affiliates and authorities that receive data.
    #[serde(default)]
    pub third_parties: Vec<ThirdParty>,
    /// Where data is stored and where it is transferred.
    #[serde(default)]
    pub storage: Storage,
    /// The rights a person has and how to exercise them.
    #[serde(default)]
    pub rights: Vec<Right>,
    /// The rules for minors, a tier per age. (Added in v1 without a change of version.)
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub minors: Vec<MinorTier>,
    /// Lists of cases: when data is processed or shared without consent, when a request
    /// may be refused, when deletion may be asked for. (Added in v1 without a change of
    /// version.)
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub exceptions: Vec<ExceptionList>,
    /// Cookies and similar technologies. (Added in v1 without a change of version.)
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cookies: Vec<Cookie>,
    /// The narrative, in reading order.
    pub sections: Vec<Section>,
    /// What counts as a material change, and how readers are told.
    #[serde(default)]
    pub change_policy: Option<ChangePolicy>,
    /// Checks of `clause check` that the owner has reviewed and set aside (not published).
    #[serde(default, skip_serializing)]
    pub compliance: Option<Compliance>,
}

/// The owner's decisions about `clause check`'s reviews.
#[derive(Debug, Clone, Default, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Compliance {
    /// Checks set aside, each with the reason (e.g. no DPO is required).
    #[serde(default)]
    pub waive: Vec<Waiver>,
}

/// One check set aside.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Waiver {
    /// The check, as `clause check` names it: `gdpr.dpo`, `consistency.sensitive-not-marked`.
    #[schemars(with = "String")]
    pub check: String,
    /// The one element a consistency rule is set aside for, if only one. (Added in v1
    /// without a change of version.)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub element: Option<String>,
    /// Why it does not apply, for reviewers of policy.yaml; never published.
    pub reason: String,
}

/// Facts about the policy as a whole.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Meta {
    /// The document title, e.g. "Privacy Policy".
    pub title: String,
    /// The product or service the policy covers.
    pub product: String,
    /// The date this text takes effect (for the working draft; releases record their own).
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub effective: Option<String>,
    /// The date the text was last changed.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub updated: Option<String>,
    /// Who decides why and how personal data is processed.
    pub controller: Controller,
    /// How to reach the controller about privacy.
    pub contact: Contact,
    /// Who the service is for.
    #[serde(default)]
    #[schemars(with = "Option<Audience>")]
    pub audience: Option<Audience>,
    /// The laws the policy is written for, as short codes.
    #[serde(default)]
    #[schemars(with = "Vec<Jurisdiction>")]
    pub jurisdictions: Vec<Jurisdiction>,
    /// The few sentences a reader sees first.
    #[serde(default)]
    pub key_points: Vec<KeyPoint>,
}

/// The legal entity responsible for the data.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Controller {
    /// Full legal name.
    pub name: String,
    /// Registered address, as written on official documents.
    #[serde(default)]
    pub registered_address: Option<String>,
    /// Office address, where it differs from the registered one.
    #[serde(default)]
    pub office_address: Option<String>,
}

/// Contact details for privacy questions.
#[derive(Debug, Clone, Default, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    /// E-mail address.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub email: Option<String>,
    /// Telephone number, in international form.
    #[serde(default)]
    pub phone: Option<String>,
    /// A web form or help page (an absolute http:// or https:// URL).
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub url: Option<String>,
    /// Postal address.
    #[serde(default)]
    pub address: Option<String>,
    /// The data-protection officer, where one is appointed.
    #[serde(default)]
    pub dpo: Option<Dpo>,
    /// How soon a request is answered.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub response_time: Option<String>,
    /// More addresses, each with its role. (Added in v1 without a change of version.)
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub addresses: Vec<Address>,
    /// More ways to reach the controller. (Added in v1 without a change of version.)
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub channels: Vec<Channel>,
}

/// An address and what it is for.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Address {
    /// Stable id.
    pub id: String,
    /// `registered`, `office`, `postal`, `representative`, `dpo` or `other`.
    pub role: String,
    /// The address.
    pub address: String,
}

/// A way to reach the controller.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Channel {
    /// Stable id.
    pub id: String,
    /// `email`, `phone`, `web`, `chat`, `in-app` or `other`.
    pub kind: String,
    /// The address, number or URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// What it is, in the document's locale.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// When it is answered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hours: Option<String>,
}

/// A data-protection officer.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Dpo {
    /// Name or role (empty, with `name` in `unstated`, when the policy gives the role
    /// alone).
    pub name: String,
    /// E-mail address.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub email: Option<String>,
    /// `name` when the policy does not give one. (Added in v1 without a change of version.)
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unstated: Vec<String>,
}

/// Who the service is meant for.
#[derive(Debug, Clone, Default, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Audience {
    /// `general` or `children`.
    #[serde(default)]
    pub kind: AudienceKind,
    /// For children's services: the age under which someone is a child here.
    #[serde(default)]
    pub under_age: Option<u8>,
}

/// The kind of audience.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum AudienceKind {
    /// Adults and teenagers.
    #[default]
    General,
    /// A service directed at children.
    Children,
}

/// A law or regime the policy addresses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Jurisdiction {
    /// EU General Data Protection Regulation.
    Gdpr,
    /// UK GDPR and Data Protection Act 2018.
    UkGdpr,
    /// China's Personal Information Protection Law.
    Pipl,
    /// California Consumer Privacy Act (as amended by the CPRA).
    Ccpa,
    /// US Children's Online Privacy Protection Act.
    Coppa,
    /// Brazil's Lei Geral de Proteção de Dados.
    Lgpd,
    /// Japan's Act on the Protection of Personal Information.
    Appi,
    /// Korea's Personal Information Protection Act.
    Pipa,
    /// Canada's PIPEDA.
    Pipeda,
}

/// One key point shown at the top of the policy.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct KeyPoint {
    /// Stable id.
    #[schemars(with = "String")]
    pub id: String,
    /// The sentence itself (Markdown inline).
    pub text: String,
}

/// Why data is processed.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Purpose {
    /// Stable id.
    #[schemars(with = "String")]
    pub id: String,
    /// Short name.
    pub name: String,
    /// What it means in practice.
    #[serde(default)]
    pub description: Option<String>,
    /// What kind of purpose it is, for the app-store labels (`other` when not given).
    #[serde(default)]
    pub kind: Option<PurposeKind>,
    /// Its legal bases, when it states any. (Added in v1 without a change of version.)
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub legal_bases: Vec<LegalBasis>,
}

/// Kinds of purposes, as the app stores distinguish them (see docs/compliance.md).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum PurposeKind {
    /// Making the product work: features, delivery, support.
    AppFunctionality,
    /// Measuring how the product is used.
    Analytics,
    /// Tailoring what a person sees.
    Personalization,
    /// The owner's own advertising or marketing.
    DeveloperAdvertising,
    /// Advertising by others, or ads shown for others.
    ThirdPartyAdvertising,
    /// Messages from the owner about the product.
    DeveloperCommunications,
    /// Preventing fraud and abuse, security.
    Security,
    /// Meeting legal obligations.
    Compliance,
    /// Creating and managing accounts.
    AccountManagement,
    /// Anything else.
    Other,
}

#[derive(Debug, Clone, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DataCategory {
    /// Stable id.
    #[schemars(with = "String")]
    pub id: String,
    /// Short name.
    pub name: String,
    /// Longer explanation.
    #[serde(default)]
    pub description: Option<String>,
    /// The individual items collected.
    #[serde(default)]
    pub items: Vec<Item>,
    /// What kind of data this is.
    pub kind: DataKind,
    /// Whether the law treats it as sensitive (special-category) data.
    #[serde(default)]
    pub sensitive: bool,
    /// Whether the service cannot work without it.
    #[serde(default)]
    pub required: bool,
    /// Where it comes from (the first, when it comes from several).
    pub source: Source,
    /// Every source, when it comes from several. (Added in v1 without a change of version.)
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<Source>,
    /// References to purposes.
    #[schemars(with = "Vec<String>")]
    pub purposes: Vec<String>,
    /// The legal basis for processing (the first, when it states several).
    #[serde(default)]
    pub legal_basis: Option<LegalBasis>,
    /// Every legal basis, when it states several. (Added in v1 without a change of version.)
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub legal_bases: Vec<LegalBasis>,
    /// How long it is kept.
    #[schemars(with = "Retention")]
    pub retention: Retention,
    /// Whether it is linked to the person's identity (Apple: "linked to you").
    #[serde(default = "yes")]
    pub linked: bool,
    /// Whether it is used to track the person across other companies' apps and sites.
    #[serde(default)]
    pub tracking: bool,
    /// Whether it is only processed in memory and never stored (Google: "ephemeral").
    #[serde(default)]
    pub ephemeral: bool,
    /// Whether it is encrypted in transit.
    #[serde(default = "yes")]
    pub encrypted_in_transit: bool,
    /// Whether a person can ask for it to be deleted (default: whether the policy offers a
    /// `deletion` right).
    #[serde(default)]
    pub deletable: Option<bool>,
    /// Whether it is shared with third parties in the app stores' sense (default: whether a
    /// third party of kind `sdk`, `partner` or `affiliate` receives it).
    #[serde(default)]
    pub shared: Option<bool>,
    /// Whether it is sold (CCPA); unstated when not given.
    #[serde(default)]
    pub sold: Option<bool>,
    /// The app-store data types it is declared as (default: from `kind`).
    #[serde(default)]
    pub store_types: Vec<StoreType>,
    /// The facts among `linked`, `tracking`, `ephemeral`, `encrypted_in_transit` and
    /// `required` that the policy does not state: for those, the values above are v1's defaults, not the
    /// author's words. Show them as not stated. (Added in v1 without a change of version.)
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unstated: Vec<String>,
}

/// The data types the app stores know, in Clause's words; docs/compliance.md maps each to
/// Apple's and Google's constants.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum StoreType {
    Name,
    EmailAddress,
    PhoneNumber,
    PhysicalAddress,
    OtherContactInfo,
    UserId,
    DeviceId,
    RaceOrEthnicity,
    PoliticalOrReligiousBeliefs,
    SexualOrientation,
    Biometric,
    OtherPersonalInfo,
    PaymentInfo,
    PurchaseHistory,
    CreditInfo,
    OtherFinancialInfo,
    PreciseLocation,
    CoarseLocation,
    BrowsingHistory,
    SearchHistory,
    Emails,
    TextMessages,
    InAppMessages,
    Photos,
    Videos,
    AudioRecordings,
    Music,
    OtherAudio,
    Health,
    Fitness,
    Contacts,
    Calendar,
    FilesAndDocs,
    GameplayContent,
    CustomerSupport,
    OtherUserContent,
    ProductInteraction,
    InstalledApps,
    AdvertisingData,
    OtherUsageData,
    CrashData,
    PerformanceData,
    OtherDiagnosticData,
    OtherDataTypes,
}

/// One item of a data category.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Item {
    /// Stable id.
    #[schemars(with = "String")]
    pub id: String,
    /// What the reader sees.
    pub name: String,
    /// The app-store data type the author gave it. (Added in v1 without a change of
    /// version.)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub store_type: Option<StoreType>,
    /// Whether this item alone is sensitive data; absent when not. (Added in v1 without a
    /// change of version.)
    #[serde(default, skip_serializing_if = "is_no")]
    pub sensitive: bool,
}

fn is_no(value: &bool) -> bool {
    !*value
}

/// The kinds of personal data.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum DataKind {
    /// Name, gender, date of birth, profile.
    Basic,
    /// Identity documents and numbers.
    Identity,
    /// Phone number, e-mail, postal address.
    Contact,
    /// Face, voice print, fingerprint.
    Biometric,
    /// Precise or approximate location.
    Location,
    /// Device model, identifiers, network.
    Device,
    /// Pages visited, features used, logs.
    Usage,
    /// Messages, photos and other things people create.
    Content,
    /// The user's address book.
    ContactsList,
    /// Payment and purchase data.
    Financial,
    /// Health and fitness data.
    Health,
    /// Identifiers used for advertising.
    Advertising,
    /// Anything else.
    Other,
}

/// Where data comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Source {
    /// The person gives it.
    User,
    /// Collected automatically while the service is used.
    Automatic,
    /// Received from someone else.
    ThirdParty,
}

/// A legal basis for processing (GDPR Art. 6 and equivalents).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum LegalBasis {
    /// The person agreed.
    Consent,
    /// Needed to perform a contract.
    Contract,
    /// Required by law.
    LegalObligation,
    /// To protect someone's life.
    VitalInterests,
    /// A task in the public interest.
    PublicTask,
    /// The controller's legitimate interests.
    LegitimateInterests,
    /// GDPR Art. 6(1)(a): consent. (This and the codes below were added in v1 without a
    /// change of version.)
    #[serde(rename = "gdpr-6-1-a")]
    Gdpr6_1A,
    /// GDPR Art. 6(1)(b): a contract.
    #[serde(rename = "gdpr-6-1-b")]
    Gdpr6_1B,
    /// GDPR Art. 6(1)(c): a legal obligation.
    #[serde(rename = "gdpr-6-1-c")]
    Gdpr6_1C,
    /// GDPR Art. 6(1)(d): vital interests.
    #[serde(rename = "gdpr-6-1-d")]
    Gdpr6_1D,
    /// GDPR Art. 6(1)(e): a task in the public interest.
    #[serde(rename = "gdpr-6-1-e")]
    Gdpr6_1E,
    /// GDPR Art. 6(1)(f): legitimate interests.
    #[serde(rename = "gdpr-6-1-f")]
    Gdpr6_1F,
    /// GDPR Art. 9(2)(a): explicit consent.
    #[serde(rename = "gdpr-9-2-a")]
    Gdpr9_2A,
    /// GDPR Art. 9(2)(b): employment and social security law.
    #[serde(rename = "gdpr-9-2-b")]
    Gdpr9_2B,
    /// GDPR Art. 9(2)(c): vital interests of someone unable to consent.
    #[serde(rename = "gdpr-9-2-c")]
    Gdpr9_2C,
    /// GDPR Art. 9(2)(d): a not-for-profit body, for its members.
    #[serde(rename = "gdpr-9-2-d")]
    Gdpr9_2D,
    /// GDPR Art. 9(2)(e): made public by the person.
    #[serde(rename = "gdpr-9-2-e")]
    Gdpr9_2E,
    /// GDPR Art. 9(2)(f): legal claims.
    #[serde(rename = "gdpr-9-2-f")]
    Gdpr9_2F,
    /// GDPR Art. 9(2)(g): substantial public interest.
    #[serde(rename = "gdpr-9-2-g")]
    Gdpr9_2G,
    /// GDPR Art. 9(2)(h): health or social care.
    #[serde(rename = "gdpr-9-2-h")]
    Gdpr9_2H,
    /// GDPR Art. 9(2)(i): public health.
    #[serde(rename = "gdpr-9-2-i")]
    Gdpr9_2I,
    /// GDPR Art. 9(2)(j): archiving, research or statistics.
    #[serde(rename = "gdpr-9-2-j")]
    Gdpr9_2J,
    /// PIPL Art. 13(1)(1): consent.
    #[serde(rename = "pipl-13-1-1")]
    Pipl13_1_1,
    /// PIPL Art. 13(1)(2): a contract, or human-resources management.
    #[serde(rename = "pipl-13-1-2")]
    Pipl13_1_2,
    /// PIPL Art. 13(1)(3): statutory duties or obligations.
    #[serde(rename = "pipl-13-1-3")]
    Pipl13_1_3,
    /// PIPL Art. 13(1)(4): a public-health emergency, or protecting life, health or property.
    #[serde(rename = "pipl-13-1-4")]
    Pipl13_1_4,
    /// PIPL Art. 13(1)(5): news reporting and public-opinion oversight in the public interest.
    #[serde(rename = "pipl-13-1-5")]
    Pipl13_1_5,
    /// PIPL Art. 13(1)(6): information the person or the law has already made public.
    #[serde(rename = "pipl-13-1-6")]
    Pipl13_1_6,
    /// PIPL Art. 13(1)(7): other cases the law provides for.
    #[serde(rename = "pipl-13-1-7")]
    Pipl13_1_7,
}

/// How long data is kept: a duration or an event, with optional free text.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Retention {
    /// A duration such as `P15D`, `P6M`, `P2Y` or `15 days`.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub duration: Option<String>,
    /// An event instead of a duration.
    #[serde(default)]
    pub until: Option<RetentionEvent>,
    /// Free text that explains the rule.
    #[serde(default)]
    pub note: Option<String>,
}

/// The events that end retention.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum RetentionEvent {
    /// Until the account is deleted.
    AccountDeletion,
    /// Until the purpose is fulfilled.
    PurposeFulfilled,
    /// Until the person withdraws consent.
    ConsentWithdrawn,
}

/// A product feature.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Feature {
    /// Stable id.
    #[schemars(with = "String")]
    pub id: String,
    /// Short name.
    pub name: String,
    /// What it does with data.
    #[serde(default)]
    pub description: Option<String>,
    /// References to data categories.
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub data: Vec<String>,
    /// References to permissions.
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub permissions: Vec<String>,
    /// Whether the feature is essential to the service.
    #[serde(default)]
    pub required: bool,
    /// `required` when the policy does not state it: then the value above is v1's
    /// default, not the author's words. (Added in v1 without a change of version.)
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unstated: Vec<String>,
}

/// A platform permission.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Permission {
    /// Stable id.
    #[schemars(with = "String")]
    pub id: String,
    /// The platform that asks for it (the first, for an entry of several).
    pub platform: Platform,
    /// Every platform, for an entry of several. (Added in v1 without a change of version.)
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub platforms: Vec<Platform>,
    /// The platform's own name, e.g. `android.permission.CAMERA` (the first of several;
    /// empty, with `identifier` in `unstated`, when the policy names it only in words).
    pub identifier: String,
    /// Every identifier, when it has several. (Added in v1 without a change of version.)
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub identifiers: Vec<String>,
    /// A readable name, e.g. "Camera".
    pub name: String,
    /// What it is used for.
    #[serde(rename = "use")]
    pub usage: String,
    /// References to features.
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub features: Vec<String>,
    /// Whether the app can work without it.
    #[serde(default)]
    pub optional: bool,
    /// `optional` when the policy does not state it: then the value above is v1's
    /// default, not the author's words. (Added in v1 without a change of version.)
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unstated: Vec<String>,
}

/// An app platform.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Platform {
    /// Android.
    Android,
    /// iOS and iPadOS.
    Ios,
    /// Web browsers.
    Web,
    /// Mini-programs inside another app. (Added in v1 without a change of version.)
    MiniProgram,
    /// Desktop apps. (Added in v1 without a change of version.)
    Desktop,
}

/// Someone outside the controller who receives data.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ThirdParty {
    /// Stable id.
    #[schemars(with = "String")]
    pub id: String,
    /// Name of the SDK or service.
    pub name: String,
    /// The company behind it.
    #[serde(default)]
    pub provider: Option<String>,
    /// What kind of recipient it is.
    pub kind: ThirdPartyKind,
    /// Why data goes there.
    pub purpose: String,
    /// References to data categories shared.
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub data: Vec<String>,
    /// Where it processes data (ISO 3166 code or name).
    #[serde(default)]
    pub country: Option<String>,
    /// Link to the recipient's own privacy policy.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub policy_url: Option<String>,
    /// How to reach the recipient about privacy (an e-mail address or a URL).
    #[serde(default)]
    pub contact: Option<String>,
    /// Internet domains it contacts to track people (Apple's `NSPrivacyTrackingDomains`).
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub tracking_domains: Vec<String>,
}

/// Kinds of recipients.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum ThirdPartyKind {
    /// A library inside the app.
    Sdk,
    /// A service that processes data on the controller's behalf.
    Processor,
    /// An independent business partner.
    Partner,
    /// A company of the same group.
    Affiliate,
    /// A public authority.
    Authority,
}

/// Where data lives and where it travels.
#[derive(Debug, Clone, Default, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Storage {
    /// Storage locations.
    #[serde(default)]
    pub locations: Vec<StorageLocation>,
    /// Cross-border transfers.
    #[serde(default)]
    pub transfers: Vec<Transfer>,
}

/// A place where data is stored.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct StorageLocation {
    /// Stable id.
    #[schemars(with = "String")]
    pub id: String,
    /// Country or region.
    pub region: String,
    /// What is stored there.
    #[serde(default)]
    pub description: Option<String>,
    /// When data is stored there, if only in some cases. (Added in v1 without a change of
    /// version.)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub condition: Option<String>,
}

/// A cross-border transfer.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Transfer {
    /// Stable id.
    #[schemars(with = "String")]
    pub id: String,
    /// The destination country or region.
    pub destination: String,
    /// The legal safeguard (`not-stated`, with `safeguard` in `unstated`, when the policy
    /// does not say).
    pub safeguard: Safeguard,
    /// When the transfer happens, if only in some cases. (Added in v1 without a change of
    /// version.)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub condition: Option<String>,
    /// `safeguard` when the policy does not state it. (Added in v1 without a change of
    /// version.)
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unstated: Vec<String>,
    /// References to the data categories transferred.
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub data: Vec<String>,
    /// References to the third parties that receive the data abroad.
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub recipients: Vec<String>,
    /// More detail.
    #[serde(default)]
    pub description: Option<String>,
}

/// Safeguards for cross-border transfers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Safeguard {
    /// An adequacy decision.
    Adequacy,
    /// Standard contractual clauses.
    StandardClauses,
    /// Binding corporate rules.
    BindingCorporateRules,
    /// The person's explicit consent.
    Consent,
    /// A security assessment by the authority (as under PIPL).
    SecurityAssessment,
    /// A certification.
    Certification,
    /// A standard contract filed with the authority. (Added in v1 without a change of
    /// version.)
    StandardContract,
    /// The person is asked to consent separately. (Added in v1 without a change of version.)
    SeparateConsent,
    /// The policy does not say. (Added in v1 without a change of version.)
    NotStated,
}

/// A right of the person, and how to use it.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Right {
    /// Stable id.
    #[schemars(with = "String")]
    pub id: String,
    /// What kind of right it is.
    pub kind: RightKind,
    /// Short name.
    pub name: String,
    /// What the right means.
    #[serde(default)]
    pub description: Option<String>,
    /// Steps to exercise it, in order.
    #[serde(default)]
    pub steps: Vec<Step>,
    /// How soon a request is answered.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub response_time: Option<String>,
    /// A web page where the right can be exercised (an absolute http:// or https:// URL).
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub url: Option<String>,
}

/// One step of exercising a right.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Step {
    /// Stable id.
    #[schemars(with = "String")]
    pub id: String,
    /// What to do (Markdown inline).
    pub text: String,
}

/// Kinds of rights.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum RightKind {
    /// To be informed.
    Information,
    /// To get a copy.
    Access,
    /// To correct.
    Correction,
    /// To delete.
    Deletion,
    /// To restrict processing.
    Restriction,
    /// To object.
    Objection,
    /// To withdraw consent.
    WithdrawConsent,
    /// To take the data elsewhere.
    Portability,
    /// To close the account.
    AccountCancellation,
    /// To complain to an authority.
    Complaint,
    /// Not to be subject to automated decisions.
    AutomatedDecisions,
    /// Rights of parents and guardians.
    Guardian,
    /// To opt out of the sale or sharing of personal information (CCPA).
    OptOut,
    /// Any other right.
    Other,
}

/// A part of the narrative.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Section {
    /// Stable id, also the anchor.
    #[schemars(with = "String")]
    pub id: String,
    /// Heading.
    pub title: String,
    /// Markdown text.
    #[serde(default)]
    pub body: Option<String>,
    /// Structured blocks shown after the body, or where the body places them. (A block
    /// with an id or a filter, a map, was added in v1 without a change of version.)
    #[serde(default)]
    pub blocks: Vec<BlockRef>,
    /// Nested sections.
    #[serde(default)]
    pub sections: Vec<Section>,
    /// `false` for a section outside the numbering (a preamble, an annex); absent when it
    /// is numbered. (Added in v1 without a change of version.)
    #[serde(default = "yes", skip_serializing_if = "is_yes")]
    pub numbered: bool,
}

fn is_yes(value: &bool) -> bool {
    *value
}

/// A block as a section lists it: its kind, or its kind with an id and a filter.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[serde(untagged)]
pub enum BlockRef {
    /// Every element of the block's list.
    Plain(Block),
    /// Some of them, or one placed by its own id.
    Filtered(FilteredBlock),
}

/// A block with an id or a filter; every filter given must hold for an element.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FilteredBlock {
    /// The kind of block.
    pub block: Block,
    /// The name the body places it by (`[](#block:core)`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Only features or data categories that state `required` as this.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub required: Option<bool>,
    /// Only permissions that state `optional` as this.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub optional: Option<bool>,
    /// Only permissions of this platform.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub platform: Option<Platform>,
    /// Cookies: only those that state `essential` as this.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub essential: Option<bool>,
    /// Only third parties of this kind.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<ThirdPartyKind>,
    /// Only these elements of the block's list, by id.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub only: Vec<String>,
}

impl Convert for model::BlockRef {
    type V1 = BlockRef;
    fn v1(&self) -> BlockRef {
        match self {
            model::BlockRef::Plain(b) => BlockRef::Plain(b.v1()),
            model::BlockRef::Filtered(model::FilteredBlock {
                block,
                id,
                required,
                optional,
                platform,
                kind,
                essential,
                only,
            }) => BlockRef::Filtered(FilteredBlock {
                block: block.v1(),
                id: id.v1(),
                required: *required,
                optional: *optional,
                platform: platform.v1(),
                kind: kind.v1(),
                essential: *essential,
                only: only.v1(),
            }),
        }
    }
}

/// A structured block that a section can embed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Block {
    /// The key points.
    KeyPoints,
    /// The purposes.
    Purposes,
    /// The data categories with items, purposes and retention.
    DataTable,
    /// Retention per data category.
    RetentionTable,
    /// Features and the data and permissions they use.
    Features,
    /// Platform permissions.
    Permissions,
    /// Third parties.
    ThirdParties,
    /// Storage locations and transfers.
    Storage,
    /// The rights and how to exercise them.
    Rights,
    /// The controller and contact details.
    Contact,
    /// The change policy.
    ChangePolicy,
    /// Lists of cases. (Added in v1 without a change of version.)
    Exceptions,
    /// Cookies and similar technologies. (Added in v1 without a change of version.)
    Cookies,
    /// The rules for minors. (Added in v1 without a change of version.)
    Minors,
}

/// What the owner counts as material, and how readers are told.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ChangePolicy {
    /// The kinds of change the owner treats as material.
    #[serde(default)]
    pub material: Vec<MaterialChange>,
    /// Free text describing material changes.
    #[serde(default)]
    pub description: Option<String>,
    /// How readers are told.
    #[serde(default)]
    pub notify: Vec<NotifyChannel>,
    /// How many days before a material change takes effect readers are told.
    #[serde(default)]
    pub notice_days: Option<u16>,
}

/// Kinds of material change.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum MaterialChange {
    /// A new purpose, or a changed use of data.
    NewPurpose,
    /// A new kind of data, or sensitive data.
    NewDataKind,
    /// A new recipient or SDK.
    NewRecipient,
    /// A new cross-border destination.
    NewTransfer,
    /// Rights removed or harder to exercise.
    RightsReduced,
    /// A changed controller, contact or complaint channel.
    ContactChanged,
    /// Data kept longer.
    LongerRetention,
    /// The audience now includes children.
    ChildrenAudience,
    /// Stricter than the built-in rules: a recipient or SDK removed.
    RemovedRecipient,
    /// Stricter than the built-in rules: any change to the text of a section or key point.
    TextChanged,
    /// Strictest: every change is material.
    AnyChange,
}

/// Ways of telling readers about a change.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum NotifyChannel {
    /// An e-mail.
    Email,
    /// A dialog or banner in the app.
    InApp,
    /// A notice on the web site.
    Website,
    /// A push notification.
    Push,
    /// A text message.
    Sms,
}

fn yes() -> bool {
    true
}

impl Convert for model::Policy {
    type V1 = Policy;
    fn v1(&self) -> Policy {
        let model::Policy {
            meta,
            purposes,
            data_categories,
            features,
            permissions,
            third_parties,
            storage,
            rights,
            minors,
            exceptions,
            cookies,
            sections,
            change_policy,
            compliance,
            translate: _,
        } = self;
        Policy {
            meta: meta.v1(),
            purposes: purposes.v1(),
            data_categories: data_categories.v1(),
            features: features.v1(),
            permissions: permissions.v1(),
            third_parties: third_parties.v1(),
            storage: storage.v1(),
            rights: rights.v1(),
            minors: minors.v1(),
            exceptions: exceptions.v1(),
            cookies: cookies.v1(),
            sections: sections.v1(),
            change_policy: change_policy.v1(),
            compliance: compliance.v1(),
        }
    }
}

impl Convert for model::Compliance {
    type V1 = Compliance;
    fn v1(&self) -> Compliance {
        let model::Compliance { waive } = self;
        Compliance { waive: waive.v1() }
    }
}

impl Convert for model::Waiver {
    type V1 = Waiver;
    fn v1(&self) -> Waiver {
        let model::Waiver {
            check,
            element,
            reason,
        } = self;
        Waiver {
            check: check.v1(),
            element: element.as_ref().map(|e| e.v1()),
            reason: reason.v1(),
        }
    }
}

impl Convert for model::Meta {
    type V1 = Meta;
    fn v1(&self) -> Meta {
        let model::Meta {
            title,
            product,
            effective,
            updated,
            controller,
            contact,
            audience,
            jurisdictions,
            // How the page lays itself out, not a fact of the policy: not in v1.
            show_jurisdictions: _,
            // Presentation too: each section says whether it is numbered.
            numbering: _,
            key_points,
        } = self;
        Meta {
            title: title.v1(),
            product: product.v1(),
            effective: effective.v1(),
            updated: updated.v1(),
            controller: controller.v1(),
            contact: contact.v1(),
            audience: audience.v1(),
            jurisdictions: jurisdictions.v1(),
            key_points: key_points.v1(),
        }
    }
}

impl Convert for model::Controller {
    type V1 = Controller;
    fn v1(&self) -> Controller {
        let model::Controller {
            name,
            registered_address,
            office_address,
        } = self;
        Controller {
            name: name.v1(),
            registered_address: registered_address.v1(),
            office_address: office_address.v1(),
        }
    }
}

impl Convert for model::Contact {
    type V1 = Contact;
    fn v1(&self) -> Contact {
        let model::Contact {
            email,
            phone,
            url,
            address,
            dpo,
            response_time,
            addresses,
            channels,
        } = self;
        Contact {
            email: email.v1(),
            phone: phone.v1(),
            url: url.v1(),
            address: address.v1(),
            dpo: dpo.v1(),
            response_time: response_time.v1(),
            addresses: addresses
                .iter()
                .map(|a| Address {
                    id: a.id.v1(),
                    role: model::code(&a.role),
                    address: a.address.v1(),
                })
                .collect(),
            channels: channels
                .iter()
                .map(|c| Channel {
                    id: c.id.v1(),
                    kind: model::code(&c.kind),
                    value: c.value.v1(),
                    label: c.label.v1(),
                    hours: c.hours.v1(),
                })
                .collect(),
        }
    }
}

impl Convert for model::Dpo {
    type V1 = Dpo;
    fn v1(&self) -> Dpo {
        let model::Dpo { name, email } = self;
        Dpo {
            name: name.v1().unwrap_or_default(),
            email: email.v1(),
            unstated: match name {
                None => vec!["name".to_string()],
                Some(_) => Vec::new(),
            },
        }
    }
}

impl Convert for model::Audience {
    type V1 = Audience;
    fn v1(&self) -> Audience {
        let model::Audience { kind, under_age } = self;
        Audience {
            kind: kind.v1(),
            under_age: under_age.v1(),
        }
    }
}

impl Convert for model::AudienceKind {
    type V1 = AudienceKind;
    fn v1(&self) -> AudienceKind {
        match self {
            model::AudienceKind::General => AudienceKind::General,
            model::AudienceKind::Children => AudienceKind::Children,
        }
    }
}

impl Convert for model::Jurisdiction {
    type V1 = Jurisdiction;
    fn v1(&self) -> Jurisdiction {
        match self {
            model::Jurisdiction::Gdpr => Jurisdiction::Gdpr,
            model::Jurisdiction::UkGdpr => Jurisdiction::UkGdpr,
            model::Jurisdiction::Pipl => Jurisdiction::Pipl,
            model::Jurisdiction::Ccpa => Jurisdiction::Ccpa,
            model::Jurisdiction::Coppa => Jurisdiction::Coppa,
            model::Jurisdiction::Lgpd => Jurisdiction::Lgpd,
            model::Jurisdiction::Appi => Jurisdiction::Appi,
            model::Jurisdiction::Pipa => Jurisdiction::Pipa,
            model::Jurisdiction::Pipeda => Jurisdiction::Pipeda,
        }
    }
}

impl Convert for model::KeyPoint {
    type V1 = KeyPoint;
    fn v1(&self) -> KeyPoint {
        let model::KeyPoint { id, text } = self;
        KeyPoint {
            id: id.v1(),
            text: text.v1(),
        }
    }
}

impl Convert for model::Purpose {
    type V1 = Purpose;
    fn v1(&self) -> Purpose {
        let model::Purpose {
            id,
            name,
            description,
            kind,
            legal_basis,
        } = self;
        Purpose {
            id: id.v1(),
            name: name.v1(),
            description: description.v1(),
            kind: kind.v1(),
            legal_bases: legal_basis
                .iter()
                .flat_map(|b| b.iter())
                .map(|b| b.v1())
                .collect(),
        }
    }
}

impl Convert for model::PurposeKind {
    type V1 = PurposeKind;
    fn v1(&self) -> PurposeKind {
        match self {
            model::PurposeKind::AppFunctionality => PurposeKind::AppFunctionality,
            model::PurposeKind::Analytics => PurposeKind::Analytics,
            model::PurposeKind::Personalization => PurposeKind::Personalization,
            model::PurposeKind::DeveloperAdvertising => PurposeKind::DeveloperAdvertising,
            model::PurposeKind::ThirdPartyAdvertising => PurposeKind::ThirdPartyAdvertising,
            model::PurposeKind::DeveloperCommunications => PurposeKind::DeveloperCommunications,
            model::PurposeKind::Security => PurposeKind::Security,
            model::PurposeKind::Compliance => PurposeKind::Compliance,
            model::PurposeKind::AccountManagement => PurposeKind::AccountManagement,
            model::PurposeKind::Other => PurposeKind::Other,
        }
    }
}

impl Convert for model::DataCategory {
    type V1 = DataCategory;
    fn v1(&self) -> DataCategory {
        let model::DataCategory {
            id,
            name,
            description,
            items,
            kind,
            sensitive,
            required,
            source,
            purposes,
            legal_basis,
            retention,
            linked,
            tracking,
            ephemeral,
            encrypted_in_transit,
            deletable,
            shared,
            sold,
            store_types,
        } = self;
        DataCategory {
            id: id.v1(),
            name: name.v1(),
            description: description.v1(),
            items: items.v1(),
            kind: kind.v1(),
            sensitive: sensitive.v1(),
            required: required.unwrap_or(false),
            source: first(source),
            sources: several(source),
            purposes: purposes.v1(),
            legal_basis: legal_basis.as_ref().map(first),
            legal_bases: legal_basis.as_ref().map(several).unwrap_or_default(),
            retention: retention.v1(),
            linked: linked.unwrap_or(true),
            tracking: tracking.unwrap_or(false),
            ephemeral: ephemeral.unwrap_or(false),
            encrypted_in_transit: encrypted_in_transit.unwrap_or(true),
            deletable: deletable.v1(),
            shared: shared.v1(),
            sold: sold.v1(),
            store_types: store_types.v1(),
            unstated: unstated(&[
                ("linked", linked),
                ("tracking", tracking),
                ("ephemeral", ephemeral),
                ("encrypted_in_transit", encrypted_in_transit),
                ("required", required),
            ]),
        }
    }
}

/// The names of the facts that are not stated, in the order given.
fn unstated(facts: &[(&str, &Option<bool>)]) -> Vec<String> {
    facts
        .iter()
        .filter(|(_, v)| v.is_none())
        .map(|(name, _)| name.to_string())
        .collect()
}

impl Convert for model::StoreType {
    type V1 = StoreType;
    fn v1(&self) -> StoreType {
        match self {
            model::StoreType::Name => StoreType::Name,
            model::StoreType::EmailAddress => StoreType::EmailAddress,
            model::StoreType::PhoneNumber => StoreType::PhoneNumber,
            model::StoreType::PhysicalAddress => StoreType::PhysicalAddress,
            model::StoreType::OtherContactInfo => StoreType::OtherContactInfo,
            model::StoreType::UserId => StoreType::UserId,
            model::StoreType::DeviceId => StoreType::DeviceId,
            model::StoreType::RaceOrEthnicity => StoreType::RaceOrEthnicity,
            model::StoreType::PoliticalOrReligiousBeliefs => StoreType::PoliticalOrReligiousBeliefs,
            model::StoreType::SexualOrientation => StoreType::SexualOrientation,
            model::StoreType::Biometric => StoreType::Biometric,
            model::StoreType::OtherPersonalInfo => StoreType::OtherPersonalInfo,
            model::StoreType::PaymentInfo => StoreType::PaymentInfo,
            model::StoreType::PurchaseHistory => StoreType::PurchaseHistory,
            model::StoreType::CreditInfo => StoreType::CreditInfo,
            model::StoreType::OtherFinancialInfo => StoreType::OtherFinancialInfo,
            model::StoreType::PreciseLocation => StoreType::PreciseLocation,
            model::StoreType::CoarseLocation => StoreType::CoarseLocation,
            model::StoreType::BrowsingHistory => StoreType::BrowsingHistory,
            model::StoreType::SearchHistory => StoreType::SearchHistory,
            model::StoreType::Emails => StoreType::Emails,
            model::StoreType::TextMessages => StoreType::TextMessages,
            model::StoreType::InAppMessages => StoreType::InAppMessages,
            model::StoreType::Photos => StoreType::Photos,
            model::StoreType::Videos => StoreType::Videos,
            model::StoreType::AudioRecordings => StoreType::AudioRecordings,
            model::StoreType::Music => StoreType::Music,
            model::StoreType::OtherAudio => StoreType::OtherAudio,
            model::StoreType::Health => StoreType::Health,
            model::StoreType::Fitness => StoreType::Fitness,
            model::StoreType::Contacts => StoreType::Contacts,
            model::StoreType::Calendar => StoreType::Calendar,
            model::StoreType::FilesAndDocs => StoreType::FilesAndDocs,
            model::StoreType::GameplayContent => StoreType::GameplayContent,
            model::StoreType::CustomerSupport => StoreType::CustomerSupport,
            model::StoreType::OtherUserContent => StoreType::OtherUserContent,
            model::StoreType::ProductInteraction => StoreType::ProductInteraction,
            model::StoreType::InstalledApps => StoreType::InstalledApps,
            model::StoreType::AdvertisingData => StoreType::AdvertisingData,
            model::StoreType::OtherUsageData => StoreType::OtherUsageData,
            model::StoreType::CrashData => StoreType::CrashData,
            model::StoreType::PerformanceData => StoreType::PerformanceData,
            model::StoreType::OtherDiagnosticData => StoreType::OtherDiagnosticData,
            model::StoreType::OtherDataTypes => StoreType::OtherDataTypes,
        }
    }
}

impl Convert for model::Item {
    type V1 = Item;
    fn v1(&self) -> Item {
        let model::Item {
            id,
            name,
            store_type,
            sensitive,
        } = self;
        Item {
            id: id.v1(),
            name: name.v1(),
            store_type: store_type.v1(),
            sensitive: *sensitive,
        }
    }
}

impl Convert for model::DataKind {
    type V1 = DataKind;
    fn v1(&self) -> DataKind {
        match self {
            model::DataKind::Basic => DataKind::Basic,
            model::DataKind::Identity => DataKind::Identity,
            model::DataKind::Contact => DataKind::Contact,
            model::DataKind::Biometric => DataKind::Biometric,
            model::DataKind::Location => DataKind::Location,
            model::DataKind::Device => DataKind::Device,
            model::DataKind::Usage => DataKind::Usage,
            model::DataKind::Content => DataKind::Content,
            model::DataKind::ContactsList => DataKind::ContactsList,
            model::DataKind::Financial => DataKind::Financial,
            model::DataKind::Health => DataKind::Health,
            model::DataKind::Advertising => DataKind::Advertising,
            model::DataKind::Other => DataKind::Other,
        }
    }
}

impl Convert for model::Source {
    type V1 = Source;
    fn v1(&self) -> Source {
        match self {
            model::Source::User => Source::User,
            model::Source::Automatic => Source::Automatic,
            model::Source::ThirdParty => Source::ThirdParty,
        }
    }
}

impl Convert for model::LegalBasis {
    type V1 = LegalBasis;
    fn v1(&self) -> LegalBasis {
        match self {
            model::LegalBasis::Consent => LegalBasis::Consent,
            model::LegalBasis::Contract => LegalBasis::Contract,
            model::LegalBasis::LegalObligation => LegalBasis::LegalObligation,
            model::LegalBasis::VitalInterests => LegalBasis::VitalInterests,
            model::LegalBasis::PublicTask => LegalBasis::PublicTask,
            model::LegalBasis::LegitimateInterests => LegalBasis::LegitimateInterests,
            model::LegalBasis::Gdpr6_1A => LegalBasis::Gdpr6_1A,
            model::LegalBasis::Gdpr6_1B => LegalBasis::Gdpr6_1B,
            model::LegalBasis::Gdpr6_1C => LegalBasis::Gdpr6_1C,
            model::LegalBasis::Gdpr6_1D => LegalBasis::Gdpr6_1D,
            model::LegalBasis::Gdpr6_1E => LegalBasis::Gdpr6_1E,
            model::LegalBasis::Gdpr6_1F => LegalBasis::Gdpr6_1F,
            model::LegalBasis::Gdpr9_2A => LegalBasis::Gdpr9_2A,
            model::LegalBasis::Gdpr9_2B => LegalBasis::Gdpr9_2B,
            model::LegalBasis::Gdpr9_2C => LegalBasis::Gdpr9_2C,
            model::LegalBasis::Gdpr9_2D => LegalBasis::Gdpr9_2D,
            model::LegalBasis::Gdpr9_2E => LegalBasis::Gdpr9_2E,
            model::LegalBasis::Gdpr9_2F => LegalBasis::Gdpr9_2F,
            model::LegalBasis::Gdpr9_2G => LegalBasis::Gdpr9_2G,
            model::LegalBasis::Gdpr9_2H => LegalBasis::Gdpr9_2H,
            model::LegalBasis::Gdpr9_2I => LegalBasis::Gdpr9_2I,
            model::LegalBasis::Gdpr9_2J => LegalBasis::Gdpr9_2J,
            model::LegalBasis::Pipl13_1_1 => LegalBasis::Pipl13_1_1,
            model::LegalBasis::Pipl13_1_2 => LegalBasis::Pipl13_1_2,
            model::LegalBasis::Pipl13_1_3 => LegalBasis::Pipl13_1_3,
            model::LegalBasis::Pipl13_1_4 => LegalBasis::Pipl13_1_4,
            model::LegalBasis::Pipl13_1_5 => LegalBasis::Pipl13_1_5,
            model::LegalBasis::Pipl13_1_6 => LegalBasis::Pipl13_1_6,
            model::LegalBasis::Pipl13_1_7 => LegalBasis::Pipl13_1_7,
        }
    }
}

impl Convert for model::Retention {
    type V1 = Retention;
    fn v1(&self) -> Retention {
        let model::Retention {
            duration,
            until,
            note,
        } = self;
        Retention {
            duration: duration.v1(),
            until: until.v1(),
            note: note.v1(),
        }
    }
}

impl Convert for model::RetentionEvent {
    type V1 = RetentionEvent;
    fn v1(&self) -> RetentionEvent {
        match self {
            model::RetentionEvent::AccountDeletion => RetentionEvent::AccountDeletion,
            model::RetentionEvent::PurposeFulfilled => RetentionEvent::PurposeFulfilled,
            model::RetentionEvent::ConsentWithdrawn => RetentionEvent::ConsentWithdrawn,
        }
    }
}

impl Convert for model::Feature {
    type V1 = Feature;
    fn v1(&self) -> Feature {
        let model::Feature {
            id,
            name,
            description,
            data,
            permissions,
            required,
        } = self;
        Feature {
            id: id.v1(),
            name: name.v1(),
            description: description.v1(),
            data: data.v1(),
            permissions: permissions.v1(),
            required: required.unwrap_or(false),
            unstated: unstated(&[("required", required)]),
        }
    }
}

impl Convert for model::Permission {
    type V1 = Permission;
    fn v1(&self) -> Permission {
        let model::Permission {
            id,
            platform,
            identifier,
            name,
            usage,
            features,
            optional,
        } = self;
        let mut unstated = unstated(&[("optional", optional)]);
        if identifier.is_none() {
            unstated.insert(0, "identifier".to_string());
        }
        Permission {
            id: id.v1(),
            platform: first(platform),
            platforms: several(platform),
            identifier: identifier.as_ref().map(first).unwrap_or_default(),
            identifiers: identifier.as_ref().map(several).unwrap_or_default(),
            name: name.v1(),
            usage: usage.v1(),
            features: features.v1(),
            optional: optional.unwrap_or(false),
            unstated,
        }
    }
}

/// The first of one or several values (v1's field from before several were allowed).
fn first<T: Convert + Clone>(values: &OneOrMany<T>) -> T::V1 {
    values.first().expect("a value is required when read").v1()
}

/// Every value, when there are several (none for one, which the field beside it holds).
fn several<T: Convert>(values: &OneOrMany<T>) -> Vec<T::V1> {
    match values.len() {
        1 => Vec::new(),
        _ => values.iter().map(Convert::v1).collect(),
    }
}

impl Convert for model::Platform {
    type V1 = Platform;
    fn v1(&self) -> Platform {
        match self {
            model::Platform::Android => Platform::Android,
            model::Platform::Ios => Platform::Ios,
            model::Platform::Web => Platform::Web,
            model::Platform::MiniProgram => Platform::MiniProgram,
            model::Platform::Desktop => Platform::Desktop,
        }
    }
}

impl Convert for model::ThirdParty {
    type V1 = ThirdParty;
    fn v1(&self) -> ThirdParty {
        let model::ThirdParty {
            id,
            name,
            provider,
            kind,
            purpose,
            data,
            country,
            policy_url,
            contact,
            tracking_domains,
        } = self;
        ThirdParty {
            id: id.v1(),
            name: name.v1(),
            provider: provider.v1(),
            kind: kind.v1(),
            purpose: purpose.v1(),
            data: data.v1(),
            country: country.v1(),
            policy_url: policy_url.v1(),
            contact: contact.v1(),
            tracking_domains: tracking_domains.v1(),
        }
    }
}

impl Convert for model::ThirdPartyKind {
    type V1 = ThirdPartyKind;
    fn v1(&self) -> ThirdPartyKind {
        match self {
            model::ThirdPartyKind::Sdk => ThirdPartyKind::Sdk,
            model::ThirdPartyKind::Processor => ThirdPartyKind::Processor,
            model::ThirdPartyKind::Partner => ThirdPartyKind::Partner,
            model::ThirdPartyKind::Affiliate => ThirdPartyKind::Affiliate,
            model::ThirdPartyKind::Authority => ThirdPartyKind::Authority,
        }
    }
}

impl Convert for model::Storage {
    type V1 = Storage;
    fn v1(&self) -> Storage {
        let model::Storage {
            locations,
            transfers,
        } = self;
        Storage {
            locations: locations.v1(),
            transfers: transfers.v1(),
        }
    }
}

impl Convert for model::StorageLocation {
    type V1 = StorageLocation;
    fn v1(&self) -> StorageLocation {
        let model::StorageLocation {
            id,
            region,
            description,
            condition,
        } = self;
        StorageLocation {
            id: id.v1(),
            region: region.v1(),
            description: description.v1(),
            condition: condition.v1(),
        }
    }
}

impl Convert for model::Transfer {
    type V1 = Transfer;
    fn v1(&self) -> Transfer {
        let model::Transfer {
            id,
            destination,
            safeguard,
            condition,
            data,
            recipients,
            description,
        } = self;
        Transfer {
            id: id.v1(),
            destination: destination.v1(),
            safeguard: safeguard.v1().unwrap_or(Safeguard::NotStated),
            condition: condition.v1(),
            unstated: match safeguard {
                None => vec!["safeguard".to_string()],
                Some(_) => Vec::new(),
            },
            data: data.v1(),
            recipients: recipients.v1(),
            description: description.v1(),
        }
    }
}

impl Convert for model::Safeguard {
    type V1 = Safeguard;
    fn v1(&self) -> Safeguard {
        match self {
            model::Safeguard::Adequacy => Safeguard::Adequacy,
            model::Safeguard::StandardClauses => Safeguard::StandardClauses,
            model::Safeguard::BindingCorporateRules => Safeguard::BindingCorporateRules,
            model::Safeguard::Consent => Safeguard::Consent,
            model::Safeguard::SecurityAssessment => Safeguard::SecurityAssessment,
            model::Safeguard::Certification => Safeguard::Certification,
            model::Safeguard::StandardContract => Safeguard::StandardContract,
            model::Safeguard::SeparateConsent => Safeguard::SeparateConsent,
        }
    }
}

impl Convert for model::Right {
    type V1 = Right;
    fn v1(&self) -> Right {
        let model::Right {
            id,
            kind,
            name,
            description,
            steps,
            response_time,
            url,
        } = self;
        Right {
            id: id.v1(),
            kind: kind.v1(),
            name: name.v1(),
            description: description.v1(),
            steps: steps.v1(),
            response_time: response_time.v1(),
            url: url.v1(),
        }
    }
}

impl Convert for model::Step {
    type V1 = Step;
    fn v1(&self) -> Step {
        let model::Step { id, text } = self;
        Step {
            id: id.v1(),
            text: text.v1(),
        }
    }
}

impl Convert for model::RightKind {
    type V1 = RightKind;
    fn v1(&self) -> RightKind {
        match self {
            model::RightKind::Information => RightKind::Information,
            model::RightKind::Access => RightKind::Access,
            model::RightKind::Correction => RightKind::Correction,
            model::RightKind::Deletion => RightKind::Deletion,
            model::RightKind::Restriction => RightKind::Restriction,
            model::RightKind::Objection => RightKind::Objection,
            model::RightKind::WithdrawConsent => RightKind::WithdrawConsent,
            model::RightKind::Portability => RightKind::Portability,
            model::RightKind::AccountCancellation => RightKind::AccountCancellation,
            model::RightKind::Complaint => RightKind::Complaint,
            model::RightKind::AutomatedDecisions => RightKind::AutomatedDecisions,
            model::RightKind::Guardian => RightKind::Guardian,
            model::RightKind::OptOut => RightKind::OptOut,
            model::RightKind::Other => RightKind::Other,
        }
    }
}

impl Convert for model::Section {
    type V1 = Section;
    fn v1(&self) -> Section {
        let model::Section {
            id,
            title,
            body,
            blocks,
            sections,
            numbered,
        } = self;
        Section {
            id: id.v1(),
            title: title.v1(),
            body: body.v1(),
            blocks: blocks.v1(),
            sections: sections.v1(),
            numbered: *numbered,
        }
    }
}

impl Convert for model::Block {
    type V1 = Block;
    fn v1(&self) -> Block {
        match self {
            model::Block::KeyPoints => Block::KeyPoints,
            model::Block::Purposes => Block::Purposes,
            model::Block::DataTable => Block::DataTable,
            model::Block::RetentionTable => Block::RetentionTable,
            model::Block::Features => Block::Features,
            model::Block::Permissions => Block::Permissions,
            model::Block::ThirdParties => Block::ThirdParties,
            model::Block::Storage => Block::Storage,
            model::Block::Rights => Block::Rights,
            model::Block::Contact => Block::Contact,
            model::Block::ChangePolicy => Block::ChangePolicy,
            model::Block::Exceptions => Block::Exceptions,
            model::Block::Cookies => Block::Cookies,
            model::Block::Minors => Block::Minors,
        }
    }
}

impl Convert for model::ChangePolicy {
    type V1 = ChangePolicy;
    fn v1(&self) -> ChangePolicy {
        let model::ChangePolicy {
            material,
            description,
            notify,
            notice_days,
        } = self;
        ChangePolicy {
            material: material.v1(),
            description: description.v1(),
            notify: notify.v1(),
            notice_days: notice_days.v1(),
        }
    }
}

impl Convert for model::MaterialChange {
    type V1 = MaterialChange;
    fn v1(&self) -> MaterialChange {
        match self {
            model::MaterialChange::NewPurpose => MaterialChange::NewPurpose,
            model::MaterialChange::NewDataKind => MaterialChange::NewDataKind,
            model::MaterialChange::NewRecipient => MaterialChange::NewRecipient,
            model::MaterialChange::NewTransfer => MaterialChange::NewTransfer,
            model::MaterialChange::RightsReduced => MaterialChange::RightsReduced,
            model::MaterialChange::ContactChanged => MaterialChange::ContactChanged,
            model::MaterialChange::LongerRetention => MaterialChange::LongerRetention,
            model::MaterialChange::ChildrenAudience => MaterialChange::ChildrenAudience,
            model::MaterialChange::RemovedRecipient => MaterialChange::RemovedRecipient,
            model::MaterialChange::TextChanged => MaterialChange::TextChanged,
            model::MaterialChange::AnyChange => MaterialChange::AnyChange,
        }
    }
}

impl Convert for model::NotifyChannel {
    type V1 = NotifyChannel;
    fn v1(&self) -> NotifyChannel {
        match self {
            model::NotifyChannel::Email => NotifyChannel::Email,
            model::NotifyChannel::InApp => NotifyChannel::InApp,
            model::NotifyChannel::Website => NotifyChannel::Website,
            model::NotifyChannel::Push => NotifyChannel::Push,
            model::NotifyChannel::Sms => NotifyChannel::Sms,
        }
    }
}

/// The rules for minors under one age.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct MinorTier {
    /// Stable id.
    pub id: String,
    /// The age under which the rules apply: `14` means under 14.
    pub under_age: u8,
    /// The author's heading.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Whose consent is asked; absent when unstated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub consent: Option<MinorConsent>,
    /// How a guardian's consent is asked for and checked (Markdown inline).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub consent_method: Option<String>,
    /// The rules that apply, in order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rules: Vec<MinorRule>,
    /// The ids of the rights a parent or guardian may exercise for them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub guardian_rights: Vec<String>,
}

/// Whose consent the processing of a minor's data needs.
#[derive(Debug, Clone, Copy, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum MinorConsent {
    /// A parent's or guardian's.
    Guardian,
    /// Both a guardian's and the minor's own.
    GuardianAndMinor,
    /// The minor's own.
    Minor,
}

/// One rule that applies to minors of a tier.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct MinorRule {
    /// Stable id.
    pub id: String,
    /// The rule (Markdown inline).
    pub text: String,
}

impl Convert for model::MinorTier {
    type V1 = MinorTier;
    fn v1(&self) -> MinorTier {
        let model::MinorTier {
            id,
            under_age,
            name,
            consent,
            consent_method,
            rules,
            guardian_rights,
        } = self;
        MinorTier {
            id: id.v1(),
            under_age: under_age.value,
            name: name.v1(),
            consent: consent.v1(),
            consent_method: consent_method.v1(),
            rules: rules.v1(),
            guardian_rights: guardian_rights.v1(),
        }
    }
}

impl Convert for model::MinorConsent {
    type V1 = MinorConsent;
    fn v1(&self) -> MinorConsent {
        match self {
            model::MinorConsent::Guardian => MinorConsent::Guardian,
            model::MinorConsent::GuardianAndMinor => MinorConsent::GuardianAndMinor,
            model::MinorConsent::Minor => MinorConsent::Minor,
        }
    }
}

impl Convert for model::MinorRule {
    type V1 = MinorRule;
    fn v1(&self) -> MinorRule {
        let model::MinorRule { id, text } = self;
        MinorRule {
            id: id.v1(),
            text: text.v1(),
        }
    }
}

/// A list of cases, each with an id.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ExceptionList {
    /// Stable id.
    pub id: String,
    /// What the cases are cases of.
    pub kind: ExceptionKind,
    /// The author's heading.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The cases, in order.
    pub items: Vec<Exception>,
}

/// What a list of cases lists.
#[derive(Debug, Clone, Copy, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum ExceptionKind {
    /// When personal data is processed without the person's consent.
    ProcessingWithoutConsent,
    /// When personal data is shared or disclosed without consent.
    SharingWithoutConsent,
    /// When a request may be refused.
    RefusalCases,
    /// When a person may ask for their data to be deleted.
    DeletionCases,
    /// When data may be stored outside the country it is collected in.
    StorageAbroad,
    /// Any other list.
    Other,
}

/// One case of a list.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Exception {
    /// Stable id.
    pub id: String,
    /// The case in the author's words (Markdown inline).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// The legal basis the case rests on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub basis: Option<LegalBasis>,
}

/// A cookie or a similar technology.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Cookie {
    /// Stable id.
    pub id: String,
    /// Its own name, as stored.
    pub name: String,
    /// What kind of technology it is.
    pub kind: CookieKind,
    /// The id of the third party that sets or reads it; the controller when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub third_party: Option<String>,
    /// What it is for.
    pub purpose: String,
    /// How long it lasts, as written: an ISO 8601 duration, words, or `session`.
    pub duration: String,
    /// Whether it is strictly necessary; absent when unstated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub essential: Option<bool>,
}

/// Kinds of cookies and similar technologies.
#[derive(Debug, Clone, Copy, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum CookieKind {
    /// An HTTP cookie.
    Cookie,
    /// Browser local or session storage.
    LocalStorage,
    /// A web beacon or tracking pixel.
    WebBeacon,
    /// An identifier an SDK keeps on the device.
    SdkIdentifier,
    /// Anything else of the kind.
    Other,
}

impl Convert for model::ExceptionList {
    type V1 = ExceptionList;
    fn v1(&self) -> ExceptionList {
        let model::ExceptionList {
            id,
            kind,
            title,
            items,
        } = self;
        ExceptionList {
            id: id.v1(),
            kind: kind.v1(),
            title: title.v1(),
            items: items.v1(),
        }
    }
}

impl Convert for model::ExceptionKind {
    type V1 = ExceptionKind;
    fn v1(&self) -> ExceptionKind {
        match self {
            model::ExceptionKind::ProcessingWithoutConsent => {
                ExceptionKind::ProcessingWithoutConsent
            }
            model::ExceptionKind::SharingWithoutConsent => ExceptionKind::SharingWithoutConsent,
            model::ExceptionKind::RefusalCases => ExceptionKind::RefusalCases,
            model::ExceptionKind::DeletionCases => ExceptionKind::DeletionCases,
            model::ExceptionKind::StorageAbroad => ExceptionKind::StorageAbroad,
            model::ExceptionKind::Other => ExceptionKind::Other,
        }
    }
}

impl Convert for model::Exception {
    type V1 = Exception;
    fn v1(&self) -> Exception {
        let model::Exception { id, text, basis } = self;
        Exception {
            id: id.v1(),
            text: text.v1(),
            basis: basis.v1(),
        }
    }
}

impl Convert for model::Cookie {
    type V1 = Cookie;
    fn v1(&self) -> Cookie {
        let model::Cookie {
            id,
            name,
            kind,
            third_party,
            purpose,
            duration,
            essential,
        } = self;
        Cookie {
            id: id.v1(),
            name: name.v1(),
            kind: kind.v1(),
            third_party: third_party.v1(),
            purpose: purpose.v1(),
            duration: duration.v1(),
            essential: *essential,
        }
    }
}

impl Convert for model::CookieKind {
    type V1 = CookieKind;
    fn v1(&self) -> CookieKind {
        match self {
            model::CookieKind::Cookie => CookieKind::Cookie,
            model::CookieKind::LocalStorage => CookieKind::LocalStorage,
            model::CookieKind::WebBeacon => CookieKind::WebBeacon,
            model::CookieKind::SdkIdentifier => CookieKind::SdkIdentifier,
            model::CookieKind::Other => CookieKind::Other,
        }
    }
}
