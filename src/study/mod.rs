//! Studying: which question comes next, how an answer is graded, and the session that brings
//! misses back. Pure: decks, card states and `now` in; keys and decisions out.

pub mod grade;
pub mod queue;
pub mod record;
pub mod session;
pub mod shuffle;

pub use grade::{Answer, Graded, grade};
pub use queue::{Filter, Queue, QueueInput, at_risk, build_queue, leeches, recent_misses};
pub use record::ReviewRow;
pub use session::{SessionSummary, StudySession};
