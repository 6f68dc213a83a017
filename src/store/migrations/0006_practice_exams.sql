-- Schema v6: practice mock exams, where each answer can be checked as the learner goes.
-- A checked answer is frozen; practice attempts stay out of the readiness estimate.

ALTER TABLE exam ADD COLUMN practice INTEGER NOT NULL DEFAULT 0;
ALTER TABLE exam_item ADD COLUMN checked INTEGER NOT NULL DEFAULT 0;
