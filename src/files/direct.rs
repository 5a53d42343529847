//! Writing an output's bytes around the page cache.
//!
//! An output is written once and then renamed and flushed to the disk; the
//! process never reads it back. Through the page cache each byte is
//! copied into kernel memory first, and on the virtual machines sahel is
//! measured on that copy costs about 2 s of CPU per GB written, more than
//! any of the report's writers spends forming the bytes (BENCHMARKS.md,
//! issue 16). With `O_DIRECT` the disk reads the bytes from the writer's
//! own buffer instead: the same bytes reach the same file.
//!
//! `O_DIRECT` asks for whole blocks at block-aligned addresses and
//! offsets, so [`Direct`] gathers bytes in a 4,096-aligned buffer and
//! writes whole buffers; at the end it writes the last whole blocks
//! directly, then turns `O_DIRECT` off to write the tail. File systems
//! that refuse `O_DIRECT` (tmpfs, some network and overlay systems)
//! get ordinary buffered writes through the same buffer, as do systems
//! other than Linux.
//!
//! ```
//! use std::io::Write;
//! let dir = tempfile::tempdir().unwrap();
//! let path = dir.path().join("out.txt");
//! let file = std::fs::File::create(&path).unwrap();
//! let mut w = sahel::files::Direct::new(&file);
//! w.write_all(b"written whole blocks first, then the tail").unwrap();
//! w.finish().unwrap();
//! assert_eq!(std::fs::read(&path).unwrap(), b"written whole blocks first, then the tail");
//! ```

use std::fs::File;
use std::io::Write;

/// The block size `O_DIRECT` transfers are aligned to: the page size,
/// which covers every disk's logical block (512 or 4,096 bytes).
const BLOCK: usize = 4096;

/// Bytes gathered before each write: large enough that the disk sees few
/// requests, small enough to keep per output.
const CAPACITY: usize = 1 << 20;

/// A buffered writer over a file that sends whole blocks past the page
/// cache where the system allows it. Call [`Direct::finish`] at the end:
/// until then the last partial block stays in the buffer, and
/// [`Write::flush`] writes only whole blocks.
pub struct Direct<'f> {
    file: &'f File,
    /// Room for `CAPACITY` bytes plus the slack to start on a block.
    store: Vec<u8>,
    /// Where the aligned buffer starts in `store`.
    start: usize,
    /// Bytes gathered in the buffer.
    len: usize,
    /// Whether the file is open with `O_DIRECT` now.
    direct: bool,
    /// Bytes that reached the file.
    written: u64,
}

impl<'f> Direct<'f> {
    /// A writer at the start of `file`, an empty file opened for writing.
    pub fn new(file: &'f File) -> Direct<'f> {
        let store = vec![0u8; CAPACITY + BLOCK];
        let start = store.as_ptr().align_offset(BLOCK).min(BLOCK);
        let direct = set_direct(file, true);
        Direct {
            file,
            store,
            start,
            len: 0,
            direct,
            written: 0,
        }
    }

    /// Bytes that have reached the file so far.
    pub fn written(&self) -> u64 {
        self.written
    }

    /// Writes what is left and turns `O_DIRECT` off.
    pub fn finish(&mut self) -> std::io::Result<()> {
        let whole = self.len - self.len % BLOCK;
        self.send(whole)?;
        stop_direct(self.file, &mut self.direct);
        self.send(self.len)
    }

    /// Writes the first `n` gathered bytes (whole blocks while `O_DIRECT`
    /// is on) and moves the rest to the buffer's start.
    fn send(&mut self, n: usize) -> std::io::Result<()> {
        if n == 0 {
            return Ok(());
        }
        put(
            self.file,
            &self.store[self.start..self.start + n],
            &mut self.direct,
        )?;
        self.written += n as u64;
        self.store
            .copy_within(self.start + n..self.start + self.len, self.start);
        self.len -= n;
        Ok(())
    }
}

/// Writes all of `bytes`. After a short direct write the rest would start
/// off a block, so it and all later bytes go through the page cache; so
/// do the bytes a file system refuses to take directly although it took
/// the flag (`EINVAL`), from where the refused write began.
fn put(mut file: &File, bytes: &[u8], direct: &mut bool) -> std::io::Result<()> {
    let mut done = 0;
    while done < bytes.len() {
        match file.write(&bytes[done..]) {
            Ok(0) => return Err(std::io::ErrorKind::WriteZero.into()),
            Ok(n) => {
                done += n;
                if done < bytes.len() && done % BLOCK != 0 {
                    stop_direct(file, direct);
                }
            }
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) if *direct && e.raw_os_error() == Some(libc::EINVAL) => {
                stop_direct(file, direct);
            }
            Err(e) => return Err(e),
        }
    }
    Ok(())
}

/// Turns `O_DIRECT` off for `file` if it is on.
fn stop_direct(file: &File, direct: &mut bool) {
    if *direct {
        set_direct(file, false);
        *direct = false;
    }
}

impl Write for Direct<'_> {
    fn write(&mut self, data: &[u8]) -> std::io::Result<usize> {
        if self.len == CAPACITY {
            self.send(CAPACITY)?;
        }
        let n = data.len().min(CAPACITY - self.len);
        let at = self.start + self.len;
        self.store[at..at + n].copy_from_slice(&data[..n]);
        self.len += n;
        Ok(n)
    }

    /// Writes the whole blocks gathered so far; the partial block at the
    /// end waits for [`Direct::finish`], as a direct write cannot take it.
    fn flush(&mut self) -> std::io::Result<()> {
        self.send(self.len - self.len % BLOCK)
    }
}

/// Turns `O_DIRECT` on or off for `file`; whether it is now on.
#[cfg(target_os = "linux")]
fn set_direct(file: &File, on: bool) -> bool {
    use std::os::unix::io::AsRawFd;
    let fd = file.as_raw_fd();
    // SAFETY: fcntl on a descriptor this File owns, reading and setting
    // its status flags only.
    let flags = unsafe { libc::fcntl(fd, libc::F_GETFL) };
    if flags < 0 {
        return false;
    }
    let wanted = if on {
        flags | libc::O_DIRECT
    } else {
        flags & !libc::O_DIRECT
    };
    // SAFETY: as above.
    let ok = unsafe { libc::fcntl(fd, libc::F_SETFL, wanted) } == 0;
    on && ok
}

#[cfg(not(target_os = "linux"))]
fn set_direct(_: &File, _: bool) -> bool {
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Bytes of every length around the buffer's and the block's edges,
    /// written in pieces of awkward sizes, come back the same.
    #[test]
    fn any_length_in_any_pieces_reads_back_the_same() {
        let dir = tempfile::tempdir().unwrap();
        for total in [
            0,
            1,
            BLOCK - 1,
            BLOCK,
            BLOCK + 1,
            CAPACITY - 1,
            CAPACITY,
            CAPACITY + 1,
            3 * CAPACITY + 777,
        ] {
            let bytes: Vec<u8> = (0..total).map(|i| (i * 31 % 251) as u8).collect();
            for piece in [1usize, 7, 4096, 70_000, 2 * CAPACITY] {
                let path = dir.path().join(format!("{total}-{piece}"));
                let file = File::create(&path).unwrap();
                let mut w = Direct::new(&file);
                for chunk in bytes.chunks(piece) {
                    w.write_all(chunk).unwrap();
                    if chunk.len() % 3 == 0 {
                        w.flush().unwrap();
                    }
                }
                w.finish().unwrap();
                assert_eq!(w.written(), total as u64);
                drop(file);
                assert_eq!(std::fs::read(&path).unwrap(), bytes, "{total} in {piece}s");
            }
        }
    }

    /// Where the system has no O_DIRECT for the file (or no file system
    /// under it that takes it), the writer still writes every byte.
    /// A device opened for writing.
    #[cfg(target_os = "linux")]
    fn device(path: &str) -> File {
        std::fs::OpenOptions::new().write(true).open(path).unwrap()
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn a_device_without_direct_writes_is_written_through_the_cache() {
        let file = device("/dev/null");
        let mut w = Direct::new(&file);
        w.write_all(&[b'x'; CAPACITY + 10]).unwrap();
        w.finish().unwrap();
        assert_eq!(w.written(), CAPACITY as u64 + 10);
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn a_full_disk_is_an_error_not_a_silent_loss() {
        let file = device("/dev/full");
        let mut w = Direct::new(&file);
        let r = w.write_all(&[b'x'; 2 * CAPACITY]).and_then(|()| w.finish());
        assert!(r.is_err());
        assert_eq!(w.written(), 0);
    }
}
