-- Schema v4: the learner's toggles as events, so that several machines agree on them.
-- Suspending, burying and flagging a question, and undoing an answer, are each an event with
-- a time and the machine that made it. A question's suspended/buried columns and the flag
-- table hold the latest event of each kind (by time, then machine, then id); merging another
-- machine's events and re-deriving gives every machine the same state in any order.

CREATE TABLE event (
    id       TEXT PRIMARY KEY NOT NULL,
    at       INTEGER NOT NULL,                 -- ms since the epoch
    device   TEXT NOT NULL,                    -- the machine's sync name, '' before it had one
    kind     TEXT NOT NULL CHECK (kind IN ('suspend', 'bury', 'flag', 'undo')),
    deck     TEXT NOT NULL,
    question TEXT NOT NULL,
    value    TEXT                              -- suspend/flag '1'/'0'; bury ms or NULL; undo review id
) WITHOUT ROWID;

CREATE INDEX event_question ON event (deck, question, kind);
CREATE INDEX event_value ON event (kind, value);

-- What is set aside or flagged today becomes the first event of each (time 0 when unknown,
-- so any later change wins). The ids are the same on every machine for the same state.
INSERT INTO event (id, at, device, kind, deck, question, value)
    SELECT 'v4-suspend/' || deck || '/' || question, 0, '', 'suspend', deck, question, '1'
    FROM card WHERE suspended;
INSERT INTO event (id, at, device, kind, deck, question, value)
    SELECT 'v4-bury/' || deck || '/' || question || '/' || buried_until, 0, '', 'bury', deck,
           question, CAST(buried_until AS TEXT)
    FROM card WHERE buried_until IS NOT NULL;
INSERT INTO event (id, at, device, kind, deck, question, value)
    SELECT 'v4-flag/' || deck || '/' || question, flagged_at, '', 'flag', deck, question, '1'
    FROM flag;
