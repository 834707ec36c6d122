//! The HTTP side of `serve`: files from the in-memory build, the reload script and its event
//! stream, a Host check against DNS rebinding, and paths that can only name built files.

use super::{Options, Shared, Update};
use axum::Router;
use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use std::convert::Infallible;
use std::net::SocketAddr;
use tokio_stream::StreamExt;
use tokio_stream::wrappers::BroadcastStream;

/// Where the reload script and its events live; no site page can be there (ids are slugs).
pub const RESERVED: &str = "/__clause/";

const RELOAD_JS: &str = include_str!("reload.js");

/// The router, separate from listening so tests can drive it.
pub fn router(shared: Shared) -> Router {
    Router::new()
        .route("/__clause/reload.js", get(reload_js))
        .route("/__clause/events", get(events))
        .fallback(get(file))
        .layer(middleware::from_fn_with_state(shared.clone(), check_host))
        .with_state(shared)
}

/// Listens on the first free port from `options.port` (when allowed) and serves forever.
pub async fn serve(options: Options, shared: Shared) -> Result<(), String> {
    let mut port = options.port;
    let listener = loop {
        match listen(SocketAddr::new(options.bind, port)) {
            Ok(l) => break l,
            Err(e)
                if e.kind() == std::io::ErrorKind::AddrInUse
                    && options.next_free
                    && port < options.port.saturating_add(20) =>
            {
                eprintln!("Port {port} is busy, trying {}", port + 1);
                port += 1;
            }
            Err(e) => return Err(format!("cannot listen on {}:{port}: {e}", options.bind)),
        }
    };
    let addr = listener.local_addr().map_err(|e| e.to_string())?;
    if !options.bind.is_loopback() {
        eprintln!("warning: serving on {addr}, reachable from other machines; drafts included");
    }
    let base = shared
        .preview
        .read()
        .map(|p| p.base_path.clone())
        .unwrap_or_else(|_| "/".into());
    for url in urls(addr, &base) {
        eprintln!("Serving on {url} (Ctrl-C stops)");
    }
    accept_loop(listener, router(shared)).await;
    Ok(())
}

/// Connections served at once; more wait in the accept queue. Keeps the server within a
/// 1,024-descriptor limit whatever the clients do.
pub const MAX_CONNECTIONS: usize = 512;
/// Open pages that may listen for reloads at once; more get 503.
pub const MAX_STREAMS: usize = 64;
/// How long a connection may take to send a request's headers, and may stay idle between
/// requests, before it is closed.
pub const HEADER_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(10);

/// Serves each connection with hyper, with a header timeout, at most [`MAX_CONNECTIONS`]
/// at once.
async fn accept_loop(listener: tokio::net::TcpListener, app: Router) {
    let slots = std::sync::Arc::new(tokio::sync::Semaphore::new(MAX_CONNECTIONS));
    loop {
        let Ok(slot) = std::sync::Arc::clone(&slots).acquire_owned().await else {
            return;
        };
        let stream = match listener.accept().await {
            Ok((stream, _)) => stream,
            Err(_) => {
                // Out of descriptors, say: wait a moment instead of spinning.
                tokio::time::sleep(std::time::Duration::from_millis(50)).await;
                continue;
            }
        };
        let service = hyper_util::service::TowerToHyperService::new(app.clone());
        tokio::spawn(async move {
            let _slot = slot;
            let mut http = hyper::server::conn::http1::Builder::new();
            http.timer(hyper_util::rt::TokioTimer::new())
                .header_read_timeout(HEADER_TIMEOUT);
            let io = hyper_util::rt::TokioIo::new(stream);
            let _ = http.serve_connection(io, service).await;
        });
    }
}

/// The addresses to open: the bound one, or for an unspecified bind (`0.0.0.0`, `::`)
/// loopback and this machine's name, which answer where `0.0.0.0` does not.
fn urls(addr: SocketAddr, base: &str) -> Vec<String> {
    if !addr.ip().is_unspecified() {
        return vec![format!("http://{addr}{base}")];
    }
    let port = addr.port();
    let mut urls = vec![format!("http://127.0.0.1:{port}{base}")];
    if let Some(name) = crate::output::platform::host_name() {
        urls.push(format!("http://{name}:{port}{base}"));
    }
    urls
}

/// A listening socket with a deep accept queue: a burst of connections (a page with many
/// assets, a load test) waits to be accepted instead of being dropped or reset by the
/// kernel (the default queue holds 1,024; the kernel caps the request at `somaxconn`).
fn listen(addr: SocketAddr) -> std::io::Result<tokio::net::TcpListener> {
    let socket = match addr {
        SocketAddr::V4(_) => tokio::net::TcpSocket::new_v4()?,
        SocketAddr::V6(_) => tokio::net::TcpSocket::new_v6()?,
    };
    socket.set_reuseaddr(true)?;
    socket.bind(addr)?;
    socket.listen(8192)
}

/// Refuses requests whose Host is not this machine: a page elsewhere cannot make the
/// browser read the preview through a rebound DNS name.
async fn check_host(State(shared): State<Shared>, request: Request, next: Next) -> Response {
    let host = request
        .headers()
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .unwrap_or("");
    let name = match host.rsplit_once(':') {
        Some((name, port)) if !port.is_empty() && port.bytes().all(|b| b.is_ascii_digit()) => name,
        _ => host,
    };
    // Asked to serve other machines: an address typed as digits cannot be a rebound name.
    let literal = shared.any_address && is_ip_literal(name);
    if literal || shared.hosts.iter().any(|h| h.eq_ignore_ascii_case(name)) {
        next.run(request).await
    } else {
        (
            StatusCode::FORBIDDEN,
            "clause serve answers only to localhost\n",
        )
            .into_response()
    }
}

fn is_ip_literal(name: &str) -> bool {
    let bare = name
        .strip_prefix('[')
        .and_then(|n| n.strip_suffix(']'))
        .unwrap_or(name);
    bare.parse::<std::net::IpAddr>().is_ok()
}

async fn reload_js() -> Response {
    (
        [(header::CONTENT_TYPE, "text/javascript; charset=utf-8")],
        RELOAD_JS,
    )
        .into_response()
}

/// Server-sent events: the current state at once, then every update. At most
/// [`MAX_STREAMS`] at once: each holds a connection for as long as its page is open.
async fn events(State(shared): State<Shared>) -> Response {
    let open = std::sync::Arc::clone(&shared.streams);
    let count = open.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
    let held = StreamSlot(open);
    if count >= MAX_STREAMS {
        return (
            StatusCode::SERVICE_UNAVAILABLE,
            [(header::RETRY_AFTER, "5")],
            "too many open pages are listening for reloads\n",
        )
            .into_response();
    }
    let current = shared
        .preview
        .read()
        .map(|p| p.current())
        .unwrap_or_default();
    let first = tokio_stream::once(current);
    let later = BroadcastStream::new(shared.updates.subscribe()).filter_map(Result::ok);
    let stream = first.chain(later).map(move |u: Update| {
        let _held = &held;
        Ok::<_, Infallible>(
            Event::default()
                .event("update")
                .data(serde_json::to_string(&u).unwrap_or_default()),
        )
    });
    Sse::new(stream)
        .keep_alive(KeepAlive::default())
        .into_response()
}

/// Counts one open reload stream until dropped.
struct StreamSlot(std::sync::Arc<std::sync::atomic::AtomicUsize>);

impl Drop for StreamSlot {
    fn drop(&mut self) {
        self.0.fetch_sub(1, std::sync::atomic::Ordering::SeqCst);
    }
}

/// A file of the last good build. Only keys of the in-memory output can be served, so no
/// path, however encoded, reaches the disk; odd ones are refused outright anyway.
async fn file(State(shared): State<Shared>, request: Request) -> Response {
    let Ok(preview) = shared.preview.read() else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    let Some(path) = resolve(request.uri().path(), &preview.base_path) else {
        return (StatusCode::BAD_REQUEST, "bad path\n").into_response();
    };
    let wanted = if path.is_empty() || path.ends_with('/') {
        format!("{path}index.html")
    } else {
        path.clone()
    };
    let has = |p: &str| preview.file(p).is_some();
    if !has(&wanted) && has(&format!("{path}/index.html")) {
        // `/en/app` → `/en/app/`, so relative links resolve as on a real host.
        let location = format!("{}{path}/", preview.base_path);
        return (
            StatusCode::MOVED_PERMANENTLY,
            [(header::LOCATION, location)],
        )
            .into_response();
    }
    let (name, bytes, status) = match preview.file(&wanted) {
        Some(bytes) => (wanted, bytes.clone(), StatusCode::OK),
        None => match preview.file("404.html") {
            Some(bytes) => ("404.html".to_string(), bytes.clone(), StatusCode::NOT_FOUND),
            None => (
                "index.html".to_string(),
                placeholder(&preview.error),
                StatusCode::NOT_FOUND,
            ),
        },
    };
    let content_type = content_type(&name);
    let body = if content_type.starts_with("text/html") {
        inject(&bytes)
    } else {
        bytes
    };
    let mut response = Response::new(Body::from(body));
    *response.status_mut() = status;
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    headers.insert(
        "x-content-type-options",
        HeaderValue::from_static("nosniff"),
    );
    response
}

/// What is served before the first good build: a page that shows the error overlay.
fn placeholder(error: &Option<String>) -> Vec<u8> {
    let state = if error.is_some() {
        "The site has errors; fix them and this page updates."
    } else {
        "Building…"
    };
    format!("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>clause serve</title></head><body><p>{state}</p></body></html>").into_bytes()
}

/// The output key a request path names, or `None` for anything suspicious: `..`, a
/// backslash, NUL, a doubled slash, or a path outside the base path.
pub fn resolve(raw: &str, base: &str) -> Option<String> {
    let decoded = percent_encoding::percent_decode_str(raw)
        .decode_utf8()
        .ok()?;
    let rest = decoded
        .strip_prefix(base)
        .or_else(|| (decoded == base.trim_end_matches('/')).then_some(""))?;
    let bad = rest.starts_with('/')
        || rest.contains('\\')
        || rest.contains('\0')
        || rest.contains("//")
        || rest.split('/').any(|seg| seg == ".." || seg == ".");
    (!bad).then(|| rest.to_string())
}

/// The content type of an output file.
pub fn content_type(name: &str) -> &'static str {
    match name.rsplit('.').next().unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "json" => "application/json",
        "xml" if name.ends_with("feed.xml") => "application/atom+xml",
        "xml" => "application/xml",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "webp" => "image/webp",
        "ico" => "image/x-icon",
        "txt" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

/// Adds the reload script to a page as it is served (never to the built files): the page's
/// CSP gains `script-src 'self'` and `connect-src 'self'` for it, and nothing else.
pub fn inject(html: &[u8]) -> Vec<u8> {
    let text = String::from_utf8_lossy(html);
    let text = text.replacen(
        "content=\"default-src 'none';",
        "content=\"default-src 'none'; script-src 'self'; connect-src 'self';",
        1,
    );
    let script = "<script src=\"/__clause/reload.js\" defer></script>";
    match text.rfind("</body>") {
        Some(at) => format!("{}{script}\n{}", &text[..at], &text[at..]).into_bytes(),
        None => format!("{text}{script}").into_bytes(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_plain_paths_resolve() {
        assert_eq!(resolve("/en/app/", "/").as_deref(), Some("en/app/"));
        assert_eq!(resolve("/privacy/en/", "/privacy/").as_deref(), Some("en/"));
        assert_eq!(resolve("/privacy", "/privacy/").as_deref(), Some(""));
        for bad in [
            "/../etc/passwd",
            "/en/%2e%2e/%2e%2e/x",
            "/en/..%2F..%2Fx",
            "//etc/passwd",
            "/a\\b",
            "/%00",
            "/en/./app",
        ] {
            assert_eq!(resolve(bad, "/"), None, "{bad}");
        }
        assert_eq!(resolve("/other/", "/privacy/"), None);
    }

    #[test]
    fn injection_allows_only_the_reload_script() {
        let page = b"<html><head><meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'self'\"></head><body><p>x</p></body></html>";
        let served = String::from_utf8(inject(page)).unwrap();
        assert!(served.contains("content=\"default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'self'\""));
        assert!(
            served.ends_with("<script src=\"/__clause/reload.js\" defer></script>\n</body></html>")
        );
    }
}
