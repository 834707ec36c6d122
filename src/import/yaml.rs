//! Writes the imported policy as `policy.yaml`: each proposed fact with a comment saying
//! where in the source it came from, each value the source does not give marked `TODO`.

use super::facts::Fact;
use super::structure::{Section, Structure};

/// What `policy.yaml` gets for a required value the source does not give: visible on the
/// draft and listed by the import, so that nobody releases it unnoticed.
pub const TODO: &str = "TODO";

/// The policy.yaml text of an import of `source` (a file name).
pub fn policy(structure: &Structure, facts: &[Fact], source: &str) -> String {
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
    if fact("meta.contact.email").is_some() || fact("meta.contact.phone").is_some() {
        out.push_str("  contact:\n");
        out.push_str(&line("email", "meta.contact.email", "    ", ""));
        out.push_str(&line("phone", "meta.contact.phone", "    ", ""));
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
    out
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
