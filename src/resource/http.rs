//! Raw requests to the API server, with kubectl's `-v` request log and typed errors.

use std::time::Instant;

use bytes::Bytes;
use http::{Method, Request, header};
use http_body_util::BodyExt;
use kube::client::Body;

use super::config::Cluster;
use crate::error::{Error, Result, from_kube};

/// `Accept` for plain JSON.
pub const ACCEPT_JSON: &str = "application/json";

/// `Accept` for server-side tables, falling back to JSON when the server has none.
pub const ACCEPT_TABLE: &str =
    "application/json;as=Table;v=v1;g=meta.k8s.io,application/json;as=Table;v=v1beta1;g=meta.k8s.io,application/json";

/// One request; the body of a 2xx answer, or a typed error.
pub async fn send(cluster: &Cluster, method: Method, path: &str, accept: &str, body: Option<Vec<u8>>) -> Result<Bytes> {
    let url = format!("{}{}", cluster.server, path);
    let mut builder = Request::builder()
        .method(method.clone())
        .uri(path)
        .header(header::ACCEPT, accept);
    if body.is_some() {
        builder = builder.header(header::CONTENT_TYPE, "application/json");
    }
    let req = builder
        .body(body.map(Body::from).unwrap_or_else(Body::empty))
        .map_err(|e| Error::Usage(format!("invalid request path {path}: {e}")))?;
    if cluster.verbosity >= 8 {
        eprintln!("{} Request Headers: Accept: {accept}", log_prefix());
    }
    let start = Instant::now();
    let fut = async {
        let res = cluster.client.send(req).await?;
        let status = res.status();
        let bytes = res
            .into_body()
            .collect()
            .await
            .map_err(|e| kube::Error::Service(Box::new(e)))?
            .to_bytes();
        Ok::<_, kube::Error>((status, bytes))
    };
    let outcome = match cluster.request_timeout {
        Some(t) => match tokio::time::timeout(t, fut).await {
            Ok(r) => r,
            Err(_) => {
                return Err(Error::Connection(format!(
                    "Unable to connect to the server {}: the request timed out after {t:?} ({method} {url}); check the server or raise --request-timeout",
                    cluster.server
                )));
            }
        },
        None => fut.await,
    };
    let (status, bytes) = match outcome {
        Ok(v) => v,
        Err(e) => {
            if cluster.verbosity >= 6 {
                eprintln!(
                    "{} {method} {url}  in {} milliseconds",
                    log_prefix(),
                    start.elapsed().as_millis()
                );
            }
            return Err(from_kube(e, &cluster.origin));
        }
    };
    if cluster.verbosity >= 6 {
        eprintln!(
            "{} {method} {url} {} in {} milliseconds",
            log_prefix(),
            status,
            start.elapsed().as_millis()
        );
    }
    if cluster.verbosity >= 9 {
        eprintln!(
            "{} Response Body: {}",
            log_prefix(),
            String::from_utf8_lossy(&bytes[..bytes.len().min(1024)])
        );
    }
    if status.is_success() {
        return Ok(bytes);
    }
    if status == http::StatusCode::UNAUTHORIZED {
        return Err(crate::error::unauthorized(&cluster.origin));
    }
    Err(status_error(status.as_u16(), &bytes))
}

/// The typed error for a failed answer: its `Status` when it is one, else one built from the text.
pub fn status_error(code: u16, body: &[u8]) -> Error {
    if let Ok(mut status) = serde_json::from_slice::<kube::core::Status>(body)
        && (status.code != 0 || !status.message.is_empty())
    {
        if status.code == 0 {
            status.code = code;
        }
        return Error::Api(Box::new(status));
    }
    let text = String::from_utf8_lossy(body).trim().to_string();
    let reason = match code {
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "NotFound",
        405 => "MethodNotAllowed",
        409 => "Conflict",
        429 => "TooManyRequests",
        500 => "InternalError",
        503 => "ServiceUnavailable",
        504 => "Timeout",
        _ => "",
    };
    let message = if text.is_empty() {
        format!("the server responded with the status code {code} but did not return more information")
    } else {
        format!("the server rejected our request for an unknown reason ({text})")
    };
    Error::Api(Box::new(kube::core::Status {
        status: Some(kube::core::response::StatusSummary::Failure),
        code,
        message,
        reason: reason.to_string(),
        ..Default::default()
    }))
}

/// klog's line prefix, so `-v` output reads like kubectl's.
pub(crate) fn log_prefix() -> String {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap_or_default();
    let t = crate::output::age::civil_from_unix(now.as_secs() as i64);
    format!(
        "I{:02}{:02} {:02}:{:02}:{:02}.{:06} {:>7} request.go]",
        t.month,
        t.day,
        t.hour,
        t.minute,
        t.second,
        now.subsec_micros(),
        std::process::id()
    )
}
