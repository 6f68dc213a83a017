//! Scheduling settings, with the defaults a learner gets when config.toml is absent.

use serde::Deserialize;

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct SchedConfig {
    /// The probability of recall FSRS aims for when it picks an interval (0.70-0.99).
    pub desired_retention: f32,
    /// Local hour at which a new study day begins (0-23).
    pub day_rollover_hour: u8,
    /// A missed or new question comes back after this many minutes...
    pub learning_step_minutes: u32,
    /// ...and after at least this many other questions, whichever comes later.
    pub learning_step_questions: u32,
    /// No interval is longer than this.
    pub max_interval_days: u32,
    /// New questions introduced per day.
    pub new_per_day: u32,
    /// Reviews shown per day.
    pub reviews_per_day: u32,
    /// A question with this many lapses is a leech.
    pub leech_lapses: u32,
}

impl Default for SchedConfig {
    fn default() -> Self {
        SchedConfig {
            desired_retention: 0.90,
            day_rollover_hour: 4,
            learning_step_minutes: 10,
            learning_step_questions: 5,
            max_interval_days: 365,
            new_per_day: 20,
            reviews_per_day: 200,
            leech_lapses: 8,
        }
    }
}

impl SchedConfig {
    /// Every out-of-range setting, as "name: problem" lines.
    /// Out-of-range settings, each with the name of its field.
    pub fn problems(&self) -> Vec<(&'static str, String)> {
        let mut problems = Vec::new();
        if !(0.70..=0.99).contains(&self.desired_retention) {
            problems.push((
                "desired_retention",
                format!(
                    "desired_retention = {} is outside 0.70-0.99",
                    self.desired_retention
                ),
            ));
        }
        if self.day_rollover_hour > 23 {
            problems.push((
                "day_rollover_hour",
                format!(
                    "day_rollover_hour = {} is not an hour (0-23)",
                    self.day_rollover_hour
                ),
            ));
        }
        if self.learning_step_minutes == 0 || self.learning_step_minutes > 24 * 60 {
            problems.push((
                "learning_step_minutes",
                "learning_step_minutes must be 1-1440".to_string(),
            ));
        }
        if self.max_interval_days == 0 || self.max_interval_days > 36_500 {
            problems.push((
                "max_interval_days",
                "max_interval_days must be 1-36500".to_string(),
            ));
        }
        if self.leech_lapses == 0 {
            problems.push((
                "leech_lapses",
                "leech_lapses must be at least 1".to_string(),
            ));
        }
        problems
    }
}
