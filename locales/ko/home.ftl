# ko: home messages (Project Fluent). Ids match across languages; see src/i18n.

home-tagline = AWS SAA-C03 학습 코치
home-today = 오늘: { $answered }문제 응답
home-today-cram = , 벼락치기 { $cram }문제
home-today-right = {" "}· 정답률 { $percent }%
home-up-next = 다음: 새 문제 { $new } · 복습 { $due }
home-column-deck = 덱
home-column-new = 신규
home-column-due = 복습
home-column-learned = 학습함
home-all-decks = 전체 덱
home-mastery-title = 시험 도메인별 숙달도 (오늘 예상 기억률 평균)
home-questions = { $count }문제
home-open-exam = 미완료 모의고사: { $total }문항 중 { $answered }문항 응답, { $left } 남음.
home-open-exam-resume = { $key } 키로 이어서 풀기

## The exam plan line
home-plan-passed = 시험일({ $date })이 지났습니다. 일반 일정으로 돌아왔습니다(saa plan --clear로 계획 삭제).
home-plan = 시험 { $date } (D-{ $left }) · 오늘 계획: 새 문제 { $new }, 복습 { $due }
home-plan-mock-due = {" "}· 전체 모의고사를 볼 때입니다 (D-{ $point })
home-plan-none = 시험일이 없습니다. { $key } 키로 계획을 세우십시오.
