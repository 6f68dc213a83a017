//! The interface's words in the learner's language. Messages are Project Fluent files under
//! `locales/<lang>/`, embedded in the binary; English is complete and the fallback, and
//! `tests/i18n.rs` keeps every language's message ids and variables the same. Plurals and
//! numbers are Fluent's job. Question text is not here: decks carry their own translations.
//!
//! The language is per thread (set once at start; tests set their own), so drawing code can ask
//! for a message without passing a handle through every function.

use std::cell::{Cell, RefCell};

use fluent_bundle::{FluentBundle, FluentResource};

pub mod names;

pub use fluent_bundle::FluentArgs as Args;

/// A language the interface speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    En,
    Ko,
}

/// Every message file, in each language's folder under the same name.
macro_rules! files {
    ($lang:literal) => {
        &[
            (
                "common.ftl",
                include_str!(concat!("../../locales/", $lang, "/common.ftl")),
            ),
            (
                "home.ftl",
                include_str!(concat!("../../locales/", $lang, "/home.ftl")),
            ),
            (
                "study.ftl",
                include_str!(concat!("../../locales/", $lang, "/study.ftl")),
            ),
            (
                "exam.ftl",
                include_str!(concat!("../../locales/", $lang, "/exam.ftl")),
            ),
            (
                "stats.ftl",
                include_str!(concat!("../../locales/", $lang, "/stats.ftl")),
            ),
            (
                "browser.ftl",
                include_str!(concat!("../../locales/", $lang, "/browser.ftl")),
            ),
            (
                "keys.ftl",
                include_str!(concat!("../../locales/", $lang, "/keys.ftl")),
            ),
            (
                "screens.ftl",
                include_str!(concat!("../../locales/", $lang, "/screens.ftl")),
            ),
            (
                "cli.ftl",
                include_str!(concat!("../../locales/", $lang, "/cli.ftl")),
            ),
            (
                "plan.ftl",
                include_str!(concat!("../../locales/", $lang, "/plan.ftl")),
            ),
        ]
    };
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Ko];

    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ko => "ko",
        }
    }

    /// The interface language for a learner's language code ("ko", "ko-KR"); English for
    /// anything the interface does not speak.
    pub fn from_code(code: Option<&str>) -> Lang {
        match code.map(|c| c.to_ascii_lowercase()) {
            Some(c) if c == "ko" || c.starts_with("ko-") || c.starts_with("ko_") => Lang::Ko,
            _ => Lang::En,
        }
    }

    /// The message files: (file name, Fluent text).
    pub fn files(self) -> &'static [(&'static str, &'static str)] {
        match self {
            Lang::En => files!("en"),
            Lang::Ko => files!("ko"),
        }
    }
}

type Bundle = FluentBundle<FluentResource>;

thread_local! {
    static CURRENT: Cell<Lang> = const { Cell::new(Lang::En) };
    static BUNDLES: RefCell<Vec<(Lang, Bundle)>> = const { RefCell::new(Vec::new()) };
}

/// Sets the interface language of this thread.
pub fn set_language(lang: Lang) {
    CURRENT.with(|c| c.set(lang));
}

pub fn language() -> Lang {
    CURRENT.with(Cell::get)
}

/// Builds a language's bundle; the problems (syntax errors, ids defined twice) are for the
/// tests, which keep them at none.
pub fn bundle(lang: Lang) -> (Bundle, Vec<String>) {
    let id = lang
        .code()
        .parse()
        .unwrap_or_else(|_| unic_langid::LanguageIdentifier::default());
    let mut bundle = FluentBundle::new(vec![id]);
    // Fluent wraps arguments in bidi isolation marks by default: control characters a
    // terminal must never get.
    bundle.set_use_isolating(false);
    let mut problems = Vec::new();
    for (file, text) in lang.files() {
        let resource = match FluentResource::try_new((*text).to_string()) {
            Ok(r) => r,
            Err((r, errors)) => {
                problems.extend(
                    errors
                        .iter()
                        .map(|e| format!("{}/{file}: {e}", lang.code())),
                );
                r
            }
        };
        if let Err(errors) = bundle.add_resource(resource) {
            problems.extend(
                errors
                    .iter()
                    .map(|e| format!("{}/{file}: {e}", lang.code())),
            );
        }
    }
    (bundle, problems)
}

/// A message in this thread's language (English when the language lacks it; the id itself
/// when no language has it, which a test rules out).
pub fn text(id: &str, args: Option<&Args>) -> String {
    let lang = language();
    format_in(lang, id, args)
        .or_else(|| format_in(Lang::En, id, args))
        .unwrap_or_else(|| id.to_string())
}

fn format_in(lang: Lang, id: &str, args: Option<&Args>) -> Option<String> {
    BUNDLES.with(|cell| {
        let mut bundles = cell.borrow_mut();
        if !bundles.iter().any(|(l, _)| *l == lang) {
            bundles.push((lang, bundle(lang).0));
        }
        let (_, bundle) = bundles.iter().find(|(l, _)| *l == lang)?;
        let pattern = bundle.get_message(id)?.value()?;
        let mut errors = Vec::new();
        Some(
            bundle
                .format_pattern(pattern, args, &mut errors)
                .into_owned(),
        )
    })
}

/// `tr!("id")` or `tr!("id", count = n, name = s)`: a message in the interface language.
#[macro_export]
macro_rules! tr {
    ($id:literal) => {
        $crate::i18n::text($id, None)
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {{
        let mut args = $crate::i18n::Args::new();
        $( args.set(stringify!($name), $value); )+
        $crate::i18n::text($id, Some(&args))
    }};
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_follow_the_thread_language_and_fall_back_to_english() {
        set_language(Lang::Ko);
        assert_eq!(language(), Lang::Ko);
        assert_eq!(text("no-such-message", None), "no-such-message");
        set_language(Lang::En);
        assert_eq!(Lang::from_code(Some("ko-KR")), Lang::Ko);
        assert_eq!(Lang::from_code(Some("de")), Lang::En);
        assert_eq!(Lang::from_code(None), Lang::En);
    }
}
