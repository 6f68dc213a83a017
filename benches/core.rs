//! Scheduling and store speed on a large synthetic history. Run with `cargo bench --bench core`.
//! Targets: record an answer (schedule + transaction) median under 2 ms; build the queue over
//! 20,000 questions with 200,000 reviews under 50 ms; import and replay 200,000 reviews under 3 s.

mod common;

use std::collections::HashMap;
use std::time::{Duration, Instant};

use jiff::{SignedDuration, Timestamp};
use saa::deck::{Library, parse_deck_str};
use saa::sched::{CardState, DayClock, Mode, Phase, Rating, SchedConfig, Scheduler};
use saa::store::Store;
use saa::study::{Filter, QueueInput, ReviewRow, build_queue};

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn main() {
    let decks: Vec<_> = (0..50)
        .map(|d| {
            parse_deck_str(&common::deck_toml(d, 400))
                .deck
                .expect("synthetic deck")
        })
        .collect();
    let library = Library::new(decks);
    let scheduler =
        Scheduler::new(&[], SchedConfig::default(), DayClock::utc(4)).expect("scheduler");
    let start: Timestamp = "2026-01-01T09:00:00Z".parse().expect("time");

    // 200,000 reviews: 10 per question for 20,000 questions, spread over 300 days.
    let mut rows = Vec::with_capacity(200_000);
    let mut cards: HashMap<_, CardState> = HashMap::new();
    let keys: Vec<_> = library.questions().map(|(k, _, _)| k).collect();
    let mut seed = 7u64;
    for (n, key) in keys.iter().enumerate() {
        let mut card = CardState::new();
        let mut at = start
            .checked_add(SignedDuration::from_mins((n % 1440) as i64))
            .expect("time");
        for r in 0..10 {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            let rating = if seed >> 60 < 3 {
                Rating::Again
            } else {
                Rating::Good
            };
            let next = scheduler
                .answer(&key.to_string(), &card, rating, at)
                .expect("answer");
            rows.push(
                ReviewRow {
                    id: format!("{n}-{r}"),
                    key: key.clone(),
                    reviewed_at: at,
                    rating,
                    mode: Mode::Study,
                    correct: rating != Rating::Again,
                    picked: "[1]".into(),
                    elapsed_ms: 5000,
                    phase: Phase::New,
                    memory: None,
                    interval_days: 0,
                    due: None,
                }
                .with_states(&card, &next),
            );
            at = next
                .due
                .unwrap_or(at)
                .checked_add(SignedDuration::from_hours(1))
                .expect("time");
            card = next;
        }
        cards.insert(key.clone(), card);
    }
    println!("core: {} questions, {} reviews", library.len(), rows.len());

    let now: Timestamp = "2026-11-29T09:00:00Z".parse().expect("time");
    let decks = library.deck_refs();
    let filter = Filter::default();
    let queue_times: Vec<Duration> = (0..11)
        .map(|_| {
            let t = Instant::now();
            let q = build_queue(&QueueInput {
                decks: &decks,
                cards: &cards,
                scheduler: &scheduler,
                filter: &filter,
                now,
                new_today: 0,
                reviews_today: 0,
            });
            std::hint::black_box(q);
            t.elapsed()
        })
        .collect();
    println!(
        "  build queue (20,000 questions): {:.1} ms median",
        median(queue_times).as_secs_f64() * 1e3
    );

    let dir = tempfile::tempdir().expect("temp dir");
    let mut store = Store::open_in(dir.path()).expect("store");
    let t = Instant::now();
    let report = store.import_reviews(&rows, &scheduler).expect("import");
    println!(
        "  import + replay {} reviews into a file store: {:.2} s ({} cards rebuilt)",
        report.added,
        t.elapsed().as_secs_f64(),
        report.cards_rebuilt
    );

    let mut times = Vec::new();
    for (i, key) in keys.iter().take(300).enumerate() {
        let t = Instant::now();
        let before = store.card(key).expect("card");
        let after = scheduler
            .apply(&key.to_string(), &before, Rating::Good, Mode::Study, now)
            .expect("answer");
        let row = ReviewRow {
            id: format!("live-{i}"),
            key: key.clone(),
            reviewed_at: now,
            rating: Rating::Good,
            mode: Mode::Study,
            correct: true,
            picked: "[1]".into(),
            elapsed_ms: 4000,
            phase: Phase::New,
            memory: None,
            interval_days: 0,
            due: None,
        }
        .with_states(&before, &after);
        store.record(&row, &scheduler).expect("record");
        times.push(t.elapsed());
    }
    println!(
        "  record an answer (schedule + transaction, WAL file): {:.3} ms median",
        median(times).as_secs_f64() * 1e3
    );

    let t = Instant::now();
    let items = saa::commands::optimize::training_items(&rows[..100_000], scheduler.days());
    let trained = fsrs::compute_parameters(fsrs::ComputeParametersInput {
        train_set: items.clone(),
        ..Default::default()
    })
    .expect("train");
    let evaluated = fsrs::FSRS::new(&trained)
        .expect("fsrs")
        .evaluate(items.clone(), |_| true)
        .expect("evaluate");
    println!(
        "  optimize on 100,000 reviews ({} training items): {:.2} s, log loss {:.4}",
        items.len(),
        t.elapsed().as_secs_f64(),
        evaluated.log_loss
    );

    let stats_times: Vec<Duration> = (0..5)
        .map(|_| {
            let t = Instant::now();
            let log = saa::stats::LogSummary::of(&rows, scheduler.days(), now);
            let report = saa::stats::compute(&saa::stats::StatsInput {
                library: &library,
                cards: &cards,
                log: &log,
                exams: &[],
                scheduler: &scheduler,
                now,
            });
            std::hint::black_box(report);
            t.elapsed()
        })
        .collect();
    println!(
        "  all stats over 20,000 questions and 200,000 reviews (summing the log included): {:.1} ms median",
        median(stats_times).as_secs_f64() * 1e3
    );

    let t = Instant::now();
    let all = store.reviews().expect("reviews");
    println!(
        "  read the whole log ({} rows): {:.0} ms",
        all.len(),
        t.elapsed().as_secs_f64() * 1e3
    );
}
