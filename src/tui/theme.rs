//! Every style in one place. Colours are chosen to read on dark and light terminals (no
//! fixed backgrounds; bold and the basic ANSI colours the terminal's palette adapts).

use ratatui::style::{Color, Modifier, Style};

#[derive(Debug, Clone, Copy)]
pub struct Theme {
    pub title: Style,
    pub text: Style,
    pub dim: Style,
    pub key: Style,
    pub selected: Style,
    pub picked: Style,
    pub right: Style,
    pub wrong: Style,
    pub warning: Style,
    pub bar: Style,
}

impl Theme {
    pub fn new(color: bool) -> Theme {
        if !color {
            let plain = Style::default();
            return Theme {
                title: plain.add_modifier(Modifier::BOLD),
                text: plain,
                dim: plain,
                key: plain.add_modifier(Modifier::BOLD),
                selected: plain.add_modifier(Modifier::REVERSED),
                picked: plain.add_modifier(Modifier::BOLD),
                right: plain.add_modifier(Modifier::BOLD),
                wrong: plain.add_modifier(Modifier::UNDERLINED),
                warning: plain.add_modifier(Modifier::BOLD),
                bar: plain,
            };
        }
        Theme {
            title: Style::default()
                .fg(Color::Cyan)
                .add_modifier(Modifier::BOLD),
            text: Style::default(),
            dim: Style::default().add_modifier(Modifier::DIM),
            key: Style::default()
                .fg(Color::Yellow)
                .add_modifier(Modifier::BOLD),
            selected: Style::default().add_modifier(Modifier::REVERSED),
            picked: Style::default()
                .fg(Color::Cyan)
                .add_modifier(Modifier::BOLD),
            right: Style::default()
                .fg(Color::Green)
                .add_modifier(Modifier::BOLD),
            wrong: Style::default().fg(Color::Red).add_modifier(Modifier::BOLD),
            warning: Style::default().fg(Color::Yellow),
            bar: Style::default().fg(Color::Cyan),
        }
    }
}
