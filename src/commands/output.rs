//! The one path every command's standard output goes through. A write that fails (a closed
//! pipe, a full disk, `> /dev/full`) comes back as an error instead of a panic, and
//! `cli::main` turns it into a quiet exit for a closed pipe or a clear message otherwise.

use std::io::{self, Write};

/// Writes `args` and a newline to stdout and flushes.
pub fn line(args: std::fmt::Arguments<'_>) -> io::Result<()> {
    let mut out = io::stdout().lock();
    out.write_fmt(args)?;
    out.write_all(b"\n")?;
    out.flush()
}

/// Writes `text` as is to stdout and flushes.
pub fn text(text: &str) -> io::Result<()> {
    let mut out = io::stdout().lock();
    out.write_all(text.as_bytes())?;
    out.flush()
}

/// How a run that failed to write its output ends: `Some(true)` for a closed pipe (`saa stats |
/// head`: the reader has all it wanted), `Some(false)` for another write failure, `None` when
/// the error is not about writing.
pub fn write_failure(e: &anyhow::Error) -> Option<bool> {
    e.chain()
        .find_map(|cause| cause.downcast_ref::<io::Error>())
        .filter(|io| {
            matches!(
                io.kind(),
                io::ErrorKind::BrokenPipe | io::ErrorKind::StorageFull | io::ErrorKind::WriteZero
            ) || io.raw_os_error() == Some(28)
        })
        .map(|io| io.kind() == io::ErrorKind::BrokenPipe)
}

/// `println!` through `line`, returning its error with `?`.
macro_rules! say {
    ($($arg:tt)*) => {
        $crate::commands::output::line(format_args!($($arg)*))?
    };
}
pub(crate) use say;

/// `s` padded with spaces to `width` terminal cells, left-aligned; longer text is kept whole,
/// as `{:<w}` keeps it. (`{:<w}` counts characters, and a Korean character takes two cells.)
pub fn pad(s: &str, width: usize) -> String {
    use unicode_width::UnicodeWidthStr;
    format!("{s}{}", " ".repeat(width.saturating_sub(s.width())))
}

/// `pad`, right-aligned.
pub fn pad_left(s: &str, width: usize) -> String {
    use unicode_width::UnicodeWidthStr;
    format!("{}{s}", " ".repeat(width.saturating_sub(s.width())))
}
