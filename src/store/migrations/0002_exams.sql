-- Schema v2: mock exams, saved as they are taken so a closed or killed app resumes them.

CREATE TABLE exam (
    id           TEXT PRIMARY KEY NOT NULL,
    started_at   INTEGER NOT NULL,
    seed         INTEGER NOT NULL,
    limit_ms     INTEGER NOT NULL,
    remaining_ms INTEGER NOT NULL,
    current      INTEGER NOT NULL DEFAULT 0,
    finished_at  INTEGER,                      -- NULL while in progress
    abandoned    INTEGER NOT NULL DEFAULT 0,
    total        INTEGER,
    answered     INTEGER,
    correct      INTEGER,
    scaled       INTEGER,
    passed       INTEGER,
    domains      TEXT                          -- JSON: [{"domain", "correct", "total", "percent", "meets"}]
);

CREATE TABLE exam_item (
    exam_id      TEXT NOT NULL REFERENCES exam (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    deck         TEXT NOT NULL,
    question     TEXT NOT NULL,
    domain       TEXT NOT NULL,
    kind         TEXT NOT NULL,
    choice_order TEXT NOT NULL,                -- JSON: display position -> authored index
    answer       TEXT NOT NULL DEFAULT '[]',   -- JSON: authored indices picked
    flagged      INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (exam_id, position)
) WITHOUT ROWID;
