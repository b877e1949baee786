//! `kctl wait`'s flags, typed.

use std::time::Duration;

use crate::cli::WaitArgs;
use crate::cmd::condition::ForCondition;
use crate::cmd::wait::{WEEK, WaitObjects, WaitOptions};
use crate::error::{Error, Result};
use crate::resource::api::ListParams;
use crate::resource::manifest::Inputs;

/// `kctl wait`, checked in kubectl's order: `-o`, then the selection, then `--for`.
pub(crate) fn wait(args: &WaitArgs) -> Result<WaitOptions> {
    let name_only = match args.output.as_deref() {
        None | Some("") => false,
        Some("name") => true,
        Some(other) => {
            return Err(Error::Usage(format!(
                "unable to match a printer suitable for the output format \"{other}\", allowed formats are: name"
            )));
        }
    };
    let timeout = timeout(&args.timeout)?;
    let selecting = args.all || args.selector.is_some() || args.field_selector.is_some();
    let objects = if !args.filenames.is_empty() {
        if !args.args.is_empty() {
            return Err(Error::Usage(
                "when paths, URLs, or stdin is provided as input, you may not specify resource arguments as well"
                    .into(),
            ));
        }
        WaitObjects::Files(Inputs {
            paths: args.filenames.clone(),
            recursive: args.recursive,
            selector: None,
        })
    } else {
        if selecting && args.args.iter().any(|a| a.contains('/')) {
            return Err(Error::Usage(
                "selectors and the all flag cannot be used when passing resource/name arguments".into(),
            ));
        }
        WaitObjects::Types {
            args: args.args.clone(),
            list: selecting.then(|| ListParams {
                label_selector: args.selector.clone(),
                field_selector: args.field_selector.clone(),
                limit: 500,
                continue_token: None,
            }),
        }
    };
    let conditions = if args.for_condition.is_empty() {
        vec![ForCondition::parse_wait("")?]
    } else {
        args.for_condition
            .iter()
            .map(|c| ForCondition::parse_wait(c))
            .collect::<Result<Vec<_>>>()?
    };
    let fail_on = args
        .fail_on
        .iter()
        .map(|f| ForCondition::parse_fail_on(f))
        .collect::<Result<Vec<_>>>()?;
    Ok(WaitOptions {
        objects,
        all_namespaces: args.all_namespaces,
        conditions,
        fail_on,
        timeout,
        name_only,
    })
}

/// kubectl's `--timeout`: a Go duration; 0 checks once, negative waits a week.
fn timeout(text: &str) -> Result<Duration> {
    let t = text.trim();
    if let Some(rest) = t.strip_prefix('-') {
        crate::time::parse_duration(rest)?;
        return Ok(WEEK);
    }
    Ok(crate::time::parse_duration(t)?.unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timeouts() {
        assert_eq!(timeout("30s").unwrap(), Duration::from_secs(30));
        assert_eq!(timeout("0").unwrap(), Duration::ZERO);
        assert_eq!(timeout("-1s").unwrap(), WEEK);
        assert!(timeout("soon").is_err());
    }
}
