//! Which cluster to talk to and as whom: kubeconfig files merged by kubectl's rules,
//! the global flags that override them, and in-cluster config as the last resort.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer};
use secrecy::ExposeSecret;

use kube::config::{
    AuthInfo, Cluster as KubeCluster, Context, KubeConfigOptions, Kubeconfig, NamedAuthInfo, NamedCluster, NamedContext,
};

use crate::error::{Error, Origin, Result, auth_failure, io_text};

/// Which cluster to talk to and how: kubectl's global flags, typed (built once from the
/// command line by `settings`).
#[derive(Debug, Clone, Default)]
pub(crate) struct ConnectOptions {
    pub(crate) kubeconfig: Option<std::path::PathBuf>,
    pub(crate) context: Option<String>,
    pub(crate) cluster: Option<String>,
    pub(crate) user: Option<String>,
    /// `--as`, `--as-group`, `--as-uid`: impersonation, over the kubeconfig user's
    /// `as`, `as-groups` and `as-uid`.
    pub(crate) impersonate: Option<String>,
    pub(crate) impersonate_groups: Vec<String>,
    pub(crate) impersonate_uid: Option<String>,
    pub(crate) namespace: Option<String>,
    pub(crate) server: Option<String>,
    pub(crate) token: Option<String>,
    pub(crate) certificate_authority: Option<std::path::PathBuf>,
    pub(crate) insecure_skip_tls_verify: bool,
    /// `--request-timeout`: bounds each call, retries included (`None`: no bound).
    pub(crate) request_timeout: Option<Duration>,
    /// `-v`: 6 logs requests, 8 bodies.
    pub(crate) verbosity: u8,
}

/// A connection to one cluster, with what kctl needs to know about it.
#[derive(Clone)]
pub(crate) struct Cluster {
    pub(crate) client: kube::Client,
    /// The server URL, as configured (used in messages and as the discovery cache key).
    pub(crate) server: String,
    /// The namespace for namespaced requests: `-n`, else the context's, else `default`.
    pub(crate) namespace: String,
    /// Per-request timeout from `--request-timeout` (`None`: wait forever).
    pub(crate) request_timeout: Option<Duration>,
    /// `-v` level.
    pub(crate) verbosity: u8,
    /// Where the server, CA and credentials came from, for error messages.
    pub(crate) origin: Origin,
    /// The exec plugin kctl runs itself (once per command, cached credentials): `None` when
    /// the user has none, or kube handles the credentials.
    pub(crate) exec: Option<std::sync::Arc<super::credentials::ExecAuth>>,
}

/// The kubeconfig files in effect: `--kubeconfig`, else `$KUBECONFIG` (a path list whose
/// missing entries are skipped, as kubectl does), else `~/.kube/config` if it exists.
fn kubeconfig_paths(flag: Option<&Path>) -> Result<Vec<PathBuf>> {
    if let Some(p) = flag {
        if !p.exists() {
            return Err(Error::Config(format!(
                "stat {}: no such file or directory",
                p.display()
            )));
        }
        return Ok(vec![p.to_path_buf()]);
    }
    if let Some(value) = std::env::var_os("KUBECONFIG") {
        let paths: Vec<PathBuf> = std::env::split_paths(&value)
            .filter(|p| !p.as_os_str().is_empty() && p.exists())
            .collect();
        if !paths.is_empty() {
            return Ok(paths);
        }
    }
    Ok(dirs::home_dir()
        .map(|h| h.join(".kube").join("config"))
        .filter(|p| p.exists())
        .into_iter()
        .collect())
}

/// Which file each kubeconfig entry came from (the first file to name an entry wins, as
/// in the merge), so that errors can name the file to fix.
#[derive(Debug, Default, Clone)]
struct Sources {
    /// Every file read, `:`-joined, for errors about the whole configuration.
    all: String,
    contexts: HashMap<String, String>,
    clusters: HashMap<String, String>,
    users: HashMap<String, String>,
    current_context: Option<String>,
}

impl Sources {
    fn context(&self, name: &str) -> &str {
        self.contexts.get(name).map_or(self.all.as_str(), String::as_str)
    }
    fn cluster(&self, name: &str) -> &str {
        self.clusters.get(name).map_or(self.all.as_str(), String::as_str)
    }
    fn user(&self, name: &str) -> &str {
        self.users.get(name).map_or(self.all.as_str(), String::as_str)
    }
}

/// Read and merge the kubeconfig files: the first file to set a value wins.
fn load_kubeconfig(paths: &[PathBuf]) -> Result<Option<(Kubeconfig, Sources)>> {
    let mut merged: Option<Kubeconfig> = None;
    let mut src = Sources {
        all: paths
            .iter()
            .map(|p| p.display().to_string())
            .collect::<Vec<_>>()
            .join(":"),
        ..Default::default()
    };
    for path in paths {
        let file = path.display().to_string();
        // Read it first for a plain reason (permission denied, is a directory) before parsing.
        if let Err(e) = std::fs::read(path) {
            return Err(kubectl_error(
                &format!("error loading config file \"{file}\""),
                &file,
                format!("cannot read the kubeconfig: {}", io_text(&e)),
            ));
        }
        let cfg = Kubeconfig::read_from(path).map_err(|e| {
            let why = source_text(&e);
            let why = why.strip_prefix("failed to parse kubeconfig YAML: ").unwrap_or(&why);
            kubectl_error(
                &format!("error loading config file \"{file}\""),
                &file,
                format!("not a valid kubeconfig: {why}"),
            )
        })?;
        for c in &cfg.contexts {
            src.contexts.entry(c.name.clone()).or_insert_with(|| file.clone());
        }
        for c in &cfg.clusters {
            src.clusters.entry(c.name.clone()).or_insert_with(|| file.clone());
        }
        for u in &cfg.auth_infos {
            src.users.entry(u.name.clone()).or_insert_with(|| file.clone());
        }
        if src.current_context.is_none() && cfg.current_context.as_deref().is_some_and(|c| !c.is_empty()) {
            src.current_context = Some(file.clone());
        }
        merged = Some(match merged {
            None => cfg,
            Some(m) => m
                .merge(cfg)
                .map_err(|e| Error::Config(format!("{file}: cannot merge this kubeconfig: {e}")))?,
        });
    }
    Ok(merged.map(|m| (m, src)))
}

/// The data of a kubeconfig `*-data` field (base64) or of the file it names.
enum Blob<'a> {
    Data(&'a str),
    File(&'a str),
}

impl Blob<'_> {
    /// The bytes, or why not: kubectl's words (`go_field` is client-go's name for the field,
    /// `owner` the cluster or user, `file` the kubeconfig) and kctl's `FIELD ...: reason`
    /// (never the data itself).
    fn load(
        &self,
        field: &str,
        go_field: &str,
        owner: &str,
        file: &str,
    ) -> std::result::Result<Vec<u8>, (String, String)> {
        match self {
            Blob::Data(b64) => decode_base64(b64).ok_or_else(|| {
                let at = b64
                    .bytes()
                    .position(|b| !(b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/' | b'=' | b'\n' | b'\r')))
                    .unwrap_or(b64.len());
                (
                    format!("error loading config file \"{file}\": illegal base64 data at input byte {at}"),
                    format!("{field}-data is not valid base64"),
                )
            }),
            Blob::File(path) => std::fs::read(path).map_err(|e| {
                let why = io_text(&e);
                (
                    format!("unable to read {go_field} {path} for {owner} due to open {path}: {why}"),
                    format!("{field} {path}: {why}"),
                )
            }),
        }
    }
    fn what(&self, field: &str) -> String {
        match self {
            Blob::Data(_) => format!("{field}-data"),
            Blob::File(path) => format!("{field} {path}"),
        }
    }
}

/// Standard base64 (whitespace ignored), as the kubeconfig's `*-data` fields hold it.
fn decode_base64(text: &str) -> Option<Vec<u8>> {
    let clean: String = text.chars().filter(|c| !c.is_ascii_whitespace()).collect();
    serde_json::from_value::<k8s_openapi::ByteString>(serde_json::Value::String(clean))
        .ok()
        .map(|b| b.0)
}

fn blob<'a>(data: Option<&'a str>, file: Option<&'a str>) -> Option<Blob<'a>> {
    match (data.filter(|d| !d.is_empty()), file.filter(|f| !f.is_empty())) {
        (Some(d), _) => Some(Blob::Data(d)),
        (None, Some(f)) => Some(Blob::File(f)),
        (None, None) => None,
    }
}

/// PEM certificates in `bytes` (none: an error naming `what`).
fn pem_certs(bytes: &[u8], what: &str) -> std::result::Result<Vec<CertificateDer<'static>>, String> {
    let certs: Vec<CertificateDer<'static>> = CertificateDer::pem_slice_iter(bytes)
        .collect::<std::result::Result<_, _>>()
        .map_err(|_| format!("{what} is not a PEM certificate"))?;
    if certs.is_empty() {
        return Err(format!("{what} holds no PEM certificate"));
    }
    Ok(certs)
}

/// Check what the selected context uses before kube does, so that each mistake is one line
/// naming the file and the field. Runs on the merged configuration, before the flags'
/// overrides (which may fill in what a file lacks).
fn check(kc: &Kubeconfig, src: &Sources, g: &ConnectOptions) -> Result<()> {
    let selected = check_context(kc, src, g)?;
    check_cluster(kc, src, g, &selected)?;
    check_user(kc, src, g, &selected)
}

/// `file: msg`, kctl's part of a kubeconfig error.
fn config_error(file: &str, msg: String) -> Error {
    Error::Config(format!("{file}: {msg}"))
}

/// `WORDS: FILE: MSG`, the shape of every kubeconfig error: kubectl's words first (what
/// scripts match on), then the file and the field kctl names.
fn kubectl_error(words: &str, file: &str, msg: String) -> Error {
    Error::Config(format!("{words}: {file}: {msg}"))
}

/// kubectl's words for a context that is not there.
fn no_context(name: &str) -> String {
    format!("context was not found for specified context: {name}")
}

/// The context a run uses: its name, its body and the file that defines it.
struct Selected<'a> {
    name: Option<&'a str>,
    body: Option<&'a Context>,
    file: &'a str,
}

/// The context: named by `--context` or `current-context`, and present.
fn check_context<'a>(kc: &'a Kubeconfig, src: &'a Sources, g: &'a ConnectOptions) -> Result<Selected<'a>> {
    let fail = config_error;
    let ctx_name = match (&g.context, kc.current_context.as_deref().filter(|c| !c.is_empty())) {
        (Some(name), _) => {
            if !kc.contexts.iter().any(|c| &c.name == name) {
                return Err(kubectl_error(
                    &no_context(name),
                    &src.all,
                    format!("context \"{name}\" does not exist (--context)"),
                ));
            }
            Some(name.as_str())
        }
        (None, Some(name)) => {
            if !kc.contexts.iter().any(|c| c.name == name) {
                let file = src.current_context.as_deref().unwrap_or(&src.all);
                return Err(kubectl_error(
                    &no_context(name),
                    file,
                    format!("current-context \"{name}\" is not in contexts"),
                ));
            }
            Some(name)
        }
        (None, None) => None,
    };
    let ctx = ctx_name.and_then(|n| kc.contexts.iter().find(|c| c.name == n));
    let ctx_file = ctx_name.map(|n| src.context(n)).unwrap_or(&src.all);
    if ctx.is_none() && g.server.is_none() && g.cluster.is_none() {
        return Err(fail(
            &src.all,
            "current-context is not set: pass --context, or --server (and --token)".to_string(),
        ));
    }
    let ctx_body = ctx.and_then(|c| c.context.as_ref());
    if let (Some(name), None) = (ctx_name, ctx_body)
        && g.server.is_none()
        && g.cluster.is_none()
    {
        return Err(fail(
            ctx_file,
            format!("context \"{name}\" names no cluster (its context: is empty)"),
        ));
    }

    Ok(Selected {
        name: ctx_name,
        body: ctx_body,
        file: ctx_file,
    })
}

/// The cluster: present, with a server URL and a CA that parses.
fn check_cluster(kc: &Kubeconfig, src: &Sources, g: &ConnectOptions, selected: &Selected<'_>) -> Result<()> {
    let fail = config_error;
    let (ctx_name, ctx_body, ctx_file) = (selected.name, selected.body, selected.file);
    let cluster_name = g.cluster.clone().or_else(|| ctx_body.map(|c| c.cluster.clone()));
    let cluster = cluster_name
        .as_deref()
        .and_then(|n| kc.clusters.iter().find(|c| c.name == n));
    if g.server.is_none() {
        match (&cluster_name, cluster) {
            (Some(name), None) if name.is_empty() => {
                return Err(fail(
                    ctx_file,
                    format!("context \"{}\" names no cluster", ctx_name.unwrap_or_default()),
                ));
            }
            (Some(name), None) if g.cluster.is_none() => {
                return Err(kubectl_error(
                    &format!("no server found for cluster \"{name}\""),
                    ctx_file,
                    format!(
                        "context \"{}\" names cluster \"{name}\", which is not in clusters",
                        ctx_name.unwrap_or_default()
                    ),
                ));
            }
            _ => {}
        }
    }
    if let (Some(name), Some(named)) = (&cluster_name, cluster) {
        let file = src.cluster(name);
        let body = named.cluster.clone().unwrap_or_default();
        if g.server.is_none() {
            match body.server.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
                None => {
                    return Err(kubectl_error(
                        &format!("no server found for cluster \"{name}\""),
                        file,
                        format!("cluster \"{name}\" has no server"),
                    ));
                }
                Some(server) => {
                    let ok = normalize_server(server)
                        .parse::<http::Uri>()
                        .ok()
                        .is_some_and(|u| u.host().is_some() && matches!(u.scheme_str(), Some("https" | "http")));
                    if !ok {
                        return Err(fail(
                            file,
                            format!("cluster \"{name}\": server \"{server}\" is not a URL such as https://host:6443"),
                        ));
                    }
                }
            }
        }
        let ca = blob(
            body.certificate_authority_data.as_deref(),
            body.certificate_authority.as_deref(),
        );
        if g.certificate_authority.is_none() && !g.insecure_skip_tls_verify {
            if body.insecure_skip_tls_verify == Some(true) && ca.is_some() {
                return Err(kubectl_error(
                    "specifying a root certificates file with the insecure flag is not allowed",
                    file,
                    format!(
                        "cluster \"{name}\" sets both insecure-skip-tls-verify and a certificate-authority: remove one"
                    ),
                ));
            }
            if let Some(ca) = ca {
                let bytes = ca
                    .load("certificate-authority", "certificate-authority", name, file)
                    .map_err(|(words, e)| kubectl_error(&words, file, format!("cluster \"{name}\": {e}")))?;
                pem_certs(&bytes, &ca.what("certificate-authority")).map_err(|e| {
                    kubectl_error(
                        "unable to load root certificates: unable to parse bytes as PEM block",
                        file,
                        format!("cluster \"{name}\": {e}"),
                    )
                })?;
            }
        }
    }
    Ok(())
}

/// The user: present, with a readable token file, a client certificate and key that match,
/// and an exec plugin that is installed.
fn check_user(kc: &Kubeconfig, src: &Sources, g: &ConnectOptions, selected: &Selected<'_>) -> Result<()> {
    let fail = config_error;
    let (ctx_name, ctx_body, ctx_file) = (selected.name, selected.body, selected.file);
    if g.token.is_some() {
        return Ok(());
    }
    let user_name = g
        .user
        .clone()
        .or_else(|| ctx_body.and_then(|c| c.user.clone()))
        .filter(|u| !u.is_empty());
    let Some(user_name) = user_name else { return Ok(()) };
    let Some(named) = kc.auth_infos.iter().find(|u| u.name == user_name) else {
        let words = format!("auth info \"{user_name}\" does not exist");
        if g.user.is_some() {
            return Err(kubectl_error(
                &words,
                &src.all,
                format!("user \"{user_name}\" (--user) is not in users"),
            ));
        }
        return Err(kubectl_error(
            &words,
            ctx_file,
            format!(
                "context \"{}\" names user \"{user_name}\", which is not in users",
                ctx_name.unwrap_or_default()
            ),
        ));
    };
    let file = src.user(&user_name);
    let user = named.auth_info.clone().unwrap_or_default();
    let bad = |words: &str, msg: String| kubectl_error(words, file, format!("user \"{user_name}\": {msg}"));
    if user.token.is_none()
        && let Some(path) = user.token_file.as_deref().filter(|p| !p.is_empty())
        && let Err(e) = std::fs::read(path)
    {
        let why = io_text(&e);
        return Err(bad(&format!("open {path}: {why}"), format!("tokenFile {path}: {why}")));
    }
    check_client_certificate(&user, &user_name, file, &bad)?;
    if user.token.is_none()
        && user.token_file.is_none()
        && let Some(exec) = &user.exec
    {
        let Some(command) = exec.command.as_deref().filter(|c| !c.is_empty()) else {
            return Err(fail(file, format!("user \"{user_name}\": exec has no command")));
        };
        if find_program(command).is_none() {
            let hint = exec
                .install_hint
                .as_deref()
                .map(|h| format!(" ({})", h.split_whitespace().collect::<Vec<_>>().join(" ")))
                .unwrap_or_default();
            let words = if command.contains('/') {
                format!("getting credentials: exec: fork/exec {command}: no such file or directory")
            } else {
                format!("getting credentials: exec: executable {command} not found")
            };
            return Err(bad(
                &words,
                format!(
                    "exec plugin \"{command}\" (exec.command) is not installed: no such file{}{hint}",
                    if command.contains('/') { "" } else { " in PATH" }
                ),
            ));
        }
    }
    Ok(())
}

/// A client certificate and key: both or neither, each PEM, and a matching pair.
fn check_client_certificate(
    user: &AuthInfo,
    user_name: &str,
    file: &str,
    bad: &dyn Fn(&str, String) -> Error,
) -> Result<()> {
    let loaded = |(words, msg): (String, String)| bad(&words, msg);
    let cert = blob(
        user.client_certificate_data.as_deref(),
        user.client_certificate.as_deref(),
    );
    let key_data = user.client_key_data.as_ref().map(|k| k.expose_secret().to_string());
    let key = blob(key_data.as_deref(), user.client_key.as_deref());
    match (cert, key) {
        (Some(_), None) => {
            return Err(bad(
                &format!(
                    "client-key-data or client-key must be specified for {user_name} to use the clientCert authentication method"
                ),
                "client-certificate is set but client-key is not".into(),
            ));
        }
        (None, Some(_)) => {
            return Err(bad(
                &format!(
                    "client-cert-data or client-cert must be specified for {user_name} to use the clientCert authentication method"
                ),
                "client-key is set but client-certificate is not".into(),
            ));
        }
        (Some(cert), Some(key)) => {
            let cert_bytes = cert
                .load("client-certificate", "client-cert", user_name, file)
                .map_err(loaded)?;
            let certs = pem_certs(&cert_bytes, &cert.what("client-certificate")).map_err(|e| {
                let words = if String::from_utf8_lossy(&cert_bytes).contains("PRIVATE KEY-----") {
                    "tls: failed to find certificate PEM data in certificate input, but did find a private key; PEM inputs may have been switched"
                } else {
                    "tls: failed to find any PEM data in certificate input"
                };
                bad(words, e)
            })?;
            let key_bytes = key.load("client-key", "client-key", user_name, file).map_err(loaded)?;
            let key_what = key.what("client-key");
            let der = PrivateKeyDer::from_pem_slice(&key_bytes).map_err(|_| {
                bad(
                    "tls: failed to find any PEM data in key input",
                    format!("{key_what} holds no PEM private key (PKCS#8, PKCS#1 or SEC1)"),
                )
            })?;
            let signing = rustls::crypto::ring::default_provider()
                .key_provider
                .load_private_key(der)
                .map_err(|e| {
                    bad(
                        "tls: failed to parse private key",
                        format!("{key_what} is not a usable private key: {e}"),
                    )
                })?;
            if let Err(rustls::Error::InconsistentKeys(rustls::InconsistentKeys::KeyMismatch)) =
                rustls::sign::CertifiedKey::new(certs, signing).keys_match()
            {
                return Err(bad(
                    "tls: private key does not match public key",
                    format!("{key_what} does not match {}", cert.what("client-certificate")),
                ));
            }
        }
        (None, None) => {}
    }
    Ok(())
}

/// Where a command would be found: a path as it is, a bare name in `$PATH`.
fn find_program(command: &str) -> Option<PathBuf> {
    let is_file = |p: &Path| p.metadata().is_ok_and(|m| m.is_file());
    if command.contains('/') {
        let p = PathBuf::from(command);
        return is_file(&p).then_some(p);
    }
    std::env::split_paths(&std::env::var_os("PATH")?)
        .map(|dir| dir.join(command))
        .find(|p| is_file(p))
}

/// An error and its causes on one line (parsers' multi-line snippets are cut).
fn source_text(e: &(dyn std::error::Error + 'static)) -> String {
    let first_line = |s: String| s.lines().next().unwrap_or_default().replace("error: ", "");
    let mut out = first_line(e.to_string());
    let mut cur = e.source();
    while let Some(s) = cur {
        let t = first_line(s.to_string());
        if !out.contains(&t) {
            out.push_str(": ");
            out.push_str(&t);
        }
        cur = s.source();
    }
    out
}

/// Apply the global flags to the kubeconfig, as kubectl's overrides do, and return the
/// options that select the context, cluster and user.
fn apply_overrides(cfg: &mut Kubeconfig, g: &ConnectOptions) -> Result<KubeConfigOptions> {
    let (context_name, cluster_name, user_name) = select(cfg, g)?;
    override_entries(cfg, g, &cluster_name, &user_name)?;
    Ok(KubeConfigOptions {
        context: Some(context_name),
        cluster: Some(cluster_name),
        user: Some(user_name),
    })
}

/// The context, cluster and user a run uses (`--context`, `--cluster`, `--user`, else the
/// current context's), each made to exist: a missing cluster or user entry is added empty,
/// and with no context a synthetic `kctl` one joins them. Returns their names.
fn select(cfg: &mut Kubeconfig, g: &ConnectOptions) -> Result<(String, String, String)> {
    let context_name = g
        .context
        .clone()
        .or_else(|| cfg.current_context.clone())
        .filter(|c| !c.is_empty());
    if let Some(name) = &g.context
        && !cfg.contexts.iter().any(|c| &c.name == name)
    {
        return Err(Error::Config(format!(
            "{}: context \"{name}\" does not exist (--context)",
            no_context(name)
        )));
    }
    let ctx = context_name
        .as_ref()
        .and_then(|n| cfg.contexts.iter().find(|c| &c.name == n))
        .and_then(|c| c.context.clone());
    let needs_synthetic = ctx.is_none();
    let cluster_name = g
        .cluster
        .clone()
        .or_else(|| ctx.as_ref().map(|c| c.cluster.clone()))
        .unwrap_or_else(|| "kctl".to_string());
    let user_name = g
        .user
        .clone()
        .or_else(|| ctx.as_ref().and_then(|c| c.user.clone()))
        .unwrap_or_else(|| "kctl".to_string());
    if let Some(name) = &g.cluster
        && !cfg.clusters.iter().any(|c| &c.name == name)
        && g.server.is_none()
    {
        return Err(Error::Config(format!(
            "no server found for cluster \"{name}\": cluster \"{name}\" does not exist (--cluster)"
        )));
    }
    if let Some(name) = &g.user
        && !cfg.auth_infos.iter().any(|c| &c.name == name)
        && g.token.is_none()
    {
        return Err(Error::Config(format!(
            "auth info \"{name}\" does not exist: user \"{name}\" does not exist (--user)"
        )));
    }

    if !cfg.clusters.iter().any(|c| c.name == cluster_name) {
        cfg.clusters.push(NamedCluster {
            name: cluster_name.clone(),
            cluster: Some(KubeCluster::default()),
            ..Default::default()
        });
    }
    if !cfg.auth_infos.iter().any(|c| c.name == user_name) {
        cfg.auth_infos.push(NamedAuthInfo {
            name: user_name.clone(),
            auth_info: Some(AuthInfo::default()),
            ..Default::default()
        });
    }
    let context_name = if needs_synthetic {
        let name = "kctl".to_string();
        cfg.contexts.retain(|c| c.name != name);
        cfg.contexts.push(NamedContext {
            name: name.clone(),
            context: Some(Context {
                cluster: cluster_name.clone(),
                user: Some(user_name.clone()),
                ..Default::default()
            }),
            ..Default::default()
        });
        name
    } else {
        context_name.unwrap_or_default()
    };
    Ok((context_name, cluster_name, user_name))
}

/// The flags that override the selected cluster's and user's entries: `--server`,
/// `--certificate-authority`, `--insecure-skip-tls-verify`, `--token`.
fn override_entries(cfg: &mut Kubeconfig, g: &ConnectOptions, cluster_name: &str, user_name: &str) -> Result<()> {
    let cluster = cfg
        .clusters
        .iter_mut()
        .find(|c| c.name == *cluster_name)
        .and_then(|c| c.cluster.get_or_insert_with(Default::default).into())
        .expect("cluster inserted above");
    if let Some(server) = &g.server {
        cluster.server = Some(normalize_server(server));
    } else if let Some(server) = cluster.server.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
        // As kubectl: a kubeconfig's `server: host:port` means https.
        cluster.server = Some(normalize_server(server));
    }
    if let Some(ca) = &g.certificate_authority {
        if !ca.exists() {
            return Err(Error::Config(format!(
                "unable to read certificate-authority {}: no such file or directory",
                ca.display()
            )));
        }
        cluster.certificate_authority = Some(ca.display().to_string());
        cluster.certificate_authority_data = None;
    }
    if g.insecure_skip_tls_verify {
        cluster.insecure_skip_tls_verify = Some(true);
        cluster.certificate_authority = None;
        cluster.certificate_authority_data = None;
    }
    if let Some(token) = &g.token {
        let user = cfg
            .auth_infos
            .iter_mut()
            .find(|c| c.name == *user_name)
            .and_then(|c| c.auth_info.get_or_insert_with(Default::default).into())
            .expect("user inserted above");
        // The token replaces the user's credentials, not whom it impersonates.
        *user = AuthInfo {
            token: Some(token.clone().into()),
            impersonate: user.impersonate.take(),
            impersonate_groups: user.impersonate_groups.take(),
            impersonate_uid: user.impersonate_uid.take(),
            impersonate_user_extra: user.impersonate_user_extra.take(),
            ..Default::default()
        };
    }
    Ok(())
}

/// Where the CA and the credentials of the selected context come from, for error messages.
fn describe(kc: &Kubeconfig, opts: &KubeConfigOptions, src: &Sources, g: &ConnectOptions) -> Origin {
    let cluster_name = opts.cluster.as_deref().unwrap_or_default();
    let cluster = kc
        .clusters
        .iter()
        .find(|c| c.name == cluster_name)
        .and_then(|c| c.cluster.as_ref());
    let ca = match cluster {
        _ if g.certificate_authority.is_some() => g
            .certificate_authority
            .as_ref()
            .map(|p| format!("{} (--certificate-authority)", p.display())),
        Some(c) if c.insecure_skip_tls_verify == Some(true) => Some("none (insecure-skip-tls-verify)".into()),
        Some(c) if c.certificate_authority.is_some() => c.certificate_authority.clone(),
        Some(c) if c.certificate_authority_data.is_some() => Some(format!(
            "the certificate-authority-data of cluster \"{cluster_name}\" in {}",
            src.cluster(cluster_name)
        )),
        _ => None,
    };
    let user = if g.token.is_some() {
        "the token passed with --token".to_string()
    } else {
        let name = opts.user.as_deref().unwrap_or_default();
        format!(
            "the token, client certificate or exec plugin of user \"{name}\" in {}",
            src.user(name)
        )
    };
    Origin {
        server: String::new(),
        ca,
        user: Some(user),
        exec: None,
    }
}

/// kubectl accepts `--server host:port`; the scheme defaults to https.
fn normalize_server(s: &str) -> String {
    if s.contains("://") {
        s.to_string()
    } else {
        format!("https://{s}")
    }
}

/// `--as`, `--as-group` and `--as-uid` over the user's `as`, `as-groups` and `as-uid` (kube
/// sends them as the `Impersonate-User`, `Impersonate-Group` and `Impersonate-Uid` headers),
/// with kubectl's check that groups, a UID or extras come with a user to impersonate.
fn impersonation(config: &mut kube::Config, g: &ConnectOptions, who: Option<&(String, String)>) -> Result<()> {
    let a = &mut config.auth_info;
    if let Some(u) = &g.impersonate {
        a.impersonate = Some(u.clone());
    }
    if !g.impersonate_groups.is_empty() {
        a.impersonate_groups = Some(g.impersonate_groups.clone());
    }
    if let Some(uid) = &g.impersonate_uid {
        a.impersonate_uid = Some(uid.clone());
    }
    let user_set = a.impersonate.as_deref().is_some_and(|u| !u.is_empty());
    let extras = a.impersonate_groups.as_ref().is_some_and(|v| !v.is_empty())
        || a.impersonate_uid.as_deref().is_some_and(|u| !u.is_empty())
        || a.impersonate_user_extra.as_ref().is_some_and(|m| !m.is_empty());
    if user_set || !extras {
        return Ok(());
    }
    let name = who.map_or("", |(n, _)| n.as_str());
    let words = format!("requesting uid, groups or user-extra for {name} without impersonating a user");
    let from_flags = !g.impersonate_groups.is_empty() || g.impersonate_uid.is_some();
    // kubectl's layout for this one: `Error in configuration: ...`.
    Err(Error::Plain(match who {
        Some((_, file)) if !from_flags => format!(
            "Error in configuration: {words}: {file}: user \"{name}\" sets as-groups, as-uid or as-user-extra without as"
        ),
        _ => format!("Error in configuration: {words}"),
    }))
}

/// Build the client for the flags and environment in effect.
pub(crate) async fn connect(g: &ConnectOptions) -> Result<Cluster> {
    let request_timeout = g.request_timeout;
    let paths = kubeconfig_paths(g.kubeconfig.as_deref())?;
    let file_cfg = load_kubeconfig(&paths)?;
    let have_flags = g.server.is_some();
    // The exec plugin of the selected user, and where it is configured, for its failures.
    let mut plugin: Option<(String, Option<String>)> = None;
    let mut cluster_name = String::new();
    // The kubeconfig user in use and the file that defines it, for impersonation errors.
    let mut who: Option<(String, String)> = None;
    let (mut config, origin, mut hints) = match file_cfg {
        Some((mut kc, src)) => {
            check(&kc, &src, g)?;
            let opts = apply_overrides(&mut kc, g)?;
            let user = opts.user.as_deref().unwrap_or_default();
            who = Some((user.to_string(), src.user(user).to_string()));
            if let Some(exec) = kc
                .auth_infos
                .iter()
                .find(|u| u.name == user)
                .and_then(|u| u.auth_info.as_ref())
                .and_then(|a| a.exec.as_ref())
            {
                plugin = Some((format!("{}: user \"{user}\"", src.user(user)), exec.command.clone()));
            }
            let hints = describe(&kc, &opts, &src, g);
            cluster_name = opts.cluster.clone().unwrap_or_default();
            let cfg = kube::Config::from_custom_kubeconfig(kc, &opts)
                .await
                .map_err(|e| Error::Config(format!("{}: invalid kubeconfig: {}", src.all, source_text(&e))))?;
            (cfg, src.all, hints)
        }
        None if have_flags || g.token.is_some() => {
            let mut kc = Kubeconfig::default();
            let opts = apply_overrides(&mut kc, g)?;
            let src = Sources {
                all: "flags".into(),
                ..Default::default()
            };
            let hints = describe(&kc, &opts, &src, g);
            let cfg = kube::Config::from_custom_kubeconfig(kc, &opts)
                .await
                .map_err(|e| Error::Config(format!("invalid flags: {}", source_text(&e))))?;
            (cfg, src.all, hints)
        }
        None => match kube::Config::incluster() {
            Ok(cfg) => {
                let hints = Origin {
                    server: String::new(),
                    ca: Some("the service account's ca.crt".into()),
                    user: Some("the service account token".into()),
                    exec: None,
                };
                (cfg, "in-cluster".to_string(), hints)
            }
            Err(_) => {
                return Err(Error::Config(
                    "no configuration has been provided: set KUBECONFIG, pass --kubeconfig, or pass --server (and --token)"
                        .to_string(),
                ));
            }
        },
    };
    impersonation(&mut config, g, who.as_ref())?;
    tracing::debug!("config loaded from {origin}");
    if let Some(t) = request_timeout {
        config.read_timeout = Some(t);
        config.connect_timeout = Some(t.min(config.connect_timeout.unwrap_or(t)));
        config.reset_reader_on_write = true;
    }
    // kctl decides itself which requests may be retried.
    config.default_retry = false;
    let namespace = g.namespace.clone().unwrap_or_else(|| config.default_namespace.clone());
    let server = config.cluster_url.to_string().trim_end_matches('/').to_string();
    hints.server = server.clone();
    hints.exec = plugin.clone();
    // kctl runs the exec plugin itself, once (kube would run it three times).
    let whose = plugin.as_ref().map_or(origin.as_str(), |p| p.0.as_str());
    let exec = super::credentials::take_over(&mut config, whose, &cluster_name)?.map(std::sync::Arc::new);
    // Building the client runs an exec plugin kctl left to kube, if any (kube's own error
    // would show its stdout: the credential).
    let client = kube::Client::try_from(config).map_err(|e| match (&e, &plugin) {
        (kube::Error::Auth(auth), Some((whose, program))) => auth_failure(auth, whose, program.as_deref()),
        (kube::Error::Auth(auth), None) => auth_failure(auth, &origin, None),
        _ => Error::Config(format!("cannot build a client for {server}: {}", source_text(&e))),
    })?;
    Ok(Cluster {
        client,
        server,
        namespace,
        request_timeout,
        verbosity: g.verbosity,
        origin: hints,
        exec,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn server_scheme_defaults_to_https() {
        assert_eq!(normalize_server("127.0.0.1:6443"), "https://127.0.0.1:6443");
        assert_eq!(normalize_server("http://x:80"), "http://x:80");
    }
}
