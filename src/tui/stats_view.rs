//! Drawing the stats screen: due forecast, activity calendar, retention, questions by state,
//! mastery by domain and topic, mock exams, readiness and the wrong options picked most often.
//!
//! Every figure is written out in numbers or words; bars, shading and colour only repeat it, so
//! a terminal without colour (NO_COLOR) shows the same information.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use super::theme::Theme;
use super::widgets::{bar, fits, hint_bar, pad, too_small};
use super::wrap::wrap;
use crate::stats::report::MIN_RATE_SAMPLE;
use crate::stats::text::{domain_short, readiness_summary, task_name};
use crate::stats::{PASSING_SCORE, StatsReport};
use crate::tr;

pub struct StatsView<'a> {
    pub report: &'a StatsReport,
    pub theme: &'a Theme,
    /// Lines scrolled down; clamped when drawn.
    pub scroll: u16,
}

/// Exam attempts listed (latest last).
const EXAMS_SHOWN: usize = 8;
/// Topics listed under mastery.
const TOPICS_SHOWN: usize = 8;
/// Rows of the forecast chart.
const CHART_ROWS: usize = 4;
const EIGHTHS: [char; 9] = [' ', '▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];
const SHADES: [char; 5] = ['·', '░', '▒', '▓', '█'];

impl StatsView<'_> {
    /// The furthest `scroll` that still fills the body of a screen of `area`.
    pub fn max_scroll(&self, area: Rect) -> u16 {
        let body = area.height.saturating_sub(2);
        let lines = self.lines(area.width).len();
        u16::try_from(lines.saturating_sub(body as usize)).unwrap_or(u16::MAX)
    }

    /// The whole scrollable body at `width`.
    fn lines(&self, width: u16) -> Vec<Line<'static>> {
        let mut doc = Doc {
            width: width as usize,
            theme: *self.theme,
            lines: Vec::new(),
        };
        doc.due(self.report);
        doc.activity(self.report);
        doc.retention(self.report);
        doc.questions(self.report);
        doc.mastery(self.report);
        doc.exams(self.report);
        doc.readiness(self.report);
        doc.confusions(self.report);
        doc.lines
    }
}

impl Widget for StatsView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let t = self.theme;
        if !fits(area) {
            too_small(area, buf, t);
            return;
        }
        let [title, body, hints] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Min(1),
            Constraint::Length(1),
        ])
        .areas(area);
        let r = self.report;
        let streak = r.reviews.streak_days;
        let figures = match r.readiness.scaled_score {
            Some(score) => tr!("stats-header-score", score = score, streak = streak),
            None => tr!(
                "stats-header-no-score",
                needed = r.readiness.questions_needed,
                streak = streak
            ),
        };
        Paragraph::new(Line::from(vec![
            Span::styled(format!("saa · {}", tr!("stats-title")), t.title),
            Span::styled(format!("   {figures}"), t.text),
        ]))
        .render(title, buf);

        let lines = self.lines(body.width);
        let max = lines.len().saturating_sub(body.height as usize);
        let scroll = (self.scroll as usize).min(max);
        Paragraph::new(lines)
            .scroll((u16::try_from(scroll).unwrap_or(u16::MAX), 0))
            .render(body, buf);

        let keys = [
            ("↑↓".to_string(), tr!("hint-scroll")),
            ("Esc".to_string(), tr!("action-back")),
            ("?".to_string(), tr!("action-help")),
        ];
        Paragraph::new(hint_bar(&keys, t, hints.width)).render(hints, buf);
    }
}

/// Lines being built at a width.
struct Doc {
    width: usize,
    theme: Theme,
    lines: Vec<Line<'static>>,
}

fn percent(share: f64) -> String {
    format!("{:.0}%", share * 100.0)
}

/// `s` cut to `width` columns, with an ellipsis when cut.
fn fit(s: &str, width: usize) -> String {
    if s.width() <= width {
        return s.to_string();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in s.chars() {
        let w = c.width().unwrap_or(0);
        if used + w + 1 > width {
            break;
        }
        out.push(c);
        used += w;
    }
    if width > 0 {
        out.push('…');
    }
    out
}

impl Doc {
    fn push(&mut self, spans: Vec<Span<'static>>) {
        self.lines.push(Line::from(spans));
    }

    fn styled(&mut self, text: String, style: Style) {
        self.lines.push(Line::styled(text, style));
    }

    /// `items` (column, text) laid out on one line by terminal cells, a later item dropped
    /// where it would overlap an earlier one or run past `width`.
    fn place(items: &[(usize, String)], width: usize) -> String {
        let mut line = String::new();
        let mut used = 0;
        for (at, text) in items {
            if *at < used || at + text.width() > width {
                continue;
            }
            line.push_str(&" ".repeat(at - used));
            line.push_str(text);
            used = at + text.width();
        }
        line
    }

    fn heading(&mut self, title: &str, detail: String) {
        if !self.lines.is_empty() {
            self.lines.push(Line::raw(""));
        }
        let t = self.theme;
        self.push(vec![
            Span::styled(title.to_string(), t.title),
            Span::styled(detail, t.text),
        ]);
    }

    /// `label` then `text` wrapped under itself.
    fn hanging(&mut self, label: &str, text: &str, style: Style) {
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
            self.styled(format!("{head}{l}"), style);
        }
    }

    fn due(&mut self, r: &StatsReport) {
        let total: usize = r.forecast.iter().sum();
        self.heading(
            &tr!("stats-due-title"),
            format!(
                "  {}",
                tr!(
                    "stats-due-detail",
                    now = r.due.now,
                    today = r.due.today,
                    tomorrow = r.due.tomorrow,
                    month = total
                )
            ),
        );
        if total == 0 {
            self.styled(format!("  {}", tr!("stats-due-none")), self.theme.dim);
            return;
        }
        let max = r.forecast.iter().copied().max().unwrap_or(1).max(1);
        let gutter = 6;
        let column = if self.width >= gutter + 2 * r.forecast.len() {
            2
        } else {
            1
        };
        let eighths = CHART_ROWS * 8;
        let heights: Vec<usize> = r
            .forecast
            .iter()
            .map(|&v| match v {
                0 => 0,
                v => (v * eighths).div_ceil(max).max(1),
            })
            .collect();
        for row in 0..CHART_ROWS {
            let floor = (CHART_ROWS - 1 - row) * 8;
            let label = match row {
                0 => format!("{max:>4} "),
                _ => " ".repeat(gutter - 1),
            };
            let cells: String = heights
                .iter()
                .map(|h| {
                    let c = EIGHTHS[h.saturating_sub(floor).min(8)];
                    if column == 2 {
                        format!("{c} ")
                    } else {
                        c.to_string()
                    }
                })
                .collect();
            self.push(vec![
                Span::styled(label, self.theme.dim),
                Span::styled(format!("│{cells}"), self.theme.bar),
            ]);
        }
        let labels: Vec<(usize, String)> = [0, 7, 14, 21, 28]
            .into_iter()
            .map(|day| {
                let label = match day {
                    0 => tr!("stats-due-axis-today"),
                    _ => format!("+{day}"),
                };
                (day * column, label)
            })
            .collect();
        let axis = Self::place(&labels, r.forecast.len() * column + 6);
        self.styled(
            format!("{}{}", " ".repeat(gutter), axis.trim_end()),
            self.theme.dim,
        );
    }

    fn activity(&mut self, r: &StatsReport) {
        let rv = &r.reviews;
        self.heading(
            &tr!("stats-activity-title"),
            format!(
                "  {}",
                tr!(
                    "stats-activity-detail",
                    streak = rv.streak_days,
                    today = rv.today,
                    total = rv.total
                )
            ),
        );
        let Ok(start) = rv.heatmap_start.parse::<jiff::civil::Date>() else {
            return;
        };
        let offset = start.weekday().to_monday_zero_offset() as usize;
        let weeks = (offset + rv.heatmap.len()).div_ceil(7);
        let cell = if self.width >= 4 + 2 * weeks { 2 } else { 1 };
        let max = rv.heatmap.iter().copied().max().unwrap_or(0);
        let level = |count: u32| -> usize {
            if count == 0 || max == 0 {
                0
            } else {
                (count as usize * 4).div_ceil(max as usize).clamp(1, 4)
            }
        };

        // Month names over the week in which each month begins, a space at least between two.
        let mut months: Vec<(usize, String)> = Vec::new();
        let mut free_from = 0;
        for (i, _) in rv.heatmap.iter().enumerate() {
            let Ok(date) = start.checked_add(jiff::Span::new().days(i as i64)) else {
                continue;
            };
            if date.day() != 1 && i != 0 {
                continue;
            }
            let at = 4 + (offset + i) / 7 * cell;
            if at < free_from {
                continue;
            }
            let name = tr!("stats-month", month = date.month());
            free_from = at + name.width().max(3) + 1;
            months.push((at, name));
        }
        self.styled(
            Self::place(&months, 4 + weeks * cell + 3)
                .trim_end()
                .to_string(),
            self.theme.dim,
        );
        for weekday in 0..7 {
            let name = tr!("stats-weekday", day = weekday + 1);
            let mut row = String::new();
            for week in 0..weeks {
                let index = (week * 7 + weekday).checked_sub(offset);
                let c = match index.and_then(|i| rv.heatmap.get(i)) {
                    Some(&count) => SHADES[level(count)],
                    None => ' ',
                };
                row.push(c);
                if cell == 2 {
                    row.push(' ');
                }
            }
            self.push(vec![
                Span::styled(format!("{} ", pad(&name, 3)), self.theme.dim),
                Span::styled(row.trim_end().to_string(), self.theme.bar),
            ]);
        }
        // The legend: each shade with the counts it stands for.
        let mut legend = vec![Span::styled(
            format!("    · {}", tr!("stats-heatmap-none")),
            self.theme.dim,
        )];
        for (k, shade) in SHADES.iter().enumerate().skip(1) {
            let lo = max as usize * (k - 1) / 4 + 1;
            let hi = max as usize * k / 4;
            if max == 0 || lo > hi {
                continue;
            }
            let range = if lo == hi {
                lo.to_string()
            } else {
                format!("{lo}-{hi}")
            };
            legend.push(Span::styled(format!("  {shade} {range}"), self.theme.dim));
        }
        legend.push(Span::styled(
            format!("  {}", tr!("stats-heatmap-unit")),
            self.theme.dim,
        ));
        self.push(legend);
    }

    fn retention(&mut self, r: &StatsReport) {
        let ret = &r.retention;
        self.heading(
            &tr!("stats-retention-title"),
            format!(
                "  {}",
                tr!("stats-retention-detail", desired = percent(ret.desired))
            ),
        );
        let rows = [
            (
                tr!("stats-retention-7-days"),
                ret.last_7_days,
                ret.reviews_7_days,
            ),
            (
                tr!("stats-retention-30-days"),
                ret.last_30_days,
                ret.reviews_30_days,
            ),
        ];
        let label_width = rows.iter().map(|(l, _, _)| l.width()).max().unwrap_or(0);
        for (label, value, n) in rows {
            let label = pad(&label, label_width);
            match value {
                None => self.styled(
                    format!(
                        "  {label}  {}",
                        tr!(
                            "stats-retention-too-few",
                            reviews = n,
                            needed = MIN_RATE_SAMPLE
                        )
                    ),
                    self.theme.dim,
                ),
                Some(v) => {
                    let verdict = if (v - ret.desired).abs() < 0.005 {
                        tr!("stats-retention-on-target")
                    } else if v > ret.desired {
                        tr!("stats-retention-above")
                    } else {
                        tr!("stats-retention-below")
                    };
                    let style = if v + 0.005 >= ret.desired {
                        self.theme.right
                    } else {
                        self.theme.warning
                    };
                    self.push(vec![
                        Span::styled(format!("  {label}  "), self.theme.text),
                        Span::styled(bar(v, 20), self.theme.bar),
                        Span::styled(format!(" {:>4}", percent(v)), style),
                        Span::styled(
                            format!(
                                "  {}",
                                tr!("stats-retention-of", reviews = n, verdict = verdict)
                            ),
                            self.theme.text,
                        ),
                    ]);
                }
            }
        }
    }

    fn questions(&mut self, r: &StatsReport) {
        let c = &r.cards;
        self.heading(
            &tr!("stats-questions-title"),
            format!("  {}", tr!("stats-questions-total", total = c.total)),
        );
        let text = format!(
            "  {}",
            tr!(
                "stats-questions-states",
                new = c.new,
                learning = c.learning,
                young = c.young,
                mature = c.mature,
                suspended = c.suspended,
                leeches = c.leeches
            )
        );
        self.hanging("", &text, self.theme.text);
    }

    /// A bar row: name, bar, percent, seen of total. Bars line up whatever the numbers.
    fn mastery_row(&mut self, name: &str, name_width: usize, mastery: f64, seen: usize, n: usize) {
        const TAIL: usize = 18;
        let bar_width = self
            .width
            .saturating_sub(2 + name_width + 1 + TAIL)
            .clamp(4, 20);
        let mut spans = vec![Span::styled(
            format!("  {} ", pad(&fit(name, name_width), name_width)),
            self.theme.text,
        )];
        if n == 0 {
            spans.push(Span::styled(
                tr!("stats-mastery-no-questions"),
                self.theme.dim,
            ));
        } else {
            spans.push(Span::styled(bar(mastery, bar_width), self.theme.bar));
            spans.push(Span::styled(
                format!(
                    " {:>4}  {}",
                    percent(mastery),
                    tr!("stats-mastery-seen", seen = seen, total = n)
                ),
                self.theme.text,
            ));
        }
        self.push(spans);
    }

    fn mastery(&mut self, r: &StatsReport) {
        self.heading(
            &tr!("stats-mastery-domain-title"),
            format!("  {}", tr!("stats-mastery-domain-detail")),
        );
        let name_width = (self.width.saturating_sub(34)).clamp(12, 42);
        for d in &r.domains {
            let name = format!(
                "{} ({}%)",
                crate::i18n::names::domain(d.domain),
                d.weight_percent
            );
            self.mastery_row(&name, name_width, d.mastery, d.seen, d.questions);
        }
        if r.tasks.iter().any(|t| t.questions > 0) {
            self.heading(
                &tr!("stats-mastery-task-title"),
                format!("  {}", tr!("stats-mastery-task-detail")),
            );
            for t in r.tasks.iter().filter(|t| t.questions > 0) {
                let name = format!("{} {}", t.task, task_name(&t.task, t.title));
                self.mastery_row(&name, name_width, t.mastery, t.seen, t.questions);
            }
        }
        if r.topics.is_empty() {
            return;
        }
        self.heading(
            &tr!("stats-mastery-topic-title"),
            format!("  {}", tr!("stats-mastery-topic-detail")),
        );
        let name_width = r
            .topics
            .iter()
            .take(TOPICS_SHOWN)
            .map(|t| t.topic.width())
            .max()
            .unwrap_or(0)
            .clamp(8, 30);
        for t in r.topics.iter().take(TOPICS_SHOWN) {
            self.mastery_row(&t.topic, name_width, t.mastery, t.seen, t.questions);
        }
    }

    /// A 100-1000 scale `width` wide with the pass mark as `|`.
    fn scale(score: u32, width: usize) -> String {
        let position = |s: u32| {
            ((f64::from(s.clamp(100, 1000)) - 100.0) / 900.0 * width as f64).round() as usize
        };
        let filled = position(score);
        let pass = position(PASSING_SCORE).min(width.saturating_sub(1));
        (0..width)
            .map(|i| match i {
                _ if i == pass => '|',
                _ if i < filled => '█',
                _ => '░',
            })
            .collect()
    }

    fn exams(&mut self, r: &StatsReport) {
        self.heading(
            &tr!("stats-exams-title"),
            format!("  {}", tr!("stats-exams-detail", pass = PASSING_SCORE)),
        );
        if r.exams.is_empty() {
            self.styled(format!("  {}", tr!("stats-exams-none")), self.theme.dim);
            return;
        }
        let skip = r.exams.len().saturating_sub(EXAMS_SHOWN);
        let width = self.width.saturating_sub(2 + 10 + 2 + 24).clamp(10, 40);
        for e in &r.exams[skip..] {
            let date = e.started_at.get(..10).unwrap_or(&e.started_at).to_string();
            if !e.finished {
                self.styled(
                    format!(
                        "  {date}  {}",
                        tr!(
                            "stats-exam-unfinished",
                            answered = e.answered,
                            total = e.questions
                        )
                    ),
                    self.theme.dim,
                );
                continue;
            }
            let (verdict, style) = if e.passed {
                (tr!("stats-exam-pass"), self.theme.right)
            } else {
                (tr!("stats-exam-fail"), self.theme.wrong)
            };
            self.push(vec![
                Span::styled(format!("  {date}  "), self.theme.text),
                Span::styled(Self::scale(e.scaled_score, width), self.theme.bar),
                Span::styled(format!(" {:>4} ", e.scaled_score), self.theme.text),
                Span::styled(verdict, style),
                Span::styled(
                    format!(
                        "  {}",
                        tr!("stats-exam-right", correct = e.correct, total = e.questions)
                    ),
                    self.theme.text,
                ),
            ]);
        }
        if let Some(last) = r.exams.last().filter(|e| !e.domains.is_empty()) {
            self.styled(
                format!("  {}", tr!("stats-exam-latest-by-domain")),
                self.theme.text,
            );
            for d in &last.domains {
                self.push(vec![
                    Span::styled(
                        format!("    {}", pad(&domain_short(d.domain), 12)),
                        self.theme.text,
                    ),
                    Span::styled(bar(d.percent / 100.0, 20), self.theme.bar),
                    Span::styled(format!(" {:>4.0}%", d.percent), self.theme.text),
                ]);
            }
        }
    }

    /// The range as ▒ around the estimate █ on the 100-1000 scale, | at the pass mark.
    fn readiness_scale(&mut self, score: u32, low: u32, high: u32) {
        let width = self.width.saturating_sub(14).clamp(10, 60);
        let position = |s: u32| {
            ((f64::from(s.clamp(100, 1000)) - 100.0) / 900.0 * (width - 1) as f64).round() as usize
        };
        let (low, high, at, pass) = (
            position(low),
            position(high),
            position(score),
            position(PASSING_SCORE),
        );
        let scale: String = (0..width)
            .map(|i| match i {
                _ if i == at => '█',
                _ if i == pass => '|',
                _ if (low..=high).contains(&i) => '▒',
                _ => '░',
            })
            .collect();
        self.push(vec![
            Span::styled("  100 ".to_string(), self.theme.dim),
            Span::styled(scale, self.theme.bar),
            Span::styled(" 1000".to_string(), self.theme.dim),
        ]);
    }

    fn readiness(&mut self, r: &StatsReport) {
        let rd = &r.readiness;
        self.heading(
            &tr!("stats-readiness-title"),
            format!("  {}", readiness_summary(rd)),
        );
        if let (Some(score), Some(low), Some(high)) = (rd.scaled_score, rd.low, rd.high) {
            self.readiness_scale(score, low, high);
        }
        let source = match rd.exam_fraction {
            Some(x) => tr!(
                "stats-readiness-from-exams",
                mastery = percent(rd.mastery_fraction),
                exam = percent(x),
                exams = rd.exams_used,
                seen = rd.seen
            ),
            None => tr!(
                "stats-readiness-from-mastery",
                mastery = percent(rd.mastery_fraction),
                seen = rd.seen
            ),
        };
        self.hanging("", &format!("  {source}"), self.theme.text);
        if !rd.focus.is_empty() {
            self.styled(
                format!("  {}", tr!("stats-readiness-focus")),
                self.theme.text,
            );
            for (i, f) in rd.focus.iter().enumerate() {
                let text = tr!(
                    "stats-readiness-focus-topic",
                    topic = f.topic.as_str(),
                    gain = f.gain,
                    mastery = percent(f.mastery),
                    questions = f.questions
                );
                self.hanging(&format!("    {}. ", i + 1), &text, self.theme.text);
            }
        }
        self.hanging(
            &format!("  {} ", tr!("stats-readiness-how")),
            &tr!("stats-readiness-method"),
            self.theme.dim,
        );
    }

    fn confusions(&mut self, r: &StatsReport) {
        let list = &r.reviews.confusions;
        self.heading(&tr!("stats-confusions-title"), String::new());
        if list.is_empty() {
            self.styled(
                format!("  {}", tr!("stats-confusions-none")),
                self.theme.dim,
            );
            return;
        }
        for c in list {
            let label = format!("  {:>3}× ", c.count);
            let text = format!("{}: {}", c.question, c.text);
            self.hanging(&label, &text, self.theme.text);
        }
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use super::*;
    use crate::deck::{Library, parse_deck_str};
    use crate::sched::{CardState, DayClock, Mode, Phase, Rating, SchedConfig, Scheduler};
    use crate::stats::{ExamAttempt, LogSummary, StatsInput, compute};
    use crate::study::ReviewRow;

    fn report() -> StatsReport {
        let deck = parse_deck_str(
            "[deck]\nid = \"d\"\ntitle = \"D\"\n\
             [[question]]\nid = \"a\"\nkind = \"single\"\ndomain = \"secure\"\ntopics = [\"vpc\"]\n\
             prompt = \"Which?\"\n[[question.choice]]\ntext = \"Open everything\"\n\
             [[question.choice]]\ntext = \"A VPC endpoint\"\ncorrect = true\n\
             [[question]]\nid = \"b\"\nkind = \"card\"\ndomain = \"cost\"\ntopics = [\"s3\"]\n\
             prompt = \"IA?\"\nanswer = \"rarely read\"\n",
        )
        .deck
        .expect("deck parses");
        let library = Library::new(vec![deck]);
        let sched = Scheduler::new(&[], SchedConfig::default(), DayClock::utc(4)).unwrap();
        let now: jiff::Timestamp = "2026-11-29T09:00:00Z".parse().unwrap();
        let key = library.questions().next().unwrap().0;
        let earlier: jiff::Timestamp = "2026-11-26T09:00:00Z".parse().unwrap();
        let mut cards = HashMap::new();
        cards.insert(
            key.clone(),
            sched
                .answer("d/a", &CardState::new(), Rating::Good, earlier)
                .unwrap(),
        );
        let row = |at: jiff::Timestamp, correct: bool, picked: &str| ReviewRow {
            id: at.to_string(),
            key: key.clone(),
            reviewed_at: at,
            rating: Rating::Good,
            mode: Mode::Study,
            correct,
            picked: picked.into(),
            elapsed_ms: 1000,
            phase: Phase::Review,
            memory: None,
            interval_days: 3,
            due: None,
        };
        let reviews = vec![row(earlier, false, "[0]"), row(now, true, "[1]")];
        let exams = vec![ExamAttempt {
            started_at: "2026-11-20T10:00:00Z".parse().unwrap(),
            finished: true,
            questions: 65,
            answered: 65,
            correct: 50,
            scaled_score: 750,
            passed: true,
            domains: vec![(crate::deck::Domain::Secure, 80.0)],
            practice: false,
        }];
        compute(&StatsInput {
            library: &library,
            cards: &cards,
            log: &LogSummary::of(&reviews, sched.days(), now),
            exams: &exams,
            scheduler: &sched,
            now,
        })
    }

    fn draw(report: &StatsReport, color: bool, scroll: u16, w: u16, h: u16) -> Buffer {
        let theme = Theme::new(color);
        let area = Rect::new(0, 0, w, h);
        let mut buf = Buffer::empty(area);
        StatsView {
            report,
            theme: &theme,
            scroll,
        }
        .render(area, &mut buf);
        buf
    }

    fn text(buf: &Buffer) -> String {
        let area = buf.area;
        (0..area.height)
            .map(|y| {
                (0..area.width)
                    .map(|x| buf[(x, y)].symbol())
                    .collect::<String>()
                    .trim_end()
                    .to_string()
            })
            .collect::<Vec<_>>()
            .join("\n")
    }

    #[test]
    fn draws_at_80x24_and_scrolls_to_the_end() {
        let r = report();
        let top = text(&draw(&r, true, 0, 80, 24));
        for needle in ["saa · Progress", "Due", "today", "Activity", "streak 1 day"] {
            assert!(top.contains(needle), "missing {needle:?} in\n{top}");
        }
        assert_eq!(top.lines().last().unwrap(), "↑↓ scroll  Esc back  ? help");
        // Scrolling past the end stops at the last screenful.
        let bottom = text(&draw(&r, true, u16::MAX, 80, 24));
        for needle in ["Wrong options you pick most", "1× d/a: Open everything"] {
            assert!(bottom.contains(needle), "missing {needle:?} in\n{bottom}");
        }
        let theme = Theme::new(true);
        let view = StatsView {
            report: &r,
            theme: &theme,
            scroll: 0,
        };
        let max = view.max_scroll(Rect::new(0, 0, 80, 24));
        assert!(max > 20, "{max}");
        let middle = text(&draw(&r, true, max / 2, 80, 24));
        assert!(
            middle.contains("Readiness") || middle.contains("Mock exams"),
            "{middle}"
        );
    }

    #[test]
    fn colour_carries_nothing_the_text_does_not() {
        let r = report();
        for scroll in [0, 20, 40, 60] {
            assert_eq!(
                text(&draw(&r, true, scroll, 80, 24)),
                text(&draw(&r, false, scroll, 80, 24))
            );
        }
    }

    #[test]
    fn too_small_says_so() {
        let r = report();
        assert!(text(&draw(&r, true, 0, 60, 20)).contains("Terminal too small"));
    }
}
