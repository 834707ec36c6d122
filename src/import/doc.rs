//! What every reader turns a source document into: a flat list of blocks, each with its
//! Markdown and its plain text, and where it was in the source.

/// A run of inline content: as Markdown (emphasis, links, escapes) and as the plain text a
/// reader sees.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Inline {
    /// The Markdown source.
    pub md: String,
    /// The text as read.
    pub text: String,
}

impl Inline {
    /// Plain text, escaped where Markdown would read it as markup.
    pub fn plain(text: &str) -> Inline {
        let mut inline = Inline::default();
        inline.push_text(text);
        inline
    }

    /// Appends text, escaped.
    pub fn push_text(&mut self, text: &str) {
        self.md.push_str(&escape(text));
        self.text.push_str(text);
    }

    /// Appends `inner` wrapped in Markdown `open` and `close` (`**`, `*`, a link).
    pub fn push_wrapped(&mut self, open: &str, inner: &Inline, close: &str) {
        let trimmed = inner.md.trim();
        if trimmed.is_empty() {
            self.md.push_str(&inner.md);
        } else {
            // Emphasis must hug its text: the spaces go outside the markers.
            let lead = &inner.md[..inner.md.len() - inner.md.trim_start().len()];
            let trail = &inner.md[inner.md.trim_end().len()..];
            self.md
                .push_str(&format!("{lead}{open}{trimmed}{close}{trail}"));
        }
        self.text.push_str(&inner.text);
    }

    /// Appends a hard line break.
    pub fn push_break(&mut self) {
        self.md.push_str("\\\n");
        self.text.push('\n');
    }

    /// The same with runs of white space made one space and the ends trimmed.
    pub fn tidy(&self) -> Inline {
        Inline {
            md: tidy_lines(&self.md),
            text: tidy_lines(&self.text),
        }
    }

    /// Whether there is no text.
    pub fn is_empty(&self) -> bool {
        self.text.trim().is_empty()
    }
}

/// White space collapsed within each line (hard breaks kept), ends trimmed.
fn tidy_lines(s: &str) -> String {
    let lines: Vec<String> = s
        .split('\n')
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect();
    lines.join("\n").trim().to_string()
}

/// `text` with every character Markdown could take for markup escaped: the text then reads
/// as written, whatever it contains.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '#' | '~' | '&'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    escape_line_starts(&out)
}

/// Escapes what makes a line a list item or a rule at its start (`1.`, `-`, `+`, `=`).
fn escape_line_starts(s: &str) -> String {
    s.split('\n')
        .map(|line| {
            let trimmed = line.trim_start();
            let lead = &line[..line.len() - trimmed.len()];
            let digits = trimmed.chars().take_while(char::is_ascii_digit).count();
            let after = trimmed[digits..].chars().next();
            if digits > 0 && matches!(after, Some('.' | ')')) {
                let (n, rest) = trimmed.split_at(digits);
                format!("{lead}{n}\\{rest}")
            } else if matches!(trimmed.chars().next(), Some('-' | '+' | '=')) {
                format!("{lead}\\{trimmed}")
            } else {
                line.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// One list item: its text and the list inside it, if any.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    /// The item's own text.
    pub text: Inline,
    /// A list nested in it.
    pub children: Option<List>,
}

/// A list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct List {
    /// Numbered or bulleted.
    pub ordered: bool,
    /// Its items.
    pub items: Vec<Item>,
}

/// What a block is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kind {
    /// A heading, with its level (1 is the highest) and the number it was written with,
    /// if any (`2.1`, `（三）`), taken off its text.
    Heading {
        level: usize,
        number: Option<super::numbers::Number>,
        text: Inline,
    },
    /// A paragraph.
    Para(Inline),
    /// A list.
    List(List),
    /// A table: rows of cells, the first row its header.
    Table(Vec<Vec<Inline>>),
    /// Markdown kept as written (a Markdown source between its headings), with its text.
    Raw(Inline),
}

impl Kind {
    /// A heading at `level`, its number (if it starts with one) taken off its text.
    pub fn heading(level: usize, text: Inline) -> Kind {
        match super::numbers::split(&text.text) {
            Some((number, rest)) => Kind::Heading {
                level,
                number: Some(number),
                text: Inline::plain(rest),
            },
            None => Kind::Heading {
                level,
                number: None,
                text,
            },
        }
    }
}

/// One block of the source and where it was.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    /// What it is.
    pub kind: Kind,
    /// Where it was in the source, for people: `line 12`, `paragraph 7`.
    pub at: String,
}

impl Block {
    /// The block as Markdown.
    pub fn markdown(&self) -> String {
        match &self.kind {
            Kind::Heading { text, .. } => text.md.clone(),
            Kind::Para(inline) | Kind::Raw(inline) => inline.md.clone(),
            Kind::List(list) => list_markdown(list, 0),
            Kind::Table(rows) => table_markdown(rows),
        }
    }

    /// The texts a reader sees in it, one per paragraph, item or cell.
    pub fn texts(&self) -> Vec<String> {
        match &self.kind {
            Kind::Heading { text, .. } | Kind::Para(text) | Kind::Raw(text) => {
                vec![text.text.clone()]
            }
            Kind::List(list) => list_texts(list),
            Kind::Table(rows) => rows.iter().flatten().map(|c| c.text.clone()).collect(),
        }
    }
}

fn list_markdown(list: &List, indent: usize) -> String {
    let mut out = String::new();
    for (n, item) in list.items.iter().enumerate() {
        let marker = if list.ordered {
            format!("{}. ", n + 1)
        } else {
            "- ".to_string()
        };
        let pad = " ".repeat(indent + marker.len());
        let text = item.text.md.replace('\n', &format!("\n{pad}"));
        out.push_str(&format!("{}{marker}{text}\n", " ".repeat(indent)));
        if let Some(children) = &item.children {
            out.push_str(&list_markdown(children, indent + marker.len()));
        }
    }
    out
}

fn list_texts(list: &List) -> Vec<String> {
    let mut texts = Vec::new();
    for item in &list.items {
        texts.push(item.text.text.clone());
        if let Some(children) = &item.children {
            texts.extend(list_texts(children));
        }
    }
    texts
}

fn table_markdown(rows: &[Vec<Inline>]) -> String {
    let width = rows.iter().map(Vec::len).max().unwrap_or(0);
    let line = |cells: &[Inline]| {
        let mut out = String::from("|");
        for i in 0..width {
            let cell = cells
                .get(i)
                .map(|c| c.md.replace('\n', " "))
                .unwrap_or_default();
            out.push_str(&format!(" {} |", cell.replace("\\\n", " ")));
        }
        out
    };
    let mut out = Vec::new();
    if let Some(head) = rows.first() {
        out.push(line(head));
        out.push(format!("|{}", " --- |".repeat(width)));
    }
    for row in rows.iter().skip(1) {
        out.push(line(row));
    }
    out.join("\n") + "\n"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_that_looks_like_markup_stays_text() {
        assert_eq!(escape("a*b* [x](y) <b>"), "a\\*b\\* \\[x\\](y) \\<b\\>");
        assert_eq!(
            escape("1. not a list\n- nor this"),
            "1\\. not a list\n\\- nor this"
        );
    }

    #[test]
    fn emphasis_hugs_its_text() {
        let mut line = Inline::plain("We ");
        line.push_wrapped("**", &Inline::plain(" never "), "**");
        line.push_text("sell.");
        assert_eq!(line.md, "We  **never** sell.");
        assert_eq!(line.tidy().text, "We never sell.");
    }
}
