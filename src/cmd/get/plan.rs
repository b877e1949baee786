//! Plan: the arguments resolved into requests, one per resource type (with the names asked
//! for, or none to list), and what the printer needs to know about them.

use super::options::Selection;
use crate::error::{Error, Result};
use crate::resource::api::ListParams;
use crate::resource::resolve::{TypeArg, split_args};
use crate::resource::{ApiResourceInfo, Cluster, resolve_types};

const NO_TYPE: &str = "You must specify the type of resource to get. Use \"kctl api-resources\" for a complete list of supported resources.\n\nerror: Required resource not specified.\nUse \"kubectl explain <resource>\" for a detailed description of that resource (e.g. kubectl explain pods).\nSee 'kctl get -h' for help and examples";

/// One resolved request: a resource, and the names asked for (none: list).
#[derive(Debug, Clone)]
pub(crate) struct Request {
    pub(crate) res: ApiResourceInfo,
    pub(crate) names: Vec<String>,
    /// The namespace of the named objects when it is not the plan's (`get -f`: each
    /// object's own).
    pub(crate) namespace: Option<String>,
}

/// What `get` will fetch.
#[derive(Debug, Clone)]
pub(crate) struct Plan {
    pub(crate) requests: Vec<Request>,
    /// The namespace to look in; `None` with `-A`.
    pub(crate) namespace: Option<String>,
    /// Selectors and page size of every list.
    pub(crate) params: ListParams,
    /// `-A` was given.
    pub(crate) all_namespaces: bool,
    /// Exactly one object was named: it prints alone, not in a List.
    pub(crate) single: bool,
    /// How many kinds the requests cover (several show `kind/name`).
    pub(crate) distinct_types: usize,
}

impl Plan {
    /// Every request lists (no names).
    pub(crate) fn all_lists(&self) -> bool {
        self.requests.iter().all(|r| r.names.is_empty())
    }

    /// kubectl's "No resources found" names the namespace when every type is namespaced
    /// (and `-A` was not given).
    pub(crate) fn namespace_of_every_type(&self) -> Option<&str> {
        let all_namespaced = self.requests.iter().all(|r| r.res.namespaced);
        self.namespace.as_deref().filter(|_| all_namespaced)
    }
}

/// Resolve `get`'s arguments, with kubectl's errors in kubectl's order.
pub(crate) async fn plan(cluster: &Cluster, sel: &Selection) -> Result<Plan> {
    let type_args = split_args(&sel.args)?;
    if type_args.is_empty() {
        return Err(Error::Plain(NO_TYPE.to_string()));
    }
    if sel.all_namespaces && type_args.iter().any(|t| !t.names.is_empty()) {
        return Err(Error::Usage(
            "a resource cannot be retrieved by name across all namespaces".into(),
        ));
    }
    let requests = resolve(cluster, &type_args).await?;
    let single = requests.len() == 1 && requests[0].names.len() == 1;
    let distinct_types = distinct_types(&requests);
    Ok(Plan {
        namespace: (!sel.all_namespaces).then(|| cluster.namespace.clone()),
        params: ListParams {
            label_selector: sel.label_selector.clone(),
            field_selector: sel.field_selector.clone(),
            limit: sel.chunk_size,
            continue_token: None,
        },
        all_namespaces: sel.all_namespaces,
        single,
        distinct_types,
        requests,
    })
}

/// How many kinds `requests` cover.
pub(crate) fn distinct_types(requests: &[Request]) -> usize {
    let mut seen: Vec<(&str, &str)> = requests
        .iter()
        .map(|r| (r.res.group.as_str(), r.res.kind.as_str()))
        .collect();
    seen.sort();
    seen.dedup();
    seen.len()
}

/// Each type argument's resources (a category or a short name may stand for several),
/// each with the names given with it.
pub(crate) async fn resolve(cluster: &Cluster, type_args: &[TypeArg]) -> Result<Vec<Request>> {
    let types: Vec<String> = type_args.iter().map(|t| t.type_name.clone()).collect();
    let resolved = resolve_types(cluster, &types).await?;
    Ok(type_args
        .iter()
        .zip(resolved)
        .flat_map(|(t, rs)| {
            rs.into_iter().map(move |res| Request {
                res,
                names: t.names.clone(),
                namespace: None,
            })
        })
        .collect())
}
