//! `clause serve` end to end: the real binary on a free port, plain HTTP over TCP.

use crate::common::*;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

/// A running `clause serve`, stopped when dropped.
struct Server {
    child: Child,
    port: u16,
    site: tempfile::TempDir,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

type StderrLines = std::io::Lines<BufReader<std::process::ChildStderr>>;

/// Starts `command` (a `clause serve` on port 0, maybe behind `unshare`) in `dir` and reads
/// its stderr up to the address it serves on; returns the child, the port, what it said
/// until then, and the rest of its stderr.
fn launch(mut command: std::process::Command, dir: &Path) -> (Child, u16, String, StderrLines) {
    let mut child = command
        .current_dir(dir)
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stderr.take().unwrap()).lines();
    let mut said = String::new();
    let port = loop {
        let line = lines.next().expect("serve printed its address").unwrap();
        said.push_str(&line);
        said.push('\n');
        if let Some(rest) = line.strip_prefix("Serving on http://127.0.0.1:") {
            break rest.split('/').next().unwrap().parse().unwrap();
        }
    };
    (child, port, said, lines)
}

/// `clause serve --port 0 --date DATE`, with `extra` arguments.
fn serve_command(date: &str, extra: &[&str]) -> std::process::Command {
    let mut command = std::process::Command::new(assert_cmd::cargo::cargo_bin("clause"));
    command
        .args(["serve", "--port", "0", "--date", date])
        .args(extra);
    command
}

impl Server {
    fn start(fixture_name: &str, extra: &[&str]) -> Server {
        let site = site(&fixture(fixture_name));
        let (child, port, _, lines) = launch(serve_command("2026-01-01", extra), site.path());
        // Keep draining stderr so the server never blocks on a full pipe.
        std::thread::spawn(move || for _ in lines {});
        Server { child, port, site }
    }

    fn path(&self, rel: &str) -> PathBuf {
        self.site.path().join(rel)
    }

    fn get(&self, path: &str) -> (u16, String, String) {
        get(self.port, path, "localhost")
    }

    /// Waits until `path` answers with a body containing `text`.
    fn wait_for(&self, path: &str, text: &str) {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            let (_, _, body) = self.get(path);
            if body.contains(text) {
                return;
            }
            assert!(
                Instant::now() < deadline,
                "{path} never showed {text:?}; last body:\n{body}"
            );
            std::thread::sleep(Duration::from_millis(25));
        }
    }

    /// Waits until pages are told of a content error, and returns its text.
    fn wait_for_error(&self) -> String {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            if let Some(e) = self.state()["error"].as_str() {
                return e.to_string();
            }
            assert!(Instant::now() < deadline, "no error reported");
            std::thread::sleep(Duration::from_millis(25));
        }
    }

    /// The first event a newly connected page gets: the current state.
    fn state(&self) -> serde_json::Value {
        let (_, reader) = open_stream(self.port);
        for line in reader.lines() {
            let line = line.unwrap();
            if let Some(data) = line.strip_prefix("data: ") {
                return serde_json::from_str(data).unwrap();
            }
        }
        panic!("no event");
    }
}

/// Connects to the server and sends `request` as it is.
fn send(port: u16, request: &str) -> TcpStream {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(5)))
        .unwrap();
    stream.write_all(request.as_bytes()).unwrap();
    stream
}

/// A raw HTTP/1.1 GET: status, content type, body.
fn get(port: u16, path: &str, host: &str) -> (u16, String, String) {
    let mut stream = send(
        port,
        &format!("GET {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"),
    );
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).unwrap();
    let text = String::from_utf8_lossy(&raw).into_owned();
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let status = head.split(' ').nth(1).unwrap_or("0").parse().unwrap_or(0);
    let content_type = head
        .lines()
        .find_map(|l| {
            l.to_ascii_lowercase()
                .strip_prefix("content-type: ")
                .map(str::to_string)
        })
        .unwrap_or_default();
    (status, content_type, body.to_string())
}

#[test]
fn serves_pages_views_and_json_with_their_content_types() {
    let s = Server::start("serve", &[]);
    let cases = [
        ("/", 200, "text/html; charset=utf-8"),
        ("/en/app/", 200, "text/html; charset=utf-8"),
        ("/app/fr/app/index.html", 200, "text/html; charset=utf-8"),
        ("/static/clause.css", 200, "text/css; charset=utf-8"),
        ("/sitemap.xml", 200, "application/xml"),
        ("/api/v1/index.json", 200, "application/json"),
        ("/api/v1/schema/version.json", 200, "application/json"),
        ("/__clause/reload.js", 200, "text/javascript; charset=utf-8"),
        ("/no/such/page", 404, "text/html; charset=utf-8"),
    ];
    for (path, status, content_type) in cases {
        let (got, ct, _) = s.get(path);
        assert_eq!((got, ct.as_str()), (status, content_type), "{path}");
    }
    let (_, _, lost) = s.get("/no/such/page");
    assert!(lost.contains("Page not found"));
    // Drafts are shown, marked; the reload script is added to served pages only.
    let (_, _, page) = s.get("/en/app/");
    assert!(
        page.contains("draft-marker")
            && page.contains("<script src=\"/__clause/reload.js\" defer></script>")
    );
    assert!(page.contains("script-src 'self'; connect-src 'self';"));
}

#[test]
fn refuses_traversal_and_foreign_hosts() {
    let s = Server::start("serve", &[]);
    for path in [
        "/../clause.yaml",
        "/en/%2e%2e/%2e%2e/clause.yaml",
        "/en/..%2f..%2fclause.yaml",
        "//etc/passwd",
        "/%2e%2e%5cclause.yaml",
        "/en/%00",
    ] {
        let (status, _, body) = s.get(path);
        assert!(status == 400 || status == 404, "{path}: {status}");
        assert!(!body.contains("base_url"), "{path} leaked a source file");
    }
    let (status, _, _) = get(s.port, "/en/app/", "evil.example");
    assert_eq!(status, 403, "DNS rebinding");
    let (status, _, _) = get(s.port, "/en/app/", &format!("localhost:{}", s.port));
    assert_eq!(status, 200);
}

#[test]
fn edits_show_at_once_errors_show_over_the_last_good_build_and_clear() {
    let s = Server::start("serve", &[]);
    let draft = s.path("content/app/policy.yaml");
    // A plain edit.
    edit(&draft, "body: Hello.", "body: Hello, edited.");
    s.wait_for("/en/app/", "Hello, edited.");
    // An editor that saves by writing a temporary file and renaming it over the original.
    let text = std::fs::read_to_string(&draft)
        .unwrap()
        .replace("Hello, edited.", "Saved by rename.");
    let temp = s.path("content/app/.policy.yaml.tmp");
    std::fs::write(&temp, text).unwrap();
    std::fs::rename(&temp, &draft).unwrap();
    s.wait_for("/en/app/", "Saved by rename.");
    // Breaking the content keeps the last good build and reports the error to pages.
    edit(&draft, "kind: contact", "kind: contcat");
    let error = s.wait_for_error();
    assert!(error.contains("content/app/policy.yaml:"), "{error}");
    assert!(error.contains("contcat"), "{error}");
    let (status, _, body) = s.get("/en/app/");
    assert_eq!(status, 200);
    assert!(
        body.contains("Saved by rename."),
        "the last good build stays"
    );
    // Fixing it clears the error by itself.
    edit(&draft, "kind: contcat", "kind: contact");
    let deadline = Instant::now() + Duration::from_secs(10);
    while !s.state()["error"].is_null() {
        assert!(Instant::now() < deadline, "error never cleared");
        std::thread::sleep(Duration::from_millis(25));
    }
}

#[test]
fn new_locale_files_and_deleted_policies_are_picked_up() {
    let s = Server::start("serve", &[]);
    s.wait_for("/fr/app/", "Politique");
    std::fs::write(
        s.path("content/extra/fr.yaml"),
        "meta.title: Extra en français\n",
    )
    .unwrap();
    s.wait_for("/fr/extra/", "Extra en français");
    std::fs::remove_dir_all(s.path("content/extra")).unwrap();
    let deadline = Instant::now() + Duration::from_secs(10);
    while s.get("/en/extra/").0 != 404 {
        assert!(Instant::now() < deadline, "deleted policy still served");
        std::thread::sleep(Duration::from_millis(25));
    }
}

#[test]
fn a_library_edit_shows_in_every_policy_that_includes_it_and_its_errors_where_written() {
    let s = Server::start("family", &[]);
    s.wait_for("/en/photos/", "once a year");
    edit(
        &s.path("library/library.yaml"),
        "once a year",
        "every other year",
    );
    s.wait_for("/en/notes/", "every other year");
    s.wait_for("/en/photos/", "every other year");
    edit(
        &s.path("library/library.yaml"),
        "data: [account]",
        "data: [acount]",
    );
    let error = s.wait_for_error();
    assert!(
        error.contains("  --> library/library.yaml:16:12\n"),
        "{error}"
    );
    assert!(
        error.contains("(as included by `content/notes/policy.yaml`)"),
        "{error}"
    );
}

#[test]
fn a_locales_folder_created_while_serving_is_watched() {
    let s = Server::start("serve", &[]);
    std::fs::create_dir(s.path("locales")).unwrap();
    std::thread::sleep(Duration::from_millis(200));
    std::fs::write(
        s.path("locales/en.ftl"),
        "policy-contents = Table of contents\n",
    )
    .unwrap();
    s.wait_for("/en/app/", "Table of contents");
}

#[test]
fn a_busy_port_is_reported_or_skipped() {
    let busy = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = busy.local_addr().unwrap().port();
    let site = site(&fixture("serve"));
    let out = clause(site.path(), &["serve", "--port", &port.to_string()]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    // The site is built first, and said so; then the port is refused.
    let (summary, error) = err.split_once('\n').unwrap();
    assert!(
        summary.starts_with(
            "Built 14 pages (21 files, drafts included) of 2 policies in 2 locales in "
        ),
        "{err}"
    );
    assert!(
        error.starts_with(&format!("error: cannot listen on 127.0.0.1:{port}: ")),
        "{err}"
    );
}

/// The rebuild after an edit to one draft renders only that policy's pages, and gives exactly
/// what a full build gives.
#[test]
fn incremental_rebuilds_equal_full_builds() {
    let dir = site(&fixture("serve"));
    let options = clause::build::Options {
        date: clause::content::date::Date::parse("2026-01-01").unwrap(),
        drafts: true,
        strict: false,
        base_url: None,
    };
    let mut preview = clause::serve::Preview::new(dir.path(), options.clone());
    assert!(preview.error.is_none());
    let fr = dir.path().join("content/app/fr.yaml");
    std::fs::write(
        &fr,
        "meta.title: Politique de confidentialité\nsections.intro.title: Introduction\n",
    )
    .unwrap();
    let root = dir.path().canonicalize().unwrap();
    let update = preview.rebuild(&[root.join("content/app/fr.yaml")]);
    assert_eq!(
        update.scope, "app",
        "only the edited policy's draft pages were rendered"
    );
    assert!(
        update.changed.contains(&"/fr/app/".to_string()),
        "{:?}",
        update.changed
    );
    assert!(
        !update.changed.iter().any(|u| u.contains("/extra/")),
        "{:?}",
        update.changed
    );
    let mut diagnostics = clause::diagnostics::Diagnostics::default();
    let full = clause::build::build_site(dir.path(), options.clone(), &mut diagnostics).unwrap();
    assert_eq!(preview.merged(), full.output);
    // A second edit to the same draft: its pages replace those of the first, nothing else
    // is said to change, and the result is still what a full build gives.
    std::fs::write(
        &fr,
        "meta.title: Confidentialité\nsections.intro.title: Introduction\n",
    )
    .unwrap();
    let update = preview.rebuild(&[root.join("content/app/fr.yaml")]);
    assert_eq!(update.scope, "app");
    // (The chooser names each policy in every language.)
    let chooser = ["/", "/index.html"];
    assert!(
        update
            .changed
            .iter()
            .all(|u| u.contains("/app/") || chooser.contains(&u.as_str())),
        "{:?}",
        update.changed
    );
    let full = clause::build::build_site(dir.path(), options, &mut diagnostics).unwrap();
    assert_eq!(preview.merged(), full.output);
}

/// The whole loop in a real browser (needs Chromium and playwright-core, like tests/testsuite/browser.rs).
#[test]
fn a_browser_sees_edits_and_the_error_overlay_without_reloading_by_hand() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let Some(chromium) = browser() else {
        return;
    };
    let s = Server::start("serve", &[]);
    let url = format!("http://localhost:{}/en/app/", s.port);
    let policy = s.path("content/app/policy.yaml");
    let artifacts = root.join("target/browser-artifacts");
    run_browser_script(
        "serve.mjs",
        &[url.as_ref(), policy.as_os_str(), artifacts.as_os_str()],
        &chromium,
    );
}

/// A thousand requests at once, a tenth of them traversal attempts and a tenth with a
/// foreign Host: every page is served whole, every attack refused, and the server stays up.
/// Prints the figures (run with --nocapture).
#[test]
fn a_thousand_concurrent_requests_with_attacks_among_them() {
    let s = Server::start("serve", &[]);
    let (_, _, expected) = s.get("/en/app/");
    let attacks = [
        "/../clause.yaml",
        "/en/%2e%2e/%2e%2e/clause.yaml",
        "/%2e%2e%5cclause.yaml",
        "//etc/passwd",
        "/en/%00",
    ];
    let start = std::sync::Arc::new(std::sync::Barrier::new(1000));
    let began = Instant::now();
    let threads: Vec<_> = (0..1000)
        .map(|i| {
            let start = std::sync::Arc::clone(&start);
            let port = s.port;
            std::thread::spawn(move || {
                start.wait();
                let t = Instant::now();
                let (kind, (status, _, body)) = match i % 10 {
                    0 => (
                        "traversal",
                        get(port, attacks[i / 10 % attacks.len()], "localhost"),
                    ),
                    1 => ("foreign host", get(port, "/en/app/", "evil.example")),
                    _ => ("page", get(port, "/en/app/", "localhost")),
                };
                (kind, status, body, t.elapsed())
            })
        })
        .collect();
    let mut latencies = Vec::new();
    for t in threads {
        let (kind, status, body, took) = t.join().unwrap();
        latencies.push(took);
        match kind {
            "page" => assert!(
                status == 200 && body == expected,
                "a page came back {status}"
            ),
            "traversal" => assert!(status == 400 || status == 404, "traversal got {status}"),
            _ => assert_eq!(status, 403, "foreign host"),
        }
    }
    let total = began.elapsed();
    latencies.sort();
    eprintln!(
        "1000 concurrent requests in {total:?}: median {:?}, 99th percentile {:?}, slowest {:?}",
        latencies[500], latencies[990], latencies[999]
    );
    assert_eq!(s.get("/en/app/").0, 200, "still serving");
}

/// Opens a reload stream; returns its status line and the rest of it (open while kept).
fn open_stream(port: u16) -> (String, BufReader<TcpStream>) {
    let request = "GET /__clause/events HTTP/1.1\r\nHost: localhost\r\n\r\n";
    let mut reader = BufReader::new(send(port, request));
    let mut line = String::new();
    reader.read_line(&mut line).unwrap();
    (line.trim_end().to_string(), reader)
}

#[test]
fn reload_streams_are_capped_and_pages_still_load() {
    let server = Server::start("minimal", &[]);
    let streams: Vec<_> = (0..clause::serve::http::MAX_STREAMS)
        .map(|_| {
            let (status, stream) = open_stream(server.port);
            assert_eq!(status, "HTTP/1.1 200 OK");
            stream
        })
        .collect();
    let (status, _) = open_stream(server.port);
    assert_eq!(status, "HTTP/1.1 503 Service Unavailable");
    // Pages are served all the same, and a closed stream frees its place.
    assert_eq!(server.get("/").0, 200);
    drop(streams);
    let deadline = Instant::now() + Duration::from_secs(5);
    while open_stream(server.port).0 != "HTTP/1.1 200 OK" {
        assert!(Instant::now() < deadline, "closed streams were not freed");
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn a_connection_that_sends_nothing_is_closed() {
    let server = Server::start("minimal", &[]);
    let started = Instant::now();
    let mut silent = TcpStream::connect(("127.0.0.1", server.port)).unwrap();
    silent
        .set_read_timeout(Some(Duration::from_secs(30)))
        .unwrap();
    let mut buf = [0u8; 64];
    let read = silent.read(&mut buf).unwrap_or(0);
    let waited = started.elapsed();
    assert_eq!(read, 0, "the server answered a request that was never sent");
    assert!(
        waited >= clause::serve::http::HEADER_TIMEOUT - Duration::from_secs(1)
            && waited < clause::serve::http::HEADER_TIMEOUT + Duration::from_secs(10),
        "closed after {waited:?}"
    );
}

#[test]
fn serving_all_addresses_answers_the_machines_own_names() {
    let server = Server::start("minimal", &["--bind", "0.0.0.0"]);
    let port = server.port;
    assert_eq!(get(port, "/", &format!("127.0.0.1:{port}")).0, 200);
    // The address another machine would type, and this machine's name.
    assert_eq!(get(port, "/", "192.168.1.20").0, 200);
    if let Some(name) = clause::output::platform::host_name() {
        assert_eq!(get(port, "/", &name).0, 200, "{name}");
    }
    assert_eq!(get(port, "/", "evil.example").0, 403, "DNS rebinding");
}

#[cfg(unix)]
#[test]
fn a_link_to_the_root_folder_is_an_error_in_the_browser_not_the_end() {
    let site = site(&fixture("minimal"));
    std::os::unix::fs::symlink("/", site.path().join("content/app/everything")).unwrap();
    let (mut child, port, said, lines) = launch(serve_command("2026-01-01", &[]), site.path());
    std::thread::spawn(move || for _ in lines {});
    assert!(
        said.contains("error: symbolic link leads outside the site\n  --> content/app/everything"),
        "{said}"
    );
    let (_, _, body) = get(port, "/", "localhost");
    assert!(body.contains("The site has errors"), "{body}");
    let _ = child.kill();
    let _ = child.wait();
}

/// Pages are served from the current preview while a rebuild works on a copy: no request
/// waits for the rebuild (before, each waited for the whole of it).
#[test]
fn pages_load_while_a_rebuild_runs() {
    let dir = example_site();
    // Drafts are served: twelve more policies, copies of one draft, make the rebuild long
    // enough to measure.
    let draft = dir.path().join("content/lumen-notes");
    for n in 1..=12 {
        let copy = dir.path().join(format!("content/copy-{n}"));
        std::fs::create_dir_all(&copy).unwrap();
        for entry in std::fs::read_dir(&draft).unwrap().map(Result::unwrap) {
            if entry.file_type().unwrap().is_file() {
                std::fs::copy(entry.path(), copy.join(entry.file_name())).unwrap();
            }
        }
    }
    let (mut child, port, _, lines) = launch(serve_command("2026-06-01", &[]), dir.path());
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in lines.map_while(Result::ok) {
            let _ = tx.send(line);
        }
    });
    // clause.yaml changed: the whole site is rebuilt.
    let config = dir.path().join("clause.yaml");
    let text = std::fs::read_to_string(&config).unwrap();
    std::fs::write(&config, format!("{text}# edited\n")).unwrap();
    let started = Instant::now();
    let mut slowest = Duration::ZERO;
    let rebuilt_ms: u128 = loop {
        let asked = Instant::now();
        let (status, _, _) = get(port, "/en/lumen-notes/", "localhost");
        assert_eq!(status, 200);
        slowest = slowest.max(asked.elapsed());
        if let Ok(line) = rx.try_recv()
            && let Some(rest) = line.strip_prefix("Rebuilt all in ")
        {
            break rest.split(' ').next().unwrap().parse().unwrap();
        }
        assert!(started.elapsed() < Duration::from_secs(20), "no rebuild");
    };
    let _ = child.kill();
    let _ = child.wait();
    assert!(
        rebuilt_ms >= 150,
        "the rebuild took only {rebuilt_ms} ms: nothing to measure"
    );
    assert!(
        slowest.as_millis() < rebuilt_ms / 2,
        "a request took {slowest:?} during a rebuild of {rebuilt_ms} ms"
    );
}

/// An unreadable folder among the sources is skipped with a warning, and serving goes on
/// (before, serve exited 2 while check passed). Run as an unprivileged user in a user
/// namespace, since root can read anything.
#[cfg(unix)]
#[test]
fn an_unreadable_folder_is_skipped_with_a_warning() {
    use std::os::unix::fs::PermissionsExt;
    let site = site(&fixture("minimal"));
    for entry in walkdir::WalkDir::new(site.path())
        .into_iter()
        .map(Result::unwrap)
    {
        let mode = if entry.file_type().is_dir() {
            0o755
        } else {
            0o644
        };
        std::fs::set_permissions(entry.path(), std::fs::Permissions::from_mode(mode)).unwrap();
    }
    std::fs::set_permissions(site.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    let private = site.path().join("content/app/private");
    std::fs::create_dir(&private).unwrap();
    std::fs::set_permissions(&private, std::fs::Permissions::from_mode(0o000)).unwrap();
    let clause_serve = serve_command("2026-01-01", &[]);
    let mut unshare = std::process::Command::new("unshare");
    unshare
        .arg("--user")
        .arg(clause_serve.get_program())
        .args(clause_serve.get_args());
    let (mut child, port, said, lines) = launch(unshare, site.path());
    std::thread::spawn(move || for _ in lines {});
    // After the first build's summary.
    assert!(said.starts_with("Built "), "{said}");
    assert_eq!(
        said.lines().nth(1).unwrap(),
        format!(
            "warning: not watching {}: Permission denied (os error 13)",
            private.canonicalize().unwrap().display()
        )
    );
    assert_eq!(get(port, "/", "localhost").0, 200);
    let _ = child.kill();
    let _ = child.wait();
}

/// serve says what its first build holds, as build does, before the address; with
/// `--base-url` the preview serves under that URL's path and pages name that address.
#[test]
fn the_first_build_is_summed_up_and_base_url_sets_where_the_site_is() {
    let site = site(&fixture("minimal"));
    let command = serve_command("2026-01-01", &["--base-url", "https://preview.example/p/"]);
    let (child, port, said, lines) = launch(command, site.path());
    std::thread::spawn(move || for _ in lines {});
    // Stopped when dropped, also when an assertion fails.
    let server = Server { child, port, site };
    let first = said.lines().next().unwrap();
    assert!(
        first.starts_with("Built 5 pages (12 files, drafts included) of 1 policy in 1 locale in ")
            && first.ends_with(" ms"),
        "{said}"
    );
    assert!(
        said.contains(&format!("Serving on http://127.0.0.1:{port}/p/ ")),
        "{said}"
    );
    let (status, _, body) = server.get("/p/en/app/");
    assert_eq!(status, 200);
    assert!(
        body.contains("<link rel=\"canonical\" href=\"https://preview.example/p/en/app/\">"),
        "{body}"
    );
}
