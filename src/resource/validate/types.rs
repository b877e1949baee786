//! The small types the validator's files share (a leaf: no file of the validator imports
//! another one back through it).

/// A group, version and kind (`group` empty for the core group).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) struct Gvk {
    pub(crate) group: String,
    pub(crate) version: String,
    pub(crate) kind: String,
}

impl Gvk {
    pub(crate) fn new(group: &str, version: &str, kind: &str) -> Gvk {
        Gvk {
            group: group.to_owned(),
            version: version.to_owned(),
            kind: kind.to_owned(),
        }
    }
}

/// What the object was read from: it decides whether a whole float counts as an "integer"
/// (YAML: kubectl converts YAML to JSON, writing `1.0` as `1`) or a "number" (JSON: kept as
/// written). It only shows in "got ..." of a wrong type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Syntax {
    Yaml,
    Json,
}

/// The answer of the OpenAPI document about the `fieldValidation` query parameter for one
/// group-version-kind (cli-runtime's `supportsQueryParam`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum FieldValidation {
    /// The PATCH operation of the kind's path takes `fieldValidation`: the server validates.
    Supported,
    /// It does not: kubectl validates on the client (`strict`) or skips (`warn`).
    Unsupported,
    /// No path's PATCH carries this group-version-kind.
    NotFound,
}
