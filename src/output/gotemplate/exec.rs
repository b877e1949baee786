//! Go's text/template evaluator (text/template/exec.go, Go 1.23), with a step budget, a
//! bound on template-call depth and on output size.

use super::format::sprint_verb;
use super::funcs::{self, Sig, Ty};
use super::parse::{Arg, Branch, Command, List, NAME, Node, Number, Pipe, TreeSet, Var};
use super::strconv::quote;
use super::value::{V, Val, is_true, truth};

/// Limits on one execution.
#[derive(Debug, Clone)]
pub(crate) struct Options {
    /// kubectl's `--allow-missing-template-keys` (default true): a missing map key gives
    /// `<no value>` instead of an error.
    pub(crate) allow_missing_keys: bool,
    /// Evaluation steps (nodes walked, commands evaluated, range iterations) before the
    /// execution stops with an error.
    pub(crate) max_steps: u64,
    /// Nested `{{template}}` calls allowed (Go: 100000).
    pub(crate) max_depth: usize,
    /// Stack the evaluation may use, in bytes: recursion through `{{template}}` beyond it
    /// stops with Go's "exceeded maximum template depth" error. Go's own limit (100000
    /// calls) needs several hundred MB: run on a thread with a big stack and raise this to
    /// match kubectl exactly (as the kubectl fixtures' `kubectl_run` does).
    pub(crate) max_stack: usize,
    /// Bytes of output after which the execution stops with an error.
    pub(crate) max_output: usize,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            allow_missing_keys: true,
            max_steps: 100_000_000,
            max_depth: 100_000,
            max_stack: 256 << 10,
            max_output: usize::MAX,
        }
    }
}

/// How a walk stops early.
pub(crate) enum Flow {
    Error(String),
    Break,
    Continue,
}

type R<T> = Result<T, Flow>;

/// The node execution is at, for error messages.
#[derive(Clone, Copy)]
enum At<'a> {
    None,
    Node(&'a Node),
    Pipe(&'a Pipe),
    Cmd(&'a Command),
    Arg(&'a Arg),
}

impl At<'_> {
    fn pos_and_text(&self) -> Option<(usize, String)> {
        Some(match self {
            At::None => return None,
            At::Node(n) => (n.pos(), n.to_string()),
            At::Pipe(p) => (p.pos, p.to_string()),
            At::Cmd(c) => (c.pos, c.to_string()),
            At::Arg(a) => (a.pos(), a.to_string()),
        })
    }
}

pub(crate) struct State<'a, 'o> {
    set: &'a TreeSet,
    name: &'a str,
    node: At<'a>,
    vars: Vec<(&'a str, V<'a>)>,
    depth: usize,
    steps: u64,
    stack_base: usize,
    opts: &'o Options,
    pub(crate) out: &'o mut Vec<u8>,
}

/// The address of a local: how deep the stack is (no unsafe: the address is not used).
fn stack_addr() -> usize {
    let x = 0u8;
    std::hint::black_box(&x) as *const u8 as usize
}

impl<'a, 'o> State<'a, 'o> {
    pub(crate) fn new(set: &'a TreeSet, name: &'a str, dot: V<'a>, opts: &'o Options, out: &'o mut Vec<u8>) -> Self {
        State {
            set,
            name,
            node: At::None,
            vars: vec![("$", dot)],
            depth: 0,
            steps: 0,
            stack_base: stack_addr(),
            opts,
            out,
        }
    }

    /// Declares a variable (a range's element or index when a list is run item by item).
    pub(crate) fn push_var(&mut self, name: &'a str, v: V<'a>) {
        self.vars.push((name, v));
    }

    fn at(&mut self, at: At<'a>) {
        self.node = at;
    }

    /// `errorf`: the message with Go's location and context prefix.
    fn error(&self, msg: String) -> Flow {
        let name = quote(self.name);
        Flow::Error(match self.node.pos_and_text() {
            None => format!("template: {}: {msg}", self.name),
            Some((pos, context)) => {
                let text = &self.set.text[..pos.min(self.set.text.len())];
                let col = match text.rfind('\n') {
                    None => pos,
                    Some(i) => pos - (i + 1),
                };
                let line = 1 + text.matches('\n').count();
                format!("template: {NAME}:{line}:{col}: executing {name} at <{context}>: {msg}")
            }
        })
    }

    fn errorf<T>(&self, msg: String) -> R<T> {
        Err(self.error(msg))
    }

    fn step(&mut self) -> R<()> {
        self.steps += 1;
        if self.steps > self.opts.max_steps {
            return self.errorf(format!("evaluation stopped after {} steps", self.opts.max_steps));
        }
        Ok(())
    }

    fn write(&mut self, b: &[u8]) -> R<()> {
        if self.out.len().saturating_add(b.len()) > self.opts.max_output {
            return self.errorf(format!("output exceeds {} bytes", self.opts.max_output));
        }
        self.out.extend_from_slice(b);
        Ok(())
    }

    // ---- walk ---------------------------------------------------------------------------

    pub(crate) fn walk_list(&mut self, dot: &V<'a>, list: &'a List) -> R<()> {
        for n in &list.nodes {
            self.walk(dot, n)?;
        }
        Ok(())
    }

    fn walk(&mut self, dot: &V<'a>, node: &'a Node) -> R<()> {
        self.at(At::Node(node));
        self.step()?;
        match node {
            Node::Action { pipe, .. } => {
                let val = self.eval_pipeline(dot, Some(pipe))?;
                if pipe.decl.is_empty() {
                    self.print_value(node, &val)?;
                }
                Ok(())
            }
            Node::If(b) => self.walk_if_or_with(false, dot, b),
            Node::With(b) => self.walk_if_or_with(true, dot, b),
            Node::Range(b) => self.walk_range(dot, node, b),
            Node::Template { name, pipe, .. } => self.walk_template(dot, node, name, pipe.as_ref()),
            Node::Text { text, .. } => self.write(text.as_bytes()),
            Node::Break { .. } => Err(Flow::Break),
            Node::Continue { .. } => Err(Flow::Continue),
        }
    }

    fn walk_if_or_with(&mut self, with: bool, dot: &V<'a>, b: &'a Branch) -> R<()> {
        let mark = self.vars.len();
        let r = (|| {
            let val = self.eval_pipeline(dot, Some(&b.pipe))?;
            if is_true(&val) {
                if with {
                    self.walk_list(&val, &b.list)
                } else {
                    self.walk_list(dot, &b.list)
                }
            } else if let Some(e) = &b.else_list {
                self.walk_list(dot, e)
            } else {
                Ok(())
            }
        })();
        self.vars.truncate(mark);
        r
    }

    /// One iteration of a range body (Go 1.23's `oneIteration`): the variables the range
    /// declared get the element (and index), the body runs, its variables are dropped.
    pub(crate) fn one_iteration(&mut self, r: &'a Branch, mark: usize, index: V<'a>, elem: V<'a>) -> R<()> {
        self.step()?;
        let decl = &r.pipe.decl;
        if !decl.is_empty() {
            if r.pipe.is_assign {
                // With two variables, index comes first; with one, the element.
                let v = if decl.len() > 1 { index.clone() } else { elem.clone() };
                self.set_var(&decl[0].ident[0], v)?;
            } else {
                let n = self.vars.len();
                self.vars[n - 1].1 = elem.clone();
            }
        }
        if decl.len() > 1 {
            if r.pipe.is_assign {
                self.set_var(&decl[1].ident[0], elem.clone())?;
            } else {
                let n = self.vars.len();
                self.vars[n - 2].1 = index;
            }
        }
        let res = self.walk_list(&elem, &r.list);
        self.vars.truncate(mark);
        match res {
            Err(Flow::Continue) => Ok(()),
            other => other,
        }
    }

    fn walk_range(&mut self, dot: &V<'a>, node: &'a Node, r: &'a Branch) -> R<()> {
        self.at(At::Node(node));
        let mark0 = self.vars.len();
        let res = self.walk_range_inner(dot, r);
        self.vars.truncate(mark0);
        match res {
            Err(Flow::Break) => Ok(()),
            other => other,
        }
    }

    fn walk_range_inner(&mut self, dot: &V<'a>, r: &'a Branch) -> R<()> {
        let val = self.eval_pipeline(dot, Some(&r.pipe))?.indirect().0;
        let mark = self.vars.len();
        match &val.val {
            Val::List(l) => {
                if l.len() > 0 {
                    for i in 0..l.len() {
                        self.one_iteration(r, mark, V::of(Val::Int(i as i64)), l.get(i))?;
                    }
                    return Ok(());
                }
            }
            Val::Map(m) => {
                if !m.is_empty() {
                    let mut keys: Vec<&'a String> = m.keys().collect();
                    keys.sort_unstable();
                    for k in keys {
                        self.one_iteration(r, mark, V::str(k), V::json(&m[k]))?;
                    }
                    return Ok(());
                }
            }
            Val::Invalid => {}
            _ => {
                let s = String::from_utf8_lossy(&sprint_verb(&val, "%v")).into_owned();
                return self.errorf(format!("range can't iterate over {s}"));
            }
        }
        if let Some(e) = &r.else_list {
            self.walk_list(dot, e)?;
        }
        Ok(())
    }

    fn walk_template(&mut self, dot: &V<'a>, node: &'a Node, name: &'a str, pipe: Option<&'a Pipe>) -> R<()> {
        self.at(At::Node(node));
        let Some(tmpl) = self.set.trees.get(name) else {
            return self.errorf(format!("template {} not defined", quote(name)));
        };
        if self.depth >= self.opts.max_depth || stack_addr().abs_diff(self.stack_base) > self.opts.max_stack {
            return self.errorf(format!("exceeded maximum template depth ({})", self.opts.max_depth));
        }
        let dot = self.eval_pipeline(dot, pipe)?;
        let saved_vars = std::mem::replace(&mut self.vars, vec![("$", dot.clone())]);
        let saved_name = std::mem::replace(&mut self.name, name);
        let saved_node = self.node;
        self.depth += 1;
        let r = self.walk_list(&dot, tmpl);
        self.depth -= 1;
        self.vars = saved_vars;
        self.name = saved_name;
        self.node = saved_node;
        r
    }

    fn print_value(&mut self, node: &'a Node, v: &V<'a>) -> R<()> {
        self.at(At::Node(node));
        if !v.is_valid() {
            return self.write(b"<no value>");
        }
        let s = sprint_verb(v, "%v");
        self.write(&s)
    }

    // ---- evaluation ---------------------------------------------------------------------

    pub(crate) fn eval_pipeline(&mut self, dot: &V<'a>, pipe: Option<&'a Pipe>) -> R<V<'a>> {
        let Some(pipe) = pipe else {
            return Ok(V::INVALID);
        };
        self.at(At::Pipe(pipe));
        let mut value: Option<V<'a>> = None;
        for cmd in &pipe.cmds {
            let v = self.eval_command(dot, cmd, value.take())?;
            value = Some(v.unbox());
        }
        let value = value.unwrap_or(V::INVALID);
        for var in &pipe.decl {
            if pipe.is_assign {
                self.set_var(&var.ident[0], value.clone())?;
            } else {
                self.vars.push((&var.ident[0], value.clone()));
            }
        }
        Ok(value)
    }

    fn set_var(&mut self, name: &str, value: V<'a>) -> R<()> {
        for v in self.vars.iter_mut().rev() {
            if v.0 == name {
                v.1 = value;
                return Ok(());
            }
        }
        self.errorf(format!("undefined variable: {name}"))
    }

    fn var_value(&self, name: &str) -> R<V<'a>> {
        for v in self.vars.iter().rev() {
            if v.0 == name {
                return Ok(v.1.clone());
            }
        }
        self.errorf(format!("undefined variable: {name}"))
    }

    fn not_a_function(&self, args: Option<&'a [Arg]>, fin: &Option<V<'a>>) -> R<()> {
        if let Some(args) = args
            && (args.len() > 1 || fin.is_some())
        {
            return self.errorf(format!("can't give argument to non-function {}", args[0]));
        }
        if args.is_none() && fin.is_some() {
            return self.errorf("can't give argument to non-function".into());
        }
        Ok(())
    }

    fn eval_command(&mut self, dot: &V<'a>, cmd: &'a Command, fin: Option<V<'a>>) -> R<V<'a>> {
        self.step()?;
        let first = &cmd.args[0];
        let args = Some(cmd.args.as_slice());
        match first {
            Arg::Field { ident, .. } => return self.eval_field_node(dot, first, ident, args, fin),
            Arg::Chain { .. } => return self.eval_chain_node(dot, first, args, fin),
            Arg::Identifier { name, .. } => return self.eval_function(dot, first, name, At::Cmd(cmd), args, fin),
            Arg::Pipe(p) => {
                self.not_a_function(args, &fin)?;
                return self.eval_pipeline(dot, Some(p));
            }
            Arg::Variable(v) => return self.eval_variable_node(dot, first, v, args, fin),
            _ => {}
        }
        self.at(At::Arg(first));
        self.not_a_function(args, &fin)?;
        match first {
            Arg::Bool { val, .. } => Ok(V::of(Val::Bool(*val))),
            Arg::Dot { .. } => Ok(dot.clone()),
            Arg::Nil { .. } => self.errorf("nil is not a command".into()),
            Arg::Number(n) => self.ideal_constant(first, n),
            Arg::String { text, .. } => Ok(V::of(Val::Str(text.as_slice().into()))),
            _ => self.errorf(format!("can't evaluate command {}", quote(&first.to_string()))),
        }
    }

    fn ideal_constant(&mut self, node: &'a Arg, n: &Number) -> R<V<'a>> {
        self.at(At::Arg(node));
        let t = &n.text;
        let is_hex_int =
            t.len() > 2 && t.starts_with('0') && matches!(t.as_bytes()[1], b'x' | b'X') && !t.contains(['p', 'P']);
        if n.is_complex {
            return Ok(V::of(Val::Complex(n.complex.0, n.complex.1)));
        }
        if n.is_float && !is_hex_int && !t.starts_with('\'') && t.contains(['.', 'e', 'E', 'p', 'P']) {
            return Ok(V::of(Val::F64(n.float64)));
        }
        if n.is_int {
            return Ok(V::of(Val::Int(n.int64)));
        }
        if n.is_uint {
            return self.errorf(format!("{t} overflows int"));
        }
        Ok(V::INVALID)
    }

    fn eval_field_node(
        &mut self,
        dot: &V<'a>,
        node: &'a Arg,
        ident: &'a [String],
        args: Option<&'a [Arg]>,
        fin: Option<V<'a>>,
    ) -> R<V<'a>> {
        self.at(At::Arg(node));
        self.eval_field_chain(dot, dot.clone(), ident, args, fin)
    }

    fn eval_chain_node(
        &mut self,
        dot: &V<'a>,
        chain: &'a Arg,
        args: Option<&'a [Arg]>,
        fin: Option<V<'a>>,
    ) -> R<V<'a>> {
        self.at(At::Arg(chain));
        let Arg::Chain { node, field, .. } = chain else {
            return self.errorf("internal error: not a chain".into());
        };
        if field.is_empty() {
            return self.errorf("internal error: no fields in evalChainNode".into());
        }
        if let Arg::Nil { .. } = **node {
            return self.errorf(format!("indirection through explicit nil in {chain}"));
        }
        let pipe = self.eval_arg(dot, None, node)?;
        self.eval_field_chain(dot, pipe, field, args, fin)
    }

    fn eval_variable_node(
        &mut self,
        dot: &V<'a>,
        node: &'a Arg,
        var: &'a Var,
        args: Option<&'a [Arg]>,
        fin: Option<V<'a>>,
    ) -> R<V<'a>> {
        self.at(At::Arg(node));
        let value = self.var_value(&var.ident[0])?;
        if var.ident.len() == 1 {
            self.not_a_function(args, &fin)?;
            return Ok(value);
        }
        self.eval_field_chain(dot, value, &var.ident[1..], args, fin)
    }

    fn eval_field_chain(
        &mut self,
        dot: &V<'a>,
        mut receiver: V<'a>,
        ident: &'a [String],
        args: Option<&'a [Arg]>,
        fin: Option<V<'a>>,
    ) -> R<V<'a>> {
        let n = ident.len();
        for id in &ident[..n - 1] {
            receiver = self.eval_field(dot, id, None, None, receiver)?;
        }
        self.eval_field(dot, &ident[n - 1], args, fin, receiver)
    }

    fn eval_field(
        &mut self,
        _dot: &V<'a>,
        name: &str,
        args: Option<&'a [Arg]>,
        fin: Option<V<'a>>,
        receiver: V<'a>,
    ) -> R<V<'a>> {
        if !receiver.is_valid() {
            if !self.opts.allow_missing_keys {
                return self.errorf(format!("nil data; no entry for key {}", quote(name)));
            }
            return Ok(V::INVALID);
        }
        let typ = receiver.type_name();
        let (receiver, is_nil) = receiver.indirect();
        if is_nil {
            return self.errorf(format!("nil pointer evaluating {typ}.{name}"));
        }
        let has_args = args.map_or(0, <[Arg]>::len) > 1 || fin.is_some();
        if let Val::Map(m) = receiver.val {
            if has_args {
                return self.errorf(format!("{name} is not a method but has arguments"));
            }
            return match m.get(name) {
                Some(v) => Ok(V::json(v)),
                None if !self.opts.allow_missing_keys => {
                    self.errorf(format!("map has no entry for key {}", quote(name)))
                }
                None => Ok(V::INVALID),
            };
        }
        self.errorf(format!("can't evaluate field {name} in type {typ}"))
    }

    fn eval_function(
        &mut self,
        dot: &V<'a>,
        node: &'a Arg,
        name: &'a str,
        cmd: At<'a>,
        args: Option<&'a [Arg]>,
        fin: Option<V<'a>>,
    ) -> R<V<'a>> {
        self.at(At::Arg(node));
        let Some(sig) = funcs::signature(name) else {
            return self.errorf(format!("{} is not a defined function", quote(name)));
        };
        self.eval_call(dot, sig, cmd, name, args, fin)
    }

    fn eval_call(
        &mut self,
        dot: &V<'a>,
        sig: Sig,
        node: At<'a>,
        name: &'a str,
        args: Option<&'a [Arg]>,
        fin: Option<V<'a>>,
    ) -> R<V<'a>> {
        let args: &'a [Arg] = match args {
            Some(a) => &a[1..],
            None => &[],
        };
        let nparams = sig.fixed.len() + usize::from(sig.variadic.is_some());
        let num_in = args.len() + usize::from(fin.is_some());
        let mut num_fixed = args.len();
        if sig.variadic.is_some() {
            num_fixed = nparams - 1;
            if num_in < num_fixed {
                return self.errorf(format!(
                    "wrong number of args for {name}: want at least {} got {}",
                    nparams - 1,
                    args.len()
                ));
            }
        } else if num_in != nparams {
            return self.errorf(format!("wrong number of args for {name}: want {nparams} got {num_in}"));
        }
        let param = |i: usize| -> Ty {
            if i < sig.fixed.len() {
                sig.fixed[i]
            } else {
                sig.variadic.unwrap_or(Ty::Value)
            }
        };
        if name == "and" || name == "or" {
            let mut v = V::INVALID;
            for a in args {
                v = self.eval_arg(dot, Some(Ty::Value), a)?;
                if truth(&v) == (name == "or") {
                    return Ok(v);
                }
            }
            if let Some(f) = fin {
                v = self.validate_type(f, Some(Ty::Value))?;
            }
            return Ok(v);
        }
        let mut argv: Vec<V<'a>> = Vec::with_capacity(num_in);
        let mut i = 0;
        while i < num_fixed && i < args.len() {
            argv.push(self.eval_arg(dot, Some(param(i)), &args[i])?);
            i += 1;
        }
        if let Some(t) = sig.variadic {
            while i < args.len() {
                argv.push(self.eval_arg(dot, Some(t), &args[i])?);
                i += 1;
            }
        }
        if let Some(f) = fin {
            let mut t = param(nparams - 1);
            if sig.variadic.is_some() && num_in - 1 < num_fixed {
                t = param(num_in - 1);
            }
            argv.push(self.validate_type(f, Some(t))?);
        }
        let callee = if name == "call" {
            match args.first() {
                Some(a) => Some(a.to_string()),
                // Go 1.23 takes the callee's name from args[0]: a runtime panic, which
                // kubectl reports as such.
                None => {
                    return Err(Flow::Error(
                        "caught panic: runtime error: index out of range [0] with length 0".into(),
                    ));
                }
            }
        } else {
            None
        };
        match funcs::call(name, callee.as_deref(), argv) {
            Ok(v) => Ok(v),
            Err(e) => {
                self.at(node);
                self.errorf(format!("error calling {name}: {e}"))
            }
        }
    }

    /// `validateType` for the parameter types builtins have (`None`: no type, as for the
    /// receiver of a chain).
    fn validate_type(&mut self, value: V<'a>, typ: Option<Ty>) -> R<V<'a>> {
        if !value.is_valid() {
            return match typ {
                None => Ok(V::INVALID),
                Some(Ty::Value) => Ok(V::INVALID),
                Some(Ty::Any) => Ok(V::boxed(Val::Nil)),
                Some(Ty::Str) => self.errorf("invalid value; expected string".into()),
            };
        }
        match typ {
            None | Some(Ty::Value) | Some(Ty::Any) => Ok(value),
            Some(Ty::Str) => {
                if !value.boxed && matches!(value.val, Val::Str(_)) {
                    return Ok(value);
                }
                let value = if value.boxed && !matches!(value.val, Val::Nil) {
                    value.unbox()
                } else {
                    value
                };
                if !value.boxed && matches!(value.val, Val::Str(_)) {
                    return Ok(value);
                }
                self.errorf(format!(
                    "wrong type for value; expected string; got {}",
                    value.type_name()
                ))
            }
        }
    }

    fn eval_arg(&mut self, dot: &V<'a>, typ: Option<Ty>, n: &'a Arg) -> R<V<'a>> {
        self.at(At::Arg(n));
        match n {
            Arg::Dot { .. } => return self.validate_type(dot.clone(), typ),
            Arg::Nil { .. } => {
                return match typ {
                    None | Some(Ty::Value) => Ok(V::INVALID),
                    Some(Ty::Any) => Ok(V::boxed(Val::Nil)),
                    Some(Ty::Str) => self.errorf("cannot assign nil to string".into()),
                };
            }
            Arg::Field { ident, .. } => {
                let v = self.eval_field_node(dot, n, ident, Some(std::slice::from_ref(n)), None)?;
                return self.validate_type(v, typ);
            }
            Arg::Variable(var) => {
                let v = self.eval_variable_node(dot, n, var, None, None)?;
                return self.validate_type(v, typ);
            }
            Arg::Pipe(p) => {
                let v = self.eval_pipeline(dot, Some(p))?;
                return self.validate_type(v, typ);
            }
            Arg::Identifier { name, .. } => {
                let v = self.eval_function(dot, n, name, At::Arg(n), None, None)?;
                return self.validate_type(v, typ);
            }
            Arg::Chain { .. } => {
                let v = self.eval_chain_node(dot, n, None, None)?;
                return self.validate_type(v, typ);
            }
            _ => {}
        }
        match typ {
            Some(Ty::Value) | Some(Ty::Any) => self.eval_empty_interface(dot, n),
            Some(Ty::Str) => {
                self.at(At::Arg(n));
                match n {
                    Arg::String { text, .. } => Ok(V::of(Val::Str(text.as_slice().into()))),
                    _ => self.errorf(format!("expected string; found {n}")),
                }
            }
            None => self.errorf(format!("can't handle {n} for arg of type <nil>")),
        }
    }

    fn eval_empty_interface(&mut self, dot: &V<'a>, n: &'a Arg) -> R<V<'a>> {
        self.at(At::Arg(n));
        match n {
            Arg::Bool { val, .. } => Ok(V::of(Val::Bool(*val))),
            Arg::Dot { .. } => Ok(dot.clone()),
            Arg::Field { ident, .. } => self.eval_field_node(dot, n, ident, None, None),
            Arg::Identifier { name, .. } => self.eval_function(dot, n, name, At::Arg(n), None, None),
            Arg::Nil { .. } => self.errorf("evalEmptyInterface: nil (can't happen)".into()),
            Arg::Number(num) => self.ideal_constant(n, num),
            Arg::String { text, .. } => Ok(V::of(Val::Str(text.as_slice().into()))),
            Arg::Variable(var) => self.eval_variable_node(dot, n, var, None, None),
            Arg::Pipe(p) => self.eval_pipeline(dot, Some(p)),
            Arg::Chain { .. } => self.errorf(format!("can't handle assignment of {n} to empty interface argument")),
        }
    }
}

/// Runs template `name` of `set` on `dot`, appending to `out`; the error is Go's text.
pub(crate) fn execute<'a>(
    set: &'a TreeSet,
    name: &'a str,
    dot: V<'a>,
    opts: &Options,
    out: &mut Vec<u8>,
) -> Result<(), String> {
    let mut s = State::new(set, name, dot.clone(), opts, out);
    let Some(root) = set.trees.get(name) else {
        return Err(format!(
            "template: {name}: {} is an incomplete or empty template",
            quote(name)
        ));
    };
    match s.walk_list(&dot, root) {
        Ok(()) => Ok(()),
        Err(Flow::Error(e)) => Err(e),
        Err(_) => Ok(()),
    }
}

/// Flow errors as Go's text (break and continue cannot escape a range).
pub(crate) fn flow_error(f: Flow) -> Option<String> {
    match f {
        Flow::Error(e) => Some(e),
        _ => None,
    }
}
