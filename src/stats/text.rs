//! `saa stats` as plain text, for when stdout is not a terminal.

use std::fmt::Write;

use super::readiness::{PASSING_SCORE, Readiness};
use super::report::{MIN_RATE_SAMPLE, StatsReport};
use crate::deck::Domain;
use crate::tr;

/// How many exam attempts the text lists (latest last).
const EXAMS_SHOWN: usize = 5;

/// A domain's short name for lists of scores by domain ("secure 75%").
pub fn domain_short(d: Domain) -> String {
    match d {
        Domain::Secure => tr!("stats-domain-short-secure"),
        Domain::Resilient => tr!("stats-domain-short-resilient"),
        Domain::Performance => tr!("stats-domain-short-performance"),
        Domain::Cost => tr!("stats-domain-short-cost"),
    }
}

/// The estimate in a phrase: the score and its range, or how many more answers it needs.
pub fn readiness_summary(rd: &Readiness) -> String {
    match (rd.scaled_score, rd.low, rd.high) {
        (Some(score), Some(low), Some(high)) => tr!(
            "stats-readiness-estimate",
            score = score,
            low = low,
            high = high,
            pass = PASSING_SCORE
        ),
        _ => tr!("stats-readiness-no-estimate", needed = rd.questions_needed),
    }
}

/// A task statement's name in the interface language ("1.1" -> its short title).
pub fn task_name(task: &str, english: &str) -> String {
    crate::deck::Task::parse(task).map_or_else(|| english.to_string(), crate::i18n::names::task)
}

/// `s` padded to `width` terminal cells (a Korean character takes two).
fn pad(s: &str, width: usize) -> String {
    use unicode_width::UnicodeWidthStr;
    format!("{s}{}", " ".repeat(width.saturating_sub(s.width())))
}

fn percent(share: f64) -> String {
    format!("{:.0}%", share * 100.0)
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
        "{}",
        tr!(
            "stats-text-due",
            now = r.due.now,
            today = r.due.today,
            tomorrow = r.due.tomorrow,
            month = r.forecast.iter().sum::<usize>()
        )
    )?;
    let ret = &r.retention;
    let rate = |value: Option<f64>, n: usize| match value {
        Some(v) => tr!("stats-text-rate", percent = percent(v), reviews = n),
        None => tr!(
            "stats-text-rate-too-few",
            reviews = n,
            needed = MIN_RATE_SAMPLE
        ),
    };
    writeln!(
        out,
        "{}",
        tr!(
            "stats-text-retention",
            week = rate(ret.last_7_days, ret.reviews_7_days),
            month = rate(ret.last_30_days, ret.reviews_30_days),
            desired = percent(ret.desired)
        )
    )?;
    writeln!(
        out,
        "{}",
        tr!(
            "stats-text-reviews",
            today = r.reviews.today,
            total = r.reviews.total,
            streak = r.reviews.streak_days
        )
    )?;
    let c = &r.cards;
    writeln!(
        out,
        "{}",
        tr!(
            "stats-text-questions",
            total = c.total,
            new = c.new,
            learning = c.learning,
            young = c.young,
            mature = c.mature,
            suspended = c.suspended,
            leeches = c.leeches
        )
    )?;

    writeln!(out, "\n{}", tr!("stats-text-mastery-domain"))?;
    for d in &r.domains {
        writeln!(
            out,
            "  {} {:>3.0}%  {}",
            pad(
                &format!(
                    "{} ({}%)",
                    crate::i18n::names::domain(d.domain),
                    d.weight_percent
                ),
                44
            ),
            d.mastery * 100.0,
            tr!("stats-mastery-seen", seen = d.seen, total = d.questions)
        )?;
    }

    writeln!(out, "\n{}", tr!("stats-text-mastery-task"))?;
    for t in r.tasks.iter().filter(|t| t.questions > 0) {
        writeln!(
            out,
            "  {} {} {:>3.0}%  {}",
            t.task,
            pad(&task_name(&t.task, t.title), 44),
            t.mastery * 100.0,
            tr!("stats-mastery-seen", seen = t.seen, total = t.questions)
        )?;
    }

    if !r.exams.is_empty() {
        writeln!(out, "\n{}", tr!("stats-text-exams", pass = PASSING_SCORE))?;
        let skip = r.exams.len().saturating_sub(EXAMS_SHOWN);
        for e in &r.exams[skip..] {
            let date = e.started_at.get(..10).unwrap_or(&e.started_at);
            if e.finished {
                writeln!(
                    out,
                    "  {date}  {:>4}  {}  {}",
                    e.scaled_score,
                    if e.passed {
                        tr!("stats-exam-pass")
                    } else {
                        tr!("stats-exam-fail")
                    },
                    tr!("stats-exam-right", correct = e.correct, total = e.questions)
                )?;
            } else {
                writeln!(
                    out,
                    "  {date}  {}",
                    tr!(
                        "stats-exam-unfinished",
                        answered = e.answered,
                        total = e.questions
                    )
                )?;
            }
        }
        if let Some(last) = r.exams.last().filter(|e| !e.domains.is_empty()) {
            let parts: Vec<String> = last
                .domains
                .iter()
                .map(|d| format!("{} {:.0}%", domain_short(d.domain), d.percent))
                .collect();
            writeln!(
                out,
                "  {}",
                tr!("stats-text-latest-by-domain", scores = parts.join(", "))
            )?;
        }
    }

    let rd = &r.readiness;
    writeln!(
        out,
        "\n{}",
        tr!("stats-text-readiness", summary = readiness_summary(rd))
    )?;
    if let Some(e) = &r.exam_day {
        let parts: Vec<String> = e
            .domains
            .iter()
            .map(|d| format!("{} {}", domain_short(d.domain), percent(d.recall)))
            .collect();
        writeln!(
            out,
            "{}",
            tr!(
                "stats-text-exam-day",
                date = e.date.as_str(),
                left = e.days_left.max(0),
                recall = parts.join(", "),
                risk = e.at_risk,
                target = percent(e.target),
                projected = readiness_summary(&e.readiness)
            )
        )?;
    }
    if !rd.focus.is_empty() {
        let parts: Vec<String> = rd
            .focus
            .iter()
            .map(|f| {
                tr!(
                    "stats-text-focus-topic",
                    topic = f.topic.as_str(),
                    gain = f.gain,
                    mastery = percent(f.mastery)
                )
            })
            .collect();
        writeln!(
            out,
            "  {}",
            tr!("stats-text-focus", topics = parts.join(", "))
        )?;
    }
    writeln!(
        out,
        "  {}",
        tr!("stats-text-how", method = tr!("stats-readiness-method"))
    )?;

    if !r.reviews.confusions.is_empty() {
        writeln!(out, "\n{}", tr!("stats-text-confusions"))?;
        for x in &r.reviews.confusions {
            writeln!(out, "  {}x  {}: {}", x.count, x.question, x.text)?;
        }
    }
    Ok(())
}
