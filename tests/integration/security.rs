//! Credentials and secrets never reach `-v` logs; RBAC refusals read as kubectl's; text
//! from the server is escaped on a terminal and exact in a pipe.

use std::process::Command;

use crate::cluster::{Env, Ns, b64, cluster, kubectl_ok, run, same_as_kubectl};

/// Distinctive Secret values, in the clear and as the API returns them (base64).
const LITERAL: &str = "literal-s3cret-5e1a9c";
const STRING_DATA: &str = "stringdata-s3cret-77b0d2";
const DATA: &str = "data-s3cret-c4f8e1";

/// What must never appear on stderr: the token, the client key, each value in both forms.
fn forbidden() -> Vec<(String, String)> {
    let c = cluster();
    let mut out = vec![("the admin token".to_string(), c.token().to_string())];
    for v in [LITERAL, STRING_DATA, DATA] {
        out.push((format!("secret value {v}"), v.to_string()));
        out.push((format!("secret value {v} (base64)"), b64(v.as_bytes())));
    }
    let key = std::fs::read_to_string(&c.env["KCTL_TEST_CLIENT_KEY"]).unwrap();
    // Every line of the key's body (the first is enough to be unique; all are checked).
    for line in key.lines().filter(|l| !l.starts_with("-----") && l.len() > 20) {
        out.push(("a line of the client key".to_string(), line.to_string()));
    }
    out
}

fn assert_clean(what: &str, stderr: &str) {
    for (name, value) in forbidden() {
        assert!(
            !stderr.contains(&value),
            "{what}: {name} appears in the -v 9 log:\n{stderr}"
        );
    }
}

/// Run kctl with `-v 9`: it must succeed (when `ok`), log requests, and leak nothing.
fn logged(env: &Env, args: &[&str], ok: bool) -> String {
    let mut all = vec!["-v", "9"];
    all.extend_from_slice(args);
    let (out, err, code) = run(env.kctl(&all));
    if ok {
        assert_eq!(code, 0, "kctl {args:?}: {err}");
    }
    // Not vacuous: requests were logged, with their bodies where the verb reads one.
    assert!(
        ["GET", "POST", "DELETE"]
            .iter()
            .any(|m| err.contains(&format!(" request.go] {m} https://"))),
        "kctl {args:?} logged no request:\n{err}"
    );
    assert_clean(&format!("kctl {args:?}"), &err);
    let _ = out;
    err
}

#[test]
fn v9_logs_of_every_verb_hold_no_token_and_no_secret_value() {
    let ns = Ns::new("sec-v9");
    let n = ns.name.as_str();
    let env = &ns.env;
    let manifest = env.home.path().join("secret.yaml");
    std::fs::write(
        &manifest,
        format!(
            "apiVersion: v1\nkind: Secret\nmetadata:\n  name: from-file\nstringData:\n  sd: {STRING_DATA}\ndata:\n  d: {}\n",
            b64(DATA.as_bytes())
        ),
    )
    .unwrap();
    let manifest = manifest.display().to_string();

    // create -f (with --save-config: the last-applied annotation holds the values too).
    let err = logged(env, &["-n", n, "create", "-f", &manifest, "--save-config"], true);
    assert!(err.contains("POST https://"), "{err}");
    // The response body of the create was logged, redacted.
    assert!(err.contains("Response Body: ") && err.contains("\"REDACTED\""), "{err}");
    logged(
        env,
        &[
            "-n",
            n,
            "create",
            "secret",
            "generic",
            "from-literal",
            "--from-literal",
            &format!("pw={LITERAL}"),
            "--save-config",
        ],
        true,
    );
    logged(
        env,
        &["-n", n, "create", "-f", &manifest, "--dry-run=server", "-o", "yaml"],
        false,
    );

    // get: a table (rows carry the last-applied annotation), one Secret, lists, names.
    let err = logged(env, &["-n", n, "get", "secrets"], true);
    assert!(err.contains("Response Body: "), "{err}");
    let err = logged(env, &["-n", n, "get", "secret", "from-file", "-o", "yaml"], true);
    assert!(
        err.contains("\"sd\":\"REDACTED\"") && err.contains("\"d\":\"REDACTED\""),
        "{err}"
    );
    logged(env, &["-n", n, "get", "secrets", "-o", "json"], true);
    logged(env, &["-n", n, "get", "secrets", "-o", "wide", "--show-labels"], true);
    logged(
        env,
        &["-n", n, "get", "secret/from-literal", "secret/from-file", "-o", "name"],
        true,
    );
    logged(
        env,
        &["-n", n, "get", "secrets", "-o", "jsonpath={.items[*].data}"],
        true,
    );
    logged(env, &["get", "secrets", "-A", "-o", "json", "--chunk-size", "1"], true);

    // watch, both forms, ended by --timeout.
    logged(
        env,
        &["-n", n, "watch", "secrets", "--timeout", "2s", "-o", "json"],
        true,
    );
    logged(
        env,
        &["-n", n, "watch", "secret/from-file", "--for=delete", "--timeout", "1s"],
        false,
    );

    // Completion of secret names.
    // A `-v` on the completed line stays quiet (the shell shows stderr); kctl's own `-v 9`
    // turns on the client library's debug log.
    let (out, err, code) = run(env.kctl(&["__complete", "--", "kctl", "-n", n, "-v", "9", "get", "secrets", ""]));
    assert_eq!((code, err.as_str()), (0, ""));
    assert!(out.contains("from-file"), "{out}");
    let (out, err, code) = run(env.kctl(&["-v", "9", "__complete", "--", "kctl", "-n", n, "get", "secrets", ""]));
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("from-file"), "{out}");
    assert!(err.contains("http.url=https://"), "__complete logged nothing: {err}");
    assert_clean("__complete", &err);

    // delete, by name and by file.
    logged(env, &["-n", n, "delete", "secret", "from-literal"], true);
    logged(env, &["-n", n, "delete", "-f", &manifest], true);

    // The other credentials: a client certificate's key, and --token on the command line.
    let c = cluster();
    kubectl_ok(
        env,
        &[
            "-n",
            n,
            "create",
            "secret",
            "generic",
            "again",
            &format!("--from-literal=pw={LITERAL}"),
        ],
    );
    logged(
        env,
        &["--context", "admin-cert", "-n", n, "get", "secrets", "-o", "yaml"],
        true,
    );
    let mut cmd = env.kctl(&[
        "-v",
        "9",
        "--server",
        c.server(),
        "--certificate-authority",
        c.ca(),
        "--token",
        c.token(),
        "-n",
        n,
        "get",
        "secret",
        "again",
        "-o",
        "json",
    ]);
    cmd.env("KUBECONFIG", env.home.path().join("none"));
    let (out, err, code) = run(cmd);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains(&b64(LITERAL.as_bytes())), "stdout keeps the value: {out}");
    assert!(err.contains("Response Body: "), "{err}");
    assert_clean("--token", &err);
}

#[test]
fn the_discovery_cache_is_private() {
    let env = Env::new();
    // Secrets exist in the cluster and were listed: the cache still holds only discovery.
    let (_, err, code) = run(env.kctl(&["get", "secrets", "-A", "-o", "name"]));
    assert_eq!(code, 0, "{err}");
    let root = env.home.path().join(".cache/kctl");
    let mut seen = 0;
    let mut stack = vec![root.clone()];
    use std::os::unix::fs::PermissionsExt;
    while let Some(dir) = stack.pop() {
        assert_eq!(
            std::fs::metadata(&dir).unwrap().permissions().mode() & 0o777,
            0o700,
            "{}",
            dir.display()
        );
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            seen += 1;
            assert_eq!(
                std::fs::metadata(&path).unwrap().permissions().mode() & 0o777,
                0o600,
                "{}",
                path.display()
            );
            let text = std::fs::read_to_string(&path).unwrap();
            assert!(!text.contains(cluster().token()), "{}", path.display());
            assert!(!text.contains("BEGIN"), "{}: holds PEM data", path.display());
            // No temp file left behind.
            assert!(
                !path.file_name().unwrap().to_string_lossy().contains("tmp"),
                "{}",
                path.display()
            );
        }
    }
    assert!(seen > 0, "no cache file under {}", root.display());
}

#[test]
fn a_403_reads_as_kubectl_for_every_verb() {
    let ns = Ns::new("sec-rbac");
    let n = ns.name.as_str();
    let env = &ns.env;
    let manifest = env.home.path().join("cm.yaml");
    std::fs::write(
        &manifest,
        "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: rbac\ndata:\n  a: b\n",
    )
    .unwrap();
    let manifest = manifest.display().to_string();
    kubectl_ok(env, &["-n", n, "create", "configmap", "present"]);
    let limited = |args: &[&str]| -> Vec<String> {
        let mut all = vec![
            "--context".to_string(),
            "limited".to_string(),
            "-n".to_string(),
            n.to_string(),
        ];
        all.extend(args.iter().map(|s| s.to_string()));
        all
    };
    for args in [
        vec!["get", "pods"],
        vec!["get", "configmap", "present"],
        vec!["get", "pods,configmaps"],
        vec!["get", "configmaps", "-o", "yaml"],
        vec!["get", "namespaces"],
        vec!["create", "-f", manifest.as_str()],
        vec!["create", "configmap", "x", "--from-literal=a=b"],
        vec!["delete", "configmap", "present"],
        vec!["delete", "configmaps", "-l", "a=b"],
        vec!["delete", "-f", manifest.as_str()],
    ] {
        let all = limited(&args);
        let all: Vec<&str> = all.iter().map(String::as_str).collect();
        same_as_kubectl(env, &all, false);
    }
    // watch (kubectl has no such verb: its `get -w` gives the same line).
    let all = limited(&["get", "configmaps", "-w"]);
    let all: Vec<&str> = all.iter().map(String::as_str).collect();
    same_as_kubectl(env, &all, false);
    let (out, err, code) = run(env.kctl(&[
        "--context",
        "limited",
        "-n",
        n,
        "watch",
        "configmaps",
        "--timeout",
        "5s",
    ]));
    assert_eq!((out.as_str(), code), ("", 1));
    assert_eq!(
        err,
        format!(
            "Error from server (Forbidden): configmaps is forbidden: User \"limited\" cannot list resource \"configmaps\" in API group \"\" in the namespace \"{n}\"\n"
        )
    );
    let (_, err, code) = run(env.kctl(&["--context", "limited", "delete", "configmaps", "--all", "-A"]));
    assert_eq!(code, 1);
    assert_eq!(
        err,
        "Error from server (Forbidden): configmaps is forbidden: User \"limited\" cannot list resource \"configmaps\" in API group \"\" at the cluster scope\n"
    );
}

/// Run a shell command line under a pseudo-terminal (util-linux `script`): stdout is a TTY.
fn on_terminal(env: &Env, line: &str) -> String {
    let mut cmd = Command::new("script");
    cmd.args(["-qec", line, "/dev/null"]);
    cmd.env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("HOME", env.home.path())
        .env("KUBECONFIG", cluster().kubeconfig())
        .env("LANG", "C.UTF-8")
        .env("TERM", "dumb");
    let (out, err, code) = run(cmd);
    assert_eq!(code, 0, "{line}: {err}\n{out}");
    out.replace("\r\n", "\n")
}

#[test]
fn control_characters_and_bidi_marks_are_escaped_on_a_terminal_only() {
    let ns = Ns::new("sec-tty");
    let n = ns.name.as_str();
    let env = &ns.env;
    // A Role's name may hold any character but `/` and `%`; an annotation any text.
    let name = "evil\u{1b}[31mred\u{202e}gnp.exe";
    let note = "a\u{1b}]0;title\u{7}b\u{2066}c\td";
    let role = serde_json::json!({
        "apiVersion": "rbac.authorization.k8s.io/v1", "kind": "Role",
        "metadata": {"name": name, "namespace": n, "annotations": {"note": note}},
        "rules": []
    });
    let file = env.home.path().join("role.json");
    std::fs::write(&file, role.to_string()).unwrap();
    kubectl_ok(env, &["create", "-f", file.to_str().unwrap()]);
    let kctl = env!("CARGO_BIN_EXE_kctl");
    let escaped_name = "evil^[[31mred\\u{202e}gnp.exe";
    let escaped_note = "a^[]0;title\\x07b\\u{2066}c\\td";

    // A table, -o name, custom columns over the annotation, and watch: escaped.
    let table = on_terminal(env, &format!("{kctl} -n {n} get roles --no-headers"));
    assert!(table.starts_with(&format!("{escaped_name}   ")), "{table:?}");
    let names = on_terminal(env, &format!("{kctl} -n {n} get roles -o name"));
    assert_eq!(names, format!("role.rbac.authorization.k8s.io/{escaped_name}\n"));
    let cols = on_terminal(
        env,
        &format!("{kctl} -n {n} get roles -o custom-columns=NAME:.metadata.name,NOTE:.metadata.annotations.note"),
    );
    assert_eq!(
        cols,
        format!(
            "NAME{}NOTE\n{escaped_name}   {escaped_note}\n",
            " ".repeat(escaped_name.chars().count() + 3 - 4)
        )
    );
    let watched = on_terminal(env, &format!("{kctl} -n {n} watch roles -o name --timeout 1s"));
    assert_eq!(
        watched,
        format!("ADDED role.rbac.authorization.k8s.io/{escaped_name}\n")
    );
    let watched = on_terminal(env, &format!("{kctl} -n {n} watch roles --timeout 1s"));
    let row = watched.lines().nth(1).unwrap_or_default();
    assert!(
        row.starts_with("ADDED ") && row.contains(&format!(" {escaped_name}   ")),
        "{watched:?}"
    );
    // create and delete print the names they were given back by the server: escaped too.
    let other = serde_json::json!({
        "apiVersion": "rbac.authorization.k8s.io/v1", "kind": "Role",
        "metadata": {"name": "two\u{1b}[2J\u{202e}x", "namespace": n}, "rules": []
    });
    let other_file = env.home.path().join("role2.json");
    std::fs::write(&other_file, other.to_string()).unwrap();
    let created = on_terminal(env, &format!("{kctl} create -f {}", other_file.display()));
    assert_eq!(created, "role.rbac.authorization.k8s.io/two^[[2J\\u{202e}x created\n");
    let deleted = on_terminal(env, &format!("{kctl} delete -f {} --wait=false", other_file.display()));
    assert_eq!(
        deleted,
        "role.rbac.authorization.k8s.io \"two^[[2J\\u{202e}x\" deleted\n"
    );
    for out in [&table, &names, &cols, &watched, &created, &deleted] {
        assert!(
            !out.contains('\u{1b}') && !out.contains('\u{202e}') && !out.contains('\u{2066}'),
            "{out:?}"
        );
    }

    // Piped: the exact bytes, as kubectl prints them.
    let (out, _, code) = run(env.kctl(&["-n", n, "get", "roles", "-o", "name"]));
    assert_eq!((out, code), (format!("role.rbac.authorization.k8s.io/{name}\n"), 0));
    same_as_kubectl(env, &["-n", n, "get", "roles"], false);
    same_as_kubectl(
        env,
        &[
            "-n",
            n,
            "get",
            "roles",
            "-o",
            "custom-columns=NAME:.metadata.name,NOTE:.metadata.annotations.note",
        ],
        false,
    );
    // JSON escapes the controls itself (`\u001b`); kubectl's JSON is the same on a terminal.
    let json = on_terminal(env, &format!("{kctl} -n {n} get roles -o json"));
    assert!(json.contains("evil\\u001b[31mred"), "{json}");
}
