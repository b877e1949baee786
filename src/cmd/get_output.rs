//! The `get` output forms that need every object before printing: `-o jsonpath=...`,
//! `-o jsonpath-file=`, `-o jsonpath-as-json=`, `-o custom-columns[-file]=`, and
//! `--sort-by` on any format. Tables sorted by a field are fetched as kubectl fetches them:
//! one request per type with `includeObject=Object`, then the rows sorted by their objects.

use std::io::Write;

use serde_json::{Value, json};

use super::get::{Deferred, ListPage, Outcome, decode_err, next_or_report, parse_table, set_type_meta};
use crate::cli::{GetArgs, Output, OutputFormat};
use crate::error::{Error, Result};
use crate::output::columns::{ColumnsError, CustomColumns, Rows, SortError, label_keys, sort_order};
use crate::output::jsonpath::{ExecError, JsonPath, Paged, execution_error};
use crate::output::{Format, ObjectPrinter, TableOptions, TablePage, TablePrinter, Template};
use crate::resource::api::{ListParams, Pages, get_object};
use crate::resource::http::{ACCEPT_JSON, ACCEPT_TABLE};
use crate::resource::request::Request;
use crate::resource::{ApiResourceInfo, Cluster};

/// Whether `get` must gather all objects first (this module's job).
pub(crate) fn wanted(args: &GetArgs) -> bool {
    args.sort_by.is_some() || matches!(&args.output, Some(o) if o.simple().is_none())
}

/// What `get` has worked out about the request.
pub(crate) struct Context<'a> {
    pub(crate) namespace: Option<&'a str>,
    pub(crate) all_namespaced: bool,
    pub(crate) single: bool,
    pub(crate) distinct_types: usize,
    pub(crate) params: &'a ListParams,
    pub(crate) now: i64,
}

/// How the gathered objects are printed.
enum Printer {
    Table { wide: bool },
    Objects(Format),
    JsonPath { template: String, jp: JsonPath },
    Columns(CustomColumns),
}

fn printer(args: &GetArgs) -> Result<Printer> {
    let template = Template::from_output(args.output.as_ref(), args.allow_missing_template_keys, args.no_headers)?;
    Ok(match (template, &args.output) {
        (Some(Template::JsonPath(template, jp)), _) => Printer::JsonPath { template, jp },
        (Some(Template::Columns(c)), _) => Printer::Columns(c),
        (None, Some(Output::Simple(OutputFormat::Wide))) => Printer::Table { wide: true },
        (None, Some(Output::Simple(OutputFormat::Json))) => Printer::Objects(Format::Json),
        (None, Some(Output::Simple(OutputFormat::Yaml))) => Printer::Objects(Format::Yaml),
        (None, Some(Output::Simple(OutputFormat::Name))) => Printer::Objects(Format::Name),
        (None, _) => Printer::Table { wide: false },
    })
}

fn sort_error(e: SortError) -> Error {
    Error::Usage(e.message())
}

pub(crate) async fn run(
    cluster: &Cluster,
    args: &GetArgs,
    requests: &[(ApiResourceInfo, Vec<String>)],
    ctx: &Context<'_>,
    out: &mut dyn Write,
) -> Result<Outcome> {
    let printer = printer(args)?;
    let mut errors = Deferred::new(args.ignore_not_found);

    if let Printer::Table { wide } = printer {
        let opts = TableOptions {
            wide,
            no_headers: args.no_headers,
            with_namespace: args.all_namespaces,
            with_kind: args.show_kind || ctx.distinct_types > 1,
            show_labels: args.show_labels,
        };
        let mut table = TablePrinter::new(opts).with_label_columns(label_keys(&args.label_columns));
        let mut rows = 0usize;
        for (res, names) in requests {
            let mut page = TablePage::default();
            let mut add = |bytes: &[u8]| -> Result<()> {
                let (p, _) = parse_table(bytes, ctx.now)?;
                if page.columns.is_empty() {
                    page.columns = p.columns;
                }
                page.rows.extend(p.rows);
                Ok(())
            };
            if names.is_empty() {
                // One request, as kubectl's: sorting needs the whole list.
                let request = Request::collection(res, ctx.namespace).selectors(ctx.params);
                let bytes = request.include_object().accept(ACCEPT_TABLE).send(cluster).await?;
                add(&bytes)?;
            } else {
                for name in names {
                    let request = Request::object(res, ctx.namespace, name).include_object();
                    match request.accept(ACCEPT_TABLE).send(cluster).await {
                        Ok(bytes) => add(&bytes)?,
                        Err(e) => errors.report(e)?,
                    }
                }
            }
            if let Some(field) = &args.sort_by {
                let objs: Vec<&Value> = page.rows.iter().map(|(_, o)| o).collect();
                if !objs.is_empty() {
                    let order = sort_order(&objs, field).map_err(sort_error)?;
                    let mut taken: Vec<Option<(Vec<Value>, Value)>> = page.rows.drain(..).map(Some).collect();
                    page.rows = order.iter().filter_map(|&i| taken[i].take()).collect();
                }
            }
            rows += page.rows.len();
            table.begin(res);
            table.page(page);
            table.end(out).map_err(Error::Io)?;
        }
        out.flush().map_err(Error::Io)?;
        let failed = errors.flush();
        if rows == 0 && !failed && !args.ignore_not_found && requests.iter().all(|(_, n)| n.is_empty()) {
            if ctx.all_namespaced {
                eprintln!("No resources found in {} namespace.", cluster.namespace);
            } else {
                eprintln!("No resources found");
            }
        }
        return Ok(Outcome { failed });
    }

    // A template that reads `.items` one item at a time runs page by page (see `Paged`).
    if let Printer::JsonPath { template, jp } = &printer
        && args.sort_by.is_none()
        && requests.iter().all(|(_, names)| names.is_empty())
        && let Some(paged) = jp.paged()
    {
        return run_paged(cluster, args, requests, ctx, template, &paged, errors, out).await;
    }

    // Custom columns keep each object's row text, not the object (unless sorting).
    let mut rows = match &printer {
        Printer::Columns(cc) if args.sort_by.is_none() => Some(Rows::new(cc)),
        _ => None,
    };
    // Every object, in request order, with its resource.
    let mut items: Vec<(Value, usize)> = Vec::new();
    let mut keep = |obj: Value, ri: usize| match &mut rows {
        Some(rows) => rows.add(&obj),
        None => items.push((obj, ri)),
    };
    for (ri, (res, names)) in requests.iter().enumerate() {
        if names.is_empty() {
            let mut pages = Pages::new(cluster, res, ctx.namespace, ctx.params, ACCEPT_JSON);
            while let Some(bytes) = next_or_report(&mut pages, &mut errors).await? {
                for item in page_items(&bytes, res)? {
                    keep(item, ri);
                }
            }
        } else {
            for name in names {
                match get_object(cluster, res, ctx.namespace, name, ACCEPT_JSON).await {
                    Ok(bytes) => {
                        let mut obj: Value = serde_json::from_slice(&bytes).map_err(decode_err)?;
                        set_type_meta(&mut obj, res);
                        keep(obj, ri);
                    }
                    Err(e) => errors.report(e)?,
                }
            }
        }
    }
    if let Some(field) = &args.sort_by
        && !items.is_empty()
    {
        let objs: Vec<&Value> = items.iter().map(|(o, _)| o).collect();
        let order = sort_order(&objs, field).map_err(sort_error)?;
        let mut taken: Vec<Option<(Value, usize)>> = items.drain(..).map(Some).collect();
        items = order.iter().filter_map(|&i| taken[i].take()).collect();
    }
    let failed = errors.any();
    // kubectl prints nothing at all when nothing was found and --ignore-not-found is set,
    // and nothing for a single named object that failed.
    let found = items.len() + rows.as_ref().map_or(0, |r| r.count);
    let nothing = found == 0 && (args.ignore_not_found || (failed && ctx.single));
    if !nothing {
        match &printer {
            Printer::Table { .. } => unreachable!("tables are printed above"),
            Printer::Objects(format) => {
                let mut p = ObjectPrinter::new(*format, ctx.single, args.show_managed_fields);
                for (obj, ri) in items {
                    p.item(out, obj, &requests[ri].0).map_err(Error::Io)?;
                }
                p.finish(out).map_err(Error::Io)?;
            }
            Printer::JsonPath { template, jp } => {
                let data = as_printed(items, ctx.single);
                match jp.execute(out, &data) {
                    Ok(()) => {}
                    Err(ExecError::Io(e)) => return Err(Error::Io(e)),
                    Err(ExecError::Template(e)) => {
                        out.flush().map_err(Error::Io)?;
                        errors.flush();
                        return Err(Error::Plain(execution_error(template, &e, &data)));
                    }
                }
            }
            Printer::Columns(cc) => {
                let result = match rows {
                    Some(rows) => rows.print(out),
                    None => cc.print(out, items.iter().map(|(o, _)| o)),
                };
                match result {
                    Ok(()) => {}
                    Err(ColumnsError::Io(e)) => return Err(Error::Io(e)),
                    Err(ColumnsError::Template(e)) => {
                        out.flush().map_err(Error::Io)?;
                        return Err(Error::Usage(e));
                    }
                }
            }
        }
    }
    out.flush().map_err(Error::Io)?;
    errors.flush();
    Ok(Outcome { failed })
}

/// A page's items, each parsed from its raw slice and given its apiVersion and kind.
fn page_items(bytes: &[u8], res: &ApiResourceInfo) -> Result<Vec<Value>> {
    let list: ListPage = serde_json::from_slice(bytes).map_err(decode_err)?;
    list.items
        .into_iter()
        .map(|raw| {
            let mut item: Value = serde_json::from_str(raw.get()).map_err(decode_err)?;
            set_type_meta(&mut item, res);
            Ok(item)
        })
        .collect()
}

/// `-o jsonpath` page by page, one object at a time: the text before the section goes out
/// with the first page's output, each page's output as soon as it is computed, the text
/// after at the end. A
/// template error stops at the page where it happened: the pages before it were printed
/// (kubectl, holding the whole list, prints nothing), and the error shows that page's list.
#[allow(clippy::too_many_arguments)]
async fn run_paged(
    cluster: &Cluster,
    args: &GetArgs,
    requests: &[(ApiResourceInfo, Vec<String>)],
    ctx: &Context<'_>,
    template: &str,
    paged: &Paged,
    mut errors: Deferred,
    out: &mut dyn Write,
) -> Result<Outcome> {
    let fail = |out: &mut dyn Write, errors: &Deferred, e: String, data: &Value| -> Result<Outcome> {
        out.flush().map_err(Error::Io)?;
        errors.flush();
        Err(Error::Plain(execution_error(template, &e, data)))
    };
    let head = paged.head().map_err(Error::Plain)?;
    let mut printed = false;
    let mut ran = false;
    let mut more = true;
    for (res, _) in requests {
        if !more {
            break;
        }
        let mut pages = Pages::new(cluster, res, ctx.namespace, ctx.params, ACCEPT_JSON);
        while more && let Some(bytes) = next_or_report(&mut pages, &mut errors).await? {
            let list: ListPage = serde_json::from_slice(&bytes).map_err(decode_err)?;
            if list.items.is_empty() {
                continue;
            }
            // One object at a time (the section reads nothing else); the page's text goes
            // out only when all of it worked, so a failing page prints nothing.
            let mut text = if ran { Vec::new() } else { head.clone() };
            for raw in &list.items {
                let mut item: Value = serde_json::from_str(raw.get()).map_err(decode_err)?;
                set_type_meta(&mut item, res);
                let one = json!({ "items": [item] });
                match paged.page(&mut text, &one, &mut printed) {
                    Ok(true) => {}
                    Ok(false) => {
                        more = false;
                        break;
                    }
                    Err(e) => {
                        let data = as_printed(page_items(&bytes, res)?.into_iter().map(|o| (o, 0)).collect(), false);
                        return fail(out, &errors, e, &data);
                    }
                }
            }
            ran = true;
            out.write_all(&text).map_err(Error::Io)?;
            out.flush().map_err(Error::Io)?;
        }
    }
    if !ran {
        // Nothing found: the template runs once on an empty list, as kubectl's would.
        if args.ignore_not_found {
            errors.flush();
            return Ok(Outcome { failed: errors.any() });
        }
        let data = as_printed(Vec::new(), false);
        let mut text = head;
        if let Err(e) = paged.page(&mut text, &data, &mut printed) {
            return fail(out, &errors, e, &data);
        }
        out.write_all(&text).map_err(Error::Io)?;
    }
    out.write_all(&paged.tail().map_err(Error::Plain)?).map_err(Error::Io)?;
    out.flush().map_err(Error::Io)?;
    let failed = errors.flush();
    Ok(Outcome { failed })
}

/// What kubectl hands a template: the object itself when one was named, else a `List`.
fn as_printed(items: Vec<(Value, usize)>, single: bool) -> Value {
    if single && items.len() == 1 {
        return items.into_iter().next().map(|(o, _)| o).unwrap_or_default();
    }
    json!({
        "apiVersion": "v1",
        "items": items.into_iter().map(|(o, _)| o).collect::<Vec<_>>(),
        "kind": "List",
        "metadata": {"resourceVersion": ""},
    })
}
