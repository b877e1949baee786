//! The settings step: clap's types (`cli.rs`) become typed options once, here, and nothing
//! below `cmd/` ever sees a clap type. Each verb's options are defined beside the verb that
//! uses them; this module only converts.

mod api;
mod get;
mod raw;
mod wait;
mod write;

pub(crate) use api::api_resources;
pub(crate) use get::{get, watch};
pub(crate) use raw::{create_raw, delete_raw, get_raw};
pub(crate) use wait::wait;
pub(crate) use write::{create, delete};

use crate::cli::{Cli, Command, CreateGenerator, GlobalArgs};
use crate::error::{Error, Result};
use crate::resource::config::ConnectOptions;

/// `-k DIR` on any verb: kustomize is out of kctl's scope; one line says what to run instead.
pub(crate) fn refuse_kustomize(cli: &Cli) -> Result<()> {
    let Some(dir) = &cli.global.kustomize else {
        return Ok(());
    };
    let verb = match cli.command {
        Command::Delete(_) => "delete",
        Command::Get(_) => "get",
        _ => "create",
    };
    Err(Error::Usage(format!(
        "kctl does not run kustomize (-k {dir}); use: kustomize build {dir} | kctl {verb} -f -"
    )))
}

/// The global flags: which cluster, as whom, and how patiently. `create rolebinding` and
/// `create clusterrolebinding` have their own `--user` (a subject), as in kubectl: there it
/// never selects the kubeconfig user.
pub(crate) fn connection(g: &GlobalArgs, command: &Command) -> Result<ConnectOptions> {
    let user_is_a_subject = matches!(
        command,
        Command::Create(c) if matches!(
            c.generator,
            Some(CreateGenerator::Rolebinding(_) | CreateGenerator::Clusterrolebinding(_))
        )
    );
    let nonempty = |v: &Option<String>| v.clone().filter(|s| !s.is_empty());
    Ok(ConnectOptions {
        kubeconfig: g.kubeconfig.clone(),
        context: g.context.clone(),
        cluster: g.cluster.clone(),
        user: if user_is_a_subject { None } else { g.user.clone() },
        impersonate: nonempty(&g.as_user),
        impersonate_groups: g.as_group.iter().filter(|s| !s.is_empty()).cloned().collect(),
        impersonate_uid: nonempty(&g.as_uid),
        namespace: g.namespace.clone(),
        server: g.server.clone(),
        token: g.token.clone(),
        certificate_authority: g.certificate_authority.clone(),
        insecure_skip_tls_verify: g.insecure_skip_tls_verify,
        request_timeout: crate::time::parse_duration(&g.request_timeout)?,
        verbosity: g.verbosity,
    })
}
