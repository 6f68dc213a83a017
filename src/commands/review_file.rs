//! The review-log file format of `saa export reviews` / `saa import reviews`: JSONL (one JSON
//! object per line) or CSV with a header. Pure: text in, rows out (and back).

use std::collections::HashMap;

use jiff::{SignedDuration, Timestamp};
use serde::{Deserialize, Serialize};

use crate::deck::{Id, QuestionKey};
use crate::sched::{Memory, Mode, Phase, Rating};
use crate::store::ReviewRow;
use crate::tr;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Jsonl,
    Csv,
}

/// One exported review. Field names are the documented format (and the CSV header).
/// `picked` is JSON text as stored (CSV, and reading), or real JSON (`P` =
/// `serde_json::Value`) when JSONL is written.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Line<P = String> {
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
    picked: Option<P>,
}

const CSV_HEADER: [&str; 13] = [
    "id",
    "deck",
    "question",
    "reviewed_at",
    "rating",
    "mode",
    "correct",
    "elapsed_ms",
    "stability",
    "difficulty",
    "interval_days",
    "due",
    "picked",
];

/// Reviews dated before this are not real (a clock at 1970 or year 1).
const EARLIEST: &str = "2000-01-01T00:00:00Z";
/// Clocks disagree a little; a review later than this past the importer's clock is refused.
const CLOCK_SKEW: SignedDuration = SignedDuration::from_hours(24);

impl<P> Line<P> {
    /// The same line carrying `picked` of another type.
    fn with_picked<Q>(self, picked: Option<Q>) -> Line<Q> {
        Line {
            id: self.id,
            deck: self.deck,
            question: self.question,
            reviewed_at: self.reviewed_at,
            rating: self.rating,
            mode: self.mode,
            correct: self.correct,
            elapsed_ms: self.elapsed_ms,
            stability: self.stability,
            difficulty: self.difficulty,
            interval_days: self.interval_days,
            due: self.due,
            picked,
        }
    }
}

/// `Line` as it is written: the same fields in the same order, borrowed from the answer
/// rather than copied into strings of their own (eight allocations an answer, most of an
/// export's time after reading).
#[derive(Serialize)]
struct LineOut<'a, P> {
    id: &'a str,
    deck: &'a str,
    question: &'a str,
    #[serde(serialize_with = "as_text")]
    reviewed_at: Timestamp,
    rating: u8,
    mode: &'static str,
    correct: bool,
    elapsed_ms: u64,
    stability: Option<f32>,
    difficulty: Option<f32>,
    interval_days: Option<u32>,
    #[serde(serialize_with = "as_text")]
    due: Option<Timestamp>,
    picked: Option<P>,
}

/// A time (or none) as its RFC 3339 text, written without a string of its own.
fn as_text<S: serde::Serializer, T: Shown>(value: &T, serializer: S) -> Result<S::Ok, S::Error> {
    value.show(serializer)
}

trait Shown {
    fn show<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error>;
}

impl Shown for Timestamp {
    fn show<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl Shown for Option<Timestamp> {
    fn show<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Some(at) => serializer.collect_str(at),
            None => serializer.serialize_none(),
        }
    }
}

fn to_line<P>(r: &ReviewRow, picked: P) -> LineOut<'_, P> {
    LineOut {
        id: &r.id,
        deck: r.key.deck.as_str(),
        question: r.key.question.as_str(),
        reviewed_at: r.reviewed_at,
        rating: r.rating.number(),
        mode: r.mode.as_str(),
        correct: r.correct,
        elapsed_ms: r.elapsed_ms,
        stability: r.memory.map(|m| m.stability),
        difficulty: r.memory.map(|m| m.difficulty),
        interval_days: Some(r.interval_days),
        due: r.due,
        picked: Some(picked),
    }
}

/// The whole log as the text of a file in `format`.
pub fn write(rows: &[ReviewRow], format: Format) -> Result<String, String> {
    let bytes = match format {
        Format::Jsonl => {
            // Each half of the log on its own thread: writing lines is half an export's work.
            let (first, second) = rows.split_at(rows.len() / 2);
            let (out, rest) = std::thread::scope(|scope| {
                let rest = scope.spawn(|| jsonl_lines(second, second.len()));
                // Room for the second half too, which is appended.
                (jsonl_lines(first, rows.len()), rest.join())
            });
            let rest = rest.map_err(|_| "writing the lines stopped unexpectedly".to_string())?;
            let mut out = out?;
            out.extend_from_slice(&rest?);
            out
        }
        Format::Csv => {
            let mut w = csv::Writer::from_writer(Vec::new());
            for row in rows {
                // serialize writes the header (from the field names) before the first row.
                w.serialize(to_line(row, row.picked.as_str()))
                    .map_err(|e| e.to_string())?;
            }
            if rows.is_empty() {
                w.write_record(CSV_HEADER).map_err(|e| e.to_string())?;
            }
            w.into_inner().map_err(|e| e.to_string())?
        }
    };
    String::from_utf8(bytes).map_err(|e| e.to_string())
}

/// The JSONL lines of `rows`, in a buffer with room for about `room` lines.
fn jsonl_lines(rows: &[ReviewRow], room: usize) -> Result<Vec<u8>, String> {
    // About 280 bytes a line: sized once rather than grown (and copied) line by line.
    let mut out = Vec::with_capacity(room * 300);
    for row in rows {
        // `picked` is real JSON in JSONL: the authored choice indices ([0, 2]), or
        // {"typed": "..."}; CSV keeps it as JSON text in its column.
        let picked = match row.picked.as_str() {
            "" => serde_json::Value::Null,
            text => match serde_json::from_str(text) {
                Ok(serde_json::Value::String(typed)) => serde_json::json!({ "typed": typed }),
                Ok(value) => value,
                // Not JSON (written by hand or by an older saa): kept as text.
                Err(_) => serde_json::Value::String(text.to_string()),
            },
        };
        serde_json::to_writer(&mut out, &to_line(row, picked)).map_err(|e| e.to_string())?;
        out.push(b'\n');
    }
    Ok(out)
}

/// Bytes as UTF-8 text, or the 1-based line of the first byte that is not.
pub fn utf8_text(bytes: Vec<u8>) -> Result<String, usize> {
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        e.as_bytes()[..at].iter().filter(|&&b| b == b'\n').count() + 1
    })
}

/// A JSON line and its 1-based number.
pub type Numbered = (usize, serde_json::Value);

/// A line's answer, or its id and why it is not one.
type ReadAnswer = Result<ReviewRow, (String, String)>;

/// A JSONL file's numbered answers and its numbered `saa` lines.
type JsonlLines = (Vec<(usize, ReadAnswer)>, Vec<Numbered>);

fn read_answers(lines: Vec<(usize, Line)>) -> Vec<(usize, ReadAnswer)> {
    lines
        .into_iter()
        .map(|(number, line)| (number, from_line(line)))
        .collect()
}

/// Why a file cannot be imported, and on which line (1-based) when it is about one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    pub line: Option<usize>,
    pub message: String,
}

impl ParseError {
    fn at(line: usize, message: impl Into<String>) -> ParseError {
        ParseError {
            line: Some(line),
            message: message.into(),
        }
    }
}

impl std::fmt::Display for ParseError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.line {
            Some(line) => f.write_str(&tr!(
                "cli-file-line-error",
                line = line,
                message = self.message.as_str()
            )),
            None => f.write_str(&self.message),
        }
    }
}

/// Parses a whole file; the first bad line stops everything, named by its line number.
/// `now` bounds the dates: nothing from the future (beyond a day of clock skew) or before 2000.
pub fn parse(text: &str, now: Timestamp) -> Result<Vec<ReviewRow>, ParseError> {
    let (rows, extras) = parse_all(text, now)?;
    if rows.is_empty() && extras.is_empty() {
        return Err(ParseError {
            line: None,
            message: tr!("cli-import-no-reviews"),
        });
    }
    Ok(rows)
}

/// `parse`, also returning the complete export's other lines (numbered), unread.
pub fn parse_all(
    text: &str,
    now: Timestamp,
) -> Result<(Vec<ReviewRow>, Vec<Numbered>), ParseError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let first = text.trim_start();
    let (lines, extras) = if first.starts_with('{') {
        parse_jsonl(text)?
    } else {
        (read_answers(parse_csv(text)?), Vec::new())
    };
    let earliest: Timestamp = EARLIEST.parse().unwrap_or(Timestamp::UNIX_EPOCH);
    let latest = now.saturating_add(CLOCK_SKEW).unwrap_or(now);
    // Each id's first line and its answer's place in `rows`: the same answer twice is read
    // once, two different answers under one id are refused.
    let mut seen: HashMap<String, (usize, usize)> = HashMap::new();
    let mut rows: Vec<ReviewRow> = Vec::with_capacity(lines.len());
    for (number, answer) in lines {
        let id = match &answer {
            Ok(row) => &row.id,
            Err((id, _)) => id,
        };
        if let Some(&(first, at)) = seen.get(id) {
            let id = id.clone();
            if answer.ok().as_ref() != rows.get(at) {
                return Err(ParseError::at(
                    number,
                    tr!(
                        "cli-import-duplicate-id",
                        id = format!("{id:?}"),
                        first = first
                    ),
                ));
            }
            continue;
        }
        seen.insert(id.clone(), (number, rows.len()));
        let row = answer.map_err(|(_, e)| ParseError::at(number, e))?;
        if row.reviewed_at < earliest {
            return Err(ParseError::at(
                number,
                tr!("cli-import-before-2000", time = row.reviewed_at.to_string()),
            ));
        }
        if row.reviewed_at > latest {
            return Err(ParseError::at(
                number,
                tr!(
                    "cli-import-future",
                    time = row.reviewed_at.to_string(),
                    now = now.to_string()
                ),
            ));
        }
        rows.push(row);
    }
    if rows.is_empty() && extras.is_empty() {
        return Err(ParseError {
            line: None,
            message: tr!("cli-import-no-reviews"),
        });
    }
    Ok((rows, extras))
}

/// The answers of a JSONL file, and (line number, object) of the lines that carry a `saa`
/// field: the rest of a complete export (see `commands::archive_file`). The two halves of the
/// file are read on two threads (reading lines is most of an import of a year's log); the
/// first problem in the file's order is the one reported.
fn parse_jsonl(text: &str) -> Result<JsonlLines, ParseError> {
    let half = text.len() / 2;
    let split = text.as_bytes()[half..]
        .iter()
        .position(|&b| b == b'\n')
        .map_or(text.len(), |at| half + at + 1);
    let (first, second) = text.split_at(split);
    let (first, second) = std::thread::scope(|scope| {
        let second = scope.spawn(|| parse_jsonl_from(second, first.lines().count()));
        (parse_jsonl_from(first, 0), second.join())
    });
    let (mut answers, mut extras) = first?;
    let (more_answers, more_extras) = second.map_err(|_| ParseError {
        line: None,
        message: "reading the file stopped unexpectedly".into(),
    })??;
    answers.extend(more_answers);
    extras.extend(more_extras);
    Ok((answers, extras))
}

/// `parse_jsonl` of a part of the file whose first line is line `before + 1`.
fn parse_jsonl_from(text: &str, before: usize) -> Result<JsonlLines, ParseError> {
    let mut out = Vec::new();
    let mut extras = Vec::new();
    for (n, raw) in text.lines().enumerate() {
        let n = n + before;
        let trimmed = raw.trim();
        if trimmed.is_empty() {
            continue;
        }
        // Most lines are answers: read straight into their fields. Anything else (a `saa`
        // line, a mistake) is read again as a JSON object, to file it or name the problem.
        if let Ok(mut line) = serde_json::from_str::<Line<serde_json::Value>>(trimmed) {
            let picked = line.picked.take().map(stored_picked_text);
            out.push((n + 1, from_line(line.with_picked(picked))));
            continue;
        }
        let value: serde_json::Value =
            serde_json::from_str(trimmed).map_err(|e| ParseError::at(n + 1, e.to_string()))?;
        if value.get("saa").is_some() {
            extras.push((n + 1, value));
            continue;
        }
        let line = serde_json::from_value::<Line>(stored_picked(value))
            .map_err(|e| ParseError::at(n + 1, e.to_string()))?;
        out.push((n + 1, from_line(line)));
    }
    Ok((out, extras))
}

/// `picked` as the store keeps it (JSON text): real JSON in a line ([0, 2], {"typed": ...})
/// is turned back into its text; a string is older files' JSON text already.
fn stored_picked(mut value: serde_json::Value) -> serde_json::Value {
    if let Some(picked) = value.get_mut("picked") {
        *picked = serde_json::Value::String(stored_picked_text(picked.take()));
    }
    value
}

/// See `stored_picked`: one line's `picked`.
fn stored_picked_text(picked: serde_json::Value) -> String {
    use serde_json::Value;
    match picked {
        Value::Null => String::new(),
        Value::String(text) => text,
        Value::Object(map) if map.len() == 1 && map.get("typed").is_some_and(Value::is_string) => {
            map.get("typed").map(Value::to_string).unwrap_or_default()
        }
        other => other.to_string(),
    }
}

fn parse_csv(text: &str) -> Result<Vec<(usize, Line)>, ParseError> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(true)
        .from_reader(text.as_bytes());
    let header = reader
        .headers()
        .map_err(|e| ParseError::at(1, e.to_string()))?
        .clone();
    if header.iter().collect::<Vec<_>>() != CSV_HEADER {
        return Err(ParseError::at(
            1,
            tr!("cli-import-bad-header", header = CSV_HEADER.join(",")),
        ));
    }
    let mut out = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| ParseError {
            line: e.position().map(|p| p.line() as usize),
            message: e.to_string(),
        })?;
        let number = record.position().map_or(0, |p| p.line() as usize);
        let line: Line = record
            .deserialize(Some(&header))
            .map_err(|e| ParseError::at(number, e.to_string()))?;
        out.push((number, line));
    }
    Ok(out)
}

fn from_line(line: Line) -> ReadAnswer {
    match answer_fields(&line) {
        Ok((key, reviewed_at, rating, mode)) => Ok(ReviewRow {
            id: line.id,
            key,
            reviewed_at,
            rating,
            mode,
            correct: line.correct,
            picked: line.picked.unwrap_or_default(),
            elapsed_ms: line.elapsed_ms,
            // State fields are recomputed by replaying the merged history.
            phase: Phase::New,
            memory: None::<Memory>,
            interval_days: 0,
            due: None,
        }),
        Err(e) => Err((line.id, e)),
    }
}

/// What `from_line` checks of a line: its question, time, rating and mode.
fn answer_fields(line: &Line) -> Result<(QuestionKey, Timestamp, Rating, Mode), String> {
    let id = |s: &str, what: &str| {
        Id::parse(s).ok_or_else(|| tr!("cli-import-bad-id", field = what, value = s))
    };
    if line.id.trim().is_empty() || line.id.len() > 200 {
        return Err(tr!("cli-import-bad-review-id"));
    }
    let key = QuestionKey {
        deck: id(&line.deck, "deck")?,
        question: id(&line.question, "question")?,
    };
    let reviewed_at = line.reviewed_at.parse().map_err(|e: jiff::Error| {
        tr!(
            "cli-import-bad-time",
            value = format!("{:?}", line.reviewed_at),
            error = e.to_string()
        )
    })?;
    let rating = Rating::from_number(i64::from(line.rating))
        .ok_or_else(|| tr!("cli-import-bad-rating", value = line.rating))?;
    let mode = Mode::parse(&line.mode)
        .ok_or_else(|| tr!("cli-import-bad-mode", value = format!("{:?}", line.mode)))?;
    Ok((key, reviewed_at, rating, mode))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn now() -> Timestamp {
        "2026-12-04T12:00:00Z".parse().unwrap()
    }

    fn row(id: &str, at: &str, picked: &str) -> ReviewRow {
        ReviewRow {
            id: id.into(),
            key: QuestionKey {
                deck: Id::parse("vpc").unwrap(),
                question: Id::parse("q1").unwrap(),
            },
            reviewed_at: at.parse().unwrap(),
            rating: Rating::Good,
            mode: Mode::Study,
            correct: true,
            picked: picked.into(),
            elapsed_ms: 1200,
            phase: Phase::New,
            memory: None,
            interval_days: 0,
            due: None,
        }
    }

    #[test]
    fn picked_is_real_json_in_jsonl_and_round_trips() {
        let rows = vec![
            row("a", "2026-11-01T10:00:00Z", "[0,2]"),
            row("b", "2026-11-02T10:00:00Z", "\"15 minutes\""),
            row("c", "2026-11-03T10:00:00Z", ""),
        ];
        let text = write(&rows, Format::Jsonl).unwrap();
        let lines: Vec<serde_json::Value> = text
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert_eq!(lines[0]["picked"], serde_json::json!([0, 2]));
        assert_eq!(
            lines[1]["picked"],
            serde_json::json!({"typed": "15 minutes"})
        );
        assert!(lines[2]["picked"].is_null());
        let back = parse(&text, now()).unwrap();
        let picked: Vec<&str> = back.iter().map(|r| r.picked.as_str()).collect();
        assert_eq!(picked, ["[0,2]", "\"15 minutes\"", ""]);
        // Files from before keep importing: picked as JSON inside a string.
        let old = text.replace(r#""picked":[0,2]"#, r#""picked":"[0,2]""#);
        assert_eq!(parse(&old, now()).unwrap()[0].picked, "[0,2]");
    }

    #[test]
    fn both_formats_round_trip_any_content() {
        let rows = vec![
            row("a", "2026-11-01T10:00:00Z", "[0]"),
            row(
                "b",
                "2026-11-02T10:00:00Z",
                "line one\nline \"two\", with a comma",
            ),
        ];
        for format in [Format::Csv, Format::Jsonl] {
            let text = write(&rows, format).unwrap();
            let back = parse(&text, now()).unwrap();
            assert_eq!(back.len(), 2, "{format:?}");
            assert_eq!(back[1].picked, rows[1].picked, "{format:?}");
            assert_eq!(back[0].reviewed_at, rows[0].reviewed_at);
        }
    }

    #[test]
    fn an_answer_twice_is_read_once_and_two_answers_under_one_id_are_refused() {
        let a = row("a", "2026-11-01T10:00:00Z", "[0]");
        let b = row("b", "2026-11-02T10:00:00Z", "[1]");
        for format in [Format::Jsonl, Format::Csv] {
            let twice = write(&[a.clone(), b.clone(), a.clone()], format).unwrap();
            let back = parse(&twice, now()).unwrap();
            assert_eq!(back, [a.clone(), b.clone()], "{format:?}");
            let mut other = a.clone();
            other.picked = "[2]".into();
            let clash = write(&[a.clone(), b.clone(), other], format).unwrap();
            let err = parse(&clash, now()).unwrap_err().to_string();
            // CSV counts its header line.
            let (first, last) = if format == Format::Csv {
                (2, 4)
            } else {
                (1, 3)
            };
            assert!(
                err.starts_with(&format!("line {last}:"))
                    && err.contains("\"a\"")
                    && err.contains(&format!("line {first} ")),
                "{format:?}: {err}"
            );
        }
        // A line that is neither an answer nor a `saa` record is named, not skipped.
        let bad = "{\"id\":\"x\",\"surprise\":1}\n";
        assert!(
            parse(bad, now())
                .unwrap_err()
                .to_string()
                .starts_with("line 1:")
        );
    }

    #[test]
    fn a_problem_in_the_second_half_of_a_file_is_named_by_its_own_line() {
        let rows: Vec<ReviewRow> = (0..10)
            .map(|i| {
                row(
                    &format!("r{i}"),
                    &format!("2026-11-0{}T10:00:00Z", 1 + i % 9),
                    "[0]",
                )
            })
            .collect();
        let text = write(&rows, Format::Jsonl).unwrap();
        assert_eq!(parse(&text, now()).unwrap(), rows);
        let lines: Vec<&str> = text.lines().collect();
        let with = |at: usize, bad: &str| {
            let mut changed = lines.clone();
            changed[at - 1] = bad;
            changed.join("\n")
        };
        let bad_rating = lines[7].replace("\"rating\":3", "\"rating\":9");
        let err = parse(&with(8, &bad_rating), now()).unwrap_err().to_string();
        assert!(err.starts_with("line 8:"), "{err}");
        let err = parse(&with(7, "{not json"), now()).unwrap_err().to_string();
        assert!(err.starts_with("line 7:"), "{err}");
        // Blank lines count as lines.
        let spaced = text.replace('\n', "\n\n");
        let bad = spaced.replace("\"id\":\"r9\"", "\"id\":\"\"");
        let err = parse(&bad, now()).unwrap_err().to_string();
        assert!(err.starts_with("line 19:"), "{err}");
    }

    #[test]
    fn a_byte_order_mark_is_accepted() {
        let text = write(&[row("a", "2026-11-01T10:00:00Z", "[0]")], Format::Jsonl).unwrap();
        assert_eq!(parse(&format!("\u{feff}{text}"), now()).unwrap().len(), 1);
        let csv = write(&[row("a", "2026-11-01T10:00:00Z", "[0]")], Format::Csv).unwrap();
        assert_eq!(parse(&format!("\u{feff}{csv}"), now()).unwrap().len(), 1);
    }

    #[test]
    fn dates_from_the_future_or_before_2000_are_refused_with_their_line() {
        let rows = vec![
            row("a", "2026-11-01T10:00:00Z", "[0]"),
            row("b", "2031-01-01T10:00:00Z", "[0]"),
        ];
        let text = write(&rows, Format::Jsonl).unwrap();
        let err = parse(&text, now()).unwrap_err().to_string();
        assert!(
            err.starts_with("line 2:") && err.contains("future"),
            "{err}"
        );
        let old = write(&[row("a", "0001-01-01T00:00:00Z", "[0]")], Format::Csv).unwrap();
        let err = parse(&old, now()).unwrap_err().to_string();
        assert!(
            err.starts_with("line 2:") && err.contains("before 2000"),
            "{err}"
        );
        // A few hours of clock skew are fine.
        let skew = write(&[row("a", "2026-12-04T18:00:00Z", "[0]")], Format::Jsonl).unwrap();
        assert!(parse(&skew, now()).is_ok());
    }

    #[test]
    fn one_id_with_two_contents_names_both_lines() {
        let rows = vec![
            row("a", "2026-11-01T10:00:00Z", "[0]"),
            row("b", "2026-11-01T11:00:00Z", "[0]"),
            row("a", "2026-11-01T10:00:00Z", "[1]"),
        ];
        let text = write(&rows, Format::Jsonl).unwrap();
        let err = parse(&text, now()).unwrap_err().to_string();
        assert!(err.contains("line 3") && err.contains("line 1"), "{err}");
        // The same review twice is harmless.
        let twice = write(&[rows[0].clone(), rows[0].clone()], Format::Jsonl).unwrap();
        assert_eq!(parse(&twice, now()).unwrap().len(), 1);
    }

    #[test]
    fn malformed_lines_are_named() {
        let csv = "id,deck,question,reviewed_at,rating,mode,correct,elapsed_ms,stability,difficulty,interval_days,due,picked\na,vpc,q1,2026-11-01T10:00:00Z,9,study,true,1,,,,,\n";
        let err = parse(csv, now()).unwrap_err().to_string();
        assert!(
            err.starts_with("line 2:") && err.contains("rating"),
            "{err}"
        );
        assert_eq!(parse("{\"id\": 1}\n", now()).unwrap_err().line, Some(1));
    }
}
