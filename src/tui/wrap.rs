//! Word wrap by display width: wide characters (Korean, CJK, emoji) take two columns, and text
//! without spaces (CJK) breaks between characters.

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use crate::deck::text::inert;

/// Wraps `text` to `width` columns. Newlines start new lines; blank lines are kept.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let width = width.max(1);
    let text = inert(text);
    let mut out = Vec::new();
    for paragraph in text.split('\n') {
        let mut line = String::new();
        let mut line_width = 0;
        for word in split_keep_spaces(paragraph) {
            let w = word.width();
            if line_width + w <= width {
                line.push_str(word);
                line_width += w;
                continue;
            }
            if word.trim().is_empty() {
                // A space at a break is dropped.
                out.push(std::mem::take(&mut line).trim_end().to_string());
                line_width = 0;
                continue;
            }
            if line_width > 0 && w <= width {
                out.push(std::mem::take(&mut line).trim_end().to_string());
                line.push_str(word);
                line_width = w;
                continue;
            }
            // A word longer than the line (or CJK run): break between characters.
            for c in word.chars() {
                let cw = c.width().unwrap_or(0);
                if line_width + cw > width && line_width > 0 {
                    out.push(std::mem::take(&mut line).trim_end().to_string());
                    line_width = 0;
                }
                line.push(c);
                line_width += cw;
            }
        }
        out.push(line.trim_end().to_string());
    }
    out
}

/// Splits into words and single spaces; a run of wide characters splits per character so
/// Korean and CJK text can break anywhere a line needs.
fn split_keep_spaces(s: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut start = 0;
    for (i, c) in s.char_indices() {
        let wide = c.width().unwrap_or(0) > 1 && !is_hangul(c);
        if c == ' ' || wide {
            if start < i {
                parts.push(&s[start..i]);
            }
            parts.push(&s[i..i + c.len_utf8()]);
            start = i + c.len_utf8();
        }
    }
    if start < s.len() {
        parts.push(&s[start..]);
    }
    parts
}

/// Korean separates words with spaces, so Hangul words wrap whole, like English.
fn is_hangul(c: char) -> bool {
    matches!(c, '\u{ac00}'..='\u{d7a3}' | '\u{1100}'..='\u{11ff}' | '\u{3130}'..='\u{318f}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_english_at_spaces() {
        assert_eq!(
            wrap("the quick brown fox", 10),
            vec!["the quick", "brown fox"]
        );
        assert_eq!(wrap("a\n\nb", 10), vec!["a", "", "b"]);
    }

    #[test]
    fn korean_words_wrap_whole_and_measure_two_columns() {
        let lines = wrap("람다 함수의 최대 제한 시간은 15분입니다", 12);
        for l in &lines {
            assert!(l.width() <= 12, "{l:?} is {} wide", l.width());
        }
        assert_eq!(lines[0], "람다 함수의");
    }

    #[test]
    fn cjk_without_spaces_breaks_between_characters() {
        let lines = wrap("東京リージョンで実行します", 8);
        assert!(lines.iter().all(|l| l.width() <= 8));
        assert_eq!(lines.concat(), "東京リージョンで実行します");
    }

    #[test]
    fn long_words_are_split_and_controls_neutralised() {
        assert_eq!(wrap("abcdefghij", 4), vec!["abcd", "efgh", "ij"]);
        assert_eq!(wrap("a\u{1b}[2Jb", 10), vec!["a\u{fffd}[2Jb"]);
    }
}
