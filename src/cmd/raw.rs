//! `get --raw PATH`, `create --raw PATH -f FILE` and `delete --raw PATH [-f FILE]`: one
//! request to a server path, the answer's body written as the server sent it (JSON or
//! not); a failure answer is kubectl's error and exit 1.

use std::io::Read;

use http::Method;

use crate::error::{Error, Result, io_text};
use crate::resource::request::Request;
use crate::status::ExitStatus;

/// kubectl's `Accept` for a raw request.
const ACCEPT_RAW: &str = "application/json, */*";

/// One raw request, checked by `settings`.
#[derive(Debug, Clone)]
pub(crate) struct RawOptions {
    pub(crate) method: Method,
    /// The server path (and query), as typed.
    pub(crate) path: String,
    /// The body's file (`-` is stdin); none: an empty body.
    pub(crate) file: Option<String>,
}

/// `url.ParseRequestURI`'s check, as kubectl makes it: an absolute path or an absolute URL.
pub(crate) fn check_path(path: &str) -> Result<()> {
    let has_scheme = path.split_once(':').is_some_and(|(scheme, _)| {
        scheme.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
            && scheme
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
    });
    if path.starts_with('/') || has_scheme {
        return Ok(());
    }
    Err(Error::Usage(format!(
        "--raw must be a valid URL path: parse {path:?}: invalid URI for request"
    )))
}

pub(crate) async fn run(opts: &RawOptions, cx: &mut super::Context<'_>) -> Result<ExitStatus> {
    let body = match opts.file.as_deref() {
        None => None,
        Some("-") => {
            let mut buf = Vec::new();
            std::io::stdin().lock().read_to_end(&mut buf)?;
            Some(buf)
        }
        Some(path) => Some(std::fs::read(path).map_err(|e| Error::Usage(format!("open {path}: {}", io_text(&e))))?),
    };
    let cluster = cx.connect().await?;
    let mut request = Request::get(opts.path.as_str())
        .method(opts.method.clone())
        .accept(ACCEPT_RAW);
    if let Some(body) = body {
        request = request.body(body);
    }
    let bytes = request.send(&cluster).await?;
    cx.out.write_all(&bytes)?;
    cx.out.flush()?;
    Ok(ExitStatus::Success)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_as_parse_request_uri_takes_them() {
        for ok in ["/healthz", "/api/v1/namespaces?limit=1", "/", "https://x/y"] {
            assert!(check_path(ok).is_ok(), "{ok}");
        }
        for bad in ["healthz", "", "api/v1", "?x"] {
            assert!(check_path(bad).is_err(), "{bad}");
        }
        assert_eq!(
            check_path("healthz").unwrap_err().render(),
            "error: --raw must be a valid URL path: parse \"healthz\": invalid URI for request"
        );
    }
}
