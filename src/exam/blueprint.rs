//! The shape of a mock exam: how many questions, how long, and how they split across the four
//! domains. The defaults follow the SAA-C03 exam guide (65 questions, 130 minutes, content
//! weighted 30/26/24/20), so a default mock exam has the proportions of the real one.

use jiff::SignedDuration;

use crate::deck::Domain;

/// Relative weight of each domain. Only ratios matter: quotas are computed from each weight's
/// share of the sum over the allowed domains.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Weights {
    pub secure: u32,
    pub resilient: u32,
    pub performance: u32,
    pub cost: u32,
}

impl Weights {
    pub fn get(&self, domain: Domain) -> u32 {
        match domain {
            Domain::Secure => self.secure,
            Domain::Resilient => self.resilient,
            Domain::Performance => self.performance,
            Domain::Cost => self.cost,
        }
    }
}

impl Default for Weights {
    /// The exam guide's share of scored content (see `Domain::weight_percent`).
    fn default() -> Weights {
        Weights {
            secure: Domain::Secure.weight_percent(),
            resilient: Domain::Resilient.weight_percent(),
            performance: Domain::Performance.weight_percent(),
            cost: Domain::Cost.weight_percent(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Blueprint {
    /// Number of questions wanted.
    pub questions: usize,
    /// Time limit in minutes.
    pub minutes: u32,
    pub weights: Weights,
    /// The domains the learner chose to be examined on; weights are renormalised over them.
    /// Candidates from other domains are never used, not even to fill a shortfall.
    pub domains: Vec<Domain>,
}

impl Blueprint {
    /// SAA-C03: 65 questions in 130 minutes.
    pub const DEFAULT_QUESTIONS: usize = 65;
    pub const DEFAULT_MINUTES: u32 = 130;

    pub fn time_limit(&self) -> SignedDuration {
        SignedDuration::from_mins(i64::from(self.minutes))
    }

    /// Questions wanted per allowed domain (see `domain_quotas`).
    pub fn quotas(&self) -> Vec<(Domain, usize)> {
        domain_quotas(self.questions, &self.weights, &self.domains)
    }
}

impl Default for Blueprint {
    fn default() -> Blueprint {
        Blueprint {
            questions: Blueprint::DEFAULT_QUESTIONS,
            minutes: Blueprint::DEFAULT_MINUTES,
            weights: Weights::default(),
            domains: Domain::ALL.to_vec(),
        }
    }
}

/// Splits `total` questions across the allowed domains in proportion to their weights, by
/// largest-remainder rounding: every domain gets the floor of its exact share, and the
/// questions left over go one each to the largest fractional parts. Unlike rounding each share
/// on its own, the counts always add up to `total`, and no domain is ever more than one
/// question away from its exact share.
///
/// The result lists each allowed domain once, in `Domain::ALL` order. Ties between equal
/// remainders go to the heavier domain, then to the earlier one, so the split is stable. When
/// every allowed weight is zero the domains are weighted equally. No allowed domain, no quotas.
pub fn domain_quotas(total: usize, weights: &Weights, allowed: &[Domain]) -> Vec<(Domain, usize)> {
    let domains: Vec<Domain> = Domain::ALL
        .into_iter()
        .filter(|d| allowed.contains(d))
        .collect();
    if domains.is_empty() {
        return Vec::new();
    }
    let all_zero = domains.iter().all(|&d| weights.get(d) == 0);
    let weight = |d: Domain| -> u128 {
        if all_zero {
            1
        } else {
            u128::from(weights.get(d))
        }
    };
    let sum: u128 = domains.iter().map(|&d| weight(d)).sum();
    let total_wide = total as u128;
    // Exact integer arithmetic: share = total * weight / sum, as floor and remainder.
    let mut split: Vec<(Domain, usize, u128)> = domains
        .iter()
        .map(|&d| {
            let scaled = total_wide * weight(d);
            // The floor of a share never exceeds `total`, so it fits in usize.
            (d, (scaled / sum) as usize, scaled % sum)
        })
        .collect();
    let assigned: usize = split.iter().map(|&(_, n, _)| n).sum();
    let mut by_remainder: Vec<usize> = (0..split.len()).collect();
    by_remainder.sort_by(|&a, &b| {
        let (da, _, ra) = split[a];
        let (db, _, rb) = split[b];
        rb.cmp(&ra)
            .then(weight(db).cmp(&weight(da)))
            .then(da.cmp(&db))
    });
    // Fewer leftovers than domains, since each remainder is below one whole question.
    for &i in by_remainder.iter().take(total - assigned) {
        split[i].1 += 1;
    }
    split.into_iter().map(|(d, n, _)| (d, n)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use Domain::*;

    fn quotas(total: usize, allowed: &[Domain]) -> Vec<(Domain, usize)> {
        domain_quotas(total, &Weights::default(), allowed)
    }

    #[test]
    fn default_blueprint_is_the_real_exam() {
        let b = Blueprint::default();
        assert_eq!((b.questions, b.minutes), (65, 130));
        assert_eq!(b.weights.get(Secure), 30);
        assert_eq!(b.weights.get(Resilient), 26);
        assert_eq!(b.weights.get(Performance), 24);
        assert_eq!(b.weights.get(Cost), 20);
        assert_eq!(b.time_limit(), SignedDuration::from_mins(130));
    }

    #[test]
    fn sixty_five_splits_19_17_16_13() {
        // Exact shares 19.5, 16.9, 15.6, 13.0: floors 63, the two left go to .9 and .6.
        assert_eq!(
            Blueprint::default().quotas(),
            vec![(Secure, 19), (Resilient, 17), (Performance, 16), (Cost, 13)]
        );
    }

    #[test]
    fn small_totals_still_add_up() {
        assert_eq!(
            quotas(0, &Domain::ALL),
            vec![(Secure, 0), (Resilient, 0), (Performance, 0), (Cost, 0)]
        );
        assert_eq!(
            quotas(1, &Domain::ALL),
            vec![(Secure, 1), (Resilient, 0), (Performance, 0), (Cost, 0)]
        );
        // .9 .78 .72 .6: three leftovers go to the three largest.
        assert_eq!(
            quotas(3, &Domain::ALL),
            vec![(Secure, 1), (Resilient, 1), (Performance, 1), (Cost, 0)]
        );
        // 3.0 2.6 2.4 2.0
        assert_eq!(
            quotas(10, &Domain::ALL),
            vec![(Secure, 3), (Resilient, 3), (Performance, 2), (Cost, 2)]
        );
        for total in 0..200 {
            let sum: usize = quotas(total, &Domain::ALL).iter().map(|q| q.1).sum();
            assert_eq!(sum, total);
        }
    }

    #[test]
    fn restricted_domains_are_renormalised() {
        // 30:20 of 65 -> 39 and 26 exactly.
        assert_eq!(quotas(65, &[Cost, Secure]), vec![(Secure, 39), (Cost, 26)]);
        // 26:24:20 of 65 -> 24.14, 22.29, 18.57 -> 24, 22, 19.
        assert_eq!(
            quotas(65, &[Resilient, Performance, Cost]),
            vec![(Resilient, 24), (Performance, 22), (Cost, 19)]
        );
        assert_eq!(quotas(65, &[Performance]), vec![(Performance, 65)]);
        // Duplicates in the selection count once.
        assert_eq!(quotas(10, &[Cost, Cost]), vec![(Cost, 10)]);
        assert!(quotas(65, &[]).is_empty());
    }

    #[test]
    fn zero_weights_split_evenly_and_ties_favour_the_heavier_domain() {
        let zero = Weights {
            secure: 0,
            resilient: 0,
            performance: 0,
            cost: 0,
        };
        assert_eq!(
            domain_quotas(6, &zero, &Domain::ALL),
            vec![(Secure, 2), (Resilient, 2), (Performance, 1), (Cost, 1)]
        );
        // A zero weight among non-zero ones gets nothing.
        let no_cost = Weights {
            cost: 0,
            ..Weights::default()
        };
        assert_eq!(
            domain_quotas(10, &no_cost, &[Secure, Cost]),
            vec![(Secure, 10), (Cost, 0)]
        );
        // Equal remainders (.5 each): the heavier domain wins.
        let w = Weights {
            secure: 1,
            resilient: 3,
            performance: 0,
            cost: 0,
        };
        assert_eq!(
            domain_quotas(2, &w, &[Secure, Resilient]),
            vec![(Secure, 0), (Resilient, 2)]
        );
        let even = Weights {
            secure: 1,
            resilient: 1,
            performance: 1,
            cost: 1,
        };
        assert_eq!(
            domain_quotas(2, &even, &[Secure, Cost]),
            vec![(Secure, 1), (Cost, 1)]
        );
        assert_eq!(
            domain_quotas(1, &even, &[Cost, Secure]),
            vec![(Secure, 1), (Cost, 0)]
        );
    }
}
