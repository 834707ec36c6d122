//! How a command talks to the person at the terminal: how much it says (`-q`, `-v`) and
//! whether it colours its diagnostics (`--color`, `NO_COLOR`). Decided once, from the
//! command line, before anything is printed.

use std::sync::OnceLock;

/// How much a command says besides its errors and warnings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Verbosity {
    /// Errors and warnings only (`-q`).
    Quiet,
    /// Notes and a summary line as well.
    Normal,
    /// Also the time each phase took (`-v`).
    Verbose,
}

/// When to colour diagnostics.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ColorChoice {
    /// On a terminal, unless the NO_COLOR environment variable is set.
    Auto,
    /// Always, even into a pipe or with NO_COLOR.
    Always,
    /// Never.
    Never,
}

static VERBOSITY: OnceLock<Verbosity> = OnceLock::new();
static COLOR: OnceLock<bool> = OnceLock::new();

/// Sets how this run talks; later calls change nothing.
pub fn set(verbosity: Verbosity, color: ColorChoice) {
    let _ = VERBOSITY.set(verbosity);
    let _ = COLOR.set(colours(
        color,
        std::env::var_os("NO_COLOR"),
        stderr_is_terminal(),
    ));
}

fn stderr_is_terminal() -> bool {
    use std::io::IsTerminal;
    std::io::stderr().is_terminal()
}

/// Whether to colour: `auto` colours a terminal unless NO_COLOR is set to anything but the
/// empty string (no-color.org); the flag overrides the variable.
fn colours(choice: ColorChoice, no_color: Option<std::ffi::OsString>, terminal: bool) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => terminal && no_color.is_none_or(|v| v.is_empty()),
    }
}

/// This run's verbosity (normal until set).
pub fn verbosity() -> Verbosity {
    VERBOSITY.get().copied().unwrap_or(Verbosity::Normal)
}

/// Whether diagnostics are coloured in this run.
pub fn colour() -> bool {
    COLOR.get().copied().unwrap_or(false)
}

/// Prints a note or summary line on stderr, unless the run is quiet (`-q`).
#[macro_export]
macro_rules! say {
    ($($arg:tt)*) => {
        if $crate::term::verbosity() > $crate::term::Verbosity::Quiet {
            eprintln!($($arg)*);
        }
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_color_is_respected_unless_the_flag_says_otherwise() {
        let set = Some(std::ffi::OsString::from("1"));
        let empty = Some(std::ffi::OsString::new());
        assert!(colours(ColorChoice::Auto, None, true));
        assert!(!colours(ColorChoice::Auto, None, false));
        assert!(!colours(ColorChoice::Auto, set.clone(), true));
        assert!(colours(ColorChoice::Auto, empty, true));
        assert!(colours(ColorChoice::Always, set, false));
        assert!(!colours(ColorChoice::Never, None, true));
    }
}
