# en: study messages (Project Fluent). Ids match across languages; see src/i18n.

## Header
study-mode-study = Study
study-mode-cram = Cram (no schedule changes)
study-progress = { $left } left · { $correct }/{ $answered } right

## The line above a question: domain · topics · state
study-phase-new = new
study-phase-learning = learning
study-phase-review = review
study-phase-relearning = relearning
study-forgotten = forgotten { $count }x
study-leech = leech

## Asking
study-selected = { $selected } of { $total } selected
study-your-answer = Your answer:
study-recall = Recall the answer, then press space to reveal it.

## Feedback
study-correct = ✓ Correct
study-not-quite = ✗ Not quite
study-answer = Answer
study-your-pick = { $choice } (your pick)
study-you-typed = You typed:
study-accepted = Accepted:

## The grade line under feedback
study-rating-again = Again
study-rating-hard = Hard
study-rating-good = Good
study-rating-easy = Easy
study-no-change = no change
study-interval-minutes = { $minutes }m
study-interval-hours = { $hours }h
study-interval-days = { $days }d
study-interval-months = { $months }mo
study-interval-years = { $years }y
study-enter-accepts = Enter accepts the highlighted grade

## Session summary
study-nothing-title = Nothing to study right now
study-nothing-body = No question is due and today's new questions are done (or none match this selection). Cram (c on the home screen, or `saa study --cram`) practises anything without changing the schedule.
study-complete = Session complete
study-answered = Answered: { $count }
study-right = Right: { $count } ({ $percent }%)
study-time = Time: { $minutes } min
study-next-due-minutes = Next question due in { $minutes } min.
study-next-due-hours = Next question due in { $hours } h.
study-next-due-days = Next question due in { $days } days.
study-nothing-scheduled = Nothing else is scheduled yet: new questions arrive tomorrow.

## Notices (one line under the question)
study-showing-english = Showing the English original.
study-showing-translation = Showing the translation.
study-flagged = Flagged as faulty: it is listed by `saa deck check --flagged`.
study-unflagged = The faulty-question report is taken back.
study-overruled = Counted as right: your answer replaces the wrong grade (logged as Good).
study-hint-overrule = I was right
study-select-exactly = { $need ->
    [one] Select exactly { $need } choice ({ $selected } selected).
   *[other] Select exactly { $need } choices ({ $selected } selected).
}
study-pick-first = Pick a choice first (a-f or 1-6).
study-type-first = Type an answer first.
study-wrong-is-again = A wrong answer is graded Again; press Enter to go on.
study-nothing-to-undo = Nothing to undo in this session.
study-undone-set-aside = Undone: it is back in this session.
study-undone = Undone.
study-grade-first = Grade this answer first (Enter), or undo it.
study-suspended = Suspended: it will not be asked until you unsuspend it.
study-buried = Buried until tomorrow.

## The flag key's prompt: an optional reason, shown by `saa deck check --flagged`
flag-reason-prompt = Why is it faulty? (optional) { $text }  { $submit } flags · { $back } cancels
flag-reason-cancelled = Not flagged.
