//! The deck commands as a user runs them: exit codes, diagnostics, loading rules.

use std::path::Path;

use assert_cmd::Command;

fn saa(data_dir: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_saa"));
    cmd.env_remove("SAA_DECKS")
        .env_remove("NO_COLOR")
        .arg("--data-dir")
        .arg(data_dir);
    cmd
}

fn fixture(name: &str) -> String {
    std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures")
            .join(name),
    )
    .unwrap()
}

#[test]
fn check_reports_every_problem_with_file_line_col_and_exit_1() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("broken.toml");
    let text = fixture("small.toml")
        .replace("explanation =", "explanaton =")
        .replace("domain = \"resilient\"", "domain = \"speed\"");
    std::fs::write(&path, text).unwrap();
    let out = saa(dir.path())
        .args(["deck", "check"])
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8(out.stdout).unwrap();
    let shown = path.display().to_string();
    assert!(
        stdout.contains(&format!("{shown}:8:10: error: unknown domain `speed`")),
        "{stdout}"
    );
    assert!(
        stdout.contains(&format!("{shown}:11:1: error: unknown key `explanaton`")),
        "{stdout}"
    );
    assert!(stdout.contains("8 | domain = \"speed\""), "{stdout}");
    assert!(stdout.contains("2 errors"), "{stdout}");
}

#[test]
fn check_passes_a_good_deck_and_fails_on_a_missing_path() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("small.toml");
    std::fs::write(&path, fixture("small.toml")).unwrap();
    saa(dir.path())
        .args(["deck", "check"])
        .arg(&path)
        .assert()
        .code(0);
    saa(dir.path())
        .args(["deck", "check", "/nonexistent/deck.toml"])
        .assert()
        .code(2);
}

#[test]
fn new_writes_a_template_that_checks_clean_and_refuses_to_overwrite() {
    let dir = tempfile::tempdir().unwrap();
    saa(dir.path())
        .args(["deck", "new", "vpc-basics"])
        .assert()
        .code(0);
    let path = dir.path().join("decks/vpc-basics.toml");
    assert!(path.exists());
    assert!(dir.path().join("decks/deck.schema.json").exists());
    let out = saa(dir.path())
        .args(["deck", "check"])
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("0 errors, 0 warnings"));
    saa(dir.path())
        .args(["deck", "new", "vpc-basics"])
        .assert()
        .code(2);
    saa(dir.path())
        .args(["deck", "new", "Bad Id"])
        .assert()
        .code(2);
}

#[test]
fn user_decks_load_and_a_broken_one_does_not_stop_the_others() {
    let data = tempfile::tempdir().unwrap();
    let extra = tempfile::tempdir().unwrap();
    std::fs::write(extra.path().join("small.toml"), fixture("small.toml")).unwrap();
    std::fs::write(extra.path().join("broken.toml"), "[deck\nid = 1").unwrap();
    let out = saa(data.path())
        .args(["deck", "list", "--json", "--decks"])
        .arg(extra.path())
        .output()
        .unwrap();
    assert!(out.status.success());
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let small = doc["decks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["id"] == "small")
        .expect("the good deck loads");
    assert_eq!(small["questions"], 1);
    assert_eq!(small["kinds"]["single"], 1);
    assert_eq!(small["domains"]["resilient"], 1);
    let broken = doc["broken"].as_array().unwrap();
    assert_eq!(broken.len(), 1);
    assert!(
        broken[0]["error"]
            .as_str()
            .unwrap()
            .contains("broken.toml:1")
    );
}

#[test]
fn two_user_decks_with_one_id_is_an_error_and_saa_decks_is_read() {
    let data = tempfile::tempdir().unwrap();
    let a = tempfile::tempdir().unwrap();
    let b = tempfile::tempdir().unwrap();
    std::fs::write(a.path().join("small.toml"), fixture("small.toml")).unwrap();
    std::fs::write(b.path().join("copy.toml"), fixture("small.toml")).unwrap();
    let list = std::env::join_paths([a.path(), b.path()]).unwrap();
    let out = saa(data.path())
        .env("SAA_DECKS", &list)
        .args(["deck", "check"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        stdout.contains("deck id `small` is already used by"),
        "{stdout}"
    );
}

#[test]
fn schema_command_prints_the_asset() {
    let dir = tempfile::tempdir().unwrap();
    let out = saa(dir.path()).args(["deck", "schema"]).output().unwrap();
    let asset = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/deck.schema.json"),
    )
    .unwrap();
    assert_eq!(String::from_utf8(out.stdout).unwrap(), asset);
}

#[test]
fn help_lists_commands_with_examples() {
    let dir = tempfile::tempdir().unwrap();
    let out = saa(dir.path()).arg("--help").output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("Examples:"), "{text}");
    // Every command has its one-line description.
    let commands: Vec<&str> = text
        .lines()
        .skip_while(|l| !l.starts_with("Commands:"))
        .skip(1)
        .take_while(|l| !l.trim().is_empty())
        .collect();
    for name in [
        "study",
        "exam",
        "stats",
        "deck",
        "optimize",
        "export",
        "import",
        "unsuspend",
    ] {
        let line = commands
            .iter()
            .find(|l| l.trim_start().starts_with(name))
            .unwrap_or_else(|| panic!("{name} missing:\n{text}"));
        let description = line.trim_start()[name.len()..].trim();
        assert!(
            description.len() > 20,
            "{name} has no description: {line:?}"
        );
    }
}

#[test]
fn deck_list_by_task_counts_every_task_statement() {
    let dir = tempfile::tempdir().unwrap();
    let out = saa(dir.path())
        .args(["deck", "list", "--by", "task", "--json"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let tasks = doc["tasks"].as_array().unwrap();
    assert_eq!(tasks.len(), 14);
    let scenario: u64 = tasks.iter().map(|t| t["scenario"].as_u64().unwrap()).sum();
    assert!(scenario > 200, "{scenario}");
    assert!(doc["untagged"].is_u64());
}

#[test]
fn output_that_cannot_be_written_never_panics() {
    let dir = tempfile::tempdir().unwrap();
    let saa = |dir: &Path| {
        let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_saa"));
        cmd.env_remove("SAA_DECKS").arg("--data-dir").arg(dir);
        cmd
    };
    // A full disk: a clear message, exit 2, no panic (101).
    if let Ok(full) = std::fs::File::create("/dev/full") {
        let out = saa(dir.path())
            .args(["stats", "--json"])
            .stdout(full)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2));
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("could not write the output"), "{err}");
        assert!(!err.contains("panicked"), "{err}");
    }
    // A reader that stops reading: a quiet exit 0.
    let mut child = saa(dir.path())
        .args(["deck", "schema"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[cfg(unix)]
#[test]
fn deck_check_names_links_that_loop_and_refuses_pipes_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let decks = dir.path().join("decks");
    std::fs::create_dir(&decks).unwrap();
    std::os::unix::fs::symlink(decks.join("b.toml"), decks.join("a.toml")).unwrap();
    std::os::unix::fs::symlink(decks.join("a.toml"), decks.join("b.toml")).unwrap();
    let fifo = decks.join("pipe.toml");
    assert!(
        std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    std::fs::write(
        decks.join("bad.toml"),
        b"[deck]\nid = \"x\"\ntitle = \"T\xff\"\n",
    )
    .unwrap();
    let started = std::time::Instant::now();
    for target in [decks.clone(), decks.join("a.toml"), fifo.clone()] {
        let out = saa(dir.path())
            .args(["deck", "check"])
            .arg(&target)
            .output()
            .unwrap();
        let text = String::from_utf8_lossy(&out.stdout).to_string()
            + &String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{text}");
        if target == decks {
            assert!(text.contains("a.toml") && text.contains("loops"), "{text}");
            assert!(
                text.contains("pipe.toml") && text.contains("not a regular file"),
                "{text}"
            );
            assert!(text.contains("line 3, column 11"), "{text}");
        }
    }
    assert!(
        started.elapsed() < std::time::Duration::from_secs(10),
        "a pipe blocked"
    );
}

#[test]
fn an_unknown_deck_or_topic_is_named_with_the_known_ones() {
    let dir = tempfile::tempdir().unwrap();
    for (args, needle, known) in [
        (
            &["study", "--deck", "nope"][..],
            "there is no deck `nope`",
            "lambda",
        ),
        (
            &["study", "--topic", "nope"][..],
            "no question has the topic `nope`",
            "vpc",
        ),
        (
            &["exam", "--deck", "nope"][..],
            "there is no deck `nope`",
            "s3",
        ),
    ] {
        let out = saa(dir.path()).args(args).output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
        assert!(
            err.contains(needle) && err.contains(known),
            "{args:?}: {err}"
        );
    }
}

#[test]
fn completions_and_the_man_page_cover_the_commands() {
    let dir = tempfile::tempdir().unwrap();
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let out = saa(dir.path())
            .args(["completions", shell])
            .output()
            .unwrap();
        assert!(out.status.success(), "{shell}");
        let script = String::from_utf8_lossy(&out.stdout);
        assert!(
            script.contains("plan") && script.contains("restore"),
            "{shell}"
        );
    }
    let out = saa(dir.path()).arg("man").output().unwrap();
    let page = String::from_utf8_lossy(&out.stdout);
    assert!(
        page.starts_with(".ie") || page.contains(".TH saa"),
        "{page}"
    );
    assert!(page.contains("backup") && page.contains("exam"), "{page}");
}

#[test]
fn deck_new_refuses_a_bundled_id_unless_forced() {
    let dir = tempfile::tempdir().unwrap();
    let out = saa(dir.path())
        .args(["deck", "new", "lambda"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("is a bundled deck"));
    assert!(!dir.path().join("decks/lambda.toml").exists());
    let out = saa(dir.path())
        .args(["deck", "new", "lambda", "--force"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(dir.path().join("decks/lambda.toml").exists());
}

#[test]
fn deck_import_turns_an_anki_export_into_cards_to_finish() {
    let dir = tempfile::tempdir().unwrap();
    let export = dir.path().join("anki.txt");
    std::fs::write(
        &export,
        "#separator:tab\n#html:true\nMax Lambda timeout?\t900 seconds<br>15 min\nIs Lambda global?\tNo, Regional\n",
    )
    .unwrap();
    let out = saa(dir.path())
        .args(["deck", "import"])
        .arg(&export)
        .args(["--id", "my-notes"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let deck = dir.path().join("decks/my-notes.toml");
    let text = std::fs::read_to_string(&deck).unwrap();
    assert!(text.contains("900 seconds\n15 min"), "{text}");
    // deck check names what the author still has to add.
    let out = saa(dir.path())
        .args(["deck", "check"])
        .arg(&deck)
        .output()
        .unwrap();
    let report = String::from_utf8_lossy(&out.stdout);
    assert!(report.contains("domain"), "{report}");
    // A second import does not overwrite the first.
    let again = saa(dir.path())
        .args(["deck", "import"])
        .arg(&export)
        .args(["--id", "my-notes"])
        .output()
        .unwrap();
    assert_eq!(again.status.code(), Some(2));
}

#[test]
fn check_says_how_many_questions_are_left_out() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("two.toml");
    std::fs::write(
        &path,
        "[deck]\nid = \"t\"\ntitle = \"T\"\n\n[[question]]\nid = \"a\"\nkind = \"card\"\ndomain = \"cost\"\ntask = \"4.1\"\ntopics = [\"x\"]\nprompt = \"P?\"\nanswer = \"A\"\n\n[[question]]\nid = \"b\"\nkind = \"card\"\ndomain = \"nope\"\nprompt = \"Q?\"\nanswer = \"B\"\n",
    )
    .unwrap();
    let out = saa(dir.path())
        .env("LANG", "C")
        .args(["deck", "check"])
        .arg(&path)
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        said.contains("1 question is left out until its errors are fixed."),
        "{said}"
    );
    assert!(
        said.contains("checked 1 file, 1 question: 1 error"),
        "{said}"
    );
}

#[test]
fn deck_list_json_counts_a_file_with_every_question_rejected_as_broken() {
    let dir = tempfile::tempdir().unwrap();
    let decks = dir.path().join("decks");
    std::fs::create_dir(&decks).unwrap();
    std::fs::write(
        decks.join("all-bad.toml"),
        "[deck]\nid = \"all-bad\"\ntitle = \"T\"\n\n[[question]]\nid = \"b\"\nkind = \"card\"\ndomain = \"nope\"\nprompt = \"Q?\"\nanswer = \"B\"\n",
    )
    .unwrap();
    let out = saa(dir.path())
        .args(["deck", "list", "--json"])
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let broken = json["broken"].to_string();
    assert!(broken.contains("all-bad.toml"), "{json}");
}
