//! Proof that an import lost nothing: every sentence of the source's main text must appear
//! in the page Clause renders from the imported policy.

use super::doc::Block;
use unicode_segmentation::UnicodeSegmentation;

/// How much of the source the page shows.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Coverage {
    /// Sentences in the source.
    pub total: usize,
    /// Those not found on the page, in source order.
    pub missing: Vec<String>,
}

impl Coverage {
    /// The share found, in whole percent (rounded down: 100 only when nothing is missing).
    pub fn percent(&self) -> usize {
        match self.total {
            0 => 100,
            total => (total - self.missing.len()) * 100 / total,
        }
    }
}

/// Every sentence of `blocks` and of the title (Unicode sentence boundaries, so `。` ends
/// one as `.` does), without the numbers taken off headings.
pub fn sentences(blocks: &[Block], title: Option<&str>) -> Vec<String> {
    let texts = title
        .map(str::to_string)
        .into_iter()
        .chain(blocks.iter().flat_map(Block::texts));
    let mut out = Vec::new();
    for text in texts {
        for line in text.lines() {
            for sentence in line.unicode_sentences() {
                let sentence = sentence.trim();
                if sentence.chars().any(char::is_alphanumeric) {
                    out.push(sentence.to_string());
                }
            }
        }
    }
    out
}

/// The text a reader sees on a rendered page: its `<main>` (else its body), scripts and
/// styles left out.
pub fn page_text(html: &str) -> String {
    let page = scraper::Html::parse_document(html);
    let pick = |s: &str| {
        let selector = scraper::Selector::parse(s).ok()?;
        page.select(&selector).next()
    };
    let Some(root) = pick("main").or_else(|| pick("body")) else {
        return String::new();
    };
    let mut out = String::new();
    for node in root.descendants() {
        let Some(text) = node.value().as_text() else {
            continue;
        };
        let hidden = node.ancestors().any(|a| {
            a.value()
                .as_element()
                .is_some_and(|e| matches!(e.name(), "script" | "style" | "template"))
        });
        if !hidden {
            out.push_str(text);
            out.push(' ');
        }
    }
    out
}

/// Which of `sentences` appear in `page` (compared without white space, which layout and
/// line wrapping change, and with typographic quotes made plain). All sentences are sought
/// in one pass over the page, so the work stays linear for the largest document.
pub fn check(sentences: &[String], page: &str) -> Coverage {
    let page = normal(page);
    let patterns: Vec<String> = sentences.iter().map(|s| normal(s)).collect();
    let mut found = vec![false; patterns.len()];
    if let Ok(matcher) = aho_corasick::AhoCorasick::new(&patterns) {
        for m in matcher.find_overlapping_iter(&page) {
            found[m.pattern().as_usize()] = true;
        }
    }
    let missing = sentences
        .iter()
        .zip(&found)
        .filter(|(_, found)| !**found)
        .map(|(s, _)| s.clone())
        .collect();
    Coverage {
        total: sentences.len(),
        missing,
    }
}

fn normal(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '\u{ad}' | '\u{200b}' | '\u{feff}'))
        .map(|c| match c {
            '‘' | '’' => '\'',
            '“' | '”' => '"',
            c => c,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::doc::{Inline, Kind};

    #[test]
    fn every_sentence_must_be_on_the_page() {
        let para = |t: &str| Block {
            kind: Kind::Para(Inline::plain(t)),
            at: String::new(),
        };
        let blocks = [
            para("We keep little. We sell nothing!"),
            para("我们很少收集。我们不出售。"),
        ];
        let all = sentences(&blocks, Some("Policy"));
        assert_eq!(all.len(), 5);
        let page = "<main><h1>Policy</h1><p>We keep\n little.</p><p>我们很少收集。</p><script>We sell nothing!</script></main>";
        let coverage = check(&all, &page_text(page));
        assert_eq!(coverage.missing, ["We sell nothing!", "我们不出售。"]);
        assert_eq!(coverage.percent(), 60);
    }
}
