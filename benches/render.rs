//! Frame time of the study and feedback screens at 120x40 on the bundled decks.
//! Run with `cargo bench --bench render`. Target: under 2 ms per frame.

use std::time::Instant;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use saa::catalog::Catalog;
use saa::clock::Clock;
use saa::sched::{DayClock, SchedConfig, Scheduler};
use saa::store::Store;
use saa::study::Filter;
use saa::tui::app::App;
use saa::tui::keymap::{Key, Keymap};
use saa::tui::theme::Theme;

fn per_frame(app: &App, frames: u32) -> f64 {
    let area = Rect::new(0, 0, 120, 40);
    let mut buf = Buffer::empty(area);
    let start = Instant::now();
    for _ in 0..frames {
        buf.reset();
        app.render(area, &mut buf);
    }
    start.elapsed().as_secs_f64() * 1e3 / f64::from(frames)
}

fn main() {
    let scheduler =
        Scheduler::new(&[], SchedConfig::default(), DayClock::utc(4)).expect("scheduler");
    let clock = Clock::starting_at("2026-11-29T09:00:00Z".parse().expect("time"));
    let mut app = App::new(
        Store::in_memory().expect("store"),
        Catalog::load(&[]),
        scheduler,
        Keymap::default(),
        Theme::new(true),
        clock,
        vec![],
    )
    .expect("app");
    println!(
        "render at 120x40 ({} bundled questions):",
        app.library.len()
    );
    println!("  home:     {:.3} ms/frame", per_frame(&app, 500));
    app.start_study(
        &Filter {
            decks: vec!["dynamodb".into()],
            ..Filter::default()
        },
        false,
    )
    .expect("study");
    println!("  question: {:.3} ms/frame", per_frame(&app, 500));
    for k in ["a", "b", "enter"] {
        app.on_key(Key::parse(k).expect("key"));
    }
    println!("  feedback: {:.3} ms/frame", per_frame(&app, 500));
}
