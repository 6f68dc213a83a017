//! Decks: the model, the TOML format and its linter. Pure: no file system, no clock.

pub mod codec;
pub mod coverage;
pub mod diag;
pub mod import;
pub mod library;
pub mod model;
pub mod parse;
pub mod schema;
pub mod template;
pub mod text;
pub mod translation;

pub use diag::{Diagnostic, Severity};
pub use library::Library;
pub use model::{Body, Choice, Deck, Domain, Id, Kind, Question, QuestionKey, Source, Task};
pub use parse::{Parsed, parse_deck, parse_deck_str};

#[cfg(test)]
mod tests;
