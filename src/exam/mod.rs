//! Mock exams faithful to SAA-C03. Pure: candidates, seeds and times in.
//!
//! - `blueprint`: how many questions, how long, and the split across domains.
//! - `assemble`: which questions, in which order, with which choice order (seeded).
//! - `session`: the exam in progress: answers, flags, navigation, the clock.
//! - `score`: raw and estimated scaled score, per-domain results.
//!
//! Nothing here does I/O or reads a clock or an RNG of its own: the same candidates, blueprint
//! and seed always give the same exam, and the timer moves only by the durations passed in.

pub mod assemble;
pub mod blueprint;
pub mod feed;
pub mod score;
pub mod session;

pub use assemble::{Assembly, Candidate, ExamItem, Shortfall, assemble};
pub use blueprint::{Blueprint, Weights, domain_quotas};
pub use score::{DomainResult, ExamResult, MEETS_PERCENT, PASS_SCALED, scaled_score, score};
pub use session::{PACE_MS_PER_QUESTION, Pace, Pacing, Session, SessionError, WARN_MS};

#[cfg(test)]
mod tests {
    /// The core stays pure: no store, terminal, database, clock or ambient randomness.
    #[test]
    fn exam_core_imports_nothing_impure() {
        let sources = [
            include_str!("mod.rs"),
            include_str!("blueprint.rs"),
            include_str!("assemble.rs"),
            include_str!("session.rs"),
            include_str!("score.rs"),
            include_str!("feed.rs"),
        ];
        let forbidden = [
            ["crate::", "store"].concat(),
            ["crate::", "tui"].concat(),
            ["rusq", "lite"].concat(),
            ["rata", "tui"].concat(),
            ["cross", "term"].concat(),
            ["std::", "fs"].concat(),
            ["std::", "time"].concat(),
            ["Timestamp::", "now"].concat(),
            ["rand::", "rng()"].concat(),
            ["thread_", "rng"].concat(),
        ];
        for source in sources {
            for word in &forbidden {
                assert!(!source.contains(word.as_str()), "exam core mentions {word}");
            }
        }
    }
}
