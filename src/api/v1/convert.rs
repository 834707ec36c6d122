//! From the model to v1's types: each model type has one [`Convert`] impl that names every
//! field and variant, so a change to the model that v1 does not show fails to compile here
//! instead of changing the published JSON.

use crate::content::model::{Ref, Text};
use crate::content::stated::Stated;
use serde_saphyr::Spanned;

/// A model value and its form in API v1.
pub trait Convert {
    /// The v1 type.
    type V1;
    /// The value as v1 publishes it.
    fn v1(&self) -> Self::V1;
}

impl<T: Convert> Convert for Vec<T> {
    type V1 = Vec<T::V1>;
    fn v1(&self) -> Self::V1 {
        self.iter().map(Convert::v1).collect()
    }
}

impl<T: Convert> Convert for Option<T> {
    type V1 = Option<T::V1>;
    fn v1(&self) -> Self::V1 {
        self.as_ref().map(Convert::v1)
    }
}

/// Where a value was written is not published.
impl<T: Convert> Convert for Spanned<T> {
    type V1 = T::V1;
    fn v1(&self) -> Self::V1 {
        self.value.v1()
    }
}

/// A text in the locale of the document (its fallback locale is listed once, at the top).
impl Convert for Text {
    type V1 = String;
    fn v1(&self) -> String {
        self.as_str().to_string()
    }
}

/// A date or duration as the author wrote it.
impl<T> Convert for Stated<T> {
    type V1 = String;
    fn v1(&self) -> String {
        self.text.clone()
    }
}

/// A reference, as the id of its element.
impl<T> Convert for Ref<T> {
    type V1 = String;
    fn v1(&self) -> String {
        self.id.value.clone()
    }
}

macro_rules! same {
    ($($t:ty),*) => {
        $(impl Convert for $t {
            type V1 = $t;
            fn v1(&self) -> $t {
                self.clone()
            }
        })*
    };
}

same!(String, bool, u8, u16, serde_json::Value);
