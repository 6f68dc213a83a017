//! Export, import and optimize as a user runs them.

use std::path::Path;

use assert_cmd::Command;

fn saa(data_dir: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_saa"));
    cmd.env_remove("SAA_DECKS")
        .env("SAA_CONFIG", "/dev/null")
        .env("TZ", "UTC")
        .arg("--data-dir")
        .arg(data_dir);
    cmd
}

fn line(id: &str, question: &str, at: &str, rating: u8) -> String {
    format!(
        r#"{{"id":"{id}","deck":"lambda","question":"{question}","reviewed_at":"{at}","rating":{rating},"mode":"study","correct":{},"elapsed_ms":3000}}"#,
        rating > 1
    )
}

#[test]
fn import_is_idempotent_and_export_round_trips() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("in.jsonl");
    let lines = [
        line("r1", "q1", "2026-11-01T10:00:00Z", 3),
        line("r2", "q1", "2026-11-04T10:00:00Z", 1),
        line("r3", "q2", "2026-11-04T10:05:00Z", 4),
    ];
    std::fs::write(&file, lines.join("\n") + "\n").unwrap();
    let out = saa(dir.path())
        .args(["import", "reviews"])
        .arg(&file)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        String::from_utf8_lossy(&out.stdout)
            .contains("3 added, 0 already present; 2 questions rescheduled")
    );
    let backups = || std::fs::read_dir(dir.path().join("backups")).map_or(0, |d| d.count());
    let backups_after_first = backups();
    assert_eq!(backups_after_first, 1, "a backup before the first import");
    let out = saa(dir.path())
        .args(["import", "reviews"])
        .arg(&file)
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).contains("0 added, 3 already present"));
    // Nothing to log: no backup pushes an older one out.
    assert_eq!(backups(), backups_after_first);

    let exported = saa(dir.path())
        .args(["export", "reviews"])
        .output()
        .unwrap();
    let text = String::from_utf8(exported.stdout).unwrap();
    let rows: Vec<serde_json::Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(rows.len(), 3);
    assert_eq!(rows[1]["id"], "r2");
    assert_eq!(rows[1]["reviewed_at"], "2026-11-04T10:00:00Z");
    // State fields were recomputed on import: a lapse leaves a short stability.
    assert!(rows[0]["stability"].as_f64().unwrap() > 2.0);
    assert!(rows[1]["stability"].as_f64().unwrap() < rows[0]["stability"].as_f64().unwrap() + 1.0);
    for key in [
        "id",
        "deck",
        "question",
        "reviewed_at",
        "rating",
        "mode",
        "correct",
        "elapsed_ms",
        "stability",
        "difficulty",
        "interval_days",
        "due",
    ] {
        assert!(rows[0].get(key).is_some(), "missing {key}");
    }

    // CSV export imports into a fresh store with the same result.
    let csv = dir.path().join("out.csv");
    saa(dir.path())
        .args(["export", "reviews", "--format", "csv", "--out"])
        .arg(&csv)
        .assert()
        .success();
    let other = tempfile::tempdir().unwrap();
    saa(other.path())
        .args(["import", "reviews"])
        .arg(&csv)
        .assert()
        .success();
    let again = saa(other.path())
        .args(["export", "reviews"])
        .output()
        .unwrap();
    assert_eq!(String::from_utf8(again.stdout).unwrap(), text);
}

#[test]
fn a_malformed_line_imports_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("bad.jsonl");
    let text = [
        line("r1", "q1", "2026-11-01T10:00:00Z", 3),
        line("r2", "q1", "yesterday", 3),
    ]
    .join("\n");
    std::fs::write(&file, text).unwrap();
    let out = saa(dir.path())
        .args(["import", "reviews"])
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("bad.jsonl:2:") && err.contains("nothing was imported"),
        "{err}"
    );
    let exported = saa(dir.path())
        .args(["export", "reviews"])
        .output()
        .unwrap();
    assert!(exported.stdout.is_empty());
}

#[test]
fn optimize_says_how_much_more_history_it_needs() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("in.jsonl");
    std::fs::write(
        &file,
        line("r1", "q1", "2026-11-01T10:00:00Z", 3)
            + "\n"
            + &line("r2", "q1", "2026-11-03T10:00:00Z", 3),
    )
    .unwrap();
    saa(dir.path())
        .args(["import", "reviews"])
        .arg(&file)
        .assert()
        .success();
    let out = saa(dir.path()).arg("optimize").output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("1 usable reviews, 100 needed (99 more)"),
        "{text}"
    );
}

#[test]
fn a_corrupt_database_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("progress.sqlite3"),
        b"not a database".repeat(200),
    )
    .unwrap();
    let out = saa(dir.path())
        .args(["export", "reviews"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("progress.sqlite3 is not a saa progress database"),
        "{err}"
    );
}

#[test]
fn deck_check_reports_orphans_and_flagged_questions() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("in.jsonl");
    std::fs::write(
        &file,
        line("r1", "no-such-question", "2026-11-01T10:00:00Z", 3) + "\n",
    )
    .unwrap();
    saa(dir.path())
        .args(["import", "reviews"])
        .arg(&file)
        .assert()
        .success();
    {
        let mut store = saa::store::Store::open_in(dir.path()).unwrap();
        let key = saa::deck::QuestionKey {
            deck: saa::deck::Id::parse("lambda").unwrap(),
            question: saa::deck::Id::parse("default-timeout-three-seconds").unwrap(),
        };
        store
            .flag(
                &key,
                Some("the default is 3 seconds, not 6"),
                "2026-11-29T09:00:00Z".parse().unwrap(),
            )
            .unwrap();
    }
    let out = saa(dir.path()).args(["deck", "check"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("1 question with progress no longer in any deck")
            && text.contains("lambda/no-such-question"),
        "{text}"
    );
    let out = saa(dir.path())
        .args(["deck", "check", "--flagged"])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("decks/lambda.toml:")
            && text.contains("lambda/default-timeout-three-seconds flagged 2026-11-29")
            && text.contains("\n    why: the default is 3 seconds, not 6"),
        "{text}"
    );
}

#[test]
fn stats_json_has_the_documented_keys() {
    let dir = tempfile::tempdir().unwrap();
    let out = saa(dir.path()).args(["stats", "--json"]).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let mut keys: Vec<&str> = doc
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    keys.sort();
    assert_eq!(
        keys,
        vec![
            "cards",
            "domains",
            "due",
            "exam_day",
            "exams",
            "forecast",
            "readiness",
            "retention",
            "reviews",
            "tasks",
            "topics"
        ]
    );
    assert_eq!(doc["forecast"].as_array().unwrap().len(), 30);
    assert_eq!(doc["tasks"].as_array().unwrap().len(), 14);
    assert_eq!(doc["tasks"][0]["task"], "1.1");
    assert_eq!(doc["retention"]["desired"], 0.9);
    // Piped, `saa stats` prints a readable summary instead of opening the app.
    let out = saa(dir.path()).arg("stats").output().unwrap();
    assert!(out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stdout)
            .to_lowercase()
            .contains("readiness")
    );
}

#[test]
fn unsuspend_lists_and_restores() {
    let dir = tempfile::tempdir().unwrap();
    let key = saa::deck::QuestionKey {
        deck: saa::deck::Id::parse("lambda").unwrap(),
        question: saa::deck::Id::parse("some-question").unwrap(),
    };
    {
        let mut store = saa::store::Store::open_in(dir.path()).unwrap();
        store
            .set_aside(&key, true, None, jiff::Timestamp::UNIX_EPOCH)
            .unwrap();
    }
    let out = saa(dir.path()).arg("unsuspend").output().unwrap();
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).trim(),
        "lambda/some-question"
    );
    let out = saa(dir.path())
        .args(["unsuspend", "lambda/other"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("lambda/other is not suspended"));
    let out = saa(dir.path())
        .args(["unsuspend", "lambda/some-question"])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).contains("1 question back in study."));
    let store = saa::store::Store::open_in(dir.path()).unwrap();
    assert!(!store.card(&key).unwrap().suspended);
}

#[test]
fn a_bad_config_file_is_named_with_its_problem() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("config.toml");
    std::fs::write(&config, "[schedule]\ndesired_retention = 1.5\n").unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_saa"))
        .env("SAA_CONFIG", &config)
        .args(["stats", "--json", "--data-dir"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("config.toml") && err.contains("desired_retention = 1.5 is outside 0.70-0.99"),
        "{err}"
    );
}

#[test]
fn damage_inside_the_database_is_found_before_anything_is_written() {
    let dir = tempfile::tempdir().unwrap();
    // A log big enough to span many pages.
    let file = dir.path().join("in.jsonl");
    let lines: Vec<String> = (0..3000)
        .map(|i| {
            line(
                &format!("r{i}"),
                &format!("q{}", i % 300),
                &format!("2026-10-{:02}T10:{:02}:00Z", 1 + i % 28, i % 60),
                3,
            )
        })
        .collect();
    std::fs::write(&file, lines.join("\n")).unwrap();
    let out = saa(dir.path())
        .args(["import", "reviews"])
        .arg(&file)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // 4 KB of noise in the middle of the file, as a failing disk might leave.
    let db = dir.path().join("progress.sqlite3");
    let mut bytes = std::fs::read(&db).unwrap();
    let middle = bytes.len() / 2 / 4096 * 4096;
    let mut seed = 7u32;
    for b in &mut bytes[middle..middle + 4096] {
        seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12345);
        *b = (seed >> 16) as u8;
    }
    std::fs::write(&db, &bytes).unwrap();
    let backups = || std::fs::read_dir(dir.path().join("backups")).map_or(0, |d| d.count());
    let backups_before = backups();
    let folder = dir.path().join("shared");
    std::fs::create_dir(&folder).unwrap();
    let folder = folder.to_string_lossy().into_owned();
    for args in [
        &["import", "reviews"][..],
        &["export", "reviews"][..],
        &["sync", folder.as_str()][..],
    ] {
        let mut cmd = saa(dir.path());
        cmd.args(args);
        if args[0] == "import" {
            cmd.arg(&file);
        }
        let out = cmd.output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
        assert!(
            err.contains("damaged") || err.contains("malformed"),
            "{err}"
        );
        assert!(
            err.contains("Nothing was written") && err.contains("saa restore "),
            "{err}"
        );
    }
    assert!(
        std::fs::read(&db).unwrap() == bytes,
        "the damaged file was left as it was"
    );
    // Nor was a backup made of it (it would push a good one out), nor an export shared.
    assert_eq!(backups(), backups_before);
    assert_eq!(std::fs::read_dir(&folder).unwrap().count(), 0);
    // The command the message names puts the backup made before the import back.
    let err = String::from_utf8_lossy(
        &saa(dir.path())
            .args(["import", "reviews"])
            .arg(&file)
            .output()
            .unwrap()
            .stderr,
    )
    .to_string();
    let backup = err
        .split("saa restore ")
        .nth(1)
        .and_then(|rest| rest.split_whitespace().next())
        .expect("a backup is named");
    let out = saa(dir.path()).args(["restore", backup]).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = saa(dir.path())
        .args(["export", "reviews"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // The backup was made before the first import: an empty log, healthy again.
    assert_eq!(String::from_utf8_lossy(&out.stdout).lines().count(), 0);
}

#[test]
fn config_mistakes_name_their_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("config.toml");
    let run = |args: &[&str]| {
        let out = Command::new(env!("CARGO_BIN_EXE_saa"))
            .env("SAA_CONFIG", &config)
            .args(args)
            .arg("--data-dir")
            .arg(dir.path())
            .output()
            .unwrap();
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stderr).to_string(),
        )
    };
    // SAA_CONFIG naming a file that is not there.
    let (code, err) = run(&["stats", "--json"]);
    assert_eq!(code, Some(2));
    assert!(
        err.contains("SAA_CONFIG names") && err.contains("does not exist"),
        "{err}"
    );
    // An unknown action, a bad key, and a key that takes over quit: each at its place.
    std::fs::write(
        &config,
        "[schedule]\nnew_per_day = 10\n\n[keys]\nundoo = \"u\"\nflag = \"ctrl-\"\nundo = \"q\"\n",
    )
    .unwrap();
    let (code, err) = run(&["study"]);
    assert_eq!(code, Some(2), "{err}");
    let place = config.display().to_string();
    assert!(
        err.contains(&format!("{place}:5:1: [keys] `undoo` is not an action")),
        "{err}"
    );
    assert!(err.contains(&format!("{place}:6:1: [keys] flag:")), "{err}");
    assert!(
        err.contains(&format!("{place}:7:1: [keys] `q` is the quit key")),
        "{err}"
    );
    // An out-of-range value, at its line.
    std::fs::write(&config, "[schedule]\n\nday_rollover_hour = 25\n").unwrap();
    let (code, err) = run(&["stats", "--json"]);
    assert_eq!(code, Some(2));
    assert!(
        err.contains(&format!("{place}:3:1: day_rollover_hour = 25")),
        "{err}"
    );
}

/// Runs saa with its clock at 2026-11-29T09:00:00Z, expects success, returns stdout.
fn succeeds_at_fixed_now(data_dir: &Path, args: &[&str]) -> String {
    let out = saa(data_dir)
        .args(["--now", "2026-11-29T09:00:00Z"])
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).to_string()
}

#[test]
fn an_exam_plan_is_set_shown_and_cleared() {
    let dir = tempfile::tempdir().unwrap();
    let run = |args: &[&str]| succeeds_at_fixed_now(dir.path(), args);
    assert!(run(&["plan"]).contains("No exam date set"));
    let set = run(&["plan", "--exam-date", "2027-01-20"]);
    assert!(set.contains("Exam on 2027-01-20 (D-52)"), "{set}");
    assert!(
        set.contains("target 95%") && set.contains("new a day"),
        "{set}"
    );
    // The plan is kept, and changing its target keeps its date.
    let tuned = run(&["plan", "--exam-date", "2027-01-20", "--target", "0.9"]);
    assert!(tuned.contains("target 90%"), "{tuned}");
    // A date too close for the buffer says the plan is not feasible.
    let tight = run(&["plan", "--exam-date", "2026-12-03"]);
    assert!(tight.contains("not feasible"), "{tight}");
    assert!(run(&["plan", "--clear"]).contains("No exam date set"));
    let bad = saa(dir.path())
        .args(["plan", "--exam-date", "2027-01-20", "--target", "1.5"])
        .output()
        .unwrap();
    assert_eq!(bad.status.code(), Some(2));
}

#[test]
fn stats_show_the_exam_day_outlook_with_a_plan() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("in.jsonl");
    std::fs::write(&file, line("r1", "q1", "2026-11-20T10:00:00Z", 3)).unwrap();
    let run = |args: &[&str]| succeeds_at_fixed_now(dir.path(), args);
    run(&["import", "reviews", &file.to_string_lossy()]);
    let json: serde_json::Value = serde_json::from_str(&run(&["stats", "--json"])).unwrap();
    assert!(json["exam_day"].is_null());
    run(&["plan", "--exam-date", "2027-01-20"]);
    let json: serde_json::Value = serde_json::from_str(&run(&["stats", "--json"])).unwrap();
    assert_eq!(json["exam_day"]["date"], "2027-01-20");
    assert_eq!(json["exam_day"]["days_left"], 52);
    assert_eq!(json["exam_day"]["domains"].as_array().unwrap().len(), 4);
    assert!(json["exam_day"]["at_risk"].as_u64().is_some());
    assert_eq!(json["exam_day"]["tasks"].as_array().unwrap().len(), 14);
    assert!(
        json["exam_day"]["readiness"]
            .get("questions_needed")
            .is_some()
    );
    assert!(run(&["stats"]).contains("Exam day 2027-01-20 (D-52)"));
}

#[test]
fn a_complete_export_moves_everything_to_a_fresh_data_dir() {
    use saa::deck::{Domain, Id, Kind, QuestionKey};
    use saa::exam::{ExamItem, Session};
    use saa::store::Store;
    let from = tempfile::tempdir().unwrap();
    let file = from.path().join("in.jsonl");
    std::fs::write(
        &file,
        [
            line("r1", "timeout-card", "2026-11-01T10:00:00Z", 3),
            line("r2", "timeout-card", "2026-11-04T10:00:00Z", 3),
        ]
        .join("\n"),
    )
    .unwrap();
    succeeds_at_fixed_now(from.path(), &["import", "reviews", &file.to_string_lossy()]);
    succeeds_at_fixed_now(from.path(), &["plan", "--exam-date", "2027-01-20"]);
    {
        let mut store = Store::open_in(from.path()).unwrap();
        let key = |q: &str| QuestionKey {
            deck: Id::parse("lambda").unwrap(),
            question: Id::parse(q).unwrap(),
        };
        store
            .set_aside(&key("other-q"), true, None, jiff::Timestamp::UNIX_EPOCH)
            .unwrap();
        store
            .flag(
                &key("timeout-card"),
                None,
                "2026-11-05T10:00:00Z".parse().unwrap(),
            )
            .unwrap();
        let items = vec![ExamItem {
            key: key("timeout-card"),
            domain: Domain::Resilient,
            kind: Kind::Single,
            order: vec![0, 1],
        }];
        store
            .create_exam(&saa::store::SavedExam {
                id: "e1".into(),
                started_at: "2026-11-06T10:00:00Z".parse().unwrap(),
                seed: 1,
                session: Session::new(items, jiff::SignedDuration::from_mins(2)),
            })
            .unwrap();
    }
    let export = from.path().join("all.jsonl");
    succeeds_at_fixed_now(
        from.path(),
        &["export", "all", "--out", &export.to_string_lossy()],
    );

    let to = tempfile::tempdir().unwrap();
    let said = succeeds_at_fixed_now(to.path(), &["import", "reviews", &export.to_string_lossy()]);
    assert!(said.contains("merged"), "{said}");
    let a = Store::open_in(from.path()).unwrap();
    let b = Store::open_in(to.path()).unwrap();
    assert_eq!(b.reviews().unwrap().len(), 2);
    assert_eq!(
        b.cards().unwrap(),
        a.cards().unwrap(),
        "cards, suspensions included"
    );
    assert_eq!(b.flagged().unwrap(), a.flagged().unwrap());
    assert_eq!(b.exam_plan().unwrap(), a.exam_plan().unwrap());
    assert_eq!(b.open_exam().unwrap().map(|e| e.id), Some("e1".to_string()));
    // Importing it again changes nothing.
    let again = succeeds_at_fixed_now(to.path(), &["import", "reviews", &export.to_string_lossy()]);
    assert!(again.contains("0 added"), "{again}");
    assert_eq!(
        Store::open_in(to.path()).unwrap().cards().unwrap(),
        a.cards().unwrap()
    );
}

#[test]
fn a_failed_export_names_the_learners_file_not_a_temporary_one() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("no-such-folder").join("all.jsonl");
    let out = saa(dir.path())
        .args(["export", "all", "--out"])
        .arg(&target)
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(err.contains(&target.display().to_string()), "{err}");
    assert!(!err.contains("partial"), "{err}");
}
