//! Which cluster to talk to and as whom: kubeconfig files merged by kubectl's rules,
//! the global flags that override them, and in-cluster config as the last resort.

use std::path::{Path, PathBuf};
use std::time::Duration;

use kube::config::{
    AuthInfo, Cluster as KubeCluster, Context, KubeConfigOptions, Kubeconfig, NamedAuthInfo, NamedCluster, NamedContext,
};

use crate::cli::GlobalArgs;
use crate::error::{Error, Origin, Result};

/// A connection to one cluster, with what kctl needs to know about it.
#[derive(Clone)]
pub struct Cluster {
    pub client: kube::Client,
    /// The server URL, as configured (used in messages and as the discovery cache key).
    pub server: String,
    /// The namespace for namespaced requests: `-n`, else the context's, else `default`.
    pub namespace: String,
    /// Per-request timeout from `--request-timeout` (`None`: wait forever).
    pub request_timeout: Option<Duration>,
    /// `-v` level.
    pub verbosity: u8,
    /// Where the server, CA and credentials came from, for error messages.
    pub origin: Origin,
}

/// Parse kubectl's `--request-timeout`: `0`, plain seconds, or Go durations like `1m30s`, `500ms`.
pub fn parse_duration(s: &str) -> Result<Option<Duration>> {
    let s = s.trim();
    let bad = || {
        Error::Usage(format!(
            "invalid duration {s:?}: use a number of seconds or a duration such as 30s, 1m or 1h30m"
        ))
    };
    if s.is_empty() {
        return Err(bad());
    }
    if let Ok(secs) = s.parse::<u64>() {
        return Ok((secs > 0).then(|| Duration::from_secs(secs)));
    }
    let mut total = 0f64;
    let mut rest = s;
    while !rest.is_empty() {
        let num_len = rest.find(|c: char| !(c.is_ascii_digit() || c == '.')).ok_or_else(bad)?;
        if num_len == 0 {
            return Err(bad());
        }
        let n: f64 = rest[..num_len].parse().map_err(|_| bad())?;
        rest = &rest[num_len..];
        let unit_len = rest
            .find(|c: char| c.is_ascii_digit() || c == '.')
            .unwrap_or(rest.len());
        let factor = match &rest[..unit_len] {
            "ns" => 1e-9,
            "us" | "µs" => 1e-6,
            "ms" => 1e-3,
            "s" => 1.0,
            "m" => 60.0,
            "h" => 3600.0,
            _ => return Err(bad()),
        };
        total += n * factor;
        rest = &rest[unit_len..];
    }
    Ok((total > 0.0).then(|| Duration::from_secs_f64(total)))
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

/// Read and merge the kubeconfig files: the first file to set a value wins.
fn load_kubeconfig(paths: &[PathBuf]) -> Result<Option<Kubeconfig>> {
    let mut merged: Option<Kubeconfig> = None;
    for path in paths {
        let cfg = Kubeconfig::read_from(path).map_err(|e| {
            Error::Config(format!(
                "cannot load kubeconfig {}: {}",
                path.display(),
                source_text(&e)
            ))
        })?;
        merged = Some(match merged {
            None => cfg,
            Some(m) => m
                .merge(cfg)
                .map_err(|e| Error::Config(format!("cannot merge kubeconfig {}: {e}", path.display())))?,
        });
    }
    Ok(merged)
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
fn apply_overrides(cfg: &mut Kubeconfig, g: &GlobalArgs) -> Result<KubeConfigOptions> {
    let context_name = g
        .context
        .clone()
        .or_else(|| cfg.current_context.clone())
        .filter(|c| !c.is_empty());
    if let Some(name) = &g.context
        && !cfg.contexts.iter().any(|c| &c.name == name)
    {
        return Err(Error::Config(format!("context \"{name}\" does not exist")));
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
        return Err(Error::Config(format!("cluster \"{name}\" does not exist")));
    }
    if let Some(name) = &g.user
        && !cfg.auth_infos.iter().any(|c| &c.name == name)
        && g.token.is_none()
    {
        return Err(Error::Config(format!("user \"{name}\" does not exist")));
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

    let cluster = cfg
        .clusters
        .iter_mut()
        .find(|c| c.name == cluster_name)
        .and_then(|c| c.cluster.get_or_insert_with(Default::default).into())
        .expect("cluster inserted above");
    if let Some(server) = &g.server {
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
            .find(|c| c.name == user_name)
            .and_then(|c| c.auth_info.get_or_insert_with(Default::default).into())
            .expect("user inserted above");
        *user = AuthInfo {
            token: Some(token.clone().into()),
            ..Default::default()
        };
    }
    Ok(KubeConfigOptions {
        context: Some(context_name),
        cluster: Some(cluster_name),
        user: Some(user_name),
    })
}

/// Where the CA and the credentials of the selected context come from, for error messages.
fn describe(kc: &Kubeconfig, opts: &KubeConfigOptions, origin: &str, g: &GlobalArgs) -> Origin {
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
            "the certificate-authority-data of cluster \"{cluster_name}\" in {origin}"
        )),
        _ => None,
    };
    let user = if g.token.is_some() {
        "the token passed with --token".to_string()
    } else {
        let name = opts.user.as_deref().unwrap_or_default();
        format!("the token, client certificate or exec plugin of user \"{name}\" in {origin}")
    };
    Origin {
        server: String::new(),
        ca,
        user: Some(user),
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

/// Build the client for the flags and environment in effect.
pub async fn connect(g: &GlobalArgs) -> Result<Cluster> {
    let request_timeout = parse_duration(&g.request_timeout)?;
    let paths = kubeconfig_paths(g.kubeconfig.as_deref())?;
    let file_cfg = load_kubeconfig(&paths)?;
    let have_flags = g.server.is_some();
    let (mut config, origin, mut hints) = match file_cfg {
        Some(mut kc) => {
            let opts = apply_overrides(&mut kc, g)?;
            let origin = paths
                .iter()
                .map(|p| p.display().to_string())
                .collect::<Vec<_>>()
                .join(":");
            let hints = describe(&kc, &opts, &origin, g);
            let cfg = kube::Config::from_custom_kubeconfig(kc, &opts)
                .await
                .map_err(|e| Error::Config(format!("invalid kubeconfig {origin}: {}", source_text(&e))))?;
            (cfg, origin, hints)
        }
        None if have_flags || g.token.is_some() => {
            let mut kc = Kubeconfig::default();
            let opts = apply_overrides(&mut kc, g)?;
            let hints = describe(&kc, &opts, "flags", g);
            let cfg = kube::Config::from_custom_kubeconfig(kc, &opts)
                .await
                .map_err(|e| Error::Config(format!("invalid flags: {}", source_text(&e))))?;
            (cfg, "flags".to_string(), hints)
        }
        None => match kube::Config::incluster() {
            Ok(cfg) => {
                let hints = Origin {
                    server: String::new(),
                    ca: Some("the service account's ca.crt".into()),
                    user: Some("the service account token".into()),
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
    let client = kube::Client::try_from(config)
        .map_err(|e| Error::Config(format!("cannot build a client for {server}: {}", source_text(&e))))?;
    Ok(Cluster {
        client,
        server,
        namespace,
        request_timeout,
        verbosity: g.verbosity,
        origin: hints,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations() {
        assert_eq!(parse_duration("0").unwrap(), None);
        assert_eq!(parse_duration("5").unwrap(), Some(Duration::from_secs(5)));
        assert_eq!(parse_duration("1m30s").unwrap(), Some(Duration::from_secs(90)));
        assert_eq!(parse_duration("500ms").unwrap(), Some(Duration::from_millis(500)));
        assert_eq!(parse_duration("2h").unwrap(), Some(Duration::from_secs(7200)));
        assert!(parse_duration("abc").is_err());
        assert!(parse_duration("5x").is_err());
        assert!(parse_duration("").is_err());
    }

    #[test]
    fn server_scheme_defaults_to_https() {
        assert_eq!(normalize_server("127.0.0.1:6443"), "https://127.0.0.1:6443");
        assert_eq!(normalize_server("http://x:80"), "http://x:80");
    }
}
