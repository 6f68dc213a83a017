//! Synthetic decks for benchmarks: realistic sizes and shapes, deterministic content.
#![allow(dead_code)]

use std::fmt::Write as _;

const DOMAINS: [&str; 4] = ["secure", "resilient", "performance", "cost"];

/// One deck file's TOML with `questions` questions, about 1 KB each.
pub fn deck_toml(deck: usize, questions: usize) -> String {
    let mut s = String::with_capacity(questions * 1100);
    let _ = writeln!(
        s,
        "#:schema ../assets/deck.schema.json\n[deck]\nid = \"deck-{deck}\"\ntitle = \"Synthetic deck {deck}\"\ndescription = \"Generated for benchmarks.\"\n"
    );
    for q in 0..questions {
        let domain = DOMAINS[(deck + q) % 4];
        let multi = q % 4 == 0;
        let _ = writeln!(
            s,
            r#"[[question]]
id = "q-{q}"
kind = "{kind}"
domain = "{domain}"
task = "{d}.1"
topics = ["topic-{t}", "service-{u}"]
prompt = """
A company runs workload {q} of deck {deck} on AWS. It must stay available across Availability Zones,
keep latency low for users in several Regions and cost as little as possible. The team has little
operational experience. Which solution meets these requirements?"""
explanation = "The deciding constraint is operational overhead; managed services remove patching and scaling work. Number {q}."
refs = ["https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html"]
verified = 2026-11-29
"#,
            kind = if multi { "multi" } else { "single" },
            d = (deck + q) % 4 + 1,
            t = q % 37,
            u = q % 11,
        );
        if multi {
            let _ = writeln!(s, "select = 2\n");
        }
        for c in 0..(if multi { 5 } else { 4 }) {
            let correct = if multi { c < 2 } else { c == 1 };
            let _ = writeln!(
                s,
                "[[question.choice]]\ntext = \"Option {c} for question {q}: use a managed service configured in a particular way.\"\n{}why = \"Because option {c} {} the stated constraint on cost and availability.\"\n",
                if correct { "correct = true\n" } else { "" },
                if correct { "meets" } else { "fails" },
            );
        }
    }
    s
}

/// The flashcard workload of the performance issue: `cards` cards, each prompt about 400
/// characters of prose over six lines, an answer of about 150 characters, one topic, a
/// one-line explanation and one ref.
pub fn flashcard_toml(deck: usize, cards: usize) -> String {
    let mut s = String::with_capacity(cards * 900);
    let _ = writeln!(
        s,
        "[deck]\nid = \"cards-{deck}\"\ntitle = \"Flashcards {deck}\"\n"
    );
    for q in 0..cards {
        let domain = DOMAINS[(deck + q) % 4];
        let task = format!("{}.1", (deck + q) % 4 + 1);
        let _ = writeln!(
            s,
            r#"[[question]]
id = "c-{q}"
kind = "card"
domain = "{domain}"
task = "{task}"
topics = ["topic-{t}"]
prompt = """
Card {q} of deck {deck}: a company keeps application state in a managed service and wants
to understand how that service behaves when an Availability Zone becomes unavailable, how
long a failover takes, which settings decide that time, and which of those settings can
be changed after the resource was created without replacing it or losing any of its data.
What are the facts a solutions architect must remember about this behaviour in practice?"""
answer = "Failover is automatic and usually completes within minutes; the endpoint stays the same, so clients reconnect without any change. Card {q}."
explanation = "Remember the endpoint behaviour; it decides what the application must do."
refs = ["https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html"]
verified = 2026-11-29
"#,
            t = q % 37,
        );
    }
    s
}

/// A review log as JSONL: `reviews` answers spread over `questions` questions of the
/// flashcard decks (`cards-D/c-Q`), one every few minutes, oldest first.
pub fn reviews_jsonl(decks: usize, cards_per_deck: usize, reviews: usize) -> String {
    let mut s = String::with_capacity(reviews * 190);
    let start = 1_735_689_600i64; // 2025-01-01T00:00:00Z
    let questions = decks * cards_per_deck;
    for i in 0..reviews {
        let q = i % questions;
        let at = jiff::Timestamp::from_second(start + i as i64 * 120).unwrap_or_default();
        let rating = [3, 3, 1, 3, 4][i % 5];
        let _ = writeln!(
            s,
            r#"{{"id":"r{i}","deck":"cards-{}","question":"c-{}","reviewed_at":"{at}","rating":{rating},"mode":"study","correct":{},"elapsed_ms":4000,"picked":"[]"}}"#,
            q / cards_per_deck,
            q % cards_per_deck,
            rating > 1
        );
    }
    s
}
