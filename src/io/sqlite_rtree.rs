//! An SQLite R-tree filled in one pass from points already sorted along a
//! Hilbert curve (a packed R-tree), instead of one `INSERT` per point.
//!
//! Inserting a million points into SQLite's `rtree` module one at a time
//! costs about 3.5 s: each insert walks down the tree, and nodes split
//! again and again. Points that arrive in Hilbert order can be packed into
//! full nodes bottom-up, and the module's three shadow tables (`_node`,
//! `_rowid`, `_parent`) written directly. The layout is the module's
//! documented on-disk format, which SQLite keeps stable across versions:
//! each node is a blob of its tree depth (root only) and cell count as two
//! big-endian `u16`s, then cells of a big-endian `i64` (the row id in a
//! leaf, the child node's number above) and the box as big-endian `f32`s
//! (min x, max x, min y, max y); node 1 is the root, and every node has the
//! root's length. The box is widened outwards to the nearest `f32`s, so the stored values
//! are the ones an `INSERT` stores (a test compares both); `rtreecheck()`
//! accepts the result.
//!
//! ```
//! use rusqlite::Connection;
//! let mut db = Connection::open_in_memory().unwrap();
//! let tx = db.transaction().unwrap();
//! tx.execute_batch("CREATE VIRTUAL TABLE rt USING rtree(id, minx, maxx, miny, maxy);").unwrap();
//! let points: Vec<_> = (0..200).map(|k| sahel::io::sqlite_rtree::Entry {
//!     id: k + 1, x: -4.0 + k as f64 * 0.01, y: 14.0 }).collect();
//! sahel::io::sqlite_rtree::load(&tx, "rt", &points).unwrap();
//! let near: i64 = tx.query_row("SELECT count(*) FROM rt WHERE minx <= -3.5 AND maxx >= -3.9", [],
//!     |r| r.get(0)).unwrap();
//! assert_eq!(near, 41);
//! let check: String = tx.query_row("SELECT rtreecheck('rt')", [], |r| r.get(0)).unwrap();
//! assert_eq!(check, "ok");
//! ```

use super::gpkg::sql_error;
use super::{Error, Result};
use rusqlite::Transaction;

/// One point of the index: the row it stands for and its coordinates.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Entry {
    /// The indexed row's id (the layer's feature id).
    pub id: i64,
    /// Longitude, or any first coordinate.
    pub x: f64,
    /// Latitude, or any second coordinate.
    pub y: f64,
}

/// Bytes of one cell of a two-dimensional `rtree`: an `i64` and four
/// `f32`s.
const CELL: usize = 8 + 4 * 4;
/// Bytes before the cells: depth and cell count.
const HEADER: usize = 4;

/// The box of a node or a point, stored as the module stores it.
#[derive(Debug, Clone, Copy)]
struct Box32 {
    min_x: f32,
    max_x: f32,
    min_y: f32,
    max_y: f32,
}

impl Box32 {
    fn of_point(x: f64, y: f64) -> Box32 {
        Box32 {
            min_x: down(x),
            max_x: up(x),
            min_y: down(y),
            max_y: up(y),
        }
    }

    fn join(self, o: Box32) -> Box32 {
        Box32 {
            min_x: self.min_x.min(o.min_x),
            max_x: self.max_x.max(o.max_x),
            min_y: self.min_y.min(o.min_y),
            max_y: self.max_y.max(o.max_y),
        }
    }
}

/// The largest `f32` not above `d`: a box's lower bound, as the module
/// stores it.
fn down(d: f64) -> f32 {
    let f = d as f32;
    if f64::from(f) > d {
        f.next_down()
    } else {
        f
    }
}

/// The smallest `f32` not below `d`: a box's upper bound.
fn up(d: f64) -> f32 {
    let f = d as f32;
    if f64::from(f) < d {
        f.next_up()
    } else {
        f
    }
}

/// A node being built: its cells (id, box) and its own box.
struct Node {
    cells: Vec<(i64, Box32)>,
    bounds: Box32,
}

impl Node {
    fn of(cells: Vec<(i64, Box32)>) -> Node {
        let bounds = cells
            .iter()
            .map(|c| c.1)
            .reduce(Box32::join)
            .expect("a node holds at least one cell");
        Node { cells, bounds }
    }

    fn blob(&self, depth: u16, len: usize) -> Vec<u8> {
        let mut b = Vec::with_capacity(len);
        b.extend_from_slice(&depth.to_be_bytes());
        b.extend_from_slice(&(self.cells.len() as u16).to_be_bytes());
        for (id, bx) in &self.cells {
            b.extend_from_slice(&id.to_be_bytes());
            for v in [bx.min_x, bx.max_x, bx.min_y, bx.max_y] {
                b.extend_from_slice(&v.to_be_bytes());
            }
        }
        b.resize(len, 0);
        b
    }
}

/// Fills the empty two-dimensional `rtree` table `table` (just created in
/// `tx`) with `points`, which should come in Hilbert order (any order is
/// correct; that one makes a tree whose nodes overlap little). The nodes
/// are filled to the module's capacity, read off the empty root it made.
pub fn load(tx: &Transaction<'_>, table: &str, points: &[Entry]) -> Result<()> {
    if points.is_empty() {
        return Ok(());
    }
    let q = |suffix: &str| format!("\"{}_{suffix}\"", table.replace('"', "\"\""));
    let len: i64 = tx
        .query_row(
            &format!("SELECT length(data) FROM {} WHERE nodeno = 1", q("node")),
            [],
            |r| r.get(0),
        )
        .map_err(sql_error)?;
    let len = usize::try_from(len).unwrap_or(0);
    let capacity = len.saturating_sub(HEADER) / CELL;
    if capacity < 2 {
        return Err(Error::GeoPackage(format!(
            "R-tree `{table}` has nodes of {len} bytes, too small to fill"
        )));
    }
    // Levels from the leaves up; a level of one node is the root.
    let mut levels: Vec<Vec<Node>> = vec![points
        .chunks(capacity)
        .map(|c| {
            Node::of(
                c.iter()
                    .map(|p| (p.id, Box32::of_point(p.x, p.y)))
                    .collect(),
            )
        })
        .collect()];
    while levels.last().map_or(0, Vec::len) > 1 {
        let below = levels.last().expect("a level");
        // Children are numbered later; their place in the level stands in.
        let above = below
            .chunks(capacity)
            .enumerate()
            .map(|(c, nodes)| {
                let at = c * capacity;
                Node::of(
                    nodes
                        .iter()
                        .enumerate()
                        .map(|(k, n)| ((at + k) as i64, n.bounds))
                        .collect(),
                )
            })
            .collect();
        levels.push(above);
    }
    // Node numbers from the root down: the root is 1, as the module wants.
    let mut first = vec![0i64; levels.len()];
    let mut next = 1i64;
    for (depth, level) in levels.iter().enumerate().rev() {
        first[depth] = next;
        next += level.len() as i64;
    }
    let height = (levels.len() - 1) as u16;
    tx.execute(&format!("DELETE FROM {}", q("node")), [])
        .map_err(sql_error)?;
    let mut node = tx
        .prepare(&format!("INSERT INTO {} VALUES (?1, ?2)", q("node")))
        .map_err(sql_error)?;
    let mut parent = tx
        .prepare(&format!("INSERT INTO {} VALUES (?1, ?2)", q("parent")))
        .map_err(sql_error)?;
    for (depth, level) in levels.iter_mut().enumerate().rev() {
        for (k, n) in level.iter_mut().enumerate() {
            let number = first[depth] + k as i64;
            if depth > 0 {
                for cell in &mut n.cells {
                    cell.0 += first[depth - 1];
                    parent
                        .execute(rusqlite::params![cell.0, number])
                        .map_err(sql_error)?;
                }
            }
            let own_depth = if number == 1 { height } else { 0 };
            node.execute(rusqlite::params![number, n.blob(own_depth, len)])
                .map_err(sql_error)?;
        }
    }
    // Row ids in ascending order: SQLite appends to the table's B-tree.
    let first_leaf = first[0];
    let mut rows: Vec<(i64, i64)> = levels[0]
        .iter()
        .enumerate()
        .flat_map(|(k, n)| n.cells.iter().map(move |c| (c.0, first_leaf + k as i64)))
        .collect();
    rows.sort_unstable();
    let mut rowid = tx
        .prepare(&format!("INSERT INTO {} VALUES (?1, ?2)", q("rowid")))
        .map_err(sql_error)?;
    for (id, leaf) in rows {
        rowid
            .execute(rusqlite::params![id, leaf])
            .map_err(sql_error)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use rusqlite::Connection;

    fn seeded(n: usize, seed: u64) -> Vec<Entry> {
        let mut s = seed;
        let mut r = move || {
            s = s
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (s >> 11) as f64 / (1u64 << 53) as f64
        };
        (0..n)
            .map(|k| Entry {
                id: k as i64 + 1,
                x: -12.0 + 16.0 * r(),
                y: 10.0 + 15.0 * r(),
            })
            .collect()
    }

    fn rows(tx: &Transaction<'_>, t: &str) -> Vec<(i64, f64, f64, f64, f64)> {
        let mut s = tx
            .prepare(&format!("SELECT * FROM {t} ORDER BY id"))
            .unwrap();
        s.query_map([], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
        })
        .unwrap()
        .map(|r| r.unwrap())
        .collect()
    }

    #[test]
    fn bulk_tree_stores_what_inserts_store_and_passes_sqlites_check() {
        for n in [1, 50, 51, 52, 2_601, 2_602, 20_000] {
            let points = seeded(n, n as u64);
            let mut db = Connection::open_in_memory().unwrap();
            let tx = db.transaction().unwrap();
            tx.execute_batch(
                "CREATE VIRTUAL TABLE bulk USING rtree(id, minx, maxx, miny, maxy);
                 CREATE VIRTUAL TABLE one USING rtree(id, minx, maxx, miny, maxy);",
            )
            .unwrap();
            load(&tx, "bulk", &points).unwrap();
            for p in &points {
                tx.execute(
                    "INSERT INTO one VALUES (?1, ?2, ?2, ?3, ?3)",
                    rusqlite::params![p.id, p.x, p.y],
                )
                .unwrap();
            }
            assert_eq!(rows(&tx, "bulk"), rows(&tx, "one"), "{n} points");
            let check: String = tx
                .query_row("SELECT rtreecheck('bulk')", [], |r| r.get(0))
                .unwrap();
            assert_eq!(check, "ok", "{n} points");
            // A window query finds what a scan of the points finds.
            let (x0, x1, y0, y1) = (-6.0, -3.0, 13.0, 16.0);
            let found: i64 = tx
                .query_row(
                    "SELECT count(*) FROM bulk WHERE maxx >= ?1 AND minx <= ?2 AND maxy >= ?3 AND miny <= ?4",
                    rusqlite::params![x0, x1, y0, y1],
                    |r| r.get(0),
                )
                .unwrap();
            let scanned = points
                .iter()
                .filter(|p| p.x >= x0 && p.x <= x1 && p.y >= y0 && p.y <= y1)
                .count();
            assert_eq!(found as usize, scanned, "{n} points");
        }
    }

    #[test]
    fn a_bulk_tree_takes_later_inserts_and_deletes() {
        // QGIS edits a layer through the triggers: the module must go on
        // splitting and merging the packed nodes.
        let points = seeded(3_000, 7);
        let mut db = Connection::open_in_memory().unwrap();
        let tx = db.transaction().unwrap();
        tx.execute_batch("CREATE VIRTUAL TABLE t USING rtree(id, minx, maxx, miny, maxy);")
            .unwrap();
        load(&tx, "t", &points).unwrap();
        for k in 0..500i64 {
            tx.execute(
                "INSERT INTO t VALUES (?1, ?2, ?2, ?3, ?3)",
                rusqlite::params![10_000 + k, -5.0 + k as f64 * 0.001, 14.0],
            )
            .unwrap();
            tx.execute("DELETE FROM t WHERE id = ?1", [k * 5 + 1])
                .unwrap();
        }
        let check: String = tx
            .query_row("SELECT rtreecheck('t')", [], |r| r.get(0))
            .unwrap();
        assert_eq!(check, "ok");
        let count: i64 = tx
            .query_row("SELECT count(*) FROM t", [], |r| r.get(0))
            .unwrap();
        assert_eq!(count, 3_000);
    }

    #[test]
    fn bounds_are_widened_outwards_to_f32() {
        for d in [14.49, -4.19, 0.1, -0.1, 1e-40, 123.456_789_012_3, 0.0] {
            assert!(f64::from(down(d)) <= d && f64::from(up(d)) >= d, "{d}");
        }
    }
}
