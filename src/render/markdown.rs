//! Markdown to safe HTML: pulldown-cmark, then ammonia.

use pulldown_cmark::{CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd};
use std::collections::{BTreeMap, BTreeSet, HashSet};

/// The URL schemes a link or image in content may use.
pub const URL_SCHEMES: &[&str] = &["http", "https", "mailto", "tel"];

/// What an id written in content's raw HTML is prefixed with.
pub const CONTENT_ID_PREFIX: &str = "user-content-";

/// Texts rendered by this thread, with what they rendered to (see [`Markdown::render`]).
/// Bounded: emptied when it holds more than [`RENDERED_BOUND`] bytes. Pages render in
/// groups of one policy in one locale, whose versions share their text, so the texts that
/// repeat are the recent ones.
#[derive(Default)]
struct Rendered {
    map: std::collections::HashMap<(String, String, u8, bool), String>,
    bytes: usize,
}

const RENDERED_BOUND: usize = 32 << 20;

/// One text to render: where its headings and ids go, and whether placed blocks are marked.
#[derive(Clone, Copy)]
struct Job<'a> {
    text: &'a str,
    anchor: &'a str,
    base_level: u8,
    mark_placed: bool,
}

impl Rendered {
    fn get(&self, key: &(String, String, u8, bool)) -> Option<&String> {
        self.map.get(key)
    }

    fn insert(&mut self, key: (String, String, u8, bool), html: String) {
        let size = key.0.len() + key.1.len() + html.len();
        if self.bytes + size > RENDERED_BOUND {
            self.map.clear();
            self.bytes = 0;
        }
        self.bytes += size;
        self.map.insert(key, html);
    }
}

thread_local! {
    static RENDERED: std::cell::RefCell<Rendered> = std::cell::RefCell::new(Rendered::default());
    /// The anchor of the text being sanitised on this thread (see `Markdown::block`).
    static ANCHOR: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
}

/// `text` with every line that would open a block (a list item, heading, quote, table,
/// fence, rule or setext underline) escaped, so that it parses as one paragraph of inline
/// Markdown; indentation that would make a code block is dropped.
fn only_inline(text: &str) -> String {
    text.lines()
        .map(|line| {
            let line = line.trim_start();
            match block_marker(line) {
                Some(at) => format!("{}\\{}", &line[..at], &line[at..]),
                None => line.to_string(),
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Where the character that makes `line` open a block stands, if it would.
fn block_marker(line: &str) -> Option<usize> {
    let spaced = |rest: &str| rest.is_empty() || rest.starts_with([' ', '\t']);
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    if (1..=9).contains(&digits)
        && line[digits..].starts_with(['.', ')'])
        && spaced(&line[digits + 1..])
    {
        return Some(digits);
    }
    let first = line.chars().next()?;
    let only = |c: char| line.chars().all(|x| x == c || x == ' ');
    let opens = match first {
        '-' | '*' | '+' => spaced(&line[1..]) || only(first),
        '=' | '_' => only(first),
        '#' => spaced(line.trim_start_matches('#')),
        '>' | '|' => true,
        '`' => line.starts_with("```"),
        '~' => line.starts_with("~~~"),
        _ => false,
    };
    opens.then_some(0)
}

/// Renders Markdown and sanitises the result. Built once, shared by every page.
pub struct Markdown {
    sanitizer: ammonia::Builder<'static>,
}

impl Default for Markdown {
    fn default() -> Self {
        let mut sanitizer = ammonia::Builder::default();
        // ammonia strips `dir` by default; right-to-left passages need it.
        sanitizer.add_generic_attributes(["dir", "lang"]);
        for tag in ["h1", "h2", "h3", "h4", "h5", "h6", "div", "li"] {
            sanitizer.add_tag_attributes(tag, ["id"]);
        }
        sanitizer.add_allowed_classes("sup", ["footnote-reference", "footnote-definition-label"]);
        sanitizer.add_allowed_classes("div", ["footnote-definition"]);
        sanitizer.link_rel(Some("noopener noreferrer"));
        // Exactly the documented schemes; relative links and `#anchors` stay.
        sanitizer.url_schemes(URL_SCHEMES.iter().copied().collect());
        // Ids Clause makes start with the section's anchor; any other id (raw HTML's
        // `<div id="main">`) is renamed, so content never takes an id of the theme's.
        sanitizer.attribute_filter(|_, attribute, value| {
            if attribute != "id" {
                return Some(value.into());
            }
            let ours = ANCHOR.with(|a| value.starts_with(&format!("{}-", a.borrow())));
            Some(if ours {
                value.into()
            } else {
                format!("{CONTENT_ID_PREFIX}{value}").into()
            })
        });
        Markdown { sanitizer }
    }
}

/// What a cross-reference to each section says, by section id: `section 3, “Contact us”`.
pub type SectionRefs = BTreeMap<String, String>;

/// No sections to refer to.
pub static NO_REFS: SectionRefs = BTreeMap::new();

/// How a link to a section is written: `[](#sec:contact)` (the section's number and title
/// in the reader's language) or `[our contact details](#sec:contact)`.
pub const SECTION_LINK: &str = "#sec:";

impl Markdown {
    /// A block of Markdown (a section body). Headings move below `base_level` and get ids
    /// prefixed with `anchor`, as do footnotes, so that sections never clash on one page.
    pub fn block(&self, text: &str, anchor: &str, base_level: u8) -> String {
        self.block_with(text, anchor, base_level, &NO_REFS)
    }

    /// [`Markdown::block`], with links to sections (`#sec:<id>`) pointing at them and, when
    /// empty, saying what `refs` says of them.
    /// Paragraphs that place a block (`[](#block:<name>)`) are left out: the JSON carries
    /// the text, and the blocks beside it.
    pub fn block_with(
        &self,
        text: &str,
        anchor: &str,
        base_level: u8,
        refs: &SectionRefs,
    ) -> String {
        self.render(text, anchor, base_level, refs, false)
    }

    /// A section body with the blocks it places: its text in pieces, and between them the
    /// name of each block placed there. Rendered as one text, so footnotes and heading
    /// ids hold across the pieces.
    pub fn block_placing(
        &self,
        text: &str,
        anchor: &str,
        base_level: u8,
        refs: &SectionRefs,
    ) -> Vec<Piece> {
        let html = self.render(text, anchor, base_level, refs, true);
        let mut pieces = Vec::new();
        let mut rest = html.as_str();
        let open = format!("<p>{PLACED}");
        while let Some(at) = rest.find(&open) {
            let after = &rest[at + open.len()..];
            let Some(end) = after.find(PLACED) else { break };
            pieces.push(Piece::Html(rest[..at].to_string()));
            pieces.push(Piece::Block(after[..end].to_string()));
            rest = after[end + PLACED.len_utf8()..]
                .strip_prefix("</p>")
                .unwrap_or(&after[end + PLACED.len_utf8()..]);
        }
        pieces.push(Piece::Html(rest.to_string()));
        pieces.retain(|p| !matches!(p, Piece::Html(h) if h.trim().is_empty()));
        pieces
    }

    fn render(
        &self,
        text: &str,
        anchor: &str,
        base_level: u8,
        refs: &SectionRefs,
        mark_placed: bool,
    ) -> String {
        // Versions share most of their text: each distinct text is rendered and sanitised
        // once. A text that links to sections also depends on what `refs` says of them,
        // which changes between versions; it is rendered each time.
        let job = Job {
            text,
            anchor,
            base_level,
            mark_placed,
        };
        if text.contains(SECTION_LINK) {
            return self.render_now(&job, refs);
        }
        let key = (
            text.to_string(),
            anchor.to_string(),
            base_level,
            mark_placed,
        );
        if let Some(html) = RENDERED.with(|m| m.borrow().get(&key).cloned()) {
            return html;
        }
        let html = self.render_now(&job, refs);
        RENDERED.with(|m| m.borrow_mut().insert(key, html.clone()));
        html
    }

    fn render_now(&self, job: &Job, refs: &SectionRefs) -> String {
        let Job {
            text,
            anchor,
            base_level,
            mark_placed,
        } = *job;
        let events: Vec<Event> = Parser::new_ext(text, options()).collect();
        let events = section_links(rewrite(events, anchor, base_level), refs);
        let events = placements(events, mark_placed);
        let mut html = String::new();
        pulldown_cmark::html::push_html(&mut html, events.into_iter());
        // The sanitiser's filter is shared; it learns the anchor through this thread.
        ANCHOR.with(|a| anchor.clone_into(&mut a.borrow_mut()));
        self.sanitizer.clean(&html).to_string()
    }

    /// One paragraph of inline Markdown without the surrounding `<p>` (key points, steps, a
    /// permission's use): emphasis, code and links, never a list, heading, quote, table or
    /// code block, even when a line starts like one (`1. Open the app` stays text).
    pub fn inline(&self, text: &str) -> String {
        self.inline_with(text, &NO_REFS)
    }

    /// [`Markdown::inline`], with links to sections as in [`Markdown::block_with`].
    pub fn inline_with(&self, text: &str, refs: &SectionRefs) -> String {
        let html = self.block_with(&only_inline(text), "inline", 6, refs);
        let trimmed = html.trim();
        match trimmed
            .strip_prefix("<p>")
            .and_then(|s| s.strip_suffix("</p>"))
        {
            Some(inner) if !inner.contains("<p>") => inner.to_string(),
            _ => trimmed.to_string(),
        }
    }

    /// The text without markup, for summaries and the sitemap.
    pub fn plain(text: &str) -> String {
        Markdown::plain_with(text, &NO_REFS)
    }

    /// [`Markdown::plain`], with an empty link to a section saying what `refs` says of it.
    pub fn plain_with(text: &str, refs: &SectionRefs) -> String {
        let mut out = String::new();
        let events = section_links(Parser::new_ext(text, options()).collect(), refs);
        for event in events {
            if let Event::Text(t) | Event::Code(t) = event {
                out.push_str(&t);
            }
        }
        out
    }
}

/// How deeply Markdown may nest block quotes, lists, emphasis and HTML elements inside each
/// other. Real policies stay under ten; the HTML sanitiser's work grows with the square of
/// the depth (32,000 levels took seconds), so deeper text is refused when it is read.
pub const MAX_NESTING: usize = 100;

/// The widest Markdown table: real ones have a handful of columns; 20,000 took seconds and
/// half a gigabyte to render.
pub const MAX_TABLE_COLUMNS: usize = 64;

/// Why `text` is Markdown nested deeper than [`MAX_NESTING`] (elements that Markdown opens
/// and raw HTML tags both count) or has a table wider than [`MAX_TABLE_COLUMNS`], if it is.
pub fn nesting_problem(text: &str) -> Option<String> {
    // Every level takes at least one character of its own.
    if text.len() <= MAX_NESTING {
        return None;
    }
    let (mut depth, mut deepest) = (0usize, 0usize);
    for event in Parser::new_ext(text, options()) {
        match event {
            Event::Start(Tag::Table(columns)) if columns.len() > MAX_TABLE_COLUMNS => {
                return Some(format!(
                    "Markdown table with {} columns, expected at most {MAX_TABLE_COLUMNS} columns (split it, or make it a list)",
                    columns.len()
                ));
            }
            Event::Start(Tag::BlockQuote(_) | Tag::List(_)) => depth += 1,
            Event::End(TagEnd::BlockQuote(_) | TagEnd::List(_)) => depth = depth.saturating_sub(1),
            Event::Html(html) | Event::InlineHtml(html) => depth = html_depth(&html, depth),
            _ => {}
        }
        deepest = deepest.max(depth);
    }
    (deepest > MAX_NESTING).then(|| {
        format!(
            "Markdown nested {deepest} levels deep, expected at most {MAX_NESTING} levels of block quotes, lists and HTML elements inside each other"
        )
    })
}

/// The element depth after the raw HTML `html`, starting at `depth`: an opening tag goes a
/// level down (unless void or self-closing), a closing tag a level up.
fn html_depth(html: &str, mut depth: usize) -> usize {
    const VOID: &[&str] = &[
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
        "track", "wbr",
    ];
    for tag in html.split('<').skip(1) {
        let closing = tag.starts_with('/');
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_ascii_lowercase();
        if name.is_empty() {
            continue;
        }
        let self_closing = tag.split('>').next().is_some_and(|t| t.ends_with('/'));
        if closing {
            depth = depth.saturating_sub(1);
        } else if !self_closing && !VOID.contains(&name.as_str()) {
            depth += 1;
        }
    }
    depth
}

/// Text escaped for HTML content and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

pub(crate) fn options() -> Options {
    Options::ENABLE_TABLES | Options::ENABLE_FOOTNOTES | Options::ENABLE_STRIKETHROUGH
}

fn rewrite<'a>(mut events: Vec<Event<'a>>, anchor: &str, base_level: u8) -> Vec<Event<'a>> {
    let mut used = HashSet::new();
    let mut i = 0;
    while i < events.len() {
        match &events[i] {
            Event::Start(Tag::Heading { level, .. }) => {
                let level = shift(*level, base_level);
                let id = unique(
                    &mut used,
                    format!("{anchor}-{}", slug(&heading_text(&events[i..]))),
                );
                if let Event::Start(Tag::Heading {
                    level: l, id: slot, ..
                }) = &mut events[i]
                {
                    *l = level;
                    *slot = Some(CowStr::from(id));
                }
                if let Some(end) = events[i..]
                    .iter()
                    .position(|e| matches!(e, Event::End(TagEnd::Heading(_))))
                {
                    events[i + end] = Event::End(TagEnd::Heading(level));
                }
            }
            Event::FootnoteReference(name) => {
                events[i] = Event::FootnoteReference(format!("{anchor}-fn-{name}").into());
            }
            Event::Start(Tag::FootnoteDefinition(name)) => {
                events[i] = Event::Start(Tag::FootnoteDefinition(
                    format!("{anchor}-fn-{name}").into(),
                ));
            }
            _ => {}
        }
        i += 1;
    }
    events
}

/// Points each `#sec:<id>` link at the section's anchor, and fills an empty one with the
/// section's number and title (the section's id when `refs` does not know it, never nothing).
fn section_links<'a>(events: Vec<Event<'a>>, refs: &SectionRefs) -> Vec<Event<'a>> {
    let mut out = Vec::with_capacity(events.len());
    let mut iter = events.into_iter().peekable();
    while let Some(event) = iter.next() {
        let Event::Start(Tag::Link {
            link_type,
            dest_url,
            title,
            id,
        }) = event
        else {
            out.push(event);
            continue;
        };
        let Some(target) = dest_url.strip_prefix(SECTION_LINK).map(str::to_string) else {
            out.push(Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }));
            continue;
        };
        out.push(Event::Start(Tag::Link {
            link_type,
            dest_url: format!("#{target}").into(),
            title,
            id,
        }));
        if matches!(iter.peek(), Some(Event::End(TagEnd::Link))) {
            let said = refs.get(&target).cloned().unwrap_or(target);
            out.push(Event::Text(said.into()));
        }
    }
    out
}

/// How a body places a block: a paragraph of its own that is `[](#block:<name>)`.
pub const BLOCK_LINK: &str = "#block:";

/// Marks where a placed block stands while the body is rendered: a noncharacter, which
/// Unicode keeps for a program's internal use, so no real text holds it.
const PLACED: char = '\u{FDD0}';

/// A piece of a section body: text, or the name of a block placed there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece {
    /// Sanitised HTML.
    Html(String),
    /// The name of a block of the section.
    Block(String),
}

/// The name of the block a paragraph places, when `events` (from its start to its end)
/// are only an empty link to `#block:<name>`.
fn placed_name(events: &[Event<'_>]) -> Option<String> {
    match events {
        [
            Event::Start(Tag::Paragraph),
            Event::Start(Tag::Link { dest_url, .. }),
            Event::End(TagEnd::Link),
            Event::End(TagEnd::Paragraph),
        ] => dest_url.strip_prefix(BLOCK_LINK).map(str::to_string),
        _ => None,
    }
}

/// Whether `paragraph` (the source of one paragraph) only places a block.
pub fn places_block(paragraph: &str) -> bool {
    let events: Vec<Event> = Parser::new_ext(paragraph, options()).collect();
    placed_name(&events).is_some()
}

/// Paragraphs that place a block become a marker with the block's name (`mark`), or
/// nothing.
fn placements(events: Vec<Event<'_>>, mark: bool) -> Vec<Event<'_>> {
    let mut out = Vec::with_capacity(events.len());
    let mut i = 0;
    while i < events.len() {
        if let Some(name) = events.get(i..i + 4).and_then(placed_name) {
            if mark {
                out.push(Event::Start(Tag::Paragraph));
                out.push(Event::Text(format!("{PLACED}{name}{PLACED}").into()));
                out.push(Event::End(TagEnd::Paragraph));
            }
            i += 4;
            continue;
        }
        out.push(events[i].clone());
        i += 1;
    }
    out
}

/// A link to a block: the block's name and the link's byte offset.
pub type BlockLink = (String, usize);

/// The blocks `text` places, each with the byte offset of its link, and every other link to
/// `#block:` (inside a paragraph with other text, a list or a quote), which places nothing.
pub fn block_links_in(text: &str) -> (Vec<BlockLink>, Vec<BlockLink>) {
    let events: Vec<(Event, std::ops::Range<usize>)> = Parser::new_ext(text, options())
        .into_offset_iter()
        .collect();
    let (mut placed, mut stray) = (Vec::new(), Vec::new());
    let mut depth = 0usize;
    for (i, (event, range)) in events.iter().enumerate() {
        match event {
            Event::Start(Tag::Link { dest_url, .. }) => {
                if let Some(name) = dest_url.strip_prefix(BLOCK_LINK) {
                    let own = i > 0
                        && depth == 1
                        && events
                            .get(i - 1..i + 3)
                            .map(|w| w.iter().map(|(e, _)| e.clone()).collect::<Vec<_>>())
                            .is_some_and(|w| placed_name(&w).is_some());
                    let to = if own { &mut placed } else { &mut stray };
                    to.push((name.to_string(), range.start));
                }
                depth += 1;
            }
            Event::Start(_) => depth += 1,
            Event::End(_) => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    (placed, stray)
}

/// The section ids that `text` links to with `#sec:<id>`, each with its byte offset.
pub fn section_links_in(text: &str) -> Vec<(String, usize)> {
    Parser::new_ext(text, options())
        .into_offset_iter()
        .filter_map(|(event, range)| match event {
            Event::Start(Tag::Link { dest_url, .. }) => dest_url
                .strip_prefix(SECTION_LINK)
                .map(|id| (id.to_string(), range.start)),
            _ => None,
        })
        .collect()
}

fn shift(level: HeadingLevel, base: u8) -> HeadingLevel {
    let n = (level as u8).saturating_add(base).min(6);
    HeadingLevel::try_from(n as usize).unwrap_or(HeadingLevel::H6)
}

fn heading_text(events: &[Event]) -> String {
    let mut text = String::new();
    for event in events.iter().skip(1) {
        match event {
            Event::End(TagEnd::Heading(_)) => break,
            Event::Text(t) | Event::Code(t) => text.push_str(t),
            _ => {}
        }
    }
    text
}

/// A URL fragment from heading text: lowercase words joined by hyphens (any script kept).
pub fn slug(text: &str) -> String {
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    if words.is_empty() {
        "heading".into()
    } else {
        words.join("-")
    }
}

fn unique(used: &mut HashSet<String>, id: String) -> String {
    let mut candidate = id.clone();
    let mut n = 1;
    while !used.insert(candidate.clone()) {
        n += 1;
        candidate = format!("{id}-{n}");
    }
    candidate
}

/// Ids that the rendered HTML defines; used by tests to check anchors are unique.
pub fn ids_in(html: &str) -> BTreeSet<String> {
    html.split(" id=\"")
        .skip(1)
        .filter_map(|s| s.split('"').next())
        .map(String::from)
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn inline_fields_render_inline_markdown_only() {
        let md = super::Markdown::default();
        let cases = [
            (
                "1. Open the app, then **Settings**.",
                "1. Open the app, then <strong>Settings</strong>.",
            ),
            ("2) Tap *Delete*", "2) Tap <em>Delete</em>"),
            ("- not a list", "- not a list"),
            ("# not a heading", "# not a heading"),
            ("> not a quote", "&gt; not a quote"),
            (
                "**Bold** start stays bold",
                "<strong>Bold</strong> start stays bold",
            ),
            ("*Stress* stays", "<em>Stress</em> stays"),
            (
                "Two lines\n1. still one paragraph",
                "Two lines\n1. still one paragraph",
            ),
            ("    indented, not code", "indented, not code"),
            ("---", "---"),
            ("2024 was the year", "2024 was the year"),
            (
                "`code` and [a link](https://example.com)",
                "<code>code</code> and <a href=\"https://example.com\" rel=\"noopener noreferrer\">a link</a>",
            ),
        ];
        for (text, html) in cases {
            assert_eq!(md.inline(text), html, "{text}");
        }
    }

    use super::*;

    #[test]
    fn scripts_and_handlers_are_removed() {
        let md = Markdown::default();
        let html = md.block(
            "<script>alert(1)</script>\n\n<a href=\"javascript:alert(1)\" onclick=\"x()\">x</a> <img src=x onerror=alert(1)>",
            "s",
            2,
        );
        assert!(!html.contains("script"), "{html}");
        assert!(!html.contains("javascript:"), "{html}");
        assert!(
            !html.contains("onclick") && !html.contains("onerror"),
            "{html}"
        );
    }

    #[test]
    fn headings_shift_and_get_prefixed_ids() {
        let html = Markdown::default().block("# Cookies\n\n# Cookies", "use", 2);
        assert!(
            html.contains("<h3 id=\"use-cookies\">Cookies</h3>"),
            "{html}"
        );
        assert!(html.contains("id=\"use-cookies-2\""), "{html}");
    }

    #[test]
    fn footnotes_are_namespaced() {
        let html = Markdown::default().block("See[^1].\n\n[^1]: The note.", "intro", 2);
        assert!(html.contains("href=\"#intro-fn-1\""), "{html}");
        assert!(html.contains("id=\"intro-fn-1\""), "{html}");
    }

    #[test]
    fn only_documented_schemes_survive() {
        let md = Markdown::default();
        for scheme in [
            "ftp", "ssh", "magnet", "sms", "sip", "bitcoin", "webcal", "irc", "data", "file",
        ] {
            let html = md.inline(&format!("[x]({scheme}:somewhere)"));
            assert!(!html.contains("href"), "{scheme}: {html}");
        }
        for url in [
            "https://a.example/",
            "http://a.example/",
            "mailto:a@b.example",
            "tel:+1555",
            "#intro",
            "../en/",
        ] {
            let html = md.inline(&format!("[x]({url})"));
            assert!(html.contains(&format!("href=\"{url}\"")), "{url}: {html}");
        }
    }

    #[test]
    fn raw_ids_never_take_the_themes() {
        let html = Markdown::default().block("<div id=\"main\">x</div>\n\n## Cookies", "use", 2);
        assert!(html.contains("id=\"user-content-main\""), "{html}");
        assert!(html.contains("id=\"use-cookies\""), "{html}");
    }

    #[test]
    fn dir_and_lang_survive() {
        let html = Markdown::default().inline("<span dir=\"rtl\" lang=\"ar\">نص</span>");
        assert_eq!(html, "<span dir=\"rtl\" lang=\"ar\">نص</span>");
    }
}
