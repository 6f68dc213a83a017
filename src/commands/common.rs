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

pub fn day_clock(config: &Config) -> DayClock {
    DayClock::new(
        jiff::tz::TimeZone::system(),
        config.schedule.day_rollover_hour,
    )
}

/// The scheduler with the learner's trained parameters (defaults until `saa optimize`).
pub fn scheduler(config: &Config, store: &Store) -> anyhow::Result<Scheduler> {
    let parameters = store.parameters()?;
    Ok(Scheduler::new(
        &parameters,
        config.schedule.clone(),
        day_clock(config),
    )?)
}
