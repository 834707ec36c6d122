//! In-app views in a real browser: headless Chromium through playwright-core
//! (tests/browser/). `.ci/run` installs both and sets CLAUSE_REQUIRE_BROWSER=1, so there the
//! test must run; elsewhere it says why it skipped.

mod common;

use common::*;
use std::path::Path;

#[test]
fn in_app_views_render_offline_in_light_and_dark_mode() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let Some(chromium) = browser() else {
        return;
    };
    let (_dir, out, _) = build_example();
    let artifacts = root.join("target/browser-artifacts");
    run_browser_script(
        "app-views.mjs",
        &[out.as_os_str(), artifacts.as_os_str()],
        &chromium,
    );
    let shots = std::fs::read_dir(&artifacts).unwrap().count();
    assert!(
        shots >= 12,
        "{shots} screenshots in {}",
        artifacts.display()
    );
}
