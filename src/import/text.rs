//! Plain text: the first line is the title, numbered short lines are headings (their level
//! from the order their numbering styles first appear), `-`, `*` and `•` lines are list
//! items, and the rest are paragraphs (wrapped lines joined).

use super::doc::{Block, Inline, Item, Kind, List};
use super::numbers;

/// Headings are short: a numbered line longer than this is a numbered paragraph.
const HEADING_MAX: usize = 120;

/// The blocks of a plain-text document.
pub fn read(source: &str) -> Vec<Block> {
    let mut blocks: Vec<Block> = Vec::new();
    let mut para: Option<(Inline, usize)> = None;
    let mut titled = false;
    for (n, raw) in source.lines().enumerate() {
        let line = raw.trim();
        let at = n + 1;
        if line.is_empty() {
            flush(&mut blocks, &mut para);
            continue;
        }
        if let Some(text) = bullet(line) {
            flush(&mut blocks, &mut para);
            push_item(&mut blocks, Inline::plain(text), at);
            continue;
        }
        if let Some(heading) = heading(line, !titled && blocks.is_empty() && para.is_none()) {
            flush(&mut blocks, &mut para);
            titled = true;
            blocks.push(Block {
                kind: heading,
                at: format!("line {at}"),
            });
            continue;
        }
        match &mut para {
            Some((inline, _)) => {
                if needs_space(&inline.text, line) {
                    inline.push_text(" ");
                }
                inline.push_text(line);
            }
            None => para = Some((Inline::plain(line), at)),
        }
        if ends_sentence(line) {
            flush(&mut blocks, &mut para);
        }
    }
    flush(&mut blocks, &mut para);
    blocks
}

fn flush(blocks: &mut Vec<Block>, para: &mut Option<(Inline, usize)>) {
    if let Some((inline, at)) = para.take() {
        blocks.push(Block {
            kind: Kind::Para(inline),
            at: format!("line {at}"),
        });
    }
}

/// A heading: a short numbered line that does not end a sentence, or (`first`) the first
/// line of the document when it is short (the title, level 1).
fn heading(line: &str, first: bool) -> Option<Kind> {
    let short = line.chars().count() <= HEADING_MAX && !ends_sentence(line);
    if !short {
        return None;
    }
    if let Some((number, rest)) = numbers::split_heading(line) {
        return Some(Kind::Heading {
            level: 0,
            number: Some(number),
            text: Inline::plain(rest),
        });
    }
    first.then(|| Kind::Heading {
        level: 1,
        number: None,
        text: Inline::plain(line),
    })
}

fn bullet(line: &str) -> Option<&str> {
    ["- ", "* ", "• ", "· ", "・"]
        .iter()
        .find_map(|b| line.strip_prefix(b))
        .map(str::trim)
        .filter(|t| !t.is_empty())
}

fn push_item(blocks: &mut Vec<Block>, text: Inline, at: usize) {
    let item = Item {
        text,
        children: None,
    };
    if let Some(Block {
        kind: Kind::List(list),
        ..
    }) = blocks.last_mut()
    {
        list.items.push(item);
        return;
    }
    blocks.push(Block {
        kind: Kind::List(List {
            ordered: false,
            items: vec![item],
        }),
        at: format!("line {at}"),
    });
}

/// Whether a line ends a sentence (so that a wrapped paragraph ends with it).
pub fn ends_sentence(line: &str) -> bool {
    line.trim_end()
        .ends_with(['.', '。', '!', '?', '！', '？', ';', '；', ':', '：'])
}

/// Lines of Chinese or Japanese are joined without a space.
fn needs_space(before: &str, after: &str) -> bool {
    let wide = |c: Option<char>| c.is_some_and(|c| c > '\u{2e80}');
    !(wide(before.chars().last()) && wide(after.chars().next()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_numbered_headings_lists_and_wrapped_paragraphs() {
        let blocks = read(
            "Our Policy\n\n1. Intro\nWe collect\nlittle.\n- one\n- two\n一、数据\n我们收集\n很少。\n",
        );
        let kinds: Vec<String> = blocks
            .iter()
            .map(|b| match &b.kind {
                Kind::Heading { text, number, .. } => {
                    format!("h {:?} {}", number.as_ref().map(|n| &n.written), text.text)
                }
                Kind::Para(t) => format!("p {}", t.text),
                Kind::List(l) => format!("list {}", l.items.len()),
                _ => "other".into(),
            })
            .collect();
        assert_eq!(
            kinds,
            [
                "h None Our Policy",
                "h Some(\"1.\") Intro",
                "p We collect little.",
                "list 2",
                "h Some(\"一、\") 数据",
                "p 我们收集很少。",
            ]
        );
    }
}
