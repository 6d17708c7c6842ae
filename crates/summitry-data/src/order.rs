//! One stable sort for every caller in the widget.
//!
//! std's `sort_by` is generic: each call site compiles its own copy of driftsort (about 4 KB of
//! wasm each; `cargo xtask size --why` counted 62 KB raw for a dozen call sites). Here the sorting
//! is done once, on indices through a `dyn` comparison, and only the short permutation step is
//! generic. Merge sort: stable, O(n log n) for the 10,000-event datasets the widget must handle.

use std::cmp::Ordering;

/// Sorts `v` stably by `cmp` (like `slice::sort_by`).
pub fn sort_by<T>(v: &mut [T], mut cmp: impl FnMut(&T, &T) -> Ordering) {
    if v.len() < 2 {
        return;
    }
    let order = sorted_indices(v.len(), &mut |a, b| cmp(&v[a], &v[b]));
    permute(v, order);
}

/// Sorts `v` stably by the key `key` gives (like `slice::sort_by_key`).
pub fn sort_by_key<T, K: Ord>(v: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)));
}

/// The sorted, de-duplicated values of `items` (what collecting into a `BTreeSet` gives).
pub fn sorted_unique<T: Ord>(items: impl IntoIterator<Item = T>) -> Vec<T> {
    let mut v: Vec<T> = items.into_iter().collect();
    sort_by(&mut v, T::cmp);
    v.dedup();
    v
}

/// The indices 0..n in the order `cmp` puts them, equal ones keeping their order.
fn sorted_indices(n: usize, cmp: &mut dyn FnMut(usize, usize) -> Ordering) -> Vec<usize> {
    let mut a: Vec<usize> = (0..n).collect();
    let mut b = a.clone();
    let mut width = 1;
    // Bottom-up: merge runs of `width` from `a` into `b`, then swap.
    while width < n {
        let mut start = 0;
        while start < n {
            let mid = (start + width).min(n);
            let end = (start + 2 * width).min(n);
            let (mut i, mut j) = (start, mid);
            for slot in &mut b[start..end] {
                // Take from the right run only when strictly smaller: that keeps it stable.
                if j < end && (i >= mid || cmp(a[j], a[i]) == Ordering::Less) {
                    *slot = a[j];
                    j += 1;
                } else {
                    *slot = a[i];
                    i += 1;
                }
            }
            start = end;
        }
        std::mem::swap(&mut a, &mut b);
        width *= 2;
    }
    a
}

/// Puts `v[order[k]]` at position k, in place, by following the permutation's cycles.
fn permute<T>(v: &mut [T], mut order: Vec<usize>) {
    for start in 0..v.len() {
        let mut at = start;
        // Each position is settled once: `order[at] == at` marks it done.
        while order[at] != start {
            let next = order[at];
            v.swap(at, next);
            order[at] = at;
            at = next;
        }
        order[at] = at;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn it_sorts_like_the_standard_library_keeping_equal_items_in_order() {
        // Pairs (key, original position): a stable sort keeps positions rising within a key.
        let mut seed = 7u64;
        for n in [0, 1, 2, 3, 5, 8, 13, 100, 1000] {
            let v: Vec<(u8, usize)> = (0..n)
                .map(|i| {
                    seed = seed
                        .wrapping_mul(6364136223846793005)
                        .wrapping_add(1442695040888963407);
                    ((seed >> 59) as u8, i)
                })
                .collect();
            let mut ours = v.clone();
            sort_by_key(&mut ours, |p| p.0);
            let mut theirs = v.clone();
            theirs.sort_by_key(|p| p.0);
            assert_eq!(ours, theirs, "n = {n}");
        }
    }

    #[test]
    fn a_comparison_can_sort_in_reverse() {
        let mut v = vec![3, 1, 2];
        sort_by(&mut v, |a, b| b.cmp(a));
        assert_eq!(v, [3, 2, 1]);
    }

    #[test]
    fn sorted_unique_is_what_a_btreeset_would_hold() {
        assert_eq!(sorted_unique(["b", "a", "b", "c", "a"]), ["a", "b", "c"]);
        assert!(sorted_unique(Vec::<u8>::new()).is_empty());
    }
}
