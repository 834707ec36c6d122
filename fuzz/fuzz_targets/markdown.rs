//! Markdown with sanitising: any text renders, and what comes out has no script, no event
//! handler and no `javascript:` URL.
#![no_main]
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

static MD: OnceLock<clause::render::markdown::Markdown> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let md = MD.get_or_init(Default::default);
    for html in [md.block(text, "s", 2), md.inline(text)] {
        let lower = html.to_ascii_lowercase();
        assert!(!lower.contains("<script"), "{html}");
        assert!(!lower.contains("javascript:"), "{html}");
        assert!(!lower.contains(" onerror="), "{html}");
    }
    let _ = clause::render::markdown::Markdown::plain(text);
});
