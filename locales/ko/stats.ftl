# ko: stats messages (Project Fluent). Ids match across languages; see src/i18n.

## The stats screen's title line
stats-title = 학습 현황
stats-header-score = 예상 점수 { $score }  연속 학습 { $streak }일
stats-header-no-score = 예상 점수: { $needed }문제 더 풀면 표시  연속 학습 { $streak }일

## Due forecast
stats-due-title = 복습 예정
stats-due-detail = 지금 { $now } · 오늘 { $today } · 내일 { $tomorrow } · 30일 이내 { $month }
stats-due-none = 앞으로 30일 동안 복습할 문제가 없습니다.
stats-due-axis-today = 오늘

## Activity calendar
stats-activity-title = 학습 기록
stats-activity-detail = 연속 학습 { $streak }일 · 오늘 { $today }문제 응답 · 총 { $total }문제
# Month names over the calendar (1 = January); at most 3 cells wide.
stats-month = { $month }월
# Weekday labels of the calendar rows (1 = Monday); at most 3 cells wide.
stats-weekday = { $day ->
    [1] 월
    [2] 화
    [3] 수
    [4] 목
    [5] 금
    [6] 토
   *[7] 일
}
stats-heatmap-none = 없음
stats-heatmap-unit = (하루 응답 수)

## Retention
stats-retention-title = 유지율
stats-retention-detail = 복습 문제의 정답률 · 목표 { $desired }
stats-retention-7-days = 최근 7일
stats-retention-30-days = 최근 30일
stats-retention-too-few = 비율을 내려면 복습 { $needed }회가 필요합니다 (현재 { $reviews }회)
stats-retention-of = 복습 { $reviews }회 · { $verdict }
stats-retention-on-target = 목표 수준
stats-retention-above = 목표 초과
stats-retention-below = 목표 미달

## Questions by state
stats-questions-title = 문제
stats-questions-total = 총 { $total }문제
stats-questions-states = 새 문제 { $new } · 학습 중 { $learning } · 단기 { $young } · 장기 { $mature } · 보류 { $suspended } · 반복 오답 { $leeches }

## Mastery
stats-mastery-domain-title = 도메인별 숙달도
stats-mastery-domain-detail = 마지막 답이 정답인 문제의 예상 기억률
stats-mastery-task-title = 과제별 숙달도
stats-mastery-task-detail = SAA-C03 시험 안내서 기준
stats-mastery-topic-title = 주요 주제
stats-mastery-topic-detail = 문제 수 순
stats-mastery-no-questions = 문제 없음
stats-mastery-seen = { $seen }/{ $total } 응답

## Mock exams
stats-exams-title = 모의고사
stats-exams-detail = 환산 점수 100-1000, |는 합격선 { $pass }점
stats-exams-none = 아직 본 모의고사가 없습니다.
stats-exam-unfinished = 미완료, { $total }문항 중 { $answered }문항 응답
stats-exam-pass = 합격
stats-exam-fail = 불합격
stats-exam-right = 정답 { $correct }/{ $total }
stats-exam-latest-by-domain = 최근 응시의 도메인별 결과:
# Short domain names for lists of scores by domain.
stats-domain-short-secure = 보안
stats-domain-short-resilient = 복원력
stats-domain-short-performance = 고성능
stats-domain-short-cost = 비용 최적화

## Readiness
stats-readiness-title = 준비도
stats-readiness-estimate = 예상 환산 점수 { $score } (예상 범위 { $low }-{ $high }, { $pass }점 이상 합격)
stats-readiness-no-estimate = 예상 환산 점수: 아직 근거가 부족합니다. { $needed }문제를 더 푸십시오
stats-readiness-from-exams = 숙달도 { $mastery }와 최근 모의고사 { $exams }회의 정답률 { $exam }로 산출, 응답한 문제 { $seen }개
stats-readiness-from-mastery = 숙달도 { $mastery }로 산출 (완료한 모의고사 없음), 응답한 문제 { $seen }개
stats-readiness-focus = 다음에 집중할 주제:
stats-readiness-focus-topic = { $topic } (숙달 시 +{ $gain }점, 현재 { $mastery }, { $questions }문제)
stats-readiness-how = 산출 방법:
stats-readiness-method = 예상 점수는 오늘 시험을 본다면 받을 환산 점수(100-1000, 720점 이상 합격)입니다. 각 도메인의 숙달도는 그 도메인 문제의 오늘 예상 기억률 평균이며, 풀지 않은 문제는 0으로 계산합니다. 도메인은 시험 안내서의 비중(보안 30%, 복원력 26%, 고성능 24%, 비용 최적화 20%)으로 가중합니다. 완료한 모의고사(연습 모드 제외)가 있으면 최근 3회의 정답률과 절반씩 평균합니다. 이 결과를 0 -> 100, 72% -> 720, 100% -> 1000을 잇는 직선을 따라 환산 점수로 바꿉니다. 범위는 95% 오차 범위 1.96 x sqrt(p(1-p)/n)이며, n은 응답한 문제 수이고 위아래로 최소 50점입니다. 집중할 주제는 그 문제들을 완전히 기억하면 예상 점수가 가장 많이 오르는 주제입니다. 문제는 마지막 답이 정답일 때만 반영되며, 40문제를 풀기 전에는 예상 점수를 표시하지 않습니다.

## Wrong options picked most often
stats-confusions-title = 자주 고르는 오답
stats-confusions-none = 아직 없습니다.

## `saa stats` as plain text (piped)
stats-text-due = 복습 예정: 지금 { $now }, 오늘 { $today }, 내일 { $tomorrow }, 30일 이내 { $month }
stats-text-rate = 복습 { $reviews }회 중 { $percent }
stats-text-rate-too-few = 복습이 적어 비율 없음 ({ $needed }회 중 { $reviews }회)
stats-text-retention = 유지율: 최근 7일 { $week }, 최근 30일 { $month }; 목표 { $desired }
stats-text-reviews = 응답: 오늘 { $today }문제, 총 { $total }문제; 연속 학습 { $streak }일
stats-text-questions = 문제: 총 { $total }문제: 새 문제 { $new }, 학습 중 { $learning }, 단기 { $young }, 장기 { $mature }, 보류 { $suspended }; 반복 오답 { $leeches }
stats-text-mastery-domain = 도메인별 숙달도 (마지막 답이 정답인 문제의 오늘 예상 기억률):
stats-text-mastery-task = 과제별 숙달도:
stats-text-exams = 모의고사 (최근 응시가 마지막, { $pass }점 이상 합격):
stats-text-latest-by-domain = 최근 응시의 도메인별 결과: { $scores }
stats-text-readiness = 준비도: { $summary }
stats-text-exam-day = 시험일 { $date } (D-{ $left }): 예상 기억률 { $recall }; 목표 { $target } 미만인 응답 문제 { $risk }개; 시험일 기준 { $projected }
stats-text-focus = 집중할 주제: { $topics }
stats-text-focus-topic = { $topic } (+{ $gain }, 숙달도 { $mastery })
stats-text-how = 산출 방법: { $method }
stats-text-confusions = 자주 고르는 오답:

## `saa stats` on stderr
stats-warning = 경고: { $problem }
