//! The home screen: decks with new / due / learned counts, today's totals, mastery by domain,
//! warnings for decks that failed to load, and the ways in.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

use super::keymap::{Action, Key, KeyCodeOrd, Keymap};
use super::theme::Theme;
use super::widgets::{bar, hint_bar, pad, pad_left};
use super::{Ctx, Effect};
use crate::deck::Domain;
use crate::stats::DeckCounts;
use crate::study::Filter;
use crate::tr;

#[derive(Debug, Clone, Default, PartialEq)]
pub struct HomeData {
    /// (deck id, title, counts)
    pub decks: Vec<(String, String, DeckCounts)>,
    pub reviewed_today: u32,
    pub correct_today: u32,
    /// Of `reviewed_today`, answers given in cram (which leave the schedule alone).
    pub cram_today: u32,
    pub mastery: Vec<(Domain, f64, usize)>,
    /// Decks that failed to load, notices about replaced decks, config problems.
    pub warnings: Vec<String>,
    /// An unfinished mock exam: (answered, questions, milliseconds left).
    pub open_exam: Option<(usize, usize, i64)>,
    /// With an exam date set: "Exam 2027-01-20 (D-49) · today 10 new, 35 due".
    pub plan: Option<String>,
    /// What Enter studies now: (new, due).
    pub up_next: (usize, usize),
}

pub struct HomeScreen {
    pub data: HomeData,
    /// 0 = all decks, 1.. = one deck.
    pub cursor: usize,
}

impl HomeScreen {
    pub fn new(data: HomeData) -> HomeScreen {
        HomeScreen { data, cursor: 0 }
    }

    pub fn actions() -> [Action; 10] {
        [
            Action::Study,
            Action::Exam,
            Action::Stats,
            Action::History,
            Action::Decks,
            Action::Browse,
            Action::Plan,
            Action::Cram,
            Action::Help,
            Action::Quit,
        ]
    }

    fn filter(&self) -> Filter {
        match self
            .cursor
            .checked_sub(1)
            .and_then(|i| self.data.decks.get(i))
        {
            Some((id, _, _)) => Filter {
                decks: vec![id.clone()],
                ..Filter::default()
            },
            None => Filter::default(),
        }
    }

    pub fn handle(&mut self, key: Key, keymap: &Keymap, _ctx: &Ctx) -> Option<Effect> {
        let rows = self.data.decks.len() + 1;
        let candidates = [
            Action::Study,
            Action::Exam,
            Action::Stats,
            Action::Decks,
            Action::Browse,
            Action::History,
            Action::Plan,
            Action::Cram,
            Action::ScrollUp,
            Action::ScrollDown,
            Action::Quit,
            Action::Back,
        ];
        match keymap.action(key, &candidates) {
            Some(Action::Exam) => Some(Effect::NewExam),
            Some(Action::Stats) => Some(Effect::Stats),
            Some(Action::Decks) => Some(Effect::Decks),
            Some(Action::Browse) => Some(Effect::Browse),
            Some(Action::Plan) => Some(Effect::Plan),
            Some(Action::History) => Some(Effect::ExamHistory),
            Some(Action::Study) => Some(Effect::StartStudy {
                filter: self.filter(),
                cram: false,
            }),
            Some(Action::Cram) => Some(Effect::StartStudy {
                filter: self.filter(),
                cram: true,
            }),
            Some(Action::ScrollUp) => {
                self.cursor = self.cursor.checked_sub(1).unwrap_or(rows - 1);
                None
            }
            Some(Action::ScrollDown) => {
                self.cursor = (self.cursor + 1) % rows;
                None
            }
            // Esc is "back" everywhere else; on home it must not quit by surprise.
            Some(Action::Quit) => Some(Effect::Quit),
            _ => {
                if let KeyCodeOrd::Home = key.code {
                    self.cursor = 0;
                }
                None
            }
        }
    }
}

pub struct HomeView<'a> {
    pub screen: &'a HomeScreen,
    pub theme: &'a Theme,
    pub keymap: &'a Keymap,
}

impl Widget for HomeView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let t = self.theme;
        let d = &self.screen.data;
        let warn_rows = d.warnings.len().min(3) as u16
            + u16::from(d.open_exam.is_some())
            + u16::from(d.plan.is_some());
        let [title, decks, mastery, warnings, hints] = Layout::vertical([
            Constraint::Length(2),
            Constraint::Min(4),
            Constraint::Length(6),
            Constraint::Length(warn_rows),
            Constraint::Length(1),
        ])
        .areas(area);

        let mut today = tr!("home-today", answered = d.reviewed_today);
        if d.cram_today > 0 {
            today += &tr!("home-today-cram", cram = d.cram_today);
        }
        if d.reviewed_today > 0 {
            let percent = (d.correct_today as f64 * 100.0 / d.reviewed_today as f64).round();
            today += &tr!("home-today-right", percent = percent);
        }
        Paragraph::new(Line::from(vec![
            Span::styled("saa", t.title),
            Span::styled(format!(" · {}", tr!("home-tagline")), t.dim),
            Span::styled(format!("   {today}"), t.text),
            Span::styled(
                format!(
                    "   {}",
                    tr!("home-up-next", new = d.up_next.0, due = d.up_next.1)
                ),
                t.dim,
            ),
        ]))
        .render(title, buf);

        let name_width = (decks.width as usize).saturating_sub(24).min(56);
        let mut lines = vec![Line::styled(
            format!(
                "  {} {} {} {}",
                pad(&tr!("home-column-deck"), name_width),
                pad_left(&tr!("home-column-new"), 5),
                pad_left(&tr!("home-column-due"), 5),
                pad_left(&tr!("home-column-learned"), 8)
            ),
            t.dim,
        )];
        let total = d
            .decks
            .iter()
            .fold(DeckCounts::default(), |a, (_, _, c)| DeckCounts {
                new: a.new + c.new,
                due: a.due + c.due,
                learned: a.learned + c.learned,
            });
        let rows = std::iter::once((tr!("home-all-decks"), &total)).chain(
            d.decks
                .iter()
                .map(|(id, title, c)| (format!("{id}: {title}"), c)),
        );
        let visible = decks.height.saturating_sub(1) as usize;
        let first = self.screen.cursor.saturating_sub(visible.saturating_sub(1));
        for (i, (name, c)) in rows.enumerate().skip(first).take(visible) {
            let name = truncate(&crate::deck::text::inert(&name), name_width);
            let style = if i == self.screen.cursor {
                t.selected
            } else {
                t.text
            };
            lines.push(Line::styled(
                format!(
                    "{} {} {:>5} {:>5} {:>8}",
                    if i == self.screen.cursor { ">" } else { " " },
                    pad(&name, name_width),
                    c.new,
                    c.due,
                    c.learned
                ),
                style,
            ));
        }
        Paragraph::new(lines).render(decks, buf);

        let mut m = vec![Line::styled(tr!("home-mastery-title"), t.dim)];
        for (domain, value, n) in &d.mastery {
            m.push(Line::from(vec![
                Span::styled(
                    format!(
                        "  {}",
                        pad(
                            &format!(
                                "{} ({}%)",
                                crate::i18n::names::domain(*domain),
                                domain.weight_percent()
                            ),
                            43
                        )
                    ),
                    t.text,
                ),
                // 45 columns of label, 18 of figures: the bar takes what is left, up to 20.
                Span::styled(
                    bar(
                        *value,
                        (mastery.width as usize).saturating_sub(63).clamp(8, 20),
                    ),
                    t.bar,
                ),
                Span::styled(
                    format!(
                        " {:>3.0}%  {}",
                        value * 100.0,
                        tr!("home-questions", count = *n)
                    ),
                    t.text,
                ),
            ]));
        }
        Paragraph::new(m).render(mastery, buf);

        let mut w: Vec<Line> = Vec::new();
        if let Some((answered, total, left)) = d.open_exam {
            let secs = left.max(0) / 1000;
            w.push(Line::from(vec![
                Span::styled(
                    format!(
                        "{} ",
                        tr!(
                            "home-open-exam",
                            answered = answered,
                            total = total,
                            left =
                                format!("{}:{:02}:{:02}", secs / 3600, secs / 60 % 60, secs % 60)
                        )
                    ),
                    t.title,
                ),
                Span::styled(
                    tr!(
                        "home-open-exam-resume",
                        key = self.keymap.key_label(Action::Exam)
                    ),
                    t.key,
                ),
            ]));
        }
        if let Some(plan) = &d.plan {
            w.push(Line::styled(
                truncate(plan, warnings.width as usize),
                t.text,
            ));
        }
        w.extend(d.warnings.iter().take(3).map(|x| {
            Line::styled(
                format!("⚠ {}", truncate(x, warnings.width as usize - 2)),
                t.warning,
            )
        }));
        Paragraph::new(w).render(warnings, buf);

        let mut h = self.keymap.hints(&HomeScreen::actions());
        h[0].1 = tr!("hint-study");
        Paragraph::new(hint_bar(&h, t, hints.width)).render(hints, buf);
    }
}

fn truncate(s: &str, width: usize) -> String {
    use unicode_width::UnicodeWidthChar;
    let mut out = String::new();
    let mut used = 0;
    for c in s.chars() {
        let w = c.width().unwrap_or(0);
        if used + w > width.saturating_sub(1) && used + w > width {
            break;
        }
        if used + w > width {
            break;
        }
        out.push(c);
        used += w;
    }
    if out.len() < s.len() && width > 1 {
        out.pop();
        out.push('…');
    }
    out
}
