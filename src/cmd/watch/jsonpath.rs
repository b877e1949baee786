//! The part of kubectl's JSONPath that `--for=jsonpath=` needs: `{.a.b}`, `.a['b.c']`,
//! `[N]`, `[*]`, `.*` and filters `[?(@.x.y=="v")]` (also `!=`).

use serde_json::Value;

/// One step of a path.
#[derive(Debug, Clone, PartialEq)]
pub enum Step {
    Field(String),
    Index(i64),
    All,
    /// `[?(@.path OP "value")]`; `eq` false for `!=`.
    Filter {
        path: Vec<Step>,
        eq: bool,
        value: String,
    },
}

/// Parse `{.a.b[0]}` (braces optional).
pub fn parse(expr: &str) -> Result<Vec<Step>, String> {
    let e = expr.trim();
    let e = match e.strip_prefix('{') {
        Some(rest) => rest.strip_suffix('}').ok_or("unclosed {")?,
        None => e,
    };
    let e = e.strip_prefix('$').unwrap_or(e);
    let chars: Vec<char> = e.chars().collect();
    let mut i = 0;
    let mut steps = Vec::new();
    while i < chars.len() {
        match chars[i] {
            '.' => {
                i += 1;
                let start = i;
                while i < chars.len() && chars[i] != '.' && chars[i] != '[' {
                    i += 1;
                }
                let name: String = chars[start..i].iter().collect();
                match name.as_str() {
                    "" if i >= chars.len() && steps.is_empty() => {}
                    "" => return Err("empty field name".into()),
                    "*" => steps.push(Step::All),
                    _ => steps.push(Step::Field(name)),
                }
            }
            '[' => {
                let end = find_close(&chars, i).ok_or("unclosed [")?;
                let inner: String = chars[i + 1..end].iter().collect();
                let inner = inner.trim();
                if inner == "*" {
                    steps.push(Step::All);
                } else if let Some(f) = inner.strip_prefix("?(").and_then(|f| f.strip_suffix(')')) {
                    steps.push(parse_filter(f)?);
                } else if let Some(q) = quoted(inner) {
                    steps.push(Step::Field(q));
                } else {
                    steps.push(Step::Index(inner.parse().map_err(|_| format!("bad index [{inner}]"))?));
                }
                i = end + 1;
            }
            c => return Err(format!("unexpected {c:?}")),
        }
    }
    Ok(steps)
}

fn find_close(chars: &[char], open: usize) -> Option<usize> {
    let mut quote: Option<char> = None;
    for (j, &c) in chars.iter().enumerate().skip(open + 1) {
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None if c == '"' || c == '\'' => quote = Some(c),
            None if c == ']' => return Some(j),
            None => {}
        }
    }
    None
}

fn quoted(s: &str) -> Option<String> {
    let s = s.trim();
    for q in ['"', '\''] {
        if s.len() >= 2 && s.starts_with(q) && s.ends_with(q) {
            return Some(s[1..s.len() - 1].to_string());
        }
    }
    None
}

fn parse_filter(f: &str) -> Result<Step, String> {
    let (lhs, rhs, eq) = if let Some((l, r)) = f.split_once("==") {
        (l, r, true)
    } else if let Some((l, r)) = f.split_once("!=") {
        (l, r, false)
    } else {
        return Err(format!("unsupported filter {f:?}"));
    };
    let lhs = lhs.trim().strip_prefix('@').ok_or("a filter starts with @")?;
    let path = parse(lhs)?;
    let rhs = rhs.trim();
    let value = quoted(rhs).unwrap_or_else(|| rhs.to_string());
    Ok(Step::Filter { path, eq, value })
}

/// Every value the path selects.
pub fn eval<'a>(path: &[Step], root: &'a Value) -> Vec<&'a Value> {
    let mut cur = vec![root];
    for step in path {
        let mut next = Vec::new();
        for v in cur {
            match step {
                Step::Field(name) => next.extend(v.get(name.as_str())),
                Step::Index(i) => {
                    if let Some(a) = v.as_array() {
                        let idx = if *i < 0 { a.len() as i64 + i } else { *i };
                        next.extend(usize::try_from(idx).ok().and_then(|i| a.get(i)));
                    }
                }
                Step::All => match v {
                    Value::Array(a) => next.extend(a.iter()),
                    Value::Object(m) => next.extend(m.values()),
                    _ => {}
                },
                Step::Filter { path, eq, value } => {
                    if let Some(a) = v.as_array() {
                        next.extend(a.iter().filter(|item| {
                            let found = eval(path, item);
                            let hit = found.iter().any(|f| text(f) == *value);
                            hit == *eq && (!found.is_empty() || !*eq)
                        }));
                    }
                }
            }
        }
        cur = next;
    }
    cur
}

/// A value as kubectl's JSONPath prints it.
pub fn text(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Null => String::new(),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn paths() {
        let v = json!({"status": {"phase": "Running", "succeeded": 1,
            "conditions": [{"type": "A", "status": "False"}, {"type": "Complete", "status": "True"}]},
            "metadata": {"labels": {"app.kubernetes.io/name": "x"}}});
        let get = |e: &str| eval(&parse(e).unwrap(), &v).into_iter().map(text).collect::<Vec<_>>();
        assert_eq!(get("{.status.phase}"), ["Running"]);
        assert_eq!(get(".status.succeeded"), ["1"]);
        assert_eq!(get("{.status.conditions[1].type}"), ["Complete"]);
        assert_eq!(get("{.status.conditions[-1].status}"), ["True"]);
        assert_eq!(get("{.status.conditions[*].type}"), ["A", "Complete"]);
        assert_eq!(get("{.status.conditions[?(@.type==\"Complete\")].status}"), ["True"]);
        assert_eq!(get("{.status.conditions[?(@.type!='Complete')].type}"), ["A"]);
        assert_eq!(get("{.metadata.labels['app.kubernetes.io/name']}"), ["x"]);
        assert!(get("{.status.missing}").is_empty());
        assert!(parse("{.a").is_err());
        assert!(parse("{.a[}").is_err());
    }
}
