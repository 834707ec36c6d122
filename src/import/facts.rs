//! Facts the import can recognise with confidence, proposed for review with where they came
//! from: dates, contact e-mail and phone, the controller's legal name, the product name.

use super::doc::Block;
use regex::Regex;
use std::sync::LazyLock;

/// One proposed fact.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fact {
    /// Its key in policy.yaml (`meta.effective`).
    pub key: &'static str,
    /// The value, as it will be written.
    pub value: String,
    /// Where it was found.
    pub at: String,
    /// The text it was found in, shortened.
    pub quote: String,
}

static EMAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}").unwrap()
});
static PHONE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:phone|telephone|tel\.?|call us(?: at| on)?|电话|電話)\s*[:：]?\s*(\+?\d[\d ()./-]{5,}\d)").unwrap()
});
static CONTACT_URL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"https?://[^\s<>\]\[\)（）]+").unwrap());
static ADDRESS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:postal address|mailing address|our address|address|邮寄地址|通信地址|地址)\s*(?:is\s*)?[:：]\s*(.{8,200})$").unwrap()
});
static ISO: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b").unwrap());
static CJK_DATE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日").unwrap());
static DAY_MONTH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(\d{1,2})(?:st|nd|rd|th)?\s+(january|february|march|april|may|june|july|august|september|october|november|december)\s*,?\s+(\d{4})\b").unwrap()
});
static MONTH_DAY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(january|february|march|april|may|june|july|august|september|october|november|december)\s+(\d{1,2})(?:st|nd|rd|th)?\s*,?\s+(\d{4})\b").unwrap()
});
static COMPANY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b((?:[A-Z][\w&'-]*\s+){0,5}[A-Z][\w&'-]*,?\s+(?:Ltd\.?|Limited|Inc\.?|LLC|GmbH|B\.V\.|S\.A\.|SAS|AG|plc|Pty Ltd|Corporation|Corp\.))").unwrap()
});
static CJK_COMPANY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"([\p{Han}（）()]{2,40}(?:有限公司|有限責任公司|株式会社))").unwrap()
});

/// Words before a date that say what the date is.
const EFFECTIVE: &[&str] = &[
    "effective",
    "生效",
    "施行",
    "entrée en vigueur",
    "gültig ab",
];
const UPDATED: &[&str] = &[
    "last updated",
    "updated",
    "last modified",
    "revised",
    "更新",
    "修订",
    "修訂",
];

/// Every fact found in `blocks`, at most one per key (the first).
pub fn find(blocks: &[Block], title: Option<&str>) -> Vec<Fact> {
    let mut facts: Vec<Fact> = Vec::new();
    let mut add = |fact: Fact| {
        if !facts.iter().any(|f| f.key == fact.key) {
            facts.push(fact);
        }
    };
    if let Some(product) = title.and_then(product_of) {
        add(Fact {
            key: "meta.product",
            value: product,
            at: "the title".into(),
            quote: title.unwrap_or_default().to_string(),
        });
    }
    for block in blocks {
        for text in block.texts() {
            for line in text.lines() {
                let fact = |key, value: String| Fact {
                    key,
                    value,
                    at: line_at(block, line),
                    quote: shorten(line),
                };
                let lower = line.to_lowercase();
                if let Some(date) = date_in(line) {
                    if EFFECTIVE.iter().any(|w| lower.contains(w)) {
                        add(fact("meta.effective", date.clone()));
                    }
                    if UPDATED.iter().any(|w| lower.contains(w)) {
                        add(fact("meta.updated", date));
                    }
                }
                if let Some(m) = EMAIL.find(line) {
                    add(fact(
                        "meta.contact.email",
                        m.as_str().trim_end_matches('.').to_string(),
                    ));
                }
                let contact = [
                    "contact",
                    "reach us",
                    "write to us",
                    "visit",
                    "form",
                    "联系",
                    "聯絡",
                    "联络",
                ];
                let url = CONTACT_URL
                    .find(line)
                    .filter(|_| contact.iter().any(|w| lower.contains(w)));
                if let Some(m) = url {
                    let url = m.as_str().trim_end_matches(['.', ',', ';', ')']);
                    add(fact("meta.contact.url", url.to_string()));
                }
                if let Some(c) = ADDRESS.captures(line) {
                    let address = c[1].trim().trim_end_matches(['.', '。']).to_string();
                    add(fact("meta.contact.address", address));
                }
                if let Some(c) = PHONE.captures(line) {
                    add(fact("meta.contact.phone", c[1].trim().to_string()));
                }
                if let Some(company) = controller_in(block, line) {
                    add(fact("meta.controller.name", company));
                }
            }
        }
    }
    facts
}

/// Words that make a company named in a sentence the one the policy speaks for, not a
/// vendor: the controller says what it does ("makes the app", "we", "开发本应用").
const SPEAKS_FOR: &[&str] = &[
    "we ",
    "we'",
    "us ",
    "our ",
    "controller",
    "responsible",
    "operate",
    "provide",
    "make",
    "我们",
    "我們",
    "本公司",
    "本应用",
    "本應用",
    "开发",
    "開發",
    "运营",
    "營運",
];

/// The company a line names as the policy's own (never from a table, which lists vendors).
fn controller_in(block: &Block, line: &str) -> Option<String> {
    if matches!(block.kind, super::doc::Kind::Table(_)) || line.contains('|') {
        return None;
    }
    let lower = line.to_lowercase();
    if !SPEAKS_FOR.iter().any(|w| lower.contains(w)) {
        return None;
    }
    COMPANY
        .captures(line)
        .or_else(|| CJK_COMPANY.captures(line))
        .map(|c| c[1].trim().to_string())
}

/// Where `line` is: for Markdown kept as written (a block of many lines), the line of its
/// block it is on; else the block's place.
fn line_at(block: &Block, line: &str) -> String {
    let super::doc::Kind::Raw(raw) = &block.kind else {
        return block.at.clone();
    };
    let start = block
        .at
        .strip_prefix("line ")
        .and_then(|n| n.parse::<usize>().ok());
    let probe: String = line.chars().take(24).collect();
    let offset = raw.md.lines().position(|l| l.contains(probe.trim()));
    match (start, offset) {
        (Some(start), Some(offset)) => format!("line {}", start + offset),
        _ => block.at.clone(),
    }
}

/// The first date in `text`, as `YYYY-MM-DD`.
fn date_in(text: &str) -> Option<String> {
    let ymd = |y: &str, m: usize, d: &str| {
        let (y, d) = (y.parse::<u32>().ok()?, d.parse::<u32>().ok()?);
        let valid = (1900..=2200).contains(&y) && (1..=12).contains(&m) && (1..=31).contains(&d);
        valid.then(|| format!("{y:04}-{m:02}-{d:02}"))
    };
    let month = |name: &str| {
        const MONTHS: [&str; 12] = [
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ];
        MONTHS
            .iter()
            .position(|m| *m == name.to_lowercase())
            .map(|i| i + 1)
    };
    if let Some(c) = ISO.captures(text) {
        return ymd(&c[1], c[2].parse().ok()?, &c[3]);
    }
    if let Some(c) = CJK_DATE.captures(text) {
        return ymd(&c[1], c[2].parse().ok()?, &c[3]);
    }
    if let Some(c) = DAY_MONTH.captures(text) {
        return ymd(&c[3], month(&c[2])?, &c[1]);
    }
    if let Some(c) = MONTH_DAY.captures(text) {
        return ymd(&c[3], month(&c[1])?, &c[2]);
    }
    None
}

/// The product named in a title: what is left when the words for a privacy policy are
/// taken off (`Lumen Notes Privacy Policy` → `Lumen Notes`).
fn product_of(title: &str) -> Option<String> {
    const POLICY: &[&str] = &[
        "privacy policy",
        "privacy notice",
        "privacy statement",
        "data protection notice",
        "politique de confidentialité",
        "datenschutzerklärung",
        "política de privacidad",
        "隐私政策",
        "隱私政策",
        "隐私权政策",
        "隱私權政策",
        "个人信息保护政策",
        "プライバシーポリシー",
    ];
    let lower = title.to_lowercase();
    let (at, word) = POLICY
        .iter()
        .find_map(|w| lower.find(w).map(|at| (at, *w)))?;
    // Lower-casing keeps these titles' byte offsets (no letter in them changes length).
    if lower.len() != title.len() {
        return None;
    }
    let rest = format!("{} {}", &title[..at], &title[at + word.len()..]);
    let trimmed = rest
        .trim_matches(|c: char| c.is_whitespace() || "-–—:|·,的《》「」\"'".contains(c))
        .trim_end_matches(" for")
        .trim_start_matches("for ")
        .trim();
    let trimmed = trimmed.trim_end_matches("'s").trim_end_matches('’').trim();
    (!trimmed.is_empty() && trimmed.chars().count() <= 60).then(|| trimmed.to_string())
}

fn shorten(text: &str) -> String {
    let text = text.trim();
    if text.chars().count() <= 80 {
        return text.to_string();
    }
    let cut: String = text.chars().take(79).collect();
    format!("{cut}…")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_the_ways_policies_write_them() {
        assert_eq!(
            date_in("Effective date: 1 March 2026").as_deref(),
            Some("2026-03-01")
        );
        assert_eq!(
            date_in("Last updated March 2nd, 2026").as_deref(),
            Some("2026-03-02")
        );
        assert_eq!(
            date_in("生效日期：2026年3月1日").as_deref(),
            Some("2026-03-01")
        );
        assert_eq!(date_in("Updated 2026-3-9.").as_deref(), Some("2026-03-09"));
        assert_eq!(date_in("Within 30 days"), None);
    }

    #[test]
    fn products_from_titles() {
        assert_eq!(
            product_of("Lumen Notes Privacy Policy").as_deref(),
            Some("Lumen Notes")
        );
        assert_eq!(
            product_of("Privacy Policy for Pebble").as_deref(),
            Some("Pebble")
        );
        assert_eq!(product_of("Privacy Policy"), None);
        assert_eq!(product_of("《星图》隐私政策").as_deref(), Some("星图"));
    }
}

/// Structured elements the source names, proposed as commented-out YAML: each needs links
/// (features, data categories) only the author can give, so none is stated until reviewed.
#[derive(Debug, Default)]
pub struct Proposals {
    /// Platform permissions by identifier, with the text next to them.
    pub permissions: Vec<Permission>,
    /// Rows of tables of SDKs and third parties.
    pub third_parties: Vec<ThirdParty>,
    /// Retention periods: a number and a unit, with where.
    pub retention: Vec<Fact>,
}

/// A permission named by its platform identifier.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Permission {
    /// `android` or `ios`.
    pub platform: &'static str,
    /// `android.permission.CAMERA`, `NSCameraUsageDescription`.
    pub identifier: String,
    /// The text next to it.
    pub use_text: String,
    /// Where it was.
    pub at: String,
}

/// One row of a table of third parties.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ThirdParty {
    /// The name column.
    pub name: String,
    /// The provider (company) column, if any.
    pub provider: Option<String>,
    /// The purpose column, if any.
    pub purpose: Option<String>,
    /// The data column, if any.
    pub data: Option<String>,
    /// A link in the row, if any.
    pub policy_url: Option<String>,
    /// Whether the table calls them SDKs.
    pub sdk: bool,
    /// Where it was.
    pub at: String,
}

static PERMISSION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(android\.permission\.[A-Z][A-Z0-9_]*|NS[A-Za-z]+UsageDescription)\b").unwrap()
});
static RETENTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(\d{1,4})\s*(days?|weeks?|months?|years?)\b|(\d{1,4})\s*(天|日|周|个月|個月|年)",
    )
    .unwrap()
});
static URL: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"https?://[^\s)\]|]+").unwrap());

/// The permissions, third-party tables and retention periods of `blocks`.
pub fn proposals(blocks: &[Block]) -> Proposals {
    let mut out = Proposals::default();
    for block in blocks {
        match &block.kind {
            super::doc::Kind::Table(rows) => {
                out.third_parties.extend(third_parties(rows, &block.at));
            }
            super::doc::Kind::Raw(inline) => {
                for rows in markdown_tables(&inline.md) {
                    out.third_parties.extend(third_parties(&rows, &block.at));
                }
            }
            _ => {}
        }
        for text in block.texts() {
            for line in text.lines() {
                permissions_in(line, &line_at(block, line), &mut out.permissions);
                if let Some(m) = RETENTION.find(line) {
                    let keeps = [
                        "keep", "kept", "retain", "store", "delete", "erase", "保存", "保留",
                        "删除", "刪除", "until", "how long", "period",
                    ];
                    let lower = line.to_lowercase();
                    let table = matches!(block.kind, super::doc::Kind::Table(_));
                    if table || keeps.iter().any(|k| lower.contains(k)) {
                        out.retention.push(Fact {
                            key: "retention",
                            value: m.as_str().to_string(),
                            at: line_at(block, line),
                            quote: shorten(line),
                        });
                    }
                }
            }
        }
    }
    out
}

fn permissions_in(line: &str, at: &str, out: &mut Vec<Permission>) {
    for m in PERMISSION.find_iter(line) {
        let identifier = m.as_str().to_string();
        if out.iter().any(|p| p.identifier == identifier) {
            continue;
        }
        let rest = format!("{}{}", &line[..m.start()], &line[m.end()..]);
        let use_text = rest
            .trim_matches(|c: char| c.is_whitespace() || ":：-–—|()（）,，".contains(c))
            .to_string();
        out.push(Permission {
            platform: if identifier.starts_with("android.") {
                "android"
            } else {
                "ios"
            },
            identifier,
            use_text,
            at: at.to_string(),
        });
    }
}

/// The tables of a Markdown text, as rows of cells (a cell's `md` holds its link targets).
fn markdown_tables(md: &str) -> Vec<Vec<Vec<super::doc::Inline>>> {
    use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
    let mut tables = Vec::new();
    let mut rows: Vec<Vec<super::doc::Inline>> = Vec::new();
    let mut cell: Option<super::doc::Inline> = None;
    for event in Parser::new_ext(md, Options::ENABLE_TABLES) {
        match event {
            Event::Start(Tag::TableHead | Tag::TableRow) => rows.push(Vec::new()),
            Event::Start(Tag::TableCell) => cell = Some(super::doc::Inline::default()),
            Event::Start(Tag::Link { dest_url, .. }) => {
                if let Some(c) = &mut cell {
                    c.md.push_str(&format!(" {dest_url} "));
                }
            }
            Event::Text(t) | Event::Code(t) => {
                if let Some(c) = &mut cell {
                    c.text.push_str(&t);
                }
            }
            Event::End(TagEnd::TableCell) => {
                if let (Some(c), Some(row)) = (cell.take(), rows.last_mut()) {
                    row.push(c);
                }
            }
            Event::End(TagEnd::Table) => tables.push(std::mem::take(&mut rows)),
            _ => {}
        }
    }
    tables
}

/// The rows of a table whose header names SDKs or third parties.
fn third_parties(rows: &[Vec<super::doc::Inline>], at: &str) -> Vec<ThirdParty> {
    let Some(head) = rows.first() else {
        return Vec::new();
    };
    let head: Vec<String> = head.iter().map(|c| c.text.to_lowercase()).collect();
    let column = |words: &[&str]| {
        head.iter()
            .position(|h| words.iter().any(|w| h.contains(w)))
    };
    let all = head.join(" ");
    let sdk = all.contains("sdk");
    let about_parties = sdk
        || ["third part", "partner", "processor", "第三方", "合作方"]
            .iter()
            .any(|w| all.contains(w));
    if !about_parties {
        return Vec::new();
    }
    let name = column(&["sdk", "name", "third part", "partner", "名称", "名稱"]).unwrap_or(0);
    let provider =
        column(&["provider", "company", "vendor", "公司", "提供方"]).filter(|c| *c != name);
    let purpose = column(&["purpose", "why", "use", "用途", "目的"]).filter(|c| *c != name);
    let data = column(&["data", "information", "信息", "資訊", "数据"]).filter(|c| *c != name);
    rows.iter()
        .skip(1)
        .filter_map(|row| {
            let cell = |c: Option<usize>| {
                c.and_then(|c| row.get(c))
                    .map(|t| t.text.trim().to_string())
                    .filter(|t| !t.is_empty())
            };
            let name = cell(Some(name))?;
            let policy_url = row
                .iter()
                .find_map(|c| URL.find(&c.md).map(|m| m.as_str().to_string()));
            Some(ThirdParty {
                name,
                provider: cell(provider),
                purpose: cell(purpose),
                data: cell(data),
                policy_url,
                sdk,
                at: at.to_string(),
            })
        })
        .collect()
}
