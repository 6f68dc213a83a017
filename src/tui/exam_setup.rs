//! The mock exam setup screen (`e` on home when no exam is open): length, time (2 minutes a
//! question by default, and the 30 extra minutes AWS grants on request to candidates whose
//! first language is not English), domains and decks, and the mode: the faithful exam, or
//! practice, where each answer can be checked as you go. Enter starts the exam's intro.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

use super::app::ExamOptions;
use super::keymap::{Action, Key, KeyCodeOrd, Keymap};
use super::theme::Theme;
use super::widgets::{hint_bar, pad};
use super::{Ctx, Effect};
use crate::deck::Domain;
use crate::tr;

/// Minutes a question, as the real exam allows (130 for 65).
const MINUTES_PER_QUESTION: u32 = 2;
/// The accommodation for candidates whose first language is not English.
const ESL_MINUTES: u32 = 30;
const LENGTHS: [usize; 6] = [10, 20, 30, 40, 50, 65];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Row {
    Length,
    Esl,
    Domain,
    Deck,
    Mode,
}

const ROWS: [Row; 5] = [Row::Length, Row::Esl, Row::Domain, Row::Deck, Row::Mode];

pub struct ExamSetupScreen {
    /// Deck ids to choose from.
    pub decks: Vec<String>,
    pub questions: usize,
    pub esl: bool,
    /// `None`: every domain by the exam's weights.
    pub domain: Option<Domain>,
    /// `None`: every deck.
    pub deck: Option<usize>,
    /// Practice mode: Enter checks each answer (and shows why) as the learner goes.
    pub practice: bool,
    pub row: usize,
}

impl ExamSetupScreen {
    pub fn new(decks: Vec<String>) -> ExamSetupScreen {
        ExamSetupScreen {
            decks,
            questions: crate::exam::Blueprint::DEFAULT_QUESTIONS,
            esl: false,
            domain: None,
            deck: None,
            practice: false,
            row: 0,
        }
    }

    pub fn actions() -> [Action; 3] {
        [Action::Submit, Action::Help, Action::Back]
    }

    pub fn minutes(&self) -> u32 {
        let questions = u32::try_from(self.questions).unwrap_or(u32::MAX);
        questions.saturating_mul(MINUTES_PER_QUESTION) + if self.esl { ESL_MINUTES } else { 0 }
    }

    pub fn options(&self) -> ExamOptions {
        ExamOptions {
            questions: self.questions,
            minutes: self.minutes(),
            decks: self
                .deck
                .and_then(|i| self.decks.get(i))
                .cloned()
                .into_iter()
                .collect(),
            domains: self.domain.into_iter().collect(),
            seed: None,
            practice: self.practice,
        }
    }

    pub fn handle(&mut self, key: Key, keymap: &Keymap, _ctx: &Ctx) -> Option<Effect> {
        let step = match key.code {
            KeyCodeOrd::Left => Some(-1),
            KeyCodeOrd::Right | KeyCodeOrd::Char(' ') => Some(1),
            _ => None,
        };
        if let Some(step) = step {
            self.change(step);
            return None;
        }
        match keymap.action(
            key,
            &[
                Action::Submit,
                Action::ScrollUp,
                Action::ScrollDown,
                Action::Back,
                Action::Quit,
            ],
        )? {
            Action::Submit => Some(Effect::StartExam {
                options: Box::new(self.options()),
            }),
            Action::ScrollUp => {
                self.row = self.row.checked_sub(1).unwrap_or(ROWS.len() - 1);
                None
            }
            Action::ScrollDown => {
                self.row = (self.row + 1) % ROWS.len();
                None
            }
            Action::Back => Some(Effect::Home),
            Action::Quit => Some(Effect::Quit),
            _ => None,
        }
    }

    /// Moves the focused setting one step (`step` is -1 or 1), wrapping around.
    fn change(&mut self, step: isize) {
        let cycle = |i: usize, n: usize| (i as isize + step).rem_euclid(n as isize) as usize;
        match ROWS[self.row] {
            Row::Length => {
                let at = LENGTHS
                    .iter()
                    .position(|n| *n == self.questions)
                    .unwrap_or(LENGTHS.len() - 1);
                self.questions = LENGTHS[cycle(at, LENGTHS.len())];
            }
            Row::Esl => self.esl = !self.esl,
            Row::Domain => {
                // None, then each domain.
                let at = self
                    .domain
                    .and_then(|d| Domain::ALL.iter().position(|x| *x == d))
                    .map_or(0, |i| i + 1);
                let next = cycle(at, Domain::ALL.len() + 1);
                self.domain = next.checked_sub(1).map(|i| Domain::ALL[i]);
            }
            Row::Deck => {
                let at = self.deck.map_or(0, |i| i + 1);
                let next = cycle(at, self.decks.len() + 1);
                self.deck = next.checked_sub(1);
            }
            Row::Mode => self.practice = !self.practice,
        }
    }
}

pub struct ExamSetupView<'a> {
    pub screen: &'a ExamSetupScreen,
    pub theme: &'a Theme,
    pub keymap: &'a Keymap,
}

impl Widget for ExamSetupView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let t = self.theme;
        let s = self.screen;
        let [title, body, hints] = Layout::vertical([
            Constraint::Length(2),
            Constraint::Min(6),
            Constraint::Length(1),
        ])
        .areas(area);
        Paragraph::new(Line::styled(tr!("setup-title"), t.title)).render(title, buf);
        let value = |row: Row| match row {
            Row::Length => tr!("setup-questions", count = s.questions),
            Row::Esl => {
                if s.esl {
                    tr!("setup-esl-on", minutes = ESL_MINUTES)
                } else {
                    tr!("setup-esl-off")
                }
            }
            Row::Domain => match s.domain {
                Some(d) => crate::i18n::names::domain(d),
                None => tr!("setup-domains-all"),
            },
            Row::Deck => match s.deck.and_then(|i| s.decks.get(i)) {
                Some(id) => crate::deck::text::inert(id).into_owned(),
                None => tr!("setup-decks-all"),
            },
            Row::Mode => {
                if s.practice {
                    tr!("setup-mode-practice")
                } else {
                    tr!("setup-mode-exam")
                }
            }
        };
        let label = |row: Row| match row {
            Row::Length => tr!("setup-row-length"),
            Row::Esl => tr!("setup-row-esl"),
            Row::Domain => tr!("setup-row-domains"),
            Row::Deck => tr!("setup-row-decks"),
            Row::Mode => tr!("setup-row-mode"),
        };
        let mut lines = Vec::new();
        for (i, row) in ROWS.iter().enumerate() {
            let focused = i == s.row;
            lines.push(Line::from(vec![
                Span::styled(if focused { "> " } else { "  " }, t.key),
                Span::styled(pad(&label(*row), 22), t.dim),
                Span::styled(
                    format!("◀ {} ▶", value(*row)),
                    if focused { t.selected } else { t.text },
                ),
            ]));
        }
        lines.push(Line::raw(""));
        lines.push(Line::styled(
            tr!(
                "setup-summary",
                questions = s.questions,
                minutes = s.minutes()
            ),
            t.text,
        ));
        lines.push(Line::styled(tr!("setup-explain"), t.dim));
        Paragraph::new(lines)
            .wrap(ratatui::widgets::Wrap { trim: false })
            .render(body, buf);
        let mut h = self.keymap.hints(&ExamSetupScreen::actions());
        h[0].1 = tr!("setup-hint-start");
        h.insert(1, ("↑↓".into(), tr!("setup-hint-choose")));
        h.insert(2, ("←→".into(), tr!("setup-hint-change")));
        Paragraph::new(hint_bar(&h, t, hints.width)).render(hints, buf);
    }
}
