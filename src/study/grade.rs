//! Grading: a wrong choice or typed answer is Again; a right one is Good unless the learner
//! says Hard or Easy; flashcards are graded by the learner.

use crate::deck::text::answer_matches;
use crate::deck::{Body, Question};
use crate::sched::Rating;

/// What the learner did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answer {
    /// Authored indices of the picked choices.
    Choices(Vec<usize>),
    Typed(String),
    /// A flashcard graded by the learner.
    SelfGraded(Rating),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Graded {
    pub correct: bool,
    /// The grade Enter accepts.
    pub suggested: Rating,
    /// JSON of what was picked, for the review log.
    pub picked: String,
}

pub fn grade(question: &Question, answer: &Answer) -> Graded {
    let (correct, picked) = match (&question.body, answer) {
        (Body::Single { choices } | Body::Multi { choices }, Answer::Choices(picked)) => {
            let mut picked = picked.clone();
            picked.sort_unstable();
            picked.dedup();
            let right: Vec<usize> = choices
                .iter()
                .enumerate()
                .filter(|(_, c)| c.correct)
                .map(|(i, _)| i)
                .collect();
            (
                picked == right,
                serde_json::to_string(&picked).unwrap_or_default(),
            )
        }
        (Body::Typed { accept }, Answer::Typed(text)) => (
            answer_matches(text, accept),
            serde_json::to_string(text).unwrap_or_default(),
        ),
        (_, Answer::SelfGraded(rating)) => {
            return Graded {
                correct: *rating != Rating::Again,
                suggested: *rating,
                picked: String::new(),
            };
        }
        _ => (false, String::new()),
    };
    Graded {
        correct,
        suggested: if correct { Rating::Good } else { Rating::Again },
        picked,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::deck::{Choice, Domain, Id};

    fn question(body: Body) -> Question {
        Question {
            id: Id::parse("q").unwrap(),
            domain: Domain::Cost,
            task: None,
            topics: vec![],
            prompt: "P".into(),
            explanation: None,
            refs: vec![],
            verified: None,
            body,
            line: 1,
        }
    }

    fn choices(correct: &[bool]) -> Vec<Choice> {
        correct
            .iter()
            .enumerate()
            .map(|(i, c)| Choice {
                text: format!("c{i}"),
                correct: *c,
                why: None,
            })
            .collect()
    }

    #[test]
    fn multi_needs_exactly_the_correct_set() {
        let q = question(Body::Multi {
            choices: choices(&[true, false, true, false]),
        });
        assert!(grade(&q, &Answer::Choices(vec![2, 0])).correct);
        assert!(!grade(&q, &Answer::Choices(vec![0])).correct);
        assert!(!grade(&q, &Answer::Choices(vec![0, 1, 2])).correct);
        let g = grade(&q, &Answer::Choices(vec![1, 0]));
        assert_eq!((g.suggested, g.picked.as_str()), (Rating::Again, "[0,1]"));
    }

    #[test]
    fn typed_and_cards() {
        let q = question(Body::Typed {
            accept: vec!["900 seconds".into(), "15 minutes".into()],
        });
        assert_eq!(
            grade(&q, &Answer::Typed("15 Minutes".into())).suggested,
            Rating::Good
        );
        assert_eq!(
            grade(&q, &Answer::Typed("10 minutes".into())).suggested,
            Rating::Again
        );
        let card = question(Body::Card { answer: "A".into() });
        let g = grade(&card, &Answer::SelfGraded(Rating::Hard));
        assert!(g.correct && g.suggested == Rating::Hard);
    }
}
