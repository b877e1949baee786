//! Exec credential plugins, run by kctl itself: at most once per command (kube would run one
//! three times while building a client), and their credentials kept in the user's cache
//! until shortly before they expire.
//!
//! The cache: `${KCTL_CACHE_DIR:-${XDG_CACHE_HOME:-~/.cache}/kctl}/credentials/<key>.json`,
//! folders 0700 and files 0600, written to a file created exclusively and renamed into place.
//! The key is a SHA-256 of everything that decides what the plugin returns: its command,
//! args, env, apiVersion, interactive mode, the cluster information it is given, and the
//! server and cluster it is for. Only credentials with an `expirationTimestamp` are cached,
//! and only used while more than [`MARGIN_SECS`] are left. `KCTL_NO_CREDENTIAL_CACHE=1`
//! turns the cache off. Nothing here is ever logged: no type holding a credential
//! implements `Debug`.

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use http::HeaderValue;
use kube::client::AuthError;
use kube::config::{ExecConfig, ExecInteractiveMode};
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result, auth_failure};

/// A credential is refreshed (and a cached one not used) this long before it expires, as
/// kube and client-go do.
pub(crate) const MARGIN_SECS: i64 = 60;

/// The format of a cache file; another one is ignored.
const CACHE_FORMAT: u32 = 1;

/// What the plugin printed: an ExecCredential (JSON or YAML, as client-go reads it).
#[derive(Deserialize)]
struct ExecCredential {
    status: Option<Status>,
}

/// The credential part of an ExecCredential, as it is cached.
#[derive(Clone, Serialize, Deserialize)]
struct Status {
    #[serde(rename = "expirationTimestamp", default, skip_serializing_if = "Option::is_none")]
    expiration_timestamp: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    token: Option<String>,
    #[serde(rename = "clientCertificateData", default, skip_serializing_if = "Option::is_none")]
    client_certificate_data: Option<String>,
    #[serde(rename = "clientKeyData", default, skip_serializing_if = "Option::is_none")]
    client_key_data: Option<String>,
}

/// One cache file.
#[derive(Serialize, Deserialize)]
struct CacheFile {
    format: u32,
    /// Seconds since the epoch.
    expires: i64,
    status: Status,
}

/// What a credential lets kctl present.
#[derive(Clone, PartialEq, Eq)]
pub(crate) enum Secret {
    /// A bearer token.
    Token(String),
    /// A client certificate and its key (PEM).
    Cert { cert: String, key: String },
    /// The plugin gave nothing usable (kube sends no credentials then).
    None,
}

/// A credential and where it came from.
#[derive(Clone)]
pub(crate) struct Credential {
    pub(crate) secret: Secret,
    /// Seconds since the epoch (`None`: never expires, never cached).
    pub(crate) expires: Option<i64>,
    /// Read from the cache (a 401 then gets one fresh credential and one more attempt).
    pub(crate) cached: bool,
}

impl Credential {
    /// Whether it should be replaced before use: it expires within the margin (kube's rule:
    /// a plugin whose credentials live less than the margin runs before each request).
    pub(crate) fn expiring(&self, now: i64) -> bool {
        self.expires.is_some_and(|exp| now + MARGIN_SECS >= exp)
    }

    /// The `Authorization` header value of a token credential.
    pub(crate) fn bearer(&self) -> Option<HeaderValue> {
        match &self.secret {
            Secret::Token(t) => {
                let mut v = HeaderValue::try_from(format!("Bearer {t}")).ok()?;
                v.set_sensitive(true);
                Some(v)
            }
            _ => None,
        }
    }
}

/// An exec plugin, as the selected user configures it.
pub(crate) struct Plugin {
    exec: ExecConfig,
    /// `FILE: user "NAME"`, for errors.
    whose: String,
    /// The cache file (`None`: no cache).
    cache: Option<PathBuf>,
}

impl Plugin {
    /// `server` and `cluster_name` are what the credential is for (part of the cache key).
    pub(crate) fn new(exec: ExecConfig, whose: String, server: &str, cluster_name: &str) -> Plugin {
        let cache = if cache_enabled() {
            cache_dir().map(|d| d.join(format!("{}.json", cache_key(&exec, server, cluster_name))))
        } else {
            None
        };
        Plugin { exec, whose, cache }
    }

    /// The error for a failed run, in kctl's words (never the plugin's stdout).
    fn fail(&self, e: &AuthError) -> Error {
        auth_failure(e, &self.whose, self.exec.command.as_deref())
    }

    /// A credential: from the cache when it has one that is not expiring, else from the plugin.
    pub(crate) fn get(&self) -> Result<Credential> {
        let now = crate::time::now();
        if let Some(c) = self.cached(now) {
            return Ok(c);
        }
        self.run()
    }

    /// The cached credential, if any is usable at `now`.
    fn cached(&self, now: i64) -> Option<Credential> {
        let path = self.cache.as_ref()?;
        let bytes = std::fs::read(path).ok()?;
        let file: CacheFile = serde_json::from_slice(&bytes).ok()?;
        if file.format != CACHE_FORMAT || now + MARGIN_SECS >= file.expires {
            return None;
        }
        let secret = secret_of(&file.status)?;
        Some(Credential {
            secret,
            expires: Some(file.expires),
            cached: true,
        })
    }

    /// Forget the cached credential (the server refused it).
    pub(crate) fn drop_cached(&self) {
        if let Some(p) = &self.cache {
            let _ = std::fs::remove_file(p);
        }
    }

    /// Run the plugin once; cache what it gives when it says when that expires.
    pub(crate) fn run(&self) -> Result<Credential> {
        let status = self.exec_plugin()?;
        let expires = match status.expiration_timestamp.as_deref() {
            None => None,
            Some(ts) => Some(crate::time::parse_rfc3339(ts).ok_or_else(|| {
                Error::Config(format!(
                    "{}: the exec plugin's status.expirationTimestamp is not an RFC 3339 time",
                    self.whose
                ))
            })?),
        };
        let secret = secret_of(&status).unwrap_or(Secret::None);
        let now = crate::time::now();
        if let (Some(exp), Some(path)) = (expires, &self.cache)
            && secret != Secret::None
            && exp > now + MARGIN_SECS
        {
            let file = CacheFile {
                format: CACHE_FORMAT,
                expires: exp,
                status: status.clone(),
            };
            if let Err(e) = write_private(path, &file) {
                eprintln!("warning: cannot write the credential cache {}: {e}", path.display());
            }
        }
        Ok(Credential {
            secret,
            expires,
            cached: false,
        })
    }

    /// What kube's own runner does, in kctl: the command with its args and env,
    /// `KUBERNETES_EXEC_INFO`, stdin and stderr passed through when interactive.
    fn exec_plugin(&self) -> Result<Status> {
        let auth = &self.exec;
        let Some(command) = auth.command.as_deref() else {
            return Err(self.fail(&AuthError::MissingCommand));
        };
        let mut cmd = Command::new(command);
        if let Some(args) = &auth.args {
            cmd.args(args);
        }
        if let Some(env) = &auth.env {
            for e in env {
                if let (Some(name), Some(value)) = (e.get("name"), e.get("value")) {
                    cmd.env(name, value);
                }
            }
        }
        let interactive = auth.interactive_mode != Some(ExecInteractiveMode::Never);
        if interactive {
            cmd.stdin(Stdio::inherit());
            cmd.stderr(Stdio::inherit());
        } else {
            cmd.stdin(Stdio::piped());
            cmd.stderr(Stdio::piped());
        }
        cmd.stdout(Stdio::piped());
        let mut spec = serde_json::json!({"interactive": interactive});
        if auth.provide_cluster_info {
            let Some(cluster) = &auth.cluster else {
                return Err(self.fail(&AuthError::ExecMissingClusterInfo));
            };
            spec["cluster"] = serde_json::to_value(cluster).unwrap_or_default();
        }
        let mut info = serde_json::json!({"kind": "ExecCredential", "spec": spec});
        if let Some(v) = &auth.api_version {
            info["apiVersion"] = serde_json::Value::String(v.clone());
        }
        cmd.env("KUBERNETES_EXEC_INFO", info.to_string());
        if let Some(envs) = &auth.drop_env {
            for e in envs {
                cmd.env_remove(e);
            }
        }
        let out = cmd.output().map_err(|e| self.fail(&AuthError::AuthExecStart(e)))?;
        if !out.status.success() {
            return Err(self.fail(&AuthError::AuthExecRun {
                cmd: command.to_string(),
                out: Box::new(out),
            }));
        }
        let cred: ExecCredential =
            serde_saphyr::from_slice(&out.stdout).map_err(|e| self.fail(&AuthError::AuthExecParse(Box::new(e))))?;
        cred.status.ok_or_else(|| self.fail(&AuthError::ExecPluginFailed))
    }
}

/// The exec plugin of a connection and its current credential: what `http` asks before each
/// request (a token for the `Authorization` header, or the client built with a certificate).
pub(crate) struct ExecAuth {
    plugin: Plugin,
    state: tokio::sync::Mutex<State>,
    /// The configuration without credentials, to build a client for a new certificate.
    base: kube::Config,
}

struct State {
    cred: Credential,
    /// Bumped each time the credential changes.
    generation: u64,
    /// A 401 already made kctl fetch a fresh credential (once per command).
    refreshed_after_401: bool,
    /// The client holding a renewed client certificate (`None`: the connection's own).
    client: Option<kube::Client>,
}

/// What one request goes out with.
pub(crate) struct Prepared {
    /// `Authorization: Bearer ...` (sensitive: never logged).
    pub(crate) header: Option<HeaderValue>,
    /// The client to send it with, when a certificate was renewed.
    pub(crate) client: Option<kube::Client>,
    /// The credential's generation, for [`ExecAuth::unauthorized`].
    pub(crate) generation: u64,
}

/// When the selected user's credentials come from an exec plugin (and nothing kube ranks
/// before it: an auth provider, basic auth, a token or a token file), take the plugin out of
/// `config`, run it (or read its cached credential) once, and put a client certificate it
/// returns into `config`. `whose` names the user for errors; `cluster_name` is part of the
/// cache key.
pub(crate) fn take_over(config: &mut kube::Config, whose: &str, cluster_name: &str) -> Result<Option<ExecAuth>> {
    let a = &config.auth_info;
    let earlier = a.auth_provider.is_some()
        || (a.username.is_some() && a.password.is_some())
        || a.token.is_some()
        || a.token_file.is_some();
    if earlier {
        return Ok(None);
    }
    let Some(exec) = config.auth_info.exec.take() else {
        return Ok(None);
    };
    let server = config.cluster_url.to_string();
    let plugin = Plugin::new(exec, whose.to_string(), server.trim_end_matches('/'), cluster_name);
    let cred = plugin.get()?;
    let base = config.clone();
    if let Secret::Cert { cert, key } = &cred.secret {
        with_identity(config, cert, key);
    }
    Ok(Some(ExecAuth {
        plugin,
        state: tokio::sync::Mutex::new(State {
            cred,
            generation: 0,
            refreshed_after_401: false,
            client: None,
        }),
        base,
    }))
}

/// `config` presenting this client certificate (kube wants the kubeconfig's base64 of PEM).
fn with_identity(config: &mut kube::Config, cert: &str, key: &str) {
    let b64 = |pem: &str| match serde_json::to_value(k8s_openapi::ByteString(pem.as_bytes().to_vec())) {
        Ok(serde_json::Value::String(s)) => s,
        _ => String::new(),
    };
    config.auth_info.client_certificate_data = Some(b64(cert));
    config.auth_info.client_key_data = Some(b64(key).into());
}

impl ExecAuth {
    /// The credential for the next request, renewed first when it is about to expire.
    pub(crate) async fn prepare(&self) -> Result<Prepared> {
        let mut st = self.state.lock().await;
        if st.cred.expiring(crate::time::now()) {
            let cred = self.plugin.run()?;
            self.install(&mut st, cred)?;
        }
        Ok(Prepared {
            header: st.cred.bearer(),
            client: st.client.clone(),
            generation: st.generation,
        })
    }

    /// The server answered 401 to a request sent with `generation`: whether to send it once
    /// more. Yes when the credential changed since, or when it came from the cache (it is
    /// dropped, and the plugin runs once for a fresh one); no for a fresh credential.
    pub(crate) async fn unauthorized(&self, generation: u64) -> Result<bool> {
        let mut st = self.state.lock().await;
        if st.generation != generation {
            return Ok(true);
        }
        if !st.cred.cached || st.refreshed_after_401 {
            return Ok(false);
        }
        st.refreshed_after_401 = true;
        self.plugin.drop_cached();
        let cred = self.plugin.run()?;
        self.install(&mut st, cred)?;
        Ok(true)
    }

    fn install(&self, st: &mut State, cred: Credential) -> Result<()> {
        if let Secret::Cert { cert, key } = &cred.secret
            && st.cred.secret != cred.secret
        {
            let mut config = self.base.clone();
            with_identity(&mut config, cert, key);
            let client = kube::Client::try_from(config)
                .map_err(|e| Error::Config(format!("cannot build a client for the renewed client certificate: {e}")))?;
            st.client = Some(client);
        }
        st.cred = cred;
        st.generation += 1;
        Ok(())
    }
}

/// The secret of a status: a client certificate and key when it has both, else a token.
fn secret_of(s: &Status) -> Option<Secret> {
    match (&s.client_certificate_data, &s.client_key_data, &s.token) {
        (Some(cert), Some(key), _) => Some(Secret::Cert {
            cert: cert.clone(),
            key: key.clone(),
        }),
        (_, _, Some(t)) => Some(Secret::Token(t.clone())),
        _ => None,
    }
}

/// `KCTL_NO_CREDENTIAL_CACHE=1` (or any value but empty and `0`) turns the cache off.
fn cache_enabled() -> bool {
    !std::env::var("KCTL_NO_CREDENTIAL_CACHE").is_ok_and(|v| !v.is_empty() && v != "0")
}

/// `${KCTL_CACHE_DIR:-${XDG_CACHE_HOME:-~/.cache}/kctl}/credentials`.
pub(crate) fn cache_dir() -> Option<PathBuf> {
    let base = match std::env::var_os("KCTL_CACHE_DIR") {
        Some(d) if !d.is_empty() => PathBuf::from(d),
        _ => dirs::cache_dir()?.join("kctl"),
    };
    Some(base.join("credentials"))
}

/// The hex SHA-256 of what decides the plugin's answer and where it is used.
fn cache_key(exec: &ExecConfig, server: &str, cluster_name: &str) -> String {
    let parts = serde_json::json!({
        "format": CACHE_FORMAT,
        "exec": exec,
        "dropEnv": exec.drop_env,
        "cluster": exec.cluster.as_ref().map(|c| serde_json::to_value(c).unwrap_or_default()),
        "server": server,
        "clusterName": cluster_name,
    });
    let digest = ring::digest::digest(&ring::digest::SHA256, parts.to_string().as_bytes());
    digest.as_ref().iter().map(|b| format!("{b:02x}")).collect()
}

/// Write `value` as JSON to `path`: folders 0700, a 0600 file created exclusively, renamed
/// into place.
fn write_private(path: &Path, value: &CacheFile) -> std::io::Result<()> {
    let dir = path
        .parent()
        .ok_or_else(|| std::io::Error::other("cache path has no parent"))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        std::fs::DirBuilder::new().recursive(true).mode(0o700).create(dir)?;
    }
    #[cfg(not(unix))]
    std::fs::create_dir_all(dir)?;
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.mode(0o600);
    }
    let json = serde_json::to_vec(value).map_err(std::io::Error::other)?;
    let pid = std::process::id();
    for i in 0..100u32 {
        let tmp = dir.join(format!(".credential.{pid}.{i}.tmp"));
        let mut f = match opts.open(&tmp) {
            Ok(f) => f,
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(e),
        };
        let written = f.write_all(&json).and_then(|()| f.sync_all());
        let renamed = written.and_then(|()| std::fs::rename(&tmp, path));
        if renamed.is_err() {
            let _ = std::fs::remove_file(&tmp);
        }
        return renamed;
    }
    Err(std::io::Error::other("cannot create a temporary file"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cred(expires: Option<i64>) -> Credential {
        Credential {
            secret: Secret::Token("t".into()),
            expires,
            cached: false,
        }
    }

    #[test]
    fn expiry_margin() {
        assert!(!cred(None).expiring(1_000_000));
        assert!(!cred(Some(1000)).expiring(900));
        assert!(cred(Some(1000)).expiring(950));
    }

    #[test]
    fn keys_differ_by_command_args_and_cluster() {
        let exec = |args: &[&str]| -> ExecConfig {
            serde_json::from_value(serde_json::json!({
                "apiVersion": "client.authentication.k8s.io/v1",
                "command": "plugin",
                "args": args,
            }))
            .unwrap()
        };
        let a = cache_key(&exec(&["a"]), "https://x", "c");
        assert_eq!(a.len(), 64);
        assert_eq!(a, cache_key(&exec(&["a"]), "https://x", "c"));
        assert_ne!(a, cache_key(&exec(&["b"]), "https://x", "c"));
        assert_ne!(a, cache_key(&exec(&["a"]), "https://y", "c"));
        assert_ne!(a, cache_key(&exec(&["a"]), "https://x", "d"));
    }

    #[test]
    fn certificates_win_over_tokens() {
        let s = Status {
            expiration_timestamp: None,
            token: Some("t".into()),
            client_certificate_data: Some("c".into()),
            client_key_data: Some("k".into()),
        };
        assert!(matches!(secret_of(&s), Some(Secret::Cert { .. })));
    }
}
