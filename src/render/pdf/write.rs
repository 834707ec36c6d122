//! Writes laid-out pages as a PDF with krilla: fonts subset and embedded with their
//! ToUnicode maps (so text can be copied, searched and extracted), links, bookmarks, and
//! metadata. krilla's bytes depend only on what it is given: no clock, no random IDs.

use super::layout::{Ink, Laid, Mark};
use super::text::Setter;
use crate::fonts::Fonts;
use krilla::Document;
use krilla::action::{Action, LinkAction};
use krilla::annotation::{LinkAnnotation, Target};
use krilla::color::luma;
use krilla::destination::XyzDestination;
use krilla::geom::{PathBuilder, Point, Rect, Transform};
use krilla::metadata::{DateTime, Metadata};
use krilla::outline::{Outline, OutlineNode};
use krilla::page::PageSettings;
use krilla::paint::{Fill, Stroke};

/// What a PDF says about itself.
pub struct Info {
    pub title: String,
    pub language: String,
    /// The date it records (a version's release), as its creation date.
    pub date: Option<crate::content::date::Date>,
}

/// The PDF of `laid` on pages `width` × `height`.
pub fn write(
    laid: Laid,
    setter: &mut Setter,
    fonts: &Fonts,
    page: &super::layout::Page,
    info: &Info,
    footer: &dyn Fn(usize, usize) -> String,
) -> Result<Vec<u8>, String> {
    let mut doc = Document::new();
    let total = laid.pages.len();
    for (n, ink) in laid.pages.into_iter().enumerate() {
        let settings = PageSettings::from_wh(page.width, page.height).ok_or("bad page size")?;
        let mut pdf_page = doc.start_page_with(settings);
        let mut links = Vec::new();
        {
            let mut surface = pdf_page.surface();
            let footer = footer_ink(setter, page, &footer(n + 1, total));
            for item in ink.iter().chain(&footer) {
                draw(&mut surface, item, fonts, &mut links);
            }
        }
        for (rect, url) in links {
            let target = Target::Action(Action::Link(LinkAction::new(url)));
            pdf_page.add_annotation(LinkAnnotation::new(rect, target).into());
        }
    }
    doc.set_outline(outline(&laid.marks));
    doc.set_metadata(metadata(info));
    doc.finish().map_err(|e| match e {
        krilla::error::KrillaError::Font(font, why) => {
            let face = fonts
                .faces
                .iter()
                .find(|f| f.embedded().as_ref() == Some(&font));
            let name = face.map_or("a font", |f| f.label.as_str());
            format!("the font `{name}` cannot be embedded ({why}); list another in `pdf.fonts`")
        }
        other => format!("{other:?}"),
    })
}

/// The footer line, centred in the bottom margin.
fn footer_ink(setter: &mut Setter, page: &super::layout::Page, text: &str) -> Vec<Ink> {
    let inline = super::html::Inline(vec![super::html::Span {
        text: text.to_string(),
        style: super::html::Style {
            muted: true,
            ..Default::default()
        },
    }]);
    let width = page.width - 2.0 * page.margin;
    let lines = setter.lines(&inline, 8.0, width, page.rtl, usize::MAX);
    let Some(line) = lines.into_iter().next() else {
        return Vec::new();
    };
    // Centred whatever the direction: the runs from where the first one starts.
    let start = line.runs.first().map_or(0.0, |(x, _)| *x);
    let left = page.margin + (width - line.width) / 2.0 - start;
    let y = page.height - page.margin * 0.6;
    line.runs
        .into_iter()
        .map(|(x, run)| Ink::Text {
            x: left + x,
            y,
            run,
        })
        .collect()
}

/// Whether text in `text`'s script is set slanted for emphasis: not right-to-left scripts
/// nor Chinese, Japanese and Korean, which have no italics.
fn slants(text: &str) -> bool {
    !text.chars().any(|c| {
        matches!(
            unicode_bidi::bidi_class(c),
            unicode_bidi::BidiClass::R | unicode_bidi::BidiClass::AL
        ) || matches!(c, '\u{2E80}'..='\u{9FFF}' | '\u{AC00}'..='\u{D7AF}' | '\u{F900}'..='\u{FAFF}' | '\u{FF00}'..='\u{FFEF}')
    })
}

fn draw(
    surface: &mut krilla::surface::Surface,
    ink: &Ink,
    fonts: &Fonts,
    links: &mut Vec<(Rect, String)>,
) {
    match ink {
        Ink::Text { x, y, run } => {
            let Some(font) = fonts.faces.get(run.face).and_then(|f| f.embedded()) else {
                return;
            };
            let grey = if run.style.muted { 90 } else { 0 };
            surface.set_fill(Some(fill(grey)));
            // Emphasis is slanted about the baseline (the fonts have no italic faces),
            // in scripts that have italics: not in Chinese, Japanese, Korean or Arabic.
            let slant = run.style.italic && slants(&run.text);
            if slant {
                let k = 0.2;
                surface.push_transform(&Transform::from_row(1.0, 0.0, -k, 1.0, k * y, 0.0));
            }
            surface.draw_glyphs(
                Point::from_xy(*x, *y),
                &run.glyphs,
                font,
                &run.text,
                run.size,
                false,
            );
            if slant {
                surface.pop();
            }
            if let Some(url) = &run.style.link {
                let top = y - run.size;
                if let Some(rect) = Rect::from_xywh(*x, top, run.width.max(1.0), run.size * 1.3) {
                    links.push((rect, url.clone()));
                }
            }
        }
        Ink::Line {
            x1,
            y1,
            x2,
            y2,
            width,
            grey,
        } => {
            let mut path = PathBuilder::new();
            path.move_to(*x1, *y1);
            path.line_to(*x2, *y2);
            let Some(path) = path.finish() else {
                return;
            };
            surface.set_fill(None);
            surface.set_stroke(Some(Stroke {
                paint: luma::Color::new(*grey).into(),
                width: *width,
                ..Stroke::default()
            }));
            surface.draw_path(&path);
            surface.set_stroke(None);
        }
        Ink::Fill { x, y, w, h, grey } => {
            let mut path = PathBuilder::new();
            if let Some(rect) = Rect::from_xywh(*x, *y, *w, *h) {
                path.push_rect(rect);
            }
            let Some(path) = path.finish() else {
                return;
            };
            surface.set_fill(Some(fill(*grey)));
            surface.draw_path(&path);
        }
    }
}

fn fill(grey: u8) -> Fill {
    Fill {
        paint: luma::Color::new(grey).into(),
        ..Fill::default()
    }
}

/// Bookmarks: level-2 headings, with the level-3 headings under each.
fn outline(marks: &[Mark]) -> Outline {
    let mut outline = Outline::new();
    let mut current: Option<OutlineNode> = None;
    for mark in marks {
        let node = OutlineNode::new(
            mark.title.trim().to_string(),
            XyzDestination::new(mark.page, Point::from_xy(0.0, mark.y)),
        );
        match (mark.level, current.as_mut()) {
            (3, Some(parent)) => parent.push_child(node),
            _ => {
                if let Some(done) = current.replace(node) {
                    outline.push_child(done);
                }
            }
        }
    }
    if let Some(done) = current {
        outline.push_child(done);
    }
    outline
}

fn metadata(info: &Info) -> Metadata {
    let mut metadata = Metadata::new()
        .title(info.title.clone())
        .language(info.language.clone())
        .creator("Clause".to_string())
        .producer(format!("Clause {}", env!("CARGO_PKG_VERSION")));
    if let Some(date) = info.date {
        metadata = metadata.creation_date(
            DateTime::new(date.year() as u16)
                .month(date.month())
                .day(date.day()),
        );
    }
    metadata
}

#[cfg(test)]
mod tests {
    use super::slants;

    #[test]
    fn only_scripts_with_italics_are_slanted() {
        assert!(slants("Settings → Privacy"));
        assert!(slants("Réglages"));
        assert!(!slants("設定"));
        assert!(!slants("الإعدادات"));
        assert!(!slants("설정"));
    }
}
