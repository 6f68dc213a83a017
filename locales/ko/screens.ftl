# ko: screens messages (Project Fluent). Ids match across languages; see src/i18n.

## The decks screen
screens-decks-title = 덱 목록
screens-decks-column-deck = 덱
screens-decks-column-total = 전체
screens-decks-column-single = 단일
screens-decks-column-multi = 복수
screens-decks-column-card = 카드
screens-decks-column-typed = 입력
# Questions per exam domain: secure, resilient, high-performing, cost-optimized (short)
screens-decks-column-secure = 보안
screens-decks-column-resilient = 복원
screens-decks-column-performance = 성능
screens-decks-column-cost = 비용
screens-decks-column-source = 출처
# Where a deck bundled with saa comes from
screens-decks-bundled = 기본 제공
screens-decks-problems = 덱 파일 오류 (자세한 내용은 `saa deck check`로 확인하십시오):
screens-decks-add-your-own = 덱 추가: <data-dir>/decks/ 또는 --decks DIR · 템플릿: `saa deck new ID`

## The help overlay (?): its title, its last line, and the keys each screen has besides its actions
screens-links-title = { $key }의 링크 전체 (선택해서 복사)
screens-links-footer = 아무 키나 누르면 닫힙니다.
screens-help-title = 키
screens-help-footer = 키 변경: config.toml의 [keys] · 아무 키나 누르면 닫힘
screens-help-choose-deck = 덱 선택
screens-help-study-deck = 학습 시작 (전체 덱: 복습할 모든 문제)
screens-help-pick-choice = 보기 선택 (복수 선택: 선택/해제)
screens-help-grade = 응답 후 평가: 다시 어려움 좋음 쉬움
screens-help-check = 연습 모드: 정답 확인과 이유 보기
screens-help-confirm = 확인 창에서 확인
screens-help-exam-review = 결과: 전체, 오답, 검토 표시, 미응답 검토
screens-help-choose-attempt = 응시 기록 선택
screens-help-search = 문제 내용, ID, 덱, 주제, 과제 검색
screens-help-filter = 필터: 전체, 복습, 새 문제, 학습 중, 보류, 반복 오답, 오류 신고, 미룸, 7일·30일 내 오답
screens-help-choose-question = 문제 선택
screens-help-scroll = 스크롤

## Errors that end the app (shown once the terminal is restored)
screens-exam-in-progress = 진행 중인 모의고사가 이미 있습니다. `saa exam --resume`(또는 홈 화면)으로 이어서 풀거나 `saa exam --abandon`으로 포기하십시오
screens-exam-no-questions = 이 모의고사의 덱과 도메인에 맞는 객관식 문제가 없습니다
screens-exam-gone = 모의고사 { $id }을(를) 데이터베이스에서 더 이상 찾을 수 없습니다
screens-crashed = saa가 비정상 종료되었습니다. 그 전에 입력한 응답은 모두 저장되어 있습니다.
screens-crashed-report = 이 메시지를 saa 이슈 트래커에 알려 주십시오.

## Problems with [keys] in config.toml ($exit and $action are action names as config.toml writes them)
screens-key-unknown = `{ $key }`은(는) 키가 아닙니다. 글자 하나나 "ctrl-z", "f5", "enter", "space"처럼 쓰십시오
screens-key-unknown-action = `{ $name }`은(는) 동작이 아닙니다. 동작: { $actions }
screens-key-takes-exit = `{ $key }`은(는) { $exit } 키입니다. { $action }에 배정하면 { $exit } 동작을 실행할 키가 없어집니다
screens-help-type-date = 시험일 입력
screens-help-overrule = 오답 처리된 입력형 답: 정답 인정
screens-decks-add-your-own-at = 덱 추가: { $folder } 또는 --decks DIR · 템플릿: `saa deck new ID`
screens-key-clash = `{ $key }` 키가 { $screen } 화면에서 { $action }와(과) { $other }을(를) 모두 하게 됩니다. 다른 키를 고르십시오
screens-help-edit = $EDITOR로 문제 편집 (기본 제공 덱은 먼저 내 덱으로 복사)
screens-help-line-edit = 입력형 답 안에서 이동 (Delete, ctrl-w, ctrl-u, ctrl-k로 편집)
