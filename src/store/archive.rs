//! Everything a learner did beyond the review log, as plain rows for a complete export: mock
//! exams (with every item), faulty-question flags, settings (trained parameters, the exam
//! plan) and suspensions/burials. Import merges them without overwriting what is there.

use std::collections::BTreeMap;

use rusqlite::types::Value;
use rusqlite::{OptionalExtension, params_from_iter};

use super::events::{self, Kind};
use super::{Result, Store, StoreError};
use crate::deck::QuestionKey;
use crate::sched::Scheduler;
use crate::store::ReviewRow;

/// The tables exported row by row, with their columns (nothing else is read or written).
pub const TABLES: [(&str, &[&str]); 5] = [
    (
        "exam",
        &[
            "id",
            "started_at",
            "seed",
            "limit_ms",
            "remaining_ms",
            "current",
            "finished_at",
            "abandoned",
            "total",
            "answered",
            "correct",
            "scaled",
            "passed",
            "domains",
            "practice",
        ],
    ),
    (
        "exam_item",
        &[
            "exam_id",
            "position",
            "deck",
            "question",
            "domain",
            "kind",
            "choice_order",
            "answer",
            "flagged",
            "time_ms",
            "checked",
        ],
    ),
    // Read from older exports; flags now travel as events (the table is derived from them).
    ("flag", &["deck", "question", "flagged_at"]),
    ("setting", &["key", "value"]),
    (
        "event",
        &["id", "at", "device", "kind", "deck", "question", "value"],
    ),
];

/// Tables read on import but no longer written: derived from events.
const DERIVED: &[&str] = &["flag"];

/// Settings under this prefix belong to one machine (its sync device id, what it last merged)
/// and never travel in an export.
pub const LOCAL_SETTING: &str = "local.";

fn is_local(table: &str, row: &Row) -> bool {
    table == "setting"
        && row
            .get("key")
            .and_then(|k| k.as_str())
            .is_some_and(|k| k.starts_with(LOCAL_SETTING))
}

/// One exported row: column -> value (integers, text or null).
pub type Row = BTreeMap<String, serde_json::Value>;

/// A question set aside (suspended, or buried until a time in ms).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SetAside {
    pub key: QuestionKey,
    pub suspended: bool,
    pub buried_until: Option<i64>,
}

fn to_json(v: Value) -> serde_json::Value {
    match v {
        Value::Null | Value::Blob(_) => serde_json::Value::Null,
        Value::Integer(i) => i.into(),
        Value::Real(f) => {
            serde_json::Number::from_f64(f).map_or(serde_json::Value::Null, Into::into)
        }
        Value::Text(s) => s.into(),
    }
}

fn from_json(v: &serde_json::Value) -> Option<Value> {
    match v {
        serde_json::Value::Null => Some(Value::Null),
        serde_json::Value::Bool(b) => Some(Value::Integer(i64::from(*b))),
        serde_json::Value::Number(n) => n
            .as_i64()
            .map(Value::Integer)
            .or_else(|| n.as_f64().map(Value::Real)),
        serde_json::Value::String(s) => Some(Value::Text(s.clone())),
        _ => None,
    }
}

impl Store {
    /// Every row of the archived tables, table by table.
    pub fn dump_tables(&self) -> Result<Vec<(&'static str, Row)>> {
        let mut out = Vec::new();
        for &(table, columns) in TABLES.iter().filter(|(t, _)| !DERIVED.contains(t)) {
            let sql = format!("SELECT {} FROM {table}", columns.join(", "));
            let mut stmt = self.conn.prepare(&sql).map_err(|e| self.sql(e))?;
            let rows = stmt
                .query_map([], |r| {
                    let mut row = Row::new();
                    for (i, c) in columns.iter().enumerate() {
                        row.insert((*c).to_string(), to_json(r.get::<_, Value>(i)?));
                    }
                    Ok(row)
                })
                .map_err(|e| self.sql(e))?;
            for row in rows {
                let row = row.map_err(|e| self.sql(e))?;
                if !is_local(table, &row) {
                    out.push((table, row));
                }
            }
        }
        Ok(out)
    }

    /// Questions suspended or buried.
    pub fn set_asides(&self) -> Result<Vec<SetAside>> {
        let mut stmt = self
            .conn
            .prepare(
                "SELECT deck, question, suspended, buried_until FROM card
                 WHERE suspended OR buried_until IS NOT NULL",
            )
            .map_err(|e| self.sql(e))?;
        let rows = stmt
            .query_map([], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, bool>(2)?,
                    r.get::<_, Option<i64>>(3)?,
                ))
            })
            .map_err(|e| self.sql(e))?;
        let mut out = Vec::new();
        for row in rows {
            let (deck, question, suspended, buried_until) = row.map_err(|e| self.sql(e))?;
            if let Some(key) = super::cards::key_from(&deck, &question) {
                out.push(SetAside {
                    key,
                    suspended,
                    buried_until,
                });
            }
        }
        Ok(out)
    }

    /// Merges an archive in one transaction: rows already present (same key) are kept as they
    /// are, set-asides apply to questions not yet set aside here, then the reviews are merged
    /// and their cards rebuilt. A failure imports nothing.
    pub fn import_archive(
        &mut self,
        rows: &[(String, Row)],
        set_asides: &[SetAside],
        reviews: &[ReviewRow],
        scheduler: &Scheduler,
    ) -> Result<super::ImportReport> {
        let path = self.path.clone();
        let err = |e| super::classify(&path, e);
        let tx = self.write_tx()?;
        // What the merged events, flags and set-asides touch is derived again at the end.
        let mut touched: Vec<(QuestionKey, Kind, Option<String>)> = Vec::new();
        // Exams before their items (the items refer to them).
        for (table, columns) in TABLES {
            for (_, row) in rows
                .iter()
                .filter(|(t, row)| t == table && !is_local(table, row))
            {
                let mut names = Vec::new();
                let mut values = Vec::new();
                for c in columns.iter() {
                    if let Some(v) = row.get(*c) {
                        let v = from_json(v).ok_or_else(|| {
                            StoreError::Invalid(format!("{table}.{c} has a value saa cannot store"))
                        })?;
                        names.push(*c);
                        values.push(v);
                    }
                }
                if names.is_empty() {
                    continue;
                }
                let marks: Vec<String> = (1..=names.len()).map(|i| format!("?{i}")).collect();
                let sql = format!(
                    "INSERT OR IGNORE INTO {table} ({}) VALUES ({})",
                    names.join(", "),
                    marks.join(", ")
                );
                let added = tx.execute(&sql, params_from_iter(values)).map_err(err)?;
                if added > 0 && (table == "event" || table == "flag") {
                    touched.extend(touched_by(table, row));
                }
            }
        }
        newer_settings_win(&tx, rows).map_err(err)?;
        for s in set_asides {
            tx.execute(
                "INSERT INTO card (deck, question, phase, suspended, buried_until)
                 VALUES (?1, ?2, 'new', ?3, ?4)
                 ON CONFLICT (deck, question) DO UPDATE SET
                   suspended = card.suspended OR excluded.suspended,
                   buried_until = coalesce(card.buried_until, excluded.buried_until)",
                rusqlite::params![
                    s.key.deck.as_str(),
                    s.key.question.as_str(),
                    s.suspended,
                    s.buried_until
                ],
            )
            .map_err(err)?;
            touched.push((s.key.clone(), Kind::Suspend, None));
            touched.push((s.key.clone(), Kind::Bury, None));
        }
        let report = super::reviews::import_into(&tx, reviews, scheduler, &path)?;
        events::apply_all(&tx, &touched, scheduler, &path)?;
        tx.commit().map_err(err)?;
        Ok(report)
    }
}

/// The question and kind an imported event or flag row is about (an undo with its review id).
fn touched_by(table: &str, row: &Row) -> Option<(QuestionKey, Kind, Option<String>)> {
    let text = |c: &str| row.get(c).and_then(|v| v.as_str());
    let key = super::cards::key_from(text("deck")?, text("question")?)?;
    let kind = match table {
        "flag" => Kind::Flag,
        _ => events::kind_of(text("kind")?)?,
    };
    Some((key, kind, text("value").map(str::to_string)))
}

/// Settings that change (the exam plan, trained parameters) are each kept with the time they
/// were set: an imported one replaces this machine's when it was set later.
fn newer_settings_win(
    tx: &rusqlite::Transaction<'_>,
    rows: &[(String, Row)],
) -> rusqlite::Result<()> {
    let incoming = |key: &str| {
        rows.iter()
            .filter(|(table, row)| {
                table == "setting" && row.get("key").and_then(|k| k.as_str()) == Some(key)
            })
            .find_map(|(_, row)| {
                row.get("value")
                    .and_then(|v| v.as_str())
                    .map(str::to_string)
            })
    };
    for key in super::settings::TIMED {
        let set_at = super::settings::set_at_key(key);
        let (Some(value), Some(at)) = (incoming(key), incoming(&set_at)) else {
            continue;
        };
        let Ok(at) = at.parse::<i64>() else {
            continue;
        };
        let local: Option<String> = tx
            .query_row("SELECT value FROM setting WHERE key = ?1", [&set_at], |r| {
                r.get(0)
            })
            .optional()?;
        let local = local
            .and_then(|v| v.parse::<i64>().ok())
            .unwrap_or(i64::MIN);
        if at > local {
            for (k, v) in [(key.to_string(), value), (set_at, at.to_string())] {
                tx.execute(
                    "INSERT OR REPLACE INTO setting (key, value) VALUES (?1, ?2)",
                    rusqlite::params![k, v],
                )?;
            }
        }
    }
    Ok(())
}
