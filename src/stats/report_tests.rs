//! The report's figures on a small hand-made history.

use std::collections::{BTreeSet, HashMap};

use jiff::{SignedDuration, Timestamp};

use super::*;
use crate::deck::{Id, parse_deck_str};
use crate::sched::{DayClock, Memory, Mode, Rating, SchedConfig};
use crate::stats::readiness::{MIN_EVIDENCE, estimate, scaled};
use crate::stats::{READINESS_METHOD, mastery_by_domain, render_text};
use crate::study::ReviewRow;

const NET: &str = r#"
[deck]
id = "net"
title = "Networking"

[[question]]
id = "a1"
kind = "single"
domain = "secure"
topics = ["vpc", "iam"]
prompt = "Which one keeps traffic private?"
[[question.choice]]
text = "Open the security group to 0.0.0.0/0"
[[question.choice]]
text = "Use a VPC endpoint"
correct = true
[[question.choice]]
text = "Use a NAT gateway"
[[question.choice]]
text = "Peer the VPCs"

[[question]]
id = "a2"
kind = "multi"
select = 2
domain = "resilient"
topics = ["vpc"]
prompt = "Which two survive an AZ failure?"
[[question.choice]]
text = "Multi-AZ database"
correct = true
[[question.choice]]
text = "One big instance"
[[question.choice]]
text = "Auto Scaling across AZs"
correct = true
[[question.choice]]
text = "A bigger EBS volume"

[[question]]
id = "a3"
kind = "card"
domain = "performance"
topics = ["cache"]
prompt = "What is ElastiCache?"
answer = "An in-memory cache"

[[question]]
id = "a4"
kind = "card"
domain = "cost"
topics = ["s3"]
prompt = "When is S3 Standard-IA cheaper?"
answer = "For data read rarely"
"#;

/// A deck whose questions the learner has all suspended.
const SUS: &str = r#"
[deck]
id = "sus"
title = "Suspended"

[[question]]
id = "b1"
kind = "card"
domain = "cost"
topics = ["s3"]
prompt = "Glacier retrieval tiers?"
answer = "Expedited, standard, bulk"

[[question]]
id = "b2"
kind = "card"
domain = "cost"
topics = ["s3"]
prompt = "S3 lifecycle rules?"
answer = "Transition and expire objects"
"#;

struct Fx {
    library: Library,
    sched: Scheduler,
    now: Timestamp,
}

fn fx() -> Fx {
    let decks = [NET, SUS]
        .iter()
        .map(|s| {
            let parsed = parse_deck_str(s);
            assert!(parsed.deck.is_some(), "{:?}", parsed.diagnostics);
            parsed.deck.unwrap()
        })
        .collect();
    Fx {
        library: Library::new(decks),
        sched: Scheduler::new(&[], SchedConfig::default(), DayClock::utc(4)).unwrap(),
        now: ts("2026-11-29T09:00:00Z"),
    }
}

fn ts(s: &str) -> Timestamp {
    s.parse().unwrap()
}

fn key(s: &str) -> QuestionKey {
    let (deck, question) = s.split_once('/').unwrap();
    QuestionKey {
        deck: Id::parse(deck).unwrap(),
        question: Id::parse(question).unwrap(),
    }
}

fn days(n: i64) -> SignedDuration {
    SignedDuration::from_hours(24 * n)
}

fn row(k: &str, at: &str, mode: Mode, phase: Phase, correct: bool, picked: &str) -> ReviewRow {
    ReviewRow {
        id: format!("{k}@{at}"),
        key: key(k),
        reviewed_at: ts(at),
        rating: if correct { Rating::Good } else { Rating::Again },
        mode,
        correct,
        picked: picked.to_string(),
        elapsed_ms: 5_000,
        phase,
        memory: Some(Memory {
            stability: 3.0,
            difficulty: 5.0,
        }),
        interval_days: 3,
        due: None,
    }
}

fn review(k: &str, at: &str, correct: bool) -> ReviewRow {
    row(k, at, Mode::Study, Phase::Review, correct, "[1]")
}

impl Fx {
    fn answered(&self, k: &str, rating: Rating, at: Timestamp) -> CardState {
        self.sched.answer(k, &CardState::new(), rating, at).unwrap()
    }

    /// One right study answer per card, so that mastery follows the cards' FSRS states.
    fn right_answers(&self, cards: &HashMap<QuestionKey, CardState>) -> Vec<ReviewRow> {
        cards
            .iter()
            .filter_map(|(k, c)| {
                let at = c.last_review?;
                let mut r = review(&k.to_string(), "2026-01-01T00:00:00Z", true);
                r.reviewed_at = at;
                Some(r)
            })
            .collect()
    }

    fn report(
        &self,
        cards: &HashMap<QuestionKey, CardState>,
        reviews: &[ReviewRow],
        exams: &[ExamAttempt],
    ) -> StatsReport {
        self.report_at(cards, reviews, exams, self.now)
    }

    fn report_at(
        &self,
        cards: &HashMap<QuestionKey, CardState>,
        reviews: &[ReviewRow],
        exams: &[ExamAttempt],
        now: Timestamp,
    ) -> StatsReport {
        compute(&StatsInput {
            library: &self.library,
            cards,
            log: &LogSummary::of(reviews, self.sched.days(), now),
            exams,
            scheduler: &self.sched,
            now,
        })
    }
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

#[test]
fn no_history_at_all() {
    let f = fx();
    let r = f.report(&HashMap::new(), &[], &[]);
    assert_eq!(
        r.cards,
        CardCounts {
            total: 6,
            new: 6,
            ..CardCounts::default()
        }
    );
    assert_eq!(r.due, DueCounts::default());
    assert_eq!(r.forecast, vec![0; 30]);
    assert_eq!(r.retention.last_7_days, None);
    assert_eq!(r.retention.last_30_days, None);
    assert_eq!(r.retention.desired, 0.9);
    assert_eq!(
        (r.reviews.total, r.reviews.today, r.reviews.streak_days),
        (0, 0, 0)
    );
    assert_eq!(r.reviews.heatmap, vec![0; 182]);
    // 2026-11-29 minus 181 days.
    assert_eq!(r.reviews.heatmap_start, "2026-06-01");
    assert!(r.reviews.confusions.is_empty());
    assert!(r.domains.iter().all(|d| d.seen == 0 && d.mastery == 0.0));
    assert_eq!(
        r.domains.iter().map(|d| d.questions).collect::<Vec<_>>(),
        [1, 1, 1, 3]
    );
    assert!(r.exams.is_empty());
    let rd = &r.readiness;
    assert_eq!((rd.scaled_score, rd.low, rd.high), (None, None, None));
    assert_eq!(rd.questions_needed, MIN_EVIDENCE);
    assert_eq!(estimate(rd.fraction, rd.seen), (100, 100, 1000));
    assert_eq!((rd.seen, rd.exams_used, rd.exam_fraction), (0, 0, None));
    // Gains with nothing known: vpc .30 + .26, iam .30, cache .24, s3 .20.
    let focus: Vec<(&str, u32)> = rd
        .focus
        .iter()
        .map(|t| (t.topic.as_str(), t.gain))
        .collect();
    assert_eq!(
        focus,
        [
            ("vpc", scaled(0.56) - 100),
            ("iam", scaled(0.30) - 100),
            ("cache", scaled(0.24) - 100)
        ]
    );
}

#[test]
fn an_empty_library_is_all_zero() {
    let f = Fx {
        library: Library::new(vec![]),
        ..fx()
    };
    let r = f.report(
        &HashMap::new(),
        &[review("net/a1", "2026-11-29T08:00:00Z", true)],
        &[],
    );
    assert_eq!(r.cards.total, 0);
    assert!(r.topics.is_empty() && r.readiness.focus.is_empty());
    assert!(
        r.domains
            .iter()
            .all(|d| d.questions == 0 && d.mastery == 0.0)
    );
    assert_eq!(r.readiness.scaled_score, None);
    assert_eq!(r.reviews.total, 1);
}

#[test]
fn cards_by_state() {
    let f = fx();
    let mut cards = HashMap::new();
    let young = f.answered("net/a1", Rating::Good, f.now - days(3));
    assert_eq!(young.phase, Phase::Review);
    assert!(young.interval_days < 21, "{}", young.interval_days);
    cards.insert(
        key("net/a1"),
        CardState {
            lapses: 8,
            ..young.clone()
        },
    );
    cards.insert(
        key("net/a2"),
        CardState {
            interval_days: 21,
            ..young.clone()
        },
    );
    cards.insert(key("net/a3"), f.answered("net/a3", Rating::Again, f.now));
    // a4: no card at all, so new.
    cards.insert(
        key("sus/b1"),
        CardState {
            suspended: true,
            ..CardState::new()
        },
    );
    cards.insert(
        key("sus/b2"),
        CardState {
            suspended: true,
            lapses: 9,
            ..young.clone()
        },
    );
    // A question deleted from its deck: ignored.
    cards.insert(key("gone/x"), young.clone());
    let r = f.report(&cards, &[], &[]);
    assert_eq!(
        r.cards,
        CardCounts {
            total: 6,
            new: 1,
            learning: 1,
            young: 1,
            mature: 1,
            suspended: 2,
            leeches: 2,
        }
    );
}

#[test]
fn due_counts_and_forecast() {
    let f = fx();
    let base = f.answered("net/a1", Rating::Good, f.now - days(5));
    let due_at = |at: Timestamp| CardState {
        due: Some(at),
        ..base.clone()
    };
    let mut cards = HashMap::new();
    cards.insert(key("net/a1"), due_at(f.now - days(1))); // overdue
    cards.insert(key("net/a2"), due_at(ts("2026-11-29T09:10:00Z"))); // later today
    cards.insert(key("net/a3"), due_at(ts("2026-11-30T05:00:00Z"))); // tomorrow
    cards.insert(key("net/a4"), due_at(ts("2026-11-30T03:00:00Z"))); // before the rollover
    cards.insert(
        key("sus/b1"),
        CardState {
            suspended: true,
            ..due_at(f.now - days(1))
        },
    );
    // Buried until tomorrow's rollover: due then, not now.
    cards.insert(
        key("sus/b2"),
        CardState {
            buried_until: Some(ts("2026-11-30T04:00:00Z")),
            ..due_at(f.now - SignedDuration::from_hours(1))
        },
    );
    let r = f.report(&cards, &[], &[]);
    assert_eq!(
        r.due,
        DueCounts {
            now: 1,
            today: 3,
            tomorrow: 2
        }
    );
    assert_eq!(r.forecast.len(), 30);
    assert_eq!((r.forecast[0], r.forecast[1]), (3, 2));
    assert_eq!(r.forecast.iter().sum::<usize>(), 5);

    let mut later = HashMap::new();
    later.insert(key("net/a1"), due_at(ts("2026-12-04T04:00:00Z")));
    later.insert(key("net/a2"), due_at(ts("2026-12-28T05:00:00Z"))); // day 29: last slot
    later.insert(key("net/a3"), due_at(ts("2026-12-29T05:00:00Z"))); // day 30: beyond
    let r = f.report(&later, &[], &[]);
    assert_eq!((r.forecast[5], r.forecast[29]), (1, 1));
    assert_eq!(r.forecast.iter().sum::<usize>(), 2);
    assert_eq!(r.due, DueCounts::default());
}

#[test]
fn a_suspended_decks_questions() {
    let f = fx();
    let mut cards = HashMap::new();
    for k in ["sus/b1", "sus/b2"] {
        let mut c = f.answered(k, Rating::Good, f.now - days(10));
        c.suspended = true;
        cards.insert(key(k), c);
    }
    let r = f.report(&cards, &f.right_answers(&cards), &[]);
    assert_eq!((r.cards.suspended, r.cards.new, r.cards.young), (2, 4, 0));
    // Overdue, but suspended: nothing is due.
    assert_eq!(r.due, DueCounts::default());
    assert_eq!(r.forecast.iter().sum::<usize>(), 0);
    // What was learned still counts towards mastery.
    let cost = r.domains.iter().find(|d| d.domain == Domain::Cost).unwrap();
    assert_eq!((cost.questions, cost.seen), (3, 2));
    assert!(cost.mastery > 0.0);
}

#[test]
fn retention_counts_review_phase_answers_in_study_and_exam() {
    let f = fx();
    let rows = [
        review("net/a1", "2026-11-29T08:00:00Z", true),
        row(
            "net/a1",
            "2026-11-26T10:00:00Z",
            Mode::Exam,
            Phase::Review,
            false,
            "[0]",
        ),
        review("net/a2", "2026-11-23T05:00:00Z", true), // 6 days ago
        review("net/a2", "2026-11-23T03:00:00Z", false), // before rollover: 7 days ago
        row(
            "net/a3",
            "2026-11-29T08:00:00Z",
            Mode::Cram,
            Phase::Review,
            false,
            "[]",
        ),
        row(
            "net/a3",
            "2026-11-29T08:00:00Z",
            Mode::Study,
            Phase::Learning,
            false,
            "[]",
        ),
        row(
            "net/a3",
            "2026-11-29T08:00:00Z",
            Mode::Study,
            Phase::Relearning,
            false,
            "[]",
        ),
        row(
            "net/a3",
            "2026-11-29T08:00:00Z",
            Mode::Study,
            Phase::New,
            false,
            "[]",
        ),
        review("net/a4", "2026-10-31T05:00:00Z", true), // 29 days ago
        review("net/a4", "2026-10-30T05:00:00Z", true), // 30 days ago
    ];
    let r = f.report(&HashMap::new(), &rows, &[]);
    let ret = &r.retention;
    assert_eq!((ret.reviews_7_days, ret.reviews_30_days), (3, 5));
    // Too few answers for a rate: only the counts are given.
    assert_eq!((ret.last_7_days, ret.last_30_days), (None, None));
    assert_eq!(ret.desired, 0.9);
    // The same history ten times over is enough.
    let many: Vec<ReviewRow> = rows.iter().cycle().take(rows.len() * 10).cloned().collect();
    let ret = f.report(&HashMap::new(), &many, &[]).retention;
    assert_eq!((ret.reviews_7_days, ret.reviews_30_days), (30, 50));
    assert!(close(ret.last_7_days.unwrap(), 2.0 / 3.0));
    assert!(close(ret.last_30_days.unwrap(), 0.6));
}

#[test]
fn streak_today_total_and_heatmap() {
    let f = fx();
    let mut rows = vec![
        review("net/a1", "2026-01-01T10:00:00Z", true), // older than the heatmap
        review("net/a1", "2026-11-25T10:00:00Z", true),
        review("net/a1", "2026-11-27T12:00:00Z", true),
        review("net/a1", "2026-11-29T03:00:00Z", true), // before rollover: yesterday
        row(
            "net/a2",
            "2026-11-29T08:00:00Z",
            Mode::Cram,
            Phase::New,
            false,
            "[1]",
        ),
    ];
    let r = f.report(&HashMap::new(), &rows, &[]);
    assert_eq!(
        (r.reviews.total, r.reviews.today, r.reviews.streak_days),
        (5, 1, 3)
    );
    let h = &r.reviews.heatmap;
    assert_eq!((h[181], h[180], h[179], h[178], h[177]), (1, 1, 1, 0, 1));
    assert_eq!(h.iter().sum::<u32>(), 4);

    // Nothing yet today: the streak still stands, ending yesterday.
    rows.pop();
    let r = f.report(&HashMap::new(), &rows, &[]);
    assert_eq!((r.reviews.today, r.reviews.streak_days), (0, 2));

    // Last answered two days ago: no streak.
    rows.pop();
    let r = f.report(&HashMap::new(), &rows, &[]);
    assert_eq!(r.reviews.streak_days, 0);
}

#[test]
fn only_todays_reviews() {
    let f = fx();
    let rows = [
        row(
            "net/a1",
            "2026-11-29T04:00:00Z",
            Mode::Study,
            Phase::New,
            false,
            "[0]",
        ),
        row(
            "net/a1",
            "2026-11-29T04:20:00Z",
            Mode::Study,
            Phase::Learning,
            true,
            "[1]",
        ),
        review("net/a2", "2026-11-29T05:00:00Z", true),
        review("net/a3", "2026-11-29T08:59:00Z", true),
    ];
    let r = f.report(&HashMap::new(), &rows, &[]);
    assert_eq!(
        (r.reviews.total, r.reviews.today, r.reviews.streak_days),
        (4, 4, 1)
    );
    assert_eq!(r.reviews.heatmap[181], 4);
    assert_eq!(r.reviews.heatmap.iter().sum::<u32>(), 4);
    assert_eq!(r.retention.last_7_days, None);
    assert_eq!(r.retention.last_30_days, None);
    assert_eq!(r.retention.reviews_30_days, 2);
}

#[test]
fn a_clock_that_moved_backwards() {
    let f = fx();
    let future = ts("2026-12-02T10:00:00Z");
    let mut cards = HashMap::new();
    cards.insert(key("net/a1"), f.answered("net/a1", Rating::Good, future));
    cards.insert(key("net/a2"), f.answered("net/a2", Rating::Again, future));
    let rows = [
        review("net/a1", "2026-12-02T10:00:00Z", true),
        review("net/a2", "2026-12-02T10:00:00Z", false),
        review("net/a3", "2026-11-29T08:00:00Z", true),
    ];
    let exams = [ExamAttempt {
        started_at: future,
        finished: true,
        questions: 0,
        answered: 0,
        correct: 0,
        scaled_score: 100,
        passed: false,
        domains: vec![],
        practice: false,
    }];
    let r = f.report(&cards, &rows, &exams);
    // Answers stamped in the future count as today's.
    assert_eq!(
        (r.reviews.total, r.reviews.today, r.reviews.streak_days),
        (3, 3, 1)
    );
    assert_eq!(r.reviews.heatmap[181], 3);
    assert_eq!(r.reviews.heatmap.iter().sum::<u32>(), 3);
    assert_eq!(r.retention.reviews_7_days, 3);
    // a2 is due 10 minutes after it was answered: three learner-days from now.
    assert_eq!(r.due.now, 0);
    assert!(r.forecast[3] >= 1);
    for d in &r.domains {
        assert!((0.0..=1.0).contains(&d.mastery), "{d:?}");
    }
    // An exam of zero questions is not averaged.
    assert_eq!(r.readiness.exams_used, 0);
    assert!(r.readiness.low <= r.readiness.scaled_score);
    assert!(r.readiness.scaled_score <= r.readiness.high);

    // And with `now` long before everything.
    let r = f.report_at(&cards, &rows, &exams, ts("2000-01-01T00:00:00Z"));
    assert_eq!(r.reviews.today, 3);
    assert_eq!(r.reviews.heatmap_start, "1999-07-03");
}

#[test]
fn mastery_by_domain_and_topic() {
    let f = fx();
    let mut cards = HashMap::new();
    cards.insert(
        key("net/a1"),
        f.answered("net/a1", Rating::Good, f.now - days(3)),
    );
    cards.insert(
        key("net/a3"),
        f.answered("net/a3", Rating::Good, f.now - days(1)),
    );
    let mut b1 = f.answered("sus/b1", Rating::Good, f.now - days(10));
    b1.suspended = true;
    cards.insert(key("sus/b1"), b1);
    // A card still in the new phase counts as unseen.
    cards.insert(key("net/a4"), CardState::new());
    let recall = |k: &str| f64::from(f.sched.retrievability(&cards[&key(k)], f.now));
    let (r1, r3, rb1) = (recall("net/a1"), recall("net/a3"), recall("sus/b1"));
    assert!(r1 > 0.0 && r1 < 1.0 && rb1 < r1, "{r1} {rb1}");

    let r = f.report(&cards, &f.right_answers(&cards), &[]);
    let home = mastery_by_domain(
        &f.library,
        &cards,
        &LogSummary::of(&f.right_answers(&cards), f.sched.days(), f.now).last_right(),
        &f.sched,
        f.now,
    );
    for (d, (domain, mastery, n)) in r.domains.iter().zip(&home) {
        assert_eq!((d.domain, d.questions), (*domain, *n));
        assert!(close(d.mastery, *mastery));
    }
    let seen: Vec<usize> = r.domains.iter().map(|d| d.seen).collect();
    assert_eq!(seen, [1, 0, 1, 1]);
    assert!(close(r.domains[0].mastery, r1));
    assert!(close(r.domains[3].mastery, rb1 / 3.0));

    let topics: Vec<(&str, usize, usize)> = r
        .topics
        .iter()
        .map(|t| (t.topic.as_str(), t.questions, t.seen))
        .collect();
    assert_eq!(
        topics,
        [("s3", 3, 1), ("vpc", 2, 1), ("cache", 1, 1), ("iam", 1, 1)]
    );
    assert!(close(r.topics[1].mastery, r1 / 2.0));
    assert!(close(r.topics[2].mastery, r3));
}

#[test]
fn readiness_from_mastery_alone() {
    let f = fx();
    let mut cards = HashMap::new();
    cards.insert(
        key("net/a1"),
        f.answered("net/a1", Rating::Good, f.now - days(3)),
    );
    cards.insert(
        key("net/a3"),
        f.answered("net/a3", Rating::Good, f.now - days(1)),
    );
    cards.insert(
        key("sus/b1"),
        f.answered("sus/b1", Rating::Good, f.now - days(10)),
    );
    let recall = |k: &str| f64::from(f.sched.retrievability(&cards[&key(k)], f.now));
    let (r1, r3, rb1) = (recall("net/a1"), recall("net/a3"), recall("sus/b1"));
    let p = 0.30 * r1 + 0.24 * r3 + 0.20 * rb1 / 3.0;

    let rd = f.report(&cards, &f.right_answers(&cards), &[]).readiness;
    assert!(close(rd.fraction, p) && close(rd.mastery_fraction, p));
    assert_eq!(rd.seen, 3);
    // Three questions are too few for a number: the estimate is withheld.
    assert_eq!(
        (rd.scaled_score, rd.questions_needed),
        (None, MIN_EVIDENCE - 3)
    );
    let (score, low, high) = estimate(rd.fraction, rd.seen);
    assert_eq!(score, scaled(p));
    let half = 1.96 * (p * (1.0 - p) / 3.0).sqrt();
    assert_eq!(low, scaled(p - half).min(score - 50).max(100));
    assert_eq!(high, scaled(p + half).max(score + 50).min(1000));
    assert!(high - score >= 50 && score - low >= 50);

    // vpc: a1's gap at .30 plus all of a2 at .26; s3: three questions at .20 / 3 each.
    let vpc = 0.30 * (1.0 - r1) + 0.26;
    let s3 = 0.20 / 3.0 * (2.0 + (1.0 - rb1));
    let names: Vec<&str> = rd.focus.iter().map(|t| t.topic.as_str()).collect();
    assert_eq!(&names[..2], ["vpc", "s3"]);
    assert_eq!(rd.focus[0].gain, scaled(p + vpc) - scaled(p));
    assert_eq!(rd.focus[1].gain, scaled(p + s3) - scaled(p));
    assert_eq!(rd.focus[0].questions, 2);
    assert!(close(rd.focus[0].mastery, r1 / 2.0));
}

fn attempt(at: &str, finished: bool, questions: usize, correct: usize) -> ExamAttempt {
    ExamAttempt {
        started_at: ts(at),
        finished,
        questions,
        answered: if finished { questions } else { correct + 2 },
        correct,
        scaled_score: scaled(correct as f64 / questions as f64),
        passed: correct * 100 >= questions * 72,
        domains: vec![(Domain::Secure, 75.0), (Domain::Cost, 50.0)],
        practice: false,
    }
}

#[test]
fn readiness_blends_the_last_three_finished_exams() {
    let f = fx();
    let exams = [
        attempt("2026-11-01T10:00:00Z", true, 65, 39), // 0.6, oldest: left out
        attempt("2026-11-10T10:00:00Z", true, 65, 52), // 0.8
        attempt("2026-11-05T10:00:00Z", true, 65, 26), // 0.4
        attempt("2026-11-20T10:00:00Z", true, 50, 45), // 0.9
        attempt("2026-11-25T10:00:00Z", false, 65, 8), // unfinished: left out
        // Submitted blank: not evidence, left out.
        ExamAttempt {
            answered: 0,
            ..attempt("2026-11-26T10:00:00Z", true, 65, 0)
        },
        // A practice attempt, answers checked as it went: left out.
        ExamAttempt {
            practice: true,
            ..attempt("2026-11-27T10:00:00Z", true, 65, 65)
        },
    ];
    let r = f.report(&HashMap::new(), &[], &exams);
    let rd = &r.readiness;
    assert_eq!(rd.exams_used, 3);
    assert!(close(rd.exam_fraction.unwrap(), 0.7));
    assert!(close(rd.fraction, 0.35));
    // Nothing seen: no number is shown, and the range would be the whole scale.
    assert_eq!(rd.scaled_score, None);
    assert_eq!(estimate(rd.fraction, rd.seen), (scaled(0.35), 100, 1000));
    // With half the weight on mastery, each gain is worth half as much.
    assert_eq!(rd.focus[0].gain, scaled(0.35 + 0.28) - scaled(0.35));

    let started: Vec<&str> = r.exams.iter().map(|e| e.started_at.as_str()).collect();
    assert_eq!(
        started,
        [
            "2026-11-01T10:00:00Z",
            "2026-11-05T10:00:00Z",
            "2026-11-10T10:00:00Z",
            "2026-11-20T10:00:00Z",
            "2026-11-25T10:00:00Z",
            "2026-11-26T10:00:00Z",
            "2026-11-27T10:00:00Z"
        ]
    );
    let last = &r.exams[4];
    assert_eq!((last.finished, last.answered, last.correct), (false, 10, 8));
    assert_eq!(r.exams[3].scaled_score, 900);
    assert!(r.exams[3].passed && !r.exams[1].passed);
    assert_eq!(
        last.domains,
        [
            ExamDomain {
                domain: Domain::Secure,
                percent: 75.0
            },
            ExamDomain {
                domain: Domain::Cost,
                percent: 50.0
            }
        ]
    );
}

#[test]
fn confusions_count_wrong_options_picked() {
    let f = fx();
    let wrong = |k: &str, mode: Mode, picked: &str| {
        row(
            k,
            "2026-11-28T10:00:00Z",
            mode,
            Phase::Review,
            false,
            picked,
        )
    };
    let mut rows = vec![
        wrong("net/a1", Mode::Study, "[0]"),
        wrong("net/a1", Mode::Study, "[0]"),
        wrong("net/a1", Mode::Exam, "[0]"),
        wrong("net/a1", Mode::Exam, "[2]"),
        wrong("net/a1", Mode::Cram, "[2]"),
        wrong("net/a1", Mode::Study, "[1]"), // the right option: not a confusion
        wrong("net/a1", Mode::Study, "[7]"), // no such option any more
        wrong("net/a2", Mode::Study, "[0,1]"), // 0 is right, 1 is not
        wrong("net/a2", Mode::Study, "[1,1]"), // counted once
        wrong("net/a3", Mode::Study, "[]"),
        wrong("net/a4", Mode::Study, "\"in memory\""), // typed text
        wrong("gone/x", Mode::Study, "[0]"),           // question deleted
    ];
    rows.push(row(
        "net/a1",
        "2026-11-28T11:00:00Z",
        Mode::Study,
        Phase::Review,
        true,
        "[3]",
    ));
    let r = f.report(&HashMap::new(), &rows, &[]);
    let got: Vec<(&str, usize, &str, usize)> = r
        .reviews
        .confusions
        .iter()
        .map(|c| (c.question.as_str(), c.choice, c.text.as_str(), c.count))
        .collect();
    assert_eq!(
        got,
        [
            ("net/a1", 0, "Open the security group to 0.0.0.0/0", 3),
            ("net/a1", 2, "Use a NAT gateway", 2),
            ("net/a2", 1, "One big instance", 2),
        ]
    );
}

#[test]
fn json_has_exactly_the_documented_keys() {
    let f = fx();
    let mut cards = HashMap::new();
    cards.insert(
        key("net/a1"),
        f.answered("net/a1", Rating::Good, f.now - days(3)),
    );
    let rows = [row(
        "net/a1",
        "2026-11-28T10:00:00Z",
        Mode::Study,
        Phase::Review,
        false,
        "[0]",
    )];
    let exams = [attempt("2026-11-20T10:00:00Z", true, 50, 45)];
    let r = f.report(&cards, &rows, &exams);
    let json = serde_json::to_value(&r).unwrap();
    let keys: BTreeSet<&str> = json
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    let expected: BTreeSet<&str> = [
        "cards",
        "due",
        "forecast",
        "retention",
        "reviews",
        "domains",
        "tasks",
        "topics",
        "exams",
        "readiness",
        "exam_day",
    ]
    .into_iter()
    .collect();
    assert_eq!(keys, expected);
    for k in ["now", "today", "tomorrow"] {
        assert!(json["due"][k].is_u64(), "{k}");
    }
    for k in ["last_7_days", "last_30_days", "desired"] {
        assert!(json["retention"].get(k).is_some(), "{k}");
    }
    assert!(json["retention"]["last_7_days"].is_null());
    for k in ["new", "learning", "young", "mature", "suspended", "leeches"] {
        assert!(json["cards"][k].is_u64(), "{k}");
    }
    for k in ["total", "today", "streak_days"] {
        assert!(json["reviews"][k].is_u64(), "{k}");
    }
    assert_eq!(json["reviews"]["heatmap"].as_array().unwrap().len(), 182);
    assert_eq!(json["reviews"]["confusions"][0]["count"], 1);
    assert_eq!(json["forecast"].as_array().unwrap().len(), 30);
    assert_eq!(json["domains"][0]["domain"], "secure");
    for k in ["questions", "seen", "mastery"] {
        assert!(json["domains"][0].get(k).is_some(), "{k}");
        assert!(json["topics"][0].get(k).is_some(), "{k}");
    }
    let exam = &json["exams"][0];
    for k in [
        "started_at",
        "finished",
        "questions",
        "answered",
        "correct",
        "scaled_score",
        "passed",
        "domains",
    ] {
        assert!(exam.get(k).is_some(), "{k}");
    }
    assert_eq!(exam["started_at"], "2026-11-20T10:00:00Z");
    assert_eq!(exam["domains"][0]["domain"], "secure");
    for k in ["scaled_score", "low", "high", "focus"] {
        assert!(json["readiness"].get(k).is_some(), "{k}");
    }
    // Null when there is nothing to measure.
    let empty = serde_json::to_value(f.report(&HashMap::new(), &[], &[])).unwrap();
    assert!(empty["retention"]["last_30_days"].is_null());
}

#[test]
fn plain_text_has_every_section() {
    let f = fx();
    let mut cards = HashMap::new();
    cards.insert(
        key("net/a1"),
        f.answered("net/a1", Rating::Good, f.now - days(3)),
    );
    let rows = [
        review("net/a1", "2026-11-29T08:00:00Z", true),
        row(
            "net/a1",
            "2026-11-28T10:00:00Z",
            Mode::Study,
            Phase::Review,
            false,
            "[2]",
        ),
    ];
    let exams = [
        attempt("2026-11-20T10:00:00Z", true, 50, 45),
        attempt("2026-11-25T10:00:00Z", false, 65, 8),
    ];
    let text = render_text(&f.report(&cards, &rows, &exams));
    for needle in [
        "Due: 1 now, 1 today, 0 tomorrow, 1 in the next 30 days",
        "Retention: last 7 days too few reviews for a rate (2 of 20), last 30 days too few reviews for a rate (2 of 20); desired 90%",
        "Reviews: 1 today, 2 in total; streak 2 days",
        "Questions: 6 in all: 5 new, 0 learning, 1 young, 0 mature, 0 suspended; 0 leeches",
        "Design Secure Architectures (30%)",
        "2026-11-20   900  pass  45/50 right",
        "unfinished, 10/65 answered",
        "latest by domain: secure 75%, cost 50%",
        "Readiness: est. scaled score: not enough evidence yet; answer 39 more questions",
        "focus: vpc",
        READINESS_METHOD,
        "1x  net/a1: Use a NAT gateway",
    ] {
        assert!(text.contains(needle), "missing {needle:?} in\n{text}");
    }
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    /// (question, right, mode: 0 study / 1 exam / 2 cram, hours since the previous answer)
    type Step = (usize, bool, u8, u16);

    fn figures(r: &StatsReport, q: &Question) -> Vec<f64> {
        let mut out = vec![r.readiness.fraction];
        out.extend(
            r.domains
                .iter()
                .filter(|d| d.domain == q.domain)
                .map(|d| d.mastery),
        );
        out.extend(
            r.topics
                .iter()
                .filter(|t| q.topics.contains(&t.topic))
                .map(|t| t.mastery),
        );
        out
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]
        /// Compared just before and just after an answer (same moment): a wrong answer never
        /// raises the question's domain, topic or readiness figures, a right one never lowers
        /// them, and a cram answer changes none of them.
        #[test]
        fn figures_move_with_the_evidence(steps in prop::collection::vec(
            (0usize..6, any::<bool>(), 0u8..3, 0u16..2000), 1..40)
        ) {
            let f = fx();
            let keys: Vec<QuestionKey> = f.library.questions().map(|(k, _, _)| k).collect();
            let mut cards: HashMap<QuestionKey, CardState> = HashMap::new();
            let mut rows: Vec<ReviewRow> = Vec::new();
            let mut now = ts("2026-06-01T09:00:00Z");
            for (i, (q, right, mode, hours)) in steps.into_iter().enumerate() {
                let step: Step = (q, right, mode, hours);
                now += SignedDuration::from_hours(i64::from(step.3));
                let key = keys[step.0].clone();
                let question = f.library.get(&key).unwrap().1;
                let mode = [Mode::Study, Mode::Exam, Mode::Cram][usize::from(step.2)];
                let before = f.report_at(&cards, &rows, &[], now);
                let card = cards.get(&key).cloned().unwrap_or_default();
                let rating = if step.1 { Rating::Good } else { Rating::Again };
                let next = f.sched.apply(&key.to_string(), &card, rating, mode, now).unwrap();
                let mut r = review(&key.to_string(), "2026-01-01T00:00:00Z", step.1);
                r.id = format!("r{i}");
                r.reviewed_at = now;
                r.mode = mode;
                rows.push(r.with_states(&card, &next));
                if mode != Mode::Cram {
                    cards.insert(key.clone(), next);
                }
                let after = f.report_at(&cards, &rows, &[], now);
                for (&b, a) in figures(&before, question).iter().zip(figures(&after, question)) {
                    match (mode, step.1) {
                        (Mode::Cram, _) => prop_assert!((a - b).abs() < 1e-9, "cram moved {b} -> {a}"),
                        (_, false) => prop_assert!(a <= b + 1e-9, "wrong raised {b} -> {a}"),
                        (_, true) => prop_assert!(a + 1e-9 >= b, "right lowered {b} -> {a}"),
                    }
                }
            }
        }
    }
}
