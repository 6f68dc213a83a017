# en: cli messages (Project Fluent). Ids match across languages; see src/i18n.
# What the commands print. Machine-readable output (JSON, CSV, JSONL), clap's --help and the
# deck linter's diagnostics stay in English and are not here.

## Shared
cli-error = error: { $message }
cli-warning = warning: { $message }
cli-note = note: { $message }
cli-cannot-read = cannot read { $path }
cli-cannot-read-folder = cannot read the folder { $path }
cli-cannot-write = cannot write { $path }
cli-cannot-create = cannot create { $path }
cli-wrote = wrote { $path }
cli-no-such-deck = there is no deck `{ $deck }`; decks: { $decks }
cli-no-such-topic = no question has the topic `{ $topic }`; topics: { $topics }
# A problem on one line of a file being read; $message is one of the cli-import-* messages.
cli-file-line-error = line { $line }: { $message }

## The progress database
cli-store-corrupt = { $path } is not a saa progress database or is damaged ({ $detail }). Nothing was written to it. { $remedy }
cli-store-remedy-backup = The newest backup is { $backup }; put it back with: saa restore { $backup } (the damaged file is kept aside as { $path }.broken-...)
cli-store-remedy-none = There is no backup of it. Move it aside (mv { $path } { $path }.broken) and saa will start a new one; your review log can be re-imported from an export (saa import reviews FILE)
cli-store-read-only = { $path } cannot be written ({ $detail }). Check the file's permissions and free disk space, or pass another --data-dir
cli-store-locked = { $path } is locked by another program (another saa still writing?). Close it and try again
cli-store-too-new = { $path } was written by a newer saa (schema version { $found }, this saa knows { $known }). Update saa; nothing was changed
cli-store-foreign = { $path } is a SQLite database of another program, not saa's progress. Nothing was changed. Point saa at another data folder (--data-dir) or move the file away
cli-store-disk-full = could not write { $path }: the disk is full or failed ({ $detail }). The last change was not saved; everything saved before is intact. Free some space on that disk (old backups, /tmp, caches) and try again
cli-store-folder = cannot create the data folder { $path }: { $detail }
cli-store-exam-in-use = a mock exam is open in another saa on this data ({ $path }); finish or leave it there first. Studying, stats and import still work here

## saa, saa study, saa exam
cli-app-needs-terminal = the app needs a terminal; for scripts use `saa deck list`, `saa export reviews` or `saa stats`
cli-app-daily-backup-failed = the daily backup failed: { $error }
cli-app-at-risk-needs-plan = --at-risk needs an exam date; set one with `saa plan --exam-date YYYY-MM-DD`
cli-app-no-exam-to-resume = there is no unfinished mock exam to resume; start one with `saa exam`
cli-exam-abandoned = Abandoned the mock exam started { $started } ({ $answered } of { $total } answered).
cli-exam-none-open = There is no unfinished mock exam.

## saa backup, saa restore
cli-backup-none = No backups yet; `saa backup` makes one (saa also makes one a day).
cli-backup-done = backed up to { $path }
cli-restore-done = restored { $file }; what was there before is kept at { $kept }

## saa sync
cli-sync-no-folder = name the folder to sync through: `saa sync ~/Sync/saa`, or set it once in config.toml as [sync] dir = "~/Sync/saa"
cli-sync-not-a-folder = { $path } is not a folder; create it inside the folder your sync tool shares, then run saa sync again
cli-sync-failed = the sync through [sync] dir failed: { $error }
cli-sync-unchanged = { $name }: unchanged since the last sync
cli-sync-empty = { $name }: empty so far (still being copied?); skipped
cli-sync-merged = { $name }: { $added } new reviews, { $present } already here; { $records } other records and { $set_asides } set-aside questions merged
cli-sync-partial-tail = { $name }: its last line is incomplete (still being copied?); it will be read at the next sync
# $error starts with ":LINE: " or ": " (it follows the file name directly).
cli-sync-merge-failed = { $path }{ $error }; nothing was merged from it
cli-sync-not-utf8 = { $path }:{ $line }: not UTF-8 text; nothing was merged from it
# $what is cli-export-what-all.
cli-sync-own-unchanged = { $name }: already up to date ({ $what })
cli-sync-own-written = { $name }: written ({ $what })
cli-sync-fix-failures = every other file was merged; fix or remove the files above and sync again
cli-sync-status-this = this machine is { $id }; it writes { $file } in { $dir }
cli-sync-status-not-yet = this machine has not synced yet; `saa sync` gives it a name and writes its file
cli-sync-status-empty = no machine has written to { $dir } yet
# The state column of `saa sync --status` (15 cells wide).
cli-sync-state-own = this machine
cli-sync-state-merged = merged
cli-sync-state-pending = not merged yet
cli-sync-status-changed = changed { $time }

## saa plan
cli-plan-nothing-to-change = there is no plan to change; set one with `saa plan --exam-date YYYY-MM-DD`
cli-plan-rescheduled = { $count } questions rescheduled.
cli-plan-none = No exam date set. Set one with `saa plan --exam-date YYYY-MM-DD`.
cli-plan-summary = Exam on { $date } (D-{ $left }); exam-day recall target { $target }%, new questions done { $buffer } days before.
cli-plan-passed = The exam day has passed; ordinary scheduling is back. `saa plan --clear` removes the plan.
cli-plan-load = { $unseen } questions not yet seen: { $per_day } new a day, about { $load } reviews a day on top of those already due.
cli-plan-infeasible = This plan is not feasible as it stands (limit: { $limit } reviews a day). Choices: study fewer decks (saa study --deck ...), a later date (saa plan --exam-date ...), a shorter buffer (--buffer-days), or a higher reviews_per_day in config.toml.

## saa export, saa import, saa unsuspend
cli-export-failed = cannot export: { $error }
cli-export-what-reviews = { $reviews } reviews
cli-export-what-all = { $reviews } reviews and { $records } other records
cli-export-done = exported { $what } to { $path }
cli-import-not-utf8 = { $path }:{ $line }: not UTF-8 text; nothing was imported
# $error starts with ":LINE: " or ": " (it follows the file name directly).
cli-import-failed = { $path }{ $error }; nothing was imported
cli-import-done = read { $read } reviews: { $added } added, { $present } already present; { $rescheduled } questions rescheduled
cli-import-merged-extras = merged { $records } other records (mock exams, flags, settings) and { $set_asides } set-aside questions
cli-import-no-reviews = there are no reviews in it
cli-import-duplicate-id = review id { $id } is also on line { $first } with different content
cli-import-before-2000 = reviewed_at { $time } is before 2000; the clock that wrote it was wrong
cli-import-future = reviewed_at { $time } is in the future (now { $now }); it would hide its question until then
cli-import-bad-header = expected the header { $header }
# $field is the file's field name: deck or question.
cli-import-bad-id = { $field } `{ $value }` is not a valid id
cli-import-bad-review-id = `id` must be a non-empty string of at most 200 bytes
cli-import-bad-time = `reviewed_at` { $value } is not an RFC 3339 time: { $error }
cli-import-bad-rating = `rating` must be 1-4, not { $value }
cli-import-bad-mode = `mode` must be study, exam or cram, not { $value }
cli-import-newer-version = written by a newer saa (export version { $version }); update saa
cli-import-unknown-table = `{ $table }` is not a table saa exports
cli-import-row-needs-object = a row needs a `row` object
cli-import-unknown-column = `{ $table }` has no column `{ $column }`
cli-import-set-aside-needs-key = a set_aside needs a deck and a question id
cli-import-unknown-line = `saa` is { $kind }, not export, row or set_aside
cli-unsuspend-none = No questions are suspended.
cli-unsuspend-bad-key = `{ $text }` is not a question key; write deck/question, as `saa unsuspend` lists them
cli-unsuspend-not-suspended = { $key } is not suspended
cli-unsuspend-done = { $count ->
    [one] { $count } question back in study.
   *[other] { $count } questions back in study.
}

## saa deck
cli-deck-no-such-path = { $path }: no such file or folder
cli-deck-check-summary = checked { $files ->
        [one] { $files } file
       *[other] { $files } files
    }, { $questions ->
        [one] { $questions } question
       *[other] { $questions } questions
    }: { $errors ->
        [one] { $errors } error
       *[other] { $errors } errors
    }, { $warnings ->
        [one] { $warnings } warning
       *[other] { $warnings } warnings
    }
cli-deck-orphans = { $count ->
    [one] { $count } question with progress no longer in any deck (orphans; their history is kept): { $shown }
   *[other] { $count } questions with progress no longer in any deck (orphans; their history is kept): { $shown }
}
cli-deck-orphans-more = { $count ->
    [one] { $count } question with progress no longer in any deck (orphans; their history is kept): { $shown } and { $more } more
   *[other] { $count } questions with progress no longer in any deck (orphans; their history is kept): { $shown } and { $more } more
}
cli-deck-flagged-none = No questions are flagged as faulty.
cli-deck-flagged-gone = no longer in any deck
cli-deck-flagged-line = { $place }: { $key } flagged { $date }
cli-deck-flagged-reason = {"    "}why: { $reason }
# `saa deck list` column headers; widths in cells: deck 20, then 5, 6, 5, 4, 5, 6, 9, 5, 4.
cli-deck-list-deck = DECK
cli-deck-list-total = TOTAL
cli-deck-list-single = SINGLE
cli-deck-list-multi = MULTI
cli-deck-list-card = CARD
cli-deck-list-typed = TYPED
cli-deck-list-secure = SECURE
cli-deck-list-resilient = RESILIENT
cli-deck-list-performance = PERF
cli-deck-list-cost = COST
cli-deck-list-title = TITLE (SOURCE)
cli-deck-list-bundled = bundled
cli-deck-list-broken = BROKEN { $path }: { $error }
# `saa deck list --by task` column headers; widths in cells: 5, 8, 6.
cli-deck-tasks-task = TASK
cli-deck-tasks-scenario = SCENARIO
cli-deck-tasks-recall = RECALL
cli-deck-tasks-title = TITLE
cli-deck-untagged = { $count } questions have no task statement
cli-deck-bad-id = deck id `{ $id }` must be 1 to 64 characters of a-z, 0-9 and -
cli-deck-import-bundled = `{ $id }` is a bundled deck; pick another id
cli-deck-not-utf8 = { $path } is not UTF-8 text
cli-deck-import-failed = { $path }: { $error }; nothing was written
cli-deck-import-exists = { $path } already exists; nothing was written
cli-deck-import-done = wrote { $count } cards to { $path }
cli-deck-import-next = add each card's domain, task and refs, then check it with: saa deck check { $path }
cli-deck-bad-lang = `{ $lang }` is not a language tag like ko or pt-br
cli-deck-new-bundled = `{ $id }` is a bundled deck; your deck would replace it. Pick another id, or pass --force to replace it on purpose
cli-deck-new-exists = { $path } already exists; choose another id or --dir
cli-deck-new-next = check it with: saa deck check { $path }

## saa optimize
cli-optimize-not-enough =
    Not enough history to train on yet: { $usable } usable reviews, { $needed } needed ({ $more } more).
    A usable review is a repeat of a question on a later day than its first answer.
cli-optimize-current-invalid = current parameters are invalid: { $error }
cli-optimize-cannot-evaluate-current = cannot evaluate the current parameters: { $error }
cli-optimize-training = Training on { $items } reviews from { $answers } answers in the log...
cli-optimize-progress = training: { $percent }%
cli-optimize-training-stopped = training stopped unexpectedly
cli-optimize-training-failed = training failed: { $error }
cli-optimize-trained-invalid = trained parameters are invalid: { $error }
cli-optimize-cannot-evaluate-trained = cannot evaluate the trained parameters: { $error }
# The comparison table: two number columns 10 cells wide; row labels 13 cells.
cli-optimize-log-loss = log loss
cli-optimize-rmse = RMSE (bins)
cli-optimize-current = current
cli-optimize-trained = trained
cli-optimize-kept = Kept the trained parameters; { $count } questions rescheduled with them.
cli-optimize-not-better = The trained parameters are not better on your history; kept the current ones.
cli-deck-check-translated = { $deck } ({ $language }): { $count } questions translated
cli-deck-check-rejected = { $count ->
    [one] 1 question is left out until its errors are fixed.
   *[other] { $count } questions are left out until their errors are fixed.
}

## Editing a question from the app
cli-edit-no-deck = deck `{ $deck }` is not loaded any more
cli-edit-no-folder = there is no deck folder to copy the bundled deck into
cli-edit-made-yours = The bundled deck is now yours: { $path } (it replaces the bundled one; your progress stays).
cli-edit-editor-failed = { $editor } ended with an error.
cli-edit-no-editor = cannot start the editor { $editor }: { $error } (set VISUAL or EDITOR)
cli-edit-has-errors = The file has an error, and what it breaks is left out until it is fixed (e opens it again): { $problem }
cli-edit-done = Read again from { $path }:{ $line }.
