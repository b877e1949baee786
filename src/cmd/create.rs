//! `kctl create`: objects from manifests (`-f`), or one object from a generator.
//!
//! Manifests: every input is read and parsed before anything is sent (any bad document:
//! nothing is created). Kinds are mapped through discovery; Namespaces and
//! CustomResourceDefinitions go first (new CRDs are waited for until Established and
//! discoverable), then the rest go concurrently, a bounded number in flight, and results are
//! printed in input order.

mod generators;
mod goorder;
pub(crate) mod selector;

use std::collections::BTreeMap;
use std::io::Write;
use std::time::{Duration, Instant};

use futures::{StreamExt, stream};
use kube::core::Status;
use serde_json::{Map, Value};

use crate::ExitStatus;
use crate::cli::{CreateArgs, CreateCommon, DryRun, GlobalArgs, Output, OutputFormat};
use crate::error::{Error, Result};
use crate::interrupt::Interrupt;
use crate::output::jsonpath::{ExecError, JsonPath, execution_error};
use crate::output::{Template, json, yaml};
use crate::resource::discovery::{self, Discovery};
use crate::resource::http::{ACCEPT_JSON, send};
use crate::resource::manifest::{Manifest, read_manifests, split_api_version};
use crate::resource::write::{Checker, NewObject, WriteParams, Written, create_checked};
use crate::resource::{ApiResourceInfo, Cluster};

/// The annotation `--save-config` writes (kubectl's `kubectl.kubernetes.io/last-applied-configuration`).
pub(crate) const LAST_APPLIED: &str = "kubectl.kubernetes.io/last-applied-configuration";

/// How long a new CRD may take to become Established and discoverable.
const CRD_WAIT: Duration = Duration::from_secs(60);

pub(crate) async fn run(
    global: &GlobalArgs,
    args: &CreateArgs,
    out: &mut dyn Write,
    interrupt: &Interrupt,
) -> Result<ExitStatus> {
    if let Some(generator) = &args.generator {
        return generators::run(global, generator, out).await;
    }
    if args.filenames.is_empty() {
        return Err(Error::Usage("must specify one of -f and -k".into()));
    }
    check_output(&args.common)?;
    let selector = args.selector.as_deref().map(selector::Selector::parse).transpose()?;
    let manifests = match read_manifests(&args.filenames, args.recursive, &mut std::io::stdin().lock()) {
        Ok(m) => m,
        Err(errors) => {
            eprintln!("{errors}");
            return Ok(ExitStatus::Failure);
        }
    };
    let manifests: Vec<Manifest> = match &selector {
        Some(sel) => manifests
            .into_iter()
            .filter(|m| sel.matches(&labels(&m.object)))
            .collect(),
        None => manifests,
    };
    if manifests.is_empty() {
        return Err(Error::Usage("no objects passed to create".into()));
    }
    let cluster = crate::resource::config::connect(global).await?;
    create_manifests(&cluster, global.namespace.is_some(), args, manifests, out, interrupt).await
}

/// `-o` values `create` prints (kubectl has no table for it): checked before anything is sent.
pub(crate) fn check_output(common: &CreateCommon) -> Result<()> {
    ResultPrinter::new(common, false).map(|_| ())
}

/// kubectl's error for an `-o` that `create` has no printer for.
fn no_printer(output: &Output) -> Error {
    let shown = match output {
        Output::Simple(OutputFormat::Wide) => "wide".to_string(),
        Output::CustomColumns(spec) => format!("custom-columns={spec}"),
        Output::CustomColumnsFile(path) => format!("custom-columns-file={path}"),
        _ => String::new(),
    };
    Error::Usage(format!(
        "unable to match a printer suitable for the output format \"{shown}\", allowed formats are: go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,yaml"
    ))
}

pub(crate) fn labels(obj: &Value) -> BTreeMap<String, String> {
    obj.pointer("/metadata/labels")
        .and_then(Value::as_object)
        .map(|m| {
            m.iter()
                .map(|(k, v)| {
                    (
                        k.clone(),
                        v.as_str().map(str::to_string).unwrap_or_else(|| v.to_string()),
                    )
                })
                .collect()
        })
        .unwrap_or_default()
}

/// The namespace an object from a file goes to: its own, else `-n`, else the context's;
/// none for cluster-scoped kinds. An object whose namespace differs from an explicit `-n`
/// gets kubectl's error.
pub(crate) fn object_namespace(
    res: &ApiResourceInfo,
    m: &Manifest,
    cluster: &Cluster,
    explicit_ns: bool,
) -> (Option<String>, Option<Failure>) {
    if !res.namespaced {
        return (None, None);
    }
    match m.namespace() {
        Some(ns) if explicit_ns && ns != cluster.namespace => (
            Some(ns.to_string()),
            Some(Failure::Plain(format!(
                "the namespace from the provided object \"{ns}\" does not match the namespace \"{}\". You must pass '--namespace={ns}' to perform this operation.",
                cluster.namespace
            ))),
        ),
        Some(ns) => (Some(ns.to_string()), None),
        None => (Some(cluster.namespace.clone()), None),
    }
}

/// A per-object failure, printed after the output as kubectl does.
#[derive(Debug, Clone)]
pub(crate) enum Failure {
    /// A server error, its message already prefixed with `error when creating "SOURCE": `.
    Api(Box<Status>),
    /// Anything else: the message alone.
    Plain(String),
}

impl Failure {
    /// From an error of the request for the object read from `source`.
    pub(crate) fn creating(source: &str, e: Error) -> Failure {
        match e {
            Error::Api(mut status) => {
                if !source.is_empty() {
                    status.message = format!("error when creating \"{source}\": {}", status.message);
                }
                Failure::Api(status)
            }
            other => {
                let text = other.render();
                let text = text.strip_prefix("error: ").unwrap_or(&text);
                if source.is_empty() {
                    Failure::Plain(text.to_string())
                } else {
                    Failure::Plain(format!("error when creating \"{source}\": {text}"))
                }
            }
        }
    }

    /// The text when it is the only error (kubectl's `CheckErr` on one error).
    fn render_single(&self) -> String {
        match self {
            Failure::Api(s) if s.reason == "Invalid" && s.details.is_some() => {
                let d = s.details.as_ref().expect("checked");
                let mut text = format!("The {} \"{}\" is invalid", d.kind, d.name);
                let mut causes: Vec<String> = Vec::new();
                for c in &d.causes {
                    let m = format!("{}: {}", c.field, c.message);
                    if !causes.contains(&m) {
                        causes.push(m);
                    }
                }
                match causes.len() {
                    0 => return Error::Api(s.clone()).render(),
                    1 => text = format!("{text}: {}", causes[0]),
                    _ => {
                        text.push_str(": ");
                        for c in causes {
                            text.push_str(&format!("\n* {c}"));
                        }
                    }
                }
                text
            }
            Failure::Api(s) => Error::Api(s.clone()).render(),
            Failure::Plain(m) if m.starts_with("error: ") => m.clone(),
            Failure::Plain(m) => format!("error: {m}"),
        }
    }

    /// The text as one of several errors (kubectl's `MultipleErrors`).
    fn render_multi(&self) -> String {
        match self {
            Failure::Api(s) => Error::Api(s.clone()).render(),
            Failure::Plain(m) => m.clone(),
        }
    }
}

/// Print the failures as kubectl does: one alone gets its full form, several one line each.
pub(crate) fn report(failures: &[Failure]) {
    match failures {
        [] => {}
        [one] => eprintln!("{}", one.render_single()),
        many => {
            for f in many {
                eprintln!("{}", f.render_multi());
            }
        }
    }
}

/// Prints created objects as kubectl's `create` does.
pub(crate) struct ResultPrinter {
    format: Option<OutputFormat>,
    /// `-o jsonpath=...`: the template's text and the template.
    template: Option<(String, JsonPath)>,
    dry_run: DryRun,
    /// Print JSON in the field order of the Go types (generators).
    go_order: bool,
    written: usize,
}

impl ResultPrinter {
    pub(crate) fn new(common: &CreateCommon, go_order: bool) -> Result<Self> {
        let template = match Template::from_output(common.output.as_ref(), common.allow_missing_template_keys, false)? {
            Some(Template::JsonPath(text, jp)) => Some((text, jp)),
            Some(Template::Columns(_)) => return Err(no_printer(common.output.as_ref().expect("a template"))),
            None => None,
        };
        let format = match &common.output {
            Some(o @ Output::Simple(OutputFormat::Wide)) => return Err(no_printer(o)),
            Some(Output::Simple(f)) => Some(*f),
            _ => None,
        };
        Ok(ResultPrinter {
            format,
            template,
            dry_run: common.dry_run,
            go_order,
            written: 0,
        })
    }

    pub(crate) fn print(&mut self, out: &mut dyn Write, kind_prefix: &str, mut obj: Value) -> Result<()> {
        if let Some(meta) = obj.get_mut("metadata").and_then(Value::as_object_mut) {
            meta.remove("managedFields");
        }
        if let Some((text, jp)) = &self.template {
            self.written += 1;
            return match jp.execute(out, &obj) {
                Ok(()) => out.flush().map_err(Error::Io),
                Err(ExecError::Io(e)) => Err(Error::Io(e)),
                Err(ExecError::Template(e)) => Err(Error::Plain(execution_error(text, &e, &obj))),
            };
        }
        let name = obj
            .pointer("/metadata/name")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string();
        let name = crate::output::escape::for_terminal(&name);
        match self.format {
            None | Some(OutputFormat::Wide) => {
                let suffix = match self.dry_run {
                    DryRun::None => "",
                    DryRun::Client => " (dry run)",
                    DryRun::Server => " (server dry run)",
                };
                writeln!(out, "{kind_prefix}/{name} created{suffix}")?;
            }
            Some(OutputFormat::Name) => writeln!(out, "{kind_prefix}/{name}")?,
            Some(OutputFormat::Yaml) => {
                if self.written > 0 {
                    out.write_all(b"---\n")?;
                }
                yaml::write_yaml(out, &obj)?;
            }
            Some(OutputFormat::Json) if self.go_order => goorder::write_json(out, &obj)?,
            Some(OutputFormat::Json) => json::write_json(out, &obj)?,
        }
        self.written += 1;
        out.flush().map_err(Error::Io)
    }
}

/// Add kubectl's last-applied-configuration annotation: the object without it, as compact
/// JSON (map keys sorted, as kubectl encodes unstructured objects) and a newline.
pub(crate) fn save_config(obj: &mut Value) {
    set_annotation(obj, |o| {
        let mut buf = Vec::new();
        let _ = json::write_json_compact(&mut buf, o);
        buf.push(b'\n');
        String::from_utf8_lossy(&buf).into_owned()
    });
}

/// Set the last-applied annotation to `encode(object with an empty-or-current annotations map)`.
pub(crate) fn set_annotation(obj: &mut Value, encode: impl Fn(&Value) -> String) {
    let Some(root) = obj.as_object_mut() else { return };
    let meta = root.entry("metadata").or_insert_with(|| Value::Object(Map::new()));
    if !meta.is_object() {
        *meta = Value::Object(Map::new());
    }
    let meta = meta.as_object_mut().expect("object");
    let annotations = meta.entry("annotations").or_insert_with(|| Value::Object(Map::new()));
    if !annotations.is_object() {
        *annotations = Value::Object(Map::new());
    }
    annotations.as_object_mut().expect("object").remove(LAST_APPLIED);
    let text = encode(obj);
    if let Some(a) = obj.pointer_mut("/metadata/annotations").and_then(Value::as_object_mut) {
        a.insert(LAST_APPLIED.to_string(), Value::String(text));
    }
}

/// A CRD of the input: what its objects map to once it is served.
#[derive(Debug, Clone)]
struct InputCrd {
    /// Index of the CRD among the items.
    index: usize,
    name: String,
    info: Vec<ApiResourceInfo>,
}

fn input_crd(index: usize, m: &Manifest) -> Option<InputCrd> {
    if m.kind() != "CustomResourceDefinition" || m.group_version().0 != "apiextensions.k8s.io" {
        return None;
    }
    let spec = m.object.get("spec")?;
    let s = |p: &str| spec.pointer(p).and_then(Value::as_str).unwrap_or_default().to_string();
    let group = s("/group");
    let kind = s("/names/kind");
    let plural = s("/names/plural");
    let singular = {
        let x = s("/names/singular");
        if x.is_empty() { kind.to_lowercase() } else { x }
    };
    let namespaced = s("/scope") != "Cluster";
    let mut versions: Vec<String> = spec
        .get("versions")
        .and_then(Value::as_array)
        .map(|vs| {
            vs.iter()
                .filter_map(|v| v.get("name").and_then(Value::as_str).map(str::to_string))
                .collect()
        })
        .unwrap_or_default();
    if versions.is_empty() {
        versions.push(s("/version"));
    }
    let info = versions
        .into_iter()
        .enumerate()
        .map(|(i, version)| ApiResourceInfo {
            group: group.clone(),
            version,
            plural: plural.clone(),
            singular: singular.clone(),
            kind: kind.clone(),
            short_names: Vec::new(),
            categories: Vec::new(),
            verbs: Vec::new(),
            namespaced,
            preferred: i == 0,
        })
        .collect();
    Some(InputCrd {
        index,
        name: m.name().to_string(),
        info,
    })
}

pub(crate) fn find(disco: &Discovery, api_version: &str, kind: &str) -> Option<ApiResourceInfo> {
    let (group, version) = split_api_version(api_version);
    disco
        .resources
        .iter()
        .find(|r| r.group == group && r.version == version && r.kind == kind)
        .cloned()
}

/// kubectl's error for a kind the server does not serve.
pub(crate) fn mapping_error(m: &Manifest) -> String {
    format!(
        "resource mapping not found for name: \"{}\" namespace: \"{}\" from \"{}\": no matches for kind \"{}\" in version \"{}\"\nensure CRDs are installed first",
        m.name(),
        m.namespace().unwrap_or_default(),
        m.source,
        m.kind(),
        m.api_version()
    )
}

/// One object to create.
struct Item {
    m: Manifest,
    /// What it maps to; for kinds of CRDs in the input, provisional until the CRD is served.
    res: ApiResourceInfo,
    /// Waiting for a CRD of the input.
    deferred: bool,
    namespace: Option<String>,
    /// The JSON body.
    body: Vec<u8>,
    /// A failure known before sending (a namespace that contradicts `-n`).
    failure: Option<Failure>,
    /// Namespaces and CRDs go first.
    first: bool,
}

/// How the create of one item ended.
#[derive(Debug, Clone)]
enum Outcome {
    Created(Value),
    /// Not created (the failure says why); `true`: a connection was lost or refused.
    Failed(Failure, bool),
    /// Sent; whether it was created is not known (the failure says why).
    Unknown(Failure),
    /// Not sent (Ctrl-C).
    NotSent,
}

/// The counts of a run, for the summary after Ctrl-C or a lost connection.
#[derive(Debug, Default, PartialEq, Eq)]
pub(crate) struct Tally {
    pub(crate) done: usize,
    pub(crate) unknown: usize,
    pub(crate) total: usize,
}

impl Tally {
    /// `412 of 1000 created, 588 not created` (`, 3 unknown` when some are).
    pub(crate) fn line(&self, verb: &str) -> String {
        let mut text = format!(
            "{} of {} {verb}, {} not {verb}",
            self.done,
            self.total,
            self.total.saturating_sub(self.done + self.unknown)
        );
        if self.unknown > 0 {
            text.push_str(&format!(
                ", {} unknown (sent, no answer: they may or may not have been {verb})",
                self.unknown
            ));
        }
        text
    }
}

async fn create_manifests(
    cluster: &Cluster,
    explicit_ns: bool,
    args: &CreateArgs,
    manifests: Vec<Manifest>,
    out: &mut dyn Write,
    interrupt: &Interrupt,
) -> Result<ExitStatus> {
    let common = &args.common;
    let concurrency = usize::from(args.concurrency.max(1));
    // Map every kind before sending anything.
    let (mut disco, mut cached) = discovery::load(cluster, false).await?;
    let crds: Vec<InputCrd> = manifests
        .iter()
        .enumerate()
        .filter_map(|(i, m)| input_crd(i, m))
        .collect();
    let mut mapped: Vec<Option<(ApiResourceInfo, bool)>> = Vec::with_capacity(manifests.len());
    for m in &manifests {
        let mut found = find(&disco, m.api_version(), m.kind());
        if found.is_none() && cached {
            (disco, cached) = discovery::load(cluster, true).await?;
            found = find(&disco, m.api_version(), m.kind());
        }
        let found = found.map(|r| (r, false)).or_else(|| {
            let (group, version) = m.group_version();
            crds.iter()
                .flat_map(|c| c.info.iter())
                .find(|r| r.group == group && r.version == version && r.kind == m.kind())
                .map(|r| (r.clone(), true))
        });
        mapped.push(found);
    }
    let unmapped: Vec<Failure> = manifests
        .iter()
        .zip(&mapped)
        .filter(|(_, r)| r.is_none())
        .map(|(m, _)| Failure::Plain(mapping_error(m)))
        .collect();
    if !unmapped.is_empty() {
        report(&unmapped);
        return Ok(ExitStatus::Failure);
    }

    let mut items: Vec<Item> = Vec::with_capacity(manifests.len());
    for (m, r) in manifests.into_iter().zip(mapped) {
        let (res, deferred) = r.expect("all mapped");
        let (namespace, failure) = object_namespace(&res, &m, cluster, explicit_ns);
        let mut m = m;
        if let (Some(ns), Some(meta)) = (&namespace, m.object.get_mut("metadata").and_then(Value::as_object_mut)) {
            meta.insert("namespace".into(), Value::String(ns.clone()));
        }
        if common.save_config {
            save_config(&mut m.object);
        }
        let body = serde_json::to_vec(&m.object).map_err(|e| Error::Decode(format!("error: {e}")))?;
        let first = res.group.is_empty() && res.kind == "Namespace"
            || res.group == "apiextensions.k8s.io" && res.kind == "CustomResourceDefinition";
        items.push(Item {
            m,
            res,
            deferred,
            namespace,
            body,
            failure,
            first,
        });
    }

    let mut printer = ResultPrinter::new(common, false)?;
    let mut failures: Vec<Failure> = Vec::new();
    if common.dry_run == DryRun::Client {
        for item in items {
            match item.failure {
                Some(f) => failures.push(f),
                None => printer.print(out, &item.res.kind_prefix(), item.m.object)?,
            }
        }
        report(&failures);
        return Ok(if failures.is_empty() {
            ExitStatus::Success
        } else {
            ExitStatus::Failure
        });
    }

    let params = WriteParams {
        dry_run: common.dry_run == DryRun::Server,
        field_manager: common.field_manager.clone(),
    };
    let checker = Checker::new(Some(interrupt));
    let checker = &checker;
    interrupt.arm();
    // Phase 1: namespaces and CRDs.
    let firsts: Vec<usize> = (0..items.len()).filter(|&i| items[i].first).collect();
    let mut early: Vec<Option<Outcome>> = vec![None; items.len()];
    let results: Vec<(usize, Outcome)> = stream::iter(firsts.iter().copied())
        .map(|i| {
            let f = send_item(cluster, checker, &items[i], &params);
            async move { (i, f.await) }
        })
        .buffered(concurrency)
        .collect()
        .await;
    for (i, r) in results {
        early[i] = Some(r);
    }
    // New CRDs: wait until Established, then until discovery serves their kinds.
    if !params.dry_run && items.iter().any(|i| i.deferred) {
        let created: Vec<&InputCrd> = crds
            .iter()
            .filter(|c| matches!(early[c.index], Some(Outcome::Created(_))))
            .collect();
        for c in &created {
            tokio::select! {
                _ = wait_established(cluster, &items[c.index].res, &c.name) => {}
                _ = interrupt.wait() => break,
            }
        }
        let deadline = Instant::now() + CRD_WAIT;
        loop {
            let mut missing = false;
            for item in items.iter_mut().filter(|i| i.deferred) {
                match find(&disco, item.m.api_version(), item.m.kind()) {
                    Some(r) => {
                        item.res = r;
                        item.deferred = false;
                    }
                    None => missing = true,
                }
            }
            if !missing || Instant::now() >= deadline || created.is_empty() || interrupt.fired() {
                break;
            }
            tokio::time::sleep(Duration::from_millis(250)).await;
            (disco, _) = discovery::load(cluster, true).await?;
        }
        // (After Ctrl-C they are simply not sent.)
        for item in items
            .iter_mut()
            .filter(|i| i.deferred && i.failure.is_none() && !interrupt.fired())
        {
            item.failure = Some(Failure::Plain(mapping_error(&item.m)));
        }
    }

    // Phase 2: the rest, concurrently, printed in input order.
    let mut outcomes = stream::iter(0..items.len())
        .map(|i| {
            let ready = early[i].take();
            let item = &items[i];
            let f = send_item(cluster, checker, item, &params);
            async move {
                match ready {
                    Some(r) => (i, r),
                    None => (i, f.await),
                }
            }
        })
        .buffered(concurrency);
    let mut tally = Tally {
        total: items.len(),
        ..Tally::default()
    };
    // A connection lost or refused on the way: the summary says what was done.
    let mut troubled = false;
    while let Some((i, r)) = outcomes.next().await {
        match r {
            Outcome::Created(obj) => {
                printer.print(out, &items[i].res.kind_prefix(), obj)?;
                tally.done += 1;
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
            Outcome::NotSent => {}
        }
    }
    out.flush()?;
    report(&failures);
    let verb = match common.dry_run {
        DryRun::Server => "created (server dry run)",
        _ => "created",
    };
    if interrupt.fired() {
        eprintln!("interrupted: {}", tally.line(verb));
        return Ok(ExitStatus::Interrupted);
    }
    if troubled {
        eprintln!("summary: {}", tally.line(verb));
    }
    Ok(if failures.is_empty() {
        ExitStatus::Success
    } else {
        ExitStatus::Failure
    })
}

async fn send_item(cluster: &Cluster, checker: &Checker<'_>, item: &Item, params: &WriteParams) -> Outcome {
    if let Some(f) = &item.failure {
        return Outcome::Failed(f.clone(), false);
    }
    let obj = NewObject {
        res: &item.res,
        namespace: item.namespace.as_deref(),
        name: item.m.name(),
        body: &item.body,
        sent: &item.m.object,
    };
    match create_checked(cluster, checker, &obj, params).await {
        Written::Done(v) => Outcome::Created(v),
        Written::Failed(e) => {
            let lost = matches!(e, Error::Connection(_));
            Outcome::Failed(Failure::creating(&item.m.source, e), lost)
        }
        Written::Unknown(e) => Outcome::Unknown(Failure::creating(&item.m.source, e)),
        Written::NotSent => Outcome::NotSent,
    }
}

/// Poll a CRD until its `Established` condition is true (or give up after [`CRD_WAIT`];
/// its objects then fail with the mapping error).
async fn wait_established(cluster: &Cluster, crd_res: &ApiResourceInfo, name: &str) {
    let path = crate::resource::request::Request::object(crd_res, None, name).uri();
    let deadline = Instant::now() + CRD_WAIT;
    while Instant::now() < deadline {
        if let Ok(bytes) = send(cluster, http::Method::GET, &path, ACCEPT_JSON, None).await
            && let Ok(v) = serde_json::from_slice::<Value>(&bytes)
            && v.pointer("/status/conditions")
                .and_then(Value::as_array)
                .is_some_and(|cs| {
                    cs.iter().any(|c| {
                        c.get("type").and_then(Value::as_str) == Some("Established")
                            && c.get("status").and_then(Value::as_str) == Some("True")
                    })
                })
        {
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn save_config_matches_kubectl() {
        let mut obj: Value = serde_json::from_str(
            r#"{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"cm1","namespace":"default"},"data":{"a":"1"}}"#,
        )
        .unwrap();
        save_config(&mut obj);
        assert_eq!(
            obj.pointer("/metadata/annotations").unwrap()[LAST_APPLIED],
            "{\"apiVersion\":\"v1\",\"data\":{\"a\":\"1\"},\"kind\":\"ConfigMap\",\"metadata\":{\"annotations\":{},\"name\":\"cm1\",\"namespace\":\"default\"}}\n"
        );
        // Saving again replaces the annotation, never nests it.
        save_config(&mut obj);
        let text = obj.pointer("/metadata/annotations").unwrap()[LAST_APPLIED]
            .as_str()
            .unwrap()
            .to_string();
        assert!(!text.contains("last-applied"), "{text}");
    }

    #[test]
    fn single_and_multiple_failures_render_as_kubectl() {
        let status = Status {
            code: 409,
            reason: "AlreadyExists".into(),
            message: "configmaps \"x\" already exists".into(),
            ..Default::default()
        };
        let f = Failure::creating("f.yaml", Error::Api(Box::new(status)));
        let want = "Error from server (AlreadyExists): error when creating \"f.yaml\": configmaps \"x\" already exists";
        assert_eq!(f.render_single(), want);
        assert_eq!(f.render_multi(), want);
        let p = Failure::Plain("the namespace from the provided object".into());
        assert_eq!(p.render_single(), "error: the namespace from the provided object");
        assert_eq!(p.render_multi(), "the namespace from the provided object");
    }

    #[test]
    fn summary_lines() {
        let t = Tally {
            done: 412,
            unknown: 0,
            total: 1000,
        };
        assert_eq!(t.line("created"), "412 of 1000 created, 588 not created");
        let t = Tally {
            done: 5,
            unknown: 2,
            total: 10,
        };
        assert_eq!(
            t.line("deleted"),
            "5 of 10 deleted, 3 not deleted, 2 unknown (sent, no answer: they may or may not have been deleted)"
        );
    }

    #[test]
    fn crds_in_the_input_map_their_kinds() {
        let m = Manifest {
            object: serde_json::json!({"apiVersion":"apiextensions.k8s.io/v1","kind":"CustomResourceDefinition",
                "metadata":{"name":"gadgets.example.com"},
                "spec":{"group":"example.com","scope":"Cluster","names":{"kind":"Gadget","plural":"gadgets"},
                        "versions":[{"name":"v1"},{"name":"v2"}]}}),
            source: "f.yaml".into(),
            document: 1,
            line: 1,
            item: None,
        };
        let c = input_crd(3, &m).unwrap();
        assert_eq!(c.index, 3);
        assert_eq!(c.info.len(), 2);
        assert_eq!(c.info[1].api_version(), "example.com/v2");
        assert!(!c.info[0].namespaced);
        assert_eq!(c.info[0].kind_prefix(), "gadget.example.com");
    }
}
