//! Setting text: the face for each character (with fallback), shaping, line breaking
//! (UAX #14) and the visual order of each line (UAX #9).

use super::html::{Inline, Style};
use crate::fonts::{Fonts, shows_ink};
use krilla::text::{GlyphId, KrillaGlyph};
use std::ops::Range;
use unicode_bidi::{BidiInfo, Level};
use unicode_linebreak::BreakOpportunity;
use unicode_segmentation::UnicodeSegmentation;

/// A line break in [`Inline`] text (`<br>`, and the line of a cell's description).
pub const LINE_BREAK: char = '\u{2028}';

/// Shaped text in one face, size and style, in visual order.
#[derive(Debug, Clone)]
pub struct Run {
    /// The face, an index into [`Fonts::faces`].
    pub face: usize,
    /// The size in points.
    pub size: f32,
    /// The glyphs, each with the range of [`Run::text`] it shows.
    pub glyphs: Vec<KrillaGlyph>,
    /// The text the glyphs show (for copying and search).
    pub text: String,
    /// Its advance in points.
    pub width: f32,
    /// The style it is set in.
    pub style: Style,
}

/// One line of a paragraph: runs with their offsets from the line's start edge (left).
#[derive(Debug, Clone)]
pub struct Line {
    /// Runs, left to right, with their x offsets.
    pub runs: Vec<(f32, Run)>,
    /// The width of the ink.
    pub width: f32,
}

/// Sets text in the faces of a document, for one locale.
pub struct Setter<'a> {
    fonts: &'a Fonts,
    shapers: Vec<Option<rustybuzz::Face<'a>>>,
    /// Face indices in the order they are tried.
    order: Vec<usize>,
    /// Characters no face shows, in order, each once.
    pub missing: Vec<char>,
    /// Shaping plans by face, direction and script: making one reads the font's layout
    /// tables, which took a quarter of the time of a record when done for every word.
    plans: std::cell::RefCell<Plans>,
}

type Plans = std::collections::HashMap<
    (usize, bool, Option<rustybuzz::Script>),
    std::rc::Rc<rustybuzz::ShapePlan>,
>;

/// A piece of a paragraph in one face, style and direction, between two break
/// opportunities: the unit of line breaking.
#[derive(Debug, Clone)]
struct Item {
    range: Range<usize>,
    face: usize,
    style: usize,
    level: Level,
    space: bool,
    /// A line may end after it.
    break_after: bool,
    /// A line must end after it.
    forced: bool,
}

/// A paragraph's text in one string, with the style of each span.
struct Para<'s> {
    text: String,
    styles: Vec<&'s Style>,
    /// Per byte of `text`: its style's index.
    style_at: Vec<usize>,
}

impl<'a> Setter<'a> {
    /// A setter for `fonts` in `locale`: Chinese, Japanese and Korean text prefers the
    /// locale's own forms of the characters where a collection offers them.
    pub fn new(fonts: &'a Fonts, locale: &str) -> Setter<'a> {
        let shapers: Vec<_> = fonts.faces.iter().map(|f| f.shaper()).collect();
        let region = han_region(locale);
        let rank = |i: usize| {
            let han = shapers[i]
                .as_ref()
                .is_some_and(|f| f.glyph_index('中').is_some());
            match (han, region) {
                (false, _) => 0,
                (true, Some(r)) if fonts.faces[i].family.ends_with(r) => 1,
                (true, _) => 2,
            }
        };
        let mut order: Vec<usize> = (0..fonts.faces.len()).collect();
        order.sort_by_key(|i| rank(*i));
        Setter {
            fonts,
            shapers,
            order,
            missing: Vec::new(),
            plans: Default::default(),
        }
    }

    fn covers(&self, face: usize, c: char) -> bool {
        self.shapers[face]
            .as_ref()
            .is_some_and(|f| f.glyph_index(c).is_some())
    }

    /// The face for `c` in `style`: the previous character's if it shows `c` in the same
    /// weight, else the first face of the right weight and kind that shows it, else any.
    fn face_for(&mut self, c: char, style: &Style, previous: Option<usize>) -> usize {
        let faces = &self.fonts.faces;
        if !shows_ink(c) {
            return previous.unwrap_or_else(|| self.order.first().copied().unwrap_or(0));
        }
        if let Some(p) = previous.filter(|p| {
            self.covers(*p, c) && faces[*p].bold == style.bold && faces[*p].mono == style.mono
        }) {
            return p;
        }
        let fits = [
            |f: &crate::fonts::Face, s: &Style| f.bold == s.bold && f.mono == s.mono,
            |f: &crate::fonts::Face, s: &Style| f.bold == s.bold && !f.mono,
            |f: &crate::fonts::Face, _: &Style| !f.mono,
            |_: &crate::fonts::Face, _: &Style| true,
        ];
        for fit in fits {
            let found = self
                .order
                .iter()
                .copied()
                .find(|i| fit(&faces[*i], style) && self.covers(*i, c));
            if let Some(i) = found {
                return i;
            }
        }
        if !self.missing.contains(&c) {
            self.missing.push(c);
        }
        previous.unwrap_or_else(|| self.order.first().copied().unwrap_or(0))
    }

    /// Shapes `text` in `face`, right to left when `rtl`.
    fn shape(&self, face: usize, text: &str, rtl: bool, size: f32, style: &Style) -> Run {
        let mut glyphs = Vec::new();
        let mut width = 0.0;
        if let Some(shaper) = &self.shapers[face] {
            let mut buffer = rustybuzz::UnicodeBuffer::new();
            buffer.push_str(text);
            buffer.guess_segment_properties();
            buffer.set_direction(if rtl {
                rustybuzz::Direction::RightToLeft
            } else {
                rustybuzz::Direction::LeftToRight
            });
            let script = Some(buffer.script());
            let plan = std::rc::Rc::clone(
                self.plans
                    .borrow_mut()
                    .entry((face, rtl, script))
                    .or_insert_with(|| {
                        let direction = buffer.direction();
                        let plan = rustybuzz::ShapePlan::new(shaper, direction, script, None, &[]);
                        std::rc::Rc::new(plan)
                    }),
            );
            let shaped = rustybuzz::shape_with_plan(shaper, &plan, buffer);
            let em = shaper.units_per_em() as f32;
            let mut starts: Vec<usize> = shaped
                .glyph_infos()
                .iter()
                .map(|i| i.cluster as usize)
                .collect();
            starts.sort_unstable();
            starts.dedup();
            for (info, pos) in shaped.glyph_infos().iter().zip(shaped.glyph_positions()) {
                let start = info.cluster as usize;
                let end = starts
                    .iter()
                    .find(|s| **s > start)
                    .copied()
                    .unwrap_or(text.len());
                let glyph = KrillaGlyph::new(
                    GlyphId::new(info.glyph_id),
                    pos.x_advance as f32 / em,
                    pos.x_offset as f32 / em,
                    pos.y_offset as f32 / em,
                    pos.y_advance as f32 / em,
                    start..end,
                    None,
                );
                width += glyph.x_advance * size;
                glyphs.push(glyph);
            }
        }
        Run {
            face,
            size,
            glyphs,
            text: text.to_string(),
            width,
            style: style.clone(),
        }
    }

    /// Breaks `text` into lines no wider than `width`, each in visual order; `rtl` is the
    /// paragraph's direction. Stops after `most` lines.
    pub fn lines(
        &mut self,
        text: &Inline,
        size: f32,
        width: f32,
        rtl: bool,
        most: usize,
    ) -> Vec<Line> {
        let para = Para::new(text);
        if para.text.is_empty() {
            return Vec::new();
        }
        let base = if rtl { Level::rtl() } else { Level::ltr() };
        let bidi = BidiInfo::new(&para.text, Some(base));
        let items = self.items(&para, &bidi.levels);
        let mut lines = Vec::new();
        let mut line: Vec<(Item, Run)> = Vec::new();
        let mut at = 0;
        while at < items.len() && lines.len() < most {
            // The items up to the next break opportunity, shaped.
            let end = (at..items.len())
                .find(|i| items[*i].break_after)
                .map_or(items.len(), |i| i + 1);
            let word: Vec<(Item, Run)> = items[at..end]
                .iter()
                .map(|item| (item.clone(), self.run_of(&para, item, size)))
                .collect();
            let ink: f32 = word
                .iter()
                .filter(|(item, _)| !item.space)
                .map(|(_, run)| run.width)
                .sum();
            let used: f32 = line.iter().map(|(_, r)| r.width).sum();
            if !line.is_empty() && used + ink > width {
                lines.push(self.finish(std::mem::take(&mut line), width, rtl));
            }
            if line.is_empty() && ink > width {
                // A word wider than the line (a long identifier or address): broken
                // between its characters.
                for (item, run) in self.split(&para, &items[at..end], size) {
                    let used: f32 = line.iter().map(|(_, r)| r.width).sum();
                    if !line.is_empty() && !item.space && used + run.width > width {
                        lines.push(self.finish(std::mem::take(&mut line), width, rtl));
                    }
                    line.push((item, run));
                }
            } else {
                line.extend(word);
            }
            if items[end - 1].forced {
                lines.push(self.finish(std::mem::take(&mut line), width, rtl));
            }
            at = end;
        }
        if !line.is_empty() && lines.len() < most {
            lines.push(self.finish(line, width, rtl));
        }
        lines
    }

    /// The widest word and the whole text on one line, in points: what a table column
    /// needs at least and at most.
    pub fn measure(&mut self, text: &Inline, size: f32) -> (f32, f32) {
        let para = Para::new(text);
        if para.text.is_empty() {
            return (0.0, 0.0);
        }
        let bidi = BidiInfo::new(&para.text, None);
        let items = self.items(&para, &bidi.levels);
        let (mut word, mut widest, mut line, mut longest) = (0.0f32, 0.0f32, 0.0f32, 0.0f32);
        for item in &items {
            let w = self.run_of(&para, item, size).width;
            if !item.space {
                word += w;
            }
            line += w;
            if item.break_after {
                widest = widest.max(word);
                word = 0.0;
            }
            if item.forced {
                longest = longest.max(line);
                line = 0.0;
            }
        }
        (widest.max(word), longest.max(line))
    }

    fn run_of(&self, para: &Para, item: &Item, size: f32) -> Run {
        // Bidi controls have done their work in the levels (UAX #9, rule X9); drawn, they
        // would end up in the PDF's text layer and in every copied passage.
        let text: String = para.text[item.range.clone()]
            .chars()
            .filter(|c| !is_bidi_control(*c))
            .collect();
        let style = para.styles[item.style];
        self.shape(item.face, &text, item.level.is_rtl(), size, style)
    }

    /// The paragraph in items: a new one wherever the face, style, direction or being
    /// a space changes, and at each break opportunity.
    fn items(&mut self, para: &Para, levels: &[Level]) -> Vec<Item> {
        // Break opportunities come in order, as the characters do.
        let mut breaks = unicode_linebreak::linebreaks(&para.text).peekable();
        let mut items: Vec<Item> = Vec::new();
        let mut previous = None;
        for (at, c) in para.text.char_indices() {
            let style = para.style_at[at];
            let face = self.face_for(c, para.styles[style], previous);
            previous = Some(face);
            let space = c == ' ' || c == LINE_BREAK;
            let end = at + c.len_utf8();
            let continues = items.last().is_some_and(|last: &Item| {
                last.range.end == at
                    && !last.break_after
                    && last.face == face
                    && last.style == style
                    && last.level == levels[at]
                    && last.space == space
            });
            if continues {
                let last = items.last_mut().expect("checked");
                last.range.end = end;
            } else {
                items.push(Item {
                    range: at..end,
                    face,
                    style,
                    level: levels[at],
                    space,
                    break_after: false,
                    forced: false,
                });
            }
            while breaks.next_if(|(at, _)| *at < end).is_some() {}
            if let Some((_, kind)) = breaks.next_if(|(at, _)| *at == end) {
                let last = items.last_mut().expect("pushed");
                last.break_after = true;
                let forced = kind == BreakOpportunity::Mandatory;
                last.forced = forced && end < para.text.len() || c == LINE_BREAK;
            }
        }
        items
    }

    /// `items` split between grapheme clusters, each shaped on its own.
    fn split(&self, para: &Para, items: &[Item], size: f32) -> Vec<(Item, Run)> {
        let mut pieces = Vec::new();
        for item in items {
            let text = &para.text[item.range.clone()];
            for (offset, g) in text.grapheme_indices(true) {
                let start = item.range.start + offset;
                let piece = Item {
                    range: start..start + g.len(),
                    break_after: true,
                    forced: false,
                    ..item.clone()
                };
                let run = self.run_of(para, &piece, size);
                pieces.push((piece, run));
            }
        }
        pieces
    }

    /// A line's items without trailing spaces, in visual order (UAX #9, rule L2), with
    /// their offsets; aligned to the start edge of the paragraph's direction.
    fn finish(&self, mut line: Vec<(Item, Run)>, width: f32, rtl: bool) -> Line {
        while line.last().is_some_and(|(i, _)| i.space) {
            line.pop();
        }
        let highest = line
            .iter()
            .map(|(i, _)| i.level.number())
            .max()
            .unwrap_or(0);
        let lowest_odd = line
            .iter()
            .map(|(i, _)| i.level.number())
            .filter(|l| l % 2 == 1)
            .min()
            .unwrap_or(highest + 1);
        let mut level = highest;
        while level >= lowest_odd && level > 0 {
            let mut i = 0;
            while i < line.len() {
                if line[i].0.level.number() >= level {
                    let start = i;
                    while i < line.len() && line[i].0.level.number() >= level {
                        i += 1;
                    }
                    line[start..i].reverse();
                } else {
                    i += 1;
                }
            }
            level -= 1;
        }
        let ink: f32 = line.iter().map(|(_, r)| r.width).sum();
        let mut x = if rtl { (width - ink).max(0.0) } else { 0.0 };
        let mut runs = Vec::new();
        for (_, run) in line {
            let w = run.width;
            runs.push((x, run));
            x += w;
        }
        Line { runs, width: ink }
    }
}

impl<'s> Para<'s> {
    /// The spans' text with white space collapsed as HTML does, and each run of text in a
    /// direction of its own between isolates (U+2066 to U+2069).
    fn new(inline: &'s Inline) -> Para<'s> {
        let mut para = Para {
            text: String::new(),
            styles: Vec::new(),
            style_at: Vec::new(),
        };
        let mut dir: Option<bool> = None;
        for span in &inline.0 {
            let style = para.styles.len();
            para.styles.push(&span.style);
            if span.style.rtl != dir {
                if dir.is_some() {
                    para.push('\u{2069}', style);
                }
                if let Some(rtl) = span.style.rtl {
                    para.push(if rtl { '\u{2067}' } else { '\u{2066}' }, style);
                }
                dir = span.style.rtl;
            }
            for c in span.text.chars() {
                let c = if c.is_whitespace() && c != LINE_BREAK && c != '\u{00A0}' {
                    ' '
                } else {
                    c
                };
                let after_space = para.text.is_empty() || para.text.ends_with([' ', LINE_BREAK]);
                if c == ' ' && after_space {
                    continue;
                }
                if c == LINE_BREAK && para.text.ends_with(' ') {
                    para.text.pop();
                    para.style_at.pop();
                }
                para.push(c, style);
            }
        }
        if dir.is_some() {
            let last = para.styles.len().saturating_sub(1);
            para.push('\u{2069}', last);
        }
        while para.text.ends_with([' ', LINE_BREAK]) {
            para.text.pop();
            para.style_at.pop();
        }
        para
    }

    fn push(&mut self, c: char, style: usize) {
        self.text.push(c);
        for _ in 0..c.len_utf8() {
            self.style_at.push(style);
        }
    }
}

/// The region whose forms of Han characters `locale` reads, as Noto's CJK collections name
/// their faces (`Noto Sans CJK TC`).
fn han_region(locale: &str) -> Option<&'static str> {
    let lower = locale.to_ascii_lowercase();
    let region = if lower.starts_with("zh") {
        if lower.contains("hk") || lower.contains("mo") {
            "HK"
        } else if lower.contains("hant") || lower.contains("tw") {
            "TC"
        } else {
            "SC"
        }
    } else if lower.starts_with("ja") {
        "JP"
    } else if lower.starts_with("ko") {
        "KR"
    } else {
        return None;
    };
    Some(region)
}

/// The marks, embeddings and isolates of UAX #9 (Table 1).
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::pdf::html::Span;

    fn inline(parts: &[(&str, Option<bool>)]) -> Inline {
        Inline(
            parts
                .iter()
                .map(|(t, rtl)| Span {
                    text: t.to_string(),
                    style: Style {
                        rtl: *rtl,
                        ..Style::default()
                    },
                })
                .collect(),
        )
    }

    #[test]
    fn white_space_collapses_and_directions_are_isolated() {
        let text = inline(&[
            ("  a \n  b ", None),
            ("c", Some(true)),
            (" d\u{2028} e  ", None),
        ]);
        let para = Para::new(&text);
        assert_eq!(para.text, "a b \u{2067}c\u{2069} d\u{2028}e");
        assert_eq!(para.style_at.len(), para.text.len());
    }

    #[test]
    fn han_forms_follow_the_locale() {
        assert_eq!(han_region("zh-Hant"), Some("TC"));
        assert_eq!(han_region("zh-Hant-HK"), Some("HK"));
        assert_eq!(han_region("zh-Hans"), Some("SC"));
        assert_eq!(han_region("ja"), Some("JP"));
        assert_eq!(han_region("fr"), None);
    }
}
