//! Store tests on in-memory and temporary databases.

use jiff::{SignedDuration, Timestamp};

use super::*;
use crate::deck::{Id, QuestionKey};
use crate::sched::{CardState, DayClock, Mode, Phase, Rating, SchedConfig, Scheduler};

fn key(q: &str) -> QuestionKey {
    QuestionKey {
        deck: Id::parse("lambda").unwrap(),
        question: Id::parse(q).unwrap(),
    }
}

fn t0() -> Timestamp {
    "2026-11-29T09:00:00Z".parse().unwrap()
}

fn scheduler() -> Scheduler {
    Scheduler::new(&[], SchedConfig::default(), DayClock::utc(4)).unwrap()
}

/// Answers like the app does: compute the new state, log and store it together.
fn answer(
    store: &mut Store,
    s: &Scheduler,
    k: &QuestionKey,
    rating: Rating,
    mode: Mode,
    at: Timestamp,
    id: &str,
) -> (CardState, CardState) {
    let before = store.card(k).unwrap();
    let after = s.apply(&k.to_string(), &before, rating, mode, at).unwrap();
    let row = ReviewRow {
        id: id.to_string(),
        key: k.clone(),
        reviewed_at: at,
        rating,
        mode,
        correct: rating != Rating::Again,
        picked: "[1]".to_string(),
        elapsed_ms: 4200,
        phase: Phase::New,
        memory: None,
        interval_days: 0,
        due: None,
    }
    .with_states(&before, &after);
    store
        .record(&row, (mode != Mode::Cram).then_some(&after))
        .unwrap();
    (before, after)
}

#[test]
fn an_answer_is_logged_with_its_state() {
    let mut store = Store::in_memory().unwrap();
    let s = scheduler();
    let k = key("q1");
    let (_, after) = answer(&mut store, &s, &k, Rating::Good, Mode::Study, t0(), "r1");
    assert_eq!(store.card(&k).unwrap(), after);
    let log = store.reviews().unwrap();
    assert_eq!(log.len(), 1);
    assert_eq!(log[0].rating, Rating::Good);
    assert_eq!(log[0].phase, Phase::New);
    assert_eq!(log[0].memory, after.memory);
    assert_eq!(log[0].due, after.due);
    assert_eq!(log[0].elapsed_ms, 4200);
}

#[test]
fn undo_restores_the_previous_state_exactly() {
    let mut store = Store::in_memory().unwrap();
    let s = scheduler();
    let k = key("q1");
    answer(&mut store, &s, &k, Rating::Good, Mode::Study, t0(), "r1");
    let before_second = store.card(&k).unwrap();
    let later = t0().checked_add(SignedDuration::from_hours(72)).unwrap();
    let (before, _) = answer(&mut store, &s, &k, Rating::Again, Mode::Study, later, "r2");
    assert_eq!(before, before_second);
    store.undo("r2", &k, Some(&before)).unwrap();
    assert_eq!(store.card(&k).unwrap(), before_second);
    assert_eq!(store.reviews().unwrap().len(), 1);
    // Undoing the first answer leaves no card row at all, as before.
    store.undo("r1", &k, Some(&CardState::new())).unwrap();
    assert!(store.cards().unwrap().is_empty());
    assert!(store.undo("r1", &k, None).is_err());
}

#[test]
fn cram_is_logged_but_changes_nothing() {
    let mut store = Store::in_memory().unwrap();
    let s = scheduler();
    let k = key("q1");
    answer(&mut store, &s, &k, Rating::Again, Mode::Cram, t0(), "c1");
    assert!(store.cards().unwrap().is_empty());
    let log = store.reviews().unwrap();
    assert_eq!(log[0].mode, Mode::Cram);
    assert_eq!(log[0].memory, None);
}

#[test]
fn daily_counts() {
    let mut store = Store::in_memory().unwrap();
    let s = scheduler();
    answer(
        &mut store,
        &s,
        &key("a"),
        Rating::Good,
        Mode::Study,
        t0(),
        "1",
    );
    answer(
        &mut store,
        &s,
        &key("b"),
        Rating::Again,
        Mode::Study,
        t0(),
        "2",
    );
    answer(
        &mut store,
        &s,
        &key("c"),
        Rating::Good,
        Mode::Cram,
        t0(),
        "3",
    );
    let stats = store
        .review_stats(s.days().start_of(s.days().day(t0())))
        .unwrap();
    assert_eq!(
        stats,
        ReviewStats {
            new_today: 2,
            reviews_today: 0
        }
    );
}

#[test]
fn import_is_idempotent_and_replay_equals_incremental() {
    let s = scheduler();
    let mut live = Store::in_memory().unwrap();
    let mut at = t0();
    for (i, rating) in [
        Rating::Good,
        Rating::Good,
        Rating::Again,
        Rating::Good,
        Rating::Hard,
    ]
    .into_iter()
    .enumerate()
    {
        answer(
            &mut live,
            &s,
            &key("q1"),
            rating,
            Mode::Study,
            at,
            &format!("a{i}"),
        );
        answer(
            &mut live,
            &s,
            &key("q2"),
            Rating::Good,
            if i == 2 { Mode::Exam } else { Mode::Study },
            at,
            &format!("b{i}"),
        );
        at = at
            .checked_add(SignedDuration::from_hours(24 * (i as i64 + 1)))
            .unwrap();
    }
    let exported = live.reviews().unwrap();
    // Strip the state fields: import recomputes them.
    let bare: Vec<ReviewRow> = exported
        .iter()
        .map(|r| ReviewRow {
            memory: None,
            interval_days: 0,
            due: None,
            phase: Phase::New,
            ..r.clone()
        })
        .collect();
    let mut other = Store::in_memory().unwrap();
    let report = other.import_reviews(&bare, &s).unwrap();
    assert_eq!(report.added, 10);
    assert_eq!(report.cards_rebuilt, 2);
    assert_eq!(other.cards().unwrap(), live.cards().unwrap());
    assert_eq!(other.reviews().unwrap(), exported);
    let again = other.import_reviews(&bare, &s).unwrap();
    assert_eq!((again.added, again.already_present), (0, 10));
    assert_eq!(other.cards().unwrap(), live.cards().unwrap());
    // A full rebuild of the cache gives the same states too.
    other.rebuild_all(&s).unwrap();
    assert_eq!(other.cards().unwrap(), live.cards().unwrap());
}

#[test]
fn suspension_survives_a_rebuild() {
    let s = scheduler();
    let mut store = Store::in_memory().unwrap();
    let k = key("q1");
    answer(&mut store, &s, &k, Rating::Good, Mode::Study, t0(), "r1");
    let mut card = store.card(&k).unwrap();
    card.suspended = true;
    store.save_card(&k, &card).unwrap();
    store.rebuild_all(&s).unwrap();
    assert!(store.card(&k).unwrap().suspended);
}

#[test]
fn parameters_round_trip() {
    let mut store = Store::in_memory().unwrap();
    assert!(store.parameters().unwrap().is_empty());
    let params: Vec<f32> = fsrs::DEFAULT_PARAMETERS.to_vec();
    store.set_parameters(&params).unwrap();
    assert_eq!(store.parameters().unwrap(), params);
}

#[test]
fn a_corrupt_file_is_reported_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(FILE_NAME);
    let garbage = b"this is not a database at all, just some text that is long enough".repeat(100);
    std::fs::write(&path, &garbage).unwrap();
    let err = Store::open(&path).unwrap_err();
    assert!(matches!(err, StoreError::Corrupt { .. }), "{err:?}");
    let message = err.to_string();
    assert!(
        message.contains(&path.display().to_string()) && message.contains("Move the file aside"),
        "{message}"
    );
    assert_eq!(std::fs::read(&path).unwrap(), garbage);
}

#[test]
fn a_newer_schema_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(FILE_NAME);
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.pragma_update(None, "user_version", 99).unwrap();
    }
    let err = Store::open(&path).unwrap_err();
    assert!(
        matches!(err, StoreError::TooNew { found: 99, .. }),
        "{err:?}"
    );
}

#[test]
fn a_second_writer_waits_instead_of_failing() {
    let dir = tempfile::tempdir().unwrap();
    let s = scheduler();
    let mut a = Store::open_in(dir.path()).unwrap();
    let mut b = Store::open_in(dir.path()).unwrap();
    answer(
        &mut a,
        &s,
        &key("q1"),
        Rating::Good,
        Mode::Study,
        t0(),
        "r1",
    );
    answer(
        &mut b,
        &s,
        &key("q2"),
        Rating::Good,
        Mode::Study,
        t0(),
        "r2",
    );
    assert_eq!(a.reviews().unwrap().len(), 2);
}

#[test]
fn a_read_only_file_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    Store::open_in(dir.path()).unwrap();
    let path = dir.path().join(FILE_NAME);
    let mut perms = std::fs::metadata(dir.path()).unwrap().permissions();
    // Root ignores permission bits; only check the message shape when they apply.
    use std::os::unix::fs::PermissionsExt;
    perms.set_mode(0o500);
    std::fs::set_permissions(dir.path(), perms.clone()).unwrap();
    let mut file_perms = std::fs::metadata(&path).unwrap().permissions();
    file_perms.set_mode(0o400);
    std::fs::set_permissions(&path, file_perms).unwrap();
    let result = Store::open(&path).and_then(|mut s| s.set_setting("x", "y"));
    perms.set_mode(0o700);
    std::fs::set_permissions(dir.path(), perms).unwrap();
    if let Err(e) = result {
        assert!(matches!(e, StoreError::ReadOnly { .. }), "{e:?}");
        assert!(e.to_string().contains("cannot be written"));
    }
}

#[test]
fn a_database_from_every_earlier_schema_upgrades_without_loss() {
    // tests/fixtures/progress-v1.sqlite3 was written by schema v1 (before mock exams).
    let fixture =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/progress-v1.sqlite3");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(FILE_NAME);
    std::fs::copy(&fixture, &path).unwrap();
    let store = Store::open(&path).unwrap();
    let version: i64 = store
        .conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(version, LATEST_VERSION);
    // A copy of the old file was saved before the migration ran.
    let backup = dir.path().join(format!("{FILE_NAME}.bak-v1"));
    assert!(backup.exists());
    let old = rusqlite::Connection::open(&backup).unwrap();
    assert_eq!(
        old.query_row("PRAGMA user_version", [], |r| r.get::<_, i64>(0))
            .unwrap(),
        1
    );
    // Nothing was lost.
    let log = store.reviews().unwrap();
    assert_eq!(
        log.iter().map(|r| r.id.as_str()).collect::<Vec<_>>(),
        vec!["r1", "r2", "r3"]
    );
    assert_eq!(log[1].rating, Rating::Again);
    assert_eq!(log[2].mode, Mode::Cram);
    let cards = store.cards().unwrap();
    let k = QuestionKey {
        deck: Id::parse("lambda").unwrap(),
        question: Id::parse("timeout-card").unwrap(),
    };
    assert_eq!(cards[&k].phase, Phase::Relearning);
    assert_eq!(cards[&k].lapses, 1);
    assert!(cards.values().any(|c| c.suspended));
    assert_eq!(store.parameters().unwrap(), vec![0.2, 1.2]);
    assert_eq!(store.flagged().unwrap().len(), 1);
    // And the new tables work.
    assert!(store.open_exam().unwrap().is_none());
}
