//! Kubeconfig handling: several files merged by kubectl's rules, overrides, exec plugins.

use std::path::Path;

use crate::cluster::{Env, cluster, run};

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
    assert_eq!(err, "error: context \"nope\" does not exist\n");
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
    use std::os::unix::fs::PermissionsExt;
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
