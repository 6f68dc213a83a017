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
use crate::deck::{Domain, Kind};
use crate::sched::{Mode, Phase, Rating};
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
            tr!("browser-search-typing", query = s.query.as_str())
        } else if s.query.is_empty() {
            tr!("browser-search-prompt")
        } else {
            tr!("browser-search", query = s.query.as_str())
        };
        Paragraph::new(Line::from(vec![
            Span::styled(tr!("browser-title"), t.title),
            Span::styled(
                format!(
                    "  {}",
                    tr!(
                        "browser-header",
                        shown = s.matches.len(),
                        total = s.library.questions().count(),
                        filter = s.filter.label(),
                        search = search
                    )
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
            let deck_title = inert(&deck.title);
            let kind = kind_name(q.kind());
            let domain = domain_name(q.domain);
            let about = match q.task {
                Some(task) => tr!(
                    "browser-about-task",
                    deck = deck_title,
                    kind = kind,
                    domain = domain,
                    task = task.to_string()
                ),
                None => tr!(
                    "browser-about",
                    deck = deck_title,
                    kind = kind,
                    domain = domain
                ),
            };
            lines.push(Line::styled(about, t.dim));
            for line in wrap(&q.prompt, width).into_iter().take(8) {
                lines.push(Line::styled(line, t.text));
            }
            lines.push(Line::raw(""));
            let card = s.card(key);
            let schedule = match (card.phase, card.due) {
                (Phase::New, _) => tr!("browser-schedule-new"),
                (phase, due) => {
                    let due = due.map_or_else(
                        || "-".to_string(),
                        |d| d.strftime("%Y-%m-%d %H:%M").to_string(),
                    );
                    match card.memory {
                        Some(m) => tr!(
                            "browser-schedule-memory",
                            phase = phase_name(phase),
                            due = due,
                            stability = format!("{:.1}", m.stability),
                            difficulty = format!("{:.1}", m.difficulty),
                            recall =
                                format!("{:.0}", s.scheduler.retrievability(&card, s.now) * 100.0)
                        ),
                        None => tr!("browser-schedule", phase = phase_name(phase), due = due),
                    }
                }
            };
            for line in wrap(&schedule, width) {
                lines.push(Line::styled(line, t.text));
            }
            let mut counts = vec![tr!(
                "browser-counts",
                answers = u64::from(card.reps),
                lapses = u64::from(card.lapses)
            )];
            if card.suspended {
                counts.push(tr!("browser-state-suspended"));
            }
            if s.flagged.contains(key) {
                counts.push(match s.reasons.get(key) {
                    Some(reason) => tr!("browser-state-flagged-because", reason = reason.as_str()),
                    None => tr!("browser-state-flagged"),
                });
            }
            lines.push(Line::styled(counts.join(" · "), t.dim));
            let history = s.history.get(key).map(Vec::as_slice).unwrap_or_default();
            if !history.is_empty() {
                lines.push(Line::raw(""));
                lines.push(Line::styled(tr!("browser-latest-answers"), t.dim));
                for row in history.iter().rev().take(5) {
                    lines.push(Line::styled(
                        format!(
                            "  {} {} {} ({})",
                            row.reviewed_at.strftime("%Y-%m-%d"),
                            if row.correct { "✓" } else { "✗" },
                            rating_name(row.rating),
                            mode_name(row.mode)
                        ),
                        t.text,
                    ));
                }
            }
        } else {
            lines.push(Line::styled(tr!("browser-nothing-matches"), t.dim));
        }
        Paragraph::new(lines).render(
            Rect {
                x: detail.x + 1,
                width: detail.width.saturating_sub(1),
                ..detail
            },
            buf,
        );
        if let Some(prompt) = &s.reason {
            Paragraph::new(Line::styled(prompt.line(self.keymap), t.text)).render(notice, buf);
        } else if let Some(n) = &s.notice {
            Paragraph::new(Line::styled(n.clone(), t.warning)).render(notice, buf);
        }
        let mut h = self.keymap.hints(&s.actions());
        h.insert(0, ("/".into(), tr!("hint-search")));
        h.insert(1, ("f".into(), tr!("hint-filter")));
        Paragraph::new(hint_bar(&h, t, hints.width)).render(hints, buf);
    }
}

/// A question type as the browser names it (English: the deck file's word).
fn kind_name(kind: Kind) -> String {
    match kind {
        Kind::Single => tr!("browser-kind-single"),
        Kind::Multi => tr!("browser-kind-multi"),
        Kind::Card => tr!("browser-kind-card"),
        Kind::Typed => tr!("browser-kind-typed"),
    }
}

/// An exam domain's short name (English: the deck file's word).
fn domain_name(domain: Domain) -> String {
    match domain {
        Domain::Secure => tr!("browser-domain-secure"),
        Domain::Resilient => tr!("browser-domain-resilient"),
        Domain::Performance => tr!("browser-domain-performance"),
        Domain::Cost => tr!("browser-domain-cost"),
    }
}

fn phase_name(phase: Phase) -> String {
    match phase {
        Phase::New => tr!("browser-phase-new"),
        Phase::Learning => tr!("browser-phase-learning"),
        Phase::Review => tr!("browser-phase-review"),
        Phase::Relearning => tr!("browser-phase-relearning"),
    }
}

fn rating_name(rating: Rating) -> String {
    match rating {
        Rating::Again => tr!("browser-rating-again"),
        Rating::Hard => tr!("browser-rating-hard"),
        Rating::Good => tr!("browser-rating-good"),
        Rating::Easy => tr!("browser-rating-easy"),
    }
}

fn mode_name(mode: Mode) -> String {
    match mode {
        Mode::Study => tr!("browser-mode-study"),
        Mode::Exam => tr!("browser-mode-exam"),
        Mode::Cram => tr!("browser-mode-cram"),
    }
}
