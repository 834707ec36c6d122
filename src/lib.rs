//! Clause: a static site generator for privacy policies.
//!
//! Data flows one way, and the modules follow it: [`config`] → [`content`] (model, loading,
//! validation) → [`i18n`] → [`versions`] → [`api`] → [`theme`] → [`render`] → [`output`]. [`build`] runs that pipeline; [`cmd`]
//! is the thin command-line layer over it.

pub mod api;
pub mod build;
pub mod cmd;
pub mod compliance;
pub mod config;
pub mod consent;
pub mod content;
pub mod diagnostics;
pub mod fonts;
pub mod i18n;
pub mod import;
pub mod labels;
pub mod output;
pub mod render;
#[cfg(feature = "serve")]
pub mod serve;
pub mod term;
pub mod theme;
pub mod versions;
pub mod yaml;
