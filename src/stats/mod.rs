//! Figures about progress. Pure: library, card states and `now` in.

pub mod confusions;
pub mod log;
pub mod readiness;
pub mod report;
pub mod text;

pub use confusions::Confusion;
pub use log::{LogSummary, LoggedAnswer};
pub use readiness::{FocusTopic, PASSING_SCORE, READINESS_METHOD, Readiness};
pub use report::{
    CardCounts, DomainStats, DueCounts, ExamAttempt, ExamDomain, ExamSummary, Retention,
    ReviewCounts, StatsInput, StatsReport, TaskStats, TopicStats, compute,
};
pub use text::render_text;

use std::collections::HashMap;

use jiff::Timestamp;

use crate::deck::{Domain, Library, QuestionKey};
use crate::sched::{CardState, Phase, Scheduler};

/// Average mastery today of each domain's questions (see `report::question_stats`): unseen
/// questions and those whose latest answer (`last_right`) was wrong count as zero.
pub fn mastery_by_domain(
    library: &Library,
    cards: &HashMap<QuestionKey, CardState>,
    last_right: &HashMap<QuestionKey, bool>,
    scheduler: &Scheduler,
    now: Timestamp,
) -> Vec<(Domain, f64, usize)> {
    // The same figures the stats screen shows.
    let questions = report::question_stats(library, cards, last_right, scheduler, now);
    report::domain_stats(&questions)
        .into_iter()
        .map(|d| (d.domain, d.mastery, d.questions))
        .collect()
}

/// Per-deck counts for the home screen.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DeckCounts {
    pub new: usize,
    pub due: usize,
    pub learned: usize,
}

pub fn deck_counts(
    library: &Library,
    cards: &HashMap<QuestionKey, CardState>,
    now: Timestamp,
) -> Vec<(String, String, DeckCounts)> {
    library
        .decks
        .iter()
        .map(|deck| {
            let mut counts = DeckCounts::default();
            for q in &deck.questions {
                match cards.get(&deck.key(q)) {
                    None => counts.new += 1,
                    Some(c) if !c.is_active(now) => {}
                    Some(c) if c.phase == Phase::New => counts.new += 1,
                    Some(c) => {
                        counts.learned += usize::from(c.phase == Phase::Review);
                        counts.due += usize::from(c.is_due(now));
                    }
                }
            }
            (deck.id.to_string(), deck.title.clone(), counts)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::deck::parse_deck_str;
    use crate::sched::{DayClock, Rating, SchedConfig};

    #[test]
    fn unseen_questions_count_as_zero() {
        let deck = parse_deck_str(
            "[deck]\nid=\"d\"\ntitle=\"D\"\n[[question]]\nid=\"a\"\nkind=\"card\"\ndomain=\"cost\"\nprompt=\"p\"\nanswer=\"x\"\n[[question]]\nid=\"b\"\nkind=\"card\"\ndomain=\"cost\"\nprompt=\"q\"\nanswer=\"x\"\n",
        )
        .deck
        .unwrap();
        let library = Library::new(vec![deck]);
        let s = Scheduler::new(&[], SchedConfig::default(), DayClock::utc(4)).unwrap();
        let now: Timestamp = "2026-11-29T09:00:00Z".parse().unwrap();
        let key = library.questions().next().unwrap().0;
        let mut cards = HashMap::new();
        cards.insert(
            key.clone(),
            s.answer("d/a", &CardState::new(), Rating::Good, now)
                .unwrap(),
        );
        let right = HashMap::from([(key.clone(), true)]);
        let m = mastery_by_domain(&library, &cards, &right, &s, now);
        let cost = m.iter().find(|(d, _, _)| *d == Domain::Cost).unwrap();
        // One question at recall 1.0 just after review, one unseen: 0.5.
        assert!((cost.1 - 0.5).abs() < 1e-6, "{}", cost.1);
        assert_eq!(cost.2, 2);
        // The same card after a wrong answer counts as zero.
        let wrong = HashMap::from([(key, false)]);
        let m = mastery_by_domain(&library, &cards, &wrong, &s, now);
        assert_eq!(
            m.iter().find(|(d, _, _)| *d == Domain::Cost).unwrap().1,
            0.0
        );
        let counts = deck_counts(&library, &cards, now);
        assert_eq!(
            counts[0].2,
            DeckCounts {
                new: 1,
                due: 0,
                learned: 1
            }
        );
    }
}
