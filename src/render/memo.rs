//! A small thread-safe cache for values several pages share (a version's view model, its
//! diff, its notice), so each is computed once per build even when pages render in parallel.

use std::collections::HashMap;
use std::hash::Hash;
use std::sync::{Arc, Mutex};

/// Values by key, computed on first use.
pub struct Memo<K, V>(Mutex<HashMap<K, Arc<V>>>);

impl<K, V> Default for Memo<K, V> {
    fn default() -> Self {
        Memo(Mutex::new(HashMap::new()))
    }
}

impl<K: Hash + Eq + Clone, V> Memo<K, V> {
    /// The value for `key`, computing it with `make` the first time. Two threads may both
    /// compute it; the values are equal (rendering is deterministic) and one is kept.
    pub fn get(&self, key: &K, make: impl FnOnce() -> V) -> Arc<V> {
        if let Some(v) = self.0.lock().ok().and_then(|m| m.get(key).cloned()) {
            return v;
        }
        let value = Arc::new(make());
        match self.0.lock() {
            Ok(mut map) => Arc::clone(map.entry(key.clone()).or_insert(value)),
            Err(_) => value,
        }
    }

    /// Drops the values whose keys `gone` says are no longer needed (memory stays bounded
    /// by the pages in flight).
    pub fn forget(&self, gone: impl Fn(&K) -> bool) {
        if let Ok(mut map) = self.0.lock() {
            map.retain(|k, _| !gone(k));
        }
    }
}
