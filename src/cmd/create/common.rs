//! What every form of `create` shares: the common flags, typed, and how created objects
//! are printed and annotated.

use std::io::Write;

use serde_json::{Map, Value};

use super::goorder;
use crate::cmd::DryRun;
use crate::error::{Error, Result};
use crate::output::jsonpath::{ExecError, JsonPath, execution_error};
use crate::output::template::{GoTemplate, GoTemplateError};
use crate::output::{json, yaml};

/// The annotation `--save-config` writes (kubectl's `kubectl.kubernetes.io/last-applied-configuration`).
pub(crate) const LAST_APPLIED: &str = "kubectl.kubernetes.io/last-applied-configuration";

/// The flags every form of `create` takes.
pub(crate) struct CommonOptions {
    pub(crate) dry_run: DryRun,
    pub(crate) output: CreatedOutput,
    /// `--save-config`: write the last-applied-configuration annotation.
    pub(crate) save_config: bool,
    pub(crate) field_manager: String,
}

/// What `create` prints for each object created (`-o`; kubectl has no table for it).
pub(crate) enum CreatedOutput {
    /// `configmap/x created`.
    Created,
    Name,
    Yaml,
    Json,
    /// `-o jsonpath=...` (and its file and as-json forms): the template's text and the template.
    JsonPath(String, JsonPath),
    /// `-o go-template=...` (and its file form, kubectl's `template` aliases, `--template`).
    GoTemplate(GoTemplate),
}

/// Prints created objects as kubectl's `create` does.
pub(crate) struct ResultPrinter<'o> {
    output: &'o CreatedOutput,
    dry_run: DryRun,
    /// Print JSON in the field order of the Go types (generators).
    go_order: bool,
    written: usize,
}

impl<'o> ResultPrinter<'o> {
    pub(crate) fn new(common: &'o CommonOptions, go_order: bool) -> Self {
        ResultPrinter {
            output: &common.output,
            dry_run: common.dry_run,
            go_order,
            written: 0,
        }
    }

    pub(crate) fn print(&mut self, out: &mut dyn Write, kind_prefix: &str, mut obj: Value) -> Result<()> {
        // kubectl's go-template sees the object as the server returned it, managedFields too.
        if let CreatedOutput::GoTemplate(t) = self.output {
            self.written += 1;
            let printed = if self.go_order {
                t.print_with(out, &obj, &goorder::to_compact)
            } else {
                t.print(out, &obj)
            };
            return match printed {
                Ok(()) => out.flush().map_err(Error::Io),
                Err(GoTemplateError::Io(e)) => Err(Error::Io(e)),
                Err(GoTemplateError::Template(e)) => Err(t.error(&e)),
            };
        }
        if let Some(meta) = obj.get_mut("metadata").and_then(Value::as_object_mut) {
            meta.remove("managedFields");
        }
        if let CreatedOutput::JsonPath(text, jp) = self.output {
            self.written += 1;
            return match jp.execute(out, &obj) {
                Ok(()) => out.flush().map_err(Error::Io),
                Err(ExecError::Io(e)) => Err(Error::Io(e)),
                Err(ExecError::Template(e)) => Err(Error::Plain(execution_error(text, &e, &obj))),
            };
        }
        let name = obj
            .pointer("/metadata/name")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string();
        let name = crate::output::escape::for_terminal(&name);
        match self.output {
            CreatedOutput::Created | CreatedOutput::JsonPath(..) | CreatedOutput::GoTemplate(_) => {
                let suffix = match self.dry_run {
                    DryRun::None => "",
                    DryRun::Client => " (dry run)",
                    DryRun::Server => " (server dry run)",
                };
                writeln!(out, "{kind_prefix}/{name} created{suffix}")?;
            }
            CreatedOutput::Name => writeln!(out, "{kind_prefix}/{name}")?,
            CreatedOutput::Yaml => {
                if self.written > 0 {
                    out.write_all(b"---\n")?;
                }
                yaml::write_yaml(out, &obj)?;
            }
            CreatedOutput::Json if self.go_order => goorder::write_json(out, &obj)?,
            CreatedOutput::Json => json::write_json(out, &obj)?,
        }
        self.written += 1;
        out.flush().map_err(Error::Io)
    }
}

/// Add kubectl's last-applied-configuration annotation: the object without it, as compact
/// JSON (map keys sorted, as kubectl encodes unstructured objects) and a newline.
pub(crate) fn save_config(obj: &mut Value) {
    set_annotation(obj, |o| {
        let mut buf = Vec::new();
        let _ = json::write_json_compact(&mut buf, o);
        buf.push(b'\n');
        String::from_utf8_lossy(&buf).into_owned()
    });
}

/// Set the last-applied annotation to `encode(object with an empty-or-current annotations map)`.
pub(crate) fn set_annotation(obj: &mut Value, encode: impl Fn(&Value) -> String) {
    let Some(root) = obj.as_object_mut() else { return };
    let meta = root.entry("metadata").or_insert_with(|| Value::Object(Map::new()));
    if !meta.is_object() {
        *meta = Value::Object(Map::new());
    }
    let meta = meta.as_object_mut().expect("object");
    let annotations = meta.entry("annotations").or_insert_with(|| Value::Object(Map::new()));
    if !annotations.is_object() {
        *annotations = Value::Object(Map::new());
    }
    annotations.as_object_mut().expect("object").remove(LAST_APPLIED);
    let text = encode(obj);
    if let Some(a) = obj.pointer_mut("/metadata/annotations").and_then(Value::as_object_mut) {
        a.insert(LAST_APPLIED.to_string(), Value::String(text));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn save_config_matches_kubectl() {
        let mut obj: Value = serde_json::from_str(
            r#"{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"cm1","namespace":"default"},"data":{"a":"1"}}"#,
        )
        .unwrap();
        save_config(&mut obj);
        assert_eq!(
            obj.pointer("/metadata/annotations").unwrap()[LAST_APPLIED],
            "{\"apiVersion\":\"v1\",\"data\":{\"a\":\"1\"},\"kind\":\"ConfigMap\",\"metadata\":{\"annotations\":{},\"name\":\"cm1\",\"namespace\":\"default\"}}\n"
        );
        // Saving again replaces the annotation, never nests it.
        save_config(&mut obj);
        let text = obj.pointer("/metadata/annotations").unwrap()[LAST_APPLIED]
            .as_str()
            .unwrap()
            .to_string();
        assert!(!text.contains("last-applied"), "{text}");
    }
}
