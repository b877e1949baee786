//! Looking things up in discovery: from the cache when it is warm, and when something is
//! not found in a cached discovery, once more in a fresh one (a CRD may have been added
//! since the cache was written). Every verb that maps types or kinds goes through here.

use super::config::Cluster;
use super::discovery::{self, Discovery};
use super::info::ApiResourceInfo;
use super::manifest::split_api_version;
use crate::error::{Error, Result};

/// Discovery for one run, refreshed at most once on a miss.
pub(crate) struct Lookup<'a> {
    cluster: &'a Cluster,
    disco: Discovery,
    /// It came from the cache (a miss is worth a fresh discovery).
    cached: bool,
}

impl<'a> Lookup<'a> {
    /// Discovery from the cache when fresh, else from the server.
    pub(crate) async fn load(cluster: &'a Cluster) -> Result<Lookup<'a>> {
        let (disco, cached) = discovery::load(cluster, false).await?;
        Ok(Lookup { cluster, disco, cached })
    }

    /// What `pick` finds; when it finds nothing in a cached discovery, what it finds in a
    /// fresh one (later misses are not refreshed again).
    pub(crate) async fn find<T>(&mut self, pick: impl Fn(&Discovery) -> Option<T>) -> Result<Option<T>> {
        if let Some(found) = pick(&self.disco) {
            return Ok(Some(found));
        }
        if !self.cached {
            return Ok(None);
        }
        self.refresh().await?;
        Ok(pick(&self.disco))
    }

    /// The resource of exactly this `apiVersion` and `kind` (objects read from files).
    pub(crate) async fn kind(&mut self, api_version: &str, kind: &str) -> Result<Option<ApiResourceInfo>> {
        self.find(|d| find_kind(d, api_version, kind)).await
    }

    /// Discovery as it is now.
    pub(crate) fn discovery(&self) -> &Discovery {
        &self.disco
    }

    /// Ask the server again (waiting for a new CRD's kinds to be served).
    pub(crate) async fn refresh(&mut self) -> Result<()> {
        (self.disco, self.cached) = discovery::load(self.cluster, true).await?;
        Ok(())
    }
}

/// The resource of exactly this `apiVersion` and `kind`.
pub(crate) fn find_kind(disco: &Discovery, api_version: &str, kind: &str) -> Option<ApiResourceInfo> {
    let (group, version) = split_api_version(api_version);
    disco
        .resources
        .iter()
        .find(|r| r.group == group && r.version == version && r.kind == kind)
        .cloned()
}

/// Resolve types as typed on the command line (`pods`, `deploy.apps`, a category ...).
pub(crate) async fn resolve_types(cluster: &Cluster, types: &[String]) -> Result<Vec<Vec<ApiResourceInfo>>> {
    let mut lookup = Lookup::load(cluster).await?;
    let mut out = Vec::with_capacity(types.len());
    for t in types {
        let found = lookup
            .find(|d| match d.resolve(t) {
                Err(Error::UnknownResource(_)) => None,
                other => Some(other),
            })
            .await?;
        out.push(match found {
            Some(r) => r?,
            // Unknown to a fresh discovery too: its error.
            None => lookup.discovery().resolve(t)?,
        });
    }
    Ok(out)
}
