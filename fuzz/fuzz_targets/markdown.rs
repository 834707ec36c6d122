//! Markdown with sanitising: any text renders, and no tag in the output is a script, frame,
//! style or plug-in, has an event handler or style attribute, or has a `javascript:`,
//! `vbscript:` or `data:` URL in a URL attribute (`alt` text may say anything). Text is
//! escaped, so every real tag starts with `<` and a letter.
#![no_main]
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

static MD: OnceLock<clause::render::markdown::Markdown> = OnceLock::new();

fn check(html: &str) {
    for tag in html.split('<').skip(1) {
        if !tag.starts_with(|c: char| c.is_ascii_alphabetic()) {
            continue;
        }
        let tag = tag.split('>').next().unwrap_or("").to_ascii_lowercase();
        let name = tag.split_whitespace().next().unwrap_or("");
        let banned = ["script", "iframe", "style", "object", "embed", "svg", "math", "form"];
        assert!(!banned.contains(&name), "<{tag}> in {html}");
        for (key, value) in attributes(&tag[name.len()..]) {
            assert!(!key.starts_with("on") && key != "style", "<{tag}> in {html}");
            let url = ["href", "src", "action", "formaction", "xlink:href", "data", "cite"];
            for scheme in ["javascript:", "vbscript:", "data:"] {
                let bad = url.contains(&key) && value.trim_start().starts_with(scheme);
                assert!(!bad, "<{tag}> in {html}");
            }
        }
    }
}

/// `key="value"` pairs as html5ever writes them (values always double-quoted, `"` escaped).
fn attributes(mut rest: &str) -> Vec<(&str, &str)> {
    let mut out = Vec::new();
    loop {
        rest = rest.trim_start();
        let end = rest.find(|c: char| c == '=' || c.is_whitespace()).unwrap_or(rest.len());
        if end == 0 {
            return out;
        }
        let key = &rest[..end];
        rest = &rest[end..];
        let Some(after) = rest.strip_prefix("=\"") else {
            out.push((key, ""));
            continue;
        };
        let close = after.find('"').unwrap_or(after.len());
        out.push((key, &after[..close]));
        rest = after.get(close + 1..).unwrap_or("");
    }
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let md = MD.get_or_init(Default::default);
    check(&md.block(text, "s", 2));
    check(&md.inline(text));
    let _ = clause::render::markdown::Markdown::plain(text);
});
