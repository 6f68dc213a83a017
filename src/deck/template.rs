//! The commented deck written by `saa deck new`. It passes `saa deck check` (a test says so).

pub fn template(id: &str, today: jiff::civil::Date) -> String {
    format!(
        r##"#:schema ./deck.schema.json
# A saa deck. Check it with:  saa deck check {id}.toml
# Progress is keyed by deck id + question id: edit any text freely, but never reuse an id.

[deck]
id = "{id}"                       # a-z, 0-9 and -, unique among your decks
title = "My deck"
description = "What this deck covers."
language = "en"

# A single-answer scenario question: exactly one choice has correct = true.
[[question]]
id = "first-question"
kind = "single"                   # single | multi | card | typed
domain = "resilient"              # secure | resilient | performance | cost
task = "2.1"                      # SAA-C03 task statement, 1.1 to 4.4, in the domain above
topics = ["lambda"]
prompt = """
A company runs a nightly batch job that takes about 25 minutes. The team wants a serverless
design with the LEAST operational overhead. Which solution meets these requirements?"""
explanation = "A Lambda function runs for at most 900 seconds (15 minutes)."
refs = ["https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html"]
verified = {today}                # when you last checked the facts against refs

[[question.choice]]
text = "Run the job in AWS Lambda with a 30-minute timeout."
why = "Lambda's maximum timeout is 15 minutes."

[[question.choice]]
text = "Run the job as an Amazon ECS task on AWS Fargate started by an EventBridge schedule."
correct = true
why = "Fargate runs containers without servers to manage and has no 15-minute limit."

# A multi-response question: two or more correct choices; the app shows "(Select N.)".
[[question]]
id = "second-question"
kind = "multi"
select = 2
domain = "cost"
task = "4.2"
topics = ["lambda", "pricing"]
prompt = "Which changes lower the duration cost of a memory-bound Lambda function?"
explanation = "Duration is billed per GB-second, so memory and run time both matter."
refs = ["https://aws.amazon.com/lambda/pricing/"]
verified = {today}

[[question.choice]]
text = "Run the function on the Arm64 (Graviton2) architecture."
correct = true
why = "Arm duration is priced about 20% below x86."

[[question.choice]]
text = "Right-size the memory setting after measuring with real traffic."
correct = true
why = "Less memory for the same duration means fewer GB-seconds."

[[question.choice]]
text = "Add provisioned concurrency."
why = "Provisioned concurrency adds a charge; it cuts cold starts, not cost."

# A flashcard: the learner reveals the answer and grades themselves.
[[question]]
id = "timeout-card"
kind = "card"
domain = "resilient"
topics = ["lambda", "limits"]
prompt = "What is the maximum timeout of a Lambda function?"
answer = "900 seconds (15 minutes)."
explanation = "The default timeout is 3 seconds."
refs = ["https://docs.aws.amazon.com/lambda/latest/dg/configuration-timeout.html"]
verified = {today}

# A typed answer: case, spaces and thousands separators are ignored.
[[question]]
id = "timeout-typed"
kind = "typed"
domain = "resilient"
topics = ["lambda", "limits"]
prompt = "Maximum Lambda timeout, in seconds?"
accept = ["900", "900 seconds", "900 s"]
explanation = "900 seconds is 15 minutes."
refs = ["https://docs.aws.amazon.com/lambda/latest/dg/configuration-timeout.html"]
verified = {today}
"##
    )
}
