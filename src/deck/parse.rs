//! TOML text -> validated `Deck` plus every problem found, each with its byte span.
//!
//! The file is parsed once into toml's spanned document tree and walked by hand, so that every
//! diagnostic can point at the exact key or value, unknown keys are caught (a typo like
//! `explanaton` must not silently drop content), and one bad question does not hide the others.

use std::collections::HashMap;
use std::ops::Range;

use rustc_hash::FxHashMap;
use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::diag::Diagnostic;
use super::model::{Body, Choice, Deck, Domain, Id, Kind, Question, Task};
use super::text::{announced_select_count, describe_char, has_forbidden_char, is_forbidden_char};

/// The most choices a question may have: the screens letter them A to F.
pub const MAX_CHOICES: usize = 6;

type Value<'i> = Spanned<DeValue<'i>>;

/// The result of parsing one deck file. `deck` is `None` when the file-level structure is
/// broken (syntax, encoding, missing or invalid `[deck]`); questions with errors are left out
/// of an otherwise valid deck and reported.
#[derive(Debug)]
pub struct Parsed {
    pub deck: Option<Deck>,
    pub diagnostics: Vec<Diagnostic>,
    /// `[[question]]` tables left out for their errors.
    pub rejected: usize,
}

impl Parsed {
    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(Diagnostic::is_error)
    }

    /// A deck without a single diagnostic (as the parsed-deck cache gives one back).
    pub fn clean(deck: Deck) -> Parsed {
        Parsed {
            deck: Some(deck),
            diagnostics: Vec::new(),
            rejected: 0,
        }
    }

    fn broken(diagnostics: Vec<Diagnostic>) -> Parsed {
        Parsed {
            deck: None,
            diagnostics,
            rejected: 0,
        }
    }
}

const DECK_KEYS: &[&str] = &["id", "title", "description", "language"];
const QUESTION_KEYS: &[&str] = &[
    "id",
    "kind",
    "domain",
    "task",
    "topics",
    "prompt",
    "explanation",
    "refs",
    "verified",
    "choice",
    "select",
    "answer",
    "accept",
];
const CHOICE_KEYS: &[&str] = &["text", "correct", "why"];

/// Parses and validates a deck file's bytes.
pub fn parse_deck(bytes: &[u8]) -> Parsed {
    let source = match std::str::from_utf8(bytes) {
        Ok(s) => s,
        Err(e) => {
            let at = e.valid_up_to();
            // The text cannot be shown, so the position goes into the message.
            let before = &bytes[..at];
            let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
            let line_start = before
                .iter()
                .rposition(|&b| b == b'\n')
                .map_or(0, |i| i + 1);
            let column = String::from_utf8_lossy(&before[line_start..])
                .chars()
                .count()
                + 1;
            return Parsed::broken(vec![Diagnostic::error(
                at..at,
                format!(
                    "the file is not valid UTF-8 (invalid byte at line {line}, column {column}); save it as UTF-8"
                ),
            )]);
        }
    };
    parse_deck_str(source)
}

/// Parses and validates deck source text.
pub fn parse_deck_str(source: &str) -> Parsed {
    if source.trim().is_empty() {
        return Parsed::broken(vec![Diagnostic::error(
            0..0,
            "the file is empty; a deck needs a [deck] table with id and title (try `saa deck new`)",
        )]);
    }
    if let Some(parsed) = parse_in_chunks(source) {
        return parsed;
    }
    parse_whole(source)
}

/// Parses the whole file as one TOML document: the reference reading, used when the file
/// cannot be read a question at a time (a syntax error anywhere, an unusual layout).
pub(crate) fn parse_whole(source: &str) -> Parsed {
    let (root, errors) = DeTable::parse_recoverable(source);
    if !errors.is_empty() {
        let diagnostics = errors
            .iter()
            .map(|e| {
                let span = e.span().unwrap_or(0..0);
                Diagnostic::error(span, format!("TOML syntax: {}", e.message().trim()))
            })
            .collect();
        return Parsed::broken(diagnostics);
    }
    let mut walker = Walker::new(source);
    let deck = walker
        .deck_header(root.get_ref())
        .and_then(|(header, read)| {
            let questions = match read {
                Some(value) => walker.questions(value),
                None => {
                    walker.warning(0..0, "the deck has no [[question]] tables yet");
                    Vec::new()
                }
            };
            header.with(questions)
        });
    walker.finish(deck)
}

/// Reads the file one `[[question]]` section at a time, so the TOML tree of a large deck
/// never exists whole beside its questions: peak memory stays a small multiple of the file.
/// A section starts at a line that begins with `[[question]]`; each section is a TOML
/// document of its own with the same meaning. `None` when any section does not parse on its
/// own (a syntax error, or `[[question]]` at the start of a line inside a multi-line
/// string): the whole-file reading then gives the reference result and its errors.
pub(crate) fn parse_in_chunks(source: &str) -> Option<Parsed> {
    let mut starts: Vec<usize> = Vec::new();
    if source.starts_with("[[question]]") {
        starts.push(0);
    }
    starts.extend(source.match_indices("\n[[question]]").map(|(at, _)| at + 1));
    let first = *starts.first()?;
    starts.push(source.len());
    let head = &source[..first];
    let (root, errors) = DeTable::parse_recoverable(head);
    if !errors.is_empty() {
        return None;
    }
    let mut walker = Walker::new(head);
    // A file with no usable [deck] is reported as the whole-file reading reports it.
    let (header, None) = walker.deck_header(root.get_ref())? else {
        return None;
    };
    let mut questions = Vec::new();
    let mut line_offset = newlines(head.as_bytes());
    for pair in starts.windows(2) {
        let text = &source[pair[0]..pair[1]];
        let (root, errors) = DeTable::parse_recoverable(text);
        if !errors.is_empty() {
            return None;
        }
        let root = root.get_ref();
        let mut entries = root.iter();
        let (Some((key, value)), None) = (entries.next(), entries.next()) else {
            return None;
        };
        if key.get_ref() != "question" {
            return None;
        }
        walker.rebase(text, pair[0], line_offset);
        questions.extend(walker.questions(value));
        line_offset += newlines(text.as_bytes());
    }
    Some(walker.finish(header.with(questions)))
}

/// How many line feeds `text` holds. Counted in blocks of at most 255 bytes into a byte-wide
/// sum, which the compiler turns into 16 bytes a step (a usize count went 4 bytes a step,
/// and was most of the splitting of a file into sections).
fn newlines(text: &[u8]) -> usize {
    text.chunks(255)
        .map(|block| {
            let count = block
                .iter()
                .fold(0u8, |n, &b| n.wrapping_add(u8::from(b == b'\n')));
            usize::from(count)
        })
        .sum()
}

/// What `[deck]` said; a deck needs a valid id and title.
struct DeckHeader {
    id: Option<Id>,
    title: Option<String>,
    description: Option<String>,
    language: Option<String>,
}

impl DeckHeader {
    fn with(self, questions: Vec<Question>) -> Option<Deck> {
        Some(Deck {
            id: self.id?,
            title: self.title?,
            description: self.description,
            language: self.language.unwrap_or_else(|| "en".to_string()),
            questions,
        })
    }
}

/// Walks a deck's TOML tree. `source` is the text being walked (the whole file, or one
/// section of it at byte `offset`, line `line_offset`); diagnostics and line numbers are
/// always about the whole file.
struct Walker<'s> {
    source: &'s str,
    /// The line (1-based, in `source`) of the last offset asked of `line_at`: questions come
    /// in order, so each line number is counted on from the previous one.
    counted: (usize, usize),
    offset: usize,
    line_offset: usize,
    diagnostics: Vec<Diagnostic>,
    /// Question tables left out for their errors, across sections.
    rejected: usize,
    /// Across sections: where each question id and prompt was first seen.
    first_line_of_id: FxHashMap<String, usize>,
    /// Prompts seen, by a hash of their words (whitespace-insensitive), with their question's
    /// id and line: the prompts themselves are not copied (a 64-bit collision between two
    /// prompts of one deck is too unlikely to matter, and would only warn).
    first_line_of_prompt: FxHashMap<u64, (String, usize)>,
}

/// The header line of a table (`[[question]]`) for messages about missing keys.
fn header_span(source: &str, table_span: &Range<usize>) -> Range<usize> {
    // The span of an array-of-tables element starts at its header; fall back to the start.
    let start = table_span.start.min(source.len());
    let end = source[start..]
        .find('\n')
        .map(|n| start + n)
        .unwrap_or(source.len());
    start..end
}

impl<'s> Walker<'s> {
    fn new(source: &'s str) -> Walker<'s> {
        Walker {
            source,
            counted: (0, 1),
            offset: 0,
            line_offset: 0,
            diagnostics: Vec::new(),
            rejected: 0,
            first_line_of_id: FxHashMap::default(),
            first_line_of_prompt: FxHashMap::default(),
        }
    }

    fn rebase(&mut self, source: &'s str, offset: usize, line_offset: usize) {
        self.source = source;
        self.counted = (0, 1);
        self.offset = offset;
        self.line_offset = line_offset;
    }

    /// The 1-based line of byte `offset` of `source`.
    fn line_at(&mut self, offset: usize) -> usize {
        let offset = offset.min(self.source.len());
        if offset < self.counted.0 {
            self.counted = (0, 1);
        }
        let (from, line) = self.counted;
        let line = line + newlines(&self.source.as_bytes()[from..offset]);
        self.counted = (offset, line);
        line
    }

    fn finish(self, deck: Option<Deck>) -> Parsed {
        let mut diagnostics = self.diagnostics;
        diagnostics.sort_by_key(|d| (d.span.start, d.severity));
        Parsed {
            deck,
            diagnostics,
            rejected: self.rejected,
        }
    }

    fn shifted(&self, span: Range<usize>) -> Range<usize> {
        span.start + self.offset..span.end + self.offset
    }

    fn error(&mut self, span: Range<usize>, message: impl Into<String>) {
        let span = self.shifted(span);
        self.diagnostics.push(Diagnostic::error(span, message));
    }

    fn warning(&mut self, span: Range<usize>, message: impl Into<String>) {
        let span = self.shifted(span);
        self.diagnostics.push(Diagnostic::warning(span, message));
    }

    /// The `[deck]` table, and the `question` array when the root holds one; `None` when
    /// there is no usable `[deck]` (then the questions are not read).
    fn deck_header<'r, 'i>(
        &mut self,
        root: &'r DeTable<'i>,
    ) -> Option<(DeckHeader, Option<&'r Value<'i>>)> {
        let mut deck_table = None;
        let mut read = None;
        for (key, value) in root.iter() {
            match key.get_ref().as_ref() {
                "deck" => deck_table = Some(value),
                "question" => read = Some(value),
                other => {
                    let hint = suggest(other, &["deck", "question"]);
                    self.error(
                        key.span(),
                        format!("unknown top-level key `{other}`{hint}; a deck has [deck] and [[question]] tables"),
                    );
                }
            }
        }
        let Some(deck_value) = deck_table else {
            self.error(
                0..0,
                "the file has no [deck] table; add one with `id` and `title` (see `saa deck new`)",
            );
            return None;
        };
        let Some(deck_fields) = deck_value.get_ref().as_table() else {
            self.error(deck_value.span(), "`deck` must be a table: write [deck]");
            return None;
        };
        let header = header_span(self.source, &deck_value.span());

        let mut id = None;
        let mut title = None;
        let mut description = None;
        let mut language = None;
        for (key, value) in deck_fields.iter() {
            match key.get_ref().as_ref() {
                "id" => id = self.id(value, "deck id"),
                "title" => title = self.string(value, "title"),
                "description" => description = self.string(value, "description"),
                "language" => {
                    language = self.string(value, "language");
                    if let Some(lang) = &language {
                        let ok = lang.len() <= 35
                            && lang.split('-').all(|part| {
                                !part.is_empty() && part.chars().all(|c| c.is_ascii_alphanumeric())
                            });
                        if !ok {
                            self.error(
                                value.span(),
                                format!(
                                    "language `{lang}` is not a language tag like \"en\" or \"ko\""
                                ),
                            );
                        }
                    }
                }
                other => self.unknown_key(key, other, DECK_KEYS, "[deck]"),
            }
        }
        if !deck_fields.iter().any(|(k, _)| k.get_ref() == "id") {
            self.error(
                header.clone(),
                "[deck] is missing `id` (for example id = \"lambda\")",
            );
        }
        if !deck_fields.iter().any(|(k, _)| k.get_ref() == "title") {
            self.error(header, "[deck] is missing `title`");
        }

        let header = DeckHeader {
            id,
            title,
            description,
            language,
        };
        Some((header, read))
    }

    fn questions(&mut self, value: &Value<'_>) -> Vec<Question> {
        let Some(array) = value.get_ref().as_array() else {
            self.error(
                value.span(),
                "`question` must be an array of tables: write [[question]] (two brackets)",
            );
            return Vec::new();
        };
        let mut questions: Vec<Question> = Vec::new();
        for item in array.iter() {
            let Some(table) = item.get_ref().as_table() else {
                self.error(
                    item.span(),
                    "each question must be a table: write [[question]]",
                );
                continue;
            };
            let span = item.span();
            let line = self.line_at(span.start) + self.line_offset;
            let (question, id_span) = self.question(table, &span, line);
            let Some(id_span) = id_span else { continue };
            let id_text = self.source.get(id_span.clone()).unwrap_or_default();
            let id_text = id_text.trim_matches(['"', '\'']).to_string();
            if let Some(first) = self.first_line_of_id.get(&id_text) {
                self.error(
                    id_span,
                    format!("duplicate question id `{id_text}`: already used by the question at line {first}"),
                );
                continue;
            }
            self.first_line_of_id.insert(id_text, line);
            if let Some(q) = question {
                let normalized = words_hash(&q.prompt);
                if let Some((other, other_line)) = self.first_line_of_prompt.get(&normalized) {
                    self.warning(
                        header_span(self.source, &span),
                        format!(
                            "question `{}` has the same prompt as `{other}` (line {other_line})",
                            q.id
                        ),
                    );
                } else {
                    self.first_line_of_prompt
                        .insert(normalized, (q.id.to_string(), line));
                }
                questions.push(q);
            }
        }
        self.rejected += array.len() - questions.len();
        questions
    }

    /// Returns the question (None if it has errors) and the span of its id (None if absent).
    fn question(
        &mut self,
        table: &DeTable<'_>,
        span: &Range<usize>,
        line: usize,
    ) -> (Option<Question>, Option<Range<usize>>) {
        let errors_before = self.error_count();
        let header = header_span(self.source, span);
        let mut id = None;
        let mut id_span = None;
        let mut kind = (Kind::Single, None);
        let mut domain = None;
        let mut task = None;
        let mut topics = Vec::new();
        let mut prompt = None;
        let mut explanation = None;
        let mut refs = Vec::new();
        let mut verified = None;
        let mut choices: Option<(Vec<Choice>, Range<usize>)> = None;
        let mut select = None;
        let mut answer = None;
        let mut accept = None;
        let mut present: Vec<&str> = Vec::new();
        let mut choices_failed = false;

        for (key, value) in table.iter() {
            let name: &str = key.get_ref().as_ref();
            match name {
                "id" => {
                    id_span = Some(value.span());
                    id = self.id(value, "question id");
                }
                "kind" => {
                    if let Some(s) = self.text(value, "kind") {
                        match Kind::parse(s) {
                            Some(k) => kind = (k, Some(value.span())),
                            None => self.error(
                                value.span(),
                                format!(
                                    "unknown kind `{s}`; expected one of single, multi, card, typed"
                                ),
                            ),
                        }
                    }
                }
                "domain" => {
                    if let Some(s) = self.text(value, "domain") {
                        domain = Domain::parse(s);
                        if domain.is_none() {
                            self.error(
                                value.span(),
                                format!("unknown domain `{s}`; expected one of secure, resilient, performance, cost"),
                            );
                        }
                    }
                }
                "task" => task = self.task(value),
                "topics" => topics = self.string_array(value, "topics"),
                "prompt" => prompt = self.string(value, "prompt"),
                "explanation" => explanation = self.string(value, "explanation"),
                "refs" => {
                    refs = self.string_array(value, "refs");
                    self.check_refs(value, &refs);
                }
                "verified" => verified = self.date(value),
                "choice" => {
                    let before = self.error_count();
                    choices = self.choices(value);
                    // Count rules on choices that failed to parse would only repeat the error.
                    if self.error_count() > before {
                        choices = None;
                        choices_failed = true;
                    }
                }
                "select" => select = self.integer(value, "select").map(|n| (n, value.span())),
                "answer" => answer = self.string(value, "answer"),
                "accept" => {
                    let list = self.string_array(value, "accept");
                    if list.is_empty() {
                        self.error(value.span(), "`accept` needs at least one accepted answer");
                    }
                    accept = Some((list, value.span()));
                }
                other => {
                    self.unknown_key(key, other, QUESTION_KEYS, "a question");
                    continue;
                }
            }
            present.push(name);
        }

        let what = match &id {
            Some(id) => format!("question `{id}`"),
            None => "this question".to_string(),
        };
        for (required, example) in [
            ("id", "id = \"short-descriptive-id\""),
            ("prompt", "prompt = \"...\""),
            ("domain", "domain = \"secure\""),
        ] {
            if !present.contains(&required) {
                self.error(
                    header.clone(),
                    format!("{what} is missing `{required}` (for example {example})"),
                );
            }
        }
        if !present.contains(&"explanation") {
            self.warning(header.clone(), format!("{what} has no `explanation`"));
        }
        if !present.contains(&"refs") {
            self.warning(
                header.clone(),
                format!("{what} has no `refs`: cite the AWS documentation page for its facts"),
            );
        }
        if !present.contains(&"verified") {
            self.warning(
                header.clone(),
                format!("{what} has no `verified` date (when its facts were last checked)"),
            );
        }
        if !present.contains(&"topics") {
            self.warning(header.clone(), format!("{what} has no `topics`"));
        }
        if let (Some((task, span)), Some(domain)) = (&task, domain)
            && task.domain() != domain
        {
            self.error(
                span.clone(),
                format!(
                    "task {task} belongs to the {} domain, but {what} is in `{domain}`",
                    task.domain()
                ),
            );
        }

        let (kind, kind_span) = kind;
        if kind.is_scenario() && task.is_none() && !present.contains(&"task") {
            self.warning(
                header.clone(),
                format!(
                    "{what} has no `task`: the SAA-C03 task statement it tests, like task = \"2.1\""
                ),
            );
        }
        let kind_span = kind_span.unwrap_or_else(|| header.clone());
        let body = if choices_failed {
            None
        } else {
            self.body(
                kind,
                &kind_span,
                &what,
                choices,
                select,
                answer,
                accept,
                prompt.as_deref(),
            )
        };

        if self.error_count() > errors_before {
            return (None, id_span);
        }
        let question = match (id, domain, prompt, body) {
            (Some(id), Some(domain), Some(prompt), Some(body)) => Some(Question {
                id,
                domain,
                task: task.map(|(task, _)| task),
                topics,
                prompt,
                explanation,
                refs,
                verified,
                body,
                line,
            }),
            _ => None,
        };
        (question, id_span)
    }

    #[allow(clippy::too_many_arguments)]
    fn body(
        &mut self,
        kind: Kind,
        kind_span: &Range<usize>,
        what: &str,
        choices: Option<(Vec<Choice>, Range<usize>)>,
        select: Option<(i64, Range<usize>)>,
        answer: Option<String>,
        accept: Option<(Vec<String>, Range<usize>)>,
        prompt: Option<&str>,
    ) -> Option<Body> {
        let not_for = |field: &str| format!("`{field}` is not used by a {kind} question");
        if kind != Kind::Multi
            && let Some((_, span)) = &select
        {
            self.error(span.clone(), not_for("select"));
        }
        if kind != Kind::Card && answer.is_some() {
            self.error(
                kind_span.clone(),
                format!("{}; use kind = \"card\"", not_for("answer")),
            );
        }
        if kind != Kind::Typed
            && let Some((_, span)) = &accept
        {
            self.error(
                span.clone(),
                format!("{}; use kind = \"typed\"", not_for("accept")),
            );
        }
        match kind {
            Kind::Single | Kind::Multi => {
                let Some((choices, choices_span)) = choices else {
                    self.error(
                        kind_span.clone(),
                        format!(
                            "{what} is a {kind} question but has no [[question.choice]] tables"
                        ),
                    );
                    return None;
                };
                let correct = choices.iter().filter(|c| c.correct).count();
                if kind == Kind::Single {
                    if choices.len() < 2 {
                        self.error(
                            choices_span,
                            format!(
                                "a single-answer question needs at least 2 choices; {what} has {}",
                                choices.len()
                            ),
                        );
                    } else if correct != 1 {
                        self.error(choices_span, format!("a single-answer question needs exactly 1 choice with correct = true; {what} has {correct} (use kind = \"multi\" for more)"));
                    }
                    return Some(Body::Single { choices });
                }
                if choices.len() < 3 {
                    self.error(
                        choices_span.clone(),
                        format!(
                            "a multi-response question needs at least 3 choices; {what} has {}",
                            choices.len()
                        ),
                    );
                }
                if correct < 2 {
                    self.error(choices_span.clone(), format!("a multi-response question needs at least 2 correct choices; {what} has {correct}"));
                }
                if correct == choices.len() && !choices.is_empty() {
                    self.error(choices_span, format!("a multi-response question needs at least 1 wrong choice; every choice of {what} is correct"));
                }
                if let Some((n, span)) = select
                    && usize::try_from(n).ok() != Some(correct)
                {
                    self.error(
                        span,
                        format!("select = {n} but {correct} choices are marked correct"),
                    );
                }
                if let Some(announced) = prompt.and_then(announced_select_count)
                    && announced != correct
                {
                    self.error(kind_span.clone(), format!("the prompt asks to select {announced} but {correct} choices are correct; the app adds \"(Select N.)\" itself, so the prompt need not say it"));
                }
                Some(Body::Multi { choices })
            }
            Kind::Card | Kind::Typed => {
                if let Some((_, span)) = choices {
                    self.error(span, format!("a {kind} question has no choices; remove the [[question.choice]] tables or use kind = \"single\""));
                }
                if kind == Kind::Card {
                    match answer {
                        Some(answer) => Some(Body::Card { answer }),
                        None => {
                            self.error(
                                kind_span.clone(),
                                format!("{what} is a card but has no `answer`"),
                            );
                            None
                        }
                    }
                } else {
                    match accept {
                        Some((accept, _)) => Some(Body::Typed { accept }),
                        None => {
                            self.error(
                                kind_span.clone(),
                                format!("{what} is a typed question but has no `accept` list"),
                            );
                            None
                        }
                    }
                }
            }
        }
    }

    /// Choices beyond `MAX_CHOICES` are an error (the screens letter them A-F).
    fn choices(&mut self, value: &Value<'_>) -> Option<(Vec<Choice>, Range<usize>)> {
        let Some(array) = value.get_ref().as_array() else {
            self.error(
                value.span(),
                "`choice` must be written as [[question.choice]] tables",
            );
            return None;
        };
        let mut choices = Vec::new();
        let mut seen: HashMap<String, usize> = HashMap::new();
        let mut whole = value.span();
        for (n, item) in array.iter().enumerate() {
            whole.start = whole.start.min(item.span().start);
            if n == MAX_CHOICES {
                self.error(
                    header_span(self.source, &item.span()),
                    format!(
                        "a question has at most {MAX_CHOICES} choices (A-F, as on the exam screens); this is choice {}",
                        n + 1
                    ),
                );
            }
            let Some(table) = item.get_ref().as_table() else {
                self.error(
                    item.span(),
                    "each choice must be a [[question.choice]] table",
                );
                continue;
            };
            let header = header_span(self.source, &item.span());
            let mut text = None;
            let mut correct = false;
            let mut why = None;
            for (key, value) in table.iter() {
                match key.get_ref().as_ref() {
                    "text" => {
                        text = self.string(value, "choice text");
                        if let Some(t) = &text {
                            let normalized = t.trim().to_lowercase();
                            if let Some(first) = seen.get(&normalized) {
                                self.error(
                                    value.span(),
                                    format!(
                                        "this choice repeats choice {} of the same question",
                                        first + 1
                                    ),
                                );
                            } else {
                                seen.insert(normalized, n);
                            }
                        }
                    }
                    "correct" => match value.get_ref().as_bool() {
                        Some(b) => correct = b,
                        None => self.error(
                            value.span(),
                            format!(
                                "`correct` must be true or false, not {}",
                                value.get_ref().type_str()
                            ),
                        ),
                    },
                    "why" => why = self.string(value, "why"),
                    other => self.unknown_key(key, other, CHOICE_KEYS, "a choice"),
                }
            }
            match text {
                Some(text) => {
                    if why.is_none() {
                        self.warning(
                            header,
                            format!(
                                "choice {} has no `why`: say why it is right or wrong",
                                n + 1
                            ),
                        );
                    }
                    choices.push(Choice { text, correct, why });
                }
                None if !table.iter().any(|(k, _)| k.get_ref() == "text") => {
                    self.error(header, format!("choice {} is missing `text`", n + 1));
                }
                None => {}
            }
        }
        Some((choices, whole))
    }

    fn error_count(&self) -> usize {
        self.diagnostics.iter().filter(|d| d.is_error()).count()
    }

    fn unknown_key(
        &mut self,
        key: &Spanned<toml::de::DeString<'_>>,
        name: &str,
        known: &[&str],
        place: &str,
    ) {
        let hint = suggest(name, known);
        self.error(
            key.span(),
            format!(
                "unknown key `{name}` in {place}{hint}; known keys: {}",
                known.join(", ")
            ),
        );
    }

    fn id(&mut self, value: &Value<'_>, what: &str) -> Option<Id> {
        let s = self.string(value, what)?;
        let id = Id::parse(&s);
        if id.is_none() {
            self.error(
                value.span(),
                format!("{what} `{s}` must be 1 to 64 characters of a-z, 0-9 and -"),
            );
        }
        id
    }

    /// A non-blank string free of control characters.
    fn string(&mut self, value: &Value<'_>, what: &str) -> Option<String> {
        self.text(value, what).map(str::to_string)
    }

    /// `string`, borrowed from the TOML value (for a word that is only looked up).
    fn text<'v>(&mut self, value: &'v Value<'_>, what: &str) -> Option<&'v str> {
        let Some(s) = value.get_ref().as_str() else {
            self.error(
                value.span(),
                format!(
                    "{what} must be a string, not {}",
                    value.get_ref().type_str()
                ),
            );
            return None;
        };
        if s.trim().is_empty() {
            self.error(value.span(), format!("{what} is blank"));
            return None;
        }
        if has_forbidden_char(s) {
            let span = value.span();
            let raw = self.source.get(span.clone()).unwrap_or_default();
            // One error per character, each pointing at the character itself when it is
            // written literally in the file (an escape like \u200b points at the string).
            let mut literal = raw
                .char_indices()
                .filter(|(_, c)| is_forbidden_char(*c))
                .map(|(i, c)| (span.start + i..span.start + i + c.len_utf8(), c))
                .peekable();
            let found: Vec<(std::ops::Range<usize>, char)> = if literal.peek().is_some() {
                literal.collect()
            } else {
                s.chars()
                    .filter(|&c| is_forbidden_char(c))
                    .map(|c| (span.clone(), c))
                    .collect()
            };
            for (at, c) in found {
                self.error(
                    at,
                    format!("{what} contains the invisible or control character {}; decks may not send control, bidirectional or zero-width characters to the terminal", describe_char(c)),
                );
            }
            return None;
        }
        Some(s)
    }

    fn string_array(&mut self, value: &Value<'_>, what: &str) -> Vec<String> {
        let Some(array) = value.get_ref().as_array() else {
            self.error(
                value.span(),
                format!(
                    "`{what}` must be an array of strings, like [\"a\", \"b\"], not {}",
                    value.get_ref().type_str()
                ),
            );
            return Vec::new();
        };
        array
            .iter()
            .filter_map(|item| self.string(item, &format!("each entry of `{what}`")))
            .collect()
    }

    fn check_refs(&mut self, value: &Value<'_>, refs: &[String]) {
        let Some(array) = value.get_ref().as_array() else {
            return;
        };
        for (item, url) in array.iter().zip(refs) {
            let rest = url
                .strip_prefix("https://")
                .or_else(|| url.strip_prefix("http://"));
            let host_ok = rest.is_some_and(|r| {
                let host = r.split(['/', '?', '#']).next().unwrap_or("");
                host.contains('.') && !host.starts_with('.')
            });
            if !host_ok || url.chars().any(char::is_whitespace) {
                self.error(
                    item.span(),
                    format!("reference `{url}` is not an http(s) URL"),
                );
            }
        }
    }

    fn task(&mut self, value: &Value<'_>) -> Option<(Task, Range<usize>)> {
        let s = self.string(value, "task")?;
        match Task::parse(&s) {
            Some(task) => Some((task, value.span())),
            None => {
                let known: Vec<String> = Task::all().iter().map(Task::to_string).collect();
                self.error(
                    value.span(),
                    format!(
                        "unknown task statement `{s}`; SAA-C03 has {}",
                        known.join(", ")
                    ),
                );
                None
            }
        }
    }

    fn integer(&mut self, value: &Value<'_>, what: &str) -> Option<i64> {
        let parsed = value
            .get_ref()
            .as_integer()
            .and_then(|i| i64::from_str_radix(i.as_str(), i.radix()).ok());
        if parsed.is_none() {
            self.error(
                value.span(),
                format!(
                    "`{what}` must be a whole number, not {}",
                    value.get_ref().type_str()
                ),
            );
        }
        parsed
    }

    fn date(&mut self, value: &Value<'_>) -> Option<jiff::civil::Date> {
        let datetime = value.get_ref().as_datetime();
        let date = datetime
            .filter(|d| d.time.is_none() && d.offset.is_none())
            .and_then(|d| d.date)
            .and_then(|d| jiff::civil::Date::new(d.year as i16, d.month as i8, d.day as i8).ok());
        if date.is_none() {
            let hint = match value.get_ref().as_str() {
                Some(_) => "; write it without quotes, like verified = 2026-11-29",
                None => "; write a plain date like verified = 2026-11-29",
            };
            self.error(
                value.span(),
                format!(
                    "`verified` must be a date, not {}{hint}",
                    value.get_ref().type_str()
                ),
            );
        }
        date
    }
}

/// ", did you mean `x`?" when `name` is a likely typo of a known key.
fn suggest(name: &str, known: &[&str]) -> String {
    known
        .iter()
        .map(|k| (edit_distance(name, k), k))
        .filter(|(d, k)| *d <= 2.max(k.len() / 4))
        .min()
        .map(|(_, k)| format!(" (did you mean `{k}`?)"))
        .unwrap_or_default()
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let cur = row[j + 1];
            row[j + 1] = (prev + usize::from(ca != cb)).min(row[j] + 1).min(cur + 1);
            prev = cur;
        }
    }
    row[b.len()]
}

/// A hash of `text`'s words, so texts that differ only in whitespace hash alike.
fn words_hash(text: &str) -> u64 {
    use std::hash::Hasher;
    // Fx, not the standard SipHash: every prompt of every deck goes through it, and SipHash
    // was a twentieth of a 20,000-question check. ASCII text (most prompts) is split by
    // bytes; the words are the same as Unicode splitting finds (vertical tab aside, which a
    // prompt cannot hold).
    let mut hasher = rustc_hash::FxHasher::default();
    let mut add = |word: &str| {
        hasher.write(word.as_bytes());
        hasher.write_u8(0xff);
    };
    if text.is_ascii() {
        text.split_ascii_whitespace().for_each(&mut add);
    } else {
        text.split_whitespace().for_each(&mut add);
    }
    hasher.finish()
}

#[cfg(test)]
mod words_tests {
    use super::{newlines, words_hash};

    #[test]
    fn line_feeds_are_counted_across_blocks() {
        for len in [0, 1, 254, 255, 256, 600, 1000] {
            let text: Vec<u8> = (0..len)
                .map(|i| if i % 3 == 0 { b'\n' } else { b'x' })
                .collect();
            assert_eq!(
                newlines(&text),
                text.iter().filter(|&&b| b == b'\n').count()
            );
        }
        assert_eq!(newlines(&[b'\n'; 1000]), 1000);
    }

    #[test]
    fn words_hash_alike_whatever_the_whitespace_and_script() {
        let plain = words_hash("Which  service\nstores objects?");
        assert_eq!(words_hash(" Which service stores\tobjects? "), plain);
        // Non-ASCII text takes the Unicode path: the same words hash the same.
        assert_eq!(words_hash("Which\u{3000}service stores objects?"), plain);
        assert_ne!(words_hash("Which service stores objects!"), plain);
        assert_ne!(words_hash("Whichservice stores objects?"), plain);
        assert_eq!(
            words_hash("객체를  저장하는\n서비스"),
            words_hash("객체를 저장하는 서비스")
        );
    }
}
