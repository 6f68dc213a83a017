# en: browser messages (Project Fluent). Ids match across languages; see src/i18n.

## The header: title, how many questions show, the filter and the search box
browser-title = Browse
browser-header = { $shown } of { $total } · f filter: { $filter } · { $search }
browser-search-prompt = / search
browser-search-typing = search: { $query }▏
browser-search = search: { $query }

## The state filters (f cycles through them)
browser-filter-all = all
browser-filter-due = due
browser-filter-new = new
browser-filter-learning = learning
browser-filter-suspended = suspended
browser-filter-leeches = leeches
browser-filter-flagged = flagged
browser-filter-buried = buried
browser-filter-missed = missed in { $days } days

## The selected question: deck, type, domain, task statement
browser-about = { $deck } · { $kind } · { $domain }
browser-about-task = { $deck } · { $kind } · { $domain } · task { $task }
browser-kind-single = single
browser-kind-multi = multi
browser-kind-card = card
browser-kind-typed = typed
browser-domain-secure = secure
browser-domain-resilient = resilient
browser-domain-performance = performance
browser-domain-cost = cost

## Its schedule
browser-schedule-new = new: never answered
browser-schedule = { $phase } · due { $due }
browser-schedule-memory = { $phase } · due { $due } · stability { $stability } d · difficulty { $difficulty } · recall now { $recall }%
browser-phase-new = new
browser-phase-learning = learning
browser-phase-review = review
browser-phase-relearning = relearning
browser-counts = { $answers } answers · { $lapses } lapses
browser-state-suspended = suspended
browser-state-flagged = flagged faulty
browser-state-flagged-because = flagged faulty: { $reason }

## Its latest answers: date, ✓/✗, the grade and where it was answered
browser-latest-answers = Latest answers:
browser-rating-again = Again
browser-rating-hard = Hard
browser-rating-good = Good
browser-rating-easy = Easy
browser-mode-study = study
browser-mode-exam = exam
browser-mode-cram = cram

browser-nothing-matches = Nothing matches; change the search (/) or the filter (f).

## Notices after a key
browser-notice-suspended = { $key } suspended.
browser-notice-unsuspended = { $key } back in study.
browser-notice-flagged = { $key } flagged as faulty (saa deck check --flagged lists it).
browser-notice-unflagged = { $key }: the faulty-question report is taken back.
browser-notice-buried = { $key } buried until tomorrow (b again lifts it).
browser-notice-unburied = { $key } is back in study today.
browser-notice-forget-confirm = Forget { $key }? Its schedule starts over as new; its answers stay in the log. y forgets, any other key keeps it.
browser-notice-forgotten = { $key } is new again. u brings its schedule back.
browser-notice-unforgotten = { $key }: its schedule is back, as its answers made it.
browser-notice-forget-cancelled = Nothing forgotten.
browser-notice-nothing-to-cram = Nothing matches; change the search or the filter.
