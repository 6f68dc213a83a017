//! Drawing the stats screen.
