//! `kctl create -f`: every input is read and parsed before anything is sent (any bad
//! document: nothing is created). Kinds are mapped through discovery; Namespaces and
//! CustomResourceDefinitions go first (new CRDs are waited for until Established and
//! discoverable), then the rest go concurrently, a bounded number in flight, and results are
//! printed in input order.

use std::io::Write;
use std::time::{Duration, Instant};

use futures::StreamExt;
use serde_json::Value;

use super::common::{CommonOptions, ResultPrinter, save_config};
use super::validation::{self, Validation};
use crate::cmd::batch::{Batch, Ended, ObjectError, in_order, report};
use crate::cmd::{Context, DryRun};
use crate::error::{Error, Result};
use crate::interrupt::Interrupt;
use crate::resource::http::ACCEPT_JSON;
use crate::resource::lookup::{Lookup, find_kind};
use crate::resource::manifest::{Inputs, Manifest};
use crate::resource::request::Request;
use crate::resource::write::{Checker, NewObject, WriteParams, create_checked};
use crate::resource::{ApiResourceInfo, Cluster};
use crate::status::ExitStatus;

/// How long a new CRD may take to become Established and discoverable.
const CRD_WAIT: Duration = Duration::from_secs(60);

pub(super) async fn run(
    inputs: &Inputs,
    concurrency: usize,
    validation: Validation,
    common: &CommonOptions,
    cx: &mut Context<'_>,
) -> Result<ExitStatus> {
    let manifests = match inputs.read(&mut std::io::stdin().lock()) {
        Ok(m) => m,
        Err(errors) => {
            eprintln!("{errors}");
            return Ok(ExitStatus::Failure);
        }
    };
    if manifests.is_empty() {
        return Err(Error::Usage("no objects passed to create".into()));
    }
    let cluster = cx.connect().await?;
    let explicit_ns = cx.namespace_flag().is_some();
    let Some(Plan {
        items,
        crds,
        mut lookup,
    }) = plan(&cluster, manifests, explicit_ns, validation, common).await?
    else {
        return Ok(ExitStatus::Failure);
    };

    let mut printer = ResultPrinter::new(common, false);
    let verb = match common.dry_run {
        DryRun::Server => "created (server dry run)",
        _ => "created",
    };
    let mut batch = Batch::new(items.len(), verb, cx.interrupt);
    if common.dry_run == DryRun::Client {
        for item in items {
            match item.failure {
                Some(e) => batch.fail(e),
                None => printer.print(cx.out, &item.res.kind_prefix(), item.m.object)?,
            }
        }
    } else {
        let sending = Sending {
            cluster: &cluster,
            checker: batch.start(),
            params: WriteParams {
                dry_run: common.dry_run == DryRun::Server,
                field_manager: common.field_manager.clone(),
                field_validation: validation.directive(),
            },
            concurrency,
            interrupt: cx.interrupt,
        };
        sending
            .all(items, &mut lookup, &crds, &mut printer, cx.out, &mut batch)
            .await?;
    }
    cx.out.flush()?;
    let failed = batch.report();
    if batch.fired() {
        return Ok(batch.interrupted(""));
    }
    Ok(batch.finish(failed))
}

/// The objects to create, mapped through discovery (and the CRDs of the input), before
/// anything is sent.
struct Plan<'c> {
    items: Vec<Item>,
    crds: Vec<InputCrd>,
    lookup: Lookup<'c>,
}

/// Validate every object (`--validate`) and map every kind before sending anything; `None`
/// when some objects fail validation or some kinds are not served (the problems are
/// reported).
async fn plan<'c>(
    cluster: &'c Cluster,
    manifests: Vec<Manifest>,
    explicit_ns: bool,
    validation: Validation,
    common: &CommonOptions,
) -> Result<Option<Plan<'c>>> {
    // Discovery (often from its cache) and the schema (one small request when cached) at once.
    let (lookup, schema) = tokio::join!(Lookup::load(cluster), validation::schema(cluster, validation));
    let mut lookup = lookup?;
    if let Some(api) = schema?
        && !validation::report(&api, &manifests, validation)?
    {
        return Ok(None);
    }
    let crds: Vec<InputCrd> = manifests
        .iter()
        .enumerate()
        .filter_map(|(i, m)| input_crd(i, m))
        .collect();
    let mapped = match map_kinds(&mut lookup, &manifests, &crds).await? {
        Ok(mapped) => mapped,
        Err(unmapped) => {
            report(&unmapped);
            return Ok(None);
        }
    };
    let items = manifests
        .into_iter()
        .zip(mapped)
        .map(|(m, (res, deferred))| Item::new(m, res, deferred, &cluster.namespace, explicit_ns, common))
        .collect::<Result<Vec<Item>>>()?;
    Ok(Some(Plan { items, crds, lookup }))
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

/// What each object maps to, and whether it waits for a CRD of the input (`true`); or,
/// when some kinds are served neither by the server nor by a CRD of the input, their errors.
async fn map_kinds(
    lookup: &mut Lookup<'_>,
    manifests: &[Manifest],
    crds: &[InputCrd],
) -> Result<std::result::Result<Vec<(ApiResourceInfo, bool)>, Vec<ObjectError>>> {
    let mut mapped = Vec::with_capacity(manifests.len());
    let mut unmapped = Vec::new();
    for m in manifests {
        let found = lookup.kind(m.api_version(), m.kind()).await?;
        let found = found.map(|r| (r, false)).or_else(|| {
            let (group, version) = m.group_version();
            crds.iter()
                .flat_map(|c| c.info.iter())
                .find(|r| r.group == group && r.version == version && r.kind == m.kind())
                .map(|r| (r.clone(), true))
        });
        match found {
            Some(r) => mapped.push(r),
            None => unmapped.push(ObjectError::Plain(m.mapping_error())),
        }
    }
    Ok(if unmapped.is_empty() { Ok(mapped) } else { Err(unmapped) })
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
    failure: Option<ObjectError>,
    /// Namespaces and CRDs go first.
    first: bool,
}

impl Item {
    /// The object as it will be sent: in its namespace, with `--save-config`'s annotation,
    /// without `metadata.resourceVersion`.
    fn new(
        mut m: Manifest,
        res: ApiResourceInfo,
        deferred: bool,
        default_ns: &str,
        explicit_ns: bool,
        common: &CommonOptions,
    ) -> Result<Item> {
        let (namespace, mismatch) = m.target_namespace(res.namespaced, default_ns, explicit_ns);
        if let (Some(ns), Some(meta)) = (&namespace, m.object.get_mut("metadata").and_then(Value::as_object_mut)) {
            meta.insert("namespace".into(), Value::String(ns.clone()));
        }
        if common.save_config {
            save_config(&mut m.object);
        }
        // As kubectl's create (after the annotation, which keeps it): no resourceVersion is
        // sent, so `get -o yaml|json` output can be created again. A client dry run prints
        // the object as read.
        if common.dry_run != DryRun::Client
            && let Some(meta) = m.object.get_mut("metadata").and_then(Value::as_object_mut)
        {
            meta.remove("resourceVersion");
        }
        let body = serde_json::to_vec(&m.object).map_err(|e| Error::Decode(format!("error: {e}")))?;
        let first = res.group.is_empty() && res.kind == "Namespace"
            || res.group == "apiextensions.k8s.io" && res.kind == "CustomResourceDefinition";
        Ok(Item {
            m,
            res,
            deferred,
            namespace,
            body,
            failure: mismatch.map(ObjectError::Plain),
            first,
        })
    }
}

/// What every create of a run shares.
struct Sending<'r> {
    cluster: &'r Cluster,
    checker: Checker<'r>,
    params: WriteParams,
    concurrency: usize,
    interrupt: &'r Interrupt,
}

impl Sending<'_> {
    /// Namespaces and CRDs first, then (once new CRDs are served) the rest, printed in
    /// input order.
    async fn all(
        &self,
        mut items: Vec<Item>,
        lookup: &mut Lookup<'_>,
        crds: &[InputCrd],
        printer: &mut ResultPrinter<'_>,
        out: &mut dyn Write,
        batch: &mut Batch<'_>,
    ) -> Result<()> {
        let mut early = self.firsts(&items).await;
        if !self.params.dry_run && items.iter().any(|i| i.deferred) {
            let created: Vec<&InputCrd> = crds
                .iter()
                .filter(|c| matches!(early[c.index], Some(Ended::Done(_))))
                .collect();
            self.await_crds(lookup, &created, &mut items).await?;
        }
        let mut results = in_order(0..items.len(), self.concurrency, |i| {
            let ready = early[i].take();
            let send = self.one(&items[i]);
            async move {
                match ready {
                    Some(r) => (i, r),
                    None => (i, send.await),
                }
            }
        });
        while let Some((i, sent)) = results.next().await {
            if let Some(obj) = batch.record(sent) {
                printer.print(out, &items[i].res.kind_prefix(), obj)?;
            }
        }
        Ok(())
    }

    /// Phase 1: the namespaces and CRDs, by index.
    async fn firsts(&self, items: &[Item]) -> Vec<Option<Ended<Value>>> {
        let firsts = (0..items.len()).filter(|&i| items[i].first);
        let results: Vec<(usize, Ended<Value>)> = in_order(firsts, self.concurrency, |i| {
            let send = self.one(&items[i]);
            async move { (i, send.await) }
        })
        .collect()
        .await;
        let mut early = vec![None; items.len()];
        for (i, r) in results {
            early[i] = Some(r);
        }
        early
    }

    /// New CRDs: wait until Established, then until discovery serves their kinds; the
    /// objects of kinds still not served get the mapping error (after Ctrl-C they are
    /// simply not sent).
    async fn await_crds(&self, lookup: &mut Lookup<'_>, created: &[&InputCrd], items: &mut [Item]) -> Result<()> {
        for c in created {
            tokio::select! {
                _ = wait_established(self.cluster, &items[c.index].res, &c.name) => {}
                _ = self.interrupt.wait() => break,
            }
        }
        let deadline = Instant::now() + CRD_WAIT;
        loop {
            let mut missing = false;
            for item in items.iter_mut().filter(|i| i.deferred) {
                match find_kind(lookup.discovery(), item.m.api_version(), item.m.kind()) {
                    Some(r) => {
                        item.res = r;
                        item.deferred = false;
                    }
                    None => missing = true,
                }
            }
            if !missing || Instant::now() >= deadline || created.is_empty() || self.interrupt.fired() {
                break;
            }
            tokio::time::sleep(Duration::from_millis(250)).await;
            lookup.refresh().await?;
        }
        for item in items
            .iter_mut()
            .filter(|i| i.deferred && i.failure.is_none() && !self.interrupt.fired())
        {
            item.failure = Some(ObjectError::Plain(item.m.mapping_error()));
        }
        Ok(())
    }

    async fn one(&self, item: &Item) -> Ended<Value> {
        if let Some(e) = &item.failure {
            return Ended::Failed(e.clone(), false);
        }
        let obj = NewObject {
            res: &item.res,
            namespace: item.namespace.as_deref(),
            name: item.m.name(),
            body: &item.body,
            sent: &item.m.object,
        };
        let source = Some(item.m.source.as_str()).filter(|s| !s.is_empty());
        let written = create_checked(self.cluster, &self.checker, &obj, &self.params).await;
        Ended::from_written(written, |e| ObjectError::when("creating", source, e))
    }
}

/// Poll a CRD until its `Established` condition is true (or give up after [`CRD_WAIT`];
/// its objects then fail with the mapping error).
async fn wait_established(cluster: &Cluster, crd_res: &ApiResourceInfo, name: &str) {
    let request = Request::object(crd_res, None, name).accept(ACCEPT_JSON);
    let deadline = Instant::now() + CRD_WAIT;
    while Instant::now() < deadline {
        if let Ok(bytes) = request.send(cluster).await
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
            json: None,
        };
        let c = input_crd(3, &m).unwrap();
        assert_eq!(c.index, 3);
        assert_eq!(c.info.len(), 2);
        assert_eq!(c.info[1].api_version(), "example.com/v2");
        assert!(!c.info[0].namespaced);
        assert_eq!(c.info[0].kind_prefix(), "gadget.example.com");
    }
}
