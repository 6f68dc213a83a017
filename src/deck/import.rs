//! Turning a flashcard export (Anki's "Notes in Plain Text": tab-separated front and back,
//! `#` header lines; or any TSV/CSV whose header names the columns) into a deck of cards.
//! The deck is written with every field an author must still fill in (domain, refs), so
//! `saa deck check` names what is missing. Pure: text in, TOML out.

use std::fmt::Write as _;

use super::text::is_forbidden_char;

/// One card read from the file: its 1-based line, front and back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportedCard {
    pub line: usize,
    pub front: String,
    pub back: String,
}

/// Reads cards from `text`. The separator is a tab unless `comma` (CSV) or an Anki
/// `#separator:` line says otherwise. A header row naming `front`/`question` and
/// `back`/`answer` picks those columns; otherwise the first two columns are used.
pub fn read_cards(text: &str, comma: bool) -> Result<Vec<ImportedCard>, String> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut separator = if comma { b',' } else { b'\t' };
    let mut html = false;
    let mut skipped = 0;
    for line in text.lines().take_while(|l| l.starts_with('#')) {
        skipped += 1;
        match line.split_once(':') {
            Some(("#separator", "comma" | "Comma")) => separator = b',',
            Some(("#separator", "tab" | "Tab")) => separator = b'\t',
            Some(("#separator", "semicolon" | "Semicolon")) => separator = b';',
            Some(("#html", "true")) => html = true,
            _ => {}
        }
    }
    let body: String = text.lines().skip(skipped).collect::<Vec<_>>().join("\n");
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(separator)
        .has_headers(false)
        .flexible(true)
        .from_reader(body.as_bytes());
    let mut columns = (0, 1);
    let mut cards = Vec::new();
    for (i, record) in reader.records().enumerate() {
        let record = record.map_err(|e| {
            let line = e.position().map_or(0, |p| p.line() as usize + skipped);
            format!("line {line}: {e}")
        })?;
        let line = record.position().map_or(0, |p| p.line() as usize) + skipped;
        let field = |n: usize| record.get(n).unwrap_or_default().trim().to_string();
        if i == 0 {
            let names: Vec<String> = record.iter().map(|f| f.trim().to_lowercase()).collect();
            let find = |wanted: &[&str]| names.iter().position(|n| wanted.contains(&n.as_str()));
            if let (Some(f), Some(b)) = (find(&["front", "question"]), find(&["back", "answer"])) {
                columns = (f, b);
                continue;
            }
        }
        let (front, back) = (field(columns.0), field(columns.1));
        if front.is_empty() && back.is_empty() {
            continue;
        }
        if front.is_empty() || back.is_empty() {
            return Err(format!(
                "line {line}: a card needs a front and a back (found {} column{})",
                record.len(),
                if record.len() == 1 { "" } else { "s" }
            ));
        }
        let clean = |s: String| clean_text(&s, html);
        cards.push(ImportedCard {
            line,
            front: clean(front),
            back: clean(back),
        });
    }
    if cards.is_empty() {
        return Err("there are no cards in it".into());
    }
    Ok(cards)
}

/// Plain text from a field: Anki's HTML line breaks and common entities become text, tags
/// are dropped (when the file says it holds HTML), and characters a deck may not contain go.
fn clean_text(s: &str, html: bool) -> String {
    let mut out = s.to_string();
    if html {
        for br in ["<br>", "<br/>", "<br />", "<div>", "</div>"] {
            out = out.replace(br, "\n");
        }
        let mut plain = String::with_capacity(out.len());
        let mut in_tag = false;
        for c in out.chars() {
            match c {
                '<' => in_tag = true,
                '>' if in_tag => in_tag = false,
                c if !in_tag => plain.push(c),
                _ => {}
            }
        }
        out = plain
            .replace("&nbsp;", " ")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&amp;", "&");
    }
    out.chars()
        .filter(|c| !is_forbidden_char(*c) || *c == '\n')
        .collect::<String>()
        .trim()
        .to_string()
}

/// A deck file of `cards`, with the fields an author must fill in left for `saa deck check`
/// to name: each card's `domain` (and `task`), `refs` and `verified`.
pub fn deck_toml(id: &str, title: &str, cards: &[ImportedCard]) -> String {
    let q = |s: &str| toml::Value::String(s.to_string()).to_string();
    let mut out = String::new();
    let _ = writeln!(
        out,
        "#:schema ../assets/deck.schema.json\n# Imported flashcards. For each card, add `domain` (secure, resilient, performance, cost),\n# `task` (\"1.1\"-\"4.4\"), `refs` (the AWS pages that back it) and `verified`; `saa deck check` lists\n# what is still missing.\n[deck]\nid = {}\ntitle = {}",
        q(id),
        q(title)
    );
    for (n, card) in cards.iter().enumerate() {
        let _ = writeln!(
            out,
            "\n[[question]]\nid = \"card-{}\"\nkind = \"card\"\ntopics = []\nprompt = {}\nanswer = {}",
            n + 1,
            q(&card.front),
            q(&card.back)
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::deck::parse_deck_str;

    #[test]
    fn an_anki_plain_text_export_becomes_cards_to_finish() {
        let text = "#separator:tab\n#html:true\nWhat is the max Lambda timeout?\t900 seconds<br>(15 minutes)\nS3 &amp; Glacier?\tStorage <b>classes</b>\n";
        let cards = read_cards(text, false).unwrap();
        assert_eq!(cards.len(), 2);
        assert_eq!(cards[0].back, "900 seconds\n(15 minutes)");
        assert_eq!(cards[1].front, "S3 & Glacier?");
        assert_eq!(cards[1].back, "Storage classes");
        assert_eq!(cards[1].line, 4);
        let toml = deck_toml("my-cards", "My cards", &cards);
        let parsed = parse_deck_str(&toml);
        // It parses, and the linter names what the author must add.
        let messages: Vec<&str> = parsed
            .diagnostics
            .iter()
            .map(|d| d.message.as_str())
            .collect();
        assert!(
            messages.iter().any(|m| m.contains("domain")),
            "{messages:?}"
        );
    }

    #[test]
    fn a_csv_with_a_header_picks_its_columns_and_bad_rows_are_named() {
        let text = "notes,answer,question\nx,Regional,Is Lambda global?\n";
        let cards = read_cards(text, true).unwrap();
        assert_eq!(
            (cards[0].front.as_str(), cards[0].back.as_str()),
            ("Is Lambda global?", "Regional")
        );
        let err = read_cards("front\tback\nonly a front\n", false).unwrap_err();
        assert!(err.starts_with("line 2:"), "{err}");
        assert!(read_cards("", false).is_err());
    }
}
