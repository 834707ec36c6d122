//! How sections are numbered: a style per level (`1` / `1.1`, `I`, `(1)`, `(I)`, `一、`,
//! `（一）`, none), chosen for the site in `clause.yaml` or for one policy in
//! `meta.numbering`; the last style given holds for deeper levels. A section with
//! `numbered: false` (a preamble, an annex) takes no number and does not count, nor do the
//! sections inside it.

use super::model::Section;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The numbering style of one level of sections.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum NumberStyle {
    /// `1`, `2`; under a decimal parent `1.1`, `1.2`.
    Decimal,
    /// `I`, `II`, `III`.
    Roman,
    /// `(1)`, `(2)`.
    Parenthesized,
    /// `(I)`, `(II)`.
    ParenthesizedRoman,
    /// `一、`, `二、` (cited as `一`).
    Chinese,
    /// `（一）`, `（二）`.
    ParenthesizedChinese,
    /// No number.
    None,
}

/// A section's number: as its heading shows it, and as a cross-reference cites it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Number {
    /// In the heading and the table of contents: `1.2`, `IV`, `一、`; empty when unnumbered.
    pub label: String,
    /// In a cross-reference: `1.2`, `IV`, `一`.
    pub cited: String,
}

/// The styles in force: the policy's, else the site's, else decimal at every level.
pub fn styles<'a>(
    policy: Option<&'a [NumberStyle]>,
    site: Option<&'a [NumberStyle]>,
) -> &'a [NumberStyle] {
    const DEFAULT: &[NumberStyle] = &[NumberStyle::Decimal];
    policy
        .filter(|s| !s.is_empty())
        .or(site.filter(|s| !s.is_empty()))
        .unwrap_or(DEFAULT)
}

/// The number of every section (by id) of `sections`, with `digits` writing an integer in
/// the reader's digits.
pub fn numbers(
    sections: &[Section],
    styles: &[NumberStyle],
    digits: &dyn Fn(usize) -> String,
) -> BTreeMap<String, Number> {
    let mut out = BTreeMap::new();
    walk(sections, styles, 0, None, digits, &mut out);
    out
}

fn walk(
    sections: &[Section],
    styles: &[NumberStyle],
    level: usize,
    parent: Option<(&NumberStyle, &str)>,
    digits: &dyn Fn(usize) -> String,
    out: &mut BTreeMap<String, Number>,
) {
    let style = styles
        .get(level)
        .or(styles.last())
        .copied()
        .unwrap_or(NumberStyle::Decimal);
    let mut n = 0;
    for s in sections {
        if !s.numbered {
            unnumbered(s, out);
            continue;
        }
        n += 1;
        let number = number(style, n, parent, digits);
        walk(
            &s.sections,
            styles,
            level + 1,
            Some((&style, &number.cited)),
            digits,
            out,
        );
        out.insert(s.id.value.clone(), number);
    }
}

/// A section outside the numbering, with everything inside it.
fn unnumbered(s: &Section, out: &mut BTreeMap<String, Number>) {
    out.insert(s.id.value.clone(), Number::default());
    for child in &s.sections {
        unnumbered(child, out);
    }
}

fn number(
    style: NumberStyle,
    n: usize,
    parent: Option<(&NumberStyle, &str)>,
    digits: &dyn Fn(usize) -> String,
) -> Number {
    let same = |s: String| Number {
        label: s.clone(),
        cited: s,
    };
    match style {
        NumberStyle::Decimal => match parent {
            Some((NumberStyle::Decimal, p)) if !p.is_empty() => same(format!("{p}.{}", digits(n))),
            _ => same(digits(n)),
        },
        NumberStyle::Roman => same(roman(n)),
        NumberStyle::Parenthesized => same(format!("({})", digits(n))),
        NumberStyle::ParenthesizedRoman => same(format!("({})", roman(n))),
        NumberStyle::Chinese => Number {
            label: format!("{}、", chinese(n)),
            cited: chinese(n),
        },
        NumberStyle::ParenthesizedChinese => same(format!("（{}）", chinese(n))),
        NumberStyle::None => Number::default(),
    }
}

/// `n` in Roman numerals (sections never reach 4,000).
fn roman(mut n: usize) -> String {
    const PARTS: [(usize, &str); 13] = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut out = String::new();
    for (value, letters) in PARTS {
        while n >= value {
            out.push_str(letters);
            n -= value;
        }
    }
    out
}

/// `n` in Chinese numerals as legal texts count sections: 一 … 十, 十一, 二十, 二十一, 一百.
fn chinese(n: usize) -> String {
    const DIGITS: [&str; 10] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    match n {
        0..=9 => DIGITS[n].to_string(),
        10..=19 => format!("十{}", if n > 10 { DIGITS[n - 10] } else { "" }),
        20..=99 => format!(
            "{}十{}",
            DIGITS[n / 10],
            if !n.is_multiple_of(10) {
                DIGITS[n % 10]
            } else {
                ""
            }
        ),
        _ => {
            let rest = n % 100;
            let tail = match rest {
                0 => String::new(),
                1..=9 => format!("零{}", DIGITS[rest]),
                10..=19 => format!("一{}", chinese(rest)),
                _ => chinese(rest),
            };
            format!("{}百{tail}", chinese(n / 100))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numerals() {
        let r: Vec<String> = [1, 4, 9, 14, 40, 1994].iter().map(|n| roman(*n)).collect();
        assert_eq!(r, ["I", "IV", "IX", "XIV", "XL", "MCMXCIV"]);
        let c: Vec<String> = [1, 10, 11, 20, 21, 99, 100, 101, 110, 123]
            .iter()
            .map(|n| chinese(*n))
            .collect();
        assert_eq!(
            c,
            [
                "一",
                "十",
                "十一",
                "二十",
                "二十一",
                "九十九",
                "一百",
                "一百零一",
                "一百一十",
                "一百二十三"
            ]
        );
    }

    #[test]
    fn decimal_joins_only_under_a_decimal_parent() {
        let d = |n: usize| n.to_string();
        let p = number(
            NumberStyle::Decimal,
            2,
            Some((&NumberStyle::Decimal, "3")),
            &d,
        );
        assert_eq!(p.label, "3.2");
        let c = number(
            NumberStyle::Decimal,
            2,
            Some((&NumberStyle::Chinese, "三")),
            &d,
        );
        assert_eq!(c.label, "2");
        let z = number(NumberStyle::Chinese, 3, None, &d);
        assert_eq!((z.label.as_str(), z.cited.as_str()), ("三、", "三"));
    }
}
