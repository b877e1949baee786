//! Writes to the API server: create (POST), with dry-run and field manager.

use bytes::Bytes;
use http::Method;

use super::api::encode;
use super::config::Cluster;
use super::discovery::ApiResourceInfo;
use super::http::{ACCEPT_JSON, send};
use crate::error::Result;

/// Query options of a write.
#[derive(Debug, Clone, Default)]
pub struct WriteParams {
    /// `dryRun=All`: the server checks and answers, but persists nothing.
    pub dry_run: bool,
    /// `fieldManager=...` (empty: the server's default).
    pub field_manager: String,
}

impl WriteParams {
    fn query(&self) -> String {
        let mut q = Vec::new();
        if self.dry_run {
            q.push("dryRun=All".to_string());
        }
        if !self.field_manager.is_empty() {
            q.push(format!("fieldManager={}", encode(&self.field_manager)));
        }
        if q.is_empty() {
            String::new()
        } else {
            format!("?{}", q.join("&"))
        }
    }
}

/// POST one object (JSON `body`) to the collection of `res` in `namespace`; the object as
/// the server stored it.
pub async fn create_object(
    cluster: &Cluster,
    res: &ApiResourceInfo,
    namespace: Option<&str>,
    body: Vec<u8>,
    params: &WriteParams,
) -> Result<Bytes> {
    let path = format!("{}{}", res.collection_path(namespace), params.query());
    send(cluster, Method::POST, &path, ACCEPT_JSON, Some(body)).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query() {
        let p = WriteParams {
            dry_run: true,
            field_manager: "kctl create".into(),
        };
        assert_eq!(p.query(), "?dryRun=All&fieldManager=kctl%20create");
        assert_eq!(WriteParams::default().query(), "");
    }
}
