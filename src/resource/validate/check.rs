//! The walk of one value against a decoded schema: kube-openapi's
//! `pkg/util/proto/validation` (`mapItem`, `arrayItem`, `primitiveItem`), error for error and
//! in the same order: an object's keys in byte order, then its required fields in the
//! schema's order.

use serde_json::Value;

use super::schema::{OpenApi, Primitive, Schema, SchemaError, quote};
use super::types::Syntax;

/// How many `$ref`s may follow one another without reaching a value's schema (a definition
/// that is only a reference to itself would otherwise loop; kubectl overflows its stack).
const MAX_REF_HOPS: usize = 64;

pub(crate) struct Walker<'a> {
    pub(crate) api: &'a OpenApi,
    pub(crate) syntax: Syntax,
    pub(crate) errors: Vec<String>,
    /// The value's path: the kind, then `.key` and `[i]`.
    path: String,
}

impl<'a> Walker<'a> {
    pub(crate) fn new(api: &'a OpenApi, syntax: Syntax) -> Walker<'a> {
        Walker {
            api,
            syntax,
            errors: Vec::new(),
            path: String::new(),
        }
    }

    /// `validation.ValidateModel(obj, schema, name)`.
    pub(crate) fn validate_model(&mut self, value: &Value, def: usize, name: &str) -> Result<(), SchemaError> {
        self.path.clear();
        self.path.push_str(name);
        if value.is_null() {
            self.errors.push(nil_error(name));
            return Ok(());
        }
        self.visit(&Schema::Ref(def), value)
    }

    fn add(&mut self, text: String) {
        self.errors.push(format!("ValidationError({}): {text}", self.path));
    }

    fn invalid_type(&mut self, schema_path: &str, actual: &str, expected: &str) {
        self.add(format!(
            "invalid type for {schema_path}: got {}, expected {}",
            quote(actual),
            quote(expected)
        ));
    }

    /// `schema.Accept(item)` for the item of `value` (never null) at `self.path`.
    fn visit(&mut self, schema: &Schema, value: &Value) -> Result<(), SchemaError> {
        let mut schema = schema;
        let mut hops = 0;
        while let Schema::Ref(i) = schema {
            hops += 1;
            if hops > MAX_REF_HOPS {
                let name = self.api.definition_name(*i);
                return Err(SchemaError(format!("SchemaError({name}): reference cycle")));
            }
            schema = self.api.definition(*i)?;
        }
        match (schema, value) {
            (Schema::Ref(_), _) | (Schema::Arbitrary, _) => Ok(()),
            // mapItem
            (Schema::Kind(kind), Value::Object(map)) => {
                let mut keys: Vec<&String> = map.keys().collect();
                keys.sort_unstable();
                for key in keys {
                    let v = &map[key];
                    if v.is_null() {
                        continue;
                    }
                    let Some(sub) = kind.fields.get(key) else {
                        self.add(format!("unknown field {} in {}", quote(key), kind.path));
                        continue;
                    };
                    self.field(key, sub, v)?;
                }
                for required in &kind.required {
                    if map.get(required).is_none_or(Value::is_null) {
                        self.add(format!("missing required field {} in {}", quote(required), kind.path));
                    }
                }
                Ok(())
            }
            (Schema::Map { sub, .. }, Value::Object(map)) => {
                let mut keys: Vec<&String> = map.keys().collect();
                keys.sort_unstable();
                for key in keys {
                    let v = &map[key];
                    if v.is_null() {
                        // itemFactory's error, not wrapped in a ValidationError.
                        let len = self.path.len();
                        self.path.push('.');
                        self.path.push_str(key);
                        self.errors.push(nil_error(&self.path));
                        self.path.truncate(len);
                        continue;
                    }
                    self.field(key, sub, v)?;
                }
                Ok(())
            }
            (Schema::Array { path, .. }, Value::Object(_)) => {
                self.invalid_type(path, "map", "array");
                Ok(())
            }
            (Schema::Primitive { path, ty }, Value::Object(_)) => {
                self.invalid_type(path, "map", ty.name());
                Ok(())
            }
            // arrayItem
            (Schema::Array { sub, .. }, Value::Array(items)) => {
                for (i, v) in items.iter().enumerate() {
                    let len = self.path.len();
                    if v.is_null() {
                        let at = format!("{}[{i}]", self.path);
                        self.add(format!("unknown object type \"nil\" in {at}"));
                        continue;
                    }
                    self.path.push_str(&format!("[{i}]"));
                    let r = self.visit(sub, v);
                    self.path.truncate(len);
                    r?;
                }
                Ok(())
            }
            (Schema::Kind(kind), Value::Array(_)) => {
                self.invalid_type(&kind.path, "array", "map");
                Ok(())
            }
            (Schema::Map { path, .. }, Value::Array(_)) => {
                self.invalid_type(path, "array", "map");
                Ok(())
            }
            (Schema::Primitive { path, ty }, Value::Array(_)) => {
                self.invalid_type(path, "array", ty.name());
                Ok(())
            }
            // primitiveItem
            (Schema::Primitive { path, ty }, v) => {
                let actual = self.primitive_kind(v);
                let ok = match ty {
                    Primitive::Boolean => actual == "boolean",
                    Primitive::Integer | Primitive::Number => actual == "integer" || actual == "number",
                    Primitive::String => true,
                };
                if !ok {
                    self.invalid_type(path, actual, ty.name());
                }
                Ok(())
            }
            (Schema::Array { path, .. }, v) => {
                let actual = self.primitive_kind(v);
                self.invalid_type(path, actual, "array");
                Ok(())
            }
            (Schema::Map { path, .. }, v) => {
                let actual = self.primitive_kind(v);
                self.invalid_type(path, actual, "map");
                Ok(())
            }
            (Schema::Kind(kind), v) => {
                let actual = self.primitive_kind(v);
                self.invalid_type(&kind.path, actual, "map");
                Ok(())
            }
        }
    }

    fn field(&mut self, key: &str, sub: &Schema, v: &Value) -> Result<(), SchemaError> {
        let len = self.path.len();
        self.path.push('.');
        self.path.push_str(key);
        let r = self.visit(sub, v);
        self.path.truncate(len);
        r
    }

    /// The kind `itemFactory` gives a scalar, as kubectl decodes it: the manifest goes through
    /// YAML→JSON (where a whole float is written as an integer) and `k8s.io/apimachinery`'s
    /// JSON decoder, which keeps a number that `strconv.ParseInt` takes as an `int64`
    /// ("integer") and makes every other one a `float64` ("number").
    fn primitive_kind(&self, v: &Value) -> &'static str {
        match v {
            Value::Bool(_) => "boolean",
            Value::String(_) => "string",
            Value::Number(n) => {
                if n.is_i64() {
                    "integer"
                } else if n.is_u64() {
                    "number"
                } else {
                    let f = n.as_f64().unwrap_or(0.5);
                    let whole = f.fract() == 0.0 && (-9.223_372_036_854_776e18..9.223_372_036_854_776e18).contains(&f);
                    if whole && self.syntax == Syntax::Yaml {
                        "integer"
                    } else {
                        "number"
                    }
                }
            }
            // Not reached: nulls are filtered before an item is made.
            Value::Null | Value::Array(_) | Value::Object(_) => "nil",
        }
    }
}

/// `InvalidObjectTypeError{Type: "nil"}`.
fn nil_error(path: &str) -> String {
    format!("unknown object type \"nil\" in {path}")
}
