//! The layout's invariants: the domain core (deck, sched, study, exam, stats) does no I/O and
//! knows nothing of the store or the terminal; only `tui::app` and `commands` touch the store.

use std::path::Path;

fn sources(dir: &str) -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src").join(dir);
    let mut out = Vec::new();
    for entry in std::fs::read_dir(&root).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "rs") {
            out.push((
                path.display().to_string(),
                std::fs::read_to_string(&path).unwrap(),
            ));
        }
    }
    assert!(!out.is_empty(), "no sources in {dir}");
    out
}

/// Code lines only: comments may name what the code avoids.
fn code(text: &str) -> String {
    text.lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn the_core_is_pure() {
    let forbidden = [
        "crate::store",
        "crate::tui",
        "crate::commands",
        "crate::catalog",
        "rusqlite",
        "ratatui",
        "crossterm",
        "std::fs",
        "std::env",
        "Timestamp::now",
        "SystemTime",
        "Instant::now",
        "rand::rng()",
        "println!",
    ];
    for dir in ["deck", "sched", "study", "exam", "stats"] {
        for (path, text) in sources(dir) {
            let code = code(&text);
            for word in forbidden {
                assert!(
                    !code.contains(word),
                    "{path} uses {word}: the core must stay free of I/O"
                );
            }
        }
    }
}

#[test]
fn screens_do_no_io() {
    for (path, text) in sources("tui") {
        if path.ends_with("app.rs") || path.contains("/tui/app/") {
            continue; // the app (app.rs and its submodules): the one place effects meet the store
        }
        let code = code(&text);
        for word in ["self.store", "Store::", "std::fs", "rusqlite"] {
            assert!(
                !code.contains(word),
                "{path} uses {word}: screens return effects instead"
            );
        }
    }
}

#[test]
fn the_app_does_not_call_into_commands() {
    // Commands are thin wrappers over the same modules the app uses, never the other way.
    for (path, text) in sources("tui") {
        assert!(
            !code(&text).contains("crate::commands"),
            "{path} calls into commands"
        );
    }
}
