//! Translation files: flat `key: text` YAML against the keys of a small policy.
#![no_main]
use libfuzzer_sys::fuzz_target;
use std::collections::BTreeSet;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let known: BTreeSet<String> = ["meta.title", "sections.intro.title", "sections.intro.body"]
        .into_iter()
        .map(String::from)
        .collect();
    let _ = clause::content::translation::translation_from_text("fr.yaml", text, &known);
});
