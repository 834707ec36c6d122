//! A killed build never publishes half a site: `clause build` is killed with SIGKILL at
//! random moments (fixed seed) while it replaces one complete site with another; after every
//! kill the output folder is exactly one of the two complete sites, and staging leftovers
//! never pile up.

use crate::common::*;
use std::path::Path;
use std::time::{Duration, Instant};

/// splitmix64, so the moments are the same on every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
}

/// The example site built on `date` into `out`; `fresh` renders every page again.
fn command(out: &Path, date: &str, fresh: bool) -> std::process::Command {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("clause"));
    cmd.current_dir(root)
        .env_remove("SOURCE_DATE_EPOCH")
        .args(["build", "--output", out.to_str().unwrap(), "--date", date])
        // A cache of the test's own, beside the outputs (the repository's is shared).
        .arg("--cache")
        .arg(out.with_file_name("cache"))
        .stderr(std::process::Stdio::null());
    if fresh {
        cmd.arg("--fresh");
    }
    cmd
}

fn leftovers(dir: &Path) -> usize {
    std::fs::read_dir(dir)
        .unwrap()
        .filter(|e| {
            let name = e.as_ref().unwrap().file_name();
            name.to_string_lossy().starts_with(".public.staging")
        })
        .count()
}

#[test]
fn killed_builds_leave_the_old_site_or_the_new_one() {
    // Two dates on which the example site differs (a version becomes current).
    let dates = ["2026-06-01", "2027-06-01"];
    let dir = tempfile::tempdir().unwrap();
    let mut sites = Vec::new();
    let mut slowest = Duration::ZERO;
    for (i, date) in dates.iter().enumerate() {
        let out = dir.path().join(format!("reference-{i}"));
        // Timed once the render cache is warm, as the builds below find it.
        assert!(command(&out, date, true).status().unwrap().success());
        let started = Instant::now();
        assert!(command(&out, date, true).status().unwrap().success());
        slowest = slowest.max(started.elapsed());
        sites.push(read_tree(&out));
    }
    assert_ne!(sites[0], sites[1]);
    // Builds that reuse the previous output are faster: time those too.
    let out = dir.path().join("public");
    let mut reusing = Duration::MAX;
    for date in [dates[0], dates[1], dates[0]] {
        let started = Instant::now();
        assert!(command(&out, date, false).status().unwrap().success());
        reusing = reusing.min(started.elapsed());
    }
    let mut rng = Rng(2026);
    let (mut killed, mut finished) = (0, 0);
    for round in 0..50 {
        let date = dates[(rng.next() % 2) as usize];
        let fresh = round % 3 == 0;
        let window = if fresh { slowest } else { reusing }.as_micros() as u64;
        let delay = Duration::from_micros(rng.next() % window.max(1));
        let mut child = command(&out, date, fresh).spawn().unwrap();
        std::thread::sleep(delay);
        match child.try_wait().unwrap() {
            Some(_) => finished += 1,
            None => {
                child.kill().unwrap();
                killed += 1;
            }
        }
        child.wait().unwrap();
        let now = read_tree(&out);
        assert!(
            now == sites[0] || now == sites[1],
            "round {round}: after a kill at {delay:?} the output is neither complete site"
        );
        assert!(
            leftovers(dir.path()) <= 1,
            "round {round}: staging folders pile up"
        );
    }
    eprintln!("{killed} builds killed, {finished} finished first");
    assert!(
        killed >= 25,
        "only {killed} of 50 builds were killed while running"
    );
    assert!(command(&out, dates[1], false).status().unwrap().success());
    assert!(read_tree(&out) == sites[1]);
    assert_eq!(
        leftovers(dir.path()),
        0,
        "a complete build removes leftovers"
    );
}
