//! Whether the server validates fields itself: cli-runtime's `QueryParamVerifier` over the
//! OpenAPI v2 document (`supportsQueryParam`): the first path whose PATCH operation carries
//! the group-version-kind answers, by whether one of that operation's parameters (inline or a
//! `$ref` to a global one) is the query parameter `fieldValidation`.

use std::collections::HashMap;

use serde::Deserialize;
use serde_json::value::RawValue;

use super::schema::{GVK_KEY, OpenApi, SchemaError, may_hold};
use super::types::{FieldValidation, Gvk};

const PARAM: &str = "fieldValidation";

#[derive(Deserialize)]
struct PathItem<'a> {
    #[serde(borrow, default)]
    patch: Option<&'a RawValue>,
}

#[derive(Deserialize)]
struct Operation<'a> {
    #[serde(rename = "x-kubernetes-group-version-kind", default, borrow)]
    gvk: Option<&'a RawValue>,
    #[serde(default, borrow)]
    parameters: Option<Vec<&'a RawValue>>,
}

#[derive(Deserialize)]
struct Parameter {
    #[serde(rename = "$ref", default)]
    reference: Option<String>,
    #[serde(rename = "in", default)]
    location: Option<String>,
    #[serde(default)]
    name: Option<String>,
}

impl Parameter {
    fn is_query(&self, name: &str) -> bool {
        self.reference.is_none() && self.location.as_deref() == Some("query") && self.name.as_deref() == Some(name)
    }
}

impl OpenApi {
    /// `supportsQueryParam(doc, gvk, "fieldValidation")`. Decodes only the `patch` member of
    /// each path (and of those, only the group-version-kind and the parameters).
    pub(crate) fn field_validation(&self, gvk: &Gvk) -> Result<FieldValidation, SchemaError> {
        let globals: HashMap<String, Parameter> = (self.parameters.iter())
            .filter_map(|(name, range)| {
                let p = serde_json::from_str::<Parameter>(self.raw(*range)).ok()?;
                Some((format!("#/parameters/{name}"), p))
            })
            .collect();
        for (_, start, end) in &self.paths {
            let raw = self.raw((*start, *end));
            if !may_hold(raw, GVK_KEY) || !may_hold(raw, &gvk.kind) {
                continue;
            }
            let Ok(PathItem { patch: Some(patch) }) = serde_json::from_str::<PathItem>(raw) else {
                continue;
            };
            let Ok(op) = serde_json::from_str::<Operation>(patch.get()) else {
                continue;
            };
            if !op.gvk.is_some_and(|g| gvk_matches(g.get(), gvk)) {
                continue;
            }
            for param in op.parameters.unwrap_or_default() {
                let Ok(p) = serde_json::from_str::<Parameter>(param.get()) else {
                    continue;
                };
                if p.is_query(PARAM) {
                    return Ok(FieldValidation::Supported);
                }
                if let Some(global) = p
                    .reference
                    .as_deref()
                    .filter(|r| !r.is_empty())
                    .and_then(|r| globals.get(r))
                    && global.is_query(PARAM)
                {
                    return Ok(FieldValidation::Supported);
                }
            }
            return Ok(FieldValidation::Unsupported);
        }
        Ok(FieldValidation::NotFound)
    }

    /// cli-runtime's `QueryParamVerifier.HasSupport` (what kubectl 1.32 falls back to when the
    /// server has no `/openapi/v3`): `v1 List` never; a group-version-kind the document does
    /// not list is taken to be supported when `Namespace` is and `is_crd` says it is a custom
    /// resource (kubectl asks the server for its CRD; called only then).
    pub(crate) fn supports_field_validation(
        &self,
        gvk: &Gvk,
        is_crd: impl FnOnce() -> bool,
    ) -> Result<bool, SchemaError> {
        if gvk.group.is_empty() && gvk.version == "v1" && gvk.kind == "List" {
            return Ok(false);
        }
        Ok(match self.field_validation(gvk)? {
            FieldValidation::Supported => true,
            FieldValidation::Unsupported => false,
            FieldValidation::NotFound => {
                let namespace = Gvk::new("", "v1", "Namespace");
                self.field_validation(&namespace)? == FieldValidation::Supported && is_crd()
            }
        })
    }
}

/// `hasGVKExtension` for the extension's value: an object whose `group`, `version` and
/// `kind` (absent: empty) are the given ones.
fn gvk_matches(raw: &str, gvk: &Gvk) -> bool {
    let Ok(map) = serde_json::from_str::<HashMap<String, serde_json::Value>>(raw) else {
        return false;
    };
    let field = |k: &str| match map.get(k) {
        None => Some(String::new()),
        Some(serde_json::Value::String(s)) => Some(s.clone()),
        // yaml.v2 turns any scalar into a string; JSON `null` into "".
        Some(serde_json::Value::Null) => Some(String::new()),
        Some(serde_json::Value::Bool(b)) => Some(b.to_string()),
        Some(serde_json::Value::Number(n)) => Some(n.to_string()),
        Some(_) => None,
    };
    field("group").as_deref() == Some(gvk.group.as_str())
        && field("version").as_deref() == Some(gvk.version.as_str())
        && field("kind").as_deref() == Some(gvk.kind.as_str())
}
