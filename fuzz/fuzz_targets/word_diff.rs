//! The word diff: for any two texts, the equal and deleted chunks spell the old text and
//! the equal and inserted chunks the new one.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let (old, new) = text.split_once('\u{0}').unwrap_or((text, ""));
    let chunks = clause::versions::diff::words(old, new);
    let side = |skip: &str| -> String {
        chunks
            .iter()
            .filter(|c| c.op != skip)
            .map(|c| c.text.as_str())
            .collect()
    };
    assert_eq!(side("insert"), old);
    assert_eq!(side("delete"), new);
});
