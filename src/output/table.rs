//! Tables laid out exactly as kubectl lays them out: Go's `text/tabwriter` with kubectl's
//! settings (`minwidth 6, tabwidth 4, padding 3, padchar ' '`). Every cell but the last of
//! a line is padded to its column's width, `max(6, widest cell + 3)`, counted in
//! characters (runes, as Go does); the last cell is written as it is.

use std::io::{self, Write};

use serde_json::Value;

const MIN_WIDTH: usize = 6;
const PADDING: usize = 3;

/// A table's text cells; the first row is the header unless headers are off.
#[derive(Debug, Default, Clone)]
pub(crate) struct TableBuf {
    pub(crate) rows: Vec<Vec<String>>,
}

impl TableBuf {
    pub(crate) fn push(&mut self, row: Vec<String>) {
        self.rows.push(row);
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }
}

/// Column widths for a block of rows that all have cells in that column, as tabwriter
/// computes them (a row's last cell never counts).
fn widths(rows: &[Vec<String>]) -> Vec<usize> {
    let cols = rows.iter().map(|r| r.len().saturating_sub(1)).max().unwrap_or(0);
    let mut out = vec![MIN_WIDTH; cols];
    for row in rows {
        for (i, cell) in row.iter().enumerate().take(row.len().saturating_sub(1)) {
            out[i] = out[i].max(cell.chars().count() + PADDING);
        }
    }
    out
}

/// Write rows separated into tabwriter blocks. All of kctl's tables have rows of equal
/// length, so one block is the whole table. Cells are escaped first, and widths count
/// the escaped text: on a terminal, control characters and bidi marks (see
/// [`escape`](super::escape)); elsewhere ESC and CR only, as kubectl does.
pub(crate) fn write_rows(w: &mut dyn Write, rows: &[Vec<String>]) -> io::Result<()> {
    write_rows_escaped(w, rows, super::escape::enabled())
}

fn write_rows_escaped(w: &mut dyn Write, rows: &[Vec<String>], escape: bool) -> io::Result<()> {
    let escaped: Vec<Vec<String>>;
    let cell = |c: &str| -> String {
        if escape {
            super::escape::escape(c).into_owned()
        } else {
            super::escape::kubectl_table(c).into_owned()
        }
    };
    let rows = if rows.iter().flatten().any(|c| cell(c) != *c) {
        escaped = rows.iter().map(|r| r.iter().map(|c| cell(c)).collect()).collect();
        &escaped[..]
    } else {
        rows
    };
    let widths = widths(rows);
    let mut line = String::new();
    for row in rows {
        line.clear();
        let last = row.len().saturating_sub(1);
        for (i, cell) in row.iter().enumerate() {
            line.push_str(cell);
            if i < last {
                let pad = widths[i].saturating_sub(cell.chars().count());
                line.extend(std::iter::repeat_n(' ', pad));
            }
        }
        line.push('\n');
        w.write_all(line.as_bytes())?;
    }
    Ok(())
}

/// A table cell as kubectl prints it (`fmt.Fprint` of the decoded JSON value).
pub(crate) fn cell_text(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Null => "<nil>".to_string(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => {
            if let Some(i) = n.as_i64() {
                i.to_string()
            } else if let Some(u) = n.as_u64() {
                u.to_string()
            } else {
                go_float(n.as_f64().unwrap_or_default())
            }
        }
        Value::Array(items) => format!("[{}]", items.iter().map(cell_text).collect::<Vec<_>>().join(" ")),
        Value::Object(m) => format!(
            "map[{}]",
            m.iter()
                .map(|(k, v)| format!("{k}:{}", cell_text(v)))
                .collect::<Vec<_>>()
                .join(" ")
        ),
    }
}

/// Go's `%v` for a float64: shortest representation, exponent form for large or small values.
fn go_float(f: f64) -> String {
    if f == 0.0 {
        return "0".into();
    }
    let exp = f.abs().log10().floor() as i32;
    if (-4..21).contains(&exp) {
        format!("{f}")
    } else {
        let s = format!("{f:e}");
        // Rust: 1e21, Go: 1e+21; Rust: 1e-5, Go: 1e-05.
        match s.split_once('e') {
            Some((m, e)) => {
                let (sign, digits) = if let Some(d) = e.strip_prefix('-') {
                    ('-', d)
                } else {
                    ('+', e)
                };
                format!("{m}e{sign}{digits:0>2}")
            }
            None => s,
        }
    }
}

/// kubectl's `labels.FormatLabels`: `k=v,k2=v2` sorted by key, or `<none>`.
pub(crate) fn format_labels(labels: Option<&serde_json::Map<String, Value>>) -> String {
    match labels {
        Some(m) if !m.is_empty() => {
            // Go sorts the `k=v` strings, not the keys: `a.b=x` comes before `a=y`.
            let mut pairs: Vec<String> = m
                .iter()
                .map(|(k, v)| format!("{k}={}", v.as_str().unwrap_or_default()))
                .collect();
            pairs.sort();
            pairs.join(",")
        }
        _ => "<none>".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(rows: &[&[&str]]) -> String {
        let rows: Vec<Vec<String>> = rows.iter().map(|r| r.iter().map(|s| s.to_string()).collect()).collect();
        let mut out = Vec::new();
        write_rows(&mut out, &rows).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn golden_pod_table() {
        // As `kubectl get pods` prints it.
        let got = render(&[
            &["NAME", "READY", "STATUS", "RESTARTS", "AGE"],
            &["my-pod-with-long-name", "0/1", "Pending", "0", "5m"],
            &["b", "0/1", "Pending", "0", "5m"],
        ]);
        let want = "NAME                    READY   STATUS    RESTARTS   AGE\n\
                    my-pod-with-long-name   0/1     Pending   0          5m\n\
                    b                       0/1     Pending   0          5m\n";
        assert_eq!(got, want);
    }

    #[test]
    fn min_width_and_unpadded_last_cell() {
        let got = render(&[&["A", "B", ""], &["x", "y", ""]]);
        assert_eq!(got, "A     B     \nx     y     \n");
    }

    #[test]
    fn widths_count_characters_not_bytes() {
        let got = render(&[&["NAME", "X"], &["ünïcødé-näme", "y"]]);
        assert_eq!(got, "NAME           X\nünïcødé-näme   y\n");
    }

    #[test]
    fn terminal_cells_are_escaped_and_aligned() {
        let rows: Vec<Vec<String>> = [["NAME", "NOTE"], ["evil\x1b[2J\u{202e}txt", "x"], ["b", "y"]]
            .iter()
            .map(|r| r.iter().map(|s| s.to_string()).collect())
            .collect();
        let mut out = Vec::new();
        write_rows_escaped(&mut out, &rows, true).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "NAME                   NOTE\nevil^[[2J\\u{202e}txt   x\nb                      y\n"
        );
        // Not a terminal: kubectl's escaping of ESC only.
        let mut raw = Vec::new();
        write_rows_escaped(&mut raw, &rows, false).unwrap();
        assert!(String::from_utf8(raw).unwrap().contains("evil^[[2J\u{202e}txt   x"));
    }

    #[test]
    fn cells_print_like_go() {
        assert_eq!(cell_text(&serde_json::json!(3)), "3");
        assert_eq!(cell_text(&serde_json::json!(1.5)), "1.5");
        assert_eq!(cell_text(&serde_json::json!(null)), "<nil>");
        assert_eq!(cell_text(&serde_json::json!(true)), "true");
        assert_eq!(cell_text(&serde_json::json!(1e21)), "1e+21");
        assert_eq!(cell_text(&serde_json::json!(["a", "b"])), "[a b]");
    }

    #[test]
    fn labels() {
        let m = serde_json::json!({"b": "2", "a": "1"});
        assert_eq!(format_labels(m.as_object()), "a=1,b=2");
        assert_eq!(format_labels(None), "<none>");
    }
}
