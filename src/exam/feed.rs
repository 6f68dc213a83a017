//! Exams feed study: every exam answer becomes a review in mode `exam`. A wrong or unanswered
//! question is due for study at once (Again), a right but flagged one is Hard (the learner was
//! unsure), a right one Good.

use std::collections::{BTreeSet, HashMap};

use jiff::Timestamp;

use super::session::Session;
use crate::deck::QuestionKey;
use crate::sched::{CardState, Mode, Rating, SchedError, Scheduler};
use crate::study::ReviewRow;

/// The rating an exam answer gives.
pub fn rating(correct: bool, flagged: bool) -> Rating {
    match (correct, flagged) {
        (false, _) => Rating::Again,
        (true, true) => Rating::Hard,
        (true, false) => Rating::Good,
    }
}

/// One review row and new card state per exam item. `ids` supplies a fresh review id per row.
pub fn study_reviews(
    session: &Session,
    correct_sets: &[BTreeSet<usize>],
    cards: &HashMap<QuestionKey, CardState>,
    scheduler: &Scheduler,
    now: Timestamp,
    mut ids: impl FnMut() -> String,
) -> Result<Vec<(ReviewRow, CardState)>, SchedError> {
    let mut out = Vec::with_capacity(session.items.len());
    for (i, item) in session.items.iter().enumerate() {
        let answer = session.answers.get(i).cloned().unwrap_or_default();
        let correct = !answer.is_empty() && correct_sets.get(i) == Some(&answer);
        let flagged = session.flagged.get(i).copied().unwrap_or(false);
        let rating = rating(correct, flagged);
        let before = cards.get(&item.key).cloned().unwrap_or_default();
        let after = scheduler.apply(&item.key.to_string(), &before, rating, Mode::Exam, now)?;
        let row = ReviewRow {
            id: ids(),
            key: item.key.clone(),
            reviewed_at: now,
            rating,
            mode: Mode::Exam,
            correct,
            picked: serde_json::to_string(&answer).unwrap_or_default(),
            elapsed_ms: 0,
            phase: before.phase,
            memory: None,
            interval_days: 0,
            due: None,
        }
        .with_states(&before, &after);
        out.push((row, after));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::deck::{Domain, Id, Kind};
    use crate::exam::ExamItem;
    use crate::sched::{DayClock, Phase, SchedConfig};

    #[test]
    fn wrong_and_blank_are_due_now_flagged_right_is_hard() {
        let key = |q: &str| QuestionKey {
            deck: Id::parse("d").unwrap(),
            question: Id::parse(q).unwrap(),
        };
        let items: Vec<ExamItem> = ["a", "b", "c", "d"]
            .iter()
            .map(|q| ExamItem {
                key: key(q),
                domain: Domain::Cost,
                kind: Kind::Single,
                order: vec![0, 1],
            })
            .collect();
        let mut session = Session::new(items, jiff::SignedDuration::from_mins(10));
        session.answers = vec![
            BTreeSet::from([0]),
            BTreeSet::from([1]),
            BTreeSet::new(),
            BTreeSet::from([0]),
        ];
        session.flagged = vec![false, false, false, true];
        let correct = vec![BTreeSet::from([0]); 4];
        let s = Scheduler::new(&[], SchedConfig::default(), DayClock::utc(4)).unwrap();
        let now: Timestamp = "2026-11-29T09:00:00Z".parse().unwrap();
        let mut n = 0;
        let rows = study_reviews(&session, &correct, &HashMap::new(), &s, now, || {
            n += 1;
            format!("id{n}")
        })
        .unwrap();
        let ratings: Vec<Rating> = rows.iter().map(|(r, _)| r.rating).collect();
        assert_eq!(
            ratings,
            vec![Rating::Good, Rating::Again, Rating::Again, Rating::Hard]
        );
        assert_eq!(rows[1].1.due, Some(now));
        assert_eq!(rows[1].1.phase, Phase::Learning);
        assert_eq!(rows[2].0.picked, "[]");
        assert!(rows.iter().all(|(r, _)| r.mode == Mode::Exam));
        assert_eq!(rows[3].0.id, "id4");
    }
}
