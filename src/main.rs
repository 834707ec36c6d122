//! The `clause` command.

/// mimalloc: the build allocates and frees many short strings on two threads, where it is
/// markedly faster than the system allocator (see docs/performance.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let cli = clause::cmd::parse();
    if !cli.serves() {
        quiet_on_closed_pipe();
    }
    std::process::exit(clause::cmd::run(cli));
}

/// `clause diff … | head`: when the reader of our output goes away, stop quietly as other
/// Unix tools do, instead of panicking on the failed write (Rust ignores SIGPIPE, so every
/// print would fail with an error). Not for `serve`, whose closed connections must not end
/// the server.
#[cfg(unix)]
fn quiet_on_closed_pipe() {
    // SAFETY: called once at start, before any other thread exists; it restores the
    // default action of one signal.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
}

#[cfg(not(unix))]
fn quiet_on_closed_pipe() {}
