//! The API calls `get` needs: the pages of a list, one object.

use bytes::Bytes;

use super::config::Cluster;
use super::info::ApiResourceInfo;
pub(crate) use super::request::ListParams;
use super::request::Request;
use crate::error::{ConnectionKind, Error, Result};

/// The pages of a list, each requested while the previous one is being printed: the
/// server prepares page N+1 while kctl renders page N, and only two pages are ever held.
/// The one list-paging loop of kctl (get, delete and watch use it).
pub(crate) struct Pages {
    cluster: Cluster,
    /// The first page's request; each next one continues from the token of the last.
    request: Request,
    /// For kubectl's wording of a refused list ([`list_error`]): the resource and selectors.
    wording: Option<(ApiResourceInfo, ListParams)>,
    started: bool,
    next: Option<tokio::task::JoinHandle<Result<Bytes>>>,
}

/// The only part of a list page the pager reads.
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
    /// The pages of `res` in `namespace` (`None`: all namespaces) that `params` select, a
    /// refused list worded as kubectl words it.
    pub(crate) fn new(
        cluster: &Cluster,
        res: &ApiResourceInfo,
        namespace: Option<&str>,
        params: &ListParams,
        accept: &'static str,
    ) -> Pages {
        let request = Request::collection(res, namespace).list(params).accept(accept);
        let mut pages = Pages::of(cluster, request);
        pages.wording = Some((res.clone(), params.clone()));
        pages
    }

    /// The pages of a list `request`, its errors as the server words them.
    pub(crate) fn of(cluster: &Cluster, request: Request) -> Pages {
        Pages {
            cluster: cluster.clone(),
            request,
            wording: None,
            started: false,
            next: None,
        }
    }

    /// The next page, or `None` after the last; the page after it is already requested.
    pub(crate) async fn next_page(&mut self) -> Result<Option<Bytes>> {
        let page = match self.next.take() {
            Some(handle) => handle
                .await
                .map_err(|e| Error::connection(ConnectionKind::Other, format!("a page request failed: {e}")))?,
            None if !self.started => {
                self.started = true;
                self.request.send(&self.cluster).await
            }
            None => return Ok(None),
        };
        let bytes = page.map_err(|e| match &self.wording {
            Some((res, params)) => list_error(e, res, params),
            None => e,
        })?;
        let cont: ContinueOnly = serde_json::from_slice(&bytes)
            .map_err(|e| Error::Decode(format!("cannot decode the server's response: {e}")))?;
        if let Some(token) = cont.metadata.continue_token.filter(|c| !c.is_empty()) {
            let (cluster, request) = (self.cluster.clone(), self.request.clone().continue_from(&token));
            self.next = Some(tokio::spawn(async move { request.send(&cluster).await }));
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
pub(crate) fn list_error(e: Error, res: &ApiResourceInfo, params: &ListParams) -> Error {
    match e {
        Error::Api(mut status) if status.code == 400 || status.code == 404 => {
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
            Error::Api(status)
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
    accept: &'static str,
) -> Result<Bytes> {
    Request::object(res, namespace, name).accept(accept).send(cluster).await
}
/// One object of a metadata-only list page: what picking objects by selector needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Listed {
    pub(crate) name: String,
    /// `None` for cluster-scoped resources.
    pub(crate) namespace: Option<String>,
    pub(crate) uid: Option<String>,
}

/// The objects of one page of a (metadata-only) list of `res`, in the server's order; an
/// empty list's `"items": null` reads as none.
pub(crate) fn listed(bytes: &[u8], res: &ApiResourceInfo) -> Result<Vec<Listed>> {
    #[derive(serde::Deserialize)]
    struct Page {
        #[serde(default)]
        items: Option<Vec<serde_json::Value>>,
    }
    let page: Page = serde_json::from_slice(bytes)
        .map_err(|e| Error::Decode(format!("cannot decode the server's response: {e}")))?;
    let text = |item: &serde_json::Value, path: &str| {
        item.pointer(path)
            .and_then(serde_json::Value::as_str)
            .map(str::to_string)
    };
    Ok(page
        .items
        .unwrap_or_default()
        .iter()
        .map(|item| Listed {
            name: text(item, "/metadata/name").unwrap_or_default(),
            namespace: if res.namespaced {
                text(item, "/metadata/namespace")
            } else {
                None
            },
            uid: text(item, "/metadata/uid"),
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn res(namespaced: bool) -> ApiResourceInfo {
        ApiResourceInfo {
            group: String::new(),
            version: "v1".into(),
            plural: "configmaps".into(),
            singular: "configmap".into(),
            kind: "ConfigMap".into(),
            short_names: Vec::new(),
            categories: Vec::new(),
            verbs: Vec::new(),
            namespaced,
            preferred: true,
        }
    }

    #[test]
    fn listed_reads_names_namespaces_and_uids() {
        let page = br#"{"items":[{"metadata":{"name":"a","namespace":"n","uid":"u1"}},{"metadata":{"name":"b","namespace":"n"}}]}"#;
        let got = listed(page, &res(true)).unwrap();
        assert_eq!(
            got,
            [
                Listed {
                    name: "a".into(),
                    namespace: Some("n".into()),
                    uid: Some("u1".into())
                },
                Listed {
                    name: "b".into(),
                    namespace: Some("n".into()),
                    uid: None
                },
            ]
        );
        // Cluster-scoped: no namespace; an empty list's items may be null.
        assert_eq!(listed(page, &res(false)).unwrap()[0].namespace, None);
        assert!(listed(br#"{"items":null}"#, &res(true)).unwrap().is_empty());
        assert!(listed(b"{", &res(true)).is_err());
    }
}
