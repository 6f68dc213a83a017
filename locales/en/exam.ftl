# en: exam messages (Project Fluent). Ids match across languages; see src/i18n.

## Hint bar
exam-hint-review-filters = review all/wrong/flagged/unanswered
exam-hint-study-misses = study the misses now
exam-hint-start = start the clock
exam-hint-go-to = go to question
exam-hint-review-answers = review answers
exam-hint-open = open
