//! The commands as a learner runs them: the release binary as a whole process on generated
//! workloads, median wall time and peak memory (from `/usr/bin/time`) of five runs each.
//! Run with `cargo bench --bench commands` (it builds the release binary first).
//!
//! Workloads (the performance issue's four rows, and a normal learner's year):
//! - `deck check` of 50 files of 400 flashcards (20,000 cards);
//! - `deck check` of one 50 MB deck (peak memory at most 4x the file);
//! - `import reviews` of 200,000 reviews over those 20,000 questions into an empty data dir;
//! - `stats --json` with those decks and that history;
//! - the app to its first frame (in a pseudo-terminal) on that workload, and the same and
//!   `stats --json` with the parsed-deck cache empty (the first start after an install);
//! - a year of daily study: the bundled decks and 40,000 reviews, `stats --json`, the first
//!   frame, `export reviews`, `export all`, importing the same year again, `sync`, `backup`
//!   and `deck list`.

mod common;

use std::path::Path;
use std::process::Command;

/// The app to its first drawn frame, in a pseudo-terminal (`script`), as a learner starts it:
/// (median seconds, median peak MiB).
fn first_frame(saa: &Path, args: &[&str], runs: usize) -> (f64, f64) {
    first_frame_after(saa, args, runs, &|| {})
}

/// `first_frame`, with `before_each` run before each start.
fn first_frame_after(saa: &Path, args: &[&str], runs: usize, before_each: &dyn Fn()) -> (f64, f64) {
    let mut line = saa.display().to_string();
    for a in args {
        line.push(' ');
        line.push_str(a);
    }
    let script_args = ["-qec", line.as_str(), "/dev/null"];
    measure_program(Path::new("script"), &script_args, runs, before_each)
}

/// (median seconds, median peak MiB) of `runs` runs of `saa args...`.
fn measure(saa: &Path, args: &[&str], runs: usize, before_each: &dyn Fn()) -> (f64, f64) {
    measure_program(saa, args, runs, before_each)
}

fn measure_program(
    program: &Path,
    args: &[&str],
    runs: usize,
    before_each: &dyn Fn(),
) -> (f64, f64) {
    let mut times = Vec::new();
    let mut peaks = Vec::new();
    for _ in 0..runs {
        before_each();
        let out = Command::new("/usr/bin/time")
            .args(["-f", "%e %M"])
            .arg(program)
            .args(args)
            .env("SAA_CONFIG", "/dev/null")
            .env("SAA_QUIT_AFTER_FIRST_FRAME", "1")
            .env_remove("SAA_DECKS")
            .output()
            .expect("run saa under /usr/bin/time");
        let err = String::from_utf8_lossy(&out.stderr);
        let last = err.lines().last().unwrap_or_default();
        let mut fields = last.split_whitespace();
        let secs: f64 = fields
            .next()
            .and_then(|s| s.parse().ok())
            .unwrap_or(f64::NAN);
        let kb: f64 = fields
            .next()
            .and_then(|s| s.parse().ok())
            .unwrap_or(f64::NAN);
        times.push(secs);
        peaks.push(kb / 1024.0);
    }
    let median = |mut v: Vec<f64>| {
        v.sort_by(f64::total_cmp);
        v[v.len() / 2]
    };
    (median(times), median(peaks))
}

fn main() {
    let status = Command::new(env!("CARGO"))
        .args(["build", "--release", "--quiet"])
        .status()
        .expect("cargo build --release");
    assert!(status.success());
    let saa = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/release/saa");
    let work = tempfile::tempdir().expect("temp dir");
    // SAA_BENCH_KEEP=DIR: the workload is written there and kept, to profile by hand.
    let kept = std::env::var_os("SAA_BENCH_KEEP").map(std::path::PathBuf::from);
    let work_path = kept.unwrap_or_else(|| work.path().to_path_buf());
    let _ = std::fs::create_dir_all(&work_path);
    let decks = work_path.as_path().join("decks");
    let _ = std::fs::remove_dir_all(&decks);
    std::fs::create_dir(&decks).expect("decks dir");
    for d in 0..50 {
        std::fs::write(
            decks.join(format!("cards-{d}.toml")),
            common::flashcard_toml(d, 400),
        )
        .expect("write deck");
    }
    let log = work_path.as_path().join("reviews.jsonl");
    std::fs::write(&log, common::reviews_jsonl(50, 400, 200_000)).expect("write log");
    let data = work_path.as_path().join("data");
    let s = |p: &Path| p.to_string_lossy().into_owned();
    let (decks_s, log_s, data_s) = (s(&decks), s(&log), s(&data));
    let fresh = || {
        let _ = std::fs::remove_dir_all(&data);
    };
    let nothing = || {};
    let report = |what: &str, (secs, mib): (f64, f64)| {
        println!("  {what:<58} {:>7.0} ms {:>6.0} MiB", secs * 1000.0, mib);
    };
    println!("whole commands, median of 5 (wall, peak RSS):");
    report(
        "deck check: 50 files, 20,000 flashcards",
        measure(&saa, &["deck", "check", &decks_s], 5, &nothing),
    );
    // One very large deck: peak memory must stay within a small multiple of the file (the
    // parser reads it a question at a time).
    let big = work_path.as_path().join("big.toml");
    let mut questions = 40_000;
    std::fs::write(&big, common::deck_toml(0, questions)).expect("write big deck");
    let size = std::fs::metadata(&big).map(|m| m.len()).unwrap_or(0) as f64;
    if size < 50e6 {
        questions = (questions as f64 * 50e6 / size).ceil() as usize;
        std::fs::write(&big, common::deck_toml(0, questions)).expect("write big deck");
    }
    let size_mib = std::fs::metadata(&big).map(|m| m.len()).unwrap_or(0) as f64 / 1048576.0;
    let (secs, mib) = measure(&saa, &["deck", "check", &s(&big)], 3, &nothing);
    report(
        &format!("deck check: one {size_mib:.0} MiB deck, {questions} questions"),
        (secs, mib),
    );
    const BOUND: f64 = 4.0;
    println!(
        "    peak is {:.1}x the file (bound {BOUND}x)",
        mib / size_mib
    );
    assert!(mib <= BOUND * size_mib, "a large deck costs {mib:.0} MiB");
    report(
        "import reviews: 200,000 over 20,000 questions, empty dir",
        measure(
            &saa,
            &["--data-dir", &data_s, "import", "reviews", &log_s],
            5,
            &fresh,
        ),
    );
    let stats_at_scale = [
        "--data-dir",
        &data_s,
        "--decks",
        &decks_s,
        "stats",
        "--json",
    ];
    report(
        "stats --json: 20,000 questions, 200,000 reviews",
        measure(&saa, &stats_at_scale, 5, &nothing),
    );
    report(
        "first frame: 20,000 questions, 200,000 reviews",
        first_frame(&saa, &["--data-dir", &data_s, "--decks", &decks_s], 5),
    );
    // The first start after installing saa or editing every deck: nothing is in the
    // parsed-deck cache yet, so every deck is parsed (and kept for the next start).
    let cache = data.join("cache");
    let uncached = || {
        let _ = std::fs::remove_dir_all(&cache);
    };
    report(
        "  the same, every deck parsed (parsed-deck cache empty)",
        first_frame_after(
            &saa,
            &["--data-dir", &data_s, "--decks", &decks_s],
            5,
            &uncached,
        ),
    );
    report(
        "  stats --json, every deck parsed (parsed-deck cache empty)",
        measure(&saa, &stats_at_scale, 5, &uncached),
    );
    // A year of daily study on the bundled decks: about 110 answers a day.
    let year = work_path.as_path().join("year.jsonl");
    let bundled = saa::catalog::Catalog::load(&[]);
    let keys: Vec<String> = bundled
        .decks
        .iter()
        .flat_map(|d| {
            d.deck
                .questions
                .iter()
                .map(move |q| (d.deck.id.to_string(), q.id.to_string()))
        })
        .map(|(d, q)| format!(r#""deck":"{d}","question":"{q}""#))
        .collect();
    let mut text = String::new();
    for i in 0..40_000usize {
        let at = jiff::Timestamp::from_second(1_735_689_600 + i as i64 * 780).unwrap_or_default();
        let rating = [3, 3, 1, 3, 4][i % 5];
        text.push_str(&format!(
            r#"{{"id":"y{i}",{},"reviewed_at":"{at}","rating":{rating},"mode":"study","correct":{},"elapsed_ms":4000,"picked":"[]"}}"#,
            keys[i % keys.len()],
            rating > 1
        ));
        text.push('\n');
    }
    std::fs::write(&year, text).expect("write year");
    let learner = work_path.as_path().join("learner");
    let learner_s = s(&learner);
    let _ = Command::new(&saa)
        .args(["--data-dir", &learner_s, "import", "reviews", &s(&year)])
        .env("SAA_CONFIG", "/dev/null")
        .output();
    report(
        "a year of study (bundled decks, 40,000 reviews): stats --json",
        measure(
            &saa,
            &["--data-dir", &learner_s, "stats", "--json"],
            5,
            &nothing,
        ),
    );
    report(
        "a year of study: first frame",
        first_frame(&saa, &["--data-dir", &learner_s], 5),
    );
    report(
        "a year of study: export reviews",
        measure(
            &saa,
            &[
                "--data-dir",
                &learner_s,
                "export",
                "reviews",
                "--out",
                &s(&work_path.as_path().join("out.jsonl")),
            ],
            5,
            &nothing,
        ),
    );
    report(
        "a year of study: export all",
        measure(
            &saa,
            &[
                "--data-dir",
                &learner_s,
                "export",
                "all",
                "--out",
                &s(&work_path.as_path().join("all.jsonl")),
            ],
            5,
            &nothing,
        ),
    );
    report(
        "a year of study: import reviews of the same year (all present)",
        measure(
            &saa,
            &["--data-dir", &learner_s, "import", "reviews", &s(&year)],
            5,
            &nothing,
        ),
    );
    // A sync folder no other machine writes to: this machine's file is written once, then
    // found up to date.
    let folder = work_path.as_path().join("sync");
    let _ = std::fs::remove_dir_all(&folder);
    std::fs::create_dir(&folder).expect("sync folder");
    report(
        "a year of study: sync",
        measure(
            &saa,
            &["--data-dir", &learner_s, "sync", &s(&folder)],
            5,
            &nothing,
        ),
    );
    report(
        "a year of study: backup",
        measure(&saa, &["--data-dir", &learner_s, "backup"], 5, &nothing),
    );
    report(
        "a year of study: deck list",
        measure(
            &saa,
            &["--data-dir", &learner_s, "deck", "list"],
            5,
            &nothing,
        ),
    );
    report(
        "bundled decks: deck check decks/",
        measure(
            &saa,
            &[
                "deck",
                "check",
                concat!(env!("CARGO_MANIFEST_DIR"), "/decks"),
            ],
            5,
            &nothing,
        ),
    );
}
