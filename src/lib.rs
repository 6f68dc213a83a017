//! `saa`: a terminal coach for the AWS Certified Solutions Architect - Associate exam.
//!
//! Data flows one way: TOML decks and the SQLite history go in, a pure core decides what to
//! ask and how to schedule, the TUI shows it, the store writes each answer down.
//!
//! Invariants (tests enforce them):
//! - `deck` is pure: no I/O, no clock, no randomness of its own. Time and seeds are passed in.
//! - Identity is the author's id (`deck/question`), never a hash of the text, so editing a
//!   question keeps its history.
//! - Text from decks reaches the terminal only after validation: no control characters.

pub mod catalog;
pub mod cli;
pub mod clock;
pub mod commands;
pub mod config;
pub mod deck;
pub mod deck_cache;
pub mod exam;
pub mod i18n;
pub mod report;
pub mod sched;
pub mod stats;
pub mod store;
pub mod study;
pub mod tui;
