//! The study queue: due relearning first, then due reviews (lowest retrievability first),
//! interleaved with new questions within the daily limits.

use std::collections::HashMap;

use jiff::Timestamp;

use crate::deck::{Deck, Domain, Kind, Question, QuestionKey};
use crate::sched::{CardState, Phase, Scheduler};

/// Which questions a session draws from; empty lists mean "all".
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    pub decks: Vec<String>,
    pub topics: Vec<String>,
    pub domains: Vec<Domain>,
    /// When set, only these questions (leeches, recent misses).
    pub only: Option<std::collections::BTreeSet<QuestionKey>>,
}

impl Filter {
    pub fn matches(&self, deck: &Deck, question: &Question) -> bool {
        let listed = self.only.as_ref().is_none_or(|only| {
            only.iter()
                .any(|k| k.deck == deck.id && k.question == question.id)
        });
        listed
            && (self.decks.is_empty() || self.decks.iter().any(|d| d == deck.id.as_str()))
            && (self.domains.is_empty() || self.domains.contains(&question.domain))
            && (self.topics.is_empty() || question.topics.iter().any(|t| self.topics.contains(t)))
    }
}

/// Questions with at least `threshold` lapses.
pub fn leeches(
    cards: &HashMap<QuestionKey, CardState>,
    threshold: u32,
) -> std::collections::BTreeSet<QuestionKey> {
    cards
        .iter()
        .filter(|(_, c)| c.lapses >= threshold)
        .map(|(k, _)| k.clone())
        .collect()
}

/// With an exam plan: questions already studied whose predicted recall at the start of exam
/// day is below the plan's target, or whose latest answer was wrong (`last_right`). Empty
/// without a plan.
pub fn at_risk(
    cards: &HashMap<QuestionKey, CardState>,
    last_right: &HashMap<QuestionKey, bool>,
    scheduler: &Scheduler,
) -> std::collections::BTreeSet<QuestionKey> {
    let (Some(plan), Some(exam_day)) = (scheduler.plan(), scheduler.exam_day()) else {
        return Default::default();
    };
    let exam_start = scheduler.days().start_of(exam_day);
    cards
        .iter()
        .filter(|(_, c)| c.phase != Phase::New && !c.suspended)
        .filter(|(k, c)| {
            !last_right.get(*k).copied().unwrap_or(false)
                || scheduler.retrievability(c, exam_start) < plan.target
        })
        .map(|(k, _)| k.clone())
        .collect()
}

/// Questions answered wrong (in any mode) at or after `since`.
pub fn recent_misses(
    reviews: &[crate::study::ReviewRow],
    since: Timestamp,
) -> std::collections::BTreeSet<QuestionKey> {
    reviews
        .iter()
        .filter(|r| !r.correct && r.reviewed_at >= since)
        .map(|r| r.key.clone())
        .collect()
}

pub struct QueueInput<'a> {
    pub decks: &'a [&'a Deck],
    pub cards: &'a HashMap<QuestionKey, CardState>,
    pub scheduler: &'a Scheduler,
    pub filter: &'a Filter,
    pub now: Timestamp,
    /// New questions already introduced today, and reviews already done today.
    pub new_today: u32,
    pub reviews_today: u32,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Queue {
    /// What to ask now, in order.
    pub items: Vec<QuestionKey>,
    /// Questions in a learning step that come due later today, with when.
    pub learning_later: Vec<(QuestionKey, Timestamp)>,
    pub learning: usize,
    pub reviews: usize,
    pub new: usize,
}

/// New questions allowed today: the configured number, or with an exam plan as many as keep
/// every unseen question (in every deck) introduced by the plan's buffer before the exam.
pub fn new_limit(input: &QueueInput<'_>) -> u32 {
    let s = input.scheduler;
    let today = s.days().day(input.now);
    match (s.plan(), s.exam_day()) {
        (Some(plan), Some(exam_day)) if today < exam_day => {
            let unseen = input
                .decks
                .iter()
                .flat_map(|d| d.questions.iter().map(|q| d.key(q)))
                .filter(|k| input.cards.get(k).is_none_or(|c| c.phase == Phase::New))
                .count();
            let at_start_of_day = unseen + input.new_today as usize;
            crate::sched::plan::new_per_day(at_start_of_day, today, exam_day, plan.buffer_days)
        }
        _ => s.config().new_per_day,
    }
}

pub fn build_queue(input: &QueueInput<'_>) -> Queue {
    let now = input.now;
    let config = input.scheduler.config();
    let end_of_today = input
        .scheduler
        .days()
        .start_of(input.scheduler.days().day(now) + 1);
    let mut learning = Vec::new();
    let mut learning_later = Vec::new();
    let mut reviews = Vec::new();
    let mut new = Vec::new();
    let fresh = CardState::new();
    for deck in input.decks {
        for question in &deck.questions {
            if !input.filter.matches(deck, question) {
                continue;
            }
            let key = deck.key(question);
            let card = input.cards.get(&key).unwrap_or(&fresh);
            if !card.is_active(now) {
                continue;
            }
            match (card.phase, card.due) {
                (Phase::New, _) => new.push((key, question.kind())),
                (Phase::Learning | Phase::Relearning, Some(due)) if due <= now => {
                    learning.push((due, key))
                }
                (Phase::Learning | Phase::Relearning, Some(due)) if due < end_of_today => {
                    learning_later.push((key, due));
                }
                (Phase::Review, Some(due)) if due <= now => {
                    let r = input.scheduler.retrievability(card, now);
                    reviews.push((r, due, key));
                }
                _ => {}
            }
        }
    }
    learning.sort_by_key(|a| a.0);
    // Lowest predicted recall first; among equals, the most overdue.
    reviews.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
    // A list the learner picked (an exam's misses, leeches) is studied whole: the daily limits
    // pace open-ended study, not a deliberate choice.
    let chosen = input.filter.only.is_some();
    if !chosen {
        reviews.truncate(config.reviews_per_day.saturating_sub(input.reviews_today) as usize);
    }
    let mut new = round_robin_by_deck(new);
    if !chosen {
        new.truncate(new_limit(input).saturating_sub(input.new_today) as usize);
    }
    learning_later.sort_by_key(|a| a.1);

    let mut queue = Queue {
        learning: learning.len(),
        reviews: reviews.len(),
        new: new.len(),
        learning_later,
        items: learning.into_iter().map(|(_, k)| k).collect(),
    };
    queue.items.extend(interleave(
        reviews.into_iter().map(|(_, _, k)| k).collect(),
        new,
    ));
    queue
}

/// New questions one deck at a time in turn, each deck in authored order, so a session over
/// every deck mixes topics.
/// New questions in a mixed but fixed order: decks take turns, and within a deck its kinds
/// (single, multi, flashcard, typed) take turns, each in the author's order. A deck file lists
/// its scenarios first and its flashcards last; a new learner meets every kind from day one.
fn round_robin_by_deck(new: Vec<(QuestionKey, Kind)>) -> Vec<QuestionKey> {
    let mut decks: Vec<Vec<std::collections::VecDeque<(QuestionKey, Kind)>>> = Vec::new();
    for (key, kind) in new {
        let at = decks
            .iter()
            .position(|d| {
                d.first()
                    .and_then(|g| g.front())
                    .is_some_and(|(k, _)| k.deck == key.deck)
            })
            .unwrap_or_else(|| {
                decks.push(Vec::new());
                decks.len() - 1
            });
        let deck = &mut decks[at];
        match deck
            .iter_mut()
            .find(|g| g.front().is_some_and(|(_, k)| *k == kind))
        {
            Some(group) => group.push_back((key, kind)),
            None => deck.push(std::collections::VecDeque::from([(key, kind)])),
        }
    }
    let mut per_deck: Vec<std::collections::VecDeque<QuestionKey>> = decks
        .into_iter()
        .map(|mut groups| {
            let mut order = std::collections::VecDeque::new();
            while groups.iter().any(|g| !g.is_empty()) {
                for group in &mut groups {
                    order.extend(group.pop_front().map(|(k, _)| k));
                }
            }
            order
        })
        .collect();
    let mut out = Vec::new();
    while per_deck.iter().any(|d| !d.is_empty()) {
        for deck in &mut per_deck {
            out.extend(deck.pop_front());
        }
    }
    out
}

/// Spreads `new` evenly through `reviews`.
fn interleave(reviews: Vec<QuestionKey>, new: Vec<QuestionKey>) -> Vec<QuestionKey> {
    if reviews.is_empty() || new.is_empty() {
        return reviews.into_iter().chain(new).collect();
    }
    let total = reviews.len() + new.len();
    let mut out = Vec::with_capacity(total);
    let (mut r, mut n) = (reviews.into_iter(), new.into_iter());
    let (mut placed_new, new_len) = (0usize, n.len());
    for i in 0..total {
        // Place a new question whenever the share of new ones so far falls behind.
        let want_new = (i + 1) * new_len / total > placed_new;
        let next = if want_new {
            n.next().or_else(|| r.next())
        } else {
            r.next().or_else(|| n.next())
        };
        if want_new {
            placed_new += 1;
        }
        out.extend(next);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::deck::parse_deck_str;
    use crate::sched::{DayClock, Rating, SchedConfig};
    use jiff::SignedDuration;

    fn deck(n: usize) -> Deck {
        let mut src = String::from("[deck]\nid = \"d\"\ntitle = \"D\"\n");
        for i in 0..n {
            let domain = ["secure", "cost"][i % 2];
            src.push_str(&format!(
                "[[question]]\nid = \"q{i}\"\nkind = \"card\"\ndomain = \"{domain}\"\ntopics = [\"t{}\"]\nprompt = \"P{i}\"\nanswer = \"A\"\n",
                i % 3
            ));
        }
        parse_deck_str(&src).deck.unwrap()
    }

    fn key(i: usize) -> QuestionKey {
        QuestionKey {
            deck: crate::deck::Id::parse("d").unwrap(),
            question: crate::deck::Id::parse(&format!("q{i}")).unwrap(),
        }
    }

    fn t0() -> Timestamp {
        "2026-11-29T09:00:00Z".parse().unwrap()
    }

    #[test]
    fn order_is_learning_then_reviews_by_retrievability_with_new_interleaved() {
        let s = Scheduler::new(
            &[],
            SchedConfig {
                new_per_day: 2,
                ..SchedConfig::default()
            },
            DayClock::utc(4),
        )
        .unwrap();
        let d = deck(8);
        let mut cards = HashMap::new();
        let past = t0()
            .checked_sub(SignedDuration::from_hours(24 * 30))
            .unwrap();
        // q0, q1: reviews learned 30 days ago; q1 was harder (lower stability) so it comes first.
        cards.insert(
            key(0),
            s.answer("d/q0", &CardState::new(), Rating::Easy, past)
                .unwrap(),
        );
        cards.insert(
            key(1),
            s.answer("d/q1", &CardState::new(), Rating::Hard, past)
                .unwrap(),
        );
        // q2: missed 20 minutes ago (learning, due); q3: missed just now (due later today).
        let missed = t0().checked_sub(SignedDuration::from_mins(20)).unwrap();
        cards.insert(
            key(2),
            s.answer("d/q2", &CardState::new(), Rating::Again, missed)
                .unwrap(),
        );
        cards.insert(
            key(3),
            s.answer("d/q3", &CardState::new(), Rating::Again, t0())
                .unwrap(),
        );
        // q4 suspended.
        cards.insert(
            key(4),
            CardState {
                suspended: true,
                ..CardState::new()
            },
        );
        let decks = [&d];
        let filter = Filter::default();
        let q = build_queue(&QueueInput {
            decks: &decks,
            cards: &cards,
            scheduler: &s,
            filter: &filter,
            now: t0(),
            new_today: 0,
            reviews_today: 0,
        });
        assert_eq!(q.items[0], key(2));
        assert_eq!((q.learning, q.reviews, q.new), (1, 2, 2));
        let reviews: Vec<_> = q
            .items
            .iter()
            .filter(|k| **k == key(0) || **k == key(1))
            .collect();
        assert_eq!(reviews, vec![&key(1), &key(0)]);
        assert_eq!(
            q.learning_later,
            vec![(key(3), cards[&key(3)].due.unwrap())]
        );
        assert!(!q.items.contains(&key(4)));
        // New ones are spread, not all at the end.
        assert_eq!(q.items.len(), 5);
        let is_new = |k: &QuestionKey| ![key(0), key(1), key(2)].contains(k);
        assert!(q.items[1..4].iter().any(is_new), "{:?}", q.items);
    }

    #[test]
    fn new_questions_mix_kinds_instead_of_following_file_order() {
        let s = Scheduler::new(&[], SchedConfig::default(), DayClock::utc(4)).unwrap();
        // A deck whose file lists 20 scenario questions, then 20 flashcards.
        let mut src = String::from("[deck]\nid = \"m\"\ntitle = \"M\"\n");
        for i in 0..40 {
            if i < 20 {
                src.push_str(&format!("[[question]]\nid = \"s{i}\"\ndomain = \"cost\"\nprompt = \"S{i}\"\n[[question.choice]]\ntext = \"A\"\ncorrect = true\n[[question.choice]]\ntext = \"B\"\n"));
            } else {
                src.push_str(&format!("[[question]]\nid = \"c{i}\"\nkind = \"card\"\ndomain = \"cost\"\nprompt = \"C{i}\"\nanswer = \"A\"\n"));
            }
        }
        let d = parse_deck_str(&src).deck.unwrap();
        let decks = [&d];
        let empty = HashMap::new();
        let input = QueueInput {
            decks: &decks,
            cards: &empty,
            scheduler: &s,
            filter: &Filter::default(),
            now: t0(),
            new_today: 0,
            reviews_today: 0,
        };
        let first = build_queue(&input);
        let cards = first.items[..10]
            .iter()
            .filter(|k| k.question.as_str().starts_with('c'))
            .count();
        assert!((2..=8).contains(&cards), "{:?}", &first.items[..10]);
        // The same order every time.
        assert_eq!(build_queue(&input).items, first.items);
    }

    #[test]
    fn daily_limits_and_filters() {
        let s = Scheduler::new(&[], SchedConfig::default(), DayClock::utc(4)).unwrap();
        let d = deck(30);
        let decks = [&d];
        let cards = HashMap::new();
        let all = Filter::default();
        let input = |filter, new_today| QueueInput {
            decks: &decks,
            cards: &cards,
            scheduler: &s,
            filter,
            now: t0(),
            new_today,
            reviews_today: 0,
        };
        assert_eq!(build_queue(&input(&all, 0)).new, 20);
        assert_eq!(build_queue(&input(&all, 15)).new, 5);
        assert_eq!(build_queue(&input(&all, 25)).new, 0);
        let cost = Filter {
            domains: vec![Domain::Cost],
            topics: vec!["t0".into()],
            ..Filter::default()
        };
        let q = build_queue(&input(&cost, 0));
        // Odd indices are cost; of those, i % 3 == 0 have topic t0: 3, 9, 15, 21, 27.
        let mut items = q.items.clone();
        items.sort_by_key(|k| k.question.as_str()[1..].parse::<u32>().unwrap_or(0));
        assert_eq!(items, vec![key(3), key(9), key(15), key(21), key(27)]);
        let other = Filter {
            decks: vec!["nope".into()],
            ..Filter::default()
        };
        assert!(build_queue(&input(&other, 0)).items.is_empty());
    }

    #[test]
    fn leeches_and_recent_misses_select_questions() {
        let s = Scheduler::new(&[], SchedConfig::default(), DayClock::utc(4)).unwrap();
        let mut cards = HashMap::new();
        cards.insert(
            key(1),
            CardState {
                lapses: 8,
                ..CardState::new()
            },
        );
        cards.insert(
            key(2),
            CardState {
                lapses: 7,
                ..CardState::new()
            },
        );
        assert_eq!(
            leeches(&cards, s.config().leech_lapses),
            [key(1)].into_iter().collect()
        );
        let row = |k: QuestionKey, correct: bool, mins: i64| crate::study::ReviewRow {
            id: format!("{k}{mins}"),
            key: k,
            reviewed_at: t0().checked_add(SignedDuration::from_mins(mins)).unwrap(),
            rating: if correct { Rating::Good } else { Rating::Again },
            mode: crate::sched::Mode::Study,
            correct,
            picked: String::new(),
            elapsed_ms: 0,
            phase: Phase::New,
            memory: None,
            interval_days: 0,
            due: None,
        };
        let log = vec![
            row(key(3), false, -100),
            row(key(4), false, 5),
            row(key(5), true, 6),
        ];
        assert_eq!(recent_misses(&log, t0()), [key(4)].into_iter().collect());
        // A filter with `only` keeps just those questions.
        let d = deck(8);
        let decks = [&d];
        let filter = Filter {
            only: Some([key(4)].into_iter().collect()),
            ..Filter::default()
        };
        let empty = HashMap::new();
        let q = build_queue(&QueueInput {
            decks: &decks,
            cards: &empty,
            scheduler: &s,
            filter: &filter,
            now: t0(),
            new_today: 0,
            reviews_today: 0,
        });
        assert_eq!(q.items, vec![key(4)]);
        // A chosen list is studied whole, even past the day's new-question limit.
        let all = Filter {
            only: Some((0..8).map(key).collect()),
            ..Filter::default()
        };
        let q = build_queue(&QueueInput {
            decks: &decks,
            cards: &empty,
            scheduler: &s,
            filter: &all,
            now: t0(),
            new_today: 10_000,
            reviews_today: 10_000,
        });
        assert_eq!(q.items.len(), 8);
    }

    #[test]
    fn an_exam_plan_paces_new_questions_to_finish_before_its_buffer() {
        let s = Scheduler::new(&[], SchedConfig::default(), DayClock::utc(4)).unwrap();
        let d = deck(100);
        let decks = [&d];
        let empty = HashMap::new();
        let today = s.days().day(t0());
        // Exam in 17 days with a 7-day buffer: 100 questions over 10 days, 10 a day.
        let exam = s.days().date(today + 17);
        let planned = Scheduler::new(&[], SchedConfig::default(), DayClock::utc(4))
            .unwrap()
            .with_plan(Some(crate::sched::ExamPlan::new(exam)));
        let all = Filter::default();
        let input = |scheduler, new_today| QueueInput {
            decks: &decks,
            cards: &empty,
            scheduler,
            filter: &all,
            now: t0(),
            new_today,
            reviews_today: 0,
        };
        assert_eq!(new_limit(&input(&s, 0)), 20, "no plan: the configured 20");
        assert_eq!(new_limit(&input(&planned, 0)), 10);
        // Four introduced earlier today (104 unseen at the day's start): 11 today, 7 more.
        assert_eq!(build_queue(&input(&planned, 4)).new, 7);
    }

    #[test]
    fn at_risk_means_low_recall_on_exam_day_or_a_last_answer_missed() {
        let base = Scheduler::new(&[], SchedConfig::default(), DayClock::utc(4)).unwrap();
        let today = base.days().day(t0());
        let exam = base.days().date(today + 2);
        let s = Scheduler::new(&[], SchedConfig::default(), DayClock::utc(4))
            .unwrap()
            .with_plan(Some(crate::sched::ExamPlan::new(exam)));
        let answered_long_ago = base
            .answer(
                "d/q0",
                &CardState::new(),
                Rating::Good,
                t0() - SignedDuration::from_hours(24 * 30),
            )
            .unwrap();
        let just_now = base
            .answer("d/q1", &CardState::new(), Rating::Easy, t0())
            .unwrap();
        let cards = HashMap::from([
            (key(0), answered_long_ago),
            (key(1), just_now.clone()),
            (key(2), just_now),
        ]);
        let last_right = HashMap::from([(key(0), true), (key(1), true), (key(2), false)]);
        let risky = at_risk(&cards, &last_right, &s);
        assert_eq!(risky, [key(0), key(2)].into_iter().collect());
        assert!(
            at_risk(&cards, &last_right, &base).is_empty(),
            "no plan, no risk list"
        );
    }
}
