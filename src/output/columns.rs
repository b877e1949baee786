//! kubectl's custom columns (`-o custom-columns=`, `-o custom-columns-file=`), its
//! `--sort-by` comparison rules, `-L` label column headers, and Go's `text/tabwriter`
//! for cells that may themselves hold tabs and newlines.

use std::borrow::Cow;
use std::cmp::Ordering;
use std::io::{self, Write};

use serde_json::Value;

use super::jsonpath::{JsonPath, relaxed};
use super::table::cell_text;

/// One `HEADER:.path` column.
#[derive(Debug, Clone)]
pub(crate) struct Column {
    pub(crate) header: String,
    /// The parsed path, or its parse error (kubectl reports it after the header).
    jp: Result<JsonPath, String>,
}

/// The columns of `-o custom-columns` or `-o custom-columns-file`.
#[derive(Debug, Clone)]
pub(crate) struct CustomColumns {
    pub(crate) columns: Vec<Column>,
    pub(crate) no_headers: bool,
}

fn column(header: &str, spec: &str) -> Result<Column, String> {
    let path = relaxed(spec)?;
    let jp = JsonPath::parse(&path).map(|jp| jp.allow_missing_keys(true));
    Ok(Column {
        header: header.to_string(),
        jp,
    })
}

impl CustomColumns {
    /// `HEADER:PATH,HEADER:PATH`, with kubectl's errors.
    pub(crate) fn from_spec(spec: &str, no_headers: bool) -> Result<CustomColumns, String> {
        if spec.is_empty() {
            return Err("custom-columns format specified but no custom columns given".into());
        }
        let mut columns = Vec::new();
        for part in spec.split(',') {
            let Some((header, path)) = part.split_once(':') else {
                return Err(format!(
                    "unexpected custom-columns spec: {part}, expected <header>:<json-path-expr>"
                ));
            };
            columns.push(column(header, path)?);
        }
        Ok(CustomColumns { columns, no_headers })
    }

    /// A file of two lines: headers, then paths, separated by whitespace. (kubectl prints
    /// the headers of a columns file even with `--no-headers`; kctl honours the flag.)
    pub(crate) fn from_template(text: &str, no_headers: bool) -> Result<CustomColumns, String> {
        let mut lines = text.split('\n').map(|l| l.strip_suffix('\r').unwrap_or(l));
        let headers: Vec<&str> = match lines.next() {
            Some(l) if !text.is_empty() => l.split_whitespace().collect(),
            _ => return Err("invalid template, missing header line. Expected format is one line of space separated headers, one line of space separated column specs.".into()),
        };
        let specs: Vec<&str> = match lines.next() {
            Some(l) => l.split_whitespace().collect(),
            None => return Err("invalid template, missing spec line. Expected format is one line of space separated headers, one line of space separated column specs.".into()),
        };
        if headers.len() != specs.len() {
            return Err(format!(
                "number of headers ({}) and field specifications ({}) don't match",
                headers.len(),
                specs.len()
            ));
        }
        let columns = headers
            .iter()
            .zip(&specs)
            .map(|(h, s)| column(h, s))
            .collect::<Result<_, _>>()?;
        Ok(CustomColumns { columns, no_headers })
    }

    /// The header line (tab-separated, newline-terminated), unless headers are off.
    pub(crate) fn header(&self) -> Option<String> {
        if self.no_headers {
            return None;
        }
        let h: Vec<&str> = self.columns.iter().map(|c| c.header.as_str()).collect();
        Some(format!("{}\n", h.join("\t")))
    }

    /// One object's line (tab-separated, newline-terminated): each column's values joined
    /// with commas, `<none>` when the path finds nothing.
    pub(crate) fn row(&self, obj: &Value) -> Result<String, String> {
        let mut cells = Vec::with_capacity(self.columns.len());
        for c in &self.columns {
            let groups = c.jp.as_ref().map_err(Clone::clone)?.find_results(obj)?;
            let mut values: Vec<String> = Vec::new();
            if groups.first().is_none_or(|g| g.is_empty()) {
                values.push("<none>".into());
            }
            for g in &groups {
                values.extend(g.iter().map(|v| super::escape::table_cell(&cell_text(v)).into_owned()));
            }
            cells.push(values.join(","));
        }
        Ok(format!("{}\n", cells.join("\t")))
    }

    /// The parse error of the first column whose path did not parse (kubectl prints the
    /// header, then this error, and no rows).
    pub(crate) fn parse_error(&self) -> Option<&str> {
        self.columns
            .iter()
            .find_map(|c| c.jp.as_ref().err().map(String::as_str))
    }

    /// The whole table for `objects`, laid out by Go's tabwriter as kubectl does.
    pub(crate) fn print<'v>(
        &self,
        w: &mut dyn Write,
        objects: impl IntoIterator<Item = &'v Value>,
    ) -> Result<(), ColumnsError> {
        let mut rows = Rows::new(self.clone());
        for obj in objects {
            rows.add(obj);
        }
        rows.print(w)
    }
}

/// Custom-columns rows as text, gathered for the tabwriter layout (which needs every row's
/// widths) so the objects themselves need not be kept; the first row that fails ends the
/// table (kubectl has written the lines before it: its tabwriter is flushed on the way out).
pub(crate) struct Rows {
    cc: CustomColumns,
    text: String,
    /// Objects added, printed or not.
    pub(crate) count: usize,
    error: Option<String>,
}

impl Rows {
    pub(crate) fn new(cc: CustomColumns) -> Rows {
        Rows {
            text: cc.header().unwrap_or_default(),
            count: 0,
            error: cc.parse_error().map(str::to_string),
            cc,
        }
    }

    pub(crate) fn add(&mut self, obj: &Value) {
        self.count += 1;
        if self.error.is_some() {
            return;
        }
        match self.cc.row(obj) {
            Ok(row) => self.text.push_str(&row),
            Err(e) => self.error = Some(e),
        }
    }

    pub(crate) fn print(&self, w: &mut dyn Write) -> Result<(), ColumnsError> {
        w.write_all(tabwrite(&self.text).as_bytes()).map_err(ColumnsError::Io)?;
        match &self.error {
            Some(e) => Err(ColumnsError::Template(e.clone())),
            None => Ok(()),
        }
    }
}

/// Why custom columns could not be printed.
#[derive(Debug)]
pub(crate) enum ColumnsError {
    Template(String),
    Io(io::Error),
}

// ---- Go's text/tabwriter ----------------------------------------------------------------

const MIN_WIDTH: usize = 6;
const PADDING: usize = 3;

/// Lay out tab-separated text exactly as kubectl's `tabwriter.NewWriter(w, 6, 4, 3, ' ', 0)`:
/// column blocks are runs of lines that have a cell in that column; a line with a single
/// cell ends every block.
pub(crate) fn tabwrite(text: &str) -> String {
    tabwrite_with(text, &mut None)
}

/// [`tabwrite`] for one flush of a writer made with kubectl's `RememberWidths` flag (`get
/// -w`): each column is at least as wide as it was in the earlier flushes (`remembered`, by
/// column index, padding included).
pub(crate) fn tabwrite_remembering(text: &str, remembered: &mut Vec<usize>) -> String {
    let mut max = Some(std::mem::take(remembered));
    let out = tabwrite_with(text, &mut max);
    *remembered = max.unwrap_or_default();
    out
}

fn tabwrite_with(text: &str, max: &mut Option<Vec<usize>>) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 2);
    let mut lines: Vec<Vec<&str>> = Vec::new();
    let mut segments = text.split('\n').peekable();
    while let Some(seg) = segments.next() {
        let cells: Vec<&str> = seg.split('\t').collect();
        let single = cells.len() == 1;
        lines.push(cells);
        if segments.peek().is_none() {
            break;
        }
        if single {
            // The newline is part of the flushed text; start afresh.
            lines.push(Vec::new());
            flush(&mut out, &lines, max);
            lines.clear();
        }
    }
    if !lines.is_empty() {
        flush(&mut out, &lines, max);
    }
    out
}

/// Format the buffered lines; every line but the last (the unfinished one) ends in a newline.
fn flush(out: &mut String, lines: &[Vec<&str>], max: &mut Option<Vec<usize>>) {
    let mut widths = Vec::new();
    format_block(out, lines, &mut widths, max, 0, lines.len());
}

fn cells_len(line: &[&str]) -> usize {
    line.len().max(1)
}

fn format_block(
    out: &mut String,
    lines: &[Vec<&str>],
    widths: &mut Vec<usize>,
    max: &mut Option<Vec<usize>>,
    line0: usize,
    line1: usize,
) {
    let column = widths.len();
    let mut line0 = line0;
    let mut this = line0;
    while this < line1 {
        if column + 1 >= cells_len(&lines[this]) {
            this += 1;
            continue;
        }
        write_lines(out, lines, widths, line0, this);
        line0 = this;
        let mut width = MIN_WIDTH;
        while this < line1 {
            let line = &lines[this];
            if column + 1 >= cells_len(line) {
                break;
            }
            width = width.max(line[column].chars().count() + PADDING);
            this += 1;
        }
        if let Some(max) = max {
            // liggitt/tabwriter's RememberWidths, as kubectl's watch writer uses it.
            if max.len() < widths.len() {
                max.extend_from_slice(&widths[max.len()..]);
            }
            if max.len() == column {
                max.push(width);
            } else if max[column] > width {
                width = max[column];
            } else {
                max[column] = width;
            }
        }
        widths.push(width);
        format_block(out, lines, widths, max, line0, this);
        widths.pop();
        line0 = this;
    }
    write_lines(out, lines, widths, line0, line1);
}

fn write_lines(out: &mut String, lines: &[Vec<&str>], widths: &[usize], line0: usize, line1: usize) {
    for (i, line) in lines.iter().enumerate().take(line1).skip(line0) {
        for (j, cell) in line.iter().enumerate() {
            out.push_str(cell);
            if j + 1 < line.len() && j < widths.len() {
                let pad = widths[j].saturating_sub(cell.chars().count());
                out.extend(std::iter::repeat_n(' ', pad));
            }
        }
        if i + 1 != lines.len() {
            out.push('\n');
        }
    }
}

// ---- -L / --label-columns ---------------------------------------------------------------

/// The header of a `-L` column: the key's last `/` segment, upper-cased.
pub(crate) fn label_header(key: &str) -> String {
    key.rsplit('/').next().unwrap_or(key).to_uppercase()
}

/// The keys of `-L a,b -L c`.
pub(crate) fn label_keys(flags: &[String]) -> Vec<String> {
    flags
        .iter()
        .flat_map(|f| f.split(','))
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(String::from)
        .collect()
}

/// The cell of a `-L` column for an object.
pub(crate) fn label_value(obj: &Value, key: &str) -> String {
    obj.pointer("/metadata/labels")
        .and_then(|l| l.get(key))
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_string()
}

// ---- --sort-by --------------------------------------------------------------------------

/// Why objects could not be sorted.
#[derive(Debug, PartialEq)]
pub(crate) enum SortError {
    /// The path does not parse.
    Parse(String),
    /// No object has the field.
    NotFound(String),
    /// Two values cannot be compared.
    Unsortable(String),
}

impl SortError {
    /// kubectl's message (without `error: `).
    pub(crate) fn message(&self) -> String {
        match self {
            SortError::Parse(e) => e.clone(),
            SortError::NotFound(field) => {
                format!("couldn't find any field with path {field:?} in the list of objects")
            }
            SortError::Unsortable(e) => e.clone(),
        }
    }
}

/// The order kubectl's `--sort-by=FIELD` puts `objects` in: indices into `objects`.
///
/// Values compare as kubectl's `isLess`: numbers by value, strings as quantities when
/// both parse as one (`100m < 250m < 1 < 1Gi`), otherwise byte by byte (as kubectl 1.32:
/// `pod-10 < pod-2`), so RFC 3339 timestamps sort by time. Objects without the field come
/// first. Ties are left where Go's `sort.Sort` leaves them.
pub(crate) fn sort_order(objects: &[&Value], field: &str) -> Result<Vec<usize>, SortError> {
    let field = relaxed(field).map_err(SortError::Parse)?;
    let jp = JsonPath::parse(&field)
        .map_err(SortError::Parse)?
        .allow_missing_keys(true);
    let mut keys: Vec<Option<Cow<'_, Value>>> = Vec::with_capacity(objects.len());
    for obj in objects {
        let groups = jp.find_results(obj).map_err(SortError::Parse)?;
        keys.push(groups.into_iter().next().and_then(|g| g.into_iter().next()));
    }
    if !objects.is_empty() && keys.iter().all(Option::is_none) {
        return Err(SortError::NotFound(field));
    }
    let less = |a: usize, b: usize| -> Result<bool, SortError> {
        match (&keys[a], &keys[b]) {
            (None, _) => Ok(true),
            (_, None) => Ok(false),
            (Some(x), Some(y)) => {
                is_less(x, y).map_err(|e| SortError::Unsortable(format!("field {field} is an unsortable type: {e}")))
            }
        }
    };
    let failure: std::cell::RefCell<Option<SortError>> = std::cell::RefCell::new(None);
    let less_or_record = |a: usize, b: usize| -> bool {
        match less(a, b) {
            Ok(l) => l,
            Err(e) => {
                failure.borrow_mut().get_or_insert(e);
                false
            }
        }
    };
    let mut sorter = GoSort {
        order: (0..objects.len()).collect(),
        less: &less_or_record,
    };
    sorter.sort();
    let order = sorter.order;
    if let Some(e) = failure.borrow_mut().take() {
        return Err(e);
    }
    Ok(order)
}

/// Go's `sort.Sort` (pattern-defeating quicksort, Go 1.19+) over a permutation, so that
/// objects comparing equal end up in the order kubectl leaves them in.
struct GoSort<'a> {
    order: Vec<usize>,
    less: &'a dyn Fn(usize, usize) -> bool,
}

#[derive(PartialEq, Clone, Copy)]
enum Hint {
    Unknown,
    Increasing,
    Decreasing,
}

/// Go's `bits.Len`.
fn bits_len(n: usize) -> usize {
    (usize::BITS - n.leading_zeros()) as usize
}

impl GoSort<'_> {
    fn less(&self, i: usize, j: usize) -> bool {
        (self.less)(self.order[i], self.order[j])
    }

    fn swap(&mut self, i: usize, j: usize) {
        self.order.swap(i, j);
    }

    fn sort(&mut self) {
        let n = self.order.len();
        if n <= 1 {
            return;
        }
        self.pdqsort(0, n, bits_len(n));
    }

    fn insertion_sort(&mut self, a: usize, b: usize) {
        for i in a + 1..b {
            let mut j = i;
            while j > a && self.less(j, j - 1) {
                self.swap(j, j - 1);
                j -= 1;
            }
        }
    }

    fn sift_down(&mut self, lo: usize, hi: usize, first: usize) {
        let mut root = lo;
        loop {
            let mut child = 2 * root + 1;
            if child >= hi {
                break;
            }
            if child + 1 < hi && self.less(first + child, first + child + 1) {
                child += 1;
            }
            if !self.less(first + root, first + child) {
                return;
            }
            self.swap(first + root, first + child);
            root = child;
        }
    }

    fn heap_sort(&mut self, a: usize, b: usize) {
        let first = a;
        let hi = b - a;
        for i in (0..hi.div_ceil(2)).rev() {
            self.sift_down(i, hi, first);
        }
        for i in (0..hi).rev() {
            self.swap(first, first + i);
            self.sift_down(0, i, first);
        }
    }

    fn pdqsort(&mut self, mut a: usize, mut b: usize, mut limit: usize) {
        const MAX_INSERTION: usize = 12;
        let (mut was_balanced, mut was_partitioned) = (true, true);
        loop {
            let length = b - a;
            if length <= MAX_INSERTION {
                self.insertion_sort(a, b);
                return;
            }
            if limit == 0 {
                self.heap_sort(a, b);
                return;
            }
            if !was_balanced {
                self.break_patterns(a, b);
                limit -= 1;
            }
            let (mut pivot, mut hint) = self.choose_pivot(a, b);
            if hint == Hint::Decreasing {
                self.reverse_range(a, b);
                pivot = (b - 1) - (pivot - a);
                hint = Hint::Increasing;
            }
            if was_balanced && was_partitioned && hint == Hint::Increasing && self.partial_insertion_sort(a, b) {
                return;
            }
            if a > 0 && !self.less(a - 1, pivot) {
                a = self.partition_equal(a, b, pivot);
                continue;
            }
            let (mid, already) = self.partition(a, b, pivot);
            was_partitioned = already;
            let (left, right) = (mid - a, b - mid);
            let threshold = length / 8;
            if left < right {
                was_balanced = left >= threshold;
                self.pdqsort(a, mid, limit);
                a = mid + 1;
            } else {
                was_balanced = right >= threshold;
                self.pdqsort(mid + 1, b, limit);
                b = mid;
            }
        }
    }

    fn partition(&mut self, a: usize, b: usize, pivot: usize) -> (usize, bool) {
        self.swap(a, pivot);
        let (mut i, mut j) = (a as isize + 1, b as isize - 1);
        let l = |s: &Self, x: isize| s.less(x as usize, a);
        while i <= j && l(self, i) {
            i += 1;
        }
        while i <= j && !l(self, j) {
            j -= 1;
        }
        if i > j {
            self.swap(j as usize, a);
            return (j as usize, true);
        }
        self.swap(i as usize, j as usize);
        i += 1;
        j -= 1;
        loop {
            while i <= j && l(self, i) {
                i += 1;
            }
            while i <= j && !l(self, j) {
                j -= 1;
            }
            if i > j {
                break;
            }
            self.swap(i as usize, j as usize);
            i += 1;
            j -= 1;
        }
        self.swap(j as usize, a);
        (j as usize, false)
    }

    fn partition_equal(&mut self, a: usize, b: usize, pivot: usize) -> usize {
        self.swap(a, pivot);
        let (mut i, mut j) = (a as isize + 1, b as isize - 1);
        loop {
            while i <= j && !self.less(a, i as usize) {
                i += 1;
            }
            while i <= j && self.less(a, j as usize) {
                j -= 1;
            }
            if i > j {
                break;
            }
            self.swap(i as usize, j as usize);
            i += 1;
            j -= 1;
        }
        i as usize
    }

    fn partial_insertion_sort(&mut self, a: usize, b: usize) -> bool {
        const MAX_STEPS: usize = 5;
        const SHORTEST_SHIFTING: usize = 50;
        let mut i = a + 1;
        for _ in 0..MAX_STEPS {
            while i < b && !self.less(i, i - 1) {
                i += 1;
            }
            if i == b {
                return true;
            }
            if b - a < SHORTEST_SHIFTING {
                return false;
            }
            self.swap(i, i - 1);
            if i - a >= 2 {
                let mut j = i - 1;
                while j >= 1 {
                    if !self.less(j, j - 1) {
                        break;
                    }
                    self.swap(j, j - 1);
                    j -= 1;
                }
            }
            if b - i >= 2 {
                for j in i + 1..b {
                    if !self.less(j, j - 1) {
                        break;
                    }
                    self.swap(j, j - 1);
                }
            }
        }
        false
    }

    fn break_patterns(&mut self, a: usize, b: usize) {
        let length = b - a;
        if length >= 8 {
            let mut random = length as u64;
            let modulus = 1usize << bits_len(length);
            let start = a + (length / 4) * 2 - 1;
            for idx in start..=a + (length / 4) * 2 + 1 {
                random ^= random << 13;
                random ^= random >> 17;
                random ^= random << 5;
                let mut other = (random as usize) & (modulus - 1);
                if other >= length {
                    other -= length;
                }
                self.swap(idx, a + other);
            }
        }
    }

    fn choose_pivot(&mut self, a: usize, b: usize) -> (usize, Hint) {
        const SHORTEST_NINTHER: usize = 50;
        const MAX_SWAPS: usize = 4 * 3;
        let l = b - a;
        let mut swaps = 0;
        let mut i = a + l / 4;
        let mut j = a + l / 4 * 2;
        let mut k = a + l / 4 * 3;
        if l >= 8 {
            if l >= SHORTEST_NINTHER {
                i = self.median(i - 1, i, i + 1, &mut swaps);
                j = self.median(j - 1, j, j + 1, &mut swaps);
                k = self.median(k - 1, k, k + 1, &mut swaps);
            }
            j = self.median(i, j, k, &mut swaps);
        }
        match swaps {
            0 => (j, Hint::Increasing),
            MAX_SWAPS => (j, Hint::Decreasing),
            _ => (j, Hint::Unknown),
        }
    }

    fn order2(&self, a: usize, b: usize, swaps: &mut usize) -> (usize, usize) {
        if self.less(b, a) {
            *swaps += 1;
            return (b, a);
        }
        (a, b)
    }

    fn median(&self, a: usize, b: usize, c: usize, swaps: &mut usize) -> usize {
        let (a, b) = self.order2(a, b, swaps);
        let (b, c) = self.order2(b, c, swaps);
        let _ = c;
        let (_a, b) = self.order2(a, b, swaps);
        b
    }

    fn reverse_range(&mut self, a: usize, b: usize) {
        let (mut i, mut j) = (a, b - 1);
        while i < j {
            self.swap(i, j);
            i += 1;
            j -= 1;
        }
    }
}

/// kubectl's `isLess` for two decoded JSON values.
fn is_less(a: &Value, b: &Value) -> Result<bool, String> {
    match (a, b) {
        (Value::Null, Value::Null) => Ok(false),
        (Value::Null, _) => Ok(true),
        (_, Value::Null) => Ok(false),
        (Value::Number(x), Value::Number(y)) if x.is_f64() == y.is_f64() => {
            if let (Some(p), Some(q)) = (x.as_i64(), y.as_i64()) {
                Ok(p < q)
            } else {
                Ok(x.as_f64().unwrap_or_default() < y.as_f64().unwrap_or_default())
            }
        }
        (Value::String(x), Value::String(y)) => match (parse_quantity(x), parse_quantity(y)) {
            (Some(p), Some(q)) => Ok(p.partial_cmp(&q) == Some(Ordering::Less)),
            _ => Ok(x < y),
        },
        (Value::Number(_) | Value::String(_), _) => Err("unsortable interface: interface".into()),
        (Value::Bool(_), _) => Err("unsortable type: bool".into()),
        (Value::Array(_), _) => Err("unsortable type: []interface {}".into()),
        (Value::Object(_), _) => Err("unsortable type: map[string]interface {}".into()),
    }
}

/// The value of a Kubernetes quantity (`100m`, `1.5Gi`, `2e3`), or `None` when the string
/// is not one (apimachinery's `ParseQuantity`).
pub(crate) fn parse_quantity(s: &str) -> Option<f64> {
    let b = s.as_bytes();
    if b.is_empty() {
        return None;
    }
    let mut pos = 0;
    let mut negative = false;
    match b[0] {
        b'-' => {
            negative = true;
            pos += 1;
        }
        b'+' => pos += 1,
        _ => {}
    }
    let num_start = pos;
    while pos < b.len() && b[pos].is_ascii_digit() {
        pos += 1;
    }
    let mut number = s[num_start..pos].to_string();
    if pos < b.len() && b[pos] == b'.' {
        pos += 1;
        let d = pos;
        while pos < b.len() && b[pos].is_ascii_digit() {
            pos += 1;
        }
        number.push('.');
        number.push_str(&s[d..pos]);
    }
    let suffix_start = pos;
    while pos < b.len() && b"eEinumkKMGTP".contains(&b[pos]) {
        pos += 1;
    }
    if pos < b.len() && (b[pos] == b'-' || b[pos] == b'+') {
        pos += 1;
    }
    while pos < b.len() && b[pos].is_ascii_digit() {
        pos += 1;
    }
    if pos != b.len() {
        return None;
    }
    let suffix = &s[suffix_start..];
    let multiplier = match suffix {
        "" => 1.0,
        "Ki" => 1024f64,
        "Mi" => 1024f64.powi(2),
        "Gi" => 1024f64.powi(3),
        "Ti" => 1024f64.powi(4),
        "Pi" => 1024f64.powi(5),
        "Ei" => 1024f64.powi(6),
        "n" => 1e-9,
        "u" => 1e-6,
        "m" => 1e-3,
        "k" => 1e3,
        "M" => 1e6,
        "G" => 1e9,
        "T" => 1e12,
        "P" => 1e15,
        "E" => 1e18,
        _ => {
            let exp = suffix.strip_prefix(['e', 'E'])?;
            let exp: i32 = exp.parse().ok()?;
            10f64.powi(exp)
        }
    };
    let mantissa = match number.as_str() {
        "" | "." => 0.0,
        n => n.parse::<f64>().ok()?,
    };
    let v = mantissa * multiplier;
    Some(if negative { -v } else { v })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn tabwriter_remembering_widths_like_kubectls_watch() {
        let mut widths = Vec::new();
        assert_eq!(tabwrite_remembering("a\tb\n", &mut widths), "a     b\n");
        assert_eq!(tabwrite_remembering("abcdefgh\tx\n", &mut widths), "abcdefgh   x\n");
        assert_eq!(
            tabwrite_remembering("a\tb\nno tab\n", &mut widths),
            "a          b\nno tab\n"
        );
        assert_eq!(widths, [11]);
    }

    #[test]
    fn tabwriter_like_go() {
        assert_eq!(tabwrite("A\tBB\nxxxxxxx\ty\n"), "A         BB\nxxxxxxx   y\n");
        // A single-cell line ends the block; a tab inside a value adds a cell.
        assert_eq!(tabwrite("X\nhello\ttab\n<none>\n"), "X\nhello   tab\n<none>\n");
        // Rows of different lengths: blocks as Go forms them.
        assert_eq!(tabwrite("a\tb\tc\nd\te\n"), "a     b     c\nd     e\n");
    }

    #[test]
    fn custom_columns_rows() {
        let cc = CustomColumns::from_spec("N:.metadata.name,L:.metadata.labels,P:.spec.ports[*].port", false).unwrap();
        let obj =
            json!({"metadata": {"name": "a", "labels": {"x": "1"}}, "spec": {"ports": [{"port": 80}, {"port": 443}]}});
        assert_eq!(cc.row(&obj).unwrap(), "a\tmap[x:1]\t80,443\n");
        assert_eq!(cc.row(&json!({})).unwrap(), "<none>\t<none>\t<none>\n");
        assert_eq!(cc.header().unwrap(), "N\tL\tP\n");
        assert_eq!(
            CustomColumns::from_spec("A:.x,B", false).unwrap_err(),
            "unexpected custom-columns spec: B, expected <header>:<json-path-expr>"
        );
        let f = CustomColumns::from_template("NAME  RV\n.metadata.name .metadata.resourceVersion\n", false).unwrap();
        assert_eq!(f.header().unwrap(), "NAME\tRV\n");
        assert!(CustomColumns::from_template("A B\n.x\n", false).is_err());
    }

    #[test]
    fn quantities() {
        assert_eq!(parse_quantity("100m"), Some(0.1));
        assert_eq!(parse_quantity("1Gi"), Some(1024f64.powi(3)));
        assert_eq!(parse_quantity("2e3"), Some(2000.0));
        assert_eq!(parse_quantity("1.5"), Some(1.5));
        assert_eq!(parse_quantity("p1"), None);
        assert_eq!(parse_quantity("2026-11-26T00:52:33Z"), None);
        assert_eq!(parse_quantity("kube-root-ca.crt"), None);
    }

    #[test]
    fn strings_sort_bytewise_like_kubectl() {
        // kubectl 1.32 compares strings that are not both quantities byte by byte.
        let objs: Vec<Value> = ["x-2", "x-10", "a-9", "a-10"].iter().map(|n| json!({"n": n})).collect();
        let refs: Vec<&Value> = objs.iter().collect();
        let order = sort_order(&refs, ".n").unwrap();
        let got: Vec<&str> = order.iter().map(|&i| objs[i]["n"].as_str().unwrap()).collect();
        assert_eq!(got, ["a-10", "a-9", "x-10", "x-2"]);
    }

    #[test]
    fn sort_by_cpu_quantities() {
        let objs: Vec<Value> = ["250m", "1", "100m", "1Gi", "2"]
            .iter()
            .map(|c| json!({"cpu": c}))
            .collect();
        let refs: Vec<&Value> = objs.iter().collect();
        let order = sort_order(&refs, ".cpu").unwrap();
        let got: Vec<&str> = order.iter().map(|&i| objs[i]["cpu"].as_str().unwrap()).collect();
        assert_eq!(got, ["100m", "250m", "1", "2", "1Gi"]);
    }

    #[test]
    fn sort_missing_first_and_not_found() {
        let objs = [json!({"n": 2}), json!({}), json!({"n": 1})];
        let refs: Vec<&Value> = objs.iter().collect();
        assert_eq!(sort_order(&refs, "{.n}").unwrap(), vec![1, 2, 0]);
        assert_eq!(sort_order(&refs, ".x").unwrap_err(), SortError::NotFound("{.x}".into()));
        // A large input sorts the same way.
        let many: Vec<Value> = (0..40).rev().map(|i| json!({"n": i})).collect();
        let refs: Vec<&Value> = many.iter().collect();
        let order = sort_order(&refs, ".n").unwrap();
        assert_eq!(order, (0..40).rev().collect::<Vec<_>>());
    }

    #[test]
    fn go_sort_sorts_any_input() {
        let mut x: u64 = 88172645463325252;
        for n in [13usize, 50, 51, 200, 1000] {
            let vals: Vec<Value> = (0..n)
                .map(|_| {
                    x ^= x << 13;
                    x ^= x >> 7;
                    x ^= x << 17;
                    json!({"n": (x % 97) as i64})
                })
                .collect();
            let refs: Vec<&Value> = vals.iter().collect();
            let order = sort_order(&refs, ".n").unwrap();
            let got: Vec<i64> = order.iter().map(|&i| vals[i]["n"].as_i64().unwrap()).collect();
            let mut want = got.clone();
            want.sort();
            assert_eq!(got, want, "n={n}");
            let mut seen = order.clone();
            seen.sort();
            assert_eq!(seen, (0..n).collect::<Vec<_>>());
        }
    }

    #[test]
    fn unsortable_values() {
        let objs = [json!({"b": true}), json!({"b": false})];
        let refs: Vec<&Value> = objs.iter().collect();
        assert!(matches!(sort_order(&refs, ".b"), Err(SortError::Unsortable(_))));
    }

    #[test]
    fn label_columns() {
        assert_eq!(label_header("app.kubernetes.io/name"), "NAME");
        assert_eq!(label_keys(&["a,b".into(), "c".into()]), ["a", "b", "c"]);
        assert_eq!(label_value(&json!({"metadata": {"labels": {"a": "x"}}}), "a"), "x");
    }
}
