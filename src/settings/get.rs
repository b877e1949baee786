//! `get` and `watch`: their flags as typed options. A value that does not parse keeps its
//! error for the verb to report in kubectl's order (after connecting and resolving).

use crate::cli::{GetArgs, OutputFormat as CliFormat, WatchArgs};
use crate::cmd::get::options::{GetOptions, GetWatch, PrintOptions, Selection};
use crate::cmd::watch::{Checked, ForCondition, WatchOptions};
use crate::output::columns::label_keys;
use crate::output::spec::OutputFormat;

/// The object selection; its flags are named alike in `GetArgs` and `WatchArgs`.
macro_rules! selection {
    ($args:expr) => {
        Selection {
            args: $args.args.clone(),
            all_namespaces: $args.all_namespaces,
            label_selector: $args.selector.clone(),
            field_selector: $args.field_selector.clone(),
            chunk_size: $args.chunk_size,
        }
    };
}

/// `kctl get`.
pub(crate) fn get(args: &GetArgs) -> GetOptions {
    GetOptions {
        selection: selection!(args),
        print: PrintOptions {
            output: args.output.clone(),
            sort_by: args.sort_by.clone(),
            label_columns: label_keys(&args.label_columns),
            show_kind: args.show_kind,
            show_labels: args.show_labels,
            no_headers: args.no_headers,
            show_managed_fields: args.show_managed_fields,
            allow_missing_template_keys: args.allow_missing_template_keys,
        },
        ignore_not_found: args.ignore_not_found,
        watch: (args.watch || args.watch_only).then_some(GetWatch {
            only: args.watch_only,
            events: args.output_watch_events,
        }),
    }
}

/// `kctl watch`.
pub(crate) fn watch(args: &WatchArgs) -> WatchOptions {
    WatchOptions {
        selection: selection!(args),
        format: args.output.map(|f| match f {
            CliFormat::Wide => OutputFormat::Wide,
            CliFormat::Yaml => OutputFormat::Yaml,
            CliFormat::Json => OutputFormat::Json,
            CliFormat::Name => OutputFormat::Name,
        }),
        watch_only: args.watch_only,
        timeout: Checked::new(match &args.timeout {
            Some(t) => crate::time::parse_duration(t),
            None => Ok(None),
        }),
        condition: Checked::new(args.for_condition.as_deref().map(ForCondition::parse).transpose()),
        no_headers: args.no_headers,
        show_labels: args.show_labels,
        show_managed_fields: args.show_managed_fields,
    }
}
