//! The prompt the flag key opens: an optional one-line reason why a question is faulty
//! (`saa deck check --flagged` shows it to the deck's author). Submit flags, Back cancels.

use super::keymap::{Action, Key, Keymap};
use crate::tr;

/// What a key did to the prompt.
#[derive(Debug, PartialEq, Eq)]
enum Outcome {
    Editing,
    /// Flag the question, with the reason when one was typed.
    Flag(Option<String>),
    Cancel,
}

/// What a key did where a screen may have the prompt open.
#[derive(Debug, PartialEq, Eq)]
pub enum Fed {
    /// No prompt is open: the screen handles the key.
    NotOpen,
    /// The prompt took the key (typing, or cancelled: the notice then says so).
    Taken,
    /// Flag the question, with the reason when one was typed; the prompt is closed.
    Flag(Option<String>),
}

/// Gives `key` to the prompt in `slot`, if one is open, and closes it when it is done.
pub fn feed(
    slot: &mut Option<ReasonPrompt>,
    key: Key,
    keymap: &Keymap,
    notice: &mut Option<String>,
) -> Fed {
    let Some(prompt) = slot else {
        return Fed::NotOpen;
    };
    match prompt.handle(key, keymap) {
        Outcome::Editing => Fed::Taken,
        Outcome::Cancel => {
            *slot = None;
            *notice = Some(tr!("flag-reason-cancelled"));
            Fed::Taken
        }
        Outcome::Flag(reason) => {
            *slot = None;
            Fed::Flag(reason)
        }
    }
}

/// Longest reason kept, in characters: one line of a report.
const MAX_CHARS: usize = 200;

#[derive(Debug, Default, Clone)]
pub struct ReasonPrompt {
    input: tui_input::Input,
}

impl ReasonPrompt {
    fn handle(&mut self, key: Key, keymap: &Keymap) -> Outcome {
        match keymap.action(key, &[Action::Submit, Action::Back]) {
            Some(Action::Submit) => {
                let reason = self.input.value().trim();
                Outcome::Flag((!reason.is_empty()).then(|| reason.to_string()))
            }
            Some(_) => Outcome::Cancel,
            None => {
                if let Some(request) =
                    super::study::line_edit(key, self.input.value().chars().count())
                {
                    self.input.handle(request);
                }
                Outcome::Editing
            }
        }
    }

    /// Pasted text goes in as one line.
    pub fn paste(&mut self, text: &str) {
        for c in text.chars().filter(|c| !c.is_control()) {
            if self.input.value().chars().count() >= MAX_CHARS {
                break;
            }
            self.input.handle(tui_input::InputRequest::InsertChar(c));
        }
    }

    /// The prompt as shown in a screen's notice line.
    pub fn line(&self, keymap: &Keymap) -> String {
        tr!(
            "flag-reason-prompt",
            text = super::widgets::with_cursor(&self.input),
            submit = keymap.key_label(Action::Submit),
            back = keymap.key_label(Action::Back)
        )
    }
}
