//! `kctl completions SHELL`: the clap_complete script for a shell.

use crate::cli::CompletionsArgs;

pub(crate) fn run(
    args: &CompletionsArgs,
    cx: &mut super::Context<'_>,
) -> crate::error::Result<crate::status::ExitStatus> {
    let out = &mut *cx.out;
    let mut cmd = crate::cli::command();
    clap_complete::generate(args.shell, &mut cmd, "kctl", out);
    // Live names and types: a hook that asks `kctl __complete` first.
    out.write_all(super::complete::hook(args.shell).as_bytes())?;
    out.flush()?;
    Ok(crate::status::ExitStatus::Success)
}
