// The real kubectl's answers (tests/golden/cases/*: `cmd`, the manifests, and kubectl
// 1.32.4's `stderr` and `exit` against the v1.20.2 test cluster, recorded by capture.sh),
// replayed with this validator over the same documents (`docs.json`, written by
// make_docs.py) and the same server's /openapi/v2 (openapi-v2.json): kubectl's stderr is
// rebuilt from the validator's messages and compared byte for byte.

use std::fs;
use std::path::{Path, PathBuf};

use super::{
    OpenApi, Syntax, WARN_UNSUPPORTED, duplicate_keys, error_validating, object_kind, stderr_for, validating_data,
};
use serde_json::Value;

const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/validate/golden");

#[derive(Debug, PartialEq, Clone, Copy)]
enum Directive {
    Strict,
    Warn,
    Ignore,
}

fn directive(args: &[String]) -> Directive {
    let mut d = Directive::Strict;
    for a in args {
        match a.as_str() {
            "--validate" | "--validate=true" | "--validate=strict" => d = Directive::Strict,
            "--validate=warn" => d = Directive::Warn,
            "--validate=false" | "--validate=ignore" => d = Directive::Ignore,
            _ => {}
        }
    }
    d
}

/// The text of a source's only document when it was written in JSON (for the duplicate-key
/// check, which needs the text).
fn json_text(case: &Path, args: &[String], source: &str) -> String {
    let file = if source == "STDIN" {
        let i = args.iter().position(|a| a == "<").unwrap();
        case.join(&args[i + 1])
    } else {
        case.join(source)
    };
    fs::read_to_string(file).unwrap().trim().to_owned()
}

struct Outcome {
    /// kubectl's messages (one per failing source).
    messages: Vec<String>,
    /// Documents that would print the warn line.
    warnings: usize,
}

/// What kubectl does with the sources: each source's documents in order, up to the first
/// that fails (kubectl creates the ones before it and goes on with the next source).
fn replay(api: &OpenApi, case: &Path, doc: &Value) -> Outcome {
    let args: Vec<String> = serde_json::from_value(doc["args"].clone()).unwrap();
    let directive = directive(&args);
    let mut out = Outcome {
        messages: Vec::new(),
        warnings: 0,
    };
    if directive == Directive::Ignore {
        return out;
    }
    for src in doc["sources"].as_array().unwrap() {
        let source = src["source"].as_str().unwrap();
        let syntax = if src["syntax"] == "json" {
            Syntax::Json
        } else {
            Syntax::Yaml
        };
        let docs = src["docs"].as_array().unwrap();
        for object in docs {
            let errors = match (object_kind(object), directive) {
                (Err(errors), _) => errors,
                (Ok(_), Directive::Warn) => {
                    out.warnings += 1;
                    continue;
                }
                (Ok(_), _) => {
                    let mut errors = api.validate(object, syntax).unwrap();
                    if syntax == Syntax::Json && docs.len() == 1 {
                        errors.extend(duplicate_keys(&json_text(case, &args, source)));
                    }
                    errors
                }
            };
            if let Some(m) = validating_data(&errors) {
                out.messages.push(error_validating(source, &m));
                break;
            }
        }
    }
    out
}

fn is_validation_line(line: &str) -> bool {
    line.strip_prefix("error: ")
        .unwrap_or(line)
        .starts_with("error validating \"")
}

/// `W1130 09:08:22.961215   27466 schema.go:145] ` → `W0000 00:00:00.000000       0 schema.go:145] `.
fn normalize_klog(line: &str) -> Option<String> {
    let (head, rest) = line.split_once("] ")?;
    let b = head.as_bytes();
    if b.first() != Some(&b'W') || !head.ends_with(" schema.go:145") {
        return None;
    }
    Some(format!("W0000 00:00:00.000000       0 schema.go:145] {rest}"))
}

fn cases() -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = fs::read_dir(Path::new(DIR).join("cases"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    v.sort();
    v
}

#[test]
fn golden_kubectl_stderr() {
    let api = OpenApi::new(fs::read(Path::new(DIR).join("openapi-v2.json")).unwrap()).unwrap();
    let (mut whole, mut lines_only, mut clean) = (0, 0, 0);
    let mut failures = Vec::new();
    let all = cases();
    for case in &all {
        let name = case.file_name().unwrap().to_string_lossy().into_owned();
        let doc: Value = serde_json::from_str(&fs::read_to_string(case.join("docs.json")).unwrap()).unwrap();
        let stderr = fs::read_to_string(case.join("stderr")).unwrap();
        let exit: i32 = fs::read_to_string(case.join("exit")).unwrap().trim().parse().unwrap();
        let out = replay(&api, case, &doc);
        let ours = stderr_for(&out.messages);

        let theirs: Vec<&str> = stderr.lines().filter(|l| is_validation_line(l)).collect();
        let strip = |l: &str| l.strip_prefix("error: ").unwrap_or(l).to_owned();
        let ours_lines: Vec<String> = ours.lines().map(strip).collect();
        let theirs_lines: Vec<String> = theirs.iter().map(|l| strip(l)).collect();
        if ours_lines != theirs_lines {
            failures.push(format!(
                "{name}: validation lines differ\n  kubectl: {theirs_lines:#?}\n  ours:    {ours_lines:#?}"
            ));
            continue;
        }
        let warn_lines: Vec<String> = stderr.lines().filter_map(normalize_klog).collect();
        let expected_warn =
            vec![format!("W0000 00:00:00.000000       0 schema.go:145] {WARN_UNSUPPORTED}"); out.warnings];
        if warn_lines != expected_warn {
            failures.push(format!(
                "{name}: warn lines differ: kubectl {warn_lines:?}, ours {expected_warn:?}"
            ));
            continue;
        }
        if !out.messages.is_empty() && exit != 1 {
            failures.push(format!("{name}: kubectl exited {exit} though validation failed"));
            continue;
        }
        let other = stderr
            .lines()
            .any(|l| !is_validation_line(l) && normalize_klog(l).is_none());
        if !other && !out.messages.is_empty() {
            // Everything kubectl said came from validation: the same bytes (klog's time and
            // process id aside). Warnings are printed as the documents are read, the errors
            // at the end.
            let normalized: String = stderr
                .lines()
                .map(|l| normalize_klog(l).unwrap_or_else(|| l.to_owned()) + "\n")
                .collect();
            let ours = expected_warn.iter().map(|l| format!("{l}\n")).collect::<String>() + &ours;
            if normalized != ours {
                failures.push(format!("{name}: stderr differs\n--- kubectl\n{stderr}--- ours\n{ours}"));
                continue;
            }
            whole += 1;
        } else if out.messages.is_empty() {
            clean += 1;
        } else {
            lines_only += 1;
        }
    }
    eprintln!(
        "golden: {} cases: {whole} whole stderr identical, {lines_only} validation lines identical (other lines from the server), {clean} with no validation error (as kubectl)",
        all.len()
    );
    assert!(
        failures.is_empty(),
        "{} of {} cases differ:\n{}",
        failures.len(),
        all.len(),
        failures.join("\n")
    );
    assert!(all.len() >= 40);
}

/// The issue's three acceptance messages, spelled out.
#[test]
fn issue_examples() {
    let api = OpenApi::new(fs::read(Path::new(DIR).join("openapi-v2.json")).unwrap()).unwrap();
    let typo: Value = serde_json::from_str(
        r#"{"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "typo"},
        "spec": {"replica": 3, "selector": {"matchLabels": {"app": "typo"}},
        "template": {"metadata": {"labels": {"app": "typo"}},
        "spec": {"containers": [{"name": "c", "image": "nginx", "resources": {"limts": {"cpu": "100m"}}}]}}}}"#,
    )
    .unwrap();
    let m = super::document_message(&api, "typo.yaml", &typo, None, Syntax::Yaml)
        .unwrap()
        .unwrap();
    assert_eq!(
        stderr_for(&[m]),
        "error: error validating \"typo.yaml\": error validating data: [ValidationError(Deployment.spec): unknown field \"replica\" in io.k8s.api.apps.v1.DeploymentSpec, ValidationError(Deployment.spec.template.spec.containers[0].resources): unknown field \"limts\" in io.k8s.api.core.v1.ResourceRequirements]; if you choose to ignore these errors, turn validation off with --validate=false\n"
    );
    // Only the definitions the walk reached were decoded.
    assert!(api.decoded_count() < 40, "{} decoded", api.decoded_count());
    let svc = serde_json::json!({"apiVersion": "v1", "kind": "Service", "metadata": {"name": "s"},
        "spec": {"ports": [{"port": "eighty"}]}});
    assert_eq!(
        api.validate(&svc, Syntax::Yaml).unwrap(),
        [
            "ValidationError(Service.spec.ports[0].port): invalid type for io.k8s.api.core.v1.ServicePort.port: got \"string\", expected \"integer\""
        ]
    );
    let cr = serde_json::json!({"apiVersion": "example.com/v1", "kind": "Widget", "metadata": {"name": "w"},
        "spec": {"size": "three", "colour": "red"}});
    assert_eq!(
        api.validate(&cr, Syntax::Yaml).unwrap(),
        [
            "ValidationError(Widget.spec): unknown field \"colour\" in com.example.v1.Widget.spec",
            "ValidationError(Widget.spec.size): invalid type for com.example.v1.Widget.spec.size: got \"string\", expected \"integer\""
        ]
    );
    assert_eq!(
        api.definition_for(&super::Gvk::new("example.com", "v1", "Widget")),
        Some("com.example.v1.Widget")
    );
    assert_eq!(api.definition_for(&super::Gvk::new("apps", "v2", "Deployment")), None);
}

#[test]
fn field_validation_detection() {
    use super::{Gvk, types::FieldValidation};
    let api = OpenApi::new(fs::read(Path::new(DIR).join("openapi-v2.json")).unwrap()).unwrap();
    // v1.20: PATCH has no fieldValidation parameter.
    assert_eq!(
        api.field_validation(&Gvk::new("apps", "v1", "Deployment")).unwrap(),
        FieldValidation::Unsupported
    );
    assert_eq!(
        api.field_validation(&Gvk::new("example.com", "v1", "Widget")).unwrap(),
        FieldValidation::Unsupported
    );
    assert_eq!(
        api.field_validation(&Gvk::new("apps", "v9", "Nothing")).unwrap(),
        FieldValidation::NotFound
    );
    assert!(
        !api.supports_field_validation(&Gvk::new("", "v1", "List"), || unreachable!())
            .unwrap()
    );
    assert!(
        !api.supports_field_validation(&Gvk::new("x.io", "v1", "Y"), || true)
            .unwrap()
    );

    // A newer server: the parameter inline, or as a $ref to a global parameter.
    let doc = br##"{"paths": {
        "/apis/apps/v1/namespaces/{namespace}/deployments/{name}": {"patch": {
            "x-kubernetes-group-version-kind": {"group": "apps", "version": "v1", "kind": "Deployment"},
            "parameters": [{"name": "dryRun", "in": "query"}, {"$ref": "#/parameters/fieldValidation-x"}]}},
        "/api/v1/namespaces/{name}": {"patch": {
            "x-kubernetes-group-version-kind": {"group": "", "version": "v1", "kind": "Namespace"},
            "parameters": [{"name": "fieldValidation", "in": "query", "type": "string"}]}},
        "/api/v1/namespaces/{namespace}/configmaps/{name}": {"patch": {
            "x-kubernetes-group-version-kind": {"group": "", "version": "v1", "kind": "ConfigMap"},
            "parameters": [{"name": "fieldValidation", "in": "body"}]}}},
        "parameters": {"fieldValidation-x": {"name": "fieldValidation", "in": "query", "type": "string"}}}"##;
    let api = OpenApi::new(doc.to_vec()).unwrap();
    assert_eq!(
        api.field_validation(&Gvk::new("apps", "v1", "Deployment")).unwrap(),
        FieldValidation::Supported
    );
    assert_eq!(
        api.field_validation(&Gvk::new("", "v1", "Namespace")).unwrap(),
        FieldValidation::Supported
    );
    assert_eq!(
        api.field_validation(&Gvk::new("", "v1", "ConfigMap")).unwrap(),
        FieldValidation::Unsupported
    );
    // Unknown kind: supported when Namespace is and it is a custom resource.
    assert!(
        api.supports_field_validation(&Gvk::new("x.io", "v1", "Y"), || true)
            .unwrap()
    );
    assert!(
        !api.supports_field_validation(&Gvk::new("x.io", "v1", "Y"), || false)
            .unwrap()
    );
}

#[test]
fn duplicate_key_texts() {
    assert_eq!(
        duplicate_keys(r#"{"metadata": {"labels": {"a": "1", "b": "2", "a": "3"}}}"#),
        ["duplicate key: a"]
    );
    assert_eq!(
        duplicate_keys(r#"{"metadata": {"annotations": {"x": "1", "x": "1"}, "labels": {"a\u0062": "", "ab": ""}}}"#),
        ["duplicate key: ab", "duplicate key: x"]
    );
    assert!(duplicate_keys(r#"{"spec": {"metadata": {"labels": {"a": "1", "a": "2"}}}}"#).is_empty());
    assert!(duplicate_keys("not json").is_empty());
}

/// kubectl decodes every definition up front; the fixture's all decode (here only on demand).
#[test]
fn every_definition_decodes() {
    let api = OpenApi::new(fs::read(Path::new(DIR).join("openapi-v2.json")).unwrap()).unwrap();
    assert_eq!(api.decoded_count(), 0);
    let n = api.decode_all().unwrap();
    assert!(n > 100, "{n} definitions");
    assert_eq!(api.decoded_count(), n);
}
