//! Interval fuzz, deterministic per question and review count: the same history always gives
//! the same due dates (so replay equals the live state and tests run production code), while
//! cards learned together still spread out over different days.

/// Anki's fuzz ranges: (from, to, factor) in days.
const RANGES: [(f64, f64, f64); 3] = [
    (2.5, 7.0, 0.15),
    (7.0, 20.0, 0.1),
    (20.0, f64::INFINITY, 0.05),
];

/// A number in [0, 1) from a question key and its review count.
pub fn factor(key: &str, reps: u32) -> f64 {
    // FNV-1a over the key, then splitmix64 with the review count: stable across Rust versions,
    // unlike std's hasher.
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in key.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    let mut z = h ^ u64::from(reps).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^= z >> 31;
    (z >> 11) as f64 / (1u64 << 53) as f64
}

/// The fuzzed interval for `interval` days, within `[1, max]`.
pub fn apply(interval: f64, factor: f64, max: u32) -> u32 {
    if interval < 2.5 {
        return (interval.round() as u32).clamp(1, max);
    }
    let delta: f64 = 1.0
        + RANGES
            .iter()
            .map(|(from, to, f)| f * (interval.min(*to) - from).max(0.0))
            .sum::<f64>();
    let high = (interval + delta).round();
    let low = (interval - delta).round().max(2.0).min(high);
    let fuzzed = (factor * (high - low + 1.0) + low).floor();
    (fuzzed as u32).clamp(1, max)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn factor_is_deterministic_and_spread() {
        assert_eq!(factor("lambda/q1", 3), factor("lambda/q1", 3));
        assert_ne!(factor("lambda/q1", 3), factor("lambda/q1", 4));
        let mean: f64 = (0..1000)
            .map(|i| factor(&format!("d/q{i}"), 1))
            .sum::<f64>()
            / 1000.0;
        assert!((0.45..0.55).contains(&mean), "{mean}");
    }

    #[test]
    fn fuzz_stays_near_the_interval() {
        assert_eq!(apply(1.4, 0.99, 365), 1);
        for f in [0.0, 0.5, 0.999] {
            let d = apply(100.0, f, 365);
            assert!((93..=107).contains(&d), "{d}");
        }
        assert_eq!(apply(1000.0, 0.5, 365), 365);
    }
}
