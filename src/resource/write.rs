//! Writes to the API server: create (POST) and delete (DELETE), never blindly repeated.
//!
//! A write that fails before it reached the server (the connection was refused) is sent
//! again while the server is coming back (it answered earlier in the run, so this is a
//! restart), for up to [`OUTAGE_WAIT`]. A write whose connection failed after it was sent
//! (cut, reset, timed out) may or may not have been applied: kctl never sends it again, but
//! looks at the object (a GET, retried while the server is away) and reports what happened:
//!
//! - create: the object counts as created by this request when it exists and
//!   1. was created no earlier than the moment the POST was sent, by the server's clock (the
//!      `Date` of the GET's answer, less the time elapsed since the POST was sent, less one
//!      second for the one-second precision of both);
//!   2. carries every label and annotation kctl sent, with the same values (the server never
//!      rewrites those);
//!   3. has a `managedFields` entry of kctl's field manager, when it has any (the server
//!      records none for an object without fields, such as an empty ConfigMap; a manifest
//!      carrying its own `managedFields` skips this rule);
//!   4. is not an object this run already created (the same name twice in the input).
//!
//!   An object that is absent (twice, a second apart) was not created; one that exists but
//!   fails a rule exists, but was not created by this request (kubectl would have said
//!   AlreadyExists). What the rule cannot tell apart: an object of the same name, labels and
//!   annotations made by the same field manager in the second or two before the POST.
//! - delete: absent, replaced by another object (another UID) or being deleted
//!   (`deletionTimestamp`) means deleted; present and not being deleted (twice, a second
//!   apart) means not deleted.
//!
//! When the look fails too, the outcome is reported as unknown. After Ctrl-C no write
//! starts; one in flight gets [`GRACE`] to finish (and to be looked at), then is unknown.

use std::collections::HashSet;
use std::sync::Mutex;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use bytes::Bytes;
use http::{Method, header};
use http_body_util::BodyExt;
use serde_json::Value;

use super::config::Cluster;
use super::http::{OUTCOME_UNKNOWN, answered_in_this_run, outcome_unknown};
use super::info::ApiResourceInfo;
use super::request::Request;
use crate::error::{ConnectionKind, Error, Result};
use crate::interrupt::Interrupt;

/// After Ctrl-C, how long a write in flight may still take (with its check) before it is
/// reported as unknown.
pub(crate) const GRACE: Duration = Duration::from_secs(5);

/// How long kctl waits for a server that went away in the middle of a run (refused
/// connections, failed checks) before it gives up on the writes left.
pub(crate) const OUTAGE_WAIT: Duration = Duration::from_secs(30);

/// The pause before a second look, for a write the server may still be applying.
const SETTLE: Duration = Duration::from_secs(1);

/// A look's own bound when `--request-timeout` is not set.
const LOOK_TIMEOUT: Duration = Duration::from_secs(30);

/// Query options of a write.
#[derive(Debug, Clone, Default)]
pub(crate) struct WriteParams {
    /// `dryRun=All`: the server checks and answers, but persists nothing.
    pub(crate) dry_run: bool,
    /// `fieldManager=...` (empty: the server's default).
    pub(crate) field_manager: String,
    /// `fieldValidation=Strict|Warn|Ignore` on creates, as kubectl sends it (empty: none).
    pub(crate) field_validation: &'static str,
}

/// How one write ended.
#[derive(Debug)]
pub(crate) enum Written<T> {
    /// Done: the server said so, or the check after a lost answer showed it.
    Done(T),
    /// Certainly not done: the server refused it, it never reached the server, or the
    /// check showed it was not applied. The error says which.
    Failed(Error),
    /// Sent, and whether it was applied is not known (the check failed too, or Ctrl-C).
    Unknown(Error),
    /// Not sent, because of Ctrl-C.
    NotSent,
}

/// What the server did with a DELETE.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Removed {
    /// Removed from storage.
    Now,
    /// Accepted; the object is still there (graceful deletion, finalizers): wait for it, by its UID.
    Pending(Option<String>),
}

/// State shared by the writes of one run: Ctrl-C, whether (and since when) the server is
/// away, and the objects this run created.
pub(crate) struct Checker<'a> {
    interrupt: Option<&'a Interrupt>,
    /// Since when nothing has answered.
    away_since: Mutex<Option<Instant>>,
    /// UIDs of the objects this run created.
    created: Mutex<HashSet<String>>,
}

impl<'a> Checker<'a> {
    pub(crate) fn new(interrupt: Option<&'a Interrupt>) -> Checker<'a> {
        Checker {
            interrupt,
            away_since: Mutex::new(None),
            created: Mutex::new(HashSet::new()),
        }
    }

    pub(crate) fn interrupted(&self) -> bool {
        self.interrupt.is_some_and(Interrupt::fired)
    }

    /// Note an object this run created (by its UID).
    fn remember(&self, obj: &Value) {
        if let Some(uid) = obj.pointer("/metadata/uid").and_then(Value::as_str) {
            self.created
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .insert(uid.to_string());
        }
    }

    fn answered(&self) {
        *self.away_since.lock().unwrap_or_else(|e| e.into_inner()) = None;
    }

    /// The server did not answer: whether to try again (it answered before in this run, so
    /// this is a restart, and has not been away for [`OUTAGE_WAIT`] yet).
    fn keep_trying(&self) -> bool {
        if !answered_in_this_run() || self.interrupted() {
            return false;
        }
        let mut away = self.away_since.lock().unwrap_or_else(|e| e.into_inner());
        let since = *away.get_or_insert_with(Instant::now);
        since.elapsed() < OUTAGE_WAIT
    }

    /// Sleep `d`, or less when Ctrl-C comes.
    async fn pause(&self, d: Duration) {
        match self.interrupt {
            Some(i) => {
                tokio::select! {
                    _ = tokio::time::sleep(d) => {}
                    _ = i.wait() => {}
                }
            }
            None => tokio::time::sleep(d).await,
        }
    }

    /// Run one write (with its check); once Ctrl-C comes, give it [`GRACE`] more.
    async fn bounded<T>(
        &self,
        what: &str,
        doing: &str,
        f: impl std::future::Future<Output = Written<T>>,
    ) -> Written<T> {
        let Some(interrupt) = self.interrupt else {
            return f.await;
        };
        tokio::pin!(f);
        tokio::select! {
            biased;
            r = &mut f => return r,
            _ = interrupt.wait() => {}
        }
        match tokio::time::timeout(GRACE, f).await {
            Ok(r) => r,
            Err(_) => Written::Unknown(Error::connection(
                ConnectionKind::OutcomeUnknown,
                format!(
                    "{what}: interrupted with the request in flight: no answer within {}s; it may or may not have been {doing}",
                    GRACE.as_secs()
                ),
            )),
        }
    }

    /// GET the object: its JSON, or absent; retried while the server is away.
    async fn look(&self, cluster: &Cluster, request: &Request) -> Look {
        let mut backoff = Duration::from_millis(200);
        loop {
            let look = get_once(cluster, request).await;
            match &look {
                Look::Failed(e) if transient(e) => {
                    if !self.keep_trying() {
                        return look;
                    }
                    self.pause(backoff).await;
                    backoff = (backoff * 2).min(Duration::from_secs(2));
                }
                _ => {
                    self.answered();
                    return look;
                }
            }
        }
    }

    /// A refused connection: wait a little and say whether to send again.
    async fn after_refusal(&self, backoff: &mut Duration) -> bool {
        if !self.keep_trying() {
            return false;
        }
        self.pause(*backoff).await;
        *backoff = (*backoff * 2).min(Duration::from_secs(2));
        !self.interrupted()
    }
}

/// An object to create.
pub(crate) struct NewObject<'a> {
    pub(crate) res: &'a ApiResourceInfo,
    pub(crate) namespace: Option<&'a str>,
    pub(crate) name: &'a str,
    /// The JSON body.
    pub(crate) body: &'a [u8],
    /// The object sent, parsed (its labels and annotations are compared with what is found).
    pub(crate) sent: &'a Value,
}

/// POST one object; on a lost answer, look and judge (see the module docs).
pub(crate) async fn create_checked(
    cluster: &Cluster,
    checker: &Checker<'_>,
    obj: &NewObject<'_>,
    params: &WriteParams,
) -> Written<Value> {
    let what = describe(obj.res, obj.name);
    checker
        .bounded(&what, "created", create_inner(cluster, checker, obj, params, &what))
        .await
}

async fn create_inner(
    cluster: &Cluster,
    checker: &Checker<'_>,
    obj: &NewObject<'_>,
    params: &WriteParams,
    what: &str,
) -> Written<Value> {
    let request = Request::collection(obj.res, obj.namespace)
        .method(Method::POST)
        .write_options(params.dry_run, &params.field_manager)
        .param("fieldValidation", params.field_validation)
        .body(obj.body.to_vec());
    let Some(sent) = send_write(cluster, checker, &request).await else {
        return Written::NotSent;
    };
    let e = match sent.answer {
        Ok(bytes) => {
            return match serde_json::from_slice::<Value>(&bytes) {
                Ok(v) => {
                    checker.remember(&v);
                    Written::Done(v)
                }
                Err(e) => Written::Failed(Error::Decode(format!("cannot decode the server's answer: {e}"))),
            };
        }
        Err(e) => e,
    };
    // A dry run persists nothing either way.
    if !uncertain(&e) || params.dry_run {
        return Written::Failed(e);
    }
    check_created(cluster, checker, obj, params, what, e, sent.at, sent.at_wall).await
}

/// The last attempt of a write: when it was sent, and the answer (or the error).
struct Sent {
    at: Instant,
    at_wall: SystemTime,
    answer: Result<Bytes>,
}

/// Send a write once; a refused connection (nothing reached the server) is sent again
/// while the server is coming back. `None`: Ctrl-C came before it was sent.
async fn send_write(cluster: &Cluster, checker: &Checker<'_>, request: &Request) -> Option<Sent> {
    let mut backoff = Duration::from_millis(200);
    loop {
        if checker.interrupted() {
            return None;
        }
        let (at, at_wall) = (Instant::now(), SystemTime::now());
        let answer = request.send(cluster).await;
        match &answer {
            Ok(_) => checker.answered(),
            Err(e) if e.code().is_some() => checker.answered(),
            Err(_) => {}
        }
        if let Err(e) = &answer
            && refused(e)
            && checker.after_refusal(&mut backoff).await
        {
            continue;
        }
        return Some(Sent { at, at_wall, answer });
    }
}

#[allow(clippy::too_many_arguments)]
async fn check_created(
    cluster: &Cluster,
    checker: &Checker<'_>,
    obj: &NewObject<'_>,
    params: &WriteParams,
    what: &str,
    e: Error,
    sent: Instant,
    sent_wall: SystemTime,
) -> Written<Value> {
    let request = Request::object(obj.res, obj.namespace, obj.name);
    let mut second = false;
    loop {
        match checker.look(cluster, &request).await {
            Look::Absent if !second => {
                second = true;
                checker.pause(SETTLE).await;
            }
            Look::Absent => {
                return Written::Failed(annotate(
                    e,
                    &format!("kctl checked: {what} was not created"),
                    ConnectionKind::AnswerLost,
                ));
            }
            Look::Found(seen) => {
                let not_before = match seen.server_now {
                    Some(now) => now - seen.at.duration_since(sent).as_secs_f64().ceil() as i64 - 1,
                    None => unix(sent_wall) - 1,
                };
                let own = checker.created.lock().unwrap_or_else(|e| e.into_inner()).clone();
                let own_fields = obj.sent.pointer("/metadata/managedFields").is_some();
                let manager = (!own_fields).then_some(params.field_manager.as_str());
                return match judge_created(&seen.obj, obj.sent, manager, not_before, &own) {
                    Ok(()) => {
                        checker.remember(&seen.obj);
                        if cluster.verbosity >= 1 {
                            let note = format!("kctl checked: {what} was created");
                            eprintln!("{}", annotate(e, &note, ConnectionKind::AnswerLost).render());
                        }
                        Written::Done(seen.obj)
                    }
                    Err(why) => Written::Failed(annotate(
                        e,
                        &format!("kctl checked: {what} exists, but was not created by this request: {why}"),
                        ConnectionKind::AnswerLost,
                    )),
                };
            }
            Look::Failed(e2) => return unchecked(e, &e2, what, "created"),
        }
    }
}

/// Whether `obj`, found after a create of `sent` whose answer was lost, is the one that
/// create made (see the module docs): `Err` says why not. `manager`: the field manager sent,
/// when its entry is to be required; `not_before`: the earliest creation second, by the
/// server's clock.
pub(crate) fn judge_created(
    obj: &Value,
    sent: &Value,
    manager: Option<&str>,
    not_before: i64,
    own: &HashSet<String>,
) -> std::result::Result<(), String> {
    if obj
        .pointer("/metadata/uid")
        .and_then(Value::as_str)
        .is_some_and(|u| own.contains(u))
    {
        return Err("it is the object created earlier in this run from another document".into());
    }
    let created = obj.pointer("/metadata/creationTimestamp").and_then(Value::as_str);
    match created.map(|c| (c, crate::time::parse_rfc3339(c))) {
        Some((_, Some(t))) if t >= not_before => {}
        Some((c, Some(_))) => return Err(format!("it was created at {c}, before the request was sent")),
        _ => return Err("it has no readable creationTimestamp".into()),
    }
    for (field, what) in [("labels", "label"), ("annotations", "annotation")] {
        let pointer = format!("/metadata/{field}");
        let Some(wanted) = sent.pointer(&pointer).and_then(Value::as_object) else {
            continue;
        };
        let found = obj.pointer(&pointer).and_then(Value::as_object);
        if let Some((k, _)) = wanted.iter().find(|(k, v)| found.and_then(|f| f.get(*k)) != Some(*v)) {
            return Err(format!("its {what} {k} differs from the one sent"));
        }
    }
    if let Some(manager) = manager.filter(|m| !m.is_empty())
        && let Some(entries) = obj
            .pointer("/metadata/managedFields")
            .and_then(Value::as_array)
            .filter(|a| !a.is_empty())
        && !entries
            .iter()
            .any(|e| e.get("manager").and_then(Value::as_str) == Some(manager))
    {
        return Err(format!(
            "its managedFields have no entry of the field manager {manager}"
        ));
    }
    Ok(())
}

/// POST one object (JSON `body`) to the collection of `res` in `namespace`; the object as
/// the server stored it. A lost answer is checked (see the module docs) and never sent again.
pub(crate) async fn create_object(
    cluster: &Cluster,
    res: &ApiResourceInfo,
    namespace: Option<&str>,
    body: Vec<u8>,
    params: &WriteParams,
) -> Result<Bytes> {
    let parsed: Value = serde_json::from_slice(&body).unwrap_or(Value::Null);
    let name = parsed
        .pointer("/metadata/name")
        .and_then(Value::as_str)
        .unwrap_or_default();
    let obj = NewObject {
        res,
        namespace,
        name,
        body: &body,
        sent: &parsed,
    };
    let checker = Checker::new(None);
    match create_checked(cluster, &checker, &obj, params).await {
        Written::Done(v) => serde_json::to_vec(&v)
            .map(Bytes::from)
            .map_err(|e| Error::Decode(format!("error: {e}"))),
        Written::Failed(e) | Written::Unknown(e) => Err(e),
        Written::NotSent => Err(Error::Plain("interrupted".into())),
    }
}

/// An object to delete.
pub(crate) struct OldObject<'a> {
    pub(crate) res: &'a ApiResourceInfo,
    pub(crate) namespace: Option<&'a str>,
    pub(crate) name: &'a str,
    /// Its UID, when known (from a list): the same name with another UID is another object.
    pub(crate) uid: Option<&'a str>,
    /// The DeleteOptions body.
    pub(crate) body: &'a [u8],
    pub(crate) dry_run: bool,
}

/// DELETE one object; on a lost answer, look (see the module docs).
pub(crate) async fn delete_checked(cluster: &Cluster, checker: &Checker<'_>, obj: &OldObject<'_>) -> Written<Removed> {
    let what = describe(obj.res, obj.name);
    checker
        .bounded(&what, "deleted", delete_inner(cluster, checker, obj, &what))
        .await
}

async fn delete_inner(cluster: &Cluster, checker: &Checker<'_>, obj: &OldObject<'_>, what: &str) -> Written<Removed> {
    let request = Request::object(obj.res, obj.namespace, obj.name);
    let delete = request.clone().method(Method::DELETE).body(obj.body.to_vec());
    let Some(sent) = send_write(cluster, checker, &delete).await else {
        return Written::NotSent;
    };
    let e = match sent.answer {
        Ok(bytes) => return Written::Done(removed(&bytes)),
        Err(e) => e,
    };
    if !uncertain(&e) || obj.dry_run {
        return Written::Failed(e);
    }
    check_deleted(cluster, checker, obj, what, &request, e).await
}

async fn check_deleted(
    cluster: &Cluster,
    checker: &Checker<'_>,
    obj: &OldObject<'_>,
    what: &str,
    request: &Request,
    e: Error,
) -> Written<Removed> {
    let mut second = false;
    loop {
        match checker.look(cluster, request).await {
            Look::Absent => return Written::Done(Removed::Now),
            Look::Found(seen) => match judge_deleted(&seen.obj, obj.uid) {
                Some(r) => return Written::Done(r),
                None if !second => {
                    second = true;
                    checker.pause(SETTLE).await;
                }
                None => {
                    return Written::Failed(annotate(
                        e,
                        &format!("kctl checked: {what} was not deleted"),
                        ConnectionKind::AnswerLost,
                    ));
                }
            },
            Look::Failed(e2) => return unchecked(e, &e2, what, "deleted"),
        }
    }
}

/// A write whose answer was lost (`e`) and whose check failed too (`look`): unknown.
fn unchecked<T>(e: Error, look: &Error, what: &str, done: &str) -> Written<T> {
    let note = format!(
        "kctl could not check whether {what} was {done} ({}): it may or may not have been",
        look.render().trim_start_matches("error: ")
    );
    Written::Unknown(annotate(e, &note, ConnectionKind::OutcomeUnknown))
}

/// What an object found after a DELETE whose answer was lost says: another UID (the one
/// meant is gone) or a `deletionTimestamp` (being deleted) is a deletion; `None`: not deleted.
pub(crate) fn judge_deleted(obj: &Value, uid: Option<&str>) -> Option<Removed> {
    let found_uid = obj.pointer("/metadata/uid").and_then(Value::as_str);
    if let (Some(a), Some(b)) = (uid, found_uid)
        && a != b
    {
        return Some(Removed::Now);
    }
    obj.pointer("/metadata/deletionTimestamp")
        .is_some_and(|t| !t.is_null())
        .then(|| Removed::Pending(found_uid.map(str::to_string)))
}

/// A Status answer means the object was removed at once; an object answer, that it is
/// still there (being deleted).
pub(crate) fn removed(bytes: &[u8]) -> Removed {
    let v: Value = serde_json::from_slice(bytes).unwrap_or(Value::Null);
    if v.get("kind").and_then(Value::as_str) == Some("Status") {
        return Removed::Now;
    }
    Removed::Pending(v.pointer("/metadata/uid").and_then(Value::as_str).map(str::to_string))
}

/// `configmaps "x"`, `deployments.apps "web"`, as the server names objects in its messages.
fn describe(res: &ApiResourceInfo, name: &str) -> String {
    if res.group.is_empty() {
        format!("{} \"{name}\"", res.plural)
    } else {
        format!("{}.{} \"{name}\"", res.plural, res.group)
    }
}

/// The connection was refused: the request certainly never reached the server. (`send`
/// retries those itself, a few times; this is what is left after its cap.)
fn refused(e: &Error) -> bool {
    e.connection_kind() == Some(ConnectionKind::Refused)
}

/// A failed write that may have been applied all the same: the connection broke after
/// sending, no answer in time (see `send`'s contract), or a 500 or 504 (kube-apiserver may
/// have stored the object before failing).
fn uncertain(e: &Error) -> bool {
    outcome_unknown(e) || matches!(e.code(), Some(500 | 504))
}

/// `e` with what kctl found out in place of "the outcome is unknown"; a connection error
/// becomes one of `kind` (what is known now).
fn annotate(e: Error, note: &str, kind: ConnectionKind) -> Error {
    match e {
        Error::Api(mut status) => {
            status.message = format!("{} ({note})", status.message);
            Error::Api(status)
        }
        other => {
            let text = other.render();
            let base = [
                ": the request may or may not have been applied",
                "; the request may or may not have been applied",
                OUTCOME_UNKNOWN,
            ]
            .iter()
            .find_map(|tail| text.find(tail).map(|at| &text[..at]))
            .unwrap_or(&text)
            .trim_end_matches([',', ' ']);
            Error::connection(kind, format!("{base}: the request was sent, the answer lost; {note}"))
        }
    }
}

/// Failures worth another look: no answer, too many requests, a server error.
fn transient(e: &Error) -> bool {
    matches!(e, Error::Connection(_)) || matches!(e.code(), Some(429 | 500 | 502 | 503 | 504))
}

fn unix(t: SystemTime) -> i64 {
    t.duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or_default()
}

/// What a GET showed.
enum Look {
    Found(Seen),
    Absent,
    Failed(Error),
}

struct Seen {
    obj: Value,
    /// The server's clock when it answered (its `Date` header), seconds since the epoch.
    server_now: Option<i64>,
    /// The local time the answer came.
    at: Instant,
}

/// One GET (with `open`'s retries), keeping the answer's `Date`, which `send` does not return.
async fn get_once(cluster: &Cluster, request: &Request) -> Look {
    let fut = async {
        let res = request.open(cluster).await?;
        let date = res
            .headers()
            .get(header::DATE)
            .and_then(|d| d.to_str().ok())
            .and_then(parse_http_date);
        let bytes = res.into_body().collect().await.map_err(|e| {
            Error::connection(
                ConnectionKind::Reset,
                format!(
                    "Unable to connect to the server {}: the connection was cut before the whole answer arrived ({e})",
                    cluster.server
                ),
            )
        })?;
        Ok::<_, Error>((date, bytes.to_bytes()))
    };
    let limit = cluster.request_timeout.unwrap_or(LOOK_TIMEOUT);
    let (date, bytes) = match tokio::time::timeout(limit, fut).await {
        Ok(Ok(v)) => v,
        Ok(Err(e)) if e.is_not_found() => return Look::Absent,
        Ok(Err(e)) => return Look::Failed(e),
        Err(_) => {
            return Look::Failed(Error::connection(
                ConnectionKind::Timeout,
                format!(
                    "Unable to connect to the server {}: no answer within {limit:?} (GET {}{})",
                    cluster.server,
                    cluster.server,
                    request.uri()
                ),
            ));
        }
    };
    match serde_json::from_slice::<Value>(&bytes) {
        Ok(obj) => Look::Found(Seen {
            obj,
            server_now: date,
            at: Instant::now(),
        }),
        Err(e) => Look::Failed(Error::Decode(format!("cannot decode the server's answer: {e}"))),
    }
}

/// An HTTP date (`Sun, 06 Nov 1994 08:49:37 GMT`, RFC 9110's preferred form) to seconds
/// since the epoch.
fn parse_http_date(s: &str) -> Option<i64> {
    let parts: Vec<&str> = s.split_whitespace().collect();
    let [_, day, month, year, time, "GMT"] = parts.as_slice() else {
        return None;
    };
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let m = MONTHS.iter().position(|x| x == month)? + 1;
    let day: u32 = day.parse().ok()?;
    let year: u32 = year.parse().ok()?;
    crate::time::parse_rfc3339(&format!("{year:04}-{m:02}-{day:02}T{time}Z"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn http_dates() {
        assert_eq!(parse_http_date("Sun, 06 Nov 1994 08:49:37 GMT"), Some(784_111_777));
        assert_eq!(parse_http_date("Thu, 01 Jan 1970 00:00:00 GMT"), Some(0), "the epoch");
        assert_eq!(parse_http_date("Sunday, 06-Nov-94 08:49:37 GMT"), None);
        assert_eq!(parse_http_date("06 Nov 1994 08:49:37"), None);
    }

    fn cm(created: &str, uid: &str, managers: &[&str], labels: Value) -> Value {
        let mf: Vec<Value> = managers
            .iter()
            .map(|m| json!({"manager": m, "operation": "Update", "apiVersion": "v1"}))
            .collect();
        json!({"kind": "ConfigMap", "metadata": {"name": "x", "uid": uid, "creationTimestamp": created,
            "labels": labels, "managedFields": mf}})
    }

    #[test]
    fn a_lost_create_is_judged_by_time_labels_manager_and_uid() {
        let t = crate::time::parse_rfc3339("2024-01-02T03:04:05Z").unwrap();
        let none = HashSet::new();
        let sent = json!({"kind": "ConfigMap", "metadata": {"name": "x", "labels": {"app": "web"}}});
        let m = Some("kctl-create");
        let ours = cm(
            "2024-01-02T03:04:05Z",
            "u1",
            &["kctl-create"],
            json!({"app": "web", "added": "x"}),
        );
        assert_eq!(judge_created(&ours, &sent, m, t, &none), Ok(()));
        assert_eq!(judge_created(&ours, &sent, m, t - 1, &none), Ok(()));
        assert_eq!(
            judge_created(&ours, &sent, m, t + 1, &none).unwrap_err(),
            "it was created at 2024-01-02T03:04:05Z, before the request was sent"
        );
        // Someone else's object of the same name.
        let other = cm("2024-01-02T03:04:05Z", "u1", &["kubectl-create"], json!({"app": "web"}));
        assert_eq!(
            judge_created(&other, &sent, m, t, &none).unwrap_err(),
            "its managedFields have no entry of the field manager kctl-create"
        );
        let relabelled = cm("2024-01-02T03:04:05Z", "u1", &["kctl-create"], json!({"app": "db"}));
        assert_eq!(
            judge_created(&relabelled, &sent, m, t, &none).unwrap_err(),
            "its label app differs from the one sent"
        );
        let unlabelled = cm("2024-01-02T03:04:05Z", "u1", &[], Value::Null);
        assert!(judge_created(&unlabelled, &sent, m, t, &none).is_err());
        // The manifest set its own managedFields: the manager is not asked for.
        assert_eq!(judge_created(&other, &sent, None, t, &none), Ok(()));
        // No managedFields at all (an object without fields): the other rules decide.
        let bare = cm("2024-01-02T03:04:05Z", "u1", &[], json!({"app": "web"}));
        assert_eq!(judge_created(&bare, &sent, m, t, &none), Ok(()));
        // An object this run already created (the same name twice in the input).
        let own: HashSet<String> = ["u1".to_string()].into();
        assert!(judge_created(&ours, &sent, m, t, &own).is_err());
        let no_time = json!({"metadata": {"name": "x"}});
        assert!(judge_created(&no_time, &sent, None, 0, &none).is_err());
    }

    #[test]
    fn a_lost_delete_is_judged_by_uid_and_deletion_timestamp() {
        let live = json!({"metadata": {"uid": "u1"}});
        let going = json!({"metadata": {"uid": "u1", "deletionTimestamp": "2024-01-02T03:04:05Z"}});
        assert_eq!(judge_deleted(&live, Some("u1")), None);
        assert_eq!(judge_deleted(&live, None), None);
        assert_eq!(
            judge_deleted(&live, Some("u0")),
            Some(Removed::Now),
            "replaced by another object"
        );
        assert_eq!(
            judge_deleted(&going, Some("u1")),
            Some(Removed::Pending(Some("u1".into())))
        );
        assert_eq!(judge_deleted(&going, None), Some(Removed::Pending(Some("u1".into()))));
    }

    #[test]
    fn delete_answers() {
        assert_eq!(
            removed(br#"{"kind":"Status","apiVersion":"v1","status":"Success","details":{"uid":"u"}}"#),
            Removed::Now
        );
        assert_eq!(
            removed(br#"{"kind":"Pod","metadata":{"name":"p","uid":"u1","deletionTimestamp":"x"}}"#),
            Removed::Pending(Some("u1".into()))
        );
    }

    #[test]
    fn refusals_and_transient_failures() {
        let refused_err = Error::connection(
            ConnectionKind::Refused,
            "The connection to the server 127.0.0.1:6443 was refused - did you specify the right host or port?".into(),
        );
        assert!(refused(&refused_err));
        assert!(transient(&refused_err));
        assert!(!refused(&Error::connection(
            ConnectionKind::Reset,
            "Unable to connect to the server x: connection reset".into()
        )));
        // The kind decides, not the words.
        assert!(!refused(&Error::connection(
            ConnectionKind::Other,
            "was refused".into()
        )));
        assert!(!transient(&crate::error::not_found("configmaps", "", "x")));
    }
}
