//! JSON as kubectl prints it.
//!
//! kubectl's `-o json` printer (`k8s.io/cli-runtime/pkg/printers/json.go`)
//! runs `json.MarshalIndent(obj, "", "    ")` from Go's `encoding/json` and
//! appends a newline.  This module reproduces that output byte for byte for
//! an object held as a [`serde_json::Value`]:
//!
//! * object keys come out in byte order (serde_json's default `BTreeMap`
//!   ordering is the same order Go uses for `map[string]interface{}`);
//! * four-space indentation, `"key": value`, and empty containers as `{}` /
//!   `[]` on one line (`encoding/json.Indent`);
//! * strings are escaped like `encoding/json.appendString` with HTML escaping
//!   on (Go 1.22+: `\b` and `\f` get short escapes);
//! * numbers are formatted like `encoding/json.floatEncoder`.
//!
//! kubectl decodes server responses into `map[string]interface{}` turning
//! every number into an `int64` when it fits and a `float64` otherwise, so an
//! unsigned integer above `i64::MAX` is printed as the float64 it would have
//! become (`18446744073709551615` → `18446744073709552000`).

use serde_json::{Map, Number, Value};
use std::io::{self, Write};

use super::list::ListSyntax;

/// One level of indentation, as passed to `json.MarshalIndent`.
const INDENT: &str = "    ";

/// Writes `v` exactly as `kubectl -o json` prints it: the indented document
/// followed by a newline.
pub(crate) fn write_json(w: &mut dyn Write, v: &Value) -> io::Result<()> {
    let mut out = String::new();
    push_value(&mut out, v, 0);
    out.push('\n');
    w.write_all(out.as_bytes())
}

/// Writes `v` as it appears nested `indent_level` levels deep inside an
/// indented document: the first line is not indented (the caller already
/// wrote the indentation), nested lines are indented relative to
/// `indent_level`, and no newline follows the value.
#[cfg(test)]
pub(crate) fn write_json_at(w: &mut dyn Write, v: &Value, indent_level: usize) -> io::Result<()> {
    let mut out = String::new();
    push_value(&mut out, v, indent_level);
    w.write_all(out.as_bytes())
}

/// Writes `v` like Go's `json.Marshal`: no whitespace at all, the same
/// escaping as [`write_json`], and no trailing newline (handy for NDJSON).
pub(crate) fn write_json_compact(w: &mut dyn Write, v: &Value) -> io::Result<()> {
    let mut out = String::new();
    push_compact(&mut out, v);
    w.write_all(out.as_bytes())
}

/// kubectl's `kind: List` wrapper in JSON (see [`list_begin`]).
pub(crate) const LIST: ListSyntax = ListSyntax {
    begin: list_begin,
    item: list_item,
    end: list_end,
};

/// Starts the `kind: List` wrapper that `kubectl get -o json` prints around
/// several objects: writes everything up to and including `"items": [`.
///
/// The full wrapper, as kubectl prints it, is
///
/// ```text
/// {
///     "apiVersion": "v1",
///     "items": [
///         { ...item 1... },
///         { ...item 2... }
///     ],
///     "kind": "List",
///     "metadata": {
///         "resourceVersion": ""
///     }
/// }
/// ```
///
/// and with no items kubectl prints `"items": [],`.  kubectl always prints an
/// empty `resourceVersion` here: the wrapper is a fresh `v1.List`, not the
/// list the server returned.
fn list_begin(w: &mut dyn Write) -> io::Result<()> {
    w.write_all(b"{\n    \"apiVersion\": \"v1\",\n    \"items\": [")
}

/// Writes one item of the List started by [`list_begin`]; `first` tells
/// whether it is the first item (the others are preceded by a comma).
fn list_item(w: &mut dyn Write, v: &Value, first: bool) -> io::Result<()> {
    let mut out = String::from(if first { "\n" } else { ",\n" });
    out.push_str(INDENT);
    out.push_str(INDENT);
    push_value(&mut out, v, 2);
    w.write_all(out.as_bytes())
}

/// Ends the List started by [`list_begin`]; `empty` tells whether no item
/// was written.  Ends with a newline, like every kubectl document.
fn list_end(w: &mut dyn Write, empty: bool) -> io::Result<()> {
    if !empty {
        w.write_all(b"\n    ")?;
    }
    w.write_all(b"],\n    \"kind\": \"List\",\n    \"metadata\": {\n        \"resourceVersion\": \"\"\n    }\n}\n")
}

/// Appends `v` in `json.MarshalIndent` form, as nested `level` levels deep.
fn push_value(out: &mut String, v: &Value, level: usize) {
    match v {
        Value::Array(items) if !items.is_empty() => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                push_newline_indent(out, level + 1);
                push_value(out, item, level + 1);
            }
            push_newline_indent(out, level);
            out.push(']');
        }
        Value::Object(map) if !map.is_empty() => {
            out.push('{');
            for (i, (key, item)) in map.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                push_newline_indent(out, level + 1);
                push_string(out, key);
                out.push_str(": ");
                push_value(out, item, level + 1);
            }
            push_newline_indent(out, level);
            out.push('}');
        }
        // Scalars and empty containers look the same as in compact form.
        _ => push_compact(out, v),
    }
}

fn push_newline_indent(out: &mut String, level: usize) {
    out.push('\n');
    for _ in 0..level {
        out.push_str(INDENT);
    }
}

/// Appends `v` in `json.Marshal` (compact) form.
fn push_compact(out: &mut String, v: &Value) {
    match v {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) => out.push_str(&go_number_text(n)),
        Value::String(s) => push_string(out, s),
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                push_compact(out, item);
            }
            out.push(']');
        }
        Value::Object(map) => push_compact_object(out, map),
    }
}

fn push_compact_object(out: &mut String, map: &Map<String, Value>) {
    out.push('{');
    for (i, (key, item)) in map.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        push_string(out, key);
        out.push(':');
        push_compact(out, item);
    }
    out.push('}');
}

/// Appends `s` as a quoted JSON string, mirroring Go's
/// `encoding/json.appendString` with `escapeHTML` set (the default of
/// `json.Marshal`).
fn push_string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\u{08}' => out.push_str("\\b"),
            '\u{0C}' => out.push_str("\\f"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            // Remaining control characters, the HTML-sensitive `<`, `>` and
            // `&`, and the JavaScript line terminators U+2028 / U+2029 use a
            // `\u` escape with lower-case hex digits.
            '\u{00}'..='\u{1F}' | '<' | '>' | '&' | '\u{2028}' | '\u{2029}' => push_u_escape(out, c as u32),
            _ => out.push(c),
        }
    }
    out.push('"');
}

fn push_u_escape(out: &mut String, code: u32) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    out.push_str("\\u");
    for shift in [12, 8, 4, 0] {
        out.push(HEX[((code >> shift) & 0xF) as usize] as char);
    }
}

/// The text `json.Marshal` writes for a number that kubectl decoded from
/// `n`: an `int64` when it fits, otherwise a `float64`.
pub(crate) fn go_number_text(n: &Number) -> String {
    if let Some(i) = n.as_i64() {
        i.to_string()
    } else if let Some(u) = n.as_u64() {
        // Above i64::MAX: kubectl's decoder falls back to float64.
        go_json_float(u as f64)
    } else {
        let f = n.as_f64().unwrap_or(0.0);
        if f == 0.0 {
            // serde_json reads `-0` as the float -0.0; kubectl reads it as the
            // int64 0 (and `-0` is how a Go server writes a float64 -0).
            "0".to_string()
        } else {
            go_json_float(f)
        }
    }
}

/// Formats `f` like Go's `encoding/json.floatEncoder` for float64: `'f'`
/// format with the shortest round-trip digits, except `'e'` format when
/// `|f| < 1e-6` or `|f| >= 1e21`, where a two-digit negative exponent is
/// shortened (`1e-07` → `1e-7`).
pub(crate) fn go_json_float(f: f64) -> String {
    let abs = f.abs();
    if abs != 0.0 && !(1e-6..1e21).contains(&abs) {
        let mut s = go_format_float(f, FloatFormat::Exponent);
        let b = s.as_bytes();
        let n = b.len();
        if n >= 4 && b[n - 4] == b'e' && b[n - 3] == b'-' && b[n - 2] == b'0' {
            s.remove(n - 2);
        }
        s
    } else {
        go_format_float(f, FloatFormat::Fixed)
    }
}

/// The `fmt` argument of Go's `strconv.FormatFloat` (always with precision
/// `-1`, i.e. the shortest representation that round-trips).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum FloatFormat {
    /// `'e'`: `d.ddde±dd`.
    Exponent,
    /// `'f'`: `ddd.ddd`, never an exponent.
    Fixed,
    /// `'g'`: `'e'` when the exponent is < -4 or >= 6 (the threshold Go uses
    /// for the shortest precision), `'f'` otherwise.
    General,
}

/// `strconv.FormatFloat(f, fmt, -1, 64)` for finite `f`.
pub(crate) fn go_format_float(f: f64, fmt: FloatFormat) -> String {
    let (digits, dp) = shortest_digits(f);
    let mut out = String::new();
    if f.is_sign_negative() {
        out.push('-');
    }
    let exp = dp - 1;
    let exponent = match fmt {
        FloatFormat::Exponent => true,
        FloatFormat::Fixed => false,
        FloatFormat::General => !(-4..6).contains(&exp),
    };
    if exponent {
        // %e: first digit, the remaining digits as the fraction, then an
        // exponent of at least two digits.
        out.push_str(&digits[..1]);
        if digits.len() > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        out.push('e');
        out.push(if exp < 0 { '-' } else { '+' });
        let e = exp.unsigned_abs();
        if e < 10 {
            out.push('0');
        }
        out.push_str(&e.to_string());
    } else if dp <= 0 {
        // %f of a number below one: "0.000ddd".
        out.push_str("0.");
        for _ in 0..(-dp) {
            out.push('0');
        }
        out.push_str(&digits);
    } else {
        let dp = dp as usize;
        if digits.len() <= dp {
            out.push_str(&digits);
            for _ in digits.len()..dp {
                out.push('0');
            }
        } else {
            out.push_str(&digits[..dp]);
            out.push('.');
            out.push_str(&digits[dp..]);
        }
    }
    out
}

/// The shortest decimal digits that round-trip to `|f|` and the position of
/// the decimal point relative to them (`value = 0.DIGITS × 10^dp`), like
/// Go's `ryuFtoaShortest`. Zero is `("0", 1)`.
fn shortest_digits(f: f64) -> (String, i32) {
    let f = f.abs();
    let (mut digits, exp) = scientific_digits(&format!("{f:e}"));
    // Rust's shortest formatting and Go's agree on the number of digits, but
    // when the exact binary value lies exactly halfway between two candidates
    // of that length Go rounds to even (ryuDigits32's `cup`), while Rust may
    // pick the other one (9471855784182.3125 → Go …312, Rust …313).
    let n = digits.len();
    let (one_more, one_more_exp) = scientific_digits(&format!("{f:.n$e}"));
    if one_more_exp == exp && one_more.ends_with('5') {
        // 800 digits hold the exact expansion of any f64 (at most 767).
        let (exact, _) = scientific_digits(&format!("{f:.800e}"));
        if exact.len() > n + 1 && exact[n + 1..].bytes().all(|b| b == b'0') {
            // Round half to even.  Rounding a trailing 9 up would carry into
            // a shorter number, which would have been the shortest output
            // had it been admissible: Go keeps the lower one then.
            let lower = &one_more[..n];
            let last = lower.as_bytes()[n - 1];
            digits = if last % 2 == 0 || last == b'9' {
                lower.to_string()
            } else {
                increment_digits(lower)
            };
        }
    }
    (digits, exp + 1)
}

/// Splits Rust's `{:e}` output ("1.2345e-7") into its digits and exponent.
fn scientific_digits(s: &str) -> (String, i32) {
    let (mantissa, exp) = s.split_once('e').unwrap_or((s, "0"));
    (
        mantissa.chars().filter(|c| *c != '.').collect(),
        exp.parse().unwrap_or(0),
    )
}

/// Adds one unit in the last place to a string of decimal digits whose last
/// digit is below 9 (so no carry can occur).
fn increment_digits(digits: &str) -> String {
    let mut bytes = digits.as_bytes().to_vec();
    if let Some(last) = bytes.last_mut() {
        *last += 1;
    }
    String::from_utf8(bytes).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn render(v: &Value) -> String {
        let mut out = Vec::new();
        write_json(&mut out, v).unwrap();
        String::from_utf8(out).unwrap()
    }

    fn compact(v: &Value) -> String {
        let mut out = Vec::new();
        write_json_compact(&mut out, v).unwrap();
        String::from_utf8(out).unwrap()
    }

    /// Renders `{"v": value}`; kubectl printed `{..., "v": ...}` and the
    /// golden strings below are the `"v"` line(s) of that output.
    fn render_v(value: Value) -> String {
        let text = render(&json!({ "v": value }));
        let inner = text
            .strip_prefix("{\n    ")
            .and_then(|t| t.strip_suffix("\n}\n"))
            .unwrap();
        inner.to_string()
    }

    /// Strings: (s, what `kubectl label --local -f obj.json x- -o json` printed for
    /// `"v": s`).  Goldens from kubectl v1.32.4.
    #[rustfmt::skip]
    const STRINGS: &[(&str, &str)] = &[
        ("", "\"v\": \"\""),
        ("hello world", "\"v\": \"hello world\""),
        ("a: b", "\"v\": \"a: b\""),
        ("&a", "\"v\": \"\\u0026a\""),
        (">a", "\"v\": \"\\u003ea\""),
        ("\"a", "\"v\": \"\\\"a\""),
        ("a\"b", "\"v\": \"a\\\"b\""),
        ("a\\b", "\"v\": \"a\\\\b\""),
        ("a&b", "\"v\": \"a\\u0026b\""),
        ("a>b", "\"v\": \"a\\u003eb\""),
        ("a<b", "\"v\": \"a\\u003cb\""),
        ("<a>", "\"v\": \"\\u003ca\\u003e\""),
        ("<<", "\"v\": \"\\u003c\\u003c\""),
        ("a\tb", "\"v\": \"a\\tb\""),
        ("\ta", "\"v\": \"\\ta\""),
        ("a\t", "\"v\": \"a\\t\""),
        ("\t", "\"v\": \"\\t\""),
        ("a\nb", "\"v\": \"a\\nb\""),
        ("a\n", "\"v\": \"a\\n\""),
        ("a\n\n", "\"v\": \"a\\n\\n\""),
        ("a\n\n\n", "\"v\": \"a\\n\\n\\n\""),
        ("\n", "\"v\": \"\\n\""),
        ("\n\n", "\"v\": \"\\n\\n\""),
        ("\na", "\"v\": \"\\na\""),
        (" \na", "\"v\": \" \\na\""),
        ("  a\nb", "\"v\": \"  a\\nb\""),
        ("a \nb", "\"v\": \"a \\nb\""),
        ("a\n b", "\"v\": \"a\\n b\""),
        ("a\n\nb", "\"v\": \"a\\n\\nb\""),
        ("a\r\nb", "\"v\": \"a\\r\\nb\""),
        ("a\rb", "\"v\": \"a\\rb\""),
        ("\r", "\"v\": \"\\r\""),
        ("line1\nline2\n", "\"v\": \"line1\\nline2\\n\""),
        ("  leading\n", "\"v\": \"  leading\\n\""),
        ("\ttab\nx", "\"v\": \"\\ttab\\nx\""),
        ("é", "\"v\": \"é\""),
        ("日本語", "\"v\": \"日本語\""),
        ("héllo wörld", "\"v\": \"héllo wörld\""),
        ("😀", "\"v\": \"😀\""),
        ("a😀b", "\"v\": \"a😀b\""),
        ("\u{a0}", "\"v\": \"\u{a0}\""),
        ("a\u{a0}b", "\"v\": \"a\u{a0}b\""),
        ("\u{85}", "\"v\": \"\u{85}\""),
        ("a\u{85}b", "\"v\": \"a\u{85}b\""),
        ("\u{2028}", "\"v\": \"\\u2028\""),
        ("a\u{2028}b", "\"v\": \"a\\u2028b\""),
        ("a\u{2029}b", "\"v\": \"a\\u2029b\""),
        ("\u{feff}", "\"v\": \"\u{feff}\""),
        ("\u{feff}abc", "\"v\": \"\u{feff}abc\""),
        ("a\u{feff}", "\"v\": \"a\u{feff}\""),
        ("\u{e000}", "\"v\": \"\u{e000}\""),
        ("￯", "\"v\": \"￯\""),
        ("�", "\"v\": \"�\""),
        ("\0", "\"v\": \"\\u0000\""),
        ("\u{1}", "\"v\": \"\\u0001\""),
        ("a\u{1b}b", "\"v\": \"a\\u001bb\""),
        ("\u{7}\u{8}\u{b}\u{c}", "\"v\": \"\\u0007\\b\\u000b\\f\""),
        ("\u{1f}", "\"v\": \"\\u001f\""),
        ("-\n", "\"v\": \"-\\n\""),
        ("http://example.com/path?q=1&r=2#frag", "\"v\": \"http://example.com/path?q=1\\u0026r=2#frag\""),
        ("C:\\Windows\\System32", "\"v\": \"C:\\\\Windows\\\\System32\""),
        ("\"", "\"v\": \"\\\"\""),
        ("\"\"", "\"v\": \"\\\"\\\"\""),
        ("\"a\"", "\"v\": \"\\\"a\\\"\""),
        ("say \"hi\"", "\"v\": \"say \\\"hi\\\"\""),
        ("\\", "\"v\": \"\\\\\""),
        ("\\n", "\"v\": \"\\\\n\""),
        ("\\\\", "\"v\": \"\\\\\\\\\""),
        ("&", "\"v\": \"\\u0026\""),
        (">", "\"v\": \"\\u003e\""),
        ("a:\n", "\"v\": \"a:\\n\""),
        ("word word word word word word word word word word word word word word word word word word word word \nword word word word word word word word word word word word word word word word word word word word ", "\"v\": \"word word word word word word word word word word word word word word word word word word word word \\nword word word word word word word word word word word word word word word word word word word word \""),
        ("lorem ipsum dolor sit amet lorem ipsum dolor sit amet lorem ipsum dolor sit amet lorem ipsum dolor sit amet lorem ipsum dolor sit amet lorem ipsum dolor sit amet lorem ipsum dolor sit amet lorem ipsum dolor sit amet \n", "\"v\": \"lorem ipsum dolor sit amet lorem ipsum dolor sit amet lorem ipsum dolor sit amet lorem ipsum dolor sit amet lorem ipsum dolor sit amet lorem ipsum dolor sit amet lorem ipsum dolor sit amet lorem ipsum dolor sit amet \\n\""),
        ("\tword word word word word word word word word word word word word word word word word word word word word word word word word word word word word word ", "\"v\": \"\\tword word word word word word word word word word word word word word word word word word word word word word word word word word word word word word \""),
        ("word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word \t", "\"v\": \"word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word \\t\""),
        ("wörd wörd wörd wörd wörd wörd wörd wörd wörd wörd wörd wörd wörd wörd wörd wörd wörd wörd wörd wörd wörd wörd wörd wörd wörd wörd wörd wörd wörd wörd ", "\"v\": \"wörd wörd wörd wörd wörd wörd wörd wörd wörd wörd wörd wörd wörd wörd wörd wörd wörd wörd wörd wörd wörd wörd wörd wörd wörd wörd wörd wörd wörd wörd \""),
        ("😀 😀 😀 😀 😀 😀 😀 😀 😀 😀 😀 😀 😀 😀 😀 😀 😀 😀 😀 😀 😀 😀 😀 😀 😀 😀 😀 😀 😀 😀 😀 😀 😀 😀 😀 😀 😀 😀 😀 😀 😀 😀 😀 😀 😀 😀 😀 😀 😀 😀 ", "\"v\": \"😀 😀 😀 😀 😀 😀 😀 😀 😀 😀 😀 😀 😀 😀 😀 😀 😀 😀 😀 😀 😀 😀 😀 😀 😀 😀 😀 😀 😀 😀 😀 😀 😀 😀 😀 😀 😀 😀 😀 😀 😀 😀 😀 😀 😀 😀 😀 😀 😀 😀 \""),
        ("😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀 x", "\"v\": \"😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀 x\""),
        ("word\tword\tword\tword\tword\tword\tword\tword\tword\tword\tword\tword\tword\tword\tword\tword\tword\tword\tword\tword\tword\tword\tword\tword\tword\tword\tword\tword\tword\tword\t", "\"v\": \"word\\tword\\tword\\tword\\tword\\tword\\tword\\tword\\tword\\tword\\tword\\tword\\tword\\tword\\tword\\tword\\tword\\tword\\tword\\tword\\tword\\tword\\tword\\tword\\tword\\tword\\tword\\tword\\tword\\tword\\t\""),
        ("wo\"rd wo\"rd wo\"rd wo\"rd wo\"rd wo\"rd wo\"rd wo\"rd wo\"rd wo\"rd wo\"rd wo\"rd wo\"rd wo\"rd wo\"rd wo\"rd wo\"rd wo\"rd wo\"rd wo\"rd wo\"rd wo\"rd wo\"rd wo\"rd wo\"rd wo\"rd wo\"rd wo\"rd wo\"rd wo\"rd ", "\"v\": \"wo\\\"rd wo\\\"rd wo\\\"rd wo\\\"rd wo\\\"rd wo\\\"rd wo\\\"rd wo\\\"rd wo\\\"rd wo\\\"rd wo\\\"rd wo\\\"rd wo\\\"rd wo\\\"rd wo\\\"rd wo\\\"rd wo\\\"rd wo\\\"rd wo\\\"rd wo\\\"rd wo\\\"rd wo\\\"rd wo\\\"rd wo\\\"rd wo\\\"rd wo\\\"rd wo\\\"rd wo\\\"rd wo\\\"rd wo\\\"rd \""),
        ("\u{1}word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word ", "\"v\": \"\\u0001word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word \""),
        ("word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word \u{1}", "\"v\": \"word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word \\u0001\""),
        ("\u{2028}word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word ", "\"v\": \"\\u2028word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word \""),
        ("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx \u{1} y", "\"v\": \"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx \\u0001 y\""),
        ("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx é", "\"v\": \"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx é\""),
        ("ééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééé x", "\"v\": \"ééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééé x\""),
        ("line1\nline2", "\"v\": \"line1\\nline2\""),
        ("line1\nline2\n\n", "\"v\": \"line1\\nline2\\n\\n\""),
        ("line1\n\nline2", "\"v\": \"line1\\n\\nline2\""),
        ("\nline1", "\"v\": \"\\nline1\""),
        ("\n\nline1", "\"v\": \"\\n\\nline1\""),
        (" line1\nline2", "\"v\": \" line1\\nline2\""),
        ("line1\n line2", "\"v\": \"line1\\n line2\""),
        ("line1 \nline2", "\"v\": \"line1 \\nline2\""),
        ("line1\n\tline2", "\"v\": \"line1\\n\\tline2\""),
        ("line1\t\nline2", "\"v\": \"line1\\t\\nline2\""),
        ("#!/bin/bash\necho hi\n", "\"v\": \"#!/bin/bash\\necho hi\\n\""),
        ("key: value\nother: x\n", "\"v\": \"key: value\\nother: x\\n\""),
        ("- a\n- b\n", "\"v\": \"- a\\n- b\\n\""),
        ("a\nbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb cccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc\n", "\"v\": \"a\\nbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb cccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc\\n\""),
        ("a\u{2028}b\nc", "\"v\": \"a\\u2028b\\nc\""),
        ("a\u{85}b\nc", "\"v\": \"a\u{85}b\\nc\""),
        ("a\nb\u{1}", "\"v\": \"a\\nb\\u0001\""),
        ("a\n\0", "\"v\": \"a\\n\\u0000\""),
        ("\u{feff}a\nb", "\"v\": \"\u{feff}a\\nb\""),
        ("a\r\n", "\"v\": \"a\\r\\n\""),
        ("\n ", "\"v\": \"\\n \""),
        (" \n", "\"v\": \" \\n\""),
        ("a\n ", "\"v\": \"a\\n \""),
        ("a\n\t", "\"v\": \"a\\n\\t\""),
        ("x\nx\nx\nx\nx\n", "\"v\": \"x\\nx\\nx\\nx\\nx\\n\""),
        ("\n\n\n\n\n", "\"v\": \"\\n\\n\\n\\n\\n\""),
        ("a\n\n\nb", "\"v\": \"a\\n\\n\\nb\""),
        ("é\né", "\"v\": \"é\\né\""),
        ("😀\n😀", "\"v\": \"😀\\n😀\""),
        ("\u{7f}", "\"v\": \"\u{7f}\""),
        ("a\u{80}b", "\"v\": \"a\u{80}b\""),
        ("\u{ffff}", "\"v\": \"\u{ffff}\""),
        ("\u{fffe}", "\"v\": \"\u{fffe}\""),
        ("a\u{9f}b", "\"v\": \"a\u{9f}b\""),
        ("\u{7f}word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word ", "\"v\": \"\u{7f}word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word \""),
    ];

    #[test]
    fn strings_match_kubectl() {
        for (input, want) in STRINGS {
            assert_eq!(render_v(json!(input)), *want, "input {input:?}");
        }
    }

    #[test]
    fn keys_are_escaped_like_values() {
        let v = json!({"<<": 1, "a\"b": 2, "\u{1}": 3});
        // Byte order of the raw keys: "\u{1}" < "<<" < "a\"b".
        assert_eq!(
            render(&v),
            "{\n    \"\\u0001\": 3,\n    \"\\u003c\\u003c\": 1,\n    \"a\\\"b\": 2\n}\n"
        );
    }

    /// Numbers: (JSON input as kubectl read it, what kubectl printed).
    const NUMBERS: &[(&str, &str)] = &[
        ("0", "0"),
        ("-1", "-1"),
        ("9223372036854775807", "9223372036854775807"),
        ("-9223372036854775808", "-9223372036854775808"),
        // Above i64::MAX kubectl holds a float64.
        ("18446744073709551615", "18446744073709552000"),
        ("1.5", "1.5"),
        ("-1.5", "-1.5"),
        ("1.0", "1"),
        ("1e2", "100"),
        ("1e21", "1e+21"),
        ("1e20", "100000000000000000000"),
        ("1e19", "10000000000000000000"),
        ("1e30", "1e+30"),
        ("0.0000001", "1e-7"),
        ("0.000001", "0.000001"),
        ("0.00001", "0.00001"),
        ("1.5e-7", "1.5e-7"),
        ("1.2345e-10", "1.2345e-10"),
        ("5e-324", "5e-324"),
        ("1.7976931348623157e308", "1.7976931348623157e+308"),
        ("123456789.5", "123456789.5"),
        ("0.1", "0.1"),
        ("0.30000000000000004", "0.30000000000000004"),
        // kubectl reads `-0` as the int64 0 (it would print `-0.0` as -0).
        ("-0", "0"),
        ("3.14159", "3.14159"),
        ("100000000000000000000000000000", "1e+29"),
        ("12345678901234567890123", "1.2345678901234568e+22"),
    ];

    #[test]
    fn numbers_match_kubectl() {
        for (input, want) in NUMBERS {
            let v: Value = serde_json::from_str(input).unwrap();
            assert_eq!(render_v(v), format!("\"v\": {want}"), "input {input}");
        }
    }

    #[test]
    fn structure_matches_kubectl() {
        // kubectl label --local -f a.json x- -o json (object body).
        let v = json!({
            "e": {}, "l": [], "n": null, "t": true, "f": false,
            "nl": [[1, 2], [], [{}], [{"a": 1, "b": [1]}]],
            "m": {"z": {"y": [{"x": null}]}}
        });
        let want = r#"{
    "e": {},
    "f": false,
    "l": [],
    "m": {
        "z": {
            "y": [
                {
                    "x": null
                }
            ]
        }
    },
    "n": null,
    "nl": [
        [
            1,
            2
        ],
        [],
        [
            {}
        ],
        [
            {
                "a": 1,
                "b": [
                    1
                ]
            }
        ]
    ],
    "t": true
}
"#;
        assert_eq!(render(&v), want);
    }

    #[test]
    fn top_level_scalars_and_empty_containers() {
        assert_eq!(render(&json!({})), "{}\n");
        assert_eq!(render(&json!([])), "[]\n");
        assert_eq!(render(&json!(null)), "null\n");
        assert_eq!(render(&json!("x")), "\"x\"\n");
        assert_eq!(render(&json!([1, "a"])), "[\n    1,\n    \"a\"\n]\n");
    }

    #[test]
    fn compact_is_go_marshal() {
        let v = json!({"b": [1, 2.5, {"c": null}], "a": "<x>", "e": {}, "f": []});
        assert_eq!(
            compact(&v),
            r#"{"a":"\u003cx\u003e","b":[1,2.5,{"c":null}],"e":{},"f":[]}"#
        );
        assert_eq!(compact(&json!(1e21)), "1e+21");
    }

    #[test]
    fn nested_at_level() {
        let v = json!({"a": [1], "b": {}});
        let mut out = Vec::new();
        write_json_at(&mut out, &v, 2).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "{\n            \"a\": [\n                1\n            ],\n            \"b\": {}\n        }"
        );
    }

    /// `kubectl get cm -o json` against a server returning two ConfigMaps.
    const LIST_GOLDEN: &str = r#"{
    "apiVersion": "v1",
    "items": [
        {
            "apiVersion": "v1",
            "data": {
                "item10": "x",
                "item2": "y",
                "k": "v\nw"
            },
            "kind": "ConfigMap",
            "metadata": {
                "name": "a",
                "namespace": "default",
                "resourceVersion": "1"
            }
        },
        {
            "apiVersion": "v1",
            "data": {
                "l": "- a"
            },
            "extra": [
                [
                    1
                ],
                {
                    "x": []
                }
            ],
            "kind": "ConfigMap",
            "metadata": {
                "name": "b",
                "namespace": "default"
            }
        }
    ],
    "kind": "List",
    "metadata": {
        "resourceVersion": ""
    }
}
"#;

    fn list_items() -> Vec<Value> {
        vec![
            json!({"apiVersion": "v1", "kind": "ConfigMap",
                   "metadata": {"name": "a", "namespace": "default", "resourceVersion": "1"},
                   "data": {"k": "v\nw", "item10": "x", "item2": "y"}}),
            json!({"apiVersion": "v1", "kind": "ConfigMap",
                   "metadata": {"name": "b", "namespace": "default"},
                   "data": {"l": "- a"}, "extra": [[1], {"x": []}]}),
        ]
    }

    #[test]
    fn list_wrapper_matches_kubectl() {
        let items = list_items();
        let mut out = Vec::new();
        LIST.write_all(&mut out, &items).unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), LIST_GOLDEN);

        // The streamed form equals printing the whole List object at once.
        let whole = json!({"apiVersion": "v1", "items": items, "kind": "List",
                           "metadata": {"resourceVersion": ""}});
        assert_eq!(render(&whole), LIST_GOLDEN);
    }

    #[test]
    fn empty_list_matches_kubectl() {
        let mut out = Vec::new();
        LIST.write_all(&mut out, &[]).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "{\n    \"apiVersion\": \"v1\",\n    \"items\": [],\n    \"kind\": \"List\",\n    \"metadata\": {\n        \"resourceVersion\": \"\"\n    }\n}\n"
        );
    }

    #[test]
    fn go_float_formats() {
        use FloatFormat::*;
        assert_eq!(go_format_float(1.5, General), "1.5");
        assert_eq!(go_format_float(123456789.5, General), "1.234567895e+08");
        assert_eq!(go_format_float(100000.0, General), "100000");
        assert_eq!(go_format_float(1000000.0, General), "1e+06");
        assert_eq!(go_format_float(0.0001, General), "0.0001");
        assert_eq!(go_format_float(0.00001, General), "1e-05");
        assert_eq!(go_format_float(1e-7, Exponent), "1e-07");
        assert_eq!(go_format_float(-2.5e300, Exponent), "-2.5e+300");
        assert_eq!(go_format_float(0.0, Fixed), "0");
        assert_eq!(go_format_float(1e20, Fixed), "100000000000000000000");
        assert_eq!(go_format_float(0.000123, Fixed), "0.000123");
    }

    /// `kubectl create deployment web --image=nginx:1.25 --replicas=3 --port=8080
    /// --dry-run=client -o json`, read back as an unstructured object.
    const DEPLOYMENT_JSON: &str = r#"{"apiVersion":"apps/v1","kind":"Deployment","metadata":{"creationTimestamp":null,"labels":{"app":"web"},"name":"web"},"spec":{"replicas":3,"selector":{"matchLabels":{"app":"web"}},"strategy":{},"template":{"metadata":{"creationTimestamp":null,"labels":{"app":"web"}},"spec":{"containers":[{"image":"nginx:1.25","name":"nginx","ports":[{"containerPort":8080}],"resources":{}}]}}},"status":{}}"#;
    const DEPLOYMENT_GOLDEN: &str = "{\n    \"apiVersion\": \"apps/v1\",\n    \"kind\": \"Deployment\",\n    \"metadata\": {\n        \"creationTimestamp\": null,\n        \"labels\": {\n            \"app\": \"web\"\n        },\n        \"name\": \"web\"\n    },\n    \"spec\": {\n        \"replicas\": 3,\n        \"selector\": {\n            \"matchLabels\": {\n                \"app\": \"web\"\n            }\n        },\n        \"strategy\": {},\n        \"template\": {\n            \"metadata\": {\n                \"creationTimestamp\": null,\n                \"labels\": {\n                    \"app\": \"web\"\n                }\n            },\n            \"spec\": {\n                \"containers\": [\n                    {\n                        \"image\": \"nginx:1.25\",\n                        \"name\": \"nginx\",\n                        \"ports\": [\n                            {\n                                \"containerPort\": 8080\n                            }\n                        ],\n                        \"resources\": {}\n                    }\n                ]\n            }\n        }\n    },\n    \"status\": {}\n}\n";

    #[test]
    fn deployment_matches_kubectl() {
        let v: Value = serde_json::from_str(DEPLOYMENT_JSON).unwrap();
        assert_eq!(render(&v), DEPLOYMENT_GOLDEN);
    }

    #[test]
    fn list_free_functions_match_kubectl() {
        let items = list_items();
        let mut out = Vec::new();
        list_begin(&mut out).unwrap();
        for (i, item) in items.iter().enumerate() {
            list_item(&mut out, item, i == 0).unwrap();
        }
        list_end(&mut out, false).unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), LIST_GOLDEN);

        let mut out = Vec::new();
        list_begin(&mut out).unwrap();
        list_end(&mut out, true).unwrap();
        assert!(String::from_utf8(out).unwrap().contains("\"items\": [],\n"));
    }

    /// Go rounds an exact tie between two shortest representations to even:
    /// the float below is exactly 9471855784182.3125, and kubectl prints it as
    /// `9471855784182.312` (JSON) and `9.471855784182312e+12` (YAML).
    #[test]
    fn float_ties_round_to_even() {
        let f = 9_471_855_784_182.312_f64;
        assert_eq!(f, 9_471_855_784_182.0 + 0.3125);
        assert_eq!(go_json_float(f), "9471855784182.312");
        assert_eq!(go_format_float(f, FloatFormat::General), "9.471855784182312e+12");
    }
}
