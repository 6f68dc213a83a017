//! Small key-value settings kept with the progress: trained FSRS parameters, the exam plan.

use rusqlite::{OptionalExtension, params};

use super::{Result, Store, StoreError};
use crate::sched::ExamPlan;

const PARAMETERS: &str = "fsrs_parameters";
const EXAM_PLAN: &str = "exam_plan";

/// Settings kept with the time they were last set (`<key>_set_at`, ms): between machines the
/// latest change wins (see archive's merge).
pub(super) const TIMED: [&str; 2] = [EXAM_PLAN, PARAMETERS];

pub(super) fn set_at_key(key: &str) -> String {
    format!("{key}_set_at")
}

impl Store {
    pub fn setting(&self, key: &str) -> Result<Option<String>> {
        self.conn
            .query_row("SELECT value FROM setting WHERE key = ?1", [key], |r| {
                r.get(0)
            })
            .optional()
            .map_err(|e| self.sql(e))
    }

    pub fn set_setting(&mut self, key: &str, value: &str) -> Result<()> {
        self.conn
            .execute(
                "INSERT OR REPLACE INTO setting (key, value) VALUES (?1, ?2)",
                params![key, value],
            )
            .map_err(|e| self.sql(e))?;
        Ok(())
    }

    /// The learner's trained FSRS parameters, or an empty list for the defaults.
    pub fn parameters(&self) -> Result<Vec<f32>> {
        match self.setting(PARAMETERS)? {
            None => Ok(Vec::new()),
            Some(text) => serde_json::from_str(&text).map_err(|e| {
                StoreError::Invalid(format!(
                    "the saved FSRS parameters in {} are unreadable ({e}); run `saa optimize` again",
                    self.path.display()
                ))
            }),
        }
    }

    /// The exam-day plan, if the learner set one.
    pub fn exam_plan(&self) -> Result<Option<ExamPlan>> {
        match self.setting(EXAM_PLAN)? {
            None => Ok(None),
            Some(text) if text.is_empty() => Ok(None),
            Some(text) => ExamPlan::from_line(&text).map(Some).ok_or_else(|| {
                StoreError::Invalid(format!(
                    "the saved exam plan in {} is unreadable ({text:?}); set it again with `saa plan --exam-date YYYY-MM-DD` or `saa plan --clear`",
                    self.path.display()
                ))
            }),
        }
    }

    /// Sets or clears the plan. The caller rebuilds the cards under the new scheduler.
    pub fn set_exam_plan(&mut self, plan: Option<&ExamPlan>) -> Result<()> {
        self.set_timed(EXAM_PLAN, &plan.map(ExamPlan::to_line).unwrap_or_default())
    }

    pub fn set_parameters(&mut self, parameters: &[f32]) -> Result<()> {
        let text =
            serde_json::to_string(parameters).map_err(|e| StoreError::Invalid(e.to_string()))?;
        self.set_timed(PARAMETERS, &text)
    }

    /// Sets one of the `TIMED` settings with the time it was set.
    fn set_timed(&mut self, key: &str, value: &str) -> Result<()> {
        self.set_setting(key, value)?;
        let now = super::to_ms(jiff::Timestamp::now());
        self.set_setting(&set_at_key(key), &now.to_string())
    }
}
