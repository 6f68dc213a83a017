//! The decks screen: every loaded deck with where it came from and what it holds, and every
//! deck file that failed to load with its first error.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget};

use super::keymap::{Action, Keymap};
use super::theme::Theme;
use super::widgets::hint_bar;
use crate::catalog::Catalog;
use crate::deck::text::inert;
use crate::deck::{Domain, Kind};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeckInfo {
    pub id: String,
    pub title: String,
    /// "bundled" or the file's path.
    pub source: String,
    pub kinds: [usize; 4],
    pub domains: [usize; 4],
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DecksScreen {
    pub decks: Vec<DeckInfo>,
    /// Files that failed to load (with their first error) and notices such as replaced decks.
    pub problems: Vec<String>,
    pub scroll: u16,
}

impl DecksScreen {
    pub fn from_catalog(catalog: &Catalog) -> DecksScreen {
        let decks = catalog
            .decks
            .iter()
            .map(|d| {
                let count_kind =
                    |k: Kind| d.deck.questions.iter().filter(|q| q.kind() == k).count();
                let count_domain =
                    |x: Domain| d.deck.questions.iter().filter(|q| q.domain == x).count();
                DeckInfo {
                    id: d.deck.id.to_string(),
                    title: d.deck.title.clone(),
                    source: if d.source.is_bundled() {
                        "bundled".into()
                    } else {
                        d.source.display_path()
                    },
                    kinds: Kind::ALL.map(count_kind),
                    domains: Domain::ALL.map(count_domain),
                }
            })
            .collect();
        let problems = catalog
            .files
            .iter()
            .filter(|f| f.errors() > 0)
            .filter_map(|f| f.first_error())
            .chain(catalog.notices.iter().cloned())
            .collect();
        DecksScreen {
            decks,
            problems,
            scroll: 0,
        }
    }

    pub fn actions() -> [Action; 3] {
        [Action::ScrollDown, Action::Help, Action::Back]
    }
}

pub struct DecksView<'a> {
    pub screen: &'a DecksScreen,
    pub theme: &'a Theme,
    pub keymap: &'a Keymap,
}

impl Widget for DecksView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let t = self.theme;
        let [title, body, hints] = Layout::vertical([
            Constraint::Length(2),
            Constraint::Min(1),
            Constraint::Length(1),
        ])
        .areas(area);
        Paragraph::new(Line::styled("Decks", t.title)).render(title, buf);
        let mut lines = vec![Line::styled(
            format!(
                "{:<20} {:>5} {:>6} {:>5} {:>4} {:>5}  {:>3} {:>3} {:>3} {:>3}  source",
                "deck", "total", "single", "multi", "card", "typed", "sec", "res", "prf", "cst"
            ),
            t.dim,
        )];
        for d in &self.screen.decks {
            let total: usize = d.kinds.iter().sum();
            lines.push(Line::styled(
                format!(
                    "{:<20} {:>5} {:>6} {:>5} {:>4} {:>5}  {:>3} {:>3} {:>3} {:>3}  {}",
                    inert(&d.id),
                    total,
                    d.kinds[0],
                    d.kinds[1],
                    d.kinds[2],
                    d.kinds[3],
                    d.domains[0],
                    d.domains[1],
                    d.domains[2],
                    d.domains[3],
                    inert(&d.source)
                ),
                t.text,
            ));
            lines.push(Line::styled(format!("  {}", inert(&d.title)), t.dim));
        }
        if !self.screen.problems.is_empty() {
            lines.push(Line::raw(""));
            lines.push(Line::styled(
                "Problems (run `saa deck check` for every detail):",
                t.warning,
            ));
            for p in &self.screen.problems {
                for l in super::wrap::wrap(&format!("⚠ {p}"), body.width.saturating_sub(2) as usize)
                {
                    lines.push(Line::styled(l, t.warning));
                }
            }
        }
        lines.push(Line::raw(""));
        lines.push(Line::styled("Add your own decks to <data-dir>/decks/ or pass --decks DIR; `saa deck new ID` writes a template.", t.dim));
        let overflow = lines.len().saturating_sub(body.height as usize);
        let scroll = (self.screen.scroll as usize).min(overflow);
        Paragraph::new(
            lines
                .into_iter()
                .skip(scroll)
                .take(body.height as usize)
                .collect::<Vec<_>>(),
        )
        .render(body, buf);
        Paragraph::new(hint_bar(
            &self.keymap.hints(&DecksScreen::actions()),
            t,
            hints.width,
        ))
        .render(hints, buf);
    }
}
