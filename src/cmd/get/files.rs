//! `get -f FILE|DIR|- [-R]`: the objects the manifests name, read with `create`'s reader
//! (any bad document: nothing is fetched, every problem is reported), each looked up by
//! name in its own namespace. Consecutive objects of one type make one request of the plan.

use super::options::{FileInputs, Selection};
use super::plan::{Plan, Request, distinct_types};
use crate::error::{Error, Result};
use crate::resource::Cluster;
use crate::resource::api::ListParams;
use crate::resource::lookup::Lookup;
use crate::resource::manifest::{Inputs, STDIN};
use crate::resource::selector::Selector;

/// The plan for the objects of the inputs; `None` when problems were reported.
pub(crate) async fn plan(
    cluster: &Cluster,
    files: &FileInputs,
    sel: &Selection,
    explicit_ns: bool,
) -> Result<Option<Plan>> {
    if !sel.args.is_empty() {
        return Err(Error::Usage(
            "when paths, URLs, or stdin is provided as input, you may not specify resource arguments as well".into(),
        ));
    }
    let inputs = Inputs {
        paths: files.paths.clone(),
        recursive: files.recursive,
        selector: sel.label_selector.as_deref().map(Selector::parse).transpose()?,
    };
    let manifests = match inputs.read(&mut std::io::stdin().lock()) {
        Ok(m) => m,
        Err(errors) => {
            eprintln!("{errors}");
            return Ok(None);
        }
    };
    let mut lookup = Lookup::load(cluster).await?;
    let mut requests: Vec<Request> = Vec::new();
    let mut problems: Vec<String> = Vec::new();
    for m in &manifests {
        let Some(res) = lookup.kind(m.api_version(), m.kind()).await? else {
            problems.push(format!("error: {}", m.mapping_error()));
            continue;
        };
        let (namespace, mismatch) = m.target_namespace(res.namespaced, &cluster.namespace, explicit_ns);
        if let Some(e) = mismatch {
            problems.push(format!("error: {e}"));
            continue;
        }
        if m.name().is_empty() {
            problems.push("error: resource name may not be empty".into());
            continue;
        }
        let name = m.name().to_string();
        match requests.last_mut() {
            Some(last) if last.res == res && last.namespace == namespace => last.names.push(name),
            _ => requests.push(Request {
                res,
                names: vec![name],
                namespace,
            }),
        }
    }
    if !problems.is_empty() {
        for p in problems {
            eprintln!("{p}");
        }
        return Ok(None);
    }
    // kubectl prints one object alone (not in a List) when one file, not stdin nor a
    // folder, named exactly one.
    let one_file = files.paths.len() == 1
        && files.paths[0] != "-"
        && files.paths[0] != STDIN
        && !std::path::Path::new(&files.paths[0]).is_dir();
    let single = one_file && manifests.len() == 1;
    Ok(Some(Plan {
        namespace: Some(cluster.namespace.clone()),
        params: ListParams::default(),
        all_namespaces: false,
        single,
        distinct_types: distinct_types(&requests),
        requests,
    }))
}
