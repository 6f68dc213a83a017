//! Diagnostics with byte spans, rendered like a compiler: `path:line:col: error: message`
//! followed by the offending source line and a caret.

use std::fmt::Write as _;
use std::ops::Range;

use unicode_width::UnicodeWidthChar;

use super::text::is_forbidden_char;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    /// Byte range in the source file; empty when the problem concerns the whole file.
    pub span: Range<usize>,
    pub message: String,
}

impl Diagnostic {
    pub fn error(span: Range<usize>, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            span,
            message: message.into(),
        }
    }

    pub fn warning(span: Range<usize>, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            span,
            message: message.into(),
        }
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// 1-based line and column (in characters) of a byte offset.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Position {
    pub line: usize,
    pub column: usize,
}

/// Maps byte offsets of one source text to lines and columns.
pub struct LineIndex<'a> {
    source: &'a str,
    line_starts: Vec<usize>,
}

impl<'a> LineIndex<'a> {
    pub fn new(source: &'a str) -> Self {
        let line_starts = std::iter::once(0)
            .chain(source.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        LineIndex {
            source,
            line_starts,
        }
    }

    pub fn position(&self, offset: usize) -> Position {
        let offset = floor_char_boundary(self.source, offset.min(self.source.len()));
        let line = self.line_starts.partition_point(|&s| s <= offset).max(1);
        let start = self.line_starts[line - 1];
        let column = self.source[start..offset].chars().count() + 1;
        Position { line, column }
    }

    /// The text of a 1-based line, without its line ending.
    pub fn line_text(&self, line: usize) -> &'a str {
        let start = self.line_starts.get(line - 1).copied().unwrap_or(0);
        let end = self
            .line_starts
            .get(line)
            .map(|e| e - 1)
            .unwrap_or(self.source.len());
        self.source[start..end.max(start)].trim_end_matches('\r')
    }
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Renders diagnostics for one file. `source` may be absent (unreadable or not UTF-8).
pub fn render(path: &str, source: Option<&str>, diagnostics: &[Diagnostic]) -> String {
    let index = source.map(LineIndex::new);
    let mut out = String::new();
    for d in diagnostics {
        let Some(index) = &index else {
            let _ = writeln!(out, "{path}: {}: {}", d.severity.as_str(), d.message);
            continue;
        };
        let pos = index.position(d.span.start);
        let _ = writeln!(
            out,
            "{path}:{}:{}: {}: {}",
            pos.line,
            pos.column,
            d.severity.as_str(),
            d.message
        );
        let line = index.line_text(pos.line);
        let gutter = pos.line.to_string();
        let shown: String = line
            .chars()
            .map(|c| {
                if is_forbidden_char(c) || c == '\t' {
                    ' '
                } else {
                    c
                }
            })
            .collect();
        let caret_indent: usize = line
            .chars()
            .take(pos.column - 1)
            .map(|c| c.width().unwrap_or(1).max(1))
            .sum();
        let span_chars = source
            .and_then(|s| s.get(d.span.clone()))
            .map(|s| s.lines().next().unwrap_or("").chars().count())
            .unwrap_or(1)
            .clamp(
                1,
                line.chars().count().saturating_sub(pos.column - 1).max(1),
            );
        let _ = writeln!(out, "{:w$} |", "", w = gutter.len());
        let _ = writeln!(out, "{gutter} | {shown}");
        let _ = writeln!(
            out,
            "{:w$} | {:indent$}{}",
            "",
            "",
            "^".repeat(span_chars),
            w = gutter.len(),
            indent = caret_indent
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_count_characters_not_bytes() {
        let src = "a = 1\nb = \"한국\" x\n";
        let index = LineIndex::new(src);
        let x = src.find('x').unwrap();
        assert_eq!(
            index.position(x),
            Position {
                line: 2,
                column: 10
            }
        );
        assert_eq!(index.position(0), Position { line: 1, column: 1 });
        assert_eq!(index.line_text(2), "b = \"한국\" x");
    }

    #[test]
    fn renders_like_a_compiler() {
        let src = "[deck]\nid = \"Bad Id\"\n";
        let start = src.find("\"Bad").unwrap();
        let d = Diagnostic::error(start..start + 8, "deck id must match [a-z0-9-]");
        let text = render("x.toml", Some(src), &[d]);
        assert_eq!(
            text,
            "x.toml:2:6: error: deck id must match [a-z0-9-]\n  |\n2 | id = \"Bad Id\"\n  |      ^^^^^^^^\n"
        );
    }
}
