//! Issue #16, drop-in for kubectl's get, create and delete: each failure the issue lists,
//! reproduced beside `/usr/bin/kubectl` on the real cluster, then fixed.

use std::io::Write;
use std::process::Stdio;
use std::time::{Duration, Instant};

use crate::cluster::{Env, Ns, cluster, kubectl_apply, kubectl_ok, run, same_as_kubectl, wait_for};
use crate::create::{generator_cases, generator_data};

fn with_stdin(mut cmd: std::process::Command, input: &[u8]) -> (String, String, i32) {
    cmd.stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped());
    let mut child = cmd.spawn().unwrap();
    child.stdin.take().unwrap().write_all(input).unwrap();
    let out = child.wait_with_output().unwrap();
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        out.status.code().unwrap_or(-1),
    )
}

/// Item 1: global flags between `create` and the generator's name, for every generator.
#[test]
fn dropin_generators_take_global_flags_before_their_name() {
    let env = Env::new();
    let c = cluster();
    let tls = (
        c.env["KCTL_TEST_CLIENT_CERT"].as_str(),
        c.env["KCTL_TEST_CLIENT_KEY"].as_str(),
    );
    let dir = generator_data();
    for case in generator_cases(tls, &dir.path().join("data")) {
        // `create -n NS GENERATOR [SUBTYPE] NAME ...` (and the flags of create before it).
        let name_at = if matches!(case[0].as_str(), "secret" | "service") {
            1
        } else {
            0
        };
        let split = case.iter().position(|a| a == "--").unwrap_or(case.len());
        for before in [
            &["-n", "dropin-other"][..],
            &["--namespace=dropin-other", "--dry-run=client", "-o", "yaml"],
            &["-s", c.server(), "--insecure-skip-tls-verify", "-n", "x"],
        ] {
            let mut args: Vec<&str> = vec!["create"];
            args.extend_from_slice(before);
            args.extend(case[..=name_at].iter().map(String::as_str));
            args.extend(case[name_at + 1..split].iter().map(String::as_str));
            if !before.contains(&"--dry-run=client") {
                args.extend_from_slice(&["--dry-run=client", "-o", "json"]);
            }
            args.extend(case[split..].iter().map(String::as_str));
            same_as_kubectl(&env, &args, false);
        }
    }
    // And for real: the object goes to the namespace given before the generator's name.
    let ns = Ns::new("dropin-gen");
    let (out, err, code) = run(ns
        .env
        .kctl(&["create", "-n", &ns.name, "configmap", "x", "--from-literal=a=b"]));
    assert_eq!((out.as_str(), err.as_str(), code), ("configmap/x created\n", "", 0));
    kubectl_ok(&ns.env, &["-n", &ns.name, "get", "configmap", "x"]);
}

/// Items 2 and 3: on v1.20 CronJob is only batch/v1beta1 (a non-preferred version); its
/// short name resolves, and a job made from it is owned by the version served.
#[test]
fn dropin_cronjob_short_name_and_owner_version() {
    let ns = Ns::new("dropin-cj");
    let n = ns.name.as_str();
    kubectl_apply(
        &ns.env,
        n,
        "apiVersion: batch/v1beta1\nkind: CronJob\nmetadata:\n  name: nightly\nspec:\n  schedule: \"@daily\"\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          restartPolicy: Never\n          containers:\n          - name: c\n            image: busybox\n",
    );
    for t in ["cj", "cronjob", "CronJob", "cj.batch", "cronjobs.v1beta1.batch"] {
        same_as_kubectl(&ns.env, &["-n", n, "get", t], false);
        same_as_kubectl(&ns.env, &["-n", n, "get", t, "-o", "name"], false);
    }
    let (out, err, code) = run(ns.env.kctl(&[
        "-n",
        n,
        "create",
        "job",
        "manual",
        "--from=cronjob/nightly",
        "-o",
        "json",
    ]));
    assert_eq!(code, 0, "{err}");
    let job: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(
        job["metadata"]["ownerReferences"][0]["apiVersion"], "batch/v1beta1",
        "{out}"
    );
    assert_eq!(job["metadata"]["ownerReferences"][0]["kind"], "CronJob");
}

/// Item 4: `get --raw`: a JSON path, a non-JSON body, a path that does not exist, an object
/// that does not exist, and the flags it refuses.
#[test]
fn dropin_get_raw() {
    let ns = Ns::new("dropin-raw");
    let n = ns.name.as_str();
    let cm = format!("/api/v1/namespaces/{n}/configmaps/missing");
    let nsp = format!("/api/v1/namespaces/{n}");
    for args in [
        &["get", "--raw", "/healthz"][..],
        &["get", "--raw", "/version"],
        &["get", "--raw", "/nosuchpath"],
        &["get", "--raw", &cm],
        &["get", "--raw", &nsp],
        &["get", "--raw", "/api/v1/namespaces?limit=1"],
        &["get", "--raw", "healthz"],
        &["get", "--raw", "/healthz", "pods"],
        &["get", "--raw", "/healthz", "-o", "json"],
        &["get", "--raw", "/healthz", "-w"],
        &["get", "--raw", "/healthz", "-l", "a=b"],
    ] {
        same_as_kubectl(&ns.env, args, false);
    }
}

/// Item 7: `create --raw PATH -f FILE` POSTs the file; `delete --raw` sends DELETE.
#[test]
fn dropin_create_and_delete_raw() {
    let ns = Ns::new("dropin-rawc");
    let n = ns.name.as_str();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("cm.json");
    std::fs::write(
        &file,
        r#"{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"raw"},"data":{"a":"b"}}"#,
    )
    .unwrap();
    let file = file.to_str().unwrap();
    let path = format!("/api/v1/namespaces/{n}/configmaps");
    let (out, err, code) = run(ns.env.kctl(&["create", "--raw", &path, "-f", file]));
    assert_eq!(code, 0, "{err}");
    let created: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(created["metadata"]["name"], "raw");
    // Again: AlreadyExists, as kubectl words it.
    same_as_kubectl(&ns.env, &["create", "--raw", &path, "-f", file], false);
    let (out, err, code) = with_stdin(
        ns.env.kctl(&["create", "--raw", &path, "-f", "-"]),
        br#"{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"raw2"}}"#,
    );
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("\"raw2\""), "{out}");
    for args in [
        &["create", "--raw", &path, "-f", file, "-f", file][..],
        &["create", "--raw", &path, "-f", file, "-o", "name"],
        &["create", "--raw", &path, "-f", file, "-R"],
        &["create", "--raw", "x", "-f", file],
        &["delete", "--raw", &path, "-o", "name"],
        &["delete", "--raw", &path, "-R"],
    ] {
        same_as_kubectl(&ns.env, args, false);
    }
    let one = format!("{path}/raw");
    let (out, err, code) = run(ns.env.kctl(&["delete", "--raw", &one]));
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("\"Success\"") || out.contains("\"raw\""), "{out}");
    same_as_kubectl(&ns.env, &["delete", "--raw", &one], false);
}

/// Item 5: `get -f FILE|DIR|-` (and `-R`) in four output formats; one broken document:
/// nothing fetched, every problem reported.
#[test]
fn dropin_get_from_files() {
    let ns = Ns::new("dropin-getf");
    let n = ns.name.as_str();
    let manifest = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: one\ndata:\n  a: b\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  ports:\n  - port: 80\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: two\n";
    kubectl_apply(&ns.env, n, manifest);
    let dir = tempfile::tempdir().unwrap();
    let sub = dir.path().join("sub");
    std::fs::create_dir(&sub).unwrap();
    let file = dir.path().join("all.yaml");
    std::fs::write(&file, manifest).unwrap();
    let single = sub.join("one.yaml");
    std::fs::write(&single, manifest.split("---\n").next().unwrap()).unwrap();
    let (f, d, s) = (
        file.to_str().unwrap(),
        dir.path().to_str().unwrap(),
        single.to_str().unwrap(),
    );
    for target in [&["-f", f][..], &["-f", s], &["-f", d, "-R"], &["-f", d]] {
        for (format, json) in [
            (&[][..], false),
            (&["-o", "wide"], false),
            (&["-o", "name"], false),
            (&["-o", "json"], true),
            (&["-o", "yaml"], false),
        ] {
            let mut args = vec!["-n", n, "get"];
            args.extend_from_slice(target);
            args.extend_from_slice(format);
            same_as_kubectl(&ns.env, &args, json);
        }
    }
    // stdin: always a List.
    let (k, _, kc) = with_stdin(
        ns.env.kubectl(&["-n", n, "get", "-f", "-", "-o", "name"]),
        manifest.as_bytes(),
    );
    let (c, err, cc) = with_stdin(
        ns.env.kctl(&["-n", n, "get", "-f", "-", "-o", "name"]),
        manifest.as_bytes(),
    );
    assert_eq!((c, cc), (k, kc), "{err}");
    // A missing object: kubectl's NotFound after the others.
    let missing = dir.path().join("missing.yaml");
    std::fs::write(&missing, manifest.replace("name: two", "name: three")).unwrap();
    same_as_kubectl(&ns.env, &["-n", n, "get", "-f", missing.to_str().unwrap()], false);
    // A broken document: nothing is fetched (no request at -v 6), every problem reported.
    let broken = dir.path().join("broken.yaml");
    std::fs::write(
        &broken,
        format!("{manifest}---\nkind: [\n---\napiVersion: v1\nmetadata:\n  name: x\n"),
    )
    .unwrap();
    let (out, err, code) = run(ns
        .env
        .kctl(&["-n", n, "get", "-f", broken.to_str().unwrap(), "-v", "6"]));
    assert_eq!((out.as_str(), code), ("", 1), "{err}");
    assert!(!err.contains("GET "), "nothing fetched: {err}");
    assert!(err.contains("broken.yaml"), "{err}");
    assert!(err.lines().count() >= 2, "every problem: {err}");
}

/// Item 8: several types, each finished before the next is listed: the ReplicaSet's pods
/// made before its deletion are deleted too.
#[test]
fn dropin_delete_types_one_after_the_other() {
    let ns = Ns::new("dropin-del");
    let n = ns.name.as_str();
    kubectl_ok(
        &ns.env,
        &[
            "-n",
            n,
            "create",
            "deployment",
            "web",
            "--image=k8s.gcr.io/pause:3.2",
            "--replicas=2",
        ],
    );
    wait_for(Duration::from_secs(60), || {
        kubectl_ok(&ns.env, &["-n", n, "get", "pods", "-o", "name"])
            .lines()
            .count()
            >= 2
    });
    let (out, err, code) = run(ns
        .env
        .kctl(&["-n", n, "delete", "deployments,rs,pods", "--all", "--cascade=orphan"]));
    assert_eq!(code, 0, "{err}");
    let lines: Vec<&str> = out.lines().collect();
    let first = |prefix: &str| {
        lines
            .iter()
            .position(|l| l.starts_with(prefix))
            .unwrap_or_else(|| panic!("{prefix}: {out}"))
    };
    assert!(first("deployment.apps") < first("replicaset.apps"), "{out}");
    assert!(first("replicaset.apps") < first("pod "), "{out}");
    let left = kubectl_ok(&ns.env, &["-n", n, "get", "deployments,rs,pods", "-o", "name"]);
    assert_eq!(left, "", "nothing left behind");
}

/// Item 9: `-k DIR` on any verb: one line naming the alternative, exit 1.
#[test]
fn dropin_kustomize_is_one_clear_line() {
    let env = Env::new();
    for verb in ["create", "get", "delete"] {
        let (out, err, code) = run(env.kctl(&[verb, "-k", "overlays/prod"]));
        assert_eq!((out.as_str(), code), ("", 1), "{err}");
        assert_eq!(
            err,
            format!(
                "error: kctl does not run kustomize (-k overlays/prod); use: kustomize build overlays/prod | kctl {verb} -f -\n"
            )
        );
    }
    let (_, err, code) = run(env.kctl(&["create", "--kustomize=dir"]));
    assert_eq!(code, 1);
    assert!(err.contains("kustomize build dir | kctl create -f -"), "{err}");
}

/// Item 11: what `get -o yaml|json` prints can be created again (elsewhere).
#[test]
fn dropin_create_what_get_printed() {
    let ns = Ns::new("dropin-rv");
    let other = Ns::new("dropin-rv2");
    let n = ns.name.as_str();
    kubectl_ok(&ns.env, &["-n", n, "create", "configmap", "x", "--from-literal=a=b"]);
    for format in ["json", "yaml"] {
        let (printed, _, _) = run(ns.env.kctl(&["-n", n, "get", "configmap", "x", "-o", format]));
        assert!(printed.contains("resourceVersion"), "{printed}");
        let stripped: String = printed
            .lines()
            .filter(|l| !l.contains("\"namespace\"") && !l.trim_start().starts_with("namespace:"))
            .map(|l| format!("{l}\n"))
            .collect();
        let input = if format == "json" { printed.clone() } else { stripped };
        let target = if format == "json" { n } else { other.name.as_str() };
        if format == "json" {
            kubectl_ok(&ns.env, &["-n", n, "delete", "configmap", "x"]);
        }
        let (k_out, k_err, k_code) = with_stdin(
            ns.env.kubectl(&["-n", target, "create", "-f", "-", "--dry-run=server"]),
            input.as_bytes(),
        );
        let (c_out, c_err, c_code) = with_stdin(
            ns.env.kctl(&["-n", target, "create", "-f", "-", "--dry-run=server"]),
            input.as_bytes(),
        );
        assert_eq!((c_out, c_err, c_code), (k_out, k_err, k_code), "{format}");
        let (out, err, code) = with_stdin(ns.env.kctl(&["-n", target, "create", "-f", "-"]), input.as_bytes());
        assert_eq!(
            (out.as_str(), err.as_str(), code),
            ("configmap/x created\n", "", 0),
            "{format}"
        );
    }
}

/// Item 13: `get -w` and `--watch-only` end, exit 0, when `--request-timeout` runs out.
#[test]
fn dropin_watch_ends_at_request_timeout() {
    let ns = Ns::new("dropin-w");
    let n = ns.name.as_str();
    for flag in ["-w", "--watch-only"] {
        let start = Instant::now();
        let (_, err, code) = run(ns
            .env
            .kctl(&["-n", n, "get", "configmaps", flag, "--request-timeout=2s"]));
        assert_eq!(code, 0, "{flag}: {err}");
        let took = start.elapsed();
        assert!(
            took >= Duration::from_secs(2) && took < Duration::from_secs(15),
            "{flag}: {took:?}"
        );
        let (_, _, kcode) = run(ns
            .env
            .kubectl(&["-n", n, "get", "configmaps", flag, "--request-timeout=2s"]));
        assert_eq!(code, kcode, "{flag}");
    }
}

/// Item 14: `--server-print=false`: kubectl's client-side table.
#[test]
fn dropin_client_side_table() {
    let ns = Ns::new("dropin-sp");
    let n = ns.name.as_str();
    kubectl_ok(&ns.env, &["-n", n, "create", "configmap", "x", "--from-literal=a=b"]);
    kubectl_ok(&ns.env, &["-n", n, "create", "service", "clusterip", "s", "--tcp=80"]);
    for args in [
        &["-n", n, "get", "configmaps", "--server-print=false"][..],
        &["-n", n, "get", "configmaps,services", "--server-print=false"],
        &["-n", n, "get", "service", "s", "--server-print=false", "-o", "wide"],
        &["-n", n, "get", "configmaps", "--server-print=false", "--show-labels"],
        &["get", "namespaces", n, "--server-print=false"],
        &["-n", n, "get", "pods", "--server-print=false"],
    ] {
        same_as_kubectl(&ns.env, args, false);
    }
}

/// Item 16: `"rows": null` in the Table of an empty list.
#[test]
fn dropin_empty_table_rows_null() {
    let ns = Ns::new("dropin-lr");
    let n = ns.name.as_str();
    for kind in ["limitranges", "resourcequotas", "podtemplates"] {
        same_as_kubectl(&ns.env, &["-n", n, "get", kind], false);
        same_as_kubectl(&ns.env, &["-n", n, "get", kind, "-o", "wide"], false);
    }
}

/// Item 16: every kind the test cluster serves, listed as kubectl lists it: empty (in an
/// empty namespace) and across the cluster, in every output format.
#[test]
fn dropin_every_kind_in_discovery() {
    let ns = Ns::new("dropin-all");
    let n = ns.name.as_str();
    let kinds = kubectl_ok(&ns.env, &["api-resources", "--verbs=list", "-o", "name"]);
    let kinds: Vec<&str> = kinds.lines().collect();
    assert!(kinds.len() > 40, "{kinds:?}");
    for kind in kinds {
        // In an empty namespace (cluster-scoped kinds: every object), every format.
        for format in [&[][..], &["-o", "wide"], &["-o", "name"], &["-o", "yaml"]] {
            let mut args = vec!["-n", n, "get", kind];
            args.extend_from_slice(format);
            same_as_kubectl(&ns.env, &args, false);
        }
        same_as_kubectl(&ns.env, &["-n", n, "get", kind, "-o", "json"], true);
        // Across the cluster (most kinds have objects there): the tables.
        for format in [&[][..], &["-o", "wide"]] {
            let mut args = vec!["get", kind, "-A"];
            args.extend_from_slice(format);
            same_as_kubectl(&ns.env, &args, false);
        }
    }
}
