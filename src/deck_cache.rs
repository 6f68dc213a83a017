//! The parsed-deck cache: a deck file that parsed without a single diagnostic is kept in
//! binary form (`deck::codec`) under `<data-dir>/cache/decks`, named by a hash of its text, so
//! the app and `saa stats` read 20,000 questions in a fraction of the time parsing takes.
//! `saa deck check` never uses it: the linter always parses.
//!
//! An entry is found only by the exact text it was parsed from and only by the same saa
//! binary (its size and modification time salt the hash: a new build or version parses
//! afresh). Each entry ends with a checksum of its content; a damaged or unreadable entry is
//! a miss and the file is parsed. Every failure to write is ignored: it is only a cache.

use std::hash::Hasher;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use rustc_hash::FxHasher;

use crate::deck::{Deck, codec};

/// Entries not written for this long are removed when a new one is written.
const KEEP_FOR: Duration = Duration::from_secs(30 * 24 * 3600);

#[derive(Debug, Clone)]
pub struct DeckCache {
    dir: PathBuf,
    salt: u64,
}

impl DeckCache {
    /// The cache in `data_dir`, for the running binary; `None` when saa cannot tell which
    /// binary it is (then nothing is cached).
    pub fn in_data_dir(data_dir: &Path) -> Option<DeckCache> {
        let exe = std::env::current_exe().ok()?.metadata().ok()?;
        let built = exe
            .modified()
            .ok()?
            .duration_since(SystemTime::UNIX_EPOCH)
            .ok()?;
        let mut salt = FxHasher::default();
        salt.write(env!("CARGO_PKG_VERSION").as_bytes());
        salt.write_u64(exe.len());
        salt.write_u128(built.as_nanos());
        Some(DeckCache {
            dir: data_dir.join("cache").join("decks"),
            salt: salt.finish(),
        })
    }

    fn entry(&self, text: &[u8]) -> PathBuf {
        let mut hash = FxHasher::default();
        hash.write_u64(self.salt);
        hash.write(text);
        self.dir
            .join(format!("{:x}-{:016x}.deck", text.len(), hash.finish()))
    }

    /// The deck parsed earlier from exactly `text`, if kept and whole.
    pub fn get(&self, text: &[u8]) -> Option<Deck> {
        let bytes = std::fs::read(self.entry(text)).ok()?;
        let (content, sum) = bytes.split_at_checked(bytes.len().checked_sub(8)?)?;
        (checksum(content).to_le_bytes() == sum).then(|| codec::decode(content))?
    }

    /// Keeps `deck`, parsed without diagnostics from `text`.
    pub fn put(&self, text: &[u8], deck: &Deck) {
        if std::fs::create_dir_all(&self.dir).is_err() {
            return;
        }
        let mut content = codec::encode(deck);
        content.extend_from_slice(&checksum(&content).to_le_bytes());
        let path = self.entry(text);
        // Written aside and renamed: a reader (another saa) never sees half an entry.
        let partial = path.with_extension(format!("partial-{}", std::process::id()));
        if std::fs::write(&partial, &content).is_err() || std::fs::rename(&partial, &path).is_err()
        {
            let _ = std::fs::remove_file(&partial);
            return;
        }
        self.remove_old();
    }

    /// Entries of texts gone for a month (edited decks, older builds) go.
    fn remove_old(&self) {
        let Ok(entries) = std::fs::read_dir(&self.dir) else {
            return;
        };
        let now = SystemTime::now();
        for entry in entries.flatten() {
            let old = entry
                .metadata()
                .and_then(|m| m.modified())
                .is_ok_and(|at| now.duration_since(at).is_ok_and(|age| age > KEEP_FOR));
            if old {
                let _ = std::fs::remove_file(entry.path());
            }
        }
    }
}

fn checksum(bytes: &[u8]) -> u64 {
    let mut hash = FxHasher::default();
    hash.write(bytes);
    hash.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = include_str!("../decks/dynamodb.toml");

    fn deck() -> Deck {
        crate::deck::parse_deck_str(TEXT).deck.unwrap()
    }

    fn cache(dir: &Path, salt: u64) -> DeckCache {
        DeckCache {
            dir: dir.to_path_buf(),
            salt,
        }
    }

    #[test]
    fn a_deck_comes_back_only_for_its_own_text_and_build() {
        let dir = tempfile::tempdir().unwrap();
        let cache = cache(dir.path(), 1);
        assert_eq!(cache.get(TEXT.as_bytes()), None);
        cache.put(TEXT.as_bytes(), &deck());
        assert_eq!(cache.get(TEXT.as_bytes()), Some(deck()));
        let edited = TEXT.replacen("[[question]]", "\n[[question]]", 1);
        assert_eq!(cache.get(edited.as_bytes()), None);
        assert_eq!(
            super::tests::cache(dir.path(), 2).get(TEXT.as_bytes()),
            None
        );
    }

    #[test]
    fn a_damaged_or_cut_entry_is_a_miss() {
        let dir = tempfile::tempdir().unwrap();
        let cache = cache(dir.path(), 1);
        cache.put(TEXT.as_bytes(), &deck());
        let entry = cache.entry(TEXT.as_bytes());
        let whole = std::fs::read(&entry).unwrap();
        let mut damaged = whole.clone();
        damaged[whole.len() / 2] ^= 0x20;
        std::fs::write(&entry, &damaged).unwrap();
        assert_eq!(cache.get(TEXT.as_bytes()), None);
        std::fs::write(&entry, &whole[..whole.len() - 1]).unwrap();
        assert_eq!(cache.get(TEXT.as_bytes()), None);
        std::fs::write(&entry, &whole).unwrap();
        assert_eq!(cache.get(TEXT.as_bytes()), Some(deck()));
    }
}
