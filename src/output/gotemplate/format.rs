//! Go's `fmt` for the values a template handles: `Sprint`, `Sprintln`, `Sprintf` with every
//! verb, flag, width and precision, and Go's error notations (`%!d(string=x)`, `%!d(MISSING)`,
//! `%!(EXTRA ...)`).

use super::strconv::is_print;
use super::strconv::{RUNE_ERROR, can_backquote, decode_rune, format_float, quote_bytes, quote_rune, rune_count};
use super::value::{V, Val};

#[derive(Clone, Copy, Default)]
struct Flags {
    wid_present: bool,
    prec_present: bool,
    minus: bool,
    plus: bool,
    sharp: bool,
    space: bool,
    zero: bool,
    plus_v: bool,
    sharp_v: bool,
    wid: i64,
    prec: i64,
}

/// Go's `pp`: a print buffer and the current verb's flags.
pub(crate) struct Printer {
    pub(crate) buf: Vec<u8>,
    f: Flags,
    reordered: bool,
    good_arg_num: bool,
}

const LDIGITS: &[u8; 17] = b"0123456789abcdefx";
const UDIGITS: &[u8; 17] = b"0123456789ABCDEFX";

/// An argument as Go's `fmt` receives it: an `any` holding the concrete value, or nil.
fn concrete<'a>(v: &V<'a>) -> Val<'a> {
    match v.clone().unbox().val {
        Val::Invalid => Val::Nil,
        val => val,
    }
}

impl Printer {
    pub(crate) fn new() -> Self {
        Printer {
            buf: Vec::new(),
            f: Flags::default(),
            reordered: false,
            good_arg_num: true,
        }
    }

    // ---- fmt.fmt: padding and the primitive formatters ----------------------------------

    fn write_padding(&mut self, n: i64) {
        if n <= 0 {
            return;
        }
        let b = if self.f.zero { b'0' } else { b' ' };
        self.buf.extend(std::iter::repeat_n(b, n as usize));
    }

    fn pad(&mut self, b: &[u8]) {
        if !self.f.wid_present || self.f.wid == 0 {
            self.buf.extend_from_slice(b);
            return;
        }
        let width = self.f.wid - rune_count(b) as i64;
        if !self.f.minus {
            self.write_padding(width);
            self.buf.extend_from_slice(b);
        } else {
            self.buf.extend_from_slice(b);
            self.write_padding(width);
        }
    }

    fn fmt_boolean(&mut self, v: bool) {
        self.pad(if v { b"true" } else { b"false" });
    }

    fn fmt_unicode(&mut self, u: u64) {
        let mut prec = 4;
        if self.f.prec_present && self.f.prec > 4 {
            prec = self.f.prec;
        }
        let mut hex = format!("{u:X}");
        while (hex.len() as i64) < prec {
            hex.insert(0, '0');
        }
        let mut s = format!("U+{hex}").into_bytes();
        if self.f.sharp
            && let Some(c) = u32::try_from(u).ok().and_then(char::from_u32)
            && is_print(c)
        {
            s.extend_from_slice(b" '");
            let mut b = [0u8; 4];
            s.extend_from_slice(c.encode_utf8(&mut b).as_bytes());
            s.push(b'\'');
        }
        let old = self.f.zero;
        self.f.zero = false;
        self.pad(&s);
        self.f.zero = old;
    }

    fn fmt_integer(&mut self, u: u64, base: u32, signed: bool, verb: char, digits: &[u8; 17]) {
        let negative = signed && (u as i64) < 0;
        let mut u = if negative { (u as i64).unsigned_abs() } else { u };
        let mut prec = 0i64;
        if self.f.prec_present {
            prec = self.f.prec;
            if prec == 0 && u == 0 {
                let old = self.f.zero;
                self.f.zero = false;
                self.write_padding(self.f.wid);
                self.f.zero = old;
                return;
            }
        } else if self.f.zero && self.f.wid_present {
            prec = self.f.wid;
            if negative || self.f.plus || self.f.space {
                prec -= 1;
            }
        }
        let mut rev: Vec<u8> = Vec::with_capacity(24);
        let b = base as u64;
        while u >= b {
            rev.push(digits[(u % b) as usize]);
            u /= b;
        }
        rev.push(digits[u as usize]);
        while (rev.len() as i64) < prec {
            rev.push(b'0');
        }
        if self.f.sharp {
            match base {
                2 => rev.extend_from_slice(b"b0"),
                8 if rev.last() != Some(&b'0') => rev.push(b'0'),
                16 => {
                    rev.push(digits[16]);
                    rev.push(b'0');
                }
                _ => {}
            }
        }
        if verb == 'O' {
            rev.extend_from_slice(b"o0");
        }
        if negative {
            rev.push(b'-');
        } else if self.f.plus {
            rev.push(b'+');
        } else if self.f.space {
            rev.push(b' ');
        }
        rev.reverse();
        let old = self.f.zero;
        self.f.zero = false;
        self.pad(&rev);
        self.f.zero = old;
    }

    fn truncate<'b>(&self, s: &'b [u8]) -> &'b [u8] {
        if self.f.prec_present {
            let mut n = self.f.prec;
            let mut i = 0;
            while i < s.len() {
                n -= 1;
                if n < 0 {
                    return &s[..i];
                }
                i += decode_rune(&s[i..]).1;
            }
        }
        s
    }

    fn fmt_s(&mut self, s: &[u8]) {
        let s = self.truncate(s).to_vec();
        self.pad(&s);
    }

    fn fmt_sx(&mut self, s: &[u8], digits: &[u8; 17]) {
        let mut length = s.len() as i64;
        if self.f.prec_present && self.f.prec < length {
            length = self.f.prec;
        }
        let mut width = 2 * length;
        if width > 0 {
            if self.f.space {
                if self.f.sharp {
                    width *= 2;
                }
                width += length - 1;
            } else if self.f.sharp {
                width += 2;
            }
        } else {
            if self.f.wid_present {
                self.write_padding(self.f.wid);
            }
            return;
        }
        if self.f.wid_present && self.f.wid > width && !self.f.minus {
            self.write_padding(self.f.wid - width);
        }
        if self.f.sharp {
            self.buf.extend_from_slice(&[b'0', digits[16]]);
        }
        for (i, &c) in s.iter().take(length as usize).enumerate() {
            if self.f.space && i > 0 {
                self.buf.push(b' ');
                if self.f.sharp {
                    self.buf.extend_from_slice(&[b'0', digits[16]]);
                }
            }
            self.buf.push(digits[(c >> 4) as usize]);
            self.buf.push(digits[(c & 0xf) as usize]);
        }
        if self.f.wid_present && self.f.wid > width && self.f.minus {
            self.write_padding(self.f.wid - width);
        }
    }

    fn fmt_q(&mut self, s: &[u8]) {
        let s = self.truncate(s).to_vec();
        if self.f.sharp && can_backquote(&s) {
            let mut b = vec![b'`'];
            b.extend_from_slice(&s);
            b.push(b'`');
            self.pad(&b);
            return;
        }
        let q = quote_bytes(&s, self.f.plus);
        self.pad(&q);
    }

    fn rune_of(c: u64) -> char {
        u32::try_from(c).ok().and_then(char::from_u32).unwrap_or(RUNE_ERROR)
    }

    fn fmt_c(&mut self, c: u64) {
        let r = Self::rune_of(c);
        let mut b = [0u8; 4];
        let s = r.encode_utf8(&mut b).as_bytes().to_vec();
        self.pad(&s);
    }

    fn fmt_qc(&mut self, c: u64) {
        let q = quote_rune(Self::rune_of(c), self.f.plus);
        self.pad(&q);
    }

    fn fmt_float_prim(&mut self, v: f64, verb: u8, prec: i64) {
        let prec = if self.f.prec_present { self.f.prec } else { prec };
        let mut num = vec![b'+'];
        format_float(&mut num, v, verb, prec);
        if num[1] == b'-' || num[1] == b'+' {
            num.remove(0);
        }
        if self.f.space && num[0] == b'+' && !self.f.plus {
            num[0] = b' ';
        }
        if num[1] == b'I' || num[1] == b'N' {
            let old = self.f.zero;
            self.f.zero = false;
            if num[1] == b'N' && !self.f.space && !self.f.plus {
                num.remove(0);
            }
            self.pad(&num);
            self.f.zero = old;
            return;
        }
        if self.f.sharp && verb != b'b' {
            let mut digits = 0i64;
            if matches!(verb, b'v' | b'g' | b'G' | b'x') {
                digits = prec;
                if digits == -1 {
                    digits = 6;
                }
            }
            let mut tail: Vec<u8> = Vec::new();
            let mut has_point = false;
            let mut saw_nonzero = false;
            let mut i = 1;
            while i < num.len() {
                match num[i] {
                    b'.' => has_point = true,
                    b'p' | b'P' => {
                        tail.extend_from_slice(&num[i..]);
                        num.truncate(i);
                        break;
                    }
                    b'e' | b'E' if verb != b'x' && verb != b'X' => {
                        tail.extend_from_slice(&num[i..]);
                        num.truncate(i);
                        break;
                    }
                    c => {
                        if c != b'0' {
                            saw_nonzero = true;
                        }
                        if saw_nonzero {
                            digits -= 1;
                        }
                    }
                }
                i += 1;
            }
            if !has_point {
                if num.len() == 2 && num[1] == b'0' {
                    digits -= 1;
                }
                num.push(b'.');
            }
            while digits > 0 {
                num.push(b'0');
                digits -= 1;
            }
            num.extend_from_slice(&tail);
        }
        if self.f.plus || num[0] != b'+' {
            if self.f.zero && self.f.wid_present && self.f.wid > num.len() as i64 {
                self.buf.push(num[0]);
                self.write_padding(self.f.wid - num.len() as i64);
                self.buf.extend_from_slice(&num[1..]);
                return;
            }
            self.pad(&num);
            return;
        }
        self.pad(&num[1..]);
    }

    fn pad_string(&mut self, s: &str) {
        self.pad(s.as_bytes());
    }

    // ---- fmt.pp: verbs by type ----------------------------------------------------------

    /// `badVerb`: `%!verb(type=value)`.
    fn bad_verb(&mut self, verb: char, arg: &Val) {
        self.buf.extend_from_slice(b"%!");
        self.push_rune(verb);
        self.buf.push(b'(');
        match arg {
            Val::Invalid | Val::Nil => self.buf.extend_from_slice(b"<nil>"),
            v => {
                self.buf.extend_from_slice(v.type_name().as_bytes());
                self.buf.push(b'=');
                self.print_arg(v, 'v');
            }
        }
        self.buf.push(b')');
    }

    fn push_rune(&mut self, r: char) {
        let mut b = [0u8; 4];
        self.buf.extend_from_slice(r.encode_utf8(&mut b).as_bytes());
    }

    fn fmt_bool(&mut self, v: bool, verb: char, arg: &Val) {
        match verb {
            't' | 'v' => self.fmt_boolean(v),
            _ => self.bad_verb(verb, arg),
        }
    }

    fn fmt_int(&mut self, v: u64, signed: bool, verb: char, arg: &Val) {
        match verb {
            'v' => {
                if self.f.sharp_v && !signed {
                    let sharp = self.f.sharp;
                    self.f.sharp = true;
                    self.fmt_integer(v, 16, false, 'v', LDIGITS);
                    self.f.sharp = sharp;
                } else {
                    self.fmt_integer(v, 10, signed, verb, LDIGITS);
                }
            }
            'd' => self.fmt_integer(v, 10, signed, verb, LDIGITS),
            'b' => self.fmt_integer(v, 2, signed, verb, LDIGITS),
            'o' | 'O' => self.fmt_integer(v, 8, signed, verb, LDIGITS),
            'x' => self.fmt_integer(v, 16, signed, verb, LDIGITS),
            'X' => self.fmt_integer(v, 16, signed, verb, UDIGITS),
            'c' => self.fmt_c(v),
            'q' => self.fmt_qc(v),
            'U' => self.fmt_unicode(v),
            _ => self.bad_verb(verb, arg),
        }
    }

    fn fmt_float(&mut self, v: f64, verb: char, arg: &Val) {
        match verb {
            'v' => self.fmt_float_prim(v, b'g', -1),
            'b' | 'g' | 'G' | 'x' | 'X' => self.fmt_float_prim(v, verb as u8, -1),
            'f' | 'e' | 'E' => self.fmt_float_prim(v, verb as u8, 6),
            'F' => self.fmt_float_prim(v, b'f', 6),
            _ => self.bad_verb(verb, arg),
        }
    }

    fn fmt_complex(&mut self, re: f64, im: f64, verb: char, arg: &Val) {
        match verb {
            'v' | 'b' | 'g' | 'G' | 'x' | 'X' | 'f' | 'F' | 'e' | 'E' => {
                let old_plus = self.f.plus;
                self.buf.push(b'(');
                self.fmt_float(re, verb, arg);
                self.f.plus = true;
                self.fmt_float(im, verb, arg);
                self.buf.extend_from_slice(b"i)");
                self.f.plus = old_plus;
            }
            _ => self.bad_verb(verb, arg),
        }
    }

    fn fmt_string(&mut self, s: &[u8], verb: char, arg: &Val) {
        match verb {
            'v' => {
                if self.f.sharp_v {
                    self.fmt_q(s);
                } else {
                    self.fmt_s(s);
                }
            }
            's' => self.fmt_s(s),
            'x' => self.fmt_sx(s, LDIGITS),
            'X' => self.fmt_sx(s, UDIGITS),
            'q' => self.fmt_q(s),
            _ => self.bad_verb(verb, arg),
        }
    }

    fn fmt_pointer(&mut self, arg: &Val, verb: char) {
        let u = match arg {
            Val::Map(m) => *m as *const _ as usize as u64,
            Val::List(l) => l.all.as_ptr() as usize as u64 + (l.lo * std::mem::size_of::<serde_json::Value>()) as u64,
            _ => return self.bad_verb(verb, arg),
        };
        match verb {
            'v' => {
                if self.f.sharp_v {
                    self.buf.push(b'(');
                    self.buf.extend_from_slice(arg.type_name().as_bytes());
                    self.buf.extend_from_slice(b")(");
                    self.fmt0x64(u, true);
                    self.buf.push(b')');
                } else {
                    self.fmt0x64(u, !self.f.sharp);
                }
            }
            'p' => self.fmt0x64(u, !self.f.sharp),
            'b' | 'o' | 'd' | 'x' | 'X' => self.fmt_int(u, false, verb, arg),
            _ => self.bad_verb(verb, arg),
        }
    }

    fn fmt0x64(&mut self, v: u64, leading0x: bool) {
        let sharp = self.f.sharp;
        self.f.sharp = leading0x;
        self.fmt_integer(v, 16, false, 'v', LDIGITS);
        self.f.sharp = sharp;
    }

    /// `printArg`: `arg` is the concrete value in an `any` (`Nil`/`Invalid`: a nil `any`).
    pub(crate) fn print_arg(&mut self, arg: &Val, verb: char) {
        if matches!(arg, Val::Nil | Val::Invalid) {
            match verb {
                'T' | 'v' => self.pad_string("<nil>"),
                _ => self.bad_verb(verb, arg),
            }
            return;
        }
        match verb {
            'T' => {
                let t = arg.type_name().to_string();
                self.fmt_s(t.as_bytes());
                return;
            }
            'p' => {
                self.fmt_pointer(arg, 'p');
                return;
            }
            _ => {}
        }
        self.print_concrete(arg, verb, 0);
    }

    fn print_concrete(&mut self, arg: &Val, verb: char, depth: usize) {
        match arg {
            Val::Invalid | Val::Nil => {
                if depth == 0 {
                    self.buf.extend_from_slice(b"<invalid reflect.Value>");
                } else if verb == 'v' {
                    self.buf.extend_from_slice(b"<nil>");
                } else {
                    self.bad_verb(verb, arg);
                }
            }
            Val::Bool(b) => self.fmt_bool(*b, verb, arg),
            Val::Int(i) | Val::I64(i) => self.fmt_int(*i as u64, true, verb, arg),
            Val::U8(u) => self.fmt_int(*u as u64, false, verb, arg),
            Val::F64(f) => self.fmt_float(*f, verb, arg),
            Val::Complex(re, im) => self.fmt_complex(*re, *im, verb, arg),
            Val::Str(s) => self.fmt_string(s, verb, arg),
            Val::Map(m) => {
                if self.f.sharp_v {
                    self.buf.extend_from_slice(b"map[string]interface {}{");
                } else {
                    self.buf.extend_from_slice(b"map[");
                }
                let mut keys: Vec<&String> = m.keys().collect();
                keys.sort_unstable();
                for (i, k) in keys.into_iter().enumerate() {
                    if i > 0 {
                        if self.f.sharp_v {
                            self.buf.extend_from_slice(b", ");
                        } else {
                            self.buf.push(b' ');
                        }
                    }
                    self.print_concrete(&Val::Str(k.as_bytes().into()), verb, depth + 1);
                    self.buf.push(b':');
                    self.print_value(&V::json(&m[k]), verb, depth + 1);
                }
                self.buf.push(if self.f.sharp_v { b'}' } else { b']' });
            }
            Val::List(l) => {
                if self.f.sharp_v {
                    self.buf.extend_from_slice(b"[]interface {}{");
                } else {
                    self.buf.push(b'[');
                }
                for i in 0..l.len() {
                    if i > 0 {
                        if self.f.sharp_v {
                            self.buf.extend_from_slice(b", ");
                        } else {
                            self.buf.push(b' ');
                        }
                    }
                    self.print_value(&l.get(i), verb, depth + 1);
                }
                self.buf.push(if self.f.sharp_v { b'}' } else { b']' });
            }
        }
    }

    /// `printValue` of a map or list element: an `interface{}`, nil or holding a value.
    fn print_value(&mut self, v: &V, verb: char, depth: usize) {
        if v.boxed && matches!(v.val, Val::Nil) {
            if self.f.sharp_v {
                self.buf.extend_from_slice(b"interface {}(nil)");
            } else {
                self.buf.extend_from_slice(b"<nil>");
            }
            return;
        }
        let inner_depth = if v.boxed { depth + 1 } else { depth };
        self.print_concrete(&v.val, verb, inner_depth);
    }

    // ---- Sprint, Sprintln, Sprintf ------------------------------------------------------

    /// `fmt.Sprint(args...)`.
    pub(crate) fn do_print(&mut self, args: &[V]) {
        let mut prev_string = false;
        for (i, a) in args.iter().enumerate() {
            let a = concrete(a);
            let is_string = matches!(a, Val::Str(_));
            if i > 0 && !is_string && !prev_string {
                self.buf.push(b' ');
            }
            self.f = Flags::default();
            self.print_arg(&a, 'v');
            prev_string = is_string;
        }
    }

    /// `fmt.Sprintln(args...)`.
    pub(crate) fn do_println(&mut self, args: &[V]) {
        for (i, a) in args.iter().enumerate() {
            if i > 0 {
                self.buf.push(b' ');
            }
            self.f = Flags::default();
            self.print_arg(&concrete(a), 'v');
        }
        self.buf.push(b'\n');
    }

    fn int_from_arg(args: &[Val], arg_num: usize) -> (i64, bool, usize) {
        let mut new = arg_num;
        let (mut num, mut is_int) = (0i64, false);
        if arg_num < args.len() {
            match &args[arg_num] {
                Val::Int(i) | Val::I64(i) => {
                    num = *i;
                    is_int = true;
                }
                Val::U8(u) => {
                    num = *u as i64;
                    is_int = true;
                }
                _ => {}
            }
            new = arg_num + 1;
            if !(-1_000_000..=1_000_000).contains(&num) {
                num = 0;
                is_int = false;
            }
        }
        (num, is_int, new)
    }

    fn parse_arg_number(format: &[u8]) -> (i64, usize, bool) {
        if format.len() < 3 {
            return (0, 1, false);
        }
        for i in 1..format.len() {
            if format[i] == b']' {
                let (width, ok, newi) = parsenum(format, 1, i);
                if !ok || newi != i {
                    return (0, i + 1, false);
                }
                return (width - 1, i + 1, true);
            }
        }
        (0, 1, false)
    }

    fn arg_number(&mut self, arg_num: usize, format: &[u8], i: usize, num_args: usize) -> (usize, usize, bool) {
        if format.len() <= i || format[i] != b'[' {
            return (arg_num, i, false);
        }
        self.reordered = true;
        let (index, wid, ok) = Self::parse_arg_number(&format[i..]);
        if ok && 0 <= index && (index as usize) < num_args {
            return (index as usize, i + wid, true);
        }
        self.good_arg_num = false;
        (arg_num, i + wid, ok)
    }

    /// `fmt.Sprintf(format, args...)`.
    pub(crate) fn do_printf(&mut self, format: &[u8], args: &[V]) {
        let a: Vec<Val> = args.iter().map(concrete).collect();
        let end = format.len();
        let mut arg_num = 0usize;
        let mut after_index;
        self.reordered = false;
        let mut i = 0usize;
        'format: while i < end {
            self.good_arg_num = true;
            let lasti = i;
            while i < end && format[i] != b'%' {
                i += 1;
            }
            if i > lasti {
                self.buf.extend_from_slice(&format[lasti..i]);
            }
            if i >= end {
                break;
            }
            i += 1;
            self.f = Flags::default();
            'simple: while i < end {
                let c = format[i];
                match c {
                    b'#' => self.f.sharp = true,
                    b'0' => self.f.zero = !self.f.minus,
                    b'+' => self.f.plus = true,
                    b'-' => {
                        self.f.minus = true;
                        self.f.zero = false;
                    }
                    b' ' => self.f.space = true,
                    _ => {
                        if c.is_ascii_lowercase() && arg_num < a.len() {
                            if c == b'v' {
                                self.f.sharp_v = self.f.sharp;
                                self.f.sharp = false;
                                self.f.plus_v = self.f.plus;
                                self.f.plus = false;
                            }
                            self.print_arg(&a[arg_num], c as char);
                            arg_num += 1;
                            i += 1;
                            continue 'format;
                        }
                        break 'simple;
                    }
                }
                i += 1;
            }
            (arg_num, i, after_index) = self.arg_number(arg_num, format, i, a.len());
            if i < end && format[i] == b'*' {
                i += 1;
                (self.f.wid, self.f.wid_present, arg_num) = Self::int_from_arg(&a, arg_num);
                if !self.f.wid_present {
                    self.buf.extend_from_slice(b"%!(BADWIDTH)");
                }
                if self.f.wid < 0 {
                    self.f.wid = -self.f.wid;
                    self.f.minus = true;
                    self.f.zero = false;
                }
                after_index = false;
            } else {
                (self.f.wid, self.f.wid_present, i) = parsenum(format, i, end);
                if after_index && self.f.wid_present {
                    self.good_arg_num = false;
                }
            }
            if i + 1 < end && format[i] == b'.' {
                i += 1;
                if after_index {
                    self.good_arg_num = false;
                }
                (arg_num, i, after_index) = self.arg_number(arg_num, format, i, a.len());
                if i < end && format[i] == b'*' {
                    i += 1;
                    (self.f.prec, self.f.prec_present, arg_num) = Self::int_from_arg(&a, arg_num);
                    if self.f.prec < 0 {
                        self.f.prec = 0;
                        self.f.prec_present = false;
                    }
                    if !self.f.prec_present {
                        self.buf.extend_from_slice(b"%!(BADPREC)");
                    }
                    after_index = false;
                } else {
                    (self.f.prec, self.f.prec_present, i) = parsenum(format, i, end);
                    if !self.f.prec_present {
                        self.f.prec = 0;
                        self.f.prec_present = true;
                    }
                }
            }
            if !after_index {
                (arg_num, i, _) = self.arg_number(arg_num, format, i, a.len());
            }
            if i >= end {
                self.buf.extend_from_slice(b"%!(NOVERB)");
                break;
            }
            (i, arg_num) = self.verb(format, i, arg_num, &a);
        }
        if !self.reordered && arg_num < a.len() {
            self.extra_args(&a[arg_num..]);
        }
    }

    /// Go's `%!(EXTRA type=value, ...)` for arguments no verb used.
    fn extra_args(&mut self, rest: &[Val]) {
        self.f = Flags::default();
        self.buf.extend_from_slice(b"%!(EXTRA ");
        for (k, arg) in rest.iter().enumerate() {
            if k > 0 {
                self.buf.extend_from_slice(b", ");
            }
            if matches!(arg, Val::Nil | Val::Invalid) {
                self.buf.extend_from_slice(b"<nil>");
            } else {
                self.buf.extend_from_slice(arg.type_name().as_bytes());
                self.buf.push(b'=');
                self.print_arg(arg, 'v');
            }
        }
        self.buf.push(b')');
    }

    /// One verb at `format[i..]` (after the flags, width and precision) for argument
    /// `arg_num`: printed, or Go's `%!v(BADINDEX)` / `%!v(MISSING)`. Returns the index after
    /// the verb and the next argument's number.
    fn verb(&mut self, format: &[u8], mut i: usize, mut arg_num: usize, a: &[Val]) -> (usize, usize) {
        let (mut verb, mut size) = (format[i] as char, 1);
        if format[i] >= 0x80 {
            (verb, size) = decode_rune(&format[i..]);
        }
        i += size;
        if verb == '%' {
            self.buf.push(b'%');
        } else if !self.good_arg_num {
            self.buf.extend_from_slice(b"%!");
            self.push_rune(verb);
            self.buf.extend_from_slice(b"(BADINDEX)");
        } else if arg_num >= a.len() {
            self.buf.extend_from_slice(b"%!");
            self.push_rune(verb);
            self.buf.extend_from_slice(b"(MISSING)");
        } else {
            if verb == 'v' {
                self.f.sharp_v = self.f.sharp;
                self.f.sharp = false;
                self.f.plus_v = self.f.plus;
                self.f.plus = false;
            }
            self.print_arg(&a[arg_num], verb);
            arg_num += 1;
        }
        (i, arg_num)
    }
}

/// `parsenum`: a decimal number at `s[start..end]`.
fn parsenum(s: &[u8], start: usize, end: usize) -> (i64, bool, usize) {
    if start >= end {
        return (0, false, end);
    }
    let (mut num, mut isnum, mut newi) = (0i64, false, start);
    while newi < end && s[newi].is_ascii_digit() {
        if !(-1_000_000..=1_000_000).contains(&num) {
            return (0, false, end);
        }
        num = num * 10 + (s[newi] - b'0') as i64;
        isnum = true;
        newi += 1;
    }
    (num, isnum, newi)
}

/// `fmt.Sprint(args...)`.
pub(crate) fn sprint(args: &[V]) -> Vec<u8> {
    let mut p = Printer::new();
    p.do_print(args);
    p.buf
}

/// `fmt.Sprintln(args...)`.
pub(crate) fn sprintln(args: &[V]) -> Vec<u8> {
    let mut p = Printer::new();
    p.do_println(args);
    p.buf
}

/// `fmt.Sprintf(format, args...)`.
pub(crate) fn sprintf(format: &[u8], args: &[V]) -> Vec<u8> {
    let mut p = Printer::new();
    p.do_printf(format, args);
    p.buf
}

/// `fmt.Sprintf(verb, v)` for one value with a simple verb (`%v`, `%s`, `%+v`).
pub(crate) fn sprint_verb(v: &V, verb: &str) -> Vec<u8> {
    sprintf(verb.as_bytes(), std::slice::from_ref(v))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pf(format: &str, args: &[V]) -> String {
        String::from_utf8(sprintf(format.as_bytes(), args)).unwrap()
    }

    #[test]
    fn verbs() {
        let s = || V::str("ab");
        let i = |n| V::of(Val::I64(n));
        let f = |x| V::of(Val::F64(x));
        assert_eq!(
            pf("%05s|%-5d|%x|%X|% x", &[s(), i(3), V::str("hi"), f(3.5), V::str("abc")]),
            "000ab|3    |6869|0X1.CP+01|61 62 63"
        );
        assert_eq!(pf("%d", &[s()]), "%!d(string=ab)");
        assert_eq!(pf("%5d", &[s()]), "%!d(string=   ab)");
        assert_eq!(pf("%d %d", &[i(1)]), "1 %!d(MISSING)");
        assert_eq!(pf("%d", &[i(1), s()]), "1%!(EXTRA string=ab)");
        assert_eq!(
            pf("%q %c %U %#U", &[i(65), i(66), i(0x1F600), i(0x41)]),
            "'A' B U+1F600 U+0041 'A'"
        );
        assert_eq!(
            pf(
                "%+d %08.3f %e %g %t",
                &[i(5), f(-3.14259), f(1234.5678), f(1e21), V::of(Val::Bool(true))]
            ),
            "+5 -003.143 1.234568e+03 1e+21 true"
        );
        assert_eq!(
            pf("%*d|%-*d|%.*f", &[i(4), i(7), i(3), i(8), i(2), f(1.0)]),
            "   7|8  |1.00"
        );
        assert_eq!(pf("%[2]d %[1]d", &[i(1), i(2)]), "2 1");
        assert_eq!(pf("%!", &[]), "%!!(MISSING)");
        assert_eq!(pf("%", &[]), "%!(NOVERB)");
        assert_eq!(pf("%#x %#o %b %o", &[i(255), i(8), i(5), i(8)]), "0xff 010 101 10");
        assert_eq!(pf("%T %T %v", &[i(1), V::INVALID, V::INVALID]), "int64 <nil> <nil>");
        assert_eq!(
            pf("%6.2f|%-8.3s|%q", &[f(3.14259), V::str("abcdef"), V::str("a\"b")]),
            "  3.14|abc     |\"a\\\"b\""
        );
    }

    #[test]
    fn composites() {
        let v: serde_json::Value = serde_json::json!({"b": [1, "x", null, {"z": 1.5}], "a": true});
        let m = V::root(&v);
        assert_eq!(
            String::from_utf8(sprint_verb(&m, "%v")).unwrap(),
            "map[a:true b:[1 x <nil> map[z:1.5]]]"
        );
        assert_eq!(
            String::from_utf8(sprint_verb(&m, "%#v")).unwrap(),
            "map[string]interface {}{\"a\":true, \"b\":[]interface {}{1, \"x\", interface {}(nil), map[string]interface {}{\"z\":1.5}}}"
        );
        assert_eq!(
            String::from_utf8(sprint_verb(&m, "%d")).unwrap(),
            "map[%!d(string=a):%!d(bool=true) %!d(string=b):[1 %!d(string=x) <nil> map[%!d(string=z):%!d(float64=1.5)]]]"
        );
    }

    #[test]
    fn print_spacing() {
        let out = sprint(&[
            V::of(Val::Int(1)),
            V::of(Val::Int(2)),
            V::str("a"),
            V::of(Val::Int(3)),
            V::INVALID,
        ]);
        assert_eq!(String::from_utf8(out).unwrap(), "1 2a3 <nil>");
        assert_eq!(
            String::from_utf8(sprintln(&[V::str("a"), V::str("b")])).unwrap(),
            "a b\n"
        );
    }
}
