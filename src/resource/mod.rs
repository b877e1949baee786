//! The resource layer: config, discovery, resolution and API calls.
pub mod api;
pub mod config;
pub mod discovery;
pub mod http;
pub mod manifest;
pub mod redact;
pub mod resolve;
pub mod wait;
pub mod watch;
pub mod write;

pub use config::Cluster;
pub use discovery::{ApiResourceInfo, Discovery};

/// Resolve types against discovery: from the cache when warm, and when a type is unknown
/// to a cached discovery, once more against a fresh one (a CRD may have been added).
pub async fn resolve_types(cluster: &Cluster, types: &[String]) -> crate::error::Result<Vec<Vec<ApiResourceInfo>>> {
    let (mut disco, mut cached) = discovery::load(cluster, false).await?;
    let mut out = Vec::with_capacity(types.len());
    for t in types {
        let found = match disco.resolve(t) {
            Ok(r) => r,
            Err(crate::error::Error::UnknownResource(_)) if cached => {
                (disco, cached) = discovery::load(cluster, true).await?;
                disco.resolve(t)?
            }
            Err(e) => return Err(e),
        };
        out.push(found);
    }
    Ok(out)
}
