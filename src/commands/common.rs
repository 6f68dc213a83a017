//! What several commands share: the store, the config and the scheduler built from them.

use anyhow::anyhow;

use crate::cli::Context;
use crate::config::Config;
use crate::sched::{DayClock, Scheduler};
use crate::store::Store;

pub fn config(context: &Context) -> anyhow::Result<Config> {
    crate::config::load(context.config_path.as_deref()).map_err(|e| anyhow!("{e}"))
}

pub fn open_store(context: &Context) -> anyhow::Result<Store> {
    Ok(Store::open_in(&context.data_dir)?)
}

/// The store for a command that writes: checked for damage first, so nothing is written into
/// a damaged file.
pub fn open_store_to_write(context: &Context) -> anyhow::Result<Store> {
    let store = open_store(context)?;
    store.verify()?;
    Ok(store)
}

/// Deck ids and topics named on the command line must exist: a typo otherwise looks like
/// "nothing to study". The error lists what does exist.
pub fn check_selection(
    catalog: &crate::catalog::Catalog,
    decks: &[String],
    topics: &[String],
) -> anyhow::Result<()> {
    let known_decks: Vec<&str> = catalog.decks.iter().map(|d| d.deck.id.as_str()).collect();
    let mut known_topics: Vec<&str> = catalog
        .decks
        .iter()
        .flat_map(|d| d.deck.questions.iter().flat_map(|q| q.topics.iter()))
        .map(String::as_str)
        .collect();
    known_topics.sort_unstable();
    known_topics.dedup();
    let mut problems = Vec::new();
    for deck in decks.iter().filter(|d| !known_decks.contains(&d.as_str())) {
        problems.push(format!(
            "there is no deck `{deck}`; decks: {}",
            known_decks.join(", ")
        ));
    }
    for topic in topics
        .iter()
        .filter(|t| !known_topics.contains(&t.as_str()))
    {
        problems.push(format!(
            "no question has the topic `{topic}`; topics: {}",
            known_topics.join(", ")
        ));
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(anyhow!("{}", problems.join("\n")))
    }
}

pub fn day_clock(config: &Config) -> DayClock {
    DayClock::new(
        jiff::tz::TimeZone::system(),
        config.schedule.day_rollover_hour,
    )
}

/// The scheduler with the learner's trained parameters (defaults until `saa optimize`) and
/// exam plan (none until `saa plan`).
pub fn scheduler(config: &Config, store: &Store) -> anyhow::Result<Scheduler> {
    let parameters = store.parameters()?;
    Ok(
        Scheduler::new(&parameters, config.schedule.clone(), day_clock(config))?
            .with_plan(store.exam_plan()?),
    )
}
