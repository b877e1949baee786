//! `kctl create secret docker-registry`: a `kubernetes.io/dockerconfigjson` secret from
//! `--docker-*` flags, or from `.dockerconfigjson` files (`--from-file`), as kubectl builds it.

use std::collections::BTreeMap;

use k8s_openapi::ByteString;
use k8s_openapi::api::core::v1::Secret;
use k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta;
use serde_json::json;

use super::built::{Built, usage};
use crate::cli::CreateSecretDockerRegistry;
use crate::error::{Result, io_text};

/// The key of a docker config secret.
const KEY: &str = ".dockerconfigjson";

/// Go's `json.Marshal` escapes these in strings; serde_json does not.
fn go_escape(json: &str) -> String {
    json.replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
        .replace('\u{2028}', "\\u2028")
        .replace('\u{2029}', "\\u2029")
}

/// `base64(user:password)`.
fn base64(bytes: &[u8]) -> String {
    serde_json::to_value(ByteString(bytes.to_vec()))
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

/// kubectl's `handleDockerCfgJSONContent`: `{"auths":{SERVER:{username,password,email,auth}}}`,
/// empty fields left out, in the Go struct's field order.
fn docker_config_json(user: &str, password: &str, email: &str, server: &str) -> Vec<u8> {
    let mut entry = Vec::new();
    for (k, v) in [("username", user), ("password", password), ("email", email)] {
        if !v.is_empty() {
            entry.push(format!("\"{k}\":{}", json!(v)));
        }
    }
    let auth = base64(format!("{user}:{password}").as_bytes());
    if !auth.is_empty() {
        entry.push(format!("\"auth\":{}", json!(auth)));
    }
    let text = format!("{{\"auths\":{{{}:{{{}}}}}}}", json!(server), entry.join(","));
    go_escape(&text).into_bytes()
}

/// kubectl's `IsConfigMapKey`.
fn valid_key(key: &str) -> bool {
    !key.is_empty()
        && key.len() <= 253
        && key
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
        && key != "."
        && key != ".."
        && !key.starts_with("..")
}

/// `--from-file=[key=]path`: the key defaults to `.dockerconfigjson`.
fn from_files(sources: &[String]) -> Result<BTreeMap<String, ByteString>> {
    let mut data = BTreeMap::new();
    for src in sources {
        let src = if src.contains('=') {
            src.clone()
        } else {
            format!("{KEY}={src}")
        };
        let (key, path) = src.split_once('=').expect("a key");
        if path.contains('=') {
            return Err(usage("key names or file paths cannot contain '='"));
        }
        if key.is_empty() {
            return Err(usage(format!("key name for file path {path} missing")));
        }
        if path.is_empty() {
            return Err(usage(format!("file path for key name {key} missing")));
        }
        let meta = std::fs::metadata(path).map_err(|e| usage(format!("error reading {path}: {}", io_text(&e))))?;
        if meta.is_dir() {
            return Err(usage("cannot give a key name for a directory path"));
        }
        if !valid_key(key) {
            return Err(usage(format!(
                "{key:?} is not valid key name for a Secret a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')"
            )));
        }
        if data.contains_key(key) {
            return Err(usage(format!(
                "cannot add key {key}, another key by that name already exists"
            )));
        }
        let bytes = std::fs::read(path).map_err(|e| usage(format!("error reading {path}: {}", io_text(&e))))?;
        data.insert(key.to_string(), ByteString(bytes));
    }
    Ok(data)
}

/// `create secret docker-registry`.
pub(super) fn docker_registry(a: &CreateSecretDockerRegistry) -> Result<Built> {
    if a.from_file.is_empty()
        && (a.docker_username.is_empty() || a.docker_password.is_empty() || a.docker_server.is_empty())
    {
        return Err(usage(
            "either --from-file or the combination of --docker-username, --docker-password and --docker-server is required",
        ));
    }
    let data = if a.from_file.is_empty() {
        BTreeMap::from([(
            KEY.to_string(),
            ByteString(docker_config_json(
                &a.docker_username,
                &a.docker_password,
                &a.docker_email,
                &a.docker_server,
            )),
        )])
    } else {
        from_files(&a.from_file)?
    };
    let s = Secret {
        metadata: ObjectMeta {
            name: Some(a.name.clone()),
            ..Default::default()
        },
        data: Some(data),
        type_: Some("kubernetes.io/dockerconfigjson".into()),
        ..Default::default()
    };
    let obj = serde_json::to_value(&s).map_err(|e| crate::error::Error::Decode(format!("error: {e}")))?;
    Ok(Built::new(obj, "secret", Some("failed to create secret "), true))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn config_json_as_kubectl() {
        let got = String::from_utf8(docker_config_json("u", "p", "e@x", "reg.io")).unwrap();
        assert_eq!(
            got,
            r#"{"auths":{"reg.io":{"username":"u","password":"p","email":"e@x","auth":"dTpw"}}}"#
        );
        // kubectl's bytes for --docker-server=reg.io --docker-username=u --docker-password=p --docker-email=e@x
        assert_eq!(
            base64(got.as_bytes()),
            "eyJhdXRocyI6eyJyZWcuaW8iOnsidXNlcm5hbWUiOiJ1IiwicGFzc3dvcmQiOiJwIiwiZW1haWwiOiJlQHgiLCJhdXRoIjoiZFRwdyJ9fX0="
        );
        let no_email = String::from_utf8(docker_config_json("u", "p", "", "https://index.docker.io/v1/")).unwrap();
        assert_eq!(
            base64(no_email.as_bytes()),
            "eyJhdXRocyI6eyJodHRwczovL2luZGV4LmRvY2tlci5pby92MS8iOnsidXNlcm5hbWUiOiJ1IiwicGFzc3dvcmQiOiJwIiwiYXV0aCI6ImRUcHcifX19"
        );
    }
}
