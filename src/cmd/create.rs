//! `kctl create`: objects from manifests (`-f`, see [`files`]), or one object from a
//! generator (see [`generators`]). Both print what was created through
//! [`common::ResultPrinter`].

mod built;
mod common;
mod docker;
mod files;
mod generators;
mod goorder;
mod ingress;
mod policy;
mod quantity;
mod rbac;
mod token;
mod validation;

pub(crate) use common::{CommonOptions, CreatedOutput};
pub(crate) use validation::Validation;

use crate::cli::CreateGenerator;
use crate::cmd::Context;
use crate::error::Result;
use crate::resource::manifest::Inputs;
use crate::status::ExitStatus;

/// `kctl create`, typed (built by `settings::create`).
pub(crate) struct CreateOptions {
    pub(crate) objects: CreateObjects,
    pub(crate) common: CommonOptions,
}

/// What to create.
pub(crate) enum CreateObjects {
    /// `-f`: the objects of the inputs, up to `concurrency` in flight, validated as `validation` says.
    Files {
        inputs: Inputs,
        concurrency: usize,
        validation: Validation,
    },
    /// `kctl create KIND NAME ...`: its own flags, as parsed (the common ones are typed
    /// in [`CommonOptions`]).
    Generator(CreateGenerator),
}

pub(crate) async fn run(opts: &CreateOptions, cx: &mut Context<'_>) -> Result<ExitStatus> {
    match &opts.objects {
        CreateObjects::Files {
            inputs,
            concurrency,
            validation,
        } => files::run(inputs, *concurrency, *validation, &opts.common, cx).await,
        CreateObjects::Generator(generator) => generators::run(generator, &opts.common, cx).await,
    }
}
