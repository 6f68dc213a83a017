//! Drawing the mock exam: header with clock and pacing, question, navigator grid, submit
//! confirmation, results by domain, and the answer review.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Widget};

use super::exam::{ExamScreen, ItemStatus, ReviewFilter, Stage};
use super::keymap::{Action, Keymap};
use super::theme::Theme;
use super::widgets::{cut, hint_bar, pad, pad_left};
use super::wrap::wrap;
use crate::deck::Kind;
use crate::exam::{PASS_SCALED, Pace};
use crate::i18n::names;
use unicode_width::UnicodeWidthStr;

pub struct ExamView<'a> {
    pub screen: &'a ExamScreen,
    pub theme: &'a Theme,
    pub keymap: &'a Keymap,
}

use super::widgets::{LETTERS, choice_label};
use crate::tr;

fn clock(ms: i64) -> String {
    let s = ms.max(0) / 1000;
    format!("{}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60)
}

fn push_wrapped(
    lines: &mut Vec<Line<'static>>,
    text: &str,
    width: usize,
    indent: usize,
    style: ratatui::style::Style,
) {
    for (i, l) in wrap(text, width.saturating_sub(indent).max(10))
        .into_iter()
        .enumerate()
    {
        let pad = if i == 0 {
            String::new()
        } else {
            " ".repeat(indent)
        };
        lines.push(Line::styled(format!("{pad}{l}"), style));
    }
}

impl Widget for ExamView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let [header, body, notice, hints] = Layout::vertical([
            Constraint::Length(2),
            Constraint::Min(1),
            Constraint::Length(1),
            Constraint::Length(1),
        ])
        .areas(area);
        let s = self.screen;
        let t = self.theme;
        let width = body.width.saturating_sub(1) as usize;
        let mut lines: Vec<Line<'static>> = Vec::new();
        let mut extra_hints: Vec<super::widgets::Hint> = Vec::new();
        match &s.stage {
            Stage::Intro => {
                Paragraph::new(Line::styled(tr!("exam-title"), t.title)).render(header, buf);
                self.intro(&mut lines, width);
            }
            Stage::Taking
            | Stage::Navigator { .. }
            | Stage::ConfirmSubmit
            | Stage::ConfirmLeave => {
                self.header(header, buf);
                if s.session.practice && s.session.is_checked() {
                    self.item_detail(&mut lines, width, s.session.current);
                } else {
                    self.question(&mut lines, width);
                    if s.session.practice && matches!(s.stage, Stage::Taking) {
                        extra_hints.push((
                            self.keymap.key_label(Action::Submit),
                            tr!("exam-hint-check"),
                        ));
                    }
                }
                let count = s
                    .session
                    .items
                    .get(s.session.current)
                    .map_or(4, |item| item.order.len());
                // A checked practice answer is frozen: no choosing to offer.
                if !(s.session.practice && s.session.is_checked()) {
                    extra_hints.push((super::study_view::choice_keys(count), tr!("hint-choose")));
                }
                if s.can_switch_language() {
                    let label = if s.english {
                        tr!("hint-translation")
                    } else {
                        tr!("hint-english")
                    };
                    extra_hints.push((self.keymap.key_label(Action::Language), label));
                }
            }
            Stage::Results => {
                let title = if s.session.practice {
                    tr!("exam-results-title-practice")
                } else {
                    tr!("exam-results-title")
                };
                Paragraph::new(Line::styled(title, t.title)).render(header, buf);
                self.results(&mut lines, width);
                extra_hints.push(("r/w/f/u".into(), tr!("exam-hint-review-filters")));
                extra_hints.push(("s".into(), tr!("exam-hint-study-misses")));
            }
            Stage::Review {
                filter,
                cursor,
                open,
            } => {
                Paragraph::new(Line::styled(
                    tr!("exam-review-title", filter = filter.label()),
                    t.title,
                ))
                .render(header, buf);
                if *open {
                    self.review_item(&mut lines, width, *filter, *cursor);
                } else {
                    self.review_list(&mut lines, *filter, *cursor, body.height as usize);
                    extra_hints.push(("r/w/f/u".into(), tr!("hint-filter")));
                }
            }
        }
        let open_review = matches!(s.stage, Stage::Review { open: false, .. });
        let overflow = lines.len().saturating_sub(body.height as usize);
        let scroll = if open_review {
            0
        } else {
            (s.scroll as usize).min(overflow)
        };
        let visible: Vec<Line> = lines
            .into_iter()
            .skip(scroll)
            .take(body.height as usize)
            .collect();
        Paragraph::new(visible).render(body, buf);
        if overflow > scroll && !open_review {
            buf.set_string(body.right() - 1, body.bottom() - 1, "↓", t.key);
        }
        if let Some(n) = &s.notice {
            Paragraph::new(Line::styled(n.clone(), t.warning)).render(notice, buf);
        }
        let mut h = extra_hints;
        h.extend(self.keymap.hints(&s.actions()));
        let submit = Action::Submit.label();
        if let Some(first) = h.iter_mut().find(|(_, label)| *label == submit) {
            first.1 = match s.stage {
                Stage::Intro => tr!("exam-hint-start"),
                Stage::Navigator { .. } => tr!("exam-hint-go-to"),
                Stage::Results => tr!("exam-hint-review-answers"),
                _ => tr!("exam-hint-open"),
            };
        }
        Paragraph::new(hint_bar(&h, t, hints.width)).render(hints, buf);

        match &s.stage {
            Stage::Navigator { cursor } => self.navigator(*cursor, area, buf),
            Stage::ConfirmSubmit => self.confirm_submit(area, buf),
            Stage::ConfirmLeave => self.dialog(
                area,
                buf,
                &format!(" {} ", tr!("exam-leave-title")),
                vec![
                    tr!("exam-leave-saved"),
                    tr!("exam-leave-resume"),
                    String::new(),
                    tr!("exam-leave-keys"),
                ],
            ),
            _ => {}
        }
    }
}

impl ExamView<'_> {
    fn header(&self, area: Rect, buf: &mut Buffer) {
        let s = self.screen;
        let t = self.theme;
        let n = s.session.items.len();
        let remaining = s.session.remaining_ms;
        let clock_style = if s.session.warn() { t.wrong } else { t.text };
        let pacing = s.session.pacing(s.session.elapsed());
        let pace = match pacing.pace {
            Pace::Ahead => tr!("exam-pace-ahead"),
            Pace::OnPace => tr!("exam-pace-on"),
            Pace::Behind => tr!("exam-pace-behind"),
        };
        let left = if s.session.warn() {
            tr!(
                "exam-time-left-warn",
                clock = clock(remaining),
                time = plural_minutes(s.session.warn_ms())
            )
        } else {
            tr!("exam-time-left", clock = clock(remaining))
        };
        Paragraph::new(Line::from(vec![
            Span::styled(
                tr!(
                    "exam-question-number",
                    number = s.session.current + 1,
                    total = n
                ),
                t.title,
            ),
            Span::styled(format!("  {left}"), clock_style),
            Span::styled(
                format!(
                    "  {}",
                    tr!(
                        "exam-progress",
                        answered = s.with_status(ItemStatus::Answered).len(),
                        flagged = s.session.flagged_count(),
                        pace = pace
                    )
                ),
                t.dim,
            ),
        ]))
        .render(area, buf);
    }

    fn intro(&self, lines: &mut Vec<Line<'static>>, width: usize) {
        let s = self.screen;
        let t = self.theme;
        let n = s.session.items.len();
        let time = plural_minutes(s.session.limit_ms);
        push_wrapped(
            lines,
            &tr!("exam-intro", count = n, time = time),
            width,
            0,
            t.text,
        );
        if s.session.practice {
            lines.push(Line::raw(""));
            push_wrapped(lines, &tr!("exam-intro-practice"), width, 0, t.warning);
        }
        lines.push(Line::raw(""));
        let mut counts = std::collections::BTreeMap::new();
        for item in &s.session.items {
            *counts.entry(item.domain).or_insert(0) += 1;
        }
        for (domain, c) in counts {
            lines.push(Line::styled(
                format!("  {} {c:>3}", pad(&names::domain(domain), 40)),
                t.text,
            ));
        }
        if let Some(a) = &s.assembly {
            if a.items.len() < a.wanted {
                lines.push(Line::raw(""));
                push_wrapped(
                    lines,
                    &tr!(
                        "exam-intro-short",
                        available = a.items.len(),
                        wanted = a.wanted
                    ),
                    width,
                    0,
                    t.warning,
                );
            }
            for short in &a.shortfalls {
                push_wrapped(
                    lines,
                    &tr!(
                        "exam-intro-short-domain",
                        domain = names::domain(short.domain),
                        available = short.available,
                        wanted = short.wanted
                    ),
                    width,
                    0,
                    t.warning,
                );
            }
        }
        lines.push(Line::raw(""));
        push_wrapped(lines, &tr!("exam-intro-clock"), width, 0, t.dim);
    }

    fn question(&self, lines: &mut Vec<Line<'static>>, width: usize) {
        let s = self.screen;
        let t = self.theme;
        let Some(item) = s.session.current_item() else {
            return;
        };
        let Some(q) = s.question(&item.key) else {
            lines.push(Line::styled(tr!("exam-question-gone"), t.warning));
            return;
        };
        if s.session.flagged[s.session.current] {
            lines.push(Line::styled(tr!("exam-flagged-for-review"), t.warning));
        }
        let prompt = if q.kind() == Kind::Multi {
            crate::deck::text::prompt_with_select(
                &q.prompt,
                q.select_count(),
                s.shown_language()
                    .filter(|l| s.library.has_translation(&item.key, l)),
            )
        } else {
            q.prompt.trim().to_string()
        };
        push_wrapped(lines, &prompt, width, 0, t.text);
        lines.push(Line::raw(""));
        let answer = &s.session.answers[s.session.current];
        for (pos, &i) in item.order.iter().enumerate() {
            let Some(choice) = q.choices().get(i) else {
                continue;
            };
            let chosen = answer.contains(&i);
            let style = if chosen { t.picked } else { t.text };
            let label = choice_label(q.kind(), chosen, pos);
            let indent = label.chars().count();
            for (n, l) in wrap(&choice.text, width.saturating_sub(indent).max(10))
                .into_iter()
                .enumerate()
            {
                let head = if n == 0 {
                    label.clone()
                } else {
                    " ".repeat(indent)
                };
                lines.push(Line::styled(format!("{head}{l}"), style));
            }
        }
        if q.kind() == Kind::Multi {
            lines.push(Line::raw(""));
            lines.push(Line::styled(
                tr!(
                    "exam-selected",
                    picked = answer.len(),
                    required = q.select_count()
                ),
                t.dim,
            ));
        }
    }

    fn navigator(&self, cursor: usize, area: Rect, buf: &mut Buffer) {
        let s = self.screen;
        let t = self.theme;
        let n = s.session.items.len();
        let rows = n.div_ceil(10) as u16;
        let popup = centered(area, 64, rows + 6);
        Clear.render(popup, buf);
        let mut lines = Vec::new();
        for row in 0..rows as usize {
            let mut spans = Vec::new();
            for i in row * 10..((row + 1) * 10).min(n) {
                let status = s.status(i);
                let state = match status {
                    ItemStatus::Answered => "✓",
                    ItemStatus::Incomplete => "~",
                    ItemStatus::Unanswered => "·",
                };
                let flag = if s.session.flagged.get(i).copied().unwrap_or(false) {
                    "⚑"
                } else {
                    " "
                };
                let style = if i == cursor {
                    t.selected
                } else if status == ItemStatus::Answered {
                    t.text
                } else {
                    t.dim
                };
                spans.push(Span::styled(format!("{:>3}{state}{flag} ", i + 1), style));
            }
            lines.push(Line::from(spans));
        }
        lines.push(Line::raw(""));
        lines.push(Line::styled(tr!("exam-navigator-legend"), t.dim));
        lines.push(Line::styled(tr!("exam-navigator-keys"), t.dim));
        Paragraph::new(lines)
            .block(
                Block::default()
                    .borders(Borders::ALL)
                    .title(format!(" {} ", tr!("exam-navigator-title"))),
            )
            .render(popup, buf);
    }

    fn confirm_submit(&self, area: Rect, buf: &mut Buffer) {
        let s = self.screen;
        let list = |v: Vec<usize>| {
            if v.is_empty() {
                tr!("exam-confirm-none")
            } else {
                v.iter()
                    .map(|i| (i + 1).to_string())
                    .collect::<Vec<_>>()
                    .join(", ")
            }
        };
        let unanswered = s.with_status(ItemStatus::Unanswered);
        let incomplete = s.with_status(ItemStatus::Incomplete);
        let mut text = vec![
            tr!(
                "exam-confirm-unanswered",
                count = unanswered.len(),
                list = list(unanswered)
            ),
            tr!(
                "exam-confirm-incomplete",
                count = incomplete.len(),
                list = list(incomplete)
            ),
            tr!(
                "exam-confirm-flagged",
                count = s.session.flagged_count(),
                list = list(s.session.flagged())
            ),
            String::new(),
            tr!("exam-confirm-counts-wrong"),
            tr!("exam-confirm-keys"),
        ];
        // Terminal cells, not characters: a Korean character takes two.
        for line in &mut text {
            if line.width() > 70 {
                *line = cut(line, 67) + "...";
            }
        }
        self.dialog(area, buf, &format!(" {} ", tr!("exam-confirm-title")), text);
    }

    fn dialog(&self, area: Rect, buf: &mut Buffer, title: &str, text: Vec<String>) {
        let popup = centered(area, 74, text.len() as u16 + 2);
        Clear.render(popup, buf);
        let lines: Vec<Line> = text
            .into_iter()
            .map(|l| Line::styled(l, self.theme.text))
            .collect();
        Paragraph::new(lines)
            .block(
                Block::default()
                    .borders(Borders::ALL)
                    .title(title.to_string()),
            )
            .render(popup, buf);
    }

    fn results(&self, lines: &mut Vec<Line<'static>>, width: usize) {
        let s = self.screen;
        let t = self.theme;
        let Some(r) = &s.result else { return };
        let verdict = if r.passed {
            (tr!("exam-results-pass", mark = PASS_SCALED), t.right)
        } else {
            (tr!("exam-results-fail", mark = PASS_SCALED), t.wrong)
        };
        lines.push(Line::from(vec![
            Span::styled(
                format!("{}  ", tr!("exam-results-score", score = r.scaled)),
                t.title,
            ),
            Span::styled(verdict.0, verdict.1),
        ]));
        lines.push(Line::styled(
            tr!(
                "exam-results-raw",
                correct = r.correct,
                total = r.total,
                answered = r.answered,
                time = clock(r.time_used_ms)
            ),
            t.text,
        ));
        if let Some(line) = time_per_question(&s.session.time_ms) {
            lines.push(Line::styled(line, t.text));
        }
        push_wrapped(lines, &tr!("exam-results-scaling"), width, 0, t.dim);
        lines.push(Line::raw(""));
        lines.push(Line::styled(
            format!(
                "  {} {} {:>5}  {}",
                pad(&tr!("exam-results-column-domain"), 40),
                pad_left(&tr!("exam-results-column-right"), 7),
                "%",
                tr!("exam-results-column-result")
            ),
            t.dim,
        ));
        for d in &r.per_domain {
            let (label, style) = if d.meets {
                (tr!("exam-results-meets"), t.right)
            } else {
                (tr!("exam-results-needs-improvement"), t.wrong)
            };
            lines.push(Line::from(vec![
                Span::styled(
                    format!(
                        "  {} {:>3}/{:<3} {:>4}%  ",
                        pad(&names::domain(d.domain), 40),
                        d.correct,
                        d.total,
                        d.percent
                    ),
                    t.text,
                ),
                Span::styled(label, style),
            ]));
        }
        self.trend(lines);
        lines.push(Line::raw(""));
        push_wrapped(lines, &tr!("exam-results-schedule"), width, 0, t.dim);
    }

    /// Scores and domain percentages of the last attempts, oldest first, ending with this one.
    fn trend(&self, lines: &mut Vec<Line<'static>>) {
        const SHOWN: usize = 6;
        let t = self.theme;
        let history = &self.screen.history;
        if history.len() < 2 {
            return;
        }
        let recent = &history[history.len().saturating_sub(SHOWN)..];
        lines.push(Line::raw(""));
        lines.push(Line::styled(
            tr!("exam-trend", count = recent.len()),
            t.text,
        ));
        let row = |label: &str, cells: Vec<String>| {
            let cells: String = cells.iter().map(|c| format!("{c:>6}")).collect();
            format!("  {}{cells}", pad(label, 12))
        };
        lines.push(Line::styled(
            row(
                &tr!("exam-trend-score"),
                recent.iter().map(|e| e.scaled.to_string()).collect(),
            ),
            t.text,
        ));
        for domain in crate::deck::Domain::ALL {
            let cells = recent
                .iter()
                .map(|e| {
                    e.domains
                        .iter()
                        .find(|d| d.domain == domain.as_str())
                        .map_or_else(|| "-".to_string(), |d| format!("{}%", d.percent))
                })
                .collect();
            let label = match domain {
                crate::deck::Domain::Secure => tr!("exam-trend-secure"),
                crate::deck::Domain::Resilient => tr!("exam-trend-resilient"),
                crate::deck::Domain::Performance => tr!("exam-trend-performance"),
                crate::deck::Domain::Cost => tr!("exam-trend-cost"),
            };
            lines.push(Line::styled(row(&label, cells), t.dim));
        }
    }

    fn status(&self, i: usize) -> Outcome {
        let s = self.screen;
        if s.session.answers[i].is_empty() {
            Outcome::Unanswered
        } else if s.is_correct(i) {
            Outcome::Right
        } else {
            Outcome::Wrong
        }
    }

    fn review_list(
        &self,
        lines: &mut Vec<Line<'static>>,
        filter: ReviewFilter,
        cursor: usize,
        height: usize,
    ) {
        let s = self.screen;
        let t = self.theme;
        let items = s.review_items(filter);
        if items.is_empty() {
            lines.push(Line::styled(
                tr!("exam-review-empty", filter = filter.label()),
                t.dim,
            ));
            return;
        }
        let first = cursor.saturating_sub(height.saturating_sub(1));
        for (row, &i) in items.iter().enumerate().skip(first).take(height) {
            let item = &s.session.items[i];
            let prompt = s
                .library
                .get(&item.key)
                .map(|(_, q)| q.prompt.trim().replace('\n', " "))
                .unwrap_or_default();
            let flag = if s.session.flagged[i] { "⚑" } else { " " };
            let status = self.status(i);
            let head = format!("{:>3} {flag} {} ", i + 1, pad(&status.label(), 10));
            let room = 100usize.saturating_sub(head.width());
            let shown: String = crate::deck::text::inert(&prompt)
                .chars()
                .take(room)
                .collect();
            let style = if row == cursor {
                t.selected
            } else if status == Outcome::Right {
                t.text
            } else {
                t.wrong
            };
            lines.push(Line::styled(format!("{head}{shown}"), style));
        }
    }

    fn review_item(
        &self,
        lines: &mut Vec<Line<'static>>,
        width: usize,
        filter: ReviewFilter,
        cursor: usize,
    ) {
        let items = self.screen.review_items(filter);
        if let Some(&i) = items.get(cursor) {
            self.item_detail(lines, width, i);
        }
    }

    /// Item `i` with its answer judged: each choice marked right or wrong with its why, the
    /// explanation and the links (the review, and a checked answer in practice mode).
    fn item_detail(&self, lines: &mut Vec<Line<'static>>, width: usize, i: usize) {
        let s = self.screen;
        let t = self.theme;
        let Some(item) = s.session.items.get(i) else {
            return;
        };
        let Some(q) = s.question(&item.key) else {
            lines.push(Line::styled(tr!("exam-review-gone"), t.warning));
            return;
        };
        let status = self.status(i);
        let style = if status == Outcome::Right {
            t.right
        } else {
            t.wrong
        };
        let heading = if s.session.flagged[i] {
            tr!(
                "exam-review-heading-flagged",
                number = i + 1,
                total = s.session.items.len(),
                status = status.label()
            )
        } else {
            tr!(
                "exam-review-heading",
                number = i + 1,
                total = s.session.items.len(),
                status = status.label()
            )
        };
        lines.push(Line::styled(heading, style));
        lines.push(Line::styled(
            format!("{} · {}", names::domain(q.domain), q.topics.join(", ")),
            t.dim,
        ));
        lines.push(Line::raw(""));
        push_wrapped(lines, q.prompt.trim(), width, 0, t.text);
        lines.push(Line::raw(""));
        let answer = &s.session.answers[i];
        for (pos, &ci) in item.order.iter().enumerate() {
            let Some(c) = q.choices().get(ci) else {
                continue;
            };
            let picked = answer.contains(&ci);
            let (mark, style) = match (c.correct, picked) {
                (true, _) => ("✓", t.right),
                (false, true) => ("✗", t.wrong),
                (false, false) => (" ", t.text),
            };
            let text = if picked {
                tr!("exam-review-your-answer", choice = c.text.as_str())
            } else {
                c.text.clone()
            };
            push_wrapped(
                lines,
                &format!(
                    "{mark} {}  {text}",
                    LETTERS.get(pos).copied().unwrap_or('?'),
                ),
                width,
                5,
                style,
            );
            if let Some(why) = &c.why {
                push_wrapped(lines, &format!("     {why}"), width, 5, t.dim);
            }
        }
        if let Some(e) = &q.explanation {
            lines.push(Line::raw(""));
            push_wrapped(lines, e, width, 0, t.text);
        }
        for r in &q.refs {
            let link = super::widgets::fit(r, width.saturating_sub(2));
            lines.push(Line::styled(format!("→ {link}"), t.dim));
        }
    }
}

/// How an answer came out, in the review.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Outcome {
    Right,
    Wrong,
    Unanswered,
}

impl Outcome {
    fn label(self) -> String {
        match self {
            Outcome::Right => tr!("exam-status-right"),
            Outcome::Wrong => tr!("exam-status-wrong"),
            Outcome::Unanswered => tr!("exam-status-unanswered"),
        }
    }
}

fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let width = width.min(area.width);
    let height = height.min(area.height);
    Rect {
        x: area.x + (area.width - width) / 2,
        y: area.y + (area.height - height) / 2,
        width,
        height,
    }
}

/// "1 minute", "10 minutes", or seconds under a minute.
fn plural_minutes(ms: i64) -> String {
    match ms / 60_000 {
        0 => tr!("exam-seconds", seconds = (ms / 1000).max(1)),
        m => tr!("exam-minutes", minutes = m),
    }
}

/// "Time per question: average 1:42 (exam pace 2:00); longest: Q12 4:10, Q3 3:55, Q40 3:30",
/// or nothing when no time was recorded (an exam saved before times were kept).
fn time_per_question(times: &[i64]) -> Option<String> {
    const LONGEST: usize = 3;
    let total: i64 = times.iter().sum();
    if times.is_empty() || total <= 0 {
        return None;
    }
    let short = |ms: i64| {
        let s = ms.max(0) / 1000;
        format!("{}:{:02}", s / 60, s % 60)
    };
    let mut order: Vec<usize> = (0..times.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(times[i]));
    let longest: Vec<String> = order
        .iter()
        .take(LONGEST)
        .filter(|&&i| times[i] > 0)
        .map(|&i| {
            tr!(
                "exam-results-longest-item",
                number = i + 1,
                time = short(times[i])
            )
        })
        .collect();
    Some(tr!(
        "exam-results-time-per-question",
        average = short(total / times.len() as i64),
        pace = short(crate::exam::PACE_MS_PER_QUESTION),
        longest = longest.join(", ")
    ))
}
