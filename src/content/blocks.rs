//! Checks of the blocks a section lists and of where its body places them: a filter must
//! fit its kind of block and name elements that exist; a body's `[](#block:<name>)` must be
//! a paragraph of its own and name one of the section's blocks.

use super::ids::{SLUG_RULE, closest, is_slug};
use super::model::*;
use super::validate::all_sections;
use crate::diagnostics::{Diagnostic, Pos};
use crate::render::markdown::{BLOCK_LINK, block_links_in};
use serde_saphyr::Spanned;

/// Every problem with the blocks of `policy`, whose file `file` reads `text`.
pub fn check(file: &str, text: &str, policy: &Policy) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for section in all_sections(&policy.sections) {
        let mut ids = Vec::new();
        for block in &section.blocks {
            out.extend(filter(file, policy, block));
            if let Some(id) = block.value.filter().and_then(|f| f.id.as_ref()) {
                if !is_slug(&id.value) {
                    out.push(at(file, id, "invalid block id", &id.value).expected(SLUG_RULE));
                } else if ids.contains(&id.value) {
                    out.push(
                        at(file, id, "duplicate block id", &id.value)
                            .expected("a block id used once in its section"),
                    );
                }
                ids.push(id.value.clone());
            }
        }
        if let Some(body) = &section.body {
            out.extend(placements(file, text, section, body));
        }
    }
    out
}

fn at<T>(file: &str, value: &Spanned<T>, message: &str, found: &str) -> Diagnostic {
    Diagnostic::at(file, Pos::from_location(&value.referenced), message).found(format!("`{found}`"))
}

/// The filters each kind of block takes.
fn filters_of(block: Block) -> &'static [&'static str] {
    match block {
        Block::Purposes | Block::Rights => &["only"],
        Block::DataTable | Block::RetentionTable | Block::Features => &["required", "only"],
        Block::Permissions => &["platform", "optional", "only"],
        Block::ThirdParties => &["kind", "only"],
        Block::Exceptions | Block::Minors => &["only"],
        Block::Cookies => &["essential", "only"],
        Block::KeyPoints | Block::Storage | Block::Contact | Block::ChangePolicy => &[],
    }
}

/// The ids of the list a block shows, for `only`.
fn list_of(policy: &Policy, block: Block) -> Vec<&str> {
    fn ids<'a, T: 'a>(list: &'a [T], id: fn(&T) -> &Id) -> Vec<&'a str> {
        list.iter().map(|x| id(x).value.as_str()).collect()
    }
    match block {
        Block::Purposes => ids(&policy.purposes, |x| &x.id),
        Block::Rights => ids(&policy.rights, |x| &x.id),
        Block::DataTable | Block::RetentionTable => ids(&policy.data_categories, |x| &x.id),
        Block::Features => ids(&policy.features, |x| &x.id),
        Block::Permissions => ids(&policy.permissions, |x| &x.id),
        Block::ThirdParties => ids(&policy.third_parties, |x| &x.id),
        Block::Exceptions => ids(&policy.exceptions, |x| &x.id),
        Block::Cookies => ids(&policy.cookies, |x| &x.id),
        Block::Minors => ids(&policy.minors, |x| &x.id),
        _ => Vec::new(),
    }
}

fn filter(file: &str, policy: &Policy, block: &Spanned<BlockRef>) -> Vec<Diagnostic> {
    let Some(f) = block.value.filter() else {
        return Vec::new();
    };
    let kind = code(&f.block);
    let takes = filters_of(f.block);
    let given = [
        ("required", f.required.is_some()),
        ("optional", f.optional.is_some()),
        ("platform", f.platform.is_some()),
        ("kind", f.kind.is_some()),
        ("essential", f.essential.is_some()),
        ("only", !f.only.is_empty()),
    ];
    let mut out = Vec::new();
    for (name, _) in given.iter().filter(|(n, g)| *g && !takes.contains(n)) {
        let expected = match takes {
            [] => format!("no filter: a `{kind}` block shows all of it"),
            _ => format!("for `{kind}`: {}", quoted(takes)),
        };
        out.push(
            at(
                file,
                block,
                &format!("`{name}` does not filter a `{kind}` block"),
                name,
            )
            .expected(expected),
        );
    }
    if takes.contains(&"only") {
        let known = list_of(policy, f.block);
        for id in f
            .only
            .iter()
            .filter(|id| !known.contains(&id.value.as_str()))
        {
            let expected = match closest(&id.value, known.iter().copied()) {
                Some(near) => format!("an id of the `{kind}` block's list, such as `{near}`"),
                None if known.is_empty() => format!("the `{kind}` block's list is empty"),
                None => format!("one of {}", quoted(&known)),
            };
            out.push(
                at(
                    file,
                    id,
                    &format!("`only` names no element of `{kind}`"),
                    &id.value,
                )
                .expected(expected),
            );
        }
    }
    out
}

fn quoted(names: &[&str]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
    quoted.join(", ")
}

/// Links to `#block:` in `body`, the body of `section`: each must be a paragraph of its own
/// and name a block of the section not placed already.
fn placements(file: &str, text: &str, section: &Section, body: &str) -> Vec<Diagnostic> {
    let (placed, stray) = block_links_in(body);
    let names: Vec<String> = section.blocks.iter().map(|b| b.value.name()).collect();
    let after = offset(text, &section.id);
    let pos = |name: &str| {
        let link = format!("({BLOCK_LINK}{name})");
        let at = text[after..].find(&link).map_or(after, |i| after + i + 1);
        Pos {
            len: link.len() - 2,
            ..crate::i18n::position(text, at)
        }
    };
    let mut out = Vec::new();
    for (name, _) in &stray {
        out.push(
            Diagnostic::at(
                file,
                pos(name),
                "a block link must be a paragraph of its own",
            )
            .found(format!("`{BLOCK_LINK}{name}` inside other text"))
            .expected(format!(
                "`[]({BLOCK_LINK}{name})` on a line of its own, with a blank line before and after"
            )),
        );
    }
    let mut left = names.clone();
    for (name, _) in &placed {
        if let Some(i) = left.iter().position(|n| n == name) {
            left.remove(i);
            continue;
        }
        let (message, expected) = if names.contains(name) {
            ("block placed twice", "each block placed once".to_string())
        } else if names.is_empty() {
            (
                "link to an unknown block",
                format!(
                    "a block listed in the `blocks` of section `{}`",
                    section.id.value
                ),
            )
        } else {
            let listed: Vec<&str> = names.iter().map(String::as_str).collect();
            (
                "link to an unknown block",
                format!("one of this section's blocks: {}", quoted(&listed)),
            )
        };
        out.push(
            Diagnostic::at(file, pos(name), message)
                .found(format!("`{BLOCK_LINK}{name}`"))
                .expected(expected),
        );
    }
    out
}

/// The byte offset in `text` of where `value` was read.
fn offset<T>(text: &str, value: &Spanned<T>) -> usize {
    let line = value.referenced.line() as usize;
    let start: usize = text
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum();
    start.min(text.len())
}
