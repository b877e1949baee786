//! The builtin functions (text/template/funcs.go, Go 1.23) and kubectl's `exists` and
//! `base64decode` (k8s.io/cli-runtime/pkg/printers).

use super::format::{sprint, sprint_verb, sprintf, sprintln};
use super::strconv::{decode_rune, is_print};
use super::value::{List, V, Val, truth};

/// A parameter's Go type, as far as argument evaluation cares.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Ty {
    /// `reflect.Value`: anything, unconverted.
    Value,
    /// `interface{}`.
    Any,
    /// `string`.
    Str,
}

#[derive(Clone, Copy, Debug)]
pub(crate) struct Sig {
    pub(crate) fixed: &'static [Ty],
    pub(crate) variadic: Option<Ty>,
}

const fn sig(fixed: &'static [Ty], variadic: Option<Ty>) -> Sig {
    Sig { fixed, variadic }
}

/// The signature of a function a template can call.
pub(crate) fn signature(name: &str) -> Option<Sig> {
    use Ty::*;
    Some(match name {
        "and" | "or" | "call" | "index" | "slice" | "eq" => sig(&[Value], Some(Value)),
        "html" | "js" | "urlquery" | "print" | "println" => sig(&[], Some(Any)),
        "printf" => sig(&[Str], Some(Any)),
        "len" | "not" => sig(&[Value], None),
        "ne" | "lt" | "le" | "gt" | "ge" => sig(&[Value, Value], None),
        "exists" => sig(&[Any], Some(Any)),
        "base64decode" => sig(&[Str], None),
        _ => return None,
    })
}

/// Whether the parser knows `name` as a function.
pub(crate) fn is_function(name: &str) -> bool {
    signature(name).is_some()
}

type F<'a> = Result<V<'a>, String>;

/// Calls builtin `name` with arguments already evaluated and checked against its signature.
pub(crate) fn call<'a>(name: &str, callee: Option<&str>, argv: Vec<V<'a>>) -> F<'a> {
    let b = |x: bool| Ok(V::of(Val::Bool(x)));
    match name {
        "not" => b(!truth(&argv[0])),
        "len" => length(&argv[0]),
        "index" => index(&argv[0], &argv[1..]),
        "slice" => slice(&argv[0], &argv[1..]),
        "print" => Ok(V::string(sprint(&argv))),
        "println" => Ok(V::string(sprintln(&argv))),
        "printf" => {
            let Val::Str(f) = &argv[0].val else {
                return Err("printf: format is not a string".into());
            };
            Ok(V::string(sprintf(f, &argv[1..])))
        }
        "html" => Ok(V::string(html_escape(&eval_args(&argv)))),
        "js" => Ok(V::string(js_escape(&eval_args(&argv)))),
        "urlquery" => Ok(V::string(query_escape(&eval_args(&argv)))),
        "eq" => eq(&argv[0], &argv[1..]).and_then(b),
        "ne" => eq(&argv[0], &argv[1..]).and_then(|x| b(!x)),
        "lt" => lt(&argv[0], &argv[1]).and_then(b),
        "le" => le(&argv[0], &argv[1]).and_then(b),
        "gt" => le(&argv[0], &argv[1]).and_then(|x| b(!x)),
        "ge" => lt(&argv[0], &argv[1]).and_then(|x| b(!x)),
        "call" => {
            let f = argv[0].clone().unbox();
            if !f.is_valid() {
                return Err("call of nil".into());
            }
            Err(format!(
                "non-function {} of type {}",
                callee.unwrap_or(""),
                f.type_name()
            ))
        }
        "exists" => b(exists(&argv[0], &argv[1..])),
        "base64decode" => {
            let Val::Str(s) = &argv[0].val else {
                return Err("base64decode: not a string".into());
            };
            match base64_decode(s) {
                Ok(d) => Ok(V::string(d)),
                Err(at) => Err(format!("base64 decode failed: illegal base64 data at input byte {at}")),
            }
        }
        _ => Err(format!("{name} is not a defined function")),
    }
}

// ---- len, index, slice ------------------------------------------------------------------

fn length<'a>(item: &V<'a>) -> F<'a> {
    let (item, is_nil) = item.indirect();
    if is_nil {
        return Err("len of nil pointer".into());
    }
    let n = match &item.val {
        Val::Str(s) => s.len(),
        Val::Map(m) => m.len(),
        Val::List(l) => l.len(),
        Val::Invalid => return Err("reflect: call of reflect.Value.Type on zero Value".into()),
        v => return Err(format!("len of type {}", v.type_name())),
    };
    Ok(V::of(Val::Int(n as i64)))
}

fn index_arg(index: &V, cap: usize) -> Result<usize, String> {
    let x = match &index.val {
        Val::Int(i) | Val::I64(i) => *i,
        Val::U8(u) => *u as i64,
        Val::Invalid => return Err("cannot index slice/array with nil".into()),
        _ => return Err(format!("cannot index slice/array with type {}", index.type_name())),
    };
    if x < 0 || x as u64 > cap as u64 {
        return Err(format!("index out of range: {x}"));
    }
    Ok(x as usize)
}

fn index<'a>(item: &V<'a>, indexes: &[V<'a>]) -> F<'a> {
    let mut item = item.clone().unbox();
    if !item.is_valid() {
        return Err("index of untyped nil".into());
    }
    for index in indexes {
        let index = index.clone().unbox();
        let (it, is_nil) = item.indirect();
        if is_nil {
            return Err("index of nil pointer".into());
        }
        item = match &it.val {
            Val::List(l) => {
                let x = index_arg(&index, l.len())?;
                if x >= l.len() {
                    return Err("reflect: slice index out of range".into());
                }
                l.get(x)
            }
            Val::Str(s) => {
                let x = index_arg(&index, s.len())?;
                if x >= s.len() {
                    return Err("reflect: string index out of range".into());
                }
                V::of(Val::U8(s[x]))
            }
            Val::Map(m) => {
                let key = match &index.val {
                    Val::Str(k) => k.clone(),
                    Val::Invalid => return Err("value is nil; should be of type string".into()),
                    _ => return Err(format!("value has type {}; should be string", index.type_name())),
                };
                match std::str::from_utf8(&key).ok().and_then(|k| m.get(k)) {
                    Some(v) => V::json(v),
                    None => V::boxed(Val::Nil),
                }
            }
            _ => return Err(format!("can't index item of type {}", it.type_name())),
        };
    }
    Ok(item)
}

fn slice<'a>(item: &V<'a>, indexes: &[V<'a>]) -> F<'a> {
    let item = item.clone().unbox();
    if !item.is_valid() {
        return Err("slice of untyped nil".into());
    }
    if indexes.len() > 3 {
        return Err(format!("too many slice indexes: {}", indexes.len()));
    }
    let (len, cap) = match &item.val {
        Val::Str(s) => {
            if indexes.len() == 3 {
                return Err("cannot 3-index slice a string".into());
            }
            (s.len(), s.len())
        }
        Val::List(l) => (l.len(), l.capacity()),
        _ => return Err(format!("can't slice item of type {}", item.type_name())),
    };
    let mut idx = [0, len, 0];
    for (i, index) in indexes.iter().enumerate() {
        idx[i] = index_arg(&index.clone().unbox(), cap)?;
    }
    if idx[0] > idx[1] {
        return Err(format!("invalid slice index: {} > {}", idx[0], idx[1]));
    }
    if indexes.len() == 3 && idx[1] > idx[2] {
        return Err(format!("invalid slice index: {} > {}", idx[1], idx[2]));
    }
    Ok(match item.val {
        Val::Str(s) => V::of(Val::Str(match s {
            std::borrow::Cow::Borrowed(b) => std::borrow::Cow::Borrowed(&b[idx[0]..idx[1]]),
            std::borrow::Cow::Owned(o) => std::borrow::Cow::Owned(o[idx[0]..idx[1]].to_vec()),
        })),
        Val::List(l) => V::of(Val::List(List {
            all: l.all,
            lo: l.lo + idx[0],
            hi: l.lo + idx[1],
            cap: if indexes.len() == 3 { l.lo + idx[2] } else { l.cap },
        })),
        _ => unreachable!("checked above"),
    })
}

// ---- comparisons ------------------------------------------------------------------------

#[derive(PartialEq, Eq, Clone, Copy)]
enum Kind {
    Invalid,
    Bool,
    Complex,
    Int,
    Float,
    Str,
    Uint,
}

fn basic_kind(v: &V) -> Kind {
    match &v.val {
        Val::Bool(_) => Kind::Bool,
        Val::Int(_) | Val::I64(_) => Kind::Int,
        Val::U8(_) => Kind::Uint,
        Val::F64(_) => Kind::Float,
        Val::Complex(..) => Kind::Complex,
        Val::Str(_) => Kind::Str,
        _ => Kind::Invalid,
    }
}

const BAD_TYPE: &str = "invalid type for comparison";
const BAD_COMPARISON: &str = "incompatible types for comparison";

fn int_of(v: &V) -> i64 {
    match v.val {
        Val::Int(i) | Val::I64(i) => i,
        _ => 0,
    }
}

fn uint_of(v: &V) -> u64 {
    match v.val {
        Val::U8(u) => u as u64,
        _ => 0,
    }
}

fn float_of(v: &V) -> f64 {
    match v.val {
        Val::F64(f) => f,
        _ => 0.0,
    }
}

fn complex_of(v: &V) -> (f64, f64) {
    match v.val {
        Val::Complex(a, b) => (a, b),
        _ => (0.0, 0.0),
    }
}

fn str_of<'b>(v: &'b V) -> &'b [u8] {
    match &v.val {
        Val::Str(s) => s,
        _ => b"",
    }
}

fn sprint_s(v: &V) -> String {
    String::from_utf8_lossy(&sprint_verb(v, "%s")).into_owned()
}

fn eq<'a>(arg1: &V<'a>, arg2: &[V<'a>]) -> Result<bool, String> {
    let arg1 = arg1.clone().unbox();
    if arg2.is_empty() {
        return Err("missing argument for comparison".into());
    }
    let k1 = basic_kind(&arg1);
    for arg in arg2 {
        let arg = arg.clone().unbox();
        let k2 = basic_kind(&arg);
        let truth = if k1 != k2 {
            match (k1, k2) {
                (Kind::Int, Kind::Uint) => int_of(&arg1) >= 0 && int_of(&arg1) as u64 == uint_of(&arg),
                (Kind::Uint, Kind::Int) => int_of(&arg) >= 0 && uint_of(&arg1) == int_of(&arg) as u64,
                _ => {
                    if arg1.is_valid() && arg.is_valid() {
                        return Err(BAD_COMPARISON.into());
                    }
                    false
                }
            }
        } else {
            match k1 {
                Kind::Bool => matches!((&arg1.val, &arg.val), (Val::Bool(a), Val::Bool(b)) if a == b),
                Kind::Complex => complex_of(&arg1) == complex_of(&arg),
                Kind::Float => float_of(&arg1) == float_of(&arg),
                Kind::Int => int_of(&arg1) == int_of(&arg),
                Kind::Str => str_of(&arg1) == str_of(&arg),
                Kind::Uint => uint_of(&arg1) == uint_of(&arg),
                Kind::Invalid => {
                    let same_kind = std::mem::discriminant(&arg1.val) == std::mem::discriminant(&arg.val);
                    if !same_kind && arg1.is_valid() && arg.is_valid() {
                        return Err(format!(
                            "non-comparable types {}: {}, {}: {}",
                            sprint_s(&arg1),
                            arg1.type_name(),
                            arg.type_name(),
                            String::from_utf8_lossy(&sprint_verb(&arg, "%v"))
                        ));
                    }
                    if !arg1.is_valid() || !arg.is_valid() {
                        arg1.is_valid() == arg.is_valid()
                    } else {
                        return Err(format!("non-comparable type {}: {}", sprint_s(&arg), arg.type_name()));
                    }
                }
            }
        };
        if truth {
            return Ok(true);
        }
    }
    Ok(false)
}

fn lt(arg1: &V, arg2: &V) -> Result<bool, String> {
    let arg1 = arg1.clone().unbox();
    let k1 = basic_kind(&arg1);
    if k1 == Kind::Invalid {
        return Err(BAD_TYPE.into());
    }
    let arg2 = arg2.clone().unbox();
    let k2 = basic_kind(&arg2);
    if k2 == Kind::Invalid {
        return Err(BAD_TYPE.into());
    }
    if k1 != k2 {
        return match (k1, k2) {
            (Kind::Int, Kind::Uint) => Ok(int_of(&arg1) < 0 || (int_of(&arg1) as u64) < uint_of(&arg2)),
            (Kind::Uint, Kind::Int) => Ok(int_of(&arg2) >= 0 && uint_of(&arg1) < int_of(&arg2) as u64),
            _ => Err(BAD_COMPARISON.into()),
        };
    }
    Ok(match k1 {
        Kind::Bool | Kind::Complex | Kind::Invalid => return Err(BAD_TYPE.into()),
        Kind::Float => float_of(&arg1) < float_of(&arg2),
        Kind::Int => int_of(&arg1) < int_of(&arg2),
        Kind::Str => str_of(&arg1) < str_of(&arg2),
        Kind::Uint => uint_of(&arg1) < uint_of(&arg2),
    })
}

fn le(arg1: &V, arg2: &V) -> Result<bool, String> {
    if lt(arg1, arg2)? {
        return Ok(true);
    }
    eq(arg1, std::slice::from_ref(arg2))
}

// ---- kubectl's functions ----------------------------------------------------------------

/// kubectl's `exists ITEM INDICES...`: whether the path of map keys and list indices leads
/// to a non-nil value.
fn exists(item: &V, indices: &[V]) -> bool {
    let mut v = item.clone().unbox();
    for i in indices {
        let index = i.clone().unbox();
        let (it, is_nil) = v.indirect();
        if is_nil {
            return false;
        }
        v = match &it.val {
            Val::List(l) => match index_int(&index) {
                Some(x) if x >= 0 && (x as u64) < l.len() as u64 => l.get(x as usize),
                _ => return false,
            },
            Val::Str(s) => match index_int(&index) {
                Some(x) if x >= 0 && (x as u64) < s.len() as u64 => V::of(Val::U8(s[x as usize])),
                _ => return false,
            },
            Val::Map(m) => {
                let key: &[u8] = match &index.val {
                    Val::Invalid => b"",
                    Val::Str(k) => k,
                    _ => return false,
                };
                match std::str::from_utf8(key).ok().and_then(|k| m.get(k)) {
                    Some(x) => V::json(x),
                    None => V::boxed(Val::Nil),
                }
            }
            _ => return false,
        };
    }
    !v.indirect().1
}

fn index_int(v: &V) -> Option<i64> {
    match v.val {
        Val::Int(i) | Val::I64(i) => Some(i),
        Val::U8(u) => Some(u as i64),
        _ => None,
    }
}

/// Go's `base64.StdEncoding.DecodeString`; the error is the offset of the bad byte.
pub(crate) fn base64_decode(src: &[u8]) -> Result<Vec<u8>, usize> {
    fn val(c: u8) -> Option<u8> {
        Some(match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            _ => return None,
        })
    }
    let mut out = Vec::with_capacity(src.len() / 4 * 3);
    let mut si = 0;
    while si < src.len() {
        let mut dbuf = [0u8; 4];
        let mut dlen = 4;
        let mut j = 0;
        let mut trailing_err = None;
        while j < 4 {
            if si == src.len() {
                if j == 0 {
                    return Ok(out);
                }
                return Err(si - j);
            }
            let c = src[si];
            si += 1;
            if let Some(v) = val(c) {
                dbuf[j] = v;
                j += 1;
                continue;
            }
            if c == b'\n' || c == b'\r' {
                continue;
            }
            if c != b'=' {
                return Err(si - 1);
            }
            match j {
                0 | 1 => return Err(si - 1),
                2 => {
                    while si < src.len() && (src[si] == b'\n' || src[si] == b'\r') {
                        si += 1;
                    }
                    if si == src.len() {
                        return Err(src.len());
                    }
                    if src[si] != b'=' {
                        return Err(si - 1);
                    }
                    si += 1;
                }
                _ => {}
            }
            while si < src.len() && (src[si] == b'\n' || src[si] == b'\r') {
                si += 1;
            }
            if si < src.len() {
                trailing_err = Some(si);
            }
            dlen = j;
            break;
        }
        let v = (dbuf[0] as u32) << 18 | (dbuf[1] as u32) << 12 | (dbuf[2] as u32) << 6 | dbuf[3] as u32;
        let bytes = [(v >> 16) as u8, (v >> 8) as u8, v as u8];
        out.extend_from_slice(&bytes[..dlen - 1]);
        if let Some(e) = trailing_err {
            return Err(e);
        }
        if dlen < 4 {
            return Ok(out);
        }
    }
    Ok(out)
}

// ---- escapers ---------------------------------------------------------------------------

/// `evalArgs`: one string argument as it is, anything else through `fmt.Sprint` (with a
/// nil shown as `<no value>`).
fn eval_args(args: &[V]) -> Vec<u8> {
    if let [a] = args
        && let Val::Str(s) = &a.clone().unbox().val
    {
        return s.to_vec();
    }
    let args: Vec<V> = args
        .iter()
        .map(|a| {
            let a = a.clone().unbox();
            if a.is_valid() { a } else { V::str("<no value>") }
        })
        .collect();
    sprint(&args)
}

fn html_escape(s: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    for &c in s {
        match c {
            0 => out.extend_from_slice("\u{FFFD}".as_bytes()),
            b'"' => out.extend_from_slice(b"&#34;"),
            b'\'' => out.extend_from_slice(b"&#39;"),
            b'&' => out.extend_from_slice(b"&amp;"),
            b'<' => out.extend_from_slice(b"&lt;"),
            b'>' => out.extend_from_slice(b"&gt;"),
            c => out.push(c),
        }
    }
    out
}

fn js_escape(s: &[u8]) -> Vec<u8> {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = Vec::with_capacity(s.len());
    let mut i = 0;
    while i < s.len() {
        let c = s[i];
        if c < 0x80 {
            match c {
                b'\\' => out.extend_from_slice(b"\\\\"),
                b'\'' => out.extend_from_slice(b"\\'"),
                b'"' => out.extend_from_slice(b"\\\""),
                b'<' => out.extend_from_slice(b"\\u003C"),
                b'>' => out.extend_from_slice(b"\\u003E"),
                b'&' => out.extend_from_slice(b"\\u0026"),
                b'=' => out.extend_from_slice(b"\\u003D"),
                c if c < b' ' => {
                    out.extend_from_slice(b"\\u00");
                    out.push(HEX[(c >> 4) as usize]);
                    out.push(HEX[(c & 0xf) as usize]);
                }
                c => out.push(c),
            }
            i += 1;
        } else {
            let (r, w) = decode_rune(&s[i..]);
            if is_print(r) {
                out.extend_from_slice(&s[i..i + w]);
            } else {
                out.extend_from_slice(format!("\\u{:04X}", r as u32).as_bytes());
            }
            i += w;
        }
    }
    out
}

fn query_escape(s: &[u8]) -> Vec<u8> {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = Vec::with_capacity(s.len());
    for &c in s {
        match c {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => out.push(c),
            b' ' => out.push(b'+'),
            c => {
                out.push(b'%');
                out.push(HEX[(c >> 4) as usize]);
                out.push(HEX[(c & 0xf) as usize]);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64() {
        assert_eq!(base64_decode(b"aGVsbG8="), Ok(b"hello".to_vec()));
        assert_eq!(base64_decode(b"aGVs\nbG8="), Ok(b"hello".to_vec()));
        assert_eq!(base64_decode(b"aGVsbG8"), Err(4));
        assert_eq!(base64_decode(b"a!"), Err(1));
        assert_eq!(base64_decode(b"aGVsbG8=x"), Err(8));
        assert_eq!(base64_decode(b""), Ok(vec![]));
        assert_eq!(base64_decode(b"YQ=="), Ok(b"a".to_vec()));
        assert_eq!(base64_decode(b"YQ="), Err(3));
    }

    #[test]
    fn escapers() {
        assert_eq!(
            html_escape(b"<a href='x'>&\"</a>"),
            b"&lt;a href=&#39;x&#39;&gt;&amp;&#34;&lt;/a&gt;"
        );
        assert_eq!(
            js_escape(b"a'b\"c<=>\n\\"),
            b"a\\'b\\\"c\\u003C\\u003D\\u003E\\u000A\\\\"
        );
        assert_eq!(query_escape(b"a b&c=d/e?"), b"a+b%26c%3Dd%2Fe%3F");
    }
}
