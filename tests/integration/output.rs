//! `-o jsonpath`, `-o custom-columns`, `--sort-by` and `-L` beside `/usr/bin/kubectl` on
//! the same objects: byte-identical stdout and stderr, same exit status.

use std::sync::OnceLock;

use crate::cluster::{Ns, fixture, kubectl_apply, run, same_as_kubectl};

/// A namespace holding `fixtures/output/objects.yaml`: pods with CPU requests 250m, 1 and
/// 100m, lists, maps, missing keys and special characters.
fn ns() -> &'static Ns {
    static NS: OnceLock<Ns> = OnceLock::new();
    NS.get_or_init(|| {
        let ns = Ns::new("output");
        let text = std::fs::read_to_string(fixture("output/objects.yaml")).unwrap();
        kubectl_apply(&ns.env, &ns.name, &text);
        ns
    })
}

fn file(name: &str) -> String {
    fixture(&format!("output/{name}")).to_str().unwrap().to_string()
}

/// `kctl -n NS get ARGS` and `kubectl -n NS get ARGS` print the same bytes.
fn check(args: &[&str]) {
    let ns = ns();
    let mut full = vec!["-n", ns.name.as_str(), "get"];
    full.extend_from_slice(args);
    same_as_kubectl(&ns.env, &full, false);
}

const SEL: &str = "-l=kctl-out=yes";

#[test]
fn jsonpath_cases_match_kubectl() {
    let cases: &[&[&str]] = &[
        &["pods", "-o", "jsonpath={.items[*].metadata.name}"],
        &[
            "pods",
            "-o",
            "jsonpath={range .items[*]}{.metadata.name}{\"\\t\"}{.status.phase}{\"\\n\"}{end}",
        ],
        &[
            "pods",
            "-o",
            "jsonpath={.items[?(@.metadata.labels.tier==\"front\")].metadata.name}",
        ],
        &["pods", "-o", "jsonpath={.items[?(@.spec.priority>=0)].metadata.name}"],
        &["pods", "-o", "jsonpath={..image}"],
        &["pods", "-o", "jsonpath={.items[0:2].metadata.name}"],
        &["pods", "-o", "jsonpath={.items[-1:].metadata.name}"],
        &["pods", "-o", "jsonpath={.items[0,2].metadata.name}"],
        &["pods", "-o", "jsonpath={.items[0]['metadata']['name']}"],
        &[
            "pods",
            "-o",
            "jsonpath={.items[*].spec.containers[*].resources.requests.cpu}",
        ],
        &[
            "pods",
            "-o",
            "jsonpath={.items[*].metadata.labels.app\\.kubernetes\\.io/name}",
        ],
        &[
            "pods",
            "-o",
            "jsonpath={.items[0].spec.containers[?(@.name==\"web\")].ports}",
        ],
        &["pods", "-o", "jsonpath={.items[*].nope}"],
        &[
            "pods",
            "-o",
            "jsonpath={.items[*].nope}",
            "--allow-missing-template-keys=false",
        ],
        &["pods", "-o", "jsonpath={.items[0].metadata.annotations.note}"],
        &[
            "pods",
            "-o",
            "jsonpath-as-json={.items[*].metadata.name}{.items[0].spec.containers[0].ports}",
        ],
        &["pods", "p-b", "-o", "jsonpath={.spec.containers[0].resources}{\"\\n\"}"],
        &["configmaps", SEL, "-o", "jsonpath={.items[*].data}"],
        &[
            "configmap",
            "cm-special",
            "-o",
            "jsonpath={.data.quote}|{.metadata.annotations.multi}",
        ],
        &["services", "-o", "jsonpath={.items[*].spec.ports[*].port}"],
        &[
            "service",
            "web",
            "-o",
            "jsonpath={.spec.ports[?(@.name==\"https\")].targetPort}",
        ],
        &["pods", "-o", "jsonpath={.a{}"],
        &["pods", "-o", "jsonpath={end}"],
        &[
            "pods",
            "--sort-by=.metadata.name",
            "-o",
            "jsonpath={range .items[*]}{.metadata.name} {end}",
        ],
    ];
    for args in cases {
        check(args);
        // One object a page: templates that run page by page must print the same bytes.
        check(&[*args, &["--chunk-size=1"][..]].concat());
    }
    // A streamed template that fails on a one-page list prints nothing but kubectl's error,
    // with the whole list in it (on later pages kctl has printed the pages before).
    check(&[
        "pods",
        "-o",
        "jsonpath={range .items[*]}{.metadata.name}={.metadata.annotations.note}{\"\\n\"}{end}",
        "--allow-missing-template-keys=false",
    ]);
    let tmpl = format!("jsonpath-file={}", file("template.jsonpath"));
    check(&["pods", "-o", &tmpl]);
}

#[test]
fn custom_columns_cases_match_kubectl() {
    let cases: &[&[&str]] = &[
        &[
            "pods",
            "-o",
            "custom-columns=NAME:.metadata.name,CPU:.spec.containers[*].resources.requests.cpu,LABELS:.metadata.labels",
        ],
        &[
            "pods",
            "-o",
            "custom-columns=NAME:metadata.name,PORTS:{.spec.containers[0].ports}",
            "--no-headers",
        ],
        &[
            "pods",
            "-o",
            "custom-columns=NAME:.metadata.name,NOTE:.metadata.annotations.note",
        ],
        &[
            "configmaps",
            SEL,
            "-o",
            "custom-columns=N:.metadata.name,Q:.data.quote,MISSING:.data.nope,M:.metadata.annotations.multi",
        ],
        &[
            "pods,services",
            SEL,
            "-o",
            "custom-columns=KIND:.kind,NAME:.metadata.name",
            "--sort-by=.metadata.name",
        ],
        &[
            "pods",
            "-o",
            "custom-columns=N:.metadata.name,C:.spec.containers[0].resources.requests.cpu",
            "--sort-by={.spec.containers[0].resources.requests.cpu}",
        ],
        &["pods", "-o", "custom-columns=A:.metadata.name,B"],
        &["pods", "-o", "custom-columns="],
        &["pods", "-L", "app,tier", "--show-labels"],
        &["pods", "-L", "app.kubernetes.io/name", "-L", "tier", "--no-headers"],
        &["pods", "--sort-by=.spec.containers[0].resources.requests.memory"],
        &["configmaps", SEL, "--sort-by=.data.num", "-o", "name"],
        &["pods", "-o", "name", "--sort-by=.nope"],
        &["pods", "-o", "name", "--sort-by={.a{}"],
        &["pods", "-o", "custom-columns=A:.metadata.name,B:.a[x]"],
    ];
    for args in cases {
        check(args);
        check(&[*args, &["--chunk-size=1"][..]].concat());
    }
    let cols = format!("custom-columns-file={}", file("columns.txt"));
    check(&["pods", "-o", &cols]);
    // kubectl ignores --no-headers for a columns file; kctl honours it.
    let ns = ns();
    let (out, err, code) = run(ns
        .env
        .kctl(&["-n", &ns.name, "get", "pods", "-o", &cols, "--no-headers"]));
    assert_eq!(code, 0, "{err}");
    assert!(out.starts_with("p-a "), "{out}");
    assert_eq!(out.lines().count(), 3, "{out}");
}

/// Acceptance: `--sort-by` on CPU requests orders 100m, 250m, 1 by value, as kubectl.
#[test]
fn sort_by_cpu_request_orders_by_value() {
    let ns = ns();
    let args = [
        "-n",
        ns.name.as_str(),
        "get",
        "pods",
        "--sort-by=.spec.containers[0].resources.requests.cpu",
        "-o",
        "name",
    ];
    let (out, err, code) = run(ns.env.kctl(&args));
    assert_eq!(code, 0, "{err}");
    assert_eq!(out, "pod/p-c\npod/p-a\npod/p-b\n");
    same_as_kubectl(&ns.env, &args, false);
    check(&["pods", "--sort-by=.spec.containers[0].resources.requests.cpu"]);
}

/// More than 12 objects with equal and missing keys: kubectl's unstable sort (Go's
/// pdqsort) decides their order, and kctl's port of it must agree.
#[test]
fn sort_ties_match_kubectl() {
    let ns = Ns::new("ties");
    let mut yaml = String::new();
    for i in 1..=40 {
        let data = match (i * 7) % 4 {
            3 => String::new(),
            v => format!("data: {{k: v{v}}}\n"),
        };
        yaml.push_str(&format!(
            "---\napiVersion: v1\nkind: ConfigMap\nmetadata: {{name: c{i}}}\n{data}"
        ));
    }
    kubectl_apply(&ns.env, &ns.name, &yaml);
    let n = ns.name.as_str();
    same_as_kubectl(
        &ns.env,
        &["-n", n, "get", "cm", "--sort-by=.data.k", "-o", "name"],
        false,
    );
    same_as_kubectl(&ns.env, &["-n", n, "get", "cm", "--sort-by=.data.k"], false);
    same_as_kubectl(
        &ns.env,
        &["-n", n, "get", "cm", "--sort-by=.metadata.name", "-o", "name"],
        false,
    );
}
