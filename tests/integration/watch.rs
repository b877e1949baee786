//! `kctl watch` and `kctl get -w` against the real cluster: exact event sequences in every
//! output form, kubectl's `get -w` output, `--for`, resume after a cut connection, and (on a
//! cluster of their own) kube-apiserver restarts and a forced `410 Gone`.

use std::collections::{BTreeMap, HashSet};
use std::io::{BufRead, BufReader, Read};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{Receiver, RecvTimeoutError, channel};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::cluster::{Env, Ns, Private, kubectl_ok, private, run};
use crate::proxy::Proxy;

/// Generous bound on waiting for something that should come within a second: a hung test
/// fails instead of hanging (it asserts nothing about speed).
const PATIENCE: Duration = Duration::from_secs(60);

/// A running `kctl` (or kubectl) whose stdout lines and stderr are collected as they come.
struct Running {
    child: Child,
    lines: Receiver<String>,
    stderr: Arc<Mutex<String>>,
    seen: Vec<String>,
}

impl Running {
    fn spawn(mut cmd: Command) -> Running {
        cmd.stdout(Stdio::piped()).stderr(Stdio::piped()).stdin(Stdio::null());
        let mut child = cmd.spawn().expect("spawn");
        let (tx, rx) = channel();
        let stdout = child.stdout.take().unwrap();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines() {
                let Ok(line) = line else { break };
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        let stderr = Arc::new(Mutex::new(String::new()));
        let err = stderr.clone();
        let mut pipe = child.stderr.take().unwrap();
        std::thread::spawn(move || {
            let mut buf = [0u8; 4096];
            while let Ok(n) = pipe.read(&mut buf) {
                if n == 0 {
                    break;
                }
                err.lock().unwrap().push_str(&String::from_utf8_lossy(&buf[..n]));
            }
        });
        Running {
            child,
            lines: rx,
            stderr,
            seen: Vec::new(),
        }
    }

    /// The next stdout line; panics if none comes within [`PATIENCE`].
    fn line(&mut self) -> String {
        match self.lines.recv_timeout(PATIENCE) {
            Ok(l) => {
                self.seen.push(l.clone());
                l
            }
            Err(RecvTimeoutError::Timeout) => panic!(
                "no output line within {PATIENCE:?}; so far:\n{}\nstderr:\n{}",
                self.seen.join("\n"),
                self.stderr()
            ),
            Err(RecvTimeoutError::Disconnected) => panic!(
                "the process ended; output:\n{}\nstderr:\n{}",
                self.seen.join("\n"),
                self.stderr()
            ),
        }
    }

    fn lines(&mut self, n: usize) -> Vec<String> {
        (0..n).map(|_| self.line()).collect()
    }

    fn stderr(&self) -> String {
        self.stderr.lock().unwrap().clone()
    }

    /// Wait until stderr has `needle` `count` times.
    fn wait_stderr(&self, needle: &str, count: usize) {
        let start = Instant::now();
        while self.stderr().matches(needle).count() < count {
            assert!(
                start.elapsed() < PATIENCE,
                "stderr never had {needle:?} {count} times:\n{}",
                self.stderr()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Wait for the process to end by itself; its exit code.
    fn wait(&mut self) -> i32 {
        let start = Instant::now();
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status.code().unwrap_or(-1);
            }
            assert!(
                start.elapsed() < PATIENCE,
                "the process did not end:\n{}",
                self.stderr()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Ctrl-C; the exit code.
    fn interrupt(&mut self) -> i32 {
        let _ = Command::new("kill")
            .args(["-INT", &self.child.id().to_string()])
            .status();
        self.wait()
    }

    /// Every remaining stdout line once the process has ended.
    fn rest(&mut self) -> Vec<String> {
        let mut out = Vec::new();
        while let Ok(l) = self.lines.recv_timeout(Duration::from_secs(5)) {
            out.push(l);
        }
        out
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// `(type, name)` of an NDJSON event line.
fn event(line: &str) -> (String, String) {
    let v: Value = serde_json::from_str(line).unwrap_or_else(|e| panic!("not JSON ({e}): {line}"));
    (
        v["type"].as_str().unwrap_or_default().to_string(),
        v["object"]["metadata"]["name"].as_str().unwrap_or_default().to_string(),
    )
}

fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
    list.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect()
}

/// Start kctl with `-v 1` and wait until its watch is open (so changes made next are seen as
/// changes, not as part of the first list).
fn watching(env: &Env, args: &[&str]) -> Running {
    let mut all = vec!["-v", "1"];
    all.extend_from_slice(args);
    let r = Running::spawn(env.kctl(&all));
    r.wait_stderr("kctl: watching ", 1);
    r
}

#[test]
fn watch_prints_the_exact_events_in_every_form() {
    let ns = Ns::new("watch-forms");
    let (env, n) = (&ns.env, ns.name.as_str());
    kubectl_ok(env, &["-n", n, "run", "before", "--image=nginx"]);
    let mut json = watching(env, &["-n", n, "watch", "pods", "-o", "json"]);
    let mut name = watching(env, &["-n", n, "watch", "pods", "-o", "name"]);
    let mut yaml = watching(env, &["-n", n, "watch", "pods", "-o", "yaml"]);
    let mut table = watching(env, &["-n", n, "watch", "pods"]);
    let mut only = watching(env, &["-n", n, "watch", "pods", "-o", "name", "--since-now"]);

    kubectl_ok(env, &["-n", n, "run", "p", "--image=nginx"]);
    kubectl_ok(env, &["-n", n, "label", "pod", "p", "step=labelled"]);
    // No node: the pod goes at once (MODIFIED with a deletionTimestamp, then DELETED).
    kubectl_ok(env, &["-n", n, "delete", "pod", "p", "--wait=false"]);

    let expected = pairs(&[
        ("ADDED", "before"),
        ("ADDED", "p"),
        ("MODIFIED", "p"),
        ("MODIFIED", "p"),
        ("DELETED", "p"),
    ]);
    let lines = json.lines(5);
    let got: Vec<_> = lines.iter().map(|l| event(l)).collect();
    assert_eq!(got, expected);
    let label = |l: &str| serde_json::from_str::<Value>(l).unwrap()["object"]["metadata"]["labels"]["step"].clone();
    assert_eq!(label(&lines[2]), Value::String("labelled".into()));
    assert!(serde_json::from_str::<Value>(&lines[3]).unwrap()["object"]["metadata"]["deletionTimestamp"].is_string());
    // Each line is one compact JSON document, managedFields left out.
    assert!(
        lines
            .iter()
            .all(|l| !l.contains("managedFields") && l.starts_with("{\"type\":\""))
    );

    let want_names: Vec<String> = expected.iter().map(|(t, n)| format!("{t} pod/{n}")).collect();
    assert_eq!(name.lines(5), want_names);
    assert_eq!(only.lines(4), want_names[1..].to_vec());

    // YAML: documents separated by `---`, each `object:` then `type:`.
    let mut docs: Vec<String> = vec![String::new()];
    while docs.len() < 5 || !docs.last().unwrap().contains("\ntype: ") {
        let l = yaml.line();
        if l == "---" {
            docs.push(String::new());
        } else {
            let d = docs.last_mut().unwrap();
            d.push_str(&l);
            d.push('\n');
        }
    }
    let got: Vec<_> = docs
        .iter()
        .map(|d| {
            assert!(d.starts_with("object:\n"), "{d}");
            let t = d.lines().last().unwrap().strip_prefix("type: ").unwrap().to_string();
            let name = d
                .lines()
                .find_map(|l| l.strip_prefix("    name: "))
                .unwrap()
                .to_string();
            (t, name)
        })
        .collect();
    assert_eq!(got, expected);

    // Table: the header once, an EVENT column, a row per event.
    let rows = table.lines(6);
    assert!(rows[0].starts_with("EVENT ") && rows[0].contains("NAME") && rows[0].contains("STATUS"));
    let got: Vec<_> = rows[1..]
        .iter()
        .map(|r| {
            let mut w = r.split_whitespace();
            (w.next().unwrap().to_string(), w.next().unwrap().to_string())
        })
        .collect();
    assert_eq!(got, expected);

    // Ctrl-C ends with 130, after everything was written.
    assert_eq!(json.interrupt(), 130);
    assert!(json.rest().is_empty());
}

/// The same changes seen by `kubectl get -w` and `kctl get -w`: the same bytes, AGE masked.
#[test]
fn get_watch_prints_what_kubectl_prints() {
    let ns = Ns::new("watch-get");
    let (env, n) = (&ns.env, ns.name.as_str());
    kubectl_ok(env, &["-n", n, "run", "first", "--image=nginx"]);
    let variants: Vec<Vec<&str>> = vec![
        vec!["get", "pods", "-w"],
        vec!["get", "pods", "-w", "--output-watch-events"],
        vec!["get", "pods", "--watch-only", "--output-watch-events"],
        vec!["get", "pods", "-w", "-o", "name"],
        vec!["get", "pods", "-w", "-o", "wide", "--show-labels"],
        vec!["get", "pods", "-w", "-o", "json"],
        vec!["get", "pods", "-w", "-o", "json", "--output-watch-events"],
        vec![
            "get",
            "pods",
            "-w",
            "-o",
            "jsonpath={.metadata.name} {.metadata.labels.x}{\"\\n\"}",
        ],
        vec![
            "get",
            "pods",
            "-w",
            "-o",
            "custom-columns=NAME:.metadata.name,X:.metadata.labels.x",
        ],
        vec![
            "get",
            "pods",
            "-w",
            "--output-watch-events",
            "-o",
            "custom-columns=T:.type,NAME:.object.metadata.name",
        ],
    ];
    let mut pairs_ = Vec::new();
    for v in &variants {
        let mut args = vec!["-n", n];
        args.extend(v.iter());
        let k = Running::spawn(env.kubectl(&args));
        let c = watching(env, &args);
        pairs_.push((v.clone(), k, c));
    }
    // kubectl logs nothing: give it the time to open its watch (its first list shows `first`).
    for (v, k, _) in pairs_.iter_mut() {
        if !v.contains(&"--watch-only") {
            take(v, k, 1);
        }
    }
    std::thread::sleep(Duration::from_secs(1));
    kubectl_ok(env, &["-n", n, "run", "a-much-longer-pod-name", "--image=nginx"]);
    kubectl_ok(env, &["-n", n, "label", "pod", "first", "x=y"]);
    kubectl_ok(
        env,
        &[
            "-n",
            n,
            "delete",
            "pod",
            "first",
            "a-much-longer-pod-name",
            "--wait=false",
        ],
    );
    for (v, k, c) in pairs_.iter_mut() {
        // The first list, then 6 events (+ the header of tables).
        let columns = v.iter().any(|a| a.starts_with("custom-columns="));
        let table =
            !v.contains(&"name") && !v.contains(&"json") && !columns && !v.iter().any(|a| a.starts_with("jsonpath="));
        let header = usize::from(table || columns);
        let initial = usize::from(!v.contains(&"--watch-only"));
        let total = header + initial + 6;
        let kl = take(v, k, total);
        let cl = take(v, c, total);
        let mask = |lines: &[String]| -> Vec<String> {
            lines
                .iter()
                .enumerate()
                .map(|(i, l)| {
                    if !table || i == 0 {
                        return l.clone();
                    }
                    // AGE: the last column of pods (or before IP... with -o wide).
                    mask_age_cell(l, v.contains(&"wide"))
                })
                .collect()
        };
        assert_eq!(mask(&cl), mask(&kl), "kctl {v:?} differs from kubectl");
    }
}

/// Read up to `n` events (table rows, names, JSON documents) of a `get -w` with arguments `v`;
/// every line read so far.
fn take(v: &[&str], r: &mut Running, n: usize) -> Vec<String> {
    let indented = v.contains(&"json") && !v.contains(&"--output-watch-events");
    let count = |seen: &[String]| {
        if indented {
            seen.iter().filter(|l| *l == "}").count()
        } else {
            seen.len()
        }
    };
    while count(&r.seen) < n {
        r.line();
    }
    r.seen.clone()
}

/// Replace the AGE cell (the last of default pod rows; the fifth field, counted from the end
/// as the sixth... of wide rows) by `<age>`, keeping every other byte.
fn mask_age_cell(line: &str, wide: bool) -> String {
    // Cells are separated by runs of at least one space; AGE is never empty.
    let cells: Vec<(usize, &str)> = line
        .split(' ')
        .scan(0usize, |pos, s| {
            let start = *pos;
            *pos += s.len() + 1;
            Some((start, s))
        })
        .filter(|(_, s)| !s.is_empty())
        .collect();
    let idx = if wide {
        // EVENT? NAME READY STATUS RESTARTS AGE IP NODE NOMINATED-NODE(2 words) READINESS-GATES LABELS
        cells.len() - 6
    } else {
        cells.len() - 1
    };
    let (start, s) = cells[idx];
    format!("{}<age>{}", &line[..start], &line[start + s.len()..])
}

#[test]
fn for_conditions_end_the_watch() {
    let ns = Ns::new("watch-for");
    let (env, n) = (&ns.env, ns.name.as_str());

    // A Deployment of 0 replicas becomes Available (no node needed).
    kubectl_ok(
        env,
        &["-n", n, "create", "deployment", "idle", "--image=nginx", "--replicas=0"],
    );
    let (out, err, code) = run(env.kctl(&[
        "-n",
        n,
        "watch",
        "deployment/idle",
        "--for=condition=Available",
        "--timeout=60s",
        "-o",
        "name",
    ]));
    assert_eq!(code, 0, "{err}");
    assert!(out.starts_with("ADDED deployment.apps/idle\n"), "{out}");
    assert!(err.contains("--for=condition=Available met"), "{err}");

    // One replica never becomes available without nodes: the deadline fails the wait.
    kubectl_ok(
        env,
        &["-n", n, "create", "deployment", "busy", "--image=nginx", "--replicas=1"],
    );
    let (_, err, code) = run(env.kctl(&[
        "-n",
        n,
        "watch",
        "deployment/busy",
        "--for=condition=Available",
        "--timeout=2s",
        "-o",
        "name",
    ]));
    assert_eq!(code, 1);
    assert!(
        err.contains("error: timed out waiting for the condition on deployments/busy"),
        "{err}"
    );

    // A Job completes when its status says so (set through the status subresource).
    kubectl_ok(
        env,
        &["-n", n, "create", "job", "once", "--image=busybox", "--", "true"],
    );
    let mut job = watching(
        env,
        &[
            "-n",
            n,
            "watch",
            "job/once",
            "--for=condition=Complete",
            "--timeout=60s",
            "-o",
            "name",
        ],
    );
    assert_eq!(job.line(), "ADDED job.batch/once");
    let patch = r#"{"status":{"conditions":[{"type":"Complete","status":"True","lastProbeTime":"2024-01-01T00:00:00Z","lastTransitionTime":"2024-01-01T00:00:00Z"}],"succeeded":1,"completionTime":"2024-01-01T00:00:00Z","startTime":"2024-01-01T00:00:00Z"}}"#;
    kubectl_ok(
        env,
        &[
            "-n",
            n,
            "patch",
            "job",
            "once",
            "--subresource=status",
            "--type=merge",
            "-p",
            patch,
        ],
    );
    assert_eq!(job.wait(), 0, "{}", job.stderr());
    assert!(
        job.stderr().contains("jobs/once: --for=condition=Complete met"),
        "{}",
        job.stderr()
    );

    // jsonpath, met at once.
    let (_, err, code) = run(env.kctl(&[
        "-n",
        n,
        "watch",
        "job/once",
        "--for=jsonpath={.status.succeeded}=1",
        "--timeout=30s",
    ]));
    assert_eq!(code, 0, "{err}");

    // Deletion: of an object that goes away, of one that is already gone.
    kubectl_ok(env, &["-n", n, "run", "doomed", "--image=nginx"]);
    let mut del = watching(
        env,
        &[
            "-n",
            n,
            "watch",
            "pod/doomed",
            "--for=delete",
            "--timeout=60s",
            "-o",
            "name",
        ],
    );
    assert_eq!(del.line(), "ADDED pod/doomed");
    kubectl_ok(env, &["-n", n, "delete", "pod", "doomed", "--wait=false"]);
    assert_eq!(del.wait(), 0, "{}", del.stderr());
    let rest = del.rest();
    assert_eq!(rest.last().map(String::as_str), Some("DELETED pod/doomed"), "{rest:?}");
    let (out, err, code) = run(env.kctl(&["-n", n, "watch", "pod/doomed", "--for=delete", "--timeout=30s"]));
    assert_eq!((out.as_str(), code), ("", 0), "{err}");

    // --timeout alone ends with 0.
    let (_, err, code) = run(env.kctl(&["-n", n, "watch", "pods", "--timeout=1s"]));
    assert_eq!(code, 0, "{err}");
}

#[test]
fn watch_resumes_after_a_cut_connection_without_loss_or_duplicates() {
    let ns = Ns::new("watch-cut");
    let (env, n) = (&ns.env, ns.name.as_str());
    let c = crate::cluster::cluster();
    let proxy = Proxy::start(c.server().trim_start_matches("https://"));
    let kubeconfig = env.home.path().join("proxy-kubeconfig");
    std::fs::write(
        &kubeconfig,
        proxy.kubeconfig(&std::fs::read_to_string(c.kubeconfig()).unwrap()),
    )
    .unwrap();
    let mut cmd = env.kctl(&["-v", "1", "-n", n, "watch", "configmaps", "-o", "json", "-l", "t=cut"]);
    cmd.env("KUBECONFIG", &kubeconfig);
    let mut w = Running::spawn(cmd);
    w.wait_stderr("kctl: watching ", 1);

    kubectl_ok(env, &["-n", n, "create", "configmap", "a"]);
    kubectl_ok(env, &["-n", n, "label", "configmap", "a", "t=cut"]);
    assert_eq!(event(&w.line()), ("ADDED".into(), "a".into()));

    // Held in the proxy, then the connection is cut: those bytes never arrive.
    proxy.pause();
    kubectl_ok(env, &["-n", n, "annotate", "configmap", "a", "step=1"]);
    kubectl_ok(env, &["-n", n, "create", "configmap", "b"]);
    kubectl_ok(env, &["-n", n, "label", "configmap", "b", "t=cut"]);
    proxy.cut();
    // Unreachable for a while: kctl keeps trying.
    proxy.refuse(true);
    proxy.resume();
    std::thread::sleep(Duration::from_secs(1));
    kubectl_ok(env, &["-n", n, "delete", "configmap", "a"]);
    proxy.refuse(false);

    let got: Vec<_> = w.lines(3).iter().map(|l| event(l)).collect();
    assert_eq!(got, pairs(&[("MODIFIED", "a"), ("ADDED", "b"), ("DELETED", "a")]));
    assert!(w.stderr().contains("the watch was cut"), "{}", w.stderr());
    assert!(
        w.child.try_wait().unwrap().is_none(),
        "kctl must not end because the connection did"
    );
}

// ---------------------------------------------------------------------------------------
// Tests that restart kube-apiserver run on a cluster of their own (`cluster::private`).

/// A ConfigMap List of `names` in `ns`, labelled `t=<tag>`.
fn configmaps(ns: &str, tag: &str, names: impl Iterator<Item = String>) -> String {
    let items: Vec<Value> = names
        .map(|name| {
            serde_json::json!({"apiVersion": "v1", "kind": "ConfigMap",
                "metadata": {"name": name, "namespace": ns, "labels": {"t": tag}}, "data": {"v": "0"}})
        })
        .collect();
    serde_json::json!({"apiVersion": "v1", "kind": "List", "items": items}).to_string()
}

/// Run kubectl with a manifest on stdin; its stdout.
fn kubectl_stdin(p: &Private, home: &Path, args: &[&str], input: &str) -> String {
    use std::io::Write;
    let mut cmd = p.cmd("/usr/bin/kubectl", home, args);
    cmd.stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped());
    let mut child = cmd.spawn().unwrap();
    child.stdin.take().unwrap().write_all(input.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "kubectl {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// `(uid, resourceVersion)` of every object in kubectl's `-o json` output (one document per
/// object, or a List).
fn uid_rvs(json: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for v in serde_json::Deserializer::from_str(json).into_iter::<Value>() {
        let v = v.unwrap();
        let items = match v.get("items") {
            Some(items) => items.as_array().unwrap().clone(),
            None => vec![v],
        };
        for o in items {
            out.push((
                o["metadata"]["uid"].as_str().unwrap().to_string(),
                o["metadata"]["resourceVersion"].as_str().unwrap().to_string(),
            ));
        }
    }
    out
}

#[test]
fn apiserver_restarts_lose_and_duplicate_nothing() {
    let guard = private();
    let p = guard.as_ref().unwrap();
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let ns = "restarts";
    p.kubectl(h, &["create", "namespace", ns]);
    let kctl = env!("CARGO_BIN_EXE_kctl");
    let mut w = Running::spawn(p.cmd(
        kctl,
        h,
        &["-v", "1", "-n", ns, "watch", "configmaps", "-l", "t=r", "-o", "json"],
    ));
    w.wait_stderr("kctl: watching ", 1);

    // 500+ changes in three rounds (create, annotate twice, delete 42 ConfigMaps each), the
    // apiserver restarted in the first two. After a restart the changes go on once kctl has
    // seen a marker object appear: changes made while it is away could only be seen folded
    // together by a relist, and the point here is that none is lost or repeated.
    let mut expected: HashSet<(String, String)> = HashSet::new();
    let mut deletions = 0usize;
    for round in 0..3 {
        let names: Vec<String> = (0..42).map(|i| format!("r{round}-{i}")).collect();
        let manifest = configmaps(ns, "r", names.iter().cloned());
        expected.extend(uid_rvs(&kubectl_stdin(
            p,
            h,
            &["create", "-o", "json", "-f", "-"],
            &manifest,
        )));
        // (`kubectl label -o json` prints the objects as they were before: annotate twice.)
        let mut args = vec!["-n", ns, "annotate", "configmap", "-o", "json", "--overwrite"];
        args.extend(names.iter().map(String::as_str));
        args.push("step=1");
        expected.extend(uid_rvs(&p.kubectl(h, &args)));
        if round < 2 {
            p.restart_apiserver();
            let marker = format!("marker-{round}");
            let manifest = configmaps(ns, "r", std::iter::once(marker.clone()));
            expected.extend(uid_rvs(&kubectl_stdin(
                p,
                h,
                &["create", "-o", "json", "-f", "-"],
                &manifest,
            )));
            while event(&w.line()) != ("ADDED".to_string(), marker.clone()) {}
        }
        let mut args = vec!["-n", ns, "annotate", "configmap", "-o", "json", "--overwrite"];
        args.extend(names.iter().map(String::as_str));
        args.push("step=2");
        expected.extend(uid_rvs(&p.kubectl(h, &args)));
        let mut args = vec!["-n", ns, "delete", "configmap", "--wait=false"];
        args.extend(names.iter().map(String::as_str));
        p.kubectl(h, &args);
        deletions += names.len();
    }
    let changes = expected.len() + deletions;
    assert!(changes >= 500, "{changes} changes");

    let have = w.seen.len();
    w.lines(changes - have);
    let mut seen: HashSet<(String, String)> = HashSet::new();
    let mut deleted: HashSet<String> = HashSet::new();
    for l in &w.seen {
        let v: Value = serde_json::from_str(l).unwrap();
        let uid = v["object"]["metadata"]["uid"].as_str().unwrap().to_string();
        let rv = v["object"]["metadata"]["resourceVersion"].as_str().unwrap().to_string();
        match v["type"].as_str().unwrap() {
            "DELETED" => assert!(deleted.insert(uid.clone()), "{uid} deleted twice"),
            _ => assert!(seen.insert((uid.clone(), rv.clone())), "({uid}, {rv}) twice"),
        }
    }
    assert_eq!(seen, expected, "every change exactly once");
    assert_eq!(deleted.len(), deletions);
    assert!(w.stderr().matches("the watch was cut").count() >= 2, "{}", w.stderr());
    assert!(w.child.try_wait().unwrap().is_none(), "kctl must outlive the restarts");
    p.kubectl(h, &["delete", "namespace", ns, "--wait=false"]);
}

/// Replay one NDJSON event onto a name -> (uid, resourceVersion) map, checking it makes sense.
fn replay(l: &str, state: &mut BTreeMap<String, (String, String)>) {
    let v: Value = serde_json::from_str(l).unwrap();
    let m = &v["object"]["metadata"];
    let name = m["name"].as_str().unwrap().to_string();
    let id = (
        m["uid"].as_str().unwrap().to_string(),
        m["resourceVersion"].as_str().unwrap().to_string(),
    );
    match v["type"].as_str().unwrap() {
        "ADDED" => assert!(state.insert(name, id).is_none(), "ADDED twice: {l}"),
        "MODIFIED" => assert!(state.insert(name, id).is_some(), "MODIFIED unknown: {l}"),
        "DELETED" => assert!(state.remove(&name).is_some(), "DELETED unknown: {l}"),
        t => panic!("{t}"),
    }
}

#[test]
fn a_forced_410_relists_and_the_stream_ends_equal_to_the_server() {
    let guard = private();
    let p = guard.as_ref().unwrap();
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let ns = "gone";
    p.kubectl(h, &["create", "namespace", ns]);
    let keep = |n: &str| n.to_string();
    kubectl_stdin(
        p,
        h,
        &["create", "-f", "-"],
        &configmaps(ns, "g", ["stays", "changes", "goes", "replaced"].into_iter().map(keep)),
    );

    let server = p.env["KCTL_TEST_SERVER"].trim_start_matches("https://").to_string();
    let proxy = Proxy::start(&server);
    let kubeconfig = h.join("proxy-kubeconfig");
    std::fs::write(
        &kubeconfig,
        proxy.kubeconfig(&std::fs::read_to_string(p.kubeconfig()).unwrap()),
    )
    .unwrap();
    let mut cmd = p.cmd(
        env!("CARGO_BIN_EXE_kctl"),
        h,
        &["-v", "1", "-n", ns, "watch", "configmaps", "-l", "t=g", "-o", "json"],
    );
    cmd.env("KUBECONFIG", &kubeconfig);
    let mut w = Running::spawn(cmd);
    w.wait_stderr("kctl: watching ", 1);
    let mut state: BTreeMap<String, (String, String)> = BTreeMap::new();
    for l in w.lines(4) {
        replay(&l, &mut state);
    }

    // kctl falls behind: its connection is held, changes happen, then the apiserver restarts
    // (its watch cache starts anew after them), so resuming from kctl's resourceVersion is 410.
    proxy.pause();
    p.kubectl(h, &["-n", ns, "label", "configmap", "changes", "x=1"]);
    p.kubectl(h, &["-n", ns, "delete", "configmap", "goes", "replaced"]);
    kubectl_stdin(
        p,
        h,
        &["create", "-f", "-"],
        &configmaps(ns, "g", ["replaced", "new"].into_iter().map(keep)),
    );
    proxy.cut();
    p.restart_apiserver();
    proxy.resume();
    w.wait_stderr("(410 Gone)", 1);

    let lines = w.lines(5);
    let mut kinds: Vec<(String, String)> = lines.iter().map(|l| event(l)).collect();
    for l in &lines {
        replay(l, &mut state);
    }
    kinds.sort();
    assert_eq!(
        kinds,
        pairs(&[
            ("ADDED", "new"),
            ("ADDED", "replaced"),
            ("DELETED", "goes"),
            ("DELETED", "replaced"),
            ("MODIFIED", "changes"),
        ])
    );
    let server_state: BTreeMap<String, (String, String)> = {
        let v: Value =
            serde_json::from_str(&p.kubectl(h, &["-n", ns, "get", "configmaps", "-l", "t=g", "-o", "json"])).unwrap();
        v["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|o| {
                let m = &o["metadata"];
                (
                    m["name"].as_str().unwrap().to_string(),
                    (
                        m["uid"].as_str().unwrap().to_string(),
                        m["resourceVersion"].as_str().unwrap().to_string(),
                    ),
                )
            })
            .collect()
    };
    assert_eq!(state, server_state);
    p.kubectl(h, &["delete", "namespace", ns, "--wait=false"]);
}
