//! Scheduling: card state, FSRS-6 memory model (through the `fsrs` crate), learning steps,
//! whole-day intervals with fuzz. Pure: `now` and the time zone are passed in.

pub mod config;
pub mod days;
mod fuzz;
pub mod plan;
pub mod state;

pub use config::SchedConfig;
pub use days::DayClock;
pub use plan::ExamPlan;
pub use state::{
    CardState, Interval, Memory, Mode, Outcome, Outcomes, Phase, Rating, SchedError, Scheduler,
};

#[cfg(test)]
mod tests;
