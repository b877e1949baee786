//! `--sort-by`: kubectl's order (see [`sort_order`]) applied to rows or objects, and
//! [`Sorted`], the sink that gathers every object, sorts them and hands them on.

use std::io::Write;

use serde_json::Value;

use super::columns::sort_order;
use super::sink::{Flow, Sink, SinkResult, Wants};
use crate::error::{Error, Result};
use crate::resource::ApiResourceInfo;

/// `items` in kubectl's `--sort-by` order of the object `object_of` each holds.
pub(crate) fn sort_by_field<T>(items: Vec<T>, field: &str, object_of: impl Fn(&T) -> &Value) -> Result<Vec<T>> {
    if items.is_empty() {
        return Ok(items);
    }
    let objects: Vec<&Value> = items.iter().map(object_of).collect();
    let order = sort_order(&objects, field).map_err(|e| Error::Usage(e.message()))?;
    let mut taken: Vec<Option<T>> = items.into_iter().map(Some).collect();
    Ok(order.iter().filter_map(|&i| taken[i].take()).collect())
}

/// Gathers every object (sorting needs them all), then hands them to `inner` in order.
pub(crate) struct Sorted<S> {
    inner: S,
    field: String,
    /// The resource types seen, so each object keeps its own.
    types: Vec<ApiResourceInfo>,
    /// Every object, with the index of its type.
    items: Vec<(Value, usize)>,
}

impl<S: Sink> Sorted<S> {
    pub(crate) fn new(inner: S, field: String) -> Self {
        Sorted {
            inner,
            field,
            types: Vec::new(),
            items: Vec::new(),
        }
    }
}

impl<S: Sink> Sink for Sorted<S> {
    fn wants(&self) -> Wants {
        Wants::Objects
    }

    fn object(&mut self, _out: &mut dyn Write, obj: Value, res: &ApiResourceInfo) -> SinkResult<Flow> {
        if self.types.last() != Some(res) {
            self.types.push(res.clone());
        }
        self.items.push((obj, self.types.len() - 1));
        Ok(Flow::Continue)
    }

    fn found(&self) -> usize {
        self.items.len()
    }

    fn finish(&mut self, out: &mut dyn Write) -> SinkResult<()> {
        let items = sort_by_field(std::mem::take(&mut self.items), &self.field, |(obj, _)| obj)?;
        for (obj, ti) in items {
            if self.inner.object(out, obj, &self.types[ti])? == Flow::Stop {
                break;
            }
        }
        self.inner.finish(out)
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::output::page::pods;

    /// Keeps the names of the objects it is handed.
    #[derive(Default)]
    struct Names(Vec<String>, bool);

    impl Sink for Names {
        fn wants(&self) -> Wants {
            Wants::Objects
        }
        fn object(&mut self, _out: &mut dyn Write, obj: Value, res: &ApiResourceInfo) -> SinkResult<Flow> {
            self.0
                .push(format!("{}/{}", res.plural, obj["metadata"]["name"].as_str().unwrap()));
            Ok(Flow::Continue)
        }
        fn found(&self) -> usize {
            self.0.len()
        }
        fn finish(&mut self, _out: &mut dyn Write) -> SinkResult<()> {
            self.1 = true;
            Ok(())
        }
    }

    #[test]
    fn sorted_hands_every_object_on_in_order_with_its_type() {
        let pods = pods();
        let mut svc = pods.clone();
        svc.plural = "services".into();
        let mut sink = Sorted::new(Names::default(), ".metadata.name".into());
        let mut out = Vec::new();
        for (name, res) in [("b", &pods), ("c", &pods), ("a", &svc)] {
            sink.begin_type(res);
            sink.object(&mut out, json!({"metadata": {"name": name}}), res).unwrap();
        }
        assert_eq!(sink.found(), 3);
        sink.finish(&mut out).unwrap();
        assert_eq!(sink.inner.0, ["services/a", "pods/b", "pods/c"]);
        assert!(sink.inner.1);
    }

    #[test]
    fn a_bad_field_is_a_usage_error() {
        let items = vec![json!({"a": 1}), json!({"a": 2})];
        assert!(matches!(sort_by_field(items, "{.a", |o| o), Err(Error::Usage(_))));
        assert!(sort_by_field(Vec::<Value>::new(), "{.a", |o| o).unwrap().is_empty());
    }
}
