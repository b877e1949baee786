//! `kctl delete`: objects picked by name (`TYPE NAME...`, `TYPE/NAME...`), by file (`-f`,
//! the same reader as `create`), by selector (`-l`, `--field-selector`) or `--all`, in one
//! namespace or all (`-A`).
//!
//! As kubectl: selectors and `--all` list first, then delete each object with its own
//! DELETE (never deletecollection), and every message, error and exit code is kubectl's.
//! Unlike kubectl, the deletions go a bounded number at a time (`--concurrency`), with the
//! output still in list (or argument, or file) order. Then, with `--wait` (the default),
//! kctl waits until each object is gone (see [`crate::resource::wait`]).

use std::io::Write;

use futures::{StreamExt, stream};
use serde::Deserialize;
use serde_json::Value;

use super::create::selector::Selector;
use super::create::{Failure, Tally, find, labels, mapping_error, object_namespace, report};
use crate::ExitStatus;
use crate::cli::{DeleteArgs, DryRun, GlobalArgs};
use crate::error::{Error, Result};
use crate::interrupt::Interrupt;
use crate::resource::api::{ListParams, Pages};
use crate::resource::discovery;
use crate::resource::http::ACCEPT_METADATA;
use crate::resource::manifest::{Manifest, read_manifests};
use crate::resource::resolve::split_args;
use crate::resource::wait::{Gone, wait_gone};
use crate::resource::write::{Checker, OldObject, Removed, Written, delete_checked};
use crate::resource::{ApiResourceInfo, Cluster, resolve_types};
use crate::time::parse_duration;

const NO_RESOURCES: &str = "error: You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'";

const FORCE_WARNING: &str = "Warning: Immediate deletion does not wait for confirmation that the running resource has been terminated. The resource may continue to run on the cluster indefinitely.";

const CLUSTER_SCOPE_WARNING: &str = "Warning: deleting cluster-scoped resources, not scoped to the provided namespace";

/// Page size of the lists behind `-l`, `--field-selector` and `--all`.
const LIST_CHUNK: u32 = 500;

/// The DeleteOptions kctl sends, as kubectl does.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Options {
    /// `gracePeriodSeconds`; `None`: the object's default.
    grace: Option<i64>,
    /// `Background`, `Foreground` or `Orphan`.
    propagation: &'static str,
    dry_run: DryRun,
}

impl Options {
    /// The request body, byte for byte what kubectl sends (field order of the Go type).
    fn body(&self) -> String {
        let mut fields = Vec::new();
        if let Some(g) = self.grace {
            fields.push(format!("\"gracePeriodSeconds\":{g}"));
        }
        fields.push(format!("\"propagationPolicy\":\"{}\"", self.propagation));
        if self.dry_run == DryRun::Server {
            fields.push("\"dryRun\":[\"All\"]".to_string());
        }
        format!("{{{}}}", fields.join(","))
    }

    /// `deleted`, `force deleted`, with ` (dry run)` or ` (server dry run)`.
    fn verb(&self) -> String {
        let verb = if self.grace == Some(0) {
            "force deleted"
        } else {
            "deleted"
        };
        match self.dry_run {
            DryRun::None => verb.to_string(),
            DryRun::Client => format!("{verb} (dry run)"),
            DryRun::Server => format!("{verb} (server dry run)"),
        }
    }
}

/// One object to delete.
#[derive(Debug, Clone)]
struct Target {
    res: ApiResourceInfo,
    namespace: Option<String>,
    name: String,
    /// The file it was read from (`-f`), for error messages.
    source: Option<String>,
    /// Known not to be deletable before sending (a namespace that contradicts `-n`).
    failure: Option<Failure>,
    /// Its UID, when it was listed.
    uid: Option<String>,
}

/// How the DELETE of one target ended.
enum Outcome {
    Deleted(Removed),
    /// Not deleted (the failure says why); `true`: a connection was lost or refused.
    Failed(Failure, bool),
    /// Not found, and `--ignore-not-found`.
    Skipped,
    /// Sent; whether it was applied is not known.
    Unknown(Failure),
    /// Not sent (Ctrl-C).
    NotSent,
}

/// `--cascade`: the propagation policy, and kubectl's warning for the old boolean values.
fn propagation(value: &str) -> Result<(&'static str, Option<String>)> {
    let deprecated = |v: &str, new: &str| {
        Some(format!(
            "warning: --cascade={v} is deprecated (boolean value) and can be replaced with --cascade={new}."
        ))
    };
    match value {
        "background" => Ok(("Background", None)),
        "foreground" => Ok(("Foreground", None)),
        "orphan" => Ok(("Orphan", None)),
        "true" => Ok(("Background", deprecated("true", "background"))),
        "false" => Ok(("Orphan", deprecated("false", "orphan"))),
        other => Err(Error::Usage(format!(
            "invalid cascade value ({other}). Must be \"background\", \"foreground\", or \"orphan\""
        ))),
    }
}

/// `--grace-period`, `--now` and `--force` to the grace period sent (kubectl's rules:
/// `--grace-period=0` alone means 1; `--force` alone means 0).
fn grace_period(args: &DeleteArgs) -> Result<i64> {
    let mut grace = args.grace_period;
    if args.now {
        if grace != -1 {
            return Err(Error::Usage(
                "--now and --grace-period cannot be specified together".into(),
            ));
        }
        grace = 1;
    }
    if grace == 0 && !args.force {
        grace = 1;
    }
    if args.force && grace < 0 {
        grace = 0;
    }
    Ok(grace)
}

fn dry_run(value: &str) -> Result<DryRun> {
    match value {
        "none" => Ok(DryRun::None),
        "client" => Ok(DryRun::Client),
        // A bare `--dry-run`, as kubectl still takes it.
        "unchanged" => {
            eprintln!("warning: --dry-run is deprecated and can be replaced with --dry-run=client.");
            Ok(DryRun::Client)
        }
        "server" => Ok(DryRun::Server),
        other => Err(Error::Usage(format!(
            "Invalid dry-run value ({other}). Must be \"none\", \"server\", or \"client\"."
        ))),
    }
}

pub(crate) async fn run(
    global: &GlobalArgs,
    args: &DeleteArgs,
    out: &mut dyn Write,
    interrupt: &Interrupt,
) -> Result<ExitStatus> {
    // The checks, in kubectl's order: flags, then what picks the objects, then -o and --force.
    let (policy, cascade_warning) = propagation(&args.cascade)?;
    if let Some(w) = cascade_warning {
        eprintln!("{w}");
    }
    let selecting = args.all || args.selector.is_some() || args.field_selector.is_some();
    let ignore_not_found = args.ignore_not_found.unwrap_or(selecting);
    let grace = grace_period(args)?;
    let dry = dry_run(&args.dry_run)?;
    let timeout = match args.timeout.as_deref() {
        Some(t) => parse_duration(t)?,
        None => None,
    };
    let has_names = args.args.len() > 1 || args.args.iter().any(|a| a.contains('/'));
    if args.all_namespaces && has_names {
        return Err(Error::Usage(
            "a resource cannot be retrieved by name across all namespaces".into(),
        ));
    }
    if args.all && (args.selector.is_some() || args.field_selector.is_some()) {
        return Err(Error::Usage(
            "setting 'all' parameter but found a non empty selector. ".into(),
        ));
    }
    let opts = Options {
        grace: (grace >= 0).then_some(grace),
        propagation: policy,
        dry_run: dry,
    };

    let explicit_ns = global.namespace.is_some();
    let (targets, late_failures, cluster) = if !args.filenames.is_empty() {
        let selector = args.selector.as_deref().map(Selector::parse).transpose().map_err(|e| {
            let sel = args.selector.as_deref().unwrap_or_default();
            Error::Usage(format!(
                "the provided selector {sel:?} is not valid: {}",
                e.render().trim_start_matches("error: ")
            ))
        })?;
        let manifests = match read_manifests(&args.filenames, args.recursive, &mut std::io::stdin().lock()) {
            Ok(m) => m,
            Err(errors) => {
                eprintln!("{errors}");
                return Ok(ExitStatus::Failure);
            }
        };
        if !args.args.is_empty() {
            return Err(Error::Usage(
                "when paths, URLs, or stdin is provided as input, you may not specify resource arguments as well"
                    .into(),
            ));
        }
        let manifests: Vec<Manifest> = match &selector {
            Some(sel) => manifests
                .into_iter()
                .filter(|m| sel.matches(&labels(&m.object)))
                .collect(),
            None => manifests,
        };
        let cluster = crate::resource::config::connect(global).await?;
        let (targets, unmapped) = from_manifests(&cluster, explicit_ns, manifests).await?;
        check_output_and_force(args, grace)?;
        (targets, unmapped, cluster)
    } else {
        let type_args = split_args(&args.args)?;
        if type_args.is_empty() {
            if selecting {
                return Err(Error::Usage(
                    "at least one resource must be specified to use a selector".into(),
                ));
            }
            return Err(Error::Plain(NO_RESOURCES.into()));
        }
        if selecting && args.args.iter().any(|a| a.contains('/')) {
            return Err(Error::Usage(
                "selectors and the all flag cannot be used when passing resource/name arguments".into(),
            ));
        }
        if selecting && has_names {
            return Err(Error::Usage(
                "name cannot be provided when a selector is specified".into(),
            ));
        }
        let cluster = crate::resource::config::connect(global).await?;
        let types: Vec<String> = type_args.iter().map(|t| t.type_name.clone()).collect();
        let resolved = resolve_types(&cluster, &types).await?;
        if !selecting && !has_names {
            return Err(Error::Usage(
                "resource(s) were provided, but no name was specified".into(),
            ));
        }
        check_output_and_force(args, grace)?;
        let mut targets = Vec::new();
        let mut failures = Vec::new();
        if selecting {
            let namespace = (!args.all_namespaces).then_some(cluster.namespace.as_str());
            for res in resolved.into_iter().flatten() {
                if let Err(e) = list_targets(&cluster, &res, namespace, args, &mut targets).await {
                    failures.push(e);
                }
            }
        } else {
            for (t, rs) in type_args.iter().zip(resolved) {
                for res in rs {
                    for name in &t.names {
                        targets.push(Target {
                            namespace: res.namespaced.then(|| cluster.namespace.clone()),
                            res: res.clone(),
                            name: name.clone(),
                            source: None,
                            failure: None,
                            uid: None,
                        });
                    }
                }
            }
        }
        (targets, failures, cluster)
    };

    if targets.is_empty() && late_failures.is_empty() {
        writeln!(out, "No resources found")?;
        out.flush()?;
        return Ok(ExitStatus::Success);
    }
    if explicit_ns && !args.all_namespaces && targets.iter().any(|t| !t.res.namespaced && t.failure.is_none()) {
        eprintln!("{CLUSTER_SCOPE_WARNING}");
    }

    let name_only = args.output.is_some();
    let verb = opts.verb();
    let mut tally = Tally {
        total: targets.len(),
        ..Tally::default()
    };
    let mut troubled = false;
    let mut failures: Vec<Failure> = Vec::new();
    let mut pending: Vec<Gone> = Vec::new();
    let print = |out: &mut dyn Write, t: &Target| -> std::io::Result<()> {
        let kind = t.res.kind_prefix();
        let name = crate::output::escape::for_terminal(&t.name);
        if name_only {
            writeln!(out, "{kind}/{name}")
        } else {
            writeln!(out, "{kind} \"{name}\" {verb}")
        }
    };

    if dry == DryRun::Client {
        for t in &targets {
            match &t.failure {
                Some(f) => failures.push(f.clone()),
                None => {
                    print(out, t)?;
                    tally.done += 1;
                }
            }
        }
    } else {
        let body = opts.body();
        let concurrency = usize::from(args.concurrency.max(1));
        let checker = Checker::new(Some(interrupt));
        interrupt.arm();
        let mut results = stream::iter(targets.iter())
            .map(|t| {
                let body = &body;
                let cluster = &cluster;
                let checker = &checker;
                async move {
                    if let Some(f) = &t.failure {
                        return Outcome::Failed(f.clone(), false);
                    }
                    let obj = OldObject {
                        res: &t.res,
                        namespace: t.namespace.as_deref(),
                        name: &t.name,
                        uid: t.uid.as_deref(),
                        body: body.as_bytes(),
                        dry_run: dry == DryRun::Server,
                    };
                    match delete_checked(cluster, checker, &obj).await {
                        Written::Done(r) => Outcome::Deleted(r),
                        Written::Failed(e) if ignore_not_found && e.is_not_found() => Outcome::Skipped,
                        Written::Failed(e) => {
                            let lost = matches!(e, Error::Connection(_));
                            Outcome::Failed(failure(t.source.as_deref(), e), lost)
                        }
                        Written::Unknown(e) => Outcome::Unknown(failure(t.source.as_deref(), e)),
                        Written::NotSent => Outcome::NotSent,
                    }
                }
            })
            .buffered(concurrency);
        let mut i = 0;
        while let Some(r) = results.next().await {
            let t = &targets[i];
            i += 1;
            match r {
                Outcome::Deleted(removed) => {
                    print(out, t)?;
                    out.flush()?;
                    tally.done += 1;
                    if let Removed::Pending(uid) = removed {
                        pending.push(Gone {
                            res: t.res.clone(),
                            namespace: t.namespace.clone(),
                            name: t.name.clone(),
                            uid,
                        });
                    }
                }
                Outcome::Failed(f, lost) => {
                    troubled |= lost;
                    failures.push(f);
                }
                Outcome::Unknown(f) => {
                    troubled = true;
                    tally.unknown += 1;
                    failures.push(f);
                }
                Outcome::Skipped | Outcome::NotSent => {}
            }
        }
    }
    out.flush()?;
    failures.extend(late_failures);
    report(&failures);
    let mut failed = !failures.is_empty();
    let verb = opts.verb();
    if interrupt.fired() {
        eprintln!("interrupted: {}", tally.line(&verb));
        return Ok(ExitStatus::Interrupted);
    }

    if args.wait && dry == DryRun::None && !pending.is_empty() {
        let waited = wait_gone(
            &cluster,
            &pending,
            timeout,
            usize::from(args.concurrency.max(1)),
            Some(interrupt),
        )
        .await;
        if waited.interrupted {
            eprintln!(
                "interrupted: {}; {} of them not gone yet (not waited for)",
                tally.line(&verb),
                waited.left.len()
            );
            return Ok(ExitStatus::Interrupted);
        }
        for i in &waited.left {
            let g = &pending[*i];
            eprintln!(
                "error: timed out waiting for the condition on {}/{}",
                g.res.plural, g.name
            );
        }
        failed |= !waited.left.is_empty();
    }
    if troubled {
        eprintln!("summary: {}", tally.line(&verb));
    }
    Ok(if failed {
        ExitStatus::Failure
    } else {
        ExitStatus::Success
    })
}

/// kubectl's `Validate`: `-o name` only; `--force` with a positive grace period is an error,
/// with grace 0 a warning.
fn check_output_and_force(args: &DeleteArgs, grace: i64) -> Result<()> {
    if let Some(o) = args.output.as_deref().filter(|o| *o != "name") {
        return Err(Error::Usage(format!(
            "unexpected -o output mode: {o}. We only support '-o name'"
        )));
    }
    if args.force && grace == 0 {
        eprintln!("{FORCE_WARNING}");
    } else if args.force && grace > 0 {
        return Err(Error::Usage(
            "--force and --grace-period greater than 0 cannot be specified together".into(),
        ));
    }
    Ok(())
}

/// The objects of the manifests, mapped through discovery; the kinds the server does not
/// serve as failures (reported after the others, as kubectl does).
async fn from_manifests(
    cluster: &Cluster,
    explicit_ns: bool,
    manifests: Vec<Manifest>,
) -> Result<(Vec<Target>, Vec<Failure>)> {
    let (mut disco, mut cached) = discovery::load(cluster, false).await?;
    let mut targets = Vec::new();
    let mut unmapped = Vec::new();
    for m in manifests {
        let mut found = find(&disco, m.api_version(), m.kind());
        if found.is_none() && cached {
            (disco, cached) = discovery::load(cluster, true).await?;
            found = find(&disco, m.api_version(), m.kind());
        }
        let Some(res) = found else {
            unmapped.push(Failure::Plain(mapping_error(&m)));
            continue;
        };
        let (namespace, ns_failure) = object_namespace(&res, &m, cluster, explicit_ns);
        let failure = ns_failure.or_else(|| {
            m.name()
                .is_empty()
                .then(|| Failure::Plain("resource name may not be empty".into()))
        });
        targets.push(Target {
            res,
            namespace,
            name: m.name().to_string(),
            source: Some(m.source.clone()),
            failure,
            uid: None,
        });
    }
    Ok((targets, unmapped))
}

#[derive(Deserialize)]
struct ListPage {
    /// `null` in an empty PartialObjectMetadataList.
    #[serde(default)]
    items: Option<Vec<Value>>,
}

/// List the objects of `res` that the selectors (or `--all`) pick, page by page, in the
/// server's order; a failed list is kubectl's `Unable to find ...` error.
async fn list_targets(
    cluster: &Cluster,
    res: &ApiResourceInfo,
    namespace: Option<&str>,
    args: &DeleteArgs,
    targets: &mut Vec<Target>,
) -> std::result::Result<(), Failure> {
    let params = ListParams {
        label_selector: args.selector.clone(),
        field_selector: args.field_selector.clone(),
        limit: LIST_CHUNK,
        continue_token: None,
    };
    // Names and UIDs are all a delete needs: the server sends metadata only.
    let mut pages = Pages::new(cluster, res, namespace, &params, ACCEPT_METADATA);
    loop {
        let bytes = match pages.next_page().await {
            Ok(Some(b)) => b,
            Ok(None) => return Ok(()),
            Err(Error::Api(status)) => return Err(Failure::Api(status)),
            Err(other) => return Err(failure(None, other)),
        };
        let page: ListPage = serde_json::from_slice(&bytes)
            .map_err(|e| Failure::Plain(format!("cannot decode the server's response: {e}")))?;
        for item in page.items.unwrap_or_default() {
            let name = item
                .pointer("/metadata/name")
                .and_then(Value::as_str)
                .unwrap_or_default();
            let ns = item.pointer("/metadata/namespace").and_then(Value::as_str);
            targets.push(Target {
                res: res.clone(),
                namespace: if res.namespaced { ns.map(str::to_string) } else { None },
                name: name.to_string(),
                source: None,
                failure: None,
                uid: item
                    .pointer("/metadata/uid")
                    .and_then(Value::as_str)
                    .map(str::to_string),
            });
        }
    }
}

/// A failed DELETE as kubectl reports it (`error when deleting "FILE": ...` for files).
fn failure(source: Option<&str>, e: Error) -> Failure {
    match (e, source) {
        (Error::Api(mut status), Some(src)) => {
            status.message = format!("error when deleting \"{src}\": {}", status.message);
            Failure::Api(status)
        }
        (Error::Api(status), None) => Failure::Api(status),
        (other, src) => {
            let text = other.render();
            let text = text.strip_prefix("error: ").unwrap_or(&text).to_string();
            match src {
                Some(src) => Failure::Plain(format!("error when deleting \"{src}\": {text}")),
                None => Failure::Plain(text),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Parser;

    fn args(line: &[&str]) -> DeleteArgs {
        let mut full = vec!["kctl", "delete"];
        full.extend_from_slice(line);
        match crate::cli::Cli::parse_from(full).command {
            crate::cli::Command::Delete(a) => a,
            _ => unreachable!(),
        }
    }

    #[test]
    fn bodies_match_kubectl() {
        let o = |grace, propagation, dry_run| Options {
            grace,
            propagation,
            dry_run,
        };
        assert_eq!(
            o(None, "Background", DryRun::None).body(),
            r#"{"propagationPolicy":"Background"}"#
        );
        assert_eq!(
            o(Some(0), "Foreground", DryRun::Server).body(),
            r#"{"gracePeriodSeconds":0,"propagationPolicy":"Foreground","dryRun":["All"]}"#
        );
        assert_eq!(o(Some(0), "Orphan", DryRun::Client).verb(), "force deleted (dry run)");
        assert_eq!(o(Some(1), "Orphan", DryRun::Server).verb(), "deleted (server dry run)");
        assert_eq!(o(None, "Orphan", DryRun::None).verb(), "deleted");
    }

    #[test]
    fn grace_rules() {
        assert_eq!(grace_period(&args(&["pod", "x"])).unwrap(), -1);
        assert_eq!(grace_period(&args(&["pod", "x", "--now"])).unwrap(), 1);
        assert_eq!(grace_period(&args(&["pod", "x", "--grace-period=0"])).unwrap(), 1);
        assert_eq!(
            grace_period(&args(&["pod", "x", "--grace-period=0", "--force"])).unwrap(),
            0
        );
        assert_eq!(grace_period(&args(&["pod", "x", "--force"])).unwrap(), 0);
        assert_eq!(grace_period(&args(&["pod", "x", "--grace-period", "-5"])).unwrap(), -5);
        assert_eq!(
            grace_period(&args(&["pod", "x", "--grace-period=7", "--force"])).unwrap(),
            7
        );
        assert_eq!(
            grace_period(&args(&["pod", "x", "--now", "--grace-period=3"]))
                .unwrap_err()
                .render(),
            "error: --now and --grace-period cannot be specified together"
        );
    }

    #[test]
    fn cascade_values() {
        assert_eq!(propagation("background").unwrap(), ("Background", None));
        assert_eq!(propagation("orphan").unwrap().0, "Orphan");
        assert_eq!(
            propagation("false").unwrap(),
            (
                "Orphan",
                Some(
                    "warning: --cascade=false is deprecated (boolean value) and can be replaced with --cascade=orphan."
                        .into()
                )
            )
        );
        assert_eq!(
            propagation("bogus").unwrap_err().render(),
            "error: invalid cascade value (bogus). Must be \"background\", \"foreground\", or \"orphan\""
        );
        assert_eq!(args(&["pod", "x", "--cascade"]).cascade, "background");
        assert_eq!(args(&["pod", "x"]).ignore_not_found, None);
        assert_eq!(args(&["pod", "x", "--ignore-not-found"]).ignore_not_found, Some(true));
        assert!(!args(&["pod", "x", "--wait=false"]).wait);
        assert!(args(&["pod", "x", "--wait"]).wait);
    }
}
