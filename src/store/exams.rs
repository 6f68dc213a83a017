//! Mock exams: created when started, saved on every answer, flag and move, finished in one
//! transaction together with the review-log rows that feed the study schedule.

use std::collections::{BTreeSet, HashSet};

use jiff::Timestamp;
use rusqlite::{OptionalExtension, params};
use serde::{Deserialize, Serialize};

use super::cards::key_from;
use super::{Result, Store, StoreError, from_ms, to_ms};
use crate::deck::{Domain, Kind, QuestionKey};
use crate::exam::{ExamItem, ExamResult, Session};
use crate::sched::Scheduler;
use crate::study::ReviewRow;

/// An exam being taken, as saved.
#[derive(Debug, Clone, PartialEq)]
pub struct SavedExam {
    pub id: String,
    pub started_at: Timestamp,
    pub seed: u64,
    pub session: Session,
}

/// A finished (or abandoned) attempt, for history and stats.
#[derive(Debug, Clone, PartialEq)]
pub struct ExamRecord {
    pub id: String,
    pub started_at: Timestamp,
    pub finished: bool,
    pub questions: usize,
    pub answered: usize,
    pub correct: usize,
    pub scaled: u32,
    pub passed: bool,
    pub domains: Vec<DomainScore>,
    /// A practice attempt (answers checked as it went): kept out of readiness.
    pub practice: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DomainScore {
    pub domain: String,
    pub correct: usize,
    pub total: usize,
    pub percent: u32,
    pub meets: bool,
}

fn json<T: Serialize>(value: &T) -> String {
    serde_json::to_string(value).unwrap_or_else(|_| "[]".to_string())
}

/// Writes every item's answer, flag, time and whether it was checked.
fn save_items(tx: &rusqlite::Transaction<'_>, id: &str, session: &Session) -> rusqlite::Result<()> {
    let mut stmt = tx.prepare_cached(
        "UPDATE exam_item SET answer = ?3, flagged = ?4, time_ms = ?5, checked = ?6
         WHERE exam_id = ?1 AND position = ?2",
    )?;
    for (position, answer) in session.answers.iter().enumerate() {
        let flagged = session.flagged.get(position).copied().unwrap_or(false);
        let time = session.time_ms.get(position).copied().unwrap_or(0);
        let checked = session.checked.get(position).copied().unwrap_or(false);
        stmt.execute(params![
            id,
            position as i64,
            json(answer),
            flagged,
            time,
            checked
        ])?;
    }
    Ok(())
}

fn kind_from(s: &str) -> Kind {
    Kind::parse(s).unwrap_or(Kind::Single)
}

impl Store {
    pub fn create_exam(&mut self, exam: &SavedExam) -> Result<()> {
        let path = self.path.clone();
        let err = |e| super::classify(&path, e);
        let tx = self.conn.transaction().map_err(err)?;
        tx.execute(
            "INSERT INTO exam (id, started_at, seed, limit_ms, remaining_ms, current, practice)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![
                exam.id,
                to_ms(exam.started_at),
                exam.seed as i64,
                exam.session.limit_ms,
                exam.session.remaining_ms,
                exam.session.current as i64,
                exam.session.practice
            ],
        )
        .map_err(err)?;
        for (position, item) in exam.session.items.iter().enumerate() {
            tx.execute(
                "INSERT INTO exam_item (exam_id, position, deck, question, domain, kind, choice_order) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                params![
                    exam.id,
                    position as i64,
                    item.key.deck.as_str(),
                    item.key.question.as_str(),
                    item.domain.as_str(),
                    item.kind.as_str(),
                    json(&item.order)
                ],
            )
            .map_err(err)?;
        }
        tx.commit().map_err(err)
    }

    /// Saves answers, flags, the current question and the time left, in one transaction.
    pub fn save_exam(&mut self, id: &str, session: &Session) -> Result<()> {
        let path = self.path.clone();
        let err = |e| super::classify(&path, e);
        let tx = self.conn.transaction().map_err(err)?;
        tx.execute(
            "UPDATE exam SET current = ?2, remaining_ms = ?3 WHERE id = ?1",
            params![id, session.current as i64, session.remaining_ms],
        )
        .map_err(err)?;
        save_items(&tx, id, session).map_err(err)?;
        tx.commit().map_err(err)
    }

    /// Saves only the time left and the time on the current question (called as the clock
    /// runs), in one transaction.
    pub fn save_exam_time(&mut self, id: &str, session: &Session) -> Result<()> {
        let path = self.path.clone();
        let err = |e| super::classify(&path, e);
        let tx = self.conn.transaction().map_err(err)?;
        tx.execute(
            "UPDATE exam SET remaining_ms = ?2 WHERE id = ?1",
            params![id, session.remaining_ms],
        )
        .map_err(err)?;
        tx.execute(
            "UPDATE exam_item SET time_ms = ?3 WHERE exam_id = ?1 AND position = ?2",
            params![
                id,
                session.current as i64,
                session.time_ms.get(session.current).copied().unwrap_or(0)
            ],
        )
        .map_err(err)?;
        tx.commit().map_err(err)
    }

    /// The exam in progress, if any (the newest one not finished or abandoned).
    pub fn open_exam(&self) -> Result<Option<SavedExam>> {
        let id: Option<String> = self
            .conn
            .query_row(
                "SELECT id FROM exam WHERE finished_at IS NULL AND abandoned = 0
                 ORDER BY started_at DESC LIMIT 1",
                [],
                |r| r.get(0),
            )
            .optional()
            .map_err(|e| self.sql(e))?;
        match id {
            Some(id) => self.exam(&id),
            None => Ok(None),
        }
    }

    /// Any exam by id, finished or not, as saved (a finished one comes back submitted).
    pub fn exam(&self, id: &str) -> Result<Option<SavedExam>> {
        let head = self
            .conn
            .query_row(
                "SELECT id, started_at, seed, limit_ms, remaining_ms, current, finished_at IS NOT NULL,
                        practice
                 FROM exam WHERE id = ?1",
                [id],
                |r| {
                    Ok((
                        r.get::<_, String>(0)?,
                        r.get::<_, i64>(1)?,
                        r.get::<_, i64>(2)?,
                        r.get::<_, i64>(3)?,
                        r.get::<_, i64>(4)?,
                        r.get::<_, i64>(5)?,
                        r.get::<_, bool>(6)?,
                        r.get::<_, bool>(7)?,
                    ))
                },
            )
            .optional()
            .map_err(|e| self.sql(e))?;
        let Some((id, started_at, seed, limit_ms, remaining_ms, current, finished, practice)) =
            head
        else {
            return Ok(None);
        };
        let mut stmt = self
            .conn
            .prepare(
                "SELECT deck, question, domain, kind, choice_order, answer, flagged, time_ms, checked
                 FROM exam_item WHERE exam_id = ?1 ORDER BY position",
            )
            .map_err(|e| self.sql(e))?;
        let rows = stmt
            .query_map([&id], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, String>(3)?,
                    r.get::<_, String>(4)?,
                    r.get::<_, String>(5)?,
                    r.get::<_, bool>(6)?,
                    r.get::<_, i64>(7)?,
                    r.get::<_, bool>(8)?,
                ))
            })
            .map_err(|e| self.sql(e))?;
        let mut items = Vec::new();
        let mut answers = Vec::new();
        let mut flagged = Vec::new();
        let mut time_ms = Vec::new();
        let mut checked = Vec::new();
        for row in rows {
            let (deck, question, domain, kind, order, answer, flag, time, was_checked) =
                row.map_err(|e| self.sql(e))?;
            let bad = |what: &str| {
                StoreError::Invalid(format!(
                    "saved exam {id} has an unreadable {what}; abandon it with `saa exam --abandon`"
                ))
            };
            let key = key_from(&deck, &question).ok_or_else(|| bad("question id"))?;
            let order: Vec<usize> =
                serde_json::from_str(&order).map_err(|_| bad("choice order"))?;
            let answer: BTreeSet<usize> =
                serde_json::from_str(&answer).map_err(|_| bad("answer"))?;
            items.push(ExamItem {
                key,
                domain: Domain::parse(&domain).unwrap_or(Domain::Secure),
                kind: kind_from(&kind),
                order,
            });
            answers.push(answer);
            flagged.push(flag);
            time_ms.push(time.max(0));
            checked.push(was_checked);
        }
        let session = Session {
            items,
            answers,
            flagged,
            time_ms,
            current: current.max(0) as usize,
            limit_ms,
            remaining_ms,
            finished,
            practice,
            checked,
        };
        session.validate().map_err(|e| {
            StoreError::Invalid(format!(
                "saved exam {id} is inconsistent ({e}); abandon it with `saa exam --abandon`"
            ))
        })?;
        Ok(Some(SavedExam {
            id,
            started_at: from_ms(started_at),
            seed: seed as u64,
            session,
        }))
    }

    /// Records the result and the exam's answered questions as reviews, rebuilding each card
    /// from its log, all in one transaction. An attempt is recorded once: a second submission
    /// (another window, a replayed key) fails with `ExamClosed` and changes nothing.
    pub fn finish_exam(
        &mut self,
        id: &str,
        session: &Session,
        result: &ExamResult,
        finished_at: Timestamp,
        reviews: &[ReviewRow],
        scheduler: &Scheduler,
    ) -> Result<()> {
        let path = self.path.clone();
        let err = |e| super::classify(&path, e);
        let domains: Vec<DomainScore> = result
            .per_domain
            .iter()
            .map(|d| DomainScore {
                domain: d.domain.as_str().to_string(),
                correct: d.correct,
                total: d.total,
                percent: d.percent,
                meets: d.meets,
            })
            .collect();
        let tx = self.write_tx()?;
        let updated = tx.execute(
            "UPDATE exam SET finished_at = ?2, remaining_ms = ?3, current = ?4, total = ?5, answered = ?6,
                             correct = ?7, scaled = ?8, passed = ?9, domains = ?10
             WHERE id = ?1 AND finished_at IS NULL AND abandoned = 0",
            params![
                id,
                to_ms(finished_at),
                session.remaining_ms,
                session.current as i64,
                result.total as i64,
                result.answered as i64,
                result.correct as i64,
                result.scaled,
                result.passed,
                json(&domains)
            ],
        )
        .map_err(err)?;
        if updated == 0 {
            return Err(StoreError::ExamClosed { id: id.to_string() });
        }
        save_items(&tx, id, session).map_err(err)?;
        for row in reviews {
            super::reviews::replay_with(
                &tx,
                &row.key,
                scheduler,
                std::slice::from_ref(row),
                &path,
            )?;
        }
        tx.commit().map_err(err)
    }

    /// Gives up the exam in progress: it is kept in history as abandoned, with no score.
    pub fn abandon_exam(&mut self, id: &str) -> Result<()> {
        self.conn
            .execute("UPDATE exam SET abandoned = 1 WHERE id = ?1", [id])
            .map_err(|e| self.sql(e))?;
        Ok(())
    }

    /// Finished attempts, oldest first.
    pub fn exam_history(&self) -> Result<Vec<ExamRecord>> {
        let mut stmt = self
            .conn
            .prepare(
                "SELECT id, started_at, total, answered, correct, scaled, passed, domains, practice FROM exam
                 WHERE finished_at IS NOT NULL ORDER BY started_at",
            )
            .map_err(|e| self.sql(e))?;
        let rows = stmt
            .query_map([], |r| {
                let domains: Option<String> = r.get(7)?;
                Ok(ExamRecord {
                    id: r.get(0)?,
                    started_at: from_ms(r.get(1)?),
                    finished: true,
                    questions: r.get::<_, Option<i64>>(2)?.unwrap_or(0).max(0) as usize,
                    answered: r.get::<_, Option<i64>>(3)?.unwrap_or(0).max(0) as usize,
                    correct: r.get::<_, Option<i64>>(4)?.unwrap_or(0).max(0) as usize,
                    scaled: r.get::<_, Option<u32>>(5)?.unwrap_or(0),
                    passed: r.get::<_, Option<bool>>(6)?.unwrap_or(false),
                    domains: domains
                        .and_then(|d| serde_json::from_str(&d).ok())
                        .unwrap_or_default(),
                    practice: r.get(8)?,
                })
            })
            .map_err(|e| self.sql(e))?;
        rows.collect::<rusqlite::Result<Vec<_>>>()
            .map_err(|e| self.sql(e))
    }

    /// Questions that have appeared in a finished exam (assembly prefers fresh ones).
    pub fn exam_seen(&self) -> Result<HashSet<QuestionKey>> {
        let mut stmt = self
            .conn
            .prepare("SELECT DISTINCT i.deck, i.question FROM exam_item i JOIN exam e ON e.id = i.exam_id WHERE e.finished_at IS NOT NULL")
            .map_err(|e| self.sql(e))?;
        let rows = stmt
            .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))
            .map_err(|e| self.sql(e))?;
        let mut seen = HashSet::new();
        for row in rows {
            let (deck, question) = row.map_err(|e| self.sql(e))?;
            seen.extend(key_from(&deck, &question));
        }
        Ok(seen)
    }
}
