//! `completions/` must be what `kctl completions SHELL` generates.

use std::path::PathBuf;

const SHELLS: [(&str, &str); 5] = [
    ("bash", "kctl.bash"),
    ("zsh", "_kctl"),
    ("fish", "kctl.fish"),
    ("powershell", "_kctl.ps1"),
    ("elvish", "kctl.elv"),
];

#[test]
fn checked_in_completions_are_current() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("completions");
    for (shell, file) in SHELLS {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_kctl"))
            .args(["completions", shell])
            .output()
            .unwrap();
        assert!(out.status.success());
        let checked_in = std::fs::read(dir.join(file)).unwrap_or_else(|e| panic!("completions/{file}: {e}"));
        assert!(
            checked_in == out.stdout,
            "completions/{file} differs from `kctl completions {shell}`; regenerate with scripts/gen-completions"
        );
    }
}
