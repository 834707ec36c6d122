//! From blocks to a policy's section tree: the title, nested sections with stable ids, and
//! the document's own numbering style, kept only where Clause writes the same numbers.

use super::doc::{Block, Inline, Kind};
use super::numbers::{Number, Style};
use std::collections::{BTreeMap, BTreeSet};

/// A section of the imported policy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    /// Its id: a slug of its title, or of its place (`s-3-2`) for titles without Latin
    /// letters.
    pub id: String,
    /// Its title (without its number when Clause writes that number).
    pub title: Inline,
    /// The number it was written with.
    pub number: Option<Number>,
    /// Whether it takes a number (the text before the first heading does not).
    pub numbered: bool,
    /// Its body, as Markdown.
    pub body: String,
    /// Its subsections.
    pub sections: Vec<Section>,
    /// Where its heading was.
    pub at: String,
}

/// The imported document's shape.
#[derive(Debug, Default)]
pub struct Structure {
    /// The title, and where it was.
    pub title: Option<(String, String)>,
    /// The sections.
    pub sections: Vec<Section>,
    /// `meta.numbering`: a style per level (`none` where the source has no numbers, or
    /// numbers Clause would not write the same).
    pub numbering: Vec<&'static str>,
    /// What the import added or changed that the reader should know.
    pub notes: Vec<String>,
}

/// The preamble's title, in the document's language.
fn preamble_title(locale: &str) -> &'static str {
    match locale.split('-').next() {
        Some("zh") => "引言",
        Some("ja") => "はじめに",
        Some("fr") => "Introduction",
        Some("de") => "Einleitung",
        Some("es") => "Introducción",
        _ => "Introduction",
    }
}

/// Shapes `blocks` into sections. `fallback_title` is the document's own title (HTML
/// `<title>`, Word properties), used when no heading is the title.
pub fn shape(mut blocks: Vec<Block>, fallback_title: Option<String>, locale: &str) -> Structure {
    assign_levels(&mut blocks);
    let mut out = Structure::default();
    if let Some(i) = title_heading(&blocks) {
        let block = blocks.remove(i);
        if let Kind::Heading { text, number, .. } = block.kind {
            let written = number
                .map(|n| format!("{} ", n.written))
                .unwrap_or_default();
            out.title = Some((format!("{written}{}", text.text), block.at));
        }
    } else if let Some(title) = fallback_title {
        out.title = Some((title, "the document's title".into()));
    }
    let ranks: Vec<usize> = blocks
        .iter()
        .filter_map(|b| match b.kind {
            Kind::Heading { level, .. } => Some(level),
            _ => None,
        })
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    let mut root: Vec<Section> = Vec::new();
    let mut path: Vec<usize> = Vec::new();
    for block in blocks {
        match block.kind {
            Kind::Heading {
                level,
                number,
                text,
            } => {
                let rank = ranks.iter().position(|l| *l == level).unwrap_or(0);
                let depth = rank.min(path.len());
                path.truncate(depth);
                let siblings = children_at(&mut root, &path);
                siblings.push(Section {
                    id: String::new(),
                    title: text,
                    number,
                    numbered: true,
                    body: String::new(),
                    sections: Vec::new(),
                    at: block.at,
                });
                path.push(siblings.len() - 1);
            }
            _ => {
                if path.is_empty() {
                    if root.first().is_none_or(|s| s.numbered) {
                        root.insert(0, preamble(locale, &block.at));
                        out.notes.push(format!(
                            "the text before the first heading is a section of its own, titled “{}” and not numbered",
                            preamble_title(locale)
                        ));
                    }
                    append(&mut root[0].body, &block.markdown());
                } else {
                    let section = section_at(&mut root, &path);
                    append(&mut section.body, &block.markdown());
                }
            }
        }
    }
    out.numbering = numbering(&mut root, &mut out.notes);
    let mut taken = BTreeMap::new();
    assign_ids(&mut root, &[], &mut taken);
    out.sections = root;
    out
}

fn preamble(locale: &str, at: &str) -> Section {
    Section {
        id: String::new(),
        title: Inline::plain(preamble_title(locale)),
        number: None,
        numbered: false,
        body: String::new(),
        sections: Vec::new(),
        at: at.to_string(),
    }
}

fn append(body: &mut String, md: &str) {
    if !body.is_empty() {
        body.push_str("\n\n");
    }
    body.push_str(md.trim_end());
}

fn children_at<'a>(root: &'a mut Vec<Section>, path: &[usize]) -> &'a mut Vec<Section> {
    match path.split_first() {
        None => root,
        Some((first, rest)) => children_at(&mut root[*first].sections, rest),
    }
}

fn section_at<'a>(root: &'a mut [Section], path: &[usize]) -> &'a mut Section {
    let (last, parents) = path.split_last().expect("a path to a section");
    let mut siblings = root;
    for i in parents {
        siblings = &mut siblings[*i].sections;
    }
    &mut siblings[*last]
}

/// Headings of plain text have no level (0): their level is the order in which their
/// numbering style first appears (`一、` before `（一）` before `1.`), below the title.
fn assign_levels(blocks: &mut [Block]) {
    let mut seen: Vec<Style> = Vec::new();
    for block in blocks.iter_mut() {
        if let Kind::Heading {
            level: level @ 0,
            number: Some(number),
            ..
        } = &mut block.kind
        {
            let at = match seen.iter().position(|s| *s == number.style) {
                Some(at) => at,
                None => {
                    seen.push(number.style);
                    seen.len() - 1
                }
            };
            *level = at + 2;
        }
    }
}

/// The heading that is the document's title: the first block, when it is a heading of the
/// highest level and the only one of that level.
fn title_heading(blocks: &[Block]) -> Option<usize> {
    let Some(Kind::Heading { level, .. }) = blocks.first().map(|b| &b.kind) else {
        return None;
    };
    let levels: Vec<usize> = blocks
        .iter()
        .filter_map(|b| match b.kind {
            Kind::Heading { level, .. } => Some(level),
            _ => None,
        })
        .collect();
    let highest = levels.iter().all(|l| l >= level);
    let alone = levels.iter().filter(|l| *l == level).count() == 1;
    (highest && alone).then_some(0)
}

/// The numbering style of each depth, kept where every section of that depth is numbered
/// in one style Clause writes, counting 1, 2, 3 under each parent; elsewhere the numbers
/// stay in the titles as written and the depth is `none`.
fn numbering(root: &mut [Section], notes: &mut Vec<String>) -> Vec<&'static str> {
    let mut styles = Vec::new();
    for depth in 0.. {
        let mut at_depth = Vec::new();
        collect(root, depth, &mut at_depth);
        if at_depth.is_empty() {
            break;
        }
        let decimal_above = styles.iter().rev().take_while(|s| **s == "decimal").count();
        let style = depth_style(&at_depth, decimal_above);
        if style.is_none() && at_depth.iter().any(|(_, n)| n.is_some()) {
            notes.push(format!(
                "the numbers of level {} stay in the titles as written (they are not one style Clause writes, counting from 1)",
                depth + 1
            ));
        }
        styles.push(style.unwrap_or("none"));
        if style.is_none() {
            keep_numbers(root, depth);
        }
    }
    // The last style holds for deeper levels: trailing repeats say nothing.
    while styles.len() > 1 && styles[styles.len() - 1] == styles[styles.len() - 2] {
        styles.pop();
    }
    styles
}

/// For each numbered section at `depth`: its index among its numbered siblings and its
/// number.
fn collect(sections: &[Section], depth: usize, out: &mut Vec<(usize, Option<Number>)>) {
    let mut index = 0;
    for s in sections.iter() {
        if !s.numbered {
            continue;
        }
        if depth == 0 {
            index += 1;
            out.push((index, s.number.clone()));
        } else {
            collect(&s.sections, depth - 1, out);
        }
    }
}

/// The style of one depth, if Clause writes its numbers as the source does. Under decimal
/// parents Clause writes a dotted path (`2.1`), so a decimal number must have as many parts
/// as there are decimal levels down to it: `1.` under `2` stays as written.
fn depth_style(at_depth: &[(usize, Option<Number>)], decimal_above: usize) -> Option<&'static str> {
    let first = at_depth.first()?.1.as_ref()?;
    let name = first.style.clause_name()?;
    let parts = |style: Style| match style {
        Style::Decimal(parts) => Some(parts),
        Style::DecimalBare => Some(1),
        _ => None,
    };
    let same = at_depth.iter().all(|(index, number)| {
        number.as_ref().is_some_and(|n| {
            let written_as_clause = parts(n.style).is_none_or(|p| p == decimal_above + 1);
            n.style.clause_name() == Some(name) && n.value == *index && written_as_clause
        })
    });
    same.then_some(name)
}

fn keep_numbers(sections: &mut [Section], depth: usize) {
    for s in sections.iter_mut().filter(|s| s.numbered) {
        if depth == 0 {
            if let Some(number) = &s.number {
                let mut title = Inline::plain(&format!("{} ", number.written));
                title.md.push_str(&s.title.md);
                title.text.push_str(&s.title.text);
                s.title = title;
            }
        } else {
            keep_numbers(&mut s.sections, depth - 1);
        }
    }
}

/// Ids from titles; for titles without Latin letters, from the section's number (`s-3-2`),
/// or for a section without one from its place (`s-u1`); the preamble is `introduction`.
fn assign_ids(sections: &mut [Section], parent: &[usize], taken: &mut BTreeMap<String, usize>) {
    let mut numbered = 0;
    for (i, s) in sections.iter_mut().enumerate() {
        let mut place = parent.to_vec();
        if s.numbered {
            numbered += 1;
            place.push(numbered);
        }
        let preamble = parent.is_empty() && i == 0 && !s.numbered && s.number.is_none();
        let base = slug(&s.title.text).unwrap_or_else(|| {
            let parts: Vec<String> = place.iter().map(usize::to_string).collect();
            match (preamble, s.numbered) {
                (true, _) => "introduction".to_string(),
                (false, true) => format!("s-{}", parts.join("-")),
                (false, false) => format!("s-u{}", i + 1),
            }
        });
        s.id = unique_id(taken, base);
        assign_ids(&mut s.sections, &place, taken);
    }
}

/// `base`, or `base-2`, `base-3` … when it is taken. `taken` counts the uses of each base,
/// so a thousand sections of one title cost a thousand steps, not half a million.
fn unique_id(taken: &mut BTreeMap<String, usize>, base: String) -> String {
    loop {
        let uses = taken.entry(base.clone()).or_insert(0);
        *uses += 1;
        let id = match *uses {
            1 => base.clone(),
            n => format!("{base}-{n}"),
        };
        // `title-2` may itself be a title's slug: then try the next number.
        if id == base || !taken.contains_key(&id) {
            taken.entry(id.clone()).or_insert(1);
            return id;
        }
    }
}

/// A slug of the Latin letters and digits of `title`, at most 48 characters, cut at a
/// word; `None` when it has no Latin letter.
pub fn slug(title: &str) -> Option<String> {
    let folded: String = title
        .chars()
        .map(|c| match c {
            'à'..='å' | 'À'..='Å' => 'a',
            'è'..='ë' | 'È'..='Ë' => 'e',
            'ì'..='ï' | 'Ì'..='Ï' => 'i',
            'ò'..='ö' | 'Ò'..='Ö' => 'o',
            'ù'..='ü' | 'Ù'..='Ü' => 'u',
            'ç' | 'Ç' => 'c',
            'ñ' | 'Ñ' => 'n',
            'ß' => 's',
            c => c,
        })
        .collect();
    let words: Vec<String> = folded
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_ascii_lowercase)
        .collect();
    if !words
        .iter()
        .any(|w| w.bytes().any(|b| b.is_ascii_alphabetic()))
    {
        return None;
    }
    let mut out = String::new();
    for word in words {
        if !out.is_empty() && out.len() + 1 + word.len() > 48 {
            break;
        }
        if !out.is_empty() {
            out.push('-');
        }
        out.push_str(&word[..word.len().min(48)]);
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_from_titles_and_places() {
        assert_eq!(
            slug("What We Collect & Why").as_deref(),
            Some("what-we-collect-why")
        );
        assert_eq!(
            slug("Données personnelles").as_deref(),
            Some("donnees-personnelles")
        );
        assert_eq!(slug("我们如何收集"), None);
        assert_eq!(slug("2024"), None);
    }

    #[test]
    fn repeated_titles_get_numbered_ids_that_never_collide() {
        let mut taken = BTreeMap::new();
        let ids: Vec<String> = ["a", "a-2", "a", "a", "b"]
            .into_iter()
            .map(|b| unique_id(&mut taken, b.to_string()))
            .collect();
        assert_eq!(ids, ["a", "a-2", "a-3", "a-4", "b"]);
    }
}
