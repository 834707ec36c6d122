//! References between elements, resolved once.
//!
//! A reference is written as an id (`purposes: [billing]`) and read as a [`Ref`] that does not
//! yet know its element. Validation ([`super::validate::policy`]) resolves every reference in
//! the list it points into, or reports it; from then on rendering, labels, compliance and
//! material rules follow the reference to its element and never look an id up again. Ids are
//! unique within a list, not across lists, so the list is part of the reference's type.

use super::model::{
    DataCategory, Feature, Id, Permission, Policy, Purpose, Right, Text, ThirdParty,
};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::marker::PhantomData;

/// A list whose elements other elements name by id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum List {
    /// `purposes`, named by a data category's `purposes`.
    Purposes,
    /// `data_categories`, named by `data` of features, third parties and transfers.
    DataCategories,
    /// `features`, named by a permission's `features`.
    Features,
    /// `permissions`, named by a feature's `permissions`.
    Permissions,
    /// `third_parties`, named by a transfer's `recipients`.
    ThirdParties,
    /// `rights`, named by a tier of minors' `guardian_rights`.
    Rights,
}

impl List {
    /// The list that a reference field of this name points into.
    pub fn of_field(field: &str) -> Option<List> {
        match field {
            "purposes" => Some(List::Purposes),
            "data" => Some(List::DataCategories),
            "features" => Some(List::Features),
            "permissions" => Some(List::Permissions),
            "recipients" | "third_party" => Some(List::ThirdParties),
            "guardian_rights" => Some(List::Rights),
            _ => None,
        }
    }
}

/// Every listed element's name by list and id, built once per policy: the one index for ids
/// that arrive as text. Only the change notice needs it, because it shows a diff of the
/// serialised versions, where a reference is the id it was written as.
pub struct Names<'a>(BTreeMap<(List, &'a str), &'a str>);

impl<'a> Names<'a> {
    /// The index of `policy`.
    pub fn of(policy: &'a Policy) -> Self {
        let mut names = BTreeMap::new();
        add::<Purpose>(policy, &mut names);
        add::<DataCategory>(policy, &mut names);
        add::<Feature>(policy, &mut names);
        add::<Permission>(policy, &mut names);
        add::<ThirdParty>(policy, &mut names);
        add::<Right>(policy, &mut names);
        Names(names)
    }

    /// The name of the element that `id` in reference field `field` names.
    pub fn get(&self, field: &str, id: &str) -> Option<&'a str> {
        self.0.get(&(List::of_field(field)?, id)).copied()
    }
}

fn add<'a, T: Listed + 'a>(policy: &'a Policy, names: &mut BTreeMap<(List, &'a str), &'a str>) {
    for e in T::all(policy) {
        names
            .entry((T::LIST, e.id().value.as_str()))
            .or_insert(e.name());
    }
}

/// An element of a list that other elements refer to by id.
pub trait Listed: Sized {
    /// Which list.
    const LIST: List;
    /// The list in `policy` the element belongs to.
    fn all(policy: &Policy) -> &[Self];
    /// Its id.
    fn id(&self) -> &Id;
    /// Its name, as the reader sees it.
    fn name(&self) -> &str;
    /// Its name as policy text (with the locale it fell back to), where it is translatable.
    fn text(&self) -> Option<&Text>;
}

/// A reference to an element of the list of `T`, serialised as the id it was written as.
pub struct Ref<T> {
    /// The id as written, with where.
    pub id: Id,
    /// The element's position in its list, once resolved.
    at: Option<usize>,
    of: PhantomData<fn() -> T>,
}

impl<T: Listed> Ref<T> {
    /// A reference to `id`, not yet resolved.
    pub fn to(id: Id) -> Self {
        Ref {
            id,
            at: None,
            of: PhantomData,
        }
    }

    /// The element referred to, in `policy` (the one it was resolved in, or a translation
    /// of it: translations keep every list's order). `None` only for a reference that
    /// validation reported.
    pub fn get<'a>(&self, policy: &'a Policy) -> Option<&'a T> {
        T::all(policy).get(self.at?)
    }

    /// Whether it refers to the element at `index` of its list.
    pub fn is(&self, index: usize) -> bool {
        self.at == Some(index)
    }

    /// The element's position in its list.
    pub fn index(&self) -> Option<usize> {
        self.at
    }

    /// Points the reference at its element, given each id's position in its list; `false`
    /// when there is none.
    pub(super) fn resolve(
        &mut self,
        positions: &std::collections::BTreeMap<String, usize>,
    ) -> bool {
        self.at = positions.get(&self.id.value).copied();
        self.at.is_some()
    }
}

impl<T> Clone for Ref<T> {
    fn clone(&self) -> Self {
        Ref {
            id: self.id.clone(),
            at: self.at,
            of: PhantomData,
        }
    }
}

impl<T> std::fmt::Debug for Ref<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Ref({:?} @ {:?})", self.id.value, self.at)
    }
}

impl<T> Serialize for Ref<T> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.id.value.serialize(serializer)
    }
}

impl<'de, T> Deserialize<'de> for Ref<T> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Ok(Ref {
            id: Id::deserialize(deserializer)?,
            at: None,
            of: PhantomData,
        })
    }
}

macro_rules! listed {
    ($type:ty, $name:ident, $list:ident, |$e:ident| $text:expr) => {
        impl Listed for $type {
            const LIST: List = List::$name;
            fn all(policy: &Policy) -> &[Self] {
                &policy.$list
            }
            fn id(&self) -> &Id {
                &self.id
            }
            fn name(&self) -> &str {
                &self.name
            }
            fn text(&self) -> Option<&Text> {
                let $e = self;
                $text
            }
        }
    };
}

listed!(Purpose, Purposes, purposes, |e| Some(&e.name));
listed!(DataCategory, DataCategories, data_categories, |e| Some(
    &e.name
));
listed!(Feature, Features, features, |e| Some(&e.name));
listed!(Permission, Permissions, permissions, |e| Some(&e.name));
// A third party's name is its own, not translated.
listed!(ThirdParty, ThirdParties, third_parties, |_e| None);
listed!(Right, Rights, rights, |e| Some(&e.name));

#[cfg(test)]
mod tests {
    const SHARED: &str = "meta:
  title: T
  product: P
  controller: { name: C }
  contact: { email: a@example.com }
purposes:
  - { id: camera, name: Purpose camera, kind: app-functionality }
data_categories:
  - id: camera
    name: Category camera
    kind: content
    source: user
    purposes: [camera]
    retention: { duration: P1D }
features:
  - { id: camera, name: Feature camera, data: [camera], permissions: [camera] }
permissions:
  - { id: camera, name: Permission camera, platform: android, identifier: android.permission.CAMERA, use: Photos, features: [camera] }
third_parties:
  - { id: camera, name: Vendor camera, kind: processor, purpose: Hosting, data: [camera] }
sections:
  - { id: intro, title: Intro, body: Text. }
";

    #[test]
    fn a_reference_resolves_in_its_own_list_when_every_list_shares_the_id() {
        let policy = crate::content::policy_from_text("policy.yaml", SHARED).unwrap();
        let c = &policy.data_categories[0];
        assert_eq!(
            c.purposes[0].get(&policy).unwrap().name.as_str(),
            "Purpose camera"
        );
        let f = &policy.features[0];
        assert_eq!(
            f.data[0].get(&policy).unwrap().name.as_str(),
            "Category camera"
        );
        let p = f.permissions[0].get(&policy).unwrap();
        assert_eq!(p.name.as_str(), "Permission camera");
        assert_eq!(
            p.features[0].get(&policy).unwrap().name.as_str(),
            "Feature camera"
        );
        let t = &policy.third_parties[0];
        assert!(t.data[0].is(0));
        let names = super::Names::of(&policy);
        for (field, name) in [
            ("purposes", "Purpose camera"),
            ("data", "Category camera"),
            ("features", "Feature camera"),
            ("permissions", "Permission camera"),
            ("recipients", "Vendor camera"),
        ] {
            assert_eq!(names.get(field, "camera"), Some(name));
        }
        assert_eq!(names.get("kind", "camera"), None);
    }

    #[test]
    fn a_reference_serialises_as_the_id_it_was_written_as() {
        let policy = crate::content::policy_from_text("policy.yaml", SHARED).unwrap();
        let json = serde_json::to_value(&policy.features[0]).unwrap();
        assert_eq!(json["data"], serde_json::json!(["camera"]));
        assert_eq!(json["permissions"], serde_json::json!(["camera"]));
    }
}
