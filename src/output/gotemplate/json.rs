//! Go's `json.Marshal` of a decoded object, as kubectl prints it under "raw data was".

use serde_json::Value;

use super::strconv::format_float;
use super::value::{Val, number};

/// The JSON Go's `encoding/json` writes for an object kubectl decoded (keys sorted, `<`, `>`,
/// `&`, U+2028 and U+2029 escaped, integers as `int64`, other numbers as Go prints a
/// `float64`).
pub(crate) fn go_json(v: &Value) -> String {
    let mut out = String::new();
    push(&mut out, v);
    out
}

fn push(out: &mut String, v: &Value) {
    match v {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) => match n.as_i64() {
            Some(i) => out.push_str(&i.to_string()),
            None => match number(n) {
                Val::I64(_) | Val::F64(_) => push_float(out, n.as_f64().unwrap_or(0.0)),
                _ => out.push('0'),
            },
        },
        Value::String(s) => push_string(out, s),
        Value::Array(a) => {
            out.push('[');
            for (i, x) in a.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                push(out, x);
            }
            out.push(']');
        }
        Value::Object(m) => {
            out.push('{');
            let mut keys: Vec<&String> = m.keys().collect();
            keys.sort_unstable();
            for (i, k) in keys.into_iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                push_string(out, k);
                out.push(':');
                push(out, &m[k]);
            }
            out.push('}');
        }
    }
}

/// `encoding/json`'s float64: `%f`-like below 1e21 and from 1e-6, else `%e` with a short
/// exponent.
fn push_float(out: &mut String, f: f64) {
    let abs = f.abs();
    let fmt = if abs != 0.0 && !(1e-6..1e21).contains(&abs) {
        b'e'
    } else {
        b'f'
    };
    let mut b = Vec::new();
    format_float(&mut b, f, fmt, -1);
    let n = b.len();
    if fmt == b'e' && n >= 4 && b[n - 4] == b'e' && b[n - 3] == b'-' && b[n - 2] == b'0' {
        b.remove(n - 2);
    }
    out.push_str(&String::from_utf8_lossy(&b));
}

fn push_string(out: &mut String, s: &str) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            '<' | '>' | '&' | '\u{2028}' | '\u{2029}' => out.push_str(&format!("\\u{:04x}", c as u32)),
            c if (c as u32) < 0x20 => {
                out.push_str("\\u00");
                out.push(HEX[(c as usize) >> 4] as char);
                out.push(HEX[(c as usize) & 0xf] as char);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn like_go() {
        let v: Value =
            serde_json::from_str(r#"{"b":[1,1.0,1.5,1e21,12345678901234567890,1e-7,-0.0],"a":"<x>&\u2028\n\u0001"}"#)
                .unwrap();
        assert_eq!(
            go_json(&v),
            r#"{"a":"\u003cx\u003e\u0026\u2028\n\u0001","b":[1,1,1.5,1e+21,12345678901234567000,1e-7,-0]}"#
        );
    }
}
