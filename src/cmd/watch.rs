//! `kctl watch` and `kctl get -w`: the current objects, then every change, until the
//! deadline, the `--for` condition, Ctrl-C or a failure that retrying cannot fix. The stream
//! itself (resume, relist after 410) is `resource::watch`; printing is `output::watch`.

use std::io::Write;
use std::time::Duration;

use serde_json::Value;

use crate::cli::{GetArgs, Output, OutputFormat, WatchArgs};
use crate::error::{Error, Result};
use crate::output::jsonpath::JsonPath;
use crate::output::watch::{EventView, Template, WatchFormat, WatchPrintOptions, WatchPrinter};
use crate::resource::api::get_object;
use crate::resource::http::ACCEPT_JSON;
use crate::resource::resolve::split_args;
use crate::resource::watch::{Event, Step, WatchOptions, Watcher};
use crate::resource::{ApiResourceInfo, Cluster, resolve_types};
use crate::time::parse_duration;

/// How a watch ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Outcome {
    /// `--timeout` reached, or the `--for` condition met.
    Done,
    /// `--for` not met by the deadline.
    TimedOut,
}

/// What `--for` waits for.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Condition {
    Delete,
    /// `condition=NAME[=VALUE]`: `status.conditions[type=NAME].status == VALUE` (default True).
    Status {
        name: String,
        value: String,
    },
    /// `jsonpath=EXPR=VALUE`.
    JsonPath {
        expr: String,
        value: String,
    },
}

/// kubectl wait's path: relaxed syntax (`.a.b`, `{.a.b}`), missing keys allowed.
fn wait_path(expr: &str) -> Result<JsonPath, String> {
    crate::output::jsonpath::relaxed(expr)
        .and_then(|t| JsonPath::parse(&t))
        .map(|p| p.allow_missing_keys(true))
}

impl Condition {
    pub(crate) fn parse(s: &str) -> Result<Condition> {
        let bad = || {
            Error::Usage(format!(
                "unrecognized condition: {s:?}: use delete, condition=NAME[=VALUE] or jsonpath=EXPR=VALUE"
            ))
        };
        if s.eq_ignore_ascii_case("delete") {
            return Ok(Condition::Delete);
        }
        if let Some(rest) = s.strip_prefix("condition=") {
            let (name, value) = match rest.split_once('=') {
                Some((n, v)) => (n, v),
                None => (rest, "True"),
            };
            if name.is_empty() {
                return Err(bad());
            }
            return Ok(Condition::Status {
                name: name.to_string(),
                value: value.to_string(),
            });
        }
        if let Some(rest) = s.strip_prefix("jsonpath=") {
            // `{.a.b}=v` or `.a.b=v`: the expression ends at its closing brace, else at the last `=`.
            let split = if rest.starts_with('{') {
                rest.find('}').map(|i| i + 1).filter(|&i| rest[i..].starts_with('='))
            } else {
                rest.rfind('=')
            };
            let Some(i) = split else { return Err(bad()) };
            let (expr, value) = (&rest[..i], &rest[i + 1..]);
            wait_path(expr).map_err(|e| Error::Usage(format!("invalid jsonpath {expr:?}: {e}")))?;
            return Ok(Condition::JsonPath {
                expr: expr.to_string(),
                value: value.to_string(),
            });
        }
        Err(bad())
    }

    /// Whether one object meets the condition (never true for `Delete`).
    fn holds(&self, obj: &Value) -> bool {
        match self {
            Condition::Delete => false,
            Condition::Status { name, value } => obj
                .pointer("/status/conditions")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .any(|c| {
                    c.get("type")
                        .and_then(Value::as_str)
                        .is_some_and(|t| t.eq_ignore_ascii_case(name))
                        && c.get("status")
                            .and_then(Value::as_str)
                            .is_some_and(|v| v.eq_ignore_ascii_case(value))
                }),
            // kubectl wait: exactly one scalar result, compared as Go's `%v` prints it.
            Condition::JsonPath { expr, value } => match wait_path(expr).and_then(|p| p.find_results(obj)) {
                Ok(results) => match results.first().map(Vec::as_slice) {
                    Some([one]) if !one.is_object() && !one.is_array() => {
                        crate::output::table::cell_text(one) == *value
                    }
                    _ => false,
                },
                Err(_) => false,
            },
        }
    }

    /// Whether the whole watched set meets it: no objects left (delete), or at least one
    /// object and every one meets it.
    fn met<'a>(&self, mut objects: impl Iterator<Item = &'a Value>) -> bool {
        match self {
            Condition::Delete => objects.next().is_none(),
            _ => {
                let mut any = false;
                for o in objects {
                    if !self.holds(o) {
                        return false;
                    }
                    any = true;
                }
                any
            }
        }
    }
}

/// Everything a watch run needs, from either verb.
struct Spec {
    res: ApiResourceInfo,
    name: Option<String>,
    opts: WatchOptions,
    print: WatchPrintOptions,
    watch_only: bool,
    deadline: Option<Duration>,
    condition: Option<(String, Condition)>,
    template: Option<Template>,
}

/// `kctl watch`.
pub(crate) async fn run(cluster: &Cluster, args: &WatchArgs, out: &mut dyn Write) -> Result<Outcome> {
    let (res, name) = resolve_one(cluster, &args.args, args.all_namespaces).await?;
    let condition = match &args.for_condition {
        Some(s) => Some((s.clone(), Condition::parse(s)?)),
        None => None,
    };
    let deadline = match &args.timeout {
        Some(t) => parse_duration(t)?,
        None => None,
    };
    let format = match args.output {
        None => WatchFormat::Table { wide: false },
        Some(OutputFormat::Wide) => WatchFormat::Table { wide: true },
        Some(OutputFormat::Json) => WatchFormat::Json { compact: true },
        Some(OutputFormat::Yaml) => WatchFormat::Yaml,
        Some(OutputFormat::Name) => WatchFormat::Name,
    };
    let table = matches!(format, WatchFormat::Table { .. });
    let spec = Spec {
        opts: WatchOptions {
            namespace: (!args.all_namespaces).then(|| cluster.namespace.clone()),
            label_selector: args.selector.clone(),
            field_selector: args.field_selector.clone(),
            name: name.clone(),
            table,
            include_object: table && condition.is_some(),
            chunk_size: args.chunk_size,
        },
        print: WatchPrintOptions {
            format,
            events: true,
            name_with_event: true,
            no_headers: args.no_headers,
            with_namespace: args.all_namespaces && res.namespaced,
            show_labels: args.show_labels,
            show_managed_fields: args.show_managed_fields,
        },
        res,
        name,
        watch_only: args.watch_only,
        deadline,
        condition,
        template: None,
    };
    stream(cluster, spec, out).await
}

/// `kctl get -w | --watch-only`: kubectl's output for the same flags.
pub(crate) async fn run_get(cluster: &Cluster, args: &GetArgs, out: &mut dyn Write) -> Result<Outcome> {
    let (res, name) = resolve_one(cluster, &args.args, args.all_namespaces).await?;
    let namespace = (!args.all_namespaces).then(|| cluster.namespace.clone());
    if let Some(n) = &name {
        // kubectl gets the object first: a missing one is an error, not an empty watch.
        get_object(cluster, &res, namespace.as_deref(), n, ACCEPT_JSON).await?;
    }
    if let Some(Output::Invalid(msg)) = &args.output {
        return Err(Error::Usage(msg.clone()));
    }
    let template = template(args)?;
    let format = match args.output.as_ref().and_then(Output::simple) {
        _ if template.is_some() => WatchFormat::Json { compact: true },
        None => WatchFormat::Table { wide: false },
        Some(OutputFormat::Wide) => WatchFormat::Table { wide: true },
        Some(OutputFormat::Json) => WatchFormat::Json {
            compact: args.output_watch_events,
        },
        Some(OutputFormat::Yaml) => WatchFormat::Yaml,
        Some(OutputFormat::Name) => WatchFormat::Name,
    };
    let spec = Spec {
        opts: WatchOptions {
            namespace,
            label_selector: args.selector.clone(),
            field_selector: args.field_selector.clone(),
            name: name.clone(),
            table: matches!(format, WatchFormat::Table { .. }) && template.is_none(),
            include_object: false,
            chunk_size: args.chunk_size,
        },
        print: WatchPrintOptions {
            format,
            events: args.output_watch_events,
            name_with_event: false,
            no_headers: args.no_headers,
            with_namespace: args.all_namespaces && res.namespaced,
            show_labels: args.show_labels,
            // kubectl leaves managedFields in the objects of watch events.
            show_managed_fields: args.show_managed_fields || args.output_watch_events,
        },
        res,
        name,
        watch_only: args.watch_only,
        deadline: None,
        condition: None,
        template,
    };
    stream(cluster, spec, out).await
}

/// `-o jsonpath=...`, `jsonpath-file=`, `jsonpath-as-json=`, `custom-columns[-file]=`.
fn template(args: &GetArgs) -> Result<Option<Template>> {
    Template::from_output(args.output.as_ref(), args.allow_missing_template_keys, args.no_headers)
}

/// One resource type and at most one name, as kubectl's watch accepts.
async fn resolve_one(
    cluster: &Cluster,
    args: &[String],
    all_namespaces: bool,
) -> Result<(ApiResourceInfo, Option<String>)> {
    let type_args = split_args(args)?;
    if type_args.is_empty() {
        return Err(Error::Plain(
            "error: You must specify the type of resource to watch. Use \"kctl api-resources\" for a complete list of supported resources.".into(),
        ));
    }
    let types: Vec<String> = type_args.iter().map(|t| t.type_name.clone()).collect();
    let resolved = resolve_types(cluster, &types).await?;
    let all: Vec<(ApiResourceInfo, Vec<String>)> = type_args
        .iter()
        .zip(resolved)
        .flat_map(|(t, rs)| rs.into_iter().map(move |r| (r, t.names.clone())))
        .collect();
    if all.len() != 1 {
        return Err(Error::Usage("you may only specify a single resource type".into()));
    }
    let (res, names) = all.into_iter().next().expect("one type");
    if names.len() > 1 {
        return Err(Error::Usage(format!(
            "watch is only supported on individual resources and resource collections, but {} resources were found",
            names.len()
        )));
    }
    if all_namespaces && !names.is_empty() {
        return Err(Error::Usage(
            "a resource cannot be retrieved by name across all namespaces".into(),
        ));
    }
    Ok((res, names.into_iter().next()))
}

/// Watch and print until the deadline or the condition.
async fn stream(cluster: &Cluster, spec: Spec, out: &mut dyn Write) -> Result<Outcome> {
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
            _ = &mut sleep => {
                return Ok(match &condition {
                    Some(_) => {
                        eprintln!("error: timed out waiting for the condition on {what}");
                        Outcome::TimedOut
                    }
                    None => {
                        if cluster.verbosity >= 1 {
                            eprintln!("kctl: --timeout reached; the watch of {what} ends");
                        }
                        Outcome::Done
                    }
                });
            }
        };
        match step {
            Step::Event(ev) if ev.initial => initial.push(ev),
            Step::Event(ev) => {
                let view = [EventView {
                    kind: ev.kind.as_str(),
                    item: &ev.object,
                    no_row: ev.no_row,
                }];
                printer.print(out, &view, watcher.columns(), crate::time::now())?;
                out.flush().map_err(Error::Io)?;
            }
            Step::Synced => {
                synced = true;
                if !spec.watch_only {
                    let views: Vec<EventView<'_>> = initial
                        .iter()
                        .map(|e| EventView {
                            kind: e.kind.as_str(),
                            item: &e.object,
                            no_row: e.no_row,
                        })
                        .collect();
                    printer.print(out, &views, watcher.columns(), crate::time::now())?;
                    out.flush().map_err(Error::Io)?;
                }
                initial.clear();
            }
        }
        if synced
            && let Some((text, cond)) = &condition
            && cond.met(watcher.objects().map(|o| object_of(o, table)))
        {
            eprintln!("{what}: --for={text} met");
            return Ok(Outcome::Done);
        }
    }
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
