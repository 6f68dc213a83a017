//! Readiness: the scaled score the learner would get if the exam were taken today.
//!
//! How it is computed (the same words the screen shows, in [`READINESS_METHOD`]):
//!
//! 1. Mastery of each exam domain is the average predicted recall today of its questions, a
//!    question never answered counting as zero.
//! 2. The domains are weighted as in the exam guide (secure 30%, resilient 26%, performance
//!    24%, cost 20%), which gives a fraction between 0 and 1. A domain without questions in
//!    the library adds nothing: the exam still asks about it.
//! 3. When there are finished mock exams, that fraction is averaged half and half with the mean
//!    share of questions answered right in the last three finished ones (unanswered count as
//!    wrong). Mock exams measure what recall predictions cannot: reading long scenarios under
//!    time pressure.
//! 4. The fraction becomes a scaled score along straight lines through 0 -> 100,
//!    0.72 -> 720 and 1.0 -> 1000 (AWS does not publish its scaling; 720 passes).
//! 5. Below 40 questions answered there is too little evidence for a number: the estimate is
//!    withheld (`scaled_score` is `None`) and the screen says how many more to answer. A mock
//!    exam with nothing answered is not evidence and is left out of step 3, and so is a
//!    practice exam (its answers were checked one by one, with the explanations in view).
//! 6. The range is a 95% margin for a share measured on `n` questions,
//!    `1.96 * sqrt(p (1 - p) / n)`, with `n` the questions seen so far: the fewer seen, the
//!    less the average says. It is at least 50 scaled points each way, for the error the
//!    straight-line scaling itself adds, and the whole scale when nothing has been seen.
//!
//! Focus topics are the three whose questions, once fully recalled, would raise the estimate
//! most. A question is worth its domain's weight divided by the number of the domain's
//! questions (that is its share of the mastery fraction), times what it is missing,
//! `1 - recall`; a topic's gain is the sum over its questions, shown in scaled points.

use std::collections::BTreeMap;

use serde::Serialize;

use super::report::{DomainStats, ExamAttempt, QuestionStat};
use crate::deck::Domain;

/// Plain words for the screen and `saa stats`.
pub const READINESS_METHOD: &str = "The estimate is the scaled score (100-1000, 720 passes) \
you would get if you sat the exam today. Mastery of each domain is the average predicted \
recall today of its questions, unseen ones counting as zero. The domains are weighted as in \
the exam guide (secure 30%, resilient 26%, performance 24%, cost 20%). If you have finished \
mock exams (practice ones aside), this is averaged half and half with your share of right \
answers in the last three. \
The result maps to a scaled score along straight lines through 0 -> 100, 72% -> 720 and \
100% -> 1000. The range is a 95% margin, 1.96 x sqrt(p(1-p)/n) with n the questions you have \
seen, and at least 50 points each way. Focus topics are those whose questions, once fully \
recalled, would raise the estimate most. A question counts only while your latest answer to it \
was right, and there is no estimate until you have answered 40 questions.";

/// The lowest passing scaled score.
pub const PASSING_SCORE: u32 = 720;
/// Weight of the mock exams' share when there are any.
const EXAM_WEIGHT: f64 = 0.5;
/// How many of the latest finished exams are averaged.
const RECENT_EXAMS: usize = 3;
/// The smallest half-width of the range, in scaled points.
const MIN_SPREAD: u32 = 50;
const FOCUS_TOPICS: usize = 3;
/// Questions answered before the estimate is shown: below this, one lucky or unlucky session
/// moves the number by hundreds of points.
pub const MIN_EVIDENCE: usize = 40;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Readiness {
    /// The estimate, 100-1000; `None` (JSON null) until `MIN_EVIDENCE` questions were answered.
    pub scaled_score: Option<u32>,
    pub low: Option<u32>,
    pub high: Option<u32>,
    /// Questions still to answer before there is an estimate (0 once there is one).
    pub questions_needed: usize,
    /// Topics to study next, biggest gain first.
    pub focus: Vec<FocusTopic>,
    /// The blended fraction the estimate maps, 0-1.
    pub fraction: f64,
    /// The domain-weighted mastery, 0-1.
    pub mastery_fraction: f64,
    /// Mean share right in the latest finished exams, when there are any.
    pub exam_fraction: Option<f64>,
    /// How many exams `exam_fraction` averages (0-3).
    pub exams_used: usize,
    /// Questions seen: the `n` of the range.
    pub seen: usize,
}

impl Readiness {
    /// One line: "est. scaled score 650 (likely 590-710; 720 passes)", or why there is none.
    pub fn summary(&self) -> String {
        match (self.scaled_score, self.low, self.high) {
            (Some(score), Some(low), Some(high)) => {
                format!("est. scaled score {score} (likely {low}-{high}; {PASSING_SCORE} passes)")
            }
            _ => format!(
                "est. scaled score: not enough evidence yet; answer {} more question{}",
                self.questions_needed,
                if self.questions_needed == 1 { "" } else { "s" }
            ),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FocusTopic {
    pub topic: String,
    pub questions: usize,
    pub mastery: f64,
    /// Scaled points the estimate would rise if every question of the topic were recalled.
    pub gain: u32,
}

/// `exams` oldest first.
pub(super) fn readiness(
    domains: &[DomainStats],
    questions: &[QuestionStat<'_>],
    exams: &[&ExamAttempt],
) -> Readiness {
    let weight = |d: Domain| f64::from(d.weight_percent()) / 100.0;
    let mastery_fraction: f64 = domains.iter().map(|d| weight(d.domain) * d.mastery).sum();
    let recent: Vec<f64> = exams
        .iter()
        .rev()
        .filter(|e| e.finished && !e.practice && e.questions > 0 && e.answered > 0)
        .take(RECENT_EXAMS)
        .map(|e| (e.correct as f64 / e.questions as f64).min(1.0))
        .collect();
    let exam_fraction =
        (!recent.is_empty()).then(|| recent.iter().sum::<f64>() / recent.len() as f64);
    let mastery_share = if exam_fraction.is_some() {
        1.0 - EXAM_WEIGHT
    } else {
        1.0
    };
    let fraction = (mastery_share * mastery_fraction
        + exam_fraction.map_or(0.0, |x| EXAM_WEIGHT * x))
    .clamp(0.0, 1.0);

    let seen = questions.iter().filter(|q| q.seen).count();
    let (score, low, high) = estimate(fraction, seen);

    // Each question's share of the final fraction.
    let size = |d: Domain| {
        domains
            .iter()
            .find(|s| s.domain == d)
            .map_or(0, |s| s.questions)
    };
    let mut topics: BTreeMap<&str, (usize, f64, f64)> = BTreeMap::new();
    for q in questions {
        let n = size(q.question.domain).max(1) as f64;
        let worth = mastery_share * weight(q.question.domain) / n;
        let mut names: Vec<&str> = q.question.topics.iter().map(String::as_str).collect();
        names.sort_unstable();
        names.dedup();
        for name in names {
            let entry = topics.entry(name).or_default();
            entry.0 += 1;
            entry.1 += q.recall;
            entry.2 += worth * (1.0 - q.recall);
        }
    }
    let mut ranked: Vec<(&str, usize, f64, f64)> = topics
        .into_iter()
        .filter(|(_, (_, _, gain))| *gain > 1e-9)
        .map(|(name, (n, recall, gain))| (name, n, recall / n as f64, gain))
        .collect();
    ranked.sort_by(|a, b| b.3.total_cmp(&a.3));
    let focus = ranked
        .into_iter()
        .take(FOCUS_TOPICS)
        .map(|(topic, questions, mastery, gain)| FocusTopic {
            topic: topic.to_string(),
            questions,
            mastery,
            gain: scaled(fraction + gain).saturating_sub(score),
        })
        .collect();

    let enough = seen >= MIN_EVIDENCE;
    Readiness {
        scaled_score: enough.then_some(score),
        low: enough.then_some(low),
        high: enough.then_some(high),
        questions_needed: MIN_EVIDENCE.saturating_sub(seen),
        focus,
        fraction,
        mastery_fraction,
        exam_fraction,
        exams_used: recent.len(),
        seen,
    }
}

/// The scaled score for `fraction` and its range (see step 6) with `seen` questions answered.
pub(super) fn estimate(fraction: f64, seen: usize) -> (u32, u32, u32) {
    let score = scaled(fraction);
    if seen == 0 {
        return (score, scaled(0.0), scaled(1.0));
    }
    let half = 1.96 * (fraction * (1.0 - fraction) / seen as f64).sqrt();
    (
        score,
        scaled(fraction - half)
            .min(score.saturating_sub(MIN_SPREAD))
            .max(scaled(0.0)),
        scaled(fraction + half)
            .max(score + MIN_SPREAD)
            .min(scaled(1.0)),
    )
}

/// A fraction right (0-1) as a scaled score: straight lines through 0 -> 100, 0.72 -> 720
/// and 1.0 -> 1000. The exam module has its own copy for scoring attempts.
pub(super) fn scaled(fraction: f64) -> u32 {
    let f = if fraction.is_nan() {
        0.0
    } else {
        fraction.clamp(0.0, 1.0)
    };
    let score = if f <= 0.72 {
        100.0 + f / 0.72 * 620.0
    } else {
        720.0 + (f - 0.72) / 0.28 * 280.0
    };
    score.round() as u32
}

#[cfg(test)]
mod tests {
    use super::scaled;

    #[test]
    fn scaling_goes_through_the_three_anchor_points() {
        assert_eq!(scaled(0.0), 100);
        assert_eq!(scaled(0.72), 720);
        assert_eq!(scaled(1.0), 1000);
        assert_eq!(scaled(0.36), 410);
        assert_eq!(scaled(0.86), 860);
        assert_eq!(scaled(-0.5), 100);
        assert_eq!(scaled(1.5), 1000);
        assert_eq!(scaled(f64::NAN), 100);
    }
}
