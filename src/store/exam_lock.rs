//! One exam, one window: a lock file beside the database, held while a mock exam is on screen.
//! The operating system releases it when the process ends, however it ends, so a killed saa
//! never leaves a stale lock behind.

use std::fs::{File, OpenOptions, TryLockError};
use std::path::{Path, PathBuf};

use super::{Result, Store, StoreError};

/// The lock file's name in the data dir.
pub const LOCK_FILE: &str = "exam.lock";

/// Held while a mock exam is open; dropping it lets another saa open one.
#[derive(Debug)]
pub struct ExamLock {
    _file: Option<File>,
}

impl Store {
    /// Takes the exam lock, or fails with `ExamInUse` at once when another saa on the same
    /// data holds it. An in-memory store (tests) has nothing to share and always succeeds.
    pub fn lock_exam(&self) -> Result<ExamLock> {
        let Some(dir) = self.data_dir() else {
            return Ok(ExamLock { _file: None });
        };
        let path = dir.join(LOCK_FILE);
        let file = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .map_err(|e| StoreError::ReadOnly {
                path: path.clone(),
                detail: e.to_string(),
            })?;
        match file.try_lock() {
            Ok(()) => Ok(ExamLock { _file: Some(file) }),
            Err(TryLockError::WouldBlock) => Err(StoreError::ExamInUse { path: dir }),
            Err(TryLockError::Error(e)) => Err(StoreError::ReadOnly {
                path,
                detail: format!("cannot lock: {e}"),
            }),
        }
    }

    fn data_dir(&self) -> Option<PathBuf> {
        (self.path != Path::new(":memory:"))
            .then(|| self.path.parent().map(Path::to_path_buf))
            .flatten()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_store_on_the_same_data_cannot_open_an_exam_until_the_first_lets_go() {
        let dir = tempfile::tempdir().unwrap();
        let a = Store::open_in(dir.path()).unwrap();
        let b = Store::open_in(dir.path()).unwrap();
        let held = a.lock_exam().unwrap();
        let refused = b.lock_exam();
        assert!(
            matches!(refused, Err(StoreError::ExamInUse { .. })),
            "{refused:?}"
        );
        drop(held);
        assert!(b.lock_exam().is_ok());
        // Another data dir is independent.
        let other = tempfile::tempdir().unwrap();
        let c = Store::open_in(other.path()).unwrap();
        let _a = a.lock_exam().unwrap();
        assert!(c.lock_exam().is_ok());
    }
}
