//! Word (DOCX): a zip of XML parts. Headings (by style or outline level), paragraphs,
//! bulleted and numbered lists (nested by level), tables, bold, italic and links.

use super::doc::{Block, Inline, Item, Kind, List};
use roxmltree::{Document, Node};
use std::collections::BTreeMap;
use std::io::Read;

const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const R: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/// No part of a document is read beyond this many bytes, however well it compresses.
const PART_MAX: u64 = 64 * 1024 * 1024;

/// The document's title (from its properties) and its blocks; or what is wrong with it.
pub fn read(bytes: &[u8]) -> Result<(Option<String>, Vec<Block>), String> {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes))
        .map_err(|e| format!("it is not a Word document (a DOCX is a zip file: {e})"))?;
    let document = part(&mut zip, "word/document.xml")?
        .ok_or("it is a zip file without word/document.xml, so not a Word document")?;
    let styles = part(&mut zip, "word/styles.xml")?.unwrap_or_default();
    let numbering = part(&mut zip, "word/numbering.xml")?.unwrap_or_default();
    let rels = part(&mut zip, "word/_rels/document.xml.rels")?.unwrap_or_default();
    let core = part(&mut zip, "docProps/core.xml")?.unwrap_or_default();
    let doc = parse_xml(&document, "word/document.xml")?;
    let context = Context {
        styles: styles_of(&styles),
        bullets: bullets_of(&numbering),
        links: links_of(&rels),
    };
    let title = (!core.is_empty())
        .then(|| parse_xml(&core, "docProps/core.xml").ok())
        .flatten()
        .and_then(|d| {
            d.descendants()
                .find(|n| n.tag_name().name() == "title")
                .and_then(|n| n.text())
                .map(|t| t.trim().to_string())
        })
        .filter(|t| !t.is_empty());
    let body = doc
        .root_element()
        .children()
        .find(|n| n.tag_name().name() == "body")
        .ok_or("its word/document.xml has no body")?;
    let mut reader = Reader {
        context: &context,
        blocks: Vec::new(),
        count: 0,
    };
    for node in body.children().filter(Node::is_element) {
        reader.node(node);
    }
    Ok((title, reader.blocks))
}

fn parse_xml<'i>(text: &'i str, name: &str) -> Result<Document<'i>, String> {
    Document::parse(text).map_err(|e| format!("its {name} is not well-formed XML: {e}"))
}

fn part<R: Read + std::io::Seek>(
    zip: &mut zip::ZipArchive<R>,
    name: &str,
) -> Result<Option<String>, String> {
    let file = match zip.by_name(name) {
        Ok(file) => file,
        Err(zip::result::ZipError::FileNotFound) => return Ok(None),
        Err(e) => return Err(format!("cannot read {name} in it: {e}")),
    };
    let mut text = String::new();
    file.take(PART_MAX + 1)
        .read_to_string(&mut text)
        .map_err(|e| format!("cannot read {name} in it: {e}"))?;
    if text.len() as u64 > PART_MAX {
        return Err(format!("its {name} is larger than {} MiB", PART_MAX >> 20));
    }
    Ok(Some(text))
}

struct Context {
    /// Style id → (name, outline level).
    styles: BTreeMap<String, (String, Option<usize>)>,
    /// Numbering id → whether its first level is bullets.
    bullets: BTreeMap<String, bool>,
    /// Relationship id → link target.
    links: BTreeMap<String, String>,
}

fn w<'a, 'i>(node: Node<'a, 'i>, name: &str) -> Option<Node<'a, 'i>> {
    node.children()
        .find(|n| n.tag_name().name() == name && n.tag_name().namespace() == Some(W))
}

fn val<'a>(node: Option<Node<'a, '_>>) -> Option<&'a str> {
    node.and_then(|n| n.attribute((W, "val")))
}

fn styles_of(text: &str) -> BTreeMap<String, (String, Option<usize>)> {
    let Ok(doc) = Document::parse(text) else {
        return BTreeMap::new();
    };
    doc.descendants()
        .filter(|n| n.tag_name().name() == "style")
        .filter_map(|s| {
            let id = s.attribute((W, "styleId"))?.to_string();
            let name = val(w(s, "name")).unwrap_or("").to_ascii_lowercase();
            let outline =
                val(w(s, "pPr").and_then(|p| w(p, "outlineLvl"))).and_then(|v| v.parse().ok());
            Some((id, (name, outline)))
        })
        .collect()
}

fn bullets_of(text: &str) -> BTreeMap<String, bool> {
    let Ok(doc) = Document::parse(text) else {
        return BTreeMap::new();
    };
    let abstract_bullets: BTreeMap<&str, bool> = doc
        .descendants()
        .filter(|n| n.tag_name().name() == "abstractNum")
        .filter_map(|a| {
            let id = a.attribute((W, "abstractNumId"))?;
            let first = a.children().find(|l| l.tag_name().name() == "lvl")?;
            Some((id, val(w(first, "numFmt")) == Some("bullet")))
        })
        .collect();
    doc.descendants()
        .filter(|n| n.tag_name().name() == "num")
        .filter_map(|n| {
            let id = n.attribute((W, "numId"))?.to_string();
            let abstract_id = val(w(n, "abstractNumId"))?;
            Some((id, *abstract_bullets.get(abstract_id)?))
        })
        .collect()
}

fn links_of(text: &str) -> BTreeMap<String, String> {
    let Ok(doc) = Document::parse(text) else {
        return BTreeMap::new();
    };
    doc.descendants()
        .filter(|n| n.tag_name().name() == "Relationship")
        .filter_map(|r| {
            Some((
                r.attribute("Id")?.to_string(),
                r.attribute("Target")?.to_string(),
            ))
        })
        .collect()
}

struct Reader<'c> {
    context: &'c Context,
    blocks: Vec<Block>,
    count: usize,
}

/// What a paragraph is, from its style and numbering.
enum Role {
    Heading(usize),
    Item { ordered: bool, level: usize },
    Para,
}

impl Reader<'_> {
    fn push(&mut self, kind: Kind) {
        self.blocks.push(Block {
            kind,
            at: format!("paragraph {}", self.count),
        });
    }

    fn node(&mut self, node: Node) {
        match node.tag_name().name() {
            "p" => self.paragraph(node),
            "tbl" => {
                self.count += 1;
                let rows = table(node, self.context);
                if !rows.is_empty() {
                    self.push(Kind::Table(rows));
                }
            }
            "sdt" => {
                if let Some(content) = node
                    .children()
                    .find(|n| n.tag_name().name() == "sdtContent")
                {
                    for child in content.children().filter(Node::is_element) {
                        self.node(child);
                    }
                }
            }
            _ => {}
        }
    }

    fn paragraph(&mut self, p: Node) {
        self.count += 1;
        let text = runs(p, self.context).tidy();
        if text.is_empty() {
            return;
        }
        match self.role(p) {
            Role::Heading(level) => self.push(Kind::heading(level, text)),
            Role::Item { ordered, level } => self.item(text, ordered, level),
            Role::Para => self.push(Kind::Para(text)),
        }
    }

    fn role(&self, p: Node) -> Role {
        let props = w(p, "pPr");
        let style_id = val(props.and_then(|pp| w(pp, "pStyle"))).unwrap_or("");
        let (name, style_outline) = self
            .context
            .styles
            .get(style_id)
            .cloned()
            .unwrap_or_else(|| (style_id.to_ascii_lowercase(), None));
        let outline = val(props.and_then(|pp| w(pp, "outlineLvl")))
            .and_then(|v| v.parse::<usize>().ok())
            .or(style_outline);
        if name == "title" {
            return Role::Heading(1);
        }
        if let Some(Ok(n)) = name
            .strip_prefix("heading")
            .map(|n| n.trim().parse::<usize>())
        {
            return Role::Heading(n + 1);
        }
        if let Some(level) = outline.filter(|l| *l < 9) {
            return Role::Heading(level + 2);
        }
        let numbered = props.and_then(|pp| w(pp, "numPr"));
        let level = val(numbered.and_then(|n| w(n, "ilvl")))
            .and_then(|v| v.parse().ok())
            .unwrap_or_else(|| style_level(&name));
        if let Some(num) = val(numbered.and_then(|n| w(n, "numId"))).filter(|n| *n != "0") {
            let bullet = self.context.bullets.get(num).copied().unwrap_or(true);
            return Role::Item {
                ordered: !bullet,
                level,
            };
        }
        if name.starts_with("list bullet") {
            return Role::Item {
                ordered: false,
                level,
            };
        }
        if name.starts_with("list number") {
            return Role::Item {
                ordered: true,
                level,
            };
        }
        Role::Para
    }

    /// Adds an item at `level` to the list just before, or starts one.
    fn item(&mut self, text: Inline, ordered: bool, level: usize) {
        let item = Item {
            text,
            children: None,
        };
        if let Some(Block {
            kind: Kind::List(list),
            ..
        }) = self.blocks.last_mut()
        {
            add_item(list, item, ordered, level.min(8));
            return;
        }
        self.push(Kind::List(List {
            ordered,
            items: vec![item],
        }));
    }
}

/// `List Bullet 2` is level 1.
fn style_level(name: &str) -> usize {
    name.rsplit(' ')
        .next()
        .and_then(|n| n.parse::<usize>().ok())
        .map_or(0, |n| n.saturating_sub(1))
}

fn add_item(list: &mut List, item: Item, ordered: bool, level: usize) {
    if level == 0 {
        list.items.push(item);
        return;
    }
    let Some(last) = list.items.last_mut() else {
        list.items.push(item);
        return;
    };
    let children = last.children.get_or_insert_with(|| List {
        ordered,
        items: Vec::new(),
    });
    add_item(children, item, ordered, level - 1);
}

/// The text of a paragraph's runs and links.
fn runs(p: Node, context: &Context) -> Inline {
    let mut out = Inline::default();
    for child in p.children().filter(Node::is_element) {
        match child.tag_name().name() {
            "r" => run(child, &mut out),
            "hyperlink" => {
                let mut inner = Inline::default();
                for r in child.children().filter(|n| n.tag_name().name() == "r") {
                    run(r, &mut inner);
                }
                let target = child
                    .attribute((R, "id"))
                    .and_then(|id| context.links.get(id))
                    .filter(|t| {
                        t.starts_with("http://")
                            || t.starts_with("https://")
                            || t.starts_with("mailto:")
                    });
                match target {
                    Some(t) => {
                        out.push_wrapped("[", &inner, &format!("]({})", t.replace(' ', "%20")))
                    }
                    None => {
                        out.md.push_str(&inner.md);
                        out.text.push_str(&inner.text);
                    }
                }
            }
            "ins" | "smartTag" | "fldSimple" => {
                let inner = runs(child, context);
                out.md.push_str(&inner.md);
                out.text.push_str(&inner.text);
            }
            _ => {}
        }
    }
    out
}

fn run(r: Node, out: &mut Inline) {
    let props = w(r, "rPr");
    let on = |name: &str| {
        props
            .and_then(|p| w(p, name))
            .is_some_and(|n| !matches!(n.attribute((W, "val")), Some("0" | "false")))
    };
    let mut inner = Inline::default();
    for child in r.children().filter(Node::is_element) {
        match child.tag_name().name() {
            "t" => inner.push_text(child.text().unwrap_or("")),
            "tab" => inner.push_text(" "),
            "br" | "cr" => inner.push_break(),
            _ => {}
        }
    }
    match (on("b"), on("i")) {
        (true, true) => out.push_wrapped("***", &inner, "***"),
        (true, false) => out.push_wrapped("**", &inner, "**"),
        (false, true) => out.push_wrapped("*", &inner, "*"),
        (false, false) => {
            out.md.push_str(&inner.md);
            out.text.push_str(&inner.text);
        }
    }
}

fn table(tbl: Node, context: &Context) -> Vec<Vec<Inline>> {
    tbl.children()
        .filter(|n| n.tag_name().name() == "tr")
        .map(|tr| {
            tr.children()
                .filter(|n| n.tag_name().name() == "tc")
                .map(|tc| {
                    let mut cell = Inline::default();
                    for p in tc.children().filter(|n| n.tag_name().name() == "p") {
                        if !cell.is_empty() {
                            cell.push_text(" ");
                        }
                        let text = runs(p, context);
                        cell.md.push_str(&text.md);
                        cell.text.push_str(&text.text);
                    }
                    cell.tidy()
                })
                .collect::<Vec<_>>()
        })
        .filter(|row| row.iter().any(|c| !c.is_empty()))
        .collect()
}
