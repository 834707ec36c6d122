//! Stable ids: lowercase slugs that are safe in URLs, file names and anchors.

/// The rule, as shown in diagnostics.
pub const SLUG_RULE: &str = "a lowercase slug: letters a-z, digits and single hyphens, starting with a letter or digit, at most 64 characters";

/// The known name nearest to `name` by edit distance, if it is near enough to be a typo.
pub fn closest<'a>(name: &str, known: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    known
        .into_iter()
        .map(|k| (edit_distance(name, k), k))
        .filter(|(d, k)| *d <= 3.max(k.len() / 8))
        .min()
        .map(|(_, k)| k)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut previous = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let substitute = previous + usize::from(ca != *cb);
            previous = row[j + 1];
            row[j + 1] = substitute.min(row[j] + 1).min(previous + 1);
        }
    }
    row[b.len()]
}

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

/// Whether `s` is a device name on Windows (`con`, `prn`, `aux`, `nul`, `com1`–`com9`,
/// `lpt1`–`lpt9`, with or without an extension): such a folder cannot exist there, so a
/// site using one as a folder name could not be checked out or published from Windows.
pub fn reserved_on_windows(s: &str) -> bool {
    let stem = s.split('.').next().unwrap_or(s).to_ascii_lowercase();
    let numbered = |prefix: &str| {
        stem.strip_prefix(prefix)
            .is_some_and(|n| n.len() == 1 && n != "0" && n.as_bytes()[0].is_ascii_digit())
    };
    matches!(stem.as_str(), "con" | "prn" | "aux" | "nul") || numbered("com") || numbered("lpt")
}

/// Why a name is refused as a folder name although it is a valid id.
pub const WINDOWS_RULE: &str =
    "a name that is not a Windows device name (con, prn, aux, nul, com1–com9, lpt1–lpt9)";

/// Version ids that would collide with the pages beside versions in the URL contract.
pub const RESERVED_VERSIONS: &[&str] = &[
    "history", "changes", "draft", "feed", "index", "app", "api", "static",
];

/// The rule for version ids, as shown in diagnostics.
pub const VERSION_RULE: &str = "a version id: 1 to 32 characters a-z, 0-9, `.` and `-`, starting and ending with a letter or digit, without `..`, and not history, changes, draft, feed, index, app, api, static or a Windows device name (con, nul, com1 …)";

/// Why `s` is not a valid version id, or `None` when it is. Version ids become folder names
/// and URL segments (`/en/app/2.1/`), so they are held to a rule as strict as ids, with dots
/// allowed for numbering.
pub fn version_problem(s: &str) -> Option<&'static str> {
    let bytes = s.as_bytes();
    let alnum = |b: &u8| b.is_ascii_lowercase() || b.is_ascii_digit();
    if s.is_empty() || s.len() > 32 {
        return Some("it must be 1 to 32 characters long");
    }
    if !bytes.iter().all(|b| alnum(b) || *b == b'.' || *b == b'-') {
        return Some("it may contain only a-z, 0-9, `.` and `-`");
    }
    if !alnum(&bytes[0]) || !alnum(&bytes[bytes.len() - 1]) {
        return Some("it must start and end with a letter or digit");
    }
    if s.contains("..") {
        return Some("it must not contain `..`");
    }
    if RESERVED_VERSIONS.contains(&s) {
        return Some("it is reserved for another page of the policy");
    }
    if reserved_on_windows(s) {
        return Some("it is a device name on Windows");
    }
    None
}

#[cfg(test)]
mod tests {
    use super::{is_slug, reserved_on_windows, version_problem};

    #[test]
    fn windows_device_names() {
        for name in ["con", "CON", "nul.txt", "com1", "lpt9", "aux"] {
            assert!(reserved_on_windows(name), "{name}");
        }
        for name in ["console", "com0", "com10", "lpt", "app", "con-1"] {
            assert!(!reserved_on_windows(name), "{name}");
        }
    }

    #[test]
    fn version_ids() {
        for ok in ["1", "2.1", "2026-03-01", "v3", "1.0.0-rc1"] {
            assert_eq!(version_problem(ok), None, "{ok}");
        }
        for bad in [
            "",
            "../x",
            "1..2",
            ".1",
            "1.",
            "V1",
            "a/b",
            "history",
            "a b",
            "ü",
            &"1".repeat(33),
        ] {
            assert!(version_problem(bad).is_some(), "{bad:?}");
        }
    }

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
