//! Choice order, shuffled so learners cannot learn positions, and seeded by question and review
//! count so the same review (after an undo, say) shows the same order.

use rand::SeedableRng;
use rand::rngs::StdRng;
use rand::seq::SliceRandom;

/// Seed from any text plus a number, stable across Rust versions.
pub fn seed(text: &str, n: u64) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in text.bytes().chain(n.to_le_bytes()) {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

/// A permutation of `0..len`: position i shows authored choice `order[i]`.
pub fn choice_order(key: &str, reps: u32, len: usize) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    order.shuffle(&mut StdRng::seed_from_u64(seed(key, u64::from(reps))));
    order
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_same_order_and_every_choice_once() {
        let a = choice_order("lambda/q1", 2, 5);
        assert_eq!(a, choice_order("lambda/q1", 2, 5));
        let mut sorted = a.clone();
        sorted.sort();
        assert_eq!(sorted, vec![0, 1, 2, 3, 4]);
        // Different reviews of one question do not all share an order.
        let distinct: std::collections::HashSet<Vec<usize>> =
            (0..20).map(|r| choice_order("lambda/q1", r, 5)).collect();
        assert!(distinct.len() > 5);
    }
}
