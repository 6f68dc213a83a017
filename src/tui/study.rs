//! The study screen's state and key handling. Rendering is in study_view.rs.

use std::collections::{BTreeSet, HashMap};
use std::sync::Arc;

use jiff::Timestamp;

use super::keymap::{Action, Key, KeyCodeOrd, Keymap, choice_position, scroll};
use super::{Ctx, Effect, reason};
use crate::deck::{Body, Library, QuestionKey};
use crate::sched::{CardState, Mode, Outcomes, Rating, Scheduler};
use crate::store::ReviewRow;
use crate::study::{Answer, Graded, StudySession, grade, shuffle};
use crate::tr;

#[derive(Debug, Clone)]
pub enum View {
    /// The question is shown; `picked` holds display positions (0 = A).
    Ask {
        picked: BTreeSet<usize>,
        /// The typed answer, with its cursor (a line editor: arrows, Home/End, Delete,
        /// ctrl-w/ctrl-u/ctrl-k).
        typed: tui_input::Input,
    },
    /// After submitting (or revealing a card).
    Feedback {
        answer: Answer,
        graded: Option<Graded>,
    },
    /// Nothing left to ask.
    Summary,
}

/// What undo needs to take an answer back exactly.
#[derive(Debug, Clone, PartialEq)]
struct Answered {
    id: String,
    key: QuestionKey,
    /// The card before the answer; `None` in cram (nothing changed).
    previous: Option<CardState>,
    correct: bool,
}

/// What undo can take back, newest last.
enum Step {
    Answer(Answered),
    /// A bury or suspend, with the card as it was before.
    SetAside {
        key: QuestionKey,
        previous: CardState,
    },
}

pub struct StudyScreen {
    pub(super) library: Arc<Library>,
    pub(super) scheduler: Arc<Scheduler>,
    pub(super) cards: HashMap<QuestionKey, CardState>,
    pub(super) session: StudySession,
    pub(super) mode: Mode,
    pub(super) view: View,
    pub(super) scroll: u16,
    pub(super) notice: Option<String>,
    pub(super) question_started: Timestamp,
    /// The row logged for the current feedback, while it can still be regraded.
    logged: Option<(ReviewRow, CardState)>,
    history: Vec<Step>,
    pub(super) started: Timestamp,
    pub(super) next_due: Option<Timestamp>,
    /// The learner's language; questions with a translation into it are shown in it.
    pub language: Option<String>,
    /// The learner switched this session to the English original (the language key).
    pub english: bool,
    /// Questions reported as faulty: the flag key takes a report back as well.
    pub flagged: std::collections::HashSet<QuestionKey>,
    /// The flag key's "why is it faulty?" prompt, while it is open.
    pub(super) reason: Option<reason::ReasonPrompt>,
}

impl StudyScreen {
    pub fn new(
        library: Arc<Library>,
        scheduler: Arc<Scheduler>,
        cards: HashMap<QuestionKey, CardState>,
        session: StudySession,
        mode: Mode,
        now: Timestamp,
    ) -> StudyScreen {
        let mut screen = StudyScreen {
            library,
            scheduler,
            cards,
            session,
            mode,
            view: View::Summary,
            scroll: 0,
            notice: None,
            reason: None,
            question_started: now,
            logged: None,
            history: Vec::new(),
            started: now,
            next_due: None,
            language: None,
            english: false,
            flagged: std::collections::HashSet::new(),
        };
        screen.show_current(now);
        screen
    }

    /// The language questions are shown in now (`None`: English).
    pub fn shown_language(&self) -> Option<&str> {
        self.language.as_deref().filter(|_| !self.english)
    }

    /// The language `key` is shown in: the learner's, when it has a translation into it.
    pub fn language_of(&self, key: &QuestionKey) -> Option<&str> {
        self.shown_language()
            .filter(|l| self.library.has_translation(key, l))
    }

    /// A question as shown: translated when it can be, the English question otherwise.
    pub fn question(&self, key: &QuestionKey) -> Option<crate::deck::Question> {
        self.library.localized(key, self.shown_language())
    }

    /// Whether the current question can switch between a translation and English.
    fn translatable(&self) -> bool {
        match (&self.language, self.current_key()) {
            (Some(lang), Some(key)) => self.library.has_translation(key, lang),
            _ => false,
        }
    }

    /// The questions this session will ask, current first.
    pub fn queued_keys(&self) -> Vec<QuestionKey> {
        self.session.queued().cloned().collect()
    }

    pub fn current_key(&self) -> Option<&QuestionKey> {
        self.session.current()
    }

    pub fn card(&self, key: &QuestionKey) -> CardState {
        self.cards.get(key).cloned().unwrap_or_default()
    }

    /// Authored choice indices in display order for the current question.
    pub fn order(&self) -> Vec<usize> {
        let Some(key) = self.current_key() else {
            return Vec::new();
        };
        let Some((_, q)) = self.library.get(key) else {
            return Vec::new();
        };
        // Seeded by the review count before this answer, so feedback and undo keep the order.
        let reps = match &self.logged {
            Some((_, before)) => before.reps,
            None => self.card(key).reps,
        };
        shuffle::choice_order(&key.to_string(), reps, q.choices().len())
    }

    /// The four outcomes of answering the current question now (for the grade keys).
    pub fn outcomes(&self, now: Timestamp) -> Option<Outcomes> {
        let key = self.current_key()?;
        let card = self
            .logged
            .as_ref()
            .map(|(_, before)| before.clone())
            .unwrap_or_else(|| self.card(key));
        self.scheduler.outcomes(&key.to_string(), &card, now).ok()
    }

    fn show_current(&mut self, now: Timestamp) {
        self.scroll = 0;
        self.logged = None;
        self.question_started = now;
        self.view = if self.session.current().is_some() {
            View::Ask {
                picked: BTreeSet::new(),
                typed: tui_input::Input::default(),
            }
        } else {
            self.next_due = self
                .cards
                .values()
                .filter(|c| c.is_active(now))
                .filter_map(|c| c.due)
                .filter(|d| *d > now)
                .min();
            View::Summary
        };
    }

    pub fn is_typing(&self) -> bool {
        self.reason.is_some() || self.is_typing_answer()
    }

    fn is_typing_answer(&self) -> bool {
        matches!(self.view, View::Ask { .. })
            && self
                .current_key()
                .and_then(|k| self.library.get(k))
                .is_some_and(|(_, q)| matches!(q.body, Body::Typed { .. }))
    }

    /// Pasted text goes into a typed answer (one line: control characters and line breaks are
    /// dropped), up to the answer's length limit.
    pub fn paste(&mut self, text: &str) {
        if let Some(prompt) = &mut self.reason {
            prompt.paste(text);
            return;
        }
        if !self.is_typing() {
            return;
        }
        if let View::Ask { typed, .. } = &mut self.view {
            for c in text.chars().filter(|c| !c.is_control()) {
                if typed.value().chars().count() >= 200 {
                    break;
                }
                typed.handle(tui_input::InputRequest::InsertChar(c));
            }
        }
    }

    /// The actions this view responds to, in hint-bar order.
    pub fn actions(&self) -> Vec<Action> {
        let kind = self
            .current_key()
            .and_then(|k| self.library.get(k))
            .map(|(_, q)| q.kind());
        let mut actions = match (&self.view, kind) {
            (View::Ask { .. }, Some(crate::deck::Kind::Card)) => {
                vec![
                    Action::Reveal,
                    Action::ScrollDown,
                    Action::Undo,
                    Action::Bury,
                    Action::Suspend,
                    Action::Flag,
                    Action::Help,
                    Action::Back,
                ]
            }
            (View::Ask { .. }, Some(crate::deck::Kind::Typed)) => {
                vec![Action::Submit, Action::Back]
            }
            (View::Ask { .. } | View::Feedback { .. }, _) => {
                vec![
                    Action::Submit,
                    Action::ScrollDown,
                    Action::Undo,
                    Action::Bury,
                    Action::Suspend,
                    Action::Flag,
                    Action::Help,
                    Action::Back,
                ]
            }
            (View::Summary, _) => vec![Action::Undo, Action::Back, Action::Quit],
        };
        if self.translatable() && !matches!(self.view, View::Summary) {
            actions.insert(actions.len() - 1, Action::Language);
        }
        actions
    }

    /// Handles one key. Returns an effect for the app to carry out.
    pub fn handle(&mut self, key: Key, keymap: &Keymap, ctx: &Ctx) -> Option<Effect> {
        self.notice = None;
        match reason::feed(&mut self.reason, key, keymap, &mut self.notice) {
            reason::Fed::NotOpen => {}
            reason::Fed::Taken => return None,
            reason::Fed::Flag(reason) => {
                let key = self.current_key()?.clone();
                self.flagged.insert(key.clone());
                self.notice = Some(tr!("study-flagged"));
                return Some(Effect::Flag {
                    key,
                    on: true,
                    reason,
                });
            }
        }
        if self.is_typing() {
            return self.handle_typing(key, keymap, ctx);
        }
        // On a question with choices, a-f and 1-6 pick choices before any other binding.
        if let (View::Ask { .. }, KeyCodeOrd::Char(c)) = (&self.view, key.code)
            && !key.ctrl
            && !key.alt
            && let Some(position) = choice_position(c)
            && position < self.choice_count()
        {
            self.toggle(position);
            return None;
        }
        let mut candidates = self.actions();
        candidates.extend([
            Action::ScrollUp,
            Action::PageUp,
            Action::PageDown,
            Action::Quit,
        ]);
        if let Some(action) = keymap.action(key, &candidates) {
            return self.act(action, ctx);
        }
        match (&self.view, key.code) {
            (View::Feedback { .. }, KeyCodeOrd::Char(c @ '1'..='4')) if !key.ctrl && !key.alt => {
                let rating = Rating::from_number(i64::from(c as u8 - b'0'))?;
                self.grade(rating, ctx)
            }
            (View::Feedback { .. }, KeyCodeOrd::Char('o')) if self.can_overrule() => {
                self.overrule(ctx)
            }
            (View::Feedback { .. }, KeyCodeOrd::Char('e')) if !key.ctrl && !key.alt => {
                let key = self.current_key()?.clone();
                Some(Effect::Edit { key })
            }
            _ => None,
        }
    }

    fn choice_count(&self) -> usize {
        self.current_key()
            .and_then(|k| self.library.get(k))
            .map(|(_, q)| q.choices().len())
            .unwrap_or(0)
    }

    fn handle_typing(&mut self, key: Key, keymap: &Keymap, ctx: &Ctx) -> Option<Effect> {
        if let Some(action) = keymap.action(key, &[Action::Submit, Action::Back]) {
            return self.act(action, ctx);
        }
        // While typing, only a control-key binding switches the language: plain letters type.
        if key.ctrl && self.translatable() && keymap.action(key, &[Action::Language]).is_some() {
            return self.act(Action::Language, ctx);
        }
        if let View::Ask { typed, .. } = &mut self.view
            && let Some(request) = line_edit(key, typed.value().chars().count())
        {
            typed.handle(request);
        }
        None
    }

    fn act(&mut self, action: Action, ctx: &Ctx) -> Option<Effect> {
        match action {
            Action::Back | Action::Quit => Some(Effect::Home),
            Action::Language => {
                self.english = !self.english;
                self.notice = Some(if self.english {
                    tr!("study-showing-english")
                } else {
                    tr!("study-showing-translation")
                });
                None
            }
            Action::ScrollUp | Action::ScrollDown | Action::PageUp | Action::PageDown => {
                scroll(action, &mut self.scroll);
                None
            }
            Action::Submit => match &self.view {
                View::Ask { .. } => self.submit(ctx),
                View::Feedback { graded, .. } => {
                    let rating = graded.as_ref().map(|g| g.suggested).unwrap_or(Rating::Good);
                    self.grade(rating, ctx)
                }
                View::Summary => None,
            },
            Action::Reveal => {
                if matches!(self.view, View::Ask { .. }) {
                    self.view = View::Feedback {
                        answer: Answer::SelfGraded(Rating::Good),
                        graded: None,
                    };
                    self.scroll = 0;
                }
                None
            }
            Action::Undo => self.undo(ctx),
            Action::Bury | Action::Suspend => self.set_aside(action, ctx),
            Action::Flag => {
                // Flagging asks why first (optional); unflagging is at once.
                let key = self.current_key()?.clone();
                if self.flagged.remove(&key) {
                    self.notice = Some(tr!("study-unflagged"));
                    return Some(Effect::Flag {
                        key,
                        on: false,
                        reason: None,
                    });
                }
                self.reason = Some(reason::ReasonPrompt::default());
                None
            }
            _ => None,
        }
    }

    fn toggle(&mut self, position: usize) {
        let Some((_, question)) = self.current_key().and_then(|k| self.library.get(k)) else {
            return;
        };
        let count = question.choices().len();
        let single = question.kind() == crate::deck::Kind::Single;
        if position >= count {
            return;
        }
        if let View::Ask { picked, .. } = &mut self.view {
            if single {
                picked.clear();
                picked.insert(position);
            } else if !picked.remove(&position) {
                picked.insert(position);
            }
        }
    }

    /// Checks the answer, logs it at once (wrong: Again; right: Good until regraded) and
    /// shows the feedback.
    fn submit(&mut self, ctx: &Ctx) -> Option<Effect> {
        let key = self.current_key()?.clone();
        // As shown: a typed answer in the translation's words counts too.
        let question = self.question(&key)?;
        let question = &question;
        let View::Ask { picked, typed } = &self.view else {
            return None;
        };
        let answer = match &question.body {
            Body::Single { .. } | Body::Multi { .. } => {
                let need = question.select_count();
                if question.kind() == crate::deck::Kind::Multi && picked.len() != need {
                    self.notice = Some(tr!(
                        "study-select-exactly",
                        need = need,
                        selected = picked.len()
                    ));
                    return None;
                }
                if picked.is_empty() {
                    self.notice = Some(tr!("study-pick-first"));
                    return None;
                }
                let order = self.order();
                Answer::Choices(
                    picked
                        .iter()
                        .filter_map(|p| order.get(*p).copied())
                        .collect(),
                )
            }
            Body::Typed { .. } => {
                if typed.value().trim().is_empty() {
                    self.notice = Some(tr!("study-type-first"));
                    return None;
                }
                Answer::Typed(typed.value().to_string())
            }
            Body::Card { .. } => return None,
        };
        let graded = grade(question, &answer);
        let rating = graded.suggested;
        self.view = View::Feedback {
            answer,
            graded: Some(graded.clone()),
        };
        self.scroll = 0;
        Some(self.log(key, rating, graded, ctx))
    }

    /// Logs the answer to the current question with `rating`.
    fn log(&mut self, key: QuestionKey, rating: Rating, graded: Graded, ctx: &Ctx) -> Effect {
        let before = self.card(&key);
        let after = self
            .scheduler
            .apply(&key.to_string(), &before, rating, self.mode, ctx.now)
            .unwrap_or_else(|_| before.clone());
        let elapsed = ctx
            .now
            .duration_since(self.question_started)
            .as_millis()
            .max(0) as u64;
        let row = ReviewRow {
            id: ctx.fresh_id.clone(),
            key: key.clone(),
            reviewed_at: ctx.now,
            rating,
            mode: self.mode,
            correct: graded.correct,
            picked: graded.picked,
            elapsed_ms: elapsed,
            phase: before.phase,
            memory: None,
            interval_days: 0,
            due: None,
        }
        .with_states(&before, &after);
        let cram = self.mode == Mode::Cram;
        self.cards.insert(key.clone(), after.clone());
        self.logged = Some((row.clone(), before.clone()));
        self.history.push(Step::Answer(Answered {
            id: row.id.clone(),
            key,
            previous: (!cram).then_some(before),
            correct: graded.correct,
        }));
        Effect::Record { row }
    }

    /// Accepts the grade on the feedback view and moves on. A different grade for a right
    /// answer replaces the logged one; a wrong answer stays Again.
    fn grade(&mut self, rating: Rating, ctx: &Ctx) -> Option<Effect> {
        let View::Feedback { graded, .. } = &self.view else {
            return None;
        };
        let key = self.current_key()?.clone();
        let effect = match graded.clone() {
            // A flashcard is logged when the learner grades it.
            None => {
                let question = self.library.get(&key)?.1;
                let graded = grade(question, &Answer::SelfGraded(rating));
                Some(self.log(key, rating, graded, ctx))
            }
            Some(g) if !g.correct && rating != Rating::Again => {
                self.notice = Some(tr!("study-wrong-is-again"));
                return None;
            }
            Some(g) if rating != g.suggested => {
                let (old, before) = self.logged.clone()?;
                self.history.pop();
                self.cards.insert(key.clone(), before.clone());
                let again = Ctx {
                    now: old.reviewed_at,
                    fresh_id: ctx.fresh_id.clone(),
                };
                match self.log(key, rating, g, &again) {
                    Effect::Record { row } => Some(Effect::Regrade {
                        old_id: old.id,
                        row,
                    }),
                    other => Some(other),
                }
            }
            Some(_) => None,
        };
        let (correct, after) = match self.history.last()? {
            Step::Answer(last) => (last.correct, self.card(&last.key)),
            Step::SetAside { .. } => return effect,
        };
        self.session.answered(correct, &after, ctx.now);
        self.show_current(ctx.now);
        effect
    }

    /// A typed answer judged wrong whose words the deck did not foresee (a synonym, a Korean
    /// spelling): the learner may overrule the check.
    pub fn can_overrule(&self) -> bool {
        let typed = self
            .current_key()
            .and_then(|k| self.library.get(k))
            .is_some_and(|(_, q)| q.kind() == crate::deck::Kind::Typed);
        typed
            && self.logged.is_some()
            && matches!(&self.view, View::Feedback { graded: Some(g), .. } if !g.correct)
    }

    /// "I was right": the typed answer is logged again as right (Good) in place of the wrong
    /// one, and the session moves on.
    fn overrule(&mut self, ctx: &Ctx) -> Option<Effect> {
        let View::Feedback {
            graded: Some(g), ..
        } = &self.view
        else {
            return None;
        };
        let mut g = g.clone();
        g.correct = true;
        g.suggested = Rating::Good;
        let key = self.current_key()?.clone();
        let (old, before) = self.logged.clone()?;
        self.history.pop();
        self.cards.insert(key.clone(), before);
        let again = Ctx {
            now: old.reviewed_at,
            fresh_id: ctx.fresh_id.clone(),
        };
        let effect = match self.log(key.clone(), Rating::Good, g, &again) {
            Effect::Record { row } => Effect::Regrade {
                old_id: old.id,
                row,
            },
            other => other,
        };
        self.notice = Some(tr!("study-overruled"));
        let after = self.card(&key);
        self.session.answered(true, &after, ctx.now);
        self.show_current(ctx.now);
        Some(effect)
    }

    /// Takes back the last step: an answer (removed from the log, the card restored, the
    /// question shown again with the same choice order) or a bury or suspend (lifted, and the
    /// question shown again).
    fn undo(&mut self, ctx: &Ctx) -> Option<Effect> {
        // Undo on the feedback view takes back the answer just given.
        let on_feedback = matches!(self.view, View::Feedback { .. }) && self.logged.is_some();
        let last = match self.history.pop() {
            None => {
                self.notice = Some(tr!("study-nothing-to-undo"));
                return None;
            }
            Some(Step::SetAside { key, previous }) => {
                self.cards.insert(key.clone(), previous.clone());
                self.session.unskip(key.clone());
                self.show_current(ctx.now);
                self.notice = Some(tr!("study-undone-set-aside"));
                return Some(Effect::SetAside {
                    key,
                    suspended: previous.suspended,
                    buried_until: previous.buried_until,
                });
            }
            Some(Step::Answer(last)) => last,
        };
        if let Some(previous) = &last.previous {
            self.cards.insert(last.key.clone(), previous.clone());
        }
        if !on_feedback {
            self.session.undo(last.key.clone(), last.correct);
        }
        self.show_current(ctx.now);
        self.notice = Some(tr!("study-undone"));
        Some(Effect::Undo {
            id: last.id,
            key: last.key,
        })
    }

    fn set_aside(&mut self, action: Action, ctx: &Ctx) -> Option<Effect> {
        if self.logged.is_some() {
            self.notice = Some(tr!("study-grade-first"));
            return None;
        }
        let key = self.current_key()?.clone();
        let mut card = self.card(&key);
        self.history.push(Step::SetAside {
            key: key.clone(),
            previous: card.clone(),
        });
        if action == Action::Suspend {
            card.suspended = true;
            self.notice = Some(tr!("study-suspended"));
        } else {
            let days = self.scheduler.days();
            card.buried_until = Some(days.start_of(days.day(ctx.now) + 1));
            self.notice = Some(tr!("study-buried"));
        }
        self.cards.insert(key.clone(), card.clone());
        self.session.skip(ctx.now);
        self.show_current(ctx.now);
        Some(Effect::SetAside {
            key,
            suspended: card.suspended,
            buried_until: card.buried_until,
        })
    }
}

/// What a key does to a typed answer: a line editor's keys (tui-input does the editing).
pub(super) fn line_edit(key: Key, length: usize) -> Option<tui_input::InputRequest> {
    use tui_input::InputRequest as R;
    Some(match (key.code, key.ctrl, key.alt) {
        (KeyCodeOrd::Char(c), false, false) if length < 200 => R::InsertChar(c),
        (KeyCodeOrd::Backspace, _, _) => R::DeletePrevChar,
        (KeyCodeOrd::Delete, _, _) => R::DeleteNextChar,
        (KeyCodeOrd::Left, false, _) => R::GoToPrevChar,
        (KeyCodeOrd::Right, false, _) => R::GoToNextChar,
        (KeyCodeOrd::Left, true, _) => R::GoToPrevWord,
        (KeyCodeOrd::Right, true, _) => R::GoToNextWord,
        (KeyCodeOrd::Home, _, _) | (KeyCodeOrd::Char('a'), true, _) => R::GoToStart,
        (KeyCodeOrd::End, _, _) | (KeyCodeOrd::Char('e'), true, _) => R::GoToEnd,
        (KeyCodeOrd::Char('w'), true, _) => R::DeletePrevWord,
        (KeyCodeOrd::Char('u'), true, _) => R::DeleteFromStart,
        (KeyCodeOrd::Char('k'), true, _) => R::DeleteTillEnd,
        _ => return None,
    })
}
