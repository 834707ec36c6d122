//! `clause import`: an existing policy (HTML, Markdown, Word, plain text) made into a
//! `policy.yaml`. Each reader turns its format into blocks ([`doc`]); [`structure`] shapes
//! them into sections; [`facts`] proposes what it recognises; [`yaml`] writes the file;
//! [`coverage`] proves against the rendered page that no sentence was lost.

pub mod align;
pub mod coverage;
pub mod doc;
pub mod docx;
pub mod facts;
pub mod html;
pub mod markdown;
pub mod numbers;
pub mod structure;
pub mod text;
pub mod yaml;

/// An imported document may be at most this large, as a policy.yaml may.
pub const MAX_BYTES: u64 = 8 * 1024 * 1024;

/// The formats `clause import` reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// A web page.
    Html,
    /// Markdown.
    Markdown,
    /// A Word document (.docx).
    Docx,
    /// Plain text.
    Text,
}

impl Format {
    /// The format a file name says, else the one its bytes show.
    pub fn of(name: &str, bytes: &[u8]) -> Format {
        let lower = name.to_ascii_lowercase();
        let ext = lower.rsplit_once('.').map(|(_, e)| e).unwrap_or("");
        match ext {
            "html" | "htm" | "xhtml" => return Format::Html,
            "md" | "markdown" => return Format::Markdown,
            "docx" => return Format::Docx,
            "txt" | "text" => return Format::Text,
            _ => {}
        }
        if bytes.starts_with(b"PK\x03\x04") {
            return Format::Docx;
        }
        let head = String::from_utf8_lossy(&bytes[..bytes.len().min(2048)]).to_ascii_lowercase();
        if head.contains("<html") || head.contains("<body") || head.contains("<!doctype html") {
            Format::Html
        } else {
            Format::Text
        }
    }

    /// Its name, for people.
    pub fn name(self) -> &'static str {
        match self {
            Format::Html => "HTML",
            Format::Markdown => "Markdown",
            Format::Docx => "Word",
            Format::Text => "plain text",
        }
    }
}

/// What a source document holds, read.
#[derive(Debug)]
pub struct Source {
    /// Its title, from its metadata, if any.
    pub title: Option<String>,
    /// Its blocks.
    pub blocks: Vec<doc::Block>,
}

/// Reads `bytes` as `format`, or says why it cannot be read.
pub fn read(bytes: &[u8], format: Format) -> Result<Source, String> {
    if format == Format::Docx {
        let (title, blocks) = docx::read(bytes)?;
        return Ok(Source { title, blocks });
    }
    let text = text_of(bytes)?;
    Ok(match format {
        Format::Html => {
            let (title, blocks) = html::read(&text);
            Source { title, blocks }
        }
        Format::Markdown => Source {
            title: None,
            blocks: markdown::read(&text),
        },
        _ => Source {
            title: None,
            blocks: text::read(&text),
        },
    })
}

/// The bytes as text: UTF-8 (a byte-order mark dropped), line ends made `\n`, control
/// characters that YAML cannot hold taken out.
fn text_of(bytes: &[u8]) -> Result<String, String> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = std::str::from_utf8(bytes).map_err(|e| {
        format!(
            "it is not text: byte {} is not UTF-8; expected HTML, Markdown or plain text in UTF-8, or a Word document (.docx)",
            e.valid_up_to() + 1
        )
    })?;
    if text.contains('\0') {
        return Err("it is not text: it has NUL bytes; expected HTML, Markdown or plain text in UTF-8, or a Word document (.docx)".into());
    }
    Ok(text
        .replace("\r\n", "\n")
        .replace('\r', "\n")
        .chars()
        .filter(|c| !c.is_control() || matches!(c, '\n' | '\t'))
        .collect())
}
