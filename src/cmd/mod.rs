//! One file per verb.
pub mod completions;
pub mod get;
