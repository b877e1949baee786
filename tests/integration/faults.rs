//! Transport faults against the real cluster (issue #8): stalls, cuts, refusals, 429/5xx
//! answers and a kube-apiserver restart, through the test proxies of `proxy.rs`:
//! - `Proxy` (bytes pass through, TLS untouched) stalls, cuts and refuses connections;
//! - `HttpProxy` (terminates TLS with the cluster's own certificate) answers 429/503 itself,
//!   cuts or stalls a chosen answer after N bytes, or loses the answer of a request that landed.
//!
//! The policy under test is `kctl::resource::http::send`'s: reads retried (8 attempts, 0.2 s
//! doubling to 5 s, `Retry-After` honoured), writes only when nothing was sent or on a 429.
//! A watch across a kube-apiserver restart is covered by
//! `watch::apiserver_restarts_lose_and_duplicate_nothing`.

use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use crate::cluster::{Env, Ns, cluster, kubectl_apply, kubectl_ok, private, run};
use crate::proxy::{Action, HttpProxy, Proxy};

/// Attempts of a read before kctl gives up (`MAX_ATTEMPTS` in src/resource/http.rs).
const ATTEMPTS: usize = 8;
/// Attempts when no server has answered yet in the run (`FIRST_CONTACT_ATTEMPTS`): a wrong
/// address fails fast.
const FIRST_CONTACT_ATTEMPTS: usize = 3;

/// A command that must end within `bound` (generous: these tests assert no timings, only that
/// nothing hangs); (stdout, stderr, exit code).
fn run_bounded(mut cmd: Command, bound: Duration) -> (String, String, i32) {
    let mut child = cmd
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    let mut out = child.stdout.take().unwrap();
    let mut err = child.stderr.take().unwrap();
    let o = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = out.read_to_string(&mut s);
        s
    });
    let e = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = err.read_to_string(&mut s);
        s
    });
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if start.elapsed() > bound {
            let _ = child.kill();
            let _ = child.wait();
            panic!(
                "still running after {bound:?}; stderr:\n{}",
                e.join().unwrap_or_default()
            );
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    (o.join().unwrap(), e.join().unwrap(), status.code().unwrap_or(-1))
}

/// A kubeconfig file in `env`'s HOME whose server is `url`.
fn kubeconfig_for(env: &Env, text: String) -> PathBuf {
    let path = env
        .home
        .path()
        .join(format!("proxied-{}.kubeconfig", std::process::id()));
    std::fs::write(&path, text).unwrap();
    path
}

/// `kctl --kubeconfig FILE ARGS`.
fn kctl_via(env: &Env, kubeconfig: &Path, args: &[&str]) -> Command {
    let mut cmd = env.kctl(&["--kubeconfig", kubeconfig.to_str().unwrap()]);
    cmd.args(args);
    cmd
}

fn http_proxy() -> HttpProxy {
    let c = cluster();
    HttpProxy::start(
        c.server().trim_start_matches("https://"),
        Path::new(&c.env["KCTL_TEST_CLUSTER_DIR"]),
    )
}

fn kubeconfig_text() -> String {
    std::fs::read_to_string(cluster().kubeconfig()).unwrap()
}

/// `count` ConfigMaps `cm-000`... in `ns`.
fn configmaps(env: &Env, ns: &str, count: usize) {
    let items: Vec<String> = (0..count)
        .map(|i| {
            format!(
                r#"{{"apiVersion":"v1","kind":"ConfigMap","metadata":{{"name":"cm-{i:03}"}},"data":{{"i":"{i}"}}}}"#
            )
        })
        .collect();
    kubectl_apply(
        env,
        ns,
        &format!(r#"{{"apiVersion":"v1","kind":"List","items":[{}]}}"#, items.join(",")),
    );
}

#[test]
fn stalled_server_ends_with_request_timeout() {
    let ns = Ns::new("fault-stall");
    let proxy = Proxy::start(cluster().server().trim_start_matches("https://"));
    let kc = kubeconfig_for(&ns.env, proxy.kubeconfig(&kubeconfig_text()));
    proxy.pause();
    let (out, err, code) = run_bounded(
        kctl_via(
            &ns.env,
            &kc,
            &["get", "pods", "-n", &ns.name, "--request-timeout", "2s"],
        ),
        Duration::from_secs(60),
    );
    proxy.resume();
    assert_eq!(code, 1, "stdout: {out}\nstderr: {err}");
    assert!(out.is_empty(), "{out}");
    assert_eq!(err.lines().count(), 1, "one line: {err}");
    assert!(err.contains("timed out after 2s"), "{err}");
    assert!(err.contains(&proxy.url()), "names the server: {err}");
    assert!(err.contains("GET https://"), "names the request: {err}");
    assert!(err.contains("--request-timeout"), "names the flag: {err}");
}

#[test]
fn stall_in_the_middle_of_an_answer_ends_with_request_timeout() {
    let ns = Ns::new("fault-stall-body");
    configmaps(&ns.env, &ns.name, 10);
    let proxy = http_proxy();
    // Headers and part of the list arrive, then nothing.
    proxy.rule("GET", "/configmaps", usize::MAX, Action::StallAnswerAfter(600));
    let kc = kubeconfig_for(&ns.env, proxy.kubeconfig(&kubeconfig_text()));
    let (out, err, code) = run_bounded(
        kctl_via(
            &ns.env,
            &kc,
            &[
                "get",
                "configmaps",
                "-n",
                &ns.name,
                "--request-timeout",
                "3s",
                "-o",
                "name",
            ],
        ),
        Duration::from_secs(60),
    );
    assert_eq!(code, 1, "stdout: {out}\nstderr: {err}");
    assert!(err.contains("timed out after 3s"), "{err}");
    assert!(err.contains("/configmaps"), "names the request: {err}");
    assert!(err.contains("--request-timeout"), "{err}");
    assert_eq!(proxy.count("GET", "/configmaps"), 1, "a timeout is not retried");
}

#[test]
fn connection_cut_mid_list_is_retried_and_the_list_is_complete() {
    let ns = Ns::new("fault-cut");
    configmaps(&ns.env, &ns.name, 24);
    let want = kubectl_ok(&ns.env, &["get", "configmaps", "-n", &ns.name, "-o", "name"]);
    let proxy = http_proxy();
    // The first page's request lands but its answer is lost; a later page's answer is cut
    // after 500 bytes (headers and part of the items).
    proxy.rule("GET", "continue=", 1, Action::CutAnswerAfter(500));
    proxy.rule("GET", "/configmaps?", 1, Action::DropAnswer);
    let kc = kubeconfig_for(&ns.env, proxy.kubeconfig(&kubeconfig_text()));
    let (out, err, code) = run_bounded(
        kctl_via(
            &ns.env,
            &kc,
            &[
                "get",
                "configmaps",
                "-n",
                &ns.name,
                "--chunk-size",
                "5",
                "-o",
                "name",
                "-v",
                "6",
            ],
        ),
        Duration::from_secs(120),
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(out, want, "complete, nothing twice");
    let retries: Vec<&str> = err.lines().filter(|l| l.contains("; retrying GET")).collect();
    assert_eq!(retries.len(), 2, "each fault retried once, logged at -v 6:\n{err}");
    assert!(retries.iter().all(|l| l.contains("(attempt 2 of 8)")), "{err}");
    assert!(retries.iter().any(|l| l.contains("connection was cut")), "{err}");
    // 25 objects in pages of 5: 5 pages (+1 empty-continue-free last), plus the 2 retries.
    let pages = want.lines().count().div_ceil(5);
    assert_eq!(proxy.count("GET", "/configmaps?"), pages + 2, "{:#?}", proxy.seen());
}

#[test]
fn refused_forever_is_reported_after_every_attempt() {
    let env = Env::new();
    // A port nobody listens on: the kernel refuses every connection.
    let port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let original = kubeconfig_text();
    let text = original.lines().map(|l| match l.split_once("server:") {
        Some((indent, _)) if indent.trim().is_empty() => format!("{indent}server: https://127.0.0.1:{port}"),
        _ => l.to_string(),
    });
    let kc = kubeconfig_for(&env, text.collect::<Vec<_>>().join("\n") + "\n");
    let (out, err, code) = run_bounded(
        kctl_via(&env, &kc, &["get", "pods", "-v", "6"]),
        Duration::from_secs(120),
    );
    assert_eq!(code, 1, "{out}{err}");
    let last = err.lines().last().unwrap_or_default();
    assert!(
        last.starts_with(&format!("The connection to the server 127.0.0.1:{port} was refused")),
        "{err}"
    );
    assert!(
        last.contains(&format!("gave up after {FIRST_CONTACT_ATTEMPTS} attempts")),
        "{err}"
    );
    // Discovery asks /api and /apis at once; each is tried FIRST_CONTACT_ATTEMPTS times.
    let api = format!("; retrying GET https://127.0.0.1:{port}/api in ");
    assert_eq!(
        err.lines().filter(|l| l.contains(&api)).count(),
        FIRST_CONTACT_ATTEMPTS - 1,
        "{err}"
    );
}

#[test]
fn certificate_failure_is_not_retried() {
    let env = Env::new();
    // A leaf certificate as the CA: the server's certificate does not chain to it.
    let wrong_ca = Path::new(&cluster().env["KCTL_TEST_CLUSTER_DIR"]).join("pki/admin.crt");
    let (out, err, code) = run_bounded(
        env.kctl(&[
            "get",
            "pods",
            "-v",
            "6",
            "--certificate-authority",
            wrong_ca.to_str().unwrap(),
        ]),
        Duration::from_secs(60),
    );
    assert_eq!(code, 1, "{out}{err}");
    assert!(err.contains("TLS verification failed"), "{err}");
    assert!(
        !err.contains("retrying"),
        "a certificate does not get better by asking again: {err}"
    );
}

#[test]
fn connection_closed_at_once_is_retried_then_reported() {
    let env = Env::new();
    let proxy = Proxy::start(cluster().server().trim_start_matches("https://"));
    proxy.refuse(true);
    let kc = kubeconfig_for(&env, proxy.kubeconfig(&kubeconfig_text()));
    let (out, err, code) = run_bounded(kctl_via(&env, &kc, &["get", "namespaces"]), Duration::from_secs(120));
    assert_eq!(code, 1, "{out}{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.contains(&format!("gave up after {FIRST_CONTACT_ATTEMPTS} attempts")),
        "{err}"
    );
    assert!(
        proxy.accepted() >= FIRST_CONTACT_ATTEMPTS,
        "{} connections",
        proxy.accepted()
    );
}

/// Once the server has answered, refused connections are a restart to ride out: all the
/// attempts are made (a watch then resumes when the server is back).
#[test]
fn refused_after_the_server_answered_is_retried_longer() {
    let ns = Ns::new("refused-later");
    let proxy = Proxy::start(cluster().server().trim_start_matches("https://"));
    let kc = kubeconfig_for(&ns.env, proxy.kubeconfig(&kubeconfig_text()));
    let mut child = kctl_via(
        &ns.env,
        &kc,
        &["-n", &ns.name, "watch", "configmaps", "-o", "name", "-v", "6"],
    )
    .stdout(Stdio::piped())
    .stderr(Stdio::piped())
    .spawn()
    .unwrap();
    let (tx, lines) = mpsc::channel();
    let out = child.stdout.take().unwrap();
    let tx_out = tx.clone();
    std::thread::spawn(move || {
        for l in BufReader::new(out).lines().map_while(Result::ok) {
            let _ = tx_out.send(format!("out: {l}"));
        }
    });
    let err = child.stderr.take().unwrap();
    std::thread::spawn(move || {
        for l in BufReader::new(err).lines().map_while(Result::ok) {
            let _ = tx.send(format!("err: {l}"));
        }
    });
    let mut seen = String::new();
    let mut wait_for = |what: &dyn Fn(&str) -> bool| {
        let deadline = Instant::now() + Duration::from_secs(90);
        while Instant::now() < deadline {
            if let Ok(l) = lines.recv_timeout(Duration::from_millis(200)) {
                seen.push_str(&l);
                seen.push('\n');
                if what(&l) {
                    return;
                }
            }
        }
        panic!("not seen in time; so far:\n{seen}");
    };
    // The initial list answered (kube-root-ca.crt is listed).
    wait_for(&|l| l == "out: ADDED configmap/kube-root-ca.crt");
    proxy.refuse(true);
    proxy.cut();
    let beyond = format!("(attempt {} of {ATTEMPTS})", FIRST_CONTACT_ATTEMPTS + 1);
    wait_for(&|l| l.starts_with("err: ") && l.contains("retrying") && l.contains(&beyond));
    proxy.refuse(false);
    kubectl_ok(&ns.env, &["-n", &ns.name, "create", "configmap", "after-refusals"]);
    wait_for(&|l| l == "out: ADDED configmap/after-refusals");
    let _ = child.kill();
    let _ = child.wait();
}

#[test]
fn too_many_requests_with_retry_after_then_success() {
    let ns = Ns::new("fault-429");
    configmaps(&ns.env, &ns.name, 3);
    let want = kubectl_ok(&ns.env, &["get", "configmaps", "-n", &ns.name, "-o", "name"]);
    let proxy = http_proxy();
    proxy.rule("GET", "/configmaps", 2, Action::Answer(429, Some(1)));
    let kc = kubeconfig_for(&ns.env, proxy.kubeconfig(&kubeconfig_text()));
    let (out, err, code) = run_bounded(
        kctl_via(
            &ns.env,
            &kc,
            &["get", "configmaps", "-n", &ns.name, "-o", "name", "-v", "6"],
        ),
        Duration::from_secs(60),
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(out, want);
    assert_eq!(
        err.lines()
            .filter(|l| l.contains("Got a Retry-After 1s response for attempt"))
            .count(),
        2,
        "{err}"
    );
    assert_eq!(proxy.count("GET", "/configmaps"), 3);
}

#[test]
fn service_unavailable_then_success() {
    let ns = Ns::new("fault-503");
    configmaps(&ns.env, &ns.name, 3);
    let want = kubectl_ok(&ns.env, &["get", "configmaps", "-n", &ns.name]);
    let proxy = http_proxy();
    proxy.rule("GET", "/configmaps", 2, Action::Answer(503, None));
    let kc = kubeconfig_for(&ns.env, proxy.kubeconfig(&kubeconfig_text()));
    let (out, err, code) = run_bounded(
        kctl_via(&ns.env, &kc, &["get", "configmaps", "-n", &ns.name]),
        Duration::from_secs(60),
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(crate::cluster::mask_age(&out), crate::cluster::mask_age(&want));
    assert!(err.is_empty(), "retries are silent without -v: {err}");
    assert_eq!(proxy.count("GET", "/configmaps"), 3);
}

#[test]
fn service_unavailable_forever_is_reported() {
    let ns = Ns::new("fault-503-forever");
    let proxy = http_proxy();
    proxy.rule("GET", "/configmaps", usize::MAX, Action::Answer(503, None));
    let kc = kubeconfig_for(&ns.env, proxy.kubeconfig(&kubeconfig_text()));
    let (out, err, code) = run_bounded(
        kctl_via(&ns.env, &kc, &["get", "configmaps", "-n", &ns.name]),
        Duration::from_secs(120),
    );
    assert_eq!(code, 1, "{out}{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.starts_with(&format!(
            "Error from server (ServiceUnavailable): injected by the test proxy (503) (gave up after {ATTEMPTS} attempts in "
        )),
        "{err}"
    );
    assert_eq!(proxy.count("GET", "/configmaps"), ATTEMPTS);
}

#[test]
fn service_unavailable_on_create_is_reported_not_retried() {
    let ns = Ns::new("fault-503-post");
    let proxy = http_proxy();
    proxy.rule("POST", "/configmaps", usize::MAX, Action::Answer(503, None));
    let kc = kubeconfig_for(&ns.env, proxy.kubeconfig(&kubeconfig_text()));
    let (out, err, code) = run_bounded(
        kctl_via(
            &ns.env,
            &kc,
            &["create", "configmap", "once", "-n", &ns.name, "--from-literal=a=b"],
        ),
        Duration::from_secs(60),
    );
    assert_eq!(code, 1, "{out}{err}");
    // `create configmap` words it as kubectl does: `error: failed to create configmap: ...`.
    assert!(err.contains("injected by the test proxy (503)"), "{err}");
    assert!(!err.contains("attempts"), "{err}");
    assert_eq!(proxy.count("POST", "/configmaps"), 1, "{:#?}", proxy.seen());
}

#[test]
fn too_many_requests_on_create_is_retried() {
    // The server answers 429 before doing anything with a request: a write may be repeated.
    let ns = Ns::new("fault-429-post");
    let proxy = http_proxy();
    proxy.rule("POST", "/configmaps", 1, Action::Answer(429, Some(1)));
    let kc = kubeconfig_for(&ns.env, proxy.kubeconfig(&kubeconfig_text()));
    let (out, err, code) = run_bounded(
        kctl_via(
            &ns.env,
            &kc,
            &["create", "configmap", "later", "-n", &ns.name, "--from-literal=a=b"],
        ),
        Duration::from_secs(60),
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(out, "configmap/later created\n");
    assert_eq!(proxy.count("POST", "/configmaps"), 2);
}

#[test]
fn create_whose_answer_is_lost_is_not_repeated() {
    let ns = Ns::new("fault-lost-post");
    let proxy = http_proxy();
    proxy.rule("POST", "/configmaps", 1, Action::DropAnswer);
    let kc = kubeconfig_for(&ns.env, proxy.kubeconfig(&kubeconfig_text()));
    let (out, err, code) = run_bounded(
        kctl_via(
            &ns.env,
            &kc,
            &[
                "create",
                "configmap",
                "landed",
                "-n",
                &ns.name,
                "--from-literal=a=b",
                "-v",
                "6",
            ],
        ),
        Duration::from_secs(60),
    );
    assert_eq!(proxy.count("POST", "/configmaps"), 1, "sent once: {:#?}", proxy.seen());
    // It landed: the server has it, once.
    kubectl_ok(&ns.env, &["get", "configmap", "landed", "-n", &ns.name]);
    assert!(!err.contains("retrying POST"), "{err}");
    // What kctl then reports is `create`'s business (it looks the object up: see create's
    // tests); here only that it names the object, whatever it found.
    assert!(
        (code == 0 && out.contains("configmap/landed")) || (code == 1 && err.contains("\"landed\"")),
        "exit {code}\nstdout: {out}\nstderr: {err}"
    );
}

#[test]
fn apiserver_restart_during_a_paged_get_loses_and_repeats_nothing() {
    let guard = private();
    let p = guard.as_ref().unwrap();
    let home = tempfile::tempdir().unwrap();
    let ns = "fault-restart";
    if run(p.cmd("/usr/bin/kubectl", home.path(), &["get", "namespace", ns])).2 != 0 {
        p.kubectl(home.path(), &["create", "namespace", ns]);
        let items: Vec<String> = (0..150)
            .map(|i| format!(r#"{{"apiVersion":"v1","kind":"ConfigMap","metadata":{{"name":"cm-{i:03}"}}}}"#))
            .collect();
        let list = format!(r#"{{"apiVersion":"v1","kind":"List","items":[{}]}}"#, items.join(","));
        let file = home.path().join("list.json");
        std::fs::write(&file, list).unwrap();
        p.kubectl(home.path(), &["create", "-n", ns, "-f", file.to_str().unwrap()]);
    }
    let want = p.kubectl(home.path(), &["get", "configmaps", "-n", ns, "-o", "name"]);
    let server = p.env["KCTL_TEST_SERVER"].trim_start_matches("https://").to_string();
    let proxy = Proxy::start(&server);
    let kc = home.path().join("proxied.kubeconfig");
    std::fs::write(&kc, proxy.kubeconfig(&std::fs::read_to_string(p.kubeconfig()).unwrap())).unwrap();
    let kctl = |args: &[&str]| {
        let mut cmd = p.cmd(
            env!("CARGO_BIN_EXE_kctl"),
            home.path(),
            &["--kubeconfig", kc.to_str().unwrap()],
        );
        cmd.args(args);
        cmd
    };
    // Discovery into the cache first, so the get below sends only its pages.
    assert_eq!(run(kctl(&["get", "namespaces", "-o", "name"])).2, 0);

    let mut child = kctl(&[
        "get",
        "configmaps",
        "-n",
        ns,
        "--chunk-size",
        "1",
        "-o",
        "name",
        "-v",
        "6",
    ])
    .stdout(Stdio::piped())
    .stderr(Stdio::piped())
    .spawn()
    .unwrap();
    let stdout = child.stdout.take().unwrap();
    let mut stderr = child.stderr.take().unwrap();
    let errs = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = stderr.read_to_string(&mut s);
        s
    });
    let (tx, rx) = mpsc::channel();
    let lines = std::thread::spawn(move || {
        let mut got = Vec::new();
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            got.push(line);
            if got.len() == 20 {
                let _ = tx.send(());
            }
        }
        got
    });
    // 20 pages in: hold kctl's traffic, stop kube-apiserver for 3 s (plus its start), and
    // once it is down cut kctl's connection and let new ones through (they fail until it is back).
    rx.recv_timeout(Duration::from_secs(60)).expect("the first 20 pages");
    proxy.pause();
    p.restart_apiserver_with(3, || {
        proxy.cut();
        proxy.resume();
    });
    let start = Instant::now();
    let status = loop {
        if let Some(s) = child.try_wait().unwrap() {
            break s;
        }
        assert!(start.elapsed() < Duration::from_secs(120), "kctl did not finish");
        std::thread::sleep(Duration::from_millis(100));
    };
    let got = lines.join().unwrap();
    let err = errs.join().unwrap();
    assert!(status.success(), "{err}");
    let want: Vec<&str> = want.lines().collect();
    assert_eq!(got, want, "every object once, in order");
    assert!(err.contains("; retrying GET"), "it did retry: {err}");
}
