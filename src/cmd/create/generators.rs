//! `kctl create KIND NAME ...`: one object built from k8s-openapi's typed structs, shaped as
//! kubectl's Go structs serialize (`creationTimestamp: null`, empty `status`, ...), so that
//! `-o yaml --dry-run=client` prints the same bytes as kubectl.

use std::collections::BTreeMap;
use std::path::Path;

use k8s_openapi::ByteString;
use k8s_openapi::api::apps::v1::{Deployment, DeploymentSpec};
use k8s_openapi::api::batch::v1::{CronJob, CronJobSpec, Job, JobSpec, JobTemplateSpec};
use k8s_openapi::api::core::v1::{
    ConfigMap, Container, ContainerPort, Namespace, PodSpec, PodTemplateSpec, Secret, Service, ServiceAccount,
    ServicePort, ServiceSpec,
};
use k8s_openapi::apimachinery::pkg::apis::meta::v1::{LabelSelector, ObjectMeta, OwnerReference};
use k8s_openapi::apimachinery::pkg::util::intstr::IntOrString;
use serde_json::{Map, Value, json};

use super::built::{Built, usage};
use super::common::{CommonOptions, ResultPrinter, set_annotation};
use super::docker;
use super::goorder;
use super::ingress;
use super::policy;
use super::rbac;
use crate::cli::{
    CreateConfigMap, CreateCronJob, CreateDeployment, CreateGenerator, CreateJob, CreateSecret, CreateSecretGeneric,
    CreateSecretTls, CreateService, CreateServiceArgs, DataSources,
};
use crate::cmd::batch::{ObjectError, report};
use crate::cmd::{Context, DryRun};
use crate::error::{Error, Result, io_text};
use crate::resource::http::{ACCEPT_JSON, send};
use crate::resource::lookup::Lookup;
use crate::resource::write::{WriteParams, create_object};
use crate::resource::{ApiResourceInfo, Cluster};
use crate::status::ExitStatus;

/// What a generator produced.
struct Generated {
    obj: Value,
    /// `kubectl create` prints e.g. `deployment.apps/web created`.
    kind_prefix: &'static str,
    /// kubectl's wording when the server refuses (`failed to create configmap: `); none:
    /// the server's error as it is.
    fail_prefix: Option<String>,
    /// kubectl's `create service` ignores `--save-config`.
    save_config: bool,
    namespaced: bool,
}

impl Generated {
    /// A generator of its own file: shaped as Go serializes it.
    fn built(b: Built) -> Generated {
        Generated {
            obj: shape(b.obj),
            kind_prefix: b.kind_prefix,
            fail_prefix: b.fail_prefix.map(str::to_string),
            save_config: true,
            namespaced: b.namespaced,
        }
    }

    /// A namespaced object, shaped as Go serializes it, that takes `--save-config`.
    fn of<T: serde::Serialize>(typed: &T, kind_prefix: &'static str, fail_prefix: &str) -> Result<Generated> {
        Ok(Generated {
            obj: shape(to_value(typed)?),
            kind_prefix,
            fail_prefix: Some(fail_prefix.to_string()),
            save_config: true,
            namespaced: true,
        })
    }
}

fn meta(name: &str) -> ObjectMeta {
    ObjectMeta {
        name: Some(name.to_string()),
        ..Default::default()
    }
}

fn to_value<T: serde::Serialize>(v: &T) -> Result<Value> {
    serde_json::to_value(v).map_err(|e| Error::Decode(format!("error: {e}")))
}

pub(crate) async fn run(
    generator: &CreateGenerator,
    common: &CommonOptions,
    cx: &mut Context<'_>,
) -> Result<ExitStatus> {
    if let CreateGenerator::Token(a) = generator {
        return super::token::run(a, common, cx).await;
    }
    let (mut generated, cluster) = generate(generator, cx).await?;
    if generated.namespaced
        && let Some(ns) = cx.namespace_flag()
        && let Some(m) = generated.obj.get_mut("metadata").and_then(Value::as_object_mut)
    {
        m.insert("namespace".into(), Value::String(ns.to_string()));
    }
    if common.save_config && generated.save_config {
        save_config(&mut generated.obj);
    }
    let mut printer = ResultPrinter::new(common, true);
    if common.dry_run == DryRun::Client {
        printer.print(cx.out, generated.kind_prefix, generated.obj)?;
        return Ok(ExitStatus::Success);
    }
    let cluster = match cluster {
        Some(c) => c,
        None => cx.connect().await?,
    };
    create(&cluster, generated, common, &mut printer, cx.out).await
}

/// The object of the generator (and the connection, when building it needed the server).
async fn generate(generator: &CreateGenerator, cx: &Context<'_>) -> Result<(Generated, Option<Cluster>)> {
    let generated = match generator {
        CreateGenerator::Namespace(a) => {
            let ns = Namespace {
                metadata: meta(&a.name),
                ..Default::default()
            };
            Generated {
                fail_prefix: None,
                namespaced: false,
                ..Generated::of(&ns, "namespace", "")?
            }
        }
        CreateGenerator::Serviceaccount(a) => {
            let sa = ServiceAccount {
                metadata: meta(&a.name),
                ..Default::default()
            };
            Generated::of(&sa, "serviceaccount", "failed to create serviceaccount: ")?
        }
        CreateGenerator::Configmap(a) => configmap(a)?,
        CreateGenerator::Secret(CreateSecret::Generic(a)) => secret_generic(a)?,
        CreateGenerator::Secret(CreateSecret::Tls(a)) => secret_tls(a)?,
        CreateGenerator::Secret(CreateSecret::DockerRegistry(a)) => Generated::built(docker::docker_registry(a)?),
        CreateGenerator::Role(a) => {
            let (b, c) = rbac::role(a, cx).await?;
            return Ok((Generated::built(b), c));
        }
        CreateGenerator::Clusterrole(a) => {
            let (b, c) = rbac::clusterrole(a, cx).await?;
            return Ok((Generated::built(b), c));
        }
        CreateGenerator::Rolebinding(a) => Generated::built(rbac::rolebinding(a)?),
        CreateGenerator::Clusterrolebinding(a) => Generated::built(rbac::clusterrolebinding(a)?),
        CreateGenerator::Quota(a) => Generated::built(policy::quota(a)?),
        CreateGenerator::Poddisruptionbudget(a) => Generated::built(policy::pdb(a)?),
        CreateGenerator::Priorityclass(a) => Generated::built(policy::priorityclass(a)?),
        CreateGenerator::Ingress(a) => Generated::built(ingress::ingress(a)?),
        CreateGenerator::Token(_) => unreachable!("create token is run by token::run"),
        CreateGenerator::Deployment(a) => deployment(a)?,
        CreateGenerator::Cronjob(a) => cronjob(a)?,
        CreateGenerator::Service(s) => service(s)?,
        CreateGenerator::Job(a) => {
            if a.image.is_some() == a.from.is_some() {
                return Err(usage("either --image or --from must be specified"));
            }
            if a.from.is_some() && !a.command.is_empty() {
                return Err(usage("cannot specify --from and command"));
            }
            if let Some(from) = &a.from {
                let c = cx.connect().await?;
                let g = job_from_cronjob(&c, &a.name, from).await?;
                return Ok((g, Some(c)));
            }
            job(a)?
        }
    };
    Ok((generated, None))
}

/// `--save-config` for a typed object: an empty annotations map is dropped (`omitempty`),
/// then the object is encoded in Go's field order.
fn save_config(obj: &mut Value) {
    set_annotation(obj, |o| {
        let mut o = o.clone();
        if let Some(m) = o.get_mut("metadata").and_then(Value::as_object_mut)
            && m.get("annotations")
                .and_then(Value::as_object)
                .is_some_and(Map::is_empty)
        {
            m.remove("annotations");
        }
        format!("{}\n", goorder::to_compact(&o))
    });
}

/// Send the object (in the version the server serves) and print what the server made of it.
async fn create(
    cluster: &Cluster,
    mut generated: Generated,
    common: &CommonOptions,
    printer: &mut ResultPrinter<'_>,
    out: &mut dyn std::io::Write,
) -> Result<ExitStatus> {
    let api_version = generated.obj["apiVersion"].as_str().unwrap_or_default().to_string();
    let kind = generated.obj["kind"].as_str().unwrap_or_default().to_string();
    let res = served(cluster, &api_version, &kind).await?;
    if res.api_version() != api_version {
        generated.obj["apiVersion"] = Value::String(res.api_version());
    }
    let body = serde_json::to_vec(&generated.obj).map_err(|e| Error::Decode(format!("error: {e}")))?;
    let params = WriteParams {
        dry_run: common.dry_run == DryRun::Server,
        field_manager: common.field_manager.clone(),
        field_validation: "",
    };
    let ns = res.namespaced.then_some(cluster.namespace.as_str());
    match create_object(cluster, &res, ns, body, &params).await {
        Ok(bytes) => {
            let obj: Value = serde_json::from_slice(&bytes)
                .map_err(|e| Error::Decode(format!("error: cannot decode the server's answer: {e}")))?;
            printer.print(out, generated.kind_prefix, obj)?;
            Ok(ExitStatus::Success)
        }
        Err(e) => match (generated.fail_prefix, e) {
            (Some(prefix), Error::Api(status)) => Err(Error::Usage(format!("{prefix}{}", status.message))),
            (_, e) => {
                report(&[ObjectError::when("creating", None, e)]);
                Ok(ExitStatus::Failure)
            }
        },
    }
}

/// The resource that serves `kind`: `api_version` when served, else another served version
/// of the same group (a v1.20 server has CronJob only as batch/v1beta1).
async fn served(cluster: &Cluster, api_version: &str, kind: &str) -> Result<ApiResourceInfo> {
    let (group, version) = crate::resource::manifest::split_api_version(api_version);
    let found = Lookup::load(cluster)
        .await?
        .find(|d| {
            let same_group = d.resources.iter().filter(|r| r.group == group && r.kind == kind);
            d.resources
                .iter()
                .find(|r| r.group == group && r.version == version && r.kind == kind)
                .or_else(|| same_group.clone().find(|r| r.preferred))
                .or_else(|| same_group.clone().next())
                .cloned()
        })
        .await?;
    found.ok_or_else(|| usage(format!("no matches for kind \"{kind}\" in version \"{api_version}\"")))
}

// ---- shaping as Go serializes -----------------------------------------------------------

fn ensure_object<'a>(v: &'a mut Value, key: &str) -> &'a mut Value {
    let m = v.as_object_mut().expect("an object");
    let e = m.entry(key.to_string()).or_insert_with(|| json!({}));
    if !e.is_object() {
        *e = json!({});
    }
    e
}

/// An `ObjectMeta` (a struct, never omitted): `creationTimestamp: null` when unset.
fn shape_meta(parent: &mut Value) {
    let meta = ensure_object(parent, "metadata");
    meta.as_object_mut()
        .expect("object")
        .entry("creationTimestamp")
        .or_insert(Value::Null);
}

/// A `PodTemplateSpec`: its metadata, and `resources: {}` on every container.
fn shape_template(template: &mut Value) {
    shape_meta(template);
    let spec = ensure_object(template, "spec");
    for list in ["initContainers", "containers"] {
        if let Some(cs) = spec.get_mut(list).and_then(Value::as_array_mut) {
            for c in cs {
                ensure_object(c, "resources");
            }
        }
    }
}

/// Add what Go's `json.Marshal` prints for zero structs of the generated kinds.
fn shape(mut v: Value) -> Value {
    shape_meta(&mut v);
    let kind = v.get("kind").and_then(Value::as_str).unwrap_or_default().to_string();
    match kind.as_str() {
        "Namespace" => {
            ensure_object(&mut v, "spec");
            ensure_object(&mut v, "status");
        }
        "Deployment" => {
            let spec = ensure_object(&mut v, "spec");
            ensure_object(spec, "strategy");
            shape_template(ensure_object(spec, "template"));
            ensure_object(&mut v, "status");
        }
        "Job" => {
            let spec = ensure_object(&mut v, "spec");
            shape_template(ensure_object(spec, "template"));
            ensure_object(&mut v, "status");
        }
        "CronJob" => {
            let spec = ensure_object(&mut v, "spec");
            let jt = ensure_object(spec, "jobTemplate");
            shape_meta(jt);
            let js = ensure_object(jt, "spec");
            shape_template(ensure_object(js, "template"));
            ensure_object(&mut v, "status");
        }
        "Service" => {
            ensure_object(&mut v, "spec");
            let status = ensure_object(&mut v, "status");
            ensure_object(status, "loadBalancer");
        }
        _ => {}
    }
    v
}

// ---- data sources -----------------------------------------------------------------------

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

/// Keys and raw values from `--from-file`, `--from-literal`, `--from-env-file`, in kubectl's
/// order (files, literals, env files), with kubectl's checks.
fn collect_sources(sources: &DataSources, what: &str, name: &str) -> Result<Vec<(String, Vec<u8>)>> {
    if !sources.from_env_file.is_empty() && (!sources.from_file.is_empty() || !sources.from_literal.is_empty()) {
        return Err(usage("from-env-file cannot be combined with from-file or from-literal"));
    }
    let mut data = Data {
        what,
        name,
        entries: Vec::new(),
    };
    for src in &sources.from_file {
        data.add_file_source(src)?;
    }
    for lit in &sources.from_literal {
        let Some((k, v)) = lit.split_once('=') else {
            return Err(usage(format!("invalid literal source {lit}, expected key=value")));
        };
        data.add(k.to_string(), v.as_bytes().to_vec())?;
    }
    for path in &sources.from_env_file {
        data.add_env_file(path)?;
    }
    Ok(data.entries)
}

/// The data of a config map or secret being collected.
struct Data<'a> {
    /// `ConfigMap` or `Secret`, and its name, for the messages.
    what: &'a str,
    name: &'a str,
    entries: Vec<(String, Vec<u8>)>,
}

impl Data<'_> {
    fn add(&mut self, key: String, value: Vec<u8>) -> Result<()> {
        let (what, name) = (self.what, self.name);
        if !valid_key(&key) {
            return Err(usage(format!(
                "\"{key}\" is not a valid key name for a {what}: a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')"
            )));
        }
        if self.entries.iter().any(|(k, _)| *k == key) {
            return Err(usage(format!(
                "cannot add key \"{key}\", another key by that name already exists in Data for {what} \"{name}\""
            )));
        }
        self.entries.push((key, value));
        Ok(())
    }

    /// `--from-file=[key=]path`: a file (its name is the default key) or a directory (each
    /// regular file in it, by name).
    fn add_file_source(&mut self, src: &str) -> Result<()> {
        let (key, path) = match src.split_once('=') {
            None => (None, src),
            Some((k, p)) => {
                if p.contains('=') {
                    return Err(usage("key names or file paths cannot contain '='"));
                }
                if k.is_empty() {
                    return Err(usage(format!("key name for file path {p} missing")));
                }
                if p.is_empty() {
                    return Err(usage(format!("file path for key name {k} missing")));
                }
                (Some(k.to_string()), p)
            }
        };
        let meta = std::fs::metadata(path).map_err(|e| usage(format!("error reading {path}: {}", io_text(&e))))?;
        if !meta.is_dir() {
            let k = key.unwrap_or_else(|| {
                Path::new(path)
                    .file_name()
                    .map(|f| f.to_string_lossy().into_owned())
                    .unwrap_or_default()
            });
            let data = std::fs::read(path).map_err(|e| usage(format!("error reading {path}: {}", io_text(&e))))?;
            return self.add(k, data);
        }
        if key.is_some() {
            return Err(usage("cannot give a key name for a directory path"));
        }
        let mut entries: Vec<_> = std::fs::read_dir(path)
            .map_err(|e| usage(format!("error listing files in {path}: {}", io_text(&e))))?
            .filter_map(|e| e.ok())
            .collect();
        entries.sort_by_key(|e| e.file_name());
        for e in entries {
            if e.file_type().is_ok_and(|t| t.is_file()) {
                let k = e.file_name().to_string_lossy().into_owned();
                let data = std::fs::read(e.path())
                    .map_err(|err| usage(format!("error reading {}: {}", e.path().display(), io_text(&err))))?;
                self.add(k, data)?;
            }
        }
        Ok(())
    }

    /// `--from-env-file`: `KEY=VALUE` lines (a bare `KEY` takes the environment's value);
    /// blank lines and `#` comments are skipped.
    fn add_env_file(&mut self, path: &str) -> Result<()> {
        let bytes = std::fs::read(path).map_err(|e| usage(format!("error reading {path}: {}", io_text(&e))))?;
        for (n, line) in bytes.split(|&b| b == b'\n').enumerate() {
            let Ok(line) = std::str::from_utf8(line) else {
                return Err(usage(format!(
                    "env file {path} contains invalid utf8 bytes at line {}",
                    n + 1
                )));
            };
            let line = if n == 0 {
                line.trim_start_matches('\u{feff}')
            } else {
                line
            };
            let line = line.trim_end_matches('\r').trim_start();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let (k, v) = match line.split_once('=') {
                Some((k, v)) => (k.to_string(), v.to_string()),
                None => (line.to_string(), std::env::var(line).unwrap_or_default()),
            };
            if !valid_env_name(&k) {
                return Err(usage(format!(
                    "\"{k}\" is not a valid key name: a valid environment variable name must consist of alphabetic characters, digits, '_', '-', or '.', and must not start with a digit (e.g. 'my.env-name',  or 'MY_ENV.NAME',  or 'MyEnvName1', regex used for validation is '[-._a-zA-Z][-._a-zA-Z0-9]*')"
                )));
            }
            self.add(k, v.into_bytes())?;
        }
        Ok(())
    }
}

fn valid_env_name(k: &str) -> bool {
    let mut chars = k.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || matches!(c, '-' | '.' | '_'))
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '.' | '_'))
}

fn configmap(a: &CreateConfigMap) -> Result<Generated> {
    let mut data = BTreeMap::new();
    let mut binary = BTreeMap::new();
    for (k, v) in collect_sources(&a.sources, "ConfigMap", &a.name)? {
        match String::from_utf8(v) {
            Ok(s) => {
                data.insert(k, s);
            }
            Err(e) => {
                binary.insert(k, ByteString(e.into_bytes()));
            }
        }
    }
    let cm = ConfigMap {
        metadata: meta(&a.name),
        data: (!data.is_empty()).then_some(data),
        binary_data: (!binary.is_empty()).then_some(binary),
        ..Default::default()
    };
    Generated::of(&cm, "configmap", "failed to create configmap: ")
}

fn secret_generic(a: &CreateSecretGeneric) -> Result<Generated> {
    let data: BTreeMap<String, ByteString> = collect_sources(&a.sources, "Secret", &a.name)?
        .into_iter()
        .map(|(k, v)| (k, ByteString(v)))
        .collect();
    let s = Secret {
        metadata: meta(&a.name),
        data: (!data.is_empty()).then_some(data),
        type_: a.secret_type.clone().filter(|t| !t.is_empty()),
        ..Default::default()
    };
    Generated::of(&s, "secret", "failed to create secret ")
}

/// kubectl's `tls.X509KeyPair` check: both parse as PEM, and the key matches the certificate.
fn check_tls_pair(cert: &[u8], key: &[u8]) -> Result<()> {
    use rustls::pki_types::pem::PemObject;
    use rustls::pki_types::{CertificateDer, PrivateKeyDer};
    let certs: Vec<CertificateDer<'static>> = CertificateDer::pem_slice_iter(cert)
        .collect::<std::result::Result<_, _>>()
        .map_err(|_| usage("tls: failed to find any PEM data in certificate input"))?;
    if certs.is_empty() {
        return Err(usage("tls: failed to find any PEM data in certificate input"));
    }
    let key = PrivateKeyDer::from_pem_slice(key).map_err(|_| usage("tls: failed to find any PEM data in key input"))?;
    let provider = rustls::crypto::ring::default_provider();
    let signing = provider
        .key_provider
        .load_private_key(key)
        .map_err(|e| usage(format!("tls: failed to parse private key: {e}")))?;
    let ck = rustls::sign::CertifiedKey::new(certs, signing);
    match ck.keys_match() {
        Ok(()) => Ok(()),
        Err(rustls::Error::InconsistentKeys(rustls::InconsistentKeys::Unknown)) => Ok(()),
        Err(rustls::Error::InconsistentKeys(_)) => Err(usage("tls: private key does not match public key")),
        Err(e) => Err(usage(format!("tls: failed to parse certificate: {e}"))),
    }
}

fn secret_tls(a: &CreateSecretTls) -> Result<Generated> {
    let read = |p: &Path| std::fs::read(p).map_err(|e| usage(format!("open {}: {}", p.display(), io_text(&e))));
    let cert = read(&a.cert)?;
    let key = read(&a.key)?;
    check_tls_pair(&cert, &key)?;
    let mut data = BTreeMap::new();
    data.insert("tls.crt".to_string(), ByteString(cert));
    data.insert("tls.key".to_string(), ByteString(key));
    let s = Secret {
        metadata: meta(&a.name),
        data: Some(data),
        type_: Some("kubernetes.io/tls".into()),
        ..Default::default()
    };
    Generated::of(&s, "secret", "failed to create secret ")
}

/// kubectl's `utilrand.String(n)` alphabet (no vowels, no look-alikes).
fn random_suffix(n: usize) -> String {
    use std::hash::{BuildHasher, Hasher};
    const ALPHABET: &[u8] = b"bcdfghjklmnpqrstvwxz2456789";
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    h.write_u128(
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap_or_default()
            .as_nanos(),
    );
    let mut x = h.finish();
    (0..n)
        .map(|_| {
            let c = ALPHABET[(x % ALPHABET.len() as u64) as usize] as char;
            x /= ALPHABET.len() as u64;
            c
        })
        .collect()
}

/// The container name kubectl derives from an image: last path part, without tag or digest;
/// `_` becomes `-` and then gets a random suffix.
fn container_name(image: &str) -> String {
    let mut name = image.rsplit('/').next().unwrap_or(image).to_string();
    if let Some(i) = name.find(':') {
        name.truncate(i);
    }
    if let Some(i) = name.find('@') {
        name.truncate(i);
    }
    if name.contains('_') {
        name = format!("{}-{}", name.replace('_', "-"), random_suffix(5));
    }
    name
}

fn labels_app(name: &str) -> BTreeMap<String, String> {
    BTreeMap::from([("app".to_string(), name.to_string())])
}

fn command(c: &[String]) -> Option<Vec<String>> {
    (!c.is_empty()).then(|| c.to_vec())
}

fn deployment(a: &CreateDeployment) -> Result<Generated> {
    if a.image.len() > 1 && !a.command.is_empty() {
        return Err(usage("cannot specify multiple --image options and command"));
    }
    let mut containers: Vec<Container> = a
        .image
        .iter()
        .map(|image| Container {
            name: container_name(image),
            image: Some(image.clone()),
            command: command(&a.command),
            ..Default::default()
        })
        .collect();
    if a.port >= 0
        && let Some(c) = containers.first_mut()
    {
        c.ports = Some(vec![ContainerPort {
            container_port: a.port,
            ..Default::default()
        }]);
    }
    let labels = labels_app(&a.name);
    let d = Deployment {
        metadata: ObjectMeta {
            labels: Some(labels.clone()),
            ..meta(&a.name)
        },
        spec: DeploymentSpec {
            replicas: Some(a.replicas),
            selector: LabelSelector {
                match_labels: Some(labels.clone()),
                ..Default::default()
            },
            template: PodTemplateSpec {
                metadata: Some(ObjectMeta {
                    labels: Some(labels),
                    ..Default::default()
                }),
                spec: Some(PodSpec {
                    containers,
                    ..Default::default()
                }),
            },
            ..Default::default()
        },
        ..Default::default()
    };
    Generated::of(&d, "deployment.apps", "failed to create deployment: ")
}

fn pod_template(name: &str, image: &str, cmd: &[String], restart: &str) -> PodTemplateSpec {
    PodTemplateSpec {
        metadata: None,
        spec: Some(PodSpec {
            containers: vec![Container {
                name: name.to_string(),
                image: Some(image.to_string()),
                command: command(cmd),
                ..Default::default()
            }],
            restart_policy: Some(restart.to_string()),
            ..Default::default()
        }),
    }
}

fn job(a: &CreateJob) -> Result<Generated> {
    let j = Job {
        metadata: meta(&a.name),
        spec: Some(JobSpec {
            template: pod_template(&a.name, a.image.as_deref().unwrap_or_default(), &a.command, "Never"),
            ..Default::default()
        }),
        ..Default::default()
    };
    Generated::of(&j, "job.batch", "failed to create job: ")
}

/// `create job NAME --from=cronjob/CJ`: the cron job's job template, owned by it.
async fn job_from_cronjob(cluster: &Cluster, name: &str, from: &str) -> Result<Generated> {
    let (kind, cj_name) = from
        .split_once('/')
        .ok_or_else(|| usage(format!("from must be of the form TYPE/NAME, got {from:?}")))?;
    if !matches!(
        kind.to_lowercase().as_str(),
        "cronjob" | "cronjobs" | "cj" | "cronjob.batch" | "cronjobs.batch"
    ) {
        return Err(usage(format!("unknown object type {kind}")));
    }
    let res = served(cluster, "batch/v1", "CronJob").await?;
    let path = crate::resource::request::Request::object(&res, Some(&cluster.namespace), cj_name).uri();
    let bytes = send(cluster, http::Method::GET, &path, ACCEPT_JSON, None).await?;
    let cj: Value =
        serde_json::from_slice(&bytes).map_err(|e| Error::Decode(format!("error: cannot decode the cron job: {e}")))?;
    let template = cj.pointer("/spec/jobTemplate").cloned().unwrap_or(json!({}));
    // Through the typed struct, so the job spec holds what kubectl's Go types would.
    let jt: JobTemplateSpec =
        serde_json::from_value(template).map_err(|e| Error::Decode(format!("error: invalid cron job: {e}")))?;
    let jt_meta = jt.metadata.unwrap_or_default();
    let mut annotations = BTreeMap::from([("cronjob.kubernetes.io/instantiate".to_string(), "manual".to_string())]);
    annotations.extend(jt_meta.annotations.unwrap_or_default());
    let j = Job {
        metadata: ObjectMeta {
            annotations: Some(annotations),
            labels: jt_meta.labels,
            owner_references: Some(vec![OwnerReference {
                // The version the server serves CronJob in (batch/v1beta1 on v1.20).
                api_version: res.api_version(),
                kind: "CronJob".into(),
                name: cj_name.to_string(),
                uid: cj
                    .pointer("/metadata/uid")
                    .and_then(Value::as_str)
                    .unwrap_or_default()
                    .to_string(),
                controller: Some(true),
                ..Default::default()
            }]),
            ..meta(name)
        },
        spec: jt.spec,
        ..Default::default()
    };
    Generated::of(&j, "job.batch", "failed to create job: ")
}

fn cronjob(a: &CreateCronJob) -> Result<Generated> {
    let restart = a.restart.clone().unwrap_or_else(|| "OnFailure".into());
    let cj = CronJob {
        metadata: meta(&a.name),
        spec: CronJobSpec {
            schedule: a.schedule.clone(),
            job_template: JobTemplateSpec {
                metadata: Some(meta(&a.name)),
                spec: Some(JobSpec {
                    template: pod_template(&a.name, &a.image, &a.command, &restart),
                    ..Default::default()
                }),
            },
            ..Default::default()
        },
        ..Default::default()
    };
    Generated::of(&cj, "cronjob.batch", "failed to create cronjob: ")
}

/// `port[:target]` as kubectl's `parsePorts`.
fn parse_port(spec: &str) -> Result<(i32, IntOrString)> {
    let mut parts = spec.split(':');
    let p = parts.next().unwrap_or_default();
    let port: i32 = p.parse().ok().filter(|n| (1..=65535).contains(n)).ok_or_else(|| {
        usage(format!(
            "invalid port {p:?} in --tcp={spec}: must be between 1 and 65535"
        ))
    })?;
    let target = match parts.next() {
        None => IntOrString::Int(port),
        Some(t) => match t.parse::<i64>() {
            Ok(n) if (1..=65535).contains(&n) => IntOrString::Int(n as i32),
            Ok(_) => return Err(usage("must be between 1 and 65535, inclusive")),
            Err(_) => {
                let ok = !t.is_empty()
                    && t.len() <= 15
                    && t.bytes()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
                    && t.bytes().any(|b| b.is_ascii_lowercase())
                    && !t.starts_with('-')
                    && !t.ends_with('-')
                    && !t.contains("--");
                if !ok {
                    return Err(usage(format!("invalid target port name {t:?} in --tcp={spec}")));
                }
                IntOrString::String(t.to_string())
            }
        },
    };
    Ok((port, target))
}

/// A DNS-1123 subdomain (kubectl's check of `--external-name`).
fn dns_subdomain(e: &str) -> bool {
    !e.is_empty()
        && e.len() <= 253
        && e.split('.').all(|l| {
            !l.is_empty()
                && l.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
                && !l.starts_with('-')
                && !l.ends_with('-')
        })
}

fn service(s: &CreateService) -> Result<Generated> {
    let (a, ty, word): (&CreateServiceArgs, &str, &str) = match s {
        CreateService::Clusterip(a) => (a, "ClusterIP", "ClusterIP"),
        CreateService::Nodeport(a) => (a, "NodePort", "NodePort"),
        CreateService::Loadbalancer(a) => (a, "LoadBalancer", "LoadBalancer"),
        CreateService::Externalname(a) => (a, "ExternalName", "ExternalName"),
    };
    let clusterip = a.clusterip.clone().filter(|c| !c.is_empty());
    if clusterip.as_deref() == Some("None") && ty != "ClusterIP" {
        return Err(usage("ClusterIP=None can only be used with ClusterIP service type"));
    }
    if clusterip.as_deref() != Some("None") && a.tcp.is_empty() && ty != "ExternalName" {
        return Err(usage("at least one tcp port specifier must be provided"));
    }
    let external_name = a.external_name.clone().filter(|e| !e.is_empty());
    if ty == "ExternalName" {
        let e = external_name.as_deref().unwrap_or_default();
        if !dns_subdomain(e) {
            return Err(usage(format!("invalid service external name {e}")));
        }
    }
    let mut ports = Vec::new();
    for t in &a.tcp {
        let (port, target) = parse_port(t)?;
        ports.push(ServicePort {
            name: Some(t.replace(':', "-")),
            port,
            target_port: Some(target),
            protocol: Some("TCP".into()),
            node_port: (a.node_port != 0).then_some(a.node_port),
            ..Default::default()
        });
    }
    let labels = labels_app(&a.name);
    let svc = Service {
        metadata: ObjectMeta {
            labels: Some(labels.clone()),
            ..meta(&a.name)
        },
        spec: Some(ServiceSpec {
            type_: Some(ty.to_string()),
            selector: Some(labels),
            ports: (!ports.is_empty()).then_some(ports),
            external_name: if ty == "ExternalName" { external_name } else { None },
            cluster_ip: clusterip,
            ..Default::default()
        }),
        ..Default::default()
    };
    Ok(Generated {
        save_config: false,
        ..Generated::of(&svc, "service", &format!("failed to create {word} service: "))?
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn yaml(v: &Value) -> String {
        crate::output::yaml::to_yaml_string(v).unwrap()
    }

    #[test]
    fn namespace_as_kubectl() {
        let g = shape(
            to_value(&Namespace {
                metadata: meta("foo"),
                ..Default::default()
            })
            .unwrap(),
        );
        assert_eq!(
            yaml(&g),
            "apiVersion: v1\nkind: Namespace\nmetadata:\n  creationTimestamp: null\n  name: foo\nspec: {}\nstatus: {}\n"
        );
        assert_eq!(
            goorder::to_compact(&g),
            r#"{"kind":"Namespace","apiVersion":"v1","metadata":{"name":"foo","creationTimestamp":null},"spec":{},"status":{}}"#
        );
    }

    #[test]
    fn container_names() {
        assert_eq!(container_name("nginx:1.25"), "nginx");
        assert_eq!(container_name("reg.io:5000/team/app@sha256:abc"), "app");
        let n = container_name("a/b_c:1");
        assert!(n.starts_with("b-c-") && n.len() == 9, "{n}");
    }

    #[test]
    fn ports() {
        assert_eq!(parse_port("80").unwrap(), (80, IntOrString::Int(80)));
        assert_eq!(parse_port("80:http").unwrap(), (80, IntOrString::String("http".into())));
        assert!(parse_port("0").is_err());
        assert!(parse_port("80:99999").is_err());
    }

    #[test]
    fn literal_and_env_sources() {
        let dir = tempfile::tempdir().unwrap();
        let env = dir.path().join("e.env");
        std::fs::write(&env, "\u{feff}# c\nA=1 \n  B=2\nD=x=y\n\n").unwrap();
        let s = DataSources {
            from_literal: vec![],
            from_file: vec![],
            from_env_file: vec![env.display().to_string()],
        };
        let got = collect_sources(&s, "ConfigMap", "c").unwrap();
        let got: Vec<(String, String)> = got
            .into_iter()
            .map(|(k, v)| (k, String::from_utf8(v).unwrap()))
            .collect();
        assert_eq!(
            got,
            [
                ("A".into(), "1 ".into()),
                ("B".into(), "2".into()),
                ("D".into(), "x=y".into())
            ]
        );
        let dup = DataSources {
            from_literal: vec!["a=1".into(), "a=2".into()],
            from_file: vec![],
            from_env_file: vec![],
        };
        assert_eq!(
            collect_sources(&dup, "ConfigMap", "bad").unwrap_err().to_string(),
            "cannot add key \"a\", another key by that name already exists in Data for ConfigMap \"bad\""
        );
    }
}
