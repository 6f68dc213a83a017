//! A mock exam in progress: answers, flags, where the learner is and how much time is left.
//! Plain data with public fields, so the store can save it after every change and a killed
//! program resumes where it stopped. Time is never read here: the screen passes in how much
//! elapsed since its last tick.
//!
//! Answers are kept as AUTHORED choice indices, not display positions, so a saved answer
//! still means the same choice if the display order were ever rebuilt differently.

use std::collections::BTreeSet;

use jiff::SignedDuration;

use super::assemble::ExamItem;
use crate::deck::Kind;

/// The pace of the real exam: 130 minutes for 65 questions.
pub const PACE_MS_PER_QUESTION: i64 = 2 * 60 * 1000;
/// The timer turns to a warning in the last ten minutes, or the last sixth of a short exam.
pub const WARN_MS: i64 = 10 * 60 * 1000;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Session {
    pub items: Vec<ExamItem>,
    /// Per item, the authored indices of the selected choices.
    pub answers: Vec<BTreeSet<usize>>,
    pub flagged: Vec<bool>,
    /// Per item, milliseconds the clock ran while it was on screen.
    pub time_ms: Vec<i64>,
    /// Index into `items` of the question on screen.
    pub current: usize,
    /// The time limit, kept so elapsed time can be derived from a saved session.
    pub limit_ms: i64,
    /// Never negative.
    pub remaining_ms: i64,
    /// Submitted (by the learner, or by the caller when time ran out). Answers are frozen.
    pub finished: bool,
    /// Practice mode: the learner may check each answer as they go (and see why); a checked
    /// answer is frozen, so the score still counts first answers only.
    pub practice: bool,
    /// Per item, whether its answer was checked (practice mode only).
    pub checked: Vec<bool>,
}

/// Where the learner stands against two minutes per question.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pacing {
    pub answered: usize,
    /// Questions that should be answered by now at the exam's pace.
    pub expected: usize,
    pub pace: Pace,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pace {
    Ahead,
    OnPace,
    Behind,
}

/// Why saved session data cannot be resumed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SessionError {
    #[error("exam has {items} questions but {field} has {len} entries")]
    Length {
        field: &'static str,
        items: usize,
        len: usize,
    },
    #[error("question {item} has {choices} choices but choice {index} is selected")]
    Choice {
        item: usize,
        choices: usize,
        index: usize,
    },
    #[error("current question {current} is past the last of {items}")]
    Current { current: usize, items: usize },
    #[error("time left ({remaining_ms} ms) is outside the limit ({limit_ms} ms)")]
    Time { remaining_ms: i64, limit_ms: i64 },
}

impl Session {
    /// A fresh exam on its first question, with the whole `time_limit` left (a negative limit
    /// counts as zero).
    pub fn new(items: Vec<ExamItem>, time_limit: SignedDuration) -> Session {
        let limit_ms = clamp_ms(time_limit);
        Session {
            answers: vec![BTreeSet::new(); items.len()],
            flagged: vec![false; items.len()],
            time_ms: vec![0; items.len()],
            checked: vec![false; items.len()],
            items,
            current: 0,
            limit_ms,
            remaining_ms: limit_ms,
            finished: false,
            practice: false,
        }
    }

    /// Whether the current item's answer was checked (and so can no longer change).
    pub fn is_checked(&self) -> bool {
        self.checked.get(self.current).copied().unwrap_or(false)
    }

    /// Practice mode: reveals whether the current answer is right and freezes it. Returns
    /// false (and changes nothing) outside practice, or when nothing is picked yet.
    pub fn check(&mut self) -> bool {
        if !self.practice || self.finished {
            return false;
        }
        let picked = self
            .answers
            .get(self.current)
            .is_some_and(|a| !a.is_empty());
        match self.checked.get_mut(self.current) {
            Some(checked) if picked => {
                *checked = true;
                true
            }
            _ => false,
        }
    }

    /// Checks data read back from the store before it is resumed. The methods below never
    /// panic on inconsistent data, but they would silently ignore parts of it.
    pub fn validate(&self) -> Result<(), SessionError> {
        let items = self.items.len();
        for (field, len) in [
            ("answers", self.answers.len()),
            ("flags", self.flagged.len()),
            ("times", self.time_ms.len()),
            ("checked", self.checked.len()),
        ] {
            if len != items {
                return Err(SessionError::Length { field, items, len });
            }
        }
        for (i, (item, answer)) in self.items.iter().zip(&self.answers).enumerate() {
            if let Some(&index) = answer.iter().find(|&&a| a >= item.choice_count()) {
                return Err(SessionError::Choice {
                    item: i,
                    choices: item.choice_count(),
                    index,
                });
            }
        }
        if self.current >= items.max(1) {
            return Err(SessionError::Current {
                current: self.current,
                items,
            });
        }
        if !(0..=self.limit_ms).contains(&self.remaining_ms) {
            return Err(SessionError::Time {
                remaining_ms: self.remaining_ms,
                limit_ms: self.limit_ms,
            });
        }
        Ok(())
    }

    pub fn current_item(&self) -> Option<&ExamItem> {
        self.items.get(self.current)
    }

    /// Whether the choice shown at `display_position` of the current item is selected.
    pub fn is_selected(&self, display_position: usize) -> bool {
        let authored = self
            .current_item()
            .and_then(|item| item.order.get(display_position));
        match (authored, self.answers.get(self.current)) {
            (Some(a), Some(answer)) => answer.contains(a),
            _ => false,
        }
    }

    /// Selects the choice shown at `display_position` of the current item. A single-answer
    /// question keeps only that choice (like a radio button: selecting it again keeps it); a
    /// multi-answer question toggles it. Positions past the last choice are ignored.
    pub fn toggle(&mut self, display_position: usize) {
        if self.finished || self.is_checked() {
            return;
        }
        let Some(item) = self.items.get(self.current) else {
            return;
        };
        let Some(&authored) = item.order.get(display_position) else {
            return;
        };
        let Some(answer) = self.answers.get_mut(self.current) else {
            return;
        };
        if item.kind == Kind::Multi {
            if !answer.remove(&authored) {
                answer.insert(authored);
            }
        } else {
            answer.clear();
            answer.insert(authored);
        }
    }

    /// Clears the current item's answer, so it counts as unanswered again.
    pub fn clear(&mut self) {
        if self.finished || self.is_checked() {
            return;
        }
        if let Some(answer) = self.answers.get_mut(self.current) {
            answer.clear();
        }
    }

    // Navigation changes nothing that is scored, so it stays allowed after submitting: the
    // result screen can walk through the questions with the same session.

    pub fn next(&mut self) {
        if self.current + 1 < self.items.len() {
            self.current += 1;
        }
    }

    pub fn previous(&mut self) {
        self.current = self.current.saturating_sub(1);
    }

    /// Goes to item `i`; an index past the last item is ignored.
    pub fn goto(&mut self, i: usize) {
        if i < self.items.len() {
            self.current = i;
        }
    }

    /// Marks the current item for review, or unmarks it.
    pub fn toggle_flag(&mut self) {
        if self.finished {
            return;
        }
        if let Some(flag) = self.flagged.get_mut(self.current) {
            *flag = !*flag;
        }
    }

    pub fn is_answered(&self, i: usize) -> bool {
        self.answers.get(i).is_some_and(|a| !a.is_empty())
    }

    pub fn answered_count(&self) -> usize {
        self.answers.iter().filter(|a| !a.is_empty()).count()
    }

    pub fn flagged_count(&self) -> usize {
        self.flagged.iter().filter(|&&f| f).count()
    }

    /// Indices of items with no choice selected, in exam order.
    pub fn unanswered(&self) -> Vec<usize> {
        (0..self.items.len())
            .filter(|&i| !self.is_answered(i))
            .collect()
    }

    /// Indices of flagged items, in exam order.
    pub fn flagged(&self) -> Vec<usize> {
        (0..self.items.len())
            .filter(|&i| self.flagged.get(i).copied().unwrap_or(false))
            .collect()
    }

    /// Counts `elapsed` off the clock. A negative duration (the wall clock moved backwards)
    /// counts as zero, so it gives nobody extra time. Returns true exactly once: on the tick
    /// that reaches zero. The caller then submits, which is also when it saves the result.
    pub fn tick(&mut self, elapsed: SignedDuration) -> bool {
        if self.finished || self.remaining_ms == 0 {
            return false;
        }
        let spent = clamp_ms(elapsed).min(self.remaining_ms);
        self.remaining_ms -= spent;
        if let Some(t) = self.time_ms.get_mut(self.current) {
            *t = t.saturating_add(spent);
        }
        self.remaining_ms == 0
    }

    /// Time used so far, from the limit and what is left.
    pub fn elapsed(&self) -> SignedDuration {
        SignedDuration::from_millis((self.limit_ms - self.remaining_ms).max(0))
    }

    /// Compares answered questions with the number expected after `now_elapsed` at two
    /// minutes per question (rounded down, and never more than the exam has).
    pub fn pacing(&self, now_elapsed: SignedDuration) -> Pacing {
        let periods = clamp_ms(now_elapsed) / PACE_MS_PER_QUESTION;
        let expected = usize::try_from(periods)
            .unwrap_or(usize::MAX)
            .min(self.items.len());
        let answered = self.answered_count();
        let pace = match answered.cmp(&expected) {
            std::cmp::Ordering::Greater => Pace::Ahead,
            std::cmp::Ordering::Equal => Pace::OnPace,
            std::cmp::Ordering::Less => Pace::Behind,
        };
        Pacing {
            answered,
            expected,
            pace,
        }
    }

    /// How long before the end the warning starts: ten minutes, or the last sixth of an exam
    /// shorter than an hour (a 6-minute quiz is not "in its last 10 minutes" from the start).
    pub fn warn_ms(&self) -> i64 {
        WARN_MS.min(self.limit_ms / 6)
    }

    /// True in the warning period (its first moment included) of an unfinished exam.
    pub fn warn(&self) -> bool {
        !self.finished && self.remaining_ms <= self.warn_ms()
    }

    /// Ends the exam; answers and flags are frozen from here on.
    pub fn submit(&mut self) {
        self.finished = true;
    }
}

/// Whole milliseconds, negative as zero, saturating at `i64::MAX`.
fn clamp_ms(d: SignedDuration) -> i64 {
    i64::try_from(d.as_millis().max(0)).unwrap_or(i64::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::deck::{Domain, Id, QuestionKey};

    fn item(n: usize, kind: Kind, order: Vec<usize>) -> ExamItem {
        ExamItem {
            key: QuestionKey {
                deck: Id::parse("d").unwrap(),
                question: Id::parse(&format!("q{n}")).unwrap(),
            },
            domain: Domain::Secure,
            kind,
            order,
        }
    }

    /// Item 0: single with display order [2, 0, 1, 3]; item 1: multi with [1, 0, 4, 3, 2];
    /// item 2: single with [0, 1, 2, 3].
    fn session() -> Session {
        Session::new(
            vec![
                item(0, Kind::Single, vec![2, 0, 1, 3]),
                item(1, Kind::Multi, vec![1, 0, 4, 3, 2]),
                item(2, Kind::Single, vec![0, 1, 2, 3]),
            ],
            SignedDuration::from_mins(130),
        )
    }

    fn set(v: &[usize]) -> BTreeSet<usize> {
        v.iter().copied().collect()
    }

    #[test]
    fn new_session_is_blank_and_valid() {
        let s = session();
        assert_eq!(s.remaining_ms, 130 * 60 * 1000);
        assert_eq!(s.limit_ms, s.remaining_ms);
        assert_eq!(
            (s.current, s.answered_count(), s.flagged_count()),
            (0, 0, 0)
        );
        assert_eq!(s.unanswered(), vec![0, 1, 2]);
        assert!(!s.finished);
        assert_eq!(s.validate(), Ok(()));
        assert_eq!(s.elapsed(), SignedDuration::ZERO);
    }

    #[test]
    fn single_answer_replaces_and_stores_authored_indices() {
        let mut s = session();
        s.toggle(0);
        assert_eq!(s.answers[0], set(&[2]));
        assert!(s.is_selected(0));
        s.toggle(3);
        assert_eq!(s.answers[0], set(&[3]));
        assert!(!s.is_selected(0));
        // Selecting the selected choice keeps it.
        s.toggle(3);
        assert_eq!(s.answers[0], set(&[3]));
        // Past the last choice: ignored.
        s.toggle(4);
        assert_eq!(s.answers[0], set(&[3]));
        s.clear();
        assert!(s.answers[0].is_empty());
    }

    #[test]
    fn multi_answer_toggles() {
        let mut s = session();
        s.next();
        s.toggle(0);
        s.toggle(2);
        assert_eq!(s.answers[1], set(&[1, 4]));
        s.toggle(0);
        assert_eq!(s.answers[1], set(&[4]));
        s.toggle(5);
        s.toggle(99);
        assert_eq!(s.answers[1], set(&[4]));
        assert_eq!(s.answered_count(), 1);
        assert_eq!(s.unanswered(), vec![0, 2]);
    }

    #[test]
    fn navigation_stays_in_bounds() {
        let mut s = session();
        s.previous();
        assert_eq!(s.current, 0);
        s.next();
        s.next();
        s.next();
        assert_eq!(s.current, 2);
        s.goto(3);
        assert_eq!(s.current, 2);
        s.goto(1);
        assert_eq!(s.current, 1);
        s.previous();
        assert_eq!(s.current, 0);

        let mut empty = Session::new(Vec::new(), SignedDuration::from_mins(1));
        empty.next();
        empty.previous();
        empty.goto(0);
        empty.toggle(0);
        empty.toggle_flag();
        assert_eq!(empty.current, 0);
        assert!(empty.current_item().is_none());
        assert_eq!(empty.validate(), Ok(()));
    }

    #[test]
    fn flags() {
        let mut s = session();
        s.toggle_flag();
        s.goto(2);
        s.toggle_flag();
        assert_eq!(s.flagged(), vec![0, 2]);
        assert_eq!(s.flagged_count(), 2);
        s.toggle_flag();
        assert_eq!(s.flagged(), vec![0]);
    }

    #[test]
    fn tick_counts_down_and_reports_time_up_once() {
        let mut s = session();
        assert!(!s.tick(SignedDuration::from_mins(100)));
        assert_eq!(s.remaining_ms, 30 * 60 * 1000);
        assert!(!s.warn());
        assert!(!s.tick(SignedDuration::from_mins(20)));
        assert!(s.warn(), "exactly ten minutes left");
        assert!(!s.tick(SignedDuration::from_millis(599_999)));
        assert_eq!(s.remaining_ms, 1);
        assert!(s.tick(SignedDuration::from_secs(5)));
        assert_eq!(s.remaining_ms, 0);
        assert_eq!(s.elapsed(), SignedDuration::from_mins(130));
        // Already at zero: not "just" ran out.
        assert!(!s.tick(SignedDuration::from_secs(5)));
        // The caller submits; the session is then frozen.
        s.submit();
        assert!(s.finished);
        assert!(!s.warn());
        assert!(!s.tick(SignedDuration::from_secs(5)));
    }

    #[test]
    fn warning_starts_in_the_last_ten_minutes() {
        let mut s = session();
        s.tick(SignedDuration::from_millis(120 * 60 * 1000 - 1));
        assert!(!s.warn());
        s.tick(SignedDuration::from_millis(1));
        assert!(s.warn());
    }

    #[test]
    fn a_short_exam_warns_only_in_its_last_sixth() {
        let mut s = Session::new(Vec::new(), SignedDuration::from_mins(6));
        assert_eq!(s.warn_ms(), 60_000);
        assert!(!s.warn(), "six minutes left is not the last ten");
        s.tick(SignedDuration::from_millis(5 * 60 * 1000 - 1));
        assert!(!s.warn());
        s.tick(SignedDuration::from_millis(1));
        assert!(s.warn());
    }

    #[test]
    fn backwards_clock_gives_no_time() {
        let mut s = session();
        s.tick(SignedDuration::from_mins(10));
        let before = s.remaining_ms;
        assert!(!s.tick(SignedDuration::from_mins(-60)));
        assert_eq!(s.remaining_ms, before);
        // Huge durations saturate rather than overflow.
        assert!(s.tick(SignedDuration::MAX));
        assert_eq!(s.remaining_ms, 0);
        let mut neg = Session::new(Vec::new(), SignedDuration::from_mins(-5));
        assert_eq!(neg.remaining_ms, 0);
        assert!(!neg.tick(SignedDuration::from_secs(1)));
    }

    #[test]
    fn pacing_against_two_minutes_a_question() {
        let mut s = session();
        let at = |secs: i64, s: &Session| s.pacing(SignedDuration::from_secs(secs));
        assert_eq!(
            at(0, &s),
            Pacing {
                answered: 0,
                expected: 0,
                pace: Pace::OnPace
            }
        );
        assert_eq!(at(119, &s).pace, Pace::OnPace);
        assert_eq!(at(120, &s).pace, Pace::Behind);
        s.toggle(1);
        s.next();
        s.toggle(1);
        assert_eq!(at(200, &s).pace, Pace::Ahead);
        assert_eq!(at(240, &s).pace, Pace::OnPace);
        // Expected never exceeds the exam's length; a negative elapsed counts as zero.
        assert_eq!(at(100_000, &s).expected, 3);
        assert_eq!(at(-500, &s).expected, 0);
    }

    #[test]
    fn nothing_scored_changes_after_submit() {
        let mut s = session();
        s.toggle(1);
        s.toggle_flag();
        s.submit();
        let frozen = s.clone();
        s.toggle(2);
        s.clear();
        s.toggle_flag();
        s.tick(SignedDuration::from_mins(1));
        assert_eq!(s, frozen);
        // Walking through the questions to review them is still allowed.
        s.next();
        assert_eq!(s.current, 1);
        assert_eq!(s.answers, frozen.answers);
        s.toggle(0);
        assert_eq!(s.answers, frozen.answers);
    }

    #[test]
    fn validate_rejects_inconsistent_saved_data() {
        let mut s = session();
        s.answers.pop();
        assert!(matches!(
            s.validate(),
            Err(SessionError::Length {
                field: "answers",
                ..
            })
        ));
        let mut s = session();
        s.flagged.push(true);
        assert!(matches!(
            s.validate(),
            Err(SessionError::Length { field: "flags", .. })
        ));
        let mut s = session();
        s.answers[2].insert(4);
        assert_eq!(
            s.validate(),
            Err(SessionError::Choice {
                item: 2,
                choices: 4,
                index: 4
            })
        );
        let mut s = session();
        s.current = 3;
        assert!(matches!(s.validate(), Err(SessionError::Current { .. })));
        let mut s = session();
        s.remaining_ms = -1;
        assert!(matches!(s.validate(), Err(SessionError::Time { .. })));
        // The methods cope with such data without panicking.
        let mut s = session();
        s.answers.clear();
        s.flagged.clear();
        s.toggle(0);
        s.toggle_flag();
        assert_eq!((s.answered_count(), s.flagged_count()), (0, 0));
        assert_eq!(s.unanswered(), vec![0, 1, 2]);
    }

    #[test]
    fn practice_checks_a_picked_answer_and_freezes_it() {
        let mut s = session();
        assert!(!s.check(), "the faithful exam has no checking");
        s.practice = true;
        assert!(!s.check(), "nothing picked yet");
        assert!(!s.is_checked());
        s.toggle(1);
        assert!(s.check());
        assert!(s.is_checked());
        s.toggle(2);
        s.clear();
        assert_eq!(s.answers[0], set(&[0]), "frozen once checked");
        s.next();
        assert!(!s.is_checked(), "per question");
        s.toggle(0);
        assert_eq!(s.answers[1], set(&[1]));
        assert!(s.validate().is_ok());
        s.checked.pop();
        assert!(
            s.validate().is_err(),
            "a short checked list is inconsistent"
        );
    }
}
