//! Pieces every screen uses: the hint bar, the header, the too-small screen.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

use super::theme::Theme;
use super::{MIN_HEIGHT, MIN_WIDTH};

/// "key label  key label" on one line. When it does not fit, entries are dropped from the
/// middle, so the first (the main action) and the last two (help, back) always show.
pub fn hint_bar(hints: &[(String, &str)], theme: &Theme, width: u16) -> Line<'static> {
    let entry_width =
        |(key, label): &(String, &str)| key.chars().count() + 1 + label.chars().count() + 2;
    let mut shown: Vec<&(String, &str)> = hints.iter().collect();
    while shown.len() > 3
        && shown.iter().map(|h| entry_width(h)).sum::<usize>() > width as usize + 2
    {
        shown.remove(shown.len() - 3);
    }
    let mut spans = Vec::new();
    for (i, (key, label)) in shown.into_iter().enumerate() {
        if i > 0 {
            spans.push(Span::styled("  ", theme.dim));
        }
        spans.push(Span::styled(key.clone(), theme.key));
        spans.push(Span::styled(format!(" {label}"), theme.dim));
    }
    Line::from(spans)
}

pub fn too_small(area: Rect, buf: &mut Buffer, theme: &Theme) {
    let text = vec![
        Line::styled("Terminal too small", theme.warning),
        Line::raw(format!(
            "saa needs {MIN_WIDTH}x{MIN_HEIGHT}; this one is {}x{}.",
            area.width, area.height
        )),
        Line::raw("Enlarge the window, or press q to quit."),
    ];
    Paragraph::new(text).render(area, buf);
}

pub fn fits(area: Rect) -> bool {
    area.width >= MIN_WIDTH && area.height >= MIN_HEIGHT
}

/// A bar of `width` cells filled to `fraction`.
pub fn bar(fraction: f64, width: usize) -> String {
    let filled = ((fraction.clamp(0.0, 1.0)) * width as f64).round() as usize;
    format!("{}{}", "█".repeat(filled), "░".repeat(width - filled))
}

/// Choice letters by display position.
pub const LETTERS: [char; 6] = ['A', 'B', 'C', 'D', 'E', 'F'];

/// "[x] B  " for a multi-response choice, "(•) B  " for a single one; the mark, not colour,
/// says what is picked.
pub fn choice_label(kind: crate::deck::Kind, chosen: bool, position: usize) -> String {
    let mark = match (kind, chosen) {
        (crate::deck::Kind::Multi, true) => "[x]",
        (crate::deck::Kind::Multi, false) => "[ ]",
        (_, true) => "(•)",
        (_, false) => "( )",
    };
    format!("{mark} {}  ", LETTERS.get(position).copied().unwrap_or('?'))
}
