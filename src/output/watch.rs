//! Watch events as text, each written whole and flushed by the caller at once.
//!
//! * Tables: the server's Table rows, the header once (with the first row), an optional
//!   EVENT column first. As kubectl does, each batch of rows is laid out on its own but the
//!   column widths are remembered and only grow (Go's tabwriter with `RememberWidths`), so
//!   later rows line up with earlier ones as far as they can.
//! * JSON: an event per line, `{"type":"ADDED","object":{...}}`, or (kubectl's `get -w -o
//!   json`) each object indented.
//! * YAML: a document per event (`object:` and `type:`, or the object alone), `---` between.
//! * Names: `ADDED pod/x`, or `pod/x` as kubectl's `get -w -o name` prints.

use std::io::{self, Write};

use serde_json::{Map, Value};

pub(crate) use super::Template;
use super::columns::tabwrite_remembering;
use super::jsonpath::{ExecError, execution_error};
use super::table::{cell_text, format_labels};
use super::template::GoTemplateError;
use super::{escape, json, yaml};
use crate::error::{Error, Result};

const MIN_WIDTH: usize = 6;
const PADDING: usize = 3;

/// How events are printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum WatchFormat {
    /// Table rows; `wide` shows every column.
    Table {
        wide: bool,
    },
    /// `compact`: one line per event or object; else each object indented (kubectl's `-o json`).
    Json {
        compact: bool,
    },
    Yaml,
    Name,
}

/// Options of a [`WatchPrinter`].
#[derive(Debug, Clone, Copy)]
pub(crate) struct WatchPrintOptions {
    pub(crate) format: WatchFormat,
    /// Show the event type: EVENT column, `{"type":...,"object":...}`, `ADDED pod/x`.
    pub(crate) events: bool,
    /// `-o name` with `events`: print the type too (kubectl's `get -w` never does).
    pub(crate) name_with_event: bool,
    pub(crate) no_headers: bool,
    /// NAMESPACE column (`-A` on a namespaced type).
    pub(crate) with_namespace: bool,
    pub(crate) show_labels: bool,
    pub(crate) show_managed_fields: bool,
}

/// Prints a stream of events of one resource type.
pub(crate) struct WatchPrinter {
    opts: WatchPrintOptions,
    template: Option<Template>,
    kind_prefix: String,
    /// Remembered column widths (table).
    widths: Vec<usize>,
    header_done: bool,
    /// Documents written (YAML separators).
    docs: usize,
    /// Printing the first list (kubectl words a template's failure on it differently).
    first_list: bool,
}

/// One event to print: its type and the object (JSON modes) or Table row (table mode).
pub(crate) struct EventView<'a> {
    pub(crate) kind: &'a str,
    pub(crate) item: &'a Value,
    /// Table mode, and the server had no Table for the type: `item` is `{"object": ...}`
    /// without cells, printed as kubectl's NAME and AGE.
    pub(crate) no_row: bool,
}

impl WatchPrinter {
    pub(crate) fn new(opts: WatchPrintOptions, kind_prefix: String) -> Self {
        WatchPrinter {
            opts,
            template: None,
            kind_prefix,
            widths: Vec::new(),
            header_done: false,
            docs: 0,
            first_list: false,
        }
    }

    /// Whether the events printed next are the first list (the objects that existed when
    /// the watch began) rather than changes.
    pub(crate) fn first_list(&mut self, yes: bool) {
        self.first_list = yes;
    }

    /// Print every object through `template` (the objects must be whole, not Table rows).
    pub(crate) fn with_template(mut self, template: Template) -> Self {
        self.template = Some(template);
        self
    }

    /// Print a batch of events (the first list is one batch, laid out as one table block).
    /// `columns` are the Table's column definitions (table mode); `now` (seconds since the
    /// epoch) dates the AGE of rows the server sent no cells for.
    pub(crate) fn print(
        &mut self,
        w: &mut dyn Write,
        events: &[EventView<'_>],
        columns: Option<&Value>,
        now: i64,
    ) -> Result<()> {
        if events.is_empty() {
            return Ok(());
        }
        if self.template.is_some() {
            return self.print_template(w, events);
        }
        self.print_plain(w, events, columns, now).map_err(Error::Io)
    }

    fn print_template(&mut self, w: &mut dyn Write, events: &[EventView<'_>]) -> Result<()> {
        // kubectl's go-template sees managedFields (only its JSON and YAML printers drop them).
        let whole = matches!(self.template, Some(Template::GoTemplate(_)));
        let data: Vec<Value> = events
            .iter()
            .map(|ev| {
                let obj = if whole { ev.item.clone() } else { self.object(ev.item) };
                if self.opts.events {
                    serde_json::json!({"type": ev.kind, "object": obj})
                } else {
                    obj
                }
            })
            .collect();
        match &self.template {
            Some(Template::JsonPath(text, jp)) => {
                for d in &data {
                    match jp.execute(w, d) {
                        Ok(()) => {}
                        Err(ExecError::Io(e)) => return Err(Error::Io(e)),
                        Err(ExecError::Template(e)) => return Err(Error::Plain(execution_error(text, &e, d))),
                    }
                }
                Ok(())
            }
            Some(Template::GoTemplate(t)) => {
                // kubectl's `get -w` writes through its tabwriter (remembered widths), flushed
                // after each batch: tabs in the output align as in a table.
                let mut text = Vec::new();
                let mut failed = None;
                for d in &data {
                    match t.print(&mut text, d) {
                        Ok(()) => {}
                        Err(GoTemplateError::Io(e)) => return Err(Error::Io(e)),
                        Err(GoTemplateError::Template(e)) if self.first_list => {
                            failed = Some(t.output_error(&e));
                            break;
                        }
                        Err(GoTemplateError::Template(e)) => {
                            failed = Some(t.error(&e));
                            break;
                        }
                    }
                }
                let laid_out = tabwrite_remembering(&String::from_utf8_lossy(&text), &mut self.widths);
                w.write_all(laid_out.as_bytes()).map_err(Error::Io)?;
                failed.map_or(Ok(()), Err)
            }
            Some(Template::Columns(cc)) => {
                let mut rows: Vec<Vec<String>> = Vec::new();
                if !self.header_done
                    && let Some(h) = cc.header()
                {
                    rows.push(h.trim_end_matches('\n').split('\t').map(str::to_string).collect());
                }
                self.header_done = true;
                let mut failed = None;
                for d in &data {
                    match cc.row(d) {
                        Ok(r) => rows.push(r.trim_end_matches('\n').split('\t').map(str::to_string).collect()),
                        Err(e) => {
                            failed = Some(e);
                            break;
                        }
                    }
                }
                self.write_rows(w, &rows).map_err(Error::Io)?;
                match failed {
                    Some(e) => Err(Error::Usage(e)),
                    None => Ok(()),
                }
            }
            None => Ok(()),
        }
    }

    fn print_plain(
        &mut self,
        w: &mut dyn Write,
        events: &[EventView<'_>],
        columns: Option<&Value>,
        now: i64,
    ) -> io::Result<()> {
        match self.opts.format {
            WatchFormat::Table { wide } => self.table(w, events, columns, wide, now),
            WatchFormat::Json { compact } => {
                for ev in events {
                    let obj = self.object(ev.item);
                    if self.opts.events {
                        // `type` first, as Go marshals a WatchEvent.
                        write!(w, "{{\"type\":\"{}\",\"object\":", ev.kind)?;
                        json::write_json_compact(w, &obj)?;
                        w.write_all(b"}\n")?;
                    } else if compact {
                        json::write_json_compact(w, &obj)?;
                        w.write_all(b"\n")?;
                    } else {
                        json::write_json(w, &obj)?;
                    }
                }
                Ok(())
            }
            WatchFormat::Yaml => {
                for ev in events {
                    let obj = self.object(ev.item);
                    let doc = if self.opts.events {
                        let mut m = Map::new();
                        m.insert("type".into(), Value::String(ev.kind.to_string()));
                        m.insert("object".into(), obj);
                        Value::Object(m)
                    } else {
                        obj
                    };
                    let text = yaml::to_yaml_string(&doc)?;
                    if self.docs > 0 {
                        w.write_all(b"---\n")?;
                    }
                    self.docs += 1;
                    w.write_all(text.as_bytes())?;
                }
                Ok(())
            }
            WatchFormat::Name => {
                for ev in events {
                    let name = ev
                        .item
                        .pointer("/metadata/name")
                        .and_then(Value::as_str)
                        .unwrap_or_default();
                    if self.opts.events && self.opts.name_with_event {
                        writeln!(w, "{} {}/{}", ev.kind, self.kind_prefix, escape::for_terminal(name))?;
                    } else {
                        writeln!(w, "{}/{}", self.kind_prefix, escape::for_terminal(name))?;
                    }
                }
                Ok(())
            }
        }
    }

    /// The object as printed: without managedFields unless asked for.
    fn object(&self, item: &Value) -> Value {
        let mut obj = item.clone();
        if !self.opts.show_managed_fields
            && let Some(meta) = obj.get_mut("metadata").and_then(Value::as_object_mut)
        {
            meta.remove("managedFields");
        }
        obj
    }

    fn table(
        &mut self,
        w: &mut dyn Write,
        events: &[EventView<'_>],
        columns: Option<&Value>,
        wide: bool,
        now: i64,
    ) -> io::Result<()> {
        let cols: Vec<(String, i64)> = columns
            .and_then(Value::as_array)
            .map(|a| {
                a.iter()
                    .map(|c| {
                        (
                            c.get("name").and_then(Value::as_str).unwrap_or_default().to_string(),
                            c.get("priority").and_then(Value::as_i64).unwrap_or_default(),
                        )
                    })
                    .collect()
            })
            .unwrap_or_else(|| vec![("Name".into(), 0), ("Age".into(), 0)]);
        let visible: Vec<usize> = cols
            .iter()
            .enumerate()
            .filter(|(_, (_, p))| wide || *p == 0)
            .map(|(i, _)| i)
            .collect();
        let mut rows: Vec<Vec<String>> = Vec::with_capacity(events.len() + 1);
        if !self.header_done && !self.opts.no_headers {
            let mut header = Vec::new();
            if self.opts.events {
                header.push("EVENT".to_string());
            }
            if self.opts.with_namespace {
                header.push("NAMESPACE".to_string());
            }
            header.extend(visible.iter().map(|&i| cols[i].0.to_uppercase()));
            if self.opts.show_labels {
                header.push("LABELS".to_string());
            }
            rows.push(header);
        }
        self.header_done = true;
        for ev in events {
            let object = ev.item.get("object").unwrap_or(&Value::Null);
            let own_cells = ev.no_row.then(|| name_age_cells(object, now));
            let cells = own_cells
                .as_ref()
                .or_else(|| ev.item.get("cells").and_then(Value::as_array));
            let mut row = Vec::new();
            if self.opts.events {
                // kubectl pads the type to 8 characters, so the column is as wide as MODIFIED.
                row.push(format!("{:<8}", ev.kind));
            }
            if self.opts.with_namespace {
                row.push(
                    object
                        .pointer("/metadata/namespace")
                        .and_then(Value::as_str)
                        .unwrap_or_default()
                        .to_string(),
                );
            }
            for &i in &visible {
                row.push(cells.and_then(|c| c.get(i)).map(cell_text).unwrap_or_default());
            }
            if self.opts.show_labels {
                row.push(format_labels(
                    object.pointer("/metadata/labels").and_then(Value::as_object),
                ));
            }
            rows.push(row);
        }
        self.write_rows(w, &rows)
    }

    /// tabwriter with remembered widths: a column is as wide as its widest cell so far
    /// (plus padding, at least the minimum); a line's last cell is not padded.
    fn write_rows(&mut self, w: &mut dyn Write, rows: &[Vec<String>]) -> io::Result<()> {
        let escaped: Vec<Vec<String>> = rows
            .iter()
            .map(|r| r.iter().map(|c| escape::table_cell(c).into_owned()).collect())
            .collect();
        let rows = &escaped[..];
        for row in rows {
            for (i, cell) in row.iter().enumerate().take(row.len().saturating_sub(1)) {
                let width = (cell.chars().count() + PADDING).max(MIN_WIDTH);
                if i >= self.widths.len() {
                    self.widths.resize(i + 1, MIN_WIDTH);
                }
                self.widths[i] = self.widths[i].max(width);
            }
        }
        let mut out = String::new();
        for row in rows {
            let last = row.len().saturating_sub(1);
            for (i, cell) in row.iter().enumerate() {
                out.push_str(cell);
                if i < last {
                    let pad = self.widths[i].saturating_sub(cell.chars().count());
                    out.extend(std::iter::repeat_n(' ', pad));
                }
            }
            out.push('\n');
        }
        w.write_all(out.as_bytes())
    }
}

/// kubectl's NAME and AGE cells, for an object of a type the server has no Table for.
fn name_age_cells(obj: &Value, now: i64) -> Vec<Value> {
    let created = obj.pointer("/metadata/creationTimestamp").and_then(Value::as_str);
    vec![
        obj.pointer("/metadata/name")
            .cloned()
            .unwrap_or(Value::String(String::new())),
        Value::String(super::age::age(created, now)),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn opts(format: WatchFormat, events: bool) -> WatchPrintOptions {
        WatchPrintOptions {
            format,
            events,
            name_with_event: true,
            no_headers: false,
            with_namespace: false,
            show_labels: false,
            show_managed_fields: false,
        }
    }

    fn row(name: &str, status: &str) -> Value {
        json!({"cells": [name, "0/1", status, 0, "1s"], "object": {"metadata": {"name": name}}})
    }

    #[test]
    fn table_widths_are_remembered_as_kubectl_does() {
        let cols = json!([
            {"name": "Name", "priority": 0}, {"name": "Ready", "priority": 0},
            {"name": "Status", "priority": 0}, {"name": "Restarts", "priority": 0},
            {"name": "Age", "priority": 0}, {"name": "IP", "priority": 1}
        ]);
        let mut p = WatchPrinter::new(opts(WatchFormat::Table { wide: false }, false), "pod".into());
        let mut out = Vec::new();
        let (a, b, c) = (
            row("p2", "Pending"),
            row("a-much-longer-pod-name", "Pending"),
            row("p2", "Terminating"),
        );
        for r in [&a, &b, &c] {
            p.print(
                &mut out,
                &[EventView {
                    kind: "ADDED",
                    item: r,
                    no_row: false,
                }],
                Some(&cols),
                0,
            )
            .unwrap();
        }
        // What kubectl 1.32 printed for the same rows.
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "NAME   READY   STATUS    RESTARTS   AGE\n\
             p2     0/1     Pending   0          1s\n\
             a-much-longer-pod-name   0/1     Pending   0          1s\n\
             p2                       0/1     Terminating   0          1s\n"
        );
    }

    #[test]
    fn event_column_and_name_and_ndjson() {
        let cols = json!([{"name": "Name", "priority": 0}, {"name": "Age", "priority": 0}]);
        let r = json!({"cells": ["x", "5s"], "object": {"metadata": {"name": "x"}}});
        let mut p = WatchPrinter::new(opts(WatchFormat::Table { wide: false }, true), "pod".into());
        let mut out = Vec::new();
        p.print(
            &mut out,
            &[EventView {
                kind: "MODIFIED",
                item: &r,
                no_row: false,
            }],
            Some(&cols),
            0,
        )
        .unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "EVENT      NAME   AGE\nMODIFIED   x      5s\n"
        );

        let obj = json!({"kind": "Pod", "metadata": {"name": "x", "managedFields": [{}]}});
        let mut p = WatchPrinter::new(opts(WatchFormat::Name, true), "pod".into());
        let mut out = Vec::new();
        p.print(
            &mut out,
            &[EventView {
                kind: "DELETED",
                item: &obj,
                no_row: false,
            }],
            None,
            0,
        )
        .unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), "DELETED pod/x\n");

        let mut p = WatchPrinter::new(opts(WatchFormat::Json { compact: true }, true), "pod".into());
        let mut out = Vec::new();
        p.print(
            &mut out,
            &[
                EventView {
                    kind: "ADDED",
                    item: &obj,
                    no_row: false,
                },
                EventView {
                    kind: "DELETED",
                    item: &obj,
                    no_row: false,
                },
            ],
            None,
            0,
        )
        .unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "{\"type\":\"ADDED\",\"object\":{\"kind\":\"Pod\",\"metadata\":{\"name\":\"x\"}}}\n\
             {\"type\":\"DELETED\",\"object\":{\"kind\":\"Pod\",\"metadata\":{\"name\":\"x\"}}}\n"
        );

        let mut p = WatchPrinter::new(opts(WatchFormat::Yaml, true), "pod".into());
        let mut out = Vec::new();
        p.print(
            &mut out,
            &[
                EventView {
                    kind: "ADDED",
                    item: &obj,
                    no_row: false,
                },
                EventView {
                    kind: "DELETED",
                    item: &obj,
                    no_row: false,
                },
            ],
            None,
            0,
        )
        .unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "object:\n  kind: Pod\n  metadata:\n    name: x\ntype: ADDED\n---\nobject:\n  kind: Pod\n  metadata:\n    name: x\ntype: DELETED\n"
        );
    }

    #[test]
    fn rows_without_cells_get_name_and_age_at_now() {
        let created = crate::time::parse_rfc3339("2024-01-02T03:04:05Z").unwrap();
        let item = json!({"object": {"metadata": {"name": "x", "creationTimestamp": "2024-01-02T03:04:05Z"}}});
        let mut p = WatchPrinter::new(opts(WatchFormat::Table { wide: false }, true), "thing".into());
        let mut out = Vec::new();
        let view = EventView {
            kind: "ADDED",
            item: &item,
            no_row: true,
        };
        p.print(&mut out, &[view], None, created + 90).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "EVENT      NAME   AGE\nADDED      x      90s\n"
        );
    }
}
