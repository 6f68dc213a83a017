//! An exam-day plan: with an exam booked, every question should be at its best recall on that
//! day. Pure rules, applied by the scheduler to each answer and by the study queue to the
//! day's new questions:
//!
//! - A review whose ordinary FSRS date falls after the exam, and whose predicted recall on exam
//!   day would be below the plan's target, is brought forward to the day its recall reaches the
//!   target (at the latest the day before the exam). Intervals are never made longer.
//! - New questions are paced so that every unseen one is introduced `buffer_days` before the
//!   exam.
//!
//! After exam day the plan has no effect and ordinary FSRS scheduling resumes.

use jiff::civil::Date;

use super::days::Day;

/// The plan as the learner sets it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ExamPlan {
    pub exam_date: Date,
    /// New questions are all introduced at least this many days before the exam.
    pub buffer_days: u32,
    /// The recall the plan aims for on exam day (higher than everyday desired retention).
    pub target: f32,
}

impl ExamPlan {
    pub const DEFAULT_BUFFER_DAYS: u32 = 7;
    pub const DEFAULT_TARGET: f32 = 0.95;

    pub fn new(exam_date: Date) -> ExamPlan {
        ExamPlan {
            exam_date,
            buffer_days: Self::DEFAULT_BUFFER_DAYS,
            target: Self::DEFAULT_TARGET,
        }
    }

    /// The plan as one line of text ("2027-01-20 7 0.95"), for storing it.
    pub fn to_line(&self) -> String {
        format!("{} {} {}", self.exam_date, self.buffer_days, self.target)
    }

    /// The plan from `to_line`'s text; `None` for anything else.
    pub fn from_line(line: &str) -> Option<ExamPlan> {
        let mut parts = line.split_whitespace();
        let plan = ExamPlan {
            exam_date: parts.next()?.parse().ok()?,
            buffer_days: parts.next()?.parse().ok()?,
            target: parts.next()?.parse().ok()?,
        };
        (parts.next().is_none() && plan.problem().is_none()).then_some(plan)
    }

    /// What is wrong with the plan's numbers, if anything.
    pub fn problem(&self) -> Option<String> {
        if !(0.80..=0.99).contains(&self.target) {
            return Some(format!(
                "the exam-day recall target {} is outside 0.80-0.99",
                self.target
            ));
        }
        if self.buffer_days > 60 {
            return Some(format!(
                "a buffer of {} days is more than 60",
                self.buffer_days
            ));
        }
        None
    }
}

/// Days in an interval of `interval` days from `today` under a plan whose exam is on
/// `exam_day`: shortened to `days_to_target` (when recall would reach the target sooner) if the
/// ordinary interval would end after the exam and leave exam-day recall below the target, and
/// then at most to the day before the exam. Never longer than `interval`, never under 1.
pub fn planned_interval(
    interval: u32,
    today: Day,
    exam_day: Day,
    recall_on_exam_day: f32,
    target: f32,
    days_to_target: u32,
) -> u32 {
    let due = today + i64::from(interval);
    if today >= exam_day - 1 || due < exam_day || recall_on_exam_day >= target {
        return interval;
    }
    let before_exam = u32::try_from(exam_day - 1 - today).unwrap_or(1);
    interval.min(days_to_target.max(1)).min(before_exam).max(1)
}

/// Reviews a new question costs before an exam about two months away, from the plan's
/// simulation (the tests below): about four. The plan's daily load is this times the new
/// questions a day.
pub const REVIEWS_PER_NEW_QUESTION: u32 = 4;

/// New questions to introduce today so that `unseen` are all introduced `buffer_days` before
/// the exam: at least one a day while any remain, spread evenly over the days left.
pub fn new_per_day(unseen: usize, today: Day, exam_day: Day, buffer_days: u32) -> u32 {
    let last = exam_day - i64::from(buffer_days);
    let days_left = (last - today).max(1);
    let per_day = (unseen as i64 + days_left - 1) / days_left;
    u32::try_from(per_day).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn an_interval_past_the_exam_is_brought_forward_only_when_recall_would_be_low() {
        // Exam on day 100; today 60; FSRS says 70 days.
        assert_eq!(planned_interval(70, 60, 100, 0.80, 0.95, 20), 20);
        // Recall on exam day already high enough: unchanged.
        assert_eq!(planned_interval(70, 60, 100, 0.96, 0.95, 20), 70);
        // Due before the exam anyway: unchanged.
        assert_eq!(planned_interval(30, 60, 100, 0.50, 0.95, 20), 30);
        // Target reached only after the exam: the day before the exam.
        assert_eq!(planned_interval(70, 60, 100, 0.80, 0.95, 55), 39);
        // The day before the exam and after it: the plan is over.
        assert_eq!(planned_interval(70, 99, 100, 0.10, 0.95, 1), 70);
        assert_eq!(planned_interval(70, 120, 100, 0.10, 0.95, 1), 70);
    }

    #[test]
    fn a_plan_round_trips_through_its_line() {
        let plan = ExamPlan::new("2027-01-20".parse().unwrap());
        assert_eq!(plan.to_line(), "2027-01-20 7 0.95");
        assert_eq!(ExamPlan::from_line(&plan.to_line()), Some(plan));
        assert_eq!(ExamPlan::from_line("2027-01-20 7 1.5"), None);
        assert_eq!(ExamPlan::from_line("soon"), None);
    }

    #[test]
    fn new_questions_are_spread_to_finish_before_the_buffer() {
        assert_eq!(new_per_day(700, 0, 77, 7), 10);
        assert_eq!(new_per_day(701, 0, 77, 7), 11);
        assert_eq!(new_per_day(0, 0, 77, 7), 0);
        // Inside the buffer: everything left, today.
        assert_eq!(new_per_day(30, 75, 77, 7), 30);
    }

    proptest! {
        /// Never longer than FSRS; never due after the exam when exam-day recall would be
        /// below target (while the plan is active); never zero.
        #[test]
        fn planned_intervals_obey_the_rules(
            interval in 1u32..400, today in 0i64..200, exam in 0i64..200,
            recall in 0.0f32..1.0, to_target in 0u32..400,
        ) {
            let target = 0.95;
            let planned = planned_interval(interval, today, exam, recall, target, to_target);
            prop_assert!(planned <= interval);
            prop_assert!(planned >= 1);
            if today < exam - 1 && recall < target {
                prop_assert!(today + i64::from(planned) < exam);
            }
        }
    }
}
