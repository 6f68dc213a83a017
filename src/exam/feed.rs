//! Exams feed study: every exam answer becomes a review in mode `exam`. A wrong answer is due
//! for study at once (Again), a right but flagged one is Hard (the learner was unsure), a right
//! one Good. An unanswered question (or a multi-response with fewer boxes ticked than it asks
//! for) is not an answer: it is not logged and changes no schedule, mastery or readiness.

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

/// Whether a pick counts as an answer: something ticked, and for a multi-response question at
/// least as many boxes as it asks for (the real exam shows fewer as incomplete).
pub fn is_answered(answer: &BTreeSet<usize>, correct: Option<&BTreeSet<usize>>) -> bool {
    !answer.is_empty() && answer.len() >= correct.map_or(1, BTreeSet::len)
}

/// One review row per answered exam item, with the card states the answers lead to (the store
/// rebuilds the cards from the log when it records them). `ids` supplies a fresh review id per row.
pub fn study_reviews(
    session: &Session,
    correct_sets: &[BTreeSet<usize>],
    cards: &HashMap<QuestionKey, CardState>,
    scheduler: &Scheduler,
    now: Timestamp,
    mut ids: impl FnMut() -> String,
) -> Result<Vec<ReviewRow>, SchedError> {
    let mut out = Vec::with_capacity(session.items.len());
    for (i, item) in session.items.iter().enumerate() {
        let answer = session.answers.get(i).cloned().unwrap_or_default();
        if !is_answered(&answer, correct_sets.get(i)) {
            continue;
        }
        let correct = correct_sets.get(i) == Some(&answer);
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
        out.push(row);
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
    fn answers_are_rated_and_blank_or_incomplete_picks_are_not_logged() {
        let key = |q: &str| QuestionKey {
            deck: Id::parse("d").unwrap(),
            question: Id::parse(q).unwrap(),
        };
        let items: Vec<ExamItem> = ["a", "b", "c", "d", "e"]
            .iter()
            .map(|q| ExamItem {
                key: key(q),
                domain: Domain::Cost,
                kind: Kind::Single,
                order: vec![0, 1, 2],
            })
            .collect();
        let mut session = Session::new(items, jiff::SignedDuration::from_mins(10));
        session.answers = vec![
            BTreeSet::from([0]),
            BTreeSet::from([1]),
            BTreeSet::new(),
            BTreeSet::from([0]),
            BTreeSet::from([0]),
        ];
        session.flagged = vec![false, false, false, true, false];
        let mut correct = vec![BTreeSet::from([0]); 4];
        // e asks for two picks and got one: incomplete, so not an answer.
        correct.push(BTreeSet::from([0, 2]));
        let s = Scheduler::new(&[], SchedConfig::default(), DayClock::utc(4)).unwrap();
        let now: Timestamp = "2026-11-29T09:00:00Z".parse().unwrap();
        let mut n = 0;
        let rows = study_reviews(&session, &correct, &HashMap::new(), &s, now, || {
            n += 1;
            format!("id{n}")
        })
        .unwrap();
        let rated: Vec<(&str, Rating)> = rows
            .iter()
            .map(|r| (r.key.question.as_str(), r.rating))
            .collect();
        assert_eq!(
            rated,
            vec![
                ("a", Rating::Good),
                ("b", Rating::Again),
                ("d", Rating::Hard)
            ]
        );
        assert_eq!(rows[1].due, Some(now));
        assert_eq!(rows[1].phase, Phase::New);
        assert!(rows.iter().all(|r| r.mode == Mode::Exam));
        assert_eq!(rows[2].id, "id3");
    }

    #[test]
    fn a_multi_response_pick_counts_once_it_has_as_many_boxes_as_asked() {
        let two = BTreeSet::from([1, 3]);
        assert!(!is_answered(&BTreeSet::new(), Some(&two)));
        assert!(!is_answered(&BTreeSet::from([1]), Some(&two)));
        assert!(is_answered(&BTreeSet::from([0, 2]), Some(&two)));
        assert!(is_answered(&BTreeSet::from([0]), None));
    }
}
