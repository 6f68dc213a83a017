//! Choosing the questions of a mock exam. Each domain gets its blueprint quota, filled with the
//! questions the learner most needs to see: first those never met in a mock exam (so repeated
//! exams do not repeat themselves), then the weakest. Randomness only breaks ties, and comes
//! from the seed, so a saved seed rebuilds the same exam.
//!
//! Everything random is derived from the seed and the question's key, never from the position
//! of a candidate in the input, so the exam does not depend on the order the store happens to
//! list the candidates in.

use std::cmp::Reverse;
use std::collections::HashSet;

use rand::SeedableRng;
use rand::rngs::StdRng;
use rand::seq::SliceRandom;

use super::blueprint::Blueprint;
use crate::deck::{Domain, Kind, QuestionKey};

/// A question that may be asked, with what the history says about it.
#[derive(Debug, Clone, PartialEq)]
pub struct Candidate {
    pub key: QuestionKey,
    pub domain: Domain,
    pub kind: Kind,
    pub choice_count: usize,
    /// Already asked in an earlier mock exam.
    pub seen_in_exam: bool,
    /// 0..=1, higher is weaker; a question never studied counts as 1.0. Values outside the
    /// range are clamped, and NaN counts as 1.0 (nothing known).
    pub weakness: f64,
}

/// One question of the exam, with the order its choices are shown in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExamItem {
    pub key: QuestionKey,
    pub domain: Domain,
    pub kind: Kind,
    /// Display position -> authored choice index; a permutation of `0..choice_count`.
    pub order: Vec<usize>,
}

impl ExamItem {
    pub fn choice_count(&self) -> usize {
        self.order.len()
    }
}

/// A domain that had fewer eligible questions than its quota.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shortfall {
    pub domain: Domain,
    pub wanted: usize,
    pub available: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Assembly {
    /// In the order they are asked: domains interleaved, as in the real exam.
    pub items: Vec<ExamItem>,
    /// Domains that could not fill their quota; their gap was filled from other domains.
    pub shortfalls: Vec<Shortfall>,
    /// Questions the blueprint asked for. `items.len()` is smaller only when the whole
    /// eligible pool was smaller.
    pub wanted: usize,
}

impl Assembly {
    /// True when the pool could not supply as many questions as the blueprint asked for.
    pub fn is_short(&self) -> bool {
        self.items.len() < self.wanted
    }
}

/// Weakness is compared in steps of a tenth: questions that are nearly as weak as each other
/// are treated as equals and drawn at random, so exams vary even when the history barely does.
const WEAKNESS_STEPS: f64 = 10.0;

// Salts keep the three uses of the seed (tie-breaks, choice order, item order) independent.
const TIE_SALT: u64 = 0x7469_6562_7265_616b;
const CHOICE_SALT: u64 = 0x6368_6f69_6365_7321;
const ITEM_SALT: u64 = 0x6974_656d_6f72_6465;

/// Builds an exam from `candidates` following `blueprint`. Only single- and multi-answer
/// questions from the blueprint's domains are eligible; a key listed twice is used once.
///
/// Each domain takes its quota from the front of its ranking (unseen in an exam first, then
/// weaker first, then a seeded random tie-break). A domain that runs dry is reported in
/// `shortfalls`, and its gap is filled one question at a time from whichever other domain has
/// the most questions left. The chosen items are then shuffled by the seed, and each item's
/// choices get their own seeded order.
pub fn assemble(candidates: &[Candidate], blueprint: &Blueprint, seed: u64) -> Assembly {
    let quotas = blueprint.quotas();
    let mut pools: Vec<Vec<Ranked>> = vec![Vec::new(); quotas.len()];
    let mut keys: HashSet<&QuestionKey> = HashSet::with_capacity(candidates.len());
    for (index, c) in candidates.iter().enumerate() {
        if !c.kind.is_scenario() {
            continue;
        }
        let Some(pool) = quotas.iter().position(|&(d, _)| d == c.domain) else {
            continue;
        };
        if keys.insert(&c.key) {
            pools[pool].push(Ranked::new(c, index, seed));
        }
    }
    for pool in &mut pools {
        pool.sort_unstable_by(|a, b| {
            a.rank
                .cmp(&b.rank)
                .then_with(|| candidates[a.index].key.cmp(&candidates[b.index].key))
        });
    }

    // Each pool is consumed from the front; `taken[i]` is how far.
    let mut taken: Vec<usize> = vec![0; pools.len()];
    let mut shortfalls = Vec::new();
    let mut gap = 0;
    for (i, &(domain, quota)) in quotas.iter().enumerate() {
        let available = pools[i].len();
        taken[i] = quota.min(available);
        if available < quota {
            shortfalls.push(Shortfall {
                domain,
                wanted: quota,
                available,
            });
            gap += quota - available;
        }
    }
    for _ in 0..gap {
        let fullest = (0..pools.len())
            .map(|i| (pools[i].len() - taken[i], Reverse(i)))
            .max()
            .filter(|&(left, _)| left > 0);
        match fullest {
            Some((_, Reverse(i))) => taken[i] += 1,
            None => break,
        }
    }

    let mut items: Vec<ExamItem> = pools
        .iter()
        .zip(&taken)
        .flat_map(|(pool, &n)| pool.iter().take(n))
        .map(|r| item(&candidates[r.index], seed))
        .collect();
    items.shuffle(&mut StdRng::seed_from_u64(mix(seed ^ ITEM_SALT)));
    Assembly {
        items,
        shortfalls,
        wanted: blueprint.questions,
    }
}

/// A candidate's place in its domain's ranking; smaller ranks are asked first.
#[derive(Debug, Clone, Copy)]
struct Ranked {
    /// (seen in an exam, weakness step reversed, seeded tie-break)
    rank: (bool, Reverse<u8>, u64),
    index: usize,
}

impl Ranked {
    fn new(c: &Candidate, index: usize, seed: u64) -> Ranked {
        Ranked {
            rank: (
                c.seen_in_exam,
                Reverse(weakness_step(c.weakness)),
                key_hash(&c.key, seed ^ TIE_SALT),
            ),
            index,
        }
    }
}

fn weakness_step(weakness: f64) -> u8 {
    let w = if weakness.is_nan() {
        1.0
    } else {
        weakness.clamp(0.0, 1.0)
    };
    // In 0..=10 after the clamp, so the cast cannot truncate.
    (w * WEAKNESS_STEPS).round() as u8
}

fn item(c: &Candidate, seed: u64) -> ExamItem {
    let mut order: Vec<usize> = (0..c.choice_count).collect();
    order.shuffle(&mut StdRng::seed_from_u64(key_hash(
        &c.key,
        seed ^ CHOICE_SALT,
    )));
    ExamItem {
        key: c.key.clone(),
        domain: c.domain,
        kind: c.kind,
        order,
    }
}

/// A 64-bit hash of a key and a seed (FNV-1a, then a SplitMix64 finaliser so that nearby keys
/// and seeds give unrelated values). Stable across Rust versions and platforms, unlike
/// `std::hash`, so saved seeds rebuild the same exam after an upgrade.
fn key_hash(key: &QuestionKey, seed: u64) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    // 0xff never occurs in an id, so "a" + "bc" and "ab" + "c" differ.
    let bytes = key
        .deck
        .as_str()
        .bytes()
        .chain([0xff])
        .chain(key.question.as_str().bytes());
    for b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    mix(h ^ mix(seed))
}

/// SplitMix64's finaliser: a bijection that spreads every input bit over the output.
fn mix(mut x: u64) -> u64 {
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::*;
    use crate::deck::Id;
    use Domain::*;

    fn key(deck: &str, n: usize) -> QuestionKey {
        QuestionKey {
            deck: Id::parse(deck).unwrap(),
            question: Id::parse(&format!("q{n}")).unwrap(),
        }
    }

    fn cand(domain: Domain, n: usize) -> Candidate {
        Candidate {
            key: key(domain.as_str(), n),
            domain,
            kind: if n.is_multiple_of(3) {
                Kind::Multi
            } else {
                Kind::Single
            },
            choice_count: 4 + n % 3,
            seen_in_exam: false,
            weakness: 1.0,
        }
    }

    /// `per_domain` candidates in each domain, all alike.
    fn pool(per_domain: usize) -> Vec<Candidate> {
        Domain::ALL
            .into_iter()
            .flat_map(|d| (0..per_domain).map(move |n| cand(d, n)))
            .collect()
    }

    fn counts(a: &Assembly) -> BTreeMap<Domain, usize> {
        let mut m = BTreeMap::new();
        for item in &a.items {
            *m.entry(item.domain).or_insert(0) += 1;
        }
        m
    }

    fn keys(a: &Assembly) -> Vec<String> {
        a.items.iter().map(|i| i.key.to_string()).collect()
    }

    fn no_repeats(a: &Assembly) -> bool {
        let set: HashSet<&QuestionKey> = a.items.iter().map(|i| &i.key).collect();
        set.len() == a.items.len()
    }

    #[test]
    fn respects_quotas_without_repeats() {
        let a = assemble(&pool(100), &Blueprint::default(), 7);
        assert_eq!(a.items.len(), 65);
        assert!(a.shortfalls.is_empty());
        assert!(!a.is_short());
        assert!(no_repeats(&a));
        let want: BTreeMap<Domain, usize> =
            [(Secure, 19), (Resilient, 17), (Performance, 16), (Cost, 13)].into();
        assert_eq!(counts(&a), want);
        for item in &a.items {
            let mut sorted = item.order.clone();
            sorted.sort();
            assert_eq!(sorted, (0..item.choice_count()).collect::<Vec<_>>());
        }
    }

    #[test]
    fn same_seed_same_exam_other_seed_other_exam() {
        let candidates = pool(100);
        let b = Blueprint::default();
        assert_eq!(assemble(&candidates, &b, 42), assemble(&candidates, &b, 42));
        let other = assemble(&candidates, &b, 43);
        assert_ne!(keys(&assemble(&candidates, &b, 42)), keys(&other));
        // Choice orders vary with the seed too.
        let orders = |seed| -> Vec<Vec<usize>> {
            let mut items = assemble(&pool(5), &b, seed).items;
            items.sort_by(|x, y| x.key.cmp(&y.key));
            items.into_iter().map(|i| i.order).collect()
        };
        assert_ne!(orders(1), orders(2));
    }

    #[test]
    fn input_order_does_not_matter() {
        let mut candidates = pool(50);
        for (i, c) in candidates.iter_mut().enumerate() {
            c.weakness = (i % 7) as f64 / 7.0;
            c.seen_in_exam = i % 5 == 0;
        }
        let b = Blueprint::default();
        let forward = assemble(&candidates, &b, 9);
        candidates.reverse();
        assert_eq!(forward, assemble(&candidates, &b, 9));
    }

    #[test]
    fn domains_are_interleaved() {
        let a = assemble(&pool(100), &Blueprint::default(), 3);
        let first: Vec<Domain> = a.items.iter().take(19).map(|i| i.domain).collect();
        assert!(first.iter().any(|&d| d != Secure), "not grouped by domain");
    }

    #[test]
    fn prefers_unseen_then_weak() {
        let mut candidates = Vec::new();
        for n in 0..60 {
            let mut c = cand(Secure, n);
            // 20 seen and very weak, 20 unseen and strong, 20 unseen and weak.
            c.seen_in_exam = n < 20;
            c.weakness = if (20..40).contains(&n) { 0.05 } else { 0.95 };
            candidates.push(c);
        }
        let b = Blueprint {
            questions: 30,
            domains: vec![Secure],
            ..Blueprint::default()
        };
        for seed in 0..5 {
            let a = assemble(&candidates, &b, seed);
            let mut picked: Vec<usize> = a
                .items
                .iter()
                .map(|i| i.key.question.as_str()[1..].parse().unwrap())
                .collect();
            picked.sort();
            // All 20 unseen weak ones, then 10 of the unseen strong ones; none already seen.
            assert!(picked.iter().all(|&n| n >= 20));
            assert_eq!(picked.iter().filter(|&&n| n >= 40).count(), 20);
        }
    }

    #[test]
    fn near_equal_weakness_is_drawn_at_random() {
        let mut candidates = Vec::new();
        for n in 0..40 {
            let mut c = cand(Cost, n);
            c.weakness = 0.5 + n as f64 * 0.0001;
            candidates.push(c);
        }
        let b = Blueprint {
            questions: 10,
            domains: vec![Cost],
            ..Blueprint::default()
        };
        let sets: HashSet<Vec<String>> = (0..10)
            .map(|seed| {
                let mut k = keys(&assemble(&candidates, &b, seed));
                k.sort();
                k
            })
            .collect();
        assert!(sets.len() > 5);
    }

    #[test]
    fn shortfall_is_filled_from_the_largest_pools() {
        let mut candidates: Vec<Candidate> = (0..5).map(|n| cand(Secure, n)).collect();
        candidates.extend((0..30).map(|n| cand(Resilient, n)));
        candidates.extend((0..17).map(|n| cand(Performance, n)));
        candidates.extend((0..100).map(|n| cand(Cost, n)));
        let a = assemble(&candidates, &Blueprint::default(), 1);
        assert_eq!(
            a.shortfalls,
            vec![Shortfall {
                domain: Secure,
                wanted: 19,
                available: 5
            }]
        );
        assert_eq!(a.items.len(), 65);
        assert!(no_repeats(&a));
        // 14 missing: Cost has 87 left, Resilient 13, Performance 1: all go to Cost.
        let want: BTreeMap<Domain, usize> =
            [(Secure, 5), (Resilient, 17), (Performance, 16), (Cost, 27)].into();
        assert_eq!(counts(&a), want);
    }

    #[test]
    fn fill_alternates_between_equal_pools() {
        let mut candidates: Vec<Candidate> = Vec::new();
        candidates.extend((0..22).map(|n| cand(Resilient, n)));
        candidates.extend((0..21).map(|n| cand(Performance, n)));
        candidates.extend((0..13).map(|n| cand(Cost, n)));
        let a = assemble(&candidates, &Blueprint::default(), 1);
        // Secure is missing (19); leftovers 5, 5, 0 -> both pools are drained.
        assert_eq!(a.items.len(), 56);
        assert!(a.is_short());
        let want: BTreeMap<Domain, usize> = [(Resilient, 22), (Performance, 21), (Cost, 13)].into();
        assert_eq!(counts(&a), want);
    }

    #[test]
    fn small_pool_gives_a_short_exam_that_says_so() {
        let mut candidates = pool(3);
        // Not eligible: flashcards, typed answers, other domains when restricted.
        candidates.push(Candidate {
            kind: Kind::Card,
            ..cand(Secure, 50)
        });
        candidates.push(Candidate {
            kind: Kind::Typed,
            ..cand(Secure, 51)
        });
        // A duplicate key counts once.
        candidates.push(cand(Cost, 0));
        let a = assemble(&candidates, &Blueprint::default(), 5);
        assert_eq!(a.items.len(), 12);
        assert!(no_repeats(&a));
        assert!(a.is_short());
        assert_eq!(a.wanted, 65);
        assert_eq!(a.shortfalls.len(), 4);
        let missing: usize = a.shortfalls.iter().map(|s| s.wanted - s.available).sum();
        assert_eq!(missing, 65 - 12);

        let only_cost = Blueprint {
            domains: vec![Cost],
            ..Blueprint::default()
        };
        let a = assemble(&candidates, &only_cost, 5);
        assert_eq!(a.items.len(), 3);
        assert!(a.items.iter().all(|i| i.domain == Cost));
        assert_eq!(
            a.shortfalls,
            vec![Shortfall {
                domain: Cost,
                wanted: 65,
                available: 3
            }]
        );
        assert!(assemble(&[], &Blueprint::default(), 5).items.is_empty());
    }

    #[test]
    fn weakness_steps_clamp_and_treat_nan_as_unknown() {
        assert_eq!(weakness_step(f64::NAN), 10);
        assert_eq!(weakness_step(7.0), 10);
        assert_eq!(weakness_step(-1.0), 0);
        assert_eq!(weakness_step(0.5), 5);
        assert_eq!(weakness_step(0.04), 0);
    }

    proptest::proptest! {
        #[test]
        fn any_pool_gives_distinct_items_within_the_blueprint(
            sizes in proptest::array::uniform4(0usize..40),
            questions in 0usize..80,
            seed: u64,
        ) {
            let candidates: Vec<Candidate> = Domain::ALL
                .into_iter()
                .zip(sizes)
                .flat_map(|(d, n)| (0..n).map(move |i| cand(d, i)))
                .collect();
            let b = Blueprint { questions, ..Blueprint::default() };
            let a = assemble(&candidates, &b, seed);
            proptest::prop_assert_eq!(a.items.len(), questions.min(candidates.len()));
            proptest::prop_assert!(no_repeats(&a));
            // Every domain gets at least its quota or all it has.
            let got = counts(&a);
            for (d, quota) in b.quotas() {
                let have = sizes[Domain::ALL.iter().position(|&x| x == d).unwrap()];
                proptest::prop_assert!(got.get(&d).copied().unwrap_or(0) >= quota.min(have));
            }
        }
    }
}
