# ko: cli messages (Project Fluent). Ids match across languages; see src/i18n.
# What the commands print. Machine-readable output (JSON, CSV, JSONL), clap's --help and the
# deck linter's diagnostics stay in English and are not here.

## Shared
cli-error = 오류: { $message }
cli-warning = 경고: { $message }
cli-note = 참고: { $message }
cli-cannot-read = { $path } 파일을 읽을 수 없습니다
cli-cannot-read-folder = { $path } 폴더를 읽을 수 없습니다
cli-cannot-write = { $path } 파일에 쓸 수 없습니다
cli-cannot-create = { $path } 폴더를 만들 수 없습니다
cli-wrote = { $path } 파일을 작성했습니다
cli-no-such-deck = `{ $deck }` 덱이 없습니다. 덱: { $decks }
cli-no-such-topic = `{ $topic }` 주제의 문제가 없습니다. 주제: { $topics }
# A problem on one line of a file being read; $message is one of the cli-import-* messages.
cli-file-line-error = { $line }행: { $message }

## The progress database
cli-store-corrupt = { $path } 파일은 saa 학습 기록 데이터베이스가 아니거나 손상되었습니다({ $detail }). 이 파일에는 아무것도 쓰지 않았습니다. { $remedy }
cli-store-remedy-backup = 가장 최근 백업은 { $backup }입니다. 다음 명령으로 복원하십시오: saa restore { $backup } (손상된 파일은 { $path }.broken-...으로 보관됩니다)
cli-store-remedy-none = 이 파일의 백업이 없습니다. 파일을 옮겨 두면(mv { $path } { $path }.broken) saa가 새 파일을 만듭니다. 복습 기록은 내보낸 파일에서 다시 가져올 수 있습니다(saa import reviews FILE)
cli-store-read-only = { $path } 파일에 쓸 수 없습니다({ $detail }). 파일 권한과 남은 디스크 공간을 확인하거나 다른 --data-dir을 지정하십시오
cli-store-locked = 다른 프로그램이 { $path } 파일을 잠그고 있습니다(다른 saa가 아직 쓰는 중일 수 있습니다). 그 프로그램을 닫고 다시 시도하십시오
cli-store-too-new = { $path } 파일은 더 새로운 saa가 작성했습니다(스키마 버전 { $found }, 이 saa는 { $known }까지 지원). saa를 업데이트하십시오. 아무것도 변경하지 않았습니다
cli-store-foreign = { $path } 파일은 saa 학습 기록이 아닌 다른 프로그램의 SQLite 데이터베이스입니다. 아무것도 변경하지 않았습니다. 다른 데이터 폴더를 지정(--data-dir)하거나 파일을 옮기십시오
cli-store-disk-full = { $path } 파일에 쓸 수 없습니다. 디스크가 가득 찼거나 오류가 발생했습니다({ $detail }). 마지막 변경 사항은 저장되지 않았으며, 그 전에 저장된 내용은 모두 그대로입니다. 해당 디스크의 공간(오래된 백업, /tmp, 캐시)을 확보한 후 다시 시도하십시오
cli-store-folder = 데이터 폴더 { $path }을(를) 만들 수 없습니다: { $detail }
cli-store-exam-in-use = 이 데이터({ $path })로 다른 saa에서 모의고사가 진행 중입니다. 먼저 그곳에서 마치거나 나오십시오. 학습, 통계, 가져오기는 여기에서도 사용할 수 있습니다

## saa, saa study, saa exam
cli-app-needs-terminal = 앱은 터미널에서만 실행됩니다. 스크립트에서는 `saa deck list`, `saa export reviews` 또는 `saa stats`를 사용하십시오
cli-app-daily-backup-failed = 일일 백업에 실패했습니다: { $error }
cli-app-at-risk-needs-plan = --at-risk에는 시험일이 필요합니다. `saa plan --exam-date YYYY-MM-DD`로 설정하십시오
cli-app-no-exam-to-resume = 이어서 풀 미완료 모의고사가 없습니다. `saa exam`으로 시작하십시오
cli-exam-abandoned = { $started }에 시작한 모의고사를 포기했습니다({ $total }문항 중 { $answered }문항 응답).
cli-exam-none-open = 미완료 모의고사가 없습니다.

## saa backup, saa restore
cli-backup-none = 아직 백업이 없습니다. `saa backup`으로 만들 수 있습니다(saa도 하루에 한 번 만듭니다).
cli-backup-done = { $path }에 백업했습니다
cli-restore-done = { $file }을(를) 복원했습니다. 이전 파일은 { $kept }에 보관했습니다

## saa sync
cli-sync-no-folder = 동기화에 사용할 폴더를 지정하십시오: `saa sync ~/Sync/saa`, 또는 config.toml에 [sync] dir = "~/Sync/saa"로 한 번만 설정하십시오
cli-sync-not-a-folder = { $path }은(는) 폴더가 아닙니다. 동기화 도구가 공유하는 폴더 안에 만든 후 saa sync를 다시 실행하십시오
cli-sync-failed = [sync] dir 폴더를 통한 동기화에 실패했습니다: { $error }
cli-sync-unchanged = { $name }: 마지막 동기화 이후 변경 없음
cli-sync-empty = { $name }: 아직 비어 있음(복사 중일 수 있음). 건너뜀
cli-sync-merged = { $name }: 새 복습 기록 { $added }개, 이미 있는 기록 { $present }개. 기타 기록 { $records }개와 보류·미루기 문제 { $set_asides }개 병합
cli-sync-partial-tail = { $name }: 마지막 줄이 완전하지 않습니다(복사 중일 수 있음). 다음 동기화 때 읽습니다
# $error starts with ":LINE: " or ": " (it follows the file name directly).
cli-sync-merge-failed = { $path }{ $error }. 이 파일에서는 아무것도 병합하지 않았습니다
cli-sync-not-utf8 = { $path }:{ $line }: UTF-8 텍스트가 아닙니다. 이 파일에서는 아무것도 병합하지 않았습니다
# $what is cli-export-what-all.
cli-sync-own-unchanged = { $name }: 이미 최신 상태({ $what })
cli-sync-own-written = { $name }: 작성 완료({ $what })
cli-sync-fix-failures = 다른 파일은 모두 병합했습니다. 위 파일을 고치거나 삭제한 후 다시 동기화하십시오
cli-sync-status-this = 이 컴퓨터는 { $id }이며, { $dir }에 { $file } 파일을 씁니다
cli-sync-status-not-yet = 이 컴퓨터는 아직 동기화하지 않았습니다. `saa sync`를 실행하면 이름을 정하고 파일을 씁니다
cli-sync-status-empty = 아직 { $dir }에 파일을 쓴 컴퓨터가 없습니다
# The state column of `saa sync --status` (15 cells wide).
cli-sync-state-own = 이 컴퓨터
cli-sync-state-merged = 병합됨
cli-sync-state-pending = 아직 병합 안 됨
cli-sync-status-changed = { $time } 변경

## saa plan
cli-plan-nothing-to-change = 변경할 계획이 없습니다. `saa plan --exam-date YYYY-MM-DD`로 설정하십시오
cli-plan-rescheduled = { $count }문제의 일정을 다시 잡았습니다.
cli-plan-none = 시험일이 설정되지 않았습니다. `saa plan --exam-date YYYY-MM-DD`로 설정하십시오.
cli-plan-summary = 시험일 { $date }(D-{ $left }). 시험일 목표 기억률 { $target }%, 새 문제는 { $buffer }일 전까지 완료.
cli-plan-passed = 시험일이 지났습니다. 일반 일정으로 돌아왔습니다. `saa plan --clear`로 계획을 삭제할 수 있습니다.
cli-plan-load = 아직 보지 않은 문제 { $unseen }개: 하루 새 문제 { $per_day }개, 이미 예정된 복습 외에 하루 약 { $load }회 복습.
cli-plan-infeasible = 이 계획은 현재로서는 실현할 수 없습니다(한도: 하루 { $limit }회 복습). 선택지: 덱 줄이기(saa study --deck ...), 시험일 늦추기(saa plan --exam-date ...), 여유 기간 줄이기(--buffer-days), 또는 config.toml의 reviews_per_day 늘리기.

## saa export, saa import, saa unsuspend
cli-export-failed = 내보낼 수 없습니다: { $error }
cli-export-what-reviews = 복습 기록 { $reviews }개
cli-export-what-all = 복습 기록 { $reviews }개, 기타 기록 { $records }개
cli-export-done = { $path }에 내보냈습니다({ $what })
cli-import-not-utf8 = { $path }:{ $line }: UTF-8 텍스트가 아닙니다. 아무것도 가져오지 않았습니다
# $error starts with ":LINE: " or ": " (it follows the file name directly).
cli-import-failed = { $path }{ $error }. 아무것도 가져오지 않았습니다
cli-import-done = 복습 기록 { $read }개 읽음: { $added }개 추가, { $present }개는 이미 있음. { $rescheduled }문제의 일정을 다시 잡았습니다
cli-import-merged-extras = 기타 기록 { $records }개(모의고사, 오류 신고, 설정)와 보류·미루기 문제 { $set_asides }개를 병합했습니다
cli-import-no-reviews = 복습 기록이 없습니다
cli-import-duplicate-id = 복습 기록 id { $id }이(가) { $first }행에도 다른 내용으로 있습니다
cli-import-before-2000 = reviewed_at { $time }이(가) 2000년 이전입니다. 기록한 컴퓨터의 시계가 잘못되었습니다
cli-import-future = reviewed_at { $time }이(가) 미래입니다(현재 { $now }). 그때까지 해당 문제가 보이지 않게 됩니다
cli-import-bad-header = 헤더는 { $header }이어야 합니다
# $field is the file's field name: deck or question.
cli-import-bad-id = { $field } `{ $value }`은(는) 올바른 id가 아닙니다
cli-import-bad-review-id = `id`는 비어 있지 않은 200바이트 이하의 문자열이어야 합니다
cli-import-bad-time = `reviewed_at` { $value }은(는) RFC 3339 시각이 아닙니다: { $error }
cli-import-bad-rating = `rating`은 1-4여야 합니다. 현재 값: { $value }
cli-import-bad-mode = `mode`는 study, exam, cram 중 하나여야 합니다. 현재 값: { $value }
cli-import-newer-version = 더 새로운 saa가 작성했습니다(내보내기 버전 { $version }). saa를 업데이트하십시오
cli-import-unknown-table = `{ $table }`은(는) saa가 내보내는 테이블이 아닙니다
cli-import-row-needs-object = row에는 `row` 객체가 필요합니다
cli-import-unknown-column = `{ $table }`에는 `{ $column }` 열이 없습니다
cli-import-set-aside-needs-key = set_aside에는 덱 id와 문제 id가 필요합니다
cli-import-unknown-line = `saa` 값이 { $kind }입니다. export, row, set_aside 중 하나여야 합니다
cli-unsuspend-none = 보류된 문제가 없습니다.
cli-unsuspend-bad-key = `{ $text }`은(는) 문제 키가 아닙니다. `saa unsuspend`가 보여 주는 것처럼 덱/문제 형식으로 쓰십시오
cli-unsuspend-not-suspended = { $key }은(는) 보류되지 않았습니다
cli-unsuspend-done = { $count }문제를 다시 학습에 포함했습니다.

## saa deck
cli-deck-no-such-path = { $path }: 그런 파일이나 폴더가 없습니다
cli-deck-check-summary = 파일 { $files }개, 문제 { $questions }개 검사: 오류 { $errors }개, 경고 { $warnings }개
cli-deck-orphans = 학습 기록은 있지만 어느 덱에도 없는 문제 { $count }개(고아 문제이며 기록은 보관됩니다): { $shown }
cli-deck-orphans-more = 학습 기록은 있지만 어느 덱에도 없는 문제 { $count }개(고아 문제이며 기록은 보관됩니다): { $shown } 외 { $more }개
cli-deck-flagged-none = 오류 신고된 문제가 없습니다.
cli-deck-flagged-gone = 어느 덱에도 없음
cli-deck-flagged-line = { $place }: { $key } { $date }에 오류 신고
cli-deck-flagged-reason = {"    "}이유: { $reason }
# `saa deck list` column headers; widths in cells: deck 20, then 5, 6, 5, 4, 5, 6, 9, 5, 4.
cli-deck-list-deck = 덱
cli-deck-list-total = 전체
cli-deck-list-single = 단일
cli-deck-list-multi = 복수
cli-deck-list-card = 카드
cli-deck-list-typed = 입력
cli-deck-list-secure = 보안
cli-deck-list-resilient = 복원력
cli-deck-list-performance = 성능
cli-deck-list-cost = 비용
cli-deck-list-title = 제목 (출처)
cli-deck-list-bundled = 기본 제공
cli-deck-list-broken = 손상됨 { $path }: { $error }
# `saa deck list --by task` column headers; widths in cells: 5, 8, 6.
cli-deck-tasks-task = 과제
cli-deck-tasks-scenario = 시나리오
cli-deck-tasks-recall = 암기
cli-deck-tasks-title = 제목
cli-deck-untagged = 과제가 지정되지 않은 문제 { $count }개
cli-deck-bad-id = 덱 id `{ $id }`은(는) a-z, 0-9, -로 된 1~64자여야 합니다
cli-deck-import-bundled = `{ $id }`은(는) 기본 제공 덱입니다. 다른 id를 사용하십시오
cli-deck-not-utf8 = { $path }은(는) UTF-8 텍스트가 아닙니다
cli-deck-import-failed = { $path }: { $error }. 아무것도 쓰지 않았습니다
cli-deck-import-exists = { $path } 파일이 이미 있습니다. 아무것도 쓰지 않았습니다
cli-deck-import-done = 카드 { $count }장을 { $path }에 작성했습니다
cli-deck-import-next = 각 카드에 도메인, 과제, 참고 자료(refs)를 추가한 후 다음 명령으로 검사하십시오: saa deck check { $path }
cli-deck-bad-lang = `{ $lang }`은(는) ko나 pt-br 같은 언어 태그가 아닙니다
cli-deck-new-bundled = `{ $id }`은(는) 기본 제공 덱이므로 새 덱이 그 덱을 대체하게 됩니다. 다른 id를 사용하거나, 의도한 것이라면 --force를 지정하십시오
cli-deck-new-exists = { $path } 파일이 이미 있습니다. 다른 id나 --dir을 지정하십시오
cli-deck-new-next = 다음 명령으로 검사하십시오: saa deck check { $path }

## saa optimize
cli-optimize-not-enough =
    아직 훈련에 쓸 기록이 부족합니다: 사용 가능한 복습 { $usable }개, 필요한 복습 { $needed }개({ $more }개 더 필요).
    사용 가능한 복습이란 처음 답한 날보다 나중 날에 같은 문제를 다시 푼 것입니다.
cli-optimize-current-invalid = 현재 파라미터가 올바르지 않습니다: { $error }
cli-optimize-cannot-evaluate-current = 현재 파라미터를 평가할 수 없습니다: { $error }
cli-optimize-training = 기록의 답 { $answers }개에서 얻은 복습 { $items }개로 훈련하는 중...
cli-optimize-progress = 훈련 중: { $percent }%
cli-optimize-training-stopped = 훈련이 예기치 않게 중단되었습니다
cli-optimize-training-failed = 훈련에 실패했습니다: { $error }
cli-optimize-trained-invalid = 훈련된 파라미터가 올바르지 않습니다: { $error }
cli-optimize-cannot-evaluate-trained = 훈련된 파라미터를 평가할 수 없습니다: { $error }
# The comparison table: two number columns 10 cells wide; row labels 13 cells.
cli-optimize-log-loss = 로그 손실
cli-optimize-rmse = RMSE (구간)
cli-optimize-current = 현재
cli-optimize-trained = 훈련 후
cli-optimize-kept = 훈련된 파라미터를 적용했습니다. { $count }문제의 일정을 다시 잡았습니다.
cli-optimize-not-better = 훈련된 파라미터가 기록에 대해 더 낫지 않아 현재 파라미터를 유지했습니다.
cli-deck-check-translated = { $deck } ({ $language }): 번역된 문제 { $count }개
cli-deck-check-rejected = 오류를 고칠 때까지 { $count }문제가 제외됩니다.

## Editing a question from the app
cli-edit-no-deck = 덱 `{ $deck }`이(가) 더 이상 로드되어 있지 않습니다
cli-edit-no-folder = 기본 제공 덱을 복사할 덱 폴더가 없습니다
cli-edit-made-yours = 기본 제공 덱을 내 덱으로 복사했습니다: { $path } (기본 제공 덱 대신 사용되며 학습 기록은 그대로입니다).
cli-edit-editor-failed = { $editor }이(가) 오류와 함께 끝났습니다.
cli-edit-no-editor = 편집기 { $editor }을(를) 실행할 수 없습니다: { $error } (VISUAL 또는 EDITOR를 설정하십시오)
cli-edit-has-errors = 파일에 오류가 있어 고칠 때까지 해당 부분은 제외됩니다(e로 다시 열기): { $problem }
cli-edit-done = { $path }:{ $line }에서 다시 읽었습니다.
