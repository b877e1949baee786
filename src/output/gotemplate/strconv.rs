//! Go's `strconv` and `unicode/utf8` pieces the engine needs: rune decoding, `IsPrint`,
//! quoting, unquoting, number parsing and float formatting.

/// `utf8.RuneError`.
pub(crate) const RUNE_ERROR: char = '\u{FFFD}';

/// `utf8.DecodeRune`: the rune at the start of `b` and its width; an invalid byte decodes
/// as `(RuneError, 1)`, an empty input as `(RuneError, 0)`.
pub(crate) fn decode_rune(b: &[u8]) -> (char, usize) {
    let Some(&c) = b.first() else {
        return (RUNE_ERROR, 0);
    };
    let n = match c {
        0x00..=0x7f => return (c as char, 1),
        0xc0..=0xdf => 2,
        0xe0..=0xef => 3,
        0xf0..=0xf7 => 4,
        _ => return (RUNE_ERROR, 1),
    };
    match b.get(..n).map(std::str::from_utf8) {
        Some(Ok(s)) => (s.chars().next().unwrap_or(RUNE_ERROR), n),
        _ => (RUNE_ERROR, 1),
    }
}

/// `utf8.RuneCount`.
pub(crate) fn rune_count(b: &[u8]) -> usize {
    match std::str::from_utf8(b) {
        Ok(s) => s.chars().count(),
        Err(_) => {
            let (mut i, mut n) = (0, 0);
            while i < b.len() {
                i += decode_rune(&b[i..]).1;
                n += 1;
            }
            n
        }
    }
}

/// The runes of `b` with their byte offsets, as Go's `for i, r := range s`.
pub(crate) fn runes(b: &[u8]) -> impl Iterator<Item = (usize, char, usize)> + '_ {
    let mut i = 0;
    std::iter::from_fn(move || {
        if i >= b.len() {
            return None;
        }
        let (r, w) = decode_rune(&b[i..]);
        let at = i;
        i += w;
        Some((at, r, w))
    })
}

/// `unicode.IsPrint` / `strconv.IsPrint`: letters, marks, numbers, punctuation, symbols and
/// the ASCII space. (Rust's own notion of printable, used by `escape_debug`, excludes the
/// same categories: controls, formats, surrogates, private use, unassigned, separators.)
pub(crate) fn is_print(c: char) -> bool {
    if c.is_ascii() {
        return (' '..='~').contains(&c);
    }
    // `str::escape_debug` escapes grapheme extenders only at the start of the string.
    let s = format!("a{c}");
    let mut it = s.escape_debug();
    it.next() == Some('a') && it.next() == Some(c) && it.next().is_none()
}

/// `unicode.IsLetter` (approximated by Rust's alphabetic property).
pub(crate) fn is_letter(c: char) -> bool {
    c.is_alphabetic()
}

/// `unicode.IsDigit`.
pub(crate) fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || (!c.is_ascii() && c.is_numeric())
}

const LOWER_HEX: &[u8; 16] = b"0123456789abcdef";

fn push_escaped_rune(out: &mut Vec<u8>, r: char, quote: char, ascii_only: bool) {
    if r == quote || r == '\\' {
        out.push(b'\\');
        out.push(r as u8);
        return;
    }
    if ascii_only {
        if r.is_ascii() && is_print(r) {
            out.push(r as u8);
            return;
        }
    } else if is_print(r) {
        let mut b = [0u8; 4];
        out.extend_from_slice(r.encode_utf8(&mut b).as_bytes());
        return;
    }
    match r {
        '\u{7}' => out.extend_from_slice(b"\\a"),
        '\u{8}' => out.extend_from_slice(b"\\b"),
        '\u{c}' => out.extend_from_slice(b"\\f"),
        '\n' => out.extend_from_slice(b"\\n"),
        '\r' => out.extend_from_slice(b"\\r"),
        '\t' => out.extend_from_slice(b"\\t"),
        '\u{b}' => out.extend_from_slice(b"\\v"),
        r if (r as u32) < 0x20 || r as u32 == 0x7f => {
            out.extend_from_slice(b"\\x");
            out.push(LOWER_HEX[(r as usize >> 4) & 0xf]);
            out.push(LOWER_HEX[r as usize & 0xf]);
        }
        r if (r as u32) < 0x10000 => {
            out.extend_from_slice(b"\\u");
            for s in [12, 8, 4, 0] {
                out.push(LOWER_HEX[(r as usize >> s) & 0xf]);
            }
        }
        r => {
            out.extend_from_slice(b"\\U");
            for s in [28, 24, 20, 16, 12, 8, 4, 0] {
                out.push(LOWER_HEX[(r as usize >> s) & 0xf]);
            }
        }
    }
}

/// `strconv.Quote` (or `QuoteToASCII`) of a byte string.
pub(crate) fn quote_bytes(s: &[u8], ascii_only: bool) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len() + 2);
    out.push(b'"');
    for (at, r, w) in runes(s) {
        if w == 1 && r == RUNE_ERROR {
            out.extend_from_slice(b"\\x");
            out.push(LOWER_HEX[(s[at] >> 4) as usize]);
            out.push(LOWER_HEX[(s[at] & 0xf) as usize]);
            continue;
        }
        push_escaped_rune(&mut out, r, '"', ascii_only);
    }
    out.push(b'"');
    out
}

/// `strconv.Quote`.
pub(crate) fn quote(s: &str) -> String {
    String::from_utf8(quote_bytes(s.as_bytes(), false)).unwrap_or_default()
}

/// `strconv.QuoteRune` (or `QuoteRuneToASCII`).
pub(crate) fn quote_rune(r: char, ascii_only: bool) -> Vec<u8> {
    let mut out = vec![b'\''];
    push_escaped_rune(&mut out, r, '\'', ascii_only);
    out.push(b'\'');
    out
}

/// `strconv.CanBackquote`.
pub(crate) fn can_backquote(s: &[u8]) -> bool {
    for (_, r, w) in runes(s) {
        if w > 1 {
            if r == '\u{feff}' {
                return false;
            }
            continue;
        }
        if r == RUNE_ERROR {
            return false;
        }
        if (r < ' ' && r != '\t') || r == '`' || r == '\u{7f}' {
            return false;
        }
    }
    true
}

/// `strconv.UnquoteChar`: the value at the start of `s` (as a rune, or a single byte for
/// `\x` and octal escapes), and the rest.
fn unquote_char(s: &[u8], quote: u8) -> Result<(u32, bool, &[u8]), ()> {
    let c = *s.first().ok_or(())?;
    if c == quote && (quote == b'\'' || quote == b'"') {
        return Err(());
    }
    if c >= 0x80 {
        let (r, w) = decode_rune(s);
        return Ok((r as u32, true, &s[w..]));
    }
    if c != b'\\' {
        return Ok((c as u32, true, &s[1..]));
    }
    let c = *s.get(1).ok_or(())?;
    let s = &s[2..];
    let simple = match c {
        b'a' => Some(7),
        b'b' => Some(8),
        b'f' => Some(12),
        b'n' => Some(10),
        b'r' => Some(13),
        b't' => Some(9),
        b'v' => Some(11),
        b'\\' => Some(b'\\' as u32),
        b'\'' | b'"' => {
            if c != quote {
                return Err(());
            }
            Some(c as u32)
        }
        _ => None,
    };
    if let Some(v) = simple {
        return Ok((v, true, s));
    }
    match c {
        b'x' | b'u' | b'U' => {
            let n = match c {
                b'x' => 2,
                b'u' => 4,
                _ => 8,
            };
            if s.len() < n {
                return Err(());
            }
            let mut v = 0u32;
            for &d in &s[..n] {
                v = (v << 4) | (d as char).to_digit(16).ok_or(())?;
            }
            if c == b'x' {
                return Ok((v, false, &s[n..]));
            }
            if char::from_u32(v).is_none() {
                return Err(());
            }
            Ok((v, true, &s[n..]))
        }
        b'0'..=b'7' => {
            if s.len() < 2 {
                return Err(());
            }
            let mut v = (c - b'0') as u32;
            for &d in &s[..2] {
                if !(b'0'..=b'7').contains(&d) {
                    return Err(());
                }
                v = (v << 3) | (d - b'0') as u32;
            }
            if v > 255 {
                return Err(());
            }
            Ok((v, false, &s[2..]))
        }
        _ => Err(()),
    }
}

fn push_value(out: &mut Vec<u8>, v: u32, rune: bool) {
    if rune {
        let c = char::from_u32(v).unwrap_or(RUNE_ERROR);
        let mut b = [0u8; 4];
        out.extend_from_slice(c.encode_utf8(&mut b).as_bytes());
    } else {
        out.push(v as u8);
    }
}

/// `strconv.Unquote` of a `"..."` or `` `...` `` literal (the lexer has checked its shape).
pub(crate) fn unquote(s: &str) -> Result<Vec<u8>, &'static str> {
    let b = s.as_bytes();
    if b.len() < 2 || b[0] != b[b.len() - 1] {
        return Err("invalid syntax");
    }
    let (q, mut inner) = (b[0], &b[1..b.len() - 1]);
    if q == b'`' {
        if inner.contains(&b'`') {
            return Err("invalid syntax");
        }
        return Ok(inner.iter().copied().filter(|&c| c != b'\r').collect());
    }
    if q != b'"' {
        return Err("invalid syntax");
    }
    let mut out = Vec::with_capacity(inner.len());
    while !inner.is_empty() {
        if inner[0] == b'\n' {
            return Err("invalid syntax");
        }
        let (v, rune, rest) = unquote_char(inner, q).map_err(|_| "invalid syntax")?;
        push_value(&mut out, v, rune);
        inner = rest;
    }
    Ok(out)
}

/// A character constant `'x'`: its rune, as the template parser reads it.
pub(crate) fn unquote_char_constant(text: &str) -> Result<i64, String> {
    let b = text.as_bytes();
    let (v, _, tail) = unquote_char(&b[1..], b'\'').map_err(|_| "invalid syntax".to_string())?;
    if tail != b"'" {
        return Err(format!("malformed character constant: {text}"));
    }
    Ok(v as i64)
}

// ---- number parsing ---------------------------------------------------------------------

/// `strconv.ParseUint(s, 0, 64)`.
pub(crate) fn parse_uint(s: &str) -> Option<u64> {
    if s.is_empty() || s.starts_with(['+', '-']) {
        return None;
    }
    let (base, digits) = match s.as_bytes() {
        [b'0', b'x' | b'X', ..] => (16, &s[2..]),
        [b'0', b'o' | b'O', ..] => (8, &s[2..]),
        [b'0', b'b' | b'B', ..] => (2, &s[2..]),
        [b'0', _, ..] => (8, &s[1..]),
        _ => (10, s),
    };
    if digits.contains('_') && !crate::output::yaml::underscore_ok(s) {
        return None;
    }
    let digits: String = digits.chars().filter(|&c| c != '_').collect();
    if digits.is_empty() {
        return None;
    }
    u64::from_str_radix(&digits, base).ok()
}

/// `strconv.ParseInt(s, 0, 64)`.
pub(crate) fn parse_int(s: &str) -> Option<i64> {
    let (neg, rest) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let u = parse_uint(rest)?;
    if neg {
        if u <= 1u64 << 63 {
            Some((u as i64).wrapping_neg())
        } else {
            None
        }
    } else if u < 1u64 << 63 {
        Some(u as i64)
    } else {
        None
    }
}

/// `strconv.ParseFloat(s, 64)` for the number shapes the lexer produces (decimal and
/// hexadecimal, with underscores after a base prefix). Out of range is an error.
pub(crate) fn parse_float(s: &str) -> Option<f64> {
    if s.contains('_') && !crate::output::yaml::underscore_ok(s) {
        return None;
    }
    let t: String = s.chars().filter(|&c| c != '_').collect();
    let (neg, body) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, &t[..]),
    };
    let v = if body.len() > 1 && body.as_bytes()[0] == b'0' && matches!(body.as_bytes()[1], b'x' | b'X') {
        parse_hex_float(&body[2..])?
    } else {
        if body.is_empty()
            || !body
                .bytes()
                .all(|c| c.is_ascii_digit() || matches!(c, b'.' | b'e' | b'E' | b'+' | b'-'))
        {
            return None;
        }
        if body.starts_with(['e', 'E']) || !body.bytes().any(|c| c.is_ascii_digit()) {
            return None;
        }
        let v: f64 = body.parse().ok()?;
        if v.is_infinite() {
            return None;
        }
        v
    };
    Some(if neg { -v } else { v })
}

fn parse_hex_float(s: &str) -> Option<f64> {
    let (mant, exp) = match s.find(['p', 'P']) {
        Some(i) => (&s[..i], Some(&s[i + 1..])),
        None => (s, None),
    };
    let (int, frac) = match mant.find('.') {
        Some(i) => (&mant[..i], &mant[i + 1..]),
        None => (mant, ""),
    };
    if int.is_empty() && frac.is_empty() {
        return None;
    }
    // A hex mantissa without an exponent is an integer (handled by ParseInt), or invalid.
    let exp: i64 = match exp {
        Some(e) if !e.is_empty() => e.parse().ok()?,
        _ => return None,
    };
    let mut v = 0f64;
    for c in int.chars() {
        v = v * 16.0 + c.to_digit(16)? as f64;
    }
    let mut scale = 1.0 / 16.0;
    for c in frac.chars() {
        v += c.to_digit(16)? as f64 * scale;
        scale /= 16.0;
    }
    let r = v * 2f64.powi(exp.clamp(-2000, 2000) as i32);
    if r.is_infinite() { None } else { Some(r) }
}

// ---- float formatting -------------------------------------------------------------------

/// More decimal digits than any double's exact expansion has (767 significant, 1074 after
/// the point), and fewer than Rust's formatter accepts as a precision.
const EXACT_DIGITS: usize = 1100;

/// Decimal digits `d` (no trailing zeros) with the decimal point at `dp`.
struct Digits {
    d: Vec<u8>,
    dp: i64,
}

/// The digits of `|v|` from Rust's `{:e}` rendering (`prec` digits after the point, or the
/// shortest that round-trips), trailing zeros trimmed; zero has none.
fn digits(v: f64, prec: Option<usize>) -> Digits {
    let s = match prec {
        // Rust's formatter takes at most u16::MAX digits; a double's exact expansion has at
        // most 767 significant ones, so digits past 1100 are zeros (trimmed below anyway).
        Some(p) => format!("{:.*e}", p.min(EXACT_DIGITS), v.abs()),
        None => format!("{:e}", v.abs()),
    };
    let (m, e) = s.split_once('e').unwrap_or((&s, "0"));
    let mut d: Vec<u8> = m.bytes().filter(|c| c.is_ascii_digit()).collect();
    let exp: i64 = e.parse().unwrap_or(0);
    while d.last() == Some(&b'0') {
        d.pop();
    }
    if d.is_empty() {
        return Digits { d, dp: 0 };
    }
    Digits { d, dp: exp + 1 }
}

fn fmt_e(out: &mut Vec<u8>, neg: bool, d: &Digits, prec: i64, fmt: u8) {
    if neg {
        out.push(b'-');
    }
    out.push(d.d.first().copied().unwrap_or(b'0'));
    if prec > 0 {
        out.push(b'.');
        let mut i = 1i64;
        let m = (d.d.len() as i64).min(prec + 1);
        if i < m {
            out.extend_from_slice(&d.d[1..m as usize]);
            i = m;
        }
        while i <= prec {
            out.push(b'0');
            i += 1;
        }
    }
    out.push(fmt);
    let mut exp = d.dp - 1;
    if d.d.is_empty() {
        exp = 0;
    }
    if exp < 0 {
        out.push(b'-');
        exp = -exp;
    } else {
        out.push(b'+');
    }
    if exp < 10 {
        out.push(b'0');
    }
    out.extend_from_slice(exp.to_string().as_bytes());
}

fn fmt_f(out: &mut Vec<u8>, neg: bool, d: &Digits, prec: i64) {
    if neg {
        out.push(b'-');
    }
    if d.dp > 0 {
        let m = (d.d.len() as i64).min(d.dp) as usize;
        out.extend_from_slice(&d.d[..m]);
        for _ in m as i64..d.dp {
            out.push(b'0');
        }
    } else {
        out.push(b'0');
    }
    if prec > 0 {
        out.push(b'.');
        for i in 1..=prec {
            let j = d.dp + i - 1;
            out.push(if 0 <= j && (j as usize) < d.d.len() {
                d.d[j as usize]
            } else {
                b'0'
            });
        }
    }
}

fn fmt_b(out: &mut Vec<u8>, v: f64) {
    let bits = v.to_bits();
    let neg = bits >> 63 != 0;
    let mut exp = ((bits >> 52) & 0x7ff) as i64;
    let mut mant = bits & ((1 << 52) - 1);
    if exp == 0 {
        exp += 1;
    } else {
        mant |= 1 << 52;
    }
    exp += -1023 - 52;
    if neg {
        out.push(b'-');
    }
    out.extend_from_slice(mant.to_string().as_bytes());
    out.push(b'p');
    if exp >= 0 {
        out.push(b'+');
    }
    out.extend_from_slice(exp.to_string().as_bytes());
}

fn fmt_x(out: &mut Vec<u8>, v: f64, prec: i64, fmt: u8) {
    let bits = v.to_bits();
    let neg = bits >> 63 != 0;
    let mut exp = ((bits >> 52) & 0x7ff) as i64;
    let mut mant = bits & ((1 << 52) - 1);
    if exp == 0 {
        exp += 1;
    } else {
        mant |= 1 << 52;
    }
    exp -= 1023;
    if mant == 0 {
        exp = 0;
    }
    mant <<= 60 - 52;
    while mant != 0 && mant & (1 << 60) == 0 {
        mant <<= 1;
        exp -= 1;
    }
    if (0..15).contains(&prec) {
        let shift = (prec * 4) as u32;
        let extra = (mant << shift) & ((1 << 60) - 1);
        mant >>= 60 - shift;
        if extra | (mant & 1) > 1 << 59 {
            mant += 1;
        }
        mant <<= 60 - shift;
        if mant & (1 << 61) != 0 {
            mant >>= 1;
            exp += 1;
        }
    }
    let hex: &[u8; 16] = if fmt == b'X' { b"0123456789ABCDEF" } else { LOWER_HEX };
    if neg {
        out.push(b'-');
    }
    out.extend_from_slice(&[b'0', fmt, b'0' + ((mant >> 60) & 1) as u8]);
    mant <<= 4;
    if prec < 0 && mant != 0 {
        out.push(b'.');
        while mant != 0 {
            out.push(hex[((mant >> 60) & 15) as usize]);
            mant <<= 4;
        }
    } else if prec > 0 {
        out.push(b'.');
        for _ in 0..prec {
            out.push(hex[((mant >> 60) & 15) as usize]);
            mant <<= 4;
        }
    }
    out.push(if fmt == b'X' { b'P' } else { b'p' });
    if exp < 0 {
        out.push(b'-');
        exp = -exp;
    } else {
        out.push(b'+');
    }
    if exp < 10 {
        out.push(b'0');
    }
    out.extend_from_slice(exp.to_string().as_bytes());
}

/// `strconv.AppendFloat(out, v, fmt, prec, 64)` for `fmt` in `beEfgGxX` (`prec < 0`: the
/// shortest representation).
pub(crate) fn format_float(out: &mut Vec<u8>, v: f64, fmt: u8, prec: i64) {
    if v.is_nan() {
        out.extend_from_slice(b"NaN");
        return;
    }
    if v.is_infinite() {
        out.extend_from_slice(if v > 0.0 { b"+Inf" } else { b"-Inf" });
        return;
    }
    let neg = v.is_sign_negative();
    match fmt {
        b'b' => return fmt_b(out, v),
        b'x' | b'X' => return fmt_x(out, v, prec, fmt),
        _ => {}
    }
    let shortest = prec < 0;
    let mut prec = prec;
    if fmt == b'f' && !shortest {
        // Past 1074 fractional digits a double's expansion is all zeros.
        let exact = (prec as usize).min(EXACT_DIGITS);
        let s = format!("{:.*}", exact, v.abs());
        if neg {
            out.push(b'-');
        }
        out.extend_from_slice(s.as_bytes());
        out.resize(out.len() + (prec as usize - exact), b'0');
        return;
    }
    let d = if shortest {
        let d = digits(v, None);
        let nd = d.d.len() as i64;
        prec = match fmt {
            b'e' | b'E' => (nd - 1).max(0),
            b'f' => (nd - d.dp).max(0),
            _ => nd,
        };
        d
    } else {
        match fmt {
            b'e' | b'E' => digits(v, Some(prec as usize)),
            _ => {
                if prec == 0 {
                    prec = 1;
                }
                digits(v, Some(prec as usize - 1))
            }
        }
    };
    match fmt {
        b'e' | b'E' => fmt_e(out, neg, &d, prec, fmt),
        b'f' => fmt_f(out, neg, &d, prec),
        _ => {
            let nd = d.d.len() as i64;
            let mut eprec = prec;
            if eprec > nd && nd >= d.dp {
                eprec = nd;
            }
            if shortest {
                eprec = 6;
            }
            let exp = d.dp - 1;
            if exp < -4 || exp >= eprec {
                if prec > nd {
                    prec = nd;
                }
                fmt_e(out, neg, &d, prec - 1, fmt + b'e' - b'g');
            } else {
                if prec > d.dp {
                    prec = nd;
                }
                fmt_f(out, neg, &d, (prec - d.dp).max(0));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn huge_precisions_do_not_panic() {
        // Found by the gotemplate fuzz target: Rust's formatter panics past u16::MAX digits.
        let mut out = Vec::new();
        format_float(&mut out, 1.5, b'e', 70_000);
        assert_eq!(out.len(), "1.".len() + 70_000 + "e+00".len());
        assert!(out.starts_with(b"1.5000"));
        let mut out = Vec::new();
        format_float(&mut out, -0.25, b'f', 70_000);
        assert_eq!(out.len(), "-0.".len() + 70_000);
        assert!(out.starts_with(b"-0.2500"));
        let mut out = Vec::new();
        format_float(&mut out, 0.1, b'g', 70_000);
        assert!(
            out.starts_with(b"0.1000000000000000055511151231257827"),
            "{}",
            String::from_utf8_lossy(&out[..40])
        );
    }

    fn ff(v: f64, fmt: u8, prec: i64) -> String {
        let mut out = Vec::new();
        format_float(&mut out, v, fmt, prec);
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn floats() {
        assert_eq!(ff(1.5, b'g', -1), "1.5");
        assert_eq!(ff(1e6, b'g', -1), "1e+06");
        assert_eq!(ff(123456.0, b'g', -1), "123456");
        assert_eq!(ff(1.2345678901234567e19, b'g', -1), "1.2345678901234567e+19");
        assert_eq!(ff(0.0001, b'g', -1), "0.0001");
        assert_eq!(ff(0.00001, b'g', -1), "1e-05");
        assert_eq!(ff(0.0, b'g', -1), "0");
        assert_eq!(ff(-0.0, b'g', -1), "-0");
        assert_eq!(ff(3.14259, b'f', 2), "3.14");
        assert_eq!(ff(2.5, b'f', 0), "2");
        assert_eq!(ff(3.0, b'e', 6), "3.000000e+00");
        assert_eq!(ff(0.0, b'e', -1), "0e+00");
        assert_eq!(ff(1234.5678, b'g', 3), "1.23e+03");
        assert_eq!(ff(100.0, b'g', 3), "100");
        assert_eq!(ff(3.5, b'x', -1), "0x1.cp+01");
        assert_eq!(ff(1.0, b'b', -1), "4503599627370496p-52");
        assert_eq!(ff(1e100, b'e', -1), "1e+100");
        assert_eq!(ff(1.5, b'f', -1), "1.5");
    }

    #[test]
    fn quoting() {
        assert_eq!(
            quote("a\"b\\\n\u{7f}é\u{a0}\u{1F600}"),
            "\"a\\\"b\\\\\\n\\x7fé\\u00a0\u{1F600}\""
        );
        assert_eq!(quote_bytes(b"\xff", false), b"\"\\xff\"");
        assert_eq!(quote_bytes("é".as_bytes(), true), b"\"\\u00e9\"");
        assert_eq!(quote_rune('\'', false), b"'\\''");
    }

    #[test]
    fn unquoting() {
        assert_eq!(unquote(r#""a\tb\x41\u00e9\101""#).unwrap(), "a\tbAéA".as_bytes());
        assert_eq!(unquote("`a\r\\n`").unwrap(), b"a\\n");
        assert_eq!(unquote(r#""\xff""#).unwrap(), b"\xff");
        assert!(unquote(r#""\q""#).is_err());
        assert_eq!(unquote_char_constant("'a'"), Ok(97));
        assert_eq!(unquote_char_constant(r"'\n'"), Ok(10));
        assert!(unquote_char_constant("'ab'").is_err());
    }

    #[test]
    fn numbers() {
        assert_eq!(parse_int("0x1F"), Some(31));
        assert_eq!(parse_int("0o17"), Some(15));
        assert_eq!(parse_int("017"), Some(15));
        assert_eq!(parse_int("1_000"), Some(1000));
        assert_eq!(parse_int("1__0"), None);
        assert_eq!(parse_int("0x_1F"), Some(31));
        assert_eq!(parse_int("-9223372036854775808"), Some(i64::MIN));
        assert_eq!(parse_uint("18446744073709551615"), Some(u64::MAX));
        assert_eq!(parse_float("1.5e3"), Some(1500.0));
        assert_eq!(parse_float("0x1p4"), Some(16.0));
        assert_eq!(parse_float("1e400"), None);
        assert_eq!(parse_float(".5"), Some(0.5));
    }

    #[test]
    fn printable() {
        assert!(is_print('é'));
        assert!(!is_print('\u{a0}'));
        assert!(!is_print('\u{200b}'));
        assert!(is_print('\u{301}'));
        assert!(!is_print('\n'));
    }
}
