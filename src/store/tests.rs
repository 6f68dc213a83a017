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
    store.record(&row, s).unwrap();
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
    store.undo("r2", &k, &s).unwrap();
    assert_eq!(store.card(&k).unwrap(), before_second);
    assert_eq!(store.reviews().unwrap().len(), 1);
    // Undoing the first answer leaves no card row at all, as before.
    store.undo("r1", &k, &s).unwrap();
    assert!(store.cards().unwrap().is_empty());
    assert!(store.undo("r1", &k, &s).is_err());
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
    let scheduled = store.card(&k).unwrap();
    store
        .set_aside(&k, true, None, jiff::Timestamp::UNIX_EPOCH)
        .unwrap();
    let suspended = store.card(&k).unwrap();
    assert!(suspended.suspended);
    assert_eq!(
        suspended.due, scheduled.due,
        "suspending keeps the schedule"
    );
    store.rebuild_all(&s).unwrap();
    assert!(store.card(&k).unwrap().suspended);
    // Unsuspending a question never answered leaves no row behind, as if never touched.
    let fresh = key("q2");
    store
        .set_aside(&fresh, true, None, jiff::Timestamp::UNIX_EPOCH)
        .unwrap();
    store
        .set_aside(&fresh, false, None, jiff::Timestamp::UNIX_EPOCH)
        .unwrap();
    assert!(!store.progress_keys().unwrap().contains(&fresh));
}

#[test]
fn two_writers_answering_the_same_questions_leave_cards_equal_to_a_replay_of_the_log() {
    let dir = tempfile::tempdir().unwrap();
    let s = scheduler();
    let mut a = Store::open_in(dir.path()).unwrap();
    let mut b = Store::open_in(dir.path()).unwrap();
    // Each window read its cards when its session began, so each computes "before" from a
    // stale copy; the store must not trust it.
    let stale = CardState::new();
    for (i, q) in ["q1", "q2", "q3", "q1", "q2", "q3"].iter().enumerate() {
        let at = t0()
            .checked_add(SignedDuration::from_hours(i as i64))
            .unwrap();
        let k = key(q);
        let after = s
            .apply(&k.to_string(), &stale, Rating::Good, Mode::Study, at)
            .unwrap();
        let row = ReviewRow {
            id: format!("r{i}"),
            key: k,
            reviewed_at: at,
            rating: Rating::Good,
            mode: Mode::Study,
            correct: true,
            picked: "[1]".to_string(),
            elapsed_ms: 1000,
            phase: Phase::New,
            memory: None,
            interval_days: 0,
            due: None,
        }
        .with_states(&stale, &after);
        let store = if i % 2 == 0 { &mut a } else { &mut b };
        store.record(&row, &s).unwrap();
    }
    let live = a.cards().unwrap();
    assert!(live.values().all(|c| c.reps == 2), "{live:?}");
    a.rebuild_all(&s).unwrap();
    assert_eq!(a.cards().unwrap(), live);
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
        message.contains(&path.display().to_string()) && message.contains("Move it aside"),
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
    use std::os::unix::fs::PermissionsExt;
    perms.set_mode(0o500);
    std::fs::set_permissions(dir.path(), perms.clone()).unwrap();
    let mut file_perms = std::fs::metadata(&path).unwrap().permissions();
    file_perms.set_mode(0o400);
    std::fs::set_permissions(&path, file_perms).unwrap();
    let result = Store::open(&path).and_then(|mut s| s.set_setting("x", "y"));
    perms.set_mode(0o700);
    std::fs::set_permissions(dir.path(), perms).unwrap();
    // Refused even as root, where the permission bits do not bind.
    let e = result.expect_err("a write-protected database is refused");
    assert!(matches!(e, StoreError::ReadOnly { .. }), "{e:?}");
    assert!(e.to_string().contains("cannot be written"));
    assert!(
        !dir.path().join(format!("{FILE_NAME}-wal")).exists(),
        "no -wal file is left behind to fail later"
    );
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

#[test]
fn an_exam_is_recorded_once_and_its_blank_answers_change_nothing() {
    use crate::deck::{Domain, Kind};
    use crate::exam::{ExamItem, Session, feed, score};
    use std::collections::BTreeSet;
    let dir = tempfile::tempdir().unwrap();
    let s = scheduler();
    let mut a = Store::open_in(dir.path()).unwrap();
    let mut b = Store::open_in(dir.path()).unwrap();
    let items: Vec<ExamItem> = ["q1", "q2", "q3"]
        .iter()
        .map(|q| ExamItem {
            key: key(q),
            domain: Domain::Cost,
            kind: Kind::Single,
            order: vec![0, 1],
        })
        .collect();
    let mut session = Session::new(items.clone(), SignedDuration::from_mins(6));
    a.create_exam(&SavedExam {
        id: "e1".into(),
        started_at: t0(),
        seed: 1,
        session: session.clone(),
    })
    .unwrap();
    // q1 right, q2 wrong, q3 left blank.
    session.answers = vec![BTreeSet::from([0]), BTreeSet::from([1]), BTreeSet::new()];
    let correct = vec![BTreeSet::from([0]); 3];
    // The time on each question survives a save and a reload.
    session.current = 1;
    session.time_ms[1] = 5_000;
    a.save_exam_time("e1", &session).unwrap();
    let saved = b.exam("e1").unwrap().unwrap();
    assert_eq!(saved.session.time_ms, vec![0, 5_000, 0]);
    let result = score(&items, &session.answers, &correct, 60_000);
    let mut n = 0;
    let mut rows = || {
        let cards = a.cards().unwrap();
        feed::study_reviews(&session, &correct, &cards, &s, t0(), || {
            n += 1;
            format!("x{n}")
        })
        .unwrap()
    };
    let first = rows();
    let second = rows();
    a.finish_exam("e1", &session, &result, t0(), &first, &s)
        .unwrap();
    // The same attempt submitted again from another window is refused, and adds nothing.
    let again = b.finish_exam("e1", &session, &result, t0(), &second, &s);
    assert!(
        matches!(again, Err(StoreError::ExamClosed { .. })),
        "{again:?}"
    );
    let log = a.reviews().unwrap();
    assert_eq!(
        log.iter()
            .map(|r| r.key.question.as_str())
            .collect::<Vec<_>>(),
        vec!["q1", "q2"]
    );
    let cards = a.cards().unwrap();
    assert!(
        !cards.contains_key(&key("q3")),
        "a blank answer leaves no card"
    );
    assert_eq!(cards[&key("q1")].reps, 1);
}

#[test]
fn a_newer_database_in_rollback_mode_is_refused_without_a_byte_changed() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(FILE_NAME);
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.execute_batch("CREATE TABLE review_log (id TEXT); PRAGMA user_version = 99;")
            .unwrap();
    }
    let before = std::fs::read(&path).unwrap();
    let err = Store::open(&path).unwrap_err();
    assert!(
        matches!(err, StoreError::TooNew { found: 99, .. }),
        "{err:?}"
    );
    assert_eq!(std::fs::read(&path).unwrap(), before, "not switched to WAL");
    assert!(!dir.path().join(format!("{FILE_NAME}-wal")).exists());
}

#[test]
fn another_programs_database_is_refused_and_ours_is_marked() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(FILE_NAME);
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.execute_batch("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL);")
            .unwrap();
    }
    let before = std::fs::read(&path).unwrap();
    let err = Store::open(&path).unwrap_err();
    assert!(matches!(err, StoreError::Foreign { .. }), "{err:?}");
    assert!(err.to_string().contains("another program"), "{err}");
    assert_eq!(std::fs::read(&path).unwrap(), before);

    let ours = tempfile::tempdir().unwrap();
    let store = Store::open_in(ours.path()).unwrap();
    let id: i32 = store
        .conn
        .query_row("PRAGMA application_id", [], |r| r.get(0))
        .unwrap();
    assert_eq!(id, migrate::APPLICATION_ID);
}

#[test]
fn two_saa_opening_a_new_data_dir_at_once_both_succeed() {
    let dir = tempfile::tempdir().unwrap();
    let handles: Vec<_> = (0..4)
        .map(|_| {
            let path = dir.path().to_path_buf();
            std::thread::spawn(move || Store::open_in(&path).map(|_| ()))
        })
        .collect();
    for h in handles {
        h.join().unwrap().unwrap();
    }
}

/// Machines that suspend, bury, flag, answer and undo on their own, with skewed clocks, and
/// merge each other's history in any order, end in the same state once each has seen all.
mod convergence {
    use super::*;
    use proptest::prelude::*;

    #[derive(Debug, Clone)]
    enum Op {
        Answer(usize, usize),
        UndoLast(usize),
        Suspend(usize, usize, bool),
        Bury(usize, usize, bool),
        Flag(usize, usize, bool),
        Reset(usize, usize),
        UndoReset(usize, usize),
        Merge(usize, usize),
    }

    fn op(machines: usize) -> impl Strategy<Value = Op> {
        let m = 0..machines;
        let q = 0..3usize;
        prop_oneof![
            (m.clone(), q.clone()).prop_map(|(m, q)| Op::Answer(m, q)),
            m.clone().prop_map(Op::UndoLast),
            (m.clone(), q.clone(), any::<bool>()).prop_map(|(m, q, b)| Op::Suspend(m, q, b)),
            (m.clone(), q.clone(), any::<bool>()).prop_map(|(m, q, b)| Op::Bury(m, q, b)),
            (m.clone(), q.clone(), any::<bool>()).prop_map(|(m, q, b)| Op::Flag(m, q, b)),
            (m.clone(), q.clone()).prop_map(|(m, q)| Op::Reset(m, q)),
            (m.clone(), q).prop_map(|(m, q)| Op::UndoReset(m, q)),
            (m.clone(), m).prop_map(|(a, b)| Op::Merge(a, b)),
        ]
    }

    /// Everything `from` knows, merged into `to` as a sync does (events and the log).
    fn merge(from: &Store, to: &mut Store, s: &Scheduler) {
        let rows: Vec<(String, archive::Row)> = from
            .dump_tables()
            .unwrap()
            .into_iter()
            .filter(|(t, _)| *t == "event")
            .map(|(t, r)| (t.to_string(), r))
            .collect();
        to.import_archive(&rows, &[], &from.reviews().unwrap(), s)
            .unwrap();
    }

    fn state(store: &Store) -> String {
        let mut cards: Vec<_> = store.cards().unwrap().into_iter().collect();
        cards.sort_by(|a, b| a.0.cmp(&b.0));
        let mut ids: Vec<String> = store.reviews().unwrap().into_iter().map(|r| r.id).collect();
        ids.sort();
        format!("{cards:?}\n{:?}\n{ids:?}", store.flagged().unwrap())
    }

    fn run(machines: usize, ops: &[Op], skews: &[i64]) {
        let s = scheduler();
        let mut stores: Vec<Store> = (0..machines).map(|_| Store::in_memory().unwrap()).collect();
        let mut answered: Vec<Vec<(String, QuestionKey)>> = vec![Vec::new(); machines];
        for (step, op) in ops.iter().enumerate() {
            let clock = |m: usize| t0() + SignedDuration::from_mins(step as i64 * 7 + skews[m]);
            match op.clone() {
                Op::Answer(m, q) => {
                    let k = key(&format!("q{q}"));
                    let id = format!("m{m}-r{step}");
                    answer(
                        &mut stores[m],
                        &s,
                        &k,
                        Rating::Good,
                        Mode::Study,
                        clock(m),
                        &id,
                    );
                    answered[m].push((id, k));
                }
                Op::UndoLast(m) => {
                    if let Some((id, k)) = answered[m].pop() {
                        // It may be gone already (undone elsewhere and merged here).
                        let _ = stores[m].undo(&id, &k, &s);
                    }
                }
                Op::Suspend(m, q, on) => {
                    let k = key(&format!("q{q}"));
                    let c = stores[m].card(&k).unwrap();
                    let buried = c.buried_until;
                    stores[m].set_aside(&k, on, buried, clock(m)).unwrap();
                }
                Op::Bury(m, q, on) => {
                    let k = key(&format!("q{q}"));
                    let c = stores[m].card(&k).unwrap();
                    let until = on.then(|| clock(m) + SignedDuration::from_hours(20));
                    stores[m]
                        .set_aside(&k, c.suspended, until, clock(m))
                        .unwrap();
                }
                Op::Flag(m, q, on) => {
                    let k = key(&format!("q{q}"));
                    if on {
                        stores[m].flag(&k, None, clock(m)).unwrap();
                    } else {
                        stores[m].unflag(&k, clock(m)).unwrap();
                    }
                }
                Op::Reset(m, q) => {
                    stores[m]
                        .reset(&key(&format!("q{q}")), clock(m), &s)
                        .unwrap();
                }
                Op::UndoReset(m, q) => {
                    stores[m]
                        .undo_reset(&key(&format!("q{q}")), clock(m), &s)
                        .unwrap();
                }
                Op::Merge(a, b) if a != b => {
                    let (from, to) = if a < b {
                        let (x, y) = stores.split_at_mut(b);
                        (&x[a], &mut y[0])
                    } else {
                        let (x, y) = stores.split_at_mut(a);
                        (&y[0], &mut x[b])
                    };
                    merge(from, to, &s);
                }
                Op::Merge(..) => {}
            }
        }
        // Everyone sees everything: two rounds of all pairs.
        for _ in 0..2 {
            for a in 0..machines {
                for b in 0..machines {
                    if a != b {
                        let snapshot =
                            std::mem::replace(&mut stores[a], Store::in_memory().unwrap());
                        merge(&snapshot, &mut stores[b], &s);
                        stores[a] = snapshot;
                    }
                }
            }
        }
        let first = state(&stores[0]);
        for other in &stores[1..] {
            assert_eq!(state(other), first);
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(48))]

        #[test]
        fn two_machines_converge(ops in proptest::collection::vec(op(2), 1..30),
                                 skew in -90i64..90) {
            run(2, &ops, &[0, skew]);
        }

        #[test]
        fn three_machines_converge(ops in proptest::collection::vec(op(3), 1..30),
                                   a in -90i64..90, b in -90i64..90) {
            run(3, &ops, &[0, a, b]);
        }
    }

    #[test]
    fn a_flag_reason_travels_and_an_unflag_takes_it_away_everywhere() {
        let s = scheduler();
        let (mut a, mut b) = (Store::in_memory().unwrap(), Store::in_memory().unwrap());
        let k = key("q1");
        a.flag(&k, Some("the limit is 15 minutes\u{1b}[2J"), t0())
            .unwrap();
        merge(&a, &mut b, &s);
        assert_eq!(b.flagged().unwrap().len(), 1);
        assert_eq!(
            b.flag_reasons().unwrap().get(&k).map(String::as_str),
            Some("the limit is 15 minutes[2J"),
            "the reason arrives, without its control character"
        );
        b.unflag(&k, t0() + SignedDuration::from_mins(5)).unwrap();
        merge(&b, &mut a, &s);
        assert!(a.flagged().unwrap().is_empty() && a.flag_reasons().unwrap().is_empty());
    }

    #[test]
    fn an_unsuspend_on_one_machine_wins_over_an_older_suspend_on_another() {
        let s = scheduler();
        let (mut a, mut b) = (Store::in_memory().unwrap(), Store::in_memory().unwrap());
        let k = key("q1");
        a.set_aside(&k, true, None, t0()).unwrap();
        merge(&a, &mut b, &s);
        assert!(b.card(&k).unwrap().suspended);
        b.set_aside(&k, false, None, t0() + SignedDuration::from_mins(5))
            .unwrap();
        merge(&b, &mut a, &s);
        merge(&a, &mut b, &s);
        assert!(
            !a.card(&k).unwrap().suspended,
            "the later unsuspend travels"
        );
        assert!(!b.card(&k).unwrap().suspended);
        // An undone answer does not come back from a machine that still has it.
        answer(&mut a, &s, &k, Rating::Good, Mode::Study, t0(), "r1");
        merge(&a, &mut b, &s);
        a.undo("r1", &k, &s).unwrap();
        merge(&b, &mut a, &s);
        assert!(a.reviews().unwrap().is_empty(), "b's copy does not return");
        merge(&a, &mut b, &s);
        assert!(b.reviews().unwrap().is_empty(), "the undo travels");
    }
}

#[test]
fn a_version_3_database_keeps_its_set_asides_and_flags_as_events() {
    let dir = tempfile::tempdir().unwrap();
    {
        let store = Store::open_in(dir.path()).unwrap();
        // Back to what version 3 had: no events, the state in the card and flag tables.
        store
            .conn
            .execute_batch(
                "DROP TABLE event;
                 ALTER TABLE exam DROP COLUMN practice;
                 ALTER TABLE exam_item DROP COLUMN checked;
                 INSERT INTO card (deck, question, phase, suspended, buried_until)
                   VALUES ('lambda', 'q1', 'new', 1, NULL), ('lambda', 'q2', 'new', 0, 1900000000000);
                 INSERT INTO flag (deck, question, flagged_at) VALUES ('lambda', 'q3', 1700000000000);
                 PRAGMA user_version = 3;",
            )
            .unwrap();
    }
    let mut store = Store::open_in(dir.path()).unwrap();
    assert_eq!(store.event_count().unwrap(), 3);
    assert!(store.card(&key("q1")).unwrap().suspended);
    assert!(store.card(&key("q2")).unwrap().buried_until.is_some());
    assert_eq!(store.flagged().unwrap().len(), 1);
    // Later changes win over the migrated state.
    store.unflag(&key("q3"), t0()).unwrap();
    store.set_aside(&key("q1"), false, None, t0()).unwrap();
    assert!(store.flagged().unwrap().is_empty());
    assert!(!store.card(&key("q1")).unwrap().suspended);
}

#[test]
fn the_latest_exam_plan_change_wins_between_machines() {
    use crate::sched::ExamPlan;
    let s = scheduler();
    let settings = |store: &Store| -> Vec<(String, archive::Row)> {
        store
            .dump_tables()
            .unwrap()
            .into_iter()
            .filter(|(t, _)| *t == "setting")
            .map(|(t, r)| (t.to_string(), r))
            .collect()
    };
    let (mut a, mut b) = (Store::in_memory().unwrap(), Store::in_memory().unwrap());
    let date = |d: &str| ExamPlan::new(d.parse().unwrap());
    b.set_exam_plan(Some(&date("2027-02-01"))).unwrap();
    std::thread::sleep(std::time::Duration::from_millis(5));
    a.set_exam_plan(Some(&date("2027-01-20"))).unwrap();
    // b's older plan gives way to a's newer one...
    b.import_archive(&settings(&a), &[], &[], &s).unwrap();
    assert_eq!(b.exam_plan().unwrap(), Some(date("2027-01-20")));
    // ...and a does not take b's older one back.
    a.import_archive(&settings(&b), &[], &[], &s).unwrap();
    assert_eq!(a.exam_plan().unwrap(), Some(date("2027-01-20")));
    // Clearing travels too.
    std::thread::sleep(std::time::Duration::from_millis(5));
    a.set_exam_plan(None).unwrap();
    b.import_archive(&settings(&a), &[], &[], &s).unwrap();
    assert_eq!(b.exam_plan().unwrap(), None);
}

#[test]
fn a_full_disk_is_named_as_such_and_keeps_what_was_saved() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open_in(dir.path()).unwrap();
    let s = scheduler();
    answer(
        &mut store,
        &s,
        &key("q0"),
        Rating::Good,
        Mode::Study,
        t0(),
        "kept",
    );
    // SQLite's own size cap stands in for a full disk: the same SQLITE_FULL a write gets.
    let pages: i64 = store
        .conn
        .query_row("PRAGMA page_count", [], |r| r.get(0))
        .unwrap();
    store
        .conn
        .pragma_update(None, "max_page_count", pages)
        .unwrap();
    let mut failure = None;
    for i in 0..2000 {
        let k = key(&format!("q{}", i % 50));
        let before = store.card(&k).unwrap();
        let at = t0() + SignedDuration::from_mins(i + 1);
        let after = s
            .apply(&k.to_string(), &before, Rating::Good, Mode::Study, at)
            .unwrap();
        let row = ReviewRow {
            id: format!("r{i}-{}", "x".repeat(200)),
            key: k.clone(),
            reviewed_at: at,
            rating: Rating::Good,
            mode: Mode::Study,
            correct: true,
            picked: "[]".into(),
            elapsed_ms: 1000,
            phase: before.phase,
            memory: after.memory,
            interval_days: after.interval_days,
            due: after.due,
        };
        if let Err(e) = store.record(&row, &s) {
            failure = Some(e);
            break;
        }
    }
    let e = failure.expect("the capped file fills up");
    assert!(matches!(e, StoreError::DiskFull { .. }), "{e:?}");
    assert!(e.to_string().contains("full"), "{e}");
    assert!(store.reviews().unwrap().iter().any(|r| r.id == "kept"));
}

#[test]
fn a_reset_starts_the_schedule_over_and_keeps_the_answers() {
    let s = scheduler();
    let mut store = Store::in_memory().unwrap();
    let k = key("q1");
    answer(&mut store, &s, &k, Rating::Good, Mode::Study, t0(), "r1");
    let day = SignedDuration::from_hours(24);
    answer(
        &mut store,
        &s,
        &k,
        Rating::Good,
        Mode::Study,
        t0() + day * 3,
        "r2",
    );
    assert_eq!(store.card(&k).unwrap().reps, 2);
    store.reset(&k, t0() + day * 4, &s).unwrap();
    let card = store.card(&k).unwrap();
    assert_eq!((card.phase, card.reps), (Phase::New, 0), "{card:?}");
    assert_eq!(
        store.reviews().unwrap().len(),
        2,
        "the answers stay in the log"
    );
    // Answering again starts from new.
    answer(
        &mut store,
        &s,
        &k,
        Rating::Good,
        Mode::Study,
        t0() + day * 5,
        "r3",
    );
    assert_eq!(store.card(&k).unwrap().reps, 1);
    // A full rebuild from the log gives the same card.
    let before = store.card(&k).unwrap();
    store.rebuild_all(&s).unwrap();
    assert_eq!(store.card(&k).unwrap(), before);
}

#[test]
fn an_undone_reset_gives_back_the_schedule_the_answers_made() {
    let s = scheduler();
    let mut store = Store::in_memory().unwrap();
    let k = key("q1");
    let day = SignedDuration::from_hours(24);
    answer(&mut store, &s, &k, Rating::Good, Mode::Study, t0(), "r1");
    answer(
        &mut store,
        &s,
        &k,
        Rating::Good,
        Mode::Study,
        t0() + day * 3,
        "r2",
    );
    let before = store.card(&k).unwrap();
    assert!(
        !store.undo_reset(&k, t0() + day * 4, &s).unwrap(),
        "nothing to undo yet"
    );
    store.reset(&k, t0() + day * 4, &s).unwrap();
    assert_eq!(store.card(&k).unwrap().reps, 0);
    assert!(store.undo_reset(&k, t0() + day * 4, &s).unwrap());
    assert_eq!(store.card(&k).unwrap(), before, "as if never reset");
    store.rebuild_all(&s).unwrap();
    assert_eq!(store.card(&k).unwrap(), before, "and a rebuild agrees");
    // Two resets: one undo takes back the latest only.
    store.reset(&k, t0() + day * 5, &s).unwrap();
    store.reset(&k, t0() + day * 6, &s).unwrap();
    assert!(store.undo_reset(&k, t0() + day * 6, &s).unwrap());
    assert_eq!(
        store.card(&k).unwrap().reps,
        0,
        "the earlier reset still holds"
    );
}

#[test]
fn the_latest_answers_are_read_from_the_index_alone() {
    let store = Store::in_memory().unwrap();
    let plan: Vec<String> = store
        .conn
        .prepare(&format!("EXPLAIN QUERY PLAN {}", reviews::LAST_ANSWERS))
        .unwrap()
        .query_map([], |r| r.get::<_, String>(3))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap();
    assert_eq!(
        plan,
        ["SCAN review_log USING COVERING INDEX review_log_by_card"]
    );
}

#[test]
fn scanning_the_log_sums_it_up_exactly_as_reading_it_whole() {
    let mut store = Store::in_memory().unwrap();
    let s = scheduler();
    let hour = |h: i64| t0().checked_add(SignedDuration::from_hours(h)).unwrap();
    let ratings = [
        Rating::Good,
        Rating::Again,
        Rating::Easy,
        Rating::Again,
        Rating::Hard,
    ];
    for i in 0..40i64 {
        let k = key(&format!("q{}", i % 7));
        let mode = [Mode::Study, Mode::Exam, Mode::Cram][i as usize % 3];
        let rating = ratings[i as usize % ratings.len()];
        answer(
            &mut store,
            &s,
            &k,
            rating,
            mode,
            hour(i * 13),
            &format!("r{i}"),
        );
    }
    let now = hour(40 * 13 + 5);
    let mut scanned = crate::stats::LogSummary::new(s.days(), now);
    store.scan_answers(|a| scanned.add(a)).unwrap();
    let whole = crate::stats::LogSummary::of(&store.reviews().unwrap(), s.days(), now);
    assert_eq!(whole.last_right().len(), 7);
    assert!(scanned == whole, "{scanned:?}\n{whole:?}");
}

#[test]
fn every_answer_is_known_when_logged_or_undone() {
    let mut store = Store::in_memory().unwrap();
    let s = scheduler();
    let k = key("q1");
    let later = t0().checked_add(SignedDuration::from_hours(30)).unwrap();
    answer(&mut store, &s, &k, Rating::Good, Mode::Study, t0(), "r1");
    answer(&mut store, &s, &k, Rating::Again, Mode::Study, later, "r2");
    let logged = store.reviews().unwrap();
    assert!(store.has_every_answer(&logged).unwrap());
    assert!(store.has_every_answer(&[]).unwrap());
    let mut new = logged[0].clone();
    new.id = "r3".into();
    assert!(!store.has_every_answer(&[logged[0].clone(), new]).unwrap());
    store.undo("r2", &k, &s).unwrap();
    assert!(
        store.has_every_answer(&logged).unwrap(),
        "an undone answer stays undone"
    );
    // A few answers against a longer log are looked up one by one: the same answers.
    for i in 0..20i64 {
        let at = later
            .checked_add(SignedDuration::from_hours(i + 1))
            .unwrap();
        let id = format!("x{i}");
        answer(
            &mut store,
            &s,
            &key(&format!("q{i}")),
            Rating::Good,
            Mode::Study,
            at,
            &id,
        );
    }
    assert!(store.has_every_answer(&logged[..1]).unwrap());
    let mut new = logged[0].clone();
    new.id = "x99".into();
    assert!(!store.has_every_answer(&[new]).unwrap());
}
