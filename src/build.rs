//! The pipeline: load, validate, localize and render a site into memory.

use crate::content::date::Date;
use crate::content::{self, Site};
use crate::diagnostics::Diagnostics;
use crate::i18n::status::{self, Status};
use crate::output::{Output, Sink};
use crate::{i18n, render, versions};
use std::path::Path;

/// How to build.
#[derive(Debug, Clone)]
pub struct Options {
    /// The build date: decides which version is current and which are upcoming.
    pub date: Date,
    /// Publish drafts (marked, `noindex`) in place of the current version.
    pub drafts: bool,
    /// Missing and stale translations are errors (also `translations.strict`).
    pub strict: bool,
    /// The base URL in place of clause.yaml's (`--base-url`).
    pub base_url: Option<crate::config::BaseUrl>,
}

/// A site rendered in memory, with the state of its translations.
#[derive(Debug)]
pub struct Built {
    /// The loaded site.
    pub site: Site,
    /// Every output file.
    pub output: Output,
    /// Per policy and non-default locale: what is missing or stale in the draft.
    pub translations: Vec<Status>,
    /// Per policy: where its versions stand on the build date.
    pub timelines: Vec<versions::Timeline>,
}

/// What a build renders.
#[derive(Debug, Clone, Copy)]
pub enum Scope<'a> {
    /// Everything.
    All,
    /// Only what shows the draft of one policy (see `render::render_pages`).
    Draft {
        /// The policy id.
        policy: &'a str,
    },
}

/// Loads the site at `root` and renders it into memory. Every problem found is added to
/// `diagnostics`; the output is returned only when there were none.
pub fn build_site(root: &Path, options: Options, diagnostics: &mut Diagnostics) -> Option<Built> {
    build_scoped(root, options, Scope::All, diagnostics)
}

/// [`build_site`], rendering only what `scope` says (a draft scope gives only that
/// policy's draft pages). The whole site is still loaded and checked, so an error anywhere
/// is reported.
pub fn build_scoped(
    root: &Path,
    options: Options,
    scope: Scope,
    diagnostics: &mut Diagnostics,
) -> Option<Built> {
    let loaded = load(root, options, diagnostics)?;
    let output = loaded.render_in_memory(scope, diagnostics)?;
    Some(Built {
        output,
        site: loaded.site,
        translations: loaded.translations,
        timelines: loaded.timelines,
    })
}

/// A site loaded and checked, ready to render.
pub struct Loaded {
    /// The loaded site.
    pub site: Site,
    /// Per policy and non-default locale: what is missing or stale in the draft.
    pub translations: Vec<Status>,
    /// Per policy: where its versions stand on the build date.
    pub timelines: Vec<versions::Timeline>,
    pub(crate) lock: std::sync::Arc<versions::lock::Lock>,
    pub(crate) catalog: std::sync::Arc<i18n::Catalog>,
    pub(crate) theme: std::sync::Arc<crate::theme::Theme>,
    pub(crate) options: Options,
    /// PDF records, when clause.yaml turns them on.
    pub(crate) pdf: Option<std::sync::Arc<render::pdf::PdfSetup>>,
    /// What the build leaves out and why (PDFs of a locale no font shows), for the user.
    pub notes: Vec<String>,
}

impl Loaded {
    /// Renders what `scope` says into memory; `None` when a page failed.
    pub fn render_in_memory(&self, scope: Scope, diagnostics: &mut Diagnostics) -> Option<Output> {
        let sink = std::sync::Mutex::new(Output::default());
        self.render(scope, &sink, false, diagnostics)?;
        Some(sink.into_inner().unwrap_or_default())
    }

    /// This site with the draft of policy `id` read again (its versions, the seals, UI
    /// strings and theme kept): `serve` after an edit to one draft. `None` when the draft
    /// has problems, which are in `diagnostics`.
    pub fn reload_draft(&self, id: &str, diagnostics: &mut Diagnostics) -> Option<Loaded> {
        let site = content::reload_draft(&self.site, id, diagnostics)?;
        let at = site.policies.iter().position(|p| p.id == id)?;
        let locales = &site.config.locales[1..];
        let fresh: Vec<Status> = locales
            .iter()
            .map(|l| status::status(&site.policies[at], l))
            .collect();
        let mut translations: Vec<Status> = self.translations.clone();
        translations.retain(|s| s.policy != id);
        let before = translations
            .partition_point(|s| site.policies.iter().position(|p| p.id == s.policy) < Some(at));
        translations.splice(before..before, fresh);
        if self.options.strict || site.config.strict_translations {
            for s in translations.iter().filter(|s| s.policy == id) {
                diagnostics.extend(s.errors());
            }
            if !diagnostics.is_empty() {
                return None;
            }
        }
        Some(Loaded {
            site,
            translations,
            timelines: self.timelines.clone(),
            lock: std::sync::Arc::clone(&self.lock),
            catalog: std::sync::Arc::clone(&self.catalog),
            theme: std::sync::Arc::clone(&self.theme),
            options: self.options.clone(),
            pdf: self.pdf.clone(),
            notes: self.notes.clone(),
        })
    }
}

/// Loads and checks the site at `root`: content, seals, translations (strictly if asked),
/// UI strings and theme. `None` when `diagnostics` got any problem. The text of a sealed
/// version is parsed and checked when a page of it is rendered ([`Loaded::render`] reports
/// its problems), so that memory follows the pages in flight, not the archive.
pub fn load(root: &Path, options: Options, diagnostics: &mut Diagnostics) -> Option<Loaded> {
    load_with(root, options, None, diagnostics)
}

/// [`load`], reading the facts of the sealed versions that `parsed` recorded, so that
/// pages listing them need not parse them.
pub fn load_with(
    root: &Path,
    options: Options,
    parsed: Option<&content::version::Parsed>,
    diagnostics: &mut Diagnostics,
) -> Option<Loaded> {
    let mut timer = Timer::from_env();
    let lock = versions::lock::load(root, diagnostics)?;
    let lazy = content::version::Lazy {
        parsed,
        seals: &lock,
    };
    let mut site = content::load_site_lazily(root, Some(lazy), diagnostics)?;
    if let Some(base) = &options.base_url {
        site.config.set_base_url(base);
    }
    timer.lap("load");
    versions::lock::verify(&site, &lock, diagnostics);
    timer.lap("verify seals");
    let translations = status::site_status(&site);
    if options.strict || site.config.strict_translations {
        for s in &translations {
            diagnostics.extend(s.errors());
        }
    }
    let catalog = i18n::load(root, &site.config, diagnostics)?;
    let theme = crate::theme::load(root, &site.config.theme)
        .map_err(|p| diagnostics.extend(p))
        .ok()?;
    let mut notes = Vec::new();
    let pdf = match &site.config.pdf {
        Some(config) => match crate::fonts::load(root, config) {
            Ok(fonts) => Some(pdf_setup(fonts, config, &site, &catalog, &mut notes)),
            Err(problems) => {
                diagnostics.extend(problems);
                None
            }
        },
        None => None,
    };
    if !diagnostics.is_empty() {
        return None;
    }
    let timelines: Vec<_> = site
        .policies
        .iter()
        .map(|p| versions::timeline(&p.versions, options.date))
        .collect();
    timer.lap("check");
    Some(Loaded {
        site,
        translations,
        timelines,
        lock: std::sync::Arc::new(lock),
        catalog: std::sync::Arc::new(catalog),
        theme: std::sync::Arc::new(theme),
        options,
        pdf: pdf.map(std::sync::Arc::new),
        notes,
    })
}

/// What PDF records are made with: the locales whose UI strings and site title the fonts
/// show (a note for each of the others: their PDFs are left out).
fn pdf_setup(
    fonts: crate::fonts::Fonts,
    config: &crate::config::PdfConfig,
    site: &Site,
    catalog: &i18n::Catalog,
    notes: &mut Vec<String>,
) -> render::pdf::PdfSetup {
    let mut locales = std::collections::BTreeSet::new();
    if fonts.faces.is_empty() {
        notes.push(
            "no PDF records were made: no fonts were found; list font files in `pdf.fonts` \
             in clause.yaml (docs/records.md)"
                .to_string(),
        );
    }
    for locale in site
        .config
        .locales
        .iter()
        .filter(|_| !fonts.faces.is_empty())
    {
        let strings = catalog.strings(locale);
        let mut sample: String = strings.ui().values().map(String::as_str).collect();
        sample.push_str(site.config.title_in(locale));
        let missing = fonts.missing(&sample);
        if missing.is_empty() {
            locales.insert(locale.clone());
            continue;
        }
        let shown: String = missing.iter().take(5).collect();
        notes.push(format!(
            "no PDF records in `{locale}`: no font shows some of its characters ({shown}); \
             list a font that has them in `pdf.fonts` in clause.yaml (docs/records.md)"
        ));
    }
    render::pdf::PdfSetup {
        fonts,
        paper: config.paper,
        max_pages: config.max_pages,
        locales,
        cut: Default::default(),
    }
}

impl Loaded {
    /// Renders what `scope` says into `sink`. With `keys`, pages of released versions get
    /// keys of their inputs, so that the sink can reuse them from its previous build when
    /// the key is unchanged. `None` when a page failed (the problems are in `diagnostics`).
    pub fn render(
        &self,
        scope: Scope,
        sink: &dyn Sink,
        keys: bool,
        diagnostics: &mut Diagnostics,
    ) -> Option<()> {
        crate::content::follow(&self.site, diagnostics);
        let mut timer = Timer::from_env();
        let localizations = i18n::localize::localize_site(&self.site, self.options.drafts);
        let fonts = self.pdf.as_ref().map_or("", |p| p.fonts.hash.as_str());
        let inputs = keys.then(|| inputs_hash(&self.site.root, &self.site.config.base_url, fonts));
        timer.lap("localize");
        let publishing = render::Publishing {
            drafts: self.options.drafts,
            timelines: &self.timelines,
            date: self.options.date,
            lock: &self.lock,
            inputs: inputs.as_deref(),
            pdf: self.pdf.as_deref(),
        };
        let only = match scope {
            Scope::All => None,
            Scope::Draft { policy, .. } => {
                Some(self.site.policies.iter().position(|p| p.id == policy)?)
            }
        };
        let rendered = render::render_pages(
            &self.site,
            &self.catalog,
            &localizations,
            &publishing,
            &self.theme,
            only,
            sink,
        );
        timer.lap("render");
        if std::env::var_os("CLAUSE_TIMINGS").is_some() {
            let late = content::version::PARSED_LATE.load(std::sync::atomic::Ordering::Relaxed);
            eprintln!("timing: sealed versions parsed while rendering: {late}");
        }
        // A sealed version parsed late whose folder changed during the build.
        let late = match self.site.late.lock() {
            Ok(mut late) => std::mem::take(&mut *late),
            Err(_) => Diagnostics::default(),
        };
        let changed = !late.is_empty();
        diagnostics.append(late);
        let rendered = rendered.map_err(|p| diagnostics.extend(p)).ok();
        rendered.filter(|_| !changed)
    }
}

/// Records the sealed versions that a build of `loaded` parsed (it succeeded, so they
/// parsed cleanly, and their bytes are the sealed ones), with their facts: the next build
/// reads the facts instead of parsing them.
pub fn record_parsed(loaded: &Loaded, parsed: &content::version::Parsed) {
    let (site, lock) = (&loaded.site, &loaded.lock);
    for (i, p) in site.policies.iter().enumerate() {
        let Some(seals) = lock.policies.get(&p.id) else {
            continue;
        };
        for (n, v) in p.versions.iter().enumerate() {
            let Some(seal) = seals.get(&v.id).filter(|_| !v.recorded) else {
                continue;
            };
            let facts = match v.known_facts() {
                Some(facts) => facts,
                None if v.is_parsed() => render::version_facts(site, i, n),
                None => continue,
            };
            parsed.add(&seal.hash, facts);
        }
    }
}

/// A hash of everything besides the content that rendered pages depend on: this `clause`
/// binary (its templates, default theme and UI strings are compiled in), clause.yaml, and
/// the site's themes/ and locales/ folders, the base URL (which `--base-url` may set
/// apart from clause.yaml), and the hash of the PDF fonts. A part that cannot be read gets a random value, so nothing is
/// reused.
fn inputs_hash(root: &Path, base_url: &str, fonts: &str) -> String {
    let mut text = parse_salt(root);
    text.push('\n');
    text.push_str(base_url);
    text.push('\n');
    text.push_str(fonts);
    text.push('\n');
    for folder in ["themes", "locales"] {
        match versions::lock::hash_folder(&root.join(folder)) {
            Ok(files) => text.push_str(&format!("{files:?}")),
            Err(_) if !root.join(folder).exists() => {}
            Err(_) => text.push_str(&unique()),
        }
        text.push('\n');
    }
    crate::output::sha256_hex(text.as_bytes())
}

/// A hash of this `clause` binary and the site's clause.yaml: what decides how a sealed
/// version parses (a part that cannot be read gets a random value).
pub fn parse_salt(root: &Path) -> String {
    let config = std::fs::read(root.join(crate::config::CONFIG_FILE));
    let mut text = binary_hash();
    text.push('\n');
    match config {
        Ok(bytes) => text.push_str(&crate::output::sha256_hex(&bytes)),
        Err(_) => text.push_str(&unique()),
    }
    crate::output::sha256_hex(text.as_bytes())
}

/// The SHA-256 of this `clause` binary, computed once per run.
fn binary_hash() -> String {
    static HASH: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    HASH.get_or_init(|| match std::env::current_exe().and_then(std::fs::read) {
        Ok(bytes) => crate::output::sha256_hex(&bytes),
        Err(_) => unique(),
    })
    .clone()
}

/// A value no earlier build can have recorded.
fn unique() -> String {
    format!(
        "{:?}{:?}",
        std::time::SystemTime::now(),
        std::thread::current().id()
    )
}

/// Phase timings on stderr when `CLAUSE_TIMINGS` is set (for profiling; see
/// docs/performance.md).
pub struct Timer(Option<std::time::Instant>);

impl Timer {
    /// A timer that prints only with `-v` or when `CLAUSE_TIMINGS` is set.
    pub fn from_env() -> Self {
        let wanted = std::env::var_os("CLAUSE_TIMINGS").is_some()
            || crate::term::verbosity() == crate::term::Verbosity::Verbose;
        Timer(wanted.then(std::time::Instant::now))
    }

    /// Prints the time since the last lap, named `phase`.
    pub fn lap(&mut self, phase: &str) {
        if let Some(start) = &mut self.0 {
            eprintln!("timing: {phase}: {} ms", start.elapsed().as_millis());
            *start = std::time::Instant::now();
        }
    }
}
