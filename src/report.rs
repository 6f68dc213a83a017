//! What the stats report is computed from, read from the store: every card, the whole review
//! log and the mock exams. Shared by `saa stats` and the app's stats screen (the screen must
//! not reach into `commands`).

use jiff::Timestamp;

use crate::deck::{Domain, Library};
use crate::sched::{CardState, Scheduler};
use crate::stats::{ExamAttempt, LogSummary, StatsInput, StatsReport, compute};
use crate::store::Store;

/// The learner's progress as the report needs it.
pub struct Progress {
    pub cards: std::collections::HashMap<crate::deck::QuestionKey, CardState>,
    pub log: LogSummary,
    pub exams: Vec<ExamAttempt>,
}

/// Reads the progress as of `now` (no deck is needed, so a caller can parse decks meanwhile).
pub fn read(store: &Store, scheduler: &Scheduler, now: Timestamp) -> anyhow::Result<Progress> {
    let cards = store.cards()?;
    let mut log = LogSummary::new(scheduler.days(), now);
    store.scan_answers(|answer| log.add(answer))?;
    let exams = store
        .exam_history()?
        .into_iter()
        .map(|e| ExamAttempt {
            started_at: e.started_at,
            finished: e.finished,
            questions: e.questions,
            answered: e.answered,
            correct: e.correct,
            scaled_score: e.scaled,
            passed: e.passed,
            domains: e
                .domains
                .iter()
                .filter_map(|d| Some((Domain::parse(&d.domain)?, f64::from(d.percent))))
                .collect(),
            practice: e.practice,
        })
        .collect();
    Ok(Progress { cards, log, exams })
}

/// The report of `progress` over the decks in `library`.
pub fn compute_report(
    progress: &Progress,
    library: &Library,
    scheduler: &Scheduler,
    now: Timestamp,
) -> StatsReport {
    compute(&StatsInput {
        library,
        cards: &progress.cards,
        log: &progress.log,
        exams: &progress.exams,
        scheduler,
        now,
    })
}

/// Reads the progress and computes its report.
pub fn report(
    store: &Store,
    library: &Library,
    scheduler: &Scheduler,
    now: Timestamp,
) -> anyhow::Result<StatsReport> {
    Ok(compute_report(
        &read(store, scheduler, now)?,
        library,
        scheduler,
        now,
    ))
}
