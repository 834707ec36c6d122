//! `clause import <FILE>`: an existing policy made into `content/<policy>/policy.yaml`,
//! then built in memory to prove that every sentence of it is on the page.

use super::{EXIT_CONTENT, EXIT_OK, Format as ReportFormat, fail, report, usage_error};
use crate::build::{Options, Scope};
use crate::diagnostics::Diagnostics;
use crate::import::{self, Format, coverage, facts::Fact, structure, yaml};
use clap::Args;
use std::path::{Path, PathBuf};

/// Options of `import`.
#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The policy to import: a saved web page, Markdown, a Word document (.docx) or plain
    /// text.
    pub file: PathBuf,
    /// The policy id, its folder under content/ (default: from the file name).
    #[arg(long)]
    pub policy: Option<String>,
    /// The document's language (default: the site's default locale; `en` for a new site).
    #[arg(long)]
    pub locale: Option<String>,
    /// The format, when the file name does not say it.
    #[arg(long, value_enum)]
    pub format: Option<Format>,
    /// Replace the policy's policy.yaml if there is one.
    #[arg(long)]
    pub force: bool,
    /// Succeed even when sentences of the source are missing from the page.
    #[arg(long)]
    pub allow_loss: bool,
    /// Import FILE as the translation of this policy into --locale, aligned to it by
    /// structure (writes content/<policy>/<locale>.yaml).
    #[arg(long, value_name = "POLICY")]
    pub translation_of: Option<String>,
    /// The site root, where clause.yaml is (made there when there is none).
    #[arg(long, default_value = ".")]
    pub root: PathBuf,
}

pub fn run(args: ImportArgs) -> i32 {
    let shown = args.file.display().to_string();
    let bytes = match read_bounded(&args.file) {
        Ok(bytes) => bytes,
        Err(why) => return fail(EXIT_CONTENT, &format!("cannot import {shown}: {why}")),
    };
    let name = args
        .file
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let format = args.format.unwrap_or_else(|| Format::of(&name, &bytes));
    let source = match import::read(&bytes, format) {
        Ok(source) if !source.blocks.is_empty() => source,
        Ok(_) => {
            return fail(
                EXIT_CONTENT,
                &format!(
                    "cannot import {shown}: no text found in it as {}",
                    format.name()
                ),
            );
        }
        Err(why) => return fail(EXIT_CONTENT, &format!("cannot import {shown}: {why}")),
    };
    if let Some(policy) = &args.translation_of {
        return translation(&args, policy, &shown, &name, format, source);
    }
    let site = match Site::find(&args) {
        Ok(site) => site,
        Err(code) => return code,
    };
    let id = match policy_id(&args, &name) {
        Ok(id) => id,
        Err(message) => return usage_error(&message),
    };
    let sentences = coverage::sentences(&source.blocks, None);
    let shaped = structure::shape(source.blocks.clone(), source.title.clone(), &site.locale);
    let title = shaped.title.as_ref().map(|(t, _)| t.as_str());
    let facts = import::facts::find(&source.blocks, title);
    let proposals = import::facts::proposals(&source.blocks);
    let text = yaml::policy(&shaped, &facts, &proposals, &name);
    let file = format!("content/{id}/policy.yaml");
    if let Err(code) = site.write(
        &args,
        &file,
        &text,
        shaped.title.as_ref().map(|t| t.0.as_str()),
    ) {
        return code;
    }
    let sections = match count(&shaped.sections) {
        1 => "1 section".to_string(),
        n => format!("{n} sections"),
    };
    crate::say!(
        "Imported {shown} ({}) into {file}: {sections}",
        format.name()
    );
    print_review(&shaped, &facts);
    print_proposals(&proposals);
    finish(&args, &id, &site.locale, &sentences, true)
}

/// Renders the policy's page in `locale`, prints the coverage of `sentences` on it, and
/// gives the exit code (`complete`: nothing else was left out).
fn finish(args: &ImportArgs, id: &str, locale: &str, sentences: &[String], complete: bool) -> i32 {
    let Some(page) = rendered_page(&args.root, id, locale) else {
        return EXIT_CONTENT;
    };
    let found = coverage::check(sentences, &coverage::page_text(&page));
    print_coverage(&found, &format!("{locale}/{id}/"));
    if (found.missing.is_empty() && complete) || args.allow_loss {
        EXIT_OK
    } else {
        EXIT_CONTENT
    }
}

/// `--translation-of`: aligns the document to the policy and writes `<locale>.yaml`.
fn translation(
    args: &ImportArgs,
    id: &str,
    shown: &str,
    name: &str,
    format: Format,
    source: import::Source,
) -> i32 {
    let mut diagnostics = Diagnostics::default();
    let Some(site) = crate::content::load_site(&args.root, &mut diagnostics) else {
        report(&diagnostics, ReportFormat::Text);
        return EXIT_CONTENT;
    };
    let config = &site.config;
    let Some(policy) = site.policies.iter().find(|p| p.id == id) else {
        let ids: Vec<&str> = site.policies.iter().map(|p| p.id.as_str()).collect();
        return usage_error(&format!(
            "no policy `{id}`; expected one of: {}",
            ids.join(", ")
        ));
    };
    let translatable = &config.locales[1..];
    let locale = match &args.locale {
        Some(l) if translatable.contains(l) => l.clone(),
        _ => {
            return usage_error(&format!(
                "a translation needs --locale with one of this site's other locales: {}",
                translatable.join(", ")
            ));
        }
    };
    let sentences = coverage::sentences(&source.blocks, None);
    let shaped = structure::shape(source.blocks, source.title, &locale);
    let aligned = import::align::align(&policy.policy, &shaped);
    let file = format!("content/{id}/{locale}.yaml");
    let path = args.root.join(&file);
    let text = import::align::translation_yaml(&aligned, name, &locale);
    if let Err(code) = write_whole(args, &path, &text, "a translation") {
        return code;
    }
    crate::say!(
        "Aligned {shown} ({}) to `{id}` into {file}: {} texts",
        format.name(),
        aligned.texts.len()
    );
    for difference in &aligned.differences {
        eprintln!("differs: {difference}; left untranslated");
    }
    crate::say!("Review it, then record the review with `clause confirm {id} {locale}`.");
    finish(
        args,
        id,
        &locale,
        &sentences,
        aligned.differences.is_empty(),
    )
}

/// The file's bytes, if it is not larger than an import may be.
fn read_bounded(path: &Path) -> Result<Vec<u8>, String> {
    use std::io::Read;
    let file = std::fs::File::open(path).map_err(|e| e.to_string())?;
    let mut bytes = Vec::new();
    file.take(import::MAX_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| e.to_string())?;
    if bytes.len() as u64 > import::MAX_BYTES {
        return Err(format!(
            "it is larger than {} MiB, the most a policy may have",
            import::MAX_BYTES >> 20
        ));
    }
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err("it is empty".into());
    }
    Ok(bytes)
}

/// `--policy`, else a slug of the file name.
fn policy_id(args: &ImportArgs, name: &str) -> Result<String, String> {
    let id = match &args.policy {
        Some(id) => id.clone(),
        None => {
            let stem = name.rsplit_once('.').map_or(name, |(s, _)| s);
            structure::slug(stem).unwrap_or_else(|| "policy".into())
        }
    };
    if !crate::content::ids::is_slug(&id) || crate::content::ids::reserved_on_windows(&id) {
        return Err(format!(
            "`{id}` cannot be a policy id; expected {}, and not a device name on Windows",
            crate::content::ids::SLUG_RULE
        ));
    }
    Ok(id)
}

/// The site the policy goes into: an existing one, or a new one to be made.
struct Site {
    /// Whether clause.yaml is there.
    exists: bool,
    /// The document's locale.
    locale: String,
}

impl Site {
    fn find(args: &ImportArgs) -> Result<Site, i32> {
        if !args.root.join("clause.yaml").exists() {
            let locale = args.locale.clone().unwrap_or_else(|| "en".into());
            return Ok(Site {
                exists: false,
                locale,
            });
        }
        let mut diagnostics = Diagnostics::default();
        diagnostics.set_root(&args.root);
        let Some(config) = crate::config::load(&args.root, &mut diagnostics) else {
            report(&diagnostics, ReportFormat::Text);
            return Err(EXIT_CONTENT);
        };
        let default = config.default_locale().to_string();
        match &args.locale {
            Some(l) if *l != default => Err(usage_error(&format!(
                "`{l}` is not this site's default locale (`{default}`); a policy is imported in the default locale, and a translation of it with --translation-of <policy>"
            ))),
            _ => Ok(Site {
                exists: true,
                locale: default,
            }),
        }
    }

    /// Writes the policy (and clause.yaml for a new site), never replacing a file but the
    /// policy with --force.
    fn write(
        &self,
        args: &ImportArgs,
        file: &str,
        text: &str,
        title: Option<&str>,
    ) -> Result<(), i32> {
        let path = args.root.join(file);
        if path.exists() && !args.force {
            return Err(refuse(&path, "a policy"));
        }
        let cannot = |p: &Path, e: std::io::Error| {
            fail(EXIT_CONTENT, &format!("cannot write {}: {e}", p.display()))
        };
        if !self.exists {
            let config = format!(
                "# Site configuration. Every field is described in Clause's docs/content-format.md.\ntitle: {}\nbase_url: https://privacy.example.com/  # {}: where the site will be published\nlocales: [{}]\n",
                serde_json::to_string(title.unwrap_or("Privacy")).unwrap_or_default(),
                yaml::TODO,
                self.locale
            );
            let clause = args.root.join("clause.yaml");
            std::fs::create_dir_all(&args.root).map_err(|e| cannot(&args.root, e))?;
            crate::output::create_file(&clause, config.as_bytes())
                .map_err(|e| cannot(&clause, e))?;
        }
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(|e| cannot(dir, e))?;
        }
        write_whole(args, &path, text, "a policy")
    }
}

/// Writes `text` to `path` whole or not at all: as a new file, or with --force in place of
/// the one there (`what` names it when refused).
fn write_whole(args: &ImportArgs, path: &Path, text: &str, what: &str) -> Result<(), i32> {
    let written = if args.force {
        crate::output::write_file(path, text.as_bytes())
    } else if path.exists() {
        return Err(refuse(path, what));
    } else {
        crate::output::create_file(path, text.as_bytes())
    };
    written.map_err(|e| {
        fail(
            EXIT_CONTENT,
            &format!("cannot write {}: {e}", path.display()),
        )
    })
}

fn refuse(path: &Path, what: &str) -> i32 {
    usage_error(&format!(
        "{} already exists; `clause import` replaces {what} only with --force",
        path.display()
    ))
}

fn count(sections: &[structure::Section]) -> usize {
    sections.iter().map(|s| 1 + count(&s.sections)).sum()
}

fn print_review(shaped: &structure::Structure, facts: &[Fact]) {
    if !facts.is_empty() {
        eprintln!("Proposed facts (check each against the source):");
        for f in facts {
            eprintln!("  {}: {}  ({}: “{}”)", f.key, f.value, f.at, f.quote);
        }
    }
    let todo: Vec<&str> = [
        ("meta.title", shaped.title.is_none()),
        (
            "meta.product",
            !facts.iter().any(|f| f.key == "meta.product"),
        ),
        (
            "meta.controller.name",
            !facts.iter().any(|f| f.key == "meta.controller.name"),
        ),
    ]
    .into_iter()
    .filter_map(|(key, missing)| missing.then_some(key))
    .collect();
    if !todo.is_empty() {
        eprintln!(
            "Not found in the source, marked {} to fill in: {}",
            yaml::TODO,
            todo.join(", ")
        );
    }
    for note in &shaped.notes {
        eprintln!("note: {note}");
    }
}

fn print_proposals(proposals: &import::facts::Proposals) {
    let listed = [
        (proposals.permissions.len(), "permission"),
        (proposals.third_parties.len(), "third party"),
        (proposals.retention.len(), "retention period"),
    ];
    let parts: Vec<String> = listed
        .iter()
        .filter(|(n, _)| *n > 0)
        .map(|(n, what)| match (n, *what) {
            (1, w) => format!("1 {w}"),
            (n, "third party") => format!("{n} third parties"),
            (n, w) => format!("{n} {w}s"),
        })
        .collect();
    if !parts.is_empty() {
        eprintln!(
            "Proposed as comments at the end of the file, to review and link: {}",
            parts.join(", ")
        );
    }
}

/// The draft's page as the site renders it; `None` (problems printed) when the site does
/// not load.
fn rendered_page(root: &Path, id: &str, locale: &str) -> Option<String> {
    let options = Options {
        date: super::build_date(None).ok()?,
        drafts: true,
        strict: false,
        base_url: None,
    };
    let mut diagnostics = Diagnostics::default();
    let loaded = crate::build::load(root, options, &mut diagnostics);
    let output = loaded.and_then(|l| {
        let scope = Scope::Draft { policy: id };
        l.render_in_memory(scope, &mut diagnostics)
    });
    let Some(output) = output else {
        eprintln!("The policy was written, but the site does not build with it:");
        report(&diagnostics, ReportFormat::Text);
        return None;
    };
    let page = output.files.get(&format!("{locale}/{id}/index.html"))?;
    Some(String::from_utf8_lossy(page).into_owned())
}

fn print_coverage(found: &coverage::Coverage, page: &str) {
    let present = found.total - found.missing.len();
    eprintln!(
        "Coverage: {}% ({present} of {} sentences of the source are on the page {page})",
        found.percent(),
        found.total
    );
    for sentence in &found.missing {
        eprintln!("  missing: {sentence}");
    }
}
