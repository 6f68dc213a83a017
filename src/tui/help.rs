//! The `?` overlay: every key of the screen it opens over, from the live keymap.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Widget};

use super::keymap::{Action, Keymap};
use super::theme::Theme;
use super::widgets::pad;
use crate::tr;

pub struct HelpView<'a> {
    pub actions: &'a [Action],
    /// Positional keys that are not rebindable, e.g. ("a-f / 1-6", "pick a choice").
    pub fixed: &'a [(&'a str, String)],
    pub keymap: &'a Keymap,
    pub theme: &'a Theme,
    /// The screen uses a-f and 1-6 to pick choices, so an action bound to one of those is
    /// listed under its other key (bury as ctrl-b, not b).
    pub letters_pick_choices: bool,
}

impl Widget for HelpView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        // As wide as the terminal allows (up to 76 columns); a label too long for its line
        // wraps under itself rather than being cut at the border.
        let width = 76.min(area.width.saturating_sub(4));
        let inner = usize::from(width.saturating_sub(2));
        let key_width = 12;
        let label_width = inner.saturating_sub(key_width + 3).max(10);
        let taken = |k: &super::keymap::Key| {
            self.letters_pick_choices
                && !k.ctrl
                && !k.alt
                && matches!(
                    k.code,
                    super::keymap::KeyCodeOrd::Char('a'..='f' | '1'..='6')
                )
        };
        let entries = self
            .fixed
            .iter()
            .map(|(key, label)| ((*key).to_string(), label.clone()))
            .chain(self.keymap.hints_avoiding(self.actions, taken));
        let mut lines = Vec::new();
        for (key, label) in entries {
            for (i, part) in super::wrap::wrap(&label, label_width)
                .into_iter()
                .enumerate()
            {
                let head = if i == 0 {
                    pad(&key, key_width)
                } else {
                    pad("", key_width)
                };
                lines.push(Line::styled(format!("  {head} {part}"), self.theme.text));
            }
        }
        lines.push(Line::raw(""));
        for part in super::wrap::wrap(&tr!("screens-help-footer"), inner.saturating_sub(2)) {
            lines.push(Line::styled(format!("  {part}"), self.theme.dim));
        }
        let height = (lines.len() as u16 + 2).min(area.height.saturating_sub(2));
        let popup = Rect {
            x: area.x + (area.width - width) / 2,
            y: area.y + (area.height - height) / 2,
            width,
            height,
        };
        Clear.render(popup, buf);
        Paragraph::new(lines)
            .block(
                Block::default()
                    .borders(Borders::ALL)
                    .title(format!(" {} ", tr!("screens-help-title"))),
            )
            .render(popup, buf);
    }
}

/// A question's reference links drawn whole, one to a line from the left edge, so the
/// terminal can select and copy each (elsewhere a link too wide is cut with an ellipsis).
pub struct LinksView<'a> {
    pub key: &'a str,
    pub links: &'a [String],
    pub theme: &'a Theme,
}

impl Widget for LinksView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        Clear.render(area, buf);
        let width = usize::from(area.width.max(1));
        let mut lines = vec![
            Line::styled(tr!("screens-links-title", key = self.key), self.theme.title),
            Line::raw(""),
        ];
        for link in self.links {
            // Only a link wider than the whole terminal is broken, at the edge.
            let chars: Vec<char> = link.chars().collect();
            for chunk in chars.chunks(width) {
                lines.push(Line::styled(
                    chunk.iter().collect::<String>(),
                    self.theme.text,
                ));
            }
        }
        lines.push(Line::raw(""));
        lines.push(Line::styled(tr!("screens-links-footer"), self.theme.dim));
        Paragraph::new(lines).render(area, buf);
    }
}
