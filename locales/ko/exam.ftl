# ko: exam messages (Project Fluent). Ids match across languages; see src/i18n.

## Hint bar
exam-hint-review-filters = 전체/오답/표시/미응답 검토
exam-hint-study-misses = 틀린 문제 바로 학습
exam-hint-start = 시작 (시간 측정)
exam-hint-go-to = 문항으로 이동
exam-hint-review-answers = 답안 검토
exam-hint-open = 열기
