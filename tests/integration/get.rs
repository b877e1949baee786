//! `kctl get` beside `/usr/bin/kubectl` on the same cluster: same stdout (AGE masked; JSON
//! compared as values), same stderr, same exit status.

use std::sync::OnceLock;
use std::time::Duration;

use crate::cluster::{Env, Ns, cluster, crd_ready, fixture, kubectl_apply, kubectl_ok, run, same_as_kubectl, wait_for};

/// The namespace holding one object of each kind (shared by the differential tests).
fn kinds_ns() -> &'static Ns {
    static NS: OnceLock<Ns> = OnceLock::new();
    NS.get_or_init(|| {
        let ns = Ns::new("kinds");
        let text = std::fs::read_to_string(fixture("kinds.yaml"))
            .unwrap()
            .replace("__NS__", &ns.name);
        kubectl_apply(&ns.env, &ns.name, &text);
        crd_ready(&ns.env);
        let widgets = std::fs::read_to_string(fixture("widgets.yaml"))
            .unwrap()
            .replace("__NS__", &ns.name);
        kubectl_apply(&ns.env, &ns.name, &widgets);
        // The controllers make the Deployment's ReplicaSet and the workloads' pods.
        wait_for(Duration::from_secs(60), || {
            let pods = kubectl_ok(&ns.env, &["-n", &ns.name, "get", "pods", "-o", "name"]);
            pods.lines().count() >= 5
        });
        ns
    })
}

fn compare_kind(kind: &str) {
    let ns = kinds_ns();
    let n = ns.name.as_str();
    let sel = format!("kctl-fixture={n}");
    same_as_kubectl(&ns.env, &["-n", n, "get", kind], false);
    same_as_kubectl(&ns.env, &["-n", n, "get", kind, "-o", "wide"], false);
    same_as_kubectl(&ns.env, &["get", kind, "-A", "-l", &sel], false);
    same_as_kubectl(&ns.env, &["get", kind, "-A", "-l", &sel, "-o", "wide"], false);
    same_as_kubectl(&ns.env, &["-n", n, "get", kind, "-o", "name"], false);
    same_as_kubectl(&ns.env, &["-n", n, "get", kind, "-o", "yaml"], false);
    same_as_kubectl(&ns.env, &["-n", n, "get", kind, "-o", "json"], true);
    same_as_kubectl(&ns.env, &["-n", n, "get", kind, "--show-labels"], false);
    same_as_kubectl(&ns.env, &["-n", n, "get", kind, "--no-headers"], false);
    same_as_kubectl(&ns.env, &["-n", n, "get", kind, "--show-kind"], false);
}

#[test]
fn pods_match_kubectl() {
    compare_kind("pods");
}

#[test]
fn deployments_match_kubectl() {
    compare_kind("deployments");
}

#[test]
fn replicasets_match_kubectl() {
    compare_kind("replicasets");
}

#[test]
fn services_match_kubectl() {
    compare_kind("services");
}

#[test]
fn configmaps_match_kubectl() {
    compare_kind("configmaps");
}

#[test]
fn secrets_match_kubectl() {
    compare_kind("secrets");
}

#[test]
fn jobs_match_kubectl() {
    compare_kind("jobs");
}

#[test]
fn cronjobs_match_kubectl() {
    compare_kind("cronjobs");
}

#[test]
fn statefulsets_match_kubectl() {
    compare_kind("statefulsets");
}

#[test]
fn custom_resources_match_kubectl() {
    compare_kind("widgets");
}

#[test]
fn namespaces_match_kubectl() {
    let ns = kinds_ns();
    let sel = format!("kctl-test={}", ns.name);
    for form in [
        &["-o", "wide"][..],
        &["-o", "name"],
        &["-o", "yaml"],
        &[],
        &["-A"],
        &["--show-labels"],
    ] {
        let mut args = vec!["get", "namespaces", "-l", &sel];
        args.extend_from_slice(form);
        same_as_kubectl(&ns.env, &args, false);
    }
    same_as_kubectl(&ns.env, &["get", "namespaces", "-l", &sel, "-o", "json"], true);
    same_as_kubectl(&ns.env, &["get", "namespace", &ns.name, "-o", "json"], true);
    same_as_kubectl(&ns.env, &["get", "ns", &ns.name], false);
}

#[test]
fn single_objects_and_mixed_types_match_kubectl() {
    let ns = kinds_ns();
    let n = ns.name.as_str();
    for args in [
        &["get", "pod", "solo"][..],
        &["get", "pod/solo", "-o", "yaml"],
        &["get", "pod/solo", "svc/web"],
        &["get", "pods,services"],
        &["get", "deploy,rs,sts", "-o", "wide"],
        &["get", "deploy,rs,sts", "-o", "name"],
        &["get", "cm,secret", "-o", "yaml"],
        &["get", "all"],
        &["get", "kctltest"],
        &["get", "configmap", "settings", "-o", "yaml", "--show-managed-fields"],
        &["get", "pods", "-l", "app in (web, db)", "--no-headers"],
        &["get", "pods", "-l", "app!=web,tier"],
        &["get", "pods", "--field-selector", "metadata.name=solo"],
        &["get", "pods", "--chunk-size", "1"],
        &["get", "pods", "--chunk-size", "2", "-o", "name"],
        &["get", "pods", "-l", "nothing=here"],
        &["get", "pods", "-l", "nothing=here", "-o", "name"],
        &["get", "pods", "-l", "nothing=here", "-o", "yaml"],
    ] {
        let mut full = vec!["-n", n];
        full.extend_from_slice(args);
        same_as_kubectl(&ns.env, &full, false);
    }
    for args in [
        &["get", "pod/solo", "svc/web", "-o", "json"][..],
        &["get", "pods", "--chunk-size", "2", "-o", "json"],
        &["get", "pods", "-l", "nothing=here", "-o", "json"],
        &["get", "pod", "solo", "-o", "json"],
        &["get", "pods", "nope", "nope2", "-o", "json"],
        &["get", "pods", "nope", "--ignore-not-found", "-o", "json"],
        &["get", "pods", "-l", "nothing=here", "--ignore-not-found", "-o", "json"],
    ] {
        let mut full = vec!["-n", n];
        full.extend_from_slice(args);
        same_as_kubectl(&ns.env, &full, true);
    }
}

#[test]
fn errors_match_kubectl() {
    let ns = kinds_ns();
    let n = ns.name.as_str();
    same_as_kubectl(&ns.env, &["-n", n, "get", "pods", "nope"], false);
    same_as_kubectl(&ns.env, &["-n", n, "get", "pods", "solo", "nope"], false);
    same_as_kubectl(&ns.env, &["-n", n, "get", "pods", "nope", "--ignore-not-found"], false);
    same_as_kubectl(&ns.env, &["-n", n, "get", "nosuchtype"], false);
    same_as_kubectl(&ns.env, &["-n", n, "get", "foo.bar"], false);
    same_as_kubectl(&ns.env, &["-n", n, "get", "pod/nope", "-o", "name"], false);
    // Lists the server refuses: kubectl's "Unable to find ..." wording, after the output.
    same_as_kubectl(&ns.env, &["-n", n, "get", "pods", "-l", "!!"], false);
    same_as_kubectl(
        &ns.env,
        &["-n", n, "get", "pods,svc", "-l", "a=b=c", "-o", "yaml"],
        false,
    );
    same_as_kubectl(
        &ns.env,
        &["-n", n, "get", "pods", "--field-selector", "foo=bar", "-o", "name"],
        false,
    );

    let (out, err, code) = run(ns.env.kctl(&["-n", n, "get", "pods", "nope"]));
    assert_eq!((out.as_str(), code), ("", 1));
    assert_eq!(err, "Error from server (NotFound): pods \"nope\" not found\n");
    let (_, err, code) = run(ns.env.kctl(&["get", "nosuchtype"]));
    assert_eq!(code, 1);
    assert_eq!(err, "error: the server doesn't have a resource type \"nosuchtype\"\n");
}

#[test]
fn empty_namespace_message() {
    let ns = Ns::new("empty");
    let (out, err, code) = run(ns.env.kctl(&["-n", &ns.name, "get", "pods"]));
    assert_eq!((out.as_str(), code), ("", 0));
    assert_eq!(err, format!("No resources found in {} namespace.\n", ns.name));
    same_as_kubectl(&ns.env, &["-n", &ns.name, "get", "pods"], false);
    same_as_kubectl(&ns.env, &["-n", &ns.name, "get", "pods,deployments"], false);
    same_as_kubectl(&ns.env, &["get", "pods", "-A", "-l", "nothing=here"], false);
}

#[test]
fn many_objects_across_pages() {
    let ns = Ns::new("pages");
    let mut manifest = String::new();
    for i in 0..25 {
        manifest.push_str(&format!(
            "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm-{i:03}{}\ndata:\n  k: v{i}\n---\n",
            "x".repeat(i % 7)
        ));
    }
    kubectl_apply(&ns.env, &ns.name, &manifest);
    for chunk in ["1", "7", "500", "0"] {
        same_as_kubectl(&ns.env, &["-n", &ns.name, "get", "cm", "--chunk-size", chunk], false);
        same_as_kubectl(
            &ns.env,
            &["-n", &ns.name, "get", "cm", "--chunk-size", chunk, "-o", "json"],
            true,
        );
        same_as_kubectl(
            &ns.env,
            &["-n", &ns.name, "get", "cm", "--chunk-size", chunk, "-o", "yaml"],
            false,
        );
    }
}

#[test]
fn warm_get_sends_one_request() {
    let ns = kinds_ns();
    let env = Env::new();
    // Cold: discovery, then the list.
    let (_, cold, code) = run(env.kctl(&["-n", &ns.name, "get", "pods", "-v", "6"]));
    assert_eq!(code, 0, "{cold}");
    let cold_requests = cold.lines().filter(|l| l.contains(" GET https://")).count();
    assert!(cold_requests > 2, "cold discovery should show its requests:\n{cold}");
    let (_, warm, code) = run(env.kctl(&["-n", &ns.name, "get", "pods", "-v", "6"]));
    assert_eq!(code, 0, "{warm}");
    let requests: Vec<&str> = warm.lines().filter(|l| l.contains(" GET https://")).collect();
    assert_eq!(requests.len(), 1, "a warm get must send exactly one request:\n{warm}");
    assert!(
        requests[0].contains(&format!("/api/v1/namespaces/{}/pods?limit=500 200 OK", ns.name)),
        "{warm}"
    );
    assert!(!warm.contains(cluster().token()), "the token must never be logged");
}

/// The URLs of the GETs of a `-v 6` log that contain `what`, without the server.
fn logged_gets(log: &str, what: &str) -> Vec<String> {
    log.lines()
        .filter_map(|l| l.split(" GET https://").nth(1))
        .filter_map(|rest| rest.split_whitespace().next())
        .filter(|url| url.contains(what))
        .map(|url| url[url.find('/').unwrap_or(0)..].to_string())
        .collect()
}

/// With `--chunk-size`, the pages after the first are asked for as kubectl asks for them:
/// the query keys in sorted order, `?continue=TOKEN&limit=10`.
#[test]
fn paged_requests_are_logged_as_kubectl_logs_them() {
    let env = Env::new();
    let args = ["get", "clusterroles", "--chunk-size=10", "-v", "6"];
    let (_, kctl_log, code) = run(env.kctl(&args));
    assert_eq!(code, 0, "{kctl_log}");
    let (_, kubectl_log, code) = run(env.kubectl(&args));
    assert_eq!(code, 0, "{kubectl_log}");
    let shape = |log: &str| -> Vec<String> {
        logged_gets(log, "/clusterroles?")
            .iter()
            .map(|url| match url.split_once("?continue=") {
                Some((path, rest)) => {
                    let (_, tail) = rest.split_once('&').unwrap_or_else(|| panic!("{url}"));
                    format!("{path}?continue=TOKEN&{tail}")
                }
                None => url.clone(),
            })
            .collect()
    };
    let (kctl, kubectl) = (shape(&kctl_log), shape(&kubectl_log));
    assert!(kctl.len() > 2, "several pages of ten:\n{kctl_log}");
    assert_eq!(
        kctl[0], "/apis/rbac.authorization.k8s.io/v1/clusterroles?limit=10",
        "{kctl_log}"
    );
    assert_eq!(
        kctl[1], "/apis/rbac.authorization.k8s.io/v1/clusterroles?continue=TOKEN&limit=10",
        "{kctl_log}"
    );
    assert_eq!(kctl, kubectl, "kctl:\n{kctl_log}\nkubectl:\n{kubectl_log}");
}

#[test]
fn closed_pipe_is_success() {
    let ns = kinds_ns();
    let out = std::process::Command::new("bash")
        .arg("-c")
        .arg(format!(
            "set -o pipefail; HOME={home} KUBECONFIG={kc} {bin} -n {n} get pods -o yaml | head -1",
            home = ns.env.home.path().display(),
            kc = cluster().kubeconfig(),
            bin = env!("CARGO_BIN_EXE_kctl"),
            n = ns.name
        ))
        .output()
        .unwrap();
    assert!(out.status.success(), "stderr: {}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "apiVersion: v1\n");
    assert!(
        out.stderr.is_empty(),
        "no panic or error text: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn connection_failures_are_one_clear_line() {
    let env = Env::new();
    let c = cluster();
    // Flags only: no kubeconfig to take a CA from.
    let flags_only = |args: &[&str]| {
        let mut cmd = env.kctl(args);
        cmd.env("KUBECONFIG", env.home.path().join("none"));
        run(cmd)
    };
    // Nothing listens on port 1.
    let (out, err, code) = flags_only(&["--server", "https://127.0.0.1:1", "--token", "x", "get", "pods"]);
    assert_eq!((out.as_str(), code), ("", 1));
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("127.0.0.1:1") && err.contains("refused"), "{err}");

    // TLS: the right server, but no CA to trust it.
    let (_, err, code) = flags_only(&["--server", c.server(), "--token", c.token(), "get", "pods"]);
    assert_eq!(code, 1);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.contains(c.server()) && err.to_lowercase().contains("certificate"),
        "{err}"
    );

    // The CA makes it work.
    let (_, err, code) = flags_only(&[
        "--server",
        c.server(),
        "--certificate-authority",
        c.ca(),
        "--token",
        c.token(),
        "get",
        "ns",
        "default",
    ]);
    assert_eq!(code, 0, "{err}");

    // 401: a token the server does not know.
    let (_, err, code) = flags_only(&[
        "--server",
        c.server(),
        "--certificate-authority",
        c.ca(),
        "--token",
        "wrong",
        "get",
        "pods",
    ]);
    assert_eq!(code, 1);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.starts_with("error: You must be logged in to the server (Unauthorized): "),
        "{err}"
    );
    assert!(err.contains(c.server()) && err.contains("--token"), "{err}");

    // 403: the limited user may not list pods; kubectl's text.
    same_as_kubectl(&env, &["--context", "limited", "-n", "default", "get", "pods"], false);
    let (_, err, code) = run(env.kctl(&["--context", "limited", "-n", "default", "get", "pods"]));
    assert_eq!(code, 1);
    assert!(
        err.starts_with("Error from server (Forbidden): pods is forbidden: User \"limited\""),
        "{err}"
    );
}

/// `kctl -n NS get configmaps -o OUTPUT --chunk-size 2 -v 6`, stdout and the request log in
/// one pipe (so their order is the order of events): the position where the first item
/// (found by `first`) was written, and where each page was requested.
fn first_item_and_pages(ns: &Ns, output: &str, first: &str) -> (usize, Vec<usize>, String) {
    let out = std::process::Command::new("bash")
        .arg("-c")
        .arg(format!(
            "HOME={home} KUBECONFIG={kc} {bin} -n {n} get configmaps -o {output:?} --chunk-size 2 -v 6 2>&1",
            home = ns.env.home.path().display(),
            kc = cluster().kubeconfig(),
            bin = env!("CARGO_BIN_EXE_kctl"),
            n = ns.name
        ))
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(out.status.success(), "{text}");
    // Page 1 is `/configmaps?limit=2`, the next ones `/configmaps?continue=...&limit=2` (keys
    // in sorted order, as kubectl writes them).
    let pages: Vec<usize> = text
        .match_indices("/configmaps?")
        .filter(|(i, _)| {
            text[*i..]
                .split_whitespace()
                .next()
                .is_some_and(|url| url.ends_with("limit=2"))
        })
        .map(|(i, _)| i)
        .collect();
    assert_eq!(pages.len(), 3, "six objects in pages of two:\n{text}");
    let first_item = text
        .find(first)
        .unwrap_or_else(|| panic!("first item printed:\n{text}"));
    (first_item, pages, text)
}

#[test]
fn json_and_jsonpath_output_stream_pages_as_they_arrive() {
    let ns = Ns::new("stream");
    for i in 0..5 {
        kubectl_ok(&ns.env, &["-n", &ns.name, "create", "configmap", &format!("cm-{i}")]);
    }
    for (output, first) in [
        ("json", "\"name\": \"cm-0\""),
        ("jsonpath={range .items[*]}<{.metadata.name}>{end}", "<cm-0>"),
        ("jsonpath=[{.items[*].metadata.name}]", "[cm-0 "),
    ] {
        let (first_item, pages, text) = first_item_and_pages(&ns, output, first);
        assert!(
            first_item < pages[2],
            "-o {output}: the first item must be written before the last page is requested:\n{text}"
        );
    }
}
