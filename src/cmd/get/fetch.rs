//! Fetch: each request's pages (or named objects) in the form the sink wants, handed to it
//! as they arrive. The next page is already requested while the sink prints one (see
//! [`Pages`]). Server errors about single objects or lists are kept for the end, as
//! kubectl prints them after the output.

use std::io::Write;

use bytes::Bytes;

use super::plan::{Plan, Request};
use crate::error::{Error, Result};
use crate::output::page::{ObjectPage, TablePage};
use crate::output::sink::{Flow, Sink, SinkResult, Wants};
use crate::resource::api::{Pages, get_object};
use crate::resource::http::{ACCEPT_JSON, ACCEPT_TABLE};
use crate::resource::request::Request as ApiRequest;
use crate::resource::{ApiResourceInfo, Cluster};

/// Fetch every request of `plan` into `sink`, type by type.
pub(crate) async fn fetch(
    cluster: &Cluster,
    plan: &Plan,
    sink: &mut dyn Sink,
    errors: &mut DeferredErrors,
    out: &mut dyn Write,
    now: i64,
    client_print: bool,
) -> SinkResult<()> {
    // `--server-print=false`: plain objects, which the table sink prints as kubectl's
    // client-side NAME/AGE table.
    let table = if client_print { ACCEPT_JSON } else { ACCEPT_TABLE };
    let mut fetch = Fetch {
        cluster,
        plan,
        errors,
        out,
        now,
        table,
    };
    for req in &plan.requests {
        sink.begin_type(&req.res);
        let flow = if req.names.is_empty() {
            fetch.list(sink, &req.res).await?
        } else {
            fetch.named(sink, req).await?
        };
        if flow == Flow::Stop {
            return Ok(());
        }
        sink.end_type(fetch.out)?;
    }
    Ok(())
}

/// What the server answered with: a page of a list, or one object.
#[derive(Clone, Copy)]
enum Answer {
    List,
    Object,
}

/// What every step of a fetch uses.
struct Fetch<'a> {
    cluster: &'a Cluster,
    plan: &'a Plan,
    errors: &'a mut DeferredErrors,
    out: &'a mut dyn Write,
    now: i64,
    /// The `Accept` of a table request.
    table: &'static str,
}

impl Fetch<'_> {
    /// A list, page by page; with [`Wants::WholeTables`], in one request.
    async fn list(&mut self, sink: &mut dyn Sink, res: &ApiResourceInfo) -> SinkResult<Flow> {
        let accept = match sink.wants() {
            Wants::WholeTables => {
                let bytes = ApiRequest::collection(res, self.plan.namespace.as_deref())
                    .selectors(&self.plan.params)
                    .include_object()
                    .accept(self.table)
                    .send(self.cluster)
                    .await?;
                return self.hand_over(sink, res, &bytes, Answer::List);
            }
            Wants::Tables => self.table,
            Wants::Objects => ACCEPT_JSON,
        };
        let namespace = self.plan.namespace.as_deref();
        let mut pages = Pages::new(self.cluster, res, namespace, &self.plan.params, accept);
        while let Some(bytes) = next_or_report(&mut pages, self.errors).await? {
            if self.hand_over(sink, res, &bytes, Answer::List)? == Flow::Stop {
                return Ok(Flow::Stop);
            }
        }
        Ok(Flow::Continue)
    }

    /// The objects asked for by name, one request each; a missing one is reported at the end.
    async fn named(&mut self, sink: &mut dyn Sink, req: &Request) -> SinkResult<Flow> {
        let namespace = req.namespace.as_deref().or(self.plan.namespace.as_deref());
        for name in &req.names {
            let got = match sink.wants() {
                Wants::WholeTables => {
                    ApiRequest::object(&req.res, namespace, name)
                        .include_object()
                        .accept(self.table)
                        .send(self.cluster)
                        .await
                }
                Wants::Tables => get_object(self.cluster, &req.res, namespace, name, self.table).await,
                Wants::Objects => get_object(self.cluster, &req.res, namespace, name, ACCEPT_JSON).await,
            };
            match got {
                Ok(bytes) => {
                    if self.hand_over(sink, &req.res, &bytes, Answer::Object)? == Flow::Stop {
                        return Ok(Flow::Stop);
                    }
                }
                Err(e) => self.errors.report(e)?,
            }
        }
        Ok(Flow::Continue)
    }

    /// One answer to the sink, in the form it wants.
    fn hand_over(
        &mut self,
        sink: &mut dyn Sink,
        res: &ApiResourceInfo,
        bytes: &[u8],
        answer: Answer,
    ) -> SinkResult<Flow> {
        if sink.wants() != Wants::Objects {
            sink.table_page(self.out, TablePage::parse(bytes, self.now)?)?;
            return Ok(Flow::Continue);
        }
        let page = match answer {
            Answer::List => ObjectPage::list(bytes, res)?,
            Answer::Object => ObjectPage::object(bytes, res)?,
        };
        sink.object_page(self.out, &page)
    }
}

/// The next page; a list the server refused is reported like a missing object (kubectl
/// prints the rest, then the error) and ends this type's pages.
async fn next_or_report(pages: &mut Pages, errors: &mut DeferredErrors) -> Result<Option<Bytes>> {
    match pages.next_page().await {
        Ok(page) => Ok(page),
        Err(e @ Error::Api(_)) => errors.report(e).map(|_| None),
        Err(e) => Err(e),
    }
}

/// Per-object server errors, printed after the output as kubectl does.
pub(crate) struct DeferredErrors {
    ignore_not_found: bool,
    errors: Vec<String>,
}

impl DeferredErrors {
    pub(crate) fn new(ignore_not_found: bool) -> DeferredErrors {
        DeferredErrors {
            ignore_not_found,
            errors: Vec::new(),
        }
    }

    /// Keep an API error for later (NotFound is dropped under --ignore-not-found); any
    /// other error ends the command.
    pub(crate) fn report(&mut self, e: Error) -> Result<()> {
        match e {
            e if self.ignore_not_found && e.is_not_found() => Ok(()),
            e @ Error::Api(_) => {
                self.errors.push(e.render());
                Ok(())
            }
            other => Err(other),
        }
    }

    pub(crate) fn any(&self) -> bool {
        !self.errors.is_empty()
    }

    /// Print them; whether there were any.
    pub(crate) fn flush(&self) -> bool {
        for e in &self.errors {
            eprintln!("{e}");
        }
        self.any()
    }
}
