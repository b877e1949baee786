//! `kctl create`: objects from manifests (`-f`, see [`files`]), or one object from a
//! generator (see [`generators`]). Both print what was created through
//! [`common::ResultPrinter`].

mod common;
mod files;
mod generators;
mod goorder;
mod validation;

pub(crate) use common::{CommonOptions, CreatedOutput};

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

/// `--validate`: kubectl's validation directive.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Validation {
    /// `strict`, `true`: problems stop the run before anything is sent.
    Strict,
    /// `warn`: the server warns (when it validates fields), nothing stops.
    Warn,
    /// `ignore`, `false`: no schema validation.
    Ignore,
}

impl Validation {
    /// kubectl's `GetValidationDirective`: a Go boolean or `strict`, `warn`, `ignore`.
    pub(crate) fn parse(value: &str) -> Option<Validation> {
        match value {
            "1" | "t" | "T" | "TRUE" | "true" | "True" | "strict" => Some(Validation::Strict),
            "0" | "f" | "F" | "FALSE" | "false" | "False" | "ignore" => Some(Validation::Ignore),
            "warn" => Some(Validation::Warn),
            _ => None,
        }
    }

    /// The `fieldValidation` query parameter kubectl sends with each create.
    pub(crate) fn directive(self) -> &'static str {
        match self {
            Validation::Strict => "Strict",
            Validation::Warn => "Warn",
            Validation::Ignore => "Ignore",
        }
    }
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
