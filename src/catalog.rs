//! Finding and loading decks: the bundled ones embedded in the binary, then user deck folders.
//! This is the I/O edge of the deck pipeline; parsing and validation live in `deck`.

use std::path::{Path, PathBuf};

use crate::deck::translation::{Translation, language_of_file_name, parse_translation};
use crate::deck::{Body, Deck, Diagnostic, Parsed, Severity, Source, diag, parse_deck};
use crate::deck_cache::DeckCache;

mod bundled {
    include!(concat!(env!("OUT_DIR"), "/bundled_decks.rs"));
}

/// One deck file and what the linter found in it.
#[derive(Debug)]
pub struct DeckFile {
    pub source: Source,
    /// The file's text, kept for rendering its diagnostics; `None` when it has none (a clean
    /// file's text is not held: 20,000 questions' worth is most of a check's memory), or when
    /// it is unreadable or not UTF-8.
    pub text: Option<String>,
    pub diagnostics: Vec<Diagnostic>,
    /// The deck id, when the file got far enough to have one.
    pub deck_id: Option<String>,
    /// Questions left out for their errors.
    pub rejected: usize,
}

impl DeckFile {
    pub fn errors(&self) -> usize {
        self.diagnostics.iter().filter(|d| d.is_error()).count()
    }

    pub fn warnings(&self) -> usize {
        self.diagnostics.len() - self.errors()
    }

    /// Compiler-style text of every diagnostic.
    pub fn render(&self) -> String {
        diag::render(
            &self.source.display_path(),
            self.text.as_deref(),
            &self.diagnostics,
        )
    }

    /// The first error, in one line, for lists and the home screen.
    pub fn first_error(&self) -> Option<String> {
        let d = self.diagnostics.iter().find(|d| d.is_error())?;
        let line = self
            .text
            .as_deref()
            .map(|t| diag::LineIndex::new(t).position(d.span.start).line);
        Some(match line {
            Some(line) => format!("{}:{line}: {}", self.source.display_path(), d.message),
            None => format!("{}: {}", self.source.display_path(), d.message),
        })
    }
}

#[derive(Debug)]
pub struct LoadedDeck {
    pub deck: Deck,
    pub source: Source,
}

/// Every deck that loads, plus every file looked at and any notices for the user.
#[derive(Debug, Default)]
pub struct Catalog {
    pub decks: Vec<LoadedDeck>,
    pub files: Vec<DeckFile>,
    /// Things the user should know that are not errors in a file (a replaced bundled deck,
    /// a missing folder).
    pub notices: Vec<String>,
    /// Translations (`<deck>.<lang>.toml`) that parse, checked against their decks.
    pub translations: Vec<Translation>,
    /// Translation files read but not yet checked (their deck may come later).
    pending: Vec<(Source, Vec<u8>)>,
    /// Keep each deck's structure but not its text (see `check_paths`).
    strip_text: bool,
    /// Where clean decks are kept parsed (never for a check: the linter always parses).
    cache: Option<DeckCache>,
}

impl Catalog {
    /// Loads the bundled decks, then every `*.toml` in `user_dirs` (in order). A user deck with
    /// the id of a bundled deck replaces it; two user decks with one id is an error on the
    /// second. A missing folder is a notice unless `required`.
    pub fn load(user_dirs: &[DeckDir]) -> Catalog {
        Catalog::load_cached(user_dirs, None)
    }

    /// `load`, taking clean decks from `cache` (and keeping new ones there) when given.
    pub fn load_cached(user_dirs: &[DeckDir], cache: Option<DeckCache>) -> Catalog {
        let mut catalog = Catalog::read(user_dirs, cache);
        catalog.check_translations(None);
        catalog
    }

    /// `load_cached` without reading the translations, for commands that never show a
    /// question's text (stats, plan): a start that does not parse 21 translation files.
    pub fn load_decks(user_dirs: &[DeckDir], cache: Option<DeckCache>) -> Catalog {
        let mut catalog = Catalog::read(user_dirs, cache);
        catalog.pending.clear();
        catalog
    }

    /// The decks parsed and filed; translations read but not yet checked.
    fn read(user_dirs: &[DeckDir], cache: Option<DeckCache>) -> Catalog {
        let mut catalog = Catalog {
            cache,
            ..Catalog::default()
        };
        let mut inputs: Vec<Source> = bundled::BUNDLED
            .iter()
            .map(|(name, _)| Source::Bundled((*name).to_string()))
            .collect();
        for dir in user_dirs {
            match list_deck_files(&dir.path) {
                Ok(paths) => inputs.extend(paths.into_iter().map(Source::File)),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound && !dir.required => {}
                Err(e) => catalog.notices.push(format!(
                    "cannot read deck folder {}: {e}",
                    dir.path.display()
                )),
            }
        }
        catalog.add_all(inputs);
        catalog
    }

    /// Loads exactly the given files or folders.
    pub fn load_paths(paths: &[PathBuf]) -> Catalog {
        Catalog::from_paths(paths, false)
    }

    /// Loads the given files or folders to check them (`saa deck check PATH...`): as
    /// `load_paths`, but each deck keeps its ids, kinds and counts without its text, unless a
    /// translation is among the files (it is checked against its deck's English). The check
    /// needs only diagnostics and counts, and 20,000 questions' text was most of its memory.
    pub fn check_paths(paths: &[PathBuf]) -> Catalog {
        Catalog::from_paths(paths, true)
    }

    fn from_paths(paths: &[PathBuf], strip_text: bool) -> Catalog {
        let mut catalog = Catalog::default();
        let mut inputs: Vec<Source> = Vec::new();
        for path in paths {
            let files = if std::fs::metadata(path).is_ok_and(|m| m.is_dir()) {
                match list_deck_files(path) {
                    Ok(files) => files,
                    Err(e) => {
                        catalog
                            .notices
                            .push(format!("cannot read {}: {e}", path.display()));
                        continue;
                    }
                }
            } else {
                vec![path.clone()]
            };
            inputs.extend(files.into_iter().map(Source::File));
        }
        catalog.strip_text = strip_text
            && !inputs
                .iter()
                .any(|s| language_of_file_name(&file_name(s)).is_some());
        catalog.add_all(inputs);
        // A translation checked on its own is checked against its bundled deck.
        let needs_bundled = catalog.pending.iter().any(|(_, bytes)| {
            std::str::from_utf8(bytes)
                .ok()
                .and_then(translation_deck_id)
                .is_some_and(|id| catalog.deck(&id).is_none())
        });
        let bundled = needs_bundled.then(|| Catalog::load(&[]));
        catalog.check_translations(bundled.as_ref());
        catalog
    }

    /// Parses the translations read, each against its deck (from this catalog, else from
    /// `fallback`), and files their diagnostics.
    fn check_translations(&mut self, fallback: Option<&Catalog>) {
        let pending = std::mem::take(&mut self.pending);
        let checked = {
            let this = &*self;
            in_parallel(&pending, |(_, bytes)| {
                let text = String::from_utf8(bytes.clone()).ok()?;
                let deck_id = translation_deck_id(&text);
                let deck = deck_id
                    .as_deref()
                    .and_then(|id| this.deck(id).or_else(|| fallback.and_then(|f| f.deck(id))));
                let (translation, mut diagnostics) = parse_translation(&text, deck);
                if let (Some(id), None) = (&deck_id, deck) {
                    diagnostics.push(Diagnostic::error(
                        0..0,
                        format!("there is no deck `{id}` to translate"),
                    ));
                }
                Some((text, deck_id, translation, diagnostics))
            })
        };
        for ((source, _), checked) in pending.into_iter().zip(checked) {
            let Some((text, deck_id, translation, diagnostics)) = checked else {
                self.files.push(DeckFile {
                    source,
                    text: None,
                    diagnostics: vec![Diagnostic::error(0..0, "the file is not valid UTF-8")],
                    deck_id: None,
                    rejected: 0,
                });
                continue;
            };
            if let Some(t) = translation.filter(|_| !diagnostics.iter().any(Diagnostic::is_error)) {
                self.translations.push(t);
            }
            self.files.push(DeckFile {
                source,
                text: Some(text),
                diagnostics,
                deck_id,
                rejected: 0,
            });
        }
    }

    /// Reads and parses every file, a few at a time on every core (parsing is pure and most
    /// of a command's start), so only the files in hand (and the text of those with something
    /// to say) are in memory beside the decks; then files them in order, so the id rules see
    /// them as listed.
    fn add_all(&mut self, inputs: Vec<Source>) {
        let strip_text = self.strip_text;
        let cache = self.cache.as_ref();
        let read = in_parallel(&inputs, |source| {
            let bytes = source_bytes(source);
            let is_translation = language_of_file_name(&file_name(source)).is_some();
            match bytes {
                Ok(bytes) if !is_translation => {
                    if let Some(deck) = cache.and_then(|c| c.get(&bytes)) {
                        return (Ok(Vec::new()), Some(Parsed::clean(deck)));
                    }
                    let mut parsed = parse_deck(&bytes);
                    if let (Some(cache), Some(deck), true) =
                        (cache, &parsed.deck, parsed.diagnostics.is_empty())
                    {
                        cache.put(&bytes, deck);
                    }
                    if let Some(deck) = parsed.deck.as_mut().filter(|_| strip_text) {
                        without_text(deck);
                    }
                    // A clean file's text is not needed again (the bundled text is no copy).
                    let bytes = if parsed.diagnostics.is_empty() {
                        Vec::new()
                    } else {
                        bytes.into_owned()
                    };
                    (Ok(bytes), Some(parsed))
                }
                other => (other.map(std::borrow::Cow::into_owned), None),
            }
        });
        for (source, (bytes, parsed)) in inputs.into_iter().zip(read) {
            self.add(source, bytes, parsed);
        }
    }

    fn add(&mut self, source: Source, bytes: Result<Vec<u8>, String>, parsed: Option<Parsed>) {
        if let (Some(_), Ok(bytes)) = (language_of_file_name(&file_name(&source)), &bytes) {
            self.pending.push((source, bytes.clone()));
            return;
        }
        let bytes = match bytes {
            Ok(bytes) => bytes,
            Err(e) => {
                self.files.push(DeckFile {
                    source,
                    text: None,
                    diagnostics: vec![Diagnostic::error(
                        0..0,
                        format!("cannot read the file: {e}"),
                    )],
                    deck_id: None,
                    rejected: 0,
                });
                return;
            }
        };
        let Parsed {
            deck,
            mut diagnostics,
            rejected,
        } = parsed.unwrap_or_else(|| parse_deck(&bytes));
        let deck_id = deck.as_ref().map(|d| d.id.to_string());
        if let Some(deck) = deck {
            self.admit(deck, &source, &mut diagnostics);
        }
        // The text only where there is something to show in it; admitting can find a problem
        // (a deck id taken) in a file whose text the reader let go, so it is read again then.
        let text = match (diagnostics.is_empty(), bytes.is_empty()) {
            (true, _) => None,
            (false, false) => String::from_utf8(bytes).ok(),
            (false, true) => source_bytes(&source)
                .ok()
                .and_then(|b| String::from_utf8(b.into_owned()).ok()),
        };
        self.files.push(DeckFile {
            source,
            text,
            diagnostics,
            deck_id,
            rejected,
        });
    }

    /// Applies the id rules between decks and keeps the deck if it may load.
    fn admit(&mut self, deck: Deck, source: &Source, diagnostics: &mut Vec<Diagnostic>) {
        let existing = self.decks.iter().position(|d| d.deck.id == deck.id);
        match existing {
            None => self.decks.push(LoadedDeck {
                deck,
                source: source.clone(),
            }),
            Some(i) if self.decks[i].source.is_bundled() && !source.is_bundled() => {
                self.notices.push(format!(
                    "your deck {} replaces the bundled deck `{}`",
                    source.display_path(),
                    deck.id
                ));
                self.decks[i] = LoadedDeck {
                    deck,
                    source: source.clone(),
                };
            }
            Some(i) => {
                diagnostics.push(Diagnostic {
                    severity: Severity::Error,
                    span: 0..0,
                    message: format!(
                        "deck id `{}` is already used by {}; give one of them another id",
                        deck.id,
                        self.decks[i].source.display_path()
                    ),
                });
            }
        }
    }

    pub fn deck(&self, id: &str) -> Option<&Deck> {
        self.decks
            .iter()
            .find(|d| d.deck.id.as_str() == id)
            .map(|d| &d.deck)
    }

    /// Files that failed to load or lost questions, for warnings where the user will see them.
    pub fn broken_files(&self) -> impl Iterator<Item = &DeckFile> {
        self.files.iter().filter(|f| f.errors() > 0)
    }
}

/// The deck a translation file translates, from its `[translation]` table alone (the rest of
/// the file is parsed once, against that deck).
fn translation_deck_id(text: &str) -> Option<String> {
    let head = text.split("\n[[question]]").next().unwrap_or(text);
    #[derive(serde::Deserialize)]
    struct Head {
        translation: HeadTable,
    }
    #[derive(serde::Deserialize)]
    struct HeadTable {
        deck: String,
    }
    match toml::from_str::<Head>(head) {
        Ok(h) => Some(h.translation.deck),
        Err(_) => parse_translation(text, None).0.map(|t| t.deck.to_string()),
    }
}

/// The text of a bundled deck file (`lambda.toml`), to copy into the learner's deck folder.
pub fn bundled_text(name: &str) -> Option<&'static str> {
    bundled::BUNDLED
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, text)| *text)
}

/// Lets go of a deck's text (prompts, explanations, choices, answers, refs), keeping its ids,
/// kinds, domains, tasks, topics and how many choices each question has.
fn without_text(deck: &mut Deck) {
    for q in &mut deck.questions {
        q.prompt = String::new();
        q.explanation = None;
        q.refs = Vec::new();
        match &mut q.body {
            Body::Single { choices } | Body::Multi { choices } => {
                for c in choices {
                    c.text = String::new();
                    c.why = None;
                }
            }
            Body::Card { answer } => *answer = String::new(),
            Body::Typed { accept } => *accept = Vec::new(),
        }
    }
}

/// A deck file's bytes: the bundled text as it is in the binary, a user's file as read.
fn source_bytes(source: &Source) -> Result<std::borrow::Cow<'static, [u8]>, String> {
    match source {
        Source::Bundled(name) => Ok(std::borrow::Cow::Borrowed(
            bundled_text(name).unwrap_or_default().as_bytes(),
        )),
        Source::File(path) => read_deck_file(path).map(std::borrow::Cow::Owned),
    }
}

fn file_name(source: &Source) -> String {
    match source {
        Source::Bundled(name) => name.clone(),
        Source::File(path) => path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default(),
    }
}

/// `work` on every item, on up to four threads taking the next item as they finish one;
/// results in the items' order. Parsing is pure and most of a command's start.
fn in_parallel<T: Sync, R: Send>(items: &[T], work: impl Fn(&T) -> R + Sync) -> Vec<R> {
    use std::sync::Mutex;
    use std::sync::atomic::{AtomicUsize, Ordering};
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .clamp(1, 4);
    let results: Vec<Mutex<Option<R>>> = items.iter().map(|_| Mutex::new(None)).collect();
    let next = AtomicUsize::new(0);
    let run = || {
        loop {
            let i = next.fetch_add(1, Ordering::Relaxed);
            let Some(item) = items.get(i) else { break };
            let result = work(item);
            if let Ok(mut slot) = results[i].lock() {
                *slot = Some(result);
            }
        }
    };
    if threads == 1 || items.len() < 2 {
        run();
    } else {
        std::thread::scope(|scope| {
            for _ in 1..threads {
                scope.spawn(run);
            }
            run();
        });
    }
    // Every slot is filled unless a thread died; then that item is done here, so the results
    // always line up with the items.
    results
        .into_iter()
        .zip(items)
        .map(|(slot, item)| {
            slot.into_inner()
                .ok()
                .flatten()
                .unwrap_or_else(|| work(item))
        })
        .collect()
}

/// A user deck folder and whether its absence is worth a notice.
#[derive(Debug, Clone)]
pub struct DeckDir {
    pub path: PathBuf,
    /// Folders named on the command line or in SAA_DECKS must exist; the default one need not.
    pub required: bool,
}

/// `*.toml` entries directly inside `dir` that are not folders, sorted by name. Broken links,
/// link loops and special files are listed too, so reading them names the problem instead of
/// skipping them in silence.
fn list_deck_files(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)?
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .filter(|p| !std::fs::metadata(p).is_ok_and(|m| m.is_dir()))
        .collect();
    files.sort();
    Ok(files)
}

/// Reads a deck file, refusing at once anything that is not a regular file (a FIFO would
/// block forever, a device could be endless) and naming broken or looping links.
fn read_deck_file(path: &Path) -> Result<Vec<u8>, String> {
    let meta = match std::fs::metadata(path) {
        Ok(meta) => meta,
        Err(e) if std::fs::symlink_metadata(path).is_ok() => {
            return Err(format!(
                "it is a symbolic link that leads nowhere or loops ({e})"
            ));
        }
        Err(e) => return Err(e.to_string()),
    };
    if !meta.is_file() {
        return Err(
            "it is not a regular file (a pipe, device or socket); a deck is a .toml file".into(),
        );
    }
    std::fs::read(path).map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use crate::deck::parse::{parse_in_chunks, parse_whole};

    #[test]
    fn every_bundled_deck_reads_the_same_a_question_at_a_time() {
        let mut read = 0;
        for (name, text) in super::bundled::BUNDLED {
            // Translations (lambda.ko.toml) have their own reader.
            if name.matches('.').count() > 1 || !text.contains("[[question]]") {
                continue;
            }
            let chunked = parse_in_chunks(text)
                .unwrap_or_else(|| panic!("{name} is read a question at a time"));
            assert_eq!(
                format!("{chunked:?}"),
                format!("{:?}", parse_whole(text)),
                "{name}"
            );
            read += 1;
        }
        assert!(read >= 20, "{read} bundled decks compared");
    }

    #[test]
    fn checking_paths_finds_what_loading_them_finds_without_holding_the_text() {
        let dir = tempfile::tempdir().unwrap();
        let mut written = 0;
        for (name, text) in super::bundled::BUNDLED {
            if name.matches('.').count() == 1 && text.contains("[[question]]") && written < 3 {
                std::fs::write(dir.path().join(name), text).unwrap();
                written += 1;
            }
        }
        // One broken deck: a question with an unknown key, rejected with its error.
        std::fs::write(
            dir.path().join("broken.toml"),
            "[deck]\nid = \"broken\"\ntitle = \"B\"\n\n[[question]]\nid = \"q\"\nbogus = 1\n",
        )
        .unwrap();
        let paths = [dir.path().to_path_buf()];
        let loaded = super::Catalog::load_paths(&paths);
        let checked = super::Catalog::check_paths(&paths);
        let rendered = |c: &super::Catalog| c.files.iter().map(|f| f.render()).collect::<Vec<_>>();
        assert_eq!(rendered(&checked), rendered(&loaded));
        let counts = |c: &super::Catalog| {
            c.decks
                .iter()
                .map(|d| (d.deck.id.to_string(), d.deck.questions.len()))
                .collect::<Vec<_>>()
        };
        assert_eq!(counts(&checked), counts(&loaded));
        assert!(
            loaded
                .decks
                .iter()
                .all(|d| d.deck.questions.iter().all(|q| !q.prompt.is_empty()))
        );
        assert!(
            checked
                .decks
                .iter()
                .all(|d| d.deck.questions.iter().all(|q| q.prompt.is_empty()))
        );
        // With a translation among the files, its deck keeps the English to be checked against.
        let (name, text) = super::bundled::BUNDLED
            .iter()
            .find(|(n, _)| n.ends_with(".ko.toml"))
            .unwrap();
        let deck = name.trim_end_matches(".ko.toml");
        let english = super::bundled_text(&format!("{deck}.toml")).unwrap();
        let both = tempfile::tempdir().unwrap();
        std::fs::write(both.path().join(format!("{deck}.toml")), english).unwrap();
        std::fs::write(both.path().join(name), text).unwrap();
        let checked = super::Catalog::check_paths(&[both.path().to_path_buf()]);
        assert!(
            checked.files.iter().all(|f| f.diagnostics.is_empty()),
            "{:?}",
            rendered(&checked)
        );
        assert_eq!(checked.translations.len(), 1);
    }

    #[test]
    fn a_cached_load_equals_a_parsed_one_and_a_deck_with_diagnostics_is_never_cached() {
        let decks = tempfile::tempdir().unwrap();
        let data = tempfile::tempdir().unwrap();
        let (_, clean) = super::bundled::BUNDLED
            .iter()
            .find(|(n, _)| *n == "s3.toml")
            .unwrap();
        // Another id, so it loads beside the bundled deck.
        let clean = clean.replacen("id = \"s3\"", "id = \"mine\"", 1);
        std::fs::write(decks.path().join("mine.toml"), &clean).unwrap();
        // A deck that loads with a warning (a question without a task statement).
        let warned = clean
            .replacen("id = \"mine\"", "id = \"warned\"", 1)
            .replacen("task = \"", "# task = \"", 1);
        std::fs::write(decks.path().join("warned.toml"), &warned).unwrap();
        let dirs = [super::DeckDir {
            path: decks.path().to_path_buf(),
            required: true,
        }];
        let cache = || crate::deck_cache::DeckCache::in_data_dir(data.path());
        let parsed = super::Catalog::load(&dirs);
        let warnings = |c: &super::Catalog| {
            c.files
                .iter()
                .filter(|f| !f.diagnostics.is_empty())
                .map(|f| f.render())
                .collect::<Vec<_>>()
        };
        assert_eq!(warnings(&parsed).len(), 1, "{:?}", warnings(&parsed));
        let entries = || {
            std::fs::read_dir(data.path().join("cache/decks"))
                .unwrap()
                .count()
        };
        let first = super::Catalog::load_cached(&dirs, cache());
        let deck_files = parsed.decks.len();
        // Every file but the warned one is kept.
        assert_eq!(entries(), deck_files - 1);
        let second = super::Catalog::load_cached(&dirs, cache());
        assert_eq!(entries(), deck_files - 1);
        for catalog in [&first, &second] {
            let decks =
                |c: &super::Catalog| c.decks.iter().map(|d| d.deck.clone()).collect::<Vec<_>>();
            assert_eq!(decks(catalog), decks(&parsed));
            assert_eq!(warnings(catalog), warnings(&parsed));
            assert_eq!(catalog.translations.len(), parsed.translations.len());
        }
        // An edit is parsed afresh, never answered from the old entry.
        std::fs::write(
            decks.path().join("mine.toml"),
            clean.replacen("title = \"", "title = \"Edited ", 1),
        )
        .unwrap();
        let edited = super::Catalog::load_cached(&dirs, cache());
        let mine = edited
            .decks
            .iter()
            .find(|d| d.deck.id.as_str() == "mine")
            .unwrap();
        assert!(
            mine.deck.title.starts_with("Edited "),
            "{}",
            mine.deck.title
        );
        assert_eq!(entries(), deck_files);
    }
}
