//! The real binary in a pseudo-terminal: answer, quit, kill, and check what the store kept.
//! Few and slow by design; they wait for text on screen rather than sleeping.

use std::io::Write;
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use expectrl::Session;
use saa::store::Store;

struct Term {
    session: expectrl::session::OsSession,
    parser: vt100::Parser,
    /// Everything the app wrote, screens since left included.
    written: Vec<u8>,
}

impl Term {
    fn spawn(data_dir: &Path, args: &[&str]) -> Term {
        Term::spawn_with_config(data_dir, args, Path::new("/dev/null"))
    }

    fn spawn_with_config(data_dir: &Path, args: &[&str], config: &Path) -> Term {
        let decks = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/e2e");
        Term::spawn_full(data_dir, args, config, &decks, &[])
    }

    fn spawn_full(
        data_dir: &Path,
        args: &[&str],
        config: &Path,
        decks: &Path,
        envs: &[(&str, &Path)],
    ) -> Term {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_saa"));
        cmd.arg("--data-dir")
            .arg(data_dir)
            .args(["--now", "2026-11-29T09:00:00Z", "--decks"])
            .arg(decks)
            .args(args)
            .envs(envs.iter().map(|(k, v)| (*k, *v)))
            .env("SAA_CONFIG", config)
            .env("TZ", "UTC")
            .env("TERM", "xterm-256color")
            .env_remove("SAA_DECKS");
        let mut session = Session::spawn(cmd).expect("spawn saa in a pty");
        session
            .get_process_mut()
            .set_window_size(100, 30)
            .expect("window size");
        Term {
            session,
            parser: vt100::Parser::new(nz(30), nz(100), 0),
            written: Vec::new(),
        }
    }

    fn pump(&mut self) {
        let mut buf = [0u8; 8192];
        while let Ok(n) = self.session.try_read(&mut buf) {
            if n == 0 {
                break;
            }
            self.parser.process(&buf[..n]);
            self.written.extend_from_slice(&buf[..n]);
        }
    }

    fn screen(&self) -> String {
        self.parser.screen().contents()
    }

    fn wait_for(&mut self, text: &str) {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            self.pump();
            if self.screen().contains(text) {
                return;
            }
            assert!(
                Instant::now() < deadline,
                "timed out waiting for {text:?}; screen:\n{}",
                self.screen()
            );
            std::thread::sleep(Duration::from_millis(30));
        }
    }

    fn send(&mut self, keys: &str) {
        self.session
            .write_all(keys.as_bytes())
            .expect("write to pty");
        self.session.flush().expect("flush pty");
    }
}

/// A failed assertion must not leave saa running: the pty's drop would wait for it forever.
impl Drop for Term {
    fn drop(&mut self) {
        if std::thread::panicking() {
            let _ = self.session.get_process_mut().exit(true);
        }
    }
}

fn nz(n: u16) -> std::num::NonZeroU16 {
    std::num::NonZeroU16::new(n).unwrap()
}

fn reviews(data_dir: &Path) -> Vec<saa::study::ReviewRow> {
    Store::open_in(data_dir).unwrap().reviews().unwrap()
}

#[test]
fn answer_quit_and_the_log_has_every_answer() {
    let dir = tempfile::tempdir().unwrap();
    let mut t = Term::spawn(dir.path(), &["study", "--deck", "e2e", "--topic", "e2e"]);
    t.wait_for("First question");
    // Flashcards: reveal, then grade Good.
    t.send(" ");
    t.wait_for("Answer one");
    t.send("3");
    t.wait_for("Second question");
    t.send(" ");
    t.wait_for("Answer two");
    t.send("1");
    t.wait_for("Third question");
    t.send("q");
    t.wait_for("Deck");
    t.send("q");
    let status = t.session.get_process_mut().wait().unwrap();
    let status = format!("{status:?}");
    assert!(
        status.starts_with("Exited(") && status.ends_with(", 0)"),
        "{status}"
    );
    let log = reviews(dir.path());
    let ratings: Vec<u8> = log.iter().map(|r| r.rating.number()).collect();
    assert_eq!(ratings, vec![3, 1]);
}

#[test]
fn a_killed_session_keeps_every_submitted_answer() {
    let dir = tempfile::tempdir().unwrap();
    let mut t = Term::spawn(dir.path(), &["study", "--deck", "e2e", "--topic", "e2e"]);
    t.wait_for("First question");
    t.send(" ");
    t.wait_for("Answer one");
    t.send("4");
    t.wait_for("Second question");
    t.send(" ");
    t.wait_for("Answer two");
    t.send("2");
    t.wait_for("Third question");
    let pid = t.session.get_process().pid().to_string();
    assert!(
        Command::new("kill")
            .args(["-9", &pid])
            .status()
            .unwrap()
            .success()
    );
    let _ = t.session.get_process_mut().wait();
    let log = reviews(dir.path());
    assert_eq!(
        log.iter().map(|r| r.rating.number()).collect::<Vec<_>>(),
        vec![4, 2]
    );
}

#[test]
fn a_tiny_terminal_says_so_and_recovers_on_resize() {
    let dir = tempfile::tempdir().unwrap();
    let mut t = Term::spawn(dir.path(), &[]);
    t.wait_for("Deck");
    t.session.get_process_mut().set_window_size(60, 20).unwrap();
    t.parser.set_size(nz(20), nz(60));
    t.wait_for("Terminal too small");
    t.session
        .get_process_mut()
        .set_window_size(100, 30)
        .unwrap();
    t.parser.set_size(nz(30), nz(100));
    t.wait_for("Mastery by exam domain");
    t.send("q");
    let _ = t.session.get_process_mut().wait();
}

#[test]
fn a_killed_exam_resumes_at_the_same_question_with_its_time() {
    let dir = tempfile::tempdir().unwrap();
    let mut t = Term::spawn(
        dir.path(),
        &[
            "exam",
            "--questions",
            "3",
            "--minutes",
            "5",
            "--seed",
            "3",
            "--deck",
            "e2e",
        ],
    );
    t.wait_for("start the clock");
    t.send("\r");
    t.wait_for("Question 1 of 3");
    t.send("a");
    t.wait_for("answered 1");
    t.send("n");
    t.wait_for("Question 2 of 3");
    t.send("b");
    t.wait_for("answered 2");
    let pid = t.session.get_process().pid().to_string();
    assert!(
        Command::new("kill")
            .args(["-9", &pid])
            .status()
            .unwrap()
            .success()
    );
    let _ = t.session.get_process_mut().wait();

    let saved = Store::open_in(dir.path())
        .unwrap()
        .open_exam()
        .unwrap()
        .expect("the exam was saved");
    assert_eq!(saved.session.current, 1);
    assert_eq!(saved.session.answered_count(), 2);
    assert!(
        (240_000..=300_000).contains(&saved.session.remaining_ms),
        "{}",
        saved.session.remaining_ms
    );

    // Time passes while saa is closed; the exam clock does not.
    std::thread::sleep(Duration::from_secs(6));
    let mut t = Term::spawn(dir.path(), &["exam", "--resume"]);
    t.wait_for("Question 2 of 3");
    t.wait_for("answered 2");
    // The clock shows the saved time, less at most the moments since the resume.
    let screen = t.screen();
    let left = screen
        .split(" left")
        .next()
        .and_then(|head| head.rsplit(' ').next())
        .and_then(|clock| {
            let parts: Vec<i64> = clock.split(':').filter_map(|p| p.parse().ok()).collect();
            (parts.len() == 3).then(|| parts[0] * 3600 + parts[1] * 60 + parts[2])
        })
        .unwrap_or_else(|| panic!("no clock on screen:\n{screen}"));
    let saved_secs = saved.session.remaining_ms / 1000;
    assert!(
        (saved_secs - 3..=saved_secs).contains(&left),
        "saved {saved_secs}s, shows {left}s:\n{screen}"
    );
    t.send("s");
    t.wait_for("Submit the exam?");
    t.send("y");
    t.wait_for("Mock exam results");
    t.send("\x1b");
    t.wait_for("Mastery by exam domain");
    t.send("q");
    let _ = t.session.get_process_mut().wait();
    let store = Store::open_in(dir.path()).unwrap();
    assert!(store.open_exam().unwrap().is_none());
    assert_eq!(store.exam_history().unwrap().len(), 1);
    // Two answers are logged; the third question was never answered, so it is not a review.
    assert_eq!(store.reviews().unwrap().len(), 2);
}

#[test]
fn two_windows_on_one_data_dir() {
    let dir = tempfile::tempdir().unwrap();
    // Two study windows answer the same question: both answers count, in the log and the card.
    let mut a = Term::spawn(dir.path(), &["study", "--deck", "e2e", "--topic", "e2e"]);
    let mut b = Term::spawn(dir.path(), &["study", "--deck", "e2e", "--topic", "e2e"]);
    a.wait_for("First question");
    b.wait_for("First question");
    for t in [&mut a, &mut b] {
        t.send(" ");
        t.wait_for("Answer one");
        t.send("3");
        t.wait_for("Second question");
        t.send("q");
        t.wait_for("Deck");
        t.send("q");
        let _ = t.session.get_process_mut().wait();
    }
    let mut store = Store::open_in(dir.path()).unwrap();
    assert_eq!(store.reviews().unwrap().len(), 2);
    let cards = store.cards().unwrap();
    assert_eq!(cards.len(), 1);
    assert!(cards.values().all(|c| c.reps == 2), "{cards:?}");
    let scheduler = saa::sched::Scheduler::new(
        &[],
        saa::sched::SchedConfig::default(),
        saa::sched::DayClock::utc(4),
    )
    .unwrap();
    store.rebuild_all(&scheduler).unwrap();
    assert_eq!(
        store.cards().unwrap(),
        cards,
        "cards equal a replay of the log"
    );
    drop(store);

    // One exam, one window: a second saa is refused the open exam but can still study.
    let mut exam = Term::spawn(
        dir.path(),
        &[
            "exam",
            "--questions",
            "3",
            "--minutes",
            "5",
            "--deck",
            "e2e",
        ],
    );
    exam.wait_for("start the clock");
    exam.send("\r");
    exam.wait_for("Question 1 of 3");
    let mut second = Term::spawn(dir.path(), &["exam", "--resume"]);
    second.wait_for("open in another saa");
    let status = format!("{:?}", second.session.get_process_mut().wait().unwrap());
    assert!(!status.ends_with(", 0)"), "{status}");
    let mut study = Term::spawn(dir.path(), &["study", "--deck", "e2e", "--topic", "e2e"]);
    study.wait_for("question");
    study.send("q");
    study.wait_for("Deck");
    study.send("q");
    let _ = study.session.get_process_mut().wait();
    // Once the first window leaves the exam, the second may resume it.
    exam.send("q");
    exam.wait_for("Leave the exam?");
    exam.send("y");
    exam.wait_for("Deck");
    let mut third = Term::spawn(dir.path(), &["exam", "--resume"]);
    third.wait_for("Question 1 of 3");
    third.send("q");
    third.wait_for("Leave the exam?");
    third.send("y");
    third.wait_for("Deck");
    third.send("q");
    exam.send("q");
    let _ = third.session.get_process_mut().wait();
    let _ = exam.session.get_process_mut().wait();
}

#[test]
fn with_a_sync_folder_the_app_merges_at_start_and_sends_on_leaving_a_session_and_on_quit() {
    let dir = tempfile::tempdir().unwrap();
    let shared = tempfile::tempdir().unwrap();
    let config = dir.path().join("config.toml");
    std::fs::write(
        &config,
        format!("[sync]\ndir = {:?}\n", shared.path().display().to_string()),
    )
    .unwrap();
    std::fs::write(
        shared.path().join("laptop-000001.jsonl"),
        r#"{"id":"from-laptop","deck":"e2e","question":"q1","reviewed_at":"2026-11-28T10:00:00Z","rating":3,"mode":"study","correct":true,"elapsed_ms":3000}"#
            .to_string()
            + "\n",
    )
    .unwrap();
    let data = dir.path().join("data");
    let mut t = Term::spawn_with_config(
        &data,
        &["study", "--deck", "e2e", "--topic", "e2e"],
        &config,
    );
    t.wait_for("First question");
    // The laptop's answer is here before the first screen.
    let ids: Vec<String> = reviews(&data).into_iter().map(|r| r.id).collect();
    assert_eq!(ids, ["from-laptop"]);
    t.send(" ");
    t.wait_for("Answer one");
    t.send("3");
    t.wait_for("Second question");
    t.send("q");
    t.wait_for("Deck");
    // Leaving the session for home sends its answer out at once...
    let own_file = || -> String {
        std::fs::read_dir(shared.path())
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| !p.ends_with("laptop-000001.jsonl"))
            .map(|p| std::fs::read_to_string(p).unwrap())
            .collect()
    };
    let answered = reviews(&data)
        .into_iter()
        .find(|r| r.id != "from-laptop")
        .expect("the answer given in this session");
    assert!(own_file().contains(&answered.id), "{}", own_file());
    t.send("q");
    let status = format!("{:?}", t.session.get_process_mut().wait().unwrap());
    assert!(status.ends_with(", 0)"), "{status}");
    // ...and on quit this machine's file is in the folder, with what it knows.
    let own: Vec<std::path::PathBuf> = std::fs::read_dir(shared.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| !p.ends_with("laptop-000001.jsonl"))
        .collect();
    assert_eq!(own.len(), 1, "{own:?}");
    let text = std::fs::read_to_string(&own[0]).unwrap();
    let answered_here = reviews(&data)
        .into_iter()
        .find(|r| r.id != "from-laptop")
        .expect("the answer given in this session");
    assert!(text.contains("from-laptop"), "{text}");
    assert!(text.contains(&answered_here.id), "written on quit: {text}");
}

#[test]
fn e_opens_the_question_in_the_editor_and_study_goes_on_with_the_new_text() {
    let dir = tempfile::tempdir().unwrap();
    let decks = dir.path().join("decks");
    std::fs::create_dir(&decks).unwrap();
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/e2e/e2e.toml"),
        decks.join("e2e.toml"),
    )
    .unwrap();
    // A scripted editor: called as `editor +LINE FILE`, it changes the first prompt.
    let editor = dir.path().join("editor.sh");
    std::fs::write(
        &editor,
        "#!/bin/sh\nsed -i 's/First question/Edited first question/' \"$2\"\n",
    )
    .unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&editor, std::fs::Permissions::from_mode(0o755)).unwrap();
    let data = dir.path().join("data");
    let mut t = Term::spawn_full(
        &data,
        &["study", "--deck", "e2e", "--topic", "e2e"],
        Path::new("/dev/null"),
        &decks,
        &[("EDITOR", editor.as_path()), ("VISUAL", Path::new(""))],
    );
    t.wait_for("First question");
    t.send(" ");
    t.wait_for("Answer one");
    t.send("e");
    t.wait_for("Read again from");
    t.wait_for("Edited first question");
    let text = std::fs::read_to_string(decks.join("e2e.toml")).unwrap();
    assert!(text.contains("Edited first question"));
    // History is kept: grading goes on and is logged under the same id.
    t.send("3");
    t.wait_for("Second question");
    let log = reviews(&data);
    assert_eq!(log.len(), 1);
    assert_eq!(log[0].key.question.as_str(), "one");
    t.send("q");
    t.wait_for("Deck");
    t.send("q");
    let _ = t.session.get_process_mut().wait();
}

#[test]
fn editing_a_bundled_question_first_makes_the_deck_yours() {
    let dir = tempfile::tempdir().unwrap();
    let editor = dir.path().join("editor.sh");
    std::fs::write(&editor, "#!/bin/sh\nexit 0\n").unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&editor, std::fs::Permissions::from_mode(0o755)).unwrap();
    let data = dir.path().join("data");
    let empty = dir.path().join("no-extra-decks");
    std::fs::create_dir(&empty).unwrap();
    let mut t = Term::spawn_full(
        &data,
        &[],
        Path::new("/dev/null"),
        &empty,
        &[("EDITOR", editor.as_path()), ("VISUAL", Path::new(""))],
    );
    t.wait_for("Deck");
    // The browser's first question is from a bundled deck.
    t.send("b");
    t.wait_for("/ search");
    t.send("e");
    t.wait_for("is now yours");
    let copies: Vec<std::path::PathBuf> = std::fs::read_dir(data.join("decks"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(
        copies.len(),
        1,
        "the bundled deck is copied into the deck folder"
    );
    let text = std::fs::read_to_string(&copies[0]).unwrap();
    assert!(text.contains("[deck]"));
    let _ = t.session.get_process_mut().exit(true);
}

#[test]
fn a_damaged_database_stops_the_app_before_its_first_key_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    // A log of a few thousand answers, so its indexes span many pages.
    let log = dir.path().join("in.jsonl");
    let lines: Vec<String> = (0..3000)
        .map(|i| {
            format!(
                r#"{{"id":"r{i:05}","deck":"e2e","question":"q{}","reviewed_at":"2026-10-{:02}T10:{:02}:00Z","rating":3,"mode":"study","correct":true,"elapsed_ms":3000}}"#,
                i % 300,
                1 + i % 28,
                i % 60
            )
        })
        .collect();
    std::fs::write(&log, lines.join("\n")).unwrap();
    let imported = Command::new(env!("CARGO_BIN_EXE_saa"))
        .arg("--data-dir")
        .arg(dir.path())
        .args(["import", "reviews"])
        .arg(&log)
        .env("SAA_CONFIG", "/dev/null")
        .output()
        .unwrap();
    assert!(imported.status.success(), "{imported:?}");
    // Noise over the answer-id index's root page: the home screen's reads never use that
    // index, so the first screen is drawn while the damage check still runs.
    let db = dir.path().join("progress.sqlite3");
    let root: i64 = rusqlite::Connection::open(&db)
        .unwrap()
        .query_row(
            "SELECT rootpage FROM sqlite_master WHERE name = 'sqlite_autoindex_review_log_1'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    let mut bytes = std::fs::read(&db).unwrap();
    let start = (root as usize - 1) * 4096;
    for (i, b) in bytes[start..start + 4096].iter_mut().enumerate() {
        *b = (i * 37 % 251) as u8;
    }
    std::fs::write(&db, &bytes).unwrap();
    let backups = || std::fs::read_dir(dir.path().join("backups")).map_or(0, |d| d.count());
    let backups_before = backups();
    let mut t = Term::spawn(dir.path(), &[]);
    t.wait_for("damaged");
    // Keys sent now must do nothing: the app ends instead of handling them.
    t.send("s");
    let status = format!("{:?}", t.session.get_process_mut().wait().unwrap());
    assert!(status.ends_with(", 2)"), "{status}");
    t.pump();
    let written = String::from_utf8_lossy(&t.written);
    assert!(
        written.contains("SAA-C03 coach"),
        "the home screen was never drawn"
    );
    assert!(t.screen().contains("saa restore"), "{}", t.screen());
    assert_eq!(
        std::fs::read(&db).unwrap(),
        bytes,
        "the database was written"
    );
    assert_eq!(backups(), backups_before, "a damaged file was backed up");
}
