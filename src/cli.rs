//! Every flag kctl accepts, as clap types. Behaviour lives in `cmd/`.

use std::path::PathBuf;

use clap::{Args, CommandFactory, Parser, Subcommand, ValueEnum};

/// A fast, script-friendly Kubernetes command-line client.
#[derive(Debug, Parser)]
#[command(name = "kctl", version, about, propagate_version = true)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,

    #[command(subcommand)]
    pub command: Command,
}

/// The clap command, for completions and tests.
pub fn command() -> clap::Command {
    Cli::command()
}

/// Flags that every verb accepts, as kubectl's global flags.
#[derive(Debug, Clone, Default, Args)]
pub struct GlobalArgs {
    /// Path to the kubeconfig file to use (instead of $KUBECONFIG or ~/.kube/config).
    #[arg(long, global = true, value_name = "FILE")]
    pub kubeconfig: Option<PathBuf>,

    /// The name of the kubeconfig context to use.
    #[arg(long, global = true)]
    pub context: Option<String>,

    /// The name of the kubeconfig cluster to use.
    #[arg(long, global = true)]
    pub cluster: Option<String>,

    /// The name of the kubeconfig user to use.
    #[arg(long, global = true)]
    pub user: Option<String>,

    /// If present, the namespace scope for this request.
    #[arg(short = 'n', long, global = true)]
    pub namespace: Option<String>,

    /// The address and port of the Kubernetes API server.
    #[arg(short = 's', long, global = true)]
    pub server: Option<String>,

    /// Bearer token for authentication to the API server.
    #[arg(long, global = true)]
    pub token: Option<String>,

    /// Path to a cert file for the certificate authority.
    #[arg(long, global = true, value_name = "FILE")]
    pub certificate_authority: Option<PathBuf>,

    /// If true, the server's certificate will not be checked for validity.
    #[arg(long, global = true)]
    pub insecure_skip_tls_verify: bool,

    /// How long to wait for a single server request (`0` waits forever): `30s`, `1m`, `2m30s`, or seconds.
    #[arg(long, global = true, default_value = "0", value_name = "DURATION")]
    pub request_timeout: String,

    /// Log level for the requests kctl makes, on stderr (6: requests, 8: bodies; tokens redacted).
    #[arg(short = 'v', long = "v", global = true, default_value_t = 0, value_name = "LEVEL")]
    pub verbosity: u8,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Display one or many resources.
    Get(GetArgs),
    /// Print a shell completion script.
    Completions(CompletionsArgs),
}

/// `kctl get`.
#[derive(Debug, Clone, Args)]
#[command(
    after_help = "Examples:\n  kctl get pods\n  kctl get pods,services -A\n  kctl get deployment/web -o yaml\n  kctl get pods.v1. -l app=web -o name"
)]
pub struct GetArgs {
    /// TYPE[,TYPE...] [NAME...] or TYPE/NAME...
    #[arg(value_name = "TYPE[.VERSION][.GROUP] [NAME...] | TYPE/NAME")]
    pub args: Vec<String>,

    /// List the requested objects across all namespaces.
    #[arg(short = 'A', long)]
    pub all_namespaces: bool,

    /// Selector (label query) to filter on: `=`, `==`, `!=`, `in`, `notin`, `exists`.
    #[arg(short = 'l', long)]
    pub selector: Option<String>,

    /// Selector (field query) to filter on, e.g. `status.phase=Running`.
    #[arg(long)]
    pub field_selector: Option<String>,

    /// Return large lists in chunks of this size; 0 disables chunking.
    #[arg(long, default_value_t = 500)]
    pub chunk_size: u32,

    /// If the requested object does not exist the command will return exit code 0.
    #[arg(long)]
    pub ignore_not_found: bool,

    /// Output format: wide, yaml, json, name.
    #[arg(short = 'o', long, value_name = "FORMAT")]
    pub output: Option<OutputFormat>,

    /// If present, list the resource type for the requested object(s).
    #[arg(long)]
    pub show_kind: bool,

    /// When printing, show all labels as the last column.
    #[arg(long)]
    pub show_labels: bool,

    /// When using the default or wide output format, don't print headers.
    #[arg(long)]
    pub no_headers: bool,

    /// Keep the managedFields when printing objects in JSON or YAML format.
    #[arg(long)]
    pub show_managed_fields: bool,
}

/// The `-o` formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    Wide,
    Yaml,
    Json,
    Name,
}

/// `kctl completions`.
#[derive(Debug, Clone, Args)]
pub struct CompletionsArgs {
    /// The shell to generate the script for.
    pub shell: clap_complete::Shell,
}
