-- Schema v3: time spent on each exam question, for the results' time per question.

ALTER TABLE exam_item ADD COLUMN time_ms INTEGER NOT NULL DEFAULT 0;
