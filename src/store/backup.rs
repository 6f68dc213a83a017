//! Rolling backups of the progress database: SQLite's online backup API copies a consistent
//! snapshot while other saa processes keep working, into `<data-dir>/backups/`. Daily, and
//! before anything that rewrites much at once (import, optimize, restore); the newest `keep`
//! are kept. A restore checks the file is a healthy saa database before it touches anything.

use std::path::{Path, PathBuf};
use std::time::Duration;

use jiff::Timestamp;
use rusqlite::{Connection, OpenFlags};

use super::{Result, Store, StoreError, classify, migrate};

/// The folder inside the data dir.
pub const BACKUP_DIR: &str = "backups";

/// Why a backup was made; part of its file name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reason {
    Daily,
    Manual,
    BeforeImport,
    BeforeOptimize,
    BeforeRestore,
    BeforeSync,
}

impl Reason {
    fn as_str(self) -> &'static str {
        match self {
            Reason::Daily => "daily",
            Reason::Manual => "manual",
            Reason::BeforeImport => "before-import",
            Reason::BeforeOptimize => "before-optimize",
            Reason::BeforeRestore => "before-restore",
            Reason::BeforeSync => "before-sync",
        }
    }
}

/// A backup file and when it was made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Backup {
    pub path: PathBuf,
    pub made_at: Timestamp,
}

/// The backups beside the database at `db` (in `backups/`), newest first.
pub fn list(db: &Path) -> Vec<Backup> {
    let Some(dir) = db.parent().map(|d| d.join(BACKUP_DIR)) else {
        return Vec::new();
    };
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut out: Vec<Backup> = entries
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "sqlite3"))
        .filter_map(|path| {
            // progress-<unix seconds>-<reason>.sqlite3
            let name = path.file_stem()?.to_str()?.to_string();
            let secs: i64 = name
                .strip_prefix("progress-")?
                .split('-')
                .next()?
                .parse()
                .ok()?;
            Some(Backup {
                made_at: Timestamp::from_second(secs).ok()?,
                path,
            })
        })
        .collect();
    out.sort_by(|a, b| b.made_at.cmp(&a.made_at).then(b.path.cmp(&a.path)));
    out
}

impl Store {
    /// Copies a consistent snapshot of the database into `backups/` and keeps the newest
    /// `keep`. Returns the new file.
    pub fn backup(&self, reason: Reason, now: Timestamp, keep: usize) -> Result<PathBuf> {
        let dir = self
            .path
            .parent()
            .map(|d| d.join(BACKUP_DIR))
            .ok_or_else(|| StoreError::Invalid("an in-memory store has no backups".into()))?;
        std::fs::create_dir_all(&dir).map_err(|e| StoreError::Folder {
            path: dir.clone(),
            detail: e.to_string(),
        })?;
        let target = dir.join(format!(
            "progress-{}-{}.sqlite3",
            now.as_second(),
            reason.as_str()
        ));
        let partial = target.with_extension("partial");
        let _ = std::fs::remove_file(&partial);
        let copied = (|| -> rusqlite::Result<()> {
            let mut dest = Connection::open(&partial)?;
            let backup = rusqlite::backup::Backup::new(&self.conn, &mut dest)?;
            // In one step: a WAL database lets writers go on meanwhile, and steps of 256 pages
            // with a pause after each spent most of a backup asleep (40 ms for a year's log).
            backup.run_to_completion(i32::MAX, Duration::from_millis(5), None)?;
            drop(backup);
            // A backup is one self-contained file, not a WAL database with side files.
            dest.query_row("PRAGMA journal_mode = DELETE", [], |_| Ok(()))?;
            Ok(())
        })();
        if let Err(e) = copied {
            let _ = std::fs::remove_file(&partial);
            return Err(classify(&target, e));
        }
        std::fs::rename(&partial, &target).map_err(|e| StoreError::ReadOnly {
            path: target.clone(),
            detail: e.to_string(),
        })?;
        for old in list(&self.path).into_iter().skip(keep.max(1)) {
            let _ = std::fs::remove_file(old.path);
        }
        Ok(target)
    }

    /// Makes the day's backup unless one was made since `day_start`.
    pub fn daily_backup(
        &self,
        now: Timestamp,
        day_start: Timestamp,
        keep: usize,
    ) -> Result<Option<PathBuf>> {
        if list(&self.path)
            .first()
            .is_some_and(|b| b.made_at >= day_start)
        {
            return Ok(None);
        }
        self.backup(Reason::Daily, now, keep).map(Some)
    }
}

/// Checks that `file` is a healthy saa database this version can read, without changing it.
pub fn check_restorable(file: &Path) -> Result<()> {
    let conn = Connection::open_with_flags(file, OpenFlags::SQLITE_OPEN_READ_ONLY)
        .map_err(|e| classify(file, e))?;
    let err = |e| classify(file, e);
    let id: i32 = conn
        .query_row("PRAGMA application_id", [], |r| r.get(0))
        .map_err(err)?;
    let version: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .map_err(err)?;
    let has_log: bool = conn
        .query_row(
            "SELECT count(*) > 0 FROM sqlite_master WHERE type = 'table' AND name = 'review_log'",
            [],
            |r| r.get(0),
        )
        .map_err(err)?;
    if !(id == migrate::APPLICATION_ID || (id == 0 && has_log)) {
        return Err(StoreError::Foreign {
            path: file.to_path_buf(),
        });
    }
    if version > migrate::LATEST_VERSION {
        return Err(StoreError::TooNew {
            path: file.to_path_buf(),
            found: version,
            known: migrate::LATEST_VERSION,
        });
    }
    let check: String = conn
        .query_row("PRAGMA quick_check(1)", [], |r| r.get(0))
        .map_err(err)?;
    if check != "ok" {
        return Err(StoreError::Corrupt {
            path: file.to_path_buf(),
            detail: format!("damaged: {check}"),
            remedy: "Pick another backup (saa backup --list).".into(),
        });
    }
    Ok(())
}

/// Puts the healthy backup `file` in place of the database in `data_dir`. A database that
/// still opens is first backed up and then overwritten page by page through SQLite (safe with
/// another saa open); one that does not open is moved aside as `.broken-<time>` and replaced.
/// Returns the path the old database was kept at.
pub fn restore(data_dir: &Path, file: &Path, now: Timestamp, keep: usize) -> Result<PathBuf> {
    check_restorable(file)?;
    let db = data_dir.join(super::FILE_NAME);
    // A database that opens but is damaged inside is replaced like one that does not open.
    match Store::open(&db).and_then(|s| s.verify().map(|()| s)) {
        Ok(mut store) => {
            let kept = store.backup(Reason::BeforeRestore, now, keep.max(2))?;
            store
                .conn
                .restore(
                    rusqlite::MAIN_DB,
                    file,
                    None::<fn(rusqlite::backup::Progress)>,
                )
                .map_err(|e| classify(&db, e))?;
            drop(store);
            // Bring the restored copy up to this version's schema.
            Store::open(&db)?;
            Ok(kept)
        }
        Err(_) => {
            let aside = db.with_extension(format!("sqlite3.broken-{}", now.as_second()));
            let move_aside = |from: &Path, to: &Path| {
                if from.exists() {
                    std::fs::rename(from, to).map_err(|e| StoreError::ReadOnly {
                        path: from.to_path_buf(),
                        detail: e.to_string(),
                    })
                } else {
                    Ok(())
                }
            };
            move_aside(&db, &aside)?;
            for side in ["-wal", "-shm"] {
                let mut from = db.as_os_str().to_owned();
                from.push(side);
                let mut to = aside.as_os_str().to_owned();
                to.push(side);
                move_aside(Path::new(&from), Path::new(&to))?;
            }
            std::fs::copy(file, &db).map_err(|e| StoreError::ReadOnly {
                path: db.clone(),
                detail: e.to_string(),
            })?;
            Store::open(&db)?;
            Ok(aside)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::tests_support::answer_once;

    fn at(s: &str) -> Timestamp {
        s.parse().unwrap()
    }

    #[test]
    fn backups_roll_and_restore_brings_the_log_back() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open_in(dir.path()).unwrap();
        answer_once(&mut store, "r1");
        let first = store
            .backup(Reason::Manual, at("2026-12-01T10:00:00Z"), 3)
            .unwrap();
        check_restorable(&first).unwrap();
        let restore_from = dir.path().join("kept.sqlite3");
        std::fs::copy(&first, &restore_from).unwrap();
        answer_once(&mut store, "r2");
        // Daily: one per day.
        let day = at("2026-12-02T04:00:00Z");
        assert!(
            store
                .daily_backup(at("2026-12-02T09:00:00Z"), day, 3)
                .unwrap()
                .is_some()
        );
        assert!(
            store
                .daily_backup(at("2026-12-02T10:00:00Z"), day, 3)
                .unwrap()
                .is_none()
        );
        for h in 11..15 {
            store
                .backup(Reason::Manual, at(&format!("2026-12-02T{h}:00:00Z")), 3)
                .unwrap();
        }
        assert_eq!(list(store.path()).len(), 3, "only the newest 3 are kept");
        // The first backup has one review; restoring it undoes the second.
        drop(store);
        restore(dir.path(), &restore_from, at("2026-12-03T10:00:00Z"), 3).unwrap();
        let store = Store::open_in(dir.path()).unwrap();
        assert_eq!(store.reviews().unwrap().len(), 1);
        // What was there before the restore was kept as a backup.
        assert!(
            list(store.path())[0]
                .path
                .to_string_lossy()
                .contains("before-restore")
        );
    }

    #[test]
    fn restore_refuses_a_foreign_or_damaged_file_and_replaces_a_broken_database() {
        let dir = tempfile::tempdir().unwrap();
        let foreign = dir.path().join("other.sqlite3");
        Connection::open(&foreign)
            .unwrap()
            .execute_batch("CREATE TABLE invoices (id INTEGER);")
            .unwrap();
        let err = restore(dir.path(), &foreign, at("2026-12-03T10:00:00Z"), 3).unwrap_err();
        assert!(matches!(err, StoreError::Foreign { .. }), "{err:?}");
        assert!(
            !dir.path().join(crate::store::FILE_NAME).exists(),
            "nothing was created"
        );

        let mut store = Store::open_in(dir.path()).unwrap();
        answer_once(&mut store, "r1");
        let good = store
            .backup(Reason::Manual, at("2026-12-01T10:00:00Z"), 3)
            .unwrap();
        drop(store);
        let db = dir.path().join(crate::store::FILE_NAME);
        std::fs::write(&db, b"garbage".repeat(1000)).unwrap();
        let aside = restore(dir.path(), &good, at("2026-12-03T10:00:00Z"), 3).unwrap();
        assert!(aside.to_string_lossy().contains("broken"));
        assert_eq!(
            Store::open_in(dir.path()).unwrap().reviews().unwrap().len(),
            1
        );
    }
}
