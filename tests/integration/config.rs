//! Kubeconfig handling: several files merged by kubectl's rules, overrides, exec plugins.

use std::path::Path;

use crate::cluster::{Env, b64, cluster, run};
use std::os::unix::fs::PermissionsExt;

/// Split the test cluster's kubeconfig into pieces written to `dir`.
fn write(dir: &Path, name: &str, text: &str) -> String {
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p.display().to_string()
}

fn cluster_entry(name: &str) -> String {
    let c = cluster();
    format!(
        "- name: {name}\n  cluster:\n    server: {}\n    certificate-authority: {}\n",
        c.server(),
        c.ca()
    )
}

#[test]
fn kubeconfig_files_are_merged_first_wins() {
    let env = Env::new();
    let c = cluster();
    let dir = env.home.path();
    // File 1: the context and a cluster; file 2: the user and a conflicting current-context.
    let one = write(
        dir,
        "one",
        &format!(
            "apiVersion: v1\nkind: Config\ncurrent-context: merged\nclusters:\n{}contexts:\n- name: merged\n  context: {{cluster: test, user: tester, namespace: kube-system}}\n",
            cluster_entry("test")
        ),
    );
    let two = write(
        dir,
        "two",
        &format!(
            "apiVersion: v1\nkind: Config\ncurrent-context: elsewhere\nusers:\n- name: tester\n  user:\n    token: {}\n",
            c.token()
        ),
    );
    let missing = dir.join("missing").display().to_string();
    let mut cmd = env.kctl(&["get", "serviceaccount", "default", "-o", "name"]);
    cmd.env("KUBECONFIG", format!("{one}:{missing}:{two}"));
    let (out, err, code) = run(cmd);
    assert_eq!((out.as_str(), code), ("serviceaccount/default\n", 0), "{err}");
    // The context's namespace applied: kube-system's default SA was read.
    let mut cmd2 = env.kctl(&["get", "serviceaccount", "default", "-o", "yaml"]);
    cmd2.env("KUBECONFIG", format!("{one}:{two}"));
    let (yaml, err, code) = run(cmd2);
    assert_eq!(code, 0, "{err}");
    assert!(yaml.contains("namespace: kube-system"), "{yaml}");
}

#[test]
fn unknown_context_is_a_clear_error() {
    let env = Env::new();
    let (out, err, code) = run(env.kctl(&["--context", "nope", "get", "pods"]));
    assert_eq!((out.as_str(), code), ("", 1));
    // kubectl's words (`context was not found for specified context: nope`), then the file
    // and the field.
    assert_eq!(
        err,
        format!(
            "error: context was not found for specified context: nope: {}: context \"nope\" does not exist (--context)\n",
            cluster().kubeconfig()
        )
    );
}

#[test]
fn unreadable_kubeconfig_names_the_file() {
    let env = Env::new();
    let bad = write(env.home.path(), "bad", "clusters: [this is: not: valid\n");
    let (_, err, code) = run(env.kctl(&["--kubeconfig", &bad, "get", "pods"]));
    assert_eq!(code, 1);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.starts_with("error: ") && err.contains(&bad), "{err}");
}

#[test]
fn exec_credential_plugins_supply_the_token() {
    let env = Env::new();
    let c = cluster();
    let dir = env.home.path();
    let plugin = dir.join("cred-plugin");
    std::fs::write(
        &plugin,
        format!(
            "#!/bin/sh\necho '{{\"apiVersion\":\"client.authentication.k8s.io/v1beta1\",\"kind\":\"ExecCredential\",\"status\":{{\"token\":\"{}\"}}}}'\n",
            c.token()
        ),
    )
    .unwrap();
    std::fs::set_permissions(&plugin, std::fs::Permissions::from_mode(0o755)).unwrap();
    let kc = write(
        dir,
        "exec",
        &format!(
            "apiVersion: v1\nkind: Config\ncurrent-context: x\nclusters:\n{}contexts:\n- name: x\n  context: {{cluster: test, user: plugin}}\nusers:\n- name: plugin\n  user:\n    exec:\n      apiVersion: client.authentication.k8s.io/v1beta1\n      command: {}\n      interactiveMode: Never\n",
            cluster_entry("test"),
            plugin.display()
        ),
    );
    let (out, err, code) = run(env.kctl(&["--kubeconfig", &kc, "get", "namespace", "default", "-o", "name"]));
    assert_eq!((out.as_str(), code), ("namespace/default\n", 0), "{err}");
}

/// A kubeconfig with one context `x` (cluster `c`, user `u`), the given cluster and user bodies.
fn kubeconfig(cluster_body: &str, user_body: &str) -> String {
    format!(
        "apiVersion: v1\nkind: Config\ncurrent-context: x\nclusters:\n- name: c\n  cluster:\n{cluster_body}contexts:\n- name: x\n  context: {{cluster: c, user: u}}\nusers:\n- name: u\n  user:\n{user_body}"
    )
}

fn good_cluster() -> String {
    let c = cluster();
    format!("    server: {}\n    certificate-authority: {}\n", c.server(), c.ca())
}

fn token_user() -> String {
    format!("    token: {}\n", cluster().token())
}

/// kctl with only this kubeconfig file: (stdout, stderr, exit code).
fn with_config(env: &Env, path: &str, args: &[&str]) -> (String, String, i32) {
    let mut cmd = env.kctl(args);
    cmd.env("KUBECONFIG", path);
    run(cmd)
}

fn plugin(dir: &Path, name: &str, script: &str) -> String {
    let p = dir.join(name);
    std::fs::write(&p, format!("#!/bin/sh\n{script}")).unwrap();
    std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o755)).unwrap();
    p.display().to_string()
}

fn exec_user(command: &str) -> String {
    format!(
        "    exec:\n      apiVersion: client.authentication.k8s.io/v1beta1\n      command: {command}\n      interactiveMode: Never\n"
    )
}

#[test]
fn malformed_kubeconfigs_are_one_line_naming_the_file_and_the_field() {
    let env = Env::new();
    let dir = env.home.path();
    let c = cluster();
    let cert = &c.env["KCTL_TEST_CLIENT_CERT"];
    let key = &c.env["KCTL_TEST_CLIENT_KEY"];
    let no_contexts = "apiVersion: v1\nkind: Config\nclusters: []\n".to_string();
    let cases: Vec<(&str, String, String)> = vec![
        // A cluster the context names is missing (kubectl goes on to localhost:8080).
        (
            "no-clusters",
            "apiVersion: v1\nkind: Config\ncurrent-context: x\ncontexts:\n- name: x\n  context: {cluster: c, user: u}\nusers:\n- name: u\n  user: {token: t}\n".into(),
            "context \"x\" names cluster \"c\", which is not in clusters".into(),
        ),
        ("no-server", kubeconfig(&format!("    certificate-authority: {}\n", c.ca()), &token_user()), "cluster \"c\" has no server".into()),
        (
            "bad-server",
            kubeconfig("    server: \"not a url\"\n", &token_user()),
            "cluster \"c\": server \"not a url\" is not a URL such as https://host:6443".into(),
        ),
        // kubectl prompts for a user name (`Please enter Username:`).
        (
            "no-user",
            kubeconfig(&good_cluster(), "    token: t\n").replace("user: u}", "user: bob}"),
            "context \"x\" names user \"bob\", which is not in users".into(),
        ),
        // kubectl: `Error in configuration: context was not found for specified context: foo`.
        (
            "no-context",
            kubeconfig(&good_cluster(), &token_user()).replace("current-context: x", "current-context: foo"),
            "current-context \"foo\" is not in contexts".into(),
        ),
        ("empty", no_contexts, "current-context is not set: pass --context, or --server (and --token)".into()),
        // kubectl: `error loading config file "...": yaml: line 2: did not find expected node content`.
        (
            "not-yaml",
            "hello: [\n\t{".into(),
            "not a valid kubeconfig: line 2 column 2: tabs disallowed within this context (block indentation)".into(),
        ),
        ("a-list", "[1, 2]\n".into(), "not a valid kubeconfig: line 1 column 1: expected mapping start".into()),
        // kubectl: `unable to load root certificates: unable to parse bytes as PEM block`, no file named.
        (
            "ca-data-garbage",
            kubeconfig(&format!("    server: {}\n    certificate-authority-data: {}\n", c.server(), b64(b"not a certificate")), &token_user()),
            "cluster \"c\": certificate-authority-data holds no PEM certificate".into(),
        ),
        (
            "ca-data-not-base64",
            kubeconfig(&format!("    server: {}\n    certificate-authority-data: \"!!\"\n", c.server()), &token_user()),
            "cluster \"c\": certificate-authority-data is not valid base64".into(),
        ),
        (
            "ca-file-missing",
            kubeconfig(&format!("    server: {}\n    certificate-authority: /nonexistent/ca.crt\n", c.server()), &token_user()),
            "cluster \"c\": certificate-authority /nonexistent/ca.crt: no such file or directory".into(),
        ),
        (
            "insecure-and-ca",
            kubeconfig(&format!("{}    insecure-skip-tls-verify: true\n", good_cluster()), &token_user()),
            "cluster \"c\" sets both insecure-skip-tls-verify and a certificate-authority: remove one".into(),
        ),
        (
            "client-cert-missing",
            kubeconfig(&good_cluster(), &format!("    client-certificate: /nonexistent/admin.crt\n    client-key: {key}\n")),
            "user \"u\": client-certificate /nonexistent/admin.crt: no such file or directory".into(),
        ),
        (
            "client-cert-not-pem",
            kubeconfig(&good_cluster(), &format!("    client-certificate: {key}\n    client-key: {key}\n")),
            format!("user \"u\": client-certificate {key} holds no PEM certificate"),
        ),
        (
            "client-key-not-pem",
            kubeconfig(&good_cluster(), &format!("    client-certificate: {cert}\n    client-key-data: {}\n", b64(b"garbage"))),
            "user \"u\": client-key-data holds no PEM private key (PKCS#8, PKCS#1 or SEC1)".into(),
        ),
        (
            "client-key-alone",
            kubeconfig(&good_cluster(), &format!("    client-key: {key}\n")),
            "user \"u\": client-key is set but client-certificate is not".into(),
        ),
        (
            "token-file-missing",
            kubeconfig(&good_cluster(), "    tokenFile: /nonexistent/token\n"),
            "user \"u\": tokenFile /nonexistent/token: no such file or directory".into(),
        ),
        // kubectl: `getting credentials: exec: fork/exec /nonexistent/plugin: no such file or directory`, five times.
        (
            "exec-missing",
            kubeconfig(&good_cluster(), &exec_user("/nonexistent/plugin")),
            "user \"u\": exec plugin \"/nonexistent/plugin\" (exec.command) is not installed: no such file".into(),
        ),
        (
            "exec-not-in-path",
            kubeconfig(&good_cluster(), &exec_user("kctl-no-such-plugin")),
            "user \"u\": exec plugin \"kctl-no-such-plugin\" (exec.command) is not installed: no such file in PATH".into(),
        ),
    ];
    for (name, text, want) in cases {
        let path = write(dir, name, &text);
        let (out, err, code) = with_config(&env, &path, &["get", "namespace", "default"]);
        assert_eq!((out.as_str(), code), ("", 1), "{name}: {err}");
        let words = kubectl_words(name, &path);
        let line = if words.is_empty() {
            format!("error: {path}: {want}\n")
        } else {
            format!("error: {words}: {path}: {want}\n")
        };
        assert_eq!(err, line, "{name}");
    }
}

/// The words kubectl has for each broken kubeconfig of the test above (kubectl 1.32, or
/// client-go's validation where kubectl goes on to `localhost:8080` or prompts): kctl's
/// line begins with them. Empty: kubectl has none.
fn kubectl_words(case: &str, path: &str) -> String {
    match case {
        "no-clusters" | "no-server" => "no server found for cluster \"c\"".into(),
        "no-user" => "auth info \"bob\" does not exist".into(),
        "no-context" => "context was not found for specified context: foo".into(),
        "not-yaml" | "a-list" => format!("error loading config file \"{path}\""),
        "ca-data-garbage" => "unable to load root certificates: unable to parse bytes as PEM block".into(),
        "ca-data-not-base64" => format!("error loading config file \"{path}\": illegal base64 data at input byte 0"),
        "ca-file-missing" => "unable to read certificate-authority /nonexistent/ca.crt for c due to open /nonexistent/ca.crt: no such file or directory".into(),
        "insecure-and-ca" => "specifying a root certificates file with the insecure flag is not allowed".into(),
        "client-cert-missing" => "unable to read client-cert /nonexistent/admin.crt for u due to open /nonexistent/admin.crt: no such file or directory".into(),
        "client-cert-not-pem" => "tls: failed to find certificate PEM data in certificate input, but did find a private key; PEM inputs may have been switched".into(),
        "client-key-not-pem" => "tls: failed to find any PEM data in key input".into(),
        "client-key-alone" => "client-cert-data or client-cert must be specified for u to use the clientCert authentication method".into(),
        "token-file-missing" => "open /nonexistent/token: no such file or directory".into(),
        "exec-missing" => "getting credentials: exec: fork/exec /nonexistent/plugin: no such file or directory".into(),
        "exec-not-in-path" => "getting credentials: exec: executable kctl-no-such-plugin not found".into(),
        _ => String::new(),
    }
}

#[test]
fn a_client_key_that_does_not_match_its_certificate() {
    let env = Env::new();
    let c = cluster();
    let cert = &c.env["KCTL_TEST_CLIENT_CERT"];
    // The CA's certificate with the admin's key: both valid PEM, not a pair.
    let path = write(
        env.home.path(),
        "mismatch",
        &kubeconfig(
            &good_cluster(),
            &format!(
                "    client-certificate: {}\n    client-key: {}\n",
                c.ca(),
                c.env["KCTL_TEST_CLIENT_KEY"]
            ),
        ),
    );
    let (_, err, code) = with_config(&env, &path, &["get", "namespace", "default"]);
    assert_eq!(code, 1);
    assert_eq!(
        err,
        format!(
            "error: tls: private key does not match public key: {path}: user \"u\": client-key {} does not match client-certificate {}\n",
            c.env["KCTL_TEST_CLIENT_KEY"],
            c.ca()
        )
    );
    // The right pair works.
    let good = write(
        env.home.path(),
        "pair",
        &kubeconfig(
            &good_cluster(),
            &format!(
                "    client-certificate: {cert}\n    client-key: {}\n",
                c.env["KCTL_TEST_CLIENT_KEY"]
            ),
        ),
    );
    let (out, err, code) = with_config(&env, &good, &["get", "namespace", "default", "-o", "name"]);
    assert_eq!((out.as_str(), code), ("namespace/default\n", 0), "{err}");
}

#[test]
fn merged_files_name_the_file_that_holds_the_entry() {
    let env = Env::new();
    let dir = env.home.path();
    // File one: the context; file two: the cluster, without a server.
    let one = write(
        dir,
        "one",
        "apiVersion: v1\nkind: Config\ncurrent-context: x\ncontexts:\n- name: x\n  context: {cluster: c, user: u}\nusers:\n- name: u\n  user: {token: t}\n",
    );
    let two = write(
        dir,
        "two",
        "apiVersion: v1\nkind: Config\nclusters:\n- name: c\n  cluster: {insecure-skip-tls-verify: true}\n",
    );
    let (_, err, code) = with_config(&env, &format!("{one}:{two}"), &["get", "pods"]);
    assert_eq!(
        (err.as_str(), code),
        (
            format!("error: no server found for cluster \"c\": {two}: cluster \"c\" has no server\n").as_str(),
            1
        )
    );
}

#[test]
fn an_unreadable_kubeconfig_names_the_file() {
    let env = Env::new();
    // A directory where the file should be: unreadable for root too.
    let folder = env.home.path().join("config.d");
    std::fs::create_dir(&folder).unwrap();
    let folder = folder.display().to_string();
    let (_, err, code) = with_config(&env, &folder, &["get", "pods"]);
    assert_eq!(code, 1);
    assert_eq!(
        err,
        format!(
            "error: error loading config file \"{folder}\": {folder}: cannot read the kubeconfig: is a directory\n"
        )
    );
    let (_, err, code) = run(env.kctl(&["--kubeconfig", &folder, "get", "pods"]));
    assert_eq!(
        (err, code),
        (
            format!(
                "error: error loading config file \"{folder}\": {folder}: cannot read the kubeconfig: is a directory\n"
            ),
            1
        )
    );

    // A file without read permission: only meaningful when the tests do not run as root
    // (root reads it anyway, and kctl then gets on with it, which is checked too).
    let locked = write(
        env.home.path(),
        "locked",
        &std::fs::read_to_string(cluster().kubeconfig()).unwrap(),
    );
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).unwrap();
    let (out, err, code) = with_config(&env, &locked, &["get", "namespace", "default", "-o", "name"]);
    if std::fs::read(&locked).is_err() {
        assert_eq!(
            (err, code),
            (
                format!(
                    "error: error loading config file \"{locked}\": {locked}: cannot read the kubeconfig: permission denied\n"
                ),
                1
            )
        );
    } else {
        assert_eq!((out.as_str(), code), ("namespace/default\n", 0), "{err}");
    }
}

#[test]
fn a_failing_exec_plugin_shows_its_stderr_never_its_stdout() {
    let env = Env::new();
    let dir = env.home.path();
    let failing = plugin(
        dir,
        "failing",
        "echo 'cannot reach the identity provider' >&2\necho '{\"status\":{\"token\":\"stdout-credential-4711\"}}'\nexit 3\n",
    );
    let path = write(dir, "failing.yaml", &kubeconfig(&good_cluster(), &exec_user(&failing)));
    for v in ["0", "9"] {
        let (out, err, code) = with_config(&env, &path, &["get", "namespace", "default", "-v", v]);
        assert_eq!((out.as_str(), code), ("", 1));
        assert!(!err.contains("stdout-credential-4711"), "{err}");
        let want = format!(
            "cannot reach the identity provider\nerror: getting credentials: exec: executable {failing} failed with exit code 3: {path}: user \"u\": exec plugin {failing} failed with exit code 3\n"
        );
        // -v 9 adds log lines before; without -v, these two lines are all.
        if v == "0" {
            assert_eq!(err, want);
        } else {
            assert!(err.ends_with(&want), "{err}");
        }
    }

    // Output that is no ExecCredential: said so, without the output.
    let garbage = plugin(dir, "garbage", "echo 'token=stdout-credential-4712 is not JSON'\n");
    let path = write(dir, "garbage.yaml", &kubeconfig(&good_cluster(), &exec_user(&garbage)));
    let (_, err, code) = with_config(&env, &path, &["get", "namespace", "default", "-v", "9"]);
    assert_eq!(code, 1);
    assert!(!err.contains("stdout-credential-4712"), "{err}");
    assert!(
        err.ends_with(&format!(
            "\nerror: getting credentials: decoding stdout: couldn't get version/kind; json parse error: {path}: user \"u\": the exec plugin did not print an ExecCredential (JSON with a status); its output is not shown, as it may hold a credential\n"
        )),
        "{err}"
    );
}

#[test]
fn a_working_exec_plugin_is_never_logged() {
    let env = Env::new();
    let dir = env.home.path();
    let c = cluster();
    let ok = plugin(
        dir,
        "ok",
        &format!(
            "echo 'plugin: fetched a token' >&2\necho '{{\"apiVersion\":\"client.authentication.k8s.io/v1beta1\",\"kind\":\"ExecCredential\",\"status\":{{\"token\":\"{}\"}}}}'\n",
            c.token()
        ),
    );
    let path = write(dir, "ok.yaml", &kubeconfig(&good_cluster(), &exec_user(&ok)));
    let (out, err, code) = with_config(&env, &path, &["get", "namespace", "default", "-o", "name", "-v", "9"]);
    assert_eq!((out.as_str(), code), ("namespace/default\n", 0), "{err}");
    assert!(err.contains("Response Body"), "-v 9 logged nothing: {err}");
    assert!(!err.contains(c.token()), "{err}");
}

#[test]
fn an_exec_plugin_that_fails_to_refresh_is_reported_not_retried() {
    let env = Env::new();
    let dir = env.home.path();
    let c = cluster();
    // The first run gives a token that expires within the minute, so kube runs the plugin
    // again before the first request; that second run fails.
    let count = dir.join("runs");
    let script = format!(
        "n=$(cat {count} 2>/dev/null || echo 0); n=$((n+1)); echo $n > {count}\n\
         if [ $n -gt 1 ]; then echo 'refresh: session expired' >&2; echo '{{\"status\":{{\"token\":\"stdout-credential-4713\"}}}}'; exit 1; fi\n\
         exp=$(date -u -d '+30 seconds' +%Y-%m-%dT%H:%M:%SZ)\n\
         echo \"{{\\\"apiVersion\\\":\\\"client.authentication.k8s.io/v1beta1\\\",\\\"kind\\\":\\\"ExecCredential\\\",\\\"status\\\":{{\\\"token\\\":\\\"{}\\\",\\\"expirationTimestamp\\\":\\\"$exp\\\"}}}}\"\n",
        c.token(),
        count = count.display()
    );
    let refresh = plugin(dir, "refresh", &script);
    let path = write(dir, "refresh.yaml", &kubeconfig(&good_cluster(), &exec_user(&refresh)));
    let (_, err, code) = with_config(&env, &path, &["get", "namespace", "default", "-v", "6"]);
    assert_eq!(code, 1, "{err}");
    assert!(
        !err.contains("stdout-credential-4713") && !err.contains(c.token()),
        "{err}"
    );
    assert!(
        err.ends_with(&format!(
            "refresh: session expired\nerror: getting credentials: exec: executable {refresh} failed with exit code 1: {path}: user \"u\": exec plugin {refresh} failed with exit code 1\n"
        )),
        "{err}"
    );
    // Not retried with backoff (each request that was in flight ran it once).
    assert!(!err.contains("retrying"), "{err}");
}

#[test]
fn tls_is_verified_unless_told_otherwise() {
    let env = Env::new();
    let dir = env.home.path();
    let c = cluster();
    // A wrong CA file (a valid certificate, but not the CA that signed the server's):
    // the error names the server and the file.
    let wrong_ca = c.env["KCTL_TEST_CLIENT_CERT"].as_str();
    let path = write(
        dir,
        "wrong-ca",
        &kubeconfig(
            &format!("    server: {}\n    certificate-authority: {wrong_ca}\n", c.server()),
            &token_user(),
        ),
    );
    let (out, err, code) = with_config(&env, &path, &["get", "namespace", "default"]);
    assert_eq!((out.as_str(), code), ("", 1));
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.starts_with(&format!(
            "Unable to connect to the server {}: TLS verification failed",
            c.server()
        )),
        "{err}"
    );
    assert!(err.contains(&format!("the CA used was {wrong_ca}")), "{err}");

    // The same certificate inline: the error names the kubeconfig file and the cluster.
    let inline = write(
        dir,
        "wrong-ca-data",
        &kubeconfig(
            &format!(
                "    server: {}\n    certificate-authority-data: {}\n",
                c.server(),
                b64(&std::fs::read(wrong_ca).unwrap())
            ),
            &token_user(),
        ),
    );
    let (_, err, code) = with_config(&env, &inline, &["get", "namespace", "default"]);
    assert_eq!(code, 1);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains(c.server()), "{err}");
    assert!(
        err.contains(&format!("the certificate-authority-data of cluster \"c\" in {inline}")),
        "{err}"
    );

    // --certificate-authority with the wrong file: named as the flag.
    let (_, err, code) = run(env.kctl(&["--certificate-authority", wrong_ca, "get", "namespace", "default"]));
    assert_eq!(code, 1);
    assert!(
        err.contains(&format!("the CA used was {wrong_ca} (--certificate-authority)")),
        "{err}"
    );

    // No CA at all: still verified (against the system's roots), so it fails.
    let none = write(
        dir,
        "no-ca",
        &kubeconfig(&format!("    server: {}\n", c.server()), &token_user()),
    );
    let (_, err, code) = with_config(&env, &none, &["get", "namespace", "default"]);
    assert_eq!(code, 1);
    assert!(err.contains("TLS verification failed"), "{err}");

    // The flag skips verification, whatever CA the kubeconfig names.
    for config in [&none, &path] {
        let (out, err, code) = with_config(
            &env,
            config,
            &[
                "--insecure-skip-tls-verify",
                "get",
                "namespace",
                "default",
                "-o",
                "name",
            ],
        );
        assert_eq!((out.as_str(), code), ("namespace/default\n", 0), "{err}");
    }
    // So does the kubeconfig's insecure-skip-tls-verify.
    let insecure = write(
        dir,
        "insecure",
        &kubeconfig(
            &format!("    server: {}\n    insecure-skip-tls-verify: true\n", c.server()),
            &token_user(),
        ),
    );
    let (out, err, code) = with_config(&env, &insecure, &["get", "namespace", "default", "-o", "name"]);
    assert_eq!((out.as_str(), code), ("namespace/default\n", 0), "{err}");
}
