//! One file per verb.
pub mod complete;
pub mod completions;
pub mod create;
pub mod delete;
pub mod get;
pub mod get_output;
pub mod watch;
