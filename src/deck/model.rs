//! The validated deck model. Everything here has passed `deck::parse`, so screens and the
//! scheduler can rely on it: ids match their pattern, a single-answer question has exactly one
//! correct choice, no text carries control characters.

use std::fmt;

/// A deck id or question id: `[a-z0-9-]{1,64}`. Identity is the author's id, never a hash of
/// the text, so editing a question keeps its history.
/// Shared text: a question's key is cloned into every answer, card and map that names it, and
/// a clone only counts a reference.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Id(std::sync::Arc<str>);

impl Id {
    pub const MAX_LEN: usize = 64;

    /// Returns the id when `s` matches `[a-z0-9-]{1,64}`.
    pub fn parse(s: &str) -> Option<Id> {
        let valid = !s.is_empty()
            && s.len() <= Self::MAX_LEN
            && s.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        valid.then(|| Id(s.into()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// The progress key of a question: `deck/question`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct QuestionKey {
    pub deck: Id,
    pub question: Id,
}

impl fmt::Display for QuestionKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.deck, self.question)
    }
}

/// The four SAA-C03 domains, with their share of scored content.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Domain {
    Secure,
    Resilient,
    Performance,
    Cost,
}

impl Domain {
    pub const ALL: [Domain; 4] = [
        Domain::Secure,
        Domain::Resilient,
        Domain::Performance,
        Domain::Cost,
    ];

    pub fn parse(s: &str) -> Option<Domain> {
        Domain::ALL.into_iter().find(|d| d.as_str() == s)
    }

    /// The key used in deck files, the CLI and JSON output.
    pub fn as_str(self) -> &'static str {
        match self {
            Domain::Secure => "secure",
            Domain::Resilient => "resilient",
            Domain::Performance => "performance",
            Domain::Cost => "cost",
        }
    }

    /// The exam guide's name for the domain.
    pub fn title(self) -> &'static str {
        match self {
            Domain::Secure => "Design Secure Architectures",
            Domain::Resilient => "Design Resilient Architectures",
            Domain::Performance => "Design High-Performing Architectures",
            Domain::Cost => "Design Cost-Optimized Architectures",
        }
    }

    /// Share of scored content in SAA-C03, in percent.
    pub fn weight_percent(self) -> u32 {
        match self {
            Domain::Secure => 30,
            Domain::Resilient => 26,
            Domain::Performance => 24,
            Domain::Cost => 20,
        }
    }
}

impl fmt::Display for Domain {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// An SAA-C03 task statement, "1.1" to "4.4": the skill a question tests. Each belongs to one
/// domain (1 secure, 2 resilient, 3 performance, 4 cost).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Task {
    domain: Domain,
    number: u8,
}

impl Task {
    /// How many task statements each domain has in the exam guide, in `Domain::ALL` order.
    const PER_DOMAIN: [u8; 4] = [3, 2, 5, 4];

    /// All 14 task statements in guide order.
    pub fn all() -> Vec<Task> {
        Domain::ALL
            .into_iter()
            .zip(Self::PER_DOMAIN)
            .flat_map(|(domain, count)| (1..=count).map(move |number| Task { domain, number }))
            .collect()
    }

    /// Parses "D.N", where D is the domain's number and N a task statement of that domain
    /// (exactly so: no spaces, signs or leading zeros). Read for every question of every deck,
    /// so it looks at the bytes rather than formatting the 14 statements to compare.
    pub fn parse(s: &str) -> Option<Task> {
        let &[d @ b'1'..=b'9', b'.', n @ b'1'..=b'9'] = s.as_bytes() else {
            return None;
        };
        let d = usize::from(d - b'1');
        let number = n - b'0';
        let (domain, count) = Domain::ALL.into_iter().zip(Self::PER_DOMAIN).nth(d)?;
        (number <= count).then_some(Task { domain, number })
    }

    pub fn domain(self) -> Domain {
        self.domain
    }

    /// The exam guide's short title of the task statement.
    pub fn title(self) -> &'static str {
        match (self.domain, self.number) {
            (Domain::Secure, 1) => "Secure access to AWS resources",
            (Domain::Secure, 2) => "Secure workloads and applications",
            (Domain::Secure, 3) => "Data security controls",
            (Domain::Resilient, 1) => "Scalable, loosely coupled architectures",
            (Domain::Resilient, 2) => "Highly available, fault-tolerant architectures",
            (Domain::Performance, 1) => "High-performing storage",
            (Domain::Performance, 2) => "High-performing, elastic compute",
            (Domain::Performance, 3) => "High-performing databases",
            (Domain::Performance, 4) => "High-performing networks",
            (Domain::Performance, 5) => "Data ingestion and transformation",
            (Domain::Cost, 1) => "Cost-optimized storage",
            (Domain::Cost, 2) => "Cost-optimized compute",
            (Domain::Cost, 3) => "Cost-optimized databases",
            _ => "Cost-optimized networks",
        }
    }
}

impl fmt::Display for Task {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let domain = Domain::ALL
            .iter()
            .position(|d| *d == self.domain)
            .unwrap_or(0)
            + 1;
        write!(f, "{domain}.{}", self.number)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    Single,
    Multi,
    Card,
    Typed,
}

impl Kind {
    pub const ALL: [Kind; 4] = [Kind::Single, Kind::Multi, Kind::Card, Kind::Typed];

    pub fn parse(s: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.as_str() == s)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Single => "single",
            Kind::Multi => "multi",
            Kind::Card => "card",
            Kind::Typed => "typed",
        }
    }

    /// Scenario questions have choices and can appear in a mock exam.
    pub fn is_scenario(self) -> bool {
        matches!(self, Kind::Single | Kind::Multi)
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice {
    pub text: String,
    pub correct: bool,
    pub why: Option<String>,
}

/// What the learner does with a question, by kind.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Body {
    /// Exactly one correct choice.
    Single { choices: Vec<Choice> },
    /// Two or more correct choices; the learner must select exactly `select()` of them.
    Multi { choices: Vec<Choice> },
    /// Self-graded flashcard.
    Card { answer: String },
    /// The learner types an answer that must match one of `accept` (see `typed::matches`).
    Typed { accept: Vec<String> },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Question {
    pub id: Id,
    pub domain: Domain,
    /// The SAA-C03 task statement it tests; optional, but every scenario question should have one.
    pub task: Option<Task>,
    pub topics: Vec<String>,
    pub prompt: String,
    pub explanation: Option<String>,
    pub refs: Vec<String>,
    /// When the facts were last checked against `refs`.
    pub verified: Option<jiff::civil::Date>,
    pub body: Body,
    /// 1-based line of the question's `[[question]]` header, for messages.
    pub line: usize,
}

impl Question {
    pub fn kind(&self) -> Kind {
        match self.body {
            Body::Single { .. } => Kind::Single,
            Body::Multi { .. } => Kind::Multi,
            Body::Card { .. } => Kind::Card,
            Body::Typed { .. } => Kind::Typed,
        }
    }

    pub fn choices(&self) -> &[Choice] {
        match &self.body {
            Body::Single { choices } | Body::Multi { choices } => choices,
            Body::Card { .. } | Body::Typed { .. } => &[],
        }
    }

    /// How many choices the learner must pick (0 for cards and typed answers).
    pub fn select_count(&self) -> usize {
        self.choices().iter().filter(|c| c.correct).count()
    }
}

/// Where a deck came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// Embedded in the binary; the name is the file name under decks/.
    Bundled(String),
    /// A file in a user deck folder.
    File(std::path::PathBuf),
}

impl Source {
    /// How the source is shown in diagnostics: a path an editor can open.
    pub fn display_path(&self) -> String {
        match self {
            Source::Bundled(name) => format!("decks/{name}"),
            Source::File(path) => path.display().to_string(),
        }
    }

    pub fn is_bundled(&self) -> bool {
        matches!(self, Source::Bundled(_))
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Deck {
    pub id: Id,
    pub title: String,
    pub description: Option<String>,
    pub language: String,
    pub questions: Vec<Question>,
}

impl Deck {
    pub fn question(&self, id: &Id) -> Option<&Question> {
        self.questions.iter().find(|q| &q.id == id)
    }

    pub fn key(&self, question: &Question) -> QuestionKey {
        QuestionKey {
            deck: self.id.clone(),
            question: question.id.clone(),
        }
    }
}

#[cfg(test)]
mod task_tests {
    use super::*;

    #[test]
    fn a_task_parses_from_exactly_its_own_text() {
        for task in Task::all() {
            assert_eq!(Task::parse(&task.to_string()), Some(task));
        }
        for bad in [
            "", "1", "1.", ".1", "0.1", "5.1", "1.4", "2.3", "3.6", "4.5", "1.0", "01.1", "1.01",
            "+1.1", " 1.1", "1.1 ", "1,1", "11.1", "1.10", "a.b",
        ] {
            assert_eq!(Task::parse(bad), None, "{bad:?}");
        }
    }
}
