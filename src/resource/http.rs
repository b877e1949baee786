//! Raw requests to the API server, with kubectl's `-v` request log, typed errors, and the
//! one retry policy of kctl (see [`send`]).

use std::time::Duration;

use bytes::Bytes;
use http::{HeaderMap, Method, Request, Response, StatusCode, header};
use http_body_util::BodyExt;
use kube::client::Body;
use tokio::time::Instant;

use super::config::Cluster;
use crate::error::{ConnectionKind, Error, Result, classify_transport, connection_error, from_kube, innermost};

/// `Accept` for plain JSON.
pub(crate) const ACCEPT_JSON: &str = "application/json";

/// `Accept` for a list of object metadata only: names without specs or statuses.
pub(crate) const ACCEPT_METADATA: &str =
    "application/json;as=PartialObjectMetadataList;g=meta.k8s.io;v=v1,application/json";

/// `Accept` for server-side tables, falling back to JSON when the server has none.
pub(crate) const ACCEPT_TABLE: &str =
    "application/json;as=Table;v=v1;g=meta.k8s.io,application/json;as=Table;v=v1beta1;g=meta.k8s.io,application/json";

/// Attempts of one request at most (the first one included). With [`FIRST_DELAY`] doubling up
/// to [`MAX_DELAY`], the waits are 0.2, 0.4, 0.8, 1.6, 3.2, 5 and 5 s: 16.2 s in all, enough
/// to ride out a kube-apiserver restart (about 7 s on the test machine with 3 s down).
pub(crate) const MAX_ATTEMPTS: u32 = 8;
/// Attempts at most when the connection cannot be made and no server has answered in this
/// run yet: a wrong address or a server that is down fails within a second, as kubectl's
/// does, instead of after the 16 s meant for a server that went away mid-run.
pub(crate) const FIRST_CONTACT_ATTEMPTS: u32 = 3;
/// The wait before the second attempt; it doubles after each further one.
pub(crate) const FIRST_DELAY: Duration = Duration::from_millis(200);
/// The longest wait between two attempts, unless the server asks for longer with `Retry-After`.
pub(crate) const MAX_DELAY: Duration = Duration::from_secs(5);
/// The longest `Retry-After` honoured (a longer one is cut to this).
pub(crate) const MAX_RETRY_AFTER: Duration = Duration::from_secs(10);

/// Some server answered in this run (any status): a refused connection is then a restart or
/// a blip worth riding out, not a wrong address.
static ANSWERED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Whether some server answered in this run (any status, any request).
pub(crate) fn answered_in_this_run() -> bool {
    ANSWERED.load(std::sync::atomic::Ordering::Relaxed)
}

/// The words that end the message of an [`ConnectionKind::OutcomeUnknown`] error.
pub(crate) const OUTCOME_UNKNOWN: &str = "the outcome is unknown";

/// True for the errors of a write that may have been applied although kctl heard no answer
/// (the connection broke, or `--request-timeout` ran out, after the request may have been
/// sent): the caller should look at the object's state before saying what happened.
pub(crate) fn outcome_unknown(err: &Error) -> bool {
    err.connection_kind() == Some(ConnectionKind::OutcomeUnknown)
}

/// One request; the body of a 2xx answer, or a typed error.
///
/// Every request of kctl goes through here (watch streams through [`open`]), so this is
/// where failures are retried, at most [`MAX_ATTEMPTS`] times, waiting [`FIRST_DELAY`]
/// doubling up to [`MAX_DELAY`] in between (`Retry-After` replaces the wait when the server
/// sends one, up to [`MAX_RETRY_AFTER`]). `-v 6` logs each retry. `--request-timeout`
/// (`Cluster::request_timeout`) bounds the whole call, retries and waits included; when it
/// runs out the call ends with a timeout error at once (a timeout is never retried).
///
/// Reads (GET, HEAD) are retried when:
/// - the connection could not be made (refused, reset, closed during the TLS handshake);
/// - the connection broke after the request was sent, before or while the answer arrived;
/// - the server answered 429, 500, 502, 503 or 504.
///
/// Writes (POST, PUT, PATCH, DELETE) are retried only when the server certainly did not act
/// on them: the connection could not be made (nothing was sent), or the server answered 429
/// (it rejects a request before doing anything with it). Never on a 5xx, never after a cut.
///
/// Never retried, whatever the method: a TLS or certificate failure, a host name that does
/// not resolve, a timeout, any other 4xx (401, 403, 404, 409, 422...).
///
/// **The contract for writes**, for callers that check an object's state after an uncertain
/// write:
/// - `Err(Error::Connection(e))` with [`outcome_unknown`] true (its kind is
///   [`ConnectionKind::OutcomeUnknown`]; the text ends with [`OUTCOME_UNKNOWN`]): the request may have reached the server and may have been applied
///   (connection cut or reset after sending, no answer within `--request-timeout`). It was
///   sent once and not repeated.
/// - `Err(Error::Api(status))` with `status.code >= 500`: the server answered a failure; it
///   was not repeated. A 500 or 504 (`reason: Timeout`) from kube-apiserver does not prove
///   that nothing was stored, so these may have been applied too.
/// - Any other error (`Error::Connection` of another kind, `Error::Api` below 500,
///   `Error::Unauthorized`, ...): the write was not applied, or the server said why it refused.
///   A 429 that outlasted the retries was rejected by the server every time.
pub(crate) async fn send(
    cluster: &Cluster,
    method: Method,
    path: &str,
    accept: &str,
    body: Option<Vec<u8>>,
) -> Result<Bytes> {
    let call = Call::new(cluster, method, path, accept, body.map(Bytes::from));
    call.with_retries(|| async { call.read_body(call.head().await?).await })
        .await
}

/// A GET whose answer is a stream (a watch): the response once the server answered 2xx,
/// with [`send`]'s retries and timeout up to that point. The body is the caller's to read.
pub(crate) async fn open(cluster: &Cluster, path: &str, accept: &str) -> Result<Response<Body>> {
    let call = Call::new(cluster, Method::GET, path, accept, None);
    call.with_retries(|| call.head()).await
}

/// The answer of [`get_if_changed`].
pub(crate) enum Fetched {
    /// `304 Not Modified`: the copy whose `ETag` was sent is current.
    NotModified,
    /// The document, and its `ETag` when the server sent one.
    Changed { bytes: Bytes, etag: Option<String> },
}

/// A GET sent with `If-None-Match: etag` (when given), with [`send`]'s retries and
/// timeout: `304 Not Modified` is an answer, not a failure.
pub(crate) async fn get_if_changed(cluster: &Cluster, path: &str, accept: &str, etag: Option<&str>) -> Result<Fetched> {
    let mut call = Call::new(cluster, Method::GET, path, accept, None);
    call.if_none_match = etag.map(str::to_owned);
    let call = &call;
    call.with_retries(|| async move {
        let res = call.head().await?;
        if res.status() == StatusCode::NOT_MODIFIED {
            return Ok(Fetched::NotModified);
        }
        let etag = res
            .headers()
            .get(header::ETAG)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned);
        let bytes = call.read_body(res).await?;
        Ok(Fetched::Changed { bytes, etag })
    })
    .await
}

/// Why one attempt failed.
enum AttemptFailure {
    /// Nothing was sent: the connection could not be made. `permanent`: TLS or DNS failures,
    /// which another attempt would not fix.
    NotSent {
        err: kube::Error,
        kind: ConnectionKind,
        permanent: bool,
    },
    /// The connection broke after the request may have been sent; the text says how.
    Cut(String),
    /// `--request-timeout` ran out (or the connector's own read/connect timeout did).
    TimedOut,
    /// The server answered with a failure status.
    Status(StatusCode, HeaderMap, Bytes),
    /// Anything else (a credential plugin failed, an invalid path): never retried.
    Fatal(Error),
}

/// One request's fixed parts, shared by its attempts.
struct Call<'a> {
    cluster: &'a Cluster,
    method: Method,
    path: &'a str,
    url: String,
    accept: &'a str,
    body: Option<Bytes>,
    /// `If-None-Match` (see [`get_if_changed`]).
    if_none_match: Option<String>,
    start: Instant,
    deadline: Option<Instant>,
}

impl<'a> Call<'a> {
    fn new(cluster: &'a Cluster, method: Method, path: &'a str, accept: &'a str, body: Option<Bytes>) -> Self {
        let start = Instant::now();
        Call {
            cluster,
            url: format!("{}{}", cluster.server, path),
            method,
            path,
            accept,
            body,
            if_none_match: None,
            start,
            deadline: cluster.request_timeout.map(|t| start + t),
        }
    }

    /// `once` until it succeeds or its failure is final, under `--request-timeout`.
    async fn with_retries<T, F, Fut>(&self, mut once: F) -> Result<T>
    where
        F: FnMut() -> Fut,
        Fut: Future<Output = Result<T, AttemptFailure>>,
    {
        let mut attempt = 1;
        loop {
            let failure = match self.bounded(once()).await {
                Ok(v) => return Ok(v),
                Err(f) => f,
            };
            match self.retry_after(&failure, attempt) {
                Some(delay) => {
                    self.log_retry(&failure, attempt, delay);
                    tokio::time::sleep(delay).await;
                    attempt += 1;
                }
                None => return Err(self.report(failure, attempt)),
            }
        }
    }

    /// A read: safe to repeat whatever happened to the previous attempt.
    fn is_read(&self) -> bool {
        matches!(self.method, Method::GET | Method::HEAD)
    }

    /// `fut`, ended by the deadline of `--request-timeout`.
    async fn bounded<T>(&self, fut: impl Future<Output = Result<T, AttemptFailure>>) -> Result<T, AttemptFailure> {
        match self.deadline {
            Some(d) => tokio::time::timeout_at(d, fut)
                .await
                .unwrap_or(Err(AttemptFailure::TimedOut)),
            None => fut.await,
        }
    }

    /// One attempt up to the answer's headers; a non-2xx answer is read whole into a failure.
    /// A 401 to a credential of the exec plugin's cache is sent once more with a fresh one.
    async fn head(&self) -> Result<Response<Body>, AttemptFailure> {
        let mut generation = None;
        let first = self.head_once(&mut generation).await;
        if let Err(AttemptFailure::Status(code, _, _)) = &first
            && *code == StatusCode::UNAUTHORIZED
            && let (Some(exec), Some(g)) = (&self.cluster.exec, generation)
            && exec.unauthorized(g).await.map_err(AttemptFailure::Fatal)?
        {
            return self.head_once(&mut generation).await;
        }
        first
    }

    /// One attempt; `generation`: that of the exec plugin's credential it was sent with.
    async fn head_once(&self, generation: &mut Option<u64>) -> Result<Response<Body>, AttemptFailure> {
        let mut builder = Request::builder()
            .method(self.method.clone())
            .uri(self.path)
            .header(header::ACCEPT, self.accept);
        if self.body.is_some() {
            builder = builder.header(header::CONTENT_TYPE, "application/json");
        }
        let mut client = None;
        if let Some(exec) = &self.cluster.exec {
            let prepared = exec.prepare().await.map_err(AttemptFailure::Fatal)?;
            if let Some(h) = prepared.header {
                builder = builder.header(header::AUTHORIZATION, h);
            }
            client = prepared.client;
            *generation = Some(prepared.generation);
        }
        if let Some(tag) = &self.if_none_match {
            builder = builder.header(header::IF_NONE_MATCH, tag.as_str());
        }
        let req = builder
            .body(self.body.clone().map(Body::from).unwrap_or_else(Body::empty))
            .map_err(|e| AttemptFailure::Fatal(Error::Usage(format!("invalid request path {}: {e}", self.path))))?;
        let cluster = self.cluster;
        if cluster.verbosity >= 8 {
            eprintln!("{} Request Headers: Accept: {}", log_prefix(), self.accept);
        }
        let sent = Instant::now();
        let res = match client.as_ref().unwrap_or(&cluster.client).send(req).await {
            Ok(res) => res,
            Err(e) => {
                if cluster.verbosity >= 6 {
                    eprintln!(
                        "{} {} {}  in {} milliseconds",
                        log_prefix(),
                        self.method,
                        self.url,
                        sent.elapsed().as_millis()
                    );
                }
                return Err(self.classify(e));
            }
        };
        ANSWERED.store(true, std::sync::atomic::Ordering::Relaxed);
        super::warnings::note(res.headers());
        let status = res.status();
        if cluster.verbosity >= 6 {
            eprintln!(
                "{} {} {} {} in {} milliseconds",
                log_prefix(),
                self.method,
                self.url,
                status,
                sent.elapsed().as_millis()
            );
        }
        if status.is_success() || (status == StatusCode::NOT_MODIFIED && self.if_none_match.is_some()) {
            return Ok(res);
        }
        let headers = res.headers().clone();
        let bytes = self.read_body(res).await?;
        Err(AttemptFailure::Status(status, headers, bytes))
    }

    /// The whole body of an answer (logged at `-v 9`); a connection that breaks meanwhile is cut.
    async fn read_body(&self, res: Response<Body>) -> Result<Bytes, AttemptFailure> {
        let bytes = res
            .into_body()
            .collect()
            .await
            .map_err(|e| AttemptFailure::Cut(describe_cut(&e)))?
            .to_bytes();
        self.log_body(&bytes);
        Ok(bytes)
    }

    /// `-v 9`: the answer's body (its first KiB).
    fn log_body(&self, bytes: &[u8]) {
        if self.cluster.verbosity >= 9 {
            eprintln!(
                "{} Response Body: {}",
                log_prefix(),
                super::redact::body_for_log(bytes, 1024)
            );
        }
    }

    /// Where a transport error happened: before anything was sent, or maybe after.
    fn classify(&self, err: kube::Error) -> AttemptFailure {
        // An exec plugin that failed to refresh the credential is final, and only from_kube
        // words it safely (kube's own text holds the plugin's stdout: the credential).
        if !matches!(err, kube::Error::Service(_) | kube::Error::HyperError(_)) || crate::error::is_auth_failure(&err) {
            return AttemptFailure::Fatal(from_kube(err, &self.cluster.origin));
        }
        let t = classify_transport(&err);
        if t.kind == ConnectionKind::Timeout {
            AttemptFailure::TimedOut
        } else if t.not_sent {
            let permanent = t.kind == ConnectionKind::Dns || t.tls_rejected;
            AttemptFailure::NotSent {
                err,
                kind: t.kind,
                permanent,
            }
        } else {
            AttemptFailure::Cut(describe_cut(&err))
        }
    }

    /// How long to wait before the next attempt, or `None` when this failure is final.
    fn retry_after(&self, failure: &AttemptFailure, attempt: u32) -> Option<Duration> {
        let answered = answered_in_this_run();
        let delay = retry_delay(self.is_read(), answered, failure, attempt)?;
        // No point in waiting past `--request-timeout`.
        if self.deadline.is_some_and(|d| Instant::now() + delay >= d) {
            return None;
        }
        Some(delay)
    }

    /// `-v 6`: why the attempt failed and when the next one goes.
    fn log_retry(&self, failure: &AttemptFailure, attempt: u32, delay: Duration) {
        if self.cluster.verbosity < 6 {
            return;
        }
        let most = if matches!(failure, AttemptFailure::NotSent { .. })
            && !ANSWERED.load(std::sync::atomic::Ordering::Relaxed)
        {
            FIRST_CONTACT_ATTEMPTS
        } else {
            MAX_ATTEMPTS
        };
        let why = match failure {
            AttemptFailure::Status(code, headers, _) if retry_after_header(headers).is_some() => {
                // client-go's words for it.
                eprintln!(
                    "{} Got a Retry-After {}s response for attempt {attempt} to {}",
                    log_prefix(),
                    delay.as_secs(),
                    self.url
                );
                eprintln!(
                    "{} the server answered {code}; retrying {} {} in {} (attempt {} of {most})",
                    log_prefix(),
                    self.method,
                    self.url,
                    secs(delay),
                    attempt + 1
                );
                return;
            }
            AttemptFailure::Status(code, _, _) => format!("the server answered {code}"),
            AttemptFailure::NotSent { err, .. } => format!("cannot connect ({})", innermost(err)),
            AttemptFailure::Cut(why) => why.clone(),
            AttemptFailure::TimedOut | AttemptFailure::Fatal(_) => return,
        };
        eprintln!(
            "{} {why}; retrying {} {} in {} (attempt {} of {most})",
            log_prefix(),
            self.method,
            self.url,
            secs(delay),
            attempt + 1
        );
    }

    /// The error for the last failure, saying how many attempts were made when there were several.
    fn report(&self, failure: AttemptFailure, attempts: u32) -> Error {
        let server = &self.cluster.server;
        let (method, url) = (&self.method, &self.url);
        let tries = if attempts > 1 {
            format!("; gave up after {attempts} attempts in {}", secs(self.start.elapsed()))
        } else {
            String::new()
        };
        match failure {
            AttemptFailure::Fatal(e) => e,
            AttemptFailure::NotSent { err, kind, .. } => match connection_error(kind, &err, &self.cluster.origin) {
                Error::Connection(mut c) if attempts > 1 => {
                    c.message = format!("{} ({method} {url}{tries})", c.message);
                    Error::Connection(c)
                }
                other => other,
            },
            AttemptFailure::Cut(why) if self.is_read() => Error::connection(
                ConnectionKind::Reset,
                format!("Unable to connect to the server {server}: {why} ({method} {url}{tries})"),
            ),
            AttemptFailure::Cut(why) => Error::connection(
                ConnectionKind::OutcomeUnknown,
                format!(
                    "Unable to connect to the server {server}: {why} ({method} {url}): the request may or may not have been applied, {OUTCOME_UNKNOWN}"
                ),
            ),
            AttemptFailure::TimedOut => {
                // Without --request-timeout, the connector's own connect timeout ran out.
                let t = match self.cluster.request_timeout {
                    Some(t) => format!("{t:?}"),
                    None => secs(self.start.elapsed()),
                };
                let (kind, unknown) = if self.is_read() {
                    (ConnectionKind::Timeout, String::new())
                } else {
                    (
                        ConnectionKind::OutcomeUnknown,
                        format!("; the request may or may not have been applied, {OUTCOME_UNKNOWN}"),
                    )
                };
                Error::connection(
                    kind,
                    format!(
                        "Unable to connect to the server {server}: the request timed out after {t} ({method} {url}{tries}){unknown}; check the server or raise --request-timeout"
                    ),
                )
            }
            AttemptFailure::Status(code, _, _) if code == StatusCode::UNAUTHORIZED => {
                crate::error::unauthorized(&self.cluster.origin)
            }
            AttemptFailure::Status(code, _, bytes) => match status_error(code.as_u16(), &bytes) {
                Error::Api(mut status) if attempts > 1 => {
                    status.message = format!(
                        "{} (gave up after {attempts} attempts in {})",
                        status.message,
                        secs(self.start.elapsed())
                    );
                    Error::Api(status)
                }
                other => other,
            },
        }
    }
}

/// The wait before attempt `attempt + 1` after `failure`, or `None` when it is final: the
/// policy documented on [`send`], without the `--request-timeout` deadline.
fn retry_delay(read: bool, answered: bool, failure: &AttemptFailure, attempt: u32) -> Option<Duration> {
    if attempt >= MAX_ATTEMPTS {
        return None;
    }
    if !answered && attempt >= FIRST_CONTACT_ATTEMPTS && matches!(failure, AttemptFailure::NotSent { .. }) {
        return None;
    }
    let backoff = FIRST_DELAY
        .saturating_mul(2u32.saturating_pow(attempt.saturating_sub(1)))
        .min(MAX_DELAY);
    match failure {
        AttemptFailure::NotSent { permanent: false, .. } => Some(backoff),
        AttemptFailure::Cut(_) if read => Some(backoff),
        AttemptFailure::Status(code, headers, _)
            if *code == StatusCode::TOO_MANY_REQUESTS || (read && matches!(code.as_u16(), 500 | 502 | 503 | 504)) =>
        {
            Some(retry_after_header(headers).unwrap_or(backoff))
        }
        _ => None,
    }
}

/// What a connection that broke after sending looks like, in words.
fn describe_cut(err: &(dyn std::error::Error + 'static)) -> String {
    format!(
        "the connection was cut before the whole answer arrived ({})",
        innermost(err)
    )
}

/// `Retry-After` in seconds (the form kube-apiserver sends), capped at [`MAX_RETRY_AFTER`].
fn retry_after_header(headers: &HeaderMap) -> Option<Duration> {
    let secs: u64 = headers.get(header::RETRY_AFTER)?.to_str().ok()?.trim().parse().ok()?;
    Some(Duration::from_secs(secs).min(MAX_RETRY_AFTER))
}

/// `0.4s`, `16.2s`.
fn secs(d: Duration) -> String {
    format!("{:.1}s", d.as_secs_f64())
}
/// The typed error for a failed answer: its `Status` when it is one, else one built from the text.
pub(crate) fn status_error(code: u16, body: &[u8]) -> Error {
    if let Ok(mut status) = serde_json::from_slice::<kube::core::Status>(body)
        && (status.code != 0 || !status.message.is_empty())
    {
        if status.code == 0 {
            status.code = code;
        }
        return Error::Api(Box::new(status));
    }
    // A body that is JSON but not a Status (a 404 of an unknown path lists the root paths)
    // is not text: client-go's generic message for the code, as kubectl prints it.
    if serde_json::from_slice::<serde_json::Value>(body).is_ok_and(|v| v.is_object()) {
        return generic_status_error(code);
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

/// client-go's `NewGenericServerResponse` for an answer without a Status or text.
fn generic_status_error(code: u16) -> Error {
    let (reason, message) = match code {
        409 => ("Conflict", "the server reported a conflict".to_string()),
        404 => (
            "NotFound",
            "the server could not find the requested resource".to_string(),
        ),
        400 => (
            "BadRequest",
            "the server rejected our request for an unknown reason".to_string(),
        ),
        401 => (
            "Unauthorized",
            "the server has asked for the client to provide credentials".to_string(),
        ),
        403 | 406 | 415 => (
            match code {
                403 => "Forbidden",
                406 => "NotAcceptable",
                _ => "UnsupportedMediaType",
            },
            "unknown".to_string(),
        ),
        405 => (
            "MethodNotAllowed",
            "the server does not allow this method on the requested resource".to_string(),
        ),
        422 => (
            "Invalid",
            "the server rejected our request due to an error in our request".to_string(),
        ),
        503 => (
            "ServiceUnavailable",
            "the server is currently unable to handle the request".to_string(),
        ),
        504 => (
            "Timeout",
            "the server was unable to return a response in the time allotted, but may still be processing the request"
                .to_string(),
        ),
        429 => (
            "TooManyRequests",
            "the server has received too many requests and has asked us to try again later".to_string(),
        ),
        c if c >= 500 => (
            "InternalError",
            "an error on the server (\"unknown\") has prevented the request from succeeding".to_string(),
        ),
        c => (
            "",
            format!("the server responded with the status code {c} but did not return more information"),
        ),
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
    let t = crate::time::civil_from_unix(now.as_secs() as i64);
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_bodies_without_a_status_get_client_go_messages() {
        let e = status_error(404, br#"{"paths":["/api"]}"#);
        assert_eq!(
            e.render(),
            "Error from server (NotFound): the server could not find the requested resource"
        );
    }

    fn status(code: u16, retry_after: Option<&str>) -> AttemptFailure {
        let mut headers = HeaderMap::new();
        if let Some(v) = retry_after {
            headers.insert(header::RETRY_AFTER, v.parse().unwrap());
        }
        AttemptFailure::Status(StatusCode::from_u16(code).unwrap(), headers, Bytes::new())
    }

    fn not_sent(permanent: bool) -> AttemptFailure {
        AttemptFailure::NotSent {
            err: kube::Error::Service("client error (Connect)".into()),
            kind: ConnectionKind::Refused,
            permanent,
        }
    }

    #[test]
    fn backoff_doubles_to_its_cap_and_stops_after_the_last_attempt() {
        let waits: Vec<_> = (1..=MAX_ATTEMPTS)
            .map(|a| retry_delay(true, true, &not_sent(false), a))
            .collect();
        let ms = |m| Some(Duration::from_millis(m));
        assert_eq!(
            waits,
            vec![ms(200), ms(400), ms(800), ms(1600), ms(3200), ms(5000), ms(5000), None]
        );
    }

    #[test]
    fn refused_before_any_answer_fails_fast() {
        let tries = |answered| {
            (1..=MAX_ATTEMPTS)
                .take_while(|&a| retry_delay(true, answered, &not_sent(false), a).is_some())
                .count() as u32
                + 1
        };
        assert_eq!(tries(false), FIRST_CONTACT_ATTEMPTS);
        assert_eq!(tries(true), MAX_ATTEMPTS);
        // A server that answers 503 has answered: the full count.
        assert!(retry_delay(true, false, &status(503, None), FIRST_CONTACT_ATTEMPTS).is_some());
    }

    #[test]
    fn reads_retry_cuts_and_server_errors_writes_do_not() {
        let cut = || AttemptFailure::Cut("the connection was cut".into());
        assert!(retry_delay(true, true, &cut(), 1).is_some());
        assert!(retry_delay(false, true, &cut(), 1).is_none());
        for code in [500, 502, 503, 504] {
            assert!(retry_delay(true, true, &status(code, None), 1).is_some(), "{code}");
            assert!(retry_delay(false, true, &status(code, None), 1).is_none(), "{code}");
        }
        for code in [400, 401, 403, 404, 409, 422, 501] {
            assert!(retry_delay(true, true, &status(code, None), 1).is_none(), "{code}");
        }
        // Nothing was sent: safe for writes too; TLS and DNS failures are final.
        assert!(retry_delay(false, true, &not_sent(false), 1).is_some());
        assert!(retry_delay(true, true, &not_sent(true), 1).is_none());
        assert!(retry_delay(true, true, &AttemptFailure::TimedOut, 1).is_none());
    }

    #[test]
    fn too_many_requests_honours_retry_after_capped_on_reads_and_writes() {
        for read in [true, false] {
            assert_eq!(
                retry_delay(read, true, &status(429, Some("3")), 1),
                Some(Duration::from_secs(3))
            );
            assert_eq!(
                retry_delay(read, true, &status(429, Some("3600")), 1),
                Some(MAX_RETRY_AFTER)
            );
            // An HTTP date is not what kube-apiserver sends: the backoff applies.
            assert_eq!(
                retry_delay(read, true, &status(429, Some("Wed, 21 Oct 2015 07:28:00 GMT")), 2),
                Some(Duration::from_millis(400))
            );
        }
        assert_eq!(
            retry_delay(true, true, &status(503, Some("2")), 1),
            Some(Duration::from_secs(2))
        );
    }

    #[test]
    fn only_unknown_outcomes_say_so() {
        assert!(outcome_unknown(&Error::connection(
            ConnectionKind::OutcomeUnknown,
            format!("Unable to connect: cut: the request may or may not have been applied, {OUTCOME_UNKNOWN}")
        )));
        assert!(!outcome_unknown(&Error::connection(
            ConnectionKind::Refused,
            "The connection to the server x was refused".into()
        )));
        // The kind decides, not the words.
        assert!(!outcome_unknown(&Error::connection(
            ConnectionKind::Reset,
            OUTCOME_UNKNOWN.into()
        )));
        assert!(!outcome_unknown(&Error::Usage(OUTCOME_UNKNOWN.into())));
    }
}
