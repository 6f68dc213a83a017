//! The terminal app. Screens turn actions into state changes and `Effect`s and draw
//! themselves; they do no I/O. `App` is the one place where effects meet the store.

pub mod app;
pub mod browser;
mod browser_view;
pub mod decks;
pub mod exam;
pub mod exam_setup;
mod exam_view;
pub mod help;
pub mod history;
pub mod home;
pub mod keymap;
pub mod plan;
pub mod reason;
pub mod stats_view;
pub mod study;
mod study_view;
pub mod theme;
pub mod widgets;
pub mod wrap;

use jiff::Timestamp;

use crate::deck::QuestionKey;
use crate::store::ReviewRow;
use crate::study::Filter;

/// The smallest terminal the screens are laid out for.
pub const MIN_WIDTH: u16 = 80;
/// 23, not 24: an 80x24 terminal running tmux or screen gives one row to the status line.
pub const MIN_HEIGHT: u16 = 23;

/// What a screen gets with each event besides the key: the time and a fresh review id, so
/// screens stay free of clocks and randomness.
#[derive(Debug, Clone)]
pub struct Ctx {
    pub now: Timestamp,
    pub fresh_id: String,
}

/// Something only the app can do.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    /// Log an answer; the store rebuilds the card from its log (cram leaves it alone).
    Record {
        row: ReviewRow,
    },
    /// Replace a logged answer with a regraded one.
    Regrade {
        old_id: String,
        row: ReviewRow,
    },
    /// Remove a logged answer; the card goes back to what the rest of its log says.
    Undo {
        id: String,
        key: QuestionKey,
    },
    /// Store a suspend or bury choice, leaving the schedule alone.
    SetAside {
        key: QuestionKey,
        suspended: bool,
        buried_until: Option<jiff::Timestamp>,
    },
    /// Open the question browser.
    Browse,
    /// Open the question's deck file in the learner's editor, then show it re-read.
    Edit {
        key: QuestionKey,
    },
    /// Start a question's schedule over (its answers stay in the log).
    Forget {
        key: QuestionKey,
    },
    /// Take back the question's latest forget.
    UndoForget {
        key: QuestionKey,
    },
    /// Start a mock exam set up on the setup screen.
    StartExam {
        options: Box<app::ExamOptions>,
    },
    /// Open the exam plan screen.
    Plan,
    /// Book the exam date (or clear it with `None`) and reschedule every card for it.
    SetPlan {
        plan: Option<crate::sched::ExamPlan>,
    },
    /// Report a question as faulty (`on`), or take the report back.
    Flag {
        key: QuestionKey,
        on: bool,
        /// Why the learner thinks it is faulty, when they said.
        reason: Option<String>,
    },
    StartStudy {
        filter: Filter,
        cram: bool,
    },
    /// Save a newly started exam.
    ExamStart {
        exam: Box<crate::store::SavedExam>,
    },
    /// Save answers, flags, position and time left.
    ExamSave {
        id: String,
        session: Box<crate::exam::Session>,
    },
    /// Save the time left and the time on the current question.
    ExamTime {
        id: String,
        session: Box<crate::exam::Session>,
    },
    /// Record the result and feed the answers to the study schedule.
    ExamFinish {
        id: String,
        session: Box<crate::exam::Session>,
        result: crate::exam::ExamResult,
        finished_at: Timestamp,
    },
    ExamAbandon {
        id: String,
    },
    /// Resume the saved exam.
    ResumeExam,
    /// Start a default mock exam from the home screen (or resume the unfinished one).
    NewExam,
    Stats,
    Decks,
    /// The list of past mock exams.
    ExamHistory,
    /// Open a finished exam's results and review.
    ReviewExam {
        id: String,
    },
    /// Several effects in order.
    Batch(Vec<Effect>),
    Home,
    Quit,
}

pub use app::run;
