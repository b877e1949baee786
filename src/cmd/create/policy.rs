//! `kctl create quota|poddisruptionbudget|priorityclass`: kubectl's generators for limits
//! and scheduling, with its checks and messages.

use serde_json::{Map, Value, json};

use super::built::{Built, usage};
use super::quantity::Quantity;
use crate::cli::{CreatePdb, CreatePriorityClass, CreateQuota};
use crate::error::Result;

/// `--hard`: `resource=quantity` pairs, comma-separated (kubectl's `populateResourceListV1`).
fn hard_limits(spec: &str) -> Result<Option<Map<String, Value>>> {
    if spec.is_empty() {
        return Ok(None);
    }
    let mut out = Map::new();
    for statement in spec.split(',') {
        let parts: Vec<&str> = statement.split('=').collect();
        if parts.len() != 2 {
            return Err(usage(format!(
                "Invalid argument syntax {statement}, expected <resource>=<value>"
            )));
        }
        let q = Quantity::parse(parts[1]).map_err(usage)?;
        out.insert(parts[0].to_string(), Value::String(q.canonical()));
    }
    Ok(Some(out))
}

/// `--scopes`: comma-separated, none empty (the server checks the names).
fn scopes(spec: &str) -> Result<Option<Vec<String>>> {
    if spec.is_empty() {
        return Ok(None);
    }
    let mut out = Vec::new();
    for s in spec.split(',') {
        if s.is_empty() {
            return Err(usage("invalid resource quota scope \"\""));
        }
        out.push(s.to_string());
    }
    Ok(Some(out))
}

/// `create quota`.
pub(super) fn quota(a: &CreateQuota) -> Result<Built> {
    let mut spec = Map::new();
    if let Some(hard) = hard_limits(&a.hard)? {
        spec.insert("hard".into(), Value::Object(hard));
    }
    if let Some(scopes) = scopes(&a.scopes)? {
        spec.insert("scopes".into(), json!(scopes));
    }
    let obj = json!({
        "apiVersion": "v1",
        "kind": "ResourceQuota",
        "metadata": {"name": a.name},
        "spec": spec,
        "status": {},
    });
    Ok(Built::new(obj, "resourcequota", Some("failed to create quota: "), true))
}

/// kubectl's `intstr.Parse`: a number when it is one, else the text.
fn int_or_string(s: &str) -> Value {
    match s.parse::<i32>() {
        Ok(n) => json!(n),
        Err(_) => json!(s),
    }
}

/// `^[0-9]+%?$`.
fn count_or_percent(s: &str) -> bool {
    let digits = s.strip_suffix('%').unwrap_or(s);
    !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit())
}

/// One requirement of a label selector, as `metav1.ParseToLabelSelector` turns it into a
/// `LabelSelector`: equalities go to `matchLabels`, the rest to `matchExpressions`.
enum Requirement {
    Label(String, String),
    Expression(String, &'static str, Vec<String>),
}

fn selector_error(selector: &str) -> crate::error::Error {
    usage(format!(
        "couldn't parse the selector string \"{selector}\": unable to parse requirement: invalid label selector {selector:?}"
    ))
}

/// Split on commas outside parentheses.
fn split_top(s: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let (mut depth, mut start) = (0i32, 0);
    for (i, c) in s.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            ',' if depth == 0 => {
                out.push(&s[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    out.push(&s[start..]);
    out
}

fn parse_requirement(part: &str, whole: &str) -> Result<Requirement> {
    let valid_key = |k: &str| {
        !k.is_empty()
            && k.chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | '/'))
    };
    let key = |k: &str| {
        let k = k.trim();
        if valid_key(k) {
            Ok(k.to_string())
        } else {
            Err(selector_error(whole))
        }
    };
    let set = |rest: &str| -> Result<Vec<String>> {
        let inner = rest
            .trim()
            .strip_prefix('(')
            .and_then(|r| r.strip_suffix(')'))
            .ok_or_else(|| selector_error(whole))?;
        let mut values: Vec<String> = inner
            .split(',')
            .map(|v| v.trim().to_string())
            .filter(|v| !v.is_empty())
            .collect();
        values.sort();
        values.dedup();
        Ok(values)
    };
    let p = part.trim();
    Ok(if let Some((k, v)) = p.split_once("!=") {
        Requirement::Expression(key(k)?, "NotIn", vec![v.trim().to_string()])
    } else if let Some((k, v)) = p.split_once("==").or_else(|| p.split_once('=')) {
        Requirement::Label(key(k)?, v.trim().to_string())
    } else if let Some(k) = p.strip_prefix('!') {
        Requirement::Expression(key(k)?, "DoesNotExist", vec![])
    } else if let Some(i) = p.find(" notin ") {
        Requirement::Expression(key(&p[..i])?, "NotIn", set(&p[i + 7..])?)
    } else if let Some(i) = p.find(" in ") {
        Requirement::Expression(key(&p[..i])?, "In", set(&p[i + 4..])?)
    } else {
        Requirement::Expression(key(p)?, "Exists", vec![])
    })
}

/// `metav1.ParseToLabelSelector`: requirements sorted by key, as `labels.Parse` sorts them.
fn label_selector(selector: &str) -> Result<Value> {
    let mut reqs = Vec::new();
    for part in split_top(selector).into_iter().filter(|p| !p.trim().is_empty()) {
        reqs.push(parse_requirement(part, selector)?);
    }
    let key_of = |r: &Requirement| match r {
        Requirement::Label(k, _) | Requirement::Expression(k, _, _) => k.clone(),
    };
    reqs.sort_by_key(key_of);
    let mut labels = Map::new();
    let mut expressions = Vec::new();
    for r in reqs {
        match r {
            Requirement::Label(k, v) => {
                labels.insert(k, Value::String(v));
            }
            Requirement::Expression(k, op, values) => {
                let mut e = Map::new();
                e.insert("key".into(), json!(k));
                e.insert("operator".into(), json!(op));
                if !values.is_empty() {
                    e.insert("values".into(), json!(values));
                }
                expressions.push(Value::Object(e));
            }
        }
    }
    let mut out = Map::new();
    if !labels.is_empty() {
        out.insert("matchLabels".into(), Value::Object(labels));
    }
    if !expressions.is_empty() {
        out.insert("matchExpressions".into(), Value::Array(expressions));
    }
    Ok(Value::Object(out))
}

/// `create poddisruptionbudget`.
pub(super) fn pdb(a: &CreatePdb) -> Result<Built> {
    if a.selector.is_empty() {
        return Err(usage("a selector must be specified"));
    }
    if a.max_unavailable.is_empty() && a.min_available.is_empty() {
        return Err(usage("one of min-available or max-unavailable must be specified"));
    }
    if !a.max_unavailable.is_empty() && !a.min_available.is_empty() {
        return Err(usage("min-available and max-unavailable cannot be both specified"));
    }
    if !a.min_available.is_empty() && !count_or_percent(&a.min_available) {
        return Err(usage("invalid format specified for min-available"));
    }
    if !a.max_unavailable.is_empty() && !count_or_percent(&a.max_unavailable) {
        return Err(usage("invalid format specified for max-unavailable"));
    }
    let mut spec = Map::new();
    spec.insert("selector".into(), label_selector(&a.selector)?);
    if !a.min_available.is_empty() {
        spec.insert("minAvailable".into(), int_or_string(&a.min_available));
    }
    if !a.max_unavailable.is_empty() {
        spec.insert("maxUnavailable".into(), int_or_string(&a.max_unavailable));
    }
    let obj = json!({
        "apiVersion": "policy/v1",
        "kind": "PodDisruptionBudget",
        "metadata": {"name": a.name},
        "spec": spec,
        "status": {"disruptionsAllowed": 0, "currentHealthy": 0, "desiredHealthy": 0, "expectedPods": 0},
    });
    Ok(Built::new(
        obj,
        "poddisruptionbudget.policy",
        Some("failed to create poddisruptionbudgets: "),
        true,
    ))
}

/// `create priorityclass`.
pub(super) fn priorityclass(a: &CreatePriorityClass) -> Result<Built> {
    let mut obj = json!({
        "apiVersion": "scheduling.k8s.io/v1",
        "kind": "PriorityClass",
        "metadata": {"name": a.name},
        "value": a.value,
        "preemptionPolicy": a.preemption_policy,
    });
    if a.global_default {
        obj["globalDefault"] = json!(true);
    }
    if !a.description.is_empty() {
        obj["description"] = json!(a.description);
    }
    if a.preemption_policy.is_empty() {
        obj.as_object_mut().expect("object").remove("preemptionPolicy");
    }
    Ok(Built::new(
        obj,
        "priorityclass.scheduling.k8s.io",
        Some("failed to create priorityclass: "),
        false,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn selectors_as_parse_to_label_selector() {
        assert_eq!(
            label_selector("tier in (b, a),app=x,!gone").unwrap(),
            json!({
                "matchLabels": {"app": "x"},
                "matchExpressions": [
                    {"key": "gone", "operator": "DoesNotExist"},
                    {"key": "tier", "operator": "In", "values": ["a", "b"]},
                ]
            })
        );
        assert!(label_selector("a in b").is_err());
    }

    #[test]
    fn hard_limits_are_canonical() {
        let h = hard_limits("cpu=1000m,memory=1024Mi,pods=10").unwrap().unwrap();
        assert_eq!(Value::Object(h), json!({"cpu": "1", "memory": "1Gi", "pods": "10"}));
        assert_eq!(
            hard_limits("cpu").unwrap_err().to_string(),
            "Invalid argument syntax cpu, expected <resource>=<value>"
        );
        assert!(count_or_percent("50%") && count_or_percent("1") && !count_or_percent("1Gi"));
    }
}
