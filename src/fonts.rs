//! Fonts for PDF records: the files `pdf.fonts` lists, or else well-known fonts of the
//! system. Loaded with the site, so that rendering never reads a file; their hash goes into
//! the build's inputs, so a PDF is reused only while its fonts are the same.

use crate::config::PdfConfig;
use crate::diagnostics::Diagnostic;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// The fonts PDF records are set in, in the order they are tried for each character.
#[derive(Debug, Default)]
pub struct Fonts {
    /// Every face, in order of preference.
    pub faces: Vec<Face>,
    /// The SHA-256 of every face's file and index, in order.
    pub hash: String,
}

/// One face of a font file (a collection such as `NotoSansCJK-Regular.ttc` has several).
#[derive(Debug, Clone)]
pub struct Face {
    /// The file (site-relative where it is in the site) and, in a collection, the index.
    pub label: String,
    /// The family name the font gives itself.
    pub family: String,
    /// The whole file, shared by the faces of a collection.
    pub data: Arc<Vec<u8>>,
    /// The face's index in its file.
    pub index: u32,
    /// Whether it is a bold face.
    pub bold: bool,
    /// Whether every glyph has the same advance (for identifiers and code).
    pub mono: bool,
    /// The face as the PDF writer embeds it, made once: it hashes the whole file.
    embedded: std::sync::OnceLock<Option<krilla::text::Font>>,
}

impl Face {
    /// The face, parsed for shaping and glyph lookup.
    pub fn shaper(&self) -> Option<rustybuzz::Face<'_>> {
        rustybuzz::Face::from_slice(&self.data, self.index)
    }

    /// The face for the PDF writer.
    pub fn embedded(&self) -> Option<krilla::text::Font> {
        let make = || krilla::text::Font::new(self.data.clone().into(), self.index);
        self.embedded.get_or_init(make).clone()
    }

    /// Whether the PDF writer can embed the face: a one-glyph document is made and thrown
    /// away, so that a font with broken tables fails at load, where it is listed, and not
    /// in every record.
    pub fn embeds(&self) -> Result<(), String> {
        use krilla::text::{GlyphId, KrillaGlyph};
        let font = self.embedded().ok_or("the PDF writer cannot read it")?;
        let mut doc = krilla::Document::new();
        let settings = krilla::page::PageSettings::from_wh(100.0, 100.0).ok_or("page size")?;
        let mut page = doc.start_page_with(settings);
        let mut surface = page.surface();
        let glyph = KrillaGlyph::new(GlyphId::new(1), 0.5, 0.0, 0.0, 0.0, 0..1, None);
        let at = krilla::geom::Point::from_xy(10.0, 50.0);
        surface.draw_glyphs(at, &[glyph], font, "a", 10.0, false);
        surface.finish();
        page.finish();
        doc.finish().map(|_| ()).map_err(|e| match e {
            krilla::error::KrillaError::Font(_, why) => why,
            other => format!("{other:?}"),
        })
    }
}

/// Well-known font files, by file name, in order of preference: what is looked up in the
/// system's font folders when `pdf.fonts` lists none. Latin, Greek and Cyrillic first
/// (DejaVu Sans also covers Arabic and Hebrew), then the scripts they lack.
const SYSTEM_FONTS: &[&str] = &[
    "NotoSans-Regular.ttf",
    "NotoSans-Bold.ttf",
    "DejaVuSans.ttf",
    "DejaVuSans-Bold.ttf",
    "DejaVuSansMono.ttf",
    "LiberationSans-Regular.ttf",
    "LiberationSans-Bold.ttf",
    "LiberationMono-Regular.ttf",
    "arial.ttf",
    "arialbd.ttf",
    "consola.ttf",
    "NotoNaskhArabic-Regular.ttf",
    "NotoNaskhArabic-Bold.ttf",
    "NotoSansArabic-Regular.ttf",
    "NotoSansHebrew-Regular.ttf",
    "NotoSansThai-Regular.ttf",
    "NotoSansDevanagari-Regular.ttf",
    "NotoSansCJK-Regular.ttc",
    "NotoSansCJK-Bold.ttc",
    "NotoSansCJKtc-Regular.otf",
    "NotoSansCJKsc-Regular.otf",
    "NotoSansCJKjp-Regular.otf",
    "NotoSansCJKkr-Regular.otf",
    "wqy-microhei.ttc",
    "wqy-zenhei.ttc",
    "msjh.ttc",
    "msyh.ttc",
    "YuGothR.ttc",
    "malgun.ttf",
];

/// The system's font folders.
fn system_folders() -> Vec<PathBuf> {
    let mut folders: Vec<PathBuf> = [
        "/usr/share/fonts",
        "/usr/local/share/fonts",
        "/Library/Fonts",
        "/System/Library/Fonts",
        "C:\\Windows\\Fonts",
    ]
    .iter()
    .map(PathBuf::from)
    .collect();
    if let Some(home) = std::env::var_os("HOME") {
        let home = PathBuf::from(home);
        folders.push(home.join(".local/share/fonts"));
        folders.push(home.join(".fonts"));
        folders.push(home.join("Library/Fonts"));
    }
    folders
}

/// The most files looked at in the system's font folders: a bound on the search.
const MOST_SYSTEM_FILES: usize = 50_000;

/// Loads the fonts of `config`: the files it lists (errors name the line in clause.yaml),
/// or the well-known ones found in the system's folders.
pub fn load(root: &Path, config: &PdfConfig) -> Result<Fonts, Vec<Diagnostic>> {
    let mut fonts = Fonts::default();
    let mut problems = Vec::new();
    if config.fonts.is_empty() {
        for path in find_system_fonts(&system_folders()) {
            // A system font that cannot be read is left out, as if it were not there.
            if let Ok(bytes) = std::fs::read(&path) {
                fonts.add(&path.display().to_string(), bytes);
            }
        }
    }
    for (name, pos) in &config.fonts {
        let at = |message: String| {
            Diagnostic::at(crate::config::CONFIG_FILE, *pos, message).found(format!("`{name}`"))
        };
        let first = fonts.faces.len();
        match std::fs::read(root.join(name)).map(|bytes| fonts.add(name, bytes)) {
            Ok(0) => problems.push(
                at("this file is not a font Clause can use".into())
                    .expected("a TrueType or OpenType font (.ttf, .otf, .ttc)"),
            ),
            Ok(_) => {
                // The faces of a collection share their outlines: the first speaks for all.
                if let Some(Err(why)) = fonts.faces.get(first).map(Face::embeds) {
                    problems.push(
                        at(format!("this font cannot be embedded in a PDF: {why}"))
                            .expected("a well-formed TrueType or OpenType font"),
                    );
                }
            }
            Err(e) => problems.push(
                at(format!("cannot read this font file: {e}"))
                    .expected("a font file, relative to the site folder"),
            ),
        }
    }
    if problems.is_empty() {
        Ok(fonts)
    } else {
        Err(problems)
    }
}

/// The first file of each well-known name found in `folders`, in [`SYSTEM_FONTS`] order.
fn find_system_fonts(folders: &[PathBuf]) -> Vec<PathBuf> {
    let mut found: BTreeMap<&str, PathBuf> = BTreeMap::new();
    let files = folders
        .iter()
        .filter(|f| f.is_dir())
        .flat_map(|f| walkdir::WalkDir::new(f).sort_by_file_name().into_iter())
        .filter_map(Result::ok)
        .take(MOST_SYSTEM_FILES);
    for entry in files {
        let name = entry.file_name().to_string_lossy();
        if let Some(known) = SYSTEM_FONTS.iter().find(|k| k.eq_ignore_ascii_case(&name)) {
            found.entry(known).or_insert_with(|| entry.into_path());
        }
    }
    SYSTEM_FONTS
        .iter()
        .filter_map(|k| found.remove(k))
        .collect()
}

impl Fonts {
    /// Adds every face of a font file; returns how many it has.
    fn add(&mut self, label: &str, bytes: Vec<u8>) -> usize {
        let data = Arc::new(bytes);
        let count = rustybuzz::ttf_parser::fonts_in_collection(&data).unwrap_or(1);
        let mut added = 0;
        for index in 0..count {
            let Ok(face) = rustybuzz::ttf_parser::Face::parse(&data, index) else {
                continue;
            };
            let label = if count > 1 {
                format!("{label}#{index}")
            } else {
                label.to_string()
            };
            self.faces.push(Face {
                family: family(&face).unwrap_or_else(|| label.clone()),
                label,
                data: data.clone(),
                index,
                bold: face.is_bold(),
                mono: face.is_monospaced(),
                embedded: std::sync::OnceLock::new(),
            });
            added += 1;
        }
        let digest = crate::output::sha256_hex(&data);
        self.hash = crate::output::sha256_hex(format!("{}{digest}{count}", self.hash).as_bytes());
        added
    }

    /// The characters of `text` that no face shows, each once, in order.
    pub fn missing(&self, text: &str) -> Vec<char> {
        let shapers: Vec<_> = self.faces.iter().filter_map(Face::shaper).collect();
        let mut missing: Vec<char> = Vec::new();
        for c in text.chars().filter(|c| shows_ink(*c)) {
            if !missing.contains(&c) && !shapers.iter().any(|f| f.glyph_index(c).is_some()) {
                missing.push(c);
            }
        }
        missing
    }
}

/// Whether `c` needs a glyph: spaces, controls and format characters (the marks of
/// bidirectional text, joiners) are laid out without one.
pub fn shows_ink(c: char) -> bool {
    !(c.is_whitespace()
        || c.is_control()
        || matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}' | '\u{00AD}'))
}

/// The family name a face gives itself (typographic family first).
fn family(face: &rustybuzz::ttf_parser::Face) -> Option<String> {
    use rustybuzz::ttf_parser::name_id;
    let names = face.names();
    [name_id::TYPOGRAPHIC_FAMILY, name_id::FAMILY]
        .iter()
        .find_map(|id| {
            names
                .into_iter()
                .filter(|n| n.name_id == *id && n.is_unicode())
                .find_map(|n| n.to_string())
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spaces_and_bidi_marks_need_no_glyph() {
        for c in [' ', '\u{00A0}', '\n', '\u{200F}', '\u{2067}', '\u{00AD}'] {
            assert!(!shows_ink(c), "{c:?}");
        }
        for c in ['a', '隱', 'ع', '·'] {
            assert!(shows_ink(c), "{c:?}");
        }
    }

    #[test]
    fn a_file_that_is_not_a_font_adds_no_face() {
        let mut fonts = Fonts::default();
        assert_eq!(fonts.add("notes.txt", b"not a font".to_vec()), 0);
        assert!(fonts.faces.is_empty());
    }

    #[test]
    fn well_known_files_are_found_once_in_order_of_preference() {
        let dir = tempfile::tempdir().unwrap();
        let deep = dir.path().join("truetype/dejavu");
        std::fs::create_dir_all(&deep).unwrap();
        for name in ["DejaVuSans.ttf", "NotoSans-Regular.ttf", "Other.ttf"] {
            std::fs::write(deep.join(name), b"").unwrap();
        }
        std::fs::write(dir.path().join("DejaVuSans.ttf"), b"").unwrap();
        let found = find_system_fonts(&[dir.path().to_path_buf()]);
        let names: Vec<_> = found
            .iter()
            .map(|p| p.strip_prefix(dir.path()).unwrap().display().to_string())
            .collect();
        assert_eq!(
            names,
            ["truetype/dejavu/NotoSans-Regular.ttf", "DejaVuSans.ttf"]
        );
    }
}
