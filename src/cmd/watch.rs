//! `kctl watch` and `kctl get -w`: the current objects, then every change, until the
//! deadline, the `--for` condition, Ctrl-C or a failure that retrying cannot fix. The stream
//! itself (resume, relist after 410) is `resource::watch`; printing is `output::watch`.

use std::io::Write;
use std::time::Duration;

use serde_json::Value;

#[cfg(test)]
pub(crate) use super::condition::Condition;
pub(crate) use super::condition::ForCondition;
use super::get::options::{GetOptions, GetWatch, Selection};
use super::get::plan::{Request, resolve};
use crate::error::{Error, Result};
use crate::output::Template;
use crate::output::spec::{OutputFormat, OutputSpec};
use crate::output::watch::{EventView, WatchFormat, WatchPrintOptions, WatchPrinter};
use crate::resource::api::get_object;
use crate::resource::http::ACCEPT_JSON;
use crate::resource::resolve::split_args;
use crate::resource::watch::{Event, Step, WatchOptions as StreamOptions, Watcher};
use crate::resource::{ApiResourceInfo, Cluster};

/// `kctl watch`'s typed options, built once from the command line by `settings`.
#[derive(Debug, Clone)]
pub(crate) struct WatchOptions {
    pub(crate) selection: Selection,
    /// `-o`.
    pub(crate) format: Option<OutputFormat>,
    /// `--watch-only` (`--since-now`).
    pub(crate) watch_only: bool,
    /// `--timeout` (`None`: no deadline).
    pub(crate) timeout: Checked<Option<Duration>>,
    /// `--for`.
    pub(crate) condition: Checked<Option<ForCondition>>,
    /// `--fail-on` (repeatable): any watched object meeting one ends the watch with exit 1.
    pub(crate) fail_on: Checked<Vec<ForCondition>>,
    pub(crate) no_headers: bool,
    pub(crate) show_labels: bool,
    pub(crate) show_managed_fields: bool,
}

/// A flag value parsed when the command line is read. A bad value keeps its usage message
/// and is reported where kubectl reports it: once the type is resolved.
#[derive(Debug, Clone)]
pub(crate) struct Checked<T>(std::result::Result<T, String>);

impl<T> Checked<T> {
    /// The parse's result (its errors are usage errors).
    pub(crate) fn new(parsed: Result<T>) -> Self {
        Checked(parsed.map_err(|e| match e {
            Error::Usage(msg) => msg,
            other => other.to_string(),
        }))
    }

    /// The value, or the usage error.
    pub(crate) fn get(&self) -> Result<&T> {
        self.0.as_ref().map_err(|msg| Error::Usage(msg.clone()))
    }
}

/// How a watch ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum WatchEnd {
    /// `--timeout` reached, or the `--for` condition met.
    Done,
    /// `--for` not met by the deadline.
    TimedOut,
    /// An object met a `--fail-on` condition.
    Failed,
}

/// Everything a watch run needs, from either verb.
struct Spec {
    res: ApiResourceInfo,
    name: Option<String>,
    opts: StreamOptions,
    print: WatchPrintOptions,
    watch_only: bool,
    deadline: Option<Duration>,
    condition: Option<ForCondition>,
    fail_on: Vec<ForCondition>,
    template: Option<Template>,
}

/// `kctl watch`.
pub(crate) async fn run(opts: &WatchOptions, cx: &mut super::Context<'_>) -> Result<crate::status::ExitStatus> {
    let cluster = cx.connect().await?;
    Ok(match watch(&cluster, opts, cx.out).await? {
        WatchEnd::Done => crate::status::ExitStatus::Success,
        WatchEnd::TimedOut | WatchEnd::Failed => crate::status::ExitStatus::Failure,
    })
}

async fn watch(cluster: &Cluster, opts: &WatchOptions, out: &mut dyn Write) -> Result<WatchEnd> {
    let sel = &opts.selection;
    let (res, name) = resolve_one(cluster, sel).await?;
    let condition = opts.condition.get()?.clone();
    let fail_on = opts.fail_on.get()?.clone();
    let deadline = *opts.timeout.get()?;
    let format = match opts.format {
        None => WatchFormat::Table { wide: false },
        Some(OutputFormat::Wide) => WatchFormat::Table { wide: true },
        Some(OutputFormat::Json) => WatchFormat::Json { compact: true },
        Some(OutputFormat::Yaml) => WatchFormat::Yaml,
        Some(OutputFormat::Name) => WatchFormat::Name,
    };
    let table = matches!(format, WatchFormat::Table { .. });
    let spec = Spec {
        opts: stream_options(
            cluster,
            sel,
            &name,
            table,
            table && (condition.is_some() || !fail_on.is_empty()),
        ),
        print: WatchPrintOptions {
            format,
            events: true,
            name_with_event: true,
            no_headers: opts.no_headers,
            with_namespace: sel.all_namespaces && res.namespaced,
            show_labels: opts.show_labels,
            show_managed_fields: opts.show_managed_fields,
        },
        res,
        name,
        watch_only: opts.watch_only,
        deadline,
        condition,
        fail_on,
        template: None,
    };
    stream(cluster, spec, out).await
}

/// `kctl get -w | --watch-only`: kubectl's output for the same flags.
pub(crate) async fn run_get(
    cluster: &Cluster,
    opts: &GetOptions,
    watch: GetWatch,
    out: &mut dyn Write,
) -> Result<WatchEnd> {
    let (sel, print) = (&opts.selection, &opts.print);
    let (res, name) = resolve_one(cluster, sel).await?;
    if let Some(n) = &name {
        // kubectl gets the object first: a missing one is an error, not an empty watch.
        let namespace = (!sel.all_namespaces).then_some(cluster.namespace.as_str());
        get_object(cluster, &res, namespace, n, ACCEPT_JSON).await?;
    }
    if let Some(OutputSpec::Invalid(msg)) = &print.output {
        return Err(Error::Usage(msg.clone()));
    }
    let template = Template::from_output(
        print.output.as_ref(),
        print.allow_missing_template_keys,
        print.no_headers,
    )?;
    let format = match print.output.as_ref().and_then(OutputSpec::simple) {
        _ if template.is_some() => WatchFormat::Json { compact: true },
        None => WatchFormat::Table { wide: false },
        Some(OutputFormat::Wide) => WatchFormat::Table { wide: true },
        Some(OutputFormat::Json) => WatchFormat::Json { compact: watch.events },
        Some(OutputFormat::Yaml) => WatchFormat::Yaml,
        Some(OutputFormat::Name) => WatchFormat::Name,
    };
    let table = matches!(format, WatchFormat::Table { .. }) && template.is_none();
    let spec = Spec {
        opts: stream_options(cluster, sel, &name, table, false),
        print: WatchPrintOptions {
            format,
            events: watch.events,
            name_with_event: false,
            no_headers: print.no_headers,
            with_namespace: sel.all_namespaces && res.namespaced,
            show_labels: print.show_labels,
            // kubectl leaves managedFields in the objects of watch events.
            show_managed_fields: print.show_managed_fields || watch.events,
        },
        res,
        name,
        watch_only: watch.only,
        // kubectl's watch ends, with exit 0, when `--request-timeout` runs out.
        deadline: cluster.request_timeout,
        condition: None,
        fail_on: Vec::new(),
        template,
    };
    stream(cluster, spec, out).await
}

/// What to ask the server for: the selection's objects, as Table rows (`table`), with their
/// objects (`include_object`, for `--for` over a table).
fn stream_options(
    cluster: &Cluster,
    sel: &Selection,
    name: &Option<String>,
    table: bool,
    include_object: bool,
) -> StreamOptions {
    StreamOptions {
        namespace: (!sel.all_namespaces).then(|| cluster.namespace.clone()),
        label_selector: sel.label_selector.clone(),
        field_selector: sel.field_selector.clone(),
        name: name.clone(),
        table,
        include_object,
        chunk_size: sel.chunk_size,
    }
}

/// One resource type and at most one name, as kubectl's watch accepts.
async fn resolve_one(cluster: &Cluster, sel: &Selection) -> Result<(ApiResourceInfo, Option<String>)> {
    let type_args = split_args(&sel.args)?;
    if type_args.is_empty() {
        return Err(Error::Plain(
            "error: You must specify the type of resource to watch. Use \"kctl api-resources\" for a complete list of supported resources.".into(),
        ));
    }
    let all = resolve(cluster, &type_args).await?;
    if all.len() != 1 {
        return Err(Error::Usage("you may only specify a single resource type".into()));
    }
    let Request { res, names, .. } = all.into_iter().next().expect("one type");
    if names.len() > 1 {
        return Err(Error::Usage(format!(
            "watch is only supported on individual resources and resource collections, but {} resources were found",
            names.len()
        )));
    }
    if sel.all_namespaces && !names.is_empty() {
        return Err(Error::Usage(
            "a resource cannot be retrieved by name across all namespaces".into(),
        ));
    }
    Ok((res, names.into_iter().next()))
}

/// Watch and print until the deadline or the condition.
async fn stream(cluster: &Cluster, spec: Spec, out: &mut dyn Write) -> Result<WatchEnd> {
    // kubectl wait's wording: `deployments/web`.
    let what = match &spec.name {
        Some(n) => format!("{}/{n}", spec.res.plural),
        None => spec.res.plural.clone(),
    };
    let deadline = spec.deadline.map(|d| tokio::time::Instant::now() + d);
    let sleep = async {
        match deadline {
            Some(d) => tokio::time::sleep_until(d).await,
            None => std::future::pending().await,
        }
    };
    tokio::pin!(sleep);
    let table = spec.opts.table;
    let condition = spec.condition.clone();
    let mut printer = WatchPrinter::new(spec.print, spec.res.kind_prefix());
    if let Some(t) = spec.template {
        printer = printer.with_template(t);
    }
    let mut watcher = Watcher::new(cluster, spec.res.clone(), spec.opts.clone());
    let mut initial: Vec<Event> = Vec::new();
    let mut synced = false;
    loop {
        let step = tokio::select! {
            step = watcher.next() => step?,
            _ = &mut sleep => return Ok(timed_out(condition.is_some(), &what, cluster.verbosity)),
        };
        match step {
            Step::Event(ev) if ev.initial => initial.push(ev),
            Step::Event(ev) => print_events(&mut printer, out, std::slice::from_ref(&ev), watcher.columns())?,
            Step::Synced => {
                synced = true;
                if !spec.watch_only {
                    printer.first_list(true);
                    print_events(&mut printer, out, &initial, watcher.columns())?;
                    printer.first_list(false);
                }
                initial.clear();
            }
        }
        if let Some(line) = failure(&spec.fail_on, watcher.objects().map(|o| object_of(o, table)), &spec.res) {
            eprintln!("error: {line}");
            return Ok(WatchEnd::Failed);
        }
        if synced
            && let Some(until) = &condition
            && until.condition.met(watcher.objects().map(|o| object_of(o, table)))
        {
            eprintln!("{what}: --for={} met", until.text);
            return Ok(WatchEnd::Done);
        }
    }
}

/// The first object that meets a `--fail-on` condition: `kind.group/name: --fail-on=... met: REASON: MESSAGE`.
pub(crate) fn failure<'a>(
    fail_on: &[ForCondition],
    mut objects: impl Iterator<Item = &'a Value>,
    res: &ApiResourceInfo,
) -> Option<String> {
    if fail_on.is_empty() {
        return None;
    }
    objects.find_map(|o| {
        let why = fail_on.iter().find_map(|f| f.failure(o))?;
        let name = o.pointer("/metadata/name").and_then(Value::as_str).unwrap_or_default();
        Some(format!("{}/{name}: {why}", res.kind_prefix()))
    })
}

/// The deadline passed: with `--for`, a failure (kubectl wait's message), else the end.
fn timed_out(waiting_for_condition: bool, what: &str, verbosity: u8) -> WatchEnd {
    if waiting_for_condition {
        eprintln!("error: timed out waiting for the condition on {what}");
        return WatchEnd::TimedOut;
    }
    if verbosity >= 1 {
        eprintln!("kctl: --timeout reached; the watch of {what} ends");
    }
    WatchEnd::Done
}

/// Print events as one batch and flush them.
fn print_events(
    printer: &mut WatchPrinter,
    out: &mut dyn Write,
    events: &[Event],
    columns: Option<&Value>,
) -> Result<()> {
    let views: Vec<EventView<'_>> = events
        .iter()
        .map(|e| EventView {
            kind: e.kind.as_str(),
            item: &e.object,
            no_row: e.no_row,
        })
        .collect();
    printer.print(out, &views, columns, crate::time::now())?;
    out.flush().map_err(Error::Io)
}

/// The object of a watched item: itself, or the object of its Table row.
fn object_of(item: &Value, table: bool) -> &Value {
    if table {
        item.get("object").unwrap_or(item)
    } else {
        item
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn parse_conditions() {
        assert_eq!(Condition::parse("delete").unwrap(), Condition::Delete);
        assert_eq!(
            Condition::parse("condition=Available").unwrap(),
            Condition::Status {
                name: "Available".into(),
                value: "True".into()
            }
        );
        assert_eq!(
            Condition::parse("condition=Ready=false").unwrap(),
            Condition::Status {
                name: "Ready".into(),
                value: "false".into()
            }
        );
        assert_eq!(
            Condition::parse("jsonpath={.status.phase}=Running").unwrap(),
            Condition::JsonPath {
                expr: "{.status.phase}".into(),
                value: "Running".into()
            }
        );
        assert!(Condition::parse("condition=").is_err());
        assert!(Condition::parse("ready").is_err());
        assert!(Condition::parse("jsonpath={.a}").is_err());
    }

    #[test]
    fn conditions_over_sets() {
        let ready = json!({"status": {"conditions": [{"type": "Available", "status": "True"}], "phase": "Running"}});
        let not = json!({"status": {"conditions": [{"type": "Available", "status": "False"}]}});
        let c = Condition::parse("condition=available").unwrap();
        assert!(c.met([&ready].into_iter()));
        assert!(!c.met([&ready, &not].into_iter()));
        assert!(!c.met(std::iter::empty()));
        assert!(Condition::Delete.met(std::iter::empty()));
        assert!(!Condition::Delete.met([&ready].into_iter()));
        let j = Condition::parse("jsonpath={.status.phase}=Running").unwrap();
        assert!(j.met([&ready].into_iter()));
        assert!(!j.met([&not].into_iter()));
        let f = Condition::parse("jsonpath={.status.conditions[?(@.type==\"Available\")].status}=True").unwrap();
        assert!(f.met([&ready].into_iter()));
        assert!(!f.met([&not].into_iter()));
    }
}
