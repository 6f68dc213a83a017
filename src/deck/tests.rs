//! Linter tests: every rule with its exact line and column, and arbitrary input never panics.

use super::diag::LineIndex;
use super::*;

const GOOD: &str = r#"[deck]
id = "lambda"
title = "Lambda"

[[question]]
id = "q1"
domain = "resilient"
topics = ["lambda"]
prompt = "Which one?"
explanation = "Because."
refs = ["https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html"]
verified = 2026-11-29
task = "2.1"
[[question.choice]]
text = "A"
correct = true
why = "Right."

[[question.choice]]
text = "B"
why = "Wrong."
"#;

/// (line, column, severity, message) of every diagnostic.
fn lint(source: &str) -> Vec<(usize, usize, Severity, String)> {
    let parsed = parse_deck_str(source);
    let index = LineIndex::new(source);
    parsed
        .diagnostics
        .iter()
        .map(|d| {
            let p = index.position(d.span.start);
            (p.line, p.column, d.severity, d.message.clone())
        })
        .collect()
}

fn errors_at(source: &str) -> Vec<(usize, usize)> {
    lint(source)
        .into_iter()
        .filter(|d| d.2 == Severity::Error)
        .map(|d| (d.0, d.1))
        .collect()
}

fn messages(source: &str) -> String {
    lint(source)
        .into_iter()
        .map(|d| d.3)
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn a_good_deck_loads_without_diagnostics() {
    let parsed = parse_deck_str(GOOD);
    assert_eq!(parsed.diagnostics, vec![]);
    let deck = parsed.deck.unwrap();
    assert_eq!(deck.id.as_str(), "lambda");
    assert_eq!(deck.language, "en");
    let q = &deck.questions[0];
    assert_eq!(q.kind(), Kind::Single);
    assert_eq!(q.domain, Domain::Resilient);
    assert_eq!(q.line, 5);
    assert_eq!(q.choices().len(), 2);
    assert!(q.choices()[0].correct);
    assert_eq!(q.verified, Some(jiff::civil::date(2026, 11, 29)));
}

#[test]
fn unknown_key_is_an_error_with_a_suggestion() {
    let src = GOOD.replace("explanation =", "explanaton =");
    assert_eq!(errors_at(&src), vec![(10, 1)]);
    let m = messages(&src);
    assert!(m.contains("unknown key `explanaton`"), "{m}");
    assert!(m.contains("did you mean `explanation`?"), "{m}");
    // The question with an error is left out; the deck still loads.
    let parsed = parse_deck_str(&src);
    assert_eq!(parsed.deck.unwrap().questions.len(), 0);
}

#[test]
fn syntax_errors_point_at_the_problem() {
    let src = GOOD.replace("title = \"Lambda\"", "title = \"Lambda");
    let errs = errors_at(&src);
    assert_eq!(errs.first().map(|e| e.0), Some(3), "{errs:?}");
    assert!(parse_deck_str(&src).deck.is_none());
}

#[test]
fn wrong_types_are_reported_at_the_value() {
    let src = GOOD.replace("correct = true", "correct = \"yes\"");
    // Only the bad value is reported, not a follow-on "no correct choice".
    assert_eq!(errors_at(&src), vec![(16, 11)]);
    assert!(messages(&src).contains("`correct` must be true or false, not string"));
    let src = GOOD.replace("verified = 2026-11-29", "verified = \"2026-11-29\"");
    assert_eq!(errors_at(&src), vec![(12, 12)]);
    assert!(messages(&src).contains("without quotes"));
}

#[test]
fn missing_required_keys() {
    let src = GOOD.replace("domain = \"resilient\"\n", "");
    assert_eq!(errors_at(&src), vec![(5, 1)]);
    assert!(messages(&src).contains("question `q1` is missing `domain`"));
    let src = GOOD.replace("title = \"Lambda\"\n", "");
    assert_eq!(errors_at(&src), vec![(1, 1)]);
    assert!(parse_deck_str(&src).deck.is_none());
    let src = GOOD.replace("[deck]\nid = \"lambda\"\ntitle = \"Lambda\"\n", "");
    assert!(messages(&src).contains("no [deck] table"));
}

#[test]
fn ids_must_match_the_pattern() {
    let src = GOOD.replace("id = \"q1\"", "id = \"Q 1\"");
    assert_eq!(errors_at(&src), vec![(6, 6)]);
    let src = GOOD.replace("id = \"lambda\"", &format!("id = \"{}\"", "a".repeat(65)));
    assert_eq!(errors_at(&src), vec![(2, 6)]);
}

#[test]
fn duplicate_question_ids_and_choice_texts() {
    let second = &GOOD[GOOD.find("[[question]]").unwrap()..];
    let src = format!("{GOOD}\n{second}");
    let errs = errors_at(&src);
    assert_eq!(errs, vec![(24, 6)]);
    assert!(messages(&src).contains("already used by the question at line 5"));
    let src = GOOD.replace("text = \"B\"", "text = \"a\"");
    assert_eq!(errors_at(&src), vec![(20, 8)]);
}

#[test]
fn kind_rules() {
    // single: exactly one correct
    let src = GOOD.replace("why = \"Wrong.\"", "why = \"Wrong.\"\ncorrect = true");
    assert!(messages(&src).contains("exactly 1 choice with correct = true; question `q1` has 2"));
    // multi needs 3 choices, >=2 correct
    let src = GOOD.replace(
        "domain = \"resilient\"",
        "kind = \"multi\"\ndomain = \"resilient\"",
    );
    let m = messages(&src);
    assert!(m.contains("at least 3 choices"), "{m}");
    assert!(m.contains("at least 2 correct"), "{m}");
    // unknown kind and domain
    let src = GOOD.replace(
        "domain = \"resilient\"",
        "kind = \"essay\"\ndomain = \"speed\"",
    );
    let m = messages(&src);
    assert!(
        m.contains("unknown kind `essay`") && m.contains("unknown domain `speed`"),
        "{m}"
    );
    // card needs answer and no choices
    let card = r#"[deck]
id = "d"
title = "D"
[[question]]
id = "c"
kind = "card"
domain = "cost"
topics = ["x"]
prompt = "P?"
explanation = "E."
refs = ["https://aws.amazon.com/"]
verified = 2026-11-29
"#;
    assert_eq!(errors_at(card), vec![(6, 8)]);
    assert!(messages(card).contains("is a card but has no `answer`"));
    let ok = format!("{card}answer = \"A.\"\n");
    assert_eq!(lint(&ok), vec![]);
    let typed = card.replace("\"card\"", "\"typed\"") + "accept = [\"900\"]\nanswer = \"x\"\n";
    assert!(messages(&typed).contains("`answer` is not used by a typed question"));
}

#[test]
fn multi_select_must_match() {
    let multi = r#"[deck]
id = "d"
title = "D"
[[question]]
id = "m"
kind = "multi"
select = 3
domain = "cost"
task = "4.1"
topics = ["x"]
prompt = "Which two? (Select TWO.)"
explanation = "E."
refs = ["https://aws.amazon.com/"]
verified = 2026-11-29
[[question.choice]]
text = "a"
correct = true
why = "w"
[[question.choice]]
text = "b"
correct = true
why = "w"
[[question.choice]]
text = "c"
why = "w"
"#;
    let m = messages(multi);
    assert!(
        m.contains("select = 3 but 2 choices are marked correct"),
        "{m}"
    );
    assert_eq!(errors_at(multi), vec![(7, 10)]);
    let fixed = multi.replace("select = 3", "select = 2");
    assert_eq!(lint(&fixed), vec![]);
    let wrong_prompt = fixed.replace("Select TWO", "Select THREE");
    assert!(messages(&wrong_prompt).contains("the prompt asks to select 3 but 2"));
}

#[test]
fn refs_must_be_http_urls() {
    let src = GOOD.replace("https://docs.aws", "ftp://docs.aws");
    assert_eq!(errors_at(&src), vec![(11, 9)]);
    let src = GOOD.replace(
        "refs = [\"https://docs",
        "refs = [\"https://\", \"https://docs",
    );
    assert_eq!(errors_at(&src), vec![(11, 9)]);
}

#[test]
fn control_characters_and_bidi_overrides_are_errors() {
    let src = GOOD.replace("Which one?", "Which \\u001b[2J one?");
    assert_eq!(errors_at(&src), vec![(9, 10)]);
    assert!(messages(&src).contains("U+001B (escape)"));
    // A literal right-to-left override is pointed at exactly.
    let src = GOOD.replace("Which one?", "Which \u{202e}one?");
    assert_eq!(errors_at(&src), vec![(9, 17)]);
    let src = GOOD.replace("text = \"B\"", "text = \"B\\u0085\"");
    assert!(messages(&src).contains("U+0085"));
    // Invisible characters are errors too, every one of them, each at its place.
    let src = GOOD.replace("Which one?", "Wh\u{200b}ich \u{200d}one\u{feff}?");
    let found = errors_at(&src);
    assert_eq!(found.len(), 3, "{found:?}");
    assert_eq!(found[0], (9, 13));
    assert!(messages(&src).contains("zero-width joiner"));
    // Tabs and newlines are fine.
    let src = GOOD.replace("Which one?", "Which\\tone?\\nReally?");
    assert_eq!(errors_at(&src), vec![]);
}

#[test]
fn blank_strings_are_errors() {
    let src = GOOD.replace("prompt = \"Which one?\"", "prompt = \"   \"");
    assert_eq!(errors_at(&src), vec![(9, 10)]);
    assert!(messages(&src).contains("prompt is blank"));
}

#[test]
fn empty_and_non_utf8_files() {
    let parsed = parse_deck(b"");
    assert!(parsed.deck.is_none());
    assert!(parsed.diagnostics[0].message.contains("empty"));
    let parsed = parse_deck(b"[deck]\nid = \"\xff\"\n");
    assert!(parsed.diagnostics[0].message.contains("not valid UTF-8"));
    assert!(
        parsed.diagnostics[0].message.contains("line 2, column 7"),
        "{}",
        parsed.diagnostics[0].message
    );
    assert_eq!(parsed.diagnostics[0].span, 13..13);
}

#[test]
fn warnings_for_missing_explanation_refs_verified_and_why() {
    let src = GOOD
        .replace("explanation = \"Because.\"\n", "")
        .replace("why = \"Wrong.\"\n", "");
    let diags = lint(&src);
    assert!(diags.iter().all(|d| d.2 == Severity::Warning), "{diags:?}");
    let m = messages(&src);
    assert!(
        m.contains("has no `explanation`") && m.contains("choice 2 has no `why`"),
        "{m}"
    );
    // Warnings do not drop the question.
    assert_eq!(parse_deck_str(&src).deck.unwrap().questions.len(), 1);
}

#[test]
fn the_template_passes_check() {
    let text = template::template("my-deck", jiff::civil::date(2026, 11, 29));
    let parsed = parse_deck_str(&text);
    assert_eq!(parsed.diagnostics, vec![]);
    assert_eq!(parsed.deck.unwrap().questions.len(), 4);
}

#[test]
fn the_schema_file_matches_the_code() {
    let on_disk = include_str!("../../assets/deck.schema.json");
    assert_eq!(
        on_disk,
        schema::pretty(),
        "run `saa deck schema > assets/deck.schema.json`"
    );
}

mod fuzz {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

        #[test]
        fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
            let parsed = parse_deck(&bytes);
            // Every span lies inside the input, so rendering cannot slice out of bounds.
            for d in &parsed.diagnostics {
                prop_assert!(d.span.end <= bytes.len());
            }
            let text = String::from_utf8_lossy(&bytes);
            let _ = diag::render("x", Some(&text), &parsed.diagnostics);
        }

        #[test]
        fn mutated_decks_never_panic(cut in 0..GOOD.len(), insert in "[\\[\\]=\"\\\\a-z0-9 \n\u{1b}\u{202e}한]{0,12}") {
            let mut src = GOOD.to_string();
            let at = (0..=cut).rev().find(|i| src.is_char_boundary(*i)).unwrap_or(0);
            src.insert_str(at, &insert);
            let parsed = parse_deck_str(&src);
            for d in &parsed.diagnostics {
                prop_assert!(d.span.end <= src.len());
            }
            let rendered = diag::render("x", Some(&src), &parsed.diagnostics);
            let inert = !rendered.contains('\u{1b}') && !rendered.contains('\u{202e}');
            prop_assert!(inert);
            if let Some(deck) = parsed.deck {
                for q in &deck.questions {
                    prop_assert!(!q.prompt.chars().any(text::is_forbidden_char));
                }
            }
        }
    }
}

#[test]
fn task_must_be_a_known_statement_of_the_questions_domain() {
    let unknown = GOOD.replace("task = \"2.1\"", "task = \"2.9\"");
    let m = messages(&unknown);
    assert!(
        m.contains("2.9") && m.contains("1.1") && m.contains("4.4"),
        "{m}"
    );
    assert_eq!(errors_at(&unknown), vec![(13, 8)]);
    let other_domain = GOOD.replace("task = \"2.1\"", "task = \"3.2\"");
    let m = messages(&other_domain);
    assert!(m.contains("3.2") && m.contains("resilient"), "{m}");
    assert_eq!(errors_at(&other_domain).len(), 1);
    let missing = GOOD.replace("task = \"2.1\"\n", "");
    let found = lint(&missing);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].2, Severity::Warning);
    assert!(found[0].3.contains("has no `task`"), "{found:?}");
}

#[test]
fn more_choices_than_the_screens_can_letter_are_an_error_at_the_first_extra() {
    let extra: String = (3..=7)
        .map(|n| format!("\n[[question.choice]]\ntext = \"C{n}\"\nwhy = \"No.\"\n"))
        .collect();
    let src = format!("{GOOD}{extra}");
    let m = messages(&src);
    assert!(
        m.contains("at most 6 choices") && m.contains("choice 7"),
        "{m}"
    );
    // The seventh choice's header: GOOD has 21 lines, each extra choice takes 4.
    assert_eq!(errors_at(&src), vec![(21 + 4 * 4 + 2, 1)]);
    let six: String = (3..=6)
        .map(|n| format!("\n[[question.choice]]\ntext = \"C{n}\"\nwhy = \"No.\"\n"))
        .collect();
    assert_eq!(errors_at(&format!("{GOOD}{six}")), vec![]);
}

#[test]
fn reading_a_question_at_a_time_gives_what_reading_the_whole_file_gives() {
    // The bundled decks are compared in catalog's tests (they are embedded there).
    let mut sources: Vec<(String, String)> = vec![("good".into(), GOOD.to_string())];
    // Problems that cross sections: a duplicate id and prompt, errors inside later sections.
    let second = GOOD.replace("[deck]\nid = \"lambda\"\ntitle = \"Lambda\"\n", "");
    sources.push(("dup".into(), format!("{GOOD}\n{second}")));
    sources.push((
        "errors".into(),
        format!(
            "{GOOD}\n{}",
            second.replace("id = \"q1\"", "id = \"Q 2\"\nbogus = 1")
        ),
    ));
    for (name, text) in &sources {
        let chunked = parse::parse_in_chunks(text)
            .unwrap_or_else(|| panic!("{name} is read a question at a time"));
        let whole = parse::parse_whole(text);
        assert_eq!(format!("{chunked:?}"), format!("{whole:?}"), "{name}");
    }
    let lines = lint(&format!("{GOOD}\n{second}"));
    assert!(
        lines.iter().any(|(line, _, _, m)| *line == 25
            && m.contains("duplicate question id `q1`: already used by the question at line 5")),
        "{lines:?}"
    );
}

#[test]
fn a_section_header_inside_a_string_falls_back_to_the_whole_file() {
    let tricky = GOOD.replace(
        "explanation = \"Because.\"",
        "explanation = \"\"\"\nA deck file looks like this:\n[[question]]\nid = \"x\"\n\"\"\"",
    );
    assert!(parse::parse_in_chunks(&tricky).is_none());
    let parsed = parse_deck_str(&tricky);
    assert!(!parsed.has_errors(), "{:?}", parsed.diagnostics);
    let deck = parsed.deck.unwrap();
    assert_eq!(deck.questions.len(), 1);
    assert!(
        deck.questions[0]
            .explanation
            .as_deref()
            .is_some_and(|e| e.contains("[[question]]"))
    );
}

#[test]
fn the_same_prompt_twice_is_a_warning_whatever_its_spacing() {
    let second = GOOD
        .split_once("[[question]]")
        .map(|(_, q)| format!("[[question]]{q}"))
        .unwrap()
        .replace("id = \"q1\"", "id = \"q2\"");
    let twice = format!("{GOOD}\n{}", second.replace("Which one?", "Which   one?"));
    let found = messages(&twice);
    assert!(
        found.contains("question `q2` has the same prompt as `q1` (line 5)"),
        "{found}"
    );
    // Other words, or the same words split differently, are other prompts.
    for other in ["Which two?", "Whi chone?"] {
        let found = messages(&format!("{GOOD}\n{}", second.replace("Which one?", other)));
        assert!(!found.contains("same prompt"), "{other}: {found}");
    }
}
