//! `saa export reviews` and `saa import reviews`: the review log as JSONL or CSV, for backups
//! and for moving or merging progress between machines through any file-sync tool.

use std::io::{BufRead, Write};
use std::path::Path;
use std::process::ExitCode;

use anyhow::{Context as _, anyhow, bail};
use serde::{Deserialize, Serialize};

use super::common;
use crate::cli::Context;
use crate::deck::{Id, QuestionKey};
use crate::sched::{Memory, Mode, Phase, Rating};
use crate::store::ReviewRow;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Jsonl,
    Csv,
}

/// One exported review. Field names are the documented format.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Line {
    id: String,
    deck: String,
    question: String,
    reviewed_at: String,
    rating: u8,
    mode: String,
    correct: bool,
    elapsed_ms: u64,
    #[serde(default)]
    stability: Option<f32>,
    #[serde(default)]
    difficulty: Option<f32>,
    #[serde(default)]
    interval_days: Option<u32>,
    #[serde(default)]
    due: Option<String>,
    #[serde(default)]
    picked: Option<String>,
}

const CSV_HEADER: &str = "id,deck,question,reviewed_at,rating,mode,correct,elapsed_ms,stability,difficulty,interval_days,due,picked";

fn to_line(r: &ReviewRow) -> Line {
    Line {
        id: r.id.clone(),
        deck: r.key.deck.to_string(),
        question: r.key.question.to_string(),
        reviewed_at: r.reviewed_at.to_string(),
        rating: r.rating.number(),
        mode: r.mode.as_str().to_string(),
        correct: r.correct,
        elapsed_ms: r.elapsed_ms,
        stability: r.memory.map(|m| m.stability),
        difficulty: r.memory.map(|m| m.difficulty),
        interval_days: Some(r.interval_days),
        due: r.due.map(|d| d.to_string()),
        picked: Some(r.picked.clone()),
    }
}

fn from_line(line: Line) -> Result<ReviewRow, String> {
    let id =
        |s: &str, what: &str| Id::parse(s).ok_or_else(|| format!("{what} `{s}` is not a valid id"));
    if line.id.trim().is_empty() || line.id.len() > 200 {
        return Err("`id` must be a non-empty string".into());
    }
    Ok(ReviewRow {
        id: line.id,
        key: QuestionKey {
            deck: id(&line.deck, "deck")?,
            question: id(&line.question, "question")?,
        },
        reviewed_at: line.reviewed_at.parse().map_err(|e| {
            format!(
                "`reviewed_at` {:?} is not an RFC 3339 time: {e}",
                line.reviewed_at
            )
        })?,
        rating: Rating::from_number(i64::from(line.rating))
            .ok_or_else(|| format!("`rating` must be 1-4, not {}", line.rating))?,
        mode: Mode::parse(&line.mode)
            .ok_or_else(|| format!("`mode` must be study, exam or cram, not {:?}", line.mode))?,
        correct: line.correct,
        picked: line.picked.unwrap_or_default(),
        elapsed_ms: line.elapsed_ms,
        // State fields are recomputed by replaying the merged history.
        phase: Phase::New,
        memory: None::<Memory>,
        interval_days: 0,
        due: None,
    })
}

fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

fn csv_split(line: &str) -> Result<Vec<String>, String> {
    let mut fields = Vec::new();
    let mut field = String::new();
    let mut chars = line.chars().peekable();
    let mut quoted = false;
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (false, '"') if field.is_empty() => quoted = true,
            (false, ',') => fields.push(std::mem::take(&mut field)),
            (_, c) => field.push(c),
        }
    }
    if quoted {
        return Err("unterminated quoted field".into());
    }
    fields.push(field);
    Ok(fields)
}

fn csv_to_line(fields: Vec<String>) -> Result<Line, String> {
    if fields.len() != 13 {
        return Err(format!("expected 13 fields, found {}", fields.len()));
    }
    let opt = |s: &str| (!s.is_empty()).then(|| s.to_string());
    let num = |s: &str, what: &str| {
        s.parse::<u64>()
            .map_err(|_| format!("`{what}` {s:?} is not a number"))
    };
    let real = |s: &str, what: &str| -> Result<Option<f32>, String> {
        if s.is_empty() {
            Ok(None)
        } else {
            s.parse()
                .map(Some)
                .map_err(|_| format!("`{what}` {s:?} is not a number"))
        }
    };
    Ok(Line {
        id: fields[0].clone(),
        deck: fields[1].clone(),
        question: fields[2].clone(),
        reviewed_at: fields[3].clone(),
        rating: u8::try_from(num(&fields[4], "rating")?)
            .map_err(|_| "`rating` must be 1-4".to_string())?,
        mode: fields[5].clone(),
        correct: match fields[6].as_str() {
            "true" | "1" => true,
            "false" | "0" => false,
            other => return Err(format!("`correct` must be true or false, not {other:?}")),
        },
        elapsed_ms: num(&fields[7], "elapsed_ms")?,
        stability: real(&fields[8], "stability")?,
        difficulty: real(&fields[9], "difficulty")?,
        interval_days: opt(&fields[10]).map(|s| s.parse().unwrap_or(0)),
        due: opt(&fields[11]),
        picked: opt(&fields[12]),
    })
}

pub fn export(context: &Context, format: Format, out: Option<&Path>) -> anyhow::Result<ExitCode> {
    let store = common::open_store(context)?;
    let reviews = store.reviews()?;
    let mut text = String::new();
    if format == Format::Csv {
        text.push_str(CSV_HEADER);
        text.push('\n');
    }
    for review in &reviews {
        let line = to_line(review);
        match format {
            Format::Jsonl => {
                text.push_str(&serde_json::to_string(&line)?);
            }
            Format::Csv => {
                let f = |o: Option<String>| o.unwrap_or_default();
                let fields = [
                    line.id,
                    line.deck,
                    line.question,
                    line.reviewed_at,
                    line.rating.to_string(),
                    line.mode,
                    line.correct.to_string(),
                    line.elapsed_ms.to_string(),
                    f(line.stability.map(|x| x.to_string())),
                    f(line.difficulty.map(|x| x.to_string())),
                    f(line.interval_days.map(|x| x.to_string())),
                    f(line.due),
                    f(line.picked),
                ];
                let joined: Vec<String> = fields.iter().map(|s| csv_field(s)).collect();
                text.push_str(&joined.join(","));
            }
        }
        text.push('\n');
    }
    match out {
        Some(path) => {
            // Write beside the target and rename, so an interrupted export never leaves half a file.
            let tmp = path.with_extension("partial");
            std::fs::write(&tmp, &text)
                .with_context(|| format!("cannot write {}", tmp.display()))?;
            std::fs::rename(&tmp, path)
                .with_context(|| format!("cannot write {}", path.display()))?;
            eprintln!("exported {} reviews to {}", reviews.len(), path.display());
        }
        None => std::io::stdout().lock().write_all(text.as_bytes())?,
    }
    Ok(ExitCode::SUCCESS)
}

/// Parses a whole export; the first malformed line stops everything.
fn parse_file(path: &Path) -> anyhow::Result<Vec<ReviewRow>> {
    let file =
        std::fs::File::open(path).with_context(|| format!("cannot read {}", path.display()))?;
    let mut rows = Vec::new();
    let mut csv = None;
    for (n, line) in std::io::BufReader::new(file).lines().enumerate() {
        let number = n + 1;
        let line =
            line.with_context(|| format!("{}:{number}: cannot read the line", path.display()))?;
        let trimmed = line.trim();
        if trimmed.is_empty() {
            continue;
        }
        let is_csv = *csv.get_or_insert_with(|| !trimmed.starts_with('{'));
        if is_csv && number == 1 && trimmed == CSV_HEADER {
            continue;
        }
        let parsed = if is_csv {
            csv_split(trimmed).and_then(csv_to_line)
        } else {
            serde_json::from_str::<Line>(trimmed).map_err(|e| e.to_string())
        };
        let row = parsed
            .and_then(from_line)
            .map_err(|e| anyhow!("{}:{number}: {e}; nothing was imported", path.display()))?;
        rows.push(row);
    }
    if rows.is_empty() {
        bail!("{} has no reviews to import", path.display());
    }
    Ok(rows)
}

pub fn import(context: &Context, path: &Path) -> anyhow::Result<ExitCode> {
    let rows = parse_file(path)?;
    let config = common::config(context)?;
    let mut store = common::open_store(context)?;
    let scheduler = common::scheduler(&config, &store)?;
    let report = store.import_reviews(&rows, &scheduler)?;
    println!(
        "read {} reviews: {} added, {} already present; {} questions rescheduled",
        report.read, report.added, report.already_present, report.cards_rebuilt
    );
    Ok(ExitCode::SUCCESS)
}

/// `saa unsuspend`: lists suspended questions, or lifts the suspension of some or all.
pub fn unsuspend(context: &Context, keys: &[String], all: bool) -> anyhow::Result<ExitCode> {
    let mut store = common::open_store(context)?;
    let cards = store.cards()?;
    let mut suspended: Vec<(QuestionKey, crate::sched::CardState)> =
        cards.into_iter().filter(|(_, c)| c.suspended).collect();
    suspended.sort_by(|a, b| a.0.cmp(&b.0));
    if keys.is_empty() && !all {
        if suspended.is_empty() {
            println!("No questions are suspended.");
        }
        for (key, _) in &suspended {
            println!("{key}");
        }
        return Ok(ExitCode::SUCCESS);
    }
    let mut wanted = Vec::new();
    for text in keys {
        let key = text
            .split_once('/')
            .and_then(|(d, q)| Some(QuestionKey { deck: Id::parse(d)?, question: Id::parse(q)? }))
            .ok_or_else(|| anyhow!("`{text}` is not a question key; write deck/question, as `saa unsuspend` lists them"))?;
        if !suspended.iter().any(|(k, _)| *k == key) {
            bail!("{key} is not suspended");
        }
        wanted.push(key);
    }
    let mut count = 0;
    for (key, card) in suspended {
        if all || wanted.contains(&key) {
            store.set_aside(&key, false, card.buried_until)?;
            count += 1;
        }
    }
    println!(
        "{count} question{} back in study.",
        if count == 1 { "" } else { "s" }
    );
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_round_trips_quotes_and_commas() {
        let s = r#"a,"b, c","say ""hi""",,x"#;
        assert_eq!(
            csv_split(s).unwrap(),
            vec!["a", "b, c", "say \"hi\"", "", "x"]
        );
        assert_eq!(csv_field("b, c"), "\"b, c\"");
        assert!(csv_split("\"open").is_err());
    }
}
