# en: screens messages (Project Fluent). Ids match across languages; see src/i18n.

## The decks screen
screens-decks-title = Decks
screens-decks-column-deck = deck
screens-decks-column-total = total
screens-decks-column-single = single
screens-decks-column-multi = multi
screens-decks-column-card = card
screens-decks-column-typed = typed
# Questions per exam domain: secure, resilient, high-performing, cost-optimized (short)
screens-decks-column-secure = sec
screens-decks-column-resilient = res
screens-decks-column-performance = prf
screens-decks-column-cost = cst
screens-decks-column-source = source
# Where a deck bundled with saa comes from
screens-decks-bundled = bundled
screens-decks-problems = Problems (run `saa deck check` for every detail):
screens-decks-add-your-own = Add your own decks to <data-dir>/decks/ or pass --decks DIR; `saa deck new ID` writes a template.

## The help overlay (?): its title, its last line, and the keys each screen has besides its actions
screens-links-title = Links of { $key }, whole, to select and copy
screens-links-footer = Any key closes this.
screens-help-title = Keys
screens-help-footer = Keys can be changed under [keys] in config.toml. Any key closes this.
screens-help-choose-deck = choose a deck
screens-help-study-deck = study it (All decks: everything due)
screens-help-pick-choice = pick a choice (multi: toggle)
screens-help-grade = grade after answering: Again Hard Good Easy
screens-help-check = practice mode: check the answer and see why
screens-help-confirm = confirm in dialogs
screens-help-exam-review = results: review all, wrong, flagged, unanswered
screens-help-choose-attempt = choose an attempt
screens-help-search = search text, ids, decks, topics, tasks
screens-help-filter = filter: all, due, new, learning, suspended, leeches, flagged, buried, missed in 7 or 30 days
screens-help-choose-question = choose a question
screens-help-scroll = scroll

## Errors that end the app (shown once the terminal is restored)
screens-exam-in-progress = a mock exam is already in progress: resume it with `saa exam --resume` (or from the home screen), or give it up with `saa exam --abandon`
screens-exam-no-questions = no multiple-choice questions match this exam's decks and domains
screens-exam-gone = mock exam { $id } is no longer in the database
screens-crashed = saa crashed. Every answer you gave before this was already saved.
screens-crashed-report = Please report this message to the saa issue tracker.

## Problems with [keys] in config.toml ($exit and $action are action names as config.toml writes them)
screens-key-unknown = `{ $key }` is not a key; try a letter, "ctrl-z", "f5", "enter" or "space"
screens-key-unknown-action = `{ $name }` is not an action; actions: { $actions }
screens-key-takes-exit = `{ $key }` is the { $exit } key; binding it to { $action } would leave no way to { $exit }
screens-help-type-date = type the exam date
screens-help-overrule = a typed answer judged wrong: I was right
screens-decks-add-your-own-at = Add your own decks to { $folder } or pass --decks DIR; `saa deck new ID` writes a template.
screens-key-clash = `{ $key }` would do both { $action } and { $other } on the { $screen } screen; pick another key
screens-help-edit = edit the question in $EDITOR (a bundled deck becomes yours first)
screens-help-line-edit = move in a typed answer (Delete, ctrl-w, ctrl-u, ctrl-k edit)
