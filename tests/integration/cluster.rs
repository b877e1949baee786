//! The real test cluster (etcd + kube-apiserver + kube-controller-manager on 127.0.0.1),
//! started once per test run by `scripts/test-cluster`, and hermetic commands against it.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, OnceLock};
use std::time::{Duration, Instant};

/// What `scripts/test-cluster env` prints, parsed.
pub struct TestCluster {
    pub env: HashMap<String, String>,
}

impl TestCluster {
    pub fn kubeconfig(&self) -> &str {
        &self.env["KUBECONFIG"]
    }
    pub fn server(&self) -> &str {
        &self.env["KCTL_TEST_SERVER"]
    }
    pub fn token(&self) -> &str {
        &self.env["KCTL_TEST_TOKEN"]
    }
    pub fn ca(&self) -> &str {
        &self.env["KCTL_TEST_CA"]
    }
}

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The cluster of this test run. A cluster that cannot start is a failure, never a skip.
pub fn cluster() -> &'static TestCluster {
    static CLUSTER: OnceLock<TestCluster> = OnceLock::new();
    CLUSTER.get_or_init(|| {
        let dir = std::env::var("KCTL_TEST_CLUSTER_DIR")
            .map(PathBuf::from)
            .unwrap_or_else(|_| std::env::temp_dir().join(format!("kctl-test-cluster-{}", std::process::id())));
        let out = Command::new("bash")
            .arg(repo().join("scripts/test-cluster"))
            .arg("up")
            .arg(&dir)
            .arg("--owner-pid")
            .arg(std::process::id().to_string())
            .output()
            .expect("run scripts/test-cluster");
        assert!(
            out.status.success(),
            "scripts/test-cluster up {} failed:\n{}",
            dir.display(),
            String::from_utf8_lossy(&out.stderr)
        );
        let env_text = std::fs::read_to_string(dir.join("env")).expect("cluster env file");
        TestCluster {
            env: parse_env(&env_text),
        }
    })
}

fn parse_env(text: &str) -> HashMap<String, String> {
    text.lines()
        .filter_map(|l| l.trim().strip_prefix("export ").or(Some(l.trim())))
        .filter_map(|l| l.split_once('='))
        .map(|(k, v)| (k.to_string(), v.trim_matches(|c| c == '\'' || c == '"').to_string()))
        .collect()
}

/// A hermetic environment: its own HOME (so its own caches), KUBECONFIG of the test cluster.
pub struct Env {
    pub home: tempfile::TempDir,
}

impl Env {
    pub fn new() -> Env {
        Env {
            home: tempfile::tempdir().expect("temp HOME"),
        }
    }

    fn apply(&self, cmd: &mut Command) {
        let c = cluster();
        cmd.env_clear()
            .env("PATH", std::env::var("PATH").unwrap_or_default())
            .env("HOME", self.home.path())
            .env("KUBECONFIG", c.kubeconfig())
            .env("LANG", "C");
    }

    /// `kctl ARGS` in this environment.
    pub fn kctl(&self, args: &[&str]) -> Command {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_kctl"));
        self.apply(&mut cmd);
        cmd.args(args);
        cmd
    }

    /// `/usr/bin/kubectl ARGS` in this environment.
    pub fn kubectl(&self, args: &[&str]) -> Command {
        let mut cmd = Command::new("/usr/bin/kubectl");
        self.apply(&mut cmd);
        cmd.args(args);
        cmd
    }

    pub fn cache_dir(&self) -> PathBuf {
        self.home.path().join(".cache/kctl/discovery")
    }
}

/// Run a command, returning (stdout, stderr, exit code).
pub fn run(mut cmd: Command) -> (String, String, i32) {
    let out: Output = cmd.output().expect("spawn");
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        out.status.code().unwrap_or(-1),
    )
}

/// kubectl, which must succeed; its stdout.
pub fn kubectl_ok(env: &Env, args: &[&str]) -> String {
    let (out, err, code) = run(env.kubectl(args));
    assert_eq!(code, 0, "kubectl {args:?} failed: {err}");
    out
}

/// kubectl with a manifest on stdin.
pub fn kubectl_apply(env: &Env, ns: &str, manifest: &str) {
    use std::io::Write;
    let mut cmd = env.kubectl(&["-n", ns, "create", "-f", "-"]);
    cmd.stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped());
    let mut child = cmd.spawn().expect("kubectl");
    child.stdin.take().unwrap().write_all(manifest.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "kubectl create failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// A namespace of its own for one test, deleted when the test ends.
pub struct Ns {
    pub name: String,
    pub env: Env,
}

static SEQ: AtomicUsize = AtomicUsize::new(0);

impl Ns {
    pub fn new(prefix: &str) -> Ns {
        let env = Env::new();
        let name = format!(
            "{prefix}-{}-{}",
            std::process::id() % 100_000,
            SEQ.fetch_add(1, Ordering::SeqCst)
        );
        kubectl_ok(&env, &["create", "namespace", &name]);
        kubectl_ok(&env, &["label", "namespace", &name, &format!("kctl-test={name}")]);
        // Pods need the `default` ServiceAccount, which the controller manager creates.
        wait_for(Duration::from_secs(30), || {
            run(env.kubectl(&["-n", &name, "get", "serviceaccount", "default"])).2 == 0
        });
        Ns { name, env }
    }
}

impl Drop for Ns {
    fn drop(&mut self) {
        let _ = self
            .env
            .kubectl(&["delete", "namespace", &self.name, "--wait=false"])
            .output();
    }
}

/// Poll until `f` holds, panicking after `timeout`.
pub fn wait_for(timeout: Duration, mut f: impl FnMut() -> bool) {
    let start = Instant::now();
    while !f() {
        assert!(start.elapsed() < timeout, "condition not met within {timeout:?}");
        std::thread::sleep(Duration::from_millis(200));
    }
}

/// Mask the AGE column of every table in `text` (tables are separated by blank lines; each
/// starts with its header). Columns keep their layout, so the rest still compares byte for byte.
pub fn mask_age(text: &str) -> String {
    let mut out = String::new();
    let mut span: Option<(usize, Option<usize>)> = None;
    let mut at_header = true;
    for line in text.lines() {
        if line.is_empty() {
            at_header = true;
        } else if at_header {
            at_header = false;
            span = column_span(line, "AGE");
            out.push_str(line);
        } else if let Some((start, next)) = span {
            let chars: Vec<char> = line.chars().collect();
            let end = next.unwrap_or(chars.len()).min(chars.len());
            let start = start.min(end);
            out.extend(&chars[..start]);
            out.push_str("<age>");
            if next.is_some() {
                out.extend(std::iter::repeat_n(' ', (end - start).saturating_sub(5)));
            }
            out.extend(&chars[end..]);
        } else {
            out.push_str(line);
        }
        out.push('\n');
    }
    out
}

/// Where the header cell `name` starts and where the next cell starts (cells are padded
/// with at least three spaces), in characters.
fn column_span(header: &str, name: &str) -> Option<(usize, Option<usize>)> {
    let chars: Vec<char> = header.chars().collect();
    let mut starts = vec![0];
    let mut spaces = 0;
    for (i, c) in chars.iter().enumerate() {
        if *c == ' ' {
            spaces += 1;
        } else {
            if spaces >= 3 {
                starts.push(i);
            }
            spaces = 0;
        }
    }
    let pos = starts
        .iter()
        .position(|&s| chars[s..].iter().collect::<String>().split("   ").next() == Some(name))?;
    Some((starts[pos], starts.get(pos + 1).copied()))
}

/// The Widget CRD, created once per cluster and Established.
pub fn crd_ready(env: &Env) {
    let (_, err, code) = run(env.kubectl(&["apply", "-f", fixture("crd.yaml").to_str().unwrap()]));
    assert_eq!(code, 0, "{err}");
    kubectl_ok(
        env,
        &[
            "wait",
            "--for=condition=Established",
            "crd/widgets.test.kctl.io",
            "--timeout=60s",
        ],
    );
}

/// Run the same arguments through kubectl and kctl; equal output, or retry while the
/// cluster is still changing (kubectl disagreeing with itself), then fail with a diff.
pub fn same_as_kubectl(env: &Env, args: &[&str], json: bool) {
    let normalize = |s: &str| -> String {
        if json && !s.is_empty() {
            let v: serde_json::Value =
                serde_json::from_str(s).unwrap_or_else(|e| panic!("{args:?}: not JSON ({e}):\n{s}"));
            serde_json::to_string_pretty(&v).unwrap()
        } else {
            mask_age(s)
        }
    };
    let mut last = None;
    // Eight comparisons at most; rounds where kubectl itself gave two different answers (the
    // controllers were still changing the objects, slower on a loaded machine) do not count,
    // for up to two minutes.
    let settle = std::time::Instant::now() + Duration::from_secs(120);
    let mut compared = 0;
    while compared < 8 {
        let (k1, kerr, kcode) = run(env.kubectl(args));
        let (c, cerr, ccode) = run(env.kctl(args));
        let (k2, _, _) = run(env.kubectl(args));
        let (k1n, k2n) = (normalize(&k1), normalize(&k2));
        if k1n != k2n {
            if std::time::Instant::now() > settle {
                break;
            }
            std::thread::sleep(Duration::from_millis(500));
            continue;
        }
        compared += 1;
        let cn = if ccode == 0 || !c.is_empty() {
            normalize(&c)
        } else {
            c.clone()
        };
        let kn = if kcode == 0 || !k1.is_empty() { k1n } else { k1.clone() };
        if cn == kn && ccode == kcode && cerr == kerr {
            return;
        }
        last = Some((kn, kerr, kcode, cn, cerr, ccode));
        std::thread::sleep(Duration::from_millis(500));
    }
    match last {
        Some((kn, kerr, kcode, cn, cerr, ccode)) => panic!(
            "kctl {args:?} differs from kubectl\n--- kubectl (exit {kcode}) stdout:\n{kn}\n--- kctl (exit {ccode}) stdout:\n{cn}\n--- kubectl stderr:\n{kerr}\n--- kctl stderr:\n{cerr}"
        ),
        None => panic!("kubectl {args:?} never gave the same output twice"),
    }
}

/// A path under the integration tests' fixtures.
pub fn fixture(name: &str) -> PathBuf {
    repo().join("tests/integration/fixtures").join(name)
}

#[test]
fn mask_age_keeps_layout() {
    let t = "NAME   READY   AGE   IP\na      1/1     5m    10.0.0.1\n\nNAME   AGE\nb      30s\n";
    assert_eq!(
        mask_age(t),
        "NAME   READY   AGE   IP\na      1/1     <age> 10.0.0.1\n\nNAME   AGE\nb      <age>\n"
    );
}

// ---------------------------------------------------------------------------------------
// A cluster of one's own, for tests that restart or stop kube-apiserver, one test at a time.

pub struct Private {
    pub dir: tempfile::TempDir,
    pub env: HashMap<String, String>,
}

impl Private {
    pub fn kubeconfig(&self) -> &str {
        &self.env["KUBECONFIG"]
    }
    pub fn script() -> PathBuf {
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("scripts/test-cluster")
    }
    pub fn restart_apiserver(&self) {
        let out = Command::new("bash")
            .arg(Self::script())
            .args(["restart-apiserver"])
            .arg(self.dir.path())
            .arg("--kill")
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    }
    /// Kill kube-apiserver and start it again after `down` seconds; `when_down` runs once its
    /// port refuses connections, while it is away. Returns when it is serving again.
    pub fn restart_apiserver_with(&self, down: u32, when_down: impl FnOnce()) {
        let (script, dir) = (Self::script(), self.dir.path().to_path_buf());
        let restart = std::thread::spawn(move || {
            Command::new("bash")
                .arg(script)
                .arg("restart-apiserver")
                .arg(dir)
                .args(["--kill", "--down-for", &down.to_string()])
                .output()
                .unwrap()
        });
        let addr = self.env["KCTL_TEST_SERVER"].trim_start_matches("https://").to_string();
        let deadline = Instant::now() + Duration::from_secs(60);
        while std::net::TcpStream::connect(&addr).is_ok() {
            assert!(Instant::now() < deadline, "kube-apiserver never went down");
            std::thread::sleep(Duration::from_millis(20));
        }
        when_down();
        let out = restart.join().unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    }
    pub fn cmd(&self, program: &str, home: &Path, args: &[&str]) -> Command {
        let mut cmd = Command::new(program);
        cmd.env_clear()
            .env("PATH", std::env::var("PATH").unwrap_or_default())
            .env("HOME", home)
            .env("KUBECONFIG", self.kubeconfig())
            .env("LANG", "C")
            .args(args);
        cmd
    }
    pub fn kubectl(&self, home: &Path, args: &[&str]) -> String {
        let (out, err, code) = run(self.cmd("/usr/bin/kubectl", home, args));
        assert_eq!(code, 0, "kubectl {args:?}: {err}");
        out
    }
}

impl Drop for Private {
    fn drop(&mut self) {
        let _ = Command::new("bash")
            .arg(Self::script())
            .arg("down")
            .arg(self.dir.path())
            .output();
    }
}

/// The private cluster (started on first use, stopped when the test binary ends via the
/// script's owner-pid watchdog), and a lock so only one test uses it at a time.
pub fn private() -> std::sync::MutexGuard<'static, Option<Private>> {
    static P: Mutex<Option<Private>> = Mutex::new(None);
    let mut guard = P.lock().unwrap_or_else(|e| e.into_inner());
    if guard.is_none() {
        let dir = tempfile::Builder::new()
            .prefix("kctl-private-cluster-")
            .tempdir()
            .unwrap();
        let out = Command::new("bash")
            .arg(Private::script())
            .arg("up")
            .arg(dir.path())
            .arg("--owner-pid")
            .arg(std::process::id().to_string())
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "private cluster: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let text = std::fs::read_to_string(dir.path().join("env")).unwrap();
        let env = text
            .lines()
            .filter_map(|l| l.trim().strip_prefix("export "))
            .filter_map(|l| l.split_once('='))
            .map(|(k, v)| (k.to_string(), v.trim_matches(|c| c == '\'' || c == '"').to_string()))
            .collect();
        *guard = Some(Private { dir, env });
    }
    guard
}

/// Standard base64 with padding (for kubeconfig `*-data` fields and Secret values).
pub fn b64(bytes: &[u8]) -> String {
    const A: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, b)| n | (*b as u32) << (16 - 8 * i));
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(A[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}
