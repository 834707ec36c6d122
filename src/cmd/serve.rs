//! `clause serve`: preview with live reload.

use super::{EXIT_USAGE, parse_date};
use crate::content::date::Date;
use clap::Args;
use std::net::IpAddr;
use std::path::PathBuf;

/// The port tried first when `--port` is not given.
#[cfg(feature = "serve")]
pub const DEFAULT_PORT: u16 = 4111;

/// Options of `serve`.
#[derive(Debug, Args)]
pub struct ServeArgs {
    /// The site root, where clause.yaml is.
    #[arg(long, default_value = ".")]
    pub root: PathBuf,
    /// The port (default: 4111, or the next free one).
    #[arg(long)]
    pub port: Option<u16>,
    /// The address to listen on. Anything but loopback makes drafts reachable from other
    /// machines, so it must be asked for.
    #[arg(long, default_value = "127.0.0.1")]
    pub bind: IpAddr,
    /// Open the site in the default browser.
    #[arg(long)]
    pub open: bool,
    /// Show drafts (the default).
    #[arg(long, overrides_with = "no_drafts")]
    pub drafts: bool,
    /// Show only released versions, as `build` does.
    #[arg(long)]
    pub no_drafts: bool,
    /// The build date, YYYY-MM-DD (default: SOURCE_DATE_EPOCH, else today).
    #[arg(long, value_parser = parse_date)]
    pub date: Option<Date>,
    /// The address pages name as their own (canonical links, hreflang, sitemap, API), in
    /// place of clause.yaml's `base_url`; its path is where the preview serves the site.
    #[arg(long, value_name = "URL", value_parser = crate::config::BaseUrl::parse)]
    pub base_url: Option<crate::config::BaseUrl>,
}

/// Without the `serve` feature the command stays (so `clause --help` is the same), and says
/// how to get it.
#[cfg(not(feature = "serve"))]
pub fn run(_: ServeArgs) -> i32 {
    eprintln!(
        "error: this clause was built without `serve`; install it with the default features \
         (`cargo install clause-ssg`) to preview with live reload"
    );
    EXIT_USAGE
}

#[cfg(feature = "serve")]
pub fn run(args: ServeArgs) -> i32 {
    let date = match super::build_date(args.date) {
        Ok(date) => date,
        Err(message) => return super::usage_error(&message),
    };
    let options = crate::serve::Options {
        root: args.root.clone(),
        bind: args.bind,
        port: args.port.unwrap_or(DEFAULT_PORT),
        next_free: args.port.is_none(),
        build: crate::build::Options {
            date,
            drafts: !args.no_drafts,
            strict: false,
            base_url: args.base_url.clone(),
        },
    };
    if args.open {
        let url = format!("http://{}:{}/", args.bind, options.port);
        let opener = if cfg!(target_os = "macos") {
            "open"
        } else {
            "xdg-open"
        };
        let _ = std::process::Command::new(opener).arg(url).spawn();
    }
    match crate::serve::run(options) {
        Ok(()) => super::EXIT_OK,
        Err(message) => super::fail(EXIT_USAGE, &message),
    }
}
