//! `saa plan`: book the exam date, so scheduling aims at recall on that day.

use std::process::ExitCode;

use anyhow::anyhow;
use jiff::civil::Date;

use super::common;
use crate::cli::Context;
use crate::commands::output::say;
use crate::deck::Library;
use crate::sched::{ExamPlan, Phase, plan};
use crate::tr;

pub struct PlanRequest {
    pub exam_date: Option<Date>,
    pub buffer_days: Option<u32>,
    pub target: Option<f32>,
    pub clear: bool,
}

pub fn run(context: &Context, request: PlanRequest) -> anyhow::Result<ExitCode> {
    let config = common::config(context)?;
    let mut store = common::open_store_to_write(context)?;
    let current = store.exam_plan()?;
    let changed = if request.clear {
        store.set_exam_plan(None)?;
        true
    } else if let Some(exam_date) = request.exam_date {
        let mut plan = current.unwrap_or_else(|| ExamPlan::new(exam_date));
        plan.exam_date = exam_date;
        plan.buffer_days = request.buffer_days.unwrap_or(plan.buffer_days);
        plan.target = request.target.unwrap_or(plan.target);
        if let Some(problem) = plan.problem() {
            return Err(anyhow!("{problem}"));
        }
        store.set_exam_plan(Some(&plan))?;
        true
    } else if request.buffer_days.is_some() || request.target.is_some() {
        return Err(anyhow!("{}", tr!("cli-plan-nothing-to-change")));
    } else {
        false
    };
    let scheduler = common::scheduler(&config, &store)?;
    if changed {
        // Every card's schedule follows the plan, as if it had always been set.
        let rebuilt = store.rebuild_all(&scheduler)?;
        say!("{}", tr!("cli-plan-rescheduled", count = rebuilt));
    }
    let Some(plan) = scheduler.plan().copied() else {
        say!("{}", tr!("cli-plan-none"));
        return Ok(ExitCode::SUCCESS);
    };
    let days = scheduler.days();
    let now = context.clock.now();
    let today = days.day(now);
    let exam_day = days.day_of_date(plan.exam_date);
    let library = Library::new(
        common::decks_only(context)
            .decks
            .into_iter()
            .map(|d| d.deck)
            .collect(),
    );
    let cards = store.cards()?;
    let unseen = library
        .questions()
        .filter(|(k, _, _)| cards.get(k).is_none_or(|c| c.phase == Phase::New))
        .count();
    let left = exam_day - today;
    say!(
        "{}",
        tr!(
            "cli-plan-summary",
            date = plan.exam_date.to_string(),
            left = left.max(0),
            target = format!("{:.0}", plan.target * 100.0),
            buffer = plan.buffer_days
        )
    );
    if left <= 0 {
        say!("{}", tr!("cli-plan-passed"));
        return Ok(ExitCode::SUCCESS);
    }
    let per_day = plan::new_per_day(unseen, today, exam_day, plan.buffer_days);
    let load = per_day.saturating_mul(plan::REVIEWS_PER_NEW_QUESTION);
    say!(
        "{}",
        tr!(
            "cli-plan-load",
            unseen = unseen,
            per_day = per_day,
            load = load
        )
    );
    let limit = config.schedule.reviews_per_day;
    if load > limit || left <= i64::from(plan.buffer_days) {
        say!("{}", tr!("cli-plan-infeasible", limit = limit));
    }
    Ok(ExitCode::SUCCESS)
}
