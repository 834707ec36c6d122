//! `clause completions <shell>` and `clause man [command]`: generated from the command
//! line's own definition, so they never fall behind it. Both print to stdout and write no
//! file: a packager or user redirects them where their system looks.

use super::{Cli, EXIT_OK, usage_error};
use clap::CommandFactory;
use std::io::Write;

pub fn completions(shell: clap_complete::Shell) -> i32 {
    let mut command = Cli::command();
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut command, "clause", &mut out);
    write_out(&out)
}

pub fn man(name: Option<&str>) -> i32 {
    let mut command = Cli::command().disable_help_subcommand(true);
    command.build();
    let page = match name {
        None => command,
        Some(name) => match command.find_subcommand(name) {
            Some(sub) => {
                // Named as git names its pages: clause-build(1).
                let display = format!("clause-{}", sub.get_name());
                sub.clone().display_name(display)
            }
            None => {
                let names: Vec<&str> = command.get_subcommands().map(|c| c.get_name()).collect();
                return usage_error(&format!(
                    "no command `{name}`; expected one of: {}",
                    names.join(", ")
                ));
            }
        },
    };
    let mut out = Vec::new();
    if let Err(e) = clap_mangen::Man::new(page).render(&mut out) {
        return usage_error(&format!("cannot render the manual page: {e}"));
    }
    write_out(&out)
}

fn write_out(bytes: &[u8]) -> i32 {
    let mut stdout = std::io::stdout().lock();
    // A closed pipe ends the process quietly (SIGPIPE); any other failure is the shell's.
    let _ = stdout.write_all(bytes).and_then(|()| stdout.flush());
    EXIT_OK
}
