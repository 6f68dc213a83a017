//! Small key-value settings kept with the progress: trained FSRS parameters.

use rusqlite::{OptionalExtension, params};

use super::{Result, Store, StoreError};

const PARAMETERS: &str = "fsrs_parameters";

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

    pub fn set_parameters(&mut self, parameters: &[f32]) -> Result<()> {
        let text =
            serde_json::to_string(parameters).map_err(|e| StoreError::Invalid(e.to_string()))?;
        self.set_setting(PARAMETERS, &text)
    }
}
