//! `clause reseal <policy> <version> --reason …`: accept the current bytes of a released
//! version, recording why. The only way to change an archive, and never a silent one.

use super::{EXIT_CONTENT, EXIT_OK, build_date, parse_date, report, usage_error};
use crate::content::date::Date;
use crate::content::version::VERSIONS_DIR;
use crate::diagnostics::Diagnostics;
use crate::versions::lock::{self, Reseal, Seal};
use clap::Args;
use std::path::PathBuf;

/// Options of `reseal`.
#[derive(Debug, Args)]
pub struct ResealArgs {
    /// The policy id.
    pub policy: String,
    /// The released version to re-seal.
    #[arg(value_name = "VERSION")]
    pub version_id: String,
    /// Why the released text had to change (recorded in clause.lock).
    #[arg(long)]
    pub reason: String,
    /// The date to record, YYYY-MM-DD (default: SOURCE_DATE_EPOCH, else today).
    #[arg(long, value_parser = parse_date)]
    pub date: Option<Date>,
    /// The site root, where clause.yaml is.
    #[arg(long, default_value = ".")]
    pub root: PathBuf,
}

pub fn run(args: ResealArgs) -> i32 {
    let _lock = match super::lock_site(&args.root) {
        Ok(lock) => lock,
        Err(code) => return code,
    };
    let date = match build_date(args.date) {
        Ok(date) => date,
        Err(message) => return usage_error(&message),
    };
    if args.reason.trim().is_empty() {
        return usage_error("--reason must say why the released version changed");
    }
    let mut diagnostics = Diagnostics::default();
    let site = crate::content::load_site(&args.root, &mut diagnostics);
    let lock = lock::load(&args.root, &mut diagnostics);
    let (Some(site), Some(mut lock)) = (site, lock) else {
        report(&diagnostics, super::Format::Text);
        return EXIT_CONTENT;
    };
    let Some(seal) = lock
        .policies
        .get_mut(&args.policy)
        .and_then(|v| v.get_mut(&args.version_id))
    else {
        return usage_error(&format!(
            "`{}` has no sealed version `{}`; expected a version recorded in {}",
            args.policy,
            args.version_id,
            lock::LOCK_FILE
        ));
    };
    let dir = site
        .root
        .join(crate::content::CONTENT_DIR)
        .join(&args.policy)
        .join(VERSIONS_DIR)
        .join(&args.version_id);
    let files = match lock::hash_folder(&dir) {
        Ok(files) => files,
        Err(e) => return usage_error(&format!("cannot read {}: {e}", dir.display())),
    };
    let fresh = Seal::new(files);
    if fresh.hash == seal.hash {
        crate::say!(
            "{} {} is unchanged; nothing to re-seal",
            args.policy,
            args.version_id
        );
        return EXIT_OK;
    }
    seal.reseals.push(Reseal {
        date: date.to_string(),
        reason: args.reason.trim().to_string(),
        previous: seal.hash.clone(),
    });
    seal.hash = fresh.hash.clone();
    seal.files = fresh.files;
    if let Err(e) = lock::save(&args.root, &lock) {
        return usage_error(&format!("cannot write {}: {e}", lock::LOCK_FILE));
    }
    crate::say!(
        "Re-sealed {} {} ({}); the reason is recorded in {}",
        args.policy,
        args.version_id,
        fresh.hash,
        lock::LOCK_FILE
    );
    EXIT_OK
}
