//! What changed against the previous version, as API v1 publishes it (`notice.changes`):
//! the diff's own types, mapped from [`crate::versions::diff`].

use super::convert::Convert;
use crate::versions::diff;
use schemars::JsonSchema;
use serde::Serialize;
use serde_json::Value;

/// Everything that changed between two texts of a policy.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct PolicyDiff {
    /// Changes to structured elements, in model order.
    pub elements: Vec<ElementChange>,
    /// Changes to sections, in the order of the newer text (removed ones at the end).
    pub sections: Vec<SectionChange>,
}

/// What happened to an element or a section.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Op {
    /// New in the later text.
    Added,
    /// Gone from the later text.
    Removed,
    /// In both, with different fields.
    Changed,
}

/// One element that changed.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct ElementChange {
    /// `purpose`, `data-category`, `feature`, `permission`, `third-party`,
    /// `storage-location`, `transfer`, `right`, `key-point`, `controller`, `contact`,
    /// `audience` or `jurisdictions`.
    pub kind: String,
    /// The element's id (empty for the singletons: controller, contact, audience, jurisdictions).
    pub id: String,
    /// Its name as the reader knows it (from the later text, or the earlier one if removed).
    pub name: String,
    /// Added, removed or changed.
    pub op: Op,
    /// For a change: each field that differs.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<FieldChange>,
}

/// One field of a changed element.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct FieldChange {
    /// The field, dotted for nested ones: `retention.duration`, `items`, `steps.open-settings`.
    pub field: String,
    /// The value before (absent when the field is new).
    #[serde(default, skip_serializing_if = "Value::is_null")]
    pub from: Value,
    /// The value after (absent when the field was removed).
    #[serde(default, skip_serializing_if = "Value::is_null")]
    pub to: Value,
    /// For lists: entries added.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub added: Vec<Value>,
    /// For lists: entries removed.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub removed: Vec<Value>,
}

/// One section that changed.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct SectionChange {
    /// The section id.
    pub id: String,
    /// Added, removed or changed.
    pub op: Op,
    /// The title (the later one, or the earlier one if removed).
    pub title: String,
    /// The earlier title, when it was renamed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub renamed_from: Option<String>,
    /// Whether it moved to another parent or place among its siblings.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub moved: bool,
    /// The body, word by word (empty when the body did not change).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub body: Vec<Chunk>,
}

/// A run of text in a word diff.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct Chunk {
    /// `equal`, `insert` or `delete`.
    pub op: String,
    /// The text.
    pub text: String,
}

impl Convert for diff::PolicyDiff {
    type V1 = PolicyDiff;
    fn v1(&self) -> PolicyDiff {
        let diff::PolicyDiff { elements, sections } = self;
        PolicyDiff {
            elements: elements.v1(),
            sections: sections.v1(),
        }
    }
}

impl Convert for diff::Op {
    type V1 = Op;
    fn v1(&self) -> Op {
        match self {
            diff::Op::Added => Op::Added,
            diff::Op::Removed => Op::Removed,
            diff::Op::Changed => Op::Changed,
        }
    }
}

impl Convert for diff::ElementChange {
    type V1 = ElementChange;
    fn v1(&self) -> ElementChange {
        let diff::ElementChange {
            kind,
            id,
            name,
            op,
            fields,
        } = self;
        ElementChange {
            kind: kind.as_str().to_string(),
            id: id.clone(),
            name: name.clone(),
            op: op.v1(),
            fields: fields.v1(),
        }
    }
}

impl Convert for diff::FieldChange {
    type V1 = FieldChange;
    fn v1(&self) -> FieldChange {
        let diff::FieldChange {
            field,
            from,
            to,
            added,
            removed,
        } = self;
        FieldChange {
            field: field.clone(),
            from: from.clone(),
            to: to.clone(),
            added: added.clone(),
            removed: removed.clone(),
        }
    }
}

impl Convert for diff::SectionChange {
    type V1 = SectionChange;
    fn v1(&self) -> SectionChange {
        let diff::SectionChange {
            id,
            op,
            title,
            renamed_from,
            moved,
            body,
        } = self;
        SectionChange {
            id: id.clone(),
            op: op.v1(),
            title: title.clone(),
            renamed_from: renamed_from.clone(),
            moved: *moved,
            body: body.v1(),
        }
    }
}

impl Convert for diff::Chunk {
    type V1 = Chunk;
    fn v1(&self) -> Chunk {
        let diff::Chunk { op, text } = self;
        Chunk {
            op: op.to_string(),
            text: text.clone(),
        }
    }
}
