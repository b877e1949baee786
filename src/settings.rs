//! The settings step: clap's types (`cli.rs`) become typed options once, here, and nothing
//! below `cmd/` ever sees a clap type. Each verb's options are defined beside the verb that
//! uses them; this module only converts.

mod get;
mod wait;
mod write;

pub(crate) use get::{get, watch};
pub(crate) use wait::wait;
pub(crate) use write::{create, delete};

use crate::cli::GlobalArgs;
use crate::error::Result;
use crate::resource::config::ConnectOptions;

/// The global flags: which cluster, as whom, and how patiently.
pub(crate) fn connection(g: &GlobalArgs) -> Result<ConnectOptions> {
    Ok(ConnectOptions {
        kubeconfig: g.kubeconfig.clone(),
        context: g.context.clone(),
        cluster: g.cluster.clone(),
        user: g.user.clone(),
        namespace: g.namespace.clone(),
        server: g.server.clone(),
        token: g.token.clone(),
        certificate_authority: g.certificate_authority.clone(),
        insecure_skip_tls_verify: g.insecure_skip_tls_verify,
        request_timeout: crate::time::parse_duration(&g.request_timeout)?,
        verbosity: g.verbosity,
    })
}
