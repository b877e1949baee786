//! What `-v` logs never show: Secret values, tokens and credentials.
//!
//! Response bodies logged at `-v 9` go through [`body_for_log`]: a Secret (alone, in a
//! `SecretList`, in a `List`, as a watch event's object or in a Table row with the full
//! object) keeps its keys, but every value of `data` and `stringData` becomes the text
//! `REDACTED`, as does its `kubectl.kubernetes.io/last-applied-configuration` annotation
//! (which holds the values too; in a Table's metadata-only rows, whatever the row's kind,
//! when the annotation's object is a Secret); a `TokenRequest`'s `status.token` and an
//! `ExecCredential`'s `status` fields are redacted too. A body that is not JSON is logged
//! with bearer tokens masked. (The `-v 8` header log names only `Accept`: kctl never logs
//! `Authorization`.)

use serde_json::Value;

/// The text that replaces a secret value.
pub(crate) const REDACTED: &str = "REDACTED";

const LAST_APPLIED: &str = "kubectl.kubernetes.io/last-applied-configuration";

/// A response body as `-v 9` logs it: secrets redacted, then cut to `max` bytes (on a
/// character boundary).
pub(crate) fn body_for_log(body: &[u8], max: usize) -> String {
    let text = match serde_json::from_slice::<Value>(body) {
        Ok(mut v) => {
            if redact_value(&mut v) {
                serde_json::to_string(&v).unwrap_or_default()
            } else {
                String::from_utf8_lossy(body).into_owned()
            }
        }
        Err(_) => mask_bearer(&String::from_utf8_lossy(body)),
    };
    truncate(text, max)
}

fn truncate(mut text: String, max: usize) -> String {
    if text.len() > max {
        let mut cut = max;
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        text.truncate(cut);
    }
    text
}

/// `Bearer <token>` anywhere in free text becomes `Bearer <masked>`.
fn mask_bearer(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.to_ascii_lowercase().find("bearer ") {
        let (head, tail) = rest.split_at(i + "bearer ".len());
        out.push_str(head);
        let end = tail
            .find(|c: char| c.is_whitespace() || c == '"' || c == '\'' || c == ',')
            .unwrap_or(tail.len());
        if end > 0 {
            out.push_str("<masked>");
        }
        rest = &tail[end..];
    }
    out.push_str(rest);
    out
}

/// Redact every secret inside `v`; whether anything changed.
pub(crate) fn redact_value(v: &mut Value) -> bool {
    let kind = v.get("kind").and_then(Value::as_str).unwrap_or_default().to_string();
    let mut changed = false;
    match kind.as_str() {
        "Secret" => changed |= redact_secret(v),
        "SecretList" => {
            if let Some(items) = v.get_mut("items").and_then(Value::as_array_mut) {
                for item in items {
                    changed |= redact_secret(item);
                }
            }
        }
        "TokenRequest" | "ExecCredential" => {
            if let Some(status) = v.get_mut("status").and_then(Value::as_object_mut) {
                for key in ["token", "clientKeyData", "clientCertificateData"] {
                    if let Some(t) = status.get_mut(key) {
                        *t = Value::String(REDACTED.into());
                        changed = true;
                    }
                }
            }
        }
        _ => {}
    }
    // A Table row's object is PartialObjectMetadata, whose kind does not say Secret: the
    // last-applied annotation of any object is redacted when it holds a Secret.
    if let Some(a) = v
        .get_mut("metadata")
        .and_then(|m| m.get_mut("annotations"))
        .and_then(|m| m.get_mut(LAST_APPLIED))
        && a.as_str().is_some_and(|text| {
            serde_json::from_str::<Value>(text)
                .ok()
                .is_some_and(|applied| applied.get("kind").and_then(Value::as_str) == Some("Secret"))
        })
    {
        *a = Value::String(REDACTED.into());
        changed = true;
    }
    // Whatever the kind: lists, Tables (`rows[].object`), watch events (`object`), and
    // any other place a whole object can sit.
    match v {
        Value::Object(map) => {
            for (key, child) in map.iter_mut() {
                if kind == "Secret" && matches!(key.as_str(), "data" | "stringData" | "metadata") {
                    continue;
                }
                if kind == "SecretList" && key == "items" {
                    continue;
                }
                if child.is_object() || child.is_array() {
                    changed |= redact_value(child);
                }
            }
        }
        Value::Array(items) => {
            for item in items {
                changed |= redact_value(item);
            }
        }
        _ => {}
    }
    changed
}

/// One Secret object (its `kind` may be missing, as in a `SecretList`'s items).
fn redact_secret(secret: &mut Value) -> bool {
    let mut changed = false;
    for field in ["data", "stringData"] {
        if let Some(map) = secret.get_mut(field).and_then(Value::as_object_mut) {
            for value in map.values_mut() {
                *value = Value::String(REDACTED.into());
                changed = true;
            }
        }
    }
    if let Some(a) = secret
        .pointer_mut("/metadata/annotations")
        .and_then(Value::as_object_mut)
        .and_then(|m| m.get_mut(LAST_APPLIED))
    {
        *a = Value::String(REDACTED.into());
        changed = true;
    }
    changed
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn log(v: &Value) -> String {
        body_for_log(&serde_json::to_vec(v).unwrap(), usize::MAX)
    }

    #[test]
    fn a_secret_keeps_its_keys_but_not_its_values() {
        let s = json!({"kind": "Secret", "apiVersion": "v1",
            "metadata": {"name": "db", "annotations": {LAST_APPLIED: "{\"data\":{\"pw\":\"aHVudGVyMg==\"}}", "note": "kept"}},
            "data": {"pw": "aHVudGVyMg=="}, "stringData": {"user": "admin-xyz"}, "type": "Opaque"});
        let out = log(&s);
        assert!(!out.contains("aHVudGVyMg==") && !out.contains("admin-xyz"), "{out}");
        assert!(
            out.contains("\"pw\":\"REDACTED\"") && out.contains("\"user\":\"REDACTED\""),
            "{out}"
        );
        assert!(
            out.contains("\"note\":\"kept\"") && out.contains("\"name\":\"db\""),
            "{out}"
        );
    }

    #[test]
    fn secrets_in_lists_tables_and_events() {
        let list = json!({"kind": "SecretList", "items": [{"metadata": {"name": "a"}, "data": {"k": "c2VjcmV0MQ=="}}]});
        assert!(!log(&list).contains("c2VjcmV0MQ=="));
        let mixed = json!({"kind": "List", "items": [{"kind": "Secret", "data": {"k": "c2VjcmV0Mg=="}},
            {"kind": "ConfigMap", "data": {"k": "visible"}}]});
        let out = log(&mixed);
        assert!(!out.contains("c2VjcmV0Mg==") && out.contains("visible"), "{out}");
        let table = json!({"kind": "Table", "rows": [{"cells": ["a"], "object": {"kind": "Secret", "data": {"k": "c2VjcmV0Mw=="}}}]});
        assert!(!log(&table).contains("c2VjcmV0Mw=="));
        // The default Table row: metadata only, whose last-applied annotation holds the Secret.
        let applied = r#"{"apiVersion":"v1","data":{"k":"c2VjcmV0NA=="},"kind":"Secret"}"#;
        let cm_applied = r#"{"apiVersion":"v1","data":{"k":"visible"},"kind":"ConfigMap"}"#;
        let rows = json!({"kind": "Table", "rows": [
            {"cells": ["a"], "object": {"kind": "PartialObjectMetadata", "metadata": {"annotations": {LAST_APPLIED: applied}}}},
            {"cells": ["b"], "object": {"kind": "PartialObjectMetadata", "metadata": {"annotations": {LAST_APPLIED: cm_applied}}}}]});
        let out = log(&rows);
        assert!(!out.contains("c2VjcmV0NA==") && out.contains("visible"), "{out}");
        let event = json!({"type": "ADDED", "object": {"kind": "Secret", "stringData": {"k": "plain-secret"}}});
        assert!(!log(&event).contains("plain-secret"));
        let tr = json!({"kind": "TokenRequest", "status": {"token": "eyJhbGciOi", "expirationTimestamp": "x"}});
        assert!(!log(&tr).contains("eyJhbGciOi"));
    }

    #[test]
    fn other_bodies_are_unchanged_and_cut_after_redaction() {
        let body = br#"{"kind":"ConfigMap","data":{"a":"b"}}"#;
        assert_eq!(body_for_log(body, 1024), String::from_utf8_lossy(body));
        // Redaction happens on the whole body, then the text is cut: a long Secret whose
        // value lies past the cut is still parsed (the raw prefix is never logged).
        let long = json!({"kind": "Secret", "metadata": {"name": "x".repeat(2000)}, "data": {"k": "dmFsdWU="}});
        let out = body_for_log(&serde_json::to_vec(&long).unwrap(), 1024);
        assert_eq!(out.len(), 1024);
        assert_eq!(body_for_log("héllo".as_bytes(), 2), "h");
    }

    #[test]
    fn bearer_tokens_in_text_are_masked() {
        assert_eq!(
            body_for_log(b"header Authorization: Bearer abc.def-123 sent", 1024),
            "header Authorization: Bearer <masked> sent"
        );
    }
}
