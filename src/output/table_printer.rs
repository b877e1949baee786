//! `get`'s tables: the server's `Table` rows of each type, laid out as kubectl lays them
//! out (the layout itself is [`table`](super::table)), with NAMESPACE, kind prefixes, `-L`
//! label columns and LABELS added as kubectl adds them.

use std::io::{self, Write};

use serde_json::Value;

use super::columns::{label_header, label_value};
use super::page::TablePage;
use super::sink::{Sink, SinkResult, Wants};
use super::sort::sort_by_field;
use super::table::{TableBuf, cell_text, format_labels, write_rows};
use crate::resource::ApiResourceInfo;

/// Options of the table forms.
#[derive(Debug, Clone, Default)]
pub(crate) struct TableOptions {
    pub(crate) wide: bool,
    pub(crate) no_headers: bool,
    /// NAMESPACE column (`-A`; shown for namespaced types).
    pub(crate) with_namespace: bool,
    /// `kind/name` in the first column (`--show-kind`, or several types).
    pub(crate) with_kind: bool,
    pub(crate) show_labels: bool,
    /// `-L` label keys, one column each before LABELS.
    pub(crate) label_columns: Vec<String>,
    /// `--sort-by`: each type's rows in the order of this field of their objects.
    pub(crate) sort_by: Option<String>,
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
    /// With `--sort-by`: the type's rows, with their objects, until the type is done.
    unsorted: TablePage,
    /// Rows received, every type.
    rows: usize,
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
            unsorted: TablePage::default(),
            rows: 0,
        }
    }

    /// Turn a page's rows into text cells.
    fn add(&mut self, page: TablePage) {
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
            let row = self.row(&visible, &cells, &object);
            self.buf.push(row);
        }
    }

    fn row(&self, visible: &[usize], cells: &[Value], object: &Value) -> Vec<String> {
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
        for key in &self.opts.label_columns {
            row.push(label_value(object, key));
        }
        if self.opts.show_labels {
            row.push(format_labels(
                object.pointer("/metadata/labels").and_then(Value::as_object),
            ));
        }
        row
    }

    fn header(&self) -> Vec<String> {
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
        header.extend(self.opts.label_columns.iter().map(|k| label_header(k)));
        if self.opts.show_labels {
            header.push("LABELS".to_string());
        }
        header
    }

    /// Write the type's table (nothing when it has no rows).
    fn write(&mut self, w: &mut dyn Write) -> io::Result<()> {
        if self.buf.is_empty() {
            return Ok(());
        }
        let mut rows = std::mem::take(&mut self.buf.rows);
        if !self.opts.no_headers {
            rows.insert(0, self.header());
            if self.wrote_any {
                w.write_all(b"\n")?;
            }
        }
        write_rows(w, &rows)?;
        self.wrote_any = true;
        Ok(())
    }
}

impl Sink for TablePrinter {
    fn wants(&self) -> Wants {
        match self.opts.sort_by {
            Some(_) => Wants::WholeTables,
            None => Wants::Tables,
        }
    }

    fn begin_type(&mut self, res: &ApiResourceInfo) {
        self.columns = None;
        self.buf = TableBuf::default();
        self.kind_prefix = res.kind_prefix();
        self.with_namespace = self.opts.with_namespace && res.namespaced;
    }

    fn table_page(&mut self, _out: &mut dyn Write, page: TablePage) -> SinkResult<()> {
        match self.opts.sort_by {
            Some(_) => self.unsorted.extend(page),
            None => {
                self.rows += page.rows.len();
                self.add(page);
            }
        }
        Ok(())
    }

    fn end_type(&mut self, out: &mut dyn Write) -> SinkResult<()> {
        if let Some(field) = &self.opts.sort_by {
            let mut page = std::mem::take(&mut self.unsorted);
            page.rows = sort_by_field(page.rows, field, |(_, obj)| obj)?;
            self.rows += page.rows.len();
            self.add(page);
        }
        Ok(self.write(out)?)
    }

    fn found(&self) -> usize {
        self.rows
    }

    fn finish(&mut self, _out: &mut dyn Write) -> SinkResult<()> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::output::page::pods;

    fn page(names: &[(&str, &str)]) -> TablePage {
        TablePage {
            columns: vec![("Name".into(), 0), ("Status".into(), 0), ("IP".into(), 1)],
            rows: names
                .iter()
                .map(|(n, ns)| {
                    (
                        vec![json!(n), json!("Running"), json!("10.0.0.1")],
                        json!({"metadata": {"name": n, "namespace": ns, "labels": {"app": "web"}}}),
                    )
                })
                .collect(),
        }
    }

    fn run(opts: TableOptions, pages: Vec<TablePage>) -> String {
        let mut p = TablePrinter::new(opts);
        let mut out = Vec::new();
        p.begin_type(&pods());
        for pg in pages {
            p.table_page(&mut out, pg).unwrap();
        }
        p.end_type(&mut out).unwrap();
        p.finish(&mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn pages_of_a_type_make_one_table() {
        let got = run(
            TableOptions::default(),
            vec![page(&[("a", "x")]), page(&[("long-name", "x")])],
        );
        assert_eq!(got, "NAME        STATUS\na           Running\nlong-name   Running\n");
    }

    #[test]
    fn namespace_kind_labels_and_wide() {
        let opts = TableOptions {
            wide: true,
            with_namespace: true,
            with_kind: true,
            show_labels: true,
            label_columns: vec!["app".into()],
            ..TableOptions::default()
        };
        let got = run(opts, vec![page(&[("a", "ns1")])]);
        assert_eq!(
            got,
            "NAMESPACE   NAME    STATUS    IP         APP   LABELS\nns1         pod/a   Running   10.0.0.1   web   app=web\n"
        );
    }

    #[test]
    fn sorted_rows_wait_for_the_type_and_count() {
        let opts = TableOptions {
            no_headers: true,
            sort_by: Some(".metadata.name".into()),
            ..TableOptions::default()
        };
        let mut p = TablePrinter::new(opts);
        assert_eq!(p.wants(), Wants::WholeTables);
        let mut out = Vec::new();
        p.begin_type(&pods());
        p.table_page(&mut out, page(&[("c", "x"), ("a", "x"), ("b", "x")]))
            .unwrap();
        assert!(out.is_empty());
        p.end_type(&mut out).unwrap();
        assert_eq!(p.found(), 3);
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "a     Running\nb     Running\nc     Running\n"
        );
    }
}
