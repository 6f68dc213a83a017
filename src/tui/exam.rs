//! The mock-exam screen: intro, questions with a running clock, navigator, submit
//! confirmation, results by domain, and a review of every answer. No feedback until the end.

use std::collections::BTreeSet;
use std::sync::Arc;

use jiff::{SignedDuration, Timestamp};

use super::keymap::{Action, Key, KeyCodeOrd, Keymap, choice_position, scroll};
use super::{Ctx, Effect};
use crate::deck::Library;
use crate::exam::{Assembly, ExamResult, Session, score};
use crate::tr;

/// Which answers the review lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReviewFilter {
    All,
    Wrong,
    Flagged,
    Unanswered,
}

impl ReviewFilter {
    /// r, w, f, u on the results and review screens.
    pub fn from_key(c: char) -> Option<ReviewFilter> {
        match c {
            'r' => Some(ReviewFilter::All),
            'w' => Some(ReviewFilter::Wrong),
            'f' => Some(ReviewFilter::Flagged),
            'u' => Some(ReviewFilter::Unanswered),
            _ => None,
        }
    }

    /// The filter's name in the messages (a Fluent selector key, not shown as is).
    pub fn label(self) -> &'static str {
        match self {
            ReviewFilter::All => "all",
            ReviewFilter::Wrong => "wrong",
            ReviewFilter::Flagged => "flagged",
            ReviewFilter::Unanswered => "unanswered",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Stage {
    /// Before the clock starts: what the exam holds and any domain that could not be filled.
    Intro,
    Taking,
    Navigator {
        cursor: usize,
    },
    ConfirmSubmit,
    ConfirmLeave,
    Results,
    Review {
        filter: ReviewFilter,
        cursor: usize,
        open: bool,
    },
}

/// Where an exam item stands, as on the real exam's review screen. An incomplete item (a
/// multi-response with fewer picks than it asks for) counts as unanswered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ItemStatus {
    Unanswered,
    Incomplete,
    Answered,
}

pub struct ExamScreen {
    pub library: Arc<Library>,
    pub id: String,
    pub seed: u64,
    pub started_at: Timestamp,
    pub session: Session,
    pub assembly: Option<Assembly>,
    pub stage: Stage,
    pub scroll: u16,
    pub notice: Option<String>,
    pub result: Option<ExamResult>,
    /// Finished attempts up to and including this one, oldest first, for the results' trend
    /// (the app fills it in; the screen reads nothing itself).
    pub history: Vec<crate::store::ExamRecord>,
    /// The learner's language; questions with a translation into it are shown in it...
    pub language: Option<String>,
    /// ...unless the learner switched to the English original (the language key).
    pub english: bool,
    /// The last moment the clock was advanced.
    last_tick: Option<Timestamp>,
    /// Time left when it was last saved, so the clock is saved about once a second.
    saved_remaining: i64,
}

impl ExamScreen {
    /// A new exam shown on its intro screen; nothing is saved until the learner starts.
    pub fn new(
        library: Arc<Library>,
        id: String,
        seed: u64,
        assembly: Assembly,
        limit: SignedDuration,
        now: Timestamp,
    ) -> ExamScreen {
        let session = Session::new(assembly.items.clone(), limit);
        ExamScreen {
            library,
            id,
            seed,
            started_at: now,
            saved_remaining: session.remaining_ms,
            session,
            assembly: Some(assembly),
            stage: Stage::Intro,
            scroll: 0,
            notice: None,
            result: None,
            history: Vec::new(),
            language: None,
            english: false,
            last_tick: None,
        }
    }

    /// A saved exam shown at `stage`.
    fn from_saved(
        library: Arc<Library>,
        saved: crate::store::SavedExam,
        stage: Stage,
    ) -> ExamScreen {
        ExamScreen {
            library,
            id: saved.id,
            seed: saved.seed,
            started_at: saved.started_at,
            saved_remaining: saved.session.remaining_ms,
            session: saved.session,
            assembly: None,
            stage,
            scroll: 0,
            notice: None,
            result: None,
            history: Vec::new(),
            language: None,
            english: false,
            last_tick: None,
        }
    }

    /// The language questions are shown in now (`None`: English).
    pub fn shown_language(&self) -> Option<&str> {
        self.language.as_deref().filter(|_| !self.english)
    }

    /// An exam item's question as shown: translated when it can be, else English.
    pub fn question(&self, key: &crate::deck::QuestionKey) -> Option<crate::deck::Question> {
        self.library.localized(key, self.shown_language())
    }

    /// Whether a language is set that some question could be shown in.
    pub fn can_switch_language(&self) -> bool {
        self.language.is_some()
    }

    /// How many picks item `i` asks for (1 for a single answer, or a question gone from the
    /// decks).
    pub fn required(&self, i: usize) -> usize {
        self.session
            .items
            .get(i)
            .and_then(|item| self.library.get(&item.key))
            .map_or(1, |(_, q)| q.select_count().max(1))
    }

    /// Item `i` as the navigator and the submit dialog show it.
    pub fn status(&self, i: usize) -> ItemStatus {
        let picked = self.session.answers.get(i).map_or(0, |a| a.len());
        match picked {
            0 => ItemStatus::Unanswered,
            n if n < self.required(i) => ItemStatus::Incomplete,
            _ => ItemStatus::Answered,
        }
    }

    /// Items in exam order with `status`.
    pub fn with_status(&self, status: ItemStatus) -> Vec<usize> {
        (0..self.session.items.len())
            .filter(|&i| self.status(i) == status)
            .collect()
    }

    /// A finished exam reopened from history, on its results.
    pub fn finished(library: Arc<Library>, saved: crate::store::SavedExam) -> ExamScreen {
        let mut screen = ExamScreen::from_saved(library, saved, Stage::Results);
        screen.session.finished = true;
        let elapsed = screen.session.limit_ms - screen.session.remaining_ms;
        screen.result = Some(score(
            &screen.session.items,
            &screen.session.answers,
            &screen.correct_sets(),
            elapsed,
        ));
        screen
    }

    /// An exam resumed from the store, at the saved question with the saved time left.
    pub fn resume(
        library: Arc<Library>,
        saved: crate::store::SavedExam,
        now: Timestamp,
    ) -> ExamScreen {
        let mut screen = ExamScreen::from_saved(library, saved, Stage::Taking);
        screen.notice = Some(tr!("exam-resumed"));
        screen.last_tick = Some(now);
        screen
    }

    pub fn is_running(&self) -> bool {
        matches!(
            self.stage,
            Stage::Taking | Stage::Navigator { .. } | Stage::ConfirmSubmit | Stage::ConfirmLeave
        )
    }

    /// The authored correct choices of every item (empty for a question no longer in a deck).
    pub fn correct_sets(&self) -> Vec<BTreeSet<usize>> {
        self.session
            .items
            .iter()
            .map(|item| {
                self.library
                    .get(&item.key)
                    .map(|(_, q)| {
                        q.choices()
                            .iter()
                            .enumerate()
                            .filter(|(_, c)| c.correct)
                            .map(|(i, _)| i)
                            .collect()
                    })
                    .unwrap_or_default()
            })
            .collect()
    }

    pub fn is_correct(&self, i: usize) -> bool {
        let answer = &self.session.answers[i];
        !answer.is_empty() && self.correct_sets().get(i) == Some(answer)
    }

    /// Advances the clock; at 0:00 the exam submits itself.
    pub fn tick(&mut self, now: Timestamp) -> Option<Effect> {
        if !self.is_running() {
            return None;
        }
        let last = self.last_tick.replace(now).unwrap_or(now);
        let ran_out = self.session.tick(now.duration_since(last));
        if ran_out {
            self.notice = Some(tr!("exam-time-up"));
            return Some(self.finish(now));
        }
        if (self.saved_remaining - self.session.remaining_ms).abs() >= 1000 {
            self.saved_remaining = self.session.remaining_ms;
            return Some(Effect::ExamTime {
                id: self.id.clone(),
                session: Box::new(self.session.clone()),
            });
        }
        None
    }

    fn finish(&mut self, now: Timestamp) -> Effect {
        self.session.submit();
        let elapsed = self.session.limit_ms - self.session.remaining_ms;
        let result = score(
            &self.session.items,
            &self.session.answers,
            &self.correct_sets(),
            elapsed,
        );
        self.result = Some(result.clone());
        self.stage = Stage::Results;
        self.scroll = 0;
        Effect::ExamFinish {
            id: self.id.clone(),
            session: Box::new(self.session.clone()),
            result,
            finished_at: now,
        }
    }

    fn save(&mut self) -> Option<Effect> {
        self.saved_remaining = self.session.remaining_ms;
        Some(Effect::ExamSave {
            id: self.id.clone(),
            session: Box::new(self.session.clone()),
        })
    }

    pub fn actions(&self) -> Vec<Action> {
        match self.stage {
            Stage::Intro => vec![Action::Submit, Action::Help, Action::Back],
            // Most needed first: a narrow footer drops from the middle, and it must keep the
            // key that ends the exam.
            Stage::Taking => vec![
                Action::Next,
                Action::Previous,
                Action::Finish,
                Action::Mark,
                Action::Navigator,
                Action::ScrollDown,
                Action::Help,
                Action::Back,
            ],
            Stage::Navigator { .. } => vec![Action::Submit, Action::Navigator, Action::Back],
            Stage::ConfirmSubmit | Stage::ConfirmLeave => vec![Action::Back],
            Stage::Results => vec![Action::Submit, Action::Help, Action::Back],
            Stage::Review { open: false, .. } => vec![
                Action::Submit,
                Action::ScrollDown,
                Action::Help,
                Action::Back,
            ],
            Stage::Review { open: true, .. } => vec![
                Action::Next,
                Action::Previous,
                Action::ScrollDown,
                Action::Help,
                Action::Back,
            ],
        }
    }

    /// A study session of this attempt's wrong and unanswered questions, at once.
    fn study_misses(&self) -> Effect {
        let only = (0..self.session.items.len())
            .filter(|&i| !self.is_correct(i))
            .map(|i| self.session.items[i].key.clone())
            .collect();
        Effect::StartStudy {
            filter: crate::study::Filter {
                only: Some(only),
                ..crate::study::Filter::default()
            },
            cram: false,
        }
    }

    /// Indices of the items the review shows.
    pub fn review_items(&self, filter: ReviewFilter) -> Vec<usize> {
        (0..self.session.items.len())
            .filter(|&i| match filter {
                ReviewFilter::All => true,
                ReviewFilter::Wrong => !self.is_correct(i),
                ReviewFilter::Flagged => self.session.flagged[i],
                ReviewFilter::Unanswered => self.session.answers[i].is_empty(),
            })
            .collect()
    }

    pub fn handle(&mut self, key: Key, keymap: &Keymap, ctx: &Ctx) -> Option<Effect> {
        self.notice = None;
        let reading = matches!(self.stage, Stage::Taking | Stage::Review { open: true, .. });
        if reading
            && self.can_switch_language()
            && keymap.action(key, &[Action::Language]).is_some()
        {
            self.english = !self.english;
            self.notice = Some(if self.english {
                tr!("exam-showing-english")
            } else {
                tr!("exam-showing-translation")
            });
            return None;
        }
        let plain_char = match key.code {
            KeyCodeOrd::Char(c) if !key.ctrl && !key.alt => Some(c),
            _ => None,
        };
        match self.stage.clone() {
            Stage::Intro => match keymap.action(key, &[Action::Submit, Action::Back, Action::Quit])
            {
                Some(Action::Submit) => {
                    self.stage = Stage::Taking;
                    self.last_tick = Some(ctx.now);
                    self.started_at = ctx.now;
                    Some(Effect::ExamStart {
                        exam: Box::new(crate::store::SavedExam {
                            id: self.id.clone(),
                            started_at: ctx.now,
                            seed: self.seed,
                            session: self.session.clone(),
                        }),
                    })
                }
                Some(_) => Some(Effect::Home),
                None => None,
            },
            Stage::Taking => {
                if let Some(c) = plain_char
                    && let Some(position) = choice_position(c)
                    && self
                        .session
                        .current_item()
                        .is_some_and(|item| position < item.choice_count())
                {
                    if self.session.is_checked() {
                        self.notice = Some(tr!("exam-practice-frozen"));
                        return None;
                    }
                    self.session.toggle(position);
                    return self.save();
                }
                let candidates = [
                    Action::Submit,
                    Action::Next,
                    Action::Previous,
                    Action::Mark,
                    Action::Navigator,
                    Action::Finish,
                    Action::ScrollUp,
                    Action::ScrollDown,
                    Action::PageUp,
                    Action::PageDown,
                    Action::Back,
                    Action::Quit,
                ];
                match keymap.action(key, &candidates)? {
                    // Practice mode: Enter checks the answer; the faithful exam ignores it.
                    Action::Submit if self.session.practice => {
                        if self.session.is_checked() {
                            return None;
                        }
                        if !self.session.check() {
                            self.notice = Some(tr!("exam-practice-pick-first"));
                            return None;
                        }
                        self.scroll = 0;
                        self.save()
                    }
                    Action::Submit => None,
                    Action::Next => {
                        self.session.next();
                        self.scroll = 0;
                        self.save()
                    }
                    Action::Previous => {
                        self.session.previous();
                        self.scroll = 0;
                        self.save()
                    }
                    Action::Mark => {
                        self.session.toggle_flag();
                        self.save()
                    }
                    Action::Navigator => {
                        self.stage = Stage::Navigator {
                            cursor: self.session.current,
                        };
                        None
                    }
                    Action::Finish => {
                        self.stage = Stage::ConfirmSubmit;
                        None
                    }
                    action @ (Action::ScrollUp
                    | Action::ScrollDown
                    | Action::PageUp
                    | Action::PageDown) => {
                        scroll(action, &mut self.scroll);
                        None
                    }
                    _ => {
                        self.stage = Stage::ConfirmLeave;
                        None
                    }
                }
            }
            Stage::Navigator { cursor } => {
                let n = self.session.items.len().max(1);
                let move_to = |c: isize| Some(c.rem_euclid(n as isize) as usize);
                let next = match key.code {
                    KeyCodeOrd::Left => move_to(cursor as isize - 1),
                    KeyCodeOrd::Right => move_to(cursor as isize + 1),
                    KeyCodeOrd::Up => move_to(cursor as isize - 10),
                    KeyCodeOrd::Down => move_to(cursor as isize + 10),
                    KeyCodeOrd::Home => Some(0),
                    KeyCodeOrd::End => Some(n - 1),
                    _ => None,
                };
                if let Some(cursor) = next {
                    self.stage = Stage::Navigator { cursor };
                    return None;
                }
                match keymap.action(
                    key,
                    &[
                        Action::Submit,
                        Action::Navigator,
                        Action::Back,
                        Action::Quit,
                    ],
                ) {
                    Some(Action::Submit) => {
                        self.session.goto(cursor);
                        self.stage = Stage::Taking;
                        self.scroll = 0;
                        self.save()
                    }
                    Some(_) => {
                        self.stage = Stage::Taking;
                        None
                    }
                    None => None,
                }
            }
            Stage::ConfirmSubmit => match plain_char {
                Some('y' | 'Y') => Some(self.finish(ctx.now)),
                _ if plain_char.is_some() || keymap.action(key, &[Action::Back]).is_some() => {
                    self.stage = Stage::Taking;
                    None
                }
                _ => None,
            },
            Stage::ConfirmLeave => match plain_char {
                Some('y' | 'Y') => {
                    let save = self.save();
                    self.stage = Stage::Intro;
                    save.map(|e| Effect::Batch(vec![e, Effect::Home]))
                }
                Some('a' | 'A') => Some(Effect::Batch(vec![
                    Effect::ExamAbandon {
                        id: self.id.clone(),
                    },
                    Effect::Home,
                ])),
                _ if plain_char.is_some() || keymap.action(key, &[Action::Back]).is_some() => {
                    self.stage = Stage::Taking;
                    None
                }
                _ => None,
            },
            Stage::Results => {
                if plain_char == Some('s') {
                    return Some(self.study_misses());
                }
                if let Some(filter) = plain_char.and_then(ReviewFilter::from_key) {
                    self.stage = Stage::Review {
                        filter,
                        cursor: 0,
                        open: false,
                    };
                    return None;
                }
                match keymap.action(key, &[Action::Submit, Action::Back, Action::Quit]) {
                    Some(Action::Submit) => {
                        self.stage = Stage::Review {
                            filter: ReviewFilter::All,
                            cursor: 0,
                            open: false,
                        };
                        None
                    }
                    Some(_) => Some(Effect::Home),
                    None => None,
                }
            }
            Stage::Review {
                filter,
                cursor,
                open,
            } => self.handle_review(key, keymap, plain_char, filter, cursor, open),
        }
    }

    fn handle_review(
        &mut self,
        key: Key,
        keymap: &Keymap,
        plain_char: Option<char>,
        filter: ReviewFilter,
        cursor: usize,
        open: bool,
    ) -> Option<Effect> {
        let previous = cursor;
        let items = self.review_items(filter);
        let last = items.len().saturating_sub(1);
        if !open && let Some(filter) = plain_char.and_then(ReviewFilter::from_key) {
            self.stage = Stage::Review {
                filter,
                cursor: 0,
                open: false,
            };
            return None;
        }
        let candidates = [
            Action::Submit,
            Action::Next,
            Action::Previous,
            Action::ScrollUp,
            Action::ScrollDown,
            Action::PageUp,
            Action::PageDown,
            Action::Back,
            Action::Quit,
        ];
        let cursor = match keymap.action(key, &candidates)? {
            Action::Submit if !items.is_empty() => {
                self.scroll = 0;
                self.stage = Stage::Review {
                    filter,
                    cursor,
                    open: true,
                };
                return None;
            }
            Action::Next if open => (cursor + 1).min(last),
            Action::Previous if open => cursor.saturating_sub(1),
            Action::ScrollDown if !open => (cursor + 1).min(last),
            Action::ScrollUp if !open => cursor.saturating_sub(1),
            action
            @ (Action::ScrollUp | Action::ScrollDown | Action::PageUp | Action::PageDown) => {
                scroll(action, &mut self.scroll);
                cursor
            }
            Action::Back | Action::Quit if open => {
                self.stage = Stage::Review {
                    filter,
                    cursor,
                    open: false,
                };
                return None;
            }
            Action::Back | Action::Quit => {
                self.stage = Stage::Results;
                return None;
            }
            _ => cursor,
        };
        if open && cursor != previous {
            self.scroll = 0;
        }
        self.stage = Stage::Review {
            filter,
            cursor,
            open,
        };
        None
    }
}
