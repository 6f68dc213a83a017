//! The SQLite store: one file, WAL, forward-only migrations, one transaction per answer.
//! The only module that knows SQL.

pub mod archive;
pub mod backup;
mod cards;
pub mod events;
mod exam_lock;
mod exams;
mod migrate;
mod reviews;
mod settings;

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, ErrorCode, OpenFlags};

pub use exam_lock::ExamLock;
pub use exams::{DomainScore, ExamRecord, SavedExam};
pub use migrate::LATEST_VERSION;
pub use reviews::{ImportReport, ReviewRow, ReviewStats};

/// The store file inside the data dir.
pub const FILE_NAME: &str = "progress.sqlite3";

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error(
        "{path} is not a saa progress database or is damaged ({detail}). Nothing was written to it. {remedy}"
    )]
    Corrupt {
        path: PathBuf,
        detail: String,
        /// What to do, naming the newest backup beside the file when there is one.
        remedy: String,
    },
    #[error(
        "{path} cannot be written ({detail}). Check the file's permissions and free disk space, or pass another --data-dir"
    )]
    ReadOnly { path: PathBuf, detail: String },
    #[error(
        "{path} is locked by another program (another saa still writing?). Close it and try again"
    )]
    Locked { path: PathBuf },
    #[error(
        "{path} was written by a newer saa (schema version {found}, this saa knows {known}). Update saa; nothing was changed"
    )]
    TooNew {
        path: PathBuf,
        found: i64,
        known: i64,
    },
    #[error(
        "{path} is a SQLite database of another program, not saa's progress. Nothing was changed. Point saa at another data folder (--data-dir) or move the file away"
    )]
    Foreign { path: PathBuf },
    #[error(
        "could not write {path}: the disk is full or failed ({detail}). The last change was not saved; everything saved before is intact. Free some space on that disk (old backups, /tmp, caches) and try again"
    )]
    DiskFull { path: PathBuf, detail: String },
    #[error("cannot create the data folder {path}: {detail}")]
    Folder { path: PathBuf, detail: String },
    #[error("database error on {path}: {source}")]
    Sql {
        path: PathBuf,
        #[source]
        source: rusqlite::Error,
    },
    #[error(
        "mock exam {id} was already submitted or abandoned (in another saa window?); this submission was not recorded again"
    )]
    ExamClosed { id: String },
    #[error(
        "a mock exam is open in another saa on this data ({path}); finish or leave it there first. Studying, stats and import still work here"
    )]
    ExamInUse { path: PathBuf },
    #[error("{0}")]
    Invalid(String),
}

pub type Result<T> = std::result::Result<T, StoreError>;

pub struct Store {
    conn: Connection,
    path: PathBuf,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store").field("path", &self.path).finish()
    }
}

impl Store {
    /// Opens (creating if needed) `<data_dir>/progress.sqlite3` and brings its schema up to
    /// date, saving a copy of an existing file before any migration.
    pub fn open_in(data_dir: &Path) -> Result<Store> {
        std::fs::create_dir_all(data_dir).map_err(|e| StoreError::Folder {
            path: data_dir.to_path_buf(),
            detail: e.to_string(),
        })?;
        Store::open(&data_dir.join(FILE_NAME))
    }

    pub fn open(path: &Path) -> Result<Store> {
        // Two saa starting at the same moment on a new data dir race for the first schema
        // write; SQLite then answers "busy" at once to one of them (not through its busy
        // timeout) to avoid a deadlock. A short retry settles it.
        let mut attempt = 0;
        loop {
            match Store::open_once(path) {
                Err(StoreError::Locked { .. }) if attempt < 40 => {
                    attempt += 1;
                    std::thread::sleep(Duration::from_millis(25 + 5 * attempt));
                }
                other => return other,
            }
        }
    }

    fn open_once(path: &Path) -> Result<Store> {
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_CREATE
            | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(path, flags).map_err(|e| classify(path, e))?;
        let mut store = Store {
            conn,
            path: path.to_path_buf(),
        };
        // Nothing is written (not even the switch to WAL) before saa knows the file is its own
        // and of a version it understands.
        store.probe()?;
        store.configure()?;
        migrate::run(&mut store.conn, path).map_err(|e| match e {
            migrate::Error::Sql(e) => classify(path, e),
            migrate::Error::TooNew(found) => StoreError::TooNew {
                path: path.to_path_buf(),
                found,
                known: LATEST_VERSION,
            },
            migrate::Error::Backup(detail) => StoreError::ReadOnly {
                path: path.to_path_buf(),
                detail: format!("could not save a backup before upgrading: {detail}"),
            },
        })?;
        Ok(store)
    }

    /// A store that only reads, of the current schema only (`Invalid` otherwise: an older
    /// file is upgraded by `open` first). Nothing is written, not even the switch to WAL, so
    /// it can read beside the damage check while the decks are parsed.
    pub fn open_read_only(path: &Path) -> Result<Store> {
        let conn = read_only_connection(path)?;
        let version: i64 = conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .map_err(|e| classify(path, e))?;
        if version != LATEST_VERSION {
            return Err(StoreError::Invalid(format!(
                "schema version {version}, not {LATEST_VERSION}"
            )));
        }
        Ok(Store {
            conn,
            path: path.to_path_buf(),
        })
    }

    /// An in-memory store, for tests and benchmarks.
    pub fn in_memory() -> Result<Store> {
        let path = PathBuf::from(":memory:");
        let conn = Connection::open_in_memory().map_err(|e| classify(&path, e))?;
        let mut store = Store { conn, path };
        store.configure()?;
        migrate::run(&mut store.conn, &store.path.clone()).map_err(|e| match e {
            migrate::Error::Sql(e) => classify(Path::new(":memory:"), e),
            other => StoreError::Invalid(format!("{other:?}")),
        })?;
        Ok(store)
    }

    /// Refuses, without writing, a file that is damaged, another program's database, from a
    /// newer saa, or write-protected (every answer would be lost).
    fn probe(&mut self) -> Result<()> {
        let path = self.path.clone();
        let err = |e| classify(&path, e);
        // The permission bits say write-protected even where they do not bind (root): the
        // learner's intent is the same, and answers must not go into a file they protected.
        let protected = |p: &Path| std::fs::metadata(p).is_ok_and(|m| m.permissions().readonly());
        let folder_protected = path
            .parent()
            .is_some_and(|dir| !dir.as_os_str().is_empty() && protected(dir));
        if self.conn.is_readonly(rusqlite::MAIN_DB).map_err(err)?
            || protected(&path)
            || folder_protected
        {
            return Err(StoreError::ReadOnly {
                path,
                detail: "the file or its folder is write-protected, so no answer could be saved"
                    .into(),
            });
        }
        self.conn
            .busy_timeout(Duration::from_secs(5))
            .map_err(err)?;
        let version: i64 = self
            .conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .map_err(err)?;
        if version > LATEST_VERSION {
            return Err(StoreError::TooNew {
                path,
                found: version,
                known: LATEST_VERSION,
            });
        }
        let id: i32 = self
            .conn
            .query_row("PRAGMA application_id", [], |r| r.get(0))
            .map_err(err)?;
        let (tables, has_log): (i64, bool) = self
            .conn
            .query_row(
                "SELECT count(*), coalesce(sum(name = 'review_log'), 0) > 0 FROM sqlite_master WHERE type = 'table'",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .map_err(err)?;
        // An empty file is new; a saa file from before the mark has the review log.
        let ours = id == migrate::APPLICATION_ID || (id == 0 && (tables == 0 || has_log));
        if !ours {
            return Err(StoreError::Foreign { path });
        }
        Ok(())
    }

    fn configure(&mut self) -> Result<()> {
        let path = self.path.clone();
        self.conn
            .busy_timeout(Duration::from_secs(5))
            .map_err(|e| classify(&path, e))?;
        // WAL lets a reader (a second saa, `saa stats`) run beside the writer; NORMAL
        // synchronous is durable across application crashes, which is what we guard against.
        self.conn
            .pragma_update(None, "foreign_keys", "ON")
            .map_err(|e| classify(&path, e))?;
        let mode: String = self
            .conn
            .query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))
            .map_err(|e| classify(&path, e))?;
        if path != Path::new(":memory:") && !mode.eq_ignore_ascii_case("wal") {
            return Err(StoreError::ReadOnly {
                path,
                detail: format!("could not switch to WAL journal mode (got {mode})"),
            });
        }
        self.conn
            .pragma_update(None, "synchronous", "NORMAL")
            .map_err(|e| classify(&path, e))?;
        // 32 MiB of page cache (SQLite's default is 2 MiB): a year's log and its indexes stay
        // in memory instead of being re-read through system calls. It only grows as used.
        self.conn
            .pragma_update(None, "cache_size", -32 * 1024)
            .map_err(|e| classify(&path, e))?;
        Ok(())
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// SQLite's quick_check over the whole file: damage anywhere (not only in the pages a
    /// command happens to read) is found before anything is written. About 160 ms for a
    /// 30 MB file of 200,000 reviews, so it runs before writing commands, not before every read.
    pub fn verify(&self) -> Result<()> {
        quick_check(&self.conn, &self.path)
    }

    /// `verify` for a database file on a connection of its own, read-only, so it can run on
    /// another thread while the app parses its decks. A file not there yet has nothing to
    /// check.
    pub fn verify_file(path: &Path) -> Result<()> {
        if !path.exists() {
            return Ok(());
        }
        quick_check(&read_only_connection(path)?, path)
    }

    /// A write transaction that takes the write lock at once (`BEGIN IMMEDIATE`), so a second
    /// saa on the same file waits for this one instead of interleaving: a read-then-write
    /// inside it sees the latest committed log.
    fn write_tx(&mut self) -> Result<rusqlite::Transaction<'_>> {
        let path = &self.path;
        self.conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
            .map_err(|e| classify(path, e))
    }

    fn sql(&self, e: rusqlite::Error) -> StoreError {
        classify(&self.path, e)
    }
}

/// Column `i` of `row` as borrowed text ("" when it is not text): ids and names read this
/// way cost no allocation per row.
fn text_at<'r>(row: &'r rusqlite::Row<'_>, i: usize) -> rusqlite::Result<&'r str> {
    Ok(row.get_ref(i)?.as_str().unwrap_or_default())
}

/// A connection that cannot write, waiting up to 5 s for a writer's lock like the store's own.
fn read_only_connection(path: &Path) -> Result<Connection> {
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let conn = Connection::open_with_flags(path, flags).map_err(|e| classify(path, e))?;
    conn.busy_timeout(Duration::from_secs(5))
        .map_err(|e| classify(path, e))?;
    Ok(conn)
}

/// SQLite's quick_check: damage is an error that names the newest backup to restore.
fn quick_check(conn: &Connection, path: &Path) -> Result<()> {
    let path = path.to_path_buf();
    let problems: Vec<String> = {
        let mut stmt = conn
            .prepare("PRAGMA quick_check(5)")
            .map_err(|e| classify(&path, e))?;
        let rows = stmt
            .query_map([], |r| r.get::<_, String>(0))
            .map_err(|e| classify(&path, e))?;
        rows.collect::<rusqlite::Result<_>>()
            .map_err(|e| classify(&path, e))?
    };
    if problems.len() == 1 && problems[0] == "ok" {
        return Ok(());
    }
    Err(StoreError::Corrupt {
        remedy: remedy(&path),
        path,
        detail: format!("damaged: {}", problems.join("; ")),
    })
}

/// Turns a SQLite error into one a learner can act on.
fn classify(path: &Path, e: rusqlite::Error) -> StoreError {
    let path = path.to_path_buf();
    let code = e.sqlite_error_code();
    match code {
        Some(ErrorCode::NotADatabase | ErrorCode::DatabaseCorrupt) => StoreError::Corrupt {
            remedy: remedy(&path),
            path,
            detail: e.to_string(),
        },
        // A full disk often surfaces as a write I/O error (SQLITE_IOERR_WRITE, code 4874).
        Some(ErrorCode::DiskFull | ErrorCode::SystemIoFailure) => StoreError::DiskFull {
            path,
            detail: e.to_string(),
        },
        Some(ErrorCode::ReadOnly | ErrorCode::CannotOpen | ErrorCode::PermissionDenied) => {
            StoreError::ReadOnly {
                path,
                detail: e.to_string(),
            }
        }
        Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => StoreError::Locked { path },
        _ => StoreError::Sql { path, source: e },
    }
}

/// How to get going again after damage: the newest backup and the command that puts it back,
/// or how to start afresh.
fn remedy(path: &Path) -> String {
    match newest_backup(path) {
        Some(backup) => format!(
            "The newest backup is {b}; put it back with: saa restore {b} (the damaged file is kept aside as {p}.broken-...)",
            b = backup.display(),
            p = path.display()
        ),
        None => format!(
            "There is no backup of it. Move it aside (mv {p} {p}.broken) and saa will start a new one; your review log can be re-imported from an export (saa import reviews FILE)",
            p = path.display()
        ),
    }
}

/// The newest copy of the store file at `path`: a rolling backup, or else the newest copy
/// kept before a schema upgrade.
pub fn newest_backup(path: &Path) -> Option<PathBuf> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    // Rolling backups first, then the copies kept before schema upgrades.
    backup::list(path)
        .into_iter()
        .next()
        .map(|b| b.path)
        .or_else(|| {
            std::fs::read_dir(path.parent()?)
                .ok()?
                .filter_map(|e| e.ok())
                .filter(|e| {
                    let n = e.file_name().to_string_lossy().into_owned();
                    n.starts_with(&format!("{name}.bak")) && !n.contains(".partial")
                })
                .filter_map(|e| Some((e.metadata().ok()?.modified().ok()?, e.path())))
                .max()
                .map(|(_, p)| p)
        })
}

/// Milliseconds since the Unix epoch, the store's time format.
pub(crate) fn to_ms(ts: jiff::Timestamp) -> i64 {
    ts.as_millisecond()
}

pub(crate) fn from_ms(ms: i64) -> jiff::Timestamp {
    jiff::Timestamp::from_millisecond(ms).unwrap_or(jiff::Timestamp::UNIX_EPOCH)
}

#[cfg(test)]
mod tests;

#[cfg(test)]
pub(crate) mod tests_support {
    use super::*;
    use crate::deck::{Id, QuestionKey};
    use crate::sched::{DayClock, Mode, Phase, Rating, SchedConfig, Scheduler};

    /// Logs one right study answer to `q1` with review id `id`.
    pub fn answer_once(store: &mut Store, id: &str) {
        let s = Scheduler::new(&[], SchedConfig::default(), DayClock::utc(4)).unwrap();
        let row = ReviewRow {
            id: id.to_string(),
            key: QuestionKey {
                deck: Id::parse("d").unwrap(),
                question: Id::parse("q1").unwrap(),
            },
            reviewed_at: "2026-11-30T10:00:00Z".parse().unwrap(),
            rating: Rating::Good,
            mode: Mode::Study,
            correct: true,
            picked: "[]".into(),
            elapsed_ms: 1000,
            phase: Phase::New,
            memory: None,
            interval_days: 0,
            due: None,
        };
        store.record(&row, &s).unwrap();
    }
}
