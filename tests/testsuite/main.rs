//! Clause's end-to-end tests in one crate (one binary to build and link, as mdBook's
//! tests/testsuite): each module builds fixture sites with the real `clause` binary and
//! checks what users see. The bad-input corpus (tests/bad_input.rs) has its own binary, one
//! test per case.

mod common;

mod api;
mod browser;
mod cache;
mod changes;
mod cli;
mod compliance;
mod habits;
mod hostile;
mod i18n;
mod import;
mod interrupt;
mod library;
mod model;
mod numbering;
mod pdf;
mod recipes;
mod records;
mod routes;
mod safety;
// `serve` is a default feature; without it the command says how to get it (cli.rs).
#[cfg(feature = "serve")]
mod serve;
mod shared_ids;
mod stores;
mod theming;
mod versions;
