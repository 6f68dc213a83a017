//! The exam plan screen (`p` on home): book the exam date from inside the app, see the daily
//! load it implies and whether it is feasible, or clear it. `saa plan` does the same from the
//! command line, and sets the buffer and the recall target too.

use jiff::civil::Date;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::keymap::{Action, Key, KeyCodeOrd, Keymap};
use super::theme::Theme;
use super::widgets::hint_bar;
use super::{Ctx, Effect};
use crate::sched::{ExamPlan, plan};
use crate::tr;

/// What the screen shows, read when it opens.
#[derive(Debug, Clone, PartialEq)]
pub struct PlanData {
    pub current: Option<ExamPlan>,
    /// Questions never answered, in every loaded deck.
    pub unseen: usize,
    pub today: Date,
    /// The learner's daily review limit (config.toml).
    pub reviews_per_day: u32,
}

pub struct PlanScreen {
    pub data: PlanData,
    /// The date as typed, YYYY-MM-DD.
    pub input: String,
    pub notice: Option<String>,
}

impl PlanScreen {
    pub fn new(data: PlanData) -> PlanScreen {
        let input = data
            .current
            .map(|p| p.exam_date.to_string())
            .unwrap_or_default();
        PlanScreen {
            data,
            input,
            notice: None,
        }
    }

    pub fn actions() -> [Action; 3] {
        [Action::Submit, Action::Help, Action::Back]
    }

    pub fn handle(&mut self, key: Key, keymap: &Keymap, _ctx: &Ctx) -> Option<Effect> {
        if !key.ctrl && !key.alt {
            match key.code {
                KeyCodeOrd::Char(c) if c.is_ascii_digit() || c == '-' => {
                    if self.input.len() < 10 {
                        self.input.push(c);
                    }
                    return None;
                }
                KeyCodeOrd::Backspace => {
                    self.input.pop();
                    return None;
                }
                KeyCodeOrd::Char('x') if self.data.current.is_some() => {
                    return Some(Effect::SetPlan { plan: None });
                }
                _ => {}
            }
        }
        match keymap.action(key, &[Action::Submit, Action::Back, Action::Quit]) {
            Some(Action::Submit) => self.submit(),
            Some(Action::Back) => Some(Effect::Home),
            Some(Action::Quit) => Some(Effect::Quit),
            _ => None,
        }
    }

    fn submit(&mut self) -> Option<Effect> {
        let Ok(date) = self.input.parse::<Date>() else {
            self.notice = Some(tr!("plan-bad-date", input = self.input.as_str()));
            return None;
        };
        if date <= self.data.today {
            self.notice = Some(tr!("plan-date-not-ahead", date = date.to_string()));
            return None;
        }
        let mut plan = self.data.current.unwrap_or_else(|| ExamPlan::new(date));
        plan.exam_date = date;
        if let Some(problem) = plan.problem() {
            self.notice = Some(problem);
            return None;
        }
        Some(Effect::SetPlan { plan: Some(plan) })
    }
}

pub struct PlanView<'a> {
    pub screen: &'a PlanScreen,
    pub theme: &'a Theme,
    pub keymap: &'a Keymap,
}

impl Widget for PlanView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let t = self.theme;
        let s = self.screen;
        let d = &s.data;
        let [title, body, hints] = Layout::vertical([
            Constraint::Length(2),
            Constraint::Min(4),
            Constraint::Length(1),
        ])
        .areas(area);
        Paragraph::new(Line::styled(tr!("plan-title"), t.title)).render(title, buf);

        let mut lines = Vec::new();
        match &d.current {
            Some(p) => {
                let left = i64::from((p.exam_date - d.today).get_days());
                lines.push(Line::styled(
                    tr!(
                        "plan-current",
                        date = p.exam_date.to_string(),
                        left = left,
                        target = format!("{:.0}", p.target * 100.0),
                        buffer = p.buffer_days
                    ),
                    t.text,
                ));
                if left > 0 {
                    // Day numbers counted from today.
                    let per_day = plan::new_per_day(d.unseen, 0, left, p.buffer_days);
                    let load = per_day.saturating_mul(plan::REVIEWS_PER_NEW_QUESTION);
                    lines.push(Line::styled(
                        tr!(
                            "plan-load",
                            unseen = d.unseen,
                            per_day = per_day,
                            load = load
                        ),
                        t.text,
                    ));
                    if load > d.reviews_per_day || left <= i64::from(p.buffer_days) {
                        lines.push(Line::styled(
                            tr!("plan-infeasible", limit = d.reviews_per_day),
                            t.warning,
                        ));
                    }
                }
            }
            None => lines.push(Line::styled(tr!("plan-none"), t.text)),
        }
        lines.push(Line::raw(""));
        lines.push(Line::from(vec![
            ratatui::text::Span::styled(tr!("plan-date-label"), t.dim),
            ratatui::text::Span::styled(format!(" {}▏", s.input), t.key),
        ]));
        if let Some(n) = &s.notice {
            lines.push(Line::styled(n.clone(), t.warning));
        }
        lines.push(Line::raw(""));
        lines.push(Line::styled(tr!("plan-explain"), t.dim));
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .render(body, buf);

        let mut h = self.keymap.hints(&PlanScreen::actions());
        h[0].1 = tr!("plan-hint-save");
        if d.current.is_some() {
            h.insert(1, ("x".into(), tr!("plan-hint-clear")));
        }
        Paragraph::new(hint_bar(&h, t, hints.width)).render(hints, buf);
    }
}
