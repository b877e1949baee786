//! The verbs. `settings` turns the command line into each verb's typed options once; `lib.rs`
//! runs them with a [`Context`] (the output, Ctrl-C, and the connection settings). Verbs plan
//! the work and call `resource/` to fetch and `output/` to print; nothing here calls back up.
pub(crate) mod api_resources;
pub(crate) mod batch;
pub(crate) mod complete;
pub(crate) mod completions;
pub(crate) mod condition;
pub(crate) mod create;
pub(crate) mod delete;
pub(crate) mod get;
pub(crate) mod raw;
pub(crate) mod wait;
pub(crate) mod watch;

use std::io::Write;

use crate::error::Result;
use crate::interrupt::Interrupt;
use crate::resource::Cluster;
use crate::resource::config::{ConnectOptions, connect};

/// What every verb runs with.
pub(crate) struct Context<'a> {
    /// Standard output (buffered by `main`); diagnostics go to stderr.
    pub(crate) out: &'a mut dyn Write,
    /// Ctrl-C, for the verbs that wind down instead of stopping at once.
    pub(crate) interrupt: &'a Interrupt,
    connection: ConnectOptions,
}

impl<'a> Context<'a> {
    pub(crate) fn new(out: &'a mut dyn Write, interrupt: &'a Interrupt, connection: ConnectOptions) -> Self {
        Context {
            out,
            interrupt,
            connection,
        }
    }

    /// The client for the global flags and the kubeconfig (verbs that need no server, such
    /// as `completions` or a client-side dry run, never call it).
    pub(crate) async fn connect(&self) -> Result<Cluster> {
        connect(&self.connection).await
    }

    /// `-n` as given on the command line (not the kubeconfig's default).
    pub(crate) fn namespace_flag(&self) -> Option<&str> {
        self.connection.namespace.as_deref()
    }

    /// Seconds since the epoch, for AGE.
    pub(crate) fn now(&self) -> i64 {
        crate::time::now()
    }
}

/// `--dry-run`, the same for every verb that writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum DryRun {
    /// Write for real.
    None,
    /// Send nothing; print what would be sent.
    Client,
    /// Ask the server to check the write without persisting it.
    Server,
}
