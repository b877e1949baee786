//! The exit statuses kctl documents, below every layer so that verbs and `lib.rs` share them
//! without importing each other.

/// kctl's exit statuses (see the README).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExitStatus {
    /// Everything asked for was done (a closed output pipe counts as success).
    Success = 0,
    /// Something failed; stderr says what.
    Failure = 1,
    /// Interrupted by Ctrl-C.
    Interrupted = 130,
}
