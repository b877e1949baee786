//! Live shell completion: `kctl __complete -- WORDS...` prints the candidates for the last
//! word, one per line, and exits 0; it exits 1 when the word is not one it completes (a
//! flag, a verb), and the shell falls back to clap_complete's static script.
//!
//! * resource types come from the discovery cache (no request when it is warm);
//! * object names of the type on the line come from ONE list request that asks only for
//!   metadata (`PartialObjectMetadataList`), honouring `-n`, `--context` and
//!   `--kubeconfig` on the line;
//! * `-n <TAB>` completes namespace names the same way.
//!
//! [`hook`] is the shell code appended to clap_complete's scripts that calls it.

use std::collections::BTreeSet;
use std::path::PathBuf;
use std::time::Duration;

use http::Method;
use serde::Deserialize;

use crate::cli::CompleteArgs;
use crate::resource::config::ConnectOptions;
use crate::resource::http::{ACCEPT_METADATA, send};
use crate::resource::{ApiResourceInfo, Cluster, discovery, resolve_types};
use crate::status::ExitStatus;

/// A completion never waits longer than this for the server.
const DEADLINE: Duration = Duration::from_secs(5);

/// The verbs whose positional words are TYPE and NAMEs.
const VERBS: [&str; 4] = ["get", "watch", "delete", "wait"];

/// Flags that take a value in the next word (all others are switches), read from the clap
/// command itself so completion never drifts from the flags kctl accepts.
fn value_flags() -> BTreeSet<String> {
    fn walk(cmd: &clap::Command, out: &mut BTreeSet<String>) {
        for arg in cmd.get_arguments() {
            if arg.is_positional() || !arg.get_action().takes_values() {
                continue;
            }
            if let Some(short) = arg.get_short() {
                out.insert(format!("-{short}"));
            }
            if let Some(long) = arg.get_long() {
                out.insert(format!("--{long}"));
            }
        }
        for sub in cmd.get_subcommands() {
            walk(sub, out);
        }
    }
    let mut out = BTreeSet::new();
    walk(&crate::cli::command(), &mut out);
    out
}

/// What the words ask for.
#[derive(Debug, PartialEq)]
enum Want {
    /// Resource types; candidates get `prefix` prepended (`pods,` for `pods,se<TAB>`).
    Types {
        prefix: String,
        partial: String,
    },
    /// `TYPE/NAME` forms for the type before the slash.
    SlashNames {
        type_name: String,
        partial: String,
    },
    /// Names of objects of `type_name`, minus those already on the line.
    Names {
        type_name: String,
        partial: String,
        taken: Vec<String>,
    },
    Namespaces {
        partial: String,
    },
}

/// The words parsed: global flags, and what to complete.
#[derive(Debug)]
struct Line {
    global: ConnectOptions,
    want: Option<Want>,
}

fn parse_line(words: &[String]) -> Line {
    // A TAB must never hang: a server that does not answer within 2 s completes nothing
    // (retries included).
    let mut global = ConnectOptions {
        request_timeout: Some(Duration::from_secs(2)),
        ..Default::default()
    };
    let value_flags = value_flags();
    let Some((cur, before)) = words.split_last() else {
        return Line { global, want: None };
    };
    let before = before.get(1..).unwrap_or_default();
    let mut verb: Option<&str> = None;
    let mut positionals: Vec<&str> = Vec::new();
    let mut pending: Option<&str> = None;
    let mut i = 0;
    while i < before.len() {
        let w = before[i].as_str();
        i += 1;
        if let Some(flag) = pending.take() {
            if w == "=" {
                pending = Some(flag);
                continue;
            }
            set_global(&mut global, flag, w);
            continue;
        }
        if w.starts_with('-') && w.len() > 1 {
            if let Some((flag, value)) = w.split_once('=') {
                set_global(&mut global, flag, value);
            } else if value_flags.contains(w) {
                pending = Some(w);
            }
            continue;
        }
        if verb.is_none() {
            verb = Some(w);
        } else {
            positionals.push(w);
        }
    }
    let cur = cur.as_str();
    if let Some(flag) = pending {
        let want = matches!(flag, "-n" | "--namespace").then(|| Want::Namespaces {
            partial: cur.trim_start_matches('=').to_string(),
        });
        return Line { global, want };
    }
    if cur.starts_with('-') || !verb.is_some_and(|v| VERBS.contains(&v)) {
        return Line { global, want: None };
    }
    let want = match positionals.first() {
        _ if cur.contains('/') => {
            let (t, p) = cur.split_once('/').unwrap_or_default();
            Some(Want::SlashNames {
                type_name: t.to_string(),
                partial: p.to_string(),
            })
        }
        None => {
            let (prefix, partial) = match cur.rfind(',') {
                Some(i) => (cur[..=i].to_string(), cur[i + 1..].to_string()),
                None => (String::new(), cur.to_string()),
            };
            Some(Want::Types { prefix, partial })
        }
        Some(first) if first.contains(['/', ',']) => None,
        Some(first) => Some(Want::Names {
            type_name: first.to_string(),
            partial: cur.to_string(),
            taken: positionals[1..].iter().map(|s| s.to_string()).collect(),
        }),
    };
    Line { global, want }
}

fn set_global(g: &mut ConnectOptions, flag: &str, value: &str) {
    match flag {
        "-n" | "--namespace" => g.namespace = Some(value.to_string()),
        "--context" => g.context = Some(value.to_string()),
        "--kubeconfig" => g.kubeconfig = Some(PathBuf::from(value)),
        "--cluster" => g.cluster = Some(value.to_string()),
        "--user" => g.user = Some(value.to_string()),
        "-s" | "--server" => g.server = Some(value.to_string()),
        "--token" => g.token = Some(value.to_string()),
        _ => {}
    }
}

#[derive(Deserialize)]
struct MetaList {
    #[serde(default, deserialize_with = "crate::wire::null_as_default")]
    items: Vec<MetaItem>,
}

#[derive(Deserialize)]
struct MetaItem {
    #[serde(default)]
    metadata: Meta,
}

#[derive(Deserialize, Default)]
struct Meta {
    #[serde(default)]
    name: String,
}

/// Names of the objects of `res` in the line's namespace: one metadata-only list request.
async fn names(cluster: &Cluster, res: &ApiResourceInfo) -> Vec<String> {
    let path = crate::resource::request::Request::collection(res, Some(&cluster.namespace)).uri();
    let Ok(bytes) = send(cluster, Method::GET, &path, ACCEPT_METADATA, None).await else {
        return Vec::new();
    };
    serde_json::from_slice::<MetaList>(&bytes)
        .map(|l| l.items.into_iter().map(|i| i.metadata.name).collect())
        .unwrap_or_default()
}

async fn resolve_one(cluster: &Cluster, type_name: &str) -> Option<ApiResourceInfo> {
    let mut found = resolve_types(cluster, &[type_name.to_string()]).await.ok()?;
    found.pop()?.into_iter().next()
}

async fn candidates(want: Want, cluster: &Cluster) -> Vec<String> {
    match want {
        Want::Types { prefix, partial } => {
            let Ok((disco, _)) = discovery::load(cluster, false).await else {
                return Vec::new();
            };
            let types: BTreeSet<&str> = disco
                .resources
                .iter()
                .filter(|r| r.verbs.is_empty() || r.verbs.iter().any(|v| v == "list"))
                .map(|r| r.plural.as_str())
                .filter(|p| !p.contains('/') && p.starts_with(partial.as_str()))
                .collect();
            types.into_iter().map(|t| format!("{prefix}{t}")).collect()
        }
        Want::SlashNames { type_name, partial } => {
            let Some(res) = resolve_one(cluster, &type_name).await else {
                return Vec::new();
            };
            names(cluster, &res)
                .await
                .into_iter()
                .filter(|n| n.starts_with(&partial))
                .map(|n| format!("{type_name}/{n}"))
                .collect()
        }
        Want::Names {
            type_name,
            partial,
            taken,
        } => {
            let Some(res) = resolve_one(cluster, &type_name).await else {
                return Vec::new();
            };
            names(cluster, &res)
                .await
                .into_iter()
                .filter(|n| n.starts_with(&partial) && !taken.contains(n))
                .collect()
        }
        Want::Namespaces { partial } => {
            let Some(res) = resolve_one(cluster, "namespaces").await else {
                return Vec::new();
            };
            names(cluster, &res)
                .await
                .into_iter()
                .filter(|n| n.starts_with(&partial))
                .collect()
        }
    }
}

/// `kctl __complete -- WORDS...`.
pub(crate) async fn run(args: &CompleteArgs, cx: &mut super::Context<'_>) -> ExitStatus {
    let out = &mut *cx.out;
    let line = parse_line(&args.words);
    let Some(want) = line.want else {
        return ExitStatus::Failure;
    };
    let Ok(cluster) = crate::resource::config::connect(&line.global).await else {
        return ExitStatus::Success;
    };
    let found = tokio::time::timeout(DEADLINE, candidates(want, &cluster))
        .await
        .unwrap_or_default();
    for c in found {
        if writeln!(out, "{c}").is_err() {
            break;
        }
    }
    let _ = out.flush();
    ExitStatus::Success
}

const BASH_HOOK: &str = r#"
# Live completion: resource types (from kctl's discovery cache) and the names of the objects
# of the type on the line (one metadata-only request); everything else as above.
_kctl_live() {
    local out
    if out=$("${COMP_WORDS[0]}" __complete -- "${COMP_WORDS[@]:0:COMP_CWORD+1}" 2>/dev/null); then
        local IFS=$'\n'
        COMPREPLY=($out)
        return 0
    fi
    _kctl "$@"
}
complete -F _kctl_live -o bashdefault -o default kctl
"#;

const ZSH_HOOK: &str = r#"
# Live completion: resource types (from kctl's discovery cache) and the names of the objects
# of the type on the line (one metadata-only request); everything else as above.
_kctl_live() {
    local out
    if out=$("${words[1]}" __complete -- "${(@)words[1,CURRENT]}" 2>/dev/null); then
        [[ -n "$out" ]] && compadd -Q -- "${(@f)out}"
        return 0
    fi
    _kctl "$@"
}
compdef _kctl_live kctl
"#;

const FISH_HOOK: &str = r#"
# Live completion: resource types (from kctl's discovery cache) and the names of the objects
# of the type on the line (one metadata-only request).
function __kctl_live
    command kctl __complete -- (commandline -opc) (commandline -ct) 2>/dev/null
end
complete -c kctl -n "__fish_seen_subcommand_from get watch delete" -f -a "(__kctl_live)"
"#;

/// Shell code appended to clap_complete's script for `shell` (none for the others).
pub(crate) fn hook(shell: clap_complete::Shell) -> &'static str {
    match shell {
        clap_complete::Shell::Bash => BASH_HOOK,
        clap_complete::Shell::Zsh => ZSH_HOOK,
        clap_complete::Shell::Fish => FISH_HOOK,
        _ => "",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(words: &[&str]) -> Line {
        parse_line(&words.iter().map(|s| s.to_string()).collect::<Vec<_>>())
    }

    #[test]
    fn types_then_names() {
        assert_eq!(
            line(&["kctl", "get", "po"]).want,
            Some(Want::Types {
                prefix: String::new(),
                partial: "po".into()
            })
        );
        assert_eq!(
            line(&["kctl", "get", "pods,se"]).want,
            Some(Want::Types {
                prefix: "pods,".into(),
                partial: "se".into()
            })
        );
        let l = line(&["kctl", "-n", "kube-system", "get", "pods", "a", ""]);
        assert_eq!(l.global.namespace.as_deref(), Some("kube-system"));
        assert_eq!(
            l.want,
            Some(Want::Names {
                type_name: "pods".into(),
                partial: String::new(),
                taken: vec!["a".into()]
            })
        );
        assert_eq!(
            line(&["kctl", "get", "deploy/we"]).want,
            Some(Want::SlashNames {
                type_name: "deploy".into(),
                partial: "we".into()
            })
        );
    }

    #[test]
    fn flags_on_the_line() {
        let l = line(&[
            "kctl",
            "get",
            "--context",
            "=",
            "prod",
            "--kubeconfig=/k",
            "-o",
            "wide",
            "pods",
            "",
        ]);
        assert_eq!(l.global.context.as_deref(), Some("prod"));
        assert_eq!(l.global.kubeconfig, Some(PathBuf::from("/k")));
        assert!(matches!(l.want, Some(Want::Names { ref type_name, .. }) if type_name == "pods"));
        assert_eq!(
            line(&["kctl", "get", "pods", "-n", "de"]).want,
            Some(Want::Namespaces { partial: "de".into() })
        );
    }

    #[test]
    fn not_ours() {
        assert_eq!(line(&["kctl", "get", "--no-h"]).want, None);
        assert_eq!(line(&["kctl", "ge"]).want, None);
        assert_eq!(line(&["kctl", "completions", "b"]).want, None);
        assert_eq!(line(&["kctl", "get", "pods", "-o", "js"]).want, None);
    }
}
