//! Stable ids: lowercase slugs that are safe in URLs, file names and anchors.

/// The rule, as shown in diagnostics.
pub const SLUG_RULE: &str = "a lowercase slug: letters a-z, digits and single hyphens, starting with a letter or digit, at most 64 characters";

/// Whether `s` is a valid id: `[a-z0-9]+(-[a-z0-9]+)*`, at most 64 characters.
///
/// This excludes everything that could escape a folder or confuse a URL: `/`, `\`, `.`,
/// NUL, upper case (which collides on case-insensitive file systems) and non-ASCII
/// look-alikes.
pub fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 64
        && s.split('-').all(|part| {
            !part.is_empty()
                && part
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

#[cfg(test)]
mod tests {
    use super::is_slug;

    #[test]
    fn accepts_slugs() {
        for ok in ["a", "data-2", "user-login", "x1"] {
            assert!(is_slug(ok), "{ok}");
        }
    }

    #[test]
    fn rejects_hostile_ids() {
        for bad in [
            "",
            "../x",
            "/etc",
            "A",
            "a--b",
            "-a",
            "a-",
            "a_b",
            "a.b",
            "con\0",
            "аpp",
            &"a".repeat(65),
        ] {
            assert!(!is_slug(bad), "{bad:?}");
        }
    }
}
