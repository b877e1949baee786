//! The command line itself: help, usage errors, exit codes.

use crate::cluster::run;

fn kctl(args: &[&str]) -> std::process::Command {
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_kctl"));
    let home = std::env::temp_dir();
    cmd.env_clear()
        .env("HOME", home)
        .env("KUBECONFIG", "/nonexistent/kubeconfig")
        .args(args);
    cmd
}

#[test]
fn clap_definition_is_valid() {
    kctl::cli::command().debug_assert();
}

#[test]
fn help_and_version_exit_zero() {
    let (out, _, code) = run(kctl(&["--help"]));
    assert_eq!(code, 0);
    assert!(out.contains("get") && out.contains("completions"), "{out}");
    let (out, _, code) = run(kctl(&["--version"]));
    assert_eq!(
        (out.trim(), code),
        (format!("kctl {}", env!("CARGO_PKG_VERSION")).as_str(), 0)
    );
}

#[test]
fn usage_errors_exit_one() {
    let (_, err, code) = run(kctl(&["get", "--no-such-flag"]));
    assert_eq!(code, 1);
    assert!(err.contains("--no-such-flag"), "{err}");
    let (_, err, code) = run(kctl(&["--request-timeout", "soon", "get", "pods"]));
    assert_eq!(code, 1);
    assert!(err.starts_with("error: invalid duration"), "{err}");
}

#[test]
fn no_configuration_is_a_clear_error() {
    let (out, err, code) = run(kctl(&["get", "pods"]));
    assert_eq!((out.as_str(), code), ("", 1));
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.starts_with("error: "), "{err}");
}

#[test]
fn missing_type_is_kubectls_error() {
    let (_, err, code) = run(kctl(&["--server", "https://127.0.0.1:1", "get"]));
    assert_eq!(code, 1);
    assert!(
        err.starts_with("You must specify the type of resource to get."),
        "{err}"
    );
}
