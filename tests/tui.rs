//! The terminal app without a terminal: keys in, store and screen out. Screens are rendered
//! into a buffer and compared with snapshots at 80x24 and 120x40.

use std::path::PathBuf;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use saa::catalog::Catalog;
use saa::clock::Clock;
use saa::sched::{DayClock, Mode, Rating, SchedConfig, Scheduler};
use saa::store::Store;
use saa::study::Filter;
use saa::tui::Effect;
use saa::tui::app::{App, Screen};
use saa::tui::keymap::{Key, KeyCodeOrd, Keymap};
use saa::tui::theme::Theme;

fn fixture() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/study.toml")
}

fn app() -> App {
    let catalog = Catalog::load_paths(&[fixture()]);
    assert!(catalog.files.iter().all(|f| f.diagnostics.is_empty()));
    app_with(catalog)
}

fn app_with(catalog: Catalog) -> App {
    let scheduler = Scheduler::new(&[], SchedConfig::default(), DayClock::utc(4)).unwrap();
    let clock = Clock::starting_at("2026-11-29T09:00:00Z".parse().unwrap());
    App::new(
        Store::in_memory().unwrap(),
        catalog,
        scheduler,
        Keymap::default(),
        Theme::new(false),
        clock,
        vec![],
    )
    .unwrap()
}

fn key(s: &str) -> Key {
    Key::parse(s).unwrap()
}

fn press(app: &mut App, keys: &[&str]) {
    for k in keys {
        app.on_key(key(k));
    }
}

fn text(app: &App, width: u16, height: u16) -> String {
    let area = Rect::new(0, 0, width, height);
    let mut buf = Buffer::empty(area);
    app.render(area, &mut buf);
    let mut out = String::new();
    for y in 0..height {
        let mut line = String::new();
        let mut skip = 0;
        for x in 0..width {
            if skip > 0 {
                skip -= 1;
                continue;
            }
            let symbol = buf[(x, y)].symbol();
            skip = unicode_width::UnicodeWidthStr::width(symbol).saturating_sub(1);
            line.push_str(symbol);
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

fn study(app: &mut App) -> &mut saa::tui::study::StudyScreen {
    match &mut app.screen {
        Screen::Study(s) => s,
        _ => panic!("not studying"),
    }
}

/// The display letter of the correct choice(s) of the current question.
fn correct_letters(app: &mut App) -> Vec<String> {
    let s = study(app);
    let key = s.current_key().unwrap().clone();
    let order = s.order();
    let library = app_library(app);
    let (_, q) = library.get(&key).unwrap();
    order
        .iter()
        .enumerate()
        .filter(|(_, i)| q.choices()[**i].correct)
        .map(|(pos, _)| ((b'a' + pos as u8) as char).to_string())
        .collect()
}

fn app_library(app: &App) -> std::sync::Arc<saa::deck::Library> {
    app.library.clone()
}

fn current(app: &mut App) -> String {
    study(app)
        .current_key()
        .map(|k| k.question.to_string())
        .unwrap_or_default()
}

#[test]
fn answering_logs_each_answer_at_once_and_regrades_in_place() {
    let mut a = app();
    press(&mut a, &["enter"]);
    assert_eq!(current(&mut a), "single");
    let right = correct_letters(&mut a);
    press(&mut a, &[&right[0], "enter"]);
    // Logged on submit, before any grade is chosen.
    let log = a.store.reviews().unwrap();
    assert_eq!(log.len(), 1);
    assert_eq!(
        (log[0].rating, log[0].correct, log[0].mode),
        (Rating::Good, true, Mode::Study)
    );
    // Easy instead of Good replaces the row.
    press(&mut a, &["4"]);
    let log = a.store.reviews().unwrap();
    assert_eq!(log.len(), 1);
    assert_eq!(log[0].rating, Rating::Easy);
    assert_eq!(current(&mut a), "multi");
}

#[test]
fn multi_response_needs_the_asked_number_and_wrong_is_again() {
    let mut a = app();
    press(&mut a, &["enter", "a", "enter", "enter"]);
    assert_eq!(current(&mut a), "multi");
    let right = correct_letters(&mut a);
    press(&mut a, &[&right[0], "enter"]);
    assert!(text(&a, 80, 24).contains("Select exactly 2 choices (1 selected)."));
    assert_eq!(a.store.reviews().unwrap().len(), 1);
    // Pick one right and one wrong.
    let wrong = ["a", "b", "c", "d"]
        .into_iter()
        .find(|l| !right.contains(&l.to_string()))
        .unwrap();
    press(&mut a, &[wrong, "enter"]);
    let log = a.store.reviews().unwrap();
    assert_eq!((log[1].rating, log[1].correct), (Rating::Again, false));
    // A wrong answer cannot be graded Good.
    press(&mut a, &["3"]);
    assert!(text(&a, 80, 24).contains("A wrong answer is graded Again"));
    press(&mut a, &["enter"]);
    assert_eq!(current(&mut a), "card");
}

#[test]
fn undo_removes_the_answer_and_shows_the_same_order() {
    let mut a = app();
    press(&mut a, &["enter"]);
    let order_before = study(&mut a).order();
    let right = correct_letters(&mut a);
    press(&mut a, &[&right[0], "enter", "enter"]);
    assert_eq!(current(&mut a), "multi");
    press(&mut a, &["u"]);
    assert_eq!(current(&mut a), "single");
    assert_eq!(study(&mut a).order(), order_before);
    assert!(a.store.reviews().unwrap().is_empty());
    assert!(a.store.cards().unwrap().is_empty());
}

#[test]
fn cards_reveal_and_self_grade_and_typed_answers_check() {
    let mut a = app();
    let filter = Filter {
        topics: vec!["lambda".into()],
        ..Filter::default()
    };
    a.start_study(&filter, false).unwrap();
    press(&mut a, &["b"]); // bury "single" (no choice B pressed: letters pick choices...)
    // ...on a question with choices, b picks choice B rather than burying.
    assert_eq!(current(&mut a), "single");
    press(&mut a, &["ctrl-b"]);
    assert_eq!(current(&mut a), "multi");
    assert!(
        a.store
            .cards()
            .unwrap()
            .values()
            .any(|c| c.buried_until.is_some())
    );
    press(&mut a, &["ctrl-s"]);
    assert_eq!(current(&mut a), "card");
    assert!(a.store.cards().unwrap().values().any(|c| c.suspended));
    press(&mut a, &["space"]);
    assert!(text(&a, 80, 24).contains("900 seconds (15 minutes)."));
    press(&mut a, &["2"]);
    assert_eq!(a.store.reviews().unwrap()[0].rating, Rating::Hard);
    assert_eq!(current(&mut a), "typed");
    // Letters type into the answer instead of triggering actions.
    for c in "9 0 0".split(' ') {
        press(&mut a, &[c]);
    }
    press(&mut a, &["u", "backspace", "enter"]);
    let log = a.store.reviews().unwrap();
    assert_eq!((log[1].correct, log[1].picked.as_str()), (true, "\"900\""));
}

#[test]
fn cram_logs_without_scheduling() {
    let mut a = app();
    a.start_study(&Filter::default(), true).unwrap();
    let right = correct_letters_or_reveal(&mut a);
    press(
        &mut a,
        &right.iter().map(String::as_str).collect::<Vec<_>>(),
    );
    let log = a.store.reviews().unwrap();
    assert_eq!(log[0].mode, Mode::Cram);
    assert!(a.store.cards().unwrap().is_empty());
}

fn correct_letters_or_reveal(a: &mut App) -> Vec<String> {
    let key = study(a).current_key().unwrap().clone();
    let kind = a.library.get(&key).unwrap().1.kind();
    match kind {
        saa::deck::Kind::Card => vec!["space".into(), "3".into()],
        saa::deck::Kind::Typed => vec!["9".into(), "0".into(), "0".into(), "enter".into()],
        _ => {
            let mut keys = correct_letters(a);
            keys.push("enter".into());
            keys
        }
    }
}

#[test]
fn the_screen_returns_effects_without_touching_the_store() {
    let mut a = app();
    press(&mut a, &["enter"]);
    let right = correct_letters(&mut a);
    let ctx = saa::tui::Ctx {
        now: "2026-11-29T09:00:10Z".parse().unwrap(),
        fresh_id: "id-1".into(),
    };
    let keymap = Keymap::default();
    let s = study(&mut a);
    assert_eq!(s.handle(key(&right[0]), &keymap, &ctx), None);
    match s.handle(key("enter"), &keymap, &ctx) {
        Some(Effect::Record { row }) => {
            assert_eq!(row.id, "id-1");
            // The question was shown a moment after 09:00:00 on the running clock.
            assert!(
                (9_000..=10_000).contains(&row.elapsed_ms),
                "{}",
                row.elapsed_ms
            );
            assert!(row.due.is_some());
        }
        other => panic!("{other:?}"),
    }
    assert!(a.store.reviews().unwrap().is_empty(), "screens do no I/O");
}

#[test]
fn help_lists_the_live_keys_and_overrides_show_in_hints() {
    let mut o = std::collections::BTreeMap::new();
    o.insert("undo".to_string(), "ctrl-z".to_string());
    let mut a = app();
    a.keymap = Keymap::with_overrides(&o).unwrap();
    press(&mut a, &["enter"]);
    assert!(text(&a, 120, 40).contains("ctrl-z undo"));
    press(&mut a, &["?"]);
    let screen = text(&a, 80, 24);
    assert!(
        screen.contains("Keys") && screen.contains("ctrl-z") && screen.contains("pick a choice"),
        "{screen}"
    );
    // b picks choice B on a question, so bury is listed under its other key.
    assert!(
        screen.contains("ctrl-b") && screen.contains("bury"),
        "{screen}"
    );
    assert!(!screen.contains("  b            bury"), "{screen}");
    press(&mut a, &["x"]);
    assert!(!text(&a, 80, 24).contains(" Keys "));
}

#[test]
fn scrolling_reaches_the_end_of_a_long_scenario() {
    let mut a = app();
    a.start_study(
        &Filter {
            topics: vec!["dynamodb".into()],
            ..Filter::default()
        },
        false,
    )
    .unwrap();
    let top = text(&a, 80, 24);
    assert!(top.contains("↓"));
    assert!(!top.contains("Move the data to an Amazon RDS for MySQL"));
    press(&mut a, &["pgdn"]);
    let bottom = text(&a, 80, 24);
    assert!(
        bottom.contains("Move the data to an Amazon RDS for MySQL"),
        "{bottom}"
    );
}

mod snapshots {
    use super::*;

    fn both(name: &str, a: &App) {
        insta::assert_snapshot!(format!("{name}_80x24"), text(a, 80, 24));
        insta::assert_snapshot!(format!("{name}_120x40"), text(a, 120, 40));
    }

    fn start(topic: &str) -> App {
        let mut a = app();
        a.start_study(
            &Filter {
                topics: vec![topic.into()],
                ..Filter::default()
            },
            false,
        )
        .unwrap();
        a
    }

    #[test]
    fn home() {
        both("home", &app());
    }

    #[test]
    fn question_and_feedback() {
        let mut a = app();
        press(&mut a, &["enter", "a"]);
        both("question", &a);
        press(&mut a, &["enter"]);
        both("feedback", &a);
    }

    #[test]
    fn multi_response() {
        let mut a = start("pricing");
        press(&mut a, &["a"]);
        both("multi", &a);
    }

    #[test]
    fn flashcard_and_typed() {
        let mut a = app();
        a.start_study(
            &Filter {
                topics: vec!["lambda".into()],
                ..Filter::default()
            },
            false,
        )
        .unwrap();
        press(&mut a, &["ctrl-b", "ctrl-b"]);
        both("flashcard", &a);
        press(&mut a, &["space"]);
        both("flashcard_revealed", &a);
        press(&mut a, &["3", "1", "5"]);
        both("typed", &a);
    }

    #[test]
    fn long_scenario_scrolled() {
        let mut a = start("dynamodb");
        press(&mut a, &["j", "j", "j"]);
        both("long_scrolled", &a);
    }

    #[test]
    fn korean() {
        let a = start("cognito");
        both("korean", &a);
    }

    #[test]
    fn too_small() {
        insta::assert_snapshot!("too_small_60x20", text(&app(), 60, 20));
    }
}

#[test]
fn deck_text_cannot_reach_the_terminal_as_escapes() {
    // Validated decks never carry control characters; the renderer neutralises any that
    // arrive from elsewhere, so the buffer never holds ESC.
    let mut a = app();
    press(&mut a, &["enter"]);
    let screen = text(&a, 120, 40);
    assert!(!screen.contains('\u{1b}'));
    let _ = KeyCodeOrd::Enter;
}

mod exam {
    use super::*;
    use saa::tui::app::ExamOptions;
    use saa::tui::exam::Stage;

    fn exam_app() -> App {
        let mut a = app();
        a.new_exam(&ExamOptions {
            questions: 4,
            minutes: 10,
            seed: Some(7),
            ..ExamOptions::default()
        })
        .unwrap();
        a
    }

    fn screen(a: &mut App) -> &mut saa::tui::exam::ExamScreen {
        match &mut a.screen {
            Screen::Exam(e) => e,
            _ => panic!("not in an exam"),
        }
    }

    #[test]
    fn the_same_seed_draws_the_same_exam() {
        let mut a = exam_app();
        let mut b = exam_app();
        let keys = |x: &mut App| {
            screen(x)
                .session
                .items
                .iter()
                .map(|i| (i.key.to_string(), i.order.clone()))
                .collect::<Vec<_>>()
        };
        assert_eq!(keys(&mut a), keys(&mut b));
        assert_eq!(screen(&mut a).session.items.len(), 4);
    }

    #[test]
    fn answers_are_saved_as_given_and_resume_where_they_stopped() {
        let mut a = exam_app();
        press(&mut a, &["enter", "a", "n", "m"]);
        let saved = a.store.open_exam().unwrap().expect("saved when started");
        assert_eq!(saved.session.current, 1);
        assert_eq!(saved.session.flagged, vec![false, true, false, false]);
        assert_eq!(saved.session.answered_count(), 1);
        // Another app on the same store (as after a crash) resumes at the same question.
        let mut b = app();
        b.store = std::mem::replace(&mut a.store, Store::in_memory().unwrap());
        assert!(b.resume_exam().unwrap());
        assert_eq!(screen(&mut b).session.current, 1);
        assert_eq!(screen(&mut b).stage, Stage::Taking);
    }

    #[test]
    fn the_exam_submits_itself_at_zero_and_feeds_study() {
        let mut a = exam_app();
        press(&mut a, &["enter", "a"]);
        let later: jiff::Timestamp = "2026-11-29T09:30:00Z".parse().unwrap();
        let effect = screen(&mut a).tick(later).expect("time ran out");
        a.apply(effect).unwrap();
        assert_eq!(screen(&mut a).stage, Stage::Results);
        let history = a.store.exam_history().unwrap();
        assert_eq!(history.len(), 1);
        assert_eq!(history[0].questions, 4);
        // Only the one answer given is logged: the three questions left blank are not
        // reviews and leave no card behind.
        let log = a.store.reviews().unwrap();
        assert_eq!(log.len(), 1);
        assert_eq!(log[0].mode, Mode::Exam);
        assert_eq!(log[0].rating == Rating::Again, !log[0].correct);
        assert_eq!(a.store.cards().unwrap().len(), 1);
        assert_eq!(history[0].answered, 1);
        assert!(a.store.open_exam().unwrap().is_none());
    }

    #[test]
    fn a_multi_response_with_too_few_picks_is_incomplete() {
        use saa::tui::exam::ItemStatus;
        let mut a = exam_app();
        press(&mut a, &["enter"]);
        let s = screen(&mut a);
        let i = (0..s.session.items.len())
            .find(|&i| s.required(i) == 2)
            .expect("the fixture exam has a multi-response question");
        assert_eq!(s.status(i), ItemStatus::Unanswered);
        s.session.answers[i].insert(0);
        assert_eq!(s.status(i), ItemStatus::Incomplete);
        assert_eq!(s.with_status(ItemStatus::Incomplete), vec![i]);
        s.session.answers[i].insert(1);
        assert_eq!(s.status(i), ItemStatus::Answered);
        s.session.answers[i].remove(&1);
        press(&mut a, &["s"]);
        let dialog = text(&a, 80, 24);
        assert!(
            dialog.contains(&format!("Incomplete, too few picks (1): {}", i + 1)),
            "{dialog}"
        );
    }

    #[test]
    fn results_start_a_study_session_of_the_misses() {
        let mut a = exam_app();
        // Answer the first question with its first choice, leave the rest blank, submit.
        press(&mut a, &["enter", "a", "s", "y"]);
        let missed: Vec<_> = {
            let s = screen(&mut a);
            (0..s.session.items.len())
                .filter(|&i| !s.is_correct(i))
                .map(|i| s.session.items[i].key.clone())
                .collect()
        };
        assert!(missed.len() >= 3, "{missed:?}");
        press(&mut a, &["s"]);
        let Screen::Study(study) = &a.screen else {
            panic!("not studying")
        };
        let mut queued: Vec<_> = study.queued_keys();
        queued.sort();
        let mut missed = missed;
        missed.sort();
        assert_eq!(queued, missed);
    }

    #[test]
    fn results_show_the_trend_across_attempts() {
        let mut a = exam_app();
        press(&mut a, &["enter", "s", "y"]);
        assert!(
            !text(&a, 120, 40).contains("Trend"),
            "one attempt has no trend"
        );
        press(&mut a, &["esc"]);
        a.new_exam(&ExamOptions {
            questions: 4,
            minutes: 10,
            seed: Some(8),
            ..ExamOptions::default()
        })
        .unwrap();
        press(&mut a, &["enter", "a", "s", "y"]);
        let results = text(&a, 120, 60);
        assert!(
            results.contains("Trend over your last 2 attempts"),
            "{results}"
        );
        let score_row = results
            .lines()
            .find(|l| l.trim_start().starts_with("score "))
            .unwrap_or_else(|| panic!("no score row:\n{results}"));
        let scores: Vec<&str> = score_row.split_whitespace().skip(1).collect();
        assert_eq!(scores.len(), 2);
        assert_eq!(scores[0], "100", "the blank attempt scored the minimum");
    }

    #[test]
    fn results_show_the_time_spent_on_each_question() {
        let mut a = exam_app();
        press(&mut a, &["enter"]);
        let t0 = screen(&mut a).started_at;
        let at = |secs: i64| t0 + jiff::SignedDuration::from_secs(secs);
        screen(&mut a).tick(at(0));
        screen(&mut a).tick(at(150));
        press(&mut a, &["n"]);
        screen(&mut a).tick(at(180));
        assert_eq!(&screen(&mut a).session.time_ms[..2], &[150_000, 30_000]);
        press(&mut a, &["s", "y"]);
        let results = text(&a, 120, 40);
        assert!(
            results.contains(
                "Time per question: average 0:45 (exam pace 2:00); longest: Q1 2:30, Q2 0:30"
            ),
            "{results}"
        );
    }

    #[test]
    fn the_exam_footer_at_80x24_keeps_the_submit_key() {
        let mut a = exam_app();
        press(&mut a, &["enter"]);
        let screen = text(&a, 80, 24);
        let footer = screen.lines().last().unwrap_or_default().to_string();
        assert!(footer.contains("s submit exam"), "{footer}");
        assert!(footer.contains("Esc back"), "{footer}");
    }

    #[test]
    fn a_blank_exam_changes_no_figure() {
        let mut a = exam_app();
        let before = a.home_data().unwrap();
        press(&mut a, &["enter", "s", "y"]);
        assert_eq!(screen(&mut a).stage, Stage::Results);
        let after = a.home_data().unwrap();
        assert_eq!(after.mastery, before.mastery);
        assert!(after.mastery.iter().all(|(_, m, _)| *m == 0.0));
        assert_eq!((after.reviewed_today, after.correct_today), (0, 0));
        assert!(a.store.cards().unwrap().is_empty());
        assert!(a.store.reviews().unwrap().is_empty());
        a.show_stats().unwrap();
        let Screen::Stats(stats) = &a.screen else {
            panic!("not on the stats screen")
        };
        let r = &stats.report;
        assert_eq!(r.readiness.scaled_score, None);
        assert_eq!((r.cards.learning, r.due.now), (0, 0));
        assert_eq!(r.exams.len(), 1);
        assert_eq!(r.exams[0].answered, 0);
    }

    #[test]
    fn leaving_keeps_the_exam_and_abandoning_ends_it() {
        let mut a = exam_app();
        press(&mut a, &["enter", "q", "y"]);
        assert!(matches!(a.screen, Screen::Home(_)));
        assert!(a.store.open_exam().unwrap().is_some());
        assert!(text(&a, 100, 30).contains("Unfinished mock exam: 0/4 answered"));
        press(&mut a, &["e", "q", "a"]);
        assert!(a.store.open_exam().unwrap().is_none());
    }

    #[test]
    fn snapshots_of_the_exam_screens() {
        let mut a = exam_app();
        insta::assert_snapshot!("exam_intro_80x24", text(&a, 80, 24));
        press(&mut a, &["enter", "a"]);
        let question = text(&a, 80, 24);
        assert!(
            question.contains("Question 1 of 4") && question.contains("0:10:00 left")
                || question.contains("0:09:59 left"),
            "{question}"
        );
        press(&mut a, &["m", "g"]);
        insta::assert_snapshot!(
            "exam_navigator_80x24",
            text(&a, 80, 24).replace("0:09:59", "0:10:00")
        );
        press(&mut a, &["esc", "s"]);
        insta::assert_snapshot!(
            "exam_confirm_80x24",
            text(&a, 80, 24).replace("0:09:59", "0:10:00")
        );
        press(&mut a, &["y"]);
        let results = text(&a, 120, 40);
        // The time used depends on how fast the test ran; blank it.
        let results = match results.find("time used ") {
            Some(i) => format!("{}time used H:MM:SS{}", &results[..i], &results[i + 17..]),
            None => results,
        };
        insta::assert_snapshot!("exam_results_120x40", results);
        press(&mut a, &["w", "enter"]);
        let review = text(&a, 120, 40);
        assert!(
            review.contains(" of 4 · ") && review.contains("✓"),
            "{review}"
        );
    }

    #[test]
    fn stats_screen_opens_from_home() {
        let mut a = app();
        press(&mut a, &["t"]);
        assert!(matches!(a.screen, Screen::Stats(_)));
        let screen = text(&a, 80, 24);
        assert!(screen.contains("Esc back"), "{screen}");
        press(&mut a, &["esc"]);
        assert!(matches!(a.screen, Screen::Home(_)));
    }
}

#[test]
fn stats_screen_snapshots() {
    let mut a = app();
    press(&mut a, &["enter"]);
    let right = correct_letters(&mut a);
    press(
        &mut a,
        &[&right[0], "enter", "enter", "a", "b", "enter", "enter"],
    );
    press(&mut a, &["esc", "t"]);
    insta::assert_snapshot!("stats_80x24", text(&a, 80, 24));
    insta::assert_snapshot!("stats_120x40", text(&a, 120, 40));
}

#[test]
fn decks_screen_lists_sources_counts_and_broken_files() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(fixture(), dir.path().join("study.toml")).unwrap();
    std::fs::write(
        dir.path().join("broken.toml"),
        "[deck]\nid = \"Bad Id\"\ntitle = \"x\"\n",
    )
    .unwrap();
    let mut a = app_with(Catalog::load_paths(&[dir.path().to_path_buf()]));
    // The home screen warns about the broken file...
    assert!(text(&a, 100, 30).contains("broken.toml:2"));
    press(&mut a, &["d"]);
    let screen = text(&a, 120, 40);
    // ...and the decks screen shows the loaded deck's counts and source, and the problem.
    assert!(
        screen.contains("fixture") && screen.contains("study.toml"),
        "{screen}"
    );
    assert!(
        screen.contains("      6      3     1    1     1"),
        "{screen}"
    );
    assert!(
        screen.contains("deck id `Bad Id` must be 1 to 64 characters"),
        "{screen}"
    );
    press(&mut a, &["esc"]);
    assert!(matches!(a.screen, Screen::Home(_)));
}

#[test]
fn a_past_exam_can_be_reviewed_from_history() {
    let mut a = app();
    a.new_exam(&saa::tui::app::ExamOptions {
        questions: 3,
        minutes: 10,
        seed: Some(3),
        ..Default::default()
    })
    .unwrap();
    press(&mut a, &["enter", "a", "s", "y", "esc"]);
    assert!(matches!(a.screen, Screen::Home(_)));
    press(&mut a, &["h"]);
    let list = text(&a, 80, 24);
    assert!(
        list.contains("Mock exam history") && list.contains("2026-11-29 09:00"),
        "{list}"
    );
    press(&mut a, &["enter"]);
    let results = text(&a, 120, 40);
    assert!(
        results.contains("Mock exam results") && results.contains("Raw score"),
        "{results}"
    );
    press(&mut a, &["r", "enter"]);
    assert!(text(&a, 120, 40).contains("Question 1 of 3"));
    // A finished exam stays finished: nothing can be changed in review.
    press(&mut a, &["esc", "esc", "esc"]);
    assert_eq!(a.store.exam_history().unwrap().len(), 1);
    assert!(a.store.open_exam().unwrap().is_none());
}

#[test]
fn an_empty_session_says_why_and_what_to_do() {
    let mut a = app();
    a.start_study(
        &Filter {
            decks: vec!["no-such-deck".into()],
            ..Filter::default()
        },
        false,
    )
    .unwrap();
    let screen = text(&a, 80, 24);
    assert!(
        screen.contains("Nothing to study right now") && screen.contains("Cram"),
        "{screen}"
    );
}

#[test]
fn regrading_in_cram_changes_the_log_but_no_card() {
    let mut a = app();
    a.start_study(
        &Filter {
            topics: vec!["dynamodb".into()],
            ..Filter::default()
        },
        true,
    )
    .unwrap();
    let right = correct_letters(&mut a);
    press(&mut a, &[&right[0], "enter", "4"]);
    let log = a.store.reviews().unwrap();
    assert_eq!(log.len(), 1);
    assert_eq!((log[0].rating, log[0].mode), (Rating::Easy, Mode::Cram));
    assert!(a.store.cards().unwrap().is_empty());
}

#[test]
fn next_due_speaks_of_the_sessions_own_selection() {
    let topic = |t: &str| Filter {
        topics: vec![t.into()],
        ..Filter::default()
    };
    let mut a = app();
    // A dynamodb question missed: due again in minutes.
    a.start_study(&topic("dynamodb"), false).unwrap();
    let right = correct_letters(&mut a);
    let wrong = ["a", "b", "c", "d"]
        .into_iter()
        .find(|l| !right.iter().any(|r| r == l))
        .unwrap();
    press(&mut a, &[wrong, "enter", "enter", "q"]);
    // A cognito question answered Easy: due in days. Its session's summary must not speak
    // of the dynamodb question.
    a.start_study(&topic("cognito"), false).unwrap();
    let right = correct_letters(&mut a);
    press(&mut a, &[&right[0], "enter", "4"]);
    let summary = text(&a, 80, 24);
    assert!(summary.contains("Next question due in"), "{summary}");
    assert!(summary.contains("days."), "{summary}");
}

#[test]
fn keys_do_nothing_while_the_terminal_is_too_small() {
    let mut a = app();
    a.size = (60, 20);
    // Enter would start studying, q would quit: neither may happen unseen.
    press(&mut a, &["enter", "a", "enter", "q", "esc"]);
    assert!(matches!(a.screen, Screen::Home(_)));
    assert!(!a.quit);
    assert!(a.store.reviews().unwrap().is_empty());
    // Back to a usable size, keys work again.
    a.size = (80, 23);
    press(&mut a, &["enter"]);
    assert!(matches!(a.screen, Screen::Study(_)));
}

#[test]
fn every_screen_fits_80x23_as_under_tmux() {
    let mut a = app();
    let check = |a: &App, what: &str| {
        let screen = text(a, 80, 23);
        assert!(!screen.contains("too small"), "{what}:\n{screen}");
    };
    check(&a, "home");
    press(&mut a, &["enter"]);
    check(&a, "study");
    press(&mut a, &["a", "enter"]);
    check(&a, "feedback");
    press(&mut a, &["esc", "esc"]);
    a.show_stats().unwrap();
    check(&a, "stats");
    a.apply(saa::tui::Effect::Browse).unwrap();
    check(&a, "browser");
}

#[test]
fn esc_on_home_does_not_quit_but_q_does() {
    let mut a = app();
    press(&mut a, &["esc"]);
    assert!(!a.quit && matches!(a.screen, Screen::Home(_)));
    press(&mut a, &["q"]);
    assert!(a.quit);
}

#[test]
fn home_shows_the_exam_countdown_and_todays_plan() {
    let mut a = app();
    assert!(!text(&a, 80, 24).contains("D-"));
    let plan = saa::sched::ExamPlan::new("2027-01-20".parse().unwrap());
    let scheduler = Scheduler::new(&[], SchedConfig::default(), DayClock::utc(4))
        .unwrap()
        .with_plan(Some(plan));
    a.scheduler = std::sync::Arc::new(scheduler);
    press(&mut a, &["enter", "q"]);
    let home = text(&a, 80, 24);
    assert!(home.contains("Exam 2027-01-20 (D-52)"), "{home}");
    assert!(home.contains("today's plan: 1 new"), "{home}");
    assert!(!home.contains("mock exam is due"), "D-52: too early");
    // Ten days before: the D-14 mock is due until one is taken.
    let near = saa::sched::ExamPlan::new("2026-12-09".parse().unwrap());
    let scheduler = Scheduler::new(&[], SchedConfig::default(), DayClock::utc(4))
        .unwrap()
        .with_plan(Some(near));
    a.scheduler = std::sync::Arc::new(scheduler);
    press(&mut a, &["enter", "q"]);
    let home = text(&a, 120, 24);
    assert!(home.contains("a full mock exam is due (D-14)"), "{home}");
}

#[test]
fn a_translated_question_shows_in_the_learners_language_and_english_is_one_key_away() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let catalog = Catalog::load_paths(&[fixture(), root.join("ko/fixture.ko.toml")]);
    assert_eq!(
        catalog.translations.len(),
        1,
        "{:?}",
        catalog.files.iter().map(|f| f.render()).collect::<Vec<_>>()
    );
    let mut a = app_with(catalog);
    a.language = Some("ko".into());
    a.start_study(
        &Filter {
            only: Some(
                ["single", "typed"]
                    .iter()
                    .map(|q| saa::deck::QuestionKey {
                        deck: saa::deck::Id::parse("fixture").unwrap(),
                        question: saa::deck::Id::parse(q).unwrap(),
                    })
                    .collect(),
            ),
            ..Filter::default()
        },
        false,
    )
    .unwrap();
    // Find the translated single-answer question.
    while current(&mut a) != "single" {
        let right = correct_letters_or_reveal(&mut a);
        press(&mut a, &[&right[0], "enter", "enter"]);
    }
    let screen = text(&a, 100, 30);
    assert!(screen.contains("야간 작업이 약 25분"), "{screen}");
    assert!(screen.contains("l English"), "{screen}");
    press(&mut a, &["l"]);
    let screen = text(&a, 100, 30);
    assert!(screen.contains("A nightly job runs"), "{screen}");
    press(&mut a, &["l"]);
    assert!(text(&a, 100, 30).contains("야간 작업"));
}

#[test]
fn undo_after_bury_or_suspend_takes_that_back() {
    let mut a = app();
    press(&mut a, &["enter"]);
    let first = current(&mut a);
    press(&mut a, &["ctrl-b"]);
    assert_ne!(current(&mut a), first, "buried: the next question is shown");
    let buried = a.store.cards().unwrap();
    assert!(buried.values().any(|c| c.buried_until.is_some()));
    press(&mut a, &["u"]);
    assert_eq!(current(&mut a), first, "the buried question is back");
    assert!(
        a.store
            .cards()
            .unwrap()
            .values()
            .all(|c| c.buried_until.is_none() && !c.suspended),
        "and no longer buried in the store"
    );
    assert!(
        a.store.reviews().unwrap().is_empty(),
        "no answer was undone by mistake"
    );
}

#[test]
fn the_bundled_serverless_decks_study_in_korean() {
    let mut a = app_with(Catalog::load(&[]));
    a.language = Some("ko".into());
    for deck in ["lambda", "dynamodb", "cognito"] {
        a.start_study(
            &Filter {
                decks: vec![deck.into()],
                ..Filter::default()
            },
            true,
        )
        .unwrap();
        let screen = text(&a, 100, 30);
        let hangul = screen
            .chars()
            .filter(|c| ('\u{ac00}'..='\u{d7af}').contains(c))
            .count();
        assert!(hangul > 20, "{deck}: {screen}");
        press(&mut a, &["l"]);
        let english = text(&a, 100, 30);
        let hangul = english
            .chars()
            .filter(|c| ('\u{ac00}'..='\u{d7af}').contains(c))
            .count();
        assert!(hangul < 5, "{deck} in English: {english}");
        press(&mut a, &["esc"]);
    }
}

#[test]
fn the_browser_finds_a_question_shows_its_schedule_and_suspends_it() {
    let mut a = app();
    // Answer one question so it has a schedule and history.
    press(&mut a, &["enter"]);
    let first = current(&mut a);
    let right = correct_letters_or_reveal(&mut a);
    press(&mut a, &[&right[0], "enter", "enter", "esc"]);
    press(&mut a, &["b"]);
    let screen = text(&a, 100, 30);
    assert!(
        screen.contains("Browse") && screen.contains("6 of 6"),
        "{screen}"
    );
    // Search by id.
    press(&mut a, &["/"]);
    for c in first.chars() {
        press(&mut a, &[&c.to_string()]);
    }
    press(&mut a, &["enter"]);
    let screen = text(&a, 100, 30);
    assert!(screen.contains(&format!("fixture/{first}")), "{screen}");
    assert!(
        screen.contains("Latest answers") && screen.contains("stability"),
        "{screen}"
    );
    // Suspend it from here; the store follows.
    press(&mut a, &["s"]);
    assert!(a.store.cards().unwrap().values().any(|c| c.suspended));
    // The suspended filter finds it.
    press(&mut a, &["esc"]);
    press(&mut a, &["b", "f", "f", "f", "f"]);
    let screen = text(&a, 100, 30);
    assert!(
        screen.contains("filter: suspended") && screen.contains("1 of 6"),
        "{screen}"
    );
    press(&mut a, &["esc"]);
    assert!(matches!(a.screen, Screen::Home(_)));
}

#[test]
fn the_exam_date_is_booked_and_cleared_from_the_app() {
    let mut a = app();
    assert!(text(&a, 80, 24).contains("No exam date set: p plans for one."));
    press(&mut a, &["p"]);
    assert!(matches!(a.screen, Screen::Plan(_)));
    // A date that is not ahead is refused with a reason, and nothing is stored.
    for k in "2026-11-01".chars() {
        press(&mut a, &[&k.to_string()]);
    }
    press(&mut a, &["enter"]);
    let refused = text(&a, 80, 24);
    assert!(refused.contains("is not after today"), "{refused}");
    assert!(a.store.exam_plan().unwrap().is_none());
    for _ in 0..10 {
        press(&mut a, &["backspace"]);
    }
    for k in "2027-01-20".chars() {
        press(&mut a, &[&k.to_string()]);
    }
    press(&mut a, &["enter"]);
    let screen = text(&a, 80, 24);
    assert!(screen.contains("Plan saved"), "{screen}");
    assert!(screen.contains("Exam 2027-01-20 (D-52)"), "{screen}");
    assert!(screen.contains("6 questions not yet seen"), "{screen}");
    let stored = a.store.exam_plan().unwrap().unwrap();
    assert_eq!(stored.exam_date.to_string(), "2027-01-20");
    assert_eq!(
        a.scheduler.plan().map(|p| p.exam_date.to_string()),
        Some("2027-01-20".to_string()),
        "the app schedules for the new plan at once"
    );
    press(&mut a, &["esc"]);
    assert!(text(&a, 100, 30).contains("Exam 2027-01-20 (D-52)"));
    press(&mut a, &["p", "x"]);
    assert!(a.store.exam_plan().unwrap().is_none());
    assert!(a.scheduler.plan().is_none());
    assert!(text(&a, 80, 24).contains("Plan cleared"));
}

#[test]
fn the_flag_key_reports_a_question_and_takes_the_report_back() {
    let mut a = app();
    press(&mut a, &["enter"]);
    let key = study(&mut a).current_key().unwrap().clone();
    // ! asks why (optional); keys go into the reason, not to the question's choices.
    press(&mut a, &["!"]);
    assert!(text(&a, 80, 24).contains("Why is it faulty?"));
    press(&mut a, &["a", "?", "esc"]);
    assert!(a.store.flagged().unwrap().is_empty(), "Esc cancels");
    assert!(text(&a, 80, 24).contains("Not flagged"));
    press(
        &mut a,
        &[
            "!", "w", "r", "o", "n", "g", "space", "a", "r", "n", "enter",
        ],
    );
    assert_eq!(a.store.flagged().unwrap().len(), 1);
    assert_eq!(
        a.store.flag_reasons().unwrap().get(&key).unwrap(),
        "wrong arn"
    );
    assert!(text(&a, 80, 24).contains("Flagged as faulty"));
    // Had "a" reached the question, Enter would now submit choice A.
    press(&mut a, &["enter"]);
    assert!(
        a.store.reviews().unwrap().is_empty(),
        "no choice was picked while typing"
    );
    press(&mut a, &["!"]);
    assert!(a.store.flagged().unwrap().is_empty(), "taken back");
    assert!(a.store.flag_reasons().unwrap().is_empty());
    assert!(text(&a, 80, 24).contains("report is taken back"));
    // Without a reason, Enter flags all the same.
    press(&mut a, &["!", "enter"]);
    assert_eq!(a.store.flagged().unwrap().len(), 1);
    assert!(a.store.flag_reasons().unwrap().is_empty());
    press(&mut a, &["!"]);
    // A report from an earlier session is known to the next one: one press takes it back.
    press(&mut a, &["!", "enter", "esc", "enter"]);
    assert_eq!(study(&mut a).current_key().unwrap(), &key);
    press(&mut a, &["!"]);
    assert!(a.store.flagged().unwrap().is_empty());
}

#[test]
fn a_typed_answer_judged_wrong_can_be_overruled_as_right() {
    let mut a = app();
    a.start_study(
        &Filter {
            topics: vec!["lambda".into()],
            ..Filter::default()
        },
        false,
    )
    .unwrap();
    // Past the two flashcards (the first graded Good) to the typed question.
    press(&mut a, &["ctrl-b", "ctrl-b", "space", "3"]);
    press(&mut a, &["f", "i", "f", "t", "e", "e", "n", "enter"]);
    let screen = text(&a, 80, 24);
    assert!(screen.contains("o I was right"), "{screen}");
    let before = a.store.reviews().unwrap();
    assert_eq!(before.len(), 2);
    assert!(!before[1].correct);
    press(&mut a, &["o"]);
    let after = a.store.reviews().unwrap();
    assert_eq!(after.len(), 2, "the wrong answer is replaced, not added to");
    assert!(after[1].correct);
    assert_eq!(after[1].rating, Rating::Good);
    assert_eq!(after[1].picked, before[1].picked, "what was typed is kept");
    assert!(text(&a, 80, 24).contains("Counted as right"));
}

#[test]
fn the_decks_screen_names_the_real_folder_for_your_own_decks() {
    let mut a = app();
    a.decks.folder = Some("/home/learner/.local/share/saa/decks".into());
    press(&mut a, &["d"]);
    let screen = text(&a, 120, 40);
    assert!(
        screen.contains("Add your own decks to /home/learner/.local/share/saa/decks"),
        "{screen}"
    );
}

#[test]
fn the_browser_buries_until_tomorrow_and_lifts_it() {
    let mut a = app();
    press(&mut a, &["b"]);
    assert!(matches!(a.screen, Screen::Browser(_)));
    press(&mut a, &["b"]);
    let cards = a.store.cards().unwrap();
    let buried: Vec<_> = cards.values().filter_map(|c| c.buried_until).collect();
    assert_eq!(buried.len(), 1, "one question buried");
    // The app's clock starts at 09:00 UTC; the next study day starts at 04:00.
    assert_eq!(buried[0].to_string(), "2026-11-30T04:00:00Z");
    assert!(text(&a, 100, 30).contains("buried until tomorrow"));
    press(&mut a, &["b"]);
    assert!(
        a.store
            .cards()
            .unwrap()
            .values()
            .all(|c| c.buried_until.is_none())
    );
}

#[test]
fn the_browser_forgets_a_question_after_asking() {
    let mut a = app();
    press(&mut a, &["enter"]);
    let key = study(&mut a).current_key().unwrap().clone();
    let right = correct_letters(&mut a);
    press(&mut a, &[&right[0], "enter", "enter", "esc", "b", "/"]);
    for c in key.question.as_str().chars() {
        press(&mut a, &[&c.to_string()]);
    }
    press(&mut a, &["enter"]);
    assert!(a.store.card(&key).unwrap().reps > 0);
    // x asks first; any other key keeps the question as it is.
    press(&mut a, &["x"]);
    assert!(text(&a, 100, 30).contains("y forgets"));
    press(&mut a, &["n"]);
    assert!(a.store.card(&key).unwrap().reps > 0);
    let before = a.store.card(&key).unwrap();
    press(&mut a, &["x", "y"]);
    let card = a.store.card(&key).unwrap();
    assert_eq!(card.reps, 0, "new again: {card:?}");
    assert_eq!(
        a.store.reviews().unwrap().len(),
        1,
        "the answer stays in the log"
    );
    // u right after brings the schedule back, and the hint bar offers it only then.
    assert!(
        text(&a, 100, 30).contains("u undo"),
        "{}",
        text(&a, 100, 30)
    );
    press(&mut a, &["u"]);
    assert_eq!(a.store.card(&key).unwrap(), before);
    assert!(text(&a, 100, 30).contains("schedule is back"));
    assert!(!text(&a, 100, 30).contains("u undo"));
}

#[test]
fn the_browser_filters_buried_and_recently_missed_questions() {
    let mut a = app();
    press(&mut a, &["enter"]);
    let missed = study(&mut a).current_key().unwrap().clone();
    let right = correct_letters(&mut a);
    // A wrong answer: any choice that is not a right one.
    let wrong = ["a", "b", "c", "d"]
        .into_iter()
        .find(|c| !right.iter().any(|r| r == c))
        .unwrap();
    press(&mut a, &[wrong, "enter", "enter", "esc", "b"]);
    let filter_to = |a: &mut App, label: &str| {
        for _ in 0..12 {
            if text(a, 100, 30).contains(&format!("filter: {label}")) {
                return;
            }
            press(a, &["f"]);
        }
        panic!("no filter {label}: {}", text(a, 100, 30));
    };
    filter_to(&mut a, "missed in 7 days");
    let browser = match &a.screen {
        Screen::Browser(b) => b,
        _ => panic!("not the browser"),
    };
    assert_eq!(browser.matches, vec![missed.clone()]);
    // Bury another question; the buried filter shows it alone.
    filter_to(&mut a, "all");
    press(&mut a, &["down", "b"]);
    filter_to(&mut a, "buried");
    let browser = match &a.screen {
        Screen::Browser(b) => b,
        _ => panic!("not the browser"),
    };
    assert_eq!(browser.matches.len(), 1);
    assert_ne!(browser.matches[0], missed);
}

#[test]
fn a_typed_answer_is_edited_like_a_line() {
    let mut a = app();
    a.start_study(
        &Filter {
            topics: vec!["lambda".into()],
            ..Filter::default()
        },
        false,
    )
    .unwrap();
    press(&mut a, &["ctrl-b", "ctrl-b", "space", "3"]);
    press(&mut a, &["9", "0", "left", "0"]);
    assert!(text(&a, 80, 24).contains("90▏0"), "{}", text(&a, 80, 24));
    // Home, then Delete takes the 9 after the cursor, and x goes in before the rest.
    press(&mut a, &["home", "delete", "x"]);
    assert!(text(&a, 80, 24).contains("x▏00"), "{}", text(&a, 80, 24));
    // ctrl-k cuts to the end, ctrl-u to the start.
    press(&mut a, &["ctrl-k"]);
    assert!(text(&a, 80, 24).contains("Your answer: x▏\n"));
    press(&mut a, &["ctrl-u"]);
    assert!(text(&a, 80, 24).contains("Your answer: ▏\n"));
}

#[test]
fn pasted_text_goes_into_a_typed_answer_and_nowhere_else() {
    let mut a = app();
    // On home a paste is not keys: nothing starts.
    a.on_paste("e");
    assert!(matches!(a.screen, Screen::Home(_)));
    a.start_study(
        &Filter {
            topics: vec!["lambda".into()],
            ..Filter::default()
        },
        false,
    )
    .unwrap();
    press(&mut a, &["ctrl-b", "ctrl-b", "space", "3"]);
    a.on_paste("900\nseconds\u{1b}[31m");
    assert!(
        text(&a, 80, 24).contains("Your answer: 900seconds[31m▏"),
        "one line, no control characters: {}",
        text(&a, 80, 24)
    );
}

#[test]
fn a_mock_exam_is_set_up_before_it_starts() {
    let mut a = app();
    press(&mut a, &["e"]);
    assert!(matches!(a.screen, Screen::ExamSetup(_)));
    let screen = text(&a, 80, 24);
    assert!(screen.contains("65 questions in 130 minutes"), "{screen}");
    // Fewer questions, the ESL accommodation, one domain.
    press(&mut a, &["left", "down", "space", "down", "right"]);
    let screen = text(&a, 80, 24);
    assert!(screen.contains("50 questions in 130 minutes"), "{screen}");
    assert!(screen.contains("on: +30 minutes"), "{screen}");
    assert!(screen.contains("Design Secure Architectures"), "{screen}");
    press(&mut a, &["enter"]);
    let Screen::Exam(exam) = &a.screen else {
        panic!("the exam's intro follows the setup");
    };
    assert_eq!(exam.session.limit_ms, 130 * 60 * 1000);
    assert!(
        exam.session
            .items
            .iter()
            .all(|item| item.domain == saa::deck::Domain::Secure),
        "one domain only"
    );
    // Esc on the setup goes home and starts nothing.
    let mut b = app();
    press(&mut b, &["e", "esc"]);
    assert!(matches!(b.screen, Screen::Home(_)));
    assert!(b.store.open_exam().unwrap().is_none());
}

#[test]
fn a_long_link_is_cut_on_one_line_and_l_shows_it_whole() {
    let long = format!("https://docs.aws.amazon.com/{}/page.html", "a".repeat(70));
    let dir = tempfile::tempdir().unwrap();
    let deck = std::fs::read_to_string(fixture())
        .unwrap()
        .replace("refs = [\"", &format!("refs = [\"{long}\", \""));
    std::fs::write(dir.path().join("study.toml"), deck).unwrap();
    let mut a = app_with(Catalog::load_paths(&[dir.path().to_path_buf()]));
    press(&mut a, &["enter"]);
    let right = correct_letters(&mut a);
    press(&mut a, &[&right[0], "enter"]);
    let screen = text(&a, 80, 24);
    let cut = screen
        .lines()
        .find(|l| l.starts_with("→ https://docs.aws.amazon.com/aaa"))
        .unwrap_or_else(|| panic!("{screen}"));
    assert!(cut.ends_with('…') && cut.chars().count() <= 80, "{cut}");
    assert!(
        !screen.contains(&long),
        "never broken across lines: {screen}"
    );
    // The help lists the key, and L shows every link whole on its own line.
    press(&mut a, &["?"]);
    assert!(text(&a, 80, 24).contains("links whole"));
    press(&mut a, &["esc", "L"]);
    let whole = text(&a, 120, 40);
    assert!(whole.lines().any(|l| l == long), "{whole}");
    // Any key closes it and does nothing else.
    press(&mut a, &["esc"]);
    assert!(matches!(a.screen, Screen::Study(_)));
    assert!(!text(&a, 120, 40).lines().any(|l| l == long));
}

#[test]
fn a_practice_exam_checks_each_answer_and_freezes_it() {
    let mut a = app();
    // The mode is the last row of the setup; up from the first wraps to it.
    press(&mut a, &["e", "up", "space"]);
    assert!(text(&a, 100, 30).contains("practice: check each answer"));
    press(&mut a, &["enter"]);
    assert!(text(&a, 100, 30).contains("Practice mode: after answering"));
    press(&mut a, &["enter"]);
    // Enter before any pick says what to do and checks nothing.
    press(&mut a, &["enter"]);
    assert!(text(&a, 100, 30).contains("Pick an answer first"));
    let (wrong, first_answer) = {
        let Screen::Exam(exam) = &a.screen else {
            panic!("not in the exam")
        };
        let item = exam.session.current_item().unwrap();
        let (_, q) = a.library.get(&item.key).unwrap();
        let wrong = item
            .order
            .iter()
            .position(|&i| !q.choices()[i].correct)
            .unwrap();
        (
            ((b'a' + wrong as u8) as char).to_string(),
            item.order[wrong],
        )
    };
    press(&mut a, &[&wrong, "enter"]);
    let screen = text(&a, 100, 30);
    assert!(
        screen.contains("✗") && screen.contains("✓"),
        "judged: {screen}"
    );
    // The answer is frozen once checked.
    let other = if wrong == "a" { "b" } else { "a" };
    press(&mut a, &[other]);
    assert!(text(&a, 100, 30).contains("cannot change"));
    let Screen::Exam(exam) = &a.screen else {
        panic!("not in the exam")
    };
    assert_eq!(
        exam.session.answers[0].iter().copied().collect::<Vec<_>>(),
        vec![first_answer]
    );
    // A resumed practice exam keeps its mode and what was checked.
    let saved = a.store.open_exam().unwrap().unwrap();
    assert!(saved.session.practice && saved.session.checked[0]);
    press(&mut a, &["s", "y"]);
    assert!(text(&a, 100, 30).contains("Practice exam results"));
    let history = a.store.exam_history().unwrap();
    assert!(history.len() == 1 && history[0].practice);
}

#[test]
fn home_reads_made_ahead_show_the_same_home_as_reads_made_then() {
    let dir = tempfile::tempdir().unwrap();
    let build = |reads: Option<saa::tui::app::HomeReads>| {
        let scheduler = Scheduler::new(&[], SchedConfig::default(), DayClock::utc(4)).unwrap();
        App::with_home_reads(
            Store::open_in(dir.path()).unwrap(),
            Catalog::load_paths(&[fixture()]),
            scheduler,
            Keymap::default(),
            Theme::new(false),
            Clock::starting_at("2026-11-29T09:00:00Z".parse().unwrap()),
            vec![],
            reads,
        )
        .unwrap()
    };
    {
        // Some progress: one answer, wrong, and one right.
        let mut a = build(None);
        press(&mut a, &["enter"]);
        let right = correct_letters(&mut a);
        press(&mut a, &[&right[0], "enter", "enter"]);
    }
    let fresh = text(&build(None), 100, 30);
    assert!(fresh.contains('1'), "{fresh}");
    let db = dir.path().join(saa::store::FILE_NAME);
    let read = |day_start: &str| {
        let store = Store::open_read_only(&db).unwrap();
        saa::tui::app::HomeReads::read(&store, day_start.parse().unwrap()).unwrap()
    };
    // The study day starts at 04:00 UTC.
    let ahead = build(Some(read("2026-11-29T04:00:00Z")));
    assert_eq!(text(&ahead, 100, 30), fresh);
    // Reads made for another study day (which would count no answer today) are not used.
    let stale = build(Some(read("2026-11-30T04:00:00Z")));
    assert_eq!(text(&stale, 100, 30), fresh);
}

#[test]
fn help_wraps_long_labels_instead_of_cutting_them_at_80x23() {
    let mut a = app();
    press(&mut a, &["b", "?"]);
    let screen = text(&a, 80, 23);
    for whole in [
        "flagged, buried, missed in 7 or 30 days",
        "edit the question in $EDITOR (a bundled deck becomes yours",
        "Any key closes this.",
    ] {
        assert!(screen.contains(whole), "{whole:?} cut in:\n{screen}");
    }
    // Study feedback has the most keys; its help still ends with its closing line.
    press(&mut a, &["esc", "esc", "enter"]);
    let right = correct_letters(&mut a);
    press(&mut a, &[&right[0], "enter", "?"]);
    let screen = text(&a, 80, 23);
    assert!(screen.contains("Any key closes this."), "{screen}");
    assert!(screen.contains("L            links whole"), "{screen}");
}
