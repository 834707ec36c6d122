//! UI strings: any Fluent file over the built-in strings loads or gives diagnostics, and
//! every message formats.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    for locale in ["en", "ar"] {
        match clause::i18n::strings_from_text(locale, "locales/x.ftl", text) {
            Ok(strings) => {
                let _ = strings.ui().len();
            }
            Err(d) => {
                let _ = d.render_text();
            }
        }
    }
});
