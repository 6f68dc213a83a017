//! config.toml: scheduling settings and key overrides, with defaults when the file is absent.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::sched::SchedConfig;

#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    pub schedule: SchedConfig,
    /// Action name -> key, e.g. `undo = "ctrl-z"`; checked by the keymap.
    pub keys: BTreeMap<String, String>,
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
    let problems = config.schedule.problems();
    if !problems.is_empty() {
        return Err(format!("{}: {}", path.display(), problems.join("; ")));
    }
    Ok(config)
}

/// Reads the config; an absent file gives the defaults.
pub fn load(path: Option<&Path>) -> Result<Config, String> {
    let Some(path) = path else {
        return Ok(Config::default());
    };
    match std::fs::read_to_string(path) {
        Ok(text) => parse(&text, path),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Config::default()),
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
            e.contains("c.toml") && e.contains("outside 0.70-0.99"),
            "{e}"
        );
        let e = parse("[schedule]\nnew_per_dya = 5\n", Path::new("c.toml")).unwrap_err();
        assert!(
            e.starts_with("c.toml:2:1") && e.contains("new_per_dya"),
            "{e}"
        );
    }
}
