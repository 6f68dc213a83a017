//! The quality gate over the bundled decks: no lint findings, the agreed minimums, enough of
//! every domain for a mock exam, and none of the giveaways learners exploit.

use std::collections::HashMap;

use saa::catalog::Catalog;
use saa::deck::{Deck, Domain, Kind};

fn bundled() -> Catalog {
    Catalog::load(&[])
}

fn scenario(deck: &Deck) -> usize {
    deck.questions
        .iter()
        .filter(|q| q.kind().is_scenario())
        .count()
}

#[test]
fn bundled_decks_have_no_errors_or_warnings() {
    let catalog = bundled();
    for file in &catalog.files {
        assert!(file.diagnostics.is_empty(), "{}", file.render());
    }
    assert!(catalog.notices.is_empty(), "{:?}", catalog.notices);
}

#[test]
fn every_deck_meets_its_minimums() {
    // (deck, scenario questions, recall items)
    let minimums = [
        ("lambda", 35, 20),
        ("lambda-networking", 12, 5),
        ("edge-functions", 18, 8),
        ("dynamodb", 40, 15),
        ("api-gateway", 20, 8),
        ("step-functions", 12, 4),
        ("cognito", 18, 6),
        ("vpc", 45, 20),
        ("dns-and-edge", 35, 15),
        ("s3", 45, 20),
        ("iam-accounts", 45, 20),
        ("resilience", 30, 10),
        ("ec2-scaling", 45, 20),
        ("messaging", 35, 15),
        ("rds-aurora", 45, 20),
        ("protect-detect", 45, 20),
        ("data-analytics", 35, 15),
        ("cost", 35, 15),
        ("containers-batch", 25, 10),
        ("block-file-hybrid", 35, 15),
        ("databases-more", 30, 12),
    ];
    let catalog = bundled();
    for (id, min_scenario, min_recall) in minimums {
        let deck = catalog
            .deck(id)
            .unwrap_or_else(|| panic!("bundled deck {id} is missing"));
        let s = scenario(deck);
        let recall = deck.questions.len() - s;
        assert!(
            s >= min_scenario,
            "{id}: {s} scenario questions, need {min_scenario}"
        );
        assert!(
            recall >= min_recall,
            "{id}: {recall} recall items, need {min_recall}"
        );
    }
}

#[test]
fn a_full_mock_exam_can_be_drawn_from_every_domain() {
    let catalog = bundled();
    let mut per_domain: HashMap<Domain, usize> = HashMap::new();
    let (mut multi, mut total) = (0, 0);
    for d in &catalog.decks {
        for q in d.deck.questions.iter().filter(|q| q.kind().is_scenario()) {
            *per_domain.entry(q.domain).or_default() += 1;
            total += 1;
            multi += usize::from(q.kind() == Kind::Multi);
        }
    }
    for domain in Domain::ALL {
        let n = per_domain.get(&domain).copied().unwrap_or(0);
        assert!(n >= 20, "{domain}: {n} scenario questions, need 20");
    }
    assert!(
        multi * 4 >= total,
        "{multi} of {total} scenario questions are multi-response; need 25%"
    );
}

#[test]
fn the_correct_choice_is_not_usually_the_longest() {
    for d in &bundled().decks {
        let singles: Vec<_> = d
            .deck
            .questions
            .iter()
            .filter(|q| q.kind() == Kind::Single)
            .collect();
        let longest_correct = singles
            .iter()
            .filter(|q| {
                let longest = q
                    .choices()
                    .iter()
                    .map(|c| c.text.chars().count())
                    .max()
                    .unwrap_or(0);
                q.choices()
                    .iter()
                    .any(|c| c.correct && c.text.chars().count() == longest)
            })
            .count();
        assert!(
            longest_correct * 10 <= singles.len() * 4,
            "{}: the correct choice is the longest in {longest_correct} of {} single-answer questions (max 40%)",
            d.deck.id,
            singles.len()
        );
    }
}

#[test]
fn no_two_questions_share_a_prompt() {
    let mut seen: HashMap<String, String> = HashMap::new();
    for d in &bundled().decks {
        for q in &d.deck.questions {
            let normalized = q
                .prompt
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .to_lowercase();
            if let Some(other) = seen.insert(normalized, format!("{}/{}", d.deck.id, q.id)) {
                panic!("{}/{} repeats the prompt of {other}", d.deck.id, q.id);
            }
        }
    }
}

#[test]
fn multi_response_prompts_fit_their_select_count() {
    for d in &bundled().decks {
        for q in d.deck.questions.iter().filter(|q| q.kind() == Kind::Multi) {
            if let Some(n) = saa::deck::text::announced_select_count(&q.prompt) {
                assert_eq!(n, q.select_count(), "{}/{}", d.deck.id, q.id);
            }
            assert!(q.select_count() >= 2 && q.choices().len() > q.select_count());
        }
    }
}

#[test]
fn every_question_cites_english_aws_documentation_and_a_verified_date() {
    for d in &bundled().decks {
        for q in &d.deck.questions {
            let at = format!("{}/{}", d.deck.id, q.id);
            assert!(q.verified.is_some(), "{at} has no verified date");
            assert!(!q.refs.is_empty(), "{at} cites nothing");
            for r in &q.refs {
                let official = [
                    "https://docs.aws.amazon.com/",
                    "https://aws.amazon.com/",
                    "https://repost.aws/",
                ]
                .iter()
                .any(|p| r.starts_with(p));
                assert!(
                    official,
                    "{at} cites {r}: cite docs.aws.amazon.com, aws.amazon.com or repost.aws"
                );
                // The learner reads English pages: no translated copies, no raw markdown sources.
                let locale = r
                    .split('/')
                    .nth(3)
                    .is_some_and(|seg| seg.len() == 5 && seg.as_bytes()[2] == b'_');
                assert!(
                    !locale && !r.ends_with(".md"),
                    "{at} cites a translated or markdown copy: {r}"
                );
            }
        }
    }
}

#[test]
fn every_scenario_question_names_its_task_statement() {
    for d in &bundled().decks {
        for q in d.deck.questions.iter().filter(|q| q.kind().is_scenario()) {
            let task = q
                .task
                .unwrap_or_else(|| panic!("{}/{} has no task statement", d.deck.id, q.id));
            assert_eq!(task.domain(), q.domain, "{}/{}", d.deck.id, q.id);
        }
    }
}

#[test]
fn every_explained_question_cites_an_aws_documentation_page() {
    for d in &bundled().decks {
        for q in &d.deck.questions {
            let explains = q.explanation.is_some() || q.choices().iter().any(|c| c.why.is_some());
            let cites_docs = q.refs.iter().any(|r| {
                r.starts_with("https://docs.aws.amazon.com/")
                    || r.starts_with("https://aws.amazon.com/")
            });
            assert!(
                !explains || cites_docs,
                "{}/{} explains without citing an AWS page",
                d.deck.id,
                q.id
            );
        }
    }
}

#[test]
fn mock_exams_from_the_bundled_decks_draw_on_every_deck() {
    let catalog = bundled();
    let candidates: Vec<saa::exam::Candidate> = catalog
        .decks
        .iter()
        .flat_map(|d| {
            d.deck.questions.iter().map(move |q| saa::exam::Candidate {
                key: d.deck.key(q),
                domain: q.domain,
                kind: q.kind(),
                choice_count: q.choices().len(),
                seen_in_exam: false,
                weakness: 1.0,
            })
        })
        .filter(|c| c.kind.is_scenario())
        .collect();
    let mut drawn = std::collections::BTreeSet::new();
    for seed in 0..10 {
        let exam = saa::exam::assemble(&candidates, &saa::exam::Blueprint::default(), seed);
        assert_eq!(exam.items.len(), 65);
        drawn.extend(exam.items.iter().map(|i| i.key.deck.to_string()));
    }
    for d in &catalog.decks {
        assert!(
            drawn.contains(d.deck.id.as_str()),
            "ten mock exams never drew from {}",
            d.deck.id
        );
    }
}

#[test]
fn every_bundled_deck_is_translated_into_korean_whole() {
    let catalog = bundled();
    // Every bundled deck has its Korean translation: a Korean learner never meets a deck
    // that is English only.
    for deck in &catalog.decks {
        assert!(
            catalog
                .translations
                .iter()
                .any(|t| t.language == "ko" && t.deck == deck.deck.id),
            "deck `{}` has no Korean translation",
            deck.deck.id
        );
    }
    for t in &catalog.translations {
        let deck = catalog
            .deck(t.deck.as_str())
            .unwrap_or_else(|| panic!("translation of a missing deck {}", t.deck));
        assert_eq!(
            t.questions.len(),
            deck.questions.len(),
            "{}.{} translates {} of {} questions",
            t.deck,
            t.language,
            t.questions.len(),
            deck.questions.len()
        );
    }
}

#[test]
fn korean_translations_are_written_in_hangul_not_han_characters() {
    // A stray Chinese character (結 for 결) reads as a typo to a Korean learner; AWS's Korean
    // documentation writes no Hanja.
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("decks");
    let mut checked = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if !path.to_string_lossy().ends_with(".ko.toml") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        for (n, line) in text.lines().enumerate() {
            assert!(
                !line.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
                "{}:{}: a Han character: {line}",
                path.display(),
                n + 1
            );
        }
        checked += 1;
    }
    assert!(checked >= 7, "{checked} Korean files checked");
}
