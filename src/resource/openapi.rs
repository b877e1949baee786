//! The server's `/openapi/v2` document, for `create`'s validation: fetched once per server
//! and cached on disk beside the discovery cache (`.../discovery/<host_port>/openapi-v2.json`,
//! the same folders 0700 and files 0600, written atomically). Each run revalidates the copy
//! with one small request (`If-None-Match` with the server's `ETag`: `304 Not Modified`), so
//! a new CRD's schema is seen at once; a changed document is downloaded again.
//!
//! The cache file is one header line (JSON: format, server, ETag) and then the document as
//! the server sent it. Only the definitions a validation reaches are decoded (see
//! [`super::validate::OpenApi`]).

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::config::Cluster;
use super::discovery::{cache_file as discovery_cache_file, write_private};
use super::http::{ACCEPT_JSON, Fetched, get_if_changed};
use super::validate::OpenApi;
use crate::error::{Error, Result};

/// Bump when the cache layout changes; older files are then ignored.
const FORMAT: u32 = 1;

/// The path of the document.
const PATH: &str = "/openapi/v2";

#[derive(Serialize, Deserialize)]
struct Header {
    format: u32,
    server: String,
    etag: String,
}

/// `.../discovery/<host_port>/openapi-v2.json`, beside `resources.json`.
pub(crate) fn cache_file(server: &str) -> Option<PathBuf> {
    discovery_cache_file(server).map(|p| p.with_file_name("openapi-v2.json"))
}

/// The cached document of `server` and its `ETag`, when the file is there and readable.
fn read_cache(path: &Path, server: &str) -> Option<(String, Vec<u8>)> {
    let mut bytes = std::fs::read(path).ok()?;
    let end = bytes.iter().position(|&b| b == b'\n')?;
    let header: Header = serde_json::from_slice(&bytes[..end]).ok()?;
    if header.format != FORMAT || header.server != server || header.etag.is_empty() {
        return None;
    }
    bytes.drain(..=end);
    Some((header.etag, bytes))
}

fn write_cache(path: &Path, server: &str, etag: &str, document: &[u8]) -> std::io::Result<()> {
    let header = serde_json::to_vec(&Header {
        format: FORMAT,
        server: server.to_owned(),
        etag: etag.to_owned(),
    })
    .map_err(std::io::Error::other)?;
    write_private(path, &[&header, b"\n", document])
}

fn decode(bytes: Vec<u8>, server: &str) -> Result<OpenApi> {
    OpenApi::new(bytes).map_err(|e| Error::Decode(format!("error: cannot read the OpenAPI schema of {server}: {e}")))
}

/// The server's OpenAPI v2 document: the cached copy when the server says it is current,
/// else downloaded (and cached when the server gives an `ETag`).
pub(crate) async fn load(cluster: &Cluster) -> Result<OpenApi> {
    let server = &cluster.server;
    let path = cache_file(server);
    let mut cached = path.as_deref().and_then(|p| read_cache(p, server));
    let etag = cached.as_ref().map(|(e, _)| e.clone());
    match get_if_changed(cluster, PATH, ACCEPT_JSON, etag.as_deref()).await? {
        Fetched::NotModified => {
            if let Some((_, doc)) = cached.take()
                && let Ok(api) = decode(doc, server)
            {
                return Ok(api);
            }
            // A copy that no longer reads: download it whole.
            download(cluster, path.as_deref(), None).await
        }
        Fetched::Changed { bytes, etag } => store(path.as_deref(), server, Vec::from(bytes), etag.as_deref()),
    }
}

async fn download(cluster: &Cluster, path: Option<&Path>, etag: Option<&str>) -> Result<OpenApi> {
    match get_if_changed(cluster, PATH, ACCEPT_JSON, etag).await? {
        Fetched::NotModified => Err(Error::Decode(format!(
            "error: the server {} answered 304 Not Modified to a request without If-None-Match for {PATH}",
            cluster.server
        ))),
        Fetched::Changed { bytes, etag } => store(path, &cluster.server, Vec::from(bytes), etag.as_deref()),
    }
}

/// Decode a downloaded document and cache it (when it reads, and has an `ETag`).
fn store(path: Option<&Path>, server: &str, bytes: Vec<u8>, etag: Option<&str>) -> Result<OpenApi> {
    if let (Some(p), Some(etag)) = (path, etag.filter(|e| !e.is_empty())) {
        // Check it reads before caching it: the check costs a split of the top level only.
        let api = decode(bytes, server)?;
        if let Err(e) = write_cache(p, server, etag, api.text().as_bytes()) {
            eprintln!("warning: cannot write the OpenAPI cache {}: {e}", p.display());
        }
        return Ok(api);
    }
    decode(bytes, server)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cache_round_trip() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("d").join("openapi-v2.json");
        write_cache(&p, "https://a:1", "\"abc\"", b"{\"definitions\":{}}\n").unwrap();
        let (etag, doc) = read_cache(&p, "https://a:1").unwrap();
        assert_eq!(etag, "\"abc\"");
        assert_eq!(doc, b"{\"definitions\":{}}\n");
        assert!(read_cache(&p, "https://b:1").is_none());
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            assert_eq!(std::fs::metadata(&p).unwrap().permissions().mode() & 0o777, 0o600);
            assert_eq!(
                std::fs::metadata(p.parent().unwrap()).unwrap().permissions().mode() & 0o777,
                0o700
            );
        }
        std::fs::write(&p, b"garbage").unwrap();
        assert!(read_cache(&p, "https://a:1").is_none());
    }

    #[test]
    fn beside_discovery() {
        let p = cache_file("https://127.0.0.1:6443").unwrap();
        assert!(
            p.ends_with("discovery/127.0.0.1_6443/openapi-v2.json"),
            "{}",
            p.display()
        );
    }
}
