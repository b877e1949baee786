//! `kctl delete`: objects picked by name (`TYPE NAME...`, `TYPE/NAME...`), by file (`-f`,
//! the same reader as `create`), by selector (`-l`, `--field-selector`) or `--all`, in one
//! namespace or all (`-A`).
//!
//! As kubectl: selectors and `--all` list first, then delete each object with its own
//! DELETE (never deletecollection), and every message, error and exit code is kubectl's.
//! Unlike kubectl, the deletions go a bounded number at a time (`--concurrency`), with the
//! output still in list (or argument, or file) order. Then, with `--wait` (the default),
//! kctl waits until each object is gone (see [`crate::resource::wait`]). Several types go
//! one after the other, in the order given: each is listed, deleted and waited for before
//! the next is listed (a Pod that a ReplicaSet makes before its deletion is still seen).
//!
//! The flags are checked in kubectl's order: `settings::delete` checks those it can alone;
//! what depends on the inputs read or on discovery is checked here, at the same point as
//! kubectl (`-f` with resource arguments once the files are read; `-o` and `--force` once
//! the types are resolved).

use std::io::Write;
use std::time::Duration;

use futures::StreamExt;

use crate::cmd::batch::{Batch, Ended, ObjectError, in_order, report};
use crate::cmd::{Context, DryRun};
use crate::error::{Error, Result};
use crate::resource::api::{ListParams, Pages};
use crate::resource::http::ACCEPT_METADATA;
use crate::resource::lookup::Lookup;
use crate::resource::manifest::{Inputs, Manifest};
use crate::resource::resolve::TypeArg;
use crate::resource::wait::{Gone, wait_gone};
use crate::resource::write::{Checker, OldObject, Removed, Written, delete_checked};
use crate::resource::{ApiResourceInfo, Cluster, resolve_types};
use crate::status::ExitStatus;

const FORCE_WARNING: &str = "Warning: Immediate deletion does not wait for confirmation that the running resource has been terminated. The resource may continue to run on the cluster indefinitely.";

const CLUSTER_SCOPE_WARNING: &str = "Warning: deleting cluster-scoped resources, not scoped to the provided namespace";

/// Page size of the lists behind `-l`, `--field-selector` and `--all`.
const LIST_CHUNK: u32 = 500;

/// `kctl delete`, typed (built by `settings::delete`).
#[derive(Debug)]
pub(crate) struct DeleteOptions {
    pub(crate) objects: DeleteObjects,
    /// `-A`.
    pub(crate) all_namespaces: bool,
    pub(crate) request: DeleteRequest,
    /// `--force`.
    pub(crate) force: bool,
    pub(crate) ignore_not_found: bool,
    pub(crate) output: DeleteOutput,
    /// `--wait`: until the objects are gone, for at most `timeout`.
    pub(crate) wait: bool,
    pub(crate) timeout: Option<Duration>,
    /// Deletions (and waits) in flight at once.
    pub(crate) concurrency: usize,
}

/// What to delete.
#[derive(Debug)]
pub(crate) enum DeleteObjects {
    /// `-f`: the objects of the inputs. `with_args`: resource arguments were given too
    /// (kubectl's error, once the inputs are read).
    Files { inputs: Inputs, with_args: bool },
    /// `TYPE NAME...`, `TYPE/NAME...`, or the objects of types that `list` picks.
    /// `names`: some names were given (without any, and no `list`: kubectl's error once the
    /// types are resolved).
    Types {
        types: Vec<TypeArg>,
        names: bool,
        list: Option<ListSelectors>,
    },
}

/// `-l`, `--field-selector` (both none with `--all`): list the types' objects, then delete them.
#[derive(Debug, Clone, Default)]
pub(crate) struct ListSelectors {
    pub(crate) label: Option<String>,
    pub(crate) field: Option<String>,
}

/// `-o`: kubectl's `delete` prints names only.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum DeleteOutput {
    /// `pod "x" deleted`.
    Lines,
    /// `-o name`: `pod/x`.
    Name,
    /// Any other `-o` (kubectl's error, after the types are resolved).
    Unsupported(String),
}

/// The DeleteOptions kctl sends, as kubectl does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct DeleteRequest {
    /// `gracePeriodSeconds`; `None`: the object's default.
    pub(crate) grace: Option<i64>,
    /// `Background`, `Foreground` or `Orphan`.
    pub(crate) propagation: &'static str,
    pub(crate) dry_run: DryRun,
}

impl DeleteRequest {
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
    failure: Option<ObjectError>,
    /// Its UID, when it was listed.
    uid: Option<String>,
}

/// The objects to delete, and the errors to report after theirs (kinds not served, lists
/// that failed).
struct Planned {
    cluster: Cluster,
    targets: Vec<Target>,
    late: Vec<ObjectError>,
}

/// One step of a run: the objects of one type (or of the files), listed when the step
/// comes, deleted and waited for before the next step, as kubectl finishes each type
/// before it lists the next.
enum Step {
    Ready(Vec<Target>, Vec<ObjectError>),
    /// The objects of this type that the selectors (or `--all`) pick, in this namespace
    /// (`None`: all).
    List(Box<(ApiResourceInfo, Option<String>, ListSelectors)>),
}

impl Step {
    async fn targets(self, cluster: &Cluster) -> (Vec<Target>, Vec<ObjectError>) {
        match self {
            Step::Ready(targets, late) => (targets, late),
            Step::List(list) => {
                let (res, namespace, selectors) = *list;
                let mut targets = Vec::new();
                let late = match list_targets(cluster, &res, namespace.as_deref(), &selectors, &mut targets).await {
                    Ok(()) => Vec::new(),
                    Err(e) => vec![e],
                };
                (targets, late)
            }
        }
    }
}

/// How one step ended.
enum StepEnd {
    /// Nothing to delete and nothing to report.
    Empty,
    Ended(ExitStatus),
}

pub(crate) async fn run(opts: &DeleteOptions, cx: &mut Context<'_>) -> Result<ExitStatus> {
    let explicit_ns = cx.namespace_flag().is_some();
    let (cluster, steps) = match &opts.objects {
        DeleteObjects::Files { inputs, with_args } => {
            match from_files(inputs, *with_args, explicit_ns, opts, cx).await? {
                Some(Planned { cluster, targets, late }) => (cluster, vec![Step::Ready(targets, late)]),
                None => return Ok(ExitStatus::Failure),
            }
        }
        DeleteObjects::Types { types, names, list } => {
            let cluster = cx.connect().await?;
            let steps = by_type(&cluster, types, *names, list.as_ref(), opts).await?;
            (cluster, steps)
        }
    };
    let mut warn_cluster_scope = explicit_ns && !opts.all_namespaces;
    let mut found = false;
    let mut failed = false;
    // Errors are reported together (as kubectl aggregates them), after the last step's
    // deletions.
    let mut errors: Vec<ObjectError> = Vec::new();
    let count = steps.len();
    for (i, step) in steps.into_iter().enumerate() {
        let (targets, late) = step.targets(&cluster).await;
        let shared = StepRun {
            last: i + 1 == count,
            warn_cluster_scope: &mut warn_cluster_scope,
            errors: &mut errors,
        };
        match delete_step(&cluster, targets, late, opts, shared, cx).await? {
            StepEnd::Empty => {}
            StepEnd::Ended(ExitStatus::Interrupted) => return Ok(ExitStatus::Interrupted),
            StepEnd::Ended(status) => {
                found = true;
                failed |= status == ExitStatus::Failure;
            }
        }
    }
    if !errors.is_empty() {
        report(&errors);
        failed = true;
    }
    if !found {
        writeln!(cx.out, "No resources found")?;
        cx.out.flush()?;
    }
    Ok(if failed {
        ExitStatus::Failure
    } else {
        ExitStatus::Success
    })
}

/// What the steps of one run share.
struct StepRun<'r> {
    /// The last step reports the errors of every step.
    last: bool,
    /// kubectl's warning about cluster-scoped objects is still to be printed.
    warn_cluster_scope: &'r mut bool,
    /// The errors of the steps so far, not reported yet.
    errors: &'r mut Vec<ObjectError>,
}

/// Delete the objects of one step, report the errors (on the last step, or when
/// interrupted), and (with `--wait`) wait until they are gone.
async fn delete_step(
    cluster: &Cluster,
    targets: Vec<Target>,
    late: Vec<ObjectError>,
    opts: &DeleteOptions,
    shared: StepRun<'_>,
    cx: &mut Context<'_>,
) -> Result<StepEnd> {
    if targets.is_empty() && late.is_empty() {
        return Ok(StepEnd::Empty);
    }
    if *shared.warn_cluster_scope && targets.iter().any(|t| !t.res.namespaced && t.failure.is_none()) {
        eprintln!("{CLUSTER_SCOPE_WARNING}");
        *shared.warn_cluster_scope = false;
    }
    let verb = opts.request.verb();
    let mut batch = Batch::new(targets.len(), verb.clone(), cx.interrupt);
    let mut printer = Printer {
        out: &mut *cx.out,
        name_only: opts.output != DeleteOutput::Lines,
        verb: &verb,
    };
    let pending = if opts.request.dry_run == DryRun::Client {
        print_client_dry_run(&targets, &mut batch, &mut printer)?;
        Vec::new()
    } else {
        send(cluster, &targets, opts, &mut batch, &mut printer).await?
    };
    cx.out.flush()?;
    for f in late {
        batch.fail(f);
    }
    let step_errors = batch.take_errors();
    let mut failed = !step_errors.is_empty();
    shared.errors.extend(step_errors);
    if shared.last || batch.fired() {
        report(shared.errors);
        shared.errors.clear();
    }
    if batch.fired() {
        return Ok(StepEnd::Ended(batch.interrupted("")));
    }
    if opts.wait && opts.request.dry_run == DryRun::None && !pending.is_empty() {
        let waited = wait_gone(cluster, &pending, opts.timeout, opts.concurrency, Some(cx.interrupt)).await;
        if waited.interrupted {
            let more = format!("; {} of them not gone yet (not waited for)", waited.left.len());
            return Ok(StepEnd::Ended(batch.interrupted(&more)));
        }
        failed |= timed_out(&pending, &waited.left);
    }
    Ok(StepEnd::Ended(batch.finish(failed)))
}

/// `-f`: the objects of the inputs; `None` when they cannot be read (the problems are
/// reported).
async fn from_files(
    inputs: &Inputs,
    with_args: bool,
    explicit_ns: bool,
    opts: &DeleteOptions,
    cx: &Context<'_>,
) -> Result<Option<Planned>> {
    let manifests = match inputs.read(&mut std::io::stdin().lock()) {
        Ok(m) => m,
        Err(errors) => {
            eprintln!("{errors}");
            return Ok(None);
        }
    };
    if with_args {
        return Err(Error::Usage(
            "when paths, URLs, or stdin is provided as input, you may not specify resource arguments as well".into(),
        ));
    }
    let cluster = cx.connect().await?;
    let (targets, unmapped) = from_manifests(&cluster, explicit_ns, manifests).await?;
    check_output_and_force(opts)?;
    Ok(Some(Planned {
        cluster,
        targets,
        late: unmapped,
    }))
}

/// `--dry-run=client`: each object as deleted, nothing sent.
fn print_client_dry_run(targets: &[Target], batch: &mut Batch<'_>, printer: &mut Printer<'_>) -> Result<()> {
    for t in targets {
        match &t.failure {
            Some(f) => batch.fail(f.clone()),
            None => {
                printer.print(t)?;
                batch.record(Ended::Done(()));
            }
        }
    }
    Ok(())
}

/// kubectl's error for each object the wait gave up on; true when there was any.
fn timed_out(pending: &[Gone], left: &[usize]) -> bool {
    for i in left {
        let g = &pending[*i];
        eprintln!(
            "error: timed out waiting for the condition on {}/{}",
            g.res.plural, g.name
        );
    }
    !left.is_empty()
}

/// kubectl's `Validate`: `-o name` only; `--force` with a positive grace period is an error,
/// with grace 0 a warning.
fn check_output_and_force(opts: &DeleteOptions) -> Result<()> {
    if let DeleteOutput::Unsupported(o) = &opts.output {
        return Err(Error::Usage(format!(
            "unexpected -o output mode: {o}. We only support '-o name'"
        )));
    }
    match opts.request.grace {
        Some(0) if opts.force => eprintln!("{FORCE_WARNING}"),
        Some(g) if opts.force && g > 0 => {
            return Err(Error::Usage(
                "--force and --grace-period greater than 0 cannot be specified together".into(),
            ));
        }
        _ => {}
    }
    Ok(())
}

/// The objects of the manifests, mapped through discovery; the kinds the server does not
/// serve as errors (reported after the others, as kubectl does).
async fn from_manifests(
    cluster: &Cluster,
    explicit_ns: bool,
    manifests: Vec<Manifest>,
) -> Result<(Vec<Target>, Vec<ObjectError>)> {
    let mut lookup = Lookup::load(cluster).await?;
    let mut targets = Vec::new();
    let mut unmapped = Vec::new();
    for m in manifests {
        let Some(res) = lookup.kind(m.api_version(), m.kind()).await? else {
            unmapped.push(ObjectError::Plain(m.mapping_error()));
            continue;
        };
        let (namespace, mismatch) = m.target_namespace(res.namespaced, &cluster.namespace, explicit_ns);
        let failure = mismatch.or_else(|| {
            m.name()
                .is_empty()
                .then(|| "resource name may not be empty".to_string())
        });
        targets.push(Target {
            res,
            namespace,
            name: m.name().to_string(),
            source: Some(m.source.clone()),
            failure: failure.map(ObjectError::Plain),
            uid: None,
        });
    }
    Ok((targets, unmapped))
}

/// The steps of `TYPE NAME...` and `TYPE/NAME...` (the named objects of each type), or of
/// the types whose objects the selectors (or `--all`) pick, listed when their step comes;
/// one step per type, in the order given.
async fn by_type(
    cluster: &Cluster,
    types: &[TypeArg],
    names: bool,
    list: Option<&ListSelectors>,
    opts: &DeleteOptions,
) -> Result<Vec<Step>> {
    let type_names: Vec<String> = types.iter().map(|t| t.type_name.clone()).collect();
    let resolved = resolve_types(cluster, &type_names).await?;
    if list.is_none() && !names {
        return Err(Error::Usage(
            "resource(s) were provided, but no name was specified".into(),
        ));
    }
    check_output_and_force(opts)?;
    let mut steps = Vec::new();
    if let Some(selectors) = list {
        let namespace = (!opts.all_namespaces).then(|| cluster.namespace.clone());
        for res in resolved.into_iter().flatten() {
            steps.push(Step::List(Box::new((res, namespace.clone(), selectors.clone()))));
        }
    } else {
        for (t, rs) in types.iter().zip(resolved) {
            for res in rs {
                let targets = t
                    .names
                    .iter()
                    .map(|name| Target {
                        namespace: res.namespaced.then(|| cluster.namespace.clone()),
                        res: res.clone(),
                        name: name.clone(),
                        source: None,
                        failure: None,
                        uid: None,
                    })
                    .collect();
                steps.push(Step::Ready(targets, Vec::new()));
            }
        }
    }
    Ok(steps)
}

/// Prints deleted objects as kubectl's `delete` does.
struct Printer<'p> {
    out: &'p mut dyn Write,
    /// `-o name`.
    name_only: bool,
    /// `deleted`, `force deleted (server dry run)`, ...
    verb: &'p str,
}

impl Printer<'_> {
    fn print(&mut self, t: &Target) -> std::io::Result<()> {
        let kind = t.res.kind_prefix();
        let name = crate::output::escape::for_terminal(&t.name);
        if self.name_only {
            writeln!(self.out, "{kind}/{name}")
        } else {
            writeln!(self.out, "{kind} \"{name}\" {}", self.verb)
        }
    }
}

/// Send the DELETEs, a bounded number at a time, and print each object deleted, in order;
/// the objects still there (to wait for) are returned.
async fn send(
    cluster: &Cluster,
    targets: &[Target],
    opts: &DeleteOptions,
    batch: &mut Batch<'_>,
    printer: &mut Printer<'_>,
) -> Result<Vec<Gone>> {
    let body = opts.request.body();
    let checker = batch.start();
    let (body, checker) = (&body, &checker);
    let mut results = in_order(targets, opts.concurrency, |t| async move {
        (t, delete_one(cluster, checker, t, body, opts).await)
    });
    let mut pending = Vec::new();
    while let Some((t, sent)) = results.next().await {
        let Some(removed) = batch.record(sent) else {
            continue;
        };
        printer.print(t)?;
        printer.out.flush()?;
        if let Removed::Pending(uid) = removed {
            pending.push(Gone {
                res: t.res.clone(),
                namespace: t.namespace.clone(),
                name: t.name.clone(),
                uid,
            });
        }
    }
    Ok(pending)
}

async fn delete_one(
    cluster: &Cluster,
    checker: &Checker<'_>,
    t: &Target,
    body: &str,
    opts: &DeleteOptions,
) -> Ended<Removed> {
    if let Some(f) = &t.failure {
        return Ended::Failed(f.clone(), false);
    }
    let obj = OldObject {
        res: &t.res,
        namespace: t.namespace.as_deref(),
        name: &t.name,
        uid: t.uid.as_deref(),
        body: body.as_bytes(),
        dry_run: opts.request.dry_run == DryRun::Server,
    };
    match delete_checked(cluster, checker, &obj).await {
        Written::Failed(e) if opts.ignore_not_found && e.is_not_found() => Ended::Skipped,
        written => Ended::from_written(written, |e| failure(t.source.as_deref(), e)),
    }
}

/// List the objects of `res` that the selectors (or `--all`) pick, page by page, in the
/// server's order; a failed list is kubectl's `Unable to find ...` error.
async fn list_targets(
    cluster: &Cluster,
    res: &ApiResourceInfo,
    namespace: Option<&str>,
    selectors: &ListSelectors,
    targets: &mut Vec<Target>,
) -> std::result::Result<(), ObjectError> {
    let params = ListParams {
        label_selector: selectors.label.clone(),
        field_selector: selectors.field.clone(),
        limit: LIST_CHUNK,
        continue_token: None,
    };
    // Names and UIDs are all a delete needs: the server sends metadata only.
    let mut pages = Pages::new(cluster, res, namespace, &params, ACCEPT_METADATA);
    loop {
        let bytes = match pages.next_page().await {
            Ok(Some(b)) => b,
            Ok(None) => return Ok(()),
            Err(Error::Api(status)) => return Err(ObjectError::Api(status)),
            Err(other) => return Err(failure(None, other)),
        };
        let page = crate::resource::api::listed(&bytes, res).map_err(|e| ObjectError::Plain(e.to_string()))?;
        for item in page {
            targets.push(Target {
                res: res.clone(),
                namespace: item.namespace,
                name: item.name,
                source: None,
                failure: None,
                uid: item.uid,
            });
        }
    }
}

/// A failed DELETE as kubectl reports it (`error when deleting "FILE": ...` for files).
fn failure(source: Option<&str>, e: Error) -> ObjectError {
    ObjectError::when("deleting", source, e)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bodies_match_kubectl() {
        let o = |grace, propagation, dry_run| DeleteRequest {
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
}
