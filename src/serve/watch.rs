//! Watching the site's sources (never the output) and rebuilding after each save.

use super::Shared;
use notify::RecursiveMode;
use notify_debouncer_full::{DebounceEventResult, new_debouncer_opt};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// Long enough to see an editor's write-to-temp-then-rename as one save, short enough not to
/// be noticed.
pub const DEBOUNCE: Duration = Duration::from_millis(30);

/// What is watched, relative to the site root.
pub const WATCHED: &[&str] = &[
    "clause.yaml",
    "clause.lock",
    "content",
    "library",
    "locales",
    "themes",
];

/// Keeps the watcher alive; dropping it stops watching.
pub struct Watcher {
    _debouncer: Box<dyn std::any::Any + Send>,
}

/// Starts watching `root` and rebuilding `shared` on changes.
pub fn start(root: &Path, shared: Shared) -> Result<Watcher, String> {
    let root = root
        .canonicalize()
        .map_err(|e| format!("{}: {e}", root.display()))?;
    let (tx, rx) = std::sync::mpsc::channel::<DebounceEventResult>();
    // Links are never followed (one to `/` would watch the whole disk), and each folder is
    // watched on its own, so that one that cannot be watched is a warning, not the end.
    let config = notify::Config::default().with_follow_symlinks(false);
    let mut debouncer = new_debouncer_opt::<_, notify::RecommendedWatcher, _>(
        DEBOUNCE,
        Some(Duration::from_millis(10)),
        tx,
        notify_debouncer_full::RecommendedCache::new(),
        config,
    )
    .map_err(|e| e.to_string())?;
    // Watch the root itself to see clause.yaml and folders come and go, and each source
    // folder's tree; the output folder is never watched.
    debouncer
        .watch(&root, RecursiveMode::NonRecursive)
        .map_err(|e| e.to_string())?;
    for name in &WATCHED[2..] {
        watch_tree(&mut debouncer, &root.join(name));
    }
    let debouncer = std::sync::Arc::new(std::sync::Mutex::new(debouncer));
    let handle = std::sync::Arc::clone(&debouncer);
    let watched_root = root.clone();
    std::thread::spawn(move || {
        for result in rx {
            let Ok(events) = result else { continue };
            // A folder created after start (the first `locales/`, a new policy) is watched too.
            for event in events.iter().filter(|e| e.event.kind.is_create()) {
                for path in event
                    .paths
                    .iter()
                    .filter(|p| is_source_dir(&watched_root, p))
                {
                    if let Ok(mut d) = handle.lock() {
                        watch_tree(&mut d, path);
                    }
                }
            }
            // Reading the sources during a rebuild makes access events: only writes,
            // creations, renames and removals are edits.
            let mut paths: Vec<PathBuf> = events
                .iter()
                .filter(|e| is_edit(&e.event.kind))
                .flat_map(|e| e.paths.iter().cloned())
                .filter(|p| is_source(&watched_root, p))
                .collect();
            paths.sort();
            paths.dedup();
            if paths.is_empty() {
                continue;
            }
            rebuild(&shared, &paths);
        }
    });
    Ok(Watcher {
        _debouncer: Box::new(debouncer),
    })
}

/// The first build of `serve`: prints its problems, if any, and tells pages open since.
pub fn first_build(shared: &Shared) {
    let started = Instant::now();
    let Some(update) = swap_rebuilt(shared, &[]) else {
        return;
    };
    match &update.error {
        Some(error) => eprint!("{error}"),
        None => {
            let summary = shared.preview.read().ok().and_then(|p| p.summary());
            if let Some(summary) = summary {
                crate::say!("{summary} in {} ms", started.elapsed().as_millis());
            }
        }
    }
    let _ = shared.updates.send(update);
}

/// Rebuilds and tells open pages; prints what happened.
pub fn rebuild(shared: &Shared, paths: &[PathBuf]) {
    let started = Instant::now();
    let Some(update) = swap_rebuilt(shared, paths) else {
        return;
    };
    match &update.error {
        Some(error) => eprint!("{error}"),
        None => crate::say!(
            "Rebuilt {} in {} ms: {} files changed",
            update.scope,
            started.elapsed().as_millis(),
            update.changed.iter().filter(|u| !u.ends_with('/')).count()
        ),
    }
    let _ = shared.updates.send(update);
}

/// Rebuilds a copy of the preview after `paths` changed and swaps it in; the update is for
/// the caller to print and send. Requests keep reading the current preview meanwhile; only
/// the swap takes the write lock. Rebuilds run one at a time (the first build and the
/// watcher's).
fn swap_rebuilt(shared: &Shared, paths: &[PathBuf]) -> Option<crate::serve::Update> {
    let _one = shared.rebuilding.lock().ok()?;
    let mut next = shared.preview.read().ok()?.clone();
    let update = next.rebuild(paths);
    *shared.preview.write().ok()? = next;
    Some(update)
}

/// Watches `dir` and every folder below it, not following links; a folder that cannot be
/// read or watched is skipped with a warning.
fn watch_tree<W: notify::Watcher, C: notify_debouncer_full::FileIdCache>(
    debouncer: &mut notify_debouncer_full::Debouncer<W, C>,
    dir: &Path,
) {
    if !dir.is_dir() {
        return;
    }
    let mut walk = walkdir::WalkDir::new(dir).follow_links(false).into_iter();
    while let Some(entry) = walk.next() {
        let entry = match entry {
            Ok(entry) => entry,
            Err(e) => {
                let reason = e
                    .io_error()
                    .map_or_else(|| e.to_string(), |io| io.to_string());
                eprintln!("warning: not watching {}: {reason}", path_of(&e, dir));
                continue;
            }
        };
        if !entry.file_type().is_dir() {
            continue;
        }
        if let Err(e) = debouncer.watch(entry.path(), RecursiveMode::NonRecursive) {
            let reason = match e.kind {
                notify::ErrorKind::Io(io) => io.to_string(),
                other => format!("{other:?}"),
            };
            eprintln!("warning: not watching {}: {reason}", entry.path().display());
            // What cannot be watched cannot be read either: do not descend.
            walk.skip_current_dir();
        }
    }
}

fn path_of(error: &walkdir::Error, dir: &Path) -> String {
    error.path().unwrap_or(dir).display().to_string()
}

/// Whether `path` is a real folder (not a link) inside one of the watched source folders.
fn is_source_dir(root: &Path, path: &Path) -> bool {
    let is_dir = std::fs::symlink_metadata(path).is_ok_and(|m| m.is_dir());
    is_dir
        && WATCHED[2..]
            .iter()
            .any(|name| path.starts_with(root.join(name)))
}

fn is_edit(kind: &notify::EventKind) -> bool {
    use notify::EventKind::*;
    use notify::event::ModifyKind;
    match kind {
        Create(_) | Remove(_) => true,
        Modify(ModifyKind::Metadata(_)) => false,
        Modify(_) => true,
        _ => false,
    }
}

/// Whether a changed path is one of the site's sources (and not, say, an editor's backup).
fn is_source(root: &Path, path: &Path) -> bool {
    let Ok(rel) = path.strip_prefix(root) else {
        return false;
    };
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
    let hidden_or_backup = name.starts_with('.') || name.ends_with('~') || name.ends_with(".swp");
    let first = rel.iter().next().and_then(|p| p.to_str()).unwrap_or("");
    WATCHED.contains(&first) && !hidden_or_backup
}
