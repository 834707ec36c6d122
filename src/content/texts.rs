//! Every translatable text of a policy, with its translation key.
//!
//! This is the one place that decides what a translator can translate and how each text is
//! addressed. A key is the YAML path of the text with list positions replaced by ids, e.g.
//! `sections.sharing.title`, `data_categories.account.items.email`, `meta.key_points.no-ads`.
//! Ids are slugs, so they never contain a dot and keys are unambiguous.

use super::model::*;
use crate::diagnostics::Pos;

/// One source text of the draft.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceText {
    /// The translation key.
    pub key: String,
    /// Where the id the text belongs to is written in `policy.yaml` (none for `meta.*`).
    pub at: Option<Pos>,
    /// The text.
    pub text: String,
}

/// Whether `key` is a name: the product's, the controller's (a legal name) or the data
/// protection officer's. A name is the same in every language unless a translation gives
/// one (a product sold under another name in China, say): it is never missing, never
/// stubbed for translators, and never marked as shown in another language.
pub fn is_name(key: &str) -> bool {
    matches!(
        key,
        "meta.product" | "meta.controller.name" | "meta.contact.dpo.name"
    )
}

/// Whether the text at `key` stays as written in every language: what `translate:` in
/// policy.yaml says of it (an exact key before a pattern), else whether it is a name.
/// Such a text is never missing, never stubbed or exchanged for translators (unless a
/// translation gives it anyway), and never marked as shown in another language.
pub fn is_fixed(policy: &Policy, key: &str) -> bool {
    if let Some(translate) = policy.translate.get(key) {
        return !translate;
    }
    let matched = policy.translate.iter().find(|(p, _)| matches_key(p, key));
    match matched {
        Some((_, translate)) => !translate,
        None => is_name(key),
    }
}

/// Whether `pattern` names `key`: the same segments, `*` standing for any one.
pub fn matches_key(pattern: &str, key: &str) -> bool {
    let (mut p, mut k) = (pattern.split('.'), key.split('.'));
    loop {
        match (p.next(), k.next()) {
            (None, None) => return true,
            (Some(a), Some(b)) if a == "*" || a == b => {}
            _ => return false,
        }
    }
}

/// Every text of `policy`, in reading order of `policy.yaml`.
pub fn list(policy: &Policy) -> Vec<SourceText> {
    let mut out = Vec::new();
    let mut copy = policy.clone();
    visit(&mut copy, &mut |key, at, text| {
        out.push(SourceText {
            key,
            at,
            text: text.as_str().to_string(),
        })
    });
    out
}

/// Calls `f` with the key, the id's location and the text, for every text of `policy`.
pub fn visit(policy: &mut Policy, f: &mut dyn FnMut(String, Option<Pos>, &mut Text)) {
    let mut w = Walk { f };
    w.meta(&mut policy.meta);
    for p in &mut policy.purposes {
        let (k, at) = w.item("purposes", &p.id);
        w.one(format!("{k}.name"), at, &mut p.name);
        w.opt(format!("{k}.description"), at, &mut p.description);
    }
    for c in &mut policy.data_categories {
        w.category(c);
    }
    for x in &mut policy.features {
        let (k, at) = w.item("features", &x.id);
        w.one(format!("{k}.name"), at, &mut x.name);
        w.opt(format!("{k}.description"), at, &mut x.description);
    }
    for x in &mut policy.permissions {
        let (k, at) = w.item("permissions", &x.id);
        w.one(format!("{k}.name"), at, &mut x.name);
        w.one(format!("{k}.use"), at, &mut x.usage);
    }
    for x in &mut policy.third_parties {
        let (k, at) = w.item("third_parties", &x.id);
        w.one(format!("{k}.purpose"), at, &mut x.purpose);
        w.opt(format!("{k}.country"), at, &mut x.country);
    }
    w.storage(&mut policy.storage);
    for r in &mut policy.rights {
        w.right(r);
    }
    for t in &mut policy.minors {
        let (k, at) = w.item("minors", &t.id);
        w.opt(format!("{k}.name"), at, &mut t.name);
        w.opt(format!("{k}.consent_method"), at, &mut t.consent_method);
        for r in &mut t.rules {
            let (key, at) = w.item(&format!("{k}.rules"), &r.id);
            w.one(key, at, &mut r.text);
        }
    }
    for l in &mut policy.exceptions {
        let (k, at) = w.item("exceptions", &l.id);
        w.opt(format!("{k}.title"), at, &mut l.title);
        for e in &mut l.items {
            let (key, at) = w.item(&format!("{k}.items"), &e.id);
            w.opt(key, at, &mut e.text);
        }
    }
    for c in &mut policy.cookies {
        let (k, at) = w.item("cookies", &c.id);
        w.one(format!("{k}.purpose"), at, &mut c.purpose);
    }
    w.sections(&mut policy.sections);
    if let Some(cp) = &mut policy.change_policy {
        w.opt(
            "change_policy.description".into(),
            None,
            &mut cp.description,
        );
    }
}

/// The key of the text a notice names an element of `kind` by (its name, title, region,
/// destination or text), when that is a translatable text.
pub fn name_key(kind: super::fields::ElementKind, id: &str) -> Option<String> {
    use super::fields::ElementKind as K;
    Some(match kind {
        K::KeyPoint => format!("meta.key_points.{id}"),
        K::Purpose => format!("purposes.{id}.name"),
        K::DataCategory => format!("data_categories.{id}.name"),
        K::Feature => format!("features.{id}.name"),
        K::Permission => format!("permissions.{id}.name"),
        K::Right => format!("rights.{id}.name"),
        K::StorageLocation => format!("storage.locations.{id}.region"),
        K::Transfer => format!("storage.transfers.{id}.destination"),
        K::MinorTier => format!("minors.{id}.name"),
        K::ExceptionList => format!("exceptions.{id}.title"),
        _ => return None,
    })
}

/// The texts of `policy` shown in another locale than the reader's, by key, with that
/// locale.
pub fn fallbacks(policy: &Policy) -> std::collections::BTreeMap<String, String> {
    let mut policy = policy.clone();
    let mut out = std::collections::BTreeMap::new();
    visit(&mut policy, &mut |key, _, text| {
        if let Some(from) = &text.fallback {
            out.insert(key, from.clone());
        }
    });
    out
}

struct Walk<'f> {
    f: &'f mut dyn FnMut(String, Option<Pos>, &mut Text),
}

impl Walk<'_> {
    fn one(&mut self, key: String, at: Option<Pos>, text: &mut Text) {
        (self.f)(key, at, text);
    }

    fn opt(&mut self, key: String, at: Option<Pos>, text: &mut Option<Text>) {
        if let Some(text) = text {
            self.one(key, at, text);
        }
    }

    /// The key prefix and location of a list element.
    fn item(&self, list: &str, id: &Id) -> (String, Option<Pos>) {
        (
            format!("{list}.{}", id.value),
            Some(Pos::from_location(&id.referenced)),
        )
    }

    fn meta(&mut self, m: &mut Meta) {
        self.one("meta.title".into(), None, &mut m.title);
        self.one("meta.product".into(), None, &mut m.product);
        let c = &mut m.controller;
        self.one("meta.controller.name".into(), None, &mut c.name);
        let (registered, office) = (&mut c.registered_address, &mut c.office_address);
        self.opt(
            "meta.controller.registered_address".into(),
            None,
            registered,
        );
        self.opt("meta.controller.office_address".into(), None, office);
        self.opt("meta.contact.address".into(), None, &mut m.contact.address);
        if let Some(dpo) = &mut m.contact.dpo {
            self.opt("meta.contact.dpo.name".into(), None, &mut dpo.name);
        }
        for a in &mut m.contact.addresses {
            let (key, at) = self.item("meta.contact.addresses", &a.id);
            self.one(key, at, &mut a.address);
        }
        for c in &mut m.contact.channels {
            let (k, at) = self.item("meta.contact.channels", &c.id);
            self.opt(format!("{k}.label"), at, &mut c.label);
            self.opt(format!("{k}.hours"), at, &mut c.hours);
        }
        for k in &mut m.key_points {
            let (key, at) = self.item("meta.key_points", &k.id);
            self.one(key, at, &mut k.text);
        }
    }

    fn category(&mut self, c: &mut DataCategory) {
        let (k, at) = self.item("data_categories", &c.id);
        self.one(format!("{k}.name"), at, &mut c.name);
        self.opt(format!("{k}.description"), at, &mut c.description);
        for i in &mut c.items {
            let (key, at) = self.item(&format!("{k}.items"), &i.id);
            self.one(key, at, &mut i.name);
        }
        self.opt(
            format!("{k}.retention.note"),
            at,
            &mut c.retention.value.note,
        );
    }

    fn storage(&mut self, s: &mut Storage) {
        for l in &mut s.locations {
            let (k, at) = self.item("storage.locations", &l.id);
            self.one(format!("{k}.region"), at, &mut l.region);
            self.opt(format!("{k}.description"), at, &mut l.description);
            self.opt(format!("{k}.condition"), at, &mut l.condition);
        }
        for t in &mut s.transfers {
            let (k, at) = self.item("storage.transfers", &t.id);
            self.one(format!("{k}.destination"), at, &mut t.destination);
            self.opt(format!("{k}.description"), at, &mut t.description);
            self.opt(format!("{k}.condition"), at, &mut t.condition);
        }
    }

    fn right(&mut self, r: &mut Right) {
        let (k, at) = self.item("rights", &r.id);
        self.one(format!("{k}.name"), at, &mut r.name);
        self.opt(format!("{k}.description"), at, &mut r.description);
        for s in &mut r.steps {
            let (key, at) = self.item(&format!("{k}.steps"), &s.id);
            self.one(key, at, &mut s.text);
        }
    }

    /// Sections at any depth share one key space: their ids are unique in the policy.
    fn sections(&mut self, sections: &mut [Section]) {
        for s in sections {
            let (k, at) = self.item("sections", &s.id);
            self.one(format!("{k}.title"), at, &mut s.title);
            self.opt(format!("{k}.body"), at, &mut s.body);
            self.sections(&mut s.sections);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pattern_names_keys_segment_by_segment() {
        assert!(matches_key(
            "third_parties.*.name",
            "third_parties.stripe.name"
        ));
        assert!(matches_key("meta.product", "meta.product"));
        assert!(!matches_key(
            "third_parties.*.name",
            "third_parties.stripe.purpose"
        ));
        assert!(!matches_key("third_parties.*", "third_parties.stripe.name"));
        assert!(!matches_key("*.name", "third_parties.stripe.name"));
    }
    use crate::content::fields::{ElementKind as K, FIELDS, Field};

    /// A policy that states every text the model has.
    const EVERY_TEXT: &str = "meta:
  title: T
  product: P
  controller: { name: C, registered_address: R, office_address: O }
  contact: { email: a@example.com, address: A, dpo: { name: D }, addresses: [{ id: a, role: postal, address: A }], channels: [{ id: c, kind: phone, value: '+1', label: L, hours: H }] }
  key_points: [{ id: k, text: K }]
purposes: [{ id: p, name: P, description: D }]
data_categories:
  - id: c
    name: C
    description: D
    items: [{ id: i, name: I }]
    kind: usage
    source: user
    purposes: [p]
    retention: { duration: P1D, note: N }
features: [{ id: f, name: F, description: D }]
permissions: [{ id: m, platform: ios, identifier: NSCameraUsageDescription, name: M, use: U }]
third_parties: [{ id: t, name: T, kind: processor, purpose: P, country: DE }]
storage:
  locations: [{ id: l, region: R, description: D, condition: C }]
  transfers: [{ id: x, destination: US, safeguard: adequacy, description: D, condition: C }]
rights: [{ id: r, kind: access, name: R, description: D, steps: [{ id: s, text: S }] }]
minors: [{ id: m, under_age: 14, name: N, consent_method: M, rules: [{ id: u, text: U }] }]
exceptions: [{ id: e, kind: other, title: T, items: [{ id: i, text: I }] }]
cookies: [{ id: k, name: K, kind: cookie, purpose: P, duration: session }]
sections: [{ id: s, title: S, body: B }]
";

    /// The element kind and field a translation key belongs to (`None` for texts that are
    /// not elements: the title, the product, sections and the change policy).
    fn field_of(key: &str) -> Option<(K, String)> {
        const LISTS: &[(&str, K)] = &[
            ("purposes.", K::Purpose),
            ("data_categories.", K::DataCategory),
            ("features.", K::Feature),
            ("permissions.", K::Permission),
            ("third_parties.", K::ThirdParty),
            ("storage.locations.", K::StorageLocation),
            ("storage.transfers.", K::Transfer),
            ("rights.", K::Right),
            ("minors.", K::MinorTier),
            ("exceptions.", K::ExceptionList),
            ("cookies.", K::Cookie),
        ];
        if key.starts_with("meta.key_points.") {
            return Some((K::KeyPoint, "text".into()));
        }
        for (prefix, kind) in [
            ("meta.controller.", K::Controller),
            ("meta.contact.", K::Contact),
        ] {
            if let Some(field) = key.strip_prefix(prefix) {
                // `addresses.<id>`, `channels.<id>.hours`: a text of an entry of a list.
                let field = match field.split_once('.') {
                    Some((list @ ("addresses" | "channels"), _)) => list,
                    _ => field,
                };
                return Some((kind, field.into()));
            }
        }
        let (kind, rest) = LISTS
            .iter()
            .find_map(|(prefix, kind)| Some((*kind, key.strip_prefix(prefix)?)))?;
        let field = rest.split_once('.')?.1;
        // `items.<id>` and `steps.<id>`: a text of an entry of the list field.
        let field = match field.split_once('.') {
            Some((list @ ("items" | "steps" | "rules"), _)) => list,
            _ => field,
        };
        Some((kind, field.to_string()))
    }

    #[test]
    fn the_field_table_marks_exactly_the_texts_translators_translate() {
        let policy = crate::content::policy_from_text("policy.yaml", EVERY_TEXT).unwrap();
        let translated: std::collections::BTreeSet<(K, String)> = list(&policy)
            .iter()
            .filter_map(|t| field_of(&t.key))
            .collect();
        for (kind, field) in &translated {
            let row = Field::of(*kind, field);
            assert!(
                row.is_some_and(|r| r.text),
                "{kind}.{field} is translated but not marked"
            );
        }
        for row in FIELDS.iter().filter(|r| r.text) {
            assert!(
                translated.contains(&(row.kind, row.name.to_string())),
                "{}.{} is marked translatable but no translation key reaches it",
                row.kind,
                row.name
            );
        }
    }
}
