//! The HTML that the PDF templates render (`pdf.html`, `pdf-notice.html`), read into the
//! blocks the PDF is laid out from. The templates share their components with the web
//! pages (`blocks.html`), so a PDF shows what the page shows; only the subset of HTML those
//! components write is understood, and anything else is read for its text.

use scraper::{ElementRef, Html, Node};

/// A block of the document, in reading order.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// A heading, level 1 to 6; `outline` when it goes into the PDF's bookmarks.
    Heading {
        level: u8,
        text: Inline,
        outline: bool,
    },
    /// A paragraph.
    Para { text: Inline, small: bool },
    /// A list; each item is blocks.
    List {
        ordered: bool,
        items: Vec<Vec<Block>>,
    },
    /// A table: its caption, header rows and body rows.
    Table {
        caption: Option<Inline>,
        head: Vec<Vec<Cell>>,
        body: Vec<Vec<Cell>>,
    },
    /// Blocks set in from the start (a quotation, a definition).
    Indent(Vec<Block>),
    /// A thin rule across the page.
    Rule,
    /// The next block starts a new page.
    PageBreak,
}

/// One table cell.
#[derive(Debug, Clone, PartialEq)]
pub struct Cell {
    /// A header cell (`<th>`), set in bold.
    pub header: bool,
    /// Its content.
    pub blocks: Vec<Block>,
}

/// Text with styles: pieces in reading (logical) order.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Inline(pub Vec<Span>);

/// A piece of text in one style.
#[derive(Debug, Clone, PartialEq)]
pub struct Span {
    /// The text; `\u{2028}` is a line break.
    pub text: String,
    /// How it is set.
    pub style: Style,
}

/// How a piece of text is set.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct Style {
    /// Bold (`strong`, `b`, headings, header cells).
    pub bold: bool,
    /// An identifier or code, in a monospaced face.
    pub mono: bool,
    /// Emphasis (`em`, `i`): slanted where the script has italics.
    pub italic: bool,
    /// Removed text in a comparison (`del`): struck through.
    pub strike: bool,
    /// Added text in a comparison (`ins`): underlined.
    pub underline: bool,
    /// Quieter text (notes, meta lines): grey.
    pub muted: bool,
    /// The link's target, for `http(s):` and `mailto:` links.
    pub link: Option<String>,
    /// A direction of its own (`dir="rtl"` or `"ltr"` on it or around it): `Some(true)`
    /// for right to left. Such text is isolated from the text around it.
    pub rtl: Option<bool>,
}

impl Inline {
    /// Whether it has no visible text.
    pub fn is_blank(&self) -> bool {
        self.0.iter().all(|s| s.text.trim().is_empty())
    }

    /// The text without styles.
    pub fn plain(&self) -> String {
        self.0.iter().map(|s| s.text.as_str()).collect()
    }

    /// Its first `most` characters, when it is longer.
    pub fn cut(&self, most: usize) -> Option<Inline> {
        let mut left = most;
        let mut out = Vec::new();
        for span in &self.0 {
            match span.text.char_indices().nth(left) {
                None => {
                    left -= span.text.chars().count();
                    out.push(span.clone());
                }
                Some((end, _)) => {
                    out.push(Span {
                        text: span.text[..end].to_string(),
                        style: span.style.clone(),
                    });
                    return Some(Inline(out));
                }
            }
        }
        None
    }

    fn push(&mut self, text: &str, style: &Style) {
        match self.0.last_mut() {
            Some(last) if last.style == *style => last.text.push_str(text),
            _ => self.0.push(Span {
                text: text.to_string(),
                style: style.clone(),
            }),
        }
    }
}

/// Reads the `<body>` of an HTML document into blocks.
pub fn read(html: &str) -> Vec<Block> {
    let doc = Html::parse_document(html);
    let body = doc
        .root_element()
        .children()
        .filter_map(ElementRef::wrap)
        .find(|e| e.value().name() == "body");
    let mut reader = Reader::default();
    if let Some(body) = body {
        reader.children(body, &Style::default());
    }
    reader.finish()
}

/// Blocks being read, and the text of the paragraph being gathered.
#[derive(Default)]
struct Reader {
    blocks: Vec<Block>,
    text: Inline,
    small: bool,
}

impl Reader {
    fn finish(mut self) -> Vec<Block> {
        self.flush();
        self.blocks
    }

    /// Ends the paragraph being gathered, if it has text.
    fn flush(&mut self) {
        let text = std::mem::take(&mut self.text);
        if !text.is_blank() {
            self.blocks.push(Block::Para {
                text,
                small: self.small,
            });
        }
    }

    fn push(&mut self, block: Block) {
        self.flush();
        self.blocks.push(block);
    }

    fn children(&mut self, e: ElementRef, style: &Style) {
        for child in e.children() {
            match child.value() {
                Node::Text(t) => self.text.push(t, style),
                Node::Element(_) => {
                    if let Some(el) = ElementRef::wrap(child) {
                        self.element(el, style);
                    }
                }
                _ => {}
            }
        }
    }

    /// The blocks inside `e`, read on their own.
    fn inner(e: ElementRef, style: &Style) -> Vec<Block> {
        let mut reader = Reader::default();
        reader.children(e, style);
        reader.finish()
    }

    fn element(&mut self, e: ElementRef, style: &Style) {
        let name = e.value().name();
        let class = e.value().attr("class").unwrap_or("");
        let has = |c: &str| class.split_whitespace().any(|x| x == c);
        if e.value().attr("hidden").is_some()
            || e.value().attr("aria-hidden") == Some("true")
            || has("anchor")
            || has("visually-hidden")
        {
            return;
        }
        if has("page-break") {
            self.push(Block::PageBreak);
        }
        let own;
        let mut style = style;
        if let Some(dir) = e.value().attr("dir") {
            own = Style {
                rtl: Some(dir == "rtl"),
                muted: style.muted || has("fallback"),
                ..style.clone()
            };
            style = &own;
        }
        match name {
            "script" | "style" | "template" | "img" | "svg" | "button" | "input" | "head" => {}
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                let level = name[1..].parse().unwrap_or(6);
                let bold = Style {
                    bold: true,
                    ..style.clone()
                };
                let text = inline_of(e, &bold);
                self.push(Block::Heading {
                    level,
                    text,
                    outline: !has("no-outline"),
                });
            }
            "p" | "caption" | "summary" | "figcaption" | "dt" => {
                self.flush();
                let small = has("meta") || has("small");
                let style = Style {
                    bold: style.bold || name == "dt",
                    muted: style.muted || has("meta"),
                    ..style.clone()
                };
                let text = inline_of(e, &style);
                if !text.is_blank() {
                    self.blocks.push(Block::Para { text, small });
                }
            }
            "ul" | "ol" => {
                let items = e
                    .children()
                    .filter_map(ElementRef::wrap)
                    .filter(|li| li.value().name() == "li")
                    .map(|li| Reader::inner(li, style))
                    .filter(|b| !b.is_empty())
                    .collect::<Vec<_>>();
                if !items.is_empty() {
                    self.push(Block::List {
                        ordered: name == "ol",
                        items,
                    });
                }
            }
            "table" => self.push(table(e, style)),
            "dd" | "blockquote" => {
                let inner = Reader::inner(e, style);
                if !inner.is_empty() {
                    self.push(Block::Indent(inner));
                }
            }
            "hr" => self.push(Block::Rule),
            // A footnote: its number before its first paragraph.
            "div" if has("footnote-definition") => {
                let mut inner = Reader::inner(e, style);
                if let [
                    Block::Para { text: label, .. },
                    Block::Para { text, .. },
                    ..,
                ] = inner.as_mut_slice()
                {
                    let mut spans = std::mem::take(&mut label.0);
                    spans.push(Span {
                        text: " ".into(),
                        style: style.clone(),
                    });
                    spans.append(&mut text.0);
                    text.0 = spans;
                    inner.remove(0);
                }
                for block in inner {
                    self.push(block);
                }
            }
            "sup" => {
                let raised: String = e.text().map(superscript).collect();
                self.text.push(&raised, style);
            }
            "br" => self.text.push("\u{2028}", style),
            "div" | "section" | "article" | "header" | "footer" | "main" | "details" | "aside"
            | "nav" | "figure" | "dl" | "li" | "body" | "html" => {
                self.flush();
                self.children(e, style);
                self.flush();
            }
            _ => {
                // Inline: a line of its own where the page shows it as one (a cell's
                // description or meta line).
                if has("description") || has("meta") {
                    self.text.push("\u{2028}", style);
                }
                let style = inline_style(e, style);
                self.children(e, &style);
            }
        }
    }
}

/// Text raised as superscript where Unicode has the character (footnote numbers).
fn superscript(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '0' => '⁰',
            '1' => '¹',
            '2' => '²',
            '3' => '³',
            '4'..='9' => char::from_u32(0x2070 + c as u32 - '0' as u32).unwrap_or(c),
            _ => c,
        })
        .collect()
}

/// The style of an inline element's content.
fn inline_style(e: ElementRef, style: &Style) -> Style {
    let class = e.value().attr("class").unwrap_or("");
    let mut style = style.clone();
    match e.value().name() {
        "strong" | "b" => style.bold = true,
        "em" | "i" | "cite" => style.italic = true,
        "code" | "kbd" | "samp" | "tt" => style.mono = true,
        "del" | "s" => style.strike = true,
        "ins" | "u" => style.underline = true,
        "a" => {
            let href = e.value().attr("href").unwrap_or("");
            if ["https://", "http://", "mailto:"]
                .iter()
                .any(|s| href.starts_with(s))
            {
                style.link = Some(href.to_string());
            }
        }
        _ => {}
    }
    if class
        .split_whitespace()
        .any(|c| c == "meta" || c == "muted")
    {
        style.muted = true;
    }
    style
}

/// The text of `e` and its inline content, block elements read as line breaks.
fn inline_of(e: ElementRef, style: &Style) -> Inline {
    let mut reader = Reader::default();
    reader.children(e, style);
    let mut text = Inline::default();
    for block in reader.finish() {
        if !text.0.is_empty() {
            text.push("\u{2028}", style);
        }
        if let Block::Para { text: t, .. } | Block::Heading { text: t, .. } = block {
            for span in t.0 {
                text.push(&span.text, &span.style);
            }
        }
    }
    text
}

/// A table: its caption, the rows of `<thead>` and the others.
fn table(e: ElementRef, style: &Style) -> Block {
    let mut caption = None;
    let (mut head, mut body) = (Vec::new(), Vec::new());
    for child in e.children().filter_map(ElementRef::wrap) {
        match child.value().name() {
            "caption" => caption = Some(inline_of(child, &bold(style))),
            "thead" => head.extend(rows(child, style)),
            "tbody" | "tfoot" => body.extend(rows(child, style)),
            "tr" => body.push(row(child, style)),
            _ => {}
        }
    }
    Block::Table {
        caption: caption.filter(|c| !c.is_blank()),
        head,
        body,
    }
}

fn bold(style: &Style) -> Style {
    Style {
        bold: true,
        ..style.clone()
    }
}

fn rows(e: ElementRef, style: &Style) -> Vec<Vec<Cell>> {
    e.children()
        .filter_map(ElementRef::wrap)
        .filter(|r| r.value().name() == "tr")
        .map(|r| row(r, style))
        .collect()
}

fn row(e: ElementRef, style: &Style) -> Vec<Cell> {
    e.children()
        .filter_map(ElementRef::wrap)
        .filter(|c| matches!(c.value().name(), "th" | "td"))
        .map(|c| {
            let header = c.value().name() == "th";
            let style = if header { bold(style) } else { style.clone() };
            Cell {
                header,
                blocks: Reader::inner(c, &style),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_inline_is_cut_between_characters_across_spans() {
        let span = |text: &str, bold| Span {
            text: text.to_string(),
            style: Style {
                bold,
                ..Style::default()
            },
        };
        let text = Inline(vec![span("ab", false), span("中文字", true)]);
        assert_eq!(text.cut(5), None);
        assert_eq!(text.cut(9), None);
        assert_eq!(
            text.cut(3),
            Some(Inline(vec![span("ab", false), span("中", true)]))
        );
        assert_eq!(
            text.cut(2),
            Some(Inline(vec![span("ab", false), span("", true)]))
        );
    }

    fn texts(blocks: &[Block]) -> Vec<String> {
        blocks
            .iter()
            .map(|b| match b {
                Block::Heading { level, text, .. } => format!("h{level}:{}", text.plain()),
                Block::Para { text, .. } => format!("p:{}", text.plain()),
                Block::List { ordered, items } => {
                    format!("{}:{}", if *ordered { "ol" } else { "ul" }, items.len())
                }
                Block::Table { head, body, .. } => format!("table:{}+{}", head.len(), body.len()),
                Block::Indent(inner) => format!("indent:{}", texts(inner).join("|")),
                Block::Rule => "hr".into(),
                Block::PageBreak => "break".into(),
            })
            .collect()
    }

    #[test]
    fn blocks_inline_text_and_tables_are_read_in_order() {
        let html = "<html><body><section class=\"cover\"><h1>Title <a class=\"anchor\" href=\"#x\">#</a></h1>\
            loose text<p>One <strong>bold</strong> word</p></section>\
            <div class=\"page-break\"></div><ul><li>a</li><li><p>b</p><p>c</p></li></ul>\
            <table><caption>Data</caption><thead><tr><th>A</th><th>B</th></tr></thead>\
            <tbody><tr><th>x<span class=\"description\">note</span></th><td>y</td></tr></tbody></table>\
            <dl><dt>Term</dt><dd>Meaning</dd></dl><script>no()</script></body></html>";
        let blocks = read(html);
        assert_eq!(
            texts(&blocks),
            [
                "h1:Title ",
                "p:loose text",
                "p:One bold word",
                "break",
                "ul:2",
                "table:1+1",
                "p:Term",
                "indent:p:Meaning"
            ]
        );
        let Block::Table { body, caption, .. } = &blocks[5] else {
            panic!()
        };
        assert_eq!(caption.as_ref().unwrap().plain(), "Data");
        assert!(body[0][0].header);
        assert_eq!(texts(&body[0][0].blocks), ["p:x\u{2028}note"]);
        let Block::Para { text, .. } = &blocks[2] else {
            panic!()
        };
        assert!(text.0[1].style.bold && !text.0[0].style.bold);
    }

    #[test]
    fn only_web_and_mail_links_are_kept() {
        let blocks = read(
            "<body><p><a href=\"https://example.com/\">web</a> <a href=\"#s\">here</a> \
             <a href=\"javascript:x\">js</a></p></body>",
        );
        let Block::Para { text, .. } = &blocks[0] else {
            panic!()
        };
        let links: Vec<_> = text.0.iter().filter_map(|s| s.style.link.clone()).collect();
        assert_eq!(links, ["https://example.com/"]);
    }

    #[test]
    fn emphasis_is_italic() {
        let blocks = read("<body><p>in <em>Settings</em> now</p></body>");
        let Block::Para { text, .. } = &blocks[0] else {
            panic!()
        };
        let italic: Vec<_> = text
            .0
            .iter()
            .map(|s| (s.text.as_str(), s.style.italic))
            .collect();
        assert_eq!(
            italic,
            [("in ", false), ("Settings", true), (" now", false)]
        );
    }
}
