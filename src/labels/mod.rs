//! Privacy labels: what a policy declares to the app stores, derived from its own facts.
//!
//! Apple's privacy manifest and App Store label and Google Play's Data safety form ask the
//! same questions in different words. [`Labels::of`] answers them once from the model; the
//! renderers in `render::stores` only spell the answers in each store's format, and the
//! "privacy at a glance" section of the pages shows the same answers to readers.

mod items;
mod tables;

use crate::content::model::{
    DataCategory, DataKind, Policy, PurposeKind, RightKind, StoreType, ThirdPartyKind,
};
use std::collections::BTreeSet;
pub use tables::{APPLE_TYPES, AppleType, GOOGLE_PURPOSES, GOOGLE_TYPES, GoogleType};

/// What one data category declares.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CategoryLabel {
    /// The category's id.
    pub id: String,
    /// Its name, in the policy's language.
    pub name: String,
    /// The store data types it is declared as.
    pub types: Vec<StoreType>,
    /// Where `types` come from.
    pub types_from: TypesFrom,
    /// The kinds of its purposes.
    pub purposes: BTreeSet<PurposeKind>,
    /// Linked to the person's identity.
    pub linked: bool,
    /// Used to track the person.
    pub tracking: bool,
    /// Processed only in memory.
    pub ephemeral: bool,
    /// Encrypted in transit.
    pub encrypted: bool,
    /// Deletable on request.
    pub deletable: bool,
    /// Shared with third parties in the stores' sense.
    pub shared: bool,
    /// Sold (CCPA), as stated; `None` when the policy does not say.
    pub sold: Option<bool>,
    /// The service cannot work without it.
    pub required: bool,
    /// The facts the category does not state, whose answers above are assumptions (the
    /// app stores' usual defaults): `linked`, `tracking`, `ephemeral`,
    /// `encrypted_in_transit`, `deletable` (no deletion right either), `shared` (no
    /// sharing recipient either) and `store_types` (declared from `kind`). Pages show them
    /// as not stated; `clause check` lists them. `purposes` when it names none (a waived
    /// `category-without-purpose`).
    pub unstated: Vec<&'static str>,
}

/// Facts a data category or a purpose does not state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Gap {
    /// Whether `id` is a purpose's (else a data category's).
    pub purpose: bool,
    /// The id.
    pub id: String,
    /// The facts, by field name.
    pub facts: Vec<&'static str>,
}

impl std::fmt::Display for Gap {
    /// `account` for a category, `purpose support` for a purpose.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.purpose {
            write!(f, "purpose {}", self.id)
        } else {
            f.write_str(&self.id)
        }
    }
}

/// Where a category's store types come from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TypesFrom {
    /// Its `store_types`.
    StoreTypes,
    /// Its items, each of which names a type (by `store_type` or by its id).
    Items,
    /// Its `kind` alone: an assumption. `unnamed` are the items that name no type.
    Kind {
        /// Ids of the items that name no store type.
        unnamed: Vec<String>,
    },
}

/// The two app stores. Each store file declares to one of them and needs its own facts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Store {
    /// Apple: the privacy manifest and the App Store label.
    Apple,
    /// Google Play: the Data safety form.
    Google,
}

impl Store {
    /// The facts of a data category that this store's files declare.
    pub fn facts(self) -> &'static [&'static str] {
        match self {
            Store::Apple => &["linked", "tracking", "store_types", "purposes"],
            Store::Google => &[
                "ephemeral",
                "encrypted_in_transit",
                "deletable",
                "shared",
                "required",
                "store_types",
                "purposes",
            ],
        }
    }
}

/// Everything a policy declares to the app stores.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Labels {
    /// One entry per data category, in policy order.
    pub categories: Vec<CategoryLabel>,
    /// Domains third parties contact to track people, sorted and without repeats.
    pub tracking_domains: Vec<String>,
    /// The page where a person asks for their data to be deleted, if the policy gives one.
    pub deletion_url: Option<String>,
    /// The page where a person deletes their account, if the policy gives one.
    pub account_deletion_url: Option<String>,
    /// Ids of the purposes the categories name that have no `kind`.
    pub unkinded_purposes: Vec<String>,
}

/// One store data type with everything declared about it, merged over the categories that
/// map to it (a type is linked if any category is, ephemeral only if all are).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Declared {
    /// The store's constant: Apple's `NSPrivacyCollectedDataType…` or Google's `PSL_…`.
    pub constant: &'static str,
    /// The categories declared as this type.
    pub categories: Vec<String>,
    /// Linked to the person's identity.
    pub linked: bool,
    /// Used for tracking.
    pub tracking: bool,
    /// Processed only in memory.
    pub ephemeral: bool,
    /// Shared with third parties.
    pub shared: bool,
    /// The service cannot work without it.
    pub required: bool,
    /// The purposes' kinds.
    pub purposes: BTreeSet<PurposeKind>,
}

impl Labels {
    /// The labels of `policy` (the default locale's text or a localized one: names follow it).
    pub fn of(policy: &Policy) -> Labels {
        let deletion = policy
            .rights
            .iter()
            .any(|r| matches!(r.kind, RightKind::Deletion | RightKind::AccountCancellation));
        let categories = (0..policy.data_categories.len())
            .map(|ci| category(policy, ci, deletion))
            .collect();
        let tracking_domains: BTreeSet<String> = policy
            .third_parties
            .iter()
            .flat_map(|t| t.tracking_domains.iter().map(|d| d.value.clone()))
            .collect();
        let url_of = |kind: RightKind| {
            policy
                .rights
                .iter()
                .find(|r| r.kind == kind)
                .and_then(|r| r.url.as_ref())
                .map(|u| u.value.clone())
        };
        // Purposes the categories name without saying what kind they are: the stores would
        // see "Other purposes", which the author never said.
        let unkinded: BTreeSet<String> = policy
            .data_categories
            .iter()
            .flat_map(|c| c.purposes.iter().filter_map(|r| r.get(policy)))
            .filter(|p| p.kind.is_none())
            .map(|p| p.id.value.clone())
            .collect();
        Labels {
            categories,
            tracking_domains: tracking_domains.into_iter().collect(),
            deletion_url: url_of(RightKind::Deletion),
            account_deletion_url: url_of(RightKind::AccountCancellation),
            unkinded_purposes: unkinded.into_iter().collect(),
        }
    }

    /// What `store`'s files would declare that the policy does not state, per data
    /// category and per purpose without a kind: the files are only written when this is
    /// empty, since they cannot say "not stated".
    pub fn unstated_for(&self, store: Store) -> Vec<Gap> {
        let categories = self.categories.iter().filter_map(|c| {
            let facts: Vec<&'static str> = c
                .unstated
                .iter()
                .copied()
                .filter(|f| store.facts().contains(f))
                .collect();
            (!facts.is_empty()).then(|| Gap {
                purpose: false,
                id: c.id.clone(),
                facts,
            })
        });
        let purposes = self.unkinded_purposes.iter().map(|p| Gap {
            purpose: true,
            id: p.clone(),
            facts: vec!["kind"],
        });
        categories.chain(purposes).collect()
    }

    /// Whether any category is used for tracking (Apple's `NSPrivacyTracking`).
    pub fn tracking(&self) -> bool {
        self.categories.iter().any(|c| c.tracking)
    }

    /// Whether every category is encrypted in transit.
    pub fn encrypted(&self) -> bool {
        self.categories.iter().all(|c| c.encrypted)
    }

    /// Whether a person can ask for any of their data to be deleted.
    pub fn deletable(&self) -> bool {
        self.categories.iter().any(|c| c.deletable)
    }

    /// The declaration per Apple data type, in Apple's order.
    pub fn apple(&self) -> Vec<Declared> {
        self.merged(APPLE_TYPES.iter().map(|t| t.constant), |t| {
            apple_type(t).constant
        })
    }

    /// The declaration per Google data type, in the order of the Play Console's form.
    pub fn google(&self) -> Vec<Declared> {
        self.merged(GOOGLE_TYPES.iter().map(|t| t.response), |t| {
            google_type(t).response
        })
    }

    fn merged(
        &self,
        order: impl Iterator<Item = &'static str>,
        constant: impl Fn(StoreType) -> &'static str,
    ) -> Vec<Declared> {
        order
            .filter_map(|wanted| {
                let matching: Vec<&CategoryLabel> = self
                    .categories
                    .iter()
                    .filter(|c| c.types.iter().any(|t| constant(*t) == wanted))
                    .collect();
                (!matching.is_empty()).then(|| Declared {
                    constant: wanted,
                    categories: matching.iter().map(|c| c.id.clone()).collect(),
                    linked: matching.iter().any(|c| c.linked),
                    tracking: matching.iter().any(|c| c.tracking),
                    ephemeral: matching.iter().all(|c| c.ephemeral),
                    shared: matching.iter().any(|c| c.shared),
                    required: matching.iter().any(|c| c.required),
                    purposes: matching.iter().flat_map(|c| c.purposes.clone()).collect(),
                })
            })
            .collect()
    }
}

/// The label of the policy's category `ci`; `deletion` is whether the policy offers a
/// deletion right.
fn category(policy: &Policy, ci: usize, deletion: bool) -> CategoryLabel {
    let c = &policy.data_categories[ci];
    let shared_by_recipients = policy.third_parties.iter().any(|t| {
        matches!(
            t.kind,
            ThirdPartyKind::Sdk | ThirdPartyKind::Partner | ThirdPartyKind::Affiliate
        ) && t.data.iter().any(|d| d.is(ci))
    });
    let purposes: BTreeSet<PurposeKind> = c
        .purposes
        .iter()
        .filter_map(|r| r.get(policy))
        .map(|p| p.kind.unwrap_or(PurposeKind::Other))
        .collect();
    let (types, types_from) = types_of(c);
    let unstated = [
        ("linked", c.linked.is_none()),
        ("tracking", c.tracking.is_none()),
        ("ephemeral", c.ephemeral.is_none()),
        ("encrypted_in_transit", c.encrypted_in_transit.is_none()),
        ("required", c.required.is_none()),
        ("deletable", c.deletable.is_none() && !deletion),
        ("shared", c.shared.is_none() && !shared_by_recipients),
        ("store_types", matches!(types_from, TypesFrom::Kind { .. })),
        // A waived `category-without-purpose` still leaves nothing to declare it for.
        ("purposes", purposes.is_empty()),
    ]
    .into_iter()
    .filter_map(|(fact, unstated)| unstated.then_some(fact))
    .collect();
    CategoryLabel {
        id: c.id.value.clone(),
        name: c.name.as_str().to_string(),
        types,
        types_from,
        purposes,
        linked: c.linked.unwrap_or(true),
        tracking: c.tracking.unwrap_or(false),
        ephemeral: c.ephemeral.unwrap_or(false),
        encrypted: c.encrypted_in_transit.unwrap_or(true),
        deletable: c.deletable.unwrap_or(deletion),
        shared: c.shared.unwrap_or(shared_by_recipients),
        sold: c.sold,
        required: c.required.unwrap_or(false),
        unstated,
    }
}

/// A category's store types and where they come from: its `store_types`, else its items
/// when each names one, else its `kind` (an assumption, which may declare more than the
/// category collects).
fn types_of(c: &DataCategory) -> (Vec<StoreType>, TypesFrom) {
    if !c.store_types.is_empty() {
        return (c.store_types.clone(), TypesFrom::StoreTypes);
    }
    let named: Vec<Option<StoreType>> = c.items.iter().map(items::item_type).collect();
    if !named.is_empty() && named.iter().all(Option::is_some) {
        let types: BTreeSet<StoreType> = named.into_iter().flatten().collect();
        return (types.into_iter().collect(), TypesFrom::Items);
    }
    let unnamed = c
        .items
        .iter()
        .zip(&named)
        .filter(|(_, t)| t.is_none())
        .map(|(i, _)| i.id.value.clone())
        .collect();
    (default_types(c.kind).to_vec(), TypesFrom::Kind { unnamed })
}

/// The store types a kind of data is declared as when a category does not say.
pub fn default_types(kind: DataKind) -> &'static [StoreType] {
    use StoreType as T;
    match kind {
        DataKind::Basic => &[T::Name],
        DataKind::Identity => &[T::OtherPersonalInfo],
        DataKind::Contact => &[T::EmailAddress, T::PhoneNumber],
        DataKind::Biometric => &[T::Biometric],
        DataKind::Location => &[T::PreciseLocation],
        DataKind::Device => &[T::DeviceId],
        DataKind::Usage => &[T::ProductInteraction],
        DataKind::Content => &[T::OtherUserContent],
        DataKind::ContactsList => &[T::Contacts],
        DataKind::Financial => &[T::PaymentInfo, T::PurchaseHistory],
        DataKind::Health => &[T::Health],
        DataKind::Advertising => &[T::DeviceId],
        DataKind::Other => &[T::OtherDataTypes],
    }
}

/// Apple's data type for a store type.
pub fn apple_type(t: StoreType) -> &'static AppleType {
    let constant = tables::apple_constant(t);
    APPLE_TYPES
        .iter()
        .find(|a| a.constant == constant)
        .expect("every store type maps to a listed Apple type (unit-tested)")
}

/// Google's data type for a store type.
pub fn google_type(t: StoreType) -> &'static GoogleType {
    let response = tables::google_response(t);
    GOOGLE_TYPES
        .iter()
        .find(|g| g.response == response)
        .expect("every store type maps to a listed Google type (unit-tested)")
}

/// Apple's purpose constant (without the `NSPrivacyCollectedDataTypePurpose` prefix) and
/// the words App Store Connect uses for it.
pub fn apple_purpose(kind: PurposeKind) -> (&'static str, &'static str) {
    use PurposeKind as P;
    match kind {
        P::ThirdPartyAdvertising => ("ThirdPartyAdvertising", "Third-Party Advertising"),
        P::DeveloperAdvertising => (
            "DeveloperAdvertising",
            "Developer's Advertising or Marketing",
        ),
        P::Analytics => ("Analytics", "Analytics"),
        P::Personalization => ("ProductPersonalization", "Product Personalization"),
        P::AppFunctionality | P::DeveloperCommunications | P::Security | P::AccountManagement => {
            ("AppFunctionality", "App Functionality")
        }
        P::Compliance | P::Other => ("Other", "Other Purposes"),
    }
}

/// Google's purpose response id.
pub fn google_purpose(kind: PurposeKind) -> &'static str {
    use PurposeKind as P;
    match kind {
        P::AppFunctionality | P::Other => "PSL_APP_FUNCTIONALITY",
        P::Analytics => "PSL_ANALYTICS",
        P::DeveloperCommunications => "PSL_DEVELOPER_COMMUNICATIONS",
        P::Security | P::Compliance => "PSL_FRAUD_PREVENTION_SECURITY",
        P::DeveloperAdvertising | P::ThirdPartyAdvertising => "PSL_ADVERTISING",
        P::Personalization => "PSL_PERSONALIZATION",
        P::AccountManagement => "PSL_ACCOUNT_MANAGEMENT",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every store type, read from the model's JSON Schema (so a new one is never missed).
    fn every_store_type() -> Vec<StoreType> {
        let schema = serde_json::to_value(schemars::schema_for!(StoreType)).unwrap();
        let names = schema["enum"].as_array().expect("a plain enum").clone();
        names
            .into_iter()
            .map(|n| serde_json::from_value(n).unwrap())
            .collect()
    }

    #[test]
    fn every_store_type_maps_to_both_stores() {
        let all = every_store_type();
        assert_eq!(all.len(), 44);
        for t in all {
            apple_type(t);
            google_type(t);
        }
    }

    #[test]
    fn the_tables_hold_each_store_constant_once() {
        let apple: BTreeSet<_> = APPLE_TYPES.iter().map(|t| t.constant).collect();
        assert_eq!(apple.len(), APPLE_TYPES.len());
        assert_eq!(APPLE_TYPES.len(), 35);
        let google: BTreeSet<_> = GOOGLE_TYPES.iter().map(|t| t.response).collect();
        assert_eq!(google.len(), GOOGLE_TYPES.len());
        assert_eq!(GOOGLE_TYPES.len(), 38);
        let groups: BTreeSet<_> = GOOGLE_TYPES.iter().map(|t| t.question).collect();
        assert_eq!(groups.len(), 14, "Google's 14 data categories");
    }
}
