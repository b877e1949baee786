//! Print: the sink for `-o` and the print flags, and the end of a run as kubectl ends it
//! (what is printed when nothing was found, the server errors after the output).

use std::io::Write;

use super::fetch::DeferredErrors;
use super::options::PrintOptions;
use super::plan::Plan;
use crate::error::{Error, Result};
use crate::output::Template;
use crate::output::objects::{ObjectFormat, ObjectPrinter};
use crate::output::sink::{Sink, SinkError, SinkResult, Wants};
use crate::output::sort::Sorted;
use crate::output::spec::{OutputFormat, OutputSpec};
use crate::output::table_printer::{TableOptions, TablePrinter};
use crate::output::template_sinks::{
    ColumnsSink, GoTemplateSink, JsonPathSink, PagedGoTemplateSink, PagedJsonPathSink,
};

/// The sink that prints what `opts` asks for; a template that does not parse is an error.
pub(crate) fn sink(opts: &PrintOptions, plan: &Plan) -> Result<Box<dyn Sink>> {
    let template = Template::from_output(opts.output.as_ref(), opts.allow_missing_template_keys, opts.no_headers)?;
    let format = opts.output.as_ref().and_then(OutputSpec::simple);
    let objects = |format| ObjectPrinter::new(format, plan.single, opts.show_managed_fields);
    Ok(match (template, format) {
        (Some(Template::JsonPath(text, jp)), _) => {
            // A template that reads `.items` one item at a time runs page by page.
            if opts.sort_by.is_none()
                && plan.all_lists()
                && let Some(paged) = jp.paged()
            {
                Box::new(PagedJsonPathSink::new(text, paged)?)
            } else {
                sorted(opts, JsonPathSink::new(text, jp, plan.single))
            }
        }
        (Some(Template::GoTemplate(t)), _) => {
            // A template whose only data access is `{{range .items}}` runs page by page.
            if opts.sort_by.is_none()
                && plan.all_lists()
                && let Some(paged) = t.paged()
            {
                Box::new(PagedGoTemplateSink::new(t, paged))
            } else {
                sorted(opts, GoTemplateSink::new(t, plan.single))
            }
        }
        (Some(Template::Columns(columns)), _) => sorted(opts, ColumnsSink::new(columns)),
        (None, Some(OutputFormat::Json)) => sorted(opts, objects(ObjectFormat::Json)),
        (None, Some(OutputFormat::Yaml)) => sorted(opts, objects(ObjectFormat::Yaml)),
        (None, Some(OutputFormat::Name)) => sorted(opts, objects(ObjectFormat::Name)),
        (None, wide) => Box::new(TablePrinter::new(TableOptions {
            wide: wide == Some(OutputFormat::Wide),
            no_headers: opts.no_headers,
            with_namespace: plan.all_namespaces,
            with_kind: opts.show_kind || plan.distinct_types > 1,
            show_labels: opts.show_labels,
            label_columns: opts.label_columns.clone(),
            sort_by: opts.sort_by.clone(),
        })),
    })
}

/// `sink`, behind `--sort-by` when it is given.
fn sorted(opts: &PrintOptions, sink: impl Sink + 'static) -> Box<dyn Sink> {
    match &opts.sort_by {
        Some(field) => Box::new(Sorted::new(sink, field.clone())),
        None => Box::new(sink),
    }
}

/// End a run whose fetch ended with `fetched`: finish the sink (unless kubectl would print
/// nothing at all), then the server errors, then "No resources found" for an empty table.
/// Whether server errors were printed.
pub(crate) fn finish(
    fetched: SinkResult<()>,
    sink: &mut dyn Sink,
    plan: &Plan,
    errors: &DeferredErrors,
    ignore_not_found: bool,
    out: &mut dyn Write,
) -> Result<bool> {
    let printed = fetched.and_then(|()| {
        // kubectl prints nothing at all when nothing was found and --ignore-not-found is
        // set, and no List around a single named object that failed.
        let nothing = sink.found() == 0 && (ignore_not_found || (errors.any() && plan.single));
        if nothing { Ok(()) } else { sink.finish(out) }
    });
    match printed {
        Ok(()) => {}
        Err(SinkError::Fatal(e)) => return Err(e),
        Err(SinkError::Template { error, errors_first }) => {
            out.flush().map_err(Error::Io)?;
            if errors_first {
                errors.flush();
            }
            return Err(error);
        }
    }
    out.flush().map_err(Error::Io)?;
    let failed = errors.flush();
    let table = matches!(sink.wants(), Wants::Tables | Wants::WholeTables);
    if table && sink.found() == 0 && !failed && !ignore_not_found && plan.all_lists() {
        match plan.namespace_of_every_type() {
            Some(ns) => eprintln!("No resources found in {ns} namespace."),
            None => eprintln!("No resources found"),
        }
    }
    Ok(failed)
}
