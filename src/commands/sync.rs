//! `saa sync [DIR]`: keeps several machines' progress together through a folder that a sync
//! tool (Syncthing, Dropbox, a network share, a USB stick) shares between them. Each machine
//! writes only its own complete export, `<device>.jsonl`, and merges every other machine's file;
//! merging adds what is missing and never overwrites, so the order of syncs does not matter and
//! no machine's file is ever written by another.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context as _, anyhow, bail};

use super::common;
use super::reviews;
use crate::cli::Context;
use crate::commands::output::{pad, say};
use crate::store::Store;
use crate::store::archive::LOCAL_SETTING;
use crate::store::backup::Reason;
use crate::tr;

const EXTENSION: &str = "jsonl";

pub fn run(context: &Context, dir: Option<&Path>, status: bool) -> anyhow::Result<ExitCode> {
    let config = common::config(context)?;
    let dir = dir
        .map(Path::to_path_buf)
        .or_else(|| config.sync.folder())
        .ok_or_else(|| anyhow!("{}", tr!("cli-sync-no-folder")))?;
    if !dir.is_dir() {
        bail!(
            "{}",
            tr!("cli-sync-not-a-folder", path = dir.display().to_string())
        );
    }
    let mut store = common::open_store(context)?;
    // While the damage check reads the database: when no other machine's file changed since
    // it was merged, this machine's export is all there is to do, and reading it writes
    // nothing. Nothing is written before the check passes.
    let ready = common::read_while_checking(context, || {
        if status {
            Ok(None)
        } else {
            nothing_to_merge(&store, &dir)
        }
    })?;
    if status {
        return show_status(&store, &dir);
    }
    let outcome = match ready {
        Some(Ready {
            mut said,
            own,
            export,
        }) => {
            write_own(&dir, &own, export, &mut said)?;
            Outcome {
                said,
                failures: Vec::new(),
            }
        }
        None => sync_folder(&mut store, &config, &dir, context.clock.now())?,
    };
    for line in &outcome.said {
        say!("{line}");
    }
    if outcome.failures.is_empty() {
        return Ok(ExitCode::SUCCESS);
    }
    for failure in &outcome.failures {
        eprintln!("{}", tr!("cli-error", message = failure.as_str()));
    }
    eprintln!("{}", tr!("cli-sync-fix-failures"));
    Ok(ExitCode::FAILURE)
}

/// What a sync did: lines to tell, and the files it could not merge (the rest were merged).
pub struct Outcome {
    pub said: Vec<String>,
    pub failures: Vec<String>,
}

/// Merges every other machine's file in `dir` into the store, then writes this machine's
/// own. The app runs it at start and on quit when `[sync] dir` is set; `saa sync` runs it.
pub fn sync_folder(
    store: &mut Store,
    config: &crate::config::Config,
    dir: &Path,
    now: jiff::Timestamp,
) -> anyhow::Result<Outcome> {
    let mut said = Vec::new();
    let device = store.device()?;
    let own = format!("{device}.{EXTENSION}");
    let mut failures = Vec::new();
    let mut backed_up = false;
    for peer in peers(dir, &own)? {
        let name = file_name(&peer);
        let seen_key = seen_key(&name);
        let stamp = stamp(&peer)?;
        if store.setting(&seen_key)?.as_deref() == Some(stamp.as_str()) {
            said.push(tr!("cli-sync-unchanged", name = name.as_str()));
            continue;
        }
        let text = match read_complete_lines(&peer) {
            Ok(text) => text,
            Err(e) => {
                failures.push(e.to_string());
                continue;
            }
        };
        if text.complete.is_empty() {
            said.push(tr!("cli-sync-empty", name = name.as_str()));
            continue;
        }
        if !backed_up {
            store.backup(Reason::BeforeSync, now, config.backup.keep)?;
            backed_up = true;
        }
        match reviews::merge(store, config, &text.complete, now) {
            Ok(merged) => {
                said.push(tr!(
                    "cli-sync-merged",
                    name = name.as_str(),
                    added = merged.reviews.added,
                    present = merged.reviews.already_present,
                    records = merged.records,
                    set_asides = merged.set_asides
                ));
                if text.partial_tail {
                    said.push(tr!("cli-sync-partial-tail", name = name.as_str()));
                } else {
                    store.set_setting(&seen_key, &stamp)?;
                }
            }
            Err(e) => failures.push(tr!(
                "cli-sync-merge-failed",
                path = peer.display().to_string(),
                error = e.to_string()
            )),
        }
    }
    write_own(
        dir,
        &own,
        reviews::complete_export(store, false)?,
        &mut said,
    )?;
    Ok(Outcome { said, failures })
}

/// What a sync has left to do when no other machine's file changed since it was merged.
struct Ready {
    said: Vec<String>,
    /// This machine's file name, and its export as it is now.
    own: String,
    export: (String, String),
}

/// `Ready` when this machine already has its device id and every other machine's file is
/// as it was when last merged (`sync_folder` would only say so); found without writing.
fn nothing_to_merge(store: &Store, dir: &Path) -> anyhow::Result<Option<Ready>> {
    let Some(device) = store.setting(&device_key())? else {
        return Ok(None);
    };
    let own = format!("{device}.{EXTENSION}");
    let mut said = Vec::new();
    for peer in peers(dir, &own)? {
        let name = file_name(&peer);
        if store.setting(&seen_key(&name))?.as_deref() != Some(stamp(&peer)?.as_str()) {
            return Ok(None);
        }
        said.push(tr!("cli-sync-unchanged", name = name.as_str()));
    }
    let export = reviews::complete_export(store, false)?;
    Ok(Some(Ready { said, own, export }))
}

/// Writes this machine's export (text, and what it holds) as `own` in `dir`, unless the file
/// there already holds exactly that.
fn write_own(
    dir: &Path,
    own: &str,
    (text, what): (String, String),
    said: &mut Vec<String>,
) -> anyhow::Result<()> {
    let own_path = dir.join(own);
    let current = std::fs::read(&own_path).ok();
    if current.as_deref() == Some(text.as_bytes()) {
        said.push(tr!("cli-sync-own-unchanged", name = own, what = what));
    } else {
        reviews::write_atomically(&own_path, &text)?;
        said.push(tr!("cli-sync-own-written", name = own, what = what));
    }
    Ok(())
}

/// `saa sync --status`: which machines share the folder and what this one has merged.
fn show_status(store: &Store, dir: &Path) -> anyhow::Result<ExitCode> {
    let device = store.setting(&device_key())?;
    match &device {
        Some(id) => say!(
            "{}",
            tr!(
                "cli-sync-status-this",
                id = id.as_str(),
                file = format!("{id}.{EXTENSION}"),
                dir = dir.display().to_string()
            )
        ),
        None => say!("{}", tr!("cli-sync-status-not-yet")),
    }
    let own = device
        .as_ref()
        .map(|id| format!("{id}.{EXTENSION}"))
        .unwrap_or_default();
    let mut files = peers(dir, "")?;
    files.sort();
    if files.is_empty() {
        say!(
            "{}",
            tr!("cli-sync-status-empty", dir = dir.display().to_string())
        );
    }
    for path in files {
        let name = file_name(&path);
        let modified = std::fs::metadata(&path)
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| jiff::Timestamp::try_from(t).ok())
            .map(|t| {
                t.to_zoned_datetime(jiff::tz::TimeZone::system())
                    .strftime("%Y-%m-%d %H:%M")
                    .to_string()
            })
            .unwrap_or_else(|| "?".into());
        let state = if name == own {
            tr!("cli-sync-state-own")
        } else if store.setting(&seen_key(&name))?.as_deref() == Some(stamp(&path)?.as_str()) {
            tr!("cli-sync-state-merged")
        } else {
            tr!("cli-sync-state-pending")
        };
        say!(
            "  {} {} {}",
            pad(&name, 32),
            pad(&state, 15),
            tr!("cli-sync-status-changed", time = modified)
        );
    }
    Ok(ExitCode::SUCCESS)
}

fn device_key() -> String {
    crate::store::events::DEVICE_SETTING.to_string()
}

fn seen_key(name: &str) -> String {
    format!("{LOCAL_SETTING}sync_seen/{name}")
}

/// Size and modification time: a file with the same stamp was merged already.
fn stamp(path: &Path) -> anyhow::Result<String> {
    let meta = std::fs::metadata(path)
        .with_context(|| tr!("cli-cannot-read", path = path.display().to_string()))?;
    let modified = meta
        .modified()
        .ok()
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    Ok(format!("{}:{modified}", meta.len()))
}

/// The `*.jsonl` files in `dir` other than `own` (hidden files and sync tools' temporary
/// files are not exports).
fn peers(dir: &Path, own: &str) -> anyhow::Result<Vec<PathBuf>> {
    let entries = std::fs::read_dir(dir)
        .with_context(|| tr!("cli-cannot-read-folder", path = dir.display().to_string()))?;
    let mut out: Vec<PathBuf> = entries
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == EXTENSION) && p.is_file())
        .filter(|p| {
            let name = file_name(p);
            !name.starts_with('.') && !name.starts_with('~') && name != own
        })
        .collect();
    out.sort();
    Ok(out)
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// A peer's text up to its last complete line: a sync tool may still be copying the rest.
struct CompleteLines {
    complete: String,
    partial_tail: bool,
}

fn read_complete_lines(path: &Path) -> anyhow::Result<CompleteLines> {
    let bytes = std::fs::read(path)
        .with_context(|| tr!("cli-cannot-read", path = path.display().to_string()))?;
    let end = bytes.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
    let partial_tail = end < bytes.len();
    let mut bytes = bytes;
    bytes.truncate(end);
    let text = super::review_file::utf8_text(bytes).map_err(|line| {
        anyhow!(
            "{}",
            tr!(
                "cli-sync-not-utf8",
                path = path.display().to_string(),
                line = line
            )
        )
    })?;
    Ok(CompleteLines {
        complete: text,
        partial_tail,
    })
}
