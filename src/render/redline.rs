//! Redlines: how a section's Markdown changed, block by block, as a lawyer reads a marked-up
//! contract. Paragraphs, list items, tables and headings are matched between the two texts;
//! an unchanged block is shown as it is (a long run of them folded away), a changed one is
//! rendered with its words marked `<ins>`/`<del>` inside it, and added or removed blocks are
//! marked whole. Inline formatting is rendered, never shown as Markdown.

use super::markdown::{Markdown, SectionRefs};
use crate::versions::diff::words;
use pulldown_cmark::{Event, Parser, Tag};
use serde::Serialize;

/// One block of a redline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Block {
    /// `same`, `changed`, `added`, `removed`, or `folded` (a run of unchanged blocks).
    pub op: &'static str,
    /// The block as HTML, with its changes marked.
    pub html: String,
    /// The block as text for a terminal: Markdown as written, `{+added+}`, `[-removed-]`.
    pub text: String,
    /// For `folded`: how many blocks the run holds.
    pub count: usize,
}

/// What screen readers hear before a change (the words are visually hidden).
#[derive(Debug, Clone, Copy)]
pub struct Marks<'a> {
    /// "Inserted text:"
    pub inserted: &'a str,
    /// "Deleted text:"
    pub deleted: &'a str,
    /// The notice's locale, when the text around the words is in another (a fallback):
    /// screen readers then say them in the notice's language.
    pub lang: Option<&'a str>,
}

impl Marks<'_> {
    /// The visually hidden words before an insertion (`inserted`) or a deletion.
    fn label(&self, inserted: bool) -> String {
        let words = if inserted {
            self.inserted
        } else {
            self.deleted
        };
        let lang = self
            .lang
            .map(|l| format!(" lang=\"{l}\""))
            .unwrap_or_default();
        format!("<span class=\"visually-hidden\"{lang}>{words} </span>")
    }
}

/// Runs of this many unchanged blocks or more are folded.
const FOLD: usize = 3;

/// The redline from `old` to `new` (either may be empty: a section added or removed).
/// `anchor` prefixes ids of headings and footnotes inside the blocks.
pub fn redline(
    old: &str,
    new: &str,
    md: &Markdown,
    anchor: &str,
    marks: Marks,
    refs: &SectionRefs,
) -> Vec<Block> {
    let r = Redline {
        md,
        anchor,
        marks,
        refs,
    };
    let (a, b) = (units(old), units(new));
    fold(r.align(&a, &b))
}

/// A top-level block of Markdown: its source, and for a list its items.
#[derive(Debug, Clone)]
struct Unit<'a> {
    src: &'a str,
    kind: Kind,
    items: Vec<&'a str>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
enum Kind {
    Paragraph,
    Heading,
    List { ordered: bool },
    Table,
    Other,
}

/// The top-level blocks of `text`, in order.
fn units(text: &str) -> Vec<Unit<'_>> {
    let mut out: Vec<Unit> = Vec::new();
    let mut depth = 0usize;
    let options = super::markdown::options();
    for (event, range) in Parser::new_ext(text, options).into_offset_iter() {
        match event {
            Event::Start(tag) => {
                if depth == 0 {
                    let kind = match tag {
                        Tag::Paragraph => Kind::Paragraph,
                        Tag::Heading { .. } => Kind::Heading,
                        Tag::List(start) => Kind::List {
                            ordered: start.is_some(),
                        },
                        Tag::Table(_) => Kind::Table,
                        _ => Kind::Other,
                    };
                    out.push(Unit {
                        src: text[range.clone()].trim_end(),
                        kind,
                        items: Vec::new(),
                    });
                }
                if depth == 1
                    && matches!(tag, Tag::Item)
                    && let Some(list) = out.last_mut()
                {
                    list.items.push(text[range].trim_end());
                }
                depth += 1;
            }
            Event::End(_) => depth = depth.saturating_sub(1),
            _ if depth == 0 => out.push(Unit {
                src: text[range].trim_end(),
                kind: Kind::Other,
                items: Vec::new(),
            }),
            _ => {}
        }
    }
    // A paragraph that places a block is no text to mark: what changed in the block is
    // listed with the other changes to the structured content.
    out.retain(|u| u.kind != Kind::Paragraph || !super::markdown::places_block(u.src));
    out
}

struct Redline<'a> {
    md: &'a Markdown,
    anchor: &'a str,
    marks: Marks<'a>,
    refs: &'a SectionRefs,
}

impl Redline<'_> {
    /// Matches the blocks of both texts and marks what changed.
    fn align(&self, a: &[Unit], b: &[Unit]) -> Vec<Block> {
        let keys =
            |units: &[Unit]| -> Vec<String> { units.iter().map(|u| normalized(u.src)).collect() };
        let (ka, kb) = (keys(a), keys(b));
        let mut out = Vec::new();
        for op in similar::capture_diff_slices(similar::Algorithm::Patience, &ka, &kb) {
            let (old, new) = (op.old_range(), op.new_range());
            match op.tag() {
                similar::DiffTag::Equal => out.extend(b[new].iter().map(|u| self.same(u))),
                similar::DiffTag::Delete => out.extend(a[old].iter().map(|u| self.whole(u, false))),
                similar::DiffTag::Insert => out.extend(b[new].iter().map(|u| self.whole(u, true))),
                similar::DiffTag::Replace => out.extend(self.replace(&a[old], &b[new])),
            }
        }
        out
    }

    /// Blocks replaced by others: matched by kind in order (a paragraph reworded, a list
    /// with items changed, even where a paragraph was added before it), the rest removed
    /// and added whole.
    fn replace(&self, a: &[Unit], b: &[Unit]) -> Vec<Block> {
        let kinds = |units: &[Unit]| units.iter().map(|u| u.kind).collect::<Vec<_>>();
        let (ka, kb) = (kinds(a), kinds(b));
        let mut out = Vec::new();
        for op in similar::capture_diff_slices(similar::Algorithm::Myers, &ka, &kb) {
            let (old, new) = (&a[op.old_range()], &b[op.new_range()]);
            if op.tag() == similar::DiffTag::Equal {
                for (x, y) in old.iter().zip(new) {
                    out.extend(self.changed(x, y));
                }
            } else {
                out.extend(old.iter().map(|u| self.whole(u, false)));
                out.extend(new.iter().map(|u| self.whole(u, true)));
            }
        }
        out
    }

    fn same(&self, u: &Unit) -> Block {
        Block {
            op: "same",
            html: self.html(u.src),
            text: u.src.to_string(),
            count: 1,
        }
    }

    /// A block added (`inserted`) or removed whole.
    fn whole(&self, u: &Unit, inserted: bool) -> Block {
        let (tag, op, text) = if inserted {
            ("ins", "added", format!("{{+{}+}}", u.src))
        } else {
            ("del", "removed", format!("[-{}-]", u.src))
        };
        Block {
            op,
            html: format!(
                "<{tag} class=\"block\">{}{}</{tag}>",
                self.marks.label(inserted),
                self.html(u.src)
            ),
            text,
            count: 1,
        }
    }

    /// A block changed in place: a list item by item, anything else word by word.
    fn changed(&self, old: &Unit, new: &Unit) -> Vec<Block> {
        if let Kind::List { ordered } = new.kind {
            return vec![self.list(old, new, ordered)];
        }
        match self.merged(old.src, new.src) {
            Some((html, text)) => vec![Block {
                op: "changed",
                html,
                text,
                count: 1,
            }],
            // Rewritten rather than edited: the old block out, the new one in.
            None => vec![self.whole(old, false), self.whole(new, true)],
        }
    }

    /// A list whose items changed: one list, each item as it is, reworded, added or removed.
    fn list(&self, old: &Unit, new: &Unit, ordered: bool) -> Block {
        let (ka, kb): (Vec<String>, Vec<String>) = (
            old.items.iter().map(|i| normalized(i)).collect(),
            new.items.iter().map(|i| normalized(i)).collect(),
        );
        let mut items = Vec::new();
        let mut text = Vec::new();
        let mut item = |html: String, class: &str, t: String| {
            let class = match class {
                "" => String::new(),
                c => format!(" class=\"{c}\""),
            };
            items.push(format!("<li{class}>{html}</li>"));
            text.push(t);
        };
        for op in similar::capture_diff_slices(similar::Algorithm::Patience, &ka, &kb) {
            let (o, n) = (op.old_range(), op.new_range());
            let (olds, news) = (&old.items[o], &new.items[n]);
            match op.tag() {
                similar::DiffTag::Equal => {
                    for i in news {
                        item(self.item_html(i), "", i.to_string());
                    }
                }
                tag => {
                    let pairs = if tag == similar::DiffTag::Replace {
                        olds.len().min(news.len())
                    } else {
                        0
                    };
                    for (x, y) in olds[..pairs].iter().zip(&news[..pairs]) {
                        match self.merged(item_content(x), item_content(y)) {
                            Some((html, t)) => {
                                let marker = &y[..y.len() - item_content(y).len()];
                                item(unwrap_p(&html), "changed", format!("{marker}{t}"));
                            }
                            None => {
                                item(self.mark_item(x, false), "removed", format!("[-{x}-]"));
                                item(self.mark_item(y, true), "added", format!("{{+{y}+}}"));
                            }
                        }
                    }
                    for x in &olds[pairs..] {
                        item(self.mark_item(x, false), "removed", format!("[-{x}-]"));
                    }
                    for y in &news[pairs..] {
                        item(self.mark_item(y, true), "added", format!("{{+{y}+}}"));
                    }
                }
            }
        }
        let tag = if ordered { "ol" } else { "ul" };
        Block {
            op: "changed",
            html: format!("<{tag}>\n{}\n</{tag}>\n", items.join("\n")),
            text: text.join("\n"),
            count: 1,
        }
    }

    fn item_html(&self, item: &str) -> String {
        unwrap_p(&self.html(item_content(item)))
    }

    fn mark_item(&self, item: &str, inserted: bool) -> String {
        let tag = if inserted { "ins" } else { "del" };
        format!(
            "<{tag}>{}{}</{tag}>",
            self.marks.label(inserted),
            self.item_html(item)
        )
    }

    /// `old` edited into `new`, as HTML with the words marked inside the block's own
    /// elements, and as text; `None` when the block was rewritten rather than edited.
    fn merged(&self, old: &str, new: &str) -> Option<(String, String)> {
        let chunks = words(old, new);
        let equal: usize = chunks
            .iter()
            .filter(|c| c.op == "equal")
            .map(|c| c.text.len())
            .sum();
        if equal == 0 {
            return None;
        }
        let mut source = String::new();
        let mut text = String::new();
        for c in &chunks {
            match c.op {
                "insert" => {
                    source.extend([INS_OPEN, c.text.as_str(), INS_CLOSE]);
                    text.extend(["{+", c.text.as_str(), "+}"]);
                }
                "delete" => {
                    source.extend([DEL_OPEN, c.text.as_str(), DEL_CLOSE]);
                    text.extend(["[-", c.text.as_str(), "-]"]);
                }
                _ => {
                    source.push_str(&c.text);
                    text.push_str(&c.text);
                }
            }
        }
        Some((self.marked(&self.html(&source)), text))
    }

    fn html(&self, src: &str) -> String {
        self.md.block_with(src, self.anchor, 3, self.refs)
    }

    /// Turns the private markers in rendered HTML into `<ins>`/`<del>`. A mark opens at the
    /// first character of text it covers and closes before every tag it would cross (and
    /// opens again after it), so elements stay well nested; the words a screen reader hears
    /// ("Inserted text:") come once, at its start. Inside a tag (a link's address) the new
    /// text wins: removed parts are dropped, added parts kept.
    fn marked(&self, html: &str) -> String {
        let html = html
            .replace("%EE%80%80", INS_OPEN)
            .replace("%EE%80%81", INS_CLOSE)
            .replace("%EE%80%82", DEL_OPEN)
            .replace("%EE%80%83", DEL_CLOSE);
        let mut out = String::with_capacity(html.len() + 64);
        let mut open: Option<&str> = None;
        let (mut emitted, mut labelled, mut in_tag, mut dropping) = (false, false, false, false);
        for c in html.chars() {
            let mark = match c {
                '\u{E000}' => Some(("ins", true)),
                '\u{E001}' => Some(("ins", false)),
                '\u{E002}' => Some(("del", true)),
                '\u{E003}' => Some(("del", false)),
                _ => None,
            };
            if in_tag {
                match mark {
                    Some(("del", starts)) => dropping = starts,
                    Some(_) => {}
                    None if dropping => {}
                    None => {
                        out.push(c);
                        in_tag = c != '>';
                    }
                }
                continue;
            }
            match mark {
                Some((tag, true)) => (open, emitted, labelled) = (Some(tag), false, false),
                Some((tag, false)) => {
                    if emitted {
                        out.push_str(&format!("</{tag}>"));
                    }
                    (open, emitted) = (None, false);
                }
                None if c == '<' => {
                    if let (Some(tag), true) = (open, emitted) {
                        out.push_str(&format!("</{tag}>"));
                        emitted = false;
                    }
                    in_tag = true;
                    out.push(c);
                }
                None => {
                    if let (Some(tag), false) = (open, emitted)
                        && !c.is_whitespace()
                    {
                        out.push_str(&format!("<{tag}>"));
                        if !labelled {
                            out.push_str(&self.marks.label(tag == "ins"));
                            labelled = true;
                        }
                        emitted = true;
                    }
                    out.push(c);
                }
            }
        }
        out
    }
}

const INS_OPEN: &str = "\u{E000}";
const INS_CLOSE: &str = "\u{E001}";
const DEL_OPEN: &str = "\u{E002}";
const DEL_CLOSE: &str = "\u{E003}";

/// A block's text for matching: the same words, however they are wrapped.
fn normalized(src: &str) -> String {
    src.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A list item's text without its marker (`- `, `1. `) and the indentation under it.
fn item_content(item: &str) -> &str {
    let marker = item.find(|c: char| c.is_whitespace()).unwrap_or(item.len());
    item[marker..].trim_start()
}

/// The inside of a lone `<p>…</p>` (a tight list item's text).
fn unwrap_p(html: &str) -> String {
    let t = html.trim();
    match t.strip_prefix("<p>").and_then(|s| s.strip_suffix("</p>")) {
        Some(inner) if !inner.contains("<p>") => inner.to_string(),
        _ => t.to_string(),
    }
}

/// Runs of [`FOLD`] or more unchanged blocks become one folded block.
fn fold(blocks: Vec<Block>) -> Vec<Block> {
    let mut out: Vec<Block> = Vec::new();
    let mut run: Vec<Block> = Vec::new();
    let flush = |run: &mut Vec<Block>, out: &mut Vec<Block>| {
        if run.len() >= FOLD {
            out.push(Block {
                op: "folded",
                html: run.iter().map(|b| b.html.as_str()).collect(),
                text: format!("… {} unchanged …", run.len()),
                count: run.len(),
            });
        } else {
            out.append(run);
        }
        run.clear();
    };
    for b in blocks {
        if b.op == "same" {
            run.push(b);
        } else {
            flush(&mut run, &mut out);
            out.push(b);
        }
    }
    flush(&mut run, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const MARKS: Marks = Marks {
        inserted: "Inserted:",
        deleted: "Deleted:",
        lang: None,
    };

    fn red(old: &str, new: &str) -> Vec<Block> {
        redline(
            old,
            new,
            &Markdown::default(),
            "s",
            MARKS,
            &crate::render::markdown::NO_REFS,
        )
    }

    #[test]
    fn a_reworded_paragraph_keeps_its_paragraph_and_its_formatting() {
        let old = "We keep **notes** for you.\n\nSecond paragraph stays.";
        let new = "We keep **notes and photos** for you.\n\nSecond paragraph stays.";
        let blocks = red(old, new);
        assert_eq!(blocks.len(), 2);
        assert_eq!(blocks[0].op, "changed");
        assert_eq!(
            blocks[0].html.trim(),
            "<p>We keep <strong>notes <ins><span class=\"visually-hidden\">Inserted: </span>and photos</ins></strong> for you.</p>"
        );
        assert_eq!(blocks[0].text, "We keep **notes{+ and photos+}** for you.");
        assert_eq!(blocks[1].op, "same");
        assert_eq!(blocks[1].html.trim(), "<p>Second paragraph stays.</p>");
    }

    #[test]
    fn list_items_change_inside_one_list() {
        let old = "Steps:\n\n1. Open the app.\n2. Tap **Delete**.\n3. Confirm.";
        let new =
            "Steps:\n\n1. Open the app.\n2. Tap **Delete account**.\n3. Confirm.\n4. Wait a day.";
        let blocks = red(old, new);
        assert_eq!(
            blocks.iter().map(|b| b.op).collect::<Vec<_>>(),
            ["same", "changed"]
        );
        let list = &blocks[1].html;
        assert!(list.starts_with("<ol>\n<li>Open the app.</li>"), "{list}");
        assert!(list.contains("<li class=\"changed\">Tap <strong>Delete <ins><span class=\"visually-hidden\">Inserted: </span>account</ins></strong>.</li>"), "{list}");
        assert!(list.contains("<li class=\"added\"><ins><span class=\"visually-hidden\">Inserted: </span>Wait a day.</ins></li>"), "{list}");
        assert!(!list.contains("1."), "no raw list markers: {list}");
    }

    #[test]
    fn a_list_stays_matched_when_a_paragraph_is_added_before_it() {
        let blocks = red("- One.\n- Two.", "We now say more.\n\n- One.\n- Two, too.");
        assert_eq!(
            blocks.iter().map(|b| b.op).collect::<Vec<_>>(),
            ["added", "changed"]
        );
        assert!(
            blocks[1].html.contains("<li>One.</li>"),
            "{}",
            blocks[1].html
        );
    }

    #[test]
    fn added_and_removed_blocks_are_marked_whole() {
        let blocks = red(
            "Kept.\n\nGone now.",
            "Kept.\n\n| A | B |\n|---|---|\n| 1 | 2 |",
        );
        assert_eq!(
            blocks.iter().map(|b| b.op).collect::<Vec<_>>(),
            ["same", "removed", "added"]
        );
        assert!(blocks[1].html.starts_with(
            "<del class=\"block\"><span class=\"visually-hidden\">Deleted: </span><p>Gone now.</p>"
        ));
        assert!(blocks[2].html.contains("<table>"), "{}", blocks[2].html);
    }

    #[test]
    fn long_unchanged_runs_fold_and_cjk_changes_by_character() {
        let old = "一。\n\n二。\n\n三。\n\n我们保存笔记。";
        let new = "一。\n\n二。\n\n三。\n\n我们保存照片。";
        let blocks = red(old, new);
        assert_eq!(blocks[0].op, "folded");
        assert_eq!(blocks[0].count, 3);
        assert_eq!(blocks[1].op, "changed");
        assert!(blocks[1].html.contains("<del><span class=\"visually-hidden\">Deleted: </span>笔记</del><ins><span class=\"visually-hidden\">Inserted: </span>照片</ins>"), "{}", blocks[1].html);
    }

    /// Whatever the Markdown, marks are balanced, no private marker is left, and the
    /// sanitiser still runs (raw HTML stays inert).
    #[test]
    fn tricky_markdown_gives_balanced_safe_html() {
        let cases = [
            (
                "Text[^1].\n\n[^1]: A note.",
                "Text[^1] again.\n\n[^1]: A new note.",
            ),
            ("```\ncode one\n```", "```\ncode two\n```"),
            (
                "<div id=\"main\">raw</div>",
                "<div id=\"main\">raw <script>x()</script></div>",
            ),
            ("# Title\n\nBody.", "# New title\n\nBody."),
            ("> quoted *a*", "> quoted *a b*"),
            ("a | b\n--|--\n1 | 2", "a | b\n--|--\n1 | 3\n4 | 5"),
            ("", "Only new."),
            ("Only old.", ""),
            ("**bold", "**bold** now"),
        ];
        for (old, new) in cases {
            for b in red(old, new) {
                let html = &b.html;
                for tag in ["ins", "del"] {
                    assert_eq!(
                        html.matches(&format!("<{tag}")).count(),
                        html.matches(&format!("</{tag}>")).count(),
                        "{old:?} → {new:?}: {html}"
                    );
                }
                assert!(
                    !html.contains(['\u{E000}', '\u{E001}', '\u{E002}', '\u{E003}']),
                    "{html}"
                );
                assert!(!html.contains("<script"), "{html}");
            }
        }
    }

    #[test]
    fn a_change_inside_a_link_keeps_the_link_whole() {
        let blocks = red(
            "See [our page](https://example.com/a) now.",
            "See [our new page](https://example.com/b) now.",
        );
        assert_eq!(
            blocks[0].html.trim(),
            "<p>See <a href=\"https://example.com/b\" rel=\"noopener noreferrer\">our <ins><span class=\"visually-hidden\">Inserted: </span>new </ins>page</a> now.</p>"
        );
        // Formatting added around words: the words are marked once, inside the new element.
        let bold = red("Plain text here.", "Plain **bold text** here.");
        assert_eq!(
            bold[0].html.trim(),
            "<p>Plain <strong><ins><span class=\"visually-hidden\">Inserted: </span>bold </ins>text</strong> here.</p>"
        );
    }
}
