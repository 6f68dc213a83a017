# en: exam messages (Project Fluent). Ids match across languages; see src/i18n.

## Hint bar
exam-hint-review-filters = review all/wrong/flagged/unanswered
exam-hint-study-misses = study the misses now
exam-hint-start = start the clock
exam-hint-go-to = go to question
exam-hint-review-answers = review answers
exam-hint-open = open

## Titles
exam-title = Mock exam
exam-results-title = Mock exam results
exam-review-title = { $filter ->
    [wrong] Review: wrong answers
    [flagged] Review: flagged answers
    [unanswered] Review: unanswered answers
   *[all] Review: all answers
}

## Intro (before the clock starts)
exam-minutes = { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}
exam-seconds = { $seconds } s
exam-intro = { $count ->
    [one] { $count } question in { $time }, drawn by the SAA-C03 domain weights (secure 30%, resilient 26%, performance 24%, cost 20%). Multiple choice and multiple response; no feedback until you submit. Flag questions to revisit them; the navigator shows what is answered.
   *[other] { $count } questions in { $time }, drawn by the SAA-C03 domain weights (secure 30%, resilient 26%, performance 24%, cost 20%). Multiple choice and multiple response; no feedback until you submit. Flag questions to revisit them; the navigator shows what is answered.
}
exam-intro-short = Only { $available } questions are available for this selection (wanted { $wanted }).
exam-intro-short-domain = { $domain }: only { $available } of { $wanted } questions available; filled from the other domains.
exam-intro-clock = The clock starts when you press Enter and stops whenever saa is closed; every answer is saved as you give it.

## Taking the exam: header, question
exam-question-number = Question { $number } of { $total }
exam-time-left = { $clock } left
exam-time-left-warn = { $clock } left (last { $time })
exam-pace-ahead = ahead
exam-pace-on = on pace
exam-pace-behind = behind
exam-progress = answered { $answered } · flagged { $flagged } · { $pace }
exam-question-gone = This question is no longer in any deck; it counts as unanswered.
exam-flagged-for-review = ⚑ flagged for review
exam-selected = { $picked } of { $required } selected

## Notices
exam-resumed = Resumed where you left off; the clock did not run while saa was closed.
exam-time-up = Time is up: the exam was submitted.
exam-showing-english = Showing the English original.
exam-showing-translation = Showing the translation.

## Navigator
exam-navigator-title = Navigator
exam-navigator-legend = ✓ answered  ~ incomplete  · unanswered  ⚑ flagged
exam-navigator-keys = arrows move  Enter go  g/Esc close

## Submit and leave dialogs
exam-confirm-title = Submit the exam?
exam-confirm-none = none
exam-confirm-unanswered = Unanswered ({ $count }): { $list }
exam-confirm-incomplete = Incomplete, too few picks ({ $count }): { $list }
exam-confirm-flagged = Flagged ({ $count }): { $list }
exam-confirm-counts-wrong = Unanswered and incomplete questions count as wrong.
exam-confirm-keys = y submit now   any other key: keep working
exam-leave-title = Leave the exam?
exam-leave-saved = Your answers and the time left are saved.
exam-leave-resume = Resume later from the home screen or with `saa exam --resume`.
exam-leave-keys = y leave (saved)   a abandon this exam   any other key: stay

## Results
exam-results-score = Estimated scaled score { $score } / 1000
exam-results-pass = PASS (pass mark { $mark })
exam-results-fail = FAIL (pass mark { $mark })
exam-results-raw = Raw score { $correct } of { $total } ({ $answered } answered)   time used { $time }
exam-results-time-per-question = Time per question: average { $average } (exam pace { $pace }); longest: { $longest }
exam-results-longest-item = Q{ $number } { $time }
exam-results-scaling = The scaled score is an estimate: AWS does not publish its scaling. saa maps 72% right to 720 and scales linearly to 100 (0%) and 1000 (100%).
exam-results-column-domain = Domain
exam-results-column-right = right
exam-results-column-result = result
exam-results-meets = meets
exam-results-needs-improvement = needs improvement
exam-results-schedule = Every answer went into your study schedule: wrong ones are due now, flagged right ones were graded Hard. Unanswered questions were not counted as answers and left your schedule alone.
exam-trend = Trend over your last { $count } attempts (oldest first):
exam-trend-score = score
exam-trend-secure = secure
exam-trend-resilient = resilient
exam-trend-performance = performance
exam-trend-cost = cost

## Review of the answers
exam-review-empty = { $filter ->
    [wrong] No wrong answers.
    [flagged] No flagged answers.
    [unanswered] No unanswered answers.
   *[all] No all answers.
}
exam-status-right = right
exam-status-wrong = wrong
exam-status-unanswered = unanswered
exam-review-heading = Question { $number } of { $total } · { $status }
exam-review-heading-flagged = Question { $number } of { $total } · { $status } · flagged
exam-review-gone = This question is no longer in any deck.
exam-review-your-answer = { $choice } (your answer)

## History of past exams
exam-history-title = Mock exam history
exam-history-empty = No finished mock exams yet: press e on the home screen to take one.
exam-history-column-started = started (UTC)
exam-history-column-score = score
exam-history-column-right = right
exam-history-column-answered = answered
exam-history-pass = pass
exam-history-fail = fail

## The setup screen before a mock exam
setup-title = Mock exam setup
setup-row-length = Questions
setup-row-esl = Extra time (ESL +30)
setup-row-domains = Domains
setup-row-decks = Decks
setup-questions = { $count }
setup-esl-on = on: +{ $minutes } minutes
setup-esl-off = off
setup-domains-all = all, by the exam's weights
setup-decks-all = all decks
setup-summary = { $questions } questions in { $minutes } minutes (2 minutes a question, as the real exam).
setup-explain = AWS grants 30 extra minutes on request to candidates whose first language is not English. One domain or one deck makes a focused drill; the full 65 by the weights is the real thing.
setup-hint-start = start
setup-hint-choose = choose
setup-hint-change = change

## Practice mode (answers checked as the learner goes)
exam-results-title-practice = Practice exam results
exam-intro-practice = Practice mode: after answering, Enter checks the answer and shows why. A checked answer cannot change, so the score counts first answers; practice attempts are kept out of the readiness estimate.
exam-practice-frozen = This answer was checked; it cannot change now.
exam-practice-pick-first = Pick an answer first; Enter then checks it.
exam-hint-check = check answer
exam-history-practice = practice
setup-row-mode = Mode
setup-mode-exam = exam: answers at the end, as the real one
setup-mode-practice = practice: check each answer as you go
