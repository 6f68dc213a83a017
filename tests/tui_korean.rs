//! Every screen in Korean at 80x24: snapshots to read, and a check that Korean labels (two
//! cells a character) never push off the hint bar a key that English shows.

use std::path::PathBuf;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use saa::catalog::Catalog;
use saa::clock::Clock;
use saa::i18n::{Lang, set_language};
use saa::sched::{DayClock, SchedConfig, Scheduler};
use saa::store::Store;
use saa::study::Filter;
use saa::tui::app::{App, ExamOptions};
use saa::tui::keymap::{Key, Keymap};
use saa::tui::theme::Theme;

fn app() -> App {
    let fixture = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/study.toml");
    let catalog = Catalog::load_paths(&[fixture]);
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

fn press(app: &mut App, keys: &[&str]) {
    for k in keys {
        app.on_key(Key::parse(k).unwrap());
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
    // The clock runs while the test does; a second either way is the same screen.
    mask_fixture_path(&out.replace("0:09:59", "0:10:00"))
}

/// The decks screen shows where the fixture lives, cut to its column: the same screen in any
/// checkout.
fn mask_fixture_path(screen: &str) -> String {
    let fixture = format!("{}/tests/fixtures/study.toml", env!("CARGO_MANIFEST_DIR"));
    screen
        .lines()
        .map(|line| {
            let cut = line.char_indices().find(|(i, c)| {
                let rest = line[*i..].trim_end();
                *c == '/' && rest.len() > 4 && fixture.starts_with(rest)
            });
            match cut {
                Some((i, _)) => format!("{}<fixture>", &line[..i]),
                None => line.to_string(),
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
        + "\n"
}

/// The keys on the screen's last line (the hint bar, "key label  key label"), in order.
fn hint_keys(screen: &str) -> Vec<String> {
    let last = screen
        .lines()
        .rev()
        .find(|l| !l.trim().is_empty())
        .unwrap_or("");
    last.split("  ")
        .filter_map(|entry| entry.split_whitespace().next())
        .map(str::to_string)
        .collect()
}

/// Walks to a screen in English and in Korean, snapshots the Korean one, and checks the hint
/// bar keeps the same keys.
fn check(name: &str, walk: impl Fn() -> App) {
    set_language(Lang::En);
    let english = text(&walk(), 80, 24);
    set_language(Lang::Ko);
    let korean = text(&walk(), 80, 24);
    set_language(Lang::En);
    insta::assert_snapshot!(format!("ko_{name}_80x24"), korean);
    let shown = hint_keys(&korean);
    let lost: Vec<String> = hint_keys(&english)
        .into_iter()
        .filter(|k| !shown.contains(k))
        .collect();
    assert!(
        lost.is_empty(),
        "{name}: the Korean hint bar lost {lost:?}\n{korean}\n{english}"
    );
}

fn study(topic: &str) -> App {
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

fn exam() -> App {
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

#[test]
fn home_help_and_too_small() {
    check("home", app);
    check("help", || {
        let mut a = app();
        press(&mut a, &["?"]);
        a
    });
    set_language(Lang::Ko);
    let small = text(&app(), 60, 20);
    set_language(Lang::En);
    insta::assert_snapshot!("ko_too_small_60x20", small);
}

#[test]
fn study_screens() {
    check("question", || {
        let mut a = app();
        press(&mut a, &["enter", "a"]);
        a
    });
    check("feedback", || {
        let mut a = app();
        press(&mut a, &["enter", "a", "enter"]);
        a
    });
    check("multi", || {
        let mut a = study("pricing");
        press(&mut a, &["a"]);
        a
    });
    check("flashcard", || {
        let mut a = study("lambda");
        press(&mut a, &["ctrl-b", "ctrl-b"]);
        a
    });
    check("flashcard_revealed", || {
        let mut a = study("lambda");
        press(&mut a, &["ctrl-b", "ctrl-b", "space"]);
        a
    });
    check("typed", || {
        let mut a = study("lambda");
        press(&mut a, &["ctrl-b", "ctrl-b", "space", "3", "1", "5"]);
        a
    });
    check("empty_session", || {
        let mut a = app();
        a.start_study(
            &Filter {
                decks: vec!["no-such-deck".into()],
                ..Filter::default()
            },
            false,
        )
        .unwrap();
        a
    });
}

#[test]
fn exam_screens() {
    check("exam_intro", exam);
    check("exam_question", || {
        let mut a = exam();
        press(&mut a, &["enter", "a"]);
        a
    });
    check("exam_navigator", || {
        let mut a = exam();
        press(&mut a, &["enter", "a", "m", "g"]);
        a
    });
    check("exam_confirm", || {
        let mut a = exam();
        press(&mut a, &["enter", "a", "s"]);
        a
    });
    check("exam_history", || {
        let mut a = exam();
        press(&mut a, &["enter", "a", "s", "y", "esc", "h"]);
        a
    });
}

/// Times that depend on how fast the test ran ("0:00:01", "0:02") become "#:##".
fn mask_times(screen: &str) -> String {
    let chars: Vec<char> = screen.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        let starts_time = chars[i].is_ascii_digit()
            && chars.get(i + 1) == Some(&':')
            && chars.get(i + 2).is_some_and(char::is_ascii_digit);
        if starts_time && (i == 0 || !chars[i - 1].is_ascii_digit()) {
            while i < chars.len() && (chars[i].is_ascii_digit() || chars[i] == ':') {
                i += 1;
            }
            out.push_str("#:##");
        } else {
            out.push(chars[i]);
            i += 1;
        }
    }
    out
}

#[test]
fn exam_results_and_review() {
    let finished = || {
        let mut a = exam();
        press(&mut a, &["enter", "a", "n", "b", "s", "y"]);
        a
    };
    for (name, keys) in [
        ("exam_results", &[][..]),
        ("exam_review", &["w", "enter"][..]),
    ] {
        set_language(Lang::En);
        let mut a = finished();
        press(&mut a, keys);
        let english = mask_times(&text(&a, 80, 24));
        set_language(Lang::Ko);
        let mut a = finished();
        press(&mut a, keys);
        let korean = mask_times(&text(&a, 80, 24));
        set_language(Lang::En);
        insta::assert_snapshot!(format!("ko_{name}_80x24"), korean);
        let shown = hint_keys(&korean);
        let lost: Vec<String> = hint_keys(&english)
            .into_iter()
            .filter(|k| !shown.contains(k))
            .collect();
        assert!(lost.is_empty(), "{name}: lost {lost:?}\n{korean}");
    }
}

#[test]
fn stats_decks_and_browser() {
    check("stats", || {
        let mut a = app();
        press(&mut a, &["enter", "a", "enter", "enter", "esc", "t"]);
        a
    });
    check("decks", || {
        let mut a = app();
        press(&mut a, &["d"]);
        a
    });
    check("exam_setup", || {
        let mut a = app();
        press(&mut a, &["e", "down", "space"]);
        a
    });
    check("plan", || {
        let mut a = app();
        press(
            &mut a,
            &[
                "p", "2", "0", "2", "7", "-", "0", "1", "-", "2", "0", "enter",
            ],
        );
        a
    });
    check("browser", || {
        let mut a = app();
        press(&mut a, &["b"]);
        a
    });
}
