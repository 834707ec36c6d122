//! The structured difference between two texts of a policy: every element added, removed or
//! changed field by field (matched by id, so a new title is a change, not a removal and an
//! addition), and a word-by-word diff of every section.
//!
//! The comparison runs on the model's JSON form, so a field added to the model is compared
//! without code here. Run it on localized policies to show a reader the change in their
//! language; materiality (see `material`) runs on the default locale.

pub use crate::content::fields::ElementKind;
use crate::content::model::{Policy, Section};
use schemars::JsonSchema;
use serde::Serialize;
use serde_json::{Map, Value};

/// Everything that changed between two texts of a policy.
#[derive(Debug, Clone, Default, PartialEq, Serialize, JsonSchema)]
pub struct PolicyDiff {
    /// Changes to structured elements, in model order.
    pub elements: Vec<ElementChange>,
    /// Changes to sections, in the order of the newer text (removed ones at the end).
    pub sections: Vec<SectionChange>,
}

impl PolicyDiff {
    /// Whether nothing changed.
    pub fn is_empty(&self) -> bool {
        self.elements.is_empty() && self.sections.is_empty()
    }
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
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct ElementChange {
    /// `purpose`, `data-category`, `feature`, `permission`, `third-party`,
    /// `storage-location`, `transfer`, `right`, `key-point`, `controller`, `contact`,
    /// `audience` or `jurisdictions`.
    #[schemars(with = "String")]
    pub kind: ElementKind,
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
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
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
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
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
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct Chunk {
    /// `equal`, `insert` or `delete`.
    pub op: &'static str,
    /// The text.
    pub text: String,
}

/// The lists of elements with ids (JSON pointers into the serialised policy), and what
/// each is called.
pub const LISTS: &[(&str, ElementKind)] = &[
    ("/meta/key_points", ElementKind::KeyPoint),
    ("/purposes", ElementKind::Purpose),
    ("/data_categories", ElementKind::DataCategory),
    ("/features", ElementKind::Feature),
    ("/permissions", ElementKind::Permission),
    ("/third_parties", ElementKind::ThirdParty),
    ("/storage/locations", ElementKind::StorageLocation),
    ("/storage/transfers", ElementKind::Transfer),
    ("/rights", ElementKind::Right),
    ("/minors", ElementKind::MinorTier),
    ("/exceptions", ElementKind::ExceptionList),
    ("/cookies", ElementKind::Cookie),
];

/// The elements that occur once.
pub const SINGLETONS: &[(&str, ElementKind)] = &[
    ("/meta/controller", ElementKind::Controller),
    ("/meta/contact", ElementKind::Contact),
    ("/meta/audience", ElementKind::Audience),
    ("/meta/jurisdictions", ElementKind::Jurisdictions),
];

/// The difference from `old` to `new`.
pub fn diff(old: &Policy, new: &Policy) -> PolicyDiff {
    let (a, b) = (json(old), json(new));
    let mut elements = Vec::new();
    for (path, kind) in LISTS {
        elements.extend(diff_list(*kind, a.pointer(path), b.pointer(path)));
    }
    for (path, kind) in SINGLETONS {
        let (x, y) = (
            a.pointer(path).unwrap_or(&Value::Null),
            b.pointer(path).unwrap_or(&Value::Null),
        );
        if x != y {
            elements.push(ElementChange {
                kind: *kind,
                id: String::new(),
                name: String::new(),
                op: Op::Changed,
                fields: diff_fields("", x, y),
            });
        }
    }
    PolicyDiff {
        elements,
        sections: diff_sections(&old.sections, &new.sections),
    }
}

fn json(policy: &Policy) -> Value {
    serde_json::to_value(policy).unwrap_or(Value::Null)
}

fn items(list: Option<&Value>) -> Vec<(&str, &Value)> {
    list.and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(|v| Some((v.get("id")?.as_str()?, v)))
                .collect()
        })
        .unwrap_or_default()
}

/// What a reader calls an element: its name, title, region, destination or text.
pub fn display_name(value: &Value) -> String {
    [
        "name",
        "title",
        "region",
        "destination",
        "text",
        "basis",
        "address",
        "label",
        "value",
    ]
    .iter()
    .find_map(|k| value.get(*k).and_then(Value::as_str))
    .unwrap_or_default()
    .to_string()
}

fn find<'a>(list: &[(&str, &'a Value)], id: &str) -> Option<&'a Value> {
    list.iter().find(|(i, _)| *i == id).map(|(_, v)| *v)
}

fn diff_list(kind: ElementKind, old: Option<&Value>, new: Option<&Value>) -> Vec<ElementChange> {
    let (old, new) = (items(old), items(new));
    let mut out = Vec::new();
    for (id, after) in &new {
        let change = match find(&old, id) {
            None => Some((Op::Added, Vec::new())),
            Some(before) if before != *after => Some((Op::Changed, diff_fields("", before, after))),
            Some(_) => None,
        };
        if let Some((op, fields)) = change {
            out.push(ElementChange {
                kind,
                id: id.to_string(),
                name: display_name(after),
                op,
                fields,
            });
        }
    }
    for (id, before) in old.iter().filter(|(id, _)| find(&new, id).is_none()) {
        out.push(ElementChange {
            kind,
            id: id.to_string(),
            name: display_name(before),
            op: Op::Removed,
            fields: Vec::new(),
        });
    }
    out
}

/// Field by field; nested objects give dotted fields, lists give added and removed entries.
fn diff_fields(prefix: &str, old: &Value, new: &Value) -> Vec<FieldChange> {
    let empty = Map::new();
    let (a, b) = (
        old.as_object().unwrap_or(&empty),
        new.as_object().unwrap_or(&empty),
    );
    if a.is_empty() && b.is_empty() {
        return list_or_value(prefix.trim_end_matches('.'), old, new)
            .into_iter()
            .collect();
    }
    let mut keys: Vec<&String> = b
        .keys()
        .chain(a.keys().filter(|k| !b.contains_key(*k)))
        .collect();
    keys.dedup();
    let mut out = Vec::new();
    for key in keys {
        let (x, y) = (
            a.get(key).unwrap_or(&Value::Null),
            b.get(key).unwrap_or(&Value::Null),
        );
        if x == y || key == "id" {
            continue;
        }
        let field = format!("{prefix}{key}");
        if x.is_object() || y.is_object() {
            out.extend(diff_fields(&format!("{field}."), x, y));
        } else if let Some(change) = list_or_value(&field, x, y) {
            out.push(change);
        }
    }
    out
}

fn list_or_value(field: &str, x: &Value, y: &Value) -> Option<FieldChange> {
    let (Some(xs), Some(ys)) = (x.as_array(), y.as_array()) else {
        return (x != y).then(|| FieldChange {
            field: field.to_string(),
            from: x.clone(),
            to: y.clone(),
            added: Vec::new(),
            removed: Vec::new(),
        });
    };
    // Lists of elements with ids (items, steps): entries by id; renamed entries are changes.
    let keyed = |v: &Value| v.get("id").and_then(Value::as_str).map(str::to_string);
    // An entry is shown by its name; an item keeps the store type its author gave it, so
    // that giving one is a change a reader can see.
    let shown = |v: &Value| {
        let mut kept = serde_json::Map::new();
        for key in ["store_type", "sensitive"] {
            if let Some(x) = v.get(key) {
                kept.insert(key.into(), x.clone());
            }
        }
        match (v.is_object(), kept.is_empty()) {
            (true, true) => Value::String(display_name(v)),
            (true, false) => {
                kept.insert("name".into(), Value::String(display_name(v)));
                Value::Object(kept)
            }
            _ => v.clone(),
        }
    };
    let key = |v: &Value| keyed(v).unwrap_or_else(|| v.to_string());
    let added: Vec<Value> = ys
        .iter()
        .filter(|y| !xs.iter().any(|x| key(x) == key(y)))
        .map(shown)
        .collect();
    let removed: Vec<Value> = xs
        .iter()
        .filter(|x| !ys.iter().any(|y| key(x) == key(y)))
        .map(shown)
        .collect();
    let renamed = xs.iter().filter_map(|x| {
        let y = ys.iter().find(|y| keyed(x).is_some() && key(x) == key(y))?;
        (x != y).then(|| (shown(x), shown(y)))
    });
    let (from, to): (Vec<Value>, Vec<Value>) = renamed.unzip();
    if added.is_empty() && removed.is_empty() && from.is_empty() {
        return None;
    }
    Some(FieldChange {
        field: field.to_string(),
        from: if from.is_empty() {
            Value::Null
        } else {
            Value::Array(from)
        },
        to: if to.is_empty() {
            Value::Null
        } else {
            Value::Array(to)
        },
        added,
        removed,
    })
}

/// Where a section sits: its parent and the ids of its siblings.
struct Place<'a> {
    section: &'a Section,
    parent: Option<&'a str>,
    siblings: Vec<&'a str>,
}

fn places<'a>(sections: &'a [Section], parent: Option<&'a str>, out: &mut Vec<Place<'a>>) {
    let siblings: Vec<&str> = sections.iter().map(|s| s.id.value.as_str()).collect();
    for s in sections {
        out.push(Place {
            section: s,
            parent,
            siblings: siblings.clone(),
        });
        places(&s.sections, Some(&s.id.value), out);
    }
}

fn diff_sections(old: &[Section], new: &[Section]) -> Vec<SectionChange> {
    let (mut a, mut b) = (Vec::new(), Vec::new());
    places(old, None, &mut a);
    places(new, None, &mut b);
    let find = |list: &[Place], id: &str| list.iter().position(|p| p.section.id.value == id);
    let mut out = Vec::new();
    for after in &b {
        let s = after.section;
        let Some(i) = find(&a, &s.id.value) else {
            out.push(section_change(s, Op::Added, None, false));
            continue;
        };
        let before = &a[i];
        let renamed = (before.section.title != s.title).then(|| before.section.title.to_string());
        let moved = before.parent != after.parent || !stayed(before, after, &a, &b);
        let old_body = before.section.body.as_deref().unwrap_or("");
        let new_body = s.body.as_deref().unwrap_or("");
        let body = if old_body == new_body {
            Vec::new()
        } else {
            words(old_body, new_body)
        };
        if renamed.is_some() || moved || !body.is_empty() {
            let mut change = section_change(s, Op::Changed, renamed, moved);
            change.body = body;
            out.push(change);
        }
    }
    for before in a.iter().filter(|p| find(&b, &p.section.id.value).is_none()) {
        out.push(section_change(before.section, Op::Removed, None, false));
    }
    out
}

/// Whether a section kept its place among the siblings that both texts share: it is on the
/// longest common subsequence of their order, so swapping two sections marks one as moved,
/// and adding or removing a sibling moves nothing.
fn stayed(before: &Place, after: &Place, old: &[Place], new: &[Place]) -> bool {
    let exists = |list: &[Place], id: &str| list.iter().any(|p| p.section.id.value == id);
    let a: Vec<&str> = before
        .siblings
        .iter()
        .copied()
        .filter(|id| exists(new, id))
        .collect();
    let b: Vec<&str> = after
        .siblings
        .iter()
        .copied()
        .filter(|id| exists(old, id))
        .collect();
    lcs(&a, &b).contains(&after.section.id.value.as_str())
}

/// The longest common subsequence of two short lists.
fn lcs<'a>(a: &[&'a str], b: &[&'a str]) -> Vec<&'a str> {
    let mut table = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            table[i][j] = if a[i] == b[j] {
                table[i + 1][j + 1] + 1
            } else {
                table[i + 1][j].max(table[i][j + 1])
            };
        }
    }
    let (mut i, mut j, mut out) = (0, 0, Vec::new());
    while i < a.len() && j < b.len() {
        if a[i] == b[j] {
            out.push(a[i]);
            (i, j) = (i + 1, j + 1);
        } else if table[i + 1][j] >= table[i][j + 1] {
            i += 1;
        } else {
            j += 1;
        }
    }
    out
}

fn section_change(s: &Section, op: Op, renamed_from: Option<String>, moved: bool) -> SectionChange {
    SectionChange {
        id: s.id.value.clone(),
        op,
        title: s.title.to_string(),
        renamed_from,
        moved,
        body: Vec::new(),
    }
}

/// A word diff that reads correctly without spaces: words by Unicode rules (UAX #29), so
/// Chinese and Japanese split between characters and Arabic between words. Runs of changes
/// separated only by spaces are joined, so a reworded phrase reads as one deletion and one
/// insertion rather than alternating words.
pub fn words(old: &str, new: &str) -> Vec<Chunk> {
    if rewritten(old, new) {
        let mut out = Vec::new();
        push(&mut out, "delete", old);
        push(&mut out, "insert", new);
        return out;
    }
    let diff = similar::TextDiff::configure()
        .algorithm(similar::Algorithm::Patience)
        .diff_unicode_words(old, new);
    let raw: Vec<(similar::ChangeTag, &str)> = diff
        .iter_all_changes()
        .map(|c| (c.tag(), c.value()))
        .collect();
    let mut out: Vec<Chunk> = Vec::new();
    let (mut deleted, mut inserted) = (String::new(), String::new());
    for (i, (tag, text)) in raw.iter().enumerate() {
        let between_changes = text.trim().is_empty()
            && !(deleted.is_empty() && inserted.is_empty())
            && raw
                .get(i + 1)
                .is_some_and(|(t, _)| *t != similar::ChangeTag::Equal);
        match tag {
            similar::ChangeTag::Delete => deleted.push_str(text),
            similar::ChangeTag::Insert => inserted.push_str(text),
            similar::ChangeTag::Equal if between_changes => {
                deleted.push_str(text);
                inserted.push_str(text);
            }
            similar::ChangeTag::Equal => {
                flush(&mut out, &mut deleted, &mut inserted);
                push(&mut out, "equal", text);
            }
        }
    }
    flush(&mut out, &mut deleted, &mut inserted);
    out
}

/// Whether two long texts share so few words that a word diff would be noise (and slow:
/// the diff's cost grows with the product of the lengths when little matches). Then the
/// notice shows the old text deleted and the new one inserted, which is what happened.
fn rewritten(old: &str, new: &str) -> bool {
    use std::collections::HashSet;
    use unicode_segmentation::UnicodeSegmentation;
    if old.len() + new.len() < 4_000 {
        return false;
    }
    let a: HashSet<&str> = old.unicode_words().collect();
    let b: HashSet<&str> = new.unicode_words().collect();
    let shared = a.intersection(&b).count();
    shared * 4 < a.len().max(b.len())
}

fn flush(out: &mut Vec<Chunk>, deleted: &mut String, inserted: &mut String) {
    push(out, "delete", &std::mem::take(deleted));
    push(out, "insert", &std::mem::take(inserted));
}

fn push(out: &mut Vec<Chunk>, op: &'static str, text: &str) {
    if text.is_empty() {
        return;
    }
    match out.last_mut() {
        Some(last) if last.op == op => last.text.push_str(text),
        _ => out.push(Chunk {
            op,
            text: text.to_string(),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn policy(yaml: &str) -> Policy {
        crate::yaml::parse("policy.yaml", yaml).unwrap_or_else(|d| panic!("{}", d.message))
    }

    const BASE: &str = "
meta: { title: T, product: P, controller: { name: C }, contact: {} }
purposes:
  - { id: run, name: Running the app }
  - { id: help, name: Support }
data_categories:
  - id: account
    name: Account
    items: [{ id: email, name: Email }]
    kind: contact
    source: user
    purposes: [run]
    retention: { duration: P30D }
sections:
  - { id: a, title: First, body: One two three. }
  - { id: b, title: Second, body: 我們蒐集下列資料。 }
  - { id: c, title: Third, sections: [{ id: c1, title: Inner, body: نجمع البيانات المذكورة أدناه. }] }
";

    fn changed(to: &str) -> PolicyDiff {
        diff(&policy(BASE), &policy(to))
    }

    #[test]
    fn elements_added_removed_and_changed_by_id() {
        let d = changed(
            &BASE
                .replace(
                    "  - { id: help, name: Support }\n",
                    "  - { id: ads, name: Ads }\n",
                )
                .replace("name: Running the app", "name: Operating the app")
                .replace(
                    "items: [{ id: email, name: Email }]",
                    "items: [{ id: email, name: E-mail }, { id: phone, name: Phone }]",
                )
                .replace("duration: P30D", "until: account-deletion"),
        );
        let summary: Vec<(&str, &str, Op)> = d
            .elements
            .iter()
            .map(|e| (e.kind.as_str(), e.id.as_str(), e.op))
            .collect();
        assert_eq!(
            summary,
            [
                ("purpose", "run", Op::Changed),
                ("purpose", "ads", Op::Added),
                ("purpose", "help", Op::Removed),
                ("data-category", "account", Op::Changed),
            ]
        );
        assert_eq!(
            d.elements[0].name, "Operating the app",
            "a rename is a change, named by its new name"
        );
        let fields: Vec<&str> = d.elements[3]
            .fields
            .iter()
            .map(|f| f.field.as_str())
            .collect();
        assert_eq!(fields, ["items", "retention.duration", "retention.until"]);
        let items = &d.elements[3].fields[0];
        assert_eq!(items.added, [Value::from("Phone")]);
        assert_eq!(
            (items.from.clone(), items.to.clone()),
            (Value::from(vec!["Email"]), Value::from(vec!["E-mail"]))
        );
    }

    #[test]
    fn sections_renamed_moved_added_and_removed() {
        let d = changed(
            "
meta: { title: T, product: P, controller: { name: C }, contact: {} }
sections:
  - { id: b, title: Second, body: 我們盡量少蒐集資料。 }
  - { id: a, title: Opening, body: One two three. }
  - { id: c1, title: Inner, body: نجمع أقل قدر ممكن. }
  - { id: d, title: New }
",
        );
        let summary: Vec<(&str, Op, Option<&str>, bool)> = d
            .sections
            .iter()
            .map(|s| (s.id.as_str(), s.op, s.renamed_from.as_deref(), s.moved))
            .collect();
        assert_eq!(
            summary,
            [
                ("b", Op::Changed, None, false),
                ("a", Op::Changed, Some("First"), true),
                ("c1", Op::Changed, None, true),
                ("d", Op::Added, None, false),
                ("c", Op::Removed, None, false),
            ]
        );
        // Chinese by character, Arabic by word, each change one run.
        let text = |c: &[Chunk]| {
            c.iter()
                .map(|c| format!("{}:{}", c.op, c.text))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            text(&d.sections[0].body),
            [
                "equal:我們",
                "insert:盡量少",
                "equal:蒐集",
                "delete:下列",
                "equal:資料。"
            ]
        );
        assert_eq!(
            text(&d.sections[2].body),
            [
                "equal:نجمع ",
                "delete:البيانات المذكورة أدناه",
                "insert:أقل قدر ممكن",
                "equal:."
            ]
        );
    }

    #[test]
    fn identical_texts_have_no_changes() {
        assert!(changed(BASE).is_empty());
    }
}
