//! `kctl wait`: kubectl 1.32's verb, on the engine of `watch --for` (the same condition
//! checks, `cmd::condition`, and the same resumable watch, `resource::watch`).
//!
//! As kubectl: the objects are named (`TYPE/NAME`, `TYPE NAME...`, `-f`) or listed (`-l`,
//! `--field-selector`, `--all`), then waited for one after the other, each printing
//! `kind/name condition met` once it meets every `--for`; the first one that does not by
//! the deadline ends the run with kubectl's error. `--fail-on` ends it at once, exit 1,
//! when an object meets one of its conditions.

use std::time::Duration;

use serde_json::Value;
use tokio::time::Instant;

use super::condition::{Condition, ForCondition};
use super::watch::failure;
use crate::cmd::Context;
use crate::error::{Error, Result, not_found};
use crate::resource::api::{ListParams, Pages};
use crate::resource::http::ACCEPT_JSON;
use crate::resource::lookup::Lookup;
use crate::resource::manifest::Inputs;
use crate::resource::resolve::split_args;
use crate::resource::wait::{Gone, wait_gone};
use crate::resource::watch::{Step, WatchOptions as StreamOptions, Watcher};
use crate::resource::{ApiResourceInfo, Cluster, resolve_types};
use crate::status::ExitStatus;

/// kubectl's wait for "forever" (a negative `--timeout`): a week.
pub(crate) const WEEK: Duration = Duration::from_secs(168 * 3600);

/// `kctl wait`, typed (built by `settings::wait`).
#[derive(Debug)]
pub(crate) struct WaitOptions {
    pub(crate) objects: WaitObjects,
    /// `-A`.
    pub(crate) all_namespaces: bool,
    /// `--for` (each must hold).
    pub(crate) conditions: Vec<ForCondition>,
    /// `--fail-on`.
    pub(crate) fail_on: Vec<ForCondition>,
    /// `--timeout`: zero checks once.
    pub(crate) timeout: Duration,
    /// `-o name`.
    pub(crate) name_only: bool,
}

/// Which objects.
#[derive(Debug)]
pub(crate) enum WaitObjects {
    /// `-f`.
    Files(Inputs),
    /// Resource arguments, with `-l`/`--field-selector`/`--all` (`list`) or names.
    Types {
        args: Vec<String>,
        list: Option<ListParams>,
    },
}

/// One object to wait for.
#[derive(Debug, Clone)]
struct Target {
    res: ApiResourceInfo,
    namespace: Option<String>,
    name: String,
}

impl Target {
    /// kubectl's `pods/x` (resource and name), in its errors.
    fn resource_name(&self) -> String {
        format!("{}/{}", self.res.plural, self.name)
    }
}

/// What `--for` asks, in the end.
enum Goal<'a> {
    Delete,
    Create,
    Checks(&'a [ForCondition]),
}

pub(crate) async fn run(opts: &WaitOptions, cx: &mut Context<'_>) -> Result<ExitStatus> {
    let goal = goal(&opts.conditions)?;
    let cluster = cx.connect().await?;
    let explicit_ns = cx.namespace_flag().is_some();
    let deadline = Instant::now() + opts.timeout;
    if let Goal::Create = goal {
        wait_created(&cluster, opts, explicit_ns, deadline).await?;
    }
    let is_delete = matches!(goal, Goal::Delete);
    let targets = targets(&cluster, opts, explicit_ns, is_delete).await?;
    if targets.is_empty() && !is_delete {
        return Err(Error::Plain("error: no matching resources found".into()));
    }
    // As kubectl: every object is visited; the failures are reported together at the end.
    let mut failures = Vec::new();
    for t in &targets {
        let late = !opts.timeout.is_zero() && Instant::now() >= deadline;
        let met = match &goal {
            _ if late => false,
            Goal::Delete => wait_deleted(&cluster, t, opts.timeout, deadline).await?,
            Goal::Checks(checks) => {
                match wait_checks(&cluster, t, checks, &opts.fail_on, opts.timeout, deadline).await? {
                    Outcome::Met => true,
                    Outcome::TimedOut => false,
                    Outcome::Failed(line) => {
                        cx.out.flush()?;
                        eprintln!("error: {line}");
                        return Ok(ExitStatus::Failure);
                    }
                }
            }
            Goal::Create => true,
        };
        if !met {
            failures.push(if opts.timeout.is_zero() {
                format!("condition not met for {}", t.resource_name())
            } else {
                format!("timed out waiting for the condition on {}", t.resource_name())
            });
            continue;
        }
        let kind = t.res.kind_prefix();
        let name = crate::output::escape::for_terminal(&t.name);
        if opts.name_only {
            writeln!(cx.out, "{kind}/{name}")?;
        } else {
            writeln!(cx.out, "{kind}/{name} condition met")?;
        }
        cx.out.flush()?;
    }
    match failures.as_slice() {
        [] => {}
        // kubectl prints one error with its prefix, several as bare lines.
        [one] => return Err(Error::Plain(format!("error: {one}"))),
        several => return Err(Error::Plain(several.join("\n"))),
    }
    Ok(ExitStatus::Success)
}

/// `delete`, `create` or checks; several `--for` must all hold (checks only).
fn goal(conditions: &[ForCondition]) -> Result<Goal<'_>> {
    let special = conditions
        .iter()
        .find(|c| matches!(c.condition, Condition::Delete | Condition::Create));
    match special {
        None => Ok(Goal::Checks(conditions)),
        Some(_) if conditions.len() > 1 => Err(Error::Usage(
            "--for=delete and --for=create cannot be combined with other --for conditions".into(),
        )),
        Some(c) if c.condition == Condition::Delete => Ok(Goal::Delete),
        Some(_) => Ok(Goal::Create),
    }
}

/// The objects, as kubectl's resource builder finds them: from the files, by name, or
/// listed. For `delete`, a listed type without objects is not an error.
async fn targets(cluster: &Cluster, opts: &WaitOptions, explicit_ns: bool, is_delete: bool) -> Result<Vec<Target>> {
    match &opts.objects {
        WaitObjects::Files(inputs) => from_files(cluster, inputs, explicit_ns).await,
        WaitObjects::Types { args, list } => {
            let types = split_args(args)?;
            if types.is_empty() {
                return Err(Error::Plain(NO_RESOURCES.into()));
            }
            let names: Vec<String> = types.iter().map(|t| t.type_name.clone()).collect();
            let resolved = resolve_types(cluster, &names).await?;
            let mut out = Vec::new();
            match list {
                Some(params) => {
                    let namespace = (!opts.all_namespaces).then_some(cluster.namespace.as_str());
                    for res in resolved.into_iter().flatten() {
                        list_targets(cluster, &res, namespace, params, &mut out).await?;
                    }
                }
                None => {
                    if types.iter().all(|t| t.names.is_empty()) {
                        return Err(Error::Usage(
                            "resource(s) were provided, but no name was specified".into(),
                        ));
                    }
                    for (t, rs) in types.iter().zip(resolved) {
                        for res in rs {
                            for name in &t.names {
                                out.push(Target {
                                    namespace: res.namespaced.then(|| cluster.namespace.clone()),
                                    res: res.clone(),
                                    name: name.clone(),
                                });
                            }
                        }
                    }
                    // kubectl's builder gets each named object first: a missing one is
                    // its NotFound error, or (waiting for deletion) skipped without a word.
                    let mut found = Vec::with_capacity(out.len());
                    for t in out {
                        match get(cluster, &t).await {
                            Ok(_) => found.push(t),
                            Err(e) if is_delete && e.is_not_found() => {}
                            Err(e) => return Err(e),
                        }
                    }
                    out = found;
                }
            }
            Ok(out)
        }
    }
}

/// kubectl's error without any object named.
const NO_RESOURCES: &str = "error: You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'";

/// The objects of `-f`.
async fn from_files(cluster: &Cluster, inputs: &Inputs, explicit_ns: bool) -> Result<Vec<Target>> {
    let manifests = inputs
        .read(&mut std::io::stdin().lock())
        .map_err(|errors| Error::Plain(errors.to_string()))?;
    let mut lookup = Lookup::load(cluster).await?;
    let mut out = Vec::new();
    for m in manifests {
        let Some(res) = lookup.kind(m.api_version(), m.kind()).await? else {
            return Err(Error::Plain(format!("error: {}", m.mapping_error())));
        };
        let (namespace, mismatch) = m.target_namespace(res.namespaced, &cluster.namespace, explicit_ns);
        if let Some(why) = mismatch {
            return Err(Error::Plain(format!("error: {why}")));
        }
        out.push(Target {
            res,
            namespace,
            name: m.name().to_string(),
        });
    }
    Ok(out)
}

/// The objects of one type that the selectors pick, in list order.
async fn list_targets(
    cluster: &Cluster,
    res: &ApiResourceInfo,
    namespace: Option<&str>,
    params: &ListParams,
    out: &mut Vec<Target>,
) -> Result<()> {
    let mut pages = Pages::new(cluster, res, namespace, params, crate::resource::http::ACCEPT_METADATA);
    while let Some(bytes) = pages.next_page().await? {
        for item in crate::resource::api::listed(&bytes, res)? {
            out.push(Target {
                res: res.clone(),
                namespace: item.namespace,
                name: item.name,
            });
        }
    }
    Ok(())
}

/// One GET of the object.
async fn get(cluster: &Cluster, t: &Target) -> Result<Value> {
    let bytes = crate::resource::api::get_object(cluster, &t.res, t.namespace.as_deref(), &t.name, ACCEPT_JSON).await?;
    serde_json::from_slice(&bytes).map_err(|e| Error::Decode(format!("cannot decode the server's response: {e}")))
}

/// `--for=create`: kubectl looks for the objects every half second until it finds some
/// (then prints them as met, as for any condition).
async fn wait_created(cluster: &Cluster, opts: &WaitOptions, explicit_ns: bool, deadline: Instant) -> Result<()> {
    loop {
        match targets(cluster, opts, explicit_ns, false).await {
            Ok(found) if !found.is_empty() => return Ok(()),
            Ok(_) => {}
            Err(e) if e.is_not_found() => {}
            Err(e) => return Err(e),
        }
        if Instant::now() + Duration::from_millis(500) > deadline {
            return Err(Error::Plain("error: timed out waiting for the condition".into()));
        }
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
}

/// `--for=delete` on one object: met once it is gone.
async fn wait_deleted(cluster: &Cluster, t: &Target, timeout: Duration, deadline: Instant) -> Result<bool> {
    let uid = match get(cluster, t).await {
        Err(e) if e.is_not_found() => return Ok(true),
        Err(e) => return Err(e),
        Ok(obj) => obj.pointer("/metadata/uid").and_then(Value::as_str).map(str::to_string),
    };
    if timeout.is_zero() {
        return Ok(false);
    }
    let gone = Gone {
        res: t.res.clone(),
        namespace: t.namespace.clone(),
        name: t.name.clone(),
        uid,
    };
    let left = deadline.saturating_duration_since(Instant::now());
    let waited = wait_gone(cluster, std::slice::from_ref(&gone), Some(left), 1, None).await;
    Ok(waited.left.is_empty())
}

/// How the wait for one object's conditions ended.
enum Outcome {
    Met,
    TimedOut,
    /// A `--fail-on` line.
    Failed(String),
}

/// Every check on one object: once (`--timeout=0`), or watching it by name until they all
/// hold, a `--fail-on` holds, or the deadline.
async fn wait_checks(
    cluster: &Cluster,
    t: &Target,
    checks: &[ForCondition],
    fail_on: &[ForCondition],
    timeout: Duration,
    deadline: Instant,
) -> Result<Outcome> {
    let judge = |obj: &Value| -> Option<Outcome> {
        if let Some(line) = failure(fail_on, std::iter::once(obj), &t.res) {
            return Some(Outcome::Failed(line));
        }
        checks.iter().all(|c| c.condition.holds(obj)).then_some(Outcome::Met)
    };
    if timeout.is_zero() {
        let obj = get(cluster, t).await?;
        return Ok(judge(&obj).unwrap_or(Outcome::TimedOut));
    }
    let opts = StreamOptions {
        namespace: t.namespace.clone(),
        name: Some(t.name.clone()),
        chunk_size: 500,
        ..Default::default()
    };
    let mut watcher = Watcher::new(cluster, t.res.clone(), opts);
    let mut synced = false;
    loop {
        let step = tokio::select! {
            step = watcher.next() => step?,
            _ = tokio::time::sleep_until(deadline) => return Ok(Outcome::TimedOut),
        };
        if let Step::Synced = step {
            synced = true;
            if watcher.objects().next().is_none() {
                return Err(not_found(&t.res.plural, &t.res.group, &t.name));
            }
        }
        if !synced {
            continue;
        }
        if let Some(outcome) = watcher.objects().find_map(&judge) {
            return Ok(outcome);
        }
    }
}
