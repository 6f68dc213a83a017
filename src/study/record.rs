//! One logged answer: the review log's row, shared by the store, stats and export.

use jiff::Timestamp;

use crate::deck::QuestionKey;
use crate::sched::{CardState, Memory, Mode, Phase, Rating};

/// One answer, as logged.
#[derive(Debug, Clone, PartialEq)]
pub struct ReviewRow {
    pub id: String,
    pub key: QuestionKey,
    pub reviewed_at: Timestamp,
    pub rating: Rating,
    pub mode: Mode,
    pub correct: bool,
    /// JSON: the authored indices of the choices picked, or the typed text.
    pub picked: String,
    pub elapsed_ms: u64,
    /// The card's phase before this answer.
    pub phase: Phase,
    /// Memory state after the answer (None for cram, which changes nothing).
    pub memory: Option<Memory>,
    pub interval_days: u32,
    pub due: Option<Timestamp>,
}

impl ReviewRow {
    /// Fills the after-answer fields from the card's state before and after.
    pub fn with_states(mut self, before: &CardState, after: &CardState) -> ReviewRow {
        self.phase = before.phase;
        if self.mode == Mode::Cram {
            self.memory = None;
            self.interval_days = 0;
            self.due = None;
        } else {
            self.memory = after.memory;
            self.interval_days = after.interval_days;
            self.due = after.due;
        }
        self
    }
}
