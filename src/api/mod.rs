//! The JSON API that apps embed, one module per version. Each version has types of its own,
//! mapped from the model and the diff, so the model can change while a published version
//! keeps its form: `v1` changes only by optional additions (docs/app-integration.md).

pub mod v1;
