//! A complete export: the review log's lines (the `export reviews` format, so a reviews-only
//! file is a complete export with nothing else in it) plus lines that carry a `saa` field:
//!
//! - `{"saa": "export", "version": 1}`, the first line;
//! - `{"saa": "row", "table": "exam" | "exam_item" | "setting" | "event", "row": {...}}`, the
//!   mock exams with every item, trained parameters and the exam plan, and the events that
//!   suspend, bury or flag a question or undo an answer;
//! - read from version 1 files: `flag` rows, and `{"saa": "set_aside", "deck", "question",
//!   "suspended", "buried_until"}` lines.
//!
//! Pure: rows in, text out, and back.

use std::fmt::Write as _;

use serde_json::json;

use crate::deck::{Id, QuestionKey};
use crate::store::archive::{Row, SetAside, TABLES};
use crate::tr;

/// 2: flags, suspensions and burials travel as `event` rows (version 1's `flag` rows and
/// `set_aside` lines are still read).
pub const VERSION: i64 = 2;

/// The lines after the review log's, as text.
pub fn extra_lines(rows: &[(&str, Row)], set_asides: &[SetAside]) -> String {
    let mut out = String::new();
    for (table, row) in rows {
        let _ = writeln!(out, "{}", json!({"saa": "row", "table": table, "row": row}));
    }
    for s in set_asides {
        let _ = writeln!(
            out,
            "{}",
            json!({
                "saa": "set_aside",
                "deck": s.key.deck.as_str(),
                "question": s.key.question.as_str(),
                "suspended": s.suspended,
                "buried_until": s.buried_until,
            })
        );
    }
    out
}

pub fn header_line() -> String {
    format!("{}\n", json!({"saa": "export", "version": VERSION}))
}

/// What a complete export holds besides reviews: (table, row) pairs and set-asides.
pub type Extras = (Vec<(String, Row)>, Vec<SetAside>);

/// The rows and set-asides of a complete export's `saa` lines; the first bad one is named.
pub fn read_extras(extras: &[(usize, serde_json::Value)]) -> Result<Extras, String> {
    let mut rows = Vec::new();
    let mut set_asides = Vec::new();
    for (line, value) in extras {
        let bad = |what: &str| tr!("cli-file-line-error", line = *line, message = what);
        match value.get("saa").and_then(|v| v.as_str()) {
            Some("export") => {
                let version = value.get("version").and_then(|v| v.as_i64()).unwrap_or(0);
                if version > VERSION {
                    return Err(bad(&tr!("cli-import-newer-version", version = version)));
                }
            }
            Some("row") => {
                let table = value.get("table").and_then(|v| v.as_str()).unwrap_or("");
                let Some((_, columns)) = TABLES.iter().find(|(t, _)| *t == table) else {
                    return Err(bad(&tr!("cli-import-unknown-table", table = table)));
                };
                let Some(row) = value.get("row").and_then(|v| v.as_object()) else {
                    return Err(bad(&tr!("cli-import-row-needs-object")));
                };
                if let Some(unknown) = row.keys().find(|k| !columns.contains(&k.as_str())) {
                    return Err(bad(&tr!(
                        "cli-import-unknown-column",
                        table = table,
                        column = unknown.as_str()
                    )));
                }
                rows.push((
                    table.to_string(),
                    row.iter().map(|(k, v)| (k.clone(), v.clone())).collect(),
                ));
            }
            Some("set_aside") => {
                let text = |k: &str| value.get(k).and_then(|v| v.as_str()).unwrap_or("");
                let key = Id::parse(text("deck"))
                    .zip(Id::parse(text("question")))
                    .map(|(deck, question)| QuestionKey { deck, question })
                    .ok_or_else(|| bad(&tr!("cli-import-set-aside-needs-key")))?;
                set_asides.push(SetAside {
                    key,
                    suspended: value
                        .get("suspended")
                        .and_then(|v| v.as_bool())
                        .unwrap_or(false),
                    buried_until: value.get("buried_until").and_then(|v| v.as_i64()),
                });
            }
            other => {
                return Err(bad(&tr!(
                    "cli-import-unknown-line",
                    kind = format!("{:?}", other.unwrap_or("missing"))
                )));
            }
        }
    }
    Ok((rows, set_asides))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extras_round_trip_and_bad_lines_are_named() {
        let mut row = Row::new();
        row.insert("deck".into(), "vpc".into());
        row.insert("question".into(), "q1".into());
        row.insert("flagged_at".into(), 5.into());
        let set_aside = SetAside {
            key: QuestionKey {
                deck: Id::parse("vpc").unwrap(),
                question: Id::parse("q2").unwrap(),
            },
            suspended: true,
            buried_until: None,
        };
        let text = header_line()
            + &extra_lines(&[("flag", row.clone())], std::slice::from_ref(&set_aside));
        let extras: Vec<(usize, serde_json::Value)> = text
            .lines()
            .enumerate()
            .map(|(i, l)| (i + 1, serde_json::from_str(l).unwrap()))
            .collect();
        let (rows, sets) = read_extras(&extras).unwrap();
        assert_eq!(rows, vec![("flag".to_string(), row)]);
        assert_eq!(sets, vec![set_aside]);
        let bad = vec![(7, json!({"saa": "row", "table": "card", "row": {}}))];
        assert!(read_extras(&bad).unwrap_err().starts_with("line 7:"));
        let newer = vec![(1, json!({"saa": "export", "version": 99}))];
        assert!(read_extras(&newer).unwrap_err().contains("newer"));
    }
}
