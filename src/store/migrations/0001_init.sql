-- Schema v1: the review log (source of truth), the card-state cache, settings and flags.
-- Times are Unix milliseconds, UTC.

CREATE TABLE review_log (
    id            TEXT PRIMARY KEY NOT NULL,   -- stable across machines: time + random
    deck          TEXT NOT NULL,
    question      TEXT NOT NULL,
    reviewed_at   INTEGER NOT NULL,
    rating        INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4),
    mode          TEXT NOT NULL CHECK (mode IN ('study', 'exam', 'cram')),
    correct       INTEGER NOT NULL CHECK (correct IN (0, 1)),
    picked        TEXT NOT NULL DEFAULT '',    -- JSON: authored choice indices, or the typed text
    elapsed_ms    INTEGER NOT NULL DEFAULT 0,
    phase         TEXT NOT NULL DEFAULT 'new', -- the card's phase before this review
    stability     REAL,                        -- memory state after the review
    difficulty    REAL,
    interval_days INTEGER NOT NULL DEFAULT 0,
    due           INTEGER
);
CREATE INDEX review_log_by_card ON review_log (deck, question, reviewed_at);
CREATE INDEX review_log_by_time ON review_log (reviewed_at);

-- A cache of what replaying review_log gives, plus the learner's suspend/bury choices.
CREATE TABLE card (
    deck          TEXT NOT NULL,
    question      TEXT NOT NULL,
    phase         TEXT NOT NULL CHECK (phase IN ('new', 'learning', 'review', 'relearning')),
    stability     REAL,
    difficulty    REAL,
    due           INTEGER,
    last_review   INTEGER,
    interval_days INTEGER NOT NULL DEFAULT 0,
    reps          INTEGER NOT NULL DEFAULT 0,
    lapses        INTEGER NOT NULL DEFAULT 0,
    suspended     INTEGER NOT NULL DEFAULT 0,
    buried_until  INTEGER,
    PRIMARY KEY (deck, question)
) WITHOUT ROWID;

CREATE TABLE setting (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- Questions a learner reported as faulty (`!` in the app), for `saa deck check --flagged`.
CREATE TABLE flag (
    deck       TEXT NOT NULL,
    question   TEXT NOT NULL,
    flagged_at INTEGER NOT NULL,
    PRIMARY KEY (deck, question)
) WITHOUT ROWID;
