//! `saa export reviews` and `saa import reviews`: the review log as JSONL or CSV, for backups
//! and for moving or merging progress between machines through any file-sync tool.

use std::path::Path;
use std::process::ExitCode;

use anyhow::{Context as _, anyhow, bail};

use super::archive_file;
use super::common;
use super::review_file::{self, Format};
use crate::cli::Context;
use crate::commands::output::say;
use crate::deck::{Id, QuestionKey};
use crate::tr;

pub fn export(context: &Context, format: Format, out: Option<&Path>) -> anyhow::Result<ExitCode> {
    let store = common::open_store(context)?;
    let (text, count) = common::read_while_checking(context, || {
        let reviews = store.reviews()?;
        let text = review_file::write(&reviews, format)
            .map_err(|e| anyhow!("{}", tr!("cli-export-failed", error = e)))?;
        Ok((text, reviews.len()))
    })?;
    deliver(&text, out, &tr!("cli-export-what-reviews", reviews = count))
}

/// `saa export all`: the review log and everything else a learner did, in one JSONL file.
pub fn export_all(context: &Context, out: Option<&Path>) -> anyhow::Result<ExitCode> {
    let store = common::open_store(context)?;
    let (text, what) = common::read_while_checking(context, || complete_export(&store, true))?;
    deliver(&text, out, &what)
}

/// The complete export's text, and a phrase saying what it holds. Suspensions, burials and
/// flags travel as events. Without `open_exam`, a mock exam still in progress is left out:
/// it stays on the machine where it runs until it is submitted (sync).
pub fn complete_export(
    store: &crate::store::Store,
    open_exam: bool,
) -> anyhow::Result<(String, String)> {
    let reviews = store.reviews()?;
    let mut rows = store.dump_tables()?;
    if !open_exam {
        let open: Vec<serde_json::Value> = rows
            .iter()
            .filter(|(table, row)| {
                *table == "exam"
                    && row.get("finished_at").is_none_or(|v| v.is_null())
                    && row.get("abandoned").and_then(|v| v.as_i64()) == Some(0)
            })
            .filter_map(|(_, row)| row.get("id").cloned())
            .collect();
        rows.retain(|(table, row)| {
            let id = match *table {
                "exam" => row.get("id"),
                "exam_item" => row.get("exam_id"),
                _ => None,
            };
            id.is_none_or(|id| !open.contains(id))
        });
    }
    let text = archive_file::header_line()
        + &review_file::write(&reviews, Format::Jsonl)
            .map_err(|e| anyhow!("{}", tr!("cli-export-failed", error = e)))?
        + &archive_file::extra_lines(&rows, &[]);
    let what = tr!(
        "cli-export-what-all",
        reviews = reviews.len(),
        records = rows.len()
    );
    Ok((text, what))
}

/// Writes an export to `out` or to standard output.
fn deliver(text: &str, out: Option<&Path>, what: &str) -> anyhow::Result<ExitCode> {
    match out {
        Some(path) => {
            write_atomically(path, text)?;
            eprintln!(
                "{}",
                tr!(
                    "cli-export-done",
                    what = what,
                    path = path.display().to_string()
                )
            );
        }
        None => super::output::text(text)?,
    }
    Ok(ExitCode::SUCCESS)
}

/// Writes beside `path` first, then renames, so a failure (or a reader in between, such as a
/// sync tool) never sees half a file.
pub fn write_atomically(path: &Path, text: &str) -> anyhow::Result<()> {
    let tmp = path.with_extension("partial");
    // The error names the learner's file, not the temporary one beside it.
    let written = std::fs::write(&tmp, text)
        .with_context(|| tr!("cli-cannot-write", path = path.display().to_string()))
        .and_then(|()| {
            std::fs::rename(&tmp, path)
                .with_context(|| tr!("cli-cannot-write", path = path.display().to_string()))
        });
    if written.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    written
}

pub fn import(context: &Context, path: &Path) -> anyhow::Result<ExitCode> {
    let bytes = std::fs::read(path)
        .with_context(|| tr!("cli-cannot-read", path = path.display().to_string()))?;
    let text = review_file::utf8_text(bytes).map_err(|line| {
        anyhow!(
            "{}",
            tr!(
                "cli-import-not-utf8",
                path = path.display().to_string(),
                line = line
            )
        )
    })?;
    let config = common::config(context)?;
    let now = context.clock.now();
    let failed = |e: anyhow::Error| {
        anyhow!(
            "{}",
            tr!(
                "cli-import-failed",
                path = path.display().to_string(),
                error = e.to_string()
            )
        )
    };
    let mut store = common::open_store(context)?;
    // The file is read while the damage check reads the database; nothing is written (not
    // even the backup) before the check passes, and its error comes first.
    let scheduler = common::scheduler(&config, &store)?;
    let export =
        common::read_while_checking(context, || Ok(read_export(&text, now)))?.map_err(failed)?;
    let merged = if export.changes_nothing(&store)? {
        // The same file again: no backup (it would push an older one out) and no write.
        let answers = export.rows.len();
        Merged {
            reviews: crate::store::ImportReport {
                read: answers,
                added: 0,
                already_present: answers,
                cards_rebuilt: 0,
            },
            records: 0,
            set_asides: 0,
        }
    } else {
        store.backup(
            crate::store::backup::Reason::BeforeImport,
            now,
            config.backup.keep,
        )?;
        merge_read(&mut store, &config, &scheduler, export).map_err(failed)?
    };
    say!(
        "{}",
        tr!(
            "cli-import-done",
            read = merged.reviews.read,
            added = merged.reviews.added,
            present = merged.reviews.already_present,
            rescheduled = merged.reviews.cards_rebuilt
        )
    );
    if merged.records > 0 || merged.set_asides > 0 {
        say!(
            "{}",
            tr!(
                "cli-import-merged-extras",
                records = merged.records,
                set_asides = merged.set_asides
            )
        );
    }
    Ok(ExitCode::SUCCESS)
}

/// What merging an export did.
pub struct Merged {
    pub reviews: crate::store::ImportReport,
    pub records: usize,
    pub set_asides: usize,
}

/// Merges an export's text into the store (all or nothing). An error starts with ":line: "
/// when it is about one line, or ": " otherwise, for the caller to put a file name before.
pub fn merge(
    store: &mut crate::store::Store,
    config: &crate::config::Config,
    text: &str,
    now: jiff::Timestamp,
) -> anyhow::Result<Merged> {
    // Before the file is parsed: the scheduler's time zone lookup reads the zone database,
    // which cost a tenth of a 200,000-answer import when the heap was full of parsed lines.
    let scheduler = common::scheduler(config, store).map_err(|e| anyhow!(": {e}"))?;
    let export = read_export(text, now)?;
    merge_read(store, config, &scheduler, export)
}

/// An export's text as read: its answers and its other records (see `merge`).
pub struct ReadExport {
    rows: Vec<crate::store::ReviewRow>,
    extras: archive_file::Extras,
}

impl ReadExport {
    /// Whether merging it would change nothing: answers only, every one already logged (or
    /// undone), no other records.
    fn changes_nothing(&self, store: &crate::store::Store) -> anyhow::Result<bool> {
        let (records, set_asides) = &self.extras;
        Ok(records.is_empty() && set_asides.is_empty() && store.has_every_answer(&self.rows)?)
    }
}

/// Reads an export's text, writing nothing (errors as `merge` words them).
pub fn read_export(text: &str, now: jiff::Timestamp) -> anyhow::Result<ReadExport> {
    let (rows, extras) = review_file::parse_all(text, now).map_err(|e| match e.line {
        Some(line) => anyhow!(":{line}: {}", e.message),
        None => anyhow!(": {}", e.message),
    })?;
    let extras = archive_file::read_extras(&extras).map_err(|e| anyhow!(": {e}"))?;
    Ok(ReadExport { rows, extras })
}

/// `merge` of an export already read, with the store's `scheduler`.
pub fn merge_read(
    store: &mut crate::store::Store,
    config: &crate::config::Config,
    scheduler: &crate::sched::Scheduler,
    export: ReadExport,
) -> anyhow::Result<Merged> {
    let ReadExport {
        rows,
        extras: (records, set_asides),
    } = export;
    let schedule_inputs = |store: &crate::store::Store| -> anyhow::Result<_> {
        Ok((store.parameters()?, store.exam_plan()?))
    };
    let before = schedule_inputs(store).map_err(|e| anyhow!(": {e}"))?;
    let reviews = store
        .import_archive(&records, &set_asides, &rows, scheduler)
        .map_err(|e| anyhow!(": {e}"))?;
    // Imported settings (trained parameters, an exam plan) that change what is in use change
    // the schedule of every card (a sync usually brings the same ones: nothing to redo).
    if schedule_inputs(store).map_err(|e| anyhow!(": {e}"))? != before {
        let scheduler = common::scheduler(config, store).map_err(|e| anyhow!(": {e}"))?;
        store
            .rebuild_all(&scheduler)
            .map_err(|e| anyhow!(": {e}"))?;
    }
    Ok(Merged {
        reviews,
        records: records.len(),
        set_asides: set_asides.len(),
    })
}

/// `saa unsuspend`: lists suspended questions, or lifts the suspension of some or all.
pub fn unsuspend(context: &Context, keys: &[String], all: bool) -> anyhow::Result<ExitCode> {
    let mut store = common::open_store_to_write(context)?;
    let cards = store.cards()?;
    let mut suspended: Vec<(QuestionKey, crate::sched::CardState)> =
        cards.into_iter().filter(|(_, c)| c.suspended).collect();
    suspended.sort_by(|a, b| a.0.cmp(&b.0));
    if keys.is_empty() && !all {
        if suspended.is_empty() {
            say!("{}", tr!("cli-unsuspend-none"));
        }
        for (key, _) in &suspended {
            say!("{key}");
        }
        return Ok(ExitCode::SUCCESS);
    }
    let mut wanted = Vec::new();
    for text in keys {
        let key = text
            .split_once('/')
            .and_then(|(d, q)| {
                Some(QuestionKey {
                    deck: Id::parse(d)?,
                    question: Id::parse(q)?,
                })
            })
            .ok_or_else(|| anyhow!("{}", tr!("cli-unsuspend-bad-key", text = text.as_str())))?;
        if !suspended.iter().any(|(k, _)| *k == key) {
            bail!(
                "{}",
                tr!("cli-unsuspend-not-suspended", key = key.to_string())
            );
        }
        wanted.push(key);
    }
    let mut count = 0;
    for (key, card) in suspended {
        if all || wanted.contains(&key) {
            store.set_aside(&key, false, card.buried_until, context.clock.now())?;
            count += 1;
        }
    }
    say!("{}", tr!("cli-unsuspend-done", count = count));
    Ok(ExitCode::SUCCESS)
}
