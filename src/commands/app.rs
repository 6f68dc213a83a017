//! `saa` (no command) and `saa study`: the terminal app.

use std::process::ExitCode;

use anyhow::anyhow;

use super::common;
use crate::catalog::Catalog;
use crate::cli::Context;
use crate::study::Filter;
use crate::tui::app::App;
use crate::tui::keymap::Keymap;
use crate::tui::theme::Theme;

/// Opens the app on the home screen, or straight into a study session when `start` is given.
pub fn run(context: &Context, start: Option<(Filter, bool)>) -> anyhow::Result<ExitCode> {
    use std::io::IsTerminal;
    if !std::io::stdout().is_terminal() {
        return Err(anyhow!(
            "the app needs a terminal; for scripts use `saa deck list`, `saa export reviews` or `saa stats`"
        ));
    }
    let config = common::config(context)?;
    let mut warnings = Vec::new();
    let keymap = Keymap::with_overrides(&config.keys).unwrap_or_else(|e| {
        warnings.push(format!("config.toml: {e} (default keys in use)"));
        Keymap::default()
    });
    let store = common::open_store(context)?;
    let scheduler = common::scheduler(&config, &store)?;
    let catalog = Catalog::load(&context.deck_dirs);
    for f in catalog.broken_files() {
        eprintln!("warning: {}", f.first_error().unwrap_or_default());
    }
    let mut app = App::new(
        store,
        catalog,
        scheduler,
        keymap,
        Theme::new(context.color),
        context.clock,
        warnings,
    )?;
    if let Some((filter, cram)) = start {
        app.start_study(&filter, cram)?;
    }
    crate::tui::run(app)
}
