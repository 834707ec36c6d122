//! In-app views in a real browser: headless Chromium through playwright-core
//! (tests/browser/). `.ci/run` installs both and sets CLAUSE_REQUIRE_BROWSER=1, so there the
//! test must run; elsewhere it says why it skipped.

use crate::common::*;
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

/// Every page kind (chooser, current policy, archived version, history, change notice, in-app
/// view) in English, Chinese and Arabic: axe-core finds no violations in light and dark mode
/// at 360 and 1280 px; screenshots at 360, 768 and 1280 px in both modes go to
/// target/browser-artifacts/pages; nothing scrolls sideways at 320 px; at 320, 390, 768, 1280
/// and 1920 px no table is wider than its container and no caption or cell is squeezed
/// narrower than a few characters (web pages and in-app views); the skip link is the
/// first Tab stop and shows its focus; policy pages print without navigation, to PDF; and
/// Lighthouse scores accessibility and best practices at 100 (tests/browser/pages.mjs).
/// CLAUSE_SCREENSHOTS=1 also refreshes docs/screenshots.
#[test]
fn every_page_kind_is_accessible_responsive_and_printable_in_three_languages() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let Some(chromium) = browser() else {
        return;
    };
    let (_dir, out, _) = build_example();
    let artifacts = root.join("target/browser-artifacts/pages");
    // Only this run's screenshots are counted below.
    let _ = std::fs::remove_dir_all(&artifacts);
    let docs = root.join("docs/screenshots");
    let mut args = vec![out.as_os_str(), artifacts.as_os_str()];
    if std::env::var_os("CLAUSE_SCREENSHOTS").is_some() {
        args.push(docs.as_os_str());
    }
    run_browser_script("pages.mjs", &args, &chromium);
    let pngs = std::fs::read_dir(&artifacts)
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .path()
                .extension()
                .is_some_and(|x| x == "png")
        })
        .count();
    assert_eq!(pngs, 19 * 3 * 2, "19 pages × 3 widths × 2 colour schemes");
}
