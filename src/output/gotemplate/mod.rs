//! `-o go-template`: Go's text/template as kubectl v1.32 runs it (Go 1.23's text/template
//! and fmt, kubectl's `exists` and `base64decode`, kubectl's error texts), on JSON values.
//!
//! ```text
//! let t = Template::parse("{{range .items}}{{.metadata.name}}{{\"\\n\"}}{{end}}")?;
//! let mut out = Vec::new();
//! t.execute(&mut out, &list, &Options::default())?;
//! ```
//!
//! Data is handed to the template as kubectl hands it: objects are `map[string]interface{}`,
//! arrays `[]interface{}`, integers `int64` and other numbers `float64` (see
//! [`value::number`] for the integral floats that become `int64`).

mod exec;
mod format;
mod funcs;
mod json;
mod lex;
mod parse;
mod strconv;
mod value;

#[cfg(test)]
mod tests;

use serde_json::Value;

pub(crate) use exec::Options;
pub(crate) use json::go_json;

/// A parsed template.
#[derive(Debug, Clone)]
pub(crate) struct Template {
    set: parse::TreeSet,
}

/// Why a template does not parse: Go's message (`template: output:1: ...`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ParseError(pub(crate) String);

/// Why an execution failed: Go's message (`template: output:1:2: executing "output" at
/// <.a>: ...`). Output written before the failure stays in the caller's buffer, as Go's
/// writer keeps it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ExecError(pub(crate) String);

impl std::fmt::Display for ParseError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::fmt::Display for ExecError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for ParseError {}
impl std::error::Error for ExecError {}

impl Template {
    /// Parses `text` as kubectl does (`template.New("output").Funcs(...).Parse(text)`).
    pub(crate) fn parse(text: &str) -> Result<Template, ParseError> {
        parse::parse(text).map(|set| Template { set }).map_err(ParseError)
    }

    /// The template's text.
    pub(crate) fn text(&self) -> &str {
        &self.set.text
    }

    /// Runs the template on `data`, appending its output to `out`.
    pub(crate) fn execute(&self, out: &mut Vec<u8>, data: &Value, opts: &Options) -> Result<(), ExecError> {
        exec::execute(&self.set, parse::NAME, value::V::root(data), opts, out).map_err(ExecError)
    }

    /// The template split for running a list item by item, when its shape allows (see
    /// [`Paged`]).
    pub(crate) fn paged(&self) -> Option<Paged> {
        Paged::new(self)
    }
}

/// kubectl's stderr line for a template that does not parse (`error: error parsing template
/// TEMPLATE, template: output:1: ...`), newline included.
pub(crate) fn parse_error_message(template: &str, err: &ParseError) -> String {
    format!("error: error parsing template {template}, {err}\n")
}

/// What kubectl prints on stdout when a template fails on an object: the "Printing more
/// information for debugging the template" block, with the object as Go encodes it
/// (`raw data was`) and as the template saw it (`object given to template engine was`).
pub(crate) fn exec_error_stdout(template: &str, err: &ExecError, data: &Value) -> String {
    exec_error_stdout_raw(template, err, data, &go_json(data))
}

/// [`exec_error_stdout`] with the raw data as kubectl encoded it (`create`'s generators
/// encode typed objects, fields in the order of the Go struct).
pub(crate) fn exec_error_stdout_raw(template: &str, err: &ExecError, data: &Value, raw: &str) -> String {
    let seen = format::sprint_verb(&value::V::root(data), "%+v");
    format!(
        "Error executing template: {err}. Printing more information for debugging the template:\n\ttemplate was:\n\t\t{template}\n\traw data was:\n\t\t{raw}\n\tobject given to template engine was:\n\t\t{}\n\n",
        String::from_utf8_lossy(&seen)
    )
}

/// kubectl's stderr line for a template that failed (`error: error executing template
/// "TEMPLATE": template: ...`), newline included. kubectl exits with status 1.
pub(crate) fn exec_error_stderr(template: &str, err: &ExecError) -> String {
    format!("error: {}\n", exec_error_text(template, err))
}

/// kubectl's error for a template that failed, without the `error: ` of its stderr line
/// (`error executing template "TEMPLATE": template: ...`).
pub(crate) fn exec_error_text(template: &str, err: &ExecError) -> String {
    format!("error executing template {}: {err}", strconv::quote(template))
}

/// A template whose only data access is one top-level `{{range .items}}...{{end}}`, with
/// data-free text before and after, split so that a list can be run page by page:
/// [`head`](Paged::head) once, [`item`](Paged::item) for each item in order, then
/// [`tail`](Paged::tail). The output is the same as [`Template::execute`] on the whole
/// list, and so are errors (same positions and texts).
///
/// The range may declare `$e` or `$i, $e` (`$i` counts from the first item of the whole
/// list); its body may use anything but `$` (the whole list in Go) and `{{template}}` calls
/// pass only what the body gives them. `{{else}}` runs in [`tail`](Paged::tail) when no item
/// was seen; `{{break}}` makes [`item`](Paged::item) return `Ok(false)`: later items print
/// nothing.
#[derive(Debug, Clone)]
pub(crate) struct Paged {
    tmpl: Template,
    range: usize,
}

/// Output that does not depend on the data: text, and actions printing a string literal.
fn data_free(n: &parse::Node) -> bool {
    match n {
        parse::Node::Text { .. } => true,
        parse::Node::Action { pipe, .. } => {
            pipe.decl.is_empty()
                && pipe.cmds.len() == 1
                && pipe.cmds[0].args.len() == 1
                && matches!(pipe.cmds[0].args[0], parse::Arg::String { .. })
        }
        _ => false,
    }
}

/// Whether a tree mentions `$` (the whole data in Go).
fn uses_dollar_list(l: &parse::List) -> bool {
    l.nodes.iter().any(uses_dollar_node)
}

fn uses_dollar_node(n: &parse::Node) -> bool {
    match n {
        parse::Node::Text { .. } | parse::Node::Break { .. } | parse::Node::Continue { .. } => false,
        parse::Node::Action { pipe, .. } => uses_dollar_pipe(pipe),
        parse::Node::If(b) | parse::Node::Range(b) | parse::Node::With(b) => {
            uses_dollar_pipe(&b.pipe) || uses_dollar_list(&b.list) || b.else_list.as_ref().is_some_and(uses_dollar_list)
        }
        parse::Node::Template { pipe, .. } => pipe.as_ref().is_some_and(uses_dollar_pipe),
    }
}

fn uses_dollar_pipe(p: &parse::Pipe) -> bool {
    p.cmds.iter().flat_map(|c| &c.args).any(uses_dollar_arg)
}

fn uses_dollar_arg(a: &parse::Arg) -> bool {
    match a {
        parse::Arg::Variable(v) => v.ident[0] == "$",
        parse::Arg::Pipe(p) => uses_dollar_pipe(p),
        parse::Arg::Chain { node, .. } => uses_dollar_arg(node),
        _ => false,
    }
}

impl Paged {
    fn new(t: &Template) -> Option<Paged> {
        let root = t.set.trees.get(parse::NAME)?;
        let range = root.nodes.iter().position(|n| !data_free(n))?;
        let parse::Node::Range(b) = &root.nodes[range] else {
            return None;
        };
        let is_items = b.pipe.cmds.len() == 1
            && matches!(b.pipe.cmds[0].args.as_slice(), [parse::Arg::Field { ident, .. }] if ident.len() == 1 && ident[0] == "items");
        if !is_items || b.pipe.is_assign || uses_dollar_list(&b.list) {
            return None;
        }
        if b.else_list.as_ref().is_some_and(uses_dollar_list) {
            return None;
        }
        if !root.nodes[range + 1..].iter().all(data_free) {
            return None;
        }
        Some(Paged { tmpl: t.clone(), range })
    }

    fn root(&self) -> &parse::List {
        &self.tmpl.set.trees[parse::NAME]
    }

    fn branch(&self) -> &parse::Branch {
        match &self.root().nodes[self.range] {
            parse::Node::Range(b) => b,
            _ => unreachable!("checked in Paged::new"),
        }
    }

    /// The text before the range.
    pub(crate) fn head(&self, out: &mut Vec<u8>) {
        for n in &self.root().nodes[..self.range] {
            write_data_free(out, n);
        }
    }

    /// The range body for item number `index` of the whole list. `Ok(false)`: the body hit
    /// `{{break}}`, so no later item prints anything.
    pub(crate) fn item(
        &self,
        out: &mut Vec<u8>,
        index: usize,
        item: &Value,
        opts: &Options,
    ) -> Result<bool, ExecError> {
        let b = self.branch();
        let null = Value::Null;
        let mut s = exec::State::new(&self.tmpl.set, parse::NAME, value::V::root(&null), opts, out);
        for d in &b.pipe.decl {
            s.push_var(&d.ident[0], value::V::INVALID);
        }
        let elem = value::V::json(item);
        match s.one_iteration(
            b,
            1 + b.pipe.decl.len(),
            value::V::of(value::Val::Int(index as i64)),
            elem,
        ) {
            Ok(()) => Ok(true),
            Err(exec::Flow::Break) => Ok(false),
            Err(f) => Err(ExecError(exec::flow_error(f).unwrap_or_default())),
        }
    }

    /// The range's `{{else}}` when the list had no items, then the text after the range.
    pub(crate) fn tail(&self, out: &mut Vec<u8>, items_seen: usize, opts: &Options) -> Result<(), ExecError> {
        if items_seen == 0
            && let Some(e) = &self.branch().else_list
        {
            let null = Value::Null;
            let mut s = exec::State::new(&self.tmpl.set, parse::NAME, value::V::root(&null), opts, out);
            match s.walk_list(&value::V::root(&null), e) {
                Ok(()) | Err(exec::Flow::Break) | Err(exec::Flow::Continue) => {}
                Err(exec::Flow::Error(e)) => return Err(ExecError(e)),
            }
        }
        for n in &self.root().nodes[self.range + 1..] {
            write_data_free(out, n);
        }
        Ok(())
    }
}

fn write_data_free(out: &mut Vec<u8>, n: &parse::Node) {
    match n {
        parse::Node::Text { text, .. } => out.extend_from_slice(text.as_bytes()),
        parse::Node::Action { pipe, .. } => {
            if let parse::Arg::String { text, .. } = &pipe.cmds[0].args[0] {
                out.extend_from_slice(text);
            }
        }
        _ => {}
    }
}

/// The fuzz body: template text and JSON data split at the first NUL (without one, or if
/// the data does not parse, a small sample object). Must never panic, hang or grow without
/// bound.
pub(crate) fn fuzz_gotemplate(data: &[u8]) {
    let (tmpl, rest) = match data.iter().position(|&b| b == 0) {
        Some(i) => (&data[..i], Some(&data[i + 1..])),
        None => (data, None),
    };
    let Ok(text) = std::str::from_utf8(tmpl) else {
        return;
    };
    let value = rest
        .and_then(|r| serde_json::from_slice::<Value>(r).ok())
        .unwrap_or_else(|| {
            serde_json::json!({"kind": "List", "items": [{"metadata": {"name": "a", "labels": {"x": "1"}}, "n": 1.5, "z": null},
                {"metadata": {"name": "b"}, "l": [1, "two", true]}], "data": {"p": "aGVsbG8="}})
        });
    let t = match Template::parse(text) {
        Ok(t) => t,
        Err(e) => {
            let _ = parse_error_message(text, &e);
            return;
        }
    };
    let opts = Options {
        allow_missing_keys: true,
        max_steps: 20_000,
        max_depth: 100,
        max_stack: 256 << 10,
        max_output: 1 << 16,
    };
    for allow in [true, false] {
        let opts = Options {
            allow_missing_keys: allow,
            ..opts.clone()
        };
        let mut out = Vec::new();
        if let Err(e) = t.execute(&mut out, &value, &opts) {
            let _ = exec_error_stdout(text, &e, &value);
            let _ = exec_error_stderr(text, &e);
        }
    }
    if let Some(p) = t.paged() {
        let mut out = Vec::new();
        p.head(&mut out);
        if let Some(items) = value.get("items").and_then(Value::as_array) {
            for (i, it) in items.iter().enumerate() {
                match p.item(&mut out, i, it, &opts) {
                    Ok(true) => {}
                    _ => break,
                }
            }
        }
        let _ = p.tail(&mut out, 0, &opts);
    }
}

/// What `kubectl ... -o go-template=TEMPLATE` prints for one object: stdout, stderr and the
/// exit status.
#[cfg(test)]
pub(crate) fn kubectl_run(template: &str, data: &Value, allow_missing_keys: bool) -> (Vec<u8>, String, i32) {
    let t = match Template::parse(template) {
        Ok(t) => t,
        Err(e) => return (Vec::new(), parse_error_message(template, &e), 1),
    };
    // Go allows 100000 nested template calls: run recursive templates on a big stack
    // (reserved, not used, unless a template recurses; unoptimized frames are larger).
    const STACK: usize = if cfg!(debug_assertions) { 4 << 30 } else { 1 << 30 };
    let opts = Options {
        allow_missing_keys,
        max_stack: STACK - (4 << 20),
        ..Options::default()
    };
    let mut out = Vec::new();
    let r = std::thread::scope(|s| {
        std::thread::Builder::new()
            .stack_size(STACK)
            .spawn_scoped(s, || {
                let r = t.execute(&mut out, data, &opts);
                (r, out)
            })
            .map(|h| h.join())
    });
    let (r, mut out) = match r {
        Ok(Ok(x)) => x,
        _ => return (Vec::new(), "error: could not run the template\n".into(), 1),
    };
    match r {
        Ok(()) => (out, String::new(), 0),
        Err(e) => {
            out.extend_from_slice(exec_error_stdout(template, &e, data).as_bytes());
            (out, exec_error_stderr(template, &e), 1)
        }
    }
}
