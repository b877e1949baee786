//! kubectl's `kind: List` wrapper around several objects, written item by item as they
//! arrive: one [`ListSyntax`] per format (`json::LIST`, `yaml::LIST`), one way to use it.

use std::io::{self, Write};

use serde_json::Value;

/// How one format writes the wrapper: everything up to the items, one item (`first` tells
/// whether it is the first), and the rest (`empty` tells whether no item was written).
pub(crate) struct ListSyntax {
    pub(crate) begin: fn(&mut dyn Write) -> io::Result<()>,
    pub(crate) item: fn(&mut dyn Write, &Value, bool) -> io::Result<()>,
    pub(crate) end: fn(&mut dyn Write, bool) -> io::Result<()>,
}

impl ListSyntax {
    /// Write the `written`-th item (counting from 0), opening the List before the first.
    pub(crate) fn write_item(&self, w: &mut dyn Write, v: &Value, written: usize) -> io::Result<()> {
        if written == 0 {
            (self.begin)(w)?;
        }
        (self.item)(w, v, written == 0)
    }

    /// Close the List after `written` items (an empty List when there were none).
    pub(crate) fn close(&self, w: &mut dyn Write, written: usize) -> io::Result<()> {
        if written == 0 {
            (self.begin)(w)?;
        }
        (self.end)(w, written == 0)
    }

    /// The whole List of `items`.
    #[cfg(test)]
    pub(crate) fn write_all<'a>(
        &self,
        w: &mut dyn Write,
        items: impl IntoIterator<Item = &'a Value>,
    ) -> io::Result<()> {
        let mut written = 0;
        for item in items {
            self.write_item(w, item, written)?;
            written += 1;
        }
        self.close(w, written)
    }
}
