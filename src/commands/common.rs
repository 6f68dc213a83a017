//! What several commands share: the store, the config and the scheduler built from them.

use anyhow::anyhow;

use crate::cli::Context;
use crate::config::Config;
use crate::sched::{DayClock, Scheduler};
use crate::store::{Store, StoreError};
use crate::tr;

pub fn config(context: &Context) -> anyhow::Result<Config> {
    crate::config::load(context.config_path.as_deref()).map_err(|e| anyhow!("{e}"))
}

/// The decks as the learner's commands see them, clean ones read from the parsed-deck cache
/// in the data dir (see `deck_cache`).
pub fn catalog(context: &Context) -> crate::catalog::Catalog {
    crate::catalog::Catalog::load_cached(&context.deck_dirs, deck_cache(context))
}

/// `catalog` without translations (see `Catalog::load_decks`).
pub fn decks_only(context: &Context) -> crate::catalog::Catalog {
    crate::catalog::Catalog::load_decks(&context.deck_dirs, deck_cache(context))
}

fn deck_cache(context: &Context) -> Option<crate::deck_cache::DeckCache> {
    crate::deck_cache::DeckCache::in_data_dir(&context.data_dir)
}

pub fn open_store(context: &Context) -> anyhow::Result<Store> {
    Store::open_in(&context.data_dir).map_err(store_error)
}

/// The store for a command that writes: checked for damage first, so nothing is written into
/// a damaged file.
pub fn open_store_to_write(context: &Context) -> anyhow::Result<Store> {
    let store = open_store(context)?;
    store.verify().map_err(store_error)?;
    Ok(store)
}

/// Runs `read` (which writes nothing to the store) while the damage check reads the whole file
/// on a connection of its own, and gives its result only if the check passed: an export never
/// comes out of a damaged file, and the check costs no time of its own.
pub fn read_while_checking<T>(
    context: &Context,
    read: impl FnOnce() -> anyhow::Result<T>,
) -> anyhow::Result<T> {
    let db = context.data_dir.join(crate::store::FILE_NAME);
    let (checked, result) = std::thread::scope(|scope| {
        let check = scope.spawn(|| Store::verify_file(&db));
        let result = read();
        (check.join(), result)
    });
    checked
        .map_err(|_| anyhow::anyhow!("the database check stopped unexpectedly"))?
        .map_err(store_error)?;
    result
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
        problems.push(tr!(
            "cli-no-such-deck",
            deck = deck.as_str(),
            decks = known_decks.join(", ")
        ));
    }
    for topic in topics
        .iter()
        .filter(|t| !known_topics.contains(&t.as_str()))
    {
        problems.push(tr!(
            "cli-no-such-topic",
            topic = topic.as_str(),
            topics = known_topics.join(", ")
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

/// A store error in the interface language, with its remedy: the problems a learner meets
/// (a damaged, locked, newer or foreign file, a full disk). Errors about saa's own SQL stay as
/// they are.
pub fn store_error(e: StoreError) -> anyhow::Error {
    let text = match &e {
        StoreError::Corrupt { path, detail, .. } => {
            let remedy = match crate::store::newest_backup(path) {
                Some(backup) => tr!(
                    "cli-store-remedy-backup",
                    backup = backup.display().to_string(),
                    path = path.display().to_string()
                ),
                None => tr!("cli-store-remedy-none", path = path.display().to_string()),
            };
            tr!(
                "cli-store-corrupt",
                path = path.display().to_string(),
                detail = detail.as_str(),
                remedy = remedy
            )
        }
        StoreError::ReadOnly { path, detail } => tr!(
            "cli-store-read-only",
            path = path.display().to_string(),
            detail = detail.as_str()
        ),
        StoreError::Locked { path } => {
            tr!("cli-store-locked", path = path.display().to_string())
        }
        StoreError::TooNew { path, found, known } => tr!(
            "cli-store-too-new",
            path = path.display().to_string(),
            found = *found,
            known = *known
        ),
        StoreError::Foreign { path } => {
            tr!("cli-store-foreign", path = path.display().to_string())
        }
        StoreError::DiskFull { path, detail } => tr!(
            "cli-store-disk-full",
            path = path.display().to_string(),
            detail = detail.as_str()
        ),
        StoreError::Folder { path, detail } => tr!(
            "cli-store-folder",
            path = path.display().to_string(),
            detail = detail.as_str()
        ),
        StoreError::ExamInUse { path } => {
            tr!("cli-store-exam-in-use", path = path.display().to_string())
        }
        StoreError::ExamClosed { .. } | StoreError::Sql { .. } | StoreError::Invalid(_) => {
            return e.into();
        }
    };
    anyhow::Error::msg(text)
}
