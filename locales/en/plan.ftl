# en: plan messages (Project Fluent). Ids match across languages; see src/i18n.

plan-title = Exam plan
plan-none = No exam date yet. Type the date your exam is booked for and press Enter: scheduling then aims every question at its best recall on that day.
plan-current = Exam { $date } (D-{ $left }) · recall target on exam day { $target }% · every new question introduced { $buffer } days before
plan-load = { $unseen } questions not yet seen: { $per_day } new a day, about { $load } reviews a day.
plan-infeasible = More than your daily limit of { $limit } reviews, or too close to the exam: study fewer decks (saa study --deck), pick a later date, or raise reviews_per_day in config.toml.
plan-date-label = Exam date (YYYY-MM-DD):
plan-explain = Reviews that would fall after the exam come before it, as late as is safe; after the exam ordinary scheduling resumes. The buffer and the target change with saa plan --buffer-days and --target.
plan-bad-date = "{ $input }" is not a date: write it as YYYY-MM-DD, e.g. 2027-01-20.
plan-date-not-ahead = { $date } is not after today: an exam plan needs a date ahead.
plan-saved = Plan saved; { $count } questions rescheduled for exam day.
plan-cleared = Plan cleared; { $count } questions back on ordinary scheduling.
plan-hint-save = save
plan-hint-clear = clear plan
