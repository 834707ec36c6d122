//! Consistency rules: places where a policy contradicts itself or what it is for. Each rule
//! yields problems as (rule id, problem) pairs; the rule id names it in waivers.

use super::facts::Shortfall;
use crate::content::model::*;
use crate::diagnostics::Pos;

/// One inconsistency: the rule, what was found, what was expected, and where.
pub struct Problem {
    /// The rule's id, e.g. `children-tracking`.
    pub rule: &'static str,
    /// The id of the element it concerns, which a waiver may name.
    pub element: String,
    /// What was found.
    pub found: Shortfall,
    /// The headline.
    pub message: String,
    /// What would be consistent.
    pub expected: String,
}

/// Every rule's id.
pub const RULES: [&str; 6] = [
    "permission-without-data",
    "category-without-purpose",
    "sensitive-not-marked",
    "children-tracking",
    "undeclared-sharing",
    "tracking-domains-without-tracking",
];

fn at(id: &Id) -> Option<Pos> {
    Some(Pos::from_location(&id.referenced))
}

fn problem(rule: &'static str, id: &Id, message: String, found: String, expected: &str) -> Problem {
    Problem {
        rule,
        element: id.value.clone(),
        found: Shortfall { found, at: at(id) },
        message,
        expected: expected.to_string(),
    }
}

/// Every inconsistency in `policy`; `sensitive` lists the kinds its laws treat as sensitive,
/// each with the law that says so.
pub fn problems(policy: &Policy, sensitive: &[(DataKind, &str)]) -> Vec<Problem> {
    let mut out = Vec::new();
    permissions_without_data(policy, &mut out);
    let children = policy
        .meta
        .audience
        .as_ref()
        .is_some_and(|a| a.value.kind == AudienceKind::Children);
    for (ci, c) in policy.data_categories.iter().enumerate() {
        if c.purposes.is_empty() {
            out.push(problem(
                "category-without-purpose",
                &c.id,
                format!("data category `{}` has no purpose", c.id.value),
                "`purposes: []`".into(),
                "at least one purpose: data is collected for a reason the policy states",
            ));
        }
        if let Some((_, law)) = sensitive
            .iter()
            .find(|(k, _)| *k == c.kind)
            .filter(|_| !c.sensitive)
        {
            let kind = serde_json::to_value(c.kind).unwrap_or_default();
            out.push(problem(
                "sensitive-not-marked",
                &c.id,
                format!(
                    "data category `{}` is sensitive under {law} but not marked so",
                    c.id.value
                ),
                format!(
                    "`kind: {}` without `sensitive: true`",
                    kind.as_str().unwrap_or("")
                ),
                "`sensitive: true`",
            ));
        }
        if children && c.tracking == Some(true) {
            out.push(problem(
                "children-tracking",
                &c.id,
                format!(
                    "data category `{}` is used for tracking in a service for children",
                    c.id.value
                ),
                "`tracking: true` with `audience: { kind: children }`".into(),
                "`tracking: false`: a children's service does not track its users",
            ));
        }
        shared_contradiction(policy, ci, &mut out);
    }
    for t in &policy.third_parties {
        let tracked = t
            .data
            .iter()
            .any(|d| d.get(policy).is_some_and(|c| c.tracking == Some(true)));
        if !t.tracking_domains.is_empty() && !tracked {
            out.push(problem(
                "tracking-domains-without-tracking",
                &t.id,
                format!(
                    "third party `{}` has tracking domains but receives no data used for tracking",
                    t.id.value
                ),
                format!("{} tracking domain(s)", t.tracking_domains.len()),
                "`tracking: true` on the data categories it receives, or no `tracking_domains`",
            ));
        }
    }
    out
}

/// A permission whose features collect no data: either the data is missing from the
/// policy, or the permission is not needed.
fn permissions_without_data(policy: &Policy, out: &mut Vec<Problem>) {
    for (pi, p) in policy.permissions.iter().enumerate() {
        let feeds = policy.features.iter().enumerate().any(|(fi, f)| {
            let linked =
                f.permissions.iter().any(|x| x.is(pi)) || p.features.iter().any(|x| x.is(fi));
            linked && !f.data.is_empty()
        });
        if !feeds {
            out.push(problem(
                "permission-without-data",
                &p.id,
                format!("permission `{}` feeds no data category", p.id.value),
                "no feature that uses it lists any data".into(),
                "a feature that lists this permission and the data it collects (`features[].permissions`, `features[].data`)",
            ));
        }
    }
}

/// A category marked `shared: false` that a third party of a sharing kind receives.
fn shared_contradiction(policy: &Policy, ci: usize, out: &mut Vec<Problem>) {
    let c = &policy.data_categories[ci];
    if c.shared != Some(false) {
        return;
    }
    let receiver = policy.third_parties.iter().find(|t| {
        // An SDK may act only on the owner's behalf (a service provider), so `shared: false`
        // is believable for it; a partner or affiliate uses data for its own ends.
        matches!(t.kind, ThirdPartyKind::Partner | ThirdPartyKind::Affiliate)
            && t.data.iter().any(|d| d.is(ci))
    });
    if let Some(t) = receiver {
        let kind = serde_json::to_value(t.kind).unwrap_or_default();
        out.push(problem(
            "undeclared-sharing",
            &c.id,
            format!("data category `{}` says it is not shared, but third party `{}` receives it", c.id.value, t.id.value),
            format!("`shared: false`, and `{}` is of kind `{}`", t.id.value, kind.as_str().unwrap_or("")),
            "no `shared: false` (Clause derives it), or a recipient of kind `processor` or `sdk` that acts only on your behalf",
        ));
    }
}
