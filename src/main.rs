//! The `clause` command.

use clap::Parser;

/// mimalloc: the build allocates and frees many short strings on two threads, where it is
/// markedly faster than the system allocator (see docs/performance.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let cli = clause::cmd::Cli::parse();
    std::process::exit(clause::cmd::run(cli));
}
