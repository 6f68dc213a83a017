//! Pieces every screen uses: the hint bar, the header, the too-small screen.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

use unicode_width::UnicodeWidthStr;

use super::theme::Theme;
use super::{MIN_HEIGHT, MIN_WIDTH};
use crate::tr;

/// A key and what it does, for a hint bar.
pub type Hint = (String, String);

/// "key label  key label" on one line. When it does not fit, entries are dropped from the
/// middle, so the first (the main action) and the last two (help, back) always show. Widths
/// are terminal cells, so Korean labels (two cells a character) are measured right.
pub fn hint_bar(hints: &[Hint], theme: &Theme, width: u16) -> Line<'static> {
    let entry_width = |(key, label): &Hint| key.width() + 1 + label.width() + 2;
    let mut shown: Vec<&Hint> = hints.iter().collect();
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
        Line::styled(tr!("too-small-title"), theme.warning),
        Line::raw(tr!(
            "too-small-sizes",
            need = format!("{MIN_WIDTH}x{MIN_HEIGHT}"),
            have = format!("{}x{}", area.width, area.height)
        )),
        Line::raw(tr!("too-small-what-to-do")),
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

/// `s` padded with spaces to `width` terminal cells (left-aligned), or cut to fit: `{:<w}`
/// counts characters, and a Korean character takes two cells.
pub fn pad(s: &str, width: usize) -> String {
    let cut = cut(s, width);
    let used = cut.width();
    format!("{cut}{}", " ".repeat(width.saturating_sub(used)))
}

/// `s` right-aligned in `width` terminal cells.
pub fn pad_left(s: &str, width: usize) -> String {
    let cut = cut(s, width);
    let used = cut.width();
    format!("{}{cut}", " ".repeat(width.saturating_sub(used)))
}

/// A line being edited, with a bar where the cursor is (a typed answer, a flag's reason).
pub fn with_cursor(input: &tui_input::Input) -> String {
    let value = input.value();
    let at = value
        .char_indices()
        .nth(input.cursor())
        .map_or(value.len(), |(i, _)| i);
    format!("{}▏{}", &value[..at], &value[at..])
}

/// `s` whole if it fits in `width` cells, else its start and an ellipsis: for a link, which
/// must never be broken across lines (`L` shows it whole).
pub fn fit(s: &str, width: usize) -> String {
    if s.width() <= width {
        return s.to_string();
    }
    format!("{}…", cut(s, width.saturating_sub(1)))
}

/// The longest start of `s` that fits in `width` cells.
pub fn cut(s: &str, width: usize) -> String {
    use unicode_width::UnicodeWidthChar;
    let mut out = String::new();
    let mut used = 0;
    for c in s.chars() {
        let w = c.width().unwrap_or(0);
        if used + w > width {
            break;
        }
        used += w;
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn padding_counts_terminal_cells() {
        assert_eq!(pad("덱", 5), "덱   ");
        assert_eq!(pad_left("복습", 6), "  복습");
        assert_eq!(pad("abcdef", 3), "abc");
        assert_eq!(cut("한국어", 5), "한국");
    }
}
