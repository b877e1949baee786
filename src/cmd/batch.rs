//! What `create -f` and `delete` share: many writes, a bounded number in flight, results in
//! input order; the per-object errors, printed after the output as kubectl prints them; the
//! counts; and the Ctrl-C wind-down with its `interrupted: ...` and `summary: ...` lines.
//!
//! A verb plans its objects, sends them through [`in_order`] with the [`Checker`] of
//! [`Batch::start`], hands each result to [`Batch::record`], prints what was done, then ends
//! with [`Batch::report`], [`Batch::interrupted`] and [`Batch::finish`].

use std::future::Future;

use futures::{Stream, StreamExt, stream};
use kube::core::Status;

use crate::error::Error;
use crate::interrupt::Interrupt;
use crate::resource::write::{Checker, Written};
use crate::status::ExitStatus;

/// Send every item with `send`, at most `limit` at a time; the results come in input order.
pub(crate) fn in_order<I, F, Fut>(items: I, limit: usize, send: F) -> impl Stream<Item = Fut::Output>
where
    I: IntoIterator,
    F: FnMut(I::Item) -> Fut,
    Fut: Future,
{
    stream::iter(items).map(send).buffered(limit.max(1))
}

/// The error of one object, printed after the output as kubectl does.
#[derive(Debug, Clone)]
pub(crate) enum ObjectError {
    /// A server error (its message prefixed with `error when creating "SOURCE": ` for
    /// objects read from files).
    Api(Box<Status>),
    /// Anything else: the message alone.
    Plain(String),
}

impl ObjectError {
    /// From the error of the request for one object: `action` is `creating` or `deleting`,
    /// `source` the file the object was read from (kubectl names it in the message).
    pub(crate) fn when(action: &str, source: Option<&str>, e: Error) -> ObjectError {
        match e {
            Error::Api(mut status) => {
                if let Some(src) = source {
                    status.message = format!("error when {action} \"{src}\": {}", status.message);
                }
                ObjectError::Api(status)
            }
            other => {
                let text = other.render();
                let text = text.strip_prefix("error: ").unwrap_or(&text);
                match source {
                    Some(src) => ObjectError::Plain(format!("error when {action} \"{src}\": {text}")),
                    None => ObjectError::Plain(text.to_string()),
                }
            }
        }
    }

    /// The text when it is the only error (kubectl's `CheckErr` on one error).
    fn render_single(&self) -> String {
        match self {
            ObjectError::Api(s) if s.reason == "Invalid" && s.details.is_some() => invalid(s),
            ObjectError::Api(s) => Error::Api(s.clone()).render(),
            ObjectError::Plain(m) if m.starts_with("error: ") => m.clone(),
            ObjectError::Plain(m) => format!("error: {m}"),
        }
    }

    /// The text as one of several errors (kubectl's `MultipleErrors`).
    fn render_multi(&self) -> String {
        match self {
            ObjectError::Api(s) => Error::Api(s.clone()).render(),
            ObjectError::Plain(m) => m.clone(),
        }
    }
}

/// kubectl's text for an `Invalid` status with details: `The Kind "name" is invalid: ...`,
/// one cause inline, several as a list.
fn invalid(s: &Status) -> String {
    let d = s.details.as_ref().expect("checked");
    let mut text = format!("The {} \"{}\" is invalid", d.kind, d.name);
    let mut causes: Vec<String> = Vec::new();
    for c in &d.causes {
        let m = format!("{}: {}", c.field, c.message);
        if !causes.contains(&m) {
            causes.push(m);
        }
    }
    match causes.len() {
        0 => return Error::Api(Box::new(s.clone())).render(),
        1 => text = format!("{text}: {}", causes[0]),
        _ => {
            text.push_str(": ");
            for c in causes {
                text.push_str(&format!("\n* {c}"));
            }
        }
    }
    text
}

/// Print the errors as kubectl does: one alone gets its full form, several one line each.
pub(crate) fn report(errors: &[ObjectError]) {
    match errors {
        [] => {}
        [one] => eprintln!("{}", one.render_single()),
        many => {
            for e in many {
                eprintln!("{}", e.render_multi());
            }
        }
    }
}

/// How the write of one object of a batch ended.
#[derive(Debug, Clone)]
pub(crate) enum Ended<T> {
    Done(T),
    /// Not done (the error says why); `true`: a connection was lost or refused.
    Failed(ObjectError, bool),
    /// Not found, and that is fine (`delete --ignore-not-found`).
    Skipped,
    /// Sent; whether it was applied is not known (the error says why).
    Unknown(ObjectError),
    /// Not sent (Ctrl-C).
    NotSent,
}

impl<T> Ended<T> {
    /// The result of a checked write, its errors worded by `error`.
    pub(crate) fn from_written(written: Written<T>, error: impl Fn(Error) -> ObjectError) -> Ended<T> {
        match written {
            Written::Done(v) => Ended::Done(v),
            Written::Failed(e) => {
                let lost = matches!(e, Error::Connection(_));
                Ended::Failed(error(e), lost)
            }
            Written::Unknown(e) => Ended::Unknown(error(e)),
            Written::NotSent => Ended::NotSent,
        }
    }
}

/// The counts of a run, for the summary after Ctrl-C or a lost connection.
#[derive(Debug, Default, PartialEq, Eq)]
pub(crate) struct Tally {
    pub(crate) done: usize,
    pub(crate) unknown: usize,
    pub(crate) total: usize,
}

impl Tally {
    /// `412 of 1000 created, 588 not created` (`, 3 unknown` when some are).
    pub(crate) fn line(&self, verb: &str) -> String {
        let mut text = format!(
            "{} of {} {verb}, {} not {verb}",
            self.done,
            self.total,
            self.total.saturating_sub(self.done + self.unknown)
        );
        if self.unknown > 0 {
            text.push_str(&format!(
                ", {} unknown (sent, no answer: they may or may not have been {verb})",
                self.unknown
            ));
        }
        text
    }
}

/// The results of one batch, as they come in.
pub(crate) struct Batch<'a> {
    interrupt: &'a Interrupt,
    /// `created`, `deleted (server dry run)`, ... for the summary lines.
    verb: String,
    tally: Tally,
    /// A connection was lost or refused on the way: the summary says what was done.
    troubled: bool,
    errors: Vec<ObjectError>,
}

impl<'a> Batch<'a> {
    pub(crate) fn new(total: usize, verb: impl Into<String>, interrupt: &'a Interrupt) -> Batch<'a> {
        Batch {
            interrupt,
            verb: verb.into(),
            tally: Tally {
                total,
                ..Tally::default()
            },
            troubled: false,
            errors: Vec::new(),
        }
    }

    /// Writes start: from now on Ctrl-C winds down (no new request, those in flight get
    /// a few seconds) instead of stopping at once. The writes go through the checker.
    pub(crate) fn start(&self) -> Checker<'a> {
        self.interrupt.arm();
        Checker::new(Some(self.interrupt))
    }

    /// Count one result; what was done is returned, to print.
    pub(crate) fn record<T>(&mut self, ended: Ended<T>) -> Option<T> {
        match ended {
            Ended::Done(v) => {
                self.tally.done += 1;
                return Some(v);
            }
            Ended::Failed(e, lost) => {
                self.troubled |= lost;
                self.errors.push(e);
            }
            Ended::Unknown(e) => {
                self.troubled = true;
                self.tally.unknown += 1;
                self.errors.push(e);
            }
            Ended::Skipped | Ended::NotSent => {}
        }
        None
    }

    /// An error of an object that was never sent (or of the run, reported with them).
    pub(crate) fn fail(&mut self, e: ObjectError) {
        self.errors.push(e);
    }

    /// The errors so far, for the caller to report (with those of other batches).
    pub(crate) fn take_errors(&mut self) -> Vec<ObjectError> {
        std::mem::take(&mut self.errors)
    }

    /// Print the errors (after the output); true when there were any.
    pub(crate) fn report(&self) -> bool {
        report(&self.errors);
        !self.errors.is_empty()
    }

    /// Ctrl-C came.
    pub(crate) fn fired(&self) -> bool {
        self.interrupt.fired()
    }

    /// After Ctrl-C: `interrupted: 412 of 1000 created, 588 not created` (and `more`) on
    /// stderr; exit 130.
    pub(crate) fn interrupted(&self, more: &str) -> ExitStatus {
        eprintln!("interrupted: {}{more}", self.tally.line(&self.verb));
        ExitStatus::Interrupted
    }

    /// The end of a run that was not interrupted: the `summary: ...` line after a
    /// connection problem, and the exit status.
    pub(crate) fn finish(&self, failed: bool) -> ExitStatus {
        if self.troubled {
            eprintln!("summary: {}", self.tally.line(&self.verb));
        }
        if failed {
            ExitStatus::Failure
        } else {
            ExitStatus::Success
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn single_and_multiple_failures_render_as_kubectl() {
        let status = Status {
            code: 409,
            reason: "AlreadyExists".into(),
            message: "configmaps \"x\" already exists".into(),
            ..Default::default()
        };
        let f = ObjectError::when("creating", Some("f.yaml"), Error::Api(Box::new(status)));
        let want = "Error from server (AlreadyExists): error when creating \"f.yaml\": configmaps \"x\" already exists";
        assert_eq!(f.render_single(), want);
        assert_eq!(f.render_multi(), want);
        let p = ObjectError::Plain("the namespace from the provided object".into());
        assert_eq!(p.render_single(), "error: the namespace from the provided object");
        assert_eq!(p.render_multi(), "the namespace from the provided object");
    }

    #[test]
    fn summary_lines() {
        let t = Tally {
            done: 412,
            unknown: 0,
            total: 1000,
        };
        assert_eq!(t.line("created"), "412 of 1000 created, 588 not created");
        let t = Tally {
            done: 5,
            unknown: 2,
            total: 10,
        };
        assert_eq!(
            t.line("deleted"),
            "5 of 10 deleted, 3 not deleted, 2 unknown (sent, no answer: they may or may not have been deleted)"
        );
    }
}
