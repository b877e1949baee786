//! The API calls `get` needs: one page of a list, one object.

use bytes::Bytes;
use http::Method;

use super::config::Cluster;
use super::discovery::ApiResourceInfo;
use super::http::send;
use crate::error::Result;

/// Filters and paging of a list request.
#[derive(Debug, Clone, Default)]
pub(crate) struct ListParams {
    pub(crate) label_selector: Option<String>,
    pub(crate) field_selector: Option<String>,
    /// Page size; 0 asks for everything at once.
    pub(crate) limit: u32,
    pub(crate) continue_token: Option<String>,
}

impl ListParams {
    fn query(&self) -> String {
        let mut q = Vec::new();
        if let Some(s) = self.label_selector.as_deref().filter(|s| !s.is_empty()) {
            q.push(format!("labelSelector={}", encode(s)));
        }
        if let Some(s) = self.field_selector.as_deref().filter(|s| !s.is_empty()) {
            q.push(format!("fieldSelector={}", encode(s)));
        }
        if self.limit > 0 {
            q.push(format!("limit={}", self.limit));
        }
        if let Some(c) = self.continue_token.as_deref().filter(|s| !s.is_empty()) {
            q.push(format!("continue={}", encode(c)));
        }
        if q.is_empty() {
            String::new()
        } else {
            format!("?{}", q.join("&"))
        }
    }
}

/// Percent-encode a query value (everything but RFC 3986 unreserved characters).
pub(crate) fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// One page of a list; `namespace` `None` lists across all namespaces.
pub(crate) async fn list_page(
    cluster: &Cluster,
    res: &ApiResourceInfo,
    namespace: Option<&str>,
    params: &ListParams,
    accept: &str,
) -> Result<Bytes> {
    let path = format!("{}{}", res.collection_path(namespace), params.query());
    send(cluster, Method::GET, &path, accept, None).await
}

/// The pages of a list, each requested while the previous one is being printed: the
/// server prepares page N+1 while kctl renders page N, and only two pages are ever held.
pub(crate) struct Pages {
    cluster: Cluster,
    res: ApiResourceInfo,
    namespace: Option<String>,
    params: ListParams,
    accept: &'static str,
    started: bool,
    next: Option<tokio::task::JoinHandle<Result<Bytes>>>,
}

#[derive(serde::Deserialize)]
struct ContinueOnly {
    #[serde(default)]
    metadata: ContinueMeta,
}

#[derive(serde::Deserialize, Default)]
struct ContinueMeta {
    #[serde(rename = "continue", default)]
    continue_token: Option<String>,
}

impl Pages {
    pub(crate) fn new(
        cluster: &Cluster,
        res: &ApiResourceInfo,
        namespace: Option<&str>,
        params: &ListParams,
        accept: &'static str,
    ) -> Pages {
        Pages {
            cluster: cluster.clone(),
            res: res.clone(),
            namespace: namespace.map(str::to_string),
            params: params.clone(),
            accept,
            started: false,
            next: None,
        }
    }

    /// The next page, or `None` after the last; the page after it is already requested.
    pub(crate) async fn next_page(&mut self) -> Result<Option<Bytes>> {
        let bytes = match self.next.take() {
            Some(handle) => handle
                .await
                .map_err(|e| crate::error::Error::Connection(format!("a page request failed: {e}")))?
                .map_err(|e| list_error(e, &self.res, &self.params))?,
            None if !self.started => {
                self.started = true;
                list_page(
                    &self.cluster,
                    &self.res,
                    self.namespace.as_deref(),
                    &self.params,
                    self.accept,
                )
                .await
                .map_err(|e| list_error(e, &self.res, &self.params))?
            }
            None => return Ok(None),
        };
        let cont: ContinueOnly = serde_json::from_slice(&bytes)
            .map_err(|e| crate::error::Error::Decode(format!("cannot decode the server's response: {e}")))?;
        if let Some(token) = cont.metadata.continue_token.filter(|c| !c.is_empty()) {
            self.params.continue_token = Some(token);
            let (cluster, res, ns, params, accept) = (
                self.cluster.clone(),
                self.res.clone(),
                self.namespace.clone(),
                self.params.clone(),
                self.accept,
            );
            self.next = Some(tokio::spawn(async move {
                list_page(&cluster, &res, ns.as_deref(), &params, accept).await
            }));
            // Let the request go out before the caller starts rendering.
            tokio::task::yield_now().await;
        }
        Ok(Some(bytes))
    }
}

impl Drop for Pages {
    fn drop(&mut self) {
        if let Some(handle) = self.next.take() {
            handle.abort();
        }
    }
}

/// kubectl's wording for a list the server refused (BadRequest or NotFound): the resource
/// and the selectors, then the server's message.
pub(crate) fn list_error(e: crate::error::Error, res: &ApiResourceInfo, params: &ListParams) -> crate::error::Error {
    match e {
        crate::error::Error::Api(mut status) if status.code == 400 || status.code == 404 => {
            let gvr = format!("{}/{}, Resource={}", res.group, res.version, res.plural);
            let labels = params.label_selector.as_deref().unwrap_or_default();
            let fields = params.field_selector.as_deref().unwrap_or_default();
            status.message = if labels.is_empty() && fields.is_empty() {
                format!("Unable to list \"{gvr}\": {}", status.message)
            } else {
                format!(
                    "Unable to find \"{gvr}\" that match label selector \"{labels}\", field selector \"{fields}\": {}",
                    status.message
                )
            };
            crate::error::Error::Api(status)
        }
        other => other,
    }
}

/// One object by name.
pub(crate) async fn get_object(
    cluster: &Cluster,
    res: &ApiResourceInfo,
    namespace: Option<&str>,
    name: &str,
    accept: &str,
) -> Result<Bytes> {
    let path = format!("{}/{}", res.collection_path(namespace), encode(name));
    send(cluster, Method::GET, &path, accept, None).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_encoding() {
        let p = ListParams {
            label_selector: Some("app in (a,b),!x".into()),
            field_selector: Some("status.phase=Running".into()),
            limit: 500,
            continue_token: Some("abc=".into()),
        };
        assert_eq!(
            p.query(),
            "?labelSelector=app%20in%20%28a%2Cb%29%2C%21x&fieldSelector=status.phase%3DRunning&limit=500&continue=abc%3D"
        );
        assert_eq!(ListParams::default().query(), "");
    }
}
