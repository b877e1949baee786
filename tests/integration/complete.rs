//! Live completion: types from the discovery cache, names from one metadata-only list,
//! through `kctl __complete` and through bash with the generated script.

use crate::cluster::{Ns, kubectl_ok, run};

fn candidates(ns: &Ns, words: &[&str]) -> (Vec<String>, i32) {
    let mut args = vec!["__complete", "--"];
    args.extend_from_slice(words);
    let (out, err, code) = run(ns.env.kctl(&args));
    assert!(err.is_empty(), "{err}");
    (out.lines().map(String::from).collect(), code)
}

fn with_configmaps() -> Ns {
    let ns = Ns::new("complete");
    for name in ["alpha", "beta"] {
        kubectl_ok(&ns.env, &["-n", &ns.name, "create", "configmap", name]);
    }
    // Warm the discovery cache.
    let (_, err, code) = run(ns.env.kctl(&["-n", &ns.name, "get", "configmaps"]));
    assert_eq!(code, 0, "{err}");
    ns
}

#[test]
fn types_and_names_complete() {
    let ns = with_configmaps();
    let n = ns.name.as_str();
    let (types, code) = candidates(&ns, &["kctl", "get", "po"]);
    assert_eq!(code, 0);
    assert!(types.contains(&"pods".to_string()), "{types:?}");
    assert!(types.iter().all(|t| t.starts_with("po")), "{types:?}");

    let (names, code) = candidates(&ns, &["kctl", "-n", n, "get", "configmaps", ""]);
    assert_eq!(code, 0);
    assert_eq!(names, ["alpha", "beta", "kube-root-ca.crt"]);
    let (names, _) = candidates(&ns, &["kctl", "get", "cm", "alpha", "--namespace", "=", n, "b"]);
    assert_eq!(names, ["beta"]);
    let (names, _) = candidates(&ns, &["kctl", "get", "-n", n, "configmap/a"]);
    assert_eq!(names, ["configmap/alpha"]);
    let (nss, _) = candidates(&ns, &["kctl", "get", "pods", "-n", n]);
    assert_eq!(nss, [n]);

    // Flags and verbs are left to the static script.
    assert_eq!(candidates(&ns, &["kctl", "get", "--no-h"]).1, 1);
    assert_eq!(candidates(&ns, &["kctl", "ge"]).1, 1);
}

#[test]
fn bash_completes_live_names() {
    let ns = with_configmaps();
    let bin = std::path::Path::new(env!("CARGO_BIN_EXE_kctl"))
        .parent()
        .unwrap()
        .to_owned();
    let script = format!(
        "source <(kctl completions bash)\n\
         COMP_WORDS=(kctl get po); COMP_CWORD=2; _kctl_live kctl po get; echo \"types: ${{COMPREPLY[*]}}\"\n\
         COMP_WORDS=(kctl -n {n} get configmaps ''); COMP_CWORD=5; _kctl_live kctl '' configmaps; echo \"names: ${{COMPREPLY[*]}}\"\n\
         COMP_WORDS=(kctl get --no-h); COMP_CWORD=2; _kctl_live kctl --no-h get; echo \"flags: ${{COMPREPLY[*]}}\"\n",
        n = ns.name
    );
    let cmd = ns.env.kctl(&[]);
    let path = format!("{}:{}", bin.display(), std::env::var("PATH").unwrap_or_default());
    let mut bash = std::process::Command::new("bash");
    bash.arg("-c").arg(&script);
    for (k, v) in cmd.get_envs() {
        if let Some(v) = v {
            bash.env(k, v);
        }
    }
    bash.env("PATH", path);
    let (out, err, code) = run(bash);
    assert_eq!(code, 0, "{err}");
    let lines: Vec<&str> = out.lines().collect();
    assert!(
        lines[0].starts_with("types: ") && lines[0].split(' ').any(|w| w == "pods"),
        "{out}"
    );
    assert_eq!(lines[1], "names: alpha beta kube-root-ca.crt");
    assert_eq!(lines[2], "flags: --no-headers");
}
