//! Translations of a deck: `<deck>.<lang>.toml` beside the deck, keyed by question id, with
//! each question's text in another language. Identity, history and scheduling stay with the
//! English question; a translation only changes what is shown.
//!
//! Each translated question records a fingerprint of the English text it was made from, so
//! `saa deck check` can say which translations went stale when the English changed. A number in
//! the English that is missing from the translation is an error: a wrong number is a wrong fact.
//! Pure: text in, model and diagnostics out.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::ops::Range;

use serde::Deserialize;
use toml::Spanned;

use super::text::{describe_char, is_forbidden_char};
use super::{Body, Deck, Diagnostic, Id, Question};

/// One question's text in another language, in the English question's choice order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TranslatedQuestion {
    pub id: Id,
    pub prompt: String,
    pub explanation: Option<String>,
    /// Card answer.
    pub answer: Option<String>,
    /// Extra accepted typed answers (the English ones stay accepted too).
    pub accept: Vec<String>,
    /// (text, why) per choice.
    pub choices: Vec<(String, Option<String>)>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Translation {
    pub deck: Id,
    /// A language tag such as "ko".
    pub language: String,
    pub questions: Vec<TranslatedQuestion>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FileDe {
    translation: HeaderDe,
    #[serde(default)]
    question: Vec<Spanned<QuestionDe>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct HeaderDe {
    deck: String,
    language: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct QuestionDe {
    id: String,
    /// The fingerprint of the English this was translated from (see `fingerprint`).
    source: Option<String>,
    prompt: String,
    explanation: Option<String>,
    answer: Option<String>,
    #[serde(default)]
    accept: Vec<String>,
    #[serde(default)]
    choice: Vec<ChoiceDe>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ChoiceDe {
    text: String,
    why: Option<String>,
}

/// Whether a deck file name is a translation's: `lambda.ko.toml`.
pub fn language_of_file_name(name: &str) -> Option<&str> {
    let stem = name.strip_suffix(".toml")?;
    let (_, lang) = stem.rsplit_once('.')?;
    (2..=8)
        .contains(&lang.len())
        .then_some(lang)
        .filter(|l| l.chars().all(|c| c.is_ascii_lowercase() || c == '-'))
}

/// A stable fingerprint of everything in `question` a translation translates.
pub fn fingerprint(question: &Question) -> String {
    // FNV-1a, 64 bits: stable across versions and platforms, unlike std's hasher.
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut eat = |s: &str| {
        for b in s.bytes().chain([0u8]) {
            hash ^= u64::from(b);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    };
    eat(&question.prompt);
    eat(question.explanation.as_deref().unwrap_or(""));
    match &question.body {
        Body::Single { choices } | Body::Multi { choices } => {
            for c in choices {
                eat(&c.text);
                eat(c.why.as_deref().unwrap_or(""));
            }
        }
        Body::Card { answer } => eat(answer),
        Body::Typed { accept } => accept.iter().for_each(|a| eat(a)),
    }
    format!("{hash:016x}")
}

/// Parses a translation and checks it against its English deck (when given).
pub fn parse_translation(
    source: &str,
    deck: Option<&Deck>,
) -> (Option<Translation>, Vec<Diagnostic>) {
    let file: FileDe = match toml::from_str(source) {
        Ok(f) => f,
        Err(e) => {
            return (
                None,
                vec![Diagnostic::error(
                    e.span().unwrap_or(0..0),
                    format!("translation: {}", e.message().trim()),
                )],
            );
        }
    };
    let mut diags = Vec::new();
    let Some(deck_id) = Id::parse(&file.translation.deck) else {
        diags.push(Diagnostic::error(
            0..0,
            "[translation] deck is not a deck id",
        ));
        return (None, diags);
    };
    let english: HashMap<&str, &Question> = deck
        .map(|d| d.questions.iter().map(|q| (q.id.as_str(), q)).collect())
        .unwrap_or_default();
    let mut questions = Vec::new();
    for spanned in file.question {
        let span = spanned.span();
        let q = spanned.into_inner();
        let Some(id) = Id::parse(&q.id) else {
            diags.push(Diagnostic::error(
                span,
                format!("`{}` is not a question id", q.id),
            ));
            continue;
        };
        let translated = TranslatedQuestion {
            id,
            prompt: q.prompt,
            explanation: q.explanation,
            answer: q.answer,
            accept: q.accept,
            choices: q.choice.into_iter().map(|c| (c.text, c.why)).collect(),
        };
        check_text(&translated, &span, &mut diags);
        if deck.is_some() {
            match english.get(translated.id.as_str()) {
                None => diags.push(Diagnostic::error(
                    span.clone(),
                    format!("deck `{deck_id}` has no question `{}`", translated.id),
                )),
                Some(en) => check_against(en, &translated, q.source.as_deref(), &span, &mut diags),
            }
        }
        questions.push(translated);
    }
    if let Some(deck) = deck {
        let missing: Vec<&str> = deck
            .questions
            .iter()
            .filter(|q| !questions.iter().any(|t| t.id == q.id))
            .map(|q| q.id.as_str())
            .collect();
        if !missing.is_empty() {
            diags.push(Diagnostic::warning(
                0..0,
                format!(
                    "{} question{} of `{}` have no translation: {}",
                    missing.len(),
                    if missing.len() == 1 { "" } else { "s" },
                    deck.id,
                    missing.join(", ")
                ),
            ));
        }
    }
    let translation = Translation {
        deck: deck_id,
        language: file.translation.language,
        questions,
    };
    (Some(translation), diags)
}

fn check_text(q: &TranslatedQuestion, span: &Range<usize>, diags: &mut Vec<Diagnostic>) {
    let mut texts: Vec<&str> = vec![&q.prompt];
    texts.extend(q.explanation.as_deref());
    texts.extend(q.answer.as_deref());
    texts.extend(q.accept.iter().map(String::as_str));
    for (text, why) in &q.choices {
        texts.push(text);
        texts.extend(why.as_deref());
    }
    for c in texts
        .iter()
        .flat_map(|t| t.chars())
        .filter(|&c| is_forbidden_char(c))
    {
        diags.push(Diagnostic::error(
            span.clone(),
            format!("`{}` contains {}", q.id, describe_char(c)),
        ));
    }
}

fn check_against(
    en: &Question,
    t: &TranslatedQuestion,
    source: Option<&str>,
    span: &Range<usize>,
    diags: &mut Vec<Diagnostic>,
) {
    let id = &t.id;
    match source {
        None => diags.push(Diagnostic::warning(
            span.clone(),
            format!("`{id}` has no `source` fingerprint; `saa deck translate` writes it"),
        )),
        Some(s) if s != fingerprint(en) => diags.push(Diagnostic::warning(
            span.clone(),
            format!("`{id}`: the English changed since this was translated (stale); update it and its `source`"),
        )),
        Some(_) => {}
    }
    // A prompt or explanation left as the English is a question not translated yet (the
    // template `saa deck translate` writes starts that way).
    let same = |a: &str, b: &str| a.split_whitespace().eq(b.split_whitespace());
    if same(&t.prompt, &en.prompt)
        || t.explanation
            .as_deref()
            .zip(en.explanation.as_deref())
            .is_some_and(|(a, b)| same(a, b))
    {
        diags.push(Diagnostic::warning(
            span.clone(),
            format!("`{id}` still has the English text; translate it"),
        ));
    }
    let choices = en.choices();
    if t.choices.len() != choices.len() {
        diags.push(Diagnostic::error(
            span.clone(),
            format!(
                "`{id}` has {} translated choices; the English has {}",
                t.choices.len(),
                choices.len()
            ),
        ));
    }
    let mut pairs: Vec<(&str, Option<&str>, String)> =
        vec![(en.prompt.as_str(), Some(t.prompt.as_str()), "prompt".into())];
    if let Some(e) = &en.explanation {
        pairs.push((e, t.explanation.as_deref(), "explanation".into()));
    }
    if let Body::Card { answer } = &en.body {
        pairs.push((answer, t.answer.as_deref(), "answer".into()));
    }
    for (i, (c, tc)) in choices.iter().zip(&t.choices).enumerate() {
        pairs.push((&c.text, Some(&tc.0), format!("choice {}", i + 1)));
        if let Some(why) = &c.why {
            pairs.push((why, tc.1.as_deref(), format!("choice {} why", i + 1)));
        }
    }
    for (english, translated, field) in pairs {
        let Some(translated) = translated else {
            diags.push(Diagnostic::error(
                span.clone(),
                format!("`{id}`: the {field} is not translated"),
            ));
            continue;
        };
        let have = numbers(translated);
        for n in numbers(english) {
            if !have.contains(&n) {
                diags.push(Diagnostic::error(
                    span.clone(),
                    format!("`{id}`: the {field} says {n} in English but not in the translation"),
                ));
            }
        }
    }
}

/// The numbers in a text, with thousands separators removed ("1,000" and "1000" are one).
fn numbers(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    let chars: Vec<char> = text.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        let between_digits = |i: usize| {
            i > 0
                && chars.get(i - 1).is_some_and(char::is_ascii_digit)
                && chars.get(i + 1).is_some_and(char::is_ascii_digit)
        };
        if c.is_ascii_digit() || (c == '.' && between_digits(i)) {
            current.push(c);
        } else if c == ',' && between_digits(i) {
            // a thousands separator: skip
        } else if !current.is_empty() {
            out.push(std::mem::take(&mut current));
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

/// A translation file to fill in: every question of `deck` with its English text in place and
/// its fingerprint recorded, for a translator to replace the text.
pub fn template(deck: &Deck, language: &str) -> String {
    let q = |s: &str| toml::Value::String(s.to_string()).to_string();
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# Translation of deck `{}` into `{language}`. Replace every text; keep ids, `source`, the\n# choice order and every number. `saa deck check` reports stale and missing entries.\n[translation]\ndeck = {}\nlanguage = {}",
        deck.id,
        q(deck.id.as_str()),
        q(language)
    );
    for question in &deck.questions {
        let _ = writeln!(
            out,
            "\n[[question]]\nid = {}\nsource = {}\nprompt = {}",
            q(question.id.as_str()),
            q(&fingerprint(question)),
            q(&question.prompt)
        );
        if let Some(e) = &question.explanation {
            let _ = writeln!(out, "explanation = {}", q(e));
        }
        match &question.body {
            Body::Card { answer } => {
                let _ = writeln!(out, "answer = {}", q(answer));
            }
            Body::Typed { .. } => {
                let _ = writeln!(out, "accept = []");
            }
            Body::Single { choices } | Body::Multi { choices } => {
                for c in choices {
                    let _ = writeln!(out, "\n[[question.choice]]\ntext = {}", q(&c.text));
                    if let Some(why) = &c.why {
                        let _ = writeln!(out, "why = {}", q(why));
                    }
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::deck::parse_deck_str;

    const DECK: &str = r#"[deck]
id = "d"
title = "D"
[[question]]
id = "q1"
domain = "cost"
task = "4.1"
prompt = "Which one costs 1,000 USD for 15 minutes?"
explanation = "Because 15 minutes."
[[question.choice]]
text = "A"
correct = true
why = "Right."
[[question.choice]]
text = "B"
why = "Wrong."
[[question]]
id = "c1"
kind = "card"
domain = "cost"
prompt = "Max timeout?"
answer = "900 seconds"
"#;

    fn deck() -> Deck {
        parse_deck_str(DECK).deck.unwrap()
    }

    #[test]
    fn a_template_round_trips_clean_once_translated() {
        let d = deck();
        let t = template(&d, "ko");
        // The template itself is still English: each question says so.
        let (_, diags) = parse_translation(&t, Some(&d));
        assert_eq!(diags.len(), 2, "{diags:?}");
        assert!(
            diags
                .iter()
                .all(|d| d.message.contains("still has the English text")),
            "{diags:?}"
        );
        let mut t = t;
        for q in &d.questions {
            t = t.replacen(&q.prompt, &format!("번역: {}", q.prompt), 1);
            if let Some(e) = &q.explanation {
                t = t.replacen(e.as_str(), &format!("번역: {e}"), 1);
            }
        }
        let (parsed, diags) = parse_translation(&t, Some(&d));
        assert!(diags.is_empty(), "{diags:?}");
        let parsed = parsed.unwrap();
        assert_eq!(
            (parsed.language.as_str(), parsed.questions.len()),
            ("ko", 2)
        );
        assert_eq!(parsed.questions[0].choices.len(), 2);
    }

    #[test]
    fn numbers_stale_text_and_missing_questions_are_reported() {
        let d = deck();
        let t = template(&d, "ko")
            .replace(
                "Which one costs 1,000 USD for 15 minutes?",
                "15분에 1000달러인 것은?",
            )
            .replace("answer = \"900 seconds\"", "answer = \"9백 초\"");
        let (_, diags) = parse_translation(&t, Some(&d));
        let messages: Vec<&str> = diags
            .iter()
            .map(|d| d.message.as_str())
            .filter(|m| !m.contains("still has the English text"))
            .collect();
        assert_eq!(messages.len(), 1, "{messages:?}");
        assert!(messages[0].contains("answer says 900"), "{messages:?}");
        // The English changes: the translation is stale.
        let changed = parse_deck_str(&DECK.replace("Max timeout?", "Maximum timeout?"))
            .deck
            .unwrap();
        let (_, diags) = parse_translation(&template(&d, "ko"), Some(&changed));
        assert!(
            diags.iter().any(|d| d.message.contains("stale")),
            "{diags:?}"
        );
        // A question left out is named.
        let only_q1 = template(&d, "ko");
        let cut = &only_q1[..only_q1.find("id = \"c1\"").unwrap() - "[[question]]\n".len()];
        let (_, diags) = parse_translation(cut, Some(&d));
        assert!(
            diags
                .iter()
                .any(|d| d.message.contains("have no translation: c1")),
            "{diags:?}"
        );
    }

    #[test]
    fn translation_file_names_carry_their_language() {
        assert_eq!(language_of_file_name("lambda.ko.toml"), Some("ko"));
        assert_eq!(language_of_file_name("lambda.toml"), None);
        assert_eq!(language_of_file_name("dns-and-edge.toml"), None);
        assert_eq!(numbers("1,000 and 2.5 and 15"), vec!["1000", "2.5", "15"]);
    }
}
