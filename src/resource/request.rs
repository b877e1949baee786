//! The one place that builds request URLs: a path (a group-version, a collection, an
//! object, a subresource) and a query whose keys are written in sorted order, as client-go's
//! `url.Values.Encode` writes them, so `-v 6` lines read like kubectl's
//! (`...?continue=X&limit=10`, `?fieldSelector=..&labelSelector=..&limit=500`).
//!
//! A [`Request`] is sent through [`super::http::send`] or opened through
//! [`super::http::open`]: every request of kctl goes through their retries and `-v` log.

use std::collections::BTreeMap;

use bytes::Bytes;
use http::{Method, Response};
use kube::client::Body;

use super::config::Cluster;
use super::http::{ACCEPT_JSON, open, send};
use super::info::ApiResourceInfo;
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

/// One request to the API server: method, path, query, `Accept` and body.
#[derive(Debug, Clone)]
pub(crate) struct Request {
    method: Method,
    path: String,
    /// Sorted by key: the order client-go writes a query in.
    query: BTreeMap<&'static str, String>,
    accept: &'static str,
    body: Option<Vec<u8>>,
}

impl Request {
    /// A GET of `path` (already escaped), accepting JSON.
    pub(crate) fn get(path: impl Into<String>) -> Request {
        Request {
            method: Method::GET,
            path: path.into(),
            query: BTreeMap::new(),
            accept: ACCEPT_JSON,
            body: None,
        }
    }

    /// A GET of the collection of `res`, in `namespace` when `res` is namespaced and one is
    /// given (else across all namespaces, or a cluster-scoped collection).
    pub(crate) fn collection(res: &ApiResourceInfo, namespace: Option<&str>) -> Request {
        let base = group_version_path(&res.group, &res.version);
        let path = match namespace {
            Some(ns) if res.namespaced => format!("{base}/namespaces/{}/{}", path_segment(ns), res.plural),
            _ => format!("{base}/{}", res.plural),
        };
        Request::get(path)
    }

    /// A GET of the object `name` of `res`.
    pub(crate) fn object(res: &ApiResourceInfo, namespace: Option<&str>, name: &str) -> Request {
        Request::collection(res, namespace).subresource(name)
    }

    /// The path with one more segment: an object's name, or a subresource (`status`, `log`).
    pub(crate) fn subresource(mut self, segment: &str) -> Request {
        self.path.push('/');
        self.path.push_str(&path_segment(segment));
        self
    }

    pub(crate) fn method(mut self, method: Method) -> Request {
        self.method = method;
        self
    }

    pub(crate) fn accept(mut self, accept: &'static str) -> Request {
        self.accept = accept;
        self
    }

    /// A JSON body.
    pub(crate) fn body(mut self, body: Vec<u8>) -> Request {
        self.body = Some(body);
        self
    }

    /// Set one query parameter (`value` unescaped); an empty value sets nothing.
    pub(crate) fn param(mut self, key: &'static str, value: impl Into<String>) -> Request {
        let value = value.into();
        if !value.is_empty() {
            self.query.insert(key, value);
        }
        self
    }

    /// `labelSelector` and `fieldSelector`, when set.
    pub(crate) fn selectors(self, params: &ListParams) -> Request {
        self.param("labelSelector", params.label_selector.clone().unwrap_or_default())
            .param("fieldSelector", params.field_selector.clone().unwrap_or_default())
    }

    /// A list page: the selectors, `limit` (when not 0) and `continue`.
    pub(crate) fn list(self, params: &ListParams) -> Request {
        self.selectors(params)
            .limit(params.limit)
            .param("continue", params.continue_token.clone().unwrap_or_default())
    }

    /// Pages of at most `limit` items (0: everything at once).
    pub(crate) fn limit(self, limit: u32) -> Request {
        match limit {
            0 => self,
            n => self.param("limit", n.to_string()),
        }
    }

    /// The page after the one that answered with `token`.
    pub(crate) fn continue_from(self, token: &str) -> Request {
        self.param("continue", token)
    }

    /// A watch from `resource_version` (none: from now), with bookmarks, that the server
    /// ends after `timeout_secs`.
    pub(crate) fn watch(self, resource_version: Option<&str>, timeout_secs: u64) -> Request {
        self.param("watch", "true")
            .param("allowWatchBookmarks", "true")
            .param("resourceVersion", resource_version.unwrap_or_default())
            .param("timeoutSeconds", timeout_secs.to_string())
    }

    /// Table rows that carry their whole object (`includeObject=Object`).
    pub(crate) fn include_object(self) -> Request {
        self.param("includeObject", "Object")
    }

    /// `dryRun=All` when `dry_run`, and `fieldManager` when not empty.
    pub(crate) fn write_options(self, dry_run: bool, field_manager: &str) -> Request {
        self.param("dryRun", if dry_run { "All" } else { "" })
            .param("fieldManager", field_manager)
    }

    /// The path and query, as sent and logged: `/api/v1/pods?continue=X&limit=10`.
    pub(crate) fn uri(&self) -> String {
        let mut out = self.path.clone();
        for (i, (k, v)) in self.query.iter().enumerate() {
            out.push(if i == 0 { '?' } else { '&' });
            out.push_str(k);
            out.push('=');
            out.push_str(&query_escape(v));
        }
        out
    }

    /// Send it through [`send`]: the body of a 2xx answer, or a typed error.
    pub(crate) async fn send(&self, cluster: &Cluster) -> Result<Bytes> {
        send(
            cluster,
            self.method.clone(),
            &self.uri(),
            self.accept,
            self.body.clone(),
        )
        .await
    }

    /// Open it through [`open`] (a GET whose answer is read as a stream).
    pub(crate) async fn open(&self, cluster: &Cluster) -> Result<Response<Body>> {
        open(cluster, &self.uri(), self.accept).await
    }
}

/// `/api/v1` or `/apis/apps/v1`.
pub(crate) fn group_version_path(group: &str, version: &str) -> String {
    if group.is_empty() {
        format!("/api/{version}")
    } else {
        format!("/apis/{group}/{version}")
    }
}

/// Go's `url.QueryEscape`: RFC 3986 unreserved characters as they are, a space as `+`,
/// every other byte percent-encoded.
fn query_escape(s: &str) -> String {
    escape(s, true)
}

/// A path segment (an object's name): as [`query_escape`], but a space is `%20`.
fn path_segment(s: &str) -> String {
    escape(s, false)
}

fn escape(s: &str, space_as_plus: bool) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(b as char);
        } else if b == b' ' && space_as_plus {
            out.push('+');
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn res(group: &str, plural: &str, namespaced: bool) -> ApiResourceInfo {
        ApiResourceInfo {
            group: group.into(),
            version: "v1".into(),
            plural: plural.into(),
            singular: String::new(),
            kind: String::new(),
            short_names: vec![],
            categories: vec![],
            verbs: vec![],
            namespaced,
            preferred: true,
        }
    }

    #[test]
    fn paths() {
        let pods = res("", "pods", true);
        assert_eq!(
            Request::collection(&pods, Some("ns")).uri(),
            "/api/v1/namespaces/ns/pods"
        );
        assert_eq!(Request::collection(&pods, None).uri(), "/api/v1/pods");
        assert_eq!(
            Request::object(&pods, Some("ns"), "a b").uri(),
            "/api/v1/namespaces/ns/pods/a%20b"
        );
        let crb = res("rbac.authorization.k8s.io", "clusterrolebindings", false);
        assert_eq!(
            Request::object(&crb, Some("ns"), "x").subresource("status").uri(),
            "/apis/rbac.authorization.k8s.io/v1/clusterrolebindings/x/status"
        );
        assert_eq!(group_version_path("apps", "v1"), "/apis/apps/v1");
    }

    #[test]
    fn query_keys_are_sorted_as_client_go_writes_them() {
        let pods = res("", "pods", true);
        let params = ListParams {
            label_selector: Some("app in (a,b),!x".into()),
            field_selector: Some("status.phase=Running".into()),
            limit: 500,
            continue_token: None,
        };
        assert_eq!(
            Request::collection(&pods, None).list(&params).uri(),
            "/api/v1/pods?fieldSelector=status.phase%3DRunning&labelSelector=app+in+%28a%2Cb%29%2C%21x&limit=500"
        );
        let page2 = Request::collection(&pods, None)
            .list(&ListParams {
                limit: 10,
                ..Default::default()
            })
            .continue_from("abc=");
        assert_eq!(page2.uri(), "/api/v1/pods?continue=abc%3D&limit=10");
        let watch = Request::collection(&pods, Some("n"))
            .selectors(&ListParams {
                field_selector: Some("metadata.name=x".into()),
                ..Default::default()
            })
            .watch(Some("42"), 290);
        assert_eq!(
            watch.uri(),
            "/api/v1/namespaces/n/pods?allowWatchBookmarks=true&fieldSelector=metadata.name%3Dx&resourceVersion=42&timeoutSeconds=290&watch=true"
        );
        assert_eq!(
            Request::collection(&pods, None)
                .write_options(true, "kctl create")
                .uri(),
            "/api/v1/pods?dryRun=All&fieldManager=kctl+create"
        );
        // Empty values are left out and set nothing; nothing at all leaves no `?`.
        assert_eq!(
            Request::collection(&pods, None)
                .list(&ListParams::default())
                .write_options(false, "")
                .watch(None, 1)
                .uri(),
            "/api/v1/pods?allowWatchBookmarks=true&timeoutSeconds=1&watch=true"
        );
        assert_eq!(
            Request::collection(&pods, None).list(&ListParams::default()).uri(),
            "/api/v1/pods"
        );
        // Selectors set first are kept by a page request that has none of its own.
        let by_name = ListParams {
            field_selector: Some("metadata.name=x".into()),
            ..Default::default()
        };
        assert_eq!(
            Request::collection(&pods, None)
                .selectors(&by_name)
                .list(&ListParams::default())
                .limit(5)
                .uri(),
            "/api/v1/pods?fieldSelector=metadata.name%3Dx&limit=5"
        );
    }
}
