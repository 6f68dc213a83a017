//! One module per command family: each turns a parsed command into output and an exit code.

pub mod app;
pub mod archive_file;
pub mod backup;
pub mod common;
pub mod deck;
pub mod optimize;
pub mod output;
pub mod plan;
pub mod review_file;
pub mod reviews;
pub mod stats;
pub mod sync;
