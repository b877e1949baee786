//! `kctl create role|clusterrole|rolebinding|clusterrolebinding`: kubectl's RBAC
//! generators, with its checks and messages. Roles name their resources as the server
//! serves them (`deploy` becomes `deployments` in group `apps`), so a role with
//! `--resource` reads discovery even for `--dry-run=client`, as kubectl does.

use serde_json::{Map, Value, json};

use super::built::{Built, usage};
use crate::cli::{BindingSubjects, CreateClusterRole, CreateClusterRoleBinding, CreateRole, CreateRoleBinding};
use crate::cmd::Context;
use crate::error::Result;
use crate::resource::Cluster;
use crate::resource::discovery::Discovery;
use crate::resource::lookup::Lookup;

const RBAC_GROUP: &str = "rbac.authorization.k8s.io";
const RBAC_V1: &str = "rbac.authorization.k8s.io/v1";

/// kubectl's `validResourceVerbs`: others get a warning.
const RESOURCE_VERBS: &[&str] = &[
    "*",
    "get",
    "delete",
    "list",
    "create",
    "update",
    "patch",
    "watch",
    "proxy",
    "deletecollection",
    "use",
    "bind",
    "escalate",
    "impersonate",
];

/// kubectl's `validNonResourceVerbs`: others are an error.
const NON_RESOURCE_VERBS: &[&str] = &["*", "get", "post", "put", "delete", "patch", "head", "options"];

/// The (group, resource) pairs a special verb may apply to (kubectl's `specialVerbs`).
fn special_verb(verb: &str) -> Option<&'static [(&'static str, &'static str)]> {
    Some(match verb {
        "use" => &[("policy", "podsecuritypolicies"), ("extensions", "podsecuritypolicies")],
        "bind" | "escalate" => &[(RBAC_GROUP, "roles"), (RBAC_GROUP, "clusterroles")],
        "impersonate" => &[
            ("", "users"),
            ("", "serviceaccounts"),
            ("", "groups"),
            ("authentication.k8s.io", "userextras"),
        ],
        _ => return None,
    })
}

/// One `--resource`: `resource[.group][/subresource]`.
#[derive(Debug, Clone, PartialEq, Eq)]
struct ResourceOption {
    group: String,
    resource: String,
    subresource: String,
}

/// Keep the first of each value, in order.
fn dedup(values: &[String]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for v in values {
        if !out.contains(v) {
            out.push(v.clone());
        }
    }
    out
}

/// `--verb`, duplicates removed; `*` stands for every verb.
fn verbs(values: &[String]) -> Vec<String> {
    if values.iter().any(|v| v == "*") {
        return vec!["*".to_string()];
    }
    dedup(values)
}

/// `--resource` values as kubectl splits them; a bare `*` replaces the others.
fn resource_options(values: &[String]) -> Vec<ResourceOption> {
    let mut out = Vec::new();
    for r in values {
        let (head, subresource) = match r.split_once('/') {
            Some((h, s)) => (h, s.to_string()),
            None => (r.as_str(), String::new()),
        };
        let (resource, group) = match head.split_once('.') {
            Some((res, g)) => (res.to_string(), g.to_string()),
            None => (head.to_string(), String::new()),
        };
        let bare_star = resource == "*" && !head.contains('.') && !r.contains('/');
        let opt = ResourceOption {
            group,
            resource,
            subresource,
        };
        if bare_star {
            return vec![opt];
        }
        out.push(opt);
    }
    out
}

/// kubectl's RESTMapper `ResourceFor`: a plural, singular or short name (any case) in the
/// group given (any group when none), as the server serves it: `(resource, group)`.
fn resource_for(disco: &Discovery, resource: &str, group: &str) -> Option<(String, String)> {
    let resource = resource.to_lowercase();
    let by_priority = || {
        disco
            .resources
            .iter()
            .filter(|r| r.preferred)
            .chain(disco.resources.iter().filter(|r| !r.preferred))
    };
    let in_group = |g: &str| group.is_empty() || g == group;
    if let Some(r) = by_priority().find(|r| in_group(&r.group) && (r.plural == resource || r.singular == resource)) {
        return Some((r.plural.clone(), r.group.clone()));
    }
    by_priority()
        .find(|r| in_group(&r.group) && r.short_names.contains(&resource))
        .map(|r| (r.plural.clone(), r.group.clone()))
}

/// The error of a resource the server does not serve.
fn no_match(r: &ResourceOption) -> crate::error::Error {
    usage(format!(
        "the server doesn't have a resource type \"{}\"",
        if r.group.is_empty() {
            r.resource.clone()
        } else {
            format!("{}.{}", r.resource, r.group)
        }
    ))
}

/// kubectl's `validateResource`: each resource is served (or a special verb allows it), and
/// special verbs (`use`, `bind`, `escalate`, `impersonate`) apply only to their resources.
fn validate_resources(disco: &Discovery, verbs: &[String], resources: &[ResourceOption]) -> Result<()> {
    for r in resources {
        if r.resource.is_empty() {
            return Err(usage("resource must be specified if apiGroup/subresource specified"));
        }
        if r.resource == "*" {
            return Ok(());
        }
        let found = resource_for(disco, &r.resource, &r.group);
        let mut missing = found.is_none();
        let (resource, group) = found.unwrap_or_else(|| (r.resource.clone(), r.group.clone()));
        for v in verbs {
            if let Some(allowed) = special_verb(v) {
                if !allowed.iter().any(|(g, res)| *res == resource && *g == group) {
                    return Err(usage(format!(
                        "can not perform '{v}' on '{resource}' in group '{group}'"
                    )));
                }
                missing = false;
            }
        }
        if missing {
            return Err(no_match(r));
        }
    }
    Ok(())
}

/// kubectl's `generateResourcePolicyRules`: one rule per API group (groups sorted), then one
/// for the non-resource URLs.
fn policy_rules(
    disco: Option<&Discovery>,
    verbs: &[String],
    resources: &[ResourceOption],
    resource_names: &[String],
    non_resource_urls: &[String],
) -> Vec<Value> {
    let mut groups: std::collections::BTreeMap<String, Vec<String>> = std::collections::BTreeMap::new();
    for r in resources {
        let (mut resource, group) = disco
            .and_then(|d| resource_for(d, &r.resource, &r.group))
            .unwrap_or_else(|| (r.resource.clone(), r.group.clone()));
        if !r.subresource.is_empty() {
            resource = format!("{resource}/{}", r.subresource);
        }
        let list = groups.entry(group).or_default();
        if !list.contains(&resource) {
            list.push(resource);
        }
    }
    let mut rules = Vec::new();
    for (group, resources) in groups {
        let mut rule = Map::new();
        rule.insert("verbs".into(), json!(verbs));
        rule.insert("apiGroups".into(), json!([group]));
        rule.insert("resources".into(), json!(resources));
        if !resource_names.is_empty() {
            rule.insert("resourceNames".into(), json!(resource_names));
        }
        rules.push(Value::Object(rule));
    }
    if !non_resource_urls.is_empty() {
        rules.push(json!({"verbs": verbs, "nonResourceURLs": non_resource_urls}));
    }
    rules
}

fn warn_verbs(verbs: &[String]) {
    for v in verbs {
        if !RESOURCE_VERBS.contains(&v.as_str()) {
            eprintln!("Warning: '{v}' is not a standard resource verb");
        }
    }
}

/// Discovery, for the generators that map resource names: a fresh one when the cached one
/// lacks a resource named (kubectl's deferred mapper resets on a miss too).
async fn discovery(cx: &Context<'_>, resources: &[ResourceOption]) -> Result<(Discovery, Cluster)> {
    let cluster = cx.connect().await?;
    let disco = {
        let mut lookup = Lookup::load(&cluster).await?;
        let known = |d: &Discovery| {
            resources
                .iter()
                .all(|r| r.resource.is_empty() || r.resource == "*" || resource_for(d, &r.resource, &r.group).is_some())
        };
        match lookup.find(|d| known(d).then(|| d.clone())).await? {
            Some(d) => d,
            None => lookup.discovery().clone(),
        }
    };
    Ok((disco, cluster))
}

/// `create role`.
pub(super) async fn role(a: &CreateRole, cx: &Context<'_>) -> Result<(Built, Option<Cluster>)> {
    let verbs = verbs(&a.verb);
    let resources = resource_options(&a.resource);
    let names = dedup(&a.resource_name);
    if verbs.is_empty() {
        return Err(usage("at least one verb must be specified"));
    }
    warn_verbs(&verbs);
    if resources.is_empty() {
        return Err(usage("at least one resource must be specified"));
    }
    let (disco, cluster) = discovery(cx, &resources).await?;
    validate_resources(&disco, &verbs, &resources)?;
    let obj = json!({
        "apiVersion": RBAC_V1,
        "kind": "Role",
        "metadata": {"name": a.name},
        "rules": policy_rules(Some(&disco), &verbs, &resources, &names, &[]),
    });
    Ok((
        Built::new(obj, "role.rbac.authorization.k8s.io", None, true),
        Some(cluster),
    ))
}

/// `--aggregation-rule` values (cliflag's `MapStringString`): `k=v` pairs, comma-separated.
fn aggregation_labels(values: &[String]) -> Result<Map<String, Value>> {
    let mut out = Map::new();
    for value in values {
        for pair in value.split(',').filter(|p| !p.is_empty()) {
            let Some((k, v)) = pair.split_once('=') else {
                return Err(usage(format!(
                    "invalid argument \"{value}\" for \"--aggregation-rule\" flag: malformed pair, expect string=string"
                )));
            };
            out.insert(k.trim().to_string(), Value::String(v.trim().to_string()));
        }
    }
    Ok(out)
}

/// `create clusterrole`.
pub(super) async fn clusterrole(a: &CreateClusterRole, cx: &Context<'_>) -> Result<(Built, Option<Cluster>)> {
    let urls = dedup(&a.non_resource_url);
    let verbs = verbs(&a.verb);
    let resources = resource_options(&a.resource);
    let names = dedup(&a.resource_name);
    let aggregation = aggregation_labels(&a.aggregation_rule)?;
    let mut cluster = None;
    let obj = if !aggregation.is_empty() {
        if !urls.is_empty() || !verbs.is_empty() || !resources.is_empty() || !names.is_empty() {
            return Err(usage(
                "aggregation rule must be specified without nonResourceURLs, verbs, resources or resourceNames",
            ));
        }
        json!({
            "apiVersion": RBAC_V1,
            "kind": "ClusterRole",
            "metadata": {"name": a.name},
            "rules": null,
            "aggregationRule": {"clusterRoleSelectors": [{"matchLabels": aggregation}]},
        })
    } else {
        if verbs.is_empty() {
            return Err(usage("at least one verb must be specified"));
        }
        if resources.is_empty() && urls.is_empty() {
            return Err(usage("one of resource or nonResourceURL must be specified"));
        }
        let mut disco = None;
        if !resources.is_empty() {
            warn_verbs(&verbs);
            let (d, c) = discovery(cx, &resources).await?;
            validate_resources(&d, &verbs, &resources)?;
            disco = Some(d);
            cluster = Some(c);
        }
        if !urls.is_empty() {
            if let Some(v) = verbs.iter().find(|v| !NON_RESOURCE_VERBS.contains(&v.as_str())) {
                return Err(usage(format!("invalid verb: '{v}' for nonResourceURL")));
            }
            for url in urls.iter().filter(|u| *u != "*") {
                if !url.starts_with('/') {
                    return Err(usage("nonResourceURL should start with /"));
                }
                if url[..url.len() - 1].contains('*') {
                    return Err(usage(
                        "nonResourceURL only supports wildcard matches when '*' is at the end",
                    ));
                }
            }
        }
        json!({
            "apiVersion": RBAC_V1,
            "kind": "ClusterRole",
            "metadata": {"name": a.name},
            "rules": policy_rules(disco.as_ref(), &verbs, &resources, &names, &urls),
        })
    };
    Ok((
        Built::new(obj, "clusterrole.rbac.authorization.k8s.io", None, false),
        cluster,
    ))
}

/// The subjects: users, then groups, then service accounts (`namespace:name`).
fn subjects(s: &BindingSubjects) -> Result<Vec<Value>> {
    let mut out = Vec::new();
    for u in &s.users {
        out.push(json!({"kind": "User", "apiGroup": RBAC_GROUP, "name": u}));
    }
    for g in &s.groups {
        out.push(json!({"kind": "Group", "apiGroup": RBAC_GROUP, "name": g}));
    }
    for sa in &s.serviceaccounts {
        let parts: Vec<&str> = sa.split(':').collect();
        if parts.len() != 2 || parts[0].is_empty() || parts[1].is_empty() {
            return Err(usage("serviceaccount must be <namespace>:<name>"));
        }
        out.push(json!({"kind": "ServiceAccount", "name": parts[1], "namespace": parts[0]}));
    }
    Ok(out)
}

fn binding(kind: &str, name: &str, role_kind: &str, role: &str, subjects: Vec<Value>) -> Value {
    let mut obj = json!({
        "apiVersion": RBAC_V1,
        "kind": kind,
        "metadata": {"name": name},
        "roleRef": {"apiGroup": RBAC_GROUP, "kind": role_kind, "name": role},
    });
    if !subjects.is_empty() {
        obj["subjects"] = Value::Array(subjects);
    }
    obj
}

/// `create rolebinding`.
pub(super) fn rolebinding(a: &CreateRoleBinding) -> Result<Built> {
    let role = a.role.as_deref().filter(|r| !r.is_empty());
    let clusterrole = a.clusterrole.as_deref().filter(|r| !r.is_empty());
    let (role_kind, role) = match (role, clusterrole) {
        (Some(r), None) => ("Role", r),
        (None, Some(c)) => ("ClusterRole", c),
        _ => return Err(usage("exactly one of clusterrole or role must be specified")),
    };
    let obj = binding("RoleBinding", &a.name, role_kind, role, subjects(&a.subjects)?);
    Ok(Built::new(
        obj,
        "rolebinding.rbac.authorization.k8s.io",
        Some("failed to create rolebinding: "),
        true,
    ))
}

/// `create clusterrolebinding`.
pub(super) fn clusterrolebinding(a: &CreateClusterRoleBinding) -> Result<Built> {
    let obj = binding(
        "ClusterRoleBinding",
        &a.name,
        "ClusterRole",
        &a.clusterrole,
        subjects(&a.subjects)?,
    );
    Ok(Built::new(
        obj,
        "clusterrolebinding.rbac.authorization.k8s.io",
        Some("failed to create clusterrolebinding: "),
        false,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::resource::ApiResourceInfo;

    fn res(group: &str, plural: &str, singular: &str, short: &[&str]) -> ApiResourceInfo {
        ApiResourceInfo {
            group: group.into(),
            version: "v1".into(),
            plural: plural.into(),
            singular: singular.into(),
            kind: String::new(),
            short_names: short.iter().map(|s| s.to_string()).collect(),
            categories: vec![],
            verbs: vec![],
            namespaced: true,
            preferred: true,
        }
    }

    fn disco() -> Discovery {
        Discovery {
            format: 0,
            server: String::new(),
            fetched_at: 0,
            resources: vec![
                res("", "pods", "pod", &["po"]),
                res("apps", "deployments", "deployment", &["deploy"]),
                res("apps", "replicasets", "replicaset", &["rs"]),
            ],
        }
    }

    fn strings(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn resources_split_and_map_as_kubectl() {
        let opts = resource_options(&strings(&["po", "deploy/scale", "rs.apps", "pods/status"]));
        let rules = policy_rules(Some(&disco()), &strings(&["get"]), &opts, &[], &[]);
        assert_eq!(
            Value::Array(rules),
            json!([
                {"verbs": ["get"], "apiGroups": [""], "resources": ["pods", "pods/status"]},
                {"verbs": ["get"], "apiGroups": ["apps"], "resources": ["deployments/scale", "replicasets"]},
            ])
        );
        assert_eq!(resource_options(&strings(&["pods", "*", "rs"])).len(), 1);
        assert_eq!(verbs(&strings(&["get", "list", "get"])), strings(&["get", "list"]));
        assert_eq!(verbs(&strings(&["get", "*"])), strings(&["*"]));
    }

    #[test]
    fn special_verbs_and_unknown_resources() {
        let d = disco();
        let err = validate_resources(&d, &strings(&["use"]), &resource_options(&strings(&["pods"])));
        assert_eq!(
            err.unwrap_err().to_string(),
            "can not perform 'use' on 'pods' in group ''"
        );
        assert!(validate_resources(&d, &strings(&["impersonate"]), &resource_options(&strings(&["users"]))).is_ok());
        assert!(validate_resources(&d, &strings(&["get"]), &resource_options(&strings(&["nope"]))).is_err());
    }
}
