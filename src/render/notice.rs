//! Change notices: what changed in a version, in the reader's language. The same view feeds
//! the web page, the in-app view and `clause diff` in the terminal.

use super::markdown::Markdown;
use super::redline::{Block, Marks, redline};
use super::view::{DateView, date_view, duration_text, mark, mark_from};
use crate::content::duration::Duration;
use crate::content::fields::Field;
use crate::content::model::{Policy, Section};
use crate::content::refs::{List, Names};
use crate::content::text::Text;
use crate::content::texts;
use crate::content::version::Release;
use crate::i18n::Strings;
use crate::versions::diff::{
    ElementChange, ElementKind, FieldChange, Op, PolicyDiff, SectionChange,
};
use crate::versions::material::Finding;
use fluent_bundle::FluentValue;
use serde::Serialize;
use serde_json::Value;

/// One change notice.
#[derive(Debug, Serialize)]
pub struct NoticeView {
    /// "What changed in version 3".
    pub title: String,
    /// The author's summary, as inline HTML, and as plain text.
    pub summary_html: Option<String>,
    /// The summary as plain text.
    pub summary_text: Option<String>,
    /// "Material change" or "Minor change" (for a draft: what it would be, released as it
    /// is).
    pub change: Option<String>,
    /// Whether the version was released as material.
    pub material: bool,
    /// Why the rules call it material, in the reader's language, one line per rule.
    pub reasons: Vec<String>,
    /// The reason recorded when a material change was released as minor.
    pub override_note: Option<String>,
    /// "Compared with version 2", or the first-version note.
    pub compared: String,
    /// Release and effective dates.
    pub released: Option<DateView>,
    /// Effective date.
    pub effective: Option<DateView>,
    /// Structured changes, grouped by element kind.
    pub groups: Vec<Group>,
    /// Section changes.
    pub sections: Vec<SectionView>,
    /// "The structured content did not change." when nothing did.
    pub unchanged: Option<String>,
}

/// Changes to one kind of element.
#[derive(Debug, Serialize)]
pub struct Group {
    /// The kind, as a heading.
    pub title: String,
    /// The changes.
    pub items: Vec<Item>,
}

/// One element's change in plain language.
#[derive(Debug, Serialize)]
pub struct Item {
    /// `added`, `removed` or `changed`.
    pub op: &'static str,
    /// "Added", "Removed", "Changed".
    pub op_label: String,
    /// The element's name.
    pub name: String,
    /// The name as HTML, marked when it is shown in another language than the notice's.
    pub name_html: String,
    /// "Kept for: 90 days → 180 days", one line per field.
    pub details: Vec<String>,
}

/// One section's change.
#[derive(Debug, Serialize)]
pub struct SectionView {
    /// The section id (the anchor on the version's page).
    pub id: String,
    /// `added`, `removed` or `changed`.
    pub op: &'static str,
    /// What happened, in words: "Added", "Renamed from …", "Moved", "Changed".
    pub labels: Vec<String>,
    /// The title.
    pub title: String,
    /// The title as HTML, marked when it is shown in another language than the notice's.
    pub title_html: String,
    /// The locale the body is shown in, when it is not the notice's (a fallback), and its
    /// direction.
    pub lang: Option<String>,
    /// `ltr` or `rtl`, with `lang`.
    pub dir: Option<&'static str>,
    /// The body as a redline, block by block (empty when the body did not change).
    pub blocks: Vec<Block>,
}

/// What the notice needs besides the two texts.
pub struct NoticeInput<'a> {
    /// The earlier text (`None` for a first version), localized.
    pub old: Option<&'a Policy>,
    /// The later text, localized.
    pub new: &'a Policy,
    /// The diff of the two localized texts.
    pub diff: &'a PolicyDiff,
    /// Material findings (from the default locale).
    pub findings: &'a [Finding],
    /// The release of the later text (`None` for a draft).
    pub release: Option<&'a Release>,
    /// The later version's id (`draft` for a draft).
    pub version: &'a str,
    /// The earlier version's id.
    pub previous: Option<&'a str>,
    /// The reader's locale, for the summary.
    pub locale: &'a str,
    /// Fallback locales for the summary.
    pub chain: &'a [String],
    /// The site's section numbering (`clause.yaml`), for cross-references in the text.
    pub numbering: Option<&'a [crate::content::numbering::NumberStyle]>,
}

/// A notice's title: "Changes in version …".
pub fn title(strings: &Strings, version: &str) -> String {
    strings.format("notice-title", &[("version", FluentValue::from(version))])
}

/// "Material change" or "Minor change".
pub fn change(strings: &Strings, release: &Release) -> String {
    strings.text(if release.material {
        "change-material"
    } else {
        "change-minor"
    })
}

/// A release's summary in `locale`, else in the first locale of `chain` that has one,
/// then carrying that locale as its fallback, so that every output marks it as in
/// another language (with its own `lang` and `dir`).
pub fn summary_in(release: &Release, locale: &str, chain: &[String]) -> Option<Text> {
    let (from, summary) = std::iter::once(locale)
        .chain(chain.iter().map(String::as_str))
        .find_map(|l| release.summary.get(l).map(|s| (l, s)))?;
    let mut text = Text::new(summary.as_str());
    if from != locale {
        text.fallback = Some(from.to_string());
    }
    Some(text)
}

/// Builds the notice in the language of `strings`.
pub fn notice(input: &NoticeInput, strings: &Strings, md: &Markdown) -> NoticeView {
    let s = Show {
        strings,
        policy: input.new,
        old_policy: input.old,
        old: Names::of(input.old.unwrap_or(input.new)),
        new: Names::of(input.new),
        fallbacks: (
            input.old.map(texts::fallbacks).unwrap_or_default(),
            texts::fallbacks(input.new),
        ),
    };
    let label = |v: &str| strings.format("version-label", &[("version", FluentValue::from(v))]);
    let summary = input
        .release
        .and_then(|r| summary_in(r, input.locale, input.chain));
    let mut reasons: Vec<String> = Vec::new();
    for f in input.findings {
        let reason = strings.text(&format!("material-{}", crate::render::view::code(&f.rule)));
        if !reasons.contains(&reason) {
            reasons.push(reason);
        }
    }
    let groups = groups(&input.diff.elements, &s);
    let bodies = (bodies(input.old), bodies(Some(input.new)));
    let marks = Marks {
        inserted: &strings.text("notice-inserted"),
        deleted: &strings.text("notice-deleted"),
        lang: None,
    };
    // A cross-reference says what the later text calls the section, or, for a section it
    // removed, what the earlier one did.
    let refs_of = |p: &Policy| {
        let numbers = crate::render::view::section_numbers(p, input.numbering, strings);
        crate::render::view::section_refs(p, &numbers, strings)
    };
    let mut refs = input.old.map(refs_of).unwrap_or_default();
    refs.extend(refs_of(input.new));
    let sections: Vec<SectionView> = input
        .diff
        .sections
        .iter()
        .map(|c| {
            let old = bodies.0.get(c.id.as_str()).copied().unwrap_or("");
            let new = bodies.1.get(c.id.as_str()).copied().unwrap_or("");
            // An added section's text is all new and a removed one's all gone: shown as
            // inserted and deleted, a notice (and its PDF record) says what they say.
            let shown = !c.body.is_empty() || (c.op != Op::Changed && old != new);
            let body_from = s.fallback(c.op, &format!("sections.{}.body", c.id));
            let marks = Marks {
                // Words in the notice's language inside text in another.
                lang: body_from.map(|_| input.locale),
                ..marks
            };
            let mut blocks = if !shown {
                Vec::new()
            } else {
                redline(old, new, md, &format!("notice-{}", c.id), marks, &refs)
            };
            for b in blocks.iter_mut().filter(|b| b.op == "folded") {
                let count = FluentValue::from(b.count);
                b.text = strings.format("notice-folded", &[("count", count)]);
            }
            section(c, &s, blocks, body_from)
        })
        .collect();
    NoticeView {
        title: match input.release {
            Some(_) => title(strings, input.version),
            None => strings.text("notice-title-draft"),
        },
        summary_html: summary.as_ref().map(|t| mark(t, md.inline(t), "span")),
        summary_text: summary.as_ref().map(|t| Markdown::plain(t)),
        // A draft is not released yet: what the rules find says what it would be.
        change: Some(match input.release {
            Some(r) => change(strings, r),
            None if input.findings.is_empty() => strings.text("change-minor-draft"),
            None => strings.text("change-material-draft"),
        }),
        // A draft is material when the rules say its release would be.
        material: input
            .release
            .map_or(!input.findings.is_empty(), |r| r.material),
        reasons,
        override_note: input
            .release
            .and_then(|r| r.material_override.as_ref())
            .map(|reason| {
                strings.format(
                    "notice-override",
                    &[("reason", FluentValue::from(reason.as_str()))],
                )
            }),
        compared: match input.previous {
            Some(p) => strings.format(
                "notice-compared",
                &[("version", FluentValue::from(label(p)))],
            ),
            None => strings.text("notice-first"),
        },
        released: input.release.map(|r| date_view(strings, r.released)),
        effective: input.release.map(|r| date_view(strings, r.effective)),
        unchanged: (input.previous.is_some() && groups.is_empty() && sections.is_empty())
            .then(|| strings.text("notice-unchanged")),
        groups,
        sections,
    }
}

/// The heading of each element kind, reusing the policy page's table captions.
fn heading(kind: ElementKind) -> &'static str {
    match kind {
        ElementKind::KeyPoint => "policy-key-points",
        ElementKind::Purpose => "purposes-title",
        ElementKind::DataCategory => "data-title",
        ElementKind::Feature => "features-title",
        ElementKind::Permission => "permissions-title",
        ElementKind::ThirdParty => "third-parties-title",
        ElementKind::StorageLocation => "storage-title",
        ElementKind::Transfer => "transfers-title",
        ElementKind::Right => "rights-title",
        ElementKind::MinorTier => "minors-title",
        ElementKind::ExceptionList => "exceptions-title",
        ElementKind::Cookie => "cookies-title",
        ElementKind::Controller => "contact-controller",
        ElementKind::Contact => "contact-title",
        ElementKind::Audience => "notice-audience",
        ElementKind::Jurisdictions => "policy-jurisdictions",
    }
}

fn groups(changes: &[ElementChange], s: &Show) -> Vec<Group> {
    ElementKind::ALL
        .iter()
        .filter_map(|kind| {
            let items: Vec<Item> = changes
                .iter()
                .filter(|c| c.kind == *kind)
                .map(|c| item(c, s))
                .collect();
            (!items.is_empty()).then(|| Group {
                title: s.strings.text(heading(*kind)),
                items,
            })
        })
        .collect()
}

fn op_code(op: Op) -> &'static str {
    match op {
        Op::Added => "added",
        Op::Removed => "removed",
        Op::Changed => "changed",
    }
}

fn item(c: &ElementChange, s: &Show) -> Item {
    let name = match (c.kind, c.name.is_empty()) {
        // A list of cases without a heading of its own is named by its kind.
        (ElementKind::ExceptionList, true) => s.list_name(&c.id),
        // A tier without a heading of its own is named by its age.
        (ElementKind::MinorTier, true) => s.tier_name(&c.id),
        _ => c.name.clone(),
    };
    let from = texts::name_key(c.kind, &c.id).and_then(|key| s.fallback(c.op, &key));
    Item {
        op: op_code(c.op),
        op_label: s.strings.text(&format!("notice-{}", op_code(c.op))),
        name_html: mark_from(from, super::markdown::escape(&name), "span"),
        name,
        details: match c.op {
            Op::Added => s.described(c.kind, &c.id),
            _ => s.details(c.kind, &c.fields),
        },
    }
}

/// Every section's body by id (sections at any depth share one id space).
fn bodies(policy: Option<&Policy>) -> std::collections::BTreeMap<&str, &str> {
    fn walk<'a>(sections: &'a [Section], out: &mut std::collections::BTreeMap<&'a str, &'a str>) {
        for s in sections {
            out.insert(&s.id.value, s.body.as_deref().unwrap_or(""));
            walk(&s.sections, out);
        }
    }
    let mut out = std::collections::BTreeMap::new();
    if let Some(p) = policy {
        walk(&p.sections, &mut out);
    }
    out
}

/// A section's change; `body_from` is the locale its body is shown in, when not the
/// notice's.
fn section(
    c: &SectionChange,
    s: &Show,
    blocks: Vec<Block>,
    body_from: Option<&str>,
) -> SectionView {
    let strings = s.strings;
    let title_from = s.fallback(c.op, &format!("sections.{}.title", c.id));
    let mut labels = Vec::new();
    if c.op != Op::Changed || (c.renamed_from.is_none() && !c.moved) {
        labels.push(strings.text(&format!("notice-{}", op_code(c.op))));
    }
    if let Some(old) = &c.renamed_from {
        labels.push(strings.format(
            "notice-renamed",
            &[("title", FluentValue::from(old.as_str()))],
        ));
    }
    if c.moved {
        labels.push(strings.text("notice-moved"));
    }
    SectionView {
        id: c.id.clone(),
        op: op_code(c.op),
        labels,
        title: c.title.clone(),
        title_html: mark_from(title_from, super::markdown::escape(&c.title), "span"),
        lang: body_from.map(str::to_string),
        dir: body_from.map(crate::i18n::direction),
        blocks,
    }
}

/// The yes-or-no facts a policy may leave unstated (`null` in the model).
const FACTS: &[&str] = &[
    "linked",
    "tracking",
    "ephemeral",
    "encrypted_in_transit",
    "deletable",
    "shared",
    "sold",
    "required",
    "optional",
    "safeguard",
    "consent",
];

/// Turns field names and raw values into the reader's words.
struct Show<'a> {
    strings: &'a Strings,
    /// The later text.
    policy: &'a Policy,
    /// The earlier text, if any.
    old_policy: Option<&'a Policy>,
    /// The names in the version compared with (the new one's, for a first version).
    old: Names<'a>,
    new: Names<'a>,
    /// The texts of the earlier and the later text shown in another locale, by key.
    fallbacks: (
        std::collections::BTreeMap<String, String>,
        std::collections::BTreeMap<String, String>,
    ),
}

/// The messages that name the values of an enum field of element `kind`: value `v` is
/// message `<prefix>-<v>` (most reuse the policy page's words).
fn value_prefix(kind: ElementKind, field: &str) -> Option<&'static str> {
    use ElementKind as K;
    match (kind, field) {
        (K::DataCategory, "kind") => Some("kind"),
        (K::ThirdParty, "kind") => Some("recipient"),
        (_, "source") => Some("source"),
        (_, "retention.until") => Some("until"),
        (_, "platform") => Some("platform"),
        (_, "safeguard") => Some("safeguard"),
        (K::Jurisdictions, _) => Some("law"),
        (K::Purpose, "kind") => Some("purpose-kind"),
        (K::Right, "kind") => Some("right-kind"),
        (K::ExceptionList, "kind") => Some("exceptions"),
        (K::Cookie, "kind") => Some("cookie-kind"),
        (K::Contact, "addresses.role") => Some("contact-address-role"),
        (K::Contact, "channels.kind") => Some("contact-channel"),
        (K::Audience, "kind") => Some("audience-kind"),
        (K::MinorTier, "consent") => Some("minor-consent"),
        (K::DataCategory, "store_types" | "items.store_type") => Some("store-type"),
        _ => None,
    }
}

impl Show<'_> {
    /// The locale text `key` is shown in when it is not the notice's: in the earlier text
    /// for something removed, else in the later one.
    fn fallback(&self, op: Op, key: &str) -> Option<&str> {
        let (old, new) = &self.fallbacks;
        let texts = if op == Op::Removed { old } else { new };
        texts.get(key).map(String::as_str)
    }

    /// The built-in heading of the list of cases `id` (in the later text, else the earlier).
    fn list_name(&self, id: &str) -> String {
        let find = |p: &Policy| {
            p.exceptions
                .iter()
                .find(|l| l.id.value == id)
                .map(|l| l.kind)
        };
        let kind = find(self.policy).or_else(|| self.old_policy.and_then(find));
        kind.map(|k| {
            self.strings
                .text(&format!("exceptions-{}", crate::render::view::code(&k)))
        })
        .unwrap_or_default()
    }

    /// The built-in heading of the tier of minors `id` ("Minors under 14"), in the later
    /// text, else the earlier.
    fn tier_name(&self, id: &str) -> String {
        let find = |p: &Policy| {
            p.minors
                .iter()
                .find(|t| t.id.value == id)
                .map(|t| t.under_age.value)
        };
        let age = find(self.policy).or_else(|| self.old_policy.and_then(find));
        age.map(|a| crate::render::view::tier_title(self.strings, a))
            .unwrap_or_default()
    }

    /// What a reader needs to judge an element that is new, as the policy page shows it: a
    /// recipient's provider, kind, purpose, the data it receives, its country and policy;
    /// a transfer's destination, safeguard, data and recipients.
    fn described(&self, kind: ElementKind, id: &str) -> Vec<String> {
        let json = |v: Option<Value>| v.unwrap_or_default();
        let (element, fields): (Value, &[&str]) = match kind {
            ElementKind::ThirdParty => (
                json(
                    self.policy
                        .third_parties
                        .iter()
                        .find(|t| t.id.value == id)
                        .and_then(|t| serde_json::to_value(t).ok()),
                ),
                &[
                    "provider",
                    "kind",
                    "purpose",
                    "data",
                    "country",
                    "policy_url",
                ],
            ),
            ElementKind::Transfer => (
                json(
                    self.policy
                        .storage
                        .transfers
                        .iter()
                        .find(|t| t.id.value == id)
                        .and_then(|t| serde_json::to_value(t).ok()),
                ),
                &["destination", "safeguard", "data", "recipients"],
            ),
            _ => return Vec::new(),
        };
        fields
            .iter()
            .filter_map(|field| {
                let v = element.get(field)?;
                let empty = v.is_null() || v.as_array().is_some_and(Vec::is_empty);
                (!empty).then(|| self.line(kind, field, self.value(kind, field, v, false)))
            })
            .collect()
    }

    /// Each changed field in words. A retention that moves between a period and an event
    /// changes two fields (`duration`, `until`); the reader sees one line, "Kept for: until
    /// you delete your account → 3 years".
    fn details(&self, kind: ElementKind, fields: &[FieldChange]) -> Vec<String> {
        let of = |name: &str| fields.iter().find(|f| f.field == name);
        let retention = (of("retention.duration"), of("retention.until"));
        // In the order the policy's own fields come (items, then kind, …, then the label
        // facts), not the diff's alphabetical order.
        let mut ordered: Vec<&FieldChange> = fields.iter().collect();
        ordered.sort_by_key(|f| {
            crate::content::fields::FIELDS
                .iter()
                .position(|row| row.kind == kind && row.name == f.field)
                .unwrap_or(usize::MAX)
        });
        let mut out = Vec::new();
        for f in ordered {
            match (f.field.as_str(), retention) {
                ("retention.duration", (Some(d), Some(u))) => {
                    let side = |dv: &Value, uv: &Value, old: bool| match dv {
                        Value::Null => self.value(kind, "retention.until", uv, old),
                        _ => self.value(kind, "retention.duration", dv, old),
                    };
                    let change = self.strings.format(
                        "notice-from-to",
                        &[
                            ("from", FluentValue::from(side(&d.from, &u.from, true))),
                            ("to", FluentValue::from(side(&d.to, &u.to, false))),
                        ],
                    );
                    out.push(self.line(kind, &d.field, change));
                }
                ("retention.until", (Some(_), Some(_))) => {}
                _ => out.push(self.field(kind, f)),
            }
        }
        out
    }

    fn field(&self, kind: ElementKind, f: &FieldChange) -> String {
        let mut parts = Vec::new();
        if !f.from.is_null() || !f.to.is_null() {
            let (from, to) = (
                self.value(kind, &f.field, &f.from, true),
                self.value(kind, &f.field, &f.to, false),
            );
            parts.push(self.strings.format(
                "notice-from-to",
                &[
                    ("from", FluentValue::from(from)),
                    ("to", FluentValue::from(to)),
                ],
            ));
        }
        for (list, id, old) in [
            (&f.added, "notice-added-items", false),
            (&f.removed, "notice-removed-items", true),
        ] {
            if !list.is_empty() {
                let items: Vec<String> = list
                    .iter()
                    .map(|v| self.value(kind, &f.field, v, old))
                    .collect();
                parts.push(
                    self.strings
                        .format(id, &[("items", FluentValue::from(items.join(", ")))]),
                );
            }
        }
        self.line(kind, &f.field, parts.join("; "))
    }

    /// "Field: change", the field named in the reader's words.
    fn line(&self, kind: ElementKind, field: &str, change: String) -> String {
        let label = Field::of(kind, field)
            .map_or_else(|| field.to_string(), |row| self.strings.text(row.label));
        self.strings.format(
            "notice-field",
            &[
                ("field", FluentValue::from(label)),
                ("change", FluentValue::from(change)),
            ],
        )
    }

    /// A value in words; `old` says which text names referenced ids.
    fn value(&self, kind: ElementKind, field: &str, v: &Value, old: bool) -> String {
        match v {
            // A fact or a classification (a kind, a legal basis, a source) the author did
            // not state is "not stated": never a yes or a no, nor "none", which would say
            // there is no such thing.
            Value::Null if FACTS.contains(&field) || value_prefix(kind, field).is_some() => {
                self.strings.text("notice-not-stated")
            }
            Value::Null => self.strings.text("notice-none"),
            Value::Bool(b) => self.strings.text(if *b { "data-yes" } else { "data-no" }),
            Value::Number(n) => n.to_string(),
            Value::Array(items) => items
                .iter()
                .map(|i| self.value(kind, field, i, old))
                .collect::<Vec<_>>()
                .join(", "),
            // An item with what its author said of it: "Notification token (Device ID)",
            // "Phone number (Sensitive)".
            Value::Object(o) if field == "items" => {
                let mut said = Vec::new();
                if let Some(t) = o.get("store_type").and_then(Value::as_str) {
                    said.push(self.string(kind, "items.store_type", t, old));
                }
                if o.get("sensitive") == Some(&Value::Bool(true)) {
                    said.push(self.strings.text("data-sensitive"));
                }
                let mut name = crate::versions::diff::display_name(v);
                if kind == ElementKind::ExceptionList {
                    name = Markdown::plain(&name);
                }
                if let Some(b) = o.get("basis").and_then(Value::as_str) {
                    let basis = self.string(kind, "items.basis", b, old);
                    match name.is_empty() {
                        true => name = basis,
                        false => said.push(basis),
                    }
                }
                match said.is_empty() {
                    true => name,
                    false => format!("{name} ({})", said.join(", ")),
                }
            }
            Value::Object(_) => crate::versions::diff::display_name(v),
            Value::String(s) => self.string(kind, field, s, old),
        }
    }

    fn string(&self, kind: ElementKind, field: &str, s: &str, old: bool) -> String {
        if let Some(prefix) = value_prefix(kind, field) {
            return self.strings.text(&format!("{prefix}-{s}"));
        }
        if matches!(field, "retention.duration" | "response_time" | "duration")
            && let Some(d) = Duration::parse(s)
        {
            return duration_text(self.strings, d);
        }
        if field == "duration" && s == "session" {
            return self.strings.text("cookies-session");
        }
        if matches!(field, "retention.duration" | "response_time")
            && let Some(crate::content::duration::Period::Term(t)) =
                crate::content::duration::Period::parse(s)
        {
            return self
                .strings
                .text(&format!("term-{}", crate::render::view::code(&t)));
        }
        if matches!(field, "legal_basis" | "items.basis")
            && let Ok(b) = serde_json::from_value(Value::String(s.to_string()))
        {
            return crate::render::view::basis_text(self.strings, b);
        }
        // A case given by its basis alone is named by the basis's words.
        if kind == ElementKind::ExceptionList
            && field == "items"
            && let Ok(b) = serde_json::from_value(Value::String(s.to_string()))
        {
            return crate::render::view::basis_text(self.strings, b);
        }
        let names = if old { &self.old } else { &self.new };
        if List::of_field(field).is_some() {
            return names.get(field, s).unwrap_or(s).to_string();
        }
        Markdown::plain(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::fields::FIELDS;
    use serde_json::Value;

    /// Every field name a notice can show: the dotted keys of each element the diff compares,
    /// read from the model's own JSON Schema, so a field added to the model is found here.
    fn notice_fields() -> std::collections::BTreeSet<(ElementKind, String)> {
        let schema = serde_json::to_value(schemars::schema_for!(Policy)).unwrap();
        let mut fields = std::collections::BTreeSet::new();
        let lists = crate::versions::diff::LISTS
            .iter()
            .map(|(path, kind)| (path, kind, true));
        let singletons = crate::versions::diff::SINGLETONS
            .iter()
            .map(|(path, kind)| (path, kind, false));
        for (path, kind, is_list) in lists.chain(singletons) {
            let mut of_kind = std::collections::BTreeSet::new();
            let mut at = &schema;
            for part in path.trim_start_matches('/').split('/') {
                at = resolve(&schema, &resolve(&schema, at)["properties"][part]);
            }
            if is_list {
                at = resolve(&schema, &at["items"]);
            }
            collect(&schema, at, "", &mut of_kind);
            fields.extend(of_kind.into_iter().map(|f| (*kind, f)));
        }
        fields
    }

    /// Follows `$ref` and unwraps `Option` (`anyOf` with null).
    fn resolve<'a>(root: &'a Value, schema: &'a Value) -> &'a Value {
        if let Some(name) = schema["$ref"]
            .as_str()
            .and_then(|r| r.strip_prefix("#/$defs/"))
        {
            return resolve(root, &root["$defs"][name]);
        }
        if let Some(options) = schema["anyOf"].as_array() {
            let real: Vec<&Value> = options.iter().filter(|o| o["type"] != "null").collect();
            if let [one] = real.as_slice() {
                return resolve(root, one);
            }
        }
        schema
    }

    fn collect(
        root: &Value,
        schema: &Value,
        prefix: &str,
        out: &mut std::collections::BTreeSet<String>,
    ) {
        let Some(properties) = schema["properties"].as_object() else {
            // Not an object (a list of values, a jurisdiction code): the element itself.
            out.insert(prefix.trim_end_matches('.').to_string());
            return;
        };
        for (key, property) in properties {
            if key == "id" {
                continue;
            }
            let property = resolve(root, property);
            if property["properties"].is_object() {
                collect(root, property, &format!("{prefix}{key}."), out);
            } else {
                out.insert(format!("{prefix}{key}"));
            }
        }
    }

    /// Every enum field a notice can show, by element kind: field → its values.
    fn enum_fields() -> Vec<(ElementKind, String, Vec<String>)> {
        let schema = serde_json::to_value(schemars::schema_for!(Policy)).unwrap();
        let lists = crate::versions::diff::LISTS
            .iter()
            .map(|(p, k)| (p, k, true));
        let singletons = crate::versions::diff::SINGLETONS
            .iter()
            .map(|(p, k)| (p, k, false));
        let mut out = Vec::new();
        for (path, kind, is_list) in lists.chain(singletons) {
            let mut at = &schema;
            for part in path.trim_start_matches('/').split('/') {
                at = resolve(&schema, &resolve(&schema, at)["properties"][part]);
            }
            if is_list || at["type"] == "array" {
                at = resolve(&schema, &at["items"]);
            }
            enums(&schema, at, "", &mut |field, values| {
                out.push((*kind, field, values))
            });
        }
        out
    }

    /// The values of a string enum (`enum`, or `oneOf` of constants), if it is one.
    fn values(schema: &Value) -> Option<Vec<String>> {
        if let Some(list) = schema["enum"].as_array() {
            return Some(
                list.iter()
                    .filter_map(|v| v.as_str().map(String::from))
                    .collect(),
            );
        }
        let consts: Vec<String> = schema["oneOf"]
            .as_array()?
            .iter()
            .filter_map(|v| v["const"].as_str().map(String::from))
            .collect();
        (!consts.is_empty()).then_some(consts)
    }

    fn enums(root: &Value, schema: &Value, prefix: &str, add: &mut dyn FnMut(String, Vec<String>)) {
        // One value or a list (`source`, `legal_basis`): the values are the one's.
        let schema = match schema["anyOf"].as_array().and_then(|a| a.first()) {
            Some(one) => resolve(root, one),
            None => schema,
        };
        if let Some(found) = values(schema) {
            add(prefix.trim_end_matches('.').to_string(), found);
            return;
        }
        let Some(properties) = schema["properties"].as_object() else {
            return;
        };
        for (key, property) in properties {
            let property = resolve(root, property);
            let property = if property["type"] == "array" {
                resolve(root, &property["items"])
            } else {
                property
            };
            enums(root, property, &format!("{prefix}{key}."), add);
        }
    }

    #[test]
    fn every_enum_value_a_notice_can_show_has_a_label() {
        let english = include_str!("../../locales/en.ftl");
        let mut missing = Vec::new();
        for (kind, field, values) in enum_fields() {
            // Legal bases are named by the ground each gives (`gdpr-6-1-a`: consent).
            if matches!(field.as_str(), "legal_basis" | "items.basis") {
                for value in values {
                    let basis: crate::content::model::LegalBasis =
                        serde_json::from_value(Value::String(value)).unwrap();
                    let message = format!("basis-{}", crate::render::view::code(&basis.ground()));
                    if !english.contains(&format!("\n{message} = ")) {
                        missing.push(format!("{kind}.{field} (no {message})"));
                    }
                }
                continue;
            }
            let Some(prefix) = value_prefix(kind, &field) else {
                missing.push(format!("{kind}.{field} (no messages for its values)"));
                continue;
            };
            for value in values {
                if !english.contains(&format!("\n{prefix}-{value} = ")) {
                    missing.push(format!("{kind}.{field} = {value} (no {prefix}-{value})"));
                }
            }
        }
        assert!(
            missing.is_empty(),
            "values shown raw in notices: {missing:#?}"
        );
    }

    #[test]
    fn every_field_a_notice_can_show_has_a_label() {
        let fields = notice_fields();
        let missing: Vec<String> = fields
            .iter()
            .filter(|(kind, f)| Field::of(*kind, f).is_none())
            .map(|(kind, f)| format!("{kind}.{f}"))
            .collect();
        assert!(
            missing.is_empty(),
            "fields without a row in FIELDS: {missing:?}"
        );
        let stale: Vec<String> = FIELDS
            .iter()
            .filter(|row| !fields.contains(&(row.kind, row.name.to_string())))
            .map(|row| format!("{}.{}", row.kind, row.name))
            .collect();
        assert!(
            stale.is_empty(),
            "rows of FIELDS the model does not have: {stale:?}"
        );
        // Each label is a message of the built-in strings (every locale has all of them:
        // `i18n::tests::every_builtin_translation_is_complete`).
        let english = include_str!("../../locales/en.ftl");
        for row in FIELDS {
            let id = row.label;
            assert!(english.contains(&format!("\n{id} = ")), "no message {id}");
        }
    }
}
