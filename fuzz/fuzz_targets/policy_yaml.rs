//! The policy loader: any bytes, as a policy.yaml, must parse and validate or give
//! diagnostics, never panic; and diagnostics must render (with their snippets).
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Err(problems) = clause::content::policy_from_text("policy.yaml", text) {
        let mut all = clause::diagnostics::Diagnostics::default();
        all.add_source("policy.yaml", text);
        all.extend(problems);
        let _ = all.render_text();
    }
});
