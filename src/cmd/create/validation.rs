//! `create -f --validate`: kubectl 1.32's schema validation, done before anything is sent.
//!
//! For each object, the server's OpenAPI document says (as kubectl reads it) whether the
//! server validates fields itself; then the create carries `fieldValidation=Strict|Warn|Ignore`
//! and the server answers (errors, or warnings printed as they arrive). Where it does not
//! (Kubernetes before 1.25, such as the v1.20 test cluster), `strict` checks the object here
//! against `/openapi/v2` with kubectl's messages, and `warn` prints kubectl's klog line and
//! checks nothing. Unlike kubectl, which creates the documents before a failing one, every
//! problem of every document is reported first and then nothing is sent.

use std::collections::HashMap;

use crate::error::{Error, Result};
use crate::resource::Cluster;
use crate::resource::manifest::Manifest;
use crate::resource::openapi;
use crate::resource::validate::{
    Gvk, OpenApi, SchemaError, Syntax, WARN_UNSUPPORTED, duplicate_keys, error_validating, klog_warning, stderr_for,
    validating_data,
};

/// `--validate`: kubectl's validation directive.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Validation {
    /// `strict`, `true`: problems stop the run before anything is sent.
    Strict,
    /// `warn`: the server warns (when it validates fields), nothing stops.
    Warn,
    /// `ignore`, `false`: no schema validation.
    Ignore,
}

impl Validation {
    /// kubectl's `GetValidationDirective`: a Go boolean or `strict`, `warn`, `ignore`.
    pub(crate) fn parse(value: &str) -> Option<Validation> {
        match value {
            "1" | "t" | "T" | "TRUE" | "true" | "True" | "strict" => Some(Validation::Strict),
            "0" | "f" | "F" | "FALSE" | "false" | "False" | "ignore" => Some(Validation::Ignore),
            "warn" => Some(Validation::Warn),
            _ => None,
        }
    }

    /// The `fieldValidation` query parameter kubectl sends with each create.
    pub(crate) fn directive(self) -> &'static str {
        match self {
            Validation::Strict => "Strict",
            Validation::Warn => "Warn",
            Validation::Ignore => "Ignore",
        }
    }
}

/// What validation found.
#[derive(Debug, Default, PartialEq, Eq)]
pub(super) struct Outcome {
    /// kubectl's message for each failing document, in input order.
    pub(super) messages: Vec<String>,
    /// `warn` met an object the server cannot validate: kubectl's klog line is due.
    pub(super) warn_unsupported: bool,
}

/// The server's schema, when `validation` needs it (not for `ignore`).
pub(super) async fn schema(cluster: &Cluster, validation: Validation) -> Result<Option<OpenApi>> {
    if validation == Validation::Ignore {
        return Ok(None);
    }
    openapi::load(cluster).await.map(Some)
}

/// Validate the objects as `validation` says; `Ok(false)` when problems were found (they are
/// printed on stderr, as kubectl prints them) and nothing may be sent.
pub(super) fn report(api: &OpenApi, manifests: &[Manifest], validation: Validation) -> Result<bool> {
    let outcome = problems(api, manifests, validation).map_err(|e| Error::Plain(format!("error: {e}")))?;
    if outcome.warn_unsupported {
        let (secs, micros) = crate::time::now_micros();
        let t = crate::time::civil_from_unix(secs);
        eprint!(
            "{}",
            klog_warning(
                t.month,
                t.day,
                (t.hour, t.minute, t.second),
                micros,
                std::process::id(),
                WARN_UNSUPPORTED
            )
        );
    }
    if outcome.messages.is_empty() {
        return Ok(true);
    }
    eprint!("{}", stderr_for(&outcome.messages));
    Ok(false)
}

/// kubectl's findings for the objects: each document (a `List`'s items together) gives at
/// most one message, `error validating "SOURCE": error validating data: ...`.
pub(super) fn problems(api: &OpenApi, manifests: &[Manifest], validation: Validation) -> Result<Outcome, SchemaError> {
    let mut out = Outcome::default();
    // Detection reads the document's paths: once per group-version-kind.
    let mut server_side: HashMap<Gvk, bool> = HashMap::new();
    let mut i = 0;
    while i < manifests.len() {
        let (source, document) = (manifests[i].source.as_str(), manifests[i].document);
        let mut errors = Vec::new();
        // The document's JSON text, when validated here: kubectl then looks for repeated
        // label and annotation keys in it.
        let mut json: Option<&str> = None;
        while let Some(m) = manifests
            .get(i)
            .filter(|m| m.source == source && m.document == document)
        {
            i += 1;
            let (group, version) = m.group_version();
            let gvk = Gvk::new(group, version, m.kind());
            let supported = match server_side.get(&gvk) {
                Some(&s) => s,
                None => {
                    let s = api.supports_field_validation(&gvk, || looks_like_a_crd(&gvk))?;
                    server_side.insert(gvk, s);
                    s
                }
            };
            if supported {
                // The server checks it (the create carries fieldValidation).
                continue;
            }
            match validation {
                Validation::Strict => {
                    let syntax = if m.json.is_some() { Syntax::Json } else { Syntax::Yaml };
                    errors.extend(api.validate(&m.object, syntax)?);
                    json = m.json.as_deref();
                }
                Validation::Warn => out.warn_unsupported = true,
                Validation::Ignore => {}
            }
        }
        if let Some(text) = json {
            errors.extend(duplicate_keys(text));
        }
        if let Some(message) = validating_data(&errors) {
            out.messages.push(error_validating(source, &message));
        }
    }
    Ok(out)
}

/// Whether a kind the OpenAPI document does not describe is a custom resource (kubectl asks
/// the server for its CRD; this goes by the group: built-in and aggregated Kubernetes groups
/// are `*.k8s.io` or have no dot).
fn looks_like_a_crd(gvk: &Gvk) -> bool {
    gvk.group.contains('.') && !gvk.group.ends_with(".k8s.io")
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn manifest(source: &str, document: usize, object: serde_json::Value) -> Manifest {
        Manifest {
            object,
            source: source.into(),
            document,
            line: 1,
            item: None,
            json: None,
        }
    }

    fn api() -> OpenApi {
        let doc = br##"{"definitions": {"io.k8s.api.core.v1.ConfigMap": {"type": "object",
            "properties": {"apiVersion": {"type": "string"}, "kind": {"type": "string"},
                "metadata": {"type": "object"}, "data": {"type": "object", "additionalProperties": {"type": "string"}}},
            "x-kubernetes-group-version-kind": [{"group": "", "version": "v1", "kind": "ConfigMap"}]}}}"##;
        OpenApi::new(doc.to_vec()).unwrap()
    }

    #[test]
    fn every_failing_document_is_reported_once() {
        let cm = |name: &str, extra: serde_json::Value| {
            let mut v = json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": name}});
            if let (Some(o), Some(e)) = (v.as_object_mut(), extra.as_object()) {
                o.extend(e.clone());
            }
            v
        };
        let manifests = vec![
            manifest("a.yaml", 1, cm("ok", json!({}))),
            manifest("a.yaml", 2, cm("bad", json!({"dta": {}}))),
            // Two items of one List document: one message.
            manifest("b.yaml", 1, cm("l1", json!({"x": 1}))),
            manifest("b.yaml", 1, cm("l2", json!({"x": 1, "y": 2}))),
        ];
        let out = problems(&api(), &manifests, Validation::Strict).unwrap();
        assert_eq!(
            out.messages,
            [
                "error validating \"a.yaml\": error validating data: ValidationError(ConfigMap): unknown field \"dta\" in io.k8s.api.core.v1.ConfigMap; if you choose to ignore these errors, turn validation off with --validate=false",
                "error validating \"b.yaml\": error validating data: [ValidationError(ConfigMap): unknown field \"x\" in io.k8s.api.core.v1.ConfigMap, ValidationError(ConfigMap): unknown field \"y\" in io.k8s.api.core.v1.ConfigMap]; if you choose to ignore these errors, turn validation off with --validate=false",
            ]
        );
        assert!(!out.warn_unsupported);
        let warn = problems(&api(), &manifests, Validation::Warn).unwrap();
        assert!(warn.messages.is_empty() && warn.warn_unsupported);
    }

    #[test]
    fn json_documents_are_checked_as_kubectl_checks_them() {
        let text = r#"{"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "j", "labels": {"a": "1", "a": "2"}}, "data": {"n": {}}}"#;
        let mut m = manifest("j.json", 1, serde_json::from_str(text).unwrap());
        m.json = Some(std::sync::Arc::from(text));
        let out = problems(&api(), &[m], Validation::Strict).unwrap();
        assert_eq!(
            out.messages,
            [
                "error validating \"j.json\": error validating data: [ValidationError(ConfigMap.data.n): invalid type for io.k8s.api.core.v1.ConfigMap.data: got \"map\", expected \"string\", duplicate key: a]; if you choose to ignore these errors, turn validation off with --validate=false"
            ]
        );
    }

    #[test]
    fn crds_by_group() {
        assert!(looks_like_a_crd(&Gvk::new("example.com", "v1", "Widget")));
        assert!(!looks_like_a_crd(&Gvk::new("apps", "v1", "Deployment")));
        assert!(!looks_like_a_crd(&Gvk::new("networking.k8s.io", "v1", "Ingress")));
    }
}
