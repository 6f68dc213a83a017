//! Keys -> actions. The hint bar is generated from the same bindings that handle the keys, so
//! hints never drift from behaviour; `[keys]` in config.toml rebinds named actions.

use std::collections::BTreeMap;
use std::fmt;

use crate::tr;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// Named actions a learner can rebind. Choice letters (a-f), digits and arrows in lists are
/// positional and stay fixed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Action {
    Quit,
    Back,
    Help,
    Submit,
    Reveal,
    Undo,
    Bury,
    Suspend,
    Flag,
    ScrollUp,
    ScrollDown,
    PageUp,
    PageDown,
    Study,
    Cram,
    Exam,
    Stats,
    Decks,
    History,
    Next,
    Previous,
    Mark,
    Navigator,
    Finish,
    Language,
    Browse,
    Plan,
    Forget,
    /// The current question's reference links, whole, to copy.
    Links,
}

impl Action {
    pub const ALL: [Action; 29] = [
        Action::Quit,
        Action::Back,
        Action::Help,
        Action::Submit,
        Action::Reveal,
        Action::Undo,
        Action::Bury,
        Action::Suspend,
        Action::Flag,
        Action::ScrollUp,
        Action::ScrollDown,
        Action::PageUp,
        Action::PageDown,
        Action::Study,
        Action::Cram,
        Action::Exam,
        Action::Stats,
        Action::Decks,
        Action::History,
        Action::Next,
        Action::Previous,
        Action::Mark,
        Action::Navigator,
        Action::Finish,
        Action::Language,
        Action::Browse,
        Action::Plan,
        Action::Forget,
        Action::Links,
    ];

    /// The name used in config.toml.
    pub fn name(self) -> &'static str {
        match self {
            Action::Quit => "quit",
            Action::Back => "back",
            Action::Help => "help",
            Action::Submit => "submit",
            Action::Reveal => "reveal",
            Action::Undo => "undo",
            Action::Bury => "bury",
            Action::Suspend => "suspend",
            Action::Flag => "flag",
            Action::ScrollUp => "scroll_up",
            Action::ScrollDown => "scroll_down",
            Action::PageUp => "page_up",
            Action::PageDown => "page_down",
            Action::Study => "study",
            Action::Cram => "cram",
            Action::Exam => "exam",
            Action::Stats => "stats",
            Action::Decks => "decks",
            Action::History => "history",
            Action::Next => "next",
            Action::Previous => "previous",
            Action::Mark => "mark",
            Action::Navigator => "navigator",
            Action::Finish => "finish",
            Action::Language => "language",
            Action::Browse => "browse",
            Action::Plan => "plan",
            Action::Forget => "forget",
            Action::Links => "links",
        }
    }

    /// What the hint bar and help say, in the interface language.
    pub fn label(self) -> String {
        match self {
            Action::Quit => tr!("action-quit"),
            Action::Back => tr!("action-back"),
            Action::Help => tr!("action-help"),
            Action::Submit => tr!("action-submit"),
            Action::Reveal => tr!("action-reveal"),
            Action::Undo => tr!("action-undo"),
            Action::Bury => tr!("action-bury"),
            Action::Suspend => tr!("action-suspend"),
            Action::Flag => tr!("action-flag"),
            Action::ScrollUp => tr!("action-scroll-up"),
            Action::ScrollDown => tr!("action-scroll-down"),
            Action::PageUp => tr!("action-page-up"),
            Action::PageDown => tr!("action-page-down"),
            Action::Study => tr!("action-study"),
            Action::Cram => tr!("action-cram"),
            Action::Exam => tr!("action-exam"),
            Action::Stats => tr!("action-stats"),
            Action::Decks => tr!("action-decks"),
            Action::History => tr!("action-history"),
            Action::Next => tr!("action-next"),
            Action::Previous => tr!("action-previous"),
            Action::Mark => tr!("action-mark"),
            Action::Navigator => tr!("action-navigator"),
            Action::Finish => tr!("action-finish"),
            Action::Language => tr!("action-language"),
            Action::Browse => tr!("action-browse"),
            Action::Plan => tr!("action-plan"),
            Action::Forget => tr!("action-forget"),
            Action::Links => tr!("action-links"),
        }
    }

    fn default_keys(self) -> &'static [&'static str] {
        match self {
            Action::Quit => &["q"],
            Action::Back => &["esc"],
            Action::Help => &["?"],
            Action::Submit => &["enter"],
            Action::Reveal => &["space"],
            Action::Undo => &["u"],
            Action::Bury => &["b", "ctrl-b"],
            Action::Suspend => &["s", "ctrl-s"],
            Action::Flag => &["!"],
            Action::ScrollUp => &["up", "k"],
            Action::ScrollDown => &["down", "j"],
            Action::PageUp => &["pgup"],
            Action::PageDown => &["pgdn"],
            Action::Study => &["enter"],
            Action::Cram => &["c"],
            Action::Exam => &["e"],
            Action::Stats => &["t"],
            Action::Decks => &["d"],
            Action::History => &["h"],
            Action::Next => &["n", "right"],
            Action::Previous => &["p", "left"],
            Action::Mark => &["m"],
            Action::Navigator => &["g"],
            Action::Finish => &["s"],
            Action::Language => &["l", "ctrl-t"],
            Action::Browse => &["b"],
            Action::Plan => &["p"],
            Action::Forget => &["x"],
            Action::Links => &["L"],
        }
    }
}

/// A key with modifiers, comparable with crossterm's events.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Key {
    pub code: KeyCodeOrd,
    pub ctrl: bool,
    pub alt: bool,
}

/// crossterm's KeyCode is not Ord; this is the subset we bind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum KeyCodeOrd {
    Char(char),
    Enter,
    Esc,
    Tab,
    Backspace,
    Up,
    Down,
    Left,
    Right,
    PageUp,
    PageDown,
    Home,
    End,
    Delete,
    F(u8),
}

impl Key {
    pub fn from_event(event: &KeyEvent) -> Option<Key> {
        let code = match event.code {
            KeyCode::Char(c) => KeyCodeOrd::Char(c),
            KeyCode::Enter => KeyCodeOrd::Enter,
            KeyCode::Esc => KeyCodeOrd::Esc,
            KeyCode::Tab => KeyCodeOrd::Tab,
            KeyCode::Backspace => KeyCodeOrd::Backspace,
            KeyCode::Up => KeyCodeOrd::Up,
            KeyCode::Down => KeyCodeOrd::Down,
            KeyCode::Left => KeyCodeOrd::Left,
            KeyCode::Right => KeyCodeOrd::Right,
            KeyCode::PageUp => KeyCodeOrd::PageUp,
            KeyCode::PageDown => KeyCodeOrd::PageDown,
            KeyCode::Home => KeyCodeOrd::Home,
            KeyCode::End => KeyCodeOrd::End,
            KeyCode::Delete => KeyCodeOrd::Delete,
            KeyCode::F(n) => KeyCodeOrd::F(n),
            _ => return None,
        };
        Some(Key {
            code,
            ctrl: event.modifiers.contains(KeyModifiers::CONTROL),
            alt: event.modifiers.contains(KeyModifiers::ALT),
        })
    }

    pub fn char(c: char) -> Key {
        Key {
            code: KeyCodeOrd::Char(c),
            ctrl: false,
            alt: false,
        }
    }

    /// Parses "q", "ctrl-z", "alt-enter", "f5", "space", "pgup".
    pub fn parse(text: &str) -> Result<Key, String> {
        let mut ctrl = false;
        let mut alt = false;
        let mut rest = text.trim();
        loop {
            let lower = rest.to_ascii_lowercase();
            if let Some(r) = lower
                .strip_prefix("ctrl-")
                .or_else(|| lower.strip_prefix("ctrl+"))
            {
                ctrl = true;
                rest = &rest[rest.len() - r.len()..];
            } else if let Some(r) = lower
                .strip_prefix("alt-")
                .or_else(|| lower.strip_prefix("alt+"))
            {
                alt = true;
                rest = &rest[rest.len() - r.len()..];
            } else {
                break;
            }
        }
        let code = match rest.to_ascii_lowercase().as_str() {
            "enter" | "return" => KeyCodeOrd::Enter,
            "esc" | "escape" => KeyCodeOrd::Esc,
            "tab" => KeyCodeOrd::Tab,
            "backspace" => KeyCodeOrd::Backspace,
            "space" => KeyCodeOrd::Char(' '),
            "up" => KeyCodeOrd::Up,
            "down" => KeyCodeOrd::Down,
            "left" => KeyCodeOrd::Left,
            "right" => KeyCodeOrd::Right,
            "pgup" | "pageup" => KeyCodeOrd::PageUp,
            "pgdn" | "pagedown" => KeyCodeOrd::PageDown,
            "home" => KeyCodeOrd::Home,
            "end" => KeyCodeOrd::End,
            "delete" | "del" => KeyCodeOrd::Delete,
            f if f.len() >= 2
                && f.starts_with('f')
                && f[1..].parse::<u8>().is_ok_and(|n| (1..=12).contains(&n)) =>
            {
                KeyCodeOrd::F(f[1..].parse().unwrap_or(1))
            }
            _ => {
                let mut chars = rest.chars();
                match (chars.next(), chars.next()) {
                    (Some(c), None) if !c.is_control() => {
                        KeyCodeOrd::Char(if ctrl { c.to_ascii_lowercase() } else { c })
                    }
                    _ => {
                        return Err(tr!("screens-key-unknown", key = text));
                    }
                }
            }
        };
        Ok(Key { code, ctrl, alt })
    }
}

impl fmt::Display for Key {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.ctrl {
            f.write_str("ctrl-")?;
        }
        if self.alt {
            f.write_str("alt-")?;
        }
        match self.code {
            KeyCodeOrd::Char(' ') => f.write_str("space"),
            KeyCodeOrd::Char(c) => write!(f, "{c}"),
            KeyCodeOrd::Enter => f.write_str("Enter"),
            KeyCodeOrd::Esc => f.write_str("Esc"),
            KeyCodeOrd::Tab => f.write_str("Tab"),
            KeyCodeOrd::Backspace => f.write_str("Bksp"),
            KeyCodeOrd::Up => f.write_str("↑"),
            KeyCodeOrd::Down => f.write_str("↓"),
            KeyCodeOrd::Left => f.write_str("←"),
            KeyCodeOrd::Right => f.write_str("→"),
            KeyCodeOrd::PageUp => f.write_str("PgUp"),
            KeyCodeOrd::PageDown => f.write_str("PgDn"),
            KeyCodeOrd::Home => f.write_str("Home"),
            KeyCodeOrd::End => f.write_str("End"),
            KeyCodeOrd::Delete => f.write_str("Del"),
            KeyCodeOrd::F(n) => write!(f, "F{n}"),
        }
    }
}

/// The actions each screen answers to, for telling a learner when an override makes two of
/// them share a key (the screens' own lists decide what a key does there).
const SCREENS: [(&str, &[Action]); 4] = [
    (
        "home",
        &[
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
            Action::Help,
            Action::Back,
            Action::Quit,
        ],
    ),
    (
        "study",
        &[
            Action::Submit,
            Action::Reveal,
            Action::Undo,
            Action::Bury,
            Action::Suspend,
            Action::Flag,
            Action::Language,
            Action::ScrollUp,
            Action::ScrollDown,
            Action::PageUp,
            Action::PageDown,
            Action::Links,
            Action::Help,
            Action::Back,
            Action::Quit,
        ],
    ),
    (
        "exam",
        &[
            Action::Submit,
            Action::Next,
            Action::Previous,
            Action::Mark,
            Action::Navigator,
            Action::Finish,
            Action::Language,
            Action::ScrollUp,
            Action::ScrollDown,
            Action::PageUp,
            Action::PageDown,
            Action::Links,
            Action::Help,
            Action::Back,
            Action::Quit,
        ],
    ),
    (
        "browser",
        &[
            Action::Suspend,
            Action::Bury,
            Action::Forget,
            Action::Flag,
            Action::Cram,
            Action::ScrollUp,
            Action::ScrollDown,
            Action::PageUp,
            Action::PageDown,
            Action::Links,
            Action::Help,
            Action::Back,
            Action::Quit,
        ],
    ),
];

#[derive(Debug, Clone)]
pub struct Keymap {
    bindings: BTreeMap<Action, Vec<Key>>,
}

impl Default for Keymap {
    fn default() -> Self {
        let bindings = Action::ALL
            .iter()
            .map(|a| {
                (
                    *a,
                    a.default_keys()
                        .iter()
                        .filter_map(|k| Key::parse(k).ok())
                        .collect(),
                )
            })
            .collect();
        Keymap { bindings }
    }
}

impl Keymap {
    /// The defaults with `overrides` (action name -> key) applied; every bad entry is reported.
    /// The default keys with `overrides` (action name -> key) applied. Every problem is
    /// returned with the action name it is about, so the caller can say where it is written:
    /// an unknown action, a key that does not parse, and a key that would take over quit or
    /// back (the learner could no longer leave a screen).
    pub fn with_overrides(
        overrides: &BTreeMap<String, String>,
    ) -> Result<Keymap, Vec<(String, String)>> {
        let mut map = Keymap::default();
        let mut problems = Vec::new();
        for (name, key) in overrides {
            let Some(action) = Action::ALL.iter().find(|a| a.name() == name) else {
                let names: Vec<&str> = Action::ALL.iter().map(|a| a.name()).collect();
                problems.push((
                    name.clone(),
                    tr!(
                        "screens-key-unknown-action",
                        name = name.as_str(),
                        actions = names.join(", ")
                    ),
                ));
                continue;
            };
            match Key::parse(key) {
                Ok(k) => {
                    map.bindings.insert(*action, vec![k]);
                }
                Err(e) => problems.push((name.clone(), format!("{name}: {e}"))),
            }
        }
        for exit in [Action::Quit, Action::Back] {
            let exit_keys = map.bindings.get(&exit).cloned().unwrap_or_default();
            for (action, keys) in &map.bindings {
                let taken = keys.iter().find(|k| exit_keys.contains(k));
                let overridden = overrides.contains_key(action.name());
                if let (Some(k), true, true) = (taken, *action != exit, overridden) {
                    problems.push((
                        action.name().to_string(),
                        tr!(
                            "screens-key-takes-exit",
                            key = k.to_string(),
                            exit = exit.name(),
                            action = action.name()
                        ),
                    ));
                }
            }
        }
        // Two actions of one screen on one key: one of them could never be used.
        for (screen, actions) in SCREENS {
            for (i, a) in actions.iter().enumerate() {
                for b in &actions[i + 1..] {
                    let a_keys = map.bindings.get(a).cloned().unwrap_or_default();
                    let b_keys = map.bindings.get(b).cloned().unwrap_or_default();
                    let shared = a_keys.iter().find(|k| b_keys.contains(k));
                    // Taking over quit or back is reported above.
                    let exits = [Action::Quit, Action::Back];
                    if exits.contains(a) || exits.contains(b) {
                        continue;
                    }
                    let blamed = [a, b]
                        .into_iter()
                        .find(|x| overrides.contains_key(x.name()));
                    if let (Some(k), Some(blamed)) = (shared, blamed) {
                        let other = if blamed == a { b } else { a };
                        problems.push((
                            blamed.name().to_string(),
                            tr!(
                                "screens-key-clash",
                                key = k.to_string(),
                                action = blamed.name(),
                                other = other.name(),
                                screen = screen.to_string()
                            ),
                        ));
                    }
                }
            }
        }
        if problems.is_empty() {
            Ok(map)
        } else {
            Err(problems)
        }
    }

    /// The first of `candidates` bound to `key`. Screens pass the actions valid where they are,
    /// so one key can mean different things on different screens.
    pub fn action(&self, key: Key, candidates: &[Action]) -> Option<Action> {
        candidates
            .iter()
            .copied()
            .find(|a| self.bindings.get(a).is_some_and(|keys| keys.contains(&key)))
    }

    /// The key shown for an action in hints.
    pub fn key_label(&self, action: Action) -> String {
        self.bindings
            .get(&action)
            .and_then(|keys| keys.first())
            .map(|k| k.to_string())
            .unwrap_or_else(|| "-".to_string())
    }

    /// "key label" pairs for a hint bar.
    pub fn hints(&self, actions: &[Action]) -> Vec<super::widgets::Hint> {
        self.hints_avoiding(actions, |_| false)
    }

    /// Hints that label each action with its first key that `taken` does not claim (on a
    /// question, a-f pick choices, so bury shows as ctrl-b there).
    pub fn hints_avoiding(
        &self,
        actions: &[Action],
        taken: impl Fn(&Key) -> bool,
    ) -> Vec<super::widgets::Hint> {
        actions
            .iter()
            .map(|a| {
                let label = self
                    .bindings
                    .get(a)
                    .and_then(|keys| keys.iter().find(|k| !taken(k)))
                    .map(|k| k.to_string())
                    .unwrap_or_else(|| self.key_label(*a));
                (label, a.label())
            })
            .collect()
    }
}

/// a-f (or A-F) and 1-6 -> display position of a choice.
pub fn choice_position(c: char) -> Option<usize> {
    match c {
        'a'..='f' => Some(c as usize - 'a' as usize),
        'A'..='F' => Some(c as usize - 'A' as usize),
        '1'..='6' => Some(c as usize - '1' as usize),
        _ => None,
    }
}

/// Applies a scrolling action to `scroll`; false for any other action.
pub fn scroll(action: Action, scroll: &mut u16) -> bool {
    match action {
        Action::ScrollUp => *scroll = scroll.saturating_sub(1),
        Action::ScrollDown => *scroll = scroll.saturating_add(1),
        Action::PageUp => *scroll = scroll.saturating_sub(10),
        Action::PageDown => *scroll = scroll.saturating_add(10),
        _ => return false,
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_parser_table() {
        let cases = [
            ("q", Key::char('q')),
            (
                "ctrl-z",
                Key {
                    code: KeyCodeOrd::Char('z'),
                    ctrl: true,
                    alt: false,
                },
            ),
            (
                "Ctrl+Z",
                Key {
                    code: KeyCodeOrd::Char('z'),
                    ctrl: true,
                    alt: false,
                },
            ),
            (
                "alt-enter",
                Key {
                    code: KeyCodeOrd::Enter,
                    ctrl: false,
                    alt: true,
                },
            ),
            (
                "f5",
                Key {
                    code: KeyCodeOrd::F(5),
                    ctrl: false,
                    alt: false,
                },
            ),
            ("space", Key::char(' ')),
            ("?", Key::char('?')),
        ];
        for (text, key) in cases {
            assert_eq!(Key::parse(text).unwrap(), key, "{text}");
        }
        for bad in ["", "ctrl-", "hello", "f13"] {
            assert!(Key::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn overrides_replace_defaults_and_hints_follow() {
        let mut o = BTreeMap::new();
        o.insert("undo".to_string(), "ctrl-z".to_string());
        let map = Keymap::with_overrides(&o).unwrap();
        let ctrl_z = Key::parse("ctrl-z").unwrap();
        assert_eq!(map.action(ctrl_z, &[Action::Undo]), Some(Action::Undo));
        assert_eq!(map.action(Key::char('u'), &[Action::Undo]), None);
        assert_eq!(
            map.hints(&[Action::Undo]),
            vec![("ctrl-z".to_string(), "undo".to_string())]
        );
    }

    #[test]
    fn two_actions_of_one_screen_cannot_share_a_key() {
        let mut o = BTreeMap::new();
        o.insert("undo".to_string(), "s".to_string());
        let e = Keymap::with_overrides(&o).unwrap_err();
        assert_eq!(e.len(), 1, "{e:?}");
        assert_eq!(e[0].0, "undo");
        assert!(
            e[0].1.contains("undo and suspend on the study screen"),
            "{e:?}"
        );
        // The same key on different screens is fine: m flags for review only in exams.
        o.insert("undo".to_string(), "m".to_string());
        assert!(Keymap::with_overrides(&o).is_ok());
        // The defaults never put two actions of a screen on one key.
        let map = Keymap::default();
        for (screen, actions) in SCREENS {
            for (i, a) in actions.iter().enumerate() {
                for b in &actions[i + 1..] {
                    let shared = map.bindings[a].iter().find(|k| map.bindings[b].contains(k));
                    assert!(
                        shared.is_none(),
                        "{screen}: {a:?} and {b:?} share {shared:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn bad_overrides_are_all_reported() {
        let mut o = BTreeMap::new();
        o.insert("undoo".to_string(), "u".to_string());
        o.insert("quit".to_string(), "ctrl-".to_string());
        o.insert("undo".to_string(), "q".to_string());
        let e = Keymap::with_overrides(&o).unwrap_err();
        let names: Vec<&str> = e.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, ["quit", "undoo", "undo"]);
        let all: String = e
            .iter()
            .map(|(_, m)| m.as_str())
            .collect::<Vec<_>>()
            .join("; ");
        assert!(
            all.contains("`undoo` is not an action")
                && all.contains("quit:")
                && all.contains("`q` is the quit key"),
            "{all}"
        );
    }
}
