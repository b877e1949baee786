//! The raw watch stream of one resource type, with its own bookkeeping (kube's
//! `runtime::watcher` merges ADDED and MODIFIED, so it is not used).
//!
//! * List (page by page), then watch from the list's resourceVersion with bookmarks on.
//! * When the stream ends or the connection drops, watch again from the last resourceVersion
//!   seen (events and bookmarks), after a capped backoff; never give up on a transient failure.
//! * On `410 Gone` (the resourceVersion is too old for the server), list again and turn the
//!   difference with the last-seen set into events: ADDED for new objects, MODIFIED for a changed
//!   resourceVersion, DELETED for objects gone (carrying their last-seen state).
//!
//! Every object is kept (its last-seen state), so nothing is emitted twice: an event whose
//! object and resourceVersion are already known is dropped.

use std::collections::{BTreeMap, VecDeque};
use std::time::{Duration, Instant};

use serde_json::Value;

use super::api::Pages;
use super::config::Cluster;
use super::http::{ACCEPT_JSON, ACCEPT_TABLE, status_error};
use super::info::ApiResourceInfo;
use super::lines::Lines;
use super::request::{ListParams, Request};
use crate::error::{Error, Result};

/// The server ends each watch after this long (kctl then resumes at once).
const WATCH_TIMEOUT_SECS: u64 = 290;
/// A watch that sends nothing (not even a bookmark) for this long is considered lost.
const IDLE_TIMEOUT: Duration = Duration::from_secs(WATCH_TIMEOUT_SECS + 30);
/// First and largest wait between attempts.
const BACKOFF_MIN: Duration = Duration::from_millis(200);
const BACKOFF_MAX: Duration = Duration::from_secs(30);
/// A stream that lasted this long worked: the next attempt starts from the smallest backoff.
const STREAM_HEALTHY: Duration = Duration::from_secs(10);

/// The type of a change.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum EventType {
    Added,
    Modified,
    Deleted,
}

impl EventType {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            EventType::Added => "ADDED",
            EventType::Modified => "MODIFIED",
            EventType::Deleted => "DELETED",
        }
    }

    fn parse(s: &str) -> Option<EventType> {
        match s {
            "ADDED" => Some(EventType::Added),
            "MODIFIED" => Some(EventType::Modified),
            "DELETED" => Some(EventType::Deleted),
            _ => None,
        }
    }
}

/// One change.
#[derive(Debug, Clone)]
pub(crate) struct Event {
    pub(crate) kind: EventType,
    /// The object (JSON mode), or its Table row `{"cells": [...], "object": {...}}` (table
    /// mode; `{"object": {...}}` alone when `no_row`).
    pub(crate) object: Value,
    /// Part of the first list (the objects that existed when the watch began).
    pub(crate) initial: bool,
    /// Table mode, but the server has no Table for this type: no cells came, the printer
    /// makes its own (kubectl's NAME and AGE).
    pub(crate) no_row: bool,
}

/// What [`Watcher::next`] yields.
#[derive(Debug)]
pub(crate) enum Step {
    Event(Event),
    /// The first list has been delivered as events (sent once, after them).
    Synced,
}

/// What to watch and how the objects come back.
#[derive(Debug, Clone, Default)]
pub(crate) struct WatchOptions {
    /// `None`: every namespace (or a cluster-scoped type).
    pub(crate) namespace: Option<String>,
    pub(crate) label_selector: Option<String>,
    pub(crate) field_selector: Option<String>,
    /// Only the object of this name (a `metadata.name` field selector, as kubectl does).
    pub(crate) name: Option<String>,
    /// Ask for server-side Table rows instead of objects.
    pub(crate) table: bool,
    /// With `table`: each row carries the whole object, not only its metadata.
    pub(crate) include_object: bool,
    /// List page size (0: everything at once).
    pub(crate) chunk_size: u32,
}

impl WatchOptions {
    fn field_selector(&self) -> Option<String> {
        let name = self.name.as_ref().map(|n| format!("metadata.name={n}"));
        match (self.field_selector.as_deref().filter(|s| !s.is_empty()), name) {
            (Some(f), Some(n)) => Some(format!("{f},{n}")),
            (Some(f), None) => Some(f.to_string()),
            (None, n) => n,
        }
    }

    /// The request shared by lists and watches: the collection, the selectors, the rows'
    /// objects and `Accept`.
    fn request(&self, res: &ApiResourceInfo) -> Request {
        let params = ListParams {
            label_selector: self.label_selector.clone(),
            field_selector: self.field_selector(),
            ..Default::default()
        };
        let request = Request::collection(res, self.namespace.as_deref())
            .selectors(&params)
            .accept(self.accept());
        if self.table && self.include_object {
            request.include_object()
        } else {
            request
        }
    }

    /// The first page of a list: the request with `limit`.
    fn list_request(&self, res: &ApiResourceInfo) -> Request {
        self.request(res).limit(self.chunk_size)
    }

    fn accept(&self) -> &'static str {
        if self.table { ACCEPT_TABLE } else { ACCEPT_JSON }
    }
}

/// Identity of an object within one watch.
type Key = (String, String);

/// The last-seen state of an object.
#[derive(Debug, Clone)]
struct Known {
    uid: String,
    rv: String,
    item: Value,
}

/// Metadata of an object or Table row.
#[derive(Debug, Default, Clone, PartialEq)]
struct Meta {
    namespace: String,
    name: String,
    uid: String,
    rv: String,
}

fn meta_of(item: &Value, table: bool) -> Meta {
    let m = if table {
        item.pointer("/object/metadata")
    } else {
        item.get("metadata")
    };
    let s = |k: &str| {
        m.and_then(|m| m.get(k))
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string()
    };
    Meta {
        namespace: s("namespace"),
        name: s("name"),
        uid: s("uid"),
        rv: s("resourceVersion"),
    }
}

/// Whether `a` is a resourceVersion at or before `b` (both etcd revisions in practice;
/// opaque strings are only compared for equality).
fn rv_not_newer(a: &str, b: &str) -> bool {
    match (a.parse::<u64>(), b.parse::<u64>()) {
        (Ok(a), Ok(b)) => a <= b,
        _ => a == b,
    }
}

/// Why a list or watch attempt failed.
enum WatchFailure {
    /// The resourceVersion is too old: list again.
    Gone,
    /// Worth retrying (connection, 429, 5xx, a dropped stream): the text for the log.
    Transient(String),
    /// Not worth retrying (401, 403, 404, a bad request...).
    Fatal(Error),
}

fn classify(e: Error) -> WatchFailure {
    match &e {
        Error::Api(s) if s.code == 410 => WatchFailure::Gone,
        Error::Api(s) if s.code == 429 || s.code >= 500 => WatchFailure::Transient(e.render()),
        Error::Connection(_) | Error::Decode(_) => WatchFailure::Transient(e.render()),
        _ => WatchFailure::Fatal(e),
    }
}

/// The watch of one resource type.
pub(crate) struct Watcher<'a> {
    cluster: &'a Cluster,
    res: ApiResourceInfo,
    opts: WatchOptions,
    known: BTreeMap<Key, Known>,
    /// Table column definitions, from the first list or event that had them.
    columns: Option<Value>,
    /// The last resourceVersion seen: of the list, an event or a bookmark.
    rv: Option<String>,
    queue: VecDeque<Step>,
    stream: Option<Lines>,
    need_list: bool,
    listed_once: bool,
    backoff: Duration,
    /// When the server stopped answering, and whether that was reported.
    down_since: Option<Instant>,
    down_reported: bool,
    /// Events received on the current stream, and when it began.
    stream_events: usize,
    stream_start: Instant,
    /// `410 Gone`s since the last event: more than one in a row waits before listing again.
    gone_streak: u32,
}

impl<'a> Watcher<'a> {
    pub(crate) fn new(cluster: &'a Cluster, res: ApiResourceInfo, opts: WatchOptions) -> Self {
        Watcher {
            cluster,
            res,
            opts,
            known: BTreeMap::new(),
            columns: None,
            rv: None,
            queue: VecDeque::new(),
            stream: None,
            need_list: true,
            listed_once: false,
            backoff: BACKOFF_MIN,
            down_since: None,
            down_reported: false,
            stream_events: 0,
            stream_start: Instant::now(),
            gone_streak: 0,
        }
    }

    /// Column definitions of the server's Table (table mode), once known.
    pub(crate) fn columns(&self) -> Option<&Value> {
        self.columns.as_ref()
    }

    /// The last-seen state of every object (objects, or Table rows).
    pub(crate) fn objects(&self) -> impl Iterator<Item = &Value> {
        self.known.values().map(|k| &k.item)
    }

    /// The next event, waiting as long as it takes; errors only for failures that retrying
    /// cannot fix (forbidden, not found, a bad selector...).
    pub(crate) async fn next(&mut self) -> Result<Step> {
        loop {
            if let Some(step) = self.queue.pop_front() {
                return Ok(step);
            }
            if self.need_list {
                self.relist().await?;
            } else if self.stream.is_none() {
                self.start_stream().await?;
            } else {
                self.read_stream().await?;
            }
        }
    }

    /// One attempt at the list (the first one, or after `410 Gone`); a failure worth
    /// retrying is waited out here.
    async fn relist(&mut self) -> Result<()> {
        if self.gone_streak > 1 {
            self.wait_backoff("listing", "the server keeps answering 410 Gone")
                .await;
        }
        match self.list().await {
            Ok(()) => self.up(),
            Err(WatchFailure::Fatal(e)) => return Err(e),
            // A continue token expired between pages: list again at once.
            Err(WatchFailure::Gone) => self.log(1, "the list expired between pages (410 Gone); listing again"),
            Err(WatchFailure::Transient(why)) => {
                self.down(&why);
                self.wait_backoff("listing", &why).await;
            }
        }
        Ok(())
    }

    /// One attempt at opening the watch from the last resourceVersion.
    async fn start_stream(&mut self) -> Result<()> {
        match self.open_watch().await {
            Ok(lines) => {
                self.up();
                self.stream = Some(lines);
                self.stream_events = 0;
                self.stream_start = Instant::now();
                self.log(
                    1,
                    &format!(
                        "watching {} from resourceVersion {}",
                        self.res.group_resource(),
                        self.rv.as_deref().unwrap_or("0")
                    ),
                );
            }
            Err(WatchFailure::Fatal(e)) => return Err(e),
            Err(WatchFailure::Gone) => self.gone(),
            Err(WatchFailure::Transient(why)) => {
                self.down(&why);
                self.wait_backoff("watching", &why).await;
            }
        }
        Ok(())
    }

    /// The next line of the open stream; its end or its breaking closes it (to be opened
    /// again from the last resourceVersion).
    async fn read_stream(&mut self) -> Result<()> {
        let Some(stream) = self.stream.as_mut() else {
            return Ok(());
        };
        let line = stream.next_line().await;
        if !matches!(line, Ok(Some(_))) {
            self.stream = None;
            if self.stream_start.elapsed() >= STREAM_HEALTHY {
                self.backoff = BACKOFF_MIN;
            }
        }
        match line {
            Ok(Some(line)) => {
                self.stream_events += 1;
                self.backoff = BACKOFF_MIN;
                self.handle_line(&line)?;
            }
            Ok(None) if self.stream_events == 0 && self.stream_start.elapsed() < STREAM_HEALTHY => {
                self.wait_backoff("watching", "the server ended the watch at once")
                    .await;
            }
            Ok(None) => {
                let rv = self.rv.clone().unwrap_or_default();
                self.log(
                    1,
                    &format!("the server ended the watch; resuming from resourceVersion {rv}"),
                );
            }
            Err(why) => {
                self.down(&why);
                self.wait_backoff("watching", &format!("the watch was cut ({why})"))
                    .await;
            }
        }
        Ok(())
    }

    /// `-v LEVEL` diagnostics on stderr.
    fn log(&self, level: u8, msg: &str) {
        if self.cluster.verbosity >= level {
            eprintln!("kctl: {msg}");
        }
    }

    /// A failure to reach the server: remembered, and reported once it lasts too long.
    fn down(&mut self, why: &str) {
        let since = *self.down_since.get_or_insert_with(Instant::now);
        let limit = self.cluster.request_timeout.unwrap_or(BACKOFF_MAX);
        if !self.down_reported && since.elapsed() >= limit {
            self.down_reported = true;
            eprintln!(
                "kctl: cannot reach the server {} for {}s ({why}); still trying",
                self.cluster.server,
                since.elapsed().as_secs()
            );
        }
    }

    fn up(&mut self) {
        if self.down_reported {
            eprintln!("kctl: the server {} answers again", self.cluster.server);
        }
        self.down_since = None;
        self.down_reported = false;
    }

    async fn wait_backoff(&mut self, what: &str, why: &str) {
        self.log(
            1,
            &format!(
                "{what} {} failed: {why}; retrying in {:.1}s from resourceVersion {}",
                self.res.group_resource(),
                self.backoff.as_secs_f64(),
                self.rv.as_deref().unwrap_or("0")
            ),
        );
        tokio::time::sleep(self.backoff).await;
        self.backoff = (self.backoff * 2).min(BACKOFF_MAX);
    }

    fn gone(&mut self) {
        self.gone_streak += 1;
        self.log(
            1,
            &format!(
                "resourceVersion {} is too old (410 Gone); listing {} again",
                self.rv.as_deref().unwrap_or("0"),
                self.res.group_resource()
            ),
        );
        self.stream = None;
        self.need_list = true;
    }

    /// List every object (page by page, through the one pager) and queue the difference with
    /// the last-seen set as events.
    async fn list(&mut self) -> std::result::Result<(), WatchFailure> {
        let mut items: Vec<Value> = Vec::new();
        let mut list_rv = String::new();
        let mut pages = Pages::of(self.cluster, self.opts.list_request(&self.res));
        while let Some(bytes) = pages.next_page().await.map_err(classify)? {
            let page: Value = serde_json::from_slice(&bytes)
                .map_err(|e| WatchFailure::Transient(format!("cannot decode the list: {e}")))?;
            self.take_page(&page, &mut items);
            list_rv = page
                .pointer("/metadata/resourceVersion")
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_string();
        }
        self.diff(items);
        self.rv = Some(list_rv);
        self.need_list = false;
        if !self.listed_once {
            self.listed_once = true;
            self.queue.push_back(Step::Synced);
        }
        Ok(())
    }

    /// The items of one list page: Table rows, or objects (as rows without cells in table
    /// mode, for a type the server has no Table for).
    fn take_page(&mut self, page: &Value, items: &mut Vec<Value>) {
        if page.get("kind").and_then(Value::as_str) == Some("Table") {
            if let Some(cols) = page.get("columnDefinitions").filter(|c| c.is_array()) {
                self.columns = Some(cols.clone());
            }
            if let Some(rows) = page.get("rows").and_then(Value::as_array) {
                items.extend(rows.iter().cloned());
            }
        } else if let Some(list) = page.get("items").and_then(Value::as_array) {
            items.extend(list.iter().cloned().map(|o| self.item_of(o)));
        }
    }

    /// An object as the watch keeps it: with its `apiVersion` and `kind`, and in table mode
    /// in a row without cells (the server gave no Table for it).
    fn item_of(&self, mut object: Value) -> Value {
        set_type_meta(&mut object, &self.res.api_version(), &self.res.kind);
        if self.opts.table {
            serde_json::json!({ "object": object })
        } else {
            object
        }
    }

    /// Queue the difference between the last-seen set and a fresh list.
    fn diff(&mut self, items: Vec<Value>) {
        let initial = !self.listed_once;
        let (fresh, changes) = diff(&self.known, items, self.opts.table);
        if !initial {
            let count = |t| changes.iter().filter(|c| c.0 == t).count();
            self.log(
                1,
                &format!(
                    "relisted {}: {} added, {} modified, {} deleted",
                    self.res.group_resource(),
                    count(EventType::Added),
                    count(EventType::Modified),
                    count(EventType::Deleted)
                ),
            );
        }
        for (kind, object) in changes {
            self.queue.push_back(event(self.opts.table, kind, object, initial));
        }
        self.known = fresh;
    }

    /// Start a watch from the last resourceVersion; the stream once the server said 200.
    async fn open_watch(&mut self) -> std::result::Result<Lines, WatchFailure> {
        let request = self
            .opts
            .request(&self.res)
            .watch(self.rv.as_deref(), WATCH_TIMEOUT_SECS);
        // `open` gives the watch request `send`'s retries (connection failures, 429 with
        // `Retry-After`, 5xx), its `-v 6` log and its `--request-timeout`; what still fails
        // comes back here and the watch's own backoff takes over.
        let res = request.open(self.cluster).await.map_err(classify)?;
        Ok(Lines::new(res.into_body(), IDLE_TIMEOUT))
    }

    /// One line of the watch stream: a JSON WatchEvent.
    fn handle_line(&mut self, line: &[u8]) -> Result<()> {
        let ev: Value = match serde_json::from_slice(line) {
            Ok(v) => v,
            Err(e) => {
                // A line cut in the middle: the stream is broken; resume from the last RV.
                self.log(1, &format!("unreadable watch event ({e}); resuming"));
                self.stream = None;
                return Ok(());
            }
        };
        let typ = ev.get("type").and_then(Value::as_str).unwrap_or_default();
        let object = ev.get("object").cloned().unwrap_or(Value::Null);
        match typ {
            "BOOKMARK" => {
                self.bookmark(&object);
                Ok(())
            }
            "ERROR" => self.server_error(&object),
            other => {
                match EventType::parse(other) {
                    Some(kind) => self.change(kind, object),
                    None => self.log(1, &format!("ignoring a watch event of type {other:?}")),
                }
                Ok(())
            }
        }
    }

    /// A BOOKMARK: the resourceVersion to resume from.
    fn bookmark(&mut self, object: &Value) {
        let rv = object
            .pointer("/metadata/resourceVersion")
            .or_else(|| object.pointer("/rows/0/object/metadata/resourceVersion"))
            .and_then(Value::as_str)
            .filter(|s| !s.is_empty());
        if let Some(rv) = rv {
            self.rv = Some(rv.to_string());
            self.gone_streak = 0;
        }
    }

    /// An ERROR event (a Status): 410 lists again, what retrying cannot fix ends the watch,
    /// anything else resumes it.
    fn server_error(&mut self, status: &Value) -> Result<()> {
        let code = status.get("code").and_then(Value::as_u64).unwrap_or_default();
        self.stream = None;
        if code == 410 {
            self.gone();
            return Ok(());
        }
        let msg = status
            .get("message")
            .and_then(Value::as_str)
            .unwrap_or("unknown error")
            .to_string();
        match classify(status_error(
            u16::try_from(code).unwrap_or(500),
            &serde_json::to_vec(status).unwrap_or_default(),
        )) {
            WatchFailure::Fatal(e) if code != 0 => Err(e),
            _ => {
                self.log(1, &format!("the server sent an error ({code}: {msg}); resuming"));
                Ok(())
            }
        }
    }

    /// An ADDED, MODIFIED or DELETED event: an object, or a Table of rows (table mode).
    fn change(&mut self, kind: EventType, object: Value) {
        if self.opts.table && object.get("kind").and_then(Value::as_str) == Some("Table") {
            if let Some(cols) = object
                .get("columnDefinitions")
                .filter(|c| c.as_array().is_some_and(|a| !a.is_empty()))
            {
                self.columns = Some(cols.clone());
            }
            let rows = object
                .get("rows")
                .and_then(Value::as_array)
                .cloned()
                .unwrap_or_default();
            for row in rows {
                self.apply(kind, row);
            }
        } else {
            let item = self.item_of(object);
            self.apply(kind, item);
        }
    }

    /// Record one event from the server and queue it unless it was already seen.
    fn apply(&mut self, kind: EventType, item: Value) {
        let m = meta_of(&item, self.opts.table);
        self.gone_streak = 0;
        if !m.rv.is_empty() {
            self.rv = Some(m.rv.clone());
        }
        let key = (m.namespace.clone(), m.name.clone());
        let old = self.known.get(&key).cloned();
        if let Some(old) = &old
            && old.uid == m.uid
            && kind != EventType::Deleted
            && rv_not_newer(&m.rv, &old.rv)
        {
            // Already seen (a replay after a resume): never emitted twice.
            return;
        }
        let table = self.opts.table;
        let push = |q: &mut VecDeque<Step>, kind, object| q.push_back(event(table, kind, object, false));
        match kind {
            EventType::Deleted => {
                // Every object the server told us about is known (the list included), so a
                // deletion of an unknown one was already reported: never twice.
                if self.known.remove(&key).is_some() {
                    push(&mut self.queue, kind, item);
                }
            }
            EventType::Added | EventType::Modified => {
                let mut kind = kind;
                match &old {
                    Some(o) if o.uid != m.uid => {
                        // The object was replaced while we were not looking.
                        push(&mut self.queue, EventType::Deleted, o.item.clone());
                        kind = EventType::Added;
                    }
                    Some(_) if kind == EventType::Added => kind = EventType::Modified,
                    None if kind == EventType::Modified => kind = EventType::Added,
                    _ => {}
                }
                self.known.insert(
                    key,
                    Known {
                        uid: m.uid,
                        rv: m.rv,
                        item: item.clone(),
                    },
                );
                push(&mut self.queue, kind, item);
            }
        }
    }
}

/// The events that turn the last-seen set `known` into a fresh list `items`: DELETED (with the
/// last-seen state) for objects gone, then ADDED and MODIFIED in list order; an object replaced
/// by another of the same name (a new uid) is DELETED then ADDED. Also the new last-seen set.
fn diff(
    known: &BTreeMap<Key, Known>,
    items: Vec<Value>,
    table: bool,
) -> (BTreeMap<Key, Known>, Vec<(EventType, Value)>) {
    let mut fresh: BTreeMap<Key, Known> = BTreeMap::new();
    let mut changes: Vec<(EventType, Value)> = Vec::new();
    for item in items {
        let m = meta_of(&item, table);
        let key = (m.namespace.clone(), m.name.clone());
        match known.get(&key) {
            None => changes.push((EventType::Added, item.clone())),
            Some(old) if old.uid != m.uid => {
                changes.push((EventType::Deleted, old.item.clone()));
                changes.push((EventType::Added, item.clone()));
            }
            Some(old) if old.rv != m.rv => changes.push((EventType::Modified, item.clone())),
            Some(_) => {}
        }
        fresh.insert(
            key,
            Known {
                uid: m.uid,
                rv: m.rv,
                item,
            },
        );
    }
    let mut out: Vec<(EventType, Value)> = known
        .iter()
        .filter(|(k, _)| !fresh.contains_key(*k))
        .map(|(_, v)| (EventType::Deleted, v.item.clone()))
        .collect();
    out.extend(changes);
    (fresh, out)
}

/// The step for one event of `object` (in table mode, a row; one without cells when the
/// server has no Table for the type).
fn event(table: bool, kind: EventType, object: Value, initial: bool) -> Step {
    let no_row = table && object.get("cells").is_none();
    Step::Event(Event {
        kind,
        object,
        initial,
        no_row,
    })
}

/// Items of a list come without `apiVersion` and `kind`; kubectl fills them in.
fn set_type_meta(obj: &mut Value, api_version: &str, kind: &str) {
    if let Some(m) = obj.as_object_mut() {
        m.entry("apiVersion")
            .or_insert_with(|| Value::String(api_version.to_string()));
        m.entry("kind").or_insert_with(|| Value::String(kind.to_string()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rv_order() {
        assert!(rv_not_newer("5", "5"));
        assert!(rv_not_newer("5", "12"));
        assert!(!rv_not_newer("12", "5"));
        assert!(!rv_not_newer("a", "b"));
        assert!(rv_not_newer("a", "a"));
    }

    #[test]
    fn field_selector_with_name() {
        let o = WatchOptions {
            name: Some("x".into()),
            field_selector: Some("status.phase=Running".into()),
            ..Default::default()
        };
        assert_eq!(o.field_selector().unwrap(), "status.phase=Running,metadata.name=x");
        let o = WatchOptions {
            name: Some("x".into()),
            ..Default::default()
        };
        assert_eq!(o.field_selector().unwrap(), "metadata.name=x");
    }

    #[test]
    fn list_and_watch_requests_keep_the_selectors() {
        let res = ApiResourceInfo {
            group: String::new(),
            version: "v1".into(),
            plural: "configmaps".into(),
            singular: "configmap".into(),
            kind: "ConfigMap".into(),
            short_names: vec![],
            categories: vec![],
            verbs: vec![],
            namespaced: true,
            preferred: true,
        };
        let o = WatchOptions {
            namespace: Some("n".into()),
            label_selector: Some("app=web".into()),
            name: Some("x".into()),
            table: true,
            include_object: true,
            chunk_size: 10,
            ..Default::default()
        };
        assert_eq!(
            o.list_request(&res).uri(),
            "/api/v1/namespaces/n/configmaps?fieldSelector=metadata.name%3Dx&includeObject=Object&labelSelector=app%3Dweb&limit=10"
        );
        assert_eq!(
            o.request(&res).watch(Some("5"), WATCH_TIMEOUT_SECS).uri(),
            "/api/v1/namespaces/n/configmaps?allowWatchBookmarks=true&fieldSelector=metadata.name%3Dx&includeObject=Object&labelSelector=app%3Dweb&resourceVersion=5&timeoutSeconds=290&watch=true"
        );
    }

    fn obj(name: &str, uid: &str, rv: &str) -> Value {
        serde_json::json!({"metadata": {"name": name, "namespace": "n", "uid": uid, "resourceVersion": rv}})
    }

    #[test]
    fn relist_diff() {
        let mut known = BTreeMap::new();
        for (name, uid, rv) in [
            ("same", "1", "5"),
            ("changed", "2", "6"),
            ("gone", "3", "7"),
            ("replaced", "4", "8"),
        ] {
            known.insert(
                ("n".to_string(), name.to_string()),
                Known {
                    uid: uid.into(),
                    rv: rv.into(),
                    item: obj(name, uid, rv),
                },
            );
        }
        let items = vec![
            obj("changed", "2", "10"),
            obj("new", "9", "11"),
            obj("replaced", "5", "12"),
            obj("same", "1", "5"),
        ];
        let (fresh, events) = diff(&known, items, false);
        let got: Vec<(EventType, String, String)> = events
            .iter()
            .map(|(t, o)| {
                let m = meta_of(o, false);
                (*t, m.name, m.rv)
            })
            .collect();
        let want = [
            (EventType::Deleted, "gone", "7"),
            (EventType::Modified, "changed", "10"),
            (EventType::Added, "new", "11"),
            (EventType::Deleted, "replaced", "8"),
            (EventType::Added, "replaced", "12"),
        ];
        assert_eq!(
            got,
            want.iter()
                .map(|(t, n, r)| (*t, n.to_string(), r.to_string()))
                .collect::<Vec<_>>()
        );
        assert_eq!(fresh.len(), 4);
        // A second identical relist changes nothing.
        let again: Vec<Value> = fresh.values().map(|k| k.item.clone()).collect();
        assert!(diff(&fresh, again, false).1.is_empty());
    }

    #[test]
    fn meta_of_rows_and_objects() {
        let obj = serde_json::json!({"metadata": {"name": "a", "namespace": "n", "uid": "u", "resourceVersion": "7"}});
        let row = serde_json::json!({"cells": ["a"], "object": obj});
        let want = Meta {
            namespace: "n".into(),
            name: "a".into(),
            uid: "u".into(),
            rv: "7".into(),
        };
        assert_eq!(meta_of(&obj, false), want);
        assert_eq!(meta_of(&row, true), want);
    }
}
