//! The kctl binary: parse, run, exit with a documented status (see the README).
use std::io::{BufWriter, Write};
use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = match kctl::cli::Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            // Help and version go to stdout with status 0; usage errors exit 1 as kubectl's do.
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { 1 } else { 0 });
        }
    };
    let stdout = std::io::stdout();
    let mut out = BufWriter::with_capacity(64 * 1024, stdout.lock());
    let status = kctl::run(cli, &mut out);
    // A reader that went away (`kctl get pods -o yaml | head`) is not an error.
    let _ = out.flush();
    ExitCode::from(status as u8)
}
