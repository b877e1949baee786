//! The values a template works on, modelled on the `reflect.Value`s Go's text/template sees
//! when kubectl runs it on a JSON object decoded into `map[string]interface{}`.

use std::borrow::Cow;

use serde_json::{Map, Number, Value};

/// A value's content. Strings are byte strings, as in Go (`slice` and `base64decode` can
/// make invalid UTF-8).
#[derive(Clone, Debug)]
pub(crate) enum Val<'a> {
    /// The zero `reflect.Value`: a missing key, or a nil interface taken out of its box.
    Invalid,
    /// A nil `interface{}` (JSON `null` in a map or list, `nil` given as an argument).
    Nil,
    Bool(bool),
    /// Go's `int` (literals, `len`, range indices).
    Int(i64),
    /// `int64`: a JSON integer as kubectl decodes it.
    I64(i64),
    /// `uint8`: what `index` gives for a string.
    U8(u8),
    F64(f64),
    Complex(f64, f64),
    Str(Cow<'a, [u8]>),
    /// `map[string]interface{}`.
    Map(&'a Map<String, Value>),
    /// `[]interface{}`.
    List(List<'a>),
}

/// A `[]interface{}`: a window on a JSON array, with Go's capacity (elements past the
/// array's end, reachable by `slice` up to the capacity, are nil).
#[derive(Clone, Copy, Debug)]
pub(crate) struct List<'a> {
    pub(crate) all: &'a [Value],
    pub(crate) lo: usize,
    pub(crate) hi: usize,
    pub(crate) cap: usize,
}

impl<'a> List<'a> {
    pub(crate) fn new(all: &'a [Value]) -> Self {
        List {
            all,
            lo: 0,
            hi: all.len(),
            cap: go_append_cap(all.len()),
        }
    }
    pub(crate) fn len(&self) -> usize {
        self.hi - self.lo
    }
    pub(crate) fn capacity(&self) -> usize {
        self.cap - self.lo
    }
    /// Element `i` (boxed, as `reflect.Value.Index` of a `[]interface{}` gives it).
    pub(crate) fn get(&self, i: usize) -> V<'a> {
        match self.all.get(self.lo + i) {
            Some(v) => V::json(v),
            None => V::boxed(Val::Nil),
        }
    }
}

/// The capacity of a slice Go's JSON decoder built by appending `n` elements one at a time
/// (16-byte elements: doubling, then Go's growth formula rounded to malloc size classes).
pub(crate) fn go_append_cap(n: usize) -> usize {
    let mut cap = 0usize;
    while cap < n {
        let newcap = if cap == 0 {
            1
        } else if cap < 256 {
            cap * 2
        } else {
            let mut c = cap;
            while c < cap + 1 {
                c += (c + 3 * 256) / 4;
            }
            c
        };
        cap = round_size_class(newcap * 16) / 16;
    }
    cap
}

/// Go's malloc size classes (runtime/sizeclasses.go), for allocations of whole 16-byte units.
fn round_size_class(size: usize) -> usize {
    const CLASSES: [usize; 67] = [
        0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 288, 320, 352, 384, 416,
        448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536, 1792, 2048, 2304, 2688, 3072, 3200, 3456,
        4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472, 9728, 10240, 10880, 12288, 13568, 14336, 16384, 18432,
        19072, 20480, 21760, 24576, 27264, 28672,
    ];
    const LAST: usize = 32768;
    if size <= LAST {
        for c in CLASSES {
            if c >= size {
                return c;
            }
        }
        return LAST;
    }
    size.div_ceil(8192) * 8192
}

/// A value with its static type: `boxed` values are `interface{}`s (what map and slice
/// elements of decoded JSON are); the others have their concrete type.
#[derive(Clone, Debug)]
pub(crate) struct V<'a> {
    pub(crate) val: Val<'a>,
    pub(crate) boxed: bool,
}

impl<'a> V<'a> {
    pub(crate) const INVALID: V<'static> = V {
        val: Val::Invalid,
        boxed: false,
    };

    pub(crate) fn of(val: Val<'a>) -> Self {
        V { val, boxed: false }
    }
    pub(crate) fn boxed(val: Val<'a>) -> Self {
        V { val, boxed: true }
    }
    pub(crate) fn str(s: &'a str) -> Self {
        V::of(Val::Str(Cow::Borrowed(s.as_bytes())))
    }
    pub(crate) fn string(s: Vec<u8>) -> Self {
        V::of(Val::Str(Cow::Owned(s)))
    }

    /// A JSON value as an element of a map or list: boxed in an `interface{}`.
    pub(crate) fn json(v: &'a Value) -> Self {
        V::boxed(json_val(v))
    }

    /// The data given to Execute: its concrete type.
    pub(crate) fn root(v: &'a Value) -> Self {
        match v {
            Value::Null => V::INVALID,
            v => V::of(json_val(v)),
        }
    }

    pub(crate) fn is_valid(&self) -> bool {
        !matches!(self.val, Val::Invalid)
    }

    /// `indirectInterface`: the value out of its box (a nil interface becomes invalid).
    pub(crate) fn unbox(self) -> V<'a> {
        if self.boxed {
            match self.val {
                Val::Nil => V::INVALID,
                val => V::of(val),
            }
        } else {
            self
        }
    }

    /// `indirect`: the value out of its box, and whether the box was nil.
    pub(crate) fn indirect(&self) -> (V<'a>, bool) {
        if self.boxed && matches!(self.val, Val::Nil) {
            return (self.clone(), true);
        }
        (self.clone().unbox(), false)
    }

    /// `reflect.Value.Type().String()`.
    pub(crate) fn type_name(&self) -> &'static str {
        if self.boxed {
            return "interface {}";
        }
        self.val.type_name()
    }
}

impl Val<'_> {
    /// The concrete type's name (`<nil>` for no value, as `%T` prints it).
    pub(crate) fn type_name(&self) -> &'static str {
        match self {
            Val::Invalid | Val::Nil => "<nil>",
            Val::Bool(_) => "bool",
            Val::Int(_) => "int",
            Val::I64(_) => "int64",
            Val::U8(_) => "uint8",
            Val::F64(_) => "float64",
            Val::Complex(..) => "complex128",
            Val::Str(_) => "string",
            Val::Map(_) => "map[string]interface {}",
            Val::List(_) => "[]interface {}",
        }
    }
}

/// A JSON value as kubectl hands it to the template (see [`number`]).
fn json_val(v: &Value) -> Val<'_> {
    match v {
        Value::Null => Val::Nil,
        Value::Bool(b) => Val::Bool(*b),
        Value::Number(n) => number(n),
        Value::String(s) => Val::Str(Cow::Borrowed(s.as_bytes())),
        Value::Array(a) => Val::List(List::new(a)),
        Value::Object(m) => Val::Map(m),
    }
}

/// A JSON number as kubectl's printer sees it: the object is decoded (integers to `int64`,
/// others to `float64`), encoded again by Go (a float64 prints as an integer when it is
/// one and below 1e21) and decoded again, so integral floats that fit become `int64`.
pub(crate) fn number(n: &Number) -> Val<'static> {
    if let Some(i) = n.as_i64() {
        return Val::I64(i);
    }
    let f = n.as_f64().unwrap_or(0.0);
    if f.is_finite()
        && f == f.trunc()
        && f.abs() < 1e21
        && (-9.223_372_036_854_776e18..9.223_372_036_854_776e18).contains(&f)
    {
        return Val::I64(f as i64);
    }
    Val::F64(f)
}

/// Go's `isTrue`: whether a value counts as true in `if`, `with`, `and`, `or`, `not`.
pub(crate) fn is_true(v: &V) -> bool {
    match &v.val {
        Val::Invalid | Val::Nil => false,
        Val::Bool(b) => *b,
        Val::Int(i) | Val::I64(i) => *i != 0,
        Val::U8(u) => *u != 0,
        Val::F64(f) => *f != 0.0,
        Val::Complex(a, b) => *a != 0.0 || *b != 0.0,
        Val::Str(s) => !s.is_empty(),
        Val::Map(m) => !m.is_empty(),
        Val::List(l) => l.len() > 0,
    }
}

/// `truth`: `isTrue(indirectInterface(v))`.
pub(crate) fn truth(v: &V) -> bool {
    is_true(&v.clone().unbox())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_as_kubectl_decodes_them() {
        let v: Value = serde_json::from_str("[1, -0, 1.0, 1.5, 1e3, 12345678901234567890, 1e21]").unwrap();
        let got: Vec<String> = v
            .as_array()
            .unwrap()
            .iter()
            .map(|x| match x {
                Value::Number(n) => format!("{:?}", number(n)),
                _ => unreachable!(),
            })
            .collect();
        assert_eq!(
            got,
            [
                "I64(1)",
                "I64(0)",
                "I64(1)",
                "F64(1.5)",
                "I64(1000)",
                "F64(1.2345678901234567e19)",
                "F64(1e21)"
            ]
        );
    }

    #[test]
    fn append_capacity() {
        let caps: Vec<usize> = [0, 1, 2, 3, 5, 9, 256, 257].iter().map(|&n| go_append_cap(n)).collect();
        assert_eq!(caps, [0, 1, 2, 4, 8, 16, 256, 512]);
    }

    #[test]
    fn boxes() {
        let v = serde_json::json!({"a": null});
        let m = V::root(&v);
        assert_eq!(m.type_name(), "map[string]interface {}");
        let Val::Map(map) = m.val else { panic!() };
        let a = V::json(&map["a"]);
        assert_eq!(a.type_name(), "interface {}");
        assert!(a.indirect().1);
        assert!(!a.unbox().is_valid());
    }
}
