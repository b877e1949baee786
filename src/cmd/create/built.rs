//! What the generators in their own files (`rbac`, `policy`, `ingress`, `docker`) build: the
//! object as plain JSON and how `create` reports it. `generators` shapes it as Go serializes
//! it and sends it. A leaf, so that `generators` and those files do not import each other.

use serde_json::Value;

use crate::error::Error;

/// One object a generator built.
pub(super) struct Built {
    /// The object, without what Go adds for zero structs (`creationTimestamp: null`).
    pub(super) obj: Value,
    /// `kubectl create` prints e.g. `role.rbac.authorization.k8s.io/x created`.
    pub(super) kind_prefix: &'static str,
    /// kubectl's wording when the server refuses (`failed to create quota: `); none: the
    /// server's error as it is.
    pub(super) fail_prefix: Option<&'static str>,
    pub(super) namespaced: bool,
}

impl Built {
    pub(super) fn new(
        obj: Value,
        kind_prefix: &'static str,
        fail_prefix: Option<&'static str>,
        namespaced: bool,
    ) -> Built {
        Built {
            obj,
            kind_prefix,
            fail_prefix,
            namespaced,
        }
    }
}

/// A usage error: kubectl's text for a bad value.
pub(super) fn usage(msg: impl Into<String>) -> Error {
    Error::Usage(msg.into())
}
