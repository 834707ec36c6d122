//! Measures `clause serve`: the time from saving a file to the reload event open pages get.
//!
//! cargo build --release && cargo run --release --example serve-latency -- [SITE] [FILE] [EDITS]
//!
//! SITE defaults to the example site (copied to a temporary folder first), FILE to a
//! translation in it, EDITS to 20. Each edit changes one title; the median is printed.

use std::io::{BufRead, BufReader, Write};
use std::net::TcpStream;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let manifest = env!("CARGO_MANIFEST_DIR");
    let source = args
        .first()
        .cloned()
        .unwrap_or_else(|| manifest.to_string());
    let file = args
        .get(1)
        .cloned()
        .unwrap_or_else(|| "content/lumen-notes/zh-Hant.yaml".into());
    let edits: usize = args.get(2).and_then(|n| n.parse().ok()).unwrap_or(20);
    let site = tempfile::tempdir().unwrap();
    for entry in ["clause.yaml", "clause.lock", "content", "locales", "themes"] {
        let from = std::path::Path::new(&source).join(entry);
        if from.exists() {
            let status = Command::new("cp")
                .arg("-r")
                .arg(&from)
                .arg(site.path())
                .status()
                .unwrap();
            assert!(status.success());
        }
    }
    let binary = format!("{manifest}/target/release/clause");
    let mut child = Command::new(&binary)
        .args(["serve", "--port", "0"])
        .current_dir(site.path())
        .stderr(Stdio::piped())
        .spawn()
        .expect("build the release binary first: cargo build --release");
    let mut lines = BufReader::new(child.stderr.take().unwrap()).lines();
    let port: u16 = loop {
        let line = lines.next().unwrap().unwrap();
        if let Some(rest) = line.strip_prefix("Serving on http://127.0.0.1:") {
            break rest.split('/').next().unwrap().parse().unwrap();
        }
    };
    std::thread::spawn(move || for _ in lines {});
    // A large site is served before its first build is done ("Building…" pages): wait
    // for it, so that every update counted below is an edit's.
    let started = Instant::now();
    while building(port) {
        std::thread::sleep(Duration::from_millis(100));
    }
    eprintln!(
        "first build done after {:.1} s",
        started.elapsed().as_secs_f64()
    );
    let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
    write!(
        stream,
        "GET /__clause/events HTTP/1.1\r\nHost: localhost\r\n\r\n"
    )
    .unwrap();
    let mut events = BufReader::new(stream)
        .lines()
        .map_while(Result::ok)
        .filter(|l| l.starts_with("data: "));
    events.next(); // the current state
    let path = site.path().join(&file);
    let original = std::fs::read_to_string(&path).unwrap();
    let mut times = Vec::new();
    for i in 0..edits {
        std::thread::sleep(Duration::from_millis(150));
        let edited = original.replacen("meta.title: ", &format!("meta.title: {i} "), 1);
        let started = Instant::now();
        std::fs::write(&path, edited).unwrap();
        events.next().expect("an update");
        times.push(started.elapsed());
    }
    let _ = child.kill();
    let _ = child.wait();
    times.sort();
    let ms: Vec<String> = times
        .iter()
        .map(|t| format!("{:.0}", t.as_secs_f64() * 1000.0))
        .collect();
    println!(
        "save → reload event over {edits} edits of {file}: median {:.0} ms (all: {} ms)",
        times[edits / 2].as_secs_f64() * 1000.0,
        ms.join(" ")
    );
}

/// Whether the server still answers with its "Building…" page.
fn building(port: u16) -> bool {
    use std::io::Read;
    let Ok(mut stream) = TcpStream::connect(("127.0.0.1", port)) else {
        return true;
    };
    let request = "GET / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n";
    if stream.write_all(request.as_bytes()).is_err() {
        return true;
    }
    let mut body = String::new();
    let _ = stream.read_to_string(&mut body);
    body.contains("Building…")
}
