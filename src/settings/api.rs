//! `api-resources` flags to [`ApiResourcesOptions`], with kubectl's checks and messages.

use crate::cli::ApiResourcesArgs;
use crate::cmd::api_resources::{ApiResourcesOptions, ResourcesOutput, SortBy};
use crate::error::{Error, Result};

pub(crate) fn api_resources(args: &ApiResourcesArgs) -> Result<ApiResourcesOptions> {
    let output = match args.output.as_deref().unwrap_or_default() {
        "" => ResourcesOutput::Table,
        "wide" => ResourcesOutput::Wide,
        "name" => ResourcesOutput::Name,
        other => return Err(Error::Usage(format!("--output {other} is not available"))),
    };
    let sort_by = match args.sort_by.as_deref().unwrap_or_default() {
        "" => SortBy::Group,
        "name" => SortBy::Name,
        "kind" => SortBy::Kind,
        _ => return Err(Error::Usage("--sort-by accepts only name or kind".into())),
    };
    Ok(ApiResourcesOptions {
        output,
        api_group: args.api_group.clone(),
        namespaced: args.namespaced,
        verbs: args.verbs.clone(),
        categories: args.categories.clone(),
        sort_by,
        no_headers: args.no_headers,
        cached: args.cached,
    })
}
