//! A study session: walks the queue and brings a missed question back after the learning step
//! (a few minutes or a few other questions, whichever comes later) in the same session.

use std::collections::VecDeque;
use std::time::Duration;

use jiff::Timestamp;

use crate::deck::QuestionKey;
use crate::sched::CardState;

#[derive(Debug, Clone, PartialEq)]
struct Pending {
    key: QuestionKey,
    due: Timestamp,
    /// Asked again only once the session has this many answers.
    after_answers: u32,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SessionSummary {
    pub answered: u32,
    pub correct: u32,
    pub time: Duration,
}

#[derive(Debug, Clone)]
pub struct StudySession {
    queue: VecDeque<QuestionKey>,
    pending: Vec<Pending>,
    current: Option<QuestionKey>,
    step_questions: u32,
    summary: SessionSummary,
    /// Misses in cram come back too, but nothing is scheduled; this replaces the card's due.
    cram_step: Option<jiff::SignedDuration>,
}

impl StudySession {
    /// `later`: learning questions due later today (they join when due).
    pub fn new(
        items: Vec<QuestionKey>,
        later: Vec<(QuestionKey, Timestamp)>,
        step_questions: u32,
    ) -> StudySession {
        let mut session = StudySession {
            queue: items.into(),
            pending: later
                .into_iter()
                .map(|(key, due)| Pending {
                    key,
                    due,
                    after_answers: 0,
                })
                .collect(),
            current: None,
            step_questions,
            summary: SessionSummary::default(),
            cram_step: None,
        };
        session.advance_to_next(None);
        session
    }

    /// A cram session: misses return after `step_questions` answers or `step`, whichever later.
    pub fn cram(
        items: Vec<QuestionKey>,
        step_questions: u32,
        step: jiff::SignedDuration,
    ) -> StudySession {
        let mut session = StudySession::new(items, Vec::new(), step_questions);
        session.cram_step = Some(step);
        session
    }

    pub fn current(&self) -> Option<&QuestionKey> {
        self.current.as_ref()
    }

    /// The current question, then the queue in order (not those waiting on a step).
    pub fn queued(&self) -> impl Iterator<Item = &QuestionKey> {
        self.current.iter().chain(self.queue.iter())
    }

    /// Questions left, counting the current one and those waiting on a step.
    pub fn remaining(&self) -> usize {
        self.queue.len() + self.pending.len() + usize::from(self.current.is_some())
    }

    pub fn summary(&self) -> &SessionSummary {
        &self.summary
    }

    pub fn add_time(&mut self, time: Duration) {
        self.summary.time += time;
    }

    /// Records the answer to the current question and moves on. `after` is the card's new
    /// state (for cram: unchanged); a question still in a learning step comes back.
    pub fn answered(&mut self, correct: bool, after: &CardState, now: Timestamp) {
        let Some(key) = self.current.take() else {
            return;
        };
        self.summary.answered += 1;
        self.summary.correct += u32::from(correct);
        let due = match self.cram_step {
            Some(step) if !correct => Some(now.checked_add(step).unwrap_or(now)),
            Some(_) => None,
            None if after.phase.is_learning() => after.due,
            None => None,
        };
        if let Some(due) = due {
            self.pending.push(Pending {
                key,
                due,
                after_answers: self.summary.answered + self.step_questions,
            });
        }
        self.advance(now);
    }

    /// Skips the current question (buried or suspended): it is not asked again this session.
    pub fn skip(&mut self, now: Timestamp) {
        self.current = None;
        self.advance(now);
    }

    /// Takes back a skip of `key` (an undone bury or suspend): it becomes the current question
    /// again.
    pub fn unskip(&mut self, key: QuestionKey) {
        if let Some(current) = self.current.take() {
            self.queue.push_front(current);
        }
        self.current = Some(key);
    }

    /// Takes back the last answer to `key`: it becomes the current question again.
    pub fn undo(&mut self, key: QuestionKey, was_correct: bool) {
        self.summary.answered = self.summary.answered.saturating_sub(1);
        self.summary.correct = self.summary.correct.saturating_sub(u32::from(was_correct));
        self.pending.retain(|p| p.key != key);
        if let Some(current) = self.current.take() {
            self.queue.push_front(current);
        }
        self.current = Some(key);
    }

    fn advance(&mut self, now: Timestamp) {
        self.advance_to_next(Some(now));
    }

    fn advance_to_next(&mut self, now: Option<Timestamp>) {
        let answered = self.summary.answered;
        let ready = self
            .pending
            .iter()
            .enumerate()
            .filter(|(_, p)| now.is_some_and(|n| p.due <= n) && answered >= p.after_answers)
            .min_by_key(|(_, p)| p.due)
            .map(|(i, _)| i);
        if let Some(i) = ready {
            self.current = Some(self.pending.remove(i).key);
            return;
        }
        if let Some(next) = self.queue.pop_front() {
            self.current = Some(next);
            return;
        }
        // Nothing else to ask: bring the earliest waiting question forward rather than stop.
        if let Some(i) = self
            .pending
            .iter()
            .enumerate()
            .min_by_key(|(_, p)| p.due)
            .map(|(i, _)| i)
        {
            self.current = Some(self.pending.remove(i).key);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::deck::Id;
    use crate::sched::Phase;
    use jiff::SignedDuration;

    fn k(i: usize) -> QuestionKey {
        QuestionKey {
            deck: Id::parse("d").unwrap(),
            question: Id::parse(&format!("q{i}")).unwrap(),
        }
    }

    fn t(mins: i64) -> Timestamp {
        "2026-11-29T09:00:00Z"
            .parse::<Timestamp>()
            .unwrap()
            .checked_add(SignedDuration::from_mins(mins))
            .unwrap()
    }

    fn learning(due: Timestamp) -> CardState {
        CardState {
            phase: Phase::Learning,
            due: Some(due),
            ..CardState::new()
        }
    }

    fn review() -> CardState {
        CardState {
            phase: Phase::Review,
            ..CardState::new()
        }
    }

    #[test]
    fn a_miss_returns_after_five_questions_and_ten_minutes() {
        let mut s = StudySession::new((0..10).map(k).collect(), vec![], 5);
        assert_eq!(s.current(), Some(&k(0)));
        s.answered(false, &learning(t(10)), t(0));
        let mut order = vec![];
        // Answer quickly: after five questions only 5 minutes have passed, so q0 waits.
        for minute in 1..=9 {
            order.push(s.current().unwrap().clone());
            s.answered(true, &review(), t(minute));
        }
        assert_eq!(order, (1..10).map(k).collect::<Vec<_>>());
        // Minute 10 reached and more than 5 answers given: q0 is back (the queue is empty anyway).
        assert_eq!(s.current(), Some(&k(0)));
    }

    #[test]
    fn a_miss_waits_for_five_answers_even_when_time_has_passed() {
        let mut s = StudySession::new((0..10).map(k).collect(), vec![], 5);
        s.answered(false, &learning(t(10)), t(0));
        for i in 1..=4 {
            s.answered(true, &review(), t(30 + i));
        }
        assert_eq!(s.current(), Some(&k(5)));
        s.answered(true, &review(), t(40));
        assert_eq!(s.current(), Some(&k(0)));
    }

    #[test]
    fn undo_makes_the_question_current_again() {
        let mut s = StudySession::new((0..3).map(k).collect(), vec![], 5);
        s.answered(false, &learning(t(10)), t(0));
        assert_eq!(s.current(), Some(&k(1)));
        s.undo(k(0), false);
        assert_eq!(s.current(), Some(&k(0)));
        assert_eq!(s.summary().answered, 0);
        assert_eq!(s.remaining(), 3);
        s.answered(true, &review(), t(1));
        assert_eq!(s.current(), Some(&k(1)));
    }

    #[test]
    fn cram_misses_come_back_without_scheduling() {
        let mut s = StudySession::cram(vec![k(0), k(1)], 1, SignedDuration::from_mins(0));
        s.answered(false, &CardState::new(), t(0));
        s.answered(true, &CardState::new(), t(1));
        assert_eq!(s.current(), Some(&k(0)));
        s.answered(true, &CardState::new(), t(2));
        assert_eq!(s.current(), None);
        assert_eq!(s.summary().answered, 3);
        assert_eq!(s.summary().correct, 2);
    }
}
