# en: keys messages (Project Fluent). Ids match across languages; see src/i18n.

## What each action is called in hint bars and help
action-quit = quit
action-back = back
action-help = help
action-submit = submit
action-reveal = reveal
action-undo = undo
action-bury = bury
action-suspend = suspend
action-flag = flag faulty
action-scroll-up = scroll up
action-scroll-down = scroll down
action-page-up = page up
action-page-down = page down
action-study = study
action-cram = cram
action-exam = mock exam
action-stats = stats
action-decks = decks
action-history = history
action-next = next
action-previous = previous
action-mark = flag for review
action-navigator = navigator
action-finish = submit exam
action-language = English / translation
action-browse = browse
action-plan = exam plan
action-links = links whole
action-forget = forget
