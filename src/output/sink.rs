//! The one interface between fetching and printing. A command fetches what the sink
//! [`wants`](Sink::wants) and hands it over type by type, page by page, as it arrives; the
//! sink prints at once or gathers, and prints what it gathered in [`finish`](Sink::finish).
//!
//! A run is: for each resource type `begin_type`, its pages (`table_page` or `object_page`,
//! as `wants` says), `end_type`; then `finish`, unless nothing was found and kubectl would
//! print nothing at all. Implementations (each in its own file, which imports this one):
//! server tables (`table_printer.rs`), JSON, YAML and names (`objects.rs`), JSONPath
//! gathered or page by page and custom columns (`template_sinks.rs`), and `--sort-by` over
//! any of the object sinks (`sort.rs`).

use std::io::Write;

use serde_json::Value;

use super::page::{ObjectPage, TablePage};
use crate::error::Error;
use crate::resource::ApiResourceInfo;

/// What a sink needs fetched.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Wants {
    /// Server-side Table pages, page by page.
    Tables,
    /// Each type's whole Table in one request, every row with its object (to sort the rows
    /// by a field of the objects, as kubectl fetches them).
    WholeTables,
    /// Whole objects, page by page.
    Objects,
}

/// Whether the sink wants more.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Flow {
    Continue,
    /// Nothing later could be printed (a JSONPath stopped early): fetch no more.
    Stop,
}

/// Why printing stopped.
#[derive(Debug)]
pub(crate) enum SinkError {
    /// Stop at once: a write failed, a page could not be read, `--sort-by` failed.
    Fatal(Error),
    /// A template failed on the data. The command flushes what was printed, then prints
    /// the server errors met so far (when `errors_first`, as kubectl does for JSONPath;
    /// custom columns drop them), then this error.
    Template { error: Error, errors_first: bool },
}

impl From<Error> for SinkError {
    fn from(e: Error) -> Self {
        SinkError::Fatal(e)
    }
}

impl From<std::io::Error> for SinkError {
    fn from(e: std::io::Error) -> Self {
        SinkError::Fatal(Error::Io(e))
    }
}

pub(crate) type SinkResult<T> = std::result::Result<T, SinkError>;

/// A printer of objects fetched type by type (see the module's text for the order of calls).
/// Only the page method that matches [`Sink::wants`] is ever called.
pub(crate) trait Sink {
    /// What to fetch.
    fn wants(&self) -> Wants;

    /// A resource type starts.
    fn begin_type(&mut self, _res: &ApiResourceInfo) {}

    /// A page of Table rows (sinks that want tables).
    fn table_page(&mut self, _out: &mut dyn Write, _page: TablePage) -> SinkResult<()> {
        unreachable!("this sink asks for whole objects, not tables")
    }

    /// A page of whole objects (sinks that want objects): by default each object in turn,
    /// then the output is flushed so the page shows before the next one arrives.
    fn object_page(&mut self, out: &mut dyn Write, page: &ObjectPage<'_>) -> SinkResult<Flow> {
        for obj in page.objects() {
            if self.object(out, obj?, page.res())? == Flow::Stop {
                return Ok(Flow::Stop);
            }
        }
        out.flush()?;
        Ok(Flow::Continue)
    }

    /// One whole object of type `res`.
    fn object(&mut self, _out: &mut dyn Write, _obj: Value, _res: &ApiResourceInfo) -> SinkResult<Flow> {
        unreachable!("this sink asks for tables or takes objects a page at a time")
    }

    /// The type's pages are all in.
    fn end_type(&mut self, _out: &mut dyn Write) -> SinkResult<()> {
        Ok(())
    }

    /// Objects (or table rows) received so far.
    fn found(&self) -> usize;

    /// Everything is in: print what was gathered, close what was opened.
    fn finish(&mut self, out: &mut dyn Write) -> SinkResult<()>;
}
