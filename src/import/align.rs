//! A translated document aligned to an imported policy by structure: the same section tree,
//! and bodies of the same shape (paragraphs, list items, table rows). Where the shapes
//! differ nothing is guessed: the place is reported and left untranslated.

use super::structure::{Section, Structure};
use crate::content::model::{Policy, Section as PolicySection};
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

/// The translation's texts by key, and the places where its shape differs.
#[derive(Debug, Default)]
pub struct Aligned {
    /// `sections.<id>.title` → text, in policy order.
    pub texts: Vec<(String, String)>,
    /// Each place where the translation's shape is not the policy's, for people.
    pub differences: Vec<String>,
}

/// Aligns `translated` to `policy`.
pub fn align(policy: &Policy, translated: &Structure) -> Aligned {
    let mut out = Aligned::default();
    if let Some((title, _)) = &translated.title {
        out.texts.push(("meta.title".into(), title.clone()));
    }
    sections(
        &policy.sections,
        &translated.sections,
        "the policy",
        &mut out,
    );
    out
}

fn sections(source: &[PolicySection], translated: &[Section], parent: &str, out: &mut Aligned) {
    if source.len() != translated.len() {
        let noun = if parent == "the policy" {
            "section"
        } else {
            "subsection"
        };
        out.differences.push(format!(
            "{parent} has {} in the policy and {} in the translation",
            count(source.len(), noun),
            count(translated.len(), noun)
        ));
        return;
    }
    for (s, t) in source.iter().zip(translated) {
        let id = s.id.value.as_str();
        out.texts
            .push((format!("sections.{id}.title"), t.title.text.clone()));
        let body = s.body.as_ref().map(|b| b.as_str()).unwrap_or("");
        let (want, got) = (shape(body), shape(&t.body));
        if want != got {
            out.differences.push(format!(
                "section `{id}` (“{}”) is {} in the policy and {} in the translation",
                t.title.text,
                describe(&want),
                describe(&got)
            ));
        } else if !t.body.trim().is_empty() {
            out.texts
                .push((format!("sections.{id}.body"), t.body.clone()));
        }
        sections(&s.sections, &t.sections, &format!("section `{id}`"), out);
    }
}

/// One block of a body's shape: a paragraph, a list of n items, a table of n rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shape {
    Paragraph,
    List(usize),
    Table(usize),
}

fn shape(markdown: &str) -> Vec<Shape> {
    let mut out = Vec::new();
    let mut depth = 0usize;
    let mut items = Vec::new();
    let mut rows = 0;
    for event in Parser::new_ext(markdown, Options::ENABLE_TABLES) {
        match event {
            Event::Start(Tag::List(_)) => {
                depth += 1;
                items.push(0);
            }
            Event::End(TagEnd::List(_)) => {
                depth -= 1;
                let n = items.pop().unwrap_or(0);
                if depth == 0 {
                    out.push(Shape::List(n));
                }
            }
            Event::Start(Tag::Item) => {
                if let Some(n) = items.last_mut() {
                    *n += 1;
                }
            }
            Event::Start(Tag::Paragraph) if depth == 0 => out.push(Shape::Paragraph),
            Event::Start(Tag::TableRow | Tag::TableHead) => rows += 1,
            Event::End(TagEnd::Table) => out.push(Shape::Table(std::mem::take(&mut rows))),
            _ => {}
        }
    }
    out
}

fn describe(shape: &[Shape]) -> String {
    if shape.is_empty() {
        return "empty".into();
    }
    let mut parts: Vec<String> = Vec::new();
    for run in shape.chunk_by(|a, b| *a == Shape::Paragraph && *b == Shape::Paragraph) {
        parts.push(match run[0] {
            Shape::Paragraph if run.len() > 1 => format!("{} paragraphs", run.len()),
            Shape::Paragraph => "a paragraph".to_string(),
            Shape::List(n) => format!("a list of {}", count(n, "item")),
            Shape::Table(n) => format!("a table of {}", count(n, "row")),
        });
    }
    parts.join(", ")
}

fn count(n: usize, what: &str) -> String {
    match n {
        0 => format!("no {what}s"),
        1 => format!("1 {what}"),
        n => format!("{n} {what}s"),
    }
}

/// The `<locale>.yaml` text of an aligned translation.
pub fn translation_yaml(aligned: &Aligned, source: &str, locale: &str) -> String {
    let mut out = format!(
        "# The {locale} translation, imported by `clause import` from {source} and aligned to the\n\
         # policy by its structure. Review it, then `clause confirm`. See docs/translations.md.\n\n"
    );
    for (key, text) in &aligned.texts {
        if text.contains('\n') {
            out.push_str(&format!("{key}: |\n"));
            for line in text.lines() {
                if line.trim().is_empty() {
                    out.push('\n');
                } else {
                    out.push_str(&format!("  {line}\n"));
                }
            }
        } else {
            let quoted = serde_json::to_string(text).unwrap_or_default();
            out.push_str(&format!("{key}: {quoted}\n"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes_count_paragraphs_items_and_rows() {
        let body = "One.\n\nTwo.\n\n- a\n- b\n  - c\n\n| x |\n|---|\n| 1 |\n";
        assert_eq!(
            shape(body),
            [
                Shape::Paragraph,
                Shape::Paragraph,
                Shape::List(2),
                Shape::Table(2)
            ]
        );
        assert_eq!(
            describe(&shape(body)),
            "2 paragraphs, a list of 2 items, a table of 2 rows"
        );
    }
}
