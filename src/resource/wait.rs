//! Waiting for deleted objects to be gone: for each object one GET, then a watch on
//! `metadata.name=<name>` from the resourceVersion it returned, until a DELETED event (or
//! the name coming back with another UID). No polling. A bounded number of objects are
//! waited for at once; one deadline covers them all. While waiting on a terminal, one
//! progress line on stderr (objects left, elapsed), erased at the end.

use std::io::{IsTerminal, Write as _};
use std::time::{Duration, Instant};

use futures::{StreamExt, stream};
use k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta;
use kube::core::WatchEvent;
use serde::Deserialize;

use super::config::Cluster;
use super::info::ApiResourceInfo;
use super::lines::Lines;
use super::request::{ListParams, Request};
use crate::error::{ConnectionKind, Error};
use crate::interrupt::Interrupt;

/// The server ends each watch after this long; kctl then looks again and watches on.
const WATCH_SECS: u64 = 240;

/// A watch that sends nothing (not even a bookmark) for this long is lost: look again.
const IDLE: Duration = Duration::from_secs(WATCH_SECS + 30);

/// A pause before trying again after a failed request.
const RETRY: Duration = Duration::from_secs(1);

/// One object that was asked to be deleted.
#[derive(Debug, Clone)]
pub(crate) struct Gone {
    pub(crate) res: ApiResourceInfo,
    pub(crate) namespace: Option<String>,
    pub(crate) name: String,
    /// The UID of the deleted object: the same name with another UID is a new object.
    pub(crate) uid: Option<String>,
}

impl Gone {
    /// The GET of the object.
    fn request(&self) -> Request {
        Request::object(&self.res, self.namespace.as_deref(), &self.name)
    }

    /// The watch of its name from `rv`.
    fn watch_request(&self, rv: &str) -> Request {
        let by_name = ListParams {
            field_selector: Some(format!("metadata.name={}", self.name)),
            ..Default::default()
        };
        Request::collection(&self.res, self.namespace.as_deref())
            .selectors(&by_name)
            .watch(Some(rv), WATCH_SECS)
    }
}

#[derive(Deserialize, Clone)]
struct Meta {
    #[serde(default)]
    metadata: ObjectMeta,
}

/// How one object's wait ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum WaitResult {
    Gone,
    /// The server does not let kctl look (Forbidden, MethodNotAllowed): as kubectl, not a failure.
    Unwatchable,
}

/// How a wait ended.
#[derive(Debug, Default)]
pub(crate) struct Waited {
    /// The indices of the objects still there at the deadline (or at Ctrl-C), in input
    /// order (empty: all gone).
    pub(crate) left: Vec<usize>,
    /// Ctrl-C ended the wait (`left`: those not seen gone, not looked at again).
    pub(crate) interrupted: bool,
}

/// Wait until every object is gone, `timeout` passes or `interrupt` fires.
pub(crate) async fn wait_gone(
    cluster: &Cluster,
    objects: &[Gone],
    timeout: Option<Duration>,
    concurrency: usize,
    interrupt: Option<&Interrupt>,
) -> Waited {
    if objects.is_empty() {
        return Waited::default();
    }
    let start = Instant::now();
    let mut done = vec![false; objects.len()];
    let mut waits = stream::iter(objects.iter().enumerate())
        .map(|(i, g)| async move { (i, wait_one(cluster, g).await) })
        .buffer_unordered(concurrency.max(1));
    let mut progress = Progress::new(objects.len());
    let mut tick = tokio::time::interval(Duration::from_millis(200));
    let deadline = timeout.map(|t| tokio::time::Instant::from_std(start + t));
    let sleep = async {
        match deadline {
            Some(d) => tokio::time::sleep_until(d).await,
            None => std::future::pending().await,
        }
    };
    tokio::pin!(sleep);
    let stop = async {
        match interrupt {
            Some(i) => i.wait().await,
            None => std::future::pending().await,
        }
    };
    tokio::pin!(stop);
    let mut interrupted = false;
    let mut left = objects.len();
    while left > 0 {
        tokio::select! {
            next = waits.next() => match next {
                Some((i, _)) => {
                    done[i] = true;
                    left -= 1;
                }
                None => break,
            },
            _ = tick.tick() => progress.show(left, start.elapsed()),
            _ = &mut sleep => break,
            _ = &mut stop => {
                interrupted = true;
                break;
            }
        }
    }
    drop(waits);
    progress.clear();
    if left == 0 {
        return Waited::default();
    }
    if interrupted {
        return Waited {
            left: (0..objects.len()).filter(|&i| !done[i]).collect(),
            interrupted,
        };
    }
    // Objects never looked at may be gone already: one quick look each before naming them.
    let pending: Vec<usize> = (0..objects.len()).filter(|&i| !done[i]).collect();
    let left = stream::iter(pending)
        .map(|i| async move { (i, still_there(cluster, &objects[i]).await) })
        .buffered(concurrency.max(1))
        .filter_map(|(i, there)| async move { there.then_some(i) })
        .collect()
        .await;
    Waited { left, interrupted }
}

/// One GET: whether the same object (same UID) is still there. Errors count as "there".
async fn still_there(cluster: &Cluster, g: &Gone) -> bool {
    match g.request().send(cluster).await {
        Ok(bytes) => match serde_json::from_slice::<Meta>(&bytes) {
            Ok(m) => !other_uid(g, &m.metadata),
            Err(_) => true,
        },
        Err(e) => !e.is_not_found(),
    }
}

fn other_uid(g: &Gone, meta: &ObjectMeta) -> bool {
    matches!((&g.uid, &meta.uid), (Some(a), Some(b)) if a != b)
}

/// Wait for one object: GET, then watch its name from the version seen, again after each
/// end of the watch, until it is gone.
async fn wait_one(cluster: &Cluster, g: &Gone) -> WaitResult {
    loop {
        let rv = match g.request().send(cluster).await {
            Err(e) if e.is_not_found() => return WaitResult::Gone,
            Err(e) if matches!(e.code(), Some(403 | 405)) => return WaitResult::Unwatchable,
            Err(_) => {
                tokio::time::sleep(RETRY).await;
                continue;
            }
            Ok(bytes) => match serde_json::from_slice::<Meta>(&bytes) {
                Ok(m) if other_uid(g, &m.metadata) => return WaitResult::Gone,
                Ok(m) => m.metadata.resource_version.unwrap_or_default(),
                Err(_) => {
                    tokio::time::sleep(RETRY).await;
                    continue;
                }
            },
        };
        match watch_until_gone(cluster, g, &rv).await {
            Ok(true) => return WaitResult::Gone,
            Ok(false) => {}
            Err(e) if matches!(e.code(), Some(403 | 405)) => return WaitResult::Unwatchable,
            // 410 Gone (version too old) and dropped connections: look again.
            Err(_) => tokio::time::sleep(Duration::from_millis(100)).await,
        }
    }
}

/// Watch the object's name from `rv`: `Ok(true)` once it is deleted, `Ok(false)` when the
/// server ended the watch first. The watch is opened through `http::open`, with its retries
/// and `-v` log.
async fn watch_until_gone(cluster: &Cluster, g: &Gone, rv: &str) -> Result<bool, Error> {
    let res = g.watch_request(rv).open(cluster).await?;
    let mut lines = Lines::new(res.into_body(), IDLE);
    while let Some(line) = lines
        .next_line()
        .await
        .map_err(|why| Error::connection(ConnectionKind::Reset, why))?
    {
        let ev = serde_json::from_slice::<WatchEvent<Meta>>(&line)
            .map_err(|e| Error::Decode(format!("cannot decode a watch event: {e}")))?;
        match ev {
            WatchEvent::Deleted(_) => return Ok(true),
            WatchEvent::Added(m) | WatchEvent::Modified(m) if other_uid(g, &m.metadata) => return Ok(true),
            WatchEvent::Added(_) | WatchEvent::Modified(_) | WatchEvent::Bookmark(_) => {}
            WatchEvent::Error(status) => return Err(Error::Api(status)),
        }
    }
    Ok(false)
}

/// The progress line: only when stderr is a terminal.
struct Progress {
    total: usize,
    tty: bool,
    shown: bool,
    last: String,
}

impl Progress {
    fn new(total: usize) -> Progress {
        Progress {
            total,
            tty: std::io::stderr().is_terminal(),
            shown: false,
            last: String::new(),
        }
    }

    fn show(&mut self, left: usize, elapsed: Duration) {
        // Nothing for waits that end at once.
        if !self.tty || elapsed < Duration::from_millis(400) {
            return;
        }
        let line = progress_line(left, self.total, elapsed);
        if line == self.last {
            return;
        }
        let mut err = std::io::stderr().lock();
        let _ = write!(err, "\r\x1b[2K{line}");
        let _ = err.flush();
        self.shown = true;
        self.last = line;
    }

    fn clear(&mut self) {
        if self.shown {
            let mut err = std::io::stderr().lock();
            let _ = write!(err, "\r\x1b[2K");
            let _ = err.flush();
            self.shown = false;
        }
    }
}

/// `waiting for 3 of 10 objects to be deleted (12s)`.
fn progress_line(left: usize, total: usize, elapsed: Duration) -> String {
    let noun = if total == 1 { "object" } else { "objects" };
    format!(
        "waiting for {left} of {total} {noun} to be deleted ({})",
        elapsed_text(elapsed)
    )
}

fn elapsed_text(d: Duration) -> String {
    let s = d.as_secs();
    if s < 60 {
        format!("{s}s")
    } else if s < 3600 {
        format!("{}m{:02}s", s / 60, s % 60)
    } else {
        format!("{}h{:02}m{:02}s", s / 3600, s / 60 % 60, s % 60)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn progress_text() {
        assert_eq!(
            progress_line(3, 10, Duration::from_millis(12_400)),
            "waiting for 3 of 10 objects to be deleted (12s)"
        );
        assert_eq!(
            progress_line(1, 1, Duration::from_secs(75)),
            "waiting for 1 of 1 object to be deleted (1m15s)"
        );
        assert_eq!(elapsed_text(Duration::from_secs(3725)), "1h02m05s");
    }

    #[test]
    fn uid_comparison() {
        let g = Gone {
            res: ApiResourceInfo {
                group: String::new(),
                version: "v1".into(),
                plural: "pods".into(),
                singular: "pod".into(),
                kind: "Pod".into(),
                short_names: vec![],
                categories: vec![],
                verbs: vec![],
                namespaced: true,
                preferred: true,
            },
            namespace: Some("ns".into()),
            name: "a b".into(),
            uid: Some("u1".into()),
        };
        assert_eq!(g.request().uri(), "/api/v1/namespaces/ns/pods/a%20b");
        assert_eq!(
            g.watch_request("7").uri(),
            "/api/v1/namespaces/ns/pods?allowWatchBookmarks=true&fieldSelector=metadata.name%3Da+b&resourceVersion=7&timeoutSeconds=240&watch=true"
        );
        let meta = |uid: Option<&str>| ObjectMeta {
            uid: uid.map(str::to_string),
            ..Default::default()
        };
        assert!(other_uid(&g, &meta(Some("u2"))));
        assert!(!other_uid(&g, &meta(Some("u1"))));
        assert!(!other_uid(&g, &meta(None)));
    }
}
