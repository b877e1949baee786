//! `kctl create token SA`: a TokenRequest for a service account. The token is printed
//! alone (a newline only on a terminal), as kubectl prints it; `-o` prints the whole
//! TokenRequest. The token never reaches a log: the request log shows no bodies, and `-v 9`
//! redacts a TokenRequest's `status.token` (see `resource::redact`).

use std::io::IsTerminal as _;

use serde_json::{Map, Value, json};

use super::common::{CommonOptions, CreatedOutput, ResultPrinter};
use crate::cli::CreateToken;
use crate::cmd::Context;
use crate::error::{Error, Result};
use crate::resource::ApiResourceInfo;
use crate::resource::http::ACCEPT_JSON;
use crate::resource::request::Request;
use crate::status::ExitStatus;

/// The kinds a token may be bound to, and their API versions.
const BOUND_KINDS: &[(&str, &str)] = &[("Node", "v1"), ("Pod", "v1"), ("Secret", "v1")];

fn usage(msg: impl Into<String>) -> Error {
    Error::Usage(msg.into())
}

/// `--duration` as Go's `time.ParseDuration` takes it, checked as kubectl checks it: whole
/// seconds, not negative. `None`: let the server decide.
fn duration_secs(text: &str) -> Result<Option<u64>> {
    let invalid = || {
        usage(format!(
            "invalid argument \"{text}\" for \"--duration\" flag: time: invalid duration \"{text}\""
        ))
    };
    let (negative, body) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text.strip_prefix('+').unwrap_or(text)),
    };
    // Go wants a unit on every number but a bare 0.
    if body != "0" && body.bytes().all(|b| b.is_ascii_digit() || b == b'.') {
        return Err(invalid());
    }
    let d = crate::time::parse_duration(body).map_err(|_| invalid())?;
    let Some(d) = d else { return Ok(None) };
    if negative {
        return Err(usage("--duration must be greater than or equal to 0"));
    }
    if d.subsec_nanos() != 0 {
        return Err(usage("--duration cannot be expressed in units less than seconds"));
    }
    Ok(Some(d.as_secs()))
}

/// The TokenRequest to send, after kubectl's checks.
fn token_request(a: &CreateToken) -> Result<Value> {
    let seconds = duration_secs(&a.duration)?;
    if a.audience.iter().any(String::is_empty) {
        return Err(usage("--audience must not be an empty string"));
    }
    let kinds = BOUND_KINDS.iter().map(|(k, _)| *k).collect::<Vec<_>>().join(", ");
    let mut spec = Map::new();
    if !a.audience.is_empty() {
        spec.insert("audiences".into(), json!(a.audience));
    }
    if let Some(s) = seconds {
        spec.insert("expirationSeconds".into(), json!(s));
    }
    if a.bound_object_kind.is_empty() {
        if !a.bound_object_name.is_empty() {
            return Err(usage(
                "--bound-object-name can only be set if --bound-object-kind is provided",
            ));
        }
        if !a.bound_object_uid.is_empty() {
            return Err(usage(
                "--bound-object-uid can only be set if --bound-object-kind is provided",
            ));
        }
    } else {
        let Some((kind, version)) = BOUND_KINDS.iter().find(|(k, _)| *k == a.bound_object_kind) else {
            return Err(usage(format!("supported --bound-object-kind values are {kinds}")));
        };
        if a.bound_object_name.is_empty() {
            return Err(usage(
                "--bound-object-name is required if --bound-object-kind is provided",
            ));
        }
        let mut r = Map::new();
        r.insert("kind".into(), json!(kind));
        r.insert("apiVersion".into(), json!(version));
        r.insert("name".into(), json!(a.bound_object_name));
        if !a.bound_object_uid.is_empty() {
            r.insert("uid".into(), json!(a.bound_object_uid));
        }
        spec.insert("boundObjectRef".into(), Value::Object(r));
    }
    Ok(json!({
        "kind": "TokenRequest",
        "apiVersion": "authentication.k8s.io/v1",
        "metadata": {"creationTimestamp": null},
        "spec": spec,
    }))
}

fn service_accounts() -> ApiResourceInfo {
    ApiResourceInfo {
        group: String::new(),
        version: "v1".into(),
        plural: "serviceaccounts".into(),
        singular: "serviceaccount".into(),
        kind: "ServiceAccount".into(),
        short_names: vec![],
        categories: vec![],
        verbs: vec![],
        namespaced: true,
        preferred: true,
    }
}

/// `create token`.
pub(crate) async fn run(a: &CreateToken, common: &CommonOptions, cx: &mut Context<'_>) -> Result<ExitStatus> {
    let body = token_request(a)?;
    let cluster = cx.connect().await?;
    let failed = |e: Error| {
        let text = match e {
            Error::Api(status) => status.message,
            other => {
                let t = other.render();
                t.strip_prefix("error: ").unwrap_or(&t).to_string()
            }
        };
        usage(format!("failed to create token: {text}"))
    };
    let bytes = Request::object(&service_accounts(), Some(cluster.namespace.as_str()), &a.name)
        .subresource("token")
        .method(http::Method::POST)
        .accept(ACCEPT_JSON)
        .body(serde_json::to_vec(&body).map_err(|e| Error::Decode(format!("error: {e}")))?)
        .send(&cluster)
        .await
        .map_err(failed)?;
    let response: Value = serde_json::from_slice(&bytes)
        .map_err(|e| Error::Decode(format!("error: cannot decode the server's answer: {e}")))?;
    let token = response
        .pointer("/status/token")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_string();
    if token.is_empty() {
        return Err(usage("failed to create token: no token in server response"));
    }
    if !matches!(common.output, CreatedOutput::Created) {
        let mut printer = ResultPrinter::new(common, true);
        printer.print(cx.out, "tokenrequest.authentication.k8s.io", response)?;
        return Ok(ExitStatus::Success);
    }
    if std::io::stdout().is_terminal() {
        writeln!(cx.out, "{token}")?;
    } else {
        write!(cx.out, "{token}")?;
    }
    cx.out.flush()?;
    Ok(ExitStatus::Success)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_as_kubectl_checks_them() {
        assert_eq!(duration_secs("10m").unwrap(), Some(600));
        assert_eq!(duration_secs("0").unwrap(), None);
        assert_eq!(duration_secs("0s").unwrap(), None);
        assert_eq!(
            duration_secs("1500ms").unwrap_err().to_string(),
            "--duration cannot be expressed in units less than seconds"
        );
        assert_eq!(
            duration_secs("-1h").unwrap_err().to_string(),
            "--duration must be greater than or equal to 0"
        );
        assert_eq!(
            duration_secs("10").unwrap_err().to_string(),
            "invalid argument \"10\" for \"--duration\" flag: time: invalid duration \"10\""
        );
    }
}
