//! Lays blocks out on pages: paragraphs in lines, lists, tables (columns fitted to their
//! content, rows split across pages with their header repeated), headings kept with what
//! follows, mirrored for right-to-left documents.

use super::html::{Block, Cell, Inline};
use super::text::{Line, Run, Setter};

/// Body text size, in points.
const BODY: f32 = 10.0;
/// Text size in tables and small print.
const SMALL: f32 = 8.5;
/// Line height as a multiple of the text size.
const LEADING: f32 = 1.45;
/// How far lists and definitions are set in.
const INDENT: f32 = 16.0;
/// Padding inside table cells.
const PAD: f32 = 4.0;

/// Something drawn, at a position relative to what holds it (y grows downwards).
#[derive(Debug, Clone)]
pub enum Ink {
    /// Text, with its baseline at `y`.
    Text { x: f32, y: f32, run: Run },
    /// A straight line.
    Line {
        x1: f32,
        y1: f32,
        x2: f32,
        y2: f32,
        width: f32,
        grey: u8,
    },
    /// A filled rectangle.
    Fill {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        grey: u8,
    },
}

impl Ink {
    fn moved(mut self, dx: f32, dy: f32) -> Ink {
        match &mut self {
            Ink::Text { x, y, .. } | Ink::Fill { x, y, .. } => {
                *x += dx;
                *y += dy;
            }
            Ink::Line { x1, y1, x2, y2, .. } => {
                *x1 += dx;
                *x2 += dx;
                *y1 += dy;
                *y2 += dy;
            }
        }
        self
    }
}

/// A heading that goes into the PDF's bookmarks: its page and position.
#[derive(Debug, Clone)]
pub struct Mark {
    pub page: usize,
    pub y: f32,
    pub level: u8,
    pub title: String,
}

/// The pages of a document: what each shows, relative to the page's top left corner.
#[derive(Debug, Default)]
pub struct Laid {
    pub pages: Vec<Vec<Ink>>,
    pub marks: Vec<Mark>,
}

/// The unit of pagination: a line, a heading, a table row.
#[derive(Debug, Clone, Default)]
struct Bx {
    height: f32,
    /// Space above it, unless it starts a page.
    before: f32,
    ink: Vec<Ink>,
    /// Never the last on a page (headings, captions).
    keep_next: bool,
    /// Starts a new page.
    break_before: bool,
    /// A bookmark: level and title.
    mark: Option<(u8, String)>,
    /// A table's header rows, repeated when a row starts a new page.
    header: Option<std::rc::Rc<Bx>>,
    /// The baseline of its first line (where a list marker goes).
    baseline: Option<f32>,
}

/// The page and the direction of a document.
pub struct Page {
    pub width: f32,
    pub height: f32,
    pub margin: f32,
    /// Space kept at the bottom for the footer.
    pub footer: f32,
    pub rtl: bool,
}

/// The most rows of a table measured to find its column widths: the widths suit these
/// rows, and the rest wrap to them.
const MEASURED_ROWS: usize = 1000;

/// Lays `blocks` out on pages; `None` when they would take more than `max_pages`. Real
/// policies take tens of pages; the bound keeps a build's time and memory bounded for any
/// input under the size limits.
pub fn lay_out(
    setter: &mut Setter,
    blocks: &[Block],
    page: &Page,
    max_pages: usize,
) -> Option<Laid> {
    let width = page.width - 2.0 * page.margin;
    let height = page.height - 2.0 * page.margin - page.footer;
    let mut stack = Stack {
        setter,
        rtl: page.rtl,
        height,
        boxes: Vec::new(),
        pending_break: false,
        budget: height * max_pages as f32,
    };
    stack.blocks(blocks, 0.0, width, width);
    (stack.budget >= 0.0).then(|| paginate(stack.boxes, height, page.margin))
}

/// Boxes being stacked.
struct Stack<'s, 'a> {
    setter: &'s mut Setter<'a>,
    rtl: bool,
    /// The height of a page's text area.
    height: f32,
    boxes: Vec<Bx>,
    pending_break: bool,
    /// The height still free within the most pages: below zero, laying out stops.
    budget: f32,
}

impl Stack<'_, '_> {
    fn push(&mut self, mut bx: Bx) {
        bx.break_before |= std::mem::take(&mut self.pending_break);
        self.budget -= bx.before + bx.height;
        self.boxes.push(bx);
    }

    /// The left edge of a frame starting `start` from the start edge, `width` wide, in
    /// `outer` (mirrored in a right-to-left document).
    fn left(&self, start: f32, width: f32, outer: f32) -> f32 {
        if self.rtl {
            outer - start - width
        } else {
            start
        }
    }

    /// Stacks `blocks` in the frame `start`..`start + width` of a column `outer` wide.
    fn blocks(&mut self, blocks: &[Block], start: f32, width: f32, outer: f32) {
        for block in blocks {
            if self.budget < 0.0 {
                return;
            }
            self.block(block, start, width, outer);
        }
    }

    fn block(&mut self, block: &Block, start: f32, width: f32, outer: f32) {
        match block {
            Block::Heading {
                level,
                text,
                outline,
            } => {
                let size = match level {
                    1 => 18.0,
                    2 => 14.0,
                    3 => 12.0,
                    _ => 11.0,
                };
                let before = match level {
                    1 => 0.0,
                    2 => 16.0,
                    _ => 10.0,
                };
                let mut bx = self.para(text, size, start, width, outer);
                bx.before = before;
                bx.keep_next = true;
                bx.height += 3.0;
                bx.mark = (*outline && (2..=3).contains(level)).then(|| (*level, text.plain()));
                self.push(bx);
            }
            Block::Para { text, small } => {
                let size = if *small { SMALL } else { BODY };
                for (n, line) in self
                    .lines(text, size, start, width, outer)
                    .into_iter()
                    .enumerate()
                {
                    self.push(Bx {
                        before: if n == 0 { 5.0 } else { 0.0 },
                        ..line
                    });
                }
            }
            Block::List { ordered, items } => {
                for (n, item) in items.iter().enumerate() {
                    let first = self.boxes.len();
                    self.blocks(item, start + INDENT, width - INDENT, outer);
                    let marker = if *ordered {
                        format!("{}.", n + 1)
                    } else {
                        "•".to_string()
                    };
                    self.marker(first, &marker, start, outer);
                }
            }
            Block::Indent(inner) => self.blocks(inner, start + INDENT, width - INDENT, outer),
            Block::Rule => {
                let x = self.left(start, width, outer);
                self.push(Bx {
                    height: 10.0,
                    before: 4.0,
                    ink: vec![Ink::Line {
                        x1: x,
                        y1: 5.0,
                        x2: x + width,
                        y2: 5.0,
                        width: 0.5,
                        grey: 170,
                    }],
                    ..Bx::default()
                });
            }
            Block::PageBreak => self.pending_break = true,
            Block::Table {
                caption,
                head,
                body,
            } => self.table(caption.as_ref(), head, body, start, width, outer),
        }
    }

    /// A list item's marker, on the first line of the boxes from `first` on.
    fn marker(&mut self, first: usize, marker: &str, start: f32, outer: f32) {
        let Some(bx) = self.boxes.get_mut(first) else {
            return;
        };
        let Some(baseline) = bx.baseline else {
            return;
        };
        let text = Inline(vec![super::html::Span {
            text: marker.to_string(),
            style: Default::default(),
        }]);
        let lines = self.setter.lines(&text, BODY, INDENT, self.rtl, usize::MAX);
        let Some(line) = lines.into_iter().next() else {
            return;
        };
        let left = if self.rtl {
            outer - start - line.width
        } else {
            start
        };
        let bx = &mut self.boxes[first];
        for (x, run) in line.runs {
            bx.ink.push(Ink::Text {
                x: left + x,
                y: baseline,
                run,
            });
        }
    }

    /// Each line of a paragraph as a box.
    fn lines(&mut self, text: &Inline, size: f32, start: f32, width: f32, outer: f32) -> Vec<Bx> {
        let left = self.left(start, width, outer);
        let height = size * LEADING;
        let baseline = size * 1.1;
        // No more lines than the budget holds, and no more text than they could: a
        // paragraph of megabytes stops there (a line holds at most one character per
        // 0.3 em, narrower than any letter or space of a text face).
        let most = (self.budget.max(0.0) / height) as usize + 1;
        let chars = most.saturating_mul((width / (size * 0.3)) as usize + 1);
        let cut = text.cut(chars);
        if cut.is_some() {
            self.budget = -1.0;
        }
        self.setter
            .lines(cut.as_ref().unwrap_or(text), size, width, self.rtl, most)
            .into_iter()
            .map(|line| Bx {
                height,
                ink: line_ink(line, left, baseline),
                baseline: Some(baseline),
                ..Bx::default()
            })
            .collect()
    }

    /// A paragraph in one box (a heading, a caption).
    fn para(&mut self, text: &Inline, size: f32, start: f32, width: f32, outer: f32) -> Bx {
        let mut bx = Bx::default();
        for line in self.lines(text, size, start, width, outer) {
            bx.baseline = bx.baseline.or(line.baseline.map(|b| b + bx.height));
            let dy = bx.height;
            bx.ink
                .extend(line.ink.into_iter().map(|i| i.moved(0.0, dy)));
            bx.height += line.height;
        }
        bx
    }

    fn table(
        &mut self,
        caption: Option<&Inline>,
        head: &[Vec<Cell>],
        body: &[Vec<Cell>],
        start: f32,
        width: f32,
        outer: f32,
    ) {
        if let Some(caption) = caption {
            let mut bx = self.para(caption, BODY, start, width, outer);
            bx.before = 10.0;
            bx.keep_next = true;
            self.push(bx);
        }
        let columns = head.iter().chain(body).map(Vec::len).max().unwrap_or(0);
        if columns == 0 {
            return;
        }
        let widths = self.column_widths(head, body, columns, width);
        let left = self.left(start, width, outer);
        let mut header: Option<std::rc::Rc<Bx>> = None;
        for row in head {
            let mut bx = self.row(row, &widths, left, width, true);
            if let Some(h) = header.take() {
                bx = stack_two((*h).clone(), bx);
            }
            header = Some(std::rc::Rc::new(bx));
        }
        if let Some(h) = &header {
            self.push(Bx {
                before: 4.0,
                keep_next: true,
                ..(**h).clone()
            });
        }
        for row in body {
            if self.budget < 0.0 {
                return;
            }
            let bx = self.row(row, &widths, left, width, false);
            for mut part in self.split_row(bx, header.as_deref()) {
                part.header = header.clone();
                self.push(part);
            }
        }
    }

    /// Column widths (without padding) that fit `width`: each column's widest single
    /// line where they all fit, else shares between its longest word and its widest line.
    fn column_widths(
        &mut self,
        head: &[Vec<Cell>],
        body: &[Vec<Cell>],
        columns: usize,
        width: f32,
    ) -> Vec<f32> {
        let mut least = vec![0.0f32; columns];
        let mut most = vec![0.0f32; columns];
        for row in head.iter().chain(body).take(MEASURED_ROWS) {
            for (i, cell) in row.iter().enumerate() {
                let (l, m) = self.measure_blocks(&cell.blocks);
                least[i] = least[i].max(l);
                most[i] = most[i].max(m);
            }
        }
        let room = (width - columns as f32 * 2.0 * PAD).max(columns as f32);
        let (sum_least, sum_most): (f32, f32) = (least.iter().sum(), most.iter().sum());
        if sum_most <= room && sum_most > 0.0 {
            most.iter()
                .map(|m| m + (room - sum_most) * m / sum_most)
                .collect()
        } else if sum_least <= room {
            let spread = (sum_most - sum_least).max(f32::EPSILON);
            least
                .iter()
                .zip(&most)
                .map(|(l, m)| l + (room - sum_least) * (m - l) / spread)
                .collect()
        } else {
            least.iter().map(|l| room * l / sum_least).collect()
        }
    }

    /// The least and most width of blocks in a table cell.
    fn measure_blocks(&mut self, blocks: &[Block]) -> (f32, f32) {
        let mut out = (0.0f32, 0.0f32);
        for block in blocks {
            let (l, m) = match block {
                Block::Para { text, .. } | Block::Heading { text, .. } => {
                    self.setter.measure(text, SMALL)
                }
                Block::List { items, .. } => {
                    let mut lm = (0.0f32, 0.0f32);
                    for item in items {
                        let (l, m) = self.measure_blocks(item);
                        lm = (lm.0.max(l + INDENT), lm.1.max(m + INDENT));
                    }
                    lm
                }
                Block::Indent(inner) => {
                    let (l, m) = self.measure_blocks(inner);
                    (l + INDENT, m + INDENT)
                }
                // A table in a cell is laid out at the cell's width.
                _ => (0.0, 0.0),
            };
            out = (out.0.max(l), out.1.max(m));
        }
        out
    }

    /// A table row as one box: cells side by side, a rule under it; header rows shaded.
    fn row(&mut self, row: &[Cell], widths: &[f32], left: f32, total: f32, header: bool) -> Bx {
        let mut ink = Vec::new();
        let mut height = 0.0f32;
        let mut x = 0.0;
        for (i, w) in widths.iter().enumerate() {
            let cell_width = w + 2.0 * PAD;
            let Some(cell) = row.get(i) else {
                x += cell_width;
                continue;
            };
            let boxes = self.cell(&cell.blocks, *w);
            let cell_left = if self.rtl {
                left + total - x - cell_width
            } else {
                left + x
            };
            let mut y = PAD;
            for (n, bx) in boxes.into_iter().enumerate() {
                if n > 0 {
                    y += bx.before;
                }
                ink.extend(bx.ink.into_iter().map(|i| i.moved(cell_left + PAD, y)));
                y += bx.height;
            }
            height = height.max(y + PAD);
            x += cell_width;
        }
        let mut row_ink = Vec::new();
        if header {
            row_ink.push(Ink::Fill {
                x: left,
                y: 0.0,
                w: total,
                h: height,
                grey: 238,
            });
        }
        row_ink.extend(ink);
        row_ink.push(Ink::Line {
            x1: left,
            y1: height,
            x2: left + total,
            y2: height,
            width: 0.5,
            grey: 190,
        });
        Bx {
            height,
            ink: row_ink,
            ..Bx::default()
        }
    }

    /// The blocks of a cell, stacked in a column `width` wide, in small print.
    fn cell(&mut self, blocks: &[Block], width: f32) -> Vec<Bx> {
        let mut inner = Stack {
            setter: &mut *self.setter,
            rtl: self.rtl,
            height: self.height,
            boxes: Vec::new(),
            pending_break: false,
            budget: self.budget,
        };
        inner.blocks(&small(blocks), 0.0, width, width);
        // A cell that ran out of pages (or was cut) ends the record's layout too.
        if inner.budget < 0.0 {
            self.budget = -1.0;
        }
        inner.boxes
    }

    /// A row taller than a page, cut between lines into parts that fit: each piece of
    /// ink goes to the part its top falls in (a part keeps a line's height of slack).
    fn split_row(&self, bx: Bx, header: Option<&Bx>) -> Vec<Bx> {
        let room = self.height - header.map_or(0.0, |h| h.height) - 2.0 * BODY * LEADING;
        if bx.height <= room || room <= 0.0 {
            return vec![bx];
        }
        let mut parts: Vec<Bx> = Vec::new();
        for ink in bx.ink {
            let n = (extent(&ink).0.max(0.0) / room).floor() as usize;
            while parts.len() <= n {
                parts.push(Bx::default());
            }
            parts[n].ink.push(ink.moved(0.0, -(n as f32) * room));
        }
        for part in &mut parts {
            part.height = part.ink.iter().map(|i| extent(i).1).fold(0.0f32, f32::max);
        }
        parts
    }
}

/// The top and bottom of what `ink` covers.
fn extent(ink: &Ink) -> (f32, f32) {
    match ink {
        Ink::Text { y, run, .. } => (y - run.size * 1.1, y + run.size * 0.35),
        Ink::Line { y1, y2, .. } => (y1.min(*y2), y1.max(*y2)),
        Ink::Fill { y, h, .. } => (*y, y + h),
    }
}

/// Two boxes as one, the second under the first.
fn stack_two(a: Bx, b: Bx) -> Bx {
    let dy = a.height;
    let mut ink = a.ink;
    ink.extend(b.ink.into_iter().map(|i| i.moved(0.0, dy)));
    Bx {
        height: a.height + b.height,
        ink,
        ..Bx::default()
    }
}

/// Blocks in a table cell: in small print.
fn small(blocks: &[Block]) -> Vec<Block> {
    blocks
        .iter()
        .map(|b| match b {
            Block::Para { text, .. } => Block::Para {
                text: text.clone(),
                small: true,
            },
            Block::Heading { text, .. } => Block::Para {
                text: text.clone(),
                small: true,
            },
            Block::List { ordered, items } => Block::List {
                ordered: *ordered,
                items: items.iter().map(|i| small(i)).collect(),
            },
            Block::Indent(inner) => Block::Indent(small(inner)),
            other => other.clone(),
        })
        .collect()
}

/// A line's runs as ink at `left`, with their baseline at `baseline`, and the lines that
/// strike or underline them.
fn line_ink(line: Line, left: f32, baseline: f32) -> Vec<Ink> {
    let mut ink = Vec::new();
    for (x, run) in line.runs {
        let (x, w, size) = (left + x, run.width, run.size);
        let grey = if run.style.muted { 90 } else { 0 };
        if run.style.strike {
            let y = baseline - size * 0.3;
            ink.push(rule(x, y, w, grey));
        }
        if run.style.underline || run.style.link.is_some() {
            let y = baseline + size * 0.15;
            ink.push(rule(
                x,
                y,
                w,
                if run.style.link.is_some() { 150 } else { grey },
            ));
        }
        ink.push(Ink::Text {
            x,
            y: baseline,
            run,
        });
    }
    ink
}

fn rule(x: f32, y: f32, w: f32, grey: u8) -> Ink {
    Ink::Line {
        x1: x,
        y1: y,
        x2: x + w,
        y2: y,
        width: 0.6,
        grey,
    }
}

/// The room the boxes kept with box `i` need on its page: a heading takes along the caption,
/// table header and first row after it, not just the caption (each at most a third of a
/// page, so a long one can still break).
fn kept_with(boxes: &[Bx], i: usize, height: f32) -> f32 {
    let mut room = 0.0;
    let mut at = i;
    while boxes[at].keep_next {
        let Some(next) = boxes.get(at + 1) else {
            break;
        };
        room += next.before + next.height.min(height / 3.0);
        at += 1;
    }
    room
}

/// Places boxes on pages of text area `height`, with the margin added.
fn paginate(boxes: Vec<Bx>, height: f32, margin: f32) -> Laid {
    let mut laid = Laid {
        pages: vec![Vec::new()],
        marks: Vec::new(),
    };
    let mut y = 0.0f32;
    let mut empty = true;
    for (i, bx) in boxes.iter().enumerate() {
        let before = if empty { 0.0 } else { bx.before };
        let next = kept_with(&boxes, i, height);
        let full = y + before + bx.height + next > height;
        if !empty && (bx.break_before || full) {
            laid.pages.push(Vec::new());
            y = 0.0;
            empty = true;
            if let Some(header) = bx.header.as_deref().filter(|_| !bx.break_before) {
                place(&mut laid, header, y, margin);
                y += header.height;
            }
        }
        y += if empty { 0.0 } else { bx.before };
        if let Some((level, title)) = &bx.mark {
            laid.marks.push(Mark {
                page: laid.pages.len() - 1,
                y: margin + y,
                level: *level,
                title: title.clone(),
            });
        }
        place(&mut laid, bx, y, margin);
        y += bx.height;
        empty = false;
    }
    laid
}

fn place(laid: &mut Laid, bx: &Bx, y: f32, margin: f32) {
    let page = laid.pages.last_mut().expect("a page");
    page.extend(bx.ink.iter().cloned().map(|i| i.moved(margin, margin + y)));
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A box `height` tall whose ink is a line of grey `id`, to find it on the pages.
    fn bx(id: u8, height: f32, keep_next: bool) -> Bx {
        let line = Ink::Line {
            x1: 0.0,
            y1: 0.0,
            x2: 1.0,
            y2: 0.0,
            width: 1.0,
            grey: id,
        };
        Bx {
            height,
            keep_next,
            ink: vec![line],
            ..Bx::default()
        }
    }

    fn ids(page: &[Ink]) -> Vec<u8> {
        page.iter()
            .map(|ink| match ink {
                Ink::Line { grey, .. } => *grey,
                _ => 0,
            })
            .collect()
    }

    #[test]
    fn a_heading_goes_to_the_next_page_with_the_caption_header_and_row_it_keeps() {
        // Text (1), then a heading (2), a caption (3) and a table header (4) kept with the
        // first row (5): the page has room for the heading and caption, not the rest.
        let boxes = vec![
            bx(1, 60.0, false),
            bx(2, 20.0, true),
            bx(3, 15.0, true),
            bx(4, 15.0, true),
            bx(5, 30.0, false),
        ];
        assert_eq!(kept_with(&boxes, 1, 300.0), 60.0);
        let laid = paginate(boxes, 120.0, 0.0);
        let pages: Vec<Vec<u8>> = laid.pages.iter().map(|p| ids(p)).collect();
        assert_eq!(pages, [vec![1], vec![2, 3, 4, 5]]);
    }
}
