//! `get`'s typed options, built once from the command line by `settings`.

use crate::output::spec::OutputSpec;

/// `kctl get`.
#[derive(Debug, Clone, Default)]
pub(crate) struct GetOptions {
    pub(crate) selection: Selection,
    pub(crate) print: PrintOptions,
    /// `--ignore-not-found`.
    pub(crate) ignore_not_found: bool,
    /// `-w` or `--watch-only`: watch instead of printing once.
    pub(crate) watch: Option<GetWatch>,
    /// `-f`: the objects the manifests name instead of the positional arguments.
    pub(crate) files: Option<FileInputs>,
}

/// `get -f PATH... [-R]`.
#[derive(Debug, Clone, Default)]
pub(crate) struct FileInputs {
    pub(crate) paths: Vec<String>,
    pub(crate) recursive: bool,
}

/// Which objects: the positional arguments and the filters (shared with `watch`).
#[derive(Debug, Clone, Default)]
pub(crate) struct Selection {
    /// `TYPE[,TYPE...] [NAME...]` or `TYPE/NAME...`, as given.
    pub(crate) args: Vec<String>,
    /// `-A`.
    pub(crate) all_namespaces: bool,
    /// `-l`.
    pub(crate) label_selector: Option<String>,
    /// `--field-selector`.
    pub(crate) field_selector: Option<String>,
    /// `--chunk-size` (0: one page).
    pub(crate) chunk_size: u32,
}

/// How `get` prints: the `-o` spec and the flags that shape it.
#[derive(Debug, Clone, Default)]
pub(crate) struct PrintOptions {
    /// `-o`, parsed (a bad value is reported once the types are resolved, as kubectl does).
    pub(crate) output: Option<OutputSpec>,
    /// `--sort-by`.
    pub(crate) sort_by: Option<String>,
    /// `-L`, split at commas.
    pub(crate) label_columns: Vec<String>,
    pub(crate) show_kind: bool,
    pub(crate) show_labels: bool,
    pub(crate) no_headers: bool,
    pub(crate) show_managed_fields: bool,
    pub(crate) allow_missing_template_keys: bool,
    /// `--server-print=false`: kubectl's client-side NAME/AGE table, not the server's.
    pub(crate) client_print: bool,
}

/// `get -w`, `get --watch-only`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct GetWatch {
    /// `--watch-only`: skip the current objects.
    pub(crate) only: bool,
    /// `--output-watch-events`.
    pub(crate) events: bool,
}
