//! How the questions of some decks spread over the 14 SAA-C03 task statements, so an author
//! sees which are thin.

use serde::Serialize;

use super::{Deck, Task};

/// Questions tagged with one task statement.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TaskCount {
    /// "1.1" to "4.4".
    pub task: String,
    pub title: &'static str,
    /// Single and multi-response questions.
    pub scenario: usize,
    /// Flashcards and typed answers.
    pub recall: usize,
}

/// Every task statement in outline order (with zeros for the untouched ones), and how many
/// questions carry no task at all.
pub fn by_task<'a>(decks: impl IntoIterator<Item = &'a Deck>) -> (Vec<TaskCount>, usize) {
    let mut counts: Vec<TaskCount> = Task::all()
        .into_iter()
        .map(|t| TaskCount {
            task: t.to_string(),
            title: t.title(),
            scenario: 0,
            recall: 0,
        })
        .collect();
    let mut untagged = 0;
    for q in decks.into_iter().flat_map(|d| &d.questions) {
        let Some(task) = q.task else {
            untagged += 1;
            continue;
        };
        if let Some(c) = counts.iter_mut().find(|c| c.task == task.to_string()) {
            if q.kind().is_scenario() {
                c.scenario += 1;
            } else {
                c.recall += 1;
            }
        }
    }
    (counts, untagged)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::deck::parse_deck_str;

    #[test]
    fn counts_scenario_and_recall_per_task_with_zeros_and_untagged() {
        let deck = parse_deck_str(
            r#"[deck]
id = "d"
title = "D"
[[question]]
id = "a"
kind = "card"
domain = "cost"
task = "4.2"
prompt = "p"
answer = "x"
[[question]]
id = "b"
kind = "card"
domain = "cost"
prompt = "q"
answer = "x"
[[question]]
id = "c"
domain = "cost"
task = "4.2"
prompt = "r"
[[question.choice]]
text = "A"
correct = true
[[question.choice]]
text = "B"
"#,
        )
        .deck
        .unwrap();
        let (counts, untagged) = by_task([&deck]);
        assert_eq!(counts.len(), 14);
        assert_eq!(untagged, 1);
        let t42 = counts.iter().find(|c| c.task == "4.2").unwrap();
        assert_eq!((t42.scenario, t42.recall), (1, 1));
        assert_eq!(
            counts.iter().map(|c| c.scenario + c.recall).sum::<usize>(),
            2
        );
        assert_eq!(counts[0].task, "1.1");
    }
}
