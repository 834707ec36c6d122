//! The command line: argument parsing and one small module per command.

mod build;
mod check;
mod confirm;
mod diff;
mod export;
mod import;
mod init;
mod manual;
mod new;
mod release;
mod reseal;
mod serve;
mod translate;

use crate::content::date::{DATE_RULE, Date};
use crate::diagnostics::Diagnostics;
use crate::term::{ColorChoice, Verbosity};
use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::{Path, PathBuf};

/// Exit code: success.
pub const EXIT_OK: i32 = 0;
/// Exit code: the content has errors.
pub const EXIT_CONTENT: i32 = 1;
/// Exit code: the command line or environment is wrong.
pub const EXIT_USAGE: i32 = 2;

/// Clause builds privacy-policy sites: web pages, in-app views and JSON, from YAML and Markdown.
#[derive(Debug, Parser)]
#[command(name = "clause", version, about, propagate_version = true)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
    /// Print only errors and warnings.
    #[arg(short, long, global = true, conflicts_with = "verbose")]
    pub quiet: bool,
    /// Also print how long each phase took.
    #[arg(short, long, global = true)]
    pub verbose: bool,
    /// When to colour diagnostics: auto (on a terminal, unless NO_COLOR is set), always or never.
    #[arg(long, global = true, value_enum, value_name = "WHEN", default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
}

impl Cli {
    /// Whether the command is `serve`, which answers on sockets rather than printing.
    pub fn serves(&self) -> bool {
        matches!(self.command, Command::Serve(_))
    }

    /// How much the run says.
    fn verbosity(&self) -> Verbosity {
        match (self.quiet, self.verbose) {
            (true, _) => Verbosity::Quiet,
            (_, true) => Verbosity::Verbose,
            _ => Verbosity::Normal,
        }
    }
}

impl Command {
    /// The `--root` of a command that works on a site.
    fn root_mut(&mut self) -> Option<&mut PathBuf> {
        match self {
            Command::Build(a) => Some(&mut a.common.root),
            Command::Check(a) => Some(&mut a.root),
            Command::Translate(a) => Some(&mut a.locale.root),
            Command::Confirm(a) => Some(&mut a.locale.root),
            Command::Release(a) => Some(&mut a.root),
            Command::Reseal(a) => Some(&mut a.root),
            Command::Diff(a) => Some(&mut a.root),
            Command::Serve(a) => Some(&mut a.root),
            Command::Export(a) => Some(&mut a.root),
            Command::Import(a) => Some(&mut a.root),
            Command::New(a) => Some(&mut a.root),
            Command::Init { .. } | Command::Completions { .. } | Command::Man { .. } => None,
        }
    }
}

/// Parses the command line. Without `--root`, a command works on the site the working
/// folder is in, as Zola and Hugo do: the nearest folder at or above it that holds a
/// clause.yaml (else the working folder, which then says there is no site).
pub fn parse() -> Cli {
    use clap::{CommandFactory, FromArgMatches, parser::ValueSource};
    let matches = Cli::command().get_matches();
    let mut cli = Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit());
    // Asked only of commands that have a --root (clap panics on an unknown argument).
    let defaulted = || {
        matches
            .subcommand()
            .is_some_and(|(_, sub)| sub.value_source("root") == Some(ValueSource::DefaultValue))
    };
    if let Some(root) = cli.command.root_mut().filter(|_| defaulted()) {
        let here = std::env::current_dir().unwrap_or_default();
        if let Some(found) = site_above(&here) {
            *root = found;
        }
    }
    cli
}

/// The nearest folder at or above `here` that holds a clause.yaml, as a relative path
/// (`.`, `..`, `../..`), so that what commands print stays short and true from `here`.
fn site_above(here: &Path) -> Option<PathBuf> {
    here.ancestors()
        .position(|dir| dir.join(crate::config::CONFIG_FILE).is_file())
        .map(|depth| match depth {
            0 => PathBuf::from("."),
            n => std::iter::repeat_n("..", n).collect(),
        })
}

/// The commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Build the site into the output folder (public/ by default).
    Build(BuildArgs),
    /// Validate everything and write nothing.
    Check(CommonArgs),
    /// Create a new site with a small example policy.
    Init {
        /// The folder to create the site in (default: the current folder).
        dir: Option<PathBuf>,
    },
    /// Add a stub for every untranslated text to content/<policy>/<locale>.yaml, or
    /// exchange the texts with a translation agency as XLIFF (`--format xliff`, `--import`).
    Translate(translate::TranslateArgs),
    /// Record that a locale's translations were reviewed against the current source text.
    Confirm(confirm::ConfirmArgs),
    /// Freeze the draft and its translations as a new version, sealed in clause.lock.
    Release(release::ReleaseArgs),
    /// Re-seal a released version after a deliberate, recorded correction.
    Reseal(reseal::ResealArgs),
    /// Print the change notice between two versions (`draft` for the working draft).
    Diff(diff::DiffArgs),
    /// Preview the site with live reload, drafts included, on 127.0.0.1.
    Serve(serve::ServeArgs),
    /// Write a policy's app-store files (privacy manifest, App Store label, Data safety CSV).
    Export(export::ExportArgs),
    /// Make an existing policy (web page, Markdown, Word, plain text) into a policy.yaml.
    Import(import::ImportArgs),
    /// Add a policy to the site: content/<policy>/policy.yaml, from a starter to fill in.
    New(new::NewArgs),
    /// Print a completion script for a shell (`clause completions bash > …`; see docs/install.md).
    Completions {
        /// The shell.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the manual page in roff (`clause man > clause.1`; `clause man build` for one command's).
    Man {
        /// A command whose own page to print.
        command: Option<String>,
    },
}

/// Options of `translate` and `confirm`.
#[derive(Debug, Args)]
pub struct LocaleArgs {
    /// The policy id (its folder under content/).
    pub policy: String,
    /// The locale, as listed in clause.yaml.
    pub locale: String,
    /// The site root, where clause.yaml is.
    #[arg(long, default_value = ".")]
    pub root: PathBuf,
}

/// Options shared by `build` and `check`.
#[derive(Debug, Args)]
pub struct CommonArgs {
    /// The site root, where clause.yaml is.
    #[arg(long, default_value = ".")]
    pub root: PathBuf,
    /// The build date, YYYY-MM-DD (default: SOURCE_DATE_EPOCH, else today).
    #[arg(long, value_parser = parse_date)]
    pub date: Option<Date>,
    /// How to print diagnostics.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
    /// Treat missing or stale translations as errors (as `translations.strict` does).
    #[arg(long)]
    pub strict: bool,
    /// Publish drafts (marked and `noindex`) in place of the version in effect.
    #[arg(long)]
    pub drafts: bool,
    /// The address the site is published at, in place of clause.yaml's `base_url`: for a
    /// preview deploy, so its links, sitemap and API name its own address.
    #[arg(long, value_name = "URL", value_parser = crate::config::BaseUrl::parse)]
    pub base_url: Option<crate::config::BaseUrl>,
    /// The render cache: pages of sealed versions kept across builds, for CI systems to save
    /// and restore (default: .clause-cache in the root; see docs/performance.md). `check`
    /// only reads it.
    #[arg(long, value_name = "FOLDER", conflicts_with = "no_cache")]
    pub cache: Option<PathBuf>,
    /// Without the render cache.
    #[arg(long)]
    pub no_cache: bool,
}

/// Options of `build`.
#[derive(Debug, Args)]
pub struct BuildArgs {
    /// Shared options.
    #[command(flatten)]
    pub common: CommonArgs,
    /// The output folder (default: `output` in clause.yaml, else public/ in the root).
    #[arg(long)]
    pub output: Option<PathBuf>,
    /// Render every page again instead of reusing pages of released versions whose inputs
    /// did not change since the previous build (see docs/performance.md).
    #[arg(long)]
    pub fresh: bool,
    /// Build into an existing folder that Clause did not build, and replace files there
    /// that Clause did not write but now writes (files it does not write are always kept).
    #[arg(long)]
    pub force: bool,
    /// The most the render cache may hold; the entries unused longest go first (bytes, or a
    /// number with K, M, G or T; default 10G).
    #[arg(long, value_name = "SIZE", value_parser = crate::output::cache::parse_limit)]
    pub cache_limit: Option<u64>,
}

/// Diagnostic formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Text with source snippets.
    Text,
    /// One JSON document, for CI annotations.
    Json,
    /// GitHub Actions workflow commands: each error an annotation on its file and line.
    Github,
}

pub(crate) fn parse_date(s: &str) -> Result<Date, String> {
    Date::parse(s).ok_or_else(|| format!("expected {DATE_RULE}"))
}

/// How this run prints its problems: `--format` of `build` and `check`, else text. Set
/// once, before anything is reported, so that every error of a run, whether about a file
/// or about the command, comes out in one format.
static FORMAT: std::sync::OnceLock<Format> = std::sync::OnceLock::new();

/// Runs a parsed command line and returns the exit code.
pub fn run(cli: Cli) -> i32 {
    crate::term::set(cli.verbosity(), cli.color);
    let format = match &cli.command {
        Command::Build(args) => args.common.format,
        Command::Check(args) => args.format,
        _ => Format::Text,
    };
    let _ = FORMAT.set(format);
    match cli.command {
        Command::Build(args) => build::run(args),
        Command::Check(args) => check::run(args),
        Command::Init { dir } => init::run(dir.unwrap_or_else(|| PathBuf::from("."))),
        Command::Translate(args) => translate::run(args),
        Command::Confirm(args) => confirm::run(args),
        Command::Release(args) => release::run(args),
        Command::Reseal(args) => reseal::run(args),
        Command::Diff(args) => diff::run(args),
        Command::Serve(args) => serve::run(args),
        Command::Export(args) => export::run(args),
        Command::Import(args) => import::run(args),
        Command::New(args) => new::run(args),
        Command::Completions { shell } => manual::completions(shell),
        Command::Man { command } => manual::man(command.as_deref()),
    }
}

/// The build date: `--date`, else `SOURCE_DATE_EPOCH`, else today (UTC).
pub fn build_date(arg: Option<Date>) -> Result<Date, String> {
    if let Some(date) = arg {
        return Ok(date);
    }
    if let Ok(epoch) = std::env::var("SOURCE_DATE_EPOCH") {
        let seconds: i64 = epoch.trim().parse().map_err(|_| {
            format!("SOURCE_DATE_EPOCH is `{epoch}`, expected a number of seconds since 1970-01-01")
        })?;
        return Ok(Date::from_unix_days(seconds.div_euclid(86_400)));
    }
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    Ok(Date::from_unix_days((now / 86_400) as i64))
}

/// Prints diagnostics in the chosen format: the one way every problem is shown. Text goes
/// to stderr, coloured on a terminal; JSON to stdout, as the run's one document.
pub fn report(diagnostics: &Diagnostics, format: Format) {
    match format {
        Format::Text => eprint!("{}", diagnostics.render_text_in(crate::term::colour())),
        // JSON is the command's output, for a program to read: on stdout.
        Format::Json => print!("{}", diagnostics.render_json()),
        // The runner reads workflow commands from stdout; the log keeps the text.
        Format::Github => {
            print!("{}", diagnostics.render_github());
            eprint!("{}", diagnostics.render_text());
        }
    }
}

/// Checks the build date, then loads the site, leaving the sealed versions `parsed` knows
/// for when they are needed. On failure the diagnostics are printed and the exit code is
/// returned.
fn load_checked(
    args: &CommonArgs,
    parsed: Option<&crate::content::version::Parsed>,
) -> Result<crate::build::Loaded, i32> {
    let date = build_date(args.date).map_err(|message| usage_error(&message))?;
    let options = crate::build::Options {
        date,
        drafts: args.drafts,
        strict: args.strict,
        base_url: args.base_url.clone(),
    };
    let mut diagnostics = Diagnostics::default();
    crate::build::load_with(&args.root, options, parsed, &mut diagnostics).ok_or_else(|| {
        report(&diagnostics, args.format);
        EXIT_CONTENT
    })
}

/// The render cache folder of a build or check, resolved and as named: `--cache`, else
/// `.clause-cache` in the root; none with `--no-cache`. A folder that is neither new,
/// empty nor a cache of Clause's is refused.
fn cache_folder(args: &CommonArgs) -> Result<Option<(PathBuf, PathBuf)>, i32> {
    if args.no_cache {
        return Ok(None);
    }
    let shown = args
        .cache
        .clone()
        .unwrap_or_else(|| args.root.join(build::DEFAULT_CACHE));
    let dir = crate::output::guard::resolve(&shown)
        .map_err(|e| fail(EXIT_USAGE, &format!("cannot find {}: {e}", shown.display())))?;
    crate::output::cache::Cache::check(&dir, &shown).map_err(|why| fail(EXIT_USAGE, &why))?;
    Ok(Some((dir, shown)))
}

/// Loads the site and renders everything into `sink` (for `check`): with `cache` (a cache
/// folder, only read), sealed versions parsed before are not parsed again and pages whose
/// key it holds are not rendered again (they rendered without a problem from the same
/// inputs).
fn load_and_render(
    args: &CommonArgs,
    sink: &dyn crate::output::Sink,
    cache: Option<&Path>,
) -> Result<crate::build::Loaded, i32> {
    let salt = cache.map(|_| crate::build::parse_salt(&args.root));
    let parsed = cache
        .zip(salt.as_deref())
        .map(|(dir, salt)| crate::output::cache::Cache::parsed(dir, salt));
    let loaded = load_checked(args, parsed.as_ref())?;
    let mut diagnostics = Diagnostics::default();
    let scope = crate::build::Scope::All;
    match loaded.render(scope, sink, cache.is_some(), &mut diagnostics) {
        Some(()) => Ok(loaded),
        None => {
            report(&diagnostics, args.format);
            Err(EXIT_CONTENT)
        }
    }
}

/// Loads the site for `translate` and `confirm` and finds the policy and locale they name.
fn load_for_locale(
    args: &LocaleArgs,
) -> Result<
    (
        crate::content::Site,
        std::sync::Arc<crate::content::LoadedPolicy>,
        Option<crate::output::lock::DirLock>,
    ),
    i32,
> {
    let lock = lock_site(&args.root)?;
    let mut diagnostics = Diagnostics::default();
    let Some(site) = crate::content::load_site(&args.root, &mut diagnostics) else {
        report(&diagnostics, Format::Text);
        return Err(EXIT_CONTENT);
    };
    let config = &site.config;
    let others = &config.locales[1..];
    if !others.contains(&args.locale) {
        let message = if args.locale == config.default_locale() {
            format!(
                "`{}` is the default locale: its text is policy.yaml itself",
                args.locale
            )
        } else {
            format!("`{}` is not a locale of this site", args.locale)
        };
        return Err(usage_error(&format!(
            "{message}; expected one of: {}",
            if others.is_empty() {
                "(none: add locales to clause.yaml)".to_string()
            } else {
                others.join(", ")
            }
        )));
    }
    let Some(policy) = site.policies.iter().find(|p| p.id == args.policy).cloned() else {
        let ids: Vec<&str> = site.policies.iter().map(|p| p.id.as_str()).collect();
        return Err(usage_error(&format!(
            "no policy `{}`; expected one of: {}",
            args.policy,
            ids.join(", ")
        )));
    };
    Ok((site, policy, lock))
}

/// Takes the site's write lock for a command that writes, then completes or rolls back
/// whatever a killed command left half done (see `versions::recover`), saying what it did.
/// No lock is taken where there is no site folder: loading then reports that, and nothing
/// is written.
fn lock_site(root: &std::path::Path) -> Result<Option<crate::output::lock::DirLock>, i32> {
    if !root.is_dir() {
        return Ok(None);
    }
    let lock = crate::output::lock::DirLock::acquire(root).map_err(|e| {
        usage_error(&format!(
            "cannot use {} as the site root: {e}",
            root.display()
        ))
    })?;
    match crate::versions::recover::recover(root) {
        Ok(notes) => {
            for note in notes {
                eprintln!("note: {note}");
            }
            Ok(Some(lock))
        }
        Err(message) => Err(fail(EXIT_CONTENT, &message)),
    }
}

/// Who signs a record (`--by`): the name given, else git's `user.name` where git has one.
/// A name is one line of plain text.
fn signer(given: Option<&str>, root: &Path) -> Result<Option<String>, String> {
    let name = match given {
        Some(name) => Some(name.trim().to_string()),
        None => git_user_name(root),
    };
    match name {
        Some(n) if n.is_empty() => Err("--by is empty; expected a name".into()),
        Some(n) => match crate::yaml::text_problem(&n, false) {
            Some(problem) => Err(format!("--by `{n}` has a {problem}")),
            None if n.contains('\n') => Err("--by is more than one line; expected a name".into()),
            None => Ok(Some(n)),
        },
        None => Ok(None),
    }
}

/// The name this site's git repository commits under (`git config user.name`), when the
/// site is in a git work tree and git has one: a folder outside any repository names
/// nobody, whatever the machine's global configuration says.
fn git_user_name(root: &Path) -> Option<String> {
    let git = |args: &[&str]| {
        let out = std::process::Command::new("git")
            .arg("-C")
            .arg(root)
            .args(args)
            .stderr(std::process::Stdio::null())
            .output()
            .ok()?;
        let text = String::from_utf8(out.stdout).ok()?.trim().to_string();
        (out.status.success() && !text.is_empty()).then_some(text)
    };
    git(&["rev-parse", "--is-inside-work-tree"]).filter(|t| t == "true")?;
    git(&["config", "user.name"])
}

/// `--approved-by ROLE=NAME` flags as role → name.
fn approvals(flags: &[String]) -> Result<std::collections::BTreeMap<String, String>, String> {
    let mut out = std::collections::BTreeMap::new();
    for flag in flags {
        let (role, name) = flag
            .split_once('=')
            .map(|(r, n)| (r.trim(), n.trim()))
            .filter(|(r, n)| !r.is_empty() && !n.is_empty())
            .ok_or_else(|| {
                format!("--approved-by `{flag}`: expected ROLE=NAME, e.g. legal=\"Ana Ruiz\"")
            })?;
        if !crate::content::ids::is_slug(role) {
            return Err(format!(
                "--approved-by `{flag}`: the role `{role}` is not {}",
                crate::content::ids::SLUG_RULE
            ));
        }
        if out.insert(role.to_string(), name.to_string()).is_some() {
            return Err(format!("--approved-by names the role `{role}` twice"));
        }
    }
    Ok(out)
}

/// Prints a usage problem and returns the usage exit code.
fn usage_error(message: &str) -> i32 {
    fail(EXIT_USAGE, message)
}

/// Prints a problem of the command rather than of one file (a refused output folder, a
/// file that cannot be written) through [`report`], in the run's format, and returns
/// `code`. In JSON its `file` is empty.
fn fail(code: i32, message: &str) -> i32 {
    let mut diagnostics = Diagnostics::default();
    diagnostics.push(crate::diagnostics::Diagnostic::file("", message));
    match FORMAT.get().copied().unwrap_or(Format::Text) {
        // One line, as every command has always printed it.
        Format::Text => eprintln!("error: {message}"),
        format => report(&diagnostics, format),
    }
    code
}

#[cfg(test)]
mod tests {
    #[test]
    fn command_line_definition_is_consistent() {
        use clap::CommandFactory;
        super::Cli::command().debug_assert();
    }
}
