//! Card state and transitions. A transition yields all four outcomes at once, so the screen can
//! label the grade keys ("Again 10m  Hard 1d  Good 3d  Easy 8d") before the learner picks.

use std::fmt;

use fsrs::{FSRS, MemoryState};
use jiff::{SignedDuration, Timestamp};

use super::config::SchedConfig;
use super::days::{Day, DayClock};
use super::fuzz;
use super::plan::{self, ExamPlan};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Rating {
    Again = 1,
    Hard = 2,
    Good = 3,
    Easy = 4,
}

impl Rating {
    pub const ALL: [Rating; 4] = [Rating::Again, Rating::Hard, Rating::Good, Rating::Easy];

    pub fn from_number(n: i64) -> Option<Rating> {
        Rating::ALL.into_iter().find(|r| *r as i64 == n)
    }

    pub fn number(self) -> u8 {
        self as u8
    }

    pub fn label(self) -> &'static str {
        match self {
            Rating::Again => "Again",
            Rating::Hard => "Hard",
            Rating::Good => "Good",
            Rating::Easy => "Easy",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Phase {
    New,
    /// Seen, not yet remembered: comes back after the learning step.
    Learning,
    Review,
    /// Forgotten after being learned: comes back after the learning step, then reviews again.
    Relearning,
}

impl Phase {
    pub fn as_str(self) -> &'static str {
        match self {
            Phase::New => "new",
            Phase::Learning => "learning",
            Phase::Review => "review",
            Phase::Relearning => "relearning",
        }
    }

    pub fn parse(s: &str) -> Option<Phase> {
        [
            Phase::New,
            Phase::Learning,
            Phase::Review,
            Phase::Relearning,
        ]
        .into_iter()
        .find(|p| p.as_str() == s)
    }

    pub fn is_learning(self) -> bool {
        matches!(self, Phase::Learning | Phase::Relearning)
    }
}

/// Why a question was answered: the review log keeps all three; only study and exam answers
/// move the schedule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Mode {
    Study,
    Exam,
    /// Practice that never changes the schedule.
    Cram,
}

impl Mode {
    pub fn as_str(self) -> &'static str {
        match self {
            Mode::Study => "study",
            Mode::Exam => "exam",
            Mode::Cram => "cram",
        }
    }

    pub fn parse(s: &str) -> Option<Mode> {
        [Mode::Study, Mode::Exam, Mode::Cram]
            .into_iter()
            .find(|m| m.as_str() == s)
    }
}

/// FSRS memory state. Stored as two REAL columns (fsrs's type serializes but does not
/// deserialize).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Memory {
    pub stability: f32,
    pub difficulty: f32,
}

impl From<MemoryState> for Memory {
    fn from(m: MemoryState) -> Self {
        Memory {
            stability: m.stability,
            difficulty: m.difficulty,
        }
    }
}

impl From<Memory> for MemoryState {
    fn from(m: Memory) -> Self {
        MemoryState {
            stability: m.stability,
            difficulty: m.difficulty,
        }
    }
}

/// What the scheduler knows about one question. Everything but `suspended` and `buried_until`
/// can be rebuilt by replaying the review log.
#[derive(Debug, Clone, PartialEq)]
pub struct CardState {
    pub phase: Phase,
    pub memory: Option<Memory>,
    /// When the question is next due; `None` while new.
    pub due: Option<Timestamp>,
    pub last_review: Option<Timestamp>,
    /// Scheduled interval in days (0 while learning).
    pub interval_days: u32,
    pub reps: u32,
    pub lapses: u32,
    pub suspended: bool,
    pub buried_until: Option<Timestamp>,
}

impl Default for CardState {
    fn default() -> Self {
        CardState::new()
    }
}

impl CardState {
    pub fn new() -> CardState {
        CardState {
            phase: Phase::New,
            memory: None,
            due: None,
            last_review: None,
            interval_days: 0,
            reps: 0,
            lapses: 0,
            suspended: false,
            buried_until: None,
        }
    }

    pub fn is_due(&self, now: Timestamp) -> bool {
        self.phase != Phase::New && self.due.is_some_and(|d| d <= now)
    }

    pub fn is_buried(&self, now: Timestamp) -> bool {
        self.buried_until.is_some_and(|b| b > now)
    }

    /// Available to the study queue at all (not suspended, not buried).
    pub fn is_active(&self, now: Timestamp) -> bool {
        !self.suspended && !self.is_buried(now)
    }
}

/// The wait until a question comes back, as shown on the grade keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Interval {
    Minutes(u32),
    Days(u32),
}

impl fmt::Display for Interval {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Interval::Minutes(m) if m < 60 => write!(f, "{m}m"),
            Interval::Minutes(m) => write!(f, "{}h", m / 60),
            Interval::Days(d) if d < 30 => write!(f, "{d}d"),
            Interval::Days(d) if d < 365 => write!(f, "{:.1}mo", d as f64 / 30.4),
            Interval::Days(d) => write!(f, "{:.1}y", d as f64 / 365.0),
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    pub rating: Rating,
    pub card: CardState,
    pub interval: Interval,
}

/// The four possible outcomes of answering a question now, indexed by rating.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcomes(pub [Outcome; 4]);

impl Outcomes {
    pub fn get(&self, rating: Rating) -> &Outcome {
        &self.0[rating as usize - 1]
    }

    pub fn into_outcome(self, rating: Rating) -> Outcome {
        let [again, hard, good, easy] = self.0;
        match rating {
            Rating::Again => again,
            Rating::Hard => hard,
            Rating::Good => good,
            Rating::Easy => easy,
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum SchedError {
    #[error("invalid FSRS parameters: {0}")]
    Parameters(String),
    #[error("FSRS could not compute the next state: {0}")]
    Fsrs(String),
}

pub struct Scheduler {
    fsrs: FSRS,
    /// The FSRS-6 parameters in use (filled to 21), for `replanned`.
    parameters: Vec<f32>,
    decay: f32,
    config: SchedConfig,
    days: DayClock,
    /// An exam-day plan, with its exam's day number.
    plan: Option<(ExamPlan, Day)>,
}

impl fmt::Debug for Scheduler {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Scheduler")
            .field("config", &self.config)
            .finish()
    }
}

impl Scheduler {
    /// `parameters`: trained FSRS-6 parameters, or empty for the defaults.
    pub fn new(
        parameters: &[f32],
        config: SchedConfig,
        days: DayClock,
    ) -> Result<Scheduler, SchedError> {
        let filled = fsrs::check_and_fill_parameters(parameters)
            .map_err(|e| SchedError::Parameters(e.to_string()))?;
        let fsrs = FSRS::new(&filled).map_err(|e| SchedError::Parameters(e.to_string()))?;
        Ok(Scheduler {
            fsrs,
            parameters: filled.to_vec(),
            decay: filled.get(20).copied().unwrap_or(fsrs::FSRS6_DEFAULT_DECAY),
            config,
            days,
            plan: None,
        })
    }

    /// The same scheduler aiming at an exam day (see `plan`); `None` schedules as usual.
    pub fn with_plan(mut self, plan: Option<ExamPlan>) -> Scheduler {
        self.plan = plan.map(|p| (p, self.days.day_of_date(p.exam_date)));
        self
    }

    /// The same scheduler with another plan, or none (the plan set from the app).
    pub fn replanned(&self, plan: Option<ExamPlan>) -> Result<Scheduler, SchedError> {
        Ok(
            Scheduler::new(&self.parameters, self.config.clone(), self.days.clone())?
                .with_plan(plan),
        )
    }

    pub fn plan(&self) -> Option<&ExamPlan> {
        self.plan.as_ref().map(|(p, _)| p)
    }

    /// The exam's day number, when there is a plan.
    pub fn exam_day(&self) -> Option<Day> {
        self.plan.map(|(_, day)| day)
    }

    /// Predicted recall of a question with `memory` after `days` days.
    fn recall_after(&self, memory: MemoryState, days: i64) -> f32 {
        fsrs::current_retrievability(memory, days.max(0) as f32, self.decay)
    }

    /// Whole days until recall of `memory` falls to `target` (FSRS-6's forgetting curve
    /// R(t) = (1 + f t / S)^-d solved for t, with f chosen so that R(S) = 0.9).
    fn days_until(&self, memory: MemoryState, target: f32) -> u32 {
        let d = f64::from(self.decay);
        let factor = 0.9f64.powf(-1.0 / d) - 1.0;
        let t = f64::from(memory.stability) * (f64::from(target).powf(-1.0 / d) - 1.0) / factor;
        if t.is_finite() {
            t.floor().clamp(1.0, f64::from(u32::MAX)) as u32
        } else {
            1
        }
    }

    /// An interval as the plan would have it (unchanged without a plan).
    fn plan_interval(&self, days: u32, memory: MemoryState, today: Day) -> u32 {
        let Some((plan, exam_day)) = self.plan else {
            return days;
        };
        plan::planned_interval(
            days,
            today,
            exam_day,
            self.recall_after(memory, exam_day - today),
            plan.target,
            self.days_until(memory, plan.target),
        )
    }

    pub fn config(&self) -> &SchedConfig {
        &self.config
    }

    pub fn days(&self) -> &DayClock {
        &self.days
    }

    /// Probability of recall now (1.0 for a question never seen is meaningless: returns 0).
    pub fn retrievability(&self, card: &CardState, now: Timestamp) -> f32 {
        match (card.memory, card.last_review) {
            (Some(memory), Some(last)) => {
                let elapsed = (now.duration_since(last).as_secs_f64() / 86_400.0).max(0.0) as f32;
                fsrs::current_retrievability(memory.into(), elapsed, self.decay)
            }
            _ => 0.0,
        }
    }

    /// All four outcomes of answering `card` at `now`. `key` seeds the fuzz.
    pub fn outcomes(
        &self,
        key: &str,
        card: &CardState,
        now: Timestamp,
    ) -> Result<Outcomes, SchedError> {
        let elapsed = card
            .last_review
            .map(|last| self.days.days_between(last, now))
            .unwrap_or(0);
        let next = self
            .fsrs
            .next_states(
                card.memory.map(Into::into),
                self.config.desired_retention,
                elapsed,
            )
            .map_err(|e| SchedError::Fsrs(e.to_string()))?;

        let factor = fuzz::factor(key, card.reps);
        let max = self.config.max_interval_days;
        let fuzzed = |days: f32| fuzz::apply(f64::from(days), factor, max);
        // Keep Hard <= Good <= Easy, and each a day longer than the last where the cap allows.
        let hard = fuzzed(next.hard.interval);
        let good = fuzzed(next.good.interval).max((hard + 1).min(max));
        let easy = fuzzed(next.easy.interval).max((good + 1).min(max));

        let step = self.config.learning_step_minutes;
        let today = self.days.day(now);
        // With an exam booked, no interval ends after the exam with recall there below target.
        let hard = self.plan_interval(hard, next.hard.memory, today);
        let good = self.plan_interval(good, next.good.memory, today).max(hard);
        let easy = self.plan_interval(easy, next.easy.memory, today).max(good);
        let base = CardState {
            reps: card.reps + 1,
            last_review: Some(now),
            ..card.clone()
        };
        let again = Outcome {
            rating: Rating::Again,
            card: CardState {
                phase: match card.phase {
                    Phase::New | Phase::Learning => Phase::Learning,
                    Phase::Review | Phase::Relearning => Phase::Relearning,
                },
                memory: Some(next.again.memory.into()),
                due: Some(
                    now.checked_add(SignedDuration::from_mins(i64::from(step)))
                        .unwrap_or(now),
                ),
                interval_days: 0,
                lapses: card.lapses + u32::from(card.phase == Phase::Review),
                ..base.clone()
            },
            interval: Interval::Minutes(step),
        };
        let review = |rating: Rating, memory: MemoryState, days: u32| Outcome {
            rating,
            card: CardState {
                phase: Phase::Review,
                memory: Some(memory.into()),
                due: Some(self.days.start_of(today + i64::from(days))),
                interval_days: days,
                ..base.clone()
            },
            interval: Interval::Days(days),
        };
        Ok(Outcomes([
            again,
            review(Rating::Hard, next.hard.memory, hard),
            review(Rating::Good, next.good.memory, good),
            review(Rating::Easy, next.easy.memory, easy),
        ]))
    }

    /// The state after answering `card` with `rating` at `now`.
    pub fn answer(
        &self,
        key: &str,
        card: &CardState,
        rating: Rating,
        now: Timestamp,
    ) -> Result<CardState, SchedError> {
        Ok(self.outcomes(key, card, now)?.into_outcome(rating).card)
    }

    /// The state after an answer given in `mode`: cram leaves the schedule alone, and a
    /// question missed in a mock exam is due for study at once rather than after the step.
    pub fn apply(
        &self,
        key: &str,
        card: &CardState,
        rating: Rating,
        mode: Mode,
        now: Timestamp,
    ) -> Result<CardState, SchedError> {
        match mode {
            Mode::Cram => Ok(card.clone()),
            Mode::Study => self.answer(key, card, rating, now),
            Mode::Exam => {
                let mut next = self.answer(key, card, rating, now)?;
                if rating == Rating::Again {
                    next.due = Some(now);
                }
                Ok(next)
            }
        }
    }

    /// Rebuilds a card from its history (oldest first), keeping `flags`' suspension and burial.
    /// Replaying gives exactly the state that answering live gave.
    pub fn replay(
        &self,
        key: &str,
        history: impl IntoIterator<Item = (Rating, Mode, Timestamp)>,
        flags: &CardState,
    ) -> Result<CardState, SchedError> {
        let mut card = CardState {
            suspended: flags.suspended,
            buried_until: flags.buried_until,
            ..CardState::new()
        };
        for (rating, mode, at) in history {
            card = self.apply(key, &card, rating, mode, at)?;
        }
        Ok(card)
    }

    pub fn is_leech(&self, card: &CardState) -> bool {
        card.lapses >= self.config.leech_lapses
    }
}
