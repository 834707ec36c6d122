//! `clause serve`: the site built in memory, served on 127.0.0.1, rebuilt on every save, with
//! live reload and the diagnostics shown over the page while the content is invalid.

pub mod http;
pub mod preview;
pub mod watch;

pub use preview::{Preview, Update};

use std::net::IpAddr;
use std::path::PathBuf;
use std::sync::{Arc, RwLock};
use tokio::sync::broadcast;

/// How to serve.
#[derive(Debug, Clone)]
pub struct Options {
    /// The site root.
    pub root: PathBuf,
    /// The address to listen on.
    pub bind: IpAddr,
    /// The first port to try.
    pub port: u16,
    /// Whether the next free port may be taken when `port` is busy.
    pub next_free: bool,
    /// What to build.
    pub build: crate::build::Options,
}

/// The state shared by the watcher and the HTTP handlers.
#[derive(Clone)]
pub struct Shared {
    /// The preview.
    pub preview: Arc<RwLock<Preview>>,
    /// Updates for open pages.
    pub updates: broadcast::Sender<Update>,
    /// Host names requests may carry (DNS-rebinding protection).
    pub hosts: Arc<Vec<String>>,
    /// Whether any IP address may be the Host (the server was bound to all addresses).
    pub any_address: bool,
    /// How many reload streams are open.
    pub streams: Arc<std::sync::atomic::AtomicUsize>,
    /// Held by the rebuild under way: rebuilds run one at a time (the first build and the
    /// watcher's may overlap otherwise).
    pub rebuilding: Arc<std::sync::Mutex<()>>,
}

/// How long `serve` waits for the first build before it starts answering (with "Building…"
/// pages that reload when it is done): small sites are served complete from the first
/// request, large ones at once.
const FIRST_BUILD_WAIT: std::time::Duration = std::time::Duration::from_secs(1);

/// Host names allowed in the `Host` header when listening on `bind`.
pub fn allowed_hosts(bind: IpAddr) -> Vec<String> {
    let mut hosts: Vec<String> = ["localhost", "127.0.0.1", "[::1]"]
        .map(String::from)
        .to_vec();
    if !bind.is_loopback() && !bind.is_unspecified() {
        hosts.push(match bind {
            IpAddr::V6(v6) => format!("[{v6}]"),
            IpAddr::V4(v4) => v4.to_string(),
        });
    }
    if !bind.is_loopback() {
        hosts.extend(crate::output::platform::host_name());
    }
    hosts
}

/// Builds, starts watching and serves until the process is stopped.
pub fn run(options: Options) -> Result<(), String> {
    let preview = Preview::empty(&options.root, options.build.clone());
    let (updates, _) = broadcast::channel(64);
    let shared = Shared {
        preview: Arc::new(RwLock::new(preview)),
        updates,
        hosts: Arc::new(allowed_hosts(options.bind)),
        any_address: options.bind.is_unspecified(),
        streams: Default::default(),
        rebuilding: Default::default(),
    };
    let (done, first) = std::sync::mpsc::channel();
    let building = shared.clone();
    std::thread::spawn(move || {
        watch::first_build(&building);
        let _ = done.send(());
    });
    let _ = first.recv_timeout(FIRST_BUILD_WAIT);
    let _watcher = watch::start(&options.root, shared.clone())?;
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(|e| e.to_string())?;
    runtime.block_on(http::serve(options, shared))
}
