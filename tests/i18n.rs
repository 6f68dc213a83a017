//! The interface's message files: every language has every message with the same variables,
//! every message the code asks for exists, and none carries a control character.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use saa::i18n::{Lang, bundle};

/// Message id -> the variables it uses, from Fluent text (a message starts at column 0 with
/// `id =`; its indented lines continue it).
fn messages(text: &str) -> BTreeMap<String, BTreeSet<String>> {
    let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut current: Option<String> = None;
    for line in text.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        if !line.starts_with([' ', '\t']) {
            current = line.split_once(" =").map(|(id, _)| id.trim().to_string());
            if let Some(id) = &current {
                out.entry(id.clone()).or_default();
            }
        }
        if let Some(id) = &current {
            let vars = out.entry(id.clone()).or_default();
            for part in line.split('$').skip(1) {
                let name: String = part
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
                    .collect();
                if !name.is_empty() {
                    vars.insert(name);
                }
            }
        }
    }
    out
}

#[test]
fn every_language_parses_with_no_id_defined_twice() {
    for lang in Lang::ALL {
        let (_, problems) = bundle(lang);
        assert!(problems.is_empty(), "{problems:#?}");
    }
}

#[test]
fn every_message_exists_in_every_language_with_the_same_variables() {
    let mut problems = Vec::new();
    for (file, english) in Lang::En.files() {
        let english = messages(english);
        for lang in Lang::ALL {
            let Some((_, text)) = lang.files().iter().find(|(f, _)| f == file) else {
                problems.push(format!("{}/{file} is missing", lang.code()));
                continue;
            };
            let other = messages(text);
            for (id, vars) in &english {
                match other.get(id) {
                    None => problems.push(format!("{}/{file}: no `{id}`", lang.code())),
                    Some(v) if v != vars => problems.push(format!(
                        "{}/{file}: `{id}` uses {v:?}, English uses {vars:?}",
                        lang.code()
                    )),
                    Some(_) => {}
                }
            }
            for id in other.keys().filter(|id| !english.contains_key(*id)) {
                problems.push(format!("{}/{file}: `{id}` is not in English", lang.code()));
            }
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn no_message_carries_a_control_character() {
    for lang in Lang::ALL {
        for (file, text) in lang.files() {
            for (n, line) in text.lines().enumerate() {
                assert!(
                    !line.chars().any(|c| c.is_control() && c != '\t'),
                    "{}/{file}:{}: a control character",
                    lang.code(),
                    n + 1
                );
            }
        }
    }
}

fn rust_sources(dir: &Path, out: &mut Vec<(String, String)>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push((
                path.display().to_string(),
                std::fs::read_to_string(&path).unwrap(),
            ));
        }
    }
}

#[test]
fn every_message_the_code_asks_for_exists() {
    let mut english = BTreeSet::new();
    for (_, text) in Lang::En.files() {
        english.extend(messages(text).into_keys());
    }
    let mut sources = Vec::new();
    rust_sources(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut sources,
    );
    let mut missing = Vec::new();
    let mut asked = 0;
    for (path, text) in &sources {
        let parts: Vec<&str> = text.split("tr!(\"").collect();
        for (before, part) in parts.iter().zip(parts.iter().skip(1)) {
            // `include_str!("...")` ends in tr!( too.
            if before.ends_with(|c: char| c.is_alphanumeric() || c == '_') {
                continue;
            }
            let id = part.split('"').next().unwrap_or("");
            asked += 1;
            if !english.contains(id) && id != "id" {
                missing.push(format!("{path}: `{id}`"));
            }
        }
    }
    assert!(missing.is_empty(), "{missing:#?}");
    assert!(asked > 0, "the scan found no tr! calls");
}

#[test]
fn every_message_file_is_embedded() {
    for lang in Lang::ALL {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("locales")
            .join(lang.code());
        for entry in std::fs::read_dir(&dir).unwrap() {
            let name = entry.unwrap().file_name().to_string_lossy().into_owned();
            assert!(
                lang.files().iter().any(|(f, _)| *f == name),
                "locales/{}/{name} is not in i18n's file list",
                lang.code()
            );
        }
    }
}
