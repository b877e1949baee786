//! What `wait --for`, `watch --for` and `--fail-on` look for in an object: the one
//! implementation of the condition checks, shared by both verbs (kubectl wait's rules).

use serde_json::Value;

use crate::error::{Error, Result};
use crate::output::jsonpath::JsonPath;

/// `--for=...`: the flag's text (for messages) and what it waits for.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct ForCondition {
    pub(crate) text: String,
    pub(crate) condition: Condition,
}

impl ForCondition {
    /// `watch --for`: `delete`, `condition=NAME[=VALUE]`, `jsonpath=EXPR=VALUE`.
    pub(crate) fn parse(text: &str) -> Result<ForCondition> {
        Ok(ForCondition {
            text: text.to_string(),
            condition: Condition::parse(text)?,
        })
    }

    /// `wait --for`, as kubectl 1.32: also `create`, and `jsonpath=EXPR` (any value).
    pub(crate) fn parse_wait(text: &str) -> Result<ForCondition> {
        Ok(ForCondition {
            text: text.to_string(),
            condition: Condition::parse_wait(text)?,
        })
    }

    /// `--fail-on`: `condition=NAME[=VALUE]` or `jsonpath=EXPR=VALUE`.
    pub(crate) fn parse_fail_on(text: &str) -> Result<ForCondition> {
        let condition = match Condition::parse(text) {
            Ok(c @ (Condition::Status { .. } | Condition::JsonPath { .. })) => c,
            _ => {
                return Err(Error::Usage(format!(
                    "unrecognized --fail-on condition: {text:?}: use condition=NAME[=VALUE] or jsonpath=EXPR=VALUE"
                )));
            }
        };
        Ok(ForCondition {
            text: text.to_string(),
            condition,
        })
    }

    /// When `obj` meets this `--fail-on` condition: why, as `--fail-on=TEXT met` and, for a
    /// status condition, its reason and message (`: BackoffLimitExceeded: Job has reached
    /// the specified backoff limit`).
    pub(crate) fn failure(&self, obj: &Value) -> Option<String> {
        if !self.condition.holds(obj) {
            return None;
        }
        let mut line = format!("--fail-on={} met", self.text);
        if let Condition::Status { name, .. } = &self.condition
            && let Some(c) = matching_condition(obj, name)
        {
            for field in ["reason", "message"] {
                if let Some(text) = c.get(field).and_then(Value::as_str).filter(|t| !t.is_empty()) {
                    line.push_str(": ");
                    line.push_str(text);
                }
            }
        }
        Some(line)
    }
}

/// What `--for` waits for.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Condition {
    Delete,
    /// `create` (`wait` only): the objects exist.
    Create,
    /// `condition=NAME[=VALUE]`: `status.conditions[type=NAME].status == VALUE` (default True).
    Status {
        name: String,
        value: String,
    },
    /// `jsonpath=EXPR=VALUE`.
    JsonPath {
        expr: String,
        value: String,
    },
    /// `jsonpath=EXPR` (`wait` only): the path has a value, whatever it is.
    JsonPathAny {
        expr: String,
    },
}

/// kubectl wait's path: relaxed syntax (`.a.b`, `{.a.b}`), missing keys allowed.
fn wait_path(expr: &str) -> Result<JsonPath, String> {
    crate::output::jsonpath::relaxed(expr)
        .and_then(|t| JsonPath::parse(&t))
        .map(|p| p.allow_missing_keys(true))
}

/// The first condition of `obj` whose type is `name` (case-insensitive) and has a status.
fn matching_condition<'a>(obj: &'a Value, name: &str) -> Option<&'a Value> {
    obj.pointer("/status/conditions")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .find(|c| {
            c.get("type").and_then(Value::as_str).is_some_and(|t| same(t, name))
                && c.get("status").and_then(Value::as_str).is_some()
        })
}

/// Go's `strings.EqualFold`, near enough: case-insensitive.
fn same(a: &str, b: &str) -> bool {
    a.eq_ignore_ascii_case(b) || a.to_lowercase() == b.to_lowercase()
}

impl Condition {
    pub(crate) fn parse(s: &str) -> Result<Condition> {
        let bad = || {
            Error::Usage(format!(
                "unrecognized condition: {s:?}: use delete, condition=NAME[=VALUE] or jsonpath=EXPR=VALUE"
            ))
        };
        if s.eq_ignore_ascii_case("delete") {
            return Ok(Condition::Delete);
        }
        if let Some(rest) = s.strip_prefix("condition=") {
            let (name, value) = match rest.split_once('=') {
                Some((n, v)) => (n, v),
                None => (rest, "True"),
            };
            if name.is_empty() {
                return Err(bad());
            }
            return Ok(Condition::Status {
                name: name.to_string(),
                value: value.to_string(),
            });
        }
        if let Some(rest) = s.strip_prefix("jsonpath=") {
            // `{.a.b}=v` or `.a.b=v`: the expression ends at its closing brace, else at the last `=`.
            let split = if rest.starts_with('{') {
                rest.find('}').map(|i| i + 1).filter(|&i| rest[i..].starts_with('='))
            } else {
                rest.rfind('=')
            };
            let Some(i) = split else { return Err(bad()) };
            let (expr, value) = (&rest[..i], &rest[i + 1..]);
            wait_path(expr).map_err(|e| Error::Usage(format!("invalid jsonpath {expr:?}: {e}")))?;
            return Ok(Condition::JsonPath {
                expr: expr.to_string(),
                value: value.to_string(),
            });
        }
        Err(bad())
    }

    /// kubectl 1.32 wait's parser and its error texts.
    pub(crate) fn parse_wait(s: &str) -> Result<Condition> {
        if s.eq_ignore_ascii_case("delete") {
            return Ok(Condition::Delete);
        }
        if s.eq_ignore_ascii_case("create") {
            return Ok(Condition::Create);
        }
        if let Some(rest) = s.strip_prefix("condition=") {
            let (name, value) = match rest.split_once('=') {
                Some((n, v)) => (n, v),
                None => (rest, "true"),
            };
            return Ok(Condition::Status {
                name: name.to_string(),
                value: value.to_string(),
            });
        }
        if let Some(rest) = s.strip_prefix("jsonpath=") {
            let parts = split_jsonpath_input(rest);
            if parts.is_empty() || parts.len() > 2 {
                return Err(Error::Plain(
                    "error: jsonpath wait format must be --for=jsonpath='{.status.readyReplicas}'=3 or --for=jsonpath='{.status.readyReplicas}'".into(),
                ));
            }
            let expr = parts[0].clone();
            if expr.is_empty() {
                return Err(Error::Plain("error: jsonpath expression cannot be empty".into()));
            }
            wait_path(&expr).map_err(|e| Error::Plain(format!("error: {e}")))?;
            if parts.len() == 1 {
                return Ok(Condition::JsonPathAny { expr });
            }
            let value = parts[1].trim_matches(|c| c == '\'' || c == '"').to_string();
            if value.is_empty() {
                return Err(Error::Plain(
                    "error: jsonpath wait has to have a value after equal sign, like --for=jsonpath='{.status.readyReplicas}'=3".into(),
                ));
            }
            return Ok(Condition::JsonPath { expr, value });
        }
        Err(Error::Plain(format!("error: unrecognized condition: {s:?}")))
    }

    /// Whether one object meets the condition (never true for `Delete`; always for `Create`).
    pub(crate) fn holds(&self, obj: &Value) -> bool {
        match self {
            Condition::Delete => false,
            Condition::Create => true,
            // kubectl: the first condition of that type decides; one observed for an older
            // generation of the object does not count.
            Condition::Status { name, value } => match matching_condition(obj, name) {
                None => false,
                Some(c) => {
                    if let Some(generation) = obj.pointer("/metadata/generation").and_then(Value::as_i64) {
                        let observed = c
                            .get("observedGeneration")
                            .and_then(Value::as_i64)
                            .or_else(|| obj.pointer("/status/observedGeneration").and_then(Value::as_i64));
                        if observed.is_some_and(|o| o < generation) {
                            return false;
                        }
                    }
                    c.get("status").and_then(Value::as_str).is_some_and(|s| same(s, value))
                }
            },
            // kubectl wait: exactly one scalar result, compared as Go's `%v` prints it.
            Condition::JsonPath { expr, value } => match wait_path(expr).and_then(|p| p.find_results(obj)) {
                Ok(results) => match results.first().map(Vec::as_slice) {
                    Some([one]) if !one.is_object() && !one.is_array() => {
                        crate::output::table::cell_text(one).trim() == value.trim()
                    }
                    _ => false,
                },
                Err(_) => false,
            },
            Condition::JsonPathAny { expr } => match wait_path(expr).and_then(|p| p.find_results(obj)) {
                Ok(results) => results.first().is_some_and(|r| !r.is_empty()),
                Err(_) => false,
            },
        }
    }

    /// Whether the whole watched set meets it: no objects left (delete), or at least one
    /// object and every one meets it.
    pub(crate) fn met<'a>(&self, mut objects: impl Iterator<Item = &'a Value>) -> bool {
        match self {
            Condition::Delete => objects.next().is_none(),
            _ => {
                let mut any = false;
                for o in objects {
                    if !self.holds(o) {
                        return false;
                    }
                    any = true;
                }
                any
            }
        }
    }
}

/// kubectl's `splitJSONPathInput`: split on single `=`; `==` stays in the part.
fn split_jsonpath_input(input: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut chars = input.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '=' {
            if chars.peek() == Some(&'=') {
                chars.next();
                cur.push_str("==");
                continue;
            }
            out.push(std::mem::take(&mut cur));
            continue;
        }
        cur.push(c);
    }
    out.push(cur);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn wait_parser() {
        assert_eq!(Condition::parse_wait("create").unwrap(), Condition::Create);
        assert_eq!(
            Condition::parse_wait("jsonpath={.status.phase}").unwrap(),
            Condition::JsonPathAny {
                expr: "{.status.phase}".into()
            }
        );
        assert_eq!(
            Condition::parse_wait("jsonpath={.status.conditions[?(@.type==\"Ready\")].status}=True").unwrap(),
            Condition::JsonPath {
                expr: "{.status.conditions[?(@.type==\"Ready\")].status}".into(),
                value: "True".into()
            }
        );
        assert!(Condition::parse_wait("jsonpath={.a}=").is_err());
        assert!(Condition::parse_wait("jsonpath={.a}=b=c").is_err());
        assert!(Condition::parse_wait("ready").is_err());
        assert_eq!(
            split_jsonpath_input("a.b.c====d.e.f===g.h.i==="),
            ["a.b.c====d.e.f==", "g.h.i==", ""]
        );
    }

    #[test]
    fn observed_generation_and_first_match() {
        let c = Condition::parse_wait("condition=Ready").unwrap();
        let old = json!({"metadata": {"generation": 2}, "status": {"observedGeneration": 1, "conditions": [{"type": "Ready", "status": "True"}]}});
        assert!(!c.holds(&old));
        let new = json!({"metadata": {"generation": 2}, "status": {"conditions": [{"type": "Ready", "status": "True", "observedGeneration": 2}]}});
        assert!(c.holds(&new));
        let first = json!({"status": {"conditions": [{"type": "Ready", "status": "False"}, {"type": "Ready", "status": "True"}]}});
        assert!(!c.holds(&first));
    }

    #[test]
    fn fail_on_lines() {
        let f = ForCondition::parse_fail_on("condition=Failed").unwrap();
        let job = json!({"status": {"conditions": [{"type": "Failed", "status": "True", "reason": "BackoffLimitExceeded", "message": "Job has reached the specified backoff limit"}]}});
        assert_eq!(
            f.failure(&job).unwrap(),
            "--fail-on=condition=Failed met: BackoffLimitExceeded: Job has reached the specified backoff limit"
        );
        assert!(f.failure(&json!({})).is_none());
        assert!(ForCondition::parse_fail_on("delete").is_err());
        let j = ForCondition::parse_fail_on("jsonpath={.status.phase}=Failed").unwrap();
        assert_eq!(
            j.failure(&json!({"status": {"phase": "Failed"}})).unwrap(),
            "--fail-on=jsonpath={.status.phase}=Failed met"
        );
    }
}
