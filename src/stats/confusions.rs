//! Confusions: the wrong options a learner picks most often, from the review log.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::deck::{Library, QuestionKey};
use crate::study::ReviewRow;

/// How many confusions the report keeps.
pub const TOP_CONFUSIONS: usize = 10;

/// A wrong option the learner keeps picking.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Confusion {
    /// `deck/question`.
    pub question: String,
    /// The authored index of the choice.
    pub choice: usize,
    pub text: String,
    /// How many wrong answers picked it.
    pub count: usize,
}

/// Wrong options picked in wrong answers (any mode), counted by (question, choice index).
pub(super) fn confusions(library: &Library, reviews: &[ReviewRow]) -> Vec<Confusion> {
    let mut counts: BTreeMap<(&QuestionKey, usize), usize> = BTreeMap::new();
    for row in reviews.iter().filter(|r| !r.correct) {
        let Some((_, question)) = library.get(&row.key) else {
            continue;
        };
        let Ok(mut picked) = serde_json::from_str::<Vec<usize>>(&row.picked) else {
            continue;
        };
        picked.sort_unstable();
        picked.dedup();
        for index in picked {
            if question.choices().get(index).is_some_and(|c| !c.correct) {
                *counts.entry((&row.key, index)).or_default() += 1;
            }
        }
    }
    let mut list: Vec<((&QuestionKey, usize), usize)> = counts.into_iter().collect();
    // Most often first; ties in key and index order (the map's order, kept by a stable sort).
    list.sort_by_key(|entry| std::cmp::Reverse(entry.1));
    list.into_iter()
        .take(TOP_CONFUSIONS)
        .filter_map(|((key, choice), count)| {
            let (_, question) = library.get(key)?;
            Some(Confusion {
                question: key.to_string(),
                choice,
                text: question.choices().get(choice)?.text.clone(),
                count,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::deck::parse_deck_str;
    use crate::sched::{Mode, Phase, Rating};

    #[test]
    fn keeps_the_ten_most_picked() {
        let mut src = String::from("[deck]\nid = \"d\"\ntitle = \"D\"\n");
        for q in 0..3 {
            src.push_str(&format!(
                "[[question]]\nid = \"q{q}\"\nkind = \"single\"\ndomain = \"cost\"\nprompt = \"Question {q}?\"\n"
            ));
            for c in 0..5 {
                src.push_str(&format!(
                    "[[question.choice]]\ntext = \"q{q} option {c}\"\n"
                ));
                if c == 0 {
                    src.push_str("correct = true\n");
                }
            }
        }
        let parsed = parse_deck_str(&src);
        let library = Library::new(vec![parsed.deck.expect("deck parses")]);
        let keys: Vec<QuestionKey> = library.questions().map(|(k, _, _)| k).collect();
        // Wrong option c of question q is picked q * 4 + c times: 12 options, 1 to 12 times.
        let mut rows = Vec::new();
        for (q, key) in keys.iter().enumerate() {
            for c in 1..5 {
                for _ in 0..(q * 4 + c) {
                    rows.push(ReviewRow {
                        id: String::new(),
                        key: key.clone(),
                        reviewed_at: jiff::Timestamp::UNIX_EPOCH,
                        rating: Rating::Again,
                        mode: Mode::Study,
                        correct: false,
                        picked: format!("[{c}]"),
                        elapsed_ms: 0,
                        phase: Phase::Review,
                        memory: None,
                        interval_days: 0,
                        due: None,
                    });
                }
            }
        }
        let top = confusions(&library, &rows);
        let counts: Vec<usize> = top.iter().map(|c| c.count).collect();
        assert_eq!(counts, [12, 11, 10, 9, 8, 7, 6, 5, 4, 3]);
        assert_eq!((top[0].question.as_str(), top[0].choice), ("d/q2", 4));
        assert_eq!(top[0].text, "q2 option 4");
    }
}
