# ko: study messages (Project Fluent). Ids match across languages; see src/i18n.

## Header
study-mode-study = 학습
study-mode-cram = 벼락치기 (일정 변경 없음)
study-progress = 남은 문제 { $left } · 정답 { $correct }/{ $answered }

## The line above a question: domain · topics · state
study-phase-new = 새 문제
study-phase-learning = 학습 중
study-phase-review = 복습
study-phase-relearning = 재학습
study-forgotten = 망각 { $count }회
study-leech = 반복 오답

## Asking
study-selected = { $total }개 중 { $selected }개 선택
study-your-answer = 답 입력:
study-recall = 답을 떠올린 다음 space 키를 눌러 확인하십시오.

## Feedback
study-correct = ✓ 정답
study-not-quite = ✗ 오답
study-answer = 답
study-your-pick = { $choice } (선택한 답)
study-you-typed = 입력한 답:
study-accepted = 정답:

## The grade line under feedback
study-rating-again = 다시
study-rating-hard = 어려움
study-rating-good = 좋음
study-rating-easy = 쉬움
study-no-change = 변경 없음
study-interval-minutes = { $minutes }분
study-interval-hours = { $hours }시간
study-interval-days = { $days }일
study-interval-months = { $months }개월
study-interval-years = { $years }년
study-enter-accepts = Enter: 강조된 평가 적용

## Session summary
study-nothing-title = 지금 학습할 문제가 없습니다
study-nothing-body = 복습할 문제가 없고 오늘의 새 문제도 모두 풀었습니다(또는 이 선택에 맞는 문제가 없습니다). 벼락치기(홈 화면에서 c, 또는 `saa study --cram`)로 일정을 바꾸지 않고 어떤 문제든 연습할 수 있습니다.
study-complete = 학습 세션 완료
study-answered = 응답: { $count }문제
study-right = 정답: { $count }문제 ({ $percent }%)
study-time = 시간: { $minutes }분
study-next-due-minutes = 다음 복습은 { $minutes }분 후입니다.
study-next-due-hours = 다음 복습은 { $hours }시간 후입니다.
study-next-due-days = 다음 복습은 { $days }일 후입니다.
study-nothing-scheduled = 그 밖에 예정된 문제가 아직 없습니다. 새 문제는 내일 추가됩니다.

## Notices (one line under the question)
study-showing-english = 영어 원문을 표시합니다.
study-showing-translation = 번역을 표시합니다.
study-flagged = 오류로 신고했습니다. `saa deck check --flagged`에서 확인할 수 있습니다.
study-unflagged = 오류 신고를 취소했습니다.
study-overruled = 정답으로 처리했습니다. 오답 평가를 대신해 '좋음'으로 기록합니다.
study-hint-overrule = 정답 인정
study-select-exactly = 정확히 { $need }개를 선택하십시오(현재 { $selected }개 선택).
study-pick-first = 먼저 답을 선택하십시오(a-f 또는 1-6).
study-type-first = 먼저 답을 입력하십시오.
study-wrong-is-again = 오답은 '다시'로 평가됩니다. Enter를 눌러 계속하십시오.
study-nothing-to-undo = 이 세션에서 되돌릴 항목이 없습니다.
study-undone-set-aside = 되돌렸습니다. 이 문제가 다시 세션에 포함됩니다.
study-undone = 되돌렸습니다.
study-grade-first = 먼저 이 답을 평가(Enter)하거나 되돌리십시오.
study-suspended = 보류했습니다. 보류를 해제할 때까지 출제되지 않습니다.
study-buried = 내일까지 미뤘습니다.

## The flag key's prompt: an optional reason, shown by `saa deck check --flagged`
flag-reason-prompt = 무엇이 잘못되었나요? (선택) { $text }  { $submit }: 신고 · { $back }: 취소
flag-reason-cancelled = 신고하지 않았습니다.
