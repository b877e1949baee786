//! The server's `/openapi/v2` document, kept as raw text: the top level is split once into
//! the raw slices of `definitions` (and of `paths` and `parameters`, for the field-validation
//! check), and a definition is decoded only when a validation first reaches it, into the same
//! tree kube-openapi's `proto` package builds (`Kind`, `Map`, `Array`, `Primitive`,
//! `Arbitrary`, `Ref`), with the same rules and the same `SchemaError` texts.

use std::collections::HashMap;
use std::fmt;
use std::sync::{Mutex, OnceLock};

use serde::Deserialize;
use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde_json::value::RawValue;

use super::types::Gvk;

/// The document was not an OpenAPI v2 object, or a definition a validation reached breaks one
/// of `proto`'s rules (kubectl would not validate at all then).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct SchemaError(pub(crate) String);

impl fmt::Display for SchemaError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for SchemaError {}

/// `proto.newSchemaError`: `SchemaError(path): text`.
fn schema_error(path: &str, text: impl fmt::Display) -> SchemaError {
    if path.is_empty() {
        SchemaError(format!("SchemaError: {text}"))
    } else {
        SchemaError(format!("SchemaError({path}): {text}"))
    }
}

/// A decoded schema node. `path` is `proto`'s schema path (the definition's name, then
/// `.field` per property; maps and arrays pass theirs on to their element), which kubectl
/// prints in "invalid type for PATH" and "unknown field ... in PATH".
#[derive(Debug)]
pub(crate) enum Schema {
    /// `$ref` to the definition with this index.
    Ref(usize),
    /// An object with `properties`.
    Kind(Kind),
    /// An object without `properties`: every value is checked against `sub`.
    Map {
        path: String,
        sub: Box<Schema>,
    },
    Array {
        path: String,
        sub: Box<Schema>,
    },
    /// `string`, `integer`, `number` or `boolean`.
    Primitive {
        path: String,
        ty: Primitive,
    },
    /// No type and no properties: anything goes.
    Arbitrary,
}

#[derive(Debug)]
pub(crate) struct Kind {
    pub(crate) path: String,
    pub(crate) fields: HashMap<String, Schema>,
    pub(crate) required: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Primitive {
    String,
    Integer,
    Number,
    Boolean,
}

impl Primitive {
    pub(crate) fn name(self) -> &'static str {
        match self {
            Primitive::String => "string",
            Primitive::Integer => "integer",
            Primitive::Number => "number",
            Primitive::Boolean => "boolean",
        }
    }
}

/// The whole document, owned, with its definitions decoded on demand.
pub(crate) struct OpenApi {
    doc: String,
    /// Definition name → index into `ranges`/`decoded` (a repeated name: the last one).
    index: HashMap<String, usize>,
    /// Byte range of each definition's raw JSON in `doc`, and its name.
    defs: Vec<(String, usize, usize)>,
    decoded: Vec<OnceLock<Result<Schema, SchemaError>>>,
    /// Group-version-kinds looked up so far, and their definitions.
    gvks: Mutex<HashMap<Gvk, Option<usize>>>,
    /// `paths`, in document order: name and raw range.
    pub(crate) paths: Vec<(String, usize, usize)>,
    /// `parameters` (global), by name.
    pub(crate) parameters: HashMap<String, (usize, usize)>,
}

impl fmt::Debug for OpenApi {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("OpenApi")
            .field("bytes", &self.doc.len())
            .field("definitions", &self.defs.len())
            .field("decoded", &self.decoded_count())
            .finish()
    }
}

/// A JSON object kept as (key, raw value) pairs in document order (`null`: none).
struct RawMap<'a>(Vec<(String, &'a RawValue)>);

impl<'de: 'a, 'a> Deserialize<'de> for RawMap<'a> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V<'a>(std::marker::PhantomData<&'a ()>);
        impl<'de: 'a, 'a> Visitor<'de> for V<'a> {
            type Value = RawMap<'a>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut m: A) -> Result<Self::Value, A::Error> {
                let mut out = Vec::new();
                while let Some((k, v)) = m.next_entry::<String, &'de RawValue>()? {
                    out.push((k, v));
                }
                Ok(RawMap(out))
            }
            fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
                Ok(RawMap(Vec::new()))
            }
        }
        d.deserialize_any(V(std::marker::PhantomData))
    }
}

#[derive(Deserialize)]
struct TopLevel<'a> {
    #[serde(borrow, default)]
    definitions: Option<RawMap<'a>>,
    #[serde(borrow, default)]
    paths: Option<RawMap<'a>>,
    #[serde(borrow, default)]
    parameters: Option<RawMap<'a>>,
}

impl OpenApi {
    /// Splits the document's top level (serde_json checks the whole text is JSON, but keeps
    /// each definition, path and parameter as its raw text); decodes no definition yet.
    pub(crate) fn new(bytes: Vec<u8>) -> Result<OpenApi, SchemaError> {
        let doc = String::from_utf8(bytes).map_err(|e| schema_error("", e))?;
        let top: TopLevel = serde_json::from_str(&doc).map_err(|e| schema_error("", e))?;
        let base = doc.as_ptr() as usize;
        let range = |raw: &RawValue| {
            let start = raw.get().as_ptr() as usize - base;
            (start, start + raw.get().len())
        };
        let mut defs = Vec::new();
        let mut index = HashMap::new();
        for (name, raw) in top.definitions.map(|m| m.0).unwrap_or_default() {
            let (s, e) = range(raw);
            index.insert(name.clone(), defs.len());
            defs.push((name, s, e));
        }
        let paths = (top.paths.map(|m| m.0).unwrap_or_default().into_iter())
            .map(|(name, raw)| {
                let (s, e) = range(raw);
                (name, s, e)
            })
            .collect();
        let parameters = (top.parameters.map(|m| m.0).unwrap_or_default().into_iter())
            .map(|(name, raw)| (name, range(raw)))
            .collect();
        let decoded = (0..defs.len()).map(|_| OnceLock::new()).collect();
        Ok(OpenApi {
            doc,
            index,
            defs,
            decoded,
            gvks: Mutex::new(HashMap::new()),
            paths,
            parameters,
        })
    }

    /// The whole document, as given.
    pub(crate) fn text(&self) -> &str {
        &self.doc
    }

    pub(crate) fn raw(&self, (start, end): (usize, usize)) -> &str {
        &self.doc[start..end]
    }

    /// How many definitions the document has.
    pub(crate) fn definition_count(&self) -> usize {
        self.defs.len()
    }

    /// How many definitions have been decoded so far (for tests and measurements).
    pub(crate) fn decoded_count(&self) -> usize {
        self.decoded.iter().filter(|d| d.get().is_some()).count()
    }

    /// Decodes every definition, as kubectl does up front (its validation fails as a whole
    /// when one breaks `proto`'s rules); returns how many there are.
    #[cfg(test)]
    pub(crate) fn decode_all(&self) -> Result<usize, SchemaError> {
        for i in 0..self.defs.len() {
            self.definition(i)?;
        }
        Ok(self.defs.len())
    }

    pub(crate) fn definition_name(&self, i: usize) -> &str {
        &self.defs[i].0
    }

    /// The definition kubectl validates an object of this group, version and kind against:
    /// the one whose `x-kubernetes-group-version-kind` lists it (several: the last by name).
    pub(crate) fn definition_for(&self, gvk: &Gvk) -> Option<&str> {
        self.lookup(gvk).map(|i| self.definition_name(i))
    }

    pub(crate) fn lookup(&self, gvk: &Gvk) -> Option<usize> {
        let mut cache = self.gvks.lock().unwrap_or_else(|e| e.into_inner());
        *cache.entry(gvk.clone()).or_insert_with(|| self.find_gvk(gvk))
    }

    /// kubectl's `resources` map, for one group-version-kind: the definitions whose
    /// `x-kubernetes-group-version-kind` lists it with string group, version and (non-empty)
    /// kind; of several, the last by name. Only definitions whose text can hold both the
    /// extension's key and the kind (see [`may_hold`]) are decoded, and of those only the
    /// extension.
    fn find_gvk(&self, gvk: &Gvk) -> Option<usize> {
        #[derive(Deserialize)]
        struct Ext {
            #[serde(rename = "x-kubernetes-group-version-kind", default)]
            gvk: Option<serde_json::Value>,
        }
        if gvk.kind.is_empty() {
            return None;
        }
        let mut best: Option<usize> = None;
        for (i, (name, start, end)) in self.defs.iter().enumerate() {
            // Several definitions share a name: kubectl's model is the last one.
            if self.index.get(name) != Some(&i) || best.is_some_and(|b| self.defs[b].0 >= *name) {
                continue;
            }
            let raw = &self.doc[*start..*end];
            if !may_hold(raw, GVK_KEY) || !may_hold(raw, &gvk.kind) {
                continue;
            }
            let Ok(Ext {
                gvk: Some(serde_json::Value::Array(list)),
            }) = serde_json::from_str::<Ext>(raw)
            else {
                continue;
            };
            let listed = list.iter().any(|entry| {
                let s = |k: &str| entry.get(k).and_then(|v| v.as_str());
                s("group") == Some(gvk.group.as_str())
                    && s("version") == Some(gvk.version.as_str())
                    && s("kind") == Some(gvk.kind.as_str())
            });
            if listed {
                best = Some(i);
            }
        }
        best
    }

    /// The decoded definition `i` (decoded now if no validation reached it before).
    pub(crate) fn definition(&self, i: usize) -> Result<&Schema, SchemaError> {
        self.decoded[i]
            .get_or_init(|| {
                let (name, s, e) = &self.defs[i];
                let raw: RawSchema = serde_json::from_str(&self.doc[*s..*e]).map_err(|e| schema_error(name, e))?;
                self.build(&raw, name)
            })
            .as_ref()
            .map_err(Clone::clone)
    }

    /// `proto.Definitions.ParseSchema`.
    fn build(&self, s: &RawSchema, path: &str) -> Result<Schema, SchemaError> {
        if let Some(r) = s.reference.as_deref().filter(|r| !r.is_empty()) {
            // parseReference
            if s.properties.as_ref().is_some_and(|p| !p.is_empty()) {
                return Err(schema_error(path, "unallowed embedded type definition"));
            }
            if !s.types().is_empty() {
                return Err(schema_error(path, "definition reference can't have a type"));
            }
            let Some(name) = r.strip_prefix("#/definitions/") else {
                return Err(schema_error(
                    path,
                    format_args!("unallowed reference to non-definition {}", quote(r)),
                ));
            };
            return match self.index.get(name) {
                Some(&i) => Ok(Schema::Ref(i)),
                None => Err(schema_error(
                    path,
                    format_args!("unknown model in reference: {}", quote(name)),
                )),
            };
        }
        let types = s.types();
        match types.len() {
            0 if s.properties.is_some() => self.kind(s, path),
            0 => Ok(Schema::Arbitrary),
            1 => match types[0].as_str() {
                "object" if s.properties.is_some() => self.kind(s, path),
                "object" => {
                    let sub = match &s.additional {
                        Some(Additional::Schema(sub)) => self.build(sub, path)?,
                        _ => Schema::Arbitrary,
                    };
                    Ok(Schema::Map {
                        path: path.to_owned(),
                        sub: Box::new(sub),
                    })
                }
                "array" => {
                    let items = match &s.items {
                        Some(Items::One(one)) => std::slice::from_ref(&**one),
                        Some(Items::Many(many)) => many.as_slice(),
                        None => &[],
                    };
                    if items.len() != 1 {
                        return Err(schema_error(path, "array should have exactly one sub-item"));
                    }
                    let sub = self.build(&items[0], path)?;
                    Ok(Schema::Array {
                        path: path.to_owned(),
                        sub: Box::new(sub),
                    })
                }
                t => {
                    let ty = match t {
                        "string" => Primitive::String,
                        "number" => Primitive::Number,
                        "integer" => Primitive::Integer,
                        "boolean" => Primitive::Boolean,
                        _ => return Err(schema_error(path, format_args!("Unknown primitive type: {}", quote(t)))),
                    };
                    Ok(Schema::Primitive {
                        path: path.to_owned(),
                        ty,
                    })
                }
            },
            _ => Err(schema_error(path, "definitions with multiple types aren't supported")),
        }
    }

    /// `proto.Definitions.parseKind`.
    fn kind(&self, s: &RawSchema, path: &str) -> Result<Schema, SchemaError> {
        if s.types().first().is_some_and(|t| t != "object") {
            return Err(schema_error(path, "invalid object type"));
        }
        let mut fields = HashMap::new();
        for (name, sub) in s.properties.iter().flatten() {
            let sub_path = format!("{path}.{name}");
            fields.insert(name.clone(), self.build(sub, &sub_path)?);
        }
        Ok(Schema::Kind(Kind {
            path: path.to_owned(),
            fields,
            required: s.required.clone().unwrap_or_default(),
        }))
    }
}

pub(crate) const GVK_KEY: &str = "x-kubernetes-group-version-kind";

/// Whether a JSON text can hold the string `s` (a key or a value): it holds `s` literally,
/// or `s` has characters JSON may write otherwise (anything but ASCII letters, digits, `-`,
/// `.`, `_`, `/`), or the text has a `\u00XX` escape that may spell one of its characters.
pub(crate) fn may_hold(raw: &str, s: &str) -> bool {
    if !s
        .bytes()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'-' | b'.' | b'_' | b'/'))
    {
        return true;
    }
    if raw.contains(s) {
        return true;
    }
    let b = raw.as_bytes();
    let mut from = 0;
    while let Some(p) = raw[from..].find("\\u00") {
        let at = from + p + 4;
        if let (Some(&h), Some(&l)) = (b.get(at), b.get(at + 1))
            && let (Some(h), Some(l)) = ((h as char).to_digit(16), (l as char).to_digit(16))
        {
            let c = char::from((h * 16 + l) as u8);
            if s.contains(c) {
                return true;
            }
        }
        from = from + p + 1;
    }
    false
}

/// Go's `%q` of a string (`strconv.Quote`): printable characters as they are, `"` and `\`
/// escaped, the rest as `\n`, `\t`, `\x..`, `\u....`.
pub(crate) fn quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\x07' => out.push_str("\\a"),
            '\x08' => out.push_str("\\b"),
            '\x0c' => out.push_str("\\f"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\x0b' => out.push_str("\\v"),
            c if is_go_printable(c) => out.push(c),
            c if (c as u32) < 0x80 => out.push_str(&format!("\\x{:02x}", c as u32)),
            c if (c as u32) < 0x10000 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push_str(&format!("\\U{:08x}", c as u32)),
        }
    }
    out.push('"');
    out
}

/// An approximation of Go's `unicode.IsPrint` (exact for ASCII and the common ranges):
/// controls, the C1 block, separators other than the ASCII space, surrogates, private use
/// and noncharacters are not printable.
fn is_go_printable(c: char) -> bool {
    let u = c as u32;
    if u < 0x20 || u == 0x7f || (0x80..0xa0).contains(&u) || u == 0xad {
        return false;
    }
    if u == 0x20 {
        return true;
    }
    if c.is_whitespace() || (0x2000..=0x200f).contains(&u) || (0x2028..=0x202e).contains(&u) {
        return false;
    }
    if (0x2060..=0x206f).contains(&u) || u == 0xfeff || (0xfff9..=0xfffb).contains(&u) {
        return false;
    }
    if (0xe000..=0xf8ff).contains(&u) || u >= 0xf0000 || (u & 0xfffe) == 0xfffe || (0xfdd0..=0xfdef).contains(&u) {
        return false;
    }
    true
}

/// The part of an OpenAPI v2 schema object that `proto` reads.
#[derive(Deserialize, Default)]
struct RawSchema {
    #[serde(rename = "$ref", default)]
    reference: Option<String>,
    #[serde(rename = "type", default)]
    ty: Option<TypeItem>,
    #[serde(default)]
    properties: Option<HashMap<String, RawSchema>>,
    #[serde(rename = "additionalProperties", default)]
    additional: Option<Additional>,
    #[serde(default)]
    items: Option<Items>,
    #[serde(default)]
    required: Option<Vec<String>>,
}

impl RawSchema {
    fn types(&self) -> &[String] {
        match &self.ty {
            Some(TypeItem::One(t)) => std::slice::from_ref(t),
            Some(TypeItem::Many(ts)) => ts,
            None => &[],
        }
    }
}

#[derive(Deserialize)]
#[serde(untagged)]
enum TypeItem {
    One(String),
    Many(Vec<String>),
}

#[derive(Deserialize)]
#[serde(untagged)]
enum Additional {
    Bool(#[allow(dead_code)] bool),
    Schema(Box<RawSchema>),
}

#[derive(Deserialize)]
#[serde(untagged)]
enum Items {
    // `Many` first: a struct also deserializes from an array, `[]` included.
    Many(Vec<RawSchema>),
    One(Box<RawSchema>),
}
