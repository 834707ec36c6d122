//! Writes the imported policy as `policy.yaml`: each proposed fact with a comment saying
//! where in the source it came from, each value the source does not give marked `TODO`.

use super::facts::{Fact, Proposals};
use super::structure::{Section, Structure};

/// What `policy.yaml` gets for a required value the source does not give: visible on the
/// draft and listed by the import, so that nobody releases it unnoticed.
pub const TODO: &str = "TODO";

/// The policy.yaml text of an import of `source` (a file name).
pub fn policy(
    structure: &Structure,
    facts: &[Fact],
    proposals: &Proposals,
    source: &str,
) -> String {
    let mut out = format!(
        "# Imported by `clause import` from {source}. Every value with a `proposed` comment\n\
         # was recognised in the source: check it there. Replace every {TODO} before release.\n"
    );
    out.push_str("meta:\n");
    let title = structure
        .title
        .as_ref()
        .map(|(t, at)| (t.clone(), format!("  # from the source: {at}")));
    let (title, note) = title.unwrap_or_else(|| (todo("the policy's title"), String::new()));
    out.push_str(&format!("  title: {}{note}\n", quoted(&title)));
    let fact = |key: &str| facts.iter().find(|f| f.key == key);
    let line = |name: &str, key: &str, indent: &str, what: &str| match fact(key) {
        Some(f) => format!("{indent}{name}: {}  {}\n", value(f), comment(f)),
        None if what.is_empty() => String::new(),
        None => format!("{indent}{name}: {}\n", quoted(&todo(what))),
    };
    out.push_str(&line("product", "meta.product", "  ", "the product's name"));
    out.push_str(&line("effective", "meta.effective", "  ", ""));
    out.push_str(&line("updated", "meta.updated", "  ", ""));
    out.push_str("  controller:\n");
    out.push_str(&line(
        "name",
        "meta.controller.name",
        "    ",
        "the controller's legal name",
    ));
    let contact = [
        "meta.contact.email",
        "meta.contact.phone",
        "meta.contact.url",
        "meta.contact.address",
    ];
    if contact.iter().any(|k| fact(k).is_some()) {
        out.push_str("  contact:\n");
        out.push_str(&line("email", "meta.contact.email", "    ", ""));
        out.push_str(&line("phone", "meta.contact.phone", "    ", ""));
        out.push_str(&line("url", "meta.contact.url", "    ", ""));
        out.push_str(&line("address", "meta.contact.address", "    ", ""));
    }
    if structure.numbering.iter().any(|s| *s != "decimal") {
        let styles = structure.numbering.join(", ");
        out.push_str(&format!(
            "  numbering: [{styles}]  # as the source numbers its sections\n"
        ));
    }
    out.push_str("\nsections:\n");
    for s in &structure.sections {
        section(&mut out, s, 1);
    }
    out.push_str(&commented(proposals));
    out
}

/// The permissions, third parties and retention periods the source names, as YAML to
/// uncomment: each must be linked to its features and data categories by the author, and
/// until then the policy states none of them (their text stays in the sections).
fn commented(proposals: &Proposals) -> String {
    let mut out = String::new();
    if !proposals.permissions.is_empty() || !proposals.third_parties.is_empty() {
        out.push_str(
            "\n# Proposed from the source, for review: uncomment what is right and link each entry to\n\
             # the features and data categories it belongs to (docs/content-format.md).\n",
        );
    }
    if !proposals.permissions.is_empty() {
        out.push_str("# permissions:\n");
        let mut ids = Vec::new();
        for p in &proposals.permissions {
            let id = unique(&mut ids, permission_id(&p.identifier));
            out.push_str(&format!("#   - id: {id}  # from {}\n", p.at));
            out.push_str(&format!("#     platform: {}\n", p.platform));
            out.push_str(&format!("#     identifier: {}\n", p.identifier));
            out.push_str(&format!(
                "#     name: {}\n",
                quoted(&todo("the permission's name"))
            ));
            out.push_str(&format!("#     use: {}\n", quoted(&p.use_text)));
        }
    }
    if !proposals.third_parties.is_empty() {
        out.push_str("# third_parties:\n");
        let mut ids = Vec::new();
        for t in &proposals.third_parties {
            let base = super::structure::slug(&t.name).unwrap_or_else(|| "party".into());
            let id = unique(&mut ids, base);
            out.push_str(&format!("#   - id: {id}  # from {}\n", t.at));
            out.push_str(&format!("#     name: {}\n", quoted(&t.name)));
            let optional = [
                ("provider", &t.provider),
                ("purpose", &t.purpose),
                ("policy_url", &t.policy_url),
            ];
            for (key, value) in optional {
                if let Some(v) = value {
                    out.push_str(&format!("#     {key}: {}\n", quoted(v)));
                }
            }
            let kind = if t.sdk {
                "sdk".to_string()
            } else {
                quoted(&todo("sdk, processor, partner, affiliate or authority"))
            };
            out.push_str(&format!("#     kind: {kind}\n"));
            if let Some(data) = &t.data {
                out.push_str(&format!("#     # data, as the source says: {data}\n"));
            }
        }
    }
    if !proposals.retention.is_empty() {
        out.push_str(
            "\n# Retention periods the source states: set each on the data categories it is for.\n",
        );
        for r in &proposals.retention {
            out.push_str(&format!("#   {} ({}: {})\n", r.value, r.at, r.quote));
        }
    }
    out
}

/// `android.permission.CAMERA` → `android-camera`, `NSCameraUsageDescription` → `ios-camera`.
fn permission_id(identifier: &str) -> String {
    let (platform, name) = match identifier.strip_prefix("android.permission.") {
        Some(name) => ("android", name.to_string()),
        None => {
            let name = identifier
                .trim_start_matches("NS")
                .trim_end_matches("UsageDescription");
            ("ios", name.to_string())
        }
    };
    let words = super::structure::slug(&split_camel(&name)).unwrap_or_default();
    format!("{platform}-{words}")
        .trim_end_matches('-')
        .chars()
        .take(64)
        .collect()
}

fn split_camel(name: &str) -> String {
    let mut out = String::new();
    let mut previous: Option<char> = None;
    for c in name.chars() {
        let after_lower = previous.is_some_and(|p| !(p.is_uppercase() || p == '_'));
        if c.is_uppercase() && after_lower {
            out.push(' ');
        }
        out.push(if c == '_' { ' ' } else { c });
        previous = Some(c);
    }
    out
}

fn unique(taken: &mut Vec<String>, base: String) -> String {
    let mut id = base.clone();
    let mut n = 2;
    while taken.contains(&id) {
        id = format!("{base}-{n}");
        n += 1;
    }
    taken.push(id.clone());
    id
}

/// The `TODO` value of a required field the source does not give.
pub fn todo(what: &str) -> String {
    format!("{TODO}: {what} (not found in the source)")
}

fn value(fact: &Fact) -> String {
    match fact.key {
        "meta.effective" | "meta.updated" => fact.value.clone(),
        _ => quoted(&fact.value),
    }
}

fn comment(fact: &Fact) -> String {
    format!(
        "# proposed from {}: {}",
        fact.at,
        fact.quote.replace('\n', " ")
    )
}

/// A YAML double-quoted scalar (JSON's string syntax is YAML's).
fn quoted(text: &str) -> String {
    serde_json::to_string(text).unwrap_or_else(|_| "\"\"".into())
}

fn section(out: &mut String, s: &Section, depth: usize) {
    let pad = "    ".repeat(depth - 1);
    out.push_str(&format!("{pad}  - id: {}\n", s.id));
    // Titles are plain text in the model (not Markdown).
    out.push_str(&format!("{pad}    title: {}\n", quoted(&s.title.text)));
    if !s.numbered {
        out.push_str(&format!("{pad}    numbered: false\n"));
    }
    if !s.body.trim().is_empty() {
        out.push_str(&format!("{pad}    body: |\n"));
        for line in s.body.lines() {
            if line.trim().is_empty() {
                out.push('\n');
            } else {
                out.push_str(&format!("{pad}      {line}\n"));
            }
        }
    }
    if !s.sections.is_empty() {
        out.push_str(&format!("{pad}    sections:\n"));
        for child in &s.sections {
            section(out, child, depth + 1);
        }
    }
}
