//! `clause serve`: preview with live reload.

use super::{EXIT_OK, EXIT_USAGE, build_date, parse_date, usage_error};
use crate::content::date::Date;
use clap::Args;
use std::net::IpAddr;
use std::path::PathBuf;

/// The port tried first when `--port` is not given.
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
}

pub fn run(args: ServeArgs) -> i32 {
    let date = match build_date(args.date) {
        Ok(date) => date,
        Err(message) => return usage_error(&message),
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
        Ok(()) => EXIT_OK,
        Err(message) => {
            eprintln!("error: {message}");
            EXIT_USAGE
        }
    }
}
