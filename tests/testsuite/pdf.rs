//! PDF records: a PDF of every released version and change notice, per locale, whose text
//! layer holds the policy's text (checked with poppler's `pdftotext`), in English, Chinese
//! and Arabic, with the version, dates, seal and sign-offs on the cover, the same bytes
//! from the same input, and a clear word for what is left out.

use crate::common::*;
#[cfg(unix)]
use std::path::Path;

/// Fonts on the system that the tests set their PDFs in: DejaVu (Latin, Arabic) and Noto
/// Sans CJK. `.ci/run` installs them (fonts-dejavu-core, fonts-noto-cjk).
#[cfg(unix)]
const FONTS: &[&str] = &[
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
];

/// Whether the fonts and `pdftotext` are here; where `.ci/run` sets
/// CLAUSE_REQUIRE_BROWSER, their absence fails the test instead.
#[cfg(unix)]
fn tools() -> bool {
    let pdftotext = std::process::Command::new("pdftotext")
        .arg("-v")
        .output()
        .is_ok();
    let ready = pdftotext && FONTS.iter().all(|f| Path::new(f).exists());
    if !ready {
        assert!(
            std::env::var_os("CLAUSE_REQUIRE_BROWSER").is_none(),
            "CLAUSE_REQUIRE_BROWSER is set but pdftotext or the fonts are missing"
        );
        eprintln!("skipped: needs pdftotext (poppler-utils), fonts-dejavu-core and fonts-noto-cjk");
    }
    ready
}

/// The i18n fixture (English, Chinese, Arabic, Norwegian) with PDFs on, set in `fonts`
/// (linked into the site's fonts/ folder), its first version released and signed off.
#[cfg(unix)]
fn released(fonts: &[&str]) -> SiteTest {
    let site = SiteTest::fixture("i18n");
    // The fixture's draft takes effect before the release date: the release gives its own.
    site.edit("content/app/policy.yaml", "  effective: 2025-07-01\n", "");
    std::fs::create_dir(site.path("fonts")).unwrap();
    let mut listed = Vec::new();
    for font in fonts {
        let name = Path::new(font).file_name().unwrap().to_str().unwrap();
        std::os::unix::fs::symlink(font, site.path(&format!("fonts/{name}"))).unwrap();
        listed.push(format!("fonts/{name}"));
    }
    let config = format!("pdf:\n  fonts: [{}]\n  paper: a4\n", listed.join(", "));
    let mut yaml = site.read("clause.yaml");
    yaml.push_str(&config);
    std::fs::write(site.path("clause.yaml"), yaml).unwrap();
    // The Arabic translation, completed.
    site.edit(
        "content/app/ar.yaml",
        "sections.intro.body: ~",
        "sections.intro.body: ينطبق هذا الإشعار على تطبيق Tally.\n\
         data_categories.one-day.name: رموز الدخول\n\
         data_categories.two-days.name: مسودات العدّ\n\
         data_categories.three-days.name: سجلات الأخطاء\n\
         data_categories.eleven-days.name: حدود الاستخدام\n\
         data_categories.hundred-days.name: الفواتير",
    );
    for locale in ["zh-Hant", "ar"] {
        site.run(&["confirm", "app", locale, "--by", "Li Wen"])
            .succeeds();
    }
    // Norwegian is not translated: its PDFs show the English text, marked.
    let sign_offs = ["--by", "Dana Reyes", "--approved-by", "legal=Sam Okafor"];
    site.release_first_with("app", &["no"], &sign_offs)
        .succeeds();
    site
}

/// The text layer of a PDF, with bidi marks dropped and white space collapsed.
#[cfg(unix)]
fn text_of(pdf: &Path) -> String {
    let out = std::process::Command::new("pdftotext")
        .args(["-enc", "UTF-8"])
        .arg(pdf)
        .arg("-")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    let kept: String = text
        .chars()
        .filter(|c| !matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}'))
        .collect();
    kept.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
#[cfg(unix)]
fn a_pdf_of_each_version_holds_its_text_in_english_chinese_and_arabic() {
    if !tools() {
        return;
    }
    let site = released(FONTS);
    site.run(&["build", "--date", "2026-12-02"]).succeeds();
    let seal = site.read("clause.lock");
    let hash = seal
        .split("\"hash\": \"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("a seal");

    let en = text_of(&site.path("public/pdf/en/app/1.pdf"));
    for expected in [
        "Privacy Notice",
        "Version 1 · Material change",
        "Released December 1, 2026",
        hash,
        "Released by Dana Reyes",
        "Signed off: legal (Sam Okafor)",
        "https://fixture.example/privacy/en/app/1/",
        "We keep little and delete it soon.",
        "Login codes",
        "Page 2 of",
    ] {
        assert!(en.contains(expected), "{expected:?} not in {en}");
    }
    let zh = text_of(&site.path("public/pdf/zh-Hant/app/1.pdf"));
    for expected in [
        "本聲明適用於 Tally 應用程式。",
        "每種資料都有各自的保存期間。",
        hash,
    ] {
        assert!(zh.contains(expected), "{expected:?} not in {zh}");
    }
    let ar = text_of(&site.path("public/pdf/ar/app/1.pdf"));
    // The address reads left to right, its final slash where it belongs, and the text
    // layer holds no bidi controls to copy along with it.
    for expected in [
        "إشعار الخصوصية",
        "لكل نوع من البيانات مدته الخاصة.",
        hash,
        " https://fixture.example/privacy/ar/app/1/ ",
    ] {
        assert!(ar.contains(expected), "{expected:?} not in {ar}");
    }
    assert!(!ar.contains(['\u{2066}', '\u{2067}', '\u{2069}']), "{ar}");
    // The change notice has its own record.
    let notice = text_of(&site.path("public/pdf/en/app/changes/1.pdf"));
    assert!(notice.contains("First."), "{notice}");

    // Linked from the history page and the JSON API.
    let history = site.read("public/en/app/history/index.html");
    assert!(
        history.contains("href=\"/privacy/pdf/en/app/1.pdf\""),
        "{history}"
    );
    let doc: serde_json::Value =
        serde_json::from_str(&site.read("public/api/v1/app/1/ar.json")).unwrap();
    assert_eq!(
        doc["urls"]["pdf"],
        "https://fixture.example/privacy/pdf/ar/app/1.pdf"
    );
}

#[test]
#[cfg(unix)]
fn the_same_input_makes_the_same_pdf_bytes() {
    if !tools() {
        return;
    }
    let site = released(FONTS);
    site.run(&["build", "--date", "2026-12-02"]).succeeds();
    let first = read_tree(&site.path("public/pdf"));
    // Another day, another output folder, no cache: the records do not change.
    let other = site.path("other");
    site.run(&[
        "build",
        "--date",
        "2027-03-01",
        "--output",
        other.to_str().unwrap(),
        "--fresh",
    ])
    .succeeds();
    assert_eq!(first, read_tree(&other.join("pdf")));
    assert_eq!(first.len(), 8, "{:?}", first.keys());
}

#[test]
#[cfg(unix)]
fn a_locale_no_font_shows_is_left_out_and_said() {
    if !tools() {
        return;
    }
    let site = released(&FONTS[..2]);
    let run = site.run(&["build", "--date", "2026-12-02"]);
    run.succeeds();
    assert!(
        run.stderr.contains(
            "warning: no PDF records in `zh-Hant`: no font shows some of its characters (在網頁上閱); list a font that has them in `pdf.fonts` in clause.yaml (docs/records.md)\n"
        ),
        "{}",
        run.stderr
    );
    assert!(site.path("public/pdf/ar/app/1.pdf").exists());
    assert!(!site.path("public/pdf/zh-Hant").exists());
    let history = site.read("public/zh-Hant/app/history/index.html");
    assert!(!history.contains("pdf-link"), "{history}");
    let doc: serde_json::Value =
        serde_json::from_str(&site.read("public/api/v1/app/1/zh-Hant.json")).unwrap();
    assert!(doc["urls"].get("pdf").is_none());
}

#[test]
fn pdf_fonts_that_cannot_be_used_are_errors_at_their_line() {
    let site = SiteTest::fixture("i18n");
    let mut yaml = site.read("clause.yaml");
    yaml.push_str("pdf:\n  fonts:\n    - fonts/missing.ttf\n    - clause.yaml\n");
    std::fs::write(site.path("clause.yaml"), yaml).unwrap();
    let run = site.run(&["build"]);
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    assert!(
        run.stderr.contains("error: cannot read this font file: No such file or directory (os error 2)\n  --> clause.yaml:8:7\n"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("error: this file is not a font Clause can use\n  --> clause.yaml:9:7\n"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("expected: a TrueType or OpenType font (.ttf, .otf, .ttc)")
    );
    assert!(!site.path("public").exists());
}

#[test]
fn pdf_settings_are_checked() {
    let site = SiteTest::fixture("i18n");
    let mut yaml = site.read("clause.yaml");
    yaml.push_str("pdf:\n  paper: tabloid\n");
    std::fs::write(site.path("clause.yaml"), yaml).unwrap();
    let run = site.run(&["check"]);
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    assert!(
        run.stderr.contains("--> clause.yaml:7:10"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("tabloid"), "{}", run.stderr);
}

#[test]
#[cfg(unix)]
fn a_record_longer_than_max_pages_has_its_cover_and_says_so() {
    if !tools() {
        return;
    }
    let site = released(FONTS);
    site.edit(
        "clause.yaml",
        "  paper: a4\n",
        "  paper: a4\n  max_pages: 3\n",
    );
    // Version 2 has a long section: many paragraphs, a list and a table.
    let paragraphs: Vec<String> = (1..=60)
        .map(|n| format!("      Paragraph {n} says what we do with counts, in words enough to fill a line or two of the record."))
        .collect();
    let body = format!(
        "    body: |\n{}\n\n      - first item\n      - second item\n\n      | What | Kept for |\n      |---|---|\n      | Counts | 90 days |\n",
        paragraphs.join("\n\n")
    );
    site.edit(
        "content/app/policy.yaml",
        "    body: This notice covers the Tally app.\n",
        &body,
    );
    site.release_second("app", &["zh-Hant", "ar", "no"])
        .succeeds();
    let run = site.run(&["build", "--date", "2026-12-03"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(
        run.stderr.contains("warning: pdf/en/app/2.pdf has its cover only: its text would run over 3 pages (`pdf.max_pages`, docs/records.md)\n"),
        "{}",
        run.stderr
    );
    // The record is its cover, with the seal, and says where the text is.
    let two = text_of(&site.path("public/pdf/en/app/2.pdf"));
    assert!(two.contains("Version 2"), "{two}");
    assert!(two.contains("The text of this version runs over 3 pages, more than a PDF record holds, so this record has its cover only. The text is at the permanent address."), "{two}");
    assert!(two.contains("Page 1 of 1"), "{two}");
    assert!(!two.contains("Paragraph 1 "), "{two}");
    // A record that fits is whole, and the links stay.
    let one = text_of(&site.path("public/pdf/en/app/1.pdf"));
    assert!(one.contains("We keep little and delete it soon."), "{one}");
    assert!(!run.stderr.contains("pdf/en/app/1.pdf"), "{}", run.stderr);
    let history = site.read("public/en/app/history/index.html");
    assert!(history.contains("href=\"/privacy/pdf/en/app/2.pdf\""));
}

#[test]
fn pdf_max_pages_is_checked() {
    let site = SiteTest::fixture("i18n");
    let mut yaml = site.read("clause.yaml");
    yaml.push_str("pdf:\n  max_pages: 5000\n");
    std::fs::write(site.path("clause.yaml"), yaml).unwrap();
    let run = site.run(&["check"]);
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    assert!(
        run.stderr
            .starts_with("error: `pdf.max_pages` is out of range\n  --> clause.yaml:7:14\n"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains(
            "7 |   max_pages: 5000\n  |              ^^^^ found 5000\n  = expected: a number of pages from 1 to 1000\n"
        ),
        "{}",
        run.stderr
    );
}

/// DejaVu Sans with its glyph index (`loca`) overwritten: it parses, shapes and measures,
/// but its outlines cannot be found, so no PDF can embed it.
#[cfg(unix)]
fn font_with_broken_outlines() -> Vec<u8> {
    let mut font = std::fs::read(FONTS[0]).unwrap();
    let tables = u16::from_be_bytes([font[4], font[5]]) as usize;
    let at = |i: usize| u32::from_be_bytes(font[i..i + 4].try_into().unwrap()) as usize;
    let entry = (0..tables)
        .map(|t| 12 + 16 * t)
        .find(|e| &font[*e..*e + 4] == b"loca")
        .expect("a loca table");
    let (offset, length) = (at(entry + 8), at(entry + 12));
    font[offset..offset + length].fill(0xFF);
    font
}

#[test]
#[cfg(unix)]
fn a_font_the_pdf_writer_cannot_embed_is_an_error_at_its_line() {
    if !tools() {
        return;
    }
    let site = SiteTest::fixture("i18n");
    std::fs::create_dir(site.path("fonts")).unwrap();
    std::fs::write(site.path("fonts/broken.ttf"), font_with_broken_outlines()).unwrap();
    let mut yaml = site.read("clause.yaml");
    yaml.push_str("pdf:\n  fonts: [fonts/broken.ttf]\n");
    std::fs::write(site.path("clause.yaml"), yaml).unwrap();
    let run = site.run(&["build"]);
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    assert!(
        run.stderr.starts_with(
            "error: this font cannot be embedded in a PDF: failed to subset font: malformed font\n  --> clause.yaml:7:11\n"
        ),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("= expected: a well-formed TrueType or OpenType font\n"),
        "{}",
        run.stderr
    );
    assert!(!site.path("public").exists());
}
