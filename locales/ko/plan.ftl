# ko: plan messages (Project Fluent). Ids match across languages; see src/i18n.

plan-title = 시험 계획
plan-none = 아직 시험일이 없습니다. 예약한 시험 날짜를 입력하고 Enter를 누르십시오. 그러면 모든 문제가 시험 당일에 가장 잘 기억되도록 일정이 잡힙니다.
plan-current = 시험 { $date } (D-{ $left }) · 시험 당일 목표 기억률 { $target }% · 새 문제는 시험 { $buffer }일 전까지 모두 시작
plan-load = 아직 보지 않은 문제 { $unseen }개: 하루 새 문제 { $per_day }개, 하루 약 { $load }회 복습.
plan-infeasible = 하루 복습 한도 { $limit }회를 넘거나 시험이 너무 가깝습니다. 덱을 줄이거나(saa study --deck), 시험일을 늦추거나, config.toml의 reviews_per_day를 늘리십시오.
plan-date-label = 시험일 (YYYY-MM-DD):
plan-explain = 시험 이후로 잡힐 복습은 안전한 범위에서 가장 늦게, 시험 전에 합니다. 시험이 끝나면 일반 일정으로 돌아갑니다. 여유 기간과 목표는 saa plan --buffer-days, --target으로 바꿉니다.
plan-bad-date = "{ $input }"은(는) 날짜가 아닙니다. YYYY-MM-DD 형식으로 쓰십시오(예: 2027-01-20).
plan-date-not-ahead = { $date }은(는) 오늘 이후가 아닙니다. 시험 계획에는 앞으로의 날짜가 필요합니다.
plan-saved = 계획을 저장했습니다. { $count }문제의 일정을 시험일에 맞췄습니다.
plan-cleared = 계획을 지웠습니다. { $count }문제가 일반 일정으로 돌아갔습니다.
plan-hint-save = 저장
plan-hint-clear = 계획 지우기
