//! `saa backup` and `saa restore`: rolling copies of the progress database and putting one back.

use std::path::Path;
use std::process::ExitCode;

use super::common;
use crate::cli::Context;
use crate::commands::output::say;
use crate::store::backup::{self, Reason};

/// `saa backup`: a copy now, or `--list` the ones there are.
pub fn run(context: &Context, list_only: bool) -> anyhow::Result<ExitCode> {
    let config = common::config(context)?;
    let store = common::open_store(context)?;
    if list_only {
        let backups = backup::list(store.path());
        if backups.is_empty() {
            say!("No backups yet; `saa backup` makes one (saa also makes one a day).");
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
    store.verify()?;
    let path = store.backup(Reason::Manual, context.clock.now(), config.backup.keep)?;
    say!("backed up to {}", path.display());
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
        "restored {}; what was there before is kept at {}",
        file.display(),
        kept.display()
    );
    Ok(ExitCode::SUCCESS)
}
