//! Checks that the YAML parser cannot make: ids, references, dates, durations, URLs.

use super::date::{DATE_RULE, Date};
use super::duration::{DURATION_RULE, PERIOD_RULE, Period};
use super::ids::{SLUG_RULE, is_slug};
use super::model::*;
use super::refs::Listed;
use super::stated::Stated;
use crate::diagnostics::{Diagnostic, Pos};
use serde_saphyr::Spanned;
use std::collections::{BTreeMap, BTreeSet};

/// Every problem in one policy; empty when it is valid. Every reference that names a known
/// id is resolved to its element on the way ([`super::refs`]), so the result is kept.
pub fn policy(file: &str, policy: &mut Policy) -> Vec<Diagnostic> {
    let mut problems = references(file, policy);
    problems.extend(elements(file, policy));
    problems
}

/// Resolves every reference in the list it points into, and reports those that name no
/// element there.
fn references(file: &str, policy: &mut Policy) -> Vec<Diagnostic> {
    let mut c = Checker {
        file,
        problems: Vec::new(),
    };
    let purposes = positions::<Purpose>(policy);
    let categories = positions::<DataCategory>(policy);
    let features = positions::<Feature>(policy);
    let permissions = positions::<Permission>(policy);
    let recipients = positions::<ThirdParty>(policy);
    let rights = positions::<Right>(policy);
    for category in &mut policy.data_categories {
        c.refs("purpose", &mut category.purposes, &purposes);
    }
    for feature in &mut policy.features {
        c.refs("data category", &mut feature.data, &categories);
        c.refs("permission", &mut feature.permissions, &permissions);
    }
    for permission in &mut policy.permissions {
        c.refs("feature", &mut permission.features, &features);
    }
    for third in &mut policy.third_parties {
        c.refs("data category", &mut third.data, &categories);
    }
    for transfer in &mut policy.storage.transfers {
        c.refs("data category", &mut transfer.data, &categories);
        c.refs("third party", &mut transfer.recipients, &recipients);
    }
    for tier in &mut policy.minors {
        c.refs("right", &mut tier.guardian_rights, &rights);
    }
    for cookie in &mut policy.cookies {
        c.refs(
            "third party",
            cookie.third_party.as_mut_slice(),
            &recipients,
        );
    }
    c.problems
}

/// Each id of the list of `T` and its position (the first, where an id is written twice: that
/// is reported on its own).
fn positions<T: Listed>(policy: &Policy) -> BTreeMap<String, usize> {
    let mut positions = BTreeMap::new();
    for (i, e) in T::all(policy).iter().enumerate() {
        positions.entry(e.id().value.clone()).or_insert(i);
    }
    positions
}

/// Every problem besides references.
fn elements(file: &str, policy: &Policy) -> Vec<Diagnostic> {
    let mut c = Checker {
        file,
        problems: Vec::new(),
    };
    c.meta(&policy.meta);
    c.ids("purpose", policy.purposes.iter().map(|p| &p.id));
    c.ids(
        "data category",
        policy.data_categories.iter().map(|d| &d.id),
    );
    c.ids("feature", policy.features.iter().map(|f| &f.id));
    c.ids("permission", policy.permissions.iter().map(|p| &p.id));
    c.ids("third party", policy.third_parties.iter().map(|t| &t.id));
    c.ids(
        "storage location",
        policy.storage.locations.iter().map(|l| &l.id),
    );
    c.ids("transfer", policy.storage.transfers.iter().map(|t| &t.id));
    c.ids("right", policy.rights.iter().map(|r| &r.id));
    c.ids("section", all_sections(&policy.sections).map(|s| &s.id));
    for category in &policy.data_categories {
        c.ids("item", category.items.iter().map(|i| &i.id));
        c.retention(&category.retention);
    }
    for third in &policy.third_parties {
        c.url(third.policy_url.as_ref());
        for domain in &third.tracking_domains {
            c.domain(domain);
        }
    }
    c.ids("exception list", policy.exceptions.iter().map(|l| &l.id));
    for list in &policy.exceptions {
        c.ids("case", list.items.iter().map(|e| &e.id));
        for case in list
            .items
            .iter()
            .filter(|e| e.text.is_none() && e.basis.is_none())
        {
            let d = c.at(&case.id, "a case says nothing".into());
            c.problems.push(
                d.found(format!(
                    "`{}` with neither `text` nor `basis`",
                    case.id.value
                ))
                .expected("`text: …`, or a `basis` whose words it takes (`basis: pipl-13-1-3`)"),
            );
        }
    }
    c.ids("cookie", policy.cookies.iter().map(|k| &k.id));
    for cookie in &policy.cookies {
        if cookie.duration.value.parsed.is_none() {
            let d = c.at(&cookie.duration, "invalid cookie duration".into());
            c.problems.push(
                d.found(format!("`{}`", cookie.duration.value.text))
                    .expected(format!("`session`, or {DURATION_RULE}")),
            );
        }
    }
    c.minors(&policy.minors);
    for right in &policy.rights {
        c.ids("step", right.steps.iter().map(|s| &s.id));
        c.duration(right.response_time.as_ref());
        c.url(right.url.as_ref());
    }
    c.problems
}

/// Links to sections (`[](#sec:contact)`) whose target is no section, found in `text`, the
/// file as written (so that each error points at the link itself, in any field).
pub fn section_links(file: &str, text: &str, policy: &Policy) -> Vec<Diagnostic> {
    let ids: Vec<&str> = all_sections(&policy.sections)
        .map(|s| s.id.value.as_str())
        .collect();
    let marker = crate::render::markdown::SECTION_LINK;
    let mut out = Vec::new();
    for (at, _) in text.match_indices(marker) {
        let start = at + marker.len();
        let target: String = text[start..]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
            .collect();
        let target = target.trim_end_matches('.');
        if ids.contains(&target) {
            continue;
        }
        let near = crate::content::ids::closest(target, ids.iter().copied());
        out.push(
            Diagnostic::at(
                file,
                Pos {
                    len: marker.len() + target.len(),
                    ..crate::i18n::position(text, at)
                },
                "link to an unknown section",
            )
            .found(format!("`{marker}{target}`"))
            .expected(match near {
                Some(n) => format!("the id of a section, such as `{n}`"),
                None => "the id of a section of this policy".to_string(),
            }),
        );
    }
    out
}

/// Each key of `translate:` that names no text of the policy: a mistyped key would leave
/// the text translated (or not) without a word.
pub fn translate_keys(file: &str, text: &str, policy: &Policy) -> Vec<Diagnostic> {
    let keys: Vec<String> = crate::content::texts::list(policy)
        .into_iter()
        .map(|s| s.key)
        .collect();
    let block = text.find("\ntranslate:").map_or(0, |at| at + 1);
    let mut out = Vec::new();
    for pattern in policy.translate.keys() {
        if keys
            .iter()
            .any(|k| crate::content::texts::matches_key(pattern, k))
        {
            continue;
        }
        let at = text[block..]
            .find(&format!("{pattern}:"))
            .map_or(block, |i| block + i);
        let near = crate::content::ids::closest(pattern, keys.iter().map(String::as_str));
        out.push(
            Diagnostic::at(
                file,
                Pos {
                    len: pattern.len().max(1),
                    ..crate::i18n::position(text, at)
                },
                "`translate` names no text of this policy",
            )
            .found(format!("`{pattern}`"))
            .expected(match near {
                Some(n) => {
                    format!("a translation key such as `{n}`, or a pattern with `*` for an id")
                }
                None => "a translation key, or a pattern with `*` for an id".to_string(),
            }),
        );
    }
    out
}

/// Sections and their subsections, depth first.
pub fn all_sections(sections: &[Section]) -> Box<dyn Iterator<Item = &Section> + '_> {
    Box::new(
        sections
            .iter()
            .flat_map(|s| std::iter::once(s).chain(all_sections(&s.sections))),
    )
}

struct Checker<'a> {
    file: &'a str,
    problems: Vec<Diagnostic>,
}

impl Checker<'_> {
    fn at<T>(&self, value: &Spanned<T>, message: String) -> Diagnostic {
        Diagnostic::at(self.file, Pos::from_location(&value.referenced), message)
    }

    fn meta(&mut self, meta: &Meta) {
        self.ids("key point", meta.key_points.iter().map(|k| &k.id));
        self.date(meta.effective.as_ref());
        self.date(meta.updated.as_ref());
        self.duration(meta.contact.response_time.as_ref());
        self.url(meta.contact.url.as_ref());
        self.email(meta.contact.email.as_ref());
        let dpo = meta.contact.dpo.as_ref();
        self.email(dpo.and_then(|d| d.email.as_ref()));
        self.ids("address", meta.contact.addresses.iter().map(|a| &a.id));
        self.ids("channel", meta.contact.channels.iter().map(|c| &c.id));
        for c in &meta.contact.channels {
            match c.kind {
                ChannelKind::Email => self.email(c.value.as_ref()),
                ChannelKind::Web | ChannelKind::Chat => self.url(c.value.as_ref()),
                _ => {}
            }
            if c.value.is_none() && c.label.is_none() {
                let d = self.at(&c.id, "a channel says nothing".into());
                self.problems.push(
                    d.found(format!("`{}` with neither `value` nor `label`", c.id.value))
                        .expected(
                            "`value: …` (an address, number or URL), or `label: …` saying where",
                        ),
                );
            }
        }
        for (field, text) in [
            ("meta.title", &meta.title),
            ("meta.product", &meta.product),
            ("meta.controller.name", &meta.controller.name),
        ] {
            if text.trim().is_empty() {
                self.problems.push(
                    Diagnostic::file(self.file, format!("`{field}` is empty"))
                        .expected("text: pages, feeds and app stores show it"),
                );
            }
        }
        let Some(audience) = &meta.audience else {
            return;
        };
        match (audience.value.kind, audience.value.under_age) {
            (AudienceKind::Children, None) => {
                let d = self.at(
                    audience,
                    "a children's audience needs an age threshold".into(),
                );
                self.problems
                    .push(d.expected("`under_age`, e.g. `under_age: 13`"));
            }
            (AudienceKind::General, Some(age)) => {
                let d = self.at(
                    audience,
                    "`under_age` applies only to a children's audience".into(),
                );
                self.problems.push(
                    d.found(format!("`under_age: {age}` with `kind: general`"))
                        .expected("`kind: children`, or no `under_age`"),
                );
            }
            _ => {}
        }
    }

    /// Checks that ids are slugs and unique; returns the valid ones.
    fn ids<'i>(&mut self, what: &str, ids: impl Iterator<Item = &'i Id>) -> BTreeSet<String> {
        let mut seen = BTreeSet::new();
        for id in ids {
            if !is_slug(&id.value) {
                let d = self.at(id, format!("invalid {what} id"));
                self.problems
                    .push(d.found(format!("`{}`", id.value)).expected(SLUG_RULE));
            } else if !seen.insert(id.value.clone()) {
                let d = self.at(id, format!("duplicate {what} id"));
                self.problems.push(
                    d.found(format!("`{}`", id.value))
                        .expected(format!("a {what} id used only once")),
                );
            }
        }
        seen
    }

    /// Tiers of minors: ids, an age a tier can have, one tier per age, and something said.
    fn minors(&mut self, tiers: &[MinorTier]) {
        self.ids("minors tier", tiers.iter().map(|t| &t.id));
        let mut ages = BTreeSet::new();
        for t in tiers {
            self.ids("rule", t.rules.iter().map(|r| &r.id));
            let age = t.under_age.value;
            if !(1..=21).contains(&age) {
                let d = self.at(&t.under_age, "an age no tier of minors can have".into());
                self.problems.push(
                    d.found(format!("`under_age: {age}`"))
                        .expected("an age from 1 to 21 (`14`: under 14)"),
                );
            } else if !ages.insert(age) {
                let d = self.at(&t.under_age, "two tiers of minors for the same age".into());
                self.problems.push(
                    d.found(format!("a second tier under {age}"))
                        .expected("one tier per age, with all its rules"),
                );
            }
            if t.consent.is_none()
                && t.consent_method.is_none()
                && t.rules.is_empty()
                && t.guardian_rights.is_empty()
            {
                let d = self.at(&t.id, "a tier of minors says nothing".into());
                self.problems.push(
                    d.found(format!("`{}` with an age alone", t.id.value))
                        .expected("`consent`, `consent_method`, `rules` or `guardian_rights`"),
                );
            }
        }
    }

    /// Resolves every reference in `known`, the policy as written; reports those that
    /// name no element.
    fn refs<T: Listed>(
        &mut self,
        what: &str,
        refs: &mut [Ref<T>],
        known: &BTreeMap<String, usize>,
    ) {
        for r in refs.iter_mut() {
            if r.resolve(known) {
                continue;
            }
            let expected = if known.is_empty() {
                format!("no {what} is defined in this policy")
            } else {
                let list: Vec<String> = known.keys().map(|k| format!("`{k}`")).collect();
                format!("one of {}", list.join(", "))
            };
            let d = self.at(&r.id, format!("reference to an unknown {what}"));
            self.problems
                .push(d.found(format!("`{}`", r.id.value)).expected(expected));
        }
    }

    fn retention(&mut self, retention: &Spanned<Retention>) {
        match (&retention.value.duration, retention.value.until) {
            (Some(duration), None) => self.duration(Some(duration)),
            (None, Some(_)) => {}
            (Some(duration), Some(_)) => {
                let d = self.at(duration, "retention has both `duration` and `until`".into());
                self.problems
                    .push(d.expected("either `duration` or `until`, not both"));
            }
            (None, None) => {
                let d = self.at(
                    retention,
                    "a retention rule has neither `duration` nor `until`".into(),
                );
                self.problems
                    .push(d.expected("`duration: P30D` or `until: account-deletion`"));
            }
        }
    }

    fn duration(&mut self, value: Option<&Spanned<Stated<Period>>>) {
        if let Some(v) = value.filter(|v| v.value.parsed.is_none()) {
            let d = self.at(v, "invalid duration".into());
            self.problems
                .push(d.found(format!("`{}`", v.value.text)).expected(PERIOD_RULE));
        }
    }

    fn date(&mut self, value: Option<&Spanned<Stated<Date>>>) {
        if let Some(v) = value.filter(|v| v.value.parsed.is_none()) {
            let d = self.at(v, "invalid date".into());
            self.problems
                .push(d.found(format!("`{}`", v.value.text)).expected(DATE_RULE));
        }
    }

    fn email(&mut self, value: Option<&Spanned<String>>) {
        let bad = |v: &&Spanned<String>| {
            let (user, host) = v.value.split_once('@').unwrap_or(("", ""));
            user.is_empty()
                || !host.contains('.')
                || v.value
                    .chars()
                    .any(|c| c.is_whitespace() || "<>\"(),;:".contains(c))
        };
        if let Some(v) = value.filter(bad) {
            let d = self.at(v, "invalid e-mail address".into());
            self.problems.push(
                d.found(format!("`{}`", v.value))
                    .expected("an address such as `privacy@example.com`"),
            );
        }
    }

    /// A host name as Apple's `NSPrivacyTrackingDomains` lists it: no scheme, no path.
    fn domain(&mut self, value: &Spanned<String>) {
        let labels: Vec<&str> = value.value.split('.').collect();
        let good = labels.len() >= 2
            && labels.iter().all(|l| {
                !l.is_empty()
                    && !l.starts_with('-')
                    && !l.ends_with('-')
                    && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
            });
        if !good {
            let d = self.at(value, "invalid tracking domain".into());
            self.problems
                .push(d.found(format!("`{}`", value.value)).expected(
                    "a host name such as `metrics.example.com`, without `https://` or a path",
                ));
        }
    }

    fn url(&mut self, value: Option<&Spanned<String>>) {
        let bad = |v: &&Spanned<String>| {
            !(v.value.starts_with("https://") || v.value.starts_with("http://"))
        };
        if let Some(v) = value.filter(bad) {
            let d = self.at(v, "invalid URL".into());
            self.problems.push(
                d.found(format!("`{}`", v.value))
                    .expected("an absolute http:// or https:// URL"),
            );
        }
    }
}
