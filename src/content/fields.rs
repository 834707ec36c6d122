//! The one table of the model's fields as notices and material rules see them: for each
//! field of each kind of element, the message that names it in every built-in locale,
//! whether a translator translates it, and the material-change rules a change to it can
//! meet. Adding a field to the model means adding its row here; the tests of
//! `render::notice` (labels), `content::texts` (translatable) and `versions::material`
//! (rules) fail until it is.

use super::model::{ExceptionKind, MaterialChange};
use serde::Serialize;

/// What kind of element a change is about; serialised as `purpose`, `data-category`, …
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ElementKind {
    /// A key point of `meta`.
    KeyPoint,
    /// A purpose.
    Purpose,
    /// A data category.
    DataCategory,
    /// A feature.
    Feature,
    /// A permission.
    Permission,
    /// A third party.
    ThirdParty,
    /// A storage location.
    StorageLocation,
    /// A cross-border transfer.
    Transfer,
    /// A right.
    Right,
    /// A tier of minors (`minors`).
    MinorTier,
    /// A list of cases (`exceptions`).
    ExceptionList,
    /// A cookie or similar technology.
    Cookie,
    /// The controller.
    Controller,
    /// The contact details.
    Contact,
    /// The audience.
    Audience,
    /// The jurisdictions.
    Jurisdictions,
}

impl ElementKind {
    /// Every kind, in the order notices list them.
    pub const ALL: [ElementKind; 16] = [
        ElementKind::KeyPoint,
        ElementKind::Purpose,
        ElementKind::DataCategory,
        ElementKind::Feature,
        ElementKind::Permission,
        ElementKind::ThirdParty,
        ElementKind::StorageLocation,
        ElementKind::Transfer,
        ElementKind::Right,
        ElementKind::MinorTier,
        ElementKind::ExceptionList,
        ElementKind::Cookie,
        ElementKind::Controller,
        ElementKind::Contact,
        ElementKind::Audience,
        ElementKind::Jurisdictions,
    ];

    /// The kind as JSON and the notices' rules name it (`data-category`).
    pub fn as_str(self) -> &'static str {
        match self {
            ElementKind::KeyPoint => "key-point",
            ElementKind::Purpose => "purpose",
            ElementKind::DataCategory => "data-category",
            ElementKind::Feature => "feature",
            ElementKind::Permission => "permission",
            ElementKind::ThirdParty => "third-party",
            ElementKind::StorageLocation => "storage-location",
            ElementKind::Transfer => "transfer",
            ElementKind::Right => "right",
            ElementKind::ExceptionList => "exception-list",
            ElementKind::Cookie => "cookie",
            ElementKind::Controller => "controller",
            ElementKind::Contact => "contact",
            ElementKind::Audience => "audience",
            ElementKind::MinorTier => "minor-tier",
            ElementKind::Jurisdictions => "jurisdictions",
        }
    }
}

impl std::fmt::Display for ElementKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// When a change to a field meets a material rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum When {
    /// Any change of its value.
    Changed,
    /// Entries added to a list.
    Added,
    /// It becomes `true`.
    BecomesTrue,
    /// It was stated `false` and is no longer stated: a promise ("not used to track you")
    /// dropped, so it may now be true.
    NoLongerFalse,
    /// It becomes this value.
    Becomes(&'static str),
    /// A number that grows.
    Grows,
    /// An item of a list that becomes `sensitive: true`.
    ItemNowSensitive,
    /// A data category's retention that gets longer (or becomes an event).
    Longer,
    /// A data category's retention that changes between an event and a period, or from one
    /// event to another: it cannot be shown to be shorter, so it may be longer.
    Unprovable,
    /// A promised response time that gets longer or is dropped.
    Slower,
    /// Any change to a right of kind `complaint`.
    OfComplaintRight,
    /// Cases added to a list of this kind.
    CasesAddedTo(ExceptionKind),
    /// Cases removed from a list of this kind.
    CasesRemovedFrom(ExceptionKind),
    /// A cookie that lasts longer (or is no longer a session cookie).
    LastsLonger,
    /// A number that gets smaller.
    Shrinks,
    /// A value given before and no longer given.
    Dropped,
    /// Entries removed from a list.
    Removed,
}

/// A material rule a field change can meet, and how a finding describes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rule {
    /// When it applies.
    pub when: When,
    /// The rule met.
    pub rule: MaterialChange,
    /// The finding's words (for `clause release` and the notice's findings).
    pub detail: &'static str,
}

/// One field of one kind of element.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Field {
    /// The element kind.
    pub kind: ElementKind,
    /// The field as the diff names it, dotted for nested ones (`retention.duration`); empty
    /// for an element that is a plain list (jurisdictions).
    pub name: &'static str,
    /// The built-in message that names it in notices.
    pub label: &'static str,
    /// Whether it holds policy text that translators translate.
    pub text: bool,
    /// The rules a change to it can meet, the first that applies winning.
    pub rules: &'static [Rule],
}

impl Field {
    /// The row of `name` of element `kind`.
    pub fn of(kind: ElementKind, name: &str) -> Option<&'static Field> {
        FIELDS.iter().find(|f| f.kind == kind && f.name == name)
    }
}

use ElementKind as K;
use MaterialChange as M;
use When as W;

const fn rule(when: When, rule: MaterialChange, detail: &'static str) -> Rule {
    Rule { when, rule, detail }
}

const fn field(kind: K, name: &'static str, label: &'static str, text: bool) -> Field {
    Field {
        kind,
        name,
        label,
        text,
        rules: &[],
    }
}

const fn material(
    kind: K,
    name: &'static str,
    label: &'static str,
    text: bool,
    rules: &'static [Rule],
) -> Field {
    Field {
        kind,
        name,
        label,
        text,
        rules,
    }
}

const COMPLAINT: Rule = rule(
    W::OfComplaintRight,
    M::ContactChanged,
    "complaint channel changed",
);
const CONTACT: Rule = rule(W::Changed, M::ContactChanged, "contact details changed");
const SLOWER: Rule = rule(W::Slower, M::RightsReduced, "slower response");
const RETENTION: &[Rule] = &[
    rule(W::Longer, M::LongerRetention, "kept longer"),
    rule(
        W::Unprovable,
        M::LongerRetention,
        "kept for a different period, which may be longer",
    ),
];

/// Every field a notice can show, one row each.
#[rustfmt::skip]
pub const FIELDS: &[Field] = &[
    field(K::KeyPoint, "text", "field-text", true),
    field(K::Purpose, "name", "field-name", true),
    field(K::Purpose, "description", "field-description", true),
    field(K::Purpose, "kind", "data-kind", false),
    field(K::Purpose, "legal_basis", "data-legal-basis", false),
    field(K::DataCategory, "name", "field-name", true),
    field(K::DataCategory, "description", "field-description", true),
    material(K::DataCategory, "items", "data-items", true, &[rule(W::Added, M::NewDataKind, "new items collected"), rule(W::ItemNowSensitive, M::NewDataKind, "an item is now sensitive data")]),
    material(K::DataCategory, "kind", "data-kind", false, &[rule(W::Changed, M::NewDataKind, "data kind changed")]),
    material(K::DataCategory, "sensitive", "data-sensitive", false, &[rule(W::BecomesTrue, M::NewDataKind, "now sensitive data")]),
    field(K::DataCategory, "required", "data-required", false),
    field(K::DataCategory, "source", "data-source", false),
    material(K::DataCategory, "purposes", "data-purposes", false, &[rule(W::Added, M::NewPurpose, "used for a new purpose")]),
    field(K::DataCategory, "legal_basis", "data-legal-basis", false),
    material(K::DataCategory, "retention.duration", "data-retention", false, RETENTION),
    material(K::DataCategory, "retention.until", "data-retention", false, RETENTION),
    field(K::DataCategory, "retention.note", "field-retention-note", true),
    // The label facts (app-store labels): the glance's headings say the same.
    material(K::DataCategory, "linked", "glance-linked", false, &[rule(W::BecomesTrue, M::NewPurpose, "now linked to your identity"), rule(W::NoLongerFalse, M::NewPurpose, "no longer said not to be linked to your identity")]),
    material(K::DataCategory, "tracking", "glance-tracking", false, &[rule(W::BecomesTrue, M::NewPurpose, "now used for tracking"), rule(W::NoLongerFalse, M::NewPurpose, "no longer said not to be used for tracking")]),
    field(K::DataCategory, "ephemeral", "field-ephemeral", false),
    field(K::DataCategory, "encrypted_in_transit", "field-encrypted-in-transit", false),
    field(K::DataCategory, "deletable", "field-deletable", false),
    material(K::DataCategory, "shared", "glance-shared", false, &[rule(W::BecomesTrue, M::NewRecipient, "now shared or sold"), rule(W::NoLongerFalse, M::NewRecipient, "no longer said not to be shared or sold")]),
    material(K::DataCategory, "sold", "glance-sold", false, &[rule(W::BecomesTrue, M::NewRecipient, "now shared or sold"), rule(W::NoLongerFalse, M::NewRecipient, "no longer said not to be shared or sold")]),
    field(K::DataCategory, "store_types", "field-store-types", false),
    field(K::Feature, "name", "field-name", true),
    field(K::Feature, "description", "field-description", true),
    material(K::Feature, "data", "features-data", false, &[rule(W::Added, M::NewPurpose, "feature uses more data")]),
    material(K::Feature, "permissions", "features-permissions", false, &[rule(W::Added, M::NewPurpose, "feature uses more data")]),
    field(K::Feature, "required", "data-required", false),
    field(K::Permission, "platform", "permissions-platform", false),
    material(K::Permission, "identifier", "permissions-identifier", false, &[rule(W::Changed, M::NewPurpose, "permission used differently")]),
    field(K::Permission, "name", "field-name", true),
    material(K::Permission, "use", "permissions-use", true, &[rule(W::Changed, M::NewPurpose, "permission used differently")]),
    field(K::Permission, "features", "permissions-features", false),
    field(K::Permission, "optional", "permissions-optional", false),
    // A third party's name is its own: not translated.
    field(K::ThirdParty, "name", "field-name", false),
    material(K::ThirdParty, "provider", "field-provider", false, &[rule(W::Changed, M::NewRecipient, "recipient changed")]),
    material(K::ThirdParty, "kind", "data-kind", false, &[rule(W::Changed, M::NewRecipient, "recipient changed")]),
    field(K::ThirdParty, "purpose", "third-parties-purpose", true),
    material(K::ThirdParty, "data", "features-data", false, &[rule(W::Added, M::NewRecipient, "more data shared")]),
    material(K::ThirdParty, "country", "third-parties-country", true, &[rule(W::Changed, M::NewTransfer, "recipient's country changed")]),
    field(K::ThirdParty, "policy_url", "third-parties-policy", false),
    field(K::ThirdParty, "contact", "contact-title", false),
    material(K::ThirdParty, "tracking_domains", "field-tracking-domains", false, &[rule(W::Added, M::NewRecipient, "new tracking domains")]),
    material(K::StorageLocation, "region", "storage-region", true, &[rule(W::Changed, M::NewTransfer, "storage region changed")]),
    field(K::StorageLocation, "description", "field-description", true),
    material(K::StorageLocation, "condition", "field-condition", true, &[rule(W::Changed, M::NewTransfer, "storage region used in other cases")]),
    material(K::Transfer, "destination", "transfers-destination", true, &[rule(W::Changed, M::NewTransfer, "transfer changed")]),
    material(K::Transfer, "safeguard", "transfers-safeguard", false, &[rule(W::Changed, M::NewTransfer, "transfer changed")]),
    material(K::Transfer, "data", "features-data", false, &[rule(W::Added, M::NewTransfer, "more data transferred")]),
    field(K::Transfer, "recipients", "field-recipients", false),
    field(K::Transfer, "description", "field-description", true),
    material(K::Transfer, "condition", "field-condition", true, &[rule(W::Changed, M::NewTransfer, "transfer made in other cases")]),
    material(K::Right, "kind", "data-kind", false, &[rule(W::Changed, M::RightsReduced, "right changed"), COMPLAINT]),
    material(K::Right, "name", "field-name", true, &[COMPLAINT]),
    material(K::Right, "description", "field-description", true, &[COMPLAINT]),
    material(K::Right, "steps", "rights-how", true, &[rule(W::Added, M::RightsReduced, "more steps to exercise a right"), COMPLAINT]),
    material(K::Right, "response_time", "field-response-time", false, &[SLOWER, COMPLAINT]),
    material(K::Right, "url", "contact-url", false, &[COMPLAINT]),
    field(K::MinorTier, "name", "field-name", true),
    // A threshold that falls leaves older minors without the tier's protection.
    material(K::MinorTier, "under_age", "field-under-age", false, &[rule(W::Shrinks, M::RightsReduced, "rules for minors apply to fewer ages")]),
    material(K::MinorTier, "consent", "minors-consent", false, &[rule(W::Becomes("minor"), M::RightsReduced, "a guardian's consent no longer asked"), rule(W::Dropped, M::RightsReduced, "no longer says whose consent is asked")]),
    field(K::MinorTier, "consent_method", "minors-consent-method", true),
    material(K::MinorTier, "rules", "minors-rules", true, &[rule(W::Removed, M::RightsReduced, "fewer rules protecting minors")]),
    material(K::MinorTier, "guardian_rights", "minors-guardian-rights", false, &[rule(W::Removed, M::RightsReduced, "a guardian may exercise fewer rights")]),
    field(K::ExceptionList, "kind", "data-kind", false),
    field(K::ExceptionList, "title", "field-title", true),
    material(K::ExceptionList, "items", "field-cases", true, &[
        rule(W::CasesAddedTo(ExceptionKind::ProcessingWithoutConsent), M::NewPurpose, "more cases of processing without consent"),
        rule(W::CasesAddedTo(ExceptionKind::SharingWithoutConsent), M::NewRecipient, "more cases of sharing without consent"),
        rule(W::CasesAddedTo(ExceptionKind::RefusalCases), M::RightsReduced, "more cases in which a request may be refused"),
        rule(W::CasesRemovedFrom(ExceptionKind::DeletionCases), M::RightsReduced, "fewer cases in which deletion may be asked for"),
        rule(W::CasesAddedTo(ExceptionKind::StorageAbroad), M::NewTransfer, "more cases of storage abroad"),
    ]),
    field(K::Cookie, "name", "field-name", false),
    field(K::Cookie, "kind", "data-kind", false),
    material(K::Cookie, "third_party", "cookies-provider", false, &[rule(W::Changed, M::NewRecipient, "cookie set by another party")]),
    material(K::Cookie, "purpose", "cookies-purpose", true, &[rule(W::Changed, M::NewPurpose, "cookie used differently")]),
    material(K::Cookie, "duration", "cookies-duration", false, &[rule(W::LastsLonger, M::LongerRetention, "cookie lasts longer")]),
    material(K::Cookie, "essential", "cookies-essential", false, &[rule(W::BecomesTrue, M::NewPurpose, "cookie now set without asking for consent")]),
    field(K::Controller, "name", "field-name", true),
    field(K::Controller, "registered_address", "contact-registered-address", true),
    field(K::Controller, "office_address", "contact-office-address", true),
    material(K::Contact, "email", "contact-email", false, &[CONTACT]),
    material(K::Contact, "phone", "contact-phone", false, &[CONTACT]),
    material(K::Contact, "url", "contact-url", false, &[CONTACT]),
    material(K::Contact, "address", "contact-address", true, &[CONTACT]),
    material(K::Contact, "dpo.name", "contact-dpo", true, &[CONTACT]),
    material(K::Contact, "dpo.email", "contact-email", false, &[CONTACT]),
    material(K::Contact, "addresses", "contact-addresses", true, &[CONTACT]),
    material(K::Contact, "channels", "contact-channels", true, &[CONTACT]),
    // Only a slower answer is material; any other change of the time is not.
    material(K::Contact, "response_time", "field-response-time", false, &[SLOWER]),
    material(K::Audience, "kind", "data-kind", false, &[rule(W::Becomes("children"), M::ChildrenAudience, "now directed at children")]),
    material(K::Audience, "under_age", "field-under-age", false, &[rule(W::Grows, M::ChildrenAudience, "children up to an older age")]),
    field(K::Jurisdictions, "", "policy-jurisdictions", false),
];
