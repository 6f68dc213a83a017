-- Schema v7: the per-question index of the review log also holds each answer's mode and
-- whether it was right, so "was each question's latest answer right" (mastery, on every
-- home screen) reads the index alone instead of seeking every row of the log.

DROP INDEX review_log_by_card;
CREATE INDEX review_log_by_card ON review_log (deck, question, reviewed_at, mode, correct);
