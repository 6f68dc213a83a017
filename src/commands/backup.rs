//! `saa backup` and `saa restore`: rolling copies of the progress database and putting one back.

use std::path::Path;
use std::process::ExitCode;

use super::common;
use crate::cli::Context;
use crate::commands::output::say;
use crate::store::backup::{self, Reason};
use crate::tr;

/// `saa backup`: a copy now, or `--list` the ones there are.
pub fn run(context: &Context, list_only: bool) -> anyhow::Result<ExitCode> {
    let config = common::config(context)?;
    let store = common::open_store(context)?;
    if list_only {
        let backups = backup::list(store.path());
        if backups.is_empty() {
            say!("{}", tr!("cli-backup-none"));
        }
        for b in backups {
            say!(
                "{}  {}",
                b.made_at.strftime("%Y-%m-%d %H:%M UTC"),
                b.path.display()
            );
        }
        return Ok(ExitCode::SUCCESS);
    }
    store.verify().map_err(common::store_error)?;
    let path = store.backup(Reason::Manual, context.clock.now(), config.backup.keep)?;
    say!(
        "{}",
        tr!("cli-backup-done", path = path.display().to_string())
    );
    Ok(ExitCode::SUCCESS)
}

/// `saa restore FILE`: puts a backup back, keeping what was there.
pub fn restore(context: &Context, file: &Path) -> anyhow::Result<ExitCode> {
    let config = common::config(context)?;
    let kept = backup::restore(
        &context.data_dir,
        file,
        context.clock.now(),
        config.backup.keep,
    )?;
    say!(
        "{}",
        tr!(
            "cli-restore-done",
            file = file.display().to_string(),
            kept = kept.display().to_string()
        )
    );
    Ok(ExitCode::SUCCESS)
}
