# ko: exam messages (Project Fluent). Ids match across languages; see src/i18n.

## Hint bar
exam-hint-review-filters = 전체/오답/표시/미응답 검토
exam-hint-study-misses = 틀린 문제 바로 학습
exam-hint-start = 시간 측정 시작
exam-hint-go-to = 문항으로 이동
exam-hint-review-answers = 답안 검토
exam-hint-open = 열기

## Titles
exam-title = 모의고사
exam-results-title = 모의고사 결과
exam-review-title = { $filter ->
    [wrong] 답안 검토: 오답
    [flagged] 답안 검토: 검토 표시
    [unanswered] 답안 검토: 미응답
   *[all] 답안 검토: 전체
}

## Intro (before the clock starts)
exam-minutes = { $minutes }분
exam-seconds = { $seconds }초
exam-intro = { $count }문항, 제한 시간 { $time }. SAA-C03 도메인 비중(보안 30%, 복원력 26%, 고성능 24%, 비용 최적화 20%)에 따라 출제합니다. 객관식과 복수 응답 문항이 있으며, 제출하기 전에는 정답을 알려 주지 않습니다. 다시 볼 문항에는 검토 표시를 하십시오. 문항 목록에서 응답한 문항을 확인할 수 있습니다.
exam-intro-short = 이 조건으로는 { $available }문항만 출제할 수 있습니다(요청 { $wanted }문항).
exam-intro-short-domain = { $domain }: { $wanted }문항 중 { $available }문항만 있어 나머지는 다른 도메인에서 채웠습니다.
exam-intro-clock = Enter를 누르면 시간 측정이 시작되고, saa를 닫아 두는 동안에는 멈춥니다. 응답할 때마다 바로 저장됩니다.

## Taking the exam: header, question
exam-question-number = 문항 { $number }/{ $total }
exam-time-left = { $clock } 남음
exam-time-left-warn = { $clock } 남음 (마지막 { $time })
exam-pace-ahead = 예정보다 빠름
exam-pace-on = 예정대로
exam-pace-behind = 예정보다 늦음
exam-progress = 응답 { $answered } · 검토 표시 { $flagged } · { $pace }
exam-question-gone = 이 문항은 더 이상 어떤 덱에도 없습니다. 미응답으로 처리됩니다.
exam-flagged-for-review = ⚑ 검토 표시함
exam-selected = { $required }개 중 { $picked }개 선택

## Notices
exam-resumed = 중단한 곳에서 이어서 풉니다. saa를 닫아 둔 동안에는 시간이 흐르지 않았습니다.
exam-time-up = 시간이 종료되어 시험이 제출되었습니다.
exam-showing-english = 영어 원문을 표시합니다.
exam-showing-translation = 번역을 표시합니다.

## Navigator
exam-navigator-title = 문항 목록
exam-navigator-legend = ✓ 응답  ~ 미완료  · 미응답  ⚑ 검토 표시
exam-navigator-keys = 방향키 이동  Enter 문항으로 이동  g/Esc 닫기

## Submit and leave dialogs
exam-confirm-title = 시험을 제출하시겠습니까?
exam-confirm-none = 없음
exam-confirm-unanswered = 미응답 ({ $count }): { $list }
exam-confirm-incomplete = 미완료, 선택 개수 부족 ({ $count }): { $list }
exam-confirm-flagged = 검토 표시 ({ $count }): { $list }
exam-confirm-counts-wrong = 미응답 문항과 미완료 문항은 오답으로 처리됩니다.
exam-confirm-keys = y 지금 제출   다른 키: 계속 풀기
exam-leave-title = 시험을 나가시겠습니까?
exam-leave-saved = 응답과 남은 시간이 저장됩니다.
exam-leave-resume = 나중에 홈 화면에서 또는 `saa exam --resume`으로 이어서 풀 수 있습니다.
exam-leave-keys = y 나가기(저장)   a 이 시험 포기   다른 키: 계속 풀기

## Results
exam-results-score = 예상 환산 점수 { $score } / 1000
exam-results-pass = 합격 (합격 기준 { $mark })
exam-results-fail = 불합격 (합격 기준 { $mark })
exam-results-raw = 원점수 { $total }문항 중 { $correct }문항 정답 (응답 { $answered }문항)   소요 시간 { $time }
exam-results-time-per-question = 문항당 시간: 평균 { $average } (시험 기준 { $pace }), 최장 소요: { $longest }
exam-results-longest-item = { $number }번 { $time }
exam-results-scaling = 환산 점수는 추정치입니다. AWS는 점수 환산 방식을 공개하지 않습니다. saa는 정답률 72%를 720점으로 두고 100점(0%)에서 1000점(100%)까지 선형으로 환산합니다.
exam-results-column-domain = 도메인
exam-results-column-right = 정답
exam-results-column-result = 결과
exam-results-meets = 충족
exam-results-needs-improvement = 개선 필요
exam-results-schedule = 모든 응답이 학습 일정에 반영되었습니다. 오답은 지금 복습할 차례이고, 검토 표시한 정답은 '어려움'으로 평가되었습니다. 미응답 문항은 응답으로 치지 않았으며 학습 일정도 바꾸지 않았습니다.
exam-trend = 최근 { $count }회 응시 추이 (오래된 순):
exam-trend-score = 점수
exam-trend-secure = 보안
exam-trend-resilient = 복원력
exam-trend-performance = 고성능
exam-trend-cost = 비용 최적화

## Review of the answers
exam-review-empty = { $filter ->
    [wrong] 오답이 없습니다.
    [flagged] 검토 표시한 문항이 없습니다.
    [unanswered] 미응답 문항이 없습니다.
   *[all] 문항이 없습니다.
}
exam-status-right = 정답
exam-status-wrong = 오답
exam-status-unanswered = 미응답
exam-review-heading = 문항 { $number }/{ $total } · { $status }
exam-review-heading-flagged = 문항 { $number }/{ $total } · { $status } · 검토 표시
exam-review-gone = 이 문항은 더 이상 어떤 덱에도 없습니다.
exam-review-your-answer = { $choice } (내 답안)

## History of past exams
exam-history-title = 모의고사 기록
exam-history-empty = 아직 끝낸 모의고사가 없습니다. 홈 화면에서 e를 눌러 응시하십시오.
exam-history-column-started = 시작 (UTC)
exam-history-column-score = 점수
exam-history-column-right = 정답
exam-history-column-answered = 응답
exam-history-pass = 합격
exam-history-fail = 불합격

## The setup screen before a mock exam
setup-title = 모의고사 설정
setup-row-length = 문항 수
setup-row-esl = 추가 시간 (ESL +30)
setup-row-domains = 도메인
setup-row-decks = 덱
setup-questions = { $count }
setup-esl-on = 켬: +{ $minutes }분
setup-esl-off = 끔
setup-domains-all = 전체, 시험 비중대로
setup-decks-all = 전체 덱
setup-summary = { $questions }문항, { $minutes }분 (실제 시험처럼 문항당 2분).
setup-explain = AWS는 영어가 모국어가 아닌 응시자가 요청하면 30분을 더 줍니다. 도메인 하나나 덱 하나만 고르면 집중 연습이 되고, 비중대로 65문항이면 실전과 같습니다.
setup-hint-start = 시작
setup-hint-choose = 선택
setup-hint-change = 바꾸기

## Practice mode (answers checked as the learner goes)
exam-results-title-practice = 연습 모의고사 결과
exam-intro-practice = 연습 모드: 답을 고른 뒤 Enter를 누르면 정답 여부와 이유를 보여 줍니다. 확인한 답은 바꿀 수 없으므로 점수는 첫 답만 셉니다. 연습 응시는 준비도 추정에 넣지 않습니다.
exam-practice-frozen = 확인한 답이라 이제 바꿀 수 없습니다.
exam-practice-pick-first = 먼저 답을 고르세요. 그다음 Enter로 확인합니다.
exam-hint-check = 정답 확인
exam-history-practice = 연습
setup-row-mode = 모드
setup-mode-exam = 시험: 실제처럼 끝에서 채점
setup-mode-practice = 연습: 한 문제씩 정답 확인
