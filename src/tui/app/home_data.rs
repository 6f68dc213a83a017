//! What the home screen shows, computed from the store, the library and the scheduler:
//! today's counts, mastery, what Enter would study, and the exam plan's countdown.

use std::collections::HashMap;

use jiff::Timestamp;

use super::App;
use crate::deck::QuestionKey;
use crate::sched::{CardState, Mode};
use crate::store::{ReviewRow, ReviewStats, SavedExam, Store};
use crate::study::{Filter, QueueInput, build_queue};
use crate::tui::home::HomeData;

/// What the home screen reads from the store. Read once ahead, on a connection of its own
/// while the decks are parsed, it spares the first screen those reads (see `App::preloaded`).
pub struct HomeReads {
    /// The start of the study day the reads were made for.
    pub day_start: Timestamp,
    pub cards: HashMap<QuestionKey, CardState>,
    pub today: Vec<ReviewRow>,
    pub last_answers: HashMap<QuestionKey, bool>,
    pub open_exam: Option<SavedExam>,
    pub counts: ReviewStats,
}

impl HomeReads {
    pub fn read(store: &Store, day_start: Timestamp) -> anyhow::Result<HomeReads> {
        Ok(HomeReads {
            day_start,
            cards: store.cards()?,
            today: store.reviews_since(day_start)?,
            last_answers: store.last_answers()?,
            open_exam: store.open_exam().ok().flatten(),
            counts: store.review_stats(day_start)?,
        })
    }
}

impl App {
    pub fn home_data(&mut self) -> anyhow::Result<HomeData> {
        let now = self.clock.now();
        let days = self.scheduler.days();
        let day_start = days.start_of(days.day(now));
        let reads = match self.preloaded.take() {
            Some(reads) if reads.day_start == day_start => reads,
            _ => HomeReads::read(&self.store, day_start)?,
        };
        let cards = &reads.cards;
        let today = &reads.today;
        Ok(HomeData {
            decks: crate::stats::deck_counts(&self.library, cards, now),
            reviewed_today: today.len() as u32,
            correct_today: today.iter().filter(|r| r.correct).count() as u32,
            cram_today: today.iter().filter(|r| r.mode == Mode::Cram).count() as u32,
            mastery: crate::stats::mastery_by_domain(
                &self.library,
                cards,
                &reads.last_answers,
                &self.scheduler,
                now,
            ),
            warnings: self.warnings.clone(),
            open_exam: reads.open_exam.as_ref().map(|e| {
                (
                    e.session.answered_count(),
                    e.session.items.len(),
                    e.session.remaining_ms,
                )
            }),
            plan: self.plan_line(cards, reads.counts, now)?,
            up_next: self.up_next(cards, reads.counts, now),
        })
    }

    /// (new, due) that Enter on home would study now, across all decks.
    fn up_next(
        &self,
        cards: &HashMap<QuestionKey, CardState>,
        counts: ReviewStats,
        now: Timestamp,
    ) -> (usize, usize) {
        let decks = self.library.deck_refs();
        let queue = build_queue(&QueueInput {
            decks: &decks,
            cards,
            scheduler: &self.scheduler,
            filter: &Filter::default(),
            now,
            new_today: counts.new_today,
            reviews_today: counts.reviews_today,
        });
        (queue.new, queue.reviews + queue.learning)
    }

    /// The exam countdown and what today's study holds under the plan.
    fn plan_line(
        &self,
        cards: &HashMap<QuestionKey, CardState>,
        counts: ReviewStats,
        now: Timestamp,
    ) -> anyhow::Result<Option<String>> {
        let (Some(plan), Some(exam_day)) = (self.scheduler.plan(), self.scheduler.exam_day())
        else {
            let key = self.keymap.key_label(crate::tui::keymap::Action::Plan);
            return Ok(Some(crate::tr!("home-plan-none", key = key)));
        };
        let days = self.scheduler.days();
        let left = exam_day - days.day(now);
        if left < 0 {
            return Ok(Some(crate::tr!(
                "home-plan-passed",
                date = plan.exam_date.to_string()
            )));
        }
        let (new, due) = self.up_next(cards, counts, now);
        // Full mock exams at D-21, D-14 and D-7: one is due when none was taken since the
        // latest of those points that has passed.
        let mock = match [21, 14, 7].into_iter().filter(|p| left <= *p).min() {
            Some(point) => {
                let since = days.start_of(exam_day - point);
                let taken = self
                    .store
                    .exam_history()?
                    .iter()
                    .any(|e| e.finished && e.started_at >= since);
                if taken {
                    String::new()
                } else {
                    crate::tr!("home-plan-mock-due", point = point)
                }
            }
            None => String::new(),
        };
        let line = crate::tr!(
            "home-plan",
            date = plan.exam_date.to_string(),
            left = left,
            new = new,
            due = due
        );
        Ok(Some(line + &mock))
    }
}
