//! Deck loading speed: 20,000 questions in 50 decks (about 20 MB of TOML), loaded and validated,
//! against a bare `toml` parse of the same files. Run with `cargo bench --bench load`.

mod common;

use std::time::{Duration, Instant};

fn median(mut runs: Vec<Duration>) -> Duration {
    runs.sort();
    runs[runs.len() / 2]
}

fn main() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut bytes = 0;
    let mut paths = Vec::new();
    for deck in 0..50 {
        let text = common::deck_toml(deck, 400);
        bytes += text.len();
        let path = dir.path().join(format!("deck-{deck}.toml"));
        std::fs::write(&path, text).expect("write deck");
        paths.push(path);
    }
    let runs = 5;
    let bare = median(
        (0..runs)
            .map(|_| {
                let start = Instant::now();
                for path in &paths {
                    let text = std::fs::read_to_string(path).expect("read");
                    let table: toml::Table = toml::from_str(&text).expect("parse");
                    std::hint::black_box(table);
                }
                start.elapsed()
            })
            .collect(),
    );
    let mut questions = 0;
    let full = median(
        (0..runs)
            .map(|_| {
                let start = Instant::now();
                let catalog = saa::catalog::Catalog::load_paths(&paths);
                questions = catalog.decks.iter().map(|d| d.deck.questions.len()).sum();
                assert!(catalog.files.iter().all(|f| f.diagnostics.is_empty()));
                start.elapsed()
            })
            .collect(),
    );
    println!(
        "load: {} decks, {questions} questions, {:.1} MB",
        paths.len(),
        bytes as f64 / 1e6
    );
    println!(
        "  bare toml::from_str parse: {:>8.1} ms (median of {runs})",
        bare.as_secs_f64() * 1e3
    );
    println!(
        "  saa load + validate:       {:>8.1} ms (median of {runs})",
        full.as_secs_f64() * 1e3
    );
    println!("  ratio: {:.2}x", full.as_secs_f64() / bare.as_secs_f64());
}
