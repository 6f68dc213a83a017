//! The command line: global flags, commands, and the mapping of errors to exit codes.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, CommandFactory, Parser, Subcommand};

use crate::catalog::DeckDir;
use crate::clock::Clock;
use crate::commands;

const AFTER_HELP: &str = "\
Examples:
  saa                              open the app on the bundled decks
  saa study --deck lambda          study one deck now (--topic, --domain, --cram)
  saa study --cram --missed 7      practise last week's misses without touching the schedule
  saa exam                         a 65-question, 130-minute mock exam (--resume continues)
  saa stats --json                 progress, retention, readiness as JSON
  saa deck check                   lint every deck that would load
  saa deck check my-deck.toml      lint one file: path:line:col diagnostics
  saa deck new vpc-basics          write a commented template deck
  saa deck list --json             decks with their question counts
  saa export reviews --out r.jsonl back up or move your progress
  saa import reviews r.jsonl       merge progress from another machine
  saa optimize                     train FSRS on your own history

Data lives in the platform data directory (e.g. ~/.local/share/saa) unless --data-dir or
SAA_DATA_DIR says otherwise. Your own decks go in <data-dir>/decks/ or any --decks DIR.";

#[derive(Debug, Parser)]
#[command(
    name = "saa",
    version,
    about = "A terminal coach for the AWS Certified Solutions Architect - Associate (SAA-C03) exam",
    after_help = AFTER_HELP
)]
pub struct Cli {
    #[command(flatten)]
    pub global: Global,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Args)]
pub struct Global {
    /// Where progress and your decks live [default: the platform data dir, e.g. ~/.local/share/saa]
    #[arg(long, global = true, env = "SAA_DATA_DIR", value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
    /// Also load decks from DIR (repeatable; SAA_DECKS adds a colon-separated list)
    #[arg(long = "decks", global = true, value_name = "DIR")]
    pub decks: Vec<PathBuf>,
    /// Start the app's clock at this instant, e.g. 2026-11-29T09:00:00Z (for tests and demos)
    #[arg(long, global = true, value_name = "RFC3339", value_parser = parse_timestamp)]
    pub now: Option<jiff::Timestamp>,
    /// Do not use colour (also: the NO_COLOR environment variable)
    #[arg(long, global = true)]
    pub no_color: bool,
    /// Show questions in this language where a translation exists, e.g. ko [default: language
    /// in config.toml, else the locale (LC_ALL, LANG), else English]
    #[arg(long, global = true, value_name = "LANG")]
    pub lang: Option<String>,
}

fn parse_domain(s: &str) -> Result<crate::deck::Domain, String> {
    crate::deck::Domain::parse(s)
        .ok_or_else(|| format!("`{s}` is not a domain; use secure, resilient, performance or cost"))
}

fn parse_timestamp(s: &str) -> Result<jiff::Timestamp, String> {
    s.parse::<jiff::Timestamp>().map_err(|e| {
        format!("expected an RFC 3339 instant with an offset, like 2026-11-29T09:00:00Z ({e})")
    })
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Open a study session directly (e.g. `saa study --deck lambda --domain cost`)
    Study {
        /// Only this deck (repeatable)
        #[arg(long = "deck", value_name = "ID")]
        deck: Vec<String>,
        /// Only questions with this topic (repeatable)
        #[arg(long = "topic", value_name = "TOPIC")]
        topics: Vec<String>,
        /// Only this exam domain: secure, resilient, performance, cost (repeatable)
        #[arg(long = "domain", value_name = "DOMAIN", value_parser = parse_domain)]
        domains: Vec<crate::deck::Domain>,
        /// Practise everything selected without changing any schedule
        #[arg(long)]
        cram: bool,
        /// Only leeches (questions forgotten 8 times or more; see leech_lapses)
        #[arg(long)]
        leeches: bool,
        /// Only questions answered wrong in the last DAYS days
        #[arg(long, value_name = "DAYS", value_parser = clap::value_parser!(u32).range(1..=3650))]
        missed: Option<u32>,
        /// Only questions at risk on exam day (below the plan's recall target; see `saa plan`)
        #[arg(long)]
        at_risk: bool,
    },
    /// Take a timed mock exam like SAA-C03: 65 questions in 130 minutes (e.g. `saa exam --seed 7`)
    Exam {
        /// Number of questions
        #[arg(long, default_value_t = 65, value_parser = clap::value_parser!(u16).range(1..=500))]
        questions: u16,
        /// Time limit in minutes [default: 2 per question, as on the real exam: 130 for 65]
        #[arg(long, value_parser = clap::value_parser!(u32).range(1..=1000))]
        minutes: Option<u32>,
        /// Only this deck (repeatable)
        #[arg(long = "deck", value_name = "ID")]
        deck: Vec<String>,
        /// Only this domain (repeatable)
        #[arg(long = "domain", value_name = "DOMAIN", value_parser = parse_domain)]
        domain: Vec<crate::deck::Domain>,
        /// The same seed draws the same exam
        #[arg(long)]
        seed: Option<u64>,
        /// Practice mode: Enter checks each answer and shows why, as you go (kept out of readiness)
        #[arg(long)]
        practice: bool,
        /// Continue the unfinished exam where it stopped
        #[arg(long, conflicts_with_all = ["abandon", "seed", "deck", "domain", "practice"])]
        resume: bool,
        /// Give up the unfinished exam
        #[arg(long, conflicts_with_all = ["resume", "seed", "deck", "domain"])]
        abandon: bool,
    },
    /// List suspended questions, or bring some back (e.g. `saa unsuspend lambda/some-id`, `--all`)
    Unsuspend {
        /// Questions as deck/question
        keys: Vec<String>,
        /// Every suspended question
        #[arg(long, conflicts_with = "keys")]
        all: bool,
    },
    /// Progress: forecast, retention, mastery, exam history, readiness (`saa stats --json`)
    Stats {
        /// Print JSON
        #[arg(long)]
        json: bool,
    },
    /// Work with deck files: check, list, new, schema (e.g. `saa deck check`)
    #[command(subcommand)]
    Deck(DeckCommand),
    /// Train FSRS on your own review history; keeps the result only if it predicts better
    Optimize,
    /// Write your review log to a file (e.g. `saa export reviews --out reviews.jsonl`)
    #[command(subcommand)]
    Export(ExportCommand),
    /// Merge a review log from another machine (e.g. `saa import reviews reviews.jsonl`)
    #[command(subcommand)]
    Import(ImportCommand),
    /// Book your exam date: scheduling aims at recall on that day (e.g. `saa plan --exam-date 2027-01-20`)
    Plan {
        /// The exam's date, YYYY-MM-DD
        #[arg(long, value_name = "DATE")]
        exam_date: Option<jiff::civil::Date>,
        /// Introduce every new question at least this many days before the exam [default: 7]
        #[arg(long, value_name = "DAYS")]
        buffer_days: Option<u32>,
        /// Recall to aim for on exam day, 0.80-0.99 [default: 0.95]
        #[arg(long, value_name = "P")]
        target: Option<f32>,
        /// Remove the plan; ordinary scheduling resumes
        #[arg(long, conflicts_with_all = ["exam_date", "buffer_days", "target"])]
        clear: bool,
    },
    /// Print a shell completion script (e.g. `saa completions bash > ~/.local/share/bash-completion/completions/saa`)
    Completions {
        /// bash, zsh, fish, powershell or elvish
        shell: clap_complete::Shell,
    },
    /// Print the manual page in roff (e.g. `saa man > ~/.local/share/man/man1/saa.1`)
    Man,
    /// Copy the progress database into <data-dir>/backups now (saa also does daily)
    Backup {
        /// List the backups instead, newest first
        #[arg(long)]
        list: bool,
    },
    /// Keep several machines together through a shared folder (Syncthing, Dropbox, a USB stick): merge the other machines' files, write this one's (e.g. `saa sync ~/Sync/saa`)
    Sync {
        /// The shared folder [default: [sync] dir in config.toml]
        dir: Option<PathBuf>,
        /// Show the machines in the folder and what this one has merged, without syncing
        #[arg(long)]
        status: bool,
    },
    /// Put a backup back in place of the progress database (what was there is kept)
    Restore {
        /// A file from `saa backup --list`
        file: PathBuf,
    },
}

#[derive(Debug, Subcommand)]
pub enum ExportCommand {
    /// Everything: reviews, mock exams, flags, suspensions and burials, trained parameters and the exam plan (JSONL; `saa import reviews` merges it)
    All {
        /// Write here instead of standard output
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
    /// Every review, one per line (JSONL or CSV)
    Reviews {
        #[arg(long, value_enum, default_value = "jsonl")]
        format: commands::review_file::Format,
        /// Write here instead of standard output
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
}

#[derive(Debug, Subcommand)]
pub enum ImportCommand {
    /// Add reviews not yet present (by id) and reschedule the questions they touch
    Reviews {
        /// A JSONL or CSV file written by `saa export reviews`
        file: PathBuf,
    },
}

#[derive(Debug, Subcommand)]
pub enum DeckCommand {
    /// Lint decks with file:line:col diagnostics (e.g. `saa deck check my.toml`; no path: every deck)
    Check {
        /// Deck files or folders; without any, every deck that would load
        paths: Vec<PathBuf>,
        /// List the questions learners flagged as faulty (`!` in the app) instead
        #[arg(long)]
        flagged: bool,
    },
    /// List loaded decks with question counts by kind and domain (e.g. `saa deck list --json`)
    List {
        /// Print JSON instead of a table
        #[arg(long)]
        json: bool,
        /// Count the questions of all loaded decks by SAA-C03 task statement instead
        #[arg(long, value_name = "WHAT", value_parser = ["task"])]
        by: Option<String>,
    },
    /// Write a commented template deck that passes `deck check` (e.g. `saa deck new vpc-basics`)
    New {
        /// The new deck's id: a-z, 0-9 and -
        id: String,
        /// Folder to write ID.toml into [default: <data-dir>/decks]
        #[arg(long, value_name = "DIR")]
        dir: Option<PathBuf>,
        /// Allow an id that a bundled deck uses (your deck then replaces it)
        #[arg(long)]
        force: bool,
    },
    /// Turn a flashcard export (Anki "Notes in Plain Text", or TSV/CSV with front and back) into a deck (e.g. `saa deck import anki.txt --id my-notes`)
    Import {
        /// The export file (.txt/.tsv tab-separated, .csv comma-separated)
        file: PathBuf,
        /// The new deck's id: a-z, 0-9 and -
        #[arg(long)]
        id: String,
        /// The deck's title [default: the id]
        #[arg(long)]
        title: Option<String>,
        /// Folder to write ID.toml into [default: <data-dir>/decks]
        #[arg(long, value_name = "DIR")]
        dir: Option<PathBuf>,
    },
    /// Write a translation file to fill in, with the English text and fingerprints (e.g. `saa deck translate lambda --lang ko`)
    Translate {
        /// The deck's id
        deck: String,
        /// The language tag, e.g. ko
        #[arg(long, value_name = "LANG")]
        lang: String,
        /// Write here instead of standard output
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
    /// Print the JSON Schema of the deck format (e.g. `saa deck schema > deck.schema.json`)
    Schema,
}

/// Everything a command needs from the environment, resolved once.
#[derive(Debug, Clone)]
pub struct Context {
    pub data_dir: PathBuf,
    pub deck_dirs: Vec<DeckDir>,
    pub clock: Clock,
    pub color: bool,
    /// config.toml, which need not exist.
    pub config_path: Option<PathBuf>,
    /// `--lang`, when given (config.toml and the locale come next; see `language`).
    pub lang: Option<String>,
}

impl Context {
    /// The learner's language for translated questions: `--lang`, then `language` in
    /// config.toml, then the locale (LC_ALL, then LANG, e.g. ko_KR.UTF-8 -> ko); `None` is
    /// English. "en" means English too.
    pub fn language(&self, config: &crate::config::Config) -> Option<String> {
        let from_locale = || {
            ["LC_ALL", "LANG"]
                .iter()
                .filter_map(|v| std::env::var(v).ok())
                .find(|v| !v.is_empty())
                .and_then(|v| v.split(['_', '.', '-']).next().map(str::to_lowercase))
        };
        self.lang
            .clone()
            .or_else(|| config.language.clone())
            .or_else(from_locale)
            .filter(|l| !l.is_empty() && l != "en" && l != "c" && l != "posix")
    }
}

impl Context {
    pub fn from_global(global: &Global) -> anyhow::Result<Context> {
        let data_dir = match &global.data_dir {
            Some(dir) => dir.clone(),
            None => directories::ProjectDirs::from("", "", "saa")
                .map(|p| p.data_dir().to_path_buf())
                .ok_or_else(|| {
                    anyhow::anyhow!(
                        "cannot find a home directory for the data dir; pass --data-dir DIR"
                    )
                })?,
        };
        let mut deck_dirs = vec![DeckDir {
            path: data_dir.join("decks"),
            required: false,
        }];
        deck_dirs.extend(global.decks.iter().map(|p| DeckDir {
            path: p.clone(),
            required: true,
        }));
        if let Some(list) = std::env::var_os("SAA_DECKS") {
            deck_dirs.extend(
                std::env::split_paths(&list)
                    .filter(|p| !p.as_os_str().is_empty())
                    .map(|path| DeckDir {
                        path,
                        required: true,
                    }),
            );
        }
        let clock = global
            .now
            .map(Clock::starting_at)
            .unwrap_or_else(Clock::system);
        let no_color_env = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        Ok(Context {
            data_dir,
            deck_dirs,
            clock,
            color: !(global.no_color || no_color_env),
            config_path: crate::config::default_path(),
            lang: global.lang.clone(),
        })
    }
}

/// Parses the command line, runs the command, and maps failures to an exit code and one
/// clear message on stderr.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    let context = match Context::from_global(&cli.global) {
        Ok(context) => context,
        Err(e) => {
            eprintln!("saa: {e:#}");
            return ExitCode::from(2);
        }
    };
    // The interface speaks the learner's language from here on (a config file with a mistake
    // is reported by the command that reads it, in English).
    let config = crate::config::load(context.config_path.as_deref()).unwrap_or_default();
    crate::i18n::set_language(crate::i18n::Lang::from_code(
        context.language(&config).as_deref(),
    ));
    match run(cli.command, &context) {
        Ok(code) => code,
        // The reader of a pipe stopped reading: it has what it wanted.
        Err(e) if commands::output::write_failure(&e) == Some(true) => ExitCode::SUCCESS,
        Err(e) => {
            // A store problem met after opening (a full disk, a lock taken meanwhile) is told
            // in the learner's language like the ones met at open.
            let e = match e.downcast::<crate::store::StoreError>() {
                Ok(store) => commands::common::store_error(store),
                Err(e) => e,
            };
            let message = match commands::output::write_failure(&e) {
                Some(_) => format!("saa: could not write the output: {e:#}"),
                None => format!("saa: {e:#}"),
            };
            // stderr may be closed too; there is nowhere left to report that.
            let _ = writeln!(std::io::stderr(), "{message}");
            ExitCode::from(2)
        }
    }
}

fn run(command: Option<Command>, context: &Context) -> anyhow::Result<ExitCode> {
    match command {
        None => commands::app::run(context, None),
        Some(Command::Study {
            deck,
            topics,
            domains,
            cram,
            leeches,
            missed,
            at_risk,
        }) => {
            let filter = crate::study::Filter {
                decks: deck,
                topics,
                domains,
                only: None,
            };
            let start = commands::app::Start::Study {
                filter,
                cram,
                leeches,
                missed,
                at_risk,
            };
            commands::app::run(context, Some(start))
        }
        Some(Command::Exam { abandon: true, .. }) => commands::app::abandon_exam(context),
        Some(Command::Exam { resume: true, .. }) => {
            commands::app::run(context, Some(commands::app::Start::ResumeExam))
        }
        Some(Command::Exam {
            questions,
            minutes,
            deck,
            domain,
            seed,
            practice,
            ..
        }) => {
            let options = crate::tui::app::ExamOptions {
                questions: usize::from(questions),
                minutes: minutes.unwrap_or(2 * u32::from(questions)),
                decks: deck,
                domains: domain,
                seed,
                practice,
            };
            commands::app::run(context, Some(commands::app::Start::Exam(options)))
        }
        Some(Command::Stats { json }) => commands::stats::run(context, json),
        Some(Command::Unsuspend { keys, all }) => commands::reviews::unsuspend(context, &keys, all),
        Some(Command::Deck(deck)) => commands::deck::run(deck, context),
        Some(Command::Optimize) => commands::optimize::run(context),
        Some(Command::Backup { list }) => commands::backup::run(context, list),
        Some(Command::Sync { dir, status }) => commands::sync::run(context, dir.as_deref(), status),
        Some(Command::Completions { shell }) => {
            let mut script = Vec::new();
            clap_complete::generate(shell, &mut Cli::command(), "saa", &mut script);
            commands::output::text(&String::from_utf8_lossy(&script))?;
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Man) => {
            let mut page = Vec::new();
            clap_mangen::Man::new(Cli::command()).render(&mut page)?;
            commands::output::text(&String::from_utf8_lossy(&page))?;
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Plan {
            exam_date,
            buffer_days,
            target,
            clear,
        }) => commands::plan::run(
            context,
            commands::plan::PlanRequest {
                exam_date,
                buffer_days,
                target,
                clear,
            },
        ),
        Some(Command::Restore { file }) => commands::backup::restore(context, &file),
        Some(Command::Export(ExportCommand::All { out })) => {
            commands::reviews::export_all(context, out.as_deref())
        }
        Some(Command::Export(ExportCommand::Reviews { format, out })) => {
            commands::reviews::export(context, format, out.as_deref())
        }
        Some(Command::Import(ImportCommand::Reviews { file })) => {
            commands::reviews::import(context, &file)
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_command_line_definition_is_consistent() {
        use clap::CommandFactory;
        super::Cli::command().debug_assert();
    }
}
