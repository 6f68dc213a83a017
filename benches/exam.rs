//! Mock exam assembly speed: 20,000 synthetic scenario questions across the four domains, with
//! random exam history and weakness, assembled into a default 65-question exam. Target: under
//! 20 ms. Run with `cargo bench --bench exam`.

use std::time::{Duration, Instant};

use rand::rngs::StdRng;
use rand::{RngExt, SeedableRng};
use saa::deck::{Domain, Id, Kind, QuestionKey};
use saa::exam::{Blueprint, Candidate, assemble};

fn median(mut runs: Vec<Duration>) -> Duration {
    runs.sort();
    runs[runs.len() / 2]
}

fn candidates(n: usize) -> Vec<Candidate> {
    let mut rng = StdRng::seed_from_u64(2024);
    (0..n)
        .map(|i| {
            let domain = Domain::ALL[i % Domain::ALL.len()];
            let multi = rng.random_range(0..5) == 0;
            Candidate {
                key: QuestionKey {
                    deck: Id::parse(&format!("deck-{}", i / 400)).expect("deck id"),
                    question: Id::parse(&format!("q-{i}")).expect("question id"),
                },
                domain,
                kind: if multi { Kind::Multi } else { Kind::Single },
                choice_count: if multi { 5 } else { 4 },
                seen_in_exam: rng.random_range(0..3) == 0,
                weakness: rng.random_range(0.0..=1.0),
            }
        })
        .collect()
}

fn main() {
    let n = 20_000;
    let pool = candidates(n);
    let blueprint = Blueprint::default();
    let runs = 20;
    let mut items = 0;
    let time = median(
        (0..runs)
            .map(|seed| {
                let start = Instant::now();
                let exam = assemble(&pool, &blueprint, seed);
                let elapsed = start.elapsed();
                items = exam.items.len();
                std::hint::black_box(exam);
                elapsed
            })
            .collect(),
    );
    assert_eq!(items, blueprint.questions);
    println!(
        "assemble {items} from {n}: {:.2} ms (median of {runs})",
        time.as_secs_f64() * 1e3
    );
}
