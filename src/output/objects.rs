//! `-o json`, `-o yaml` and `-o name`: whole objects printed one at a time as they arrive,
//! several wrapped in kubectl's `kind: List` without holding them, so memory stays flat
//! whatever the number of objects.

use std::io::Write;

use serde_json::Value;

use super::list::ListSyntax;
use super::sink::{Flow, Sink, SinkResult, Wants};
use super::{escape, json, yaml};
use crate::resource::ApiResourceInfo;

/// The formats of whole objects.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ObjectFormat {
    Json,
    Yaml,
    Name,
}

/// Prints whole objects (json, yaml, name).
pub(crate) struct ObjectPrinter {
    format: ObjectFormat,
    /// One named object was asked for: print it alone, not in a List.
    single: bool,
    show_managed_fields: bool,
    written: usize,
}

impl ObjectPrinter {
    pub(crate) fn new(format: ObjectFormat, single: bool, show_managed_fields: bool) -> Self {
        ObjectPrinter {
            format,
            single,
            show_managed_fields,
            written: 0,
        }
    }
}

impl ObjectPrinter {
    /// The List wrapper of the format (`-o name` has none).
    fn list(&self) -> Option<&'static ListSyntax> {
        match self.format {
            ObjectFormat::Json => Some(&json::LIST),
            ObjectFormat::Yaml => Some(&yaml::LIST),
            ObjectFormat::Name => None,
        }
    }
}

impl Sink for ObjectPrinter {
    fn wants(&self) -> Wants {
        Wants::Objects
    }

    fn object(&mut self, w: &mut dyn Write, mut obj: Value, res: &ApiResourceInfo) -> SinkResult<Flow> {
        if !self.show_managed_fields
            && let Some(meta) = obj.get_mut("metadata").and_then(Value::as_object_mut)
        {
            meta.remove("managedFields");
        }
        match self.format {
            ObjectFormat::Name => {
                let name = obj
                    .pointer("/metadata/name")
                    .and_then(Value::as_str)
                    .unwrap_or_default();
                writeln!(w, "{}/{}", res.kind_prefix(), escape::for_terminal(name))?;
            }
            ObjectFormat::Json if self.single => json::write_json(w, &obj)?,
            ObjectFormat::Yaml if self.single => yaml::write_yaml(w, &obj)?,
            ObjectFormat::Json => json::LIST.write_item(w, &obj, self.written)?,
            ObjectFormat::Yaml => yaml::LIST.write_item(w, &obj, self.written)?,
        }
        self.written += 1;
        Ok(Flow::Continue)
    }

    fn found(&self) -> usize {
        self.written
    }

    /// Close the List (an empty one when nothing was printed), as kubectl does.
    fn finish(&mut self, w: &mut dyn Write) -> SinkResult<()> {
        if let Some(list) = self.list()
            && !(self.single && self.written == 1)
        {
            list.close(w, self.written)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::output::page::{ObjectPage, pods};

    fn print(format: ObjectFormat, single: bool, bodies: &[&[u8]]) -> String {
        let res = pods();
        let mut p = ObjectPrinter::new(format, single, false);
        let mut out = Vec::new();
        p.begin_type(&res);
        for body in bodies {
            let page = ObjectPage::list(body, &res).unwrap();
            assert_eq!(p.object_page(&mut out, &page).unwrap(), Flow::Continue);
        }
        p.end_type(&mut out).unwrap();
        p.finish(&mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn names_of_every_page() {
        let got = print(
            ObjectFormat::Name,
            false,
            &[
                br#"{"items":[{"metadata":{"name":"a"}}]}"#,
                br#"{"items":[{"metadata":{"name":"b"}}]}"#,
            ],
        );
        assert_eq!(got, "pod/a\npod/b\n");
    }

    #[test]
    fn a_list_around_several_and_an_empty_list() {
        let got = print(
            ObjectFormat::Json,
            false,
            &[br#"{"items":[{"metadata":{"name":"a","managedFields":[{}]}}]}"#],
        );
        let v: Value = serde_json::from_str(&got).unwrap();
        assert_eq!(v["kind"], "List");
        assert_eq!(
            v["items"][0],
            json!({"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "a"}})
        );
        let empty: Value = serde_json::from_str(&print(ObjectFormat::Json, false, &[])).unwrap();
        assert_eq!(empty["items"], json!([]));
        assert!(print(ObjectFormat::Yaml, false, &[]).contains("kind: List"));
    }

    #[test]
    fn one_named_object_alone() {
        let got = print(ObjectFormat::Yaml, true, &[br#"{"items":[{"metadata":{"name":"a"}}]}"#]);
        assert!(got.starts_with("apiVersion: v1\nkind: Pod\n"), "{got}");
        assert!(!got.contains("List"));
    }
}
