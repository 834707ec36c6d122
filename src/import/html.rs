//! HTML: a saved web page. Only the main content is read: `<main>`, else `<article>`, else
//! the body, without navigation, headers, footers, scripts, forms, hidden elements and
//! cookie banners. Headings, paragraphs, lists and tables become blocks; emphasis and links
//! become Markdown. Nothing a script could run is carried over.

use super::doc::{Block, Inline, Item, Kind, List};
use scraper::{ElementRef, Html, Node, Selector};

/// Elements that are never content.
const SKIPPED: &[&str] = &[
    "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form",
    "button", "svg", "iframe", "object", "embed", "dialog", "select", "input", "textarea",
    "canvas", "video", "audio", "head", "title", "meta", "link",
];

/// Words in an id or class that mark page furniture rather than content.
const FURNITURE: &[&str] = &[
    "cookie",
    "consent",
    "gdpr",
    "banner",
    "navbar",
    "menu",
    "breadcrumb",
    "skip-link",
    "sidebar",
    "site-header",
    "site-footer",
];

/// The page's `<title>` and the blocks of its main content.
pub fn read(source: &str) -> (Option<String>, Vec<Block>) {
    let page = Html::parse_document(source);
    let title = select_first(&page, "title")
        .map(|t| {
            t.text()
                .collect::<String>()
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        })
        .filter(|t| !t.is_empty());
    let main = ["main", "[role=main]", "article", "body"]
        .iter()
        .find_map(|s| select_first(&page, s));
    let mut reader = Reader::default();
    if let Some(main) = main {
        reader.children(main);
    }
    reader.flush();
    (title, reader.blocks)
}

fn select_first<'a>(page: &'a Html, selector: &str) -> Option<ElementRef<'a>> {
    let selector = Selector::parse(selector).ok()?;
    page.select(&selector).next()
}

#[derive(Default)]
struct Reader {
    blocks: Vec<Block>,
    /// Inline content met outside any paragraph, gathered into one.
    loose: Inline,
    /// How many block elements were read, for `paragraph N`.
    count: usize,
}

impl Reader {
    fn push(&mut self, kind: Kind) {
        self.count += 1;
        self.blocks.push(Block {
            kind,
            at: format!("block {}", self.count),
        });
    }

    fn flush(&mut self) {
        let loose = std::mem::take(&mut self.loose).tidy();
        if !loose.is_empty() {
            self.push(Kind::Para(loose));
        }
    }

    fn children(&mut self, element: ElementRef) {
        for child in element.children() {
            match child.value() {
                Node::Text(text) => self.loose.push_text(text),
                Node::Element(_) => {
                    if let Some(child) = ElementRef::wrap(child) {
                        self.element(child);
                    }
                }
                _ => {}
            }
        }
    }

    fn element(&mut self, element: ElementRef) {
        if skipped(element) {
            return;
        }
        let name = element.value().name();
        match name {
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                self.flush();
                let level = usize::from(name.as_bytes()[1] - b'0');
                let text = inline(element).tidy();
                if !text.is_empty() {
                    self.push(Kind::heading(level, text));
                }
            }
            "p" | "blockquote" | "pre" | "address" | "dt" | "dd" | "figcaption" => {
                self.flush();
                let text = inline(element).tidy();
                if !text.is_empty() {
                    self.push(Kind::Para(text));
                }
            }
            "ul" | "ol" => {
                self.flush();
                let list = list(element);
                if !list.items.is_empty() {
                    self.push(Kind::List(list));
                }
            }
            "table" => {
                self.flush();
                let rows = table(element);
                if !rows.is_empty() {
                    self.push(Kind::Table(rows));
                }
            }
            "br" => self.loose.push_break(),
            _ if is_inline(name) => {
                let text = inline_of(element);
                self.loose.md.push_str(&text.md);
                self.loose.text.push_str(&text.text);
            }
            _ => {
                self.flush();
                self.children(element);
                self.flush();
            }
        }
    }
}

fn skipped(element: ElementRef) -> bool {
    let e = element.value();
    if SKIPPED.contains(&e.name()) || e.attr("hidden").is_some() {
        return true;
    }
    if e.attr("aria-hidden") == Some("true") || e.attr("role") == Some("navigation") {
        return true;
    }
    let style = e.attr("style").unwrap_or("").replace(' ', "");
    if style.contains("display:none") || style.contains("visibility:hidden") {
        return true;
    }
    let names = format!(
        "{} {}",
        e.attr("id").unwrap_or(""),
        e.attr("class").unwrap_or("")
    );
    let names = names.to_ascii_lowercase();
    FURNITURE.iter().any(|w| names.contains(w))
}

fn is_inline(name: &str) -> bool {
    matches!(
        name,
        "a" | "b"
            | "strong"
            | "i"
            | "em"
            | "span"
            | "code"
            | "small"
            | "sup"
            | "sub"
            | "u"
            | "mark"
            | "abbr"
            | "time"
            | "cite"
            | "q"
            | "s"
            | "del"
            | "ins"
            | "label"
            | "font"
    )
}

/// The inline content of `element` (block children are read as text too).
fn inline(element: ElementRef) -> Inline {
    let mut out = Inline::default();
    for child in element.children() {
        match child.value() {
            Node::Text(text) => out.push_text(text),
            Node::Element(_) => {
                let Some(child) = ElementRef::wrap(child) else {
                    continue;
                };
                if skipped(child) {
                    continue;
                }
                if child.value().name() == "br" {
                    out.push_break();
                    continue;
                }
                let inner = inline_of(child);
                out.md.push_str(&inner.md);
                out.text.push_str(&inner.text);
            }
            _ => {}
        }
    }
    out
}

/// One inline element as Markdown: emphasis, links (http, https and mailto only), code.
fn inline_of(element: ElementRef) -> Inline {
    let inner = inline(element);
    let mut out = Inline::default();
    match element.value().name() {
        "b" | "strong" => out.push_wrapped("**", &inner, "**"),
        "i" | "em" | "cite" => out.push_wrapped("*", &inner, "*"),
        "a" => match element.value().attr("href").filter(|h| safe_link(h)) {
            Some(href) if !inner.is_empty() => {
                let close = format!("]({})", href.trim().replace(' ', "%20").replace(')', "%29"));
                out.push_wrapped("[", &inner, &close);
            }
            _ => out = inner,
        },
        _ => out = inner,
    }
    out
}

fn safe_link(href: &str) -> bool {
    let lower = href.trim().to_ascii_lowercase();
    ["http://", "https://", "mailto:"]
        .iter()
        .any(|p| lower.starts_with(p))
}

fn list(element: ElementRef) -> List {
    let ordered = element.value().name() == "ol";
    let mut items = Vec::new();
    for li in element.children().filter_map(ElementRef::wrap) {
        if li.value().name() != "li" || skipped(li) {
            continue;
        }
        let mut text = Inline::default();
        let mut children = None;
        for child in li.children() {
            match child.value() {
                Node::Text(t) => text.push_text(t),
                Node::Element(e) if matches!(e.name(), "ul" | "ol") => {
                    children = ElementRef::wrap(child).map(list);
                }
                Node::Element(_) => {
                    if let Some(child) = ElementRef::wrap(child).filter(|c| !skipped(*c)) {
                        let block = !is_inline(child.value().name());
                        let inner = if block {
                            inline(child)
                        } else {
                            inline_of(child)
                        };
                        text.md.push_str(&inner.md);
                        text.text.push_str(&inner.text);
                        // A paragraph inside an item ends with a space; a link does not.
                        if block {
                            text.push_text(" ");
                        }
                    }
                }
                _ => {}
            }
        }
        let text = text.tidy();
        if !text.is_empty() || children.is_some() {
            items.push(Item { text, children });
        }
    }
    List { ordered, items }
}

fn table(element: ElementRef) -> Vec<Vec<Inline>> {
    let Ok(rows) = Selector::parse("tr") else {
        return Vec::new();
    };
    let Ok(cells) = Selector::parse("th, td") else {
        return Vec::new();
    };
    element
        .select(&rows)
        .map(|row| {
            row.select(&cells)
                .map(|c| inline(c).tidy())
                .collect::<Vec<_>>()
        })
        .filter(|row| row.iter().any(|c| !c.is_empty()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_main_content_is_read_and_scripts_never_are() {
        let page = r#"<html><head><title>Our Policy</title><script>alert(1)</script></head>
<body><nav><a href="/">Home</a></nav><div class="cookie-banner">We use cookies</div>
<main><h1>Privacy</h1><p>We <b>never</b> sell <a href="javascript:evil()">data</a>.</p>
<ul><li>One <a href="https://x.example">link</a></li><li>Two<ul><li>Inner</li></ul></li></ul>
<script>steal()</script><table><tr><th>A</th><th>B</th></tr><tr><td>1</td><td>2</td></tr></table>
</main><footer>© Corp</footer></body></html>"#;
        let (title, blocks) = read(page);
        assert_eq!(title.as_deref(), Some("Our Policy"));
        let md: Vec<String> = blocks.iter().map(Block::markdown).collect();
        assert_eq!(
            md,
            [
                "Privacy",
                "We **never** sell data.",
                "- One [link](https://x.example)\n- Two\n  - Inner\n",
                "| A | B |\n| --- | --- |\n| 1 | 2 |\n",
            ]
        );
    }
}
