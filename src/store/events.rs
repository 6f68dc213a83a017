//! The learner's toggles as events (schema v4): suspend, bury, flag, and undoing an answer.
//! Each change is recorded with its time and machine, and the card's columns and the flag
//! table are derived from the latest event of each kind (time, then machine, then id). Merging
//! another machine's events is adding rows and re-deriving: commutative and idempotent, so
//! machines that have seen the same events agree whatever the order they saw them in.

use rusqlite::{OptionalExtension, Transaction, params};

use super::{Result, Store, to_ms};
use crate::deck::QuestionKey;
use crate::sched::Scheduler;

/// The machine's name in a sync folder and on its events; never exported.
pub const DEVICE_SETTING: &str = "local.sync_device";

/// What kind of toggle an event is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    Suspend,
    Bury,
    Flag,
    Undo,
    /// The question's schedule starts over (its answers stay in the log).
    Reset,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Suspend => "suspend",
            Kind::Bury => "bury",
            Kind::Flag => "flag",
            Kind::Undo => "undo",
            Kind::Reset => "reset",
        }
    }

    fn parse(s: &str) -> Option<Kind> {
        [
            Kind::Suspend,
            Kind::Bury,
            Kind::Flag,
            Kind::Undo,
            Kind::Reset,
        ]
        .into_iter()
        .find(|k| k.as_str() == s)
    }
}

/// The machine's name, made once from its host name and a random suffix.
pub(super) fn device_in(tx: &Transaction<'_>) -> rusqlite::Result<String> {
    let known: Option<String> = tx
        .query_row(
            "SELECT value FROM setting WHERE key = ?1",
            [DEVICE_SETTING],
            |r| r.get(0),
        )
        .optional()?;
    if let Some(id) = known {
        return Ok(id);
    }
    let host = std::fs::read_to_string("/etc/hostname")
        .ok()
        .or_else(|| std::env::var("HOSTNAME").ok())
        .or_else(|| std::env::var("COMPUTERNAME").ok())
        .unwrap_or_default();
    let host: String = host
        .trim()
        .chars()
        .map(|c| c.to_ascii_lowercase())
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
        .take(24)
        .collect();
    let host = if host.is_empty() { "saa".into() } else { host };
    let id = format!("{host}-{:06x}", rand::random::<u32>() & 0xff_ffff);
    tx.execute(
        "INSERT INTO setting (key, value) VALUES (?1, ?2)",
        params![DEVICE_SETTING, id],
    )?;
    Ok(id)
}

/// Records a change made on this machine and applies it.
pub(super) fn record(
    tx: &Transaction<'_>,
    key: &QuestionKey,
    kind: Kind,
    value: Option<String>,
    at: jiff::Timestamp,
) -> rusqlite::Result<()> {
    let device = device_in(tx)?;
    // One machine's events keep their order even within a millisecond (or a clock stepped
    // back): each is at least a millisecond after the machine's previous one.
    let last: Option<i64> = tx.query_row(
        "SELECT max(at) FROM event WHERE device = ?1",
        [&device],
        |r| r.get(0),
    )?;
    let at = last.map_or(to_ms(at), |last| to_ms(at).max(last + 1));
    let id = format!("{device}-{at:012x}-{:08x}", rand::random::<u32>());
    tx.execute(
        "INSERT INTO event (id, at, device, kind, deck, question, value)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![
            id,
            at,
            device,
            kind.as_str(),
            key.deck.as_str(),
            key.question.as_str(),
            value
        ],
    )?;
    derive(tx, key, kind)
}

/// Sets a question's suspended column, its buried_until column or its flag from the latest
/// event of that kind (nothing changes when it has none). Undo events are applied by
/// `apply_undo`, which needs the scheduler.
pub(super) fn derive(tx: &Transaction<'_>, key: &QuestionKey, kind: Kind) -> rusqlite::Result<()> {
    let k = params![key.deck.as_str(), key.question.as_str(), kind.as_str()];
    let latest: Option<(i64, Option<String>)> = tx
        .query_row(
            "SELECT at, value FROM event WHERE deck = ?1 AND question = ?2 AND kind = ?3
             ORDER BY at DESC, device DESC, id DESC LIMIT 1",
            k,
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    let Some((at, value)) = latest else {
        return Ok(());
    };
    let q = params![key.deck.as_str(), key.question.as_str()];
    match kind {
        Kind::Suspend | Kind::Bury => {
            tx.execute(
                "INSERT INTO card (deck, question, phase) VALUES (?1, ?2, 'new')
                 ON CONFLICT (deck, question) DO NOTHING",
                q,
            )?;
            if kind == Kind::Suspend {
                tx.execute(
                    "UPDATE card SET suspended = ?3 WHERE deck = ?1 AND question = ?2",
                    params![
                        key.deck.as_str(),
                        key.question.as_str(),
                        value.as_deref() == Some("1")
                    ],
                )?;
            } else {
                let until = value.and_then(|v| v.parse::<i64>().ok());
                tx.execute(
                    "UPDATE card SET buried_until = ?3 WHERE deck = ?1 AND question = ?2",
                    params![key.deck.as_str(), key.question.as_str(), until],
                )?;
            }
            // A fresh card has no row at all, so lifting its last set-aside removes it.
            tx.execute(
                "DELETE FROM card WHERE deck = ?1 AND question = ?2 AND phase = 'new' AND reps = 0
                   AND lapses = 0 AND NOT suspended AND buried_until IS NULL AND due IS NULL
                   AND last_review IS NULL AND stability IS NULL",
                q,
            )?;
        }
        Kind::Flag if value.as_deref().is_some_and(flag_is_on) => {
            tx.execute(
                "INSERT OR REPLACE INTO flag (deck, question, flagged_at) VALUES (?1, ?2, ?3)",
                params![key.deck.as_str(), key.question.as_str(), at],
            )?;
        }
        Kind::Flag => {
            tx.execute("DELETE FROM flag WHERE deck = ?1 AND question = ?2", q)?;
        }
        Kind::Undo | Kind::Reset => {}
    }
    Ok(())
}

/// The ids of answers (and resets) undone here or on another machine: they must not come back through an
/// import. (Undos are few; one read serves a whole import.)
/// A flag event's value sets the flag: "1", or "1:" and a reason.
fn flag_is_on(value: &str) -> bool {
    value == "1" || value.starts_with("1:")
}

pub(super) fn undone(
    conn: &rusqlite::Connection,
) -> rusqlite::Result<std::collections::HashSet<String>> {
    let mut stmt = conn.prepare_cached("SELECT value FROM event WHERE kind = 'undo'")?;
    let rows = stmt.query_map([], |r| r.get::<_, Option<String>>(0))?;
    let mut out = std::collections::HashSet::new();
    for row in rows {
        out.extend(row?);
    }
    Ok(out)
}

/// Derives again everything the given events touch: set-asides and flags from their latest
/// events, and undone answers removed from the log with their cards replayed.
pub(super) fn apply_all(
    tx: &Transaction<'_>,
    touched: &[(QuestionKey, Kind, Option<String>)],
    scheduler: &Scheduler,
    path: &std::path::Path,
) -> Result<()> {
    let err = |e| super::classify(path, e);
    let mut done = std::collections::HashSet::new();
    for (key, kind, value) in touched {
        if *kind == Kind::Reset {
            if done.insert((key.clone(), *kind)) {
                super::reviews::replay(tx, key, scheduler, path)?;
            }
        } else if *kind == Kind::Undo {
            if let Some(id) = value {
                let removed = tx
                    .execute("DELETE FROM review_log WHERE id = ?1", [id])
                    .map_err(err)?;
                // An undo names either an answer or a reset; either way the card is replayed.
                let undid_reset = removed == 0
                    && tx
                        .query_row(
                            "SELECT 1 FROM event WHERE id = ?1 AND kind = 'reset'",
                            [id],
                            |_| Ok(()),
                        )
                        .optional()
                        .map_err(err)?
                        .is_some();
                if removed > 0 || undid_reset {
                    super::reviews::replay(tx, key, scheduler, path)?;
                }
            }
        } else if done.insert((key.clone(), *kind)) {
            derive(tx, key, *kind).map_err(err)?;
        }
    }
    Ok(())
}

/// An event's kind from its stored text.
pub(super) fn kind_of(text: &str) -> Option<Kind> {
    Kind::parse(text)
}

impl Store {
    /// This machine's name (made on first use).
    pub fn device(&mut self) -> Result<String> {
        let path = self.path.clone();
        let err = |e| super::classify(&path, e);
        let tx = self.conn.transaction().map_err(err)?;
        let id = device_in(&tx).map_err(err)?;
        tx.commit().map_err(err)?;
        Ok(id)
    }

    /// Marks a question as faulty for deck authors (`saa deck check --flagged`), with the
    /// learner's reason when they gave one. The event's value is "1", or "1:" and the reason,
    /// so the reason travels with the flag through sync and export.
    pub fn flag(
        &mut self,
        key: &QuestionKey,
        reason: Option<&str>,
        at: jiff::Timestamp,
    ) -> Result<()> {
        let value = match reason.map(str::trim).filter(|r| !r.is_empty()) {
            Some(reason) => format!("1:{reason}"),
            None => "1".into(),
        };
        self.record_alone(key, Kind::Flag, Some(value), at)
    }

    /// The reasons given for the questions flagged now (those flagged without one are absent).
    pub fn flag_reasons(&self) -> Result<std::collections::HashMap<QuestionKey, String>> {
        let mut stmt = self
            .conn
            .prepare(
                "SELECT e.deck, e.question, e.value FROM event e JOIN flag f
                   ON f.deck = e.deck AND f.question = e.question
                 WHERE e.kind = 'flag'
                 ORDER BY e.at, e.device, e.id",
            )
            .map_err(|e| self.sql(e))?;
        let rows = stmt
            .query_map([], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, Option<String>>(2)?,
                ))
            })
            .map_err(|e| self.sql(e))?;
        let mut out = std::collections::HashMap::new();
        for row in rows {
            let (deck, question, value) = row.map_err(|e| self.sql(e))?;
            let Some(key) = super::cards::key_from(&deck, &question) else {
                continue;
            };
            // The latest flag event decides (rows come oldest first). A reason can come from
            // another machine's sync file, so no control character gets through to a screen.
            match value.as_deref().and_then(|v| v.strip_prefix("1:")) {
                Some(reason) => {
                    out.insert(key, reason.chars().filter(|c| !c.is_control()).collect())
                }
                None => out.remove(&key),
            };
        }
        Ok(out)
    }

    /// Starts a question's schedule over, as if it were new, from `at`; its answers stay in
    /// the log (and in the stats of what was done).
    pub fn reset(
        &mut self,
        key: &QuestionKey,
        at: jiff::Timestamp,
        scheduler: &Scheduler,
    ) -> Result<()> {
        let path = self.path.clone();
        let err = |e| super::classify(&path, e);
        let tx = self.write_tx()?;
        record(&tx, key, Kind::Reset, None, at).map_err(err)?;
        super::reviews::replay(&tx, key, scheduler, &path)?;
        tx.commit().map_err(err)
    }

    /// Takes back the question's latest reset that is not taken back yet: its schedule is
    /// replayed from its answers again. An undo event (naming the reset) rather than deleting
    /// the reset, so a machine that syncs the reset later also sees it taken back.
    /// Returns false when there was no reset to take back.
    pub fn undo_reset(
        &mut self,
        key: &QuestionKey,
        at: jiff::Timestamp,
        scheduler: &Scheduler,
    ) -> Result<bool> {
        let path = self.path.clone();
        let err = |e| super::classify(&path, e);
        let tx = self.write_tx()?;
        let latest: Option<String> = tx
            .query_row(
                "SELECT id FROM event WHERE deck = ?1 AND question = ?2 AND kind = 'reset'
                   AND id NOT IN (SELECT value FROM event WHERE kind = 'undo' AND value IS NOT NULL)
                 ORDER BY at DESC, device DESC, id DESC LIMIT 1",
                params![key.deck.as_str(), key.question.as_str()],
                |r| r.get(0),
            )
            .optional()
            .map_err(err)?;
        let Some(reset) = latest else {
            return Ok(false);
        };
        record(&tx, key, Kind::Undo, Some(reset), at).map_err(err)?;
        super::reviews::replay(&tx, key, scheduler, &path)?;
        tx.commit().map_err(err)?;
        Ok(true)
    }

    /// Takes back a faulty-question flag.
    pub fn unflag(&mut self, key: &QuestionKey, at: jiff::Timestamp) -> Result<()> {
        self.record_alone(key, Kind::Flag, Some("0".into()), at)
    }

    /// Records one change in a write transaction of its own.
    fn record_alone(
        &mut self,
        key: &QuestionKey,
        kind: Kind,
        value: Option<String>,
        at: jiff::Timestamp,
    ) -> Result<()> {
        let path = self.path.clone();
        let err = |e| super::classify(&path, e);
        let tx = self.write_tx()?;
        record(&tx, key, kind, value, at).map_err(err)?;
        tx.commit().map_err(err)
    }

    /// How many events the store holds (for sync's status and tests).
    pub fn event_count(&self) -> Result<usize> {
        self.conn
            .query_row("SELECT count(*) FROM event", [], |r| r.get::<_, i64>(0))
            .map(|n| n as usize)
            .map_err(|e| self.sql(e))
    }
}
