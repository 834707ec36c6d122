//! Rendering: from the loaded site to an in-memory [`Output`]. Nothing here touches the
//! file system; every page renders independently from shared, immutable inputs.

pub mod markdown;
pub mod theme;
pub mod view;

use crate::content::Site;
use crate::diagnostics::Diagnostic;
use crate::i18n::localize::Localizations;
use crate::i18n::{Catalog, direction};
use crate::output::Output;
use markdown::Markdown;
use serde::Serialize;
use theme::Theme;
use view::{PolicyView, ViewBuilder};

/// One page to render: the build plan's unit. Locale and version are dimensions from the
/// start, so translations and archived versions add rows, not code paths.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Page {
    /// `/index.html`: choose a policy and a language.
    Chooser,
    /// `/<locale>/<policy>/`: one policy in one locale (`version: None` is the draft).
    Policy {
        locale: String,
        policy: usize,
        version: Option<String>,
    },
    /// `/404.html`.
    NotFound,
    /// `/sitemap.xml`.
    Sitemap,
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
    base_path: &'a str,
    site_title: &'a str,
    ui: &'a std::collections::BTreeMap<String, String>,
    css: String,
}

/// Renders every page of the site.
pub fn render_site(
    site: &Site,
    catalog: &Catalog,
    localizations: &Localizations,
    theme: &Theme,
) -> Result<Output, Vec<Diagnostic>> {
    let tera = templates(theme)?;
    let md = Markdown::default();
    let renderer = Renderer {
        site,
        catalog,
        localizations,
        tera: &tera,
        md: &md,
    };
    let mut output = Output::default();
    let mut problems = Vec::new();
    for page in plan(site) {
        match renderer.render(&page) {
            Ok((path, bytes)) => output.insert(path, bytes),
            Err(d) => problems.push(d),
        }
    }
    for (path, bytes) in &theme.assets {
        output.insert(path.clone(), bytes.clone());
    }
    if problems.is_empty() {
        Ok(output)
    } else {
        Err(problems)
    }
}

/// Every page of the site, in a fixed order.
pub fn plan(site: &Site) -> Vec<Page> {
    let mut pages = vec![Page::Chooser, Page::NotFound, Page::Sitemap];
    for locale in &site.config.locales {
        for policy in 0..site.policies.len() {
            pages.push(Page::Policy {
                locale: locale.clone(),
                policy,
                version: None,
            });
        }
    }
    pages
}

fn templates(theme: &Theme) -> Result<tera::Tera, Vec<Diagnostic>> {
    let mut tera = tera::Tera::new();
    tera.add_raw_templates(
        theme
            .templates
            .iter()
            .map(|(n, t)| (n.as_str(), t.as_str())),
    )
    .map_err(|e| {
        vec![Diagnostic::file(
            "themes",
            format!("template error: {}", error_chain(&e)),
        )]
    })?;
    Ok(tera)
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

struct Renderer<'a> {
    site: &'a Site,
    catalog: &'a Catalog,
    localizations: &'a Localizations,
    tera: &'a tera::Tera,
    md: &'a Markdown,
}

impl Renderer<'_> {
    fn render(&self, page: &Page) -> Result<(String, Vec<u8>), Diagnostic> {
        let locale = self.site.config.default_locale();
        match page {
            Page::Chooser => self.html("index.html", "index.html", locale, |ctx| {
                ctx.insert("policies", &self.chooser_links());
            }),
            Page::NotFound => self.html("404.html", "404.html", locale, |_| {}),
            Page::Sitemap => {
                let mut ctx = tera::Context::new();
                ctx.insert("urls", &self.sitemap_urls());
                self.run("sitemap.xml", &ctx)
                    .map(|s| ("sitemap.xml".into(), s.into_bytes()))
            }
            Page::Policy {
                locale,
                policy,
                version,
            } => {
                let loaded = &self.site.policies[*policy];
                let localized = self.localizations.get(*policy, locale);
                let view: PolicyView = ViewBuilder::new(localized, self.catalog, locale, self.md)
                    .policy(&loaded.id, version.is_none());
                let path = format!("{locale}/{}/index.html", loaded.id);
                let translations = self.translations(*policy);
                let alternates = self.alternates(&translations);
                self.html("policy.html", &path, locale, |ctx| {
                    ctx.insert("policy", &view);
                    ctx.insert("translations", &translations);
                    ctx.insert("alternates", &alternates);
                })
            }
        }
    }

    fn html(
        &self,
        template: &str,
        path: &str,
        locale: &str,
        fill: impl FnOnce(&mut tera::Context),
    ) -> Result<(String, Vec<u8>), Diagnostic> {
        let config = &self.site.config;
        let depth = path.matches('/').count();
        let common = Common {
            lang: locale,
            dir: direction(locale),
            base_path: &config.base_path,
            site_title: &config.title,
            ui: self.catalog.strings(locale).ui(),
            css: format!("{}static/clause.css", "../".repeat(depth)),
        };
        let mut ctx = tera::Context::new();
        ctx.insert("page", &common);
        fill(&mut ctx);
        self.run(template, &ctx)
            .map(|s| (path.to_string(), s.into_bytes()))
    }

    fn run(&self, template: &str, ctx: &tera::Context) -> Result<String, Diagnostic> {
        self.tera.render(template, ctx).map_err(|e| {
            Diagnostic::file(
                format!("templates/{template}"),
                format!("template error: {}", error_chain(&e)),
            )
        })
    }

    fn url(&self, locale: &str, policy: &str) -> String {
        format!("{}{locale}/{policy}/", self.site.config.base_path)
    }

    /// The site's origin, `https://privacy.example.com`, for absolute URLs.
    fn origin(&self) -> &str {
        let config = &self.site.config;
        config
            .base_url
            .strip_suffix(&config.base_path)
            .unwrap_or(&config.base_url)
    }

    /// The policy in every locale of the site.
    fn translations(&self, policy: usize) -> Vec<Link> {
        let loaded = &self.site.policies[policy];
        self.site
            .config
            .locales
            .iter()
            .map(|l| {
                let url = self.url(l, &loaded.id);
                Link {
                    locale: l.clone(),
                    absolute: format!("{}{url}", self.origin()),
                    url,
                    title: self
                        .localizations
                        .get(policy, l)
                        .policy
                        .meta
                        .title
                        .to_string(),
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
            .map(|(i, p)| ChooserEntry {
                id: p.id.clone(),
                product: self
                    .localizations
                    .get(i, default)
                    .policy
                    .meta
                    .product
                    .to_string(),
                links: self.translations(i),
            })
            .collect()
    }

    fn sitemap_urls(&self) -> Vec<SitemapUrl> {
        let config = &self.site.config;
        let mut urls = vec![SitemapUrl {
            loc: config.base_url.clone(),
            lastmod: None,
            alternates: vec![],
        }];
        for (i, p) in self.site.policies.iter().enumerate() {
            let lastmod = p.policy.meta.updated.as_ref().map(|d| d.value.clone());
            let translations = self.translations(i);
            let alternates = self.alternates(&translations);
            for link in &translations {
                urls.push(SitemapUrl {
                    loc: link.absolute.clone(),
                    lastmod: lastmod.clone(),
                    alternates: alternates.clone(),
                });
            }
        }
        urls
    }
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
