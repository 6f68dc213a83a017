# ko: keys messages (Project Fluent). Ids match across languages; see src/i18n.

## What each action is called in hint bars and help
action-quit = 종료
action-back = 뒤로
action-help = 도움말
action-submit = 제출
action-reveal = 답 보기
action-undo = 되돌리기
action-bury = 미루기
action-suspend = 보류
action-flag = 오류 신고
action-scroll-up = 위로
action-scroll-down = 아래로
action-page-up = 이전 페이지
action-page-down = 다음 페이지
action-study = 학습
action-cram = 벼락치기
action-exam = 모의고사
action-stats = 통계
action-decks = 덱
action-history = 기록
action-next = 다음
action-previous = 이전
action-mark = 검토 표시
action-navigator = 문항 목록
action-finish = 시험 제출
action-language = 영어 / 번역
action-browse = 문제 찾아보기
action-plan = 시험 계획
action-links = 링크 전체
action-forget = 초기화
