//! The `clause` command.

use clap::Parser;

fn main() {
    let cli = clause::cmd::Cli::parse();
    std::process::exit(clause::cmd::run(cli));
}
