//! Markdown: headings become sections; what lies between them is kept as written (lists,
//! tables, emphasis and links are Markdown already).

use super::doc::{Block, Inline, Kind};
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

/// The blocks of a Markdown document.
pub fn read(source: &str) -> Vec<Block> {
    let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH;
    let mut blocks = Vec::new();
    let mut body_start = 0;
    let mut texts: Vec<String> = Vec::new();
    let mut piece = String::new();
    let mut heading: Option<(usize, usize, String)> = None;
    let line_of = |offset: usize| source[..offset].matches('\n').count() + 1;
    for (event, range) in Parser::new_ext(source, options).into_offset_iter() {
        match event {
            Event::Start(Tag::Heading { level, .. }) => {
                let body = &source[body_start..range.start];
                let lead = body.len() - body.trim_start().len();
                push_raw(&mut blocks, body, &mut texts, line_of(body_start + lead));
                heading = Some((level as usize, range.start, String::new()));
            }
            Event::End(TagEnd::Heading(_)) => {
                if let Some((level, start, text)) = heading.take() {
                    blocks.push(heading_block(level, text.trim(), line_of(start)));
                }
                body_start = range.end;
            }
            Event::Text(t) | Event::Code(t) => match &mut heading {
                Some((_, _, text)) => text.push_str(&t),
                None => piece.push_str(&t),
            },
            Event::SoftBreak | Event::HardBreak => piece.push(' '),
            Event::End(
                TagEnd::Paragraph | TagEnd::Item | TagEnd::TableCell | TagEnd::BlockQuote(_),
            ) if !piece.trim().is_empty() => texts.push(std::mem::take(&mut piece)),
            _ => {}
        }
    }
    if !piece.trim().is_empty() {
        texts.push(piece);
    }
    let body = &source[body_start..];
    let lead = body.len() - body.trim_start().len();
    push_raw(&mut blocks, body, &mut texts, line_of(body_start + lead));
    blocks
}

fn heading_block(level: usize, text: &str, line: usize) -> Block {
    Block {
        kind: Kind::heading(level, Inline::plain(text)),
        at: format!("line {line}"),
    }
}

fn push_raw(blocks: &mut Vec<Block>, md: &str, texts: &mut Vec<String>, line: usize) {
    let md = md.trim();
    let text = std::mem::take(texts).join("\n");
    if md.is_empty() {
        return;
    }
    blocks.push(Block {
        kind: Kind::Raw(Inline {
            md: md.to_string(),
            text,
        }),
        at: format!("line {line}"),
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_split_the_text_kept_as_written() {
        let blocks = read(
            "# Policy\n\nIntro *text*.\n\n## 1. Data\n\n- a\n- b\n\n| x | y |\n|---|---|\n| 1 | 2 |\n",
        );
        assert_eq!(blocks.len(), 4);
        assert!(matches!(&blocks[0].kind, Kind::Heading { level: 1, .. }));
        assert_eq!(blocks[1].markdown(), "Intro *text*.");
        assert_eq!(blocks[1].texts(), ["Intro text."]);
        let Kind::Heading { number, text, .. } = &blocks[2].kind else {
            panic!()
        };
        assert_eq!(
            (number.as_ref().unwrap().value, text.text.as_str()),
            (1, "Data")
        );
        assert_eq!(blocks[3].texts(), ["a\nb\nx\ny\n1\n2"]);
        assert_eq!(blocks[3].at, "line 7");
    }
}
