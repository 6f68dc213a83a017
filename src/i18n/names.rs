//! The exam's own names (domains, task statements) in the interface language. The deck core
//! keeps the English names for files and JSON; screens show these.

use crate::deck::{Domain, Task};
use crate::tr;

pub fn domain(d: Domain) -> String {
    match d {
        Domain::Secure => tr!("domain-secure"),
        Domain::Resilient => tr!("domain-resilient"),
        Domain::Performance => tr!("domain-performance"),
        Domain::Cost => tr!("domain-cost"),
    }
}

/// A task statement's short title, or the English one for a task this version does not name.
pub fn task(t: Task) -> String {
    let id = format!("task-{t}").replace('.', "-");
    let text = crate::i18n::text(&id, None);
    if text == id {
        t.title().to_string()
    } else {
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, set_language};

    #[test]
    fn every_task_statement_has_a_name_in_every_language() {
        for lang in Lang::ALL {
            set_language(lang);
            for t in Task::all() {
                let id = format!("task-{t}").replace('.', "-");
                assert_ne!(crate::i18n::text(&id, None), id, "{lang:?} has no {id}");
            }
        }
        set_language(Lang::En);
        assert_eq!(domain(Domain::Cost), Domain::Cost.title());
    }
}
