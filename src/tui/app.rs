//! The app: owns the store, the decks and the current screen, carries out effects, and runs
//! the draw-then-handle loop.

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

use super::help::HelpView;
use super::home::{HomeData, HomeScreen, HomeView};
use super::keymap::{Action, Key, Keymap};
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

pub enum Screen {
    Home(HomeScreen),
    Study(Box<StudyScreen>),
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
    pub warnings: Vec<String>,
    pub quit: bool,
    /// A store failure ends the app with this message (after the terminal is restored).
    pub fatal: Option<String>,
}

impl App {
    pub fn new(
        store: Store,
        catalog: Catalog,
        scheduler: Scheduler,
        keymap: Keymap,
        theme: Theme,
        clock: Clock,
        mut warnings: Vec<String>,
    ) -> anyhow::Result<App> {
        warnings.extend(catalog.broken_files().filter_map(|f| f.first_error()));
        warnings.extend(catalog.notices.iter().cloned());
        let library = Library::new(catalog.decks.into_iter().map(|d| d.deck).collect());
        let mut app = App {
            store,
            library: Arc::new(library),
            scheduler: Arc::new(scheduler),
            keymap,
            theme,
            clock,
            screen: Screen::Home(HomeScreen::new(HomeData::default())),
            help: false,
            warnings,
            quit: false,
            fatal: None,
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

    pub fn home_data(&self) -> anyhow::Result<HomeData> {
        let now = self.clock.now();
        let cards = self.store.cards()?;
        let days = self.scheduler.days();
        let today = self.store.reviews_since(days.start_of(days.day(now)))?;
        Ok(HomeData {
            decks: crate::stats::deck_counts(&self.library, &cards, now),
            reviewed_today: today.len() as u32,
            correct_today: today.iter().filter(|r| r.correct).count() as u32,
            mastery: crate::stats::mastery_by_domain(&self.library, &cards, &self.scheduler, now),
            warnings: self.warnings.clone(),
        })
    }

    fn go_home(&mut self) -> anyhow::Result<()> {
        let cursor = match &self.screen {
            Screen::Home(h) => h.cursor,
            Screen::Study(_) => 0,
        };
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
        self.screen = Screen::Study(Box::new(StudyScreen::new(
            self.library.clone(),
            self.scheduler.clone(),
            cards,
            session,
            mode,
            now,
        )));
        Ok(())
    }

    pub fn on_key(&mut self, key: Key) {
        if key.ctrl && key.code == super::keymap::KeyCodeOrd::Char('c') {
            self.quit = true;
            return;
        }
        if self.help {
            self.help = false;
            return;
        }
        let typing = matches!(&self.screen, Screen::Study(s) if s.is_typing());
        if !typing && self.keymap.action(key, &[Action::Help]).is_some() {
            self.help = true;
            return;
        }
        let ctx = self.ctx();
        let effect = match &mut self.screen {
            Screen::Home(home) => home.handle(key, &self.keymap, &ctx),
            Screen::Study(study) => study.handle(key, &self.keymap, &ctx),
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
            Effect::Record { row, after } => self.store.record(&row, after.as_ref())?,
            Effect::Regrade {
                old_id,
                previous,
                row,
                after,
            } => self.store.regrade(&old_id, &previous, &row, &after)?,
            Effect::Undo { id, key, previous } => self.store.undo(&id, &key, previous.as_ref())?,
            Effect::SaveCard { key, card } => self.store.save_card(&key, &card)?,
            Effect::Flag { key } => self.store.flag(&key, self.clock.now())?,
            Effect::StartStudy { filter, cram } => self.start_study(&filter, cram)?,
            Effect::Home => self.go_home()?,
            Effect::Quit => self.quit = true,
        }
        Ok(())
    }

    pub fn render(&self, area: Rect, buf: &mut Buffer) {
        if !fits(area) {
            too_small(area, buf, &self.theme);
            return;
        }
        let now = self.clock.now();
        let (actions, fixed): (Vec<Action>, Vec<(&str, &str)>) = match &self.screen {
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
                        ("↑ ↓", "choose a deck"),
                        ("Enter", "study it (All decks: everything due)"),
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
                        ("a-f / 1-6", "pick a choice (multi: toggle)"),
                        ("1-4", "grade after answering: Again Hard Good Easy"),
                    ],
                )
            }
        };
        if self.help {
            HelpView {
                actions: &actions,
                fixed: &fixed,
                keymap: &self.keymap,
                theme: &self.theme,
            }
            .render(area, buf);
        }
    }

    fn draw(&self, frame: &mut Frame<'_>) {
        self.render(frame.area(), frame.buffer_mut());
    }
}

/// Runs the app until the learner quits. Every answer was committed as it was given, so
/// quitting, closing the terminal or a crash loses nothing answered.
pub fn run(mut app: App) -> anyhow::Result<ExitCode> {
    let previous_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        previous_hook(info);
        eprintln!(
            "\nsaa crashed. Every answer you gave before this was already saved.\nPlease report this message to the saa issue tracker."
        );
    }));
    // ratatui::init installs its own hook first in the chain: it restores the terminal
    // before the message above is printed.
    let mut terminal = ratatui::init();
    let result = (|| -> anyhow::Result<()> {
        while !app.quit {
            terminal.draw(|f| app.draw(f))?;
            if event::poll(Duration::from_millis(250))? {
                match event::read()? {
                    Event::Key(k) if k.kind != KeyEventKind::Release => {
                        if let Some(key) = Key::from_event(&k) {
                            app.on_key(key);
                        }
                    }
                    Event::Resize(..) => {}
                    _ => {}
                }
            }
        }
        Ok(())
    })();
    ratatui::restore();
    result?;
    if let Some(message) = app.fatal {
        anyhow::bail!("{message}");
    }
    Ok(ExitCode::SUCCESS)
}
