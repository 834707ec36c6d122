//! UI strings: Fluent messages, built in and overridable by the site.

use crate::config::Config;
use crate::diagnostics::{Diagnostic, Diagnostics, Pos};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::collections::BTreeMap;
use std::path::Path;
use unic_langid::LanguageIdentifier;

/// The folder of a site's own UI strings.
pub const LOCALES_DIR: &str = "locales";

/// The built-in translations, compiled into the binary.
const BUILTIN: &[(&str, &str)] = &[("en", include_str!("../../locales/en.ftl"))];

/// The locale whose built-in strings fill any gap.
const BASE_LOCALE: &str = "en";

/// The UI strings of one locale.
pub struct Strings {
    bundle: FluentBundle<FluentResource>,
    ui: BTreeMap<String, String>,
}

impl std::fmt::Debug for Strings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Strings")
            .field("messages", &self.ui.len())
            .finish()
    }
}

impl Strings {
    /// A message without arguments; the id itself if the message does not exist.
    pub fn text(&self, id: &str) -> String {
        self.format(id, &[])
    }

    /// A message with numeric or text arguments.
    pub fn format(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            return id.to_string();
        };
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        let mut errors = Vec::new();
        self.bundle
            .format_pattern(pattern, Some(&fluent_args), &mut errors)
            .into_owned()
    }

    /// Every message that takes no arguments, for templates (`ui["policy-effective"]`).
    pub fn ui(&self) -> &BTreeMap<String, String> {
        &self.ui
    }
}

/// UI strings for every locale of the site.
#[derive(Debug)]
pub struct Catalog {
    by_locale: BTreeMap<String, Strings>,
}

impl Catalog {
    /// The strings of a configured locale.
    pub fn strings(&self, locale: &str) -> &Strings {
        &self.by_locale[locale]
    }
}

/// Builds the catalog: built-in strings, then the site's `locales/<locale>.ftl` on top.
pub fn load(root: &Path, config: &Config, diagnostics: &mut Diagnostics) -> Option<Catalog> {
    let mut by_locale = BTreeMap::new();
    for locale in &config.locales {
        let mut layers: Vec<(String, String)> = builtin_layers(locale);
        let site_file = root.join(LOCALES_DIR).join(format!("{locale}.ftl"));
        if site_file.is_file() {
            let shown = format!("{LOCALES_DIR}/{locale}.ftl");
            match crate::yaml::read_text(&site_file, &shown) {
                Ok(text) => layers.push((shown, text)),
                Err(d) => diagnostics.push(d),
            }
        }
        if let Some(strings) = build(locale, layers, diagnostics) {
            by_locale.insert(locale.clone(), strings);
        }
    }
    diagnostics.is_empty().then_some(Catalog { by_locale })
}

fn builtin_layers(locale: &str) -> Vec<(String, String)> {
    let mut layers = vec![(
        format!("(built-in) {BASE_LOCALE}.ftl"),
        BUILTIN[0].1.to_string(),
    )];
    if let Some((code, text)) = BUILTIN
        .iter()
        .find(|(code, _)| *code == locale && *code != BASE_LOCALE)
    {
        layers.push((format!("(built-in) {code}.ftl"), text.to_string()));
    }
    layers
}

fn build(
    locale: &str,
    layers: Vec<(String, String)>,
    diagnostics: &mut Diagnostics,
) -> Option<Strings> {
    let langid: LanguageIdentifier = locale.parse().ok()?;
    let mut bundle = FluentBundle::new_concurrent(vec![langid]);
    // Isolation marks would leak into attributes and plain text; templates use <bdi>.
    bundle.set_use_isolating(false);
    let mut ids = Vec::new();
    for (shown, text) in layers {
        diagnostics.add_source(&shown, &text);
        let resource = match FluentResource::try_new(text.clone()) {
            Ok(resource) => resource,
            Err((_, errors)) => {
                for e in errors {
                    // Point at the start of the broken message, not where parsing gave up.
                    let start = e.slice.as_ref().map_or(e.pos.start, |s| s.start);
                    let message = format!("Fluent syntax error: {}", e.kind);
                    let expected = "a message such as `policy-effective = Effective date`";
                    diagnostics.push(
                        Diagnostic::at(&shown, position(&text, start), message).expected(expected),
                    );
                }
                return None;
            }
        };
        ids.extend(message_ids(&resource));
        bundle.add_resource_overriding(resource);
    }
    let mut strings = Strings {
        bundle,
        ui: BTreeMap::new(),
    };
    strings.ui = ids
        .iter()
        .map(|id| (id.clone(), strings.text(id)))
        .collect();
    Some(strings)
}

fn message_ids(resource: &FluentResource) -> Vec<String> {
    use fluent_syntax::ast::Entry;
    resource
        .entries()
        .filter_map(|e| match e {
            Entry::Message(m) => Some(m.id.name.to_string()),
            _ => None,
        })
        .collect()
}

/// Line and column (1-based, in characters) of a byte offset.
pub fn position(text: &str, offset: usize) -> Pos {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().unwrap_or("").chars().count() + 1;
    Pos {
        line,
        column,
        len: 0,
    }
}
