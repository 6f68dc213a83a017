//! What the report needs from the review log, gathered one answer at a time as the log is
//! read: 200,000 answers are never held at once, only these sums (the report's memory and
//! time at scale were mostly the log held in full).

use std::collections::{BTreeMap, HashMap, HashSet};

use jiff::Timestamp;

use super::report::HEATMAP_DAYS;
use crate::deck::QuestionKey;
use crate::sched::days::{Day, DayClock};
use crate::sched::{Mode, Phase};
use crate::study::ReviewRow;

/// One answer of the log, as far as the report needs it.
#[derive(Debug, Clone, Copy)]
pub struct LoggedAnswer<'a> {
    pub key: &'a QuestionKey,
    pub at: Timestamp,
    pub mode: Mode,
    /// The card's phase before the answer.
    pub phase: Phase,
    pub correct: bool,
    /// What a wrong answer picked (JSON, as logged); a right one's may be left empty.
    pub picked: &'a str,
}

/// The log's figures so far. Answers may come in any order; of two at the same instant, the
/// one added later counts as the later (the log's own order).
#[derive(Debug, Clone)]
pub struct LogSummary {
    clock: DayClock,
    today: Day,
    /// Each question's latest scheduled (not cram) answer: when, and whether it was right.
    latest: HashMap<QuestionKey, (Timestamp, bool)>,
    /// Scheduled answers of cards in review, (right, all), in the last 7 and 30 days.
    pub(super) review_7: (usize, usize),
    pub(super) review_30: (usize, usize),
    /// Learner-days with any answer, a future one counting as today.
    pub(super) days: HashSet<Day>,
    /// Answers per day over the last `HEATMAP_DAYS`, oldest first.
    pub(super) heatmap: Vec<u32>,
    pub(super) today_count: usize,
    pub(super) total: usize,
    /// How many wrong answers picked each (question, authored choice index); which of those
    /// choices are wrong is decided against the library when the report is made.
    pub(super) wrong_picks: BTreeMap<(QuestionKey, usize), usize>,
}

impl LogSummary {
    pub fn new(clock: &DayClock, now: Timestamp) -> LogSummary {
        LogSummary {
            clock: clock.clone(),
            today: clock.day(now),
            latest: HashMap::new(),
            review_7: (0, 0),
            review_30: (0, 0),
            days: HashSet::new(),
            heatmap: vec![0; HEATMAP_DAYS],
            today_count: 0,
            total: 0,
            wrong_picks: BTreeMap::new(),
        }
    }

    /// The summary of a log already in memory.
    pub fn of(rows: &[ReviewRow], clock: &DayClock, now: Timestamp) -> LogSummary {
        let mut summary = LogSummary::new(clock, now);
        for row in rows {
            summary.add(LoggedAnswer {
                key: &row.key,
                at: row.reviewed_at,
                mode: row.mode,
                phase: row.phase,
                correct: row.correct,
                picked: &row.picked,
            });
        }
        summary
    }

    pub fn today(&self) -> Day {
        self.today
    }

    pub fn add(&mut self, answer: LoggedAnswer<'_>) {
        self.total += 1;
        let day = self.clock.day(answer.at).min(self.today);
        self.days.insert(day);
        self.today_count += usize::from(day == self.today);
        let first = self.today - (HEATMAP_DAYS as Day - 1);
        if let Some(slot) = usize::try_from(day - first)
            .ok()
            .and_then(|i| self.heatmap.get_mut(i))
        {
            *slot = slot.saturating_add(1);
        }
        if answer.mode != Mode::Cram {
            match self.latest.get_mut(answer.key) {
                Some(slot) if answer.at >= slot.0 => *slot = (answer.at, answer.correct),
                Some(_) => {}
                None => {
                    self.latest
                        .insert(answer.key.clone(), (answer.at, answer.correct));
                }
            }
            if answer.phase == Phase::Review {
                let age = self.today - day;
                let right = usize::from(answer.correct);
                for (window, sums) in [(30, &mut self.review_30), (7, &mut self.review_7)] {
                    if age < window {
                        sums.0 += right;
                        sums.1 += 1;
                    }
                }
            }
        }
        if !answer.correct
            && let Ok(mut picked) = serde_json::from_str::<Vec<usize>>(answer.picked)
        {
            picked.sort_unstable();
            picked.dedup();
            for index in picked {
                *self
                    .wrong_picks
                    .entry((answer.key.clone(), index))
                    .or_default() += 1;
            }
        }
    }

    /// Whether each question's latest scheduled (study or exam) answer was right.
    pub fn last_right(&self) -> HashMap<QuestionKey, bool> {
        self.latest
            .iter()
            .map(|(key, (_, right))| (key.clone(), *right))
            .collect()
    }
}

/// Equal figures (the day clock aside), for tests comparing two ways of reading one log.
#[cfg(test)]
impl PartialEq for LogSummary {
    fn eq(&self, other: &LogSummary) -> bool {
        (
            self.today,
            &self.latest,
            self.review_7,
            self.review_30,
            &self.days,
            &self.heatmap,
            self.today_count,
            self.total,
            &self.wrong_picks,
        ) == (
            other.today,
            &other.latest,
            other.review_7,
            other.review_30,
            &other.days,
            &other.heatmap,
            other.today_count,
            other.total,
            &other.wrong_picks,
        )
    }
}
