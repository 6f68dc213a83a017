//! The card-state cache, suspend/bury, and faulty-question flags.

use std::collections::HashMap;

use rusqlite::{OptionalExtension, Row, Transaction, params};

use super::{Result, Store, events, from_ms, text_at, to_ms};
use crate::deck::{Id, QuestionKey};
use crate::sched::{CardState, Memory, Phase};

pub(crate) fn key_from(deck: &str, question: &str) -> Option<QuestionKey> {
    Some(QuestionKey {
        deck: Id::parse(deck)?,
        question: Id::parse(question)?,
    })
}

/// The columns `card_from_row` reads, in its order (by position: reading 20,000 cards by
/// column name was most of the home screen's wait on them).
const CARD_COLUMNS: &str = "phase, stability, difficulty, due, last_review, interval_days, reps,
                            lapses, suspended, buried_until";

fn card_from_row(row: &Row<'_>, first: usize) -> rusqlite::Result<CardState> {
    let at = |i: usize| first + i;
    let phase = text_at(row, at(0))?;
    let stability: Option<f32> = row.get(at(1))?;
    let difficulty: Option<f32> = row.get(at(2))?;
    Ok(CardState {
        phase: Phase::parse(phase).unwrap_or(Phase::New),
        memory: stability
            .zip(difficulty)
            .map(|(stability, difficulty)| Memory {
                stability,
                difficulty,
            }),
        due: row.get::<_, Option<i64>>(at(3))?.map(from_ms),
        last_review: row.get::<_, Option<i64>>(at(4))?.map(from_ms),
        interval_days: row.get(at(5))?,
        reps: row.get(at(6))?,
        lapses: row.get(at(7))?,
        suspended: row.get(at(8))?,
        buried_until: row.get::<_, Option<i64>>(at(9))?.map(from_ms),
    })
}

pub(crate) fn upsert(
    tx: &Transaction<'_>,
    key: &QuestionKey,
    card: &CardState,
) -> rusqlite::Result<()> {
    tx.prepare_cached(
        "INSERT INTO card (deck, question, phase, stability, difficulty, due, last_review,
                           interval_days, reps, lapses, suspended, buried_until)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)
         ON CONFLICT (deck, question) DO UPDATE SET
           phase = excluded.phase, stability = excluded.stability,
           difficulty = excluded.difficulty, due = excluded.due,
           last_review = excluded.last_review, interval_days = excluded.interval_days,
           reps = excluded.reps, lapses = excluded.lapses, suspended = excluded.suspended,
           buried_until = excluded.buried_until",
    )?
    .execute(params![
        key.deck.as_str(),
        key.question.as_str(),
        card.phase.as_str(),
        card.memory.map(|m| m.stability),
        card.memory.map(|m| m.difficulty),
        card.due.map(to_ms),
        card.last_review.map(to_ms),
        card.interval_days,
        card.reps,
        card.lapses,
        card.suspended,
        card.buried_until.map(to_ms),
    ])?;
    Ok(())
}

/// Puts a card back exactly as it was: a fresh card has no row at all.
pub(crate) fn restore(
    tx: &Transaction<'_>,
    key: &QuestionKey,
    card: &CardState,
) -> rusqlite::Result<()> {
    if *card == CardState::new() {
        tx.prepare_cached("DELETE FROM card WHERE deck = ?1 AND question = ?2")?
            .execute(params![key.deck.as_str(), key.question.as_str()])?;
        Ok(())
    } else {
        upsert(tx, key, card)
    }
}

impl Store {
    /// Every card with a row; questions without one are new.
    pub fn cards(&self) -> Result<HashMap<QuestionKey, CardState>> {
        let mut stmt = self
            .conn
            .prepare_cached(&format!("SELECT deck, question, {CARD_COLUMNS} FROM card"))
            .map_err(|e| self.sql(e))?;
        let rows = stmt
            .query_map([], |row| {
                let key = key_from(text_at(row, 0)?, text_at(row, 1)?);
                Ok((key, card_from_row(row, 2)?))
            })
            .map_err(|e| self.sql(e))?;
        let mut cards = HashMap::new();
        for row in rows {
            let (key, card) = row.map_err(|e| self.sql(e))?;
            if let Some(key) = key {
                cards.insert(key, card);
            }
        }
        Ok(cards)
    }

    pub fn card(&self, key: &QuestionKey) -> Result<CardState> {
        let mut stmt = self
            .conn
            .prepare_cached(&format!(
                "SELECT {CARD_COLUMNS} FROM card WHERE deck = ?1 AND question = ?2"
            ))
            .map_err(|e| self.sql(e))?;
        let mut rows = stmt
            .query(params![key.deck.as_str(), key.question.as_str()])
            .map_err(|e| self.sql(e))?;
        match rows.next().map_err(|e| self.sql(e))? {
            Some(row) => card_from_row(row, 0).map_err(|e| self.sql(e)),
            None => Ok(CardState::new()),
        }
    }

    /// Records a card's suspend/bury choice made at `at` as events (only what changed), and
    /// derives the card's columns from them; its schedule stays exactly as stored (another
    /// saa may have just answered it).
    pub fn set_aside(
        &mut self,
        key: &QuestionKey,
        suspended: bool,
        buried_until: Option<jiff::Timestamp>,
        at: jiff::Timestamp,
    ) -> Result<()> {
        let path = self.path.clone();
        let err = |e| super::classify(&path, e);
        let tx = self.write_tx()?;
        let now: Option<(bool, Option<i64>)> = tx
            .query_row(
                "SELECT suspended, buried_until FROM card WHERE deck = ?1 AND question = ?2",
                params![key.deck.as_str(), key.question.as_str()],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()
            .map_err(err)?;
        let (was_suspended, was_buried) = now.unwrap_or((false, None));
        if was_suspended != suspended {
            let value = if suspended { "1" } else { "0" };
            events::record(&tx, key, events::Kind::Suspend, Some(value.into()), at).map_err(err)?;
        }
        let buried_until = buried_until.map(to_ms);
        if was_buried != buried_until {
            let value = buried_until.map(|ms| ms.to_string());
            events::record(&tx, key, events::Kind::Bury, value, at).map_err(err)?;
        }
        tx.commit().map_err(err)
    }

    /// Every question with any progress: a card row or a logged review.
    pub fn progress_keys(&self) -> Result<std::collections::HashSet<QuestionKey>> {
        let mut stmt = self
            .conn
            .prepare("SELECT deck, question FROM card UNION SELECT deck, question FROM review_log")
            .map_err(|e| self.sql(e))?;
        let rows = stmt
            .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))
            .map_err(|e| self.sql(e))?;
        let mut keys = std::collections::HashSet::new();
        for row in rows {
            let (deck, question) = row.map_err(|e| self.sql(e))?;
            keys.extend(key_from(&deck, &question));
        }
        Ok(keys)
    }

    pub fn flagged(&self) -> Result<Vec<(QuestionKey, jiff::Timestamp)>> {
        let mut stmt = self
            .conn
            .prepare("SELECT deck, question, flagged_at FROM flag ORDER BY flagged_at")
            .map_err(|e| self.sql(e))?;
        let rows = stmt
            .query_map([], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, i64>(2)?,
                ))
            })
            .map_err(|e| self.sql(e))?;
        let mut out = Vec::new();
        for row in rows {
            let (deck, question, at) = row.map_err(|e| self.sql(e))?;
            if let Some(key) = key_from(&deck, &question) {
                out.push((key, from_ms(at)));
            }
        }
        Ok(out)
    }
}
