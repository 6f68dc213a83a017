//! The app's one clock. `--now` starts it at a chosen instant, after which it runs normally,
//! so tests and demos are reproducible while timers still tick.

use std::time::Instant;

use jiff::{SignedDuration, Timestamp};

#[derive(Debug, Clone, Copy)]
pub struct Clock {
    start: Timestamp,
    started: Instant,
}

impl Clock {
    pub fn system() -> Clock {
        Clock {
            start: Timestamp::now(),
            started: Instant::now(),
        }
    }

    pub fn starting_at(start: Timestamp) -> Clock {
        Clock {
            start,
            started: Instant::now(),
        }
    }

    pub fn now(&self) -> Timestamp {
        let elapsed =
            SignedDuration::try_from(self.started.elapsed()).unwrap_or(SignedDuration::ZERO);
        self.start.checked_add(elapsed).unwrap_or(self.start)
    }
}
