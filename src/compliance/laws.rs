//! The jurisdiction checklists: one table per law, as data (`laws/*.yaml`, compiled in).

use super::facts::{Condition, Fact};
use crate::content::model::{DataKind, Jurisdiction};
use serde::Deserialize;
use std::sync::OnceLock;

/// One law's checklist.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Law {
    /// Its short name, as messages print it: `GDPR`.
    pub law: String,
    /// The `meta.jurisdictions` codes it applies to.
    pub jurisdictions: Vec<Jurisdiction>,
    /// Kinds of data the law treats as sensitive.
    pub sensitive_kinds: Vec<DataKind>,
    /// What the law requires a policy to disclose.
    pub items: Vec<Item>,
}

/// One disclosure a law requires.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Item {
    /// Stable id; `<law>.<id>` (lower case) names the item in waivers.
    pub id: String,
    /// Where the law says it.
    pub article: String,
    /// What it requires, in words.
    pub requirement: String,
    /// When it applies (always, when absent).
    #[serde(default)]
    pub when: Option<Condition>,
    /// The facts that satisfy it, all of them.
    pub requires: Vec<Fact>,
}

impl Law {
    /// The name of an item in waivers and reports: `gdpr.dpo`.
    pub fn check_id(&self, item: &Item) -> String {
        format!("{}.{}", self.law.to_lowercase(), item.id)
    }
}

const TABLES: [(&str, &str); 4] = [
    ("gdpr.yaml", include_str!("laws/gdpr.yaml")),
    ("pipl.yaml", include_str!("laws/pipl.yaml")),
    ("ccpa.yaml", include_str!("laws/ccpa.yaml")),
    ("coppa.yaml", include_str!("laws/coppa.yaml")),
];

/// Every law Clause has a checklist for (parsed once; the tables are unit-tested).
pub fn all() -> &'static [Law] {
    static LAWS: OnceLock<Vec<Law>> = OnceLock::new();
    LAWS.get_or_init(|| {
        TABLES
            .iter()
            .map(|(name, text)| {
                serde_saphyr::from_str(text)
                    .unwrap_or_else(|e| panic!("built-in law table {name}: {e}"))
            })
            .collect()
    })
}

/// The checklist for a jurisdiction code, if Clause has one.
pub fn for_jurisdiction(j: Jurisdiction) -> Option<&'static Law> {
    all().iter().find(|l| l.jurisdictions.contains(&j))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_table_parses_with_unique_item_ids() {
        assert_eq!(all().len(), TABLES.len());
        for law in all() {
            let mut ids: Vec<String> = law.items.iter().map(|i| law.check_id(i)).collect();
            let n = ids.len();
            ids.sort();
            ids.dedup();
            assert_eq!(ids.len(), n, "{}", law.law);
            assert!(law.items.iter().all(|i| !i.requires.is_empty()));
        }
    }

    #[test]
    fn a_jurisdiction_has_at_most_one_table() {
        for law in all() {
            for j in &law.jurisdictions {
                let n = all().iter().filter(|l| l.jurisdictions.contains(j)).count();
                assert_eq!(n, 1, "{j:?}");
            }
        }
    }
}
