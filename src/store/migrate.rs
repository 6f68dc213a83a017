//! Forward-only migrations versioned by `PRAGMA user_version`. Before a migration touches an
//! existing file, a copy is saved next to it (`progress.sqlite3.bak-v1`).

use std::path::Path;

use rusqlite::Connection;

/// Each entry upgrades from version `index` to `index + 1`.
const MIGRATIONS: &[&str] = &[
    include_str!("migrations/0001_init.sql"),
    include_str!("migrations/0002_exams.sql"),
    include_str!("migrations/0003_exam_time.sql"),
    include_str!("migrations/0004_events.sql"),
    include_str!("migrations/0005_reset_events.sql"),
    include_str!("migrations/0006_practice_exams.sql"),
    include_str!("migrations/0007_covering_card_index.sql"),
];

pub const LATEST_VERSION: i64 = MIGRATIONS.len() as i64;

/// `PRAGMA application_id` of a saa database ("SAA!"), so saa never takes over another
/// program's SQLite file.
pub const APPLICATION_ID: i32 = 0x5341_4121;

#[derive(Debug)]
pub enum Error {
    Sql(rusqlite::Error),
    TooNew(i64),
    Backup(String),
}

impl From<rusqlite::Error> for Error {
    fn from(e: rusqlite::Error) -> Self {
        Error::Sql(e)
    }
}

pub fn run(conn: &mut Connection, path: &Path) -> Result<(), Error> {
    let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    if version > LATEST_VERSION {
        return Err(Error::TooNew(version));
    }
    if version == LATEST_VERSION {
        let id: i32 = conn.query_row("PRAGMA application_id", [], |r| r.get(0))?;
        if id != APPLICATION_ID {
            // Databases from before saa marked its files.
            conn.pragma_update(None, "application_id", APPLICATION_ID)?;
        }
        return Ok(());
    }
    if version > 0 && path != Path::new(":memory:") {
        backup(conn, path, version)?;
    }
    for (from, sql) in MIGRATIONS.iter().enumerate().skip(version as usize) {
        // IMMEDIATE takes the write lock first; two saa started at once on a new data dir
        // then migrate one after the other, and the second finds the step already done.
        let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let now: i64 = tx.query_row("PRAGMA user_version", [], |r| r.get(0))?;
        if now > from as i64 {
            continue;
        }
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", from as i64 + 1)?;
        tx.pragma_update(None, "application_id", APPLICATION_ID)?;
        tx.commit()?;
    }
    Ok(())
}

fn backup(conn: &Connection, path: &Path, version: i64) -> Result<(), Error> {
    let mut target = path.as_os_str().to_owned();
    target.push(format!(".bak-v{version}"));
    let target = std::path::PathBuf::from(target);
    if target.exists() {
        // An earlier upgrade attempt already saved this version; keep the first copy.
        return Ok(());
    }
    // Written under a name of its own, then moved into place: two saa upgrading at once
    // never write into one half-made copy.
    let mut partial = target.as_os_str().to_owned();
    partial.push(format!(
        ".partial-{}-{:x}",
        std::process::id(),
        rand::random::<u64>()
    ));
    let partial = std::path::PathBuf::from(partial);
    let partial_str = partial
        .to_str()
        .ok_or_else(|| Error::Backup(format!("{} is not valid UTF-8", partial.display())))?;
    let _ = std::fs::remove_file(&partial);
    let made = conn
        .execute("VACUUM INTO ?1", [partial_str])
        .map_err(|e| Error::Backup(e.to_string()))
        .and_then(|_| {
            if target.exists() {
                std::fs::remove_file(&partial).map_err(|e| Error::Backup(e.to_string()))
            } else {
                std::fs::rename(&partial, &target).map_err(|e| Error::Backup(e.to_string()))
            }
        });
    if made.is_err() {
        let _ = std::fs::remove_file(&partial);
    }
    made
}
