//! The decks screen: every loaded deck with where it came from and what it holds, and every
//! deck file that failed to load with its first error.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget};
use unicode_width::UnicodeWidthStr;

use super::keymap::{Action, Keymap};
use super::theme::Theme;
use super::widgets::{hint_bar, pad};
use crate::catalog::Catalog;
use crate::deck::text::inert;
use crate::deck::{Domain, Kind};
use crate::tr;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeckInfo {
    pub id: String,
    pub title: String,
    /// The file's path; `None` for a deck bundled with saa.
    pub source: Option<String>,
    pub kinds: [usize; 4],
    pub domains: [usize; 4],
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DecksScreen {
    pub decks: Vec<DeckInfo>,
    /// Files that failed to load (with their first error) and notices such as replaced decks.
    pub problems: Vec<String>,
    pub scroll: u16,
    /// Where the learner's own decks go (`<data-dir>/decks`), when the app was told.
    pub folder: Option<String>,
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
                    source: (!d.source.is_bundled()).then(|| d.source.display_path()),
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
            folder: None,
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
        Paragraph::new(Line::styled(tr!("screens-decks-title"), t.title)).render(title, buf);
        // Number columns: at least as wide as English has them, wider when a translated
        // header needs it (widths in terminal cells).
        let headers = [
            tr!("screens-decks-column-total"),
            tr!("screens-decks-column-single"),
            tr!("screens-decks-column-multi"),
            tr!("screens-decks-column-card"),
            tr!("screens-decks-column-typed"),
            tr!("screens-decks-column-secure"),
            tr!("screens-decks-column-resilient"),
            tr!("screens-decks-column-performance"),
            tr!("screens-decks-column-cost"),
        ];
        let mut widths = [5, 6, 5, 4, 5, 3, 3, 3, 3];
        for (w, h) in widths.iter_mut().zip(&headers) {
            *w = (*w).max(h.width());
        }
        // "deck total single multi card typed  sec res prf cst  source"
        let columns = |first: String, cells: [String; 9], last: String| {
            let mut line = first;
            for (i, (cell, w)) in cells.iter().zip(widths).enumerate() {
                line.push_str(if i == 5 { "  " } else { " " });
                // Right-aligned, never cut: a count wider than its column pushes the rest on.
                line.push_str(&" ".repeat(w.saturating_sub(cell.width())));
                line.push_str(cell);
            }
            format!("{line}  {last}")
        };
        let mut lines = vec![Line::styled(
            columns(
                pad(&tr!("screens-decks-column-deck"), 20),
                headers.clone(),
                tr!("screens-decks-column-source"),
            ),
            t.dim,
        )];
        for d in &self.screen.decks {
            let total: usize = d.kinds.iter().sum();
            let counts = [
                total,
                d.kinds[0],
                d.kinds[1],
                d.kinds[2],
                d.kinds[3],
                d.domains[0],
                d.domains[1],
                d.domains[2],
                d.domains[3],
            ]
            .map(|n| n.to_string());
            let source = match &d.source {
                Some(path) => inert(path).into_owned(),
                None => tr!("screens-decks-bundled"),
            };
            lines.push(Line::styled(
                columns(format!("{:<20}", inert(&d.id)), counts, source),
                t.text,
            ));
            lines.push(Line::styled(format!("  {}", inert(&d.title)), t.dim));
        }
        if !self.screen.problems.is_empty() {
            lines.push(Line::raw(""));
            lines.push(Line::styled(tr!("screens-decks-problems"), t.warning));
            for p in &self.screen.problems {
                for l in super::wrap::wrap(&format!("⚠ {p}"), body.width.saturating_sub(2) as usize)
                {
                    lines.push(Line::styled(l, t.warning));
                }
            }
        }
        lines.push(Line::raw(""));
        lines.push(Line::styled(
            match &self.screen.folder {
                Some(folder) => tr!(
                    "screens-decks-add-your-own-at",
                    folder = crate::deck::text::inert(folder).into_owned()
                ),
                None => tr!("screens-decks-add-your-own"),
            },
            t.dim,
        ));
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
