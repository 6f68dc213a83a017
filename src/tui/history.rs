//! Past mock exams: each attempt's date, estimated score and result; Enter opens its results
//! and the review of every answer.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget};

use super::keymap::{Action, Key, Keymap};
use super::theme::Theme;
use super::widgets::{hint_bar, pad, pad_left};
use super::{Ctx, Effect};
use crate::exam::PASS_SCALED;
use crate::store::ExamRecord;
use crate::tr;
use unicode_width::UnicodeWidthStr;

pub struct HistoryScreen {
    /// Newest first.
    pub records: Vec<ExamRecord>,
    pub cursor: usize,
}

impl HistoryScreen {
    pub fn new(mut records: Vec<ExamRecord>) -> HistoryScreen {
        records.reverse();
        HistoryScreen { records, cursor: 0 }
    }

    pub fn actions() -> [Action; 4] {
        [
            Action::Submit,
            Action::ScrollDown,
            Action::Help,
            Action::Back,
        ]
    }

    pub fn handle(&mut self, key: Key, keymap: &Keymap, _ctx: &Ctx) -> Option<Effect> {
        let last = self.records.len().saturating_sub(1);
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
            Action::Submit => self
                .records
                .get(self.cursor)
                .map(|r| Effect::ReviewExam { id: r.id.clone() }),
            Action::ScrollUp => {
                self.cursor = self.cursor.saturating_sub(1);
                None
            }
            Action::ScrollDown => {
                self.cursor = (self.cursor + 1).min(last);
                None
            }
            _ => Some(Effect::Home),
        }
    }
}

pub struct HistoryView<'a> {
    pub screen: &'a HistoryScreen,
    pub theme: &'a Theme,
    pub keymap: &'a Keymap,
}

impl Widget for HistoryView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let t = self.theme;
        let s = self.screen;
        let [title, body, hints] = Layout::vertical([
            Constraint::Length(2),
            Constraint::Min(1),
            Constraint::Length(1),
        ])
        .areas(area);
        Paragraph::new(Line::styled(tr!("exam-history-title"), t.title)).render(title, buf);
        let (pass, fail) = (tr!("exam-history-pass"), tr!("exam-history-fail"));
        // The verdict column is as wide as its longest word ("불합격" takes six cells).
        let verdict_width = pass.width().max(fail.width()).max(4);
        let mut lines = Vec::new();
        if s.records.is_empty() {
            lines.push(Line::styled(tr!("exam-history-empty"), t.dim));
        } else {
            lines.push(Line::styled(
                format!(
                    "  {} {}  {} {} {}",
                    pad(&tr!("exam-history-column-started"), 17),
                    pad_left(&tr!("exam-history-column-score"), 6),
                    pad("", verdict_width),
                    pad_left(&tr!("exam-history-column-right"), 9),
                    pad_left(&tr!("exam-history-column-answered"), 9)
                ),
                t.dim,
            ));
        }
        let visible = body.height.saturating_sub(1) as usize;
        let first = s.cursor.saturating_sub(visible.saturating_sub(1));
        for (i, r) in s.records.iter().enumerate().skip(first).take(visible) {
            let verdict = if r.scaled >= PASS_SCALED {
                &pass
            } else {
                &fail
            };
            let style = if i == s.cursor { t.selected } else { t.text };
            lines.push(Line::styled(
                format!(
                    "{} {:<17} {:>6}  {} {:>4}/{:<4} {:>4}/{:<4}",
                    if i == s.cursor { ">" } else { " " },
                    r.started_at.strftime("%Y-%m-%d %H:%M"),
                    r.scaled,
                    pad(verdict, verdict_width),
                    r.correct,
                    r.questions,
                    r.answered,
                    r.questions
                ) + &if r.practice {
                    format!("  {}", tr!("exam-history-practice"))
                } else {
                    String::new()
                },
                style,
            ));
        }
        Paragraph::new(lines).render(body, buf);
        let mut h = self.keymap.hints(&HistoryScreen::actions());
        h[0].1 = tr!("hint-review");
        Paragraph::new(hint_bar(&h, t, hints.width)).render(hints, buf);
    }
}
