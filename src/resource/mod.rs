//! The resource layer: config, discovery, resolution and API calls.
pub(crate) mod api;
pub(crate) mod config;
pub(crate) mod discovery;
pub(crate) mod http;
pub(crate) mod lines;
pub(crate) mod manifest;
pub(crate) mod redact;
pub(crate) mod request;
pub(crate) mod resolve;
pub(crate) mod wait;
pub(crate) mod watch;
pub(crate) mod write;

pub(crate) use config::Cluster;
pub(crate) use discovery::ApiResourceInfo;

/// Resolve types against discovery: from the cache when warm, and when a type is unknown
/// to a cached discovery, once more against a fresh one (a CRD may have been added).
pub(crate) async fn resolve_types(
    cluster: &Cluster,
    types: &[String],
) -> crate::error::Result<Vec<Vec<ApiResourceInfo>>> {
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
