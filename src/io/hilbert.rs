//! Points in the order of a Hilbert curve over their extent: the order in
//! which the spatial layers (FlatGeobuf, GeoPackage, GeoParquet) write or
//! index them, so that neighbours travel together.
//!
//! The `flatgeobuf` crate sorts the same way, but it works out both
//! points' places on the curve in every comparison, about forty times per
//! point on a million: 1.6 s of a million-incident report, twice (the
//! FlatGeobuf and GeoPackage layers). Here each place is worked out once
//! and the sort compares numbers; the order is the crate's, tie for tie
//! (a test compares the two), so files stay byte for byte the same.

use flatgeobuf::packed_r_tree::NodeItem;

/// The curve's side: 2¹⁶ cells, as FlatGeobuf's index uses.
const SIDE: u32 = 1 << 16;

/// The distance along the Hilbert curve of the cell (`x`, `y`), both
/// under [`SIDE`]: the curve is walked from its coarsest quadrant to its
/// finest, each step turning the remaining square so that the curve
/// enters it by the right corner.
fn curve_distance(mut x: u32, mut y: u32) -> u32 {
    let mut d = 0u32;
    let mut half = SIDE / 2;
    while half > 0 {
        let right = u32::from(x & half != 0);
        let up = u32::from(y & half != 0);
        // Quadrants in curve order: lower left, upper left, upper right,
        // lower right.
        d += half * half * ((3 * right) ^ up);
        if up == 0 {
            if right == 1 {
                x = SIDE - 1 - x;
                y = SIDE - 1 - y;
            }
            std::mem::swap(&mut x, &mut y);
        }
        half /= 2;
    }
    d
}

/// A node's cell on the curve's grid: its centre scaled to the extent, as
/// FlatGeobuf computes it (an empty extent puts every point in cell 0).
fn cell(node: &NodeItem, extent: &NodeItem) -> (u32, u32) {
    let scale = f64::from(SIDE - 1);
    let x = (scale * ((node.min_x + node.max_x) / 2.0 - extent.min_x) / extent.width()).floor();
    let y = (scale * ((node.min_y + node.max_y) / 2.0 - extent.min_y) / extent.height()).floor();
    // `as` saturates and sends NaN to 0, as the crate's conversion does.
    (x as u32, y as u32)
}

/// Sorts `nodes` in descending curve order, equal places keeping their
/// order: the same order as `flatgeobuf::packed_r_tree::hilbert_sort`.
///
/// ```
/// use flatgeobuf::packed_r_tree::{calc_extent, NodeItem};
/// let mut nodes: Vec<NodeItem> = [(0.0, 0.0), (10.0, 10.0), (0.1, 0.2)]
///     .iter()
///     .enumerate()
///     .map(|(k, &(x, y))| { let mut n = NodeItem::create(k as u64); n.expand_xy(x, y); n })
///     .collect();
/// let extent = calc_extent(&nodes);
/// sahel::io::hilbert::sort(&mut nodes, &extent);
/// // The two near points stay together.
/// let order: Vec<u64> = nodes.iter().map(|n| n.offset).collect();
/// assert!(order == [1, 2, 0] || order == [2, 0, 1] || order == [0, 2, 1] || order == [1, 0, 2]);
/// ```
pub fn sort(nodes: &mut Vec<NodeItem>, extent: &NodeItem) {
    let mut keyed: Vec<(u32, NodeItem)> = nodes
        .drain(..)
        .map(|n| {
            let (x, y) = cell(&n, extent);
            (curve_distance(x, y), n)
        })
        .collect();
    // Stable, as the crate's sort is: ties keep the input order.
    keyed.sort_by_key(|k| std::cmp::Reverse(k.0));
    nodes.extend(keyed.into_iter().map(|(_, n)| n));
}

#[cfg(test)]
mod tests {
    use super::*;
    use flatgeobuf::packed_r_tree::{calc_extent, hilbert_sort};

    fn nodes(points: &[(f64, f64)]) -> Vec<NodeItem> {
        points
            .iter()
            .enumerate()
            .map(|(k, &(x, y))| {
                let mut n = NodeItem::create(k as u64);
                n.expand_xy(x, y);
                n
            })
            .collect()
    }

    fn same_order_as_the_crate(points: &[(f64, f64)]) {
        let mut ours = nodes(points);
        let mut theirs = ours.clone();
        let extent = calc_extent(&ours);
        sort(&mut ours, &extent);
        hilbert_sort(&mut theirs, &extent);
        let offsets = |v: &[NodeItem]| v.iter().map(|n| n.offset).collect::<Vec<_>>();
        assert_eq!(offsets(&ours), offsets(&theirs));
    }

    #[test]
    fn the_order_is_the_flatgeobuf_crates() {
        // Seeded points over the Sahel, with repeats (many incidents share
        // a village) and points on the extent's edges.
        let mut state = 0x2545_f491_4f6c_dd1du64;
        let mut next = || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state >> 11) as f64 / (1u64 << 53) as f64
        };
        let mut points: Vec<(f64, f64)> = (0..20_000)
            .map(|_| (-12.0 + 16.0 * next(), 10.0 + 15.0 * next()))
            .collect();
        let repeats: Vec<(f64, f64)> = points.iter().step_by(7).copied().collect();
        points.extend(repeats);
        points.push((-12.0, 10.0));
        points.push((4.0, 25.0));
        same_order_as_the_crate(&points);
    }

    #[test]
    fn a_single_place_or_a_line_keeps_the_crates_order() {
        same_order_as_the_crate(&[(-4.19, 14.49); 5]);
        same_order_as_the_crate(&[(-4.0, 14.0), (-4.0, 15.0), (-4.0, 14.5), (-4.0, 14.0)]);
        same_order_as_the_crate(&[(1.0, 2.0), (3.0, 2.0), (2.0, 2.0)]);
    }
}
