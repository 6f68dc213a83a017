//! Drawing the question browser: the list on the left, the selected question's text, schedule
//! and history on the right, the search and filter on top.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

use super::browser::BrowserScreen;
use super::keymap::Keymap;
use super::theme::Theme;
use super::widgets::hint_bar;
use super::wrap::wrap;
use crate::deck::text::inert;
use crate::sched::Phase;
use crate::tr;

pub struct BrowserView<'a> {
    pub screen: &'a BrowserScreen,
    pub theme: &'a Theme,
    pub keymap: &'a Keymap,
}

impl Widget for BrowserView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let s = self.screen;
        let t = self.theme;
        let [header, body, notice, hints] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Min(1),
            Constraint::Length(1),
            Constraint::Length(1),
        ])
        .areas(area);
        let search = if s.searching {
            format!("search: {}▏", s.query)
        } else if s.query.is_empty() {
            "/ search".to_string()
        } else {
            format!("search: {}", s.query)
        };
        Paragraph::new(Line::from(vec![
            Span::styled("Browse", t.title),
            Span::styled(
                format!(
                    "  {} of {} · f filter: {} · {search}",
                    s.matches.len(),
                    s.library.questions().count(),
                    s.filter.label()
                ),
                t.dim,
            ),
        ]))
        .render(header, buf);

        let list_width = (body.width / 3).clamp(24, 40);
        let [list, detail] =
            Layout::horizontal([Constraint::Length(list_width), Constraint::Min(20)]).areas(body);
        let rows = list.height as usize;
        let first = s.cursor.saturating_sub(rows.saturating_sub(1));
        let items: Vec<Line> = s
            .matches
            .iter()
            .enumerate()
            .skip(first)
            .take(rows)
            .map(|(i, key)| {
                let card = s.card(key);
                let mark = if card.suspended {
                    "s"
                } else if s.flagged.contains(key) {
                    "!"
                } else {
                    match card.phase {
                        Phase::New => "·",
                        Phase::Learning | Phase::Relearning => "~",
                        Phase::Review => "✓",
                    }
                };
                let name: String = key
                    .to_string()
                    .chars()
                    .take(list_width as usize - 3)
                    .collect();
                let style = if i == s.cursor { t.selected } else { t.text };
                Line::styled(format!("{mark} {name}"), style)
            })
            .collect();
        Paragraph::new(items).render(list, buf);

        let width = detail.width.saturating_sub(2) as usize;
        let mut lines: Vec<Line> = Vec::new();
        if let Some(key) = s.selected()
            && let Some((deck, q)) = s.library.get(key)
        {
            let task = q.task.map(|t| format!(" · task {t}")).unwrap_or_default();
            lines.push(Line::styled(
                format!("{} · {} · {}{task}", inert(&deck.title), q.kind(), q.domain),
                t.dim,
            ));
            for line in wrap(&q.prompt, width).into_iter().take(8) {
                lines.push(Line::styled(line, t.text));
            }
            lines.push(Line::raw(""));
            let card = s.card(key);
            let schedule = match (card.phase, card.due) {
                (Phase::New, _) => "new: never answered".to_string(),
                (phase, due) => {
                    let due = due.map_or_else(
                        || "-".to_string(),
                        |d| d.strftime("%Y-%m-%d %H:%M").to_string(),
                    );
                    let memory = card.memory.map_or_else(String::new, |m| {
                        format!(
                            " · stability {:.1} d · difficulty {:.1} · recall now {:.0}%",
                            m.stability,
                            m.difficulty,
                            s.scheduler.retrievability(&card, s.now) * 100.0
                        )
                    });
                    format!("{} · due {due}{memory}", phase.as_str())
                }
            };
            for line in wrap(&schedule, width) {
                lines.push(Line::styled(line, t.text));
            }
            lines.push(Line::styled(
                format!(
                    "{} answers · {} lapses{}{}",
                    card.reps,
                    card.lapses,
                    if card.suspended { " · suspended" } else { "" },
                    if s.flagged.contains(key) {
                        " · flagged faulty"
                    } else {
                        ""
                    }
                ),
                t.dim,
            ));
            let history = s.history.get(key).map(Vec::as_slice).unwrap_or_default();
            if !history.is_empty() {
                lines.push(Line::raw(""));
                lines.push(Line::styled("Latest answers:", t.dim));
                for row in history.iter().rev().take(5) {
                    lines.push(Line::styled(
                        format!(
                            "  {} {} {} ({})",
                            row.reviewed_at.strftime("%Y-%m-%d"),
                            if row.correct { "✓" } else { "✗" },
                            row.rating.label(),
                            row.mode.as_str()
                        ),
                        t.text,
                    ));
                }
            }
        } else {
            lines.push(Line::styled(
                "Nothing matches; change the search (/) or the filter (f).",
                t.dim,
            ));
        }
        Paragraph::new(lines).render(
            Rect {
                x: detail.x + 1,
                width: detail.width.saturating_sub(1),
                ..detail
            },
            buf,
        );
        if let Some(n) = &s.notice {
            Paragraph::new(Line::styled(n.clone(), t.warning)).render(notice, buf);
        }
        let mut h = self.keymap.hints(&s.actions());
        h.insert(0, ("/".into(), tr!("hint-search")));
        h.insert(1, ("f".into(), tr!("hint-filter")));
        Paragraph::new(hint_bar(&h, t, hints.width)).render(hints, buf);
    }
}
