//! One module per command family: each turns a parsed command into output and an exit code.

pub mod app;
pub mod deck;
