//! A field that takes one value or a list (`source: user` or `source: [user, automatic]`),
//! kept in the form it was written, so a file that gives one value serialises as before.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::ops::Deref;

/// One value or several, in the order written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OneOrMany<T> {
    values: Vec<T>,
    /// Written as a list (so it is written back as one, even with one entry).
    list: bool,
}

impl<T> OneOrMany<T> {
    /// One value.
    pub fn one(value: T) -> Self {
        OneOrMany {
            values: vec![value],
            list: false,
        }
    }

    /// The first value (every `OneOrMany` read from a file has one).
    pub fn first(&self) -> Option<&T> {
        self.values.first()
    }

    /// Whether it was written as a list.
    pub fn is_list(&self) -> bool {
        self.list
    }
}

impl<T> Deref for OneOrMany<T> {
    type Target = [T];
    fn deref(&self) -> &[T] {
        &self.values
    }
}

/// The values are names (`user`, `consent`), so a string is one and a sequence is several;
/// a bad name gets the parser's own "unknown variant" message at its place.
impl<'de, T: Deserialize<'de>> Deserialize<'de> for OneOrMany<T> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visit<T>(std::marker::PhantomData<T>);
        impl<'de, T: Deserialize<'de>> serde::de::Visitor<'de> for Visit<T> {
            type Value = OneOrMany<T>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("one value or a list of values")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Self::Value, E> {
                use serde::de::IntoDeserializer;
                T::deserialize(v.into_deserializer()).map(OneOrMany::one)
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                seq: A,
            ) -> Result<Self::Value, A::Error> {
                let values =
                    Vec::<T>::deserialize(serde::de::value::SeqAccessDeserializer::new(seq))?;
                if values.is_empty() {
                    return Err(serde::de::Error::custom(
                        "an empty list, expected one value or a list of at least one",
                    ));
                }
                Ok(OneOrMany { values, list: true })
            }
        }
        deserializer.deserialize_any(Visit(std::marker::PhantomData))
    }
}

impl<T: Serialize> Serialize for OneOrMany<T> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match (self.list, self.values.as_slice()) {
            (false, [one]) => one.serialize(serializer),
            _ => self.values.serialize(serializer),
        }
    }
}

impl<T: JsonSchema> JsonSchema for OneOrMany<T> {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        format!("OneOrMany_{}", T::schema_name()).into()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let one = generator.subschema_for::<T>();
        let many = generator.subschema_for::<Vec<T>>();
        schemars::json_schema!({ "anyOf": [one, many] })
    }
}
