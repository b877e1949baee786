//! What the fetch step hands a sink: a page of a server-side `Table`, or a page of whole
//! objects kept as raw JSON until each is printed. Both are parsed here from the bytes the
//! server sent, so no printer ever sees a response body.

use serde::Deserialize;
use serde_json::Value;
use serde_json::value::RawValue;

use super::age;
use crate::error::{Error, Result};
use crate::resource::ApiResourceInfo;

/// One server-side `Table` page, or a plain list when the server has no Table for it.
#[derive(Debug, Default)]
pub(crate) struct TablePage {
    /// Column names and priorities (from the first page that has them).
    pub(crate) columns: Vec<(String, i64)>,
    /// Cells and partial object metadata of each row.
    pub(crate) rows: Vec<(Vec<Value>, Value)>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct TableWire {
    #[serde(default)]
    kind: String,
    #[serde(default, deserialize_with = "crate::wire::null_as_default")]
    column_definitions: Vec<ColumnDefinition>,
    #[serde(default, deserialize_with = "crate::wire::null_as_default")]
    rows: Vec<RowWire>,
    /// Present when the server answered with a plain list or object instead of a Table.
    #[serde(default)]
    items: Option<Vec<Value>>,
}

#[derive(Deserialize)]
struct ColumnDefinition {
    name: String,
    #[serde(default)]
    priority: i64,
}

#[derive(Deserialize)]
struct RowWire {
    #[serde(default, deserialize_with = "crate::wire::null_as_default")]
    cells: Vec<Value>,
    #[serde(default)]
    object: Value,
}

impl TablePage {
    /// A Table answer (a list page or one object); a server without Tables for the type
    /// answers with the list or object itself, which gets kubectl's NAME and AGE.
    pub(crate) fn parse(bytes: &[u8], now: i64) -> Result<TablePage> {
        let wire: TableWire = serde_json::from_slice(bytes).map_err(decode_error)?;
        if wire.kind == "Table" {
            return Ok(TablePage {
                columns: wire
                    .column_definitions
                    .into_iter()
                    .map(|c| (c.name, c.priority))
                    .collect(),
                rows: wire.rows.into_iter().map(|r| (r.cells, r.object)).collect(),
            });
        }
        let items = match wire.items {
            Some(items) => items,
            None => vec![serde_json::from_slice(bytes).map_err(decode_error)?],
        };
        Ok(fallback_page(&items, now))
    }

    /// Add another page of the same type (its columns are the first page's).
    pub(crate) fn extend(&mut self, page: TablePage) {
        if self.columns.is_empty() {
            self.columns = page.columns;
        }
        self.rows.extend(page.rows);
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

/// A list page whose items stay raw slices of the response.
#[derive(Deserialize)]
struct ListWire<'a> {
    /// `null` in an empty list of some servers.
    #[serde(default, borrow)]
    items: Option<Vec<&'a RawValue>>,
}

/// One page of whole objects of one type: a list page, or one object asked for by name.
/// Items stay raw slices of the response; each becomes a `Value` only when a sink takes
/// it, so a page is never held as a tree.
pub(crate) struct ObjectPage<'a> {
    res: &'a ApiResourceInfo,
    items: Vec<&'a RawValue>,
}

impl<'a> ObjectPage<'a> {
    /// A list page (`{"items": [...], ...}`).
    pub(crate) fn list(bytes: &'a [u8], res: &'a ApiResourceInfo) -> Result<ObjectPage<'a>> {
        let list: ListWire = serde_json::from_slice(bytes).map_err(decode_error)?;
        Ok(ObjectPage {
            res,
            items: list.items.unwrap_or_default(),
        })
    }

    /// One object, as a page of one.
    pub(crate) fn object(bytes: &'a [u8], res: &'a ApiResourceInfo) -> Result<ObjectPage<'a>> {
        let item: &RawValue = serde_json::from_slice(bytes).map_err(decode_error)?;
        Ok(ObjectPage { res, items: vec![item] })
    }

    /// The resource type of every object of the page.
    pub(crate) fn res(&self) -> &'a ApiResourceInfo {
        self.res
    }

    pub(crate) fn len(&self) -> usize {
        self.items.len()
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// The objects, each parsed when it is reached and given its `apiVersion` and `kind`.
    pub(crate) fn objects(&self) -> impl Iterator<Item = Result<Value>> + '_ {
        self.items.iter().map(|raw| {
            let mut obj: Value = serde_json::from_str(raw.get()).map_err(decode_error)?;
            set_type_meta(&mut obj, self.res);
            Ok(obj)
        })
    }
}

/// Items of a list come without `apiVersion` and `kind`; kubectl fills them in.
fn set_type_meta(obj: &mut Value, res: &ApiResourceInfo) {
    if let Some(m) = obj.as_object_mut() {
        m.entry("apiVersion")
            .or_insert_with(|| Value::String(res.api_version()));
        m.entry("kind").or_insert_with(|| Value::String(res.kind.clone()));
    }
}

fn decode_error(e: serde_json::Error) -> Error {
    Error::Decode(format!("cannot decode the server's response: {e}"))
}

/// The core `pods` resource, for tests.
#[cfg(test)]
pub(crate) fn pods() -> ApiResourceInfo {
    serde_json::from_value(serde_json::json!({
        "group": "", "version": "v1", "plural": "pods", "singular": "pod", "kind": "Pod",
        "namespaced": true, "preferred": true,
    }))
    .expect("a resource")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_items_get_their_type() {
        let res = pods();
        let bytes = br#"{"kind":"PodList","items":[{"metadata":{"name":"a"}},{"kind":"X","metadata":{"name":"b"}}]}"#;
        let page = ObjectPage::list(bytes, &res).unwrap();
        assert_eq!(page.len(), 2);
        let objs: Vec<Value> = page.objects().collect::<Result<_>>().unwrap();
        assert_eq!(objs[0]["apiVersion"], "v1");
        assert_eq!(objs[0]["kind"], "Pod");
        assert_eq!(objs[1]["kind"], "X");
        let one = ObjectPage::object(br#"{"metadata":{"name":"c"}}"#, &res).unwrap();
        assert_eq!(one.objects().next().unwrap().unwrap()["metadata"]["name"], "c");
    }

    #[test]
    fn tables_and_their_fallback() {
        let bytes = br#"{"kind":"Table","columnDefinitions":[{"name":"Name","priority":0},{"name":"IP","priority":1}],"rows":[{"cells":["a","1.2.3.4"],"object":{}}]}"#;
        let page = TablePage::parse(bytes, 0).unwrap();
        assert_eq!(page.columns, vec![("Name".to_string(), 0), ("IP".to_string(), 1)]);
        assert_eq!(page.rows.len(), 1);
        let plain = TablePage::parse(br#"{"kind":"WidgetList","items":[{"metadata":{"name":"w"}}]}"#, 0).unwrap();
        assert_eq!(plain.columns[0].0, "Name");
        assert_eq!(plain.rows[0].0[0], "w");
    }
}
