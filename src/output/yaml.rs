//! YAML as kubectl prints it.
//!
//! kubectl's `-o yaml` printer calls `sigs.k8s.io/yaml.Marshal`, which
//! marshals the object to JSON, decodes that JSON with go-yaml v2 into
//! `interface{}` values (`JSONToYAML`) and encodes those with go-yaml v2
//! (`sigs.k8s.io/yaml/goyaml.v2`, a copy of `gopkg.in/yaml.v2` v2.4.0).
//! This module reproduces the bytes of that pipeline for a
//! [`serde_json::Value`]:
//!
//! * numbers become what go-yaml's resolver makes of Go's JSON text for them
//!   (an `int`, or a `float64` printed with `strconv.FormatFloat(f, 'g', -1,
//!   64)`: `1.5`, `1e+21`, `1.234567895e+08`);
//! * mapping keys are sorted with go-yaml's "natural" order (`sorter.go`:
//!   `item2` before `item10`), not byte order;
//! * strings get the scalar style go-yaml picks (`encode.go` `stringv`, then
//!   `emitterc.go` `yaml_emitter_analyze_scalar` and
//!   `yaml_emitter_select_scalar_style`): plain, `'single'`, `"double"` or a
//!   `|` literal block, folded at 80 columns like go-yaml v2.4 does;
//! * the layout follows the emitter's state machine (`yaml_emitter_emit_*`):
//!   two-space indentation, sequences not indented inside mappings, `{}` and
//!   `[]` for empty containers, `? key` for keys longer than 128 bytes;
//! * a NEL (U+0085), which Go's JSON leaves raw, is folded the way go-yaml's
//!   scanner reads it back (`a<NEL>b` prints as `a b`).
//!
//! kubectl fails on a few inputs because go-yaml's parser cannot read back the
//! JSON: strings holding DEL, C1 controls other than NEL, U+FFFE or U+FFFF
//! (`yaml: control characters are not allowed`), mapping keys holding a NEL or
//! whose JSON form is longer than 1022 characters (`yaml: did not find
//! expected ',' or '}'`), and `---` or `...` right after a NEL (`yaml: found
//! unexpected document indicator`).  The writers here return those errors
//! too, worded as kubectl's, before writing anything of the document (or list
//! item).
//!
//! Where go-yaml's key order is not transitive (`a0b` < `a1` < `a02` <
//! `a0b`), kubectl's own output changes from run to run; any of its outputs
//! may come out here.

use serde_json::{Map, Number, Value};
use std::io::{self, Write};

use super::json::{FloatFormat, go_format_float, go_number_text};
use super::list::ListSyntax;

/// Writes `v` exactly as `kubectl -o yaml` prints it (ending with a newline).
///
/// Fails, writing nothing, where kubectl fails (see the module docs).
pub(crate) fn write_yaml(w: &mut dyn Write, v: &Value) -> io::Result<()> {
    let text = to_yaml_string(v)?;
    w.write_all(text.as_bytes())
}

/// Returns what [`write_yaml`] would write.
pub(crate) fn to_yaml_string(v: &Value) -> io::Result<String> {
    check_convertible(v)?;
    let mut e = Emitter::new();
    e.emit_node(v, false, false);
    // yaml_emitter_emit_document_end: finish the last line.
    e.write_indent();
    Ok(e.out)
}

/// kubectl's `kind: List` wrapper in YAML (see [`list_begin`]).
pub(crate) const LIST: ListSyntax = ListSyntax {
    begin: list_begin,
    item: list_item,
    end: list_end,
};

/// Starts the `kind: List` wrapper that `kubectl get -o yaml` prints around
/// several objects: writes `apiVersion: v1` and the `items:` key.
///
/// The full wrapper, as kubectl prints it, is
///
/// ```text
/// apiVersion: v1
/// items:
/// - apiVersion: v1
///   kind: Pod
///   ...
/// kind: List
/// metadata:
///   resourceVersion: ""
/// ```
///
/// and `items: []` when there is no item.
fn list_begin(w: &mut dyn Write) -> io::Result<()> {
    w.write_all(b"apiVersion: v1\nitems:")
}

/// Writes one item of the List started by [`list_begin`]; `first` tells
/// whether it is the first item.
///
/// Fails, writing nothing, where kubectl would fail on the item (kubectl
/// would then print nothing of the List at all).
fn list_item(w: &mut dyn Write, v: &Value, first: bool) -> io::Result<()> {
    check_convertible(v)?;
    let mut e = Emitter::new();
    if first {
        // The line holding `items:` ends before the first entry.
        e.out.push('\n');
    }
    // The emitter's state inside `items:`: the root mapping sits at indent 0
    // and the sequence, being a mapping value, is indentless
    // (yaml_emitter_emit_block_sequence_item).
    e.indents = vec![-1, 0];
    e.indent = 0;
    e.write_indent();
    e.write_indicator("-", true, false, true);
    e.emit_node(v, false, false);
    // Finish the item's last line, as the next entry or key would.
    e.write_indent();
    w.write_all(e.out.as_bytes())
}

/// Ends the List started by [`list_begin`]; `empty` tells whether no item
/// was written.
fn list_end(w: &mut dyn Write, empty: bool) -> io::Result<()> {
    if empty {
        w.write_all(b" []\n")?;
    }
    w.write_all(b"kind: List\nmetadata:\n  resourceVersion: \"\"\n")
}

// ---------------------------------------------------------------------------
// What go-yaml makes of the JSON text, and where kubectl fails.
//
// Go's JSON text escapes every character below U+0020 and U+2028/U+2029 but
// writes NEL (U+0085) raw, and go-yaml's scanner takes a raw NEL for a line
// break: inside a double-quoted scalar it folds it, with the spaces around
// it, into a space (or into `\n`s for several NELs in a row), and it makes a
// mapping key span two lines, which the parser rejects.

const NEL: char = '\u{85}';

/// The string go-yaml reads back from the JSON text of `s`: the line folding
/// of yaml_parser_scan_flow_scalar applied to its raw NELs and spaces.
fn read_back(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.contains(NEL) {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    loop {
        while let Some(&c) = chars.peek() {
            if c == ' ' || c == NEL {
                break;
            }
            out.push(c);
            chars.next();
        }
        if chars.peek().is_none() {
            break;
        }
        // A run of blanks and breaks.
        let mut whitespaces = 0;
        let mut leading_break = false;
        let mut trailing_breaks = 0;
        while let Some(&c) = chars.peek() {
            match c {
                ' ' if !leading_break => whitespaces += 1,
                ' ' => {}
                NEL if !leading_break => leading_break = true,
                NEL => trailing_breaks += 1,
                _ => break,
            }
            chars.next();
        }
        let (fill, count) = match (leading_break, trailing_breaks) {
            (false, _) => (' ', whitespaces),
            (true, 0) => (' ', 1),
            (true, n) => ('\n', n),
        };
        out.extend(std::iter::repeat_n(fill, count));
    }
    std::borrow::Cow::Owned(out)
}

/// Finds the errors kubectl's `JSONToYAML` hits while go-yaml parses the
/// JSON text of a value, in document order, with go-yaml's messages (whose
/// line numbers count the raw NELs before the problem).
#[derive(Default)]
struct Checker {
    /// Line breaks (raw NELs) in the JSON text so far.
    line: usize,
}

impl Checker {
    fn value(&mut self, v: &Value) -> io::Result<()> {
        match v {
            Value::String(s) => {
                check_characters(s)?;
                self.string_value(s)
            }
            Value::Array(items) => items.iter().try_for_each(|item| self.value(item)),
            Value::Object(map) => {
                for (key, item) in map {
                    check_characters(key)?;
                    self.string_value(key)?;
                    // yaml_simple_key_is_valid: a key in a flow mapping must
                    // stay on one line, and the ':' after it must come at most
                    // 1024 characters after its opening quote.
                    if key.contains(NEL) || json_text_chars(key) > 1022 {
                        return Err(parse_error(self.line, "did not find expected ',' or '}'"));
                    }
                    self.value(item)?;
                }
                Ok(())
            }
            _ => Ok(()),
        }
    }

    /// yaml_parser_scan_flow_scalar rejects `---` or `...` followed by a
    /// blank at the start of a line.
    fn string_value(&mut self, s: &str) -> io::Result<()> {
        let chars: Vec<char> = s.chars().collect();
        for (i, &c) in chars.iter().enumerate() {
            if c != NEL {
                continue;
            }
            self.line += 1;
            let rest = &chars[i + 1..];
            let indicator = rest.starts_with(&['-', '-', '-']) || rest.starts_with(&['.', '.', '.']);
            if indicator && matches!(rest.get(3), Some(&' ') | Some(&NEL)) {
                // Scanner errors report the line one-based.
                return Err(parse_error(self.line + 1, "found unexpected document indicator"));
            }
        }
        Ok(())
    }
}

/// A go-yaml parser or scanner error as yaml.v2 words it.
fn parse_error(line: usize, problem: &str) -> io::Error {
    let message = if line == 0 {
        format!("yaml: {problem}")
    } else {
        format!("yaml: line {line}: {problem}")
    };
    io::Error::new(io::ErrorKind::InvalidData, message)
}

fn check_convertible(v: &Value) -> io::Result<()> {
    Checker::default().value(v)
}

/// yaml_parser_update_buffer accepts only `#x9 | #xA | #xD | [#x20-#x7E] |
/// #x85 | [#xA0-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]`; JSON escapes
/// the characters below U+0020, so the others reach it raw.
fn check_characters(s: &str) -> io::Result<()> {
    let bad = |c: char| matches!(c, '\u{7F}'..='\u{84}' | '\u{86}'..='\u{9F}' | '\u{FFFE}' | '\u{FFFF}');
    if s.chars().any(bad) {
        return Err(io::Error::new(
            io::ErrorKind::InvalidData,
            "yaml: control characters are not allowed",
        ));
    }
    Ok(())
}

/// Characters of the JSON text Go writes for `s`, quotes excluded.
fn json_text_chars(s: &str) -> usize {
    s.chars()
        .map(|c| match c {
            '"' | '\\' | '\u{08}' | '\u{0C}' | '\n' | '\r' | '\t' => 2,
            '\u{00}'..='\u{1F}' | '<' | '>' | '&' | '\u{2028}' | '\u{2029}' => 6,
            _ => 1,
        })
        .sum()
}

// ---------------------------------------------------------------------------
// The emitter: a recursive port of the block-style parts of go-yaml v2's
// emitterc.go state machine.  Flow style is only ever used for empty
// containers, so no scalar is written inside a flow collection.

/// `best_indent` of the go-yaml emitter.
const BEST_INDENT: i64 = 2;
/// `best_width` of the go-yaml emitter (v2.4.0 wraps at 80 columns again).
const BEST_WIDTH: i64 = 80;
/// Longest key (in bytes) written as a simple `key: value`
/// (yaml_emitter_check_simple_key).
const MAX_SIMPLE_KEY_LEN: usize = 128;

/// Scalar styles (`yaml_scalar_style_t`); go-yaml's encoder never asks for
/// the folded style.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Style {
    Plain,
    SingleQuoted,
    DoubleQuoted,
    Literal,
}

/// The subset of `yaml_emitter_t` that block-style output needs.
struct Emitter {
    out: String,
    /// Current indentation; -1 before the root node.
    indent: i64,
    indents: Vec<i64>,
    /// Column, counted in characters.
    column: i64,
    /// Whether the last character written was whitespace.
    whitespace: bool,
    /// Whether only indentation has been written on the current line.
    indention: bool,
    /// The node being written is a mapping value or key.
    mapping_context: bool,
    /// The node being written is a simple (`key:`) mapping key.
    simple_key_context: bool,
}

impl Emitter {
    /// The state after yaml_emitter_emit_stream_start.
    fn new() -> Self {
        Emitter {
            out: String::new(),
            indent: -1,
            indents: Vec::new(),
            column: 0,
            whitespace: true,
            indention: true,
            mapping_context: false,
            simple_key_context: false,
        }
    }

    // -- output primitives (put, put_break, write, write_break) ------------

    fn put(&mut self, c: char) {
        self.out.push(c);
        self.column += 1;
    }

    fn put_break(&mut self) {
        self.out.push('\n');
        self.column = 0;
    }

    fn write_char(&mut self, c: char) {
        self.out.push(c);
        self.column += 1;
    }

    fn write_break(&mut self, c: char) {
        if c == '\n' {
            self.put_break();
        } else {
            self.write_char(c);
            self.column = 0;
        }
    }

    /// yaml_emitter_increase_indent
    fn increase_indent(&mut self, flow: bool, indentless: bool) {
        self.indents.push(self.indent);
        if self.indent < 0 {
            self.indent = if flow { BEST_INDENT } else { 0 };
        } else if !indentless {
            self.indent += BEST_INDENT;
        }
    }

    fn pop_indent(&mut self) {
        self.indent = self.indents.pop().unwrap_or(-1);
    }

    /// yaml_emitter_write_indent
    fn write_indent(&mut self) {
        let indent = self.indent.max(0);
        if !self.indention || self.column > indent || (self.column == indent && !self.whitespace) {
            self.put_break();
        }
        while self.column < indent {
            self.put(' ');
        }
        self.whitespace = true;
        self.indention = true;
    }

    /// yaml_emitter_write_indicator
    fn write_indicator(&mut self, indicator: &str, need_whitespace: bool, is_whitespace: bool, is_indention: bool) {
        if need_whitespace && !self.whitespace {
            self.put(' ');
        }
        for c in indicator.chars() {
            self.write_char(c);
        }
        self.whitespace = is_whitespace;
        self.indention = self.indention && is_indention;
    }

    // -- nodes ---------------------------------------------------------------

    /// yaml_emitter_emit_node, for the value kubectl's pipeline produces from
    /// `v`.
    fn emit_node(&mut self, v: &Value, mapping: bool, simple_key: bool) {
        self.mapping_context = mapping;
        self.simple_key_context = simple_key;
        match v {
            Value::Null => self.emit_scalar("null", Style::Plain),
            Value::Bool(b) => self.emit_scalar(if *b { "true" } else { "false" }, Style::Plain),
            Value::Number(n) => self.emit_scalar(&number_text(n), Style::Plain),
            Value::String(s) => {
                let s = read_back(s);
                self.emit_scalar(&s, string_style(&s));
            }
            Value::Array(items) => self.emit_sequence(items),
            Value::Object(map) => self.emit_mapping(map),
        }
    }

    /// yaml_emitter_emit_sequence_start and yaml_emitter_emit_block_sequence_item
    fn emit_sequence(&mut self, items: &[Value]) {
        if items.is_empty() {
            self.emit_empty_flow("[", "]");
            return;
        }
        let indentless = self.mapping_context && !self.indention;
        self.increase_indent(false, indentless);
        for item in items {
            self.write_indent();
            self.write_indicator("-", true, false, true);
            self.emit_node(item, false, false);
        }
        self.pop_indent();
    }

    /// yaml_emitter_emit_mapping_start, yaml_emitter_emit_block_mapping_key
    /// and yaml_emitter_emit_block_mapping_value
    fn emit_mapping(&mut self, map: &Map<String, Value>) {
        if map.is_empty() {
            self.emit_empty_flow("{", "}");
            return;
        }
        self.increase_indent(false, false);
        for (key, value) in sorted_entries(map) {
            self.write_indent();
            if is_simple_key(key) {
                self.mapping_context = true;
                self.simple_key_context = true;
                self.emit_scalar(key, string_style(key));
                self.write_indicator(":", false, false, false);
            } else {
                self.write_indicator("?", true, false, true);
                self.mapping_context = true;
                self.simple_key_context = false;
                self.emit_scalar(key, string_style(key));
                self.write_indent();
                self.write_indicator(":", true, false, true);
            }
            self.emit_node(value, true, false);
        }
        self.pop_indent();
    }

    /// An empty sequence or mapping: go-yaml switches to flow style for it
    /// (yaml_emitter_check_empty_sequence / _mapping).
    fn emit_empty_flow(&mut self, open: &str, close: &str) {
        self.write_indicator(open, true, true, false);
        self.write_indicator(close, false, false, false);
    }

    /// yaml_emitter_emit_scalar: analyze, pick the style, write.
    fn emit_scalar(&mut self, text: &str, requested: Style) {
        let value: Vec<char> = text.chars().collect();
        let analysis = analyze_scalar(&value, text);
        let style = select_scalar_style(requested, &analysis, value.is_empty(), self.simple_key_context);
        let allow_breaks = !self.simple_key_context;
        self.increase_indent(true, false);
        match style {
            Style::Plain => self.write_plain_scalar(&value, allow_breaks),
            Style::SingleQuoted => self.write_single_quoted_scalar(&value, allow_breaks),
            Style::DoubleQuoted => self.write_double_quoted_scalar(&value, allow_breaks),
            Style::Literal => self.write_literal_scalar(&value),
        }
        self.pop_indent();
    }

    // -- scalar writers ----------------------------------------------------------

    /// yaml_emitter_write_plain_scalar
    fn write_plain_scalar(&mut self, value: &[char], allow_breaks: bool) {
        if !self.whitespace {
            self.put(' ');
        }
        self.write_breakable(value, allow_breaks, false);
        self.whitespace = false;
        self.indention = false;
    }

    /// yaml_emitter_write_single_quoted_scalar
    fn write_single_quoted_scalar(&mut self, value: &[char], allow_breaks: bool) {
        self.write_indicator("'", true, false, false);
        self.write_breakable(value, allow_breaks, true);
        self.write_indicator("'", false, false, false);
        self.whitespace = false;
        self.indention = false;
    }

    /// The loop the plain and single-quoted writers share: a space may break the line
    /// (single-quoted: not at either end), line breaks are written as breaks, and
    /// single-quoted doubles each `'`.
    fn write_breakable(&mut self, value: &[char], allow_breaks: bool, single_quoted: bool) {
        let n = value.len();
        let mut spaces = false;
        let mut breaks = false;
        for (i, &c) in value.iter().enumerate() {
            if c == ' ' {
                let inside = !single_quoted || (i > 0 && i + 1 < n);
                if allow_breaks && !spaces && self.column > BEST_WIDTH && inside && value.get(i + 1) != Some(&' ') {
                    self.write_indent();
                } else {
                    self.write_char(c);
                }
                spaces = true;
            } else if is_break(c) {
                if !breaks && c == '\n' {
                    self.put_break();
                }
                self.write_break(c);
                self.indention = true;
                breaks = true;
            } else {
                if breaks {
                    self.write_indent();
                }
                if single_quoted && c == '\'' {
                    self.put('\'');
                }
                self.write_char(c);
                self.indention = false;
                spaces = false;
                breaks = false;
            }
        }
    }

    /// yaml_emitter_write_double_quoted_scalar
    fn write_double_quoted_scalar(&mut self, value: &[char], allow_breaks: bool) {
        // go-yaml's is_bom(value, i) looks at the start of the value whatever
        // i is: a value starting with a BOM has every character escaped.
        let starts_with_bom = value.first() == Some(&'\u{FEFF}');
        let n = value.len();
        let mut spaces = false;
        self.write_indicator("\"", true, false, false);
        for (i, &c) in value.iter().enumerate() {
            if !is_printable(c) || starts_with_bom || is_break(c) || c == '"' || c == '\\' {
                self.put('\\');
                match c {
                    '\0' => self.put('0'),
                    '\u{07}' => self.put('a'),
                    '\u{08}' => self.put('b'),
                    '\t' => self.put('t'),
                    '\n' => self.put('n'),
                    '\u{0B}' => self.put('v'),
                    '\u{0C}' => self.put('f'),
                    '\r' => self.put('r'),
                    '\u{1B}' => self.put('e'),
                    '"' => self.put('"'),
                    '\\' => self.put('\\'),
                    '\u{85}' => self.put('N'),
                    '\u{A0}' => self.put('_'),
                    '\u{2028}' => self.put('L'),
                    '\u{2029}' => self.put('P'),
                    _ => {
                        let code = c as u32;
                        let (letter, digits) = match code {
                            0..=0xFF => ('x', 2),
                            0x100..=0xFFFF => ('u', 4),
                            _ => ('U', 8),
                        };
                        self.put(letter);
                        for k in (0..digits).rev() {
                            let digit = (code >> (4 * k)) & 0xF;
                            self.put(char::from_digit(digit, 16).unwrap_or('0').to_ascii_uppercase());
                        }
                    }
                }
                spaces = false;
            } else if c == ' ' {
                if allow_breaks && !spaces && self.column > BEST_WIDTH && i > 0 && i + 1 < n {
                    self.write_indent();
                    if value.get(i + 1) == Some(&' ') {
                        self.put('\\');
                    }
                } else {
                    self.write_char(c);
                }
                spaces = true;
            } else {
                self.write_char(c);
                spaces = false;
            }
        }
        self.write_indicator("\"", false, false, false);
        self.whitespace = false;
        self.indention = false;
    }

    /// yaml_emitter_write_block_scalar_hints
    fn write_block_scalar_hints(&mut self, value: &[char]) {
        if let Some(&first) = value.first()
            && (first == ' ' || is_break(first))
        {
            let hint = char::from_digit(BEST_INDENT as u32, 10).unwrap_or('2');
            self.write_indicator(&hint.to_string(), false, false, false);
        }
        let n = value.len();
        let chomp = if n == 0 || !is_break(value[n - 1]) {
            Some("-")
        } else if n == 1 || is_break(value[n - 2]) {
            Some("+")
        } else {
            None
        };
        if let Some(chomp) = chomp {
            self.write_indicator(chomp, false, false, false);
        }
    }

    /// yaml_emitter_write_literal_scalar
    fn write_literal_scalar(&mut self, value: &[char]) {
        self.write_indicator("|", true, false, false);
        self.write_block_scalar_hints(value);
        self.put_break();
        self.indention = true;
        self.whitespace = true;
        let mut breaks = true;
        for &c in value {
            if is_break(c) {
                self.write_break(c);
                self.indention = true;
                breaks = true;
            } else {
                if breaks {
                    self.write_indent();
                }
                self.write_char(c);
                self.indention = false;
                breaks = false;
            }
        }
    }
}

/// yaml_emitter_check_simple_key for a string key.
fn is_simple_key(key: &str) -> bool {
    key.len() <= MAX_SIMPLE_KEY_LEN && !key.chars().any(is_break)
}

// ---------------------------------------------------------------------------
// Scalar analysis and style selection.

/// What yaml_emitter_analyze_scalar finds out (the flow-context flags are
/// left out: no scalar is ever written inside a flow collection).
#[derive(Debug)]
struct Analysis {
    multiline: bool,
    block_plain_allowed: bool,
    single_quoted_allowed: bool,
    block_allowed: bool,
}

/// is_printable (with the emitter's `unicode` flag set): note that tab,
/// carriage return and everything outside the Basic Multilingual Plane
/// (emoji) are not "printable" for go-yaml.
fn is_printable(c: char) -> bool {
    matches!(c, '\n' | '\u{20}'..='\u{7E}' | '\u{A0}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}') && c != '\u{FEFF}'
}

/// is_break: CR, LF, NEL, LS and PS.
fn is_break(c: char) -> bool {
    matches!(c, '\r' | '\n' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

/// is_blank: space or tab.
fn is_blank(c: char) -> bool {
    c == ' ' || c == '\t'
}

/// is_blankz: blank, break or NUL.
fn is_blankz(c: char) -> bool {
    is_blank(c) || is_break(c) || c == '\0'
}

/// yaml_emitter_analyze_scalar
fn analyze_scalar(value: &[char], text: &str) -> Analysis {
    if value.is_empty() {
        return Analysis {
            multiline: false,
            block_plain_allowed: true,
            single_quoted_allowed: true,
            block_allowed: false,
        };
    }
    let mut block_indicators = text.starts_with("---") || text.starts_with("...");
    let mut line_breaks = false;
    let mut special_characters = false;
    let mut leading_space = false;
    let mut leading_break = false;
    let mut trailing_space = false;
    let mut trailing_break = false;
    let mut break_space = false;
    let mut space_break = false;
    let mut preceded_by_whitespace = true;
    let mut previous_space = false;
    let mut previous_break = false;

    let n = value.len();
    for (i, &c) in value.iter().enumerate() {
        let followed_by_whitespace = i + 1 >= n || is_blank(value[i + 1]);
        if i == 0 {
            match c {
                '#' | ',' | '[' | ']' | '{' | '}' | '&' | '*' | '!' | '|' | '>' | '\'' | '"' | '%' | '@' | '`' => {
                    block_indicators = true
                }
                '?' | ':' | '-' if followed_by_whitespace => block_indicators = true,
                _ => {}
            }
        } else {
            match c {
                ':' if followed_by_whitespace => block_indicators = true,
                '#' if preceded_by_whitespace => block_indicators = true,
                _ => {}
            }
        }

        if !is_printable(c) {
            special_characters = true;
        }
        if c == ' ' {
            leading_space |= i == 0;
            trailing_space |= i + 1 == n;
            break_space |= previous_break;
            previous_space = true;
            previous_break = false;
        } else if is_break(c) {
            line_breaks = true;
            leading_break |= i == 0;
            trailing_break |= i + 1 == n;
            space_break |= previous_space;
            previous_space = false;
            previous_break = true;
        } else {
            previous_space = false;
            previous_break = false;
        }
        preceded_by_whitespace = is_blankz(c);
    }

    let mut a = Analysis {
        multiline: line_breaks,
        block_plain_allowed: true,
        single_quoted_allowed: true,
        block_allowed: true,
    };
    if leading_space || leading_break || trailing_space || trailing_break {
        a.block_plain_allowed = false;
    }
    if trailing_space {
        a.block_allowed = false;
    }
    if break_space {
        a.block_plain_allowed = false;
        a.single_quoted_allowed = false;
    }
    if space_break || special_characters {
        a.block_plain_allowed = false;
        a.single_quoted_allowed = false;
        a.block_allowed = false;
    }
    if line_breaks || block_indicators {
        a.block_plain_allowed = false;
    }
    a
}

/// yaml_emitter_select_scalar_style (block context, implicit tags).
fn select_scalar_style(requested: Style, a: &Analysis, empty: bool, simple_key: bool) -> Style {
    let mut style = requested;
    if simple_key && a.multiline {
        style = Style::DoubleQuoted;
    }
    if style == Style::Plain && (!a.block_plain_allowed || (empty && simple_key)) {
        style = Style::SingleQuoted;
    }
    if style == Style::SingleQuoted && !a.single_quoted_allowed {
        style = Style::DoubleQuoted;
    }
    if style == Style::Literal && (!a.block_allowed || simple_key) {
        style = Style::DoubleQuoted;
    }
    style
}

/// The style encode.go's stringv asks for: a literal block for multi-line
/// text, plain when the text would read back as the same string, double
/// quotes otherwise.
fn string_style(s: &str) -> Style {
    if s.contains('\n') {
        Style::Literal
    } else if resolves_to_str(s) && !is_base60_float(s) {
        Style::Plain
    } else {
        Style::DoubleQuoted
    }
}

/// The text go-yaml writes for a number: Go's JSON text for it read back by
/// go-yaml's resolver (an `int` when ParseInt/ParseUint accept it, else a
/// `float64`), then formatted by encode.go's intv/uintv/floatv.
fn number_text(n: &Number) -> String {
    let text = go_number_text(n);
    if let Ok(i) = text.parse::<i64>() {
        i.to_string()
    } else if let Ok(u) = text.parse::<u64>() {
        u.to_string()
    } else {
        let f: f64 = text.parse().unwrap_or(0.0);
        go_format_float(f, FloatFormat::General)
    }
}

// ---------------------------------------------------------------------------
// resolve.go: would a plain scalar read back as a string?

/// The YAML 1.1 words of resolve.go's resolveMap (booleans, nulls, special
/// floats and the merge key); none of them resolves to a string.
const RESOLVE_MAP: &[&str] = &[
    "y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON", "n", "N", "no", "No", "NO", "false",
    "False", "FALSE", "off", "Off", "OFF", "", "~", "null", "Null", "NULL", ".nan", ".NaN", ".NAN", ".inf", ".Inf",
    ".INF", "+.inf", "+.Inf", "+.INF", "-.inf", "-.Inf", "-.INF", "<<",
];

/// resolve("", s) == yaml_STR_TAG
fn resolves_to_str(s: &str) -> bool {
    // resolveTable: the first byte hints at what the scalar may be.
    let hint = match s.as_bytes().first() {
        None => b'N',
        Some(b'+' | b'-') => b'S',
        Some(b'0'..=b'9') => b'D',
        Some(b'y' | b'Y' | b'n' | b'N' | b't' | b'T' | b'f' | b'F' | b'o' | b'O' | b'~') => b'M',
        Some(b'.') => b'.',
        Some(_) => return true,
    };
    if RESOLVE_MAP.contains(&s) {
        return false;
    }
    match hint {
        b'.' => !parse_float_ok(s),
        b'D' | b'S' => {
            if parse_timestamp(s) {
                return false;
            }
            let plain = s.replace('_', "");
            if parse_int(&plain, 0).is_some() || parse_uint(&plain, 0).is_some() {
                return false;
            }
            if is_yaml_style_float(&plain) && parse_float_ok(&plain) {
                return false;
            }
            if let Some(rest) = plain.strip_prefix("0b") {
                if parse_int(rest, 2).is_some() || parse_uint(rest, 2).is_some() {
                    return false;
                }
            } else if let Some(rest) = plain.strip_prefix("-0b")
                && parse_int(&format!("-{rest}"), 2).is_some()
            {
                return false;
            }
            true
        }
        // 'M': every word it could be is in RESOLVE_MAP.
        _ => true,
    }
}

/// strconv.ParseUint(s, base, 64) for base 0 (Go prefixes `0b`, `0o`, `0x`,
/// and `0` for octal) or an explicit base.  Underscores never reach it: the
/// resolver strips them first.
fn parse_uint(s: &str, base: u32) -> Option<u64> {
    let b = s.as_bytes();
    if b.is_empty() {
        return None;
    }
    let (base, digits) = if base != 0 {
        (base, b)
    } else if b[0] == b'0' {
        match b.get(1).map(u8::to_ascii_lowercase) {
            Some(b'b') if b.len() >= 3 => (2, &b[2..]),
            Some(b'o') if b.len() >= 3 => (8, &b[2..]),
            Some(b'x') if b.len() >= 3 => (16, &b[2..]),
            _ => (8, &b[1..]),
        }
    } else {
        (10, b)
    };
    let mut n: u64 = 0;
    for &c in digits {
        let d = (c as char).to_digit(36)?;
        if d >= base {
            return None;
        }
        n = n.checked_mul(u64::from(base))?.checked_add(u64::from(d))?;
    }
    Some(n)
}

/// strconv.ParseInt(s, base, 64)
fn parse_int(s: &str, base: u32) -> Option<i64> {
    let (negative, rest) = match s.as_bytes().first()? {
        b'+' => (false, &s[1..]),
        b'-' => (true, &s[1..]),
        _ => (false, s),
    };
    let magnitude = parse_uint(rest, base)?;
    if !negative {
        i64::try_from(magnitude).ok()
    } else if magnitude <= 1 << 63 {
        Some((magnitude as i64).wrapping_neg())
    } else {
        None
    }
}

/// strconv.ParseFloat(s, 64) succeeds, for decimal syntax: optional sign,
/// digits with at most one dot, optional exponent, Go's underscore rules, and
/// no overflow to ±Inf (an ErrRange).  The resolver never hands it the hex or
/// `inf`/`nan` forms.
fn parse_float_ok(s: &str) -> bool {
    let b = s.as_bytes();
    let mut i = 0;
    if matches!(b.first(), Some(b'+' | b'-')) {
        i += 1;
    }
    let mut saw_dot = false;
    let mut saw_digits = false;
    while i < b.len() {
        match b[i] {
            b'_' => {}
            b'.' if !saw_dot => saw_dot = true,
            b'0'..=b'9' => saw_digits = true,
            _ => break,
        }
        i += 1;
    }
    if !saw_digits {
        return false;
    }
    if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
        i += 1;
        if matches!(b.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        if !matches!(b.get(i), Some(b'0'..=b'9')) {
            return false;
        }
        while i < b.len() && (b[i].is_ascii_digit() || b[i] == b'_') {
            i += 1;
        }
    }
    if i != b.len() || (s.contains('_') && !underscore_ok(s)) {
        return false;
    }
    let cleaned: String = s.chars().filter(|&c| c != '_').collect();
    cleaned.parse::<f64>().is_ok_and(f64::is_finite)
}

/// strconv's underscoreOK: underscores only between digits (or after a base
/// prefix).
pub(crate) fn underscore_ok(s: &str) -> bool {
    let mut b = s.as_bytes();
    if matches!(b.first(), Some(b'+' | b'-')) {
        b = &b[1..];
    }
    // `saw`: b'^' start, b'0' digit or prefix, b'_' underscore, b'!' other.
    let mut saw = b'^';
    let mut i = 0;
    let mut hex = false;
    if b.len() >= 2 && b[0] == b'0' && matches!(b[1].to_ascii_lowercase(), b'b' | b'o' | b'x') {
        i = 2;
        saw = b'0';
        hex = b[1].eq_ignore_ascii_case(&b'x');
    }
    while i < b.len() {
        let c = b[i];
        if c.is_ascii_digit() || (hex && c.is_ascii_hexdigit()) {
            saw = b'0';
        } else if c == b'_' {
            if saw != b'0' {
                return false;
            }
            saw = b'_';
        } else {
            if saw == b'_' {
                return false;
            }
            saw = b'!';
        }
        i += 1;
    }
    saw != b'_'
}

/// resolve.go's yamlStyleFloat:
/// `^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$`
fn is_yaml_style_float(s: &str) -> bool {
    let b = s.as_bytes();
    let digits_from = |mut i: usize| {
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        i
    };
    let mut i = 0;
    if matches!(b.first(), Some(b'+' | b'-')) {
        i += 1;
    }
    if b.get(i) == Some(&b'.') {
        let end = digits_from(i + 1);
        if end == i + 1 {
            return false;
        }
        i = end;
    } else {
        let end = digits_from(i);
        if end == i {
            return false;
        }
        i = end;
        if b.get(i) == Some(&b'.') {
            i = digits_from(i + 1);
        }
    }
    if matches!(b.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(b.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        let end = digits_from(i);
        if end == i {
            return false;
        }
        i = end;
    }
    i == b.len()
}

/// encode.go's isBase60Float: `^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$`
/// (YAML 1.1 sexagesimal numbers such as `1:20`, quoted for other parsers).
fn is_base60_float(s: &str) -> bool {
    let b = s.as_bytes();
    let mut i = 0;
    if matches!(b.first(), Some(b'+' | b'-')) {
        i += 1;
    }
    if !matches!(b.get(i), Some(b'0'..=b'9')) {
        return false;
    }
    while i < b.len() && (b[i].is_ascii_digit() || b[i] == b'_') {
        i += 1;
    }
    let mut groups = 0;
    while b.get(i) == Some(&b':') {
        i += 1;
        let run = b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
        match run {
            1 => i += 1,
            2 if b[i] <= b'5' => i += 2,
            _ => return false,
        }
        groups += 1;
    }
    if groups == 0 {
        return false;
    }
    if b.get(i) == Some(&b'.') {
        i += 1;
        while i < b.len() && (b[i].is_ascii_digit() || b[i] == b'_') {
            i += 1;
        }
    }
    i == b.len()
}

// ---------------------------------------------------------------------------
// resolve.go's parseTimestamp: time.Parse (Go 1.23) with the four layouts
// go-yaml accepts.

/// The pieces of a Go time layout that the accepted layouts use.
#[derive(Clone, Copy)]
enum Chunk {
    /// Literal text (a space matches any run of spaces).
    Lit(&'static str),
    /// `2006`
    Year,
    /// `1`
    Month,
    /// `2`
    Day,
    /// `15`
    Hour,
    /// `4`
    Minute,
    /// `5`
    Second,
    /// `.999999999`
    Fraction,
    /// `Z07:00`
    Zone,
}

/// resolve.go's allowedTimestampFormats.
const TIMESTAMP_LAYOUTS: [&[Chunk]; 4] = {
    use Chunk::*;
    [
        // "2006-1-2T15:4:5.999999999Z07:00"
        &[
            Year,
            Lit("-"),
            Month,
            Lit("-"),
            Day,
            Lit("T"),
            Hour,
            Lit(":"),
            Minute,
            Lit(":"),
            Second,
            Fraction,
            Zone,
        ],
        // "2006-1-2t15:4:5.999999999Z07:00"
        &[
            Year,
            Lit("-"),
            Month,
            Lit("-"),
            Day,
            Lit("t"),
            Hour,
            Lit(":"),
            Minute,
            Lit(":"),
            Second,
            Fraction,
            Zone,
        ],
        // "2006-1-2 15:4:5.999999999"
        &[
            Year,
            Lit("-"),
            Month,
            Lit("-"),
            Day,
            Lit(" "),
            Hour,
            Lit(":"),
            Minute,
            Lit(":"),
            Second,
            Fraction,
        ],
        // "2006-1-2"
        &[Year, Lit("-"), Month, Lit("-"), Day],
    ]
};

fn parse_timestamp(s: &str) -> bool {
    // Quick check: all date formats start with YYYY-.
    let b = s.as_bytes();
    let year_digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
    if year_digits != 4 || b.get(4) != Some(&b'-') {
        return false;
    }
    TIMESTAMP_LAYOUTS.iter().any(|layout| go_time_parse(layout, b))
}

/// time's getnum: one or two digits (`fixed`: exactly two).
fn getnum(s: &[u8], fixed: bool) -> Option<(u32, &[u8])> {
    let digit = |i: usize| s.get(i).filter(|c| c.is_ascii_digit()).map(|c| u32::from(c - b'0'));
    let first = digit(0)?;
    match digit(1) {
        Some(second) => Some((first * 10 + second, &s[2..])),
        None if fixed => None,
        None => Some((first, &s[1..])),
    }
}

/// time's skip: consume a literal, where a space matches a run of spaces.
fn skip_literal<'a>(mut value: &'a [u8], literal: &str) -> Option<&'a [u8]> {
    let mut prefix = literal.as_bytes();
    while let Some(&p) = prefix.first() {
        if p == b' ' {
            if value.first().is_some_and(|&c| c != b' ') {
                return None;
            }
            prefix = trim_spaces(prefix);
            value = trim_spaces(value);
            continue;
        }
        if value.first() != Some(&p) {
            return None;
        }
        prefix = &prefix[1..];
        value = &value[1..];
    }
    Some(value)
}

fn trim_spaces(s: &[u8]) -> &[u8] {
    let n = s.iter().take_while(|&&c| c == b' ').count();
    &s[n..]
}

/// Whether Go 1.23's time.Parse accepts `value` for `layout`.
fn go_time_parse(layout: &[Chunk], mut value: &[u8]) -> bool {
    let (mut year, mut month, mut day) = (0u32, 0u32, 0u32);
    for chunk in layout {
        value = match *chunk {
            Chunk::Lit(text) => match skip_literal(value, text) {
                Some(rest) => rest,
                None => return false,
            },
            Chunk::Year => {
                if value.len() < 4 || !value[..4].iter().all(u8::is_ascii_digit) {
                    return false;
                }
                year = value[..4].iter().fold(0, |y, c| y * 10 + u32::from(c - b'0'));
                &value[4..]
            }
            Chunk::Month | Chunk::Day | Chunk::Hour | Chunk::Minute | Chunk::Second => {
                let Some((n, rest)) = getnum(value, false) else {
                    return false;
                };
                let in_range = match *chunk {
                    Chunk::Month => (1..=12).contains(&n),
                    Chunk::Hour => n < 24,
                    Chunk::Minute | Chunk::Second => n < 60,
                    _ => true, // the day is checked against the month below
                };
                if !in_range {
                    return false;
                }
                match *chunk {
                    Chunk::Month => month = n,
                    Chunk::Day => day = n,
                    _ => {}
                }
                rest
            }
            Chunk::Fraction => {
                // Optional: a comma or period followed by any number of digits.
                if value.len() >= 2 && (value[0] == b'.' || value[0] == b',') && value[1].is_ascii_digit() {
                    let digits = value[1..].iter().take_while(|c| c.is_ascii_digit()).count();
                    &value[1 + digits..]
                } else {
                    value
                }
            }
            Chunk::Zone => {
                if value.first() == Some(&b'Z') {
                    &value[1..]
                } else {
                    if value.len() < 6 || value[3] != b':' || !matches!(value[0], b'+' | b'-') {
                        return false;
                    }
                    let (Some((hours, _)), Some((minutes, _))) =
                        (getnum(&value[1..3], true), getnum(&value[4..6], true))
                    else {
                        return false;
                    };
                    if hours > 24 || minutes > 60 {
                        return false;
                    }
                    &value[6..]
                }
            }
        };
    }
    value.is_empty() && day >= 1 && day <= days_in(month, year)
}

fn days_in(month: u32, year: u32) -> u32 {
    match month {
        2 if year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400)) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

// ---------------------------------------------------------------------------
// sorter.go: the order go-yaml writes mapping keys in.

/// The entries of `map` in go-yaml's key order.
fn sorted_entries(map: &Map<String, Value>) -> Vec<(&String, &Value)> {
    let entries: Vec<(&String, &Value)> = map.iter().collect();
    let keys: Vec<Vec<char>> = entries.iter().map(|(k, _)| k.chars().collect()).collect();
    let mut order: Vec<usize> = (0..entries.len()).collect();
    sort_indices(&mut order, &|a, b| key_less_chars(&keys[a], &keys[b]));
    order.iter().map(|&i| entries[i]).collect()
}

/// Sorts `v` with `less`.  For the key sets where go-yaml's order is a
/// strict total order any sort gives Go's result; where it is not (it is not
/// transitive: `a0b` < `a1` < `a02` < `a0b`) kubectl's own output varies from
/// run to run, as Go's sort starts from Go's random map order.  So this only
/// has to be deterministic and, unlike the standard library's sorts, never
/// panic on such an order: an insertion sort (what Go's sort.Sort runs on up
/// to 12 elements) or, for longer lists, a merge sort.
fn sort_indices(v: &mut [usize], less: &dyn Fn(usize, usize) -> bool) {
    if v.len() <= 12 {
        for i in 1..v.len() {
            let mut j = i;
            while j > 0 && less(v[j], v[j - 1]) {
                v.swap(j, j - 1);
                j -= 1;
            }
        }
        return;
    }
    let mid = v.len() / 2;
    sort_indices(&mut v[..mid], less);
    sort_indices(&mut v[mid..], less);
    let mut merged = Vec::with_capacity(v.len());
    let (mut i, mut j) = (0, mid);
    while i < mid && j < v.len() {
        if less(v[j], v[i]) {
            merged.push(v[j]);
            j += 1;
        } else {
            merged.push(v[i]);
            i += 1;
        }
    }
    merged.extend_from_slice(&v[i..mid]);
    merged.extend_from_slice(&v[j..]);
    v.copy_from_slice(&merged);
}

/// keyList.Less for two string keys: letters sort after other characters,
/// and runs of digits compare by numeric value.
fn key_less_chars(a: &[char], b: &[char]) -> bool {
    for i in 0..a.len().min(b.len()) {
        if a[i] == b[i] {
            continue;
        }
        let (al, bl) = (go_is_letter(a[i]), go_is_letter(b[i]));
        if al && bl {
            return a[i] < b[i];
        }
        if al || bl {
            return bl;
        }
        // Go's int64 arithmetic wraps; so does this.
        let (mut an, mut bn) = (0i64, 0i64);
        if a[i] == '0' || b[i] == '0' {
            // A zero inside a number (not a leading one) counts.
            let mut j = i;
            while j > 0 && go_is_digit(a[j - 1]) {
                j -= 1;
                if a[j] != '0' {
                    an = 1;
                    bn = 1;
                    break;
                }
            }
        }
        let mut ai = i;
        while ai < a.len() && go_is_digit(a[ai]) {
            an = an
                .wrapping_mul(10)
                .wrapping_add(i64::from(a[ai] as u32) - i64::from('0' as u32));
            ai += 1;
        }
        let mut bi = i;
        while bi < b.len() && go_is_digit(b[bi]) {
            bn = bn
                .wrapping_mul(10)
                .wrapping_add(i64::from(b[bi] as u32) - i64::from('0' as u32));
            bi += 1;
        }
        if an != bn {
            return an < bn;
        }
        if ai != bi {
            return ai < bi;
        }
        return a[i] < b[i];
    }
    a.len() < b.len()
}

/// unicode.IsLetter; exact for Latin-1, Rust's Alphabetic property (a close
/// superset of Go's L categories) beyond.
fn go_is_letter(c: char) -> bool {
    if (c as u32) < 0x80 {
        c.is_ascii_alphabetic()
    } else {
        c.is_alphabetic()
    }
}

/// unicode.IsDigit; exact for Latin-1, Rust's Numeric property (a superset of
/// Go's Nd category) beyond.
fn go_is_digit(c: char) -> bool {
    if (c as u32) <= 0xFF {
        c.is_ascii_digit()
    } else {
        c.is_numeric()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn render(v: &Value) -> String {
        let mut out = Vec::new();
        write_yaml(&mut out, v).unwrap();
        String::from_utf8(out).unwrap()
    }

    fn render_err(v: &Value) -> String {
        let mut out = Vec::new();
        let err = write_yaml(&mut out, v).unwrap_err();
        assert!(out.is_empty(), "nothing is written on error");
        err.to_string()
    }

    /// An object from (key, value) pairs, for keys that `json!` cannot spell.
    fn object(entries: Vec<(String, Value)>) -> Value {
        Value::Object(entries.into_iter().collect())
    }

    // Goldens: for each string `s`, what `kubectl label --local -f obj.json x- -o yaml`
    // (kubectl v1.32.4) printed for an object holding `"v": s` and `"w": {s: 1}`:
    // (s, the `v:` line(s), the line(s) under `w:`).  They cover every branch of
    // stringv / yaml_emitter_analyze_scalar / yaml_emitter_select_scalar_style and of
    // the resolver (YAML 1.1 words, ints in all bases, floats, base 60, timestamps),
    // folding at 80 columns, literal blocks and their indentation / chomping hints,
    // escapes, and keys too long for a simple key.
    #[rustfmt::skip]
    const STRING_CASES: &[(&str, &str, &str)] = &[
        ("", "v: \"\"\n", "  \"\": 1\n"),
        (" ", "v: ' '\n", "  ' ': 1\n"),
        ("a", "v: a\n", "  a: 1\n"),
        ("hello world", "v: hello world\n", "  hello world: 1\n"),
        ("x", "v: x\n", "  x: 1\n"),
        ("abc", "v: abc\n", "  abc: 1\n"),
        ("foo-bar", "v: foo-bar\n", "  foo-bar: 1\n"),
        ("foo_bar", "v: foo_bar\n", "  foo_bar: 1\n"),
        ("foo.bar", "v: foo.bar\n", "  foo.bar: 1\n"),
        ("foo/bar", "v: foo/bar\n", "  foo/bar: 1\n"),
        ("a:b", "v: a:b\n", "  a:b: 1\n"),
        ("a: b", "v: 'a: b'\n", "  'a: b': 1\n"),
        ("a :b", "v: a :b\n", "  a :b: 1\n"),
        ("a:", "v: 'a:'\n", "  'a:': 1\n"),
        ("a #b", "v: 'a #b'\n", "  'a #b': 1\n"),
        ("a#b", "v: a#b\n", "  a#b: 1\n"),
        ("#a", "v: '#a'\n", "  '#a': 1\n"),
        ("# a", "v: '# a'\n", "  '# a': 1\n"),
        ("-", "v: '-'\n", "  '-': 1\n"),
        ("--", "v: --\n", "  --: 1\n"),
        ("---", "v: '---'\n", "  '---': 1\n"),
        ("- a", "v: '- a'\n", "  '- a': 1\n"),
        ("-a", "v: -a\n", "  -a: 1\n"),
        ("-1", "v: \"-1\"\n", "  \"-1\": 1\n"),
        ("--a", "v: --a\n", "  --a: 1\n"),
        ("...", "v: '...'\n", "  '...': 1\n"),
        ("..", "v: ..\n", "  ..: 1\n"),
        (".", "v: .\n", "  .: 1\n"),
        ("?", "v: '?'\n", "  '?': 1\n"),
        ("? a", "v: '? a'\n", "  '? a': 1\n"),
        ("?a", "v: ?a\n", "  ?a: 1\n"),
        (":", "v: ':'\n", "  ':': 1\n"),
        (":a", "v: :a\n", "  :a: 1\n"),
        (": a", "v: ': a'\n", "  ': a': 1\n"),
        ("a?", "v: a?\n", "  a?: 1\n"),
        ("a,b", "v: a,b\n", "  a,b: 1\n"),
        ("[a]", "v: '[a]'\n", "  '[a]': 1\n"),
        ("{a}", "v: '{a}'\n", "  '{a}': 1\n"),
        ("a[b]", "v: a[b]\n", "  a[b]: 1\n"),
        ("a{b}", "v: a{b}\n", "  a{b}: 1\n"),
        ("*a", "v: '*a'\n", "  '*a': 1\n"),
        ("&a", "v: '&a'\n", "  '&a': 1\n"),
        ("!a", "v: '!a'\n", "  '!a': 1\n"),
        ("|a", "v: '|a'\n", "  '|a': 1\n"),
        (">a", "v: '>a'\n", "  '>a': 1\n"),
        ("'a", "v: '''a'\n", "  '''a': 1\n"),
        ("\"a", "v: '\"a'\n", "  '\"a': 1\n"),
        ("%a", "v: '%a'\n", "  '%a': 1\n"),
        ("@a", "v: '@a'\n", "  '@a': 1\n"),
        ("`a", "v: '`a'\n", "  '`a': 1\n"),
        (",a", "v: ',a'\n", "  ',a': 1\n"),
        ("]a", "v: ']a'\n", "  ']a': 1\n"),
        ("}a", "v: '}a'\n", "  '}a': 1\n"),
        ("a'b", "v: a'b\n", "  a'b: 1\n"),
        ("a\"b", "v: a\"b\n", "  a\"b: 1\n"),
        ("a\\b", "v: a\\b\n", "  a\\b: 1\n"),
        ("a!b", "v: a!b\n", "  a!b: 1\n"),
        ("a&b", "v: a&b\n", "  a&b: 1\n"),
        ("a*b", "v: a*b\n", "  a*b: 1\n"),
        ("a|b", "v: a|b\n", "  a|b: 1\n"),
        ("a>b", "v: a>b\n", "  a>b: 1\n"),
        ("a<b", "v: a<b\n", "  a<b: 1\n"),
        ("<a>", "v: <a>\n", "  <a>: 1\n"),
        ("<<", "v: <<\n", "  <<: 1\n"),
        ("=", "v: =\n", "  =: 1\n"),
        ("~", "v: \"~\"\n", "  \"~\": 1\n"),
        ("~a", "v: ~a\n", "  ~a: 1\n"),
        (" a", "v: ' a'\n", "  ' a': 1\n"),
        ("a ", "v: 'a '\n", "  'a ': 1\n"),
        (" a ", "v: ' a '\n", "  ' a ': 1\n"),
        ("a  b", "v: a  b\n", "  a  b: 1\n"),
        ("a\tb", "v: \"a\\tb\"\n", "  \"a\\tb\": 1\n"),
        ("\ta", "v: \"\\ta\"\n", "  \"\\ta\": 1\n"),
        ("a\t", "v: \"a\\t\"\n", "  \"a\\t\": 1\n"),
        ("\t", "v: \"\\t\"\n", "  \"\\t\": 1\n"),
        ("a\nb", "v: |-\n  a\n  b\n", "  ? |-\n    a\n    b\n  : 1\n"),
        ("a\n", "v: |\n  a\n", "  ? |\n    a\n  : 1\n"),
        ("a\n\n", "v: |+\n  a\n\n", "  ? |+\n    a\n\n  : 1\n"),
        ("a\n\n\n", "v: |+\n  a\n\n\n", "  ? |+\n    a\n\n\n  : 1\n"),
        ("\n", "v: |2+\n\n", "  ? |2+\n\n  : 1\n"),
        ("\n\n", "v: |2+\n\n\n", "  ? |2+\n\n\n  : 1\n"),
        ("\na", "v: |2-\n\n  a\n", "  ? |2-\n\n    a\n  : 1\n"),
        (" \na", "v: \" \\na\"\n", "  ? \" \\na\"\n  : 1\n"),
        ("  a\nb", "v: |2-\n    a\n  b\n", "  ? |2-\n      a\n    b\n  : 1\n"),
        ("a \nb", "v: \"a \\nb\"\n", "  ? \"a \\nb\"\n  : 1\n"),
        ("a\n b", "v: |-\n  a\n   b\n", "  ? |-\n    a\n     b\n  : 1\n"),
        ("a\n\nb", "v: |-\n  a\n\n  b\n", "  ? |-\n    a\n\n    b\n  : 1\n"),
        ("a\r\nb", "v: \"a\\r\\nb\"\n", "  ? \"a\\r\\nb\"\n  : 1\n"),
        ("a\rb", "v: \"a\\rb\"\n", "  ? \"a\\rb\"\n  : 1\n"),
        ("\r", "v: \"\\r\"\n", "  ? \"\\r\"\n  : 1\n"),
        ("line1\nline2\n", "v: |\n  line1\n  line2\n", "  ? |\n    line1\n    line2\n  : 1\n"),
        ("  leading\n", "v: |2\n    leading\n", "  ? |2\n      leading\n  : 1\n"),
        ("\ttab\nx", "v: \"\\ttab\\nx\"\n", "  ? \"\\ttab\\nx\"\n  : 1\n"),
        ("y", "v: \"y\"\n", "  \"y\": 1\n"),
        ("Y", "v: \"Y\"\n", "  \"Y\": 1\n"),
        ("yes", "v: \"yes\"\n", "  \"yes\": 1\n"),
        ("Yes", "v: \"Yes\"\n", "  \"Yes\": 1\n"),
        ("YES", "v: \"YES\"\n", "  \"YES\": 1\n"),
        ("yEs", "v: yEs\n", "  yEs: 1\n"),
        ("n", "v: \"n\"\n", "  \"n\": 1\n"),
        ("N", "v: \"N\"\n", "  \"N\": 1\n"),
        ("no", "v: \"no\"\n", "  \"no\": 1\n"),
        ("No", "v: \"No\"\n", "  \"No\": 1\n"),
        ("NO", "v: \"NO\"\n", "  \"NO\": 1\n"),
        ("true", "v: \"true\"\n", "  \"true\": 1\n"),
        ("True", "v: \"True\"\n", "  \"True\": 1\n"),
        ("TRUE", "v: \"TRUE\"\n", "  \"TRUE\": 1\n"),
        ("tRue", "v: tRue\n", "  tRue: 1\n"),
        ("false", "v: \"false\"\n", "  \"false\": 1\n"),
        ("False", "v: \"False\"\n", "  \"False\": 1\n"),
        ("FALSE", "v: \"FALSE\"\n", "  \"FALSE\": 1\n"),
        ("on", "v: \"on\"\n", "  \"on\": 1\n"),
        ("On", "v: \"On\"\n", "  \"On\": 1\n"),
        ("ON", "v: \"ON\"\n", "  \"ON\": 1\n"),
        ("off", "v: \"off\"\n", "  \"off\": 1\n"),
        ("Off", "v: \"Off\"\n", "  \"Off\": 1\n"),
        ("OFF", "v: \"OFF\"\n", "  \"OFF\": 1\n"),
        ("null", "v: \"null\"\n", "  \"null\": 1\n"),
        ("Null", "v: \"Null\"\n", "  \"Null\": 1\n"),
        ("NULL", "v: \"NULL\"\n", "  \"NULL\": 1\n"),
        ("nULL", "v: nULL\n", "  nULL: 1\n"),
        ("nil", "v: nil\n", "  nil: 1\n"),
        ("none", "v: none\n", "  none: 1\n"),
        ("None", "v: None\n", "  None: 1\n"),
        (".nan", "v: \".nan\"\n", "  \".nan\": 1\n"),
        (".NaN", "v: \".NaN\"\n", "  \".NaN\": 1\n"),
        (".NAN", "v: \".NAN\"\n", "  \".NAN\": 1\n"),
        (".inf", "v: \".inf\"\n", "  \".inf\": 1\n"),
        (".Inf", "v: \".Inf\"\n", "  \".Inf\": 1\n"),
        (".INF", "v: \".INF\"\n", "  \".INF\": 1\n"),
        ("+.inf", "v: \"+.inf\"\n", "  \"+.inf\": 1\n"),
        ("-.inf", "v: \"-.inf\"\n", "  \"-.inf\": 1\n"),
        ("-.Inf", "v: \"-.Inf\"\n", "  \"-.Inf\": 1\n"),
        ("+.INF", "v: \"+.INF\"\n", "  \"+.INF\": 1\n"),
        ("inf", "v: inf\n", "  inf: 1\n"),
        ("Inf", "v: Inf\n", "  Inf: 1\n"),
        ("+inf", "v: +inf\n", "  +inf: 1\n"),
        ("nan", "v: nan\n", "  nan: 1\n"),
        ("NaN", "v: NaN\n", "  NaN: 1\n"),
        ("infinity", "v: infinity\n", "  infinity: 1\n"),
        (".infinity", "v: .infinity\n", "  .infinity: 1\n"),
        ("0", "v: \"0\"\n", "  \"0\": 1\n"),
        ("1", "v: \"1\"\n", "  \"1\": 1\n"),
        ("+1", "v: \"+1\"\n", "  \"+1\": 1\n"),
        ("01", "v: \"01\"\n", "  \"01\": 1\n"),
        ("007", "v: \"007\"\n", "  \"007\": 1\n"),
        ("0755", "v: \"0755\"\n", "  \"0755\": 1\n"),
        ("089", "v: \"089\"\n", "  \"089\": 1\n"),
        ("0o17", "v: \"0o17\"\n", "  \"0o17\": 1\n"),
        ("0O17", "v: \"0O17\"\n", "  \"0O17\": 1\n"),
        ("0x1F", "v: \"0x1F\"\n", "  \"0x1F\": 1\n"),
        ("0X1f", "v: \"0X1f\"\n", "  \"0X1f\": 1\n"),
        ("0xg", "v: 0xg\n", "  0xg: 1\n"),
        ("0b101", "v: \"0b101\"\n", "  \"0b101\": 1\n"),
        ("0B11", "v: \"0B11\"\n", "  \"0B11\": 1\n"),
        ("0b2", "v: 0b2\n", "  0b2: 1\n"),
        ("-0b101", "v: \"-0b101\"\n", "  \"-0b101\": 1\n"),
        ("+0x10", "v: \"+0x10\"\n", "  \"+0x10\": 1\n"),
        ("-0x10", "v: \"-0x10\"\n", "  \"-0x10\": 1\n"),
        ("0x", "v: 0x\n", "  0x: 1\n"),
        ("0b", "v: 0b\n", "  0b: 1\n"),
        ("0o", "v: 0o\n", "  0o: 1\n"),
        ("1_000", "v: \"1_000\"\n", "  \"1_000\": 1\n"),
        ("1__0", "v: \"1__0\"\n", "  \"1__0\": 1\n"),
        ("_1", "v: _1\n", "  _1: 1\n"),
        ("1_", "v: \"1_\"\n", "  \"1_\": 1\n"),
        ("1.5", "v: \"1.5\"\n", "  \"1.5\": 1\n"),
        ("-1.5", "v: \"-1.5\"\n", "  \"-1.5\": 1\n"),
        ("+1.5", "v: \"+1.5\"\n", "  \"+1.5\": 1\n"),
        (".5", "v: \".5\"\n", "  \".5\": 1\n"),
        ("-.5", "v: \"-.5\"\n", "  \"-.5\": 1\n"),
        ("+.5", "v: \"+.5\"\n", "  \"+.5\": 1\n"),
        ("1.", "v: \"1.\"\n", "  \"1.\": 1\n"),
        ("1e3", "v: \"1e3\"\n", "  \"1e3\": 1\n"),
        ("1E3", "v: \"1E3\"\n", "  \"1E3\": 1\n"),
        ("1e+3", "v: \"1e+3\"\n", "  \"1e+3\": 1\n"),
        ("1e-3", "v: \"1e-3\"\n", "  \"1e-3\": 1\n"),
        ("1.5e3", "v: \"1.5e3\"\n", "  \"1.5e3\": 1\n"),
        ("1e", "v: 1e\n", "  1e: 1\n"),
        ("e3", "v: e3\n", "  e3: 1\n"),
        ("1e999", "v: 1e999\n", "  1e999: 1\n"),
        ("-1e999", "v: -1e999\n", "  -1e999: 1\n"),
        ("1e-999", "v: \"1e-999\"\n", "  \"1e-999\": 1\n"),
        (".5e3", "v: \".5e3\"\n", "  \".5e3\": 1\n"),
        (".5_0", "v: \".5_0\"\n", "  \".5_0\": 1\n"),
        ("1_0.5", "v: \"1_0.5\"\n", "  \"1_0.5\": 1\n"),
        ("1.5_0", "v: \"1.5_0\"\n", "  \"1.5_0\": 1\n"),
        ("123456789012345678901234567890", "v: \"123456789012345678901234567890\"\n", "  \"123456789012345678901234567890\": 1\n"),
        ("9223372036854775807", "v: \"9223372036854775807\"\n", "  \"9223372036854775807\": 1\n"),
        ("9223372036854775808", "v: \"9223372036854775808\"\n", "  \"9223372036854775808\": 1\n"),
        ("18446744073709551615", "v: \"18446744073709551615\"\n", "  \"18446744073709551615\": 1\n"),
        ("18446744073709551616", "v: \"18446744073709551616\"\n", "  \"18446744073709551616\": 1\n"),
        ("-9223372036854775808", "v: \"-9223372036854775808\"\n", "  \"-9223372036854775808\": 1\n"),
        ("-9223372036854775809", "v: \"-9223372036854775809\"\n", "  \"-9223372036854775809\": 1\n"),
        ("0.0", "v: \"0.0\"\n", "  \"0.0\": 1\n"),
        ("-0", "v: \"-0\"\n", "  \"-0\": 1\n"),
        ("+0", "v: \"+0\"\n", "  \"+0\": 1\n"),
        ("00", "v: \"00\"\n", "  \"00\": 1\n"),
        ("0_0", "v: \"0_0\"\n", "  \"0_0\": 1\n"),
        ("1,000", "v: 1,000\n", "  1,000: 1\n"),
        ("1 000", "v: 1 000\n", "  1 000: 1\n"),
        ("12:30", "v: \"12:30\"\n", "  \"12:30\": 1\n"),
        ("1:20", "v: \"1:20\"\n", "  \"1:20\": 1\n"),
        ("190:20:30", "v: \"190:20:30\"\n", "  \"190:20:30\": 1\n"),
        ("1:60", "v: 1:60\n", "  1:60: 1\n"),
        ("1:5", "v: \"1:5\"\n", "  \"1:5\": 1\n"),
        ("-1:20", "v: \"-1:20\"\n", "  \"-1:20\": 1\n"),
        ("+1:20:30.5", "v: \"+1:20:30.5\"\n", "  \"+1:20:30.5\": 1\n"),
        ("1:20.5", "v: \"1:20.5\"\n", "  \"1:20.5\": 1\n"),
        ("1_0:20", "v: \"1_0:20\"\n", "  \"1_0:20\": 1\n"),
        ("1:2:3", "v: \"1:2:3\"\n", "  \"1:2:3\": 1\n"),
        ("a:1", "v: a:1\n", "  a:1: 1\n"),
        ("1:", "v: '1:'\n", "  '1:': 1\n"),
        ("0x1p3", "v: 0x1p3\n", "  0x1p3: 1\n"),
        ("0x1.8p1", "v: 0x1.8p1\n", "  0x1.8p1: 1\n"),
        ("1e3e3", "v: 1e3e3\n", "  1e3e3: 1\n"),
        ("1.2.3", "v: 1.2.3\n", "  1.2.3: 1\n"),
        ("1.2.3.4", "v: 1.2.3.4\n", "  1.2.3.4: 1\n"),
        ("v1", "v: v1\n", "  v1: 1\n"),
        ("v1.2.3", "v: v1.2.3\n", "  v1.2.3: 1\n"),
        ("1a", "v: 1a\n", "  1a: 1\n"),
        ("1-2", "v: 1-2\n", "  1-2: 1\n"),
        ("1/2", "v: 1/2\n", "  1/2: 1\n"),
        ("12-34", "v: 12-34\n", "  12-34: 1\n"),
        ("2020-01-01", "v: \"2020-01-01\"\n", "  \"2020-01-01\": 1\n"),
        ("2020-1-1", "v: \"2020-1-1\"\n", "  \"2020-1-1\": 1\n"),
        ("2020-01-01T00:00:00Z", "v: \"2020-01-01T00:00:00Z\"\n", "  \"2020-01-01T00:00:00Z\": 1\n"),
        ("2020-01-01t00:00:00Z", "v: \"2020-01-01t00:00:00Z\"\n", "  \"2020-01-01t00:00:00Z\": 1\n"),
        ("2020-01-01T00:00:00+01:00", "v: \"2020-01-01T00:00:00+01:00\"\n", "  \"2020-01-01T00:00:00+01:00\": 1\n"),
        ("2020-01-01T00:00:00.123456789Z", "v: \"2020-01-01T00:00:00.123456789Z\"\n", "  \"2020-01-01T00:00:00.123456789Z\": 1\n"),
        ("2020-01-01 00:00:00", "v: \"2020-01-01 00:00:00\"\n", "  \"2020-01-01 00:00:00\": 1\n"),
        ("2020-01-01  00:00:00", "v: \"2020-01-01  00:00:00\"\n", "  \"2020-01-01  00:00:00\": 1\n"),
        ("2020-01-01 00:00:00.5", "v: \"2020-01-01 00:00:00.5\"\n", "  \"2020-01-01 00:00:00.5\": 1\n"),
        ("2020-01-01 00:00:00,5", "v: \"2020-01-01 00:00:00,5\"\n", "  \"2020-01-01 00:00:00,5\": 1\n"),
        ("2020-02-30", "v: 2020-02-30\n", "  2020-02-30: 1\n"),
        ("2020-02-29", "v: \"2020-02-29\"\n", "  \"2020-02-29\": 1\n"),
        ("2019-02-29", "v: 2019-02-29\n", "  2019-02-29: 1\n"),
        ("2020-13-01", "v: 2020-13-01\n", "  2020-13-01: 1\n"),
        ("2020-00-10", "v: 2020-00-10\n", "  2020-00-10: 1\n"),
        ("2020-01-32", "v: 2020-01-32\n", "  2020-01-32: 1\n"),
        ("2020-01-01T25:00:00Z", "v: 2020-01-01T25:00:00Z\n", "  2020-01-01T25:00:00Z: 1\n"),
        ("2020-01-01T24:00:00Z", "v: 2020-01-01T24:00:00Z\n", "  2020-01-01T24:00:00Z: 1\n"),
        ("2020-01-01T23:60:00Z", "v: 2020-01-01T23:60:00Z\n", "  2020-01-01T23:60:00Z: 1\n"),
        ("2020-01-01T23:59:60Z", "v: 2020-01-01T23:59:60Z\n", "  2020-01-01T23:59:60Z: 1\n"),
        ("2020-01-01T1:2:3Z", "v: \"2020-01-01T1:2:3Z\"\n", "  \"2020-01-01T1:2:3Z\": 1\n"),
        ("2020-01-01T01:02:03", "v: 2020-01-01T01:02:03\n", "  2020-01-01T01:02:03: 1\n"),
        ("2020-01-01T01:02:03+0100", "v: 2020-01-01T01:02:03+0100\n", "  2020-01-01T01:02:03+0100: 1\n"),
        ("2020-01-01T01:02:03+25:00", "v: 2020-01-01T01:02:03+25:00\n", "  2020-01-01T01:02:03+25:00: 1\n"),
        ("2020-01-01x", "v: 2020-01-01x\n", "  2020-01-01x: 1\n"),
        ("20200-01-01", "v: 20200-01-01\n", "  20200-01-01: 1\n"),
        ("202-01-01", "v: 202-01-01\n", "  202-01-01: 1\n"),
        ("2020-001-01", "v: 2020-001-01\n", "  2020-001-01: 1\n"),
        ("2020-01", "v: 2020-01\n", "  2020-01: 1\n"),
        ("2020-", "v: 2020-\n", "  2020-: 1\n"),
        ("2020", "v: \"2020\"\n", "  \"2020\": 1\n"),
        ("2001-12-14 21:59:43.10 -5", "v: 2001-12-14 21:59:43.10 -5\n", "  2001-12-14 21:59:43.10 -5: 1\n"),
        ("2020-01-01T00:00:00.Z", "v: 2020-01-01T00:00:00.Z\n", "  2020-01-01T00:00:00.Z: 1\n"),
        ("2020-01-01 ", "v: '2020-01-01 '\n", "  '2020-01-01 ': 1\n"),
        (" 2020-01-01", "v: ' 2020-01-01'\n", "  ' 2020-01-01': 1\n"),
        ("2020-1-1 1:2:3", "v: \"2020-1-1 1:2:3\"\n", "  \"2020-1-1 1:2:3\": 1\n"),
        ("é", "v: é\n", "  é: 1\n"),
        ("日本語", "v: 日本語\n", "  日本語: 1\n"),
        ("héllo wörld", "v: héllo wörld\n", "  héllo wörld: 1\n"),
        ("😀", "v: \"\\U0001F600\"\n", "  \"\\U0001F600\": 1\n"),
        ("a😀b", "v: \"a\\U0001F600b\"\n", "  \"a\\U0001F600b\": 1\n"),
        ("\u{a0}", "v: \u{a0}\n", "  \u{a0}: 1\n"),
        ("a\u{a0}b", "v: a\u{a0}b\n", "  a\u{a0}b: 1\n"),
        ("\u{2028}", "v: '\u{2028}'\n", "  ? '\u{2028}'\n  : 1\n"),
        ("a\u{2028}b", "v: 'a\u{2028}  b'\n", "  ? 'a\u{2028}    b'\n  : 1\n"),
        ("a\u{2029}b", "v: 'a\u{2029}  b'\n", "  ? 'a\u{2029}    b'\n  : 1\n"),
        ("\u{feff}", "v: \"\\uFEFF\"\n", "  \"\\uFEFF\": 1\n"),
        ("\u{feff}abc", "v: \"\\uFEFF\\x61\\x62\\x63\"\n", "  \"\\uFEFF\\x61\\x62\\x63\": 1\n"),
        ("a\u{feff}", "v: \"a\\uFEFF\"\n", "  \"a\\uFEFF\": 1\n"),
        ("\u{e000}", "v: \u{e000}\n", "  \u{e000}: 1\n"),
        ("￯", "v: ￯\n", "  ￯: 1\n"),
        ("�", "v: �\n", "  �: 1\n"),
        ("\0", "v: \"\\0\"\n", "  \"\\0\": 1\n"),
        ("\u{1}", "v: \"\\x01\"\n", "  \"\\x01\": 1\n"),
        ("a\u{1b}b", "v: \"a\\eb\"\n", "  \"a\\eb\": 1\n"),
        ("\u{7}\u{8}\u{b}\u{c}", "v: \"\\a\\b\\v\\f\"\n", "  \"\\a\\b\\v\\f\": 1\n"),
        ("\u{1f}", "v: \"\\x1F\"\n", "  \"\\x1F\": 1\n"),
        ("key: value", "v: 'key: value'\n", "  'key: value': 1\n"),
        ("a - b", "v: a - b\n", "  a - b: 1\n"),
        ("a -b", "v: a -b\n", "  a -b: 1\n"),
        ("a- b", "v: a- b\n", "  a- b: 1\n"),
        ("- ", "v: '- '\n", "  '- ': 1\n"),
        (" -", "v: ' -'\n", "  ' -': 1\n"),
        ("-\n", "v: |\n  -\n", "  ? |\n    -\n  : 1\n"),
        ("a b c", "v: a b c\n", "  a b c: 1\n"),
        ("http://example.com/path?q=1&r=2#frag", "v: http://example.com/path?q=1&r=2#frag\n", "  http://example.com/path?q=1&r=2#frag: 1\n"),
        ("user@example.com", "v: user@example.com\n", "  user@example.com: 1\n"),
        ("C:\\Windows\\System32", "v: C:\\Windows\\System32\n", "  C:\\Windows\\System32: 1\n"),
        ("$HOME", "v: $HOME\n", "  $HOME: 1\n"),
        ("${VAR}", "v: ${VAR}\n", "  ${VAR}: 1\n"),
        ("{{ .Values }}", "v: '{{ .Values }}'\n", "  '{{ .Values }}': 1\n"),
        ("%s", "v: '%s'\n", "  '%s': 1\n"),
        ("100%", "v: 100%\n", "  100%: 1\n"),
        ("50 %", "v: 50 %\n", "  50 %: 1\n"),
        ("a=b", "v: a=b\n", "  a=b: 1\n"),
        ("a;b", "v: a;b\n", "  a;b: 1\n"),
        ("(a)", "v: (a)\n", "  (a): 1\n"),
        ("a/b:c", "v: a/b:c\n", "  a/b:c: 1\n"),
        ("image:tag", "v: image:tag\n", "  image:tag: 1\n"),
        ("nginx:1.21", "v: nginx:1.21\n", "  nginx:1.21: 1\n"),
        ("registry.io/image:v1.0@sha256:abc", "v: registry.io/image:v1.0@sha256:abc\n", "  registry.io/image:v1.0@sha256:abc: 1\n"),
        ("'", "v: ''''\n", "  '''': 1\n"),
        ("''", "v: ''''''\n", "  '''''': 1\n"),
        ("\"", "v: '\"'\n", "  '\"': 1\n"),
        ("\"\"", "v: '\"\"'\n", "  '\"\"': 1\n"),
        ("'a'", "v: '''a'''\n", "  '''a''': 1\n"),
        ("\"a\"", "v: '\"a\"'\n", "  '\"a\"': 1\n"),
        ("a'", "v: a'\n", "  a': 1\n"),
        ("it's", "v: it's\n", "  it's: 1\n"),
        ("say \"hi\"", "v: say \"hi\"\n", "  say \"hi\": 1\n"),
        ("\\", "v: \\\n", "  \\: 1\n"),
        ("\\n", "v: \\n\n", "  \\n: 1\n"),
        ("\\\\", "v: \\\\\n", "  \\\\: 1\n"),
        ("@", "v: '@'\n", "  '@': 1\n"),
        ("`", "v: '`'\n", "  '`': 1\n"),
        ("!", "v: '!'\n", "  '!': 1\n"),
        ("&", "v: '&'\n", "  '&': 1\n"),
        ("*", "v: '*'\n", "  '*': 1\n"),
        ("|", "v: '|'\n", "  '|': 1\n"),
        (">", "v: '>'\n", "  '>': 1\n"),
        ("%", "v: '%'\n", "  '%': 1\n"),
        ("#", "v: '#'\n", "  '#': 1\n"),
        ("[", "v: '['\n", "  '[': 1\n"),
        ("]", "v: ']'\n", "  ']': 1\n"),
        ("{", "v: '{'\n", "  '{': 1\n"),
        ("}", "v: '}'\n", "  '}': 1\n"),
        (",", "v: ','\n", "  ',': 1\n"),
        ("?x", "v: ?x\n", "  ?x: 1\n"),
        ("?-", "v: ?-\n", "  ?-: 1\n"),
        ("-?", "v: -?\n", "  -?: 1\n"),
        ("a # b", "v: 'a # b'\n", "  'a # b': 1\n"),
        ("a #", "v: 'a #'\n", "  'a #': 1\n"),
        ("a#", "v: a#\n", "  a#: 1\n"),
        ("a: ", "v: 'a: '\n", "  'a: ': 1\n"),
        ("a:\n", "v: |\n  a:\n", "  ? |\n    a:\n  : 1\n"),
        ("::", "v: '::'\n", "  '::': 1\n"),
        ("a::b", "v: a::b\n", "  a::b: 1\n"),
        ("a: b: c", "v: 'a: b: c'\n", "  'a: b: c': 1\n"),
        ("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "v: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\n", "  aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa: 1\n"),
        ("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "v: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\n", "  aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa: 1\n"),
        ("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "v: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\n", "  aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa: 1\n"),
        ("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "v: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\n", "  ? aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\n  : 1\n"),
        ("word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word", "v: word word word word word word word word word word word word word word word word\n  word word word word word word word word word word word word word word\n", "  ? word word word word word word word word word word word word word word word word\n    word word word word word word word word word word word word word word\n  : 1\n"),
        ("word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word ", "v: 'word word word word word word word word word word word word word word word word\n  word word word word word word word word word word word word word word '\n", "  ? 'word word word word word word word word word word word word word word word word\n    word word word word word word word word word word word word word word '\n  : 1\n"),
        (" word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word", "v: ' word word word word word word word word word word word word word word word word\n  word word word word word word word word word word word word word word'\n", "  ? ' word word word word word word word word word word word word word word word word\n    word word word word word word word word word word word word word word'\n  : 1\n"),
        ("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx yyyyyyyyyy", "v: xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx yyyyyyyyyy\n", "  xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx yyyyyyyyyy: 1\n"),
        ("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx yyyyyyyyyy", "v: xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx yyyyyyyyyy\n", "  xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx yyyyyyyyyy: 1\n"),
        ("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx yyyyyyyyyy", "v: xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx yyyyyyyyyy\n", "  xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx yyyyyyyyyy: 1\n"),
        ("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx yyyyyyyyyy", "v: xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n  yyyyyyyyyy\n", "  xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx yyyyyyyyyy: 1\n"),
        ("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx yyyyyyyyyy", "v: xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n  yyyyyyyyyy\n", "  xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx yyyyyyyyyy: 1\n"),
        ("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx yyyyyyyyyy", "v: xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n  yyyyyyyyyy\n", "  xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx yyyyyyyyyy: 1\n"),
        ("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx  yyyyyyyyyy z", "v: xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx  yyyyyyyyyy\n  z\n", "  xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx  yyyyyyyyyy z: 1\n"),
        ("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz", "v: xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n  yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy\n  zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz\n", "  ? xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n    yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy\n    zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz\n  : 1\n"),
        ("- word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word ", "v: '- word word word word word word word word word word word word word word word word\n  word word word word word word word word word word word word word word '\n", "  ? '- word word word word word word word word word word word word word word word\n    word word word word word word word word word word word word word word word '\n  : 1\n"),
        ("# word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word", "v: '# word word word word word word word word word word word word word word word word\n  word word word word word word word word word word word word word word'\n", "  ? '# word word word word word word word word word word word word word word word\n    word word word word word word word word word word word word word word word'\n  : 1\n"),
        ("word word word word word word word word word word word word word word word word word word word word \nword word word word word word word word word word word word word word word word word word word word ", "v: \"word word word word word word word word word word word word word word word word\n  word word word word \\nword word word word word word word word word word word word\n  word word word word word word word word \"\n", "  ? \"word word word word word word word word word word word word word word word word\n    word word word word \\nword word word word word word word word word word word word\n    word word word word word word word word \"\n  : 1\n"),
        ("lorem ipsum dolor sit amet lorem ipsum dolor sit amet lorem ipsum dolor sit amet lorem ipsum dolor sit amet lorem ipsum dolor sit amet lorem ipsum dolor sit amet lorem ipsum dolor sit amet lorem ipsum dolor sit amet \n", "v: \"lorem ipsum dolor sit amet lorem ipsum dolor sit amet lorem ipsum dolor sit amet\n  lorem ipsum dolor sit amet lorem ipsum dolor sit amet lorem ipsum dolor sit amet\n  lorem ipsum dolor sit amet lorem ipsum dolor sit amet \\n\"\n", "  ? \"lorem ipsum dolor sit amet lorem ipsum dolor sit amet lorem ipsum dolor sit amet\n    lorem ipsum dolor sit amet lorem ipsum dolor sit amet lorem ipsum dolor sit amet\n    lorem ipsum dolor sit amet lorem ipsum dolor sit amet \\n\"\n  : 1\n"),
        ("yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes ", "v: 'yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes\n  yes yes yes yes yes yes yes yes yes yes '\n", "  'yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes ': 1\n"),
        ("a: b a: b a: b a: b a: b a: b a: b a: b a: b a: b a: b a: b a: b a: b a: b a: b a: b a: b a: b a: b a: b a: b a: b a: b a: b a: b a: b a: b a: b a: b ", "v: 'a: b a: b a: b a: b a: b a: b a: b a: b a: b a: b a: b a: b a: b a: b a: b a:\n  b a: b a: b a: b a: b a: b a: b a: b a: b a: b a: b a: b a: b a: b a: b '\n", "  ? 'a: b a: b a: b a: b a: b a: b a: b a: b a: b a: b a: b a: b a: b a: b a: b a:\n    b a: b a: b a: b a: b a: b a: b a: b a: b a: b a: b a: b a: b a: b a: b '\n  : 1\n"),
        ("\tword word word word word word word word word word word word word word word word word word word word word word word word word word word word word word ", "v: \"\\tword word word word word word word word word word word word word word word word\n  word word word word word word word word word word word word word word \"\n", "  ? \"\\tword word word word word word word word word word word word word word word\n    word word word word word word word word word word word word word word word \"\n  : 1\n"),
        ("word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word \t", "v: \"word word word word word word word word word word word word word word word word\n  word word word word word word word word word word word word word word \\t\"\n", "  ? \"word word word word word word word word word word word word word word word word\n    word word word word word word word word word word word word word word \\t\"\n  : 1\n"),
        ("wörd wörd wörd wörd wörd wörd wörd wörd wörd wörd wörd wörd wörd wörd wörd wörd wörd wörd wörd wörd wörd wörd wörd wörd wörd wörd wörd wörd wörd wörd ", "v: 'wörd wörd wörd wörd wörd wörd wörd wörd wörd wörd wörd wörd wörd wörd wörd wörd\n  wörd wörd wörd wörd wörd wörd wörd wörd wörd wörd wörd wörd wörd wörd '\n", "  ? 'wörd wörd wörd wörd wörd wörd wörd wörd wörd wörd wörd wörd wörd wörd wörd wörd\n    wörd wörd wörd wörd wörd wörd wörd wörd wörd wörd wörd wörd wörd wörd '\n  : 1\n"),
        ("😀 😀 😀 😀 😀 😀 😀 😀 😀 😀 😀 😀 😀 😀 😀 😀 😀 😀 😀 😀 😀 😀 😀 😀 😀 😀 😀 😀 😀 😀 😀 😀 😀 😀 😀 😀 😀 😀 😀 😀 😀 😀 😀 😀 😀 😀 😀 😀 😀 😀 ", "v: \"\\U0001F600 \\U0001F600 \\U0001F600 \\U0001F600 \\U0001F600 \\U0001F600 \\U0001F600 \\U0001F600\n  \\U0001F600 \\U0001F600 \\U0001F600 \\U0001F600 \\U0001F600 \\U0001F600 \\U0001F600 \\U0001F600\n  \\U0001F600 \\U0001F600 \\U0001F600 \\U0001F600 \\U0001F600 \\U0001F600 \\U0001F600 \\U0001F600\n  \\U0001F600 \\U0001F600 \\U0001F600 \\U0001F600 \\U0001F600 \\U0001F600 \\U0001F600 \\U0001F600\n  \\U0001F600 \\U0001F600 \\U0001F600 \\U0001F600 \\U0001F600 \\U0001F600 \\U0001F600 \\U0001F600\n  \\U0001F600 \\U0001F600 \\U0001F600 \\U0001F600 \\U0001F600 \\U0001F600 \\U0001F600 \\U0001F600\n  \\U0001F600 \\U0001F600 \"\n", "  ? \"\\U0001F600 \\U0001F600 \\U0001F600 \\U0001F600 \\U0001F600 \\U0001F600 \\U0001F600\n    \\U0001F600 \\U0001F600 \\U0001F600 \\U0001F600 \\U0001F600 \\U0001F600 \\U0001F600 \\U0001F600\n    \\U0001F600 \\U0001F600 \\U0001F600 \\U0001F600 \\U0001F600 \\U0001F600 \\U0001F600 \\U0001F600\n    \\U0001F600 \\U0001F600 \\U0001F600 \\U0001F600 \\U0001F600 \\U0001F600 \\U0001F600 \\U0001F600\n    \\U0001F600 \\U0001F600 \\U0001F600 \\U0001F600 \\U0001F600 \\U0001F600 \\U0001F600 \\U0001F600\n    \\U0001F600 \\U0001F600 \\U0001F600 \\U0001F600 \\U0001F600 \\U0001F600 \\U0001F600 \\U0001F600\n    \\U0001F600 \\U0001F600 \\U0001F600 \"\n  : 1\n"),
        ("😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀 x", "v: \"\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\n  x\"\n", "  ? \"\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\\U0001F600\n    x\"\n  : 1\n"),
        ("word\tword\tword\tword\tword\tword\tword\tword\tword\tword\tword\tword\tword\tword\tword\tword\tword\tword\tword\tword\tword\tword\tword\tword\tword\tword\tword\tword\tword\tword\t", "v: \"word\\tword\\tword\\tword\\tword\\tword\\tword\\tword\\tword\\tword\\tword\\tword\\tword\\tword\\tword\\tword\\tword\\tword\\tword\\tword\\tword\\tword\\tword\\tword\\tword\\tword\\tword\\tword\\tword\\tword\\t\"\n", "  ? \"word\\tword\\tword\\tword\\tword\\tword\\tword\\tword\\tword\\tword\\tword\\tword\\tword\\tword\\tword\\tword\\tword\\tword\\tword\\tword\\tword\\tword\\tword\\tword\\tword\\tword\\tword\\tword\\tword\\tword\\t\"\n  : 1\n"),
        ("wo\"rd wo\"rd wo\"rd wo\"rd wo\"rd wo\"rd wo\"rd wo\"rd wo\"rd wo\"rd wo\"rd wo\"rd wo\"rd wo\"rd wo\"rd wo\"rd wo\"rd wo\"rd wo\"rd wo\"rd wo\"rd wo\"rd wo\"rd wo\"rd wo\"rd wo\"rd wo\"rd wo\"rd wo\"rd wo\"rd ", "v: 'wo\"rd wo\"rd wo\"rd wo\"rd wo\"rd wo\"rd wo\"rd wo\"rd wo\"rd wo\"rd wo\"rd wo\"rd wo\"rd\n  wo\"rd wo\"rd wo\"rd wo\"rd wo\"rd wo\"rd wo\"rd wo\"rd wo\"rd wo\"rd wo\"rd wo\"rd wo\"rd wo\"rd\n  wo\"rd wo\"rd wo\"rd '\n", "  ? 'wo\"rd wo\"rd wo\"rd wo\"rd wo\"rd wo\"rd wo\"rd wo\"rd wo\"rd wo\"rd wo\"rd wo\"rd wo\"rd\n    wo\"rd wo\"rd wo\"rd wo\"rd wo\"rd wo\"rd wo\"rd wo\"rd wo\"rd wo\"rd wo\"rd wo\"rd wo\"rd\n    wo\"rd wo\"rd wo\"rd wo\"rd '\n  : 1\n"),
        ("wo'rd wo'rd wo'rd wo'rd wo'rd wo'rd wo'rd wo'rd wo'rd wo'rd wo'rd wo'rd wo'rd wo'rd wo'rd wo'rd wo'rd wo'rd wo'rd wo'rd wo'rd wo'rd wo'rd wo'rd wo'rd wo'rd wo'rd wo'rd wo'rd wo'rd ", "v: 'wo''rd wo''rd wo''rd wo''rd wo''rd wo''rd wo''rd wo''rd wo''rd wo''rd wo''rd wo''rd\n  wo''rd wo''rd wo''rd wo''rd wo''rd wo''rd wo''rd wo''rd wo''rd wo''rd wo''rd wo''rd\n  wo''rd wo''rd wo''rd wo''rd wo''rd wo''rd '\n", "  ? 'wo''rd wo''rd wo''rd wo''rd wo''rd wo''rd wo''rd wo''rd wo''rd wo''rd wo''rd\n    wo''rd wo''rd wo''rd wo''rd wo''rd wo''rd wo''rd wo''rd wo''rd wo''rd wo''rd wo''rd\n    wo''rd wo''rd wo''rd wo''rd wo''rd wo''rd wo''rd '\n  : 1\n"),
        ("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa ", "v: 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\n  aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\n  aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa '\n", "  ? 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\n    aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\n    aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa '\n  : 1\n"),
        ("'word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word ", "v: '''word word word word word word word word word word word word word word word word\n  word word word word word word word word word word word word word word '\n", "  ? '''word word word word word word word word word word word word word word word\n    word word word word word word word word word word word word word word word '\n  : 1\n"),
        ("\u{1}word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word ", "v: \"\\x01word word word word word word word word word word word word word word word\n  word word word word word word word word word word word word word word word \"\n", "  ? \"\\x01word word word word word word word word word word word word word word word\n    word word word word word word word word word word word word word word word \"\n  : 1\n"),
        ("word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word \u{1}", "v: \"word word word word word word word word word word word word word word word word\n  word word word word word word word word word word word word word word \\x01\"\n", "  ? \"word word word word word word word word word word word word word word word word\n    word word word word word word word word word word word word word word \\x01\"\n  : 1\n"),
        (" wwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwww", "v: ' wwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwww'\n", "  ' wwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwww': 1\n"),
        ("wwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwww ", "v: 'wwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwww '\n", "  'wwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwww ': 1\n"),
        ("\u{2028}word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word ", "v: '\u{2028}  word word word word word word word word word word word word word word word word\n  word word word word word word word word word word word word word word '\n", "  ? '\u{2028}    word word word word word word word word word word word word word word word word\n    word word word word word word word word word word word word word word '\n  : 1\n"),
        ("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx  y", "v: xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx  y\n", "  xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx  y: 1\n"),
        ("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx \u{1} y", "v: \"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n  \\x01 y\"\n", "  \"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx \\x01 y\": 1\n"),
        ("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx é", "v: xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n  é\n", "  xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx é: 1\n"),
        ("ééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééé x", "v: ééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééé\n  x\n", "  ? ééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééé\n    x\n  : 1\n"),
        ("line1\nline2", "v: |-\n  line1\n  line2\n", "  ? |-\n    line1\n    line2\n  : 1\n"),
        ("line1\nline2\n\n", "v: |+\n  line1\n  line2\n\n", "  ? |+\n    line1\n    line2\n\n  : 1\n"),
        ("line1\n\nline2", "v: |-\n  line1\n\n  line2\n", "  ? |-\n    line1\n\n    line2\n  : 1\n"),
        ("\nline1", "v: |2-\n\n  line1\n", "  ? |2-\n\n    line1\n  : 1\n"),
        ("\n\nline1", "v: |2-\n\n\n  line1\n", "  ? |2-\n\n\n    line1\n  : 1\n"),
        (" line1\nline2", "v: |2-\n   line1\n  line2\n", "  ? |2-\n     line1\n    line2\n  : 1\n"),
        ("line1\n line2", "v: |-\n  line1\n   line2\n", "  ? |-\n    line1\n     line2\n  : 1\n"),
        ("line1 \nline2", "v: \"line1 \\nline2\"\n", "  ? \"line1 \\nline2\"\n  : 1\n"),
        ("line1\n\tline2", "v: \"line1\\n\\tline2\"\n", "  ? \"line1\\n\\tline2\"\n  : 1\n"),
        ("line1\t\nline2", "v: \"line1\\t\\nline2\"\n", "  ? \"line1\\t\\nline2\"\n  : 1\n"),
        ("#!/bin/bash\necho hi\n", "v: |\n  #!/bin/bash\n  echo hi\n", "  ? |\n    #!/bin/bash\n    echo hi\n  : 1\n"),
        ("key: value\nother: x\n", "v: |\n  key: value\n  other: x\n", "  ? |\n    key: value\n    other: x\n  : 1\n"),
        ("- a\n- b\n", "v: |\n  - a\n  - b\n", "  ? |\n    - a\n    - b\n  : 1\n"),
        ("a\nbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb cccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc\n", "v: |\n  a\n  bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb cccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc\n", "  ? |\n    a\n    bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb cccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc\n  : 1\n"),
        ("a\u{2028}b\nc", "v: |-\n  a\u{2028}  b\n  c\n", "  ? |-\n    a\u{2028}    b\n    c\n  : 1\n"),
        ("a\nb\u{1}", "v: \"a\\nb\\x01\"\n", "  ? \"a\\nb\\x01\"\n  : 1\n"),
        ("a\n\0", "v: \"a\\n\\0\"\n", "  ? \"a\\n\\0\"\n  : 1\n"),
        ("\u{feff}a\nb", "v: \"\\uFEFF\\x61\\n\\x62\"\n", "  ? \"\\uFEFF\\x61\\n\\x62\"\n  : 1\n"),
        ("a\r\n", "v: \"a\\r\\n\"\n", "  ? \"a\\r\\n\"\n  : 1\n"),
        ("\n ", "v: \"\\n \"\n", "  ? \"\\n \"\n  : 1\n"),
        (" \n", "v: \" \\n\"\n", "  ? \" \\n\"\n  : 1\n"),
        ("a\n ", "v: \"a\\n \"\n", "  ? \"a\\n \"\n  : 1\n"),
        ("a\n\t", "v: \"a\\n\\t\"\n", "  ? \"a\\n\\t\"\n  : 1\n"),
        ("x\nx\nx\nx\nx\n", "v: |\n  x\n  x\n  x\n  x\n  x\n", "  ? |\n    x\n    x\n    x\n    x\n    x\n  : 1\n"),
        ("\n\n\n\n\n", "v: |2+\n\n\n\n\n\n", "  ? |2+\n\n\n\n\n\n  : 1\n"),
        ("a\n\n\nb", "v: |-\n  a\n\n\n  b\n", "  ? |-\n    a\n\n\n    b\n  : 1\n"),
        ("é\né", "v: |-\n  é\n  é\n", "  ? |-\n    é\n    é\n  : 1\n"),
        ("😀\n😀", "v: \"\\U0001F600\\n\\U0001F600\"\n", "  ? \"\\U0001F600\\n\\U0001F600\"\n  : 1\n"),
    ];

    #[test]
    fn strings_match_kubectl() {
        for (input, value, key) in STRING_CASES {
            assert_eq!(render(&json!({ "v": input })), *value, "value {input:?}");
            let as_key = object(vec![(input.to_string(), json!(1))]);
            assert_eq!(render(&json!({ "w": as_key })), format!("w:\n{key}"), "key {input:?}");
        }
    }

    /// Strings kubectl cannot print (same objects as above): raw control characters
    /// go-yaml's reader rejects, and NEL making the key span two lines.
    #[rustfmt::skip]
    const STRING_ERRORS: &[(&str, &str)] = &[
        ("\u{85}", "yaml: line 2: did not find expected ',' or '}'"),
        ("a\u{85}b", "yaml: line 2: did not find expected ',' or '}'"),
        ("a\u{85}b\nc", "yaml: line 2: did not find expected ',' or '}'"),
        ("\u{7f}", "yaml: control characters are not allowed"),
        ("a\u{80}b", "yaml: control characters are not allowed"),
        ("\u{ffff}", "yaml: control characters are not allowed"),
        ("\u{fffe}", "yaml: control characters are not allowed"),
        ("a\u{9f}b", "yaml: control characters are not allowed"),
        ("\u{7f}word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word ", "yaml: control characters are not allowed"),
    ];

    #[test]
    fn string_errors_match_kubectl() {
        for (input, message) in STRING_ERRORS {
            let v = json!({ "v": input, "w": object(vec![(input.to_string(), json!(1))]) });
            assert_eq!(render_err(&v), *message, "input {input:?}");
        }
    }

    /// NEL (U+0085), the one line break Go's JSON leaves raw, is folded by go-yaml's
    /// scanner when kubectl reads the JSON back: (s, kubectl's output for `"v": s`).
    #[rustfmt::skip]
    const READ_BACK_CASES: &[(&str, &str)] = &[
        ("a\u{85}b", "v: a b\n"),
        ("a\u{85}", "v: 'a '\n"),
        ("\u{85}b", "v: ' b'\n"),
        ("\u{85}", "v: ' '\n"),
        ("a \u{85} b", "v: a b\n"),
        ("a\u{85}\u{85}b", "v: |-\n  a\n  b\n"),
        ("a\u{85}\u{85}\u{85}b", "v: |-\n  a\n\n  b\n"),
        ("a\u{85} b", "v: a b\n"),
        ("a \u{85}b", "v: a b\n"),
        ("a\n\u{85}b", "v: |-\n  a\n   b\n"),
        ("a\u{85}\nb", "v: \"a \\nb\"\n"),
        ("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\u{85}yyyyy", "v: xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n  yyyyy\n"),
        ("a\u{85}---b", "v: a ---b\n"),
        ("a\u{85} --- b", "v: a --- b\n"),
        ("a\u{85}---", "v: a ---\n"),
        ("a\u{85}...", "v: a ...\n"),
        ("\u{85}\u{85}", "v: |2+\n\n"),
        (" \u{85} ", "v: ' '\n"),
        ("a\u{85}#b", "v: 'a #b'\n"),
        ("a\u{85}\u{85}", "v: |\n  a\n"),
        ("-\u{85}a", "v: '- a'\n"),
    ];

    #[test]
    fn nel_is_folded_like_kubectl() {
        for (input, want) in READ_BACK_CASES {
            assert_eq!(render(&json!({ "v": input })), *want, "input {input:?}");
        }
    }

    #[test]
    fn parse_errors_match_kubectl() {
        let k = |n: usize| "k".repeat(n);
        let lt = |n: usize| "<".repeat(n);
        let cases: Vec<(Value, Result<&str, &str>)> = vec![
            (
                json!({"v": "a\u{85}--- b"}),
                Err("yaml: line 2: found unexpected document indicator"),
            ),
            (
                json!({"v": "a\u{85}...\u{85}b"}),
                Err("yaml: line 2: found unexpected document indicator"),
            ),
            (
                json!({"a": "x\u{85}y\u{85}", "b": "a\u{85}--- b"}),
                Err("yaml: line 4: found unexpected document indicator"),
            ),
            (
                json!({"v": ["x\u{85}--- y"]}),
                Err("yaml: line 2: found unexpected document indicator"),
            ),
            (
                json!({"a": "x\u{85}y", "v": {"k\u{85}": 1}}),
                Err("yaml: line 2: did not find expected ',' or '}'"),
            ),
            (
                json!({"a": "x\u{85}", "v": {"k\u{85}\u{85}": 1}}),
                Err("yaml: line 3: did not find expected ',' or '}'"),
            ),
            (
                json!({"v": {"k\u{85}--- x": 1}}),
                Err("yaml: line 2: found unexpected document indicator"),
            ),
            // A key's JSON text may be 1022 characters long, escapes included.
            (
                json!({"a": "x\u{85}y", "v": object(vec![(k(1100), json!(1))])}),
                Err("yaml: line 1: did not find expected ',' or '}'"),
            ),
            (
                json!({"v": object(vec![(k(1023), json!(1))])}),
                Err("yaml: did not find expected ',' or '}'"),
            ),
            (
                json!({"v": object(vec![(lt(171), json!(1))])}),
                Err("yaml: did not find expected ',' or '}'"),
            ),
            (
                json!({"v": object(vec![(k(1022), json!(1))])}),
                Ok(format!("v:\n  ? {}\n  : 1\n", k(1022)).leak()),
            ),
            (
                json!({"v": object(vec![(lt(170) + "kk", json!(1))])}),
                Ok(format!("v:\n  ? {}kk\n  : 1\n", lt(170)).leak()),
            ),
            (
                json!({"v": ["a\u{85}b", {"k": "\u{85}\u{85}"}]}),
                Ok("v:\n- a b\n- k: |2+\n\n"),
            ),
        ];
        for (v, want) in cases {
            match want {
                Ok(text) => assert_eq!(render(&v), text),
                Err(message) => assert_eq!(render_err(&v), message, "{v}"),
            }
        }
    }

    /// Structures: (input, kubectl's output for it).
    #[rustfmt::skip]
    const STRUCTURE_CASES: &[(&str, &str)] = &[
        // empty_containers
        (
            r##"{"v": {"e": {}, "l": [], "n": null, "t": true, "f": false}}"##,
            "v:\n  e: {}\n  f: false\n  l: []\n  \"n\": null\n  t: true\n",
        ),
        // nested_lists
        (
            r##"{"v": [[1, 2], [], [{}], [[["deep"]]], [{"a": 1, "b": [1, [2]]}]]}"##,
            "v:\n- - 1\n  - 2\n- []\n- - {}\n- - - - deep\n- - a: 1\n    b:\n    - 1\n    - - 2\n",
        ),
        // list_of_maps
        (
            r##"{"v": [{"name": "a", "value": "1"}, {"name": "b", "valueFrom": {"secretKeyRef": {"key": "k", "name": "s"}}}, {}]}"##,
            "v:\n- name: a\n  value: \"1\"\n- name: b\n  valueFrom:\n    secretKeyRef:\n      key: k\n      name: s\n- {}\n",
        ),
        // map_of_lists
        (
            r##"{"v": {"args": ["--a", "-b", "c: d", ""], "empty": [], "nested": {"more": [[], {}]}}}"##,
            "v:\n  args:\n  - --a\n  - -b\n  - 'c: d'\n  - \"\"\n  empty: []\n  nested:\n    more:\n    - []\n    - {}\n",
        ),
        // natural_key_order
        (
            r##"{"v": {"item10": 0, "item2": 1, "item1": 2, "a10b": 3, "a9b": 4, "B": 5, "a": 6, "_x": 7, "-y": 8, "1": 9, "10": 10, "9": 11, "x01": 12, "x1": 13, "é": 14, "Z": 15, "z": 16}}"##,
            "v:\n  -y: 8\n  _x: 7\n  \"1\": 9\n  \"9\": 11\n  \"10\": 10\n  B: 5\n  Z: 15\n  a: 6\n  a9b: 4\n  a10b: 3\n  item1: 2\n  item2: 1\n  item10: 0\n  x1: 13\n  x01: 12\n  z: 16\n  é: 14\n",
        ),
        // literal_in_places
        (
            r##"{"v": {"a": "line1\nline2\n", "b": ["x\ny", {"c": "p\n\nq\n\n"}], "d": {"e": {"f": "  indented\ntext"}}}}"##,
            "v:\n  a: |\n    line1\n    line2\n  b:\n  - |-\n    x\n    y\n  - c: |+\n      p\n\n      q\n\n  d:\n    e:\n      f: |2-\n          indented\n        text\n",
        ),
        // folding_at_depth
        (
            r##"{"v": {"a": {"b": {"c": {"d": "word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word", "e": ["word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word", ["word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word"]]}}}, "s": "'word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word", "q": "\u0001 word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word"}}"##,
            "v:\n  a:\n    b:\n      c:\n        d: word word word word word word word word word word word word word word word\n          word word word word word word word word word word word word word word word\n        e:\n        - word word word word word word word word word word word word word word word\n          word word word word word word word word word word word word word word word\n        - - word word word word word word word word word word word word word word\n            word word word word word word word word word word word word word word\n            word word\n  q: \"\\x01 word word word word word word word word word word word word word word word\n    word word word word word word word word word word word word word word word\"\n  s: '''word word word word word word word word word word word word word word word\n    word word word word word word word word word word word word word word word'\n",
        ),
        // long_and_multiline_keys
        (
            r##"{"v": {"kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk": "v", "kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk": "v", "multi\nline": "v", "multi\nline2": ["a", {"b": 1}], "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx": {"nested": 1}, "yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy": [1, 2]}}"##,
            "v:\n  kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk: v\n  ? kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk\n  : v\n  ? |-\n    multi\n    line\n  : v\n  ? |-\n    multi\n    line2\n  : - a\n    - b: 1\n  ? xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n  : nested: 1\n  ? yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy\n  : - 1\n    - 2\n",
        ),
        // numbers
        (
            r##"{"v": {"i": [0, -1, 9223372036854775807, -9223372036854775808], "f": [1.5, -1.5, 0.1, 1e+21, 1e+20, 1e+19, 1e-07, 1e-05, 0.0001, 123456789.5, 1234567.0, 100000.5, 5e-324, 1.7976931348623157e+308, -0.0, 3.0]}}"##,
            "v:\n  f:\n  - 1.5\n  - -1.5\n  - 0.1\n  - 1e+21\n  - 1e+20\n  - 10000000000000000000\n  - 1e-07\n  - 1e-05\n  - 0.0001\n  - 1.234567895e+08\n  - 1234567\n  - 100000.5\n  - 5e-324\n  - 1.7976931348623157e+308\n  - 0\n  - 3\n  i:\n  - 0\n  - -1\n  - 9223372036854775807\n  - -9223372036854775808\n",
        ),
        // scalars_in_lists
        (
            r##"{"v": ["yes", "no", 1, "1", null, "null", true, "true", 1.5, "1.5", "", " ", "- a", "a: b", "#c"]}"##,
            "v:\n- \"yes\"\n- \"no\"\n- 1\n- \"1\"\n- null\n- \"null\"\n- true\n- \"true\"\n- 1.5\n- \"1.5\"\n- \"\"\n- ' '\n- '- a'\n- 'a: b'\n- '#c'\n",
        ),
    ];

    #[test]
    fn structures_match_kubectl() {
        for (input, want) in STRUCTURE_CASES {
            let v: Value = serde_json::from_str(input).unwrap();
            assert_eq!(render(&v), *want, "input {input}");
        }
    }

    /// `kubectl create deployment web --image=nginx:1.25 --replicas=3 --port=8080
    /// --dry-run=client -o yaml`.
    const DEPLOYMENT_JSON: &str = r#"{"apiVersion":"apps/v1","kind":"Deployment","metadata":{"creationTimestamp":null,"labels":{"app":"web"},"name":"web"},"spec":{"replicas":3,"selector":{"matchLabels":{"app":"web"}},"strategy":{},"template":{"metadata":{"creationTimestamp":null,"labels":{"app":"web"}},"spec":{"containers":[{"image":"nginx:1.25","name":"nginx","ports":[{"containerPort":8080}],"resources":{}}]}}},"status":{}}"#;
    const DEPLOYMENT_YAML: &str = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  creationTimestamp: null\n  labels:\n    app: web\n  name: web\nspec:\n  replicas: 3\n  selector:\n    matchLabels:\n      app: web\n  strategy: {}\n  template:\n    metadata:\n      creationTimestamp: null\n      labels:\n        app: web\n    spec:\n      containers:\n      - image: nginx:1.25\n        name: nginx\n        ports:\n        - containerPort: 8080\n        resources: {}\nstatus: {}\n";

    #[test]
    fn deployment_matches_kubectl() {
        let v: Value = serde_json::from_str(DEPLOYMENT_JSON).unwrap();
        assert_eq!(render(&v), DEPLOYMENT_YAML);
    }

    #[test]
    fn top_level_scalars_and_empty_containers() {
        assert_eq!(render(&json!({})), "{}\n");
        assert_eq!(render(&json!([])), "[]\n");
        assert_eq!(render(&json!(null)), "null\n");
        assert_eq!(render(&json!("yes")), "\"yes\"\n");
        assert_eq!(render(&json!([1, "a"])), "- 1\n- a\n");
        assert_eq!(render(&json!("a\nb")), "|-\n  a\n  b\n");
    }

    /// `kubectl get cm -o yaml` against a server returning three ConfigMaps.
    const LIST_GOLDEN: &str = "apiVersion: v1\nitems:\n- apiVersion: v1\n  data:\n    z: |+\n      keep\n\n  kind: ConfigMap\n  metadata:\n    name: a\n    namespace: default\n- apiVersion: v1\n  data:\n    long: word word word word word word word word word word word word word word word\n      word word word word word word word word word word word word word word word\n    script: |\n      #!/bin/sh\n      echo hi\n  kind: ConfigMap\n  metadata:\n    labels:\n      app: \"yes\"\n      v9: \"2\"\n      v10: \"1\"\n    name: b\n    namespace: default\n- apiVersion: v1\n  kind: ConfigMap\n  metadata:\n    name: c\n    namespace: default\n  zz: []\nkind: List\nmetadata:\n  resourceVersion: \"\"\n";

    fn list_items() -> Vec<Value> {
        let long = ["word"; 30].join(" ");
        vec![
            json!({"apiVersion": "v1", "kind": "ConfigMap",
                   "metadata": {"name": "a", "namespace": "default"}, "data": {"z": "keep\n\n"}}),
            json!({"apiVersion": "v1", "kind": "ConfigMap",
                   "metadata": {"name": "b", "namespace": "default", "labels": {"app": "yes", "v10": "1", "v9": "2"}},
                   "data": {"long": long, "script": "#!/bin/sh\necho hi\n"}}),
            json!({"apiVersion": "v1", "kind": "ConfigMap",
                   "metadata": {"name": "c", "namespace": "default"}, "zz": []}),
        ]
    }

    #[test]
    fn list_wrapper_matches_kubectl() {
        let items = list_items();
        let mut out = Vec::new();
        LIST.write_all(&mut out, &items).unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), LIST_GOLDEN);

        // The free functions, and the whole List printed at once.
        let mut out = Vec::new();
        list_begin(&mut out).unwrap();
        for (i, item) in items.iter().enumerate() {
            list_item(&mut out, item, i == 0).unwrap();
        }
        list_end(&mut out, false).unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), LIST_GOLDEN);
        let whole = json!({"apiVersion": "v1", "items": items, "kind": "List", "metadata": {"resourceVersion": ""}});
        assert_eq!(render(&whole), LIST_GOLDEN);
    }

    #[test]
    fn empty_list_matches_kubectl() {
        let mut out = Vec::new();
        LIST.write_all(&mut out, &[]).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "apiVersion: v1\nitems: []\nkind: List\nmetadata:\n  resourceVersion: \"\"\n"
        );
    }

    /// Streaming items one at a time gives the same bytes as printing the whole
    /// List, whatever the items end with.
    #[test]
    fn streamed_items_equal_whole_list() {
        let endings = [
            json!("plain"),
            json!("keep\n\n"),
            json!("clip\n"),
            json!("strip\nx"),
            json!(" lead\n"),
            json!([]),
            json!({}),
            json!(["a", ["b"]]),
            json!({"k": {"l": "x\n\n\n"}}),
            json!(["word"; 40].join(" ")),
        ];
        for a in &endings {
            for b in &endings {
                let items = vec![json!({"a": 1, "z": a}), b.clone(), json!({"m": b})];
                let mut out = Vec::new();
                LIST.write_all(&mut out, &items).unwrap();
                let whole = json!({"apiVersion": "v1", "items": items, "kind": "List",
                                   "metadata": {"resourceVersion": ""}});
                assert_eq!(String::from_utf8(out).unwrap(), render(&whole));
            }
        }
    }

    #[test]
    fn list_item_errors_write_nothing() {
        let mut out = Vec::new();
        let err = list_item(&mut out, &json!({"bad": "\u{7f}"}), true).unwrap_err();
        assert_eq!(err.to_string(), "yaml: control characters are not allowed");
        assert!(out.is_empty());
    }

    #[test]
    fn key_order_is_go_yaml_natural_order() {
        let less = |a: &str, b: &str| key_less_chars(&a.chars().collect::<Vec<_>>(), &b.chars().collect::<Vec<_>>());
        assert!(less("item2", "item10"));
        assert!(!less("item10", "item2"));
        assert!(less("a1", "a01"));
        assert!(less("-y", "a"));
        assert!(less("1", "a"));
        assert!(less("Z", "a"));
        assert!(less("a", "ab"));
        assert!(less("x9", "x10"));
    }

    /// Runs of digits wrap around like Go's int64: kubectl prints
    /// `{"a2":1,"a1":2,"a9223372036854775808":3,"a18446744073709551617":4,"b":5}` as below.
    #[test]
    fn key_digit_runs_wrap_like_kubectl() {
        let v = json!({"a2": 1, "a1": 2, "a9223372036854775808": 3, "a18446744073709551617": 4, "b": 5});
        assert_eq!(
            render(&v),
            "a9223372036854775808: 3\na1: 2\na18446744073709551617: 4\na2: 1\nb: 5\n"
        );
    }
}
