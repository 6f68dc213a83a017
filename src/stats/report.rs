//! The stats report: every figure the stats screen and `saa stats` show, computed in one pass
//! from the library, the card states, the review log and the exam attempts. Pure: `now` is
//! passed in, nothing is read or written.
//!
//! Time is counted in learner-days (`DayClock`: a day starts at the rollover hour). A review
//! stamped after `now` (the clock moved backwards) counts as today's: the answer happened, only
//! the clock is wrong. Cards whose question is no longer in the library are ignored everywhere.

use std::collections::{BTreeMap, HashMap};

use jiff::Timestamp;
use serde::{Serialize, Serializer};

use super::confusions::{Confusion, confusions};
use super::log::LogSummary;
use super::readiness::{Readiness, readiness};
use crate::deck::{Domain, Library, Question, QuestionKey};
use crate::sched::days::Day;
use crate::sched::{CardState, Phase, Scheduler};

/// Days in the due forecast (day 0 is today).
pub const FORECAST_DAYS: usize = 30;
/// Days in the activity heatmap (26 weeks, ending today).
pub const HEATMAP_DAYS: usize = 182;
/// Fewer answers than this give no rate, only their count.
pub const MIN_RATE_SAMPLE: usize = 20;
/// A review-phase question with an interval of at least this many days is mature.
pub const MATURE_DAYS: u32 = 21;

/// One mock exam attempt, as the store keeps it.
#[derive(Debug, Clone, PartialEq)]
pub struct ExamAttempt {
    pub started_at: Timestamp,
    pub finished: bool,
    pub questions: usize,
    pub answered: usize,
    pub correct: usize,
    pub scaled_score: u32,
    pub passed: bool,
    /// Percent right per domain, 0-100.
    pub domains: Vec<(Domain, f64)>,
    /// Answers were checked as it went (practice mode): not evidence for readiness.
    pub practice: bool,
}

/// Everything the report is computed from.
#[derive(Debug, Clone, Copy)]
pub struct StatsInput<'a> {
    pub library: &'a Library,
    pub cards: &'a HashMap<QuestionKey, CardState>,
    /// The whole review log, all modes, summed up as it was read.
    pub log: &'a LogSummary,
    pub exams: &'a [ExamAttempt],
    pub scheduler: &'a Scheduler,
    pub now: Timestamp,
}

/// Every figure about progress. Serializes to JSON with exactly the top-level keys `cards`,
/// `due`, `forecast`, `retention`, `reviews`, `domains`, `tasks`, `topics`, `exams`,
/// `readiness`, `exam_day` (null without an exam plan).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StatsReport {
    pub cards: CardCounts,
    pub due: DueCounts,
    /// Questions falling due on each of the next 30 learner-days; day 0 is today and includes
    /// everything overdue.
    pub forecast: Vec<usize>,
    pub retention: Retention,
    pub reviews: ReviewCounts,
    pub domains: Vec<DomainStats>,
    /// All 14 task statements in outline order; questions without a task are in none.
    pub tasks: Vec<TaskStats>,
    pub topics: Vec<TopicStats>,
    pub exams: Vec<ExamSummary>,
    pub readiness: Readiness,
    pub exam_day: Option<ExamDayOutlook>,
}

/// With an exam plan: how recall is predicted to stand on exam day.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ExamDayOutlook {
    /// YYYY-MM-DD.
    pub date: String,
    pub days_left: i64,
    /// The plan's exam-day recall target, 0-1.
    pub target: f64,
    /// Mean predicted recall at the start of exam day per domain (unseen and last-missed
    /// questions count as zero), in `Domain::ALL` order.
    pub domains: Vec<ExamDayDomain>,
    /// The same per task statement (all 14, outline order).
    pub tasks: Vec<TaskStats>,
    /// Seen questions whose predicted recall on exam day is below the target.
    pub at_risk: usize,
    /// The readiness estimate with recall as predicted for exam day.
    pub readiness: Readiness,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ExamDayDomain {
    #[serde(serialize_with = "domain_key")]
    pub domain: Domain,
    pub recall: f64,
}

/// The library's questions by state. `new + learning + young + mature + suspended == total`;
/// `leeches` overlaps them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct CardCounts {
    pub total: usize,
    /// Never answered (no card, or still in the new phase).
    pub new: usize,
    /// Learning or relearning.
    pub learning: usize,
    /// Review phase, interval under 21 days.
    pub young: usize,
    /// Review phase, interval of 21 days or more.
    pub mature: usize,
    /// Suspended, whatever their phase.
    pub suspended: usize,
    /// Lapses at or above the leech threshold (suspended or not).
    pub leeches: usize,
}

/// Questions waiting, not counting suspended ones. A buried question counts from the end of
/// its burial.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct DueCounts {
    /// Due at `now` (overdue included).
    pub now: usize,
    /// Due before tomorrow's rollover (overdue and later today included); equals `forecast[0]`.
    pub today: usize,
    /// Due during tomorrow; equals `forecast[1]`.
    pub tomorrow: usize,
}

/// Share of right answers among answers to questions that were already in the review phase,
/// in study or exam mode (cram and same-day learning repeats excluded). `None` (JSON null)
/// when fewer than `MIN_RATE_SAMPLE` such answers fall in the window: two lucky answers are
/// not "100% retention".
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Retention {
    /// Today and the 6 learner-days before it.
    pub last_7_days: Option<f64>,
    /// Today and the 29 learner-days before it.
    pub last_30_days: Option<f64>,
    /// The retention the scheduler aims for.
    pub desired: f64,
    /// How many answers `last_7_days` is measured on.
    pub reviews_7_days: usize,
    /// How many answers `last_30_days` is measured on.
    pub reviews_30_days: usize,
}

/// Activity, counting every logged answer (study, exam and cram).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ReviewCounts {
    pub total: usize,
    pub today: usize,
    /// Consecutive learner-days with at least one answer, ending today, or ending yesterday
    /// when nothing has been answered yet today.
    pub streak_days: u32,
    /// The learner-date (YYYY-MM-DD) of `heatmap[0]`.
    pub heatmap_start: String,
    /// Answers per learner-day for the last 182 days, oldest first; the last entry is today.
    pub heatmap: Vec<u32>,
    /// The wrong options picked most often, most often first.
    pub confusions: Vec<Confusion>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DomainStats {
    #[serde(serialize_with = "domain_key")]
    pub domain: Domain,
    pub weight_percent: u32,
    pub questions: usize,
    /// Questions answered at least once (a card past the new phase).
    pub seen: usize,
    /// Average predicted recall today, 0-1; unseen questions count as zero.
    pub mastery: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TaskStats {
    /// "1.1" to "4.4".
    pub task: String,
    pub title: &'static str,
    pub questions: usize,
    pub seen: usize,
    pub mastery: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TopicStats {
    pub topic: String,
    pub questions: usize,
    pub seen: usize,
    pub mastery: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ExamSummary {
    /// RFC 3339.
    pub started_at: String,
    pub finished: bool,
    pub questions: usize,
    pub answered: usize,
    pub correct: usize,
    pub scaled_score: u32,
    pub passed: bool,
    pub domains: Vec<ExamDomain>,
    /// A practice attempt: each answer could be checked as it went.
    pub practice: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ExamDomain {
    #[serde(serialize_with = "domain_key")]
    pub domain: Domain,
    /// Percent right, 0-100.
    pub percent: f64,
}

fn domain_key<S: Serializer>(domain: &Domain, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(domain.as_str())
}

/// What the report needs to know about one library question.
pub(super) struct QuestionStat<'a> {
    pub question: &'a Question,
    pub seen: bool,
    /// Mastery now: the predicted recall if the question's latest scheduled answer was right,
    /// else 0 (never answered, never answered right, or just missed).
    pub recall: f64,
}

/// Every question with whether it was seen and its mastery now. A question counts only once
/// its latest answer was right, so a wrong answer never raises mastery, whatever the FSRS state
/// says about a card just relearned: FSRS predicts recall of the answer the learner was just
/// shown, not of what they knew.
pub(super) fn question_stats<'a>(
    library: &'a Library,
    cards: &HashMap<QuestionKey, CardState>,
    last_right: &HashMap<QuestionKey, bool>,
    scheduler: &Scheduler,
    now: Timestamp,
) -> Vec<QuestionStat<'a>> {
    library
        .questions()
        .map(|(key, _, question)| {
            let card = cards.get(&key).filter(|c| c.phase != Phase::New);
            let right = last_right.get(&key).copied().unwrap_or(false);
            QuestionStat {
                question,
                seen: card.is_some(),
                recall: card
                    .filter(|_| right)
                    .map(|c| f64::from(scheduler.retrievability(c, now)))
                    .unwrap_or(0.0),
            }
        })
        .collect()
}

/// Computes every figure. Never panics on odd input (clock moved backwards, empty library,
/// cards or reviews of questions that are gone).
pub fn compute(input: &StatsInput<'_>) -> StatsReport {
    let today = input.log.today();
    let last_right = input.log.last_right();
    let questions = question_stats(
        input.library,
        input.cards,
        &last_right,
        input.scheduler,
        input.now,
    );

    let (cards, due, forecast) = card_figures(input, today);
    let domains = domain_stats(&questions);
    let tasks = task_stats(&questions);
    let topics = topic_stats(&questions);
    let mut exams: Vec<&ExamAttempt> = input.exams.iter().collect();
    exams.sort_by_key(|e| e.started_at);
    let readiness = readiness(&domains, &questions, &exams);
    StatsReport {
        cards,
        due,
        forecast,
        retention: retention(input),
        reviews: review_counts(input, today),
        domains,
        tasks,
        topics,
        exams: exams.iter().map(|e| exam_summary(e)).collect(),
        readiness,
        exam_day: exam_day_outlook(input, &last_right, today, &exams),
    }
}

fn exam_day_outlook(
    input: &StatsInput<'_>,
    last_right: &HashMap<QuestionKey, bool>,
    today: Day,
    exams: &[&ExamAttempt],
) -> Option<ExamDayOutlook> {
    let (plan, exam_day) = (input.scheduler.plan()?, input.scheduler.exam_day()?);
    let days = input.scheduler.days();
    let exam_start = days.start_of(exam_day);
    let on_exam_day = question_stats(
        input.library,
        input.cards,
        last_right,
        input.scheduler,
        exam_start,
    );
    let at_risk = on_exam_day
        .iter()
        .filter(|q| q.seen && q.recall < f64::from(plan.target))
        .count();
    let domains = domain_stats(&on_exam_day);
    Some(ExamDayOutlook {
        date: plan.exam_date.to_string(),
        days_left: exam_day - today,
        target: f64::from(plan.target),
        readiness: readiness(&domains, &on_exam_day, exams),
        domains: domains
            .into_iter()
            .map(|d| ExamDayDomain {
                domain: d.domain,
                recall: d.mastery,
            })
            .collect(),
        tasks: task_stats(&on_exam_day),
        at_risk,
    })
}

fn card_figures(input: &StatsInput<'_>, today: Day) -> (CardCounts, DueCounts, Vec<usize>) {
    let clock = input.scheduler.days();
    let mut counts = CardCounts::default();
    let mut due = DueCounts::default();
    let mut forecast = vec![0; FORECAST_DAYS];
    for (key, _, _) in input.library.questions() {
        counts.total += 1;
        let Some(card) = input.cards.get(&key) else {
            counts.new += 1;
            continue;
        };
        counts.leeches += usize::from(input.scheduler.is_leech(card));
        if card.suspended {
            counts.suspended += 1;
            continue;
        }
        match card.phase {
            Phase::New => counts.new += 1,
            Phase::Learning | Phase::Relearning => counts.learning += 1,
            Phase::Review if card.interval_days < MATURE_DAYS => counts.young += 1,
            Phase::Review => counts.mature += 1,
        }
        let Some(at) = card
            .due
            .filter(|_| card.phase != Phase::New)
            .map(|d| card.buried_until.map_or(d, |b| d.max(b)))
        else {
            continue;
        };
        due.now += usize::from(at <= input.now);
        let offset = (clock.day(at) - today).max(0);
        if let Some(slot) = usize::try_from(offset)
            .ok()
            .and_then(|i| forecast.get_mut(i))
        {
            *slot += 1;
        }
    }
    due.today = forecast[0];
    due.tomorrow = forecast[1];
    (counts, due, forecast)
}

fn retention(input: &StatsInput<'_>) -> Retention {
    let (right7, n7) = input.log.review_7;
    let (right30, n30) = input.log.review_30;
    let share = |right: usize, n: usize| (n >= MIN_RATE_SAMPLE).then(|| right as f64 / n as f64);
    let desired = input.scheduler.config().desired_retention;
    Retention {
        last_7_days: share(right7, n7),
        last_30_days: share(right30, n30),
        // Through the decimal text, so 0.9f32 reads 0.9 rather than 0.8999999761581421.
        desired: desired.to_string().parse().unwrap_or(f64::from(desired)),
        reviews_7_days: n7,
        reviews_30_days: n30,
    }
}

fn review_counts(input: &StatsInput<'_>, today: Day) -> ReviewCounts {
    let log = input.log;
    let first = today - (HEATMAP_DAYS as Day - 1);
    let mut day = if log.days.contains(&today) {
        today
    } else {
        today - 1
    };
    let mut streak = 0;
    while log.days.contains(&day) {
        streak += 1;
        day -= 1;
    }
    ReviewCounts {
        total: log.total,
        today: log.today_count,
        streak_days: streak,
        heatmap_start: input.scheduler.days().date(first).to_string(),
        heatmap: log.heatmap.clone(),
        confusions: confusions(input.library, &log.wrong_picks),
    }
}

pub(super) fn domain_stats(questions: &[QuestionStat<'_>]) -> Vec<DomainStats> {
    Domain::ALL
        .iter()
        .map(|&domain| {
            let group = questions.iter().filter(|q| q.question.domain == domain);
            let (n, seen, sum) = group.fold((0, 0, 0.0), |(n, seen, sum), q| {
                (n + 1, seen + usize::from(q.seen), sum + q.recall)
            });
            DomainStats {
                domain,
                weight_percent: domain.weight_percent(),
                questions: n,
                seen,
                mastery: if n == 0 { 0.0 } else { sum / n as f64 },
            }
        })
        .collect()
}

fn task_stats(questions: &[QuestionStat<'_>]) -> Vec<TaskStats> {
    crate::deck::Task::all()
        .into_iter()
        .map(|task| {
            let group = questions.iter().filter(|q| q.question.task == Some(task));
            let (n, seen, sum) = group.fold((0, 0, 0.0), |(n, seen, sum), q| {
                (n + 1, seen + usize::from(q.seen), sum + q.recall)
            });
            TaskStats {
                task: task.to_string(),
                title: task.title(),
                questions: n,
                seen,
                mastery: if n == 0 { 0.0 } else { sum / n as f64 },
            }
        })
        .collect()
}

/// Per topic; a question with several topics counts in each. Largest topics first, then by
/// name.
fn topic_stats(questions: &[QuestionStat<'_>]) -> Vec<TopicStats> {
    let mut by_topic: BTreeMap<&str, (usize, usize, f64)> = BTreeMap::new();
    for q in questions {
        let mut topics: Vec<&str> = q.question.topics.iter().map(String::as_str).collect();
        topics.sort_unstable();
        topics.dedup();
        for topic in topics {
            let entry = by_topic.entry(topic).or_default();
            entry.0 += 1;
            entry.1 += usize::from(q.seen);
            entry.2 += q.recall;
        }
    }
    let mut list: Vec<TopicStats> = by_topic
        .into_iter()
        .map(|(topic, (n, seen, sum))| TopicStats {
            topic: topic.to_string(),
            questions: n,
            seen,
            mastery: sum / n as f64,
        })
        .collect();
    list.sort_by_key(|t| std::cmp::Reverse(t.questions));
    list
}

fn exam_summary(e: &ExamAttempt) -> ExamSummary {
    ExamSummary {
        started_at: e.started_at.to_string(),
        finished: e.finished,
        questions: e.questions,
        answered: e.answered,
        correct: e.correct,
        scaled_score: e.scaled_score,
        passed: e.passed,
        domains: e
            .domains
            .iter()
            .map(|&(domain, percent)| ExamDomain { domain, percent })
            .collect(),
        practice: e.practice,
    }
}

#[cfg(test)]
#[path = "report_tests.rs"]
mod tests;
