//! Client-side schema validation, as kubectl 1.32 does it when the server does not validate
//! fields itself (`--validate=strict`, the default, against e.g. Kubernetes 1.20): each object
//! is checked against the server's `/openapi/v2` definitions with kube-openapi's
//! `proto/validation` rules, and the problems are reported in kubectl's words and order.
//!
//! - [`OpenApi::new`] keeps the document as text and splits only its top level; a definition
//!   is decoded when a validation first reaches it ([`OpenApi::decoded_count`]).
//! - [`OpenApi::validate`] gives kubectl's error texts for one object (a `v1 List`: for each
//!   item); [`document_message`] and [`stderr_for`] build what kubectl prints.
//! - [`OpenApi::supports_field_validation`] answers whether kubectl would leave the
//!   validation to the server (then nothing here runs).

mod check;
mod detect;
mod dupkeys;
mod schema;
mod types;

use serde_json::Value;

pub(crate) use dupkeys::duplicate_keys;
pub(crate) use schema::{OpenApi, SchemaError};
pub(crate) use types::{Gvk, Syntax};

/// kubectl's text when `--validate=warn` meets a server without field validation; klog
/// writes it to stderr as a warning line, once per object validated.
pub(crate) const WARN_UNSUPPORTED: &str =
    "cannot perform warn validation if server-side field validation is unsupported, skipping validation";

/// What kubectl appends to a validation failure.
pub(crate) const TURN_OFF: &str = "if you choose to ignore these errors, turn validation off with --validate=false";

impl OpenApi {
    /// kubectl's schema validation of one object (`schemaValidation.ValidateBytes`): the
    /// object's own `apiVersion`/`kind` problems, or, for a `v1 List`, each item's; an object
    /// of a group-version-kind no definition lists is not checked. The texts are in kubectl's
    /// order, repeats included ([`aggregate`] drops them).
    pub(crate) fn validate(&self, object: &Value, syntax: Syntax) -> Result<Vec<String>, SchemaError> {
        let gvk = match object_kind(object) {
            Ok(gvk) => gvk,
            Err(errors) => return Ok(errors),
        };
        let mut walker = check::Walker::new(self, syntax);
        if gvk.group.is_empty() && gvk.version == "v1" && gvk.kind == "List" {
            let Some(items) = object.get("items").and_then(Value::as_array) else {
                return Ok(vec!["invalid object to validate".to_owned()]);
            };
            for item in items {
                match object_kind(item) {
                    Ok(gvk) => self.validate_resource(&mut walker, item, &gvk)?,
                    Err(errors) => walker.errors.extend(errors),
                }
            }
        } else {
            self.validate_resource(&mut walker, object, &gvk)?;
        }
        Ok(walker.errors)
    }

    fn validate_resource(&self, walker: &mut check::Walker, object: &Value, gvk: &Gvk) -> Result<(), SchemaError> {
        match self.lookup(gvk) {
            Some(def) => walker.validate_model(object, def, &gvk.kind),
            None => Ok(()),
        }
    }
}

/// kubectl's `getObjectKind`: the object's group-version-kind, or its problems.
pub(crate) fn object_kind(object: &Value) -> Result<Gvk, Vec<String>> {
    let Some(fields) = object.as_object() else {
        return Err(vec!["invalid object to validate".to_owned()]);
    };
    let mut errors = Vec::new();
    let field = |k: &str| fields.get(k).filter(|v| !v.is_null());
    let (mut group, mut version) = (String::new(), String::new());
    match field("apiVersion") {
        None => errors.push("apiVersion not set".to_owned()),
        Some(Value::String(gv)) => match parse_group_version(gv) {
            Ok((g, v)) => (group, version) = (g.to_owned(), v.to_owned()),
            Err(e) => errors.push(e),
        },
        Some(_) => errors.push("apiVersion isn't string type".to_owned()),
    }
    let kind = match field("kind") {
        None => {
            errors.push("kind not set".to_owned());
            String::new()
        }
        Some(Value::String(k)) => k.clone(),
        Some(_) => {
            errors.push("kind isn't string type".to_owned());
            String::new()
        }
    };
    if errors.is_empty() {
        Ok(Gvk { group, version, kind })
    } else {
        Err(errors)
    }
}

/// apimachinery's `schema.ParseGroupVersion`.
fn parse_group_version(gv: &str) -> Result<(&str, &str), String> {
    if gv.is_empty() || gv == "/" {
        return Ok(("", ""));
    }
    match gv.matches('/').count() {
        0 => Ok(("", gv)),
        1 => Ok(gv.split_once('/').unwrap_or(("", gv))),
        _ => Err(format!("unexpected GroupVersion string: {gv}")),
    }
}

/// apimachinery's `utilerrors.NewAggregate(errs).Error()`: one text as it is, several
/// without repeats, `[a, b]`. `None` for no errors.
pub(crate) fn aggregate(errors: &[String]) -> Option<String> {
    let mut seen: Vec<&str> = Vec::new();
    for e in errors {
        if !seen.contains(&e.as_str()) {
            seen.push(e);
        }
    }
    match seen.len() {
        0 => None,
        1 => Some(seen[0].to_owned()),
        _ => Some(format!("[{}]", seen.join(", "))),
    }
}

/// cli-runtime's `ValidateSchema` message for these errors:
/// `error validating data: ERRORS; if you choose to ignore these errors, ...`.
pub(crate) fn validating_data(errors: &[String]) -> Option<String> {
    aggregate(errors).map(|e| format!("error validating data: {e}; {TURN_OFF}"))
}

/// The visitor's wrapping of a validation failure of a document read from `source` (a path
/// as given, or `STDIN`): `error validating "SOURCE": MESSAGE`. kubectl prints it after
/// `error: `.
pub(crate) fn error_validating(source: &str, message: &str) -> String {
    format!("error validating {}: {message}", schema::quote(source))
}

/// kubectl's whole message for one document read from `source`, or `None` when it passes:
/// the schema errors, then (a document written in JSON: pass its text as `json`) the
/// duplicate label and annotation keys; `error validating "SOURCE": error validating data:
/// ...; if you choose to ignore these errors, turn validation off with --validate=false`.
pub(crate) fn document_message(
    api: &OpenApi,
    source: &str,
    object: &Value,
    json: Option<&str>,
    syntax: Syntax,
) -> Result<Option<String>, SchemaError> {
    let mut errors = api.validate(object, syntax)?;
    if let Some(text) = json {
        errors.extend(duplicate_keys(text));
    }
    Ok(validating_data(&errors).map(|m| error_validating(source, &m)))
}

/// What kubectl prints on stderr for the failures of a run (`cmdutil.CheckErr`): one as
/// `error: MESSAGE`, several (kubectl validates each file up to its first failing document,
/// and goes on with the next file) one per line without the `error: `.
pub(crate) fn stderr_for(messages: &[String]) -> String {
    match messages {
        [] => String::new(),
        [one] if one.starts_with("error: ") => format!("{one}\n"),
        [one] => format!("error: {one}\n"),
        many => many.iter().map(|m| format!("{m}\n")).collect(),
    }
}

/// A klog warning line as kubectl 1.32 writes the `--validate=warn` one to stderr:
/// `W1130 09:08:22.961215   27466 schema.go:145] MESSAGE` (local time, then the process
/// id right-aligned in 7 columns, then kubectl's source line).
pub(crate) fn klog_warning(month: u32, day: u32, hms: (u32, u32, u32), micros: u32, pid: u32, message: &str) -> String {
    let (h, m, s) = hms;
    format!("W{month:02}{day:02} {h:02}:{m:02}:{s:02}.{micros:06} {pid:>7} schema.go:145] {message}\n")
}

/// Fuzz body: an OpenAPI document and a JSON object split at the first NUL (no NUL: the
/// bytes are the document and a sample Deployment is validated). Must return, quickly and
/// without panicking, whatever the bytes.
pub(crate) fn fuzz_validate(data: &[u8]) {
    let (doc, object) = match data.iter().position(|&b| b == 0) {
        Some(i) => (&data[..i], Some(&data[i + 1..])),
        None => (data, None),
    };
    let Ok(api) = OpenApi::new(doc.to_vec()) else {
        return;
    };
    let object: Value = object.and_then(|o| serde_json::from_slice(o).ok()).unwrap_or_else(|| {
        serde_json::json!({"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "x"},
            "spec": {"replica": 3, "template": {"spec": {"containers": [{"name": "c", "ports": [{"port": "x"}]}]}}}})
    });
    for syntax in [Syntax::Yaml, Syntax::Json] {
        let json = object.to_string();
        if let Ok(Some(m)) = document_message(&api, "fuzz.yaml", &object, Some(&json), syntax) {
            let _ = stderr_for(&[m.clone(), m]);
        }
    }
    if let Some(text) = data.split(|&b| b == 0).nth(1).and_then(|b| std::str::from_utf8(b).ok()) {
        let _ = duplicate_keys(text);
    }
    if let Ok(gvk) = object_kind(&object) {
        let _ = api.definition_for(&gvk);
        let _ = api.supports_field_validation(&gvk, || true);
    }
    // Every definition the document has, as if each were reached.
    for i in 0..api.definition_count().min(64) {
        let _ = api.definition(i);
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::schema::{may_hold, quote};
    use super::*;

    #[test]
    fn go_quote() {
        assert_eq!(quote("my file.yaml"), r#""my file.yaml""#);
        assert_eq!(quote("a\"b\\c\n\u{7f}é"), r#""a\"b\\c\n\x7fé""#);
    }

    #[test]
    fn object_kinds() {
        assert_eq!(
            object_kind(&json!({"apiVersion": "apps/v1", "kind": "X"})),
            Ok(Gvk::new("apps", "v1", "X"))
        );
        assert_eq!(
            object_kind(&json!({"apiVersion": "/", "kind": "X"})),
            Ok(Gvk::new("", "", "X"))
        );
        assert_eq!(
            object_kind(&json!("s")),
            Err(vec!["invalid object to validate".to_owned()])
        );
        assert_eq!(
            object_kind(&json!({"apiVersion": null, "kind": 1})),
            Err(vec![
                "apiVersion not set".to_owned(),
                "kind isn't string type".to_owned()
            ])
        );
        assert_eq!(
            object_kind(&json!({"apiVersion": "a/b/c", "kind": "K"})),
            Err(vec!["unexpected GroupVersion string: a/b/c".to_owned()])
        );
    }

    #[test]
    fn messages() {
        let e = |s: &[&str]| s.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(aggregate(&[]), None);
        assert_eq!(aggregate(&e(&["a", "a"])), Some("a".to_owned()));
        assert_eq!(aggregate(&e(&["a", "b", "a"])), Some("[a, b]".to_owned()));
        assert_eq!(stderr_for(&e(&["x"])), "error: x\n");
        assert_eq!(stderr_for(&e(&["x", "y"])), "x\ny\n");
        assert_eq!(
            klog_warning(11, 30, (9, 8, 22), 961215, 27466, WARN_UNSUPPORTED),
            format!("W1130 09:08:22.961215   27466 schema.go:145] {WARN_UNSUPPORTED}\n")
        );
    }

    #[test]
    fn may_hold_is_sound() {
        assert!(may_hold(r#"{"kind":"Deployment"}"#, "Deployment"));
        assert!(may_hold(r#"{"kind":"Deploym\u0065nt"}"#, "Deployment"));
        assert!(!may_hold(r#"{"kind":"Pod \u003c"}"#, "Deployment"));
        assert!(may_hold("{}", "Kind with space"));
    }

    #[test]
    fn numbers_by_syntax() {
        let doc = br##"{"definitions": {"T": {"type": "object", "properties": {"b": {"type": "boolean"},
            "apiVersion": {"type": "string"}, "kind": {"type": "string"}},
            "x-kubernetes-group-version-kind": [{"group": "", "version": "v1", "kind": "T"}]}}}"##;
        let api = OpenApi::new(doc.to_vec()).unwrap();
        let got = |v: Value, syntax| {
            api.validate(&json!({"apiVersion": "v1", "kind": "T", "b": v}), syntax)
                .unwrap()
        };
        let text = |actual: &str| {
            vec![format!(
                "ValidationError(T.b): invalid type for T.b: got \"{actual}\", expected \"boolean\""
            )]
        };
        assert_eq!(got(json!(1), Syntax::Yaml), text("integer"));
        assert_eq!(got(json!(1.0), Syntax::Yaml), text("integer"));
        assert_eq!(got(json!(1.0), Syntax::Json), text("number"));
        assert_eq!(got(json!(1.5), Syntax::Yaml), text("number"));
        assert_eq!(got(json!(u64::MAX), Syntax::Yaml), text("number"));
        assert_eq!(got(json!(1e300), Syntax::Yaml), text("number"));
    }
}

#[cfg(test)]
mod golden;
