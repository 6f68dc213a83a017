//! Confusions: the wrong options a learner picks most often, from the review log.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::deck::{Library, QuestionKey};

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

/// Wrong options picked in wrong answers (any mode), from how often each (question, choice
/// index) was picked in a wrong answer (`LogSummary::wrong_picks`): the picks of choices that
/// are right, or gone from the library, are left out.
pub(super) fn confusions(
    library: &Library,
    wrong_picks: &BTreeMap<(QuestionKey, usize), usize>,
) -> Vec<Confusion> {
    let mut list: Vec<(&QuestionKey, usize, &str, usize)> = wrong_picks
        .iter()
        .filter_map(|((key, index), count)| {
            let (_, question) = library.get(key)?;
            let choice = question.choices().get(*index).filter(|c| !c.correct)?;
            Some((key, *index, choice.text.as_str(), *count))
        })
        .collect();
    // Most often first; ties in key and index order (the map's order, kept by a stable sort).
    list.sort_by_key(|entry| std::cmp::Reverse(entry.3));
    list.into_iter()
        .take(TOP_CONFUSIONS)
        .map(|(key, choice, text, count)| Confusion {
            question: key.to_string(),
            choice,
            text: text.to_string(),
            count,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::deck::parse_deck_str;
    use crate::sched::{DayClock, Mode, Phase, Rating};
    use crate::stats::log::LogSummary;
    use crate::study::ReviewRow;

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
        let log = LogSummary::of(&rows, &DayClock::utc(4), jiff::Timestamp::UNIX_EPOCH);
        let top = confusions(&library, &log.wrong_picks);
        let counts: Vec<usize> = top.iter().map(|c| c.count).collect();
        assert_eq!(counts, [12, 11, 10, 9, 8, 7, 6, 5, 4, 3]);
        assert_eq!((top[0].question.as_str(), top[0].choice), ("d/q2", 4));
        assert_eq!(top[0].text, "q2 option 4");
    }
}
