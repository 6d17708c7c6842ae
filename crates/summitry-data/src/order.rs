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

/// Adds `new` to `v`, which is sorted by `cmp`, keeping it sorted (stably: equal items keep `v`'s
/// first). `new` is sorted on its own first, so the whole is two runs and costs one merge, not a
/// sort of everything: what the store does each time a chunk of events arrives.
pub fn extend_sorted<T>(
    v: &mut Vec<T>,
    new: impl IntoIterator<Item = T>,
    mut cmp: impl FnMut(&T, &T) -> Ordering,
) {
    let mut new: Vec<T> = new.into_iter().collect();
    sort_by(&mut new, &mut cmp);
    v.extend(new);
    sort_by(v, cmp);
}

/// The sorted, de-duplicated values of `items` (what collecting into a `BTreeSet` gives).
pub fn sorted_unique<T: Ord>(items: impl IntoIterator<Item = T>) -> Vec<T> {
    let mut v: Vec<T> = items.into_iter().collect();
    sort_by(&mut v, T::cmp);
    v.dedup();
    v
}

/// The indices 0..n in the order `cmp` puts them, equal ones keeping their order.
///
/// A natural merge sort: it merges the runs already in order, so input made of a few sorted
/// runs (the store appending a chunk of events to those it holds) costs a few linear passes,
/// not log n of them.
fn sorted_indices(n: usize, cmp: &mut dyn FnMut(usize, usize) -> Ordering) -> Vec<usize> {
    let mut a: Vec<usize> = (0..n).collect();
    let mut b = a.clone();
    // Where each run starts (each item not smaller than the one before it extends a run), and n.
    let mut bounds: Vec<usize> = std::iter::once(0)
        .chain((1..n).filter(|&i| cmp(i, i - 1) == Ordering::Less))
        .chain(std::iter::once(n))
        .collect();
    while bounds.len() > 2 {
        // Merge runs pairwise from `a` into `b` (a last unpaired run is copied), then swap.
        let mut merged = vec![0];
        for pair in bounds[1..].chunks(2) {
            let start = *merged.last().unwrap_or(&0);
            let (mid, end) = (pair[0], *pair.last().unwrap_or(&pair[0]));
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
            merged.push(end);
        }
        std::mem::swap(&mut a, &mut b);
        bounds = merged;
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
    fn runs_already_in_order_cost_linear_comparisons() {
        // What the store does when a chunk arrives: its sorted events, then the chunk's.
        let held: Vec<u32> = (0..1000).map(|i| i * 3).collect();
        let chunk: Vec<u32> = (0..500).map(|i| i * 5 + 1).collect();
        for v in [
            held.clone(),
            [held.clone(), chunk.clone()].concat(),
            [chunk, held].concat(),
        ] {
            let mut comparisons = 0;
            let mut ours = v.clone();
            sort_by(&mut ours, |a, b| {
                comparisons += 1;
                a.cmp(b)
            });
            let mut theirs = v.clone();
            theirs.sort();
            assert_eq!(ours, theirs);
            assert!(
                comparisons <= 2 * v.len(),
                "{comparisons} comparisons for {}",
                v.len()
            );
        }
    }

    #[test]
    fn runs_of_equal_and_reversed_items_sort_like_the_standard_library() {
        let v: Vec<(u8, usize)> = [5u8, 5, 4, 4, 3, 9, 9, 1, 0, 0, 7, 7, 7, 2]
            .iter()
            .copied()
            .chain((0..50).rev().map(|i| (i % 6) as u8))
            .enumerate()
            .map(|(i, k)| (k, i))
            .collect();
        let mut ours = v.clone();
        sort_by_key(&mut ours, |p| p.0);
        let mut theirs = v;
        theirs.sort_by_key(|p| p.0);
        assert_eq!(ours, theirs);
    }

    #[test]
    fn extending_a_sorted_list_merges_in_linear_comparisons() {
        let mut v: Vec<(u32, &str)> = (0..1000).map(|i| (i * 2, "held")).collect();
        let new: Vec<(u32, &str)> = (0..100).rev().map(|i| (i * 20, "new")).collect();
        let mut expected = [v.clone(), new.clone()].concat();
        expected.sort_by_key(|p| p.0);
        let mut comparisons = 0;
        extend_sorted(&mut v, new, |a, b| {
            comparisons += 1;
            a.0.cmp(&b.0)
        });
        assert_eq!(v, expected, "sorted, the held item first among equals");
        // Sorting the 100 new items, then one pass to find the runs and one merge.
        assert!(
            comparisons <= 100 * 7 + 2 * 1100,
            "{comparisons} comparisons"
        );
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
