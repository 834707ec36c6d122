//! What `clause check` asks of a draft beyond validity: that it is consistent with itself,
//! and that it discloses what each law it names requires (one table per law, see `laws`).
//! Findings are errors of `check`; a policy sets one aside with a reason under
//! `compliance.waive`. Released versions are not reviewed: they cannot change.

mod consistency;
mod facts;
pub mod laws;

use crate::content::model::{DataKind, Policy, Waiver};
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
    let waivers: &[Waiver] = policy.compliance.as_ref().map_or(&[], |c| &c.waive);
    // A law's item concerns the whole policy: only a waiver without `element` sets it aside.
    let waived = |id: &str| {
        waivers
            .iter()
            .any(|w| w.check.value == id && w.element.is_none())
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
    let problems = consistency::problems(policy, &sensitive);
    review
        .problems
        .extend(element_waivers(file, waivers, &problems));
    let mut set_aside = Vec::new();
    let mut failing = std::collections::BTreeSet::new();
    for p in problems {
        let id = format!("consistency.{}", p.rule);
        let waiver = waivers.iter().find(|w| {
            w.check.value == id && w.element.as_ref().is_none_or(|e| e.value == p.element)
        });
        if waiver.is_some() {
            set_aside.push(format!("{} at {}", p.rule, p.element));
            continue;
        }
        failing.insert(p.rule);
        let d = Diagnostic::at(file, p.found.at.unwrap_or_default(), p.message)
            .found(p.found.found)
            .expected(format!(
                "{}, or `{id}` with `element: {}` under `compliance.waive`, and the reason",
                p.expected, p.element
            ));
        review.problems.push(d);
    }
    // The rules appear in the summary beside the laws once a waiver sets one aside, so
    // that a waiver is never silent.
    if !set_aside.is_empty() {
        review.laws.push(LawResult {
            law: "Consistency".into(),
            applicable: RULES.len(),
            met: RULES.len() - failing.len(),
            waived: set_aside,
        });
    }
    review.problems.extend(unknown_waivers(file, policy));
    review
}

/// Waivers naming an element: only a consistency rule concerns one element, and the rule
/// must find a problem there (a typo, or a problem since solved, would set nothing aside
/// and hide the next one).
fn element_waivers(
    file: &str,
    waivers: &[Waiver],
    problems: &[consistency::Problem],
) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for w in waivers {
        let Some(element) = &w.element else { continue };
        let check = &w.check.value;
        let at = Pos::from_location(&element.referenced);
        let Some(rule) = check.strip_prefix("consistency.") else {
            // An unknown check is reported once, by `unknown_waivers`.
            if !law_checks().contains(check) {
                continue;
            }
            out.push(
                Diagnostic::at(file, at, "`element` on a waiver of a law's checklist item")
                    .found(format!("`{check}` for `{}`", element.value))
                    .expected("no `element`: a law's item concerns the whole policy; `element` sets a consistency rule aside for one element"),
            );
            continue;
        };
        let found: Vec<&str> = problems
            .iter()
            .filter(|p| p.rule == rule)
            .map(|p| p.element.as_str())
            .collect();
        if !RULES.contains(&rule) || found.contains(&element.value.as_str()) {
            continue;
        }
        let expected = match found.as_slice() {
            [] => format!("no waiver: `{check}` finds nothing to set aside"),
            some => {
                let each: Vec<String> = some.iter().map(|e| format!("`{e}`")).collect();
                format!("an element `{check}` reports: {}", each.join(", "))
            }
        };
        out.push(
            Diagnostic::at(file, at, "waiver for an element the rule does not report")
                .found(format!("`{check}` for `{}`", element.value))
                .expected(expected),
        );
    }
    out
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

/// The ids of every law's checklist items (`gdpr.dpo`).
fn law_checks() -> Vec<String> {
    laws::all()
        .iter()
        .flat_map(|l| l.items.iter().map(|i| l.check_id(i)))
        .collect()
}

/// Waivers that name no checklist item or rule.
fn unknown_waivers(file: &str, policy: &Policy) -> Vec<Diagnostic> {
    let mut known = law_checks();
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
