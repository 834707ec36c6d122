//! Which changes are material: a fixed rule set (docs/change-notices.md), which a policy can
//! make stricter, never looser, through `change_policy.material`.

use super::diff::{ElementChange, FieldChange, Op, PolicyDiff};
use super::diff::{ElementKind, ElementKind as K};
use crate::content::duration::Period;
use crate::content::fields::{Field, When};
use crate::content::model::{
    ExceptionKind, Lifetime, MaterialChange, Policy, Retention, RightKind,
};
use crate::content::stated::FromText;
use schemars::JsonSchema;
use serde::Serialize;
use serde_json::Value;

/// A change that the rules call material.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct Finding {
    /// The rule, as `change_policy.material` writes it.
    pub rule: MaterialChange,
    /// The element kind (`data-category`, …) or `section`.
    pub kind: String,
    /// The element or section id (empty for singletons).
    pub id: String,
    /// What happened, in English, for the terminal and JSON.
    pub detail: String,
}

/// The rules that always apply, whatever a policy's `change_policy` says.
pub const BUILT_IN: [MaterialChange; 8] = [
    MaterialChange::NewPurpose,
    MaterialChange::NewDataKind,
    MaterialChange::NewRecipient,
    MaterialChange::NewTransfer,
    MaterialChange::RightsReduced,
    MaterialChange::ContactChanged,
    MaterialChange::LongerRetention,
    MaterialChange::ChildrenAudience,
];

/// The stricter rules a policy opts into by listing them in `change_policy.material`.
pub const OPT_IN: [MaterialChange; 3] = [
    MaterialChange::RemovedRecipient,
    MaterialChange::TextChanged,
    MaterialChange::AnyChange,
];

/// The rules in force for `policy`: every built-in one, then the opt-in ones it lists.
pub fn in_force(policy: &Policy) -> Vec<MaterialChange> {
    let listed = policy
        .change_policy
        .as_ref()
        .map(|c| c.material.as_slice())
        .unwrap_or_default();
    let opted = OPT_IN.into_iter().filter(|r| listed.contains(r));
    BUILT_IN.into_iter().chain(opted).collect()
}

/// Every material change from `old` to `new`: the one judgement that release, the notices,
/// the JSON API and `clause diff` all share. It is made on the texts as released (the
/// default locale), never on a translation.
///
/// The built-in rules are always in force; [`OPT_IN`] are the stricter ones a policy adds.
pub fn between(old: &Policy, new: &Policy) -> Vec<Finding> {
    findings(&super::diff::diff(old, new), old, new)
}

/// Every material change in `diff` from `old` to `new`, under the built-in rules plus the
/// stricter ones `new` opts into.
pub fn findings(diff: &PolicyDiff, old: &Policy, new: &Policy) -> Vec<Finding> {
    let extra: Vec<MaterialChange> = new
        .change_policy
        .as_ref()
        .map(|c| c.material.clone())
        .unwrap_or_default();
    let mut out = Vec::new();
    for e in &diff.elements {
        let mut found = element_rules(e, old, new);
        if found.is_empty() && e.kind == K::KeyPoint && extra.contains(&MaterialChange::TextChanged)
        {
            found.push((MaterialChange::TextChanged, "key point text changed".into()));
        }
        if e.kind == K::ThirdParty
            && e.op == Op::Removed
            && extra.contains(&MaterialChange::RemovedRecipient)
        {
            found.push((MaterialChange::RemovedRecipient, "recipient removed".into()));
        }
        if found.is_empty() && extra.contains(&MaterialChange::AnyChange) {
            found.push((
                MaterialChange::AnyChange,
                format!("{} {}", e.kind, op_word(e.op)),
            ));
        }
        out.extend(found.into_iter().map(|(rule, detail)| Finding {
            rule,
            kind: e.kind.to_string(),
            id: e.id.clone(),
            detail,
        }));
    }
    for s in &diff.sections {
        let rule = [MaterialChange::TextChanged, MaterialChange::AnyChange]
            .into_iter()
            .find(|r| extra.contains(r));
        if let Some(rule) = rule {
            out.push(Finding {
                rule,
                kind: "section".into(),
                id: s.id.clone(),
                detail: format!("section {}", op_word(s.op)),
            });
        }
    }
    out
}

fn op_word(op: Op) -> &'static str {
    match op {
        Op::Added => "added",
        Op::Removed => "removed",
        Op::Changed => "changed",
    }
}

fn element_rules(e: &ElementChange, old: &Policy, new: &Policy) -> Vec<(MaterialChange, String)> {
    use MaterialChange::*;
    let one = |rule, detail: &str| vec![(rule, detail.to_string())];
    match (e.kind, e.op) {
        (K::Purpose, Op::Added) => one(NewPurpose, "new purpose"),
        (K::DataCategory, Op::Added) => one(NewDataKind, "new data category"),
        (K::Feature, Op::Added) => one(NewPurpose, "new feature using data"),
        (K::Permission, Op::Added) => one(NewPurpose, "new permission"),
        (K::ThirdParty, Op::Added) => one(NewRecipient, "new recipient"),
        (K::StorageLocation, Op::Added) => one(NewTransfer, "new storage location"),
        (K::Transfer, Op::Added) => one(NewTransfer, "new cross-border transfer"),
        (K::Right, Op::Removed) => one(RightsReduced, "right removed"),
        (K::MinorTier, Op::Removed) => one(RightsReduced, "rules for minors removed"),
        (K::Cookie, Op::Added) => one(NewPurpose, "new cookie or similar technology"),
        (K::ExceptionList, Op::Added | Op::Removed) => list_rules(e, old, new),
        (K::Controller, Op::Changed) => one(ContactChanged, "controller changed"),
        (kind, Op::Changed) => {
            let mut found: Vec<(MaterialChange, String)> = Vec::new();
            // One finding per rule and reason, though a retention change shows in two fields.
            for rule in e
                .fields
                .iter()
                .filter_map(|f| field_rule(kind, &e.id, f, old, new))
            {
                if !found.contains(&rule) {
                    found.push(rule);
                }
            }
            found
        }
        _ => Vec::new(),
    }
}

/// A list of cases added or removed: more cases without consent or of refusal, or fewer
/// cases of deletion, reduce what a person is promised.
fn list_rules(e: &ElementChange, old: &Policy, new: &Policy) -> Vec<(MaterialChange, String)> {
    use ExceptionKind as X;
    use MaterialChange::*;
    let found = match (e.op, list_kind(&e.id, new), list_kind(&e.id, old)) {
        (Op::Added, Some(X::ProcessingWithoutConsent), _) => {
            Some((NewPurpose, "new cases of processing without consent"))
        }
        (Op::Added, Some(X::SharingWithoutConsent), _) => {
            Some((NewRecipient, "new cases of sharing without consent"))
        }
        (Op::Added, Some(X::RefusalCases), _) => {
            Some((RightsReduced, "new cases in which a request may be refused"))
        }
        (Op::Added, Some(X::StorageAbroad), _) => {
            Some((NewTransfer, "new cases of storage abroad"))
        }
        (Op::Removed, _, Some(X::DeletionCases)) => Some((
            RightsReduced,
            "cases in which deletion may be asked for removed",
        )),
        _ => None,
    };
    found
        .map(|(rule, detail)| vec![(rule, detail.to_string())])
        .unwrap_or_default()
}

/// The first rule of the field's row ([`crate::content::fields::FIELDS`]) that the change
/// meets.
fn field_rule(
    kind: ElementKind,
    id: &str,
    f: &FieldChange,
    old: &Policy,
    new: &Policy,
) -> Option<(MaterialChange, String)> {
    let row = Field::of(kind, &f.field)?;
    let meets = |when: When| match when {
        When::Changed => true,
        When::Added => !f.added.is_empty(),
        When::BecomesTrue => f.to == Value::Bool(true),
        When::NoLongerFalse => f.from == Value::Bool(false) && f.to.is_null(),
        When::Becomes(value) => f.to == Value::String(value.into()),
        When::Grows => f.to.as_u64() > f.from.as_u64(),
        When::ItemNowSensitive => now_sensitive(f),
        When::Longer => retained(id, old, new) == Retained::Longer,
        When::Unprovable => retained(id, old, new) == Retained::Unprovable,
        When::Slower => slower(&f.from, &f.to),
        When::OfComplaintRight => is_complaint(id, new),
        When::CasesAddedTo(k) => !f.added.is_empty() && list_kind(id, new) == Some(k),
        When::CasesRemovedFrom(k) => !f.removed.is_empty() && list_kind(id, old) == Some(k),
        When::LastsLonger => lasts_longer(&f.from, &f.to),
        When::Shrinks => f.to.as_u64() < f.from.as_u64() && !f.to.is_null(),
        When::Dropped => !f.from.is_null() && f.to.is_null(),
        When::Removed => !f.removed.is_empty(),
    };
    let rule = row.rules.iter().find(|r| meets(r.when))?;
    Some((rule.rule, rule.detail.to_string()))
}

/// Whether an entry of the list that `f` changes became `sensitive: true` (the diff pairs
/// the changed entries of `from` and `to` in order).
fn now_sensitive(f: &FieldChange) -> bool {
    let sensitive = |v: &Value| v.get("sensitive") == Some(&Value::Bool(true));
    let (Some(from), Some(to)) = (f.from.as_array(), f.to.as_array()) else {
        return false;
    };
    from.iter()
        .zip(to)
        .any(|(a, b)| sensitive(b) && !sensitive(a))
}

/// The kind of the list of cases `id` in `policy`.
fn list_kind(id: &str, policy: &Policy) -> Option<ExceptionKind> {
    policy
        .exceptions
        .iter()
        .find(|l| l.id.value == id)
        .map(|l| l.kind)
}

/// Whether a cookie's lifetime got longer: a session cookie is the shortest.
fn lasts_longer(from: &Value, to: &Value) -> bool {
    let days = |v: &Value| match v.as_str().and_then(Lifetime::from_text) {
        Some(Lifetime::Session) => Some(0),
        Some(Lifetime::For(d)) => Some(d.approx_days()),
        None => None,
    };
    matches!((days(from), days(to)), (Some(b), Some(a)) if a > b)
}

fn is_complaint(id: &str, policy: &Policy) -> bool {
    policy
        .rights
        .iter()
        .any(|r| r.id.value == id && r.kind == RightKind::Complaint)
}

/// Days data is kept; `None` for "until an event", which counts as longer than any duration.
fn retention_days(r: &Retention) -> Option<u64> {
    r.duration.as_ref()?.value.parsed?.approx_days()
}

/// How the retention of category `id` changed from `old` to `new`.
#[derive(Debug, PartialEq, Eq)]
enum Retained {
    /// A duration got longer, or a duration became "until an event".
    Longer,
    /// Between an event and a duration, or from one event to another: no rule can show it
    /// is shorter.
    Unprovable,
    /// Shorter, equal, or not a change of how long.
    NotLonger,
}

fn retained(id: &str, old: &Policy, new: &Policy) -> Retained {
    let find = |p: &Policy| {
        p.data_categories
            .iter()
            .find(|c| c.id.value == id)
            .map(|c| (retention_days(&c.retention.value), c.retention.value.until))
    };
    let (Some((before, until_before)), Some((after, until_after))) = (find(old), find(new)) else {
        return Retained::NotLonger;
    };
    match (before, after) {
        (Some(b), Some(a)) if a > b => Retained::Longer,
        (Some(_), Some(_)) => Retained::NotLonger,
        (Some(_), None) => Retained::Longer,
        (None, Some(_)) if until_before.is_some() => Retained::Unprovable,
        (None, None) if until_before.is_some() && until_before != until_after => {
            Retained::Unprovable
        }
        _ => Retained::NotLonger,
    }
}

/// Whether a promised response time got longer or was dropped.
fn slower(from: &Value, to: &Value) -> bool {
    let days = |v: &Value| v.as_str().and_then(Period::parse)?.approx_days();
    match (days(from), days(to)) {
        (Some(b), Some(a)) => a > b,
        (Some(_), None) => true,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::versions::diff::diff;

    const BASE: &str = r#"
meta:
  title: Policy
  product: App
  controller: { name: Example Ltd. }
  contact: { email: privacy@example.com, response_time: P30D }
  audience: { kind: general }
  key_points:
    - { id: short, text: We keep little. }
purposes:
  - { id: run, name: Running the app, description: Saving your notes. }
data_categories:
  - id: account
    name: Account
    items: [{ id: email, name: Email address }]
    kind: contact
    source: user
    purposes: [run]
    retention: { duration: P30D }
  - id: logs
    name: Logs
    kind: usage
    source: automatic
    purposes: [run]
    retention: { duration: P30D }
features:
  - { id: sync, name: Sync, data: [account] }
permissions:
  - { id: camera, platform: android, identifier: android.permission.CAMERA, name: Camera, use: To scan pages. }
third_parties:
  - { id: host, name: Host, kind: processor, purpose: Hosting., data: [account], country: DE }
  - { id: mail, name: Mail, kind: processor, purpose: Sending mail., data: [account] }
storage:
  locations: [{ id: eu, region: EU }]
  transfers: [{ id: us, destination: United States, safeguard: standard-clauses, description: Backups. }]
rights:
  - { id: access, kind: access, name: Access, steps: [{ id: open, text: Open settings. }], response_time: P30D }
  - { id: complaint, kind: complaint, name: Complain, description: Write to the authority. }
  - { id: erase, kind: deletion, name: Erase }
sections:
  - { id: intro, title: Intro, body: Hello. }
"#;

    fn policy(yaml: &str) -> Policy {
        crate::yaml::parse("policy.yaml", yaml).unwrap_or_else(|d| panic!("{}: {yaml}", d.message))
    }

    fn rules(new: &str) -> Vec<MaterialChange> {
        let (old, new) = (policy(BASE), policy(new));
        findings(&diff(&old, &new), &old, &new)
            .into_iter()
            .map(|f| f.rule)
            .collect()
    }

    fn edit(from: &str, to: &str) -> String {
        assert!(BASE.contains(from), "{from}");
        BASE.replacen(from, to, 1)
    }

    /// A retention that moves between an event and a period, or between events, cannot be
    /// shown to be shorter: it counts as longer, once, with its own reason.
    #[test]
    fn retention_between_events_and_periods_may_be_longer() {
        use MaterialChange::LongerRetention;
        let until = |event: &str| {
            edit(
                "retention: { duration: P30D }\n  - id: logs",
                &format!("retention: {{ until: {event} }}\n  - id: logs"),
            )
        };
        let found = |old: &str, new: &str| -> Vec<(MaterialChange, String)> {
            let (old, new) = (policy(old), policy(new));
            findings(&diff(&old, &new), &old, &new)
                .into_iter()
                .map(|f| (f.rule, f.detail))
                .collect()
        };
        let unprovable = vec![(
            LongerRetention,
            "kept for a different period, which may be longer".to_string(),
        )];
        let event = until("account-deletion");
        assert_eq!(
            found(
                &event,
                &edit(
                    "duration: P30D }\n  - id: logs",
                    "duration: P3Y }\n  - id: logs"
                )
            ),
            unprovable
        );
        assert_eq!(found(&event, BASE), unprovable, "even to a short period");
        assert_eq!(found(&event, &until("purpose-fulfilled")), unprovable);
        assert_eq!(
            found(BASE, &event),
            [(LongerRetention, "kept longer".to_string())]
        );
        let noted = event.replace(
            "until: account-deletion }",
            "until: account-deletion, note: Then erased. }",
        );
        assert_eq!(found(&event, &noted), []);
    }

    /// Each rule with a change that triggers it and a similar one that does not.
    #[test]
    fn every_rule_on_both_sides() {
        use MaterialChange::*;
        let cases: &[(MaterialChange, String, String)] = &[
            (
                NewPurpose,
                edit(
                    "purposes:\n  - { id: run",
                    "purposes:\n  - { id: ads, name: Ads }\n  - { id: run",
                ),
                edit(
                    "description: Saving your notes.",
                    "description: Saving and syncing your notes.",
                ),
            ),
            (
                NewPurpose,
                edit(
                    "kind: contact\n    source: user\n    purposes: [run]",
                    "kind: contact\n    source: user\n    purposes: [run, ads]",
                )
                .replacen(
                    "purposes:\n  - { id: run",
                    "purposes:\n  - { id: ads, name: Ads }\n  - { id: run",
                    1,
                ),
                edit(
                    "features:\n  - { id: sync, name: Sync",
                    "features:\n  - { id: sync, name: Syncing",
                ),
            ),
            (
                NewPurpose,
                edit(
                    "source: automatic\n",
                    "source: automatic\n    tracking: true\n",
                ),
                edit(
                    "source: automatic\n",
                    "source: automatic\n    tracking: false\n",
                ),
            ),
            (
                NewRecipient,
                edit("source: automatic\n", "source: automatic\n    sold: true\n"),
                edit(
                    "source: automatic\n",
                    "source: automatic\n    sold: false\n",
                ),
            ),
            (
                NewRecipient,
                edit(
                    "purpose: Sending mail., data: [account] }",
                    "purpose: Sending mail., data: [account], tracking_domains: [t.example.com] }",
                ),
                edit(
                    "purpose: Sending mail., data: [account] }",
                    "purpose: Sending mail., data: [account], contact: help@mail.example }",
                ),
            ),
            (
                NewPurpose,
                edit("use: To scan pages.", "use: To scan pages and faces."),
                edit("name: Camera,", "name: Device camera,"),
            ),
            (
                NewDataKind,
                edit(
                    "features:",
                    "  - { id: photos, name: Photos, kind: content, source: user, purposes: [run], retention: { duration: P1D } }\nfeatures:",
                ),
                edit(
                    "  - id: logs\n    name: Logs\n    kind: usage\n    source: automatic\n    purposes: [run]\n    retention: { duration: P30D }\n",
                    "",
                ),
            ),
            (
                NewDataKind,
                edit(
                    "items: [{ id: email, name: Email address }]",
                    "items: [{ id: email, name: Email address }, { id: phone, name: Phone }]",
                ),
                edit(
                    "items: [{ id: email, name: Email address }]",
                    "items: [{ id: email, name: E-mail address }]",
                ),
            ),
            (
                NewDataKind,
                edit("kind: contact\n", "kind: contact\n    sensitive: true\n"),
                edit("kind: contact\n", "kind: contact\n    required: true\n"),
            ),
            (
                NewRecipient,
                edit(
                    "third_parties:\n",
                    "third_parties:\n  - { id: ads-sdk, name: Ads SDK, kind: sdk, purpose: Ads. }\n",
                ),
                edit(
                    "  - { id: mail, name: Mail, kind: processor, purpose: Sending mail., data: [account] }\n",
                    "",
                ),
            ),
            (
                NewTransfer,
                edit("destination: United States", "destination: Singapore"),
                edit("description: Backups.", "description: Encrypted backups."),
            ),
            (
                NewTransfer,
                edit(
                    "data: [account], country: DE",
                    "data: [account], country: US",
                ),
                edit("purpose: Hosting.", "purpose: Hosting the service."),
            ),
            (
                RightsReduced,
                edit("  - { id: erase, kind: deletion, name: Erase }\n", ""),
                edit(
                    "sections:",
                    "  - { id: port, kind: portability, name: Export }\nsections:",
                ),
            ),
            (
                RightsReduced,
                edit(
                    "Open settings. }], response_time: P30D",
                    "Open settings. }], response_time: P45D",
                ),
                edit(
                    "Open settings. }], response_time: P30D",
                    "Open settings. }], response_time: P15D",
                ),
            ),
            (
                RightsReduced,
                edit(
                    "steps: [{ id: open, text: Open settings. }]",
                    "steps: [{ id: open, text: Open settings. }, { id: mail, text: Mail us a copy of your passport. }]",
                ),
                edit(
                    "steps: [{ id: open, text: Open settings. }]",
                    "steps: [{ id: open, text: Open the settings. }]",
                ),
            ),
            (
                ContactChanged,
                edit("email: privacy@example.com", "email: legal@example.com"),
                edit(
                    "response_time: P30D }\n  audience",
                    "response_time: P20D }\n  audience",
                ),
            ),
            (
                ContactChanged,
                edit("name: Example Ltd.", "name: Example Holdings Ltd."),
                edit("title: Policy", "title: Privacy policy"),
            ),
            (
                ContactChanged,
                edit(
                    "description: Write to the authority.",
                    "description: Write to us first.",
                ),
                edit(
                    "kind: access, name: Access,",
                    "kind: access, name: Get a copy,",
                ),
            ),
            (
                LongerRetention,
                edit(
                    "retention: { duration: P30D }\n  - id: logs",
                    "retention: { duration: P1Y }\n  - id: logs",
                ),
                edit(
                    "retention: { duration: P30D }\n  - id: logs",
                    "retention: { duration: P7D }\n  - id: logs",
                ),
            ),
            (
                LongerRetention,
                edit(
                    "retention: { duration: P30D }\n  - id: logs",
                    "retention: { until: account-deletion }\n  - id: logs",
                ),
                edit(
                    "retention: { duration: P30D }\n  - id: logs",
                    "retention: { duration: 30 days, note: Then deleted. }\n  - id: logs",
                ),
            ),
            (
                ChildrenAudience,
                edit(
                    "audience: { kind: general }",
                    "audience: { kind: children, under_age: 13 }",
                ),
                edit(
                    "audience: { kind: general }",
                    "audience: { kind: general }\n  jurisdictions: [coppa]",
                ),
            ),
        ];
        for (rule, material, minor) in cases {
            assert!(
                rules(material).contains(rule),
                "{rule:?} not found in:\n{material}"
            );
            assert_eq!(
                rules(minor),
                Vec::<MaterialChange>::new(),
                "{rule:?}: minor change called material:\n{minor}"
            );
        }
    }

    #[test]
    fn data_that_becomes_linked_to_a_person_is_material() {
        let unlinked = policy(&edit(
            "source: automatic\n",
            "source: automatic\n    linked: false\n",
        ));
        let linked = policy(&edit(
            "source: automatic\n",
            "source: automatic\n    linked: true\n",
        ));
        let found = findings(&diff(&unlinked, &linked), &unlinked, &linked);
        assert_eq!(found[0].rule, MaterialChange::NewPurpose);
        assert_eq!(found[0].detail, "now linked to your identity");
        assert!(findings(&diff(&linked, &unlinked), &linked, &unlinked).is_empty());
        // A promise dropped: "not linked" no longer stated may now be linked.
        let unstated = policy(BASE);
        let dropped = findings(&diff(&unlinked, &unstated), &unlinked, &unstated);
        assert_eq!(dropped[0].rule, MaterialChange::NewPurpose);
        assert_eq!(
            dropped[0].detail,
            "no longer said not to be linked to your identity"
        );
        assert!(findings(&diff(&unstated, &unlinked), &unstated, &unlinked).is_empty());
    }

    #[test]
    fn a_policy_can_make_the_rules_stricter() {
        let strict = |extra: &str, change: String| {
            let yaml = format!("{change}change_policy:\n  material: [{extra}]\n");
            rules(&yaml)
        };
        let removed = edit(
            "  - { id: mail, name: Mail, kind: processor, purpose: Sending mail., data: [account] }\n",
            "",
        );
        assert_eq!(
            strict("removed-recipient", removed.clone()),
            [MaterialChange::RemovedRecipient]
        );
        let reworded = edit("body: Hello.", "body: Hello there.");
        assert_eq!(
            strict("text-changed", reworded.clone()),
            [MaterialChange::TextChanged]
        );
        assert_eq!(
            strict("removed-recipient", reworded),
            Vec::<MaterialChange>::new()
        );
        assert_eq!(strict("any-change", removed), [MaterialChange::AnyChange]);
    }
}
