//! What the user typed to the resources it names, exactly as kubectl resolves it: plural,
//! singular, Kind and short names, case-insensitive; `TYPE.GROUP` and `TYPE.VERSION.GROUP`
//! (`pods.v1.` for core); categories such as `all`; the group's preferred version first.

use super::discovery::Discovery;
use super::info::ApiResourceInfo;
use crate::error::{Error, Result};

/// One `TYPE` of the command line, with the object names asked for (none: list them all).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct TypeArg {
    pub(crate) type_name: String,
    pub(crate) names: Vec<String>,
}

/// Split `get`'s positional arguments into types and names, with kubectl's rules and errors:
/// `TYPE[,TYPE...] [NAME...]` or `TYPE/NAME...`.
pub(crate) fn split_args(args: &[String]) -> Result<Vec<TypeArg>> {
    if args.iter().any(|a| a.contains('/')) {
        let mut out: Vec<TypeArg> = Vec::new();
        for a in args {
            let Some((t, n)) = a.split_once('/') else {
                return Err(Error::Usage(
                    "there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kctl get resource/<resource_name>' instead of 'kctl get resource resource/<resource_name>'".into(),
                ));
            };
            if t.is_empty() || n.is_empty() || n.contains('/') || t.contains(',') {
                return Err(Error::Usage(
                    "arguments in resource/name form must have a single resource and name".into(),
                ));
            }
            match out.last_mut() {
                Some(last) if last.type_name == t => last.names.push(n.to_string()),
                _ => out.push(TypeArg {
                    type_name: t.to_string(),
                    names: vec![n.to_string()],
                }),
            }
        }
        return Ok(out);
    }
    let Some((types, names)) = args.split_first() else {
        return Ok(Vec::new());
    };
    let names: Vec<String> = names.to_vec();
    let mut out = Vec::new();
    for t in types.split(',') {
        if t.is_empty() {
            continue;
        }
        out.push(TypeArg {
            type_name: t.to_string(),
            names: names.clone(),
        });
    }
    if out.is_empty() {
        return Err(Error::Usage(format!(
            "arguments in resource/name form may not have a trailing comma: {types:?}"
        )));
    }
    Ok(out)
}

/// `(resource, version, group)`, as typed.
type FullySpecified = (String, String, String);

/// `resource.version.group` when there are two dots or more, else `resource.group`.
fn parse_resource_arg(arg: &str) -> (Option<FullySpecified>, (String, String)) {
    let full = if arg.matches('.').count() >= 2 {
        let mut it = arg.splitn(3, '.');
        let r = it.next().unwrap_or_default().to_string();
        let v = it.next().unwrap_or_default().to_string();
        let g = it.next().unwrap_or_default().to_string();
        Some((r, v, g))
    } else {
        None
    };
    let gr = match arg.split_once('.') {
        Some((r, g)) => (r.to_string(), g.to_string()),
        None => (arg.to_string(), String::new()),
    };
    (full, gr)
}

impl Discovery {
    /// kubectl's priority: the preferred versions of every group (groups in discovery
    /// order), then the other versions.
    fn by_priority(&self) -> impl Iterator<Item = &ApiResourceInfo> {
        self.resources
            .iter()
            .filter(|r| r.preferred)
            .chain(self.resources.iter().filter(|r| !r.preferred))
    }

    /// The resources in a category such as `all`, in discovery order (group by group, as
    /// kubectl's category expander walks them), one per group-resource.
    fn category(&self, name: &str) -> Vec<ApiResourceInfo> {
        let mut out: Vec<ApiResourceInfo> = Vec::new();
        for r in self.resources.iter().filter(|r| r.categories.iter().any(|c| c == name)) {
            if !out.iter().any(|o| o.group == r.group && o.plural == r.plural) {
                out.push(r.clone());
            }
        }
        out
    }

    /// kubectl's shortcut expander: an exact plural or singular name (of any version) wins;
    /// then short names of any version, with the group exact, then as a prefix (`hpa.autoscal`).
    fn expand_short_name(&self, resource: &str, group: &str) -> (String, String) {
        let in_group = |r: &ApiResourceInfo| group.is_empty() || r.group == group;
        if self
            .by_priority()
            .any(|r| in_group(r) && (r.plural == resource || r.singular == resource))
        {
            return (resource.to_string(), group.to_string());
        }
        // Short names of every served version, groups in discovery order and each group's
        // versions in the server's order (kubectl's `ServerGroupsAndResources`): a resource
        // served only by a non-preferred version (v1.20's batch/v1beta1 CronJob) has them too.
        let all = || self.resources.iter();
        if let Some(r) = all().find(|r| in_group(r) && r.short_names.iter().any(|s| s == resource)) {
            return (r.plural.clone(), r.group.clone());
        }
        if !group.is_empty()
            && let Some(r) = all().find(|r| r.group.starts_with(group) && r.short_names.iter().any(|s| s == resource))
        {
            return (r.plural.clone(), r.group.clone());
        }
        (resource.to_string(), group.to_string())
    }

    /// The first resource, by priority, whose plural or singular name matches.
    fn resource_for(&self, resource: &str, version: Option<&str>, group: &str) -> Option<&ApiResourceInfo> {
        self.by_priority().find(|r| {
            r.group == group
                && version.is_none_or(|v| r.version == v)
                && (r.plural == resource || r.singular == resource)
        })
    }

    /// Like [`Self::resource_for`], with any group when none was typed.
    fn resource_any_group(&self, resource: &str, group: &str) -> Option<&ApiResourceInfo> {
        if group.is_empty() {
            self.by_priority()
                .find(|r| r.plural == resource || r.singular == resource)
        } else {
            self.resource_for(resource, None, group)
        }
    }

    /// The first resource whose Kind matches, case-insensitively.
    fn kind_for(&self, kind: &str, version: Option<&str>, group: Option<&str>) -> Option<&ApiResourceInfo> {
        self.by_priority().find(|r| {
            r.kind.eq_ignore_ascii_case(kind)
                && version.is_none_or(|v| r.version == v)
                && group.is_none_or(|g| r.group == g)
        })
    }

    /// Resolve one type as typed: a category expands to several resources.
    pub(crate) fn resolve(&self, arg: &str) -> Result<Vec<ApiResourceInfo>> {
        let lower = arg.to_lowercase();
        if !lower.contains('.') {
            let cat = self.category(&lower);
            if !cat.is_empty() {
                return Ok(cat);
            }
        }
        self.resolve_one(arg).map(|r| vec![r])
    }

    fn resolve_one(&self, arg: &str) -> Result<ApiResourceInfo> {
        let lower = arg.to_lowercase();
        let (full, (resource, group)) = parse_resource_arg(&lower);
        // TYPE.VERSION.GROUP first, when there are enough dots.
        if let Some((r, v, g)) = &full {
            let (r, g) = self.expand_short_name(r, g);
            if let Some(found) = self.resource_for(&r, Some(v), &g) {
                return Ok(found.clone());
            }
        }
        let (r, g) = self.expand_short_name(&resource, &group);
        if let Some(found) = self.resource_any_group(&r, &g) {
            return Ok(found.clone());
        }
        // Then as a Kind: `Kind.version.group`, then `Kind.group`.
        let (kfull, (kind, kgroup)) = parse_resource_arg(arg);
        if let Some((k, v, g)) = &kfull
            && let Some(found) = self.kind_for(k, Some(v), Some(g))
        {
            return Ok(found.clone());
        }
        let kgroup = (!kgroup.is_empty()).then_some(kgroup.as_str());
        if let Some(found) = self.kind_for(&kind, None, kgroup) {
            return Ok(found.clone());
        }
        let shown = arg.split_once('.').map(|(r, _)| r).unwrap_or(arg);
        Err(Error::UnknownResource(shown.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn res(group: &str, version: &str, plural: &str, kind: &str, short: &[&str], preferred: bool) -> ApiResourceInfo {
        ApiResourceInfo {
            group: group.into(),
            version: version.into(),
            plural: plural.into(),
            singular: kind.to_lowercase(),
            kind: kind.into(),
            short_names: short.iter().map(|s| s.to_string()).collect(),
            categories: if ["pods", "deployments", "services"].contains(&plural) {
                vec!["all".into()]
            } else {
                vec![]
            },
            verbs: vec!["list".into()],
            namespaced: true,
            preferred,
        }
    }

    fn disco() -> Discovery {
        Discovery {
            format: 1,
            server: "s".into(),
            fetched_at: 0,
            resources: vec![
                res("", "v1", "pods", "Pod", &["po"], true),
                res("", "v1", "services", "Service", &["svc"], true),
                res("", "v1", "events", "Event", &["ev"], true),
                res("apps", "v1", "deployments", "Deployment", &["deploy"], true),
                res("events.k8s.io", "v1", "events", "Event", &["ev"], true),
                res(
                    "autoscaling",
                    "v1",
                    "horizontalpodautoscalers",
                    "HorizontalPodAutoscaler",
                    &["hpa"],
                    true,
                ),
                res("stable.example.com", "v1", "crontabs", "CronTab", &["ct"], true),
                res("batch", "v1", "jobs", "Job", &[], true),
                // v1.20: CronJob only in batch/v1beta1, a non-preferred version.
                res("batch", "v1beta1", "cronjobs", "CronJob", &["cj"], false),
                res(
                    "autoscaling",
                    "v2beta2",
                    "horizontalpodautoscalers",
                    "HorizontalPodAutoscaler",
                    &["hpa"],
                    false,
                ),
            ],
        }
    }

    fn one(arg: &str) -> String {
        let r = disco().resolve(arg).unwrap_or_else(|e| panic!("{arg}: {e}"));
        assert_eq!(r.len(), 1, "{arg}");
        format!("{}/{}/{}", r[0].group, r[0].version, r[0].plural)
    }

    #[test]
    fn names_as_kubectl_accepts_them() {
        for arg in [
            "pods", "pod", "po", "Pod", "PODS", "pods.v1.", "pod.v1.", "po.v1.", "Pod.v1.",
        ] {
            assert_eq!(one(arg), "/v1/pods", "{arg}");
        }
        for arg in [
            "deployments",
            "deployment",
            "deploy",
            "Deployment",
            "deployments.apps",
            "deploy.apps",
            "deployments.v1.apps",
            "Deployment.v1.apps",
            "Deployment.apps",
        ] {
            assert_eq!(one(arg), "apps/v1/deployments", "{arg}");
        }
        assert_eq!(one("events"), "/v1/events");
        assert_eq!(one("ev"), "/v1/events");
        assert_eq!(one("events.events.k8s.io"), "events.k8s.io/v1/events");
        assert_eq!(one("ct"), "stable.example.com/v1/crontabs");
        assert_eq!(one("crontab.stable.example.com"), "stable.example.com/v1/crontabs");
        assert_eq!(one("hpa"), "autoscaling/v1/horizontalpodautoscalers");
        assert_eq!(
            one("hpa.v2beta2.autoscaling"),
            "autoscaling/v2beta2/horizontalpodautoscalers"
        );
        assert_eq!(one("hpa.autoscal"), "autoscaling/v1/horizontalpodautoscalers");
        assert_eq!(one("cj"), "batch/v1beta1/cronjobs");
    }

    /// Every name of a resource served only by a non-preferred version resolves, as kubectl
    /// resolves it on v1.20 (`kctl get cj`).
    #[test]
    fn names_of_non_preferred_versions() {
        for arg in [
            "cj",
            "CJ",
            "cronjobs",
            "cronjob",
            "CronJob",
            "cj.batch",
            "cj.v1beta1.batch",
            "cronjobs.batch",
            "cronjobs.v1beta1.batch",
            "CronJob.v1beta1.batch",
            "CronJob.batch",
            "cj.bat",
        ] {
            assert_eq!(one(arg), "batch/v1beta1/cronjobs", "{arg}");
        }
        assert_eq!(one("jobs"), "batch/v1/jobs");
    }

    /// The same from an aggregated-discovery document (the preferred version first).
    #[test]
    fn names_from_aggregated_discovery() {
        let body = br#"{"kind":"APIGroupDiscoveryList","apiVersion":"apidiscovery.k8s.io/v2","items":[
          {"metadata":{"name":""},"versions":[{"version":"v1","resources":[
            {"resource":"pods","responseKind":{"kind":"Pod"},"scope":"Namespaced","singularResource":"pod","verbs":["list"],"shortNames":["po"]}]}]},
          {"metadata":{"name":"batch"},"versions":[
            {"version":"v1","resources":[
              {"resource":"jobs","responseKind":{"kind":"Job"},"scope":"Namespaced","singularResource":"job","verbs":["list"]}]},
            {"version":"v1beta1","resources":[
              {"resource":"cronjobs","responseKind":{"kind":"CronJob"},"scope":"Namespaced","singularResource":"cronjob","verbs":["list"],"shortNames":["cj"],"categories":null}]}]},
          {"metadata":{"name":"widgets.example.com"},"versions":[
            {"version":"v2","resources":[
              {"resource":"widgets","responseKind":{"kind":"Widget"},"scope":"Cluster","singularResource":"widget","verbs":["list"],"shortNames":null}]},
            {"version":"v1","resources":[
              {"resource":"widgets","responseKind":{"kind":"Widget"},"scope":"Cluster","singularResource":"widget","verbs":["list"],"shortNames":["wd"]},
              {"resource":"gadgets","responseKind":{"kind":"Gadget"},"scope":"Cluster","singularResource":"gadget","verbs":null,"shortNames":["gd"]}]}]}]}"#;
        let d = Discovery {
            format: 1,
            server: "s".into(),
            fetched_at: 0,
            resources: super::super::discovery::parse_aggregated(body).unwrap(),
        };
        let one = |arg: &str| {
            let r = d.resolve(arg).unwrap_or_else(|e| panic!("{arg}: {e}"));
            format!("{}/{}/{}", r[0].group, r[0].version, r[0].plural)
        };
        for arg in ["cj", "cronjob", "CronJob", "cronjobs.v1beta1.batch"] {
            assert_eq!(one(arg), "batch/v1beta1/cronjobs", "{arg}");
        }
        // The preferred version wins for a resource in both; a short name of the other
        // version still names it.
        assert_eq!(one("widgets"), "widgets.example.com/v2/widgets");
        assert_eq!(one("wd"), "widgets.example.com/v2/widgets");
        assert_eq!(one("widgets.v1.widgets.example.com"), "widgets.example.com/v1/widgets");
        assert_eq!(one("gd"), "widgets.example.com/v1/gadgets");
        assert_eq!(one("po"), "/v1/pods");
    }

    #[test]
    fn categories_expand_in_discovery_order() {
        let all: Vec<String> = disco().resolve("all").unwrap().into_iter().map(|r| r.plural).collect();
        assert_eq!(all, ["pods", "services", "deployments"]);
    }

    #[test]
    fn unknown_types_name_the_resource_part() {
        for (arg, shown) in [
            ("nosuchtype", "nosuchtype"),
            ("foo.bar", "foo"),
            ("pods.v2.", "pods"),
            ("deployments.extensions", "deployments"),
        ] {
            match disco().resolve(arg) {
                Err(Error::UnknownResource(s)) => assert_eq!(s, shown, "{arg}"),
                other => panic!("{arg}: {other:?}"),
            }
        }
    }

    #[test]
    fn splitting_arguments() {
        let s = |v: &[&str]| split_args(&v.iter().map(|s| s.to_string()).collect::<Vec<_>>());
        assert_eq!(
            s(&["pods,svc", "a", "b"]).unwrap(),
            vec![
                TypeArg {
                    type_name: "pods".into(),
                    names: vec!["a".into(), "b".into()]
                },
                TypeArg {
                    type_name: "svc".into(),
                    names: vec!["a".into(), "b".into()]
                },
            ]
        );
        assert_eq!(
            s(&["pod/a", "pod/b", "svc/c"]).unwrap(),
            vec![
                TypeArg {
                    type_name: "pod".into(),
                    names: vec!["a".into(), "b".into()]
                },
                TypeArg {
                    type_name: "svc".into(),
                    names: vec!["c".into()]
                },
            ]
        );
        assert!(s(&["pods", "pod/a"]).is_err());
        assert!(s(&["pod/"]).is_err());
        assert!(s(&[]).unwrap().is_empty());
    }
}
