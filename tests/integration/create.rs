//! `kctl create` beside `/usr/bin/kubectl` on the real cluster: same output lines, exit codes
//! and server state; every bad-input case creates nothing; a 1,000-object manifest.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::sync::atomic::{AtomicUsize, Ordering};

use crate::cluster::{Env, Ns, cluster, fixture, kubectl_ok, run, same_as_kubectl};

static SEQ: AtomicUsize = AtomicUsize::new(0);

fn unique(prefix: &str) -> String {
    format!(
        "{prefix}-{}-{}",
        std::process::id() % 100_000,
        SEQ.fetch_add(1, Ordering::SeqCst)
    )
}

/// Copy `fixtures/create/all` into a temp dir with the placeholders filled in.
fn fill_fixture_dir(ns: &str, suffix: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for e in std::fs::read_dir(fixture("create/all")).unwrap() {
        let e = e.unwrap();
        let text = std::fs::read_to_string(e.path())
            .unwrap()
            .replace("__NS__", ns)
            .replace("__CRDSUFFIX__", suffix);
        std::fs::write(dir.path().join(e.file_name()), text).unwrap();
    }
    dir
}

/// Namespaces and CRDs a test made itself, removed when it ends.
struct Cleanup {
    env: Env,
    namespaces: Vec<String>,
    crds: Vec<String>,
}

impl Drop for Cleanup {
    fn drop(&mut self) {
        for ns in &self.namespaces {
            let _ = run(self.env.kubectl(&["delete", "namespace", ns, "--wait=false"]));
        }
        for crd in &self.crds {
            let _ = run(self.env.kubectl(&["delete", "crd", crd, "--wait=false"]));
        }
    }
}

fn kctl_stdin(env: &Env, args: &[&str], input: &[u8]) -> (String, String, i32) {
    let mut cmd = env.kctl(args);
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

fn names_in(env: &Env, ns: &str, types: &str) -> Vec<String> {
    let out = kubectl_ok(env, &["-n", ns, "get", types, "-o", "name"]);
    let mut v: Vec<String> = out
        .lines()
        .filter(|l| !l.contains("kube-root-ca.crt") && !l.contains("default-token") && !l.starts_with("pod/"))
        .filter(|l| !l.starts_with("replicaset") && !l.starts_with("controllerrevision"))
        .map(str::to_string)
        .collect();
    v.sort();
    v
}

/// Acceptance 1: one of each kind, the Namespace declared last, a CRD and an object of it.
#[test]
fn directory_of_every_kind_matches_kubectl() {
    let env = Env::new();
    let (ns_c, ns_k) = (unique("crall"), unique("crallk"));
    let (sfx_c, sfx_k) = (unique("c").replace('-', ""), unique("k").replace('-', ""));
    let _cleanup = Cleanup {
        env: Env::new(),
        namespaces: vec![ns_c.clone(), ns_k.clone()],
        crds: vec![
            format!("gizmos{sfx_c}.create.kctl.io"),
            format!("gizmos{sfx_k}.create.kctl.io"),
        ],
    };
    let dir_c = fill_fixture_dir(&ns_c, &sfx_c);
    let dir_k = fill_fixture_dir(&ns_k, &sfx_k);
    // kubectl needs the ordering fix: its namespace file goes first.
    std::fs::rename(
        dir_k.path().join("07-namespace.yaml"),
        dir_k.path().join("00-namespace.yaml"),
    )
    .unwrap();
    let (c_out, c_err, c_code) = run(env.kctl(&["create", "-f", dir_c.path().to_str().unwrap()]));
    assert_eq!(c_code, 0, "kctl failed: {c_err}");
    assert_eq!(c_err, "");
    // kubectl cannot map the kind of a CRD it has not seen yet: its object goes in a second run.
    let crd_file = dir_k.path().join("06-crd.yaml");
    let crd_text = std::fs::read_to_string(&crd_file).unwrap();
    let (crd_only, gizmo) = crd_text.split_once("---\n").unwrap();
    std::fs::write(&crd_file, crd_only).unwrap();
    let (mut k_out, k_err, k_code) = run(env.kubectl(&["create", "-f", dir_k.path().to_str().unwrap()]));
    assert_eq!(k_code, 0, "kubectl failed: {k_err}");
    kubectl_ok(
        &env,
        &[
            "wait",
            "--for=condition=Established",
            &format!("crd/gizmos{sfx_k}.create.kctl.io"),
            "--timeout=60s",
        ],
    );
    let gizmo_file = dir_k.path().join("gizmo.yaml");
    std::fs::write(&gizmo_file, gizmo).unwrap();
    k_out.push_str(&kubectl_ok(&env, &["create", "-f", gizmo_file.to_str().unwrap()]));
    let normalize = |s: &str, ns: &str, sfx: &str| -> Vec<String> {
        s.lines().map(|l| l.replace(ns, "NS").replace(sfx, "SFX")).collect()
    };
    let c_lines = normalize(&c_out, &ns_c, &sfx_c);
    let mut k_lines = normalize(&k_out, &ns_k, &sfx_k);
    // kctl prints in input order (namespace last); kubectl created the namespace first.
    let ns_line = k_lines.remove(0);
    k_lines.push(ns_line);
    assert_eq!(c_lines, k_lines);
    assert_eq!(c_lines.len(), 10, "{c_out}");
    // Same server state.
    let types =
        format!("deployments,services,configmaps,secrets,statefulsets,jobs,cronjobs,gizmos{sfx_c}.create.kctl.io");
    let types_k = types.replace(&sfx_c, &sfx_k);
    let state_c: Vec<String> = names_in(&env, &ns_c, &types)
        .into_iter()
        .map(|l| l.replace(&sfx_c, "SFX"))
        .collect();
    let state_k: Vec<String> = names_in(&env, &ns_k, &types_k)
        .into_iter()
        .map(|l| l.replace(&sfx_k, "SFX"))
        .collect();
    assert_eq!(state_c, state_k);
    assert!(state_c.len() >= 8, "{state_c:?}");
    let crd = kubectl_ok(
        &env,
        &[
            "get",
            &format!("gizmos{sfx_c}.create.kctl.io"),
            "-n",
            &ns_c,
            "first",
            "-o",
            "name",
        ],
    );
    assert_eq!(crd.trim(), format!("gizmo{sfx_c}.create.kctl.io/first"));
}

/// Acceptance 2: one broken document among valid ones: nothing created, its line named.
#[test]
fn broken_document_creates_nothing() {
    let ns = Ns::new("crbroken");
    let text = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: good1\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: broken\n  labels: {a: b\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: good2\n";
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("f.yaml");
    std::fs::write(&f, text).unwrap();
    let f = f.to_str().unwrap();
    let (out, err, code) = run(ns.env.kctl(&["-n", &ns.name, "create", "-f", f]));
    assert_eq!(code, 1);
    assert_eq!(out, "");
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.starts_with(&format!("error: error parsing {f}: document 2, line 10, column ")),
        "{err}"
    );
    assert_eq!(names_in(&ns.env, &ns.name, "configmaps"), Vec::<String>::new());
}

/// Every bad-input case: one clear line each, exit 1, no panic, nothing created.
#[test]
fn bad_input_is_refused_before_sending() {
    let ns = Ns::new("crbad");
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let good = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: must-not-exist\n---\n";
    let write = |name: &str, bytes: &[u8]| -> PathBuf {
        let p = d.join(name);
        let mut all = good.as_bytes().to_vec();
        all.extend_from_slice(bytes);
        std::fs::write(&p, all).unwrap();
        p
    };
    let mut bomb =
        String::from("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: bomb}\na0: &a0 [x,x,x,x,x,x,x,x,x,x]\n");
    for i in 1..12 {
        let p = i - 1;
        bomb.push_str(&format!(
            "a{i}: &a{i} [*a{p},*a{p},*a{p},*a{p},*a{p},*a{p},*a{p},*a{p},*a{p},*a{p}]\n"
        ));
    }
    let big = format!(
        "apiVersion: v1\nkind: ConfigMap\nmetadata: {{name: big}}\ndata:\n  big: {}\n",
        "x".repeat(3 * 1024 * 1024 + 1)
    );
    std::fs::create_dir(d.join("empty")).unwrap();
    std::fs::write(d.join("empty/notes.txt"), "not a manifest").unwrap();
    let cases: Vec<(PathBuf, &str)> = vec![
        (
            write("noapi.yaml", b"kind: ConfigMap\nmetadata: {name: x}\n"),
            "document 2 (line 6): apiVersion not set",
        ),
        (
            write("nokind.yaml", b"apiVersion: v1\nmetadata: {name: x}\n"),
            "document 2 (line 6): kind not set",
        ),
        (
            write(
                "noname.yaml",
                b"apiVersion: v1\nkind: ConfigMap\nmetadata: {labels: {a: b}}\n",
            ),
            "document 2 (line 6): metadata.name not set (and no metadata.generateName)",
        ),
        (write("binary.yaml", b"\x7fELF\x02\x01\x01\x00\x00\x00"), "binary data"),
        (
            write(
                "utf8.yaml",
                b"apiVersion: v1\nkind: ConfigMap\nmetadata: {name: caf\xe9}\n",
            ),
            "document 2, line 8, column 21: invalid UTF-8",
        ),
        (write("bomb.yaml", bomb.as_bytes()), "document 2, line "),
        (write("big.yaml", big.as_bytes()), "over the API server's request limit"),
        (d.join("empty"), "recognized file extensions are [.json .yaml .yml]"),
    ];
    for (path, want) in &cases {
        let p = path.to_str().unwrap();
        let (out, err, code) = run(ns.env.kctl(&["-n", &ns.name, "create", "-f", p]));
        assert_eq!(code, 1, "{p}: {err}");
        assert_eq!(out, "", "{p}");
        assert!(!err.contains("panicked"), "{p}: {err}");
        assert_eq!(err.lines().count(), 1, "{p}: {err}");
        assert!(
            err.starts_with("error: ") && err.contains(want),
            "{p}: want {want:?}, got {err}"
        );
    }
    // Empty input and a directory without manifests: kubectl's own words.
    let (_, err, code) = kctl_stdin(&ns.env, &["-n", &ns.name, "create", "-f", "-"], b"# nothing\n---\n");
    assert_eq!((err.as_str(), code), ("error: no objects passed to create\n", 1));
    same_as_kubectl(
        &ns.env,
        &["-n", &ns.name, "create", "-f", d.join("empty").to_str().unwrap()],
        false,
    );
    same_as_kubectl(
        &ns.env,
        &["-n", &ns.name, "create", "-f", d.join("none.yaml").to_str().unwrap()],
        false,
    );
    assert_eq!(names_in(&ns.env, &ns.name, "configmaps"), Vec::<String>::new());
}

/// A kind the server does not serve: kubectl's text, and nothing else is created.
#[test]
fn unknown_kind_names_api_version_and_kind() {
    let ns = Ns::new("crkind");
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("foo.yaml");
    std::fs::write(&f, "apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\n").unwrap();
    same_as_kubectl(&ns.env, &["-n", &ns.name, "create", "-f", f.to_str().unwrap()], false);
    let mixed = dir.path().join("mixed.yaml");
    std::fs::write(
        &mixed,
        "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: fine\n---\napiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\n",
    )
    .unwrap();
    let m = mixed.to_str().unwrap();
    let (out, err, code) = run(ns.env.kctl(&["-n", &ns.name, "create", "-f", m]));
    assert_eq!((out.as_str(), code), ("", 1));
    assert_eq!(
        err,
        format!(
            "error: resource mapping not found for name: \"x\" namespace: \"\" from \"{m}\": no matches for kind \"Foo\" in version \"example.com/v1\"\nensure CRDs are installed first\n"
        )
    );
    assert_eq!(names_in(&ns.env, &ns.name, "configmaps"), Vec::<String>::new());
}

/// Server errors keep kubectl's text; the other objects are still created; exit 1.
#[test]
fn server_errors_match_kubectl() {
    let ns = Ns::new("crerr");
    let n = ns.name.as_str();
    kubectl_ok(&ns.env, &["-n", n, "create", "configmap", "exists1"]);
    kubectl_ok(&ns.env, &["-n", n, "create", "configmap", "exists2"]);
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("f.yaml");
    std::fs::write(
        &f,
        "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: exists1\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: exists2\n  namespace: kube-system\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: exists2\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: Invalid_Name\n",
    )
    .unwrap();
    let f = f.to_str().unwrap();
    // Idempotent: every object fails the same way on every run.
    same_as_kubectl(&ns.env, &["-n", n, "create", "-f", f], false);
    let single = dir.path().join("one.yaml");
    std::fs::write(&single, "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: exists1\n").unwrap();
    same_as_kubectl(&ns.env, &["-n", n, "create", "-f", single.to_str().unwrap()], false);
    let invalid = dir.path().join("invalid.yaml");
    std::fs::write(
        &invalid,
        "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: Invalid_Name\n",
    )
    .unwrap();
    same_as_kubectl(&ns.env, &["-n", n, "create", "-f", invalid.to_str().unwrap()], false);
    // The others are created.
    let mixed = dir.path().join("mixed.yaml");
    std::fs::write(
        &mixed,
        "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: exists1\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: newone\n",
    )
    .unwrap();
    let (out, err, code) = run(ns.env.kctl(&["-n", n, "create", "-f", mixed.to_str().unwrap()]));
    assert_eq!(code, 1);
    assert_eq!(out, "configmap/newone created\n");
    assert_eq!(
        err,
        format!(
            "Error from server (AlreadyExists): error when creating \"{}\": configmaps \"exists1\" already exists\n",
            mixed.display()
        )
    );
}

/// Dry runs and output formats, which change nothing and so compare directly.
#[test]
fn dry_runs_and_formats_match_kubectl() {
    let ns = Ns::new("crdry");
    let n = ns.name.as_str();
    let dir = fill_fixture_dir(n, "dry");
    // No CRD here: kubectl cannot map a kind whose CRD is not installed.
    std::fs::remove_file(dir.path().join("06-crd.yaml")).unwrap();
    std::fs::remove_file(dir.path().join("07-namespace.yaml")).unwrap();
    let d = dir.path().to_str().unwrap();
    for extra in [
        &["--dry-run=client"][..],
        &["--dry-run=client", "-o", "yaml"],
        &["--dry-run=client", "-o", "name"],
        &["--dry-run=client", "-o", "yaml", "--save-config"],
        &["--dry-run=server"],
        &["--dry-run=server", "-o", "name"],
    ] {
        let mut args = vec!["-n", n, "create", "-f", d];
        args.extend_from_slice(extra);
        same_as_kubectl(&ns.env, &args, false);
    }
    let mut args = vec!["-n", n, "create", "-f", d, "--dry-run=client", "-o", "json"];
    // kubectl prints one JSON document per object; compare them as a stream.
    let (k, _, kc) = run(ns.env.kubectl(&args));
    let (c, _, cc) = run(ns.env.kctl(&args));
    assert_eq!(kc, cc);
    let stream = |s: &str| -> Vec<serde_json::Value> {
        serde_json::Deserializer::from_str(s)
            .into_iter()
            .collect::<Result<_, _>>()
            .unwrap()
    };
    assert_eq!(stream(&k), stream(&c));
    assert_eq!(k, c);
    args.truncate(5);
    assert_eq!(
        names_in(&ns.env, n, "configmaps,secrets,deployments"),
        Vec::<String>::new()
    );
}

/// `-o yaml` without a dry run: the objects as the server returned them; `-l` filters; stdin.
#[test]
fn real_create_prints_server_objects() {
    let ns = Ns::new("crout");
    let n = ns.name.as_str();
    let input = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n  labels: {pick: \"yes\"}\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: b\n";
    let (out, err, code) = kctl_stdin(
        &ns.env,
        &["-n", n, "create", "-f", "-", "-o", "yaml", "-l", "pick=yes"],
        input.as_bytes(),
    );
    assert_eq!(code, 0, "{err}");
    let got = kubectl_ok(&ns.env, &["-n", n, "get", "configmap", "a", "-o", "yaml"]);
    assert_eq!(out, got);
    assert_eq!(names_in(&ns.env, n, "configmaps"), ["configmap/a"]);
    let (out, err, code) = kctl_stdin(
        &ns.env,
        &["-n", n, "create", "-f", "-", "--save-config", "-o", "name"],
        input.replace("name: a", "name: c").as_bytes(),
    );
    assert_eq!(
        (out.as_str(), err.as_str(), code),
        ("configmap/c\nconfigmap/b\n", "", 0)
    );
    let ann = kubectl_ok(
        &ns.env,
        &[
            "-n",
            n,
            "get",
            "configmap",
            "b",
            "-o",
            "jsonpath={.metadata.annotations}",
        ],
    );
    assert!(ann.contains("last-applied-configuration"), "{ann}");
    let fm = kubectl_ok(
        &ns.env,
        &[
            "-n",
            n,
            "get",
            "configmap",
            "b",
            "-o",
            "jsonpath={.metadata.managedFields[0].manager}",
        ],
    );
    assert_eq!(fm, "kctl-create");
}

pub fn generator_cases(tls: (&str, &str), data: &Path) -> Vec<Vec<String>> {
    let s = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
    let d = data.to_str().unwrap();
    let env_file = data.join("../app.env");
    let env_file = env_file.to_str().unwrap();
    vec![
        s(&["namespace", "gen-ns"]),
        s(&[
            "configmap",
            "c",
            "--from-literal=a=b",
            "--from-literal=x=y=z",
            &format!("--from-file={d}"),
            &format!("--from-file=k2={d}/one"),
        ]),
        s(&["configmap", "c", &format!("--from-env-file={env_file}")]),
        s(&[
            "secret",
            "generic",
            "s",
            "--from-literal=a=b",
            &format!("--from-file={d}"),
            "--type=foo",
        ]),
        s(&[
            "secret",
            "tls",
            "t",
            &format!("--cert={}", tls.0),
            &format!("--key={}", tls.1),
        ]),
        s(&[
            "deployment",
            "web",
            "--image=nginx",
            "--image=busybox:1.36",
            "--replicas=3",
            "--port=80",
        ]),
        s(&["deployment", "web", "--image=nginx", "--", "sleep", "10"]),
        s(&["job", "j", "--image=busybox", "--", "echo", "hi"]),
        s(&[
            "cronjob",
            "cj",
            "--image=busybox",
            "--schedule=*/5 * * * *",
            "--",
            "date",
        ]),
        s(&[
            "cronjob",
            "cj",
            "--image=busybox",
            "--schedule=@daily",
            "--restart=Never",
        ]),
        s(&["service", "clusterip", "s", "--tcp=80:8080", "--tcp=443"]),
        s(&["service", "clusterip", "s", "--clusterip=None"]),
        s(&["service", "nodeport", "s", "--tcp=80:http", "--node-port=30080"]),
        s(&["service", "loadbalancer", "s", "--tcp=80"]),
        s(&["service", "externalname", "s", "--external-name=example.com"]),
        s(&["serviceaccount", "sa"]),
    ]
}

pub fn generator_data() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    std::fs::create_dir(&data).unwrap();
    std::fs::write(data.join("one"), "hi\n").unwrap();
    std::fs::write(data.join("bin"), b"\xff\xfe").unwrap();
    std::fs::write(dir.path().join("app.env"), "# comment\nA=1 \n  B=2\nD=x=y\n\n").unwrap();
    dir
}

/// Acceptance 3: each generator's `-o yaml --dry-run=client` equals kubectl's (and json, name,
/// `--save-config`, `-n`).
#[test]
fn generators_match_kubectl_dry_run() {
    let env = Env::new();
    let c = cluster();
    let tls = (
        c.env["KCTL_TEST_CLIENT_CERT"].as_str(),
        c.env["KCTL_TEST_CLIENT_KEY"].as_str(),
    );
    let dir = generator_data();
    for case in generator_cases(tls, &dir.path().join("data")) {
        for extra in [
            &["--dry-run=client", "-o", "yaml"][..],
            &["--dry-run=client", "-o", "json"],
            &["--dry-run=client", "-o", "name"],
            &["--dry-run=client"],
            &["--dry-run=client", "-o", "yaml", "--save-config", "-n", "other"],
            &["--dry-run=client", "-o", "json", "--save-config"],
        ] {
            let mut args: Vec<&str> = vec!["create"];
            let split = case.iter().position(|a| a == "--").unwrap_or(case.len());
            args.extend(case[..split].iter().map(String::as_str));
            args.extend_from_slice(extra);
            args.extend(case[split..].iter().map(String::as_str));
            same_as_kubectl(&env, &args, false);
        }
    }
}

/// Generators against the server: same output and errors as kubectl (cron jobs aside: a
/// v1.20 server has them only as batch/v1beta1, which kubectl v1.32 does not try).
#[test]
fn generators_create_like_kubectl() {
    let nk = Ns::new("crgenk");
    let nc = Ns::new("crgenc");
    let c = cluster();
    let tls = (
        c.env["KCTL_TEST_CLIENT_CERT"].as_str(),
        c.env["KCTL_TEST_CLIENT_KEY"].as_str(),
    );
    let dir = generator_data();
    for case in generator_cases(tls, &dir.path().join("data")) {
        if case[0] == "namespace" || case[0] == "cronjob" {
            continue;
        }
        // A node port is allocated cluster-wide: only one of the two could have it.
        let args: Vec<&str> = case
            .iter()
            .map(String::as_str)
            .filter(|a| !a.starts_with("--node-port"))
            .collect();
        for round in 0..2 {
            let mut k = vec!["-n", nk.name.as_str(), "create"];
            k.extend_from_slice(&args);
            let mut kc = vec!["-n", nc.name.as_str(), "create"];
            kc.extend_from_slice(&args);
            let (ko, ke, kcode) = run(nk.env.kubectl(&k));
            let (co, ce, ccode) = run(nc.env.kctl(&kc));
            assert_eq!(
                (co.as_str(), ce.as_str(), ccode),
                (ko.as_str(), ke.as_str(), kcode),
                "round {round}: {args:?}"
            );
        }
        // Delete what both made so the next case with the same name starts afresh.
        let kind = case[0].as_str();
        let name = if case[0] == "secret" || case[0] == "service" {
            &case[2]
        } else {
            &case[1]
        };
        for ns in [&nk.name, &nc.name] {
            kubectl_ok(&nk.env, &["-n", ns, "delete", kind, name, "--wait=false"]);
        }
    }
    // The cron job is created with the version the server serves.
    let (out, err, code) = run(nc.env.kctl(&[
        "-n",
        &nc.name,
        "create",
        "cronjob",
        "cj",
        "--image=busybox",
        "--schedule=@hourly",
    ]));
    assert_eq!(
        (out.as_str(), err.as_str(), code),
        ("cronjob.batch/cj created\n", "", 0)
    );
    let (out, err, code) = run(nc
        .env
        .kctl(&["-n", &nc.name, "create", "job", "manual", "--from=cronjob/cj"]));
    assert_eq!(
        (out.as_str(), err.as_str(), code),
        ("job.batch/manual created\n", "", 0)
    );
    let owner = kubectl_ok(
        &nc.env,
        &[
            "-n",
            &nc.name,
            "get",
            "job",
            "manual",
            "-o",
            "jsonpath={.metadata.ownerReferences[0].name}",
        ],
    );
    assert_eq!(owner, "cj");
}

/// A 1,000-object manifest: all created, printed in input order.
#[test]
fn thousand_objects() {
    let ns = Ns::new("crmany");
    let n = ns.name.as_str();
    let mut text = String::new();
    for i in 0..1000 {
        text.push_str(&format!(
            "---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm-{i:04}\n  labels: {{many: \"yes\"}}\ndata:\n  i: \"{i}\"\n"
        ));
    }
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("many.yaml");
    std::fs::write(&f, text).unwrap();
    let (out, err, code) = run(ns
        .env
        .kctl(&["-n", n, "create", "-f", f.to_str().unwrap(), "--concurrency=16"]));
    assert_eq!(code, 0, "{err}");
    let want: String = (0..1000).map(|i| format!("configmap/cm-{i:04} created\n")).collect();
    assert_eq!(out, want);
    let listed = kubectl_ok(&ns.env, &["-n", n, "get", "configmaps", "-l", "many=yes", "-o", "name"]);
    assert_eq!(listed.lines().count(), 1000);
}

#[test]
fn jsonpath_output_matches_kubectl() {
    let env = Env::new();
    for o in [
        "jsonpath={.metadata.name}",
        "jsonpath={.nope}",
        "jsonpath-as-json={.data}",
        "jsonpath={.x",
        "custom-columns=N:.metadata.name",
        "wide",
    ] {
        same_as_kubectl(
            &env,
            &[
                "create",
                "configmap",
                "x",
                "--from-literal=a=b",
                "--dry-run=client",
                "-o",
                o,
            ],
            false,
        );
    }
    same_as_kubectl(
        &env,
        &[
            "create",
            "configmap",
            "x",
            "--dry-run=client",
            "-o",
            "jsonpath={.nope}",
            "--allow-missing-template-keys=false",
        ],
        false,
    );
}
