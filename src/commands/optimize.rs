//! `saa optimize`: trains FSRS parameters on the learner's own review log, and keeps them only
//! when they predict that same history better than the current ones.

use crate::commands::output::{pad, pad_left, say};
use crate::tr;
use std::collections::BTreeMap;
use std::process::ExitCode;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use anyhow::anyhow;
use fsrs::{CombinedProgressState, ComputeParametersInput, FSRS, FSRSItem, FSRSReview};

use super::common;
use crate::cli::Context;
use crate::sched::{DayClock, Mode};
use crate::store::ReviewRow;

/// Fewer training items than this give parameters no better than the defaults.
pub const MIN_ITEMS: usize = 100;

/// One training item per review made on a later day than the question's previous review, each
/// holding the question's history up to it (the fsrs crate's format). Same-day repeats stay in
/// the histories but are not predicted themselves: their recall is certain by construction,
/// which would make the log loss infinite.
pub fn training_items(reviews: &[ReviewRow], days: &DayClock) -> Vec<FSRSItem> {
    let mut by_card: BTreeMap<String, Vec<&ReviewRow>> = BTreeMap::new();
    for r in reviews.iter().filter(|r| r.mode != Mode::Cram) {
        by_card.entry(r.key.to_string()).or_default().push(r);
    }
    let mut items = Vec::new();
    for history in by_card.values() {
        let mut so_far: Vec<FSRSReview> = Vec::new();
        let mut previous = None;
        for r in history {
            let delta_t = previous
                .map(|p| days.days_between(p, r.reviewed_at))
                .unwrap_or(0);
            so_far.push(FSRSReview {
                rating: u32::from(r.rating.number()),
                delta_t,
            });
            previous = Some(r.reviewed_at);
            if so_far.len() > 1 && delta_t > 0 {
                items.push(FSRSItem {
                    reviews: so_far.clone(),
                });
            }
        }
    }
    items
}

pub fn run(context: &Context) -> anyhow::Result<ExitCode> {
    let config = common::config(context)?;
    let mut store = common::open_store_to_write(context)?;
    store.backup(
        crate::store::backup::Reason::BeforeOptimize,
        context.clock.now(),
        config.backup.keep,
    )?;
    let days = common::day_clock(&config);
    let reviews = store.reviews()?;
    let items = training_items(&reviews, &days);
    if items.len() < MIN_ITEMS {
        say!(
            "{}",
            tr!(
                "cli-optimize-not-enough",
                usable = items.len(),
                needed = MIN_ITEMS,
                more = MIN_ITEMS - items.len()
            )
        );
        return Ok(ExitCode::SUCCESS);
    }
    let current = store.parameters()?;
    let current_fsrs = FSRS::new(&current).map_err(|e| {
        anyhow!(
            "{}",
            tr!("cli-optimize-current-invalid", error = e.to_string())
        )
    })?;
    let before = current_fsrs
        .evaluate(items.clone(), |_| true)
        .map_err(|e| {
            anyhow!(
                "{}",
                tr!(
                    "cli-optimize-cannot-evaluate-current",
                    error = e.to_string()
                )
            )
        })?;
    say!(
        "{}",
        tr!(
            "cli-optimize-training",
            items = items.len(),
            answers = reviews.len()
        )
    );

    let progress = CombinedProgressState::new_shared();
    let input = ComputeParametersInput {
        train_set: items.clone(),
        progress: Some(progress.clone()),
        ..ComputeParametersInput::default()
    };
    let worker = std::thread::spawn(move || fsrs::compute_parameters(input));
    report_progress(&progress, &worker);
    let trained = worker
        .join()
        .map_err(|_| anyhow!("{}", tr!("cli-optimize-training-stopped")))?
        .map_err(|e| {
            anyhow!(
                "{}",
                tr!("cli-optimize-training-failed", error = e.to_string())
            )
        })?;
    eprintln!();
    let trained_fsrs = FSRS::new(&trained).map_err(|e| {
        anyhow!(
            "{}",
            tr!("cli-optimize-trained-invalid", error = e.to_string())
        )
    })?;
    let after = trained_fsrs.evaluate(items, |_| true).map_err(|e| {
        anyhow!(
            "{}",
            tr!(
                "cli-optimize-cannot-evaluate-trained",
                error = e.to_string()
            )
        )
    })?;
    say!(
        "{}{}   {}",
        " ".repeat(15),
        pad_left(&tr!("cli-optimize-log-loss"), 10),
        pad_left(&tr!("cli-optimize-rmse"), 10)
    );
    say!(
        "  {}{:>10.4}   {:>10.4}",
        pad(&tr!("cli-optimize-current"), 13),
        before.log_loss,
        before.rmse_bins
    );
    say!(
        "  {}{:>10.4}   {:>10.4}",
        pad(&tr!("cli-optimize-trained"), 13),
        after.log_loss,
        after.rmse_bins
    );
    if after.log_loss < before.log_loss {
        store.set_parameters(&trained)?;
        let scheduler = common::scheduler(&config, &store)?;
        let rebuilt = store.rebuild_all(&scheduler)?;
        say!("{}", tr!("cli-optimize-kept", count = rebuilt));
    } else {
        say!("{}", tr!("cli-optimize-not-better"));
    }
    Ok(ExitCode::SUCCESS)
}

fn report_progress<T>(
    progress: &Arc<Mutex<CombinedProgressState>>,
    worker: &std::thread::JoinHandle<T>,
) {
    while !worker.is_finished() {
        if let Ok(p) = progress.lock()
            && p.total() > 0
        {
            let percent = format!("{:>3}", p.current() * 100 / p.total());
            eprint!("\r  {}", tr!("cli-optimize-progress", percent = percent));
        }
        std::thread::sleep(Duration::from_millis(200));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::deck::{Id, QuestionKey};
    use crate::sched::{Phase, Rating};
    use jiff::{SignedDuration, Timestamp};

    #[test]
    fn items_are_prefixes_with_day_gaps() {
        let t0: Timestamp = "2026-11-01T10:00:00Z".parse().unwrap();
        let row = |q: &str, day: i64, min: i64, rating, mode| ReviewRow {
            id: format!("{q}{day}{min}"),
            key: QuestionKey {
                deck: Id::parse("d").unwrap(),
                question: Id::parse(q).unwrap(),
            },
            reviewed_at: t0
                .checked_add(SignedDuration::from_mins(day * 1440 + min))
                .unwrap(),
            rating,
            mode,
            correct: true,
            picked: String::new(),
            elapsed_ms: 0,
            phase: Phase::New,
            memory: None,
            interval_days: 0,
            due: None,
        };
        let log = vec![
            row("a", 0, 0, Rating::Again, Mode::Study),
            row("a", 0, 10, Rating::Good, Mode::Study),
            row("a", 3, 0, Rating::Good, Mode::Cram),
            row("a", 4, 0, Rating::Good, Mode::Exam),
            row("b", 0, 0, Rating::Good, Mode::Study),
        ];
        let items = training_items(&log, &DayClock::utc(4));
        assert_eq!(items.len(), 1);
        let deltas: Vec<u32> = items[0].reviews.iter().map(|r| r.delta_t).collect();
        assert_eq!(deltas, vec![0, 0, 4]);
    }
}
