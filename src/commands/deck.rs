//! `saa deck check | list | new | schema`.

use crate::commands::output::{pad, pad_left, say};
use crate::tr;
use std::io::Write as _;
use std::process::ExitCode;

use anyhow::Context as _;
use serde_json::json;

use crate::catalog::{Catalog, DeckFile};
use crate::cli::{Context, DeckCommand};
use crate::deck::{Domain, Id, Kind, schema, template};

pub fn run(command: DeckCommand, context: &Context) -> anyhow::Result<ExitCode> {
    match command {
        DeckCommand::Check { flagged: true, .. } => flagged(context),
        DeckCommand::Check { paths, .. } => check(&paths, context),
        DeckCommand::Import {
            file,
            id,
            title,
            dir,
        } => import(context, &file, &id, title, dir),
        DeckCommand::Translate { deck, lang, out } => translate(context, &deck, &lang, out),
        DeckCommand::List { json, by: Some(_) } => list_by_task(context, json),
        DeckCommand::List { json, by: None } => list(context, json),
        DeckCommand::New { id, dir, force } => new(&id, dir, force, context),
        DeckCommand::Schema => {
            crate::commands::output::text(&schema::pretty())?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// Exit 0 without errors, 1 with errors, 2 when a path cannot be read at all.
fn check(paths: &[std::path::PathBuf], context: &Context) -> anyhow::Result<ExitCode> {
    for path in paths {
        // A link that loops or leads nowhere exists as a link: the reader names the problem.
        if !path.exists() && std::fs::symlink_metadata(path).is_err() {
            eprintln!(
                "saa: {}",
                tr!("cli-deck-no-such-path", path = path.display().to_string())
            );
            return Ok(ExitCode::from(2));
        }
    }
    let catalog = if paths.is_empty() {
        Catalog::load(&context.deck_dirs)
    } else {
        Catalog::check_paths(paths)
    };
    let mut out = std::io::stdout().lock();
    let (mut errors, mut warnings) = (0, 0);
    for file in &catalog.files {
        errors += file.errors();
        warnings += file.warnings();
        write!(out, "{}", file.render())?;
    }
    for notice in &catalog.notices {
        writeln!(out, "{}", tr!("cli-note", message = notice.as_str()))?;
    }
    if paths.is_empty() {
        for note in orphans(&catalog, context)? {
            writeln!(out, "{}", tr!("cli-note", message = note))?;
        }
    }
    for t in &catalog.translations {
        writeln!(
            out,
            "{}",
            tr!(
                "cli-deck-check-translated",
                deck = t.deck.as_str(),
                language = t.language.as_str(),
                count = t.questions.len()
            )
        )?;
    }
    let rejected: usize = catalog.files.iter().map(|f| f.rejected).sum();
    if rejected > 0 {
        writeln!(out, "{}", tr!("cli-deck-check-rejected", count = rejected))?;
    }
    let unreadable = catalog.notices.iter().any(|n| n.starts_with("cannot read"));
    let questions: usize = catalog.decks.iter().map(|d| d.deck.questions.len()).sum();
    writeln!(
        out,
        "{}",
        tr!(
            "cli-deck-check-summary",
            files = catalog.files.len(),
            questions = questions,
            errors = errors,
            warnings = warnings
        )
    )?;
    // The process ends here: freeing 20,000 questions one by one would only delay the exit.
    std::mem::forget(catalog);
    Ok(if unreadable {
        ExitCode::from(2)
    } else if errors > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// Questions with progress but no longer in any deck. Their history is kept (an edit that
/// restores the id brings it back); this only tells the author.
fn orphans(catalog: &Catalog, context: &Context) -> anyhow::Result<Vec<String>> {
    if !context.data_dir.join(crate::store::FILE_NAME).exists() {
        return Ok(Vec::new());
    }
    let store = crate::store::Store::open_in(&context.data_dir)?;
    let library = crate::deck::Library::new(catalog.decks.iter().map(|d| d.deck.clone()).collect());
    let mut orphaned: Vec<String> = store
        .progress_keys()?
        .into_iter()
        .filter(|k| !library.contains(k))
        .map(|k| k.to_string())
        .collect();
    orphaned.sort();
    if orphaned.is_empty() {
        return Ok(Vec::new());
    }
    let shown: Vec<&str> = orphaned.iter().take(20).map(String::as_str).collect();
    let more = orphaned.len().saturating_sub(shown.len());
    Ok(vec![if more > 0 {
        tr!(
            "cli-deck-orphans-more",
            count = orphaned.len(),
            shown = shown.join(", "),
            more = more
        )
    } else {
        tr!(
            "cli-deck-orphans",
            count = orphaned.len(),
            shown = shown.join(", ")
        )
    }])
}

/// `saa deck check --flagged`: what learners reported as faulty, with where to find it.
fn flagged(context: &Context) -> anyhow::Result<ExitCode> {
    let store = crate::store::Store::open_in(&context.data_dir)?;
    let catalog = Catalog::load(&context.deck_dirs);
    let flags = store.flagged()?;
    let reasons = store.flag_reasons()?;
    if flags.is_empty() {
        say!("{}", tr!("cli-deck-flagged-none"));
        return Ok(ExitCode::SUCCESS);
    }
    for (key, at) in &flags {
        let place = catalog
            .decks
            .iter()
            .find(|d| d.deck.id == key.deck)
            .and_then(|d| {
                d.deck
                    .question(&key.question)
                    .map(|q| format!("{}:{}", d.source.display_path(), q.line))
            })
            .unwrap_or_else(|| tr!("cli-deck-flagged-gone"));
        say!(
            "{}",
            tr!(
                "cli-deck-flagged-line",
                place = place,
                key = key.to_string(),
                date = at.strftime("%Y-%m-%d").to_string()
            )
        );
        if let Some(reason) = reasons.get(key) {
            say!(
                "{}",
                tr!("cli-deck-flagged-reason", reason = reason.as_str())
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn list(context: &Context, as_json: bool) -> anyhow::Result<ExitCode> {
    let catalog = Catalog::load(&context.deck_dirs);
    let broken: Vec<&DeckFile> = catalog
        .files
        .iter()
        .filter(|f| {
            // Broken: it did not load, or it loaded with every question rejected.
            let loaded = catalog.decks.iter().find(|d| d.source == f.source);
            f.errors() > 0 && loaded.is_none_or(|d| d.deck.questions.is_empty() && f.rejected > 0)
        })
        .collect();
    let mut out = std::io::stdout().lock();
    if as_json {
        let decks: Vec<_> = catalog
            .decks
            .iter()
            .map(|d| {
                let by_kind: serde_json::Map<_, _> = Kind::ALL
                    .iter()
                    .map(|k| {
                        let n = d.deck.questions.iter().filter(|q| q.kind() == *k).count();
                        (k.as_str().to_string(), json!(n))
                    })
                    .collect();
                let by_domain: serde_json::Map<_, _> = Domain::ALL
                    .iter()
                    .map(|dom| {
                        let n = d.deck.questions.iter().filter(|q| q.domain == *dom).count();
                        (dom.as_str().to_string(), json!(n))
                    })
                    .collect();
                json!({
                    "id": d.deck.id.as_str(),
                    "title": d.deck.title,
                    "source": if d.source.is_bundled() { "bundled".to_string() } else { d.source.display_path() },
                    "questions": d.deck.questions.len(),
                    "kinds": by_kind,
                    "domains": by_domain,
                })
            })
            .collect();
        let broken: Vec<_> = broken
            .iter()
            .map(|f| json!({"source": f.source.display_path(), "error": f.first_error()}))
            .collect();
        let doc = json!({"decks": decks, "broken": broken, "notices": catalog.notices});
        writeln!(out, "{}", serde_json::to_string_pretty(&doc)?)?;
        return Ok(ExitCode::SUCCESS);
    }
    writeln!(
        out,
        "{} {} {} {} {} {}  {} {} {} {}  {}",
        pad(&tr!("cli-deck-list-deck"), 20),
        pad_left(&tr!("cli-deck-list-total"), 5),
        pad_left(&tr!("cli-deck-list-single"), 6),
        pad_left(&tr!("cli-deck-list-multi"), 5),
        pad_left(&tr!("cli-deck-list-card"), 4),
        pad_left(&tr!("cli-deck-list-typed"), 5),
        pad_left(&tr!("cli-deck-list-secure"), 6),
        pad_left(&tr!("cli-deck-list-resilient"), 9),
        pad_left(&tr!("cli-deck-list-performance"), 5),
        pad_left(&tr!("cli-deck-list-cost"), 4),
        tr!("cli-deck-list-title")
    )?;
    for d in &catalog.decks {
        let q = &d.deck.questions;
        let kind = |k: Kind| q.iter().filter(|x| x.kind() == k).count();
        let dom = |k: Domain| q.iter().filter(|x| x.domain == k).count();
        let source = if d.source.is_bundled() {
            tr!("cli-deck-list-bundled")
        } else {
            d.source.display_path()
        };
        writeln!(
            out,
            "{:<20} {:>5} {:>6} {:>5} {:>4} {:>5}  {:>6} {:>9} {:>5} {:>4}  {} ({})",
            d.deck.id.as_str(),
            q.len(),
            kind(Kind::Single),
            kind(Kind::Multi),
            kind(Kind::Card),
            kind(Kind::Typed),
            dom(Domain::Secure),
            dom(Domain::Resilient),
            dom(Domain::Performance),
            dom(Domain::Cost),
            d.deck.title,
            source
        )?;
    }
    for f in broken {
        writeln!(
            out,
            "{}",
            tr!(
                "cli-deck-list-broken",
                path = f.source.display_path(),
                error = f.first_error().unwrap_or_default()
            )
        )?;
    }
    for notice in &catalog.notices {
        writeln!(out, "{}", tr!("cli-note", message = notice.as_str()))?;
    }
    Ok(ExitCode::SUCCESS)
}

/// `saa deck list --by task`: how the loaded decks cover the 14 task statements.
fn list_by_task(context: &Context, as_json: bool) -> anyhow::Result<ExitCode> {
    let catalog = Catalog::load(&context.deck_dirs);
    let (counts, untagged) = crate::deck::coverage::by_task(catalog.decks.iter().map(|d| &d.deck));
    let mut out = std::io::stdout().lock();
    if as_json {
        let doc = json!({"tasks": counts, "untagged": untagged});
        writeln!(out, "{}", serde_json::to_string_pretty(&doc)?)?;
        return Ok(ExitCode::SUCCESS);
    }
    writeln!(
        out,
        "{} {} {}  {}",
        pad(&tr!("cli-deck-tasks-task"), 5),
        pad_left(&tr!("cli-deck-tasks-scenario"), 8),
        pad_left(&tr!("cli-deck-tasks-recall"), 6),
        tr!("cli-deck-tasks-title")
    )?;
    for c in &counts {
        let title = crate::deck::Task::all()
            .into_iter()
            .find(|t| t.to_string() == c.task)
            .map_or_else(|| c.title.to_string(), crate::i18n::names::task);
        writeln!(
            out,
            "{:<5} {:>8} {:>6}  {}",
            c.task, c.scenario, c.recall, title
        )?;
    }
    if untagged > 0 {
        writeln!(out, "{}", tr!("cli-deck-untagged", count = untagged))?;
    }
    Ok(ExitCode::SUCCESS)
}

/// `saa deck import`: a flashcard export as a deck of cards to finish.
fn import(
    context: &Context,
    file: &std::path::Path,
    id: &str,
    title: Option<String>,
    dir: Option<std::path::PathBuf>,
) -> anyhow::Result<ExitCode> {
    if Id::parse(id).is_none() {
        anyhow::bail!("{}", tr!("cli-deck-bad-id", id = id));
    }
    if Catalog::load(&[]).deck(id).is_some() {
        anyhow::bail!("{}", tr!("cli-deck-import-bundled", id = id));
    }
    let bytes = std::fs::read(file)
        .with_context(|| tr!("cli-cannot-read", path = file.display().to_string()))?;
    let text = String::from_utf8(bytes).map_err(|_| {
        anyhow::anyhow!(
            "{}",
            tr!("cli-deck-not-utf8", path = file.display().to_string())
        )
    })?;
    let comma = file
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("csv"));
    let cards = crate::deck::import::read_cards(&text, comma).map_err(|e| {
        anyhow::anyhow!(
            "{}",
            tr!(
                "cli-deck-import-failed",
                path = file.display().to_string(),
                error = e.to_string()
            )
        )
    })?;
    let dir = dir.unwrap_or_else(|| context.data_dir.join("decks"));
    std::fs::create_dir_all(&dir)
        .with_context(|| tr!("cli-cannot-create", path = dir.display().to_string()))?;
    let path = dir.join(format!("{id}.toml"));
    if path.exists() {
        anyhow::bail!(
            "{}",
            tr!("cli-deck-import-exists", path = path.display().to_string())
        );
    }
    let toml = crate::deck::import::deck_toml(id, title.as_deref().unwrap_or(id), &cards);
    std::fs::write(&path, toml)
        .with_context(|| tr!("cli-cannot-write", path = path.display().to_string()))?;
    say!(
        "{}",
        tr!(
            "cli-deck-import-done",
            count = cards.len(),
            path = path.display().to_string()
        )
    );
    say!(
        "{}",
        tr!("cli-deck-import-next", path = path.display().to_string())
    );
    Ok(ExitCode::SUCCESS)
}

/// `saa deck translate`: a translation file to fill in.
fn translate(
    context: &Context,
    deck: &str,
    lang: &str,
    out: Option<std::path::PathBuf>,
) -> anyhow::Result<ExitCode> {
    let catalog = Catalog::load(&context.deck_dirs);
    let Some(d) = catalog.deck(deck) else {
        let ids: Vec<&str> = catalog.decks.iter().map(|d| d.deck.id.as_str()).collect();
        anyhow::bail!(
            "{}",
            tr!("cli-no-such-deck", deck = deck, decks = ids.join(", "))
        );
    };
    if crate::deck::translation::language_of_file_name(&format!("x.{lang}.toml")).is_none() {
        anyhow::bail!("{}", tr!("cli-deck-bad-lang", lang = lang));
    }
    let text = crate::deck::translation::template(d, lang);
    match out {
        Some(path) => {
            std::fs::write(&path, text)
                .with_context(|| tr!("cli-cannot-write", path = path.display().to_string()))?;
            say!("{}", tr!("cli-wrote", path = path.display().to_string()));
        }
        None => crate::commands::output::text(&text)?,
    }
    Ok(ExitCode::SUCCESS)
}

fn new(
    id: &str,
    dir: Option<std::path::PathBuf>,
    force: bool,
    context: &Context,
) -> anyhow::Result<ExitCode> {
    if Id::parse(id).is_none() {
        eprintln!("saa: {}", tr!("cli-deck-bad-id", id = id));
        return Ok(ExitCode::from(2));
    }
    // A deck with a bundled deck's id replaces that deck: a surprise unless asked for.
    if !force && Catalog::load(&[]).deck(id).is_some() {
        eprintln!("saa: {}", tr!("cli-deck-new-bundled", id = id));
        return Ok(ExitCode::from(2));
    }
    let dir = dir.unwrap_or_else(|| context.data_dir.join("decks"));
    std::fs::create_dir_all(&dir)
        .with_context(|| tr!("cli-cannot-create", path = dir.display().to_string()))?;
    let path = dir.join(format!("{id}.toml"));
    let today = context
        .clock
        .now()
        .to_zoned_datetime(jiff::tz::TimeZone::system())
        .date();
    let mut file = match std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&path)
    {
        Ok(file) => file,
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            eprintln!(
                "saa: {}",
                tr!("cli-deck-new-exists", path = path.display().to_string())
            );
            return Ok(ExitCode::from(2));
        }
        Err(e) => {
            return Err(e)
                .with_context(|| tr!("cli-cannot-write", path = path.display().to_string()));
        }
    };
    file.write_all(template::template(id, today).as_bytes())
        .with_context(|| tr!("cli-cannot-write", path = path.display().to_string()))?;
    let schema_path = dir.join("deck.schema.json");
    if !schema_path.exists() {
        std::fs::write(&schema_path, schema::pretty())
            .with_context(|| tr!("cli-cannot-write", path = schema_path.display().to_string()))?;
    }
    say!("{}", tr!("cli-wrote", path = path.display().to_string()));
    say!(
        "{}",
        tr!("cli-deck-new-next", path = path.display().to_string())
    );
    Ok(ExitCode::SUCCESS)
}
