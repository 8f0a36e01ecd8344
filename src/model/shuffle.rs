//! A stable shuffle: the same question shows its items in the same mixed order on every
//! PC and after a restart, so a resident who comes back finds the screen as they left it.

/// FNV-1a, a tiny hash that is stable across Rust versions and platforms (unlike
/// `DefaultHasher`).
#[derive(Clone, Copy, Debug)]
pub struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Self(0xcbf2_9ce4_8422_2325)
    }
}

impl Fnv {
    /// Mixes `bytes` into the hash.
    pub fn feed(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 ^= u64::from(b);
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
    }

    /// The hash so far.
    pub fn finish(self) -> u64 {
        self.0
    }
}

/// `items` mixed in an order that depends only on `seed`, and never left in their
/// original order when there are two items or more (the original order is the answer).
pub fn shuffled<T: Clone>(items: &[T], seed: &str) -> Vec<T> {
    let mut hash = Fnv::default();
    hash.feed(seed.as_bytes());
    let mut state = hash.finish() | 1;
    let mut order: Vec<usize> = (0..items.len()).collect();
    // Fisher–Yates driven by xorshift64.
    for i in (1..order.len()).rev() {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        let j = usize::try_from(state % (i as u64 + 1)).unwrap_or(0);
        order.swap(i, j);
    }
    if order.len() >= 2 && order.iter().enumerate().all(|(i, &o)| i == o) {
        order.rotate_left(1);
    }
    order.into_iter().map(|i| items[i].clone()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_same_order_and_never_the_original() {
        for n in 2..8 {
            let items: Vec<usize> = (0..n).collect();
            for seed in ["a", "b", "ordre-1", "match-2"] {
                let once = shuffled(&items, seed);
                assert_eq!(once, shuffled(&items, seed));
                assert_ne!(once, items, "{n} items, seed {seed}");
                let mut sorted = once.clone();
                sorted.sort_unstable();
                assert_eq!(sorted, items);
            }
        }
        assert_eq!(shuffled(&[7], "x"), vec![7]);
        assert!(shuffled::<u8>(&[], "x").is_empty());
    }
}
