//! Renderers: everything that writes to stdout lives here. Commands hand objects, pages
//! and table rows to a printer as they arrive; printers write to a `&mut dyn Write`.
pub(crate) mod age;
pub(crate) mod columns;
pub(crate) mod escape;
pub(crate) mod json;
pub(crate) mod jsonpath;
pub(crate) mod spec;
pub(crate) mod table;
pub(crate) mod watch;
pub(crate) mod yaml;

use std::io::{self, Write};

use serde_json::Value;

use crate::resource::ApiResourceInfo;
use table::{TableBuf, cell_text, format_labels};

/// A `-o jsonpath=...` or `-o custom-columns=...` template, parsed.
pub(crate) enum Template {
    /// The template's text (for error messages) and the parsed template.
    JsonPath(String, jsonpath::JsonPath),
    Columns(columns::CustomColumns),
}

impl Template {
    /// The template an `-o` value asks for (`None` for the plain formats), with kubectl's
    /// errors for a template that does not parse or a file that cannot be read.
    pub(crate) fn from_output(
        output: Option<&spec::OutputSpec>,
        allow_missing_keys: bool,
        no_headers: bool,
    ) -> crate::error::Result<Option<Template>> {
        use crate::error::Error;
        use spec::OutputSpec as Output;
        let jsonpath = |text: String, as_json: bool| -> crate::error::Result<Option<Template>> {
            let jp = jsonpath::JsonPath::parse(&text)
                .map_err(|e| Error::Plain(format!("error: error parsing jsonpath {text}, {e}")))?
                .allow_missing_keys(allow_missing_keys)
                .json_output(as_json);
            Ok(Some(Template::JsonPath(text, jp)))
        };
        let read = |path: &str, what: &str| {
            std::fs::read_to_string(path)
                .map_err(|e| Error::Plain(format!("error: error reading {what} {path}, {}", open_error(path, &e))))
        };
        match output {
            None | Some(Output::Simple(_)) => Ok(None),
            Some(Output::JsonPath { template, as_json }) => jsonpath(template.clone(), *as_json),
            Some(Output::JsonPathFile(path)) => jsonpath(read(path, "--template")?, false),
            Some(Output::CustomColumns(spec)) => columns::CustomColumns::from_spec(spec, no_headers)
                .map(|c| Some(Template::Columns(c)))
                .map_err(Error::Usage),
            Some(Output::CustomColumnsFile(path)) => {
                columns::CustomColumns::from_template(&read(path, "template")?, no_headers)
                    .map(|c| Some(Template::Columns(c)))
                    .map_err(Error::Usage)
            }
            Some(Output::Invalid(msg)) => Err(Error::Usage(msg.clone())),
        }
    }
}

/// Go's `os.Open` error text for a file that cannot be read.
fn open_error(path: &str, e: &std::io::Error) -> String {
    let why = match e.kind() {
        std::io::ErrorKind::NotFound => "no such file or directory".to_string(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        std::io::ErrorKind::IsADirectory => "is a directory".to_string(),
        _ => e.to_string(),
    };
    format!("open {path}: {why}")
}

/// How objects are printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Format {
    Table,
    Wide,
    Json,
    Yaml,
    Name,
}

/// Prints whole objects (json, yaml, name) one at a time, wrapping several in kubectl's
/// `kind: List` without holding them: memory stays flat whatever the number of objects.
pub(crate) struct ObjectPrinter {
    format: Format,
    /// One named object was asked for: print it alone, not in a List.
    single: bool,
    show_managed_fields: bool,
    written: usize,
}

impl ObjectPrinter {
    pub(crate) fn new(format: Format, single: bool, show_managed_fields: bool) -> Self {
        ObjectPrinter {
            format,
            single,
            show_managed_fields,
            written: 0,
        }
    }

    /// Objects printed so far.
    pub(crate) fn written(&self) -> usize {
        self.written
    }

    /// Print one object of resource `res`.
    pub(crate) fn item(&mut self, w: &mut dyn Write, mut obj: Value, res: &ApiResourceInfo) -> io::Result<()> {
        if !self.show_managed_fields
            && let Some(meta) = obj.get_mut("metadata").and_then(Value::as_object_mut)
        {
            meta.remove("managedFields");
        }
        let first = self.written == 0;
        self.written += 1;
        match self.format {
            Format::Name => {
                let name = obj
                    .pointer("/metadata/name")
                    .and_then(Value::as_str)
                    .unwrap_or_default();
                writeln!(w, "{}/{}", res.kind_prefix(), escape::for_terminal(name))
            }
            Format::Json if self.single => json::write_json(w, &obj),
            Format::Yaml if self.single => yaml::write_yaml(w, &obj),
            Format::Json => {
                if first {
                    json::list_begin(w)?;
                }
                json::list_item(w, &obj, first)
            }
            Format::Yaml => {
                if first {
                    yaml::list_begin(w)?;
                }
                yaml::list_item(w, &obj, first)
            }
            Format::Table | Format::Wide => unreachable!("tables go through TablePrinter"),
        }
    }

    /// Close the List (an empty one when nothing was printed), as kubectl does.
    pub(crate) fn finish(&mut self, w: &mut dyn Write) -> io::Result<()> {
        match self.format {
            Format::Json if !(self.single && self.written == 1) => {
                if self.written == 0 {
                    json::list_begin(w)?;
                }
                json::list_end(w, self.written == 0)
            }
            Format::Yaml if !(self.single && self.written == 1) => {
                if self.written == 0 {
                    yaml::list_begin(w)?;
                }
                yaml::list_end(w, self.written == 0)
            }
            _ => Ok(()),
        }
    }
}

/// Options of the table forms.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct TableOptions {
    pub(crate) wide: bool,
    pub(crate) no_headers: bool,
    pub(crate) with_namespace: bool,
    pub(crate) with_kind: bool,
    pub(crate) show_labels: bool,
}

/// One server-side `Table` page, or a plain list when the server has no Table for it.
#[derive(Debug, Default)]
pub(crate) struct TablePage {
    /// Column names and priorities (from the first page that has them).
    pub(crate) columns: Vec<(String, i64)>,
    /// Cells and partial object metadata of each row.
    pub(crate) rows: Vec<(Vec<Value>, Value)>,
}

/// Gathers the rows of one resource type (all its pages, so columns align as kubectl's do)
/// and keeps only their text cells; writes the table when the type is done.
pub(crate) struct TablePrinter {
    opts: TableOptions,
    /// NAMESPACE column for this type: asked for (`-A`) and the type is namespaced.
    with_namespace: bool,
    columns: Option<Vec<(String, i64)>>,
    buf: TableBuf,
    kind_prefix: String,
    /// Whether anything has been written, for the blank line between tables.
    wrote_any: bool,
    /// `-L` label keys, one column each before LABELS.
    label_columns: Vec<String>,
}

impl TablePrinter {
    pub(crate) fn new(opts: TableOptions) -> Self {
        TablePrinter {
            opts,
            with_namespace: false,
            columns: None,
            buf: TableBuf::default(),
            kind_prefix: String::new(),
            wrote_any: false,
            label_columns: Vec::new(),
        }
    }

    /// Add a column per label key (`-L`).
    pub(crate) fn with_label_columns(mut self, keys: Vec<String>) -> Self {
        self.label_columns = keys;
        self
    }

    /// Start a new resource type.
    pub(crate) fn begin(&mut self, res: &ApiResourceInfo) {
        self.columns = None;
        self.buf = TableBuf::default();
        self.kind_prefix = res.kind_prefix();
        self.with_namespace = self.opts.with_namespace && res.namespaced;
    }

    /// Add a page of rows.
    pub(crate) fn page(&mut self, page: TablePage) {
        if self.columns.is_none() && !page.columns.is_empty() {
            self.columns = Some(page.columns);
        }
        let Some(cols) = &self.columns else { return };
        let visible: Vec<usize> = cols
            .iter()
            .enumerate()
            .filter(|(_, (_, p))| self.opts.wide || *p == 0)
            .map(|(i, _)| i)
            .collect();
        for (cells, object) in page.rows {
            let mut row = Vec::with_capacity(visible.len() + 2);
            if self.with_namespace {
                row.push(
                    object
                        .pointer("/metadata/namespace")
                        .and_then(Value::as_str)
                        .unwrap_or_default()
                        .to_string(),
                );
            }
            for (n, &i) in visible.iter().enumerate() {
                let text = cells.get(i).map(cell_text).unwrap_or_default();
                if n == 0 && self.opts.with_kind {
                    row.push(format!("{}/{}", self.kind_prefix, text));
                } else {
                    row.push(text);
                }
            }
            for key in &self.label_columns {
                row.push(columns::label_value(&object, key));
            }
            if self.opts.show_labels {
                row.push(format_labels(
                    object.pointer("/metadata/labels").and_then(Value::as_object),
                ));
            }
            self.buf.push(row);
        }
    }

    /// Write the type's table (nothing when it has no rows).
    pub(crate) fn end(&mut self, w: &mut dyn Write) -> io::Result<()> {
        if self.buf.is_empty() {
            return Ok(());
        }
        let mut rows = std::mem::take(&mut self.buf.rows);
        if !self.opts.no_headers {
            let cols = self.columns.as_deref().unwrap_or_default();
            let mut header = Vec::with_capacity(cols.len() + 2);
            if self.with_namespace {
                header.push("NAMESPACE".to_string());
            }
            header.extend(
                cols.iter()
                    .filter(|(_, p)| self.opts.wide || *p == 0)
                    .map(|(n, _)| n.to_uppercase()),
            );
            header.extend(self.label_columns.iter().map(|k| columns::label_header(k)));
            if self.opts.show_labels {
                header.push("LABELS".to_string());
            }
            rows.insert(0, header);
            if self.wrote_any {
                w.write_all(b"\n")?;
            }
        }
        table::write_rows(w, &rows)?;
        self.wrote_any = true;
        Ok(())
    }
}

/// Rows for a list the server returned without a Table: kubectl's NAME and AGE.
pub(crate) fn fallback_page(items: &[Value], now: i64) -> TablePage {
    TablePage {
        columns: vec![("Name".into(), 0), ("Age".into(), 0)],
        rows: items
            .iter()
            .map(|obj| {
                let name = obj
                    .pointer("/metadata/name")
                    .cloned()
                    .unwrap_or(Value::String(String::new()));
                let created = obj.pointer("/metadata/creationTimestamp").and_then(Value::as_str);
                (vec![name, Value::String(age::age(created, now))], obj.clone())
            })
            .collect(),
    }
}
