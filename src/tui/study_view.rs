//! Drawing the study screen: question, feedback with every option's why, session summary.

use jiff::Timestamp;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

use super::keymap::{Key, KeyCodeOrd, Keymap};
use super::study::{StudyScreen, View};
use super::theme::Theme;
use super::widgets::{hint_bar, pad};
use super::wrap::wrap;
use crate::deck::{Body, Kind, Question};
use crate::sched::{Interval, Mode, Phase, Rating};
use crate::study::Answer;
use unicode_width::UnicodeWidthStr;

pub struct StudyView<'a> {
    pub screen: &'a StudyScreen,
    pub theme: &'a Theme,
    pub keymap: &'a Keymap,
    pub now: Timestamp,
}

use super::widgets::{LETTERS, choice_label, with_cursor};
use crate::tr;

/// Lines built at a given width, with styles.
struct Doc {
    width: usize,
    lines: Vec<Line<'static>>,
}

impl Doc {
    fn new(width: usize) -> Doc {
        Doc {
            width,
            lines: Vec::new(),
        }
    }

    fn text(&mut self, text: &str, style: Style) {
        for l in wrap(text, self.width) {
            self.lines.push(Line::styled(l, style));
        }
    }

    /// `label` then text wrapped with a hanging indent.
    fn item(&mut self, label: &str, text: &str, label_style: Style, style: Style) {
        let indent = label.width();
        for (i, l) in wrap(text, self.width.saturating_sub(indent).max(10))
            .into_iter()
            .enumerate()
        {
            let head = if i == 0 {
                label.to_string()
            } else {
                " ".repeat(indent)
            };
            self.lines.push(Line::from(vec![
                Span::styled(head, label_style),
                Span::styled(l, style),
            ]));
        }
    }

    fn blank(&mut self) {
        self.lines.push(Line::raw(""));
    }
}

impl Widget for StudyView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let s = self.screen;
        let t = self.theme;
        let [header, body, notice, grades, hints] = Layout::vertical([
            Constraint::Length(2),
            Constraint::Min(1),
            Constraint::Length(1),
            Constraint::Length(1),
            Constraint::Length(1),
        ])
        .areas(area);

        let summary = s.session.summary();
        let mode = if s.mode == Mode::Cram {
            tr!("study-mode-cram")
        } else {
            tr!("study-mode-study")
        };
        // Counts first: the deck title is what gets cut on a narrow terminal.
        let mut head = vec![
            Span::styled(mode, t.title),
            Span::styled(
                format!(
                    "  {}",
                    tr!(
                        "study-progress",
                        left = s.session.remaining(),
                        correct = summary.correct,
                        answered = summary.answered
                    )
                ),
                t.dim,
            ),
        ];
        if let Some((deck, _)) = s.current_key().and_then(|k| s.library.get(k)) {
            head.push(Span::styled(
                format!("  {}", crate::deck::text::inert(&deck.title)),
                t.dim,
            ));
        }
        Paragraph::new(Line::from(head)).render(header, buf);

        let width = body.width.saturating_sub(1) as usize;
        let shown = s.current_key().and_then(|k| s.question(k));
        let doc = match (&s.view, shown.as_ref()) {
            (View::Summary, _) | (_, None) => self.summary(width),
            (View::Ask { picked, typed }, Some(q)) => self.ask(q, picked, typed, width),
            (View::Feedback { answer, graded, .. }, Some(q)) => {
                self.feedback(q, answer, graded.as_ref().map(|g| g.correct), width)
            }
        };
        let overflow = doc.lines.len().saturating_sub(body.height as usize);
        let scroll = (s.scroll as usize).min(overflow);
        let visible: Vec<Line> = doc
            .lines
            .into_iter()
            .skip(scroll)
            .take(body.height as usize)
            .collect();
        Paragraph::new(visible).render(body, buf);
        if overflow > scroll {
            buf.set_string(body.right() - 1, body.bottom() - 1, "↓", t.key);
        }
        if scroll > 0 {
            buf.set_string(body.right() - 1, body.y, "↑", t.key);
        }

        if let Some(prompt) = &s.reason {
            Paragraph::new(Line::styled(prompt.line(self.keymap), t.text)).render(notice, buf);
        } else if let Some(n) = &s.notice {
            Paragraph::new(Line::styled(n.clone(), t.warning)).render(notice, buf);
        }
        if let View::Feedback { graded, .. } = &s.view {
            self.grade_line(
                graded.as_ref().map(|g| g.suggested),
                graded.as_ref().is_some_and(|g| !g.correct),
                grades,
                buf,
            );
        }
        let choices_taken = matches!(s.view, View::Ask { .. });
        let typing = s.is_typing();
        let taken = |k: &Key| {
            let plain = !k.ctrl && !k.alt && matches!(k.code, KeyCodeOrd::Char(_));
            (typing && plain)
                || (choices_taken
                    && !k.ctrl
                    && matches!(k.code, KeyCodeOrd::Char('a'..='f' | '1'..='6')))
        };
        let mut hint_list = self.keymap.hints_avoiding(&s.actions(), taken);
        // The language key says what it switches to.
        for hint in hint_list
            .iter_mut()
            .filter(|h| h.1 == super::keymap::Action::Language.label())
        {
            hint.1 = if s.shown_language().is_some() {
                tr!("hint-english")
            } else {
                tr!("hint-translation")
            };
        }
        if matches!(s.view, View::Feedback { .. }) {
            hint_list[0].1 = tr!("hint-next");
        }
        if s.can_overrule() {
            hint_list.insert(1, ("o".into(), tr!("study-hint-overrule")));
        }
        if let View::Ask { .. } = s.view
            && let Some((_, q)) = s.current_key().and_then(|k| s.library.get(k))
            && q.kind().is_scenario()
        {
            hint_list.insert(0, (choice_keys(q.choices().len()), tr!("hint-choose")));
        }
        Paragraph::new(hint_bar(&hint_list, t, hints.width)).render(hints, buf);
    }
}

impl StudyView<'_> {
    fn meta(&self, q: &Question, doc: &mut Doc) {
        let topics = q.topics.join(", ");
        let card = self
            .screen
            .current_key()
            .map(|k| self.screen.card(k))
            .unwrap_or_default();
        let mut state = vec![phase_name(card.phase)];
        if card.lapses > 0 {
            state.push(tr!("study-forgotten", count = card.lapses));
        }
        if self.screen.scheduler.is_leech(&card) {
            state.push(tr!("study-leech"));
        }
        doc.text(
            &format!(
                "{} · {} · {}",
                crate::i18n::names::domain(q.domain),
                topics,
                state.join(", ")
            ),
            self.theme.dim,
        );
        doc.blank();
    }

    fn prompt(&self, q: &Question) -> String {
        if q.kind() == Kind::Multi {
            crate::deck::text::prompt_with_select(
                &q.prompt,
                q.select_count(),
                self.screen
                    .current_key()
                    .and_then(|k| self.screen.language_of(k)),
            )
        } else {
            q.prompt.trim().to_string()
        }
    }

    fn ask(
        &self,
        q: &Question,
        picked: &std::collections::BTreeSet<usize>,
        typed: &tui_input::Input,
        width: usize,
    ) -> Doc {
        let t = self.theme;
        let mut doc = Doc::new(width);
        self.meta(q, &mut doc);
        doc.text(&self.prompt(q), t.text);
        doc.blank();
        let order = self.screen.order();
        match &q.body {
            Body::Single { choices } | Body::Multi { choices } => {
                for (pos, &i) in order.iter().enumerate() {
                    let chosen = picked.contains(&pos);
                    let style = if chosen { t.picked } else { t.text };
                    doc.item(
                        &choice_label(q.kind(), chosen, pos),
                        &choices[i].text,
                        style,
                        style,
                    );
                }
                if q.kind() == Kind::Multi {
                    doc.blank();
                    doc.text(
                        &tr!(
                            "study-selected",
                            selected = picked.len(),
                            total = q.select_count()
                        ),
                        t.dim,
                    );
                }
            }
            Body::Typed { .. } => {
                doc.item(
                    &format!("{} ", tr!("study-your-answer")),
                    &with_cursor(typed),
                    t.key,
                    t.picked,
                );
            }
            Body::Card { .. } => doc.text(&tr!("study-recall"), t.dim),
        }
        doc
    }

    fn feedback(&self, q: &Question, answer: &Answer, correct: Option<bool>, width: usize) -> Doc {
        let t = self.theme;
        let mut doc = Doc::new(width);
        match correct {
            Some(true) => doc.text(&tr!("study-correct"), t.right),
            Some(false) => doc.text(&tr!("study-not-quite"), t.wrong),
            None => doc.text(&tr!("study-answer"), t.title),
        }
        doc.blank();
        doc.text(&self.prompt(q), t.dim);
        doc.blank();
        let order = self.screen.order();
        match (&q.body, answer) {
            (Body::Single { choices } | Body::Multi { choices }, Answer::Choices(picked)) => {
                for (pos, &i) in order.iter().enumerate() {
                    let c = &choices[i];
                    let was_picked = picked.contains(&i);
                    let (mark, style) = match (c.correct, was_picked) {
                        (true, true) => ("✓", t.right),
                        (true, false) => ("✓", t.right),
                        (false, true) => ("✗", t.wrong),
                        (false, false) => (" ", t.text),
                    };
                    let text = if was_picked {
                        tr!("study-your-pick", choice = c.text.as_str())
                    } else {
                        c.text.clone()
                    };
                    doc.item(
                        &format!("{mark} {}  ", LETTERS.get(pos).copied().unwrap_or('?')),
                        &text,
                        style,
                        style,
                    );
                    if let Some(why) = &c.why {
                        doc.item("     ", why, t.dim, t.dim);
                    }
                }
            }
            (Body::Typed { accept }, Answer::Typed(text)) => {
                // The two labels line up: padded to the wider one, then a space.
                let typed_label = tr!("study-you-typed");
                let accepted_label = tr!("study-accepted");
                let label_width = typed_label.width().max(accepted_label.width()) + 1;
                doc.item(
                    &pad(&typed_label, label_width),
                    text,
                    t.dim,
                    if correct == Some(true) {
                        t.right
                    } else {
                        t.wrong
                    },
                );
                doc.item(
                    &pad(&accepted_label, label_width),
                    &accept.join(" · "),
                    t.dim,
                    t.right,
                );
            }
            (Body::Card { answer }, _) => doc.text(answer, t.right),
            _ => {}
        }
        if let Some(explanation) = &q.explanation {
            doc.blank();
            doc.text(explanation, t.text);
        }
        if !q.refs.is_empty() {
            doc.blank();
            for r in &q.refs {
                let link = super::widgets::fit(r, doc.width.saturating_sub(2));
                doc.lines.push(Line::styled(format!("→ {link}"), t.dim));
            }
        }
        doc
    }

    fn grade_line(&self, suggested: Option<Rating>, wrong: bool, area: Rect, buf: &mut Buffer) {
        let t = self.theme;
        let Some(outcomes) = self.screen.outcomes(self.now) else {
            return;
        };
        let mut spans = Vec::new();
        for rating in Rating::ALL {
            if wrong && rating != Rating::Again {
                continue;
            }
            let interval = if self.screen.mode == Mode::Cram {
                tr!("study-no-change")
            } else {
                interval_text(outcomes.get(rating).interval)
            };
            let style =
                if Some(rating) == suggested || (suggested.is_none() && rating == Rating::Good) {
                    t.selected
                } else {
                    t.text
                };
            spans.push(Span::styled(format!("{}", rating.number()), t.key));
            spans.push(Span::styled(
                format!(" {} {interval}", rating_name(rating)),
                style,
            ));
            spans.push(Span::raw("   "));
        }
        if suggested.is_some() {
            spans.push(Span::styled(tr!("study-enter-accepts"), t.dim));
        }
        Paragraph::new(Line::from(spans)).render(area, buf);
    }

    fn summary(&self, width: usize) -> Doc {
        let t = self.theme;
        let s = self.screen;
        let sum = s.session.summary();
        let mut doc = Doc::new(width);
        if sum.answered == 0 {
            doc.text(&tr!("study-nothing-title"), t.title);
            doc.blank();
            doc.text(&tr!("study-nothing-body"), t.text);
        } else {
            doc.text(&tr!("study-complete"), t.title);
        }
        doc.blank();
        let accuracy = if sum.answered > 0 {
            sum.correct as f64 * 100.0 / sum.answered as f64
        } else {
            0.0
        };
        doc.text(&tr!("study-answered", count = sum.answered), t.text);
        doc.text(
            &tr!(
                "study-right",
                count = sum.correct,
                percent = format!("{accuracy:.0}")
            ),
            t.text,
        );
        let minutes = self.now.duration_since(s.started).as_secs().max(0) / 60;
        doc.text(&tr!("study-time", minutes = minutes), t.text);
        doc.blank();
        match s.next_due {
            Some(due) => {
                let wait = due.duration_since(self.now);
                let hours = wait.as_secs() / 3600;
                let when = if hours < 1 {
                    tr!("study-next-due-minutes", minutes = wait.as_secs() / 60 + 1)
                } else if hours < 48 {
                    tr!("study-next-due-hours", hours = hours)
                } else {
                    tr!("study-next-due-days", days = hours / 24)
                };
                doc.text(&when, t.text);
            }
            None => doc.text(&tr!("study-nothing-scheduled"), t.text),
        }
        doc
    }
}

/// The letters that pick a choice on this question: "a-d" for four choices.
pub(super) fn choice_keys(count: usize) -> String {
    let last = (b'a' + count.clamp(1, 6) as u8 - 1) as char;
    format!("a-{last}")
}

/// A card's phase as the line above a question names it.
fn phase_name(phase: Phase) -> String {
    match phase {
        Phase::New => tr!("study-phase-new"),
        Phase::Learning => tr!("study-phase-learning"),
        Phase::Review => tr!("study-phase-review"),
        Phase::Relearning => tr!("study-phase-relearning"),
    }
}

/// A grade's name on the grade line.
fn rating_name(rating: Rating) -> String {
    match rating {
        Rating::Again => tr!("study-rating-again"),
        Rating::Hard => tr!("study-rating-hard"),
        Rating::Good => tr!("study-rating-good"),
        Rating::Easy => tr!("study-rating-easy"),
    }
}

/// The time until a grade's next review, as `Interval`'s Display writes it ("10m", "2d",
/// "1.5mo") in the interface language. Fractions are written here so they keep one decimal.
fn interval_text(interval: Interval) -> String {
    match interval {
        Interval::Minutes(m) if m < 60 => tr!("study-interval-minutes", minutes = m),
        Interval::Minutes(m) => tr!("study-interval-hours", hours = m / 60),
        Interval::Days(d) if d < 30 => tr!("study-interval-days", days = d),
        Interval::Days(d) if d < 365 => tr!(
            "study-interval-months",
            months = format!("{:.1}", f64::from(d) / 30.4)
        ),
        Interval::Days(d) => tr!(
            "study-interval-years",
            years = format!("{:.1}", f64::from(d) / 365.0)
        ),
    }
}
