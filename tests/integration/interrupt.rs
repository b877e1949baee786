//! Writes under faults, against the real cluster: a create or delete whose answer is lost is
//! checked, never blindly repeated, and reported as it happened; kube-apiserver restarted in
//! the middle of `create -f` and `delete -l` (on a private cluster); Ctrl-C (SIGINT) during
//! `create -f` and `delete -l`: exit 130 and a summary that matches stdout and the cluster.

use std::collections::BTreeSet;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crate::cluster::{Env, Ns, Private, cluster, kubectl_ok, private, run, wait_for};
use crate::proxy::{Action, HttpProxy, Proxy};

/// A generous bound on any one kctl run here: only to turn a hang into a failure.
const BOUND: Duration = Duration::from_secs(240);

/// A running command whose stdout lines are collected as they come.
struct Running {
    child: std::process::Child,
    lines: mpsc::Receiver<String>,
    seen: Vec<String>,
    stderr: Arc<Mutex<String>>,
    threads: Vec<std::thread::JoinHandle<()>>,
}

impl Running {
    fn spawn(mut cmd: Command) -> Running {
        let mut child = cmd
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn");
        let out = child.stdout.take().unwrap();
        let mut err = child.stderr.take().unwrap();
        let (tx, lines) = mpsc::channel();
        let stderr = Arc::new(Mutex::new(String::new()));
        let e = stderr.clone();
        let threads = vec![
            std::thread::spawn(move || {
                for l in BufReader::new(out).lines() {
                    let Ok(l) = l else { break };
                    if tx.send(l).is_err() {
                        break;
                    }
                }
            }),
            std::thread::spawn(move || {
                let mut s = String::new();
                let _ = err.read_to_string(&mut s);
                *e.lock().unwrap() = s;
            }),
        ];
        Running {
            child,
            lines,
            seen: Vec::new(),
            stderr,
            threads,
        }
    }

    fn pid(&self) -> String {
        self.child.id().to_string()
    }

    /// Wait until `n` lines of stdout have come.
    fn wait_lines(&mut self, n: usize) {
        let deadline = Instant::now() + BOUND;
        while self.seen.len() < n {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.lines.recv_timeout(left) {
                Ok(l) => self.seen.push(l),
                Err(e) => {
                    let _ = self.child.kill();
                    panic!("{n} lines expected, {} came ({e}): {:?}", self.seen.len(), self.seen);
                }
            }
        }
    }

    /// Wait for the end: (stdout lines, stderr, exit code).
    fn finish(mut self) -> (Vec<String>, String, i32) {
        let deadline = Instant::now() + BOUND;
        let status = loop {
            if let Some(s) = self.child.try_wait().unwrap() {
                break s;
            }
            if Instant::now() > deadline {
                let _ = self.child.kill();
                panic!("kctl did not end within {BOUND:?}; stdout so far: {:?}", self.seen);
            }
            std::thread::sleep(Duration::from_millis(50));
        };
        for t in self.threads.drain(..) {
            t.join().unwrap();
        }
        self.seen.extend(self.lines.try_iter());
        let err = self.stderr.lock().unwrap().clone();
        (self.seen, err, status.code().unwrap_or(-1))
    }
}

/// `kill -SIGNAL pid`.
fn signal(sig: &str, pid: &str) {
    let st = Command::new("kill").args([&format!("-{sig}"), pid]).status().unwrap();
    assert!(st.success(), "kill -{sig} {pid}");
}

/// A List of `count` ConfigMaps `<prefix>-NNNN` labelled `batch=<prefix>`, in a file.
fn configmap_list(dir: &Path, prefix: &str, count: usize) -> PathBuf {
    let items: Vec<serde_json::Value> = (0..count)
        .map(|i| {
            serde_json::json!({"apiVersion": "v1", "kind": "ConfigMap",
                "metadata": {"name": format!("{prefix}-{i:04}"), "labels": {"batch": prefix}},
                "data": {"i": i.to_string()}})
        })
        .collect();
    let path = dir.join(format!("{prefix}.json"));
    std::fs::write(
        &path,
        serde_json::json!({"apiVersion": "v1", "kind": "List", "items": items}).to_string(),
    )
    .unwrap();
    path
}

/// The names in `configmap/x created` (`configmap "x" deleted`) lines; no line twice.
fn names(lines: &[String], verb: &str) -> BTreeSet<String> {
    let mut set = BTreeSet::new();
    for l in lines {
        let name = match verb {
            "created" => l.strip_prefix("configmap/").and_then(|r| r.strip_suffix(" created")),
            _ => l
                .strip_prefix("configmap \"")
                .and_then(|r| r.strip_suffix("\" deleted")),
        }
        .unwrap_or_else(|| panic!("not a result line: {l:?}"));
        assert!(set.insert(name.to_string()), "{name} reported twice");
    }
    set
}

/// The summary on stderr: (done, total, not done, unknown).
fn summary(stderr: &str, head: &str, verb: &str) -> (usize, usize, usize, usize) {
    let line = stderr
        .lines()
        .rev()
        .find(|l| l.starts_with(head))
        .unwrap_or_else(|| panic!("no {head} line in: {stderr}"));
    let num = |s: &str| -> usize { s.trim().parse().unwrap_or_else(|_| panic!("{s:?} in {line:?}")) };
    let rest = line.strip_prefix(head).unwrap();
    let (done, rest) = rest.split_once(" of ").unwrap();
    let (total, rest) = rest.split_once(&format!(" {verb}, ")).unwrap();
    let (not, rest) = rest.split_once(&format!(" not {verb}")).unwrap();
    let unknown = rest
        .strip_prefix(", ")
        .and_then(|r| r.split_once(" unknown"))
        .map_or(0, |(n, _)| num(n));
    (num(done), num(total), num(not), unknown)
}

/// ConfigMap names in `ns` with `batch=<batch>`, through `cmd_kubectl`.
fn cluster_names(out: String) -> BTreeSet<String> {
    out.lines()
        .map(|l| l.trim_start_matches("configmap/").to_string())
        .filter(|l| !l.is_empty())
        .collect()
}

// ---------------------------------------------------------------------------------------
// A write whose answer is lost, through the fault proxy.

struct Proxied {
    proxy: Proxy,
    kubeconfig: PathBuf,
}

/// A proxy in front of the shared cluster, and a kubeconfig for it in the test's HOME; the
/// discovery cache is warmed through it, so the write is kctl's first request.
fn proxied(ns: &Ns) -> Proxied {
    let c = cluster();
    let proxy = Proxy::start(c.server().trim_start_matches("https://"));
    let text = std::fs::read_to_string(c.kubeconfig()).unwrap();
    let kubeconfig = ns.env.home.path().join("proxied.kubeconfig");
    std::fs::write(&kubeconfig, proxy.kubeconfig(&text)).unwrap();
    let p = Proxied { proxy, kubeconfig };
    let (_, err, code) = run(p.kctl(&ns.env, &["-n", &ns.name, "get", "configmaps"]));
    assert_eq!(code, 0, "{err}");
    p
}

impl Proxied {
    fn kctl(&self, env: &Env, args: &[&str]) -> Command {
        let mut cmd = env.kctl(&["--kubeconfig", self.kubeconfig.to_str().unwrap()]);
        cmd.args(args);
        cmd
    }
}

fn exists(env: &Env, ns: &str, name: &str) -> bool {
    run(env.kubectl(&["-n", ns, "get", "configmap", name])).2 == 0
}

fn one_configmap(dir: &Path, name: &str) -> PathBuf {
    let path = dir.join(format!("{name}.yaml"));
    std::fs::write(
        &path,
        format!("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {name}\n  labels:\n    lost: answer\ndata:\n  a: \"1\"\n"),
    )
    .unwrap();
    path
}

/// A proxy that lets the first write of `method` to a ConfigMap reach the server and take
/// effect, then closes kctl's connection without a byte of the answer. (A byte proxy cannot:
/// holding the server's bytes of a new connection holds its TLS handshake too.)
/// `kctl --kubeconfig KC -n NS ARGS`: kctl through a proxy's kubeconfig.
fn kctl_through(ns: &Ns, kc: &Path, args: &[&str]) -> Command {
    let mut cmd = ns.env.kctl(&["--kubeconfig", kc.to_str().unwrap(), "-n", &ns.name]);
    cmd.args(args);
    cmd
}

fn dropping(ns: &Ns, method: &str) -> (HttpProxy, PathBuf) {
    let c = cluster();
    let proxy = HttpProxy::start(
        c.server().trim_start_matches("https://"),
        Path::new(&c.env["KCTL_TEST_CLUSTER_DIR"]),
    );
    proxy.rule(method, "/configmaps", 1, Action::DropAnswer);
    let text = std::fs::read_to_string(c.kubeconfig()).unwrap();
    let kubeconfig = ns.env.home.path().join("dropping.kubeconfig");
    std::fs::write(&kubeconfig, proxy.kubeconfig(&text)).unwrap();
    (proxy, kubeconfig)
}

#[test]
fn create_whose_answer_is_lost_is_reported_created_once() {
    let ns = Ns::new("int-lost-create");
    let (proxy, kc) = dropping(&ns, "POST");
    let file = one_configmap(ns.env.home.path(), "landed");
    let (out, err, code) = run(kctl_through(&ns, &kc, &["create", "-f", file.to_str().unwrap()]));
    assert_eq!(proxy.count("POST", "/configmaps"), 1, "sent once: {:#?}", proxy.seen());
    assert!(
        proxy.count("GET", "/configmaps/landed") >= 1,
        "looked at: {:#?}",
        proxy.seen()
    );
    assert_eq!(out, "configmap/landed created\n", "stderr: {err}");
    assert_eq!(code, 0, "stderr: {err}");
    assert!(err.is_empty(), "{err}");
    // Exactly one such object.
    let listed = kubectl_ok(
        &ns.env,
        &["-n", &ns.name, "get", "configmaps", "-l", "lost=answer", "-o", "name"],
    );
    assert_eq!(listed, "configmap/landed\n");
}

#[test]
fn create_whose_answer_is_lost_over_an_older_object_is_reported_not_created() {
    // The object was there before (created by kubectl a moment ago): the POST lands
    // (AlreadyExists) and its answer is lost; kctl finds an object, but not one this request
    // created (not kctl's field manager, not its labels).
    let ns = Ns::new("int-lost-old");
    kubectl_ok(
        &ns.env,
        &["-n", &ns.name, "create", "configmap", "older", "--from-literal=a=1"],
    );
    let (proxy, kc) = dropping(&ns, "POST");
    let file = one_configmap(ns.env.home.path(), "older");
    let (out, err, code) = run(kctl_through(&ns, &kc, &["create", "-f", file.to_str().unwrap()]));
    assert_eq!(proxy.count("POST", "/configmaps"), 1, "sent once: {:#?}", proxy.seen());
    assert_eq!(out, "", "stderr: {err}");
    assert_eq!(code, 1, "stderr: {err}");
    assert!(
        err.contains("kctl checked: configmaps \"older\" exists, but was not created by this request"),
        "{err}"
    );
}

#[test]
fn delete_whose_answer_is_lost_is_reported_deleted() {
    let ns = Ns::new("int-lost-delete");
    kubectl_ok(&ns.env, &["-n", &ns.name, "create", "configmap", "doomed"]);
    let (proxy, kc) = dropping(&ns, "DELETE");
    let (out, err, code) = run(kctl_through(&ns, &kc, &["delete", "configmap", "doomed"]));
    assert_eq!(
        proxy.count("DELETE", "/configmaps"),
        1,
        "sent once: {:#?}",
        proxy.seen()
    );
    assert_eq!(out, "configmap \"doomed\" deleted\n", "stderr: {err}");
    assert_eq!(code, 0, "stderr: {err}");
    assert!(err.is_empty(), "{err}");
    assert!(!exists(&ns.env, &ns.name, "doomed"));
}

#[test]
fn create_that_never_landed_is_reported_not_created() {
    let ns = Ns::new("int-unlanded-create");
    let p = proxied(&ns);
    let file = one_configmap(ns.env.home.path(), "held");
    // Nothing passes: the POST times out with its outcome unknown; kctl then looks (its
    // look is let through) and finds nothing.
    p.proxy.pause();
    let before = p.proxy.accepted();
    // `--validate=false`: the schema's GET would be the first request held; this test is
    // about the POST.
    let k = Running::spawn(p.kctl(
        &ns.env,
        &[
            "-n",
            &ns.name,
            "create",
            "-f",
            file.to_str().unwrap(),
            "--request-timeout",
            "2s",
            "--validate=false",
        ],
    ));
    // The POST's connection, then the look's.
    wait_for(Duration::from_secs(60), || p.proxy.accepted() >= before + 2);
    assert!(!exists(&ns.env, &ns.name, "held"));
    p.proxy.cut();
    p.proxy.resume();
    let (out, err, code) = k.finish();
    assert!(out.is_empty(), "{out:?}");
    assert_eq!(code, 1, "stderr: {err}");
    assert!(
        err.contains("kctl checked: configmaps \"held\" was not created"),
        "{err}"
    );
    assert!(
        err.contains(&format!("error when creating \"{}\"", file.display())),
        "{err}"
    );
    assert!(!exists(&ns.env, &ns.name, "held"));
}

#[test]
fn delete_that_never_landed_is_reported_not_deleted() {
    let ns = Ns::new("int-unlanded-delete");
    kubectl_ok(&ns.env, &["-n", &ns.name, "create", "configmap", "kept"]);
    let p = proxied(&ns);
    p.proxy.pause();
    let before = p.proxy.accepted();
    let k = Running::spawn(p.kctl(
        &ns.env,
        &["-n", &ns.name, "delete", "configmap", "kept", "--request-timeout", "2s"],
    ));
    wait_for(Duration::from_secs(60), || p.proxy.accepted() >= before + 2);
    p.proxy.cut();
    p.proxy.resume();
    let (out, err, code) = k.finish();
    assert!(out.is_empty(), "{out:?}");
    assert_eq!(code, 1, "stderr: {err}");
    assert!(
        err.contains("kctl checked: configmaps \"kept\" was not deleted"),
        "{err}"
    );
    assert!(exists(&ns.env, &ns.name, "kept"));
}

// ---------------------------------------------------------------------------------------
// kube-apiserver restarted in the middle of a run (a private cluster).

/// Restart kube-apiserver (killed, down for `down` seconds) while `k` is stopped, so the
/// restart lands in the middle of its run: stop kctl, kill the apiserver, wait until its
/// port refuses connections, let kctl go on, and wait for the restart to finish.
fn restart_under(p: &Private, k: &Running, down: u32) {
    signal("STOP", &k.pid());
    p.restart_apiserver_with(down, || signal("CONT", &k.pid()));
}

/// Every name either reported done on stdout or named on stderr; the cluster holds exactly
/// what was reported (objects reported unknown may be either way).
fn check_report(
    all: &BTreeSet<String>,
    done: &BTreeSet<String>,
    err: &str,
    code: i32,
    present: &BTreeSet<String>,
    created: bool,
) {
    let unknown: BTreeSet<String> = all
        .iter()
        .filter(|n| {
            err.lines()
                .any(|l| l.contains(&format!("\"{n}\"")) && l.contains("may or may not"))
        })
        .cloned()
        .collect();
    for n in all {
        if !done.contains(n) {
            assert!(
                err.contains(&format!("\"{n}\"")),
                "{n} neither done nor reported: {err}"
            );
        }
    }
    let expected_present: BTreeSet<String> = if created {
        done.clone()
    } else {
        all.difference(done).cloned().collect()
    };
    let differ: BTreeSet<&String> = present.symmetric_difference(&expected_present).collect();
    assert!(
        differ.iter().all(|n| unknown.contains(*n)),
        "the cluster differs from the report for {differ:?}\nstderr: {err}"
    );
    if done.len() == all.len() {
        assert_eq!(code, 0, "{err}");
    } else {
        assert_eq!(code, 1, "{err}");
        let (d, total, not, unk) = summary(err, "summary: ", if created { "created" } else { "deleted" });
        assert_eq!((d, total, not + d + unk), (done.len(), all.len(), all.len()), "{err}");
        assert_eq!(unk, unknown.len(), "{err}");
    }
}

#[test]
fn apiserver_restart_during_create_and_delete_loses_and_repeats_nothing() {
    let guard = private();
    let p = guard.as_ref().unwrap();
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let ns = "int-restart";
    p.kubectl(h, &["create", "namespace", ns]);
    let file = configmap_list(h, "rs", 300);
    let all: BTreeSet<String> = (0..300).map(|i| format!("rs-{i:04}")).collect();
    let kctl = env!("CARGO_BIN_EXE_kctl");

    // create -f, the apiserver killed after the first 20 objects and down for 3 s.
    let mut k = Running::spawn(p.cmd(
        kctl,
        h,
        &["-n", ns, "create", "-f", file.to_str().unwrap(), "--concurrency", "4"],
    ));
    k.wait_lines(20);
    restart_under(p, &k, 3);
    let (out, err, code) = k.finish();
    let created = names(&out, "created");
    eprintln!(
        "create -f under a restart: exit {code}, {} created\n{err}",
        created.len()
    );
    assert!(!err.contains("AlreadyExists"), "nothing created twice: {err}");
    let present = cluster_names(p.kubectl(h, &["-n", ns, "get", "configmaps", "-l", "batch=rs", "-o", "name"]));
    check_report(&all, &created, &err, code, &present, true);
    // Whatever was not created: create it now (kubectl), so the delete has all 300.
    for n in all.difference(&present) {
        p.kubectl(h, &["-n", ns, "create", "configmap", n]);
        p.kubectl(h, &["-n", ns, "label", "configmap", n, "batch=rs"]);
    }

    // delete -l, the same restart after 20 deletions.
    let mut k = Running::spawn(p.cmd(
        kctl,
        h,
        &["-n", ns, "delete", "configmaps", "-l", "batch=rs", "--concurrency", "4"],
    ));
    k.wait_lines(20);
    restart_under(p, &k, 3);
    let (out, err, code) = k.finish();
    let deleted = names(&out, "deleted");
    eprintln!(
        "delete -l under a restart: exit {code}, {} deleted\n{err}",
        deleted.len()
    );
    assert!(!err.contains("NotFound"), "nothing deleted twice: {err}");
    let present = cluster_names(p.kubectl(h, &["-n", ns, "get", "configmaps", "-l", "batch=rs", "-o", "name"]));
    check_report(&all, &deleted, &err, code, &present, false);
    p.kubectl(h, &["delete", "namespace", ns, "--wait=false"]);
}

// ---------------------------------------------------------------------------------------
// Ctrl-C.

/// Stop kctl after `after` result lines, queue a SIGINT, let it go on: the SIGINT lands in
/// the middle of the run, however fast the run is.
fn interrupt_after(k: &mut Running, after: usize) {
    k.wait_lines(after);
    signal("STOP", &k.pid());
    signal("INT", &k.pid());
    signal("CONT", &k.pid());
}

#[test]
fn ctrl_c_during_create_reports_what_was_created() {
    let ns = Ns::new("int-sigint-create");
    let file = configmap_list(ns.env.home.path(), "ci", 1000);
    let mut k = Running::spawn(ns.env.kctl(&["-n", &ns.name, "create", "-f", file.to_str().unwrap()]));
    interrupt_after(&mut k, 100);
    let (out, err, code) = k.finish();
    assert_eq!(code, 130, "stderr: {err}");
    let created = names(&out, "created");
    let (done, total, not, unknown) = summary(&err, "interrupted: ", "created");
    assert_eq!(done, created.len(), "{err}");
    assert_eq!(total, 1000);
    assert_eq!(done + not + unknown, 1000, "{err}");
    assert!(done < 1000, "interrupted before the end: {err}");
    let present = cluster_names(kubectl_ok(
        &ns.env,
        &["-n", &ns.name, "get", "configmaps", "-l", "batch=ci", "-o", "name"],
    ));
    assert!(created.is_subset(&present), "every created line is in the cluster");
    assert!(
        present.len() <= created.len() + unknown,
        "only objects reported created (or unknown) exist: {} present, {} created, {unknown} unknown",
        present.len(),
        created.len()
    );
    if unknown == 0 {
        assert_eq!(present, created);
    }
}

#[test]
fn ctrl_c_during_delete_reports_what_was_deleted() {
    let ns = Ns::new("int-sigint-delete");
    let file = configmap_list(ns.env.home.path(), "di", 1000);
    let (_, err, code) = run(ns.env.kctl(&["-n", &ns.name, "create", "-f", file.to_str().unwrap()]));
    assert_eq!(code, 0, "{err}");
    let mut k = Running::spawn(ns.env.kctl(&["-n", &ns.name, "delete", "configmaps", "-l", "batch=di"]));
    interrupt_after(&mut k, 100);
    let (out, err, code) = k.finish();
    assert_eq!(code, 130, "stderr: {err}");
    let deleted = names(&out, "deleted");
    let (done, total, not, unknown) = summary(&err, "interrupted: ", "deleted");
    assert_eq!(done, deleted.len(), "{err}");
    assert_eq!(total, 1000);
    assert_eq!(done + not + unknown, 1000, "{err}");
    assert!(done < 1000, "interrupted before the end: {err}");
    let present = cluster_names(kubectl_ok(
        &ns.env,
        &["-n", &ns.name, "get", "configmaps", "-l", "batch=di", "-o", "name"],
    ));
    assert!(
        present.is_disjoint(&deleted),
        "every deleted line is gone from the cluster"
    );
    assert!(present.len() + deleted.len() + unknown >= 1000, "{err}");
    if unknown == 0 {
        assert_eq!(present.len(), not, "{err}");
    }
}

#[test]
fn ctrl_c_elsewhere_still_exits_at_once() {
    // `get` keeps the old behaviour: exit 130 at once, no summary.
    let ns = Ns::new("int-sigint-get");
    kubectl_ok(&ns.env, &["-n", &ns.name, "create", "configmap", "one"]);
    let mut k = Running::spawn(ns.env.kctl(&["-n", &ns.name, "get", "configmaps", "-w"]));
    k.wait_lines(1);
    signal("INT", &k.pid());
    let (_, err, code) = k.finish();
    assert_eq!(code, 130, "{err}");
    assert!(!err.contains("interrupted:"), "{err}");
}
