//! Rendering: from the loaded site to an in-memory [`Output`]. Nothing here touches the
//! file system; every page renders independently from shared, immutable inputs.

mod api;
mod app;
mod changes;
mod history;
pub mod markdown;
mod memo;
pub mod notice;
mod notify;
pub mod outputs;
pub mod pdf;
pub mod redline;
pub mod stores;
pub mod view;
mod web;

use crate::content::Site;
use crate::content::version::Facts;
use crate::diagnostics::Diagnostic;
use crate::i18n::localize::{Doc, Localizations};
use crate::i18n::{Catalog, direction};
use crate::output::{Output, Sink};
use crate::theme::Theme;
use crate::versions::Timeline;
use markdown::Markdown;
pub use outputs::{Out, Page, Subject};
use serde::Serialize;
use view::{PolicyView, ViewBuilder};

/// A web page of one policy, whatever its locale: what a link to the same page in another
/// language, or from another page, needs to name it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Of {
    /// The main page.
    Main,
    /// A version's permanent page.
    Version(usize),
    /// The history.
    History,
    /// A version's change notice.
    Notice(usize),
    /// The Atom feed.
    Feed,
}

/// What is published: drafts or not, and each policy's timeline on the build date.
#[derive(Debug, Clone, Copy)]
pub struct Publishing<'a> {
    /// Drafts replace the current version on the main pages (marked, `noindex`).
    pub drafts: bool,
    /// Per policy, in site order.
    pub timelines: &'a [Timeline],
    /// The build date.
    pub date: crate::content::date::Date,
    /// The seals of the released versions (their content hashes go into the JSON API).
    pub lock: &'a crate::versions::lock::Lock,
    /// A hash of everything besides the content that pages depend on (the `clause` binary,
    /// clause.yaml, themes, UI strings), when pages of released versions may be reused
    /// from the previous build; `None` renders everything.
    pub inputs: Option<&'a str>,
    /// PDF records, when clause.yaml turns them on.
    pub pdf: Option<&'a pdf::PdfSetup>,
}

impl Publishing<'_> {
    /// What the main page of policy `i` shows, if anything.
    pub fn main_doc(&self, i: usize) -> Option<Doc> {
        if self.drafts {
            Some(Doc::Draft)
        } else {
            self.timelines[i].main().map(Doc::Version)
        }
    }
}

/// A link to one policy page in one locale.
#[derive(Debug, Clone, Serialize)]
struct Link {
    /// `hreflang`: a locale code, or `x-default`.
    locale: String,
    /// Site-relative URL, for links.
    url: String,
    /// Absolute URL, for `<link rel="alternate">` and the sitemap.
    absolute: String,
    /// The policy title in that locale.
    title: String,
    /// The locale's name in its own language.
    language: String,
    /// `ltr` or `rtl`.
    dir: &'static str,
}

/// What every HTML page gets.
#[derive(Debug, Serialize)]
struct Common<'a> {
    lang: &'a str,
    dir: &'static str,
    /// Drafts and other pages search engines must not index.
    noindex: bool,
    base_path: &'a str,
    site_title: &'a str,
    ui: &'a std::collections::BTreeMap<String, String>,
    css: String,
    /// The site icon (the theme's `static/favicon.svg`).
    icon: String,
    /// The theme's own stylesheet, loaded after the default one, if it has `static/theme.css`.
    theme_css: Option<String>,
    /// The theme's logo, if it has `static/logo.svg` or `static/logo.png`.
    logo: Option<String>,
    /// The page's own absolute URL, for `<link rel="canonical">`: web pages only (not the
    /// 404 page, which has no address of its own, nor in-app views, opened by file name).
    canonical: Option<String>,
}

/// Renders every page of the site into memory.
pub fn render_site(
    site: &Site,
    catalog: &Catalog,
    localizations: &Localizations,
    publishing: &Publishing,
    theme: &Theme,
) -> Result<Output, Vec<Diagnostic>> {
    let sink = std::sync::Mutex::new(Output::default());
    render_pages(site, catalog, localizations, publishing, theme, None, &sink)?;
    Ok(sink.into_inner().unwrap_or_default())
}

/// Renders the pages that show the draft of policy `only` (its main page, in-app view and
/// history in every locale) and the pages that list policies; or, with `None`, everything.
/// `serve` uses the former after an edit to one draft and merges it into the last build.
/// Each file goes to `sink` as soon as it is rendered; pages of released versions whose
/// inputs did not change since the previous build are taken from it (see [`Renderer::key`]).
pub fn render_pages(
    site: &Site,
    catalog: &Catalog,
    localizations: &Localizations,
    publishing: &Publishing,
    theme: &Theme,
    only: Option<usize>,
    sink: &dyn Sink,
) -> Result<(), Vec<Diagnostic>> {
    let tera = templates(theme)?;
    let md = Markdown::default();
    let renderer = Renderer {
        site,
        catalog,
        localizations,
        publishing,
        views: Default::default(),
        notices: Default::default(),
        findings: Default::default(),
        diffs: Default::default(),
        tera: &tera,
        theme,
        md: &md,
    };
    let pages: Vec<Page> = renderer.plan(only);
    // Every page renders independently from shared, immutable inputs: in parallel, each
    // written as soon as it is done. Pages go in groups of one policy in one locale, which
    // share view models and diffs; those are dropped when the group is done, and the
    // texts of the policy's sealed versions when its last group is done.
    use rayon::prelude::*;
    let groups = pages
        .chunk_by(|a, b| a.group() == b.group())
        .collect::<Vec<_>>();
    let left = groups_left(&groups, site.policies.len());
    let rendered: Vec<Result<(String, String), Diagnostic>> = groups
        .par_iter()
        .flat_map_iter(|group| {
            let done: Vec<_> = group
                .iter()
                .filter(|p| p.out.format().writes(&renderer, &p.subject))
                .map(|p| renderer.render_into(p, sink))
                .collect();
            if let Some((policy, locale)) = group[0].group() {
                if let Some(locale) = locale {
                    renderer.forget(locale, policy);
                }
                if left[policy].fetch_sub(1, std::sync::atomic::Ordering::AcqRel) == 1 {
                    renderer.release_versions(policy);
                }
            }
            done
        })
        .collect();
    let mut problems = Vec::new();
    let mut written = std::collections::BTreeMap::new();
    for result in rendered {
        match result {
            Ok((path, hash)) => {
                written.insert(path, hash);
            }
            Err(d) => problems.push(d),
        }
    }
    let finish = problems.is_empty() && only.is_none();
    for out in Out::ALL.iter().filter(|_| finish) {
        for file in out.format().finish(&renderer, &written) {
            let stored = file.and_then(|(path, bytes)| renderer.store(sink, path, None, bytes));
            if let Err(d) = stored {
                problems.push(d);
            }
        }
    }
    for (path, bytes) in theme.assets.iter().filter(|_| only.is_none()) {
        if let Err(d) = renderer.store(sink, path.clone(), None, bytes.clone()) {
            problems.push(d);
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems)
    }
}

fn templates(theme: &Theme) -> Result<tera::Tera, Vec<Diagnostic>> {
    let mut tera = tera::Tera::new();
    tera.add_raw_templates(
        theme
            .templates
            .iter()
            .map(|(n, t)| (n.as_str(), t.as_str())),
    )
    .map_err(|e| vec![template_error(&e, theme, "")])?;
    Ok(tera)
}

/// A Tera error as a diagnostic at the template file, line and column it names (Tera puts
/// them in its message as ` --> name:line:column`), with the first line of Tera's message.
fn template_error(e: &tera::Error, theme: &Theme, rendering: &str) -> Diagnostic {
    let shown = |name: &str| {
        theme
            .sources
            .get(name)
            .cloned()
            .unwrap_or_else(|| format!("templates/{name}"))
    };
    // Tera's own report, where it has one: the template, its line and column, the message.
    let report = tera_errors(e).find_map(|e| match e.kind() {
        tera::ErrorKind::SyntaxError(r) | tera::ErrorKind::RenderingError(r)
            if !r.filename().is_empty() =>
        {
            Some(r)
        }
        _ => None,
    });
    if let Some(r) = report {
        let span = r.span();
        let pos = crate::diagnostics::Pos {
            line: span.start_line,
            column: span.start_col + 1,
            len: 1,
        };
        let message = format!("template error: {}", r.message());
        return Diagnostic::at(shown(r.filename()), pos, message);
    }
    // Tera checks references (unknown templates, filters, tests) when the theme is loaded
    // and hands them over only as rendered reports: the location is in that text.
    let text = error_chain(e);
    let located = text.lines().find_map(|l| {
        let place = l.trim_start().strip_prefix("--> ")?;
        let mut parts = place.rsplitn(3, ':');
        let column = parts.next()?.trim().parse().ok()?;
        let line = parts.next()?.trim().parse().ok()?;
        Some((parts.next()?.to_string(), line, column))
    });
    let message = text.lines().next().unwrap_or("").trim_end_matches(':');
    let message = message
        .trim_start_matches("error: ")
        .replace(": error: ", ": ");
    match located {
        Some((name, line, column)) => {
            let pos = crate::diagnostics::Pos {
                line,
                column,
                len: 1,
            };
            Diagnostic::at(shown(&name), pos, format!("template error: {message}"))
        }
        None => Diagnostic::file(shown(rendering), format!("template error: {message}")),
    }
}

fn error_chain(e: &dyn std::error::Error) -> String {
    let mut text = e.to_string();
    let mut source = e.source();
    while let Some(s) = source {
        text.push_str(": ");
        text.push_str(&s.to_string());
        source = s.source();
    }
    text
}

/// A Tera error and the Tera errors it was caused by, outermost first.
fn tera_errors(e: &tera::Error) -> impl Iterator<Item = &tera::Error> {
    std::iter::successors(Some(e), |e| {
        std::error::Error::source(*e).and_then(|s| s.downcast_ref::<tera::Error>())
    })
}

struct Renderer<'a> {
    site: &'a Site,
    catalog: &'a Catalog,
    localizations: &'a Localizations<'a>,
    publishing: &'a Publishing<'a>,
    /// View models by policy, text and locale (web page and in-app view share them).
    views: memo::Memo<(usize, Doc, String), PolicyView>,
    /// Change notices by policy, version and locale (page, in-app view and feed share them).
    notices: memo::Memo<(usize, usize, String), notice::NoticeView>,
    /// Material findings by policy and version.
    findings: memo::Memo<(usize, usize), Vec<crate::versions::material::Finding>>,
    /// Localized diffs by policy, version and locale.
    diffs: memo::Memo<(usize, usize, String), changes::Compared>,
    tera: &'a tera::Tera,
    theme: &'a Theme,
    md: &'a Markdown,
}

/// How many groups of pages each policy has.
fn groups_left(groups: &[&[Page]], policies: usize) -> Vec<std::sync::atomic::AtomicUsize> {
    let left: Vec<std::sync::atomic::AtomicUsize> = (0..policies).map(|_| 0.into()).collect();
    for (policy, _) in groups.iter().filter_map(|g| g[0].group()) {
        left[policy].fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    }
    left
}

impl Renderer<'_> {
    /// Drops the texts of `policy`'s sealed versions (its pages are done), keeping their
    /// facts, which pages of the whole site still need: memory follows the policies in
    /// flight, not the number of versions.
    fn release_versions(&self, policy: usize) {
        for (n, version) in self.site.policies[policy].versions.iter().enumerate() {
            if version.is_parsed() {
                self.facts(policy, n);
                version.release_text();
            }
        }
    }

    /// Drops the view models, notices and diffs of `policy` in `locale`.
    fn forget(&self, locale: &str, policy: usize) {
        self.views.forget(|(p, _, l)| *p == policy && l == locale);
        self.notices.forget(|(p, _, l)| *p == policy && l == locale);
        self.diffs.forget(|(p, _, l)| *p == policy && l == locale);
        self.localizations.forget(locale, policy);
    }

    /// Renders `page` into `sink`, or takes it from the previous build when its inputs are
    /// unchanged; returns its path and SHA-256.
    fn render_into(&self, page: &Page, sink: &dyn Sink) -> Result<(String, String), Diagnostic> {
        let key = self.key(page);
        if let Some(key) = &key {
            let path = self.path(page);
            if let Some(hash) = sink.reuse(&path, key) {
                return Ok((path, hash));
            }
        }
        let path = self.path(page);
        let bytes = self.render(page)?;
        let hash = self.store(sink, path.clone(), key, bytes)?;
        Ok((path, hash))
    }

    fn store(
        &self,
        sink: &dyn Sink,
        path: String,
        key: Option<String>,
        bytes: Vec<u8>,
    ) -> Result<String, Diagnostic> {
        sink.put(path.clone(), key, bytes)
            .map_err(|e| Diagnostic::file(path, format!("cannot write this output file: {e}")))
    }

    /// What a page of a released version is made from, as a hash: everything outside the
    /// content ([`Publishing::inputs`]), the sealed hashes of the version and (for change
    /// notices) the one before it, and where the version stands on the build date. Sealed
    /// folders cannot change without `clause reseal`, which changes their hash, so an equal
    /// key means equal bytes. Pages that show the draft, and files of the whole site, have
    /// no key: they are rendered every time.
    fn key(&self, page: &Page) -> Option<String> {
        let inputs = self.publishing.inputs?;
        let Some((_, policy, version)) = page.of_version() else {
            return self.policy_key(inputs, page);
        };
        let p = &self.site.policies[policy];
        let seals = self.publishing.lock.policies.get(&p.id)?;
        let seal = |v: usize| seals.get(&p.versions[v].id).map(|s| s.hash.as_str());
        let previous = match page.subject {
            Subject::Policy {
                of: Of::Notice(_), ..
            } => version.checked_sub(1).map(|o| (&p.versions[o].id, seal(o))),
            _ => None,
        };
        let state = self.version_state(policy, version);
        let main = self.publishing.main_doc(policy) == Some(Doc::Version(version));
        // The path names the page's kind, locale, policy and version.
        let text = format!(
            "{inputs}\n{}\n{}\n{previous:?}\n{}\n{main}\n{}",
            self.path(page),
            seal(version)?,
            state.as_str(),
            self.publishing.drafts
        );
        Some(crate::output::sha256_hex(text.as_bytes()))
    }

    /// The key of a policy's main page, in-app main view, history and feed when drafts are
    /// not shown: they show only released versions, so the seals of all of them and where
    /// each stands on the build date decide their bytes. With drafts shown, they show the
    /// draft and have no key.
    fn policy_key(&self, inputs: &str, page: &Page) -> Option<String> {
        let Subject::Policy { policy, .. } = page.subject else {
            return None;
        };
        if self.publishing.drafts {
            return None;
        }
        let p = &self.site.policies[policy];
        let seals = self.publishing.lock.policies.get(&p.id)?;
        let mut text = format!("{inputs}\n{}\npolicy\n", self.path(page));
        for (v, version) in p.versions.iter().enumerate() {
            let seal = &seals.get(&version.id)?.hash;
            let state = self.version_state(policy, v);
            text.push_str(&format!("{} {seal} {}\n", version.id, state.as_str()));
        }
        Some(crate::output::sha256_hex(text.as_bytes()))
    }

    /// The title (`meta.title`) or product name (`meta.product`) of `doc` of `policy` in
    /// `locale`; of a sealed version from its facts, so that naming it parses nothing.
    fn meta_text(&self, policy: usize, doc: Doc, locale: &str, key: &str) -> String {
        let Doc::Version(v) = doc else {
            return self.localizations.meta_text(policy, doc, locale, key);
        };
        let facts = self.facts(policy, v);
        let texts = match key {
            "meta.title" => &facts.titles,
            _ => &facts.products,
        };
        texts.get(locale).cloned().unwrap_or_default()
    }

    /// The facts of version `v` of `policy`, found once.
    fn facts(&self, policy: usize, v: usize) -> &Facts {
        version_facts(self.site, policy, v)
    }

    /// Every file of every output (with `only`, those that show that policy's draft),
    /// grouped by policy and locale (the files of the whole site last), each group in the
    /// outputs' order: a policy's groups follow each other, so its sealed versions are
    /// parsed once and dropped when its groups are done.
    fn plan(&self, only: Option<usize>) -> Vec<Page> {
        let mut pages: Vec<Page> = Out::ALL
            .iter()
            .flat_map(|&out| {
                let subjects = match only {
                    None => out.format().plan(self),
                    Some(policy) => out.format().plan_draft(self, policy),
                };
                subjects
                    .into_iter()
                    .map(move |subject| Page { out, subject })
            })
            .collect();
        let position = |l: &str| self.site.config.locales.iter().position(|x| x == l);
        pages.sort_by_key(|p| {
            let group = p.group().map(|(policy, l)| (policy, l.and_then(position)));
            (group.is_none(), group)
        });
        pages
    }

    /// Where a page is written: the URL contract of the brief, one route per output.
    fn path(&self, page: &Page) -> String {
        page.out.format().path(self, &page.subject)
    }

    /// The path of a file of the whole site: its name.
    fn site_file(&self, subject: &Subject) -> String {
        match subject {
            Subject::Site(name) => name.to_string(),
            _ => unreachable!("a file of the whole site"),
        }
    }

    /// `api/v1/<policy>/<version>/<file>`: a file of one released version.
    fn release_file(&self, subject: &Subject) -> String {
        match subject {
            Subject::Release {
                policy,
                version,
                file,
            } => format!(
                "api/v1/{}/{}/{file}",
                self.site.policies[*policy].id,
                self.version_id(*policy, *version)
            ),
            _ => unreachable!("a file of one version"),
        }
    }

    /// The id of version `v` of `policy`.
    fn version_id(&self, policy: usize, v: usize) -> &str {
        &self.site.policies[policy].versions[v].id
    }

    fn render(&self, page: &Page) -> Result<Vec<u8>, Diagnostic> {
        let path = self.path(page);
        page.out.format().render(self, &page.subject, &path)
    }

    /// A policy page: the main page (`Of::Main`) or a version's permanent page.
    fn policy_page(
        &self,
        locale: &str,
        policy: usize,
        doc: Doc,
        of: Of,
        path: &str,
    ) -> Result<Vec<u8>, Diagnostic> {
        let loaded = &self.site.policies[policy];
        let view = self.view(locale, policy, doc);
        let translations = self.translations(policy, doc, of);
        let alternates = self.alternates(&translations);
        let banner = self.banner(locale, policy, doc, of == Of::Main);
        let upcoming = if of == Of::Main {
            self.upcoming(locale, policy, doc)
        } else {
            Vec::new()
        };
        let canonical = format!(
            "{}{}",
            self.site.config.base_url,
            path.strip_suffix("index.html").unwrap_or(path)
        );
        let structured = web::structured_data(&view, &canonical, locale, &self.site.config);
        self.html("policy.html", path, locale, doc == Doc::Draft, |ctx| {
            ctx.insert("policy", &*view);
            ctx.insert("structured_data", &structured);
            ctx.insert("translations", &translations);
            ctx.insert("alternates", &alternates);
            ctx.insert("version", &banner);
            ctx.insert("upcoming", &upcoming);
            if !loaded.versions.is_empty() {
                ctx.insert("feed_url", &self.link(locale, policy, Of::Feed));
            }
        })
    }

    /// The title of version `v` of `policy` in `locale`, as plain text.
    fn version_title(&self, locale: &str, policy: usize, v: usize) -> String {
        let localized = self.localizations.get(policy, Doc::Version(v), locale);
        localized.policy.meta.title.to_string()
    }

    /// The view model of `doc` of `policy` in `locale`, built once per build.
    fn view(&self, locale: &str, policy: usize, doc: Doc) -> std::sync::Arc<PolicyView> {
        self.views.get(&(policy, doc, locale.to_string()), || {
            let loaded = &self.site.policies[policy];
            let localized = self.localizations.get(policy, doc, locale);
            let effective = match doc {
                Doc::Version(v) => Some(loaded.versions[v].release.effective),
                Doc::Draft => None,
            };
            let numbering = self.site.config.numbering.as_deref();
            ViewBuilder::new(&localized, self.catalog, locale, self.md, numbering).policy(
                &loaded.id,
                doc == Doc::Draft,
                effective,
            )
        })
    }

    fn history_page(&self, locale: &str, policy: usize, path: &str) -> Result<Vec<u8>, Diagnostic> {
        let loaded = &self.site.policies[policy];
        let doc = self.publishing.main_doc(policy).expect("planned");
        let rows = self.history_rows(locale, policy);
        let translations = self.translations(policy, doc, Of::History);
        let alternates = self.alternates(&translations);
        let title = self.meta_text(policy, doc, locale, "meta.title");
        self.html("history.html", path, locale, false, |ctx| {
            ctx.insert("rows", &rows);
            ctx.insert("policy_title", &title);
            ctx.insert("main_url", &self.link(locale, policy, Of::Main));
            ctx.insert("translations", &translations);
            ctx.insert("alternates", &alternates);
            if !loaded.versions.is_empty() {
                ctx.insert("feed_url", &self.link(locale, policy, Of::Feed));
            }
        })
    }

    fn html(
        &self,
        template: &str,
        path: &str,
        locale: &str,
        noindex: bool,
        fill: impl FnOnce(&mut tera::Context),
    ) -> Result<Vec<u8>, Diagnostic> {
        let config = &self.site.config;
        let depth = path.matches('/').count();
        let common = Common {
            lang: locale,
            dir: direction(locale),
            noindex,
            base_path: &config.base_path,
            site_title: config.title_in(locale),
            ui: self.catalog.strings(locale).ui(),
            css: format!("{}static/clause.css", "../".repeat(depth)),
            icon: format!("{}static/favicon.svg", "../".repeat(depth)),
            theme_css: self
                .theme
                .assets
                .contains_key(crate::theme::THEME_CSS)
                .then(|| format!("{}{}", "../".repeat(depth), crate::theme::THEME_CSS)),
            logo: self
                .theme
                .logo()
                .map(|l| format!("{}{l}", "../".repeat(depth))),
            canonical: path
                .strip_suffix("index.html")
                .map(|folder| format!("{}{folder}", config.base_url)),
        };
        let mut ctx = tera::Context::new();
        ctx.insert("page", &common);
        fill(&mut ctx);
        self.run(template, &ctx).map(String::into_bytes)
    }

    fn run(&self, template: &str, ctx: &tera::Context) -> Result<String, Diagnostic> {
        self.tera
            .render(template, ctx)
            .map_err(|e| template_error(&e, self.theme, template))
    }

    /// Where a page is linked: its path under the site's base path, a web page by its
    /// folder (`/en/app/`, never `…/index.html`), every other file by its name. Every link,
    /// feed entry, sitemap entry, hreflang alternate and API URL comes from here.
    fn href(&self, page: &Page) -> String {
        let path = self.path(page);
        let shown = match page.out.format().linked_by_folder() {
            true => path.strip_suffix("index.html").unwrap_or(&path),
            // An in-app view is a file a WebView opens by name.
            false => &path,
        };
        format!("{}{shown}", self.site.config.base_path)
    }

    /// [`Renderer::href`] with the site's origin: for feeds, the sitemap and the API.
    fn absolute_href(&self, page: &Page) -> String {
        format!("{}{}", self.origin(), self.href(page))
    }

    /// [`Renderer::href`] of page `of` of `policy` in `locale`.
    fn link(&self, locale: &str, policy: usize, of: Of) -> String {
        self.href(&of.page(locale, policy))
    }

    /// The site's origin, `https://privacy.example.com`, for absolute URLs.
    fn origin(&self) -> &str {
        let config = &self.site.config;
        config
            .base_url
            .strip_suffix(&config.base_path)
            .unwrap_or(&config.base_url)
    }

    /// Page `of` of `policy` in every locale, titled from `doc`.
    fn translations(&self, policy: usize, doc: Doc, of: Of) -> Vec<Link> {
        self.locale_links(policy, of, Some(doc))
    }

    /// Page `of` of `policy` in every locale, titled from `titles` (untitled without: the
    /// sitemap names no titles, and naming them would read every version).
    fn locale_links(&self, policy: usize, of: Of, titles: Option<Doc>) -> Vec<Link> {
        self.site
            .config
            .locales
            .iter()
            .map(|l| {
                let page = of.page(l, policy);
                let title = titles
                    .map(|doc| self.meta_text(policy, doc, l, "meta.title"))
                    .unwrap_or_default();
                Link {
                    locale: l.clone(),
                    absolute: self.absolute_href(&page),
                    url: self.href(&page),
                    title,
                    language: self.catalog.language_name(l),
                    dir: direction(l),
                }
            })
            .collect()
    }

    /// `hreflang` alternates: every translation, then `x-default` for the default locale.
    fn alternates(&self, translations: &[Link]) -> Vec<Link> {
        let mut links = translations.to_vec();
        if let Some(default) = translations.first() {
            links.push(Link {
                locale: "x-default".into(),
                ..default.clone()
            });
        }
        links
    }

    fn chooser_links(&self) -> Vec<ChooserEntry> {
        let default = self.site.config.default_locale();
        self.site
            .policies
            .iter()
            .enumerate()
            .filter_map(|(i, p)| {
                let doc = self.publishing.main_doc(i)?;
                let product = self.meta_text(i, doc, default, "meta.product");
                Some(ChooserEntry {
                    id: p.id.clone(),
                    product,
                    links: self.translations(i, doc, Of::Main),
                })
            })
            .collect()
    }

    fn sitemap_urls(&self) -> Vec<SitemapUrl> {
        let mut urls = vec![SitemapUrl {
            loc: self.absolute_href(&Page {
                out: Out::Web,
                subject: Subject::Site("index.html"),
            }),
            lastmod: None,
            alternates: vec![],
        }];
        for (i, p) in self.site.policies.iter().enumerate() {
            let mut groups: Vec<(Doc, Of)> = Vec::new();
            if let Some(doc) = self.publishing.main_doc(i) {
                if doc != Doc::Draft {
                    groups.push((doc, Of::Main));
                }
                groups.push((doc, Of::History));
            }
            for n in 0..p.versions.len() {
                groups.push((Doc::Version(n), Of::Version(n)));
                groups.push((Doc::Version(n), Of::Notice(n)));
            }
            for (doc, of) in groups {
                let lastmod = match doc {
                    Doc::Version(n) => Some(p.versions[n].release.released.to_string()),
                    Doc::Draft => None,
                };
                let translations = self.locale_links(i, of, None);
                let alternates = self.alternates(&translations);
                for link in &translations {
                    urls.push(SitemapUrl {
                        loc: link.absolute.clone(),
                        lastmod: lastmod.clone(),
                        alternates: alternates.clone(),
                    });
                }
            }
        }
        urls
    }
}

/// What the pages that list versions need of version `v` of `policy`: its recorded facts,
/// else found from its text (once; the version keeps them).
pub fn version_facts(site: &Site, policy: usize, v: usize) -> &Facts {
    let version = &site.policies[policy].versions[v];
    version.facts_or(|text| {
        let labels = crate::labels::Labels::of(&text.policy);
        let in_each = |key: &str| {
            let config = &site.config;
            let text = |l: &String| {
                let (p, t) = (&text.policy, &text.translations);
                crate::i18n::localize::meta_text(p, t, l, config, key)
            };
            config
                .locales
                .iter()
                .map(|l| (l.clone(), text(l)))
                .collect()
        };
        Facts {
            stores: stores::written(&labels)
                .iter()
                .map(|f| f.name().to_string())
                .collect(),
            withheld: stores::withheld(&labels)
                .iter()
                .map(|w| (w.file.name().to_string(), w.facts()))
                .collect(),
            titles: in_each("meta.title"),
            products: in_each("meta.product"),
        }
    })
}

#[derive(Debug, Serialize)]
struct ChooserEntry {
    id: String,
    product: String,
    links: Vec<Link>,
}

#[derive(Debug, Serialize)]
struct SitemapUrl {
    loc: String,
    lastmod: Option<String>,
    alternates: Vec<Link>,
}

/// In-process tests on a loaded site: the route table and view building.
#[cfg(test)]
mod site_tests {
    use super::*;
    use std::collections::BTreeSet;
    use std::path::Path;

    /// Loads the site at `root` (relative to the crate) as `build` would on 2026-06-01 and
    /// hands its renderer to `f`.
    fn with_renderer(root: &str, drafts: bool, f: impl FnOnce(&Renderer)) {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join(root);
        let mut diagnostics = crate::diagnostics::Diagnostics::default();
        let options = crate::build::Options {
            date: crate::content::date::Date::parse("2026-06-01").unwrap(),
            drafts,
            strict: false,
            base_url: None,
        };
        let loaded = crate::build::load(&root, options.clone(), &mut diagnostics)
            .unwrap_or_else(|| panic!("{}", diagnostics.render_text()));
        let localizations = crate::i18n::localize::localize_site(&loaded.site, drafts);
        let publishing = Publishing {
            drafts,
            timelines: &loaded.timelines,
            date: options.date,
            lock: &loaded.lock,
            inputs: None,
            pdf: loaded.pdf.as_deref(),
        };
        let tera = templates(&loaded.theme).unwrap();
        let md = Markdown::default();
        f(&Renderer {
            site: &loaded.site,
            catalog: &loaded.catalog,
            localizations: &localizations,
            publishing: &publishing,
            views: Default::default(),
            notices: Default::default(),
            findings: Default::default(),
            diffs: Default::default(),
            tera: &tera,
            theme: &loaded.theme,
            md: &md,
        });
    }

    #[test]
    fn every_planned_file_has_its_own_path_and_links_follow_the_url_contract() {
        with_renderer(".", false, |r| {
            let pages = r.plan(None);
            let paths: BTreeSet<String> = pages.iter().map(|p| r.path(p)).collect();
            assert_eq!(paths.len(), pages.len(), "two files at one path");
            for page in &pages {
                let (path, href) = (r.path(page), r.href(page));
                assert!(!path.starts_with('/') && !path.contains("//"), "{path}");
                match page.out {
                    // Web pages by their folder, never `index.html` (404.html by name).
                    Out::Web => assert_eq!(
                        href,
                        format!("/{}", path.strip_suffix("index.html").unwrap_or(&path))
                    ),
                    // Everything else by its file name.
                    _ => assert_eq!(href, format!("/{path}")),
                }
                assert_eq!(
                    r.absolute_href(page),
                    format!("https://privacy.example.com{href}")
                );
            }
            // The pages other pages link to are the planned ones.
            let planned: BTreeSet<&Page> = pages.iter().collect();
            let (locale, policy) = ("zh-Hant", 0);
            for of in [
                Of::Main,
                Of::History,
                Of::Feed,
                Of::Version(0),
                Of::Notice(0),
            ] {
                assert!(planned.contains(&of.page(locale, policy)), "{of:?}");
            }
            for of in [Of::Main, Of::Version(0), Of::Notice(0)] {
                assert!(planned.contains(&of.app(locale, policy)), "{of:?}");
            }
            let id = &r.site.policies[policy].id;
            let v = &r.site.policies[policy].versions[0].id;
            let wanted = [
                (
                    Of::Main.page(locale, policy),
                    format!("zh-Hant/{id}/index.html"),
                ),
                (
                    Of::Feed.page(locale, policy),
                    format!("zh-Hant/{id}/feed.xml"),
                ),
                (
                    Of::Notice(0).page(locale, policy),
                    format!("zh-Hant/{id}/changes/{v}/index.html"),
                ),
                (
                    Of::Main.app(locale, policy),
                    format!("app/zh-Hant/{id}/index.html"),
                ),
                (
                    Of::Version(0).app(locale, policy),
                    format!("app/zh-Hant/{id}/{v}.html"),
                ),
                (
                    Page::of(Out::Api, locale, policy, Of::Version(0)),
                    format!("api/v1/{id}/{v}/zh-Hant.json"),
                ),
            ];
            for (page, path) in wanted {
                assert_eq!(r.path(&page), path);
            }
        });
    }

    #[test]
    fn a_view_names_each_reference_from_its_own_list_when_every_list_shares_an_id() {
        with_renderer("tests/fixtures/shared-ids", true, |r| {
            let view = r.view("en", 0, Doc::Draft);
            let json = serde_json::to_string(&*view).unwrap();
            let view: serde_json::Value = serde_json::from_str(&json).unwrap();
            let mut rows = Vec::new();
            collect_rows(&view, &mut rows);
            let row = |name: &str| {
                rows.iter()
                    .find(|r| r["name"].as_str().is_some_and(|n| n.contains(name)))
                    .unwrap_or_else(|| panic!("no row {name}: {rows:#?}"))
            };
            let feature = row("Feature — the capture screen");
            assert_eq!(feature["data"][0], "Category — pictures you take");
            assert_eq!(feature["permissions"][0], "Permission — camera access");
            let permission = row("Permission — camera access");
            assert_eq!(permission["features"][0], "Feature — the capture screen");
            let category = row("Category — pictures you take");
            assert_eq!(
                category["purposes"][0],
                "Purpose — taking pictures for your diary"
            );
            let recipient = row("Recipient — PhotoVault");
            assert_eq!(recipient["data"][0], "Category — pictures you take");
        });
    }

    /// Every object of the view with a `name` (the rows of its tables).
    fn collect_rows<'a>(v: &'a serde_json::Value, out: &mut Vec<&'a serde_json::Value>) {
        match v {
            serde_json::Value::Object(map) => {
                if map.contains_key("name") && map.contains_key("id") {
                    out.push(v);
                }
                map.values().for_each(|x| collect_rows(x, out));
            }
            serde_json::Value::Array(items) => items.iter().for_each(|x| collect_rows(x, out)),
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn tera_syntax_errors_carry_their_template_and_place() {
        let mut tera = tera::Tera::default();
        let e = tera
            .add_raw_template("t.html", "line one\n{{ x {% endif %}")
            .unwrap_err();
        let report = super::tera_errors(&e).find_map(|e| match e.kind() {
            tera::ErrorKind::SyntaxError(r) => Some(r),
            _ => None,
        });
        let report = report.unwrap_or_else(|| panic!("{e:?}"));
        assert_eq!(report.filename(), "t.html");
        assert_eq!(report.span().start_line, 2);
    }
}
