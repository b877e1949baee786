//! `--raw` on `get`, `create` and `delete`: kubectl's checks of what each refuses beside
//! it, in kubectl's order and words, to one [`RawOptions`].

use http::Method;

use crate::cli::{CreateArgs, DeleteArgs, GetArgs};
use crate::cmd::raw::{RawOptions, check_path};
use crate::error::{Error, Result};

/// `kctl get --raw PATH`.
pub(crate) fn get_raw(args: &GetArgs, path: &str) -> Result<RawOptions> {
    if !args.args.is_empty() {
        return Err(Error::Usage(
            "arguments may not be passed when --raw is specified".into(),
        ));
    }
    if args.watch || args.watch_only || args.selector.is_some() {
        return Err(Error::Usage(
            "--raw may not be specified with other flags that filter the server request or alter the output".into(),
        ));
    }
    if args.output.is_some() {
        return Err(Error::Usage("--raw and --output are mutually exclusive".into()));
    }
    check_path(path)?;
    Ok(RawOptions {
        method: Method::GET,
        path: path.to_string(),
        file: None,
    })
}

fn create_usage(msg: &str) -> Error {
    Error::Usage(msg.to_string())
}

/// `kctl create --raw PATH -f FILE` (no `-f` at all is `create`'s own error).
pub(crate) fn create_raw(args: &CreateArgs, path: &str) -> Result<RawOptions> {
    if args.filenames.len() != 1 {
        return Err(create_usage("--raw can only use a single local file or stdin"));
    }
    let file = &args.filenames[0];
    if file.starts_with("http://") || file.starts_with("https://") {
        return Err(create_usage("--raw cannot read from a url"));
    }
    if args.recursive {
        return Err(create_usage("--raw and --recursive are mutually exclusive"));
    }
    if args.selector.is_some() {
        return Err(create_usage("--raw and --selector (-l) are mutually exclusive"));
    }
    if args.common.output.is_some() {
        return Err(create_usage("--raw and --output are mutually exclusive"));
    }
    check_path(path)?;
    Ok(RawOptions {
        method: Method::POST,
        path: path.to_string(),
        file: Some(file.clone()),
    })
}

/// `kctl delete --raw PATH [-f FILE]`, after delete's own checks of `-o`, `--all` and
/// `--force`.
pub(crate) fn delete_raw(args: &DeleteArgs, path: &str) -> Result<RawOptions> {
    if let Some(o) = args.output.as_deref()
        && o != "name"
    {
        return Err(Error::Usage(format!(
            "unexpected -o output mode: {o}. We only support '-o name'"
        )));
    }
    if args.all && args.selector.is_some() {
        return Err(Error::Usage("cannot set --all and --selector at the same time".into()));
    }
    if args.all && args.field_selector.is_some() {
        return Err(Error::Usage(
            "cannot set --all and --field-selector at the same time".into(),
        ));
    }
    if args.force && args.grace_period > 0 {
        return Err(Error::Usage(
            "--force and --grace-period greater than 0 cannot be specified together".into(),
        ));
    }
    if args.filenames.len() > 1 {
        return Err(Error::Usage("--raw can only use a single local file or stdin".into()));
    }
    if let Some(file) = args.filenames.first()
        && (file.starts_with("http://") || file.starts_with("https://"))
    {
        return Err(Error::Usage("--raw cannot read from a url".into()));
    }
    if args.recursive {
        return Err(Error::Usage("--raw and --recursive are mutually exclusive".into()));
    }
    if args.output.is_some() {
        return Err(Error::Usage("--raw and --output are mutually exclusive".into()));
    }
    check_path(path)?;
    Ok(RawOptions {
        method: Method::DELETE,
        path: path.to_string(),
        file: args.filenames.first().cloned(),
    })
}

#[cfg(test)]
mod tests {
    use clap::Parser;

    use super::*;
    use crate::cli::{Cli, Command};

    fn check(line: &[&str]) -> std::result::Result<RawOptions, String> {
        let cli = Cli::try_parse_from(line).expect("parses");
        let r = match &cli.command {
            Command::Get(a) => get_raw(a, a.raw.as_deref().unwrap()),
            Command::Create(a) => create_raw(a, a.raw.as_deref().unwrap()),
            Command::Delete(a) => delete_raw(a, a.raw.as_deref().unwrap()),
            _ => unreachable!(),
        };
        r.map_err(|e| e.render())
    }

    #[test]
    fn what_each_verb_refuses_beside_raw() {
        let ok = check(&["kctl", "get", "--raw", "/healthz"]).unwrap();
        assert_eq!((ok.method, ok.path.as_str(), ok.file), (Method::GET, "/healthz", None));
        for (line, want) in [
            (
                &["kctl", "get", "--raw", "/x", "pods"][..],
                "error: arguments may not be passed when --raw is specified",
            ),
            (
                &["kctl", "get", "--raw", "/x", "-w"],
                "error: --raw may not be specified with other flags that filter the server request or alter the output",
            ),
            (
                &["kctl", "get", "--raw", "/x", "-l", "a=b"],
                "error: --raw may not be specified with other flags that filter the server request or alter the output",
            ),
            (
                &["kctl", "get", "--raw", "/x", "-o", "json"],
                "error: --raw and --output are mutually exclusive",
            ),
            (
                &["kctl", "get", "--raw", "x"],
                "error: --raw must be a valid URL path: parse \"x\": invalid URI for request",
            ),
            (
                &["kctl", "create", "--raw", "/x", "-f", "a", "-f", "b"],
                "error: --raw can only use a single local file or stdin",
            ),
            (
                &["kctl", "create", "--raw", "/x", "-f", "https://a"],
                "error: --raw cannot read from a url",
            ),
            (
                &["kctl", "create", "--raw", "/x", "-f", "a", "-R"],
                "error: --raw and --recursive are mutually exclusive",
            ),
            (
                &["kctl", "create", "--raw", "/x", "-f", "a", "-l", "a=b"],
                "error: --raw and --selector (-l) are mutually exclusive",
            ),
            (
                &["kctl", "create", "--raw", "/x", "-f", "a", "-o", "name"],
                "error: --raw and --output are mutually exclusive",
            ),
            (
                &["kctl", "delete", "--raw", "/x", "-o", "name"],
                "error: --raw and --output are mutually exclusive",
            ),
            (
                &["kctl", "delete", "--raw", "/x", "-o", "yaml"],
                "error: unexpected -o output mode: yaml. We only support '-o name'",
            ),
            (
                &["kctl", "delete", "--raw", "/x", "-f", "a", "-f", "b"],
                "error: --raw can only use a single local file or stdin",
            ),
            (
                &["kctl", "delete", "--raw", "/x", "-R"],
                "error: --raw and --recursive are mutually exclusive",
            ),
        ] {
            assert_eq!(check(line).unwrap_err(), want, "{line:?}");
        }
        let post = check(&["kctl", "create", "--raw", "/api/v1/namespaces/x/pods", "-f", "-"]).unwrap();
        assert_eq!((post.method, post.file.as_deref()), (Method::POST, Some("-")));
        let delete = check(&["kctl", "delete", "--raw", "/api/v1/namespaces/x/pods/p"]).unwrap();
        assert_eq!((delete.method, delete.file), (Method::DELETE, None));
    }
}
