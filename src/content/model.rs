//! The policy model: what `policy.yaml` can express.
//!
//! Every struct denies unknown fields, so a typo is an error rather than silently ignored
//! text. Ids and references carry their source location (`Spanned`) so that validation can
//! point at the exact line and column of a bad value.

use super::date::Date;
use super::duration::{Duration, Period};
use super::stated::Stated;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_saphyr::Spanned;
use std::collections::BTreeMap;

pub use super::many::OneOrMany;
pub use super::refs::Ref;
pub use super::text::Text;

/// An id or a reference to one, with where it was written.
pub type Id = Spanned<String>;

/// A whole policy: the working draft in `content/<policy>/policy.yaml`.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
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
    /// The rules for minors, by age: whose consent is asked, how a guardian's consent is
    /// obtained, what applies to them and what a guardian may do for them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub minors: Vec<MinorTier>,
    /// Lists of cases that recur in policies: when data is processed or shared without
    /// consent, when a request may be refused, when deletion may be asked for.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub exceptions: Vec<ExceptionList>,
    /// Cookies and similar technologies: local storage, web beacons, SDK identifiers.
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
    /// Which texts are translated: translation key or pattern (`*` for one id, as in
    /// `third_parties.*.name`) → `false` for a text that stays as written in every language
    /// (a brand, a legal name), `true` for a name translators should translate after all.
    /// Names (`meta.product`, the controller's and the DPO's) are `false` unless listed.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub translate: BTreeMap<String, bool>,
}

/// The owner's decisions about `clause check`'s reviews.
#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Compliance {
    /// Checks set aside, each with the reason (e.g. no DPO is required).
    #[serde(default)]
    pub waive: Vec<Waiver>,
}

/// One check set aside.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Waiver {
    /// The check, as `clause check` names it: `gdpr.dpo`, `consistency.sensitive-not-marked`.
    #[schemars(with = "String")]
    pub check: Id,
    /// For a consistency rule: the one element it is set aside for (a permission's,
    /// category's or third party's id); without it, the rule is set aside everywhere.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Option<String>")]
    pub element: Option<Id>,
    /// Why it does not apply, for reviewers of policy.yaml; never published.
    pub reason: String,
}

/// Facts about the policy as a whole.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Meta {
    /// The document title, e.g. "Privacy Policy".
    pub title: Text,
    /// The product or service the policy covers.
    pub product: Text,
    /// The date this text takes effect (for the working draft; releases record their own).
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub effective: Option<Spanned<Stated<Date>>>,
    /// The date the text was last changed.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub updated: Option<Spanned<Stated<Date>>>,
    /// Who decides why and how personal data is processed.
    pub controller: Controller,
    /// How to reach the controller about privacy; optional as a whole (a policy may name
    /// only a feedback channel elsewhere), though the laws' checklists ask for it.
    #[serde(default)]
    pub contact: Contact,
    /// Who the service is for.
    #[serde(default)]
    #[schemars(with = "Option<Audience>")]
    pub audience: Option<Spanned<Audience>>,
    /// The laws the policy is written for, as short codes.
    #[serde(default)]
    #[schemars(with = "Vec<Jurisdiction>")]
    pub jurisdictions: Vec<Spanned<Jurisdiction>>,
    /// Whether the page lists the laws above ("Laws this policy addresses"); they always
    /// steer the checks and the legal terms the page uses.
    #[serde(default)]
    pub show_jurisdictions: bool,
    /// How its sections are numbered, a style per level (overrides `clause.yaml`'s).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub numbering: Option<Vec<crate::content::numbering::NumberStyle>>,
    /// The few sentences a reader sees first.
    #[serde(default)]
    pub key_points: Vec<KeyPoint>,
}

/// The legal entity responsible for the data.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Controller {
    /// Full legal name.
    pub name: Text,
    /// Registered address, as written on official documents.
    #[serde(default)]
    pub registered_address: Option<Text>,
    /// Office address, where it differs from the registered one.
    #[serde(default)]
    pub office_address: Option<Text>,
}

/// Contact details for privacy questions.
#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    /// E-mail address.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub email: Option<Spanned<String>>,
    /// Telephone number, in international form.
    #[serde(default)]
    pub phone: Option<String>,
    /// A web form or help page (an absolute http:// or https:// URL).
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub url: Option<Spanned<String>>,
    /// Postal address.
    #[serde(default)]
    pub address: Option<Text>,
    /// The data-protection officer, where one is appointed.
    #[serde(default)]
    pub dpo: Option<Dpo>,
    /// How soon a request is answered.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub response_time: Option<Spanned<Stated<Period>>>,
    /// More addresses, each with its role (an EU representative's, the DPO's, a mailing
    /// address).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub addresses: Vec<Address>,
    /// More ways to reach the controller, each with its hours (a hotline, a chat, a page
    /// in the app).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub channels: Vec<Channel>,
}

/// An address and what it is for.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Address {
    /// Stable id.
    #[schemars(with = "String")]
    pub id: Id,
    /// Whose address it is, or what for.
    pub role: AddressRole,
    /// The address, as written on letters.
    pub address: Text,
}

/// What an address is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum AddressRole {
    /// The registered office.
    Registered,
    /// An office.
    Office,
    /// Where letters about privacy go.
    Postal,
    /// The representative in the EU or the UK (GDPR Art. 27).
    Representative,
    /// The data-protection officer's.
    Dpo,
    /// Any other.
    Other,
}

/// A way to reach the controller.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Channel {
    /// Stable id.
    #[schemars(with = "String")]
    pub id: Id,
    /// What kind of channel it is.
    pub kind: ChannelKind,
    /// The address, number or URL; for a page in the app, leave it out and say where in
    /// `label`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Option<String>")]
    pub value: Option<Spanned<String>>,
    /// What it is, in the reader's words ("Customer service hotline", "Me → Help").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<Text>,
    /// When it is answered ("Monday to Friday, 9:00–18:00 (UTC+8)").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hours: Option<Text>,
}

/// Kinds of contact channels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum ChannelKind {
    /// An e-mail address.
    Email,
    /// A telephone number.
    Phone,
    /// A web page or form.
    Web,
    /// An online chat.
    Chat,
    /// A page or feature inside the app.
    InApp,
    /// Anything else.
    Other,
}

/// A data-protection officer.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Dpo {
    /// Name; left out when the policy gives the role alone (the page says "Data
    /// protection officer").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<Text>,
    /// E-mail address.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub email: Option<Spanned<String>>,
}

/// Who the service is meant for.
#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema)]
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
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum AudienceKind {
    /// Adults and teenagers.
    #[default]
    General,
    /// A service directed at children.
    Children,
}

/// A law or regime the policy addresses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
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
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct KeyPoint {
    /// Stable id.
    #[schemars(with = "String")]
    pub id: Id,
    /// The sentence itself (Markdown inline).
    pub text: Text,
}

/// Why data is processed.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Purpose {
    /// Stable id.
    #[schemars(with = "String")]
    pub id: Id,
    /// Short name.
    pub name: Text,
    /// What it means in practice.
    #[serde(default)]
    pub description: Option<Text>,
    /// What kind of purpose it is, for the app-store labels (`other` when not given).
    #[serde(default)]
    pub kind: Option<PurposeKind>,
    /// The legal basis for processing for this purpose: one or several.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub legal_basis: Option<OneOrMany<LegalBasis>>,
}

/// Kinds of purposes, as the app stores distinguish them (see docs/compliance.md).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, Serialize, JsonSchema,
)]
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
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DataCategory {
    /// Stable id.
    #[schemars(with = "String")]
    pub id: Id,
    /// Short name.
    pub name: Text,
    /// Longer explanation.
    #[serde(default)]
    pub description: Option<Text>,
    /// The individual items collected.
    #[serde(default)]
    pub items: Vec<Item>,
    /// What kind of data this is.
    pub kind: DataKind,
    /// Whether the law treats it as sensitive (special-category) data.
    #[serde(default)]
    pub sensitive: bool,
    /// Whether the service cannot work without it; unstated when not given.
    #[serde(default)]
    pub required: Option<bool>,
    /// Where it comes from: one source or several (`[user, automatic]`).
    pub source: OneOrMany<Source>,
    /// References to purposes.
    #[schemars(with = "Vec<String>")]
    pub purposes: Vec<Ref<Purpose>>,
    /// The legal basis for processing: one or several.
    #[serde(default)]
    pub legal_basis: Option<OneOrMany<LegalBasis>>,
    /// How long it is kept.
    #[schemars(with = "Retention")]
    pub retention: Spanned<Retention>,
    /// Whether it is linked to the person's identity (Apple: "linked to you"); unstated when
    /// not given, and shown as unstated.
    #[serde(default)]
    pub linked: Option<bool>,
    /// Whether it is used to track the person across other companies' apps and sites;
    /// unstated when not given.
    #[serde(default)]
    pub tracking: Option<bool>,
    /// Whether it is only processed in memory and never stored (Google: "ephemeral");
    /// unstated when not given.
    #[serde(default)]
    pub ephemeral: Option<bool>,
    /// Whether it is encrypted in transit; unstated when not given.
    #[serde(default)]
    pub encrypted_in_transit: Option<bool>,
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
}

impl DataCategory {
    /// Its legal bases: its own, or else those of the purposes it serves.
    pub fn bases(&self, policy: &Policy) -> Vec<LegalBasis> {
        if let Some(own) = &self.legal_basis {
            return own.to_vec();
        }
        let mut out: Vec<LegalBasis> = Vec::new();
        for p in self.purposes.iter().filter_map(|r| r.get(policy)) {
            for b in p.legal_basis.iter().flat_map(|b| b.iter()) {
                if !out.contains(b) {
                    out.push(*b);
                }
            }
        }
        out
    }

    /// Whether one of its bases gives `ground`.
    pub fn rests_on(&self, policy: &Policy, ground: Ground) -> bool {
        self.bases(policy).iter().any(|b| b.ground() == ground)
    }
}

/// The data types the app stores know, in Clause's words; docs/compliance.md maps each to
/// Apple's and Google's constants.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, Serialize, JsonSchema,
)]
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
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Item {
    /// Stable id.
    #[schemars(with = "String")]
    pub id: Id,
    /// What the reader sees.
    pub name: Text,
    /// The app-store data type it is; when not given, its id may say (`email`,
    /// `parent-phone-number`: docs/compliance.md lists the words).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub store_type: Option<StoreType>,
    /// Whether this item alone is sensitive data (the phone number inside basic
    /// information), when the category as a whole is not.
    #[serde(default, skip_serializing_if = "is_false")]
    pub sensitive: bool,
}

fn is_false(value: &bool) -> bool {
    !*value
}

/// The kinds of personal data.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Source {
    /// The person gives it.
    User,
    /// Collected automatically while the service is used.
    Automatic,
    /// Received from someone else.
    ThirdParty,
}

/// A legal basis for processing: a general one (GDPR Art. 6 and equivalents), or the
/// provision of a law that grants it, as a code (`gdpr-6-1-a`, `gdpr-9-2-e`, `pipl-13-1-5`).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, Serialize, JsonSchema,
)]
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
    /// GDPR Art. 6(1)(a): consent.
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

/// The ground a legal basis gives, as a reader names it (`basis-<ground>` in the UI strings).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Ground {
    Consent,
    ExplicitConsent,
    Contract,
    ContractOrHr,
    LegalObligation,
    VitalInterests,
    PublicTask,
    LegitimateInterests,
    Employment,
    NonprofitBody,
    MadePublic,
    LegalClaims,
    SubstantialPublicInterest,
    HealthCare,
    PublicHealth,
    Research,
    Emergency,
    NewsReporting,
    OtherLaw,
}

impl LegalBasis {
    /// What it allows, whichever way it is written.
    pub fn ground(self) -> Ground {
        use LegalBasis as B;
        match self {
            B::Consent | B::Gdpr6_1A | B::Pipl13_1_1 => Ground::Consent,
            B::Contract | B::Gdpr6_1B => Ground::Contract,
            B::LegalObligation | B::Gdpr6_1C | B::Pipl13_1_3 => Ground::LegalObligation,
            B::VitalInterests | B::Gdpr6_1D | B::Gdpr9_2C => Ground::VitalInterests,
            B::PublicTask | B::Gdpr6_1E => Ground::PublicTask,
            B::LegitimateInterests | B::Gdpr6_1F => Ground::LegitimateInterests,
            B::Gdpr9_2A => Ground::ExplicitConsent,
            B::Gdpr9_2B => Ground::Employment,
            B::Gdpr9_2D => Ground::NonprofitBody,
            B::Gdpr9_2E | B::Pipl13_1_6 => Ground::MadePublic,
            B::Gdpr9_2F => Ground::LegalClaims,
            B::Gdpr9_2G => Ground::SubstantialPublicInterest,
            B::Gdpr9_2H => Ground::HealthCare,
            B::Gdpr9_2I => Ground::PublicHealth,
            B::Gdpr9_2J => Ground::Research,
            B::Pipl13_1_2 => Ground::ContractOrHr,
            B::Pipl13_1_4 => Ground::Emergency,
            B::Pipl13_1_5 => Ground::NewsReporting,
            B::Pipl13_1_7 => Ground::OtherLaw,
        }
    }

    /// The law and the provision a code cites (`("GDPR", "6(1)(a)")`); `None` for a general
    /// basis.
    pub fn provision(self) -> Option<(&'static str, String)> {
        let code = code(&self);
        let mut parts = code.split('-');
        let law = match parts.next()? {
            "gdpr" => "GDPR",
            "pipl" => "PIPL",
            _ => return None,
        };
        let article = parts.next()?;
        let rest: String = parts.map(|p| format!("({p})")).collect();
        Some((law, format!("{article}{rest}")))
    }

    /// Whether the law asks for it for sensitive data (GDPR Art. 9(2)).
    pub fn is_special_category(self) -> bool {
        code(&self).starts_with("gdpr-9-")
    }
}

/// How long data is kept: a duration or an event, with optional free text.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Retention {
    /// A duration such as `P15D`, `P6M`, `P2Y`, `15 days` or `15 working days`, or a term:
    /// `as required by law`.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub duration: Option<Spanned<Stated<Period>>>,
    /// An event instead of a duration.
    #[serde(default)]
    pub until: Option<RetentionEvent>,
    /// Free text that explains the rule.
    #[serde(default)]
    pub note: Option<Text>,
}

/// The events that end retention.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
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
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Feature {
    /// Stable id.
    #[schemars(with = "String")]
    pub id: Id,
    /// Short name.
    pub name: Text,
    /// What it does with data.
    #[serde(default)]
    pub description: Option<Text>,
    /// References to data categories.
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub data: Vec<Ref<DataCategory>>,
    /// References to permissions.
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub permissions: Vec<Ref<Permission>>,
    /// Whether the feature is essential to the service; unstated when not given.
    #[serde(default)]
    pub required: Option<bool>,
}

/// A platform permission.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Permission {
    /// Stable id.
    #[schemars(with = "String")]
    pub id: Id,
    /// The platform that asks for it, or several (`[android, ios]`: one entry for both).
    pub platform: OneOrMany<Platform>,
    /// The platform's own name, e.g. `android.permission.CAMERA`, or several
    /// (`[android.permission.ACCESS_FINE_LOCATION, android.permission.ACCESS_COARSE_LOCATION]`);
    /// none where the policy names the permission only in words ("storage").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identifier: Option<OneOrMany<String>>,
    /// A readable name, e.g. "Camera".
    pub name: Text,
    /// What it is used for.
    #[serde(rename = "use")]
    pub usage: Text,
    /// References to features.
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub features: Vec<Ref<Feature>>,
    /// Whether the app can work without it; unstated when not given.
    #[serde(default)]
    pub optional: Option<bool>,
}

impl Permission {
    /// Its identifiers, as written (none, one or several).
    pub fn identifiers(&self) -> impl Iterator<Item = &str> {
        self.identifier
            .iter()
            .flat_map(|i| i.iter())
            .map(String::as_str)
    }
}

/// An app platform.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, Serialize, JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum Platform {
    /// Android.
    Android,
    /// iOS and iPadOS.
    Ios,
    /// Web browsers.
    Web,
    /// Mini-programs inside another app (WeChat, Alipay and the like).
    MiniProgram,
    /// Desktop apps (Windows, macOS, Linux).
    Desktop,
}

/// Someone outside the controller who receives data.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ThirdParty {
    /// Stable id.
    #[schemars(with = "String")]
    pub id: Id,
    /// Name of the SDK or service.
    pub name: String,
    /// The company behind it.
    #[serde(default)]
    pub provider: Option<String>,
    /// What kind of recipient it is.
    pub kind: ThirdPartyKind,
    /// Why data goes there.
    pub purpose: Text,
    /// References to data categories shared.
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub data: Vec<Ref<DataCategory>>,
    /// Where it processes data (ISO 3166 code or name).
    #[serde(default)]
    pub country: Option<Text>,
    /// Link to the recipient's own privacy policy.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub policy_url: Option<Spanned<String>>,
    /// How to reach the recipient about privacy (an e-mail address or a URL).
    #[serde(default)]
    pub contact: Option<String>,
    /// Internet domains it contacts to track people (Apple's `NSPrivacyTrackingDomains`).
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub tracking_domains: Vec<Spanned<String>>,
}

/// Kinds of recipients.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
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
#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema)]
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
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct StorageLocation {
    /// Stable id.
    #[schemars(with = "String")]
    pub id: Id,
    /// Country or region.
    pub region: Text,
    /// What is stored there.
    #[serde(default)]
    pub description: Option<Text>,
    /// When data is stored there, if only in some cases ("only for accounts made in the
    /// EU").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub condition: Option<Text>,
}

/// A cross-border transfer.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Transfer {
    /// Stable id.
    #[schemars(with = "String")]
    pub id: Id,
    /// The destination country or region.
    pub destination: Text,
    /// The legal safeguard; not stated when left out (shown as not stated).
    #[serde(default)]
    pub safeguard: Option<Safeguard>,
    /// When the transfer happens, if only in some cases ("only when you contact support
    /// from abroad").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub condition: Option<Text>,
    /// References to the data categories transferred.
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub data: Vec<Ref<DataCategory>>,
    /// References to the third parties that receive the data abroad.
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub recipients: Vec<Ref<ThirdParty>>,
    /// More detail.
    #[serde(default)]
    pub description: Option<Text>,
}

/// Safeguards for cross-border transfers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
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
    /// A standard contract filed with the authority (as under PIPL Art. 38).
    StandardContract,
    /// The person will be asked to consent to this transfer separately, when it happens.
    SeparateConsent,
}

/// The rules for minors under one age ("under 14"); a policy gives one tier per threshold.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct MinorTier {
    /// Stable id.
    #[schemars(with = "String")]
    pub id: Id,
    /// The age under which these rules apply: `14` means under 14.
    #[schemars(with = "u8")]
    pub under_age: Spanned<u8>,
    /// A heading of the author's ("Children"); "Minors under 14" when not given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<Text>,
    /// Whose consent the processing of their data needs; shown as not stated when not given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub consent: Option<MinorConsent>,
    /// How a guardian's consent is asked for and checked (Markdown inline).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub consent_method: Option<Text>,
    /// The rules that apply to them, in order, each with an id.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rules: Vec<MinorRule>,
    /// The rights (ids in `rights`) a parent or guardian may exercise for them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(with = "Vec<String>")]
    pub guardian_rights: Vec<Ref<Right>>,
}

/// Whose consent the processing of a minor's data needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
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
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct MinorRule {
    /// Stable id.
    #[schemars(with = "String")]
    pub id: Id,
    /// The rule (Markdown inline).
    pub text: Text,
}

/// A right of the person, and how to use it.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Right {
    /// Stable id.
    #[schemars(with = "String")]
    pub id: Id,
    /// What kind of right it is.
    pub kind: RightKind,
    /// Short name.
    pub name: Text,
    /// What the right means.
    #[serde(default)]
    pub description: Option<Text>,
    /// Steps to exercise it, in order.
    #[serde(default)]
    pub steps: Vec<Step>,
    /// How soon a request is answered.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub response_time: Option<Spanned<Stated<Period>>>,
    /// A web page where the right can be exercised (an absolute http:// or https:// URL).
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub url: Option<Spanned<String>>,
}

/// One step of exercising a right.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Step {
    /// Stable id.
    #[schemars(with = "String")]
    pub id: Id,
    /// What to do (Markdown inline).
    pub text: Text,
}

/// Kinds of rights.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
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
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Section {
    /// Stable id, also the anchor.
    #[schemars(with = "String")]
    pub id: Id,
    /// Heading.
    pub title: Text,
    /// Markdown text.
    #[serde(default)]
    pub body: Option<Text>,
    /// Structured blocks: shown after the body, or where the body places them (a paragraph
    /// of its own that is `[](#block:<id>)`).
    #[serde(default)]
    #[schemars(with = "Vec<BlockRef>")]
    pub blocks: Vec<Spanned<BlockRef>>,
    /// Nested sections.
    #[serde(default)]
    pub sections: Vec<Section>,
    /// Whether it takes a number (`false`: a preamble or an annex, outside the numbering,
    /// with the sections inside it).
    #[serde(default = "numbered", skip_serializing_if = "is_numbered")]
    pub numbered: bool,
}

fn numbered() -> bool {
    true
}

fn is_numbered(numbered: &bool) -> bool {
    *numbered
}

/// A structured block that a section can embed.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, Serialize, JsonSchema,
)]
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
    /// Lists of cases (`exceptions`): all of them, or those named in `only`.
    Exceptions,
    /// Cookies and similar technologies.
    Cookies,
    /// The rules for minors, by age.
    Minors,
}

/// A list of cases that recur in policies, each with an id, so translations, diffs and the
/// material rules can address it.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ExceptionList {
    /// Stable id.
    #[schemars(with = "String")]
    pub id: Id,
    /// What the cases are cases of.
    pub kind: ExceptionKind,
    /// A heading of the author's; the kind's own words when not given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<Text>,
    /// The cases, in order.
    pub items: Vec<Exception>,
}

/// What a list of cases lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum ExceptionKind {
    /// When personal data is processed without the person's consent.
    ProcessingWithoutConsent,
    /// When personal data is shared or disclosed without consent.
    SharingWithoutConsent,
    /// When a request (access, deletion, …) may be refused.
    RefusalCases,
    /// When a person may ask for their data to be deleted.
    DeletionCases,
    /// When data may be stored outside the country it is collected in (the exceptions to
    /// storing it locally).
    StorageAbroad,
    /// Any other list.
    Other,
}

/// One case of a list.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Exception {
    /// Stable id.
    #[schemars(with = "String")]
    pub id: Id,
    /// The case in the author's words (Markdown inline); without it, the basis's own words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<Text>,
    /// The legal basis the case rests on (`pipl-13-1-3`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Option<LegalBasis>")]
    pub basis: Option<Spanned<LegalBasis>>,
}

/// A cookie or a similar technology: what a cookie banner and a cookie table need.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Cookie {
    /// Stable id.
    #[schemars(with = "String")]
    pub id: Id,
    /// Its own name, as a browser or device stores it (`_session`); never translated.
    pub name: String,
    /// What kind of technology it is.
    pub kind: CookieKind,
    /// The third party that sets or reads it; the controller itself when not given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Option<String>")]
    pub third_party: Option<Ref<ThirdParty>>,
    /// What it is for.
    pub purpose: Text,
    /// How long it lasts (`P13M`, `30 days`), or `session` until the browser closes.
    #[schemars(with = "String")]
    pub duration: Spanned<Stated<Lifetime>>,
    /// Whether it is strictly necessary (no consent asked); unstated when not given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub essential: Option<bool>,
}

/// Kinds of cookies and similar technologies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum CookieKind {
    /// An HTTP cookie.
    Cookie,
    /// Browser local or session storage, IndexedDB.
    LocalStorage,
    /// A web beacon or tracking pixel.
    WebBeacon,
    /// An identifier an SDK keeps on the device.
    SdkIdentifier,
    /// Anything else of the kind.
    Other,
}

/// How long a cookie lasts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lifetime {
    /// Until the browser or app session ends.
    Session,
    /// A period.
    For(Duration),
}

impl super::stated::FromText for Lifetime {
    fn from_text(text: &str) -> Option<Lifetime> {
        match text.trim() {
            "session" => Some(Lifetime::Session),
            other => Duration::parse(other).map(Lifetime::For),
        }
    }
}

/// A block as a section lists it: its kind alone (`features`), or its kind with an id to
/// place it by and a filter (`{ block: features, id: core, required: true }`).
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[serde(untagged)]
pub enum BlockRef {
    /// Every element of the block's list.
    Plain(Block),
    /// Some of them, or one placed by its own id.
    Filtered(FilteredBlock),
}

/// A block with an id or a filter; every filter given must hold for an element to be shown.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FilteredBlock {
    /// The kind of block.
    pub block: Block,
    /// The name the body places it by (`[](#block:core)`); its kind when not given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Option<String>")]
    pub id: Option<Id>,
    /// Features or data categories: only those that state `required` as this.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub required: Option<bool>,
    /// Permissions: only those that state `optional` as this.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub optional: Option<bool>,
    /// Permissions: only those of this platform.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub platform: Option<Platform>,
    /// Cookies: only those that state `essential` as this.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub essential: Option<bool>,
    /// Third parties: only those of this kind.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<ThirdPartyKind>,
    /// Only these elements of the block's list, by id, in the list's order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(with = "Vec<String>")]
    pub only: Vec<Id>,
}

impl BlockRef {
    /// The kind of block.
    pub fn block(&self) -> Block {
        match self {
            BlockRef::Plain(b) => *b,
            BlockRef::Filtered(f) => f.block,
        }
    }

    /// The name a body places it by: its id, or its kind (`data-table`).
    pub fn name(&self) -> String {
        match self {
            BlockRef::Filtered(FilteredBlock { id: Some(id), .. }) => id.value.clone(),
            _ => code(&self.block()),
        }
    }

    /// Its filter, if it has one.
    pub fn filter(&self) -> Option<&FilteredBlock> {
        match self {
            BlockRef::Plain(_) => None,
            BlockRef::Filtered(f) => Some(f),
        }
    }
}

/// A block is a kind's name or a map; either way a mistake gets the parser's own message
/// (an unknown kind, an unknown field), not "did not match any variant".
impl<'de> Deserialize<'de> for BlockRef {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visit;
        impl<'de> serde::de::Visitor<'de> for Visit {
            type Value = BlockRef;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a block's kind, or a map with `block` and a filter")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<BlockRef, E> {
                use serde::de::IntoDeserializer;
                Block::deserialize(v.into_deserializer()).map(BlockRef::Plain)
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<BlockRef, A::Error> {
                FilteredBlock::deserialize(serde::de::value::MapAccessDeserializer::new(map))
                    .map(BlockRef::Filtered)
            }
        }
        deserializer.deserialize_any(Visit)
    }
}

/// The kebab-case code of a model enum, as written in YAML (`data-table`).
pub fn code<T: Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s,
        _ => String::new(),
    }
}

/// What the owner counts as material, and how readers are told.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ChangePolicy {
    /// The kinds of change the owner treats as material.
    #[serde(default)]
    pub material: Vec<MaterialChange>,
    /// Free text describing material changes.
    #[serde(default)]
    pub description: Option<Text>,
    /// How readers are told.
    #[serde(default)]
    pub notify: Vec<NotifyChannel>,
    /// How many days before a material change takes effect readers are told.
    #[serde(default)]
    pub notice_days: Option<u16>,
}

/// Kinds of material change.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
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
