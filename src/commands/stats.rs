//! `saa stats`: the stats screen in a terminal, a readable summary when piped, JSON with --json.

use crate::commands::output::say;
use std::process::ExitCode;

use jiff::Timestamp;

use super::common;
use crate::catalog::Catalog;
use crate::cli::Context;
use crate::deck::{Domain, Library};
use crate::sched::Scheduler;
use crate::stats::{ExamAttempt, StatsInput, StatsReport, compute};
use crate::store::Store;
use crate::tr;

/// Loads what the report needs from the store and computes it.
pub fn report(
    store: &Store,
    library: &Library,
    scheduler: &Scheduler,
    now: Timestamp,
) -> anyhow::Result<StatsReport> {
    let cards = store.cards()?;
    let reviews = store.reviews()?;
    let exams: Vec<ExamAttempt> = store
        .exam_history()?
        .into_iter()
        .map(|e| ExamAttempt {
            started_at: e.started_at,
            finished: e.finished,
            questions: e.questions,
            answered: e.answered,
            correct: e.correct,
            scaled_score: e.scaled,
            passed: e.passed,
            domains: e
                .domains
                .iter()
                .filter_map(|d| Some((Domain::parse(&d.domain)?, f64::from(d.percent))))
                .collect(),
            practice: e.practice,
        })
        .collect();
    Ok(compute(&StatsInput {
        library,
        cards: &cards,
        reviews: &reviews,
        exams: &exams,
        scheduler,
        now,
    }))
}

pub fn run(context: &Context, json: bool) -> anyhow::Result<ExitCode> {
    use std::io::IsTerminal;
    if !json && std::io::stdout().is_terminal() {
        return super::app::run(context, Some(super::app::Start::Stats));
    }
    let config = common::config(context)?;
    let store = common::open_store(context)?;
    let scheduler = common::scheduler(&config, &store)?;
    let catalog = Catalog::load_decks(&context.deck_dirs);
    for f in catalog.broken_files() {
        eprintln!(
            "{}",
            tr!(
                "stats-warning",
                problem = f.first_error().unwrap_or_default()
            )
        );
    }
    let library = Library::new(catalog.decks.into_iter().map(|d| d.deck).collect());
    let report = report(&store, &library, &scheduler, context.clock.now())?;
    if json {
        say!("{}", serde_json::to_string_pretty(&report)?);
    } else {
        crate::commands::output::text(&crate::stats::render_text(&report))?;
    }
    Ok(ExitCode::SUCCESS)
}
