//! Go's text/template parser (text/template/parse/parse.go and node.go, Go 1.23): the parse
//! tree, its `String()` forms (used in error messages), and the parse errors, byte for byte.

use std::collections::BTreeMap;

use super::lex::{Item, ItemType, lex};
use super::strconv::{parse_float, parse_int, parse_uint, quote, unquote, unquote_char_constant};

/// The name kubectl gives its template.
pub(crate) const NAME: &str = "output";

/// Nesting deeper than this (parentheses and control structures) is refused, so that the
/// recursive parser and evaluator stay within the stack; Go has no such limit.
pub(crate) const MAX_NESTING: usize = 200;

#[derive(Debug, Clone)]
pub(crate) struct List {
    pub(crate) nodes: Vec<Node>,
}

#[derive(Debug, Clone)]
pub(crate) enum Node {
    Text {
        pos: usize,
        text: String,
    },
    Action {
        pos: usize,
        pipe: Pipe,
    },
    If(Branch),
    Range(Branch),
    With(Branch),
    Template {
        pos: usize,
        name: String,
        pipe: Option<Pipe>,
    },
    Break {
        pos: usize,
    },
    Continue {
        pos: usize,
    },
}

#[derive(Debug, Clone)]
pub(crate) struct Branch {
    pub(crate) pos: usize,
    pub(crate) pipe: Pipe,
    pub(crate) list: List,
    pub(crate) else_list: Option<List>,
}

#[derive(Debug, Clone)]
pub(crate) struct Pipe {
    pub(crate) pos: usize,
    pub(crate) is_assign: bool,
    pub(crate) decl: Vec<Var>,
    pub(crate) cmds: Vec<Command>,
}

#[derive(Debug, Clone)]
pub(crate) struct Var {
    pub(crate) pos: usize,
    pub(crate) ident: Vec<String>,
}

#[derive(Debug, Clone)]
pub(crate) struct Command {
    pub(crate) pos: usize,
    pub(crate) args: Vec<Arg>,
}

#[derive(Debug, Clone)]
pub(crate) struct Number {
    pub(crate) pos: usize,
    pub(crate) text: String,
    pub(crate) is_int: bool,
    pub(crate) is_uint: bool,
    pub(crate) is_float: bool,
    pub(crate) is_complex: bool,
    pub(crate) int64: i64,
    pub(crate) float64: f64,
    pub(crate) complex: (f64, f64),
}

/// The operands of a command.
#[derive(Debug, Clone)]
pub(crate) enum Arg {
    Field {
        pos: usize,
        ident: Vec<String>,
    },
    Chain {
        pos: usize,
        node: Box<Arg>,
        field: Vec<String>,
    },
    Identifier {
        pos: usize,
        name: String,
    },
    Pipe(Box<Pipe>),
    Variable(Var),
    Bool {
        pos: usize,
        val: bool,
    },
    Dot {
        pos: usize,
    },
    Nil {
        pos: usize,
    },
    Number(Box<Number>),
    String {
        pos: usize,
        quoted: String,
        text: Vec<u8>,
    },
}

impl Arg {
    pub(crate) fn pos(&self) -> usize {
        match self {
            Arg::Field { pos, .. }
            | Arg::Chain { pos, .. }
            | Arg::Identifier { pos, .. }
            | Arg::Bool { pos, .. }
            | Arg::Dot { pos }
            | Arg::Nil { pos }
            | Arg::String { pos, .. } => *pos,
            Arg::Pipe(p) => p.pos,
            Arg::Variable(v) => v.pos,
            Arg::Number(n) => n.pos,
        }
    }
}

// ---- String() ---------------------------------------------------------------------------

impl std::fmt::Display for Arg {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Arg::Field { ident, .. } => {
                for i in ident {
                    write!(f, ".{i}")?;
                }
                Ok(())
            }
            Arg::Chain { node, field, .. } => {
                if let Arg::Pipe(p) = &**node {
                    write!(f, "({p})")?;
                } else {
                    write!(f, "{node}")?;
                }
                for i in field {
                    write!(f, ".{i}")?;
                }
                Ok(())
            }
            Arg::Identifier { name, .. } => f.write_str(name),
            Arg::Pipe(p) => write!(f, "{p}"),
            Arg::Variable(v) => write!(f, "{v}"),
            Arg::Bool { val, .. } => f.write_str(if *val { "true" } else { "false" }),
            Arg::Dot { .. } => f.write_str("."),
            Arg::Nil { .. } => f.write_str("nil"),
            Arg::Number(n) => f.write_str(&n.text),
            Arg::String { quoted, .. } => f.write_str(quoted),
        }
    }
}

impl std::fmt::Display for Var {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.ident.join("."))
    }
}

impl std::fmt::Display for Command {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        for (i, a) in self.args.iter().enumerate() {
            if i > 0 {
                f.write_str(" ")?;
            }
            if let Arg::Pipe(p) = a {
                write!(f, "({p})")?;
            } else {
                write!(f, "{a}")?;
            }
        }
        Ok(())
    }
}

impl std::fmt::Display for Pipe {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if !self.decl.is_empty() {
            for (i, v) in self.decl.iter().enumerate() {
                if i > 0 {
                    f.write_str(", ")?;
                }
                write!(f, "{v}")?;
            }
            f.write_str(" := ")?;
        }
        for (i, c) in self.cmds.iter().enumerate() {
            if i > 0 {
                f.write_str(" | ")?;
            }
            write!(f, "{c}")?;
        }
        Ok(())
    }
}

impl std::fmt::Display for List {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        for n in &self.nodes {
            write!(f, "{n}")?;
        }
        Ok(())
    }
}

impl std::fmt::Display for Node {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let branch = |f: &mut std::fmt::Formatter<'_>, name: &str, b: &Branch| {
            write!(f, "{{{{{name} {}}}}}{}", b.pipe, b.list)?;
            if let Some(e) = &b.else_list {
                write!(f, "{{{{else}}}}{e}")?;
            }
            f.write_str("{{end}}")
        };
        match self {
            Node::Text { text, .. } => f.write_str(text),
            Node::Action { pipe, .. } => write!(f, "{{{{{pipe}}}}}"),
            Node::If(b) => branch(f, "if", b),
            Node::Range(b) => branch(f, "range", b),
            Node::With(b) => branch(f, "with", b),
            Node::Template { name, pipe, .. } => {
                write!(f, "{{{{template {}", quote(name))?;
                if let Some(p) = pipe {
                    write!(f, " {p}")?;
                }
                f.write_str("}}")
            }
            Node::Break { .. } => f.write_str("{{break}}"),
            Node::Continue { .. } => f.write_str("{{continue}}"),
        }
    }
}

impl Node {
    pub(crate) fn pos(&self) -> usize {
        match self {
            Node::Text { pos, .. }
            | Node::Action { pos, .. }
            | Node::Template { pos, .. }
            | Node::Break { pos }
            | Node::Continue { pos } => *pos,
            Node::If(b) | Node::Range(b) | Node::With(b) => b.pos,
        }
    }
}

// ---- the parser -------------------------------------------------------------------------

/// A parsed template and the ones it defines.
#[derive(Debug, Clone)]
pub(crate) struct TreeSet {
    pub(crate) text: String,
    pub(crate) trees: BTreeMap<String, List>,
}

type PResult<T> = Result<T, String>;

/// Internal node kinds an item list can stop at.
enum Stop {
    End,
    Else,
}

struct Tree<'s> {
    items: &'s [Item],
    next_item: &'s mut usize,
    name: String,
    token: [Item; 3],
    peek_count: usize,
    vars: Vec<String>,
    range_depth: usize,
    action_line: usize,
    depth: usize,
}

fn blank_item() -> Item {
    Item {
        typ: ItemType::Eof,
        pos: 0,
        val: String::new(),
        line: 0,
    }
}

fn is_empty_tree(list: &List) -> bool {
    list.nodes
        .iter()
        .all(|n| matches!(n, Node::Text { text, .. } if text.trim().is_empty()))
}

fn add(trees: &mut BTreeMap<String, List>, name: &str, root: List, line: usize) -> PResult<()> {
    match trees.get(name) {
        Some(old) if !is_empty_tree(old) => {
            if !is_empty_tree(&root) {
                return Err(format!(
                    "template: {NAME}:{line}: template: multiple definition of template {}",
                    quote(name)
                ));
            }
            Ok(())
        }
        _ => {
            trees.insert(name.to_string(), root);
            Ok(())
        }
    }
}

impl<'s> Tree<'s> {
    fn new(items: &'s [Item], next_item: &'s mut usize, name: &str) -> Self {
        Tree {
            items,
            next_item,
            name: name.to_string(),
            token: [blank_item(), blank_item(), blank_item()],
            peek_count: 0,
            vars: vec!["$".to_string()],
            range_depth: 0,
            action_line: 0,
            depth: 0,
        }
    }

    fn lex_next(&mut self) -> Item {
        let i = (*self.next_item).min(self.items.len() - 1);
        *self.next_item = i + 1;
        self.items[i].clone()
    }

    fn next(&mut self) -> Item {
        if self.peek_count > 0 {
            self.peek_count -= 1;
        } else {
            self.token[0] = self.lex_next();
        }
        self.token[self.peek_count].clone()
    }

    fn backup(&mut self) {
        self.peek_count += 1;
    }

    fn backup2(&mut self, t1: Item) {
        self.token[1] = t1;
        self.peek_count = 2;
    }

    fn backup3(&mut self, t2: Item, t1: Item) {
        self.token[1] = t1;
        self.token[2] = t2;
        self.peek_count = 3;
    }

    fn peek(&mut self) -> Item {
        if self.peek_count > 0 {
            return self.token[self.peek_count - 1].clone();
        }
        self.peek_count = 1;
        self.token[0] = self.lex_next();
        self.token[0].clone()
    }

    fn next_non_space(&mut self) -> Item {
        loop {
            let t = self.next();
            if t.typ != ItemType::Space {
                return t;
            }
        }
    }

    fn peek_non_space(&mut self) -> Item {
        let t = self.next_non_space();
        self.backup();
        t
    }

    fn errorf<T>(&self, msg: String) -> PResult<T> {
        Err(format!("template: {NAME}:{}: {msg}", self.token[0].line))
    }

    fn expect(&mut self, expected: ItemType, context: &str) -> PResult<Item> {
        let t = self.next_non_space();
        if t.typ != expected {
            return self.unexpected(&t, context);
        }
        Ok(t)
    }

    fn unexpected<T>(&self, token: &Item, context: &str) -> PResult<T> {
        if token.typ == ItemType::Error {
            let mut extra = String::new();
            if self.action_line != 0 && self.action_line != token.line {
                extra = format!(" in action started at {NAME}:{}", self.action_line);
                if token.val.ends_with(" action") {
                    extra = extra[" in action".len()..].to_string();
                }
            }
            return self.errorf(format!("{}{extra}", token.describe()));
        }
        self.errorf(format!("unexpected {} in {context}", token.describe()))
    }

    fn nest(&mut self) -> PResult<()> {
        self.depth += 1;
        if self.depth > MAX_NESTING {
            return self.errorf("nesting too deep".into());
        }
        Ok(())
    }

    /// The top level: text and actions, with `define`s split off.
    fn parse(&mut self, trees: &mut BTreeMap<String, List>) -> PResult<List> {
        let mut root = List { nodes: Vec::new() };
        while self.peek().typ != ItemType::Eof {
            if self.peek().typ == ItemType::LeftDelim {
                let delim = self.next();
                if self.next_non_space().typ == ItemType::Define {
                    let items = self.items;
                    let mut sub = Tree::new(items, &mut *self.next_item, "definition");
                    sub.parse_definition(trees)?;
                    continue;
                }
                self.backup2(delim);
            }
            match self.text_or_action(trees)? {
                Ok(n) => root.nodes.push(n),
                Err(Stop::End) => return self.errorf("unexpected {{end}}".into()),
                Err(Stop::Else) => return self.errorf("unexpected {{else}}".into()),
            }
        }
        Ok(root)
    }

    fn parse_definition(&mut self, trees: &mut BTreeMap<String, List>) -> PResult<()> {
        let context = "define clause";
        let t = self.next_non_space();
        if t.typ != ItemType::String && t.typ != ItemType::RawString {
            return self.unexpected(&t, context);
        }
        match unquote(&t.val) {
            Ok(n) => self.name = String::from_utf8_lossy(&n).into_owned(),
            Err(e) => return self.errorf(e.into()),
        }
        self.expect(ItemType::RightDelim, context)?;
        let (root, end) = self.item_list(trees)?;
        if let Stop::Else = end {
            return self.errorf(format!("unexpected {{{{else}}}} in {context}"));
        }
        let line = self.token[0].line;
        let name = self.name.clone();
        add(trees, &name, root, line)
    }

    fn item_list(&mut self, trees: &mut BTreeMap<String, List>) -> PResult<(List, Stop)> {
        let mut list = List { nodes: Vec::new() };
        while self.peek_non_space().typ != ItemType::Eof {
            match self.text_or_action(trees)? {
                Ok(n) => list.nodes.push(n),
                Err(stop) => return Ok((list, stop)),
            }
        }
        self.errorf("unexpected EOF".into())
    }

    fn text_or_action(&mut self, trees: &mut BTreeMap<String, List>) -> PResult<Result<Node, Stop>> {
        let token = self.next_non_space();
        match token.typ {
            ItemType::Text => Ok(Ok(Node::Text {
                pos: token.pos,
                text: token.val,
            })),
            ItemType::LeftDelim => {
                self.action_line = token.line;
                let r = self.action(trees);
                self.action_line = 0;
                r
            }
            _ => self.unexpected(&token, "input"),
        }
    }

    fn action(&mut self, trees: &mut BTreeMap<String, List>) -> PResult<Result<Node, Stop>> {
        let token = self.next_non_space();
        match token.typ {
            ItemType::Block => return self.block_control(trees).map(Ok),
            ItemType::Break => return self.break_control(token.pos, true).map(Ok),
            ItemType::Continue => return self.break_control(token.pos, false).map(Ok),
            ItemType::Else => return self.else_control().map(Err),
            ItemType::End => {
                self.expect(ItemType::RightDelim, "end")?;
                return Ok(Err(Stop::End));
            }
            ItemType::If => return self.if_control(trees).map(Ok),
            ItemType::Range => {
                let (pos, pipe, list, else_list) = self.parse_control("range", trees)?;
                return Ok(Ok(Node::Range(Branch {
                    pos,
                    pipe,
                    list,
                    else_list,
                })));
            }
            ItemType::Template => return self.template_control().map(Ok),
            ItemType::With => return self.with_control(trees).map(Ok),
            _ => {}
        }
        self.backup();
        let token = self.peek();
        let pipe = self.pipeline("command", ItemType::RightDelim)?;
        Ok(Ok(Node::Action { pos: token.pos, pipe }))
    }

    fn break_control(&mut self, pos: usize, is_break: bool) -> PResult<Node> {
        let name = if is_break { "{{break}}" } else { "{{continue}}" };
        let token = self.next_non_space();
        if token.typ != ItemType::RightDelim {
            return self.unexpected(&token, name);
        }
        if self.range_depth == 0 {
            return self.errorf(format!("{name} outside {{{{range}}}}"));
        }
        Ok(if is_break {
            Node::Break { pos }
        } else {
            Node::Continue { pos }
        })
    }

    fn if_control(&mut self, trees: &mut BTreeMap<String, List>) -> PResult<Node> {
        let (pos, pipe, list, else_list) = self.parse_control("if", trees)?;
        Ok(Node::If(Branch {
            pos,
            pipe,
            list,
            else_list,
        }))
    }

    fn with_control(&mut self, trees: &mut BTreeMap<String, List>) -> PResult<Node> {
        let (pos, pipe, list, else_list) = self.parse_control("with", trees)?;
        Ok(Node::With(Branch {
            pos,
            pipe,
            list,
            else_list,
        }))
    }

    fn parse_control(
        &mut self,
        context: &str,
        trees: &mut BTreeMap<String, List>,
    ) -> PResult<(usize, Pipe, List, Option<List>)> {
        self.nest()?;
        let nvars = self.vars.len();
        let r = self.parse_control_inner(context, trees);
        self.vars.truncate(nvars);
        self.depth -= 1;
        r
    }

    fn parse_control_inner(
        &mut self,
        context: &str,
        trees: &mut BTreeMap<String, List>,
    ) -> PResult<(usize, Pipe, List, Option<List>)> {
        let pipe = self.pipeline(context, ItemType::RightDelim)?;
        if context == "range" {
            self.range_depth += 1;
        }
        let (list, next) = self.item_list(trees)?;
        if context == "range" {
            self.range_depth -= 1;
        }
        let mut else_list = None;
        if let Stop::Else = next {
            if context == "if" && self.peek().typ == ItemType::If {
                self.next();
                else_list = Some(List {
                    nodes: vec![self.if_control(trees)?],
                });
            } else if context == "with" && self.peek().typ == ItemType::With {
                self.next();
                else_list = Some(List {
                    nodes: vec![self.with_control(trees)?],
                });
            } else {
                let (l, next) = self.item_list(trees)?;
                if let Stop::Else = next {
                    return self.errorf("expected end; found {{else}}".into());
                }
                else_list = Some(l);
            }
        }
        Ok((pipe.pos, pipe, list, else_list))
    }

    fn else_control(&mut self) -> PResult<Stop> {
        let peek = self.peek_non_space();
        if peek.typ == ItemType::If || peek.typ == ItemType::With {
            return Ok(Stop::Else);
        }
        self.expect(ItemType::RightDelim, "else")?;
        Ok(Stop::Else)
    }

    fn block_control(&mut self, trees: &mut BTreeMap<String, List>) -> PResult<Node> {
        let context = "block clause";
        let token = self.next_non_space();
        let name = self.parse_template_name(&token, context)?;
        let pipe = self.pipeline(context, ItemType::RightDelim)?;
        let items = self.items;
        let outer_line = self.token[0].line;
        let (root, end) = {
            let mut sub = Tree::new(items, &mut *self.next_item, &name);
            sub.depth = self.depth;
            let r = sub.item_list(trees)?;
            if let Stop::Else = r.1 {
                // Go reports this with the outer tree's last token.
                return Err(format!(
                    "template: {NAME}:{outer_line}: unexpected {{{{else}}}} in {context}"
                ));
            }
            let line = sub.token[0].line;
            (r.0, line)
        };
        add(trees, &name, root, end)?;
        Ok(Node::Template {
            pos: token.pos,
            name,
            pipe: Some(pipe),
        })
    }

    fn template_control(&mut self) -> PResult<Node> {
        let context = "template clause";
        let token = self.next_non_space();
        let name = self.parse_template_name(&token, context)?;
        let mut pipe = None;
        if self.next_non_space().typ != ItemType::RightDelim {
            self.backup();
            pipe = Some(self.pipeline(context, ItemType::RightDelim)?);
        }
        Ok(Node::Template {
            pos: token.pos,
            name,
            pipe,
        })
    }

    fn parse_template_name(&mut self, token: &Item, context: &str) -> PResult<String> {
        match token.typ {
            ItemType::String | ItemType::RawString => match unquote(&token.val) {
                Ok(s) => Ok(String::from_utf8_lossy(&s).into_owned()),
                Err(e) => self.errorf(e.into()),
            },
            _ => self.unexpected(token, context),
        }
    }

    fn pipeline(&mut self, context: &str, end: ItemType) -> PResult<Pipe> {
        self.nest()?;
        let r = self.pipeline_inner(context, end);
        self.depth -= 1;
        r
    }

    fn pipeline_inner(&mut self, context: &str, end: ItemType) -> PResult<Pipe> {
        let token = self.peek_non_space();
        let mut pipe = Pipe {
            pos: token.pos,
            is_assign: false,
            decl: Vec::new(),
            cmds: Vec::new(),
        };
        'decls: loop {
            let v = self.peek_non_space();
            if v.typ == ItemType::Variable {
                self.next();
                let token_after = self.peek();
                let next = self.peek_non_space();
                if next.typ == ItemType::Assign || next.typ == ItemType::Declare {
                    pipe.is_assign = next.typ == ItemType::Assign;
                    self.next_non_space();
                    pipe.decl.push(new_var(v.pos, &v.val));
                    self.vars.push(v.val.clone());
                } else if next.typ == ItemType::Char && next.val == "," {
                    self.next_non_space();
                    pipe.decl.push(new_var(v.pos, &v.val));
                    self.vars.push(v.val.clone());
                    if context == "range" && pipe.decl.len() < 2 {
                        match self.peek_non_space().typ {
                            ItemType::Variable | ItemType::RightDelim | ItemType::RightParen => continue 'decls,
                            _ => return self.errorf("range can only initialize variables".into()),
                        }
                    }
                    return self.errorf(format!("too many declarations in {context}"));
                } else if token_after.typ == ItemType::Space {
                    self.backup3(v, token_after);
                } else {
                    self.backup2(v);
                }
            }
            break;
        }
        loop {
            let token = self.next_non_space();
            match token.typ {
                t if t == end => {
                    self.check_pipeline(&pipe, context)?;
                    return Ok(pipe);
                }
                ItemType::Bool
                | ItemType::CharConstant
                | ItemType::Complex
                | ItemType::Dot
                | ItemType::Field
                | ItemType::Identifier
                | ItemType::Number
                | ItemType::Nil
                | ItemType::RawString
                | ItemType::String
                | ItemType::Variable
                | ItemType::LeftParen => {
                    self.backup();
                    let c = self.command()?;
                    pipe.cmds.push(c);
                }
                _ => return self.unexpected(&token, context),
            }
        }
    }

    fn check_pipeline(&self, pipe: &Pipe, context: &str) -> PResult<()> {
        if pipe.cmds.is_empty() {
            return self.errorf(format!("missing value for {context}"));
        }
        for (i, c) in pipe.cmds.iter().enumerate().skip(1) {
            if matches!(
                c.args[0],
                Arg::Bool { .. } | Arg::Dot { .. } | Arg::Nil { .. } | Arg::Number(_) | Arg::String { .. }
            ) {
                return self.errorf(format!("non executable command in pipeline stage {}", i + 1));
            }
        }
        Ok(())
    }

    fn command(&mut self) -> PResult<Command> {
        let mut cmd = Command {
            pos: self.peek_non_space().pos,
            args: Vec::new(),
        };
        loop {
            self.peek_non_space();
            if let Some(op) = self.operand()? {
                cmd.args.push(op);
            }
            let token = self.next();
            match token.typ {
                ItemType::Space => continue,
                ItemType::RightDelim | ItemType::RightParen => self.backup(),
                ItemType::Pipe => {}
                _ => return self.unexpected(&token, "operand"),
            }
            break;
        }
        if cmd.args.is_empty() {
            return self.errorf("empty command".into());
        }
        Ok(cmd)
    }

    fn operand(&mut self) -> PResult<Option<Arg>> {
        let Some(node) = self.term()? else {
            return Ok(None);
        };
        if self.peek().typ == ItemType::Field {
            let pos = self.peek().pos;
            let mut fields = Vec::new();
            while self.peek().typ == ItemType::Field {
                let f = self.next().val;
                fields.push(f[1..].to_string());
            }
            let chain = Arg::Chain {
                pos,
                node: Box::new(node),
                field: fields,
            };
            let Arg::Chain { node, field, .. } = &chain else {
                unreachable!()
            };
            return match &**node {
                Arg::Field { ident, .. } => {
                    let mut ident = ident.clone();
                    ident.extend(field.iter().cloned());
                    Ok(Some(Arg::Field { pos, ident }))
                }
                Arg::Variable(v) => {
                    let mut ident = v.ident.clone();
                    ident.extend(field.iter().cloned());
                    Ok(Some(Arg::Variable(Var { pos, ident })))
                }
                Arg::Bool { .. } | Arg::String { .. } | Arg::Number(_) | Arg::Nil { .. } | Arg::Dot { .. } => {
                    self.errorf(format!("unexpected . after term {}", quote(&node.to_string())))
                }
                _ => Ok(Some(chain)),
            };
        }
        Ok(Some(node))
    }

    fn term(&mut self) -> PResult<Option<Arg>> {
        let token = self.next_non_space();
        let pos = token.pos;
        Ok(Some(match token.typ {
            ItemType::Identifier => {
                if !super::funcs::is_function(&token.val) {
                    return self.errorf(format!("function {} not defined", quote(&token.val)));
                }
                Arg::Identifier { pos, name: token.val }
            }
            ItemType::Dot => Arg::Dot { pos },
            ItemType::Nil => Arg::Nil { pos },
            ItemType::Variable => return self.use_var(pos, &token.val).map(Some),
            ItemType::Field => Arg::Field {
                pos,
                ident: token.val[1..].split('.').map(str::to_string).collect(),
            },
            ItemType::Bool => Arg::Bool {
                pos,
                val: token.val == "true",
            },
            ItemType::CharConstant | ItemType::Complex | ItemType::Number => {
                match new_number(pos, &token.val, token.typ) {
                    Ok(n) => Arg::Number(Box::new(n)),
                    Err(e) => return self.errorf(e),
                }
            }
            ItemType::LeftParen => Arg::Pipe(Box::new(self.pipeline("parenthesized pipeline", ItemType::RightParen)?)),
            ItemType::String | ItemType::RawString => match unquote(&token.val) {
                Ok(text) => Arg::String {
                    pos,
                    quoted: token.val,
                    text,
                },
                Err(e) => return self.errorf(e.into()),
            },
            _ => {
                self.backup();
                return Ok(None);
            }
        }))
    }

    fn use_var(&self, pos: usize, name: &str) -> PResult<Arg> {
        let v = new_var(pos, name);
        if self.vars.iter().any(|n| *n == v.ident[0]) {
            return Ok(Arg::Variable(v));
        }
        self.errorf(format!("undefined variable {}", quote(&v.ident[0])))
    }
}

fn new_var(pos: usize, ident: &str) -> Var {
    Var {
        pos,
        ident: ident.split('.').map(str::to_string).collect(),
    }
}

fn simplify_complex(n: &mut Number) {
    n.is_float = n.complex.1 == 0.0;
    if n.is_float {
        n.float64 = n.complex.0;
        n.is_int = (n.float64 as i64) as f64 == n.float64;
        if n.is_int {
            n.int64 = n.float64 as i64;
        }
        n.is_uint = n.float64 >= 0.0 && (n.float64 as u64) as f64 == n.float64;
    }
}

/// `fmt.Sscan` of a complex literal such as `1+2i`.
fn parse_complex(text: &str) -> Option<(f64, f64)> {
    let b = text.as_bytes();
    let body = text.strip_suffix('i')?;
    let split = (1..body.len())
        .rev()
        .find(|&i| (b[i] == b'+' || b[i] == b'-') && !matches!(b[i - 1], b'e' | b'E' | b'p' | b'P'))?;
    Some((parse_float(&body[..split])?, parse_float(&body[split..])?))
}

/// `newNumber`: what a number literal can be (int, uint, float, complex).
fn new_number(pos: usize, text: &str, typ: ItemType) -> Result<Number, String> {
    let mut n = Number {
        pos,
        text: text.to_string(),
        is_int: false,
        is_uint: false,
        is_float: false,
        is_complex: false,
        int64: 0,
        float64: 0.0,
        complex: (0.0, 0.0),
    };
    match typ {
        ItemType::CharConstant => {
            let r = unquote_char_constant(text)?;
            n.int64 = r;
            n.is_int = true;
            n.is_uint = true;
            n.float64 = r as f64;
            n.is_float = true;
            return Ok(n);
        }
        ItemType::Complex => {
            let Some(c) = parse_complex(text) else {
                return Err(format!("strconv.ParseFloat: parsing {}: invalid syntax", quote(text)));
            };
            n.complex = c;
            n.is_complex = true;
            simplify_complex(&mut n);
            return Ok(n);
        }
        _ => {}
    }
    if let Some(body) = text.strip_suffix('i')
        && let Some(f) = parse_float(body)
    {
        n.is_complex = true;
        n.complex = (0.0, f);
        simplify_complex(&mut n);
        return Ok(n);
    }
    let u = parse_uint(text);
    if let Some(u) = u {
        n.is_uint = true;
        let _ = u;
    }
    if let Some(i) = parse_int(text) {
        n.is_int = true;
        n.int64 = i;
        if i == 0 {
            n.is_uint = true;
        }
    }
    if n.is_int {
        n.is_float = true;
        n.float64 = n.int64 as f64;
    } else if let Some(u) = u {
        n.is_float = true;
        n.float64 = u as f64;
    } else if let Some(f) = parse_float(text) {
        if !text.contains(['.', 'e', 'E', 'p', 'P']) {
            return Err(format!("integer overflow: {}", quote(text)));
        }
        n.is_float = true;
        n.float64 = f;
        if (f as i64) as f64 == f && f.abs() < 9.3e18 {
            n.is_int = true;
            n.int64 = f as i64;
        }
        if f >= 0.0 && (f as u64) as f64 == f && f < 1.85e19 {
            n.is_uint = true;
        }
    }
    if !n.is_int && !n.is_uint && !n.is_float {
        return Err(format!("illegal number syntax: {}", quote(text)));
    }
    Ok(n)
}

/// Parses a template as kubectl does (`template.New("output").Parse(text)`).
pub(crate) fn parse(text: &str) -> Result<TreeSet, String> {
    let items = lex(text);
    let mut next_item = 0usize;
    let mut trees = BTreeMap::new();
    let mut t = Tree::new(&items, &mut next_item, NAME);
    let root = t.parse(&mut trees)?;
    let line = t.token[0].line;
    add(&mut trees, NAME, root, line)?;
    Ok(TreeSet {
        text: text.to_string(),
        trees,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(s: &str) -> String {
        parse(s).err().unwrap_or_default()
    }

    #[test]
    fn parse_errors() {
        assert_eq!(err("{{.a}"), "template: output:1: bad character U+007D '}'");
        assert_eq!(err("{{if .a}}"), "template: output:1: unexpected EOF");
        assert_eq!(err("{{end}}"), "template: output:1: unexpected {{end}}");
        assert_eq!(err("{{nope}}"), "template: output:1: function \"nope\" not defined");
        assert_eq!(err("{{$x}}"), "template: output:1: undefined variable \"$x\"");
        assert_eq!(err("{{break}}"), "template: output:1: {{break}} outside {{range}}");
        assert_eq!(
            err("{{.a | 3}}"),
            "template: output:1: non executable command in pipeline stage 2"
        );
        assert_eq!(err("{{}}"), "template: output:1: missing value for command");
        assert_eq!(err("{{(1}}"), "template: output:1: unclosed left paren");
        assert_eq!(err("{{3.x}}"), "template: output:1: bad number syntax: \"3.x\"");
        assert_eq!(
            err("{{\"a\".b}}"),
            "template: output:1: unexpected . after term \"\\\"a\\\"\""
        );
        assert_eq!(
            err("{{range $i, $e, $f := .}}{{end}}"),
            "template: output:1: too many declarations in range"
        );
        assert_eq!(
            err("{{define \"a\"}}x{{end}}{{define \"a\"}}y{{end}}"),
            "template: output:1: template: multiple definition of template \"a\""
        );
        assert_eq!(
            err("x\n{{.a\n"),
            "template: output:3: unclosed action started at output:2"
        );
    }

    #[test]
    fn strings() {
        let t = parse("{{if eq .a 1 | not}}x{{else if $v := .b}}{{$v}}{{else}}{{(len .c).d}}{{end}}").unwrap();
        assert_eq!(
            t.trees[NAME].to_string(),
            "{{if eq .a 1 | not}}x{{else}}{{if $v := .b}}{{$v}}{{else}}{{(len .c).d}}{{end}}{{end}}"
        );
    }
}
