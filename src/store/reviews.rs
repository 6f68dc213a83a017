//! The review log: append-only, the source of truth. Each answer is one transaction that logs
//! it and rebuilds the card from the card's log, so the card cache always equals a replay of
//! the log, even with two saa processes on the same file; undo removes exactly that answer.

use std::collections::{BTreeMap, HashMap, HashSet};

use jiff::Timestamp;
use rusqlite::{Row, params};

use super::cards::{key_from, restore};
use super::{Result, Store, StoreError, from_ms, text_at, to_ms};
use crate::deck::QuestionKey;
use crate::sched::{CardState, Memory, Mode, Phase, Rating, Scheduler};
use crate::stats::LoggedAnswer;
pub use crate::study::ReviewRow;

/// Counts that drive the daily limits.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ReviewStats {
    /// New questions introduced (first study or exam answer) since the day began.
    pub new_today: u32,
    /// Study reviews of questions already in review since the day began.
    pub reviews_today: u32,
}

/// The columns `row_from` reads, in its order.
const COLUMNS: &str = "id, deck, question, reviewed_at, rating, mode, correct, picked, elapsed_ms, \
                       phase, stability, difficulty, interval_days, due";
/// How many columns `COLUMNS` names (a column selected after them is at this index).
const COLUMN_COUNT: usize = 14;

/// Whether each question's latest scheduled answer was right. SQLite takes the bare column
/// `correct` from the row holding max(reviewed_at); the index `review_log_by_card` holds every
/// column named here, so the log's rows are never read (schema v7).
pub(super) const LAST_ANSWERS: &str = "SELECT deck, question, correct, max(reviewed_at)
    FROM review_log WHERE mode != 'cram' GROUP BY deck, question";

/// One log row; `None` for a row this version cannot read (an unknown mode or a bad id), which
/// is skipped rather than failing the whole log. Reads by position and borrows the short text
/// columns: loading 200,000 rows is on the stats path.
fn row_from(r: &Row<'_>, keys: &mut Keys) -> rusqlite::Result<Option<ReviewRow>> {
    let text = |i: usize| text_at(r, i);
    let Some(key) = keys.get(text(1)?, text(2)?) else {
        return Ok(None);
    };
    let (Some(rating), Some(mode)) = (Rating::from_number(r.get(4)?), Mode::parse(text(5)?)) else {
        return Ok(None);
    };
    let phase = Phase::parse(text(9)?).unwrap_or(Phase::New);
    let stability: Option<f32> = r.get(10)?;
    let difficulty: Option<f32> = r.get(11)?;
    Ok(Some(ReviewRow {
        id: r.get(0)?,
        key,
        reviewed_at: from_ms(r.get(3)?),
        rating,
        mode,
        correct: r.get(6)?,
        picked: r.get(7)?,
        elapsed_ms: r.get::<_, i64>(8)?.max(0) as u64,
        phase,
        memory: stability
            .zip(difficulty)
            .map(|(stability, difficulty)| Memory {
                stability,
                difficulty,
            }),
        interval_days: r.get(12)?,
        due: r.get::<_, Option<i64>>(13)?.map(from_ms),
    }))
}

/// How many answers the log holds at most (its largest rowid; undone answers leave gaps),
/// found without reading it.
fn log_size_bound(conn: &rusqlite::Connection) -> usize {
    conn.query_row("SELECT coalesce(max(rowid), 0) FROM review_log", [], |r| {
        r.get::<_, i64>(0)
    })
    .map_or(0, |n| usize::try_from(n).unwrap_or(0))
}

/// Which answer ids are known: in the log, or undone (an import skips both), asked of many
/// ids in turn. The log's ids are read once when the ids to ask about are many against the
/// log (a whole export imported again: 40,000 lookups were half its time), and looked up
/// one by one otherwise.
struct KnownIds<'c> {
    undone: HashSet<String>,
    logged: Logged<'c>,
}

enum Logged<'c> {
    All(HashSet<String>),
    OneByOne(rusqlite::CachedStatement<'c>),
}

impl<'c> KnownIds<'c> {
    fn new(conn: &'c rusqlite::Connection, asked: usize) -> rusqlite::Result<KnownIds<'c>> {
        let logged = if asked.saturating_mul(4) >= log_size_bound(conn) {
            let mut stmt = conn.prepare_cached("SELECT id FROM review_log")?;
            let ids = stmt
                .query_map([], |r| r.get::<_, String>(0))?
                .collect::<rusqlite::Result<HashSet<String>>>()?;
            Logged::All(ids)
        } else {
            Logged::OneByOne(conn.prepare_cached("SELECT 1 FROM review_log WHERE id = ?1")?)
        };
        Ok(KnownIds {
            undone: super::events::undone(conn)?,
            logged,
        })
    }

    fn contains(&mut self, id: &str) -> rusqlite::Result<bool> {
        if self.undone.contains(id) {
            return Ok(true);
        }
        match &mut self.logged {
            Logged::All(ids) => Ok(ids.contains(id)),
            Logged::OneByOne(stmt) => stmt.exists([id]),
        }
    }
}

/// Sorts answers by time, those at the same instant keeping their order. Answers are 160
/// bytes: a stable sort of them would copy the whole log aside (fresh memory, most of its
/// cost), so the order is found on (time, position) pairs and applied in place.
fn sort_by_time(rows: &mut [ReviewRow]) {
    if rows.is_sorted_by_key(|r| r.reviewed_at) {
        return;
    }
    let mut order: Vec<(Timestamp, usize)> = rows
        .iter()
        .enumerate()
        .map(|(i, r)| (r.reviewed_at, i))
        .collect();
    order.sort_unstable();
    // Position i takes the row at order[i]; each cycle of the permutation is walked once.
    let mut placed = vec![false; rows.len()];
    for start in 0..rows.len() {
        if placed[start] {
            continue;
        }
        let mut at = start;
        loop {
            placed[at] = true;
            let from = order[at].1;
            if from == start {
                break;
            }
            rows.swap(at, from);
            at = from;
        }
    }
}

/// The keys met while reading the log, each parsed once: a question answered a hundred times
/// shares one key (and its text) across its hundred rows.
#[derive(Default)]
struct Keys {
    seen: HashMap<String, QuestionKey>,
    /// "deck/question" of the row in hand, reused so a lookup allocates nothing.
    text: String,
}

impl Keys {
    fn get(&mut self, deck: &str, question: &str) -> Option<QuestionKey> {
        self.text.clear();
        self.text.push_str(deck);
        self.text.push('/');
        self.text.push_str(question);
        if let Some(key) = self.seen.get(self.text.as_str()) {
            return Some(key.clone());
        }
        let key = key_from(deck, question)?;
        self.seen.insert(self.text.clone(), key.clone());
        Some(key)
    }
}

fn insert(
    tx: &rusqlite::Transaction<'_>,
    row: &ReviewRow,
    or_ignore: bool,
) -> rusqlite::Result<usize> {
    let verb = if or_ignore {
        "INSERT OR IGNORE"
    } else {
        "INSERT"
    };
    tx.prepare_cached(&format!(
        "{verb} INTO review_log (id, deck, question, reviewed_at, rating, mode, correct, picked,
                                 elapsed_ms, phase, stability, difficulty, interval_days, due)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)"
    ))?
    .execute(params![
        row.id,
        row.key.deck.as_str(),
        row.key.question.as_str(),
        to_ms(row.reviewed_at),
        row.rating.number(),
        row.mode.as_str(),
        row.correct,
        row.picked,
        i64::try_from(row.elapsed_ms).unwrap_or(i64::MAX),
        row.phase.as_str(),
        row.memory.map(|m| m.stability),
        row.memory.map(|m| m.difficulty),
        row.interval_days,
        row.due.map(to_ms),
    ])
}

/// What `import_reviews` did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ImportReport {
    pub read: usize,
    pub added: usize,
    pub already_present: usize,
    pub cards_rebuilt: usize,
}

impl Store {
    /// Whether every one of `rows` is in the log already, or was undone: importing them would
    /// log nothing (`import_into` skips exactly these).
    pub fn has_every_answer(&self, rows: &[ReviewRow]) -> Result<bool> {
        let err = |e| self.sql(e);
        let mut known = KnownIds::new(&self.conn, rows.len()).map_err(err)?;
        for row in rows {
            if !known.contains(&row.id).map_err(err)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// Logs an answer and rebuilds its card from the card's whole log, in one transaction.
    /// The card is never taken from the caller: another saa on the same data may have
    /// answered the same question meanwhile, and the log is what counts.
    pub fn record(&mut self, row: &ReviewRow, scheduler: &Scheduler) -> Result<()> {
        let path = self.path.clone();
        let tx = self.write_tx()?;
        replay_with(&tx, &row.key, scheduler, std::slice::from_ref(row), &path)?;
        tx.commit().map_err(|e| super::classify(&path, e))
    }

    /// Replaces a logged answer with a regraded one (the learner chose Hard or Easy over the
    /// suggested Good) and rebuilds the card, in one transaction.
    pub fn regrade(&mut self, old_id: &str, row: &ReviewRow, scheduler: &Scheduler) -> Result<()> {
        let path = self.path.clone();
        let err = |e| super::classify(&path, e);
        let tx = self.write_tx()?;
        tx.execute("DELETE FROM review_log WHERE id = ?1", [old_id])
            .map_err(err)?;
        // Another machine that has the old answer drops it when it merges this event.
        super::events::record(
            &tx,
            &row.key,
            super::events::Kind::Undo,
            Some(old_id.to_string()),
            jiff::Timestamp::now(),
        )
        .map_err(err)?;
        replay_with(&tx, &row.key, scheduler, std::slice::from_ref(row), &path)?;
        tx.commit().map_err(err)
    }

    /// Removes a logged answer and rebuilds the card from what remains of its log.
    pub fn undo(&mut self, id: &str, key: &QuestionKey, scheduler: &Scheduler) -> Result<()> {
        let path = self.path.clone();
        let err = |e| super::classify(&path, e);
        let tx = self.write_tx()?;
        let removed = tx
            .execute("DELETE FROM review_log WHERE id = ?1", [id])
            .map_err(err)?;
        if removed != 1 {
            return Err(StoreError::Invalid(format!(
                "review {id} is not in the log; nothing to undo"
            )));
        }
        super::events::record(
            &tx,
            key,
            super::events::Kind::Undo,
            Some(id.to_string()),
            jiff::Timestamp::now(),
        )
        .map_err(err)?;
        replay(&tx, key, scheduler, &path)?;
        tx.commit().map_err(err)
    }

    /// The whole log, oldest first.
    pub fn reviews(&self) -> Result<Vec<ReviewRow>> {
        // Read in table order and sort here: walking the time index would look up every row in
        // the table by its rowid (a b-tree seek each; a third of `stats` at 200,000 answers).
        // The sort is stable, so answers at the same instant keep their rowid order.
        let mut rows = self.with_small_cache(|| {
            self.query_reviews(
                &format!("SELECT {COLUMNS} FROM review_log ORDER BY rowid"),
                [],
                log_size_bound(&self.conn),
            )
        })?;
        sort_by_time(&mut rows);
        Ok(rows)
    }

    /// Hands every answer of the log to `each`, in the table's order (no sort, no index: the
    /// report needs none), without holding the log: what `saa stats` reads at scale. Rows this
    /// version cannot read (an unknown mode or a bad id) are skipped, as in `reviews`.
    pub fn scan_answers(&self, mut each: impl FnMut(LoggedAnswer<'_>)) -> Result<()> {
        self.with_small_cache(|| self.scan_answers_through(&mut each))
    }

    /// Runs `read`, a scan of the whole log, with a small page cache: a scan reads each page
    /// once, and the store's large cache would only fill with pages never read again (17 MiB
    /// of fresh memory at 200,000 answers, most of a scan's time spent zeroing it).
    fn with_small_cache<T>(&self, read: impl FnOnce() -> Result<T>) -> Result<T> {
        let cache: i64 = self
            .conn
            .query_row("PRAGMA cache_size", [], |r| r.get(0))
            .map_err(|e| self.sql(e))?;
        self.conn
            .pragma_update(None, "cache_size", -2048)
            .map_err(|e| self.sql(e))?;
        let result = read();
        self.conn
            .pragma_update(None, "cache_size", cache)
            .map_err(|e| self.sql(e))?;
        result
    }

    fn scan_answers_through(&self, each: &mut impl FnMut(LoggedAnswer<'_>)) -> Result<()> {
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT deck, question, reviewed_at, mode, phase, correct,
                        CASE WHEN correct THEN '' ELSE picked END
                 FROM review_log",
            )
            .map_err(|e| self.sql(e))?;
        let mut rows = stmt.query([]).map_err(|e| self.sql(e))?;
        let mut keys = Keys::default();
        while let Some(r) = rows.next().map_err(|e| self.sql(e))? {
            let text = |i: usize| text_at(r, i).map_err(|e| self.sql(e));
            let (Some(key), Some(mode)) = (keys.get(text(0)?, text(1)?), Mode::parse(text(3)?))
            else {
                continue;
            };
            each(LoggedAnswer {
                key: &key,
                at: from_ms(r.get(2).map_err(|e| self.sql(e))?),
                mode,
                phase: Phase::parse(text(4)?).unwrap_or(Phase::New),
                correct: r.get(5).map_err(|e| self.sql(e))?,
                picked: text(6)?,
            });
        }
        Ok(())
    }

    /// Reviews since `since`, oldest first.
    pub fn reviews_since(&self, since: Timestamp) -> Result<Vec<ReviewRow>> {
        self.query_reviews(
            &format!("SELECT {COLUMNS} FROM review_log WHERE reviewed_at >= ?1 ORDER BY reviewed_at, rowid"),
            [to_ms(since)],
            0,
        )
    }

    fn query_reviews<P: rusqlite::Params>(
        &self,
        sql: &str,
        params: P,
        capacity: usize,
    ) -> Result<Vec<ReviewRow>> {
        let mut stmt = self.conn.prepare_cached(sql).map_err(|e| self.sql(e))?;
        let mut keys = Keys::default();
        let rows = stmt
            .query_map(params, |r| row_from(r, &mut keys))
            .map_err(|e| self.sql(e))?;
        let mut out = Vec::with_capacity(capacity);
        for row in rows {
            if let Some(row) = row.map_err(|e| self.sql(e))? {
                out.push(row);
            }
        }
        Ok(out)
    }

    /// Whether each question's latest scheduled (study or exam) answer was right: what mastery
    /// needs, without loading the whole log.
    pub fn last_answers(&self) -> Result<std::collections::HashMap<QuestionKey, bool>> {
        let mut stmt = self
            .conn
            .prepare_cached(LAST_ANSWERS)
            .map_err(|e| self.sql(e))?;
        let rows = stmt
            .query_map([], |r| {
                Ok((
                    key_from(text_at(r, 0)?, text_at(r, 1)?),
                    r.get::<_, bool>(2)?,
                ))
            })
            .map_err(|e| self.sql(e))?;
        let mut out = std::collections::HashMap::new();
        for row in rows {
            if let (Some(key), correct) = row.map_err(|e| self.sql(e))? {
                out.insert(key, correct);
            }
        }
        Ok(out)
    }

    /// Counts for the daily limits since `day_start`.
    pub fn review_stats(&self, day_start: Timestamp) -> Result<ReviewStats> {
        self.conn
            .query_row(
                "SELECT
                   coalesce(sum(phase = 'new' AND mode != 'cram'), 0),
                   coalesce(sum(phase = 'review' AND mode = 'study'), 0)
                 FROM review_log WHERE reviewed_at >= ?1",
                [to_ms(day_start)],
                |r| {
                    Ok(ReviewStats {
                        new_today: r.get(0)?,
                        reviews_today: r.get(1)?,
                    })
                },
            )
            .map_err(|e| self.sql(e))
    }

    /// Adds reviews whose id is not yet present and rebuilds the affected cards by replaying
    /// their merged history, all in one transaction: a failure imports nothing.
    pub fn import_reviews(
        &mut self,
        rows: &[ReviewRow],
        scheduler: &Scheduler,
    ) -> Result<ImportReport> {
        let path = self.path.clone();
        let tx = self.write_tx()?;
        let report = import_into(&tx, rows, scheduler, &path)?;
        tx.commit().map_err(|e| super::classify(&path, e))?;
        Ok(report)
    }

    /// Rebuilds every card from the log (after new FSRS parameters, or to repair the cache).
    pub fn rebuild_all(&mut self, scheduler: &Scheduler) -> Result<usize> {
        let path = self.path.clone();
        let err = |e| super::classify(&path, e);
        let tx = self.write_tx()?;
        let keys: Vec<QuestionKey> = {
            let mut stmt = tx
                .prepare("SELECT DISTINCT deck, question FROM review_log")
                .map_err(err)?;
            let rows = stmt
                .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))
                .map_err(err)?;
            let mut keys = Vec::new();
            for row in rows {
                let (deck, question) = row.map_err(err)?;
                keys.extend(key_from(&deck, &question));
            }
            keys
        };
        for key in &keys {
            replay(&tx, key, scheduler, &path)?;
        }
        tx.commit().map_err(err)?;
        Ok(keys.len())
    }
}

/// Adds reviews whose id is not yet present inside `tx` and rebuilds the cards they touch.
pub(super) fn import_into(
    tx: &rusqlite::Transaction<'_>,
    rows: &[ReviewRow],
    scheduler: &Scheduler,
    path: &std::path::Path,
) -> Result<ImportReport> {
    let err = |e| super::classify(path, e);
    let mut report = ImportReport {
        read: rows.len(),
        ..ImportReport::default()
    };
    // New rows are inserted by the replay with their states already computed, so each is
    // written once (no insert-then-update for 200,000 imported reviews).
    let mut pending: BTreeMap<&QuestionKey, Vec<&ReviewRow>> = BTreeMap::new();
    {
        let mut known = KnownIds::new(tx, rows.len()).map_err(err)?;
        let mut seen = HashSet::new();
        for row in rows {
            if !seen.insert(row.id.as_str()) || known.contains(&row.id).map_err(err)? {
                report.already_present += 1;
            } else {
                report.added += 1;
                pending.entry(&row.key).or_default().push(row);
            }
        }
    }
    // One read of every reset, not one per card (an import can touch 20,000 cards).
    let resets = reset_times(tx).map_err(err)?;
    for (key, new_rows) in &pending {
        let reset_at = Some(resets.get(*key).copied());
        replay_card(tx, key, scheduler, new_rows, reset_at).map_err(|e| match e {
            ReplayError::Sql(e) => super::classify(path, e),
            ReplayError::Sched(e) => StoreError::Invalid(e),
        })?;
    }
    report.cards_rebuilt = pending.len();
    Ok(report)
}

/// Rebuilds one card from its log (see `replay_card`), with the store's errors.
pub(super) fn replay(
    tx: &rusqlite::Transaction<'_>,
    key: &QuestionKey,
    scheduler: &Scheduler,
    path: &std::path::Path,
) -> Result<()> {
    replay_with(tx, key, scheduler, &[], path)
}

/// `replay`, inserting `new_rows` (not yet in the log) with their computed states.
pub(super) fn replay_with(
    tx: &rusqlite::Transaction<'_>,
    key: &QuestionKey,
    scheduler: &Scheduler,
    new_rows: &[ReviewRow],
    path: &std::path::Path,
) -> Result<()> {
    let new_rows: Vec<&ReviewRow> = new_rows.iter().collect();
    replay_card(tx, key, scheduler, &new_rows, None).map_err(|e| match e {
        ReplayError::Sql(e) => super::classify(path, e),
        ReplayError::Sched(e) => StoreError::Invalid(e),
    })
}

/// A row's after-answer states as the log stores them (times in milliseconds): a replay
/// rewrites a logged row only when these change.
#[derive(PartialEq)]
struct LoggedStates {
    phase: Phase,
    memory: Option<Memory>,
    interval_days: u32,
    due: Option<i64>,
}

impl LoggedStates {
    fn of(row: &ReviewRow) -> LoggedStates {
        LoggedStates {
            phase: row.phase,
            memory: row.memory,
            interval_days: row.interval_days,
            due: row.due.map(to_ms),
        }
    }
}

enum ReplayError {
    Sql(rusqlite::Error),
    Sched(String),
}

impl From<rusqlite::Error> for ReplayError {
    fn from(e: rusqlite::Error) -> Self {
        ReplayError::Sql(e)
    }
}

/// When each reset question was last reset (ms).
fn reset_times(tx: &rusqlite::Transaction<'_>) -> rusqlite::Result<HashMap<QuestionKey, i64>> {
    let mut stmt = tx.prepare_cached(
        "SELECT deck, question, max(at) FROM event WHERE kind = 'reset'
           AND id NOT IN (SELECT value FROM event WHERE kind = 'undo' AND value IS NOT NULL)
         GROUP BY deck, question",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, i64>(2)?,
        ))
    })?;
    let mut out = HashMap::new();
    for row in rows {
        let (deck, question, at) = row?;
        if let Some(key) = super::cards::key_from(&deck, &question) {
            out.insert(key, at);
        }
    }
    Ok(out)
}

/// Replays one card's history (its logged rows, then `new_rows` at their times) and writes
/// each row's after-state where it changed, the new rows as inserts, and the card cache.
/// `reset_at`: the question's latest reset when the caller knows it (`Some(None)`: never
/// reset); `None` reads it. New rows are logged question by question, not in time order:
/// the per-question index (the larger, covering one) then grows at its end (logging the
/// rows in time order instead was a tenth slower).
fn replay_card(
    tx: &rusqlite::Transaction<'_>,
    key: &QuestionKey,
    scheduler: &Scheduler,
    new_rows: &[&ReviewRow],
    reset_at: Option<Option<i64>>,
) -> std::result::Result<(), ReplayError> {
    // Logged rows are read into it, new ones borrowed: a new row is copied once, when its
    // computed states are filled in.
    let mut history: Vec<(std::borrow::Cow<'_, ReviewRow>, bool)> = {
        // No ORDER BY: with one, SQLite re-prepares this statement at every new binding (its
        // planner weighs the bound values against the ORDER BY terms), a seventh of an
        // import's time. A question's few rows are put in the log's order here: time, rowid.
        let mut stmt = tx.prepare_cached(&format!(
            "SELECT {COLUMNS}, rowid FROM review_log WHERE deck = ?1 AND question = ?2"
        ))?;
        let mut keys = Keys::default();
        let rows = stmt.query_map(params![key.deck.as_str(), key.question.as_str()], |r| {
            Ok((row_from(r, &mut keys)?, r.get::<_, i64>(COLUMN_COUNT)?))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (row, rowid) = row?;
            out.extend(row.map(|r| (r, rowid)));
        }
        out.sort_by_key(|(r, rowid)| (r.reviewed_at, *rowid));
        out.into_iter()
            .map(|(r, _)| (std::borrow::Cow::Owned(r), false))
            .collect()
    };
    // Stable: logged rows keep their order, and come before new rows of the same moment, as
    // the new rows' later rowids would put them.
    history.extend(
        new_rows
            .iter()
            .map(|r| (std::borrow::Cow::Borrowed(*r), true)),
    );
    history.sort_by_key(|(r, _)| r.reviewed_at);
    let flags: CardState = {
        let mut stmt = tx.prepare_cached(
            "SELECT suspended, buried_until FROM card WHERE deck = ?1 AND question = ?2",
        )?;
        let mut rows = stmt.query(params![key.deck.as_str(), key.question.as_str()])?;
        match rows.next()? {
            Some(r) => CardState {
                suspended: r.get(0)?,
                buried_until: r.get::<_, Option<i64>>(1)?.map(from_ms),
                ..CardState::new()
            },
            None => CardState::new(),
        }
    };
    let fresh = CardState {
        suspended: flags.suspended,
        buried_until: flags.buried_until,
        ..CardState::new()
    };
    let mut card = fresh.clone();
    // The latest reset: answers before it stay in the log, the schedule starts over after it.
    let reset_at: Option<i64> = match reset_at {
        Some(known) => known,
        None => tx
            .prepare_cached(
                "SELECT max(at) FROM event WHERE deck = ?1 AND question = ?2 AND kind = 'reset'
                   AND id NOT IN (SELECT value FROM event WHERE kind = 'undo' AND value IS NOT NULL)",
            )?
            .query_row(params![key.deck.as_str(), key.question.as_str()], |r| {
                r.get(0)
            })?,
    };
    let mut reset_pending = reset_at.map(from_ms);
    let key_text = key.to_string();
    for (row, is_new) in history {
        if reset_pending.is_some_and(|at| row.reviewed_at >= at) {
            card = fresh.clone();
            reset_pending = None;
        }
        let next = scheduler
            .apply(&key_text, &card, row.rating, row.mode, row.reviewed_at)
            .map_err(|e| ReplayError::Sched(e.to_string()))?;
        let logged = (!is_new).then(|| LoggedStates::of(&row));
        let updated = row.into_owned().with_states(&card, &next);
        if is_new {
            insert(tx, &updated, false)?;
        } else if logged != Some(LoggedStates::of(&updated)) {
            tx.prepare_cached(
                "UPDATE review_log SET phase = ?2, stability = ?3, difficulty = ?4, interval_days = ?5, due = ?6 WHERE id = ?1",
            )?
            .execute(params![
                updated.id,
                updated.phase.as_str(),
                updated.memory.map(|m| m.stability),
                updated.memory.map(|m| m.difficulty),
                updated.interval_days,
                updated.due.map(to_ms),
            ])?;
        }
        card = next;
    }
    if reset_pending.is_some() {
        card = fresh;
    }
    restore(tx, key, &card)?;
    Ok(())
}

#[cfg(test)]
mod column_tests {
    #[test]
    fn column_count_counts_the_columns() {
        assert_eq!(super::COLUMNS.split(',').count(), super::COLUMN_COUNT);
    }
}

#[cfg(test)]
mod sort_tests {
    use super::*;

    #[test]
    fn sorting_by_time_keeps_the_order_of_answers_at_the_same_instant() {
        let row = |i: usize, second: i64| ReviewRow {
            id: format!("r{i}"),
            key: key_from("d", "q").unwrap(),
            reviewed_at: Timestamp::from_second(second).unwrap(),
            rating: Rating::Good,
            mode: Mode::Study,
            correct: true,
            picked: String::new(),
            elapsed_ms: 0,
            phase: Phase::New,
            memory: None,
            interval_days: 0,
            due: None,
        };
        let mut seed = 11u64;
        for len in [0, 1, 2, 3, 10, 257] {
            let mut rows: Vec<ReviewRow> = (0..len)
                .map(|i| {
                    seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
                    // Few distinct times: many ties.
                    row(i, (seed >> 33) as i64 % 7)
                })
                .collect();
            let mut expected = rows.clone();
            expected.sort_by_key(|r| r.reviewed_at);
            sort_by_time(&mut rows);
            assert_eq!(rows, expected, "{len} answers");
        }
    }
}
