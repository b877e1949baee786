//! Discovery of every resource the server serves, with kubectl's on-disk cache.
//!
//! Aggregated discovery (apidiscovery v2/v2beta1) answers in two requests where the server
//! offers it; older servers (v1.20) get the same two requests answered with the legacy
//! `APIVersions`/`APIGroupList`, and then one request per group-version, in parallel.

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use futures::{StreamExt, stream};
use serde::{Deserialize, Serialize};

use super::config::Cluster;
use super::info::ApiResourceInfo;
use super::request::{Request, group_version_path};
use crate::error::{Error, Result};

/// How long a cached discovery is trusted (kubectl: 6 hours).
pub(crate) const CACHE_TTL: Duration = Duration::from_secs(6 * 3600);

/// Bump when the cache layout changes; older files are then ignored.
const CACHE_FORMAT: u32 = 2;

const ACCEPT_DISCOVERY: &str = "application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList,application/json;g=apidiscovery.k8s.io;v=v2beta1;as=APIGroupDiscoveryList,application/json";

/// Every resource the server serves, group by group in the server's order (core first),
/// each group's preferred version first.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct Discovery {
    pub(crate) format: u32,
    pub(crate) server: String,
    /// When discovery ran, in seconds since the epoch.
    pub(crate) fetched_at: u64,
    pub(crate) resources: Vec<ApiResourceInfo>,
}

// ---- wire types -------------------------------------------------------------------------

#[derive(Deserialize)]
struct Probe {
    #[serde(default)]
    kind: String,
}

#[derive(Deserialize)]
struct ApiVersions {
    #[serde(default, deserialize_with = "crate::wire::null_as_default")]
    versions: Vec<String>,
}

#[derive(Deserialize)]
struct ApiGroupList {
    #[serde(default, deserialize_with = "crate::wire::null_as_default")]
    groups: Vec<ApiGroup>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct ApiGroup {
    name: String,
    #[serde(default, deserialize_with = "crate::wire::null_as_default")]
    versions: Vec<GroupVersionForDiscovery>,
    preferred_version: Option<GroupVersionForDiscovery>,
}

#[derive(Deserialize)]
struct GroupVersionForDiscovery {
    version: String,
}

#[derive(Deserialize)]
struct ApiResourceList {
    #[serde(default, deserialize_with = "crate::wire::null_as_default")]
    resources: Vec<ApiResource>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct ApiResource {
    name: String,
    #[serde(default)]
    singular_name: String,
    namespaced: bool,
    kind: String,
    #[serde(default, deserialize_with = "crate::wire::null_as_default")]
    verbs: Vec<String>,
    #[serde(default, deserialize_with = "crate::wire::null_as_default")]
    short_names: Vec<String>,
    #[serde(default, deserialize_with = "crate::wire::null_as_default")]
    categories: Vec<String>,
}

#[derive(Deserialize)]
struct AggregatedList {
    #[serde(default, deserialize_with = "crate::wire::null_as_default")]
    items: Vec<AggregatedGroup>,
}

#[derive(Deserialize)]
struct AggregatedGroup {
    #[serde(default)]
    metadata: AggregatedMeta,
    #[serde(default, deserialize_with = "crate::wire::null_as_default")]
    versions: Vec<AggregatedVersion>,
}

#[derive(Deserialize, Default)]
struct AggregatedMeta {
    #[serde(default)]
    name: String,
}

#[derive(Deserialize)]
struct AggregatedVersion {
    version: String,
    #[serde(default, deserialize_with = "crate::wire::null_as_default")]
    resources: Vec<AggregatedResource>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct AggregatedResource {
    resource: String,
    response_kind: Option<AggregatedKind>,
    #[serde(default)]
    scope: String,
    #[serde(default)]
    singular_resource: String,
    #[serde(default, deserialize_with = "crate::wire::null_as_default")]
    verbs: Vec<String>,
    #[serde(default, deserialize_with = "crate::wire::null_as_default")]
    short_names: Vec<String>,
    #[serde(default, deserialize_with = "crate::wire::null_as_default")]
    categories: Vec<String>,
}

#[derive(Deserialize)]
struct AggregatedKind {
    #[serde(default)]
    kind: String,
}

// ---- fetching ---------------------------------------------------------------------------

fn singular_or_kind(singular: String, kind: &str) -> String {
    if singular.is_empty() {
        kind.to_lowercase()
    } else {
        singular
    }
}

/// Resources of one group, versions in preference order (the first is preferred).
type GroupResources = Vec<(String, Vec<ApiResourceInfo>)>;

fn from_aggregated(list: AggregatedList) -> Vec<GroupResources> {
    list.items
        .into_iter()
        .map(|g| {
            let group = g.metadata.name;
            g.versions
                .into_iter()
                .enumerate()
                .map(|(i, v)| {
                    let infos = v
                        .resources
                        .into_iter()
                        .filter(|r| !r.resource.contains('/'))
                        .map(|r| {
                            let kind = r.response_kind.map(|k| k.kind).unwrap_or_default();
                            ApiResourceInfo {
                                group: group.clone(),
                                version: v.version.clone(),
                                singular: singular_or_kind(r.singular_resource, &kind),
                                plural: r.resource,
                                kind,
                                short_names: r.short_names,
                                categories: r.categories,
                                verbs: r.verbs,
                                namespaced: r.scope == "Namespaced",
                                preferred: i == 0,
                            }
                        })
                        .collect();
                    (v.version, infos)
                })
                .collect()
        })
        .collect()
}

/// Every resource of an aggregated-discovery document, group-major, each group's
/// preferred (first) version first.
#[cfg(test)]
pub(crate) fn parse_aggregated(bytes: &[u8]) -> Result<Vec<ApiResourceInfo>> {
    let list: AggregatedList = decode(bytes, "aggregated discovery")?;
    Ok(from_aggregated(list)
        .into_iter()
        .flat_map(|g| g.into_iter().flat_map(|(_, r)| r))
        .collect())
}

fn from_resource_list(group: &str, version: &str, preferred: bool, list: ApiResourceList) -> Vec<ApiResourceInfo> {
    list.resources
        .into_iter()
        .filter(|r| !r.name.contains('/'))
        .map(|r| ApiResourceInfo {
            group: group.to_string(),
            version: version.to_string(),
            singular: singular_or_kind(r.singular_name, &r.kind),
            plural: r.name,
            kind: r.kind,
            short_names: r.short_names,
            categories: r.categories,
            verbs: r.verbs,
            namespaced: r.namespaced,
            preferred,
        })
        .collect()
}

fn decode<T: for<'de> Deserialize<'de>>(bytes: &[u8], what: &str) -> Result<T> {
    serde_json::from_slice(bytes).map_err(|e| Error::Decode(format!("cannot decode the server's {what}: {e}")))
}

/// One root (`/api` or `/apis`): aggregated groups, or the group-versions still to fetch.
enum Root {
    Aggregated(Vec<GroupResources>),
    Legacy(Vec<(String, Vec<String>)>),
}

async fn fetch_root(cluster: &Cluster, path: &str) -> Result<Root> {
    let bytes = Request::get(path).accept(ACCEPT_DISCOVERY).send(cluster).await?;
    let probe: Probe = decode(&bytes, path)?;
    match probe.kind.as_str() {
        "APIGroupDiscoveryList" => Ok(Root::Aggregated(from_aggregated(decode(&bytes, path)?))),
        "APIVersions" => {
            let v: ApiVersions = decode(&bytes, path)?;
            Ok(Root::Legacy(vec![(String::new(), v.versions)]))
        }
        _ => {
            let list: ApiGroupList = decode(&bytes, path)?;
            Ok(Root::Legacy(
                list.groups
                    .into_iter()
                    .map(|g| {
                        let mut versions: Vec<String> = g.versions.into_iter().map(|v| v.version).collect();
                        if let Some(p) = g.preferred_version
                            && let Some(pos) = versions.iter().position(|v| *v == p.version)
                        {
                            let pv = versions.remove(pos);
                            versions.insert(0, pv);
                        }
                        (g.name, versions)
                    })
                    .collect(),
            ))
        }
    }
}

/// Ask the server. Group-versions that fail (an unavailable aggregated API) are skipped with
/// a warning, as kubectl does.
pub(crate) async fn discover(cluster: &Cluster) -> Result<Discovery> {
    let (core, groups) = futures::try_join!(fetch_root(cluster, "/api"), fetch_root(cluster, "/apis"))?;
    let mut all_groups: Vec<GroupResources> = Vec::new();
    let mut to_fetch: Vec<(usize, usize, String, String)> = Vec::new();
    for root in [core, groups] {
        match root {
            Root::Aggregated(gs) => all_groups.extend(gs),
            Root::Legacy(gs) => {
                for (group, versions) in gs {
                    let gi = all_groups.len();
                    let mut slots = Vec::new();
                    for (vi, v) in versions.into_iter().enumerate() {
                        to_fetch.push((gi, vi, group.clone(), v.clone()));
                        slots.push((v, Vec::new()));
                    }
                    all_groups.push(slots);
                }
            }
        }
    }
    let fetched: Vec<_> = stream::iter(to_fetch)
        .map(|(gi, vi, group, version)| async move {
            let path = group_version_path(&group, &version);
            let res = Request::get(path.as_str())
                .send(cluster)
                .await
                .and_then(|b| decode::<ApiResourceList>(&b, &path));
            (gi, vi, group, version, res)
        })
        .buffer_unordered(16)
        .collect()
        .await;
    for (gi, vi, group, version, res) in fetched {
        match res {
            Ok(list) => all_groups[gi][vi].1 = from_resource_list(&group, &version, vi == 0, list),
            Err(e) if matches!(e, Error::Connection(_)) || e.code() == Some(401) => return Err(e),
            Err(e) => {
                let gv = if group.is_empty() {
                    version
                } else {
                    format!("{group}/{version}")
                };
                eprintln!(
                    "warning: couldn't get resource list for {gv}: {}",
                    e.render().trim_start_matches("error: ")
                );
            }
        }
    }
    // Group-major order: groups as the server lists them (core first), each group's
    // preferred version first. Resolution derives kubectl's priority from it.
    let resources: Vec<ApiResourceInfo> = all_groups
        .into_iter()
        .flat_map(|g| g.into_iter().flat_map(|(_, r)| r))
        .collect();
    let fetched_at = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default()
        .as_secs();
    Ok(Discovery {
        format: CACHE_FORMAT,
        server: cluster.server.clone(),
        fetched_at,
        resources,
    })
}

// ---- the cache --------------------------------------------------------------------------

/// `<cache dir>/kctl/discovery/<host_port>/resources.json`, like kubectl's
/// `~/.kube/cache/discovery/<host_port>/`.
pub(crate) fn cache_file(server: &str) -> Option<PathBuf> {
    let base = match std::env::var_os("KCTL_CACHE_DIR") {
        Some(d) if !d.is_empty() => PathBuf::from(d),
        _ => dirs::cache_dir()?.join("kctl"),
    };
    let host = server.split_once("://").map(|(_, h)| h).unwrap_or(server);
    let safe: String = host
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '.' || c == '-' {
                c
            } else {
                '_'
            }
        })
        .collect();
    Some(base.join("discovery").join(safe).join("resources.json"))
}

/// What reading the cache found.
pub(crate) enum Cached {
    Fresh(Discovery),
    Missing,
    Stale,
    /// Unreadable or corrupt; the text says why.
    Bad(String),
}

pub(crate) fn read_cache(path: &Path, server: &str, now: SystemTime) -> Cached {
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e)
            if matches!(
                e.kind(),
                std::io::ErrorKind::NotFound | std::io::ErrorKind::NotADirectory
            ) =>
        {
            return Cached::Missing;
        }
        Err(e) => return Cached::Bad(format!("cannot read {}: {e}", path.display())),
    };
    let d: Discovery = match serde_json::from_slice(&bytes) {
        Ok(d) => d,
        Err(e) => return Cached::Bad(format!("ignoring corrupt discovery cache {}: {e}", path.display())),
    };
    if d.format != CACHE_FORMAT || d.server != server {
        return Cached::Stale;
    }
    let now = now.duration_since(UNIX_EPOCH).unwrap_or_default().as_secs();
    if now.saturating_sub(d.fetched_at) >= CACHE_TTL.as_secs() || d.fetched_at > now + 60 {
        return Cached::Stale;
    }
    Cached::Fresh(d)
}

/// Write atomically (temp file + rename), folders 0700 and the file 0600. The cache holds
/// only what discovery returns: no credentials.
pub(crate) fn write_cache(path: &Path, d: &Discovery) -> std::io::Result<()> {
    let json = serde_json::to_vec(d).map_err(std::io::Error::other)?;
    write_private(path, &[&json])
}

/// Write `parts` to `path` atomically (temp file + rename) as the discovery cache is
/// written: folders 0700, the file 0600 from its creation.
pub(crate) fn write_private(path: &Path, parts: &[&[u8]]) -> std::io::Result<()> {
    let dir = path
        .parent()
        .ok_or_else(|| std::io::Error::other("cache path has no parent"))?;
    create_private_dir(dir)?;
    let mut tmp = tempfile_in(dir)?;
    for part in parts {
        tmp.1.write_all(part)?;
    }
    tmp.1.sync_all()?;
    std::fs::rename(&tmp.0, path).inspect_err(|_| {
        let _ = std::fs::remove_file(&tmp.0);
    })
}

fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        std::fs::DirBuilder::new().recursive(true).mode(0o700).create(dir)
    }
    #[cfg(not(unix))]
    {
        std::fs::create_dir_all(dir)
    }
}

/// A new file in `dir` that nobody else can have opened: created exclusively, mode 0600.
fn tempfile_in(dir: &Path) -> std::io::Result<(PathBuf, std::fs::File)> {
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.mode(0o600);
    }
    let pid = std::process::id();
    for i in 0..100u32 {
        let nanos = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .unwrap_or_default()
            .subsec_nanos();
        let p = dir.join(format!(".resources.{pid}.{nanos}.{i}.tmp"));
        match opts.open(&p) {
            Ok(f) => return Ok((p, f)),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(e),
        }
    }
    Err(std::io::Error::other("cannot create a temporary file"))
}

/// Discovery from the cache when fresh, else from the server (then cached). `force`
/// skips the cache (an unknown type gets one fresh discovery before it is an error).
pub(crate) async fn load(cluster: &Cluster, force: bool) -> Result<(Discovery, bool)> {
    let path = cache_file(&cluster.server);
    if !force && let Some(p) = &path {
        match read_cache(p, &cluster.server, SystemTime::now()) {
            Cached::Fresh(d) => return Ok((d, true)),
            Cached::Bad(why) => eprintln!("warning: {why}"),
            Cached::Missing | Cached::Stale => {}
        }
    }
    let d = discover(cluster).await?;
    match &path {
        Some(p) => {
            if let Err(e) = write_cache(p, &d) {
                eprintln!("warning: cannot write the discovery cache {}: {e}", p.display());
            }
        }
        None => eprintln!("warning: no cache directory (set HOME or XDG_CACHE_HOME); discovery is not cached"),
    }
    Ok((d, false))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Discovery {
        Discovery {
            format: CACHE_FORMAT,
            server: "https://127.0.0.1:6443".into(),
            fetched_at: 1_000_000,
            resources: vec![ApiResourceInfo {
                group: String::new(),
                version: "v1".into(),
                plural: "pods".into(),
                singular: "pod".into(),
                kind: "Pod".into(),
                short_names: vec!["po".into()],
                categories: vec!["all".into()],
                verbs: vec!["get".into(), "list".into()],
                namespaced: true,
                preferred: true,
            }],
        }
    }

    #[test]
    fn cache_key_is_host_and_port() {
        let p = cache_file("https://127.0.0.1:6443").unwrap();
        assert!(
            p.ends_with("discovery/127.0.0.1_6443/resources.json"),
            "{}",
            p.display()
        );
    }

    #[test]
    fn cache_round_trip_ttl_and_corruption() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a/b/resources.json");
        let d = sample();
        write_cache(&p, &d).unwrap();
        let at = |secs: u64| UNIX_EPOCH + Duration::from_secs(secs);
        assert!(matches!(read_cache(&p, &d.server, at(1_000_010)), Cached::Fresh(x) if x.resources == d.resources));
        assert!(matches!(
            read_cache(&p, &d.server, at(1_000_000 + 6 * 3600)),
            Cached::Stale
        ));
        assert!(matches!(
            read_cache(&p, "https://other:1", at(1_000_010)),
            Cached::Stale
        ));
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            assert_eq!(std::fs::metadata(&p).unwrap().permissions().mode() & 0o777, 0o600);
            assert_eq!(
                std::fs::metadata(p.parent().unwrap()).unwrap().permissions().mode() & 0o777,
                0o700
            );
        }
        std::fs::write(&p, b"{not json").unwrap();
        assert!(matches!(read_cache(&p, &d.server, at(1_000_010)), Cached::Bad(_)));
        assert!(matches!(
            read_cache(&dir.path().join("none"), &d.server, at(0)),
            Cached::Missing
        ));
    }

    #[test]
    fn aggregated_discovery_is_read() {
        // The shape of `GET /apis` with the apidiscovery v2 Accept on current servers.
        let body = br#"{"kind":"APIGroupDiscoveryList","apiVersion":"apidiscovery.k8s.io/v2","items":[
          {"metadata":{"name":"batch"},"versions":[
            {"version":"v1","freshness":"Current","resources":[
              {"resource":"cronjobs","responseKind":{"group":"batch","version":"v1","kind":"CronJob"},
               "scope":"Namespaced","singularResource":"cronjob","verbs":["get","list"],
               "shortNames":["cj"],"categories":["all"],
               "subresources":[{"subresource":"status","verbs":["get"]}]},
              {"resource":"jobs","responseKind":{"group":"batch","version":"v1","kind":"Job"},
               "scope":"Namespaced","singularResource":"job","verbs":["get","list"],"categories":["all"]}]}]},
          {"metadata":{"name":"rbac.authorization.k8s.io"},"versions":[
            {"version":"v1","resources":[
              {"resource":"clusterroles","responseKind":{"kind":"ClusterRole"},"scope":"Cluster",
               "singularResource":"clusterrole","verbs":["list"]}]}]}]}"#;
        let list: AggregatedList = serde_json::from_slice(body).unwrap();
        let groups = from_aggregated(list);
        let all: Vec<&ApiResourceInfo> = groups.iter().flatten().flat_map(|(_, r)| r).collect();
        assert_eq!(all.len(), 3, "subresources are not resources");
        assert_eq!(
            (
                all[0].group.as_str(),
                all[0].version.as_str(),
                all[0].plural.as_str(),
                all[0].kind.as_str()
            ),
            ("batch", "v1", "cronjobs", "CronJob")
        );
        assert_eq!(all[0].short_names, ["cj"]);
        assert!(all[0].namespaced && all[0].preferred);
        assert!(!all[2].namespaced);
        assert_eq!(all[2].api_version(), "rbac.authorization.k8s.io/v1");
    }

    #[test]
    fn paths() {
        let r = &sample().resources[0];
        assert_eq!(Request::collection(r, Some("ns")).uri(), "/api/v1/namespaces/ns/pods");
        assert_eq!(Request::collection(r, None).uri(), "/api/v1/pods");
        assert_eq!(r.kind_prefix(), "pod");
        assert_eq!(r.group_resource(), "pods");
    }
}
