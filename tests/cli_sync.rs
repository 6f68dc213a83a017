//! `saa sync` as two machines run it through one shared folder.

use std::path::Path;

use assert_cmd::Command;
use saa::store::Store;

fn saa(data_dir: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_saa"));
    cmd.env_remove("SAA_DECKS")
        .env("SAA_CONFIG", "/dev/null")
        .env("TZ", "UTC")
        .arg("--data-dir")
        .arg(data_dir);
    cmd
}

fn run(data_dir: &Path, args: &[&str]) -> (bool, String, String) {
    let out = saa(data_dir).args(args).output().unwrap();
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn review(id: &str, question: &str, at: &str) -> String {
    format!(
        r#"{{"id":"{id}","deck":"lambda","question":"{question}","reviewed_at":"{at}","rating":3,"mode":"study","correct":true,"elapsed_ms":3000}}"#
    )
}

/// Gives a machine some reviews of its own through an import.
fn study(data_dir: &Path, ids: &[(&str, &str)]) {
    let file = data_dir.join("own.jsonl");
    let lines: Vec<String> = ids
        .iter()
        .map(|(id, q)| review(id, q, "2026-12-01T10:00:00Z"))
        .collect();
    std::fs::write(&file, lines.join("\n") + "\n").unwrap();
    let (ok, _, err) = run(data_dir, &["import", "reviews", &file.to_string_lossy()]);
    assert!(ok, "{err}");
}

fn review_ids(data_dir: &Path) -> Vec<String> {
    let mut ids: Vec<String> = Store::open_in(data_dir)
        .unwrap()
        .reviews()
        .unwrap()
        .into_iter()
        .map(|r| r.id)
        .collect();
    ids.sort();
    ids
}

#[test]
fn two_machines_end_with_the_same_log_and_never_write_each_others_files() {
    let shared = tempfile::tempdir().unwrap();
    let folder = shared.path().to_string_lossy().into_owned();
    let a = tempfile::tempdir().unwrap();
    let b = tempfile::tempdir().unwrap();
    study(a.path(), &[("a1", "q1"), ("a2", "q2")]);
    study(b.path(), &[("b1", "q3")]);

    let (ok, said, err) = run(a.path(), &["sync", &folder]);
    assert!(ok, "{err}");
    assert!(said.contains("written (2 reviews"), "{said}");
    let (ok, said, err) = run(b.path(), &["sync", &folder]);
    assert!(ok, "{err}");
    assert!(said.contains("2 new reviews, 0 already here"), "{said}");
    assert!(said.contains("written (3 reviews"), "{said}");
    let (ok, said, err) = run(a.path(), &["sync", &folder]);
    assert!(ok, "{err}");
    assert!(said.contains("1 new reviews, 2 already here"), "{said}");

    assert_eq!(review_ids(a.path()), ["a1", "a2", "b1"]);
    assert_eq!(review_ids(a.path()), review_ids(b.path()));
    let a_store = Store::open_in(a.path()).unwrap();
    let b_store = Store::open_in(b.path()).unwrap();
    assert_eq!(a_store.cards().unwrap(), b_store.cards().unwrap());
    // One file per machine, under different names.
    let mut files: Vec<String> = std::fs::read_dir(shared.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    files.sort();
    assert_eq!(files.len(), 2, "{files:?}");
    assert!(files.iter().all(|f| f.ends_with(".jsonl")), "{files:?}");
    for f in &files {
        let text = std::fs::read_to_string(shared.path().join(f)).unwrap();
        assert!(
            !text.contains("local."),
            "a machine's own settings stay home: {text}"
        );
    }
    // Syncing again with nothing new reads nothing and rewrites nothing.
    let (ok, said, _) = run(a.path(), &["sync", &folder]);
    assert!(ok);
    assert!(said.contains("unchanged since the last sync"), "{said}");
    assert!(said.contains("already up to date"), "{said}");
    // Something new here and nothing new there: only this machine's file is written.
    study(a.path(), &[("a3", "q1")]);
    let (ok, said, err) = run(a.path(), &["sync", &folder]);
    assert!(ok, "{err}");
    assert!(said.contains("unchanged since the last sync"), "{said}");
    assert!(said.contains("written (4 reviews"), "{said}");
    // Neither machine's own name travels in its export.
    let (_, status_a, _) = run(a.path(), &["sync", "--status", &folder]);
    let (_, status_b, _) = run(b.path(), &["sync", "--status", &folder]);
    let name = |status: &str| status.split_whitespace().nth(3).unwrap_or("").to_string();
    assert_ne!(name(&status_a), name(&status_b), "{status_a}\n{status_b}");
    assert!(
        status_a.contains("this machine") && status_a.contains("merged"),
        "{status_a}"
    );
}

#[test]
fn a_file_still_being_copied_is_read_up_to_its_last_complete_line() {
    let shared = tempfile::tempdir().unwrap();
    let folder = shared.path().to_string_lossy().into_owned();
    let a = tempfile::tempdir().unwrap();
    let whole = review("p1", "q1", "2026-12-01T10:00:00Z");
    let cut = review("p2", "q2", "2026-12-01T11:00:00Z");
    std::fs::write(
        shared.path().join("phone-000001.jsonl"),
        format!("{whole}\n{}", &cut[..cut.len() / 2]),
    )
    .unwrap();
    let (ok, said, err) = run(a.path(), &["sync", &folder]);
    assert!(ok, "{err}");
    assert!(said.contains("1 new reviews"), "{said}");
    assert!(said.contains("last line is incomplete"), "{said}");
    assert_eq!(review_ids(a.path()), ["p1"]);
    // The copy finishes: the next sync reads the rest.
    std::fs::write(
        shared.path().join("phone-000001.jsonl"),
        format!("{whole}\n{cut}\n"),
    )
    .unwrap();
    let (ok, said, _) = run(a.path(), &["sync", &folder]);
    assert!(ok);
    assert!(said.contains("1 new reviews, 1 already here"), "{said}");
    assert_eq!(review_ids(a.path()), ["p1", "p2"]);
}

#[test]
fn a_damaged_file_is_named_and_the_others_still_merge() {
    let shared = tempfile::tempdir().unwrap();
    let folder = shared.path().to_string_lossy().into_owned();
    let a = tempfile::tempdir().unwrap();
    std::fs::write(
        shared.path().join("bad-000001.jsonl"),
        format!("{}\nnot json\n", review("x1", "q1", "2026-12-01T10:00:00Z")),
    )
    .unwrap();
    std::fs::write(
        shared.path().join("good-000002.jsonl"),
        review("g1", "q2", "2026-12-01T10:00:00Z") + "\n",
    )
    .unwrap();
    let (ok, said, err) = run(a.path(), &["sync", &folder]);
    assert!(!ok, "a damaged file fails the sync");
    assert!(
        err.contains("bad-000001.jsonl:2:") && err.contains("nothing was merged from it"),
        "{err}"
    );
    assert!(said.contains("good-000002.jsonl: 1 new reviews"), "{said}");
    assert_eq!(review_ids(a.path()), ["g1"], "all of the bad file or none");
}

#[test]
fn without_a_folder_sync_says_how_to_name_one() {
    let a = tempfile::tempdir().unwrap();
    let (ok, _, err) = run(a.path(), &["sync"]);
    assert!(!ok);
    assert!(err.contains("[sync] dir"), "{err}");
    let (ok, _, err) = run(a.path(), &["sync", "/nonexistent/saa-sync"]);
    assert!(!ok);
    assert!(err.contains("is not a folder"), "{err}");
}
