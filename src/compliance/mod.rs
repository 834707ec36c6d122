//! What `clause check` asks of a draft beyond validity: that it is consistent with itself,
//! and that it discloses what each law it names requires (one table per law, see `laws`).
//! Findings are errors of `check`; a policy sets one aside with a reason under
//! `compliance.waive`. Released versions are not reviewed: they cannot change.

mod consistency;
mod facts;
pub mod laws;

use crate::content::model::{DataKind, Policy};
use crate::diagnostics::{Diagnostic, Pos};
use serde::Serialize;

pub use consistency::RULES;

/// How a policy fares against one law's checklist.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LawResult {
    /// The law's short name.
    pub law: String,
    /// Items that apply to this policy.
    pub applicable: usize,
    /// Items met.
    pub met: usize,
    /// Items set aside by a waiver.
    pub waived: Vec<String>,
}

/// Everything `check` found in one policy.
#[derive(Debug, Default)]
pub struct Review {
    /// Problems, as diagnostics.
    pub problems: Vec<Diagnostic>,
    /// Per law named in `meta.jurisdictions` that Clause has a checklist for.
    pub laws: Vec<LawResult>,
}

/// Reviews the draft `policy`, written in `file`.
pub fn review(file: &str, policy: &Policy) -> Review {
    let waived = |id: &str| {
        policy
            .compliance
            .as_ref()
            .is_some_and(|c| c.waive.iter().any(|w| w.check.value == id))
    };
    let mut review = Review::default();
    let mut sensitive: Vec<(DataKind, &str)> = Vec::new();
    for j in &policy.meta.jurisdictions {
        let Some(law) = laws::for_jurisdiction(j.value) else {
            continue;
        };
        if review.laws.iter().any(|r| r.law == law.law) {
            continue;
        }
        for k in &law.sensitive_kinds {
            if !sensitive.iter().any(|(s, _)| s == k) {
                sensitive.push((*k, &law.law));
            }
        }
        let named_at = Pos::from_location(&j.referenced);
        let result = check_law(file, policy, law, named_at, &waived, &mut review.problems);
        review.laws.push(result);
    }
    for p in consistency::problems(policy, &sensitive) {
        let id = format!("consistency.{}", p.rule);
        if waived(&id) {
            continue;
        }
        let d = Diagnostic::at(file, p.found.at.unwrap_or_default(), p.message)
            .found(p.found.found)
            .expected(format!(
                "{}, or `{id}` under `compliance.waive` with the reason",
                p.expected
            ));
        review.problems.push(d);
    }
    review.problems.extend(unknown_waivers(file, policy));
    review
}

/// One law's checklist: the items that apply, met, waived; each shortfall a diagnostic at
/// the element it concerns, or at `named_at`, where the policy names the law.
fn check_law(
    file: &str,
    policy: &Policy,
    law: &laws::Law,
    named_at: Pos,
    waived: &dyn Fn(&str) -> bool,
    problems: &mut Vec<Diagnostic>,
) -> LawResult {
    let mut result = LawResult {
        law: law.law.clone(),
        applicable: 0,
        met: 0,
        waived: Vec::new(),
    };
    for item in &law.items {
        if item.when.is_some_and(|w| !w.holds(policy)) {
            continue;
        }
        result.applicable += 1;
        let id = law.check_id(item);
        if waived(&id) {
            result.waived.push(id);
            continue;
        }
        let before = problems.len();
        for fact in &item.requires {
            for s in fact.shortfalls(policy) {
                let message = format!("{} {} requires {}", law.law, item.article, item.requirement);
                let d = Diagnostic::at(file, s.at.unwrap_or(named_at), message)
                    .found(s.found)
                    .expected(format!(
                        "{}, or `{id}` under `compliance.waive` with the reason it does not apply",
                        fact.expected()
                    ));
                problems.push(d);
            }
        }
        if problems.len() == before {
            result.met += 1;
        }
    }
    result
}

/// Waivers that name no checklist item or rule.
fn unknown_waivers(file: &str, policy: &Policy) -> Vec<Diagnostic> {
    let mut known: Vec<String> = laws::all()
        .iter()
        .flat_map(|l| l.items.iter().map(|i| l.check_id(i)))
        .collect();
    known.extend(
        consistency::RULES
            .iter()
            .map(|r| format!("consistency.{r}")),
    );
    let Some(c) = &policy.compliance else {
        return Vec::new();
    };
    c.waive
        .iter()
        .filter(|w| !known.contains(&w.check.value))
        .map(|w| {
            let near =
                crate::content::ids::closest(&w.check.value, known.iter().map(String::as_str));
            Diagnostic::at(
                file,
                Pos::from_location(&w.check.referenced),
                "waiver of an unknown check",
            )
            .found(format!("`{}`", w.check.value))
            .expected(match near {
                Some(n) => format!("a check that `clause check` reports, such as `{n}`"),
                None => "a check that `clause check` reports, e.g. `gdpr.dpo`".into(),
            })
        })
        .collect()
}
