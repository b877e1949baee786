//! `kctl create ingress`: kubectl's generator, rule syntax
//! `host/path=service:port[,tls[=secret]]` (a path ending in `*` is a Prefix path).

use serde_json::{Map, Value, json};

use super::built::{Built, usage};
use crate::cli::CreateIngress;
use crate::error::Result;

/// Regexp `\w`: ASCII letters, digits and `_`.
fn word(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_'
}

/// kubectl's rule regexp:
/// `^[\w*\-.]*/[^,=\n]*=[\w\-]+:[\w\-]+(,tls=?[\w\-]*)?$`.
fn rule_is_valid(rule: &str) -> bool {
    let name_end = |s: &str| s.find(|c: char| !(word(c) || c == '-')).unwrap_or(s.len());
    let Some(slash) = rule.find('/') else { return false };
    if !rule[..slash].chars().all(|c| word(c) || matches!(c, '*' | '-' | '.')) {
        return false;
    }
    let rest = &rule[slash..];
    let rest = &rest[rest.find([',', '=', '\n']).unwrap_or(rest.len())..];
    let Some(rest) = rest.strip_prefix('=') else {
        return false;
    };
    let n = name_end(rest);
    if n == 0 {
        return false;
    }
    let Some(rest) = rest[n..].strip_prefix(':') else {
        return false;
    };
    let n = name_end(rest);
    if n == 0 {
        return false;
    }
    let rest = &rest[n..];
    if rest.is_empty() {
        return true;
    }
    let Some(rest) = rest.strip_prefix(",tls") else {
        return false;
    };
    let rest = rest.strip_prefix('=').unwrap_or(rest);
    name_end(rest) == rest.len()
}

/// `svc:port`: a port number when the port is one, else a port name.
fn backend(service: &str) -> Value {
    let mut parts = service.split(':');
    let name = parts.next().unwrap_or_default();
    let port = parts.next().unwrap_or_default();
    let port = match port.parse::<i32>() {
        Ok(n) => json!({"number": n}),
        Err(_) if port.is_empty() => json!({}),
        Err(_) => json!({"name": port}),
    };
    json!({"service": {"name": name, "port": port}})
}

fn http_path(pathsvc: &str) -> Value {
    let mut parts = pathsvc.split('=');
    let mut path = format!("/{}", parts.next().unwrap_or_default());
    let service = parts.next().unwrap_or_default();
    let mut path_type = "Exact";
    if path.ends_with('*') {
        path_type = "Prefix";
        path.pop();
    }
    json!({"path": path, "pathType": path_type, "backend": backend(service)})
}

/// `spec.tls`: one entry per secret, each host once.
fn tls_rules(rules: &[String]) -> Vec<Value> {
    let mut seen: Vec<String> = Vec::new();
    let mut out: Vec<(Vec<String>, String)> = Vec::new();
    for rule in rules {
        let parts: Vec<&str> = rule.split(',').collect();
        if parts.len() != 2 {
            continue;
        }
        let host = rule.split('/').next().unwrap_or_default().to_string();
        let secret = parts[1].split('=').nth(1).unwrap_or_default().to_string();
        if seen.contains(&host) {
            continue;
        }
        if let Some(entry) = out.iter_mut().find(|(_, s)| *s == secret) {
            entry.0.push(host.clone());
            seen.push(host);
            continue;
        }
        let hosts = if host.is_empty() { vec![] } else { vec![host.clone()] };
        if !secret.is_empty() || !hosts.is_empty() {
            out.push((hosts, secret));
        }
        seen.push(host);
    }
    out.into_iter()
        .map(|(hosts, secret)| {
            let mut m = Map::new();
            if !hosts.is_empty() {
                m.insert("hosts".into(), json!(hosts));
            }
            if !secret.is_empty() {
                m.insert("secretName".into(), json!(secret));
            }
            Value::Object(m)
        })
        .collect()
}

/// `spec.rules`: one per host, its paths in order.
fn ingress_rules(rules: &[String]) -> Vec<Value> {
    let mut out: Vec<(String, Vec<Value>)> = Vec::new();
    for rule in rules {
        let without_tls = rule.split(',').next().unwrap_or_default();
        let (host, pathsvc) = without_tls.split_once('/').unwrap_or((without_tls, ""));
        let path = http_path(pathsvc);
        match out.iter_mut().find(|(h, _)| h == host) {
            Some((_, paths)) => paths.push(path),
            None => out.push((host.to_string(), vec![path])),
        }
    }
    out.into_iter()
        .map(|(host, paths)| {
            let mut m = Map::new();
            if !host.is_empty() {
                m.insert("host".into(), json!(host));
            }
            m.insert("http".into(), json!({ "paths": paths }));
            Value::Object(m)
        })
        .collect()
}

/// `create ingress`.
pub(super) fn ingress(a: &CreateIngress) -> Result<Built> {
    if a.default_backend.is_empty() && a.rule.is_empty() {
        return Err(usage(
            "not enough information provided: every ingress has to either specify a default-backend (which catches all traffic) or a list of rules (which catch specific paths)",
        ));
    }
    if let Some(rule) = a.rule.iter().find(|r| !rule_is_valid(r)) {
        return Err(usage(format!(
            "rule {rule} is invalid and should be in format host/path=svcname:svcport[,tls[=secret]]"
        )));
    }
    let mut annotations = Map::new();
    for an in &a.annotation {
        let Some((k, v)) = an.split_once('=') else {
            return Err(usage(format!(
                "annotation {an} is invalid and should be in format key=[value]"
            )));
        };
        annotations.insert(k.to_string(), json!(v));
    }
    if !a.default_backend.is_empty() && a.default_backend.split(':').count() != 2 {
        return Err(usage("default-backend should be in format servicename:serviceport"));
    }
    let mut spec = Map::new();
    if !a.class.is_empty() {
        spec.insert("ingressClassName".into(), json!(a.class));
    }
    if !a.default_backend.is_empty() {
        spec.insert("defaultBackend".into(), backend(&a.default_backend));
    }
    let tls = tls_rules(&a.rule);
    if !tls.is_empty() {
        spec.insert("tls".into(), Value::Array(tls));
    }
    let rules = ingress_rules(&a.rule);
    if !rules.is_empty() {
        spec.insert("rules".into(), Value::Array(rules));
    }
    let mut metadata = Map::new();
    metadata.insert("name".into(), json!(a.name));
    if !annotations.is_empty() {
        metadata.insert("annotations".into(), Value::Object(annotations));
    }
    let obj = json!({
        "apiVersion": "networking.k8s.io/v1",
        "kind": "Ingress",
        "metadata": metadata,
        "spec": spec,
        "status": {"loadBalancer": {}},
    });
    Ok(Built::new(
        obj,
        "ingress.networking.k8s.io",
        Some("failed to create ingress: "),
        true,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rules_as_kubectl_validates_them() {
        for ok in [
            "foo.com/bar=svc1:8080,tls=my-cert",
            "/path=svc:port",
            "foo.com/*=svc:8080,tls",
            "*.foo.com/=s:http,tls=",
            "a/=s:p,tlsx",
        ] {
            assert!(rule_is_valid(ok), "{ok}");
        }
        for bad in [
            "foo",
            "foo.com=svc:80",
            "foo.com/a=svc",
            "foo.com/a=:80",
            "a/b=s:p,x",
            "a b/=s:p",
        ] {
            assert!(!rule_is_valid(bad), "{bad}");
        }
    }

    #[test]
    fn tls_groups_hosts_by_secret() {
        let rules: Vec<String> = ["a.com/=s:p,tls=x", "b.com/=s:p,tls=x", "a.com/y=s:p,tls=z"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        assert_eq!(
            Value::Array(tls_rules(&rules)),
            json!([{"hosts": ["a.com", "b.com"], "secretName": "x"}])
        );
        assert_eq!(ingress_rules(&rules).len(), 2);
    }
}
