//! config.toml: scheduling settings and key overrides, with defaults when the file is absent.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::sched::SchedConfig;

#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    /// The learner's language for translated questions, e.g. "ko" (`--lang` and the locale
    /// decide when this is absent).
    pub language: Option<String>,
    pub schedule: SchedConfig,
    pub backup: BackupConfig,
    pub sync: SyncConfig,
    /// Action name -> key, e.g. `undo = "ctrl-z"`; checked by the keymap.
    pub keys: BTreeMap<String, String>,
    /// Where each `[keys]` entry is written ("file:line:col"), for the keymap's errors.
    #[serde(skip)]
    pub key_places: BTreeMap<String, String>,
}

/// `[backup]`: how many rolling backups of the database to keep.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct BackupConfig {
    pub keep: usize,
}

impl Default for BackupConfig {
    fn default() -> Self {
        BackupConfig { keep: 10 }
    }
}

/// `[sync]`: the folder `saa sync` uses when none is named (a leading `~/` is the home folder).
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct SyncConfig {
    pub dir: Option<PathBuf>,
}

impl SyncConfig {
    /// The folder with `~/` expanded.
    pub fn folder(&self) -> Option<PathBuf> {
        let dir = self.dir.as_ref()?;
        match dir.strip_prefix("~") {
            Ok(rest) => directories::BaseDirs::new().map(|b| b.home_dir().join(rest)),
            Err(_) => Some(dir.clone()),
        }
    }
}

impl Config {
    /// "file:line:col" of a `[keys]` entry, or just the file when it is not known.
    pub fn key_place(&self, name: &str) -> String {
        self.key_places.get(name).cloned().unwrap_or_default()
    }
}

/// "file:line:col" of `[table] key` in `text`, when it is there.
fn place(text: &str, path: &Path, table: &str, key: &str) -> Option<String> {
    let (root, _) = toml::de::DeTable::parse_recoverable(text);
    let section = root.get_ref().get(table)?;
    let section = section.get_ref().as_table()?;
    let (k, _) = section.get_key_value(key)?;
    let at = crate::deck::diag::LineIndex::new(text).position(k.span().start);
    Some(format!("{}:{}:{}", path.display(), at.line, at.column))
}

/// The default location: `<config-dir>/saa/config.toml`, or `SAA_CONFIG`.
pub fn default_path() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("SAA_CONFIG") {
        return Some(PathBuf::from(path));
    }
    directories::ProjectDirs::from("", "", "saa").map(|p| p.config_dir().join("config.toml"))
}

/// Parses config text; every problem is reported with the file's name.
pub fn parse(text: &str, path: &Path) -> Result<Config, String> {
    let config: Config = toml::from_str(text).map_err(|e| {
        let at = e
            .span()
            .map(|s| {
                let index = crate::deck::diag::LineIndex::new(text).position(s.start);
                format!(":{}:{}", index.line, index.column)
            })
            .unwrap_or_default();
        format!("{}{at}: {}", path.display(), e.message().trim())
    })?;
    let problems: Vec<String> = config
        .schedule
        .problems()
        .into_iter()
        .map(|(field, message)| {
            let at =
                place(text, path, "schedule", field).unwrap_or_else(|| path.display().to_string());
            format!("{at}: {message}")
        })
        .collect();
    let mut problems = problems;
    if config.backup.keep == 0 {
        let at = place(text, path, "backup", "keep").unwrap_or_else(|| path.display().to_string());
        problems.push(format!("{at}: backup keep must be at least 1"));
    }
    if !problems.is_empty() {
        return Err(problems.join("\n"));
    }
    let mut config = config;
    config.key_places = config
        .keys
        .keys()
        .map(|name| {
            let at = place(text, path, "keys", name).unwrap_or_else(|| path.display().to_string());
            (name.clone(), at)
        })
        .collect();
    Ok(config)
}

/// Reads the config; an absent file gives the defaults.
pub fn load(path: Option<&Path>) -> Result<Config, String> {
    let Some(path) = path else {
        return Ok(Config::default());
    };
    match std::fs::read_to_string(path) {
        Ok(text) => parse(&text, path),
        // The default place may have no file; a file named on purpose must exist.
        Err(e)
            if e.kind() == std::io::ErrorKind::NotFound
                && std::env::var_os("SAA_CONFIG").is_none_or(|named| named != path.as_os_str()) =>
        {
            Ok(Config::default())
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Err(format!(
            "SAA_CONFIG names {}, which does not exist; create it or unset SAA_CONFIG",
            path.display()
        )),
        Err(e) => Err(format!("cannot read {}: {e}", path.display())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn absent_file_and_empty_text_give_defaults() {
        assert_eq!(
            load(Some(Path::new("/nonexistent/config.toml"))).unwrap(),
            Config::default()
        );
        assert_eq!(
            parse("", Path::new("c.toml"))
                .unwrap()
                .schedule
                .desired_retention,
            0.9
        );
    }

    #[test]
    fn settings_and_keys_are_read() {
        let c = parse(
            "[schedule]\ndesired_retention = 0.85\nnew_per_day = 5\n[keys]\nundo = \"ctrl-z\"\n",
            Path::new("c.toml"),
        )
        .unwrap();
        assert_eq!(c.schedule.desired_retention, 0.85);
        assert_eq!(c.schedule.new_per_day, 5);
        assert_eq!(c.schedule.reviews_per_day, 200);
        assert_eq!(c.keys["undo"], "ctrl-z");
    }

    #[test]
    fn errors_name_the_file_line_and_problem() {
        let e = parse("[schedule]\ndesired_retention = 0.5\n", Path::new("c.toml")).unwrap_err();
        assert!(
            e.starts_with("c.toml:2:1") && e.contains("outside 0.70-0.99"),
            "{e}"
        );
        let c = parse("\n[keys]\nundo = \"ctrl-z\"\n", Path::new("c.toml")).unwrap();
        assert_eq!(c.key_place("undo"), "c.toml:3:1");
        let e = parse("[schedule]\nnew_per_dya = 5\n", Path::new("c.toml")).unwrap_err();
        assert!(
            e.starts_with("c.toml:2:1") && e.contains("new_per_dya"),
            "{e}"
        );
    }
}
