//! The render cache: a clean checkout with a restored cache renders only what changed,
//! gives the same bytes, survives damage, and refuses folders that are not its own.

use crate::common::*;
use std::path::Path;

const DATE: &str = "2026-07-01";

/// Builds the site into `public/` with the cache at `cache` (relative to the root).
fn build(site: &SiteTest, cache: &str) -> Run {
    site.run(&["build", "--date", DATE, "--cache", cache])
}

/// Every blob of the cache at `dir`.
fn blobs(dir: &Path) -> Vec<std::path::PathBuf> {
    walkdir::WalkDir::new(dir.join("v1/blobs"))
        .into_iter()
        .map(Result::unwrap)
        .filter(|e| e.file_type().is_file())
        .map(|e| e.path().to_path_buf())
        .collect()
}

#[test]
fn a_clean_checkout_with_a_restored_cache_builds_the_same_site_from_it() {
    let site = SiteTest::example();
    let said = build(&site, "ci-cache").succeeds().stderr.clone();
    let files = example_files(&site.path("public"));
    assert!(
        said.contains(&format!(
            "Built 186 pages ({files} files, 0 unchanged) into ./public in "
        )),
        "{said}"
    );
    let first = read_tree(&site.path("public"));
    // The folder ignores itself in git and tells backup tools what it is.
    assert_eq!(site.read("ci-cache/.gitignore"), "*\n");
    assert!(
        site.read("ci-cache/CACHEDIR.TAG")
            .starts_with("Signature: 8a477f597d28d172789f06886806bc55\n")
    );
    // A CI run: a clean checkout (no output) with the cache restored.
    std::fs::remove_dir_all(site.path("public")).unwrap();
    let said = build(&site, "ci-cache").succeeds().stderr.clone();
    // Everything but the files of the whole site (chooser, 404, sitemap, API index and
    // schemas, the theme's two assets) comes from the cache.
    assert!(
        said.contains(&format!(
            "Built 186 pages ({files} files, 0 unchanged, {} from the cache) into ./public in ",
            files - 9
        )),
        "{said}"
    );
    assert!(read_tree(&site.path("public")) == first);
    // A build that stores nothing new leaves the cache as it was.
    let count = blobs(&site.path("ci-cache")).len();
    std::fs::remove_dir_all(site.path("public")).unwrap();
    build(&site, "ci-cache").succeeds();
    assert_eq!(blobs(&site.path("ci-cache")).len(), count);
}

#[test]
fn a_damaged_cache_entry_is_rendered_again_not_published() {
    let site = SiteTest::example();
    build(&site, "ci-cache").succeeds();
    let first = read_tree(&site.path("public"));
    // Every blob flipped to other bytes of the same size (a bad restore, a disk error, an
    // output file edited in place through its hard link).
    for blob in blobs(&site.path("ci-cache")) {
        let mut bytes = std::fs::read(&blob).unwrap();
        bytes.iter_mut().for_each(|b| *b = b'x');
        std::fs::write(&blob, bytes).unwrap();
    }
    std::fs::remove_dir_all(site.path("public")).unwrap();
    build(&site, "ci-cache").succeeds();
    // (A file rendered again repairs its blob, which later files of the same bytes take.)
    assert!(read_tree(&site.path("public")) == first);
}

#[test]
fn without_the_cache_nothing_is_kept_and_the_site_is_the_same() {
    let site = SiteTest::example();
    site.run(&["build", "--date", DATE]).succeeds();
    let cached = read_tree(&site.path("public"));
    assert!(
        site.path(".clause-cache/CACHEDIR.TAG").is_file(),
        "the default place"
    );
    std::fs::remove_dir_all(site.path(".clause-cache")).unwrap();
    site.run(&["build", "--date", DATE, "--no-cache", "--fresh"])
        .succeeds();
    assert!(!site.path(".clause-cache").exists());
    assert!(read_tree(&site.path("public")) == cached);
}

#[test]
fn a_folder_that_is_not_a_cache_and_a_cache_inside_the_output_are_refused() {
    let site = SiteTest::example();
    std::fs::create_dir(site.path("notes")).unwrap();
    std::fs::write(site.path("notes/todo.txt"), "mine").unwrap();
    build(&site, "notes").fails_with(
        2,
        "error: notes is not a Clause cache folder (it has files and no CACHEDIR.TAG written by Clause); name a new or empty folder with --cache, or pass --no-cache\n",
    );
    assert_eq!(site.read("notes/todo.txt"), "mine");
    assert!(!site.path("notes/CACHEDIR.TAG").exists());
    build(&site, "public/cache").fails_with(
        2,
        "error: the cache folder public/cache and the output folder overlap; give them separate places (--cache, --output)\n",
    );
    assert!(!site.path("public").exists());
    site.run(&["build", "--date", DATE, "--cache-limit", "lots"])
        .fails_with(
            2,
            "error: invalid value 'lots' for '--cache-limit <SIZE>': expected a size: bytes, or a number with K, M, G or T\n\nFor more information, try '--help'.\n",
        );
}

#[cfg(unix)]
#[test]
fn an_unchanged_rebuild_leaves_the_output_folder_itself_in_place() {
    use std::os::unix::fs::MetadataExt;
    let site = SiteTest::example();
    build(&site, "ci-cache").succeeds();
    let folder = std::fs::metadata(site.path("public")).unwrap().ino();
    let said = build(&site, "ci-cache").succeeds().stderr.clone();
    let files = example_files(&site.path("public"));
    assert!(
        said.contains(&format!("({files} files, {files} unchanged) into ")),
        "{said}"
    );
    // No new tree was made and swapped in: the folder is the very same one.
    assert_eq!(
        std::fs::metadata(site.path("public")).unwrap().ino(),
        folder
    );
    let staging = staging_folders(site.root());
    assert!(staging.is_empty(), "{staging:?}");
}

/// Sealed versions this binary parsed before are parsed only when a page of theirs is
/// rendered; their bytes are still checked against the seal on every build.
#[test]
fn a_sealed_version_changed_after_it_was_recorded_is_still_refused() {
    let site = SiteTest::example();
    build(&site, "ci-cache").succeeds();
    let file = "content/lumen-notes/versions/1/policy.yaml";
    let text = site.read(file);
    std::fs::write(site.path(file), text.replacen("title:", "title: ", 1)).unwrap();
    let run = build(&site, "ci-cache");
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    assert!(
        run.stderr.contains("content/lumen-notes/versions/1"),
        "{}",
        run.stderr
    );
}

/// `clause check` reads the cache a build left (pages whose key it holds rendered without a
/// problem from the same inputs) and writes nothing; without one it makes none.
#[test]
fn check_reads_the_cache_and_writes_nothing() {
    let site = SiteTest::example();
    let fresh = site.run(&["check", "--date", DATE]);
    assert!(!site.path(".clause-cache").exists(), "check made a cache");
    build(&site, ".clause-cache").succeeds();
    let before = read_tree(&site.path(".clause-cache"));
    let cached = site.run(&["check", "--date", DATE]);
    assert_eq!((cached.code, &cached.stdout), (fresh.code, &fresh.stdout));
    assert_eq!(cached.stderr, fresh.stderr);
    assert!(read_tree(&site.path(".clause-cache")) == before);
    std::fs::create_dir(site.path("notes")).unwrap();
    std::fs::write(site.path("notes/todo.txt"), "mine").unwrap();
    site.run(&["check", "--date", DATE, "--cache", "notes"]).fails_with(
        2,
        "error: notes is not a Clause cache folder (it has files and no CACHEDIR.TAG written by Clause); name a new or empty folder with --cache, or pass --no-cache\n",
    );
}
