//! `saa stats` as plain text, for when stdout is not a terminal.

use std::fmt::Write;

use super::readiness::{PASSING_SCORE, READINESS_METHOD};
use super::report::StatsReport;

/// How many exam attempts the text lists (latest last).
const EXAMS_SHOWN: usize = 5;

/// A percentage of a 0-1 share, or "n/a".
fn percent(share: Option<f64>) -> String {
    share.map_or_else(|| "n/a".to_string(), |s| format!("{:.0}%", s * 100.0))
}

/// A readable summary of the report, one section per paragraph.
pub fn render_text(report: &StatsReport) -> String {
    let mut out = String::new();
    // Writing to a String cannot fail.
    let _ = write_all(&mut out, report);
    out
}

fn write_all(out: &mut String, r: &StatsReport) -> std::fmt::Result {
    writeln!(
        out,
        "Due: {} now, {} today, {} tomorrow, {} in the next 30 days",
        r.due.now,
        r.due.today,
        r.due.tomorrow,
        r.forecast.iter().sum::<usize>()
    )?;
    let ret = &r.retention;
    writeln!(
        out,
        "Retention: {} last 7 days ({} reviews), {} last 30 days ({} reviews); desired {:.0}%",
        percent(ret.last_7_days),
        ret.reviews_7_days,
        percent(ret.last_30_days),
        ret.reviews_30_days,
        ret.desired * 100.0
    )?;
    let days = |n: u32| if n == 1 { "day" } else { "days" };
    writeln!(
        out,
        "Reviews: {} today, {} in total; streak {} {}",
        r.reviews.today,
        r.reviews.total,
        r.reviews.streak_days,
        days(r.reviews.streak_days)
    )?;
    let c = &r.cards;
    writeln!(
        out,
        "Questions: {} in all: {} new, {} learning, {} young, {} mature, {} suspended; {} leeches",
        c.total, c.new, c.learning, c.young, c.mature, c.suspended, c.leeches
    )?;

    writeln!(out, "\nMastery by domain (average predicted recall today):")?;
    for d in &r.domains {
        writeln!(
            out,
            "  {:<44} {:>3.0}%  {}/{} seen",
            format!("{} ({}%)", d.domain.title(), d.weight_percent),
            d.mastery * 100.0,
            d.seen,
            d.questions
        )?;
    }

    if !r.exams.is_empty() {
        writeln!(out, "\nMock exams (latest last; {PASSING_SCORE} passes):")?;
        let skip = r.exams.len().saturating_sub(EXAMS_SHOWN);
        for e in &r.exams[skip..] {
            let date = e.started_at.get(..10).unwrap_or(&e.started_at);
            if e.finished {
                writeln!(
                    out,
                    "  {date}  {:>4}  {}  {}/{} right",
                    e.scaled_score,
                    if e.passed { "pass" } else { "fail" },
                    e.correct,
                    e.questions
                )?;
            } else {
                writeln!(
                    out,
                    "  {date}  unfinished, {}/{} answered",
                    e.answered, e.questions
                )?;
            }
        }
        if let Some(last) = r.exams.last().filter(|e| !e.domains.is_empty()) {
            let parts: Vec<String> = last
                .domains
                .iter()
                .map(|d| format!("{} {:.0}%", d.domain, d.percent))
                .collect();
            writeln!(out, "  latest by domain: {}", parts.join(", "))?;
        }
    }

    let rd = &r.readiness;
    writeln!(
        out,
        "\nReadiness: about {} (range {}-{}; {PASSING_SCORE} passes)",
        rd.scaled_score, rd.low, rd.high
    )?;
    if !rd.focus.is_empty() {
        let parts: Vec<String> = rd
            .focus
            .iter()
            .map(|f| {
                format!(
                    "{} (+{}, {:.0}% mastery)",
                    f.topic,
                    f.gain,
                    f.mastery * 100.0
                )
            })
            .collect();
        writeln!(out, "  focus: {}", parts.join(", "))?;
    }
    writeln!(out, "  how: {READINESS_METHOD}")?;

    if !r.reviews.confusions.is_empty() {
        writeln!(out, "\nWrong options picked most often:")?;
        for x in &r.reviews.confusions {
            writeln!(out, "  {}x  {}: {}", x.count, x.question, x.text)?;
        }
    }
    Ok(())
}
