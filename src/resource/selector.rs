//! Label selectors matched locally, on objects read from files (`create -f ... -l`, `delete -f ... -l`):
//! `k=v`, `k==v`, `k!=v`, `k in (a,b)`, `k notin (a,b)`, `k`, `!k`, comma-separated (all must hold).

use std::collections::BTreeMap;

use crate::error::{Error, Result};

#[derive(Debug, Clone, PartialEq, Eq)]
enum Req {
    Eq(String, String),
    Ne(String, String),
    In(String, Vec<String>),
    NotIn(String, Vec<String>),
    Exists(String),
    NotExists(String),
}

/// A parsed selector.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Selector(Vec<Req>);

/// Split on commas outside parentheses.
fn split_top(s: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut depth = 0i32;
    let mut start = 0;
    for (i, c) in s.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            ',' if depth == 0 => {
                out.push(&s[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    out.push(&s[start..]);
    out
}

fn bad(s: &str) -> Error {
    Error::Usage(format!("unable to parse requirement: invalid label selector {s:?}"))
}

fn key(k: &str, whole: &str) -> Result<String> {
    let k = k.trim();
    // Label keys: `[prefix/]name` of letters, digits, `-`, `_` and `.` (so `!!` is no key).
    if k.is_empty()
        || !k
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | '/'))
    {
        return Err(bad(whole));
    }
    Ok(k.to_string())
}

fn set(rest: &str, whole: &str) -> Result<Vec<String>> {
    let rest = rest.trim();
    let inner = rest
        .strip_prefix('(')
        .and_then(|r| r.strip_suffix(')'))
        .ok_or_else(|| bad(whole))?;
    Ok(inner
        .split(',')
        .map(|v| v.trim().to_string())
        .filter(|v| !v.is_empty())
        .collect())
}

impl Selector {
    pub(crate) fn parse(s: &str) -> Result<Selector> {
        let mut reqs = Vec::new();
        for part in split_top(s) {
            let p = part.trim();
            if p.is_empty() {
                continue;
            }
            let req = if let Some((k, v)) = p.split_once("!=") {
                Req::Ne(key(k, s)?, v.trim().to_string())
            } else if let Some((k, v)) = p.split_once("==") {
                Req::Eq(key(k, s)?, v.trim().to_string())
            } else if let Some((k, v)) = p.split_once('=') {
                Req::Eq(key(k, s)?, v.trim().to_string())
            } else if let Some(k) = p.strip_prefix('!') {
                Req::NotExists(key(k, s)?)
            } else if let Some(i) = p.find(" notin ") {
                Req::NotIn(key(&p[..i], s)?, set(&p[i + 7..], s)?)
            } else if let Some(i) = p.find(" in ") {
                Req::In(key(&p[..i], s)?, set(&p[i + 4..], s)?)
            } else {
                Req::Exists(key(p, s)?)
            };
            reqs.push(req);
        }
        Ok(Selector(reqs))
    }

    pub(crate) fn matches(&self, labels: &BTreeMap<String, String>) -> bool {
        self.0.iter().all(|r| match r {
            Req::Eq(k, v) => labels.get(k) == Some(v),
            Req::Ne(k, v) => labels.get(k) != Some(v),
            Req::In(k, vs) => labels.get(k).is_some_and(|l| vs.contains(l)),
            Req::NotIn(k, vs) => labels.get(k).is_none_or(|l| !vs.contains(l)),
            Req::Exists(k) => labels.contains_key(k),
            Req::NotExists(k) => !labels.contains_key(k),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn selectors() {
        let labels: BTreeMap<String, String> = [("app", "web"), ("tier", "fe")]
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        let m = |s: &str| Selector::parse(s).unwrap().matches(&labels);
        assert!(m("app=web"));
        assert!(m("app==web,tier"));
        assert!(!m("app!=web"));
        assert!(m("app in (web, db)"));
        assert!(!m("app notin (web)"));
        assert!(m("!missing"));
        assert!(!m("missing"));
        assert!(m("tier notin (x),app in (web)"));
        assert!(Selector::parse("app in web").is_err());
    }
}
