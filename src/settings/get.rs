//! `get` and `watch`: their flags as typed options. A value that does not parse keeps its
//! error for the verb to report in kubectl's order (after connecting and resolving).

use crate::cli::{GetArgs, OutputFormat as CliFormat, WatchArgs};
use crate::cmd::get::options::{FileInputs, GetOptions, GetWatch, PrintOptions, Selection};
use crate::cmd::watch::{Checked, ForCondition, WatchOptions};
use crate::output::columns::label_keys;
use crate::output::spec::{OutputFormat, OutputSpec};

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
            output: OutputSpec::with_template(args.output.clone(), args.template.as_deref()),
            sort_by: args.sort_by.clone(),
            label_columns: label_keys(&args.label_columns),
            show_kind: args.show_kind,
            show_labels: args.show_labels,
            no_headers: args.no_headers,
            show_managed_fields: args.show_managed_fields,
            allow_missing_template_keys: args.allow_missing_template_keys,
            client_print: !args.server_print,
        },
        ignore_not_found: args.ignore_not_found,
        watch: (args.watch || args.watch_only).then_some(GetWatch {
            only: args.watch_only,
            events: args.output_watch_events,
        }),
        files: (!args.filenames.is_empty()).then(|| FileInputs {
            paths: args.filenames.clone(),
            recursive: args.recursive,
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
        fail_on: Checked::new(args.fail_on.iter().map(|f| ForCondition::parse_fail_on(f)).collect()),
        no_headers: args.no_headers,
        show_labels: args.show_labels,
        show_managed_fields: args.show_managed_fields,
    }
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use clap::Parser;

    use super::*;
    use crate::cli::{Cli, Command};
    use crate::cmd::watch::Condition;
    use crate::error::Error;

    fn command(line: &[&str]) -> Command {
        Cli::try_parse_from(line).expect("parses").command
    }

    fn watch_of(line: &[&str]) -> WatchOptions {
        match command(line) {
            Command::Watch(args) => watch(&args),
            other => panic!("{other:?}"),
        }
    }

    fn get_of(line: &[&str]) -> GetOptions {
        match command(line) {
            Command::Get(args) => get(&args),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn watch_flags_parse_once_and_bad_values_wait_for_the_verb() {
        let ok = watch_of(&["kctl", "watch", "pods", "--timeout=1m", "--for=delete", "-o", "name"]);
        assert_eq!(*ok.timeout.get().unwrap(), Some(Duration::from_secs(60)));
        assert_eq!(
            ok.condition.get().unwrap().as_ref().unwrap().condition,
            Condition::Delete
        );
        assert_eq!(ok.format, Some(OutputFormat::Name));
        let bad = watch_of(&["kctl", "watch", "pods", "--timeout=soon", "--for=ready"]);
        let Err(Error::Usage(timeout)) = bad.timeout.get() else {
            panic!()
        };
        let Err(Error::Usage(expected)) = crate::time::parse_duration("soon") else {
            panic!()
        };
        assert_eq!(timeout, expected);
        let Err(Error::Usage(cond)) = bad.condition.get() else {
            panic!()
        };
        assert!(cond.starts_with("unrecognized condition: \"ready\""), "{cond}");
        let none = watch_of(&["kctl", "watch", "pods"]);
        assert!(none.timeout.get().unwrap().is_none() && none.condition.get().unwrap().is_none());
    }

    #[test]
    fn get_selection_print_flags_and_watch_mode() {
        let o = get_of(&[
            "kctl",
            "get",
            "pods",
            "-A",
            "-l",
            "a=b",
            "-L",
            "x,y",
            "-L",
            "z",
            "--chunk-size=7",
        ]);
        assert_eq!(o.selection.args, ["pods"]);
        assert!(o.selection.all_namespaces);
        assert_eq!(o.selection.label_selector.as_deref(), Some("a=b"));
        assert_eq!(o.selection.chunk_size, 7);
        assert_eq!(o.print.label_columns, ["x", "y", "z"]);
        assert!(o.print.allow_missing_template_keys);
        assert_eq!(o.watch, None);
        let w = get_of(&["kctl", "get", "pods", "-w", "--watch-only", "--output-watch-events"]);
        assert_eq!(
            w.watch,
            Some(GetWatch {
                only: true,
                events: true
            })
        );
        let plain = get_of(&["kctl", "get", "pods", "--output-watch-events"]);
        assert_eq!(plain.watch, None);
    }
}
