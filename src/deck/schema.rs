//! The JSON Schema of the deck format, for editors with a TOML language server (taplo, Even
//! Better TOML) through the `#:schema` line. assets/deck.schema.json must equal `json()`; a test
//! checks it, so the file never drifts from what the linter accepts.

use serde_json::{Value, json};

pub fn json() -> Value {
    let id = json!({
        "type": "string",
        "pattern": "^[a-z0-9-]{1,64}$",
        "description": "Lower-case letters, digits and hyphens, 1 to 64 characters."
    });
    let text =
        |description: &str| json!({"type": "string", "minLength": 1, "description": description});
    let strings = |description: &str| {
        json!({
            "type": "array",
            "items": {"type": "string", "minLength": 1},
            "description": description
        })
    };
    json!({
        "$schema": "http://json-schema.org/draft-07/schema#",
        "title": "saa deck",
        "description": "A deck of SAA-C03 study questions for the saa terminal app (format v1).",
        "type": "object",
        "additionalProperties": false,
        "required": ["deck"],
        "properties": {
            "deck": {
                "type": "object",
                "additionalProperties": false,
                "required": ["id", "title"],
                "properties": {
                    "id": id,
                    "title": text("Shown in deck lists."),
                    "description": text("One sentence on what the deck covers."),
                    "language": {"type": "string", "default": "en", "description": "Language tag of the text, e.g. en or ko."}
                }
            },
            "question": {
                "type": "array",
                "items": {
                    "type": "object",
                    "additionalProperties": false,
                    "required": ["id", "prompt", "domain"],
                    "properties": {
                        "id": id,
                        "kind": {
                            "enum": ["single", "multi", "card", "typed"],
                            "default": "single",
                            "description": "single: one correct choice; multi: two or more; card: self-graded flashcard; typed: typed answer."
                        },
                        "domain": {
                            "enum": ["secure", "resilient", "performance", "cost"],
                            "description": "SAA-C03 domain: secure (30%), resilient (26%), performance (24%), cost (20%)."
                        },
                        "task": {
                            "enum": ["1.1", "1.2", "1.3", "2.1", "2.2", "3.1", "3.2", "3.3", "3.4", "3.5", "4.1", "4.2", "4.3", "4.4"],
                            "description": "The SAA-C03 task statement the question tests; its first digit is the domain (1 secure, 2 resilient, 3 performance, 4 cost)."
                        },
                        "topics": strings("Topic tags, e.g. [\"lambda\", \"limits\"]."),
                        "prompt": text("The question or scenario."),
                        "explanation": text("The principle, with the number or rule to keep."),
                        "refs": {
                            "type": "array",
                            "items": {"type": "string", "pattern": "^https?://"},
                            "description": "AWS documentation pages that confirm the facts."
                        },
                        "verified": {"type": "string", "format": "date", "description": "When the facts were last checked against refs (a TOML date)."},
                        "select": {"type": "integer", "minimum": 2, "description": "multi only: must equal the number of correct choices."},
                        "answer": text("card only: the answer revealed to the learner."),
                        "accept": strings("typed only: accepted answers (case, spaces and thousands separators are ignored)."),
                        "choice": {
                            "type": "array",
                            "maxItems": 6,
                            "items": {
                                "type": "object",
                                "additionalProperties": false,
                                "required": ["text"],
                                "properties": {
                                    "text": text("The option as the learner sees it."),
                                    "correct": {"type": "boolean", "default": false},
                                    "why": text("Why this option is right, or exactly why it fails here.")
                                }
                            }
                        }
                    }
                }
            }
        }
    })
}

/// The schema as written to assets/deck.schema.json and printed by `saa deck schema`.
pub fn pretty() -> String {
    let mut text = serde_json::to_string_pretty(&json()).unwrap_or_default();
    text.push('\n');
    text
}
