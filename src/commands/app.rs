//! `saa` with no command: the terminal app.

use std::process::ExitCode;

use crate::catalog::Catalog;
use crate::cli::Context;

pub fn run(context: &Context) -> anyhow::Result<ExitCode> {
    // The interactive screens are built on the scheduler and store (issues 3 and 4); until they
    // land, say what would load rather than pretend.
    let catalog = Catalog::load(&context.deck_dirs);
    println!(
        "saa: {} decks, {} questions loaded. The interactive app is not built yet; try `saa deck list`.",
        catalog.decks.len(),
        catalog.question_count()
    );
    for f in catalog.broken_files() {
        eprintln!("warning: {}", f.first_error().unwrap_or_default());
    }
    Ok(ExitCode::SUCCESS)
}
