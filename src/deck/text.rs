//! Text rules shared by the linter, the typed-answer checker and the screens.

/// True for characters a deck must never contain: C0 controls other than newline and tab,
/// DEL and C1 controls, bidirectional marks, overrides and isolates, and invisible format
/// characters (zero-width space and joiners, word joiner, byte-order mark, soft hyphen,
/// invisible operators). Any of these could move the cursor, recolour, hide or garble text in
/// the learner's terminal (a zero-width joiner merges cells in tmux), and none is needed by
/// the languages decks are written in.
pub fn is_forbidden_char(c: char) -> bool {
    matches!(c,
        '\u{0}'..='\u{8}' | '\u{b}'..='\u{1f}' | '\u{7f}'..='\u{9f}'
        | '\u{ad}' | '\u{61c}' | '\u{180e}'
        | '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}'
        | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{2069}' | '\u{feff}')
}

/// Whether `s` holds any forbidden character. Deck text is mostly printable ASCII, which a
/// byte scan settles at once; only other text is looked at character by character.
pub fn has_forbidden_char(s: &str) -> bool {
    let plain = |b: &u8| (0x20..0x7f).contains(b) || *b == b'\n' || *b == b'\t';
    !s.as_bytes().iter().all(plain) && s.chars().any(is_forbidden_char)
}

/// A printable description of a forbidden character, e.g. `U+001B (escape)`.
pub fn describe_char(c: char) -> String {
    let name = match c {
        '\u{1b}' => " (escape)",
        '\u{d}' => " (carriage return)",
        '\u{7}' => " (bell)",
        '\u{7f}' => " (delete)",
        '\u{202a}'..='\u{202e}' => " (bidirectional override)",
        '\u{2066}'..='\u{2069}' => " (bidirectional isolate)",
        '\u{200e}' | '\u{200f}' | '\u{61c}' => " (bidirectional mark)",
        '\u{200b}' => " (zero-width space)",
        '\u{200c}' => " (zero-width non-joiner)",
        '\u{200d}' => " (zero-width joiner)",
        '\u{2060}' => " (word joiner)",
        '\u{feff}' => " (byte-order mark / zero-width no-break space)",
        '\u{ad}' => " (soft hyphen)",
        _ => "",
    };
    format!("U+{:04X}{name}", c as u32)
}

/// Text made safe to print: forbidden characters become U+FFFD and tabs become spaces.
/// Validated decks never contain them; this guards text from anywhere else (user input,
/// database rows written by an older version).
pub fn inert(s: &str) -> std::borrow::Cow<'_, str> {
    if has_forbidden_char(s) || s.contains('\t') {
        s.chars()
            .map(|c| match c {
                '\t' => ' ',
                c if is_forbidden_char(c) => '\u{fffd}',
                c => c,
            })
            .collect::<String>()
            .into()
    } else {
        s.into()
    }
}

/// Normalises a typed answer for comparison: case-, whitespace- and thousands-separator-
/// insensitive. "10,240 MB", "10240mb" and "10 240 MB" all become "10240mb".
pub fn normalize_answer(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        if c.is_whitespace() || c == '\u{a0}' {
            continue;
        }
        // A comma, apostrophe or underscore between digits is a thousands separator.
        // A dot is not: "0.5" must stay distinct from "05".
        if matches!(c, ',' | '\'' | '_') {
            let digit_before = i > 0 && chars[i - 1].is_ascii_digit();
            let digit_after = chars.get(i + 1).is_some_and(|d| d.is_ascii_digit());
            if digit_before && digit_after {
                continue;
            }
        }
        out.extend(c.to_lowercase());
    }
    with_canonical_unit(out)
}

/// Unit words after a number, and the one spelling each normalises to: "5 secs", "5 seconds",
/// "5 s" and "5초" are one answer. Only a whole answer of a number and a unit is touched.
const UNITS: [(&str, &[&str]); 12] = [
    ("ms", &["ms", "millisecond", "milliseconds", "밀리초"]),
    ("s", &["s", "sec", "secs", "second", "seconds", "초"]),
    ("min", &["m", "min", "mins", "minute", "minutes", "분"]),
    ("h", &["h", "hr", "hrs", "hour", "hours", "시간"]),
    ("d", &["d", "day", "days", "일"]),
    ("%", &["%", "percent", "pct", "퍼센트", "프로"]),
    ("kb", &["kb", "kilobyte", "kilobytes", "킬로바이트"]),
    ("mb", &["mb", "megabyte", "megabytes", "메가바이트"]),
    ("gb", &["gb", "gigabyte", "gigabytes", "기가바이트"]),
    ("tb", &["tb", "terabyte", "terabytes", "테라바이트"]),
    ("gib", &["gib", "gibibyte", "gibibytes", "기비바이트"]),
    ("mib", &["mib", "mebibyte", "mebibytes", "메비바이트"]),
];

fn with_canonical_unit(answer: String) -> String {
    let number_end = answer
        .char_indices()
        .find(|(_, c)| !(c.is_ascii_digit() || *c == '.'))
        .map_or(answer.len(), |(i, _)| i);
    let (number, unit) = answer.split_at(number_end);
    if number.is_empty() || !number.starts_with(|c: char| c.is_ascii_digit()) || unit.is_empty() {
        return answer;
    }
    match UNITS.iter().find(|(_, words)| words.contains(&unit)) {
        Some((canonical, _)) => format!("{number}{canonical}"),
        None => answer,
    }
}

/// True when `answer` matches any accepted form.
pub fn answer_matches(answer: &str, accept: &[String]) -> bool {
    let given = normalize_answer(answer);
    !given.is_empty() && accept.iter().any(|a| normalize_answer(a) == given)
}

/// Words and digits a prompt may use to say how many choices to pick.
const COUNT_WORDS: [(&str, usize); 9] = [
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("2", 2),
    ("3", 3),
    ("4", 4),
    ("5", 5),
    ("6", 6),
];

/// A multi-response prompt as shown: it says how many to pick, as the exam does. A prompt that
/// already says so ("(Select TWO.)", or "2개를 선택하십시오" in Korean) is shown as written;
/// otherwise the instruction is added in the prompt's language.
pub fn prompt_with_select(prompt: &str, select: usize, language: Option<&str>) -> String {
    let prompt = prompt.trim();
    if announced_select_count(prompt).is_some() || prompt.contains("선택하십시오") {
        return prompt.to_string();
    }
    match language {
        Some("ko") => format!("{prompt} ({select}개를 선택하십시오.)"),
        _ => {
            let word = COUNT_WORDS
                .iter()
                .find(|(_, n)| *n == select)
                .map_or_else(|| select.to_string(), |(w, _)| w.to_uppercase());
            format!("{prompt} (Select {word}.)")
        }
    }
}

/// The count a prompt announces with "select N" / "choose N" / "pick N", if any.
pub fn announced_select_count(prompt: &str) -> Option<usize> {
    let lower = prompt.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    words.windows(2).find_map(|pair| {
        if matches!(pair[0], "select" | "choose" | "pick") {
            COUNT_WORDS
                .iter()
                .find(|(word, _)| *word == pair[1])
                .map(|(_, n)| *n)
        } else {
            None
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forbidden_chars_cover_controls_and_bidi() {
        for c in [
            '\u{0}', '\u{1b}', '\u{d}', '\u{7f}', '\u{85}', '\u{9f}', '\u{202e}', '\u{2066}',
            '\u{200b}', '\u{200d}', '\u{2060}', '\u{feff}', '\u{ad}', '\u{200e}', '\u{200f}',
            '\u{61c}',
        ] {
            assert!(is_forbidden_char(c), "{c:?}");
            assert!(has_forbidden_char(&format!("plain {c} text")), "{c:?}");
        }
        for c in ['\n', '\t', 'a', '한', '\u{a0}', '각', '\u{3000}'] {
            assert!(!is_forbidden_char(c), "{c:?}");
            assert!(!has_forbidden_char(&format!("plain {c}\ttext\n")), "{c:?}");
        }
    }

    #[test]
    fn a_multi_response_prompt_says_how_many_once_in_its_language() {
        assert_eq!(
            prompt_with_select("Which steps?", 2, None),
            "Which steps? (Select TWO.)"
        );
        assert_eq!(
            prompt_with_select("Which steps? (Select TWO.)", 2, None),
            "Which steps? (Select TWO.)"
        );
        assert_eq!(
            prompt_with_select("어떤 단계입니까?", 3, Some("ko")),
            "어떤 단계입니까? (3개를 선택하십시오.)"
        );
        assert_eq!(
            prompt_with_select("어떤 단계입니까? (2개를 선택하십시오.)", 2, Some("ko")),
            "어떤 단계입니까? (2개를 선택하십시오.)"
        );
    }

    #[test]
    fn inert_replaces_escapes() {
        assert_eq!(inert("a\u{1b}[31mb\tc"), "a\u{fffd}[31mb c");
        assert!(matches!(
            inert("plain 한국어"),
            std::borrow::Cow::Borrowed(_)
        ));
    }

    #[test]
    fn typed_answers_ignore_case_space_and_separators() {
        let accept = vec!["10,240 MB".to_string(), "15 minutes".to_string()];
        assert!(answer_matches("10240mb", &accept));
        assert!(answer_matches("10 240 MB", &accept));
        assert!(answer_matches("  15 MINUTES ", &accept));
        assert!(!answer_matches("1024 MB", &accept));
        assert!(!answer_matches("", &accept));
        // A decimal point is not a separator.
        assert_ne!(normalize_answer("0.5"), normalize_answer("05"));
        // A comma between words is kept.
        assert_ne!(normalize_answer("a,b"), normalize_answer("ab"));
    }

    #[test]
    fn unit_words_after_a_number_are_one_answer_in_both_languages() {
        let accept = vec!["5 seconds".to_string()];
        for given in ["5 secs", "5 s", "5sec", "5 Seconds", "5초", "5 초"] {
            assert!(answer_matches(given, &accept), "{given}");
        }
        assert!(!answer_matches("5 minutes", &accept));
        assert!(!answer_matches("50 s", &accept));
        assert!(answer_matches("15분", &["15 minutes".to_string()]));
        assert!(answer_matches("99.99 percent", &["99.99%".to_string()]));
        assert!(answer_matches("120 GiB", &["120 gibibytes".to_string()]));
        // GB and GiB stay different units.
        assert!(!answer_matches("120 GB", &["120 GiB".to_string()]));
        // Only a whole number-and-unit answer is touched.
        assert_eq!(normalize_answer("Lambda@Edge"), "lambda@edge");
        assert_eq!(normalize_answer("/28"), "/28");
    }

    #[test]
    fn announced_counts() {
        assert_eq!(
            announced_select_count("Which steps? (Select TWO.)"),
            Some(2)
        );
        assert_eq!(announced_select_count("Choose 3 answers"), Some(3));
        assert_eq!(announced_select_count("Which combination of steps?"), None);
        assert_eq!(announced_select_count("Select the best option"), None);
    }
}
