//! Time spent learning, estimated from what was recorded: each answer's time and each
//! practice activity's span. Events less than [`PAUSE_MS`] apart belong to one sitting;
//! a sitting lasts from its first event to its last, and longer pauses are not counted.
//! The reading before a sitting's first answer is not known, so this is a lower bound,
//! and the screens say "about".

/// A pause longer than this (10 minutes) ends a sitting.
pub const PAUSE_MS: i64 = 10 * 60 * 1000;

/// Milliseconds spent over `spans` (start, end), in any order; an answer is a span of
/// no length.
pub fn time_spent(mut spans: Vec<(i64, i64)>) -> i64 {
    spans.sort_unstable();
    let mut total = 0;
    let mut sitting: Option<(i64, i64)> = None;
    for (start, end) in spans {
        let end = end.max(start);
        sitting = match sitting {
            Some((first, last)) if start - last <= PAUSE_MS => Some((first, last.max(end))),
            Some((first, last)) => {
                total += last - first;
                Some((start, end))
            }
            None => Some((start, end)),
        };
    }
    total + sitting.map_or(0, |(first, last)| last - first)
}

/// Time spent as the leaders read it: whole minutes, rounded to the nearest.
pub fn shown_minutes(ms: i64) -> i64 {
    (ms + 30_000) / 60_000
}

#[cfg(test)]
mod tests {
    use super::*;

    const MIN: i64 = 60_000;

    #[test]
    fn sittings_are_added_and_long_pauses_left_out() {
        assert_eq!(time_spent(vec![]), 0);
        assert_eq!(time_spent(vec![(5 * MIN, 5 * MIN)]), 0);
        // Answers every 2 minutes for 10 minutes, then a day later a 3-minute activity.
        let mut spans: Vec<(i64, i64)> = (0..=5).map(|i| (i * 2 * MIN, i * 2 * MIN)).collect();
        spans.push((24 * 60 * MIN, 24 * 60 * MIN + 3 * MIN));
        spans.reverse();
        assert_eq!(time_spent(spans), 13 * MIN);
        // An activity overlapping answers is not counted twice.
        assert_eq!(
            time_spent(vec![(0, 4 * MIN), (MIN, MIN), (2 * MIN, 3 * MIN)]),
            4 * MIN
        );
        // A pause of exactly 10 minutes still belongs to the sitting; 11 does not.
        assert_eq!(time_spent(vec![(0, 0), (PAUSE_MS, PAUSE_MS)]), PAUSE_MS);
        assert_eq!(time_spent(vec![(0, 0), (PAUSE_MS + MIN, PAUSE_MS + MIN)]), 0);
    }
}
