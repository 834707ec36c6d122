//! In-app views in a real browser: headless Chromium through playwright-core
//! (tests/browser/). `.ci/run` installs both and sets CLAUSE_REQUIRE_BROWSER=1, so there the
//! test must run; elsewhere it says why it skipped.

mod common;

use common::*;
use std::path::Path;

#[test]
fn in_app_views_render_offline_in_light_and_dark_mode() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let script = root.join("tests/browser/app-views.mjs");
    let chromium = std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into());
    let ready = Path::new(&chromium).exists()
        && root
            .join("tests/browser/node_modules/playwright-core")
            .exists();
    if !ready {
        assert!(
            std::env::var_os("CLAUSE_REQUIRE_BROWSER").is_none(),
            "CLAUSE_REQUIRE_BROWSER is set but Chromium ({chromium}) or tests/browser/node_modules is missing"
        );
        eprintln!(
            "skipped: needs {chromium} and `npm ci --prefix tests/browser` (.ci/run installs both)"
        );
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("public");
    let run = clause(
        root,
        &[
            "build",
            "--output",
            out.to_str().unwrap(),
            "--date",
            "2026-06-01",
        ],
    );
    assert!(run.status.success(), "{}", stderr(&run));
    let artifacts = root.join("target/browser-artifacts");
    let node = std::process::Command::new("node")
        .arg(&script)
        .arg(&out)
        .arg(&artifacts)
        .env("CHROMIUM", &chromium)
        .output()
        .expect("node runs");
    assert!(
        node.status.success(),
        "{}{}",
        String::from_utf8_lossy(&node.stdout),
        String::from_utf8_lossy(&node.stderr)
    );
    let shots = std::fs::read_dir(&artifacts).unwrap().count();
    assert!(
        shots >= 12,
        "{shots} screenshots in {}",
        artifacts.display()
    );
}
