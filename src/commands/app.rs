//! `saa` (no command) and `saa study`: the terminal app.

use crate::commands::output::say;
use std::process::ExitCode;

use anyhow::anyhow;

use super::common;
use crate::catalog::Catalog;
use crate::cli::Context;
use crate::study::Filter;
use crate::tr;
use crate::tui::app::{App, ExamOptions};
use crate::tui::keymap::Keymap;
use crate::tui::theme::Theme;

/// Where the app opens.
#[derive(Debug, Clone)]
pub enum Start {
    Study {
        filter: Filter,
        cram: bool,
        leeches: bool,
        missed: Option<u32>,
        at_risk: bool,
    },
    Exam(ExamOptions),
    ResumeExam,
    Stats,
}

/// Opens the app on the home screen, or straight where `start` says.
pub fn run(context: &Context, start: Option<Start>) -> anyhow::Result<ExitCode> {
    // The config first: its mistakes are worth knowing even where no terminal is.
    let config = common::config(context)?;
    let warnings = Vec::new();
    let keymap = Keymap::with_overrides(&config.keys).map_err(|problems| {
        let lines: Vec<String> = problems
            .iter()
            .map(|(name, message)| format!("{}: [keys] {message}", config.key_place(name)))
            .collect();
        anyhow!("{}", lines.join("\n"))
    })?;
    // The damage check reads the whole database: it runs beside the deck parsing, on a
    // read-only connection of its own, and must pass before anything is written.
    let db = context.data_dir.join(crate::store::FILE_NAME);
    let checked = std::thread::spawn(move || crate::store::Store::verify_file(&db));
    let catalog = Catalog::load(&context.deck_dirs);
    let (decks, topics) = match &start {
        Some(Start::Study { filter, .. }) => (&filter.decks[..], &filter.topics[..]),
        Some(Start::Exam(options)) => (&options.decks[..], &[][..]),
        _ => (&[][..], &[][..]),
    };
    common::check_selection(&catalog, decks, topics)?;
    use std::io::IsTerminal;
    if !std::io::stdout().is_terminal() {
        return Err(anyhow!("{}", tr!("cli-app-needs-terminal")));
    }
    checked
        .join()
        .map_err(|_| anyhow!("the database check stopped unexpectedly"))?
        .map_err(common::store_error)?;
    let mut store = common::open_store(context)?;
    let mut warnings = warnings;
    let now = context.clock.now();
    // With `[sync] dir` set, what other machines did arrives before the first screen (and
    // before the scheduler, which may take their trained parameters).
    let sync_dir = config.sync.folder();
    if let Some(dir) = &sync_dir {
        warnings.extend(sync_quietly(&mut store, &config, dir, now));
    }
    let scheduler = common::scheduler(&config, &store)?;
    let days = common::day_clock(&config);
    if let Err(e) = store.daily_backup(now, days.start_of(days.day(now)), config.backup.keep) {
        warnings.push(tr!("cli-app-daily-backup-failed", error = e.to_string()));
    }
    for f in catalog.broken_files() {
        eprintln!(
            "{}",
            tr!("cli-warning", message = f.first_error().unwrap_or_default())
        );
    }
    let language = context.language(&config);
    let mut app = App::new(
        store,
        catalog,
        scheduler,
        keymap,
        Theme::new(context.color),
        context.clock,
        warnings,
    )?;
    app.language = language;
    app.decks.folder = context
        .deck_dirs
        .first()
        .map(|d| d.path.display().to_string());
    // Leaving a session for home sends what it did to the other machines at once.
    if let Some(dir) = sync_dir.clone() {
        let config = config.clone();
        let clock = context.clock;
        app.after_session = Some(Box::new(move |store| {
            sync_quietly(store, &config, &dir, clock.now())
        }));
    }
    // For benches/commands.rs: the time a learner waits for the first screen.
    app.quit_after_first_frame = std::env::var_os("SAA_QUIT_AFTER_FIRST_FRAME").is_some();
    match start {
        None => {}
        Some(Start::Study {
            mut filter,
            cram,
            leeches,
            missed,
            at_risk,
        }) => {
            if at_risk && app.scheduler.plan().is_none() {
                return Err(anyhow!("{}", tr!("cli-app-at-risk-needs-plan")));
            }
            if leeches || missed.is_some() || at_risk {
                let mut keys = selection(&app, leeches, missed)?;
                if at_risk {
                    keys.extend(crate::study::at_risk(
                        &app.store.cards()?,
                        &app.store.last_answers()?,
                        &app.scheduler,
                    ));
                }
                filter.only = Some(keys);
            }
            app.start_study(&filter, cram)?;
        }
        Some(Start::Exam(options)) => app.new_exam(&options)?,
        Some(Start::ResumeExam) if !app.resume_exam()? => {
            return Err(anyhow!("{}", tr!("cli-app-no-exam-to-resume")));
        }
        Some(Start::ResumeExam) => {}
        Some(Start::Stats) => app.show_stats()?,
    }
    let code = crate::tui::run(app)?;
    // ...and what this session did leaves for the other machines on quit.
    if let Some(dir) = &sync_dir {
        match common::open_store_to_write(context) {
            Ok(mut store) => {
                for problem in sync_quietly(&mut store, &config, dir, context.clock.now()) {
                    eprintln!("{}", tr!("cli-warning", message = problem.as_str()));
                }
            }
            Err(e) => eprintln!("{}", tr!("cli-warning", message = e.to_string())),
        }
    }
    Ok(code)
}

/// Runs a sync and returns only its problems (a missing folder is one: the sync tool may
/// not have created it yet).
fn sync_quietly(
    store: &mut crate::store::Store,
    config: &crate::config::Config,
    dir: &std::path::Path,
    now: jiff::Timestamp,
) -> Vec<String> {
    if !dir.is_dir() {
        return vec![tr!(
            "cli-sync-not-a-folder",
            path = dir.display().to_string()
        )];
    }
    match super::sync::sync_folder(store, config, dir, now) {
        Ok(outcome) => outcome.failures,
        Err(e) => vec![tr!("cli-sync-failed", error = e.to_string())],
    }
}

/// `saa exam --abandon`: gives up the unfinished exam (kept in history without a score).
pub fn abandon_exam(context: &Context) -> anyhow::Result<ExitCode> {
    let mut store = common::open_store_to_write(context)?;
    match store.open_exam()? {
        Some(exam) => {
            // Not from under a window that has it on screen.
            let _lock = store.lock_exam()?;
            store.abandon_exam(&exam.id)?;
            say!(
                "{}",
                tr!(
                    "cli-exam-abandoned",
                    started = exam.started_at.to_string(),
                    answered = exam.session.answered_count(),
                    total = exam.session.items.len()
                )
            );
        }
        None => say!("{}", tr!("cli-exam-none-open")),
    }
    Ok(ExitCode::SUCCESS)
}

/// The questions `--leeches` and `--missed DAYS` select (both given: either).
fn selection(
    app: &App,
    leeches: bool,
    missed: Option<u32>,
) -> anyhow::Result<std::collections::BTreeSet<crate::deck::QuestionKey>> {
    let mut keys = std::collections::BTreeSet::new();
    if leeches {
        let cards = app.store.cards()?;
        keys.extend(crate::study::leeches(
            &cards,
            app.scheduler.config().leech_lapses,
        ));
    }
    if let Some(days) = missed {
        let since = app
            .clock
            .now()
            .checked_sub(jiff::SignedDuration::from_hours(24 * i64::from(days)))
            .unwrap_or(jiff::Timestamp::UNIX_EPOCH);
        keys.extend(crate::study::recent_misses(
            &app.store.reviews_since(since)?,
            since,
        ));
    }
    Ok(keys)
}
