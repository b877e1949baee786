//! One file per verb.
pub(crate) mod complete;
pub(crate) mod completions;
pub(crate) mod create;
pub(crate) mod delete;
pub(crate) mod get;
pub(crate) mod get_output;
pub(crate) mod watch;
