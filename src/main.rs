//! The `sahel` binary: start-up, exit codes and error messages. The
//! command line itself is in `cli/`.

mod cli;

use clap::Parser;
use std::process::ExitCode;

// The gazetteer's load and the readers make hundreds of thousands of small
// allocations; mimalloc serves them in about half the time of glibc's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    // Like other Unix filters, stop quietly when the reader of our output
    // goes away (`sahel near ... | head`) instead of failing to print.
    #[cfg(unix)]
    // SAFETY: restoring the default action of a signal at start-up, before
    // any thread exists.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
    let cli = cli::Cli::parse();
    match cli::run(cli) {
        Ok(code) => code,
        // A reader that stopped early (`sahel ... | head`) is not an error.
        Err(e)
            if e.chain().any(|c| {
                c.downcast_ref::<std::io::Error>()
                    .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            }) =>
        {
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::from(1)
        }
    }
}
