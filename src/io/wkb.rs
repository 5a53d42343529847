//! Points as Well-Known Binary, the geometry encoding GeoPackage and
//! GeoParquet share: written little-endian in 2D, read in either byte
//! order, ISO or extended codes, with Z and M ignored.
//!
//! ```
//! let mut b = Vec::new();
//! sahel::io::wkb::push_point(-4.19, 14.49, &mut b);
//! assert_eq!(b.len(), 21);
//! assert_eq!(sahel::io::wkb::point(&b), Ok(Some((-4.19, 14.49))));
//! ```

/// Appends a 2D point, little-endian.
pub fn push_point(x: f64, y: f64, out: &mut Vec<u8>) {
    out.push(1);
    out.extend_from_slice(&1u32.to_le_bytes());
    out.extend_from_slice(&x.to_le_bytes());
    out.extend_from_slice(&y.to_le_bytes());
}

/// The point of a WKB geometry: `None` for an empty point (NaN
/// coordinates), or what is wrong with it.
pub fn point(wkb: &[u8]) -> Result<Option<(f64, f64)>, String> {
    if wkb.len() < 21 {
        return Err("the geometry is cut short".into());
    }
    let little = match wkb[0] {
        0 => false,
        1 => true,
        x => return Err(format!("the geometry's byte order mark is {x}, not 0 or 1")),
    };
    let u32_at = |i: usize| {
        let a = [wkb[i], wkb[i + 1], wkb[i + 2], wkb[i + 3]];
        if little {
            u32::from_le_bytes(a)
        } else {
            u32::from_be_bytes(a)
        }
    };
    let f64_at = |i: usize| {
        let mut a = [0u8; 8];
        a.copy_from_slice(&wkb[i..i + 8]);
        if little {
            f64::from_le_bytes(a)
        } else {
            f64::from_be_bytes(a)
        }
    };
    // Points in 2D, Z, M and ZM, ISO (1001, 2001, 3001) or extended
    // (flags in the high bits) codes.
    let kind = u32_at(1);
    if kind % 1000 != 1 && kind & 0x0fff_ffff != 1 {
        return Err(format!("the geometry is WKB type {kind}, not a point"));
    }
    let (x, y) = (f64_at(5), f64_at(13));
    if x.is_nan() && y.is_nan() {
        return Ok(None);
    }
    Ok(Some((x, y)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn big_endian_and_z_points_are_read() {
        let mut b = vec![0u8];
        b.extend_from_slice(&1001u32.to_be_bytes());
        b.extend_from_slice(&2.5f64.to_be_bytes());
        b.extend_from_slice(&13.0f64.to_be_bytes());
        b.extend_from_slice(&300.0f64.to_be_bytes());
        assert_eq!(point(&b), Ok(Some((2.5, 13.0))));
    }

    #[test]
    fn empty_polygon_and_short_geometries() {
        let mut b = Vec::new();
        push_point(f64::NAN, f64::NAN, &mut b);
        assert_eq!(point(&b), Ok(None));
        b[1] = 3;
        assert!(point(&b).unwrap_err().contains("not a point"));
        assert!(point(&b[..10]).is_err());
    }
}
