//! Kubernetes resource quantities (`500m`, `1Gi`, `2e3`) parsed and written in their
//! canonical form, as apimachinery's `resource.ParseQuantity` and `Quantity.String` do:
//! `1000m` becomes `1`, `1024Mi` becomes `1Gi`, `1.5` becomes `1500m`. Values are held as
//! a count of nano-units (the smallest unit a quantity keeps; smaller values round up).

/// apimachinery's errors, word for word.
pub(crate) const ERR_FORMAT: &str =
    "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'";
pub(crate) const ERR_NUMERIC: &str = "unable to parse numeric part of quantity";
pub(crate) const ERR_SUFFIX: &str = "unable to parse quantity's suffix";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    DecimalExponent,
    BinarySi,
    DecimalSi,
}

/// The parts of a quantity's text, as apimachinery's `parseQuantityString` splits them.
struct Parts<'a> {
    positive: bool,
    num: &'a str,
    denom: &'a str,
    suffix: &'a str,
}

fn split(s: &str) -> Result<Parts<'_>, &'static str> {
    let b = s.as_bytes();
    let end = b.len();
    let mut pos = 0;
    let mut positive = true;
    if pos < end {
        match b[0] {
            b'-' => {
                positive = false;
                pos += 1;
            }
            b'+' => pos += 1,
            _ => {}
        }
    }
    while pos < end && b[pos] == b'0' {
        pos += 1;
    }
    if pos >= end {
        return Ok(Parts {
            positive,
            num: "0",
            denom: "",
            suffix: "",
        });
    }
    let num_start = pos;
    while pos < end && b[pos].is_ascii_digit() {
        pos += 1;
    }
    let num = if pos == num_start { "0" } else { &s[num_start..pos] };
    let mut denom = "";
    if pos < end && b[pos] == b'.' {
        pos += 1;
        let d_start = pos;
        while pos < end && b[pos].is_ascii_digit() {
            pos += 1;
        }
        denom = &s[d_start..pos];
    }
    let suffix_start = pos;
    while pos < end && b"eEinumkKMGTP".contains(&b[pos]) {
        pos += 1;
    }
    if pos < end && (b[pos] == b'-' || b[pos] == b'+') {
        pos += 1;
    }
    while pos < end && b[pos].is_ascii_digit() {
        pos += 1;
    }
    if pos < end {
        return Err(ERR_FORMAT);
    }
    Ok(Parts {
        positive,
        num,
        denom,
        suffix: &s[suffix_start..],
    })
}

/// `(base, exponent, format)` of a suffix.
fn interpret(suffix: &str) -> Option<(u32, i32, Format)> {
    let dec = |e| Some((10, e, Format::DecimalSi));
    let bin = |e| Some((2, e, Format::BinarySi));
    match suffix {
        "" => dec(0),
        "n" => dec(-9),
        "u" => dec(-6),
        "m" => dec(-3),
        "k" => dec(3),
        "M" => dec(6),
        "G" => dec(9),
        "T" => dec(12),
        "P" => dec(15),
        "E" => dec(18),
        "Ki" => bin(10),
        "Mi" => bin(20),
        "Gi" => bin(30),
        "Ti" => bin(40),
        "Pi" => bin(50),
        "Ei" => bin(60),
        s if s.len() > 1 && (s.starts_with('e') || s.starts_with('E')) => {
            let e: i32 = s[1..].parse().ok()?;
            Some((10, e, Format::DecimalExponent))
        }
        _ => None,
    }
}

/// A parsed quantity: its sign, its magnitude in nano-units, and how it is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Quantity {
    negative: bool,
    nanos: u128,
    format: Format,
}

const NANO: u128 = 1_000_000_000;

fn pow10(n: u32) -> Option<u128> {
    10u128.checked_pow(n)
}

impl Quantity {
    /// apimachinery's `ParseQuantity`.
    pub(crate) fn parse(s: &str) -> Result<Quantity, &'static str> {
        if s.is_empty() {
            return Err(ERR_FORMAT);
        }
        let p = split(s)?;
        let (base, exponent, mut format) = interpret(p.suffix).ok_or(ERR_SUFFIX)?;
        let digits = format!("{}{}", p.num, p.denom);
        let mantissa: u128 = digits.parse().map_err(|_| ERR_NUMERIC)?;
        // value = mantissa * 10^-len(denom) * base^exponent, in nano-units, rounded up.
        let mut scale10 = -(p.denom.len() as i32) + 9;
        let mut value = mantissa;
        if base == 2 {
            value = value.checked_mul(1u128 << exponent).ok_or(ERR_NUMERIC)?;
        } else {
            scale10 += exponent;
        }
        let nanos = if scale10 >= 0 {
            value
                .checked_mul(pow10(scale10 as u32).ok_or(ERR_NUMERIC)?)
                .ok_or(ERR_NUMERIC)?
        } else {
            match pow10((-scale10) as u32) {
                Some(d) => value.div_ceil(d),
                None => u128::from(value != 0),
            }
        };
        let max = (i64::MAX as u128) * NANO;
        let nanos = if format == Format::BinarySi {
            nanos.min(max)
        } else {
            nanos
        };
        if format == Format::BinarySi && nanos > 0 && nanos < NANO {
            format = Format::DecimalSi;
        }
        Ok(Quantity {
            negative: !p.positive && nanos != 0,
            nanos,
            format,
        })
    }

    /// The canonical text (`Quantity.String`).
    pub(crate) fn canonical(&self) -> String {
        if self.nanos == 0 {
            return "0".into();
        }
        let sign = if self.negative { "-" } else { "" };
        let mut format = self.format;
        if format == Format::BinarySi && (self.nanos < 1024 * NANO || !self.nanos.is_multiple_of(NANO)) {
            format = Format::DecimalSi;
        }
        if format == Format::BinarySi {
            let mut n = self.nanos / NANO;
            let mut e = 0;
            while n.is_multiple_of(1024) && e < 6 {
                n /= 1024;
                e += 1;
            }
            let suffix = ["", "Ki", "Mi", "Gi", "Ti", "Pi", "Ei"][e];
            return format!("{sign}{n}{suffix}");
        }
        let mut m = self.nanos;
        let mut e: i32 = -9;
        while m.is_multiple_of(10) {
            m /= 10;
            e += 1;
        }
        while e % 3 != 0 {
            m *= 10;
            e -= 1;
        }
        let suffix = match format {
            Format::DecimalExponent if e == 0 => String::new(),
            Format::DecimalExponent => format!("e{e}"),
            _ => match e {
                -9 => "n",
                -6 => "u",
                -3 => "m",
                0 => "",
                3 => "k",
                6 => "M",
                9 => "G",
                12 => "T",
                15 => "P",
                18 => "E",
                _ => "",
            }
            .to_string(),
        };
        format!("{sign}{m}{suffix}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(s: &str) -> String {
        Quantity::parse(s)
            .map(|q| q.canonical())
            .unwrap_or_else(|e| e.to_string())
    }

    #[test]
    fn canonical_forms_as_apimachinery() {
        for (input, want) in [
            ("0", "0"),
            ("1000m", "1"),
            ("1024Mi", "1Gi"),
            ("1.5", "1500m"),
            ("1.5Gi", "1536Mi"),
            ("10", "10"),
            ("100m", "100m"),
            ("0.1m", "100u"),
            ("1e3", "1e3"),
            ("1.5e3", "1500"),
            ("12e6", "12e6"),
            ("2000", "2k"),
            ("512Ki", "512Ki"),
            ("1000Ki", "1000Ki"),
            ("0.5Ki", "512"),
            ("-1", "-1"),
            ("+5k", "5k"),
            ("0.0000000001", "1n"),
            ("1.", "1"),
            (".5", "500m"),
        ] {
            assert_eq!(c(input), want, "{input}");
        }
        assert_eq!(c("abc"), ERR_FORMAT);
        assert_eq!(c(""), ERR_FORMAT);
        assert_eq!(c("1Q"), ERR_FORMAT);
        assert_eq!(c("1ki"), ERR_SUFFIX);
    }
}
