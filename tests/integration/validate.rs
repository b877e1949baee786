//! Issue #13: `create --validate` beside kubectl 1.32 on the v1.20 cluster (which has no
//! server-side field validation, so both validate on the client against /openapi/v2), and
//! the server's `Warning:` headers on `get` and `create`, with `--warnings-as-errors`.

use std::path::Path;
use std::time::Duration;

use crate::cluster::{Env, Ns, crd_ready, kubectl_ok, run, wait_for};

const TYPO: &str = "apiVersion: apps/v1
kind: Deployment
metadata: {name: typo}
spec:
  replica: 3
  selector: {matchLabels: {app: typo}}
  template:
    metadata: {labels: {app: typo}}
    spec:
      containers:
      - name: c
        image: nginx
        resources:
          limts: {cpu: 100m}
";

const SERVICE: &str = "apiVersion: v1
kind: Service
metadata: {name: eighty}
spec:
  ports: [{port: \"eighty\"}]
";

const WIDGET: &str = "apiVersion: test.kctl.io/v1
kind: Widget
metadata: {name: bad-widget}
spec: {size: \"three\", colour: red}
";

const INGRESS: &str = "apiVersion: extensions/v1beta1
kind: Ingress
metadata: {name: NAME}
spec:
  backend: {serviceName: web, servicePort: 80}
";

const DEPRECATED: &str = "Warning: extensions/v1beta1 Ingress is deprecated in v1.14+, unavailable in v1.22+; use networking.k8s.io/v1 Ingress\n";

/// Write `text` to `dir/name`; the path as a string.
fn file(dir: &Path, name: &str, text: &str) -> String {
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p.to_str().unwrap().to_string()
}

/// klog's time and process id masked: `W0000 00:00:00.000000       0 schema.go:145] ...`.
fn mask_klog(stderr: &str) -> String {
    stderr
        .lines()
        .map(|l| match l.split_once(" schema.go:145] ") {
            Some((head, rest)) if head.starts_with('W') => {
                format!("W0000 00:00:00.000000       0 schema.go:145] {rest}\n")
            }
            _ => format!("{l}\n"),
        })
        .collect()
}

fn exists(env: &Env, ns: &str, what: &str) -> bool {
    run(env.kubectl(&["-n", ns, "get", what])).2 == 0
}

/// Acceptance 1: the typo and the wrong type give kubectl's exact stderr and exit code, and
/// nothing is created.
#[test]
fn typo_and_wrong_type_fail_as_kubectl_and_create_nothing() {
    let ns = Ns::new("validate");
    let dir = tempfile::tempdir().unwrap();
    for (name, text, object) in [
        ("typo.yaml", TYPO, "deployment/typo"),
        ("svc.yaml", SERVICE, "service/eighty"),
    ] {
        let path = file(dir.path(), name, text);
        let (k_out, k_err, k_code) = run(ns.env.kubectl(&["-n", &ns.name, "create", "-f", &path]));
        let (c_out, c_err, c_code) = run(ns.env.kctl(&["-n", &ns.name, "create", "-f", &path]));
        assert_eq!((c_code, &c_err), (k_code, &k_err), "{name}: kctl stdout {c_out}");
        assert_eq!(c_code, 1);
        assert_eq!((c_out.as_str(), k_out.as_str()), ("", ""));
        assert!(
            c_err.starts_with(&format!("error: error validating \"{path}\": error validating data: ")),
            "{c_err}"
        );
        assert!(!exists(&ns.env, &ns.name, object), "{object} was created");
    }
    let typo = dir.path().join("typo.yaml");
    let (_, err, _) = run(ns.env.kctl(&["-n", &ns.name, "create", "-f", typo.to_str().unwrap()]));
    assert_eq!(
        err,
        format!(
            "error: error validating \"{}\": error validating data: [ValidationError(Deployment.spec): unknown field \"replica\" in io.k8s.api.apps.v1.DeploymentSpec, ValidationError(Deployment.spec.template.spec.containers[0].resources): unknown field \"limts\" in io.k8s.api.core.v1.ResourceRequirements]; if you choose to ignore these errors, turn validation off with --validate=false\n",
            typo.display()
        )
    );
}

/// Acceptance 1, custom resources: the CRD's schema, as the server publishes it.
#[test]
fn custom_resource_fails_as_kubectl() {
    let ns = Ns::new("validate-cr");
    crd_ready(&ns.env);
    let dir = tempfile::tempdir().unwrap();
    let path = file(dir.path(), "widget.yaml", WIDGET);
    // The server publishes a new CRD's schema a moment after it is Established.
    let mut kubectl = (String::new(), String::new(), 0);
    wait_for(Duration::from_secs(60), || {
        kubectl = run(ns
            .env
            .kubectl(&["-n", &ns.name, "create", "-f", &path, "--dry-run=server"]));
        kubectl.1.contains("ValidationError")
    });
    let (c_out, c_err, c_code) = run(ns.env.kctl(&["-n", &ns.name, "create", "-f", &path]));
    assert_eq!(
        (c_code, c_err.as_str()),
        (kubectl.2, kubectl.1.as_str()),
        "kctl stdout {c_out}"
    );
    assert!(
        c_err.contains("unknown field \"colour\" in io.kctl.test.v1.Widget.spec"),
        "{c_err}"
    );
    assert!(!exists(&ns.env, &ns.name, "widget/bad-widget"));
}

/// `--validate=false` creates; `--validate=warn` prints kubectl's line and creates; `delete -f`
/// does not validate.
#[test]
fn false_and_warn_create_as_kubectl() {
    let ns = Ns::new("validate-off");
    let dir = tempfile::tempdir().unwrap();
    let path = file(dir.path(), "typo.yaml", TYPO);
    let (out, err, code) = run(ns
        .env
        .kctl(&["-n", &ns.name, "create", "-f", &path, "--validate=false"]));
    assert_eq!(
        (out.as_str(), err.as_str(), code),
        ("deployment.apps/typo created\n", "", 0)
    );
    let (out, err, code) = run(ns.env.kctl(&["-n", &ns.name, "delete", "-f", &path]));
    assert_eq!((err.as_str(), code), ("", 0), "{out}");

    let (k_out, k_err, k_code) = run(ns
        .env
        .kubectl(&["-n", &ns.name, "create", "-f", &path, "--validate=warn"]));
    assert_eq!(k_code, 0, "{k_err}");
    kubectl_ok(
        &ns.env,
        &["-n", &ns.name, "delete", "deployment", "typo", "--wait=true"],
    );
    let (c_out, c_err, c_code) = run(ns.env.kctl(&["-n", &ns.name, "create", "-f", &path, "--validate=warn"]));
    assert_eq!((c_out.as_str(), c_code), (k_out.as_str(), 0));
    assert_eq!(mask_klog(&c_err), mask_klog(&k_err));
    assert_eq!(
        mask_klog(&c_err),
        "W0000 00:00:00.000000       0 schema.go:145] cannot perform warn validation if server-side field validation is unsupported, skipping validation\n"
    );
    assert!(exists(&ns.env, &ns.name, "deployment/typo"));

    // A bad value: kubectl's words.
    let (_, err, code) = run(ns
        .env
        .kctl(&["-n", &ns.name, "create", "-f", &path, "--validate=maybe"]));
    assert_eq!(code, 1);
    assert_eq!(
        err,
        "error: invalid - validate option \"maybe\"; must be one of: strict (or true), warn, ignore (or false)\n"
    );
}

/// Unlike kubectl, which creates the documents before the failing one, nothing is sent when
/// any document fails, and every failing document is reported.
#[test]
fn one_bad_document_sends_nothing() {
    let ns = Ns::new("validate-all");
    let dir = tempfile::tempdir().unwrap();
    let text = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: good}\ndata: {a: b}\n---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: bad}\ndta: {a: b}\n";
    let path = file(dir.path(), "two.yaml", text);
    let (out, err, code) = run(ns.env.kctl(&["-n", &ns.name, "create", "-f", &path]));
    assert_eq!((out.as_str(), code), ("", 1));
    assert_eq!(
        err,
        format!(
            "error: error validating \"{path}\": error validating data: ValidationError(ConfigMap): unknown field \"dta\" in io.k8s.api.core.v1.ConfigMap; if you choose to ignore these errors, turn validation off with --validate=false\n"
        )
    );
    assert!(!exists(&ns.env, &ns.name, "configmap/good"));
}

/// Acceptance 2: the deprecated Ingress's warning on `create` and `get`, as kubectl prints
/// it (once per run), and `--warnings-as-errors`.
#[test]
fn server_warnings_as_kubectl() {
    let ns = Ns::new("validate-warn");
    let dir = tempfile::tempdir().unwrap();
    let k_path = file(dir.path(), "k.yaml", &INGRESS.replace("NAME", "by-kubectl"));
    let c_path = file(dir.path(), "c.yaml", &INGRESS.replace("NAME", "by-kctl"));
    let (k_out, k_err, k_code) = run(ns.env.kubectl(&["-n", &ns.name, "create", "-f", &k_path]));
    let (c_out, c_err, c_code) = run(ns.env.kctl(&["-n", &ns.name, "create", "-f", &c_path]));
    assert_eq!(k_code, 0, "{k_err}");
    assert_eq!((c_code, c_err.as_str()), (0, k_err.as_str()));
    assert_eq!(c_err, DEPRECATED);
    assert_eq!(c_out, k_out.replace("by-kubectl", "by-kctl"));

    for args in [
        vec!["-n", ns.name.as_str(), "get", "ingresses.v1beta1.extensions"],
        vec!["get", "ingresses.v1beta1.extensions", "-A"],
        vec![
            "-n",
            ns.name.as_str(),
            "get",
            "ingresses.v1beta1.extensions",
            "-o",
            "name",
        ],
    ] {
        let (_, k_err, k_code) = run(ns.env.kubectl(&args));
        let (_, c_err, c_code) = run(ns.env.kctl(&args));
        assert_eq!((c_code, c_err.as_str()), (k_code, k_err.as_str()), "{args:?}");
        assert_eq!(c_err, DEPRECATED, "{args:?}");

        let mut strict = args.clone();
        strict.push("--warnings-as-errors");
        let (k_out, k_err, k_code) = run(ns.env.kubectl(&strict));
        let (c_out, c_err, c_code) = run(ns.env.kctl(&strict));
        // kubectl ends with a klog line (`E1130 ... run.go:72] "command failed" err="1 warning
        // received"`); kctl with one `error:` line of the same words.
        assert_eq!(c_code, k_code, "{strict:?}");
        assert!(
            k_err.starts_with(DEPRECATED) && k_err.contains("err=\"1 warning received\""),
            "{k_err}"
        );
        assert_eq!(c_code, 1);
        assert_eq!(c_err, format!("{DEPRECATED}error: 1 warning received\n"));
        assert_eq!(c_out.is_empty(), k_out.is_empty());
    }
    // No warning, no error.
    let (_, err, code) = run(ns
        .env
        .kctl(&["-n", &ns.name, "get", "configmaps", "--warnings-as-errors"]));
    assert_eq!((err.as_str(), code), ("", 0));
}

/// The schema is downloaded once, cached beside the discovery cache (0600, no credentials),
/// and revalidated with one small request (`304 Not Modified`) by a warm run.
#[test]
fn schema_is_cached_and_revalidated() {
    let ns = Ns::new("validate-cache");
    let dir = tempfile::tempdir().unwrap();
    let cm = |name: &str| format!("apiVersion: v1\nkind: ConfigMap\nmetadata: {{name: {name}}}\ndata: {{a: b}}\n");
    let gets = |err: &str| -> Vec<String> {
        err.lines()
            .filter(|l| l.contains(" GET https://"))
            .map(|l| l.split_once("] ").map_or(l, |(_, r)| r).to_string())
            .collect()
    };
    let cold = file(dir.path(), "cold.yaml", &cm("cold"));
    let (_, err, code) = run(ns.env.kctl(&["-n", &ns.name, "create", "-f", &cold, "-v", "6"]));
    assert_eq!(code, 0, "{err}");
    let openapi: Vec<String> = gets(&err).into_iter().filter(|l| l.contains("/openapi/v2")).collect();
    assert_eq!(openapi.len(), 1, "{err}");
    assert!(openapi[0].contains("/openapi/v2 200 OK"), "{err}");

    let warm = file(dir.path(), "warm.yaml", &cm("warm"));
    let (out, err, code) = run(ns.env.kctl(&["-n", &ns.name, "create", "-f", &warm, "-v", "6"]));
    assert_eq!((out.as_str(), code), ("configmap/warm created\n", 0), "{err}");
    let gets = gets(&err);
    assert_eq!(gets.len(), 1, "one request besides the POST: {err}");
    assert!(gets[0].contains("/openapi/v2 304 Not Modified"), "{err}");

    let host = crate::cluster::cluster()
        .server()
        .trim_start_matches("https://")
        .replace(':', "_");
    let cached = ns.env.cache_dir().join(host).join("openapi-v2.json");
    use std::os::unix::fs::PermissionsExt;
    assert_eq!(std::fs::metadata(&cached).unwrap().permissions().mode() & 0o777, 0o600);
    let text = std::fs::read_to_string(&cached).unwrap();
    assert!(!text.contains(crate::cluster::cluster().token()));
    assert!(text.contains("\"io.k8s.api.apps.v1.DeploymentSpec\""));
}
