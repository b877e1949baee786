//! kubectl's JSONPath dialect (`k8s.io/client-go/util/jsonpath`), parsed and evaluated as
//! kubectl does, quirks included, so `-o jsonpath=...` prints the same bytes:
//!
//! * text outside `{...}` is printed as it is; `{"\n"}` and `{'\t'}` are Go-quoted literals;
//! * `.field`, `['key']`, `[n]`, `[a:b:c]` slices, `[*]`, `[a,b]` unions, `..` recursive
//!   descent, `[?(@.x == "y")]` filters (`==`, `!=`, `<`, `<=`, `>`, `>=`, and existence),
//!   `{range ...}...{end}`;
//! * each `{...}` prints its results separated by single spaces; maps and lists print as
//!   compact JSON (Go's `json.Marshal`), scalars as Go's `fmt.Print` would;
//! * a missing key is an error only when missing keys are not allowed.
//!
//! Go iterates maps in random order for `*` and `..`; kctl uses key order.

use std::borrow::Cow;
use std::io::{self, Write};

use serde_json::Value;

use super::json;
use super::table::cell_text;

/// One parsed element of a template.
#[derive(Debug, Clone, PartialEq)]
enum Node {
    /// `{...}`: a pipeline of nodes, each applied to the results of the previous.
    List(Vec<Node>),
    Text(String),
    Field(String),
    Wildcard,
    Recursive,
    Array([Param; 3]),
    Union(Vec<Vec<Node>>),
    Filter {
        left: Vec<Node>,
        right: Vec<Node>,
        op: String,
    },
    Int(i64),
    Float(f64),
    Bool(bool),
    Identifier(String),
}

/// A slice bound: `[start:end:step]`.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
struct Param {
    value: i64,
    known: bool,
    derived: bool,
}

/// A parsed template, ready to run on objects.
#[derive(Debug, Clone)]
pub(crate) struct JsonPath {
    nodes: Vec<Node>,
    allow_missing_keys: bool,
    json_output: bool,
}

impl JsonPath {
    /// Parse a template; the error text is client-go's.
    pub(crate) fn parse(template: &str) -> Result<JsonPath, String> {
        Ok(JsonPath {
            nodes: Parser::new(template).parse()?,
            allow_missing_keys: false,
            json_output: false,
        })
    }

    /// Whether a missing key gives no result (true) or an error (false, client-go's default).
    pub(crate) fn allow_missing_keys(mut self, allow: bool) -> JsonPath {
        self.allow_missing_keys = allow;
        self
    }

    /// `-o jsonpath-as-json`: each `{...}` prints its results as an indented JSON array.
    pub(crate) fn json_output(mut self, on: bool) -> JsonPath {
        self.json_output = on;
        self
    }

    /// The results of each top-level element, as client-go's `FindResults`.
    pub(crate) fn find_results<'a>(&self, data: &'a Value) -> Result<Vec<Vec<Cow<'a, Value>>>, String> {
        Eval::budgeted(self.allow_missing_keys, data).find_results(&self.nodes, 0, Cow::Borrowed(data))
    }

    /// Evaluate on `data` and write what kubectl prints. `Err(Ok(msg))` is a template error
    /// (nothing was written), `Err(Err(e))` a write error.
    pub(crate) fn execute(&self, w: &mut dyn Write, data: &Value) -> Result<(), ExecError> {
        let mut out = Vec::new();
        self.write_to(&mut out, data).map_err(ExecError::Template)?;
        w.write_all(&out).map_err(ExecError::Io)
    }

    /// Evaluate on `data` and append what kubectl prints to `out` (nothing on error).
    fn write_to(&self, out: &mut Vec<u8>, data: &Value) -> Result<(), String> {
        let results = self.find_results(data)?;
        let before = out.len();
        for group in &results {
            if let Err(e) = self.print_results(out, group) {
                out.truncate(before);
                return Err(e.to_string());
            }
        }
        Ok(())
    }

    fn print_results(&self, w: &mut Vec<u8>, results: &[Cow<'_, Value>]) -> io::Result<()> {
        if self.json_output {
            let arr = Value::Array(results.iter().map(|v| v.as_ref().clone()).collect());
            return json::write_json(w, &arr);
        }
        for (i, r) in results.iter().enumerate() {
            match r.as_ref() {
                v @ (Value::Object(_) | Value::Array(_)) => json::write_json_compact(w, v)?,
                v => w.extend_from_slice(cell_text(v).as_bytes()),
            }
            if i + 1 != results.len() {
                w.push(b' ');
            }
        }
        Ok(())
    }
}

/// A template split so a list can go through it one page at a time, without holding every
/// object: data-free text before and after one *section* that reads only `.items`, one item
/// at a time. Two shapes qualify:
///
/// * `{range .items[*]}...{end}` (or `[?(...)]`, or a full slice): each item's output
///   depends on that item alone, so the pages' outputs concatenate to the whole list's;
/// * `{.items[*].path}` with missing keys allowed: the results of every item, joined by
///   single spaces, so consecutive pages are joined by one space too. (With missing keys
///   not allowed, "not found" depends on the whole list, so that shape is not split.)
///
/// Anything else (`{.items[0]}`, `{.kind}`, two sections, `jsonpath-as-json`) needs the whole
/// list and is not split.
#[derive(Debug, Clone)]
pub(crate) struct Paged {
    head: JsonPath,
    section: JsonPath,
    joined: bool,
    tail: JsonPath,
}

/// A node whose output does not depend on the data (text and literals).
fn data_free(node: &Node) -> bool {
    match node {
        Node::Text(_) => true,
        Node::List(l) => l
            .iter()
            .all(|n| matches!(n, Node::Text(_) | Node::Int(_) | Node::Float(_) | Node::Bool(_))),
        _ => false,
    }
}

/// `[*]`, `[0:]`, `[:]`, `[::1]` or a filter: every item of the list, each on its own.
fn each_item(node: &Node) -> bool {
    match node {
        Node::Wildcard | Node::Filter { .. } => true,
        Node::Array([start, end, step]) => {
            (!start.known || start.value == 0) && !end.known && (!step.known || step.value == 1)
        }
        _ => false,
    }
}

/// A step of a path that maps each input on its own, so a list cut into pages gives the
/// whole list's results in order (a union groups by member across all inputs; `range` and
/// `end` are not paths).
fn per_element(node: &Node) -> bool {
    !matches!(node, Node::Union(_) | Node::Identifier(_) | Node::List(_))
}

fn is_range_over_items(node: &Node) -> bool {
    matches!(node, Node::List(l) if matches!(l.as_slice(),
        [Node::Identifier(r), Node::Field(f), each] if r == "range" && f == "items" && each_item(each)))
}

/// The index of the `{end}` closing the `{range}` at `start`.
fn matching_end(nodes: &[Node], start: usize) -> Option<usize> {
    let mut depth = 0usize;
    for (i, n) in nodes.iter().enumerate().skip(start) {
        if let Node::List(l) = n {
            match l.first() {
                Some(Node::Identifier(x)) if x == "range" => depth += 1,
                Some(Node::Identifier(x)) if x == "end" => {
                    depth = depth.checked_sub(1)?;
                    if depth == 0 {
                        return Some(i);
                    }
                }
                _ => {}
            }
        }
    }
    None
}

impl JsonPath {
    fn with_nodes(&self, nodes: &[Node]) -> JsonPath {
        JsonPath {
            nodes: nodes.to_vec(),
            ..self.clone()
        }
    }

    /// This template split for a page-at-a-time run, when its shape allows (see [`Paged`]).
    pub(crate) fn paged(&self) -> Option<Paged> {
        if self.json_output {
            return None;
        }
        let nodes = &self.nodes;
        let start = nodes.iter().position(|n| !data_free(n))?;
        let (end, joined) = match &nodes[start] {
            n if is_range_over_items(n) => (matching_end(nodes, start)?, false),
            Node::List(l) if self.allow_missing_keys => match l.as_slice() {
                [Node::Field(f), each, rest @ ..]
                    if f == "items" && each_item(each) && rest.iter().all(per_element) =>
                {
                    (start, true)
                }
                _ => return None,
            },
            _ => return None,
        };
        if !nodes[end + 1..].iter().all(data_free) {
            return None;
        }
        Some(Paged {
            head: self.with_nodes(&nodes[..start]),
            section: self.with_nodes(&nodes[start..=end]),
            joined,
            tail: self.with_nodes(&nodes[end + 1..]),
        })
    }
}

impl Paged {
    /// The text before the section (it reads no data).
    pub(crate) fn head(&self) -> Result<Vec<u8>, String> {
        let mut out = Vec::new();
        self.head.write_to(&mut out, &Value::Null)?;
        Ok(out)
    }

    /// The text after the section.
    pub(crate) fn tail(&self) -> Result<Vec<u8>, String> {
        let mut out = Vec::new();
        self.tail.write_to(&mut out, &Value::Null)?;
        Ok(out)
    }

    /// The section's output for one page (`data` is a `List` of the page's items), appended
    /// to `out`; `printed` tracks whether an earlier page printed results (for the space
    /// that joins `{.items[*].x}` results across pages).
    ///
    /// `Ok(false)`: client-go's evaluation of the whole list would stop here (an empty slice
    /// in `{.items[*]...}` drops every object after it), so later pages print nothing.
    pub(crate) fn page(&self, out: &mut Vec<u8>, data: &Value, printed: &mut bool) -> Result<bool, String> {
        if !self.joined {
            self.section.write_to(out, data)?;
            return Ok(true);
        }
        let [Node::List(nodes)] = self.section.nodes.as_slice() else {
            unreachable!("a joined section is one action")
        };
        let mut ev = Eval::budgeted(self.section.allow_missing_keys, data);
        let mut cur = vec![Cow::Borrowed(data)];
        let mut cut = false;
        for n in nodes {
            cur = match n {
                Node::Array(params) => {
                    let (next, c) = eval_array_cut(&cur, params)?;
                    cut |= c;
                    next
                }
                n => ev.walk(&cur, n)?,
            };
        }
        let mut text = Vec::new();
        self.section.print_results(&mut text, &cur).map_err(|e| e.to_string())?;
        if !text.is_empty() && std::mem::replace(printed, true) {
            out.push(b' ');
        }
        out.extend_from_slice(&text);
        Ok(!cut)
    }
}

/// Why a template could not be printed.
#[derive(Debug)]
pub(crate) enum ExecError {
    Template(String),
    Io(io::Error),
}

// ---- parser -----------------------------------------------------------------------------

const EOF: Option<char> = None;

struct Parser<'a> {
    input: &'a str,
    pos: usize,
    start: usize,
    width: usize,
}

fn is_terminator(r: Option<char>) -> bool {
    match r {
        None => true,
        Some(c) => matches!(
            c,
            ' ' | '\t' | '\r' | '\n' | '.' | ',' | '[' | ']' | '$' | '@' | '{' | '}'
        ),
    }
}

fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || (!c.is_ascii() && c.is_numeric())
}

fn is_alphanumeric(c: char) -> bool {
    c == '_' || c.is_alphabetic() || is_digit(c)
}

/// Go's `%#U`: `U+007B '{'`.
fn go_unicode(c: char) -> String {
    if c.is_control() {
        format!("U+{:04X}", c as u32)
    } else {
        format!("U+{:04X} '{c}'", c as u32)
    }
}

impl<'a> Parser<'a> {
    fn new(input: &'a str) -> Self {
        Parser {
            input,
            pos: 0,
            start: 0,
            width: 0,
        }
    }

    fn consume(&mut self) -> &'a str {
        let v = &self.input[self.start..self.pos];
        self.start = self.pos;
        v
    }

    fn next(&mut self) -> Option<char> {
        match self.input[self.pos..].chars().next() {
            None => {
                self.width = 0;
                EOF
            }
            Some(c) => {
                self.width = c.len_utf8();
                self.pos += self.width;
                Some(c)
            }
        }
    }

    fn peek(&mut self) -> Option<char> {
        let r = self.next();
        self.backup();
        r
    }

    fn backup(&mut self) {
        self.pos -= self.width;
    }

    fn rest(&self) -> &'a str {
        &self.input[self.pos..]
    }

    /// The whole template: text and `{...}` actions.
    fn parse(mut self) -> Result<Vec<Node>, String> {
        let mut root = Vec::new();
        loop {
            if self.rest().starts_with('{') {
                if self.pos > self.start {
                    root.push(Node::Text(self.consume().to_string()));
                }
                self.pos += 1;
                self.consume();
                let mut cur = Vec::new();
                self.parse_inside_action(&mut cur)?;
                root.push(Node::List(cur));
                continue;
            }
            if self.next().is_none() {
                break;
            }
        }
        if self.pos > self.start {
            root.push(Node::Text(self.consume().to_string()));
        }
        Ok(root)
    }

    /// Parse the inside of an action up to and including its `}`.
    fn parse_inside_action(&mut self, cur: &mut Vec<Node>) -> Result<(), String> {
        loop {
            let rest = self.rest();
            if rest.starts_with('}') {
                self.pos += 1;
                self.consume();
                return Ok(());
            }
            if rest.starts_with("[?(") {
                self.parse_filter(cur)?;
                continue;
            }
            if rest.starts_with("..") {
                self.parse_recursive(cur)?;
                continue;
            }
            match self.next() {
                None | Some('\r') | Some('\n') => return Err("unclosed action".into()),
                Some(' ') | Some('@') | Some('$') => {
                    self.consume();
                }
                Some('[') => self.parse_array(cur)?,
                Some(q @ ('"' | '\'')) => self.parse_quote(cur, q)?,
                Some('.') => self.parse_field(cur),
                Some(c) if c == '+' || c == '-' || is_digit(c) => {
                    self.backup();
                    self.parse_number(cur)?;
                }
                Some(c) if is_alphanumeric(c) => {
                    self.backup();
                    self.parse_identifier(cur);
                }
                Some(c) => return Err(format!("unrecognized character in action: {}", go_unicode(c))),
            }
        }
    }

    fn parse_identifier(&mut self, cur: &mut Vec<Node>) {
        loop {
            let r = self.next();
            if is_terminator(r) {
                if r.is_some() {
                    self.backup();
                }
                break;
            }
        }
        let value = self.consume();
        cur.push(match value {
            "true" => Node::Bool(true),
            "false" => Node::Bool(false),
            _ => Node::Identifier(value.to_string()),
        });
    }

    fn parse_recursive(&mut self, cur: &mut Vec<Node>) -> Result<(), String> {
        if matches!(cur.last(), Some(Node::Recursive)) {
            return Err("invalid multiple recursive descent".into());
        }
        self.pos += 2;
        self.consume();
        cur.push(Node::Recursive);
        if self.peek().is_some_and(is_alphanumeric) {
            self.parse_field(cur);
        }
        Ok(())
    }

    fn parse_number(&mut self, cur: &mut Vec<Node>) -> Result<(), String> {
        if matches!(self.peek(), Some('+') | Some('-')) {
            self.next();
        }
        loop {
            match self.next() {
                Some(c) if c == '.' || is_digit(c) => {}
                Some(_) => {
                    self.backup();
                    break;
                }
                None => break,
            }
        }
        let value = self.consume();
        if let Ok(i) = value.parse::<i64>() {
            cur.push(Node::Int(i));
        } else if let Some(f) = parse_go_float(value) {
            cur.push(Node::Float(f));
        } else {
            return Err(format!("cannot parse number {value}"));
        }
        Ok(())
    }

    fn parse_array(&mut self, cur: &mut Vec<Node>) -> Result<(), String> {
        loop {
            match self.next() {
                None | Some('\n') => return Err("unterminated array".into()),
                Some(']') => break,
                _ => {}
            }
        }
        let text = self.consume();
        let mut text = &text[1..text.len() - 1];
        if text == "*" {
            text = ":";
        }
        let parts: Vec<&str> = text.split(',').collect();
        if parts.len() > 1 {
            let mut union = Vec::new();
            for part in parts {
                union.push(parse_action(&format!("[{}]", part.trim_matches(' ')))?);
            }
            cur.push(Node::Union(union));
            return Ok(());
        }
        if text.len() >= 2 && text.starts_with('\'') && text.ends_with('\'') && !text[1..text.len() - 1].contains('\'')
        {
            cur.extend(parse_action(&format!(".{}", &text[1..text.len() - 1]))?);
            return Ok(());
        }
        let groups = slice_groups(text).ok_or_else(|| format!("invalid array index {text}"))?;
        let mut params = [Param::default(); 3];
        for i in 0..3 {
            let g = groups[i];
            if !g.is_empty() {
                let v = if i > 0 { &g[1..] } else { g };
                if i > 0 && v.is_empty() {
                    params[i].known = false;
                } else {
                    params[i].known = true;
                    params[i].value = v
                        .parse::<i64>()
                        .map_err(|_| format!("array index {v} is not a number"))?;
                }
            } else if i == 1 {
                params[i].known = true;
                // Go's int wraps: `[9223372036854775807]` is then out of bounds, not a panic.
                params[i].value = params[0].value.wrapping_add(1);
                params[i].derived = true;
            } else {
                params[i].known = false;
                params[i].value = 0;
            }
        }
        cur.push(Node::Array(params));
        Ok(())
    }

    fn parse_filter(&mut self, cur: &mut Vec<Node>) -> Result<(), String> {
        self.pos += 3;
        self.consume();
        let (mut begin, mut end) = (false, false);
        let mut pair = '"';
        loop {
            let r = self.next();
            match r {
                None | Some('\n') => return Err("unterminated filter".into()),
                Some(q @ ('"' | '\'')) => {
                    if !begin {
                        begin = true;
                        pair = q;
                        continue;
                    }
                    if self.input.as_bytes()[self.pos - 2] != b'\\' && q == pair {
                        end = true;
                    }
                }
                Some(')') if begin == end => break,
                _ => {}
            }
        }
        if self.next() != Some(']') {
            return Err("unclosed array expect ]".into());
        }
        let text = self.consume();
        let text = &text[..text.len() - 2];
        match split_filter(text) {
            None => cur.push(Node::Filter {
                left: parse_action(text)?,
                right: Vec::new(),
                op: "exists".into(),
            }),
            Some((l, op, r)) => cur.push(Node::Filter {
                left: parse_action(l)?,
                right: parse_action(r)?,
                op: op.to_string(),
            }),
        }
        Ok(())
    }

    fn parse_quote(&mut self, cur: &mut Vec<Node>, end: char) -> Result<(), String> {
        loop {
            match self.next() {
                None | Some('\n') => return Err("unterminated quoted string".into()),
                Some(c) if c == end && self.input.as_bytes()[self.pos - 2] != b'\\' => break,
                _ => {}
            }
        }
        let value = self.consume();
        let s = unquote_extend(value).map_err(|e| format!("unquote string {value} error {e}"))?;
        cur.push(Node::Text(s));
        Ok(())
    }

    fn parse_field(&mut self, cur: &mut Vec<Node>) {
        self.consume();
        loop {
            let r = self.next();
            if r == Some('\\') {
                self.next();
            } else if is_terminator(r) {
                if r.is_some() {
                    self.backup();
                }
                break;
            }
        }
        let value = self.consume();
        if value == "*" {
            cur.push(Node::Wildcard);
        } else {
            cur.push(Node::Field(value.replace('\\', "")));
        }
    }
}

/// client-go's `parseAction`: the nodes of `{text}`.
fn parse_action(text: &str) -> Result<Vec<Node>, String> {
    let nodes = Parser::new(&format!("{{{text}}}")).parse()?;
    match nodes.into_iter().next() {
        Some(Node::List(l)) => Ok(l),
        _ => Ok(Vec::new()),
    }
}

/// The groups of `^(-?[\d]*)(:-?[\d]*)?(:-?[\d]*)?$`.
fn slice_groups(text: &str) -> Option<[&str; 3]> {
    let ok = |s: &str| {
        let s = s.strip_prefix('-').unwrap_or(s);
        s.bytes().all(|b| b.is_ascii_digit())
    };
    let mut groups = [""; 3];
    let mut rest = text;
    let first_end = rest.find(':').unwrap_or(rest.len());
    groups[0] = &rest[..first_end];
    if !ok(groups[0]) {
        return None;
    }
    rest = &rest[first_end..];
    for g in groups.iter_mut().skip(1) {
        if rest.is_empty() {
            break;
        }
        let end = rest[1..].find(':').map(|i| i + 1).unwrap_or(rest.len());
        *g = &rest[..end];
        if !ok(&g[1..]) {
            return None;
        }
        rest = &rest[end..];
    }
    rest.is_empty().then_some(groups)
}

/// `^([^!<>=]+)([!<>=]+)(.+?)$` as Go's regexp matches it.
fn split_filter(text: &str) -> Option<(&str, &str, &str)> {
    let is_op = |c: char| matches!(c, '!' | '<' | '>' | '=');
    let left_end = text.find(is_op)?;
    if left_end == 0 || text[..left_end].contains('\n') {
        return None;
    }
    let after = &text[left_end..];
    let mut op_end = after.find(|c: char| !is_op(c)).unwrap_or(after.len());
    if op_end == after.len() {
        // The right side needs at least one character: the operator gives one back.
        if op_end < 2 {
            return None;
        }
        op_end -= 1;
    }
    let right = &after[op_end..];
    if right.contains('\n') {
        return None;
    }
    Some((&text[..left_end], &after[..op_end], right))
}

/// Go's `strconv.ParseFloat` for the numbers the parser lets through (digits and dots).
fn parse_go_float(s: &str) -> Option<f64> {
    let body = s.strip_prefix(['+', '-']).unwrap_or(s);
    if body.is_empty() || body == "." || body.matches('.').count() > 1 {
        return None;
    }
    s.parse::<f64>().ok()
}

/// client-go's `UnquoteExtend`: `strconv.Unquote` that also accepts single-quoted strings.
fn unquote_extend(s: &str) -> Result<String, &'static str> {
    const SYNTAX: &str = "invalid syntax";
    let bytes = s.as_bytes();
    if bytes.len() < 2 {
        return Err(SYNTAX);
    }
    let quote = bytes[0];
    if quote != bytes[bytes.len() - 1] || (quote != b'"' && quote != b'\'') {
        return Err(SYNTAX);
    }
    let inner = &s[1..s.len() - 1];
    if !inner.contains('\\') && !inner.contains(quote as char) {
        return Ok(inner.to_string());
    }
    let mut out = String::new();
    let mut chars = inner.chars().peekable();
    while let Some(c) = chars.next() {
        if c == quote as char {
            return Err(SYNTAX);
        }
        if c != '\\' {
            out.push(c);
            continue;
        }
        let e = chars.next().ok_or(SYNTAX)?;
        match e {
            'a' => out.push('\u{7}'),
            'b' => out.push('\u{8}'),
            'f' => out.push('\u{c}'),
            'n' => out.push('\n'),
            'r' => out.push('\r'),
            't' => out.push('\t'),
            'v' => out.push('\u{b}'),
            '\\' => out.push('\\'),
            '\'' | '"' => {
                if e != quote as char {
                    return Err(SYNTAX);
                }
                out.push(e);
            }
            'x' | 'u' | 'U' => {
                let n = match e {
                    'x' => 2,
                    'u' => 4,
                    _ => 8,
                };
                let mut v = 0u32;
                for _ in 0..n {
                    let d = chars.next().and_then(|c| c.to_digit(16)).ok_or(SYNTAX)?;
                    v = v * 16 + d;
                }
                if e == 'x' {
                    // A byte; only ASCII bytes can be represented in a Rust string.
                    out.push(char::from_u32(v).filter(|c| c.is_ascii()).ok_or(SYNTAX)?);
                } else {
                    out.push(char::from_u32(v).ok_or(SYNTAX)?);
                }
            }
            '0'..='7' => {
                let mut v = e.to_digit(8).unwrap_or_default();
                for _ in 0..2 {
                    let d = chars.next().and_then(|c| c.to_digit(8)).ok_or(SYNTAX)?;
                    v = v * 8 + d;
                }
                if v > 255 {
                    return Err(SYNTAX);
                }
                out.push(char::from_u32(v).filter(|c| c.is_ascii()).ok_or(SYNTAX)?);
            }
            _ => return Err(SYNTAX),
        }
    }
    Ok(out)
}

// ---- evaluation -------------------------------------------------------------------------

type V<'a> = Cow<'a, Value>;

struct Eval {
    allow_missing_keys: bool,
    /// Values left to visit: nested `range`s and `..` over the same data grow as its size to
    /// the power of the nesting (seconds, then minutes, for a few levels); past this, an error.
    budget: usize,
    begin_range: usize,
    in_range: usize,
    end_range: usize,
    last_end: Option<usize>,
}

static NULL: Value = Value::Null;

/// A map's value by key, borrowed when the map is.
fn field<'a>(v: &V<'a>, name: &str) -> Option<V<'a>> {
    match v {
        Cow::Borrowed(b) => {
            let b: &'a Value = b;
            b.as_object().and_then(|m| m.get(name)).map(Cow::Borrowed)
        }
        Cow::Owned(o) => o.as_object().and_then(|m| m.get(name)).cloned().map(Cow::Owned),
    }
}

/// A list's item, borrowed when the list is.
fn index<'a>(v: &V<'a>, idx: usize) -> Option<V<'a>> {
    match v {
        Cow::Borrowed(b) => {
            let b: &'a Value = b;
            b.as_array().and_then(|a| a.get(idx)).map(Cow::Borrowed)
        }
        Cow::Owned(o) => o.as_array().and_then(|a| a.get(idx)).cloned().map(Cow::Owned),
    }
}

/// Every direct child of a map (in key order) or a list.
fn children_of(v: &Value) -> Box<dyn Iterator<Item = &Value> + '_> {
    match v {
        Value::Object(m) => Box::new(m.values()),
        Value::Array(a) => Box::new(a.iter()),
        _ => Box::new(std::iter::empty()),
    }
}

/// The children of `v` as client-go iterates them: map values, list items, string bytes.
fn expand<'a>(v: &V<'a>) -> Vec<V<'a>> {
    match v {
        Cow::Borrowed(b) => {
            let b: &'a Value = b;
            match b {
                Value::String(s) => s.bytes().map(|x| Cow::Owned(Value::from(x))).collect(),
                _ => children_of(b).map(Cow::Borrowed).collect(),
            }
        }
        Cow::Owned(o) => match o {
            Value::String(s) => s.bytes().map(|x| Cow::Owned(Value::from(x))).collect(),
            _ => children_of(o).cloned().map(Cow::Owned).collect(),
        },
    }
}

/// The number of values in `v` (itself included), for the evaluation budget.
fn count_values(v: &Value) -> usize {
    1 + match v {
        Value::Object(m) => m.values().map(count_values).sum(),
        Value::Array(a) => a.iter().map(count_values).sum(),
        Value::String(s) => s.len(),
        _ => 0,
    }
}

/// Go's type name of a decoded JSON value, for error messages.
fn go_type(v: &Value) -> &'static str {
    match v {
        Value::Object(_) => "map[string]interface {}",
        Value::Array(_) => "[]interface {}",
        Value::String(_) => "string",
        Value::Bool(_) => "bool",
        Value::Number(n) if n.is_f64() => "float64",
        Value::Number(_) => "int64",
        Value::Null => "<nil>",
    }
}

impl Eval {
    fn new(allow_missing_keys: bool) -> Eval {
        Eval {
            allow_missing_keys,
            budget: usize::MAX,
            begin_range: 0,
            in_range: 0,
            end_range: 0,
            last_end: None,
        }
    }

    /// An evaluator for `data` with its step budget: a million steps, and a few hundred
    /// passes over large data: far more than any template needs unless it nests ranges over
    /// the same values.
    fn budgeted(allow_missing_keys: bool, data: &Value) -> Eval {
        Eval {
            budget: 1_000_000 + 256 * count_values(data),
            ..Eval::new(allow_missing_keys)
        }
    }

    fn find_results<'a>(&mut self, nodes: &[Node], start: usize, data: V<'a>) -> Result<Vec<Vec<V<'a>>>, String> {
        let cur = vec![data];
        let mut full = Vec::new();
        let mut i = start;
        while i < nodes.len() {
            let results = self.walk(&cur, &nodes[i])?;
            if self.end_range > 0 && self.end_range <= self.in_range {
                self.end_range -= 1;
                self.last_end = Some(i);
                break;
            }
            if self.begin_range > 0 {
                self.begin_range -= 1;
                self.in_range += 1;
                if results.is_empty() {
                    self.find_results(nodes, i + 1, Cow::Borrowed(&NULL))?;
                } else {
                    for value in results {
                        full.extend(self.find_results(nodes, i + 1, value)?);
                    }
                }
                self.in_range -= 1;
                if let Some(k) = (i + 1..nodes.len()).find(|&k| Some(k) == self.last_end) {
                    i = k;
                }
                i += 1;
                continue;
            }
            full.push(results);
            i += 1;
        }
        Ok(full)
    }

    fn walk<'a>(&mut self, input: &[V<'a>], node: &Node) -> Result<Vec<V<'a>>, String> {
        self.budget = self.budget.checked_sub(input.len() + 1).ok_or_else(|| {
            "the template visits too many values (nested range or recursive descent over the same data)".to_string()
        })?;
        match node {
            Node::List(nodes) => self.eval_list(input, nodes),
            Node::Text(t) => Ok(vec![Cow::Owned(Value::String(t.clone()))]),
            Node::Field(name) => self.eval_field(input, name),
            Node::Array(params) => eval_array(input, params),
            Node::Filter { left, right, op } => self.eval_filter(input, left, right, op),
            Node::Int(i) => Ok(input.iter().map(|_| Cow::Owned(Value::from(*i))).collect()),
            Node::Float(f) => Ok(input
                .iter()
                .map(|_| {
                    Cow::Owned(
                        serde_json::Number::from_f64(*f)
                            .map(Value::Number)
                            .unwrap_or(Value::Null),
                    )
                })
                .collect()),
            Node::Bool(b) => Ok(input.iter().map(|_| Cow::Owned(Value::Bool(*b))).collect()),
            Node::Wildcard => Ok(input.iter().filter(|v| !v.is_null()).flat_map(expand).collect()),
            Node::Recursive => Ok(eval_recursive(input)),
            Node::Union(lists) => {
                let mut out = Vec::new();
                for l in lists {
                    out.extend(self.eval_list(input, l)?);
                }
                Ok(out)
            }
            Node::Identifier(name) => match name.as_str() {
                "range" => {
                    self.begin_range += 1;
                    Ok(input.to_vec())
                }
                "end" => {
                    if self.in_range > 0 {
                        self.end_range += 1;
                        Ok(Vec::new())
                    } else {
                        Err("not in range, nothing to end".into())
                    }
                }
                other => Err(format!("unrecognized identifier {other}")),
            },
        }
    }

    fn eval_list<'a>(&mut self, input: &[V<'a>], nodes: &[Node]) -> Result<Vec<V<'a>>, String> {
        let mut cur = input.to_vec();
        for n in nodes {
            cur = self.walk(&cur, n)?;
        }
        Ok(cur)
    }

    fn eval_field<'a>(&self, input: &[V<'a>], name: &str) -> Result<Vec<V<'a>>, String> {
        if input.is_empty() {
            return Ok(Vec::new());
        }
        let results: Vec<V<'a>> = input
            .iter()
            .filter(|v| !v.is_null())
            .filter_map(|v| field(v, name))
            .collect();
        if results.is_empty() && !self.allow_missing_keys {
            return Err(format!("{name} is not found"));
        }
        Ok(results)
    }

    fn eval_filter<'a>(
        &mut self,
        input: &[V<'a>],
        left: &[Node],
        right: &[Node],
        op: &str,
    ) -> Result<Vec<V<'a>>, String> {
        let mut results = Vec::new();
        for value in input {
            let Value::Array(items) = value.as_ref() else {
                let shown = if value.is_null() {
                    "<nil>".to_string()
                } else {
                    cell_text(value)
                };
                return Err(format!("{shown} is not array or slice and cannot be filtered"));
            };
            for idx in 0..items.len() {
                let Some(item) = index(value, idx) else {
                    continue;
                };
                let temp = [item.clone()];
                let lefts = self.eval_list(&temp, left);
                if op == "exists" {
                    if lefts.is_ok_and(|l| !l.is_empty()) {
                        results.push(item);
                    }
                    continue;
                }
                let lefts = lefts?;
                match lefts.len() {
                    0 => continue,
                    1 => {}
                    _ => return Err("can only compare one element at a time".into()),
                }
                let rights = self.eval_list(&temp, right)?;
                match rights.len() {
                    0 => continue,
                    1 => {}
                    _ => return Err("can only compare one element at a time".into()),
                }
                if compare(op, &lefts[0], &rights[0])? {
                    results.push(item);
                }
            }
        }
        Ok(results)
    }
}

fn eval_array<'a>(input: &[V<'a>], node: &[Param; 3]) -> Result<Vec<V<'a>>, String> {
    eval_array_cut(input, node).map(|(result, _)| result)
}

/// `eval_array`, and whether client-go's quirk cut it short: an empty slice of one input
/// ends the whole evaluation, dropping every input after it.
fn eval_array_cut<'a>(input: &[V<'a>], node: &[Param; 3]) -> Result<(Vec<V<'a>>, bool), String> {
    let mut result = Vec::new();
    for value in input {
        if value.is_null() {
            continue;
        }
        let Value::Array(items) = value.as_ref() else {
            return Err(format!("{} is not array or slice", go_type(value)));
        };
        let len = items.len() as i64;
        let mut params = *node;
        if !params[0].known {
            params[0].value = 0;
        }
        if params[0].value < 0 {
            params[0].value += len;
        }
        if !params[1].known {
            params[1].value = len;
        }
        if params[1].value < 0 || (params[1].value == 0 && params[1].derived) {
            params[1].value += len;
        }
        if params[1].value != params[0].value {
            if params[0].value >= len || params[0].value < 0 {
                return Err(format!(
                    "array index out of bounds: index {}, length {len}",
                    params[0].value
                ));
            }
            if params[1].value > len || params[1].value < 0 {
                return Err(format!(
                    "array index out of bounds: index {}, length {len}",
                    params[1].value - 1
                ));
            }
            if params[0].value > params[1].value {
                return Err(format!(
                    "starting index {} is greater than ending index {}",
                    params[0].value, params[1].value
                ));
            }
        } else {
            return Ok((result, true));
        }
        let step = if params[2].known {
            if params[2].value <= 0 {
                return Err("step must be > 0".into());
            }
            params[2].value as usize
        } else {
            1
        };
        let (from, to) = (params[0].value as usize, params[1].value as usize);
        for idx in (from..to).step_by(step) {
            if let Some(c) = index(value, idx) {
                result.push(c);
            }
        }
    }
    Ok((result, false))
}

fn eval_recursive<'a>(input: &[V<'a>]) -> Vec<V<'a>> {
    let mut result = Vec::new();
    for value in input {
        match value.as_ref() {
            Value::Null => {}
            Value::String(s) => {
                // Its bytes are leaves: the string is a result, nothing below it is.
                if !s.is_empty() {
                    result.push(value.clone());
                }
            }
            _ => {
                let children = expand(value);
                if !children.is_empty() {
                    result.push(value.clone());
                    result.extend(eval_recursive(&children));
                }
            }
        }
    }
    result
}

/// The kinds Go's template comparisons know.
#[derive(PartialEq)]
enum Basic<'v> {
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(&'v str),
}

fn basic(v: &Value) -> Result<Basic<'_>, String> {
    match v {
        Value::Bool(b) => Ok(Basic::Bool(*b)),
        Value::String(s) => Ok(Basic::Str(s)),
        Value::Number(n) if !n.is_f64() => match n.as_i64() {
            Some(i) => Ok(Basic::Int(i)),
            None => Ok(Basic::Float(n.as_f64().unwrap_or_default())),
        },
        Value::Number(n) => Ok(Basic::Float(n.as_f64().unwrap_or_default())),
        _ => Err("invalid type for comparison".into()),
    }
}

const BAD_COMPARISON: &str = "incompatible types for comparison";

fn eq(a: &Value, b: &Value) -> Result<bool, String> {
    let (x, y) = (basic(a)?, basic(b)?);
    match (&x, &y) {
        (Basic::Bool(p), Basic::Bool(q)) => Ok(p == q),
        (Basic::Int(p), Basic::Int(q)) => Ok(p == q),
        (Basic::Float(p), Basic::Float(q)) => Ok(p == q),
        (Basic::Str(p), Basic::Str(q)) => Ok(p == q),
        _ => Err(BAD_COMPARISON.into()),
    }
}

fn lt(a: &Value, b: &Value) -> Result<bool, String> {
    let (x, y) = (basic(a)?, basic(b)?);
    match (&x, &y) {
        (Basic::Int(p), Basic::Int(q)) => Ok(p < q),
        (Basic::Float(p), Basic::Float(q)) => Ok(p < q),
        (Basic::Str(p), Basic::Str(q)) => Ok(p < q),
        (Basic::Bool(_), Basic::Bool(_)) => Err("invalid type for comparison".into()),
        _ => Err(BAD_COMPARISON.into()),
    }
}

fn le(a: &Value, b: &Value) -> Result<bool, String> {
    if lt(a, b)? {
        return Ok(true);
    }
    eq(a, b)
}

fn compare(op: &str, a: &Value, b: &Value) -> Result<bool, String> {
    match op {
        "<" => lt(a, b),
        ">" => le(a, b).map(|x| !x),
        "==" => eq(a, b),
        "!=" => eq(a, b).map(|x| !x),
        "<=" => le(a, b),
        ">=" => lt(a, b).map(|x| !x),
        other => Err(format!("unrecognized filter operator {other}")),
    }
}

// ---- kubectl's printer ------------------------------------------------------------------

/// kubectl's `RelaxedJSONPathExpression`: `a.b`, `.a.b`, `{a.b}` and `{.a.b}` all mean `{.a.b}`.
pub(crate) fn relaxed(path: &str) -> Result<String, String> {
    if path.is_empty() {
        return Ok(String::new());
    }
    let strip = |s: &str| -> Option<String> {
        let s = match s.strip_prefix('.') {
            Some(rest) if !rest.is_empty() => rest,
            _ => s,
        };
        (!s.is_empty() && !s.contains(['{', '}'])).then(|| format!("{{.{s}}}"))
    };
    let braced = path.strip_prefix('{').and_then(|p| p.strip_suffix('}')).and_then(strip);
    braced.or_else(|| strip(path)).ok_or_else(|| {
        "unexpected path string, expected a 'name1.name2' or '.name1.name2' or '{name1.name2}' or '{.name1.name2}'"
            .to_string()
    })
}

/// kubectl's error for a template that failed on an object, with its debugging dump.
pub(crate) fn execution_error(template: &str, err: &str, data: &Value) -> String {
    format!(
        "error: error executing jsonpath {}: Error executing template: {err}. Printing more information for debugging the template:\n\ttemplate was:\n\t\t{template}\n\tobject given to jsonpath engine was:\n\t\t{}\n\n",
        go_quote(template),
        go_sharp_v(data)
    )
}

/// Go's `strconv.Quote`.
pub(crate) fn go_quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\u{7}' => out.push_str("\\a"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{b}' => out.push_str("\\v"),
            c if (c as u32) < 0x20 || c as u32 == 0x7f => out.push_str(&format!("\\x{:02x}", c as u32)),
            c if c.is_control() => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Go's `%#v` of a decoded JSON value.
pub(crate) fn go_sharp_v(v: &Value) -> String {
    let mut out = String::new();
    push_sharp_v(&mut out, v);
    out
}

fn push_sharp_v(out: &mut String, v: &Value) {
    match v {
        Value::Null => out.push_str("interface {}(nil)"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(_) => out.push_str(&cell_text(v)),
        Value::String(s) => out.push_str(&go_quote(s)),
        Value::Array(a) => {
            out.push_str("[]interface {}{");
            for (i, x) in a.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                push_sharp_v(out, x);
            }
            out.push('}');
        }
        Value::Object(m) => {
            out.push_str("map[string]interface {}{");
            for (i, (k, x)) in m.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                out.push_str(&go_quote(k));
                out.push(':');
                push_sharp_v(out, x);
            }
            out.push('}');
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn run(tmpl: &str, data: &Value) -> String {
        let jp = JsonPath::parse(tmpl).unwrap().allow_missing_keys(true);
        let mut out = Vec::new();
        match jp.execute(&mut out, data) {
            Ok(()) => String::from_utf8(out).unwrap(),
            Err(ExecError::Template(e)) => format!("ERR {e}"),
            Err(ExecError::Io(e)) => panic!("{e}"),
        }
    }

    fn pods() -> Value {
        json!({"kind": "List", "items": [
            {"metadata": {"name": "a", "labels": {"app": "web"}}, "status": {"phase": "Running"},
             "spec": {"containers": [{"name": "c1", "ports": [{"containerPort": 80}]}, {"name": "c2"}]}},
            {"metadata": {"name": "b"}, "status": {"phase": "Pending"},
             "spec": {"containers": [{"name": "c3"}]}},
        ]})
    }

    /// A list of `n` objects, some without labels (missing keys) and some with containers.
    fn list_of(n: usize) -> Value {
        let items: Vec<Value> = (0..n)
            .map(|i| {
                let phase = ["Running", "Pending"][i % 2];
                let mut o = json!({"metadata": {"name": format!("o{i}")}, "status": {"phase": phase},
                    "spec": {"containers": (0..i % 3).map(|c| json!({"name": format!("c{c}")})).collect::<Vec<_>>()}});
                if i % 3 == 0 {
                    o["metadata"]["labels"] = json!({"app": "web", "i": i});
                }
                o
            })
            .collect();
        json!({"apiVersion": "v1", "items": items, "kind": "List", "metadata": {"resourceVersion": ""}})
    }

    /// Run `paged` over `data`'s items cut into pages of `size`, as `get` does.
    fn run_paged(paged: &Paged, data: &Value, size: usize) -> Result<String, String> {
        let items = data["items"].as_array().unwrap();
        let mut out = paged.head()?;
        let mut printed = false;
        for chunk in items.chunks(size) {
            let page = json!({"apiVersion": "v1", "items": chunk, "kind": "List", "metadata": {"resourceVersion": ""}});
            if !paged.page(&mut out, &page, &mut printed)? {
                break;
            }
        }
        out.extend(paged.tail()?);
        Ok(String::from_utf8(out).unwrap())
    }

    #[test]
    fn paged_templates_print_what_the_whole_list_prints() {
        let templates = [
            "{range .items[*]}{.metadata.name}{\"\\n\"}{end}",
            "{range .items[*]}{.metadata.name}{\"\\t\"}{.metadata.labels.app}{\"\\n\"}{end}",
            "head {range .items[?(@.status.phase==\"Running\")]}[{.metadata.name}]{end} tail{\"\\n\"}",
            "{range .items[*]}{.metadata.name}:{range .spec.containers[*]}{.name},{end};{end}",
            "{.items[*].metadata.name}",
            "names: {.items[*].metadata.name}{\"\\n\"}",
            "{.items[*].metadata.labels.app}",
            "{.items[*].spec.containers[*].name}",
            "{.items[?(@.status.phase==\"Pending\")].metadata.name}",
            "{.items[0:].metadata.name}",
            "{.items[*]..name}",
            "{.items[*].metadata}",
        ];
        for t in templates {
            let jp = JsonPath::parse(t).unwrap().allow_missing_keys(true);
            let paged = jp.paged().unwrap_or_else(|| panic!("{t} should run page by page"));
            for n in [0, 1, 2, 5, 9] {
                let data = list_of(n);
                let mut whole = Vec::new();
                jp.execute(&mut whole, &data).unwrap();
                let whole = String::from_utf8(whole).unwrap();
                for size in 1..=4 {
                    // An empty list has one (empty) page.
                    let got = if n == 0 {
                        let mut out = paged.head().unwrap();
                        paged.page(&mut out, &data, &mut false).unwrap();
                        out.extend(paged.tail().unwrap());
                        String::from_utf8(out).unwrap()
                    } else {
                        run_paged(&paged, &data, size).unwrap()
                    };
                    assert_eq!(got, whole, "{t} on {n} items in pages of {size}");
                }
            }
        }
    }

    #[test]
    fn templates_that_need_the_whole_list_are_not_paged() {
        for t in [
            "{.items[0].metadata.name}",
            "{.items[-1:].metadata.name}",
            "{.items[1:3].metadata.name}",
            "{.kind}",
            "{.items[*].metadata.name} {.items[*].status.phase}",
            "{range .items[*]}{.metadata.name}{end}{.kind}",
            "{.metadata.resourceVersion}{range .items[*]}{.metadata.name}{end}",
            "{..name}",
            "{.items}",
            "plain text",
        ] {
            let jp = JsonPath::parse(t).unwrap().allow_missing_keys(true);
            assert!(jp.paged().is_none(), "{t} must not be paged");
        }
        // Without missing keys allowed, "not found" depends on every item together.
        let strict = JsonPath::parse("{.items[*].metadata.name}").unwrap();
        assert!(strict.paged().is_none());
        // A range decides per item, so it is paged either way; so is the error.
        let strict = JsonPath::parse("{range .items[*]}{.metadata.labels.app}{end}").unwrap();
        let paged = strict.paged().unwrap();
        assert_eq!(run_paged(&paged, &list_of(3), 1).unwrap_err(), "labels is not found");
        assert!(
            JsonPath::parse("{range .items[*]}{.metadata.name}{end}")
                .unwrap()
                .json_output(true)
                .paged()
                .is_none()
        );
    }

    #[test]
    fn fields_wildcards_and_literals() {
        let d = pods();
        assert_eq!(run("{.items[*].metadata.name}", &d), "a b");
        assert_eq!(run("x{.items[0].metadata.name}y", &d), "xay");
        assert_eq!(run("{.items[0].metadata.labels}", &d), "{\"app\":\"web\"}");
        assert_eq!(run("{.items[*].metadata.name}{\"\\n\"}", &d), "a b\n");
        assert_eq!(run("{'\\t'}", &d), "\t");
        assert_eq!(run("{.items[*].nope}", &d), "");
        assert_eq!(run("{.items[0].metadata.name.*}", &d), "97");
    }

    #[test]
    fn slices_and_unions() {
        let d = pods();
        assert_eq!(run("{.items[-1:].metadata.name}", &d), "b");
        assert_eq!(run("{.items[0:2:2].metadata.name}", &d), "a");
        assert_eq!(run("{.items[0,1].metadata.name}", &d), "a b");
        assert_eq!(run("{.items[0]['metadata']['name']}", &d), "a");
        assert_eq!(
            run("{.items[5]}", &d),
            "ERR array index out of bounds: index 5, length 2"
        );
        assert_eq!(
            run("{.items[1:0]}", &d),
            "ERR starting index 1 is greater than ending index 0"
        );
        assert_eq!(run("{.items[0:0]}", &d), "");
    }

    #[test]
    fn filters() {
        let d = pods();
        assert_eq!(run("{.items[?(@.status.phase==\"Running\")].metadata.name}", &d), "a");
        assert_eq!(run("{.items[?(@.status.phase!='Running')].metadata.name}", &d), "b");
        assert_eq!(run("{.items[*].spec.containers[?(@.ports)].name}", &d), "c1");
        assert_eq!(
            run("{.items[0].spec.containers[?(@.ports[0].containerPort>=80)].name}", &d),
            "c1"
        );
        assert_eq!(
            run("{.items[0].spec.containers[?(@.name==80)].name}", &d),
            "ERR incompatible types for comparison"
        );
    }

    #[test]
    fn ranges() {
        let d = pods();
        assert_eq!(
            run(
                "{range .items[*]}{.metadata.name}:{range .spec.containers[*]}[{.name}]{end}{\"\\n\"}{end}",
                &d
            ),
            "a:[c1][c2]\nb:[c3]\n"
        );
        assert_eq!(run("{range .nope[*]}{.x}{end}after", &d), "after");
        assert_eq!(run("{end}", &d), "ERR not in range, nothing to end");
    }

    #[test]
    fn recursive_descent() {
        let d = pods();
        assert_eq!(run("{..name}", &d), "a c1 c2 b c3");
        assert_eq!(
            JsonPath::parse("{....a}").unwrap_err(),
            "invalid multiple recursive descent"
        );
    }

    #[test]
    fn missing_keys() {
        let d = pods();
        let jp = JsonPath::parse("{.items[*].nope}").unwrap();
        assert!(matches!(jp.execute(&mut Vec::new(), &d), Err(ExecError::Template(e)) if e == "nope is not found"));
    }

    #[test]
    fn json_output() {
        let jp = JsonPath::parse("{.items[*].metadata.name}").unwrap().json_output(true);
        let mut out = Vec::new();
        jp.execute(&mut out, &pods()).unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), "[\n    \"a\",\n    \"b\"\n]\n");
    }

    #[test]
    fn parse_errors() {
        assert_eq!(
            JsonPath::parse("{.a{}").unwrap_err(),
            "unrecognized character in action: U+007B '{'"
        );
        assert_eq!(JsonPath::parse("{.items[0").unwrap_err(), "unterminated array");
        assert_eq!(JsonPath::parse("{.a").unwrap_err(), "unclosed action");
        assert_eq!(JsonPath::parse("{[x]}").unwrap_err(), "invalid array index x");
        assert_eq!(
            JsonPath::parse("{.a[?(@.b=~\"p\")]}").unwrap_err(),
            "unrecognized character in action: U+007E '~'"
        );
    }

    #[test]
    fn relaxed_paths() {
        assert_eq!(relaxed("metadata.name").unwrap(), "{.metadata.name}");
        assert_eq!(relaxed(".metadata.name").unwrap(), "{.metadata.name}");
        assert_eq!(relaxed("{.metadata.name}").unwrap(), "{.metadata.name}");
        assert_eq!(relaxed("{metadata.name}").unwrap(), "{.metadata.name}");
        assert_eq!(relaxed("{.}").unwrap(), "{..}");
        assert!(relaxed("{{.x}}").is_err());
    }

    #[test]
    fn sharp_v() {
        assert_eq!(
            go_sharp_v(&json!({"b": [1, "x\"y", null], "a": {}})),
            "map[string]interface {}{\"a\":map[string]interface {}{}, \"b\":[]interface {}{1, \"x\\\"y\", interface {}(nil)}}"
        );
    }

    /// Found by fuzzing: the end of `[i]` is `i + 1`, which overflowed (a panic in debug
    /// builds); client-go's int wraps, so the index is reported out of bounds.
    #[test]
    fn largest_index_is_out_of_bounds() {
        assert_eq!(
            run("{.items[9223372036854775807].metadata.name}", &pods()),
            "ERR array index out of bounds: index 9223372036854775807, length 2"
        );
    }

    /// No template may run for hours (a fuzzing limit): ranges nested over the same values
    /// cost (values)^(depth), e.g. 20 `{range ..}` over 40 nested lists visit C(40, 20) =
    /// 1.4e11 chains of lists. The budget stops them with an error.
    #[test]
    fn nested_ranges_over_everything_stop() {
        let mut deep = json!([]);
        for _ in 0..40 {
            deep = json!([deep]);
        }
        let t = format!("{}{{..}}{}", "{range ..}".repeat(20), "{end}".repeat(20));
        assert_eq!(
            run(&t, &deep),
            "ERR the template visits too many values (nested range or recursive descent over the same data)"
        );
        // Found by fuzzing: each `{range}` left open runs the rest of the template twice
        // (client-go's evaluation), so 30 of them ran 2^30 times.
        assert_eq!(
            run(&"A{range}".repeat(30), &pods()),
            "ERR the template visits too many values (nested range or recursive descent over the same data)"
        );
        // Many passes over large data are still fine.
        let big = list_of(2000);
        let all = run(
            "{range .items[*]}{..}{end}{..}{range .items[*]}{range .spec.containers[*]}{.name}{end}{end}",
            &big,
        );
        assert!(!all.starts_with("ERR"));
        assert!(all.contains("o1999"));
    }
}
