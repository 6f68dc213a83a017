//! `saa stats` as plain text, for when stdout is not a terminal.

use std::fmt::Write;

use super::readiness::{PASSING_SCORE, READINESS_METHOD};
use super::report::{MIN_RATE_SAMPLE, StatsReport};

/// How many exam attempts the text lists (latest last).
const EXAMS_SHOWN: usize = 5;

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
    let rate = |value: Option<f64>, n: usize| match value {
        Some(v) => format!("{:.0}% of {n} reviews", v * 100.0),
        None => format!("too few reviews for a rate ({n} of {MIN_RATE_SAMPLE})"),
    };
    writeln!(
        out,
        "Retention: last 7 days {}, last 30 days {}; desired {:.0}%",
        rate(ret.last_7_days, ret.reviews_7_days),
        rate(ret.last_30_days, ret.reviews_30_days),
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

    writeln!(
        out,
        "\nMastery by domain (predicted recall today of questions last answered right):"
    )?;
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

    writeln!(out, "\nMastery by task statement:")?;
    for t in r.tasks.iter().filter(|t| t.questions > 0) {
        writeln!(
            out,
            "  {} {:<44} {:>3.0}%  {}/{} seen",
            t.task,
            t.title,
            t.mastery * 100.0,
            t.seen,
            t.questions
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
    writeln!(out, "\nReadiness: {}", rd.summary())?;
    if let Some(e) = &r.exam_day {
        let parts: Vec<String> = e
            .domains
            .iter()
            .map(|d| format!("{} {:.0}%", d.domain, d.recall * 100.0))
            .collect();
        writeln!(
            out,
            "Exam day {} (D-{}): predicted recall {}; {} seen questions below the {:.0}% target; projected {}",
            e.date,
            e.days_left.max(0),
            parts.join(", "),
            e.at_risk,
            e.target * 100.0,
            e.readiness.summary()
        )?;
    }
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
