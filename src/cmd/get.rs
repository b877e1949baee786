//! `kctl get`: fetch objects or server-side tables page by page and hand each page to a
//! printer as it arrives.

use std::io::Write;

use serde::Deserialize;
use serde_json::Value;

use crate::cli::GetArgs;
use crate::error::{Error, Result};
use crate::output::spec::OutputFormat;
use crate::output::{Format, ObjectPrinter, TableOptions, TablePage, TablePrinter, fallback_page};
use crate::resource::api::{ListParams, Pages, get_object};
use crate::resource::http::{ACCEPT_JSON, ACCEPT_TABLE};
use crate::resource::resolve::split_args;
use crate::resource::{ApiResourceInfo, Cluster, resolve_types};

const NO_TYPE: &str = "You must specify the type of resource to get. Use \"kctl api-resources\" for a complete list of supported resources.\n\nerror: Required resource not specified.\nUse \"kubectl explain <resource>\" for a detailed description of that resource (e.g. kubectl explain pods).\nSee 'kctl get -h' for help and examples";

/// The outcome of a get: objects may have been printed and errors reported.
pub(crate) struct Outcome {
    /// Errors were reported on stderr (exit status 1).
    pub(crate) failed: bool,
}

/// One resolved request: a resource, and the names asked for (none: list).
struct Request {
    res: ApiResourceInfo,
    names: Vec<String>,
}

/// `kctl get`.
pub(crate) async fn run(args: &GetArgs, cx: &mut super::Context<'_>) -> Result<crate::ExitStatus> {
    let cluster = cx.connect().await?;
    let now = cx.now();
    let outcome = get(&cluster, args, cx.out, now).await?;
    Ok(if outcome.failed {
        crate::ExitStatus::Failure
    } else {
        crate::ExitStatus::Success
    })
}

async fn get(cluster: &Cluster, args: &GetArgs, out: &mut dyn Write, now: i64) -> Result<Outcome> {
    if args.watch || args.watch_only {
        return super::watch::run_get(cluster, args, out)
            .await
            .map(|_| Outcome { failed: false });
    }
    let type_args = split_args(&args.args)?;
    if type_args.is_empty() {
        return Err(Error::Plain(NO_TYPE.to_string()));
    }
    if args.all_namespaces && type_args.iter().any(|t| !t.names.is_empty()) {
        return Err(Error::Usage(
            "a resource cannot be retrieved by name across all namespaces".into(),
        ));
    }
    let types: Vec<String> = type_args.iter().map(|t| t.type_name.clone()).collect();
    let resolved = resolve_types(cluster, &types).await?;
    let mut requests: Vec<Request> = Vec::new();
    for (t, rs) in type_args.iter().zip(resolved) {
        for res in rs {
            requests.push(Request {
                res,
                names: t.names.clone(),
            });
        }
    }
    let single = requests.len() == 1 && requests[0].names.len() == 1;
    let namespace = (!args.all_namespaces).then_some(cluster.namespace.as_str());
    let all_namespaced = !args.all_namespaces && requests.iter().all(|r| r.res.namespaced);
    let distinct_types = {
        let mut seen: Vec<(&str, &str)> = requests
            .iter()
            .map(|r| (r.res.group.as_str(), r.res.kind.as_str()))
            .collect();
        seen.sort();
        seen.dedup();
        seen.len()
    };
    let params = ListParams {
        label_selector: args.selector.clone(),
        field_selector: args.field_selector.clone(),
        limit: args.chunk_size,
        continue_token: None,
    };

    // Templates, custom columns and --sort-by need every object before printing.
    if super::get_output::wanted(args) {
        let reqs: Vec<(ApiResourceInfo, Vec<String>)> =
            requests.iter().map(|r| (r.res.clone(), r.names.clone())).collect();
        let ctx = super::get_output::Context {
            namespace,
            all_namespaced,
            single,
            distinct_types,
            params: &params,
            now,
        };
        return super::get_output::run(cluster, args, &reqs, &ctx, out).await;
    }
    let format = match args.output.as_ref().and_then(|o| o.simple()) {
        None => Format::Table,
        Some(OutputFormat::Wide) => Format::Wide,
        Some(OutputFormat::Json) => Format::Json,
        Some(OutputFormat::Yaml) => Format::Yaml,
        Some(OutputFormat::Name) => Format::Name,
    };
    let mut errors = Deferred::new(args.ignore_not_found);

    if matches!(format, Format::Table | Format::Wide) {
        let opts = TableOptions {
            wide: format == Format::Wide,
            no_headers: args.no_headers,
            with_namespace: args.all_namespaces,
            with_kind: args.show_kind || distinct_types > 1,
            show_labels: args.show_labels,
        };
        let mut printer =
            TablePrinter::new(opts).with_label_columns(crate::output::columns::label_keys(&args.label_columns));
        let mut rows = 0usize;
        for req in &requests {
            printer.begin(&req.res);
            if req.names.is_empty() {
                let mut pages = Pages::new(cluster, &req.res, namespace, &params, ACCEPT_TABLE);
                while let Some(bytes) = next_or_report(&mut pages, &mut errors).await? {
                    let (page, _) = parse_table(&bytes, now)?;
                    rows += page.rows.len();
                    printer.page(page);
                }
            } else {
                for name in &req.names {
                    match get_object(cluster, &req.res, namespace, name, ACCEPT_TABLE).await {
                        Ok(bytes) => {
                            let (page, _) = parse_table(&bytes, now)?;
                            rows += page.rows.len();
                            printer.page(page);
                        }
                        Err(e) => errors.report(e)?,
                    }
                }
            }
            printer.end(out).map_err(io_err)?;
        }
        out.flush().map_err(io_err)?;
        let failed = errors.flush();
        if rows == 0 && !failed && !args.ignore_not_found && requests.iter().all(|r| r.names.is_empty()) {
            if all_namespaced {
                eprintln!("No resources found in {} namespace.", cluster.namespace);
            } else {
                eprintln!("No resources found");
            }
        }
        return Ok(Outcome { failed });
    }

    let mut printer = ObjectPrinter::new(format, single, args.show_managed_fields);
    for req in &requests {
        if req.names.is_empty() {
            let mut pages = Pages::new(cluster, &req.res, namespace, &params, ACCEPT_JSON);
            while let Some(bytes) = next_or_report(&mut pages, &mut errors).await? {
                // Items stay raw slices of the page; each becomes a Value only while it is
                // printed, so a page is never held as a tree.
                let list: ListPage = serde_json::from_slice(&bytes).map_err(decode_err)?;
                for raw in list.items {
                    let mut item: Value = serde_json::from_str(raw.get()).map_err(decode_err)?;
                    set_type_meta(&mut item, &req.res);
                    printer.item(out, item, &req.res).map_err(io_err)?;
                }
                out.flush().map_err(io_err)?;
            }
        } else {
            for name in &req.names {
                match get_object(cluster, &req.res, namespace, name, ACCEPT_JSON).await {
                    Ok(bytes) => {
                        let mut obj: Value = serde_json::from_slice(&bytes).map_err(decode_err)?;
                        set_type_meta(&mut obj, &req.res);
                        printer.item(out, obj, &req.res).map_err(io_err)?;
                    }
                    Err(e) => errors.report(e)?,
                }
            }
        }
    }
    // kubectl prints nothing at all when nothing was found and --ignore-not-found is set,
    // and no List around a single named object that failed.
    let failed = errors.any();
    let nothing = printer.written() == 0 && (args.ignore_not_found || (failed && single));
    if !nothing {
        printer.finish(out).map_err(io_err)?;
    }
    out.flush().map_err(io_err)?;
    errors.flush();
    Ok(Outcome { failed })
}

/// The next page; a list the server refused is reported like a missing object (kubectl
/// prints the rest, then the error) and ends this type's pages.
pub(crate) async fn next_or_report(pages: &mut Pages, errors: &mut Deferred) -> Result<Option<bytes::Bytes>> {
    match pages.next_page().await {
        Ok(page) => Ok(page),
        Err(e @ Error::Api(_)) => errors.report(e).map(|_| None),
        Err(e) => Err(e),
    }
}

/// Per-object server errors, printed after the output as kubectl does.
pub(crate) struct Deferred {
    ignore_not_found: bool,
    errors: Vec<String>,
}

impl Deferred {
    pub(crate) fn new(ignore_not_found: bool) -> Deferred {
        Deferred {
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

/// A list page whose items stay raw slices of the response.
#[derive(Deserialize)]
pub(crate) struct ListPage<'a> {
    #[serde(default, borrow)]
    pub(crate) items: Vec<&'a serde_json::value::RawValue>,
}

#[derive(Deserialize, Default)]
struct ListMeta {
    #[serde(rename = "continue")]
    continue_token: Option<String>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct TableWire {
    #[serde(default)]
    kind: String,
    #[serde(default)]
    column_definitions: Vec<ColumnDefinition>,
    #[serde(default)]
    rows: Vec<RowWire>,
    #[serde(default)]
    metadata: ListMeta,
    /// Present when the server answered with a plain list or object instead of a Table.
    #[serde(default)]
    items: Option<Vec<Value>>,
}

#[derive(Deserialize)]
struct ColumnDefinition {
    name: String,
    #[serde(default)]
    priority: i64,
}

#[derive(Deserialize)]
struct RowWire {
    #[serde(default)]
    cells: Vec<Value>,
    #[serde(default)]
    object: Value,
}

/// A Table page and its continue token; a server without Tables gets NAME and AGE.
pub(crate) fn parse_table(bytes: &[u8], now: i64) -> Result<(TablePage, Option<String>)> {
    let wire: TableWire = serde_json::from_slice(bytes).map_err(decode_err)?;
    let cont = wire.metadata.continue_token.filter(|c| !c.is_empty());
    if wire.kind == "Table" {
        let page = TablePage {
            columns: wire
                .column_definitions
                .into_iter()
                .map(|c| (c.name, c.priority))
                .collect(),
            rows: wire.rows.into_iter().map(|r| (r.cells, r.object)).collect(),
        };
        return Ok((page, cont));
    }
    let items = match wire.items {
        Some(items) => items,
        None => vec![serde_json::from_slice(bytes).map_err(decode_err)?],
    };
    Ok((fallback_page(&items, now), cont))
}

/// Items of a list come without `apiVersion` and `kind`; kubectl fills them in.
pub(crate) fn set_type_meta(obj: &mut Value, res: &ApiResourceInfo) {
    if let Some(m) = obj.as_object_mut() {
        m.entry("apiVersion")
            .or_insert_with(|| Value::String(res.api_version()));
        m.entry("kind").or_insert_with(|| Value::String(res.kind.clone()));
    }
}

pub(crate) fn decode_err(e: serde_json::Error) -> Error {
    Error::Decode(format!("cannot decode the server's response: {e}"))
}

/// Output errors travel as `Error::Io` so `main` can treat a closed pipe as success.
fn io_err(e: std::io::Error) -> Error {
    Error::Io(e)
}
