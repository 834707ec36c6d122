//! Values the author writes as text and Clause reads as values (durations, dates): parsed
//! once when the file is read, the text kept as written.

use serde::Serialize;

/// A type that can be read from an author's text.
pub trait FromText: Sized {
    /// The value `text` states, if it is one.
    fn from_text(text: &str) -> Option<Self>;
}

/// A value as the author wrote it, parsed once when the file is read. The text is kept
/// (files, JSON and diffs show it as written); `parsed` is `None` when the text states no
/// such value, which validation reports at its location together with every other problem.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stated<T> {
    /// The text as written.
    pub text: String,
    /// Its value, when the text is one.
    pub parsed: Option<T>,
}

impl<'de, T: FromText> serde::Deserialize<'de> for Stated<T> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Ok(Stated {
            parsed: T::from_text(&text),
            text,
        })
    }
}

impl<T> Serialize for Stated<T> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.text.serialize(serializer)
    }
}
