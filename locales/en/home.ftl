# en: home messages (Project Fluent). Ids match across languages; see src/i18n.

home-tagline = AWS SAA-C03 coach
home-today = today: { $answered } answered
home-today-cram = , { $cram } in cram
home-today-right = {" "}· { $percent }% right
home-up-next = up next: { $new } new · { $due } due
home-column-deck = Deck
home-column-new = new
home-column-due = due
home-column-learned = learned
home-all-decks = All decks
home-mastery-title = Mastery by exam domain (average predicted recall today)
home-questions = { $count ->
    [one] { $count } question
   *[other] { $count } questions
}
home-open-exam = Unfinished mock exam: { $answered }/{ $total } answered, { $left } left.
home-open-exam-resume = { $key } resumes it

## The exam plan line
home-plan-passed = Exam { $date } has passed: ordinary scheduling is back (saa plan --clear removes the plan).
home-plan = Exam { $date } (D-{ $left }) · today's plan: { $new } new, { $due } due
home-plan-mock-due = {" "}· a full mock exam is due (D-{ $point })
home-plan-none = No exam date set: { $key } plans for one.
