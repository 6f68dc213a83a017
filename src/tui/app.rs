//! The app: owns the store, the decks and the current screen, carries out effects, and runs
//! the draw-then-handle loop.

mod home_data;
pub use home_data::HomeReads;
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;

use crossterm::event::{self, Event, KeyEventKind};
use jiff::SignedDuration;
use rand::RngExt;
use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;

use super::decks::{DecksScreen, DecksView};
use super::exam::ExamScreen;
use super::exam_view::ExamView;
use super::help::HelpView;
use super::history::{HistoryScreen, HistoryView};
use super::home::{HomeData, HomeScreen, HomeView};
use super::keymap::{Action, Key, Keymap};
use super::stats_view::StatsView;
use super::study::StudyScreen;
use super::study_view::StudyView;
use super::theme::Theme;
use super::widgets::{fits, too_small};
use super::{Ctx, Effect};
use crate::catalog::Catalog;
use crate::clock::Clock;
use crate::deck::Library;
use crate::sched::{Mode, Scheduler};
use crate::store::Store;
use crate::study::{Filter, QueueInput, StudySession, build_queue, shuffle};
use crate::tr;

pub enum Screen {
    Home(HomeScreen),
    Study(Box<StudyScreen>),
    Exam(Box<ExamScreen>),
    Stats(Box<StatsScreen>),
    Decks(Box<DecksScreen>),
    History(Box<HistoryScreen>),
    Browser(Box<super::browser::BrowserScreen>),
    Plan(Box<super::plan::PlanScreen>),
    ExamSetup(Box<super::exam_setup::ExamSetupScreen>),
}

/// The stats screen: a computed report and how far it is scrolled.
pub struct StatsScreen {
    pub report: crate::stats::StatsReport,
    pub scroll: u16,
}

/// What `saa exam` asks for.
#[derive(Debug, Clone, PartialEq)]
pub struct ExamOptions {
    pub questions: usize,
    pub minutes: u32,
    pub decks: Vec<String>,
    pub domains: Vec<crate::deck::Domain>,
    pub seed: Option<u64>,
    /// Practice mode: each answer can be checked (and explained) as the learner goes.
    pub practice: bool,
}

impl Default for ExamOptions {
    fn default() -> Self {
        ExamOptions {
            questions: crate::exam::Blueprint::DEFAULT_QUESTIONS,
            minutes: crate::exam::Blueprint::DEFAULT_MINUTES,
            decks: Vec::new(),
            domains: Vec::new(),
            seed: None,
            practice: false,
        }
    }
}

pub struct App {
    pub store: Store,
    pub library: Arc<Library>,
    pub scheduler: Arc<Scheduler>,
    pub keymap: Keymap,
    pub theme: Theme,
    pub clock: Clock,
    pub screen: Screen,
    pub help: bool,
    /// The links overlay: a question's references, whole, for copying.
    pub links: Option<(String, Vec<String>)>,
    pub warnings: Vec<String>,
    /// What the decks screen shows, taken from the catalog at start.
    pub decks: DecksScreen,
    pub quit: bool,
    /// A store failure ends the app with this message (after the terminal is restored).
    pub fatal: Option<String>,
    /// Held while a mock exam is on screen, so a second saa cannot open it too.
    exam_lock: Option<crate::store::ExamLock>,
    /// The terminal's size as last drawn; below the minimum, keys are ignored (the learner
    /// cannot see what they would do).
    pub size: (u16, u16),
    /// The learner's language for translated questions (`None`: English).
    pub language: Option<String>,
    /// Quit once the first frame is drawn: the benchmark's "time to first frame".
    pub quit_after_first_frame: bool,
    /// The home screen's store reads, made ahead while the decks were parsed; the first home
    /// screen uses them (if they are for the same study day), later ones read afresh.
    preloaded: Option<HomeReads>,
    /// Run when a study session or a mock exam is left for home (the command that opened the
    /// app syncs there); what it returns are problems to show on home.
    pub after_session: Option<AfterSession>,
    /// Opens a question in the learner's editor (the command that opened the app does it: it
    /// hands the terminal to the editor and reads the decks again).
    pub editor: Option<Editor>,
    /// The terminal was used by another program: draw everything again.
    pub redraw_all: bool,
    /// Run once the first frame is drawn and before the first key is handled (the command
    /// that opened the app finishes its database damage check there, so nothing is written
    /// before it passes); an error ends the app with its message, problems go on home.
    pub before_first_key: Option<BeforeFirstKey>,
}

/// See `App::before_first_key`.
pub type BeforeFirstKey = Box<dyn FnOnce(&mut Store) -> anyhow::Result<Vec<String>>>;

/// See `App::after_session`.
pub type AfterSession = Box<dyn FnMut(&mut Store) -> Vec<String>>;

/// See `App::editor`: edits a question's deck file and returns the decks re-read, with what
/// to tell the learner.
pub type Editor = Box<dyn FnMut(&crate::deck::QuestionKey) -> anyhow::Result<(Catalog, String)>>;

impl App {
    pub fn new(
        store: Store,
        catalog: Catalog,
        scheduler: Scheduler,
        keymap: Keymap,
        theme: Theme,
        clock: Clock,
        warnings: Vec<String>,
    ) -> anyhow::Result<App> {
        App::with_home_reads(
            store, catalog, scheduler, keymap, theme, clock, warnings, None,
        )
    }

    /// `new`, with the first home screen's store reads already made (see `HomeReads`).
    #[allow(clippy::too_many_arguments)]
    pub fn with_home_reads(
        store: Store,
        catalog: Catalog,
        scheduler: Scheduler,
        keymap: Keymap,
        theme: Theme,
        clock: Clock,
        mut warnings: Vec<String>,
        preloaded: Option<HomeReads>,
    ) -> anyhow::Result<App> {
        warnings.extend(catalog.broken_files().filter_map(|f| f.first_error()));
        warnings.extend(catalog.notices.iter().cloned());
        let decks = DecksScreen::from_catalog(&catalog);
        let library = Library::new(catalog.decks.into_iter().map(|d| d.deck).collect())
            .with_translations(catalog.translations);
        let mut app = App {
            store,
            library: Arc::new(library),
            scheduler: Arc::new(scheduler),
            keymap,
            theme,
            clock,
            screen: Screen::Home(HomeScreen::new(HomeData::default())),
            help: false,
            links: None,
            warnings,
            decks,
            quit: false,
            fatal: None,
            exam_lock: None,
            size: (super::MIN_WIDTH, super::MIN_HEIGHT),
            language: None,
            quit_after_first_frame: false,
            preloaded,
            after_session: None,
            editor: None,
            redraw_all: false,
            before_first_key: None,
        };
        app.go_home()?;
        Ok(app)
    }

    fn ctx(&self) -> Ctx {
        let now = self.clock.now();
        Ctx {
            now,
            fresh_id: format!(
                "{:012x}-{:016x}",
                now.as_millisecond().max(0),
                rand::rng().random::<u64>()
            ),
        }
    }

    /// Edits a question in the learner's editor and shows the decks as they are now.
    fn edit(&mut self, key: &crate::deck::QuestionKey) -> anyhow::Result<()> {
        let Some(editor) = self.editor.as_mut() else {
            return Ok(());
        };
        let outcome = editor(key);
        self.redraw_all = true;
        let notice = match outcome {
            Ok((catalog, notice)) => {
                let folder = self.decks.folder.take();
                self.decks = DecksScreen::from_catalog(&catalog);
                self.decks.folder = folder;
                let library = Library::new(catalog.decks.into_iter().map(|d| d.deck).collect())
                    .with_translations(catalog.translations);
                self.library = Arc::new(library);
                notice
            }
            Err(e) => format!("{e:#}"),
        };
        match &mut self.screen {
            Screen::Browser(b) => {
                b.library = self.library.clone();
                b.refresh();
                b.notice = Some(notice);
            }
            Screen::Study(s) => {
                s.library = self.library.clone();
                s.notice = Some(notice);
            }
            _ => {}
        }
        Ok(())
    }

    /// Opens the exam plan screen with what it needs to show the plan's daily load.
    fn show_plan(&mut self, notice: Option<String>) -> anyhow::Result<()> {
        let cards = self.store.cards()?;
        let unseen = self
            .library
            .questions()
            .filter(|(k, _, _)| {
                cards
                    .get(k)
                    .is_none_or(|c| c.phase == crate::sched::Phase::New)
            })
            .count();
        let days = self.scheduler.days();
        let data = super::plan::PlanData {
            current: self.scheduler.plan().copied(),
            unseen,
            today: days.date(days.day(self.clock.now())),
            reviews_per_day: self.scheduler.config().reviews_per_day,
        };
        let mut screen = super::plan::PlanScreen::new(data);
        screen.notice = notice;
        self.screen = Screen::Plan(Box::new(screen));
        Ok(())
    }

    fn go_home(&mut self) -> anyhow::Result<()> {
        self.exam_lock = None;
        let cursor = match &self.screen {
            Screen::Home(h) => h.cursor,
            _ => 0,
        };
        if matches!(self.screen, Screen::Study(_) | Screen::Exam(_))
            && let Some(hook) = self.after_session.as_mut()
        {
            let problems = hook(&mut self.store);
            self.warnings.extend(problems);
        }
        let mut home = HomeScreen::new(self.home_data()?);
        home.cursor = cursor.min(home.data.decks.len());
        self.screen = Screen::Home(home);
        Ok(())
    }

    /// Builds a study (or cram) session over `filter`.
    pub fn start_study(&mut self, filter: &Filter, cram: bool) -> anyhow::Result<()> {
        let now = self.clock.now();
        let cards = self.store.cards()?;
        let config = self.scheduler.config();
        let session = if cram {
            let mut keys: Vec<_> = self
                .library
                .questions()
                .filter(|(k, d, q)| {
                    filter.matches(d, q) && !cards.get(k).is_some_and(|c| c.suspended)
                })
                .map(|(k, _, _)| k)
                .collect();
            // A fresh order each cram session, stable within it.
            let seed = shuffle::seed("cram", now.as_second() as u64);
            use rand::SeedableRng;
            use rand::seq::SliceRandom;
            keys.shuffle(&mut rand::rngs::StdRng::seed_from_u64(seed));
            StudySession::cram(keys, config.learning_step_questions, SignedDuration::ZERO)
        } else {
            let days = self.scheduler.days();
            let counts = self.store.review_stats(days.start_of(days.day(now)))?;
            let decks = self.library.deck_refs();
            let queue = build_queue(&QueueInput {
                decks: &decks,
                cards: &cards,
                scheduler: &self.scheduler,
                filter,
                now,
                new_today: counts.new_today,
                reviews_today: counts.reviews_today,
            });
            StudySession::new(
                queue.items,
                queue.learning_later,
                config.learning_step_questions,
            )
        };
        let mode = if cram { Mode::Cram } else { Mode::Study };
        // The screen sees only the selection's cards, so "next question due" is about them.
        let selected = cards
            .into_iter()
            .filter(|(k, _)| {
                self.library
                    .get(k)
                    .is_some_and(|(deck, q)| filter.matches(deck, q))
            })
            .collect();
        let flagged = self.store.flagged()?.into_iter().map(|(k, _)| k).collect();
        self.screen = Screen::Study(Box::new(StudyScreen::new(
            self.library.clone(),
            self.scheduler.clone(),
            selected,
            session,
            mode,
            now,
        )));
        if let Screen::Study(study) = &mut self.screen {
            study.flagged = flagged;
        }
        self.apply_language();
        Ok(())
    }

    /// Gives the study or exam screen now showing the learner's language.
    fn apply_language(&mut self) {
        match &mut self.screen {
            Screen::Study(s) => s.language = self.language.clone(),
            Screen::Exam(e) => e.language = self.language.clone(),
            _ => {}
        }
    }

    /// Prepares a new mock exam on its intro screen (nothing is saved until it starts).
    pub fn new_exam(&mut self, options: &ExamOptions) -> anyhow::Result<()> {
        let lock = self.store.lock_exam()?;
        if self.store.open_exam()?.is_some() {
            anyhow::bail!("{}", tr!("screens-exam-in-progress"));
        }
        let now = self.clock.now();
        let cards = self.store.cards()?;
        let seen = self.store.exam_seen()?;
        let candidates: Vec<crate::exam::Candidate> = self
            .library
            .questions()
            .filter(|(_, d, q)| {
                q.kind().is_scenario()
                    && (options.decks.is_empty()
                        || options.decks.iter().any(|id| id == d.id.as_str()))
            })
            .map(|(key, _, q)| {
                let weakness = cards
                    .get(&key)
                    .filter(|c| c.phase != crate::sched::Phase::New)
                    .map(|c| 1.0 - f64::from(self.scheduler.retrievability(c, now)))
                    .unwrap_or(1.0);
                crate::exam::Candidate {
                    seen_in_exam: seen.contains(&key),
                    key,
                    domain: q.domain,
                    kind: q.kind(),
                    choice_count: q.choices().len(),
                    weakness,
                }
            })
            .collect();
        if candidates.is_empty() {
            anyhow::bail!("{}", tr!("screens-exam-no-questions"));
        }
        let blueprint = crate::exam::Blueprint {
            questions: options.questions.max(1),
            minutes: options.minutes.max(1),
            domains: if options.domains.is_empty() {
                crate::deck::Domain::ALL.to_vec()
            } else {
                options.domains.clone()
            },
            ..crate::exam::Blueprint::default()
        };
        let seed = options.seed.unwrap_or_else(|| rand::rng().random::<u64>());
        let assembly = crate::exam::assemble(&candidates, &blueprint, seed);
        let id = self.ctx().fresh_id;
        self.exam_lock = Some(lock);
        let mut exam = ExamScreen::new(
            self.library.clone(),
            id,
            seed,
            assembly,
            blueprint.time_limit(),
            now,
        );
        exam.session.practice = options.practice;
        self.screen = Screen::Exam(Box::new(exam));
        self.apply_language();
        Ok(())
    }

    /// Gives the exam on screen the finished attempts up to and including `id`.
    fn fill_trend(&mut self, id: &str) -> anyhow::Result<()> {
        let mut history = self.store.exam_history()?;
        history.retain(|e| e.finished);
        if let Some(end) = history.iter().position(|e| e.id == id) {
            history.truncate(end + 1);
        }
        if let Screen::Exam(exam) = &mut self.screen {
            exam.history = history;
        }
        Ok(())
    }

    /// An exam open in another saa is not a failure of this one: say so on the home screen.
    fn refuse_if_in_use(&mut self, outcome: anyhow::Result<()>) -> anyhow::Result<()> {
        match outcome {
            Err(e)
                if matches!(
                    e.downcast_ref::<crate::store::StoreError>(),
                    Some(crate::store::StoreError::ExamInUse { .. })
                ) =>
            {
                self.go_home()?;
                if let Screen::Home(home) = &mut self.screen {
                    home.data.warnings.insert(0, e.to_string());
                }
                Ok(())
            }
            other => other,
        }
    }

    /// Continues the saved exam at its question with the time it had left.
    pub fn resume_exam(&mut self) -> anyhow::Result<bool> {
        let lock = self.store.lock_exam()?;
        let Some(saved) = self.store.open_exam()? else {
            return Ok(false);
        };
        self.exam_lock = Some(lock);
        self.screen = Screen::Exam(Box::new(ExamScreen::resume(
            self.library.clone(),
            saved,
            self.clock.now(),
        )));
        self.apply_language();
        Ok(true)
    }

    pub fn show_stats(&mut self) -> anyhow::Result<()> {
        let report = crate::report::report(
            &self.store,
            &self.library,
            &self.scheduler,
            self.clock.now(),
        )?;
        self.screen = Screen::Stats(Box::new(StatsScreen { report, scroll: 0 }));
        Ok(())
    }

    /// Moves the exam clock; called on every pass of the loop.
    pub fn tick(&mut self) {
        let now = self.clock.now();
        let effect = match &mut self.screen {
            Screen::Exam(exam) => exam.tick(now),
            _ => None,
        };
        if let Some(effect) = effect
            && let Err(e) = self.apply(effect)
        {
            self.fatal = Some(format!("{e:#}"));
            self.quit = true;
        }
    }

    /// Text pasted into the terminal (bracketed paste): it goes into a typed answer, and
    /// nowhere else, so a stray paste can never act as keys.
    pub fn on_paste(&mut self, text: &str) {
        if !fits(Rect::new(0, 0, self.size.0, self.size.1)) || self.help {
            return;
        }
        match &mut self.screen {
            Screen::Study(study) => study.paste(text),
            Screen::Browser(browser) => {
                if let Some(prompt) = &mut browser.reason {
                    prompt.paste(text);
                }
            }
            _ => {}
        }
    }

    pub fn on_key(&mut self, key: Key) {
        if key.ctrl && key.code == super::keymap::KeyCodeOrd::Char('c') {
            self.quit = true;
            return;
        }
        // "Terminal too small" hides the screen: no key may act on what cannot be seen.
        if !fits(Rect::new(0, 0, self.size.0, self.size.1)) {
            return;
        }
        if self.help {
            self.help = false;
            return;
        }
        if self.links.take().is_some() {
            return;
        }
        let typing = match &self.screen {
            Screen::Study(s) => s.is_typing(),
            Screen::Browser(b) => b.searching || b.reason.is_some(),
            // Digits and '-' are the date being typed; '?' still opens help.
            Screen::Plan(_) => false,
            _ => false,
        };
        if !typing && self.keymap.action(key, &[Action::Help]).is_some() {
            self.help = true;
            return;
        }
        if !typing
            && self.keymap.action(key, &[Action::Links]).is_some()
            && let Some(links) = self.shown_links()
        {
            self.links = Some(links);
            return;
        }
        let ctx = self.ctx();
        let effect = match &mut self.screen {
            Screen::Home(home) => home.handle(key, &self.keymap, &ctx),
            Screen::Study(study) => study.handle(key, &self.keymap, &ctx),
            Screen::Exam(exam) => exam.handle(key, &self.keymap, &ctx),
            Screen::History(history) => history.handle(key, &self.keymap, &ctx),
            Screen::Decks(decks) => read_only_keys(&self.keymap, key, &mut decks.scroll),
            Screen::Browser(browser) => browser.handle(key, &self.keymap, &ctx),
            Screen::Plan(plan) => plan.handle(key, &self.keymap, &ctx),
            Screen::ExamSetup(setup) => setup.handle(key, &self.keymap, &ctx),
            Screen::Stats(stats) => read_only_keys(&self.keymap, key, &mut stats.scroll),
        };
        if let Some(effect) = effect
            && let Err(e) = self.apply(effect)
        {
            self.fatal = Some(format!("{e:#}"));
            self.quit = true;
        }
    }

    /// Carries out an effect: the only place screens' decisions reach the store.
    pub fn apply(&mut self, effect: Effect) -> anyhow::Result<()> {
        match effect {
            Effect::Record { row } => self.store.record(&row, &self.scheduler)?,
            Effect::Regrade { old_id, row } => {
                self.store.regrade(&old_id, &row, &self.scheduler)?
            }
            Effect::Undo { id, key } => self.store.undo(&id, &key, &self.scheduler)?,
            Effect::SetAside {
                key,
                suspended,
                buried_until,
            } => self
                .store
                .set_aside(&key, suspended, buried_until, self.clock.now())?,
            Effect::Flag {
                key,
                on: true,
                reason,
            } => self.store.flag(&key, reason.as_deref(), self.clock.now())?,
            Effect::Flag { key, on: false, .. } => self.store.unflag(&key, self.clock.now())?,
            Effect::StartStudy { filter, cram } => self.start_study(&filter, cram)?,
            Effect::Home => self.go_home()?,
            Effect::Quit => self.quit = true,
            Effect::ExamStart { exam } => self.store.create_exam(&exam)?,
            Effect::ExamSave { id, session } => self.store.save_exam(&id, &session)?,
            Effect::ExamTime { id, session } => self.store.save_exam_time(&id, &session)?,
            Effect::ExamFinish {
                id,
                session,
                result,
                finished_at,
            } => {
                let cards = self.store.cards()?;
                let correct = match &self.screen {
                    Screen::Exam(exam) => exam.correct_sets(),
                    _ => Vec::new(),
                };
                let reviews = crate::exam::feed::study_reviews(
                    &session,
                    &correct,
                    &cards,
                    &self.scheduler,
                    finished_at,
                    || {
                        format!(
                            "{:012x}-{:016x}",
                            finished_at.as_millisecond().max(0),
                            rand::rng().random::<u64>()
                        )
                    },
                )?;
                self.store.finish_exam(
                    &id,
                    &session,
                    &result,
                    finished_at,
                    &reviews,
                    &self.scheduler,
                )?;
                self.fill_trend(&id)?;
            }
            Effect::ExamAbandon { id } => self.store.abandon_exam(&id)?,
            Effect::ResumeExam => {
                let resumed = self.resume_exam().map(|_| ());
                self.refuse_if_in_use(resumed)?;
            }
            Effect::NewExam => {
                // An unfinished exam resumes; otherwise the setup screen comes first.
                let opened = match self.resume_exam() {
                    Ok(false) => {
                        let decks = self
                            .library
                            .deck_refs()
                            .iter()
                            .map(|d| d.id.to_string())
                            .collect();
                        self.screen = Screen::ExamSetup(Box::new(
                            super::exam_setup::ExamSetupScreen::new(decks),
                        ));
                        Ok(())
                    }
                    other => other.map(|_| ()),
                };
                self.refuse_if_in_use(opened)?;
            }
            Effect::StartExam { options } => {
                let opened = self.new_exam(&options);
                self.refuse_if_in_use(opened)?;
            }
            Effect::Stats => self.show_stats()?,
            Effect::Decks => self.screen = Screen::Decks(Box::new(self.decks.clone())),
            Effect::Browse => {
                let data = super::browser::BrowserData {
                    cards: self.store.cards()?,
                    reviews: self.store.reviews()?,
                    flagged: self.store.flagged()?.into_iter().map(|(k, _)| k).collect(),
                    reasons: self.store.flag_reasons()?,
                };
                self.screen = Screen::Browser(Box::new(super::browser::BrowserScreen::new(
                    self.library.clone(),
                    self.scheduler.clone(),
                    data,
                    self.clock.now(),
                )));
            }
            Effect::Plan => self.show_plan(None)?,
            Effect::Edit { key } => self.edit(&key)?,
            Effect::Forget { key } => self.store.reset(&key, self.clock.now(), &self.scheduler)?,
            Effect::UndoForget { key } => {
                self.store
                    .undo_reset(&key, self.clock.now(), &self.scheduler)?;
                let card = self.store.card(&key)?;
                if let Screen::Browser(b) = &mut self.screen {
                    b.cards.insert(key, card);
                    b.refresh();
                }
            }
            Effect::SetPlan { plan } => {
                self.store.set_exam_plan(plan.as_ref())?;
                self.scheduler = std::sync::Arc::new(self.scheduler.replanned(plan)?);
                // Every card's schedule follows the plan, as if it had always been set.
                let rebuilt = self.store.rebuild_all(&self.scheduler)?;
                let notice = match plan {
                    Some(_) => tr!("plan-saved", count = rebuilt),
                    None => tr!("plan-cleared", count = rebuilt),
                };
                self.show_plan(Some(notice))?;
            }
            Effect::ExamHistory => {
                self.screen =
                    Screen::History(Box::new(HistoryScreen::new(self.store.exam_history()?)));
            }
            Effect::ReviewExam { id } => {
                let saved = self.store.exam(&id)?.ok_or_else(|| {
                    anyhow::anyhow!("{}", tr!("screens-exam-gone", id = id.as_str()))
                })?;
                self.screen =
                    Screen::Exam(Box::new(ExamScreen::finished(self.library.clone(), saved)));
                self.apply_language();
                self.fill_trend(&id)?;
            }
            Effect::Batch(effects) => {
                for effect in effects {
                    self.apply(effect)?;
                }
            }
        }
        Ok(())
    }

    /// The question whose answer and references are on screen, with its references: study
    /// feedback, a mock exam's review, the browser's selection.
    fn shown_links(&self) -> Option<(String, Vec<String>)> {
        let key = match &self.screen {
            Screen::Study(s) if matches!(s.view, super::study::View::Feedback { .. }) => {
                s.current_key()?.clone()
            }
            Screen::Exam(e) => match e.stage {
                super::exam::Stage::Review {
                    filter,
                    cursor,
                    open: true,
                } => {
                    let i = *e.review_items(filter).get(cursor)?;
                    e.session.items.get(i)?.key.clone()
                }
                // A practice answer once checked shows its links too.
                super::exam::Stage::Taking if e.session.practice && e.session.is_checked() => {
                    e.session.current_item()?.key.clone()
                }
                _ => return None,
            },
            Screen::Browser(b) => b.selected()?.clone(),
            _ => return None,
        };
        let (_, q) = self.library.get(&key)?;
        (!q.refs.is_empty()).then(|| (key.to_string(), q.refs.clone()))
    }

    pub fn render(&self, area: Rect, buf: &mut Buffer) {
        if !fits(area) {
            too_small(area, buf, &self.theme);
            return;
        }
        let now = self.clock.now();
        let (actions, fixed): (Vec<Action>, Vec<(&str, String)>) = match &self.screen {
            Screen::Home(home) => {
                HomeView {
                    screen: home,
                    theme: &self.theme,
                    keymap: &self.keymap,
                }
                .render(area, buf);
                (
                    HomeScreen::actions().to_vec(),
                    vec![
                        ("↑ ↓", tr!("screens-help-choose-deck")),
                        ("Enter", tr!("screens-help-study-deck")),
                    ],
                )
            }
            Screen::Study(study) => {
                StudyView {
                    screen: study,
                    theme: &self.theme,
                    keymap: &self.keymap,
                    now,
                }
                .render(area, buf);
                (
                    study.actions(),
                    vec![
                        ("a-f / 1-6", tr!("screens-help-pick-choice")),
                        ("1-4", tr!("screens-help-grade")),
                        ("o", tr!("screens-help-overrule")),
                        ("e", tr!("screens-help-edit")),
                        ("← → Home End", tr!("screens-help-line-edit")),
                    ],
                )
            }
            Screen::Exam(exam) => {
                ExamView {
                    screen: exam,
                    theme: &self.theme,
                    keymap: &self.keymap,
                }
                .render(area, buf);
                (
                    exam.actions(),
                    vec![
                        ("a-f / 1-6", tr!("screens-help-pick-choice")),
                        ("Enter", tr!("screens-help-check")),
                        ("y", tr!("screens-help-confirm")),
                        ("r w f u", tr!("screens-help-exam-review")),
                    ],
                )
            }
            Screen::History(history) => {
                HistoryView {
                    screen: history,
                    theme: &self.theme,
                    keymap: &self.keymap,
                }
                .render(area, buf);
                (
                    HistoryScreen::actions().to_vec(),
                    vec![("↑ ↓", tr!("screens-help-choose-attempt"))],
                )
            }
            Screen::Browser(browser) => {
                super::browser_view::BrowserView {
                    screen: browser,
                    theme: &self.theme,
                    keymap: &self.keymap,
                }
                .render(area, buf);
                (
                    browser.actions(),
                    vec![
                        ("/", tr!("screens-help-search")),
                        ("f", tr!("screens-help-filter")),
                        ("e", tr!("screens-help-edit")),
                        ("↑ ↓", tr!("screens-help-choose-question")),
                    ],
                )
            }
            Screen::ExamSetup(setup) => {
                super::exam_setup::ExamSetupView {
                    screen: setup,
                    theme: &self.theme,
                    keymap: &self.keymap,
                }
                .render(area, buf);
                (
                    super::exam_setup::ExamSetupScreen::actions().to_vec(),
                    vec![
                        ("↑ ↓", tr!("setup-hint-choose")),
                        ("← → space", tr!("setup-hint-change")),
                    ],
                )
            }
            Screen::Plan(plan) => {
                super::plan::PlanView {
                    screen: plan,
                    theme: &self.theme,
                    keymap: &self.keymap,
                }
                .render(area, buf);
                (
                    super::plan::PlanScreen::actions().to_vec(),
                    vec![
                        ("0-9 -", tr!("screens-help-type-date")),
                        ("x", tr!("plan-hint-clear")),
                    ],
                )
            }
            Screen::Decks(decks) => {
                DecksView {
                    screen: decks,
                    theme: &self.theme,
                    keymap: &self.keymap,
                }
                .render(area, buf);
                (
                    DecksScreen::actions().to_vec(),
                    vec![("↑ ↓", tr!("screens-help-scroll"))],
                )
            }
            Screen::Stats(stats) => {
                StatsView {
                    report: &stats.report,
                    theme: &self.theme,
                    scroll: stats.scroll,
                }
                .render(area, buf);
                (
                    vec![
                        Action::ScrollDown,
                        Action::ScrollUp,
                        Action::PageDown,
                        Action::Back,
                    ],
                    vec![],
                )
            }
        };
        let mut actions = actions;
        if self.shown_links().is_some() {
            actions.push(Action::Links);
        }
        if let Some((key, links)) = &self.links {
            super::help::LinksView {
                key,
                links,
                theme: &self.theme,
            }
            .render(area, buf);
        }
        if self.help {
            HelpView {
                actions: &actions,
                fixed: &fixed,
                keymap: &self.keymap,
                theme: &self.theme,
                letters_pick_choices: matches!(self.screen, Screen::Study(_) | Screen::Exam(_)),
            }
            .render(area, buf);
        }
    }

    fn draw(&self, frame: &mut Frame<'_>) {
        self.render(frame.area(), frame.buffer_mut());
    }
}

/// Keys of a screen that only shows things: scroll, or go back home.
fn read_only_keys(keymap: &Keymap, key: Key, scroll: &mut u16) -> Option<Effect> {
    let actions = [
        Action::ScrollUp,
        Action::ScrollDown,
        Action::PageUp,
        Action::PageDown,
        Action::Back,
        Action::Quit,
    ];
    match keymap.action(key, &actions)? {
        Action::Back | Action::Quit => Some(Effect::Home),
        action => {
            super::keymap::scroll(action, scroll);
            None
        }
    }
}

/// Runs the app until the learner quits. Every answer was committed as it was given, so
/// quitting, closing the terminal or a crash loses nothing answered.
pub fn run(mut app: App) -> anyhow::Result<ExitCode> {
    let previous_hook = std::panic::take_hook();
    // Worded now: a panic hook must not reach for the message files.
    let crashed = tr!("screens-crashed");
    let report = tr!("screens-crashed-report");
    std::panic::set_hook(Box::new(move |info| {
        previous_hook(info);
        eprintln!("\n{crashed}\n{report}");
    }));
    // ratatui::init installs its own hook first in the chain: it restores the terminal
    // before the message above is printed.
    let mut terminal = ratatui::init();
    // Pasted text arrives as one event instead of a burst of keys.
    let _ = crossterm::execute!(std::io::stdout(), crossterm::event::EnableBracketedPaste);
    let result = (|| -> anyhow::Result<()> {
        while !app.quit {
            app.tick();
            let area = terminal.size()?;
            app.size = (area.width, area.height);
            if app.redraw_all {
                // Another program had the screen: a blank frame first makes the next one
                // write every cell (Terminal::clear would ask the terminal where its cursor
                // is, which not every terminal answers).
                terminal.draw(|f| f.render_widget(ratatui::widgets::Clear, f.area()))?;
                app.redraw_all = false;
            }
            terminal.draw(|f| app.draw(f))?;
            if app.quit_after_first_frame {
                break;
            }
            if let Some(finish) = app.before_first_key.take() {
                match finish(&mut app.store) {
                    Ok(problems) if problems.is_empty() => {}
                    Ok(problems) => {
                        app.warnings.extend(problems);
                        if matches!(app.screen, Screen::Home(_)) {
                            app.go_home()?;
                        }
                        continue;
                    }
                    Err(e) => {
                        app.fatal = Some(format!("{e:#}"));
                        break;
                    }
                }
            }
            if event::poll(Duration::from_millis(250))? {
                match event::read()? {
                    Event::Key(k) if k.kind != KeyEventKind::Release => {
                        if let Some(key) = Key::from_event(&k) {
                            app.on_key(key);
                        }
                    }
                    Event::Paste(text) => app.on_paste(&text),
                    Event::Resize(..) => {}
                    _ => {}
                }
            }
        }
        Ok(())
    })();
    let _ = crossterm::execute!(std::io::stdout(), crossterm::event::DisableBracketedPaste);
    ratatui::restore();
    result?;
    if let Some(message) = app.fatal {
        anyhow::bail!("{message}");
    }
    Ok(ExitCode::SUCCESS)
}
