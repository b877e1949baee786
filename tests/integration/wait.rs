//! `kctl wait` side by side with kubectl on a CRD whose conditions the tests set through
//! `/status`; `--fail-on`; one exec-plugin run per command and the credential cache.

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use crate::cluster::{Env, Ns, cluster, kubectl_apply, kubectl_ok, run};

/// A namespaced CRD with a status subresource and free-form status.
const GADGET_CRD: &str = "apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  name: gadgets.wait.kctl.io
spec:
  group: wait.kctl.io
  scope: Namespaced
  names: {plural: gadgets, singular: gadget, kind: Gadget}
  versions:
  - name: v1
    served: true
    storage: true
    subresources: {status: {}}
    schema:
      openAPIV3Schema:
        type: object
        x-kubernetes-preserve-unknown-fields: true
";

fn gadget_crd(env: &Env) {
    static DONE: OnceLock<()> = OnceLock::new();
    DONE.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("crd.yaml");
        std::fs::write(&path, GADGET_CRD).unwrap();
        let (_, err, code) = run(env.kubectl(&["apply", "-f", path.to_str().unwrap()]));
        assert_eq!(code, 0, "{err}");
        kubectl_ok(
            env,
            &[
                "wait",
                "--for=condition=Established",
                "crd/gadgets.wait.kctl.io",
                "--timeout=60s",
            ],
        );
        // Discovery knows it once kubectl can list it.
        crate::cluster::wait_for(Duration::from_secs(30), || {
            run(env.kubectl(&["get", "gadgets", "-A"])).2 == 0
        });
    });
}

fn gadget(ns: &Ns, name: &str, labels: &str) {
    kubectl_apply(
        &ns.env,
        &ns.name,
        &format!(
            "apiVersion: wait.kctl.io/v1\nkind: Gadget\nmetadata:\n  name: {name}\n  labels: {{{labels}}}\nspec: {{size: 1}}\n"
        ),
    );
}

/// Set the gadget's status through `/status`.
fn set_status(ns: &Ns, name: &str, status: &str) {
    kubectl_ok(
        &ns.env,
        &[
            "-n",
            &ns.name,
            "patch",
            "gadget",
            name,
            "--subresource=status",
            "--type=merge",
            "-p",
            &format!("{{\"status\":{status}}}"),
        ],
    );
}

fn ready(status: &str) -> String {
    format!(
        "{{\"phase\":\"Up\",\"conditions\":[{{\"type\":\"Ready\",\"status\":\"{status}\",\"reason\":\"Checked\",\"message\":\"all good\"}}]}}"
    )
}

/// Both tools, same arguments: identical stdout, stderr and exit code.
fn same(ns: &Ns, args: &[&str]) {
    let mut full = vec!["-n", ns.name.as_str()];
    full.extend_from_slice(args);
    let k = run(ns.env.kubectl(&full));
    let c = run(ns.env.kctl(&full));
    assert_eq!(c, k, "kctl {args:?} (left) differs from kubectl (right)");
}

fn spawn(mut cmd: Command) -> Child {
    cmd.stdout(Stdio::piped()).stderr(Stdio::piped()).stdin(Stdio::null());
    cmd.spawn().expect("spawn")
}

fn finish(child: Child) -> (String, String, i32) {
    let out: Output = child.wait_with_output().unwrap();
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        out.status.code().unwrap_or(-1),
    )
}

/// Start the same wait in both tools, do `then` a second later, compare how they end.
fn same_later(ns: &Ns, args: &[&str], then: impl FnOnce()) {
    let mut full = vec!["-n", ns.name.as_str()];
    full.extend_from_slice(args);
    let k = spawn(ns.env.kubectl(&full));
    let c = spawn(ns.env.kctl(&full));
    std::thread::sleep(Duration::from_secs(1));
    then();
    let (k, c) = (finish(k), finish(c));
    assert_eq!(c, k, "kctl {args:?} (left) differs from kubectl (right)");
}

#[test]
fn wait_is_kubectl_wait() {
    let ns = Ns::new("wait");
    gadget_crd(&ns.env);
    gadget(&ns, "a", "group: x");
    gadget(&ns, "b", "");
    gadget(&ns, "c", "group: x");
    set_status(&ns, "a", &ready("True"));
    set_status(&ns, "c", &ready("True"));

    // Already met, by TYPE/NAME, TYPE NAME, -o name, a value, jsonpath.
    same(&ns, &["wait", "--for=condition=Ready", "gadget/a"]);
    same(&ns, &["wait", "--for=condition=Ready", "gadgets", "a", "c"]);
    same(&ns, &["wait", "--for=condition=ready=TRUE", "gadget/a", "-o", "name"]);
    same(&ns, &["wait", "--for=jsonpath={.status.phase}=Up", "gadget/a"]);
    same(&ns, &["wait", "--for=jsonpath={.status.phase}", "gadget/a"]);
    same(
        &ns,
        &[
            "wait",
            "--for=jsonpath={.status.conditions[?(@.type==\"Ready\")].status}=True",
            "gadget/a",
        ],
    );
    // Several objects by label; all of them; none.
    same(&ns, &["wait", "--for=condition=Ready", "gadgets", "-l", "group=x"]);
    same(&ns, &["wait", "--for=condition=Ready", "gadgets", "-l", "group=none"]);
    // Timeouts: 1 s, and 0 (one look).
    same(&ns, &["wait", "--for=condition=Ready", "gadget/b", "--timeout=1s"]);
    same(&ns, &["wait", "--for=condition=Ready", "gadget/b", "--timeout=0"]);
    same(&ns, &["wait", "--for=condition=Ready", "gadget/a", "--timeout=0"]);
    same(
        &ns,
        &["wait", "--for=condition=Ready", "gadgets", "--all", "--timeout=1s"],
    );
    // NotFound, and delete of what is not there.
    same(&ns, &["wait", "--for=condition=Ready", "gadget/nope"]);
    same(&ns, &["wait", "--for=delete", "gadget/nope", "--timeout=2s"]);
    // Bad conditions.
    same(&ns, &["wait", "--for=ready", "gadget/a"]);
    same(&ns, &["wait", "--for=jsonpath={.status.phase}=", "gadget/a"]);

    // -f.
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("gadgets.yaml");
    std::fs::write(
        &file,
        "apiVersion: wait.kctl.io/v1\nkind: Gadget\nmetadata: {name: a}\n---\napiVersion: wait.kctl.io/v1\nkind: Gadget\nmetadata: {name: c}\n",
    )
    .unwrap();
    same(&ns, &["wait", "--for=condition=Ready", "-f", file.to_str().unwrap()]);
}

#[test]
fn wait_for_changes_matches_kubectl() {
    let ns = Ns::new("wait-later");
    gadget_crd(&ns.env);
    gadget(&ns, "m", "");
    gadget(&ns, "d", "");
    // Met later.
    same_later(
        &ns,
        &["wait", "--for=condition=Ready", "gadget/m", "--timeout=30s"],
        || set_status(&ns, "m", &ready("True")),
    );
    // Deleted later.
    same_later(&ns, &["wait", "--for=delete", "gadget/d", "--timeout=30s"], || {
        kubectl_ok(&ns.env, &["-n", &ns.name, "delete", "gadget", "d", "--wait=false"]);
    });
    // Created after the wait started.
    same_later(&ns, &["wait", "--for=create", "gadget/late", "--timeout=30s"], || {
        gadget(&ns, "late", "")
    });
}

#[test]
fn fail_on_ends_the_wait_at_once() {
    let ns = Ns::new("wait-fail");
    gadget_crd(&ns.env);
    gadget(&ns, "job", "");
    let failed = "{\"conditions\":[{\"type\":\"Failed\",\"status\":\"True\",\"reason\":\"BackoffLimitExceeded\",\"message\":\"Job has reached the specified backoff limit\"}]}";
    for verb in [&["wait", "gadget/job"][..], &["watch", "gadget/job", "-o", "name"][..]] {
        set_status(&ns, "job", "{\"conditions\":[]}");
        let mut args = vec!["-n", ns.name.as_str()];
        args.extend_from_slice(verb);
        args.extend_from_slice(&[
            "--for=condition=Complete",
            "--fail-on=condition=Failed",
            "--timeout=60s",
        ]);
        let child = spawn(ns.env.kctl(&args));
        std::thread::sleep(Duration::from_secs(1));
        set_status(&ns, "job", failed);
        let set = Instant::now();
        let (_, err, code) = finish(child);
        let took = set.elapsed();
        assert_eq!(code, 1, "{verb:?}: {err}");
        assert!(
            took < Duration::from_secs(1),
            "{verb:?} took {took:?} after the failure"
        );
        assert!(
            err.ends_with(
                "error: gadget.wait.kctl.io/job: --fail-on=condition=Failed met: BackoffLimitExceeded: Job has reached the specified backoff limit\n"
            ),
            "{verb:?}: {err}"
        );
    }
}

// ---- exec plugins ----------------------------------------------------------------------

/// A plugin that sleeps 0.5 s, logs each run in `runs`, and prints the token of the file
/// `token` with an expiry `expiry` (a `date -d` offset such as `+10 minutes`).
struct Plugin {
    dir: PathBuf,
    kubeconfig: String,
}

impl Plugin {
    fn new(env: &Env) -> Plugin {
        let c = cluster();
        let dir = env.home.path().join("plugin");
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("token"), c.token()).unwrap();
        std::fs::write(dir.join("expiry"), "+10 minutes").unwrap();
        let script = format!(
            "#!/bin/sh\nsleep 0.5\necho run >> {d}/runs\nexp=$(date -u -d \"$(cat {d}/expiry)\" +%Y-%m-%dT%H:%M:%SZ)\n\
             printf '{{\"apiVersion\":\"client.authentication.k8s.io/v1beta1\",\"kind\":\"ExecCredential\",\"status\":{{\"token\":\"%s\",\"expirationTimestamp\":\"%s\"}}}}\\n' \"$(cat {d}/token)\" \"$exp\"\n",
            d = dir.display()
        );
        let plugin = dir.join("slow-plugin");
        std::fs::write(&plugin, script).unwrap();
        std::fs::set_permissions(&plugin, std::fs::Permissions::from_mode(0o755)).unwrap();
        let kubeconfig = dir.join("kubeconfig");
        std::fs::write(
            &kubeconfig,
            format!(
                "apiVersion: v1\nkind: Config\ncurrent-context: x\nclusters:\n- name: c\n  cluster:\n    server: {}\n    certificate-authority: {}\ncontexts:\n- name: x\n  context: {{cluster: c, user: u}}\nusers:\n- name: u\n  user:\n    exec:\n      apiVersion: client.authentication.k8s.io/v1beta1\n      command: {}\n      interactiveMode: Never\n",
                c.server(),
                c.ca(),
                plugin.display()
            ),
        )
        .unwrap();
        Plugin {
            dir,
            kubeconfig: kubeconfig.display().to_string(),
        }
    }

    fn runs(&self) -> usize {
        std::fs::read_to_string(self.dir.join("runs"))
            .map(|s| s.lines().count())
            .unwrap_or(0)
    }

    fn kctl(&self, env: &Env, args: &[&str]) -> Command {
        let mut cmd = env.kctl(args);
        cmd.env("KUBECONFIG", &self.kubeconfig);
        cmd
    }
}

/// The one cache file.
fn cache_file(env: &Env) -> PathBuf {
    let dir = env.home.path().join(".cache/kctl/credentials");
    let files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    assert_eq!(files.len(), 1, "{files:?}");
    files[0].clone()
}

fn edit_cache(path: &Path, edit: impl FnOnce(&mut serde_json::Value)) {
    let mut v: serde_json::Value = serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap();
    edit(&mut v);
    std::fs::write(path, serde_json::to_vec(&v).unwrap()).unwrap();
}

#[test]
fn one_plugin_run_per_command_without_the_cache() {
    let env = Env::new();
    let p = Plugin::new(&env);
    for (i, args) in [
        &["get", "ns", "-o", "name"][..],
        &["get", "pods", "-A", "-o", "name"][..],
        &["get", "ns", "default", "-o", "name"][..],
    ]
    .iter()
    .enumerate()
    {
        let mut cmd = p.kctl(&env, args);
        cmd.env("KCTL_NO_CREDENTIAL_CACHE", "1");
        let (_, err, code) = run(cmd);
        assert_eq!(code, 0, "{args:?}: {err}");
        assert_eq!(p.runs(), i + 1, "{args:?} ran the plugin more than once");
    }
    assert!(!env.home.path().join(".cache/kctl/credentials").exists());
}

#[test]
fn exec_credentials_are_cached_until_they_expire() {
    let env = Env::new();
    let p = Plugin::new(&env);
    let c = cluster();
    for _ in 0..5 {
        let (out, err, code) = run(p.kctl(&env, &["get", "ns", "default", "-o", "name"]));
        assert_eq!((out.as_str(), code), ("namespace/default\n", 0), "{err}");
    }
    assert_eq!(p.runs(), 1, "five commands, one plugin run");
    let file = cache_file(&env);
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&file), 0o600);
    assert_eq!(mode(file.parent().unwrap()), 0o700);

    // -v 9 shows neither the cached token nor the Authorization header.
    let (_, err, code) = run(p.kctl(&env, &["get", "ns", "default", "-o", "name", "-v", "9"]));
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("Response Body"), "{err}");
    assert!(!err.contains(c.token()), "{err}");
    assert_eq!(p.runs(), 1);

    // An entry that has expired: the plugin runs again.
    edit_cache(&file, |v| v["expires"] = serde_json::json!(1_000_000_000));
    let (_, err, code) = run(p.kctl(&env, &["get", "ns", "default", "-o", "name"]));
    assert_eq!(code, 0, "{err}");
    assert_eq!(p.runs(), 2);

    // A cached token the server refuses (revoked): dropped, one plugin run, success.
    edit_cache(&file, |v| {
        v["status"]["token"] = serde_json::json!("revoked-token-4714")
    });
    let (out, err, code) = run(p.kctl(&env, &["get", "ns", "default", "-o", "name"]));
    assert_eq!((out.as_str(), code), ("namespace/default\n", 0), "{err}");
    assert_eq!(p.runs(), 3);
    let (_, _, code) = run(p.kctl(&env, &["get", "ns", "default", "-o", "name"]));
    assert_eq!((code, p.runs()), (0, 3), "the fresh credential was cached");

    // A fresh token the server refuses is not retried: one run, the 401 error.
    std::fs::write(p.dir.join("token"), "never-valid-4715").unwrap();
    std::fs::remove_file(cache_file(&env)).unwrap();
    let (_, err, code) = run(p.kctl(&env, &["get", "ns", "default", "-o", "name"]));
    assert_eq!(code, 1, "{err}");
    assert_eq!(p.runs(), 4);
    assert!(!err.contains("never-valid-4715"), "{err}");
}

#[test]
fn client_certificate_credentials_are_cached_too() {
    let env = Env::new();
    let c = cluster();
    let dir = env.home.path().join("cert-plugin");
    std::fs::create_dir_all(&dir).unwrap();
    let read = |var: &str| std::fs::read_to_string(&c.env[var]).unwrap();
    let out = Command::new("date")
        .args(["-u", "-d", "+10 minutes", "+%Y-%m-%dT%H:%M:%SZ"])
        .output()
        .unwrap();
    let expiry = String::from_utf8_lossy(&out.stdout).trim().to_string();
    let credential = serde_json::json!({
        "apiVersion": "client.authentication.k8s.io/v1beta1",
        "kind": "ExecCredential",
        "status": {
            "clientCertificateData": read("KCTL_TEST_CLIENT_CERT"),
            "clientKeyData": read("KCTL_TEST_CLIENT_KEY"),
            "expirationTimestamp": expiry,
        }
    });
    std::fs::write(dir.join("credential.json"), credential.to_string()).unwrap();
    let plugin = dir.join("cert-plugin");
    std::fs::write(
        &plugin,
        format!(
            "#!/bin/sh\necho run >> {d}/runs\ncat {d}/credential.json\n",
            d = dir.display()
        ),
    )
    .unwrap();
    std::fs::set_permissions(&plugin, std::fs::Permissions::from_mode(0o755)).unwrap();
    let kubeconfig = dir.join("kubeconfig");
    std::fs::write(
        &kubeconfig,
        format!(
            "apiVersion: v1\nkind: Config\ncurrent-context: x\nclusters:\n- name: c\n  cluster:\n    server: {}\n    certificate-authority: {}\ncontexts:\n- name: x\n  context: {{cluster: c, user: u}}\nusers:\n- name: u\n  user:\n    exec:\n      apiVersion: client.authentication.k8s.io/v1beta1\n      command: {}\n      interactiveMode: Never\n",
            c.server(),
            c.ca(),
            plugin.display()
        ),
    )
    .unwrap();
    for _ in 0..3 {
        let mut cmd = env.kctl(&["get", "ns", "default", "-o", "name"]);
        cmd.env("KUBECONFIG", &kubeconfig);
        let (out, err, code) = run(cmd);
        assert_eq!((out.as_str(), code), ("namespace/default\n", 0), "{err}");
    }
    let runs = std::fs::read_to_string(dir.join("runs")).unwrap().lines().count();
    assert_eq!(runs, 1, "three commands, one plugin run");
    let file = cache_file(&env);
    assert_eq!(std::fs::metadata(&file).unwrap().permissions().mode() & 0o777, 0o600);
}
