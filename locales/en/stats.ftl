# en: stats messages (Project Fluent). Ids match across languages; see src/i18n.

## The stats screen's title line
stats-title = Progress
stats-header-score = est. score { $score }  streak { $streak ->
    [one] { $streak } day
   *[other] { $streak } days
}
stats-header-no-score = est. score after { $needed } more answers  streak { $streak ->
    [one] { $streak } day
   *[other] { $streak } days
}

## Due forecast
stats-due-title = Due
stats-due-detail = now { $now } · today { $today } · tomorrow { $tomorrow } · next 30 days { $month }
stats-due-none = Nothing falls due in the next 30 days.
stats-due-axis-today = today

## Activity calendar
stats-activity-title = Activity
stats-activity-detail = streak { $streak ->
    [one] { $streak } day
   *[other] { $streak } days
    } · { $today } answered today · { $total } in total
# Month names over the calendar (1 = January); at most 3 cells wide.
stats-month = { $month ->
    [1] Jan
    [2] Feb
    [3] Mar
    [4] Apr
    [5] May
    [6] Jun
    [7] Jul
    [8] Aug
    [9] Sep
    [10] Oct
    [11] Nov
   *[12] Dec
}
# Weekday labels of the calendar rows (1 = Monday); at most 3 cells wide.
stats-weekday = { $day ->
    [1] Mon
    [2] Tue
    [3] Wed
    [4] Thu
    [5] Fri
    [6] Sat
   *[7] Sun
}
stats-heatmap-none = none
stats-heatmap-unit = (answers a day)

## Retention
stats-retention-title = Retention
stats-retention-detail = right answers on questions in review · desired { $desired }
stats-retention-7-days = last 7 days
stats-retention-30-days = last 30 days
stats-retention-too-few = { $reviews } of { $needed } reviews needed for a rate
stats-retention-of = of { $reviews } · { $verdict }
stats-retention-on-target = on target
stats-retention-above = above desired
stats-retention-below = below desired

## Questions by state
stats-questions-title = Questions
stats-questions-total = { $total } in all
stats-questions-states = new { $new } · learning { $learning } · young { $young } · mature { $mature } · suspended { $suspended } · leeches { $leeches }

## Mastery
stats-mastery-domain-title = Mastery by domain
stats-mastery-domain-detail = predicted recall of questions last answered right
stats-mastery-task-title = Mastery by task statement
stats-mastery-task-detail = SAA-C03 outline
stats-mastery-topic-title = Top topics
stats-mastery-topic-detail = by number of questions
stats-mastery-no-questions = no questions
stats-mastery-seen = { $seen }/{ $total } seen

## Mock exams
stats-exams-title = Mock exams
stats-exams-detail = scaled score 100-1000, | marks { $pass } to pass
stats-exams-none = No mock exams yet.
stats-exam-unfinished = unfinished, { $answered }/{ $total } answered
stats-exam-pass = pass
stats-exam-fail = fail
stats-exam-right = { $correct }/{ $total } right
stats-exam-latest-by-domain = Latest attempt by domain:
# Short domain names for lists of scores by domain.
stats-domain-short-secure = secure
stats-domain-short-resilient = resilient
stats-domain-short-performance = performance
stats-domain-short-cost = cost

## Readiness
stats-readiness-title = Readiness
stats-readiness-estimate = est. scaled score { $score } (likely { $low }-{ $high }; { $pass } passes)
stats-readiness-no-estimate = est. scaled score: not enough evidence yet; answer { $needed } more { $needed ->
    [one] question
   *[other] questions
}
stats-readiness-from-exams = from mastery { $mastery } and { $exam } right in the last { $exams ->
    [one] { $exams } mock exam
   *[other] { $exams } mock exams
    }; { $seen ->
    [one] { $seen } question
   *[other] { $seen } questions
    } seen
stats-readiness-from-mastery = from mastery { $mastery } (no finished mock exam yet); { $seen ->
    [one] { $seen } question
   *[other] { $seen } questions
    } seen
stats-readiness-focus = Focus next:
stats-readiness-focus-topic = { $topic } (+{ $gain } points if mastered; now { $mastery }, { $questions ->
    [one] { $questions } question
   *[other] { $questions } questions
    })
stats-readiness-how = How:
stats-readiness-method = The estimate is the scaled score (100-1000, 720 passes) you would get if you sat the exam today. Mastery of each domain is the average predicted recall today of its questions, unseen ones counting as zero. The domains are weighted as in the exam guide (secure 30%, resilient 26%, performance 24%, cost 20%). If you have finished mock exams (practice ones aside), this is averaged half and half with your share of right answers in the last three. The result maps to a scaled score along straight lines through 0 -> 100, 72% -> 720 and 100% -> 1000. The range is a 95% margin, 1.96 x sqrt(p(1-p)/n) with n the questions you have seen, and at least 50 points each way. Focus topics are those whose questions, once fully recalled, would raise the estimate most. A question counts only while your latest answer to it was right, and there is no estimate until you have answered 40 questions.

## Wrong options picked most often
stats-confusions-title = Wrong options you pick most
stats-confusions-none = None yet.

## `saa stats` as plain text (piped)
stats-text-due = Due: { $now } now, { $today } today, { $tomorrow } tomorrow, { $month } in the next 30 days
stats-text-rate = { $percent } of { $reviews } reviews
stats-text-rate-too-few = too few reviews for a rate ({ $reviews } of { $needed })
stats-text-retention = Retention: last 7 days { $week }, last 30 days { $month }; desired { $desired }
stats-text-reviews = Reviews: { $today } today, { $total } in total; streak { $streak ->
    [one] { $streak } day
   *[other] { $streak } days
}
stats-text-questions = Questions: { $total } in all: { $new } new, { $learning } learning, { $young } young, { $mature } mature, { $suspended } suspended; { $leeches } leeches
stats-text-mastery-domain = Mastery by domain (predicted recall today of questions last answered right):
stats-text-mastery-task = Mastery by task statement:
stats-text-exams = Mock exams (latest last; { $pass } passes):
stats-text-latest-by-domain = latest by domain: { $scores }
stats-text-readiness = Readiness: { $summary }
stats-text-exam-day = Exam day { $date } (D-{ $left }): predicted recall { $recall }; { $risk } seen questions below the { $target } target; projected { $projected }
stats-text-focus = focus: { $topics }
stats-text-focus-topic = { $topic } (+{ $gain }, { $mastery } mastery)
stats-text-how = how: { $method }
stats-text-confusions = Wrong options picked most often:

## `saa stats` on stderr
stats-warning = warning: { $problem }
