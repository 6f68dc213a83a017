//! `saa` (no command) and `saa study`: the terminal app.

use crate::commands::output::say;
use std::process::ExitCode;

use anyhow::{Context as _, anyhow};

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
    // What the first home screen needs is read on a read-only connection of its own while
    // the decks parse (not when a sync may change it first; a file of an older schema is
    // upgraded by the app's own opening, then read). The damage check reads the whole
    // database: with those reads in hand it finishes after the first frame, before the first
    // key is handled, so nothing is written (not even the daily backup) before it passes.
    let db = context.data_dir.join(crate::store::FILE_NAME);
    let preload = start.is_none() && config.sync.folder().is_none();
    let day_start = {
        let days = common::day_clock(&config);
        days.start_of(days.day(context.clock.now()))
    };
    let spawn_check =
        |db: std::path::PathBuf| std::thread::spawn(move || crate::store::Store::verify_file(&db));
    let early_check = (!preload).then(|| spawn_check(db.clone()));
    let preloading = preload.then(|| {
        let db = db.clone();
        std::thread::spawn(move || {
            db.exists()
                .then(|| crate::store::Store::open_read_only(&db).ok())
                .flatten()
                .and_then(|store| crate::tui::app::HomeReads::read(&store, day_start).ok())
        })
    });
    let catalog = common::catalog(context);
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
    let home_reads = preloading.and_then(|reads| reads.join().ok().flatten());
    let check = early_check.unwrap_or_else(|| spawn_check(db));
    let finish_check = move || {
        check
            .join()
            .map_err(|_| anyhow!("the database check stopped unexpectedly"))?
            .map_err(common::store_error)
    };
    // Without the reads made ahead, the first screen reads the store itself: check first.
    let deferred_check = if home_reads.is_some() {
        Some(finish_check)
    } else {
        finish_check()?;
        None
    };
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
    let keep = config.backup.keep;
    let backup_today = move |store: &mut crate::store::Store| match store.daily_backup(
        now,
        days.start_of(days.day(now)),
        keep,
    ) {
        Ok(_) => None,
        Err(e) => Some(tr!("cli-app-daily-backup-failed", error = e.to_string())),
    };
    if deferred_check.is_none() {
        warnings.extend(backup_today(&mut store));
    }
    for f in catalog.broken_files() {
        eprintln!(
            "{}",
            tr!("cli-warning", message = f.first_error().unwrap_or_default())
        );
    }
    let language = context.language(&config);
    let mut app = App::with_home_reads(
        store,
        catalog,
        scheduler,
        keymap,
        Theme::new(context.color),
        context.clock,
        warnings,
        home_reads,
    )?;
    app.language = language;
    if let Some(finish) = deferred_check {
        app.before_first_key = Some(Box::new(move |store| {
            finish()?;
            Ok(backup_today(store).into_iter().collect())
        }));
    }
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
    // e in the browser or on feedback edits the question in the learner's editor.
    let editing = context.clone();
    app.editor = Some(Box::new(move |key| edit_question(&editing, key)));
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

/// Opens a question's deck file at its line in $VISUAL or $EDITOR (vi when neither is set),
/// handing the terminal over and taking it back, then reads the decks again. A bundled deck
/// is first copied into the learner's deck folder ("make it yours"), so the edit survives an
/// upgrade; progress is kept because ids are.
fn edit_question(
    context: &Context,
    key: &crate::deck::QuestionKey,
) -> anyhow::Result<(Catalog, String)> {
    let catalog = common::catalog(context);
    let loaded = catalog
        .decks
        .iter()
        .find(|d| d.deck.id == key.deck)
        .ok_or_else(|| anyhow!("{}", tr!("cli-edit-no-deck", deck = key.deck.as_str())))?;
    let line = loaded
        .deck
        .questions
        .iter()
        .find(|q| q.id == key.question)
        .map_or(1, |q| q.line);
    let mut notices = Vec::new();
    let path = match &loaded.source {
        crate::deck::Source::File(path) => path.clone(),
        crate::deck::Source::Bundled(name) => {
            let folder = context
                .deck_dirs
                .first()
                .map(|d| d.path.clone())
                .ok_or_else(|| anyhow!("{}", tr!("cli-edit-no-folder")))?;
            std::fs::create_dir_all(&folder)
                .with_context(|| tr!("cli-cannot-write", path = folder.display().to_string()))?;
            let target = folder.join(name);
            if !target.exists() {
                let text = crate::catalog::bundled_text(name).unwrap_or_default();
                super::reviews::write_atomically(&target, text)?;
            }
            notices.push(tr!(
                "cli-edit-made-yours",
                path = target.display().to_string()
            ));
            target
        }
    };
    let editor = std::env::var("VISUAL")
        .ok()
        .filter(|e| !e.trim().is_empty())
        .or_else(|| {
            std::env::var("EDITOR")
                .ok()
                .filter(|e| !e.trim().is_empty())
        })
        .unwrap_or_else(|| "vi".to_string());
    let mut words = editor.split_whitespace();
    let program = words.next().unwrap_or("vi").to_string();
    let args: Vec<String> = words.map(str::to_string).collect();
    // The editor gets the real terminal; the app's screen comes back after.
    let _ = crossterm::execute!(std::io::stdout(), crossterm::event::DisableBracketedPaste);
    ratatui::restore();
    let status = std::process::Command::new(&program)
        .args(&args)
        .arg(format!("+{line}"))
        .arg(&path)
        .status();
    // Back to the app's terminal state (not ratatui::init: the app's terminal object is
    // still in use and redraws everything on its next frame).
    let _ = crossterm::terminal::enable_raw_mode();
    let _ = crossterm::execute!(
        std::io::stdout(),
        crossterm::terminal::EnterAlternateScreen,
        crossterm::event::EnableBracketedPaste
    );
    match status {
        Ok(s) if s.success() => {}
        Ok(_) => notices.push(tr!("cli-edit-editor-failed", editor = program.as_str())),
        Err(e) => {
            return Err(anyhow!(
                "{}",
                tr!(
                    "cli-edit-no-editor",
                    editor = program.as_str(),
                    error = e.to_string()
                )
            ));
        }
    }
    let catalog = common::catalog(context);
    let problem = catalog
        .files
        .iter()
        .find(|f| matches!(&f.source, crate::deck::Source::File(p) if *p == path))
        .and_then(|f| f.first_error());
    notices.push(match problem {
        Some(problem) => tr!("cli-edit-has-errors", problem = problem),
        None => tr!(
            "cli-edit-done",
            path = path.display().to_string(),
            line = line
        ),
    });
    Ok((catalog, notices.join(" ")))
}
