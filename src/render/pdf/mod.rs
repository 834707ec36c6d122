//! PDF records: a PDF of every released version and of its change notice, per locale, at
//! `pdf/<locale>/<policy>/<version>.pdf` and `pdf/<locale>/<policy>/changes/<version>.pdf`.
//!
//! The theme's `pdf.html` and `pdf-notice.html` render the record as HTML from the same
//! view models and components as the web pages; [`html`] reads it into blocks, [`layout`]
//! lays them out with [`text`] (shaping, line breaking and bidirectional order), and
//! [`write`] writes the PDF. The cover shows what a record needs: version, dates, seal and
//! sign-offs. Nothing in it depends on the build date, so a version's PDF never changes
//! while its seal, the site's settings, the fonts and Clause stay the same.

pub mod html;
pub mod layout;
pub mod text;
pub mod write;

use super::history::sign_off;
use super::outputs::{Format, Subject, each_policy, policy};
use super::view::{DateView, date_view};
use super::{Of, Renderer};
use crate::config::Paper;
use crate::diagnostics::Diagnostic;
use crate::fonts::Fonts;
use crate::i18n::localize::Doc;
use fluent_bundle::FluentValue;
use serde::Serialize;
use std::collections::BTreeSet;

/// What PDF records are made with: set when `pdf:` in clause.yaml turns them on.
#[derive(Debug)]
pub struct PdfSetup {
    /// The fonts.
    pub fonts: Fonts,
    /// The paper size.
    pub paper: Paper,
    /// The most pages a record's text is set on (`pdf.max_pages`).
    pub max_pages: usize,
    /// The locales whose PDFs are made: those the fonts can show.
    pub locales: BTreeSet<String>,
    /// The records made with their cover only, their text being too long.
    pub cut: std::sync::Mutex<Vec<String>>,
}

impl PdfSetup {
    /// Notes that the record at `path` has its cover only.
    fn too_long(&self, path: &str) {
        if let Ok(mut cut) = self.cut.lock() {
            cut.push(path.to_string());
        }
    }

    /// Warnings for the records made with their cover only, in order.
    pub fn cut_notes(&self) -> Vec<String> {
        let mut cut = self.cut.lock().map(|c| c.clone()).unwrap_or_default();
        cut.sort();
        cut.into_iter()
            .map(|path| {
                format!(
                    "{path} has its cover only: its text would run over {} pages (`pdf.max_pages`, docs/records.md)",
                    self.max_pages
                )
            })
            .collect()
    }
}

/// The PDF records.
pub(super) struct Pdf;

impl Format for Pdf {
    fn plan(&self, r: &Renderer) -> Vec<Subject> {
        let Some(setup) = r.publishing.pdf else {
            return Vec::new();
        };
        let mut files = Vec::new();
        for (locale, p) in each_policy(r).filter(|(l, _)| setup.locales.contains(*l)) {
            for v in 0..r.site.policies[p].versions.len() {
                files.push(policy(locale, p, Of::Version(v)));
                files.push(policy(locale, p, Of::Notice(v)));
            }
        }
        files
    }

    fn path(&self, r: &Renderer, subject: &Subject) -> String {
        let Subject::Policy { locale, policy, of } = subject else {
            unreachable!("not planned")
        };
        let id = &r.site.policies[*policy].id;
        match of {
            Of::Notice(v) => format!(
                "pdf/{locale}/{id}/changes/{}.pdf",
                r.version_id(*policy, *v)
            ),
            Of::Version(v) => format!("pdf/{locale}/{id}/{}.pdf", r.version_id(*policy, *v)),
            _ => unreachable!("not planned"),
        }
    }

    fn shows_draft(&self, _subject: &Subject, _policy: usize) -> bool {
        false
    }

    fn render(&self, r: &Renderer, subject: &Subject, path: &str) -> Result<Vec<u8>, Diagnostic> {
        let Subject::Policy { locale, policy, of } = subject else {
            unreachable!("not planned")
        };
        let setup = r.publishing.pdf.expect("planned only with pdf on");
        let (template, v) = match *of {
            Of::Version(v) => ("pdf.html", v),
            Of::Notice(v) => ("pdf-notice.html", v),
            _ => unreachable!("not planned"),
        };
        let (width, height) = setup.paper.size();
        let page = layout::Page {
            width,
            height,
            margin: 56.0,
            footer: 14.0,
            rtl: crate::i18n::direction(locale) == "rtl",
        };
        let mut setter = text::Setter::new(&setup.fonts, locale);
        let mut lay_out = |too_long: bool| -> Result<Option<layout::Laid>, Diagnostic> {
            let html = r.pdf_html(locale, *policy, v, path, template, too_long)?;
            let blocks = html::read(&String::from_utf8_lossy(&html));
            Ok(layout::lay_out(
                &mut setter,
                &blocks,
                &page,
                setup.max_pages,
            ))
        };
        // A text too long for a record gets a record of its cover, which says so.
        let laid = match lay_out(false)? {
            Some(laid) => laid,
            None => {
                setup.too_long(path);
                lay_out(true)?.ok_or_else(|| {
                    Diagnostic::file(path.to_string(), "the cover alone is too long for a PDF")
                })?
            }
        };
        let info = r.pdf_info(locale, *policy, v, *of);
        let footer = |n, pages| r.pdf_footer(locale, &info.title, n, pages);
        let bytes =
            write::write(laid, &mut setter, &setup.fonts, &page, &info, &footer).map_err(|e| {
                Diagnostic::file(path.to_string(), format!("cannot write this PDF: {e}"))
            })?;
        if !setter.missing.is_empty() {
            return Err(missing_glyphs(path, &setter.missing));
        }
        Ok(bytes)
    }
}

/// The error for characters no font shows: a PDF with empty boxes would not record the text.
fn missing_glyphs(path: &str, missing: &[char]) -> Diagnostic {
    let shown: Vec<String> = missing
        .iter()
        .take(8)
        .map(|c| format!("{c} (U+{:04X})", *c as u32))
        .collect();
    Diagnostic::file(
        crate::config::CONFIG_FILE,
        format!("{path}: no font shows some of its characters"),
    )
    .found(shown.join(", "))
    .expected("a font that has them, listed in `pdf.fonts` (docs/records.md)")
}

/// The cover of a PDF record: what identifies the version and who answered for it.
#[derive(Debug, Serialize)]
struct Record {
    /// The product the policy is about.
    product: String,
    /// The policy's title, or the notice's ("What changed in version 3").
    heading: String,
    /// "Version 3".
    label: String,
    /// The locale's name in its own language.
    language: String,
    released: DateView,
    effective: DateView,
    /// "Material change" or "Minor change".
    change: String,
    /// `sha256:…`, the seal in clause.lock; none when the version is not sealed.
    seal: Option<String>,
    /// "Released by …", "Signed off: …", as recorded; empty when nothing was.
    sign_off: Vec<String>,
    /// Who confirmed this locale's translation, if recorded.
    confirmed_by: Option<String>,
    /// The version's permanent web address.
    address: String,
    /// Why the record has its cover only: its text would run over `pdf.max_pages` pages.
    too_long: Option<String>,
}

impl Renderer<'_> {
    /// The PDF record of `of` (a version or its notice) of `policy` in `locale`, when the
    /// build makes one.
    pub(super) fn pdf_page(&self, locale: &str, policy: usize, of: Of) -> Option<super::Page> {
        let setup = self.publishing.pdf?;
        setup.locales.contains(locale).then(|| super::Page {
            out: super::Out::Pdf,
            subject: self::policy(locale, policy, of),
        })
    }

    /// The address of [`Renderer::pdf_page`], site-relative (`absolute`: with the origin).
    pub(super) fn pdf_href(
        &self,
        locale: &str,
        policy: usize,
        of: Of,
        absolute: bool,
    ) -> Option<String> {
        let page = self.pdf_page(locale, policy, of)?;
        Some(if absolute {
            self.absolute_href(&page)
        } else {
            self.href(&page)
        })
    }

    /// The HTML a PDF record is laid out from: `template` with the version's view model
    /// (or change notice) and its cover.
    fn pdf_html(
        &self,
        locale: &str,
        policy: usize,
        v: usize,
        path: &str,
        template: &str,
        too_long: bool,
    ) -> Result<Vec<u8>, Diagnostic> {
        let mut record = self.record(locale, policy, v);
        if too_long {
            let pages = FluentValue::from(self.publishing.pdf.map_or(0, |p| p.max_pages));
            let strings = self.catalog.strings(locale);
            record.too_long = Some(strings.format("pdf-too-long", &[("pages", pages)]));
        }
        let notice = template == "pdf-notice.html";
        if notice {
            record.heading = self.notice_view(locale, policy, v).title.clone();
        }
        let title = self.version_title(locale, policy, v);
        self.html(template, path, locale, false, |ctx| {
            ctx.insert("record", &record);
            ctx.insert("policy_title", &title);
            if notice {
                ctx.insert("notice", &*self.notice_view(locale, policy, v));
            } else {
                ctx.insert("policy", &*self.view(locale, policy, Doc::Version(v)));
            }
        })
    }

    fn record(&self, locale: &str, policy: usize, v: usize) -> Record {
        let strings = self.catalog.strings(locale);
        let p = &self.site.policies[policy];
        let version = &p.versions[v];
        let release = &version.release;
        let seal = self.publishing.lock.policies.get(&p.id);
        let localized = self.localizations.get(policy, Doc::Version(v), locale);
        Record {
            product: localized.policy.meta.product.to_string(),
            heading: localized.policy.meta.title.to_string(),
            label: self.version_label(locale, &version.id),
            language: self.catalog.language_name(locale),
            released: date_view(strings, release.released),
            effective: date_view(strings, release.effective),
            change: self.change_label(locale, release),
            seal: seal
                .and_then(|s| s.get(&version.id))
                .map(|s| s.hash.clone()),
            sign_off: sign_off(strings, release),
            confirmed_by: release.translations_confirmed_by.get(locale).cloned(),
            address: self.absolute_href(&Of::Version(v).page(locale, policy)),
            too_long: None,
        }
    }

    /// The PDF's title, language and date.
    fn pdf_info(&self, locale: &str, policy: usize, v: usize, of: Of) -> write::Info {
        let version = &self.site.policies[policy].versions[v];
        let title = self.version_title(locale, policy, v);
        let label = self.version_label(locale, &version.id);
        let title = match of {
            Of::Notice(_) => {
                let changes = self.catalog.strings(locale).text("pdf-changes");
                format!("{title} · {label} · {changes}")
            }
            _ => format!("{title} · {label}"),
        };
        write::Info {
            title,
            language: locale.to_string(),
            date: Some(version.release.released),
        }
    }

    /// The footer of page `n` of `pages`: the title and the page number.
    fn pdf_footer(&self, locale: &str, title: &str, n: usize, pages: usize) -> String {
        let strings = self.catalog.strings(locale);
        let page = strings.format(
            "pdf-page",
            &[
                ("page", FluentValue::from(strings.integer(n))),
                ("pages", FluentValue::from(strings.integer(pages))),
            ],
        );
        format!("{title} · {page}")
    }
}
