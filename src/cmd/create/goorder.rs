//! JSON in the field order of kubectl's Go types.
//!
//! kubectl prints the objects its generators build (and the server's answer, decoded into
//! the same typed structs) with `json.MarshalIndent` of the struct: fields in declaration
//! order, not sorted. The same order appears in the `--save-config` annotation. This module
//! knows the declaration order of the types the generators produce; unknown fields follow
//! the known ones in byte order.

use std::io::{self, Write};

use serde_json::Value;

use crate::output::json;

/// A Go struct: its JSON field names in declaration order, and the types of nested fields.
struct Ty {
    order: &'static [&'static str],
    children: &'static [(&'static str, &'static str)],
}

const OBJECT_META: Ty = Ty {
    order: &[
        "name",
        "generateName",
        "namespace",
        "selfLink",
        "uid",
        "resourceVersion",
        "generation",
        "creationTimestamp",
        "deletionTimestamp",
        "deletionGracePeriodSeconds",
        "labels",
        "annotations",
        "ownerReferences",
        "finalizers",
        "managedFields",
    ],
    children: &[("ownerReferences", "OwnerReference")],
};

fn ty(name: &str) -> Option<Ty> {
    const ROOT_CHILDREN: &[(&str, &str)] = &[("metadata", "ObjectMeta")];
    Some(match name {
        "ObjectMeta" => OBJECT_META,
        "OwnerReference" => Ty {
            order: &["apiVersion", "kind", "name", "uid", "controller", "blockOwnerDeletion"],
            children: &[],
        },
        "ConfigMap" => Ty {
            order: &["kind", "apiVersion", "metadata", "immutable", "data", "binaryData"],
            children: ROOT_CHILDREN,
        },
        "Secret" => Ty {
            order: &[
                "kind",
                "apiVersion",
                "metadata",
                "immutable",
                "data",
                "stringData",
                "type",
            ],
            children: ROOT_CHILDREN,
        },
        "ServiceAccount" => Ty {
            order: &[
                "kind",
                "apiVersion",
                "metadata",
                "secrets",
                "imagePullSecrets",
                "automountServiceAccountToken",
            ],
            children: ROOT_CHILDREN,
        },
        "Namespace" => Ty {
            order: &["kind", "apiVersion", "metadata", "spec", "status"],
            children: &[("metadata", "ObjectMeta"), ("status", "NamespaceStatus")],
        },
        "NamespaceStatus" => Ty {
            order: &["phase", "conditions"],
            children: &[],
        },
        "Deployment" => Ty {
            order: &["kind", "apiVersion", "metadata", "spec", "status"],
            children: &[
                ("metadata", "ObjectMeta"),
                ("spec", "DeploymentSpec"),
                ("status", "DeploymentStatus"),
            ],
        },
        "DeploymentSpec" => Ty {
            order: &[
                "replicas",
                "selector",
                "template",
                "strategy",
                "minReadySeconds",
                "revisionHistoryLimit",
                "paused",
                "progressDeadlineSeconds",
            ],
            children: &[
                ("selector", "LabelSelector"),
                ("template", "PodTemplateSpec"),
                ("strategy", "DeploymentStrategy"),
            ],
        },
        "DeploymentStrategy" => Ty {
            order: &["type", "rollingUpdate"],
            children: &[("rollingUpdate", "RollingUpdate")],
        },
        "RollingUpdate" => Ty {
            order: &["maxUnavailable", "maxSurge"],
            children: &[],
        },
        "DeploymentStatus" => Ty {
            order: &[
                "observedGeneration",
                "replicas",
                "updatedReplicas",
                "readyReplicas",
                "availableReplicas",
                "unavailableReplicas",
                "terminatingReplicas",
                "conditions",
                "collisionCount",
            ],
            children: &[("conditions", "Condition")],
        },
        "Condition" => Ty {
            order: &[
                "type",
                "status",
                "lastProbeTime",
                "lastUpdateTime",
                "lastTransitionTime",
                "reason",
                "message",
            ],
            children: &[],
        },
        "LabelSelector" => Ty {
            order: &["matchLabels", "matchExpressions"],
            children: &[("matchExpressions", "LabelSelectorRequirement")],
        },
        "LabelSelectorRequirement" => Ty {
            order: &["key", "operator", "values"],
            children: &[],
        },
        "PodTemplateSpec" => Ty {
            order: &["metadata", "spec"],
            children: &[("metadata", "ObjectMeta"), ("spec", "PodSpec")],
        },
        "PodSpec" => Ty {
            order: &[
                "volumes",
                "initContainers",
                "containers",
                "ephemeralContainers",
                "restartPolicy",
                "terminationGracePeriodSeconds",
                "activeDeadlineSeconds",
                "dnsPolicy",
                "nodeSelector",
                "serviceAccountName",
                "serviceAccount",
                "automountServiceAccountToken",
                "nodeName",
                "hostNetwork",
                "hostPID",
                "hostIPC",
                "shareProcessNamespace",
                "securityContext",
                "imagePullSecrets",
                "hostname",
                "subdomain",
                "affinity",
                "schedulerName",
                "tolerations",
                "hostAliases",
                "priorityClassName",
                "priority",
                "dnsConfig",
                "readinessGates",
                "runtimeClassName",
                "enableServiceLinks",
                "preemptionPolicy",
                "overhead",
                "topologySpreadConstraints",
                "setHostnameAsFQDN",
                "os",
                "hostUsers",
                "schedulingGates",
                "resourceClaims",
                "resources",
            ],
            children: &[("initContainers", "Container"), ("containers", "Container")],
        },
        "Container" => Ty {
            order: &[
                "name",
                "image",
                "command",
                "args",
                "workingDir",
                "ports",
                "envFrom",
                "env",
                "resources",
                "resizePolicy",
                "restartPolicy",
                "volumeMounts",
                "volumeDevices",
                "livenessProbe",
                "readinessProbe",
                "startupProbe",
                "lifecycle",
                "terminationMessagePath",
                "terminationMessagePolicy",
                "imagePullPolicy",
                "securityContext",
                "stdin",
                "stdinOnce",
                "tty",
            ],
            children: &[("ports", "ContainerPort"), ("resources", "Resources")],
        },
        "ContainerPort" => Ty {
            order: &["name", "hostPort", "containerPort", "protocol", "hostIP"],
            children: &[],
        },
        "Resources" => Ty {
            order: &["limits", "requests", "claims"],
            children: &[],
        },
        "Job" => Ty {
            order: &["kind", "apiVersion", "metadata", "spec", "status"],
            children: &[("metadata", "ObjectMeta"), ("spec", "JobSpec"), ("status", "JobStatus")],
        },
        "JobSpec" => Ty {
            order: &[
                "parallelism",
                "completions",
                "activeDeadlineSeconds",
                "podFailurePolicy",
                "successPolicy",
                "backoffLimit",
                "backoffLimitPerIndex",
                "maxFailedIndexes",
                "selector",
                "manualSelector",
                "template",
                "ttlSecondsAfterFinished",
                "completionMode",
                "suspend",
                "podReplacementPolicy",
                "managedBy",
            ],
            children: &[("selector", "LabelSelector"), ("template", "PodTemplateSpec")],
        },
        "JobStatus" => Ty {
            order: &[
                "conditions",
                "startTime",
                "completionTime",
                "active",
                "succeeded",
                "failed",
                "terminating",
                "completedIndexes",
                "failedIndexes",
                "uncountedTerminatedPods",
                "ready",
            ],
            children: &[("conditions", "Condition")],
        },
        "CronJob" => Ty {
            order: &["kind", "apiVersion", "metadata", "spec", "status"],
            children: &[("metadata", "ObjectMeta"), ("spec", "CronJobSpec")],
        },
        "CronJobSpec" => Ty {
            order: &[
                "schedule",
                "timeZone",
                "startingDeadlineSeconds",
                "concurrencyPolicy",
                "suspend",
                "jobTemplate",
                "successfulJobsHistoryLimit",
                "failedJobsHistoryLimit",
            ],
            children: &[("jobTemplate", "JobTemplateSpec")],
        },
        "JobTemplateSpec" => Ty {
            order: &["metadata", "spec"],
            children: &[("metadata", "ObjectMeta"), ("spec", "JobSpec")],
        },
        "Service" => Ty {
            order: &["kind", "apiVersion", "metadata", "spec", "status"],
            children: &[
                ("metadata", "ObjectMeta"),
                ("spec", "ServiceSpec"),
                ("status", "ServiceStatus"),
            ],
        },
        "ServiceSpec" => Ty {
            order: &[
                "ports",
                "selector",
                "clusterIP",
                "clusterIPs",
                "type",
                "externalIPs",
                "sessionAffinity",
                "loadBalancerIP",
                "loadBalancerSourceRanges",
                "externalName",
                "externalTrafficPolicy",
                "healthCheckNodePort",
                "publishNotReadyAddresses",
                "sessionAffinityConfig",
                "ipFamilies",
                "ipFamilyPolicy",
                "allocateLoadBalancerNodePorts",
                "loadBalancerClass",
                "internalTrafficPolicy",
                "trafficDistribution",
            ],
            children: &[("ports", "ServicePort")],
        },
        "ServicePort" => Ty {
            order: &["name", "protocol", "appProtocol", "port", "targetPort", "nodePort"],
            children: &[],
        },
        "ServiceStatus" => Ty {
            order: &["loadBalancer", "conditions"],
            children: &[],
        },
        _ => return more(name),
    })
}

/// The types of the RBAC, policy, scheduling, networking and authentication generators.
fn more(name: &str) -> Option<Ty> {
    const ROOT: &[&str] = &["kind", "apiVersion", "metadata", "spec", "status"];
    Some(match name {
        "Role" => Ty {
            order: &["kind", "apiVersion", "metadata", "rules"],
            children: &[("metadata", "ObjectMeta"), ("rules", "PolicyRule")],
        },
        "ClusterRole" => Ty {
            order: &["kind", "apiVersion", "metadata", "rules", "aggregationRule"],
            children: &[
                ("metadata", "ObjectMeta"),
                ("rules", "PolicyRule"),
                ("aggregationRule", "AggregationRule"),
            ],
        },
        "PolicyRule" => Ty {
            order: &["verbs", "apiGroups", "resources", "resourceNames", "nonResourceURLs"],
            children: &[],
        },
        "AggregationRule" => Ty {
            order: &["clusterRoleSelectors"],
            children: &[("clusterRoleSelectors", "LabelSelector")],
        },
        "RoleBinding" | "ClusterRoleBinding" => Ty {
            order: &["kind", "apiVersion", "metadata", "subjects", "roleRef"],
            children: &[
                ("metadata", "ObjectMeta"),
                ("subjects", "Subject"),
                ("roleRef", "RoleRef"),
            ],
        },
        "Subject" => Ty {
            order: &["kind", "apiGroup", "name", "namespace"],
            children: &[],
        },
        "RoleRef" => Ty {
            order: &["apiGroup", "kind", "name"],
            children: &[],
        },
        "ResourceQuota" => Ty {
            order: ROOT,
            children: &[("metadata", "ObjectMeta"), ("spec", "ResourceQuotaSpec")],
        },
        "ResourceQuotaSpec" => Ty {
            order: &["hard", "scopes", "scopeSelector"],
            children: &[],
        },
        "PodDisruptionBudget" => Ty {
            order: ROOT,
            children: &[
                ("metadata", "ObjectMeta"),
                ("spec", "PodDisruptionBudgetSpec"),
                ("status", "PodDisruptionBudgetStatus"),
            ],
        },
        "PodDisruptionBudgetSpec" => Ty {
            order: &[
                "minAvailable",
                "selector",
                "maxUnavailable",
                "unhealthyPodEvictionPolicy",
            ],
            children: &[("selector", "LabelSelector")],
        },
        "PodDisruptionBudgetStatus" => Ty {
            order: &[
                "observedGeneration",
                "disruptedPods",
                "disruptionsAllowed",
                "currentHealthy",
                "desiredHealthy",
                "expectedPods",
                "conditions",
            ],
            children: &[("conditions", "Condition")],
        },
        "PriorityClass" => Ty {
            order: &[
                "kind",
                "apiVersion",
                "metadata",
                "value",
                "globalDefault",
                "description",
                "preemptionPolicy",
            ],
            children: &[("metadata", "ObjectMeta")],
        },
        "Ingress" => Ty {
            order: ROOT,
            children: &[("metadata", "ObjectMeta"), ("spec", "IngressSpec")],
        },
        "IngressSpec" => Ty {
            order: &["ingressClassName", "defaultBackend", "tls", "rules"],
            children: &[
                ("defaultBackend", "IngressBackend"),
                ("tls", "IngressTLS"),
                ("rules", "IngressRule"),
            ],
        },
        "IngressTLS" => Ty {
            order: &["hosts", "secretName"],
            children: &[],
        },
        "IngressRule" => Ty {
            order: &["host", "http"],
            children: &[("http", "HTTPIngressRuleValue")],
        },
        "HTTPIngressRuleValue" => Ty {
            order: &["paths"],
            children: &[("paths", "HTTPIngressPath")],
        },
        "HTTPIngressPath" => Ty {
            order: &["path", "pathType", "backend"],
            children: &[("backend", "IngressBackend")],
        },
        "IngressBackend" => Ty {
            order: &["service", "resource"],
            children: &[("service", "IngressServiceBackend")],
        },
        "IngressServiceBackend" => Ty {
            order: &["name", "port"],
            children: &[("port", "ServiceBackendPort")],
        },
        "ServiceBackendPort" => Ty {
            order: &["name", "number"],
            children: &[],
        },
        "TokenRequest" => Ty {
            order: ROOT,
            children: &[
                ("metadata", "ObjectMeta"),
                ("spec", "TokenRequestSpec"),
                ("status", "TokenRequestStatus"),
            ],
        },
        "TokenRequestSpec" => Ty {
            order: &["audiences", "expirationSeconds", "boundObjectRef"],
            children: &[("boundObjectRef", "BoundObjectReference")],
        },
        "BoundObjectReference" => Ty {
            order: &["kind", "apiVersion", "name", "uid"],
            children: &[],
        },
        "TokenRequestStatus" => Ty {
            order: &["token", "expirationTimestamp"],
            children: &[],
        },
        _ => return None,
    })
}

/// The keys of `map` in the Go type's order (unknown keys last, sorted).
fn ordered<'a>(map: &'a serde_json::Map<String, Value>, t: Option<&Ty>) -> Vec<(&'a String, &'a Value)> {
    let rank = |k: &str| {
        t.and_then(|t| t.order.iter().position(|o| *o == k))
            .unwrap_or(usize::MAX)
    };
    let mut entries: Vec<(&String, &Value)> = map.iter().collect();
    entries.sort_by(|a, b| rank(a.0).cmp(&rank(b.0)).then_with(|| a.0.cmp(b.0)));
    entries
}

fn child_type(t: Option<&Ty>, key: &str) -> Option<&'static str> {
    t.and_then(|t| t.children.iter().find(|(k, _)| *k == key).map(|(_, c)| *c))
}

fn scalar(out: &mut String, v: &Value) {
    let mut buf = Vec::new();
    let _ = json::write_json_compact(&mut buf, v);
    out.push_str(&String::from_utf8_lossy(&buf));
}

fn push(out: &mut String, v: &Value, t: Option<&Ty>, indent: Option<usize>) {
    let nl = |out: &mut String, level: usize| {
        if indent.is_some() {
            out.push('\n');
            out.push_str(&"    ".repeat(level));
        }
    };
    let level = indent.unwrap_or(0);
    let deeper = indent.map(|l| l + 1);
    match v {
        Value::Object(m) if m.is_empty() => out.push_str("{}"),
        Value::Array(a) if a.is_empty() => out.push_str("[]"),
        Value::Object(m) => {
            out.push('{');
            for (i, (k, val)) in ordered(m, t).into_iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                nl(out, level + 1);
                scalar(out, &Value::String(k.clone()));
                out.push(':');
                if indent.is_some() {
                    out.push(' ');
                }
                let ct = child_type(t, k).and_then(ty);
                push(out, val, ct.as_ref(), deeper);
            }
            nl(out, level);
            out.push('}');
        }
        Value::Array(a) => {
            out.push('[');
            for (i, val) in a.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                nl(out, level + 1);
                push(out, val, t, deeper);
            }
            nl(out, level);
            out.push(']');
        }
        other => scalar(out, other),
    }
}

fn root_type(v: &Value) -> Option<Ty> {
    v.get("kind").and_then(Value::as_str).and_then(ty)
}

/// `json.Marshal` of the typed object: compact, no newline.
pub(crate) fn to_compact(v: &Value) -> String {
    let mut out = String::new();
    push(&mut out, v, root_type(v).as_ref(), None);
    out
}

/// kubectl's `-o json` of a typed object: `MarshalIndent` with four spaces, and a newline.
pub(crate) fn write_json(w: &mut dyn Write, v: &Value) -> io::Result<()> {
    let mut out = String::new();
    push(&mut out, v, root_type(v).as_ref(), Some(0));
    out.push('\n');
    w.write_all(out.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn service_in_go_order() {
        let v = serde_json::json!({
            "apiVersion": "v1", "kind": "Service",
            "metadata": {"labels": {"app": "s"}, "name": "s", "creationTimestamp": null},
            "spec": {"ports": [{"name": "80-8080", "port": 80, "protocol": "TCP", "targetPort": 8080}],
                     "selector": {"app": "s"}, "type": "ClusterIP"},
            "status": {"loadBalancer": {}}
        });
        let mut buf = Vec::new();
        write_json(&mut buf, &v).unwrap();
        // As `kubectl create service clusterip s --tcp=80:8080 --dry-run=client -o json` prints it.
        let want = r#"{
    "kind": "Service",
    "apiVersion": "v1",
    "metadata": {
        "name": "s",
        "creationTimestamp": null,
        "labels": {
            "app": "s"
        }
    },
    "spec": {
        "ports": [
            {
                "name": "80-8080",
                "protocol": "TCP",
                "port": 80,
                "targetPort": 8080
            }
        ],
        "selector": {
            "app": "s"
        },
        "type": "ClusterIP"
    },
    "status": {
        "loadBalancer": {}
    }
}
"#;
        assert_eq!(String::from_utf8(buf).unwrap(), want);
        assert_eq!(
            to_compact(
                &serde_json::json!({"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"x","creationTimestamp":null}})
            ),
            r#"{"kind":"ConfigMap","apiVersion":"v1","metadata":{"name":"x","creationTimestamp":null}}"#
        );
    }
}
