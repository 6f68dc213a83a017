# ko: browser messages (Project Fluent). Ids match across languages; see src/i18n.

## The header: title, how many questions show, the filter and the search box
browser-title = 문제 찾아보기
browser-header = { $total }문제 중 { $shown }문제 · f 필터: { $filter } · { $search }
browser-search-prompt = / 검색
browser-search-typing = 검색: { $query }▏
browser-search = 검색: { $query }

## The state filters (f cycles through them)
browser-filter-all = 전체
browser-filter-due = 복습
browser-filter-new = 새 문제
browser-filter-learning = 학습 중
browser-filter-suspended = 보류
browser-filter-leeches = 반복 오답
browser-filter-flagged = 오류 신고
browser-filter-buried = 미룸
browser-filter-missed = { $days }일 내 오답

## The selected question: deck, type, domain, task statement
browser-about = { $deck } · { $kind } · { $domain }
browser-about-task = { $deck } · { $kind } · { $domain } · 과제 { $task }
browser-kind-single = 단일 선택
browser-kind-multi = 복수 선택
browser-kind-card = 카드
browser-kind-typed = 입력형
browser-domain-secure = 보안
browser-domain-resilient = 복원력
browser-domain-performance = 고성능
browser-domain-cost = 비용 최적화

## Its schedule
browser-schedule-new = 새 문제: 아직 풀지 않음
browser-schedule = { $phase } · 복습 예정 { $due }
browser-schedule-memory = { $phase } · 복습 예정 { $due } · 안정성 { $stability }일 · 난이도 { $difficulty } · 현재 기억률 { $recall }%
browser-phase-new = 새 문제
browser-phase-learning = 학습 중
browser-phase-review = 복습
browser-phase-relearning = 재학습
browser-counts = 응답 { $answers }회 · 망각 { $lapses }회
browser-state-suspended = 보류됨
browser-state-flagged = 오류 신고됨
browser-state-flagged-because = 오류 신고: { $reason }

## Its latest answers: date, ✓/✗, the grade and where it was answered
browser-latest-answers = 최근 응답:
browser-rating-again = 다시
browser-rating-hard = 어려움
browser-rating-good = 좋음
browser-rating-easy = 쉬움
browser-mode-study = 학습
browser-mode-exam = 모의고사
browser-mode-cram = 벼락치기

browser-nothing-matches = 일치하는 문제가 없습니다. 검색어(/)나 필터(f)를 바꾸십시오.

## Notices after a key
browser-notice-suspended = { $key } 문제를 보류했습니다.
browser-notice-unsuspended = { $key } 문제의 보류를 해제했습니다.
browser-notice-flagged = { $key } 문제를 오류 신고했습니다 (목록: saa deck check --flagged).
browser-notice-unflagged = { $key } 문제의 오류 신고를 취소했습니다.
browser-notice-buried = { $key } 문제를 내일까지 미뤘습니다(b를 다시 누르면 취소).
browser-notice-unburied = { $key } 문제를 오늘 학습에 되돌렸습니다.
browser-notice-forget-confirm = { $key } 문제를 초기화할까요? 일정이 새 문제처럼 다시 시작되고 응답 기록은 남습니다. y: 초기화, 다른 키: 취소
browser-notice-forgotten = { $key } 문제가 다시 새 문제가 되었습니다. u: 되돌리기
browser-notice-unforgotten = { $key }: 응답 기록대로 일정이 돌아왔습니다.
browser-notice-forget-cancelled = 초기화하지 않았습니다.
browser-notice-nothing-to-cram = 일치하는 문제가 없습니다. 검색어나 필터를 바꾸십시오.
