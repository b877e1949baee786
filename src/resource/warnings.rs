//! The server's warnings (`Warning: 299 - "text"` response headers: deprecated APIs,
//! admission webhooks, policy engines), printed on stderr as kubectl prints them:
//! `Warning: TEXT`, each distinct text once per run, in the order they arrive. Every answer
//! of every request goes through [`note`] (from `http`), so list pages, watches, writes and
//! failed requests are all covered. `--warnings-as-errors` reads [`count`] at the end.

use std::collections::HashSet;
use std::io::{IsTerminal, Write};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use http::HeaderMap;

/// Texts printed so far in this run.
static SEEN: Mutex<Option<HashSet<String>>> = Mutex::new(None);
/// How many distinct warnings were printed (client-go's `WarningCount`).
static COUNT: AtomicUsize = AtomicUsize::new(0);

/// How many distinct warnings the server sent in this run.
pub(crate) fn count() -> usize {
    COUNT.load(Ordering::Relaxed)
}

/// Print the new warnings of one answer's headers.
pub(crate) fn note(headers: &HeaderMap) {
    let mut texts = Vec::new();
    for value in headers.get_all(http::header::WARNING) {
        let Ok(value) = std::str::from_utf8(value.as_bytes()) else {
            continue;
        };
        texts.extend(
            parse_header(value)
                .into_iter()
                .filter(|(code, t)| *code == 299 && !t.is_empty())
                .map(|(_, t)| t),
        );
    }
    if texts.is_empty() {
        return;
    }
    let mut seen = SEEN.lock().unwrap_or_else(|e| e.into_inner());
    let seen = seen.get_or_insert_with(HashSet::new);
    let color = colour();
    let mut err = std::io::stderr().lock();
    for text in texts {
        if !seen.insert(text.clone()) {
            continue;
        }
        COUNT.fetch_add(1, Ordering::Relaxed);
        let _ = err.write_all(line(&text, color).as_bytes());
    }
}

/// kubectl's line for one warning (client-go's `warningWriter`).
pub(crate) fn line(text: &str, color: bool) -> String {
    if color {
        format!("\u{1b}[33;1mWarning:\u{1b}[0m {text}\n")
    } else {
        format!("Warning: {text}\n")
    }
}

/// kubectl colours `Warning:` when stderr is a terminal (and `TERM` is not `dumb`); kctl
/// also honours `NO_COLOR`.
fn colour() -> bool {
    std::io::stderr().is_terminal()
        && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        && std::env::var("TERM").ok().is_none_or(|t| t != "dumb")
}

/// client-go's `ParseWarningHeaders` for one header value: `(code, text)` of each warning
/// it holds (`299 - "text"`, optionally with a quoted date, several separated by commas);
/// parsing stops at the first malformed one. Texts with control characters are dropped, as
/// client-go drops them.
pub(crate) fn parse_header(mut header: &str) -> Vec<(u16, String)> {
    let mut out = Vec::new();
    while !header.is_empty() {
        match parse_one(header) {
            Some((code, text, rest)) => {
                out.push((code, text));
                header = rest;
            }
            None => break,
        }
    }
    out
}

/// One warning and what follows it; `None` when malformed (a text with control characters
/// included): client-go then drops the rest of the header.
fn parse_one(header: &str) -> Option<(u16, String, &str)> {
    let header = header.trim();
    let mut parts = header.splitn(3, ' ');
    let (code, agent, rest) = (parts.next()?, parts.next()?, parts.next()?);
    if code.len() != 3 || !code.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    if agent.is_empty() || agent.chars().any(char::is_control) || rest.is_empty() {
        return None;
    }
    let rest = rest.strip_prefix('"')?;
    let mut text = String::new();
    let mut escaping = false;
    let mut end = None;
    for (i, c) in rest.char_indices() {
        match c {
            '"' if !escaping => {
                end = Some(i);
                break;
            }
            '\\' if !escaping => escaping = true,
            _ => {
                text.push(c);
                escaping = false;
            }
        }
    }
    let end = end?;
    if text.chars().any(char::is_control) {
        return None;
    }
    let mut remainder = rest[end + 1..].trim();
    if let Some(date) = remainder.strip_prefix('"') {
        let close = date.find('"')?;
        remainder = date[close + 1..].trim();
    }
    if !remainder.is_empty() {
        remainder = remainder.strip_prefix(',')?.trim();
    }
    Some((code.parse().ok()?, text, remainder))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_parse_as_client_go_parses_them() {
        let ingress = r#"299 - "extensions/v1beta1 Ingress is deprecated in v1.14+, unavailable in v1.22+; use networking.k8s.io/v1 Ingress""#;
        assert_eq!(
            parse_header(ingress),
            [(299, "extensions/v1beta1 Ingress is deprecated in v1.14+, unavailable in v1.22+; use networking.k8s.io/v1 Ingress".to_string())]
        );
        assert_eq!(
            parse_header(r#"299 - "a \"b\" \\c" "Mon, 01 Jan 2024 00:00:00 GMT", 199 agent "two""#),
            [(299, r#"a "b" \c"#.to_string()), (199, "two".to_string())]
        );
        assert!(parse_header("299 -").is_empty());
        assert!(parse_header(r#"29 - "x""#).is_empty());
        assert!(parse_header(r#"299 - "unterminated"#).is_empty());
        assert!(parse_header("299 - \"bell\u{7}\"").is_empty());
        assert!(parse_header(r#"299 - "a" junk"#).is_empty());
    }

    #[test]
    fn lines_are_kubectls() {
        assert_eq!(line("x", false), "Warning: x\n");
        assert_eq!(line("x", true), "\u{1b}[33;1mWarning:\u{1b}[0m x\n");
    }
}
