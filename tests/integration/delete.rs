//! `kctl delete` side by side with kubectl. kubectl and kctl cannot delete the same object
//! twice, so each comparison gets two namespaces holding the same objects: kubectl deletes
//! in one, kctl in the other, and stdout, stderr, exit code and the objects left must be
//! equal once the namespace names are replaced by `NS`.

use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};
use std::time::Duration;

use crate::cluster::{Env, Ns, fixture, kubectl_apply, kubectl_ok, run, wait_for};

/// The objects of `fixtures/delete/objects.yaml`, plus `extra` ConfigMaps `bulk-NN`
/// labelled `bulk=yes` and every object labelled `set=<namespace>` (for `-A -l`).
fn setup(ns: &Ns, extra: usize) {
    let mut text = std::fs::read_to_string(fixture("delete/objects.yaml")).unwrap();
    for i in 0..extra {
        text.push_str(&format!(
            "\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: bulk-{i:02}\n  labels: {{bulk: \"yes\"}}\n"
        ));
    }
    kubectl_apply(&ns.env, &ns.name, &text);
    kubectl_ok(
        &ns.env,
        &[
            "-n",
            &ns.name,
            "label",
            "configmaps,secrets,pods",
            "--all",
            &format!("set={}", ns.name),
        ],
    );
}

/// The objects left in a namespace, sorted (the ones the cluster makes itself left out).
fn state(env: &Env, ns: &str) -> Vec<String> {
    let out = kubectl_ok(env, &["-n", ns, "get", "configmaps,secrets,pods", "-o", "name"]);
    let mut names: Vec<String> = out
        .lines()
        .filter(|l| !l.contains("kube-root-ca.crt") && !l.contains("default-token-"))
        .map(str::to_string)
        .collect();
    names.sort();
    names
}

/// Run `args` (with `@NS@` standing for the namespace) through kubectl in one namespace
/// and kctl in another, both set up alike, with `stdin`; panic on any difference. kubectl
/// gets no `--concurrency=N` (kctl's own flag).
fn compare(prefix: &str, extra: usize, args: &[&str], stdin: Option<&str>) {
    let k = Ns::new(&format!("{prefix}-k"));
    let c = Ns::new(&format!("{prefix}-c"));
    setup(&k, extra);
    setup(&c, extra);
    let go = |ns: &Ns, kctl: bool| {
        // `--concurrency` is kctl's own flag.
        let args: Vec<String> = args
            .iter()
            .filter(|a| kctl || !a.starts_with("--concurrency"))
            .map(|a| a.replace("@NS@", &ns.name))
            .collect();
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let cmd = if kctl {
            ns.env.kctl(&args)
        } else {
            ns.env.kubectl(&args)
        };
        let (out, err, code) = run_with_stdin(cmd, stdin);
        let norm = |s: &str| mask_token_names(&s.replace(&ns.name, "NS"));
        (norm(&out), norm(&err), code, state(&ns.env, &ns.name))
    };
    let want = go(&k, false);
    let got = go(&c, true);
    assert_eq!(
        got, want,
        "kctl {args:?} (left) differs from kubectl (right): (stdout, stderr, exit code, objects left)"
    );
}

/// `default-token-x7k2p` (the controller's random suffix) as `default-token-*`.
fn mask_token_names(text: &str) -> String {
    const PREFIX: &str = "default-token-";
    let mut out = String::new();
    let mut rest = text;
    while let Some(i) = rest.find(PREFIX) {
        out.push_str(&rest[..i + PREFIX.len()]);
        out.push('*');
        rest = rest[i + PREFIX.len()..].trim_start_matches(|c: char| c.is_ascii_alphanumeric());
    }
    out.push_str(rest);
    out
}

#[test]
fn token_names_masked() {
    assert_eq!(
        mask_token_names("secret \"default-token-ab1cd\" deleted\nsecret/default-token-zz9yx\n"),
        "secret \"default-token-*\" deleted\nsecret/default-token-*\n"
    );
}

fn run_with_stdin(mut cmd: Command, stdin: Option<&str>) -> (String, String, i32) {
    let Some(input) = stdin else { return run(cmd) };
    cmd.stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped());
    let mut child = cmd.spawn().expect("spawn");
    child.stdin.take().unwrap().write_all(input.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        out.status.code().unwrap_or(-1),
    )
}

#[test]
fn by_name_as_kubectl() {
    compare(
        "del-names",
        0,
        &["-n", "@NS@", "delete", "configmap", "alpha", "nope", "beta"],
        None,
    );
    compare(
        "del-slash",
        0,
        &["-n", "@NS@", "delete", "cm/alpha", "secret/alpha", "pods/p2"],
        None,
    );
    compare(
        "del-multi",
        0,
        &["-n", "@NS@", "delete", "cm,secret", "alpha", "nope"],
        None,
    );
    compare(
        "del-inf",
        0,
        &["-n", "@NS@", "delete", "cm", "nope", "gamma", "--ignore-not-found"],
        None,
    );
    compare(
        "del-oname",
        0,
        &["-n", "@NS@", "delete", "cm", "alpha", "beta", "-o", "name"],
        None,
    );
}

#[test]
fn by_selector_and_all_as_kubectl() {
    // 30 objects more than the fixture: deleted 8 at a time by kctl, printed in list order.
    compare(
        "del-sel",
        30,
        &["-n", "@NS@", "delete", "cm,secret,pods", "-l", "bulk=yes"],
        None,
    );
    compare(
        "del-conc",
        30,
        &["-n", "@NS@", "delete", "configmaps", "-l", "bulk", "--concurrency=3"],
        None,
    );
    compare("del-none", 0, &["-n", "@NS@", "delete", "cm", "-l", "bulk=no"], None);
    compare(
        "del-field",
        0,
        &["-n", "@NS@", "delete", "cm", "--field-selector", "metadata.name=gamma"],
        None,
    );
    compare(
        "del-badfield",
        0,
        &["-n", "@NS@", "delete", "cm", "--field-selector", "spec.x=1"],
        None,
    );
    compare("del-all", 0, &["-n", "@NS@", "delete", "pods,secrets", "--all"], None);
    compare(
        "del-alla",
        0,
        &["delete", "cm,pods", "-A", "-l", "set=@NS@,bulk=yes"],
        None,
    );
    compare(
        "del-allo",
        0,
        &["-n", "@NS@", "delete", "cm", "--all", "-o", "name", "--wait=false"],
        None,
    );
}

#[test]
fn options_as_kubectl() {
    compare(
        "del-force",
        0,
        &["-n", "@NS@", "delete", "pod", "p1", "p2", "--force"],
        None,
    );
    compare("del-now", 0, &["-n", "@NS@", "delete", "pod", "p1", "--now"], None);
    compare(
        "del-grace",
        0,
        &["-n", "@NS@", "delete", "pod/p1", "cm/gamma", "--grace-period=0"],
        None,
    );
    compare(
        "del-grace5",
        0,
        &["-n", "@NS@", "delete", "pod", "p2", "--grace-period=5"],
        None,
    );
    compare(
        "del-dryc",
        0,
        &["-n", "@NS@", "delete", "cm", "alpha", "nope", "--dry-run=client"],
        None,
    );
    compare(
        "del-drys",
        0,
        &["-n", "@NS@", "delete", "cm", "-l", "bulk=yes", "--dry-run=server"],
        None,
    );
    compare(
        "del-dryf",
        0,
        &[
            "-n",
            "@NS@",
            "delete",
            "pod",
            "p1",
            "--dry-run=server",
            "--force",
            "-o",
            "name",
        ],
        None,
    );
    compare(
        "del-orph",
        0,
        &["-n", "@NS@", "delete", "cm", "alpha", "--cascade=orphan"],
        None,
    );
    compare(
        "del-fg",
        0,
        &["-n", "@NS@", "delete", "cm", "alpha", "--cascade=foreground"],
        None,
    );
    compare(
        "del-bool",
        0,
        &["-n", "@NS@", "delete", "cm", "alpha", "--cascade=false"],
        None,
    );
}

#[test]
fn from_files_as_kubectl() {
    let dir = fixture("delete/dir");
    let dir = dir.to_str().unwrap();
    let a = fixture("delete/dir/a.yaml");
    let a = a.to_str().unwrap();
    let unknown = fixture("delete/unknown-kind.yaml");
    let unknown = unknown.to_str().unwrap();
    compare("del-file", 0, &["-n", "@NS@", "delete", "-f", a], None);
    compare("del-dir", 0, &["-n", "@NS@", "delete", "-f", dir], None);
    compare("del-dirr", 0, &["-n", "@NS@", "delete", "-f", dir, "-R"], None);
    compare(
        "del-filel",
        0,
        &["-n", "@NS@", "delete", "-f", dir, "-R", "-l", "tier=front"],
        None,
    );
    compare("del-unk", 0, &["-n", "@NS@", "delete", "-f", unknown, "-f", a], None);
    let stdin = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: gamma\n---\napiVersion: v1\nkind: Secret\nmetadata:\n  name: alpha\n  namespace: elsewhere\n";
    compare("del-stdin", 0, &["-n", "@NS@", "delete", "-f", "-"], Some(stdin));
    compare("del-stdin2", 0, &["delete", "-f", "-", "--namespace=@NS@"], Some(stdin));
}

/// Usage errors need no objects: the same command line through both, in one namespace.
#[test]
fn usage_errors_as_kubectl() {
    let ns = Ns::new("del-usage");
    let a = fixture("delete/dir/a.yaml");
    let a = a.to_str().unwrap();
    let cases: &[&[&str]] = &[
        &["delete"],
        &["delete", "pods"],
        &["delete", "--all"],
        &["delete", "pods", "x", "--all"],
        &["delete", "pods/x", "-l", "a=b"],
        &["delete", "pods", "--all", "-l", "a=b"],
        &["delete", "pods", "x", "-A"],
        &["delete", "pods", "-A"],
        &["delete", "gadgets", "x"],
        &["delete", "pods", "x", "-o", "yaml"],
        &["delete", "pods", "x", "--cascade=sideways"],
        &["delete", "pods", "x", "--now", "--grace-period=3"],
        &["delete", "pods", "x", "--force", "--grace-period=3"],
        &["delete", "pods", "x", "--dry-run=maybe"],
        &["delete", "-f", a, "pods"],
        &["delete", "-f", "/nonexistent/x.yaml"],
    ];
    for args in cases {
        let mut full = vec!["-n", ns.name.as_str()];
        full.extend_from_slice(args);
        let want = run(ns.env.kubectl(&full));
        let got = run(ns.env.kctl(&full));
        assert_eq!(got, want, "kctl {full:?} (left) differs from kubectl (right)");
        assert_eq!(got.2, 1, "{full:?} must fail");
    }
}

/// The seed's script: create a pod from a file, then delete it by name.
#[test]
fn create_then_delete_pod() {
    let k = Ns::new("del-seed-k");
    let c = Ns::new("del-seed-c");
    let pod = fixture("delete/pod.yaml");
    let pod = pod.to_str().unwrap();
    let script = |ns: &Ns, tool: &str| {
        let mut cmd = Command::new("bash");
        cmd.arg("-c").arg(format!(
            "{tool} -n {} create -f {pod} && {tool} -n {} delete pod my-pod",
            ns.name, ns.name
        ));
        // The hermetic environment of the harness, with the tool on the command line.
        let env_cmd = ns.env.kubectl(&[]);
        cmd.env_clear();
        for (key, value) in env_cmd.get_envs() {
            if let Some(v) = value {
                cmd.env(key, v);
            }
        }
        run(cmd)
    };
    let want = script(&k, "/usr/bin/kubectl");
    let got = script(&c, env!("CARGO_BIN_EXE_kctl"));
    assert_eq!(
        want,
        (
            "pod/my-pod created\npod \"my-pod\" deleted\n".to_string(),
            String::new(),
            0
        )
    );
    assert_eq!(got, want);
    assert_eq!(state(&c.env, &c.name), Vec::<String>::new());
}

fn replica_sets(env: &Env, ns: &str) -> String {
    kubectl_ok(env, &["-n", ns, "get", "replicasets", "-o", "name"])
}

fn deployment_with_rs(ns: &Ns) {
    let web = fixture("delete/web.yaml");
    kubectl_ok(&ns.env, &["-n", &ns.name, "create", "-f", web.to_str().unwrap()]);
    wait_for(Duration::from_secs(60), || !replica_sets(&ns.env, &ns.name).is_empty());
}

/// Foreground: the ReplicaSet goes before the Deployment does, and kctl waits for the
/// Deployment, so once kctl returns neither is there.
#[test]
fn foreground_cascade_removes_the_replicaset_first() {
    let ns = Ns::new("del-fg-dep");
    deployment_with_rs(&ns);
    let (out, err, code) = run(ns
        .env
        .kctl(&["-n", &ns.name, "delete", "deployment", "web", "--cascade=foreground"]));
    assert_eq!(
        (out.as_str(), err.as_str(), code),
        ("deployment.apps \"web\" deleted\n", "", 0)
    );
    assert_eq!(replica_sets(&ns.env, &ns.name), "");
    let (_, err, code) = run(ns.env.kubectl(&["-n", &ns.name, "get", "deployment", "web"]));
    assert_eq!(code, 1, "the Deployment is still there: {err}");
}

/// Orphan: the Deployment is gone, its ReplicaSet stays, without an owner.
#[test]
fn orphan_cascade_leaves_the_replicaset() {
    let ns = Ns::new("del-orphan-dep");
    deployment_with_rs(&ns);
    let rs = replica_sets(&ns.env, &ns.name);
    let (out, err, code) = run(ns
        .env
        .kctl(&["-n", &ns.name, "delete", "deployment", "web", "--cascade=orphan"]));
    assert_eq!(
        (out.as_str(), err.as_str(), code),
        ("deployment.apps \"web\" deleted\n", "", 0)
    );
    let (_, _, code) = run(ns.env.kubectl(&["-n", &ns.name, "get", "deployment", "web"]));
    assert_eq!(code, 1, "the Deployment is still there");
    assert_eq!(replica_sets(&ns.env, &ns.name), rs);
    let owners = kubectl_ok(
        &ns.env,
        &[
            "-n",
            &ns.name,
            "get",
            rs.trim(),
            "-o",
            "jsonpath={.metadata.ownerReferences}",
        ],
    );
    assert_eq!(owners, "");
}

/// A finalizer holds the object: `--timeout` ends the wait with kubectl's error and exit 1;
/// a second wait ends with exit 0 once the finalizer is removed.
#[test]
fn wait_timeout_then_finalizer_removed() {
    let ns = Ns::new("del-fin");
    let env = &ns.env;
    let n = ns.name.as_str();
    kubectl_ok(env, &["-n", n, "create", "configmap", "held"]);
    kubectl_ok(
        env,
        &[
            "-n",
            n,
            "patch",
            "configmap",
            "held",
            "-p",
            r#"{"metadata":{"finalizers":["kctl.test/hold"]}}"#,
        ],
    );
    // Both tools the same, one after the other (the object stays, so both can delete it).
    let args = ["-n", n, "delete", "configmap", "held", "--timeout=1s"];
    let want = run(env.kubectl(&args));
    let got = run(env.kctl(&args));
    assert_eq!(
        want,
        (
            "configmap \"held\" deleted\n".to_string(),
            "error: timed out waiting for the condition on configmaps/held\n".to_string(),
            1
        )
    );
    assert_eq!(got, want);

    // The second wait: once kctl's watch is open (seen in its -v 6 log), lift the finalizer.
    let mut child = env
        .kctl(&["-n", n, "delete", "configmap", "held", "-v", "6"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("kctl");
    let mut stderr = BufReader::new(child.stderr.take().unwrap());
    let mut log = String::new();
    loop {
        let mut line = String::new();
        if stderr.read_line(&mut line).unwrap() == 0 {
            panic!("kctl ended before watching:\n{log}");
        }
        log.push_str(&line);
        if line.contains("watch=true") {
            break;
        }
    }
    kubectl_ok(
        env,
        &[
            "-n",
            n,
            "patch",
            "configmap",
            "held",
            "--type=merge",
            "-p",
            r#"{"metadata":{"finalizers":null}}"#,
        ],
    );
    let out = child.wait_with_output().unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout), "configmap \"held\" deleted\n");
    assert_eq!(out.status.code(), Some(0), "{log}");
    let (_, _, code) = run(env.kubectl(&["-n", n, "get", "configmap", "held"]));
    assert_eq!(code, 1, "the ConfigMap is still there");
}

/// Deleting a namespace waits until it has finished terminating.
#[test]
fn namespace_delete_waits_until_gone() {
    let ns = Ns::new("del-nsw");
    kubectl_apply(
        &ns.env,
        &ns.name,
        "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n",
    );
    let (out, err, code) = run(ns.env.kctl(&["delete", "namespace", &ns.name]));
    assert_eq!(
        (out, err, code),
        (format!("namespace \"{}\" deleted\n", ns.name), String::new(), 0)
    );
    let (_, err, code) = run(ns.env.kubectl(&["get", "namespace", &ns.name]));
    assert_eq!(code, 1, "the namespace is still there");
    assert!(err.contains("NotFound"), "{err}");
}
