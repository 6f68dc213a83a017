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
