//! The question browser: every question with a search box and state filters; for the
//! selected one its text, schedule and answer history; suspend, flag and cram from here.
//! State and keys only: the app loads the data and carries out the effects.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use jiff::Timestamp;

use super::keymap::{Action, Key, KeyCodeOrd, Keymap};
use super::{Ctx, Effect, reason};
use crate::deck::{Library, QuestionKey};
use crate::sched::{CardState, Phase, Scheduler};
use crate::store::ReviewRow;
use crate::study::Filter;
use crate::tr;

/// Which questions the list shows besides the search.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StateFilter {
    All,
    New,
    Due,
    Learning,
    Suspended,
    Leeches,
    Flagged,
    Buried,
    /// Answered wrong at least once in the last N days.
    Missed(i64),
}

impl StateFilter {
    const CYCLE: [StateFilter; 10] = [
        StateFilter::All,
        StateFilter::Due,
        StateFilter::New,
        StateFilter::Learning,
        StateFilter::Suspended,
        StateFilter::Leeches,
        StateFilter::Flagged,
        StateFilter::Buried,
        StateFilter::Missed(7),
        StateFilter::Missed(30),
    ];

    /// The filter's name in the interface language.
    pub fn label(self) -> String {
        match self {
            StateFilter::All => tr!("browser-filter-all"),
            StateFilter::New => tr!("browser-filter-new"),
            StateFilter::Due => tr!("browser-filter-due"),
            StateFilter::Learning => tr!("browser-filter-learning"),
            StateFilter::Suspended => tr!("browser-filter-suspended"),
            StateFilter::Leeches => tr!("browser-filter-leeches"),
            StateFilter::Flagged => tr!("browser-filter-flagged"),
            StateFilter::Buried => tr!("browser-filter-buried"),
            StateFilter::Missed(days) => tr!("browser-filter-missed", days = days),
        }
    }

    fn next(self) -> StateFilter {
        let i = Self::CYCLE.iter().position(|f| *f == self).unwrap_or(0);
        Self::CYCLE[(i + 1) % Self::CYCLE.len()]
    }
}

/// What the browser is given when it opens.
pub struct BrowserData {
    pub cards: HashMap<QuestionKey, CardState>,
    /// Every logged answer, oldest first.
    pub reviews: Vec<ReviewRow>,
    pub flagged: HashSet<QuestionKey>,
    /// Why flagged questions were flagged, where the learner said.
    pub reasons: HashMap<QuestionKey, String>,
}

pub struct BrowserScreen {
    pub library: Arc<Library>,
    pub scheduler: Arc<Scheduler>,
    pub cards: HashMap<QuestionKey, CardState>,
    pub history: HashMap<QuestionKey, Vec<ReviewRow>>,
    pub flagged: HashSet<QuestionKey>,
    pub reasons: HashMap<QuestionKey, String>,
    /// The flag key's "why is it faulty?" prompt, while it is open.
    pub reason: Option<reason::ReasonPrompt>,
    pub query: String,
    /// Keys go to the search box.
    pub searching: bool,
    pub filter: StateFilter,
    /// Questions shown, in library order.
    pub matches: Vec<QuestionKey>,
    pub cursor: usize,
    pub notice: Option<String>,
    pub now: Timestamp,
    /// A question the learner asked to forget, waiting for y.
    pub confirm_forget: Option<QuestionKey>,
    /// The question forgotten last here, which u brings back.
    pub undo_forget: Option<QuestionKey>,
}

impl BrowserScreen {
    pub fn new(
        library: Arc<Library>,
        scheduler: Arc<Scheduler>,
        data: BrowserData,
        now: Timestamp,
    ) -> BrowserScreen {
        let mut history: HashMap<QuestionKey, Vec<ReviewRow>> = HashMap::new();
        for row in data.reviews {
            history.entry(row.key.clone()).or_default().push(row);
        }
        let mut screen = BrowserScreen {
            library,
            scheduler,
            cards: data.cards,
            history,
            flagged: data.flagged,
            reasons: data.reasons,
            reason: None,
            query: String::new(),
            searching: false,
            filter: StateFilter::All,
            matches: Vec::new(),
            cursor: 0,
            notice: None,
            now,
            confirm_forget: None,
            undo_forget: None,
        };
        screen.refresh();
        screen
    }

    pub fn actions(&self) -> Vec<Action> {
        let mut actions = vec![
            Action::ScrollDown,
            Action::Suspend,
            Action::Bury,
            Action::Flag,
            Action::Forget,
            Action::Cram,
            Action::Help,
            Action::Back,
        ];
        if self.undo_forget.is_some() {
            actions.insert(0, Action::Undo);
        }
        actions
    }

    pub fn selected(&self) -> Option<&QuestionKey> {
        self.matches.get(self.cursor)
    }

    pub fn card(&self, key: &QuestionKey) -> CardState {
        self.cards.get(key).cloned().unwrap_or_default()
    }

    /// Recomputes the list from the search and the filter.
    pub fn refresh(&mut self) {
        let needle = self.query.to_lowercase();
        let threshold = self.scheduler.config().leech_lapses;
        self.matches = self
            .library
            .questions()
            .filter(|(key, deck, q)| {
                let text_match = needle.is_empty()
                    || [
                        key.to_string(),
                        q.prompt.clone(),
                        deck.title.clone(),
                        q.topics.join(" "),
                        q.task.map(|t| t.to_string()).unwrap_or_default(),
                        q.kind().to_string(),
                        q.domain.to_string(),
                    ]
                    .iter()
                    .any(|field| field.to_lowercase().contains(&needle));
                let card = self.cards.get(key);
                let state_match = match self.filter {
                    StateFilter::All => true,
                    StateFilter::New => card.is_none_or(|c| c.phase == Phase::New),
                    StateFilter::Due => card.is_some_and(|c| !c.suspended && c.is_due(self.now)),
                    StateFilter::Learning => {
                        card.is_some_and(|c| matches!(c.phase, Phase::Learning | Phase::Relearning))
                    }
                    StateFilter::Suspended => card.is_some_and(|c| c.suspended),
                    StateFilter::Leeches => card.is_some_and(|c| c.lapses >= threshold),
                    StateFilter::Flagged => self.flagged.contains(key),
                    StateFilter::Buried => {
                        card.is_some_and(|c| c.buried_until.is_some_and(|u| u > self.now))
                    }
                    StateFilter::Missed(days) => {
                        let since = self.now - jiff::SignedDuration::from_hours(24 * days);
                        self.history.get(key).is_some_and(|rows| {
                            rows.iter().any(|r| !r.correct && r.reviewed_at >= since)
                        })
                    }
                };
                text_match && state_match
            })
            .map(|(key, _, _)| key)
            .collect();
        self.cursor = self.cursor.min(self.matches.len().saturating_sub(1));
    }

    pub fn handle(&mut self, key: Key, keymap: &Keymap, ctx: &Ctx) -> Option<Effect> {
        self.notice = None;
        match reason::feed(&mut self.reason, key, keymap, &mut self.notice) {
            reason::Fed::NotOpen => {}
            reason::Fed::Taken => return None,
            reason::Fed::Flag(reason) => {
                let key = self.selected()?.clone();
                self.flagged.insert(key.clone());
                match &reason {
                    Some(r) => self.reasons.insert(key.clone(), r.clone()),
                    None => self.reasons.remove(&key),
                };
                self.notice = Some(tr!("browser-notice-flagged", key = key.to_string()));
                return Some(Effect::Flag {
                    key,
                    on: true,
                    reason,
                });
            }
        }
        if let Some(forget) = self.confirm_forget.take() {
            if key.code == KeyCodeOrd::Char('y') && !key.ctrl && !key.alt {
                self.cards.remove(&forget);
                self.notice = Some(tr!("browser-notice-forgotten", key = forget.to_string()));
                self.undo_forget = Some(forget.clone());
                return Some(Effect::Forget { key: forget });
            }
            self.notice = Some(tr!("browser-notice-forget-cancelled"));
            return None;
        }
        if self.searching {
            match key.code {
                KeyCodeOrd::Enter | KeyCodeOrd::Esc => self.searching = false,
                KeyCodeOrd::Backspace => {
                    self.query.pop();
                    self.refresh();
                }
                KeyCodeOrd::Char(c) if !key.ctrl && !key.alt => {
                    self.query.push(c);
                    self.cursor = 0;
                    self.refresh();
                }
                _ => {}
            }
            return None;
        }
        match key.code {
            KeyCodeOrd::Char('/') if !key.ctrl => {
                self.searching = true;
                return None;
            }
            KeyCodeOrd::Char('e') if !key.ctrl && !key.alt => {
                let key = self.selected()?.clone();
                return Some(Effect::Edit { key });
            }
            KeyCodeOrd::Char('f') if !key.ctrl => {
                self.filter = self.filter.next();
                self.cursor = 0;
                self.refresh();
                return None;
            }
            _ => {}
        }
        let last = self.matches.len().saturating_sub(1);
        match keymap.action(
            key,
            &[
                Action::ScrollUp,
                Action::ScrollDown,
                Action::PageUp,
                Action::PageDown,
                Action::Suspend,
                Action::Bury,
                Action::Flag,
                Action::Forget,
                Action::Cram,
                Action::Undo,
                Action::Back,
                Action::Quit,
            ],
        )? {
            Action::Undo => {
                let key = self.undo_forget.take()?;
                self.notice = Some(tr!("browser-notice-unforgotten", key = key.to_string()));
                return Some(Effect::UndoForget { key });
            }
            Action::ScrollUp => self.cursor = self.cursor.saturating_sub(1),
            Action::ScrollDown => self.cursor = (self.cursor + 1).min(last),
            Action::PageUp => self.cursor = self.cursor.saturating_sub(10),
            Action::PageDown => self.cursor = (self.cursor + 10).min(last),
            Action::Suspend => {
                let key = self.selected()?.clone();
                let mut card = self.card(&key);
                card.suspended = !card.suspended;
                self.notice = Some(if card.suspended {
                    tr!("browser-notice-suspended", key = key.to_string())
                } else {
                    tr!("browser-notice-unsuspended", key = key.to_string())
                });
                let effect = Effect::SetAside {
                    key: key.clone(),
                    suspended: card.suspended,
                    buried_until: card.buried_until,
                };
                self.cards.insert(key, card);
                return Some(effect);
            }
            Action::Forget => {
                let key = self.selected()?.clone();
                self.notice = Some(tr!("browser-notice-forget-confirm", key = key.to_string()));
                self.confirm_forget = Some(key);
                return None;
            }
            Action::Bury => {
                // Buried until the next study day begins; a second press lifts it.
                let key = self.selected()?.clone();
                let mut card = self.card(&key);
                let buried = card.buried_until.is_some_and(|until| until > ctx.now);
                let days = self.scheduler.days();
                card.buried_until = (!buried).then(|| days.start_of(days.day(ctx.now) + 1));
                self.notice = Some(if buried {
                    tr!("browser-notice-unburied", key = key.to_string())
                } else {
                    tr!("browser-notice-buried", key = key.to_string())
                });
                let effect = Effect::SetAside {
                    key: key.clone(),
                    suspended: card.suspended,
                    buried_until: card.buried_until,
                };
                self.cards.insert(key, card);
                return Some(effect);
            }
            Action::Flag => {
                // Flagging asks why first (optional); unflagging is at once.
                let key = self.selected()?.clone();
                if self.flagged.remove(&key) {
                    self.reasons.remove(&key);
                    self.notice = Some(tr!("browser-notice-unflagged", key = key.to_string()));
                    return Some(Effect::Flag {
                        key,
                        on: false,
                        reason: None,
                    });
                }
                self.reason = Some(reason::ReasonPrompt::default());
                return None;
            }
            Action::Cram => {
                if self.matches.is_empty() {
                    self.notice = Some(tr!("browser-notice-nothing-to-cram"));
                    return None;
                }
                return Some(Effect::StartStudy {
                    filter: Filter {
                        only: Some(self.matches.iter().cloned().collect()),
                        ..Filter::default()
                    },
                    cram: true,
                });
            }
            Action::Back | Action::Quit => return Some(Effect::Home),
            _ => {}
        }
        None
    }
}
