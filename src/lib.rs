//! kctl: a fast, script-friendly Kubernetes command-line client.
//!
//! `main` parses the command line and calls [`run`]; everything else lives here so tests
//! can reach it.
pub mod cli;
pub(crate) mod cmd;
pub(crate) mod error;
#[doc(hidden)]
pub mod fuzzing;
pub(crate) mod interrupt;
pub(crate) mod output;
pub(crate) mod resource;
pub(crate) mod settings;
pub(crate) mod status;
pub(crate) mod time;
pub(crate) mod wire;

use std::io::Write;

use cli::{Cli, Command};
use error::Error;
use interrupt::Interrupt;
pub use status::ExitStatus;

/// Run a parsed command line, writing results to `out` and diagnostics to stderr.
pub fn run(cli: Cli, out: &mut dyn Write) -> ExitStatus {
    let runtime = match tokio::runtime::Builder::new_current_thread().enable_all().build() {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("error: cannot start the async runtime: {e}");
            return ExitStatus::Failure;
        }
    };
    runtime.block_on(async {
        let interrupt = Interrupt::default();
        let work = dispatch(cli, out, &interrupt);
        tokio::pin!(work);
        loop {
            tokio::select! {
                status = &mut work => return status,
                _ = tokio::signal::ctrl_c() => {
                    // `create -f` and `delete`, once they send writes, wind down and report
                    // (a second Ctrl-C stops them at once); everything else stops now.
                    if interrupt.armed() && !interrupt.fired() {
                        interrupt.fire();
                    } else {
                        return ExitStatus::Interrupted;
                    }
                }
            }
        }
    })
}

/// `-v 7` and above also show the client library's own debug log (never request headers).
fn init_logging(verbosity: u8) {
    if verbosity < 7 {
        return;
    }
    use tracing_subscriber::layer::SubscriberExt as _;
    use tracing_subscriber::util::SubscriberInitExt as _;
    let filter = tracing_subscriber::filter::Targets::new()
        .with_target("kube", tracing::Level::DEBUG)
        .with_target("kube_client", tracing::Level::DEBUG)
        .with_target("kctl", tracing::Level::DEBUG);
    let _ = tracing_subscriber::registry()
        .with(
            tracing_subscriber::fmt::layer()
                .with_writer(std::io::stderr)
                .with_ansi(false),
        )
        .with(filter)
        .try_init();
}

async fn dispatch(cli: Cli, out: &mut dyn Write, interrupt: &Interrupt) -> ExitStatus {
    let warnings_as_errors = cli.global.warnings_as_errors;
    let status = dispatch_command(cli, out, interrupt).await;
    // kubectl's `--warnings-as-errors`: checked after a command that succeeded.
    let warnings = resource::warnings::count();
    if warnings_as_errors && status == ExitStatus::Success && warnings > 0 {
        let _ = out.flush();
        let s = if warnings == 1 { "" } else { "s" };
        eprintln!("error: {warnings} warning{s} received");
        return ExitStatus::Failure;
    }
    status
}

async fn dispatch_command(cli: Cli, out: &mut dyn Write, interrupt: &Interrupt) -> ExitStatus {
    init_logging(cli.global.verbosity);
    let result = match settings::refuse_kustomize(&cli).and_then(|()| settings::connection(&cli.global, &cli.command)) {
        Ok(connection) => {
            let mut cx = cmd::Context::new(out, interrupt, connection);
            match &cli.command {
                Command::Completions(args) => cmd::completions::run(args, &mut cx),
                Command::Complete(args) => Ok(cmd::complete::run(args, &mut cx).await),
                Command::Create(args) => match args.raw.as_deref() {
                    Some(path) if !args.filenames.is_empty() => {
                        async { cmd::raw::run(&settings::create_raw(args, path)?, &mut cx).await }.await
                    }
                    _ => async { cmd::create::run(&settings::create(args)?, &mut cx).await }.await,
                },
                Command::Delete(args) => match args.raw.as_deref() {
                    Some(path) => async { cmd::raw::run(&settings::delete_raw(args, path)?, &mut cx).await }.await,
                    None => async { cmd::delete::run(&settings::delete(args)?, &mut cx).await }.await,
                },
                Command::Get(args) => match args.raw.as_deref() {
                    Some(path) => async { cmd::raw::run(&settings::get_raw(args, path)?, &mut cx).await }.await,
                    None => cmd::get::run(&settings::get(args), &mut cx).await,
                },
                Command::Watch(args) => cmd::watch::run(&settings::watch(args), &mut cx).await,
                Command::Wait(args) => async { cmd::wait::run(&settings::wait(args)?, &mut cx).await }.await,
                Command::ApiResources(args) => {
                    async { cmd::api_resources::run(&settings::api_resources(args)?, &mut cx).await }.await
                }
                Command::ApiVersions(_) => cmd::api_resources::run_versions(&mut cx).await,
            }
        }
        Err(e) => Err(e),
    };
    match result {
        Ok(status) => status,
        Err(Error::Io(e)) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitStatus::Success,
        Err(e) => {
            eprintln!("{}", e.render());
            ExitStatus::Failure
        }
    }
}
