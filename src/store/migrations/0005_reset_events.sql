-- Schema v5: a question can be reset ("forget"): its schedule starts over from that moment
-- while its answers stay in the log. SQLite cannot change a CHECK constraint in place, so the
-- event table is rebuilt with the new kind.

CREATE TABLE event_v5 (
    id       TEXT PRIMARY KEY NOT NULL,
    at       INTEGER NOT NULL,
    device   TEXT NOT NULL,
    kind     TEXT NOT NULL CHECK (kind IN ('suspend', 'bury', 'flag', 'undo', 'reset')),
    deck     TEXT NOT NULL,
    question TEXT NOT NULL,
    value    TEXT
) WITHOUT ROWID;

INSERT INTO event_v5 (id, at, device, kind, deck, question, value)
    SELECT id, at, device, kind, deck, question, value FROM event;
DROP TABLE event;
ALTER TABLE event_v5 RENAME TO event;
CREATE INDEX event_question ON event (deck, question, kind);
CREATE INDEX event_value ON event (kind, value);
