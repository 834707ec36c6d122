//! Text that readers see and translators translate.

use serde::{Deserialize, Serialize};
use std::ops::Deref;

/// A piece of policy text: a name, a sentence, or Markdown.
///
/// After translation (see `i18n::localize`), `fallback` names the locale a passage was taken
/// from when the page's own locale has no translation of it, so pages can mark it with `lang`
/// and a visible note.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Text {
    value: String,
    /// The locale this text is in, when it is not the page's locale.
    pub fallback: Option<String>,
}

impl Text {
    /// Text in the page's own locale.
    pub fn new(value: impl Into<String>) -> Text {
        Text {
            value: value.into(),
            fallback: None,
        }
    }

    /// The text itself.
    pub fn as_str(&self) -> &str {
        &self.value
    }
}

impl Deref for Text {
    type Target = str;
    fn deref(&self) -> &str {
        &self.value
    }
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        // Refused here, where the parser still knows the text's line and column.
        match crate::render::markdown::nesting_problem(&text) {
            Some(problem) => Err(serde::de::Error::custom(problem)),
            None => Ok(Text::new(text)),
        }
    }
}

impl Serialize for Text {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.value.serialize(serializer)
    }
}

impl schemars::JsonSchema for Text {
    fn inline_schema() -> bool {
        true
    }

    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Text".into()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        String::json_schema(generator)
    }
}
