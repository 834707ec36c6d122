//! Translator stubs: the text `clause translate` appends to a locale's file, one entry per
//! key the file does not mention yet, with the source text beside it as a comment.

use crate::content::LoadedPolicy;
use crate::content::texts;
use std::collections::BTreeMap;

/// What to append to a translation file of `locale` (whose current text is `existing`,
/// empty when there is no file yet), and how many keys it adds: the policy's own file, or
/// with `shared` the library's, which takes the texts of elements included unchanged.
/// Existing bytes are never changed: the result only ever goes after them.
pub fn stubs(
    loaded: &LoadedPolicy,
    locale: &str,
    source: &str,
    existing: &str,
    shared: bool,
) -> (String, usize) {
    let t = loaded.translations.get(locale);
    let mentioned =
        |key: &str| t.is_some_and(|t| t.keys.contains_key(key) || t.served.contains_key(key));
    let missing: Vec<_> = texts::list(&loaded.policy)
        .into_iter()
        .filter(|s| !mentioned(&s.key) && !texts::is_fixed(&loaded.policy, &s.key))
        .filter(|s| loaded.library_texts.contains(&s.key) == shared)
        .collect();
    if missing.is_empty() {
        return (String::new(), 0);
    }
    let mut out = String::new();
    if existing.is_empty() && shared {
        out.push_str(&format!(
            "# Translation of the site library into {locale}, for every policy that includes its elements.\n\
             # Each key names a text of library/library.yaml; write the translation after the colon.\n\
             # A key left as ~ is shown in the fallback language. Guide: docs/translations.md\n"
        ));
    } else if existing.is_empty() {
        out.push_str(&format!(
            "# Translation of the `{}` policy into {locale}.\n\
             # Each key names a text of policy.yaml; write the translation after the colon.\n\
             # A key left as ~ is shown in the fallback language. Guide: docs/translations.md\n",
            loaded.id
        ));
    } else if !existing.ends_with('\n') {
        out.push('\n');
    }
    out.push_str(&format!(
        "\n# Added by `clause translate`: replace each ~ with the {locale} text.\n"
    ));
    for s in &missing {
        out.push('\n');
        out.push_str(&comment(source, &s.text));
        out.push_str(&format!("{}: ~\n", s.key));
    }
    (out, missing.len())
}

/// `existing` (a translation file) with the values of `changed` set: a key written in it
/// gets its new value in place (its old value's lines, a block scalar's included, go);
/// a key it lacks is added at the end under its source as a comment. Every other line,
/// the translator's comments among them, stays as it was.
pub fn set_values(
    existing: &str,
    changed: &BTreeMap<String, String>,
    sources: &[texts::SourceText],
    source: &str,
) -> String {
    let mut out = String::new();
    let mut done = std::collections::BTreeSet::new();
    let mut skipping = false;
    let mut held = String::new();
    for line in existing.split_inclusive('\n') {
        let continues = line.starts_with([' ', '\t']);
        if skipping && continues {
            held.clear();
            continue;
        }
        if skipping && line.trim().is_empty() {
            // Blank lines inside a block scalar go with it; after it, they stay.
            held.push_str(line);
            continue;
        }
        skipping = false;
        out.push_str(&std::mem::take(&mut held));
        let key = line.split_once(':').map(|(k, _)| k);
        match key.and_then(|k| changed.get_key_value(k)) {
            Some((key, value)) => {
                out.push_str(&format!("{key}: {}\n", yaml_value(value)));
                done.insert(key.clone());
                skipping = true;
            }
            None => out.push_str(line),
        }
    }
    out.push_str(&held);
    if !out.is_empty() && !out.ends_with('\n') {
        out.push('\n');
    }
    for text in sources.iter().filter(|s| !done.contains(&s.key)) {
        if let Some(value) = changed.get(&text.key) {
            out.push('\n');
            out.push_str(&comment(source, &text.text));
            out.push_str(&format!("{}: {}\n", text.key, yaml_value(value)));
        }
    }
    out
}

/// A JSON string is a YAML double-quoted scalar: any text survives as it is.
fn yaml_value(text: &str) -> String {
    serde_json::to_string(text).unwrap_or_default()
}

/// `existing` (a translation file) with every source comment Clause wrote (`# en: …` right
/// above a key) made to show that key's source as it is now; and how many changed. Other
/// comments and every value are kept as they are.
pub fn refresh_comments(
    existing: &str,
    sources: &[texts::SourceText],
    source: &str,
) -> (String, usize) {
    let by_key: BTreeMap<&str, &str> = sources
        .iter()
        .map(|s| (s.key.as_str(), s.text.as_str()))
        .collect();
    let mut out: Vec<String> = Vec::new();
    let mut refreshed = 0;
    for line in existing.split_inclusive('\n') {
        let key = line.split_once(':').map(|(k, _)| k).filter(|k| {
            !k.is_empty()
                && k.bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b"._-".contains(&b))
        });
        let text = key.and_then(|k| by_key.get(k));
        if let Some(text) = text
            && let Some(start) = source_comment_start(&out, source)
        {
            let now = comment(source, text);
            let was: String = out[start..].concat();
            if was != now {
                out.truncate(start);
                out.push(now);
                refreshed += 1;
            }
        }
        out.push(line.to_string());
    }
    (out.concat(), refreshed)
}

/// Where the source comment Clause wrote right above the next line starts in `lines`, if
/// there is one: `# en: text`, or `# en: |` and its `#   ` lines.
fn source_comment_start(lines: &[String], source: &str) -> Option<usize> {
    let head = format!("# {source}: ");
    let mut i = lines.len();
    while i > 0 {
        let line = lines[i - 1].trim_end_matches(['\n', '\r']);
        if line.starts_with(&head) {
            let block = line == format!("# {source}: |");
            // A one-line comment must be the last line; a block owns the lines after it.
            let owns_rest = lines[i..]
                .iter()
                .all(|l| l.starts_with("#   ") || l.trim_end() == "#");
            return (block && owns_rest || i == lines.len()).then_some(i - 1);
        }
        if !line.starts_with('#') {
            return None;
        }
        i -= 1;
    }
    None
}

/// The source text as a YAML comment, one `#` line per line of text.
fn comment(source: &str, text: &str) -> String {
    let text = text.replace('\r', "");
    let lines: Vec<&str> = text.trim_end().lines().collect();
    match lines.as_slice() {
        [one] => format!("# {source}: {one}\n"),
        many => {
            let mut out = format!("# {source}: |\n");
            for line in many {
                out.push_str(format!("#   {line}").trim_end());
                out.push('\n');
            }
            out
        }
    }
}

#[cfg(test)]
mod tests {
    use super::comment;

    #[test]
    fn multi_line_sources_become_block_comments() {
        assert_eq!(comment("en", "One line"), "# en: One line\n");
        assert_eq!(comment("en", "A\n\nB\n"), "# en: |\n#   A\n#\n#   B\n");
    }
}
