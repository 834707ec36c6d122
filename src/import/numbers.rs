//! The numbers people put before headings in policies: `1`, `1.1`, `I.`, `(1)`, `(I)`,
//! `一、`, `（一）`, `1、`, `Article 3`. A recognised number is taken off the heading; its
//! style becomes the policy's numbering when Clause can write it the same way.

/// How a number is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Style {
    /// `1`, `1.2`, `1.2.3` (with the depth of the dotted path).
    Decimal(usize),
    /// `I.`, `II`
    Roman,
    /// `(1)`
    Parenthesized,
    /// `(I)`
    ParenthesizedRoman,
    /// `一、`
    Chinese,
    /// `（一）`
    ParenthesizedChinese,
    /// `1 Introduction`: a bare number, taken as a heading's only in plain text, where the
    /// whole line is a short title.
    DecimalBare,
    /// `1、`: no Clause style writes it.
    DecimalComma,
    /// `Article 3`, `Section 3`: no Clause style writes it.
    Word,
}

impl Style {
    /// The name of the style in `meta.numbering`, when Clause has one.
    pub fn clause_name(self) -> Option<&'static str> {
        Some(match self {
            Style::Decimal(_) | Style::DecimalBare => "decimal",
            Style::Roman => "roman",
            Style::Parenthesized => "parenthesized",
            Style::ParenthesizedRoman => "parenthesized-roman",
            Style::Chinese => "chinese",
            Style::ParenthesizedChinese => "parenthesized-chinese",
            Style::DecimalComma | Style::Word => return None,
        })
    }
}

/// A number before a heading.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Number {
    /// How it is written.
    pub style: Style,
    /// Its value at its own level (`1.2` → 2).
    pub value: usize,
    /// The number as written (`1.2`, `（三）`).
    pub written: String,
}

/// The number at the start of `line` and the rest of the line, if it starts with one.
pub fn split(line: &str) -> Option<(Number, &str)> {
    let line = line.trim_start();
    let found = decimal(line)
        .or_else(|| parenthesized(line))
        .or_else(|| chinese(line))
        .or_else(|| roman(line))
        .or_else(|| word(line))?;
    let (style, value, len) = found;
    let rest = line[len..].trim_start();
    if rest.is_empty() {
        return None;
    }
    let number = Number {
        style,
        value,
        written: line[..len].trim().to_string(),
    };
    Some((number, rest))
}

/// [`split`], and also a bare number before a capitalised or CJK title (`1 Introduction`,
/// `2 数据`): for a whole line that is short enough to be a heading.
pub fn split_heading(line: &str) -> Option<(Number, &str)> {
    if let Some(found) = split(line) {
        return Some(found);
    }
    let line = line.trim_start();
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > 2 || !line[digits..].starts_with(' ') {
        return None;
    }
    let rest = line[digits..].trim_start();
    let first = rest.chars().next()?;
    if !(first.is_uppercase() || first > '\u{2e80}') {
        return None;
    }
    let value = line[..digits].parse().ok()?;
    let number = Number {
        style: Style::DecimalBare,
        value,
        written: line[..digits].to_string(),
    };
    Some((number, rest))
}

/// `1`, `1.2.3`, `1.`, `1、`: followed by a space (or `、`).
fn decimal(line: &str) -> Option<(Style, usize, usize)> {
    let mut parts = Vec::new();
    let mut at = 0;
    let mut dotted = false;
    loop {
        let digits = line[at..].bytes().take_while(u8::is_ascii_digit).count();
        if digits == 0 || digits > 3 {
            return None;
        }
        parts.push(line[at..at + digits].parse::<usize>().ok()?);
        at += digits;
        let rest = &line[at..];
        if let Some(after) = rest.strip_prefix('.') {
            if after.starts_with(|c: char| c.is_ascii_digit()) {
                at += 1;
                continue;
            }
            at += 1;
            dotted = true;
        } else if rest.starts_with('、') {
            let value = *parts.last()?;
            return (parts.len() == 1).then_some((
                Style::DecimalComma,
                value,
                at + '、'.len_utf8(),
            ));
        }
        break;
    }
    // `1 Intro` is too like `30 days`: a single number needs its dot.
    let spaced = line[at..].starts_with([' ', '\t', '\u{3000}']);
    (spaced && (dotted || parts.len() > 1))
        .then(|| (Style::Decimal(parts.len()), *parts.last().unwrap_or(&0), at))
}

/// `(1)`, `(I)`, `（一）`.
fn parenthesized(line: &str) -> Option<(Style, usize, usize)> {
    let (open, close, wide) = if line.starts_with('（') {
        ('（', '）', true)
    } else if line.starts_with('(') {
        ('(', ')', false)
    } else {
        return None;
    };
    let inner_start = open.len_utf8();
    let end = line[inner_start..].find(close)? + inner_start;
    let inner = &line[inner_start..end];
    let len = end + close.len_utf8();
    if let Ok(n) = inner.parse::<usize>() {
        return (n > 0 && inner.len() <= 3).then_some((Style::Parenthesized, n, len));
    }
    if let Some(n) = roman_value(inner) {
        return Some((Style::ParenthesizedRoman, n, len));
    }
    let n = chinese_value(inner)?;
    let _ = wide;
    Some((Style::ParenthesizedChinese, n, len))
}

/// `一、`
fn chinese(line: &str) -> Option<(Style, usize, usize)> {
    let end = line.find('、')?;
    let n = chinese_value(&line[..end])?;
    Some((Style::Chinese, n, end + '、'.len_utf8()))
}

/// `I.`, `IV.`: upper-case Roman numerals followed by a dot.
fn roman(line: &str) -> Option<(Style, usize, usize)> {
    let end = line.find('.')?;
    let n = roman_value(&line[..end])?;
    Some((Style::Roman, n, end + 1))
}

/// `Article 3`, `Section 3.` (the word is kept on the heading: no Clause style writes it).
fn word(line: &str) -> Option<(Style, usize, usize)> {
    let (word, rest) = line.split_once(' ')?;
    if !matches!(word, "Article" | "Section" | "Clause" | "Part") {
        return None;
    }
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let n = rest[..digits].parse().ok()?;
    let mut len = word.len() + 1 + digits;
    if line[len..].starts_with(['.', ':']) {
        len += 1;
    }
    Some((Style::Word, n, len))
}

fn roman_value(s: &str) -> Option<usize> {
    if s.is_empty() || s.len() > 6 || !s.chars().all(|c| "IVXLC".contains(c)) {
        return None;
    }
    let value = |c| match c {
        'I' => 1,
        'V' => 5,
        'X' => 10,
        'L' => 50,
        _ => 100,
    };
    let digits: Vec<usize> = s.chars().map(value).collect();
    let mut total = 0;
    for (i, d) in digits.iter().enumerate() {
        match digits.get(i + 1) {
            Some(next) if next > d => total -= *d as isize,
            _ => total += *d as isize,
        }
    }
    usize::try_from(total).ok().filter(|n| *n > 0)
}

/// `一` to `九十九`.
fn chinese_value(s: &str) -> Option<usize> {
    const DIGITS: &str = "〇一二三四五六七八九";
    let digit = |c: char| DIGITS.chars().position(|d| d == c);
    let chars: Vec<char> = s.chars().collect();
    match chars.as_slice() {
        ['十'] => Some(10),
        [d] => digit(*d).filter(|n| *n > 0),
        ['十', d] => Some(10 + digit(*d)?),
        [t, '十'] => Some(10 * digit(*t)?),
        [t, '十', d] => Some(10 * digit(*t)? + digit(*d)?),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn style(line: &str) -> Option<(Style, usize, &str)> {
        split(line).map(|(n, rest)| (n.style, n.value, rest))
    }

    #[test]
    fn the_numbers_policies_use() {
        assert_eq!(style("1. Intro"), Some((Style::Decimal(1), 1, "Intro")));
        assert_eq!(
            style("2.3 Sharing"),
            Some((Style::Decimal(2), 3, "Sharing"))
        );
        assert_eq!(
            style("2.3. Sharing"),
            Some((Style::Decimal(2), 3, "Sharing"))
        );
        assert_eq!(style("IV. Rights"), Some((Style::Roman, 4, "Rights")));
        assert_eq!(style("(2) Data"), Some((Style::Parenthesized, 2, "Data")));
        assert_eq!(
            style("(II) Data"),
            Some((Style::ParenthesizedRoman, 2, "Data"))
        );
        assert_eq!(
            style("三、我们如何使用"),
            Some((Style::Chinese, 3, "我们如何使用"))
        );
        assert_eq!(
            style("（十二）其他"),
            Some((Style::ParenthesizedChinese, 12, "其他"))
        );
        assert_eq!(style("1、收集"), Some((Style::DecimalComma, 1, "收集")));
        assert_eq!(style("Article 3 Scope"), Some((Style::Word, 3, "Scope")));
    }

    #[test]
    fn text_that_only_starts_with_a_number_is_not_numbered() {
        assert_eq!(style("2026 was a good year"), None);
        assert_eq!(style("30 days after"), None);
        assert_eq!(style("I am here."), None);
        assert_eq!(style("1."), None);
        assert_eq!(style("(see below) text"), None);
        let bare = |line| split_heading(line).map(|(n, rest)| (n.style, n.value, rest));
        assert_eq!(
            bare("2 Types of Data"),
            Some((Style::DecimalBare, 2, "Types of Data"))
        );
        assert_eq!(bare("30 days after"), None);
    }
}
